"""RC201 unanswered-question: flag each question or request of the customer's
that the draft leaves unanswered (principle: answer what was asked).

The customer's message is ``ctx.original_doc``: the message the caller passed
(findings then index it, ``where="original"``) or the one quoted inside the
draft (offsets index the draft, ``where="quoted"``). With no customer message
the check yields nothing; the report's ``original`` field says so. Every ask,
answered or not, goes into ``ctx.asked`` for the report's checklist. The
check is registered in ``replycheck.checks`` (``unanswered_question``), which
imports this module on the first draft whose customer's message is known.

An ask the routes leave unanswered gets a learned second opinion
(``replycheck.thread.answered_model``): the finding is dropped, and the ask
counted answered, when the model's P(unanswered) is below the rule's option
``second_opinion_below`` (0 turns it off). Only those asks are read, so the
model costs nothing on a draft that answers everything. The option
``answer_type_veto`` names the expected answer types (``"reason"``,
``"person"``, ``"time"``, ``"money"``) whose asks are never put to the model when no draft
sentence on their topic carries that type (``replycheck.thread.type_veto``):
other words can carry the topic, not the kind of answer. The shipped ruleset
names only ``"money"`` (docs/quality.md, "Round four"; rulesets/thread.toml).

The two halves of a choice put to the agent ("I want an engineer to look at
it, or I want to drop to the cheaper package") are one ask: when neither is
answered, one finding spans both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from replycheck import regexcache
from replycheck.checks.options import read_once
from replycheck.errors import RulesetError
from replycheck.model import Asked, Where
from replycheck.nlp import straighten
from replycheck.thread import addressed, lexicon_for
from replycheck.thread.answered import (
    SetAside,
    Weighed,
    alternatives_unnamed,
    asks_concepts,
    choice_left_open,
    choice_sides,
    deadline_unsaid,
    needs_given,
    needs_left_unsaid,
    nothing_handed_over,
    only_acknowledged,
    purpose_unsaid,
    sent_to_given,
    speaks_of_other_item,
    topic_unnamed,
)
from replycheck.thread.answered_model import AnsweredModel, load_model
from replycheck.thread.answers import Statement
from replycheck.thread.asked import Ask, AskedMessage
from replycheck.thread.features import DraftCounts, ask_features, draft_counts
from replycheck.thread.interleaved import slot_answers, slots
from replycheck.thread.language import looks_english
from replycheck.thread.reading import read_thread
from replycheck.thread.slot_offers import slot_offered
from replycheck.thread.type_veto import (
    VETOED,
    act_left_unsaid,
    bare_yes_of_another,
    cancel_left_unsaid,
    date_left_open,
    inclusion_left_unsaid,
    leave_implied,
    leave_left_unsaid,
    missing_type,
    money_left_unsaid,
    only_boilerplate,
    only_policy,
    only_referred,
    pick_unmade,
    whereabouts_left_unsaid,
)

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

_QUOTE_LIMIT: Final = 90
#: At most this much text between the halves of a choice (", or ").
_CHOICE_GAP: Final = 8


def unanswered_question(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """Fill ``ctx.asked`` and yield a finding per unanswered ask."""
    where = ctx.original_where
    if ctx.original_doc is None or where is None:
        return
    lexicon = lexicon_for(rule)
    reading = read_thread(ctx, lexicon)
    if reading is None:
        return
    message = reading.message
    asks = message.asks
    if not asks:
        return
    if not looks_english(message.text):
        return  # the lists are English: another language would read as noise
    statements = reading.statements()
    customer = ctx.original_text or ""
    draft = straighten(ctx.message.own)  # what the statements' offsets index
    opinion = read_once(rule, _read_options)
    unanswered: list[Ask] = []
    # the concepts of the customer's whole message, with how often each is
    # named: for asks that request an act a draft may swap for a rival one
    # (``rival_acts``) or do to another thing (``_other_object``), one pass
    named = _message_concepts(message)
    # an interleaved draft (quote, answer, quote, answer): each ask is read
    # against the sentences under its own quoted piece and the intro only
    under = slots(ctx.message.quoted or "", asks, statements) if where == "quoted" else None
    every = statements
    # what the second opinion reads of the statements alone, counted once per
    # list of them (the whole draft, or one quoted piece's), not per ask
    counted: list[tuple[Sequence[Statement], DraftCounts]] = []
    for index, ask in enumerate(asks):
        if under is not None:
            slot = under.own[index]
            if slot_answers(ask, slot):
                _record(ctx, customer, ask, where, True)
                continue
            statements = under.with_free(slot)
        else:
            statements = every
        sides = choice_sides(ask, message.words)
        if sides is not None:
            # a recommendation asked between two things ("the oak or the
            # walnut?") is answered by a pick ("I'd go with the oak") and
            # left open without one, whatever the routes would read
            answered = not choice_left_open(sides, statements, draft)
        elif needs_left_unsaid(ask, statements, draft):
            # asked what to send or bring, and no sentence says anything of
            # what is needed from the customer ("What do you need from us?"
            # <- who handles the claim, why the coach was late): no route
            # nor the model may take another sentence on its topic for it
            answered = False
        elif needs_given(ask, statements, draft):
            # ... and one that tells them ("We'll need a letter from his
            # doctor and your booking invoice") answers it
            answered = True
        elif sent_to_given(ask, statements, message.text):
            # asked to send a thing to a recipient it names ("to my
            # employer"), and it is sent to the address or name the message
            # gives for them ("We will email the letter to hr@acme.com")
            answered = True
        elif opinion.below > 0:  # collect what the routes read, for the second opinion
            weighed: list[Weighed] = []
            aside: list[SetAside] = []
            answered = (
                addressed(ask, statements, asks, weighed, aside, named)
                or (
                    # leave or need given or waived in other words ("Dogs are
                    # welcome", "No need to send it back"), with no yes or no
                    leave_implied(ask, statements, asks, draft)
                )
                # a visit or slot asked for, and one offered or booked with a
                # day or time ("When can you fit me in?" <- "We can do Monday
                # at 8:30am")
                or slot_offered(ask, statements, draft)
                or (
                    # a why, who or when with no reason, person or time on its
                    # topic stays unanswered whatever the model says
                    not (opinion.veto and missing_type(ask, statements, asks, opinion.veto, draft))
                    # a yes/no naming a day or date with no time, yes or no in
                    # the draft ("by Thursday the 19th?" <- "turnaround is quick")
                    and not date_left_open(ask, statements)
                    # a yes/no asking leave or need with no yes, no, welcome,
                    # "you can" or need in the draft ("Can we bring her?" <-
                    # check-in times and parking)
                    and not leave_left_unsaid(ask, statements, draft, asks)
                    # money asked back or paid for, and no refund, charge or sum
                    # in the draft ("Can we have some money back?" <- a draft
                    # about the fault alone)
                    and not money_left_unsaid(ask, statements)
                    # a cancellation asked for, and no sentence cancels, ends or
                    # refuses it (a retention offer: "before you go, ...")
                    and not cancel_left_unsaid(ask, statements)
                    # a refund, compensation, replacement, removal, pause or
                    # apology asked for, and no sentence does, refuses or says
                    # no to anything ("Can I get a replacement?" <- care tips)
                    and not act_left_unsaid(ask, statements)
                    # a sentence about the other item of a pair or another
                    # person's case ("the front pads", "Milo's booster") is what
                    # the model would read as the answer
                    and not speaks_of_other_item(ask, statements, asks, named)
                    # an ask added on ("Could Mark also look at the shower
                    # door?", a P.S.) is the one a draft forgets: when the draft
                    # names less than half of what it is about, it has not
                    # answered it in other words
                    and not (_added_on(ask, customer) and topic_unnamed(ask, statements))
                    # ... or added on by its sentence's lead-in ("Also, can you
                    # remove my card details?", "One more thing: ..."), and the
                    # draft names none of what it is about
                    and not (_led_in(ask, customer) and topic_unnamed(ask, statements, wholly=True))
                    # the draft's only word on it is a promise to answer later
                    # or an acknowledgement ("We'll follow up on the SLA point.")
                    and not only_acknowledged(ask, statements, lexicon)
                    # asked to be sent something, and nothing is sent, attached,
                    # promised or refused, nor another way to get it given
                    and not nothing_handed_over(ask, statements)
                    # asked what a thing is for, and no sentence says what it
                    # does or pays for ("The isolator was fitted on 12 January")
                    and not purpose_unsaid(ask, statements)
                    # asked where their thing is now, and no sentence gives a
                    # place, a time, what was done with it, or a yes or no
                    # ("Once you can write respectfully, we'll look at your refund")
                    and not whereabouts_left_unsaid(ask, statements)
                    # asked whether a thing is included, and no sentence says
                    # so of it: how it works, praise, or another thing included
                    # ("Is breakfast included?" <- "Breakfast is served from 7")
                    and not inclusion_left_unsaid(ask, statements, asks, draft)
                    # every sentence on it only points to the terms ("Deposits
                    # are handled under our terms and conditions (section 6)")
                    and not only_referred(ask, statements, draft)
                    # every sentence on it is boilerplate that commits to
                    # nothing ("We take the safety of pets very seriously"
                    # for "Is the poison safe around our dog?")
                    and not only_boilerplate(ask, statements, lexicon)
                    # asked after their own case ("Will I lose my £60 fitting
                    # fee?") and every sentence on it gives only the rule for
                    # everyone ("Fitting fees are non-transferable in most
                    # circumstances") or where it is written
                    and not only_policy(ask, statements, draft)
                    # a pick asked between things already named ("Which of
                    # the two would go better with the lamb?") and no sentence
                    # picks or gives a verdict ("Both are wonderful wines")
                    and not pick_unmade(ask, statements, draft)
                    # a need with a deadline and no time, yes or no anywhere
                    # in the draft ("I need her shod before the 14th" <- "I'll
                    # have a look at her feet when I'm next out")
                    and not deadline_unsaid(ask, statements, asks)
                    # asked between two alternatives, and no sentence names
                    # either ("online or in person?" <- the tutors and the
                    # price) nor hands the choice back ("whichever suits")
                    and not alternatives_unnamed(ask, message.words, statements, draft)
                    and second_opinion(
                        ask, statements, asks, weighed, opinion, aside, _counts(counted, statements)
                    )
                    < opinion.below
                )
            )
        else:
            answered = addressed(ask, statements, asks, named=named)
        if answered and bare_yes_of_another(ask, statements, draft, asks):
            # a need asked, met only by a bare yes said of another ask's thing
            answered = False
        _record(ctx, customer, ask, where, answered)
        if not answered:
            unanswered.append(ask)
    read = message.text  # what the asks were read from (quote marks blanked)
    for start, end, first in _choices(unanswered):
        said = first.text if end == first.end else read[start:end]
        yield ctx.finding(rule, start, end, where=where, message=_message(said, first.kind))


#: An ask added on to the message: "also", "as well" or a closing "too" ("can
#: you send the manual too?", not "is he too young?") in it, or a P.S. opening
#: its line.
_ADDED: Final = regexcache.compile(r"\b(?:also|as well|too(?=\s*[?.!,]|\s*$))\b", re.IGNORECASE)
_POSTSCRIPT: Final = regexcache.compile(r"\s*p\.?\s?s\b", re.IGNORECASE)
#: The most words a lead-in before an ask may have (``_led_in``).
_LEAD_WORDS: Final = 5
#: A lead-in that adds an ask on ("One more thing:", "one last question,",
#: "Another thing:", "While I'm at it,", "On another note,").
_ONE_MORE: Final = regexcache.compile(
    r"\b(?:one (?:more|last|other) (?:thing|question)|another (?:thing|question)"
    r"|while i'?m at it|on (?:an)?other note|on a separate note)\b",
    re.IGNORECASE,
)


def _added_on(ask: Ask, customer: str) -> bool:
    """Whether ``ask`` is added on to the message (``_ADDED``): said with
    "also", "as well" or "too", or on a line that opens with a P.S."""
    if _ADDED.search(ask.text) is not None:
        return True
    line = customer.rfind("\n", 0, ask.start) + 1
    return _POSTSCRIPT.match(customer, line, ask.start + 3) is not None


def _led_in(ask: Ask, customer: str) -> bool:
    """Whether ``ask`` is added on by the lead-in its sentence opens with
    before its own words: "also" or "as well" (``_ADDED``), or "one more
    thing", "another question", "while I'm at it" (``_ONE_MORE``), in at
    most ``_LEAD_WORDS`` words ("Also, can you remove my card details?"); a
    longer lead-in holds a clause of its own, whose "also" is not this
    ask's."""
    line = customer.rfind("\n", 0, ask.start) + 1
    opening = max(line, *(customer.rfind(mark, 0, ask.start) + 1 for mark in ".?!"))
    lead = customer[opening : ask.start]
    if not lead.strip() or len(lead.split()) > _LEAD_WORDS:
        return False
    return _ADDED.search(lead) is not None or _ONE_MORE.search(lead) is not None


