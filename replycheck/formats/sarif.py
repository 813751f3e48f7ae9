"""SARIF 2.1.0, the format code-scanning dashboards read. Written once, at
the end, as one document covering every draft."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from replycheck.model import Report

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


class SarifRenderer:
    def __init__(self, out: TextIO, *, color: bool = False) -> None:
        self.out = out
        self.results: list[dict[str, Any]] = []
        self.rules: dict[str, dict[str, Any]] = {}
        self.notifications: list[dict[str, Any]] = []

    def report(self, report: Report, original_path: str | None) -> None:
        for f in report.findings:
            path = original_path if f.where == "original" and original_path else report.source
            self.rules.setdefault(
                f.code, {"id": f.code, "name": f.rule, "properties": {"category": f.category}}
            )
            result: dict[str, Any] = {
                "ruleId": f.code,
                "level": _LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": path},
                            "region": {
                                "startLine": f.line,
                                "startColumn": f.column,
                                "charOffset": f.start,
                                "charLength": f.end - f.start,
                                "snippet": {"text": f.text},
                            },
                        }
                    }
                ],
            }
            if f.suggestions:
                result["properties"] = {"suggestions": list(f.suggestions)}
            self.results.append(result)

    def error(self, source: str, message: str) -> None:
        self.notifications.append({"level": "error", "message": {"text": message}})

    def finish(self) -> None:
        from replycheck import __version__

        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "replycheck",
                    "version": __version__,
                    "rules": sorted(self.rules.values(), key=lambda r: r["id"]),
                }
            },
            "results": self.results,
        }
        if self.notifications:
            run["invocations"] = [
                {"executionSuccessful": False, "toolExecutionNotifications": self.notifications}
            ]
        document = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        }
        self.out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
