"""RC195: a bare "You'll need to ..." is an order only in company. In a kind
reply it is a step; after a telling-off it is the order that closes it."""

from __future__ import annotations

import pytest

from replycheck import Checker


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def _codes(checker: Checker, body: str) -> list[str]:
    report = checker.check(f"Hi Sam,\n\n{body}\n\nThanks,\nAl")
    return [f.code for f in report.findings if f.category in ("rude", "demanding", "blame")]


@pytest.mark.parametrize(
    "body",
    [
        "That isn't really our concern. You'll need to knock on their door.",
        "Making good is not our job. You'll need to get a plasterer in.",
    ],
)
def test_a_bare_need_after_a_telling_off_is_an_order(checker, body):
    assert "RC195" in _codes(checker, body)


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for letting us know. You'll need to sit the theory test again.",
        "Good news: the parcel is with your neighbour. You'll need to knock on their door.",
        "Sorry about the wait. You'll need to bring photo ID when you collect them.",
    ],
)
def test_the_same_step_in_a_kind_reply_is_not_flagged(checker, body):
    assert _codes(checker, body) == []
