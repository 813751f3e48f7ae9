"""Tone checks that need logic a token pattern cannot express.

Each is the ``check`` of a rule in rulesets/ (demanding, rude, blame,
shouting); the rule holds the code, message, docs, word lists and examples.
The logic is about *context*: who a sentence is aimed at, whether an order is
softened or conditional, whether capitals are an acronym or a raised voice,
and whether words sit inside a quotation (the customer's words, or a button
label) rather than in the agent's own voice.

Sentiment (VADER) is only ever one signal: the hostile-sentence checks also
need the sentence to address the customer and to contain a marker word.

The checks live in one module per category; importing this module registers
them all and re-exports the helpers other modules use:

- ``tone_sentences``: ``DocView``, ``sentences_with``, ``quoted_tokens`` (shared);
- ``orders``: ``second-person-obligation``, ``bare-order`` (demanding);
- ``ultimatums``: ``ultimatum`` (demanding);
- ``hostile``: ``hostile-sentence``, ``repeated-explanation`` (rude);
- ``rhetorical``: ``rhetorical-challenge`` (rude);
- ``caused``: ``customer-caused`` (blame);
- ``shouting``: ``shouting-caps``, ``shouting-punctuation``;
- ``stance``: the sentence-level stance score (a backstop across categories).
"""

from __future__ import annotations

from replycheck.checks import (
    caused,
    hostile,
    orders,
    rhetorical,
    shouting,
    stance,
    ultimatums,
)
from replycheck.checks.shouting import is_acronym, is_capitalised_word, is_shouted_word
from replycheck.checks.tone_sentences import (
    SECOND_PERSON,
    DocView,
    doc_view,
    in_scope,
    quoted_tokens,
    sentences_in_scope,
    sentences_with,
)

__all__ = [
    "SECOND_PERSON",
    "DocView",
    "caused",
    "doc_view",
    "hostile",
    "in_scope",
    "is_acronym",
    "is_capitalised_word",
    "is_shouted_word",
    "orders",
    "quoted_tokens",
    "rhetorical",
    "sentences_in_scope",
    "sentences_with",
    "shouting",
    "stance",
    "ultimatums",
]
