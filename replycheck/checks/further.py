"""Further checks from the guidance "don't just apologize, make it right; give
a time frame" (principle ``make-it-right``). Both are ``info``: they point at
what a reply is missing, which is a judgement a lead may overrule.

- ``empty-apology``: the reply apologizes but nowhere does, offers or explains
  anything (no action, fix, next step or alternative).
- ``no-timeframe``: the reply promises to do something later ("we'll look
  into it", "someone will get back to you") and nowhere says when.

Both read the whole of the agent's own words, since the fix or the time frame
may be anywhere; the word lists are the rules' options in rulesets/further.toml.
Precision comes first: any sign of an action or a time counts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from replycheck import regexcache
from replycheck.checks import check
from replycheck.checks.closing import (
    TokenTable,
    apologizes_at,
    apology_candidates,
    has_phrase,
    ids_have_phrase,
    may_apologize,
    phrase_words,
    span_words,
    words_have_phrase,
)
from replycheck.context import word_ids

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

_CLOCK: Final = regexcache.compile(r"^\d{1,2}([:.]\d{2})?(am|pm)?$|^\d{1,2}(am|pm)$", re.I)
_DATE: Final = regexcache.compile(
    r"^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$|^\d{1,2}(st|nd|rd|th)$", re.I
)


_OWN_SENTENCES: Final = "replycheck.further.own_sentences"


def _own_sentences(ctx: CheckContext) -> list[tuple[int, int]]:
    """Token bounds of the body's sentences (whole, trimmed) that have a word;
    listed once per draft and shared by both checks."""
    out: list[tuple[int, int]] | None = ctx.doc.user_data.get(_OWN_SENTENCES)
    if out is not None:
        return out
    region = ctx.message.body
    start, end = (region.start, region.end) if region is not None else (-1, len(ctx.text) + 1)
    out = TokenTable.of(ctx.doc).worded_sentences(start, end)
    ctx.doc.user_data[_OWN_SENTENCES] = out
    return out


# --------------------------------------------------------------------------- empty apology


AGENTS: Final = frozenset({"i", "we", "they", "team", "someone"})
AUXILIARIES: Final = frozenset(
    {"'ve", "have", "has", "'ll", "will", "'re", "are", "am", "'m", "is", "'s"}
)
BE_PAST: Final = frozenset({"was", "were", "is", "are"})
MODALS: Final = frozenset({"will", "'ll", "can", "could", "should"})
BEEN: Final = frozenset({"been", "being"})
CURRENCY: Final = frozenset({"£", "$", "€"})
#: The words ``takes_action`` reads a deed from; other tokens are skipped unread.
_DEED_WORDS: Final = AGENTS | BE_PAST | MODALS | BEEN


def takes_action(span: Span, options: dict[str, Any]) -> bool:
    """Whether the text does, offers or explains something: an action phrase
    ("on its way", "you can", "refund"), an agent's deed in the perfect,
    progressive or future ("I've sent", "we're fixing", "we'll replace"), any
    plan ("your car will be ready", "the garage can collect it"), or a passive
    deed ("has been refunded"), unless its verb only acknowledges
    ("we've received your email")."""
    doc = span.doc
    table = TokenTable.of(doc)
    positions = table.positions(span.start, span.end)
    lower = table.lower
    ids = [lower[i] for i in positions]
    if ids_have_phrase(ids, options.get("action_phrases", ())):
        return True
    if options.get("questions_act", False) and (
        _word_id("?") in ids or any(table.like_url[span.start : span.end])
    ):
        return True
    null = _lowered(tuple(options.get("null_verbs", ())))
    deed_words = word_ids(_DEED_WORDS)
    for index in range(len(positions) - 1):
        if ids[index] not in deed_words:
            continue
        following = [doc[i] for i in positions[index + 1 : index + 4]]
        if _deed(doc[positions[index]].lower_, following, null):
            return True
    return not word_ids(CURRENCY).isdisjoint(ids)


def _deed(word: str, following: list[Token], null: frozenset[str]) -> bool:
    """Whether ``word`` and the (up to three) words after it tell of a deed."""
    if word in AGENTS and following and following[0].lower_ in AUXILIARIES:
        for verb in following[1:]:
            if verb.lower_ in {"just", "now", "also", "already", "be", "been", "personally"}:
                continue
            if verb.is_alpha and verb.lower_ not in null:
                return True
            break
    if word in BE_PAST and following:
        verb = next((t for t in following if t.lower_ not in {"now", "also", "just"}), None)
        if verb is not None and verb.lower_.endswith("ed") and verb.lower_ not in null:
            return True
    if word in MODALS and following:
        verb = next((t for t in following if t.lower_ not in {"be", "also", "now"}), None)
        if verb is not None and verb.is_alpha and verb.lower_ not in null:
            return True
    if word in BEEN and following:
        verb = following[0]
        if verb.lower_.endswith(("ed", "en", "t")) and verb.lower_ not in null:
            return True
    return False


@lru_cache(maxsize=64)
def _lowered(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _word_id(word: str) -> int:
    (found,) = word_ids(frozenset({word}))
    return found


@check("empty-apology")
def empty_apology(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """The first apology of a reply that nowhere makes anything right."""
    if not may_apologize(ctx):
        return
    doc = ctx.doc
    sentences = _own_sentences(ctx)
    apologizing = first_apologizing(doc, sentences)
    if apologizing is None:
        return
    if any(takes_action(doc[s:e], rule.options) for s, e in sentences):
        return
    yield ctx.span_finding(rule, doc[apologizing[0] : apologizing[1]])


def first_apologizing(doc: Doc, sentences: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first of ``sentences`` (token bounds, in order) that apologizes:
    only the words that may apologize are looked at, each in its own sentence."""
    starts = [start for start, _ in sentences]
    for index in apology_candidates(doc):
        found = bisect_right(starts, index) - 1
        if found < 0:
            continue
        start, end = sentences[found]
        if index < end and apologizes_at(doc, start, end, index):
            return start, end
    return None


