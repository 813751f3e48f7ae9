"""Does labelled wording from new writers help the learned tone model on a
writer it has not seen?

For each of the given writers' dev files (default: the tenth round's three,
``tone-fresh9-a/b/c``), the model of ``scripts/train_tone_model.py`` is
fitted twice, with the same settings: on the dev corpus without any of those
files, and with the other writers' files added; both are scored on the
writer's own sentences (rules + model at the shipped threshold, sentence
level). Then the two blind probes are scored by a model fitted on everything
but them, with and without the new writers, and the odd half of the TWCS
agent replies is counted for false alarms. docs/quality.md reports the
result. The
``--vectors`` options of the training script add static word vectors to the
recipe (the study docs/quality.md reports). Needs scikit-learn, like the
training script:

    python scripts/tone_model_writers.py [--writers FILE ...] [--threshold 0.85 ...]
        [--no-others] [--vectors FILE [--dims 64] [--sif A] [--vectors-in gate|both]]

Nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_tone_model as T  # noqa: E402

WRITERS = ("tone-fresh9-a", "tone-fresh9-b", "tone-fresh9-c")


def score(train: list[T.Row], extra: list[T.Row], test: list[T.Row], taus: list[float]) -> str:
    """Sentence-level figures on ``test`` for rules alone and rules + model,
    one line per threshold."""
    scores = T.tone_scores(T.fit(train + extra), test)
    return "".join(f"\n    at {tau:.2f}: {figures(scores, test, tau)}" for tau in taus)


def figures(scores: list[tuple[float, str]], test: list[T.Row], tau: float) -> str:
    """Rules + model at ``tau`` against the labels of ``test``."""
    truth = [r.label != "none" for r in test]
    union = [tone >= tau or r.by_rules for (tone, _), r in zip(scores, test, strict=True)]
    tp = sum(u and t for u, t in zip(union, truth, strict=True))
    fp = sum(u and not t for u, t in zip(union, truth, strict=True))
    fn = sum(t and not u for u, t in zip(union, truth, strict=True))
    rules = sum(r.by_rules and t for r, t in zip(test, truth, strict=True))
    good = sum(r.good for r in test)
    new = sum(
        tone >= tau and r.good and not r.by_rules for (tone, _), r in zip(scores, test, strict=True)
    )
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    alone = [tone >= tau for tone, _ in scores]
    alone_right = sum(a and t for a, t in zip(alone, truth, strict=True))
    alone_wrong = sum(a and not t for a, t in zip(alone, truth, strict=True))
    return (
        f"rules alone {rules} right | model alone {alone_right} right, {alone_wrong} wrong "
        f"| rules + model {tp} right, {fp} wrong, {fn} missed, "
        f"F1 {f1:.2f} | new flags on good-reply sentences {new} of {good}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", nargs="+", default=list(WRITERS), metavar="FILE")
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.85])
    parser.add_argument("--no-others", action="store_true", help="skip the with-others fits")
    T.vector_options(parser)
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared" / "data", help="the shared data"
    )
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("needs: pip install scikit-learn")
        return 2
    T.configure(args)
    writers = tuple(args.writers)
    reader = T.Reader()
    rows = T.read_rows(reader)
    real = T.twcs_rows(reader, args.data)
    extra = [r for r in real if r.file == "twcs-train" and not r.by_rules]
    check = [r for r in real if r.file == "twcs-check"]
    base = [r for r in rows if r.file not in T.HOLD and r.file not in writers]
    taus = list(args.threshold)
    print(f"thresholds {taus}; {len(base)} sentences of the dev corpus without the writers")
    for writer in writers:
        test = [r for r in rows if r.file == writer]
        others = [r for r in rows if r.file in writers and r.file != writer]
        tone = sum(r.label != "none" for r in test)
        print(f"\n{writer} ({len(test)} sentences, {tone} labelled tone)")
        print(f"  fitted without the writers:    {score(base, extra, test, taus)}")
        if not args.no_others:
            print(f"  plus the other writers' files: {score(base + others, extra, test, taus)}")
    held = [r for r in rows if r.file in T.HOLD]
    new = [r for r in rows if r.file in writers]
    print(f"\nblind probes ({', '.join(T.HOLD)}), totals only")
    fits = [("without the writers", base)]
    if not args.no_others:
        fits.append(("plus all the writers", base + new))
    for name, train in fits:
        print(f"  fitted {name}: {score(train, extra, held, taus)}")
    for name, train in fits:
        fitted = T.fit(train + extra)
        scores = T.tone_scores(fitted, check)
        replies = len({r.case for r in check})
        for tau in taus:
            flagged = {
                r.case for (t, _), r in zip(scores, check, strict=True)
                if t >= tau and not r.by_rules
            }  # fmt: skip
            counted = f"{len(flagged)} of {replies}"
            print(f"  odd TWCS replies newly flagged at {tau:.2f}, {name}: {counted}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
