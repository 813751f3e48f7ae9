"""RC144 blame-fine-when-it-left-us: damage denied by the thing's good state
at the moment it left our hands ("The bike was fine when it left us.", "The
goods left our warehouse in perfect condition", "It passed its checks before
dispatch."), said as a rebuttal.

corpus/README.md labels the denial blame, and the same fact given on the way
to our fix ("It passed its checks before dispatch, so it was hurt in
transit; a new one goes out today") not. The reading needs the whole
sentence and the next one, so it is code, not a token pattern (a pattern
with sentence-wide wildcards made spaCy's plain Matcher run out of memory).

A sentence is read when it holds a handover (``_handover``: "when it left
us / our workshop / the bakery", "when the bike left our workshop",
"before it was dispatched", "when we sent it", "before dispatch", or
"<thing> left our warehouse <state>") and the thing's good state in the
same clause (``_good_state``: "was (perfectly) fine / intact / working",
"was in perfect condition", "had all its buttons", "passed its checks",
"was checked", "wasn't damaged"). It is not flagged when:

- the sentence asks, hedges or supposes ("?", "if", "whether", "should",
  "might"), or apologises;
- the state is negated otherwise ("it was not like this when it left our
  workshop", "unlikely they were sick when they left us");
- the thing left someone else ("the seller's warehouse", "the van");
- the sentence turns ("but", "however") or goes on to our fix or our act
  ("..., so a replacement goes out today", "and I've asked the courier to
  investigate"), or the next sentence of its paragraph offers one ("A new
  one goes out today.", "We'll collect it tomorrow.");
- the customer asked about the state at dispatch ("Was it checked before it
  was sent?"): the sentence is then the answer.

RC149 blame-as-you-chose (``as_you_chose``, below) reads the same kind of
rebuttal told as the customer's own choice ("exactly the size you ordered",
"which is the box you ticked", "You approved the proof.") and shares these
spares.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Final

from replycheck.checks import check
from replycheck.checks.caused import REMEDY_MARKS
from replycheck.checks.helped import ACT_AUX, HAND_ON, US
from replycheck.checks.tone_sentences import (
    apologises,
    indices_finding,
    quoted_tokens,
    sentences_with,
    word_lowers,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: What opens the moment of the handover: "when it left us", "before dispatch".
HANDOVER_LINKS: Final = frozenset({"when", "before", "as", "at"})
#: The thing that left: "it", "they" (the damaged thing, named before).
THING: Final = frozenset({"it", "they"})
#: The thing named as the one that left: "when the bike left our workshop".
NAMING: Final = frozenset({"the", "your", "this", "that", "these", "those"})
#: The thing sent off by us: "before it was dispatched", "when we sent it".
SENT_OFF: Final = frozenset({"dispatched", "despatched", "sent", "shipped", "posted"})
#: The handover as a noun: "before dispatch", "at dispatch".
DISPATCH_NOUNS: Final = frozenset({"dispatch", "despatch", "shipping", "posting", "packing"})
#: Us, as the place it left: "left us", "left me", "left here".
US_LEFT: Final = frozenset({"us", "me", "here"})
#: Our own places, after "the": "when it left the bakery". Not "the van", "the seller's".
OUR_PLACES: Final = frozenset(
    {"shop", "workshop", "warehouse", "factory", "studio", "kitchen", "bakery", "nursery",
     "garage", "salon", "lab", "showroom", "store", "premises", "mill", "forge", "depot",
     "kennels", "cattery", "yard", "workroom", "dairy", "brewery", "winery", "farm"}
)  # fmt: skip
#: "was" / "were": the state told of the past.
WAS: Final = frozenset({"was", "were"})
#: Words allowed between "was" and the state: "was perfectly fine", "was all intact".
STATE_ADVERBS: Final = frozenset(
    {"perfectly", "completely", "absolutely", "totally", "entirely", "fully", "all", "quite",
     "still", "definitely", "certainly", "brand", "properly", "securely", "carefully", "well",
     "thoroughly"}
)  # fmt: skip
#: The good state itself: "fine", "intact", "working", "checked".
GOOD_STATES: Final = frozenset(
    {"fine", "perfect", "intact", "undamaged", "healthy", "flawless", "spotless", "immaculate",
     "pristine", "sound", "ok", "okay", "working", "sealed", "unmarked", "unscratched",
     "unopened", "complete", "whole", "straight", "flat", "correct", "tested", "checked",
     "inspected", "functioning", "faultless", "new", "good"}
)  # fmt: skip
#: After "left us", too loose to be the thing's state ("so the invoice left us fine").
LOOSE_STATES: Final = frozenset({"fine", "ok", "okay", "good", "correct", "new"})
#: Packing words that are a state only with a word of care: "packed properly".
PACKED: Final = frozenset({"packed", "wrapped", "boxed", "crated"})
CARE: Final = frozenset({"properly", "securely", "carefully", "well", "safely", "correctly"})
#: "in perfect condition", "in full working order", "in one piece": the state as a phrase.
STATE_QUALITIES: Final = frozenset(
    {"perfect", "good", "excellent", "pristine", "mint", "great", "fine", "full", "working",
     "top", "one", "new", "showroom", "flawless"}
)  # fmt: skip
STATE_NOUNS: Final = frozenset({"condition", "order", "shape", "health", "piece", "nick"})
#: "passed its checks", "passed inspection": the thing tested and found sound.
CHECK_NOUNS: Final = frozenset(
    {"check", "checks", "inspection", "inspections", "test", "tests", "qc", "testing"}
)
#: "wasn't damaged when it left us": the damage itself denied.
DAMAGE: Final = frozenset(
    {"damaged", "broken", "scratched", "cracked", "dented", "marked", "chipped", "torn",
     "faulty", "leaking", "bent", "stained", "scuffed", "crushed", "split"}
)  # fmt: skip
#: Negations of the state: "it was not like this", "weren't carrying anything".
NOT_STATE: Final = frozenset({"not", "n't", "never", "unlikely", "no"})
#: A denial holding one of these, up to its handover, supposes or hedges
#: ("if it was fine when it left us", "it should have been checked before dispatch").
HEDGES: Final = frozenset(
    {"if", "whether", "unless", "should", "might", "may", "could", "would", "hopefully"}
)
#: A turn after the denial: "..., but something is clearly still wrong".
TURNS_AWAY: Final = frozenset({"but", "however", "though", "although", "yet"})
#: Our fix, named: "a replacement goes out today", "a new one", "we'll collect it".
#: Not "'ll" or "'ve" alone: "so you'll need to claim from the courier" is no fix.
FIX_WORDS: Final = REMEDY_MARKS - {"'ll", "'ve"} | frozenset(
    {"replacement", "replacements", "replace", "replaced", "refund", "resend", "resent",
     "repair", "repaired", "reship", "credit", "credited", "collect", "new", "another",
     "reimburse", "compensate"}
)  # fmt: skip
#: How many words before a fix word a negation takes it back ("not something we refund").
NEGATION_REACH: Final = 3
#: A fix offered as a concession keeps the denial standing (corpus/README.md
#: labels "The plants were perfectly healthy when they left us, ..." blame
#: before "As a gesture of goodwill, I'm happy to swap the two plants").
GOODWILL: Final = frozenset({"goodwill", "gesture", "exception", "one-off", "courtesy"})
#: Where the clause of the state opens.
CLAUSE_BREAKS: Final = frozenset({",", ";", ":", "and", "so", "-", "—", "–"})
#: The people who are not the thing: "you were fine when you left us".
PEOPLE: Final = frozenset({"you", "we", "i", "he", "she"})
#: The words a draft must hold for a sentence to be read.
STATE_GATE: Final = (
    GOOD_STATES | PACKED | STATE_NOUNS | CHECK_NOUNS | DAMAGE | frozenset({"had", "wrong"})
)
HANDOVER_GATE: Final = frozenset({"left"}) | SENT_OFF | DISPATCH_NOUNS
#: A customer's question on the state at dispatch: "Was it checked before it was sent?"
ASKED_STATE: Final = GOOD_STATES | CHECK_NOUNS | DAMAGE | STATE_NOUNS


@check("fine-when-it-left-us")
def fine_when_it_left_us(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """Each sentence that denies the damage by the thing's state when it left us."""
    if not ctx.has_any(HANDOVER_GATE) or not ctx.has_any(STATE_GATE):
        return
    if _asked_about_the_state(ctx):
        return
    for indices, first, last in _rebuttals(rule, ctx, (HANDOVER_GATE, STATE_GATE), _denial):
        yield from indices_finding(rule, ctx, indices, (first, last))


