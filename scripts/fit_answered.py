"""Would a small learned model, combining what RC201's routes measure, decide
"answered" better than the routes alone? The study behind RC201's learned
second opinion, and (``--write``) the script that fits the one it ships
(docs/quality.md, "A learned second opinion for RC201").

For every ask RC201's routes leave unanswered on a dev pair (the two blind
probes left out), ``replycheck.thread.features.ask_features`` gives a vector
of what the routes measured for it (the sentences ``answer_for`` weighed past
its guards: topic share, answer type and its strength, hard evidence, ...),
and the labels say whether the ask is labelled unanswered (its span overlaps a
labelled unanswered-question span). Models predict P(unanswered); used as a
second opinion, RC201 would drop a finding the model puts below a threshold.
(Adding findings the routes call answered was measured in a first version,
commit 52f4f0e: it never helped, and is left out.)

It prints:

- grouped cross-validation over the dev files (group = file): case-level
  unanswered-question precision, recall, F1 (span matching as
  ``scripts/evaluate.py``), good replies with no unanswered finding, and the
  share of asks decided right, for RC201 alone and RC201 + model at several
  thresholds;
- the setting that did best in cross-validation (F1, good replies no worse),
  refitted on every dev file but the blind probes and scored once on each
  blind probe, as totals only;
- on real agent replies (TWCS customer tweet + agent reply pairs), how many
  RC201 findings that setting would remove.

Each of those scorings (the blind probes, TWCS, and the files ``--leave-out``
names) sets the shipped model (``--shipped``, at RC201's option
``second_opinion_below`` and at the chosen threshold) beside the refit. The
``--leave-out`` files (say, the newest writers') are left out of fitting and
cross-validation as the blind probes are, and scored per file, together, and
at every threshold for reading: a refit should win where it was not fitted,
and choosing a setting there spends them. ``--no-blind`` scores only them.

The model reads only the asks RC201 puts to it: RC201 runs as it ships, with
its second opinion spied on (it answers P 1.0, the routes alone), so an ask
is read when the routes flag it and none of RC201's gates holds it (a choice
left open, the answer-type veto of ``replycheck.thread.type_veto`` for the
types RC201's option ``answer_type_veto`` names or ``--veto`` gives, the
other-item and added-on guards); a held ask is left out of the fit and stays
flagged in every score.

With ``--write [PATH]`` it instead fits the shipped setting (boosted trees,
depth 2, 100 trees, every seed fixed) on every dev file but the blind probes
and writes it as plain numbers to PATH (default ``rulesets/answered-model.json``)
for ``replycheck.thread.answered_model`` to read without scikit-learn; it
first checks that the pure-Python prediction equals scikit-learn's on every
training row.

``--requirements JSONL`` adds the hand-written requirements (the asks
tests/thread and RC201's rule examples pass with, recorded by
``scripts/answered_requirements.py`` with the shipped model in place) to every
fit, cross-validation folds and ``--write`` alike, as rows each weighing
``--requirement-weight`` dev asks, and prints how many of them a refit decides
the other way; a refit that clears a must-flag test ask is not shipped.
``--requirement-band LO HI`` adds only the must-flag rows the shipped model
put between LO and HI (the asks near its threshold) with every must-not-flag
row; ``--monotone`` lets P(unanswered) only fall as the accepted-type features
(``MONOTONE_FALLING``) rise. Thresholds above 0.5 (0.55, 0.6) are scored too:
RC201's option ``second_opinion_below`` is the one to change with them.

Needs scikit-learn (the checker does not): run it from a venv that has it,

    PYTHONPATH=$PWD /work/venv/bin/python scripts/fit_answered.py [--write]

``--count-twcs`` only counts RC201's unanswered asks and findings on the TWCS
pairs with the checker as configured (no scikit-learn needed).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402

BLIND = evaluate.BLIND
SHIPPED = "boosted trees (depth 2, 100)"
#: the shipped boosted trees' fit; --trees, --rate and --leaf change it (a
#: slower, shorter or coarser fit leans less on a few files' wording)
SHIPPED_FIT: dict[str, float] = {"max_iter": 100, "learning_rate": 0.1, "min_samples_leaf": 20}
DEFAULT_MODEL = ROOT / "rulesets" / "answered-model.json"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SUPPRESS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.51, 0.52, 0.53, 0.54, 0.55, 0.6)
#: the answer types the veto holds while fitting and scoring (``--veto``);
#: None: RC201's option ``answer_type_veto`` in rulesets/thread.toml
VETO: frozenset[str] | None = None
#: the hand-written requirements (``--requirements``): features of the asks
#: RC201 put to its second opinion while tests/thread and RC201's rule
#: examples ran, each labelled by the shipped decision those tests pass with
#: (1: kept, the ask must flag; 0: dropped, it must not); added to every fit,
#: each weighing ``--requirement-weight`` dev asks, and never scored as dev
REQUIREMENTS: list[tuple[list[float], int]] = []
REQUIREMENT_WEIGHT = 5.0
#: ``--requirement-band LO HI``: only the must-flag requirement rows the shipped
#: model put between LO and HI (near its threshold: the asks a refit could
#: tip) are added, with every must-not-flag row; None: every row
REQUIREMENT_BAND: tuple[float, float] | None = None
#: ``--monotone``: P(unanswered) may only fall as these features (an answer of
#: the asked type offered, and how strongly) rise
MONOTONE_FALLING = (
    "best share offering accepted type",
    "accepted type offered",
    "accepted type offered hard",
    "any best share offering accepted type",
    "top accepted type",
)
MONOTONE = False
#: ``--fit-files``: which dev files the model is fitted on (every fold of
#: cross-validation and ``--write`` alike; every file is still scored): glob
#: patterns on the file name, and ``labelled`` for every file whose writer
#: labelled at least one unanswered ask; empty: every file. A file whose
#: writer never labelled asks (a tone file, most good files) teaches the fit
#: that its unlabelled asks were answered, rude drafts' ignored asks among them
FIT_FILES: list[str] = []


@dataclass
class AskRow:
    """One ask RC201 read: where it is, what the routes said, its features."""

    span: evaluate.Span
    flagged: bool
    features: list[float]
    label: bool = False
    #: flagged, and RC201 never puts it to the model: the answer-type veto
    #: holds it (``replycheck.thread.type_veto``, for the types in ``VETO``),
    #: it is a choice left open, or another of RC201's gates keeps it
    vetoed: bool = False


@dataclass
class Pair:
    """One customer/draft pair with its asks and labelled unanswered spans."""

    file: str
    good: bool
    asks: list[AskRow] = field(default_factory=list)
    labels: list[evaluate.Span] = field(default_factory=list)
    reported: int = 0  # RC201 findings in the checker's report


def read_pairs(
    items: Sequence[tuple[str, str | None]], width: int | None = None
) -> list[tuple[list[AskRow], int]]:
    """Run RC201's routes alone (the shipped second opinion kept out) on each
    (draft, original) and return its asks with features (the first ``width``
    of them, when given), and how many RC201 findings the report holds."""
    import replycheck
    import replycheck.checks.unanswered as check
    from replycheck.thread.features import ask_features

    # RC201 runs as it ships, with its own gates (choices, the answer-type
    # veto, the other-item and added-on guards); the second opinion is spied
    # on: an ask it is asked about gets the features the model would read and
    # P 1.0 back (the routes alone); an ask the routes flag that never
    # reaches it is held (``AskRow.vetoed``) and stays flagged in every score
    seen: dict[tuple[int, int], list[float]] = {}

    def spy(ask, statements, asks, weighed, opinion, aside=(), counts=None):  # type: ignore[no-untyped-def]
        seen[(ask.start, ask.end)] = ask_features(ask, statements, asks, weighed, aside)[:width]
        return 1.0

    if not check.__file__ or not check.__file__.endswith(".py"):
        # a mypyc-compiled module calls its own functions directly: the spy
        # would never be reached and every ask would read as held
        raise SystemExit(
            "fit_answered.py needs the pure-Python checker: run it from the source "
            "tree (PYTHONPATH=$PWD), not the compiled install"
        )
    opinion = check.second_opinion
    check.second_opinion = spy  # type: ignore[assignment]
    held = check.missing_type
    if VETO is not None:  # --veto: the types the veto holds, for the shipped option's
        check.missing_type = lambda ask, statements, asks, veto: held(  # type: ignore[assignment]
            ask, statements, asks, VETO
        )
    checker = replycheck.Checker(replycheck.Config(select=("unanswered-question",)))
    out = []
    try:
        for draft, original in items:
            seen.clear()
            report = checker.check(draft, original=original)
            rows = []
            for a in report.asked:
                features = seen.get((a.start, a.end))
                rows.append(
                    AskRow(
                        evaluate.Span(a.where, a.start, a.end),
                        not a.answered,
                        features or [],
                        vetoed=not a.answered and features is None,
                    )
                )
            reported = sum(f.category == evaluate.UNANSWERED for f in report.findings)
            out.append((rows, reported))
    finally:
        check.second_opinion = opinion  # type: ignore[assignment]
        check.missing_type = held  # type: ignore[assignment]
    return out


def read_dev(width: int | None = None) -> tuple[list[Pair], list[Pair]]:
    """The dev pairs with a customer message: (fitting files, blind probes)."""
    cases = [
        c for c in evaluate.load_corpus(split="dev") if evaluate.unanswered_labels(c) is not None
    ]
    read = read_pairs([(c.draft, c.original) for c in cases], width)
    fit, blind = [], []
    for case, (rows, reported) in zip(cases, read, strict=True):
        labels = evaluate.unanswered_labels(case) or []
        for row in rows:
            row.label = any(row.span.overlaps(label) for label in labels)
        pair = Pair(case.industry, case.good, rows, labels, reported)
        (blind if case.industry in BLIND else fit).append(pair)
    return fit, blind


Decide = Callable[[AskRow, float], bool]


def routes_alone(row: AskRow, p: float) -> bool:
    return row.flagged


def suppress_below(t: float) -> Decide:
    return lambda row, p: row.flagged and p >= t


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    good_clean: int = 0
    good: int = 0
    asks_right: int = 0
    asks: int = 0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    def row(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return (
            f"| {name} | {self.f1:.3f} | {p:.3f} | {r:.3f} | {self.tp}/{self.fp}/{self.fn} "
            f"| {self.good_clean}/{self.good} | {self.asks_right / max(self.asks, 1):.3f} |"
        )


def score(pairs: Sequence[Pair], probs: Sequence[Sequence[float]], decide: Decide) -> Score:
    """Case-level span scoring as evaluate.py does for unanswered-question."""
    total = Score()
    cats = frozenset({evaluate.UNANSWERED})
    for pair, ps in zip(pairs, probs, strict=True):
        flagged = [row for row, p in zip(pair.asks, ps, strict=True) if decide(row, p)]
        found = [evaluate.Found(evaluate.UNANSWERED, row.span) for row in flagged]
        expected = [(evaluate.UNANSWERED, span) for span in pair.labels]
        tally, _, _ = evaluate.match(expected, found, cats)
        total.tp += tally.tp
        total.fp += tally.fp
        total.fn += tally.fn
        if pair.good:
            total.good += 1
            total.good_clean += not flagged
        for row, p in zip(pair.asks, ps, strict=True):
            total.asks += 1
            total.asks_right += decide(row, p) == row.label
    return total


def settings() -> list[tuple[str, Decide]]:
    out: list[tuple[str, Decide]] = [("RC201 alone", routes_alone)]
    out += [(f"suppress if P < {t}", suppress_below(t)) for t in SUPPRESS]
    return out


def make_models() -> dict[str, Callable[[], object]]:
    """The models compared in cross-validation: a logistic regression on the
    raw features (they lie in 0..1 or a small log range, so the L2 penalty
    weighs every feature alike), the same on standardised features (there a
    rare indicator takes a large weight cheaply), and shallow boosted trees."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from replycheck.thread.features import FEATURE_NAMES

    monotone = [-1 if MONOTONE and f in MONOTONE_FALLING else 0 for f in FEATURE_NAMES]
    return {
        "logistic regression (C=1)": lambda: LogisticRegression(C=1.0, max_iter=5000),
        SHIPPED: lambda: HistGradientBoostingClassifier(
            max_depth=2,
            monotonic_cst=monotone if any(monotone) else None,
            max_iter=int(SHIPPED_FIT["max_iter"]),
            learning_rate=SHIPPED_FIT["learning_rate"],
            min_samples_leaf=int(SHIPPED_FIT["min_samples_leaf"]),
            early_stopping=False,
            random_state=0,
        ),
        "logistic regression, standardised (C=0.3)": lambda: make_pipeline(
            StandardScaler(), LogisticRegression(C=0.3, max_iter=2000)
        ),
    }


