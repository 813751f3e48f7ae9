"""What RC201's routes measured about an ask they left unanswered, as numbers.

``ask_features`` turns an ask, the draft's ``Statement``s and the sentences
``answered.answer_for`` weighed for it past every guard (``Weighed``: a
policy said of everyone, a past event for a future "when", a sentence that
names only the subject or leaves out the complement never get that far)
into a fixed list of floats named by ``FEATURE_NAMES``: the ask's kind and
expected answer type, how much of its topic the best weighed sentence covers
(with the sentence before it, in its own words, in weight), whether one
offers the answer type the ask accepts and how strongly, hard evidence,
refusals, actions, causes and instructions among them, the draft's hedged and
acknowledgement-only sentences, how many asks share the topic, and where the
ask sits and how long it is. A wider view adds every sentence the routes
read, set aside or not (``answered.SetAside``), with what the guards said of
them: how much of the topic any of them covers, whether the one that covers
most was weighed or set aside and by which guard, whether it leaves out the
complement, offers the accepted type, gives hard evidence or only echoes the
customer's own figures, and which guards set aside a sentence sharing the
topic. The topic and figures of a guarded sentence then come with the
guard's verdict, so a model can learn that they are no answer.

``scripts/fit_answered.py`` fits models on these numbers (docs/quality.md,
"A learned second opinion for RC201"), and RC201 reads the one it ships
(``answered_model``) for each ask its routes leave unanswered, to drop the
findings the model puts below the rule's ``second_opinion_below``. A change
here changes what the model reads: refit it (``--write``); the check refuses
a model file whose feature names differ from ``FEATURE_NAMES``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final, NamedTuple

from replycheck.thread.answered import ACCEPTS, GUARDS, TYPED, SetAside, Weighed
from replycheck.thread.answers import Statement, strongest
from replycheck.thread.asked import Ask
from replycheck.thread.topic import overlap

#: The ask's expected answer types, one indicator each (``Ask.expects``).
EXPECTS: Final = (
    "time",
    "place",
    "money",
    "number",
    "reason",
    "method",
    "person",
    "yes-no",
    "action",
)
#: Hard evidence types a sentence can give (``Statement.offers`` value 2).
EVIDENCE: Final = TYPED

FEATURE_NAMES: Final[tuple[str, ...]] = (
    "request",
    *(f"expects={e}" for e in EXPECTS),
    "generic",
    "borrowed",
    "conditional",
    "instance",
    "either",
    "alternatives",
    "predicate",
    "focus",
    "offered",
    "log topic weight",
    "log ask words",
    "ask position",
    "log asks",
    "asks sharing topic",
    "unique type",
    "log sentences",
    "substantive share",
    "noncommittal share",
    "personal share",
    "acknowledgement only",
    "asks back",
    "log weighed",
    "best share",
    "best own share",
    "best covered",
    "best share offering accepted type",
    "accepted type offered",
    "accepted type offered hard",
    "best share with hard evidence",
    "named evidence",
    *(f"hard {e}" for e in EVIDENCE),
    "complement unsaid in all",
    "bare sharing topic",
    "negative sharing topic",
    "action offered",
    "cause offered",
    "instructs",
    "narrates",
    # the wider view: every draft sentence, with what the guards said of it
    "any best share",
    "any best own share",
    "any best covered",
    "any best share offering accepted type",
    "any best share with hard evidence",
    "top weighed",
    *(f"top set aside: {g}" for g in GUARDS),
    "top unsaid",
    "top accepted type",
    "top hard evidence",
    "top echoes customer",
    *(f"set aside sharing topic: {g}" for g in GUARDS),
)


class DraftCounts(NamedTuple):
    """What ``ask_features`` reads of the draft's statements alone, the same
    for every ask: counted once per list of statements (``draft_counts``)."""

    sentences: int
    substantive: int
    noncommittal: int
    personal: int
    asks_back: bool


def draft_counts(statements: Sequence[Statement]) -> DraftCounts:
    """How many ``statements`` there are, and how many are substantive,
    noncommittal and personal; whether any asks back."""
    return DraftCounts(
        len(statements),
        sum(s.substantive for s in statements),
        sum(s.noncommittal for s in statements),
        sum(s.personal for s in statements),
        any(s.asks_back for s in statements),
    )


def ask_features(
    ask: Ask,
    statements: Sequence[Statement],
    asks: Sequence[Ask],
    weighed: Sequence[Weighed],
    aside: Sequence[SetAside] = (),
    counts: DraftCounts | None = None,
) -> list[float]:
    """The numbers of ``FEATURE_NAMES`` for ``ask`` (one of ``asks``): the
    draft's ``statements``, and what ``answer_for(ask, ..., seen, aside)``
    collected for it: ``weighed``, the sentences weighed past every guard,
    and ``aside``, those a guard set aside first. ``counts`` is
    ``draft_counts(statements)`` when the caller has it (once per draft)."""
    n_asks = len(asks)
    at = next((i for i, other in enumerate(asks) if other is ask), 0)
    total = sum(ask.topic.values())
    sharing = sum(
        1 for other in asks if other is not ask and overlap(ask.topic, other.topic, total)[0] > 0
    )
    unique = sum(a.expects == ask.expects for a in asks) == 1

    if counts is None:
        counts = draft_counts(statements)
    count, substantive, noncommittal, personal, asks_back = counts

    best = best_own = best_covered = best_accepted = best_hard = 0.0
    accepted = accepted_hard = named = 0.0
    hard = dict.fromkeys(EVIDENCE, 0.0)
    bare = negative = action = cause = instructs = narrates = 0.0
    for w in weighed:
        statement, offers = w.statement, w.statement.offers
        best = max(best, w.share)
        best_own = max(best_own, w.own_share)
        best_covered = max(best_covered, w.covered)
        if w.strength:
            accepted = 1.0
            best_accepted = max(best_accepted, w.share)
        if w.strength == 2:
            accepted_hard = 1.0
        if w.evidence == 2:
            named = 1.0
        if any(v == 2 for v in offers.values()):
            best_hard = max(best_hard, w.share)
        for kind in EVIDENCE:
            if offers.get(kind) == 2:
                hard[kind] = 1.0
        if statement.bare and w.own_share > 0:
            bare = 1.0
        if statement.negative and w.own_share > 0:
            negative = 1.0
        action = max(action, float(bool(offers.get("action"))))
        cause = max(cause, float(bool(offers.get("cause") or offers.get("reason"))))
        instructs = max(instructs, float(statement.instructs))
        narrates = max(narrates, float(statement.narrates))

    return [
        float(ask.kind == "request"),
        *(float(ask.expects == e) for e in EXPECTS),
        float(ask.generic),
        float(ask.borrowed),
        float(ask.conditional),
        float(ask.instance),
        float(ask.either),
        float(bool(ask.alternatives)),
        float(bool(ask.predicate)),
        float(bool(ask.focus)),
        float(bool(ask.offered)),
        math.log1p(total),
        math.log1p(len(ask.text.split())),
        at / max(n_asks - 1, 1),
        math.log(n_asks) if n_asks else 0.0,
        float(sharing),
        float(unique),
        math.log1p(count),
        substantive / count if count else 0.0,
        noncommittal / count if count else 0.0,
        personal / count if count else 0.0,
        float(count > 0 and substantive == 0),
        float(asks_back),
        math.log1p(len(weighed)),
        best,
        best_own,
        min(best_covered, 4.0),
        best_accepted,
        accepted,
        accepted_hard,
        best_hard,
        named,
        *(hard[e] for e in EVIDENCE),
        float(bool(weighed) and all(w.unsaid for w in weighed)),
        bare,
        negative,
        action,
        cause,
        instructs,
        narrates,
        *_wider(ask, weighed, aside, total),
    ]


def _wider(
    ask: Ask, weighed: Sequence[Weighed], aside: Sequence[SetAside], total: float
) -> list[float]:
    """The wider view: how much of the ask's topic any sentence the routes
    read covers, weighed or set aside by a guard (routes that return before
    reading sentences one by one give nothing here), and what the guards said
    of the sentence that covers most (``top``) and of every sentence sharing
    the topic, so a model can tell a sentence set aside (a policy said of
    everyone, a past event for a future "when", only the subject named, the
    complement left out, the customer's own figures) from an answer."""
    verdicts: dict[int, Weighed | SetAside] = {id(a.statement): a for a in aside}
    verdicts.update((id(w.statement), w) for w in weighed)  # weighed for any reading
    read: list[Weighed | SetAside] = [*aside, *weighed]
    statements = list({id(v.statement): v.statement for v in read}.values())
    accepts = ACCEPTS.get(ask.expects, ACCEPTS["info"])
    core = ask.core if ask.core and ask.core != ask.topic else None
    core_total = sum(core.values()) if core is not None else 0.0
    best = best_own = best_covered = best_accepted = best_hard = 0.0
    top: tuple[float, float, float] = (0.0, 0.0, 0.0)
    top_statement: Statement | None = None
    sharing = dict.fromkeys(GUARDS, 0.0)
    for statement in statements:
        share, covered = overlap(ask.topic, statement.context, total)
        if core is not None:
            core_share, core_covered = overlap(core, statement.context, core_total)
            if core_share > share:
                share, covered = core_share, max(covered, core_covered)
        if share <= 0:
            continue
        own = overlap(ask.topic, statement.said, total)[0]
        offers = statement.offers
        best = max(best, share)
        best_own = max(best_own, own)
        best_covered = max(best_covered, covered)
        if any(offers.get(t, 0) for t in accepts):
            best_accepted = max(best_accepted, share)
        if any(v == 2 for v in offers.values()):
            best_hard = max(best_hard, share)
        if (share, covered, own) > top:
            top, top_statement = (share, covered, own), statement
        verdict = verdicts[id(statement)]
        if isinstance(verdict, SetAside):
            sharing[verdict.guard] = 1.0
    verdict = verdicts[id(top_statement)] if top_statement is not None else None
    guard = verdict.guard if isinstance(verdict, SetAside) else "" if verdict else None
    offers = top_statement.offers if top_statement is not None else {}
    values = top_statement.values if top_statement is not None else {}
    return [
        best,
        best_own,
        min(best_covered, 4.0),
        best_accepted,
        best_hard,
        float(guard == ""),
        *(float(guard == g) for g in GUARDS),
        float(isinstance(verdict, Weighed) and verdict.unsaid),
        strongest(offers, accepts) / 2,
        float(any(v == 2 for v in offers.values())),
        float(any(found and offers.get(kind, 0) < 2 for kind, found in values.items())),
        *(sharing[g] for g in GUARDS),
    ]
