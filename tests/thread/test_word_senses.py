"""Words whose sense decides the topic: "fitting a boiler" is installing it
(not a size). A reply about something else, or one that only acknowledges
the ask, still leaves it unanswered. Pairs are written fresh for these tests
(not taken from the corpus).
"""

from __future__ import annotations

import pytest

INSTALL = "We've ordered the new boiler. How long will the installation take?"


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
    ],
)
def test_the_ask_stays_unanswered(unanswered, question, reply, ask):
    assert ask in unanswered(question, reply)