def shipped_below() -> float:
    """RC201's option ``second_opinion_below``: the threshold it ships with."""
    import replycheck

    checker = replycheck.Checker(replycheck.Config(select=("unanswered-question",)))
    (rule,) = checker.rules
    return float(rule.options.get("second_opinion_below", 0.0))


def read_by_model(row: AskRow) -> bool:
    """Whether RC201 puts the ask to the model: the routes flag it and the
    answer-type veto does not hold it."""
    return row.flagged and not row.vetoed


def fitting_files(pairs: Sequence[Pair]) -> set[str]:
    """The files of ``pairs`` the model is fitted on (``FIT_FILES``)."""
    from fnmatch import fnmatchcase

    files = {p.file for p in pairs}
    if not FIT_FILES:
        return files
    labelled = {p.file for p in pairs if p.labels}
    return {
        f
        for f in files
        if any(
            (f in labelled) if pattern == "labelled" else fnmatchcase(f, pattern)
            for pattern in FIT_FILES
        )
    }


def matrix(pairs: Sequence[Pair]) -> tuple[list[list[float]], list[int], list[str]]:
    """Features, labels and files of the asks the model reads
    (``read_by_model``)."""
    x, y, groups = [], [], []
    for pair in pairs:
        for row in pair.asks:
            if not read_by_model(row):
                continue
            x.append(row.features)
            y.append(int(row.label))
            groups.append(pair.file)
    return x, y, groups