def _record(ctx: CheckContext, customer: str, ask: Ask, where: Where, answered: bool) -> None:
    """Put ``ask`` in the report's checklist, in the customer's words as
    written (asks are read from a copy with straight quotes)."""
    text = customer[ask.start : ask.end]
    ctx.asked.append(Asked(text, ask.start, ask.end, where, ask.kind, ask.expects, answered))


def _message_concepts(message: AskedMessage) -> dict[str, int]:
    """The concepts the customer's message names anywhere, each with how
    often it is named, read off its word index in one pass (it has one
    whenever it asks something)."""
    if message.words is None:
        return asks_concepts(message.asks)
    return message.words.counts(0, len(message.text))


def _choices(unanswered: Sequence[Ask]) -> Iterator[tuple[int, int, Ask]]:
    """The spans to report: each unanswered ask, except that the halves of a
    choice put to the agent ("I want an engineer to look at it, | or I want to
    drop to the cheaper package"), both unanswered, are one ask, reported once
    over both."""
    pending: tuple[int, int, Ask] | None = None
    for ask in unanswered:
        if pending is not None and ask.either and ask.start - pending[1] <= _CHOICE_GAP:
            pending = (pending[0], ask.end, pending[2])
            continue
        if pending is not None:
            yield pending
        pending = (ask.start, ask.end, ask)
    if pending is not None:
        yield pending


