"""Measure the stock-pitch, closing and further (make-it-right) rules on outside data.

No public data set labels stock pitches or repeated closing apologies inside
service replies, so this answers two proxy questions:

1. How often do the rules fire on real agent replies, which almost never
   pitch? (TWCS: 2,188 brand replies to customers on Twitter, checked with the
   customer's tweet as ``original``, and again without it.) The few replies
   that do talk about stock mostly answer the customer: hard negatives.
   The further checks (empty-apology, no-timeframe) are counted on the same
   replies, as base rates to read by hand: tweets often do defer ("DM us").
2. Does stock-pitch fire far more on unsolicited promotions than on ordinary
   messages? (SMS Spam Collection: 747 spam against 4,827 ham, no original.)

The data is read at run time from the shared data folder (default
``../shared/data`` next to the repository); nothing is copied into the repo
(TWCS is licensed for non-commercial use only).

    python scripts/pitch_eval.py [--data PATH] [--show N] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
CATEGORIES = ("stock-pitch", "closing-apology", "empty-apology", "no-timeframe")


@dataclass
class FlagRate:
    """How many texts got at least one finding of a category, and from which rules."""

    name: str
    category: str
    texts: int = 0
    flagged: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # code, span, text

    @property
    def rate(self) -> float:
        return self.flagged / self.texts if self.texts else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "texts": self.texts,
            "flagged": self.flagged,
            "rate": round(self.rate, 4),
            "by_rule": dict(self.by_rule.most_common()),
            "by_severity": dict(self.by_severity),
        }


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV file; exits with a clear message when the data is missing."""
    if not path.is_file():
        sys.exit(f"pitch_eval: {path} not found (pass --data PATH to the shared data folder)")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def measure(
    name: str,
    category: str,
    items: Iterable[tuple[str, str | None]],
    checker: object,
    keep: int,
) -> FlagRate:
    """Check every (draft, original) and count the drafts with a finding of ``category``."""
    rate = FlagRate(name, category)
    items = list(items)
    reports = checker.check_many(items)  # type: ignore[attr-defined]
    for (draft, _), report in zip(items, reports, strict=True):
        rate.texts += 1
        hits = [f for f in report.findings if f.category == category]
        if not hits:
            continue
        rate.flagged += 1
        for finding in hits:
            rate.by_rule[f"{finding.code} {finding.rule}"] += 1
            rate.by_severity[finding.severity] += 1
        if len(rate.examples) < keep:
            rate.examples.append((hits[0].code, hits[0].text, " ".join(draft.split())))
    return rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    parser.add_argument("--show", type=int, default=10, help="flagged examples to print per set")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    import replycheck

    checker = replycheck.Checker(replycheck.Config(select=CATEGORIES, fail_on="never"))
    pairs = read_csv(args.data / "twcs-sample" / "twcs_pairs.csv")
    sms = read_csv(args.data / "sms-spam-collection" / "sms_spam_collection.csv")

    with_original = [(r["agent_text"], r["customer_text"]) for r in pairs]
    without_original = [(r["agent_text"], None) for r in pairs]
    spam = [(r["text"], None) for r in sms if r["label"] == "spam"]
    ham = [(r["text"], None) for r in sms if r["label"] == "ham"]

    twcs = "twcs agent replies, customer tweet known"
    rates = [measure(twcs, "stock-pitch", with_original, checker, args.show)]
    rates.append(
        measure("twcs agent replies, no original", "stock-pitch", without_original, checker, 0)
    )
    for category in ("closing-apology", "empty-apology", "no-timeframe"):
        rates.append(measure(twcs, category, with_original, checker, args.show))
    rates.append(measure("sms spam", "stock-pitch", spam, checker, args.show))
    rates.append(measure("sms ham", "stock-pitch", ham, checker, args.show))
    spam_rate, ham_rate = rates[-2].rate, rates[-1].rate
    ratio = spam_rate / ham_rate if ham_rate else float("inf")

    if args.json:
        out = {f"{r.name} [{r.category}]": r.to_dict() for r in rates}
        out["sms spam/ham ratio"] = round(ratio, 1) if ham_rate else None  # type: ignore[assignment]
        print(json.dumps(out, indent=2))
        return 0
    for rate in rates:
        print(f"## {rate.name} [{rate.category}]")
        print(f"flagged {rate.flagged}/{rate.texts} ({rate.rate:.2%})")
        if rate.by_rule:
            print("by rule: " + ", ".join(f"{k}: {v}" for k, v in rate.by_rule.most_common()))
            print("by severity: " + ", ".join(f"{k}: {v}" for k, v in rate.by_severity.items()))
        for code, span, text in rate.examples:
            print(f"  {code} [{span}] {text[:160]}")
        print()
    print(f"sms spam/ham flag ratio: {ratio:.1f}x ({spam_rate:.1%} vs {ham_rate:.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
