"""Fit the learned tone model (rules RC160-RC162) and write it to
rulesets/tone-model.json.

Every body sentence of the dev drafts is read exactly as the check reads it
(``replycheck.checks.learned.sentence_words``) and labelled with the tone
category of the labelled span it overlaps (rude, demanding or blame), or
"none". The sentences of real agent replies (TWCS, ``../shared/data``, read at
run time; the even-numbered half) join them as "none", unless a rule flags
them. Over TF-IDF word and word-pair features two logistic regressions are
fitted: the gate (tone or not) and the label (which tone class, on the tone
sentences only). Every dev file except the held-back probes (``--hold``, by
default every blind probe no rule was ever tuned on) is fitted on,
and the models are exported as plain numbers the check scores without
scikit-learn.

``--folds K`` first scores the same recipe by K-fold cross-validation over
the dev files (grouped by file, so no file is scored by a model that saw it),
sentence by sentence, alone and as a backstop to the rules, at several gate
thresholds: the tables docs/quality.md reports. The held-back probes are
scored once, as totals only (their cases stay unread), and so are the
odd-numbered TWCS replies, never fitted on: how many would gain a flag, and
with ``--polite`` the Stanford Politeness requests of ``scripts/tone_eval.py``'s
top and bottom quartiles: how many a rule or the model flags.

``--polite-none [COMMUNITY ...]`` (a study option) also fits on the
even-numbered requests of the top (polite) Stanford Politeness quartile of
the named communities (all by default) as "none" (file "polite-train";
sentences a rule flags are left out, as for TWCS), so the gate learns polite
request wording; the odd-numbered polite requests are kept for counting,
exactly as TWCS is split. With it, or with ``--polite-odd``, the ``--polite``
counts are of the odd-numbered polite requests only (and all impolite ones),
so a model fitted without the polite rows can be compared on the same
requests.

Needs scikit-learn (``pip install scikit-learn``); replycheck itself does not:

    python scripts/train_tone_model.py [--folds 5] [--hold FILE ...] [--out PATH]

``--vectors FILE`` (a study option; nothing is written with it) adds the
mean of each sentence's static word vectors (``scripts/distill_vectors.py``)
as dense features beside the n-grams, in the gate only or in both models
(``--vectors-in``), optionally SIF-weighted (``--sif``): docs/quality.md
reports what it does.
"""

from __future__ import annotations

import argparse
import base64
import csv
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402
from tone_model_study import prf  # noqa: E402  (sentence-level P/R/F1, one definition)

TONE = ("rude", "demanding", "blame")
CLASSES = ("none", *TONE)
HOLD = evaluate.BLIND
LEARNED = ("RC160", "RC161", "RC162")
THRESHOLDS = (0.6, 0.7, 0.8, 0.85, 0.9)
#: The recipe: word and word-pair features seen in at least two sentences,
#: TF-IDF with binary term frequency (a word twice counts once: as good as
#: sublinear counts in cross-validation, and cheaper to score), an
#: l2-regularised logistic regression with balanced class weights (tone
#: sentences are one in eight).
MIN_DF = 2
C = 4.0
#: A sentence with fewer known features than this is not scored: with one or
#: two (a greeting "Hi Carrie.", a sentence in another language) the
#: l2-normalised weights rest on whatever those few happen to be.
MIN_FEATURES = 4


@dataclass(frozen=True)
class Row:
    """One body sentence of a dev draft or of a real agent reply."""

    file: str  # the dev file's stem, or "twcs-train" / "twcs-check"
    case: str  # the draft it is from
    words: tuple[str, ...]  # lower-case tokens, as the check reads them
    label: str  # one of CLASSES
    by_rules: bool  # a rule (not a learned one) flags a tone finding in it
    good: bool  # the draft is a good reply (real agent replies count as good)


