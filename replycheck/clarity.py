"""The clarity score: how easily a customer can read the agent's own words.

``measure(doc, message)`` reads the body of the draft (the agent's words
only: quoted customer text is blanked in the view the ``Doc`` was made from,
and greeting, sign-off and signature lie outside the body region) and
returns a ``Clarity``: a 0-100 score plus the measures behind it.

The measures are the two standard Flesch readability formulas (the same ones
textstat computes, with the same CMU syllable counts, but offline and without
importing textstat or nltk) and what makes an *email* hard to read: long
sentences, walls of text, passive voice and rare long words. Each measure maps
to a 0-1 sub-score between a "clear" and a "muddled" threshold; the score is
their weighted mean. docs/clarity.md explains every threshold and weight.

One pass over the words and tokens, so the cost is linear in the text; the
per-sentence and per-paragraph numbers are kept (``analyse``) for the clarity
checks in ``replycheck.checks.clarity``, computed once per ``Doc``.
"""

from __future__ import annotations

import importlib.util
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple, Protocol

from replycheck import regexcache
from replycheck.message.tags import tag_start
from replycheck.model import Clarity
from replycheck.nlp import has_parse, has_sentences, possessive, sentence_char_spans
from replycheck.syllables import pronunciation, syllables

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "LONG_SENTENCE_WORDS",
    "SUBSCORES",
    "Analysis",
    "ParagraphStats",
    "SentenceStats",
    "Subscore",
    "analyse",
    "measure",
    "measure_text",
    "score",
    "subscores",
]

# -- the score ---------------------------------------------------------------


@dataclass(frozen=True)
class Subscore:
    """One measure's contribution: 1.0 at or better than ``clear``, 0.0 at
    or worse than ``muddled``, linear in between; ``weight`` of the total."""

    measure: str
    clear: float
    muddled: float
    weight: float
    label: str

    def value(self, measured: float) -> float:
        span = self.muddled - self.clear
        return min(1.0, max(0.0, 1.0 - (measured - self.clear) / span))


#: The score's parts (docs/clarity.md gives the reasons for each number).
SUBSCORES: Final[tuple[Subscore, ...]] = (
    Subscore(
        "reading_ease",
        clear=70.0,
        muddled=30.0,
        weight=0.25,
        label="hard words and long sentences (low reading ease)",
    ),
    Subscore(
        "mean_sentence_words",
        clear=15.0,
        muddled=30.0,
        weight=0.15,
        label="long sentences on average",
    ),
    Subscore(
        "long_sentence_share",
        clear=0.0,
        muddled=0.4,
        weight=0.15,
        label="many sentences over 25 words",
    ),
    Subscore(
        "longest_paragraph_words", clear=80.0, muddled=200.0, weight=0.15, label="a wall of text"
    ),
    Subscore("passive_share", clear=0.1, muddled=0.5, weight=0.10, label="passive voice"),
    Subscore("complex_word_share", clear=0.05, muddled=0.20, weight=0.10, label="rare long words"),
    Subscore(
        "jargon_share",
        clear=0.02,
        muddled=0.10,
        weight=0.10,
        label="shorthand and insider acronyms",
    ),
)

#: A sentence longer than this counts towards ``long_sentence_share``.
LONG_SENTENCE_WORDS: Final = 25


def subscores(measures: dict[str, float]) -> dict[str, float]:
    """Each part's 0-1 sub-score for the given measures."""
    return {part.measure: part.value(measures[part.measure]) for part in SUBSCORES}


def score(measures: dict[str, float]) -> float:
    """The 0-100 clarity score: the weighted mean of the sub-scores.

    A body with no words scores 0 (there is nothing clear to read); the
    clarity checks stay silent on bodies that short.
    """
    if not measures.get("words"):
        return 0.0
    # ``Subscore.value`` inlined, over the parts' fixed numbers, and its
    # ``min(1.0, max(0.0, value))`` as comparisons: a ``min`` or ``max`` call
    # parses keyword arguments in C each time, most of the score's cost.
    parts = []
    for name, clear, span, weight in _SCORE_PARTS:
        value = 1.0 - (measures[name] - clear) / span
        if not value > 0.0:
            value = 0.0
        elif not value < 1.0:
            value = 1.0
        parts.append(value * weight)
    return 100.0 * sum(parts) / _TOTAL_WEIGHT


