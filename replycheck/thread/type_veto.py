"""The answer-type veto: a "why", "who", "when" or "how much" the draft gives
no reason, person, time or sum for stays unanswered, whatever the learned
second opinion says.

RC201's routes (``answered``) match an ask to a draft sentence by topic and
answer type; an ask they leave unanswered gets a learned second opinion
(``answered_model``) that may clear it when a sentence answers in other
words. Other words can carry the topic, but not the kind of answer: a "why"
is answered by a reason, a "who" by a person, team or role, a "when" by a
time. A draft whose sentences on the ask's topic carry none of that has not
answered it, however much of the topic they share ("Why was my gas bill
estimated?" <- "Your gas bill is £214 and is due on 5 May": a status and its
figures; "Who is my case handler?" <- "Your case handler will be assigned on
Monday": a time, no one; "When will I get my money back?" <- "refunds take
time": no time at all). RC201 does not put such an ask to the model, for
the types its option ``answer_type_veto`` names ("money" and "time" in the
shipped ruleset: for "reason" and "person", today's model's veto keeps more
answers in other words flagged than plain misses; docs/quality.md, "Round
four").

What carries each type is what the routes read (``Statement.offers``):
- a sum, for a "how much": hard money evidence (an amount, "free", "no
  charge"), not only a money word ("Pricing for extra seats depends on your
  plan" names the price and gives none);
- a reason, for a question that asks why ("why", "how come", "the reason";
  not "What happened?", which a story of events answers): a reason or cause
  cue ("because", "due to", "as the", "since", "the reason", "caused by",
  "our mistake", "X, so the Y");
- a person: a person, team or role ("our billing team", "your account
  manager", "the courier"), or a name ("Priya Shah"); the customer's own words
  for the person do not count (``answers.discount_echoes``);
- a time: a date, a time of day or a span ("on Thursday", "within 3 working
  days"), or a time cue ("this afternoon", "right away", "after lunch"); for
  a "when" about what is still to come the cue must be said of what is to
  come ("We'll ring you this afternoon", not "read the policy before you
  contact us again"), and a past event told with its date ("Your scan on 29
  October was carried out ...") says nothing of it; for a "when" that is
  not about what is to come, a past time will do too ("last week", "ago").
  A time said loosely (``answers.LOOSE_TIME``: "this afternoon", "by close
  of play", "in a day or two") is a time here, though no hard evidence for
  the routes. A "when" with no time is still answered when the draft says
  the time is not known yet and what comes next ("We don't have a date from
  the maker yet; we'll email you as soon as we hear"), or turns it down
  ("it has been discontinued", "we will be keeping £75 of your deposit").

"On the ask's topic" is as loose as the routes' loosest: the sentence, with
the one before it, shares any of the ask's topic (or of what it names itself,
when it borrowed context), the ask names nothing of its own, or it is the only
ask of its type in the message (then a reason, person or time anywhere may be
its answer, as the routes' "typed" and "only why" routes take it). A hedged
sentence still carries its type ("Sometimes content is removed because of
licensing changes" gives a reason, if not a sure one: that is the model's to
weigh); a question asked back carries nothing. The veto only ever keeps a
finding the routes made: an ask the routes call answered is never read.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import Final

from replycheck import regexcache
from replycheck.calendar_words import MONTH_WORDS, WEEKDAYS
from replycheck.refusal_words import CANNOT, CANNOT_OR_UNABLE
from replycheck.thread.answered import (
    FUTURE,
    bare_of_another,
    distinct_keys,
    hedged_leave,
    said_text,
)
from replycheck.thread.answers import LOOSE_TIME, Statement, generic_opening
from replycheck.thread.asked import Ask
from replycheck.thread.lexicon import Lexicon
from replycheck.thread.topic import overlap

#: The expected answer types the veto holds, each with the answer types of a
#: sentence that carry it.
VETOED: dict[str, tuple[str, ...]] = {
    "reason": ("reason", "cause"),
    "person": ("person",),
    "time": ("time",),
    "money": ("money",),
}

#: A reason question that asks why, not only what happened.
_WHY = regexcache.compile(r"\b(?:why|how come|reason)\b", re.IGNORECASE)


def missing_type(
    ask: Ask,
    statements: Sequence[Statement],
    asks: Sequence[Ask],
    types: Collection[str] = tuple(VETOED),
    draft: str = "",
) -> str:
    """The expected answer type of ``ask``, one of ``types`` (``"reason"``,
    ``"person"``, ``"time"``), that no draft sentence on its topic carries
    (see module doc), or ``""`` when one does or the ask expects another type.
    A "when" with no time is still answered when the draft (``draft``, the
    text the statements' offsets index) says the time is not known yet and
    what comes next, or turns it down (``time_declined``)."""
    carried = VETOED.get(ask.expects) if ask.expects in types else None
    if carried is None:
        return ""
    if ask.expects == "reason" and _WHY.search(ask.text) is None:
        # "What happened?", "What's going on?": told in a story of events
        # ("AWS is having a bad day"), which no cue list covers
        return ""
    future = ask.expects == "time" and FUTURE.search(ask.text.lower()) is not None
    if ask.expects == "time" and not future:
        carried = (*carried, "past")  # "When did you send it?" <- "last week"
    anywhere = sum(a.expects == ask.expects for a in asks) == 1 or not any(
        w >= 1.0 for w in ask.topic.values()
    )
    core = ask.core if ask.core and ask.core != ask.topic else None
    for statement in statements:
        if statement.asks_back:
            continue
        offers = statement.offers
        # a time said loosely ("this afternoon", "by close of play", "in a
        # day or two") is a time, if not one the routes take as evidence
        loose = (
            ask.expects == "time"
            and bool(draft)
            and not statement.narrates
            and LOOSE_TIME.search(draft, statement.start, statement.end) is not None
        )
        if not loose and not any(offers.get(t) for t in carried):
            continue
        if ask.expects == "money" and offers.get("money") != 2:
            # "Pricing for extra seats depends on your plan": money named, no sum
            continue
        if (
            future
            and not loose
            and not statement.future
            and (offers.get("time") != 2 or statement.narrates)
        ):
            # "read the policy before you contact us again": a time word, but
            # no time for what is still to come; "Your scan on 29 October was
            # carried out on our new scanner": a past event with its date
            # (the routes' "past event" guard)
            continue
        if anywhere or overlap(ask.topic, statement.context)[0] > 0:
            return ""
        if core is not None and overlap(core, statement.context)[0] > 0:
            return ""
    if ask.expects == "time" and draft and time_declined(statements, draft):
        return ""
    return ask.expects


#: A "when" turned down: the thing will not come back or be given ("we won't
#: be restocking it", "it has been discontinued", "we will be keeping £75 of
#: your deposit", "non-refundable").
_TURNED_DOWN_WORDS = (
    r"(?:won't|will not|will no longer|no longer) (?:be )?(?:re-?stock|restocking|stock"
    r"|stocking|make|making|sell|selling|offer|offering|run|running|reopen|reopening)"
    r"|discontinued|not (?:being )?re-?stocked"
    # what was asked back is kept ("We will be keeping £75 of your deposit")
    r"|(?:we will|we'll|we are|we're|will be|we have|we've) (?:be )?(?:keeping|kept|retaining"
    r"|retained|withholding|withheld)(?: back)? (?:[£$€\d]|(?:part|some|all|half) of|(?:the|your) "
    r"(?:deposit|fee|payment))|non-refundable|(?:won't|will not) be (?:refunded|returned)"
)
#: A time said not to be known or given yet ("We don't have a date for the
#: restock yet", "I can't give you an exact time", "there's no ETA at the
#: moment", "the date isn't confirmed"), or a "when" turned down
#: (``_TURNED_DOWN_WORDS``).
_NO_TIME = regexcache.compile(
    rf"\b(?:(?:don't|do not|{CANNOT}|unable to|not able to|haven't|have not)"
    r"(?: \w+){0,3} (?:a |an |any )?(?:(?:firm|fixed|exact|confirmed|set|precise) )?"
    r"(?:date|time|timescale|timeframe|time frame|eta|timeline)"
    r"|no (?:(?:firm|fixed|exact|confirmed|set|precise) )?(?:date|eta|timescale|timeframe"
    r"|time frame|timeline)(?: yet| at the moment| for now| as yet)?"
    r"|(?:date|eta|time|timing)s? (?:is|are|has|have)(?:n't| not)(?: yet| been)*"
    r" (?:confirmed|known|set|fixed|available)"
    rf"|{_TURNED_DOWN_WORDS})\b",
    re.IGNORECASE,
)
#: The part of ``_NO_TIME`` that turns a "when" down: no next step needed.
_TURNED_DOWN = regexcache.compile(rf"\b(?:{_TURNED_DOWN_WORDS})\b", re.IGNORECASE)
#: A next step: the customer will hear when it is known ("we'll let you
#: know", "I'll update you", "as soon as we hear", "we'll be in touch").
_NEXT_STEP = regexcache.compile(
    r"\b(?:(?:we|i)(?:'ll| will| shall) (?:\w+ )?(?:let you know|update you|keep you (?:posted"
    r"|updated|informed)|be in touch|get back to you|contact you|call you|ring you|email you"
    r"|write to you|confirm)"
    r"|as soon as (?:we|i) (?:know|hear|have|get)|(?:once|when) (?:we|i) (?:know|hear|have)"
    r"|in touch (?:as soon as|once|when))\b",
    re.IGNORECASE,
)


def time_declined(statements: Sequence[Statement], draft: str) -> bool:
    """Whether the draft answers a "when" with no time in a way a lead would
    pass: it says the time is not known or given yet and what comes next
    ("We don't have a date from the supplier yet; we'll email you as soon as
    we do"), or it turns the when down outright ("we won't be restocking
    the blue"), which needs no next step."""
    said = [s for s in statements if not s.asks_back]
    declined = [s for s in said if _NO_TIME.search(draft, s.start, s.end) is not None]
    if not declined:
        return False
    if any(_TURNED_DOWN.search(draft, s.start, s.end) for s in declined):
        return True
    return any(_NEXT_STEP.search(draft, s.start, s.end) is not None for s in said)


#: A weekday, in full ("Monday").
_WEEKDAY = "(?:" + "|".join(sorted(WEEKDAYS)) + ")"
#: A month, in full or cut short ("March", "Mar").
_MONTH = "(?:" + "|".join(sorted(MONTH_WORDS, key=lambda word: (-len(word), word))) + ")"

#: A holiday named as a day ("Boxing Day", "Christmas Eve", "New Year's Day",
#: "the bank holiday", "Easter Monday").
_HOLIDAY = (
    r"(?:boxing\s+day|christmas\s+(?:day|eve)|new\s+year'?s\s+(?:day|eve)"
    rf"|bank\s+holiday(?:\s+{_WEEKDAY})?|easter\s+(?:sunday|monday|weekend))"
)

#: A day or date named in an ask: a weekday, "tomorrow", a day of the month
#: after a time word ("by the 19th", "on 3rd") or with its month ("12 March",
#: "March 12"); not an ordinal of something else ("my 2nd order"), nor "24/7".
_DATED = regexcache.compile(
    rf"\b(?:{_WEEKDAY}|tomorrow|{_HOLIDAY}"
    r"|(?:on|by|before|until|till|for|from)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)


#: A day asked as a deadline ("by Thursday", "before the 19th", "in time
#: for Saturday"), which a length of time can meet.
_DEADLINE = regexcache.compile(r"\b(?:by|before|until|till|in\s+time\s+for)\b", re.IGNORECASE)

#: The other side of a choice between days, right after the first ("... on
#: the 9th or the 16th", "Monday or Tuesday").
_DATES_OR = regexcache.compile(
    rf"\s*,?\s+or\s+(?:on\s+|by\s+)?(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)\b|{_WEEKDAY}\b)",
    re.IGNORECASE,
)
#: A day named in a draft's time ("Friday", "the 14th", "12 March").
_DAY_NAMED = regexcache.compile(
    rf"\b(?:{_WEEKDAY}|tomorrow|today|tonight"
    rf"|\d{{1,2}}(?:st|nd|rd|th)|\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}/\d{{1,2}})\b",
    re.IGNORECASE,
)


def date_left_open(ask: Ask, statements: Sequence[Statement]) -> bool:
    """Whether ``ask`` is a yes/no, or a request put as a question, that
    names a day or date ("Can you have them ready by Thursday the 19th?") and
    no draft sentence gives a time, a bare yes or no, or a no in its own
    words: a draft on the topic alone ("Turnaround is usually quick") leaves
    the day open, whatever the learned second opinion reads into it."""
    if ask.expects != "yes-no" and not (
        # a request put as a question ("Could you deliver it on Saturday?"),
        # not one stated ("I'd like to cancel the repair booked for Monday"),
        # which "Cancelled as requested" does
        ask.expects == "action" and ask.text.rstrip(" )\"'").endswith("?")
    ):
        return False
    dated = _DATED.search(ask.text)
    if dated is None:
        return False
    if _DATES_OR.match(ask.text, dated.end()) is not None:
        # a choice between two days ("is the farrier coming on the 9th or
        # the 16th?"): only a day named picks one; a span ("every six
        # weeks"), a yes or a no leaves both open
        return not any(
            _DAY_NAMED.search(value)
            for s in statements
            if not s.asks_back
            for value in s.values.get("time", ())
        )
    # "Can she ride Biscuit again on Saturday?" <- "Saturday's lesson is at
    # 10am": a time for a sentence that names none of the two or more other
    # things asked about tells when, not whether
    beyond = {k for k, w in ask.topic.items() if w >= 1.0 and k not in _DAY_CONCEPTS}
    deadline = _DEADLINE.search(ask.text) is not None
    return not any(
        s.bare
        # "Can I bring her in on Saturday?" is not answered by "We couldn't
        # guarantee acceptance": a no about something else, which names
        # nothing else the ask is about, leaves the day open
        or (s.negative and (not beyond or _shares_root(beyond, s.said)))
        or (
            s.offers.get("time") == 2
            and (len(beyond) < 2 or not beyond.isdisjoint(s.said))
            # "Are you open on Boxing Day?" is not answered by "it can take
            # 3-5 days to show": a length of time answers a deadline ("by
            # Friday?" <- "within two days"), or a request said beside it
            # ("I'm free that day. Two hours is £320"), not whether a day is on
            and (not s.lasts or deadline or ask.expects != "yes-no")
        )
        for s in statements
        if not s.asks_back
    )


def _shares_root(keys: set[str], said: Mapping[str, float]) -> bool:
    """Whether a concept of ``keys`` is in ``said``, or one is the other's
    stem ("throw" and "thrower"; four letters at least)."""
    return any(
        key == word
        or (min(len(key), len(word)) >= 4 and (key.startswith(word) or word.startswith(key)))
        for key in keys
        for word in said
    )


#: The concepts a day or a time is named in.
_DAY_CONCEPTS = frozenset({"date", "daytime"})

#: The concepts of money asked back or paid for ("a refund", "some money
#: back", "pay for the repair", "cover the bill").
_MONEY_ASKED = frozenset({"refund", "charge"})
_MONEY_BACK = frozenset({"refund"})

#: The concepts a draft speaks of money in, turning it down in other words
#: too ("The February payments were taken correctly", "the fee stands").
_MONEY_TALK = frozenset({"refund", "charge", "price", "credit"})


def money_left_unsaid(ask: Ask, statements: Sequence[Statement]) -> bool:
    """Whether ``ask`` is a request or yes/no for money back or paid for
    ("Can we have some money back?", "I'd like a partial refund", "Will you
    cover the cleaning bill?") and no draft sentence speaks of money (refunds,
    charges, payments, fees, credit), gives a sum ("£40", "free") or a bare
    yes or no: a draft about the fault alone ("The tubs take up to 24 hours
    to heat") has not answered it in other words, whatever the learned second
    opinion reads into it. A refusal in money words ("the February payment
    was taken correctly") is left to the model."""
    if ask.expects == "action":
        asked = _MONEY_ASKED
    elif ask.expects == "yes-no":
        asked = _MONEY_BACK  # "Is it worth paying for a few sessions?" asks no money
    else:
        return False
    # its own words, not what "it" borrowed ("Can you fix it?" after a charge)
    own = ask.core or ask.topic
    if asked.isdisjoint(k for k, w in own.items() if w >= 1.0):
        return False
    return not any(
        s.bare
        or s.offers.get("money") == 2
        or not _MONEY_TALK.isdisjoint(s.context)
        or _IN_KIND.search(said_text(s)) is not None
        for s in statements
        if not s.asks_back
    )


#: Money asked back and made good in kind: a class, weeks or washes added or
#: put back on the customer's pass, membership or account, or given free
#: ("I've put the class back on your pass", "I've added two weeks to your
#: membership", "your next five washes are on us"). An answer in other words,
#: left to the model; "that's on us" owns a fault and gives nothing.
_IN_KIND: Final = regexcache.compile(
    r"\b(?:added|credited|put|restored|topped\s+up|extended)\b[^.;]{0,40}?"
    r"\b(?:back\s+)?(?:on(?:to)?|to|in)\s+your\s+(?:\w+\s+)?"
    r"(?:pass|account|membership|subscription|plan|balance|wallet|card|booking|allowance|season\s+ticket)\b"
    r"|\bextended\s+your\s+(?:\w+\s+)?(?:pass|membership|subscription|plan|cover|warranty|booking)\b"
    r"|\b(?!(?:that|this|it|which|fault|mistake|error|one)\b)\w+\s+(?:are|is)\s+on\s+us\b"
    r"|\b(?:free|complimentary|extra)\s+(?:\w+\s+)?(?:class|classes|session|sessions|month|months|week|weeks"
    r"|night|nights|visit|visits|lesson|lessons|wash|washes|delivery|deliveries)\b[^.;]{0,30}?\bon\s+us\b",
    re.IGNORECASE,
)


#: The concepts a draft speaks of an ending in ("I've cancelled it", "your
#: membership ends on 31 December", "we've closed the account").
_ENDING_TALK = frozenset({"cancel", "end", "open"})


def cancel_left_unsaid(ask: Ask, statements: Sequence[Statement]) -> bool:
    """Whether ``ask`` requests a cancellation in its own words ("Please
    cancel my membership from the end of December") and no draft sentence
    speaks of cancelling or ending, nor says a bare yes or no: a draft that
    only tries to keep the customer ("Have you considered our Flex plan
    instead?") has not answered it, whatever the learned second opinion
    reads into it."""
    if ask.expects != "action":
        return False
    own = ask.core or ask.topic
    if own.get("cancel", 0.0) < 1.0:
        return False
    return not any(
        s.bare or s.negative or not _ENDING_TALK.isdisjoint(s.context)
        for s in statements
        if not s.asks_back
    )


#: A question after where a thing of the customer's is now ("Where is my
#: parcel?", "Where's the refund?", "Can you tell me where it is up to?"),
#: not where to do something ("Where should I send the reading?", "Where
#: can I park?"), which another kind of place answers.
_WHEREABOUTS = regexcache.compile(
    r"\bwhere(?:'s|\s+(?:is|are)\b(?!\s+(?:i|we)\b)|\s+\w+(?:\s+\w+)?\s+(?:is|are)\s+up\s+to\b)",
    re.IGNORECASE,
)


def whereabouts_left_unsaid(ask: Ask, statements: Sequence[Statement]) -> bool:
    """Whether ``ask`` asks where the customer's thing is now ("Where is my
    refund?", "Can you tell me where it is up to?") and no draft sentence
    gives a place ("at our Leeds depot"), a time it is due or took ("with
    you tomorrow", "refunds take 5 days"), what was done with it ("I've
    refunded it", "it left us on the 5th"), nor a bare yes or no: a draft
    that talks around it ("Once you write to us politely, we'll look at your
    refund", "it'll come when it comes", "the delay is the maker's fault")
    has not said where it is, whatever the learned second opinion reads into
    it."""
    if ask.expects != "place" or _WHEREABOUTS.search(ask.text) is None:
        return False
    return not any(
        s.bare or s.done or s.narrates or s.offers.get("place") or s.offers.get("time") == 2
        for s in statements
        if not s.asks_back and (s.substantive or s.bare)
    )


#: Acts a request asks of us that a draft can leave undone without a word
#: while it talks of something else (a refund, compensation, a charge
#: removed or waived, a replacement, a pause, an apology), each with the
#: concepts a draft does or refuses it in ("I've credited £20", "the fee
#: is waived", "the hold will be released", "we'll pay for the repair",
#: "we'll send a new one", "I've put your box on hold").
_ACT_TALK: dict[str, frozenset[str]] = {
    "refund": frozenset({"refund", "credit", "waive", "releas"}),
    # compensation: paid or covered in other words ("we'll pay it in full")
    "credit": frozenset({"credit", "refund", "waive", "releas", "charge", "warranty"}),
    "remov": frozenset({"remov", "refund", "credit", "waive", "releas"}),
    "waive": frozenset({"waive", "remov", "refund", "credit", "releas"}),
    "replace": frozenset({"replace", "refund"}),
    "pause": frozenset({"pause", "skip", "cancel"}),
    "apology": frozenset({"apology", "apologis"}),
}


#: Words an ask's predicate may hold that qualify the act it wants ("a
#: partial refund", "a full replacement", "a proper apology") rather than
#: name another act.
_ACT_QUALIFIERS = frozenset(
    {"partial", "full", "proper", "immediate", "prompt", "complete", "total", "formal", "written"}
)


def act_left_unsaid(ask: Ask, statements: Sequence[Statement]) -> bool:
    """Whether ``ask`` requests one of the acts of ``_ACT_TALK`` (its verb:
    "Please refund the duplicate", "I'd like this charge removed"; or, put
    as a want, the one such act it names: "I want compensation for the lost
    day", "Can I get a replacement?") and no draft sentence speaks of doing
    it (or its like: a credit for a refund), says a bare yes or no, or says
    no at all: a draft that rebooks the visit, explains the fault or tells
    how to care for the plant has neither done nor refused what was asked
    (corpus/README.md: "neither answers nor acts on"), whatever the learned
    second opinion reads into it. A refusal in other words ("The fee
    stands", "the charges are valid") always says no somewhere in the drafts
    that write it, or names the charge, and is left to the model."""
    if ask.expects != "action":
        return False
    own = ask.core or ask.topic
    # "I want a partial refund", "I expect a proper apology": a word that
    # only says how much or how well is no act of its own
    predicate = tuple(word for word in ask.predicate if word not in _ACT_QUALIFIERS)
    act = predicate[-1] if predicate else ""
    if act not in _ACT_TALK:
        if predicate:
            return False
        wanted = [k for k, w in own.items() if w >= 1.0 and k in _ACT_TALK]
        if len(wanted) != 1:
            return False
        act = wanted[0]
    talk = _ACT_TALK[act]
    return not any(
        s.bare or s.negative or not talk.isdisjoint(s.context)
        for s in statements
        if not s.asks_back
    )


#: A yes/no that asks leave or need of us in its own words ("Can we bring
#: her?", "is it OK if I pay on the day?", "Am I allowed to park there?",
#: "Do I need to book?"), not a yes/no about a fact ("Is the boat suitable?")
#: or a request put as a question ("Can you send ...?", which is an action).
_LEAVE_ASKED = regexcache.compile(
    r"\b(?:(?:can|could|may)\s+(?:i|we)\b(?!\s+(?:have|get)\s+(?:a|an|my|our|the|some)\s+"
    r"(?:refund|replacement|discount|credit|money))"
    r"|is\s+it\s+(?:ok|okay|alright|all\s+right|allowed|possible)\s+(?:if|to|for)\b"
    r"|(?:am\s+i|are\s+we)\s+(?:allowed|able|permitted)\b"
    r"|(?:do|would|will)\s+(?:i|we)\s+(?:need|have)\s+to\b"
    # the same asked indirectly ("let me know if we can bring our own cake",
    # "I was wondering whether I need to book")
    r"|\b(?:if|whether)\s+(?:i|we)\s+(?:can|could|may|(?:would\s+|will\s+)?(?:need|have)\s+to)\b"
    r"(?!\s+(?:have|get)\s+(?:a|an|my|our|the|some)\s+(?:refund|replacement|discount|credit|money)))",
    re.IGNORECASE,
)


def _asks_leave(ask: Ask) -> bool:
    """Whether ``ask`` is a yes/no that asks leave or need of us in its own
    words (``_LEAVE_ASKED``): the asks that ``leave_implied`` may answer and
    ``leave_left_unsaid`` may leave open."""
    return ask.expects == "yes-no" and _LEAVE_ASKED.search(ask.text) is not None


#: What answers leave or need in other words: a yes or no, a welcome, "fine",
#: "no problem", leave given with a modal ("you can", "I can add it", "it can
#: be held over Zoom"), the act done ("I've reserved it for you"), a need or
#: a rule ("no need", "you don't have to", "booking is essential", "it's
#: first come, first served"), the thing left to us ("leave the clothes in").
_LEAVE_GIVEN = regexcache.compile(
    r"\b(?:yes|yeah|yep|yup|sure|of\s+course|certainly|absolutely|definitely|easily"
    r"|by\s+all\s+means|feel\s+free|go\s+ahead|no\s+problem|not\s+a\s+problem|no\s+worries"
    r"|welcome|allowed|permitted"
    # "happy to do that" grants; "glad to hear the panels are performing" is
    # a pleasantry about news
    r"|(?:happy|glad)\s+to(?!\s+(?:hear|see|know|read|learn)\b)|happy\s+for"
    r"|(?:that|this|it|which|both)(?:'s|\s+is|\s+will\s+be|\s+would\s+be)\s+(?:\w+\s+)?fine"
    r"|(?:is|are)\s+(?:absolutely\s+|totally\s+|perfectly\s+|quite\s+)?fine"
    # "so we can do the safety briefing" is the purpose of another thing
    # asked of them, not leave given
    r"|(?<!so\s)(?<!so\sthat\s)"
    r"(?:you|she|he|they|we|i|your\s+\w+)(?:'ll|\s+will)?\s+(?:can|could|may|be\s+able)\b"
    # "it can be held over Zoom" grants; "it may ache a bit" only says what
    # may happen
    r"|it(?:'ll|\s+will)?\s+(?:can|could|be\s+able)\b"
    r"|can\s+be|leave\s+(?:that|it|them|those|the\s+\w+)\s+(?:in|to|with)"
    # the act done ("I've reserved it for you", "I've booked you a chat")
    r"|(?:i|we)(?:'ve|\s+have)\s+(?:now\s+|already\s+|just\s+)?(?!had\b|been\b)\w+ed"
    r"|need|needed|required|require|essential|necessary|have\s+to|has\s+to|must|compulsory"
    r"|first\s+come|walk[\s-]?ins?|drop[\s-]?in|just\s+turn\s+up|just\s+come\s+along)\b",
    re.IGNORECASE,
)


#: Leave or need granted or refused in other words, with no yes or no: a
#: thing said to be fine or welcome ("Your own grip socks are fine", "Dogs
#: are welcome on the ground floor", "That's absolutely fine"), leave given
#: outright ("feel free", "go ahead", "by all means") or the need waived
#: ("No need to send it back", "You don't have to be in"). "You'll be fine"
#: is comfort, and "no need to apologise" waives nothing asked.
_LEAVE_IMPLIED = regexcache.compile(
    r"\b(?:(?:is|are|'s)\s+(?:absolutely\s+|totally\s+|perfectly\s+|quite\s+|completely\s+)?fine\b"
    r"|(?:is|are|'re|'s)\s+(?:very\s+|more\s+than\s+|always\s+|most\s+)?welcome\b|welcome\s+to\b"
    r"|feel\s+free|go\s+ahead|by\s+all\s+means"
    r"|no\s+need\s+(?!to\s+(?:apologi[sz]e|worry|be\s+sorry|thank))"
    r"|(?:do\s+not|don't|doesn't|does\s+not|won't|will\s+not)\s+(?:need|have)\s+to\b)",
    re.IGNORECASE,
)
#: A conditional yes ("as long as they're on a lead", "provided you bring
#: ID"): read only for an ask with no "or", where the condition cannot be
#: the choice of one side ("Can I renew online or do I have to come in?" <-
#: "can be renewed three times as long as nobody has reserved it").
_LEAVE_ON_CONDITION = regexcache.compile(
    r"\b(?:as\s+long\s+as|provided\s+(?:that\s+)?(?:you|they|he|she|it))\b", re.IGNORECASE
)

#: Leave refused by a rule, with no "no": the thing said not to be accepted,
#: allowed or covered ("Late submissions are not accepted", "Accommodation
#: costs are not covered", "deadlines can't be moved"). A refusal is an
#: answer; read only in a sentence that names some of the ask's own topic,
#: since a rule about anything else refuses nothing asked. Of the shared
#: refusal wording only the negated modal (``CANNOT``), and only before "be"
#: and a past participle: a bare "we can't" or "unable" says what we can't
#: do, not the rule that refuses the thing asked.
_LEAVE_REFUSED = regexcache.compile(
    r"\b(?:(?:(?:is|are|will\s+be)\s+not|isn't|aren't|won't\s+be)\s+"
    r"(?:accepted|permitted|allowed|possible|covered|eligible|refundable|transferable)"
    rf"|non-?(?:refundable|transferable)|(?:{CANNOT})\s+be\s+\w+ed)\b",
    re.IGNORECASE,
)


def leave_implied(
    ask: Ask, statements: Sequence[Statement], asks: Sequence[Ask], draft: str
) -> bool:
    """Whether ``ask`` is a yes/no that asks leave or need (``_asks_leave``)
    and a draft sentence gives, waives or refuses it in other words
    (``_LEAVE_IMPLIED``, a condition, ``_LEAVE_ON_CONDITION``, or a rule
    that refuses it on its own topic, ``_LEAVE_REFUSED``) without
    naming another ask's topic more than this one's: "Do I need to bring the
    foot pedal?" <- "Just the machine itself is fine", "Do I need to be home?"
    <- "You don't have to be in". A sentence that says "fine" of another
    ask's topic ("the car is fine to drive" for "Can I bring it back?") is
    that ask's answer, not this one's; one that points elsewhere or hedges
    grants nothing."""
    if not _asks_leave(ask):
        return False
    conditional = " or " not in ask.text.lower()
    for s in statements:
        if s.asks_back or s.refers or s.noncommittal:
            continue
        share = overlap(ask.topic, s.context)[0]
        if (
            _LEAVE_IMPLIED.search(draft, s.start, s.end) is None
            and not (conditional and _LEAVE_ON_CONDITION.search(draft, s.start, s.end) is not None)
            and not (share > 0 and _LEAVE_REFUSED.search(draft, s.start, s.end) is not None)
        ):
            continue
        if all(overlap(o.topic, s.context)[0] <= share for o in asks if o is not ask):
            return True
    return False


def leave_left_unsaid(
    ask: Ask, statements: Sequence[Statement], draft: str, asks: Sequence[Ask] = ()
) -> bool:
    """Whether ``ask`` is a yes/no that asks leave or need ("Can we bring
    her?", "Can I bring a friend?", "Do I need to book?") and no draft
    sentence says yes or no, gives or refuses leave in other words ("Bramble
    is very welcome", "a Sunday visit is fine", "you can", "no need") or
    says what is needed, or gives a charge for it ("Can we bring wine?" <-
    "Corkage is £10 a bottle"): a draft about the nearby facts alone (check-in
    times and parking for "Can we bring the dog?", what to eat before the
    session for "Can I bring a friend?") has not answered it, whatever the
    learned second opinion reads into it."""
    if not _asks_leave(ask):
        return False
    distinct = distinct_keys(ask, asks) if asks else frozenset()
    return not any(
        _leave_said(ask, s, draft)
        # "Do I need a refresher?" is not told by "Yes, please bring your
        # logbook": a bare yes said of another ask's thing (the logbook the
        # customer asked about next), naming nothing of this one
        and not (s.bare and distinct and bare_of_another(ask, s, asks, distinct=distinct))
        for s in statements
        if not s.asks_back
    )


#: A yes/no asking whether a thing is needed ("Do I need a refresher?", "Is
#: my logbook needed?"), besides the leave and need ``_LEAVE_ASKED`` reads.
_NEED_ASKED = regexcache.compile(
    r"\b(?:do|would|will)\s+(?:i|we)\s+need\b"
    r"|\b(?:is|are)\s+(?:\w+\s+){1,3}?(?:needed|required|necessary)\b",
    re.IGNORECASE,
)


def bare_yes_of_another(
    ask: Ask, statements: Sequence[Statement], draft: str, asks: Sequence[Ask]
) -> bool:
    """Whether ``ask`` asks leave or need ("Do I need a refresher before the
    boat dives on the 17th?"), the draft's bare yes or no is said of another
    ask's thing ("Yes, please bring your logbook" for "Is my logbook
    needed?"), naming nothing of this one, and no other sentence says yes,
    no, leave or need to it: the yes belongs to the other ask, and a sentence
    on the same day or place ("The boat dives on the 17th leave at 8am")
    says nothing of the need, whatever route took it, when the draft never
    names the thing the ask is about (the refresher). A yes said of every
    ask ("Yes to both"), one naming this ask's own thing, or a draft naming
    the thing ("we'd want you to do a refresher first") still answers it."""
    if ask.expects != "yes-no" or not (_asks_leave(ask) or _NEED_ASKED.search(ask.text)):
        return False
    own = {key for key, weight in ask.topic.items() if weight >= 1.0}
    elsewhere = [id(s) for s in statements if bare_of_another(ask, s, asks, loose=True)]
    head = next((key for key in ask.topic if key in own), None)
    if (
        not elsewhere
        or head is None
        or any(head in s.said for s in statements)
        # the act done on it in other words ("I've put you down for the
        # January wheel course" for "could I book onto the wheel course?")
        or any(s.done and not own.isdisjoint(s.said) for s in statements)
    ):
        # the thing the ask is about (its first: the refresher, not the
        # dives it is needed for) named somewhere in the draft: "we'd want
        # you to do a refresher first" answers in other words
        return False
    return not any(
        _leave_said(ask, s, draft) for s in statements if not s.asks_back and id(s) not in elsewhere
    )


#: The act done, said of the thing ("Biscuit is booked in for Saturday at
#: 11"): leave given when the sentence names some of the ask or a booking
#: is asked ("Can we rebook?"), not when it is another booking ("Your table is booked for 1pm"
#: for "Can we bring our dog?").
_DONE_TO_IT = regexcache.compile(
    r"\b(?:is|are|'s|'re|has\s+been|have\s+been)\s+(?:now\s+|all\s+)?"
    r"(?:booked|rebooked|reserved|arranged|scheduled|added|moved)\b",
    re.IGNORECASE,
)
#: A booking asked for ("Can we rebook?", "Can I reserve a table?"), which a
#: booking said done answers whatever words the two use for it.
_BOOKING_ASKED = regexcache.compile(
    r"\b(?:re)?book|\breserv|\breschedul|\brearrang|\bappointment|\bslot\b", re.IGNORECASE
)


#: A negation that is our own refusal ("we can't", "I'm unable to", "we
#: won't", or the cause disowned: "it's not on us", "not our fault"): a no
#: to what was asked of us even when it names the act in other words ("As
#: much as we'd love to, we can't make the sun come out").
_WE_REFUSE = regexcache.compile(
    rf"\b(?:(?:we|i)(?:'re|\s+are|'m|\s+am)?\s+(?:{CANNOT_OR_UNABLE}|won't|will\s+not|not\s+able)"
    # the remedy turned down by disowning the cause ("it's not really on us")
    r"|not\s+(?:really\s+)?(?:on|down\s+to)\s+us|not\s+our\s+(?:fault|responsibility|problem))\b",
    re.IGNORECASE,
)


def _leave_said(ask: Ask, s: Statement, draft: str) -> bool:
    """Whether ``s`` says yes or no to the leave or need ``ask`` asks, or
    gives or refuses it in other words (``leave_left_unsaid``). A negated
    sentence is a no to the ask only when the no is about what was asked:
    it names some of the ask's topic ("You won't be able to drive for 24
    hours" for "Can I drive home after?"), points back to it ("That won't
    be possible"), or is our own refusal ("we can't", ``_WE_REFUSE``). A
    negated sentence about another thing ("You won't need a dressing", "you
    won't feel the procedure at all") says no to that thing, not to the
    act asked, and a need it waives is that thing's need."""
    if s.bare:
        return True
    if hedged_leave(s):
        # "We welcome well-behaved dogs on some of our trips" for "Can I
        # bring my dog?": leave said to hold in some cases is not given
        return False
    # the sentence itself or with the one before it ("Someone will need to
    # collect you, as you can't drive after sedation": the reason clause is
    # left out of what it says)
    named = any(key in s.topic or key in s.context for key in ask.topic)
    if (named or _BOOKING_ASKED.search(ask.text) is not None) and _DONE_TO_IT.search(
        draft, s.start, s.end
    ) is not None:
        return True
    if s.negative:
        return named or s.pointed or _WE_REFUSE.search(draft, s.start, s.end) is not None
    return _LEAVE_GIVEN.search(draft, s.start, s.end) is not None or (
        # a charge for it on its topic says yes ("Corkage is £10 a bottle")
        s.offers.get("money") == 2 and overlap(ask.topic, s.context)[0] > 0
    )


#: What says whether a thing comes in the price or the deal, besides the
#: concept include itself: covered, free, complimentary, extra, on top, paid
#: for separately, charged, on us, thrown in, standard, provided, supplied,
#: no need to bring it ("The estimate covers the X-rays", "the pool is free
#: to use", "towels are extra", "Bedding is provided").
_INCLUSION_SAID = regexcache.compile(
    r"\b(?:cover(?:s|ed)?|free|complimentary|extra|additional|on\s+top|separate(?:ly)?"
    r"|charged?|costs?|pay|paid|no\s+charge|on\s+us|on\s+the\s+house|thrown?\s+in"
    r"|comes?\s+with|standard|provided|provides?|supplied|supply|supplies|available"
    r"|no\s+need|(?:don't|do\s+not)\s+need|you(?:'ll|\s+will)?\s+get)\b",
    re.IGNORECASE,
)


#: The thing asked about, said in a word with what is said of it ("It's
#: included", "That's covered too", "Everything is in the price").
_THAT_ONE = regexcache.compile(
    r"\b(?:everything|it's\s+all|that's\s+all|all\s+in\s+the\s+price"
    r"|(?:it|that|this|they|those|both)(?:'s|'re|\s+is|\s+are)\s+(?:\w+\s+)?"
    r"(?:included|covered|free|extra|complimentary|part|standard|on\s+us))\b",
    re.IGNORECASE,
)

#: An inclusion asked: "included", "include", "come with" a thing, "as
#: standard", part of the price; not a person coming along ("Can my husband
#: come with me?"), which asks leave.
_INCLUSION_ASKED = regexcache.compile(
    r"\b(?:includ\w*|comes?\s+with\b(?!\s+(?:me|us|him|her|them|you|my|our)\b)"
    r"|as\s+standard|part\s+of\s+the)",
    re.IGNORECASE,
)

#: An inclusion asked with the thing after the verb ("include the flue
#: check", "come with use of the pool").
_INCLUDES = regexcache.compile(r"\b(?:includes?|comes?\s+with)\b", re.IGNORECASE)


def inclusion_left_unsaid(
    ask: Ask, statements: Sequence[Statement], asks: Sequence[Ask], draft: str
) -> bool:
    """Whether ``ask`` is a yes/no asking whether a thing is included ("Is
    breakfast included in my rate?", "Does the treatment come with use of the
    pool?", "Does it include the conservatory roof?") and no draft sentence
    says so of the thing: one that names it with a word of inclusion
    or cost ("included", "covers", "free", "extra", "provided", a sum), one
    that says so in a word ("It's all included", "That's covered") or of the
    thing in other words ("Sheets and towels are provided" for the linen),
    or a bare yes or no, of no other ask's topic. A draft that tells how the thing
    works ("Breakfast is served from 7 to 10:30"), praises it ("Certificates
    are a great way to showcase your learning") or says what else is included
    ("£75, including the front and back"; "comes with a herbal tea") has
    given the topic, not the yes or no asked, whatever the learned second
    opinion reads into it. When the ask names the thing after its verb
    ("Does the boiler service include the flue check?": ``Ask.complement``),
    the sentence must name that, not only the subject."""
    if ask.expects != "yes-no":
        return False
    own = {k: w for k, w in (ask.core or ask.topic).items() if w >= 1.0}
    if "include" not in own or _INCLUSION_ASKED.search(ask.text) is None:
        return False
    thing = {k: w for k, w in own.items() if k != "include"}
    if not thing:
        return False
    total = sum(thing.values())
    # the thing after the verb ("include the flue check", "come with use of
    # the pool and sauna"), when the ask has one: naming the subject alone
    # ("A boiler service is £85, including a safety report") says nothing of it
    # (not "Is parking included in the room price?", where the thing is the
    # subject and the complement is what it comes in)
    active = _INCLUDES.search(ask.text) is not None
    named = ask.complement if active and ask.complement in thing else ""
    for s in statements:
        if s.asks_back:
            continue
        share = overlap(thing, s.topic, total)[0]
        if (
            share > 0
            and (not named or named in s.topic)
            and (
                "include" in s.topic
                or s.bare
                or s.negative
                or s.offers.get("money") == 2
                or _INCLUSION_SAID.search(draft, s.start, s.end) is not None
            )
        ):
            return False
        if s.bare and all(overlap(o.topic, s.topic)[0] <= share for o in asks if o is not ask):
            return False
        if (
            ("include" in s.topic or _INCLUSION_SAID.search(draft, s.start, s.end))
            and (
                _THAT_ONE.search(draft, s.start, s.end) is not None
                # the thing in other words ("Is the linen included?" <-
                # "Sheets and towels are provided"), unless the ask named it
                # after its verb and the sentence leaves that out
                or (share == 0 and not named)
            )
            and all(overlap(o.topic, s.topic)[0] == 0 for o in asks if o is not ask)
        ):
            # the thing said in a word ("It's all included", "That's covered
            # too", "Everything is in the price") or in other words, of no
            # other ask's topic
            return False
    return True


#: A sentence that only says where the rule is written down ("Deposits are
#: handled under our terms and conditions (section 6)", "Grading policies for
#: late work are set out in section 7 of the student handbook", "refunds are
#: handled in line with the policy terms"): a verb of handling or setting out,
#: then the terms, policy, agreement, handbook, section or FAQ. "covered
#: under your Buildings section" is insurance cover, an answer, so "covered"
#: counts only with "in" ("covered in section 4 of the hire agreement").
_REFERRED = regexcache.compile(
    r"\b(?:is|are|will\s+be|can\s+be|get)\s+(?:all\s+|usually\s+|always\s+|generally\s+)?"
    r"(?:(?:handled|set\s+out|detailed|described|explained|outlined|listed|governed"
    r"|dealt\s+with|decided|determined|assessed)(?:\s+in\s+full)?"
    r"\s+(?:in|under|by|according\s+to|in\s+line\s+with|as\s+per)"
    r"|covered\s+in)"
    r"\s+(?:the\s+|our\s+|your\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:terms|conditions|policy|policies|handbook|agreement|contract|section|clause"
    r"|faqs?|guidelines|rules)\b",
    re.IGNORECASE,
)
#: Words of a verdict said beside the reference ("... and we are not in a
#: position to waive it", "..., so the garage is included"): that is an answer.
_VERDICT = regexcache.compile(r"\b(?:not|no|n't|never|so|which\s+means|means)\b", re.IGNORECASE)


def only_referred(ask: Ask, statements: Sequence[Statement], draft: str) -> bool:
    """Whether ``ask`` is a yes/no or a request ("I'd like to know if I'll get
    my £150 deposit back", "Please refund the unused months") and every draft
    sentence that names what it asks about only says where the rule is
    written (``_REFERRED``: "Deposits are handled under our terms and
    conditions (section 6)"), with no verdict beside it and no bare yes or no
    in the draft: pointing the customer to the terms leaves their case open,
    whatever the learned second opinion reads into the shared words.
    "Deposits are non-refundable under section 6 of our terms" gives the
    verdict and is left to the model. ``draft``: the text the statements'
    offsets index."""
    if ask.expects not in ("yes-no", "action"):
        return False
    on_topic = _named_without_bare(ask, statements)
    if not on_topic:
        return False
    for statement in on_topic:
        text = draft[statement.start : statement.end]
        if _REFERRED.search(text) is None or _VERDICT.search(text) is not None:
            return False
    return True


def only_boilerplate(ask: Ask, statements: Sequence[Statement], lexicon: Lexicon) -> bool:
    """Whether every draft sentence that names what ``ask`` asks about (its
    own full-weight concepts) is boilerplate that commits to nothing
    (``Statement.noncommittal`` with a ``boilerplate`` phrase: "We take the
    safety of pets very seriously"), and the draft holds no bare yes or no:
    a value said of every customer is no answer for this one, whatever the
    learned second opinion reads into the shared words ("Is the poison safe
    around our dog?"). A hedge ("it may have blocked the airflow") can be
    the answer and is left to the model, as is a draft that also names it
    in a sentence that commits ("The bait is in locked boxes a dog can't
    open")."""
    on_topic = _named_without_bare(ask, statements)
    return bool(on_topic) and all(s.noncommittal and _boilerplate(s, lexicon) for s in on_topic)


def _named_without_bare(ask: Ask, statements: Sequence[Statement]) -> list[Statement]:
    """The draft's sentences (not asking back) that name one of ``ask``'s own
    full-weight concepts; empty when it names none, or when the draft holds a
    bare yes or no, which may answer the ask whatever the sentences say."""
    own = ask.core or ask.topic
    named = [key for key, w in own.items() if w >= 1.0 and not key.startswith("#")]
    if not named:
        return []
    spoken = [s for s in statements if not s.asks_back]
    if any(s.bare for s in spoken):
        return []
    return [s for s in spoken if not s.topic.keys().isdisjoint(named)]


def _boilerplate(statement: Statement, lexicon: Lexicon) -> bool:
    """Whether the sentence holds a ``boilerplate`` evidence phrase."""
    words = statement.words
    first, last = statement.span
    if words is None or first >= last:
        return False
    return any("boilerplate" in names for _, _, names in lexicon.scan(words.words[first:last]))


#: A "which" that asks the agent to pick between things the customer has
#: already named ("Which of the two would go better with the lamb?", "Which
#: is right?", "which do you recommend?"): "which" stands alone, with no
#: thing of its own after it, so the answer is a pick or a verdict.
_PICK_BETWEEN = regexcache.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?which\s+(?:of\s+(?:the|them|these|those)\b[\w\s]*?|one\s+)?"
    r"\b(?:is|are|would|should|do\s+you|will)\b[^?]*?"
    r"\b(?:right|correct|better|best|recommend|suggest|advise|prefer|go|suit|choose|pick|open)\b",
    re.IGNORECASE,
)
#: Words of a pick or a verdict ("I'd go with the Rioja", "the quote is
#: right", "the 8 days is correct", "better with lamb").
_PICK_WORDS = regexcache.compile(
    r"\b(?:recommend|suggest|advise|better|best|prefer|rather|instead|pick|choose|go\s+(?:for|with)"
    r"|right|correct|wrong|accurate|mistake|error|I'd|I\s+would|suits?|ideal)\b",
    re.IGNORECASE,
)


def pick_unmade(ask: Ask, statements: Sequence[Statement], draft: str) -> bool:
    """Whether ``ask`` asks the agent to pick between things already named
    (``_PICK_BETWEEN``: "Which of the two would go better with the lamb?",
    "Which is right?") and no draft sentence says a pick or a verdict
    (``_PICK_WORDS``): a draft that describes both sides ("Both are wonderful
    wines ...") or only speaks of the quote has not chosen, whatever the
    learned second opinion reads into the shared words. ``draft``: the text
    the statements' offsets index."""
    if _PICK_BETWEEN.search(ask.text) is None:
        return False
    return not any(
        _PICK_WORDS.search(draft[s.start : s.end]) is not None
        for s in statements
        if not s.asks_back
    )


#: A word that names the customer, or us acting for them, in what would
#: otherwise be a rule ("you", "you'll", "we'll", "I've"). "your" is read
#: apart (``_YOUR_IN_PASSING``), and "the terms you received" is cut first.
_SPOKEN_TO = regexcache.compile(
    r"\b(?:you|you're|you'll|you've|you'd|yours|yourself|i|i'm|i've|i'll|i'd"
    r"|we'll|we've|we'd|we're)\b",
    re.IGNORECASE,
)
#: "the booking terms you received with your order", "the terms you ticked":
#: what the customer was given, named in passing.
_YOU_WERE_GIVEN = regexcache.compile(
    r"\b(?:that\s+)?you\s+(?:received|ticked|signed|accepted|agreed\s+to|were\s+sent|got)\b",
    re.IGNORECASE,
)
_YOUR = regexcache.compile(r"\byour\b", re.IGNORECASE)
#: "your" after a preposition ("of your request", "in your patient portal",
#: "with your order"): where or when the rule applies, not the customer's case.
_YOUR_IN_PASSING = regexcache.compile(
    r"\b(?:of|in|on|to|with|from|under|through|via|at|by|for|after|before|within)\s+your\b",
    re.IGNORECASE,
)
#: A rule said of every case ("All bookings before May are unaffected",
#: "Every order ships free"): with no condition it settles this one too.
_EVERY = regexcache.compile(r"\s*(?:all|every|each)\b", re.IGNORECASE)
#: A condition or a hedge on the rule ("if registered", "when the hire ends
#: without damage", "usually", "in most circumstances", "depending on"):
#: the customer's case may fall on either side of it.
_RULE_HEDGE = regexcache.compile(
    r"\b(?:if|when|once|unless|provided|providing|as\s+long\s+as|usually|normally"
    r"|generally|typically|often|sometimes|most|depending|depends|(?-i:may)|might|subject\s+to)\b",
    re.IGNORECASE,
)
#: A verdict drawn for the customer from the rule ("..., so yours will be
#: refunded", "which means", "therefore").
_TIED = regexcache.compile(r"\b(?:so|which\s+means|means|therefore)\b", re.IGNORECASE)
#: A sentence that applies the rule before it to the customer ("In your
#: case, ...", "So yours ...", "That means ...").
_APPLIED = regexcache.compile(
    r"\s*(?:so|in\s+your\s+case|for\s+you|yours|that\s+means|this\s+means|which\s+means"
    r"|as\s+yours|since\s+yours|because\s+yours)\b",
    re.IGNORECASE,
)
#: A no in the rule ("Deposits are non-refundable", "are not refunded").
_NO = regexcache.compile(r"\b(?:not|no|never|non|cannot)\b|n't\b", re.IGNORECASE)
#: Leave asked for the customer's own person or thing ("Can my son still sit
#: the exam?", "Could our booking be moved?", "whether my repeat
#: prescription can be sent to ...").
_OWN_LEAVE = regexcache.compile(
    r"\b(?:can|could)\s+(?:my|our)\b"
    r"|\b(?:my|our)\s+(?:[\w'\u00a3-]+\s+){0,3}?(?:can|could)\s+(?:still\s+)?be\b",
    re.IGNORECASE,
)
#: An act asked of us on the customer's own thing ("could you raise my
#: credit limit", "Can you move our booking").
_OWN_ACT = regexcache.compile(
    r"\b(?:(?:can|could|would|will)\s+you|you\s+(?:can|could|would))\s+(?:please\s+)?"
    r"(?:just\s+)?[a-z]+\s+(?:my|our)\b",
    re.IGNORECASE,
)
_WORD = regexcache.compile(r"[\w'\u00a3]+")


def _policy_only(statement: Statement, text: str) -> bool:
    """Whether ``text``, ``statement``'s words, only says a rule of everyone
    ("Lab results usually take three to five business days, and once the
    doctor has reviewed them they appear in your patient portal", "Fitting
    fees are non-transferable in most circumstances, as detailed in the
    booking terms you received") or where the rule is written (``_REFERRED``,
    ``Statement.refers``): not said of the customer ("you", "we'll", "I've";
    "your" only after a preposition), no verdict drawn for them ("so",
    "which means"), and neither a flat no nor a rule of every case
    ("Deposits are non-refundable", "All bookings before May are
    unaffected"), which settle theirs as well."""
    if _TIED.search(text) is not None:
        return False
    if statement.noncommittal:
        # a hedge or boilerplate with no evidence ("We regularly review
        # credit limits for all of our customers"): it commits to nothing
        return True
    if statement.refers or _REFERRED.search(text) is not None:
        return _VERDICT.search(text) is None
    if not statement.generic:
        if not generic_opening(_WORD.findall(text.lower())):
            return False
        spoken = _YOU_WERE_GIVEN.sub(" ", text)
        if _SPOKEN_TO.search(spoken) is not None:
            return False
        if len(_YOUR.findall(spoken)) != len(_YOUR_IN_PASSING.findall(spoken)):
            return False
    hedged = statement.hedged or _RULE_HEDGE.search(text) is not None
    # a flat no or a rule of every case settles theirs too, unless hedged
    flat = statement.negative or _NO.search(text) is not None or _EVERY.match(text) is not None
    return hedged or not flat


def only_policy(ask: Ask, statements: Sequence[Statement], draft: str) -> bool:
    """Whether ``ask`` asks after a fact of the customer's own case
    (``Ask.instance``: "Will I lose my £60 fitting fee?", "Could you tell me
    if my blood test results are back yet?") and every draft sentence that
    names what it asks about only gives the rule for everyone, or where it is
    written (``_policy_only``), with no bare yes or no in the draft: the
    customer still does not know what happens to *them*, whatever the learned
    second opinion reads into the shared words. A rule followed by "so yours
    will ...", a flat no, or a rule of every case ("All bookings before May
    are unaffected") is left to the model. ``draft``: the text the
    statements' offsets index."""
    if ask.expects not in ("yes-no", "action"):
        return False
    # "Can my son still sit the exam on the 12th?", "whether my repeat
    # prescription can be sent to ...": leave asked for the customer's own
    # person or thing, which a rule answers only when it holds without
    # condition; so only a hedged rule is no answer to it
    leave = not ask.instance and _OWN_LEAVE.search(ask.text) is not None
    # "I was wondering if you could raise my credit limit to £6,000": an act
    # asked on their own thing, which a sentence committing to nothing ("We
    # regularly review credit limits for all of our customers") leaves undone
    act = not (ask.instance or leave) and _OWN_ACT.search(ask.text) is not None
    if not (ask.instance or leave or act):
        return False
    own = ask.core or ask.topic
    named = [key for key, w in own.items() if w >= 1.0 and not key.startswith("#")]
    if not named:
        return False
    spoken = [s for s in statements if not s.asks_back]
    if any(s.bare for s in spoken):
        return False
    # a sentence on it names half of what the ask names at least (a
    # rebooking "for your fitting" is not on "Will I lose my fitting fee?")
    least = (len(named) + 1) // 2
    on_topic = [at for at, s in enumerate(spoken) if sum(key in s.topic for key in named) >= least]
    if not on_topic:
        return False
    for at in on_topic:
        statement = spoken[at]
        text = draft[statement.start : statement.end]
        if not _policy_only(statement, text):
            return False
        if leave and not (statement.hedged or _RULE_HEDGE.search(text) is not None):
            return False
        if act and not statement.noncommittal:
            return False
        after = spoken[at + 1] if at + 1 < len(spoken) else None
        if after is not None and _APPLIED.match(draft, after.start) is not None:
            # "... In your case, the fee will be moved to your new date."
            return False
    return True
