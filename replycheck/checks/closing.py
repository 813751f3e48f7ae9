"""Closing checks: end on a good note (principle ``end-on-a-good-note``).

The guidance says not to apologize again at the close and not to end by
reminding the customer of the problem. Three rules in rulesets/closing.toml
share the code here:

- ``closing-apology-repeat``: a closing apology after the reply already
  apologized, or one that says itself it is a repeat ("Sorry again").
- ``closing-double-apology``: the closing apologizes twice.
- ``closing-dwells-on-problem``: the closing spells out how bad the problem was.

What counts as an apology is decided here once (``apology_tokens``) and reused
by the further checks (``replycheck.checks.further``). Expressions of sympathy
("sorry to hear you're leaving", "sorry for your loss") are *not* apologies:
they admit no fault, so a reply may open with one and apologize later, and a
closing "Sorry to see you go" is not a repeat. Nor is a colleague's apology
the writer passes on ("she asked me to pass on her apology"), ours sent on
to someone else through the reader ("please pass on our apologies to Mr
Tanaka"), a gift sent
"with our apologies", or a visit offered "to apologise in person". A sole apology in the closing
with no earlier one is not a repeat either, unless its own words say so
("Sorry again").

Closings are read sentence by sentence; a finding covers the whole sentence
that apologizes ("Sorry again for X, and apologies once more for Y" is one
finding: one edit removes it).

Speed: each check first asks whether the words it needs are in the draft at
all (``CheckContext.has_any``), then whether they stand where the closing can
be; only then is the closing cut into sentences. Per-Doc facts (sentence
bounds, lower-case ids, the tokens that may apologize) come from token arrays
once (``TokenTable``) and are shared with the further checks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from replycheck import regexcache
from replycheck.checks import check
from replycheck.context import word_ids
from replycheck.nlp import sentence_token_starts, token_table
from replycheck.refusal_words import CANNOT_OR_UNABLE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from replycheck.context import CheckContext
    from replycheck.message import Region
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: Single words that apologize wherever they stand (inflections listed: the
#: default pipeline has no lemmatizer).
APOLOGY_WORDS: Final = frozenset(
    {
        "sorry",
        "apologies",
        "apology",
        "apologise",
        "apologize",
        "apologised",
        "apologized",
        "apologises",
        "apologizes",
        "apologising",
        "apologizing",
        "regret",
        "regrets",
        "regretted",
    }
)
#: "sorry to hear/see ...": sympathy, not an apology.
SYMPATHY_AFTER_SORRY: Final = frozenset({"hear", "see", "learn", "read", "know", "say"})
#: "sorry to lose you", "we regret to see you go": sorry that they leave, not
#: for the problem (followed by "you": "sorry to lose your parcel" apologizes).
LEAVING: Final = frozenset({"see", "lose"})
#: "regret to inform you": bad news, not an apology.
NEWS_AFTER_REGRET: Final = frozenset(
    {"inform", "say", "tell", "advise", "announce", "let", "confirm"}
)
#: Words that turn "apologise" into "no need to apologise".
NEGATIONS: Final = frozenset({"no", "n't", "not", "nothing", "never"})
#: "please forgive us", "forgive the delay", "pardon the mess", "excuse the wait".
FORGIVE_WORDS: Final = frozenset({"forgive", "pardon", "excuse"})
FORGIVE_OBJECTS: Final = frozenset({"us", "me", "the", "our", "my", "this", "any"})
DEFAULT_MARKERS: Final = ("again", "once more", "once again", "anew", "one more time", "reiterate")


#: Every word ``_apologizes_at`` may say yes to: only these are looked at.
APOLOGY_CANDIDATES: Final = APOLOGY_WORDS | FORGIVE_WORDS | {"bad"}


# --------------------------------------------------------------------------- per-Doc facts
#
# Checks read the same Doc many times; what they need from all of it is worked
# out once, from token arrays (no ``Token`` objects, about a microsecond each),
# and kept in ``doc.user_data`` under these keys.

_TABLE: Final = "replycheck.closing.table"
_APOLOGY_AT: Final = "replycheck.closing.apology_at"
_UNITS: Final = "replycheck.closing.units"


class TokenTable:
    """A Doc's sentences as token bounds with their character offsets (sorted,
    for bisecting), and token facts as lists; each is read at most once, when
    first needed."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # Made on first use (explicit, not ``functools.cached_property``,
        # which mypyc compiles as a plain property, worked out every access).
        self._sentences_made: tuple[list[tuple[int, int]], list[int], list[int]] | None = None
        self._like_url: list[int] | None = None

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        """The Doc's table, made on first use and kept with the Doc."""
        found: TokenTable | None = doc.user_data.get(_TABLE)
        if found is None:
            found = doc.user_data[_TABLE] = cls(doc)
        return found

    @property
    def _sentences(self) -> tuple[list[tuple[int, int]], list[int], list[int]]:
        made = self._sentences_made
        if made is None:
            # ``doc.sents``' bounds, read off the sentence starts and the
            # token offsets: a ``Token`` for each sentence's last word (its
            # length), no ``Span`` per sentence
            doc = self.doc
            size = len(doc)
            firsts = [0, *(i for i in sentence_token_starts(doc) if i)] if size else []
            lasts = [*firsts[1:], size] if size else []
            idx = token_table(doc).idx
            made = self._sentences_made = (
                list(zip(firsts, lasts, strict=True)),
                [idx[first] for first in firsts],
                [idx[last - 1] + len(doc[last - 1]) for last in lasts],
            )
        return made

    @property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        return self._sentences[0]

    @property
    def space(self) -> list[int]:
        return token_table(self.doc).space

    @property
    def alpha(self) -> list[int]:
        return token_table(self.doc).alpha

    def worded_sentences(self, start_char: int, end_char: int) -> list[tuple[int, int]]:
        """``sentences_between``, each without leading and trailing whitespace
        tokens, keeping those with an alphabetic token."""
        space, alpha = self.space, self.alpha
        out = []
        for start, end in self.sentences_between(start_char, end_char):
            while start < end and space[start]:
                start += 1
            while end > start and space[end - 1]:
                end -= 1
            if end > start and 1 in alpha[start:end]:
                out.append((start, end))
        return out

    @property
    def lower(self) -> list[int]:
        return token_table(self.doc).lower

    @property
    def like_url(self) -> list[int]:
        made = self._like_url
        if made is None:
            from spacy.attrs import LIKE_URL

            made = self._like_url = self.doc.to_array(LIKE_URL).tolist()
        return made

    def positions(self, start: int, end: int) -> list[int]:
        """Indexes of the tokens in ``start:end`` that are not whitespace."""
        space = self.space
        return [i for i in range(start, end) if not space[i]]

    def sentences_between(self, start_char: int, end_char: int) -> list[tuple[int, int]]:
        """Token bounds of the sentences that overlap ``[start_char, end_char)``."""
        bounds, starts, ends = self._sentences
        return bounds[bisect_right(ends, start_char) : bisect_left(starts, end_char)]