_SCORE_PARTS: Final = tuple(
    (part.measure, part.clear, part.muddled - part.clear, part.weight) for part in SUBSCORES
)
_TOTAL_WEIGHT: Final = sum(part.weight for part in SUBSCORES)


# -- what is measured ---------------------------------------------------------


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class _Regions(Protocol):
    """What ``measure`` reads of a ``Message`` (read-only: a ``Message`` and
    its regions are frozen)."""

    @property
    def own(self) -> str: ...
    @property
    def body(self) -> _Span: ...
    @property
    def paragraphs(self) -> Sequence[_Span]: ...


class SentenceStats(NamedTuple):
    """A body sentence: ``[start, end)`` trimmed of surrounding whitespace.

    A named tuple rather than a frozen dataclass: a draft has a dozen and
    more, all made for the score, and a frozen dataclass takes three times as
    long to make (each field set through ``object.__setattr__``)."""

    start: int
    end: int
    words: int
    passives: int


class ParagraphStats(NamedTuple):
    """A body paragraph: ``[start, end)`` trimmed, and its word count."""

    start: int
    end: int
    words: int


@dataclass(frozen=True)
class Analysis:
    """Everything measured in one body, kept for the clarity checks."""

    sentences: tuple[SentenceStats, ...]
    paragraphs: tuple[ParagraphStats, ...]
    clarity: Clarity
    jargon: tuple[tuple[int, int], ...] = ()


# Words as readers count them: "don't", "well-known", "8am", "1,250.00".
# (Possessive quantifiers, the same matches: see ``nlp.possessive``.)
_WORD: Final = regexcache.compile(
    possessive(
        r"\d++(?:[.,:/]\d++)*+[^\W_]*+"
        r"|[^\W\d_][^\W_]*+(?:['\u2019\-][^\W_]++)*+"
    )
)
#: ``_WORD`` for ASCII text, where ``\d`` is ``[0-9]`` and ``[^\W_]`` is
#: ``[A-Za-z0-9]``: the same matches, found faster.
_WORD_ASCII: Final = regexcache.compile(
    possessive(
        r"[0-9]++(?:[.,:/][0-9]++)*+[A-Za-z0-9]*+"
        r"|[A-Za-z][A-Za-z0-9]*+(?:['\-][A-Za-z0-9]++)*+"
    )
)
_BLANK_LINE: Final = regexcache.compile(r"\n[ \t\r\f\v]*\n")


@dataclass(frozen=True)
class _Region:
    start: int
    end: int


@dataclass(frozen=True)
class _Text:
    """A plain text read as one body (for ``measure_text`` and evaluations)."""

    own: str
    body: _Region
    paragraphs: tuple[_Region, ...]


#: Where ``analyse`` keeps a ``Doc``'s analyses (body bounds -> ``Analysis``):
#: in the ``Doc``'s own ``user_data``, like the token tables of
#: ``replycheck.nlp``, so the six readers per draft (the score and five
#: checks) pay one dictionary lookup each, not a weak reference each.
_ANALYSES: Final = "replycheck.clarity"


def measure(doc: Doc, message: _Regions) -> Clarity:
    """The clarity of the draft's body (see the module docstring)."""
    return analyse(doc, message).clarity


def analyse(doc: Doc, message: _Regions) -> Analysis:
    """Measure the body once per ``Doc``; later calls (the clarity checks)
    get the same ``Analysis``."""
    key = (message.body.start, message.body.end)
    per_doc: dict[tuple[int, int], Analysis] | None = doc.user_data.get(_ANALYSES)
    if per_doc is None:
        per_doc = doc.user_data[_ANALYSES] = {}
    found = per_doc.get(key)
    if found is None:
        found = per_doc[key] = _analyse(doc, message)
    return found


