"""Score written tone-model files side by side on writers left out, sentence
level: the shipped model against a refit fitted without those writers.

For each model file given (as written by ``scripts/train_tone_model.py``,
e.g. ``--hold <blind files> <writers> --out /tmp/lwo.json``) and each
threshold: the sentences of the writers' dev files that the model flags and
no rule does (right: labelled tone; wrong: not; how many of the wrong ones
are in good replies), the odd-numbered TWCS agent replies (never fitted on)
gaining a flag, and the Stanford Politeness requests flagged by a rule or
the model. Scored with the check's own reading of the file
(``ToneModel``), not scikit-learn, so a model file fitted on other data can
be compared. docs/quality.md ("Refitted, thirty-third round") reports it:

    python scripts/tone_model_compare.py rulesets/tone-model.json /tmp/lwo.json \
        [--writers FILE ...] [--threshold 0.85 ...]

Nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_tone_model as T  # noqa: E402

WRITERS = (
    *("tone-fresh31", "tone-fresh32", "tone-fresh33", "tone-fresh34"),
    *("good-fresh31", "good-fresh32", "good-fresh33"),
)


def chances(model: object, rows: list[T.Row]) -> list[float]:
    """The gate's chance of each row as the check computes it (0 if not scored)."""
    from replycheck.nlp import word_id

    return [
        model.tone([word_id(w) for w in r.words]) if T.scored(r) else 0.0  # type: ignore[attr-defined]
        for r in rows
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", type=Path, metavar="MODEL.json")
    parser.add_argument("--writers", nargs="+", default=list(WRITERS), metavar="FILE")
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.85, 0.875, 0.9, 0.925])
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared" / "data", help="the shared data"
    )
    args = parser.parse_args(argv)
    from replycheck.checks.learned import ToneModel

    reader = T.Reader()
    rows = T.read_rows(reader, frozenset(args.writers))
    twcs = [r for r in T.twcs_rows(reader, args.data) if r.file == "twcs-check"]
    polite = T.politeness_rows(reader, args.data)
    tone = sum(r.label != "none" for r in rows)
    rules = sum(r.by_rules and r.label != "none" for r in rows)
    print(
        f"writers {', '.join(args.writers)}: {len(rows)} sentences, {tone} labelled tone, "
        f"{sum(r.good for r in rows)} of good replies; rules alone {rules} right, "
        f"{sum(r.by_rules and r.label == 'none' for r in rows)} wrong"
    )
    for path in args.models:
        model = ToneModel.from_dict(json.loads(path.read_text(encoding="utf-8")), str(path))
        ours, theirs, asked = chances(model, rows), chances(model, twcs), chances(model, polite)
        for tau in args.threshold:
            new = [p >= tau and not r.by_rules for p, r in zip(ours, rows, strict=True)]
            right = sum(n and r.label != "none" for n, r in zip(new, rows, strict=True))
            wrong = sum(n and r.label == "none" for n, r in zip(new, rows, strict=True))
            good = sum(n and r.good for n, r in zip(new, rows, strict=True))
            replies = {
                r.case for p, r in zip(theirs, twcs, strict=True) if p >= tau and not r.by_rules
            }
            flagged: dict[str, set[str]] = {}
            for p, r in zip(asked, polite, strict=True):
                if p >= tau or r.by_rules:
                    flagged.setdefault(r.file, set()).add(r.case)
            requests = "; ".join(f"{k} {len(v)}" for k, v in sorted(flagged.items()))
            print(
                f"{path.name} at {tau:.3f}: writers, model adds {right} right, {wrong} wrong "
                f"({good} in good replies) | odd TWCS replies {len(replies)} of "
                f"{len({r.case for r in twcs})} | requests flagged: {requests}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
