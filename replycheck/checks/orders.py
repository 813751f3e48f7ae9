"""Demanding: orders and obligations aimed at the customer.

``second-person-obligation`` finds "you must / you need to / you are to" laid
on the customer; ``bare-order`` finds sentence-opening imperatives that demand
compliance without a softener, with urgency, or curtly short.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING, Final

from replycheck import regexcache
from replycheck.calendar_words import MONTH_WORDS, MONTHS, WEEKDAYS
from replycheck.checks import check
from replycheck.checks.further import CURRENCY
from replycheck.checks.notices import SANCTIONS
from replycheck.checks.tone_sentences import (
    STEP_THINGS,
    YOU,
    doc_view,
    hazard_named,
    holds_phrase,
    in_scope,
    list_intro,
    list_step,
    quoted_tokens,
    sentences_with,
    word_lowers,
    words_of,
)
from replycheck.context import word_ids
from replycheck.nlp import token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: "you" + these words (in order) lay an obligation on the customer.
OBLIGATIONS: Final[tuple[tuple[str, ...], ...]] = (
    ("must",),
    ("need", "to"),
    ("have", "to"),
    ("'ve", "got", "to"),
    ("have", "got", "to"),
    # the spoken "gotta" (split "got" + "ta"): the same duty, typed fast ("You gotta return it")
    ("got", "ta"),
    ("'ve", "got", "ta"),
    ("have", "got", "ta"),
    ("are", "required", "to"),
    ("'re", "required", "to"),
    ("are", "obliged", "to"),
    ("are", "obligated", "to"),
    ("'re", "obliged", "to"),
    ("are", "expected", "to"),
    ("are", "to"),
    ("'re", "to"),
    ("are", "not", "to"),
    ("'re", "not", "to"),
    ("are", "going", "to", "have", "to"),
    ("'re", "going", "to", "have", "to"),
    ("are", "going", "to", "need", "to"),
    ("'re", "going", "to", "need", "to"),
    ("'re", "expected", "to"),
    ("will", "have", "to"),
    ("'ll", "have", "to"),
    ("are", "instructed", "to"),
    ("'re", "instructed", "to"),
    ("are", "directed", "to"),
    # the same passive duties put in the future ("you will be expected to pay it")
    ("will", "be", "required", "to"),
    ("'ll", "be", "required", "to"),
    ("will", "be", "expected", "to"),
    ("'ll", "be", "expected", "to"),
    ("will", "be", "obliged", "to"),
    ("'ll", "be", "obliged", "to"),
    # a learner's "should to" is no longer advice ("you should receive it Friday"):
    # the "to" makes it the duty "you have to" ("You should to check the form")
    ("should", "to"),
)
#: "You should" is advice ("you should receive it Friday") except when it sends
#: the customer elsewhere ("You should complain to them directly").
REDIRECT_VERBS: Final = frozenset(
    {"complain", "contact", "speak", "talk", "ask", "write", "reach", "raise",
     "direct", "approach", "chase", "address"}
)  # fmt: skip
#: Only at the start of a sentence, where the formal "You will need to" reads
#: as an order; "you'll need to ..." inside a helpful sentence does not.
SENTENCE_START_OBLIGATIONS: Final[tuple[tuple[str, ...], ...]] = (("will", "need", "to"),)
#: Words allowed between "you" and the modal, or the modal and the verb.
OBLIGATION_FILLERS: Final = frozenset(
    {"also", "first", "still", "now", "immediately", "really", "definitely", "absolutely",
     "then", "therefore", "both", "urgently", "not", "always", "personally"}
)  # fmt: skip
#: After "you must": "be"/"have" make it empathy or a guess ("you must be
#: frustrated", "you must have been worried"), not an order; "you must realise"
#: talks down (a rude rule's business) rather than orders. "You have to love /
#: gotta love the new colours" is delight, not a duty.
NOT_ORDERS: Final = frozenset(
    {"be", "have", "'ve", "'re", "feel", "think", "wonder", "know", "realise", "realize",
     "understand", "appreciate", "see", "admit", "agree", "excuse", "forgive", "pardon", "bear",
     "love"}
)  # fmt: skip
#: After the formal "you are to", these announce rather than order.
ARE_TO_FORMS: Final = frozenset(
    {("are", "to"), ("'re", "to"), ("are", "not", "to"), ("'re", "not", "to")}
)
ARE_TO_NOT_ORDERS: Final = frozenset({"blame", "receive", "get", "expect", "hear", "see", "enjoy"})
#: Words that cannot be the ordered verb ("you have to at least ...").
NOT_VERBS: Final = frozenset(
    {"at", "least", "the", "a", "an", "this", "that", "it", "in", "on", "for", "with", "by"}
)
#: A "you" after these is inside a condition or relative clause, not addressed.
CLAUSE_WORDS: Final = frozenset(
    {"if", "when", "whenever", "unless", "whether", "what", "all", "everything", "anything",
     "nothing", "once", "before", "after", "where", "how", "why", "that", "which", "who",
     "do", "did", "does", "will", "would", "can", "could", "because", "case", "than",
     "so", "until", "till", "as", "whatever", "should", "might", "may", "wo", "ca", "since",
     "something", "thing", "things", "one", "step", "steps", "way", "else"}
)  # fmt: skip
#: A main-clause "you" follows the sentence start, punctuation or one of these;
#: after any other word it opens a relative clause with "that" left out ("the
#: only part you need to fill in", "the documents you must bring").
MAIN_CLAUSE_LEADS: Final = frozenset(
    {"so", "and", "but", "then", "now", "therefore", "thus", "hence", "also", "honestly",
     "frankly", "perhaps", "surely", "simply", "basically", "really", "think", "afraid",
     "guess", "believe", "however", "otherwise", "meanwhile", "again", "obviously", "clearly",
     "first", "still", "today", "yes", "no", "ok", "okay", "sadly", "unfortunately",
     "instead", "just", "next", "finally", "sir", "madam", "please", "or", "actually",
     "note", "remember", "aware", "know", "realise", "realize", "mean", "suppose", "feel",
     "trust", "hope", "appreciate", "understand", "advised", "said", "says", "told",
     "firstly", "secondly", "thirdly", "lastly", "additionally", "furthermore", "moreover",
     "likewise", "ultimately", "essentially", "look", "listen", "well", "seriously", "anyway",
     "anyways", "right", "currently", "sorry"}
)  # fmt: skip
#: Sentence-opening "You will pay ...": the future as an order, for verbs of
#: compliance only ("You will receive a refund" announces).
WILL_FORMS: Final[tuple[tuple[str, ...], ...]] = (("will",), ("'ll",))
#: "You'll pay nothing more", "You will pay less": news, not an order.
NOTHING_OWED: Final = frozenset({"nothing", "no", "less", "only", "just"})
#: "You'll pay the same monthly rate", "you will pay the usual price": the price
#: told in answer to what it will be, news; "You will pay the balance" orders.
PRICE_KEPT: Final = frozenset(
    {"same", "usual", "standard", "normal", "current", "existing", "original", "old",
     "reduced", "discounted", "lower", "member", "members"}
)  # fmt: skip
#: With a reproach ("from now on"), any verb but these makes "You will ..." an
#: order; "You will receive a text from now on" announces.
NOT_FUTURE_ORDERS: Final = frozenset(
    {"be", "receive", "get", "see", "need", "have", "hear", "find", "notice", "also", "only",
     "always", "never", "not", "still", "now", "save", "start", "continue"}
)  # fmt: skip
WILL_WORDS: Final = frozenset({"will", "'ll"})
#: How far after "will" its verb may sit ("You will also pay").
WILL_REACH: Final = 3
#: ``opening`` for sentences that must start with "you" itself (no lead words).
NO_LEADS: Final = frozenset({"you"})
#: A sentence opening with one of these puts a later "you need to" under a
#: condition or purpose ("To cancel, you need to ...", "If you wish to speak to
#: someone then you need to ...").
CONDITION_OPENERS: Final = frozenset(
    {"if", "to", "when", "once", "unless", "for", "in", "before", "after", "whenever", "should"}
)
#: A condition that a reproach in the same sentence does not excuse ("If you
#: want to try again, you need to pay upfront this time"); "In future, ..." and
#: "For once, ..." are the reproach itself, read by RC118 and RC128.
REPROACHED_CONDITIONS: Final = frozenset({"if", "when", "once", "unless", "should"})
#: "Yes, you must wear a helmet": the obligation answers the customer's own question.
ANSWER_OPENERS: Final = frozenset({"yes", "yep", "yeah"})


#: Every obligation form holds one of these: sentences without one are skipped.
OBLIGATION_WORDS: Final = frozenset(
    {"must", "need", "have", "got", "required", "obliged", "obligated", "expected",
     "instructed", "directed", "should"}
)  # fmt: skip
#: The formal "you are to <verb>" adds "are" to those words, only when present.
OBLIGATION_WORDS_ARE_TO: Final = OBLIGATION_WORDS | frozenset({"are", "'re"})
#: ``\byou ...`` written to open with the literal "you", which the regex
#: engine finds by a fast scan: the lookbehind is the word boundary (no word
#: character before "you"). Ten times faster than the ``\b``-first form.
_ARE_TO: Final = regexcache.compile(r"you(?<!\wyou)(?: are|'re|\u2019re)(?: not)? to\b")


#: What ``OBLIGATION_WORDS_ARE_TO`` adds: in a draft without one of these
#: tokens (or without "you") the two word sets find the same sentences, so
#: the text need not be lower-cased and searched.
ARE_FORMS: Final = OBLIGATION_WORDS_ARE_TO - OBLIGATION_WORDS


def _says_are_to(ctx: CheckContext) -> bool:
    """Whether the agent's text holds the formal "you are (not) to" (asked
    only where the answer can change which sentences are read)."""
    return (
        ctx.has_any(YOU) and ctx.has_any(ARE_FORMS) and _ARE_TO.search(ctx.lower_text) is not None
    )


#: How many tokens after "you" its obligation word may sit ("you also really need").
OBLIGATION_REACH: Final = 6


@check("second-person-obligation")
def second_person_obligation(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """ "You must / need to / have to / are required to <verb>": an order aimed at
    the customer. Conditions ("if you need to"), questions, empathy ("you must be
    tired") and purpose clauses ("To cancel, you need to ...") are not orders."""
    own = ctx.message.own
    words = OBLIGATION_WORDS_ARE_TO if _says_are_to(ctx) else OBLIGATION_WORDS
    sentences = list(sentences_with(rule, ctx, followed=(YOU, words, OBLIGATION_REACH)))
    if ctx.has_any(WILL_WORDS) and ctx.has_any(FUTURE_GATE):
        future = list(
            sentences_with(
                rule,
                ctx,
                YOU,
                opening=NO_LEADS,
                followed=(WILL_WORDS, COMPLIANCE_VERBS, WILL_REACH),
            )
        )
        future += sentences_with(rule, ctx, YOU, WILL_WORDS, REPROACH_KEYS, opening=NO_LEADS)
        merged = {s.start: s for s in sentences}
        merged.update((s.start, s) for s in future)
        sentences = [merged[start] for start in sorted(merged)]
    alpha = token_table(ctx.doc).alpha
    for sent in sentences:
        quoted = quoted_tokens(ctx.doc)
        if own[sent.start_char : sent.end_char].rstrip().endswith("?"):
            continue
        # the sentence's words read off the token table: only a sentence with a
        # "you" that no clause, condition or relative reading excuses is walked
        # as ``Token``s (``words_of``)
        kept, lowers = word_lowers(ctx.doc, sent.start, sent.end)
        opener_at = next((k for k, i in enumerate(kept) if alpha[i]), None)
        opener_lower = lowers[opener_at] if opener_at is not None else ""
        # a reproach ("... upfront this time", "from now on") keeps a conditioned
        # obligation an order: "If you want to try again, you need to pay upfront this time"
        reproach = holds_phrase(lowers, REPROACHES, REPROACH_FIRSTS)
        addressed: list[int] = []
        for index, lower in enumerate(lowers):
            if lower != "you" or kept[index] in quoted:
                continue
            previous = lowers[index - 1] if index else None
            if previous is not None and previous in CLAUSE_WORDS:
                continue
            if _obligation_waived(lowers, index):
                continue  # "Don't feel you have to wait for the letter"
            relative = (
                previous is not None
                and alpha[kept[index - 1]]
                and previous not in MAIN_CLAUSE_LEADS
                and not _redirects(lowers, index + 1)
            )
            if relative:
                continue  # "the only part you need to fill in"
            at_start = opener_at == index
            if (
                not at_start
                and opener_at is not None
                and opener_lower in CONDITION_OPENERS | ANSWER_OPENERS
                and not (reproach and opener_lower in REPROACHED_CONDITIONS)
            ):
                continue
            if "if" in lowers[:index] and not reproach:
                continue  # "So, if I understand the issue, you need to ..."
            if " in order " in " " + " ".join(lowers[:index]) + " ":
                continue
            addressed.append(index)
        if not addressed:
            continue
        words = words_of(sent)
        for index in addressed:
            token = words[index]
            at_start = opener_at == index
            end = _obligation_end(words, index + 1, at_start)
            bare_future = False
            if end is None and at_start:
                end = _future_order_end(words, index + 1)
                bare_future = end is not None
            if end is None:
                continue
            if bare_future and not reproach and _step_laid_out(ctx, sent, words, end):
                continue  # "2. You'll fill in a short consent form.": a step of a list
            if _then_result(words, end):
                continue  # "You need to restart the app, then the new screen will show"
            if (
                at_start
                and _future_need(words, index + 1)
                and (
                    _help_alongside(ctx, sent)
                    or _step_laid_out(ctx, sent, words, end)
                    or _step_before_step(words, end)
                    or _step_with_reason(words, end)
                )
            ):
                continue  # "You will need to apply within six months. I have enclosed the form."
            verb = words[end]
            last = verb
            if end + 1 < len(words) and words[end + 1].lower_ in ("us", "me"):
                last = words[end + 1]
            start_char, end_char = token.idx, last.idx + len(last.text)
            if not in_scope(rule, ctx, start_char, end_char):
                continue
            action = ctx.text[verb.idx : end_char]
            if at_start:
                suggestions = (f"Could you {action}", f"Please {action}")
            else:
                suggestions = (f"please {action}",)
            yield ctx.finding(rule, start_char, end_char, suggestions=suggestions)
    if ctx.has_any(MUST) and ctx.has_any(PASSIVE_DATE_WORDS | PASSIVE_AT_ONCE | WITHIN):
        for start_char, end_char in _passive_deadlines(rule, ctx):
            if in_scope(rule, ctx, start_char, end_char):
                yield ctx.finding(rule, start_char, end_char)


#: What we do to help with a step the customer will need to take, said in the
#: same sentence or the next: "I have enclosed the form", "I will email you
#: when it is confirmed", "we send a reminder in December", "I'm happy to help
#: you fill it in". The doer is us and the act is help, not a condition.
_OUR_HELP: Final = regexcache.compile(
    r"\b(?:i|we)(?:'ll| will| have|'ve|'m| am| are|'re| can| would|'d)?\s+"
    r"(?:also\s+|then\s+|gladly\s+)?"
    r"(?:send|email|e-mail|remind|post|enclosed?|attached?|help|happy to|glad to|cover|call"
    r"|ring|text|walk|book|arrange|pay|put|add|process|file|lodge|submit)\b",
    re.IGNORECASE,
)


#: The end of the next sentence: its closing mark, or a paragraph break.
_SENTENCE_END: Final = regexcache.compile(r"[.!?](?=\s|$)|\n\s*\n")


def _future_need(words: list[Token], at: int) -> bool:
    """Whether the obligation after "you" at ``at`` is "will need to" (or
    "'ll need to"): a step the process will need, said in the future."""
    while at < len(words) and words[at].lower_ in OBLIGATION_FILLERS - {"not"}:
        at += 1
    form = tuple(w.lower_ for w in words[at : at + 3])
    return form in (("will", "need", "to"), ("'ll", "need", "to"))


def _help_alongside(ctx: CheckContext, sent: Span) -> bool:
    """Whether the sentence, or the one after it, says what we do to help with
    the step ("You will need to apply within six months of the funeral. I have
    enclosed the form, and I'm happy to help you fill it in."): a step
    explained with our part in it, not an order. A redirect elsewhere ("You
    will need to contact the assembly company directly.") or a step with a
    penalty ("..., or we will not be able to file your return") offers none."""
    own = ctx.message.own
    following = _SENTENCE_END.search(own, sent.end_char)
    end = following.end() if following else len(own)
    return _OUR_HELP.search(own[sent.start_char : end]) is not None


def _step_laid_out(ctx: CheckContext, sent: Span, words: list[Token], end: int) -> bool:
    """Whether "You will need to ..." is laid out as a step of a procedure
    rather than an order: an item of a list of steps (``list_step``), or the
    line that opens a list ("You will need to bring:" above "- A photo ID")."""
    own = ctx.message.own
    if list_step(own, sent.start_char):
        return True
    # the line break is looked for in the sentence and just after it, never
    # in the rest of a long line (quadratic in a draft of one paragraph)
    line_end = own.find("\n", words[end].idx, sent.end_char + 2)
    return line_end >= 0 and list_intro(own, sent.start_char, line_end)


def _step_before_step(words: list[Token], end: int) -> bool:
    """Whether "You will need to <verb> ..." puts its step before another act
    on a thing ("You will need to stop the pendulum before fitting the new
    spring"): the order of a procedure's steps, not an order to the customer.
    A bare "before complaining" or "before contacting us" has no thing acted
    on and reads as a reproach, so it is not spared."""
    for at in range(end + 1, len(words) - 2):
        if words[at].lower_ != "before":
            continue
        gerund, thing = words[at + 1], words[at + 2]
        if (
            gerund.is_alpha
            and len(gerund.lower_) > 5
            and gerund.lower_.endswith("ing")
            and thing.lower_ in STEP_THINGS
        ):
            return True
    return False


#: What opens the reason given for a step: "..., because we can't let anyone
#: work with the animals without it".
REASON_LEADS: Final = frozenset({"because", "since"})
#: A reason that is a verdict on the customer's asking rather than the step's
#: cause ("because that's the rule", "because it's policy").
VERDICT_POINTERS: Final = frozenset({"that", "this", "it", "those", "these"})
#: What keeps a reasoned step an order: the customer in the reason ("because
#: we can't help you without it"), an edge, or the rule cited as the reason.
STEP_REASON_VETOES: Final = frozenset(
    {"you", "your", "yours", "yourself", "u", "ur", "just", "simply", "clearly", "obviously",
     "already", "told", "again", "really", "honestly", "frankly", "actually", "even",
     "rule", "rules", "policy", "terms", "otherwise", "or", "unless", "if"}
)  # fmt: skip


def _step_with_reason(words: list[Token], end: int) -> bool:
    """Whether "You will need to <verb> ..." gives the step's reason after
    "because" or ", since" ("You will need to come to the whole day, because we
    can't let anyone work with the animals without it."): a step explained,
    not an order. The reason must name neither the customer nor a
    consequence for them, hold no edge and not cite the rule itself or a
    pointer's verdict ("because that's the rule") (``STEP_REASON_VETOES``,
    ``VERDICT_POINTERS``)."""
    for at in range(end + 1, len(words) - 2):
        lead = words[at].lower_
        if lead not in REASON_LEADS or (lead == "since" and words[at - 1].lower_ != ","):
            continue  # "since April" is a time; ", since the diary is full" a reason
        reason = [w.lower_ for w in words[at + 1 :]]
        return reason[0] not in VERDICT_POINTERS and STEP_REASON_VETOES.isdisjoint(reason)
    return False


#: "Payment must be made in full by 14 June": a passive duty with a named date,
#: the order given without naming the customer. The date must be named (a
#: weekday, a month, "the 15th"), not a policy's ("by the due date", "within 28
#: days") nor an arranged day's ("by 7am on that day"), which explain a rule.
MUST: Final = frozenset({"must"})
BE: Final = frozenset({"be"})
PASSIVE_DATES: Final = WEEKDAYS | (MONTHS - {"may"}) | {"today", "tomorrow", "tonight"}
#: "may" is a month only after a day number ("by 3 May").
PASSIVE_DATE_WORDS: Final = frozenset({"by", "on", "before"})
#: "Payment must be made immediately.": no date at all leaves even less room than
#: a named one, so these words end the deadline on their own.
PASSIVE_AT_ONCE: Final = frozenset({"immediately", "forthwith"})
IRREGULAR_PARTICIPLES: Final = frozenset(
    {
        "made",
        "paid",
        "repaid",
        "given",
        "sent",
        "done",
        "brought",
        "taken",
        "left",
        "kept",
        "put",
        "set",
        "held",
        "shown",
        "written",
        "withdrawn",
    }
)
#: Whose duty it is not: ours ("we must be paid by Friday") or a condition.
NOT_DUTY_SUBJECTS: Final = frozenset(
    {"we", "i", "our", "us", "my", "if", "when", "whether", "unless", "once", "as", "because"}
)
#: What we owe the customer, by whatever date ("Your refund must be issued by 14 June").
OWED_SUBJECTS: Final = frozenset(
    {"refund", "replacement", "repair", "repairs", "delivery", "order", "parcel", "decision",
     "response", "reply", "compensation", "credit", "work", "engineer"}
)  # fmt: skip
PASSIVE_DATE_REACH: Final = 10
#: "The overpayment of £462.09 must be repaid within 28 days", "The property must
#: be vacated by then", "The access form must be completed before the move": a
#: time limit, the date already named ("then") or the customer's own event, put
#: on one thing of this customer's ("the", "your", a sum), not on every claim
#: ("Claims must be made within 28 days", "any damage must be reported within
#: 48 hours" state a rule).
WITHIN: Final = frozenset({"within"})
#: The units a time limit counts in: "within 28 days", "within two months".
WITHIN_UNITS: Final = frozenset({"hours", "hour", "days", "day", "minutes", "weeks", "week"})
LIMIT_UNITS: Final = WITHIN_UNITS | frozenset({"month", "months"})
#: What the customer must hand over or clear for us under such a limit; care of
#: the thing itself ("The cake must be kept cool and eaten within 3 days", "the
#: plaster must be left to dry before the painting") is advice, not an order.
HANDED_OVER: Final = frozenset(
    {"paid", "repaid", "settled", "cleared", "returned", "completed", "submitted", "received",
     "sent", "signed", "vacated", "collected", "handed", "removed", "filed", "lodged",
     "confirmed", "posted", "emptied", "unlocked", "printed", "attached", "uploaded",
     "provided", "supplied", "approved", "requested", "made", "given", "brought", "done"}
)  # fmt: skip
THIS_ONES: Final = frozenset({"the", "your", "this", "that"})
SUBJECT_BREAKS: Final = frozenset({",", ";", ":", "but"})
EVERY_ONES: Final = frozenset({"any", "all", "every", "each", "either", "both"})
#: How soon after the date its alternative must come ("by Friday 21st, or a late
#: charge will be added"): the penalty makes it a threat, whatever "to" follows
#: ("added to the account" is no purpose clause).
DEADLINE_ALTERNATIVE_REACH: Final = 4
_ORDINAL: Final = regexcache.compile(r"\d{1,2}(st|nd|rd|th)$")
#: The deadline given with its reason or with help: "To keep your place, payment must
#: be made by 14 June", "... by Friday 3 May to secure the date", "... so that we can
#: process your claim", "Please note ..., but you're welcome to leave your bags".
PURPOSE_LEADS: Final = frozenset({"to", "so", "because", "but"})
#: A purpose clause may open after a colon or comma, not only the sentence: "The
#: next deadline is important: to keep the priority date, the application must be
#: filed by 3 October".
PURPOSE_BREAKS: Final = frozenset({":", ";", ","})
NOTED: Final = (("please", "note"), ("just", "a", "reminder"), ("as", "a", "reminder"))
#: A next sentence that offers help or looks forward ("If that's difficult, just reply",
#: "I'd be happy to look over yours", "We look forward to seeing your work!").
_KIND_FOLLOW: Final = regexcache.compile(
    r"\s*(?:if (?:that|this|it)(?:'s| is| would be) (?:difficult|a problem|tricky|not possible)"
    r"|if you (?:need|can't|cannot|'d like|would like)"
    r"|[^.!?]*\b(?:happy to|glad to|look forward|welcome to|we can help|we'll help|i can help)\b)",
    re.IGNORECASE,
)


def _participle(word: str) -> bool:
    return word in IRREGULAR_PARTICIPLES or (len(word) > 4 and word.endswith("ed"))


def _passive_state(lowers: list[str], at: int) -> bool:
    """Whether ``lowers[at]`` after "must be" is a done thing: a participle, or
    a thing back with us ("The set must be back with us by the 20th", "Final
    numbers must be with us by Monday")."""
    word = lowers[at]
    if _participle(word):
        return True
    if word == "back":
        return True
    return word == "with" and lowers[at + 1 : at + 2] == ["us"]


def _by_us(between: list[str]) -> bool:
    """Whether the words between "must be" and the date make the act ours
    ("by us"), not the customer's ("sent to us", "back with us")."""
    return any(word == "us" and between[k - 1 : k] == ["by"] for k, word in enumerate(between))


def _named_date(lowers: list[str], at: int) -> int | None:
    """Index of the last word of a named date right after ``lowers[at]`` ("by"):
    "14 June", "Friday", "midday on Friday", "the 15th", else None."""
    k = at + 1
    if k >= len(lowers):
        return None
    if lowers[k] in ("midday", "noon", "midnight") or (
        lowers[k][:1].isdigit() and lowers[k].endswith(("am", "pm"))
    ):
        if k + 2 < len(lowers) and lowers[k + 1] == "on":
            k += 2  # "by midday on Friday"
        else:
            return None
    if k < len(lowers) and lowers[k] in ("the", "this", "next"):
        k += 1
    if k >= len(lowers):
        return None
    word = lowers[k]
    if word in PASSIVE_DATES or _ORDINAL.match(word):
        return k
    if (
        word.isdigit()
        and k + 1 < len(lowers)
        and (lowers[k + 1] in PASSIVE_DATES or lowers[k + 1] == "may")
    ):
        return k + 1
    return None


def _passive_deadlines(rule: Rule, ctx: CheckContext) -> Iterator[tuple[int, int]]:
    """ "Payment must be made in full by 14 June", "Your aunt's room must be
    cleared by midday on Friday": a duty put on the customer in the passive,
    with a named date. Spans run from the sentence's subject to the date."""
    own = ctx.message.own
    quoted = quoted_tokens(ctx.doc)
    triggers = PASSIVE_DATE_WORDS | PASSIVE_AT_ONCE | WITHIN
    for sent in sentences_with(rule, ctx, triggers, followed=(MUST, BE, 1)):
        if own[sent.start_char : sent.end_char].rstrip().endswith("?"):
            continue
        words = [t for t in words_of(sent) if t.i not in quoted]
        lowers = [t.lower_ for t in words]
        for m, word in enumerate(lowers[:-2]):
            if word != "must" or lowers[m + 1] != "be" or not _passive_state(lowers, m + 2):
                continue
            subject = lowers[:m]
            if not any(w.isalpha() for w in subject):
                continue
            if NOT_DUTY_SUBJECTS & set(subject) or OWED_SUBJECTS & set(subject):
                continue
            last = next(
                (
                    hit
                    for k in range(m + 3, min(m + 3 + PASSIVE_DATE_REACH, len(lowers) - 1))
                    if (lowers[k] in PASSIVE_DATE_WORDS and (hit := _named_date(lowers, k)))
                    or (lowers[k] in PASSIVE_AT_ONCE and (hit := k))
                ),
                None,
            )
            if last is None and lowers[m + 2] in HANDED_OVER and _one_of_theirs(subject):
                last = _time_limit(lowers, m + 3)
            if last is None or _by_us(lowers[m + 3 : last]):
                continue  # "... must be sent by us by Friday" ("sent to us" is theirs)
            if lowers[last] in PASSIVE_AT_ONCE and {"any", "all", "every", "each"} & set(subject):
                continue  # "Any damage must be reported immediately": a standing rule
            if _deadline_explained(lowers, m, last, own[sent.end_char :]):
                continue
            first = next(t for t in words if t.is_alpha)
            yield first.idx, words[last].idx + len(words[last].text)
            break


def _one_of_theirs(subject: list[str]) -> bool:
    """Whether the subject of a passive "must" is one thing of this customer's
    ("the overpayment of £462.09", "your meter reading", "the access form"),
    not every one of a kind ("any damage", "all claims"). Only the clause
    after the last comma, colon or "but" is read: "There is no charge for this,
    but it must be requested within 90 days" says what "it" needs, not "this"."""
    breaks = [k for k, word in enumerate(subject) if word in SUBJECT_BREAKS]
    words = set(subject[breaks[-1] + 1 :] if breaks else subject)
    return bool(THIS_ONES & words or CURRENCY & words) and not EVERY_ONES & words


def _time_limit(lowers: list[str], at: int) -> int | None:
    """Index of the last word of a time limit within ``PASSIVE_DATE_REACH``
    words from ``at``: "within 28 days" (its unit), "by then", "before the
    move" / "before your vessel" (its noun), else None."""
    for k in range(at, min(at + PASSIVE_DATE_REACH, len(lowers) - 1)):
        word, following = lowers[k], lowers[k + 1]
        if word == "within":
            unit = next(
                (j for j in range(k + 1, min(k + 4, len(lowers))) if lowers[j] in LIMIT_UNITS),
                None,
            )
            if unit is not None:
                return unit
        if word == "by" and following == "then":
            return k + 1
        if (
            word == "before"
            and following in ("the", "your")
            and k + 2 < len(lowers)
            and lowers[k + 2].isalpha()
        ):
            return k + 2
    return None


def _deadline_explained(lowers: list[str], must: int, date: int, after: str) -> bool:
    """Whether a passive deadline comes with its reason or an offer of help: a
    purpose or "but" clause around it ("To keep your place, ...", "... by Friday to
    secure the date", "... so that we can process your claim", "..., but you're
    welcome to ..."), a "please note", a plural rule for everyone ("Entries must be
    received by ..."), or a next sentence that offers help. The orders RC120 is
    for ("Payment must be made in full by 14 June.") come bare, or with a threat."""
    later = lowers[date + 1 :]
    threat = any(
        word == "to" and later[k + 1 : k + 2] in (["avoid"], ["prevent"])
        for k, word in enumerate(later)
    ) or any(
        word in ALTERNATIVE_LINKS and _alternative_penalty(later[k + 1 : k + 2])
        for k, word in enumerate(later[:DEADLINE_ALTERNATIVE_REACH])
    )
    if not threat and (lowers[0] in PURPOSE_LEADS or PURPOSE_LEADS & set(later)):
        return True  # not "... by Friday to avoid further action"
    if not threat and any(
        lowers[k] == "to" and lowers[k - 1] in PURPOSE_BREAKS for k in range(1, must)
    ):
        return True  # "The next deadline is important: to keep the priority date, ..."
    if any(tuple(lowers[k : k + len(cue)]) == cue for cue in NOTED for k in range(must)):
        return True
    subject = [w for w in lowers[:must] if w.isalpha()]
    if len(subject) == 1 and subject[0].endswith("s") and not subject[0].endswith("ss"):
        return True  # "Applications must be submitted by 12 July"
    return _KIND_FOLLOW.match(after) is not None


def _alternative_penalty(following: list[str]) -> bool:
    """Whether the words after a deadline's "or" start what happens instead
    ("..., or a late charge will be added"), not a second date ("or by Monday",
    "or Saturday")."""
    return bool(following) and following[0] not in PASSIVE_DATE_WORDS | PASSIVE_DATES


#: "Don't feel you have to", "never think you need to": the obligation lifted.
WAIVING_VERBS: Final = frozenset({"feel", "think"})
NEGATORS: Final = frozenset({"n't", "not", "never"})


def _obligation_waived(lowers: list[str], index: int) -> bool:
    """Whether the "you" at ``index`` of the sentence's words ``lowers`` follows
    a negated "feel"/"think" ("Please don't feel you have to wait"): the
    customer is told they need not."""
    return index >= 2 and lowers[index - 1] in WAIVING_VERBS and lowers[index - 2] in NEGATORS


def _redirects(words: list[str], at: int) -> bool:
    """ "(it's the restaurant) you should take it up with": "should" that sends
    the customer elsewhere, an order even after a noun (``words`` are the
    sentence's lower-case words)."""
    lowers = words[at : at + 4]
    return lowers[:1] == ["should"] and (
        bool(lowers[1:2] and lowers[1] in REDIRECT_VERBS) or lowers[1:2] == ["take"]
    )


def _future_order_end(words: list[Token], at: int) -> int | None:
    """ "You will pay for both repairs ...": a sentence-opening "you will" with a
    verb of compliance and no offer in return ("and we'll refund you")."""
    for form in WILL_FORMS:
        if tuple(w.lower_ for w in words[at : at + len(form)]) != form:
            continue
        verb_at = at + len(form)
        while verb_at < len(words) and words[verb_at].lower_ in OBLIGATION_FILLERS - {"not"}:
            verb_at += 1
        lowers = [w.lower_ for w in words]
        verb = words[verb_at].lower_ if verb_at < len(words) else ""
        following = words[verb_at + 1].lower_ if verb_at + 1 < len(words) else ""
        complies = (
            verb in COMPLIANCE_VERBS
            and following not in NOTHING_OWED
            and not (following == "the" and PRICE_KEPT & set(lowers[verb_at + 2 : verb_at + 3]))
        )
        reproached = (
            verb.isalpha() and verb not in NOT_FUTURE_ORDERS and _reproaches(lowers[verb_at:])
        )
        if (complies or reproached) and not _offers_help(lowers):
            return verb_at
    return None


def _then_result(words: list[Token], verb: int) -> bool:
    """Whether the step is followed by its result (", then <it> will/'ll ..."):
    a how-to instruction, not an order."""
    lowers = [t.lower_ for t in words[verb + 1 :]]
    for k, word in enumerate(lowers[:-1]):
        if word == "then" and k and lowers[k - 1] in (",", "and"):
            return bool({"will", "'ll", "should", "can"} & set(lowers[k + 1 : k + 8]))
    return False


#: After "you must be": where the customer is told to be ("at home", "present",
#: "in for the visit"), an order, unlike "you must be in a lot of pain" or "you
#: must be at your wits' end".
PRESENCE_WORDS: Final = frozenset({"home", "present", "available", "onsite", "on-site"})
PRESENCE_PAIRS: Final = frozenset(
    {("at", "home"), ("in", "for"), ("in", "between"), ("in", "from"), ("on", "time"),
     ("on", "site"), ("in", "attendance")}
)  # fmt: skip
#: "at the / at your" + a place the customer is told to keep to ("You must be
#: at the property for the full slot"), unlike "at your wits' end" or "at the
#: end of your tether", whose nouns are no place to wait in.
PRESENCE_PLACES: Final = frozenset(
    {"property", "house", "address", "premises", "flat", "door", "venue", "site",
     "office", "desk", "counter", "gate", "reception", "kerb", "kerbside", "yard"}
)  # fmt: skip


def _presence_ordered(words: list[Token], verb_at: int) -> bool:
    """Whether "you must" is followed by "be" and a place or presence the
    customer is told to keep ("You must be at home for the window")."""
    lowers = [w.lower_ for w in words[verb_at : verb_at + 4]]
    if lowers[:1] != ["be"] or len(lowers) < 2:
        return False
    if lowers[1:3] in (["at", "the"], ["at", "your"]) and lowers[3:4]:
        return lowers[3] in PRESENCE_PLACES
    return lowers[1] in PRESENCE_WORDS or tuple(lowers[1:3]) in PRESENCE_PAIRS


#: Verbs of measure that state what the customer is, not what they are to do,
#: when a limit follows: "you must weigh under 15 stone" ("you must weigh the
#: parcel" is an act).
MEASURE_VERBS: Final = frozenset({"weigh", "stand"})
LIMIT_WORDS: Final = frozenset(
    {"under", "less", "over", "more", "no", "at", "between", "below", "above", "up"}
)


def _states_a_limit(words: list[Token], verb_at: int) -> bool:
    """Whether the verb at ``verb_at`` is a measure with a limit after it."""
    return (
        words[verb_at].lower_ in MEASURE_VERBS
        and verb_at + 1 < len(words)
        and words[verb_at + 1].lower_ in LIMIT_WORDS
    )


def _obligation_end(words: list[Token], at: int, at_start: bool) -> int | None:
    """Index of the verb that completes an obligation starting at ``at``, if any."""
    while at < len(words) and words[at].lower_ in OBLIGATION_FILLERS - {"not"}:
        at += 1
    forms = OBLIGATIONS + (SENTENCE_START_OBLIGATIONS if at_start else ())
    if at + 1 < len(words) and words[at].lower_ == "should":
        following = [w.lower_ for w in words[at + 1 : at + 4]]
        if following[:1] and following[0] in REDIRECT_VERBS:
            return at + 1
        if following[:1] == ["take"] and following[2:3] == ["up"]:
            return at + 1  # "you should take it up with them"
    for form in forms:
        if tuple(w.lower_ for w in words[at : at + len(form)]) != form:
            continue
        verb_at = at + len(form)
        while verb_at < len(words) and words[verb_at].lower_ in OBLIGATION_FILLERS:
            verb_at += 1
        if verb_at >= len(words):
            return None
        verb = words[verb_at]
        if form == ("must",) and _presence_ordered(words, verb_at):
            return verb_at
        if (
            verb.lower_ == "have"
            and _causative_order(words, verb_at)
            and (form != ("must",) or URGENCY_KEYS & {w.lower_ for w in words[verb_at:]})
        ):
            return verb_at  # "You need to have the loft cleared before Thursday."
        if not verb.is_alpha or verb.lower_ in NOT_ORDERS | NOT_VERBS:
            return None
        if _states_a_limit(words, verb_at):
            return None  # "you must weigh under 15 stone": a limit to meet, not an act
        if form != ("must",) and verb.lower_ == "be":
            return None
        if form in ARE_TO_FORMS and verb.lower_ in ARE_TO_NOT_ORDERS | KIND_PROHIBITIONS:
            return None  # "you are to blame", "you are to receive", "you're not to worry"
        return verb_at
    return None


#: Imperative verbs that ask the customer to comply (not to navigate a menu).
DEMAND_VERBS: Final = frozenset(
    {"collect", "upgrade", "direct", "remove",
     "send", "provide", "submit", "pay", "return", "call", "contact", "email", "e-mail",
     "phone", "ring", "reply", "respond", "answer", "complete", "fill", "sign", "post",
     "forward", "supply", "give", "tell", "confirm", "bring", "upload", "attach", "resend",
     "settle", "clear", "produce", "present", "explain", "stop", "cease", "refrain", "quit",
     "read", "review", "enter", "ensure", "dm"}
)  # fmt: skip
#: Urgency written in capitals ("DM us your order number NOW so we can sort
#: this"): the raised voice outweighs the help offered after it.
SHOUTED_URGENCY: Final = frozenset({"NOW", "TODAY", "IMMEDIATELY", "TONIGHT", "URGENTLY"})
#: Sentence-initial words that may precede the verb without softening it.
ORDER_LEADS: Final = frozenset(
    {"now", "so", "then", "and", "just", "simply", "therefore", "kindly"}
)
#: Prohibitions we flag after "Do not"/"Don't"/"Never"; "don't worry" and
#: "don't hesitate" are kind, so only compliance verbs count.
PROHIBITED: Final = DEMAND_VERBS | frozenset(
    {
        "book",
        "order",
        "use",
        "open",
        "attempt",
        "try",
        "expect",
        "ask",
        "dispute",
        "raise",
        "file",
        "lodge",
        "complain",
        "challenge",
        "escalate",
        "copy",
        "chase",
        "speak",
        "talk",
        "shout",
        "swear",
        "threaten",
    }
)
KIND_PROHIBITIONS: Final = frozenset({"worry", "hesitate", "forget", "feel"})
#: Orders that "please" does not soften ("Please stop opening new chats").
UNSOFTENED: Final = frozenset({"stop", "cease", "refrain", "quit"})
#: "Kindly" is the formal register's "please" ("Kindly confirm.", "Kindly
#: share the invoice by Friday."), so it softens a request, deadline and all;
#: but "Kindly ensure ..." is a formula for an order, and so is "Kindly
#: refrain/stop ...": after "kindly" only these verbs keep a deadline or curtness
#: an order. (A reproach, "Kindly be careful in future", is read before this.)
KINDLY_ORDERS: Final = UNSOFTENED | frozenset({"ensure", "read"})
SOFTENERS: Final = frozenset({"please", "pls", "plz", "free", "welcome"})
URGENCY_WORDS: Final = frozenset(
    {"today", "tonight", "immediately", "asap", "urgently", "promptly", "now", "tomorrow"}
)
URGENCY_PHRASES: Final[tuple[tuple[str, ...], ...]] = (
    ("right", "away"), ("straight", "away"), ("at", "once"), ("without", "delay"),
    ("by", "return"), ("no", "later", "than"), ("by", "end", "of"), ("by", "close", "of"),
    ("by", "the", "end", "of"), ("as", "soon", "as", "possible"),
    # a deadline named earlier and pointed back to ("Clear the area before then.")
    ("by", "then"), ("before", "then"), ("by", "that", "date"), ("before", "that", "date"),
    ("by", "that", "time"), ("before", "that", "time"), ("by", "that", "day"),
)  # fmt: skip
#: The first word of each urgency phrase: only there can one start.
URGENCY_FIRSTS: Final = frozenset(phrase[0] for phrase in URGENCY_PHRASES)
DAYS: Final = WEEKDAYS | {"eod", "midnight", "noon", "tomorrow"}
#: "Read our policy" is curt; "Read more on our blog" is not.
READ_OBJECTS: Final = frozenset(
    {"policy", "policies", "terms", "faq", "faqs", "instructions", "manual", "email", "emails",
     "conditions", "guidelines", "message", "contract", "rules", "small"}
)  # fmt: skip
#: "Read it again", "Read it properly": told to read what we sent a second time.
REREAD: Final = frozenset({"again", "properly", "carefully", "thoroughly"})
#: "Read the policy I sent you", "Read the leaflet you were given": what to read
#: named as what the customer already has from us, so the order says they
#: never read it. The giver ("i", "we") or the customer as receiver ("you
#: were") comes first, then one of these verbs.
GIVEN_VERBS: Final = frozenset(
    {"sent", "gave", "given", "emailed", "e-mailed", "handed", "posted", "showed", "shown",
     "forwarded", "attached", "enclosed"}
)  # fmt: skip
#: Who hands it over, and what may come between them and the verb ("we've
#: already sent you", "you were sent").
GIVERS: Final = frozenset({"i", "we"})
GIVEN_BETWEEN: Final = frozenset({"'ve", "have", "had", "'d", "already", "were", "was", "got"})
#: How far after "read" the giver may stand ("Read the lesson policy I sent").
GIVEN_REACH: Final = 6
#: "..., it's all on there": the answer was in the customer's hands all along.
ALL_THERE: Final[tuple[tuple[str, ...], ...]] = (
    ("all", "on", "there"), ("all", "in", "there"), ("all", "there"),
)  # fmt: skip
ALL_THERE_FIRSTS: Final = frozenset(phrase[0] for phrase in ALL_THERE)
#: More words than this after "read" and it is a long instruction, not a retort.
GIVEN_READ_LENGTH: Final = 14
#: A leaflet read for the customer's safety ("Read the safety sheet we gave
#: you before first use") is care for them, not a retort.
READ_FOR_SAFETY: Final = frozenset({"safety", "safe", "safely", "warning", "warnings"})
#: More words than this and an urgent imperative reads as guidance, unless
#: its verb is a plain demand for compliance.
SHORT_ORDER: Final = 6
#: The last word of a deadline that leaves no room: the same day, at once, by
#: return, within hours, by a clock time. A reply asked for by one is an order
#: however long the sentence runs ("Reply to this email with the photos by 5pm
#: today", "Confirm by return whether Ruby will attend"), unlike "Get back to
#: us by Wednesday" (and unlike a step of a visit, "Give him a light meal by 8pm").
REPLY_VERBS: Final = frozenset({"reply", "respond", "confirm", "answer"})
PRESSING: Final = frozenset(
    {"today", "tonight", "immediately", "asap", "urgently", "return", "hours", "hour",
     "minutes", "am", "pm", "a.m.", "p.m.", "noon", "midday", "midnight"}
)  # fmt: skip
COMPLIANCE_VERBS: Final = frozenset(
    {"upgrade", "remove", "collect",
     "send", "provide", "submit", "pay", "return", "settle", "supply", "upload", "enter",
     "complete", "sign", "fill", "forward", "produce", "present", "resend", "attach", "clear",
     "ensure", "bring", "dm"}
)  # fmt: skip
#: A bare order this short ("Get a plumber.", "Send photos.") is curt on its own.
CURT_LENGTH: Final = 3
#: Verbs of a job on the customer's own things that, bare and short with a
#: deadline, are an order ("Update the card today.", "Renew it within the
#: week.", "Turn that plugin off now."). Selling verbs ("Book today and save")
#: and first-line fixes ("Restart it now") are left out.
DEADLINE_VERBS: Final = frozenset(
    {"update", "renew", "turn", "clean", "cut", "unplug", "vacate", "tidy", "empty", "trim",
     "repair", "replace", "take", "remove", "fix", "sort",
     # "Do it today.", "Top it up before Monday.": the job named by a pronoun
     "do", "top"}
)  # fmt: skip
#: "DM us!" is a chat invitation, never curt on its own; "DM us ... NOW" still orders.
CHAT_INVITES: Final = frozenset({"dm"})
CURT_VERBS: Final = (DEMAND_VERBS - CHAT_INVITES) | frozenset(
    {"get", "find", "fix", "deal", "sort", "ask", "take"}
)
#: ...unless it is a friendly sign-off ("Call us anytime.", "Get well soon.").
FRIENDLY: Final = frozenset(
    {"care", "anytime", "any", "soon", "well", "back", "free", "time", "more"}
)


IF: Final = frozenset({"if"})
#: Words that say the customer got it wrong before and must now do it right:
#: an order holding one reproaches ("Fill it in properly this time", "Make
#: sure you are actually home this time", "You will keep it down from now on").
REPROACHES: Final[tuple[tuple[str, ...], ...]] = (
    ("this", "time"), ("for", "once"), ("for", "a", "change"), ("from", "now", "on"),
    ("in", "future"), ("going", "forward"),
)  # fmt: skip
#: The first word of each reproach: only there can one start.
REPROACH_FIRSTS: Final = frozenset(phrase[0] for phrase in REPROACHES)
#: The rarest word of each reproach ("now" for "from now on"): a sentence
#: without one holds none.
REPROACH_KEYS: Final = frozenset({"time", "once", "change", "now", "future", "forward"})
#: A "You will ..." order needs a verb of compliance or a reproach.
FUTURE_GATE: Final = COMPLIANCE_VERBS | REPROACH_KEYS
#: "Send proper photos", "Provide a proper address": a demand that says the
#: last attempt fell short.
PROPER: Final = frozenset({"proper", "decent"})
#: What may sit between the verb and "proper" ("Send us some proper photos").
PROPER_LEADS: Final = frozenset({"us", "me", "a", "an", "some", "them"})


def _demands_proper(alpha: list[Token], at: int) -> bool:
    """ "Send proper photos", "Provide us a proper address": a compliance verb
    whose object is asked to be "proper" this time."""
    if alpha[at].lower_ not in COMPLIANCE_VERBS:
        return False
    k = at + 1
    while k < len(alpha) and k <= at + 2 and alpha[k].lower_ in PROPER_LEADS:
        k += 1
    return k < len(alpha) and alpha[k].lower_ in PROPER


#: "Complete it properly", "Fill it in correctly": the last attempt was wrong.
RIGHTLY: Final = frozenset({"properly", "correctly"})
#: How far after the verb "properly" may sit ("Fill the whole form in properly").
RIGHTLY_REACH: Final = 5


def _demands_it_right(alpha: list[Token], at: int) -> bool:
    """ "Complete it properly and resubmit", "Fill in the form correctly": a
    compliance verb told to be done right this time, which says the customer
    did it wrong before."""
    if alpha[at].lower_ not in COMPLIANCE_VERBS:
        return False
    return any(t.lower_ in RIGHTLY for t in alpha[at + 1 : at + 1 + RIGHTLY_REACH])


#: Verbs that open an order only with a reproach ("Make sure ... this time",
#: "Stay behind the line this time", "Remember the receipt from now on"): the
#: customer's conduct (where to stand, wait or park, what to remember, leave or
#: lock) told to be right at last.
#: The conduct verbs hold their reproach only in their own clause and with no
#: "us" in it ("Stay behind the line this time", not "Leave it with us this time"
#: or "Close the app, and it should work this time"): see _conduct_reproached.
CONDUCT_VERBS: Final = frozenset(
    {"stay", "remember", "wait", "leave", "park", "lock", "close", "arrive", "label", "pack",
     "write", "switch", "hold"}
)  # fmt: skip
REPROACH_VERBS: Final = (
    frozenset({"make", "keep", "be", "use", "check", "try", "follow", "do"}) | CONDUCT_VERBS
)
#: Where a conduct order's clause ends, and the words that make it about us.
CONDUCT_BREAKS: Final = frozenset({",", ";", ":", "and", "but", "so", "then", "or"})
CONDUCT_OURS: Final = frozenset({"us", "we", "me", "i", "our", "'ll"})


def _conduct_reproached(lowers: list[str]) -> bool:
    """Whether a conduct order ("Stay behind the line this time") holds its
    reproach in its own first clause, with nothing of ours in that clause."""
    end = next((k for k, w in enumerate(lowers) if k and w in CONDUCT_BREAKS), len(lowers))
    clause = lowers[:end]
    return _reproaches(clause) and not CONDUCT_OURS & set(clause)


#: "Do it yourself", "Check it yourself": the job handed back to the customer.
HANDED_BACK: Final = frozenset({"it", "this", "that", "them"})
PARTICLES: Final = frozenset({"out", "up", "back", "off", "over"})
#: What a bare order can open with; sentences without one are skipped.
ORDER_OPENERS: Final = CURT_VERBS | CHAT_INVITES | DEADLINE_VERBS | frozenset({"do", "never"})
#: Reproach verbs that open no other kind of order; looked at only with a reproach.
REPROACH_ONLY_VERBS: Final = REPROACH_VERBS - ORDER_OPENERS


#: What may come before a bare order's verb, and the sentences ``bare_order``
#: leaves out (a condition; a softener, unless it softens a "stop"): made
#: once, not per draft.
_ORDER_OPENING: Final = ORDER_LEADS | SOFTENERS
#: A sentence opened by one of these names what it is about ("As for reading the
#: meter yourself in future, ..."); the verb after it is the topic, not an order.
TOPIC_OPENERS: Final = frozenset({("as", "for"), ("as", "to"), ("as", "regards")})
_ORDER_EXCLUDING: Final[tuple[tuple[frozenset[str], frozenset[str]], ...]] = (
    (IF, frozenset()),
    (SOFTENERS, UNSOFTENED),
)


@check("bare-order")
def bare_order(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """A sentence that opens with a bare demand ("Send it today.", "Do not send
    photos.", "Read our policy."). Steps to follow ("Go to Settings and tap
    Cancel"), softened requests ("Please reply ...") and questions are fine."""
    own = ctx.message.own
    paragraphs = _Paragraphs(own)
    sentences = {
        s.start: s
        for s in sentences_with(
            rule, ctx, ORDER_OPENERS, opening=_ORDER_OPENING, excluding=_ORDER_EXCLUDING
        )
    }
    if ctx.has_any(REPROACH_KEYS) and ctx.has_any(REPROACH_ONLY_VERBS):
        reproached = sentences_with(
            rule,
            ctx,
            REPROACH_ONLY_VERBS,
            REPROACH_KEYS,
            opening=_ORDER_OPENING,
            excluding=_ORDER_EXCLUDING,
        )
        sentences.update((s.start, s) for s in reproached)
    if ctx.has_any(YOURSELF):
        handed = sentences_with(rule, ctx, YOURSELF, excluding=_ORDER_EXCLUDING)
        sentences.update((s.start, s) for s in handed)
    if ctx.has_any(PRECONDITION_MARKS):
        readied = sentences_with(
            rule,
            ctx,
            PRECONDITION_VERBS,
            PRECONDITION_MARKS,
            opening=_ORDER_OPENING,
            excluding=_ORDER_EXCLUDING,
        )
        sentences.update((s.start, s) for s in readied)
    if ctx.has_any(THEN) and ctx.has_any(FIRST):  # "Take it down first, then we'll talk"
        held = sentences_with(rule, ctx, FIRST, THEN, followed=(FIRST, THEN, 3))
        sentences.update((s.start, s) for s in held)
    if ctx.has_any(CAUSATIVES):  # "Have her here by 8:05.", "Get it fixed within 14 days."
        caused = sentences_with(
            rule, ctx, CAUSATIVES, URGENCY_KEYS, opening=_ORDER_OPENING, excluding=_ORDER_EXCLUDING
        )
        sentences.update((s.start, s) for s in caused)
    if ctx.has_any(SHARP):  # "Be at the terminal by 11am sharp.": a clock time with no slack
        timed = sentences_with(
            rule, ctx, SHARP_OPENERS, SHARP, opening=_ORDER_OPENING, excluding=_ORDER_EXCLUDING
        )
        sentences.update((s.start, s) for s in timed)
    if ctx.has_any(BE) and ctx.has_any(PRESENCE):  # "Be in.", "Be home."
        present = sentences_with(
            rule, ctx, BE, PRESENCE, opening=_ORDER_OPENING, excluding=_ORDER_EXCLUDING
        )
        sentences.update((s.start, s) for s in present if len(s) <= POINTED_TOKENS)
    if ctx.has_any(PLEASE) and ctx.has_any(FORBIDDEN_ASKS):  # "Please don't ask me to waive it"
        forbidden = sentences_with(rule, ctx, DO, FORBIDDEN_ASKS, opening=_ORDER_OPENING)
        sentences.update((s.start, s) for s in forbidden)
    if ctx.has_any(ALONE_VERBS):  # "Use the portal.", "Arrive on time.": see _stands_alone
        alone = sentences_with(
            rule, ctx, ALONE_VERBS, opening=_ORDER_OPENING, excluding=_ORDER_EXCLUDING
        )
        sentences.update((s.start, s) for s in alone if len(s) <= ALONE_TOKENS)
    if ctx.has_any(URGENT_NOW) and ctx.has_any(POINTED_JOBS):  # "Do it today, ..."
        hurried = sentences_with(rule, ctx, POINTED_JOBS, URGENT_NOW, excluding=_ORDER_EXCLUDING)
        only_hurried = {s.start for s in hurried} - set(sentences)
        sentences.update((s.start, s) for s in hurried)
    else:
        only_hurried = set()
    if ctx.has_any(OBJECT_PRONOUNS) and _short_sentence_holds(ctx, OBJECT_PRONOUNS):
        pointed = sentences_with(rule, ctx, OBJECT_PRONOUNS, excluding=_ORDER_EXCLUDING)
        sentences.update((s.start, s) for s in pointed if len(s) <= POINTED_TOKENS)
    for _, sent in sorted(sentences.items()):
        text = own[sent.start_char : sent.end_char].strip()
        if text.endswith("?") or text.endswith(":"):
            continue
        quoted = quoted_tokens(ctx.doc)
        words = [t for t in words_of(sent) if t.i not in quoted]
        if not words:
            continue
        lowers = [t.lower_ for t in words]
        if tuple(lowers[:2]) in TOPIC_OPENERS:
            # "As for reading the meter yourself in future, yes, ...": a topic, not an order
            continue
        if _wish_signoff(ctx, sent, words, text):
            continue  # "Clear skies!" above the signature: a trade's farewell, not an order
        lead_words = [t.lower_ for t in words[:3]]
        softened = (
            SOFTENERS & set(lowers)
            and not _stops_contact(lead_words, lowers)
            and not _forbids_asking(lowers)
        )
        if softened or "if" in lowers or holds_phrase(lowers, WHEN_ABLE, WHEN_ABLE_FIRSTS):
            continue  # "Kindly send the reading when you are able to": no pressure
        if _invites_to_a_saving(lowers):
            continue  # "Upgrade today and get your first month free": a sales line, no order
        if list_step(own, sent.start_char) and not _reproaches(lowers):
            continue  # "3. Submit the form by 15 March.": a step of a list of steps or options
        alpha = [t for t in words if t.is_alpha or t.lower_ in ("n't",)]
        at = 0
        while at < len(alpha) and alpha[at].lower_ in ORDER_LEADS | SOFTENERS:
            at += 1
        if at >= len(alpha):
            continue
        first = alpha[at]
        if _is_subject(first):
            continue  # "Sign-in should work again", "Return postage is free"
        if _opening_hours(first):
            continue  # "Open 10 to 5, closed Mondays.": the shop's hours, not an order
        hurried_end = _hurried_job(alpha, at, first) if at == 0 else None
        if hurried_end is not None and not _offers_help(lowers) and not FRIENDLY & set(lowers):
            # "Do it today, after day 30 it goes to redemption": the job pointed
            # back to, wanted at once
            yield from _order_finding(rule, ctx, first, hurried_end, False)
            continue
        if sent.start in only_hurried:
            continue  # gathered for the hurried job only
        held = _held_back(lowers)
        if held is not None and at == 0 and first.lower_ not in NOT_ORDER_VERBS:
            # "Take it down first, then we'll talk refund": our part waits on theirs
            yield from _order_finding(rule, ctx, first, words[held], False)
            continue
        if first.lower_ in ("do", "never") and _prohibition(alpha, at):
            if SAFEGUARDED & set(lowers) or _until_made_safe(lowers):
                continue  # "Never give your PIN to anyone": a warning for their sake
            if "again" not in lowers and _procedure_follows(lowers):
                continue  # "Do not sign it beforehand; it must be signed in front of the notary."
            if "again" not in lowers and _already_ours(lowers):
                continue  # "Don't call the bank; we've already asked them": no need, we did it
            if "again" not in lowers and not _reproaches(lowers) and _means_of_step(alpha, at):
                continue  # "Don't use spray cleaner.": what the step is not done with
            if (
                hazard_named(own, sent.start_char)
                and "again" not in lowers
                and not _reproaches(lowers)
            ):
                continue  # "... can cause overheating. Don't open the base yourself."
            end = _clause_end(words, first)
            yield from _order_finding(rule, ctx, first, end, prohibition=True)
            continue
        if _told_to_be_there(alpha, at, text):
            yield from _order_finding(rule, ctx, first, alpha[-1], False)
            continue
        if _pointed_order(alpha, at, text):
            yield from _order_finding(rule, ctx, first, alpha[-1], False)
            continue
        if (
            first.lower_ in CURT_VERBS
            and first.text[:1].isupper()
            and len(alpha) - at <= CURT_LENGTH
            and text[-1:] in ".!"
            and not FRIENDLY & set(lowers)
            and not _points_to_contact(words)
            and not _names_quoted_item(first, quoted)
            and not holds_phrase(lowers, CHOICE_LEFT, CHOICE_LEFT_FIRSTS)
        ):
            yield from _order_finding(rule, ctx, first, _clause_end(words, first), False)
            continue
        if (
            first.lower_ in ALONE_VERBS | CURT_VERBS
            and first.text[:1].isupper()
            and (at == 0 or alpha[0].lower_ == "just")
            and (first.lower_ != "do" or _does_the_job(alpha, at))
            and not (first.lower_ == "take" and "up" in lowers)  # RC126's "Take it up with them"
            and not _brings_their_own(alpha, at)
            and len(alpha) - at <= ALONE_LENGTH
            and text[-1:] == "."
            and not FRIENDLY & set(lowers)
            and not TO_US & set(lowers)
            and not _points_to_contact(words)
            and not _names_quoted_item(first, quoted)
            and not _offers_help(lowers)
            and not holds_phrase(lowers, CHOICE_LEFT, CHOICE_LEFT_FIRSTS)
            and _stands_alone(paragraphs, sent.start_char, sent.end_char)
        ):
            # "Use the portal.", "Speak to them.": a short order on its own among
            # sentences that explain, not a step in a run of steps
            yield from _order_finding(rule, ctx, first, _clause_end(words, first), False)
            continue
        reproached = (
            _conduct_reproached(lowers[next(k for k, t in enumerate(words) if t.i == first.i) :])
            if first.lower_ in CONDUCT_VERBS and first.lower_ not in ORDER_OPENERS
            else _reproaches(lowers)
        )
        if (reproached and not holds_phrase(lowers, REASONS, REASON_FIRSTS)) or (
            _hands_back(alpha, at) and _hands_over_a_job(first)
        ):
            yield from _order_finding(rule, ctx, first, _clause_end(words, first), False)
            continue
        if (
            first.lower_ in PRECONDITION_VERBS
            and not (
                first.lower_ == "have"
                and alpha[at + 1 : at + 2]
                and alpha[at + 1].lower_ in ("a", "an", "fun")
            )
            and _precondition(lowers)
            and not _registers_arrival(alpha, at)
            and not _offers_help(lowers)
            and not holds_phrase(lowers, REASONS, REASON_FIRSTS)
        ):
            # "Send the faulty item back first.", "Clear the cupboard before he arrives."
            yield from _order_finding(rule, ctx, first, _clause_end(words, first), False)
            continue
        if first.lower_ in CAUSATIVES and _causative_order(alpha, at) and not _offers_help(lowers):
            urgent = _urgency_end(words)
            if urgent is not None and not ALTERNATIVE_LINKS & set(lowers):
                # "Have it out by 7am.": a state the customer must bring about, with a deadline
                yield from _order_finding(rule, ctx, first, urgent, False)
                continue
        sharp = _sharp_time(words) if at == 0 and first.lower_ in SHARP_OPENERS else None
        if sharp is not None and not _offers_help(lowers):
            # "Make sure someone is there at 7am sharp.": an unsoftened order to the minute
            yield from _order_finding(rule, ctx, first, sharp, False)
            continue
        replies = first.lower_ == "get" and _gets_to_us(alpha, at)
        if (
            first.lower_ in DEADLINE_VERBS
            and at == 0
            and (first.lower_ != "do" or _does_the_job(alpha, at))
            and len(alpha) <= SHORT_ORDER
            and text[-1:] in ".!"
            and not _offers_help(lowers)
        ):
            urgent = _urgency_end(words)
            if urgent is not None and urgent.i == alpha[-1].i:
                # "Update the card today.": a job on their own things, with the deadline
                # as its last word (not "Clear your cache now and it should load")
                yield from _order_finding(rule, ctx, first, urgent, False)
                continue
        if first.lower_ not in DEMAND_VERBS and not replies:
            continue
        if (_demands_proper(alpha, at) or _demands_it_right(alpha, at)) and not _offers_help(
            lowers
        ):
            # "Send proper photos": what the customer sent before was not good enough
            yield from _order_finding(rule, ctx, first, _clause_end(words, first), False)
            continue
        if first.lower_ == "stop" and _stops_for_safety(alpha, at):
            continue  # "Stop using the heater until the engineer has checked it"
        if first.lower_ == "stop" and alpha[at + 1 : at + 2] and alpha[at + 1].lower_ in VISITS:
            continue  # "Stop by any branch": a visit, not an order to stop
        if _offers_help(lowers) and not any(t.text in SHOUTED_URGENCY for t in words):
            continue  # "Send it today and we'll refund you the same day"
        kindly = at > 0 and alpha[0].lower_ == "kindly"
        if kindly and first.lower_ not in KINDLY_ORDERS:
            continue  # "Kindly confirm.", "Kindly upload the form within 7 days": a request
        if kindly and first.lower_ == "ensure" and _presence_asked(lowers):
            continue  # "Kindly ensure someone is available at the address": a visit's logistics
        urgent = _urgency_end(words)
        curt = first.lower_ in UNSOFTENED or kindly
        if first.lower_ == "read":
            curt = (
                len(alpha) <= 8
                and bool(READ_OBJECTS & set(lowers[: SHORT_ORDER + 2]) or REREAD & set(lowers))
            ) or (
                len(alpha) - at <= GIVEN_READ_LENGTH and _read_what_they_have(lowers, first.lower_)
            )  # "Read our policy.", "Kindly read it again.", "Read the policy I sent you."
        if urgent is not None:
            if (
                len(alpha) > SHORT_ORDER
                and first.lower_ not in COMPLIANCE_VERBS
                and not replies
                and not (first.lower_ in REPLY_VERBS and urgent.lower_ in PRESSING)
            ):
                continue  # "Get back to us by Wednesday" asks for a reply, like "Reply by"
            lead = alpha[0] if at and alpha[0].lower_ == "kindly" else None
            yield from _order_finding(rule, ctx, first, urgent, False, lead)
        elif curt:
            yield from _order_finding(rule, ctx, first, _clause_end(words, first), False)


#: How many words a farewell wish may have ("Clear skies!", "Tight lines!").
WISH_WORDS: Final = 3


def _read_what_they_have(lowers: list[str], verb: str) -> bool:
    """Whether a "Read ..." order names what to read as what the customer
    already has from us ("Read the lesson policy I sent you", "Read the
    leaflet you were given", "Read the card on the seat post, it's all on
    there"): it tells them they never read it, not where to find more."""
    if READ_FOR_SAFETY & set(lowers):
        return False
    if holds_phrase(lowers, ALL_THERE, ALL_THERE_FIRSTS):
        return True
    at = lowers.index(verb)
    for k in range(at + 2, min(len(lowers), at + 2 + GIVEN_REACH)):
        if lowers[k] not in GIVERS and lowers[k] != "you":
            continue
        j = k + 1
        while j < len(lowers) and lowers[j] in GIVEN_BETWEEN:
            j += 1
        if j < len(lowers) and lowers[j] in GIVEN_VERBS and (lowers[k] != "you" or j > k + 1):
            return True
    return False


def _wish_signoff(ctx: CheckContext, sent: Span, words: list[Token], text: str) -> bool:
    """ "Clear skies!" on a line of its own, ending the body just above a
    signature or sign-off: a farewell of the trade, not a bare order. Only
    a verb and bare content words, closed by "!": no pronoun, article or
    particle, which an order carries ("Pay up!", "Call us!", "Send it now!"),
    and no deadline."""
    message = ctx.message
    if message.signature is None and message.signoff is None:
        return False
    alpha = [t for t in words if t.is_alpha]
    if not text.endswith("!") or not 1 < len(alpha) <= WISH_WORDS:
        return False
    own = message.own
    if sent.start_char + len(own[sent.start_char : sent.end_char].rstrip()) != message.body.end:
        return False
    line_start = own.rfind("\n", 0, sent.start_char) + 1
    if own[line_start : sent.start_char].strip():
        return False  # the end of a longer line: "Pay it today. Thanks!"
    return not any(t.is_stop or t.lower_ in URGENT_NOW for t in alpha[1:])


#: A job pointed back to ("it", "this", "that") and wanted at once: "Do it
#: today", "Put it in your calendar now", "Sort this today". Only these words
#: of urgency, in the order's own first clause, count; a step or a first-line
#: fix ("Restart it now", "Turn it off now") and a kind tip ("Keep it") do not.
POINTED_JOBS: Final = frozenset({"it", "this", "that"})
URGENT_NOW: Final = frozenset({"today", "tonight", "now", "immediately", "asap", "urgently"})
HURRIED_REACH: Final = 6
HURRIED_BREAKS: Final = frozenset({",", ";", "and", "but", "so", "before", "as", "because", "or"})


def _hurried_job(alpha: list[Token], at: int, first: Token) -> Token | None:
    """The urgency word of "<Verb> it/this/that ... today" opening the
    sentence, within the order's first clause, if the verb is no step, tip
    or first-line fix."""
    if (
        not first.text[:1].isupper()
        or first.lower_ in STEP_WORDS | KIND_POINTED | NOT_ORDER_VERBS
        or first.lower_ in ("never", "be", "let", "thank", "thanks", "see", "enjoy", "feel")
        or not alpha[at + 1 : at + 2]
        or alpha[at + 1].lower_ not in POINTED_JOBS
        or (first.lower_ != "do" and first.is_stop)  # "A lorry ...", "From now on ..."
        or first.lower_.endswith(("ly", "ed"))  # "Unfortunately it has now ..."
    ):
        return None
    doc = first.doc
    for k in range(first.i + 2, min(len(doc), first.i + 2 + HURRIED_REACH)):
        word = doc[k]
        if word.lower_ in HURRIED_BREAKS or word.is_sent_start or word.text in (".", "!", "?"):
            return None
        if word.lower_ in URGENT_NOW:
            if doc[k - 1].lower_ in ("just", "right", "until", "till", "for"):
                return None  # "Resent it just now": a moment ago, not a deadline
            after = doc[k + 1].lower_ if k + 1 < len(doc) else ""
            if after in PURPOSE_NEXT:
                return None  # "Book it now to get the early rate": the customer's gain
            return word
    return None


#: What follows a kind nudge rather than an order: its purpose or its gain.
PURPOSE_NEXT: Final = frozenset({"to", "and", "for", "while", "if", "so"})


_CLOCK_WITH_PERIOD: Final = regexcache.compile(
    r"^(?:[01]?[0-9]|2[0-3])(?:[:.][0-5][0-9])?(?:am|pm|a\.m\.|p\.m\.)$"
)


def _sharp_time(words: list[Token]) -> Token | None:
    """The "sharp" that follows a clock time in the sentence ("at 7am sharp",
    "by 6:30 sharp", "by 10 sharp"), if any; "a sharp pain" is not one."""
    for k in range(1, len(words)):
        word = words[k]
        if word.lower_ != "sharp":
            continue
        before = words[k - 1].lower_
        if (
            before in TIME_OF_DAY
            or before in ("noon", "midday", "midnight")
            or _CLOCK.match(before)
            or _CLOCK_WITH_PERIOD.match(before)
        ):
            return word
    return None


def _names_quoted_item(first: Token, quoted: set[int]) -> bool:
    """Whether the verb's object is a name in double quotes ('Find "Crystal
    Chest - Pixel Racers" dated 22 Feb.', 'Tap "Restore Purchase".'): a step
    that points at a label on screen. The quoted words are left out of the
    sentence's words, so without this it would look as short as "Find it."."""
    return first.i + 2 in quoted


def _points_to_contact(words: list[Token]) -> bool:
    """Whether a short step names where to go: a web address, an email
    address or a phone number ("Call 0800 123 4567.", "Sign in at
    account.example.com."). Its few words are directions, not a curt order."""
    return any(t.like_url or t.like_email or (t.is_digit and len(t.text) >= 3) for t in words)


#: Verbs whose short bare sentence, standing alone among sentences that explain
#: or refuse, is an order ("Use the portal.", "Speak to them.", "Arrive on time.",
#: "Book the check-up.", "Lag the pipe."). The verbs of on-screen steps (go, click,
#: tap, select) and of kind tips (keep, try, enjoy, leave) are left out.
ALONE_VERBS: Final = frozenset(
    {"use", "speak", "talk", "open", "book", "arrive", "lag", "follow", "move", "write",
     "chase", "put", "drop", "apply", "print", "register", "withdraw", "cancel", "change",
     "order", "arrange", "pick", "listen", "learn", "stick", "come", "do"}
)  # fmt: skip
#: Words that make such a sentence an invitation to reach us, or a kind tip:
#: "Send us a DM.", "Follow and DM us.", "Send me the photo.", "Give it a try."
#: (each seen as a polite agent reply in the TWCS sample).
TO_US: Final = frozenset({"us", "me", "try"})
#: A short imperative that leaves the choice to the customer ("Reply with
#: whichever you prefer.", "Pick whichever suits you.", "Book the day you'd
#: prefer.") invites an answer; it orders nothing.
CHOICE_LEFT: Final[tuple[tuple[str, ...], ...]] = (
    ("whichever",), ("you", "prefer"), ("you", "'d", "prefer"), ("you", "would", "prefer"),
    ("suits", "you"), ("suit", "you"), ("works", "for", "you"), ("works", "best"),
)  # fmt: skip
CHOICE_LEFT_FIRSTS: Final = frozenset(phrase[0] for phrase in CHOICE_LEFT)
#: Words (after "Just") such an order may take, and the tokens its sentence may span.
ALONE_LENGTH: Final = 5
ALONE_TOKENS: Final = 8
#: "Bring your student card.": what to bring of the customer's own to a visit
#: or a collection is its logistics, not an order standing alone.
BRING_OWN: Final = frozenset({"your"})


def _brings_their_own(alpha: list[Token], at: int) -> bool:
    """Whether the order is "bring" and then the customer's own thing ("Bring
    your student card.", "Bring your old glasses too."); a reproach or a
    deadline in it is read by the checks after this one."""
    return alpha[at].lower_ == "bring" and at + 1 < len(alpha) and alpha[at + 1].lower_ in BRING_OWN


#: First words of the sentences around it that make it one of a run of steps
#: ("Unplug the router. Wait 30 seconds. Plug it back in."), or its lead-in.
STEP_WORDS: Final = frozenset(
    {"go", "click", "tap", "select", "choose", "press", "enter", "type", "scroll", "log",
     "sign", "wait", "unplug", "plug", "restart", "switch", "turn", "try", "check", "open",
     "swipe", "hold", "then", "next", "once", "first", "finally", "after", "to", "in",
     "from", "under", "on", "when", "make", "keep", "leave", "remove", "add", "insert",
     "put", "set", "run", "reboot", "reset", "find", "look", "use", "follow", "fill",
     "save", "copy", "paste", "download", "install", "update", "upload", "attach", "send",
     "place", "pop", "take", "rinse", "empty", "clean", "fit", "connect", "disconnect",
     # "If you run out, any pharmacy can help. Ask at the counter.": a condition's step
     "if"}
)  # fmt: skip
#: What follows an offer rather than an order: "Bring the cake along. We'll keep it
#: in the fridge" (our part, next), "Use code SPRING10." (a code to type).
OFFER_FOLLOWS: Final = regexcache.compile(r"\s*(?:we|i|they)(?:'ll| will)\b", re.IGNORECASE)
_CODE: Final = regexcache.compile(r"[A-Z]+[0-9]|[0-9]+[A-Z]")
_SENTENCE_SPLIT: Final = regexcache.compile(r"(?<=[.!?:])\s+|\n")
_FIRST_WORD: Final = regexcache.compile(r"[A-Za-z]+")
_PARAGRAPH_BREAK: Final = regexcache.compile(r"(?=\n\n)")


class _Paragraphs:
    """The paragraphs of a draft's own text, read once per check for
    ``_stands_alone``: where each blank line is, and per paragraph whether it
    holds a menu path or a list and which of its sentences open with a step's
    word or end in a colon. Reading the paragraph again for every short order
    in it made a long draft of one paragraph quadratic."""

    def __init__(self, own: str) -> None:
        self.own = own
        self.breaks: list[int] | None = None
        self.read: dict[tuple[int, int], tuple[bool, tuple[str, ...]]] = {}
        self.openers: dict[tuple[int, int], tuple[str, ...]] = {}

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The paragraph around ``start``..``end``: after the last blank line
        wholly before ``start``, up to the first one at or after ``end``."""
        if self.breaks is None:
            self.breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(self.own)]
        breaks = self.breaks
        before = bisect_right(breaks, start - 2) - 1
        after = bisect_left(breaks, end)
        return (
            0 if before < 0 else breaks[before] + 2,
            len(self.own) if after == len(breaks) else breaks[after],
        )

    def steps(self, first: int, stop: int) -> tuple[bool, tuple[str, ...]]:
        """Whether ``own[first:stop]`` holds a menu path or a list, and its
        sentences (stripped, each once) that open with a step's word or end in
        a colon."""
        key = (first, stop)
        if key not in self.read:
            paragraph = self.own[first:stop]
            listed = any(mark in paragraph for mark in (">", "\n-", "\n*", "\n1"))
            steps: dict[str, None] = {}
            for other in _SENTENCE_SPLIT.split(paragraph):
                other = other.strip()
                if not other:
                    continue
                word = _FIRST_WORD.match(other)
                if other.endswith(":") or (word is not None and word.group().lower() in STEP_WORDS):
                    steps[other] = None
            self.read[key] = (listed, tuple(steps))
        return self.read[key]

    def step_openers(self, first: int, stop: int) -> tuple[str, ...]:
        """The sentences of ``own[first:stop]`` (stripped, each once) that end
        in a colon or open with a capitalised imperative or step word
        (``_STEP_OPENERS``), for ``_among_steps``: read once per paragraph, as
        reading it again for every order in it made one long paragraph of
        orders quadratic."""
        key = (first, stop)
        found = self.openers.get(key)
        if found is None:
            openers: dict[str, None] = {}
            for other in _SENTENCE_SPLIT.split(self.own[first:stop]):
                other = other.strip()
                if not other:
                    continue
                word = _FIRST_WORD.match(other)
                if other.endswith(":") or (
                    word is not None
                    and word.group()[:1].isupper()
                    and word.group().lower() in _STEP_OPENERS
                ):
                    openers[other] = None
            found = self.openers[key] = tuple(openers)
        return found


def _stands_alone(paragraphs: _Paragraphs, start: int, end: int) -> bool:
    """Whether the sentence at ``start``..``end`` of the draft's own text stands
    alone in its paragraph: no other sentence there opens with a step's word,
    none ends in a colon, and the paragraph holds no menu path ("Settings >
    Billing") or list; and it names no code ("Use code SPRING10.") and is not
    followed by our part of the job ("We'll keep it in the fridge")."""
    own = paragraphs.own
    first, stop = paragraphs.bounds(start, end)
    listed, steps = paragraphs.steps(first, stop)
    if listed:
        return False
    own_sentence = own[start:end].strip()
    if _CODE.search(own_sentence):
        return False
    if OFFER_FOLLOWS.match(own, end, stop):
        return False
    return all(own_sentence in other for other in steps)


#: Orders that set the customer a condition before we act: done "first", or
#: done "before" our visit ("Send the faulty item back first.", "Have everything
#: boxed up before we get there.", "Clear the cupboard before he arrives."). An
#: unsoftened compliance verb with one is a gate, not a step the customer asked
#: for; a reason (", as ...") or what we do in return ("and we'll ...") makes it
#: advice, and "Have a lovely time before ..." is a wish.
PRECONDITION_VERBS: Final = DEMAND_VERBS | frozenset({"have", "move", "empty"})
PRECONDITION_MARKS: Final = frozenset({"first", "before"})
#: Who may arrive after "before": us, our people, or the visit itself.
ARRIVERS: Final = frozenset(
    {"we", "he", "she", "they", "our", "the", "your", "anyone", "someone", "i"}
)  # fmt: skip
ARRIVALS: Final = frozenset(
    {"arrive", "arrives", "get", "gets", "come", "comes", "visit", "visits", "turn", "turns",
     "start", "starts", "call", "calls", "attend", "attends", "collect", "collects", "can",
     "will", "'ll", "are", "is"}
)  # fmt: skip
#: How many words "before ... arrives" may take.
ARRIVAL_REACH: Final = 4


#: "Sign in at the office first", "check in at reception first": how a visitor
#: registers on arrival, a step of the customer's own visit, not a gate on our help.
ARRIVAL_STEPS: Final = frozenset(
    {("sign", "in"), ("check", "in"), ("sign", "on"), ("report", "to")}
)


def _registers_arrival(alpha: list[Token], at: int) -> bool:
    """Whether the order's verb and the word after it are an ``ARRIVAL_STEPS`` pair."""
    pair = tuple(t.lower_ for t in alpha[at : at + 2])
    return pair in ARRIVAL_STEPS


def _precondition(lowers: list[str]) -> bool:
    """Whether the order ends on "first" ("Send it back first.") or waits for
    our arrival ("... before we get there", "... before the engineer arrives")."""
    words = [w for w in lowers if w.isalpha() or w == "'ll"]
    if words[-1:] == ["first"] and len(words) > 2:
        return True
    for i, word in enumerate(words):
        if word != "before" or words[i + 1 : i + 2] == [] or words[i + 1] not in ARRIVERS:
            continue
        if ARRIVALS & set(words[i + 2 : i + 2 + ARRIVAL_REACH]):
            return True
    return False


#: "Move it.", "Follow them.", "Ring him.": a verb and a pronoun, the whole
#: sentence. The pronoun makes the first word a verb, and two words with a full
#: stop make it an order, whatever the verb.
OBJECT_PRONOUNS: Final = frozenset({"it", "them", "him", "her"})
#: Tokens a pointed order may span (two words, a stop and stray whitespace).
POINTED_TOKENS: Final = 5
#: Verbs whose two-word order is a kindness or a tip ("Keep it.", "Enjoy it!",
#: "Ignore it." about a scam text, "Bin it." about a faulty part).
KIND_POINTED: Final = frozenset(
    {"keep", "enjoy", "love", "try", "ignore", "bin", "delete", "leave", "have", "like",
     "share", "use", "grab", "treat", "recycle", "skip", "forget", "frame", "wear", "check",
     "see", "test", "charge", "update", "restart", "reset", "refresh",
     "got", "did", "made", "took", "saw", "found", "sent", "paid", "bought", "thought", "knew",
     "understood", "lost", "won", "hit", "nailed", "done", "seen", "heard", "read"}
)  # fmt: skip


def _short_sentence_holds(ctx: CheckContext, words: frozenset[str]) -> bool:
    """Whether a sentence of at most ``POINTED_TOKENS`` tokens holds one of
    ``words`` ("Move it."): read from the token table, so the drafts with none
    (nearly all) make no ``Span``."""
    view = doc_view(ctx.doc, ctx.lower_ids)
    starts, total = view.starts, len(ctx.doc)
    for i in view.positions(words):
        k = view.sentence_of(i)
        end = starts[k + 1] if k + 1 < len(starts) else total
        if end - starts[k] <= POINTED_TOKENS:
            return True
    return False


#: "Do it today", "Do that now": "do" with the job as its object; the
#: emphatic "Do let us know today", "Do check your spam" is a request.
DONE_JOBS: Final = frozenset({"it", "that", "this", "them", "everything", "all"})


def _does_the_job(alpha: list[Token], at: int) -> bool:
    return bool(alpha[at + 1 : at + 2]) and alpha[at + 1].lower_ in DONE_JOBS


#: "Be in.", "Be home.", "Be there.": two words telling the customer where to
#: be, with no reason or time around them, are an order ("Be well." is not).
PRESENCE: Final = frozenset({"in", "home", "there", "here", "present", "available", "in."})


def _told_to_be_there(alpha: list[Token], at: int, text: str) -> bool:
    """ "Be in.": a bare "be" and a place the customer must be, alone."""
    return (
        at == 0
        and len(alpha) == 2
        and text.endswith(".")
        and alpha[0].lower_ == "be"
        and alpha[0].text[:1].isupper()
        and alpha[1].lower_ in PRESENCE
    )


def _pointed_order(alpha: list[Token], at: int, text: str) -> bool:
    """ "Move it.", "Follow them.": the sentence is a capitalised verb and an
    object pronoun and ends in a full stop; kind or helpful verbs ("Keep it.",
    "Enjoy it!", "Restart it.") are not orders."""
    if at != 0 or len(alpha) != 2 or not text.endswith("."):
        return False
    verb, pronoun = alpha
    return (
        verb.text[:1].isupper()
        and verb.lower_ not in KIND_POINTED
        and pronoun.lower_ in OBJECT_PRONOUNS
        and not verb.lower_.endswith(("ly", "ing", "ed"))
    )


#: "Have it out by 7am", "Get it fixed within 14 days", "Be out by noon
#: tomorrow": a causative order, a state the customer must bring about, with a
#: deadline. "Have a lovely day", "Get well soon" have no caused object.
CAUSATIVES: Final = frozenset({"have", "get", "be"})
#: Every word ``_urgency_end`` can start on: a causative needs one to be an order.
URGENCY_KEYS: Final = URGENCY_WORDS | URGENCY_FIRSTS | frozenset({"within", "by", "before"})
#: "sharp" after a clock time ("at 7am sharp", "by 10 sharp") leaves no slack;
#: a sentence-opening order with one is flagged whatever its length.
SHARP: Final = frozenset({"sharp"})
SHARP_OPENERS: Final = CAUSATIVES | DEMAND_VERBS | frozenset({"make", "arrive", "vacate", "turn"})
CAUSED: Final = frozenset({"it", "her", "him", "them", "everything", "the", "your", "all", "this"})
#: The state brought about: a participle ("fixed", "boxed") or one of these.
RESULT_STATES: Final = frozenset(
    {"out", "here", "there", "in", "back", "done", "off", "down", "ready", "gone", "home",
     "over", "up", "cleared", "paid", "sorted"}
)  # fmt: skip
#: Participle-looking words that are not a caused state.
NOT_STATES: Final = frozenset({"need", "seed", "speed", "feed", "bed", "red", "shed", "open"})
CAUSED_REACH: Final = 4
#: An order with its own alternative ("..., or the crew leaves") is RC123's.
ALTERNATIVE_LINKS: Final = frozenset({"or", "otherwise"})
#: "when you are able to", "when you can", "at your convenience": no pressure.
WHEN_ABLE: Final[tuple[tuple[str, ...], ...]] = (
    ("when", "you", "are", "able"), ("when", "you", "'re", "able"), ("when", "you", "can"),
    ("whenever", "you"), ("at", "your", "convenience"), ("when", "convenient"),
    ("in", "your", "own", "time"),
)  # fmt: skip
WHEN_ABLE_FIRSTS: Final = frozenset(phrase[0] for phrase in WHEN_ABLE)


def _causative_order(alpha: list[Token], at: int) -> bool:
    """ "Have her here", "Get it fixed", "Have everything boxed", "Be out": the
    verb, a caused object (for "have"/"get") and the state it must be in."""
    rest = [t.lower_ for t in alpha[at + 1 : at + 1 + CAUSED_REACH + 1]]
    if not rest:
        return False
    if alpha[at].lower_ == "be":
        return rest[0] in RESULT_STATES
    if rest[0] not in CAUSED:
        return False
    return any(
        word in RESULT_STATES or (word.endswith(("ed", "en")) and word not in NOT_STATES)
        for word in rest[1:]
    )


FIRST: Final = frozenset({"first"})
THEN: Final = frozenset({"then"})
#: Sentence openers that are not an order of the customer's ("Let me check
#: first, then ...", "We'll refund you first, then ...").
NOT_ORDER_VERBS: Final = frozenset(
    {"let", "we", "i", "you", "our", "the", "this", "that", "it", "once", "when", "after",
     "if", "as", "so", "my", "please", "just", "try", "check", "read", "have", "charge"}
)  # fmt: skip
#: What we hold back until the customer's part is done: talking, considering.
HELD_BACK: Final = frozenset({"talk", "discuss", "consider", "entertain", "think", "look", "see"})


def _held_back(lowers: list[str]) -> int | None:
    """ "..., first, then we'll talk refund", "... first and then I'll consider
    it": the index of our verb that waits on the order before "first"."""
    for k, word in enumerate(lowers):
        if word != "first":
            continue
        rest = [w for w in lowers[k + 1 : k + 8] if w != ","]
        if rest[:2] == ["and", "then"] or rest[:2] == ["only", "then"]:
            rest = rest[2:]
        elif rest[:1] == ["then"]:
            rest = rest[1:]
        else:
            continue
        if rest[:1] not in (["we"], ["i"]) or rest[1:2] not in (["'ll"], ["will"], ["can"]):
            continue
        if rest[2:3] and rest[2] in HELD_BACK and ("about" in rest or rest[2] != "look"):
            offset = lowers[k + 1 :].index(rest[2])
            return k + 1 + offset
    return None


#: How many words "Get ... to us" may take.
GET_TO_US_REACH: Final = 6


def _gets_to_us(alpha: list[Token], at: int) -> bool:
    """ "Get back to us", "Get it to us": a reply or a thing demanded, like "Send"."""
    rest = [t.lower_ for t in alpha[at + 1 : at + 1 + GET_TO_US_REACH]]
    if rest[:1] == ["back"]:
        return True
    # "Get it to us", "Get the signed paperwork to us": whatever is demanded, sent to us
    return any(rest[k : k + 2] in (["to", "us"], ["to", "me"]) for k in range(1, len(rest) - 1))


#: "this time of year", "this time next year", "this time tomorrow": a date, not a reproach.
NOT_REPROACH_NEXT: Final = (["of"], ["next"], ["tomorrow"], ["last"], ["yesterday"])


def _reproaches(lowers: list[str]) -> bool:
    """Whether the sentence holds a reproach ("this time", "from now on"), but not
    "this time of year"."""
    for i, word in enumerate(lowers):
        if word not in REPROACH_FIRSTS:
            continue
        for phrase in REPROACHES:
            if (
                tuple(lowers[i : i + len(phrase)]) == phrase
                and lowers[i + len(phrase) : i + len(phrase) + 1] not in NOT_REPROACH_NEXT
            ):
                return True
    return False


#: A reason after the order makes "this time" advice ("Use the new code this
#: time, as the old one has expired").
REASONS: Final[tuple[tuple[str, ...], ...]] = (
    (",", "as"),
    ("because",),
    ("since",),
    ("so", "that"),
    (",", "so"),
)


REASON_FIRSTS: Final = frozenset(reason[0] for reason in REASONS)


#: "Cancel it yourself in the app", "Sort it out yourself": any verb can hand
#: the job back; these offer the customer something to enjoy or try instead.
YOURSELF: Final = frozenset({"yourself"})
KIND_HANDOVERS: Final = KIND_POINTED | frozenset(
    {"see", "hear", "taste", "feel", "experience", "pick"}
)


def _hands_over_a_job(first: Token) -> bool:
    """Whether ``first``, a verb opening "<verb> it yourself", hands a job back
    (any order opener, or a capitalised verb that is not a kindness: "Try it
    yourself in the demo!" offers)."""
    if first.lower_ in ORDER_OPENERS:
        return True
    return first.text[:1].isupper() and first.lower_ not in KIND_HANDOVERS


def _hands_back(alpha: list[Token], at: int) -> bool:
    """ "Do it yourself", "Cancel it yourself in the app"."""
    rest = [t.lower_ for t in alpha[at + 1 : at + 4]]
    if rest[1:2] and rest[1] in PARTICLES:
        del rest[1]  # "Sort it out yourself"
    return rest[:1] != [] and rest[0] in HANDED_BACK and rest[1:2] == ["yourself"]


#: After a sentence-opening verb form, a verb of being or a modal shows the
#: form was a noun, the sentence's subject ("Sign-in should work", "Call
#: charges are listed", "Return postage is free").
SUBJECT_VERBS: Final = frozenset(
    {"is", "are", "was", "were", "will", "'ll", "should", "can", "may", "might", "must",
     "has", "have", "had", "would", "could", "'s", "does", "did", "needs", "takes"}
)  # fmt: skip
#: Order verbs that are never the noun of a compound subject (unlike "Return
#: postage is free", "Call charges are listed").
VERB_ONLY: Final = frozenset({"ensure", "provide", "submit", "settle", "arrange", "remember"})
#: Words that begin the object of an imperative, not a compound noun.
OBJECT_OPENERS: Final = frozenset(
    {"the", "a", "an", "your", "it", "them", "us", "me", "this", "that", "these", "those",
     "all", "what", "whatever", "who", "which", "any", "some", "everything", "anything",
     "him", "her", "both", "each", "every", "our", "my", "his", "their", "one"}
)  # fmt: skip


def _is_subject(first: Token) -> bool:
    """Whether the words after ``first`` make it a noun, or the first word of a
    compound noun, that is the sentence's subject, not an imperative verb."""
    doc = first.doc
    following = doc[first.i + 1 : first.i + 3]
    if not len(following) or first.lower_ in VERB_ONLY:
        return False  # "Kindly ensure payment is made": "ensure" is never a noun
    if following[0].text == "-" and not first.whitespace_:
        return True
    if following[0].lower_ in SUBJECT_VERBS:
        return True
    return (
        len(following) == 2
        and following[0].is_alpha
        and following[0].lower_ not in OBJECT_OPENERS
        and following[1].lower_ in SUBJECT_VERBS
    )


#: Hours words that, before a number or a day ("Open 10 to 5", "Open daily"),
#: give opening hours rather than an order to open something.
HOURS_WORDS: Final = frozenset({"open", "opens"})
HOURS_FOLLOWERS: Final = WEEKDAYS | frozenset(
    {"daily", "weekdays", "weekends", "every", "till", "until", "24/7"}
)


def _opening_hours(first: Token) -> bool:
    """Whether ``first`` opens a line of opening hours ("Open 10 to 5, closed
    Mondays.", "Open daily 9-5"): "open" before a number or a day word has no
    object to open, unlike "Open the windows"."""
    if first.lower_ not in HOURS_WORDS:
        return False
    after = first.doc[first.i + 1 : first.i + 2]
    return bool(len(after)) and (after[0].like_num or after[0].lower_ in HOURS_FOLLOWERS)


#: After "Please stop", these make it an order to stop contacting us; "Please
#: stop using the charger until the new one arrives" is safety advice.
CONTACTING: Final = frozenset(
    {"emailing", "e-mailing", "calling", "contacting", "messaging", "opening", "sending",
     "chasing", "asking", "writing", "ringing", "phoning", "raising", "submitting",
     "complaining", "spamming", "replying", "posting", "tagging", "tweeting", "bothering",
     "harassing", "pestering", "creating", "logging", "filing", "starting", "chatting",
     "demanding", "threatening", "shouting", "swearing"}
)  # fmt: skip


#: A prohibition that guards these is a safety warning for the customer's
#: sake ("Never give your PIN to anyone who calls"), not an order to comply.
SAFEGUARDED: Final = frozenset(
    {"pin", "pins", "password", "passwords", "passcode", "passcodes", "otp", "cvv",
     "one-time", "security", "scam", "scammers", "fraudsters", "anyone", "anybody"}
)  # fmt: skip


#: After "Stop", these make it advice about using the product safely.
SAFE_STOPS: Final = frozenset(
    {"using", "charging", "running", "driving", "eating", "drinking", "taking", "wearing",
     "operating", "playing", "heating", "plugging", "installing", "applying", "giving",
     "sharing", "riding", "washing", "cooking", "feeding", "watering", "filling"}
)  # fmt: skip


#: After "Stop", these make it a visit ("Stop by any branch", "stop in").
VISITS: Final = frozenset({"by", "in", "round", "off"})


def _stops_for_safety(alpha: list[Token], at: int) -> bool:
    """ "Stop using the charger until ...": advice about the product, not an
    order to leave us alone or to stop ignoring us."""
    following = alpha[at + 1 : at + 2]
    return bool(following) and following[0].lower_ in SAFE_STOPS


#: "Do not use the heater until our engineer has checked it": a prohibition that
#: lasts until the thing is made safe is a safety warning, not an order.
MADE_SAFE: Final = frozenset(
    {"engineer", "engineers", "technician", "electrician", "plumber", "mechanic", "checked",
     "inspected", "repaired", "fixed", "serviced", "replaced", "tested", "looked", "certified",
     "cleared", "dry", "cool", "cooled", "healed", "vet", "dentist", "doctor"}
)  # fmt: skip
#: How far after "until" what makes it safe may sit.
SAFE_REACH: Final = 6


def _until_made_safe(lowers: list[str]) -> bool:
    """Whether ``until`` is followed, within ``SAFE_REACH`` words, by someone who
    makes it safe or the thing made safe ("until our engineer has checked it")."""
    for i, word in enumerate(lowers):
        if word == "until" and MADE_SAFE & set(lowers[i + 1 : i + 1 + SAFE_REACH]):
            return True
    return False


#: "Please don't ask me to waive it", "Please don't copy us in", "Please do not
#: escalate this": "please" does not soften a ban on asking or contacting us again,
#: unlike "Please don't send originals" or "Please don't worry".
PLEASE: Final = frozenset({"please", "pls", "plz"})
DO: Final = frozenset({"do"})
FORBIDDEN_ASKS: Final = frozenset(
    {"ask", "call", "ring", "phone", "email", "e-mail", "escalate", "raise", "copy", "chase",
     "contact", "message", "write"}
)  # fmt: skip


def _forbids_asking(lowers: list[str]) -> bool:
    """ "Please don't email us about this", or the "please" put last, as a
    hurried line puts it ("dont email us for stuff thats in the app pls")."""
    if lowers[:1] and lowers[0] in PLEASE:
        ban = lowers[1:]
    elif (words := [w for w in lowers if w.isalpha() or w == "n't"])[-1:] and words[
        -1
    ] in TRAILING_PLEASE:
        ban = words[:-1]
    else:
        return False
    return (
        ban[0:2] in (["do", "not"], ["do", "n't"]) and ban[2:3] != [] and ban[2] in FORBIDDEN_ASKS
    )


#: A "please" typed after the order rather than before it.
TRAILING_PLEASE: Final = PLEASE


def _stops_contact(lead_words: list[str], lowers: list[str]) -> bool:
    """ "Please stop emailing us": a softener does not soften an order to stop
    contacting us (or to stop anything, when no verb follows)."""
    for i, word in enumerate(lead_words):
        if word in UNSOFTENED:
            # "Please refrain from calling the clinic": the contacting comes after "from"
            skip = 2 if lowers[i + 1 : i + 2] == ["from"] else 1
            following = lowers[i + skip : i + skip + 1]
            return not following or following[0] in CONTACTING or not following[0].isalpha()
    return False


#: A clause saying what we will do in return turns an order into an offer.
HELP_CLAUSES: Final[tuple[tuple[str, ...], ...]] = (
    ("and", "we", "'ll"), ("and", "i", "'ll"), ("and", "we", "will"), ("and", "i", "will"),
    ("and", "we", "can"), ("and", "i", "can"), ("so", "we", "can"), ("so", "i", "can"),
    ("so", "that", "we"), ("so", "that", "i"),
    # what the customer gets back for it: "Return it within 30 days, and the
    # refund goes back to your card", "... and you'll get the full deposit back"
    ("and", "the", "refund"), ("and", "your", "refund"), ("and", "your", "money"),
    ("and", "the", "money"), ("and", "you", "'ll", "get"), ("and", "you", "will", "get"),
    ("and", "you", "'ll", "receive"), ("and", "you", "will", "receive"),
    ("and", "you", "'ll", "be", "refunded"), ("and", "you", "will", "be", "refunded"),
)  # fmt: skip


#: The first word of each help clause ("and", "so").
HELP_FIRSTS: Final = frozenset(clause[0] for clause in HELP_CLAUSES)


#: "Kindly ensure someone is available at the address": who must be there for
#: a visit we arranged, the formal register's "please make sure someone over 18
#: is home". Someone's presence is the visit's logistics, not a compliance order.
PRESENT_PEOPLE: Final = frozenset({"someone", "somebody", "adult", "responsible", "anyone"})
PRESENT_WHERE: Final = frozenset({"available", "home", "present", "in", "there", "at"})
PRESENCE_REACH: Final = 4


def _presence_asked(lowers: list[str]) -> bool:
    """Whether "ensure" is followed, within a few words, by someone, and then
    by where they must be ("someone is available", "an adult is at home")."""
    at = next((k for k, w in enumerate(lowers) if w == "ensure"), None)
    if at is None:
        return False
    window = lowers[at + 1 : at + 1 + PRESENCE_REACH]
    who = next((k for k, w in enumerate(window) if w in PRESENT_PEOPLE), None)
    if who is None:
        return False
    after = lowers[at + 2 + who : at + 2 + who + PRESENCE_REACH + 2]
    return bool(PRESENT_WHERE & set(after))


def _offers_help(lowers: list[str]) -> bool:
    """ "... and we'll refund you", "... and the refund goes back to your card",
    "... and our claims team will call you", "... so our team can assist", also with an
    aside between ("... and, as long as it's the same model, we'll refund"):
    the order comes with what we will do in return."""
    for i, word in enumerate(lowers):
        if word in HELP_FIRSTS and any(
            tuple(lowers[i : i + len(clause)]) == clause for clause in HELP_CLAUSES
        ):
            return True
        if word in ("and", "so") and lowers[i + 1 : i + 2] == [","]:
            reach = range(i + 2, min(len(lowers), i + 2 + ASIDE_REACH))
            close = next((k for k in reach if lowers[k] == ","), None)
            after = tuple(lowers[close + 1 : close + 3]) if close is not None else ()
            if after in _HELP_AFTER_ASIDE:
                return True
        if word == "so" and HELPERS & set(lowers[i + 1 : i + 5]):
            return True
        if word == "and" and _all_set(lowers[i + 1 : i + 1 + SET_REACH]):
            return True  # "Send it back by Friday and he's good to go"
        # "... and our volunteer team will call you within a week"
        our = word == "and" and lowers[i + 1 : i + 2] == ["our"]
        if our and OUR_PROMISES & set(lowers[i + 2 : i + 2 + OUR_REACH]):
            return True
        if word == "and" and lowers[i + 1 : i + 2] == ["the"] and _party_acts_for(lowers, i + 2):
            return True  # "... and the appeals panel will review it within 14 days"
    return False


#: What a party's act in return is done to: the customer or their thing.
ACTED_ON: Final = frozenset({"it", "them", "you", "your", "this", "these", "those"})
#: What after the modal makes it a consequence or a warning, not an act of help:
#: "and the deposit will be forfeited", "and the driver will not wait".
NOT_ACTS: Final = frozenset({"be", "not", "n't", "have", "still", "also", "then"})


def _party_acts_for(lowers: list[str], start: int) -> bool:
    """Whether the words from ``start`` name a party ("the appeals panel", "the
    courier") whose modal is followed by an act done to the customer or their
    thing ("will review it", "will call you"): our side's part in return. A
    consequence ("the account will be closed"), a warning ("the driver will not
    wait"), a sanction ("the bailiffs will take it") or a thing that comes back
    ("the site will come back") is no act."""
    modal = next(
        (k for k in range(start, min(len(lowers), start + OUR_REACH)) if lowers[k] in OUR_PROMISES),
        None,
    )
    if modal is None or modal == start or SANCTIONS & set(lowers[start:modal]):
        return False  # "... and the bailiffs will take it" threatens
    act = lowers[modal + 1 : modal + 3]
    return len(act) == 2 and act[0].isalpha() and act[0] not in NOT_ACTS and act[1] in ACTED_ON


#: What an invitation to buy promises in return: "... and save 20%", "... and
#: get your first month free", "... and enjoy 10% off".
SAVING_LINKS: Final = frozenset({"save", "get", "enjoy"})
#: Words of the reward after "and get": a saving or a free thing, not a job
#: ("and get everything out from under the sink", "and get them to call").
REWARD_WORDS: Final = frozenset({"free", "off", "%", "discount", "half", "price", "first", "bonus"})
#: How far after "and get" the reward may come.
REWARD_REACH: Final = 6


def _invites_to_a_saving(lowers: list[str]) -> bool:
    """Whether the imperative sentence invites the customer to take up an
    offer: "and save" ("Bundle it with your mobile and save £8 a month"), or
    "and get"/"and enjoy" with a saving or a free thing soon after ("Upgrade
    today and get your first three months at the old price"). It sells (the
    stock rules' concern); it orders nothing."""
    for i, word in enumerate(lowers[:-1]):
        if word != "and" or lowers[i + 1] not in SAVING_LINKS:
            continue
        if lowers[i + 1] == "save":
            return True
        if REWARD_WORDS & set(lowers[i + 2 : i + 2 + REWARD_REACH]):
            return True
    return False


#: "and he's good to go", "and you're all set": what the order buys the customer.
SET_REACH: Final = 6


def _all_set(after: list[str]) -> bool:
    joined = " ".join(after)
    return any(phrase in joined for phrase in ("good to go", "all set", "all sorted"))


#: "and our <team> will ...": what we will do in return, said of our people.
OUR_PROMISES: Final = frozenset({"will", "'ll", "can"})
#: How many words the team's name may take before the modal.
OUR_REACH: Final = 4


HELPERS: Final = frozenset({"can", "could", "may"})
#: How many words an aside between "and," and "we'll" may take.
ASIDE_REACH: Final = 12
_HELP_AFTER_ASIDE: Final = frozenset(
    (who, modal) for who in ("we", "i") for modal in ("'ll", "will", "can")
)


#: After a prohibition, what says how the step has to be done instead: "Do not
#: sign it beforehand; it must be signed in front of the notary", "Don't fill in
#: the date, as it has to be added at the counter". The step's own rule, not our
#: convenience ("Please don't copy us in, we can't action anything from there").
PROCEDURE_BREAKS: Final = frozenset({";", ":", "as", "because", "since"})
PROCEDURE_SUBJECTS: Final = frozenset({"it", "they", "this", "these", "that", "those"})
PROCEDURE_DUTIES: Final = (
    ("must", "be"),
    ("has", "to", "be"),
    ("have", "to", "be"),
    ("needs", "to", "be"),
    ("need", "to", "be"),
)


def _procedure_follows(lowers: list[str]) -> bool:
    """Whether a clause after the prohibition says how its step must be done
    instead ("...; it must be signed in front of the notary"): a duty in the
    passive on the thing itself, not a plain fact ("...; they must be scans")."""
    for k, word in enumerate(lowers[:-3]):
        if word not in PROCEDURE_BREAKS or lowers[k + 1] not in PROCEDURE_SUBJECTS:
            continue
        for duty in PROCEDURE_DUTIES:
            done = k + 2 + len(duty)
            if (
                done < len(lowers)
                and tuple(lowers[k + 2 : done]) == duty
                and _participle(lowers[done])
            ):
                return True
    return False


#: "Don't use spray cleaner", "Do not use bin bags, as the machines can't take
#: them": a prohibition on what to do a step with says how it is done (the
#: corpus labels none of them demanding). Not when what is not to be used is a
#: way of reaching us ("Don't use the chat for complaints", "Do not use our
#: email address"): that is an order about contacting us.
OUR_CHANNELS: Final = frozenset(
    {"chat", "chats", "email", "emails", "e-mail", "phone", "phones", "line", "lines",
     "number", "inbox", "portal", "helpline", "hotline", "address", "our", "us", "this",
     "that", "contact", "complaints", "webchat", "whatsapp", "dm", "dms", "messages"}
)  # fmt: skip
#: How many words after the verb name what is not to be used.
MEANS_REACH: Final = 4


def _means_of_step(alpha: list[Token], at: int) -> bool:
    """Whether the prohibition at ``alpha[at]`` forbids using a thing that is no
    channel to us ("Don't use spray cleaner", "Never use bleach on it")."""
    rest = [t.lower_ for t in alpha[at : at + 3]]
    verb = 1 if rest[:1] == ["never"] else 2
    if rest[verb : verb + 1] != ["use"] or at + verb + 1 >= len(alpha):
        return False
    used = {t.lower_ for t in alpha[at + verb + 1 : at + verb + 1 + MEANS_REACH]}
    return not used & OUR_CHANNELS


def _prohibition(alpha: list[Token], at: int) -> bool:
    """'Do not send ...', 'Don't contact ...', 'Never send ...' with a compliance
    verb, or with any verb when the prohibition closes on "again" ("Do not be late
    again", "Don't turn up without an appointment again"): forbidding a repeat
    scolds the customer for the last time, whatever they did."""
    rest = [t.lower_ for t in alpha[at : at + 4]]
    if rest[2:3] == ["ever"]:  # "Don't ever speak to my staff like that"
        del rest[2]
    if rest[:1] == ["never"]:
        verb = rest[1:2]
    elif rest[:2] in (["do", "not"], ["do", "n't"]):
        verb = rest[2:3]
    else:
        return False
    if not verb or verb[0] in KIND_PROHIBITIONS:
        return False
    return verb[0] in PROHIBITED or _closes_on_again(alpha, at)


#: "we've already", "I have already", "we already": our own act, done.
OUR_DONE: Final = (("we", "'ve", "already"), ("we", "have", "already"), ("i", "'ve", "already"),
            ("i", "have", "already"), ("we", "already"), ("i", "already"))  # fmt: skip
OUR_DONE_FIRSTS: Final = frozenset({"we", "i"})
#: What we did for them that the prohibition spares them: an errand on their
#: behalf, not a decision against them ("we've already rejected the claim").
ERRANDS: Final = frozenset(
    {"asked", "contacted", "called", "rung", "rang", "phoned", "spoken", "spoke", "emailed",
     "written", "wrote", "told", "chased", "arranged", "booked", "ordered", "sent", "raised",
     "sorted", "done", "paid", "cancelled", "canceled", "reported", "notified", "requested"}
)  # fmt: skip


def _already_ours(lowers: list[str]) -> bool:
    """ "Don't call the bank; we've already asked them": the prohibition spares
    the customer a job we have already done. Not when what is forbidden is
    contact with us ("Don't email us, we've already answered")."""
    at = next(
        (
            k
            for k, w in enumerate(lowers)
            if w in OUR_DONE_FIRSTS and any(tuple(lowers[k : k + len(p)]) == p for p in OUR_DONE)
        ),
        None,
    )
    if at is None or at < 3:
        return False
    done = lowers.index("already", at) + 1
    return done < len(lowers) and lowers[done] in ERRANDS and not TO_US & set(lowers[:at])


#: How many tokens after "Do not" the closing "again" may sit.
REPEAT_REACH: Final = 10
#: What ends the prohibition's clause before "again" could belong to it.
CLAUSE_BREAKS: Final = frozenset(
    {",", ";", ":", "and", "but", "so", "or", "we", "i", "if", "until"}
)


def _closes_on_again(alpha: list[Token], at: int) -> bool:
    """Whether "again" ends the prohibition starting at ``alpha[at]`` (within
    ``REPEAT_REACH`` tokens): "Do not be late again"; not "Don't worry, we'll
    try again" or "Don't use it until it's been checked again", where "again"
    belongs to a later clause."""
    doc = alpha[at].doc
    end = min(len(doc), alpha[at].i + 2 + REPEAT_REACH)
    for k in range(alpha[at].i + 2, end):
        word = doc[k].lower_
        if word in CLAUSE_BREAKS:
            return False
        if word == "again":
            return k + 1 >= len(doc) or not doc[k + 1].is_alpha
    return False


def _urgency_end(words: list[Token]) -> Token | None:
    """The last token of the first urgency marker in the sentence, if any."""
    lowers = [t.lower_ for t in words]
    for i, word in enumerate(lowers):
        if word in URGENCY_WORDS:
            return words[i]
        if word in URGENCY_FIRSTS:
            for phrase in URGENCY_PHRASES:
                if tuple(lowers[i : i + len(phrase)]) == phrase:
                    return words[i + len(phrase) - 1]
        if word == "within" and i + 2 < len(lowers) and lowers[i + 2] in WITHIN_UNITS:
            return words[i + 2]
        if word in ("by", "before") and i + 1 < len(lowers) and lowers[i + 1] in DAYS:
            return words[i + 1]
        if word in ("by", "before"):
            date_end = _date_end(lowers, i + 1)
            if date_end is not None:
                return words[date_end]
    return None


#: "the 14th", "3rd": a day of the month.
_ORDINAL_DAY: Final = regexcache.compile(r"^(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)$")
#: "5", "17:00": a number a clock word or a month may follow.
_CLOCK: Final = regexcache.compile(r"^(?:[01]?[0-9]|2[0-3])(?:[:.][0-5][0-9])?$")
TIME_OF_DAY: Final = frozenset({"am", "pm", "a.m.", "p.m.", "o'clock"})


def _date_end(lowers: list[str], at: int) -> int | None:
    """The index of the last word of a calendar date or clock time starting at
    ``at`` ("the 14th", "14 March", "March 14", "5pm", "17:00"), or None: the
    deadline a bare order hangs on, in any of the forms a date is written."""
    if lowers[at : at + 1] == ["the"]:
        at += 1
    word = lowers[at] if at < len(lowers) else ""
    following = lowers[at + 1] if at + 1 < len(lowers) else ""
    if _ORDINAL_DAY.match(word):
        month = lowers[at + 2] if at + 2 < len(lowers) else ""
        return at + 2 if following == "of" and month in MONTH_WORDS else at
    if word in MONTH_WORDS and word != "may":
        return at + 1 if following.isdigit() or _ORDINAL_DAY.match(following) else at
    if _CLOCK.match(word):
        if following in TIME_OF_DAY or following in MONTH_WORDS:
            return at + 1
        return at if ":" in word else None
    return None


def _clause_end(words: list[Token], first: Token) -> Token:
    """The last word before the sentence's closing punctuation or first comma."""
    last = first
    for token in words:
        if token.i <= first.i:
            continue
        if token.is_punct and token.text not in ("'", "-", "/"):
            break
        last = token
    return last


def _order_finding(
    rule: Rule,
    ctx: CheckContext,
    first: Token,
    last: Token,
    prohibition: bool,
    lead: Token | None = None,
) -> Iterator[Finding]:
    """A finding from the order's first word (or its lead, "Kindly ...") to ``last``;
    the suggestion asks instead: "Please send it today"."""
    start, end = (lead or first).idx, last.idx + len(last.text)
    if not in_scope(rule, ctx, start, end):
        return
    action = ctx.text[first.idx : end]
    if prohibition:
        suggestions: tuple[str, ...] = ()
    else:
        suggestions = ("Please " + action[:1].lower() + action[1:],)
    yield ctx.finding(rule, start, end, suggestions=suggestions)


#: Verbs a curt agent opens a bare order with ("Sort your rubbish.", "Arrive on
#: time.", "Send the plumber's report this week."). What makes such a sentence
#: an order rather than a step is read from its structure (see
#: ``curt_imperative``), not from the verb; the list only says which
#: capitalised first words are imperatives, as there is no tagger by default.
CURT_IMPERATIVES: Final = frozenset(
    {"add", "arrange", "arrive", "ask", "attach", "avoid", "be", "book", "bring", "call", "cancel",
     "change", "chase", "check", "clean", "clear", "collect", "complain", "complete", "confirm",
     "contact", "cut", "deal", "do", "drop", "email", "empty", "ensure", "fill", "find",
     "fix", "follow", "get", "give", "hand", "have", "hoover", "keep", "leave", "make", "measure",
     "move", "order", "pay", "phone", "pick", "post", "practise", "practice", "print",
     "provide", "put", "read", "register", "remove", "renew", "repair", "replace", "report",
     "reset", "return", "revert", "ring", "send", "set", "settle", "sign", "sort", "speak",
     "stay", "stick", "stop", "submit", "switch", "take", "talk", "tell", "tidy", "top", "turn",
     "unplug", "update", "upload", "use", "wash", "watch", "wear", "weigh", "withdraw",
     "write", "zoom", "close", "scroll", "lock", "resubmit", "resend", "double"}
)  # fmt: skip
#: A lead-in of time that looks back on the customer's failing ("Next time weigh
#: it at home.", "In future read the notes."): the order after it is as bare.
CURT_LEAD_INS: Final = (("next", "time"), ("this", "time"), ("in", "future"), ("going", "forward"))
#: After "Get"/"Have" and who is made to act, "to" names their act ("Get them to
#: whitelist the domain"), not a goal of the order.
CAUSED_DOERS: Final = frozenset(
    {"them", "him", "her", "your", "the", "someone", "whoever", "it"}
)  # fmt: skip
#: Words that make the sentence something other than a flung order: a softener,
#: a condition, a goal or reason ("so", "to", "because", "in case"), our part
#: of the job ("we", "will", "'ll"), an invitation to reach us ("us", "me"), a
#: try, a run of steps ("then", "wait") or a free choice ("any", "anytime").
CURT_SPARED: Final = frozenset(
    {"please", "pls", "kindly", "just", "feel", "free", "welcome", "if", "unless", "so",
     "to", "because", "case", "which", "we", "will", "'ll", "us", "me", "try", "then",
     "wait", "any", "anytime", "whenever", "thanks", "thank", "enjoy", "hope"}
)  # fmt: skip
#: Words that press: a deadline, a moment, a reproach, a rule for every time.
CURT_PRESSING: Final = frozenset(
    {"by", "before", "today", "tonight", "tomorrow", "now", "within", "first", "again",
     "yourself", "herself", "himself", "themselves", "properly", "once", "every", "immediately",
     "week", "time", "future", "next", "all", "only", "actually"}
)  # fmt: skip
#: After "to", words that make it a place the customer is sent ("Complain to the
#: app.", "Take it to your bank."), not a goal or reason ("to get it sooner").
CURT_TO_PLACE: Final = frozenset(
    {"the", "a", "an", "your", "their", "his", "her", "them", "him", "it", "this", "that"}
)  # fmt: skip
#: Orders that send the customer, or their complaint, somewhere else, or that
#: tell them where to give a thing back ("Return the skates to the counter.",
#: "Hand the keys to reception."): "to" a place is where, not a goal.
CURT_SENDING: Final = frozenset(
    {"complain", "speak", "talk", "write", "report", "take", "bring", "return", "hand", "post"}
)  # fmt: skip
#: Finite verbs that make the first word a noun ("Reset emails go out within
#: seconds", "Email requests are not processed"): a statement, not an order.
CURT_STATEMENT: Final = frozenset({"is", "are", "was", "were", "go", "goes", "gets", "has", "does"})
#: Words that open a clause of their own inside the order ("Settle the balance
#: before Bella can go home", "Leave it until the engineer has been"): a finite
#: verb after one belongs to that clause, not to a statement.
SUBORDINATORS: Final = frozenset(
    {"before", "until", "till", "after", "once", "when", "while", "whilst", "because", "since",
     "unless", "where"}
)  # fmt: skip
#: Subjects of a clause of its own inside the order ("Leave the stations where
#: they are", "Make sure it is off"): a finite verb after one is no statement.
CLAUSE_SUBJECTS: Final = frozenset(
    {"they", "it", "he", "she", "you", "there", "this", "that", "we", "i", "who", "which"}
)  # fmt: skip
#: Orders whose object is a clause with its own verb ("Make sure Harvey is in
#: school", "Ensure an adult is present").
CLAUSE_ORDERS: Final = frozenset({"make", "ensure"})
#: Words of reproach in the order itself: with one, it is no step of a run of
#: steps ("Check it yourself first.", "Make sure they actually know this.").
CURT_REPROACH: Final = frozenset({"yourself", "yourselves", "properly", "actually"})
#: After "Have", who is made to do the job ("Have her call us herself").
HAD_DOERS: Final = frozenset({"her", "him", "them", "your", "the", "whoever"})
#: Someone else to act on their own: "us" after it is no invitation.
SOMEONE_ELSE_ALONE: Final = frozenset({"herself", "himself", "themselves"})
#: A short enough order needs nothing pressing to be curt ("Set a reminder.").
CURT_SHORT: Final = 5
#: First words of the sentences beside it that make it one of a run of steps.
_STEP_OPENERS: Final = CURT_IMPERATIVES | (
    STEP_WORDS - {"if", "to", "in", "on", "from", "when", "after", "once", "first"}
)
#: Marks of a step to follow: a menu path, code, an address.
_STEP_MARKS: Final = regexcache.compile(r">|`|@|https?:|www\.|\w\.[a-z]{2,}\b")


@check("curt-imperative")
def curt_imperative(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """A bare order that stands alone ("Sort your rubbish.", "Send the plumber's
    report this week."): an imperative opening the sentence, with no softener,
    no goal, reason or offer of ours, no menu path, not a list item and not one
    of a run of steps (no other sentence of its paragraph opens with an
    imperative or leads in with a colon), pressing with a deadline or reproach
    or curtly short. The rule's ``only_with`` option keeps it for drafts that
    another rule already finds rude, demanding or blaming: alone, a step like
    this in a kind reply is an instruction."""
    own = ctx.message.own
    terse = rule.options.get("whole_draft_words")
    if isinstance(terse, int) and not _terse_draft(own, terse):
        return  # RC193: only where the order is nearly the whole draft
    paragraphs = _Paragraphs(own)
    # a writer who opens in lower case ("lol no, ... switch it off.") does not
    # capitalise an order either
    lower_case = next((c.islower() for c in own if c.isalpha()), False)
    for sent in sentences_with(rule, ctx, CURT_IMPERATIVES, opening=frozenset()):
        text = own[sent.start_char : sent.end_char].strip()
        if text[-1:] not in ".!" or list_step(own, sent.start_char):
            continue
        quoted = quoted_tokens(ctx.doc)
        if not _opens_with_imperative(ctx.doc, sent.start, sent.end, quoted):
            continue  # most sentences: the imperative is inside, not first
        words = [t for t in words_of(sent) if t.i not in quoted]
        alpha = [t for t in words if t.is_alpha or t.lower_ == "'ll"]
        lead = None
        if len(alpha) > 2 and (alpha[0].lower_, alpha[1].lower_) in CURT_LEAD_INS:
            lead, alpha = alpha[0], alpha[2:]  # "Next time weigh it at home."
        if not alpha or alpha[0].lower_ not in CURT_IMPERATIVES:
            continue
        first = alpha[0]
        if first.lower_ == "double" and (len(alpha) < 2 or alpha[1].lower_ != "check"):
            continue  # "Double rooms ...": only "Double check ..." is the verb
        opener = lead or first
        capitalised = opener.text[:1].isupper() or (lower_case and bool(opener.is_sent_start))
        after = first.idx + len(first.text)  # one character: no copy of the rest of the draft
        if not capitalised or ctx.text[after : after + 1] == "-":
            continue  # "Check-in is at 3pm": a noun
        if len(alpha) > 1 and alpha[1].lower_ in ("you", "yourself"):
            continue  # "See you Saturday"
        if first.lower_ == "take" and any(t.lower_ == "up" for t in alpha):
            continue  # RC126's "Take it up with them"
        if first.lower_ == "have" and (len(alpha) < 2 or alpha[1].lower_ not in HAD_DOERS):
            continue  # "Have a lovely day": only "Have her call us" puts the job on someone
        lowers = {t.lower_ for t in alpha}
        if lowers & SOMEONE_ELSE_ALONE:
            lowers -= {"us", "me"}  # "Have her call us herself": no invitation, an insistence
        pairs = pairwise(alpha)
        if any(a.lower_ == "not" and b.lower_ in ("us", "me") for a, b in pairs):
            lowers -= {"us", "me"}  # "Contact your bank, not us.": sent away, no invitation
        if first.lower_ in CURT_SENDING and "to" in lowers and _to_places_only(alpha):
            lowers.discard("to")  # "Complain to the app.": sent somewhere, no goal
        if _caused_only(alpha):
            lowers.discard("to")  # "Get them to whitelist it.": their act, no goal
        if _statement(alpha):
            continue  # "Reset emails go out within seconds": the first word a noun
        if lowers & CURT_SPARED or _STEP_MARKS.search(text):
            continue
        if holds_phrase([t.lower_ for t in words], CHOICE_LEFT, CHOICE_LEFT_FIRSTS):
            continue  # "Pick whichever suits you.": the choice is theirs, an invitation
        if _CODE.search(text) or text.upper() == text:
            continue  # "Use code SAVE20": a code to type; all in capitals is shouting's
        if _runs_on(words, first):
            continue  # "Look in Junk, open the email and click the link": steps
        if _wish_signoff(ctx, sent, words, text):
            continue  # "Clear skies!" above the signature: a farewell
        # ", not the benches": what the customer did, corrected, presses as "only" does
        contrast = any(a.text == "," and b.lower_ == "not" for a, b in pairwise(words))
        recheck = _recheck_after_wait(alpha)
        if recheck is not None:
            # "... and look again in five days' time": a second look after a wait, not a
            # reproach; the wait's "again", "week" or "time" presses nothing
            lowers = {t.lower_ for t in alpha[:recheck]}
        pressed = contrast or bool(lowers & CURT_PRESSING)
        if lead is None and not pressed and len(alpha) > CURT_SHORT:
            continue  # a lead-in of time presses as "next time" does at the end
        start, stop = paragraphs.bounds(sent.start_char, sent.end_char)
        reproach = bool(lowers & CURT_REPROACH)  # "Check it yourself first.": no step
        if not reproach and _among_steps(paragraphs.step_openers(start, stop), text):
            continue
        yield from _order_finding(rule, ctx, first, _clause_end(words, first), False, lead)


#: Verbs of a second look at a thing ("look again in five days", "check
#: again after a week"): with a wait after "again" it is a step timed, not a
#: reproach.
RECHECK_VERBS: Final = frozenset({"look", "check", "test", "try", "inspect", "peek", "weigh"})
#: What opens the wait after "again" ("in five days' time", "after a week").
WAIT_LEADS: Final = frozenset({"in", "after"})


def _recheck_after_wait(alpha: list[Token]) -> int | None:
    """Where "again" stands after a verb of a second look and before a wait
    ("Leave the candy plug alone and look again in five days' time."), or
    None: the words from there on time the step and press nothing."""
    for k in range(1, len(alpha) - 1):
        if (
            alpha[k].lower_ == "again"
            and alpha[k - 1].lower_ in RECHECK_VERBS
            and alpha[k + 1].lower_ in WAIT_LEADS
        ):
            return k
    return None


#: The first words of ``CURT_LEAD_INS``.
_LEAD_IN_FIRSTS: Final = frozenset(pair[0] for pair in CURT_LEAD_INS)
#: Which tokens ``curt_imperative`` counts as words besides alphabetic ones.
_WILL_CONTRACTED: Final = frozenset({"'ll"})


def _opens_with_imperative(doc: Doc, start: int, end: int, quoted: set[int]) -> bool:
    """Whether tokens ``[start, end)`` open (after a lead-in of time) with a
    word of ``CURT_IMPERATIVES``: ``curt_imperative``'s first test, read off the
    token table. The same words as its ``alpha`` list (alphabetic or "'ll",
    not whitespace, not quoted), but only the first three, and no ``Token``
    made: most sentences holding an imperative word do not open with it."""
    table = token_table(doc)
    alpha, space, lower = table.alpha, table.space, table.lower
    will = word_ids(_WILL_CONTRACTED)
    firsts: list[int] = []
    for i in range(start, end):
        if space[i] or i in quoted or not (alpha[i] or lower[i] in will):
            continue
        firsts.append(lower[i])
        if len(firsts) == 3:
            break
    if not firsts:
        return False
    verb = firsts[0]
    if len(firsts) > 2 and verb in word_ids(_LEAD_IN_FIRSTS):
        strings = doc.vocab.strings
        if (strings[firsts[0]], strings[firsts[1]]) in CURT_LEAD_INS:
            verb = firsts[2]  # "Next time weigh it at home."
    return verb in word_ids(CURT_IMPERATIVES)


#: Words of a warm short reply ("Hi Sam, done! Thanks"): no brush-off.
_WARM_WORDS: Final = frozenset(
    {"hi", "hello", "hey", "dear", "thanks", "thank", "thx", "ta", "cheers", "sorry",
     "apologies", "please", "pls", "glad", "happy", "hope", "great", "enjoy", "welcome",
     "worry", "hesitate"}
)  # fmt: skip
_WORD: Final = regexcache.compile(r"[A-Za-z][A-Za-z']*")


def _terse_draft(own: str, limit: int) -> bool:
    """Whether the draft is only a few words (at most ``limit``), none of them
    warm: an order that is nearly the whole reply ("Already sent. Check your
    spam.") is the reply's whole answer, a brush-off with or without company."""
    if len(own) > limit * 24:
        return False
    words = [w.lower() for w in _WORD.findall(own)]
    return len(words) <= limit and not _WARM_WORDS.intersection(words)


def _statement(alpha: list[Token]) -> bool:
    """Whether a finite verb of ``CURT_STATEMENT`` makes the sentence a
    statement with the first word as a noun ("Reset emails go out within
    seconds", "Email requests are not processed"). A verb of a clause inside
    the order is not one: after its own subject ("Leave them where they
    are") or in what "Make sure"/"Ensure" asks for ("Make sure Harvey is in
    school"), nor one in a clause after a word of ``SUBORDINATORS`` ("Settle
    the balance before Bella can go home")."""
    if alpha[0].lower_ in CLAUSE_ORDERS:
        return False
    for k, token in enumerate(alpha):
        if k > 0 and token.lower_ in SUBORDINATORS and _clause_follows(alpha, k + 1):
            return False  # "before Bella can go home": the rest is a clause of its own
        if k > 0 and token.lower_ in CURT_STATEMENT and alpha[k - 1].lower_ not in CLAUSE_SUBJECTS:
            return True
    return False


#: Determiners that open the subject of a clause after a word of ``SUBORDINATORS``.
CLAUSE_DETERMINERS: Final = frozenset(
    {"the", "your", "our", "his", "her", "their", "my", "a", "an"}
)  # fmt: skip


def _clause_follows(alpha: list[Token], at: int) -> bool:
    """Whether ``alpha[at]`` opens a clause's subject: a pronoun, a
    determiner or a name ("before Bella can go home"), not a time ("after
    2pm go out", where the verb comes straight after) or a named day."""
    if at >= len(alpha):
        return False
    word = alpha[at]
    lower = word.lower_
    if lower in CLAUSE_SUBJECTS or lower in CLAUSE_DETERMINERS:
        return True
    return word.is_title and lower not in WEEKDAYS and lower not in MONTHS


def _caused_only(alpha: list[Token]) -> bool:
    """Whether the sentence's one "to" follows "Get"/"Have" and who is made to
    act ("Get them to whitelist the domain", "Have your bank to ..."): the
    other party's act, not the order's goal or reason."""
    if alpha[0].lower_ not in ("get", "have") or len(alpha) < 4:
        return False
    if alpha[1].lower_ not in CAUSED_DOERS:
        return False
    tos = [k for k, token in enumerate(alpha) if token.lower_ == "to"]
    return len(tos) == 1 and 2 <= tos[0] <= 3


def _to_places_only(alpha: list[Token]) -> bool:
    """Whether every "to" of the sentence is followed by a place or party
    (``CURT_TO_PLACE``: "to the app", "to your bank"), none by a verb."""
    return all(
        k + 1 < len(alpha) and alpha[k + 1].lower_ in CURT_TO_PLACE
        for k, token in enumerate(alpha)
        if token.lower_ == "to"
    )


def _runs_on(words: list[Token], first: Token) -> bool:
    """Whether, after a comma, another imperative follows ("Click it, pick CSV")."""
    after_comma = False
    for token in words:
        if token.i <= first.i:
            continue
        if token.text == ",":
            after_comma = True
        elif after_comma and token.lower_ == "and":
            continue
        elif after_comma:
            if token.lower_ in CURT_IMPERATIVES:
                return True
            after_comma = False
    return False


def _among_steps(openers: tuple[str, ...], sentence: str) -> bool:
    """Whether another sentence of the paragraph (one of its ``openers``, see
    ``_Paragraphs.step_openers``) opens with an imperative or leads in with a
    colon: the order is one step of several."""
    return any(not (other in sentence or sentence in other) for other in openers)


#: "You'll need to" opening a sentence: the contracted future need that RC120
#: leaves alone, as it is the usual way of giving a helpful step.
_CASUAL_NEED: Final = ("you", "'ll", "need", "to")
#: After the step's verb, words that make it a step explained rather than an
#: order flung: a reason or purpose ("as", "so", "because", "to"), a time or
#: condition ("when", "if", "until"), our part ("we", "i", "us", "our"), a
#: softener ("please"), a run of steps ("and", "then", "first"), a job handed
#: back to the customer ("yourself", RC126's), or a choice ("but", "or").
CASUAL_NEED_SPARED: Final = frozenset(
    {"as", "so", "because", "since", "to", "which", "who", "when", "whenever", "while", "if",
     "unless", "once", "until", "till", "before", "after", "we", "i", "us", "our", "please",
     "and", "then", "first", "yourself", "yourselves", "but", "or", "using", "via", "through",
     "online", "app", "website", "settings"}
)  # fmt: skip
#: At most this many words after "to": a curt step, not an explained one.
CASUAL_NEED_WORDS: Final = 8


@check("casual-need")
def casual_need(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """ "You'll need to get a plasterer in.", "You'll need to knock on their
    door.": a short sentence that opens with "You'll need to" and says nothing
    else (no reason, purpose, time, condition or offer of ours, not a list
    item, not a line before a list, no help in it or the next sentence). In a
    kind reply it is a step ("You'll need to bring photo ID when you collect
    them"), so the rule's ``only_with`` option keeps it for drafts that
    another rule already finds rude, demanding or blaming, where it is the
    order that closes the telling-off."""
    own = ctx.message.own
    for sent in sentences_with(rule, ctx, YOU, frozenset({"'ll"}), frozenset({"need"})):
        text = own[sent.start_char : sent.end_char].strip()
        if text[-1:] not in ".!" or list_step(own, sent.start_char):
            continue
        words = [t for t in words_of(sent) if not t.is_punct]
        lowers = tuple(t.lower_ for t in words)
        if lowers[: len(_CASUAL_NEED)] != _CASUAL_NEED or len(words) <= len(_CASUAL_NEED):
            continue
        rest = lowers[len(_CASUAL_NEED) :]
        if len(rest) > CASUAL_NEED_WORDS or not rest[0].isalpha():
            continue
        if CASUAL_NEED_SPARED.intersection(rest[1:]) or _help_alongside(ctx, sent):
            continue
        if rest[0] == "take" and "up" in rest:
            continue  # RC126's "take it up with them", blame's when it disowns
        if _STEP_MARKS.search(text):
            continue  # a menu path, an address: a step to follow
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        if in_scope(rule, ctx, start, end):
            yield ctx.finding(rule, start, end)


#: The words that open a ban: "don't", "do not", "never", "stop".
BAN_OPENERS: Final = frozenset({"n't", "not", "never", "stop", "nt"})
#: What joins the ban to the order before it ("Clear the cache and stop ...").
BAN_JOINS: Final = frozenset({"and", ",", ";"})
#: What may stand between the join and the ban ("..., and then don't ...").
BAN_FILLERS: Final = frozenset({"then", "also", "and"})
#: Verbs a ban added to an order forbids: asking, contacting or chasing us,
#: expecting something of us, blaming. A ban on a step's hazard ("and don't
#: pick at it", "and do not use the shower") is care, not a telling-off.
BANNED_ASKS: Final = FORBIDDEN_ASKS | frozenset({"expect", "bother", "blame", "turn", "tell"})
#: After "stop", the customer's conduct told to end ("and stop emailing the
#: same logs", "and stop switching back"), not a product's use stopped for
#: safety ("stop using it if it sparks", ``SAFE_STOPS``).
STOPPED_CONDUCT: Final = CONTACTING | frozenset(
    {"blaming", "ignoring", "switching", "changing", "fiddling", "messing", "tampering",
     "arguing", "moving", "turning"}
)  # fmt: skip
#: Within the ban, a repeat forbidden: whatever the verb, a telling-off
#: ("and do not change the settings again", "and don't open another ticket").
REPEATS: Final = frozenset({"again", "another"})
#: Softeners that keep the pair a kind step ("Ring us and please don't worry").
BAN_SOFTENERS: Final = SOFTENERS | frozenset({"kindly", "just"})


def _ban_after_order(lowers: list[str], first: int) -> tuple[int, int] | None:
    """Where a ban joined to the order after ``lowers[first]`` starts and ends
    (its opening word and the last word of its clause), or None: "Move the
    router and stop blaming the network", "Book it before you come in and
    don't ask the desk to make an exception", "Reset it and do not change the
    settings again". Only a ban on asking, contacting, expecting or blaming,
    on the customer's conduct, or on a repeat counts."""
    n = len(lowers)
    for k in range(first + 1, n - 1):
        if lowers[k] not in BAN_JOINS:
            continue
        at = k + 1
        while at < n and lowers[at] in BAN_FILLERS:
            at += 1
        if at + 1 >= n:
            return None
        word = lowers[at]
        if word in ("stop", "never"):
            verb = at + 1
        elif word == "do" and lowers[at + 1] in ("n't", "not", "nt"):
            verb = at + 2
        else:
            continue
        if verb < n and lowers[verb] == "ever":
            verb += 1
        if verb >= n or not lowers[verb].isalpha():
            return None
        end = verb
        while end + 1 < n and lowers[end + 1] not in PURPOSE_BREAKS | {".", "!", "?"}:
            end += 1
        clause = set(lowers[verb : end + 1])
        if clause & SAFEGUARDED or _until_made_safe(lowers[verb : end + 1]):
            return None  # "and never give your PIN to anyone": a warning for their sake
        banned = lowers[verb]
        if word == "stop":
            if banned not in STOPPED_CONDUCT:
                return None  # "and stop using it if it sparks", "and stop scratching it"
        elif banned in KIND_PROHIBITIONS:
            return None  # "and don't worry", "and don't forget your receipt"
        elif banned == "turn":
            if lowers[verb + 1 : verb + 2] != ["up"]:
                return None  # only "don't turn up ...": not "don't turn the dial"
        elif banned not in BANNED_ASKS and not clause & REPEATS:
            return None  # "and don't pick at it": a step's care
        return at, end
    return None


@check("order-and-ban")
def order_and_ban(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """A bare order with a ban joined to it ("Clear the cache and stop
    emailing the same logs.", "Bring it in on a weekday and don't expect it
    back the same day."): the order opens the sentence, and after "and" or a
    comma it forbids the customer to ask, contact, chase, expect or blame, to
    keep up some conduct, or to do it again. That second half is the
    telling-off a helpful step lacks: a ban on a hazard ("and don't pick at
    it", "and do not use the shower"), a softened pair, a question or a list
    item is not read."""
    own = ctx.message.own
    for sent in sentences_with(rule, ctx, CURT_IMPERATIVES, BAN_OPENERS, opening=frozenset()):
        text = own[sent.start_char : sent.end_char].strip()
        if text[-1:] == "?" or list_step(own, sent.start_char):
            continue
        quoted = quoted_tokens(ctx.doc)
        if not _opens_with_imperative(ctx.doc, sent.start, sent.end, quoted):
            continue
        words = [t for t in words_of(sent) if t.i not in quoted]
        lowers = [t.lower_ for t in words]
        first = next((k for k, t in enumerate(words) if t.is_alpha), None)
        if first is None or lowers[first] not in CURT_IMPERATIVES:
            continue  # a lead-in of time first ("Next time ..."): RC168's to read
        opener = words[first]
        if not opener.text[:1].isupper() or own[opener.idx + len(opener.text) :][:1] == "-":
            continue  # "Check-in is at 3pm": a noun
        if lowers[first + 1 : first + 2] in (["you"], ["yourself"]):
            continue  # "See you Saturday"
        if BAN_SOFTENERS & set(lowers) or "if" in lowers:
            continue  # "Ring us and please don't worry", "... if it happens again"
        if holds_phrase(lowers, REASONS, REASON_FIRSTS):
            continue  # "Post the form and don't email it, as we can't open scans"
        ban = _ban_after_order(lowers, first)
        if ban is None:
            continue
        yield from _order_finding(rule, ctx, opener, words[ban[1]], False)