def measure_text(text: str, *, line_paragraphs: bool = False, nlp: object = None) -> Clarity:
    """The clarity of a plain text taken whole as the body (no email parsing).

    Paragraphs are separated by blank lines, or by every line break with
    ``line_paragraphs``. ``nlp`` is a callable making a ``Doc`` with sentence
    boundaries (default: replycheck's own pipeline).
    """
    if nlp is None:
        from replycheck.nlp import shared_pipeline

        nlp = shared_pipeline()
    doc = nlp(text)  # type: ignore[operator]
    return measure(doc, plain_regions(text, line_paragraphs=line_paragraphs))


def plain_regions(text: str, *, line_paragraphs: bool = False) -> _Text:
    """Body and paragraphs of a plain text (everything is body)."""
    breaks = regexcache.compile(r"\n") if line_paragraphs else _BLANK_LINE
    return _Text(text, _Region(0, len(text)), tuple(_paragraphs(text, 0, len(text), breaks)))


def _paragraphs(text: str, start: int, end: int, breaks: re.Pattern[str]) -> Iterable[_Region]:
    cursor = start
    for match in breaks.finditer(text, start, end):
        if text[cursor : match.start()].strip():
            yield _Region(cursor, match.start())
        cursor = match.end()
    if text[cursor:end].strip():
        yield _Region(cursor, end)


def _analyse(doc: Doc, message: _Regions) -> Analysis:
    text = message.own
    body_start, body_end = message.body.start, message.body.end
    parsed = has_parse(doc)
    sentences = _sentences(doc, text, body_start, body_end, parsed)
    # (``max``/``min`` as comparisons, here and below: the calls cost more.)
    paragraphs = [
        (
            body_start if body_start > p.start else p.start,
            body_end if body_end < p.end else p.end,
        )
        for p in message.paragraphs
        if p.start < body_end and body_start < p.end
    ] or [(p.start, p.end) for p in _paragraphs(text, body_start, body_end, _BLANK_LINE)]

    # The words and their offsets, read off the matches by C-level ``map``
    # calls (no Python loop over the words).
    matches = list((_WORD_ASCII if text.isascii() else _WORD).finditer(text, body_start, body_end))
    groups = list(map(_match_text, matches))
    starts = list(map(_match_start, matches))
    facts = list(map(_facts_of, groups))
    words = len(groups)
    sentence_words = [0] * len(sentences)
    sentence_passives = [0] * len(sentences)
    first_words = {0}  # the first word after each sentence end starts a sentence
    # Words with a piece that may start a passive ("is", "got", "'s"): a
    # sentence with none has no passive, and the costlier tests are skipped.
    auxiliary = [] if parsed else list(map(_fifth, facts))
    # Words that may be the participle ("sent", "refunded"): a passive needs
    # one after its auxiliary, so most sentences with an auxiliary ("we are
    # happy to help") are settled without reading their words one by one.
    participles = [] if parsed else list(map(_sixth, facts))
    for s, (start, end) in enumerate(sentences):
        low, high = bisect_left(starts, start, 0, words), bisect_left(starts, end, 0, words)
        sentence_words[s] = high - low
        if high > low and not parsed and True in auxiliary[low:high]:
            first_auxiliary = auxiliary.index(True, low, high)
            if True in participles[first_auxiliary + 1 : high]:
                # Words before the first auxiliary start no passive; one word
                # before it is kept for the pronoun before a bare "'s".
                if first_auxiliary - 1 > low:
                    low = first_auxiliary - 1
                sentence_passives[s] = _passive_count(text, starts[low:high], groups[low:high])
        first_words.add(high)
    paragraph_words = [
        bisect_left(starts, end) - bisect_left(starts, start) for start, end in paragraphs
    ]
    syllable_total = sum(map(_first, facts))
    complex_words = sum(map(_third, facts))  # as if no word started a sentence
    for i in first_words:
        if i < words:
            fact = facts[i]
            complex_words += fact[1] - fact[2]
    jargon: list[tuple[int, int]] = [
        (starts[i], starts[i] + len(groups[i]))
        for i in compress(range(words), map(_fourth, facts))
        if not (facts[i][1] if i in first_words else facts[i][2])
        and not _is_reference(text, starts[i], starts[i] + len(groups[i]))
    ]
    if parsed:
        s = 0
        for at in _parsed_passives(doc, body_start, body_end):
            while s < len(sentences) and sentences[s][1] <= at:
                s += 1
            if s < len(sentences) and sentences[s][0] <= at:
                sentence_passives[s] += 1

    kept = [
        SentenceStats(start, end, n, passives)
        for (start, end), n, passives in zip(
            sentences, sentence_words, sentence_passives, strict=True
        )
        if n
    ]
    # The kept sentences over the length limit, and those with a passive
    # (``compress`` keeps the counts of sentences with words).
    long_sentences = sum(map(LONG_SENTENCE_WORDS.__lt__, sentence_words))
    passive_sentences = sum(map(bool, compress(sentence_passives, sentence_words)))
    if ("/" in text or "=" in text or "+" in text) and (
        text.find("/", body_start, body_end) >= 0
        or text.find("=", body_start, body_end) >= 0
        or text.find("+", body_start, body_end) >= 0
    ):
        jargon.extend(m.span() for m in _SYMBOLIC_SHORTHAND.finditer(text, body_start, body_end))
    jargon.sort()
    measures = _measures(
        words=words,
        syllable_total=syllable_total,
        complex_words=complex_words,
        jargon_words=len(jargon),
        sentences=len(kept),
        long_sentences=long_sentences,
        passive_sentences=passive_sentences,
        paragraph_words=paragraph_words,
    )
    clarity = Clarity(
        score=score(measures),
        reading_ease=measures["reading_ease"],
        grade_level=measures["grade_level"],
        measures=measures,
    )
    stats = tuple(
        ParagraphStats(*_trim(text, start, end), n)
        for (start, end), n in zip(paragraphs, paragraph_words, strict=True)
        if n
    )
    return Analysis(tuple(kept), stats, clarity, tuple(jargon))