class Reader:
    """Reads drafts into sentences exactly as the check does."""

    def __init__(self) -> None:
        import replycheck

        # The rules without the learned ones (whose model this run replaces).
        self.checker = replycheck.Checker(replycheck.Config(ignore=LEARNED))
        self.strings = self.checker.pipeline.nlp.vocab.strings

    def sentences(
        self, draft: str, original: str | None, name: str
    ) -> Iterator[tuple[evaluate.Span, tuple[str, ...], bool]]:
        """(span, words, a rule flags tone in it) of each body sentence."""
        from replycheck.checker import _split_greeting_line, _views
        from replycheck.checks.learned import sentence_words

        report = self.checker.check(draft, original=original)
        found = [
            evaluate.Span(f.where, f.start, f.end) for f in report.findings if f.category in TONE
        ]
        prepared = self.checker._prepare(draft, original, name)
        doc = next(iter(self.checker.pipeline.pipe(_views(prepared)[:1])))
        _split_greeting_line(prepared.message, doc)
        if prepared.message.body is None:
            return
        for start, end, lowers in sentence_words(doc, prepared.message.own, prepared.message.body):
            span = evaluate.Span("draft", start, end)
            words = tuple(self.strings[h] for h in lowers)
            yield span, words, any(span.overlaps(f) for f in found)


def read_rows(reader: Reader, files: frozenset[str] | None = None) -> list[Row]:
    """Every body sentence of the dev drafts (of ``files`` only, if given), labelled."""
    rows = []
    for case in evaluate.load_corpus(split="dev"):
        file = Path(case.source).stem
        if files is not None and file not in files:
            continue
        labels = [
            (e.category, evaluate.expected_span(case, e))
            for e in case.expects
            if e.category in TONE
        ]
        for span, words, by_rules in reader.sentences(case.draft, case.original, case.id):
            overlap = {
                category: min(span.end, label.end) - max(span.start, label.start)
                for category, label in labels
                if span.overlaps(label)
            }
            label = max(overlap, key=overlap.__getitem__) if overlap else "none"
            rows.append(Row(file, case.id, words, label, by_rules, case.good))
    return rows


def example_rows(reader: Reader) -> list[Row]:
    """Every sentence of the built-in rules' examples (file "examples"):
    a sentence of a tone rule's bad example inside a marked span takes the
    rule's category; every other sentence, of a bad or a good example of any
    rule, is "none" unless a rule flags tone in it (then it is left out: a
    good example for one rule may be a bad one for another). The good
    examples are the near misses the rules were written not to flag, the
    hardest "none" sentences there are. The learned rules' own examples are
    left out, so they stay a test of the model."""
    from replycheck.rules import Registry

    rows = []
    for rule in Registry.load():
        if rule.code in LEARNED:
            continue
        for n, example in enumerate((*rule.bad, *rule.good)):
            marks = example.spans if rule.category in TONE and n < len(rule.bad) else ()
            name = f"{rule.code}-{n}"
            for span, words, by_rules in reader.sentences(example.text, example.original, name):
                inside = any(span.start < end and start < span.end for start, end in marks)
                if inside:
                    rows.append(Row("examples", name, words, rule.category, by_rules, False))
                elif not by_rules:
                    rows.append(Row("examples", name, words, "none", False, n >= len(rule.bad)))
    return rows


def twcs_rows(reader: Reader, data: Path) -> list[Row]:
    """Every body sentence of the real agent replies in TWCS
    (``twcs-sample/twcs_pairs.csv``, read at run time), as "none": real
    replies are nearly all polite. The even-numbered replies are for fitting
    ("twcs-train"), the odd ones for counting false alarms ("twcs-check")."""
    path = data / "twcs-sample" / "twcs_pairs.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        replies = [row["agent_text"] for row in csv.DictReader(handle)]
    rows = []
    for n, reply in enumerate(replies):
        if not reply.strip():
            continue
        file = "twcs-train" if n % 2 == 0 else "twcs-check"
        for _, words, by_rules in reader.sentences(reply, None, f"twcs-{n}"):
            rows.append(Row(file, f"twcs-{n}", words, "none", by_rules, True))
    return rows


def politeness_rows(reader: Reader, data: Path) -> list[Row]:
    """The sentences of the Stanford Politeness requests of tone_eval.py's
    quartiles (file "<community> polite" / "<community> impolite")."""
    import tone_eval

    rows = []
    for community in tone_eval.POLITENESS_FILES:
        for kind, texts in zip(
            ("polite", "impolite"), tone_eval.politeness_quartiles(data, community), strict=True
        ):
            for n, text in enumerate(texts):
                name = f"{community} {kind}"
                for _, words, by_rules in reader.sentences(text, None, f"{name}-{n}"):
                    rows.append(Row(name, f"{name}-{n}", words, "none", by_rules, True))
    return rows


