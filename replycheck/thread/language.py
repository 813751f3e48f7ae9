"""Whether the customer wrote in English.

The thread lists (question words, request cues, synonyms) are English, so a
message in another language is read as noise: "¿Promociones?" or
"¿podrían revisarlo?" would come out as asks no English draft could answer,
and a Spanish reply to them as no answer at all. A message whose words are
almost never English function words is not read for asks.
"""

from __future__ import annotations

from typing import Final

from replycheck import regexcache

#: Very common English function words that other languages written in Latin
#: letters rarely use ("a", "me", "he", "se" are left out: Spanish,
#: Italian and Portuguese share them).
_ENGLISH: Final = frozenset(
    {
        *("the", "to", "and", "i", "you", "is", "it", "my", "of", "for", "in", "on"),
        *("that", "this", "your", "we", "not", "be", "have", "with", "can", "do", "are"),
        *("was", "will", "please", "what", "how", "why", "when", "at", "so", "but", "just"),
        *("get", "if", "or", "from", "an", "our", "u", "im", "i'm", "it's", "don't", "they"),
        *("been", "has", "had", "would", "could", "there", "any", "all", "still"),
        *("now", "again", "thanks", "thank", "hi", "hello", "order", "help", "yet", "no"),
        # the words of a terse service message written in fragments ("1 sofa
        # in stock? 2 assembly included 3 take away old sofa"), which has few
        # function words; spelt so only in English
        *("refund", "stock", "delivery", "invoice", "price", "cost", "fee", "included"),
        *("cancel", "charged", "bill", "upgrade", "replacement", "take", "away", "old"),
        *("new", "pls", "need", "send", "date", "deadline", "warranty", "tickets"),
    }
)
_WORD: Final = regexcache.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: ``_WORD`` for an all-ASCII text (most messages), where ``[^\W\d_]`` is
#: ``[a-zA-Z]``: the same words, found faster.
_ASCII_WORD: Final = regexcache.compile(r"[a-zA-Z]+(?:'[a-zA-Z]+)?")
#: Handles, links and hashtags say nothing about the language.
_NOISE: Final = regexcache.compile(r"[@#]\w+|https?://\S+|www\.\S+")
#: What every ``_NOISE`` match holds: most messages hold none, and skip it.
_NOISE_MARKS: Final = ("@", "#", "http", "www.")
#: A message this short cannot be told apart; it is read as English.
MIN_WORDS: Final = 5
#: Below this share of English function words a message is not English
#: (English prose runs at 35-50%, a short English complaint rarely below 20%).
MIN_SHARE: Final = 0.1


#: Only the opening of a message is read: it tells the language as well.
_READ: Final = 600


def looks_english(text: str) -> bool:
    """Whether ``text`` reads as English, or is too short to tell."""
    opening = text[:_READ].lower()
    if any(mark in opening for mark in _NOISE_MARKS):
        opening = _NOISE.sub(" ", opening)
    words = (_ASCII_WORD if opening.isascii() else _WORD).findall(opening)
    if len(words) < MIN_WORDS:
        return True
    hits = sum(map(_ENGLISH.__contains__, words))
    return hits / len(words) >= MIN_SHARE
