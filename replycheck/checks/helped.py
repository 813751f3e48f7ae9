"""Whether the sentence of a match turns, after "but", to what we will do.

"Your old provider's early exit fee is between you and them, but we'll credit
up to £60 towards it" and "Because you chose self-packing, breakages aren't
covered, but I'd like to see whether a restorer can help" name someone
else's part, or the customer's choice, on the way to our own help. A pattern
rule with ``options.spare_our_help = true`` drops a match when, later in its
own sentence, ", but" is followed by "we" or "I" and a modal or perfect of
our act ("we'll", "I'd", "we can", "I've"), not negated ("but we can't",
"but we cannot"). The rest of the sentence is read once per match, from
the match's end to the sentence's end.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from replycheck.nlp import token_table

#: Who acts: us.
US = frozenset({"we", "i"})
#: The modal or perfect of our act.
ACT_AUX = frozenset({"'ll", "will", "'d", "would", "can", "'ve", "have", "am", "'m", "are", "'re"})
#: A negation right after the modal takes the help back.
NEGATIONS = frozenset({"n't", "not", "never", "no"})


def our_help_follows(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) is followed, in its own
    sentence, by ", but we'll ..." (our act, not negated)."""
    idx = token_table(doc).idx
    stop = bisect_left(idx, end)
    if stop >= len(doc):
        return False
    sentence_end = doc[stop].sent.end
    for k in range(stop, sentence_end - 3):
        if doc[k].lower_ != "," or doc[k + 1].lower_ != "but":
            continue
        if doc[k + 2].lower_ in US and doc[k + 3].lower_ in ACT_AUX:
            after = doc[k + 4].lower_ if k + 4 < sentence_end else ""
            return after not in NEGATIONS
    return False
