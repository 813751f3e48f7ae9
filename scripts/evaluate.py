"""Score replycheck against the labelled corpus in corpus/.

The corpus is the independent yardstick: hand-labelled drafts (and customer
messages) with the exact words a support lead would flag. This script checks
the corpus is well-formed, runs the checker once per case, matches findings to
expectations by category and overlapping span, and prints precision, recall
and F1 per category, how often good replies come back clean, a clarity
ranking AUC and per-case timing.

    python scripts/evaluate.py [--split dev|test|all] [--write-docs] [--json] [--misses]
                               [--by-rule] [--file NAME]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "corpus"
QUALITY_DOC = ROOT / "docs" / "quality.md"
SPLITS = ("dev", "test")

# Categories whose phrasing the agent wrote; their spans index the draft.
DRAFT_CATEGORIES = ("rude", "demanding", "blame", "shouting", "closing-apology", "stock-pitch")
UNANSWERED = "unanswered-question"
CATEGORIES = (*DRAFT_CATEGORIES, UNANSWERED)
CLARITY_LABELS = ("clear", "muddled")

# Headline groups: rude and demanding overlap too much to score apart.
GROUPS: dict[str, frozenset[str]] = {
    "rude-or-demanding": frozenset({"rude", "demanding"}),
    "blame": frozenset({"blame"}),
    "shouting": frozenset({"shouting"}),
    "closing-apology": frozenset({"closing-apology"}),
    "stock-pitch": frozenset({"stock-pitch"}),
    UNANSWERED: frozenset({UNANSWERED}),
}

CASE_KEYS = frozenset({"id", "industry", "good", "clarity", "original", "draft", "expect"})
# `where` is optional: corpus/README.md's "Spans" names it, so a writer may state
# it; when given it must agree with where `text` is found.
EXPECT_KEYS = frozenset({"category", "text", "occurrence", "where"})

# Where a customer's message quoted inside a draft begins.
QUOTE_START = re.compile(
    r"^(?:On .{4,200}? wrote:[ \t]*$"
    r"|-{2,}\s*Original Message\s*-{2,}"
    r"|From:[ \t].*\n(?:Sent|Date):[ \t]"
    r"|>)",
    re.MULTILINE,
)


class CorpusError(ValueError):
    """The corpus is malformed; the message names the file and case."""


@dataclass(frozen=True)
class Span:
    """A labelled or reported stretch of text: which text it indexes and where."""

    where: str  # "draft", "original" or "quoted" (quoted offsets index the draft)
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        """True when both index the same text and share at least one character.

        A zero-width span counts as covering the character it sits on.
        """
        if self.where != other.where:
            return False
        a_end = max(self.end, self.start + 1)
        b_end = max(other.end, other.start + 1)
        return self.start < b_end and other.start < a_end


@dataclass(frozen=True)
class Expect:
    """One thing a support lead would flag."""

    category: str
    text: str
    occurrence: int = 1
    where: str | None = None  # as the writer stated it, checked against the span


@dataclass(frozen=True)
class Case:
    """One labelled draft (and optionally the customer message it answers)."""

    id: str
    industry: str
    split: str
    good: bool
    draft: str
    original: str | None = None
    clarity: str | None = None
    expects: tuple[Expect, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class Found:
    """A checker finding reduced to what scoring needs."""

    category: str
    span: Span
    code: str = ""  # the rule that reported it, for the --by-rule table


@dataclass
class Tally:
    """True positives, false positives and false negatives for one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    inside_matched: int = 0  # false positives that sit inside an already matched label

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.inside_matched += other.inside_matched


@dataclass
class CaseResult:
    """What the checker did on one case, after matching."""

    case: Case
    findings: list[Found]
    clarity: float | None
    ms: float
    by_group: dict[str, Tally] = field(default_factory=dict)
    by_category: dict[str, Tally] = field(default_factory=dict)
    missed: list[tuple[str, str]] = field(default_factory=list)  # (category, text)
    spurious: list[tuple[str, str]] = field(default_factory=list)
    spurious_codes: list[str] = field(default_factory=list)  # the rule of each spurious


# --------------------------------------------------------------------------- corpus


def quote_start(draft: str) -> int | None:
    """Offset where the customer's quoted message begins in a draft, if any."""
    match = QUOTE_START.search(draft)
    return match.start() if match else None


