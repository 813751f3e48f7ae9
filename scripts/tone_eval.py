"""Measure the tone rules (rude, demanding, blame, shouting) on outside data.

Two questions the labelled corpus cannot answer on its own:

1. How often does the linter cry wolf on real, nearly always polite agent
   replies? (TWCS: 2,188 brand replies to customers on Twitter.)
2. Does it flag impolite requests more than polite ones? (Stanford Politeness
   Corpus: the top quartile by politeness score against the bottom quartile,
   the paper's standard binary split.)

The data is read at run time from the shared data folder (default
``../shared/data`` next to the repository); nothing is copied into the repo,
since TWCS is licensed for non-commercial use only.

    python scripts/tone_eval.py [--data PATH] [--show N] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
TONE_CATEGORIES = ("rude", "demanding", "blame", "shouting")
POLITENESS_FILES = {
    "wikipedia": "wikipedia.annotated.csv",
    "stack-exchange": "stack-exchange.annotated.csv",
}


@dataclass
class FlagRate:
    """How many texts got at least one tone finding, and from which rules."""

    name: str
    texts: int = 0
    flagged: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    by_category: Counter[str] = field(default_factory=Counter)
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # code, span, text

    @property
    def rate(self) -> float:
        return self.flagged / self.texts if self.texts else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "texts": self.texts,
            "flagged": self.flagged,
            "rate": round(self.rate, 4),
            "by_category": dict(self.by_category),
            "by_rule": dict(self.by_rule.most_common()),
        }


def flag_rate(name: str, texts: Sequence[str], checker: object) -> FlagRate:
    """Run the checker over ``texts`` and count texts with a tone finding."""
    result = FlagRate(name)
    reports = checker.check_many(texts)  # type: ignore[attr-defined]
    for text, report in zip(texts, reports, strict=True):
        result.texts += 1
        findings = [f for f in report.findings if f.category in TONE_CATEGORIES]
        if not findings:
            continue
        result.flagged += 1
        for category in {f.category for f in findings}:
            result.by_category[category] += 1
        for finding in findings:
            result.by_rule[f"{finding.code} {finding.rule}"] += 1
            result.examples.append((finding.code, finding.text, " ".join(text.split())))
    return result


def read_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise SystemExit(f"tone_eval: {path} not found (pass --data to point at the shared data)")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def twcs_agent_replies(data: Path) -> list[str]:
    """The agent side of every customer-to-agent pair."""
    rows = read_csv(data / "twcs-sample" / "twcs_pairs.csv")
    return [row["agent_text"] for row in rows if row.get("agent_text", "").strip()]


def politeness_quartiles(data: Path, name: str) -> tuple[list[str], list[str]]:
    """(top quartile, bottom quartile) requests of one politeness community file."""
    rows = read_csv(data / "stanford-politeness" / POLITENESS_FILES[name])
    scored = [(float(row["Normalized Score"]), row["Request"]) for row in rows]
    scores = [score for score, _ in scored]
    low, _, high = statistics.quantiles(scores, n=4)
    polite = [text for score, text in scored if score >= high]
    impolite = [text for score, text in scored if score <= low]
    return polite, impolite


def build_checker() -> object:
    from replycheck import Checker, Config

    return Checker(Config(select=TONE_CATEGORIES, fail_on="never"))


def report_text(results: Iterable[FlagRate], show: int) -> str:
    lines = []
    for result in results:
        lines.append(
            f"{result.name:<38} {result.flagged:>5}/{result.texts:<5} flagged "
            f"({100 * result.rate:5.1f}%)  "
            + ", ".join(f"{c}={n}" for c, n in sorted(result.by_category.items()))
        )
        for rule, count in result.by_rule.most_common(8 if show else 0):
            lines.append(f"    {count:>4}  {rule}")
        for code, span, text in result.examples[:show]:
            lines.append(f"    - {code} [{span}] {text[:160]}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    parser.add_argument("--show", type=int, default=0, help="print N flagged examples per set")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--only", choices=("twcs", "politeness"), help="run one of the two measurements"
    )
    args = parser.parse_args(argv)

    checker = build_checker()
    results: list[FlagRate] = []
    if args.only in (None, "twcs"):
        results.append(flag_rate("twcs agent replies", twcs_agent_replies(args.data), checker))
    if args.only in (None, "politeness"):
        for name in POLITENESS_FILES:
            polite, impolite = politeness_quartiles(args.data, name)
            results.append(flag_rate(f"{name} polite (top 25%)", polite, checker))
            results.append(flag_rate(f"{name} impolite (bottom 25%)", impolite, checker))

    if args.json:
        print(json.dumps({r.name: r.to_dict() for r in results}, indent=2))
    else:
        print(report_text(results, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
