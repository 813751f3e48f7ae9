"""RC120 reads a sentence's words off the token table and walks it as
``Token``s only when one of its "you"s survives the tests that need no more
than the words (a clause word or a negated "feel" before it, a relative
reading, a conditional opener, an "if" or "in order" before it, quotes). Each
test here, on both sides: the order that survives it, and the wording it
excuses."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

RC120 = ("RC120",)

#: An order to the customer: flagged.
ORDERS = (
    "You need to send the form by Friday.",
    "Honestly, you need to read the manual.",
    "Thank you, you have to return it first.",
    "If you want to try again, you need to pay upfront this time.",
    "It's the restaurant you should take it up with.",
    'The box is marked "fragile", and you must sign for it.',
)
#: A "you" in a clause, a condition, a relative clause, a purpose or quotes: not flagged.
EXCUSED = (
    "If you need anything, just reply.",
    "When you have a moment, you must sign it.",
    "So, if I understand the issue, you need to reset it.",
    "In order to help, you need to send the receipt.",
    "To cancel, you need to call us.",
    "Yes, you must wear a helmet.",
    "Please don't feel you have to wait for the letter.",
    "The only part you need to fill in is the date.",
    'The button says "you must agree" at the bottom.',
)


@pytest.mark.parametrize("text", ORDERS + EXCUSED)
def test_only_an_addressed_you_is_read_as_an_order(flagged: Flagged, text: str) -> None:
    assert bool(flagged(RC120, text)) == (text in ORDERS)
