"""Rude: rhetorical challenges aimed at the customer.

A question the agent does not want answered talks down to the customer: "Did
you even read the email?", "Which part of 'non-refundable' was unclear?",
"What did you expect us to do?". So does sarcastic praise for a failure
("Congratulations, you've managed to lock yourself out again"). The check
reads the shape of the sentence rather than a fixed phrase:

- a yes/no question to "you" whose verb is pushed by "seriously", or by "even",
  "bother" or "actually" before a verb of effort (reading, trying, checking);
- "which/what part of" followed by a quotation or "don't you understand";
- "what (did) you expect (us) to do", the customer's expectation as absurd;
- "managed to" said of the customer with sarcastic praise or a count of repeats;
- "how hard can it be", ease asked about with a modal of possibility;
- advice hedged as a suggestion that points at the past ("Perhaps next time
  you'll check the dates", "I'd suggest reading it more carefully").

Troubleshooting questions ("Did you try restarting it?", "Which part of the
form is unclear? I can walk you through it") have none of these signs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Final

from replycheck.checks import check
from replycheck.checks.tone_sentences import (
    in_scope,
    quoted_tokens,
    sentences_with,
    words_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: Auxiliaries that open a yes/no question ("Did you ...", "Have you ...").
QUESTION_AUX: Final = frozenset(
    {"did", "do", "does", "have", "has", "are", "were", "is", "was", "can", "could", "would"}
)
#: Words that, right after "you", push the verb of a yes/no question into a
#: challenge: "Did you even look?", "Did you actually read it?", "Did you
#: bother to check?". Only before a verb of effort or knowing ("to" for
#: "bother"): "Were you actually charged twice?", "Do you even need the
#: adapter?" and "Did you bother with the warranty?" are real questions.
PUSHES: Final = frozenset({"even", "actually", "bother", "bothered"})
#: "seriously" pushes any verb: "Are you seriously asking us to ...?".
STRONG_PUSHES: Final = frozenset({"seriously"})
#: "honestly" and "really" push only a verb of belief: "Do you honestly think we'd
#: charge you twice on purpose?"; "Are you honestly happy to close it?" asks.
DISBELIEF_PUSHES: Final = frozenset({"honestly", "really"})
BELIEF_VERBS: Final = frozenset({"think", "believe", "expect", "imagine", "suppose"})
#: Verbs of effort the customer is accused of skipping.
EFFORT_VERBS: Final = frozenset(
    {"try", "tried", "read", "check", "checked", "look", "looked", "open", "opened", "follow",
     "followed", "think", "thought", "listen", "listened", "consider", "considered", "bother",
     "test", "tested", "restart", "restarted", "scroll", "click", "notice", "noticed", "know",
     "care", "understand", "realise", "realize", "remember", "see"}
)  # fmt: skip
TO: Final = frozenset({"to"})
#: A yes/no question negated before a verb of effort presumes the customer
#: skipped it: "Did you not see the email we sent?", "Didn't you read the
#: terms?", "Have you not checked your junk folder?". "Did you not receive the
#: code?" and "Didn't you get the replacement?" ask about what reached them.
NEGATIONS: Final = frozenset({"not", "n't"})
#: Troubleshooting steps stay real questions negated: "Have you not tried
#: restarting it?" asks before the next step.
NEGATED_EFFORT: Final = EFFORT_VERBS - {
    "try", "tried", "test", "tested", "restart", "restarted", "click", "scroll", "open", "opened"
}  # fmt: skip
#: What may stand before the negated question: nothing, a break, or "why"/"so".
NEGATED_OPENERS: Final = frozenset(
    {",", ";", ":", "-", "why", "so", "and", "but", "or", "then", "well"}
)
#: How far after "you" the push may sit ("Did you actually even try").
PUSH_REACH: Final = 2
#: "Which part of ..." is a challenge when these close it.
NOT_UNDERSTOOD: Final = frozenset({"understand", "get", "grasp", "follow"})
PART_WORDS: Final = frozenset({"which", "what"})
QUOTE_MARKS: Final = frozenset({'"', "'", "''", "``", "\u2018", "\u2019", "\u201c", "\u201d"})
#: How far after "part of" the rest of the challenge may reach.
PART_REACH: Final = 12
EXPECT_FORMS: Final = frozenset({"expect", "expected", "expecting"})
#: Who the customer expects to act; a modal before "expect" ("what you can
#: expect") makes it an offer and does not match.
EXPECT_OBJECTS: Final = frozenset({"us", "me", "them", "anyone", "someone", "the"})
EXPECT_ENDS: Final = frozenset({"do", "say", "happen", "achieve"})
MANAGED: Final = frozenset({"managed", "succeeded"})
#: Sarcastic praise that opens the sentence.
PRAISE: Final = frozenset({"congratulations", "congrats", "bravo", "wow", "impressive", "well"})
#: Signs the praised act was a repeat ("again", "for the third time").
REPEATS: Final = frozenset(
    {"again", "twice", "second", "third", "fourth", "fifth", "another", "somehow"}
)
#: "How hard can it be?": ease asked about with a modal of possibility, the
#: sarcastic form; "How hard is it to fit?" may be a real question answered next.
HOW_HARD: Final = frozenset({"hard", "difficult", "complicated", "tricky", "tough"})
HOW_MODALS: Final = frozenset({"can", "could"})
HOW_SUBJECTS: Final = frozenset({"it", "that", "this"})
#: Advice hedged as a suggestion ("Perhaps next time you'll check the dates",
#: "I'd suggest reading the listing more carefully") is a reproach when it
#: points at what the customer should have done: a hedge and one of these.
HEDGES: Final = frozenset({"perhaps", "maybe", "suggest", "recommend", "advise"})
#: The habit they are said to lack, closing the sentence: "Perhaps check your
#: junk folder occasionally." ("check the app occasionally for updates" goes
#: on, and is a tip).
HABITS: Final[tuple[tuple[str, ...], ...]] = (
    ("occasionally", "."), ("once", "in", "a", "while", "."), ("now", "and", "again", "."),
    ("from", "time", "to", "time", "."), ("every", "so", "often", "."),
)  # fmt: skip
HEDGED_REPROACHES: Final[tuple[tuple[str, ...], ...]] = (
    ("next", "time"), ("in", "future"), ("in", "the", "future"), ("more", "carefully"),
    ("more", "closely"), ("the", "first", "time"), ("more", "attention"),
    # the customer's effort found wanting: "Perhaps put in a bit more effort this time"
    ("more", "effort"), ("more", "care"), ("more", "seriously"),
    *HABITS,
)  # fmt: skip
#: A habit reproach needs an order or "you" after the hedge: "Perhaps the
#: signal drops occasionally." is the agent's guess at a cause.
NOT_ORDERS: Final = frozenset({
    "it", "the", "this", "that", "there", "a", "an", "he", "she", "they", "we", "i", "our",
    "my", "his", "her", "its", "their", "these", "those", "some", "one",
})  # fmt: skip
#: Suggestions made of two words ("you might want to", "you could try", "we'd
#: ask you to", "try to"): hedges too, but only before a lesson in conduct.
HEDGE_PHRASES: Final[tuple[tuple[str, ...], ...]] = (
    ("might", "want"), ("may", "want"), ("could", "try"), ("might", "try"), ("could", "always"),
    ("ask", "you", "to"), ("encourage", "you"), ("try", "to"), ("worth",), ("wise",),
    ("may", "wish"), ("might", "wish"),
)  # fmt: skip
HEDGE_PHRASE_FIRSTS: Final = frozenset(phrase[0] for phrase in HEDGE_PHRASES)
HEDGE_OPENERS: Final = HEDGES | HEDGE_PHRASE_FIRSTS
#: How far after the hedge its lesson's key word may sit.
LESSON_REACH: Final = 12
#: Lessons in the customer's conduct: keeping time, planning, reading before
#: acting, patience, reflecting on their own part ("you could try getting here
#: on time", "we'd ask you to think about that before booking again", "perhaps
#: a little patience wouldn't go amiss", "you might want to consider why").
CONDUCT_LESSONS: Final[tuple[tuple[str, ...], ...]] = (
    ("on", "time"), ("plan", "ahead"), ("planning", "ahead"), ("little", "patience"),
    ("bit", "of", "patience"), ("more", "patience"), ("some", "patience"), ("consider", "why"),
    ("think", "about", "why"), ("ask", "yourself"), ("reflect", "on"), ("think", "about", "that"),
    ("think", "about", "this"), ("who", "can", "follow"), ("who", "knows", "how"),
    ("booking", "again"), ("ordering", "again"), ("buying", "again"), ("before", "booking"),
    ("before", "buying"), ("before", "ordering"), ("before", "paying"), ("before", "emailing"),
    ("before", "complaining"), ("before", "contacting"),
    # any of the customer's dealings with us, to be thought over first: "Perhaps you
    # could think about the children ... before making a final decision"
    ("before", "making"), ("before", "deciding"), ("before", "cancelling"),
    ("before", "canceling"), ("before", "signing"), ("before", "posting"), ("before", "calling"),
    ("before", "writing"), ("before", "leaving"), ("before", "reviewing"),
    # reading it all again, or "actually" doing what was asked: "You may want to re-read
    # the consent form you signed", "You may wish to actually be in when we call"
    ("re", "-", "read"), ("reread",), ("to", "actually"),
)  # fmt: skip
#: Reading again and "actually" doing it are lessons only when told to "you",
#: and reading again only of the deal or our own message ("re-read the consent
#: form you signed", not "re-read chapter two before the exam").
YOU_ONLY_LESSONS: Final = frozenset({("re", "-", "read"), ("reread",), ("to", "actually")})
READ_AGAIN_LESSONS: Final = frozenset({("re", "-", "read"), ("reread",)})
#: How far after "re-read" the document may sit ("re-read the consent form").
DOCUMENT_REACH: Final = 4
DOCUMENTS: Final = frozenset(
    (
        "terms",
        "contract",
        "agreement",
        "form",
        "email",
        "e",
        "letter",
        "policy",
        "confirmation",
        "booking",
        "consent",
        "sla",
        "conditions",
        "lease",
        "tenancy",
        "invoice",
        "quote",
        "message",
        "emails",
        "messages",
        "letters",
        "paperwork",
        "small",
        "print",
        "leaflet",
        "handbook",
    )
)
#: The lessons by their first word: only there can one start.
LESSONS_BY_FIRST: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    first: tuple(lesson for lesson in CONDUCT_LESSONS if lesson[0] == first)
    for first in {lesson[0] for lesson in CONDUCT_LESSONS}
}
#: Independent advice recommended before a decision ("We strongly recommend
#: that you take guidance from Pension Wise before making any decision") is
#: the signposting regulated firms must give, for the customer's sake: not a
#: lesson in conduct. Only before a decision of theirs, not "before complaining".
ADVICE: Final = frozenset(
    {"advice", "guidance", "adviser", "advisers", "advisor", "advisors", "counselling",
     "counseling", "solicitor", "accountant"}
)  # fmt: skip
DECISIONS: Final = frozenset(
    {("before", "making"), ("before", "deciding"), ("before", "signing"), ("before", "cancelling"),
     ("before", "canceling")}
)  # fmt: skip
#: A reason for the customer's sake after the lesson makes it advice ("you
#: might want to arrive on time, as the doors close at nine").
LESSON_REASONS: Final = frozenset({"as", "because", "since", "so", "otherwise", "or"})
#: The rarest word of each lesson: a sentence without one holds none.
LESSON_KEYS: Final = frozenset(
    {"time", "ahead", "patience", "consider", "think", "yourself", "reflect", "follow", "knows",
     "booking", "ordering", "buying", "paying", "emailing", "complaining", "contacting",
     "making", "deciding", "cancelling", "canceling", "signing", "posting", "calling", "writing",
     "leaving", "reviewing", "re", "reread", "actually"}
)  # fmt: skip
#: A reproach only when the customer is the one to act: "Maybe next time we
#: can offer a sea view" is a promise.
OUR_ACTS: Final = frozenset({"we", "i", "we'll", "our", "us"})
CONSOLING: Final = frozenset({"luck", "sorry", "hope", "hopefully"})
#: "Is there anything else you'd like to complain about?": the offer of help
#: turned into a jibe at the customer's complaints.
COMPLAINTS: Final = frozenset(
    {"complain", "moan", "grumble", "whinge", "whine", "criticise", "criticize", "nitpick"}
)
#: "You want a refund because it rained on your holiday?": the customer's own
#: request echoed back as a question, with its reason, to show it absurd
#: ("You think it's because the filter is blocked?" checks a diagnosis, so
#: only verbs of wanting and demanding).
ECHO_VERBS: Final = frozenset({"want", "wanted", "expect", "expected", "asking", "demanding"})
#: How far into the echo "because" may sit.
ECHO_REACH: Final = 10
#: "Did you change your wifi password again?": a past question about the
#: customer's own meddling with the thing, closed by "again", presumes the
#: slip happened before and is back. Only verbs of meddling: "Did you get
#: charged again?" and "Did you try again?" ask about the fault or a retry.
MEDDLING: Final = frozenset(
    {"change", "forget", "reset", "unplug", "switch", "turn", "move", "delete", "press", "click",
     "type", "enter", "leave", "drop", "overload", "swap", "tap", "mix", "put", "touch", "fiddle",
     "mess", "lock", "block", "disconnect", "wash", "tumble", "overfill", "unscrew", "remove",
     "cancel", "ignore", "misplace", "misread", "skip"}
)  # fmt: skip
#: How many words the meddling question may run to before "again?".
MEDDLING_REACH: Final = 8
#: The words each shape needs, as ``sentences_with`` gates: a pushed question
#: ("?" and "you"), "which part of", "what ... expect/thinking", "managed",
#: "how hard", a hedge with its reproach.
GATES: Final[tuple[tuple[frozenset[str], ...], ...]] = (
    (PUSHES | STRONG_PUSHES | DISBELIEF_PUSHES, frozenset({"you"}), frozenset({"?"})),
    (frozenset({"all"}), frozenset({"you"}), frozenset({"?"})),
    (frozenset({"did"}), frozenset({"again"}), frozenset({"?"})),
    (NEGATIONS, frozenset({"you"}), frozenset({"?"})),
    (frozenset({"part"}), frozenset({"of"})),
    (frozenset({"read"}), frozenset({"you"}), frozenset({"?"})),
    (frozenset({"what"}), EXPECT_FORMS | {"thinking"}),
    (MANAGED, frozenset({"you"})),
    (frozenset({"how"}), HOW_HARD),
    (
        HEDGES,
        frozenset(
            {"time", "future", "carefully", "closely", "attention", "effort", "care", "seriously"}
            | {"occasionally", "while", "again", "often"}
        ),
    ),
    (frozenset({"you"}), frozenset({"because"}), frozenset({"?"})),
    (frozenset({"else"}), COMPLAINTS, frozenset({"?"})),
)
#: A sentence needs one of these to be looked at.
TRIGGERS: Final = (
    HEDGES
    | HOW_HARD
    | PUSHES
    | STRONG_PUSHES
    | DISBELIEF_PUSHES
    | {"thinking", "part"}
    | EXPECT_FORMS
    | MANAGED
    | LESSON_KEYS
    | {"all", "because"}
    | NEGATIONS
    | COMPLAINTS
    | {"again"}
    | {"read"}
)


@check("rhetorical-challenge")
def rhetorical_challenge(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """Rhetorical questions and sarcastic praise aimed at the customer."""
    for sent in _candidates(rule, ctx):
        quoted = quoted_tokens(ctx.doc)
        words = [t for t in words_of(sent) if t.i not in quoted or t.text in QUOTE_MARKS]
        lowers = [t.lower_ for t in words]
        found = (
            _pushed_question(sent, lowers)
            or _which_part(lowers)
            or _absurd_expectation(lowers)
            or _sarcastic_praise(lowers)
            or _how_hard(lowers)
            or _hedged_reproach(lowers)
            or _conduct_lesson(lowers)
            or _incredulous_echo(lowers)
            or _negated_effort(lowers)
            or _repeated_meddling(lowers)
            or _reason_for_omission(lowers)
            or _read_our_papers(lowers)
        )
        if found is None:
            continue
        yield from _finding(rule, ctx, words, found)


def _candidates(rule: Rule, ctx: CheckContext) -> list[Span]:
    """The sentences that could hold a challenge: each shape names the words it
    cannot do without, so most sentences are never tokenised here."""
    if not ctx.has_any(TRIGGERS):
        return []
    found: dict[int, Span] = {}
    for required in GATES:
        if all(ctx.has_any(words) for words in required):
            found.update((s.start, s) for s in sentences_with(rule, ctx, *required))
    if ctx.has_any(LESSON_KEYS) and ctx.has_any(HEDGE_OPENERS):
        lessons = sentences_with(rule, ctx, followed=(HEDGE_OPENERS, LESSON_KEYS, LESSON_REACH))
        found.update((s.start, s) for s in lessons)
    return [found[start] for start in sorted(found)]


def _finding(
    rule: Rule, ctx: CheckContext, words: list[Token], found: tuple[int, int]
) -> Iterator[Finding]:
    first, last = words[found[0]], words[found[1]]
    start, end = first.idx, last.idx + len(last.text)
    if in_scope(rule, ctx, start, end):
        yield ctx.finding(rule, start, end)


def _clause_end(lowers: list[str], at: int) -> int:
    """The last word of the clause holding ``at`` (up to a stop or a comma)."""
    end = at
    for j in range(at + 1, len(lowers)):
        if lowers[j] in (".", "!", "?", ";", ":", ",", "\u2014", "-"):
            break
        end = j
    return end


def _pushed_question(sent: Span, lowers: list[str]) -> tuple[int, int] | None:
    """ "Did you even look?", "Have you actually read the terms?": a question to
    "you" whose verb is pushed. Spans the question up to its mark."""
    if not sent.text.rstrip().endswith("?"):
        return None
    for i in range(len(lowers) - 1):
        if lowers[i] not in QUESTION_AUX or lowers[i + 1] != "you":
            continue
        for j in range(i + 2, min(i + 2 + PUSH_REACH, len(lowers))):
            push = lowers[j]
            if push not in PUSHES | STRONG_PUSHES | DISBELIEF_PUSHES:
                continue
            verb = lowers[j + 1] if j + 1 < len(lowers) else ""
            if push in PUSHES and verb not in (TO if push.startswith("bother") else EFFORT_VERBS):
                continue
            if push in DISBELIEF_PUSHES and verb not in BELIEF_VERBS:
                continue
            end = next((k for k in range(j, len(lowers)) if lowers[k] == "?"), len(lowers) - 1)
            return i, end
        if _effort_at_all(lowers, i + 2):
            return i, next((k for k in range(i, len(lowers)) if lowers[k] == "?"), len(lowers) - 1)
    return None


#: "you didn't", "you haven't", "you'd not": the customer's omission after "a reason".
OMISSION_AUX: Final = frozenset({"did", "have", "had", "'ve", "'d"})


def _reason_for_omission(lowers: list[str]) -> tuple[int, int] | None:
    """ "Was there a reason you didn't report the leak for three weeks?": the
    customer's omission asked about as if it needed excusing. Only as a
    question of its own, not "If there was a reason you couldn't get back in
    time, tell us" (an opening for them) and not with "couldn't" (a real
    question about what stopped them). Spans the question up to its mark."""
    if "?" not in lowers or "if" in lowers or "whether" in lowers:
        return None
    for i in range(len(lowers) - 5):
        if lowers[i] not in ("was", "is") or lowers[i + 1 : i + 3] not in (
            ["there", "a"],
            ["there", "any"],
        ):
            continue
        j = i + 3 + (lowers[i + 3] == "particular")
        if lowers[j : j + 1] != ["reason"]:
            continue
        j += 1 + (lowers[j + 1 : j + 2] == ["why"])
        rest = lowers[j + 1 : j + 3]
        if lowers[j : j + 1] != ["you"] or not rest:
            continue
        if rest[0] == "never" or (
            rest[0] in OMISSION_AUX and rest[1:] and rest[1] in ("n't", "not")
        ):
            return i, next((k for k in range(j, len(lowers)) if lowers[k] == "?"), j)
    return None


def _repeated_meddling(lowers: list[str]) -> tuple[int, int] | None:
    """ "Did you change your wifi password again?": the customer's meddling
    asked back as a repeat. Spans the question from "Did" to its mark."""
    for i in range(len(lowers) - 2):
        if lowers[i] != "did" or lowers[i + 1] != "you" or lowers[i + 2] not in MEDDLING:
            continue
        if i > 0 and lowers[i - 1] not in NEGATED_OPENERS:
            continue
        for k in range(i + 3, min(i + 3 + MEDDLING_REACH, len(lowers) - 1)):
            if lowers[k] in (".", "!", "?", ";", ","):
                break
            if lowers[k] == "again" and lowers[k + 1] == "?":
                return i, k + 1
    return None


#: What we gave the customer to read: asking whether they read it ("Did you
#: read the leaflet that came with your lenses?", "Have you read our booking
#: terms?") presumes they didn't; asking whether it reached them ("Did you get
#: / receive the confirmation email?") is a real question and is not matched.
PAPERS: Final = frozenset(
    {"leaflet", "terms", "instructions", "instruction", "email", "e-mail", "confirmation",
     "guide", "manual", "policy", "letter", "booklet", "checklist", "notes", "notice", "faq",
     "faqs", "page", "listing", "contract", "agreement", "small", "signs", "sign", "bulletin",
     "conditions", "handbook", "message", "estimate", "quote", "invoice", "form", "label"}
)  # fmt: skip
READ_OPENERS: Final = frozenset({"did", "have"})
READ_DETERMINERS: Final = frozenset({"the", "our", "my", "that", "this", "any", "all"})
#: How far after the determiner the document may sit ("the booking terms").
PAPERS_REACH: Final = 3


def _read_our_papers(lowers: list[str]) -> tuple[int, int] | None:
    """ "Did you read the leaflet ...?", "Have you read our terms?": opening the
    sentence, spans up to the mark."""
    if len(lowers) < 5 or lowers[0] not in READ_OPENERS or lowers[1:3] != ["you", "read"]:
        return None
    if lowers[3] not in READ_DETERMINERS:
        return None
    if not PAPERS & set(lowers[4 : 4 + PAPERS_REACH]):
        return None
    end = next((k for k in range(len(lowers)) if lowers[k] == "?"), None)
    return None if end is None else (0, end)


def _negated_effort(lowers: list[str]) -> tuple[int, int] | None:
    """ "Did you not see ...?", "Didn't you read ...?": spans up to the mark."""
    for i in range(len(lowers) - 3):
        if lowers[i] not in QUESTION_AUX:
            continue
        if i and lowers[i - 1] not in NEGATED_OPENERS:
            continue  # "What precisely do you not understand?" asks what to explain
        rest = lowers[i + 1 : i + 4]
        negated = rest[:2] == ["you", "not"] or (rest[0] in NEGATIONS and rest[1] == "you")
        if negated and rest[2] in NEGATED_EFFORT:
            end = next((k for k in range(i, len(lowers)) if lowers[k] == "?"), None)
            if end is not None:
                return i, end
    return None


#: "at all" closing a question about the customer's effort pushes it after the
#: fact: "Did you read the rental agreement at all before signing it?", "Have
#: you looked at the guide at all?". Only after a verb of reading or looking:
#: "Have you been able to log in at all?", "Did the app open at all?" and "Did
#: you try the reset at all, or should I book an engineer?" are real questions.
AT_ALL: Final = ("at", "all")
#: Verbs of reading and looking: "Did you try the reset at all?" troubleshoots.
AT_ALL_VERBS: Final = frozenset(
    {"read", "look", "looked", "check", "checked", "follow", "followed", "listen", "listened",
     "consider", "considered", "notice", "noticed", "bother", "think", "thought"}
)  # fmt: skip
#: How far after the verb "at all" may sit.
AT_ALL_REACH: Final = 10


def _effort_at_all(lowers: list[str], at: int) -> bool:
    """Whether the verb at ``at`` is one of effort and "at all" follows it in the
    same clause, before the question mark."""
    if at >= len(lowers) or lowers[at] not in AT_ALL_VERBS:
        return False
    for k in range(at + 1, min(len(lowers) - 1, at + 1 + AT_ALL_REACH)):
        if lowers[k] in ("?", ",", ";", "or"):
            return False
        if (lowers[k], lowers[k + 1]) == AT_ALL:
            return lowers[k + 2 : k + 3] not in ([","], ["or"])  # "..., or shall I ...?" asks
    return False


def _which_part(lowers: list[str]) -> tuple[int, int] | None:
    """ "Which part of 'no refunds' was unclear?", "What part of this don't you
    understand?": the challenge needs the quotation or the negated
    understanding; "Which part of the form is unclear?" is a real question."""
    for i in range(len(lowers) - 2):
        if lowers[i] not in PART_WORDS or lowers[i + 1 : i + 3] != ["part", "of"]:
            continue
        rest = lowers[i + 3 : i + 3 + PART_REACH]
        quoted = bool(rest) and rest[0] in QUOTE_MARKS
        for k, word in enumerate(rest):
            negated = {"n't", "not"} & set(rest[max(k - 3, 0) : k])
            if word in NOT_UNDERSTOOD and negated:
                return i, i + 3 + k
            if quoted and word in ("unclear", "confusing", "clear", "understand", "hard"):
                return i, i + 3 + k
    return None


def _absurd_expectation(lowers: list[str]) -> tuple[int, int] | None:
    """ "I don't know what you expect us to do", "What did you expect?", "What
    were you thinking?"."""
    for i in range(len(lowers) - 2):
        if lowers[i] != "what":
            continue
        if lowers[i + 1 : i + 4] == ["were", "you", "thinking"]:
            return i, i + 4 if lowers[i + 4 : i + 5] == ["?"] else i + 3
        j = i + 1
        # "What exactly did you expect to happen?": the push and the auxiliary
        while j < i + 3 and lowers[j] in ("do", "did", "are", "were", "exactly"):
            j += 1
        if j + 1 >= len(lowers) or lowers[j] != "you" or lowers[j + 1] not in EXPECT_FORMS:
            continue
        k = j + 2
        after = lowers[k : k + 4]
        if after[:1] == ["?"]:
            return i, k
        if after[:1] and after[0] in EXPECT_OBJECTS:
            after = after[1:]
            k += 1
        if after[:1] == ["to"] and after[1:2] and after[1] in EXPECT_ENDS:
            return i, k + 1
    return None