_first = itemgetter(0)
_third = itemgetter(2)
_fourth = itemgetter(3)
_fifth = itemgetter(4)
_sixth = itemgetter(5)
_match_text = re.Match.group
_match_start = re.Match.start


def _measures(
    *,
    words: int,
    syllable_total: int,
    complex_words: int,
    jargon_words: int,
    sentences: int,
    long_sentences: int,
    passive_sentences: int,
    paragraph_words: list[int],
) -> dict[str, float]:
    """The named measures; Flesch's formulas as textstat computes them.
    ``sentences`` counts the sentences with words; ``long_sentences`` those
    over ``LONG_SENTENCE_WORDS``, ``passive_sentences`` those with a passive."""
    count = sentences
    if not words or not count:
        return {
            "reading_ease": 0.0, "grade_level": 0.0, "words": float(words),
            "sentences": float(count), "mean_sentence_words": 0.0,
            "long_sentence_share": 0.0, "longest_paragraph_words": 0.0,
            "passive_share": 0.0, "complex_word_share": 0.0, "jargon_share": 0.0,
            "syllables_per_word": 0.0,
        }  # fmt: skip
    words_per_sentence = words / count
    syllables_per_word = syllable_total / words
    jargon_share = jargon_words / words
    return {
        "reading_ease": 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word,
        "grade_level": 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59,
        "words": float(words),
        "sentences": float(count),
        "mean_sentence_words": words_per_sentence,
        "long_sentence_share": long_sentences / count,
        "longest_paragraph_words": float(max(paragraph_words, default=0)),
        "passive_share": passive_sentences / count,
        "complex_word_share": complex_words / words,
        "jargon_share": jargon_share if jargon_share < 1.0 else 1.0,
        "syllables_per_word": syllables_per_word,
    }


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentences(
    doc: Doc, text: str, start: int, end: int, parsed: bool | None = None
) -> list[tuple[int, int]]:
    """Body sentences as trimmed ``(start, end)`` offsets, in order."""
    if parsed is None:
        parsed = has_parse(doc)
    spans: Iterable[tuple[int, int]]
    if parsed or has_sentences(doc):
        spans = sentence_char_spans(doc)
    else:  # a Doc made without sentence boundaries: split after . ! ?
        spans = _naive_sentences(text, start, end)
    found = []
    for sent_start, sent_end in spans:
        if sent_end <= start:
            continue
        if sent_start >= end:
            break
        clipped = _trim(
            text,
            start if start > sent_start else sent_start,
            end if end < sent_end else sent_end,
        )
        if clipped[0] < clipped[1]:
            found.append(clipped)
    return found


