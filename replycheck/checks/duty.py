"""Whether a duty laid on the customer is one half of a split of duties.

"Hedges within the garden are the tenant's responsibility to trim, while the
boundary wall is the landlord's." sets out who does what, as an agreement
does: the customer's share is named beside someone else's. "It's the
customer's responsibility to check the size" lays the duty on them alone. A
pattern rule with ``options.spare_shared_duty = true`` drops a match when,
later in its sentence, "while" or "whereas" opens a clause that gives a share
to another party: a possessive standing alone ("the landlord's", "ours",
"theirs") or "our" before a duty word. Only the rest of the match's sentence
is read, once per match.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from replycheck.nlp import token_table

#: What opens the other half of the split.
CONTRASTS = frozenset({"while", "whilst", "whereas"})
#: The other party's share, standing alone.
SHARES = frozenset({"ours", "theirs", "his", "hers"})
#: Duty words after "our" ("our responsibility", "our job").
DUTIES = frozenset({"responsibility", "job", "duty", "liability", "problem", "cost"})
#: How far after the contrast the share may sit.
REACH = 10


def shared_duty(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) is followed, in its
    sentence, by "while the boundary wall is the landlord's"."""
    idx = token_table(doc).idx
    stop = bisect_left(idx, end)
    if stop >= len(doc):
        return False
    sentence_end = doc[stop].sent.end
    for k in range(stop, sentence_end):
        if doc[k].lower_ not in CONTRASTS:
            continue
        for m in range(k + 1, min(k + 1 + REACH, sentence_end)):
            word = doc[m].lower_
            if word in SHARES:
                return True
            if word in ("'s", "’s") and (m + 1 >= sentence_end or not doc[m + 1].is_alpha):
                return True  # "the landlord's."
            if word == "our" and m + 1 < sentence_end and doc[m + 1].lower_ in DUTIES:
                return True
        return False
    return False
