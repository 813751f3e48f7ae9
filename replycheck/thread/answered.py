"""Decide whether the draft addresses each thing the customer asked.

An ask is answered by a draft sentence that is *about the same thing* and
*gives the kind of answer it calls for*:

- about the same thing: the ask's topic (concepts, stems, numbers) is covered
  by the sentence, together with the sentence before it (answers often name
  the subject in one sentence and answer in the next);
- the kind of answer: the sentence offers an answer type the ask accepts
  (``when`` -> a time, ``how much`` -> money, yes/no -> a yes, a no, a "we
  can"/"we can't", or a done/promised action; requests -> an action or a
  clear refusal). Acknowledgements offer nothing (see ``answers``).

Looser routes, each for a case lexical overlap misses:
- a yes/no question answered by a modal statement on its predicate ("Can I
  switch mid-year?" <- "You can switch at the start of any term"; "Is that
  allowed?" <- "You can ..." about what "that" was), see ``_modal_echo``;
  not when the ask names a time and the statement gives none ("Can your
  engineer fix it on Friday?" <- "Our engineers can fix most leaks in a
  single visit"; ``_time_unsaid``); nor, by this route or by topic, when
  the statement's only yes is said to an earlier ask it names and the draft
  gives no time anywhere ("Have you got it in stock, and can you fit two
  tomorrow?" <- "Yes, we've got that size in stock: £112 fitted";
  ``bare_of_another``);
- an ask made of alternatives that are clauses of their own ("send the
  missing items or refund them"): answering either one answers it;
- hard evidence (a date, an amount, a link) with a third of the topic;
- a typed question (time/place/money/number) that is the only one of its type
  in the message, met by hard evidence of that type ("It'll be with you on
  Thursday" for "When will it arrive?"), unless the question asks a thing's
  date and no clause holding the time names that thing, money for money, or
  "it" ("When is the balance due?" is not answered by "Check-in is from
  4pm"; ``_time_of_another``, also applied to a topic match);
- what the ask names itself (a time, an amount: "before 10am", "the $24")
  met by hard evidence of that type with the topic;
- a yes/no question or request about money or dates ("Will I still be
  charged?", "I'd like compensation") met by an amount or a date, with the
  rest of its topic (``EVIDENCED``);
- a yes/no question or request met by a bare answer ("Yes,", "Of course.",
  "We do.", "Done:"), unless it puts a choice between things ("Should I
  collect it, or will you deliver it?"), when it is the only one of its type, the bare sentence
  shares the topic, or a topicless bare sentence is followed by one that does
  (a bare answer to a request must also act on it);
- a close paraphrase: most of the topic (two or more concepts) in a sentence
  that says something substantive.

- a yes/no question answered by a plain statement that names most of it and
  commits (hard evidence or a no: "Is the gym open on Christmas Day?" <-
  "We're closed on Christmas Day and open again from 7am on Boxing Day"), or
  names all of a question of three concepts or more (``_plain_answer``);
- a request done to this customer in other words: the requested verb's
  concept, an action, hard evidence and "you/your/I/we" ("I've booked Sam in
  on Wednesday 16th at 4:15pm"; ``_done_as_asked``);
- a how-to question answered by an instruction naming part of it ("Go to
  Settings > Members ... choose Make admin").
- every yes/no question of the message answered by a bare answer said of
  them all ("Yes to both."), and the first yes/no question by a bare "Yes,
  I teach online" that names part of it, even when the ask's own noun
  ("lessons") is nowhere in the draft;
- a what-question about opening hours met by times ("9am to 1pm");
- a yes/no question on what the customer stands to pay, lose or keep met
  by a committed sentence saying it in other words of the thing asked about
  ("Will I be charged for the second visit?" <- "there's no charge for the
  return visit"; "Will I lose my deposit?" <- "deposit just carries over,
  nothing lost"; ``_stake_said``);
- a yes/no ask or request for a time ("at 6 not 7", "after work") met by an
  unconditional grant naming that time ("6am from mon is fine";
  ``_time_granted``);
- a demand put as the customer's want ("I want an apology from him", "I
  want the owner to call me") turned down in a sentence naming the act
  demanded, or the demand's own words when it names no act ("He won't be
  apologising for doing his job"; ``_demand_refused``);
- a choice between parties named by pronouns ("my no-claims or hers?", "do
  you provide nappies or do we?") met by a committed sentence naming its
  thing with one side ("it's your no-claims bonus that would be affected";
  ``_side_chosen``).
- a recommendation asked between two things ("Would you recommend the oak
  or the walnut?") is decided by a pick alone: a sentence naming one side
  ("I'd go with the oak") answers it, one naming both side by side with no
  preference ("Oak is £420 and walnut £610") does not (``choice_sides``,
  ``choice_left_open``; RC201 applies them in place of the routes).

What counts as evidence is what the customer did not say themselves: their
own date, amount or person in the draft is restating (``answers.discount_echoes``).
A when/where/how much/how many question needs a cue of its own type or hard
evidence of another, and a "when" about what is still to come ("When will
it be back in stock?") a date or a span, not only a vague time cue ("soon",
"once it has been assessed"); a what/which question needs its focus named ("What's
the weight limit ...?": weight, limit); a yes/no question with a noun
subject needs more than the subject ("Will the concert start on time?" is not
answered by "The concert has been very popular").

Two guards against one sentence answering two asks: when asks share part of
their topic, a sentence must name what sets this one apart ("refund the dress
as well" is not answered by the refund of the delivery charge); and a pointing
ask ("is it accredited?", "can someone collect it?") met only through the
context it borrowed, by the sentence that answers a neighbouring ask, stays
unanswered unless another sentence speaks to what it names; nor is the
second half of a choice that borrowed an earlier ask's words ("is the
hygienist visit covered, or is that extra?" after "Could you move my
appointment?") answered by that ask's answer, which names nothing of the
choice (``_other_half_unnamed``). A sentence that
names only part of an ask ("the car ready by Friday") does not answer it when
a later sentence names all of it only to note it ("I've noted your comments
about the courtesy car"): the draft has set that thing aside. A sentence about another item than the
one asked about, the other side of a pair ("the front pads" for "the rear
pads") or another owner's case ("Milo's booster" for "Is Bella due her
booster?"), answers nothing of it, and the learned second opinion may not
clear the ask on it (``_without_other_items``).

A request that money be sent back ("Refund the extra payment", "I'd like a
refund for the hire") is not done by a sentence whose sum is a charge or a
price and that names no refund or credit ("from June you'll be charged the
Flex rate of £180"), unless it says no; a choice put ("refund or swap?") is
met by either half. A request for one act is not done by a sentence that
does a rival act in its place (``RIVAL_ACTS``: a credit or a replacement for
a refund, a pause for a cancellation) and does not name the act asked for,
unless the customer named the rival act themselves (``rival_acts``); a want
with no verb of ours names its act as a thing ("I want a full refund for the
cake" is not met by "a £20 voucher", ``requested_act``). Nor is
an ask answered by a sentence doing its act to another thing and naming
nothing of the thing asked about ("I'd like a refund for the delivery fee"
<- "I've refunded the Coke"; "Is travel insurance included?" <- "Every
package includes ATOL protection"; ``_other_object``), whichever route would
take it, and the learned second opinion may not clear the ask on it. Nor
is it answered by a sentence that names the act asked for only as the one it
does not take ("I want to cancel my membership" <- "you could switch your
home club instead of cancelling"; ``_named_only_instead``), nor a how-much
by a sum said of another thing ("How much to take up the hem?" <- "a full
new zip is £18"; ``_money_of_another``), in the same way.

A "why" that borrowed its topic ("I want to know why this happened") needs a
sentence that explains (offers a reason), not just any substantive one; one
that gives the figure of a neighbouring ask and the reason together ("£486,
up from £441 because of the claim") answers both. The
only why-question of a message is also answered by a sentence that gives a
cause in other words ("the clutch arrived a day late, so the fitting slipped":
the ``cause`` connectives), since explanations rarely repeat the question.

A "how long?" (``HOW_LONG``) asks for a length of time ("within 5 working
days", "about an hour each"): a point in time is none. How long a thing lasts
or takes ("How long does the service take?") is not answered by the time it
is booked for; how long until something reaches the customer ("How long will
the refund take?") is answered by the time it is due ("It will be with you on
Thursday"), not by the date of what we have done ("I've processed it today,
2 October").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import Final, NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from replycheck import regexcache
from replycheck.refusal_words import CANNOT_OR_UNABLE
from replycheck.thread.answers import (
    BARE_OPENERS,
    BE_FORMS,
    DETERMINERS,
    FREQUENCY,
    MODAL_OPENERS,
    SUBJECT_OPENERS,
    TWO_TO_TWENTY,
    Statement,
    acted_on,
    evidence_types,
    named_instead,
    object_of,
    only_lengths,
    priced,
    sides_named,
    strongest,
)
from replycheck.thread.asked import ALSO_PROBLEM, PERMISSION, Ask, chases_owed
from replycheck.thread.lexicon import WORD, Lexicon, fold
from replycheck.thread.topic import Topic, Words, overlap


class Weighed(NamedTuple):
    """A draft sentence as ``answer_for``'s typed routes weighed it for one
    ask, once past every guard: topic share and weight covered (with the
    sentence before), share in its own words, the strength of the answer type
    it offers the ask (0-2, after the routes' adjustments), the strength of
    the evidence of a type the ask names, and whether it leaves out the
    question's complement."""

    statement: Statement
    share: float
    covered: float
    own_share: float
    strength: int
    evidence: int
    unsaid: bool


class SetAside(NamedTuple):
    """A draft sentence ``answer_for`` set aside for one ask before any route
    weighed it, and the guard that did (one of ``GUARDS``)."""

    statement: Statement
    guard: str


#: What ``answer_for`` sets a sentence aside for, before any route weighs it
#: (``SetAside.guard``): it offers no answer at all (an acknowledgement, a
#: greeting), it hedges, it does not name what sets the ask apart from the
#: customer's other asks, it is a policy said of everyone, it neither names
#: nor gives the money asked about, it tells a past event for a future
#: "when", it does not name a what-question's focus, or it names only a
#: yes/no question's subject.
GUARDS: Final = (
    "no answer",
    "hedged",
    "distinct",
    "policy",
    "money unnamed",
    "past event",
    "focus",
    "subject only",
)


def _set_aside(aside: list[SetAside] | None, statement: Statement, guard: str) -> None:
    if aside is not None:
        aside.append(SetAside(statement, guard))


#: Answer types each expected type accepts.
ACCEPTS: Final[dict[str, tuple[str, ...]]] = {
    "time": ("time",),
    "place": ("place",),
    "money": ("money",),
    "number": ("number", "money", "time", "measure"),
    "reason": ("reason", "yes_no", "past", "statement"),
    "method": ("method", "action", "yes_no", "statement"),
    "person": ("person",),
    "yes-no": ("yes_no", "action"),
    "action": ("action",),
    "info": (
        "yes_no",
        "action",
        "time",
        "place",
        "money",
        "number",
        "reason",
        "method",
        "statement",
        "measure",
    ),
}
#: What a measurement asked for ("What height do you have?", "How tall is
#: it?", "What's the weight?") takes in place of a figure, a sum or a time:
#: "£8.99" says no height, "we can start Tuesday" no "how high".
_NOT_MEASURES: Final = frozenset({"number", "money", "time"})
#: The answer types that are a value of their own: a time, a place, a sum,
#: a count. An ask expecting one is answered by the value, not by talk on its
#: topic (also the hard evidence of ``features`` and the slots of
#: ``interleaved``).
TYPED: Final = ("time", "place", "money", "number")
#: A time question about the future is not answered by a past date.
FUTURE: Final = regexcache.compile(
    r"\b(?:will|going to|gonna|until|how long|how soon|by when|eta|expect)\b"
    # "when they'll be dispatched", "when'll it arrive": the contracted will
    r"|[a-z]'ll\b"
)

#: A question that asks for a length of time ("How long will the refund
#: take?", "how many days does it take?", "how much longer?").
HOW_LONG: Final = regexcache.compile(
    r"\bhow (?:long|much longer|many (?:more )?(?:minutes|hours|days|nights|weeks|months|years))\b"
)
#: A how-long that asks how long a thing lasts or takes in itself ("How long
#: does the service take?", "How long should this last?", "How long can I
#: use my plan abroad?"), which only a length answers ...
_LASTING: Final = regexcache.compile(r"\b(?:take|takes|last|lasts|use|stay|keep)\b")
#: ... unless it is about something still to reach the customer ("How long
#: will the refund take?", "how long does it take to get my deposit back",
#: "how long should I wait"): then the time it is due ("It will be with you
#: on Thursday") answers it as well as a length, as it does a bare "How long?".
_AWAITED: Final = regexcache.compile(
    r"\b(?:will|until|till|get|getting|arrive|arriving|reach|receive|hear|back|come|coming"
    r"|wait|waiting|going to|gonna)\b|[a-z]'ll\b"
)

#: The time a job will be finished or handed back by, which answers how long it
#: takes as well as a length does ("we can have it back to you by Thursday",
#: "it'll be ready on Friday", "done by the 12th"); not the day it starts ("I
#: can collect them on Monday" says nothing of how long the work is).
_WEEKDAY_OR_DATE: Final = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|midday|noon"
    r"|the end of|end of|(?:this|next) (?:week|weekend|month"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|the \d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\b"
)
_FINISHED_BY: Final = regexcache.compile(
    rf"\bby (?:{_WEEKDAY_OR_DATE})"
    rf"|\b(?:ready|back|done|finished|completed?|with you|returned)\b[^.?!;]{{0,20}}?"
    rf"\b(?:on|for) (?:{_WEEKDAY_OR_DATE})"
)

#: Something still to reach the customer ("when will the money reach my new
#: provider?", "how long does it take to get the money?"), which a length of
#: time answers even in other words; not "when will the scaffolding come down?".
_REACHES: Final = regexcache.compile(r"\b(?:reach|receive|get|getting|arrive|arriving|back)\b")
#: A when-question of stock coming back: "When will you have the Bluey house
#: back?", "When will it be back in stock?", "When are you getting more in?",
#: "available again", "It's been sold out for weeks".
_RESTOCK_ASKED: Final = regexcache.compile(
    r"\b(?:(?:have|be)\b[^.?!]{0,40}\bback|back in|in stock|restock\w*|available again"
    r"|in again|sold out|out of stock|(?:get|getting|have|having)\b[^.?!]{0,10}\bmore\b"
    r"[^.?!]{0,40}\bin)\b"
)
#: Concepts of stock arriving: the time of the next delivery or restock
#: answers when stock is back ("Our next delivery is due on 3 December").
_RESTOCK_KIN: Final = frozenset({"stock", "delivery"})

#: Hard evidence of the expected type stands for its concept: asked "what date?",
#: a weekday answers; asked "what's the price?", an amount does.
IMPLIED: Final[dict[str, tuple[str, ...]]] = {
    "time": ("date", "daytime"),
    "money": ("price", "credit", "refund"),
    # asked "what size?", a figure answers ("The Alder is 180cm by 90cm")
    "number": ("size",),
    # asked "what height?" or "how tall?", a measurement answers ("3ft plants")
    "measure": ("dimension", "weigh"),
}

#: Opening hours, asked as a what-question's focus ("What are your hours on
#: Saturday?"), are given as times ("11:30am to 4pm").
_HOURS: Final = "open"

#: The form a thing comes in, asked as a what-question's focus ("What
#: format does it come in?"): the answer names the form, of the thing asked
#: about or pointed at ("It's a paperback"), not of another thing.
_FORMS: Final = frozenset({"format", "size", "colour", "color"})
#: Colours named (the ``colour`` evidence list) stand for the colour asked for.
_COLOUR: Final = "colour"

#: Expected answer types a sentence pointing elsewhere for the details
#: (``Statement.refers``) does not give unless it carries them itself.
_NOT_REFERRED: Final = frozenset(
    {"money", "time", "person", "number", "yes-no", "action", "reason"}
)
#: The values that show a sentence pointing elsewhere still carries the answer
#: to an open "what happens if ..." ask ("We'd add a £12 late fee ...; clause
#: 4 explains everything"); a section's own number is none.
_CARRIED: Final = ("money", "time")
#: The customer told where to read their own thing ("You'll find your sort
#: code in the app"): a way to get it, not a pointer to the rules.
_OWN_FOUND: Final = regexcache.compile(r"\bfind\s+your\b")
#: An ask that asks where the thing is written or put out ("if you publish
#: that anywhere", "is it online?"): the pointer is its answer.
_SOURCE_ASKED: Final = regexcache.compile(
    r"\b(?:where|anywhere|online|website|web\s+site|publish(?:ed|es)?|link)\b", re.IGNORECASE
)

#: Thresholds, tuned on corpus/dev (docs/quality.md).
TOPIC_SHARE: Final = 0.5
STRONG_SHARE: Final = 0.34
BORROWED_SHARE: Final = 0.3
#: Covering this much topic weight is enough however long the question runs on.
ENOUGH_COVERED: Final = 2.0
PARAPHRASE_SHARE: Final = 0.75
#: A plain statement answering a yes/no question names this much of it.
PLAIN_SHARE: Final = 0.66
#: A why-question this short ("Why?", "What happened?", "How did this
#: happen?") names nothing of its own: a cause given in other words, or a
#: sentence telling what happened ("Our engineer's earlier job overran"),
#: answers it.
_BARE_WHY_WORDS: Final = 4
#: A bare "Of course." is followed within this many sentences by what it says yes to.
_FOLLOWING: Final = 2


def addressed(
    ask: Ask,
    statements: Sequence[Statement],
    asks: Sequence[Ask],
    seen: list[Weighed] | None = None,
    aside: list[SetAside] | None = None,
    named: Mapping[str, int] | None = None,
) -> bool:
    """Whether any sentence of the draft answers ``ask`` (see module doc); a
    conditional ask is also settled when the ask before it is answered.
    ``seen`` and ``aside``, when given, collect what ``answer_for(ask, ...,
    seen, aside)`` weighed and set aside for ``ask`` itself (the learned
    second opinion reads them when the answer is no, without running the
    routes twice). ``named``: the concepts of the customer's whole message
    with how often each is named, when the caller has them (``rival_acts``,
    ``_other_object``; else the asks' own)."""
    if _settled(ask, statements, asks, seen, aside, named):
        return True
    if any(_demand_refused(ask, s) for s in statements):
        # "I want an apology from him." <- "He won't be apologising for
        # doing his job": a demand turned down in its own words (read after
        # the routes, so it never stands in for the answer they would find)
        return True
    if _choice_settled(ask, statements, asks):
        return True
    if _side_chosen(ask, statements):
        return True
    if _deadline_met(ask, statements):
        return True
    if _problem_remedied(ask, statements):
        return True
    if not ask.conditional:
        return False
    if ask.condition:
        # "If you won't replace it, tell me my options" <- "we're unable to
        # offer a replacement": a refusal confirms a refused condition, so
        # the ask still stands; only a draft that does it makes the ask moot
        return any(
            s.substantive
            and not (ask.refusal and s.negative)
            and overlap(ask.condition, s.context)[0] >= TOPIC_SHARE
            for s in statements
        )
    # a bare "if not": moot when the ask before it got a yes
    before = [a for a in asks if a.end <= ask.start and not a.conditional]
    found = answer_for(before[-1], statements, asks) if before else None
    return found is not None and not found[0].negative


#: Acts of ours that put a told problem right: a new one sent, a repair, a
#: refund or credit for it.
_REMEDIES: Final = frozenset({"replace", "fix", "delivery", "refund", "credit"})


def _problem_remedied(ask: Ask, statements: Sequence[Statement]) -> bool:
    """Whether a problem the customer told with no ask of its own ("Also the
    left door hinge is broken") meets a sentence that names its thing and
    does something to put it right, in any words: "Sorry about the hinge: a
    new one goes out today", "our engineer will repair the tap on the same
    visit". A sentence that only names the thing ("Sorry about the hinge"),
    tells of it ("Hinges are replaced under warranty"), leaves it to a
    condition or hands the work to the customer does not."""
    if ask.kind != "request" or ask.expects != "action" or ask.predicate:
        return False
    if ALSO_PROBLEM.match("also " + fold(ask.text).lower()) is None:
        # "Can I get my results by email?": a request, not a problem told
        return False
    own = {k for k, w in (ask.core or ask.topic).items() if w >= 1.0 and k not in _REMEDIES}
    return bool(own) and any(
        s.substantive
        and not (
            s.negative
            or s.conditional
            or s.noncommittal
            or s.generic
            or s.instructs
            or s.restates
            or s.narrates
            or s.recounts
            or s.asks_back
        )
        and not _REMEDIES.isdisjoint(s.said)
        and not own.isdisjoint(s.topic)
        for s in statements
    )


def _settled(
    ask: Ask,
    statements: Sequence[Statement],
    asks: Sequence[Ask],
    seen: list[Weighed] | None = None,
    aside: list[SetAside] | None = None,
    named: Mapping[str, int] | None = None,
) -> bool:
    """Whether a sentence of the draft answers ``ask`` itself. A sentence
    that does another act than the one requested (``rival_acts``) is no
    answer, whichever route would take it: the routes never see it."""
    rivals = rival_acts(ask, statements, asks, named)
    if rivals:
        rival_ids = {id(statement) for statement in rivals}
        statements = [s for s in statements if id(s) not in rival_ids]
        for statement in rivals:
            _set_aside(aside, statement, "distinct")
    statements = _without_other_items(ask, statements, aside)
    found = answer_for(ask, statements, asks, seen, aside, named)
    return (
        found is not None
        and not _other_half_unnamed(ask, found[0], asks)
        and not _borrowed_answer(ask, found[0], statements, asks)
        and not _noted_after(ask, found[0], statements)
        and not _neighbours_answer(ask, found[0], statements, asks)
        # "Could you send me a copy of the new agreement?" is not done by
        # "The new agreement has been drawn up" or "Your agreement is stored
        # on your account", which no route tells from an answer on topic
        and not (
            _sent_for(ask)
            and not _hands_over(found[0])
            and not _handed_here_on_topic(ask, statements)
        )
        # "Please update the delivery address to Unit 4, Carrow Works" is not
        # done by "I've sent it to the accounts address we have on file"
        and not _change_unsaid(ask, statements)
        and not deadline_unsaid(ask, statements, asks)
    )


def _other_half_unnamed(ask: Ask, found: Statement, asks: Sequence[Ask]) -> bool:
    """Whether ``ask`` is the second half of a choice ("is the hygienist
    visit covered by my Denplan, | or is that extra?") and the sentence
    credited names nothing the first half names, with the sentence before
    it, nor what the half names itself: the half borrowed the thread's
    earlier words ("Could you move my appointment?"), and the sentence
    answering that ask ("I've moved your appointment to Tuesday") says
    nothing of what the choice is about."""
    if not ask.either or found.bare:
        return False
    if not ask.borrowed and not (ask.core and len(ask.topic) > len(ask.core)):
        # a half that names its own thing ("or is this a known issue?")
        # speaks for itself; one whose topic grew past what it names ("or
        # will everything on it be kept?": keep, plus the thread's screen
        # repair) leans on the thread as a borrowed one does
        return False
    own = frozenset(k for k, w in ask.core.items() if w >= 1.0)
    if own and _names_any(own, found, found.context):
        return False
    at = next((i for i, other in enumerate(asks) if other is ask), 0)
    if at == 0:
        return False
    keys = frozenset(k for k, w in asks[at - 1].topic.items() if w >= 1.0)
    return bool(keys) and not _names_any(keys, found, found.context)


#: Acts a request for one of them is not done by (its concept -> the
#: concepts of the rival acts): "Can you refund me?" is not done by "We'll
#: send a replacement", nor "Please cancel my membership" by "I've paused
#: it", unless the draft also names the act asked for (a refusal, "we can't
#: refund it, so we've sent a replacement", answers it) or the customer
#: named the rival act themselves ("a voucher is fine if not").
RIVAL_ACTS: Final[dict[str, frozenset[str]]] = {
    "refund": frozenset({"replace", "credit", "discount", "add"}),
    "replace": frozenset({"refund", "credit"}),
    "cancel": frozenset({"pause", "discount"}),
    "pause": frozenset({"cancel"}),
    "upgrade": frozenset({"discount"}),
}


def requested_act(ask: Ask) -> str:
    """The act a request asks for: its verb ("Refund the deposit"), or for a
    request put as a want with no verb of ours ("I want a full refund for the
    cake") the one act of ``RIVAL_ACTS`` it names; empty when there is none."""
    if ask.expects != "action":
        return ""
    if ask.predicate:
        return ask.predicate[-1]
    acts = [k for k, w in (ask.core or ask.topic).items() if w >= 1.0 and k in _WANTED_ACTS]
    return acts[0] if len(acts) == 1 else ""


#: The acts a want names as a thing ("I want a full refund", "I'd like a
#: replacement"); "a stop on the debt collection" is no cancellation to rival.
_WANTED_ACTS: Final = frozenset({"refund", "replace"})


def asks_concepts(asks: Sequence[Ask]) -> dict[str, int]:
    """The concepts the customer's asks name, each counted once: what stands
    for their message's concepts when the message's own word index is not
    at hand (``rival_acts``, ``_other_object``)."""
    return dict.fromkeys((key for ask in asks for key in (*ask.topic, *ask.core)), 1)


def rival_acts(
    ask: Ask,
    statements: Sequence[Statement],
    asks: Sequence[Ask],
    named: Collection[str] | None = None,
) -> list[Statement]:
    """The sentences of the draft that do an act rivalling the one ``ask``
    requests (``_rival_act``), and a sentence right after one that names
    nothing of the ask in its own words (its topic leans on the rival act:
    "I've cancelled your desk membership. | You're always welcome back");
    none for most asks, which request no act of ``RIVAL_ACTS``. A rival act
    the customer named (``named``: their message's concepts, or else their
    asks') is one they would take ("If not, a voucher is fine")."""
    if requested_act(ask) not in RIVAL_ACTS:
        return []
    if named is None:
        named = asks_concepts(asks)
    found: list[Statement] = []
    after = False
    for statement in statements:
        if _rival_act(ask, statement, named):
            found.append(statement)
            after = True
        elif after and statement.substantive and not overlap(ask.topic, statement.said)[0]:
            found.append(statement)
            after = False
        else:
            after = False
    return found


def _rival_act(ask: Ask, statement: Statement, named: Collection[str]) -> bool:
    """Whether ``statement`` does, in its own words, an act that rivals the
    one ``ask`` requests (``RIVAL_ACTS``), none of which the customer named,
    without naming the act asked for and not as an offer on a condition:
    "Can you refund the deposit?" <- "We've kept your deposit as a credit on
    your account"."""
    act = requested_act(ask)
    rivals = RIVAL_ACTS.get(act)
    if rivals is None or statement.bare or statement.asks_back or statement.conditional:
        return False
    said = statement.said
    if act in said or act in statement.topic:
        return False
    done = rivals.intersection(said)
    # "I've added a £12 credit to your next box": the credit they named
    return bool(done) and done.isdisjoint(named)


#: A capitalized word of the customer's ask after its first ("Is Bella due
#: her booster?", "Has Ella's place been confirmed?"): a name, perhaps.
_ASK_NAME: Final = regexcache.compile(r"(?<=[ \t])[A-Z][a-z]+")


#: A sentence's sides and owners, read by ``_without_other_items`` in C.
_SIDES: Final = attrgetter("sides")
_OWNERS: Final = attrgetter("owners")


def _without_other_items(
    ask: Ask, statements: Sequence[Statement], aside: list[SetAside] | None = None
) -> Sequence[Statement]:
    """The draft's sentences less those that answer for another item than the
    one ``ask`` names: the other side of a pair ("Are the rear tyres legal?"
    <- "The front tyres have 5mm left": ``answers.SIDES``), or another
    owner's case ("Is Bella due her booster?" <- "Milo's booster is due on
    14 March"), naming neither the side nor the name asked about (set aside
    as "distinct"). The sentence right after one keeps only its own topic:
    what it borrows from the sentence before is the other item ("The upper
    retainer is ready to collect. | Please bring the old retainer"). Most
    drafts name no side and no owner: then the ask's text is not read."""
    # (asked again for every ask: the two attributes read in C, no generator)
    if not (any(map(_SIDES, statements)) or any(map(_OWNERS, statements))):
        return statements
    asked_sides: frozenset[tuple[str, str]] | None = None
    names: list[str] | None = None
    kept: list[Statement] = []
    after = False
    for statement in statements:
        other = False
        if statement.sides:
            if asked_sides is None:
                asked_sides = sides_named(WORD.findall(fold(ask.text)))
            other = any(
                pair == theirs and side not in statement.sides
                for pair, side in asked_sides
                for theirs, _ in statement.sides
            ) and not any(side in statement.sides for side in asked_sides)
        if not other and statement.owners:
            if names is None:
                words = [m.group().lower() for m in _ASK_NAME.finditer(ask.text)]
                names = [k for k in ask.topic if any(w.startswith(k) for w in words)]
            other = (
                bool(names)
                and not any(key in statement.context for key in names)
                and any(not any(o.startswith(k) for k in names) for o in statement.owners)
            )
        if other:
            _set_aside(aside, statement, "distinct")
        elif after:
            kept.append(replace(statement, context=statement.said))
        else:
            kept.append(statement)
        after = other
    return kept


def speaks_of_other_item(
    ask: Ask,
    statements: Sequence[Statement],
    asks: Sequence[Ask] = (),
    named: Mapping[str, int] | None = None,
) -> bool:
    """Whether a sentence of the draft answers for another item than the one
    ``ask`` names (``_without_other_items``): then the learned second opinion,
    which reads topic shared and answer types offered, cannot clear the ask
    on that sentence's strength. So does one that tells of a thing besides
    with the ask's own verb ("It also comes with a guarantee" for "Does it
    come with a charger and a lock?", ``_adds_besides``): the draft says what
    comes with it, and the thing asked about is not among it; and one that
    does the act asked for to another thing ("I've refunded the Coke" for a
    refund of the delivery fee, ``_other_object``; ``named`` as for
    ``addressed``)."""
    if len(_without_other_items(ask, statements)) < len(statements):
        return True
    acts = _acts_read(ask, statements)
    return any(
        _adds_besides(ask, s) or _other_object(ask, s, asks, named, acts) for s in statements
    )


def _noted_after(ask: Ask, found: Statement, statements: Sequence[Statement]) -> bool:
    """Whether the sentence credited names only part of what the ask names,
    and a later sentence names all of it only to note it or pass it on: "they
    expect to have the car ready by Friday 14th ... I've noted your comments
    about the courtesy car and passed them on" leaves "when can I expect a
    courtesy car?" open; the date is for a different car."""
    named = [key for key, w in (ask.core or ask.topic).items() if w >= 1.0]
    if len(named) < 2 or all(key in found.context for key in named):
        return False
    return any(
        s.start > found.end
        and not (s.substantive or s.bare)
        and all(key in s.topic and key not in s.said for key in named)
        # "You asked whether you should still pay the old amount. | No,
        # please ignore that bill.": a restatement the answer follows
        and not (index + 1 < len(statements) and statements[index + 1].bare)
        for index, s in enumerate(statements)
    )


