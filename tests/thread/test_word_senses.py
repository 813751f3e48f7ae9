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
            "No: a conservatory this size counts as permitted development, so no application is needed.",
        ),
        (
            "Do I need permission from the council to park the skip on the road?",
            "Yes, a skip on the road needs a permit from the council; we apply for it for you and it takes two days.",
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
