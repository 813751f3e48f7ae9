"""The labelled corpus is well-formed (no checker needed)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "evaluate.py"

_spec = importlib.util.spec_from_file_location("replycheck_evaluate_corpus", SCRIPT)
assert _spec and _spec.loader
ev = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = ev
_spec.loader.exec_module(ev)


def test_corpus_loads_and_every_expectation_resolves():
    cases = ev.load_corpus(split="all")  # raises CorpusError naming the case otherwise
    assert len(cases) >= 200


def test_both_splits_cover_at_least_eight_industries():
    # dev may hold extra themed files (e.g. thread pairs) that have no test twin.
    cases = ev.load_corpus(split="all")
    industries = {split: {c.industry for c in cases if c.split == split} for split in ev.SPLITS}
    assert len(industries["dev"] & industries["test"]) >= 8
    assert industries["test"] <= industries["dev"]


def test_every_category_is_represented_in_each_split():
    for split in ev.SPLITS:
        counts = Counter(e.category for c in ev.load_corpus(split=split) for e in c.expects)
        assert set(counts) == set(ev.CATEGORIES), split


def test_good_replies_are_roughly_a_third():
    # Themed good-only probe files (good-fresh*.toml: new writers' good replies,
    # written to measure false alarms) are all-good by design; the balance this
    # guards is that of the labelled industry and theme files.
    cases = [c for c in ev.load_corpus(split="all") if not c.industry.startswith("good-")]
    share = sum(c.good for c in cases) / len(cases)
    assert 0.25 <= share <= 0.45


def test_clarity_labels_exist_on_both_sides():
    for split in ev.SPLITS:
        labels = Counter(c.clarity for c in ev.load_corpus(split=split))
        assert labels["clear"] and labels["muddled"], split


def test_ids_carry_their_industry_and_split():
    for case in ev.load_corpus(split="all"):
        assert case.id.startswith(f"{case.industry}-{case.split}-"), case.id
