"""An ask that points back ("can you check it?") after an opening clause
naming the customer's own thing ("The cowl on top has been rattling, ...")
asks about that thing, not about the sentence before: a draft on the
earlier sentence's topic does not answer it (round 51)."""

from __future__ import annotations

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked

BEFORE = "Our home insurance wants a certificate for the chimney. Do you provide one? "


@pytest.mark.parametrize(
    ("lead", "thing"),
    [
        (
            "The cowl on top has been rattling, can you check it while you're up there?",
            "cowl",
        ),
        ("My back gate has dropped on its hinges, could you look at it when you come?", "gate"),
    ],
)
def test_it_borrows_only_the_opening_clause(lead: str, thing: str) -> None:
    asks = find_asked(Pipeline()(BEFORE + lead), default_lexicon())
    last = asks[-1]
    assert any(key.startswith(thing[:3]) for key in last.topic), last.topic
    assert "insurance" not in last.topic, last.topic


def test_a_lead_with_no_thing_of_its_own_still_borrows_the_sentence_before() -> None:
    asks = find_asked(
        Pipeline()(
            "I've ordered the 1998 hardback of The Salt Road. If you find one, could you hold it?"
        ),
        default_lexicon(),
    )
    assert any(key.startswith("hardback") or key == "salt" for key in asks[-1].topic), asks[
        -1
    ].topic


def test_the_cowl_left_unsaid_is_flagged(unanswered) -> None:
    question = BEFORE + "The cowl on top has been rattling, can you check it while you're up there?"
    reply = "Yes, you'll get a sweeping certificate on the day for your insurer."
    assert any("check it" in text for text in unanswered(question, reply))
