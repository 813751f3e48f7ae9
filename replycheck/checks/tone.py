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
- ``pressed``: ``pressing-advice`` (demanding);
- ``hostile``: ``hostile-sentence``, ``repeated-explanation`` (rude);
- ``rhetorical``: ``rhetorical-challenge`` (rude);
- ``reminded``: ``told-at-the-time`` (rude);
- ``tautology``: ``tautology`` (rude);
- ``caused``: ``customer-caused`` (blame);
- ``shouting``: ``shouting-caps``, ``shouting-punctuation``;
- ``stance``: the sentence-level stance score (a backstop across categories),
  imported only when a rule runs it: no shipped ruleset does, and its tables
  took ~10-20 ms of every cold start.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from replycheck.checks import (
    caused,
    check,
    hostile,
    orders,
    pressed,
    reminded,
    rhetorical,
    shouting,
    tautology,
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

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

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
    "pressed",
    "quoted_tokens",
    "reminded",
    "rhetorical",
    "sentences_in_scope",
    "sentences_with",
    "shouting",
    "tautology",
    "ultimatums",
]


@check("hostile-stance")
def hostile_stance(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """``replycheck.checks.stance.hostile_stance``, imported on first use."""
    from replycheck.checks.stance import hostile_stance as run

    return run(rule, ctx)