def request_number(row: Row) -> int:
    """The request's number in its quartile, from ``politeness_rows``'s case name."""
    return int(row.case.rsplit("-", 1)[1])


def polite_none_rows(polite: list[Row], communities: list[str]) -> list[Row]:
    """The sentences of the even-numbered polite requests of ``communities``
    as "none" rows to fit on (file "polite-train"), unless a rule flags them
    (a request a rule flags may not be polite in a support reply's terms)."""
    chosen = {f"{community} polite" for community in communities}
    return [
        Row("polite-train", r.case, r.words, "none", False, True)
        for r in polite
        if r.file in chosen and request_number(r) % 2 == 0 and not r.by_rules
    ]


def features(words: tuple[str, ...]) -> list[str]:
    """The words and word pairs of a sentence, as the check counts them."""
    return [*words, *(f"{a} {b}" for a, b in pairwise(words))]


@dataclass(frozen=True)
class Fitted:
    """The vectorizer and the two models, as the check will use them."""

    vectorizer: object
    gate: object  # tone (1) or none (0)
    label: object  # which tone class, fitted on the tone sentences only


class Vectors:
    """Static word vectors as sentence features (the ``--vectors`` study):
    a sentence's vector is the (SIF-weighted) mean of the vectors of its
    distinct words the file knows, scaled to length ``scale``; a sentence
    with none of them gets zeros."""

    def __init__(self, path: Path, dims: int, sif: float, scale: float, where: str) -> None:
        import numpy as np

        data = np.load(path)
        words = bytes(data["words"]).decode("utf-8").split("\n")
        self.index = {w: i for i, w in enumerate(words)}
        self.table = data["vectors"][:, :dims].astype(float)
        # SIF: a / (a + p(word)), p from the Zipf frequency (log10 per billion words).
        p = 10.0 ** (data["zipf"].astype(float) - 9.0)
        self.weight = sif / (sif + p) if sif else np.ones(len(words))
        self.dims, self.scale, self.where = dims, scale, where

    def sentence(self, words: tuple[str, ...]) -> object:
        import numpy as np

        ids = sorted({self.index[w] for w in words if w in self.index})
        if not ids:
            return np.zeros(self.dims)
        mean = self.weight[ids] @ self.table[ids]
        norm = float(np.linalg.norm(mean))
        return mean * (self.scale / norm) if norm else mean

    def add(self, x: object, rows: list[Row]) -> object:
        """``x`` (one row per sentence) with the sentence vectors beside it."""
        import numpy as np
        from scipy.sparse import csr_matrix, hstack

        dense = np.vstack([self.sentence(r.words) for r in rows])
        return hstack([x, csr_matrix(dense)]).tocsr()


#: The ``--vectors`` study's features, or None: n-grams only (what ships).
VECTORS: Vectors | None = None


def fit(rows: list[Row]) -> Fitted:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=features, min_df=MIN_DF, binary=True)
    x = vectorizer.fit_transform([r.words for r in rows])
    xg = VECTORS.add(x, rows) if VECTORS else x
    xl = xg if VECTORS and VECTORS.where == "both" else x
    gate = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    gate.fit(xg, [int(r.label != "none") for r in rows])
    tone = [i for i, r in enumerate(rows) if r.label != "none"]
    label = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    label.fit(xl[tone], [rows[i].label for i in tone])  # type: ignore[index]
    return Fitted(vectorizer, gate, label)


