"""What a stretch of text is about: its content words as concept keys.

Both the customer's asks and the draft's sentences are reduced to a *topic*
(concept -> weight), so "When will it arrive?" and "Your parcel is due on
Thursday" meet on the concept ``delivery``. Filler (stop words, the
``generic`` list) weighs nothing; words common to every service email (the
``weak`` list) weigh little; numbers such as order ids weigh fully, because a
draft that repeats them is talking about the same thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from replycheck.thread.lexicon import Lexicon, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

Topic = dict[str, float]


def topic_of(doc: Doc, start: int, end: int, lexicon: Lexicon) -> Topic:
    """The topic of the tokens of ``doc`` inside ``[start, end)``."""
    topic: Topic = {}
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return topic
    folded = fold(span.text)
    taken: list[tuple[int, int]] = []  # words inside a matched phrase count once, as it
    for pattern, concept in lexicon.concept_phrases:
        for match in pattern.finditer(folded):
            topic[concept] = 1.0
            taken.append((span.start_char + match.start(), span.start_char + match.end()))
    for token in span:
        if token.is_space or token.is_punct:
            continue
        if taken and any(a <= token.idx < b for a, b in taken):
            continue
        word = fold(token.text)
        if any(c.isdigit() for c in word):
            digits = "".join(c for c in word if c.isalnum())
            if len(digits) >= 2:
                topic["#" + digits] = 1.0
            continue
        if not any(c.isalpha() for c in word) or len(word) < 2:
            continue
        concept = lexicon.concept(word)
        if token.is_stop and concept == lexicon.stem_of(word):
            continue
        weight = lexicon.weight(word)
        if weight > 0:
            topic[concept] = max(topic.get(concept, 0.0), weight)
    return topic


def overlap(asked: Topic, offered: Topic) -> tuple[float, float]:
    """How much of an ask's topic the offered text covers: (share, weight covered)."""
    total = sum(asked.values())
    if total == 0:
        return 0.0, 0.0
    covered = sum(weight for key, weight in asked.items() if key in offered)
    return covered / total, covered
