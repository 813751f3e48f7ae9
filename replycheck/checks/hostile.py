"""Rude: hostile sentences aimed at the customer, and complaints about
having to repeat an explanation ("as I have already explained").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from replycheck.checks import check
from replycheck.checks.options import read_once
from replycheck.checks.orders import IF
from replycheck.checks.tone_sentences import (
    SECOND_PERSON,
    apologises,
    indices_finding,
    quoted_tokens,
    sentences_with,
    word_lowers,
)
from replycheck.errors import RulesetError

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule


@check("hostile-sentence")
def hostile_sentence(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """A sentence aimed at the customer ("you"/"your"), with a marker phrase from
    the rule's options, that VADER also scores as clearly negative. The marker
    is what is flagged; sentiment alone never flags anything."""
    threshold, markers, one_word, first_words, last_words, reach = _options(rule)
    own = ctx.message.own
    if one_word:  # a one-word marker: any sentence with it
        sentences = sentences_with(rule, ctx, SECOND_PERSON, first_words | last_words)
    else:
        sentences = sentences_with(
            rule, ctx, SECOND_PERSON, followed=(first_words, last_words, reach)
        )
    for sent in sentences:
        quoted = quoted_tokens(ctx.doc)
        words, lowers = word_lowers(ctx.doc, sent.start, sent.end, quoted)
        if not SECOND_PERSON & set(lowers) or apologises(lowers):
            continue
        hit = _first_marker(lowers, markers)
        if hit is None or _you_as_object(lowers, hit[0]):
            continue
        if hit[0] and lowers[hit[0] - 1] in IF:
            continue  # "if you can't read it, the test stops there": a case put, not an accusation
        if ctx.sentiment(own[sent.start_char : sent.end_char])["compound"] > threshold:
            continue
        yield from indices_finding(rule, ctx, words, (hit[0], hit[1] - 1))


#: Prepositions: "you" right after one is their object, never the subject of
#: the verb that follows ("the car assigned to you broke down").
OBJECT_OF: Final = frozenset({"to", "for", "with", "from", "by", "of", "towards"})


def _you_as_object(lowers: list[str], first: int) -> bool:
    """Whether a marker opens with "you" straight after a preposition, so the
    verb after it has some other subject ("assigned to you broke down")."""
    return first > 0 and lowers[first] == "you" and lowers[first - 1] in OBJECT_OF


_Markers = tuple[tuple[frozenset[str], ...], ...]
_Options = tuple[float, _Markers, bool, frozenset[str], frozenset[str], int]


def _options(rule: Rule) -> _Options:
    """The rule's threshold and markers, validated, with the words that open
    and close a marker and how far apart they may be (read once per rule)."""
    return read_once(rule, _read_options)


def _read_options(rule: Rule) -> _Options:
    options: dict[str, Any] = rule.options
    threshold = options.get("threshold", -0.3)
    raw_markers = options.get("markers", ())
    if not isinstance(threshold, (int, float)) or not isinstance(raw_markers, list):
        raise RulesetError(
            f"{rule.source}: rule {rule.code}: options need a numeric 'threshold' "
            "and a 'markers' list of strings"
        )
    markers = _marker_sequences(tuple(str(marker) for marker in raw_markers))
    first_words, last_words, reach = _marker_ends(markers)
    one_word = any(len(marker) < 2 for marker in markers)
    return (float(threshold), markers, one_word, first_words, last_words, reach)


@lru_cache(maxsize=64)
def _marker_sequences(markers: tuple[str, ...]) -> tuple[tuple[frozenset[str], ...], ...]:
    """Markers as token sequences; "a|b" in a slot means either word."""
    out = []
    for marker in markers:
        out.append(tuple(frozenset(slot.split("|")) for slot in _marker_tokens(marker)))
    return tuple(out)


@lru_cache(maxsize=64)
def _marker_ends(
    markers: tuple[tuple[frozenset[str], ...], ...],
) -> tuple[frozenset[str], frozenset[str], int]:
    """The words that can open and close a marker, and how far apart they may
    be (with room for a stray space token): a sentence without such a pair
    has no marker."""
    first = frozenset(word for marker in markers if marker for word in marker[0])
    last = frozenset(word for marker in markers if marker for word in marker[-1])
    reach = max((len(marker) for marker in markers), default=1) + 1
    return first, last, reach


def _marker_tokens(marker: str) -> list[str]:
    # Slots are written as spaCy tokenizes ("do n't", "'re"), one per space.
    return marker.lower().split()


def _first_marker(
    lowers: list[str], markers: tuple[tuple[frozenset[str], ...], ...]
) -> tuple[int, int] | None:
    """The first marker in ``lowers`` as ``(start, end)``: the earliest start,
    and at it the first marker in the rule's order. Only the markers whose
    first slot holds the word at a position are tried there (a rule has
    dozens of markers, a word opens few)."""
    opening = _markers_by_first_word(markers)
    if opening is None:  # an empty marker matches anywhere: try them all
        return _first_marker_of(lowers, markers, range(len(lowers)))
    count = len(lowers)
    for i, word in enumerate(lowers):
        for marker in opening.get(word, ()):
            end = i + len(marker)
            if end <= count and all(lowers[i + k] in marker[k] for k in range(1, len(marker))):
                return i, end
    return None


def _first_marker_of(
    lowers: list[str], markers: tuple[tuple[frozenset[str], ...], ...], starts: range
) -> tuple[int, int] | None:
    for i in starts:
        for marker in markers:
            if i + len(marker) <= len(lowers) and all(
                lowers[i + k] in slot for k, slot in enumerate(marker)
            ):
                return i, i + len(marker)
    return None


_Opening = dict[str, tuple[tuple[frozenset[str], ...], ...]]
#: ``_markers_by_first_word`` per markers tuple, keyed by its id with the
#: tuple kept alongside (hashing the nested tuple on every call cost more
#: than the lookup saves).
_OPENING: Final[dict[int, tuple[_Markers, _Opening | None]]] = {}


def _markers_by_first_word(markers: _Markers) -> _Opening | None:
    """Each word that can open a marker -> those markers, in the rule's order
    (None when a marker is empty and so opens with no particular word)."""
    cached = _OPENING.get(id(markers))
    if cached is not None and cached[0] is markers:
        return cached[1]
    opening: _Opening | None = None
    if all(markers):
        found: dict[str, list[tuple[frozenset[str], ...]]] = {}
        for marker in markers:
            for word in marker[0]:
                found.setdefault(word, []).append(marker)
        opening = {word: tuple(listed) for word, listed in found.items()}
    _OPENING[id(markers)] = (markers, opening)
    return opening


#: Saying verbs the agent uses about their own explanations.
SAY_VERBS: Final = frozenset(
    {"explain", "explaining", "explained", "say", "saying", "said", "tell", "telling", "told",
     "repeat", "repeating", "repeated", "answer", "answering", "answered", "write", "writing",
     "go", "going", "spell", "clarify", "clarifying", "described", "outlined", "written",
     "emailed", "reminded"}
)  # fmt: skip
#: Reading verbs an agent tells the customer to do again ("re-read my email").
READ_VERBS: Final = frozenset(
    {"read", "re-read", "reread", "reading", "re-reading", "check", "see", "seen", "saw",
     "notice", "noticed"}
)  # fmt: skip
SAID_VERBS: Final = SAY_VERBS | READ_VERBS
#: Words that say it is not the first time.
REPEAT_AFTER: Final = frozenset(
    {"again", "more", "twice", "previous", "last", "earlier", "prior", "myself", "ourselves",
     "circles", "times", "occasions", "before", "previously", "yesterday", "what"}
)  # fmt: skip
#: "I've already explained": the sign before the verb, at most this far.
ALREADY: Final = frozenset({"already"})
ALREADY_REACH: Final = 3
#: What the agent said or wrote before ("my last email").
EARLIER_MESSAGES: Final = frozenset(
    {"email", "emails", "e-mail", "message", "messages", "reply", "replies", "response",
     "responses", "letter", "letters", "answer", "note"}
)  # fmt: skip
#: The saying is aimed at the customer's question, not at a third party.
SAID_OBJECTS: Final = frozenset(
    {"you", "this", "it", "that", "myself", "ourselves", "over", "round", "what"}
)
#: "three times", "several times": a count of repeats.
COUNTS: Final = frozenset(
    {"two", "three", "four", "five", "six", "several", "many", "multiple", "numerous",
     "countless"}
)  # fmt: skip
#: Past saying verbs a time word turns into a repeat ("I explained this yesterday").
SAID_BEFORE: Final = frozenset(
    {"explained", "said", "told", "answered", "repeated", "wrote", "covered"}
)
TIME_BEFORE: Final = frozenset({"before", "previously", "yesterday", "earlier"})
#: A sentence with these is an offer or a pointer ("I'll explain it again on the
#: phone if that's easier", "the dates again below").
REPEAT_OFFERS: Final = frozenset(
    {"if", "happy", "glad", "case", "below", "differently", "another", "better", "clearer",
     "phone", "call", "sorry"}
)  # fmt: skip
FIRST_PERSON: Final = frozenset({"i", "we", "me", "my", "our", "us", "let"})
REPEAT_REACH: Final = 6


@check("repeated-explanation")
def repeated_explanation(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """ "I'll explain this one more time", "I won't be repeating myself", "Please
    read my last message again": the agent telling the customer they have been
    told before. Needs a saying (or re-reading) verb aimed at the customer or
    the question, a sign of repetition, and a first-person or imperative voice;
    an offer ("again on the phone if that's easier") is not flagged."""
    if not ctx.has_any(SAID_VERBS):
        return  # most drafts: no saying verb, nothing to look at
    reach = REPEAT_REACH + TOLD_TO_REACH  # "explained the baggage policy to you twice"
    after = sentences_with(rule, ctx, followed=(SAID_VERBS, REPEAT_AFTER, reach))
    before = sentences_with(rule, ctx, followed=(ALREADY, SAID_VERBS, ALREADY_REACH))
    refused = sentences_with(rule, ctx, followed=(REFUSALS, REPEAT_VERBS, REFUSAL_REACH))
    candidates = {s.start: s for s in after}
    candidates.update((s.start, s) for s in before)
    candidates.update((s.start, s) for s in refused)
    for _, sent in sorted(candidates.items()):
        quoted = quoted_tokens(ctx.doc)
        words, lowers = word_lowers(ctx.doc, sent.start, sent.end, quoted)
        if not lowers or "?" in lowers or REPEAT_OFFERS & set(lowers):
            continue
        found = _repeat_span(lowers)
        if found is None:
            continue
        yield from indices_finding(rule, ctx, words, found)


def _repeat_span(lowers: list[str]) -> tuple[int, int] | None:
    """``(first, last)`` of the saying verb and its sign of repetition, if any."""
    voiced = bool(FIRST_PERSON & set(lowers))
    for k, word in enumerate(lowers):
        if word in READ_VERBS:
            if {"i", "we"} & set(lowers[max(k - 2, 0) : k]):
                continue  # "I can see that our previous letter": the agent reads, no rebuke
            window = lowers[k + 1 : k + 1 + REPEAT_REACH]
            mine = any(
                w in ("my", "our")
                and window[j + 1 : j + 3]
                and EARLIER_MESSAGES & set(window[j + 1 : j + 3])
                for j, w in enumerate(window)
            )
            if not mine:
                continue
        elif word in SAY_VERBS:
            refused = _refused_repeat(lowers, k)
            if refused is not None:
                return k, refused
            if not voiced or not (
                SAID_OBJECTS & set(lowers[k + 1 : k + 3]) or _said_to_you(lowers, k)
            ):
                continue
            if _unsaid(lowers, k):
                continue  # "we should have told you before dispatch": owning what was not said
            if _update_promised(lowers, k):
                continue  # "I will write to you again on 2 May": the next update, promised
            if word in ("go", "going") and not {"over", "round"} & set(lowers[k + 1 : k + 3]):
                continue
        else:
            continue
        last = _repetition_at(lowers, k)
        if last is not None and word in LETTERS and lowers[last] not in ("times", "occasions"):
            continue  # "We have written to you twice": a record of letters sent, not a reproach
        if last is not None:
            first = k - 2 if lowers[max(k - 2, 0) : k] == ["re", "-"] else k  # "re-read"
            return min(first, last), max(k, last)
    return None


#: Repeating verbs an agent refuses ("I will not be repeating their explanation").
REPEAT_VERBS: Final = frozenset({"repeat", "repeating", "re-explain", "re-explaining"})
#: What may be refused a repeat: the explanation itself, by pronoun or by a
#: saying noun after a possessive ("I am not going to repeat them", "repeating
#: their explanation"), not a charge or a mistake ("we won't repeat the mistake").
REFUSED_PRONOUNS: Final = frozenset({"it", "this", "that", "them", "these", "those"})
REFUSED_OWNERS: Final = frozenset({"my", "our", "their", "his", "her", "the", "that", "this"})
SAID_NOUNS: Final = frozenset(
    {"explanation", "explanations", "answer", "answers", "advice", "points", "point",
     "reply", "replies", "reasons", "reasoning", "position", "instructions", "response"}
)  # fmt: skip
#: The refusal: a negation between the speaker and the verb.
REFUSALS: Final = frozenset({"not", "n't", "no"})
#: Words between the speaker and the verb that make the repeat someone else's
#: ("we won't ask you to repeat it") or break the clause.
REFUSAL_BREAKS: Final = frozenset({",", ";", ".", "if", "ask", "asking", "need", "you", "they"})
REFUSAL_REACH: Final = 5


def _refused_repeat(lowers: list[str], verb: int) -> int | None:
    """Index of the last word of a repeat the agent refuses ("I am not going to
    repeat them", "I will not be repeating their explanation"), or None. The
    refusal tells the customer they were answered and should have listened;
    "we won't repeat the mistake" names no explanation and passes."""
    if lowers[verb] not in REPEAT_VERBS:
        return None
    before = lowers[max(verb - REFUSAL_REACH, 0) : verb]
    speaker = next((j for j, w in enumerate(before) if w in ("i", "we")), None)
    if speaker is None or not REFUSALS & set(before[speaker:]):
        return None
    if REFUSAL_BREAKS & set(before[speaker:]):
        return None  # "we won't ask you to repeat it": the repeat is the customer's
    after = lowers[verb + 1 : verb + 3]
    if after[:1] and after[0] in REFUSED_PRONOUNS:
        return verb + 1
    if len(after) == 2 and after[0] in REFUSED_OWNERS and after[1] in SAID_NOUNS:
        return verb + 2
    return None


#: "should have" or "ought to have" before a saying verb: what we
#: failed to say, owned ("we should have told you before dispatch"), not a
#: reminder that we said it before.
UNSAID_MODALS: Final = frozenset({"should", "ought"})


def _unsaid(lowers: list[str], verb: int) -> bool:
    before = lowers[max(verb - 3, 0) : verb]
    return bool(before) and before[-1] in ("have", "'ve") and bool(UNSAID_MODALS & set(before))


#: "will" or "shall" just before "write to you": a letter still to come.
FUTURE_MODALS: Final = frozenset({"will", "'ll", "shall"})


def _update_promised(lowers: list[str], verb: int) -> bool:
    """Whether "write" at ``verb`` is our next letter to the customer, promised
    ("I will write to you again on 2 May to confirm it has been paid"), not
    the explanation written out once more ("I'll write it out again")."""
    return (
        lowers[verb] == "write"
        and lowers[verb + 1 : verb + 3] == ["to", "you"]
        and bool(FUTURE_MODALS & set(lowers[max(verb - 2, 0) : verb]))
    )


#: What may follow an adverb "before" ("as I explained before, ...", "told you
#: before on the phone"); any other word makes it a conjunction or preposition
#: ("the fee was explained before it was applied", "told before dispatch"),
#: which dates the telling and is no reproach.
AFTER_ADVERB_BEFORE: Final = frozenset(
    {"and", "but", "so", "too", "now", "already", "in", "on", "over", "via", "during", "by"}
)


def _before_a_clause(lowers: list[str], j: int) -> bool:
    after = lowers[j + 1 : j + 2]
    return (
        lowers[j] == "before"
        and bool(after)
        and after[0][:1].isalnum()
        and (after[0] not in AFTER_ADVERB_BEFORE)
    )


#: Verbs of sending letters: a repeat only when counted in times ("We have now
#: written to you four times"), not "twice" or "again".
LETTERS: Final = frozenset({"written", "emailed", "reminded"})
#: How many words the thing explained may take before "to you" ("explained
#: the baggage policy to you twice").
TOLD_TO_REACH: Final = 5


def _said_to_you(lowers: list[str], verb: int) -> bool:
    """Whether the saying verb at ``verb`` is aimed at the customer after its
    object: "I've explained the baggage policy to you twice"."""
    window = lowers[verb + 1 : verb + 2 + TOLD_TO_REACH]
    return any(window[j : j + 2] == ["to", "you"] for j in range(len(window) - 1)) and not (
        {".", ",", ";", "and", "but"} & set(window[: window.index("to")] if "to" in window else [])
    )


def _repetition_at(lowers: list[str], verb: int) -> int | None:
    """Index of the last sign of repetition after the verb at ``verb`` ("again",
    "once more", "one more time", "twice", "myself", "circles", "my previous
    email"), or of "already" just before it."""
    found = None
    reach = REPEAT_REACH + (TOLD_TO_REACH if _said_to_you(lowers, verb) else 0)
    for j in range(verb + 1, min(len(lowers), verb + 1 + reach)):
        word = lowers[j]
        counted = word in ("times", "occasions") and lowers[j - 1] in COUNTS
        dated = (
            word in TIME_BEFORE and lowers[verb] in SAID_BEFORE and not _before_a_clause(lowers, j)
        )
        if word in ("again", "twice", "myself", "ourselves", "circles") or counted or dated:
            found = j
        elif word == "more" and lowers[j - 1] in ("once", "one"):
            found = j + 1 if lowers[j + 1 : j + 2] == ["time"] else j
        elif word in ("previous", "last", "earlier", "prior") and lowers[j + 1 : j + 2]:
            found = j + 1 if lowers[j + 1] in EARLIER_MESSAGES else found
    if found is None and lowers[verb] in ("repeat", "repeating") and lowers[verb + 1 : verb + 2]:
        said_by_me = lowers[verb + 2 : verb + 3] in (["i"], ["we"]) and len(lowers) > verb + 3
        if lowers[verb + 1] == "what":  # "to repeat what I said"
            found = verb + 3 if said_by_me else verb + 1
    if found is None and "already" in lowers[max(verb - 3, 0) : verb]:
        found = lowers.index("already", max(verb - 3, 0))
    return found
