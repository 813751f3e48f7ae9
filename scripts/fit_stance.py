"""Fit the stance backstop's weights (replycheck/checks/stance.py) and print
them as the TOML ``options`` of the stance rules.

Training sentences are the agent's own body sentences of corpus/dev (a
sentence overlapping a labelled rude, demanding or blame span is positive;
every other sentence, good replies included, negative), except the
``*-stance`` files, which are held out to measure the backstop on wording it
never saw. Optionally the Stanford Politeness requests are added (bottom
quartile positive, top quartile negative), read from the shared data folder
at run time and never copied. Only sentences on which some cue fires are
used, as the check scores no others.

Plain numpy logistic regression with an L2 penalty, full-batch gradient
descent from zeros: the same data gives the same weights.

    python scripts/fit_stance.py [--politeness] [--data PATH] [--cv]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402

from replycheck.checks.stance import (  # noqa: E402
    CUES,
    FEATURES,
    candidate,
    cue_features,
    normalise,
    sentiment_features,
)

TONE = frozenset({"rude", "demanding", "blame"})
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "stanford-politeness"
L2 = 0.01
STEPS = 4000
RATE = 0.5
#: The threshold is the lowest probability whose cross-validated precision on
#: dev sentences reaches this (the backstop must rarely cry wolf).
TARGET_PRECISION = 0.9
POLITENESS_WEIGHT = 0.3


def dev_sentences() -> tuple[list[dict[str, float]], list[int], list[str]]:
    """(features, label, case id) for the cue-bearing body sentences of dev."""
    from replycheck.context import _vader
    from replycheck.message import parse_message
    from replycheck.nlp import shared_pipeline

    vader = _vader()
    nlp = shared_pipeline()
    cases = [c for c in evaluate.load_corpus(split="dev") if "-stance" not in c.source]
    rows, labels, groups = [], [], []
    for case in cases:
        message = parse_message(case.draft)
        body = message.body
        if body is None:
            continue
        spans = [evaluate.expected_span(case, e) for e in case.expects if e.category in TONE]
        doc = nlp(message.own)
        for sent in doc.sents:
            text = message.own[sent.start_char : sent.end_char]
            if not text.strip() or not body.start <= sent.start_char < body.end:
                continue
            lower = normalise(text)
            if not candidate(lower):
                continue
            values = cue_features(lower)
            if not any(values[name] for name in CUES):
                continue
            values.update(sentiment_features(vader.polarity_scores(text)["compound"]))
            here = evaluate.Span("draft", sent.start_char, sent.end_char)
            rows.append(values)
            labels.append(int(any(here.overlaps(span) for span in spans)))
            groups.append(case.id)
    return rows, labels, groups


def politeness_requests(data: Path) -> tuple[list[dict[str, float]], list[int]]:
    """Bottom-quartile requests as positives, top-quartile as negatives."""
    from replycheck.context import _vader

    vader = _vader()
    rows, labels = [], []
    for name in ("wikipedia.annotated.csv", "stack-exchange.annotated.csv"):
        with (data / name).open(encoding="utf-8", newline="") as handle:
            records = list(csv.DictReader(handle))
        scores = np.array([float(r["Normalized Score"]) for r in records])
        low, high = np.percentile(scores, 25), np.percentile(scores, 75)
        for record, score in zip(records, scores, strict=True):
            if low < score < high:
                continue
            text = record["Request"]
            if not candidate(normalise(text)):
                continue
            values = cue_features(normalise(text))
            if not any(values[n] for n in CUES):
                continue
            values.update(sentiment_features(vader.polarity_scores(text)["compound"]))
            rows.append(values)
            labels.append(int(score <= low))
    return rows, labels


def matrix(rows: list[dict[str, float]]) -> np.ndarray:
    return np.array([[row[name] for name in FEATURES] for row in rows], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression by full-batch gradient descent."""
    w = np.zeros(x.shape[1])
    b = 0.0
    total = weight.sum()
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = weight * (p - y)
        w -= RATE * (x.T @ g / total + L2 * w)
        b -= RATE * g.sum() / total
    return w, b


def predict(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ w + b)))


def cross_validated(
    x: np.ndarray, y: np.ndarray, groups: list[str], extra: tuple[np.ndarray, np.ndarray] | None
) -> np.ndarray:
    """Out-of-fold probabilities for the dev sentences (folds by case)."""
    ids = sorted(set(groups))
    fold_of = {cid: n % 5 for n, cid in enumerate(ids)}
    folds = np.array([fold_of[g] for g in groups])
    out = np.zeros(len(y))
    for k in range(5):
        train = folds != k
        xt, yt, wt = x[train], y[train], np.ones(train.sum())
        if extra is not None:
            xt = np.vstack([xt, extra[0]])
            yt = np.concatenate([yt, extra[1]])
            wt = np.concatenate([wt, np.full(len(extra[1]), POLITENESS_WEIGHT)])
        w, b = fit(xt, yt, wt)
        out[~train] = predict(x[~train], w, b)
    return out


def pick_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """The lowest threshold whose precision reaches TARGET_PRECISION."""
    best = (0.95, 0.0, 0.0)
    for t in np.arange(0.95, 0.2, -0.01):
        flagged = p >= t
        if not flagged.any():
            continue
        precision = float(y[flagged].mean())
        recall = float(flagged[y == 1].mean())
        if precision >= TARGET_PRECISION:
            best = (round(float(t), 2), precision, recall)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--politeness", action="store_true", help="add Stanford Politeness")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    rows, labels, groups = dev_sentences()
    x, y = matrix(rows), np.array(labels, dtype=float)
    extra = None
    if args.politeness:
        prow, plab = politeness_requests(args.data)
        extra = (matrix(prow), np.array(plab, dtype=float))
        print(f"# politeness: {len(plab)} requests ({sum(plab)} impolite)", file=sys.stderr)
    print(f"# dev: {len(y)} cue sentences, {int(y.sum())} positive", file=sys.stderr)
    oof = cross_validated(x, y, groups, extra)
    threshold, precision, recall = pick_threshold(oof, y)
    print(
        f"# 5-fold CV on dev at threshold {threshold}: precision {precision:.2f}, "
        f"recall {recall:.2f}",
        file=sys.stderr,
    )
    xt, yt, wt = x, y, np.ones(len(y))
    if extra is not None:
        xt, yt = np.vstack([x, extra[0]]), np.concatenate([y, extra[1]])
        wt = np.concatenate([wt, np.full(len(extra[1]), POLITENESS_WEIGHT)])
    w, b = fit(xt, yt, wt)
    weights = ", ".join(f"{name} = {value:.3f}" for name, value in zip(FEATURES, w, strict=True))
    print(f"options = {{ bias = {b:.3f}, threshold = {threshold}, weights = {{ {weights} }} }}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
