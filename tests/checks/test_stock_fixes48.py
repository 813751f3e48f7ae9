"""Stock-pitch false alarms read away in round 48 (stock2d): work on the
customer's own thing priced for their problem, a buy step within a rule given
in answer, and a cause that pushed prices up."""

from __future__ import annotations

import pytest

from replycheck.checks.stock import (
    _fix_on_their_condition,
    _priced_fix_of_theirs,
    _says_a_rise,
)
from replycheck.context import word_ids
from replycheck.nlp import shared_pipeline


def _unit(text: str):  # type: ignore[no-untyped-def]
    doc = shared_pipeline()(text)
    return doc, doc[:]


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("If it's just the last inch or so, our stylist can trim and steam it for £15.", True),
        ("If you don't have a bigger version, our designer can redraw it for £15.", True),
        ("If the strap is only loose, I can repair it for £10.", True),
        # a wish, not their problem
        ("Our stylist can steam it for £15 if you'd like.", False),
        # no condition at all
        ("Our stylist can steam it for £15.", False),
        # said cheap, new, or on a condition of buying
        ("If it's the ends, our stylist can trim it for just £15.", False),
        ("If it frizzes, our new stylist can trim it for £15.", False),
        ("Our stylist can steam it for £15 if you book a cut.", False),
        # the work is not on their thing
        ("If you need one, our team can fit a new shelf for £15.", False),
    ],
)
def test_a_priced_fix_of_their_own_thing(text: str, fix: bool) -> None:
    doc, unit = _unit(text)
    assert _priced_fix_of_theirs(doc, unit) is fix


def test_a_wish_is_no_condition_of_their_problem() -> None:
    doc, _ = _unit("We can steam it if you'd like.")
    assert not _fix_on_their_condition(doc, 0, len(doc))
    doc, _ = _unit("If it's only the ends, we can steam it.")
    assert _fix_on_their_condition(doc, 0, len(doc))


@pytest.mark.parametrize(
    ("text", "rise"),
    [
        ("that has pushed prices up across our whole customer base", True),
        ("rising demand has driven our costs up", True),
        ("our costs went up", True),
        ("push the boat out and switch up", False),
        ("we pushed the update out yesterday", False),
    ],
)
def test_a_cause_that_pushed_a_cost_up_says_a_rise(text: str, rise: bool) -> None:
    words = [t.lower_ for t in shared_pipeline()(text)]
    assert _says_a_rise([next(iter(word_ids(frozenset({w})))) for w in words]) is rise
