"""Thread awareness: what the customer asked, and whether the draft answers it.

- ``asked``: find questions and requests in the customer's message.
- ``answers``: what each draft sentence offers as an answer.
- ``answered``: match the two.
- ``topic`` and ``lexicon``: the light word machinery both sides share (the
  default pipeline has no lemmatizer, so stems and concept groups stand in).

The check that reports unanswered asks is ``replycheck.checks.unanswered``.
"""

from __future__ import annotations

from replycheck.thread.answered import addressed
from replycheck.thread.answers import Statement, read_draft
from replycheck.thread.asked import Ask, find_asked
from replycheck.thread.lexicon import Lexicon, default_lexicon, lexicon_for

__all__ = [
    "Ask",
    "Lexicon",
    "Statement",
    "addressed",
    "default_lexicon",
    "find_asked",
    "lexicon_for",
    "read_draft",
]
