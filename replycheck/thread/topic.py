"""What a stretch of text is about: its content words as concept keys.

Both the customer's asks and the draft's sentences are reduced to a *topic*
(concept -> weight), so "When will it arrive?" and "Your parcel is due on
Thursday" meet on the concept ``delivery``. Filler (stop words, the
``generic`` list) weighs nothing; words common to every service email (the
``weak`` list) weigh little; numbers such as order ids weigh fully, because a
draft that repeats them is talking about the same thing.

Speed: a text is read once into a ``Words`` index (one regular-expression
pass, no spaCy ``Token`` objects): every word's concept key and weight, and
every concept phrase it holds. A topic of any stretch is then a slice of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate, repeat
from typing import TYPE_CHECKING, Any, Final

from replycheck import regexcache
from replycheck.calendar_words import MONTH_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from replycheck.nlp import possessive, sentence_char_spans
from replycheck.thread.lexicon import WORD, Lexicon, fold, trie_hits

if TYPE_CHECKING:
    from spacy.tokens import Doc

Topic = dict[str, float]

#: Splits a folded text into the gaps and the ``WORD``s between them.
_SPLIT: Final = regexcache.compile(f"({WORD.pattern})").split
#: The same split for a text that is all ASCII (most are): there ``[^\W_]``
#: is ``[a-zA-Z0-9]`` and ``\d`` is ``[0-9]``, and the plain classes run a
#: quarter faster.
_SPLIT_ASCII: Final = regexcache.compile(
    possessive(r"([a-zA-Z0-9]++(?:[.,][0-9]++)*+(?:'[a-zA-Z0-9]++)?+)")
).split


class Words:
    """A text's words with their topic keys, built once per text."""

    __slots__ = (
        "dated",
        "days",
        "done_acts",
        "evidence",
        "folded",
        "handles",
        "keyed",
        "lexicon",
        "phrase_starts",
        "phrases",
        "starts",
        "words",
    )

    def __init__(
        self, text: str, lexicon: Lexicon, folded: str | None = None, *, evidence: bool = True
    ) -> None:
        """Index ``text`` (``folded``: its ``fold``, when the caller has it).
        ``evidence``: whether to find the answer-cue and acknowledgement
        phrases too (``Words.evidence``), which only the draft side reads; a
        customer's message walks the smaller concept trie alone."""
        self.folded = folded = fold(text) if folded is None else folded
        # one C-level split, words at the odd places; a word starts where the
        # lengths of everything before it add up to
        parts = _SPLIT_ASCII(folded) if folded.isascii() else _SPLIT(folded)
        self.words = words = parts[1::2]
        self.starts = list(accumulate(map(len, parts)))[0:-1:2]
        self.lexicon = lexicon
        #: (first word, end word, concept) for each concept phrase, in order
        self.phrases: list[tuple[int, int, str]]
        #: (first word, end word, evidence lists) for each answer-cue phrase
        #: (empty when not asked for)
        self.evidence: list[tuple[int, int, frozenset[str]]]
        if evidence:
            hits = trie_hits(lexicon.combined_index, words)
            self.phrases = [(a, b, value[0]) for a, b, value in hits if value[0] is not None]
            self.evidence = [(a, b, value[1]) for a, b, value in hits if value[1] is not None]
        else:
            self.phrases = trie_hits(lexicon.phrase_index, words)
            self.evidence = []
        if lexicon.back_verbs and "back" in words:
            self.phrases = _sent_back(words, lexicon.back_verbs, self.phrases)
        self.phrase_starts = [hit[0] for hit in self.phrases]
        #: words right after an "@" (a handle, "@SpotifyCares", or an email
        #: domain): they name who is talked to, not what about
        self.handles: frozenset[int] = _after_at(folded, self.starts) if "@" in folded else _NONE
        #: every word's topic key and weight (None for filler), looked up on
        #: the first topic asked for (see ``_loose_entries``)
        self.keyed: list[tuple[str, float] | None] | None = None
        #: the indices of the words that are a day of the month ("the 9th",
        #: "Tuesday 15th"), found with ``keyed`` (see ``_day_numbers``)
        self.days: list[int] = []
        #: whether to find them: on the draft side only (``evidence``), where
        #: a day given answers a date asked ("Can you do that date?" <- "We
        #: can do the 9th"); an ask's own day ("the keys on the 1st") places
        #: what it asks, which a date elsewhere in the draft does not answer
        self.dated = evidence
        #: the acts each sentence tells as done, by its word range, read on
        #: the first ask that asks for an act (``answered._done_acts``): they
        #: depend on the sentence alone, and every ask tests every sentence
        self.done_acts: dict[tuple[int, int], list[tuple[str, str, list[str]]]] | None = None

    def range(self, start: int, end: int) -> tuple[int, int]:
        """The word indices ``[first, last)`` of the words starting inside ``[start, end)``."""
        return bisect_left(self.starts, start), bisect_left(self.starts, end)

    def holds(
        self, phrases: tuple[dict[str, Any], re.Pattern[str] | None], start: int, end: int
    ) -> bool:
        """Whether ``[start, end)`` holds a phrase of a word trie (plus its
        fallback pattern). Only the stretch's words are walked: it is asked of
        one or two clauses per text, far fewer words than the whole text."""
        trie, fallback = phrases
        first, last = self.range(start, end)
        if trie_hits(trie, self.words[first:last]):
            return True
        return fallback is not None and fallback.search(self.folded, start, end) is not None

    @property
    def keys(self) -> list[tuple[str, float] | None]:
        """Every word's topic key and weight (None for filler)."""
        return [self.lexicon.topic_key(word) for word in self.words]

    def end_of(self, index: int) -> int:
        """Where word ``index`` ends in the text."""
        return self.starts[index] + len(self.words[index])

    def topic(self, start: int, end: int) -> Topic:
        """The topic of the words starting inside ``[start, end)``: the
        entries of ``_entries``, in its order, each key at its highest weight.
        Asked for every sentence of every draft, so it reads the concepts and
        the loose words' entries as lists rather than through the generator."""
        first, last = self.range(start, end)
        concepts, taken = self._concepts(first, last)
        topic: Topic = dict.fromkeys(concepts, 1.0)
        get = topic.get
        for key, weight in self._loose_entries(first, last, taken):
            if get(key, 0.0) < weight:
                topic[key] = weight
        days = self.days
        if days and bisect_left(days, first) < bisect_left(days, last):
            # a day number is a date as well as its own number: "We can do
            # the 9th" answers "Can you do that date?"
            topic[_DATE] = 1.0
        return topic

    def counts(self, start: int, end: int) -> dict[str, int]:
        """How often each topic key of ``[start, end)`` occurs there (concept
        phrases count once, as in ``topic``). The entries of ``_entries``,
        read as lists, as ``topic`` does: asked of every message that asks
        something."""
        first, last = self.range(start, end)
        concepts, taken = self._concepts(first, last)
        found: dict[str, int] = {}
        get = found.get
        for concept in concepts:
            found[concept] = get(concept, 0) + 1
        for key, _ in self._loose_entries(first, last, taken):
            found[key] = get(key, 0) + 1
        return found

    def _entries(self, start: int, end: int) -> Iterator[tuple[str, float]]:
        """``(key, weight)`` for each concept phrase inside ``[start, end)``,
        then for each word not in one; keys are looked up only for the
        stretches asked about (memoized per word)."""
        first, last = self.range(start, end)
        concepts, taken = self._concepts(first, last)
        for concept in concepts:
            yield concept, 1.0
        yield from self._loose_entries(first, last, taken)

    def _concepts(self, first: int, last: int) -> tuple[list[str], set[int]]:
        """The concept phrases wholly inside words ``[first, last)``, in
        order, and the indices of the words they take."""
        concepts: list[str] = []
        taken: set[int] = set()
        if self.phrases:
            at = bisect_left(self.phrase_starts, first)
            for a, b, concept in self.phrases[at:]:
                if a >= last:
                    break
                if b <= last:
                    concepts.append(concept)
                    taken.update(range(a, b))
        return concepts, taken

    def word_keys(self, first: int, last: int, *, spread: bool = False) -> dict[int, str]:
        """Each word's topic key in words ``[first, last)``: a concept
        phrase's at its first word (at every word of it with ``spread``), a
        loose word's own elsewhere; filler has none."""
        keys: dict[int, str] = {}
        taken: set[int] = set()
        at = bisect_left(self.phrase_starts, first)
        for a, b, concept in self.phrases[at:]:
            if a >= last:
                break
            if b <= last:
                if spread:
                    keys.update(dict.fromkeys(range(a, b), concept))
                else:
                    keys[a] = concept
                    taken.update(range(a + 1, b))
        keyed = self.key_table()
        for i in range(first, last):
            entry = keyed[i]
            if i not in keys and i not in taken and entry is not None:
                keys[i] = entry[0]
        return keys

    def _loose_entries(self, first: int, last: int, taken: set[int]) -> list[tuple[str, float]]:
        """``(key, weight)`` for each of words ``[first, last)`` outside concept
        phrases and handles that has a topic key. Every word's key is looked
        up once per text, on the first call (``keyed``): the sentences' topics
        together read every word anyway, and one C-level pass over the
        lexicon's memo costs less than a Python loop per stretch."""
        keyed = self.key_table()
        handles = self.handles
        if taken or handles:  # most stretches have neither
            return [
                entry
                for i in range(first, last)
                if i not in taken and i not in handles and (entry := keyed[i]) is not None
            ]
        return list(filter(None, keyed[first:last]))

    def key_table(self) -> list[tuple[str, float] | None]:
        """Every word's topic key and weight (None for filler), looked up on
        the first call and kept (``keyed``)."""
        keyed = self.keyed
        if keyed is None:
            keyed = self.keyed = self._keyed()
            if self.dated and _DAY_NUMBER_GATE.search(self.folded) is not None:
                self.days = self._day_numbers(keyed)
        return keyed

    def _day_numbers(self, keyed: list[tuple[str, float] | None]) -> list[int]:
        """The indices of the words that are a day of the month: an ordinal
        from 1st to 31st after "the", a weekday or a word of when ("on",
        "by", "before"), and not naming a thing after it ("the 3rd floor",
        "on the 2nd attempt"): the next word is filler, a time or a month."""
        words = self.words
        starts = self.starts
        found: list[int] = []
        for match in _DAY_NUMBER.finditer(self.folded):
            i = bisect_left(starts, match.start())
            if i == 0 or i >= len(words) or starts[i] != match.start():
                continue
            if words[i - 1] not in _BEFORE_DAY:
                continue
            if i + 1 < len(words):
                after = keyed[i + 1]
                if not (after is None or after[0] in _DATE_KEYS or words[i + 1] in MONTH_WORDS):
                    continue
            found.append(i)
        return found

    def _keyed(self) -> list[tuple[str, float] | None]:
        """Every word's topic key and weight (None for filler): read off the
        lexicon's memo in one pass, the few words not in it looked up."""
        lexicon = self.lexicon
        found: list[tuple[str, float] | bool | None] = list(
            map(lexicon._keys.get, self.words, repeat(False))
        )
        if False in found:  # a key is a tuple or None, never equal to False
            topic_key = lexicon.topic_key
            words = self.words
            found = [topic_key(words[i]) if k is False else k for i, k in enumerate(found)]
        return found  # type: ignore[return-value]