def unflatten(pairs: Sequence[Pair], flat: Sequence[float]) -> list[list[float]]:
    """Per pair, per ask: the model's P(unanswered) for an ask it reads (in
    ``matrix`` order), 1.0 for an ask the routes call answered or the veto
    holds (the model cannot clear it)."""
    out, values = [], iter(flat)
    for pair in pairs:
        out.append([next(values) if read_by_model(row) else 1.0 for row in pair.asks])
    return out


def fit_with_requirements(model: object, x: Sequence[Sequence[float]], y: Sequence[int]) -> object:
    """Fit ``model`` on the dev asks ``x``/``y`` (weight 1) and the
    hand-written requirements (``REQUIREMENTS``, weight ``REQUIREMENT_WEIGHT``)."""
    import numpy as np

    rows = [list(r) for r in x] + [f for f, _ in REQUIREMENTS]
    labels = list(y) + [label for _, label in REQUIREMENTS]
    weights = [1.0] * len(y) + [REQUIREMENT_WEIGHT] * len(REQUIREMENTS)
    steps = getattr(model, "steps", None)
    key = f"{steps[-1][0]}__sample_weight" if steps else "sample_weight"
    model.fit(np.array(rows), np.array(labels), **{key: np.array(weights)})  # type: ignore[attr-defined]
    return model


