"""The human format: ``path:line:col: CODE message`` per finding, the
suggestion under it, then each draft's clarity score and a closing summary.
Colour only when writing to a terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from replycheck import regexcache

if TYPE_CHECKING:
    from replycheck.model import Report

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


class TextRenderer:
    def __init__(self, out: TextIO, *, color: bool = False) -> None:
        self.out = out
        self.color = color
        self.counts = {"error": 0, "warning": 0, "info": 0}
        self.files = 0
        self.errors = 0

    def _paint(self, text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if self.color else text

    def report(self, report: Report, original_path: str | None) -> None:
        self.files += 1
        write = self.out.write
        for f in report.findings:
            self.counts[f.severity] += 1
            path = original_path if f.where == "original" and original_path else report.source
            code = self._paint(f.code, _BOLD + _COLORS[f.severity])
            write(f"{path}:{f.line}:{f.column}: {code} {f.message}\n")
            if f.where != "draft":
                label = "customer wrote" if f.where == "original" else "customer wrote (quoted)"
                words = _QUOTE_MARKS.sub("\n", f.text)  # a quoted question may wrap
                write(self._paint(f'    {label}: "{_one_line(words)}"', _DIM) + "\n")
            if f.suggestions:
                alternatives = " / ".join(f'"{s}"' for s in f.suggestions[:3])
                write(self._paint(f"    try: {alternatives}", _DIM) + "\n")
        c = report.clarity
        write(
            f"{report.source}: clarity {c.score:.0f}/100 "
            f"(reading ease {c.reading_ease:.0f}, grade {c.grade_level:.1f})\n"
        )
        if report.original_source is None:
            write(
                f"{report.source}: customer message not found; unanswered questions not "
                "checked (pass --original or quote it in the draft)\n"
            )
        self.out.flush()

    def error(self, source: str, message: str) -> None:
        self.errors += 1

    def finish(self) -> None:
        total = sum(self.counts.values())
        parts = ", ".join(f"{n} {name}" for name, n in self.counts.items())
        noun = "file" if self.files == 1 else "files"
        line = f"Found {total} problem{'s' if total != 1 else ''} ({parts}) in {self.files} {noun}"
        if self.errors:
            line += f"; {self.errors} input{'s' if self.errors != 1 else ''} could not be read"
        self.out.write(self._paint(line + ".", _BOLD) + "\n")


_QUOTE_MARKS = regexcache.compile(r"\n[ \t]*(?:>[ \t]?)+")


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
