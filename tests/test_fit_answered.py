"""scripts/fit_answered.py reads RC201 as it runs: the asks its routes leave
unanswered get the features the second opinion would read, the asks its gates
never put to the model are held, and the checker is left as it was."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import replycheck
import replycheck.checks.unanswered as check
from replycheck.thread.features import FEATURE_NAMES

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))
import fit_answered as F  # noqa: E402


@pytest.mark.skipif(
    not (check.__file__ or "").endswith(".py"),
    reason="the compiled build binds second_opinion at compile time: the study spies on it",
)
def test_read_pairs_gives_the_model_features_of_a_flagged_ask() -> None:
    opinion, veto = check.second_opinion, check.missing_type
    # a yes/no on a fact reaches the model (a request for an act, "Can you
    # replace the charger?", is held from it by RC201's gates when the draft
    # does nothing, so it no longer serves here)
    original = "Does the charger work with the older model of the laptop?"
    answered = "Hi Jo,\n\nYes, the charger works with the older model of your laptop.\n\nSam"
    unanswered = "Hi Jo,\n\nThanks for getting in touch about your order.\n\nBest,\nSam"
    ((yes, _), (no, reported)) = F.read_pairs([(answered, original), (unanswered, original)])
    assert [row.flagged for row in yes] == [False]
    assert [row.flagged for row in no] == [True]
    (row,) = no
    assert reported == 1
    assert not row.vetoed
    assert len(row.features) == len(FEATURE_NAMES)
    assert (check.second_opinion, check.missing_type) == (opinion, veto)


def test_the_shipped_threshold_is_rc201s_option() -> None:
    checker = replycheck.Checker(replycheck.Config(select=("unanswered-question",)))
    (rule,) = checker.rules
    assert F.shipped_below() == rule.options["second_opinion_below"]


def test_requirement_rows_are_labelled_by_the_decision_the_tests_passed_with(tmp_path) -> None:
    rows = [
        {"test": "a", "ask": "x?", "p": 0.9, "below": 0.5, "features": [1.0, 0.0]},
        {"test": "b", "ask": "x?", "p": 0.9, "below": 0.5, "features": [1.0, 0.0]},
        {"test": "c", "ask": "y?", "p": 0.2, "below": 0.5, "features": [0.0, 1.0]},
        # one vector both kept and dropped says nothing: it is left out
        {"test": "d", "ask": "z?", "p": 0.6, "below": 0.5, "features": [0.5, 0.5]},
        {"test": "e", "ask": "z?", "p": 0.4, "below": 0.5, "features": [0.5, 0.5]},
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(F.json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert sorted(F.read_requirements(path)) == [([0.0, 1.0], 0), ([1.0, 0.0], 1)]


def test_a_requirement_band_keeps_the_must_flag_rows_near_the_threshold(tmp_path) -> None:
    rows = [
        {"test": "a", "ask": "x?", "p": 0.55, "below": 0.5, "features": [1.0, 0.0]},
        {"test": "b", "ask": "y?", "p": 0.95, "below": 0.5, "features": [0.0, 1.0]},
        {"test": "c", "ask": "z?", "p": 0.1, "below": 0.5, "features": [0.5, 0.5]},
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(F.json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert sorted(F.read_requirements(path, (0.3, 0.7))) == [([0.5, 0.5], 0), ([1.0, 0.0], 1)]
    assert len(F.read_requirements(path)) == 3


def test_monotone_constrains_only_the_accepted_type_features() -> None:
    assert set(F.MONOTONE_FALLING) <= set(FEATURE_NAMES)


def test_fit_files_chooses_by_glob_or_by_labelled_asks(monkeypatch) -> None:
    span = F.evaluate.Span("original", 0, 3)
    pairs = [
        F.Pair("thread-fresh1", False, labels=[span]),
        F.Pair("tone-fresh2", False),
        F.Pair("tone-fresh3", False, labels=[span]),
        F.Pair("good-fresh4", True),
    ]
    monkeypatch.setattr(F, "FIT_FILES", [])
    assert F.fitting_files(pairs) == {p.file for p in pairs}
    monkeypatch.setattr(F, "FIT_FILES", ["labelled"])
    assert F.fitting_files(pairs) == {"thread-fresh1", "tone-fresh3"}
    monkeypatch.setattr(F, "FIT_FILES", ["thread-*", "good-*"])
    assert F.fitting_files(pairs) == {"thread-fresh1", "good-fresh4"}