def _sarcastic_praise(lowers: list[str]) -> tuple[int, int] | None:
    """ "Congratulations, you've managed to lock yourself out again": the
    customer "managed" a failure, with praise before it or a repeat in it."""
    for i, word in enumerate(lowers):
        if word not in MANAGED or "you" not in lowers[max(i - 3, 0) : i]:
            continue
        if {"not", "n't", "never"} & set(lowers[max(i - 3, 0) : i]):
            continue  # "I'm sorry you haven't managed to get through": sympathy
        if lowers[i + 1 : i + 2] != ["to"]:
            continue
        praised = lowers[0] in PRAISE and (lowers[0] != "well" or lowers[1:2] == ["done"])
        if praised or REPEATS & set(lowers):
            start = 0 if praised else lowers.index("you", max(i - 3, 0))
            return start, _clause_end(lowers, i + 2)
    return None


def _how_hard(lowers: list[str]) -> tuple[int, int] | None:
    """ "How hard can it be to find the reset button?", "How difficult could that
    possibly be?": spans to the end of the clause."""
    for i in range(len(lowers) - 3):
        if lowers[i] != "how" or lowers[i + 1] not in HOW_HARD:
            continue
        if lowers[i + 2] in HOW_MODALS and lowers[i + 3] in HOW_SUBJECTS:
            return i, _clause_end(lowers, i + 3)
    return None


