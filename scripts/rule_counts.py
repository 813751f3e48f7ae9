"""How often each rule fires on the benchmark drafts, by kind of draft.

Most of the benchmark drafts are real brand replies (TWCS tweets, and emails
joined from them) that a support lead would nearly always send: a rule that
fires on many of them is a rule to look at for false alarms. This prints, per
rule, the findings and the drafts with one, and with ``--show CODE`` a few
findings of that rule in context (never from the held-out corpus/test
drafts, which are counted but not shown).

    python scripts/rule_counts.py [--kind tweet|email|corpus] [--show CODE[,CODE]] [--examples N]

The drafts are built by ``benchmarks/drafts.py`` from ``corpus/`` and the
shared data folder (``../shared/data``); nothing is copied into the repo.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _held_out(draft_id: str) -> bool:
    """Whether a benchmark draft comes from the held-out split (ids
    ``<industry>-test-NNN``): its text must not be read while tuning."""
    return "-test-" in draft_id


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=("tweet", "email", "corpus"), help="only these drafts")
    parser.add_argument("--show", default="", help="comma-separated codes to show findings of")
    parser.add_argument("--examples", type=int, default=8, help="findings shown per code")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from benchmarks.drafts import build_drafts
    from replycheck import Checker

    drafts = [d for d in build_drafts() if args.kind in (None, d.kind)]
    show = {code.strip() for code in args.show.split(",") if code.strip()}
    findings: Counter[str] = Counter()
    with_one: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    reports = Checker().check_many([(d.draft, d.original) for d in drafts])
    for draft, report in zip(drafts, reports, strict=True):
        codes = set()
        for finding in report.findings:
            findings[finding.code] += 1
            codes.add(finding.code)
            if (
                finding.code in show
                and len(examples[finding.code]) < args.examples
                and not _held_out(draft.id)
            ):
                text = draft.original if finding.where == "original" else draft.draft
                around = text[max(0, finding.start - 40) : finding.end + 30]
                marked = text[finding.start : finding.end]
                examples[finding.code].append(
                    " ".join(around.split()) + f"   [{' '.join(marked.split())}]"
                )
        with_one.update(codes)

    kind = args.kind or "all"
    print(f"{len(drafts):,} benchmark drafts ({kind}); findings per rule:\n")
    print("| rule | findings | drafts with one | share of drafts |")
    print("| --- | ---: | ---: | ---: |")
    for code, count in findings.most_common():
        share = with_one[code] / len(drafts)
        print(f"| {code} | {count:,} | {with_one[code]:,} | {share:.1%} |")
    for code in sorted(show):
        print(f"\n{code}:")
        for line in examples[code] or ["(no finding)"]:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