def find_occurrence(haystack: str, needle: str, occurrence: int, offset: int = 0) -> int | None:
    """Index of the n-th (1-based) occurrence of needle at or after offset."""
    pos = offset - 1
    for _ in range(occurrence):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos


def expected_span(case: Case, expect: Expect) -> Span:
    """Resolve an expectation's text/occurrence to a span; CorpusError if absent.

    Draft categories are looked up in the agent's own words (before any quoted
    message). Unanswered questions are looked up in `original` when the case
    has one, otherwise in the quoted part of the draft.
    """
    quoted_at = quote_start(case.draft)
    if expect.category == UNANSWERED:
        if case.original is not None:
            where, text, lo, hi = "original", case.original, 0, len(case.original)
        elif quoted_at is not None:
            where, text, lo, hi = "quoted", case.draft, quoted_at, len(case.draft)
        else:
            raise CorpusError(
                f"{case.id}: unanswered-question needs `original` or a quoted message in the draft"
            )
    else:
        where, text, lo = "draft", case.draft, 0
        hi = quoted_at if quoted_at is not None else len(case.draft)
    pos = find_occurrence(text, expect.text, expect.occurrence, lo)
    if pos is None or pos + len(expect.text) > hi:
        part = {"original": "original", "quoted": "quoted message", "draft": "agent's draft"}
        raise CorpusError(
            f"{case.id}: {expect.category} text {expect.text!r} "
            f"(occurrence {expect.occurrence}) not found in the {part[where]}"
        )
    return Span(where, pos, pos + len(expect.text))


def unanswered_labels(case: Case) -> list[Span] | None:
    """The spans of a case's labelled unanswered questions, or None when the
    case has no customer message (neither ``original`` nor one quoted in the
    draft), so the unanswered-question check has nothing to read."""
    if case.original is None and quote_start(case.draft) is None:
        return None
    return [expected_span(case, e) for e in case.expects if e.category == UNANSWERED]


def _case_from_table(table: dict[str, Any], split: str, source: str, industry: str) -> Case:
    cid = table.get("id")
    if not isinstance(cid, str) or not cid:
        raise CorpusError(f"{source}: a case has no string `id`")
    unknown = set(table) - CASE_KEYS
    if unknown:
        raise CorpusError(f"{cid}: unknown keys {sorted(unknown)}")
    if table.get("industry") != industry:
        raise CorpusError(f"{cid}: industry {table.get('industry')!r} but file is {industry}.toml")
    if not isinstance(table.get("good"), bool):
        raise CorpusError(f"{cid}: `good` must be true or false")
    draft = table.get("draft")
    if not isinstance(draft, str) or not draft.strip():
        raise CorpusError(f"{cid}: `draft` must be non-empty text")
    original = table.get("original")
    if original is not None and (not isinstance(original, str) or not original.strip()):
        raise CorpusError(f"{cid}: `original`, when given, must be non-empty text")
    clarity = table.get("clarity")
    if clarity is not None and clarity not in CLARITY_LABELS:
        raise CorpusError(f"{cid}: clarity {clarity!r} is not one of {CLARITY_LABELS}")
    expects: list[Expect] = []
    for raw in table.get("expect", []):
        if not isinstance(raw, dict) or set(raw) - EXPECT_KEYS:
            raise CorpusError(f"{cid}: an expect entry has unknown keys or is not a table")
        category, text = raw.get("category"), raw.get("text")
        if category not in CATEGORIES:
            raise CorpusError(f"{cid}: category {category!r} is not one of {CATEGORIES}")
        if not isinstance(text, str) or not text.strip():
            raise CorpusError(f"{cid}: expect text must be non-empty")
        occurrence = raw.get("occurrence", 1)
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
            raise CorpusError(f"{cid}: occurrence must be a positive integer")
        where = raw.get("where")
        if where is not None and where not in ("draft", "original", "quoted"):
            raise CorpusError(f"{cid}: where {where!r} is not draft, original or quoted")
        expects.append(Expect(category, text, occurrence, where))
    case = Case(
        id=cid,
        industry=industry,
        split=split,
        good=table["good"],
        draft=draft,
        original=original,
        clarity=clarity,
        expects=tuple(expects),
        source=source,
    )
    if case.good and case.expects:
        raise CorpusError(f"{cid}: a good case must not expect findings")
    if not case.good and not case.expects and case.clarity is None:
        raise CorpusError(f"{cid}: a bad case must expect at least one finding")
    spans = [expected_span(case, e) for e in case.expects]
    for span, e in zip(spans, case.expects, strict=True):
        if e.where is not None and e.where != span.where:
            raise CorpusError(
                f"{cid}: {e.category} text {e.text!r} is in the {span.where}, not the {e.where}"
            )
    keys = {(span, e.category) for span, e in zip(spans, case.expects, strict=True)}
    if len(keys) != len(spans):
        raise CorpusError(f"{cid}: the same expectation is listed twice")
    return case