def _hedged_reproach(lowers: list[str]) -> tuple[int, int] | None:
    """ "Perhaps next time you'll check the dates", "I'd suggest reading the
    listing more carefully next time": from the hedge to the end of the clause."""
    hedge = next((i for i, word in enumerate(lowers) if word in HEDGES), None)
    if hedge is None:
        return None
    for k in range(hedge + 1, len(lowers)):
        for phrase in HEDGED_REPROACHES:
            if tuple(lowers[k : k + len(phrase)]) != phrase:
                continue
            if phrase in HABITS and (lowers[hedge + 1 :] or ["it"])[0] in NOT_ORDERS:
                continue  # "Perhaps the signal drops occasionally.": a guess, not advice
            if OUR_ACTS & set(lowers[hedge + 1 :]):
                return None  # "Maybe next time we can offer you a sea view"
            rest = lowers[:hedge] + lowers[hedge + 1 : k] + lowers[k + len(phrase) :]
            if sum(word.isalpha() for word in rest) < 2 or CONSOLING & set(lowers):
                return None  # "Maybe next time!", "Better luck next time": consolation
            start = hedge - 2 if lowers[max(hedge - 2, 0) : hedge] == ["i", "'d"] else hedge
            return max(start, 0), _clause_end(lowers, k + len(phrase) - 1)
    return None


