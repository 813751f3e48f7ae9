"""Blame: the customer's own act named as the cause of what went wrong
("Since you ignored our reminders, the account was closed"), and someone
else's fault handed back to the customer ("so you'll have to take it up with
them").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from replycheck.checks import check
from replycheck.checks.hours import timed_by_the_terms
from replycheck.checks.options import read_once, word_list
from replycheck.checks.tone_sentences import (
    NEGATIONS,
    YOU,
    apologises,
    doc_view,
    indices_finding,
    quoted_tokens,
    sentences_with,
    word_lowers,
    words_finding,
    words_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Span

    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: Past forms that do not end in "-ed" (the customer's act as a cause).
IRREGULAR_PAST: Final = frozenset(
    {"chose", "forgot", "gave", "left", "sent", "put", "took", "made", "paid", "bought",
     "broke", "wrote", "ran", "let", "told", "got", "set", "kept", "sold", "spent", "lost",
     "threw", "hit", "dropped", "went", "did", "had", "drove", "rang", "wore", "overlooked",
     "ate", "drank", "fed", "rode", "tore", "bent", "spilt", "shut", "stood", "sat", "fell",
     "dug", "cut", "hung", "stuck", "swapped", "brought", "fitted"}
)  # fmt: skip
#: Not acts: "you needed", "you wanted", "you asked for" and friends say what the
#: customer wanted, not what they did wrong.
NOT_ACTS: Final = frozenset(
    {"needed", "wanted", "asked", "requested", "liked", "loved", "preferred", "mentioned",
     "contacted", "called", "emailed", "wrote", "explained", "noticed", "reported", "raised",
     "told", "received", "had", "got", "agreed", "confirmed", "shared", "hoped",
     "expected", "tried", "managed", "qualified", "noted", "described"}
)  # fmt: skip
#: Adverbs allowed between "you" and the act ("You clearly selected ...").
ACT_ADVERBS: Final = frozenset({"clearly", "obviously", "simply", "just", "also", "then", "only"})
#: Words that may open the sentence before "you".
ACT_LEADS: Final = frozenset({"unfortunately", "sadly", "but", "and"})
#: What turns the act into the cause of what follows.
CONSEQUENCE_LINKS: Final[tuple[tuple[str, ...], ...]] = (
    ("so",), ("which", "is", "why"), ("which", "'s", "why"), ("that", "'s", "why"),
    ("that", "is", "why"), ("hence",), ("therefore",), ("as", "a", "result"), ("meaning",),
    ("which", "meant"), ("which", "means"), ("which", "is"), ("which", "was"), ("which", "'s"),
)  # fmt: skip
#: The first word of each link: only there can one start.
LINK_FIRSTS: Final = frozenset(link[0] for link in CONSEQUENCE_LINKS)
#: Openers that put the act first as the reason ("Since you ignored our reminders, ...").
REASON_OPENERS: Final = frozenset({"since", "because", "as"})
#: A consequence that holds one of these (not lifted by a negation) went badly.
BAD_OUTCOMES: Final = frozenset(
    {"late", "delay", "delays", "delayed", "lost", "rejected", "declined", "failed", "expired",
     "lapsed", "refused", "blocked", "cancelled", "canceled", "returned", "back", "missed",
     "unable", "charged", "void", "invalid", "suspended", "closed", "lapse", "forfeited",
     "penalty", "wrong", "damaged", "broken", "broke", "lose", "forfeit", "refuse", "reject",
     # damage to the thing itself, and a cover lost
     "peeled", "peeling", "leaked", "flooded", "burst", "collapsed", "chipped", "rusted",
     "voided", "invalidated",
     # the thing worn out or spoilt by how it was used
     "shrank", "shrunk", "cracked", "snapped", "warped", "faded", "overheated", "melted",
     "scorched", "jammed", "seized", "clogged", "dented", "scratched", "stained", "died"}
)  # fmt: skip
#: What the customer is paid: less of it is a bad outcome ("the settlement was
#: reduced"), unlike a reduced price.
PAYOUTS: Final = frozenset(
    {"settlement", "payout", "refund", "compensation", "claim", "cover", "credit", "offer"}
)
#: A fee that follows is a verdict only when the act was a failure ("As you
#: didn't attend, the fee stands"); after a plain act ("You cancelled the day
#: before, so the charge is correct") it explains the policy.
FEE_OUTCOMES: Final = frozenset({"charge", "charged", "stands", "applies", "apply", "cancel"})
#: Words in the cause that make the act a failure.
FAILED_ACTS: Final = frozenset({"n't", "not", "late", "wrong", "incorrect", "incorrectly", "never"})
#: After a negation these make it reassurance ("so there's no fee", "won't be late").
REASSURED_WORDS: Final = frozenset(
    {"fee", "fees", "charge", "charges", "cost", "costs", "problem", "need", "worry",
     "worries", "penalty", "extra", "harm", "issue", "longer"}
)  # fmt: skip
REASSURED: Final = REASSURED_WORDS | BAD_OUTCOMES | FEE_OUTCOMES
#: After "nothing" these say no money left the customer ("so nothing has been
#: taken", "so nothing was debited"): reassurance; "so it wasn't taken into
#: account" keeps its flag, as only "nothing" lifts them.
MONEY_TAKEN: Final = frozenset(
    {"taken", "debited", "deducted", "billed", "withdrawn", "owed", "owing", "collected"}
)
#: The agent acting on it ("so I've rebooked you") is help, not a verdict.
AGENT_ACTS: Final[tuple[tuple[str, ...], ...]] = tuple(
    (who, verb) for who in ("i", "we") for verb in ("'ve", "have", "'ll", "will", "can", "'d")
)
#: What may come before the "you" that opens a cause.
ACT_OPENING: Final = ACT_ADVERBS | ACT_LEADS | REASON_OPENERS
#: A sentence without one of these has no link from cause to consequence.
CAUSE_WORDS: Final = REASON_OPENERS | frozenset(
    link[0] if link[0] == "which" else link[-1] for link in CONSEQUENCE_LINKS
)
#: How many words after a negation it may lift ("won't be charged a fee").
LIFT_REACH: Final = 3


@check("customer-caused")
def customer_caused(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """ "You chose the cheapest option, so delays are to be expected", "Since you
    ignored our reminders, the policy lapsed", "The garage you chose fitted the
    wrong parts, which is why ...": the customer's own act, linked as the cause
    of what went wrong. Also the other way round: a problem, then its cause in
    the customer's act ("The mould is a result of you drying laundry indoors",
    "Your account was compromised because you reused a password"). A link to
    what we did about it ("so I've rebooked you"), a reassurance ("so there's no
    fee") or an apology is not."""
    options = read_once(rule, _Options)
    sentences = {
        s.start: s for s in sentences_with(rule, ctx, YOU, CAUSE_WORDS, opening=ACT_OPENING)
    }
    if ctx.has_any(PASSIVE_BE):  # "Your order was placed after the cut-off, so ..."
        passives = sentences_with(
            rule,
            ctx,
            YOUR_OWN,
            CAUSE_WORDS,
            opening=ACT_OPENING,
            followed=(YOUR_OWN, PASSIVE_BE, YOUR_THING_REACH + 1),
        )
        sentences.update((s.start, s) for s in passives)
    if ctx.has_any(LATE_STARTS):  # "Your form didn't reach us until the 9th, which is why ..."
        late = sentences_with(
            rule,
            ctx,
            YOUR_OWN,
            CAUSE_WORDS,
            opening=ACT_OPENING,
            followed=(YOUR_OWN, LATE_STARTS, YOUR_THING_REACH + 1),
        )
        sentences.update((s.start, s) for s in late)
    if ctx.has_any(CHOICES):
        chosen = sentences_with(rule, ctx, YOU, CAUSE_WORDS, followed=(YOU, CHOICES, 1))
        sentences.update((s.start, s) for s in chosen)
    if ctx.has_any(YOUR_AGENTS):  # "Your dog chewed the cable, which is not covered"
        theirs = sentences_with(rule, ctx, CAUSE_WORDS, followed=(YOUR_OWN, YOUR_AGENTS, 1))
        sentences.update((s.start, s) for s in theirs)
    if ctx.has_any(CAUSE_LINK_KEYS) and ctx.has_any(PROBLEMS_OR_WORKINGS):
        reversed_ = sentences_with(
            rule,
            ctx,
            PROBLEMS_OR_WORKINGS,
            followed=(CAUSE_LINK_KEYS, YOU | YOUR_OWN, CAUSE_REACH + 2),
        )
        sentences.update((s.start, s) for s in reversed_)
    if ctx.has_any(BECAUSE):  # "because she wasn't brought in", "because your form reached us late"
        undone = sentences_with(rule, ctx, followed=(BECAUSE, options.undone_subjects, 1))
        sentences.update((s.start, s) for s in undone)
        # "because data roaming was switched on while you were in Turkey"
        unattended = sentences_with(rule, ctx, BECAUSE, PASSIVE_BE, UNATTENDED)
        sentences.update((s.start, s) for s in unattended)
        # "because we didn't receive any meter readings from you"
        not_got = sentences_with(rule, ctx, YOU, FROM, followed=(BECAUSE, WE, 1))
        sentences.update((s.start, s) for s in not_got)
    if ctx.has_any(ONLY):  # "The parcel was only delayed because the address was incomplete"
        only = sentences_with(rule, ctx, BECAUSE, followed=(ONLY, BECAUSE, ONLY_REACH + 1))
        sentences.update((s.start, s) for s in only)
    if ctx.has_any(HAVE_FORMS) and ctx.has_any(WOULD_FORMS):
        # "If you'd brought him in sooner, we'd have had options", "Had you packed it ..."
        if_you = sentences_with(rule, ctx, IF, HAVE_FORMS, WOULD_FORMS, followed=(YOU, HAD_D, 1))
        sentences.update((s.start, s) for s in if_you)
        had_you = sentences_with(rule, ctx, HAVE_FORMS, WOULD_FORMS, followed=(HAD, YOU, 1))
        sentences.update((s.start, s) for s in had_you)
    if ctx.has_any(BE) and ctx.has_any(WOULD_FORMS):
        # "if you'd done that we wouldn't be having this conversation"
        if_you_be = sentences_with(rule, ctx, IF, BE, WOULD_FORMS, followed=(YOU, HAD_D, 1))
        sentences.update((s.start, s) for s in if_you_be)
    if ctx.has_any(FAILURE_MARKS):
        # "We couldn't deliver because you weren't home", "you simply didn't turn up":
        # a failure within reach after "you"
        negated = sentences_with(rule, ctx, YOU, followed=(FAILED_AUX, NOT_WORDS, 1))
        sentences.update((s.start, s) for s in negated if _you_then_failure(s))
        verbs = sentences_with(rule, ctx, followed=(YOU, FAILURE_VERB_STARTS, FAILURE_REACH))
        sentences.update((s.start, s) for s in verbs)
    # "Bins must be out by 6am. Yours was not.": read only for that
    yours = {s.start: s for s in sentences_with(rule, ctx, YOURS, followed=(YOURS, NOT_WORDS, 2))}
    sentences.update(yours)
    # "Late readings are the reason your bills are estimated": read only for that
    reasons = {s.start: s for s in sentences_with(rule, ctx, COPULAS, REASON_NOUNS)}
    if ctx.has_any(CAUSING_VERBS):  # "... is what broke the page"
        broke = sentences_with(rule, ctx, COPULAS, followed=(WHAT, CAUSING_VERBS, 1))
        reasons.update((s.start, s) for s in broke)
    for start, sent in sorted({**reasons, **sentences}.items()):
        quoted = quoted_tokens(ctx.doc)
        words, lowers = word_lowers(ctx.doc, sent.start, sent.end, quoted)
        if not lowers or "?" in lowers or apologises(lowers):
            continue
        found = None
        if start in sentences:
            found = (
                _cause_and_consequence(lowers)
                or _problem_then_cause(lowers)
                or _outcome_then_failed_cause(lowers)
                or _counterfactual(lowers)
                or _customer_failed(lowers)
                or _left_undone_or_late(lowers, options)
                or _only_because(lowers)
            )
        if found is None and start in yours and _short_denial(lowers):
            found = (0, len(lowers) - 1) if _after_a_rule(ctx, sent, options.rule_marks) else None
        if found is None and start in reasons:
            found = _named_the_reason(lowers)
        if found is None or timed_by_the_terms(lowers[found[0] : found[1] + 1]):
            continue
        yield from indices_finding(rule, ctx, words, found)


BECAUSE: Final = frozenset({"because"})
#: Who, after "because", is the customer or theirs: "your records", "she" (the
#: patient, the child, the pet the customer brings); the rest is
#: ``options.someone``.
THEIR_SUBJECTS: Final = frozenset({"your", "he", "she"})
#: Who, after "someone", makes the act ours ("someone on our team").
OUR_SIDE: Final = frozenset({"we", "our", "us", "i", "my", "team", "staff", "here"})
#: Our side or the customer: a subject that names who acted.
OURS_OR_YOU: Final = OUR_SIDE | YOU


class _Options:
    """RC138's word lists (rulesets/blame.toml), read once per rule."""

    def __init__(self, rule: Rule) -> None:
        #: Someone unnamed at the customer's end ("because someone unplugged the blower").
        self.someone = frozenset(word_list(rule, "someone"))
        self.undone_subjects = THEIR_SUBJECTS | self.someone
        #: What the customer was to do, left undone ("because she wasn't brought
        #: in", "because your form wasn't returned"): the acts a reply expects of them.
        self.owed_acts = frozenset(word_list(rule, "owed_acts"))
        #: A stated rule's words: "must be out by 6am", "are required", "only bookings".
        self.rule_marks = frozenset(word_list(rule, "rule_marks"))


#: How far after "because" the subject's verb may come ("your last two meter readings were").
UNDONE_REACH: Final = 4
#: The customer's thing getting to us, and the word that makes it late.
ARRIVALS: Final = frozenset(
    {"reached", "arrived", "came", "received", "submitted", "sent", "paid", "filed"}
)
LATE_MARKS: Final = frozenset({"deadline", "cutoff", "late"})
#: "cut-off" and "cut off" come out of the tokenizer as two or three words.
CUT: Final = "cut"
OFF: Final = "off"


def _late_mark(words: list[str]) -> bool:
    """Whether ``words`` hold a word of LATE_MARKS, or "cut-off" / "cut off"
    split by the tokenizer ("your form reached us after the cut-off")."""
    if LATE_MARKS & set(words):
        return True
    for i, word in enumerate(words):
        if word != CUT:
            continue
        after = [w for w in words[i + 1 : i + 3] if w != "-"]
        if after[:1] == [OFF]:
            return True
    return False


BE_PAST: Final = frozenset({"was", "were"})
#: After the cause, what turns it to our help or our own fault.
REMEDY_MARKS: Final = frozenset(
    {"'ve", "'ll", "sorry", "apologise", "apologize", "mistake", "waive", "waived", "refunded",
     "free"}
)  # fmt: skip
#: Before "because", what makes the cause part of our account or our apology
#: ("we've refunded the fee because ...", "sorry, because ...").
#: Our apology, before "because": the cause is then part of it.
OUR_APOLOGY: Final = frozenset({"sorry", "apologise", "apologize"})
OURS_BEFORE_LINK: Final = frozenset({"we", "i", "us", "our"}) | OUR_APOLOGY


def _left_undone_or_late(lowers: list[str], options: _Options) -> tuple[int, int] | None:
    """``(first, last)`` of "<outcome> because <the customer or theirs> wasn't
    <owed act>" ("Her condition was advanced because she wasn't brought in until
    ...") or "... because your <thing> reached us after our deadline": what was
    theirs to do, left undone or done late, as the cause of a harm. Not when the
    sentence opens on "because" (it leads to what we did: "Because your payment
    went through after the cut-off, we've refunded the fee"), when the link is
    negated, or when we are the ones acting before it ("we've refunded the fee
    because ...")."""
    for k, word in enumerate(lowers):
        if word != "because" or k == 0 or lowers[k - 1] in ("not", "n't", "just", "only"):
            continue
        if OURS_BEFORE_LINK & set(lowers[:k]) and not _we_refuse(lowers[:k]):
            continue
        subject = k + 1
        done = _done_unattended(lowers, subject)
        if done is not None:
            # "roam-free zone" is a kind of thing, not our help
            if not any(
                w in REMEDY_MARKS and lowers[i - 1] != "-" for i, w in enumerate(lowers[k:], k)
            ):
                return k, _cause_end(lowers, done)
            continue
        if REMEDY_MARKS & set(lowers[k:]):
            continue  # "..., so I've sent a new copy": on the way to our help
        if lowers[subject : subject + 1] == ["your"]:
            if _agent_of_theirs_acts(lowers, subject + 1):
                continue  # "because your employer submitted ...": a third party, read elsewhere
        elif lowers[subject : subject + 1] and lowers[subject] in options.someone:
            found = _someone_acts(lowers, subject + 1)
            if found is not None:
                return k, _cause_end(lowers, found)
            continue
        elif lowers[subject : subject + 1] == ["we"]:
            got = _never_got_from_you(lowers, subject + 1)
            if got is not None:
                return k, got
            continue
        elif lowers[subject : subject + 1] not in (["he"], ["she"]):
            continue
        for j in range(subject + 1, min(subject + UNDONE_REACH + 1, len(lowers))):
            word_j = lowers[j]
            if word_j in LINK_STOPS:
                break
            if word_j in BE_PAST or word_j in ("had", "has", "have"):
                rest = lowers[j + 1 : j + 4]
                if rest[:1] in (["not"], ["n't"], ["never"]):
                    tail = [w for w in rest[1:] if w not in ("been", "yet")]
                    if tail[:1] and tail[0] in options.owed_acts:
                        return k, _cause_end(lowers, j)
                break
            went_in = word_j == "went" and lowers[j + 1 : j + 2] in (["in"], ["through"])
            if (word_j in ARRIVALS or went_in) and lowers[subject] == "your":
                rest = lowers[j + 1 : j + 9]
                if _late_mark(rest[: rest.index(",")] if "," in rest else rest):
                    return k, _cause_end(lowers, j)
                break
    return None


#: "we can't", "we cannot", "I won't": our refusal before "because" ("we can't run a
#: courier out because your order went in late"), not our help ("we've refunded ...").
REFUSING_MODALS: Final = frozenset({"ca", "can", "could", "wo", "will"})
NOT_WORD: Final = frozenset({"n't", "not"})


def _we_refuse(before: list[str]) -> bool:
    """Whether ``before`` (the words before "because") is our refusal, "we can't
    ...", with no apology in it."""
    if not OUR_APOLOGY.isdisjoint(before):
        return False
    return any(
        word in ("we", "i")
        and before[k + 1 : k + 2]
        and before[k + 1] in REFUSING_MODALS
        and before[k + 2 : k + 3]
        and before[k + 2] in NOT_WORD
        for k, word in enumerate(before)
    )


WE: Final = frozenset({"we"})
FROM: Final = frozenset({"from"})
#: Our getting, after "didn't" and after "never": what was the customer's to send.
GET_BASE: Final = frozenset({"receive", "get", "hear"})
GET_PAST: Final = frozenset({"received", "got", "heard"})


def _never_got_from_you(lowers: list[str], at: int) -> int | None:
    """The last word of "[because we] didn't receive any meter readings from
    you": our not getting, in the past, what the customer was to send, as the
    cause of the harm. Only with "from you" ("because we didn't receive an
    actual reading in March" names no one) and only in the past ("because we
    haven't received your form yet, could you ..." is still open)."""
    if lowers[at : at + 1] == ["never"]:
        verb, forms = at + 1, GET_PAST
    elif lowers[at : at + 1] == ["did"] and lowers[at + 1 : at + 2] in (["n't"], ["not"]):
        verb, forms = at + 2, GET_BASE
    else:
        return None
    if not lowers[verb : verb + 1] or lowers[verb] not in forms:
        return None
    end = _cause_end(lowers, verb)
    for j in range(verb + 1, end):
        if lowers[j] == "from" and lowers[j + 1] == "you":
            return end
    return None


#: What follows an agentless passive to show it was done in the customer's
#: keeping ("switched on while you were abroad", "bled without topping up").
UNATTENDED: Final = frozenset({"while", "without"})
#: A particle the passive's verb may take before it ("switched on", "left out").
PARTICLES: Final = frozenset({"on", "off", "up", "out", "in", "down", "open"})
#: Past participles too short for the "-ed" test, or irregular.
SHORT_PARTICIPLES: Final = frozenset({"bled", "left", "set", "put", "kept", "run", "fed", "shut"})
#: How many words the thing may take between "because" and "was".
UNATTENDED_SUBJECT_REACH: Final = 3


def _done_unattended(lowers: list[str], at: int) -> int | None:
    """Where the clause after "while" starts in "[because] data roaming was switched on while you
    were in Turkey" or "the radiators were bled without the system being
    topped up": a passive with no agent, of a thing (not "it", not us),
    straight on to "while" or "without": the act put at the customer's end
    without naming them. Not "the rate was fixed when you signed", nor "it
    was used in a new country without a travel notice"."""
    for j in range(at + 1, min(at + UNATTENDED_SUBJECT_REACH + 1, len(lowers))):
        if lowers[j] in PASSIVE_BE:
            break
        if lowers[j] in LINK_STOPS or lowers[j] in OUR_SIDE or lowers[j] in YOU:
            return None
    else:
        return None
    if lowers[at] in ("it", "this", "that", "they", "he", "she") or lowers[at] in OURS_OR_YOU:
        return None
    verb = j + 1
    rest = lowers[verb : verb + 3]
    if not rest or not (_past_verb(rest) or rest[0] in SHORT_PARTICIPLES):
        return None
    after = verb + 1
    if lowers[after : after + 1] and lowers[after] in PARTICLES:
        after += 1
    if lowers[after : after + 1] and lowers[after] in UNATTENDED:
        return after + 1  # the span runs on through "while you were in Turkey"
    return None


def _someone_acts(lowers: list[str], at: int) -> int | None:
    """Where the act starts after "someone" ("[because someone] unplugged the
    blower", "[somebody] has been fiddling with it", "[nobody] went to collect
    them"), within a few words and not on our side ("someone on our team")."""
    for j in range(at, min(at + UNDONE_REACH, len(lowers))):
        if lowers[j] in OUR_SIDE or lowers[j] in LINK_STOPS:
            return None
        if lowers[j] in ("keeps", "kept") or _customer_act(lowers, j):
            return j
    return None


YOURS: Final = frozenset({"yours"})
#: Words that may open the denial ("Sadly, yours was not.").
DENIAL_LEADS: Final = frozenset({"unfortunately", "sadly", "but", "and", ","})


def _short_denial(lowers: list[str]) -> bool:
    """Whether the sentence is no more than "Yours was not." ("Yours didn't.",
    "Unfortunately, yours wasn't.")."""
    words = [w for w in lowers if w not in DENIAL_LEADS and w not in (".", "!")]
    return (
        len(words) == 3
        and words[0] == "yours"
        and words[1] in FAILED_AUX | {"is", "are", "does", "do", "has"}
        and words[2] in NOT_WORDS
    )


def _after_a_rule(ctx: CheckContext, sent: Span, rule_marks: frozenset[str]) -> bool:
    """Whether the sentence before ``sent`` states a rule the customer was held
    to ("Under our policy, bins must be presented by 6am."): the bare denial
    then says they broke it. Without one ("Some orders were delayed. Yours was
    not.") it is good news."""
    if sent.start == 0:
        return False
    before = ctx.doc[sent.start - 1].sent
    _, lowers = word_lowers(ctx.doc, before.start, before.end)
    return bool(rule_marks & set(lowers))


def _cause_and_consequence(lowers: list[str]) -> tuple[int, int] | None:
    """``(first, last)`` of the customer's act when the sentence goes on to a bad
    outcome it caused, else None."""
    alpha = [k for k, word in enumerate(lowers) if word[:1].isalpha()]
    if not alpha:
        return None
    at = alpha[0]
    reason = lowers[at] in REASON_OPENERS
    if reason or lowers[at] in ACT_ADVERBS | ACT_LEADS:
        at = alpha[1] if len(alpha) > 1 else len(lowers)
    begin = at
    passive = _your_thing_done_badly(lowers, at)  # "Your order was placed after the cut-off"
    late = None if passive is not None else _your_thing_came_late(lowers, at)
    if passive is not None:
        at = passive
    elif late is not None:
        at = late  # "Your form reached us after the deadline": its sending was the customer's act
    elif lowers[at : at + 1] != ["you"] and not reason:
        at = _chosen_subject(lowers, at)  # "The garage you chose fitted ..."
    if (lowers[at : at + 1] != ["you"] and at == begin) or not (
        late is not None or _acts(lowers, at + 1) or _perfect_act(lowers, at + 1)
    ):
        return None
    if at != begin and _provenance(lowers[at + 2 : at + 2 + PROVENANCE_REACH]):
        return None  # "The silk lining you chose comes from a supplier in Macclesfield, ..."
    if reason:
        comma = next((k for k in range(at, len(lowers)) if lowers[k] == ","), None)
        if comma is None or comma == len(lowers) - 1:
            return None
        failed = bool(FAILED_ACTS & set(lowers[at:comma]))
        return (alpha[0], comma - 1) if _went_badly(lowers[comma + 1 :], failed) else None
    for k in range(at + 2, len(lowers)):
        if lowers[k] not in LINK_FIRSTS:
            continue
        if lowers[k] == "which" and _past_verb(lowers[k + 1 : k + 2]):
            # "..., which voided the warranty": the act's result told by its verb
            end = k - 1 if lowers[k - 1] != "," else k - 2
            failed = bool(FAILED_ACTS & set(lowers[at:k]))
            return (begin, end) if _went_badly(lowers[k + 1 :], failed) else None
        for link in CONSEQUENCE_LINKS:
            if tuple(lowers[k : k + len(link)]) == link:
                rest = lowers[k + len(link) :]
                end = k - 1 if lowers[k - 1] != "," else k - 2
                failed = bool(FAILED_ACTS & set(lowers[at:k]))
                return (begin, end) if _went_badly(rest, failed) else None
    return None


#: In "Your form was submitted late", what makes the passive act a failing:
#: a failed act, or done after, without or outside what was needed.
PASSIVE_FAILINGS: Final = FAILED_ACTS | frozenset(
    {"after", "without", "incomplete", "unsigned", "outside", "past", "twice"}
)
PASSIVE_BE: Final = frozenset({"was", "were"})
#: A count that makes the customer's own act a failing ("submitted twice"), but
#: not a thing done to theirs ("Your card was declined twice").
REPEATS: Final = frozenset({"twice"})
#: How many words the customer's thing may take between "your" and "was".
YOUR_THING_REACH: Final = 2


def _your_thing_done_badly(lowers: list[str], at: int) -> int | None:
    """Index of "was"/"were" in "Your order was placed after the cut-off, which
    is why ...", "Your form was submitted late, so ...": the customer's own thing
    as the subject of a passive act that failed (see ``PASSIVE_FAILINGS``), so
    the act is theirs. "Your parcel was delivered to the depot" is not."""
    if lowers[at : at + 1] != ["your"]:
        return None
    for k in range(at + 2, min(len(lowers), at + 2 + YOUR_THING_REACH)):
        if lowers[k] in PASSIVE_BE:
            clause = lowers[k + 2 : _cause_end(lowers, k + 1) + 1]
            failings = PASSIVE_FAILINGS & set(clause)
            if lowers[k + 1 : k + 2] and lowers[k + 1] in BAD_OUTCOMES:
                # "Your card was declined twice": a thing done to theirs, told
                # with its count, is no act of the customer's done twice
                failings -= REPEATS
            return k if failings else None
        if not lowers[k].isalpha():
            return None
    return None


#: What may follow "your <thing>" when it got to us late: an arrival, or its
#: negation ("Your form didn't reach us until ...", "Your payment went in after ...").
LATE_STARTS: Final = ARRIVALS | frozenset({"did", "went", "got"})
#: The arrival verbs after "didn't" ("didn't reach us until the 9th").
ARRIVE_STEMS: Final = frozenset({"reach", "arrive", "come", "get", "go"})
#: Toward us: the thing was the customer's to send ("reached us", "came in",
#: "arrived at our office"), not ours to deliver ("Your parcel arrived late").
TOWARD_US: Final = frozenset({"us", "our", "in"})


def _your_thing_came_late(lowers: list[str], at: int) -> int | None:
    """Index just before the verb in "Your form reached us after the deadline,
    so ...", "Your paperwork came in late, which is why ...", "Your consultation
    form didn't come back to us until ten days after ...": the customer's own
    thing, theirs to send, getting to us late; the mirror of "... because your
    records reached us after our deadline". A thing that travels toward the
    customer ("Your parcel arrived late, so the gift was missed") is ours to
    deliver, so the clause must name us, "in", or a time limit set on the
    customer ("after the deadline", "after the cut-off")."""
    if lowers[at : at + 1] != ["your"]:
        return None
    for k in range(at + 2, min(len(lowers), at + 2 + YOUR_THING_REACH)):
        word = lowers[k]
        if word in LATE_STARTS:
            clause = lowers[k : _cause_end(lowers, k) + 1]
            negated = word == "did" and lowers[k + 1 : k + 2] in (["n't"], ["not"])
            if word == "did" and not (negated and set(lowers[k + 2 : k + 3]) & ARRIVE_STEMS):
                return None
            limit = _late_mark([w for w in clause if w != "late"])  # "after the deadline"
            late = limit or "late" in clause or (negated and "until" in clause)
            if not late or not (limit or TOWARD_US & set(clause)):
                return None
            return k - 1
        if not word.isalpha():
            return None
    return None


#: Determiners that open a subject the customer chose ("The garage you chose",
#: "That old modem you kept").
CHOSEN_DETERMINERS: Final = frozenset({"the", "that", "this", "those", "these"})
#: The customer's choices ("the garage you chose"); other acts in a subject
#: ("the item you returned arrived damaged") describe, they do not blame.
CHOICES: Final = frozenset(
    {"chose", "picked", "selected", "opted", "insisted", "decided", "bought", "used",
     "installed", "hired", "kept", "fitted", "booked"}
)  # fmt: skip
#: How many words the chosen thing may take between determiner and "you".
CHOSEN_REACH: Final = 3


#: People and animals of the customer's whose act counts as theirs ("Your dog
#: chewed the cable, which is not covered").
YOUR_AGENTS: Final = frozenset(
    {"dog", "cat", "puppy", "pet", "pets", "child", "children", "kids", "son", "daughter",
     "partner", "husband", "wife", "installer", "electrician", "plumber", "builder",
     "builders", "landlord", "neighbour", "neighbor", "mechanic", "garage", "friend", "family",
     # the firms and trades that act for the customer ("Your vet sent the form without
     # the history, which is why ...", "because your bank blocked it")
     "bank", "vet", "vets", "gp", "doctor", "dentist", "employer", "insurer", "broker",
     "solicitor", "accountant", "tiler", "decorator", "roofer", "gardener", "carpenter",
     "joiner", "fitter", "contractor", "contractors", "surveyor", "architect", "agent",
     "lender", "provider", "issuer", "carer",
     # the people a household or an event brings in, and the garden's own
     # ("because your photographer kept everyone out", "your trees have dropped leaves")
     "photographer", "tenant", "tenants", "cleaner", "lodger", "flatmate", "planner",
     "caterer", "florist", "tree", "trees", "hedge", "hedges", "roots"}
)  # fmt: skip


def _chosen_subject(lowers: list[str], at: int) -> int:
    """The index just before the act when the sentence's subject is a thing the
    customer picked ("The garage you chose", "the cheap charger you bought") or
    one of their own ("Your dog chewed ..."), else ``at``."""
    if lowers[at] == "your" and lowers[at + 1 : at + 2] and lowers[at + 1] in YOUR_AGENTS:
        return at + 1  # the act follows the agent, as it follows "you"
    if lowers[at] not in CHOSEN_DETERMINERS:
        return at
    for k in range(at + 2, min(at + 2 + CHOSEN_REACH, len(lowers))):
        if lowers[k] == "you":
            nouns = lowers[at + 1 : k]
            chose = lowers[k + 1 : k + 2] and lowers[k + 1] in CHOICES
            named = all(w[:1].isalpha() and w not in LINK_STOPS for w in nouns)
            if chose and _term_of_sale(lowers[k + 2 : k + 6]):
                return at  # "The fare you booked is non-refundable": its terms, not a fault
            return k if chose and named else at
        if not lowers[k][:1].isalpha():
            return at
    return at


#: Where a chosen thing comes from ("The lining you chose comes from a
#: supplier in Macclesfield", "the tiles you picked are made by a pottery in
#: Spain"): the sentence names who supplies it, so a delay that follows is
#: theirs to explain, and the customer's choice only says which thing it is.
PROVENANCE: Final[tuple[tuple[str, str], ...]] = (
    ("comes", "from"), ("come", "from"), ("came", "from"), ("made", "by"), ("supplied", "by"),
    ("sourced", "from"), ("shipped", "from"), ("ships", "from"), ("imported", "from"),
    ("handmade", "by"), ("printed", "by"), ("woven", "by"), ("built", "by"),
)  # fmt: skip
PROVENANCE_REACH: Final = 4


def _provenance(words: list[str]) -> bool:
    """Whether ``words`` (those after "the X you chose") say where the thing
    comes from or who makes it (``PROVENANCE``)."""
    pairs = {tuple(words[k : k + 2]) for k in range(len(words) - 1)}
    return any(pair in pairs for pair in PROVENANCE)


#: What a thing bought or booked may be, by its terms ("non-refundable").
SALE_TERMS: Final = frozenset(
    {"refundable", "transferable", "returnable", "exchangeable", "changeable", "cancellable",
     "cancelable", "amendable"}
)  # fmt: skip


def _term_of_sale(words: list[str]) -> bool:
    """Whether ``words`` say what the chosen thing is by its terms ("is
    non-refundable", "was non-transferable"): a term stated, not a fault."""
    return (
        len(words) >= 4
        and words[0] in {"is", "was", "'s", "are", "were"}
        and words[1] == "non"
        and words[2] == "-"
        and words[3] in SALE_TERMS
    )


#: "because (of)", "due to", "down to", "a result of", "caused by", "came from":
#: what ties a problem to the cause that follows it.
CAUSE_LINKS: Final[tuple[tuple[str, ...], ...]] = (
    ("because",), ("due", "to"), ("down", "to"), ("result", "of"), ("caused", "by"),
    ("came", "from"), ("comes", "from"), ("coming", "from"), ("stems", "from"),
    ("stemmed", "from"), ("owing", "to"), ("traced", "to"),
)  # fmt: skip
CAUSE_LINK_KEYS: Final = frozenset(link[0] for link in CAUSE_LINKS)
YOUR_OWN: Final = frozenset({"your"})
#: What went wrong, named before its cause: a problem, a failure, a loss.
PROBLEMS: Final = BAD_OUTCOMES | frozenset(
    {"problem", "problems", "issue", "issues", "fault", "faults", "error", "errors", "damage",
     "drops", "dropouts", "dropping", "interference", "mould", "mold", "damp", "compromised",
     "hacked", "breach", "spike", "leak", "leaks", "leaking", "crash", "crashes", "crashing",
     "outage", "reduced", "fee", "fees", "slow", "missing", "locked", "stopped", "stuck",
     "failure", "trouble", "frozen", "overheated", "overheating", "faulty", "cracked", "crack",
     "stains", "stained", "shrunk", "shrank", "faded", "overdrawn", "arrears", "disconnected",
     "disconnections", "refused", "rejection", "buffering", "lag", "corrupted", "deleted",
     "mix", "confusion", "muddle", "slipped", "overran", "overflowing", "overflowed",
     # a switch that trips, a pipe or filter that blocks, a mark on the finish
     "tripping", "tripped", "trips", "blockage", "blockages", "scratch", "scratches", "dent",
     "dents", "jam", "jams", "jammed", "clogged",
     # what an authority or supplier does to the account: "the suspension is a
     # direct result of you not telling us"
     "suspension", "closure", "cancellation", "termination", "disconnection", "overpayment",
     "overpayments", "withdrawal"}
) | frozenset(
    # a part or a thing that gave way: "The crown came loose because you've been
    # eating hard food", "The hinge snapped because you forced the door"
    {"loose", "snapped", "broke", "broken", "burst", "bent", "chipped", "torn", "ripped",
     "split", "jammed", "clogged", "dented", "collapsed", "peeled", "peeling", "warped",
     "rusted", "tripped", "tripping", "blew", "blown", "seized", "shattered", "snagged",
     "scratched", "scuffed", "worn", "lapsed", "bounced"}
)  # fmt: skip
#: After "your", what makes the customer's thing the cause ("your own
#: wiring", "your missed payment", "your late reply").
YOUR_FAILINGS: Final = frozenset(
    {"own", "missed", "late", "failed", "incorrect", "wrong", "unpaid", "expired", "outdated",
     "cancelled", "canceled", "delayed", "careless", "faulty", "old"}
)  # fmt: skip
#: Words that end the cause's clause.
LINK_STOPS: Final = frozenset(
    {",", ";", ".", "!", "and", "but", "so", "which", "while", "although"}
)
#: How many words after the link the customer may be named ("down to that
#: ancient modem you insisted on").
CAUSE_REACH: Final = 8
#: A problem this many words before the link or closer is the one explained.
PROBLEM_REACH: Final = 8
#: "you" + these make the customer's act a state or a wish, not a cause.
NOT_CAUSE_ACTS: Final = NOT_ACTS | frozenset({"being", "having", "getting", "using"})


def _problem_then_cause(lowers: list[str]) -> tuple[int, int] | None:
    """``(first, last)`` of "<problem> ... because / down to / a result of ...
    you <act>" ("The drops are down to that ancient modem you insisted on
    keeping"): a problem, then a link to the customer's own act or "your own"
    thing. Not when the link is negated ("not because you did anything wrong")
    or the cause is ours ("because we sent you ...")."""
    for k, word in enumerate(lowers):
        if word not in CAUSE_LINK_KEYS:
            continue
        link = next((lk for lk in CAUSE_LINKS if tuple(lowers[k : k + len(lk)]) == lk), None)
        if link is None:
            continue
        before = lowers[max(k - PROBLEM_REACH, 0) : k]
        fails = _thing_fails(before)
        if NEGATIONS & set(before[-1 if fails else -2 :]) or not (PROBLEMS & set(before) or fails):
            continue
        after = k + len(link)
        if lowers[after : after + 1] == ["of"]:
            after += 1  # "because of the cheap charger you bought"
        for j in range(after, min(after + CAUSE_REACH, len(lowers))):
            word_j = lowers[j]
            if word_j in LINK_STOPS or word_j in ("we", "i", "us", "our"):
                break
            if word_j == "your" and lowers[j + 1 : j + 2] and lowers[j + 1] in YOUR_FAILINGS:
                return k, _cause_end(lowers, j + 2)  # "your own wiring", "your missed payment"
            if word_j == "your" and _agent_of_theirs_acts(lowers, j + 1):
                return k, _cause_end(lowers, j + 2)  # "because your bank blocked it"
            if word_j == "you" and j > after and _chosen_agent_acts(lowers, j + 1):
                return k, _cause_end(lowers, j + 1)  # "because the tiler you used broke it"
            if word_j == "you" and j > after and _sent_to_us(lowers, j + 1):
                break  # "because the document you sent shows ...": what it shows is the reason
            if word_j == "you" and _customer_act(lowers, j + 1):
                return k, _cause_end(lowers, j + 1)
    return None


#: "It doesn't fit", "it isn't compatible", "the app won't sync": the thing's
#: own failure, negated, as the problem a cause is then given for. Only these
#: subjects (not "we can't refund it", a refusal with its reason).
FAILING_THINGS: Final = frozenset({"it", "they", "this", "that"})
FAILING_AUX: Final = frozenset(
    {"is", "are", "was", "were", "does", "do", "did", "will", "wo", "would"}
)
#: The states and workings a thing fails at.
WORKINGS: Final = frozenset(
    {"compatible", "fit", "fits", "work", "works", "working", "charge", "charging", "connect",
     "connecting", "sync", "syncing", "start", "starting", "load", "loading", "print",
     "printing", "arrive", "arrived", "turn", "switch", "open", "close", "suitable", "valid"}
)  # fmt: skip

PROBLEMS_OR_WORKINGS: Final = PROBLEMS | WORKINGS


def _thing_fails(before: list[str]) -> bool:
    """Whether the words before a cause link say a thing of the customer's failed
    ("It isn't compatible with your laptop because ...", "They don't fit because ...")."""
    for j in range(len(before) - 2):
        if before[j] in FAILING_THINGS and before[j + 1] in FAILING_AUX:
            rest = before[j + 2 : j + 5]
            if rest[:1] and rest[0] in ("not", "n't") and WORKINGS & set(rest[1:3]):
                return True
        if before[j] in FAILING_THINGS and before[j + 1] in ("isn't", "doesn't", "won't"):
            return bool(WORKINGS & set(before[j + 2 : j + 4]))
    return False


#: What the customer may miss through no fault of their own when something of
#: ours runs late ("because you missed your onward flight, we've rebooked you").
JOURNEYS: Final = frozenset(
    {"connection", "connecting", "onward", "train", "flight", "bus", "ferry", "coach", "plane"}
)


#: Adverbs between the customer's choice and their agent's act ("the tiler you
#: used afterwards disturbed the seal").
LATER: Final = ACT_ADVERBS | frozenset({"afterwards", "later", "subsequently", "next"})


def _agent_of_theirs_acts(lowers: list[str], at: int) -> bool:
    """Whether the words at ``at`` are one of the customer's people or firms and
    a past act of theirs ("[your] bank blocked it", "[your] vet sent ...")."""
    if not lowers[at : at + 1] or lowers[at] not in YOUR_AGENTS:
        return False
    if lowers[at + 1 : at + 2] in (["have"], ["has"], ["'ve"]) and _acts(lowers, at + 2):
        return True  # "your trees have dropped leaves into it"
    return _acts(lowers, at + 1)


def _chosen_agent_acts(lowers: list[str], at: int) -> bool:
    """Whether the words at ``at`` are the customer's choice and the chosen one's
    past act ("[the tiler you] used afterwards disturbed ..."): the cause is
    someone the customer brought in, not us."""
    if not lowers[at : at + 1] or lowers[at] not in CHOICES:
        return False
    k = at + 1
    while k < len(lowers) and lowers[k] in LATER:
        k += 1
    return k > at and _acts(lowers, k)


#: What the customer sends us: "the document you sent", "the file you uploaded".
SENT_TO_US: Final = frozenset(
    {"sent", "uploaded", "submitted", "provided", "gave", "supplied", "enclosed", "attached",
     "returned", "completed", "forwarded", "emailed", "posted", "filled"}
)  # fmt: skip


def _sent_to_us(lowers: list[str], at: int) -> bool:
    """Whether the words at ``at`` name what the customer sent us, inside a
    noun phrase ("[the registration document you] sent shows the car registered
    elsewhere", "[the file you] uploaded is 38 MB"): the reason is what the
    paper says, told neutrally, not the customer's act."""
    return bool(lowers[at : at + 1]) and lowers[at] in SENT_TO_US and lowers[at - 2][:1].isalpha()


def _missed_journey(lowers: list[str], at: int) -> bool:
    """Whether the words at ``at`` are "missed your <journey>": a misfortune
    the reply goes on to put right, not the customer's failing."""
    return (
        lowers[at : at + 2] == ["missed", "your"]
        and lowers[at + 2 : at + 3] != []
        and (lowers[at + 2] in JOURNEYS)
    )


#: "you keep plugging it in", "you insist on": an act done again and again.
HABITS: Final = frozenset({"keep", "keeps"})


def _customer_act(lowers: list[str], at: int) -> bool:
    """A past act ("you reused", "you'd left", "you insisted") or an act in
    progress ("a result of you drying laundry") after "you"; not a missed
    journey (see ``_missed_journey``)."""
    if lowers[at : at + 1] and lowers[at] in ("had", "'d", "have", "'ve"):
        at += 1
        following = lowers[at + 1] if at + 1 < len(lowers) else ""
        if lowers[at] == "been" and following.endswith("ing") and len(following) > 5:
            return following not in NOT_CAUSE_ACTS  # "you've been eating hard food"
    word = lowers[at] if at < len(lowers) else ""
    if word in HABITS and lowers[at + 1 : at + 2]:
        following = lowers[at + 1]  # "the heater you keep plugging into it": a habit
        return following.endswith("ing") and following not in NOT_CAUSE_ACTS
    if word in NOT_CAUSE_ACTS or _missed_journey(lowers, at):
        return False
    if word.endswith("ing") and len(word) > 5 and word.isalpha():
        return True
    if word in ("not", "never") and lowers[at + 1 : at + 2]:
        following = lowers[at + 1]  # "a result of you not telling us": an omission
        return following.endswith("ing") and following not in NOT_CAUSE_ACTS
    return _acts(lowers, at)


#: "You've been putting them in too shallow", "You'd left it switched on": the
#: act in the perfect, habitual ("have been ...ing") or past ("had left").
PERFECTS: Final = frozenset({"have", "'ve", "had", "'d"})
PAST_PERFECTS: Final = frozenset({"had", "'d"})


def _perfect_act(lowers: list[str], at: int) -> bool:
    """Whether the words at ``at`` are the customer's act in the perfect ("'ve
    been charging it with the wrong lead", "had left the lid off")."""
    if not lowers[at : at + 1] or lowers[at] not in PERFECTS:
        return False
    if lowers[at] in PAST_PERFECTS:
        return _customer_act(lowers, at)
    # "you've been charging it ...": the habit only; "You have informed us ..." is left
    # to the other blame rules
    return lowers[at + 1 : at + 2] == ["been"] and _customer_act(lowers, at)


#: "only" before what went wrong and its cause: the fault is all the cause's.
ONLY: Final = frozenset({"only"})
#: How many words "only" may sit before "because" ("has only been delayed because").
ONLY_REACH: Final = 3
#: A modal before "only" limits a choice, not a fault: "if you can only come later because of work".
ONLY_MODALS: Final = frozenset({"can", "ca", "could", "will", "wo", "would", "may", "might"})
#: What ends the cause read after "only ... because".
ONLY_CAUSE_STOPS: Final = frozenset({",", ";", ".", "!", "?", ":", "but", "so"})


def _only_because(lowers: list[str]) -> tuple[int, int] | None:
    """ "The treatment only failed because the bin was left open", "It has only
    been delayed because the old address was used": something went wrong
    (``BAD_OUTCOMES``) "only" because of a cause, which puts the whole fault
    on the cause. Our own side before "only" or in the cause ("We were only
    late because our van broke down") owns it, an event nobody did
    (``events.EVENTS``: "only late because of the snow") blames no one, and a
    modal before "only" ("you can only come later because of work") limits a
    choice: none of these is read."""
    from replycheck.checks.events import EVENTS

    for k, word in enumerate(lowers):
        if word not in ONLY or (k and lowers[k - 1] in ONLY_MODALS):
            continue
        link = next(
            (j for j in range(k + 2, min(k + ONLY_REACH + 2, len(lowers))) if lowers[j] in BECAUSE),
            None,
        )
        if link is None or BAD_OUTCOMES.isdisjoint(lowers[k + 1 : link]):
            continue
        end = next(
            (j for j in range(link + 1, len(lowers)) if lowers[j] in ONLY_CAUSE_STOPS), len(lowers)
        )
        cause = lowers[link + 1 : end]
        if not cause or not OUR_SIDE.isdisjoint(lowers[:k]) or not OUR_SIDE.isdisjoint(cause):
            continue
        if not EVENTS.isdisjoint(cause):
            continue
        return 0, end - 1
    return None


def _cut_off_dash(lowers: list[str], j: int) -> bool:
    """Whether ``lowers[j]`` is the dash of "cut-off", one word to the reader
    that the tokenizer splits in three."""
    return lowers[j] == "-" and lowers[j - 1 : j] == [CUT] and lowers[j + 1 : j + 2] == [OFF]


def _cause_end(lowers: list[str], at: int) -> int:
    """The last word of the cause's clause that starts at ``at``."""
    end = at
    for j in range(at, len(lowers)):
        if (lowers[j] in LINK_STOPS or lowers[j] in ("?", "-", "—", ":")) and not _cut_off_dash(
            lowers, j
        ):
            break
        end = j
    return end


def _acts(lowers: list[str], at: int) -> bool:
    """Whether the words at ``at`` are a past act of the customer's ("chose",
    "didn't tell", "clearly selected")."""
    while at < len(lowers) and lowers[at] in ACT_ADVERBS:
        at += 1
    if at >= len(lowers):
        return False
    word = lowers[at]
    if word == "did" and lowers[at + 1 : at + 2] in (["n't"], ["not"]):
        following = lowers[at + 2 : at + 3]
        return bool(following) and following[0] not in {"need", "have", "get", "receive"}
    if word in NOT_ACTS:
        return False
    return word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


def _past_verb(words: list[str]) -> bool:
    """Whether ``words`` open with a past verb ("voided", "meant", "caused")."""
    return bool(words) and (
        words[0] in IRREGULAR_PAST or (words[0].endswith("ed") and len(words[0]) > 4)
    )


#: "you'll have to pay for the repair", "you will need to cover the cost": the
#: bill laid on the customer as the act's result.
COST_VERBS: Final = frozenset({"pay", "cover", "fund", "foot"})
OBLIGED: Final = frozenset({"have", "need", "'ll", "will"})
#: "you'll have no more to pay", "you won't need to pay": nothing owed.
NONE_OWED: Final = frozenset({"no", "nothing", "n't", "not", "never", "less"})


def _cost_on_the_customer(rest: list[str]) -> bool:
    """Whether the consequence makes "you" pay ("so you'll have to pay for the
    repair", "so you will need to cover the cost")."""
    for k, word in enumerate(rest[:-2]):
        if word == "you" and OBLIGED & set(rest[k + 1 : k + 3]):
            tail = rest[k + 1 : k + 6]
            if "to" in tail and COST_VERBS & set(tail) and not NONE_OWED & set(tail):
                return True
    return False


def _nothing_to_pay(rest: list[str], at: int) -> bool:
    """Whether the negation just before ``at`` waives a cost ("so you won't have to
    pay the difference", "so you'll have no more to pay"): reassurance."""
    tail = rest[at : at + LIFT_REACH + 1]
    return bool(COST_VERBS & set(tail)) and ("to" in tail)


def _went_badly(rest: list[str], failed: bool) -> bool:
    """Whether a consequence clause reports a bad outcome, not help or reassurance;
    a fee counts only after a ``failed`` act."""
    bad = BAD_OUTCOMES | FEE_OUTCOMES if failed else BAD_OUTCOMES
    rest = rest[: next((k for k, w in enumerate(rest) if w in (".", ";", "!")), len(rest))]
    if not failed:
        # "You cancelled on 19 September, so the fee applies, and I am not able to
        # refund it": after a plain act only the first consequence is its result;
        # a clause joined on after it is our decision about the policy
        joined = next((k for k, w in enumerate(rest) if _joined_clause(rest, k)), len(rest))
        if (
            rest[joined + 1 : joined + 2] == ["but"]
            and tuple(rest[joined + 2 : joined + 4]) in AGENT_ACTS
        ):
            # "Because you chose self-packing, breakages aren't covered, but I'd like to
            # see whether a restorer can help": the term told on the way to our help
            return False
        rest = rest[:joined]
    if any(
        tuple(rest[k : k + 2]) in AGENT_ACTS and not _nothing_we_give(rest, k)
        for k in range(len(rest))
    ):
        return False  # "so I've rebooked you": help
    if "reduced" in rest and PAYOUTS & set(rest):
        return True  # "which is why the settlement was reduced"
    if _cost_on_the_customer(rest):
        return True  # "so you'll have to pay for the repair"
    for k, word in enumerate(rest):
        if word in NEGATIONS:
            lifted = (
                REASSURED & set(rest[k + 1 : k + 1 + LIFT_REACH])
                or _nothing_to_pay(rest, k + 1)
                or (word == "nothing" and MONEY_TAKEN & set(rest[k + 1 : k + 1 + LIFT_REACH]))
            )
            if not lifted:
                return True  # "so the bank won't refund it"
        elif (
            word in bad
            and not NEGATIONS & set(rest[max(k - LIFT_REACH, 0) : k])
            and not _to_the_customer(rest, k)
        ):
            return True
    return False


#: What "nothing we can ..." withholds ("nothing we can pay out", "nothing we can do").
WITHHELD: Final = frozenset({"do", "pay", "offer", "refund", "cover"})


def _nothing_we_give(rest: list[str], k: int) -> bool:
    """Whether "we can" at ``k`` is our refusal, "nothing we can pay out", not help
    ("so I've rebooked you"); read then as a negation."""
    return rest[k - 1 : k] == ["nothing"] and bool(WITHHELD & set(rest[k + 2 : k + 3]))


def _joined_clause(rest: list[str], k: int) -> bool:
    """Whether a second clause starts at ``rest[k]``: ", and ..." or ", but ..."."""
    return rest[k] == "," and rest[k + 1 : k + 2] in (["and"], ["but"])


#: "back"/"returned" followed by these and "your": money on its way to the
#: customer ("the full £38 will go back to your card"), not a parcel sent back.
TOWARDS: Final = frozenset({"to", "into", "onto"})
RETURNS: Final = frozenset({"back", "returned"})


def _to_the_customer(words: list[str], at: int) -> bool:
    """Whether the outcome word at ``at`` is a return to the customer ("back to
    your card", "returned into your account"): good news, not a bad outcome."""
    following = words[at + 1 : at + 3]
    return (
        words[at] in RETURNS
        and len(following) == 2
        and following[0] in TOWARDS
        and following[1] == "your"
    )


#: "take (it) up with": the customer sent to someone else.
TAKE: Final = frozenset({"take"})
SO: Final = frozenset({"so"})
UP: Final = frozenset({"up"})
#: How far before "take" the "so" may sit ("so the missing dish is really
#: something you'd need to take up with them").
REDIRECT_REACH: Final = 14
#: Words that make us the ones taking it up ("so I'll take it up with them").
WE_ACT: Final = frozenset({"i", "we", "us", "our"})


@check("redirected-blame")
def redirected_blame(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """ "The restaurant packed it, so you'll have to take it up with them": a
    "so" and, within reach after it, "you ... take (it) up with", with no
    "I"/"we" between (then we are the ones acting) and not "so that"."""
    for sent in sentences_with(rule, ctx, UP, followed=(SO, TAKE, REDIRECT_REACH)):
        quoted = quoted_tokens(ctx.doc)
        words = [t for t in words_of(sent) if t.i not in quoted]
        lowers = [t.lower_ for t in words]
        for k, word in enumerate(lowers):
            if word != "take":
                continue
            up = k + 2 if lowers[k + 1 : k + 2] in (["it"], ["this"], ["that"]) else k + 1
            if lowers[up : up + 2] != ["up", "with"]:
                continue
            so = next(
                (j for j in range(k - 1, max(k - REDIRECT_REACH, -1), -1) if lowers[j] == "so"),
                None,
            )
            if so is None or lowers[so + 1 : so + 2] == ["that"]:
                continue
            between = set(lowers[so + 1 : k])
            if WE_ACT & between or {".", ";", "?", "!"} & between or "you" not in between:
                continue
            if lowers[so + 1 : so + 2] != ["you"]:
                # "so it's something you'd need to take up with them": the matter
                # disowned as theirs, which is the blame
                yield from words_finding(rule, ctx, words, (so, up + 1))
                continue
            # "so you'll have to take it up with them": an order (RC164); the blame
            # is the fault named before the "so"
            fault = _fault_clause(lowers, so)
            if fault is not None:
                yield from words_finding(rule, ctx, words, fault)


#: Where the clause before a "so" begins, besides the sentence's start.
FAULT_CLAUSE_OPENERS: Final = frozenset({";", ":", "—", "–"})


def _fault_clause(lowers: list[str], so: int) -> tuple[int, int] | None:
    """``(first, last)`` of the clause before the ``so`` at ``so`` ("[The restaurant
    packed the wrong dishes], so you'll have to take it up with them"): the fault
    named, which is the blame; the send-off after it is an order (RC164, RC126),
    as corpus/README.md labels it. None when nothing comes before the "so"
    ("So you'll have to take it up with them." names no one's fault)."""
    first = next((j + 1 for j in range(so - 1, -1, -1) if lowers[j] in FAULT_CLAUSE_OPENERS), 0)
    last = so - 1
    while last >= first and not any(c.isalnum() for c in lowers[last]):
        last -= 1
    return (first, last) if last >= first else None


#: Words that open a clause giving the customer's failure as the reason for
#: the rest of the sentence ("because you weren't home", "which you didn't
#: return"); "as" and "since" only as reasons, which a failure makes them.
SUBORDINATORS: Final = frozenset({"because", "since", "as", "which", "that", "cos", "cause"})
#: A failure: negated ("didn't", "never", "weren't") or a verb that is one.
FAILED_VERBS: Final = frozenset(
    {"ignored", "missed", "forgot", "overlooked", "neglected", "failed", "disregarded"}
)
FAILURE_MARKS: Final = FAILED_VERBS | frozenset({"n't", "not", "never"})
#: How far after "you" the failure may sit ("you simply didn't").
FAILURE_REACH: Final = 3
#: Auxiliaries a negation follows in a failure ("you didn't", "you weren't").
FAILED_AUX: Final = frozenset({"did", "were", "was", "had", "have", "'d", "'ve", "could", "would"})
#: After "you didn't": not failures but things that happened to the customer
#: or that they did not owe ("you didn't receive the code", "didn't need to").
NOT_FAILURES: Final = frozenset(
    {"need", "have", "get", "receive", "hear", "mean", "do", "deserve", "know", "want",
     "expect", "ask", "say", "see", "realise", "realize", "notice", "lose", "owe", "miss",
     "cause", "break", "mind", "qualify", "to", "able", "been"}
)  # fmt: skip
#: After "you weren't": done to the customer, not by them ("weren't told").
NOT_FAILURES_PASSIVE: Final = frozenset(
    {"told", "given", "sent", "charged", "billed", "informed", "notified", "contacted",
     "warned", "offered", "aware", "shown", "asked", "called", "emailed", "refunded", "at",
     "to", "the", "happy", "satisfied", "pleased", "impressed", "well", "feeling", "sure"}
)  # fmt: skip
#: The words of the clause stop at these.
CLAUSE_STOPS: Final = LINK_STOPS | frozenset({"?", ":", "-", "—", "if", "when"})


def _outcome_then_failed_cause(lowers: list[str]) -> tuple[int, int] | None:
    """``(first, last)`` of a clause giving the customer's failure as the reason
    for a bad outcome told in the rest of the sentence: "We couldn't deliver
    [because you weren't home]", "The claim can't go ahead without the form,
    [which you didn't return]", "The refund was refused [since you never sent
    the photos]". Not when the failure is something that happened to the
    customer ("you didn't receive"), not owed ("you didn't need to"), when we
    act on it ("so I've sent a new one", or with no comma: "because you missed
    your train we'd like to cover the new ticket") or in a condition ("if you
    didn't")."""
    if "if" in lowers or "unless" in lowers:
        return None
    for k, word in enumerate(lowers):
        if word not in SUBORDINATORS or lowers[k + 1 : k + 2] != ["you"]:
            continue
        end = _failure_end(lowers, k + 2)
        if end is None:
            continue
        rest = lowers[:k] + lowers[end + 1 :]
        if _went_badly(rest, failed=True) and not _agent_acts(rest):
            return k, end
    return None


def _failure_end(lowers: list[str], at: int) -> int | None:
    """The last word of a failure clause whose verb starts at ``at`` (just after
    "you"), or None when the words there are not a failure."""
    word = lowers[at] if at < len(lowers) else ""
    if word == "never":
        following = lowers[at + 1 : at + 2]
        if not following or following[0] in NOT_FAILURES:
            return None
    elif word in FAILED_AUX and lowers[at + 1 : at + 2] in (["n't"], ["not"]):
        following = lowers[at + 2 : at + 3]
        passive = NOT_FAILURES_PASSIVE if word in ("were", "was") else frozenset()
        if not following or following[0] in NOT_FAILURES | passive:
            return None
    elif word in FAILED_VERBS:
        if word == "failed" and lowers[at + 1 : at + 3] in (["to", "receive"], ["to", "get"]):
            return None
        if _missed_journey(lowers, at):
            return None
    else:
        return None
    end = at
    for j in range(at, len(lowers)):
        if lowers[j] in CLAUSE_STOPS or tuple(lowers[j : j + 2]) in AGENT_ACTS:
            break  # a new clause, with or without a comma: "... train we'd like to cover it"
        end = j
    return end


def _agent_acts(words: list[str]) -> bool:
    """Whether "I"/"we" act in the words ("I've rebooked", "we'll send")."""
    return any(tuple(words[k : k + 2]) in AGENT_ACTS for k in range(len(words)))


IF: Final = frozenset({"if"})
HAD: Final = frozenset({"had"})
#: The "have" of a past conditional's consequence ("we'd have", "it wouldn't have").
HAVE_FORMS: Final = frozenset({"have", "'ve", "of"})
WOULD_FORMS: Final = frozenset({"would", "'d", "could", "might", "wouldn't", "should"})
#: Past participles that do not end in "-ed".
IRREGULAR_PARTICIPLES: Final = frozenset(
    {"brought", "taken", "given", "written", "chosen", "done", "made", "sent", "kept", "left",
     "put", "read", "told", "paid", "bought", "gone", "come", "spoken", "shown", "thought",
     "caught", "set", "let", "run", "driven", "worn", "forgotten", "understood", "rung", "begun",
     "spent", "taught", "fed", "hung", "stuck", "shut", "struck",
     # regular or not, too short for the "-ed" test ("if you'd bled the radiators")
     "bled", "used", "led", "tied", "hid", "lit", "shed"}
)  # fmt: skip
#: After "if you had": wishes, knowledge and things that happened to the
#: customer ("if you'd like", "if you had known", "if you'd received it").
NOT_COUNTERFACTUAL_ACTS: Final = frozenset(
    {"like", "liked", "prefer", "preferred", "rather", "want", "wanted", "wish", "love", "mind",
     "known", "been", "had", "received", "heard", "seen", "needed", "asked", "hoped", "expected",
     "already", "got", "gotten", "experienced", "suffered", "lost"}
)  # fmt: skip
#: "If you had been in / at home / there": being where we needed the customer.
BEEN_THERE: Final = frozenset({"in", "home", "there", "available", "present", "on", "at", "here"})
#: Adverbs between "had" and the act ("if you had only checked").
COUNTERFACTUAL_ADVERBS: Final = frozenset(
    {"only", "just", "simply", "actually", "properly", "carefully", "even", "bothered", "to"}
)


def _counterfactual(lowers: list[str]) -> tuple[int, int] | None:
    """``(first, last)`` of "if you had <done X>" (or "had you <done X>") when
    the sentence goes on to what would have happened: "If you'd brought
    Biscuit in sooner, we'd have had more options", "Had you booked the
    flexible fare, this wouldn't have been a problem". The third conditional
    with the customer as the one who acted lays the outcome at their door.
    Wishes and things that happened to them ("if you'd like", "if you had
    known", "if you'd received it") are not acts, and an apology is sympathy.
    Negated, only a failing is an act of theirs ("If you hadn't ignored our
    reminders, this wouldn't have built up"); "If you hadn't told us, we'd
    never have found it" is thanks."""
    for i, word in enumerate(lowers):
        if word == "if" and lowers[i + 1 : i + 3] in (["you", "had"], ["you", "'d"]):
            at = i + 3
        elif (
            word == "had"
            and lowers[i + 1 : i + 2] == ["you"]
            and not any(w[:1].isalpha() for w in lowers[:i])
        ):
            at = i + 2
        else:
            continue
        while at < len(lowers) and lowers[at] in COUNTERFACTUAL_ADVERBS:
            at += 1
        negated = lowers[at : at + 1] in (["n't"], ["not"])
        if negated:  # "If you hadn't ignored our reminders, ...": only a failing undone
            at += 1
        act = lowers[at] if at < len(lowers) else ""
        if negated and act not in FAILED_VERBS:
            return None  # "If you hadn't told us, we'd never have found it" is thanks
        if act == "been" and lowers[at + 1 : at + 2] and lowers[at + 1] in BEEN_THERE:
            act = "arrived"  # "If you had been in, the repair would have been done"
        if act in NOT_COUNTERFACTUAL_ACTS or not act.isalpha():
            return None
        if not (act in IRREGULAR_PARTICIPLES or (act.endswith("ed") and len(act) > 4)):
            return None
        comma = next((k for k in range(at, len(lowers)) if lowers[k] == ","), None)
        # "if you'd done that we wouldn't be having this conversation", "If you'd
        # rinsed it first the water wouldn't have clouded, and ...": the
        # consequence's own subject, then its "would", with no comma before it
        # (a comma after the consequence closes it, it does not open it)
        unmarked = next(
            (
                k
                for k in range(at + 2, min(len(lowers) - 1, at + 2 + UNMARKED_REACH))
                if _consequence_opens(lowers, k)
            ),
            None,
        )
        if unmarked is not None and (comma is None or unmarked < comma):
            comma = unmarked - 1
        elif comma is None:
            return None
        rest = lowers[comma + 1 :]
        if any(w in WOULD_FORMS and _would_have(rest[k + 1 : k + 4]) for k, w in enumerate(rest)):
            return i, comma - 1 if lowers[comma] == "," else comma
        return None
    return None


#: Who the unmarked consequence is about ("... we wouldn't be having this conversation").
CONSEQUENCE_SUBJECTS: Final = frozenset({"we", "i", "it", "this", "that", "they", "there", "you"})
#: What opens a thing as the unmarked consequence's subject ("... the water
#: wouldn't have clouded", "... your parcel would have arrived").
CONSEQUENCE_DETERMINERS: Final = frozenset({"the", "your", "this", "that", "these", "those", "our"})


def _consequence_opens(lowers: list[str], k: int) -> bool:
    """Whether ``lowers[k]`` opens the consequence of a counterfactual with no
    comma before it: a pronoun then "would" ("we wouldn't"), or a determiner,
    one word and "would" ("the water wouldn't", "your parcel would")."""
    if lowers[k] in CONSEQUENCE_SUBJECTS and lowers[k + 1] in WOULD_FORMS:
        return True
    return (
        lowers[k] in CONSEQUENCE_DETERMINERS
        and k + 2 < len(lowers)
        and lowers[k + 1].isalpha()
        and lowers[k + 2] in WOULD_FORMS
    )


#: How far after the act the unmarked consequence may start.
UNMARKED_REACH: Final = 6
BE: Final = frozenset({"be"})


def _would_have(after: list[str]) -> bool:
    """Whether the words after a "would" carry the past conditional ("have")
    or its ongoing present ("be having", "be talking")."""
    if HAVE_FORMS & set(after):
        return True
    return any(
        w in BE and k + 1 < len(after) and after[k + 1].endswith("ing") for k, w in enumerate(after)
    )


#: What starts a failure after "you": an auxiliary a negation follows, "never"
#: or a verb of failing.
FAILURE_VERB_STARTS: Final = FAILED_VERBS | frozenset({"never"})
NOT_WORDS: Final = frozenset({"n't", "not"})


def _you_then_failure(sent: Span) -> bool:
    """Whether "you" comes within ``FAILURE_REACH`` words before a negated
    auxiliary ("you simply didn't", "because you weren't"), read from the
    ``Doc``'s table of lower-case hashes, so no ``Token`` is made."""
    from replycheck.context import word_ids

    lowers = doc_view(sent.doc).lowers
    aux, nots, you = word_ids(FAILED_AUX), word_ids(NOT_WORDS), word_ids(YOU)
    for k in range(sent.start, sent.end - 1):
        negated = lowers[k] in aux and lowers[k + 1] in nots
        if negated and not you.isdisjoint(lowers[max(k - FAILURE_REACH, sent.start) : k]):
            return True
    return False


HAD_D: Final = frozenset({"had", "'d"})
#: Words before a main-clause "you": punctuation or a conjunction.
CLAUSE_OPENERS: Final = frozenset({",", ";", ":", "—", "-", "but", "and", "so", "yet"})
#: Adverbs between "you" and the failure ("you simply didn't turn up").
FAILED_ADVERBS: Final = frozenset(
    {"simply", "just", "then", "also", "clearly", "obviously", "still"}
)
#: The failure itself: negated past or a verb of failing.
#: Words that make the sentence sympathy or reassurance, not an accusation.
KIND_WORDS: Final = frozenset({"sorry", "worry", "worries", "apologies", "apologise", "apologize"})


def _customer_failed(lowers: list[str]) -> tuple[int, int] | None:
    """``(first, last)`` of a main clause whose subject is the customer and
    whose verb is a failure: "you simply didn't turn up", "You never returned
    the signed form", "you failed to update your card". The customer named as
    the one who failed is blame, whatever the verb; not in a question, a
    condition or sympathy, and not for what happened to them or what they did
    not owe ("you didn't receive", "you never need to pay")."""
    if "?" in lowers or KIND_WORDS & set(lowers):
        return None
    for k, word in enumerate(lowers):
        if word != "you" or (k and lowers[k - 1] not in CLAUSE_OPENERS):
            continue
        if k and lowers[:k].count("if") + lowers[:k].count("when") + lowers[:k].count("unless"):
            return None
        at = k + 1
        while at < len(lowers) and lowers[at] in FAILED_ADVERBS:
            at += 1
        word_at = lowers[at] if at < len(lowers) else ""
        if word_at == "did" and lowers[at + 1 : at + 2] in (["n't"], ["not"]):
            verb_at = at + 2
        elif word_at == "never":
            verb_at = at + 1
        elif word_at in ("failed", "forgot", "neglected") and lowers[at + 1 : at + 2] == ["to"]:
            verb_at = at + 2
        else:
            continue
        verb = lowers[verb_at] if verb_at < len(lowers) else ""
        if not verb.isalpha() or verb in NOT_FAILURES or verb in ("pay", "worry", "go"):
            continue
        end = _failure_end(lowers, at) or verb_at
        if _our_lapse_owned(lowers[end + 1 :]):
            return None  # "You didn't give consent, and the photo should never have been posted"
        return k, end
    return None


#: "should never have", "shouldn't have": a lapse owned, when its subject is not "you".
LAPSE_NEGATIONS: Final = frozenset({"n't", "not", "never"})


def _our_lapse_owned(rest: list[str]) -> bool:
    """Whether the words after the customer's "didn't" own the lapse as ours:
    "..., and his photo should never have been posted", "..., and we should
    have checked": the customer's point agreed with, not a failing laid on
    them. "..., and you should have" keeps the flag."""
    for k, word in enumerate(rest):
        if word != "should" or not k or rest[k - 1] == "you":
            continue
        after = rest[k + 1 : k + 3]
        if after[:1] == ["have"] and rest[k - 1] in ("we", "i"):
            return True  # "and we should have checked"
        if after[:1] and after[0] in LAPSE_NEGATIONS and after[1:] == ["have"]:
            return True  # "and the photo should never have been posted"
    return False


#: "<the customer's failing> is the reason ...", "... is what broke the page":
#: a cause named as the subject and declared the reason for what went wrong.
COPULAS: Final = frozenset({"is", "are", "was", "were", "'s"})
REASON_NOUNS: Final = frozenset({"reason", "cause"})
#: Words between the copula and "reason" ("are the main reason").
REASON_FILLERS: Final = frozenset(
    {"the", "a", "one", "main", "real", "only", "whole", "chief", "sole", "biggest", "usual",
     "likely", "probably", "exactly", "precisely", "simply", "really", "of", "most"}
)  # fmt: skip
#: "... is what broke the page": the subject declared the cause by a verb.
CAUSING_VERBS: Final = frozenset({"broke", "caused", "causes", "breaks", "killed", "triggered"})
WHAT: Final = frozenset({"what"})
#: Where the subject's clause begins (it runs from here to the copula).
SUBJECT_STARTS: Final = frozenset(
    {",", ";", ":", "—", "-", "(", "as", "because", "since", "and", "but", "so"}
)
#: A failing in the subject: the customer's act gone wrong.
SUBJECT_FAILINGS: Final = frozenset(
    {"late", "delay", "delays", "delayed", "missed", "missing", "failure", "failing", "failed",
     "forgetting", "ignoring", "ignored", "not", "n't", "never", "wrong", "incorrect",
     "incomplete", "neglect", "junk", "misuse", "skipping", "leaving"}
)  # fmt: skip
#: Acts towards us ("Delays in informing us"): the customer is the one who acts.
TOWARDS_US: Final = frozenset(
    {"informing", "telling", "notifying", "contacting", "paying", "sending"}
)
#: What the customer hands in: "late readings", "late payments" are theirs.
CUSTOMER_RETURNS: Final = frozenset(
    {"readings", "reading", "payment", "payments", "submission", "submissions", "notice",
     "cancellation", "cancellations", "replies", "reply", "response", "responses", "returns",
     "renewal", "renewals", "booking", "bookings", "application", "applications"}
)  # fmt: skip
#: A subject holding one of these owns the cause ("our late dispatch").
OWN_CAUSES: Final = frozenset({"we", "our", "i", "my", "ours"})
#: Subjects too bare to carry a cause of their own ("That is the reason").
BARE_SUBJECTS: Final = frozenset({"this", "that", "it", "which", "these", "those", "there", "what"})
SUBJECT_REACH: Final = 12


def _named_the_reason(lowers: list[str]) -> tuple[int, int] | None:
    """``(first, last)`` of "<the customer's failing> is/are the reason ..."
    ("late readings are the reason your bills are estimated", "Delays in
    informing us are the main reason overpayments happen", "Loading your
    browser up with that much junk is what broke the page"): a cause the
    customer owns, in the subject, declared the reason for the outcome. The
    subject must name the customer's side ("your", "you", an act towards us,
    a late reading or payment) and a failing; a cause of ours ("our late
    dispatch is the reason"), a bare "That is the reason", a negated copula
    ("is not the reason") or a neutral cause ("which is the usual cause") is
    not flagged, nor is reassurance ("... so don't worry")."""
    if KIND_WORDS & set(lowers):
        return None
    for k, word in enumerate(lowers):
        if word not in COPULAS or k == 0:
            continue
        at = k + 1
        while at < len(lowers) and lowers[at] in REASON_FILLERS:
            at += 1
        named = at > k + 1 and at < len(lowers) and lowers[at] in REASON_NOUNS
        caused = (
            lowers[k + 1 : k + 2] == ["what"]
            and lowers[k + 2 : k + 3] != []
            and (lowers[k + 2] in CAUSING_VERBS)
        )
        if not named and not caused:
            continue
        first = next(
            (
                j + 1
                for j in range(k - 1, max(k - SUBJECT_REACH, 0) - 1, -1)
                if lowers[j] in SUBJECT_STARTS
            ),
            max(k - SUBJECT_REACH, 0),
        )
        while first < k and not lowers[first][:1].isalnum():
            first += 1
        subject = lowers[first:k]
        if not subject or (len(subject) == 1 and subject[0] in BARE_SUBJECTS):
            continue
        said = set(subject)
        if said & OWN_CAUSES:
            continue
        customer = (
            bool(said & {"you", "your", "yourself"})
            or any(
                w in TOWARDS_US and subject[n + 1 : n + 2] == ["us"] for n, w in enumerate(subject)
            )
            or any(
                w == "late" and subject[n + 1 : n + 2] != [] and subject[n + 1] in CUSTOMER_RETURNS
                for n, w in enumerate(subject)
            )
        )
        act = subject[0].endswith("ing") and len(subject[0]) > 4 and bool(said & {"you", "your"})
        if not customer or not (said & SUBJECT_FAILINGS or act):
            continue
        end = at if named else k + 2
        return first, _cause_end(lowers, end)
    return None