def _own_keys(ask: Ask, other: Ask) -> frozenset[str]:
    """The full-weight concepts ``ask`` names that ``other`` does not."""
    theirs = {**other.topic, **other.core}
    return frozenset(k for k, w in ask.topic.items() if w >= 1.0 and k not in theirs)


def _neighbours_answer(
    ask: Ask, found: Statement, statements: Sequence[Statement], asks: Sequence[Ask]
) -> bool:
    """Whether the sentence credited is a neighbouring ask's answer on the
    same topic and not this one's: the routes give it to both, it names what
    sets the neighbour apart and nothing that sets this ask apart (no concept
    of its own, no hard evidence one stands for), and no other sentence
    speaks to this ask. "How much extra have I been charged because of the
    leak? ... I'd like a leak allowance applied" <- "the leak has added about
    £38 to your last bill": the sum, not the allowance. Its own kind of
    answer in other words still counts ("when can I pick the car up?" <-
    "you can collect it from 2pm today; the bill is £312"), and a sentence
    that names what it asks about ("Nobody needs to be home") keeps it for
    the routes (57 dev misses were such neighbours' answers, against more
    than 600 sentences rightly shared by two asks, so the test is narrow).
    An ask whose only concepts of its own are the time it names ("Is the
    check-up visit included? ... Can someone come out this week?") is told
    apart by that time: a neighbour's answer that gives none ("Your check-up
    visit is included in the price") does not answer it."""
    if found.bare or ask.generic or not ask.topic:
        return False
    timed = ask.expects in ("yes-no", "action") and "time" in evidence_types(ask.text.lower())
    for other in asks:
        if other is ask or other.generic or not other.topic:
            continue
        mine = _own_keys(ask, other)
        if not mine and not (timed and _time_unsaid(found)):
            # nothing of its own but the time it names ("Is the follow-up
            # visit included? ... Can someone come out this week?"): the
            # neighbour's answer gives it none ("Your follow-up visit is
            # included in the price"); else too little to tell them apart
            continue
        if ask.expects != other.expects and found.offers.get(ask.expects) == 2:
            # "How much is the repair, and when can I pick the car up?" <-
            # "you can collect it from 2pm today; the bill is £312": its own
            # kind of answer (a time) in other words
            continue
        if (
            _names_any(mine, found, found.context)
            # "after 6pm?" <- "come by after 6": its own time, said back
            or _clock_said(mine, found)
            or not (_names_any(_own_keys(other, ask), found) or _kind_given(other, ask, found))
        ):
            # what it names with the sentence before it counts: "The inks are
            # tested for toys and are safe. | A new copy is on its way."
            continue
        # the costly test last: the routes give the sentence to the neighbour too
        theirs = answer_for(other, statements, asks)
        if theirs is None or theirs[0] is not found:
            continue
        rest = [s for s in statements if s is not found]
        if any(s.substantive and _names_any(mine, s) for s in rest):
            return False  # another sentence speaks to what it names
        return answer_for(ask, rest, asks) is None
    return False


def _kind_given(other: Ask, ask: Ask, found: Statement) -> bool:
    """Whether the sentence is ``other``'s answer by its kind: ``other``
    asks a time, a sum, a place or a number, of another kind than ``ask``,
    and the sentence gives one as hard evidence ("When will the refund
    arrive?" <- "Your refund will reach your card by Friday"). Such a
    sentence sets the neighbour apart by its answer even when the two asks
    name the same things, so it is ``ask``'s only with evidence of its own:
    a sentence that offers ``ask``'s kind too, however loosely ("Your renewal
    is £310, up from £280 because of the new flood cover" for "why has it
    gone up?"), is left to the routes."""
    return (
        other.expects != ask.expects
        and other.expects in TYPED
        and found.offers.get(other.expects) == 2
        and not found.offers.get(ask.expects.replace("-", "_"))
    )


#: A question put as a choice inside one clause ("my no-claims or hers?",
#: "do you provide nappies or do we?", "us or you?"); not "or not", "or so".
#: Written "or" first and the \b before it as a lookbehind after it
#: (``(?<!\wor)``): the same matches as ``\bor\b...``, but a pattern that opens
#: with a literal is searched for that literal, not tried at every character.
_CHOICE: Final = regexcache.compile(
    r"or(?<!\wor)\b(?! (?:not|so|anything|something|other|two|three|more|less)\b)"
)


#: Possessive pronouns for the other party of a choice that spaCy's stop
#: words leave out ("my policy or theirs?").
_PARTIES: Final = frozenset({"theirs", "hers", "ours", "yours", "mine"})


def _between_things(lowered: str) -> bool:
    """Whether a question puts a choice whose second side names a thing or
    an act ("the oak or the walnut?", "or will you deliver it?"), not only a
    party ("or hers?", "or do we?") or "or not"."""
    choice = _CHOICE.search(lowered)
    return choice is not None and any(
        word not in STOP_WORDS and word not in _PARTIES
        for word in WORD.findall(fold(lowered[choice.end() :]))
    )


def _side_chosen(ask: Ask, statements: Sequence[Statement]) -> bool:
    """Whether a question put as a choice ("If I claim, does it go on my
    no-claims or hers?") is answered by a sentence that commits to one side,
    naming the thing the choice is about ("it's your no-claims bonus that
    would be affected"; "Nappies are provided by the nursery"): choosing
    takes no yes, no time, no amount. The thing is the question's own topic
    (what it names itself, when it borrowed the rest), less the pronouns
    that name the sides ("hers", "theirs"). Only a choice between parties
    named by pronouns: "who should I contact, you or the courier?" is not
    answered by "I've asked the courier to trace it"."""
    if ask.kind != "question" or ask.expects not in ("yes-no", "person", "info"):
        return False
    lowered = ask.text.lower()
    choice = _CHOICE.search(lowered)
    if ask.alternatives or ask.generic or choice is None:
        return False
    # the other side is a party named by a pronoun ("or hers?", "or do we?",
    # "us or you?"): a thing there ("you or the courier?") is a choice of
    # things, which naming one of them in passing does not settle
    if not all(
        word in STOP_WORDS or word in _PARTIES
        for word in WORD.findall(fold(lowered[choice.end() :]))
    ):
        return False
    own = ask.core if ask.borrowed and ask.core else ask.topic
    thing = {k: w for k, w in own.items() if k not in STOP_WORDS and k + "s" not in _PARTIES}
    if not thing:
        return False
    for statement in statements:
        if (
            statement.substantive
            and not statement.noncommittal
            and not statement.restates
            and not statement.conditional
            and overlap(thing, statement.said)[0] >= TOPIC_SHARE
        ):
            return True
    return False


#: A yes/no asking whether the customer must pay ("Do I have to pay for the
#: return postage?", "will we need to pay again?"): a sum or "free" said of
#: everyone ("Returns are free") is the answer for them too.
_OBLIGED: Final = regexcache.compile(
    r"\b(?:do|does|will|would)\s+(?:i|we|he|she|they)\s+(?:still\s+)?(?:have|need)\s+to\s+pay\b",
    re.IGNORECASE,
)


#: A need with a deadline ("I need the report before then", "I need it
#: back by the 30th"): what is needed, then "by" or "before" a time.
_NEED_BY: Final = regexcache.compile(r"\bneed(?:s|ed)?\b[^.?!;]*?\b(?:by|before)\b", re.IGNORECASE)


def _deadline_met(ask: Ask, statements: Sequence[Statement]) -> bool:
    """Whether a need with a deadline ("I need the survey report before
    then") is met by a sentence that says when the thing will come, on its
    topic ("The full report will be with you on Friday the 14th"): a
    delivery date is the answer to a deadline, whatever the routes look for
    in a request."""
    if ask.expects != "action" or _NEED_BY.search(ask.text) is None:
        return False
    return any(
        statement.future
        and statement.offers.get("time") == 2
        and not statement.negative
        and not statement.asks_back
        and not statement.conditional
        and overlap(ask.topic, statement.context)[0] > 0
        for statement in statements
    )


def deadline_unsaid(ask: Ask, statements: Sequence[Statement], asks: Sequence[Ask]) -> bool:
    """Whether a need with a deadline ("I need her shod before the 14th", "I
    need the design finalised before I fly out on the 22nd") meets a draft
    that gives no time anywhere, nor a yes or a no (``_time_unsaid``): "I'll
    have a look at her feet when I'm next out" or "Laura will send it over as
    soon as it's ready" takes up the work but leaves the deadline, the thing
    the customer is worried about, unanswered. When the customer also asks
    when ("When could you have them ready?"), that question carries the
    deadline and is the one left open."""
    if ask.expects != "action" or _NEED_BY.search(ask.text) is None:
        return False
    if any(other is not ask and other.expects == "time" for other in asks):
        return False
    return all(_time_unsaid(statement) for statement in statements)


#: A recommendation asked between two named things ("Would you recommend
#: the oak or the walnut?", "would you suggest peonies or roses?"): the
#: customer wants a pick, not the facts of both sides.
_RECOMMEND: Final = regexcache.compile(r"\b(?:recommend|recommended|suggest|advise|prefer)\b")
#: A sentence that picks between the sides it names ("I'd go for the oak
#: over the walnut"); "both" and "either" are no pick ("both include
#: fitting", "either way we seal them").
_PREFERS: Final = regexcache.compile(
    r"\b(?:recommend|suggest|advise|better|best|prefer|rather|instead|over|pick|choose"
    r"|go (?:for|with))\b"
)
#: A verdict asked between the sides ("Is straw or reed better for a cottage
#: this old?", "which is best, the gloss or the satin?"): a pick too, not
#: the facts of both sides ("both have their fans").
_VERDICT: Final = regexcache.compile(r"\b(?:better|best)\b")
#: How many words either side of the "or" a side's name is looked for in.
_SIDE_WORDS: Final = 4


def choice_sides(ask: Ask, words: Words | None) -> tuple[frozenset[str], frozenset[str]] | None:
    """The sides of a recommendation asked between two things ("Would you
    recommend the oak or the walnut for the worktop?"): the topic keys
    nearest the "or" on each side, each side's own; None for any other ask.
    Only a recommendation: "which is cheaper, dailies or monthlies?" is
    answered by the figures of both, "should we restart the printer or leave
    it alone?" by "leave the printer as it is", "collect or post?" by
    "whichever suits you" (dev cases the wider reading flagged)."""
    if words is None or ask.either or ask.generic or ask.conditional:
        return None
    lowered = ask.text.lower()
    choice = _CHOICE.search(lowered)
    if choice is None or (
        _RECOMMEND.search(lowered, 0, choice.start()) is None and _VERDICT.search(lowered) is None
    ):
        return None
    return _sides(ask, words, choice.start(), choice.end())


def _sides(
    ask: Ask, words: Words, start: int, end: int
) -> tuple[frozenset[str], frozenset[str]] | None:
    """The topic keys nearest the "or" at ``start``-``end`` of ``ask.text``
    on each side, each side's own; None when a side names nothing of its
    own."""
    at, after = ask.start + start, ask.start + end
    first, split = words.range(ask.start, at)
    right_first, last = words.range(after, ask.end)
    left: Topic = {}
    for begin in range(split - 1, max(first, split - _SIDE_WORDS) - 1, -1):
        left = words.topic(words.starts[begin], at)
        if left:
            break
    right: Topic = {}
    for stop in range(right_first + 1, min(last, right_first + _SIDE_WORDS) + 1):
        right = words.topic(after, words.end_of(stop - 1))
        if right:
            break
    own_left = frozenset(k for k in left if k not in right and k not in STOP_WORDS)
    own_right = frozenset(k for k in right if k not in left and k not in STOP_WORDS)
    if not own_left or not own_right:
        return None
    return own_left, own_right


def choice_left_open(
    sides: tuple[frozenset[str], frozenset[str]], statements: Sequence[Statement], draft: str
) -> bool:
    """Whether no sentence of the draft picks a side of the recommendation
    asked (``choice_sides``): one that names one side and not the other ("I'd
    go with the oak"), or both with a preference ("oak rather than walnut").
    Sentences naming neither, or both side by side ("Oak comes in at £420 and
    walnut at £610"), leave the pick open. ``draft``: the text the
    statements' offsets index."""
    left, right = sides
    for statement in statements:
        if (
            not (statement.substantive or statement.bare)
            or statement.noncommittal
            or statement.restates
            or statement.asks_back
        ):
            continue
        topic = statement.topic
        names_left = any(key in topic for key in left)
        names_right = any(key in topic for key in right)
        if names_left != names_right:
            return False
        if names_left and _PREFERS.search(draft[statement.start : statement.end].lower()):
            return False
    return True


#: A clause opening after the "or" ("or does it need sending off?", "or
#: can you move it full?", "or I'll take my business elsewhere"): the
#: alternative is a course of action or a threat, which a draft answers in
#: other words ("Leave the clothes in"), not a thing or a kind to name.
_CLAUSE_AFTER_OR: Final = regexcache.compile(
    r"\s*(?:(?:is|are|was|were|am|can|could|do|does|did|will|would|shall|should|may|might"
    r"|must|has|have|had|need|i|we|you|they|he|she|it|there|if|else|not)\b"
    r"|\w+'(?:ll|m|re|s|d|ve)\b)"
)
#: A question of what we are ("Are you actually incompetent or just
#: thieves?"): venting, not a choice to settle. Whether a thing exists
#: ("Is there anywhere we can charge it at yours or nearby?", ``_THERE_IS``)
#: is answered by the thing ("There's a charger by the old barn"), whichever
#: side it is on.
_ABOUT_US: Final = regexcache.compile(r"\s*(?:are|were)\s+you\b")
#: The choice handed back or both sides granted ("whichever suits you",
#: "either is fine", "we do both"): an answer that names neither side.
_EITHER_WAY: Final = regexcache.compile(
    r"\b(?:whichever|either|both|up to you|your (?:choice|call))\b"
)


def alternatives_unnamed(
    ask: Ask, words: Words | None, statements: Sequence[Statement], draft: str
) -> bool:
    """Whether a question put between two things or kinds ("whether lessons
    are online or in person?", "is the saffron from Iran or Spain?") meets a
    draft in which no sentence names either side (``_sides``) nor hands the
    choice back or grants both ("whichever suits you", "we do both"): the
    draft may be all about lessons, but it has not said which. One naming a
    side, as a fact or a pick ("All lessons are held online"), answers it.
    Alternatives that are clauses ("can you fix it while I wait or does it
    need sending off?") are answered in other words too often ("we can fit
    a new arm in 15 minutes") to be read by the words they name;
    ``choice_sides`` reads recommendations, which need a pick."""
    if words is None or ask.either or ask.generic or ask.conditional or ask.expects == "action":
        # a request with a fallback ("the rest of my deposit back by Friday,
        # or a written breakdown") asks for either act, not which holds
        return False
    lowered = ask.text.lower()
    if _THERE_IS.match(lowered) or _ABOUT_US.match(lowered):
        return False
    choice = _CHOICE.search(lowered)
    if choice is None or _CLAUSE_AFTER_OR.match(lowered, choice.end()):
        return False
    sides = _sides(ask, words, choice.start(), choice.end())
    if sides is None:
        return False
    named = sides[0] | sides[1]
    for statement in statements:
        if statement.asks_back:
            continue
        if not named.isdisjoint(statement.said) or not named.isdisjoint(statement.topic):
            return False
        if _EITHER_WAY.search(draft[statement.start : statement.end].lower()):
            return False
    return True


def _choice_settled(ask: Ask, statements: Sequence[Statement], asks: Sequence[Ask]) -> bool:
    """Whether ``ask`` is one half of a choice ("Can the pharmacist give flu
    jabs to children, | or is it adults only?") whose other half the draft
    answers: "Our pharmacists vaccinate from age 2 upwards" settles both."""
    at = next((i for i, other in enumerate(asks) if other is ask), -1)
    if at < 0:
        return False
    if ask.either and at > 0 and _settled(asks[at - 1], statements, asks):
        return True
    following = asks[at + 1] if at + 1 < len(asks) else None
    return following is not None and following.either and _settled(following, statements, asks)


#: The concept of "free", "no charge", "costs nothing": a price stated.
_FREE: Final = "free"


def _borrowed_answer(
    ask: Ask, found: Statement, statements: Sequence[Statement], asks: Sequence[Ask]
) -> bool:
    """Whether a pointing ask ("Is it accredited?", "Can someone collect
    it?") was met only through the context it borrowed, by a sentence that
    answers a neighbouring ask ("You'll receive a certificate"), and no other
    sentence answers it. What the ask names itself ("accredited") is the
    question; the borrowed words are the thread's subject."""
    core = ask.core
    if not core or core == ask.topic or ask.generic or ask.expects in TYPED:
        return False
    if ask.expects == "reason" and (found.offers.get("reason") or found.offers.get("cause")):
        # "How much is my renewal, and why has it gone up?" <- "It's £486,
        # up from £441 because of the claim in March": one sentence gives the
        # figure and the reason, and the reason answers the "why"
        return False
    if sum(w for w in core.values() if w >= 1.0) < 1.0:
        return False
    named = [key for key, w in core.items() if w >= 1.0]
    if any(key in found.context for key in named) or (
        _FREE in found.context and any(EVIDENCED.get(key) == "money" for key in named)
    ):
        # what it names itself, or "free" for a charge: "Is there a charge
        # for that?" <- "There's no charge for paper statements" (a sum for
        # the neighbour's refund does not stand for it: "I've refunded £5.80
        # for the fries" leaves "something back for the delivery fee?" open)
        return False
    answers = _answers_of_others(statements, asks)
    taken = {answer for other, answer in answers if other is not ask}
    if id(found) not in taken:
        return False
    rest = [s for s in statements if id(s) not in taken]
    if any(s.substantive and any(key in s.context for key in named) for s in rest):
        return False  # another sentence speaks to what it names
    return answer_for(ask, rest, asks) is None


#: The last ``_answers_of_others``: the asks and sentences it read (held,
#: so that their ids stay theirs), the sentences' ids, and what it found.
_OTHERS_READ: Final[
    list[tuple[Sequence[Ask], Sequence[Statement], tuple[int, ...], list[tuple[Ask, int]]]]
] = []


def _answers_of_others(
    statements: Sequence[Statement], asks: Sequence[Ask]
) -> list[tuple[Ask, int]]:
    """Each ask that borrows no context, with the id of the sentence that
    answers it among ``statements``: what ``_borrowed_answer`` reads for
    every pointing ask. Kept for the last asks and sentences read, so a
    draft with many pointing asks routes each of the others once, not once
    per pointing ask (a long draft of quoted asks was quadratic)."""
    key = tuple(map(id, statements))
    if _OTHERS_READ:
        held_asks, _, held_key, held = _OTHERS_READ[0]
        if held_asks is asks and held_key == key:
            return held
    answers = []
    for other in asks:
        if not other.borrowed:
            answer = answer_for(other, statements, asks)
            if answer is not None:
                answers.append((other, id(answer[0])))
    _OTHERS_READ[:] = [(asks, statements, key, answers)]
    return answers


#: A detail changed to a new value: "update the delivery address to Unit 4
#: ...", "change my email to ...", "correct the name on the booking to ...".
_CHANGED_TO: Final = regexcache.compile(
    r"\b(?:change|update|amend|correct|switch)\b[^.?!]*?\bto\b([^?!]*)", re.IGNORECASE
)


def _change_unsaid(ask: Ask, statements: Sequence[Statement]) -> bool:
    """Whether ``ask`` requests a detail changed to a new value it names
    ("Please update the delivery address to Unit 4, Carrow Works, Norwich NR1
    2DD", "change my collection day to Wednesday") and no sentence of the
    draft says a change ("I've updated your address") or names anything of
    the new value: a sentence naming only the detail, said of another act
    ("I've also sent it to the accounts address we have on file"), leaves the
    change undone. A value put in common words ("to my sister's") names
    nothing the draft must repeat, so it is left to the routes."""
    if requested_act(ask) != "change":
        return False
    match = _CHANGED_TO.search(ask.text)
    if match is None:
        return False
    # what names the new value: a capitalised word or one with a digit
    named = [w.lower() for w in _VALUE_WORD.findall(match.group(1))]
    news = {
        key
        for key in ask.topic
        if len(key.lstrip("#")) > 1 and any(w.startswith(key.lstrip("#")) for w in named)
    }
    if not news:
        return False  # "change it to next week": nothing of its own to name
    return not any(
        "change" in statement.said
        or "change" in statement.topic
        or not news.isdisjoint(statement.said)
        or not news.isdisjoint(statement.topic)
        for statement in statements
    )


#: A word of a new value that names it: capitalised, or with a digit.
_VALUE_WORD: Final = regexcache.compile(r"\b(?:[A-Z][\w'-]*|\w*\d[\w-]*)")


def _sent_for(ask: Ask) -> bool:
    """A request to be sent something ("Could you send me a copy of ...",
    "Please email us the invoice")."""
    return ask.expects == "action" and (
        (ask.predicate[-1:] == ("delivery",) and _SEND_ME.search(ask.text.lower()) is not None)
        # "I still haven't received the MCS certificate": a thing owed,
        # chased; a sentence about it that sends nothing leaves it owed
        or chases_owed(ask)
        # "I'd like a certified copy of the census entry", "we'd like the
        # invoice in the company's name": a paper asked for, to be handed over
        or _PAPER_WANTED.match(ask.text.lower()) is not None
    )


#: A request for a paper put as the customer's wish ("I'd like a copy of
#: ...", "We would like a receipt"): it is to be sent or handed over.
_PAPER_WANTED: Final = regexcache.compile(
    r"\s*(?:i|we)(?:'d|\s+would)\s+(?:like|love|need)\s+(?:a|an|the|some|two|both)\s+"
    r"(?:[a-z'-]+\s+){0,2}?(?:copy|copies|scan|scans|printout|receipt|receipts|invoice"
    r"|invoices|certificate|certificates|statement|letter|transcript)\b"
)


def _hands_over(statement: Statement) -> bool:
    """Whether a sentence sends, attaches or promises to send a thing, or
    answers with a bare yes or no or another way to get it, rather than
    saying it exists."""
    return (
        statement.done
        or statement.bare
        or statement.negative
        # an act for this customer ("I've ordered them for you", "I'll
        # email you directions"), not a state ("it's stored on your account")
        or (
            statement.personal
            and bool(statement.offers.get("action"))
            # "I can confirm this has been paid in full": confirming a state
            # is a report of it, not an act that sends the thing
            and not _only_reports(statement)
        )
        # another way to get it ("You can collect a new card from any branch")
        or statement.self_service
        or statement.instructs
        or not _HANDED.isdisjoint(statement.topic)
    )


#: A sentence whose only act for the customer is to report a state ("I can
#: confirm your payment was received", "I can see the order went out").
_REPORTS: Final = regexcache.compile(
    r"\b(?:i|we)\s+(?:can|could)\s+(?:confirm|see|assure\s+you|tell\s+you)\b"
)


def _only_reports(statement: Statement) -> bool:
    """Whether the sentence's act is only ``_REPORTS`` ("I can confirm this
    has been paid"); a sentence that also sends ("I can confirm I've emailed
    it") is told by ``done`` or ``_HANDED`` first."""
    return _REPORTS.search(said_text(statement)) is not None


