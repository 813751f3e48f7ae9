"""Stock-pitch talk the customer did ask for (round 47): a way to pay less
asked beside a sum they raised, a question that names the thing of the
sentence before by a pronoun, and a goodwill invitation back after an apology."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck.checks.stock import (
    OPEN_ASKS,
    PAY_LESS_ASKS,
    WILLING_TO_PAY,
    _cut_already_made,
    _head,
    _holds,
    _invites_back_after_apology,
    _question_words,
    asks_to_pay_less,
)
from replycheck.nlp import shared_pipeline


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("The fees are going up to £95 a week. Is there anything I can do to keep it down?", True),
        ("My bill has 64 pounds of roaming charges. Is there anything you can do?", True),
        ("Could someone poo pick on the days I'm not there? Happy to pay.", True),
        # no sum raised: the open ask is for a fix
        ("The app keeps crashing. Is there anything you can do?", False),
        # a sum raised, but the open ask names another thing of its own
        ("My bill went up to £60. Is there anything you can do about the noise outside?", False),
        # a sum raised and no ask to pay less
        ("Why has my bill gone up to £60?", False),
    ],
)
def test_a_way_to_pay_less_is_asked_beside_a_sum(message: str, asked: bool) -> None:
    assert asks_to_pay_less(shared_pipeline()(message)) is asked


def test_a_question_with_a_pronoun_asks_about_the_sentence_before() -> None:
    doc = shared_pipeline()(
        "Got a letter saying my scooter battery is being recalled. Is it safe to keep using it?"
    )
    assert "battery" in _question_words(doc)
    doc = shared_pipeline()("My scooter battery is being recalled. How long is the wait for a van?")
    assert "battery" not in _question_words(doc)


def test_the_head_skips_a_lead_in_that_says_x_is_that() -> None:
    doc = shared_pipeline()("The good news is that the new battery is")
    assert _head(doc[:]) == "battery"
    doc = shared_pipeline()("The new battery that we fitted is")
    assert _head(doc[:]) == "battery"


@pytest.mark.parametrize(
    ("draft", "amends"),
    [
        ("I'm so sorry. We'd also love to have him back for a free walk whenever suits you.", True),
        ("I'm sorry. We can offer 50% off a return visit on any weekday.", True),
        # no apology before it: an invitation to come back is an offer
        ("Thanks for visiting. We'd love to have him back for a free walk.", False),
        # an apology, but no invitation back: the walk is on offer to anyone
        ("I'm sorry. Our alpaca walks are free on Sundays.", False),
        # a code and a deadline make it a sale
        ("I'm sorry. Use code OWL50 for 50% off a return visit before Friday.", False),
        ("I'm sorry. Come back for our new lantern walks, free for members.", False),
    ],
)
def test_an_invitation_back_after_an_apology_is_amends(draft: str, amends: bool) -> None:
    doc = shared_pipeline()(draft)
    unit = list(doc.sents)[-1]
    assert _invites_back_after_apology(doc, unit) is amends


@pytest.mark.parametrize(
    ("draft", "made"),
    [
        (
            "I've refunded the lights in full, and taken a further £200 off the hire,"
            " so £580 will be back on your card.",
            True,
        ),
        ("We've knocked £20 off your bill for the missed visit.", True),
        # for everyone, with a deadline: a sale
        ("We've knocked 20% off all our winter marquees until Sunday.", False),
        # a cut still to come is not one already made (``_makes_amends`` reads those)
        ("Our crew can take £20 off the hire.", False),
    ],
)
def test_a_cut_already_made_for_them_is_amends(draft: str, made: bool) -> None:
    doc = shared_pipeline()(draft)
    unit = next(iter(doc.sents))
    assert _cut_already_made(doc, unit) is made


_PHRASE_SETS = (PAY_LESS_ASKS, WILLING_TO_PAY, OPEN_ASKS)
_PHRASE_WORDS = sorted({w for phrases in _PHRASE_SETS for p in phrases for w in p} | {"x"})


@settings(deadline=None)
@given(st.lists(st.sampled_from(_PHRASE_WORDS), max_size=12))
def test_holds_finds_a_phrase_exactly_where_a_slice_at_every_position_does(
    words: list[str],
) -> None:
    """``_holds`` compares a phrase only where its first word stands; the
    answer is the slice-at-every-position one, for runs made of the phrases'
    own words (partial phrases, phrases cut off at the end)."""
    for phrases in _PHRASE_SETS:
        every_position = any(
            tuple(words[i : i + len(p)]) == p
            for p in phrases
            for i in range(len(words) - len(p) + 1)
        )
        assert _holds(words, phrases) is every_position
