"""Demanding: an ultimatum dressed as advice. "We would strongly advise you to
settle this now to avoid further costs", "I'd strongly suggest you contact us
before the end of the week", "It is in your interests to return it without
delay", "I'd hate for it to end up with our collections agency, so I'd settle
it this week": the words advise, but what they advise is the customer's act
for us (paying, replying, returning), pressed with a deadline, an urgency or
the sanction it avoids. Advice in the customer's own favour ("I'd strongly
recommend the annual plan", "we strongly advise you to keep your receipt",
"I'd contact your bank today") has no act for us, or no pressure, and is left
alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from replycheck.checks import check
from replycheck.checks.tone_sentences import (
    holds_phrase,
    in_scope,
    quoted_tokens,
    sentences_with,
    word_lowers,
)
from replycheck.checks.ultimatums import DEADLINE_WORDS, is_time

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: Advice said with force, or the customer's own good held over them.
PRESSING_ADVICE: Final[tuple[tuple[str, ...], ...]] = (
    ("strongly", "advise"), ("strongly", "suggest"), ("strongly", "recommend"),
    ("strongly", "urge"), ("urge", "you"), ("in", "your", "interest"),
    ("in", "your", "interests"), ("in", "your", "best", "interest"),
    ("in", "your", "best", "interests"), ("in", "your", "own", "interest"),
    ("in", "your", "own", "interests"), ("for", "your", "own", "sake"),
    ("if", "i", "were", "you"), ("i", "'d"), ("i", "would"),
)  # fmt: skip
ADVICE_FIRSTS: Final = frozenset(advice[0] for advice in PRESSING_ADVICE)
#: The customer's own good held over them: any act after it is pressed, not
#: only one of ``ACTS`` ("It is in your interests to make sure she does this
#: without delay").
OWN_GOOD: Final = frozenset({"interest", "interests", "sake"})
#: The words a pressing sentence cannot do without (its gate).
ADVICE_WORDS: Final = frozenset(
    {"strongly", "urge", "interest", "interests", "sake", "'d", "would"}
)
#: "I'd hate for it to go to collections": the sanction named as what we would
#: rather not do, beside the act it presses for.
HATED: Final = frozenset({"hate"})
#: The customer's act for us: paying, replying, bringing back.
ACTS: Final = frozenset(
    {"settle", "settling", "pay", "paying", "clear", "clearing", "contact", "contacting",
     "reply", "replying", "respond", "responding", "return", "returning", "collect",
     "collecting", "sort", "sorting", "get"}
)  # fmt: skip
#: "clear" is paying only with a sum or a bill after it ("clear the balance", not
#: "clear the cache").
CLEARED: Final = frozenset({"clear", "clearing"})
OWED: Final = frozenset(
    {"balance", "invoice", "bill", "arrears", "account", "debt", "amount", "fees", "fee", "it",
     "this", "that"}
)  # fmt: skip
OWED_REACH: Final = 3
#: "contact" presses only when it is us the customer must contact ("contact us
#: before Friday", not "contact your bank today").
CONTACTED: Final = frozenset({"contact", "contacting"})
US: Final = frozenset({"us", "me", "the"})
#: "get" is an act only as "get a move on" or "get in touch".
GOT: Final = frozenset({"get"})
GET_ON: Final[tuple[tuple[str, ...], ...]] = (("get", "a", "move", "on"), ("get", "in", "touch"))
#: What presses: a time with no room in it, or the sanction avoided.
URGENCY: Final[tuple[tuple[str, ...], ...]] = (
    ("now",), ("today",), ("tonight",), ("immediately",), ("this", "week"),
    ("without", "delay"), ("straight", "away"), ("right", "away"), ("move", "on"),
    ("as", "soon", "as", "possible"), ("asap",), ("urgently",),
)  # fmt: skip
URGENCY_FIRSTS: Final = frozenset(phrase[0] for phrase in URGENCY)
SANCTIONS: Final = frozenset(
    {"costs", "charges", "collections", "collection", "solicitors", "solicitor", "court",
     "bailiffs", "debt", "legal", "recovery", "proceedings", "action", "fees", "interest"}
)  # fmt: skip
AVOID: Final = frozenset({"avoid"})
#: "I'd pay", "we would return": our own act, after "i"/"we", is advice only
#: when these do not follow ("I would pay it back" is a promise); read after
#: the pronoun and its modal.
OUR_ACTS_AFTER: Final = frozenset({"you", "back", "for"})
#: After the hated sanction, the act is the customer's when one of these comes
#: just before it ("so I'd settle it", "so please pay it"), not "while we sort it".
PRESSED_BEFORE: Final = frozenset({"'d", "would", "please", "you", "to"})
ACT_REACH: Final = 6
HATED_REACH: Final = 12
SANCTION_REACH: Final = 5


@check("pressing-advice")
def pressing_advice(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """The sentence that advises the customer's act for us and presses it: the
    whole sentence is the finding, since the advice and its pressure are one."""
    quoted = quoted_tokens(ctx.doc)
    for sent in sentences_with(rule, ctx, ADVICE_WORDS | HATED):
        words, lowers = word_lowers(ctx.doc, sent.start, sent.end, quoted)
        if not lowers or not _presses(lowers):
            continue
        start = ctx.doc[words[0]].idx
        last = ctx.doc[words[-1]]
        end = last.idx + len(last.text)
        if in_scope(rule, ctx, start, end):
            yield ctx.finding(rule, start, end)


def _presses(lowers: list[str]) -> bool:
    """Whether ``lowers`` advise the customer's act for us under pressure."""
    hated = next((k for k, w in enumerate(lowers) if w in HATED), None)
    if hated is not None and _sanction_in(lowers[hated : hated + HATED_REACH]):
        # "I'd hate for it to end up with our collections agency, so I'd settle it"
        return any(
            _act_at(lowers, k) and lowers[k - 1] in PRESSED_BEFORE and not _our_own(lowers, k)
            for k in range(hated + 1, len(lowers))
        )
    for i, word in enumerate(lowers):
        if word not in ADVICE_FIRSTS:
            continue
        for advice in PRESSING_ADVICE:
            if tuple(lowers[i : i + len(advice)]) != advice:
                continue
            at = i + len(advice)
            bare = advice[-1] in ("'d", "would")
            acts = [k for k in range(at, min(len(lowers), at + ACT_REACH)) if _act_at(lowers, k)]
            if OWN_GOOD & set(advice):
                acts = [at]  # the customer's good held over them: whatever they are to do
            elif bare:
                # "so I'd settle it this week": the agent's "if I were you", the act
                # right after the modal, not "I'd be happy to", "we would pay it back"
                acts = [k for k in acts if k == at and not _our_own(lowers, k)]
            if acts and _pressure(lowers, acts[0]):
                return True
    return False


