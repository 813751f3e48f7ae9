"""Stock and promotion talk the customer did not ask about (principle
``no-unasked-stock-talk``).

The rules in rulesets/stock.toml share one check. Each lists, in its
``options``, the words that make a stretch of the reply a pitch (``phrases``
and spaCy token ``patterns``), the words in the customer's message that mean
they asked about it (``asked``), and words that mean the stretch is about the
customer's own order or a goodwill gesture rather than a pitch
(``not_pitch``: "your replacement is in stock", "as an apology, 20% off").
The rule's ``unless`` phrases veto a trigger they overlap, as for data rules.

The customer's message decides the level: when it is known and asks about the
topic, the talk answers it and nothing is reported (unless an aside opener
such as "While you're here," introduces it); when it is known and does
not, the rule's severity applies; when it is not known, the finding is
reported at ``info`` and says so.

A finding covers one *unit*: a sentence, or a clause of it after ``:``, ``;``,
", and" or ", but" ("... abroad, and if you switch you'll get £150
cashback!" is two pitches). A unit with no trigger of its own that opens with
a pronoun ("It's great value") carries on the pitch before it and joins its span.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from replycheck.checks import check

if TYPE_CHECKING:
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: Tokens after which a new unit starts (", and" / ", but" are handled too).
UNIT_BREAKS = frozenset({":", ";", "—", "–", "--"})
#: "and"/"but" followed by one of these starts a new clause, and so a new unit.
CLAUSE_SUBJECTS = frozenset({"we", "i", "they", "it", "there", "our", "he", "she"})
#: A unit opening with one of these carries on the unit before it.
CONTINUATIONS = frozenset({"it", "they", "this", "these", "that", "those", "he", "she"})

#: Words that change the subject to a pitch ("While you're here, ..."); a
#: pitch after one in the same paragraph is reported even when the customer
#: asked about the topic, since it is an aside, not the answer.
OPENERS = (
    "while you're here", "while you are here", "while i have you", "while we have you",
    "before you go", "while you wait", "by the way", "on another note", "don't forget",
    "speaking of which", "p.s.", "ps", "in other news", "while we're at it",
    "while you're with us",
)  # fmt: skip

UNKNOWN_ORIGINAL = "The customer's message was not available, so check they did not ask about this."


@dataclass
class _Compiled:
    """One rule's matchers, built once per rule and vocabulary."""

    rule: Rule
    triggers: Matcher
    trigger_phrases: PhraseMatcher
    unless: PhraseMatcher
    not_pitch: PhraseMatcher
    asked: PhraseMatcher
    openers: PhraseMatcher


_compiled: dict[tuple[str, str, int], _Compiled] = {}


def _phrase_matcher(vocab: Vocab, phrases: list[str], label: str) -> PhraseMatcher:
    from spacy.matcher import PhraseMatcher

    from replycheck.nlp import shared_pipeline

    matcher = PhraseMatcher(vocab, attr="LOWER")
    if phrases:
        pipeline = shared_pipeline()
        matcher.add(label, [pipeline.make_doc(p) for p in phrases])
    return matcher


def compiled(rule: Rule, vocab: Vocab) -> _Compiled:
    """The rule's matchers for ``vocab``, compiled on first use and kept."""
    key = (rule.code, rule.source, id(vocab))
    cached = _compiled.get(key)
    if cached is not None and cached.rule is rule:
        return cached
    from spacy.matcher import Matcher

    options: dict[str, Any] = rule.options
    triggers = Matcher(vocab, validate=True)
    patterns = [list(p) for p in options.get("patterns", [])]
    if patterns:
        triggers.add("pitch", patterns)
    built = _Compiled(
        rule=rule,
        triggers=triggers,
        trigger_phrases=_phrase_matcher(vocab, list(options.get("phrases", [])), "pitch"),
        unless=_phrase_matcher(vocab, list(rule.unless), "unless"),
        not_pitch=_phrase_matcher(vocab, list(options.get("not_pitch", [])), "not_pitch"),
        asked=_phrase_matcher(vocab, list(options.get("asked", [])), "asked"),
        openers=_phrase_matcher(vocab, list(options.get("openers", OPENERS)), "opener"),
    )
    _compiled[key] = built
    return built


# --------------------------------------------------------------------------- pieces


def customer_asked(original_doc: Doc, matchers: _Compiled) -> bool:
    """Whether the customer's message mentions the rule's topic ("in stock",
    "any discount", "alternative"), so talk about it answers them."""
    return bool(matchers.asked(original_doc))


def trigger_spans(doc: Doc, matchers: _Compiled) -> list[tuple[int, int]]:
    """Token spans that make a pitch, minus those an ``unless`` phrase overlaps."""
    hits = [(s, e) for _, s, e in matchers.trigger_phrases(doc)]
    if len(matchers.triggers):
        hits += [(s, e) for _, s, e in matchers.triggers(doc)]
    vetoes = [(s, e) for _, s, e in matchers.unless(doc)]
    return sorted(
        (s, e)
        for s, e in set(hits)
        if not any(s < v_end and v_start < e for v_start, v_end in vetoes)
    )


def _names(span: Span | Doc) -> set[str]:
    """Product-like names in a text: words with a capital inside ("DashPass",
    "iPhone") or capitalized mid-sentence ("the Aria dress"), not stop words."""
    names = set()
    for token in span:
        text = token.text
        if len(text) < 3 or not text.isalpha() or token.is_stop:
            continue
        inner = any(c.isupper() for c in text[1:]) and not text.isupper()
        if inner or (text[0].isupper() and not token.is_sent_start):
            names.add(text)
    return names


