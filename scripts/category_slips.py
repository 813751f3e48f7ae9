"""List labelled tone spans missed because a finding on them named another tone category.

evaluate.py matches a finding to a label only when the category agrees (rude
and demanding are scored together; blame on its own). A blame line that a
rule calls rude, or a rude line called blame, is then a miss *and* a false
alarm. This script runs the checker on the visible dev cases (the blind files
in ``evaluate.BLIND`` are skipped: they are scored, never read) and prints,
for each labelled rude, demanding or blame span that evaluate.py counts as
missed while a finding of the other tone group overlaps it::

    <case id>: <labelled category> <labelled text>
        -> <code> <found category> <found text>

and then the counts by (code, labelled group -> found category), largest
first, and the total number of slipped labels.

    python scripts/category_slips.py [--file NAME ...] [--counts-only]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate  # the sibling script, found through sys.path

#: The tone groups as evaluate.py scores them: a finding in the same group
#: as its label matches, one in the other group is a slip.
TONE_GROUPS = {"rude": "rude-or-demanding", "demanding": "rude-or-demanding", "blame": "blame"}


def slips(case: evaluate.Case, found: Sequence[evaluate.Found]) -> list[tuple[int, int]]:
    """(expectation index, finding index) for each labelled tone span the
    case's matching leaves missed while a finding of the other tone group
    overlaps it (one pair per such finding)."""
    expected = [(e.category, evaluate.expected_span(case, e)) for e in case.expects]
    out: list[tuple[int, int]] = []
    for group in ("rude-or-demanding", "blame"):
        _, missed, _ = evaluate.match(expected, found, evaluate.GROUPS[group])
        for i in missed:
            span = expected[i][1]
            for j, f in enumerate(found):
                other = TONE_GROUPS.get(f.category)
                if other is not None and other != group and span.overlaps(f.span):
                    out.append((i, j))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", metavar="NAME", action="append", help="only this dev file")
    parser.add_argument("--counts-only", action="store_true", help="print only the counts")
    args = parser.parse_args(argv)
    try:
        cases = evaluate.visible_dev_cases(args.file or ())
    except ValueError as exc:
        parser.error(str(exc))
    cases = [c for c in cases if any(e.category in TONE_GROUPS for e in c.expects)]

    import replycheck

    checker = replycheck.Checker()
    counts: Counter[tuple[str, str, str]] = Counter()
    labels: set[tuple[str, int]] = set()
    for case in cases:
        report = checker.check(case.draft, original=case.original)
        found = evaluate.to_found(report.findings)
        for i, j in slips(case, found):
            e, f = case.expects[i], found[j]
            labels.add((case.id, i))
            counts[(f.code, e.category, f.category)] += 1
            if not args.counts_only:
                text = case.draft[f.span.start : f.span.end]
                print(f"{case.id}: {e.category} {e.text!r}\n    -> {f.code} {f.category} {text!r}")
    print()
    print("| code | labelled -> found | slips |")
    print("| --- | --- | ---: |")
    for (code, labelled, cat), n in counts.most_common():
        print(f"| {code or '?'} | {labelled} -> {cat} | {n} |")
    print(
        f"\n{len(labels)} labelled spans slipped ({sum(counts.values())} findings) "
        f"in {len(cases)} visible dev cases with tone labels"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