def _rebuttals(
    rule: Rule,
    ctx: CheckContext,
    gates: tuple[frozenset[str], ...],
    read: Callable[[list[str]], tuple[int, int] | None],
) -> Iterator[tuple[list[int], int, int]]:
    """``(indices, first, last)`` of each sentence holding a word of
    every gate in which ``read`` finds a rebuttal (``first``..``last``) that is
    not taken back: no question or apology in the sentence, no hedge up to the
    rebuttal, and no turn or fix after it or in the next sentence. RC144 and
    RC149 share it."""
    for sent in sentences_with(rule, ctx, *gates):
        quoted = quoted_tokens(ctx.doc)
        indices, lowers = word_lowers(ctx.doc, sent.start, sent.end, quoted)
        if not lowers or "?" in lowers or apologises(lowers):
            continue
        found = read(lowers)
        if found is None:
            continue
        first, last = found
        if not HEDGES.isdisjoint(lowers[: last + 1]):
            continue
        if _fix_given(lowers[last + 1 :]) or _fix_follows(ctx.doc, sent):
            continue
        yield indices, first, last


def _denial(lowers: list[str]) -> tuple[int, int] | None:
    """``(first, last)`` of the clause that gives the thing's good state at its
    handover, or None."""
    for k, word in enumerate(lowers):
        if word in HANDOVER_LINKS:
            end = _handover(lowers, k)
            if end is None:
                continue
            first = _clause_start(lowers, k)
            if _good_state(lowers[first:k]):
                return first, end
        elif word == "left" and k > 0 and lowers[k - 1] not in PEOPLE:
            # "The goods left our warehouse in perfect condition"
            if k > 1 and lowers[k - 2] in HANDOVER_LINKS:
                continue  # "when it left us": the handover, read above
            place = _place_end(lowers, k + 1)
            if place is None:
                continue
            first = _clause_start(lowers, k)
            state = _state_after(lowers, place + 1)
            if state is not None and lowers[state] in LOOSE_STATES:
                continue  # "so it left us fine": an email gone through, not a thing's state
            if state is not None and not NOT_STATE.intersection(lowers[first:k]):
                return first, state
    return None