def _counts(
    counted: list[tuple[Sequence[Statement], DraftCounts]], statements: Sequence[Statement]
) -> DraftCounts:
    """``draft_counts(statements)``, kept in ``counted`` (one slot) while the
    same list of statements is read for ask after ask."""
    if counted and counted[0][0] is statements:
        return counted[0][1]
    counts = draft_counts(statements)
    counted[:] = [(statements, counts)]
    return counts


class SecondOpinion(NamedTuple):
    """RC201's options for its learned second opinion."""

    below: float  # drop a finding the model puts below this P(unanswered); 0: off
    path: str  # the model file, read on first use
    #: the expected answer types whose asks the model may not clear when the
    #: draft gives no answer of that type on their topic (``type_veto``)
    veto: frozenset[str] = frozenset()


def second_opinion(
    ask: Ask,
    statements: Sequence[Statement],
    asks: Sequence[Ask],
    weighed: Sequence[Weighed],
    opinion: SecondOpinion,
    aside: Sequence[SetAside] = (),
    counts: DraftCounts | None = None,
) -> float:
    """The model's P(unanswered) for an ask the routes leave unanswered, from
    what they ``weighed`` for it and the sentences their guards set ``aside``
    (collected by ``addressed``); ``counts``: ``draft_counts(statements)``,
    if the caller has it."""
    model: AnsweredModel = load_model(opinion.path)
    return model.probability(ask_features(ask, statements, asks, weighed, aside, counts))