def _hedge_at(lowers: list[str]) -> int | None:
    """Where the first hedge opens: a hedge word ("perhaps", "I'd suggest") or
    a two-word suggestion ("you might want to", "you could try")."""
    for i, word in enumerate(lowers):
        if word in HEDGES:
            return i
        if word in HEDGE_PHRASE_FIRSTS and any(
            tuple(lowers[i : i + len(phrase)]) == phrase for phrase in HEDGE_PHRASES
        ):
            return i
    return None


def _conduct_lesson(lowers: list[str]) -> tuple[int, int] | None:
    """ "You could try getting here on time", "We'd ask you to think about that
    before booking again", "Perhaps a little patience wouldn't go amiss": a
    hedged suggestion whose content is a lesson in the customer's conduct
    (keeping time, planning, patience, reading before acting, their own part).
    Not when we are the ones to act, or a reason for the customer's sake
    follows ("..., as the doors close at nine")."""
    hedge = _hedge_at(lowers)
    if hedge is None:
        return None
    for k in range(hedge + 1, len(lowers)):
        for phrase in LESSONS_BY_FIRST.get(lowers[k], ()):
            if tuple(lowers[k : k + len(phrase)]) != phrase:
                continue
            after = k + len(phrase)
            if OUR_ACTS & set(lowers[hedge + 1 : k]) or LESSON_REASONS & set(lowers[after:]):
                return None
            if "?" in lowers or CONSOLING & set(lowers):
                return None
            if phrase in DECISIONS and ADVICE & set(lowers[hedge + 1 : k]):
                return None  # "we recommend you take guidance before making any decision"
            if phrase in YOU_ONLY_LESSONS and (hedge == 0 or lowers[hedge - 1] != "you"):
                continue
            if phrase in READ_AGAIN_LESSONS and not DOCUMENTS & set(
                lowers[after : after + DOCUMENT_REACH]
            ):
                continue
            start = hedge
            if lowers[max(hedge - 2, 0) : hedge] in (["i", "'d"], ["we", "'d"]):
                start = hedge - 2
            elif hedge and lowers[hedge - 1] == "you":
                start = hedge - 1
            return start, _clause_end(lowers, after - 1)
    return None


def _incredulous_echo(lowers: list[str]) -> tuple[int, int] | None:
    """ "You want a refund because it rained on your holiday?" (the customer's
    request and its reason echoed as a question) and "Is there anything else
    you'd like to complain about?". A confirming question without a reason
    ("You want the refund to your card?") asks."""
    if not lowers or lowers[-1] != "?":
        return None
    alpha = [k for k, word in enumerate(lowers) if word[:1].isalpha()]
    if not alpha:
        return None
    first = alpha[0]
    k = first + 1
    if lowers[k : k + 1] in (["'re"], ["are"]):
        k += 1  # "You're asking for ... because ...?"
    if (
        lowers[first] == "you"
        and lowers[k : k + 1]
        and lowers[k] in ECHO_VERBS
        and "because" in lowers[k + 1 : k + 1 + ECHO_REACH]
    ):
        return first, len(lowers) - 1
    for j, word in enumerate(lowers):
        offered = word == "else" and j and lowers[j - 1] in ("anything", "something")
        if offered and COMPLAINTS & set(lowers[j + 1 : j + 8]):
            return first, len(lowers) - 1
    return None
