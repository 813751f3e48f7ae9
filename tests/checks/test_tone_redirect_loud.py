"""A third party's fault handed back to the customer (RC139) and a loud run
of "!!" even in a cheerful sentence (RC141)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

BLAME_AND_SHOUTING = ("RC139", "RC141")


def test_a_third_partys_fault_handed_back_is_blame(flagged: Flagged) -> None:
    # the fault clause is the blame; the send-off after "so" is an order (RC164)
    text = "The seller packed it late, so you'd need to take this up with them."
    assert flagged(BLAME_AND_SHOUTING, text) == ["The seller packed it late"]


def test_a_send_off_naming_no_fault_is_not_blame(flagged: Flagged) -> None:
    assert flagged(BLAME_AND_SHOUTING, "So you'll have to take it up with them.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The courier lost it, so we've taken it up with them for you.",
        "So that you don't have to take it up with the bank, I've reversed it.",
        "The courier lost it. So you know, I'll take it up with them myself.",
    ],
)
def test_taking_it_up_ourselves_is_not(flagged: Flagged, text: str) -> None:
    assert flagged(BLAME_AND_SHOUTING, text) == []


def test_exclamation_runs_are_loud_even_with_good_news(flagged: Flagged) -> None:
    assert flagged(BLAME_AND_SHOUTING, "Great news, your refund is through!!!") == ["!!!"]
    assert flagged(BLAME_AND_SHOUTING, "Great news, your refund is through!!") == ["!!"]
    assert flagged(BLAME_AND_SHOUTING, "Great news, your refund is through!") == []
