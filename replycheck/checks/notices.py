"""Demanding, in the language of a formal notice: a duty laid on the customer
with a deadline ("All items are to be removed by 6pm on Sunday", "You are
hereby required to attend", "Written confirmation must reach this office no
later than 12 December"), or a penalty that falls when they do not comply ("A
failure to respond will be treated as acceptance", "Non-attendance will be
regarded as a refusal", "In the absence of that confirmation the policy will be
cancelled").

The shape, not the phrase: who must act (the customer's thing, not ours), a
passive of duty ("is to be", "is required", "must reach"), a time limit, or a
subject that names non-compliance and a passive or verb of penalty.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from replycheck.calendar_words import MONTHS, WEEKDAYS
from replycheck.checks import check
from replycheck.checks.rhetorical import CONDUCT_LESSONS, HEDGED_REPROACHES
from replycheck.checks.tone_sentences import (
    NEGATIONS,
    holds_phrase,
    indices_finding,
    quoted_tokens,
    sentences_with,
    word_lowers,
)

if TYPE_CHECKING:
    from spacy.tokens import Span

    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: Duties the customer performs, as the participle after "is to be" / "must
#: be" ("The balance is to be cleared", "The stop tap is to be located").
#: What we do for them ("is to be dispatched", "repaired") is not a duty.
CUSTOMER_DUTIES: Final = frozenset(
    {"removed", "uploaded", "cleared", "paid", "settled", "returned", "located", "made",
     "submitted", "signed", "vacated", "collected", "provided", "supplied", "produced",
     "forwarded", "emptied", "moved", "taken", "repaid", "surrendered", "handed", "brought",
     "reported", "completed", "received", "lodged", "filed", "confirmed", "presented"}
)  # fmt: skip
#: What shows the duty is done *by* the customer for our sake, not for theirs:
#: a benefit in the sentence turns the deadline into help ("so your refund").
BENEFITS: Final = frozenset(
    {"refund", "refunded", "free", "credited", "reimbursed", "discount", "compensation"}
)
#: A time limit: one of these, then a time. "forthwith", "immediately" and
#: "without exception" are limits on their own.
LIMIT_WORDS: Final = frozenset({"by", "within", "before", "until"})
LIMITS_ALONE: Final = frozenset({"forthwith", "immediately"})
TIMES: Final = (
    WEEKDAYS
    | MONTHS
    | {"today", "tomorrow", "tonight", "midnight", "noon", "midday", "the", "this", "that", "next",
       "close", "end", "return", "one", "two", "three", "four", "five", "six", "seven", "ten",
       "fourteen", "twenty", "thirty"}
)  # fmt: skip
#: Words each shape of duty needs ("is to be" and its participle, "required",
#: "must reach") and a limit: sentences without them are skipped before any
#: token is read.
LIMIT_KEYS: Final = LIMIT_WORDS | LIMITS_ALONE | frozenset({"later", "exception", "exceptions"})
TO, BE = frozenset({"to"}), frozenset({"be"})
#: "Final numbers are to be with me by Monday": the customer's thing due on
#: our desk, with no participle of duty to find the sentence by.
WITH: Final = frozenset({"with"})
#: "is to be paid before we do anything further": our next step held until
#: the customer has acted is a limit as much as a date is.
OUR_NEXT_STEP: Final = frozenset({"we", "i"})
DUTY_WORDS: Final = CUSTOMER_DUTIES | frozenset({"required"})
REQUIRED, MUST, HEREBY = frozenset({"required"}), frozenset({"must"}), frozenset({"hereby"})
#: "must reach this office", "must be returned no later than".
MUST_LIMITS: Final = frozenset({"reach", "arrive", "later", "exception", "forthwith"})
#: "must reach this office", "must arrive with us": the customer's thing
#: arriving on our desk (a deadline of a third party's, "must reach HMRC by
#: 31 January", is information).
ARRIVE: Final = frozenset({"reach", "arrive"})
OUR_DESKS: Final = frozenset({"us", "me", "this", "our", "with"})
#: Who is not the customer: a duty on us is a promise ("we are to be").
OUR_SUBJECTS: Final = frozenset({"we", "i", "our", "my"})

#: A subject that names the customer's non-compliance ("a failure to
#: respond", "non-attendance", "in the absence of", "items remaining after
#: that time", "applications incomplete at that date").
DEFAULTS: Final = frozenset(
    {"failure", "non", "absence", "remaining", "incomplete", "left", "outstanding",
     "repetition", "recurrence"}
)  # fmt: skip
#: What then happens to them: a passive of judgement or disposal...
CONSEQUENCES: Final = frozenset(
    {"treated", "regarded", "deemed", "taken", "disposed", "destroyed", "withdrawn", "cancelled",
     "canceled", "closed", "terminated", "voided", "void", "forfeited", "refused", "rejected",
     "recharged", "charged", "served", "removed", "discarded", "sold", "released", "suspended",
     "revoked", "lapse", "lapsed", "invalidated", "rendered", "levied", "reallocated", "relet",
     "treat", "regard", "deem", "dispose", "cancel", "close", "withdraw", "terminate", "serve",
     "remove", "refuse", "reject", "charge", "result"}
)  # fmt: skip
#: After "non-", the customer's own act left undone ("non-attendance",
#: "non-payment"); "non-genuine parts would void the warranty" describes a part.
NON_ACTS: Final = frozenset(
    {"attendance", "payment", "compliance", "response", "return", "submission", "disclosure",
     "cooperation", "co", "appearance", "engagement", "acceptance", "renewal", "completion",
     "notification", "receipt", "collection", "arrival", "contact", "reply", "delivery",
     "adherence", "observance", "conformance", "conformity", "provision", "production"}
)  # fmt: skip
CONSEQUENCE_MODALS: Final = frozenset({"will", "shall", "'ll", "would"})
#: How far after the non-compliance its consequence may sit.
CONSEQUENCE_REACH: Final = 16
#: The non-compliance must be the customer's, after these words: "remaining
#: after that time", "incomplete at that date", "left after the deadline".
DEFAULT_AFTER: Final = frozenset({"after", "beyond", "past", "at", "by"})
#: How far after "left" its time may sit ("left in the locker after Friday").
DEFAULT_GAP: Final = 5
#: A duty with its own alternative ("failing which", "otherwise", "or else")
#: is an ultimatum, flagged by RC123.
ALTERNATIVES: Final = frozenset({"failing", "otherwise", "else"})
#: Clause breaks.
STOPS: Final = frozenset({".", ";", "?", "!", ":"})


@check("formal-notice")
def formal_notice(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """A formal duty with a time limit, or a penalty for not complying, put on
    the customer (see the module docstring). Each sentence yields at most one
    finding, from its first word to the end of the duty's or penalty's clause."""
    sentences: dict[int, Span] = {}
    if ctx.has_any(LIMIT_KEYS) and ctx.has_any(DUTY_WORDS):
        found_in = (
            sentences_with(rule, ctx, CUSTOMER_DUTIES, LIMIT_KEYS, followed=(TO, BE, 1)),
            sentences_with(rule, ctx, REQUIRED, LIMIT_KEYS),
        )
        sentences.update((s.start, s) for found in found_in for s in found)
    if ctx.has_any(LIMIT_KEYS) and ctx.has_any(WITH) and ctx.has_any(BE):
        found = sentences_with(rule, ctx, WITH, LIMIT_KEYS, followed=(BE, WITH, 1))
        sentences.update((s.start, s) for s in found)
    if ctx.has_any(MUST) and ctx.has_any(MUST_LIMITS):
        sentences.update((s.start, s) for s in sentences_with(rule, ctx, MUST, MUST_LIMITS))
    if ctx.has_any(HEREBY):
        sentences.update((s.start, s) for s in sentences_with(rule, ctx, HEREBY))
    if ctx.has_any(DEFAULTS) and ctx.has_any(CONSEQUENCE_MODALS):
        defaults = sentences_with(rule, ctx, DEFAULTS, CONSEQUENCE_MODALS)
        sentences.update((s.start, s) for s in defaults)
    if not sentences:
        return
    quoted = quoted_tokens(ctx.doc)
    for _, sent in sorted(sentences.items()):
        words, lowers = word_lowers(ctx.doc, sent.start, sent.end, quoted)
        if not lowers or BENEFITS & set(lowers):
            continue
        if ALTERNATIVES & set(lowers):
            continue  # "..., failing which the claim will be closed": RC123's ultimatum
        if _their_aim_first(lowers):
            continue  # "To avoid it rolling over, written notice must reach us by 1 July"
        found = _duty(lowers)
        if found is None and not _generic_plural(lowers[_first_word(lowers)]):
            found = _default_penalty(lowers)  # not "Bikes left after Friday will be removed"
        if found is not None:
            yield from indices_finding(rule, ctx, words, found)


#: Words after an opening "To" that make it a comment on what follows ("To
#: be clear, ...", "To repeat, ..."), not the customer's aim.
ASIDE_AIMS: Final = frozenset(
    {"be", "repeat", "reiterate", "recap", "clarify", "confirm", "summarise", "summarize",
     "remind", "reply", "answer", "sum"}
)  # fmt: skip
#: Words of a sanction of ours in that aim: "To avoid court action, ..." threatens.
SANCTIONS: Final = frozenset(
    {"action", "court", "proceedings", "legal", "enforcement", "bailiffs", "bailiff",
     "suspension", "closure", "termination", "disconnection", "eviction"}
)  # fmt: skip


def _their_aim_first(lowers: list[str]) -> bool:
    """Whether the sentence opens with what the customer may want, as a
    purpose clause before a comma ("To avoid it rolling over for another
    year, written notice must reach us by 1 July"): the deadline then tells
    them how to get it, it lays no duty on them. An aside ("To be clear,
    ..."), or a sanction of ours to avoid ("To avoid court action, the
    balance is to be cleared within 14 days") keeps the notice."""
    first = _first_word(lowers)
    if lowers[first] != "to" or first + 1 >= len(lowers) or lowers[first + 1] in ASIDE_AIMS:
        return False
    if not lowers[first + 1].isalpha() or "," not in lowers[first:]:
        return False
    aim = lowers[first : lowers.index(",", first)]
    return not (SANCTIONS & set(aim))


def _first_word(lowers: list[str]) -> int:
    return next((j for j, w in enumerate(lowers) if w[:1].isalnum()), 0)


def _limit_after(lowers: list[str], at: int, strict: bool = False) -> int | None:
    """Index of the last word of a time limit at or after ``at`` in its clause
    ("by 6pm on Sunday", "within fourteen days", "no later than 12 December",
    "forthwith", "without exception"). ``strict``: only the last three, the
    words of a notice ("must be returned no later than 4 January")."""
    for j in range(at, len(lowers)):
        word = lowers[j]
        if word in STOPS:
            return None
        if word in LIMITS_ALONE or lowers[j : j + 2] == ["without", "exception"]:
            return j + (1 if word == "without" else 0)
        if lowers[j : j + 2] in (["no", "exceptions"], ["no", "exception"]):
            return j + 1  # "..., no exceptions": a limit with no way round it
        if lowers[j : j + 3] == ["no", "later", "than"] and j + 3 < len(lowers):
            return j + 3
        if word in LIMIT_WORDS and j + 1 < len(lowers) and not strict:
            after = lowers[j + 1]
            if after in TIMES or after[:1].isdigit():
                return j + 1
            if word == "before" and after in OUR_NEXT_STEP:
                return _clause_end(lowers, j + 1)  # "before we do anything further"
    return None


#: Words ending in "s" that are not a bare plural subject.
NOT_PLURALS: Final = frozenset(
    {"all", "this", "its", "his", "us", "is", "as", "yours", "was", "has"}
)


def _generic_plural(word: str) -> bool:
    """ "Bins are to be presented by 7am on collection day": a bare plural
    subject states a standing rule for everyone, not a duty on this customer."""
    return word.endswith("s") and word not in NOT_PLURALS


def _clause_end(lowers: list[str], at: int) -> int:
    end = at
    for j in range(at + 1, len(lowers)):
        if lowers[j] in STOPS or lowers[j] in (",", "and", "but", "so"):
            break
        end = j
    return end


def _duty(lowers: list[str]) -> tuple[int, int] | None:
    """ "X is to be removed by ...", "You are hereby required to attend", "Your
    response is required within five days", "X must reach this office no later
    than ...": a duty on the customer with a limit ("hereby" needs none)."""
    first = _first_word(lowers)
    if lowers[first] in OUR_SUBJECTS:
        return None
    for k, word in enumerate(lowers):
        directed = lowers[k + 1 : k + 2] in (["required"], ["instructed"], ["directed"])
        advised = lowers[k + 1 : k + 3] == ["advised", "to"]  # not "advised that ..."
        if word == "hereby" and (directed or advised):
            if NEGATIONS & set(lowers[first:k]):
                return None
            return first, _clause_end(lowers, k + 2)  # "hereby" addresses this reader
    if _generic_plural(lowers[first]):
        return None
    for k, word in enumerate(lowers):
        duty_at = None
        be = _to_be_after(lowers, k) if word in ("is", "are") else None
        if be is not None:
            if lowers[be : be + 1] and lowers[be] in CUSTOMER_DUTIES:
                duty_at = be
            elif lowers[be : be + 1] == ["with"] and _to_our_desk(lowers, be + 1):
                duty_at = be  # "The signed form is to be with us no later than ..."
        elif word == "required" and _is_required(lowers, k):
            if {"your", "you"} & set(lowers[first:k]) or OWED_ACTS & set(lowers[first:k]):
                duty_at = k
        elif word == "must" and lowers[k + 1 : k + 2] and lowers[k + 1] in ARRIVE:
            if lowers[k + 2 : k + 3] and lowers[k + 2] in OUR_DESKS:
                duty_at = k + 1  # "must reach this office", not "must reach HMRC"
        elif word == "must" and lowers[k + 1 : k + 2] == ["be"] and lowers[k + 2 : k + 3]:
            if lowers[k + 2] in CUSTOMER_DUTIES:
                strict = _limit_after(lowers, k + 3, strict=True)
                if strict is not None and not NEGATIONS & set(lowers[first:k]):
                    return first, max(strict, _clause_end(lowers, strict))
            continue  # "appeals must be lodged within 28 days": a right, told
        if duty_at is None or NEGATIONS & set(lowers[first : duty_at + 1]):
            continue
        if "you" in lowers[first:k] and word == "must":
            continue  # "you must ..." is RC120's
        limit = _limit_after(lowers, duty_at)
        if limit is not None:
            return first, max(limit, _clause_end(lowers, limit))
    return None


#: Between "is" and "to be": "The plot is nonetheless to be brought back into
#: cultivation by May", "Payment is still to be made by Friday".
TO_BE_ADVERBS: Final = frozenset(
    {"now", "therefore", "also", "still", "nonetheless", "nevertheless", "however", "thus", ","}
)
TO_BE_ADVERB_REACH: Final = 3


def _to_be_after(lowers: list[str], k: int) -> int | None:
    """The index after "to be" when it follows "is"/"are" at ``k``, perhaps
    with an adverb between ("is nonetheless to be", "is, however, to be")."""
    j = k + 1
    while j < len(lowers) and j - k <= TO_BE_ADVERB_REACH and lowers[j] in TO_BE_ADVERBS:
        j += 1
    if lowers[j : j + 2] == ["to", "be"]:
        return j + 2
    return None


def _to_our_desk(lowers: list[str], at: int) -> bool:
    return bool(lowers[at : at + 1]) and lowers[at] in OUR_DESKS


#: Between "is" and "required": "You are now required to contact this office".
REQUIRED_ADVERBS: Final = frozenset({"now", "therefore", "also", "still"})
#: What the customer owes, as the subject of "is required" ("Payment of the
#: full premium is now required within seven days").
OWED_ACTS: Final = frozenset(
    {"payment", "repayment", "settlement", "attendance", "response", "reply", "confirmation"}
)


def _is_required(lowers: list[str], k: int) -> bool:
    """Whether "required" at ``k`` follows "is"/"are", perhaps with an adverb
    between ("is now required")."""
    before = lowers[max(k - 2, 0) : k]
    if before[-1:] in (["is"], ["are"]):
        return True
    return len(before) == 2 and before[0] in ("is", "are") and before[1] in REQUIRED_ADVERBS


def _non_act(lowers: list[str], at: int) -> bool:
    """Whether the word after "non-" at ``at`` is the customer's act left
    undone ("non-attendance", "non-payment")."""
    return at < len(lowers) and lowers[at] in NON_ACTS


def _default_penalty(lowers: list[str]) -> tuple[int, int] | None:
    """ "A failure to respond will be treated as acceptance", "Non-attendance
    will be regarded as a refusal", "In the absence of that confirmation the
    policy will be cancelled", "Any items remaining after that time will be
    disposed of": a subject of non-compliance, then a modal and a penalty."""
    for k, word in enumerate(lowers):
        if word not in DEFAULTS:
            continue
        if word == "failure" and lowers[k + 1 : k + 2] != ["to"]:
            continue
        if word == "non" and (lowers[k + 1 : k + 2] != ["-"] or not _non_act(lowers, k + 2)):
            continue  # "non-attendance", not "non-genuine parts would void the warranty"
        if word == "absence" and lowers[max(k - 2, 0) : k] != ["in", "the"]:
            continue
        if word in ("repetition", "recurrence") and lowers[k - 1 : k] not in (["any"], ["a"]):
            continue  # "any repetition will result in termination": the customer's conduct
        if word in ("remaining", "incomplete", "left", "outstanding") and not (
            DEFAULT_AFTER & set(lowers[k + 1 : k + 1 + DEFAULT_GAP])
        ):
            continue  # "any items remaining after that time", not "the remaining balance"
        window = lowers[k + 1 : k + 1 + CONSEQUENCE_REACH]
        for j, w in enumerate(window):
            if w in (".", ";", "?", "!"):
                break
            if w not in CONSEQUENCE_MODALS:
                continue
            rest = window[j + 1 : j + 5]
            if NEGATIONS & set(rest[:2]):
                break  # "will not be charged": reassurance
            hit = next((m for m, r in enumerate(rest) if r in CONSEQUENCES), None)
            if hit is not None:
                first = _first_word(lowers)
                return first, _clause_end(lowers, k + 1 + j + 1 + hit)
    return None


#: A standing rule stated as what happens to everyone's things when they are
#: not done: "Accounts left unpaid after 28 days are passed to our debt
#: recovery team", "Bookings not paid in full 10 weeks before departure are
#: cancelled", "Disputes received after the 28th will not be considered",
#: "Audits with no response by the 15th are invoiced in full". Said to the
#: customer about their own case, the impersonal subject is a sanction aimed at
#: them. The shape: a bare plural (or "anything", "any ...") subject carrying a
#: sign of non-compliance, then the verb of the main clause and a sanction.
#: Neutral consequences ("are returned to the sender", "are removed by the site
#: team", "expire") and favours ("are cancelled and refunded") are not flagged.
SANCTIONED: Final = frozenset(
    {"cancelled", "canceled", "closed", "refused", "rejected", "forfeited", "voided", "void",
     "charged", "invoiced", "fined", "billed", "recharged", "sold", "auctioned", "disposed",
     "destroyed", "binned", "discarded", "scrapped", "suspended", "terminated", "deleted",
     "treated", "deemed", "declined", "overlocked", "clamped", "towed", "barred", "banned",
     "withdrawn", "discharged"}
)  # fmt: skip
#: Sent somewhere only as a sanction when it lands on one of ``SENT_TO``.
SENT: Final = frozenset({"passed", "referred", "handed", "sent", "turned", "escalated", "reported"})
SENT_TO: Final = frozenset(
    {"collections", "collection", "debt", "recovery", "solicitors", "solicitor", "court",
     "bailiffs", "agency", "agents", "legal", "home", "away", "enforcement", "tribunal",
     "police"}
)  # fmt: skip
#: "Just so you're aware, vans not returned by 6pm are reported to the police":
#: a lead-in that marks the rule as information for the customer does not stop
#: it being the class subject; the lead-in ends at a comma within this many
#: words and holds one of these.
NOTICE_LEADS: Final = frozenset(
    {"aware", "note", "know", "reminder", "remind", "information", "fyi"}
)
NOTICE_REACH: Final = 7
#: "will not be considered", "are not accepted": what is refused to them.
REFUSED_ACTS: Final = frozenset(
    {"considered", "accepted", "reopened", "refunded", "processed", "honoured", "honored",
     "reviewed", "credited", "replaced", "investigated", "admitted", "allowed", "entertained"}
)  # fmt: skip
#: "stay unauthorised", "remain closed".
KEPT: Final = frozenset({"stay", "stays", "remain", "remains"})
KEPT_STATES: Final = frozenset(
    {"unauthorised", "unauthorized", "closed", "locked", "suspended", "cancelled"}
)
#: The subject's sign that the thing was not done (or done too late).
UNDONE: Final = frozenset(
    {"unpaid", "unclaimed", "uncollected", "unsigned", "unreturned", "overdue", "late",
     "incomplete", "missed", "fail", "fails"}
)  # fmt: skip
#: Participles of the thing not done that do not end in "-ed".
DONE_IRREGULAR: Final = frozenset({"paid", "made", "sent", "done", "signed", "returned"})
#: "received after the 28th", "left past 24 hours": done too late.
TOO_LATE: Final = frozenset({"after", "past", "beyond", "outside"})
#: Verbs opening the main clause after the subject.
MAIN_VERBS: Final = frozenset({"are", "is", "will", "'ll", "get", "gets"}) | KEPT
#: Between the verb and the sanction.
SANCTION_ADVERBS: Final = frozenset(
    {"automatically", "then", "simply", "immediately", "be", "also"}
)
#: A sanction followed by one of these is a favour ("cancelled and refunded").
FAVOURS: Final = BENEFITS | frozenset({"reimburse", "reimbursed"})
#: Subjects a sentence opens with that are not a class of the customer's things.
NOT_CLASSES: Final = NOT_PLURALS | frozenset(
    {"thanks", "yes", "always", "perhaps", "unless", "sometimes", "plus", "ours", "does",
     "across", "besides", "unfortunately", "sadly"}
)  # fmt: skip
SUBJECT_REACH: Final = 14
#: Stated in the present ("are cancelled"), the rule explains a refusal
#: already made ("Applications received after the deadline are not
#: considered", "Claims without a police report are declined") unless a time
#: limit still ahead of the customer is named: "after 28 days", "by the 15th",
#: "past 24 hours", "after that". A refusal ("not considered") is a threat
#: only with "will": the door is still open to comply.
FORWARD: Final = frozenset({"will", "'ll"})
TIME_UNITS: Final = WEEKDAYS | MONTHS | frozenset(
    {"days", "day", "hours", "hour", "weeks", "week", "months", "month", "today", "tomorrow",
     "midnight", "noon", "midday", "end", "close", "that", "then"}
)  # fmt: skip
COUNTED_UNITS: Final = frozenset({"days", "hours", "weeks", "months"})
POLICY_KEYS: Final = SANCTIONED | SENT | REFUSED_ACTS | KEPT_STATES


@check("policy-sanction")
def policy_sanction(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """A sanction stated as standing policy about the customer's unpaid,
    unreturned or late things (see ``SANCTIONED``)."""
    if not ctx.has_any(MAIN_VERBS):
        return
    quoted = quoted_tokens(ctx.doc)
    for sent in sentences_with(rule, ctx, POLICY_KEYS):
        words, lowers = word_lowers(ctx.doc, sent.start, sent.end, quoted)
        if not lowers:
            continue  # all inside quotation marks: the customer's words, not ours
        found = _policy_sanction(lowers)
        if found is not None:
            yield from indices_finding(rule, ctx, words, found)


def _class_subject(lowers: list[str], first: int) -> bool:
    """Whether the sentence opens with a class of things: a bare plural
    ("Accounts", "Late returns"), "anything" or "any ..."."""
    word = lowers[first]
    if word in ("anything", "any"):
        return True
    if word in UNDONE and first + 1 < len(lowers):
        word = lowers[first + 1]  # "Late returns", "Unpaid invoices"
    plural = word.endswith("s") and not word.endswith("ss")
    return word.isalpha() and plural and word not in NOT_CLASSES


def _undone(subject: list[str]) -> bool:
    """Whether the subject names the thing not done, or done too late."""
    for k, word in enumerate(subject):
        after = subject[k + 1 : k + 2]
        if word in UNDONE or word == "without" or (word == "with" and after == ["no"]):
            return True
        if word == "not" and after and (after[0].endswith("ed") or after[0] in DONE_IRREGULAR):
            return True  # "not paid in full", "not collected", not "not only"
        if word == "left" and TOO_LATE & set(subject[k + 1 : k + 1 + DEFAULT_GAP]):
            return True
        if word.endswith(("ed", "ing")) and after and after[0] in TOO_LATE and k > 0:
            return True  # "received after", "reported after", "remaining after"
    return False


def _policy_sanction(lowers: list[str]) -> tuple[int, int] | None:
    first = _first_word(lowers)
    if not _class_subject(lowers, first):
        comma = next(
            (k for k in range(first, min(len(lowers), first + NOTICE_REACH)) if lowers[k] == ","),
            None,
        )
        if comma is None or not NOTICE_LEADS & set(lowers[first:comma]):
            return None
        first = comma + 1
        if first >= len(lowers) or not _class_subject(lowers, first):
            return None
    verb = next(
        (
            k
            for k in range(first + 1, min(len(lowers), first + SUBJECT_REACH))
            if lowers[k] in MAIN_VERBS or lowers[k] in STOPS or lowers[k] == ","
        ),
        None,
    )
    if verb is None or lowers[verb] not in MAIN_VERBS or not _undone(lowers[first:verb]):
        return None
    k = verb + 1
    negated = False
    while k < len(lowers) and (lowers[k] in SANCTION_ADVERBS or lowers[k] in ("not", "n't")):
        negated = negated or lowers[k] in ("not", "n't")
        k += 1
    if k >= len(lowers):
        return None
    word = lowers[k]
    forward = lowers[verb] in FORWARD
    if not forward and (negated or not (_time_limit(lowers) or _flat_rule(lowers, verb))):
        return None
    if negated:
        hit = word in REFUSED_ACTS
    elif lowers[verb] in KEPT:
        hit = word in KEPT_STATES
    elif word in SENT:
        hit = bool(SENT_TO & set(lowers[k + 1 : k + 6]))
    else:
        hit = word in SANCTIONED
    if not hit and not negated:
        later = _then_sanctioned(lowers, k)
        if later is not None:
            hit, k = True, later
    if not hit or FAVOURS & set(lowers[k + 1 : k + 5]) or _tip_follows(lowers, k):
        return None
    return first, _clause_end(lowers, k)


#: After the sanction, "so" and a tip for the customer's own good: "so it's
#: worth renewing online", "so a direct debit can save you the bother", "so
#: booking ahead usually works out cheaper". The rule given as the reason for
#: the tip is information, not a threat.
TIPS: Final = frozenset(
    {"worth", "easiest", "easier", "simplest", "quickest", "cheaper", "handy", "save", "saves",
     "help", "helps"}
)  # fmt: skip
#: An order, a warning or a duty in the tip keeps it a threat: "so don't be late
#: again", "so make sure it doesn't happen again", "so you'll need to pay".
TIP_VETOES: Final = NEGATIONS | frozenset(
    {"again", "must", "sure", "have", "has", "expect", "warning", "final"}
)
#: A lesson in the customer's conduct inside the tip keeps it a reproach.
TIP_LESSONS: Final = (*CONDUCT_LESSONS, *HEDGED_REPROACHES)
TIP_LESSON_FIRSTS: Final = frozenset(phrase[0] for phrase in TIP_LESSONS)
#: "need" is a duty only before "to" ("so you'll need to pay"), not "if you need longer".
NEEDS: Final = frozenset({"need", "needs"})


def _tip_follows(lowers: list[str], at: int) -> bool:
    """Whether "so" after the sanction at ``at`` opens a tip for the customer's
    good (``TIPS``) with no order, warning or duty in it (``TIP_VETOES``) nor a
    lesson in their conduct ("so it's worth getting here on time", "next time":
    ``rhetorical.CONDUCT_LESSONS``, ``HEDGED_REPROACHES``)."""
    so = next((j for j in range(at + 1, len(lowers)) if lowers[j] == "so"), None)
    if so is None:
        return False
    tip = lowers[so + 1 :]
    words = set(tip)
    if not TIPS & words or TIP_VETOES & words:
        return False
    if any(word in NEEDS and tip[j + 1 : j + 2] == ["to"] for j, word in enumerate(tip)):
        return False
    return not holds_phrase(tip, TIP_LESSONS, TIP_LESSON_FIRSTS)


#: Words that soften or explain a standing rule stated in the present: "but
#: just call us", "which is why", "unless", "however".
EXPLAINED: Final = frozenset(
    {"but", "however", "which", "why", "unless", "just", "although", "though"}
)
#: After the sanction, the rule turned on the customer: "at your cost", "so
#: don't skip this step", "until the amount is repaid".
TURNED: Final = frozenset({"you", "your", "yours", "until", "n't", "not"})


def _flat_rule(lowers: list[str], verb: int) -> bool:
    """ "Claims without photos are rejected, so don't skip this step.",
    "Parcels that arrive without one are refused and returned at your cost",
    "Members who charge back are suspended until it is repaid": a positive
    sanction stated in the present with no deadline is still a threat when
    the rest of the sentence turns it on the customer (their cost, an order,
    a condition to lift it). Stated flat ("Claims without a police report
    are declined.") it explains a refusal already made; softened or explained
    ("but just call us", "which is why") it is information."""
    rest = set(lowers[verb + 1 :])
    return bool(TURNED & rest) and not EXPLAINED & rest


def _then_sanctioned(lowers: list[str], at: int) -> int | None:
    """ "will be removed by the managing agent and disposed of": a neutral verb,
    then "and" and a sanction in the same clause."""
    for j in range(at + 1, min(len(lowers), at + 8)):
        if lowers[j] in STOPS or lowers[j] == ",":
            return None
        if lowers[j] == "and" and j + 1 < len(lowers) and lowers[j + 1] in SANCTIONED:
            return j + 1
    return None


def _time_limit(lowers: list[str]) -> bool:
    """Whether the sentence names a time limit: "after 28 days", "by the 15th",
    "within 48 hours", "past 24 hours", "after that", "10 weeks before
    departure"."""
    for k, word in enumerate(lowers):
        counted = k > 0 and (lowers[k - 1][:1].isdigit() or lowers[k - 1] in TIMES)
        if word in COUNTED_UNITS and counted:
            return True
        if word not in LIMIT_WORDS and word not in TOO_LATE:
            continue
        ahead = [w for w in lowers[k + 1 : k + 4] if w not in ("the", "a", "an", "this", "next")]
        if ahead and (ahead[0][:1].isdigit() or ahead[0] in TIME_UNITS):
            return True
    return False