def _read_options(rule: Rule) -> SecondOpinion:
    options = rule.options
    below = options.get("second_opinion_below", 0.0)
    name = options.get("second_opinion_model", "answered-model.json")
    if isinstance(below, bool) or not isinstance(below, (int, float)) or not 0 <= below < 1:
        raise RulesetError(
            f"{rule.source}: rule {rule.code}: option 'second_opinion_below' must be a number "
            "from 0 (off) to below 1"
        )
    if not isinstance(name, str) or not name:
        raise RulesetError(
            f"{rule.source}: rule {rule.code}: option 'second_opinion_model' must be a file name"
        )
    veto = options.get("answer_type_veto", [])
    if not isinstance(veto, list) or not all(t in VETOED for t in veto):
        raise RulesetError(
            f"{rule.source}: rule {rule.code}: option 'answer_type_veto' must be a list of "
            f"answer types from {', '.join(repr(t) for t in VETOED)}"
        )
    return SecondOpinion(float(below), str(Path(rule.source).parent / name), frozenset(veto))


def _message(text: str, kind: str) -> str:
    """Name what was asked, quoted, so the text output shows the question."""
    quoted = " ".join(text.split())
    if len(quoted) > _QUOTE_LIMIT:
        quoted = quoted[: _QUOTE_LIMIT - 1].rstrip() + "…"
    if kind == "request":
        return f'The customer asked for this and the draft does not address it: "{quoted}"'
    return f'The customer asked this and the draft does not answer it: "{quoted}"'
