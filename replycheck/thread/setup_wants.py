"""A want that sets up the questions after it ("We need our marriage
certificate translated. How much and how long?", "I'd like to order the
Spring Meadow bouquet. Can it come on Saturday?") is the frame of what the
customer goes on to ask, not a request the draft must answer in its own
words: a draft that answers a question pointing back at it (a pronoun, a
bare "How much?", or the thing the want names) has taken the want up, and
a support lead would not flag it.

A want of a remedy ("I want my money back", "I'd like a refund",
"a replacement", "compensation", "to cancel") stays the customer's own
demand: answering a question beside it ("Why did this happen?") leaves it
open. A want to know ("I'd like to know whether ...") is a question in its
own right. A question that names neither the want's thing nor points back
("Also, how long does delivery take?") is another ask.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from replycheck.thread.asked import Ask

#: A stated want: "I'd like", "we want", "I need", "I'll need", "we would
#: really like", after an optional "so"/"and"/"hi".
_WANT = re.compile(
    r"^\W*(?:(?:so|and|but|hi|hello)\W+)?(?:i|we)\s*(?:'d|\s+would|'ll|\s+will)?"
    r"\s*(?:really\s+|also\s+|just\s+)?(?:like|want|need)\b",
    re.IGNORECASE,
)
#: A want that is an ask of its own, which a question beside it does not
#: answer: to know or be told ("a breakdown of", "a copy of"); a remedy
#: ("my money back", "fixed or paid for", "the problem sorted"); a change
#: to what the customer already has ("transfer to the January class",
#: "upgrade to", "move my flight", "add my son to my policy", "return the
#: jacket", "renew", "send me"); or one added on ("I'd also like").
_OWN_ASK = re.compile(
    r"\b(?:know|find out|ask|check|understand|confirm|hear|told|explanation|"
    r"breakdown|copy|details|refund\w*|money|back|compensat\w*|replace\w*|"
    r"exchange\w*|cancel\w*|credit\w*|apolog\w*|investigat\w*|fix\w*|"
    r"repair\w*|sort\w*|paid|pay|transfer\w*|upgrade\w*|downgrade\w*|move\w*|"
    r"switch\w*|chang\w*|swap\w*|add\w*|remov\w*|renew\w*|extend\w*|close\w*|"
    r"delet\w*|stop\w*|paus\w*|resched\w*|rebook\w*|postpon\w*|return\w*|send|"
    r"sent|redirect\w*|updat\w*|reduc\w*|lower\w*|waiv\w*|reimburs\w*|"
    r"also|as well|too)\b",
    re.IGNORECASE,
)
#: A question that points back at the want's thing.
_POINTS_BACK = re.compile(r"\b(?:it|they|them|one|ones)\b", re.IGNORECASE)
#: A bare follow-up of at most this many words ("How much and how long?")
#: is about the want before it.
_BARE_WORDS = 6
#: The follow-up starts at most this far after the want's end.
_NEAR = 160
#: Concepts too common to tie a follow-up to the want.
_WEAK = frozenset({"order", "book", "booking", "date", "price", "time", "enrol"})


def sets_up(want: Ask, follow: Ask, text: str) -> bool:
    """Whether ``follow`` is a question about what the want ``want`` asks
    for: asked just after it, and pointing back (a pronoun), bare (a few
    words naming nothing else), or naming a concept the want names."""
    if follow.kind != "question" or not 0 <= follow.start - want.end <= _NEAR:
        return False
    if "\n\n" in text[want.end : follow.start]:
        return False  # another paragraph: another matter
    if _POINTS_BACK.search(follow.text) is not None:
        return True
    if len(follow.text.split()) <= _BARE_WORDS and not (set(follow.core) - _WEAK):
        return True
    shared = (set(want.core) & set(follow.core)) - _WEAK
    return bool(shared)


def is_setup_want(ask: Ask) -> bool:
    """Whether ``ask`` is a stated want of a thing or service (``_WANT``),
    not a want to know nor a remedy demanded (``_OWN_ASK``)."""
    return (
        ask.kind == "request"
        and _WANT.search(ask.text) is not None
        and _OWN_ASK.search(ask.text) is None
    )


def taken_up(asks: Sequence[Ask], answered: Sequence[bool], text: str) -> list[bool]:
    """``answered`` with each unanswered set-up want counted answered when a
    question after it about its thing (``sets_up``) is answered."""
    result = list(answered)
    for index, ask in enumerate(asks):
        if result[index] or not is_setup_want(ask):
            continue
        for later in range(index + 1, min(index + 3, len(asks))):
            if answered[later] and sets_up(ask, asks[later], text):
                result[index] = True
                break
    return result
