"""Whether "as we said" reports what was agreed, not a reminder.

"Roof's done on the shed, new felt and battens as we said." uses "as we
said" for "as agreed": it hangs, with no comma, on the work just named and
closes the clause, and the sentence says nothing of the customer. "As I
said, the fee stands", "..., as I said at the time" and "the refund takes
five days as I told you" remind them instead. A pattern rule with
``options.spare_as_agreed = true`` drops a match of "as we said" (or "like
we said") that follows a word with no punctuation between, is followed by
the clause's end, and sits in a sentence with no "you" or "your". Only the
match's neighbours and its sentence are read.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from replycheck.nlp import token_table

#: The clause ends after the reminder: what "as agreed" is followed by.
CLAUSE_ENDS = frozenset({".", ",", ";", "!", "and", "but", "so"})
#: The customer named anywhere in the sentence keeps the reminder.
YOU = frozenset({"you", "your", "yours", "yourself"})


def as_agreed(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) is "as we said"
    hung on the work just named ("new felt and battens as we said.")."""
    idx = token_table(doc).idx
    first, stop = bisect_left(idx, start), bisect_left(idx, end)
    words = [t.lower_ for t in doc[first:stop]]
    if words[:1] not in (["as"], ["like"]) or words[1:2] != ["we"]:
        return False
    if first == 0 or not doc[first - 1].is_alpha or doc[first].is_sent_start:
        return False
    if stop < len(doc) and doc[stop].lower_ not in CLAUSE_ENDS:
        return False
    sentence = doc[first].sent
    return not any(t.lower_ in YOU for t in sentence)