def _handover(lowers: list[str], k: int) -> int | None:
    """The last index of the handover opened by ``lowers[k]`` ("when it left
    us", "before it was dispatched", "when we sent it", "before dispatch")."""
    rest = lowers[k + 1 : k + 5]
    if not rest:
        return None
    if rest[0] in DISPATCH_NOUNS and lowers[k] in ("before", "at"):
        return k + 1
    if rest[0] in THING and rest[1:2] == ["left"]:
        return _place_end(lowers, k + 3)
    if rest[0] in NAMING and rest[2:3] == ["left"] and rest[1].isalpha():
        return _place_end(lowers, k + 4)  # "when the bike left our workshop"
    if rest[0] in THING:
        at = k + 2 + (rest[1:2] != [] and rest[1] in WAS)
        return at if at < len(lowers) and lowers[at] in SENT_OFF else None
    if rest[0] == "we" and rest[1:2] != [] and rest[1] in SENT_OFF:
        return k + 3 if rest[2:3] in (["it"], ["them"]) else k + 2
    return None


def _place_end(lowers: list[str], at: int) -> int | None:
    """The last index of the place left, from ``at``: "us", "our workshop",
    "the bakery"; None for anyone else's ("the van", "the seller's warehouse")."""
    place = lowers[at : at + 2]
    if not place:
        return None
    if place[0] in US_LEFT:
        return at
    if place[0] in ("our", "my") and len(place) == 2 and place[1].isalpha():
        return at + 1
    if place[0] == "the" and len(place) == 2 and place[1] in OUR_PLACES:
        return at + 1
    return None


def _clause_start(lowers: list[str], k: int) -> int:
    """Where the clause holding ``lowers[k]`` opens."""
    return next((j + 1 for j in range(k - 1, -1, -1) if lowers[j] in CLAUSE_BREAKS), 0)


def _good_state(clause: list[str]) -> bool:
    """Whether the clause before the handover gives the thing's good state:
    "the bike was fine", "it was in perfect condition", "your coat had all its
    buttons", "it passed its checks", "we checked it", "it wasn't damaged".
    Any other negation ("it was not like this") or a person as its subject
    ("you were fine") is no such state."""
    for j, word in enumerate(clause):
        subject = clause[j - 1] if j else ""
        if word in WAS and subject not in PEOPLE:
            after = clause[j + 1 :]
            if after[:1] and after[0] in NOT_STATE:
                return after[1:2] != [] and after[1] in DAMAGE
            if NOT_STATE.intersection(clause[:j]):
                return False
            return _state_after(clause, j + 1) is not None
        if word == "had" and clause[j + 1 : j + 2] == ["all"] and subject not in PEOPLE:
            return not NOT_STATE.intersection(clause)
        if word == "passed" and not NOT_STATE.intersection(clause):
            return not CHECK_NOUNS.isdisjoint(clause[j + 1 : j + 4])
        if word in US and clause[j + 1 : j + 2] in (["checked"], ["tested"], ["inspected"]):
            return not NOT_STATE.intersection(clause)
    return False


