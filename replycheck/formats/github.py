"""GitHub Actions workflow commands: annotations on the draft's lines."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from replycheck.model import Report

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


class GithubRenderer:
    def __init__(self, out: TextIO, *, color: bool = False) -> None:
        self.out = out

    def report(self, report: Report, original_path: str | None) -> None:
        for f in report.findings:
            path = original_path if f.where == "original" and original_path else report.source
            title = _escape(f"{f.code} {f.rule}", prop=True)
            self.out.write(
                f"::{_LEVEL[f.severity]} file={_escape(path, prop=True)},line={f.line},"
                f"col={f.column},title={title}::{_escape(f.message)}\n"
            )
        self.out.flush()

    def error(self, source: str, message: str) -> None:
        self.out.write(f"::error file={_escape(source, prop=True)}::{_escape(message)}\n")

    def finish(self) -> None:
        pass
