"""Whether a shrug of ease sums up steps laid out for the customer.

"That's all there is to it." or "Simple as that." after a refusal shuts the
door on the customer; after a list of steps that gets them what they asked
("1. Sign in ... 2. Click Your plan ... 3. Choose Individual") it tells them
the job is quick. A pattern rule with ``options.spare_after_steps`` (a list
of the words of ease in its shrugs: "simple", "all", "easy") drops a match
holding one of those words when one of the ``REACH`` paragraphs before the
match's own is a list of at least two items, and nothing after that list up
to the match refuses ("can't", "cannot", "unable", "won't", "not able"): "We
can't refund it. That's all there is to it." keeps its finding.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from spacy.tokens import Doc

from replycheck import regexcache
from replycheck.checks.tone_sentences import list_items
from replycheck.nlp import doc_text, token_table
from replycheck.refusal_words import CANNOT_OR_UNABLE

#: How many paragraphs before the match's own a list of steps may stand in.
REACH = 2
#: How many items make a list of steps, not a lone dashed line.
MIN_ITEMS = 2
#: Refusing wording between the steps and the shrug keeps the match.
_REFUSES = regexcache.compile(
    r"\b(?:" + CANNOT_OR_UNABLE + r"|won't|will not|not able|isn't possible|not possible)\b",
    re.IGNORECASE,
)
_PARAGRAPH_BREAK = regexcache.compile(r"\n[ \t]*\n")


def after_steps(doc: Doc, start: int, end: int, ease: Iterable[str]) -> bool:
    """Whether the match at ``start``-``end`` (characters) holds a word of
    ``ease`` and closes a reply's list of steps (see the module's docstring).
    Reads the match's words and the few paragraphs before it, once per match."""
    idx = token_table(doc).idx
    first, stop = bisect_left(idx, start), bisect_left(idx, end)
    words = {t.lower_ for t in doc[first:stop]}
    if not words & set(ease):
        return False
    text = doc_text(doc)
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, start)]
    starts = [0, *breaks]
    for k in range(len(starts) - 2, max(-1, len(starts) - 2 - REACH), -1):
        paragraph = text[starts[k] : starts[k + 1]]
        if list_items(paragraph) >= MIN_ITEMS:
            return _REFUSES.search(text, starts[k + 1], start) is None
    return False