def read_requirements(
    path: Path, band: tuple[float, float] | None = None
) -> list[tuple[list[float], int]]:
    """The requirement rows ``scripts/answered_requirements.py`` recorded
    (JSON lines), one per distinct feature vector; a vector recorded both kept
    and dropped is left out. With ``band`` (LO, HI), a must-flag row is kept
    only when the recorded P lies in LO..HI (a refit can tip only the asks near
    the threshold; the rest would only pull the fit towards the tests' wording);
    every must-not-flag row is kept."""
    seen: dict[tuple[float, ...], set[int]] = {}
    near: dict[tuple[float, ...], bool] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            key = tuple(row["features"])
            seen.setdefault(key, set()).add(int(row["p"] >= row["below"]))
            inside = band is None or band[0] <= row["p"] <= band[1]
            near[key] = near.get(key, False) or inside
    return [
        (list(f), label)
        for f, labels in seen.items()
        if len(labels) == 1
        for label in labels
        if label == 0 or near[f]
    ]


def requirements_broken(
    predict: Callable[[list[list[float]]], Sequence[float]], below: float
) -> str:
    """How many requirement rows a model at ``below`` decides the other way."""
    if not REQUIREMENTS:
        return "no requirement rows read (--requirements)"
    probs = predict([f for f, _ in REQUIREMENTS])
    cleared = sum(
        label == 1 and p < below for (_, label), p in zip(REQUIREMENTS, probs, strict=True)
    )
    kept = sum(label == 0 and p >= below for (_, label), p in zip(REQUIREMENTS, probs, strict=True))
    must = sum(label for _, label in REQUIREMENTS)
    return (
        f"requirement rows decided the other way at P < {below}: {cleared} of {must} must-flag "
        f"cleared, {kept} of {len(REQUIREMENTS) - must} must-not-flag kept"
    )