def _state_after(lowers: list[str], at: int) -> int | None:
    """The last index of a good state opening at ``at`` (after a few adverbs):
    "perfectly fine", "in perfect condition", "in full working order",
    "packed properly", "intact"; None when there is none."""
    j = at
    while j < len(lowers) and j < at + 3 and lowers[j] in STATE_ADVERBS:
        j += 1
    if j >= len(lowers):
        return None
    word = lowers[j]
    if word in GOOD_STATES:
        return j
    if word in PACKED:
        return j if lowers[j + 1 : j + 2] != [] and lowers[j + 1] in CARE else None
    if word == "in":
        phrase = lowers[j + 1 : j + 4]
        for n, noun in enumerate(phrase):
            if noun in STATE_NOUNS:
                return j + 1 + n if n and phrase[0] in STATE_QUALITIES else None
    return None


def _fix_given(rest: list[str], turns: frozenset[str] = TURNS_AWAY) -> bool:
    """Whether the rest of the sentence turns ("but") or goes on to our fix or
    our own act ("so a replacement goes out today", "and I've asked the
    courier to investigate")."""
    if not GOODWILL.isdisjoint(rest):
        return False  # "As a gesture of goodwill, I'm happy to swap them": a concession, not ours
    for j, word in enumerate(rest):
        if word in turns:
            return True
        if word in FIX_WORDS and NOT_STATE.isdisjoint(rest[max(0, j - NEGATION_REACH) : j]):
            return True  # not "that's not something we refund"
        if word in US and _our_act(rest, j):
            return True
    return False


def _our_act(words: list[str], j: int) -> bool:
    """Whether "we"/"I" at ``j`` opens our own act, not negated and not handing
    the problem on ("we'll collect it", not "we can't", "we'd suggest you")."""
    aux = words[j + 1 : j + 2]
    if not aux or aux[0] not in ACT_AUX:
        return False
    verb = words[j + 2] if j + 2 < len(words) else ""
    return verb not in NOT_STATE and verb not in HAND_ON


def _fix_follows(doc: Doc, sent: Span) -> bool:
    """Whether the next sentence, in the same paragraph, offers our fix ("A new
    one goes out today.", "We'll collect it tomorrow.")."""
    if sent.end >= len(doc):
        return False
    following = doc[sent.end].sent
    if "\n\n" in doc.text[sent.end_char : following.start_char]:
        return False
    _, lowers = word_lowers(doc, following.start, following.end)
    return _fix_given(lowers, frozenset())  # a "but" there turns nothing in the denial


def _asked_about_the_state(ctx: CheckContext) -> bool:
    """Whether the customer asked about the state at dispatch ("Was it checked
    before it was sent?", "Did it leave you in one piece?"): the draft then
    answers it."""
    doc = ctx.original_doc
    if doc is None or not ctx.has_any(frozenset({"?"}), original=True):
        return False
    if not ctx.has_any(HANDOVER_GATE, original=True) or not ctx.has_any(ASKED_STATE, original=True):
        return False
    for sent in doc.sents:
        _, lowers = word_lowers(doc, sent.start, sent.end)
        words = set(lowers)
        if "?" in words and words & HANDOVER_GATE and words & ASKED_STATE:
            return True
    return False


# RC149 blame-as-you-chose: what we did held up as exactly what the customer
# chose, so the fault is theirs ("The tyres we fitted are exactly the size
# you ordered", "the cake was decorated exactly as requested", "You approved
# the proof.", "which is the box you ticked"). Same spares as RC144.