def tone_scores(fitted: Fitted, rows: list[Row]) -> list[tuple[float, str]]:
    """(the gate's chance of tone, likeliest tone class) for each row; 0 for
    a sentence with fewer than ``MIN_FEATURES`` n-gram features the model
    knows or fewer than ``MIN_SCORED_WORDS`` words, as the check does."""
    x = fitted.vectorizer.transform([r.words for r in rows])  # type: ignore[attr-defined]
    known = x.getnnz(axis=1)
    xg = VECTORS.add(x, rows) if VECTORS else x
    xl = xg if VECTORS and VECTORS.where == "both" else x
    gate = fitted.gate.predict_proba(xg)[:, 1]  # type: ignore[attr-defined]
    labels = fitted.label.predict(xl)  # type: ignore[attr-defined]
    return [
        (float(p) if n >= MIN_FEATURES and scored(r) else 0.0, str(label))
        for p, n, label, r in zip(gate, known, labels, rows, strict=True)
    ]


def scored(row: Row) -> bool:
    """Whether the check scores the sentence at all (see ``MIN_SCORED_WORDS``)."""
    from replycheck.checks.learned import MIN_SCORED_WORDS

    return sum(w.isalpha() for w in row.words) >= MIN_SCORED_WORDS


def table(rows: list[Row], scores: list[tuple[float, str]]) -> None:
    """Sentence-level figures: tone or not (any tone class), rules alone,
    model alone and rules + model, and the model's new flags on sentences of
    good replies."""
    truth = [r.label != "none" for r in rows]
    rules = [r.by_rules for r in rows]
    print(f"rules alone: {prf(rules, truth)}")
    print("| threshold | model alone | rules + model | new flags on good-reply sentences |")
    print("| ---: | --- | --- | ---: |")
    good = sum(r.good for r in rows)
    for tau in THRESHOLDS:
        alone = [tone >= tau for tone, _ in scores]
        union = [a or r for a, r in zip(alone, rules, strict=True)]
        new = sum(a and not r.by_rules and r.good for a, r in zip(alone, rows, strict=True))
        print(f"| {tau:.2f} | {prf(alone, truth)} | {prf(union, truth)} | {new} of {good} |")


def cross_validate(rows: list[Row], extra: list[Row], folds: int) -> None:
    """Grouped K-fold over the files of ``rows``; ``extra`` is fitted on in
    every fold and never scored."""
    files = sorted({r.file for r in rows})
    random.Random(1).shuffle(files)
    groups = [set(files[i::folds]) for i in range(folds)]
    scores: list[tuple[float, str] | None] = [None] * len(rows)
    for group in groups:
        train = [r for r in rows if r.file not in group] + extra
        test = [i for i, r in enumerate(rows) if r.file in group]
        found = tone_scores(fit(train), [rows[i] for i in test])
        for i, score in zip(test, found, strict=True):
            scores[i] = score
    print(f"\n{folds}-fold cross-validation over {len(files)} training files, grouped by file:")
    table(rows, [s for s in scores if s is not None])


def export(fitted: Fitted, trained_on: str) -> dict[str, object]:
    """The fitted models in the check's file format (``learned.FORMAT``):
    features in vocabulary order, weights as base64 little-endian float32."""
    import numpy as np

    from replycheck.checks.learned import FORMAT

    vocabulary = fitted.vectorizer.vocabulary_  # type: ignore[attr-defined]
    names = sorted(vocabulary, key=vocabulary.__getitem__)
    if any("\n" in name for name in names):
        raise ValueError("a feature holds a newline")

    def packed(values: object) -> str:
        return base64.b64encode(np.asarray(values, dtype="<f4").tobytes()).decode("ascii")

    label = fitted.label
    return {
        "format": FORMAT,
        "about": "replycheck learned tone model; made by scripts/train_tone_model.py",
        "trained_on": trained_on,
        "min_features": MIN_FEATURES,
        "features": "\n".join(names),
        "idf": packed(fitted.vectorizer.idf_),  # type: ignore[attr-defined]
        "gate": packed(fitted.gate.coef_[0]),  # type: ignore[attr-defined]
        "gate_bias": float(fitted.gate.intercept_[0]),  # type: ignore[attr-defined]
        "labels": [str(c) for c in label.classes_],  # type: ignore[attr-defined]
        "label_coef": packed(label.coef_.T),  # type: ignore[attr-defined]
        "label_bias": [float(x) for x in label.intercept_],  # type: ignore[attr-defined]
    }


