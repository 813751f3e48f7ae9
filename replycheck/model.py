"""The immutable values a check produces: findings, the clarity score, the
customer's asked items, and the report that carries them.

Offsets are Python string indices into the text the caller gave (the draft,
or the ``original`` customer message); nothing here ever points into a
normalized copy.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from replycheck import regexcache

Severity = Literal["error", "warning", "info"]
Where = Literal["draft", "original", "quoted"]

#: Severities from most to least serious; ``--fail-on`` compares against this.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK: dict[str, int] = {"error": 3, "warning": 2, "info": 1, "never": 4}

#: The category vocabulary of DESIGN.md plus the further checks (docs/rules.md).
CATEGORIES: tuple[str, ...] = (
    "rude",
    "demanding",
    "blame",
    "shouting",
    "unanswered-question",
    "closing-apology",
    "stock-pitch",
    "clarity",
    "empty-apology",
    "no-timeframe",
)

REPORT_VERSION = 1


@dataclass(frozen=True)
class Finding:
    """One problem at one span of one text."""

    code: str
    rule: str
    category: str
    severity: Severity
    message: str
    where: Where
    start: int
    end: int
    line: int
    column: int
    text: str
    suggestions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "where": self.where,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True)
class Clarity:
    """A 0-100 clarity score (higher reads more easily) and the measures behind it.

    ``measures`` holds every named input of the score (see docs/clarity.md);
    ``reading_ease`` and ``grade_level`` are lifted out because integrations
    show them on their own.
    """

    score: float
    reading_ease: float
    grade_level: float
    measures: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, float]:
        out = {
            "score": round(self.score, 1),
            "reading_ease": round(self.reading_ease, 1),
            "grade_level": round(self.grade_level, 1),
        }
        for name, value in self.measures.items():
            out.setdefault(name, round(value, 3))
        return out


@dataclass(frozen=True)
class Asked:
    """A question or request found in the customer's message.

    ``kind`` is ``"question"`` or ``"request"``; ``expects`` names the kind of
    answer it calls for (``"time"``, ``"place"``, ``"money"``, ``"yes-no"``,
    ``"action"``, ...). ``answered`` is whether the draft addresses it.
    """

    text: str
    start: int
    end: int
    where: Where
    kind: str
    expects: str
    answered: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "where": self.where,
            "kind": self.kind,
            "expects": self.expects,
            "answered": self.answered,
        }


@dataclass(frozen=True)
class Report:
    """Everything replycheck says about one draft.

    ``original_source`` says where the customer's message came from:
    ``"original"`` (passed in), ``"quoted"`` (found quoted in the draft) or
    ``None`` (not found, so unanswered questions could not be checked).
    ``error`` is set, and nothing else is, when ``check_many`` met a draft it
    could not read.
    """

    source: str
    findings: tuple[Finding, ...]
    clarity: Clarity
    passed: bool
    asked: tuple[Asked, ...] = ()
    original_source: Where | None = None
    error: str | None = None

    @property
    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = {severity: 0 for severity in SEVERITIES}
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """The JSON report, version 1, as DESIGN.md fixes it (plus ``asked``
        and ``original``, which thread-aware integrations read)."""
        if self.error is not None:
            return {"version": REPORT_VERSION, "source": self.source, "error": self.error}
        return {
            "version": REPORT_VERSION,
            "source": self.source,
            "passed": self.passed,
            "clarity": self.clarity.to_dict(),
            "findings": [finding.to_dict() for finding in self.findings],
            "summary": self.summary,
            "original": self.original_source,
            "asked": [item.to_dict() for item in self.asked],
        }


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text`` (``\\r\\n`` counts as one break)."""
    starts = _line_starts(text)
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


@lru_cache(maxsize=4)
def _line_starts(text: str) -> tuple[int, ...]:
    """Where each line of ``text`` starts, read once per text: counting the
    breaks before every finding's offset made a long draft full of findings
    quadratic."""
    return (0, *(match.end() for match in _BREAK.finditer(text)))


_BREAK = regexcache.compile("\n")
