"""RC201: a "when" answered with a time said loosely, as people do ("by
close of play", "first thing", "by the weekend", "in a day or two", "half
past three"), is answered; the same words said of something else ("the
first thing I looked at", "the weekend callout") answer nothing. Pairs are
written fresh for these tests (not taken from the corpus)."""

from __future__ import annotations

import pytest

QUESTION = "When will the revised quote come through?"

#: Replies that give the quote's time loosely.
LOOSE = [
    "You'll have the revised quote by close of play.",
    "You'll have the revised quote first thing.",
    "You'll have the revised quote by the weekend.",
    "You'll have the revised quote in a day or two.",
    "You'll have the revised quote at half past three.",
    "You'll have the revised quote in a fortnight.",
    "You'll have the revised quote by 8 a.m.",
]

#: Replies with the same words and no time for the quote.
NO_TIME = [
    "The revised quote was the first thing I looked at.",
    "The revised quote covers the weekend callout too.",
]


def _reply(sentence: str) -> str:
    return f"Hi Dan,\n\n{sentence}\n\nThanks,\nMo"


@pytest.mark.parametrize("sentence", LOOSE)
def test_a_when_met_with_a_loose_time_is_answered(unanswered, sentence):
    assert unanswered(QUESTION, _reply(sentence)) == []


@pytest.mark.parametrize("sentence", NO_TIME)
def test_the_same_words_with_no_time_leave_the_when_open(unanswered, sentence):
    assert unanswered(QUESTION, _reply(sentence)) == [QUESTION]