def fidelity(path: Path, fitted: Fitted, rows: list[Row]) -> tuple[float, int]:
    """The largest difference in the gate's chance between scikit-learn and
    the check's scoring of the written file, and how many labels differ,
    over ``rows`` (scored by the gate at ``FLOOR`` or more): proves the check
    computes what was fitted (the numbers are stored as float32)."""
    from replycheck.checks.learned import FLOOR, ToneModel
    from replycheck.nlp import word_id

    written = ToneModel.from_dict(json.loads(path.read_text(encoding="utf-8")), str(path))
    drift, labels = 0.0, 0
    for row, (theirs, label) in zip(rows, tone_scores(fitted, rows), strict=True):
        if not scored(row):
            continue  # never scored by the check
        lowers = [word_id(w) for w in row.words]
        ours = written.tone(lowers)
        drift = max(drift, abs(ours - theirs))
        if theirs >= FLOOR and written.label_of(written.features(lowers)) != label:
            labels += 1
    return drift, labels


def vector_options(parser: argparse.ArgumentParser) -> None:
    """The ``--vectors`` study's options (shared with tone_model_writers.py)."""
    parser.add_argument("--vectors", type=Path, help="static word vectors (.npz): study only")
    parser.add_argument("--dims", type=int, default=64, help="leading vector dimensions used")
    parser.add_argument("--sif", type=float, default=0.0, help="SIF weight a (0: unweighted)")
    parser.add_argument("--scale", type=float, default=1.0, help="sentence vector length")
    parser.add_argument("--vectors-in", choices=("gate", "both"), default="gate")
    parser.add_argument("--C", type=float, default=C, help="regularisation of both models")