def lower_ids(doc: Doc, start: int, end: int) -> list[int]:
    """The lower-case ids of ``doc[start:end]``'s tokens."""
    return token_table(doc).lower[start:end]


def positions_of(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indexes of the tokens whose lower-case form is one of ``words``."""
    ids = word_ids(words)
    return [i for i, word in enumerate(TokenTable.of(doc).lower) if word in ids]


def apology_candidates(doc: Doc) -> list[int]:
    """Indexes of the tokens that may apologize (see ``APOLOGY_CANDIDATES``)."""
    found = doc.user_data.get(_APOLOGY_AT)
    if found is None:
        found = doc.user_data[_APOLOGY_AT] = positions_of(doc, APOLOGY_CANDIDATES)
    return found


def sentences_between(doc: Doc, start_char: int, end_char: int) -> list[Span]:
    """The sentences that overlap ``[start_char, end_char)``, whole."""
    return [doc[s:e] for s, e in TokenTable.of(doc).sentences_between(start_char, end_char)]


# --------------------------------------------------------------------------- apologies


def apology_tokens(span: Doc | Span) -> list[Token]:
    """The tokens of ``span`` that apologize ("sorry", "apologies", "regret",
    "my bad", "please forgive us"), leaving out sympathy and bad-news formulas."""
    doc = span.doc  # a Doc is its own .doc
    start, end = (0, len(doc)) if span is doc else (span.start, span.end)
    return [doc[i] for i in apology_positions(doc, start, end)]


def apology_positions(doc: Doc, start: int, end: int) -> list[int]:
    """``apology_tokens`` of ``doc[start:end]``, as token indexes."""
    candidates = apology_candidates(doc)
    return [
        i
        for i in candidates[bisect_left(candidates, start) : bisect_left(candidates, end)]
        if apologizes_at(doc, start, end, i)
    ]


def apologizes_at(doc: Doc, start: int, end: int, index: int) -> bool:
    """Whether ``doc[index]`` apologizes, reading only ``doc[start:end]`` around it."""
    word = doc[index].lower_
    before = doc[index - 1].lower_ if index > start else ""
    following: list[str] = []
    for j in range(index + 1, end):
        token = doc[j]
        if not token.is_space and not token.is_punct:
            following.append(token.lower_)
            if len(following) == 3:
                break
    following += [""] * (3 - len(following))
    if word == "sorry":
        sympathy = following[0] == "to" and (
            following[1] in SYMPATHY_AFTER_SORRY or _leaving(following)
        )
        loss = following[:3] == ["for", "your", "loss"]
        return not (sympathy or loss)
    if word in {"regret", "regrets", "regretted"}:
        return not (
            following[0] == "to" and (following[1] in NEWS_AFTER_REGRET or _leaving(following))
        )
    if word in {"apology", "apologies"} and (
        _names_a_gesture(doc, start, index)
        or _relayed(doc, start, index)
        or _sent_to_another(doc, start, index)
    ):
        return False
    if (
        word in {"apologise", "apologize"}
        and before == "to"
        and _visit_to_apologize(doc, start, index)
    ):
        return False
    if word in APOLOGY_WORDS:
        # "no need to apologise", "nothing to apologize for" (but "can't apologise enough")
        negated = any(doc[j].lower_ in NEGATIONS for j in range(max(start, index - 3), index))
        return not negated or following[0] == "enough"
    if word == "bad":
        return before == "my"
    if word in FORGIVE_WORDS:
        return following[0] in FORGIVE_OBJECTS or before == "please"
    return False


#: A visit or call the writer offers to make: "I'd like to come and see you
#: this week to apologise in person", "I'll ring you tomorrow to apologize".
VISIT_VERBS: Final = frozenset(
    {"come", "visit", "call", "ring", "phone", "meet", "pop", "drop", "stop"}
)


def _visit_to_apologize(doc: Doc, start: int, index: int) -> bool:
    """Whether the "to apologise" at ``index`` is what a visit or call the
    writer offers is for ("I'd like to come and see you in person this week to
    apologise"): an apology planned for then, not one made again here. "I'm
    writing to apologise again" and "I want to apologise" still apologize."""
    return any(doc[j].lower_ in VISIT_VERBS for j in range(max(start, index - 9), index - 1))


def _leaving(following: list[str]) -> bool:
    """Whether the words after "sorry"/"regret" ("to", then two) are "to see
    you" or "to lose you": sorry that the customer leaves."""
    return following[1] in LEAVING and following[2] == "you"


#: Words between "as" and "apology" when it names what a gesture is for.
GESTURE_DETERMINERS: Final = frozenset({"a", "an", "our", "my", "small", "little", "token", "of"})


#: Verbs that give a gesture the apology travels with: "we'll add a box of
#: chocolates with our apologies".
GIVING_VERBS: Final = frozenset({"add", "send", "include", "enclose", "pop", "put"})


def _names_a_gesture(doc: Doc, start: int, index: int) -> bool:
    """Whether the "apology" at ``index`` names what a gesture is for rather
    than apologizing: "a £10 voucher as an apology", "500 points as a small
    apology", "free delivery by way of apology". The gesture makes it right;
    a closing that offers one does not apologize again."""
    words = [doc[j].lower_ for j in range(max(start, index - 5), index)]
    if words[-2:] == ["way", "of"]:
        return True
    if words[-2:] in (["with", "our"], ["with", "my"]) and any(
        doc[j].lower_ in GIVING_VERBS for j in range(start, index)
    ):
        return True
    if "as" not in words:
        return False
    after_as = words[len(words) - words[::-1].index("as") :]
    return all(w in GESTURE_DETERMINERS for w in after_as)


#: "her apology", "his apologies": someone else's apology, relayed.
THIRD_PERSON_OWNERS: Final = frozenset({"her", "his", "their"})
#: Words that may stand between the owner and "apology": "her sincere apologies".
APOLOGY_ADJECTIVES: Final = frozenset(
    {"sincere", "sincerest", "heartfelt", "deepest", "own", "personal"}
)


def _relayed(doc: Doc, start: int, index: int) -> bool:
    """Whether the "apology" at ``index`` is a colleague's, passed on by the
    writer: "Sarah has asked me to pass on her apology", "the driver sends his
    apologies". The writer reports what someone else said; it is not the
    reply apologizing (again)."""
    j = index - 1
    while j >= start and doc[j].lower_ in APOLOGY_ADJECTIVES:
        j -= 1
    return j >= start and doc[j].lower_ in THIRD_PERSON_OWNERS


#: Verbs that send our apology on through the reader: "please pass on our
#: apologies to Mr Tanaka", "do give my apologies to your mother".
SENDING_VERBS: Final = frozenset({"pass", "passing", "give", "giving", "convey", "relay", "extend"})
#: Who "our apologies" go to when they are the reader's: "pass on our apologies to you".
READER: Final = frozenset({"you", "yourself", "yourselves"})


def _sent_to_another(doc: Doc, start: int, index: int) -> bool:
    """Whether the "apology" at ``index`` is one the reader is asked to carry
    to someone else: "Please pass on our apologies to Mr Tanaka", "give my
    apologies to your daughter". The apology is addressed to that person
    (a patient, a relative, a guest), not said to the reader again; "our
    apologies to you" and "please accept our apologies" stay apologies."""
    j = index - 1
    while j >= start and doc[j].lower_ in APOLOGY_ADJECTIVES:
        j -= 1
    if j < start or doc[j].lower_ not in {"our", "my"}:
        return False
    verbs = [doc[k].lower_ for k in range(max(start, j - 2), j)]
    if not any(v in SENDING_VERBS for v in verbs):
        return False
    k = index + 1
    if k < len(doc) and doc[k].lower_ == "on":
        k += 1  # "pass our apologies on to ..."
    return (
        k + 1 < len(doc)
        and doc[k].lower_ == "to"
        and not doc[k + 1].is_punct
        and doc[k + 1].lower_ not in READER
    )


def apologizes(span: Doc | Span) -> bool:
    """Whether ``span`` holds an apology (see ``apology_tokens``)."""
    return bool(apology_tokens(span))


def may_apologize(ctx: CheckContext) -> bool:
    """Whether the draft has any word that may apologize (a cheap first test)."""
    return ctx.has_any(APOLOGY_CANDIDATES)


@lru_cache(maxsize=4096)
def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase as the lower-cased tokens spaCy's English tokenizer makes of it
    ("can't" -> "ca", "n't"), so phrases compare with a Doc's tokens
    (``Pipeline.phrase_words``, whitespace tokens left out)."""
    from replycheck.nlp import shared_pipeline

    return tuple(w for w in shared_pipeline().phrase_words(phrase) if not w.isspace())


@lru_cache(maxsize=4096)
def phrase_ids(phrase: str) -> tuple[int, ...]:
    """``phrase_words`` as lower-case ids, to compare with a Doc's ``LOWER`` values."""
    from replycheck.nlp import word_id

    return tuple(word_id(word) for word in phrase_words(phrase))


@lru_cache(maxsize=512)
def _by_first(phrases: tuple[str, ...], ids: bool) -> dict[Any, tuple[tuple[Any, ...], ...]]:
    """Phrases as token tuples (lower-case words, or their ids with ``ids``),
    filed under their first token."""
    index: dict[Any, list[tuple[Any, ...]]] = {}
    for phrase in phrases:
        wanted = phrase_ids(phrase) if ids else phrase_words(phrase)
        if wanted:
            index.setdefault(wanted[0], []).append(wanted)
    return {first: tuple(found) for first, found in index.items()}


def ids_have_phrase(ids: list[int], phrases: Iterable[str]) -> bool:
    """``has_phrase`` on a span's lower-case ids, whitespace left out."""
    index = _by_first(tuple(phrases), True)
    for start, word in enumerate(ids):
        for wanted in index.get(word, ()):
            if tuple(ids[start : start + len(wanted)]) == wanted:
                return True
    return False


def span_words(span: Span) -> tuple[str, ...]:
    """The span's lower-cased words, whitespace tokens left out: what
    ``t.lower_`` gives for each ``t`` of the span that is not ``is_space``,
    read off the token table (no ``Token`` made)."""
    doc = span.doc
    table = token_table(doc)
    space, lower = table.space, table.lower
    strings = doc.vocab.strings
    return tuple([strings[lower[i]] for i in range(span.start, span.end) if not space[i]])


def has_phrase(span: Span, phrases: Iterable[str]) -> bool:
    """Whether any phrase occurs in ``span`` as whole lower-cased words.

    Phrases are compared on tokens, so "again" does not match "against".
    """
    return words_have_phrase(span_words(span), phrases)


def words_have_phrase(words: tuple[str, ...], phrases: Iterable[str]) -> bool:
    """``has_phrase`` on words already taken from a span (see ``span_words``)."""
    index = _by_first(tuple(phrases), False)
    for start, word in enumerate(words):
        for wanted in index.get(word, ()):
            if words[start : start + len(wanted)] == wanted:
                return True
    return False


# --------------------------------------------------------------------------- units


def trim(span: Span) -> Span | None:
    """``span`` without leading and trailing whitespace tokens, or None if empty."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None


def _sentences_in(doc: Doc, region: Region) -> list[Span]:
    out = []
    for sentence in sentences_between(doc, region.start, region.end):
        start = max(sentence.start_char, region.start)
        end = min(sentence.end_char, region.end)
        piece = doc.char_span(start, end, alignment_mode="contract")
        if piece is not None:
            piece = trim(piece)
        if piece is not None and any(not t.is_punct for t in piece):
            out.append(piece)
    return out


def closing_sentences(ctx: CheckContext, options: dict[str, Any]) -> list[Span]:
    """The closing's sentences: those of the closing region, and, when that
    region is only a short pleasantry ("Have a great weekend!"), the last
    sentence of the paragraph before it too, which is what the customer reads
    last before the sign-off."""
    message = ctx.message
    region = message.closing
    if region is None and message.paragraphs:
        region = message.paragraphs[-1]
    if region is None:
        return []
    sentences = _sentences_in(ctx.doc, region)
    if len(sentences) > 1 and len(message.paragraphs) <= 1 and region == message.body:
        sentences = sentences[-1:]
    short = int(options.get("short_closing_words", 8))
    if len(sentences) == 1 and _word_count(sentences[0]) <= short:
        before = [p for p in message.paragraphs if p.end <= region.start]
        if len(before) >= 2:
            previous = _sentences_in(ctx.doc, before[-1])
            if previous:
                sentences = [previous[-1], *sentences]
    return sentences


def _closing_reach(ctx: CheckContext) -> tuple[int, int] | None:
    """Character bounds that hold every closing sentence (see
    ``closing_sentences``): the closing region, from the start of the paragraph
    before it when there is one; None when there is no closing."""
    message = ctx.message
    region = message.closing
    if region is None and message.paragraphs:
        region = message.paragraphs[-1]
    if region is None:
        return None
    before = [p for p in message.paragraphs if p.end <= region.start]
    return (before[-1].start if len(before) >= 2 else region.start, region.end)


def closing_may_apologize(ctx: CheckContext) -> bool:
    """Whether a word that may apologize stands where the closing sentences
    can be: a cheap test before the closing is cut into sentences."""
    if not may_apologize(ctx):
        return False
    reach = _closing_reach(ctx)
    if reach is None:
        return False
    doc = ctx.doc
    return any(reach[0] <= doc[i].idx < reach[1] for i in reversed(apology_candidates(doc)))


def _word_count(span: Span) -> int:
    """How many of the span's tokens are neither punctuation nor whitespace,
    read off the token table (no ``Token`` made)."""
    table = token_table(span.doc)
    punct, space = table.punct, table.space
    return sum([1 for i in range(span.start, span.end) if not punct[i] and not space[i]])


def closing_units(ctx: CheckContext, options: dict[str, Any]) -> list[Span]:
    """The units the closing rules judge: the closing's sentences (a finding
    covers the whole apologizing sentence, so one edit removes it). Worked out
    once per draft and shared by the rules."""
    cache: dict[int, list[Span]] = ctx.doc.user_data.setdefault(_UNITS, {})
    short = int(options.get("short_closing_words", 8))
    units = cache.get(short)
    if units is None:
        units = cache[short] = closing_sentences(ctx, options)
    return units


# --------------------------------------------------------------------------- checks


@check("closing-apology-repeat")
def closing_apology_repeat(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """A closing apology when the reply already apologized before the closing,
    or when the apology calls itself a repeat ("again", "once more"). Repeats
    in a row in one paragraph ("Sorry again. We apologise for the mix-up.")
    are one finding: one edit removes them."""
    if not closing_may_apologize(ctx):
        return
    units = closing_units(ctx, rule.options)
    if not units:
        return
    markers = tuple(rule.options.get("markers", DEFAULT_MARKERS))
    first = units[0].start
    earlier = apologizes(ctx.doc[:first])
    doc = ctx.doc
    run: list[Span] = []  # consecutive repeats in one paragraph: one finding
    for unit in units:
        if apologizes(unit) and (earlier or _marked_as_repeat(doc, unit, markers)):
            if run and "\n\n" in doc.text[run[-1].end_char : unit.start_char]:
                yield ctx.span_finding(rule, doc[run[0].start : run[-1].end])
                run = []
            run.append(unit)
        elif run:
            yield ctx.span_finding(rule, doc[run[0].start : run[-1].end])
            run = []
    if run:
        yield ctx.span_finding(rule, doc[run[0].start : run[-1].end])


#: A repeat marker after the apology word counts within this many tokens of
#: it ("Sorry again", "I'm sorry once more for the wait").
MARKER_REACH: Final = 6


def _marked_as_repeat(doc: Doc, unit: Span, markers: tuple[str, ...]) -> bool:
    """Whether the closing sentence calls its own apology a repeat: a marker
    ("again", "once more") before the apology word ("Once again, our
    apologies") or within ``MARKER_REACH`` tokens after it ("Sorry again for
    the wait"). A marker far along, about something else, is no repeat: "I'm
    sorry, but we can't move the start: the boat ... goes out again the
    following Saturday" apologizes once, for the refusal."""
    if not has_phrase(unit, markers):
        return False
    apologies = apology_positions(doc, unit.start, unit.end)
    if not apologies:
        return False
    index = _by_first(markers, False)
    words = [t.lower_ for t in doc[unit.start : unit.end]]
    for k, word in enumerate(words):
        for wanted in index.get(word, ()):
            if tuple(words[k : k + len(wanted)]) != wanted:
                continue
            at = unit.start + k
            if at < apologies[-1] or any(0 < at - a <= MARKER_REACH for a in apologies):
                return True
    return False


@check("closing-double-apology")
def closing_double_apology(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """Every closing unit that apologizes after an earlier one in the closing,
    or that apologizes twice itself ("We are sorry ..., and we regret ...")."""
    if not closing_may_apologize(ctx):
        return
    seen = False
    for unit in closing_units(ctx, rule.options):
        count = len(apology_tokens(unit))
        if count and (seen or count > 1):
            yield ctx.span_finding(rule, unit)
        seen = seen or count > 0


def dwells_on_problem(unit: Span, options: dict[str, Any]) -> bool:
    """Whether a closing sentence spells out how bad the problem was: an
    acknowledging frame ("we know this has been") or an intensifier ("so
    much") with a word for the damage ("frustrating", "hassle"), or a verb of
    ruin ("spoiled your holiday"). Sentences that thank, act or look ahead
    ("if you have any more trouble") end on a better note and are left alone."""
    if has_phrase(unit, options.get("better_note", ())):
        return False
    if _ruins(unit, options.get("ruin", ())):
        return True
    problem = has_phrase(unit, options.get("problem_words", ()))
    if not problem:
        return False
    return has_phrase(unit, options.get("frames", ())) or has_phrase(
        unit, options.get("intensifiers", ())
    )


DETERMINERS: Final = frozenset(
    {"the", "a", "an", "your", "my", "our", "their", "his", "her", "its"}
)


def _ruins(unit: Span, words: Iterable[str]) -> bool:
    """A verb of ruin used as one ("ruined your holiday", "your holiday ruined"),
    not as an adjective after a determiner ("your spoiled food")."""
    wanted = {w.lower() for w in words}
    for token in unit:
        if token.lower_ in wanted:
            previous = token.nbor(-1) if token.i > unit.start else None
            if previous is None or previous.lower_ not in DETERMINERS:
                return True
    return False


@check("closing-dwells-on-problem")
def closing_dwells_on_problem(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """A closing sentence that reminds the customer how bad things were. A
    reply that is nothing but that sentence is an acknowledgment, not a closing."""
    options = rule.options
    words = _dwelling_words(tuple(options.get("ruin", ())), tuple(options.get("problem_words", ())))
    reach = _closing_reach(ctx)
    if reach is None or not ctx.has_any(words):
        return
    doc = ctx.doc
    if not any(reach[0] <= doc[i].idx < reach[1] for i in reversed(positions_of(doc, words))):
        return
    body = ctx.message.body
    units = closing_units(ctx, options)
    for k, unit in enumerate(units):
        if (
            dwells_on_problem(unit, options)
            and any(
                t.is_alpha for t in ctx.doc[: unit.start] if body is None or t.idx >= body.start
            )
            and not _fix_follows(ctx.doc, units, k, options)
            and not _owns_the_refusal_before(ctx.doc, unit)
            and not _sole_plain_apology(ctx.doc, unit, options)
        ):
            yield ctx.span_finding(rule, unit)


#: An acknowledgement that opens the sentence: "I know that is disappointing".
ACKNOWLEDGES: Final = regexcache.compile(
    r"(?:i|we)\s+(?:do\s+)?(?:know|understand|realise|realize|appreciate)\b", re.IGNORECASE
)
#: Bad news told in the sentence before: our refusal or what we can't do
#: (``CANNOT_OR_UNABLE``, shared with the thread's refusal readings), and
#: the other ways a refusal to the customer is put, which only this reading
#: wants: "not able", "won't be able", "not something we", "not possible",
#: "I'm afraid". On the draft as written, so the curly "can’t" too.
REFUSES: Final = regexcache.compile(
    rf"(?:\b(?:{CANNOT_OR_UNABLE}|can’t)|(?:\bnot|n't|n’t)\s+able|"
    r"\bwon't\s+be\s+able|(?:\bnot|n't|n’t)\s+(?:something|anything)\s+(?:we|i)\b|"
    r"(?:\bnot|n't|n’t)\s+possible|\bi'm\s+afraid|\bi\s+am\s+afraid|\bwe're\s+afraid)",
    re.IGNORECASE,
)
#: Words that make the acknowledgement dwell after all: the damage spelled out.
DWELLS_ANYWAY: Final = regexcache.compile(
    r"\b(?:ruined|ruin|spoiled|spoilt|wrecked|nightmare|ordeal|unacceptable|awful|terrible|"
    r"horrible|again|put\s+you\s+through|been\s+through)\b",
    re.IGNORECASE,
)


#: Words that make a closing apology a repeat or a second grievance: "Again,
#: I'm sorry it ruined your evening", "... and that nobody called you".
NOT_PLAIN: Final = regexcache.compile(
    r"\b(?:again|once\s+more|still|and\s+that|and\s+for)\b", re.IGNORECASE
)
#: At most this many words: the one apology said once, not a paragraph of damage.
PLAIN_APOLOGY_WORDS: Final = 8


def _sole_plain_apology(doc: Doc, unit: Span, options: dict[str, Any]) -> bool:
    """Whether the closing sentence is the reply's only apology, said plainly
    once with the harm it did ("I'm sorry it spoiled your meeting," after the
    cause owned and the refund made): no apology earlier in the draft, at most
    ``PLAIN_APOLOGY_WORDS`` words, no repeat ("again", "once more"), no second
    grievance ("and that ...") and no word of the problem's weight
    (``options.problem_words``: "frustrating", "ordeal"). The guidance asks for
    the apology once; said at the end, it is that once, not a dwelling on the
    problem. "Again, I'm sorry your evening was ruined" still dwells."""
    if not apology_positions(doc, unit.start, unit.end) or apology_positions(doc, 0, unit.start):
        return False
    if _word_count(unit) > PLAIN_APOLOGY_WORDS:
        return False
    if NOT_PLAIN.search(doc.text, unit.start_char, unit.end_char):
        return False
    return not has_phrase(unit, options.get("problem_words", ()))


def _owns_the_refusal_before(doc: Doc, unit: Span) -> bool:
    """Whether the closing sentence acknowledges bad news the sentence right
    before it, in the same paragraph, has just told: "... so the tickets aren't
    something we are able to reimburse. I know that is disappointing when
    you have kept them so carefully." The acknowledgement stands next to the
    refusal and its reason, where the guidance wants it, not after the fix
    ("Your refund is on its way. We know how disappointing it is ..." still
    dwells). Damage spelled out ("ruined", "an ordeal", "again") keeps it."""
    text = doc.text
    sentence = text[unit.start_char : unit.end_char]
    if not ACKNOWLEDGES.match(sentence) or DWELLS_ANYWAY.search(sentence):
        return False
    if unit.start == 0:
        return False
    before = doc[unit.start - 1].sent
    if "\n\n" in text[before.start_char : unit.start_char]:
        return False
    return REFUSES.search(text, before.start_char, before.end_char) is not None


def _fix_follows(doc: Doc, units: list[Span], k: int, options: dict[str, Any]) -> bool:
    """Whether the next closing sentence, in the same paragraph, offers the
    fix (``options.fix_follows``: "We can give you a credit", or a better
    note): the acknowledgement then stands next to the remedy, where the
    guidance wants it, not in the last words the customer reads."""
    if k + 1 >= len(units):
        return False
    unit, following = units[k], units[k + 1]
    if "\n\n" in doc.text[unit.end_char : following.start_char]:
        return False
    return has_phrase(following, options.get("fix_follows", ())) or has_phrase(
        following, options.get("better_note", ())
    )


@lru_cache(maxsize=64)
def _dwelling_words(ruin: tuple[str, ...], problem_words: tuple[str, ...]) -> frozenset[str]:
    """Words one of which a closing needs to dwell on the problem: a verb of
    ruin or the first word of a word for the damage (a cheap first test)."""
    firsts = {phrase_words(p)[0] for p in problem_words if phrase_words(p)}
    return frozenset({w.lower() for w in ruin} | firsts)
