"""What RC201's routes measure about one ask, as a vector of numbers.

``ask_features`` turns an ask, the draft's ``Statement``s and whether the
routes of ``answered`` found it addressed into a fixed list of floats named by
``FEATURE_NAMES``: the ask's kind and expected answer type, how much of its
topic the best draft sentence covers (with the sentence before it, on its own
words, in concepts and in weight), whether a sentence offers the answer type
the ask accepts and how strongly, the hard evidence the draft gives, bare
yes/no answers, refusals, actions, causes and instructions, hedged and
acknowledgement-only drafts, how many asks share the topic, and where the ask
sits and how long it is.

It is the one place these numbers are read: ``scripts/fit_answered.py`` fits
``answered_model``'s weights on them, and RC201 scores the asks its routes
leave unanswered with the same function (docs/quality.md, "A learned second
opinion for RC201").
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from replycheck.thread.answered import ACCEPTS
from replycheck.thread.answers import Statement
from replycheck.thread.asked import Ask
from replycheck.thread.topic import overlap

#: The ask's expected answer types, one indicator each (``Ask.expects``).
EXPECTS = ("time", "place", "money", "number", "reason", "method", "person", "yes-no", "action")
#: Hard evidence types a sentence can give (``Statement.offers`` value 2).
EVIDENCE = ("time", "place", "money", "number")

FEATURE_NAMES: tuple[str, ...] = (
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
    "best context share",
    "best own share",
    "best covered",
    "best core share",
    "best share offering accepted type",
    "accepted type offered",
    "accepted type offered hard",
    "best share with hard evidence",
    *(f"hard {e}" for e in EVIDENCE),
    "bare sentence",
    "bare sharing topic",
    "negative sentence",
    "negative sharing topic",
    "action offered",
    "cause offered",
    "instructs",
    "narrates",
    "noncommittal share",
    "asks back",
    "personal share",
    "acknowledgement only",
    "answered",
)


def ask_features(
    ask: Ask,
    statements: Sequence[Statement],
    asks: Sequence[Ask],
    answered: bool,
) -> list[float]:
    """The numbers of ``FEATURE_NAMES`` for ``ask`` (one of ``asks``) against
    the draft's ``statements``; ``answered``: what ``addressed`` decided."""
    n_asks = len(asks)
    at = next((i for i, other in enumerate(asks) if other is ask), 0)
    sharing = sum(
        1 for other in asks if other is not ask and overlap(ask.topic, other.topic)[0] > 0
    )
    unique = sum(a.expects == ask.expects for a in asks) == 1
    accepts = ACCEPTS.get(ask.expects, ACCEPTS["info"])
    core = ask.core if ask.core and ask.core != ask.topic else None

    best_context = best_own = best_covered = best_core = 0.0
    best_accepted = best_hard = 0.0
    accepted = accepted_hard = 0.0
    hard = dict.fromkeys(EVIDENCE, 0.0)
    bare = bare_topic = negative = negative_topic = 0.0
    action = cause = instructs = narrates = asks_back = 0.0
    substantive = noncommittal = personal = 0
    for statement in statements:
        share, covered = overlap(ask.topic, statement.context)
        own, _ = overlap(ask.topic, statement.said)
        core_share = overlap(core, statement.context)[0] if core is not None else share
        offers = statement.offers
        substantive += statement.substantive
        noncommittal += statement.noncommittal
        personal += statement.personal
        asks_back = max(asks_back, float(statement.asks_back))
        if statement.bare:
            bare = 1.0
            bare_topic = max(bare_topic, float(own > 0))
        if statement.negative:
            negative = 1.0
            negative_topic = max(negative_topic, float(own > 0))
        for kind in EVIDENCE:
            if offers.get(kind) == 2:
                hard[kind] = 1.0
        has_hard = any(v == 2 for v in offers.values())
        action = max(action, float(bool(offers.get("action"))))
        cause = max(cause, float(bool(offers.get("cause") or offers.get("reason"))))
        instructs = max(instructs, float(statement.instructs))
        narrates = max(narrates, float(statement.narrates))
        if not statement.substantive or statement.noncommittal:
            continue
        best_context = max(best_context, share)
        best_own = max(best_own, own)
        best_covered = max(best_covered, covered)
        best_core = max(best_core, core_share)
        strength = max((offers.get(t, 0) for t in accepts), default=0)
        if strength:
            accepted = 1.0
            best_accepted = max(best_accepted, share)
        if strength == 2:
            accepted_hard = 1.0
        if has_hard:
            best_hard = max(best_hard, share)

    count = len(statements)
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
        math.log1p(sum(ask.topic.values())),
        math.log1p(len(ask.text.split())),
        at / max(n_asks - 1, 1),
        math.log(n_asks) if n_asks else 0.0,
        float(sharing),
        float(unique),
        math.log1p(count),
        substantive / count if count else 0.0,
        best_context,
        best_own,
        min(best_covered, 4.0),
        best_core,
        best_accepted,
        accepted,
        accepted_hard,
        best_hard,
        *(hard[e] for e in EVIDENCE),
        bare,
        bare_topic,
        negative,
        negative_topic,
        action,
        cause,
        instructs,
        narrates,
        noncommittal / count if count else 0.0,
        asks_back,
        personal / count if count else 0.0,
        float(count > 0 and substantive == 0),
        float(answered),
    ]