_SENTENCE_END: Final = regexcache.compile(r"[.!?]+(?=\s)|\n[ \t]*\n")


def _naive_sentences(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        yield cursor, match.end()
        cursor = match.end()
    yield cursor, end


# -- complex words ------------------------------------------------------------


def _set(words: str) -> frozenset[str]:
    """A word set written as one readable string."""
    return frozenset(words.split())


#: Everyday words of customer service that have 3+ syllables but no reader
#: stumbles on; the Dale-Chall list (1948) predates most of them.
FAMILIAR: Final = _set(
    """
    account accounts address additional again already another anything
    anyone anytime area available business calendar camera company computer
    confirmation customer customers deliveries delivery different email
    everybody everyone everything example family furniture holiday hospital
    however important information internet library manager medium
    message messages online opportunity order ordered ordering personal
    possible probably question questions really recipient refunded
    regarding replacement security service services similar telephone
    today tomorrow totally usually video whatever wherever yesterday
    """
)


@lru_cache(maxsize=1)
def dale_chall_words() -> frozenset[str]:
    """The Dale-Chall list of ~3,000 words familiar to most 4th-graders, as
    textstat ships it, read from its resource file without importing textstat
    (which imports nltk, about a second); empty if the file is missing."""
    spec = importlib.util.find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations)), "resources", "en", "easy_words.txt")
    try:
        return frozenset(path.read_text("utf-8").split())
    except OSError:
        return frozenset()


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """Words no reader stumbles on: Dale-Chall's list plus ``FAMILIAR``."""
    return FAMILIAR | frozenset(word.lower() for word in dale_chall_words())