_NONE: Final[frozenset[int]] = frozenset()

#: The concept a day number stands for (``Words.topic``).
_DATE: Final = "date"
#: Concepts that may follow a day number said as a date ("the 9th in the
#: morning", "Tuesday 15th, lunchtime").
_DATE_KEYS: Final = frozenset({"date", "daytime"})
#: A day of the month said as an ordinal ("9th", "21st", "31st").
_DAY_NUMBER: Final = regexcache.compile(r"\b(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b")
#: Cheap test that a text may hold one (most texts hold none).
_DAY_NUMBER_GATE: Final = regexcache.compile(r"\d(?:st|nd|rd|th)\b")
#: Words that say an ordinal after them is a day: "the", a weekday, or a
#: word of when ("on the 9th" reads "the"; "by 20th", "Tuesday 15th").
_BEFORE_DAY: Final = (
    frozenset({"the", "on", "by", "before", "after", "until", "till", "from", "for"})
    | WEEKDAYS
    | WEEKDAY_ABBREVIATIONS
)


def _after_at(folded: str, starts: list[int]) -> frozenset[int]:
    """The indices of the words that start right after an "@" (see
    ``Words.handles``): found from each "@" (a tweet holds a few) rather than
    by testing the character before every word."""
    found = []
    at = folded.find("@")
    while at >= 0:
        index = bisect_left(starts, at + 1)
        if index < len(starts) and starts[index] == at + 1:
            found.append(index)
        at = folded.find("@", at + 1)
    return frozenset(found)