def cross_validated(pairs: Sequence[Pair], make: Callable[[], object], folds: int) -> list[float]:
    """Out-of-fold P(unanswered) per ask, files kept whole in one fold."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    x, y, groups = matrix(pairs)
    xa, ya = np.array(x), np.array(y)
    chosen = fitting_files(pairs)
    fitted = np.array([g in chosen for g in groups], dtype=bool)
    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(xa, ya, groups):
        train = train[fitted[train]]  # scored on every file, fitted on the chosen ones
        model = fit_with_requirements(make(), xa[train], ya[train])
        oof[test] = model.predict_proba(xa[test])[:, 1]  # type: ignore[attr-defined]
    return list(oof)


def twcs_pairs(data: Path, limit: int) -> list[tuple[str, str | None]]:
    path = data / "twcs-sample" / "twcs_pairs.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [(r["agent_text"], r["customer_text"]) for r in rows[: limit or None]]


def export(model: object) -> dict[str, object]:
    """A fitted ``HistGradientBoostingClassifier`` as plain numbers, in the
    format ``replycheck.thread.answered_model`` reads: per tree, per node, the
    split feature (-1 at a leaf), its threshold (a row goes left when its value
    is at most the threshold), the two children and the leaf value, with the
    learning rate taken out so that P(unanswered) = sigmoid(init + rate * sum
    of the leaves reached)."""
    from replycheck.thread.answered_model import FORMAT
    from replycheck.thread.features import FEATURE_NAMES

    rate = float(model.learning_rate)  # type: ignore[attr-defined]
    trees = []
    for (predictor,) in model._predictors:  # type: ignore[attr-defined]
        nodes = [(bool(n["is_leaf"]), n) for n in predictor.nodes]
        if any(n["is_categorical"] for _, n in nodes):
            raise SystemExit("the model has a categorical split; the exporter cannot write it")
        trees.append(
            {
                "feature": [-1 if leaf else int(n["feature_idx"]) for leaf, n in nodes],
                "threshold": [0.0 if leaf else float(n["num_threshold"]) for leaf, n in nodes],
                "left": [-1 if leaf else int(n["left"]) for leaf, n in nodes],
                "right": [-1 if leaf else int(n["right"]) for leaf, n in nodes],
                "value": [float(n["value"]) / rate if leaf else 0.0 for leaf, n in nodes],
            }
        )
    return {
        "format": FORMAT,
        "about": (
            "RC201's learned second opinion: P(unanswered) of an ask RC201's routes leave "
            "unanswered, from replycheck.thread.features.ask_features; written by "
            "scripts/fit_answered.py --write"
        ),
        "features": list(FEATURE_NAMES),
        "init": float(model._baseline_prediction.ravel()[0]),  # type: ignore[attr-defined]
        "learning_rate": rate,
        "trees": trees,
    }


def write_model(path: Path) -> int:
    """Fit the shipped setting on every dev file but the blind probes, check
    the pure-Python prediction against scikit-learn's, and write it."""
    import numpy as np

    from replycheck.thread.answered_model import AnsweredModel

    fit, _ = read_dev()
    chosen = fitting_files(fit)
    x, y, groups = matrix([p for p in fit if p.file in chosen])
    model = fit_with_requirements(make_models()[SHIPPED](), x, y)
    data = export(model)
    plain = AnsweredModel.from_dict(json.loads(json.dumps(data)), str(path))
    expected = model.predict_proba(np.array(x))[:, 1]  # type: ignore[attr-defined]
    worst = max(abs(plain.probability(row) - p) for row, p in zip(x, expected, strict=True))
    if worst > 1e-9:
        raise SystemExit(f"pure-Python prediction differs from scikit-learn's by {worst:g}")
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(
        f"wrote {path}: {len(data['trees'])} trees fitted on {len(y)} flagged asks "  # type: ignore[arg-type]
        f"({sum(y)} labelled unanswered) from {len(set(groups))} dev files; pure-Python "
        f"prediction within {worst:.1e} of scikit-learn's on every one"
    )
    if REQUIREMENTS:
        print(
            f"with {len(REQUIREMENTS)} requirement rows, each weighing {REQUIREMENT_WEIGHT:g}; "
            + requirements_broken(
                lambda rows: [plain.probability(r) for r in rows], shipped_below()
            )
        )
    return 0


