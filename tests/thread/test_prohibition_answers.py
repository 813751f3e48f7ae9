"""A sentence that opens by telling the customer not to do something commits,
even when its reason is hedged: "Please don't use last year's drops: they may
be out of date" answers "Is it ok to use the old drops?". A hedge that only
reassures ("Don't worry, they may still be fine") still commits to nothing,
and a prohibition about something else answers nothing. Pairs are written
fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

DROPS = "Is it ok to use the ear drops we had left over from last year?"
TABLETS = "Should I give him the antibiotics left from his last infection?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (DROPS, "Please don't use last year's ear drops: they may be out of date."),
        (DROPS, "Do not use last year's ear drops, as they might have gone off once opened."),
        (
            TABLETS,
            "Please don't give him the leftover antibiotics; they may not suit this infection.",
        ),
    ],
)
def test_a_prohibition_with_a_hedged_reason_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "ask"),
    [
        (DROPS, "Don't worry, the ear drops may still be fine depending on the date.", DROPS),
        (DROPS, "Please don't reply to this email, as it may not be read.", DROPS),
        (TABLETS, "The antibiotics may possibly help, depending on the infection.", TABLETS),
    ],
)
def test_a_reassuring_hedge_or_another_prohibition_leaves_the_ask(unanswered, question, reply, ask):
    assert unanswered(question, reply) == [ask]


HEATER = "The heater smells of burning. Should I keep using it until the engineer comes?"
CREAM = "The cream has made my skin red. Should I carry on with it?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (HEATER, "I'm sorry, that sounds worrying. Please stop using it for now."),
        (CREAM, "Sorry to hear that. Stop applying it straight away."),
    ],
)
def test_telling_them_to_stop_is_a_no_to_keeping_on(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "ask"),
    [
        (
            HEATER,
            "I'm sorry, that sounds worrying. Please stop sending photos by text; email them "
            "instead.",
            "Should I keep using it until the engineer comes?",
        ),
        (
            HEATER,
            "I'm sorry, that sounds worrying. Stop by the shop any time for a leaflet.",
            "Should I keep using it until the engineer comes?",
        ),
        (
            CREAM,
            "Sorry to hear that. Thanks for letting us know about the cream.",
            "Should I carry on with it?",
        ),
    ],
)
def test_stopping_something_else_or_an_acknowledgement_leaves_the_ask(
    unanswered, question, reply, ask
):
    assert unanswered(question, reply) == [ask]
