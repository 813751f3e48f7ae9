"""A third party's fault handed back to the customer (RC139) and a loud run
of "!!!" in a cheerful sentence (RC141)."""

from __future__ import annotations

import pytest

from replycheck import Checker, Config


def flagged(checker: Checker, text: str) -> list[str]:
    return [f.text for f in checker.check(text).findings]


@pytest.fixture(scope="module")
def blame_and_shouting() -> Checker:
    return Checker(Config(select=("RC139", "RC141")))


def test_a_third_partys_fault_handed_back_is_blame(blame_and_shouting: Checker) -> None:
    text = "The seller packed it late, so you'd need to take this up with them."
    assert flagged(blame_and_shouting, text) == ["so you'd need to take this up with"]


@pytest.mark.parametrize(
    "text",
    [
        "The courier lost it, so we've taken it up with them for you.",
        "So that you don't have to take it up with the bank, I've reversed it.",
        "The courier lost it. So you know, I'll take it up with them myself.",
    ],
)
def test_taking_it_up_ourselves_is_not(blame_and_shouting: Checker, text: str) -> None:
    assert flagged(blame_and_shouting, text) == []


def test_three_exclamation_marks_are_loud_even_with_good_news(blame_and_shouting: Checker) -> None:
    assert flagged(blame_and_shouting, "Great news, your refund is through!!!") == ["!!!"]
    assert flagged(blame_and_shouting, "Great news, your refund is through!!") == []
