"""Times as people write them, read as times by the answer reader: clock
times in every common form and days of the month in words as hard evidence
(``answers.STRONG["time"]``); parts of the day and spans with no figure as
a time said loosely (``answers.LOOSE_TIME``), which the answer-type veto
reads, so a "when" answered with "8 a.m. to 6 p.m.", "by close of play" or
"in a day or two" counts as answered in its type. Wording that only shares the words ("Good
morning", "the first thing I checked", "half of the order") is no time.
Sentences are written fresh for these tests (not taken from the corpus)."""

from __future__ import annotations

import pytest

from replycheck.thread.answers import LOOSE_TIME, STRONG, evidence_types

#: Sentences that give a time, with the time read from them.
TIMES = [
    ("We're open 8 a.m. to 6 p.m. on weekdays.", "8 a.m."),
    ("The last collection is at 4 p.m. sharp.", "4 p.m."),
    ("The van will come at 5 o'clock.", "5 o'clock"),
    ("She'll ring you at five o'clock.", "five o'clock"),
    ("He'll be with you at half past three.", "half past three"),
    ("Doors close at quarter to ten.", "quarter to ten"),
    ("The refund will show on your statement in a fortnight.", "fortnight"),
    ("We reopen on the second of January.", "second of january"),
    ("It's due on the twenty-first of June.", "twenty-first of june"),
]

#: Times said loosely, with no figure and no day named: read as a time for
#: the answer-type veto (``LOOSE_TIME``), not as the routes' hard evidence.
LOOSE_TIMES = [
    ("It should arrive this afternoon.", "this afternoon"),
    ("I'll call you first thing.", "first thing"),
    ("The courier comes between 9 and 11 in the morning.", "morning"),
    ("You'll have the quote by close of play.", "close of play"),
    ("I'll send it over by the end of the day.", "end of the day"),
    ("We'll confirm by end of business.", "end of business"),
    ("Expect it at midnight.", "midnight"),
    ("We expect the part by the weekend.", "weekend"),
    ("They should be with us in a day or two.", "a day or two"),
    ("It takes an hour or so.", "an hour or so"),
    ("The part should reach us over the next few days.", "next few days"),
    ("We'll be in touch in the coming weeks.", "coming weeks"),
    ("You'll get your results within the hour.", "within the hour"),
    ("We reopen in the new year.", "new year"),
]

#: Sentences with the same words and no time.
NOT_TIMES = [
    "Good morning Sam, thanks for your email.",
    "Good afternoon, and thanks for getting in touch.",
    "First of all, I'm sorry about the mix-up.",
    "It was the first thing I checked.",
    "That is the end of the matter.",
    "Half of the order is here.",
    "A quarter to a third of the cost is postage.",
    "You can do this within the app.",
    "We have a new phone for you.",
    "The second of your two orders has shipped.",
    "The close of your account is done.",
    "A day pass costs less.",
]


@pytest.mark.parametrize(("sentence", "value"), TIMES)
def test_a_time_as_people_write_it_is_read(sentence, value):
    lowered = sentence.lower()
    assert "time" in evidence_types(lowered)
    assert any(m.group() == value for m in STRONG["time"].finditer(lowered))


@pytest.mark.parametrize("sentence", NOT_TIMES)
def test_the_same_words_with_no_time_are_not_read(sentence):
    assert "time" not in evidence_types(sentence.lower())


@pytest.mark.parametrize(("sentence", "value"), LOOSE_TIMES)
def test_a_time_said_loosely_is_read_loosely_not_as_hard_evidence(sentence, value):
    lowered = sentence.lower()
    assert any(m.group() == value for m in LOOSE_TIME.finditer(lowered))
    assert all(m.group() != value for m in STRONG["time"].finditer(lowered))


@pytest.mark.parametrize("sentence", NOT_TIMES)
def test_the_same_words_with_no_time_are_not_read_loosely(sentence):
    assert LOOSE_TIME.search(sentence.lower()) is None