def load_corpus(corpus_dir: Path = CORPUS_DIR, split: str = "all") -> list[Case]:
    """Load and validate every case of the split; raise CorpusError on any defect."""
    splits = SPLITS if split == "all" else (split,)
    cases: list[Case] = []
    seen: dict[str, str] = {}
    for name in splits:
        for path in sorted((corpus_dir / name).glob("*.toml")):
            source = str(path.relative_to(corpus_dir.parent))
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise CorpusError(f"{source}: invalid TOML: {exc}") from exc
            if set(data) - {"case"}:
                raise CorpusError(f"{source}: only [[case]] tables are allowed")
            for table in data.get("case", []):
                case = _case_from_table(table, name, source, path.stem)
                if case.id in seen:
                    raise CorpusError(f"{case.id}: id used in both {seen[case.id]} and {source}")
                seen[case.id] = source
                cases.append(case)
    if not cases:
        raise CorpusError(f"no cases found under {corpus_dir} for split {split!r}")
    return cases


# --------------------------------------------------------------------------- matching


def _max_matching(edges: list[list[int]], n_right: int) -> list[int | None]:
    """Maximum bipartite matching (Kuhn); returns the right index matched to each left."""
    owner: list[int | None] = [None] * n_right

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges[left]:
            if right in seen:
                continue
            seen.add(right)
            holder = owner[right]
            if holder is None or augment(holder, seen):
                owner[right] = left
                return True
        return False

    for left in range(len(edges)):
        augment(left, set())
    matched: list[int | None] = [None] * len(edges)
    for right, left in enumerate(owner):
        if left is not None:
            matched[left] = right
    return matched


def match(
    expected: Sequence[tuple[str, Span]],
    found: Sequence[Found],
    categories: frozenset[str],
) -> tuple[Tally, list[int], list[int]]:
    """Match expectations to findings within a set of categories.

    Each expectation is matched at most once and each finding counts once; a
    finding matches when its category is in `categories`, as is the
    expectation's, and their spans overlap. Returns the tally and the indexes
    of unmatched expectations and unmatched findings (within the inputs).
    Unmatched findings that overlap a matched expectation still count as false
    positives, and are also counted in `inside_matched` so a second finding inside one
    labelled phrase can be told apart from a false alarm on good text.
    """
    exp_idx = [i for i, (cat, _) in enumerate(expected) if cat in categories]
    fnd_idx = [j for j, f in enumerate(found) if f.category in categories]
    edges = [
        [k for k, j in enumerate(fnd_idx) if expected[i][1].overlaps(found[j].span)]
        for i in exp_idx
    ]
    matched = _max_matching(edges, len(fnd_idx))
    used = {m for m in matched if m is not None}
    missed = [exp_idx[n] for n, m in enumerate(matched) if m is None]
    spurious = [fnd_idx[k] for k in range(len(fnd_idx)) if k not in used]
    matched_spans = [expected[exp_idx[n]][1] for n, m in enumerate(matched) if m is not None]
    inside = sum(any(span.overlaps(found[j].span) for span in matched_spans) for j in spurious)
    tally = Tally(tp=len(used), fp=len(spurious), fn=len(missed), inside_matched=inside)
    return tally, missed, spurious


def score_case(case: Case, found: list[Found], clarity: float | None, ms: float) -> CaseResult:
    """Match one case's findings against its expectations, per group and category."""
    expected = [(e.category, expected_span(case, e)) for e in case.expects]
    result = CaseResult(case, found, clarity, ms)
    missed_all: set[int] = set()
    spurious_all: set[int] = set()
    for name, cats in GROUPS.items():
        tally, missed, spurious = match(expected, found, cats)
        result.by_group[name] = tally
        missed_all.update(missed)
        spurious_all.update(spurious)
    for cat in CATEGORIES:
        result.by_category[cat], _, _ = match(expected, found, frozenset({cat}))
    result.missed = [(case.expects[i].category, case.expects[i].text) for i in sorted(missed_all)]
    result.spurious = [
        (found[j].category, _span_text(case, found[j].span)) for j in sorted(spurious_all)
    ]
    result.spurious_codes = [found[j].code for j in sorted(spurious_all)]
    return result


