"""Words whose sense decides the topic: "fitting a boiler" is installing it
(not a size), and "permitted development" speaks to "Do we need planning
permission?". A reply about something else, or one that only acknowledges
the ask, still leaves it unanswered. Pairs are written fresh for these tests
(not taken from the corpus).
"""

from __future__ import annotations

import pytest

INSTALL = "We've ordered the new boiler. How long will the installation take?"
PERMISSION = "We'd like a conservatory at the back. Do we need planning permission for it?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            INSTALL,
            "Fitting a boiler like yours takes about six hours, and we test it before we leave.",
        ),
        (INSTALL, "It will be fitted in about six hours, so you'll have heating by the evening."),
        (
            "Can you put in a smart thermostat? How long does installation take?",
            "Yes, we can fit a new thermostat on any weekday; fitting it takes about an hour.",
        ),
        (
            PERMISSION,
            "No: a conservatory this size counts as permitted development, "
            "so no application is needed.",
        ),
        (
            "Do I need permission from the council to park the skip on the road?",
            "Yes, a skip on the road needs a permit from the council; "
            "we apply for it for you and it takes two days.",
        ),
    ],
)
def test_a_sense_of_the_word_answers_the_ask(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "ask"),
    [
        (
            INSTALL,
            "Your new boiler comes with a ten-year warranty.",
            "How long will the installation take?",
        ),
        (
            INSTALL,
            "Thanks for asking about the installation; we'll get back to you.",
            "How long will the installation take?",
        ),
        (
            # "fit" as a size is not installing
            INSTALL,
            "The new boiler will fit the cupboard in your kitchen.",
            "How long will the installation take?",
        ),
        (
            PERMISSION,
            "Our conservatories come with a ten-year guarantee.",
            "Do we need planning permission for it?",
        ),
        (
            PERMISSION,
            "Thanks for your question about planning permission; we'll look into it.",
            "Do we need planning permission for it?",
        ),
    ],
)
def test_the_ask_stays_unanswered(unanswered, question, reply, ask):
    assert ask in unanswered(question, reply)


FEE = (
    "The Leeds gig has been moved to a night I can't make. I want my money back. "
    "How long will it take to come through? Do I get the booking fee back as well "
    "or do you keep that?"
)
FEE_ASK = "Do I get the booking fee back as well or do you keep that?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            FEE,
            "As the gig has been rescheduled, you're entitled to a full refund, and I've "
            "processed it today. The money normally reaches your card within five to seven "
            "working days. The £3.50 service charge is included in the refund, so you'll get "
            "£48.50 back in total.",
        ),
        (
            "I need to move my appointment. Is there a fee for changing it?",
            "There's no admin charge for the first change; after that it's £10.",
        ),
    ],
)
def test_a_named_charge_answers_a_fee_ask(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    "reply",
    [
        # the refund and its timing, but not a word on the fee
        "As the gig has been rescheduled, you're entitled to a full refund, and I've "
        "processed it today. The money normally reaches your card within five to seven "
        "working days.",
        "I've refunded your tickets today; it takes five working days. "
        "Thanks for your question about the booking fee, we'll get back to you.",
    ],
)
def test_a_fee_ask_stays_unanswered(unanswered, reply):
    assert FEE_ASK in unanswered(FEE, reply)