def _act_at(lowers: list[str], k: int) -> bool:
    word = lowers[k]
    if word not in ACTS:
        return False
    if word in GOT:
        return any(tuple(lowers[k : k + len(p)]) == p for p in GET_ON)
    if word in CLEARED:
        return bool(OWED & set(lowers[k + 1 : k + 1 + OWED_REACH]))
    if word in CONTACTED:
        return lowers[k + 1 : k + 2] != [] and lowers[k + 1] in US
    return True


def _our_own(lowers: list[str], k: int) -> bool:
    """ "We would pay it back", "I'd return you the deposit": a promise of ours."""
    return lowers[k - 2 : k - 1] == ["we"] or bool(OUR_ACTS_AFTER & set(lowers[k + 1 : k + 3]))


def _pressure(lowers: list[str], act: int) -> bool:
    """A time with no room, a deadline, or the sanction avoided after the act."""
    rest = lowers[act:]
    if holds_phrase(rest, URGENCY, URGENCY_FIRSTS):
        return True
    if any(
        w in DEADLINE_WORDS and k + 1 < len(rest) and is_time(rest, k) for k, w in enumerate(rest)
    ):
        return True
    avoid = next((k for k, w in enumerate(rest) if w in AVOID), None)
    return avoid is not None and _sanction_in(rest[avoid : avoid + SANCTION_REACH])


def _sanction_in(words: list[str]) -> bool:
    return bool(SANCTIONS & set(words))