def _bases(word: str) -> Iterable[str]:
    """Forms of ``word`` without an inflection (-s, -es, -ed, -ing, -ly)."""
    yield word
    if word.endswith("ies") and len(word) > 4:
        yield word[:-3] + "y"
    if word.endswith("ied") and len(word) > 4:
        yield word[:-3] + "y"
    if word.endswith("ily") and len(word) > 4:
        yield word[:-3] + "y"
    for suffix in ("ing", "ed", "es", "ly", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            yield stem
            if suffix in ("ing", "ed"):
                yield stem + "e"
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    yield stem[:-1]  # stopped -> stop


@lru_cache(maxsize=65536)
def _is_complex_form(lower: str) -> bool:
    if not lower.isalpha():
        return False  # numbers, codes, hyphenated compounds, contractions
    easy = _easy_words()
    stem_syllables = None
    for base in _bases(lower):
        if base in easy:
            return False
        if base != lower and stem_syllables is None and pronunciation(base) is not None:
            stem_syllables = syllables(base)
    # Gunning's rule: -es, -ed, -ing do not make a word complex.
    return (stem_syllables if stem_syllables is not None else syllables(lower)) >= 3


#: What the analysis reads of one word: syllables; complex at a sentence's
#: start; complex inside one; jargon; may start a passive; may end one (see
#: ``_word_facts``).
_Facts = tuple[int, bool, bool, bool, bool, bool]


def _word_facts(word: str) -> _Facts:
    """Syllables; complex at a sentence's start; complex inside one; jargon;
    whether a piece of it may start a passive (``_may_be_auxiliary``); whether
    it may be a passive's participle (``_may_be_participle``)."""
    count = syllables(word)
    complex_at_start = count >= 3 and _is_complex(word, True)
    complex_inside = count >= 3 and _is_complex(word, False)
    return (
        count,
        complex_at_start,
        complex_inside,
        _is_jargon(word),
        _may_be_auxiliary(word),
        _may_be_participle(word),
    )


#: How many words ``_FactsCache`` keeps before it starts again (a module
#: constant: a dict subclass in a mypyc-compiled module has no class
#: attributes of its own to read).
_FACTS_LIMIT: Final = 1 << 16


class _FactsCache(dict[str, _Facts]):
    """``_word_facts`` per distinct word, computed on first sight. Read as
    ``map(cache.__getitem__, words)``, a hit is one C-level dict lookup, a
    fraction of an ``lru_cache`` call; cleared when it outgrows ``_FACTS_LIMIT``."""

    def __missing__(self, word: str) -> _Facts:
        if len(self) >= _FACTS_LIMIT:
            self.clear()
        facts = self[word] = _word_facts(word)
        return facts


_facts_of = _FactsCache().__getitem__


def _is_complex(word: str, sentence_start: bool) -> bool:
    """Three or more syllables (stem), not on the familiar lists, and not a
    name (capitalised inside a sentence) or an acronym."""
    if not sentence_start and word[:1].isupper():
        return False
    if word.isupper() and len(word) > 1:
        return False
    return _is_complex_form(word.lower())


# -- jargon and shorthand -----------------------------------------------------

#: Abbreviations written for colleagues, not customers ("pls advise", "orig
#: PM", "attr mapping").
SHORTHAND: Final = _set(
    """
    pls plz thx thnx fyi asap eta approx orig probs prob val attr attrs prov req
    reqs acct accts amt amts qty tbc tbd eod cob wd wds bd btw imo afaik dept govt
    esp incl excl misc msg msgs pmt pmts txn txns cust custs mgr mgmt ack pref
    prefs cfg perms env repo re dir
    """
)
#: Acronyms most customers know; others read as insider jargon.
COMMON_ACRONYMS: Final = _set(
    """
    OK UK US USA EU UN PIN ID PDF TV PC SMS GPS ATM VAT FAQ DIY NHS USB URL AM PM DM
    BBC CEO HR DVD CD MOT PS QR SIM APR IBAN ISA GP ASAP RSVP SUV LTD PLC UPS DHL
    UTC GMT BST CET CSV ZIP EV AI GB MB KB TB HD LED DNA HMRC DVLA MMR ISP JPG PNG
    """
)
_SYMBOLIC_SHORTHAND: Final = regexcache.compile(
    r"(?<![\w/])(?:n/a|w/o|w/|b/c|=|\+)(?![\w/])", re.IGNORECASE
)
_ACRONYM: Final = regexcache.compile(r"[A-Z][A-Z0-9&]{1,5}s?")
_CAMEL: Final = regexcache.compile(r"[a-z][a-z]*[A-Z]")


#: Whitespace-free chunks that are addresses, not words: links, emails, handles.
_ADDRESS: Final = regexcache.compile(r"://|www\.|@")


def _is_reference(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` is an agent's initials tag
    (``replycheck.message.tags``), or part of a link, an email address or a
    handle: none of them is jargon the customer has to read."""
    if text[start].isupper() and tag_start(text, start, end) is not None:
        return True
    chunk_start, chunk_end = start, end
    while chunk_start > 0 and not text[chunk_start - 1].isspace():
        chunk_start -= 1
    while chunk_end < len(text) and not text[chunk_end].isspace():
        chunk_end += 1
    return _ADDRESS.search(text, chunk_start, chunk_end) is not None


@lru_cache(maxsize=65536)
def _is_jargon(word: str) -> bool:
    """Shorthand ("pls"), an acronym few customers know ("SCIM") or a code
    identifier ("givenName", "IdP"). Words with digits are references
    (order, flight, model and promo codes), not jargon; capitalised camelCase
    words of five or more letters are brand names ("DashPass")."""
    if word.lower() in SHORTHAND:
        return True
    if any(char.isdigit() for char in word):
        return False
    if "-" in word:
        parts = [part for part in word.split("-") if part]
        if word.isupper() and any(len(part) >= 4 for part in parts):
            return False  # "NON-REFUNDABLE" is shouting
        return any(_is_jargon_part(part) for part in parts)
    return _is_jargon_part(word)


def _is_jargon_part(word: str) -> bool:
    lower = word.lower()
    if _ACRONYM.fullmatch(word):
        bare = word[:-1] if word.endswith("s") else word
        if bare in COMMON_ACRONYMS or lower in _easy_words():
            return False
        return len(word) < 4 or pronunciation(lower) is None  # "REFUND" is shouting
    if not _CAMEL.match(word, 1) or pronunciation(lower) is not None:
        return False
    return word[0].islower() or len(word) <= 4


# -- passive voice ------------------------------------------------------------

_BE: Final = _set("be is are was were been being am 're 'm")
_GET: Final = _set("get gets got gotten getting")
_PRONOUNS: Final = _set("it he she that this there what who which everything nothing something")
#: Words that may stand between the auxiliary and the participle.
_BETWEEN: Final = _set(
    """
    not n't never also already just still now all always then currently usually
    often being been even soon probably both either once ever sometimes normally
    finally only really already automatically
    """
)
_NOT_LY_ADVERBS: Final = _set("reply supply family ally july italy apply rely assembly only")
_IRREGULAR: Final = _set(
    """
    beaten become begun bent bid bitten blown born borne bought bound broken
    brought built burnt caught chosen cost cut dealt done drawn driven eaten
    fallen fed felt fought found forbidden forgiven forgotten frozen given
    grown heard held hidden hit hung hurt kept known laid led lent let lit lost
    made meant met mislaid misled mistaken misunderstood overdrawn overpaid
    overlooked oversold paid prepaid proven put read rebuilt redone refunded
    reissued rewritten ridden rung said seen sent set shaken shed shot shown
    shrunk shut sold spent split spoken spread stolen struck stuck sworn swept
    taken taught thought thrown told torn undertaken understood underpaid
    upheld withdrawn withheld won worn wound written
    """
)
_EED_PARTICIPLES: Final = _set("agreed freed guaranteed decreed refereed disagreed")
_NOT_PARTICIPLES: Final = _set(
    "bed red wed shed hundred sacred naked wicked kindred rugged ragged beloved aged"
)
#: "be + participle" that reads as a state or a feeling, not a hidden actor.
_ADJECTIVAL: Final = _set(
    """
    interested located pleased delighted excited thrilled concerned worried
    disappointed surprised amazed tired bored married supposed based situated
    committed dedicated devoted determined entitled closed engaged qualified
    experienced relieved satisfied dissatisfied frustrated annoyed confused
    overwhelmed scared frightened embarrassed ashamed prepared complicated
    related limited involved convinced
    """
)
_GET_IDIOMS: Final = _set("started used married dressed lost involved engaged acquainted rid")


def _is_participle(lower: str) -> bool:
    if lower in _IRREGULAR:
        return True
    if not lower.endswith("ed") or len(lower) < 4 or not lower.isalpha():
        return False
    if lower.endswith("eed"):
        return lower in _EED_PARTICIPLES
    return lower not in _NOT_PARTICIPLES


#: A word as passive detection sees it: ``(start, end, lower-case text)``,
#: with contractions split as spaCy splits them ("wasn't" -> "was" "n't").
_Piece = tuple[int, int, str]


def _pieces(starts: Sequence[int], words: Sequence[str]) -> list[_Piece]:
    """The pieces of the words ``words`` found at offsets ``starts``."""
    pieces: list[_Piece] = []
    for start, word in zip(starts, words, strict=True):
        for a, b, lower in _word_pieces(word):
            pieces.append((start + a, start + b, lower))
    return pieces


@lru_cache(maxsize=1 << 16)
def _word_pieces(word: str) -> tuple[_Piece, ...]:
    """One word's pieces, offsets relative to the word's start."""
    lower = word.lower().replace("\u2019", "'")
    end = len(word)
    cut = len(lower) - 3 if lower.endswith("n't") else lower.rfind("'")
    if cut > 0:
        return ((0, cut, lower[:cut]), (cut, end, lower[cut:]))
    return ((0, end, lower),)


def _parsed_passives(doc: Doc, start: int, end: int) -> list[int]:
    """Offsets of the ``auxpass`` tokens in ``[start, end)`` of a parsed Doc
    (read as arrays, so no per-token objects are made)."""
    auxpass = doc.vocab.strings.add("auxpass")
    table = doc.to_array(["DEP", "IDX"])
    dep, idx = table[:, 0], table[:, 1]
    return [int(i) for i in idx[(dep == auxpass) & (idx >= start) & (idx < end)]]


#: A form of *be* or *get* (also before "n't") or a contracted "'s", "'re",
#: "'m": a sentence without one has no passive to find.
_MAY_BE_PASSIVE: Final = regexcache.compile(
    r"\b(?:be|is|are|was|were|been|being|am|get|gets|got|gotten|getting)(?:n['\u2019]t)?\b"
    r"|['\u2019](?:s|re|m)\b",
    re.IGNORECASE,
)


def _may_be_auxiliary(word: str) -> bool:
    """Whether a piece of ``word`` is one ``_rule_passives`` starts from (a
    form of be or get, or "'s"); without one it finds nothing."""
    return any(lower in _BE or lower in _GET or lower == "'s" for _, _, lower in _word_pieces(word))


def _may_be_participle(word: str) -> bool:
    """Whether ``word``'s first piece is a participle (``_is_participle``).
    Only a first piece can be: a later one is "n't" or starts with an
    apostrophe ("'s", "'ve"), and participles are plain words. So a passive
    (``_rule_passives``: an auxiliary, then a participle piece) needs a word
    for which this holds after the word holding its auxiliary."""
    return _is_participle(_word_pieces(word)[0][2])


def _passive_count(text: str, starts: Sequence[int], words: Sequence[str]) -> int:
    """Passive constructions among one sentence's words (``words`` found at
    offsets ``starts``; see ``_rule_passives``)."""
    if not _MAY_BE_PASSIVE.search(text, starts[0], starts[-1] + len(words[-1])):
        return 0
    return len(_rule_passives(text, starts, words))


def _rule_passives(text: str, starts: Sequence[int], words: Sequence[str]) -> list[int]:
    """Offsets of the passive constructions among one sentence's words, by
    rule (no parser): a form of *be* (or *get*), up to three adverbs or
    negations, then a past participle (regular -ed or irregular), unless the
    pair is a state ("be interested", "get started")."""
    pieces = _pieces(starts, words)
    found: list[int] = []
    last_participle = -1
    for i, (at, _, lower) in enumerate(pieces):
        is_get = lower in _GET
        after_pronoun = i > 0 and pieces[i - 1][2] in _PRONOUNS
        if not (is_get or lower in _BE or (lower == "'s" and after_pronoun)):
            continue
        participle = _participle_after(text, pieces, i)
        if participle is None or participle == last_participle:
            continue
        word = pieces[participle][2]
        if word in _ADJECTIVAL or (is_get and word in _GET_IDIOMS):
            continue
        following = _next(text, pieces, participle)
        if (word == "used" and following == "to") or (word == "done" and following is None):
            continue  # "I'm used to", "you're done."
        last_participle = participle
        found.append(at)
    return found


def _next(text: str, pieces: Sequence[_Piece], i: int) -> str | None:
    """The word after piece ``i`` when only spaces separate them (punctuation
    or a blank line ends a verb group)."""
    if i + 1 >= len(pieces):
        return None
    gap = text[pieces[i][1] : pieces[i + 1][0]]
    if gap.strip() or gap.count("\n") > 1:
        return None
    return pieces[i + 1][2]


def _participle_after(text: str, pieces: Sequence[_Piece], i: int) -> int | None:
    stop = i + 5 if i + 5 < len(pieces) else len(pieces)
    for j in range(i + 1, stop):
        lower = _next(text, pieces, j - 1)
        if lower is None:
            return None
        if _is_participle(lower):
            return j
        is_adverb = lower.endswith("ly") and len(lower) > 3 and lower not in _NOT_LY_ADVERBS
        if not (lower in _BETWEEN or is_adverb):
            return None
    return None