def topic_of(doc: Doc | str, start: int, end: int, lexicon: Lexicon) -> Topic:
    """The topic of ``[start, end)`` of a text (a ``Doc`` or a string); for
    many stretches of one text, build ``Words`` once and call ``topic``."""
    text = doc if isinstance(doc, str) else doc.text
    return Words(text[start:end], lexicon).topic(0, end - start)


def sentence_bounds(doc: Doc, length: int | None = None) -> list[tuple[int, int]]:
    """Character bounds of the ``Doc``'s sentences (no ``Span`` objects); each
    runs to the next sentence's start (the last to ``length``, the length of
    the text the ``Doc`` was made from), so callers trim the whitespace
    between them. Reads the token offsets and sentence starts every check
    shares (kept in ``doc.user_data``), so the draft's are not read twice."""
    if not len(doc):
        return []
    bounds = sentence_char_spans(doc)
    if length is not None and bounds[-1][1] != length:
        bounds[-1] = (bounds[-1][0], length)
    return bounds


def overlap(asked: Topic, offered: Topic, total: float = -1.0) -> tuple[float, float]:
    """How much of an ask's topic the offered text covers: (share, weight
    covered). ``total`` is ``sum(asked.values())`` when the caller has it
    (read once per ask, not per sentence); left out, it is summed here."""
    if total < 0:
        total = sum(asked.values())
    if total == 0:
        return 0.0, 0.0
    # a loop, not ``sum`` of a generator: asked for every ask and sentence,
    # and a generator's frame steps cost more than the few keys summed
    covered = 0.0
    for key, weight in asked.items():
        if key in offered:
            covered += weight
    return covered / total, covered


#: The concept a sending verb with its object between it and "back" names.
_SENT_BACK: Final = "return"


def _sent_back(
    words: list[str], verbs: frozenset[str], phrases: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``phrases`` with a return added for each "back" after a sending verb
    (the option ``back_verbs``) and its object: "send the broken one back",
    "post the old charger back" return the thing however it is named. The
    "back" takes the concept, so the verb keeps its own (a postage asked
    about is still named) and the words between keep theirs. A "back" inside
    a concept phrase already ("bring her back in" is an appointment) keeps
    that phrase's concept. One pass: each "back" looks at most three words
    behind."""
    covered: set[int] | None = None
    added: list[tuple[int, int, str]] = []
    for k, word in enumerate(words):
        if word != "back" or not any(words[j] in verbs for j in range(max(0, k - 4), k - 1)):
            continue
        if covered is None:
            covered = {i for a, b, _ in phrases for i in range(a, b)}
        if k not in covered:
            added.append((k, k + 1, _SENT_BACK))
    if not added:
        return phrases
    return sorted([*phrases, *added], key=lambda hit: hit[0])