def _span_text(case: Case, span: Span) -> str:
    text = case.original if span.where == "original" else case.draft
    return (text or "")[span.start : span.end]


def clarity_auc(results: Iterable[tuple[str | None, float | None]]) -> tuple[float | None, int]:
    """Share of (clear, muddled) pairs where the clear case scores higher.

    Ties count half, as in the usual ROC AUC. Returns (auc, number of pairs).
    """
    items = list(results)
    clear = [s for label, s in items if label == "clear" and s is not None]
    muddled = [s for label, s in items if label == "muddled" and s is not None]
    pairs = len(clear) * len(muddled)
    if not pairs:
        return None, 0
    wins = sum(1.0 if c > m else 0.5 if c == m else 0.0 for c in clear for m in muddled)
    return wins / pairs, pairs


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil without floats drifting
    return ordered[int(rank) - 1]


# --------------------------------------------------------------------------- running


class _FindingLike(Protocol):
    category: str
    start: int
    end: int
    where: str


def to_found(findings: Iterable[_FindingLike]) -> list[Found]:
    """Keep the findings scoring knows about (other categories are ignored)."""
    return [
        Found(f.category, Span(f.where, f.start, f.end), getattr(f, "code", ""))
        for f in findings
        if f.category in CATEGORIES
    ]


def run(cases: Sequence[Case]) -> list[CaseResult]:
    """Run the checker once per case and score it."""
    import replycheck  # imported late so corpus validation works without the library

    checker = replycheck.Checker()
    results = []
    for case in cases:
        began = time.perf_counter()
        report = checker.check(case.draft, original=case.original)
        ms = (time.perf_counter() - began) * 1000
        clarity = getattr(getattr(report, "clarity", None), "score", None)
        results.append(score_case(case, to_found(report.findings), clarity, ms))
    return results


def summarize(results: Sequence[CaseResult], split: str) -> dict[str, Any]:
    """Everything the tables show, as plain data (also the --json output)."""

    def rows(key: str, names: Iterable[str]) -> dict[str, dict[str, Any]]:
        out = {}
        for name in names:
            total = Tally()
            for r in results:
                total.add(getattr(r, key)[name])
            out[name] = {
                "tp": total.tp,
                "fp": total.fp,
                "fn": total.fn,
                "fp_inside_matched": total.inside_matched,
                "precision": total.precision,
                "recall": total.recall,
                "f1": total.f1,
            }
        return out

    good = [r for r in results if r.case.good]
    tone_clean = sum(not any(f.category in DRAFT_CATEGORIES for f in r.findings) for r in good)
    asked = [r for r in good if r.case.original or quote_start(r.case.draft) is not None]
    answer_clean = sum(not any(f.category == UNANSWERED for f in r.findings) for r in asked)
    auc, pairs = clarity_auc((r.case.clarity, r.clarity) for r in results)
    times = [r.ms for r in results]
    return {
        "split": split,
        "date": dt.date.today().isoformat(),
        "cases": len(results),
        "good_cases": len(good),
        "headline": rows("by_group", GROUPS),
        "categories": rows("by_category", CATEGORIES),
        "good_clean": {
            "tone": {"clean": tone_clean, "of": len(good)},
            UNANSWERED: {"clean": answer_clean, "of": len(asked)},
        },
        "clarity_auc": {"auc": auc, "pairs": pairs},
        "timing_ms": {
            "mean": statistics.fmean(times) if times else None,
            "p50": percentile(times, 50) if times else None,
            "p95": percentile(times, 95) if times else None,
        },
    }


# --------------------------------------------------------------------------- output