def named_by_customer(unit: Span, original_doc: Doc | None) -> bool:
    """Whether the unit talks about a product the customer named themselves
    ("DashPass gives you ..." when they wrote about their DashPass charge):
    that is their topic, not a pitch."""
    if original_doc is None:
        return False
    return bool(_names(unit) & {t.text for t in original_doc})


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].is_space or doc[start].text in {",", *UNIT_BREAKS}):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in {",", *UNIT_BREAKS}):
        end -= 1
    return (start, end) if end > start else None


def _break_width(doc: Doc, i: int, stop: int) -> int:
    """How many tokens from ``i`` separate two units (0: no break here): a
    colon, semicolon or dash; ", and" / ", but"; or "and" / "but" before a
    new subject ("... opens in February and we've got ...")."""
    token = doc[i]
    if token.text in UNIT_BREAKS:
        return 1
    nxt = doc[i + 1] if i + 1 < stop else None
    after = doc[i + 2] if i + 2 < stop else None
    if token.text == "," and nxt is not None and nxt.lower_ in {"and", "but"}:
        return 2 if after is not None and not after.is_punct else 0
    if token.lower_ in {"and", "but"} and i > 0 and doc[i - 1].text != ",":
        return 1 if nxt is not None and nxt.lower_ in CLAUSE_SUBJECTS else 0
    return 0


def units(doc: Doc, start_char: int, end_char: int) -> list[Span]:
    """The units of ``doc`` between two character offsets: sentences, cut
    after ``:``, ``;`` and dashes, before ", and" / ", but", and before "and"
    / "but" that start a clause with its own subject."""
    out: list[Span] = []
    for sentence in doc.sents:
        if sentence.end_char <= start_char or sentence.start_char >= end_char:
            continue
        begin = sentence.start
        stop = sentence.end
        while begin < stop and doc[begin].idx < start_char:
            begin += 1
        while stop > begin and doc[stop - 1].idx + len(doc[stop - 1]) > end_char:
            stop -= 1
        cut = begin
        for i in range(begin, stop):
            skip = _break_width(doc, i, stop)
            if skip:
                piece = _trim(doc, cut, i)
                if piece is not None:
                    out.append(doc[piece[0] : piece[1]])
                cut = i + skip
        piece = _trim(doc, cut, stop)
        if piece is not None and any(not t.is_punct for t in doc[piece[0] : piece[1]]):
            out.append(doc[piece[0] : piece[1]])
    return out


def _continues(unit: Span) -> bool:
    first = unit[0].lower_
    return first in CONTINUATIONS


def _paragraph_starts(doc: Doc) -> list[int]:
    return [t.i for t in doc if t.is_space and "\n\n" in t.text]


def pitches(
    doc: Doc,
    start_char: int,
    end_char: int,
    matchers: _Compiled,
    original_doc: Doc | None = None,
    asked: bool = False,
) -> list[Span]:
    """Spans of the draft that pitch, per the rule's matchers: each unit with
    a trigger not excused by ``not_pitch`` or by naming a product the customer
    named; a unit with no trigger of its own that opens with a pronoun ("It's
    great value") joins the pitch before it. When the customer ``asked`` about
    the topic, only pitches after an opener that changes the subject ("While
    you're here", "Before you go"), in the same paragraph, are kept."""
    triggers = trigger_spans(doc, matchers)
    skip_questions = bool(matchers.rule.options.get("skip_questions", False))
    excused = [(s, e) for _, s, e in matchers.not_pitch(doc)]
    openers = [s for _, s, _ in matchers.openers(doc)]
    breaks = _paragraph_starts(doc)
    found: list[tuple[int, int]] = []
    previous_end = -1
    for unit in units(doc, start_char, end_char):
        hit = any(unit.start <= s and e <= unit.end for s, e in triggers)
        if skip_questions and unit[-1].text == "?":
            hit = False
        own = any(unit.start <= s and e <= unit.end for s, e in excused)
        own = own or named_by_customer(unit, original_doc)
        if hit and asked:
            hit = any(o < unit.end and not any(o < b < unit.start for b in breaks) for o in openers)
        joins = (
            not hit
            and bool(found)
            and found[-1][1] == previous_end
            and _continues(unit)
            and not any(found[-1][1] <= b < unit.start for b in breaks)
            and not own
        )
        if joins:
            found[-1] = (found[-1][0], unit.end)
        elif hit and not own:
            found.append((unit.start, unit.end))
        previous_end = unit.end
    return [doc[s:e] for s, e in found]


# --------------------------------------------------------------------------- check


@check("stock-pitch")
def stock_pitch(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """Report pitches (stock, new products, promotions, cross-sells, upsells)
    the customer did not ask about, at ``info`` when their message is unknown."""
    matchers = compiled(rule, ctx.doc.vocab)
    asked = ctx.original_doc is not None and customer_asked(ctx.original_doc, matchers)
    region = ctx.region_of(rule.scope)
    start, end = (region.start, region.end) if region is not None else (0, len(ctx.text))
    for span in pitches(ctx.doc, start, end, matchers, ctx.original_doc, asked):
        finding = ctx.span_finding(rule, span)
        if ctx.original_doc is None:
            note = rule.options.get("unknown_original_note", UNKNOWN_ORIGINAL)
            finding = replace(finding, severity="info", message=f"{finding.message} {note}")
        yield finding
