"""Whether a matched order is a step of our own procedure, not the customer's.

"Before giving you a firm price, we'd want the car in the workshop for two
days to strip the interior and check the chassis legs properly." holds the
words of a rebuke ("check ... properly") but the checking is ours: the verb
hangs on an infinitive ("to strip ... and check") in a sentence whose doer is
us. A pattern rule with ``options.spare_our_procedure = true`` drops a match
whose first word is such an infinitive, joined by "and" to a "to" a few
words before (a series of our steps; a lone "I'll try to explain it again"
is not spared), when the sentence before it names us ("we",
"I", "us", "our") and the infinitive is not put to the customer ("we need
you to check it properly", "I'd ask you to read it properly").
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from replycheck.nlp import token_table

#: How far back from the verb the "to" of a joined infinitive may sit
#: ("to strip the interior and check").
REACH = 6
#: Words that name us as the doer of the sentence.
OURS = frozenset({"we", "i", "us", "our", "we'd", "i'd"})
#: Words before "to" that hand the infinitive to someone else.
OTHERS = frozenset({"you", "yourself", "customers", "him", "her", "them"})
#: Words that end a clause: the search for "to" stops there.
BREAKS = frozenset({".", ";", ":", "!", "?", ",", "but", "so", "because"})


def our_procedure(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) opens on the second
    verb of an infinitive of ours ("... for two days to strip the interior and check
    ..."). Reads at most ``REACH`` tokens back and the sentence's start, once
    per match."""
    idx = token_table(doc).idx
    verb = bisect_left(idx, start)
    if verb >= len(doc) or verb == 0:
        return False
    if doc[verb - 1].lower_ != "and":
        return False  # "I'll try to explain it again" is no step of a series
    to = None
    for k in range(verb - 2, max(-1, verb - 2 - REACH), -1):
        word = doc[k].lower_
        if word in BREAKS:
            return False
        if word == "to":
            to = k
            break
    if to is None or to == 0 or doc[to - 1].lower_ in OTHERS:
        return False
    sentence = doc[verb].sent
    return any(t.lower_ in OURS for t in doc[sentence.start : to])
