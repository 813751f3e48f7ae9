"""Orders that reproach ("this time", "from now on") or hand the job back ("Do
it yourself") are demanding; the same words as advice with a reason, or about
us, are not."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

DEMANDING = ("demanding",)


@pytest.mark.parametrize(
    "text",
    [
        "Keep the receipt this time.",
        "Be on time for once.",
        "You will ring the bell from now on rather than knocking.",
        "Sort it out yourself with the courier.",
        "Try reading the instructions for a change.",
    ],
)
def test_reproaching_orders_are_flagged(flagged: Flagged, text: str) -> None:
    assert flagged(DEMANDING, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Keep your receipt in future, as it makes returns quicker.",
        "This time, we've sent it by tracked delivery so you can follow it.",
        "Going forward, you'll be able to manage this in the app.",
        "You will see the new price on your bill from now on.",
        "For once, the courier was early!",
        "Make sure the lid is closed properly before you start it.",
        "Stop by any branch and they'll print a new statement for you.",
        "Stop in at the desk on your way out and we'll hand you the keys.",
    ],
)
def test_advice_and_news_are_not(flagged: Flagged, text: str) -> None:
    assert flagged(DEMANDING, text) == []
