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
closing "Sorry to see you go" is not a repeat. A sole apology in the closing
with no earlier one is not a repeat either, unless its own words say so
("Sorry again").

Closings are read sentence by sentence; a finding covers the whole sentence
that apologizes ("Sorry again for X, and apologies once more for Y" is one
finding: one edit removes it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from replycheck.checks import check

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from replycheck.context import CheckContext
    from replycheck.message import Region
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: Single words that apologize wherever they stand (inflections listed: the
#: default pipeline has no lemmatizer).
APOLOGY_WORDS = frozenset(
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
SYMPATHY_AFTER_SORRY = frozenset({"hear", "see", "learn", "read", "know", "say"})
#: "regret to inform you": bad news, not an apology.
NEWS_AFTER_REGRET = frozenset({"inform", "say", "tell", "advise", "announce", "let", "confirm"})
#: Words that turn "apologise" into "no need to apologise".
NEGATIONS = frozenset({"no", "n't", "not", "nothing", "never"})
#: "please forgive us", "forgive the delay", "pardon the mess", "excuse the wait".
FORGIVE_WORDS = frozenset({"forgive", "pardon", "excuse"})
FORGIVE_OBJECTS = frozenset({"us", "me", "the", "our", "my", "this", "any"})
DEFAULT_MARKERS = ("again", "once more", "once again", "anew", "one more time", "reiterate")


# --------------------------------------------------------------------------- apologies


def apology_tokens(span: Doc | Span) -> list[Token]:
    """The tokens of ``span`` that apologize ("sorry", "apologies", "regret",
    "my bad", "please forgive us"), leaving out sympathy and bad-news formulas."""
    tokens = list(span)
    return [token for index, token in enumerate(tokens) if _apologizes_at(tokens, index)]


def _apologizes_at(tokens: Sequence[Token], index: int) -> bool:
    word = tokens[index].lower_
    before = tokens[index - 1].lower_ if index > 0 else ""
    following = [t.lower_ for t in tokens[index + 1 :] if not t.is_space and not t.is_punct][:3]
    following += [""] * (3 - len(following))
    if word == "sorry":
        sympathy = following[0] == "to" and following[1] in SYMPATHY_AFTER_SORRY
        loss = following[:3] == ["for", "your", "loss"]
        return not (sympathy or loss)
    if word in {"regret", "regrets", "regretted"}:
        return not (following[0] == "to" and following[1] in NEWS_AFTER_REGRET)
    if word in APOLOGY_WORDS:
        # "no need to apologise", "nothing to apologize for" (but "can't apologise enough")
        negated = any(t.lower_ in NEGATIONS for t in tokens[max(0, index - 3) : index])
        return not negated or following[0] == "enough"
    if word == "bad":
        return before == "my"
    if word in FORGIVE_WORDS:
        return following[0] in FORGIVE_OBJECTS or before == "please"
    return False


def apologizes(span: Doc | Span) -> bool:
    """Whether ``span`` holds an apology (see ``apology_tokens``)."""
    return bool(apology_tokens(span))


@lru_cache(maxsize=4096)
def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase as the lower-cased tokens spaCy's English tokenizer makes of it
    ("can't" -> "ca", "n't"), so phrases compare with a Doc's tokens."""
    from replycheck.nlp import shared_pipeline, straighten

    doc = shared_pipeline().make_doc(straighten(phrase))
    return tuple(t.lower_ for t in doc if not t.is_space)


def has_phrase(span: Span, phrases: Iterable[str]) -> bool:
    """Whether any phrase occurs in ``span`` as whole lower-cased words.

    Phrases are compared on tokens, so "again" does not match "against".
    """
    words = tuple(t.lower_ for t in span if not t.is_space)
    for phrase in phrases:
        wanted = phrase_words(phrase)
        if not wanted:
            continue
        width = len(wanted)
        for start in range(len(words) - width + 1):
            if words[start : start + width] == wanted:
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
    for sentence in doc.sents:
        if sentence.end_char <= region.start or sentence.start_char >= region.end:
            continue
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


def _word_count(span: Span) -> int:
    return sum(1 for t in span if not t.is_punct and not t.is_space)


def closing_units(ctx: CheckContext, options: dict[str, Any]) -> list[Span]:
    """The units the closing rules judge: the closing's sentences (a finding
    covers the whole apologizing sentence, so one edit removes it)."""
    return closing_sentences(ctx, options)


# --------------------------------------------------------------------------- checks


@check("closing-apology-repeat")
def closing_apology_repeat(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """A closing apology when the reply already apologized before the closing,
    or when the apology calls itself a repeat ("again", "once more")."""
    units = closing_units(ctx, rule.options)
    if not units:
        return
    markers = tuple(rule.options.get("markers", DEFAULT_MARKERS))
    first = units[0].start
    earlier = apologizes(ctx.doc[:first])
    for unit in units:
        if apologizes(unit) and (earlier or has_phrase(unit, markers)):
            yield ctx.span_finding(rule, unit)


@check("closing-double-apology")
def closing_double_apology(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """Every closing unit that apologizes after an earlier one in the closing,
    or that apologizes twice itself ("We are sorry ..., and we regret ...")."""
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


DETERMINERS = frozenset({"the", "a", "an", "your", "my", "our", "their", "his", "her", "its"})


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
    body = ctx.message.body
    for unit in closing_units(ctx, rule.options):
        said_before = any(
            t.is_alpha for t in ctx.doc[: unit.start] if body is None or t.idx >= body.start
        )
        if said_before and dwells_on_problem(unit, rule.options):
            yield ctx.span_finding(rule, unit)