# --------------------------------------------------------------------------- no time frame


def gives_time(span: Span, options: dict[str, Any]) -> bool:
    """Whether the text names a time: a day, date or clock time, "within 24
    hours", "by Friday", "this afternoon" ("soon" and "as soon as possible" do not count)."""
    if has_phrase(span, options.get("time_phrases", ())):
        return True
    units = {w.lower() for w in options.get("time_units", ())}
    tokens = [t for t in span if not t.is_space]
    for index, token in enumerate(tokens):
        text = token.text
        if _CLOCK.match(text) and (":" in text or text[-2:].lower() in {"am", "pm"}):
            return True
        if _DATE.match(text):
            return True
        if (token.like_num or text.lower() in {"a", "an", "one", "few", "couple"}) and (
            index + 1 < len(tokens) and tokens[index + 1].lower_ in units
        ):
            return True
    return False


def _starts(words: tuple[str, ...], phrases: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) word indexes where any phrase occurs in ``words``."""
    out = []
    for phrase in phrases:
        wanted = phrase_words(phrase)
        width = len(wanted)
        out += [
            (i, i + width) for i in range(len(words) - width + 1) if words[i : i + width] == wanted
        ]
    return out


def promises_later(sentence: Span, options: dict[str, Any]) -> bool:
    """Whether a sentence promises a later action ("we'll look into it",
    "someone will get back to you"): a promise phrase shortly after a future
    marker whose subject is not the customer, not tied to a condition or an
    event ("once it's confirmed", "if it happens again"), not waiting on the
    customer and not merely an offer ("happy to look into it"): see ``not_promises``."""
    words = span_words(sentence)
    if words_have_phrase(words, options.get("not_promises", ())):
        return False
    futures = _starts(words, options.get("future", ()))
    reach = int(options.get("promise_reach", 6))
    for start, _ in _starts(words, options.get("promises", ())):
        for f_start, f_end in futures:
            if f_end <= start and start - f_end <= reach:
                if f_start > 0 and words[f_start - 1] == "you":
                    continue
                return True
    return False


@check("no-timeframe")
def no_timeframe(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """Promises of later action in a reply that never says when."""
    options = rule.options
    promises = _phrase_ids(tuple(options.get("promises", ())))
    futures = _phrase_ids(tuple(options.get("future", ())))
    if not (_holds_any(ctx.lower_ids, promises) and _holds_any(ctx.lower_ids, futures)):
        return
    doc = ctx.doc
    bounds = _own_sentences(ctx)
    lower = TokenTable.of(doc).lower
    promising = []
    for start, end in bounds:  # a Span only for a sentence that passes the word tests
        words = set(lower[start:end])
        if _holds_any(words, promises) and _holds_any(words, futures):
            sentence = doc[start:end]
            if promises_later(sentence, options):
                promising.append(sentence)
    if not promising or any(gives_time(doc[s:e], options) for s, e in bounds):
        return
    for sentence in promising:
        yield ctx.span_finding(rule, sentence)


@lru_cache(maxsize=64)
def _phrase_ids(phrases: tuple[str, ...]) -> tuple[frozenset[int], tuple[frozenset[int], ...]]:
    """Each phrase as the set of its words' lower-case ids (for cheap tests),
    with the ids of each phrase's longest word: a text with none of those
    holds none of the phrases."""
    from replycheck.context import word_ids

    words = [phrase_words(p) for p in phrases if phrase_words(p)]
    keys = word_ids(frozenset(max(w, key=len) for w in words))
    return keys, tuple(word_ids(frozenset(w)) for w in words)


def _holds_any(
    ids: AbstractSet[int], phrases: tuple[frozenset[int], tuple[frozenset[int], ...]]
) -> bool:
    """Whether a text with these lower-case word ids has every word of one of
    the phrases (in any order): a cheap test that must pass for a phrase to occur."""
    keys, sets = phrases
    return not keys.isdisjoint(ids) and any(words <= ids for words in sets)