def configure(args: argparse.Namespace) -> None:
    """Set the recipe's study knobs from ``vector_options``."""
    global VECTORS, C
    C = args.C
    if args.vectors:
        VECTORS = Vectors(args.vectors, args.dims, args.sif, args.scale, args.vectors_in)
        print(
            f"vectors {args.vectors.name}: {args.dims} dims, SIF a={args.sif or 'off'}, "
            f"length {args.scale}, in {args.vectors_in}; C {C}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    vector_options(parser)
    parser.add_argument("--folds", type=int, default=0, help="cross-validate first")
    parser.add_argument("--hold", nargs="*", default=list(HOLD), metavar="FILE")
    parser.add_argument("--out", type=Path, default=ROOT / "rulesets" / "tone-model.json")
    parser.add_argument("--no-write", action="store_true", help="measure only")
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared" / "data", help="the shared data"
    )
    parser.add_argument(
        "--no-twcs", dest="twcs", action="store_false", help="no real agent replies"
    )
    parser.add_argument(
        "--polite", action="store_true", help="count flagged politeness requests (tone_eval.py)"
    )
    parser.add_argument(
        "--polite-none",
        nargs="*",
        metavar="COMMUNITY",
        help="also fit on the even-numbered polite Stanford Politeness requests of these "
        "communities (default: all) as none; --polite then counts the odd-numbered ones",
    )
    parser.add_argument(
        "--polite-odd",
        action="store_true",
        help="--polite counts only the odd-numbered polite requests (as with --polite-none)",
    )
    parser.add_argument(
        "--examples",
        action="store_true",
        help="also fit on the rules' examples (measured worse: see docs/quality.md)",
    )
    args = parser.parse_args(argv)
    if args.polite_none is not None:
        import tone_eval

        communities = args.polite_none or list(tone_eval.POLITENESS_FILES)
        unknown = set(communities) - set(tone_eval.POLITENESS_FILES)
        if unknown:
            parser.error(f"--polite-none: no politeness community {', '.join(sorted(unknown))}")
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("needs: pip install scikit-learn")
        return 2
    configure(args)
    if VECTORS:
        args.no_write = True  # the check reads n-gram models only
    reader = Reader()
    rows = read_rows(reader)
    hold = frozenset(args.hold)
    train = [r for r in rows if r.file not in hold]
    held = [r for r in rows if r.file in hold]
    counts = {c: sum(r.label == c for r in train) for c in CLASSES}
    print(
        f"{len(train)} training sentences from {len({r.file for r in train})} dev files "
        f"({', '.join(f'{n} {c}' for c, n in counts.items())}); "
        f"{len(held)} held-back sentences ({', '.join(sorted(hold)) or 'none'})"
    )
    real = twcs_rows(reader, args.data) if args.twcs else []
    # A real reply sentence a rule flags may be rude: not fitted on as "none".
    extra = [r for r in real if r.file == "twcs-train" and not r.by_rules]
    check = [r for r in real if r.file == "twcs-check"]
    examples = example_rows(reader) if args.examples else []
    if examples:
        counts = {c: sum(r.label == c for r in examples) for c in CLASSES}
        print(
            f"plus {len(examples)} sentences of the rules' examples "
            f"({', '.join(f'{n} {c}' for c, n in counts.items())})"
        )
    extra += examples
    if real:
        print(
            f"plus {len(extra)} sentences of {len({r.case for r in extra})} real agent replies "
            f"(TWCS, even-numbered) as none; {len({r.case for r in check})} odd-numbered "
            "replies kept to count false alarms"
        )
    polite: list[Row] = []
    polite_train: list[Row] = []
    if args.polite_none is not None:
        polite = politeness_rows(reader, args.data)
        polite_train = polite_none_rows(polite, communities)
        extra += polite_train
        print(
            f"plus {len(polite_train)} sentences of {len({r.case for r in polite_train})} "
            f"even-numbered polite Stanford Politeness requests ({', '.join(communities)}) "
            "as none; the odd-numbered ones kept to count false alarms"
        )
    if args.folds:
        cross_validate(train, extra, args.folds)
    fitted = fit(train + extra)
    if held:
        print("\nheld-back probes, scored once by the model fitted on all training files:")
        table(held, tone_scores(fitted, held))
    if check:
        print("\nodd-numbered TWCS agent replies (never fitted on), replies with a new flag:")
        scores = tone_scores(fitted, check)
        for tau in THRESHOLDS:
            flagged = {
                r.case for r, (tone, _) in zip(check, scores, strict=True)
                if tone >= tau and not r.by_rules
            }  # fmt: skip
            print(f"  threshold {tau:.2f}: {len(flagged)} of {len({r.case for r in check})}")
    if args.polite:
        odd_only = args.polite_odd or args.polite_none is not None
        polite = polite or politeness_rows(reader, args.data)
        if odd_only:  # the odd-numbered polite requests (never fitted on), all impolite ones
            polite = [r for r in polite if r.file.endswith("impolite") or request_number(r) % 2]
        scores = tone_scores(fitted, polite)
        print(
            "\nStanford Politeness requests with a flag from the rules or the model"
            + (" (polite: the odd-numbered only, never fitted on; impolite: all)" * odd_only)
            + ":"
        )
        for tau in THRESHOLDS:
            counts = []
            for group in sorted({r.file for r in polite}):
                rows_of = [(s, r) for s, r in zip(scores, polite, strict=True) if r.file == group]
                flagged = {r.case for (t, _), r in rows_of if t >= tau or r.by_rules}
                group_name = f"{group} (odd)" if odd_only and group.endswith(" polite") else group
                counts.append(f"{group_name} {len(flagged)} of {len({r.case for _, r in rows_of})}")
            print(f"  threshold {tau:.2f}: {'; '.join(counts)}")
    train = train + extra
    if not args.no_write:
        held_names = ", ".join(sorted(hold)) or "none"
        sources = (
            f"{len(extra) - len(examples) - len(polite_train)} of real agent replies, "
            f"{len(examples)} of rule examples"
        )
        if polite_train:
            sources += f", {len(polite_train)} of polite requests"
        trained_on = f"{len(train)} sentences ({sources}); held back: {held_names}"
        data = export(fitted, trained_on)
        args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        drift, labels = fidelity(args.out, fitted, train)
        print(
            f"the check's own scoring of the written file vs scikit-learn: gate max |diff| "
            f"{drift:.5f}, labels that differ {labels}"
        )
        if drift > 0.01 or labels:
            print("the written model does not score as the fitted one: not usable")
            return 1
        size = len(fitted.vectorizer.vocabulary_)  # type: ignore[attr-defined]
        print(f"\nwrote {args.out} ({size} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