#: The customer's choice, after "exactly ... you" or "exactly as". Not
#: "signed" (pointing at what they signed is rude, RC160) nor "asked",
#: "agreed", "typed": "exactly as you asked" / "as agreed" is mostly our promise kept.
CHOSE: Final = frozenset(
    {"chose", "approved", "selected", "ticked", "picked", "ordered", "specified", "requested",
     "gave", "sent", "supplied", "opted", "clicked", "pressed"}
)  # fmt: skip
#: The choice told as a sentence of its own ("You approved the proof."): only
#: the verbs of signing off, not "You ordered ..." or "You asked for ...".
SIGNED_OFF: Final = CHOSE - {"ordered", "requested", "gave", "sent", "supplied"}
#: "exactly", "precisely": what we did matched to the letter.
EXACTLY: Final = frozenset({"exactly", "precisely"})
#: Words allowed between "you" and the verb: "You clearly approved".
CHOICE_ADVERBS: Final = frozenset({"clearly", "actually", "did", "also", "then", "yourself"})
#: A sentence of its own holds none of these: "You chose the express slot, so
#: it arrives tomorrow" goes on to what follows from the choice.
GOES_ON: Final = frozenset(
    {",", "so", "and", "which", "but", "because", ";", ":", "if", "when", "as", "-", "—", "–"}
)  # fmt: skip
#: Future or offer before "exactly": "we'll make it exactly as you asked".
OFFERED: Final = frozenset({"will", "'ll", "can", "could", "would", "'d", "shall", "to"})
#: What "is" the choice: "which is the box you ticked", "is what was selected".
CHOSEN_THING: Final = frozenset({"what", "the", "which"})
CHOICE_GATE: Final = CHOSE | EXACTLY
#: "is", "was": the thing named as the choice.
IS_WAS: Final = WAS | frozenset({"is", "are", "'s"})
#: "is what was selected at checkout": the choice, passive.
CHOSEN: Final = (["was", "selected"], ["was", "chosen"], ["was", "ordered"], ["was", "approved"])
#: The most words a choice told alone may run to: longer, it tells more.
ALONE_LENGTH: Final = 12


@check("as-you-chose")
def as_you_chose(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """Each sentence that holds up what we did as exactly the customer's own
    choice, or states the choice alone as the answer to a complaint."""
    if not ctx.has_any(CHOSE):
        return
    for indices, first, last in _rebuttals(rule, ctx, (CHOICE_GATE,), _held_to_choice):
        yield from indices_finding(rule, ctx, indices, (first, last))


def _held_to_choice(lowers: list[str]) -> tuple[int, int] | None:
    """``(first, last)`` of the choice held up, or None: the choice as a
    sentence of its own ("You approved the proof."), what we did "exactly" as
    chosen ("exactly the size you ordered", "exactly as requested", "exactly
    what was agreed"), or the thing named as the choice ("which is the box you
    ticked", "is what was selected at checkout")."""
    words = [w for w in lowers if w[:1].isalnum()]
    if len(words) >= 3 and words[0] == "you" and GOES_ON.isdisjoint(lowers[:-1]):
        verb = 1 + (words[1] in CHOICE_ADVERBS)
        told = words[verb + 1 : verb + 2] != ["to"]  # "You ticked to say you had read it": rude
        if words[verb] in SIGNED_OFF and told and len(words) <= ALONE_LENGTH:
            return 0, len(lowers) - 1 - (not lowers[-1][:1].isalnum())
    for k, word in enumerate(lowers):
        if word in EXACTLY and OFFERED.isdisjoint(lowers[_clause_start(lowers, k) : k]):
            last = _matched_choice(lowers[k + 1 : k + 6])
            if last is not None:
                return _clause_start(lowers, k), k + 1 + last
        elif (
            word == "you" and k >= 2 and lowers[k + 1 : k + 2] != [] and lowers[k + 1] in SIGNED_OFF
        ):
            named = lowers[k - 2] in IS_WAS and lowers[k - 1] in CHOSEN_THING
            if named or (k >= 3 and lowers[k - 3] in IS_WAS and lowers[k - 2] == "the"):
                return _clause_start(lowers, k), k + 1  # "which is the box you ticked"
        elif word == "what" and k and lowers[k - 1] in IS_WAS and lowers[k + 1 : k + 3] in CHOSEN:
            return _clause_start(lowers, k - 1), k + 2
    return None


def _matched_choice(rest: list[str]) -> int | None:
    """The index in ``rest`` (the words after "exactly") of the customer's
    choice it is matched to: "as requested", "the size you ordered", "what was
    agreed"; None when there is none before the clause goes on."""
    for n, later in enumerate(rest):
        if later in GOES_ON and later != "as":
            return None
        if later not in CHOSE:
            continue
        if (n == 1 and rest[0] == "as") or "you" in rest[:n] or rest[n - 2 : n] == ["what", "was"]:
            return n
    return None