def count_twcs(data: Path) -> int:
    """RC201 on the TWCS pairs as it runs (model, veto and threshold as
    configured): the asks it leaves unanswered (the count docs/quality.md's
    tables give) and its findings (the halves of a choice are one)."""
    import replycheck

    items = twcs_pairs(data, 0)
    if not items:
        raise SystemExit(f"no TWCS pairs under {data}")
    checker = replycheck.Checker(replycheck.Config(select=("unanswered-question",)))
    asks = findings = replies = 0
    for report in checker.check_many(items):
        asks += sum(not a.answered for a in report.asked)
        found = sum(f.category == evaluate.UNANSWERED for f in report.findings)
        findings += found
        replies += found > 0
    print(
        f"TWCS, {len(items)} customer tweet + agent reply pairs: RC201 leaves {asks} asks "
        f"unanswered ({findings} findings, in {replies} replies)"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    global VETO, REQUIREMENT_WEIGHT, MONOTONE, FIT_FILES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=10, help="grouped CV folds (files)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    parser.add_argument("--twcs", type=int, default=0, help="use only the first N TWCS pairs")
    parser.add_argument(
        "--narrow",
        action="store_true",
        help="only the features read from the sentences weighed past the guards (the second "
        "version's), without the wider view of every sentence and the guards' verdicts",
    )
    parser.add_argument(
        "--show-files",
        nargs="+",
        default=[],
        metavar="FILE",
        help="also print each model's cross-validated rows for these dev files",
    )
    parser.add_argument(
        "--no-blind",
        action="store_true",
        help="leave the blind probes and TWCS unscored (each scoring spends them)",
    )
    parser.add_argument(
        "--setting",
        nargs=2,
        metavar=("MODEL", "BELOW"),
        help="score this model and threshold on the blind probes and TWCS instead of the CV "
        f"choice (e.g. --setting {SHIPPED!r} 0.4)",
    )
    parser.add_argument(
        "--write",
        nargs="?",
        type=Path,
        const=DEFAULT_MODEL,
        metavar="PATH",
        help=f"fit the shipped model and write it (default {DEFAULT_MODEL.relative_to(ROOT)})",
    )
    parser.add_argument(
        "--leave-out",
        nargs="+",
        default=[],
        metavar="FILE",
        help="dev files left out of fitting and cross-validation and scored, like the blind "
        "probes, for the shipped model against the refit (e.g. the newest writers' files)",
    )
    parser.add_argument(
        "--shipped",
        type=Path,
        default=DEFAULT_MODEL,
        metavar="PATH",
        help="the model the refit is compared with on the left-out files, the blind probes "
        f"and TWCS (default {DEFAULT_MODEL.relative_to(ROOT)})",
    )
    parser.add_argument("--trees", type=int, default=100, help="boosted trees: how many")
    parser.add_argument("--rate", type=float, default=0.1, help="boosted trees: learning rate")
    parser.add_argument(
        "--leaf", type=int, default=20, help="boosted trees: fewest training asks in a leaf"
    )
    parser.add_argument(
        "--veto",
        metavar="TYPES",
        help="the answer types the veto holds while fitting and scoring, comma-separated "
        "(reason,person,time; '' for none): their vetoed asks are left out of the fit and "
        "stay flagged (default: RC201's option answer_type_veto)",
    )
    parser.add_argument(
        "--requirements",
        type=Path,
        metavar="JSONL",
        help="the hand-written requirements recorded by scripts/answered_requirements.py, "
        "added to every fit as weighted rows (never scored as dev)",
    )
    parser.add_argument(
        "--requirement-weight",
        type=float,
        default=REQUIREMENT_WEIGHT,
        metavar="W",
        help=f"how many dev asks one requirement row weighs (default {REQUIREMENT_WEIGHT:g})",
    )
    parser.add_argument(
        "--requirement-band",
        nargs=2,
        type=float,
        metavar=("LO", "HI"),
        help="add only the must-flag requirement rows the shipped model put between LO and HI "
        "(near its threshold), with every must-not-flag row",
    )
    parser.add_argument(
        "--monotone",
        action="store_true",
        help="boosted trees: P(unanswered) may only fall as the accepted-type features rise "
        f"({', '.join(MONOTONE_FALLING)})",
    )
    parser.add_argument(
        "--fit-files",
        nargs="+",
        default=[],
        metavar="PATTERN",
        help="fit (CV folds and --write alike) only on the dev files matching these globs "
        "(e.g. 'thread-*' 'mixed-*'), or 'labelled': the files with at least one labelled "
        "unanswered ask; every file is still scored (default: every file)",
    )
    parser.add_argument(
        "--count-twcs",
        action="store_true",
        help="only count RC201's unanswered asks and findings on the TWCS pairs with the "
        "checker as configured (shipped model, veto and threshold); needs no scikit-learn",
    )
    args = parser.parse_args(argv)
    if args.requirements is not None:
        band = tuple(args.requirement_band) if args.requirement_band else None
        REQUIREMENTS[:] = read_requirements(args.requirements, band)  # type: ignore[arg-type]
    MONOTONE = args.monotone
    FIT_FILES = list(args.fit_files)
    REQUIREMENT_WEIGHT = args.requirement_weight
    if args.veto is not None:
        VETO = frozenset(t for t in args.veto.split(",") if t)
    if args.count_twcs:
        return count_twcs(args.data)
    SHIPPED_FIT.update(max_iter=args.trees, learning_rate=args.rate, min_samples_leaf=args.leaf)
    if args.write is not None:
        return write_model(args.write)
    import numpy as np

    from replycheck.thread.answered_model import load_model
    from replycheck.thread.features import FEATURE_NAMES

    width = FEATURE_NAMES.index("any best share") if args.narrow else None
    fit, blind = read_dev(width)
    missing = set(args.leave_out) - {p.file for p in fit}
    if missing:
        raise SystemExit(f"--leave-out: no fitting dev file {', '.join(sorted(missing))}")
    left = [p for p in fit if p.file in args.leave_out]
    fit = [p for p in fit if p.file not in args.leave_out]
    if left:
        print(
            f"left out of fitting and CV, scored like the blind probes: {len(left)} pairs in "
            f"{', '.join(sorted(args.leave_out))}"
        )
    print(
        f"features: {len(next(r for p in fit for r in p.asks if r.features).features)} "
        f"of {len(FEATURE_NAMES)}"
    )
    chosen = fitting_files(fit)
    if FIT_FILES:
        print(
            f"fitted on {len(chosen)} of {len({p.file for p in fit})} files "
            f"(--fit-files {' '.join(FIT_FILES)}), every file scored"
        )
    asks = sum(len(p.asks) for p in fit)
    positives = sum(r.label for p in fit for r in p.asks)
    print(
        f"dev pairs with a customer message, blind probes left out: {len(fit)} pairs in "
        f"{len({p.file for p in fit})} files, {asks} asks, {positives} labelled unanswered, "
        f"{sum(r.flagged for p in fit for r in p.asks)} flagged by RC201's routes; "
        f"{len(blind)} blind-probe pairs set aside"
    )
    mismatched = sum(p.reported != sum(r.flagged for r in p.asks) for p in fit + blind)
    print(f"pairs where the report's RC201 findings differ from the asks flagged: {mismatched}")
    header = (
        "| setting | F1 | P | R | tp/fp/fn | good clean | asks right |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    base = score(fit, [[0.0] * len(p.asks) for p in fit], routes_alone)
    best: tuple[float, str, str, Decide] | None = None
    from sklearn.metrics import roc_auc_score

    _, y, _ = matrix(fit)
    for model_name, make in make_models().items():
        flat = cross_validated(fit, make, args.folds)
        oof = unflatten(fit, flat)
        print(
            f"\n{model_name}: grouped {args.folds}-fold CV over files, "
            f"AUC on the flagged asks {roc_auc_score(y, flat):.3f}"
        )
        print(header)
        for name, decide in settings():
            s = score(fit, oof, decide)
            print(s.row(name))
            if decide is routes_alone:
                continue
            if s.good_clean >= base.good_clean and (best is None or s.f1 > best[0]):
                best = (s.f1, model_name, name, decide)
        for file in args.show_files:
            chosen = [(p, q) for p, q in zip(fit, oof, strict=True) if p.file == file]
            for name, decide in settings():
                if decide is routes_alone or name.endswith(("0.3", "0.4", "0.5")):
                    mine = score([p for p, _ in chosen], [q for _, q in chosen], decide)
                    print(mine.row(f"{file}: {name}"))

    assert best is not None
    f1, model_name, name, decide = best
    print(
        f"\nbest in CV with good replies no worse: {model_name}, {name} "
        f"(F1 {f1:.3f} against RC201 alone {base.f1:.3f})"
    )
    if args.setting:
        model_name, below = args.setting[0], float(args.setting[1])
        if model_name not in make_models():
            raise SystemExit(f"no model {model_name!r}; models: {', '.join(make_models())}")
        name, decide = f"suppress if P < {below}", suppress_below(below)
        print(f"scored below: {model_name}, {name} (given with --setting)")
    x, y, _ = matrix([p for p in fit if p.file in chosen])
    model = fit_with_requirements(make_models()[model_name](), x, y)
    print(
        f"{len(REQUIREMENTS)} requirement rows, each weighing {REQUIREMENT_WEIGHT:g}; the refit: "
        + requirements_broken(
            lambda rows: list(model.predict_proba(np.array(rows))[:, 1]),  # type: ignore[attr-defined]
            float(name.rsplit(" ", 1)[1]),
        )
    )

    def probs(pairs: Sequence[Pair]) -> list[list[float]]:
        rows = [r.features for p in pairs for r in p.asks if read_by_model(r)]
        flat = list(model.predict_proba(np.array(rows))[:, 1]) if rows else []  # type: ignore[attr-defined]
        return unflatten(pairs, flat)

    shipped = None if args.narrow else load_model(str(args.shipped))
    shipped_at = shipped_below()

    def shipped_probs(pairs: Sequence[Pair]) -> list[list[float]]:
        assert shipped is not None
        return [
            [shipped.probability(r.features) if read_by_model(r) else 1.0 for r in p.asks]
            for p in pairs
        ]

    # the shipped model at its threshold (and at the chosen one), and the
    # refit at the chosen setting, on files neither was fitted on
    compared: list[tuple[str, Callable[[Sequence[Pair]], list[list[float]]], Decide]] = [
        (f"refit, {name}", probs, decide)
    ]
    if shipped is not None:
        compared.insert(
            0, (f"shipped, suppress if P < {shipped_at}", shipped_probs, suppress_below(shipped_at))
        )
        if f"suppress if P < {shipped_at}" != name:
            compared.insert(1, (f"shipped, {name}", shipped_probs, decide))

    def table(title: str, groups: Sequence[tuple[str, Sequence[Pair]]]) -> None:
        print(f"\n{title}")
        print(header)
        for label, pairs in groups:
            print(
                score(pairs, [[1.0] * len(p.asks) for p in pairs], routes_alone).row(
                    f"{label}: RC201 alone"
                )
            )
            for what, predict, how in compared:
                print(score(pairs, predict(pairs), how).row(f"{label}: {what}"))

    if left:
        files = sorted({p.file for p in left})
        table(
            f"left-out files (refit on the {len({p.file for p in fit})} other fitting files):",
            [*((f, [p for p in left if p.file == f]) for f in files), ("left out together", left)],
        )
        table(
            "left-out files together, every threshold (for reading, not choosing):",
            [],
        )
        for t in SUPPRESS:
            print(score(left, probs(left), suppress_below(t)).row(f"refit, suppress if P < {t}"))
            if shipped is not None:
                print(
                    score(left, shipped_probs(left), suppress_below(t)).row(
                        f"shipped, suppress if P < {t}"
                    )
                )
    if args.no_blind:
        return 0
    table(
        "blind probes (totals only):",
        [
            *((probe, [p for p in blind if p.file == probe]) for probe in BLIND),
            ("blind together", blind),
        ],
    )

    items = twcs_pairs(args.data, args.twcs)
    if items:
        pairs = [Pair("twcs", False, rows) for rows, _ in read_pairs(items, width)]
        flagged = sum(r.flagged for p in pairs for r in p.asks)
        replied = sum(any(r.flagged for r in p.asks) for p in pairs)
        print(
            f"\nTWCS, {len(pairs)} customer tweet + agent reply pairs, "
            f"{sum(len(p.asks) for p in pairs)} asks: RC201 alone flags {flagged} asks "
            f"in {replied} replies"
        )
        for what, predict, how in compared:
            kept = [
                [how(r, q) for r, q in zip(p.asks, qs, strict=True)]
                for p, qs in zip(pairs, predict(pairs), strict=True)
            ]
            print(
                f"- {what}: {sum(map(sum, kept))} asks flagged "
                f"({flagged - sum(map(sum, kept))} removed), in {sum(map(any, kept))} replies"
            )

    return 0


if __name__ == "__main__":
    raise SystemExit(main())
