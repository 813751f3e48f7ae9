"""Asks met by a sentence that only describes the thing asked about
(replycheck.thread.answered ``described_only``, ``_day_only_echoed``;
type_veto ``_LEAVE_ASKED``, ``date_left_open``): "the fob that came with
your licence works on both gates" gives no second fob, "Saturday's lesson is
at 10am" says nothing of whether she may ride Biscuit then, and "let me know
if we can bring a cake" asks leave as "can we bring a cake?" does."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Can I get a second key fob for the car park gate?",
            "The gate fob that came with your mooring licence works on both the main gate"
            " and the shower block door.",
        ),
        (
            "Could I have a new charger for the drill?",
            "The spare charger that comes with the Model 3 fits every battery in the range.",
        ),
        (
            "Please let me know if we can bring our own birthday cake.",
            "Our party package includes 60 minutes on the ice, skate hire and hot food.",
        ),
        (
            "Can she ride Biscuit again on Saturday?",
            "Biscuit is one of our steadiest ponies. Saturday's lesson is at 10am in the"
            " indoor school.",
        ),
    ],
)
def test_a_sentence_describing_the_thing_leaves_the_ask_open(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Can I get a second key fob for the car park gate?",
            "A second fob is £15 and I've left one at the office for you.",
        ),
        (
            "Could you recommend a couple of naval history books for my dad?",
            "For naval history I would recommend The Wager and Jutland.",
        ),
        (
            "Please let me know if we can bring our own birthday cake.",
            "You're very welcome to bring your own cake.",
        ),
        (
            "Can she ride Biscuit again on Saturday?",
            "Biscuit is hers again on Saturday; the lesson is at 10am.",
        ),
        ("Can you deliver it on Saturday?", "Saturday between 8am and 12pm is booked for you."),
    ],
)
def test_the_thing_given_or_the_leave_said_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []
