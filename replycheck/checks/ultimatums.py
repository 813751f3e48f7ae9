"""Demanding: ultimatums, a penalty hung on the customer's non-compliance
("If we don't hear back by Friday, your claim will be closed", "Pay today or
the account is suspended").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from replycheck.calendar_words import MONTHS, WEEKDAYS
from replycheck.checks import check
from replycheck.checks.orders import SUBJECT_VERBS
from replycheck.checks.tone_sentences import (
    NEGATIONS,
    holds_phrase,
    in_scope,
    list_lead_in,
    quoted_tokens,
    sentences_with,
    word_lowers,
)

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: What opens a threat. ``if``/``should``/``unless`` put a condition on the
#: customer; ``or``/``otherwise`` hang a penalty on the order before them.
CONDITION_THREATS: Final[tuple[tuple[str, ...], ...]] = (
    ("if",), ("should",), ("unless",), ("failure", "to"), ("who",), ("not",),
    ("any", "further"), ("a", "further"), ("further",), ("repeated",), ("continued",),
    ("persistent",), ("failing",), ("any", "more"), ("after",),
)  # fmt: skip
#: Opener words too common to gate on alone: "any more" is looked at only when
#: it opens the sentence.
ANY: Final = frozenset({"any"})
UNLESS: Final = frozenset({"unless"})
MORE: Final = frozenset({"more"})
#: Openers that need a sign of non-compliance in the condition ("Patients who
#: miss two appointments will be removed"); "not" must open the sentence's
#: subject ("Returns not packed properly will be refused").
NEEDS_NON_COMPLIANCE: Final = frozenset({"if", "should", "who"})
#: "Any further delay will result in a charge": the opener is the non-compliance.
RESULT_VERBS: Final = frozenset({"result", "lead", "leads", "results"})
#: "can lead to" tells what the terms allow, not what we will do, unless an
#: edge makes it a threat ("... without further notice", "immediate removal").
CAN_RESULT_EDGES: Final = frozenset({"without", "immediate", "immediately", "again"})
NOT_OPENER_WITHIN: Final = 3
ALTERNATIVE_THREATS: Final[tuple[tuple[str, ...], ...]] = (("or", "else"), ("otherwise",), ("or",))
#: An "if" is a threat only when it is about the customer *not* complying:
#: "If payment is not received", "If we don't hear back", "If you refuse"
#: ("nt" is the typed "dont", "isnt" split by the tokenizer).
NON_COMPLIANCE: Final = frozenset(
    {"not", "n't", "nt", "no", "never", "fail", "fails", "failed", "refuse", "refuses", "refused",
     "miss", "misses", "missed", "continue", "keep", "ignore", "ignores", "late", "overdue",
     "unpaid", "unable", "nobody", "noone", "keeps"}
)  # fmt: skip
MODALS: Final = frozenset({"will", "'ll", "may", "might", "shall", "would", "could"})
#: "gets" before a penalty word stands for "will be" ("If it isn't, the unit gets
#: overlocked").
GETS: Final = frozenset({"gets", "get"})
#: "at your (own) cost/expense": what follows a modal puts the cost on the customer.
AT_YOUR_COST: Final = frozenset({"cost", "expense"})
#: What makes it a threat: a penalty to the customer.
PENALTIES: Final = frozenset(
    {"default", "defaulted", "lock", "ban", "charge", "fine", "sue",
     "prosecute",
     "cancelled", "canceled", "closed", "terminated", "suspended", "forfeited", "voided",
     "void", "rejected", "refused", "denied", "revoked", "deleted", "disabled", "removed",
     "deactivated", "locked", "frozen", "charged", "fined", "penalised", "penalized",
     "blacklisted", "banned", "barred", "forfeit", "lose", "collection", "collections",
     "legal", "debt", "solicitors", "solicitor", "lawyers", "lawyer", "court", "bailiffs",
     "police", "cancel", "close", "terminate", "suspend", "delete", "remove", "disconnect",
     "disconnected", "withdrawn", "withdraw", "invalidated", "invalid", "expire", "blocked",
     "restricted", "restrict", "warrant", "towed", "clamped", "impounded", "disposed", "destroyed",
     "discarded", "scrapped", "ignored", "disregarded", "reported", "levied",
     # "you will be deregistered", "we will downgrade the account", "we'll have to look
     # at pausing you": the customer struck off, demoted or paused
     "deregistered", "deregister", "downgrade", "downgraded", "pausing", "suspending",
     # "your visit will be skipped", "the contents may be sold", "the plot will be reallocated": the
     # customer's turn, goods or place taken away
     "skipped", "sold", "reallocated", "reallocate", "overlocked",
     # "we will be cancelling your policy": the same sanctions in the progressive, as
     # "pausing" and "suspending" above
     "cancelling", "canceling", "terminating", "deleting", "disconnecting", "deactivating",
     "revoking", "freezing", "blocking"}
)  # fmt: skip
#: "or lose the booking": the loss as a bare verb right after "or".
IMPERATIVE_LOSSES: Final = frozenset({"lose", "forfeit"})
#: "or I'll skip you": the customer's turn passed over. Only with the customer
#: as its object ("or we can skip the survey" is an offer).
TURN_SKIPS: Final = frozenset({"skip"})
SKIPPED_ONES: Final = frozenset({"you", "your", "yours"})
#: "we will end the chat": ending the conversation is a penalty.
ENDED: Final = frozenset({"chat", "conversation", "call", "discussion", "correspondence"})
END: Final = frozenset({"end"})
#: "If he can't get access, the visit will count as used", "the revisit counts as
#: done": the customer's booked visit or session written off as had. The present
#: "counts as" is as firm as "will count as", so it needs no modal; a negation
#: before it lifts it ("it won't count as a missed lesson").
COUNTED: Final = frozenset({"count", "counts", "counted"})
USED_UP: Final = frozenset(
    {"used", "done", "taken", "attended", "delivered", "completed", "forfeited", "missed"}
)
COUNTED_ARTICLES: Final = frozenset({"a", "an", "one"})
#: "otherwise there will be a £75 wasted journey charge", "we'll charge a missed
#: visit fee": the charge for our trip made in vain lands on the customer as
#: surely as one on their account. One of these, then the trip it qualifies.
WASTED: Final = frozenset({"wasted", "abortive", "missed", "failed"})
TRIPS: Final = frozenset(
    {"journey", "visit", "trip", "callout", "call", "attendance", "appointment", "delivery"}
)


#: For "or"/"otherwise", the penalty must land on one of these (or on "you").
PENALTY_OBJECTS: Final = frozenset(
    {"account", "accounts", "order", "orders", "refund", "claim", "subscription",
     "membership", "service", "warranty", "booking", "reservation", "request", "return",
     "access", "credit", "voucher", "deposit", "case", "contract", "line", "ticket", "you",
     "debt", "fee", "data", "files", "information", "details", "items", "points", "balance",
     "place", "slot", "seat", "table", "appointment", "policy", "cover", "application",
     # "or the full price will be charged": the sum itself, as "a fee" is
     "price", "amount", "cost"}
)  # fmt: skip
#: A "penalty" followed by one of these is a favour: "the order will be
#: cancelled and refunded", "we'll remove the fee".
BENEFITS: Final = frozenset({"refund", "refunded", "reimburse", "reimbursed", "free", "credited"})
#: How far after the opener the penalty may sit.
CONDITION_REACH: Final = 30
ALTERNATIVE_REACH: Final = 10


#: "If the balance isn't with us by Thursday, we will release the booking", "we'll
#: have to release your slot": what was held for the customer, let go. Only a
#: held place counts ("we'll release the funds", "release a replacement" are
#: favours).
RELEASES: Final = frozenset({"release", "reallocate", "relet", "resell"})
HELD_PLACES: Final = frozenset(
    {"booking", "slot", "place", "table", "room", "seat", "appointment", "reservation",
     "spot", "pitch", "session", "date"}
)  # fmt: skip


#: What the customer loses when a deadline passes, beyond the penalties: the
#: held slot goes to someone else ("or we will release the slot", "after
#: which it goes back on general sale").
LOSSES: Final = frozenset(
    {"release", "released", "reallocate", "reallocated", "resell", "resold", "relet", "lapse",
     "lapses", "lapsed", "lost", "forfeits", "sale", "bear"}
)  # fmt: skip
#: "sale" is a loss only when the thing goes *back* on sale.
BACK_ON_SALE: Final = 3
#: What ties a loss to the deadline before it.
LOSS_LINKS: Final[tuple[tuple[str, ...], ...]] = (
    ("or",), ("otherwise",), ("after", "which"), ("after", "that"), ("failing", "which"),
    ("failing", "that"), ("else",),
)  # fmt: skip
#: A deadline: one of these, then a time ("by Friday", "until 3 June", "before
#: the 14th", "within 7 days").
DEADLINE_WORDS: Final = frozenset({"by", "until", "before", "within"})
DEADLINE_TIMES: Final = (
    WEEKDAYS
    | MONTHS
    | {"today", "tomorrow", "tonight", "midnight", "noon", "midday", "eod", "then"}
)
#: After "by the", "by this", "by next": what makes it a time ("by the end of
#: the week", "by the 14th"), unlike "by the courier".
DEADLINE_AFTER_DETERMINER: Final = DEADLINE_TIMES | frozenset(
    {"end", "close", "week", "weekend", "month"}
)
#: Who acts when a sentence opens with these is not the customer ("We'll hold
#: the room until Friday, after which it may be released").
NOT_CUSTOMER_OPENERS: Final = frozenset(
    {"we", "i", "our", "my", "your", "the", "this", "that", "it", "these", "those", "there", "a",
     "an", "if", "when", "as", "once", "after", "before", "unfortunately", "sadly"}
)  # fmt: skip
#: How far after the deadline its loss may sit.
LOSS_REACH: Final = 14

#: "the back of the queue": where a missed turn sends the customer.
QUEUES: Final = frozenset({"queue", "list", "line", "waiting", "waitlist", "waiting-list"})

#: "the place goes to the next family", "it will be given to someone else": the
#: customer's place handed on is a loss.
ELSEWHERE: Final = frozenset({"someone", "somebody", "next", "another"})
HANDED_ON: Final = frozenset(
    {"goes", "go", "passed", "passes", "given", "offered", "released", "reallocated"}
)
HANDED_REACH: Final = 4
#: A lost place needs a hand-on verb (or "back") and the one it goes to.
PLACE_LOST_KEYS: Final = HANDED_ON | frozenset({"back"})
PLACE_LOST_WORDS: Final = ELSEWHERE | QUEUES


#: "you're paying his call-out", "you'll be stuck with it", "the bill comes
#: out of your deposit": the cost of the condition put on the customer. Only
#: after a firm "you will"/"you are" (not "you can pay by card"), and not when
#: the payment is lifted or small ("you'll pay nothing", "only for parts").
PAYING: Final = frozenset({"pay", "paying"})
FIRM_PAYER: Final = frozenset({"'re", "are", "'ll", "will", "be"})
NOT_PAID: Final = frozenset(
    {"nothing", "less", "only", "no", "back", "just", "the", "by", "online"}
)
STUCK: Final = frozenset({"stuck", "lumbered", "landed"})
BILLS: Final = frozenset({"bill", "bills", "invoice"})
PAYER_REACH: Final = 4
PAYER_WORDS: Final = PAYING | STUCK | BILLS
#: The cost falls on the customer only after a condition and with them named:
#: the sentences read for it need one of each.
PAYER_CONDITIONS: Final = frozenset({"if", "unless", "should"})
PAYERS: Final = frozenset({"you", "your"})
#: A condition about what is covered states the price of a repair, not a
#: penalty: "If the fault isn't covered, you'll pay for the parts".
SCOPES: Final = frozenset({"covered", "included", "eligible", "available", "warranty", "guarantee"})


#: The first word of every opener: ``_threat_at`` finds nothing elsewhere.
OPENER_FIRSTS: Final = frozenset(opener[0] for opener in CONDITION_THREATS + ALTERNATIVE_THREATS)
#: A threat needs an opener and a penalty; sentences without both are skipped.
THREAT_OPENERS: Final = frozenset(
    {w for opener in CONDITION_THREATS + ALTERNATIVE_THREATS for w in opener} - {"a", "any", "more"}
) | frozenset({"after", "failing", "past", "beyond"})
THREAT_PENALTIES: Final = (
    PENALTIES
    | LOSSES
    | RESULT_VERBS
    | frozenset({"charging"})
    | frozenset({"option", "choice", "proceedings", "penalty", "penalties", "fines", "enforcement"})
    # "field" rather than "agent": "agent" is one of spaCy's symbols, whose
    # LOWER is the symbol's id and not the string hash the gates look up
    | frozenset({"action", "field", "doorstep", "officer", "officers"})
)


@check("ultimatum")
def ultimatum(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """ "Send it by Friday or your account will be closed", "If we don't hear back
    by Friday, the refund will be cancelled", "Failure to respond will result in
    ...": non-compliance followed by a penalty within one sentence. An order
    with an "or" threat is flagged from the order on, since the two are one
    demand."""
    sentences = {s.start: s for s in sentences_with(rule, ctx, THREAT_OPENERS, THREAT_PENALTIES)}
    if ctx.has_any(END) and ctx.has_any(ENDED):  # "... we will end the chat"
        ended = sentences_with(rule, ctx, THREAT_OPENERS | ANY, followed=(END, ENDED, 2))
        sentences.update((s.start, s) for s in ended)
    if ctx.has_any(UNLESS) and ctx.has_any(WITHHOLD_NEGATIONS):  # "Unless ..., it cannot proceed"
        held = sentences_with(rule, ctx, UNLESS, WITHHOLD_NEGATIONS, WITHHELD)
        sentences.update((s.start, s) for s in held)
    if ctx.has_any(PLACE_LOST_KEYS) and ctx.has_any(PLACE_LOST_WORDS):
        # "... or the place goes to the next family", "... goes to the back of the list"
        lost = sentences_with(rule, ctx, THREAT_OPENERS, PLACE_LOST_KEYS, PLACE_LOST_WORDS)
        sentences.update((s.start, s) for s in lost)
    if ctx.has_any(MORE):  # "Any more messages like this and ..."
        more = sentences_with(rule, ctx, ANY, MORE, THREAT_PENALTIES, opening=frozenset())
        sentences.update((s.start, s) for s in more)
    if ctx.has_any(WITHHOLD_LINKS) and ctx.has_any(WITHHOLD_NEGATIONS):
        withheld = sentences_with(rule, ctx, WITHHOLD_LINKS, WITHHOLD_NEGATIONS, WITHHELD)
        sentences.update((s.start, s) for s in withheld)
        # "..., otherwise he won't be able to carry out the repair": any act refused
        refused = sentences_with(rule, ctx, followed=(WITHHOLD_LINKS, WITHHOLD_NEGATIONS, 5))
        sentences.update((s.start, s) for s in refused)
    if ctx.has_any(GIVEN_TIME) and ctx.has_any(MONEY_DEMANDS | URGENT_UNITS):
        given = sentences_with(rule, ctx, YOU, GIVEN_TIME, followed=(YOU, HAVE, 2))
        sentences.update((s.start, s) for s in given)
    if ctx.has_any(DENIAL_CONDITIONS) and ctx.has_any(DENIAL_MODALS):
        # "If the fees aren't paid by Friday, your son won't be selected"
        denied = sentences_with(rule, ctx, DENIAL_CONDITIONS, DENIAL_MODALS)
        sentences.update((s.start, s) for s in denied if s.start not in sentences)
    if ctx.has_any(COUNTED) and ctx.has_any(USED_UP):  # "If ..., the visit counts as used"
        counted = sentences_with(rule, ctx, THREAT_OPENERS, COUNTED, USED_UP)
        sentences.update((s.start, s) for s in counted if s.start not in sentences)
    if ctx.has_any(PAYER_WORDS) and ctx.has_any(PAYER_CONDITIONS):  # "If ..., you're paying"
        paying = sentences_with(rule, ctx, PAYER_CONDITIONS, PAYER_WORDS, PAYERS)
        sentences.update((s.start, s) for s in paying)
    if ctx.has_any(WALK_GATE) and ctx.has_any(WALK_AWAY):  # "..., otherwise he'll just leave"
        walked = sentences_with(rule, ctx, WALK_GATE, WALK_AWAY)
        sentences.update((s.start, s) for s in walked)
    if ctx.has_any(FAILING) and ctx.has_any(WHICH):  # "..., failing which no refund can be issued"
        failing = sentences_with(rule, ctx, FAILING, followed=(FAILING, WHICH, 1))
        sentences.update((s.start, s) for s in failing)
    if ctx.has_any(ELSE_LINK_FIRSTS) and ctx.has_any(DEADLINE_WORDS | BARE_TIMES):
        # "Book it this week or we're holding his meds": any consequence of ours
        dated = sentences_with(rule, ctx, ELSE_LINK_FIRSTS, followed=DATED_THEN_LINK)
        sentences.update((s.start, s) for s in dated)
    if ctx.has_any(REPEATS) and ctx.has_any(AND):
        # "Miss one more and you won't be able to book": the repeat is the condition
        again = sentences_with(rule, ctx, REPEATS, AND, YOU)
        sentences.update((s.start, s) for s in again if s.start not in sentences)
    if ctx.has_any(AFTER | PAST) and ctx.has_any(DEADLINE_WORDS):
        # "Pay it by the 14th. After that the account goes to our recovery partner"
        after = sentences_with(rule, ctx, AFTER | PAST)
        sentences.update((s.start, s) for s in after if s.start not in sentences)
    for _, sent in sorted(sentences.items()):
        quoted = quoted_tokens(ctx.doc)
        words, lowers = word_lowers(ctx.doc, sent.start, sent.end, quoted)
        if not lowers:
            continue  # all inside quotation marks: the customer's words, not ours
        lowers = _past_as_after(lowers)
        found = next(
            (
                hit
                for i, word in enumerate(lowers)
                if word in OPENER_FIRSTS and (hit := _threat_at(lowers, i)) is not None
            ),
            None,
        )
        if found is None:
            found = _penalty_then_condition(lowers)
        if found is None:
            found = _deadline_then_loss(lowers)
        if found is None:
            found = _time_given(lowers)
        if found is None:
            found = _deadline_or_else(lowers)
        if found is None:
            found = _failing_which(lowers)
        if found is None and "and" in lowers:
            found = _repeat_and_penalty(lowers)
        if found is None and "after" in lowers:
            found = _after_the_deadline(lowers, _prior_sentences(ctx, sent.start, quoted))
        if found is None or _door_open(lowers):
            continue
        begin, last = found
        if _term_listed(ctx, sent.start_char, lowers, lowers[begin : last + 1]):
            continue  # "Here are our repair terms:" / "3. Clocks not collected ... may be sold"
        if _terms_named(lowers, begin, last):
            continue  # "..., otherwise the £45 fee will be charged, as set out in our terms"
        if _hedged(lowers[begin : last + 1]) and _help_follows(rule, ctx, words[last] + 1):
            # "we may apply to the court. We would like to avoid this. If ...", and the
            # regret in the same sentence: "..., which we'd much rather avoid"
            continue
        if FIRM_PAST_WILL.isdisjoint(lowers[begin : last + 1]) and _help_follows(
            rule, ctx, words[last] + 1, REGRETS, REGRET_FIRSTS
        ):
            # a firm step, then the regret and the help: "... will be offered to the next
            # person on the waiting list. We don't want that to happen, so if the fee is
            # difficult this year please talk to me: ... a small hardship fund."
            continue
        start = ctx.doc[words[begin]].idx
        last_word = ctx.doc[words[last]]
        end = last_word.idx + len(last_word.text)
        if in_scope(rule, ctx, start, end):
            yield ctx.finding(rule, start, end)


#: Words in a list's lead-in line that make its items the terms stated.
TERMS_WORDS: Final = frozenset(
    {"terms", "conditions", "policy", "policies", "rules", "agreement", "contract"}
)
#: Words that keep an item a threat however its list is introduced.
TERMS_EDGES: Final = frozenset({"again", "final", "warning", "last"})
#: Who, named in the threat itself, makes it one put to the customer.
TERMS_ADDRESSED: Final = frozenset({"you", "your", "yours"})


def _term_listed(ctx: CheckContext, start: int, lowers: list[str], threat: list[str]) -> bool:
    """Whether the sentence is an item of a list of terms: its list's lead-in
    line names terms, a policy or rules ("Here are our repair terms, which
    apply to every restoration:"), so a penalty in an item is the policy told
    plainly ("3. Clocks not collected within 90 days may be sold ..."). The
    customer named in the ``threat`` words ("If you don't pay by Friday, your
    account ..."), "again", "final", "warning" or "last" in the item, or such
    a word or "your" in the lead-in, keep it a threat."""
    lead = list_lead_in(ctx.message.own, start)
    if not lead:
        return False
    lead_words = set(lead.replace(",", " ").replace(":", " ").split())
    if lead_words.isdisjoint(TERMS_WORDS) or not lead_words.isdisjoint(TERMS_EDGES | {"your"}):
        return False
    return TERMS_EDGES.isdisjoint(lowers) and TERMS_ADDRESSED.isdisjoint(threat)


#: What points a penalty at the terms it comes from, right after it: "..., as
#: set out in our booking terms", "..., as per the hire agreement".
TERMS_POINTERS: Final[tuple[tuple[str, ...], ...]] = (
    ("as", "set", "out", "in"), ("as", "per"), ("in", "line", "with"),
    ("in", "accordance", "with"), ("as", "stated", "in"), ("as", "explained", "in"),
)  # fmt: skip
#: Who may own the terms named: ours or nobody's, never the customer's.
TERMS_OWNERS: Final = frozenset({"our", "the"})
#: The terms held up against the customer ("as per the booking conditions you
#: signed", "in line with your agreement") or an edge keep the threat.
TERMS_HELD_UP: Final = frozenset(
    {"you", "your", "signed", "accepted", "agreed", "clearly", "already", "again", "final"}
)
#: How many words after the owner the terms' noun may come ("as set out in our
#: booking terms", "as per the hire agreement").
TERMS_NOUN_REACH: Final = 3
#: The penalty the terms may set: a charge, the price of cancelling late, not
#: the customer's account, booking or place taken away.
TERMS_CHARGES: Final = frozenset({"fee", "fees", "charge", "charges", "charged"})


def _terms_named(lowers: list[str], begin: int, last: int) -> bool:
    """Whether the penalty ending at ``last`` is followed, in the rest of its
    sentence, by the terms it comes from, ours or the booking's ("If you need
    to cancel, please let us know at least 24 hours before, otherwise the £45
    fee will be charged, as set out in our booking terms"): a cancellation
    term told plainly, not a threat made up for this customer. The terms held
    up against the customer ("as per the booking conditions you signed", "in
    line with your agreement"), an edge, or the customer named anywhere after
    the pointer keep it one; "again" or "final" anywhere in the sentence too.
    The penalty must be a charge with no "your" in it: "your account will be
    closed, as per our terms" stays a threat."""
    threat = lowers[begin : last + 1]
    if not TERMS_EDGES.isdisjoint(lowers) or "your" in threat or TERMS_CHARGES.isdisjoint(threat):
        return False
    rest = lowers[last + 1 :]
    for k in range(len(rest)):
        for pointer in TERMS_POINTERS:
            end = k + len(pointer)
            if tuple(rest[k:end]) != pointer or end >= len(rest):
                continue
            if rest[end] not in TERMS_OWNERS or not TERMS_HELD_UP.isdisjoint(rest[k:]):
                return False
            return not TERMS_WORDS.isdisjoint(rest[end + 1 : end + 1 + TERMS_NOUN_REACH])
    return False


#: "Any repeat of that behaviour and you will be asked to leave", "Do it again
#: and you pay for the lesson", "Miss one more and you won't be able to book":
#: an opening imperative or noun phrase naming a repeat, "and you", then a
#: penalty, a cost or a loss of what the customer can do. ("Try again and
#: you'll be able to log in" has no penalty.)
REPEATS: Final = frozenset({"again", "repeat", "more", "another"})
AND: Final = frozenset({"and"})
REPEAT_AND_REACH: Final = 8
#: "one more", "once more", "any more": "more" is a repeat only after these.
MORE_LEADS: Final = frozenset({"one", "once", "any"})
#: Who opens a statement rather than an order ("We did it again and you ...").
STATEMENT_OPENERS: Final = frozenset(
    {"we", "i", "it", "he", "she", "they", "you", "this", "that", "there", "if", "when", "as"}
)
CANNOT: Final = (("wo", "n't", "be", "able"), ("will", "not", "be", "able"))
LEAVE_ASKED: Final = ("asked", "to", "leave")
CONSEQUENCE_REACH: Final = 6


def _repeat_and_penalty(lowers: list[str]) -> tuple[int, int] | None:
    first = next((k for k, w in enumerate(lowers) if w[:1].isalnum()), None)
    if first is None or lowers[first] in STATEMENT_OPENERS:
        return None
    link = next(
        (k for k in range(first + 1, min(first + REPEAT_AND_REACH, len(lowers) - 1))
         if lowers[k] == "and" and lowers[k + 1] == "you"),
        None,
    )  # fmt: skip
    if link is None:
        return None
    condition = lowers[first:link]
    repeated = any(
        w in REPEATS and (w != "more" or (k and condition[k - 1] in MORE_LEADS))
        for k, w in enumerate(condition)
    )
    if not repeated or "," in condition:
        return None
    rest = lowers[link + 2 : link + 2 + CONSEQUENCE_REACH]
    penalty: int | None = None
    for k, word in enumerate(rest):
        if word in (".", ";", ",", "!", "?"):
            break
        at = link + 2 + k
        if any(tuple(rest[k : k + len(form)]) == form for form in (*CANNOT, LEAVE_ASKED)):
            penalty = at + 2
            break
        if word == "fine" and k and rest[k - 1] in FINE_AS_WELL:
            continue  # "Try it again and you'll be fine": all right, no penalty
        if word in PENALTIES and not NEGATIONS & set(rest[:k]):
            penalty = at
            break
        if word in PAYING and k <= 1:  # "and you pay", "and you'll pay"
            penalty = at
            break
    if penalty is None:
        return None
    return first, _clause_end_index(lowers, min(penalty, len(lowers) - 1))


#: "Pay the balance by the 14th. After that the account goes to our recovery
#: partner": a penalty after the customer's deadline, the deadline named in an
#: order just before ("after that") or in the clause itself ("after Monday").
AFTER: Final = frozenset({"after"})
#: "Past the 28th, deliveries stop" / "Beyond that date, the place goes to ...":
#: a sentence-opening "past" or "beyond" before a time or "that" reads as "after".
PAST: Final = frozenset({"past", "beyond"})


def _past_as_after(lowers: list[str]) -> list[str]:
    """``lowers`` with a sentence-opening "past"/"beyond" before a time or a
    reference back ("that date") read as "after"; other uses ("beyond our
    control", "past the gate") are left as they are."""
    if (
        len(lowers) > 2
        and lowers[0] in PAST
        and (is_time(lowers, 0) or lowers[1] in AFTER_REFERENCES)
    ):
        return ["after", *lowers[1:]]
    return lowers


AFTER_REFERENCES: Final = frozenset({"that", "this", "then"})
#: The deadline's noun after "after that" ("After that date, places will be
#: given to the waiting list").
AFTER_NOUNS: Final = frozenset({"date", "day", "time", "point", "deadline"})
#: "after Monday the ticket closes": a thing of the customer's lost in the present tense.
PRESENT_LOSSES: Final = frozenset({"closes", "lapses", "expires"})
#: Where "after" may stand: opening its sentence or clause, or right before the
#: modal of its clause ("Any belongings still in the room after that will be
#: disposed of").
CLAUSE_BREAKS: Final = frozenset({";", ",", ":", "—", "-", "and", "but", "so"})
#: A deadline that is forecast ("Your card will arrive by Friday") is ours, not
#: the customer's: only an order's deadline makes "after that" a threat.
FORECASTS: Final = frozenset({"will", "'ll", "should", "may", "might", "could", "would", "can"})
PRIOR_TOKENS: Final = 80
PRIOR_SENTENCES: Final = 2
SENTENCE_ENDS: Final = frozenset({".", "!", "?"})


def _prior_sentences(ctx: CheckContext, start: int, quoted: set[int]) -> list[list[str]]:
    """The lower-cased words of up to two sentences before token ``start``."""
    tokens = [t for t in ctx.doc[max(start - PRIOR_TOKENS, 0) : start] if t.i not in quoted]
    sentences: list[list[str]] = [[]]
    for token in tokens:
        if token.is_space:
            continue
        sentences[-1].append(token.lower_)
        if token.lower_ in SENTENCE_ENDS:
            sentences.append([])
    return [words for words in sentences if words][-PRIOR_SENTENCES:]


#: A deadline asked for politely ("To keep it, please return the contract by
#: Friday", "Could you let me know by noon?") and then explained ("After that,
#: the place goes to the next family on the waiting list") tells the customer
#: why the date matters: only a bare order's deadline ("Pay it by the 14th",
#: "must be cleared by Friday") makes "after that" a threat, or an edge on the
#: consequence itself ("without further notice", "nothing more I can do").
POLITE_ASKS: Final[tuple[tuple[str, ...], ...]] = (
    ("please",), ("could", "you"), ("would", "you"), ("can", "you"),
)  # fmt: skip
POLITE_FIRSTS: Final = frozenset(phrase[0] for phrase in POLITE_ASKS)
AFTER_EDGES: Final = frozenset({"without", "immediately", "final", "nothing", "must"})
#: A sanction, not a place let go, keeps "after that" a threat however politely
#: the deadline was asked for ("Please pay by Friday. After that the account
#: goes to collections", "... you'll be charged £20").
AFTER_SANCTIONS: Final = frozenset(
    {"collections", "collection", "recovery", "court", "legal", "solicitor", "solicitors",
     "bailiffs", "debt", "agency", "agent", "agents", "enforcement", "charged", "charge",
     "charges", "charging", "fee", "fees", "fine", "fined", "penalty", "towed", "clamped",
     "disposed", "destroyed", "scrapped", "suspended", "terminated", "banned", "blocked",
     "disconnected", "reported", "police"}
)  # fmt: skip


def _asked_politely(words: list[str]) -> bool:
    """Whether ``words`` ask for the deadline with "please" or "could you"."""
    return holds_phrase(words, POLITE_ASKS, POLITE_FIRSTS)


def _ordered_deadline(words: list[str]) -> bool:
    """Whether ``words`` set the customer a deadline ("Pay it by the 14th",
    "Payment must be made by 14 June"), not forecast one of ours."""
    for k, word in enumerate(words[:-1]):
        if word in DEADLINE_WORDS and is_time(words, k):
            return not FORECASTS & set(words[:k])
    return False


def _after_the_deadline(lowers: list[str], prior: list[list[str]]) -> tuple[int, int] | None:
    for i, word in enumerate(lowers[:-2]):
        if word != "after":
            continue
        if lowers[i + 1] in AFTER_REFERENCES:
            clause = lowers[:i]
            ordered = [words for words in [*prior, clause] if _ordered_deadline(words)]
            if not ordered:
                continue
            if all(map(_asked_politely, ordered)) and not (AFTER_EDGES | AFTER_SANCTIONS) & set(
                lowers[i:]
            ):
                continue  # "Please return it by Friday. After that, the place goes to ..."
        elif not is_time(lowers, i):
            continue
        # "after that date" / "after that day": the deadline named with its noun
        ref = i + 2 if lowers[i + 1] in AFTER_REFERENCES and lowers[i + 2] in AFTER_NOUNS else i + 1
        before_modal = lowers[ref + 1 : ref + 2] != [] and lowers[ref + 1] in MODALS
        if not (i == 0 or lowers[i - 1] in CLAUSE_BREAKS or before_modal):
            continue
        penalty = _penalty_after(lowers, ref + 1, CONDITION_REACH, need_object=False)
        if penalty is None:
            penalty = next(
                (
                    k
                    for k in range(i + 3, min(i + 2 + CONDITION_REACH, len(lowers)))
                    if lowers[k] in PRESENT_LOSSES and lowers[k - 1] in PENALTY_OBJECTS
                ),
                None,
            )
        if penalty is None:
            continue
        begin = i
        if before_modal:  # the clause's subject is the thing lost
            breaks = [k for k in range(i) if lowers[k] in CLAUSE_BREAKS | SENTENCE_ENDS]
            begin = next(
                k for k in range(breaks[-1] + 1 if breaks else 0, i + 1) if lowers[k][:1].isalnum()
            )
        return begin, _clause_end_index(lowers, penalty)
    return None


#: "Kindly revert with the report number, failing which no refund can be
#: issued": formal business English's "or else". Whatever follows it is what
#: the customer suffers for not complying, so any consequence with a modal
#: ("can", "will", "shall") makes the request an ultimatum, unless it is a
#: benefit. ("Failing that, we'll send an engineer" offers a next step and is
#: not read.)
FAILING: Final = frozenset({"failing"})
WHICH: Final = frozenset({"which"})
CONSEQUENCE_MODALS: Final = MODALS | frozenset({"can", "cannot", "must", "wo", "ca"})


def _failing_which(lowers: list[str]) -> tuple[int, int] | None:
    """``(first, last)``: from the sentence's first word to the end of the
    consequence's clause, when "failing which" leads to a modal."""
    for i, word in enumerate(lowers[:-1]):
        if word != "failing" or lowers[i + 1] != "which":
            continue
        for j in range(i + 2, min(len(lowers), i + 2 + CONDITION_REACH)):
            if lowers[j] in (".", ";", "?", "!"):
                break
            if lowers[j] in CONSEQUENCE_MODALS:
                if _benefit_in(lowers[i + 2 : j + 6]):
                    return None
                first = next((k for k, w in enumerate(lowers) if w[:1].isalnum()), i)
                return first, _clause_end_index(lowers, j)
    return None


#: A consequence told as a possibility ("we may apply to the county court"),
#: with no firm word ("will", "without further notice"), and followed by the
#: help on offer ("We would like to avoid this. If money is tight, you may be
#: eligible for ..."), is the fair warning regulated letters must give, not a
#: threat.
HEDGES: Final = frozenset({"may", "might", "could", "would"})
FIRM: Final = frozenset({"will", "'ll", "shall", "wo", "must", "without", "immediately", "final"})
#: The firm words past a plain "will" ("must", "without further notice",
#: "final"): with one of them, our regret and help after a step do not make it
#: a fair warning.
FIRM_PAST_WILL: Final = FIRM - {"will", "'ll"}
HELP_OFFERS: Final[tuple[tuple[str, ...], ...]] = (
    ("avoid", "this"), ("avoid", "that"), ("struggling",), ("difficulty",), ("difficulties",),
    ("hardship",), ("payment", "plan"), ("payment", "plans"), ("payment", "arrangement"),
    ("repayment", "plan"), ("spread", "the"), ("your", "options"), ("eligible",),
    ("debt", "advice"), ("money", "is", "tight"), ("help", "you"), ("support", "you"),
    # the regret said outright: "which we'd much rather avoid", "the very last thing we want"
    ("rather", "avoid"), ("last", "thing", "we"),
    # a reminder promised before the date ("I will send a reminder a week before"),
    # unlike the last one announced ("This is the last reminder we will send")
    ("send", "a", "reminder"), ("send", "you", "a", "reminder"), ("remind", "you"),
    # more time offered after the step we'd have to take ("after that I'd have to
    # release it ... If you need a few more days, just tell me")
    ("more", "time"), ("more", "days"), ("need", "longer"), ("extension",),
    # the obstacle asked about: "please get in touch if anything is stopping you paying"
    ("stopping", "you"),
)  # fmt: skip
HELP_FIRSTS: Final = frozenset(phrase[0] for phrase in HELP_OFFERS)
#: How many tokens after the warning the help may come (about a paragraph).
HELP_REACH: Final = 80


#: "If we can't agree a plan by the 31st, we'll have to start the legal process":
#: a step we are driven to, said with regret, is a warning like "may", not a
#: firm threat ("will apply to the court" stays firm).
RELUCTANT: Final[tuple[tuple[str, ...], ...]] = (
    ("'ll", "have", "to"), ("will", "have", "to"), ("'d", "have", "to"), ("would", "have", "to"),
    # "after that date we'd need to restrict it, which we'd much rather avoid"
    ("'ll", "need", "to"), ("will", "need", "to"), ("'d", "need", "to"), ("would", "need", "to"),
)  # fmt: skip
RELUCTANT_FIRSTS: Final = frozenset(phrase[0] for phrase in RELUCTANT)


def _hedged(words: list[str]) -> bool:
    firm = FIRM & set(words)
    if holds_phrase(words, RELUCTANT, RELUCTANT_FIRSTS):
        return not firm - {"will", "'ll"}
    return bool(HEDGES & set(words)) and not firm


#: Our regret at the step, said outright after it: "We don't want that to
#: happen", "we'd much rather avoid that". With help on offer as well it turns
#: a firm step ("will") into a fair warning; either alone does not.
REGRETS: Final[tuple[tuple[str, ...], ...]] = (
    ("do", "n't", "want", "that"), ("do", "not", "want", "that"), ("rather", "avoid"),
    ("want", "to", "avoid"), ("like", "to", "avoid"), ("last", "thing", "we"),
)  # fmt: skip
REGRET_FIRSTS: Final = frozenset(phrase[0] for phrase in REGRETS)
#: Help that answers the regret: a way to pay that eases the step.
EASED: Final[tuple[tuple[str, ...], ...]] = (
    ("struggling",), ("difficulty",), ("difficulties",), ("difficult",), ("hardship",),
    ("payment", "plan"), ("payment", "plans"), ("payment", "arrangement"),
    ("repayment", "plan"), ("spread", "the"), ("split", "it"), ("split", "the"),
    ("instalments",), ("installments",), ("debt", "advice"), ("money", "is", "tight"),
)  # fmt: skip
EASED_FIRSTS: Final = frozenset(phrase[0] for phrase in EASED)


def _help_follows(
    rule: Rule,
    ctx: CheckContext,
    end: int,
    regrets: tuple[tuple[str, ...], ...] = (),
    regret_firsts: frozenset[str] = frozenset(),
) -> bool:
    """Whether the agent's own words just after token ``end`` offer help, and,
    given ``regrets``, also say one of them and offer help to pay
    (``EASED``)."""
    region = ctx.region_of(rule.scope)
    limit = region.end if region is not None else len(ctx.message.own)
    quoted = quoted_tokens(ctx.doc)
    after = [
        t.lower_
        for t in ctx.doc[end : end + HELP_REACH]
        if t.idx < limit and t.i not in quoted and not t.is_space
    ]
    if regrets:
        return holds_phrase(after, regrets, regret_firsts) and holds_phrase(
            after, EASED, EASED_FIRSTS
        )
    return holds_phrase(after, HELP_OFFERS, HELP_FIRSTS)


#: A way back in the same sentence ("..., but you can reopen it any time",
#: "we'll assume you're happy") makes a deadline a courtesy, not a threat.
DOOR_OPEN: Final[tuple[tuple[str, ...], ...]] = (
    ("but", "you", "can"), ("can", "reopen"), ("any", "time"), ("anytime",), ("no", "problem"),
    ("just", "reply"),
    # more time offered in the same breath: "..., so do call us if you need help or more time"
    ("more", "time"),
)  # fmt: skip


#: The first word of each door-opening phrase: only there can one start.
DOOR_FIRSTS: Final = frozenset(phrase[0] for phrase in DOOR_OPEN)
#: "we'll assume you're happy" keeps the door open; "we'll assume you no longer
#: wish to proceed and the claim will be closed" shuts it: a withdrawal word
#: within ``ASSUMED_REACH`` words of "assume you" makes the assumption the threat.
ASSUMED: Final = ("assume", "you")
ASSUMED_WITHDRAWALS: Final = frozenset({"no", "not", "n't", "longer", "nt"})
ASSUMED_REACH: Final = 3


def _door_open(lowers: list[str]) -> bool:
    """Whether the sentence's words ``lowers`` leave a way back: a phrase of
    ``DOOR_OPEN``, or "assume you" with no withdrawal after it ("we'll assume
    you're happy", not "we'll assume you no longer want it")."""
    if holds_phrase(lowers, DOOR_OPEN, DOOR_FIRSTS):
        return True
    return any(
        word == ASSUMED[0]
        and tuple(lowers[k : k + 2]) == ASSUMED
        and ASSUMED_WITHDRAWALS.isdisjoint(lowers[k + 2 : k + 2 + ASSUMED_REACH])
        for k, word in enumerate(lowers)
    )


YOU: Final = frozenset({"you"})
HAVE: Final = frozenset({"have", "'ve"})
#: "You have 24 hours to pay": the time the customer is given...
GIVEN_TIME: Final = frozenset({"hours", "hour", "minutes", "days", "until", "till"})
#: ...is a countdown when it is counted in hours, or when it is money demanded.
URGENT_UNITS: Final = frozenset({"hours", "hour", "minutes"})
MONEY_DEMANDS: Final = frozenset({"pay", "settle", "clear"})
#: A time given with one of these is room, not pressure ("you still have until
#: Friday", "plenty of time", "no rush").
ROOM: Final = frozenset({"still", "plenty", "rush", "free", "if", "up", "whole", "full"})
GIVEN_REACH: Final = 6


def _time_given(lowers: list[str]) -> tuple[int, int] | None:
    """ "You have 24 hours to pay", "You've got until Friday to settle the
    balance": a countdown put on the customer, in hours, or for money owed. Not
    with room to spare ("you still have until Friday", "no rush") or a benefit
    ("to claim your refund")."""
    if ROOM & set(lowers) or _benefit_in(lowers):
        return None
    for k, word in enumerate(lowers):
        if word != "you":
            continue
        at = k + 1
        if lowers[at : at + 1] in (["have"], ["'ve"]):
            at += 1
        else:
            continue
        if lowers[at : at + 1] == ["got"]:
            at += 1
        if lowers[at : at + 1] in (["only"], ["just"]):
            at += 1
        window = lowers[at : at + GIVEN_REACH]
        to = next((j for j, w in enumerate(window) if w == "to"), None)
        if to is None or not window or to + 1 >= len(window):
            continue
        given, verb = window[:to], window[to + 1]
        counted = bool(URGENT_UNITS & set(given)) and given[0][:1].isalnum()
        dated = given[:1] in (["until"], ["till"]) and verb in MONEY_DEMANDS
        if (
            counted
            or (dated and len(given) > 1)
            or (given[1:2] in (["days"], ["day"]) and verb in MONEY_DEMANDS)
        ):
            return k, _clause_end_index(lowers, at + to + 1)
    return None


def _penalty_then_condition(lowers: list[str]) -> tuple[int, int] | None:
    """ "Your account will be suspended if we do not hear from you": the penalty
    first (a modal, a penalty word and what it falls on), then an "if" of
    non-compliance or an "unless"."""
    for k, word in enumerate(lowers):
        if word not in ("if", "unless") or k < PENALTY_FIRST_MIN:
            continue
        head, tail = lowers[max(k - PENALTY_WINDOW, 0) : k], lowers[k + 1 : k + 1 + CONDITION_REACH]
        modal = next((j for j, w in enumerate(head) if w in MODALS), None)
        if modal is None or not (PENALTY_OBJECTS | CHARGED_SUMS) & set(head):
            return None
        # "You will have to pay for redelivery if it happens again": the customer
        # paying is a penalty only when their conduct repeated is the condition
        paid = (
            word == "if"
            and head[modal - 1 : modal] == ["you"]
            and bool(PAYING & set(head[modal + 1 :]))
        )
        if not (PENALTIES & set(head[modal + 1 :]) or paid) or {",", ";", "("} & set(head):
            return None
        if _benefit_in(lowers):
            return None
        if word == "if" and (paid or not NON_COMPLIANCE & set(tail)):
            # "we will charge a £60 call-out if it happens again": the customer's
            # conduct repeated is the condition, unless the penalty is denied
            clause = tail[: next((j for j, w in enumerate(tail) if w in CLAUSE_STOPS), len(tail))]
            if not _repeated(clause) or NEGATIONS & set(head[modal:]):
                return None
            # spanned from the penalty's subject ("we will charge"), not from an
            # earlier clause of the sentence
            return max(k - len(head) + modal - 1, 0), _clause_end_index(lowers, k)
        first = next((j for j, w in enumerate(lowers) if w[:1].isalnum()), 0)
        return first, _clause_end_index(lowers, k)
    return None


def _deadline_then_loss(lowers: list[str]) -> tuple[int, int] | None:
    """ "Approve the quote by Friday or we will release the slot", "You have until
    Monday to confirm, after which it goes back on sale": a deadline on the
    customer, then a link to what they lose. The customer is the actor: the
    sentence opens with the order, or "you" comes before the deadline. Spans
    the sentence from its first word to the end of the loss's clause."""
    deadline = next(
        (k for k, word in enumerate(lowers[:-1]) if word in DEADLINE_WORDS and is_time(lowers, k)),
        None,
    )
    if deadline is None or _benefit_in(lowers):
        return None
    first = next((j for j, w in enumerate(lowers) if w[:1].isalnum()), 0)
    if "you" not in lowers[first:deadline] and (
        lowers[first] in NOT_CUSTOMER_OPENERS or SUBJECT_VERBS & set(lowers[first + 1 : first + 3])
    ):
        return None  # "Claims must be made within 30 days": the subject is not the customer
    for k in range(deadline + 1, len(lowers)):
        link = next((lk for lk in LOSS_LINKS if tuple(lowers[k : k + len(lk)]) == lk), None)
        if link is None:
            continue
        rest = lowers[k + len(link) : k + len(link) + LOSS_REACH]
        stop = next((j for j, w in enumerate(rest) if w in (".", ";", "?", "!")), len(rest))
        loss = next((j for j, w in enumerate(rest[:stop]) if _is_loss(rest, j)), None)
        if loss is None or NEGATIONS & set(rest[:loss]) or _told_then_remedied([",", *rest]):
            return None  # "..., after that, reply to this email and I'll send a release"
        return first, _clause_end_index(lowers, k + len(link) + loss)
    return None


def is_time(lowers: list[str], k: int) -> bool:
    """Whether the words after ``lowers[k]`` ("by", "until") name a time."""
    after = lowers[k + 1]
    if after in DEADLINE_TIMES or after[:1].isdigit():
        return True
    if after in ("the", "this", "next") and k + 2 < len(lowers):
        return lowers[k + 2] in DEADLINE_AFTER_DETERMINER or lowers[k + 2][:1].isdigit()
    return False


def _is_loss(rest: list[str], j: int) -> bool:
    word = rest[j]
    if word == "sale":
        return "back" in rest[max(j - BACK_ON_SALE, 0) : j]
    return word in LOSSES or word in PENALTIES


#: Words a penalty clause needs before its trailing "if" ("X will be closed"),
#: and how far back from the "if" it may start.
PENALTY_FIRST_MIN: Final = 3
#: "we will charge £60 if it happens again": a sum charged is what the penalty
#: falls on, as "a fee" is.
CHARGED_SUMS: Final = frozenset({"£", "$", "€"})
#: Where the condition after a late "if" ends.
CLAUSE_STOPS: Final = frozenset({",", ";", ".", "!", "?", "and", "but", "so"})
PENALTY_WINDOW: Final = 10


#: "If this time is not suitable, please call us", "If Tuesday doesn't suit":
#: a date or offer that does not suit the customer is a choice we offer, not
#: a failure to comply, so the negation before these words is no sign of one.
#: So is a polite "if you don't mind" or a need that has gone ("If you don't
#: need the engineer any more, we'll cancel the visit"): the customer's wish.
SUITS: Final = frozenset({"suit", "suits", "suitable", "convenient", "mind", "need", "needed"})
SUIT_REACH: Final = 2
#: "If you decide not to go ahead, the hold will simply expire", "If you'd
#: rather not book, ...": an offer of ours declined by the customer's choice
#: (a choice word just before the negation, taking up an offer just after it)
#: is no failure to comply. "If you choose not to pay ..." keeps the flag.
CHOSEN: Final = frozenset({"decide", "decided", "decides", "rather", "choose", "chose", "prefer"})
OFFER_TAKEN: Final = frozenset(
    {"ahead", "proceed", "book", "accept", "take", "upgrade", "buy", "order", "use", "keep"}
)
OFFER_REACH: Final = 3


#: "If this happens again, we'll terminate the account": a repeat of the
#: customer's conduct met with the loss of the account itself. Only these
#: sanctions count, on these objects, so a repeat fault met with a repair
#: ("If it breaks again we'll remove it and fit a new one") or a refund of a
#: repeat charge ("If you are charged again, we'll cancel the payment") is not
#: a threat.
REPEAT_SANCTIONS: Final = frozenset(
    {"terminate", "terminated", "suspend", "suspended", "close", "closed", "ban", "banned",
     "disable", "disabled", "deactivate", "deactivated", "revoke", "revoked", "block",
     "blocked", "lock", "locked", "barred", "blacklisted", "downgrade", "downgraded",
     "deregistered"}
)  # fmt: skip
REPEAT_OBJECTS: Final = frozenset(
    {"account", "accounts", "access", "membership", "you", "key", "keys"}
)
#: "If it happens again, let us know and we'll close ...": a report asked for.
REPORT_ASKED: Final = frozenset({"let", "tell", "contact", "call", "email", "message"})


def _repeat_offence(condition: list[str], lowers: list[str], penalty: int) -> bool:
    """Whether an "if ... again" condition meets an account sanction ("we'll
    close the account", "your account will be suspended")."""
    around = (
        lowers[max(penalty - OBJECT_AFTER, 0) : penalty]
        + lowers[penalty + 1 : penalty + 1 + OBJECT_AFTER]
    )
    return (
        # "If we see it again", "Should another one occur": the conduct repeated
        bool({"again", "another"} & set(condition))
        and not REPORT_ASKED & set(condition)
        and (
            (lowers[penalty] in REPEAT_SANCTIONS and bool(REPEAT_OBJECTS & set(around)))
            or _standing_cancelled(lowers, penalty)
        )
    )


#: "If it happens again, his membership will be cancelled", "Should this happen
#: again, we'll cancel your booking": the customer's own standing with us
#: (``STANDING``, after one of ``OWNERS``) cancelled or withdrawn for a repeat.
#: Cancelling a thing of ours for a repeat fault ("If the heater trips again,
#: we'll cancel the booking and refund you") is a remedy: "the", not "your",
#: and a refund or a free replacement after it (``STANDING_REMEDIES``) spares it.
STANDING_CANCELS: Final = frozenset(
    {"cancel", "cancelled", "canceled", "cancelling", "canceling", "withdraw", "withdrawn"}
)
#: The customer's or one of theirs: "your", "his", "her", "their".
OWNERS: Final = frozenset({"your", "his", "her", "their"})
STANDING: Final = frozenset(
    {"booking", "bookings", "membership", "place", "places", "contract", "agreement", "lessons",
     "sessions", "classes", "course", "enrolment", "enrollment", "registration", "tenancy",
     "lease", "pass", "season", "subscription", "plan", "slot", "slots", "reservation", "pitch",
     "plot", "licence", "license", "permit", "arrangement", "appointments", "visits", "tickets",
     "entry", "spot", "berth", "mooring", "lesson", "session"}
)  # fmt: skip
STANDING_REMEDIES: Final = frozenset({"refund", "refunded", "refunding", "free", "replacement"})
#: words between the penalty and the customer's standing ("her place in the
#: class will be withdrawn", "cancel your weekly lessons")
STANDING_REACH: Final = 7


def _standing_cancelled(lowers: list[str], penalty: int) -> bool:
    """Whether the penalty word at ``penalty`` cancels or withdraws the
    customer's own standing: an owner word ("your", "his") with a standing
    noun within three words after it within ``STANDING_REACH`` words either
    side, and no refund or free replacement after it. The customer's own
    cancelling ("you can cancel your booking") is no sanction."""
    if lowers[penalty] not in STANDING_CANCELS:
        return False
    if STANDING_REMEDIES & set(lowers[penalty + 1 :]):
        return False
    if {"you", "you're", "you'll"} & set(lowers[max(penalty - 3, 0) : penalty]):
        return False  # "If your plans change again, you can cancel your booking online"
    if {"rather", "instead", "not", "n't"} & set(lowers[max(penalty - 2, 0) : penalty]):
        return False  # "we'll move your booking rather than cancel it"
    low = max(penalty - STANDING_REACH, 0)
    for k in range(low, min(penalty + STANDING_REACH, len(lowers))):
        if lowers[k] in OWNERS and STANDING & set(lowers[k + 1 : k + 4]):
            return True
    return False


#: "If it hasn't arrived by 10 March, please ring us and we will cancel it and
#: send a replacement": after the condition's comma the customer is asked to
#: tell us, and what follows is what we do about it, a remedy. ("If you don't
#: reply by Friday, we'll close the ticket" has no such ask after its comma.)
TELL_US: Final = frozenset(
    {"let", "tell", "contact", "call", "ring", "phone", "email", "message", "reply"}
)
ASK_LEADS: Final = frozenset({"please", "just", "simply", "do"})


def _told_then_remedied(condition: list[str]) -> bool:
    """Whether the clause after the condition's first comma opens by asking
    the customer to tell us (a remedy follows, not a penalty)."""
    if "," not in condition:
        return False
    after = [w for w in condition[condition.index(",") + 1 :] if w not in ASK_LEADS | {","}]
    return bool(after) and after[0] in TELL_US


def _offer_declined(words: list[str], k: int) -> bool:
    """Whether the negation at ``k`` declines an offer by choice ("decide not
    to go ahead", "'d rather not book"): ``CHOSEN`` just before it and
    ``OFFER_TAKEN`` just after."""
    return (
        k > 0
        and words[k - 1] in CHOSEN
        and bool(OFFER_TAKEN & set(words[k + 1 : k + 1 + OFFER_REACH]))
    )


def _unsuited_dropped(condition: list[str]) -> set[str]:
    """The condition's words without the negations that only say an offer
    does not suit ("is not suitable", "doesn't suit you", "doesn't work for
    you")."""
    kept = set()
    for k, word in enumerate(condition):
        if word in NEGATIONS or word == "nt":
            after = condition[k + 1 : k + 1 + SUIT_REACH]
            if SUITS & set(after) or after[:2] == ["work", "for"]:
                continue
            if _offer_declined(condition, k):
                continue
        kept.add(word)
    return kept


#: "We therefore do not consider this a reasonable excuse, and the penalty
#: will stand": a "not" after our own auxiliary negates our decision; the
#: "not" opener is for the customer's thing not done ("Returns not packed
#: properly will be refused").
OWN_SUBJECTS: Final = frozenset({"we", "i"})
OWN_AUXILIARIES: Final = frozenset(
    {"do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might"}
)


def _our_own_negation(lowers: list[str], i: int) -> bool:
    first = next((k for k, w in enumerate(lowers) if w[:1].isalnum()), 0)
    return i > 0 and lowers[first] in OWN_SUBJECTS and lowers[i - 1] in OWN_AUXILIARIES


def _threat_at(lowers: list[str], i: int) -> tuple[int, int] | None:
    """``(first, last)`` word indexes of a threat opening at ``i``, if one does."""
    for opener in CONDITION_THREATS:
        if tuple(lowers[i : i + len(opener)]) != opener:
            continue
        if opener[-1] == "further" and lowers[i - 1 : i] in (["no"], ["nothing"]):
            continue  # "nothing further will be charged": the sanction promised away
        at = i + len(opener)
        penalty = _penalty_after(lowers, at, CONDITION_REACH, need_object=False)
        if penalty is None and opener[0] == "unless":
            penalty = _withheld_in_main_clause(lowers, at)
        denied = False
        if penalty is None and opener[0] in DENIAL_CONDITIONS:
            penalty = _denied_in_main_clause(lowers, at)
            if penalty is None:
                penalty = _refused_again(lowers, at)
            denied = penalty is not None
        if penalty is None and opener[0] == "who":
            penalty = _standing_sanction(lowers, at)
        if penalty is None:
            return None
        condition = lowers[at:penalty]
        signs = NON_COMPLIANCE - NEGATIONS if opener[0] == "who" else NON_COMPLIANCE
        refused = opener[0] == "who" and (
            _refuses_to_comply(condition) or _severe_sanction(lowers, penalty)
        )
        complied = not signs & _unsuited_dropped(condition) and not _repeat_offence(
            condition, lowers, penalty
        )
        if denied and _repeated(condition):
            complied = False  # "If he's seen loose once more, you'll be asked to leave"
        if opener[0] in NEEDS_NON_COMPLIANCE and complied and not refused:
            return None
        if opener[0] == "if" and _told_then_remedied(condition):
            return None
        if opener[0] == "not" and (
            i > NOT_OPENER_WITHIN
            or "you" in condition
            or _our_own_negation(lowers, i)
            or _offer_declined(lowers, i)
        ):
            return None
        if opener[0] == "after" and (i > 1 or not is_time(lowers, i) or "," not in condition):
            return None  # only a sentence-opening "After Friday, we will cancel ..."
        return i, _clause_end_index(lowers, penalty)
    for opener in ALTERNATIVE_THREATS:
        if tuple(lowers[i : i + len(opener)]) != opener:
            continue
        if opener == ("or",) and _joins_condition(lowers, i):
            return None  # "If you send a bill or tenancy agreement, I'll cancel it": one condition
        at = i + len(opener)
        penalty = _penalty_after(lowers, at, ALTERNATIVE_REACH, need_object=True)
        if penalty is None:
            penalty = _withheld_after(lowers, at) if i > 0 else None
        if (
            penalty is None
            and i > 0
            and (
                opener != ("or",)
                or WALK_REQUIRED & set(lowers[:i])
                or _ordered_deadline(lowers[:i])
            )
        ):
            penalty = _walked_away(lowers, at)
        if penalty is None and i > 0 and _ordered_before(lowers, i):
            penalty = _refused_after(lowers, at)
        if penalty is None:
            return None
        first = next((k for k, w in enumerate(lowers) if w[:1].isalnum()), i)
        return first, _clause_end_index(lowers, penalty)
    return None


#: What opens a condition whose parts an "or" may join.
CONDITIONS_JOINED: Final = frozenset({"if", "when", "once"})
CONDITION_BREAKS: Final = frozenset({",", ";", ".", "?", "!", ":", "-", "—"})


def _joins_condition(lowers: list[str], i: int) -> bool:
    """Whether the "or" at ``i`` joins two parts of a condition opened earlier
    in its clause ("If you send a utility bill or tenancy agreement, ..."):
    what follows is the condition's outcome, weighed by the condition's own
    opener, not an alternative hung on an order."""
    for k in range(i - 1, -1, -1):
        if lowers[k] in CONDITION_BREAKS:
            return False
        if lowers[k] in CONDITIONS_JOINED:
            return True
    return False


#: What we withhold: "or the claim will not go ahead", "otherwise we can't
#: process the refund". A negated modal, then one of these.
WITHHELD: Final = frozenset(
    {"go", "proceed", "process", "processed", "consider", "considered", "accept", "accepted",
     "pay", "paid", "honour", "honor", "honoured", "honored", "progress", "help", "assist",
     "approve", "approved", "issue", "issued", "release", "released", "refund", "refunded"}
)  # fmt: skip
WITHHOLD_MODALS: Final = frozenset({"will", "wo", "can", "ca", "'ll", "shall"})
#: A withheld service hangs on "or"/"otherwise" and a negation: the sentences
#: looked at for it.
WITHHOLD_LINKS: Final = frozenset({"or", "otherwise"})
WITHHOLD_NEGATIONS: Final = frozenset({"not", "n't", "cannot"})


def _withheld_in_main_clause(lowers: list[str], at: int) -> int | None:
    """ "Unless we receive the documents, your claim cannot proceed": the service
    withheld in the clause after the condition's comma."""
    comma = next(
        (k for k in range(at, min(len(lowers), at + CONDITION_REACH)) if lowers[k] == ","), None
    )
    condition = set(lowers[at:comma]) if comma is not None else set()
    if comma is None or {".", ";", "?", "!"} & condition or not CUSTOMER_SIDE & condition:
        return None  # "Unless the courier finds it, ...": not a condition on the customer
    return _withheld_after(lowers, comma + 1)


#: "If the arrears aren't cleared by the end of the month, your son won't be
#: selected", "If the fee is unpaid, Jamal will not be issued a loaner",
#: "If he is seen loose again, you'll be asked to leave", "..., he will be kept
#: out of lessons": after a condition on the customer, the main clause says
#: what the customer (or theirs) is denied or shut out of, as a passive with
#: them as its subject, whatever the verb. The condition's own check (a sign
#: of non-compliance) still applies.
DENIAL_CONDITIONS: Final = frozenset({"if", "should"})
#: Who is denied: the customer, one of theirs, or a name opening the clause.
DENIED_PERSONS: Final = frozenset({"you", "he", "she", "they"})
NOT_DENIED_SUBJECTS: Final = frozenset(
    {"we", "i", "it", "this", "that", "there", "these", "those", "the", "a", "an", "our", "my",
     "nothing", "no", "someone", "something", "everything", "please", "just", "then", "so"}
)  # fmt: skip
#: A subject: the person, or an owner and at most this many words ("your son").
OWNED_WORDS: Final = 2
DENIAL_MODALS: Final = frozenset({"will", "wo", "shall", "'ll"})
#: What is denied: something we grant, withheld ("won't be selected", "will
#: not be issued", "won't be admitted"). Other negated passives are often a
#: favour ("you won't be charged", "your details won't be shared") or a
#: consequence ("you won't be able to log in").
GRANTED: Final = frozenset(
    {"selected", "picked", "chosen", "issued", "given", "offered", "admitted", "readmitted",
     "allowed", "permitted", "accepted", "seen", "served", "considered", "processed",
     "refunded", "reimbursed", "released", "reinstated", "registered", "enrolled", "approved",
     "granted", "booked", "rebooked", "included", "entered", "let", "reconnected", "renewed"}
)  # fmt: skip
#: Shut out without a negation: "be asked to leave", "be kept out", "be sent home".
SHUT_OUT: Final[tuple[tuple[str, ...], ...]] = (
    ("asked", "to", "leave"), ("asked", "to", "pack"), ("asked", "to", "go"),
    ("kept", "out"), ("kept", "off"), ("kept", "away"), ("sent", "home"), ("sent", "away"),
)  # fmt: skip


def _repeated(condition: list[str]) -> bool:
    """Whether the condition is the customer's conduct repeated ("again",
    "once more", "one more time")."""
    return "again" in condition or any(
        condition[k : k + 2] in (["once", "more"], ["one", "more"])
        for k in range(len(condition) - 1)
    )


def _denied_in_main_clause(lowers: list[str], at: int) -> int | None:
    """Index of what is denied in the clause after the condition's comma:
    "..., your son won't be selected" (a negated passive) or "..., you'll be
    asked to leave" (shut out), with the customer or theirs as the subject."""
    comma = next(
        (k for k in range(at, min(len(lowers), at + CONDITION_REACH)) if lowers[k] == ","), None
    )
    if comma is None:
        return _denied_without_comma(lowers, at)
    if {".", ";", "?", "!"} & set(lowers[at:comma]):
        return None
    k = comma + 1
    first = lowers[k] if k < len(lowers) else ""
    if first in OWNERS:
        modal = next(
            (
                m
                for m in range(k + 1, min(len(lowers), k + 2 + OWNED_WORDS))
                if lowers[m] in DENIAL_MODALS
            ),
            None,
        )
    elif first in DENIED_PERSONS or (first.isalpha() and first not in NOT_DENIED_SUBJECTS):
        modal = k + 1 if lowers[k + 1 : k + 2] and lowers[k + 1] in DENIAL_MODALS else None
    else:
        modal = None
    if modal is None:
        return None
    rest = lowers[modal + 1 : modal + 6]
    if rest[:2] in (["not", "be"], ["n't", "be"]):
        verb = rest[2] if len(rest) > 2 else ""
        if verb in GRANTED:
            return modal + 3
        return None
    if rest[:1] == ["be"]:
        for phrase in SHUT_OUT:
            if tuple(rest[1 : 1 + len(phrase)]) == phrase:
                return modal + len(phrase) + 1
    return None


#: "If you cancel on the day again, we won't be booking Biscuit in any more",
#: "If you miss another visit, we will not rebook you": our service refused
#: from now on, hung on the customer's conduct repeated. Only with "we"/"I"
#: opening the main clause, a negated modal, and one of these verbs; only
#: when the condition names the customer and is a repeat ("again", "once
#: more", "another"), so "If the part doesn't come, we won't book you in yet"
#: is news, not a threat.
REFUSED_SERVICES: Final = frozenset(
    {"book", "booking", "rebook", "rebooking", "accept", "accepting", "serve", "serving"}
)
WE_REFUSE: Final = frozenset({"we", "i"})
AGAIN_WORDS: Final = frozenset({"again", "another"})


def _refused_again(lowers: list[str], at: int) -> int | None:
    """Index of the refused service in "..., we won't be booking him in any
    more" after a repeated condition on the customer, if there is one."""
    comma = next(
        (k for k in range(at, min(len(lowers), at + CONDITION_REACH)) if lowers[k] == ","), None
    )
    if comma is None or comma + 2 >= len(lowers):
        return None
    condition = lowers[at:comma]
    if {".", ";", "?", "!"} & set(condition) or "you" not in condition:
        return None
    if not (AGAIN_WORDS & set(condition) or _repeated(condition)):
        return None
    if lowers[comma + 1] not in WE_REFUSE or lowers[comma + 2] not in DENIAL_MODALS:
        return None
    k = comma + 3
    if lowers[k : k + 1] not in (["not"], ["n't"]):
        return None
    k += 1
    if lowers[k : k + 1] == ["be"]:
        k += 1
    return k if k < len(lowers) and lowers[k] in REFUSED_SERVICES else None


#: Words that cannot open the subject of a main clause with no comma before it.
UNCOMMA_BEFORE_SUBJECT: Final = NOT_DENIED_SUBJECTS | frozenset(
    {"of", "for", "to", "in", "on", "by"}
)


def _denied_without_comma(lowers: list[str], at: int) -> int | None:
    """ "If we don't receive payment this week Alfie won't be selected": the
    same denial with no comma before the main clause. Only the negated passive
    of a granted thing is read, with the customer, one of theirs or a name
    right before the modal."""
    for m in range(at + 2, min(len(lowers) - 3, at + CONDITION_REACH)):
        word = lowers[m]
        if word in (".", ";", "?", "!", ","):
            return None
        if word not in DENIAL_MODALS or lowers[m + 1 : m + 3] not in (["not", "be"], ["n't", "be"]):
            continue
        if lowers[m + 3] not in GRANTED:
            return None
        subject, before = lowers[m - 1], lowers[m - 2]
        owned = OWNERS & set(lowers[m - 1 - OWNED_WORDS : m - 1])
        if subject in DENIED_PERSONS or owned:
            return m + 3
        named = subject.isalpha() and subject not in NOT_DENIED_SUBJECTS
        return m + 3 if named and before not in UNCOMMA_BEFORE_SUBJECT else None
    return None


#: A condition is the customer's to meet when it names them or what we await
#: from them ("Unless we receive the documents").
CUSTOMER_SIDE: Final = frozenset(
    {"you", "your", "receive", "hear", "get", "have",
     # "Unless the balance is cleared, ...": what the customer owes us, settled
     "paid", "cleared", "settled", "balance", "arrears"}
)  # fmt: skip


def _withheld_after(lowers: list[str], at: int) -> int | None:
    """Index of the withheld service in "or the claim will not go ahead" (a
    negated modal and a verb of service, within the alternative's reach)."""
    window = lowers[at : at + ALTERNATIVE_REACH]
    for j, word in enumerate(window):
        if word in (".", ";", "?", "!", ","):
            return None
        negated = word == "cannot" or (
            word in WITHHOLD_MODALS and window[j + 1 : j + 2] in (["not"], ["n't"])
        )
        if not negated:
            continue
        rest = window[j + (1 if word == "cannot" else 2) :]
        if rest[:1] == ["be"]:
            rest = rest[1:]
        if rest[:2] == ["able", "to"]:
            rest = rest[2:]  # "we will not be able to issue the refund"
        if rest[:1] and rest[0] in WITHHELD:
            return at + j + (len(window[j:]) - len(rest))
    return None


#: "..., otherwise he won't be able to carry out the repair", "or we can't find
#: it": after an order, one of ours refusing to act, whatever the act. Who
#: refuses is us or our people; the customer ("or you won't be able to log in")
#: is told a consequence, not threatened with one.
REFUSERS: Final = frozenset({"we", "i", "he", "she", "they"})
REFUSER_DETERMINERS: Final = frozenset({"the", "our"})
#: What follows the negated modal that makes it reassurance, not a refusal
#: ("or we won't charge you", "otherwise we won't need to call"), or a reason
#: given, not a refusal: what we could not then know or tell ("Don't change
#: the cleats yourself, or we won't know what changed", "or we can't tell
#: which part failed").
NOT_REFUSALS: Final = frozenset(
    {"charge", "charged", "bill", "billed", "need", "mind", "worry", "bother", "disturb",
     "penalise", "penalize", "fee", "cost",
     "know", "tell", "understand", "remember", "recognise", "recognize"}
)  # fmt: skip
REFUSAL_MODALS: Final = frozenset({"will", "wo", "can", "ca", "would", "could", "shall"})
#: Sentence openers that are an order to the customer.
ORDER_OPENERS: Final = frozenset({"you", "please", "kindly", "just", "make", "be"})


def _ordered_before(lowers: list[str], i: int) -> bool:
    """Whether the words before ``lowers[i]`` open with an order to the
    customer ("Please make sure ...", "Send us ...", "You have to ..."), not
    with us, a condition or another subject ("We can come Monday, or ...")."""
    first = next((j for j, w in enumerate(lowers[:i]) if w[:1].isalnum()), None)
    if first is None:
        return False
    opener = lowers[first]
    if opener in ORDER_OPENERS:
        return True
    return (
        opener.isalpha()
        and opener not in NOT_CUSTOMER_OPENERS
        and opener not in REFUSERS
        and not SUBJECT_VERBS & set(lowers[first + 1 : first + 3])
    )


def _refused_after(lowers: list[str], at: int) -> int | None:
    """Index of the refused act in "or we won't be able to process it",
    "otherwise the engineer can't carry out the repair": right after the
    alternative, one of ours, a negated modal and a verb."""
    k = at + 1 if lowers[at : at + 1] == [","] else at
    if lowers[k : k + 1] and lowers[k] in REFUSER_DETERMINERS:
        k += 1  # "otherwise the engineer", "or our team": one noun after it
        if not lowers[k : k + 1] or not lowers[k].isalpha():
            return None
    elif not lowers[k : k + 1] or lowers[k] not in REFUSERS:
        return None
    j = k + 1
    if lowers[j : j + 1] == ["cannot"]:
        j += 1
    elif (
        lowers[j : j + 1]
        and lowers[j] in REFUSAL_MODALS
        and lowers[j + 1 : j + 2]
        in (
            ["not"],
            ["n't"],
        )
    ):
        j += 2
    else:
        return None
    if lowers[j : j + 3] == ["be", "able", "to"]:
        j += 3
    verb = lowers[j] if j < len(lowers) else ""
    clause = lowers[j : _clause_end_index(lowers, j) + 1]
    if not verb.isalpha() or NOT_REFUSALS & set(clause) or _benefit_in(clause):
        return None
    return j


#: Verbs whose negation in a "who" clause is non-compliance ("Tenants who
#: don't pay on time"), unlike "Customers who don't have a receipt".
COMPLY_VERBS: Final = frozenset({"pay", "respond", "reply", "attend", "comply", "return", "settle"})


#: Sanctions severe enough that the "who" clause before them names conduct
#: being punished, whatever it says ("Members who charge back are suspended",
#: "Members who leave plates on the bars will lose their membership").
SEVERE_SANCTIONS: Final = frozenset(
    {"suspended", "banned", "barred", "blacklisted", "terminated", "forfeited", "forfeit",
     "lose", "prosecuted", "fined", "penalised", "penalized", "deregistered", "revoked"}
)  # fmt: skip
#: The present tense that states a sanction as standing policy: "Members who
#: charge back are suspended", "Anyone who does has their account suspended".
SANCTION_IS: Final = frozenset({"are", "is", "get", "gets"})
SANCTION_HAS: Final = frozenset({"has", "have"})


#: A loss is severe only of what the customer holds with us ("will lose their
#: membership"), not of a perk that goes with a choice ("who switch plan lose the
#: loyalty discount").
HELD_LOSSES: Final = frozenset({"lose", "forfeit"})
HELD_LOSS_REACH: Final = 3


def _severe_sanction(lowers: list[str], at: int) -> bool:
    if lowers[at] in HELD_LOSSES:
        return bool(PENALTY_OBJECTS & set(lowers[at + 1 : at + 1 + HELD_LOSS_REACH]))
    return lowers[at] in SEVERE_SANCTIONS


def _standing_sanction(lowers: list[str], at: int) -> int | None:
    """Index of a sanction told in the present after a "who" clause: "are
    suspended", "has their account suspended", "loses the tickets". Only a
    severe one counts, so "Members who book early get a free session" and
    "Customers who cancel are refunded" are not read."""
    for j in range(at, min(len(lowers), at + CONDITION_REACH)):
        word = lowers[j]
        if word in (".", ";", "?", "!"):
            return None
        if j == at:
            continue  # "Anyone who is suspended can appeal": the clause's own verb
        after = lowers[j + 1 : j + 2]
        if word in SANCTION_IS and after and after[0] in SEVERE_SANCTIONS:
            return j + 1
        if word in SANCTION_HAS and after and after[0] in OWNERS:
            for k in range(j + 2, min(len(lowers), j + 5)):
                if lowers[k] in SEVERE_SANCTIONS:
                    return k
        if word in ("loses", "forfeits"):
            return j
    return None


def _refuses_to_comply(condition: list[str]) -> bool:
    return any(
        word in NEGATIONS and condition[k + 1 : k + 2] and condition[k + 1] in COMPLY_VERBS
        for k, word in enumerate(condition)
    )


#: "we will start charging", "we'll be charging you": a charge begun.
CHARGE_STARTS: Final = frozenset({"start", "begin", "be"})


def _penalty_after(lowers: list[str], at: int, reach: int, need_object: bool) -> int | None:
    """Index of a penalty word after a modal ("will be cancelled"), within the sentence."""
    seen_object = not need_object
    seen_modal = False
    modal_at = at
    for j in range(at, min(len(lowers), at + reach)):
        word = lowers[j]
        if word in (".", ";", "?", "!"):
            return None
        if word in PENALTY_OBJECTS or word == "your":
            seen_object = True  # "or your card will be suspended": the customer's own thing
        if _wasted_trip(lowers, j):
            seen_object = True  # "otherwise there will be a £75 wasted journey charge"
        if word in COUNTED and (used := _counted_used(lowers, at, j)) is not None:
            return used  # "If nobody is in, the revisit counts as done"
        if word == "back" and lowers[j + 1 : j + 3] == ["of", "the"] and _queue_at(lowers, j + 3):
            return j + 3  # "Rosie goes to the back of the list": the customer's place lost
        if (
            word in AT_YOUR_COST
            and seen_modal
            and lowers[j - 1 : j] in (["your"], ["own"])
            and "at" in lowers[max(j - 3, at) : j]
        ):
            return j  # "will be sent back to you at your cost": the cost put on the customer
        if word in ELSEWHERE and HANDED_ON & set(lowers[max(j - HANDED_REACH, at) : j]):
            return j + 1 if lowers[j + 1 : j + 2] in (["else"], ["family"], ["person"]) else j
        if word in MODALS or (
            word in GETS and lowers[j + 1 : j + 2] and lowers[j + 1] in PENALTIES
        ):
            # "the unit gets overlocked": the present-tense passive as firm as "will be"
            seen_modal = True
            modal_at = j
            if not need_object and _penalty_subject(lowers, max(j - SUBJECT_BEFORE, at), j):
                return j  # "a warrant will be sought", "costs will be added"
            if not need_object and _further_action(lowers, max(j - SUBJECT_BEFORE, at), j):
                return j  # "further action will be taken"
        if seen_modal and word in ENFORCERS and lowers[j - 1] in ENFORCER_KINDS:
            return j  # "we will instruct a field agent to visit your home"
        if (
            word == "charging"
            and seen_modal
            and lowers[j - 1] in CHARGE_STARTS
            and not NEGATIONS & set(lowers[max(j - NEGATION_BEFORE, at) : j])
        ):
            return j  # "we will start charging storage": a new cost (not "stop charging")
        if j == at and word in IMPERATIVE_LOSSES and lowers[at - 1 : at] == ["or"]:
            return j  # "Pay the fee or lose the booking"
        if seen_modal and word in TURN_SKIPS and SKIPPED_ONES.intersection(lowers[j + 1 : j + 2]):
            return j + 1  # "Leave the gate unlocked or I'll skip you": their turn passed over
        if (
            word == "end"
            and seen_modal
            and lowers[j + 1 : j + 3]
            and ENDED & set(lowers[j + 1 : j + 3])
        ):
            return j + 2  # "we will end the chat"
        if word in RESULT_VERBS and lowers[j + 1 : j + 2] in (["in"], ["to"]) and not need_object:
            if lowers[j - 1] == "can" and not CAN_RESULT_EDGES.intersection(lowers[j:]):
                continue  # "Further reports can lead to a longer suspension": what the terms allow
            return j + 1
        if lowers[j : j + 3] in (["no", "option", "but"], ["no", "choice", "but"]):
            return j + 2
        if word in PAYER_WORDS and not need_object and _customer_pays(lowers, at, j):
            return j  # "If he can't get in, you're paying his call-out"
        if (
            word in RELEASES
            and seen_modal
            and HELD_PLACES & set(lowers[j + 1 : j + 1 + OBJECT_AFTER])
            and not NEGATIONS & set(_clause_before(lowers, max(j - NEGATION_BEFORE, at), j))
        ):
            return j  # "we will release the crematorium booking": the place held is lost
        # "your account goes straight to collections": a destination needs no modal
        sent_on = not need_object and word in DESTINATIONS and _sent_on(lowers, at, j)
        if word == "close" and lowers[j - 1] in CLOSE_AS_ADJECTIVE:
            continue  # "the final bills may end up close": nearness, not closing an account
        if word == "fine" and lowers[j - 1] in FINE_AS_WELL:
            continue  # "... and you'll be fine": all right, not a fine to pay
        if (word in PENALTIES and (seen_modal or sent_on)) or (word in SENT_ONLY and sent_on):
            if _plain_noun(lowers, j):
                continue  # "the nearest collection point", "replace the lock": a thing, no penalty
            if seen_modal and _customer_charges(lowers, modal_at, j):
                continue  # "what you would have charged": the customer's own price
            if word in LIFTED_PENALTIES and FEES & set(lowers[max(j - FEE_BEFORE, at) : j]):
                continue  # "the fee will be removed": a favour
            if NEGATIONS & set(_clause_before(lowers, max(j - NEGATION_BEFORE, at), j)):
                continue  # "we won't charge a fee", "no fee will be charged": reassurance
            if seen_modal and _free_remedy(lowers, modal_at, j):
                continue  # "if it doesn't, we'll replace the hub free of charge": a remedy
            # "or we will close your account": the object may follow the penalty
            objects = PENALTY_OBJECTS & set(lowers[j + 1 : j + 1 + OBJECT_AFTER])
            if any(_wasted_trip(lowers, k) for k in range(j + 1, j + 1 + OBJECT_AFTER)):
                objects = objects | TRIPS  # "we'll charge a missed visit fee"
            if not seen_object and not objects and word not in DESTINATIONS:
                continue
            return None if _benefit_in(lowers[j + 1 : j + 6]) else j
    return None


def _wasted_trip(lowers: list[str], j: int) -> bool:
    """Whether a trip made in vain is named at ``j``: "wasted journey", "missed
    visit", "abortive call-out"."""
    return (
        lowers[j : j + 1] != []
        and lowers[j] in WASTED
        and lowers[j + 1 : j + 2] != []
        and (lowers[j + 1] in TRIPS)
    )


def _counted_used(lowers: list[str], at: int, j: int) -> int | None:
    """Index of the last word of "count(s) as (a) used/done/missed ..." at ``j``,
    unless a negation before it lifts it ("it won't count as used")."""
    if lowers[j + 1 : j + 2] != ["as"]:
        return None
    k = j + 2
    if lowers[k : k + 1] != [] and lowers[k] in COUNTED_ARTICLES:
        k += 1
    if lowers[k : k + 1] == [] or lowers[k] not in USED_UP:
        return None
    if NEGATIONS & set(_clause_before(lowers, max(j - NEGATION_BEFORE, at), j)):
        return None
    return k


#: What a "collection" is when it is a pick-up, not a debt agency: "the
#: nearest collection point", "an after-hours key collection".
PICK_UP_AFTER: Final = frozenset(
    {"point", "points", "slot", "slots", "time", "times", "day", "days", "date", "dates",
     "window", "address", "service", "desk", "office"}
)  # fmt: skip
PICK_UP_BEFORE: Final = frozenset({"key", "keys", "parcel", "bin", "bins", "waste", "kit", "car"})
#: Before "lock", the words that make it the thing on a door ("replace the
#: lock"), not the verb of "we will lock the workspace".
LOCK_AS_NOUN: Final = frozenset({"the", "a", "your", "new", "door", "his", "her", "their", "that"})


def _plain_noun(lowers: list[str], j: int) -> bool:
    """Whether the penalty word at ``j`` is a plain noun: "collection" of a
    pick-up (``PICK_UP_AFTER``, ``PICK_UP_BEFORE``) or "lock" after a
    determiner ("the landlord will need to replace the lock"). "pass the debt
    to a collection agency" and "we will lock the workspace" stay penalties."""
    word = lowers[j]
    before = lowers[j - 1] if j else ""
    if word == "collection":
        after = lowers[j + 1] if j + 1 < len(lowers) else ""
        return after in PICK_UP_AFTER or before in PICK_UP_BEFORE
    return word == "lock" and before in LOCK_AS_NOUN


#: The customer as the one who charges: "a note of what you would have
#: charged" (their own lost earnings), not "you will be charged".
CHARGING: Final = frozenset(
    {"charge", "charged", "charging", "bill", "billed", "invoice", "invoiced"}
)
PASSIVE: Final = frozenset({"be", "been", "being", "get", "got", "getting"})


def _customer_charges(lowers: list[str], modal: int, j: int) -> bool:
    """Whether the charge at ``j`` is the customer's own act: "you" just
    before the modal and no "be"/"been" between it and the charge."""
    return (
        lowers[j] in CHARGING
        and modal > 0
        and lowers[modal - 1] == "you"
        and not PASSIVE & set(lowers[modal + 1 : j])
    )


#: After these, "close" is the adjective ("may end up close", "will be very
#: close"), not the verb of "we will close your account".
CLOSE_AS_ADJECTIVE: Final = frozenset(
    {"up", "be", "is", "are", "was", "were", "been", "very", "quite", "so", "too", "fairly",
     "pretty", "really", "as", "more", "much"}
)  # fmt: skip
#: Before "fine", the words that make it "all right" ("you'll be fine", "it
#: should look fine", "she'll be absolutely fine"), not a fine to pay ("you
#: will be fined", "a fine will be issued").
FINE_AS_WELL: Final = frozenset(
    {"be", "is", "are", "'s", "'re", "feel", "feels", "look", "looks", "seem", "seems",
     "absolutely", "perfectly", "totally", "just", "quite", "all", "work", "works"}
)  # fmt: skip


#: "..., otherwise he'll just leave": the visit dropped if the customer is not
#: ready. Who leaves is ours; the verb ends its clause, so "otherwise we'll
#: leave it until Monday" (a later date, not a walk-out) is not read.
WALKERS: Final = frozenset(
    {"he", "she", "they", "we", "engineer", "fitter", "crew", "team", "driver"}
)
WALK_AWAY: Final = frozenset({"leave", "go", "walk", "leaves", "goes", "walks"})
WALK_MODALS: Final = frozenset({"will", "'ll"})
WALK_ADVERBS: Final = frozenset({"just", "simply", "have", "to", "then"})
WALK_ENDS: Final = frozenset({".", "!", ";", "and", "without", "away", "off"})
WALK_GATE: Final = frozenset({"otherwise", "else", "or"})
#: A plain "or" hangs the walk-out on a requirement before it ("The gate must
#: be unlocked before the driver arrives or he leaves"), not on a choice
#: ("Tuesday or Thursday, or he'll go to the next job on his list").
WALK_REQUIRED: Final = frozenset({"must"})
#: "or he'll leave it again": the job left undone, not a later date ("leave it
#: until Monday"): after "leave it", one of these, then the clause's end.
LEFT_UNDONE: Final = frozenset({"again", "behind", "unemptied", "uncollected", "undone", "there"})
#: "or he leaves": the walk-out told in the present, with no modal.
WALK_AWAY_NOW: Final = frozenset({"leaves", "goes", "walks"})


def _walked_away(lowers: list[str], at: int) -> int | None:
    """Index of "leave" in "otherwise he'll (just) leave" or "or he leaves",
    right after the alternative's opener at ``at``, or None."""
    k = at + 1 if lowers[at : at + 1] == [","] else at
    if lowers[k + 1 : k + 2] in (["engineer"], ["fitter"], ["crew"], ["team"], ["driver"]):
        k += 1  # "otherwise the engineer will leave"
    if not lowers[k : k + 1] or lowers[k] not in WALKERS | {"the", "our"}:
        return None
    j = k + 1
    if j < len(lowers) and lowers[j] in WALK_AWAY_NOW:
        after = lowers[j + 1 : j + 2]
        return j if not after or after[0] in WALK_ENDS else None
    if j < len(lowers) and lowers[j] not in WALK_MODALS:
        return None
    j += 1
    while j < len(lowers) and lowers[j] in WALK_ADVERBS:
        j += 1
    if j >= len(lowers) or lowers[j] not in WALK_AWAY - WALK_AWAY_NOW:
        return None
    after = lowers[j + 1 : j + 2]
    if after == ["it"] and lowers[j + 2 : j + 3] and lowers[j + 2] in LEFT_UNDONE:
        end = lowers[j + 3 : j + 4]
        return j + 2 if not end or end[0] in WALK_ENDS else None
    return j if not after or after[0] in WALK_ENDS else None


def _customer_pays(lowers: list[str], at: int, j: int) -> bool:
    """Whether the word at ``j`` puts the cost on the customer (see PAYING)."""
    word = lowers[j]
    before = lowers[max(j - PAYER_REACH, at) : j]
    if NEGATIONS & set(before) or SCOPES & set(lowers[at:j]):
        return False
    if word in PAYING:
        return (
            bool(before)
            and before[-1] in FIRM_PAYER
            and "you" in before
            and lowers[j + 1 : j + 2] != []
            and lowers[j + 1] not in NOT_PAID
        )
    if word in STUCK:
        return "you" in before and lowers[j + 1 : j + 2] == ["with"]
    if word in BILLS:
        after = lowers[j + 1 : j + 1 + PAYER_REACH]
        return before[-2:] == ["you", "get"] or before[-3:-1] == ["you", "get"] or "your" in after
    return False


def _benefit_in(words: list[str]) -> bool:
    """Whether ``words`` hold a benefit that is not denied: "cancelled and
    refunded" is a favour, "cancelled and no refund will be given" or "the
    fare will not be refunded" is a second penalty."""
    return any(word in BENEFITS and not _negated(words, k) for k, word in enumerate(words))


def _negated(words: list[str], k: int) -> bool:
    """Whether a negation stands at most ``BENEFIT_NEGATION_REACH`` words
    before ``words[k]`` ("no refund", "will not be refunded", "won't charge"),
    "without" included: "cancelled without refund of the deposit" takes the
    benefit away too."""
    return bool((NEGATIONS | WITHOUT) & set(words[max(k - BENEFIT_NEGATION_REACH, 0) : k]))


#: A preposition that denies the benefit after it ("without refund", "without a refund").
WITHOUT: Final = frozenset({"without"})


#: How far before a benefit a negation denies it ("no refund", "will not be refunded").
BENEFIT_NEGATION_REACH: Final = 3

#: Costs an alternative can spare the customer: "or we won't charge you", "or
#: you will not be billed" is a promise, not a penalty.
SPARED_COSTS: Final = frozenset(
    {"charge", "charged", "charging", "bill", "billed", "fine", "fined", "penalise",
     "penalised", "penalize", "penalized"}
)  # fmt: skip


def _spares_a_cost(words: list[str]) -> bool:
    """Whether ``words`` deny a cost ("we won't charge you anything")."""
    return any(word in SPARED_COSTS and _negated(words, k) for k, word in enumerate(words))


#: "further action will be taken", "appropriate action will follow": action as
#: the subject of the consequence, with a word that makes it a sanction.
ACTION_KINDS: Final = frozenset({"further", "appropriate", "enforcement", "recovery", "formal"})
#: Who is sent after the customer: "a field agent", "enforcement officers".
ENFORCERS: Final = frozenset({"agent", "agents", "officer", "officers"})
ENFORCER_KINDS: Final = frozenset(
    {"field", "enforcement", "doorstep", "recovery", "collection", "collections"}
)


def _further_action(lowers: list[str], start: int, modal: int) -> bool:
    """Whether "further action" (or the like) is the subject just before the
    modal at ``modal``, and what follows does not negate it."""
    before = lowers[start:modal]
    named = any(
        word == "action" and k and before[k - 1] in ACTION_KINDS for k, word in enumerate(before)
    )
    clause = _clause_before(lowers, max(modal - CLAUSE_REACH, 0), modal)
    return named and not NEGATIONS & set(clause + lowers[modal : modal + 3])


#: How far back from the modal the clause of "no further action" is read.
CLAUSE_REACH: Final = 8


def _free_remedy(lowers: list[str], modal: int, j: int) -> bool:
    """Whether the "penalty" at ``j`` is part of what we do for free: "we'll
    book a visit to replace the hub free of charge", "we will send a new one
    without charge". A benefit between the modal and the word, or "without"
    just before it, makes the consequence a remedy, not a threat."""
    return bool(BENEFITS & set(lowers[modal + 1 : j])) or lowers[j - 1 : j] == ["without"]


def _queue_at(lowers: list[str], at: int) -> bool:
    return bool(lowers[at : at + 1]) and lowers[at] in QUEUES


#: Verbs that send the account on to a destination in the present tense
#: ("your account goes straight to collections").
SENT_ON: Final = frozenset(
    {"goes", "go", "passed", "passes", "referred", "sent", "handed", "moves", "transferred"}
)
SENT_ON_REACH: Final = 4
#: The customer's own option ("you can take legal advice") is no threat.
OPTIONS: Final = frozenset({"can", "may", "could", "free", "entitled", "welcome"})


def _sent_on(lowers: list[str], at: int, j: int) -> bool:
    """Whether the destination at ``j`` ("collections", "solicitors") is where
    the account is sent, in the present tense, with no option of the
    customer's between the condition at ``at`` and it."""
    if lowers[j] not in DESTINATIONS:
        return False
    return bool(SENT_ON & set(lowers[max(j - SENT_ON_REACH, at) : j])) and not (
        OPTIONS & set(lowers[at:j])
    )


#: Penalties that need no object: "or we'll pass it to collections".
DESTINATIONS: Final = frozenset(
    {"collections", "collection", "solicitors", "solicitor", "court", "bailiffs", "lawyers",
     "police", "legal", "debt", "recovery"}
)  # fmt: skip
#: Destinations that are no penalty but as where the account is sent ("goes to
#: our recovery partner"; "we will arrange recovery of the parcel" is help).
SENT_ONLY: Final = frozenset({"recovery"})
#: How far after a penalty verb its object may sit ("close your account").
OBJECT_AFTER: Final = 3
#: How far before a penalty word a negation lifts it ("no fee will be charged").
NEGATION_BEFORE: Final = 4


def _clause_before(lowers: list[str], start: int, end: int) -> list[str]:
    """``lowers[start:end]`` cut back to the words after its last comma."""
    window = lowers[start:end]
    cut = max((k for k, word in enumerate(window) if word in (",", ";")), default=-1)
    return window[cut + 1 :]


#: A penalty can also be the subject before the modal ("a warrant will be
#: sought"), at most this many words before it...
SUBJECT_BEFORE: Final = 3
PENALTY_SUBJECTS: Final = frozenset(
    {"warrant", "bailiffs", "solicitors", "legal", "court", "proceedings", "fine", "fines",
     "penalty", "penalties", "enforcement"}
)  # fmt: skip
#: ...unless the words after the modal lift it ("the fee will be waived").
LIFTED: Final = BENEFITS | frozenset(
    {"removed", "waived", "dropped", "cancelled", "canceled", "reduced", "covered", "paid"}
)


#: A charge that is removed or cancelled is lifted, not imposed.
FEES: Final = frozenset(
    {"fee", "fees", "charge", "charges", "fine", "penalty", "surcharge", "excess"}
)
LIFTED_PENALTIES: Final = frozenset(
    {"removed", "remove", "cancelled", "canceled", "cancel", "withdrawn", "deleted", "void",
     "voided"}
)  # fmt: skip
FEE_BEFORE: Final = 5


def _penalty_subject(lowers: list[str], start: int, modal: int) -> bool:
    """Whether a penalty noun sits just before the modal at ``modal`` and what
    follows neither negates nor lifts it."""
    if not PENALTY_SUBJECTS & set(lowers[start:modal]):
        return False
    before_and_after = set(lowers[start : modal + 6])
    return not (NEGATIONS | LIFTED) & before_and_after


def _clause_end_index(lowers: list[str], at: int) -> int:
    """Extend a penalty word to the end of its clause ("closed without notice")."""
    end = at
    for j in range(at + 1, len(lowers)):
        if lowers[j] in (".", ";", ",", "!", "?", "and", "but", "so", ":", "-", "—"):
            break
        end = j
    return end


#: "Book it this week or we're holding his meds", "Either he's in on Thursday
#: or we close the job", "by 10 sharp; any later and security will box it up":
#: a deadline on the customer, a link to the alternative, and a consequence
#: with an actor of ours or a cost to the customer, whatever the verb.
ELSE_LINKS: Final[tuple[tuple[str, ...], ...]] = (
    ("or", "else"), ("otherwise",), ("or",), ("any", "later", "and"), ("after", "that", ","),
)  # fmt: skip
ELSE_LINK_FIRSTS: Final = frozenset(link[0] for link in ELSE_LINKS)
#: Times that need no "by": "this week", "today", "on Thursday".
BARE_TIMES: Final = WEEKDAYS | {"today", "tonight", "tomorrow", "week", "weekend"}
#: Who bears or brings the consequence: us, or the customer and their things.
CONSEQUENCE_ACTORS: Final = frozenset({"we", "i", "you", "your", "security", "crew", "they"})
#: An alternative that is an offer or a way to help, not a consequence ("or we
#: can ring you", "or we'll call you back", "or just reply").
ELSE_OFFERS: Final = frozenset(
    {"can", "could", "ca", "happy", "glad", "free", "welcome", "refund", "refunded", "help",
     "call", "ring", "email", "contact", "text", "remind", "send", "arrange", "book", "just",
     "may", "might", "whichever", "prefer", "rather", "like", "want", "either", "both", "sort"}
)  # fmt: skip
#: A cost named in the alternative: "or it's $25 a day storage".
COSTS: Final = frozenset({"$", "£", "€", "fee", "charge", "storage"})
ELSE_REACH: Final = 16
#: The sentences looked at: a time word with a link at most 12 tokens after it.
DATED_THEN_LINK: Final = (DEADLINE_WORDS | BARE_TIMES, ELSE_LINK_FIRSTS, 12)


def _has_deadline(lowers: list[str], end: int) -> bool:
    for k in range(end):
        word = lowers[k]
        if word in DEADLINE_WORDS and k + 1 < len(lowers) and is_time(lowers, k):
            return True
        if word in ("today", "tonight", "tomorrow"):
            return True
        if word in ("this", "next") and lowers[k + 1 : k + 2] in (["week"], ["weekend"]):
            return True
        if word == "on" and lowers[k + 1 : k + 2] and lowers[k + 1] in DEADLINE_TIMES:
            return True
    return False


#: "I need it paid by Friday or ...", "We'd need your decision by Monday,
#: otherwise ...": the deadline is the one we put on the customer, said as our
#: need, so the first-person opener does not make it our own timetable.
NEED_VERBS: Final = frozenset({"need", "want", "require", "expect"})
NEED_LEADS: Final = frozenset(
    {"would", "'d", "will", "'ll", "do", "really", "just", "still", "shall"}
)


def _we_need(lowers: list[str], first: int) -> bool:
    """Whether the sentence opens "I/We (would) need/want/require/expect ..."
    with an object after it (not "We need to check the stock first")."""
    if lowers[first] not in ("we", "i"):
        return False
    k = first + 1
    while k < len(lowers) and lowers[k] in NEED_LEADS:
        k += 1
    return k + 1 < len(lowers) and lowers[k] in NEED_VERBS and lowers[k + 1] != "to"


def _open_places(words: list[str]) -> list[str]:
    """``words`` with a "free" that describes an open place ("we'll rebook you
    for the next free slot", "a free date") read as "open": "free" before what
    is booked means available, not an offer or a favour at no cost."""
    return [
        "open" if w == "free" and words[k + 1 : k + 2] and words[k + 1] in HELD_PLACES else w
        for k, w in enumerate(words)
    ]


#: The modal of a consequence still to come ("will be moved", "'ll be
#: rebooked"); "may"/"might" forecast rather than threaten.
FIRM_MODALS: Final = frozenset({"will", "'ll", "shall"})
#: A sentence that opens on a noun phrase states a rule ("Your reading must be
#: submitted by the 5th, or the bill will be estimated"); only an order or our
#: need ("Pay it by Friday or ...", "I need it by Friday or ...") is read for a
#: passive consequence. The deadline must sit right before the "or" (within
#: this many words), and no negation there ("no interest or charges will be
#: added" joins two nouns).
STATED_SUBJECTS: Final = frozenset(
    {"your", "the", "a", "an", "all", "any", "each", "every", "this", "these", "those", "our",
     "on", "in", "for", "as", "yes", "no"}
)  # fmt: skip
DONE_TO_NEAR: Final = 6


def _done_to(clause: list[str]) -> bool:
    """Whether the alternative's own clause (up to its first "and" or comma)
    is a firm passive: its subject, whatever it names ("Dusty", "the booking"),
    "will be" + a participle, something we will do to it. "the sale price will
    be gone" has no participle; "it won't be ready" is negated."""
    cut = next((j for j, w in enumerate(clause) if w in ("and", ",")), len(clause))
    words = clause[:cut]
    for k in range(len(words) - 2):
        if words[k] in FIRM_MODALS and words[k + 1] == "be":
            verb = words[k + 2]
            return len(verb) > 3 and verb.endswith("ed") and not NEGATIONS & set(words[:k])
    return False


def _deadline_or_else(lowers: list[str]) -> tuple[int, int] | None:
    """ "Pick it up by 5 today or it's $25 a day storage", "Book it this week or
    we're holding his meds": a deadline the customer must meet, then "or" /
    "any later and" and a consequence that we bring ("we close the job"), that
    lands on the customer ("your trip turns into ...", "you still pay") or that
    costs money. Offers ("or we can call you") are not consequences."""
    first = next((j for j, w in enumerate(lowers) if w[:1].isalnum()), 0)
    if lowers[first] in ("we", "i", "our", "if", "when", "you", "tickets", "order") and not (
        _we_need(lowers, first)
    ):
        return None  # our own deadline, a condition, or a choice for the customer
    for k, word in enumerate(lowers):
        if word not in ELSE_LINK_FIRSTS:
            continue
        link = next((lk for lk in ELSE_LINKS if tuple(lowers[k : k + len(lk)]) == lk), None)
        if link is None or not _has_deadline(lowers, k):
            continue
        rest = lowers[k + len(link) : k + len(link) + ELSE_REACH]
        stop = next((j for j, w in enumerate(rest) if w in (".", ";", "?", "!")), len(rest))
        clause = _open_places(rest[:stop])
        cut = next((j for j, w in enumerate(clause) if w in ("and", ",")), len(clause))
        if (
            not clause
            or ELSE_OFFERS & set(clause[:cut])
            or _benefit_in(clause)
            or _spares_a_cost(clause[:cut])
            or _paired_things(lowers, k, clause[:cut])
        ):
            continue
        acted = clause[0] in CONSEQUENCE_ACTORS or (
            clause[0] == "the" and CONSEQUENCE_ACTORS & set(clause[1:3])
        )
        costly = clause[:2] in (["it", "'s"], ["it", "is"], ["that", "'s"]) and bool(
            COSTS & set(clause) or any(w[:1].isdigit() for w in clause)
        )
        landed = "you" in clause or "your" in clause
        if (
            not acted
            and not ELSE_OFFERS & set(clause)
            and lowers[first] not in STATED_SUBJECTS
            and not NEGATIONS & set(lowers[max(k - DONE_TO_NEAR, 0) : k])
            and _has_deadline(lowers[max(k - DONE_TO_NEAR, 0) :], min(k, DONE_TO_NEAR))
        ):
            acted = _done_to(clause)  # "or Dusty will be moved": a thing done, by us
        if acted or costly or (clause[0] == "the" and landed):
            return first, k + len(link) + stop - 1
    return None


#: Determiners that open a thing named on both sides of an "or" ("your box or
#: your slip"): two things to bring, not a deadline and then a loss.
PAIRED_DETERMINERS: Final = frozenset({"your", "the", "a", "an", "any", "our"})
#: How far back the first thing's determiner may be ("your empty box or").
PAIRED_REACH: Final = 3
#: The most words after the "or" for the second thing ("your repeat slip").
PAIRED_LENGTH: Final = 4


def _paired_things(lowers: list[str], k: int, clause: list[str]) -> bool:
    """ "Please come in today with your empty box or your repeat slip, and some
    ID": the "or" joins two things of the same kind (the same determiner before
    each, no time between the first and the "or", a short second one), so what
    follows it is the other thing to bring, not a consequence."""
    if not clause or clause[0] not in PAIRED_DETERMINERS or len(clause) > PAIRED_LENGTH:
        return False
    for j in range(max(k - PAIRED_REACH, 0), k - 1):
        between = lowers[j + 1 : k]
        if lowers[j] == clause[0] and all(w[:1].isalpha() for w in between):
            return not (DEADLINE_WORDS | DEADLINE_TIMES | BARE_TIMES) & set(between)
    return False


#: The condition of a conditional penalty ("If nobody is home, ...").
IF_OPENS: Final = frozenset({"if"})
#: Words that make the "if" a wish, an option or a past that did not happen
#: ("If you'd like to dispute it", "If you want the sofa collected", "If you
#: had read the terms"): an option offered, or blame, not a condition set.
IF_NOT_A_CONDITION: Final = frozenset(
    {"want", "wants", "like", "rather", "wish", "prefer", "had", "'d", "would", "paying",
     "need", "needs", "happy", "interested", "possible", "unsure"}
)  # fmt: skip
#: What the customer loses or pays in the main clause.
SANCTIONS: Final = frozenset(
    {"charged", "charge", "fee", "deducted", "suspended", "closed", "cancelled", "canceled",
     "lose", "forfeit", "forfeited", "refused", "removed", "released", "release", "payable",
     "terminated", "banned", "blocked", "collections", "recovery", "court", "solicitors",
     "goes", "estimate", "lapses", "expires", "applies", "paying"}
)  # fmt: skip
#: A main clause with these gives, offers or reassures: "If it turns up, we'll
#: refund the fee", "If you cancel in 14 days, there's no charge".
SANCTION_SPARED: Final = frozenset(
    {"refund", "refunded", "free", "no", "not", "n't", "replace", "credit", "happy", "welcome",
     "can", "could", "may", "please", "waive", "waived", "back", "cover", "covered", "full",
     "should", "never", "review", "us", "nothing"}
)  # fmt: skip
#: A sanction word that relieves the customer instead: paying that stops ("your
#: contract ends and you stop paying rent"), a release put to paper for them
#: ("I'll send your bank a release confirmation").
RELIEVING_BEFORE: Final = frozenset({"stop", "stops", "longer"})
RELIEVED: Final = frozenset({"paying"})
RELEASE_PAPERS: Final = frozenset({"confirmation", "letter", "note", "form", "code", "certificate"})


#: A charge that goes down is a saving offered, not a penalty: "If you provide
#: your own bedding, the fee drops to £84", "... the price comes down to £60".
LOWERED: Final = frozenset(
    {"drops", "drop", "falls", "fall", "reduces", "reduced", "halves", "halved", "lower"}
)
LOWERED_REACH: Final = 3


def _cost_lowered(main: list[str], k: int) -> bool:
    """Whether the charge at ``k`` is said to go down just after it."""
    after = main[k + 1 : k + 1 + LOWERED_REACH]
    if LOWERED & set(after):
        return True
    return any(
        w in ("comes", "goes", "come", "go") and after[j + 1 : j + 2] == ["down"]
        for j, w in enumerate(after)
    )


def _sanctions_relieve(main: list[str]) -> bool:
    """Whether every sanction word in the main clause relieves the customer:
    "paying" after "stop" or "no longer", "release" naming a paper we send."""
    hits = [k for k, w in enumerate(main) if w in SANCTIONS]
    return bool(hits) and all(
        (main[k] in RELIEVED and k > 0 and main[k - 1] in RELIEVING_BEFORE)
        or _cost_forestalled(main, k)
        or _cost_lowered(main, k)
        or (
            main[k] in ("release", "released")
            and main[k + 1 : k + 2] != []
            and main[k + 1] in RELEASE_PAPERS
        )
        for k in hits
    )


#: "... it will clear before any fees are charged": a charge after "before any"
#: is the cost the condition avoids, within this many words of it.
FORESTALL_REACH: Final = 4


def _cost_forestalled(main: list[str], k: int) -> bool:
    """Whether the sanction word at ``k`` is a cost the customer avoids: it
    follows "before any" ("If you can send the form by Friday, it will clear
    before any fees are charged"), so meeting the date spares them the charge."""
    window = main[max(0, k - FORESTALL_REACH) : k]
    return any(window[i : i + 2] == ["before", "any"] for i in range(len(window) - 1))


#: The firm word before a sanction in a condition with no comma.
WILL: Final = frozenset({"will", "'ll", "be"})
#: Our side refusing in the main clause ("If nobody is there, we will not
#: rebook", "If it's not packed we're not moving it"): who refuses, the
#: negated auxiliary, and the service withheld. Only services we would
#: otherwise give: "we won't charge / share / use ..." after a condition is a
#: favour, and "we won't be able to ..." a consequence told plainly.
OUR_SIDE_REFUSING: Final = frozenset({"we", "i"})
REFUSING_AUX: Final = frozenset({"wo", "will", "shall", "'re", "are", "'m", "am"})
WITHHELD_SERVICES: Final = frozenset(
    {"rebook", "rebooking", "book", "booking", "reschedule", "rescheduling", "rearrange",
     "rearranging", "move", "moving", "come", "coming", "return", "returning", "replace",
     "replacing", "refund", "refunding", "accept", "accepting", "process", "processing",
     "deliver", "delivering", "redeliver", "redelivering", "collect", "collecting", "fit",
     "fitting", "install", "installing", "repair", "repairing", "fix", "fixing", "hold",
     "holding", "release", "releasing", "reopen", "reopening", "offer", "offering",
     "entertain", "entertaining", "extend", "extending", "honour", "honouring", "honor",
     "honoring", "treat", "treating", "serve", "serving", "admit", "admitting", "supply",
     "supplying", "wait", "waiting", "reinstate", "reinstating", "reconnect", "reconnecting"}
)  # fmt: skip
#: How many words the condition may take when no comma closes it.
IF_CLAUSE_REACH: Final = 16
#: "Should it happen again, the booking will be charged": a condition with its
#: subject after "should", read only for a repeat of the customer's conduct.
INVERTED_IF: Final = frozenset({"should"})
INVERTED_SUBJECTS: Final = frozenset(
    {"it", "this", "that", "you", "he", "she", "they", "the", "your"}
)
REPEAT_MARKS: Final = frozenset({"again", "more"})


@check("conditional-penalty")
def conditional_penalty(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """A sentence opening with a condition on the customer whose main clause
    is a loss or a charge for them ("If nobody is home, there's a £60 call-out
    charge", "If we don't hear from you by 5pm tomorrow the slot goes."). A
    wish, an option or a past condition ("If you'd like to ...", "If you had
    read ...") is not one, nor a main clause that gives, offers or reassures.
    Like RC168 it needs company: in a kind reply the same words are the terms
    told plainly (option ``only_with``)."""
    sentences = {
        s.start: s
        for s in sentences_with(rule, ctx, IF_OPENS, opening=frozenset({"and", "but", "so"}))
    }
    opened = set(sentences)
    if ctx.has_any(REPEAT_MARKS):  # "Should it happen again, ...": the condition inverted
        should = sentences_with(
            rule, ctx, INVERTED_IF, REPEAT_MARKS, opening=frozenset({"and", "but"})
        )
        sentences.update((s.start, s) for s in should if s.start not in opened)
    for _, sent in sorted(sentences.items()):
        quoted = quoted_tokens(ctx.doc)
        words, lowers = word_lowers(ctx.doc, sent.start, sent.end, quoted)
        if not lowers or lowers[-1] not in (".", "!"):
            continue
        inverted = sent.start not in opened
        at = lowers.index("should" if inverted else "if")
        if inverted and lowers[at + 1 : at + 2] and lowers[at + 1] not in INVERTED_SUBJECTS:
            continue
        if _repeat_sanctioned(lowers, at):
            start = ctx.doc[words[at]].idx
            last = ctx.doc[words[-2]]
            end = last.idx + len(last.text)
            if in_scope(rule, ctx, start, end):
                yield ctx.finding(rule, start, end)
            continue
        if inverted:
            continue  # only a repeat is read after "should": "Should you need anything, ..."
        comma = next((k for k in range(at + 1, len(lowers)) if lowers[k] == ","), None)
        if comma is None:
            # no comma: the sanction ends the sentence ("... the slot goes."),
            # follows a firm "will" ("... we will charge the callout again.") or
            # is our refusal ("... we're not moving it.")
            comma = next(
                (
                    k
                    for k in range(at + 3, min(len(lowers), at + IF_CLAUSE_REACH))
                    if (
                        lowers[k] in SANCTIONS
                        and (k == len(lowers) - 2 or WILL & set(lowers[k - 2 : k]))
                    )
                    or (lowers[k] in OUR_SIDE_REFUSING and _we_refuse(lowers[k:]))
                ),
                None,
            )
            if comma is None:
                continue
            comma -= 1
        if ";" in lowers[at + 1 : comma]:
            # "If the course has failed it will be repaired; if it's condensation,
            # ...": the main clause after the comma answers the last condition
            broken = max(k for k in range(at + 1, comma) if lowers[k] == ";")
            at = next((k for k in range(broken + 1, comma) if lowers[k] == "if"), -1)
            if at < 0:
                continue
        condition, main = lowers[at + 1 : comma], lowers[comma + 1 :]
        if set(condition) & IF_NOT_A_CONDITION or _what_it_is(condition):
            continue
        if not _we_refuse(main) and (
            set(main) & SANCTION_SPARED or not set(main) & SANCTIONS or _sanctions_relieve(main)
        ):
            continue
        start = ctx.doc[words[at]].idx
        last = ctx.doc[words[-2]]
        end = last.idx + len(last.text)
        if in_scope(rule, ctx, start, end):
            yield ctx.finding(rule, start, end)


#: "If you're late again, it's a full extra night", "If you are late again
#: we'll have to review whether we can keep you", "If it happens one more time
#: he will be removed": a condition on the customer's conduct repeated, and a
#: sanction as its outcome. Beyond ``SANCTIONS``, a repeat makes these one:
#: something extra to pay (only with "it", "that", "there" or "you" as the
#: subject: "we'll send an extra engineer" is help) and our "having to review"
#: or "reconsider" what the customer has.
REPEAT_CHARGES: Final = frozenset({"extra", "additional", "surcharge"})
CHARGED_SUBJECTS: Final = frozenset({"it", "that", "there", "you", "this"})
REPEAT_REVIEWS: Final = frozenset({"review", "reconsider", "rethink"})
#: "If your son does that again he will be asked to leave", "... you'll be
#: sent home / turned away / refused entry": the customer's party put out of
#: the session or the premises, a removal told in other words. Read only after
#: a repeat, where the removal is the sanction for the conduct.
REPEAT_REMOVALS: Final = (
    ("asked", "to", "leave"),
    ("sent", "home"),
    ("turned", "away"),
    ("refused", "entry"),
    ("refused", "admission"),
)
#: Who is put out: the customer or their party ("he", "your son"), not
#: "everyone" cleared from the building while we check an alarm.
REMOVED_SUBJECTS: Final = frozenset({"you", "he", "she", "they", "your"})
#: How far after the repeat the sanction may stand, and how near before it a
#: word that spares it ("no charge", "we won't be charged") must be.
REPEAT_SANCTION_REACH: Final = 8
SPARED_BEFORE: Final = 3


#: "If it's condensation, the visit will be charged", "If it turns out to be
#: a user fault, ...": a condition on what the fault is, not on the customer's
#: conduct, so its charge is information. The condition opens on "it"/"that"
#: and a copula, then a noun phrase: one led by a determiner, or one bare word
#: that is no state ("late", "damaged", "missing", "not ...": the pipeline has
#: no tagger, so the word's form decides).
WORLD_SUBJECTS: Final = frozenset({"it", "that", "this"})
WORLD_COPULAS: Final = frozenset({"'s", "is", "was", "turns"})
WORLD_SKIPS: Final = frozenset({"just", "only", "actually", "out", "to", "be"})
WORLD_DETERMINERS: Final = frozenset({"a", "an", "the"})
STATE_WORDS: Final = frozenset({"late", "still", "empty", "wrong", "lost", "left", "back", "again"})
NOT_WHAT_IT_IS: Final = STATE_WORDS | NEGATIONS
STATE_ENDINGS: Final = ("ed", "ing", "ly", "n't")


def _what_it_is(condition: list[str]) -> bool:
    """Whether the condition names what something is ("it's condensation")."""
    if condition[:1] == [] or condition[0] not in WORLD_SUBJECTS:
        return False
    if condition[1:2] == [] or condition[1] not in WORLD_COPULAS:
        return False
    rest = condition[2:]
    while rest and rest[0] in WORLD_SKIPS:
        rest = rest[1:]
    if len(rest) > 1:
        return rest[0] in WORLD_DETERMINERS
    return (
        len(rest) == 1
        and rest[0].isalpha()
        and rest[0] not in NOT_WHAT_IT_IS
        and not rest[0].endswith(STATE_ENDINGS)
    )


def _repeat_sanctioned(lowers: list[str], at: int) -> bool:
    """Whether the "if" at ``at`` opens a repeat of the customer's conduct
    ("again", "one more time") whose outcome is a sanction."""
    end = min(len(lowers), at + IF_CLAUSE_REACH)
    repeat = next(
        (
            k
            for k in range(at + 1, end)
            if lowers[k] == "again" or (lowers[k] == "more" and lowers[k - 1] in ("one", "once"))
        ),
        None,
    )
    if repeat is None:
        return False
    condition = set(lowers[at + 1 : repeat])
    if condition & (IF_NOT_A_CONDITION | REPORT_ASKED | SENTENCE_ENDS):
        return False
    main = repeat + 1 + (lowers[repeat + 1 : repeat + 2] == ["time"])
    main += lowers[main : main + 1] == [","]
    for k in range(main, min(len(lowers), main + REPEAT_SANCTION_REACH)):
        word = lowers[k]
        if word in CONDITION_BREAKS and k > main:
            return False
        charged = word in REPEAT_CHARGES and lowers[main] in CHARGED_SUBJECTS
        reviewed = word in REPEAT_REVIEWS and lowers[k - 2 : k] == ["have", "to"]
        removed = lowers[main] in REMOVED_SUBJECTS and any(
            tuple(lowers[k : k + len(phrase)]) == phrase for phrase in REPEAT_REMOVALS
        )
        if word in SANCTIONS or charged or reviewed or removed:
            clause = lowers[max(main, k - SPARED_BEFORE) : k + 1]
            for after in lowers[k + 1 :]:  # "your fee will be refunded"
                if after in CONDITION_BREAKS or after in ("and", "whether", "if"):
                    break
                clause.append(after)
            if removed:  # "... asked to leave with no refund": the refund denied is more loss
                clause = [w for j, w in enumerate(clause) if not _refund_denied(clause, j)]
            return not (set(clause) - {"full", "review"}) & SANCTION_SPARED
    return False


def _refund_denied(clause: list[str], j: int) -> bool:
    """Whether ``clause[j]`` is part of a refund denied: "no" or "without"
    just before a refund word, or that refund word ("with no refund")."""
    word = clause[j]
    if word in BENEFITS:
        return clause[j - 1 : j] in (["no"], ["without"], ["a"]) and (
            clause[j - 1] != "a" or clause[j - 2 : j - 1] == ["without"]
        )
    return word in ("no", "without") and clause[j + 1 : j + 2] != [] and clause[j + 1] in BENEFITS


def _we_refuse(main: list[str]) -> bool:
    """Whether a main clause opens with our side refusing a service, or ends
    with it after "and": "we will not rebook", "I'm not replacing anything",
    "we're not going to move it", "the reinstatement is cancelled and we
    won't come back to it"."""
    joined = next((k for k in range(len(main) - 1, 0, -1) if main[k] == "and"), None)
    if joined is not None and _refusal_at(main, joined + 1):
        return True
    return _refusal_at(main, 1 if main[:1] in (["then"], ["so"]) else 0)


def _refusal_at(main: list[str], k: int) -> bool:
    """Whether ``main`` reads "we/I will not [be] [going to] <service>" from ``k``."""
    if main[k : k + 1] == [] or main[k] not in OUR_SIDE_REFUSING:
        return False
    k += 1
    if main[k : k + 1] == [] or main[k] not in REFUSING_AUX:
        return False
    if main[k + 1 : k + 2] not in (["not"], ["n't"]):
        return False
    k += 2
    if main[k : k + 1] == ["be"]:
        k += 1
    if main[k : k + 2] == ["going", "to"]:
        k += 2
    return main[k : k + 1] != [] and main[k] in WITHHELD_SERVICES


# The formal-notice check lives in its own module; importing it here registers
# it with the tone checks that import this one.
from replycheck.checks import notices as _notices  # noqa: E402, F401
