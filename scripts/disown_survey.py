"""Survey disowning and send-off shapes in labelled corpus files.

For every sentence of an agent's draft that matches one of the shapes below
("not our problem", "between you and X", "take it up with X", ...), print the
labels that overlap it and the findings the checker reports on it, then a
table per shape: label counts by category and finding counts by rule. Used to
settle which category these lines carry (corpus/README.md, blame) and to see
whether the rules follow it.

    python scripts/disown_survey.py corpus/dev/tone-fresh42.toml ...
    python scripts/disown_survey.py --names-from DIR   # corpus/dev/<name>.toml per file in DIR

Pass only files you may read: never corpus/test/ or a blind dev file.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaluate as ev

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

SHAPES: dict[str, str] = {
    "not our problem/job/concern/department": (
        r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:our|my|the\s+[\w' ]{1,30}?'s)\s+(?:\w+\s+)?"
        r"(?:problem|job|responsibility|department|concern|remit|business|lookout)\b"
        r"|\bnot the (?:responsibility|job|role) of\b"
    ),
    "between you and X": r"\bbetween you and (?!me\b)",
    "take it up with X": r"\btake (?:it|this|that|the matter|any \w+)(?: \w+)? up with\b",
    "you'll have to contact/chase X": (
        r"\byou(?:'ll| will)? (?:have|need) to "
        r"(?:contact|call|speak to|talk to|ring|ask|chase|raise (?:it|this) with)\b"
    ),
    "nothing to do with us": r"\bnothing to do with (?:us|me|our)\b",
    "X's responsibility, not ours": (
        r"\b(?:responsibility|problem|job|fault|issue)\s*,?\s*not (?:ours|us|mine)\b"
    ),
    "the X's responsibility/problem": r"\b(?:their|the \w+'s) (?:problem|responsibility|job)\b",
}


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    before = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return before, (min(ends) + 1 if ends else len(text))


def survey(paths: list[Path]) -> list[tuple[str, str, str, str, str]]:
    """(shape, case id, labels, findings, sentence) for every shape in every draft."""
    import replycheck

    checker = replycheck.Checker()
    rows = []
    for path in paths:
        for table in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            case = ev._case_from_table(table, "dev", str(path), path.stem)
            quoted = ev.quote_start(case.draft)
            own = case.draft[: quoted if quoted is not None else len(case.draft)]
            hits = [(s, m) for s, rx in SHAPES.items() for m in re.finditer(rx, own, re.IGNORECASE)]
            if not hits:
                continue
            labels = [
                (e.category, ev.expected_span(case, e))
                for e in case.expects
                if e.category != ev.UNANSWERED
            ]
            report = checker.check(case.draft, original=case.original)
            found = [
                (f.code, f.category, f.start, f.end) for f in report.findings if f.where == "draft"
            ]
            for shape, m in hits:
                a, b = _sentence(own, m.start(), m.end())
                cats = sorted({c for c, sp in labels if sp.start < b and a < sp.end})
                lab = "/".join(cats) or ("GOOD" if case.good else "unlabelled")
                on_it = {f"{code}:{cat}" for code, cat, s, e in found if s < b and a < e}
                fnd = ",".join(sorted(on_it)) or "-"
                rows.append((shape, case.id, lab, fnd, " ".join(own[a:b].split())[:150]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument(
        "--names-from", type=Path, help="survey corpus/dev/<name>.toml for each file here"
    )
    args = parser.parse_args(argv)
    paths = list(args.files)
    if args.names_from:
        paths += [ev.CORPUS_DIR / "dev" / p.name for p in sorted(args.names_from.glob("*.toml"))]
    rows = survey(paths)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    rules: dict[str, Counter[str]] = defaultdict(Counter)
    for shape, cid, lab, fnd, sentence in rows:
        labels[shape][lab] += 1
        rules[shape].update(fnd.split(","))
        print(f"{shape:40} {cid:28} L={lab:16} F={fnd:34} | {sentence}")
    print("\n| shape | labels | findings |\n| --- | --- | --- |")
    for shape in SHAPES:
        lab_text = ", ".join(f"{k} {v}" for k, v in labels[shape].most_common())
        rule_text = ", ".join(f"{k} {v}" for k, v in rules[shape].most_common())
        print(f"| {shape} | {lab_text} | {rule_text} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
