"""One problem, one finding: the aside in a blame sentence and the final
warning in capitals are not flagged a second time under another category."""

from __future__ import annotations

import pytest

from replycheck import Checker

TONE = ("rude", "demanding", "blame", "shouting")


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def _categories(checker: Checker, sentence: str) -> list[tuple[str, str]]:
    report = checker.check(f"Hi Sam,\n\n{sentence}\n\nThanks,\nAl")
    return [(f.category, f.code) for f in report.findings if f.category in TONE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Frankly, the garage damaged your car, not us.",
        # an order closing on "not us": the contrast makes it a disowning (corpus/README.md, blame)
        "You need to chase your GP, not us.",
        "That's something you'll have to take up with your bank, not us.",
    ],
)
def test_an_aside_in_a_blame_sentence_is_not_flagged_again(checker, sentence):
    found = _categories(checker, sentence)
    assert [category for category, _ in found] == ["blame"], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Not our problem. You need to take it up with the courier.",
        # the send-off closing the sentence in a clause of its own after the
        # disowning: the order corpus/README.md labels demanding beside the blame
        "The garage damaged your car, not us, so take it up with them.",
        "Our staff are not responsible for this, the agent gave the wrong date, "
        "please take it up with them.",
    ],
)
def test_an_order_beside_the_disowning_is_still_demanding(checker, sentence):
    found = _categories(checker, sentence)
    assert "blame" in [c for c, _ in found] and "demanding" in [c for c, _ in found], found


def test_a_send_off_the_disowning_runs_into_is_blame_once(checker):
    # the send-off inside the disowning, not after it: one finding
    found = _categories(
        checker,
        "The noise came from the party next door, "
        "so it's them you'd want to take it up with rather than us.",
    )
    assert [c for c, _ in found] == ["blame"], found


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare order opening its sentence sends the customer away: demanding (corpus/README.md)
        "We can't release the hold from our side. Contact your bank, not us.",
        # (not "Until they send it over we can't do anything.", which RC130 reads
        # as disowning, rightly: blame of its own, beside the order)
        "The surgery has not sent the letter over yet. Chase the surgery, not us.",
    ],
)
def test_a_bare_order_closing_on_not_us_is_demanding_once(checker, sentence):
    found = _categories(checker, sentence)
    assert [category for category, _ in found] == ["demanding"], found


def test_the_aside_alone_is_still_flagged(checker):
    found = _categories(checker, "Your bank is holding the money. Take it up with them.")
    assert ("demanding", "RC126") in found


def test_a_final_warning_in_capitals_is_shouting_once(checker):
    assert [c for c, _ in _categories(checker, "FINAL NOTICE.")] == ["shouting"]
    assert ("demanding", "RC124") in _categories(checker, "This is your final notice.")
