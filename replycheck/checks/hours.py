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
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from replycheck.nlp import token_table

#: The words that put a clock time as the limit or start of what is expected.
TIME_LEADS = frozenset({"by", "before", "until", "till", "from", "at"})
#: A clock time in one token: "11am", "10.30am", "18:00", "10.30".
CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d{2})?(?:am|pm)$|^\d{1,2}[:.]\d{2}$")
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
