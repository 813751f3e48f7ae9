"""RC144: damage denied by the thing's state when it left us is blame
(corpus/README.md: "The bike was fine when it left us."); the same fact on
the way to our fix is not. The fix must be in the sentence or in the next one
of its paragraph: one offered a paragraph later, or as a goodwill gesture,
leaves the denial standing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from replycheck import Checker, Config

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

RC144 = ("RC144",)

#: The denial said as a rebuttal: flagged.
DENIED = (
    "The bike was fine when it left us.",
    "Honestly, the lamp was in perfect working order when it left our workshop.",
    "The bike was fine when it left us.\n\nA new wheel goes out to you today.",
    "The roses were perfectly healthy when they left us. As a gesture of goodwill, we can"
    " swap them.",
    "The kettle passed its checks before dispatch. That's not something we refund.",
)
#: The same fact with our fix, a turn, a hedge or a question: not flagged.
SPARED = (
    "The bike was fine when it left us. A new wheel goes out to you today.",
    "The kettle passed its checks before dispatch, so it was hurt in transit; a new one goes"
    " out today.",
    "The lamp was working when it left us, but something is clearly still wrong.",
    "If it was intact when it left our warehouse, the courier will pay for it.",
    "Was it fine when it left us?",
    "The piano was fine when it left the van.",
)


@pytest.mark.parametrize("text", DENIED + SPARED)
def test_the_state_when_it_left_us_denied(flagged: Flagged, text: str) -> None:
    assert bool(flagged(RC144, text)) == (text in DENIED)


def test_the_customers_own_question_answered() -> None:
    checker = Checker(Config(select=RC144))
    draft = "Yes, it was fully tested before it was dispatched."
    asked = "The kettle arrived dented. Was it checked before it was sent?"
    complained = "The kettle arrived dented. I want a new one."
    assert not checker.check(draft, original=asked).findings
    assert checker.check(draft, original=complained).findings
