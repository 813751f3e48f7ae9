"""RC201: a bare "Yes, ..." whose own verb and object answer another ask.

"Can I add one more person to the trip? And is the houseboat
air-conditioned?" <- "Yes, one more adult can be added to the booking,
including the houseboat stay": the yes adds a person (the other ask's act,
done to a person), and names the houseboat only in passing, so it says
nothing of air conditioning. A yes whose first words are the ask's own thing
("Yes, dogs are welcome, and ..."), one that gives the thing a verb of its
own ("and the houseboat is air-conditioned"), or one that says the ask's own
verb still answers it.
"""

from __future__ import annotations

import pytest

HOUSEBOAT = "Can I add one more person to the trip? And is the houseboat AC?"


@pytest.mark.parametrize(
    ("question", "reply", "left"),
    [
        (
            HOUSEBOAT,
            "Yes, one more adult can be added to the booking, including the houseboat stay.",
            "is the houseboat AC?",
        ),
        (
            "Can we add a night to our holiday? Is the cabin heated?",
            "Yes, a second night can be added to your holiday, including the cabin.",
            "Is the cabin heated?",
        ),
        (
            "Can we add my son to the booking? Is the chalet heated?",
            "Yes, your son can be added to the booking, and that includes the chalet.",
            "Is the chalet heated?",
        ),
        (
            "Can you upgrade us to a suite? Is the spa open on Sundays?",
            "Yes, we can upgrade you to a suite with spa access.",
            "Is the spa open on Sundays?",
        ),
        (
            "Could you extend the hire by a day? Is the van insured?",
            "Yes, we can extend the hire by a day, van and all.",
            "Is the van insured?",
        ),
    ],
)
def test_a_yes_to_another_asks_act_leaves_this_one_open(unanswered, question, reply, left):
    assert unanswered(question, reply) == [left]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # the ask's own thing first: the yes is its own
        ("Can I bring my dog? Is there parking?", "Yes, dogs are welcome, and parking is free."),
        (
            "Can I bring my dog? Can I park right outside?",
            "Yes, dogs are welcome, and you can park right outside.",
        ),
        ("Can I bring my dog?", "Yes, dogs are welcome, and parking is free."),
        # the thing named after the act, with a verb of its own
        (
            "Can we add my mother? Is the houseboat air conditioned?",
            "Yes, the houseboat is air conditioned, and we can add your mother too.",
        ),
        (
            "Can we add my mother? Is the houseboat air conditioned?",
            "Yes, we can add your mother, and the houseboat is air conditioned.",
        ),
        (
            "Can you seat us together? Can we bring the pushchair to the gate?",
            "Yes, we'll seat you together, and the pushchair can come right up to the gate.",
        ),
        # the ask's own verb said
        (
            "Can you extend my booking? Is breakfast included?",
            "Yes, we can extend your booking by two nights, breakfast included.",
        ),
    ],
)
def test_a_yes_that_speaks_to_the_ask_still_answers_it(unanswered, question, reply):
    assert unanswered(question, reply) == []
