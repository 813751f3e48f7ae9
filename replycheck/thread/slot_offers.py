"""A visit or a slot asked for ("When can you fit my car in?", "Can somebody
come and look at it this week?", "when is the soonest you could come",
"How long till you can come look at our pump?") is answered by a slot
offered or booked: a sentence in which we, or the person we send, come,
visit, do it or book the customer in, with a day or time ("The earliest we
can do is Monday at 8:30am", "An engineer will visit on Thursday between
12pm and 4pm", "I can book you in for Wednesday 11th or Friday 13th",
"expect them between 8 and 10"). A support lead reads that as the answer,
however little of the customer's wording it repeats.

An ask whose visit only times another act ("can your fitter take away the
old bath when he comes?") or that names its own day ("Could your tuner come
on Saturday 23rd instead?") is left to the other routes. A time said of
something else ("your refund will reach you by Friday", "we
close at 5pm on Saturdays") offers no slot; nor does a visit with no day or
time ("we'll send someone as soon as we can"), nor one turned down ("we
can't come out this week").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from replycheck import regexcache
from replycheck.refusal_words import CANNOT_OR_UNABLE
from replycheck.thread.answers import Statement
from replycheck.thread.asked import Ask

#: The ask wants someone to come, or a slot: "come (out|round|and look)",
#: "visit", "fit me/my car in", "book me in", "send someone", "someone
#: coming", "the soonest/earliest you could".
_VISIT_ASKED = regexcache.compile(
    r"\b(?:come|coming|visit\s+(?:me|us|him|her|them)|call\s+(?:out|round)|pop\s+(?:round|over|in)|"
    r"fit\s+(?:\w+\s+){0,3}in\b|book\s+(?:me|us|him|her|it|them)\s+in|"
    r"send\s+(?:someone|somebody|an?\s+\w+)|soonest|earliest)",
    re.IGNORECASE,
)
#: The visit is only the time of another act asked ("can your fitter take
#: away the old bath when he comes?"), or the ask names its own day ("Could
#: your tuner come on Saturday 23rd instead?"): a slot offered is no answer
#: to the act, nor a yes or no to that day.
_NOT_THE_VISIT = regexcache.compile(
    r"\b(?:when|while|once|after|before)\s+(?:he|she|they|you|it|your\s+\w+|the\s+\w+)"
    r"\s+(?:comes?|visits?|is|are|gets?)\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
#: A slot offered or booked by us or by whom we send.
_SLOT_OFFERED = regexcache.compile(
    r"\b(?:(?:we|i|they|he|she|an?\s+\w+|our\s+\w+|the\s+(?:engineer|technician|"
    r"fitter|crew|team|sweep|plumber|electrician|mechanic))\s+"
    r"(?:can|could|will|'ll|would|'d|are|am|is|'re|'m|have|'ve)\s+(?:\w+\s+){0,2}?"
    r"(?:do|come|coming|visit|visiting|be\s+(?:with|there|round)|book|booked|fit|"
    r"see|pop|call|arrive|arriving|send|sent|pencil\w*)\b"
    r"|\b(?:earliest|soonest)\b.{0,30}\b(?:we|i)\s+(?:can|could)\b"
    r"|\bexpect\s+(?:them|him|her|us|the\s+\w+)\b"
    r"|\b(?:booked|pencilled|penciled|put)\s+you\s+(?:in|down|first)\b)",
    re.IGNORECASE,
)
#: The slot turned down or put off with no day: no offer. The refusal's core
#: (``CANNOT_OR_UNABLE``) is the one the other refusal readings share; "won't",
#: "not able" and nobody to send are this reading's own.
_TURNED_DOWN = regexcache.compile(
    rf"\b(?:{CANNOT_OR_UNABLE}|won't|not\s+able|no\s+one|nobody)\b", re.IGNORECASE
)


def slot_offered(ask: Ask, statements: Sequence[Statement], draft: str) -> bool:
    """Whether ``ask`` asks for a visit or a slot (``_VISIT_ASKED``) and a
    draft sentence offers or books one (``_SLOT_OFFERED``) with a time in
    it, not turned down (``_TURNED_DOWN``) and not asked back."""
    if ask.expects not in ("time", "yes-no", "action"):
        return False
    if _VISIT_ASKED.search(ask.text) is None or _NOT_THE_VISIT.search(ask.text) is not None:
        return False
    for s in statements:
        if s.asks_back or not s.values.get("time"):
            continue
        if _SLOT_OFFERED.search(draft, s.start, s.end) is None:
            continue
        if _TURNED_DOWN.search(draft, s.start, s.end) is not None:
            continue
        return True
    return False
