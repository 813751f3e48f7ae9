"""Which labelled unanswered asks does RC201 never extract?

RC201 can only report an ask it has found in the customer's message
(``report.asked``). For every visible dev case (the blind files of
``evaluate.BLIND`` left out) this runs the checker and prints each labelled
unanswered-question span that no ``asked`` item overlaps, grouped by a rough
shape of the labelled words (ends in "?", "I need/want/would like ...",
"please ...", "can/could you ...", a third person's want, a constraint or
problem with an implied ask, other), then a count per shape and the total:

    python scripts/missed_extractions.py               # whole visible dev
    python scripts/missed_extractions.py --file thread-fresh24   # one file (repeatable)
    python scripts/missed_extractions.py --count       # the counts only

Nothing here changes the checker; it measures the asked extraction only
(whether an extracted ask is then judged answered is another matter).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402

#: Rough shapes, tried in order; the first that matches names the group.
SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ends in '?'", re.compile(r"\?\W*$")),
    (
        "can/could/would you ...",
        re.compile(r"^\W*(?:\w+\W+){0,3}?(?:can|could|would|will)\s+(?:you|u)\b", re.I),
    ),
    ("please ...", re.compile(r"\bplease\b|\bpls\b|\bplz\b", re.I)),
    (
        "I need/want/would like ...",
        re.compile(
            r"\b(?:I|we)(?:'d|\s+would)\s+(?:like|love|prefer|appreciate)\b"
            r"|\b(?:I|we)\s+(?:really\s+|just\s+|still\s+)?(?:need|want|expect|require)\b"
            r"|\b(?:I|we)\s+(?:was|were|am|are)\s+(?:wondering|hoping)\b",
            re.I,
        ),
    ),
    (
        "third person's want",
        re.compile(r"\b(?:he|she|they|\w+)\s+(?:wants|needs|would like|'d like)\b", re.I),
    ),
    (
        "wh-word, no '?'",
        re.compile(r"^\W*(?:\w+\W+){0,4}?(?:what|when|where|who|why|how|which)(?:'s|\b)", re.I),
    ),
    (
        "constraint / problem (implied ask)",
        re.compile(
            r"\b(?:can only|can't|cannot|can not|won't|doesn't|don't|isn't|not working"
            r"|still|never|only)\b",
            re.I,
        ),
    ),
)
OTHER = "other"


def shape(text: str) -> str:
    """The first shape in SHAPES whose pattern finds the labelled words."""
    for name, pattern in SHAPES:
        if pattern.search(text.strip()):
            return name
    return OTHER


def missed(names: Sequence[str] = ()) -> list[tuple[str, str, str]]:
    """(case id, shape, labelled text) for each labelled unanswered span
    that no ``asked`` item overlaps, over the visible dev cases."""
    import replycheck

    cases = evaluate.visible_dev_cases(names)
    checker = replycheck.Checker()
    rows = []
    for case in cases:
        labels = evaluate.unanswered_labels(case)
        if not labels:
            continue
        report = checker.check(case.draft, original=case.original)
        asked = [evaluate.Span(a.where, a.start, a.end) for a in report.asked]
        text = case.original if case.original is not None else case.draft
        for label in labels:
            if any(label.overlaps(span) for span in asked):
                continue
            words = " ".join(text[label.start : label.end].split())
            rows.append((case.id, shape(words), words))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", metavar="NAME", action="append", default=[])
    parser.add_argument("--count", action="store_true", help="print only the counts")
    args = parser.parse_args(argv)
    try:
        rows = missed(args.file)
    except ValueError as exc:
        parser.error(str(exc))
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cid, name, words in rows:
        groups[name].append((cid, words))
    order = [name for name, _ in SHAPES] + [OTHER]
    if not args.count:
        for name in order:
            if groups[name]:
                print(f"## {name} ({len(groups[name])})")
                for cid, words in groups[name]:
                    print(f"  {cid}: {words}")
                print()
    for name in order:
        print(f"{name}: {len(groups[name])}")
    print(f"total never extracted: {len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
