"""Whether an expectation is a house time stated to a class, not a telling-off.

"Guests are expected to check out by 11am so the pods can be cleaned" and "We
expect guests to leave by 10.30am, because housekeeping only works mornings"
give the time a place keeps, to guests as a class: the same line in every
booking email. "Passengers are expected to arrive in good time", "Members are
expected to know the dress code" and "you are expected to be here on time like
every other parent" hold no clock time, or speak to the customer, and lecture.
A pattern rule with ``options.spare_house_time = true`` drops a match whose
sentence goes on, after the match, to a clock time ("11am", "10.30 am",
"18:00", "noon") after "by", "before", "until", "till", "from" or "at", and
holds no "you"/"your" and no word that makes it a reproach ("again",
"accordingly", "everyone"). Only the match's sentence is read, once per match.

The customer's act measured by a span of time the terms count in ("because
you cancelled with less than 24 hours' notice", "Because you joined 21 days
ago, I can't refund it") is the term applied, with what triggered it told as
a plain date or notice, not a fault: ``timed_by_the_terms`` reads it (RC138
in replycheck/checks/caused.py), and ``options.spare_notice_timed = true``
drops a pattern match whose sentence, from the match on, holds it.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from replycheck import regexcache
from replycheck.nlp import token_table

#: The words that put a clock time as the limit or start of what is expected.
TIME_LEADS = frozenset({"by", "before", "until", "till", "from", "at"})
#: A clock time in one token: "11am", "10.30am", "18:00", "10.30".
CLOCK = regexcache.compile(r"^\d{1,2}(?:[:.]\d{2})?(?:am|pm)$|^\d{1,2}[:.]\d{2}$")
#: The hour's marker when spaCy splits it off ("11 am", "6 p.m.").
MERIDIEM = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock"})
#: Clock words with no digits.
CLOCK_WORDS = frozenset({"noon", "midday", "midnight"})
#: The customer addressed, or a reproach, keeps the match.
KEEPS = frozenset(
    {"you", "your", "yours", "yourself", "again", "accordingly", "everyone", "everybody",
     "properly", "sharp"}
)  # fmt: skip


def _clock_at(doc: Doc, i: int, stop: int) -> bool:
    """Whether a clock time starts at token ``i`` (before ``stop``)."""
    word = doc[i].lower_
    if word in CLOCK_WORDS or CLOCK.match(word):
        return True
    return doc[i].like_num and i + 1 < stop and doc[i + 1].lower_ in MERIDIEM


def house_time(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) is an expectation
    whose sentence then names the clock time a place keeps ("Guests are
    expected to check out by 11am"), with no "you" and no reproach."""
    idx = token_table(doc).idx
    first, stop = bisect_left(idx, start), bisect_left(idx, end)
    if first >= len(doc):
        return False
    sentence = doc[first].sent
    if any(t.lower_ in KEEPS for t in sentence):
        return False
    last = sentence.end
    return any(
        doc[i].lower_ in TIME_LEADS and i + 1 < last and _clock_at(doc, i + 1, last)
        for i in range(stop, last)
    )


#: A span of time the house's terms count in ("24 hours' notice", "21 days ago").
TIME_UNITS = frozenset(
    {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months"}
)
#: What the span of time measures: the notice given, or how long ago the act was.
TIMED_BY = frozenset({"notice", "ago"})


def timed_by_the_terms(lowers: list[str]) -> bool:
    """Whether ``lowers`` (a clause's words, lower-cased) measure an act by a
    counted span of time and the notice or age it gives ("with less than 24
    hours' notice", "21 days ago"). A number must come before the unit: "you'd
    have booked weeks ago" stays a reproach."""
    if not TIMED_BY.intersection(lowers):
        return False
    return any(
        word in TIME_UNITS and k > 0 and lowers[k - 1][:1].isdigit()
        for k, word in enumerate(lowers)
    )


def notice_timed(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) and the rest of its
    sentence measure the customer's act by the terms' notice or age
    ("because you cancelled with less than 24 hours' notice")."""
    idx = token_table(doc).idx
    first = bisect_left(idx, start)
    if first >= len(doc):
        return False
    last = doc[first].sent.end
    return timed_by_the_terms([doc[i].lower_ for i in range(first, last)])
