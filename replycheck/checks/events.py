"""Whether "outside our control" names an event nobody did, not a party.

"The late start was due to traffic on the M6, which is outside our control",
"The delay was caused by a road closure on the A1, which is outside our
control" and "Power cuts are outside our control" explain a cause neutrally:
weather, traffic, a strike or a power cut is no one's fault, and saying so
is how the customer learns which rule applies. "The noise was from an event
booked by another guest, which is outside our control", "This is outside our
control" and "..., so you'll need to take it up with them" put the problem
elsewhere or on the customer, and stay blame.

Only a match that speaks of our control is read: "The driver was stuck in
traffic, which is hardly our fault" disowns the problem all the same.
A pattern rule with ``options.spare_event_cause = true`` drops such a match whose
sentence names, before the match, one of ``EVENTS``, names no "you" and no
other party (``PARTIES``) up to the end of the match ("..., but we've moved
your slot" after it is our help), and holds no word that sends the customer
off (``SENDS_OFF``). Only the match's sentence is read, once per match.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from spacy.tokens import Doc

from replycheck.nlp import token_table

#: Events that happen to everyone and are no one's act.
EVENTS: Final = frozenset(
    {"weather", "traffic", "roadworks", "closure", "closures", "accident", "accidents", "strike",
     "strikes", "storm", "storms", "snow", "snowfall", "fog", "ice", "flood", "floods",
     "flooding", "wind", "winds", "gales", "heatwave", "outage", "outages", "congestion",
     "disruption", "pandemic", "lightning", "ash", "roadwork", "diversion", "diversions", "power",
     "blackout", "blackouts"}
)  # fmt: skip
#: The customer or someone else named in the sentence: then it is about a party.
PARTIES: Final = frozenset(
    {"you", "your", "yours", "yourself", "they", "them", "their", "theirs", "he", "she", "him",
     "her", "his", "another", "someone", "somebody", "guest", "guests", "customer",
     "customers", "passengers"}
)  # fmt: skip
#: Words that go on to send the customer elsewhere or hold them to a duty.
SENDS_OFF: Final = frozenset({"chase", "expected", "should", "must", "need", "needs"})


def event_cause(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) follows, in its
    sentence, an event nobody did ("due to traffic on the M6, which is outside
    our control"), with no party and no order in the sentence."""
    idx = token_table(doc).idx
    first = min(bisect_left(idx, start), len(doc) - 1)
    sentence = doc[first].sent
    stop = min(bisect_left(idx, end), sentence.end)
    if not any(doc[k].lower_ == "control" for k in range(first, stop)):
        return False  # "stuck in traffic, which is hardly our fault" still disowns it
    cause = {doc[k].lower_ for k in range(sentence.start, stop)}
    if cause & PARTIES or any(
        doc[k].lower_ in SENDS_OFF for k in range(sentence.start, sentence.end)
    ):
        return False
    return any(doc[k].lower_ in EVENTS for k in range(sentence.start, first))
