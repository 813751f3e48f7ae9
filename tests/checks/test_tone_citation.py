"""A plain citation names where a rule is written ("as stated in your
confirmation email"); a bare "As stated," names no source and is "as I said",
a reminder (replycheck/checks/agreed.py, ``plain_citation``)."""

from __future__ import annotations

import pytest

from replycheck import Checker


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def _rude(checker: Checker, sentence: str) -> list[str]:
    report = checker.check(f"Hi Sam,\n\n{sentence}\n\nThanks,\nAl")
    return [f.code for f in report.findings if f.category == "rude"]


@pytest.mark.parametrize(
    "sentence",
    [
        "As stated, refunds take 5-10 working days. Yours went out on the 3rd.",
        "As stated , the voucher cannot be exchanged for cash.",
    ],
)
def test_a_bare_as_stated_is_a_reminder(checker, sentence):
    assert "RC101" in _rude(checker, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Check-in is from 4pm, as stated in your confirmation email.",
        "As stated in the booking confirmation, check-in is from 3pm.",
        "Refunds take 5-7 days, as it says on the receipt.",
    ],
)
def test_a_source_named_plainly_is_a_citation(checker, sentence):
    assert "RC101" not in _rude(checker, sentence)