def _fmt(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _share(clean: int, of: int) -> str:
    return f"{clean}/{of} ({clean / of:.0%})" if of else "–"


def render_markdown(summary: dict[str, Any], command: str) -> str:
    """The report as Markdown tables (printed, and written to docs/quality.md)."""
    lines = [
        f"Split: **{summary['split']}** ({summary['cases']} cases, "
        f"{summary['good_cases']} good) — run on {summary['date']} with `{command}`.",
        "",
    ]
    for title, key in (
        ("Headline (rude and demanding scored as one)", "headline"),
        ("Per category", "categories"),
    ):
        lines += [
            f"**{title}**",
            "",
            "| category | TP | FP | (FP inside a matched span) | FN | precision | recall | F1 |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, row in summary[key].items():
            counts = f"{row['tp']} | {row['fp']} | {row['fp_inside_matched']} | {row['fn']}"
            scores = f"{_fmt(row['precision'])} | {_fmt(row['recall'])} | {_fmt(row['f1'])}"
            lines.append(f"| {name} | {counts} | {scores} |")
        lines.append("")
    clean = summary["good_clean"]
    auc = summary["clarity_auc"]
    timing = summary["timing_ms"]
    lines += [
        "**Good replies left alone**",
        "",
        f"- no rude/demanding/blame/shouting/closing-apology/stock-pitch finding: "
        f"{_share(clean['tone']['clean'], clean['tone']['of'])}",
        f"- no unanswered-question finding (good cases with a customer message): "
        f"{_share(clean[UNANSWERED]['clean'], clean[UNANSWERED]['of'])}",
        "",
        f"**Clarity ranking**: AUC {_fmt(auc['auc'])} over {auc['pairs']} (clear, muddled) "
        "pairs (share where the clear case scores higher; ties count half).",
        "",
        f"**Time per case**: mean {_fmt(timing['mean'], 1)} ms, p50 {_fmt(timing['p50'], 1)} ms, "
        f"p95 {_fmt(timing['p95'], 1)} ms (one `Checker`, `check()` timed with "
        "`time.perf_counter`).",
    ]
    return "\n".join(lines)


def markers(split: str) -> tuple[str, str]:
    """The comments around one split's section of docs/quality.md."""
    return f"<!-- evaluate:{split}:begin -->", f"<!-- evaluate:{split}:end -->"


BEGIN, END = markers("dev")


def write_docs(markdown: str, path: Path = QUALITY_DOC, split: str = "dev") -> None:
    """Replace one split's evaluate section of docs/quality.md, keeping everything else."""
    begin, end = markers(split)
    block = f"{begin}\n{markdown}\n{end}"
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if begin in text and end in text:
            head, rest = text.split(begin, 1)
            _, tail = rest.split(end, 1)
            text = f"{head}{block}{tail}"
        else:
            text = f"{text.rstrip()}\n\n## Corpus evaluation: {split}\n\n{block}\n"
    else:
        text = (
            "# Quality\n\n## Corpus evaluation\n\n"
            "Measured against the hand-labelled corpus in `corpus/` "
            "(see `scripts/evaluate.py`).\n\n"
            f"{block}\n"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def render_misses(results: Sequence[CaseResult]) -> str:
    """Per-case misses and false alarms, for tuning on the dev split.

    The blind files' cases are counted, not shown: whoever tunes never reads
    them, so their scores stay an honest guess at unseen writers.
    """
    lines = []
    hidden = 0
    for r in results:
        if r.case.industry in BLIND:
            hidden += len(r.missed) + len(r.spurious)
            continue
        for cat, text in r.missed:
            lines.append(f"{r.case.id}: MISSED {cat}: {text!r}")
        codes = r.spurious_codes or [""] * len(r.spurious)
        for (cat, text), code in zip(r.spurious, codes, strict=True):
            by = f" [{code}]" if code else ""
            lines.append(f"{r.case.id}: EXTRA  {cat}{by}: {text!r}")
    if hidden:
        lines.append(f"({hidden} misses and false alarms in blind files, not shown)")
    return "\n".join(lines) or "no misses"


def rule_table(results: Sequence[CaseResult]) -> dict[str, dict[str, int]]:
    """Per rule code: findings in scored categories, how many matched no label
    (false alarms), and how many of those sit on good cases.

    A finding counts as a false alarm when the case's matching left it
    unmatched in its category's group (the same count as the headline's FP).
    The blind files are left out, as in ``render_misses``: a per-rule count
    on them would be a way of tuning to them.
    """
    table: dict[str, dict[str, int]] = {}
    for r in results:
        if r.case.industry in BLIND:
            continue
        false = list(r.spurious_codes)
        for f in r.findings:
            row = table.setdefault(f.code or "?", {"findings": 0, "false": 0, "on_good": 0})
            row["findings"] += 1
        for code in false:
            row = table[code or "?"]
            row["false"] += 1
            row["on_good"] += r.case.good
    return table


def render_rule_table(table: dict[str, dict[str, int]]) -> str:
    """The --by-rule table, worst precision first, as Markdown."""
    lines = [
        "| rule | findings | false alarms | on good cases | precision |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    order = sorted(table.items(), key=lambda kv: (-kv[1]["false"] / kv[1]["findings"], kv[0]))
    for code, row in order:
        precision = 1 - row["false"] / row["findings"]
        lines.append(
            f"| {code} | {row['findings']} | {row['false']} | {row['on_good']} | {precision:.2f} |"
        )
    return "\n".join(lines)


#: The dev files kept blind: written by independent writers and only ever
#: scored, never read or tuned on, by rules or by the fitted models
#: (scripts/fit_answered.py and scripts/train_tone_model.py hold them out).
BLIND = (
    *("mixed-fresh6", "mixed-fresh7", "tone-fresh10-a", "tone-fresh10-b", "pitch-fresh10-d"),
    *("tone-fresh12-c", "tone-fresh13-b", "thread-fresh11-c", "thread-fresh11-d"),
    *("thread-fresh12-b", "thread-fresh13-b", "tone-fresh14-c", "thread-fresh14-b"),
    *("tone-fresh15-c", "thread-fresh15-b", "tone-fresh18-b", "thread-fresh18-a"),
)


def visible_dev_cases(names: Sequence[str] = ()) -> list[Case]:
    """The dev cases a tuning script may read: every dev file but the blind
    ones (``BLIND``), or only the files ``names`` gives ("tone-fresh2", or a
    path to it). Raises ``ValueError`` naming any blind file asked for."""
    stems = {Path(name).name.removesuffix(".toml") for name in names}
    hidden = sorted(stems.intersection(BLIND))
    if hidden:
        raise ValueError(f"blind files are not read: {', '.join(hidden)}")
    cases = [c for c in load_corpus(split="dev") if c.industry not in BLIND]
    return [c for c in cases if Path(c.source).stem in stems] if stems else cases


def only_file(cases: Sequence[Case], stem: str) -> list[Case]:
    """The cases that come from the corpus file named ``stem`` (e.g. "tone-fresh2")."""
    return [c for c in cases if Path(c.source).stem == stem]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="dev")
    parser.add_argument("--write-docs", action="store_true", help="update docs/quality.md")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument(
        "--misses", action="store_true", help="list per-case misses (dev split only)"
    )
    parser.add_argument(
        "--by-rule",
        action="store_true",
        help="per rule code: findings, false alarms and precision (dev split only, "
        "blind files left out)",
    )
    parser.add_argument(
        "--file",
        metavar="NAME",
        action="append",
        help="score only the cases of this corpus file of the split, e.g. tone-fresh2; "
        "repeat to score several files together",
    )
    args = parser.parse_args(argv)
    if args.misses and args.split != "dev":
        parser.error("--misses is for tuning and only works with --split dev")
    if args.by_rule and args.split != "dev":
        parser.error("--by-rule is for tuning and only works with --split dev")
    if args.file and args.write_docs:
        parser.error("--write-docs records whole splits; drop --file")
    try:
        cases = load_corpus(split=args.split)
    except CorpusError as exc:
        print(f"corpus error: {exc}", file=sys.stderr)
        return 2
    if args.file:
        chosen = []
        for name in args.file:
            stem = Path(name).name.removesuffix(".toml")
            found = only_file(cases, stem)
            if not found:
                print(
                    f"corpus error: no {args.split} cases in a file named {stem}.toml",
                    file=sys.stderr,
                )
                return 2
            chosen += found
        cases = chosen
    results = run(cases)
    summary = summarize(results, args.split)
    flags = [f"--split {args.split}"] + [f"--file {name}" for name in args.file or ()]
    flags += ["--write-docs"] * args.write_docs
    command = " ".join(["python scripts/evaluate.py", *flags])
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(render_markdown(summary, command))
    if args.misses:
        print(render_misses(results))
    if args.by_rule:
        print(render_rule_table(rule_table(results)))
    if args.write_docs:
        write_docs(render_markdown(summary, command), split=args.split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
