"""JSON Lines: one report object per draft, in input order (DESIGN.md)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from replycheck.model import Report


class JsonRenderer:
    def __init__(self, out: TextIO, *, color: bool = False) -> None:
        self.out = out

    def report(self, report: Report, original_path: str | None) -> None:
        self.out.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
        self.out.flush()

    def error(self, source: str, message: str) -> None:
        line = {"version": 1, "source": source, "error": message}
        self.out.write(json.dumps(line, ensure_ascii=False) + "\n")
        self.out.flush()

    def finish(self) -> None:
        pass