def _in_transit(said: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``said`` puts the thing in transit (``pattern``) as a fact, not
    as a time to come ("once it's on its way we'll email you", "we'll text
    you when it's out for delivery")."""
    return any(
        _TRANSIT_AWAITED.search(said, 0, found.start()) is None for found in pattern.finditer(said)
    )


def said_text(statement: Statement) -> str:
    """The sentence's own words, folded ("" when it has none read)."""
    words = statement.words
    first, last = statement.span
    if words is None or first >= last:
        return ""
    return words.folded[words.starts[first] : words.end_of(last - 1)]


def nothing_handed_over(ask: Ask, statements: Sequence[Statement]) -> bool:
    """True when ``ask`` asks to be sent something ("Could you send over the
    stems?", "Could you send me a copy of my tenancy agreement?") and no draft
    sentence sends, attaches or promises it, says yes or no, or gives another
    way to get it (``_hands_over``): what the draft says of the thing ("The
    stems are kept on the studio drive for ninety days") does not send it.
    A refusal or a yes counts when said on the ask's topic; a thing sent
    counts wherever it is said ("I've attached it")."""
    if not _sent_for(ask):
        return False
    keys = frozenset(k for k, w in ask.topic.items() if w >= 1.0)
    return not any(
        (
            _hands_over(s)
            and (s.done or not _HANDED.isdisjoint(s.topic) or not keys.isdisjoint(s.context))
        )
        or _handed_here(s)
        for s in statements
        if not s.asks_back
    )


#: An ask for what the customer must provide: "What do I need to send
#: you?", "What do you need from us?", "please tell me what receipts you
#: need", "which documents I need to bring to the branch", "What details do I
#: need to give him?".
_NEEDS_ASKED: Final = regexcache.compile(
    r"\b(?:what|which)\b(?:\s+(?:else|other|documents?|receipts?|details|information|info"
    r"|paperwork|evidence|proof|forms?|papers|things?|items?|photos?|id)){0,2}"
    r"\s+(?:(?:do|does|will|would|should|must|did)\s+)?(?:i|we|you|he|she|they)\s+"
    r"(?:(?:will|would|still|actually|then)\s+)?(?:need|require)"
    r"(?:\s+(?:to\s+)?(?:send|bring|give|provide|show|upload|submit|post|email|forward|supply)\b"
    r"|\s+from\s+(?:me|us)\b|\s*[?.,!]|\s*$)",
    re.IGNORECASE,
)
#: A word every ``_NEEDS_ASKED`` match holds (``_may_hold``): most asks hold
#: neither, and skip the search.
_NEEDS_WORDS: Final = ("what", "which")
#: What a sentence that says what is needed from the customer holds: the need
#: itself ("we need three things", "he'll need your IBAN", "no need to send
#: anything"), an instruction to hand it over ("please bring your passport",
#: "send us the receipt"), the things themselves ("a copy of the invoice",
#: "photos of the damage"), a list it opens ("please bring:") or nothing
#: asked for ("nothing else", "that's all").
_NEEDS_SAID: Final = regexcache.compile(
    r"\b(?:need|needs|needed|require|requires|required|requirement|bring|send|upload"
    r"|attach|provide|supply|give|include|fill|complete|sign|show|forward|scan"
    r"|photo|photos|photograph|copy|copies|receipt|receipts|invoice|invoices|document"
    r"|documents|documentation|proof|evidence|form|forms|certificate|nothing"
    r"|anything|everything|just|only|all\s+we|list|following|wear|id)\b"
    # "email" and "post" as what to do, not "Thank you for your email"
    r"|\b(?:e-?mail|post)\s+(?:us|it|them|me|him|her|the|a|an|your|any|over|in|back|across)\b"
    r"|:\s*$",
)


def needs_left_unsaid(ask: Ask, statements: Sequence[Statement], draft: str) -> bool:
    """True when ``ask`` asks what the customer must provide (``_NEEDS_ASKED``:
    "What do I need to send you?", "What do you need from us?") and no draft
    sentence says anything of what is needed from them (``_NEEDS_SAID``): not
    a need, nor an instruction to send, bring or give, nor a document, a copy
    or a receipt named, nor "nothing". A draft that tells the customer who
    handles the claim, why the delay happened or what they owe has not said
    what to send, however much of the ask's topic it shares ("Claims
    involving council vehicles are handled by our insurers")."""
    if not _may_hold(ask.text, _NEEDS_WORDS) or _NEEDS_ASKED.search(ask.text) is None or not draft:
        return False
    return not any(
        _NEEDS_SAID.search(draft[s.start : s.end].lower()) is not None
        for s in statements
        if not s.asks_back
    )


#: A sentence that tells the customer what is needed from them: a need of
#: ours or theirs ("We'll need a letter from his doctor", "you'll need your
#: passport"), an instruction to hand something over ("Please send us the
#: crime reference", "...: upload a photo of the new ticket and your
#: receipt"), a kit list, or nothing needed ("No need to send anything").
_NEEDS_GIVEN: Final = regexcache.compile(
    r"\b(?:we|you|he|she|they|i)(?:'ll|'d|\s+will|\s+would)?\s+(?:also\s+|just\s+|only\s+)?"
    r"need\s+(?:to\s+(?:see|have|send|bring|provide|get|receive|upload|show)\b|(?!to\b))"
    r"|\ball\s+(?:we|you|he|she|they)(?:'ll|\s+will)?\s+need\b"
    r"|\bplease\s+(?:also\s+|just\s+)?(?:send|bring|provide|upload|attach|email|e-mail|post"
    r"|forward|include|pack)\b"
    r"|(?:^|[:;]\s*|\band\s+)(?:send|bring|upload|attach|email|post|forward|include|provide"
    r"|pack)\s+(?:us\s+|in\s+|over\s+)?(?:a|an|the|your|his|her|their|any|copies|a\s+copy|photos?"
    r"|proof|evidence|all|both)\b"
    r"|\b(?:kit|packing)\s+list\b|\bthe\s+essentials\b"
    r"|\bno\s+need\s+to\s+(?:send|bring|provide|upload)\b"
    r"|\bnothing\s+(?:else\s+|more\s+|further\s+)?(?:is\s+)?(?:needed|required)\b",
)


#: Another clause joined on before the question of what is needed.
_JOINED: Final = regexcache.compile(r"\band\b|[,;]", re.IGNORECASE)


def needs_given(ask: Ask, statements: Sequence[Statement], draft: str) -> bool:
    """True when ``ask`` asks what the customer must provide
    (``_NEEDS_ASKED``) and a draft sentence tells them (``_NEEDS_GIVEN``):
    "We'll need a letter from his doctor, your booking invoice and ...", "You
    can claim it online: upload a photo of the new ticket and your receipt",
    "The kit list is attached", "No need to send anything". The list itself
    is the answer, whatever words it shares with the ask. Only an ask that is
    that question alone: one joined on to another ("let me know if that's
    right and what evidence you need") is left to the routes, which read the
    other part too."""
    asked = _NEEDS_ASKED.search(ask.text) if _may_hold(ask.text, _NEEDS_WORDS) else None
    if asked is None or not draft or _JOINED.search(ask.text, 0, asked.start()):
        return False
    return any(
        _NEEDS_GIVEN.search(draft[s.start : s.end].lower()) is not None
        for s in statements
        if not (s.asks_back or s.noncommittal)
    )


#: A sentence that hands the thing over in its own text ("Here is the
#: breakdown you asked for: ...", "Please find the invoice below").
_HERE_IS: Final = regexcache.compile(r"\b(?:here(?:'s|\s+is|\s+are)|please\s+find|below)\b")


def _handed_here(statement: Statement) -> bool:
    """Whether the sentence gives the thing there and then (``_HERE_IS``)."""
    return _HERE_IS.search(said_text(statement)) is not None


def _handed_here_on_topic(ask: Ask, statements: Sequence[Statement]) -> bool:
    """Whether a draft sentence gives the thing asked for there and then and
    names it ("Could you send me a full breakdown of the costs?" <- "Here is
    the full breakdown:" before the list): the sentence credited on topic may
    be a line of what was handed over ("The total is £5,026"), which sends
    nothing itself. "Here's what I can do" names nothing the ask names."""
    keys = frozenset(k for k, w in ask.topic.items() if w >= 1.0)
    return bool(keys) and any(
        _handed_here(s) and not keys.isdisjoint(s.context) for s in statements if not s.asks_back
    )


#: A "who" that asks whom to contact ("Who should I call about it?", "who
#: do we speak to", "Who can I email?").
#: Asks after where the customer's own thing is now ("Where is my order?",
#: "where's my parcel??", "WHERE ARE MY TICKETS"), not where to go or do.
_WHERE_IS_IT: Final = regexcache.compile(
    r"\bwhere(?:'s|s|\s+(?:is|are))\s+(?:my|our|the)\b", re.IGNORECASE
)

#: A thing said to be in transit: the whereabouts of a delivery in other
#: words than a place ("it's on the way", "out for delivery", "en route").
_TRANSIT: Final = (
    r"(?:on\s+(?:its|it's|the|their|his)\s+way\b(?!\s+(?:to\s+(?:work|school)|home|back\s+home))"
    r"|out\s+for\s+delivery|en\s+route|in\s+transit"
    r"|(?:out\s+)?with\s+(?:the|our)\s+(?:driver|courier|rider)s?)\b"
)
_IN_TRANSIT: Final = regexcache.compile(r"\b" + _TRANSIT)
#: A clause before the transit words that makes it a time to come, not a fact.
_TRANSIT_AWAITED: Final = regexcache.compile(
    r"\b(?:once|when|whenever|as\s+soon\s+as|if|after|until|till|before)\b[^,.;:!?]*$"
)
#: ... said of a pronoun that points back to the thing, wherever it stands
#: in the sentence ("calm down, its on the way", "yes they're out for
#: delivery now")
_POINTED_TRANSIT: Final = regexcache.compile(
    r"\b(?:it|they)(?:'s|'re|s|\s+is|\s+are|\s+was|\s+were)?\s+"
    r"(?:now\s+|already\s+|currently\s+|just\s+|all\s+)?" + _TRANSIT
)

_WHO_TO_CONTACT: Final = regexcache.compile(
    r"\bwho(?:m)?\s+(?:should|do|can|could|would|shall|must)\s+(?:i|we)\s+"
    r"(?:\w+\s+)?(?:call|ring|phone|contact|email|e-mail|write\s+to|speak\s+to|speak\s+with"
    r"|talk\s+to|talk\s+with|get\s+in\s+touch\s+with|ask|chase)\b",
    re.IGNORECASE,
)


#: A who-to-contact ask that names the matter it wants done ("Who do I speak
#: to about getting it sorted?", "Who should I call to rearrange it?").
_CONTACT_MATTER: Final = regexcache.compile(
    r"\b(?:about|regarding|to)\s+(?:getting|get|having|have|sort|sorting|arrange|arranging"
    r"|rearrange|rearranging|fix|fixing|book|booking|change|changing|chase|chasing)\b",
    re.IGNORECASE,
)


def _reach_given(statement: Statement) -> bool:
    """Whether ``statement`` names a person, team or role and a way to reach
    them: a phone number (a run of at least five digits; an email address
    does not reach the sentence's concepts today)."""
    if statement.asks_back or statement.noncommittal or not statement.offers.get("person"):
        return False
    return any(
        key.startswith("#") and sum(c.isdigit() for c in key) >= 5 for key in statement.context
    )


def answer_for(
    ask: Ask,
    statements: Sequence[Statement],
    asks: Sequence[Ask],
    seen: list[Weighed] | None = None,
    aside: list[SetAside] | None = None,
    mentioned: Mapping[str, int] | None = None,
) -> tuple[Statement, str] | None:
    """The draft sentence that answers ``ask`` and the route that decided it.
    ``seen``, when given, collects each sentence the routes weighed, past
    every guard, with what they measured on it (``Weighed``), and ``aside``
    each one a guard set aside first, with the guard's name (``SetAside``):
    the evidence RC201's learned second opinion reads (``features``).
    ``mentioned``: the customer's message's concepts and counts, when the
    caller has them (``_other_object``; else the asks' own)."""
    if not ask.topic or ask.generic:
        # "Can you help?" or "What will you do about it?": they stand for the
        # whole complaint, so any substantive reply answers them
        found = next((s for s in statements if s.substantive), None)
        return (found, "any") if found is not None else None
    if _may_hold(ask.text, _WHAT_WORDS) and _DOING_ABOUT_IT.search(ask.text):
        # "I want to know what you're doing about it." <- "I've spoken to the
        # driver and his manager today", "We'll refund the fitting fee": what
        # we have done or will do for this customer answers it; an apology, a
        # policy or a story of who was at fault does not, so the ask goes on
        # to the routes below when no such sentence is found
        found = next((s for s in statements if _acts_on_it(s)), None)
        if found is not None:
            return found, "doing about it"
    if ask.expects == "place" and _WHERE_IS_IT.search(ask.text):
        # "WHERE IS MY ORDER??" <- "its on the way, should be with u by
        # 8:15": a thing said to be in transit ("on its way", "out for
        # delivery", "with the driver") is where it is, when the sentence
        # names the thing or points back to it ("it's", "they're") and the
        # message asks after no other thing's whereabouts
        whereabouts = sum(
            a.expects == "place" and _WHERE_IS_IT.search(a.text) is not None for a in asks
        )
        found = next(
            (
                s
                for s in statements
                # "It's on the way." names no concept of ours, so it is read
                # whether or not the sentence counts as substantive
                if not (s.asks_back or s.noncommittal or s.negative or s.conditional)
                and _in_transit(said_text(s), _IN_TRANSIT)
                and (
                    (
                        whereabouts == 1
                        and (s.pointed or _in_transit(said_text(s), _POINTED_TRANSIT))
                    )
                    or overlap(ask.topic, s.topic)[0] >= TOPIC_SHARE
                )
            ),
            None,
        )
        if found is not None:
            return found, "in transit"
    if ask.expects == "person" and _WHO_TO_CONTACT.search(ask.text):
        # "Who should I call to rearrange it?" <- "Please ring Jenny on
        # reception on 01632 448210": a person, team or role with a number
        # to reach them on answers it, whatever the sentence says
        # of the matter itself; a person with no way to reach them ("Your
        # case handler will be assigned on Monday") is left to the routes
        found = next((s for s in statements if _reach_given(s)), None)
        if found is None and _CONTACT_MATTER.search(ask.text):
            # "Who do I speak to about getting it sorted today?" <- "I've
            # asked our supervisor, Lee, to come out at 2pm today": who to
            # speak to is asked to get the matter done, and a named person
            # of ours sent to do it answers it without a number to ring
            found = next((s for s in statements if s.offers.get("person") and _acts_on_it(s)), None)
        if found is not None:
            return found, "who to contact"
    if _may_hold(ask.text, _WHAT_WORDS) and _PURPOSE_ASKED.search(ask.text):
        # "What is the queen excluder for?" is answered by what the thing
        # does or what a charge pays for ("It keeps the queen out of the
        # honey supers", "The £25 covers Ellie's assessment"), not by when or
        # how it came to be there ("The isolator was fitted during the
        # installation on 12 January"): only such sentences go on to the routes
        statements = [s for s in statements if _purpose_said(ask, s)]
        if not statements:
            return None
    if ask.expects == "yes-no" and _NORM_ASKED.search(ask.text):
        # "Is this normal?" <- "cracks along the joints are usually the house
        # settling", "A slight solvent smell is normal for a day or two": how
        # usual a thing is answers whether it is normal, on the ask's topic
        found = next((s for s in statements if _says_norm(ask, s)), None)
        if found is not None:
            return found, "norm"
    if ask.borrowed and ask.expects == "time" and HOW_LONG.search(ask.text.lower()):
        # a bare "How long would it take?" borrows its topic from the ask
        # before it ("Can they be lengthened?"), which the draft answers in
        # its own words ("We can let the hems down ... and it will take
        # about a week"): a committed length of time answers it
        found = next(
            (
                s
                for s in statements
                if s.lasts and s.substantive and not (s.noncommittal or s.recounts or s.done)
            ),
            None,
        )
        if found is not None:
            return found, "bare how long"
    if _may_hold(ask.text, _ANYTHING_WORDS) and _ANYTHING_TO_DO.search(ask.text):
        # "Do we need to do anything in the meantime?" <- "Stop forcing it":
        # telling the customer what to do, or not to, answers whether they
        # must do anything, whatever its words
        found = next(
            (
                s
                for s in statements
                if (s.instructs or s.forbids) and s.substantive and not s.noncommittal
            ),
            None,
        )
        if found is not None:
            return found, "instruction"
    if ask.kind == "question" and (
        ask.expects == "yes-no" or (ask.expects == "info" and _yes_no_shaped(ask.text))
    ):
        # "Will I be charged for the second visit?" <- "there's no charge for
        # the return visit"; "Will I lose my deposit?" <- "deposit just
        # carries over, nothing lost": what the customer stands to pay, lose
        # or keep, said outright of the thing asked about, in other words
        stake = _stake_asked(ask.text)
        if stake:
            found = next((s for s in statements if _stake_said(ask, stake, s)), None)
            if (
                found is None
                and stake == "pay"
                and _money_stake_asked(ask.text)
                and _MONEY_BACK_ASKED.search(ask.text) is None
            ):
                # "do I need to pay again?" <- "There's an £11 admin fee rather
                # than a new permit charge": the sum to pay, said as a fee or a
                # charge, is the yes
                found = next((s for s in statements if _sum_to_pay(ask, s)), None)
            if found is not None:
                return found, "stake"
    if ask.expects in ("yes-no", "action"):
        # "any chance of the drop at 6 not 7?" <- "6am from mon is fine"; "can
        # I pick it up after work tomorrow?" <- "after work is fine": the time
        # the customer asked for, said back and granted, is the yes
        times = _times_asked(ask.text)
        if times:
            found = next((s for s in statements if _time_granted(times, s)), None)
            if found is not None:
                return found, "time granted"
        # "can I drop it on Monday?" <- "monday is too late", "Saturday's
        # fully booked": the day asked for, said back and turned down with
        # its reason, is the no (corpus/README.md: a refusal with a reason)
        days = {m.group(1).lower() for m in _DAY_NAMED.finditer(ask.text)}
        if days:
            found = next((s for s in statements if _day_refused(days, s)), None)
            if found is not None:
                return found, "day refused"
    if _may_hold(ask.text, _GET_WORDS) and _NEED_TO_GET.search(ask.text):
        # "Do I need to bring my own mat?" <- "Mats are provided at every
        # class": that we provide, supply or include the thing (or bring it
        # ourselves) says whether the customer must get it, on its object
        found = next((s for s in statements if _provides(ask, s)), None)
        if found is not None:
            return found, "provided"
    if ask.expects == "reason" and (ask.borrowed or sum(a.expects == "reason" for a in asks) == 1):
        # a bare "Why?", "I want to know why this happened", or the message's
        # only why-question: an explanation answers it even in other words
        # ("Why is my car still at the garage?" <- "the clutch arrived a day
        # late, so the fitting slipped to Wednesday")
        # a bare "Why?" takes a reason ("because", "due to") or a cause in
        # other words ("our fraud system blocked it after a payment abroad,
        # so it won't happen again"); the only why-question, a cause
        bare_why = ask.borrowed and len(ask.text.split()) <= _BARE_WHY_WORDS
        dated_why = bare_why and _WHY.search(ask.text) is not None
        cues = ("reason", "cause") if bare_why else ("reason",) if ask.borrowed else ("cause",)
        found = next(
            (
                s
                for s in statements
                if (
                    any(s.offers.get(cue) for cue in cues)
                    # "Our engineer was called to an emergency" tells why in
                    # other words; "Your invoice was emailed on Monday" says
                    # when, as a status with its date does for a why below
                    # (a "What happened?" is told by a dated event too)
                    or (bare_why and s.narrates and not (dated_why and 2 in s.offers.values()))
                )
                and s.substantive
                and not s.noncommittal
            ),
            None,
        )
        if found is not None or ask.borrowed:
            return (found, "any reason") if found is not None else None
    if ask.expects == "time" and _how_often(ask.text):
        # "How often can he have it?" <- "You can repeat that every four to
        # six hours": a frequency on the ask's topic answers it; so does one
        # on what the rest of their message is about, when they asked only
        # one how-often ("How often should a chimney be swept? We use the
        # wood burner at weekends." <- "For a wood burner, the advice is at
        # least once a year")
        only_one = sum(_how_often(a.text) for a in asks) == 1
        message = {key: 1.0 for key in mentioned} if mentioned and only_one else None
        found = next(
            (
                s
                for s in statements
                if s.substantive
                and not s.noncommittal
                and any(FREQUENCY.match(value) for value in s.values.get("time", ()))
                # its own topic, or the sentence before's when it speaks to
                # the customer ("You can give it again ...", not "Our shop is
                # restocked every two weeks")
                and (
                    overlap(ask.topic, s.context if s.personal else s.topic)[0] > 0
                    or (message is not None and overlap(message, s.topic)[0] > 0)
                )
            ),
            None,
        )
        if found is not None:
            return found, "frequency"
    for alternative in ask.alternatives:
        # "Can you send the missing items or refund them?": either one answers
        one = replace(ask, topic=alternative, core=alternative, alternatives=())
        found = answer_for(one, statements, asks, seen, aside)
        if found is not None:
            return found
    # a request for us to act: telling the customer how they can do it, or
    # how it is done for everyone, is the process described, not the act
    # ("Please cancel my membership", "Could you add ..."; "We'd like to
    # overpay" is the customer's own act, which "You can overpay" permits)
    lowered = ask.text.lower()
    acted_for = (
        ask.kind == "request"
        and ask.expects == "action"
        and _ASKED_OF_US.search(lowered) is not None
    )
    # "Can you redeliver my parcel tomorrow?" is not answered by "We'll
    # redeliver it shortly": the time the ask names, met by no time of its own
    # (the types it names, kept for ``named`` below when read here)
    asked_types = evidence_types(lowered) if ask.expects in ("yes-no", "action") else None
    timed_ask = asked_types is not None and "time" in asked_types
    # ... and no sentence of the draft gives a time of its own: then a bare
    # yes said to another ask is no yes to this one (``bare_of_another``); a
    # draft that gives a time elsewhere ("back with you well before the
    # 12th") has spoken to it, and the routes weigh that sentence
    untimed = timed_ask and not any(
        s.offers.get("time") == 2 for s in statements if not s.asks_back
    )
    # what a yes/no ask or request would have instead ("to the pharmacy
    # instead of my home"): most asks put no such choice and skip the read
    chosen = _NONE
    if _may_hold(ask.text, _INSTEAD_WORDS) and _INSTEAD.search(ask.text) is not None:
        lexicon = next((s.words.lexicon for s in statements if s.words is not None), None)
        chosen = _chosen_instead(ask, lexicon) if lexicon is not None else _NONE
    # "Can someone else collect it?": the act asked about done by another
    # person or party than the customer (most asks name none)
    doer = _other_doer(ask)
    if ask.predicate:
        # what ``_modal_echo`` reads of the ask alone, read at the first
        # sentence it weighs and kept for the rest (not once per sentence)
        echo: _EchoAsked | None = None
        for statement in statements:
            if timed_ask and (
                _time_unsaid(
                    statement,
                    statement.bare
                    and not (untimed and bare_of_another(ask, statement, asks, before=True)),
                )
                or _bound_crossed(ask, statement)
            ):
                continue
            if chosen and _choice_unnamed(ask, chosen, statement):
                continue
            if doer and _doer_unnamed(statement):
                continue
            if aside is not None and _adds_besides(ask, statement):
                _set_aside(aside, statement, "distinct")
                continue
            if (
                statement.modal_windows
                and not statement.asks_back
                and not statement.noncommittal
                and not ((ask.instance or acted_for) and statement.generic)
                and not (acted_for and statement.self_service)
            ):
                if echo is None:
                    echo = _echo_asked(ask, lowered, acted_for)
                if _modal_echo(ask, statement, echo):
                    return statement, "modal"
    shaped = ask.expects in ("yes-no", "action") or (
        ask.expects == "method" and _yes_no_shaped(ask.text)
    )
    if ask.expects == "yes-no" or _yes_no_shaped(ask.text):
        for statement in statements:
            if statement.to_all and not statement.noncommittal:
                # "Is the Talon in stock? And do you do cycle to work?" <-
                # "Yes to both."
                return statement, "bare to all"
    unique_type = sum(a.expects == ask.expects for a in asks) == 1
    # a bare "Yes, I teach online" that names part of the first yes/no
    # question says yes to it, even when the ask's own noun ("lessons") is
    # named nowhere in the draft
    bare_yes = (
        shaped
        and (
            any(s.bare and _first_to_share(ask, s, asks) for s in statements)
            # "Is the class 47 back in stock yet? I'd like to order one if so." <-
            # "Yes, six came in yesterday.": a reply that opens with a bare answer
            # says it to the message's first ask, its only yes/no question
            # and names nothing of the customer's other asks
            or (
                unique_type
                and ask.expects == "yes-no"
                and asks[0] is ask
                and _opens_bare(statements, asks[1:])
            )
        )
    )
    if (
        not (unique_type and ask.expects in TYPED)
        and not bare_yes
        and _distinct_but_absent(ask, statements, asks)
        # "Can I rebook?" <- "I've booked you in for Tuesday": the act asked
        # for is named by a verb of its family
        and not _any_delivered(ask, statements, asks)
    ):
        if aside is not None:
            for statement in statements:
                _set_aside(aside, statement, "distinct")
        return None
    accepts = ACCEPTS.get(ask.expects, ACCEPTS["info"])
    #: the hard evidence a typed question takes ("How wide is the Alder?": a
    #: measurement, not "£340")
    typed_as = ask.expects
    if ask.expects in ("number", "info") and _measure_asked(ask):
        accepts = tuple(t for t in accepts if t not in _NOT_MEASURES)
        typed_as = "measure"
    if ask.expects == "action" and _yes_no_shaped(ask.text):
        # "Can I get the difference back?" also takes "you're entitled to it"
        accepts = (*accepts, "yes_no")
    future = ask.expects == "time" and FUTURE.search(lowered) is not None
    if ask.expects == "time" and not future:
        accepts = (*accepts, "past")
    # what the ask itself names ("before 10am", "the $24") is answered in kind
    named = asked_types if asked_types is not None else evidence_types(lowered)
    if ask.expects in TYPED:
        # "How much is a van on the ferry in August?" is not answered by
        # "Sailings in August run every two hours": what a typed question
        # names of another type ("in August") only places what it asks
        named = tuple(t for t in named if t == ask.expects)
    needed = BORROWED_SHARE if ask.borrowed else TOPIC_SHARE
    total = sum(ask.topic.values())
    core = ask.core if ask.core and ask.core != ask.topic else None
    core_total = sum(core.values()) if core is not None else 0.0
    distinct = distinct_keys(ask, asks) if ask.expects not in TYPED else frozenset()
    rest_of_subject = _beyond_subject(ask)
    recipient = _recipient_asked(ask)
    # a yes/no question of fact about a thing ("Does the lock come with a
    # guarantee?", "could you tell me whether unused hours roll over?"), not
    # leave or a favour asked ("Could we have a tasting for the menu?"),
    # which an act of ours grants without naming every word of it
    fact_of_thing = (
        ask.expects == "yes-no"
        and not _ASKS_PERMISSION.match(lowered)
        and not (_ASKS_FAVOUR.match(lowered) and _TO_BE_TOLD.search(lowered) is None)
        and _NOT_A_FACT_OF_A_THING.search(lowered) is None
        # "Will anyone be at reception that late?" <- "Our concierge is on
        # duty all night": what will happen is told in words of its own
        and FUTURE.search(lowered) is None
        # "is it accredited?" after the course: a pointing ask's thing is
        # the thread's, which its answer need not name (``_borrowed_answer``)
        and not ask.borrowed
    )
    implied_types = _implied_types(ask)
    fallback: Statement | None = None
    permission = ask.expects == "yes-no" and bool(_ASKS_PERMISSION.match(lowered))
    # a request of us: "Please send an engineer", "Can someone look at it?"
    # about the customer's own thing ("it", "my", "this"); not one to be told
    # something ("could you tell me whether ...", "let me know if ...")
    favour = (
        (ask.expects == "action" or (ask.expects == "yes-no" and bool(_ASKS_FAVOUR.match(lowered))))
        and _OWN_THING.search(lowered) is not None
        and _TO_BE_TOLD.search(lowered) is None
    )
    # "No problem." agrees to a request or a "Can I / could you ...?"; it
    # does not say whether the joining fee is charged again
    fact_asked = ask.expects != "action" and not permission and not _ASKS_FAVOUR.match(lowered)
    # "Should I collect it, or will you deliver it?" is no yes/no question: a
    # bare "Yes," or "Good news:" picks neither side
    put_as_choice = ask.kind == "question" and _between_things(lowered)
    future_time = future
    # "Which day can we bring the boat round?" asks for a day or a date, not
    # for a cue of time ("before any boat moves", "once the checks are done")
    day_asked = ask.expects == "time" and _DAY_ASKED.search(lowered) is not None
    # "How long will the refund take?": a length of time, or (for what is
    # still to come) the time it is due; "How long does the service take?":
    # a length only
    how_long = ask.expects == "time" and HOW_LONG.search(lowered) is not None
    lasting = how_long and _LASTING.search(lowered) is not None and _AWAITED.search(lowered) is None
    # "How often should it be tuned?": a frequency, not how long one takes
    # or which days are free (``_frequency_unsaid``)
    how_often = _HOW_OFTEN.search(lowered) is not None
    # "Will I lose my £60 fitting fee?", "do we still pay for it?": money the
    # customer stands to pay or lose (``_money_stake_unsaid``)
    money_stake = (
        ask.kind == "question" and ask.expects == "yes-no" and _money_stake_asked(ask.text)
    )
    # "How many colours can you print?": a count, not a measurement or a sum
    count_asked = (
        ask.expects == "number" and typed_as == "number" and _HOW_MANY.search(lowered) is not None
    )
    #: a when or how long of something still to reach the customer
    awaited = future_time and _REACHES.search(lowered) is not None
    #: a when of stock coming back, not of money
    restock_when = (
        ask.expects == "time"
        and _RESTOCK_ASKED.search(lowered) is not None
        and _MONEY_KIN.isdisjoint(ask.topic)
    )
    #: the money an "Is there a ...?" asks about ("a charge", "a fee")
    fee_asked = (
        frozenset(k for k, w in ask.topic.items() if w >= 1.0 and EVIDENCED.get(k) == "money")
        if ask.expects == "yes-no"
        and (
            (not ask.predicate and _THERE_IS.match(ask.text))
            # "Is a second visit included in the price we paid?": the money
            # it asks about, not the thing named as its subject
            or _INCLUDED.search(lowered) is not None
        )
        else frozenset()
    )
    # a request that money be sent back ("Refund the extra payment", "Please
    # credit my account"): the concepts a sentence must name to do it
    money_back = (
        _MONEY_BACK
        if ask.expects == "action"
        and ask.predicate
        and ask.predicate[-1] in _MONEY_BACK
        and _OR.search(lowered) is None  # "refund or swap to the 21st?": either will do
        else frozenset()
    )
    # a question whether money comes back ("will we get back the fees we've
    # paid?", "Will my credit be refunded?"): what a sentence that only
    # prices it says is its price ("The spring term fees are £180, payable
    # in advance"), no word of it coming back
    priced_back = ask.expects == "yes-no" and (
        bool(ask.predicate and ask.predicate[-1] in _MONEY_BACK)
        or (_GET_MONEY_BACK.search(lowered) is not None and not _CHARGED.isdisjoint(ask.topic))
    )
    # the acts the ask asks for, read once for every sentence (``_other_object``)
    asked_acts = _acts_read(ask, statements)
    # the act the ask asks to be done, read at the first sentence that tests
    # it (``_delivered_by``)
    held_act: list[_AskedAct | None] = []
    # an "or" in the ask: a pick between two sides (``_named_only_instead``)
    picks = _OR.search(lowered) is not None
    # a yes/no ask of where the customer's thing stands now ("still",
    # "yet", "already"), for ``_state_for_rule``: read once, not per sentence
    standing = ask.expects == "yes-no" and _STANDING_ASKED.search(lowered) is not None
    for index, statement in enumerate(statements):
        if not (statement.substantive or statement.bare) or statement.noncommittal:
            _set_aside(aside, statement, "hedged" if statement.noncommittal else "no answer")
            continue
        if (
            statement.refers
            and (
                (ask.expects in _NOT_REFERRED and statement.offers.get(ask.expects) != 2)
                # "What happens with the deposit if I return it early?" <- "Our
                # terms explain everything about deposits": an open ask told
                # where its answer is written, with none of the answer's values
                # (but "You'll find your sort code in the app" tells the
                # customer where to read their own, another way to get it)
                or (
                    ask.expects == "info"
                    and not any(statement.values.get(k) for k in _CARRIED)
                    and _OWN_FOUND.search(said_text(statement)) is None
                )
            )
            and not statement.bare
            and _SOURCE_ASKED.search(ask.text) is None
        ):
            # "How much is the cremation alone?" is not answered by "You can
            # find our full price list, with all the details, on our
            # website": where the answer is written, with none of it (but
            # "Where can I read the terms?" is answered by where they are, as
            # is "how the donations were used, if you publish that anywhere")
            _set_aside(aside, statement, "hedged")
            continue
        if (
            distinct
            and not statement.bare
            and not _names_any(distinct, statement)
            and not _named_in_short(ask, statement, asks)
            and not _delivered_by(ask, statement, asks, held_act)
        ):
            # "I'd like the delivery charge refunded, and the dress too": the
            # sentence refunding the charge says nothing of the dress (but
            # "Can I rebook for next week?" is done by "I've booked you in
            # for Tuesday": the act asked for, in a verb of its family)
            _set_aside(aside, statement, "distinct")
            continue
        if (
            (ask.instance or (ask.expects == "action" and not statement.negative))
            and statement.generic
            and not _refused_with_reason(ask, statement, head_only=False)
            and not (
                ask.expects == "yes-no"
                and statement.offers.get("money") == 2
                and _OBLIGED.search(ask.text) is not None
            )
        ):
            # "Has my refund been processed?" is not answered by "Refunds are
            # processed within 5 to 7 working days": a policy said of everyone;
            # nor is a request to act on the customer's own case ("Can someone
            # come back and collect it?" <- "Missed collections can be reported
            # online"), unless the policy refuses it ("Refunds are not
            # available for in-game currency")
            _set_aside(aside, statement, "policy")
            continue
        if standing and _state_for_rule(statement):
            # "Is it still under your 12-month guarantee?" is not answered by
            # "All our repairs come with a 12-month guarantee": the rule for
            # every repair, not whether this one is still inside it
            _set_aside(aside, statement, "policy")
            continue
        if acted_for and not (statement.bare or statement.done) and _possible_only(ask, statement):
            # "Can you freeze my membership?" is not done by "Memberships can
            # be frozen for medical reasons for up to six months", nor "Please
            # change the delivery address" by "Delivery addresses can be
            # changed up to 11pm the night before": possible, not done for them
            _set_aside(aside, statement, "policy")
            continue
        if acted_for and statement.self_service:
            # "Please change me back to the cheaper plan" is not done by "You
            # can switch plans at any time from Account > Plan": the customer
            # is told how to do it themselves, a policy in the second person
            _set_aside(aside, statement, "policy")
            continue
        if (
            ask.expects == "yes-no"
            and ask.predicate
            and EVIDENCED.get(ask.predicate[-1]) == "money"
            and not statement.bare
            and not statement.negative
            and ask.predicate[-1] not in statement.context
            and statement.offers.get("money", 0) != 2
        ):
            # "Will we be compensated for the hotel?" is not answered by
            # "I've moved your booking and waived the change fee": money
            # asked about, neither named nor given as an amount
            _set_aside(aside, statement, "money unnamed")
            continue
        if (
            money_back
            and not statement.bare
            and not statement.negative
            and money_back.isdisjoint(statement.topic)
            and not _CHARGED.isdisjoint(statement.topic)
        ):
            # "Refund the extra one" is not done by "Your plan is now £27.50 a
            # month", nor "Refund the two overcharges" by "from June you'll be
            # charged £180": a sum that is a price or a charge, no money sent back
            _set_aside(aside, statement, "money unnamed")
            continue
        if priced_back and not statement.bare and _only_priced(statement):
            # "will we get back the fees we've already paid for the spring
            # term?" is not answered by "The spring term fees are £180,
            # payable in advance": the money is named as the thing priced
            _set_aside(aside, statement, "money unnamed")
            continue
        if future_time and (statement.narrates or statement.recounts) and not statement.future:
            # "When will I get my results?" is not answered by "Your scan on
            # 29 October was carried out on our new scanner": a past event
            # with its date says nothing of what is to come
            _set_aside(aside, statement, "past event")
            continue
        if (
            how_long
            and not statement.lasts
            and (lasting or (statement.done and not statement.future))
            and not (
                lasting
                and not statement.done
                and _FINISHED_BY.search(said_text(statement)) is not None
            )
        ):
            # "How long will the refund take?" is not answered by "I've
            # processed it today, 2 October", nor "How long does the service
            # take?" by "Your service is booked for Monday 9 March": a point
            # in time, no length of time (set aside as the "past event" guard
            # does a past date for a "when": the model reads them as one)
            _set_aside(aside, statement, "past event")
            continue
        if how_often and _frequency_unsaid(statement):
            # "How often should it be tuned?" is not answered by "A standard
            # tuning is £75 and takes about an hour and a quarter", nor "How
            # often should he come in?" by "we have regular slots on Tuesday
            # and Wednesday mornings": a length or a day, no frequency
            _set_aside(aside, statement, "focus")
            continue
        if count_asked and not statement.bare and _count_unsaid(statement):
            # "How many pairs of skis fit in the roof box?" is not answered by
            # "Our roof boxes are 450-litre Thule boxes", nor "How many colours
            # can you print?" by "we mix every ink by hand": a measurement, a
            # year or a quantifier of all, no count of the thing asked about
            _set_aside(aside, statement, "focus")
            continue
        if _other_object(ask, statement, asks, mentioned, asked_acts):
            # "I'd like a refund for the delivery fee" is not done by "I've
            # refunded the Coke": the act asked for, done to another thing
            _set_aside(aside, statement, "distinct")
            continue
        if _other_recipient(recipient, statement):
            # "Please send the invoice to our accountant" is not done by "We
            # have sent the invoice to the address on your account": the act
            # asked for, done to another recipient or by another channel
            _set_aside(aside, statement, "distinct")
            continue
        if _money_of_another(ask, statement):
            # "How much to take up the sleeves?" is not answered by "a full
            # new lining is £95": the sum is the price of another thing
            _set_aside(aside, statement, "distinct")
            continue
        if _time_for_other_ask(ask, statement, asks):
            # "when will the refund for the delivery charge arrive?" is not
            # answered by "I have sent a replacement lid today": the time is
            # of the act the customer's other ask wanted done to its thing
            _set_aside(aside, statement, "distinct")
            continue
        if _day_echoed(ask, statement):
            # "when will the fitter be here on Friday?" is not answered by
            # "Your fitter is booked in for Friday and the job should take
            # around 2 hours": the day the customer named, told again, and a
            # length; no time within the day
            _set_aside(aside, statement, "distinct")
            continue
        if ask.expects == "time" and _time_only_names(statement):
            # "when is the first rent payment due?" is not answered by "Rent
            # for the 2026/27 year is £168 a week": the year names which rent
            # is priced; the sentence gives no time of the payment asked about
            _set_aside(aside, statement, "distinct")
            continue
        if _named_only_instead(ask, statement, picks):
            # "How do I cancel?" is not answered by "Many donors lower their
            # gift rather than stop": the act asked about, named as the one
            # the sentence does not take
            _set_aside(aside, statement, "distinct")
            continue
        if chosen and _choice_unnamed(ask, chosen, statement):
            # "Can I change my delivery to the pharmacy instead of my home?"
            # is not answered by "Your prescription was dispatched on
            # Tuesday": the other act on the same thing names nothing of
            # what the customer would choose instead
            _set_aside(aside, statement, "distinct")
            continue
        if doer and _doer_unnamed(statement):
            # "Can someone else collect it?" is not answered by "It will be
            # ready to collect from tomorrow": the act said, with nothing of
            # who may do it
            _set_aside(aside, statement, "distinct")
            continue
        own, offered = statement.said, statement.context
        for answer_type in implied_types:
            implied = IMPLIED[answer_type]
            if statement.offers.get(answer_type) == 2:  # "Thursday" is a date
                own = {**own, **dict.fromkeys(implied, 1.0)}
                offered = {**offered, **dict.fromkeys(implied, 1.0)}
        if _COLOUR in ask.focus and statement.offers.get(_COLOUR):
            # "What colours does the Harlow come in?" <- "The Harlow comes in
            # sage, oatmeal and charcoal": the colours named are the colour
            offered = {**offered, _COLOUR: 1.0}
        if ask.focus and _pick_named(ask, statement):
            # "What cream should I use?" <- "we recommend Bepanthen": the
            # thing picked and named is the cream asked for
            own = {**own, **dict.fromkeys(ask.focus, 1.0)}
            offered = {**offered, **dict.fromkeys(ask.focus, 1.0)}
        if (
            ask.focus
            and ask.focus.isdisjoint(offered)
            and not (_HOURS in ask.focus and statement.offers.get("time") == 2)
            and not _sides_compared(ask, offered)
        ):
            # "What's the weight limit for hand luggage?" is not answered by
            # "Hand luggage must fit in the overhead locker"; "What's the
            # deadline ...?" is, by "by the end of next week" (a date)
            _set_aside(aside, statement, "focus")
            continue
        if (
            not ask.focus.isdisjoint(_FORMS)
            and not statement.bare
            and not statement.pointed
            and not any(
                key in offered for key, w in ask.topic.items() if w >= 1.0 and key not in ask.focus
            )
            and any(key not in ask.focus for key, w in ask.topic.items() if w >= 1.0)
        ):
            # "What format does the book come in?" is not answered by "Your
            # invoice spreadsheet is attached": what it asks for, said of
            # another thing; "It's a paperback" speaks of the book in hand
            _set_aside(aside, statement, "focus")
            continue
        unsaid = ask.topic.get(ask.complement, 0.0) >= 1.0 and _unsaid(
            ask.complement, statement, offered
        )
        if timed_ask and _bound_crossed(ask, statement):
            # "can I collect after 6pm?" is not answered by "You can pick it
            # up any time before 5:30pm": a span the time asked lies outside
            _set_aside(aside, statement, "distinct")
            continue
        if (
            untimed
            and statement.bare
            and bare_of_another(ask, statement, asks, before=True)
            and _time_unsaid(statement, bare=False)
        ):
            # "Have you got 205/55 R16 in stock, and can you fit two on the
            # front tomorrow morning?" <- "Yes, we've got that size in stock:
            # ... £112 fitted": the yes is the stock question's, and the
            # draft says nothing of tomorrow morning
            _set_aside(aside, statement, "distinct")
            continue
        if rest_of_subject and not statement.bare and rest_of_subject.isdisjoint(offered):
            # "Will the concert start on time?" is not answered by "The
            # concert has been very popular": only its subject is named
            _set_aside(aside, statement, "subject only")
            continue
        if ask.expects in ("yes-no", "action") and not statement.bare and _only_praised(statement):
            # "Please skip my March case." is not done by "March's case is one
            # of our favourites this year: ...", nor "I'd like to upgrade to
            # the 9m x 15m one" by "Our 9m x 15m marquees are our most popular
            # size": the thing is named only to be described, and nothing is
            # said of the act asked on it
            _set_aside(aside, statement, "subject only")
            continue
        share, covered = overlap(ask.topic, offered, total)
        if core is not None:
            # "Can I get it back?": the borrowed context says what "it" is,
            # and what the ask names (a refund) may carry the match alone
            core_share, core_covered = overlap(core, offered, core_total)
            if core_share > share:
                share, covered = core_share, max(covered, core_covered)
        own_share, _ = overlap(ask.topic, own, total)
        strength = strongest(statement.offers, accepts)
        # offered on a bare tense cue alone ("was", "they'll", "we've")
        tensed = strength == 1 and all(
            t in statement.tensed for t in accepts if statement.offers.get(t)
        )
        # "How long does the treatment take?" <- "two appointments of about an
        # hour each, a week apart": a length of time is as firm as a date
        # (not one telling what we did: "I've attached the receipt for your
        # three nights of parking" gives a quantity, not a length to wait)
        timed = statement.offers.get("time", 0)
        if how_long and statement.lasts and not statement.done:
            timed = strength = 2
        if (
            not strength
            and statement.narrates
            and ask.expects in ("yes-no", "action")
            and not ask.borrowed
        ):
            # "Have you received my reading?" <- "Your reading from Sunday
            # reached us"; "I want a replacement" <- "The replacement left
            # our warehouse this morning": what happened to it is the answer
            strength = 1
        if permission and not _GRANTS.isdisjoint(statement.said):
            # "Can she go out on walks before then?" <- "Short lead walks are
            # fine from day three": granting it is a yes (but "Payment by card
            # is fine" grants nothing about paying in instalments, whatever
            # other yes it offers)
            strength = 0 if unsaid and statement.offers.get("yes_no", 0) < 2 else max(strength, 1)
            tensed = False
        if not strength and ask.expects == "yes-no" and not unsaid and statement.forbids:
            # "Is it ok to use last year's drops?", "Should I give him the old
            # tablets?" <- "Please do not use last year's drops": telling them
            # not to is a no
            strength = 1
        if (
            ask.expects == "place"
            and strength == 1
            and statement.offers.get("place") == 1
            and statement.values.get("place")
            and not _WHERE_TO.search(ask.text)
        ):
            # "Where is my parcel?" <- "I've changed the delivery address to
            # Unit 4, Brookfield Park": an address only the customer gave (hard
            # evidence discounted to a cue) says where it is to go, not where
            # it is (but "Where should I drop the keys?" <- "at the King
            # Street branch" they named is an answer)
            strength = 0
        if ask.expects in TYPED and strength == 1 and not statement.offers.get(ask.expects):
            # "How many points do I have?" is not answered by a cue of
            # another type ("added after each purchase"): only its own type,
            # or hard evidence of another ("£23.40 off", "within 3 days")
            strength = 0
        if (
            ask.expects == "reason"
            and not (statement.offers.get("reason") or statement.offers.get("cause"))
            and any(v == 2 for v in statement.offers.values())
        ):
            # "Why was my gas bill estimated?" is not answered by "Your gas
            # bill is £214 and is due on 5 May": a status with its figures
            # and no reason says when or how much, not why
            strength = 0
        if (
            ask.expects == "place"
            and statement.offers.get("time") == 2
            and not _WHERE_TO.search(ask.text)
        ):
            # "Where is my parcel?" <- "It will be with you tomorrow" (but not
            # "Where should I send the reading?" <- "sent within two weeks")
            strength = 2
        evidence = strongest(statement.offers, named)
        if seen is not None:
            seen.append(Weighed(statement, share, covered, own_share, strength, evidence, unsaid))
        if (
            ask.expects in ("yes-no", "action")
            and bare_of_another(ask, statement, asks)
            and not _spoken_to_elsewhere(ask, statement, statements)
        ):
            # "Will you cover a hotel tonight? Can we be moved to the 07:10
            # flight tomorrow?" <- "Yes, we'll cover a hotel tonight.": the
            # yes is the hotel's, and moves no one to another flight (weighed
            # all the same, for the second opinion)
            continue
        if permission and _norm_only(statement):
            # "Can I pay the rent in two instalments?" is not answered by
            # "Plot rent is normally paid in one go in October": how things
            # go as a rule, with no yes, no or leave given, leaves their own
            # case open (weighed all the same, for the second opinion)
            continue
        if favour and (_rule_for_all(statement) or _policy_only(statement)):
            # "Can someone look at it?", "Mum needs a lift to the Infirmary on
            # Thursday" are not answered by "All trees in council parks are
            # inspected on a regular cycle" or "All our minibuses have a rear
            # lift": a rule for every one of a kind says how things go for
            # all, not whether anyone will do what this customer asks; nor
            # is "Please cancel the gutter clean" by a norm or a policy
            # ("Gutter cleaning is best done ..., usually in late November")
            # (weighed all the same, for the second opinion)
            continue
        if permission and hedged_leave(statement):
            # "Can I freeze my membership for May and June?" is not answered
            # by "We offer membership freezes in certain circumstances, for
            # up to three months": a rule said to hold in some cases leaves
            # open whether theirs is one
            continue
        enough = share >= needed or covered >= ENOUGH_COVERED
        # "When will the green kettle be back?" is not answered by "we're
        # waiting on the next delivery from the supplier": a time still to
        # come is given as a date or a span ("in late April", "within 3
        # days"); a vague cue ("soon", "once it's assessed") leaves it open
        vague = (future or day_asked) and not statement.bare and timed < 2
        # "Is there a charge for cancelling my contract early?" is not
        # answered by "I've cancelled your contract" on topic alone: no word
        # of money ("costs nothing", "free", "£45") for the fee asked about
        fee_unsaid = (
            fee_asked
            and not statement.bare
            and not statement.negative
            and fee_asked.isdisjoint(statement.context)
            and not statement.offers.get("money")
        )
        # "Will I be charged for the declined payments?" is not answered by
        # "the card was paused to protect you": what happened, with no yes or
        # no of its own, says nothing of what a yes/no question asks is to come
        past_only = (
            ask.expects == "yes-no"
            and strength == 1
            and statement.narrates
            and not statement.future
            and not statement.bare
            and not statement.negative
            and FUTURE.search(lowered) is not None
        )
        # "Is the delivery charge refundable?" is not answered by "Your
        # delivery was booked for Monday": a bare tense ("was", "they'll",
        # "we've") is no yes or no, so one broad concept shared is not enough;
        # the ask's object or a second of its concepts must be named too
        tense_only = (
            tensed
            and strength == 1
            and ask.expects == "yes-no"
            and not statement.bare
            and not statement.negative
            and not (ask.complement and ask.complement in offered)
            and sum(1 for key, w in ask.topic.items() if w >= 1.0 and key in offered) < 2
        )
        # "Can I get a replacement bracket?", "Can you email me the proof of
        # delivery?" are not answered by "the bracket that came with the
        # memorial sits on a steel pin" or "the proof of delivery is held on
        # our system": a sentence that only describes the thing asked for,
        # with no act of ours, no yes or no and nothing promised, grants and
        # refuses nothing, however many of its words it names
        described_only = (
            ask.expects == "action"
            and strength == 1
            and not statement.offers.get("action")
            # hard evidence ("£45", "on 14 October") commits to something
            and not any(v == 2 for v in statement.offers.values())
            # "will you bring glasses or do we need to hire them?" is a pick
            # between two sides, which a description of one side makes
            and not picks
            # "Could you recommend ...?" <- "I would recommend ...": the act
            # asked for, said, is no description
            and not (ask.predicate and ask.predicate[-1] in statement.said)
            # "you're entitled to the difference", "that's fine": leave given
            and _GRANTS.isdisjoint(statement.said)
            and _ENTITLED.isdisjoint(statement.said)
            and not (
                statement.bare
                or statement.negative
                or statement.done
                or statement.future
                or statement.agrees
                or statement.instructs
                or statement.agent
                or statement.conditional
            )
        )
        # "Does the new lock come with a guarantee?", "Do unused hours roll
        # over?" are not answered by "The lock is a 3-star euro cylinder" or
        # "Members get eight hours each month": the thing said of the
        # subject, what the question asks of it, is left out, and no yes or
        # no is given (a sentence naming most of the question, "so you can
        # take your measurements for the tables", or telling the thing done,
        # "Your reference letter arrived on 3 March" for "Have you received
        # my letter from Accra?", is left to the route)
        complement_unsaid = (
            unsaid
            and fact_of_thing
            and not _complement_a_name(ask)
            and share < PLAIN_SHARE
            and not statement.done
            # "Sports is really popular, and yes, you can add it monthly": a
            # yes or a no inside the sentence is said of what was asked
            and not (
                statement.words is not None
                and not BARE_OPENERS.isdisjoint(
                    statement.words.words[statement.span[0] : statement.span[1]]
                )
            )
            and not statement.negative
            and statement.offers.get("yes_no", 0) < 2
            # "Does the warranty transfer to a new owner?" <- "The warranty
            # is transferable": a predicate with no object is what is asked
            # of the subject, and said of it in any form it answers (not as
            # the sentence's first word, its subject: a predicate misread
            # from the question's noun, "Does the lock come with ...", is no
            # predicate said)
            and not (
                ask.predicate
                and not ask.takes_object
                and any(
                    word == ask.predicate[-1] or _same_root(ask.predicate[-1], word)
                    for word in list(statement.said)[1:]
                )
            )
        )
        if (
            strength
            and enough
            and not vague
            and not past_only
            and not tense_only
            and not complement_unsaid
            and not described_only
            and (own_share > 0 or (statement.bare and not _says_other(statement)))
            and not fee_unsaid
            and not _time_of_another(ask, statement, awaited, how_long)
            and not _place_only_named(ask, statement, strength)
            and not _length_for_when(ask, statement, future or awaited or how_long)
            # "Will I lose my £60 fitting fee?" is not answered by "we'll find
            # a new date for your fitting": the fitting named, nothing of the
            # money paid, kept or lost, no yes and no no (weighed all the
            # same, for the second opinion)
            and not (money_stake and _money_stake_unsaid(statement))
            and not _anothers_answer(ask, statement, asks, own, strength)
        ):
            return statement, "topic+type"
        if (
            strength == 2
            and share >= STRONG_SHARE
            # "When is the earliest someone can come?" is not answered by
            # "the treatment is guaranteed for three months": a length of
            # time, and of another act, does not say when
            and not (
                ask.expects == "time"
                and not how_long
                and only_lengths(statement)
                and _time_of_another(ask, statement, awaited, how_long)
            )
            and not _length_for_when(ask, statement, future or awaited or how_long)
        ):
            return statement, "strong"
        if (
            evidence == 2
            and enough
            and own_share > 0
            # "Why is there an extra £15 on my bill?" is not answered by "The
            # £15 was added on the day by our valeter": the figure asked
            # about, named again, gives no reason
            and not (
                ask.expects == "reason"
                and not (statement.offers.get("reason") or statement.offers.get("cause"))
            )
            and not _length_for_when(ask, statement, future or awaited or how_long)
            and not _day_only_echoed(ask, statement, named)
        ):
            return statement, "named evidence"
        if (
            ask.expects in ("yes-no", "action")
            and not unsaid
            and _evidence_for(
                ask.topic,
                statement,
                ask.core if ask.expects == "action" else None,
                request=ask.expects == "action",
                text=ask.text,
            )
        ):
            # "Will I still be charged?" -> "your £32 payments restart on 1 July"
            return statement, "evidence"
        if (
            ask.expects == "yes-no"
            and ask.complement in EVIDENCED
            and _THERE_IS.match(ask.text)
            and ask.complement in statement.said
            and statement.offers.get(EVIDENCED[ask.complement]) == 2
            and not statement.generic
        ):
            # "Is there a charge if I bring the car back with less fuel?" <-
            # "We'd refill it and charge the pump price plus a £15 fee": what
            # the question asks about, named and given a figure; the
            # condition it was asked under need not be repeated
            return statement, "complement evidence"
        if (
            unique_type
            and ask.expects in TYPED
            and statement.offers.get(typed_as, 0) == 2
            and not ask.generic
            and (
                share > 0
                or total <= 1.0
                or ask.borrowed
                or (awaited and statement.lasts)
                # "When will you have the Bluey house back?" <- "Our next
                # delivery is due on 3 December": the time stock arrives
                or (restock_when and not _RESTOCK_KIN.isdisjoint(statement.said))
                # "When do you need my paperwork?" <- "By 15 December, please.":
                # a reply that opens with the time and nothing else says it
                # to the message's only "when"
                or (typed_as == "time" and _opens_with_time_only(statement, statements))
            )
            and not _time_of_another(ask, statement, awaited, how_long)
            and not _length_for_when(ask, statement, future or awaited or how_long)
        ):
            # the only "how long?" of the message, its topic borrowed ("3) how
            # long would you need it for" <- "Turnaround is 2 working days");
            # or the only "when" of something still to reach the customer,
            # met by a length of time in other words ("when will the money
            # reach my new provider?" <- "Transfers take up to 30 working days")
            return statement, "typed"
        if (
            ask.expects == "info"
            and ask.focus
            and any(
                statement.offers.get(t) == 2 and not ask.focus.isdisjoint(IMPLIED[t])
                for t in implied_types
            )
            and own_share > 0
        ):
            # "What's the earliest you could do the move?" <- "We have a crew
            # free from Monday the 9th": its focus (a date) met by hard
            # evidence of that type, as a "when" is
            return statement, "typed focus"
        if (
            shaped
            and statement.bare
            and not (statement.agrees and fact_asked)
            and not put_as_choice
        ):
            # "Yes," / "Of course." / "We do.": the only such question, or a
            # bare answer about this topic, or a bare one whose next sentence is
            acts = ask.expects != "action" or bool(
                statement.offers.get("action") or statement.offers.get("yes_no")
            )
            if (
                (unique_type or own_share >= needed or _first_to_share(ask, statement, asks))
                and acts
                and not bare_of_another(ask, statement, asks, distinct=distinct)
            ):
                return statement, "bare"
            # "Of course." / "Absolutely." on its own says yes to whatever one
            # of the next two sentences speaks to
            # ("Of course. [...] I've reserved the large for you"), unless a
            # sentence answers it outright (then that one is its answer)
            short = not statement.topic or "statement" not in statement.offers
            if (
                fallback is None
                and short
                and any(
                    overlap(ask.topic, following.topic)[0] > 0
                    for following in statements[index + 1 : index + 1 + _FOLLOWING]
                )
            ):
                fallback = statement
        if _done_as_asked(ask, statement):
            # "I'd like to book a check-up for my son next week" <- "I've
            # booked Sam in with Dr Patel on Wednesday 16th at 4:15pm"
            return statement, "done"
        if _delivered_by(ask, statement, asks, held_act):
            # "could I renew the two books?" <- "I've extended both loans by
            # three weeks": an act of ours of the family asked for, told as done
            return statement, "act delivered"
        if _refused_with_reason(ask, statement):
            # "Can I get a refund for my flight?" <- "Your ticket is a Light
            # fare, so it can't be refunded"
            return statement, "refused"
        if (
            ask.expects == "method"
            and statement.instructs
            and statement.substantive
            and covered >= 1.0
            and own_share > 0
        ):
            # "How do I add a second admin?" <- "Go to Settings > Members ...
            # and choose Make admin"
            return statement, "instruction"
        if _offer_confirmed(ask, statement):
            # "Do you stock the renal diet for cats?" <- "We keep the renal
            # food in the practice, in wet and dry": the business says it
            # has or does the thing asked about, in a verb of its own
            return statement, "offer"
        if (
            ask.expects == "yes-no"
            and not unsaid
            and not _practice_for_own(ask, statement)
            and _plain_answer(ask, core, statement)
        ):
            # "Is he due a booster yet?" <- "Milo's booster is due on 20 January"
            return statement, "plain statement"
        if (
            ask.expects == "action"
            and statement.personal
            and not statement.generic
            and not _habitual(statement)
            and _plain_answer(ask, core, statement)
        ):
            # "Could you renew my loans?" <- "All four of your loans are
            # renewed until 30 June": the state the request asked for, said
            # of the customer's own thing with its date, is the request done
            return statement, "done as a state"
        if (
            (strength or ask.expects == "info")
            and statement.substantive
            and share >= PARAPHRASE_SHARE
            and covered >= 2
            and not (statement.bare and own_share == 0 and _says_other(statement))
            and not described_only
        ):
            return statement, "paraphrase"
    return (fallback, "bare") if fallback is not None else None


_NONE: Final[frozenset[str]] = frozenset()
#: "instead" or "rather than" in an ask: what comes before it is the choice.
_INSTEAD: Final = regexcache.compile(r"\b(?:instead|rather\s+than)\b", re.IGNORECASE)
#: A word every ``_INSTEAD`` match holds (``_may_hold``).
_INSTEAD_WORDS: Final = ("instead", "rather")
#: A frequency or a time put in words ("quarterly", "next year"): a span or a
#: date ("every three months", "14 May 2027") names it.
_EVERY: Final = regexcache.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly"
    r"|(?:next|this)\s+(?:week|month|year|term|season|spring|summer|autumn|winter))\b"
)
_OF: Final = regexcache.compile(r"\s+of\b", re.IGNORECASE)
#: The words that open the phrase a choice put "instead" names ("to the
#: pharmacy", "from my office", "by bank transfer", "on Tuesday").
_CHOICE_OPENS: Final = frozenset({"to", "from", "by", "on", "at", "in", "into", "for", "as", "via"})


def _chosen_instead(ask: Ask, lexicon: Lexicon) -> frozenset[str]:
    """The concepts of what a yes/no ask or request would have instead of
    what it has: the words before its "instead" (or "rather than") from the
    last preposition on ("change my delivery to the pharmacy on High Street
    instead of my home": pharmacy, high street; "pay by bank transfer rather
    than card"); full-weight concepts of the ask only, less its verb, and a
    time ("to next year", "to quarterly") read as a date. Empty for any other
    ask, or one with no such phrase ("use this instead")."""
    if ask.expects not in ("yes-no", "action"):
        return _NONE
    found = _INSTEAD.search(ask.text)
    if found is None:
        return _NONE
    # "to my work instead: Unit 7, Harbour Park" spells the choice out after
    # it too; "instead of my home", "rather than card" name what it replaces
    after = ask.text[found.end() :]
    spelled = found.group().lower() == "instead" and not _OF.match(after)
    words = Words(ask.text if spelled else ask.text[: found.start()], lexicon, evidence=False)
    said = words.words
    before = bisect_left(words.starts, found.start())
    at = max((i for i, w in enumerate(said[:before]) if w in _CHOICE_OPENS), default=-1)
    if at < 0 or at + 1 >= before:
        # "Is there anything similar I could get instead?", "use this
        # instead": no phrase names the choice
        return _NONE
    start = words.starts[at + 1]
    topic = words.topic(start, len(words.folded))
    verb = ask.predicate[-1] if ask.predicate else ""
    chosen = {
        k for k in topic if k != verb and k not in PERMISSION and ask.topic.get(k, 0.0) >= 1.0
    }
    stretch = words.folded[start:]
    if chosen and ("time" in evidence_types(stretch) or _EVERY.search(stretch)):
        # "to next year", "quarterly": a time, which a date or span answers
        chosen.add(IMPLIED["time"][0])
    return frozenset(chosen)


def _choice_unnamed(ask: Ask, chosen: frozenset[str], statement: Statement) -> bool:
    """Whether a sentence names nothing of the choice an ask puts "instead"
    (``_chosen_instead``): none of its concepts with the sentence before,
    no hard evidence one stands for ("14 May 2027" for "next year", "every
    three months" for "quarterly"), no bare yes or no, and none of the customer's
    own addresses or numbers echoed ("210 Pine St" for "my office")."""
    if statement.bare or _names_any(chosen, statement, statement.context):
        return False
    if statement.offers.get("time") == 2 and any(
        k in IMPLIED["time"] or EVIDENCED.get(k) == "time" for k in chosen
    ):
        return False
    words = statement.words
    if words is None:
        return False
    said_text = words.folded[words.starts[statement.span[0]] : statement.end]
    return not any(mark in said_text for mark in _MARKS.findall(fold(ask.text)))


#: A yes/no ask or request whose act another person or party than the
#: customer would do: its auxiliary, then that doer as the subject ("Can
#: someone else collect it?", "Could my son Ethan switch ...", "can my local
#: garage do the work", "Is it OK if a friend signs?"). The group holds the
#: doer's own word.
#: The people and parties a customer may ask to stand in for them.
_DOERS: Final = (
    r"wife|husband|partner|son|daughter|child|children|kids?|mum|mom|mother|dad|father"
    r"|parents?|brother|sister|friend|neighbou?r|colleague|carer|relative|nan|gran|grandma"
    r"|grandad|grandson|granddaughter|nephew|niece|cousin|aunt|uncle|fianc[ée]e?|boyfriend"
    r"|girlfriend|flatmate|housemate|assistant|garage|mechanic|builder|plumber|electrician"
    r"|agent|solicitor|accountant|landlord|tenant|employer|gp|doctor|vet|pharmacy|dentist"
)
_OTHER_DOER: Final = regexcache.compile(
    r"\b(?i:can|could|may|might)\s+"
    r"(?i:(?:some|any)(?:one|body)\s+(else)|another\s+(person|adult|driver)"
    rf"|(?:a|my|our)\s+(?:[a-z'-]+\s+)??({_DOERS}))\b"
    r"(?:\s+[A-Z][a-z]+)?(?:\s*\([^)]*\))?\s+(?!(?:is|are|was|were|has|had|be|been)\b)[a-z]"
)
#: A sentence that says who may do an act: a person or party, a pronoun for
#: one, "anyone", or what a stand-in needs (ID, a signed note, consent).
_WHO_SAID: Final = regexcache.compile(
    r"\b(?:he|she|they|them|him|her|his|hers|their|anyone|anybody|someone|somebody"
    r"|whoever|nobody|no\s+one|only\s+you|yourself|in\s+person|behalf|authori[sz]\w*"
    r"|consent|permission|id|identification|proof|note|letter|signed|signature|named"
    r"|name|person|people|adult|adults|guest|guests|member|members|holder|patient"
    rf"|third[\s-]party|family|transfer\w*|household|{_DOERS}"
    # a refusal of the act, by anyone ("season tickets can't be passed on"):
    # can't or unable (``CANNOT_OR_UNABLE``), or the act not allowed; not
    # closing's "I'm afraid", which refuses without saying of the act
    rf"|{CANNOT_OR_UNABLE}|not\s+(?:be\s+)?(?:allowed|permitted|possible))\b"
)


def _other_doer(ask: Ask) -> str:
    """The word for the other person or party a yes/no ask or request puts
    as the doer of its act (``_OTHER_DOER``: "Can my wife sign for it?":
    wife; "Can someone else collect it?": else); empty for any other ask
    ("Can I collect it?", "Is my son's place confirmed?")."""
    if ask.expects not in ("yes-no", "action"):
        return ""
    found = _OTHER_DOER.search(ask.text)
    if found is None:
        return ""
    return next(word for word in found.groups() if word)


def _doer_unnamed(statement: Statement) -> bool:
    """Whether a sentence credited to an ask about another doer's act
    (``_other_doer``) says nothing of who may do it: no bare yes or no, no
    person, party or pronoun for one, no "anyone", ID or authorisation word
    (``_WHO_SAID``; "Your husband is welcome to collect it"), and no refusal
    of the act ("season tickets can't be passed on": not by anyone)."""
    if statement.bare or statement.offers.get("person") == 2:
        return False
    words = statement.words
    if words is None:
        return False
    said_text = words.folded[words.starts[statement.span[0]] : statement.end]
    return _WHO_SAID.search(said_text) is None


def _named_only_instead(ask: Ask, statement: Statement, picks: bool) -> bool:
    """Whether the sentence names the act ``ask`` asks about (its
    predicate), or all it names of the ask in its own words, only as the
    alternative it sets aside ("I want to cancel my membership" <- "you
    could just switch your home club instead of cancelling";
    ``answers.named_instead``): the topic word is there as what is not
    done, not as the answer. An ask with an "or" (``picks``, read once per
    ask by the caller) is never so: "Should I bring the car in or keep
    topping up?" <- "best to have it checked rather than keep topping up": a
    pick sets the other side aside."""
    if picks:
        return False
    # the sentence's own test first: one set test, and most sentences hold
    # no "instead of" or "rather than" (the ask's keys are read only then)
    aside = named_instead(statement)
    if not aside:
        return False
    own = [key for key in ask.topic if key in statement.said]
    if not own:
        return False
    if ask.predicate and ask.predicate[-1] in aside:
        return True
    return all(key in aside for key in own)


#: A yes/no question whether a thing comes in a price ("included in the
#: price", "covered by what we paid", "part of the fee").
_INCLUDED: Final = regexcache.compile(
    r"\b(?:included|covered|part of)\b(?:\s+\w+){0,3}?\s+(?:price|fee|cost|charge|amount)\b"
)

#: The concepts of money sent back to the customer.
_MONEY_BACK: Final = frozenset({"refund", "credit"})
#: The concepts of money the customer pays: a sum said of them is a price or a
#: charge ("Your plan is now £27.50 a month": a subscription's sum is its price).
_CHARGED: Final = frozenset({"charge", "price", "subscription"})
#: A sentence that opens by pricing its subject ("The spring term fees are
#: £180", "The booking fee is £4.50"), and what would say the money comes
#: back or stays ("refund", "back", "off", "keep", "lose", "credit").
_PRICED: Final = regexcache.compile(
    r"^[^,;:!?]{1,60}?\b(?P<verb>is|are|was|were|costs?|comes? to)\s+(?:only\s+|just\s+)?[£$€]\s?\d"
)
_BACK_SAID: Final = regexcache.compile(
    r"\b(?:refund\w*|back|off|keep\w*|kept|lose|lost|credit\w*|return\w*|repa\w+|forfeit\w*)\b"
)


def _only_priced(statement: Statement) -> bool:
    """Whether the sentence only prices its subject ("The spring term fees
    are £180, payable in advance, and cover eleven lessons"), with no word of
    money coming back or being kept."""
    said = said_text(statement)
    return _PRICED.match(said) is not None and _BACK_SAID.search(said) is None


#: A time that is a period a thing covers ("the 2026/27 year", "the spring
#: term"), not a point at which something happens ("Tuesday 4 May at 10am").
_PERIOD: Final = regexcache.compile(r"\b(?:years?|terms?|seasons?|semesters?|quarters?|months?)$")


def _time_only_names(statement: Statement) -> bool:
    """Whether the sentence prices its subject and every time it gives is a
    period in that subject ("Rent for the 2026/27 year is £168 a week"): the
    time says which thing is priced, not when anything is due or will happen
    ("Your appointment on Tuesday at 10am is £45" still says when)."""
    times = statement.values.get("time", ())
    if not times:
        return False
    said = said_text(statement)
    found = _PRICED.match(said)
    if found is None:
        return False
    verb = found.start("verb")
    return all(
        _PERIOD.search(value) is not None
        and said.find(value) != -1
        and said.find(value, verb) == -1
        for value in times
    )


#: A question whether money comes back to the customer ("will we get back the
#: fees", "do I get my money back?", "can we have the deposit back?").
_GET_MONEY_BACK: Final = regexcache.compile(r"\b(?:get|have|receive)\b[^?.!]{0,40}?\bback\b")
#: "or" as a word, its opening \b written after it (see ``_CHOICE``).
_OR: Final = regexcache.compile(r"or(?<!\wor)\b")


def _other_object(
    ask: Ask,
    statement: Statement,
    asks: Sequence[Ask],
    named: Mapping[str, int] | None,
    acts: Sequence[str] | None = None,
) -> bool:
    """Whether ``statement`` does the act ``ask`` asks for to another thing
    and names nothing of the thing asked about: "I'd like a refund for the
    delivery fee" <- "I've refunded the Coke (£2.10)"; "Is travel insurance
    included in the package?" <- "Every package includes ATOL protection".
    The act is the ask's verb (its predicate, or a participle: "included");
    the thing is what the ask's own words do it to (``object_of``), which
    must be named: "Can you refund it?" speaks of the only thing in play.
    The act done to the asked thing in other words, by a pronoun or by a
    number ("I've refunded it", "your card ending 4471") is no other thing
    (``acted_on``). Nor, mostly, is a thing the customer named themselves
    (``named``: their message's concepts and counts): "The kettle I bought
    stopped working. Can you refund my purchase?" <- "I've refunded the
    kettle" does it in other words. It is another thing beside a sum asked
    back for something else (the garlic bread they said was missing, for
    the delivery charge; "a refund for the charge" <- "I've refunded the
    toaster" refunds the toaster's price)
    or beside their own thing named outside their asks ("the tyre is
    punctured but the inner tube looks fine"). ``acts``: ``_acts`` of
    ``ask``, when the caller read them once for every sentence."""
    if statement.bare or statement.conditional or statement.words is None:
        return False
    said = statement.said
    if acts is None:
        acts = _acts(ask, statement.words.lexicon)
    for act in acts:
        if act not in said:
            continue
        objects = acted_on(statement, act)
        own = ask.core or ask.topic
        if not objects or any(key in ask.topic or key in own for key in objects):
            continue
        asked = Words(ask.text, statement.words.lexicon, evidence=False)
        if any(entry is not None and entry[0] in objects for entry in asked.keys):
            continue  # "whether our data is backed up, because ... those bookings"
        thing = object_of(asked, 0, len(asked.words), act, asked=True)
        if not thing or (_MONEY_KIN.intersection(thing) and _MONEY_KIN.intersection(objects)):
            # "a breakdown of what I'm paying" <- "of your fee": money for money
            continue
        lexicon = statement.words.lexicon
        if any((lexicon.topic_key(word) or ("",))[0] in thing for word in _ANY_THING):
            # "Please refund the missing items" <- "I've refunded the chicken
            # thighs and the oat milk": a general word stands for what is named
            continue
        context = statement.context
        if any(key in context for key in thing):
            return False
        # "send the breakdown to owen.price@..." <- "I've sent the itemised
        # quote to owen.price@...": the customer's own address or number
        # echoed marks their own thing, in other words
        words = statement.words
        said_text = words.folded[words.starts[statement.span[0]] : statement.end]
        if any(mark in said_text for mark in _MARKS.findall(fold(ask.text))):
            return False
        if named is None:
            named = asks_concepts(asks)
        if objects.isdisjoint(named):
            return True  # "the Coke", "ATOL protection": a thing of ours, not theirs
        # a thing the customer named is another only beside a sum asked back
        # for something else ("The garlic bread was missing ... a refund for
        # the delivery charge"; a bare "the charge" may be the item's price)
        # or their own thing named again outside their asks ("the
        # tyre is punctured but the inner tube looks fine": more often in the
        # message than asks name it); else it is their thing in other words
        # ("The kettle I bought ... refund my purchase")
        return bool(_MONEY_KIN.intersection(thing) and thing - _MONEY_KIN) or any(
            named.get(key, 0) > sum(key in other.topic for other in asks) for key in thing
        )
    return False


#: A request's own recipient or destination: "to" and a possessive or "the",
#: then up to three words ("to our accountant", "to my work address", "to
#: the house"). The group holds the words; "to me", "to us" name the customer.
_ASKED_TO: Final = regexcache.compile(
    r"\bto\s+(?:my|our|his|her|their|the)\s+((?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*)"
)
#: A sentence's recipient that is the customer or us, or the details we hold:
#: "to you", "to us", "to the address on your account", "to your inbox".
_SENT_TO_HELD: Final = regexcache.compile(
    r"\bto\s+(?:you|us)\b(?!r)|\bto\s+(?:your|the)\s+(?:[a-z'-]+\s+){0,2}?"
    r"(?:address|inbox|email|e-mail)\b"
)
#: How a thing is sent, by family: a request that names one ("by email",
#: "by post") is not done by a sentence that sends it by another only.
_CHANNELS: Final = (
    regexcache.compile(r"\b(?:e-?mail\w*|pdf|electronically|inbox|download\w*)\b"),
    regexcache.compile(
        r"\b(?:post|posted|posting|by\s+mail|letter|first[\s-]class|royal\s+mail|recorded"
        r"|courier\w*|tracked|tracking)\b"
    ),
    regexcache.compile(r"\b(?:text|texted|sms)\b"),
)
#: A channel the request names: "by" or "with" and its word.
_ASKED_BY: Final = regexcache.compile(
    r"\b(?:by|via|with|as\s+an?)\s+(?:a\s+|an\s+)?(e-?mail|pdf|post|mail|letter|courier|text"
    r"|sms|first[\s-]class|recorded|tracking|tracked)\b"
)
#: A request to have a thing, which a channel may qualify ("Can I get my
#: results by email?", "could I have the receipt by post").
_HAD_BY: Final = regexcache.compile(r"\b(?:get|have|receive)\s+(?:it|them|my|our|the|a|an)\b")
#: A sentence that says it did the act as the customer asked.
_AS_ASKED: Final = regexcache.compile(r"\bas\s+(?:you\s+)?(?:asked|requested)\b")
#: Words of a recipient that name no one in particular.
_ANY_RECIPIENT: Final = frozenset(
    {"address", "details", "email", "e-mail", "same", "right", "new", "too", "also", "as", "well"}
)


class _Recipient(NamedTuple):
    """What a request to send or hand something over names of where it goes,
    read once per ask (``_recipient_asked``): the recipient's own words ("to
    our accountant"), the addresses and numbers in the ask, and the family of
    ``_CHANNELS`` its channel belongs to ("by email"), if any."""

    own: tuple[str, ...]
    marks: tuple[str, ...]
    channel: re.Pattern[str] | None


def _recipient_asked(ask: Ask) -> _Recipient | None:
    """The recipient, destination or channel a request to send or hand
    something over names ("send the letter to my employer", "deliver them to
    the house", "Can I get my results by email?"), or None when the ask is no
    such request."""
    if ask.expects not in ("action", "yes-no"):
        return None
    lowered = ask.text.lower()
    asked_by = _ASKED_BY.search(lowered)
    if (
        ask.predicate[-1:] != ("delivery",)
        and not _sent_for(ask)
        # "Can I get my results by email?": had, by a channel
        and (asked_by is None or _HAD_BY.search(lowered) is None)
    ):
        return None
    asked_to = _ASKED_TO.search(lowered)
    own: tuple[str, ...] = ()
    if asked_to is not None:
        # the recipient's words end at a function word: "to our accountant
        # at accounts@...", "to my sister in Carlisle" name the accountant
        # and the sister; "accounts" is the address, which ``marks`` reads
        for word in asked_to.group(1).split():
            if word in STOP_WORDS:
                break
            if word not in _ANY_RECIPIENT and len(word) > 2:
                own = (*own, word)
    family = [c for c in _CHANNELS if c.search(asked_by.group(0))] if asked_by is not None else []
    return _Recipient(
        own, tuple(_MARKS.findall(fold(ask.text))) if own else (), family[0] if family else None
    )


def _other_recipient(asked: _Recipient | None, statement: Statement) -> bool:
    """Whether a request that names its recipient, destination or channel
    (``_recipient_asked``) meets a sentence that sends it to another or by
    another only: "we will email it to you", "sent to the address on your
    account", "we'll post them". A sentence that names the asked recipient or
    channel ("I've sent it to your accountant", "emailed to your work
    address") or just does the act ("Sent!", "I've sent the invoice") does
    it as asked."""
    if asked is None or statement.bare or statement.words is None:
        return False
    said = said_text(statement)
    if _AS_ASKED.search(said) or (
        "delivery" not in statement.said and not any(c.search(said) for c in _CHANNELS)
    ):
        # "to your work address, as you asked": done as asked, in other words
        return False
    if (
        asked.own
        and not any(w[: max(4, len(w) - 2)] in said for w in asked.own)
        and not any(mark in said for mark in asked.marks)
        and _SENT_TO_HELD.search(said) is not None
    ):
        return True
    if asked.channel is None or asked.channel.search(said) is not None:
        return False
    return any(c.search(said) is not None for c in _CHANNELS if c is not asked.channel)


#: A name the customer gives in their message as written: two or three
#: capitalised words in a row ("Priya Shah", "Acme Payroll Ltd").
_GIVEN_NAME: Final = regexcache.compile(r"\b[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){1,2}\b")


def sent_to_given(ask: Ask, statements: Sequence[Statement], message: str) -> bool:
    """Whether a request to send a thing to a recipient it names ("Could you
    send the letter to my employer?") meets a sentence that sends it to an
    address, number or name the customer's ``message`` gives for them ("The
    email is hr@acme.com", "She's called Priya Shah"): "We will email the
    letter to hr@acme.com today" sends it to the asked recipient, in the
    customer's own details, though it names them by no word of the ask. A
    sentence that sends it to details the message never gives, refuses, or
    leaves it to a condition does not."""
    asked = _recipient_asked(ask)
    if asked is None or not asked.own:
        return False
    given = {m for m in _MARKS.findall(fold(message)) if "@" in m or len(m) > 5} | {
        n.lower() for n in _GIVEN_NAME.findall(message)
    }
    if not given:
        return False
    # the thing sent: the ask's own concepts but the act and the recipient
    thing = {
        k
        for k, w in ask.topic.items()
        if w >= 1.0 and k not in _REMEDIES and not any(o.startswith(k) for o in asked.own)
    }
    for statement in statements:
        if not statement.substantive or statement.words is None:
            continue
        if (
            statement.negative
            or statement.conditional
            or statement.noncommittal
            or statement.asks_back
            or not _hands_over(statement)
        ):
            continue
        said = said_text(statement)
        if not any(f"to {g}" in said for g in given):
            continue
        # "We will email the letter to hr@acme.com", "I've sent it to Priya Shah"
        if not thing.isdisjoint(statement.topic) or _POINTS_AT_IT.search(said) is not None:
            return True
    return False


#: A sentence pointing back at the thing asked for: "sent it", "posted them".
_POINTS_AT_IT: Final = regexcache.compile(r"\b(?:it|them|this|these)\b")


def _acts_read(ask: Ask, statements: Sequence[Statement]) -> list[str]:
    """``_acts`` of ``ask`` by the lexicon the draft's ``statements`` were
    read with, once per ask rather than once per sentence (none when no
    sentence has words: ``_other_object`` passes over those)."""
    lexicon = next((s.words.lexicon for s in statements if s.words is not None), None)
    return _acts(ask, lexicon) if lexicon is not None else []


def _acts(ask: Ask, lexicon: Lexicon) -> list[str]:
    """The acts ``ask`` asks for: a request's verb ("refund the fee"; a
    question's "Can I bring my dog?" is the customer's own act), or the
    concepts of its participles and its verbs after "to" ("Is travel
    insurance included?", "How much to replace the lenses?")."""
    lowered = ask.text.lower()
    if ask.predicate and ask.kind == "request" and not _STATE_ASKED.match(lowered):
        act = ask.predicate[-1]
        return [] if act in PERMISSION or act in _NO_ACTS else [act]
    own = ask.core or ask.topic
    found = []
    for word in _ACT_WORD.findall(" " + ask.text):  # as written: "to Thursdays" is no act
        entry = lexicon.topic_key(word)
        if entry is not None and own.get(entry[0], 0.0) >= 1.0:
            found.append(entry[0])
    return found


#: Words for things in general: a sentence naming one in particular may be it.
_ANY_THING: Final = (
    "item",
    "items",
    "thing",
    "things",
    "product",
    "products",
    "stuff",
    "goods",
    "bits",
)
#: An email address or a number of three or more digits: the customer's own
#: marks for their thing.
_MARKS: Final = regexcache.compile(r"[\w.+-]+@[\w.-]+\w|\d{3,}")
#: Predicate verbs that ask for no act done to a thing ("Do I need ...?").
_NO_ACTS: Final = frozenset({"be", "need", "hav", "get", "do"})
#: A participle of the ask ("Is travel insurance included?"), or a verb after
#: "to" ("How much would it cost to replace the lenses?"). Searched with
#: ``findall`` in the text behind one space, for the group: the ``\W`` is the
#: ``\b`` before the word, written as the character it stands for so that the
#: engine skips inside words instead of trying six lookbehinds at every
#: character (the same words as ``(?<!\bthe )...(?<!\bour )\b[a-z]{3,}ed\b
#: |(?<=\bto )[a-z]{3,}\b`` in the text itself; tests/thread/test_pattern_gates.py).
_ACT_WORD: Final = regexcache.compile(
    r"\W((?<!\bthe )(?<!\ba )(?<!\ban )(?<!\byour )(?<!\bmy )(?<!\bour )[a-z]{3,}ed\b"
    r"|(?<=\bto )[a-z]{3,}\b)"
)
#: A question of a state ("Is the venue accessible?"): its predicate is no
#: act done to a thing, though a participle may be ("Is insurance included?").
_STATE_ASKED: Final = regexcache.compile(r"\s*(?:is|are|was|were)\b")


#: The stem of a question after how two things differ ("What's the difference
#: between Team and Business?"): an answer names a side, not the difference.
_DIFFERENCE: Final = frozenset({"differenc"})


def _sides_compared(ask: Ask, offered: Mapping[str, float]) -> bool:
    """Whether a question after a difference (``_DIFFERENCE``) is met by a
    sentence naming one of the things compared ("What's the difference
    between Team and Business?" <- "Business adds SSO and audit logs")."""
    return ask.focus <= _DIFFERENCE and any(
        w >= 1.0 and key not in ask.focus and key in offered for key, w in ask.topic.items()
    )


#: A what/which question asking the agent to pick one for the customer
#: ("Which garage should I take it to?", "What cream would you recommend?",
#: "What level would I start at?", "Which shade would match Honey?").
_PICK_ASKED: Final = regexcache.compile(
    r"^\W*(?:which|what)\s+(?:[a-z-]+\s+){1,2}?(?:should|would|could|do\s+you\s+"
    r"(?:recommend|suggest|advise)|is\s+(?:best|right)|will\s+(?:suit|match))\b"
)
#: The agent's pick, said as one ("we recommend Bepanthen", "I'd go with
#: PETG", "Stage 3 will suit her best", "you'd most likely go into our A2
#: group", "closest to 34W", "Take the car to Kingsway Bodyshop").
_PICK_SAID: Final = regexcache.compile(
    r"\b(?:recommend|suggest|advise)(?:ed|s)?\s+(?!(?:that\s+)?you\s+(?:ask|check|speak|contact|call))"
    r"|\b(?:go|going)\s+(?:with|for|into)\b|\bsuits?\s+(?:you|her|him|them)\s+best\b"
    r"|\b(?:closest|nearest)\s+(?:match\s+)?to\b|\bbest\s+(?:match|fit|bet|option|choice)\b"
    r"|^\W*take\s+(?:it|them|the\s+[a-z]+)\s+to\b"
)
#: Words of a pick that name nothing picked ("we recommend checking ...").
_PICK_EMPTY: Final = frozenset({"advice", "suitability", "likely", "closest"})


def _pick_named(ask: Ask, statement: Statement) -> bool:
    """Whether a pick-one question ("What cream should I use for aftercare?")
    is met by the agent's pick with a thing of its own named ("For aftercare
    we recommend Bepanthen"): the thing picked is the focus, though it is not
    the focus's word. An acknowledgement, a promise to find out or a question
    back picks nothing ("I'll check with the artist which cream")."""
    if not ask.focus or _PICK_ASKED.search(fold(ask.text)) is None:
        return False
    if statement.noncommittal or statement.asks_back or statement.negative:
        return False
    said = said_text(statement)
    if _PICK_SAID.search(said) is None:
        return False
    return any(key not in ask.topic and key not in _PICK_EMPTY for key in statement.said)


def _time_unsaid(statement: Statement, bare: bool | None = None) -> bool:
    """Whether a sentence gives no time of its own for an ask that names one
    ("Can you redeliver my parcel tomorrow?" <- "We'll redeliver it
    shortly"): no hard time evidence, even one echoing the customer's ("We'll
    bring it tomorrow"), no bare yes or no, no refusal. ``bare``: whether its
    bare yes or no is said to this ask (not ``bare_of_another``); by
    default, whether it has one."""
    if bare is None:
        bare = statement.bare
    return not (bare or statement.negative or statement.values.get("time"))


def bare_of_another(
    ask: Ask,
    statement: Statement,
    asks: Sequence[Ask],
    *,
    distinct: frozenset[str] | None = None,
    before: bool = False,
    loose: bool = False,
) -> bool:
    """Whether a sentence's bare yes or no is said to another ask of the
    message than ``ask``: a bare answer is given to one ask. A yes said of
    every ask ("Yes to both.") is each one's. By default, the sentence names
    no full-weight concept of ``ask`` (in what it says, nor the hard evidence
    one stands for) and names one of another yes/no question or request:
    "could you seat us together on the flight? ... can we bring the pushchair
    right up to the gate?" <- "Yes, you can take your pushchair all the way to
    the aircraft door" says nothing of the seats. The readings differ where
    the callers need them to:

    ``distinct``: the concepts that set ``ask`` apart (``distinct_keys``);
    the sentence names none of them and names one that sets another ask, of
    any kind, apart. "Can you engrave the bowl, and could the six tumblers
    be engraved as well?" <- "Yes, we can engrave the bowl with both your
    names": the yes is the bowl's, whatever the two share ("engrave").

    ``before``: a yes/no question or request put before ``ask`` shares
    something with the sentence, which is the one the bare answer speaks to
    (the first it names, as ``_first_to_share`` reads it), whatever it
    names of ``ask``. "Have you got 205/55 R16 in stock, and can you fit two
    on the front tomorrow morning?" <- "Yes, we've got that size in stock:
    ... £112 fitted": the yes is the stock question's.

    ``loose``: hard evidence names nothing of ``ask``, and a concept ``ask``
    names too (at any weight) claims the yes for no other ask: "Do I need a
    refresher?" <- "Yes, please bring your logbook" (``bare_yes_of_another``).
    """
    if not statement.bare or statement.to_all:
        return False
    said = statement.said
    if before:
        for other in asks:
            if other is ask:
                return False
            if other.expects in ("yes-no", "action") and overlap(other.topic, said)[0] > 0:
                return True
        return False
    own = frozenset(k for k, w in ask.topic.items() if w >= 1.0)
    if distinct is not None:
        if not distinct or _names_any(distinct, statement):
            return False
        return any(
            key not in own and key in said
            for other in asks
            if other is not ask
            for key in distinct_keys(other, asks)
        )
    if loose:
        if not own.isdisjoint(said):
            return False
    elif not own:
        return False
    elif _names_any(own, statement, said):
        # named, but perhaps only in passing after another ask's act
        return _act_of_another(ask, statement, asks, own)
    return any(
        other is not ask
        and other.expects in ("yes-no", "action")
        and any(
            w >= 1.0 and key in said and not (loose and key in ask.topic)
            for key, w in other.topic.items()
        )
        for other in asks
    )


def _act_of_another(
    ask: Ask, statement: Statement, asks: Sequence[Ask], own: frozenset[str]
) -> bool:
    """Whether a bare "Yes, ..." that names some of ``ask`` answers another
    yes/no question or request of the message with its own verb and object,
    naming ``ask``'s thing only in passing: "Can I add one more person? And
    is the houseboat air-conditioned?" <- "Yes, one more adult can be added
    to the booking, including the houseboat stay" adds a person, and says
    nothing of air conditioning. The sentence does not say ``ask``'s own
    verb; it does another ask's act (its predicate) to something that is
    none of ``ask``'s, names nothing of ``ask`` before that act, and gives
    what it names after it no verb of its own. A yes whose first words are
    ``ask``'s ("Can I bring my dog? Can I park
    outside?" <- "Yes, dogs are welcome, and you can park right outside")
    is still its own."""
    words = statement.words
    if words is None or not ask.predicate or ask.predicate[-1] in statement.said:
        return False
    acts = [
        other.predicate[-1]
        for other in asks
        if other is not ask
        and other.expects in ("yes-no", "action")
        and other.predicate
        and other.predicate[-1] in statement.said
        and other.predicate[-1] not in ask.topic
    ]
    if not acts:
        return False
    first, last = statement.span
    keys = words.word_keys(first, last)
    order = sorted(keys)
    for n, i in enumerate(order):
        key = keys[i]
        if key in own:
            return False  # the ask's own thing comes first
        if key in acts:
            done_to = acted_on(statement, key)
            if (
                done_to is None
                or not own.isdisjoint(done_to)
                # the act's word a noun ("that size in stock"): no act done
                or (i > first and words.words[i - 1] in DETERMINERS)
            ):
                return False
            # the ask's thing named after the act, with no verb of its own
            # ("and the houseboat is air-conditioned", "and yes, the
            # pushchair can come to the gate" speak of it)
            later = next((j for j in order[n + 1 :] if keys[j] in own), last)
            return all(
                word not in BE_FORMS and word not in MODAL_OPENERS
                for word in words.words[later:last]
            )
    return False


def _spoken_to_elsewhere(ask: Ask, statement: Statement, statements: Sequence[Statement]) -> bool:
    """Whether a draft whose bare yes is another ask's (``bare_of_another``)
    speaks to ``ask`` elsewhere all the same: its other sentences name half
    or more of what ``ask`` names, or give a time for an ask that names one
    ("Yes, entry is free. ... Buggies are fine everywhere"), in words the
    routes may not read as an answer."""
    rest = [other for other in statements if other is not statement]
    if "time" in evidence_types(ask.text.lower()) and any(
        other.offers.get("time") == 2 and not other.asks_back for other in rest
    ):
        # "I'd like it back before the christening on 12 December" <- "Yes,
        # we can rebind it. ... it will be back with you well before the
        # 12th": a time given elsewhere speaks to the ask that names one
        return True
    own = [k for k, w in ask.topic.items() if w >= 1.0]
    named = sum(
        any(_names_any(frozenset((key,)), other, other.said) for other in rest) for key in own
    )
    return 2 * named >= len(own)


#: a clock time bounding a span: "after 6pm", "until 5:30pm", "from 7.30am"
_BOUND: Final = regexcache.compile(
    r"\b(after|from|before|until|till|by)\s+(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b"
)
_LOWER_BOUND: Final = frozenset({"after", "from"})


def _bounds(text: str) -> list[tuple[bool, int]]:
    """The clock times a text bounds a span by, in minutes after midnight,
    each with whether it is the span's lower bound ("after 6pm": True)."""
    found = []
    for word, hour, minute, half in _BOUND.findall(text):
        at = int(hour) % 12 * 60 + (720 if half == "p" else 0) + int(minute or 0)
        found.append((word in _LOWER_BOUND, at))
    return found


def _bound_crossed(ask: Ask, statement: Statement) -> bool:
    """Whether a sentence gives only a span the time asked lies outside of:
    "can I collect after 6pm?" <- "You can pick it up any time before
    5:30pm" (but "Do you deliver before 8.30am?" <- "We deliver from
    7.30am" gives a time inside it)."""
    asked = _bounds(ask.text.lower())
    words = statement.words
    if not asked or words is None:
        return False
    given = _bounds(words.folded[words.starts[statement.span[0]] : statement.end])
    if not given:
        return False
    # every time asked lies past a bound of the other side ("after 6pm" <-
    # "before 5:30pm"), and no bound given runs the way the ask's does
    return all(
        any(
            lower != from_given and (at >= given_at if lower else at <= given_at)
            for from_given, given_at in given
        )
        for lower, at in asked
    ) and not any(lower == from_given for lower, _ in asked for from_given, _ in given)


def _time_of_another(ask: Ask, statement: Statement, awaited: bool, how_long: bool) -> bool:
    """Whether the times a sentence gives belong to another act than the one
    a when-question asks the time of (``Ask.head``): no clause holding a
    time names it or points at it ("When is the balance due?" <- "Check-in
    is from 4pm on the 14th"; "Your booking was confirmed on 14 January").
    A length of time for what is still to reach the customer ("when will the
    money reach me?" <- "Transfers take up to 30 working days") and a
    borrowed ask, which names nothing of its own, are left to the route."""
    return (
        ask.expects == "time"
        and bool(ask.head)
        and not ask.borrowed
        and not ((awaited or how_long) and statement.lasts)
        and not statement.timed_pointed
        and ask.head.isdisjoint(statement.timed)
        # "When will my refund come through?" <- "You should see the money in
        # your account by Friday": money asked after, and money in other words
        and (
            _MONEY_KIN.isdisjoint(ask.head)
            or (_MONEY_KIN.isdisjoint(statement.timed) and statement.offers.get("money") != 2)
        )
    )


#: A word that makes a length a point in time ("within 14 days", "10 days
#: before Eid", "by the end of the week", "in two weeks").
_LENGTH_AS_POINT: Final = regexcache.compile(
    r"\b(?:within|after|before|by|in|until|till|from|up to|ago|later|earlier|on)\b"
)
#: A when asked as a lead time, which a length answers ("How far ahead do we
#: need to order the cake?" <- "Cakes need two weeks' notice").
_LEAD_ASKED: Final = regexcache.compile(
    r"\b(?:ahead|in advance|notice|how early|how far)\b", re.IGNORECASE
)


def _time_for_other_ask(ask: Ask, statement: Statement, asks: Sequence[Ask]) -> bool:
    """Whether the time a sentence gives belongs to an act on the thing of
    another of the customer's asks, and the sentence names nothing of this
    when-question's own: "Could you send me a replacement lid? Also when
    will the refund for the delivery charge arrive?" <- "I have sent a
    replacement lid today by first class post" dates the lid, not the
    refund. The sentence is an act of ours, done or promised, that answers
    the other ask; the clauses holding the time (``Statement.timed``) name
    a thing only the other ask names (not the time's own words: "Easter
    Monday" names a date), and the sentence nothing that only this one
    names. A sentence that points the time at it ("it will arrive by
    Friday"), one that only states a fact ("the café closes at 3.30pm")
    and a borrowed ask, which names nothing of its own, are left to the
    routes."""
    if (
        _WEIGHING_OTHER
        or ask.expects != "time"
        or ask.borrowed
        or not statement.timed
        or statement.timed_pointed
        or not statement.personal
        or not (statement.done or statement.future)
    ):
        return False
    said = {_unaccented(k) for k in (*statement.said, *statement.timed)}
    # the time's own words ("on Easter Monday": date) name no thing of an ask's
    things = {k for k in statement.timed if not k.startswith("#") and k not in _TIME_KEYS}
    for other in asks:
        if other is ask or other.borrowed:
            continue
        own = {_unaccented(k) for k in _own_keys(ask, other)}
        theirs = _own_keys(other, ask)
        if (
            own
            and not theirs.isdisjoint(things)
            and not any(k.startswith(w) or w.startswith(k) for k in own for w in said)
        ):
            # the sentence must answer the other ask: its time is that act's
            _WEIGHING_OTHER.append(other)
            try:
                if answer_for(other, [statement], asks) is not None:
                    return True
            finally:
                _WEIGHING_OTHER.pop()
    return False


#: The other ask ``_time_for_other_ask`` is weighing a sentence against, so
#: that the weighing does not ask the same of the first ask in turn.
_WEIGHING_OTHER: Final[list[Ask]] = []


def _unaccented(key: str) -> str:
    """A concept key without its accents ("café" and "cafe" are one thing)."""
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def _length_for_when(ask: Ask, statement: Statement, ahead: bool) -> bool:
    """Whether a when-question of a settled thing ("When does the course
    start?", "what time do we have to bring it back?") meets a sentence whose
    only times are lengths, with nothing to fix them in time ("lessons are 30
    minutes long", "as long as he's held a licence for two years"): how long
    something lasts, not when. A when of something still to come
    (``ahead``: "When will it be fixed?" <- "within 72 hours"), a how long
    a length set from a point ("Orders must be in by 10 days before Eid")
    and a lead time asked ("How far ahead ...?") are left to the route."""
    if ask.expects != "time" or ahead or statement.bare or statement.negative:
        return False
    if _how_often(ask.text) or _LEAD_ASKED.search(ask.text) or not only_lengths(statement):
        return False
    words = statement.words
    if words is None:
        return False
    text = words.folded[words.starts[statement.span[0]] : statement.end]
    return _LENGTH_AS_POINT.search(text) is None


#: A day named in a when-question as the setting of the time asked ("when
#: will the fitter be here on Friday?", "... on Friday morning?"): the day is
#: given, the time within it is asked.
_ON_DAY_ASKED: Final = regexcache.compile(
    r"\bon\s+(?:this\s+|next\s+|the\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
#: A choice between days or a which-day question: the day itself is asked.
_DAY_ITSELF_ASKED: Final = regexcache.compile(
    r"\b(?:what|which)\s+day\b|day\s+or\b|\bor\s+(?:on\s+)?(?:the\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|\d)"
)
#: A time within a day ("at 10am", "8:30", "between 8 and 12", "in the
#: morning", "first thing", "lunchtime", "a slot") or another day or date
#: than the one asked ("Monday", "tomorrow", "the 14th", "next week").
_TIME_IN_DAY: Final = regexcache.compile(
    r"\d\s*(?:a\.?m\b|p\.?m\b)|\d[:.]\d\d|\b(?:noon|midday|morning|afternoon|evening"
    r"|tonight|o'clock|first thing|lunchtime|lunch|between|slot|window|arrival"
    r"|tomorrow|today|week|weekend|month|\d{1,2}(?:st|nd|rd|th)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)


def _day_echoed(ask: Ask, statement: Statement) -> bool:
    """Whether a when-question set on a day it names ("when will the fitter
    be here on Friday?") meets a sentence that gives no time within that
    day and no other day: "Your fitter is booked in for Friday and the job
    should take around 2 hours" repeats the day the customer already knows
    and says how long, not when; "The team leader on the day is Gary" names
    the day only as a setting. A clock time, a part of the day, a slot or
    another day ("at 8am on the Friday", "Friday morning", "Monday
    instead") answers it, and so does a no; a choice between days or a
    which-day question asks for the day itself and is left to the route."""
    if ask.expects != "time" or statement.bare or statement.negative:
        return False
    asked = ask.text.lower()
    days = set(_ON_DAY_ASKED.findall(asked))
    if len(days) != 1 or _DAY_ITSELF_ASKED.search(asked):
        return False
    words = statement.words
    if words is None:
        return False
    text = words.folded[words.starts[statement.span[0]] : statement.end]
    day = next(iter(days))
    return all(m.group(0) == day for m in _TIME_IN_DAY.finditer(text))


def _money_of_another(ask: Ask, statement: Statement) -> bool:
    """Whether the amounts a sentence gives are the price of another thing
    than the one a how-much question asks about: no clause holding an
    amount names what the ask names besides money, nor points at it ("How
    much would it cost to take up the sleeves?" <- "a full new lining is
    £95"; "How much was the delivery charge?" <- "Your invoice total of
    £38.50 was emailed"), as ``_time_of_another`` reads a when-question. A
    borrowed ask names nothing of its own and is left to the route."""
    if ask.expects != "money" or ask.borrowed or statement.offers.get("money") != 2:
        return False
    own = frozenset(
        k for k, w in (ask.core or ask.topic).items() if w >= 1.0 and k not in _MONEY_KIN
    )
    if not own:
        return False
    if _free_of_another(own, statement):
        return True
    if own.isdisjoint(statement.said):
        return False  # "How much do I owe?" <- "The amount to pay is £1,284.60"
    concepts, pointed = priced(statement)
    # the sum must be said of some other thing: "the bill is £312" names
    # only money, and may well be the repair's
    other = [k for k in concepts if k not in _MONEY_KIN and not k.startswith("#")]
    return bool(other) and not pointed and own.isdisjoint(concepts)


#: Words after "free" that leave it said of the thing before it ("delivery
#: is free of charge", "free to members", "free for under-fives").
_FREE_SAID_OF_BEFORE: Final = frozenset(
    {"of", "to", "for", "and", "or", "if", "when", "with", "as", "but", "too", "at", "on", "in"}
)


def _free_of_another(own: frozenset[str], statement: Statement) -> bool:
    """Whether a sentence's only sum is "free" said of things the how-much
    question does not ask about ("How much is the 1kg subscription?" <- "It
    includes a fresh roast, free delivery and tasting notes"): what comes
    free is listed, what it costs is not. "Delivery is free", "free of
    charge", "free to members" are read as the sum of the thing before it,
    and left to the other guards."""
    words = statement.words
    sums = statement.values.get("money", ())
    if words is None or not sums or any(value != "free" for value in sums):
        return False
    first, last = statement.span
    said = words.words
    frees = [at for at in range(first, last) if said[at] == "free"]
    if not frees:
        return False
    for at in frees:
        thing = said[at + 1] if at + 1 < last else ""
        if not thing.isalpha() or thing in _FREE_SAID_OF_BEFORE:
            return False
        if any(thing.startswith(key) or _same_root(key, thing) for key in own):
            return False
    return True


#: A bare answer of at least this many words goes on to say something itself.
_GOES_ON_WORDS: Final = 4


def _opens_bare(statements: Sequence[Statement], others: Sequence[Ask]) -> bool:
    """Whether the draft's first sentence that says anything is a bare
    answer that goes on ("Yes, six came in yesterday."; a lone "Of course."
    is said to what the next sentences speak to), read past greetings and
    thanks, that names nothing of the ``others`` asks ("Yes, a day ticket is £12"
    says yes to no "Do you open on Sundays?")."""
    first = next((s for s in statements if s.substantive or s.bare), None)
    if first is None or not first.bare or first.noncommittal:
        return False
    if first.span[1] - first.span[0] < _GOES_ON_WORDS:
        return False  # "Of course.", "Yes, we do.": said to what comes next
    return all(overlap(other.topic, first.said)[0] <= 0 for other in others)


#: Concept keys a date or a day may stand as in a sentence's words.
_TIME_KEYS: Final = frozenset({"date", "day", "time"})


def _opens_with_time_only(statement: Statement, statements: Sequence[Statement]) -> bool:
    """Whether ``statement`` is the draft's first sentence that says anything
    and names nothing but a date or time ("By 15 December, please.", "On
    Thursday 22 May."): a reply that opens with a time and nothing else gives
    it to the message's only "when", whatever words of the ask it leaves out.
    One that names anything more ("Your gallery is due on 3 June") must share
    the ask's topic as the routes read it."""
    first = next((s for s in statements if s.substantive or s.bare), None)
    if first is not statement or statement.offers.get("time") != 2:
        return False
    if statement.asks_back or statement.noncommittal:
        return False
    said = " ".join(statement.values.get("time", ())).split()
    return bool(said) and all(
        key.startswith("#") or key in _TIME_KEYS or key in said for key in statement.said
    )


def _anothers_answer(
    ask: Ask, statement: Statement, asks: Sequence[Ask], own: Mapping[str, float], strength: int
) -> bool:
    """Whether ``statement`` is another ask's answer that touches ``ask``
    only in passing: it names no full-weight concept of ``ask`` (only a part
    of one, "sent" for "send ... back") and gives no firm answer of its type
    (``strength`` under 2), while another ask of the message shares more of
    its concepts, none of them the ones ``ask`` shares, and gets an answer of
    its own type at least as firm there ("Can I get a replacement? Also, will
    I need to send the damaged one back?" <- "I've sent a replacement out
    today by first class post"). A bare yes or no, or an ask whose topic is
    borrowed, is left to the routes."""
    if strength >= 2 or statement.bare or ask.borrowed:
        return False
    mine = sum(w for key, w in ask.topic.items() if w >= 1.0 and key in own)
    if mine > 0:
        # "Can I send it back for repair? Who pays the postage?" <- "I've
        # emailed you a prepaid returns label, so postage is on us": a word
        # of the ask named in full answers it with the other
        return False
    shared = {key for key in ask.topic if key in own}
    for other in asks:
        if other is ask or other.borrowed or not shared.isdisjoint(other.topic):
            # "is the gym open on bank holidays, and what time does it
            # close?" <- "We're open on every bank holiday from 8am to 6pm":
            # what it names of the ask is the other ask's too, so the
            # sentence speaks of the same thing to both
            continue
        theirs = sum(w for key, w in other.topic.items() if w >= 1.0 and key in own)
        if theirs < 1.0 or theirs <= mine:
            continue
        accepts = ACCEPTS.get(other.expects, ACCEPTS["info"])
        if strongest(statement.offers, accepts) >= max(strength, 1):
            return True
    return False


def _first_to_share(ask: Ask, statement: Statement, asks: Sequence[Ask]) -> bool:
    """Whether a bare "Yes, ..." answers ``ask`` among several questions of
    its kind: it names something of it ("Is the venue wheelchair accessible?"
    <- "Yes, there is step-free access ...") and no question before it of the
    same kind shares anything with it (the first one it speaks to is the one
    it says yes to)."""
    if ask.expects != "yes-no" or overlap(ask.topic, statement.said)[0] <= 0:
        return False
    for other in asks:
        if other is ask:
            return True
        if other.expects == ask.expects and overlap(other.topic, statement.said)[0] > 0:
            return False
    return False


def _measure_asked(ask: Ask) -> bool:
    """Whether a how-many or what-question asks for a measurement: a concept
    of its own whose evidence is one ("what height", "how tall", "the
    weight"; ``EVIDENCED``)."""
    return any(EVIDENCED.get(k) == "measure" for k, w in ask.topic.items() if w >= 1.0)


def _implied_types(ask: Ask) -> tuple[str, ...]:
    """The answer types whose hard evidence stands for a concept of the ask:
    its own expected type ("When ...?": a date), money for a request (a
    refund of "£24"), and the type a what-question's focus is ("What's the
    deadline ...?": a date)."""
    types = {ask.expects, "money"} if ask.expects == "action" else {ask.expects}
    if ask.focus:
        types.update(t for t, keys in IMPLIED.items() if not ask.focus.isdisjoint(keys))
    return tuple(t for t in IMPLIED if t in types)


#: Yes/no questions whose answer need not name their last word: whether a
#: thing exists or is free ("Is there an education discount?" <- "Students
#: get 20% off"), what the customer must do ("Do I need to give notice in
#: writing?" <- "Just email us") or had best do ("Should I keep using it?"
#: <- "Please stop using it"), leave ("so can I cancel?") and an act of
#: ours ("whether you would cover the hotel" <- "we'll pay for your room").
#: What is still to come ("Will anyone be at reception?") is ``FUTURE``'s.
_NOT_A_FACT_OF_A_THING: Final = regexcache.compile(
    r"\b(?:is|are)\s+there\b|\bneed\b|\bha(?:ve|s)\s+to\b"
    r"|\b(?:should|shall|ought\s+to|must)\s+(?:i|we)\b"
    r"|\b(?:can|could|may)\s+(?:i|we)\b|\byou\s+would\b"
)


def _complement_a_name(ask: Ask) -> bool:
    """Whether a yes/no question's complement is a name ("Have you received
    my reference letter from Accra?"): it tells which thing is meant, which
    an answer often says in other words ("from the University of Ghana"),
    rather than what is asked of it."""
    return any(
        word[:1].isupper() and word.lower().startswith(ask.complement)
        for word in ask.text.split()[1:]
    )


def _unsaid(complement: str, statement: Statement, offered: Topic) -> bool:
    """Whether a sentence leaves out what a yes/no question asks of its
    subject, its complement ("Can I pay the deposit in instalments?":
    instalments): not named, not implied by hard evidence ("Thursday" for a
    date, "no charge" for a fee), and no bare yes/no. Such a sentence may
    commit to something, but about a neighbouring aspect ("The deposit is
    £120 and is due by 14 February")."""
    if statement.bare or complement in offered:
        return False
    if complement in IMPLIED["time"] and statement.offers.get("time") == 2:
        return False
    return statement.offers.get(EVIDENCED.get(complement, ""), 0) != 2


def _offer_confirmed(ask: Ask, statement: Statement) -> bool:
    """A question whether the business has or provides a thing ("Do you
    provide packing boxes?", see ``Ask.offered``) answered by a sentence in
    which the business speaks of itself (``Statement.agent``) and names the
    thing, whatever its verb: "We can supply up to 40 double-wall boxes".
    What else the question names ("Do you repair | leather sofas?") is not
    the thing: "We sell leather sofas" does not answer it. Hedged and
    asked-back sentences never reach here; a policy said of everyone does
    not count."""
    if not ask.offered or not statement.agent or statement.generic:
        return False
    return not ask.offered.isdisjoint(statement.said)


def _day_only_echoed(ask: Ask, statement: Statement, named: Sequence[str]) -> bool:
    """Whether a yes/no that names a day or a sum ("Can she ride Biscuit
    again on Saturday?") meets, in ``statement``, only hard evidence of that
    kind and none of the two or more other things it asks about ("Saturday's
    lesson is at 10am"): the day told again, with nothing of riding or
    Biscuit, says no yes or no. A bare yes or a no still answers."""
    if ask.expects != "yes-no" or statement.bare or statement.negative:
        return False
    implied = {k for t in named for k in IMPLIED.get(t, ())}
    beyond = {k for k, w in ask.topic.items() if w >= 1.0 and k not in implied}
    return len(beyond) >= 2 and beyond.isdisjoint(statement.said)


def _beyond_subject(ask: Ask) -> frozenset[str]:
    """What a yes/no question with a noun subject asks about it ("Will the
    concert | start on time?": start): a sentence that names only the subject
    says nothing of what was asked. Empty when the question has no noun
    subject or names nothing else."""
    if not ask.subject or ask.expects != "yes-no" or ask.subject not in ask.topic:
        return frozenset()
    return frozenset(k for k, w in ask.topic.items() if k != ask.subject and w >= 1.0)


#: A sentence whose main clause only rates the thing it opens with: a short
#: subject, then "is/are (one of) our (most) popular / favourite / best-selling
#: ..." ("March's case is one of our favourites", "Our 9m marquees are our most
#: popular size", "The Aria is a real customer favourite").
_PRAISED: Final = regexcache.compile(
    r"^[^,;:!?]{1,60}?\b(?:is|are|was|were|has been|have been)\s+"
    r"(?:(?:also|still|always|easily|probably|definitely|really)\s+)?"
    r"(?:(?:one|some|two|three)\s+of\s+)?"
    r"(?:(?:our|my|the|a|an|their)\s+)?(?:(?:real|big|firm|huge|customer|all-time|team|staff)\s+)*"
    r"(?:(?:most|very|really|hugely|incredibly|extremely|so)\s+)?"
    r"(?:popular|favourites?|favorites?|best[- ]?sell(?:ing|ers?)|top[- ]sell(?:ing|ers?)|"
    r"best[- ]loved|much[- ]loved|well[- ]loved)\b"
)
#: What, after the rating, still speaks to the ask: a yes, or an act of ours
#: ("A pony topper is one of my favourite things to make, so yes, I can do
#: a sugar-paste pony ...").
_ACTS_AFTER: Final = regexcache.compile(
    r"\b(?:yes|yeah|yep|sure|happy to|glad to)\b"
    r"|\b(?:we|i)(?:\s+(?:can|could|will|would|shall|have|do|did|am|are)\b|'(?:ll|ve|d|m|re)\b)"
    r"|\byou(?:\s+(?:can|could|will|won't|wont|don't|dont|need)\b|'(?:ll|re)\b)"
)


def _only_praised(statement: Statement) -> bool:
    """Whether the sentence only rates the thing it names ("March's case is
    one of our favourites this year: a Loire Chenin ..."): a description of
    the thing, no answer to an act asked on it (skip it, upgrade to it), when
    nothing after the rating says yes or tells an act of ours or the
    customer's."""
    said = said_text(statement)
    # every alternative of ``_PRAISED``'s rating holds one of these words
    # ("favo" in "favourite" and "favorite", "sell" in "best-selling" and "top
    # sellers", "loved" in "much-loved"; keep in step with it): few sentences
    # hold any, and the pattern's lazy opening tries each of its first 60
    # characters, for every sentence an ask is weighed against
    if not (
        "popular" in said or "favo" in said or "sell" in said or "loved" in said
    ):  # ``_PRAISED``'s rating word is missing: no match to try
        return False
    found = _PRAISED.match(said)
    return found is not None and _ACTS_AFTER.search(said, found.end()) is None


#: Hard evidence that measures rather than commits: a sum or a quantity.
_AMOUNTS: Final = frozenset({"money", "number"})


def _done_as_asked(ask: Ask, statement: Statement) -> bool:
    """A request answered by a sentence that does what was asked, to this
    customer, with evidence: the requested verb's concept ("book", "change")
    named, an action offered, hard evidence (a date, a time, an amount, a
    reference), and "you", "your", "I" or "we" in it. Extra detail in the
    request ("for my son some time next week, preferably after school")
    then need not recur. "Refunds are processed within 5 days" speaks to no
    one and does not count."""
    if ask.expects != "action" or not ask.predicate or not statement.personal:
        return False
    verb = ask.predicate[-1]
    if verb in PERMISSION or verb not in statement.topic:
        return False
    if not statement.offers.get("action"):
        return False
    # a second thing the request names ("add James")
    others = [key for key, w in ask.topic.items() if key != verb and w >= 1.0]
    if any(key in statement.topic for key in others):
        return True
    hard = [kind for kind, v in statement.offers.items() if v == 2]
    if others and hard and all(kind in _AMOUNTS for kind in hard):
        # "Please send me some photos of it" is not done by "Local delivery
        # within ten miles is £35, and our team will carry it in": a price or
        # a quantity, with nothing of the thing asked for, says what another
        # act costs or covers, where a date or a reference tells it done
        return False
    return bool(hard)


def _refused_with_reason(ask: Ask, statement: Statement, *, head_only: bool = True) -> bool:
    """A yes/no question or request answered by a clear no with a reason: the
    sentence says no, gives a cause ("so", "because", "as"), and names what
    the ask is for, its first full-weight concept ("Can I get a refund for
    my flight on 3 December?": refund), in words of its own (not inside an
    acknowledgement). The rest of the ask (the flight, the date) need not
    recur: a refusal of the thing is the answer. With ``head_only`` false,
    any full-weight concept of the ask will do (a policy that refuses "Term
    fees" answers "Will I get the rest of this term's fee back?")."""
    if ask.expects not in ("yes-no", "action") or not statement.negative:
        return False
    if not (statement.offers.get("cause") or statement.offers.get("reason")):
        return False
    named = [key for key, weight in ask.topic.items() if weight >= 1.0]
    if not head_only:
        return any(key in statement.said for key in named)
    return bool(named) and named[0] in statement.said


#: How much of a demand's topic a refusal must name: the act or the thing
#: wanted ("the owner to call me": contact, 0.4), not a passing word.
_DEMAND_NAMED: Final = 0.4


def _demand_refused(ask: Ask, statement: Statement) -> bool:
    """A demand the customer makes of us ("I want him to apologise", "I
    expect you to pay for it", "I want the owner to call me") answered by a
    sentence that turns it down in words of its own: it says no and names
    what is wanted ("I'm not in the habit of phoning customers who ...").
    Turned down is answered (corpus/README.md: a refusal with a reason is an
    answer), whether the reason is in that sentence or the ones around it."""
    if ask.kind != "request" or ask.expects != "action" or not statement.negative:
        return False
    if statement.noncommittal or statement.generic or not _WANTS.match(ask.text.lower()):
        # a policy said of everyone ("Estimated bills happen when customers
        # don't submit readings") turns down nobody's demand
        return False
    said = statement.said
    # the demand's own words, not what it borrowed from the thread ("I want
    # this money back" is not refused by "auto-renew won't happen again")
    own = ask.core or ask.topic
    if ask.predicate:
        # the act demanded is what is turned down ("I want to report the
        # seller" is not refused by "we are not responsible for sellers")
        own = {ask.predicate[-1]: 1.0}
    return any(
        w >= _DEMAND_NAMED and (key in said or any(_same_root(key, word) for word in said))
        for key, w in own.items()
    )


def _same_root(key: str, word: str) -> bool:
    """Whether two stems are one word in another form, sharing all but the
    last letter of the shorter, five or more ("apology" and "apologis" for
    "apologising")."""
    short = min(len(key), len(word))
    if short < 6 or key[0] != word[0]:
        return False
    return key[: short - 1] == word[: short - 1]


#: A demand put as the customer's want ("I want ...", "I expect you to ...",
#: "I'd like ...", "I demand ...").
_WANTS: Final = regexcache.compile(r"i\s+(?:want|expect|demand|insist)\b")


def _plain_answer(ask: Ask, core: Topic | None, statement: Statement) -> bool:
    """A yes/no question answered by a plain statement that commits to
    something about it: the sentence itself names most of what the question
    is about (``PLAIN_SHARE``, two concepts or all of a smaller topic) and
    gives hard evidence (a date, an amount, a number) or says no ("Children
    under five can attend free of charge without a ticket"; "We're closed on
    Christmas Day and open again from 7am on Boxing Day"). A sentence that
    only mentions the subject ("The concert has been very popular") commits
    to nothing about what was asked. A sentence naming all of a question of
    three or more concepts states its answer even without evidence (fewer
    are often named in passing: "the standing charge is set by the price
    cap" names all of "Is there a tariff without a standing charge?")."""
    if not statement.substantive:
        return False
    committed = statement.negative or any(v == 2 for v in statement.offers.values())
    # hard evidence names its concept: "on the 5th of each month" is a date
    said = statement.topic
    for answer_type, implied in IMPLIED.items():
        if statement.offers.get(answer_type) == 2:
            said = {**said, **dict.fromkeys(implied, 1.0)}
    # the ask's own words when it borrowed context ("Is he due a booster yet?"),
    # not its unweighted topic (what it shares with the thread weighs less)
    own = core is not None and core.keys() != ask.topic.keys()
    for topic in (ask.topic, core) if own and core is not None else (ask.topic,):
        share, covered = overlap(topic, said)
        if committed and share >= PLAIN_SHARE and (covered >= 2.0 or share == 1.0):
            return True
        if share == 1.0 and covered >= 3.0:
            return True  # "The iPhone 16 in blue is in stock": all of it, said as fact
    return False


#: Modal openers that grant or refuse permission ("You can", "you're welcome
#: to", "Garden trips on a lead are fine").
_PERMITS: Final = frozenset(
    {"can", "can't", "cannot", "able", "allowed", "free", "welcome", "fine"}
)
#: Modals that say a thing is possible ("Memberships can be frozen"): in
#: the passive, no act of ours on a request.
_POSSIBILITY: Final = frozenset({"can", "could", "may", "might"})
_POINTERS: Final = frozenset({"it", "them", "one", "this", "that", "those", "these", "her", "him"})
#: A request that names us as the doer: "please", "can/could/will/would
#: you", "I'd like you to", "I need you to".
_ASKED_OF_US: Final = regexcache.compile(
    r"\bplease\b|\b(?:can|could|will|would)\s+you\b|\b(?:like|want|need)\s+you\s+to\b"
)
#: A question for a day, a date or a clock time ("which day", "what date").
_DAY_ASKED: Final = regexcache.compile(
    r"\b(?:which|what) (?:day|days|date|dates|time|week|month)\b"
)
#: Asked to be sent something: a verb of sending to the customer.
_SEND_ME: Final = regexcache.compile(
    r"\b(?:send|resend|email|e-mail|forward|post)\s+(?:me|us|over|on)\b"
)
#: What a sentence that hands a thing over names: sending ("sent", "in the
#: post") or the thing attached or copied ("attached", "enclosed").
_HANDED: Final = frozenset({"delivery", "copy"})
#: A request that asks the business itself to act ("Can you send ...",
#: "Could you please check ...").
_ASKS_AGENT: Final = regexcache.compile(r"(?:\W*\w+\W+){0,2}?(?:can|could|will|would)\s+you\b")


class _EchoAsked(NamedTuple):
    """What ``_modal_echo`` reads of the ask alone (``_echo_asked``), once
    per ask: its topic less the predicate's last verb, whether it asks the
    business to act ("Can you send me ...?"), and whether it is a request of
    us, that or one ``answer_for`` tells (``_ASKED_OF_US``)."""

    rest: Topic
    agent_asked: bool
    acted_for: bool


def _echo_asked(ask: Ask, lowered: str, acted_for: bool) -> _EchoAsked:
    """``_EchoAsked`` of ``ask`` (``lowered``: its text lower-cased;
    ``acted_for``: ``answer_for``'s request of us)."""
    last = ask.predicate[-1]
    rest = {k: w for k, w in ask.topic.items() if k != last}
    # "Can you send me the feeding record?" asks the business to act: "If
    # you send me the vet's invoice" is the customer acting, no echo of it
    agent_asked = ask.kind == "request" and _ASKS_AGENT.match(lowered) is not None
    # "Can you freeze my membership?", "Please change the address": that a
    # thing "can be frozen" or "can be changed" says it is possible, not
    # that we do it for them (a request of us needs the act, a commitment
    # or a refusal)
    return _EchoAsked(rest, agent_asked, agent_asked or acted_for)


def _modal_echo(ask: Ask, statement: Statement, asked: _EchoAsked) -> bool:
    """A yes/no question answered by a statement on its predicate: "Can I
    switch mid-year?" <- "You can switch at the start of any term"; "Do I need
    to be at home?" <- "Someone will need to be there"; "Do you ship to
    Ireland?" <- "We deliver to Ireland"; "Is that allowed?" <- "You can ..."
    about what "that" was. A noun subject or an object must be named by the
    statement too ("Would my fees change?" is not answered by "You can
    switch"), or, after a pronoun subject, pointed at ("drive it")."""
    chain = ask.predicate
    last = chain[-1]
    rest, agent_asked, acted_for = asked
    for window in statement.modal_windows:
        opener, keys = window[0], window[1:]
        if agent_asked and opener == "you":
            continue
        if acted_for and opener in _POSSIBILITY and keys[:1] == ("be",):
            continue
        if opener in SUBJECT_OPENERS or opener == "to":
            keys = keys[:1]  # "we deliver": the verb right after the subject
        if last in PERMISSION:
            if opener in _PERMITS and (
                any(k in ask.topic for k in keys) or _names_subject(ask, statement)
            ):
                return True
            continue
        if ask.linking:
            # only linking verbs ("need to be"): the chain itself must follow
            if len(chain) >= 2 and window[1 : 1 + len(chain)] == chain:
                return True
            continue
        if last not in keys:
            continue
        at = window.index(last)
        if statement.adds and _besides(window, at, rest, statement):
            continue
        if not (ask.takes_object or ask.subject) or (opener == "to" and ask.expects == "method"):
            # "How do I add a user?" <- "To add someone, go to Settings > Team"
            return True
        if not ask.subject and window[at + 1 : at + 2] and window[at + 1] in _POINTERS:
            return True
        if overlap(rest, statement.context)[0] > 0:
            return True
    return False


def _besides(window: tuple[str, ...], at: int, rest: Topic, statement: Statement) -> bool:
    """Whether a statement that adds ("also") gives the ask's verb (at
    ``at`` in ``window``) an object of its own that is none of the ask's
    other words (``rest``): "Does it come with a charger?" <- "It also comes
    with a two-year guarantee" tells of a thing besides ("which includes your
    annual check-up" for "does it include eye tests?" adds nothing)."""
    return (
        bool(rest)
        and bool(window[at + 1 : at + 2])
        and window[at + 1] not in _POINTERS
        and overlap(rest, statement.topic)[0] == 0
    )


def _adds_besides(ask: Ask, statement: Statement) -> bool:
    """Whether ``statement`` tells of a thing besides the one ``ask`` is
    about, with the ask's own verb (``_besides``)."""
    if not (statement.adds and ask.predicate):
        return False
    last = ask.predicate[-1]
    rest = {k: w for k, w in ask.topic.items() if k != last}
    return any(
        last in window[1:] and _besides(window, window.index(last, 1), rest, statement)
        for window in statement.modal_windows
    )


def _habitual(statement: Statement) -> bool:
    """Whether the statement's only hard evidence is how often something is
    done ("We share feedback with our restaurant partners every week"): a
    practice of ours, not the state of this customer's thing, unless it
    says no."""
    if statement.negative:
        return False
    hard = [t for t, v in statement.offers.items() if v == 2]
    return hard == ["time"] and all(
        FREQUENCY.match(value) for value in statement.values.get("time", ())
    )


#: Adverbs that tell what happens as a rule ("Lab results usually take ...").
_AS_A_RULE: Final = frozenset({"usually", "normally", "typically", "generally", "tend", "tends"})
#: Words that make a subject this customer's thing or ours ("your results",
#: "we usually", "it normally"), not a class of things.
_OWN_SUBJECT: Final = frozenset(
    {
        *("our", "your", "my", "his", "her", "their", "its", "you", "we", "i", "it"),
        *("he", "she", "they", "this", "that", "these", "those", "you'll", "we'll"),
    }
)
#: An ask about a thing of the customer's own ("are my results back?").
_OWN_ASKED: Final = regexcache.compile(r"\b(?:my|our|his|her|their|its)\b")


#: Words that set a thing somewhere ("at 14 Mill Lane", "above the bank",
#: "near the station").
_LOCATIVE: Final = frozenset(
    {
        *("at", "on", "in", "above", "below", "near", "opposite", "behind", "beside"),
        *("next", "inside", "outside", "off", "by", "between", "across", "upstairs"),
        *("downstairs", "under", "over", "within", "along", "past", "round", "around"),
    }
)


#: How far before and after the customer's noun a word that sets it
#: somewhere is read ("the shop is now at", "shop just round the corner").
_NEAR_BEFORE: Final = 3
_NEAR_AFTER: Final = 5


def _place_only_named(ask: Ask, statement: Statement, strength: int) -> bool:
    """Whether a "where" ask ("Where is the new shop?") meets a sentence whose
    only sign of a place is the customer's own noun ("We've moved to a bigger
    shop with a proper studio"): no evidence of any kind and no word that
    sets a thing somewhere, so it says there is a place, not where."""
    words = statement.words
    if (
        ask.expects != "place"
        or strength != 1
        or statement.values
        or words is None
        or _WHERE_TO.search(ask.text)
    ):
        return False
    first, last = statement.span
    said = words.words[first:last]
    own = list(ask.topic)
    named = [at for at, word in enumerate(said) if any(word.startswith(key) for key in own)]
    # "a bigger office above the bank", "the shop is now at ...": a word that
    # sets it somewhere, near the noun ("baby photos on a cushion" sets another thing)
    return bool(named) and all(
        _LOCATIVE.isdisjoint(said[max(0, at - _NEAR_BEFORE) : at + 1 + _NEAR_AFTER]) for at in named
    )


def _practice_for_own(ask: Ask, statement: Statement) -> bool:
    """Whether a yes/no ask about the customer's own thing ("Are my blood
    test results back yet?") meets a sentence that opens with what happens
    as a rule to a class of things ("Lab results usually take three to five
    days"): a general practice, not the state of their case."""
    words = statement.words
    if words is None or statement.negative or not _OWN_ASKED.search(ask.text.lower()):
        return False
    if (
        statement.generic
        and ask.predicate
        and not any(key in statement.said for key in ask.predicate)
    ):
        # "Is the blower motor covered by our maintenance contract?" <- "Our
        # maintenance contract covers tuning of all reed and flue stops": what
        # the contract covers as a rule, without the thing asked about
        return True
    first, last = statement.span
    said = words.words
    for at in range(first, min(last, first + 5)):
        word = said[at]
        if word in _AS_A_RULE:
            return at > first
        if word in _OWN_SUBJECT or any(c.isdigit() for c in word):
            return False
    return False


#: A yes/no ask about where the customer's own thing stands now ("Is it
#: still under guarantee?", "Has my refund gone through yet?").
_STANDING_ASKED: Final = regexcache.compile(r"\b(?:still|yet|already)\b")
#: Words that make a class opening the customer's own ("All your knives").
_YOURS: Final = frozenset({"your", "you", "yours", "you're", "you've"})


def _state_for_rule(statement: Statement) -> bool:
    """Whether a sentence states a rule for a whole class ("All our repairs
    come with a 12-month guarantee"; a policy sentence), asked of one that a
    yes/no ask about where the customer's own thing stands now ("Is it still
    under your 12-month guarantee?") meets (``answer_for`` tells such an ask
    once, by ``_STANDING_ASKED``): the rule, not whether their case is inside
    it. A no ("All our guarantees end after 12 months, so yours has run
    out") or the customer's own things ("All your knives are ready") still
    answer."""
    words = statement.words
    if words is None or statement.negative or statement.bare:
        return False
    first, last = statement.span
    return (statement.generic or _rule_for_all(statement)) and _YOURS.isdisjoint(
        words.words[first:last]
    )


#: A sentence that leaves the customer leave to do something ("you can",
#: "you're welcome to", "feel free", "no problem", "that's fine").
_LEAVE_GIVEN: Final = regexcache.compile(
    r"\b(?:you|we|she|he|they)(?:'re|'ll| are| will)?\s+(?:(?:still|also|always)\s+)?"
    r"(?:can|could|may|are\s+welcome|welcome)\b|\bfeel\s+free\b|\bno\s+problem\b"
)


def _norm_only(statement: Statement) -> bool:
    """Whether a sentence met by a "can I ...?" ask ("Can I pay the rent in
    two instalments?") only tells how things go as a rule ("Plot rent is
    normally paid in one go in October"; "Most customers usually start with
    one battery"): no yes, no, leave given or refusal, so the customer is
    left to guess whether their own case is allowed."""
    words = statement.words
    if words is None or statement.bare or statement.negative or statement.forbids:
        return False
    first, last = statement.span
    said = words.words[first:last]
    if _AS_A_RULE.isdisjoint(said) or not _GRANTS.isdisjoint(statement.said):
        return False
    return _LEAVE_GIVEN.search(said_text(statement).lower()) is None


#: The customer named in a sentence ("a medical freeze like yours qualifies").
_TO_CUSTOMER: Final = regexcache.compile(r"\byou(?:rs?|'re|'ll|'ve|'d)?\b")


#: A word of the customer's own thing or case in a request ("look at it",
#: "my order", "this one", "Mum needs ..."), as against a question of what we
#: do for anyone ("Can you deliver to Bristol?").
_OWN_THING: Final = regexcache.compile(
    r"\b(?:it|its|my|mine|me|this|that|these|those|them|him|her|his|mum|dad|our|us)\b"
)
#: A request to be told something ("could you tell me whether ...", "let me
#: know if ...", "confirm ..."): a rule for all may be just what it asks.
_TO_BE_TOLD: Final = regexcache.compile(
    r"\b(?:tell|let\s+(?:me|us)\s+know|know|confirm|explain|advise|wondering|wonder)\b"
)
#: A sentence that opens on a rule for every one of a kind ("All trees in
#: council parks are inspected ...", "All our minibuses have a rear lift",
#: "Every booking is ...", "Each session ...", "Any repair ..."); read by
#: both guards of a rule for everyone (``_state_for_rule``,
#: ``_rule_for_all``); not "All done", "All sorted",
#: "All cancelled" (a word in -ed: what we did),
#: "All six print copies" (a state or a count of the customer's own things).
_FOR_ALL: Final = regexcache.compile(
    r"\s*(?:all\s+(?:of\s+)?(?:our|the|your)?\s*|every\s+|each\s+|any\s+)"
    r"(?!(?:done|sorted|set|paid|good|clear|in|ready|of|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|twelve|\d|[a-z]+ed)\b)[a-z]"
)


def _rule_for_all(statement: Statement) -> bool:
    """Whether a sentence only states a rule for every one of a kind ("All
    trees in council parks are inspected on a regular cycle", "All our
    minibuses have a rear lift"): it opens on "all", "every" or "each" and a
    class of things, with no yes or no, so it grants or refuses no request
    of the customer's own."""
    if statement.bare:
        return False
    return _FOR_ALL.match(said_text(statement).lower()) is not None


def _policy_only(statement: Statement) -> bool:
    """Whether a sentence met by a request of us about the customer's own
    thing ("Please cancel the gutter clean you've booked") only tells how
    things go as a rule: a policy said of everyone ("Add-ons are charged
    for the months remaining", ``Statement.generic``) or a norm ("Gutter
    cleaning is best done once the leaves have fallen, usually in late
    November", ``_norm_only``), with nothing done, promised or refused for
    this customer, so the request is neither met nor turned down ("We
    usually clear gutters in November" is such a norm too); a rule followed
    by what we did ("..., so I've refunded your £4.95 today") is not one."""
    if statement.done or statement.negative or statement.forbids:
        return False
    if _WE_SPEAK.search(said_text(statement).lower()):
        return False
    return statement.generic or _norm_only(statement)


#: The business speaking of its own act anywhere in a sentence ("I've
#: cancelled", "we'll refund", "I can move it"); not of what it does as a
#: rule ("We usually clear gutters in November").
_WE_SPEAK: Final = regexcache.compile(
    r"\b(?:i|we)\b(?!\s+(?:usually|normally|typically|generally|tend|always|often)\b)"
)


def hedged_leave(statement: Statement) -> bool:
    """Whether a sentence met by a "can I ...?" ask only says the thing is
    allowed or offered in some cases ("We offer membership freezes in
    certain circumstances", "We welcome well-behaved dogs on some of our
    trips"): hedged (``Statement.hedged``), with no bare yes or no, no
    refusal and no word of the customer ("you can", "yours qualifies"), so
    whether their own case is one of them is left open (a welcome or an
    offer of ours, "we welcome", "we offer", is the rule, not their leave)."""
    if not statement.hedged or statement.bare or statement.negative or statement.forbids:
        return False
    return _TO_CUSTOMER.search(said_text(statement).lower()) is None


def _possible_only(ask: Ask, statement: Statement) -> bool:
    """Whether the statement speaks of what a request asks for (its
    predicate's verb) only as possible, in the passive ("can be frozen",
    "may be changed"), and in no other way ("we'll freeze it")."""
    if not ask.predicate:
        return False
    last = ask.predicate[-1]
    possible = False
    for window in statement.modal_windows:
        if last not in window[1:]:
            continue
        if window[0] in _POSSIBILITY and window[1:2] == ("be",):
            possible = True
        else:
            return False
    return possible


def _names_subject(ask: Ask, statement: Statement) -> bool:
    """Whether a permission statement names what the permission is for before
    its permission word ("Pets are welcome" for "Do you allow pets?")."""
    return any(
        key in statement.topic for key, w in ask.topic.items() if w >= 1.0 and key not in PERMISSION
    )


#: Concepts whose answer is hard evidence of one type: a yes/no question about
#: being charged is answered by an amount, one about a date by a date.
EVIDENCED: Final[dict[str, str]] = {
    "charge": "money",
    "price": "money",
    "refund": "money",
    "credit": "money",
    "date": "time",
    "daytime": "time",
    "delay": "time",
    # a measurement with its unit ("3ft plants", "12kg") names the height,
    # width, depth or weight asked about
    "dimension": "measure",
    "weigh": "measure",
}


#: The concepts of money, one standing for another in a time's clause.
_MONEY_KIN: Final = frozenset(
    {k for k, v in EVIDENCED.items() if v == "money"} | {"funds", "money", "deposit"}
)


def _evidence_for(
    topic: Topic,
    statement: Statement,
    core: Topic | None = None,
    *,
    request: bool = False,
    text: str = "",
) -> bool:
    """Whether the statement gives hard evidence for a concept of the ask that
    calls for it, and covers the rest of the ask's topic too. For a request
    the rest is read from its own words (``core``) at full weight: "a refund
    for the chicken dishes" is not given by "It's £10 off your first box",
    even where the chicken is the thread's subject. A request is not met by
    a sum of nothing alone ("please send the updated invoice" <- "there's no
    charge for cutting the cake"): "free" or "no fee" says a charge does not
    apply, not that a refund, invoice or payment asked for was made (unless
    the request is not to pay: "I don't expect to pay for it" <- "there's no
    charge for adjusting it")."""
    # an amount stands for its money concept ("I'd like compensation" -> "you'll get £45")
    nil = request and not _NOT_TO_PAY.search(text) and _nil_sums_only(statement)
    typed = [
        k
        for k in topic
        if statement.offers.get(EVIDENCED.get(k, ""), 0) == 2
        and not (nil and EVIDENCED.get(k) == "money")
    ]
    if not typed:
        return False
    # background concepts (the thread's subject, weighed down) need not recur
    rest = {k: w for k, w in (core or topic).items() if k not in EVIDENCED and w >= 1.0}
    return not rest or overlap(rest, statement.topic)[0] >= TOPIC_SHARE


#: A request not to pay ("I don't expect to pay for it", "please waive the
#: fee", "can it be free of charge?"): a sum of nothing answers it.
_NOT_TO_PAY: Final = regexcache.compile(
    r"(?:n't|\bnot|\bnever)\s+(?:\w+\s+){0,3}(?:pay|be\s+charged|be\s+billed)\b"
    r"|\bwaive|\bfree\s+of\s+charge\b|\bfor\s+free\b|\bwithout\s+(?:paying|charge)\b",
    re.IGNORECASE,
)


def _nil_sums_only(statement: Statement) -> bool:
    """Whether every sum the statement gives is one of nothing ("free", "no
    charge", "no joining fee")."""
    sums = statement.values.get("money", ())
    return bool(sums) and all(v == "free" or v.startswith("no ") for v in sums)


#: A question asking leave to do something ("Can she go out ...?", "May we
#: bring ...?", "Is it OK to ...?").
_ASKS_PERMISSION: Final = regexcache.compile(
    r"\s*(?:(?:can|could|may)\s+(?:i|we|she|he|they|my|our|the\s+kids)\b"
    r"|is\s+it\s+(?:ok|okay|fine|alright|all\s+right)\b)"
)
#: A yes/no question asking the agent to do something ("Could you ...",
#: "Can you ...", "Would you be able to ..."): an agreement says yes to it.
_ASKS_FAVOUR: Final = regexcache.compile(
    r"\s*(?:can|could|would|will)\s+(?:you|someone|somebody)\b"
)
#: Concept keys of words that grant leave ("fine", "allowed", "welcome", "OK").
_GRANTS: Final = frozenset({"fin", "allow", "okay", "ok", "welcom"})
#: Concepts that say the customer has a right to a thing ("you're entitled
#: to the difference", "you qualify for a refund"): a yes to "Can I get it?".
_ENTITLED: Final = frozenset({"entitl", "elig", "qualify"})

#: A question after where the customer is to take or send something ("Where
#: should I send the reading?", or asked indirectly: "the address where I
#: must send the documents"): a time of arrival does not answer it.
_WHERE_TO: Final = regexcache.compile(
    r"\bwhere\s+(?:(?:should|do|can|could|shall|would|must)\s+(?:i|we)"
    r"|(?:i|we)\s+(?:should|can|could|shall|must|need\s+to|have\s+to|am\s+to|are\s+to))\b",
    re.IGNORECASE,
)

#: A question after how often something happens or is to be done.
_HOW_OFTEN: Final = regexcache.compile(r"\bhow (?:often|frequently)\b", re.IGNORECASE)
#: What every ``_HOW_OFTEN`` match is, in lower case (``_may_hold``).
_HOW_OFTEN_WORDS: Final = ("how often", "how frequently")


def _how_often(text: str) -> bool:
    """Whether ``text`` asks how often (``_HOW_OFTEN``); most asks hold
    neither phrase, and are answered by two substring tests."""
    return _may_hold(text, _HOW_OFTEN_WORDS) and _HOW_OFTEN.search(text) is not None


#: A frequency however it is put: "once a year", "every six months",
#: "twice yearly", "six-monthly", "each spring", "whenever it sounds off",
#: "6 to 8 weeks between grooms", "two years apart", "three times a day"
#: ("a day" alone is left out: "it takes a day" is a length).
_FREQUENCY_SAID: Final = regexcache.compile(
    r"\b(?:every|once|twice|thrice|annually|yearly|monthly|weekly|fortnightly|daily"
    r"|nightly|hourly|quarterly|seasonally|whenever)\b"
    r"|\w+[- ]?(?:yearly|monthly|weekly|daily)\b"
    r"|\b(?:two|three|four|five|six|several|a few|many|\d+) times\b"
    r"|\b(?:each|per)\s+(?:day|night|week|fortnight|month|year|season|term|spring|summer"
    r"|autumn|winter|visit|session|use|wash|service|mot)\b"
    r"|\b(?:days?|weeks?|months?|years?|hours?)\s+(?:between|apart)\b"
    r"|\b(?:as often as|no set|no fixed|as and when|as needed|when needed|if needed)\b"
)


#: A question after how many of a thing there are or will do ("How many
#: colours can you print?", "how many pairs of skis fit in the box?"); a
#: measurement asked for ("how many litres") is read by ``_measure_asked``.
_HOW_MANY: Final = regexcache.compile(r"\bhow many\b", re.IGNORECASE)
#: A count however it is put: a bare figure ("up to 3", "4 pairs") that is
#: no sum, time, date, year or measurement ("£12", "9am", "the 14th", "2019",
#: "600gsm", "450-litre", "2.5 m"), a number word ("three inks", "a dozen",
#: "both", "none", "twice"), or a limit said without one ("as many as you
#: like", "no limit", "all of them").
_COUNT_SAID: Final = regexcache.compile(
    r"(?<![£$€¥₹\d.,:/])\b(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*\b(?![.,:/]\d)"
    r"(?!\s?(?:am|pm|gsm|kg|kgs|g|cm|mm|m|km|ml|litres?|liters?|ft|feet|foot|inch|inches|%"
    r"|percent|gb|mb|tb|kw|kwh|mph|lbs?|per ?cent)\b)"
    r"(?!-(?:litre|liter|metre|meter|inch|foot|ft|cm|mm|kg|year|day|hour|minute|week)\b)"
    rf"|\b(?:one|{TWO_TO_TWENTY}|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|dozen|both|none|neither|once|twice|unlimited|a couple|a few"
    r"|zero|dozens|hundreds|thousands|plenty|a single|a pair|a handful|no limit|as many as"
    r"|any number)\b"
    r"|\ball (?:of )?(?:them|those|these)\b|\bevery one\b|\bnothing left\b"
    r"|\bno (?:more )?\w+ (?:left|remaining)\b",
)


def _count_unsaid(statement: Statement) -> bool:
    """Whether a sentence says no count at all: a measurement, a year, a
    price or a quantifier of everything ("All our stationery is printed
    ...") does not say how many."""
    return _COUNT_SAID.search(said_text(statement).lower()) is None


def _frequency_unsaid(statement: Statement) -> bool:
    """Whether a sentence says no frequency at all: no "every", "once a
    year", "monthly", "each spring", "weeks apart" ... (a length of time, a
    price or free days do not say how often)."""
    return _FREQUENCY_SAID.search(said_text(statement)) is None


#: An ask whether the customer must do anything themselves ("do we need to
#: do anything?", "is there anything I should do?").
_ANYTHING_TO_DO: Final = regexcache.compile(
    r"\b(?:need|have|got|ought) to do anything\b"
    r"|\b(?:should|must|can) (?:i|we) do anything\b"
    r"|\banything (?:else )?(?:i|we) (?:need|have|should|must|ought|can)(?: to)? do\b",
    re.IGNORECASE,
)
#: An ask whether the customer must get a thing themselves ("Do I need to
#: bring my own mat?", "do we have to buy the paint?", "Should I bring a
#: towel?"): not a request that we send or do it.
_NEED_TO_GET: Final = regexcache.compile(
    r"\b(?:need|have|got|ought|expected|supposed)\s+to\s+(?:bring|buy|pay\s+for|purchase"
    r"|supply|provide|source)\b|\bshould\s+(?:i|we)\s+(?:bring|buy|purchase)\b",
    re.IGNORECASE,
)
#: A word every match of ``_ANYTHING_TO_DO`` holds, and one of which every
#: match of ``_NEED_TO_GET`` holds (``_may_hold``): most asks hold none, and
#: then the patterns, tried at every character, are not run.
_ANYTHING_WORDS: Final = ("anything",)
_GET_WORDS: Final = ("bring", "buy", "pay", "purchase", "supply", "provide", "source")


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` can hold a match of a case-blind pattern each of whose
    matches holds one of ``words``: an ASCII text only if one of them is in
    its lower-case form. Any other text may (case folding matches "ı" to "i"
    and "ſ" to "s"), and is left to the pattern."""
    if not text.isascii():
        return True
    lowered = text.lower()
    # a loop, not ``any`` of a generator (a frame per call): ~2,000 calls a pass
    for word in words:  # noqa: SIM110
        if word in lowered:
            return True
    return False


#: Words saying we provide a thing ("Mats are provided", "we supply the
#: tiles", "the fitting is included"); "bring" only after our own subject
#: ("we bring all the tools", "the engineer will bring one").
_PROVIDING: Final = frozenset(
    {
        *("provide", "provides", "provided", "providing", "supply", "supplies", "supplied"),
        *("include", "includes", "included", "including"),
    }
)
_OUR_BRINGING: Final = frozenset({"we", "we'll", "i'll", "he'll", "she'll", "will"})
#: The ask's verbs of getting a thing, left out when its object is matched.
_GETTING: Final = frozenset(
    {"bring", "buy", "pay", "purchase", "suppli", "suppl", "provid", "sourc"}
)


#: A yes/no question on what the customer stands to pay ("Will I be charged
#: for ...?", "Will there be a charge?", "Is that extra?") or to lose or keep
#: ("Will I lose my deposit?", "Will my discount still apply?"), by stake.
_STAKES_ASKED: Final = (
    (
        "pay",
        regexcache.compile(
            r"\b(?:charged|charge|charging|pay|paying|cost|costs|fee|fees|extra)\b", re.IGNORECASE
        ),
    ),
    (
        "keep",
        regexcache.compile(
            r"\b(?:lose|losing|lost|forfeit(?:ed)?|keep|kept|retain"
            r"|delete|deleted|remove|removed|erase|erased|wipe|wiped|affect|affected"
            r"|still\s+(?:apply|applies|valid|count|counts|stand|stands))\b",
            re.IGNORECASE,
        ),
    ),
)
#: What every ``_STAKES_ASKED`` match of a stake begins with, in lower case:
#: most asks hold none, and skip the search (``_stake_asked``; as with
#: ``_may_hold``, a text that is not ASCII is left to the pattern).
_STAKE_WORDS: Final = {
    "pay": ("charg", "pay", "cost", "fee", "extra"),
    "keep": (
        "los", "forfeit", "keep", "kept", "retain", "delet", "remov", "eras", "wip", "affect",
        "still",
    ),
}  # fmt: skip
#: ``_STAKE_WORDS`` as one search each (the words are stems of letters, found
#: anywhere in the lower-cased ask: a search in C, not a generator step per word)
_STAKE_NEEDLES: Final = {
    stake: regexcache.compile("|".join(words)) for stake, words in _STAKE_WORDS.items()
}
#: What a sentence says of each stake, yes or no: nothing to pay ("no charge
#: for the return visit", "at no cost", "free"), or a thing kept or lost
#: ("carries over", "stays on your account", "nothing lost", "non-refundable").
_STAKES_SAID: Final = {
    "pay": regexcache.compile(
        r"\b(?:free|no\s+(?:extra\s+|further\s+|additional\s+)?(?:charge|cost|fee)"
        r"|costs?\s+nothing|nothing\s+(?:extra\s+|more\s+)?to\s+pay|complimentary"
        r"|(?:won't|will\s+not|wouldn't|not)\s+be\s+charged)\b"
    ),
    "keep": regexcache.compile(
        r"\b(?:lose|loses|lost|losing|forfeit\w*|keep|keeps|kept|stays?|remains?"
        r"|carr(?:y|ies|ied)\s+(?:over|forward|across)|rolls?\s+over|moves?\s+(?:over|across)"
        # "your £60 moves with you to the new fitting", "transfers to the new date"
        r"|(?:moves?|transfers?|goes|go)\s+(?:with\s+you|to\s+(?:the|your)\s+new)"
        r"|(?:non|not)[- ]?refundable|removed|deleted|erased?|wiped|(?:un)?changed|untouched"
        r"|(?:un)?affected|the\s+same\s+as\s+before)\b"
    ),
}
#: Concepts of the stake itself, not the thing it is said of.
_STAKE_CONCEPTS: Final = frozenset(
    {"charge", "price", "refund", "free", "loss", "credit", "stay", "carry", "delete", "affect"}
)
#: A hedge in a sentence on a stake: "there may be no charge, depending on
#: the cause" commits to nothing.
_STAKE_HEDGED: Final = regexcache.compile(
    r"\b(?:may|might|depend\w*|possibly|perhaps|not\s+sure|unsure|whether|check|checking)\b"
)
_ASK_WORD: Final = regexcache.compile(r"[a-z]{4,}")


#: Money named in a question on a stake ("my £60 fitting fee", "the
#: deposit", "my credit"): what the customer stands to pay or lose is money.
_MONEY_AT_STAKE: Final = regexcache.compile(
    r"[£$€]\s?\d|\b(?:fee|fees|deposit|deposits|money|credit|refund|refundable)\b", re.IGNORECASE
)
#: The customer's paying asked about: "be charged", "pay", "the fee", "cost
#: me", a sum (not "charge my phone").
_PAYS_ASKED: Final = regexcache.compile(
    r"[£$€]|\b(?:charged|pay|fee|fees|cost|costs)\b", re.IGNORECASE
)
#: Advice on whether to pay for something: no stake of the customer's.
_WORTH_PAYING: Final = regexcache.compile(
    r"\bworth\s+(?:paying|the\s+(?:money|cost|extra))\b", re.IGNORECASE
)
#: A sentence that speaks of money at all, in any way a stake is answered:
#: paid, charged, covered, included, waived, refunded, carried over, moved
#: with the customer ("your £60 moves with you to the new fitting").
_MONEY_STAKE_MET: Final = regexcache.compile(
    r"\b(?:pay|pays|paid|paying|charg\w*|cost\w*|fee|fees|price\w*|owe\w*|nothing|free"
    r"|cover|covers|covered|includ\w*|waiv\w*|on\s+us|on\s+the\s+house|refund\w*|credit\w*"
    r"|reimburs\w*|back\s+to\s+you|comes?\s+back|returned|transfer\w*|moves?\s+(?:with|to|over)"
    r"|deposit\w*|money)\b"
)


def _money_stake_asked(text: str) -> bool:
    """Whether a yes/no question asks whether the customer pays ("Will I be
    charged?", "do we still pay for it?") or loses or keeps money ("Will I
    lose my £60 fitting fee?"); not "Is it worth paying for ...?" (advice)
    nor "anywhere to charge my phone" (no money)."""
    stake = _stake_asked(text)
    if stake == "pay":
        return _PAYS_ASKED.search(text) is not None and _WORTH_PAYING.search(text) is None
    return stake == "keep" and _MONEY_AT_STAKE.search(text) is not None


#: Money asked back ("will we get back the fees we've paid?"): a price
#: said is no answer to it (``priced_back``).
_MONEY_BACK_ASKED: Final = regexcache.compile(
    r"\b(?:back|refund\w*|returned|reimburs\w*)\b", re.IGNORECASE
)
#: A charge named beside a sum: "an £11 admin fee", "a £25 call-out charge".
_FEE_NAMED: Final = regexcache.compile(r"\b(?:fee|fees|charge|charges|cost|costs|price)\b")


def _sum_to_pay(ask: Ask, statement: Statement) -> bool:
    """Whether a committed sentence gives a sum and names it as a fee, a
    charge, a cost or a price ("There's an £11 admin fee"), and names every
    concept of the ask besides the stake: "can I pay the tuition fees in
    instalments?" is not answered by "Tuition fees are £11,200 for the
    year", nor "Is there a fee for leaving before the end of my contract?"
    by a transfer "at no extra cost"."""
    if not statement.substantive or statement.noncommittal or statement.asks_back:
        return False
    if statement.offers.get("money") != 2:
        return False
    if any(
        w >= 1.0 and key not in _STAKE_CONCEPTS and key not in statement.said
        for key, w in ask.topic.items()
    ):
        return False
    text = said_text(statement).lower()
    return _FEE_NAMED.search(text) is not None and _STAKE_HEDGED.search(text) is None


def _money_stake_unsaid(statement: Statement) -> bool:
    """Whether a sentence says nothing a money stake is answered with: no
    bare yes or no, no refusal, no sum, and no word of paying, charging,
    covering, refunding or carrying the money over (``_MONEY_STAKE_MET``)."""
    if statement.bare or statement.negative or statement.offers.get("money"):
        return False
    text = said_text(statement).lower()
    return _MONEY_STAKE_MET.search(text) is None and _STAKES_SAID["keep"].search(text) is None


def _stake_asked(text: str) -> str:
    """Which stake a yes/no question asks about ("pay" or "keep"), or ""."""
    lowered = text.lower() if text.isascii() else None
    for stake, pattern in _STAKES_ASKED:
        if lowered is not None and _STAKE_NEEDLES[stake].search(lowered) is None:
            continue  # no word of the stake: the search would find nothing
        if pattern.search(text):
            return stake
    return ""


def _stake_said(ask: Ask, stake: str, statement: Statement) -> bool:
    """Whether a committed sentence says the customer pays nothing or keeps
    or loses the thing ``ask`` asks about (``_STAKES_SAID``), naming it in
    its own words (not in an acknowledgement: "We've received your question
    about the deposit"): half the ask's concepts beside the stake, its
    complement, or a word of the ask the lexicon folded into the stake
    ("deposit" of "lose my deposit"). An ask naming nothing but its stake
    ("Will there be a charge?") is met by the stake said alone."""
    if not statement.substantive or statement.noncommittal or statement.asks_back:
        return False
    text = said_text(statement)
    if not text or not statement.said:
        return False
    # "Do I lose the fitting fee?" asks both stakes ("fee", "lose"): what
    # either says ("your £60 moves with you to the new fitting") answers it
    said_stake = any(
        _STAKES_SAID[other].search(text) is not None
        for other, pattern in _STAKES_ASKED
        if other == stake or pattern.search(ask.text)
    )
    if not said_stake or _STAKE_HEDGED.search(text):
        return False
    said = statement.said
    others = {k: w for k, w in ask.topic.items() if k not in _STAKE_CONCEPTS}
    if others:
        share, _ = overlap(others, said)
        if share >= 0.5 or (ask.complement in others and ask.complement in said):
            return True
    lowered = ask.text.lower()
    stake_words = {m.group(0) for _, p in _STAKES_ASKED for m in p.finditer(lowered)}
    words = [w for w in _ASK_WORD.findall(lowered) if w not in STOP_WORDS and w not in stake_words]
    if any(
        len(key) >= 4 and key[0] != "#" and any(w.startswith(key) for w in words) for key in said
    ):
        return True
    # "Will there be a charge?" names nothing but the stake: nothing to pay
    # said of anything is the answer
    if not others and not words and stake == "pay" and "free" in said:
        return True
    # "Are you going to charge me for it?" names nothing of its own but the
    # stake and a pronoun (its topic is the sentence before, read into "it"):
    # a sentence that says the stake and nothing else of any thing ("There's
    # no charge for this one", "Nothing is lost") answers it
    return (
        not [w for w in words if w not in _LIGHT_ASK_WORDS]
        and _STAKE_PRONOUN.search(lowered) is not None
        and all(key in _STAKE_CONCEPTS for key in said)
    )


#: Words of an ask that name no thing: "Are you going to charge me for it?"
_LIGHT_ASK_WORDS: Final = frozenset({"going", "gonna", "still", "actually", "also", "then"})
#: A pronoun standing for the thing a stake is asked of ("for it", "lose that").
_STAKE_PRONOUN: Final = regexcache.compile(r"\b(?:it|this|that|them)\b")


#: A time the customer asks for: a clock time ("around 11am", "at 6", "after
#: 6pm") or a part of the day put by its event ("after work", "before school").
#: A time they turn down ("not 7", "instead of 7", "rather than 7") is left out.
#: The zero-width tests open with ``\b`` and a lookahead for the first letters
#: of the words (the same tests as ``(?<!not )(?<!of )(?<!than )\b``, in an
#: order that fails at once inside a word): searched over the whole message,
#: the pattern is entered at every character.
_TIME_ASKED: Final = regexcache.compile(
    r"\b(?=[abfu])(?<!not )(?<!of )(?<!than )"
    r"(?:at|after|before|around|about|from|by|for|until)\s+"
    r"(?:(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>am|pm)?\b"
    r"|(?P<event>work|school|lunch|noon|midday))",
    re.IGNORECASE,
)
#: A grant in the sentence: the time asked for is fine with us.
_TIME_GRANTS: Final = regexcache.compile(
    r"\b(?:(?:is|are|'s|be)\s+(?:fine|ok|okay|no\s+problem|perfect|great|good)"
    r"|works?\s+(?:fine|for\s+us|well)|no\s+probs?|no\s+problem|whenever\s+suits"
    r"|will\s+be\s+ready)\b"
)
#: A grant held on a condition or left to a check: no yes.
_GRANT_HELD: Final = regexcache.compile(
    r"\b(?:if|whether|may|might|check|checking|see\s+if|unless)\b"
)


#: A day the customer asks for ("on Monday", "this saturday", "tomorrow").
_DAY_NAMED: Final = regexcache.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today)\b",
    re.IGNORECASE,
)
#: The day said back and turned down, with why ("is too late", "'s fully
#: booked", "isnt possible", "doesn't work for us", "is no good").
_DAY_TURNED_DOWN: Final = (
    r"(?:'s|s|\s+is|\s+are|\s+isn'?t|\s+aren'?t|\s+won'?t|\s+doesn'?t|\s+would\s+be|\s+will\s+be)\s+"
    r"(?:(?:far\s+|much\s+|a\s+bit\s+|way\s+)?too\s+(?:late|early|soon)"
    r"|(?:fully\s+|all\s+)?booked(?:\s+up)?|full|closed|no\s+good|not\s+possible|possible"
    r"|not\s+an\s+option|work)\b"
)


def _day_refused(days: Collection[str], statement: Statement) -> bool:
    """Whether a committed sentence names a day the ask asked for and turns it
    down with its reason (``_DAY_TURNED_DOWN``): "monday is too late"."""
    if statement.asks_back or statement.noncommittal:
        return False
    text = said_text(statement)
    if _GRANT_HELD.search(text):
        return False  # "we'll check if Monday is too late": no answer yet
    return any(re.search(rf"\b{day}(?:s|'s)?{_DAY_TURNED_DOWN}", text) is not None for day in days)


def _times_asked(text: str) -> list[re.Match[str]]:
    """The times ``text`` asks for (``_TIME_ASKED``), a turned-down one left out."""
    return [m for m in _TIME_ASKED.finditer(text)]


def _time_granted(times: Sequence[re.Match[str]], statement: Statement) -> bool:
    """Whether a committed sentence grants, unconditionally, a time the ask
    asked for and names it again: the same hour ("6am" for "at 6", "after 6"
    for "after 6pm") or the same event ("after work")."""
    if not statement.substantive or statement.noncommittal or statement.asks_back:
        return False
    if statement.negative or not statement.said:
        return False
    text = said_text(statement)
    if not text or _TIME_GRANTS.search(text) is None or _GRANT_HELD.search(text):
        return False
    for asked in times:
        event = asked.group("event")
        if event is not None:
            if re.search(rf"\b(?:after|before|around|from|by|until)\s+{event}\b", text):
                return True
            continue
        hour, half = asked.group("hour"), (asked.group("half") or "").lower()
        for said in re.finditer(rf"(?<![\d£$€.:])\b{hour}(?:[:.](\d{{2}}))?\s*(am|pm)?\b", text):
            other = (said.group(2) or "").lower()
            if (not half or not other or half == other) and said.group(1) in (
                None,
                asked.group("minute") or "00",
            ):
                return True
    return False


def _committed_words(statement: Statement) -> tuple[list[str], int, int] | None:
    """The words of a committed, substantive statement and its word span
    (first, end), or None for any other statement."""
    words = statement.words
    if words is None or not statement.substantive or statement.noncommittal:
        return None
    first, last = statement.span
    return words.words, first, last


def _provides(ask: Ask, statement: Statement) -> bool:
    """Whether ``statement`` says we provide, supply or include what ``ask``
    asks whether the customer must get, naming it ("Mats are provided at
    every class" for "Do I need to bring my own mat?")."""
    committed = _committed_words(statement)
    if committed is None:
        return False
    said, first, last = committed
    if not any(
        said[at] in _PROVIDING
        or (said[at] in ("bring", "brings") and at > first and said[at - 1] in _OUR_BRINGING)
        for at in range(first, last)
    ):
        return False
    return any(
        weight >= 1.0 and key not in _GETTING and key in statement.said
        for key, weight in ask.topic.items()
    )


_WHY: Final = regexcache.compile(r"\bwhy\b", re.IGNORECASE)
#: A question what the business is doing about the complaint ("What are you
#: doing about it?", "I want to know what you're going to do about this",
#: "what will you do about it", "what you're doing to stop it happening
#: again"), not what the customer should do.
_DOING_ABOUT_IT: Final = regexcache.compile(
    r"\bwhat(?:\s+(?:are|will|is|do))?\s+(?:you|you're|you'll|your\s+\w+)\s*"
    r"(?:are\s+|'re\s+|will\s+|'ll\s+)?"
    r"(?:doing|going\s+to\s+do|gonna\s+do|do|plan(?:ning)?\s+to\s+do|intend(?:ing)?\s+to\s+do)"
    r"\s+(?:about|to\s+(?:stop|prevent))\s+(?:it|this|that)\b",
    re.IGNORECASE,
)
#: The word every ``_DOING_ABOUT_IT`` and ``_PURPOSE_ASKED`` match holds
#: (``_may_hold``).
_WHAT_WORDS: Final = ("what",)

#: What a promised talk or inquiry says: no act yet.
_DELIBERATES: Final = regexcache.compile(
    r"\b(?:discuss\w*|look(?:ing)?\s+into|investigat\w*|review\w*|consider\w*|"
    r"think\w*\s+about|get\s+back|raise\w*|pass\w*\s+(?:it|this|that|your)|feed\w*\s+back)\b"
)

#: What ought to have happened: "should have", "could've".
_COUNTERFACTUAL: Final = regexcache.compile(
    r"\b(?:should|would|could|might|must|ought\s+to)(?:\s+not|n't)?\s+(?:have|'ve)\b|\b(?:should|would|could|might|must)'ve\b"
)


def _acts_on_it(statement: Statement) -> bool:
    """Whether the sentence tells an act of ours for this customer, done or to
    come ("I've spoken to the driver today", "He'll be on a conduct course
    next week", "We'll refund the £40"), committed and not left to a
    condition or a hedge."""
    if not (
        statement.substantive
        and statement.personal
        and (statement.done or statement.future)
        and not (statement.noncommittal or statement.conditional or statement.restates)
    ):
        return False
    # "I'll be discussing this with the room leader": a talk to come is the
    # looking-into that acknowledges the ask, no act on it yet
    # "You should have been told at pickup": what ought to have happened
    # owns the lapse, it does nothing about it
    said = said_text(statement)
    if _COUNTERFACTUAL.search(said):
        return False
    return statement.done or _DELIBERATES.search(said) is None


#: A question what a thing or a charge is for ("What is the queen excluder
#: for?", "can you tell me what the £45 fee is for?", "What was the extra
#: for?"), not what the customer is after ("What are you looking for?").
_PURPOSE_ASKED: Final = regexcache.compile(
    r"\bwhat(?:(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?!(?:you|we|i|they)\b)[^?.!]{1,60}?"
    r"|\s+(?!(?:you|we|i|they|do|did|does|should|can|could|would|will)\b)[^?.!]{1,60}?"
    r"\s+(?:is|are|was|were))\s+for\s*\?*\s*$",
    re.IGNORECASE,
)
#: A sentence that tells what a thing is for: its use ("is there to cut the
#: power", "it's for ...", "used to"), what it does ("keeps", "stops",
#: "lets you", "secures your date") or what a charge pays for ("covers",
#: "pays for").
_PURPOSE_SAID: Final = regexcache.compile(
    r"(?:\bis|\bare|'s|\bwas|\bwere|\bused|\bdesigned|\bmeant|\bthere|\bhere)\s+"
    r"(?:(?:there|here|just|only|mainly|simply|mostly|also)\s+)?(?:for|to)\s+"
    r"(?!(?:the|a|an|your|our|my|all|you|us|it|them|him|her|this|that|these|those|any|each"
    r"|every|one|\d)\b)\w"
    r"|\b(?:so\s+that|in\s+order\s+to|stops?|keeps?|prevents?|protects?|lets?|allows?"
    r"|enables?|secures?|reserves?|guarantees?|ensures?|makes?\s+sure|controls?"
    r"|pays?\s+for|paid\s+for|covers?|covered|goes\s+towards|went\s+towards"
    r"|(?:is|was|are|were)\s+for)\b"
)
#: A charge named as the ask's subject ("what the £45 fee is for", "What
#: was the extra for?"), which a cause answers too ("went up because of the
#: consumer unit").
_CHARGE_ASKED: Final = regexcache.compile(
    r"\b(?:charges?|fees?|extra|costs?|bill|item|payment|amount)\b|[£$€]", re.IGNORECASE
)
#: A sentence naming what the thing or charge is ("The extra £400 is the Land
#: Registry fee", "is your share of the new fire doors"), not a passive
#: telling when it came ("was fitted on 12 January", "was added to your bill").
_CHARGE_NAMED: Final = regexcache.compile(
    r"\b(?:is|was|are|were)\s+(?:the|a|an|our|your|my|their|his|her|its|for|what)\b"
)


def _purpose_said(ask: Ask, statement: Statement) -> bool:
    """Whether ``statement`` can tell what ``ask`` (a ``_PURPOSE_ASKED``
    question) asks a thing is for: it says what it does or pays for, or
    names what it is ("is your share of the new fire doors"), or, for a
    charge, gives a cause ("went up because of the consumer unit")."""
    words = statement.words
    if words is None or statement.span[1] <= statement.span[0]:
        return True  # nothing to read: leave it to the routes
    first, last = statement.span
    text = words.folded[words.starts[first] : words.starts[last - 1] + len(words.words[last - 1])]
    if _PURPOSE_SAID.search(text) or _CHARGE_NAMED.search(text):
        return True
    return bool(statement.offers.get("cause")) and _CHARGE_ASKED.search(ask.text) is not None


def purpose_unsaid(ask: Ask, statements: Sequence[Statement]) -> bool:
    """Whether ``ask`` asks what a thing is for and no sentence of the draft
    can say (``_purpose_said``): no other reading answers it then."""
    return (
        _may_hold(ask.text, _WHAT_WORDS) and _PURPOSE_ASKED.search(ask.text) is not None
    ) and not any(_purpose_said(ask, s) for s in statements)


#: An ask whether a thing is normal ("Is this normal?", "is it normal for the
#: smell to be this strong?", "Is that a normal reaction?", "is that expected?").
_NORM_ASKED: Final = regexcache.compile(
    r"\b(?:is|are|was|isn't)\s+(?:this|that|it|these|those|they)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:normal|usual|common|typical|expected)\b",
    re.IGNORECASE,
)
#: Words saying how usual a thing is: a yes or no to "Is this normal?".
_NORM_WORDS: Final = frozenset(
    {
        *("normal", "normally", "usual", "usually", "common", "commonly", "typical"),
        *("typically", "expected", "natural", "abnormal", "unusual", "uncommon", "rare"),
    }
)
_POSSESSIVES: Final = frozenset({"our", "your", "my", "his", "her", "their", "its"})


def _says_norm(ask: Ask, statement: Statement) -> bool:
    """Whether ``statement`` says how usual the thing asked about is: a word
    of ``_NORM_WORDS``, in a committed sentence that names the ask's topic or
    points at the thing in hand ("It's very common for dogs to ...")."""
    committed = _committed_words(statement)
    if committed is None:
        return False
    said, first, last = committed
    if not any(
        said[at] in _NORM_WORDS and (at == first or said[at - 1] not in _POSSESSIVES)
        for at in range(first, last)
    ):
        # "our usual delivery days", "your normal dose": a thing of someone's, not how usual
        return False
    return (
        statement.pointed
        or any(key in statement.said for key in ask.core)
        or any(weight >= 1.0 and key in statement.said for key, weight in ask.topic.items())
    )


#: "Is there a charge ...?", "Will there be a fee ...?": asks whether a thing exists.
_THERE_IS: Final = regexcache.compile(r"\s*(?:is|are|will|would)\s+there\b", re.IGNORECASE)

_AUXILIARY_OPENING: Final = regexcache.compile(
    r"\s*(?:is|are|can|could|do|does|will|would|may|might|should|has|have)\s", re.IGNORECASE
)


def _says_other(statement: Statement) -> bool:
    """Whether a sentence opening with a bare yes ("Yes, we'll cover a hotel
    tonight") goes on to name a thing of its own (weight 1 or more) when it
    names nothing of the ask (the caller's ``own_share`` is 0): its yes is to
    that thing, not to the ask its sentence before spoke of ("Can we be moved
    to the 07:10 flight?"); "Yes, we can do that" names nothing of its own."""
    return any(weight >= 1.0 for weight in statement.said.values())


def _yes_no_shaped(text: str) -> bool:
    """ "Is there a way to try it first?" asks for a method but takes a "Yes,"."""
    return bool(_AUXILIARY_OPENING.match(text))


def distinct_keys(ask: Ask, asks: Sequence[Ask]) -> frozenset[str]:
    """The full-weight concepts that set ``ask`` apart from the customer's
    other asks, when it shares the rest with one of them (empty otherwise)."""
    if ask.borrowed or len(asks) < 2:
        return frozenset()
    others: set[str] = set()
    for other in asks:
        if other is not ask:
            others.update(other.core if other.borrowed else other.topic)
    shared = [k for k in ask.topic if k in others]
    if not shared:
        return frozenset()
    return frozenset(k for k, w in ask.topic.items() if k not in others and w >= 1.0)


def _names_any(keys: frozenset[str], statement: Statement, topic: Topic | None = None) -> bool:
    """Whether the sentence names one of ``keys`` (in ``topic``, its own
    topic by default), or gives the hard evidence one stands for ("£9,250"
    for "fees")."""
    named = statement.topic if topic is None else topic
    return not keys.isdisjoint(named) or any(
        statement.offers.get(EVIDENCED.get(key, ""), 0) == 2 for key in keys
    )


#: An ask of at least this many concepts of its own ...
_UNNAMED_MIN: Final = 2


def topic_unnamed(ask: Ask, statements: Sequence[Statement], *, wholly: bool = False) -> bool:
    """True when the draft names (in a sentence or the one before it, or by
    the hard evidence a concept stands for) less than half of the ask's own
    full-weight concepts, and it has at least ``_UNNAMED_MIN`` of them: no
    sentence can be answering it in other words then ("Are we insured if
    something is broken in transit?" beside a draft about packing, pianos
    and storage). RC201 keeps such an ask from its learned second opinion.
    ``wholly``: only when it names none of them (an ask added on by its
    lead-in alone, "Also, can you ...?", whose own words may be answered in
    other words: "turn off substitutions" <- "Substitutions are now switched
    off")."""
    keys = [k for k, w in ask.topic.items() if w >= 1.0]
    if len(keys) < _UNNAMED_MIN:
        return False
    named = 0
    for key in keys:
        evidence = EVIDENCED.get(key)
        if any(
            key in s.context or (evidence is not None and s.offers.get(evidence) == 2)
            for s in statements
        ):
            named += 1
            if wholly or 2 * named >= len(keys):
                return False
    return True


def only_acknowledged(ask: Ask, statements: Sequence[Statement], lexicon: Lexicon) -> bool:
    """True when every draft sentence that names one of the ask's own
    full-weight concepts names it only inside an acknowledgement or a
    deferral (``Statement.said`` leaves it out), and one of them is our
    promise to answer later (a ``promise`` phrase: "We'll follow up on the
    SLA point.", "We'll let you know when the export bug is fixed."): the
    draft's only word on it is that it will be answered, which is no answer
    (corpus/README.md). RC201 keeps such an ask from its learned second
    opinion. Thanks or sympathy that restate the customer's words ("sorry
    to hear it is still sore") promise nothing, and a sentence that names
    the ask outside such words ("I've refunded it today") leaves the model
    to judge."""
    keys = frozenset(k for k, w in ask.topic.items() if w >= 1.0)
    if not keys:
        return False
    promised = False
    for statement in statements:
        if keys.isdisjoint(statement.topic):
            continue
        if not keys.isdisjoint(statement.said):
            return False
        promised = promised or _promises(statement, lexicon)
    return promised


def _promises(statement: Statement, lexicon: Lexicon) -> bool:
    """Whether the sentence holds a ``promise`` phrase ("we'll", "I will",
    "will be in touch"): something we are still to do."""
    words = statement.words
    first, last = statement.span
    if words is None or first >= last:
        return False
    return lexicon.has_phrase(
        ("promise",), words.folded[words.starts[first] : words.end_of(last - 1)]
    )


def _distinct_but_absent(ask: Ask, statements: Sequence[Statement], asks: Sequence[Ask]) -> bool:
    """True when what sets this ask apart from the customer's other asks (its
    own concepts) appears nowhere in the draft: then no sentence can be
    answering *it*, even one that answers a neighbour ("Your policy has been
    cancelled" does not say whether there is a cancellation fee)."""
    if ask.borrowed or len(asks) < 2:
        return False
    others: set[str] = set()
    for other in asks:
        if other is not ask:
            others.update(other.core if other.borrowed else other.topic)
    distinct = {k: w for k, w in ask.topic.items() if k not in others and w >= 1.0}
    if not distinct:
        return False
    # "you'll get £45" says the "credit" of "I'd like compensation"
    evidence = {kind for key in distinct if (kind := EVIDENCED.get(key)) is not None}
    # what the ask's own text is asked for, read at the first sentence that
    # needs it and kept for the rest (the sentences do not change it)
    hours: set[str] = set()
    shapes: tuple[bool, bool, bool] | None = None
    # stop at the first sentence that names one: most asks are named early
    for statement in statements:
        topic, offers = statement.topic, statement.offers
        if not topic.keys().isdisjoint(distinct):
            return False
        if evidence and any(offers.get(kind) == 2 for kind in evidence):
            return False
        if shapes is None:
            hours = _clock_hours(distinct)
            shapes = _named_shapes(ask)
        if _hour_said(hours, statement) or _named_in_short(ask, statement, asks, shapes):
            return False
        if _rebooked(ask, statement, shapes[2]):
            return False
    return True


#: An ask for the booking to be made again at another time ("Can I rebook
#: for next week?", "I need a new date", "could we reschedule?").
_REBOOK: Final = regexcache.compile(
    r"\b(?:re-?book\w*|re-?schedul\w*|re-?arrang\w*"
    r"|(?:a\s+)?(?:new|another|different)\s+(?:date|day|time|appointment|slot|session))\b",
    re.IGNORECASE,
)


def _rebooked(ask: Ask, statement: Statement, rebook: bool | None = None) -> bool:
    """Whether the ask asks to rebook and the sentence books a time: "Can I
    rebook for next week?" <- "I've booked you in for Tuesday 18th at 9am
    instead". The act is said by its plain verb (book, not rebook) and the
    time as hard evidence, in no word of the ask's own; a sentence that
    cancels ("I've cancelled tomorrow's appointment") books nothing.
    ``rebook``: whether ``_REBOOK`` is in the ask (``_named_shapes``), when
    the caller read it once for every sentence."""
    return (
        "booking" in statement.topic
        and statement.offers.get("time") == 2
        and "cancel" not in statement.topic
        and not statement.noncommittal
        and (_REBOOK.search(ask.text) is not None if rebook is None else rebook)
    )


def _named_shapes(ask: Ask) -> tuple[bool, bool, bool]:
    """Whether the ask asks for another person (``_PERSON_SWAP``), for a
    place by its kind (``_WHICH_PLACE``) and to rebook (``_REBOOK``): read
    once per ask by a caller that tests it against every sentence."""
    text = ask.text
    return (
        _PERSON_SWAP.search(text) is not None,
        _WHICH_PLACE.search(text) is not None,
        _REBOOK.search(text) is not None,
    )


def _named_in_short(
    ask: Ask,
    statement: Statement,
    asks: Sequence[Ask],
    shapes: tuple[bool, bool, bool] | None = None,
) -> bool:
    """Whether the sentence names the person or place the ask asks for by its
    kind and no word of its own: another instructor or tutor
    (``_PERSON_SWAP``) <- "your lessons will be with Claire Hughes", "which
    garage?" (``_WHICH_PLACE``) <- "Take the car to Kingsway Bodyshop".
    ``shapes``: ``_named_shapes`` of ``ask``, when the caller read it once."""
    if shapes is None:
        swap = _PERSON_SWAP.search(ask.text) is not None
        if swap and _new_named(statement, asks, "person"):
            return True
        return _WHICH_PLACE.search(ask.text) is not None and _new_named(statement, asks, "place")
    if shapes[0] and _new_named(statement, asks, "person"):
        return True
    return shapes[1] and _new_named(statement, asks, "place")


#: Another person asked for in the place of the one the customer had ("I want
#: a different instructor", "Can we have another tutor?"): the person named
#: to take over ("your lessons will be with Claire Hughes", "I can offer you
#: Ms Clarke") answers it, in no word of the ask's own.
_PERSON_SWAP: Final = regexcache.compile(
    r"\b(?:different|another|new|other)\s+(?:\w+\s+)?(?:instructor|tutor|teacher|driver"
    r"|engineer|technician|stylist|hairdresser|therapist|carer|trainer|coach|cleaner|fitter"
    r"|mechanic|doctor|gp|nurse|dentist|vet|physio|plumber|electrician|walker|sitter"
    r"|consultant|advisor|adviser|caseworker)s?\b",
    re.IGNORECASE,
)


#: A place asked for by its kind ("Which garage should I take it to?",
#: "which branch is nearest?"): the place named ("Take the car to Kingsway
#: Bodyshop in Leeds") answers it, in no word of the ask's own.
_WHICH_PLACE: Final = regexcache.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:garage|bodyshop|repairer|shop|store|branch|clinic"
    r"|surgery|pharmacy|hospital|practice|depot|office|centre|center|dealer|dealership"
    r"|station|venue|gym|site|location|entrance|car park)s?\b",
    re.IGNORECASE,
)


def _new_named(statement: Statement, asks: Sequence[Ask], kind: str) -> bool:
    """Whether the sentence, speaking to this customer, names a person or
    place (``kind``) the customer's asks do not ("Dave was off sick" names
    the instructor they had); a place only as hard evidence."""
    if statement.noncommittal or not statement.personal:
        return False
    if kind == "place" and statement.offers.get(kind) != 2:
        return False
    said = " ".join(a.text for a in asks).lower()
    return any(name not in said for name in statement.values.get(kind, ()))


#: A clock time the customer wrote, as a topic key ("6pm" -> "#6pm").
_CLOCK_KEY: Final = regexcache.compile(r"#(\d{1,2})(?::?\d\d)?(?:am|pm)")


def _clock_said(keys: Collection[str], statement: Statement) -> bool:
    """Whether the sentence gives a time and says back the hour of a clock
    time among the ask's ``keys`` in short: "can I collect after 6pm?" <-
    "come by after 6 whenever suits" (the key is "#6pm", the sentence's
    number "6"). A sentence with no time of its own ("6 days") does not."""
    return _hour_said(_clock_hours(keys), statement)


def _clock_hours(keys: Collection[str]) -> set[str]:
    """The hours of the clock times among topic ``keys`` ("#6pm" -> "6")."""
    return {m.group(1) for key in keys if (m := _CLOCK_KEY.fullmatch(key)) is not None}


def _hour_said(hours: set[str], statement: Statement) -> bool:
    """``_clock_said`` with the keys' ``_clock_hours`` read once."""
    return (
        bool(hours)
        and statement.offers.get("time") == 2
        and not hours.isdisjoint(statement.values.get("number", ()))
    )


#: A first-person act told as done, with what follows it in its clause ("I've
#: extended both loans by three weeks", "we have now booked you in"), or a thing
#: told as now in a done state, with what precedes it ("your new e-tickets have
#: been emailed", "the block is now lifted"): groups verb and object, or object
#: and verb. A word of time or condition before "I"/"we" ("once I've booked")
#: tells of no act done yet.
_DONE_ACT: Final = regexcache.compile(
    # "\b" and the first letter tested first, so the engine fails at once
    # inside a word instead of trying six lookbehinds at every character
    r"\b(?=[iw])(?<!\bif )(?<!\bonce )(?<!\bwhen )(?<!\bafter )(?<!\buntil )(?<!\bbefore )"
    r"(?:i|we)(?:'ve|\s+have)?\s+"
    r"(?:(?:now|just|also|already|gone\s+ahead\s+and|went\s+ahead\s+and)\s+)*"
    r"([a-z]+)\b([^.;:!?,]*)"
)
#: The done state of a thing ("have been emailed", "is now lifted"); what
#: precedes it in its clause is the thing (``_done_matches``).
_DONE_STATE: Final = regexcache.compile(
    r"\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:been\s+)?([a-z]+ed|sent)\b"
)
#: What ends a clause for a done act's words.
_CLAUSE_STOP: Final = regexcache.compile(r"[.;:!?,]")


def _done_matches(text: str) -> Iterator[tuple[str, str, bool]]:
    """Each done act in ``text``, left to right, as ``(verb, words, ours)``:
    a first-person act (``_DONE_ACT``; ``ours``, and ``words`` what follows
    the verb in its clause), or a thing in a done state (``_DONE_STATE``;
    ``words`` what precedes it in its clause). The same matches as one
    pattern holding both, with the second written ``([^.;:!?,]*?)`` before
    ``_DONE_STATE``, gives under ``finditer``, without that pattern's
    scan of the rest of the clause from every character (tests/thread/
    test_delivered_acts.py compares the two): a done state can only start a
    match where a search starts, at ``pos`` or a clause's first character,
    so each clause is searched for one once."""
    size = len(text)
    pos = 0
    while pos <= size:
        act = _DONE_ACT.search(text, pos)
        state_at = state = None
        clause = pos
        while clause <= size:
            stop = _CLAUSE_STOP.search(text, clause)
            end = stop.start() if stop is not None else size
            state = _DONE_STATE.search(text, clause, end)
            if state is not None:
                state_at = clause
                break
            clause = end + 1
        if act is not None and (state_at is None or act.start() <= state_at):
            yield act.group(1), act.group(2), True
            pos = act.end()
        elif state is not None and state_at is not None:
            yield state.group(1), text[state_at : state.start()], False
            pos = state.end()
        else:
            return


#: The words of a done act's object read (the act's own clause, no further).
_OBJECT_WORDS: Final = 6
#: Where a done act's object ends: the next clause.
_OBJECT_END: Final = regexcache.compile(
    r"\s(?:and|but|so|because|as|which|who|while|until|when|if)\s"
)
#: Words that open an object pointing at the customer or the thing in hand
#: ("I've booked you in", "I've extended both loans", "I emailed it to ..."):
#: an act of the family asked for, done to one of these, is the ask done.
_POINTING: Final = frozenset(
    {"you", "your", "it", "them", "one", "both", "all", "these", "those", "this", "that"}
)
#: The families of acts whose object may be the act asked for, as a noun
#: ("I've booked the move of your broadband", "I've scheduled the switch").
_CARRIES: Final = frozenset({"carry", "book"})
#: The verb of a favour asked ("could you please move ...").
_FAVOUR_VERB: Final = regexcache.compile(
    r"\s*(?:can|could|would|will)\s+(?:you|someone|somebody)\s+(?:(?:please|also|just)\s+)*([a-z]+)"
)
#: The families of acts that take something away ("remove", "lift").
_TAKES_AWAY: Final = frozenset({"remove", "unblock"})
#: An ask whose thing is a pronoun ("Please renew it", "can you cancel them"):
#: its thing is whatever the draft's act is done to.
_POINTS_AT: Final = regexcache.compile(r"\b(?:it|them)\b")
#: The family of acts whose object must name the ask's act or thing
#: ("I've processed your refund", "I've scheduled the switch").
_CARRY: Final = "carry"


def _done_acts(statement: Statement, lexicon: Lexicon) -> list[tuple[str, str, list[str]]]:
    """The acts ``statement`` tells as done that deliver something
    (``Lexicon.delivered``): each act's stem, its family and the folded words
    of its object. Read once per sentence (kept on the draft's ``Words``,
    whose lexicon every sentence shares), however many asks test it; the
    list is shared, and read only."""
    words = statement.words
    if words is not None and lexicon is words.lexicon:
        held = words.done_acts
        if held is None:
            held = words.done_acts = {}
        found = held.get(statement.span)
        if found is None:
            found = held[statement.span] = _read_done_acts(statement, lexicon)
        return found
    return _read_done_acts(statement, lexicon)


def _read_done_acts(statement: Statement, lexicon: Lexicon) -> list[tuple[str, str, list[str]]]:
    """``_done_acts``, read."""
    text = said_text(statement)
    if not text or not lexicon.delivered:
        return []
    found = []
    for verb, words_of, ours in _done_matches(text):
        if ours:
            if not (verb.endswith("ed") or verb in lexicon.irregular or verb == "set"):
                continue  # "I hope", "we understand": no act told as done
            stemmed = lexicon.stem_of(verb)
            rest = _OBJECT_END.split(" " + words_of + " ", maxsplit=1)[0]
            words = WORD.findall(rest)[:_OBJECT_WORDS]
        else:
            stemmed = lexicon.stem_of(verb)
            words = WORD.findall(words_of)[-_OBJECT_WORDS:]
        family = lexicon.delivered.get(stemmed)
        if family is not None:
            found.append((stemmed, family, words))
    return found


def _act_delivered(
    ask: Ask, statement: Statement, asks: Sequence[Ask], asked: _AskedAct | None = None
) -> bool:
    """A request or a "Can I/you ...?" for an act answered by an act of ours
    told as done that delivers it (``delivered_acts``): "could I renew the
    two books?" <- "I've extended both loans by three weeks", "Can I rebook
    for next week?" <- "I've booked you in for Tuesday 18th", "Can you move my
    broadband to the new address?" <- "I've booked the move of your
    broadband". The act is of the family asked for and done to the customer
    or the thing in hand, or its object names the ask's own act or thing.
    Not an act on another ask's own thing ("I've cancelled your
    subscription" answers no "delete my card details"), nor an act of
    another family on this thing's neighbour ("We've swapped the pony's tack
    for her next lesson" does not move the lesson). ``asked``: ``_act_asked``
    of ``ask``, when the caller read it once (``_delivered_by``)."""
    words = statement.words
    if words is None or not statement.personal or statement.generic:
        return False
    lexicon = words.lexicon
    if asked is None:
        asked = _act_asked(ask, asks, lexicon)
        if asked is None:
            return False
    act, asked_family, own, mine, others, pointed = asked
    for _verb, family, object_words in _done_acts(statement, lexicon):
        keys = set()
        for word in object_words:
            entry = lexicon.topic_key(word)
            if entry is not None:
                keys.add(entry[0])
        if (
            act.startswith("un")
            and family in _TAKES_AWAY
            and act[2:] in {lexicon.stem_of(word) for word in object_words}
        ):
            # an act of removal done to what an "un-" act takes away
            # ("unblock it" <- "I've removed the block")
            return True
        if keys & others and not keys & own:
            continue  # done to another ask's thing
        opens_pointing = bool(object_words) and object_words[0] in _POINTING
        if (
            family == asked_family
            and family != _CARRY
            and (keys & own or not own or pointed or opens_pointing)
        ):
            # done to the ask's thing, to one pointed at, or the ask names no
            # thing but by a pronoun ("Please renew it" <- "I've renewed the domain")
            return True
        # the object names the act asked for ("booked the move") or, with an
        # act of removal, the thing an "un-" act takes away ("removed the block")
        if family in _CARRIES and act in keys:
            return True
        if asked_family is not None and family in (asked_family, _CARRY) and keys & mine:
            # "Please switch me to the annual plan" <- "I've set up your annual
            # plan from the renewal date": the ask's own thing, no other ask's
            return True
    return False


#: What ``_act_delivered`` reads of the ask alone (``_act_asked``): the act
#: asked for, its family of acts, the ask's own keys, those of them no other
#: ask has, every other ask's keys, and whether the ask points ("it", "them").
_AskedAct = tuple[str, str | None, set[str], frozenset[str], set[str], bool]


def _act_asked(ask: Ask, asks: Sequence[Ask], lexicon: Lexicon) -> _AskedAct | None:
    """The ask's side of ``_act_delivered``, the same for every sentence;
    None when the ask asks for no act a sentence could deliver."""
    lowered = ask.text.lower()
    if ask.expects != "action" and not (
        ask.expects == "yes-no" and (_ASKS_FAVOUR.match(lowered) or _ASKS_PERMISSION.match(lowered))
    ):
        return None
    # the predicate's verb, or a want's participle ("I'd like it unblocked")
    acts = [ask.predicate[-1]] if ask.predicate else _acts(ask, lexicon)[:1]
    if not acts:
        # a favour the parse gave no predicate ("Can you move my broadband
        # contract to the new address"): the verb after "can you"
        favour = _FAVOUR_VERB.match(lowered)
        acts = [lexicon.concept(favour.group(1))] if favour is not None else []
    if not acts or acts[0] in PERMISSION or acts[0] in _NO_ACTS:
        return None
    act = acts[0]
    # the predicate is a concept key ("renew" reads as "subscription"): the
    # family is the asked verb's own, found among the ask's words
    asked_family = lexicon.delivered.get(act)
    if asked_family is None:
        for word in WORD.findall(lowered):
            stemmed = lexicon.stem_of(word)
            if stemmed in lexicon.delivered and lexicon.concept(word) == act:
                asked_family = lexicon.delivered[stemmed]
                break
    others: set[str] = set()
    for other in asks:
        if other is not ask:
            others.update(k for k, w in {**other.topic, **other.core}.items() if w >= 1.0)
    own = {k for k, w in (ask.core or ask.topic).items() if w >= 1.0 and k != act}
    mine = frozenset(own - others)
    pointed = _POINTS_AT.search(lowered) is not None
    return act, asked_family, own, mine, others, pointed


def _delivered_by(
    ask: Ask, statement: Statement, asks: Sequence[Ask], held: list[_AskedAct | None]
) -> bool:
    """``_act_delivered`` for a caller that tests one ask against many
    sentences: the ask's side (``_act_asked``) is read at the first sentence
    that gets that far and kept in ``held`` for the rest (every sentence of a
    draft has the same lexicon)."""
    words = statement.words
    if words is None or not statement.personal or statement.generic:
        return False
    if not held:
        held.append(_act_asked(ask, asks, words.lexicon))
    asked = held[0]
    return asked is not None and _act_delivered(ask, statement, asks, asked)


def _any_delivered(ask: Ask, statements: Sequence[Statement], asks: Sequence[Ask]) -> bool:
    """Whether any sentence delivers the act ``ask`` asks for (``_act_delivered``),
    the ask's side read once."""
    held: list[_AskedAct | None] = []
    return any(_delivered_by(ask, s, asks, held) for s in statements)
