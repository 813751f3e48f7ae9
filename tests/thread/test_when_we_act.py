"""A "when can you / your <someone> ...?" asks when we will act for this
customer (RC201, ``asked._OWN_THING``): our working days or how long a visit
takes, a policy said of everyone, give no time for it; a time for this
customer does, and a when about the business itself ("When are you open?")
is still answered by its hours.

Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "reply", "left_open"),
    [
        (
            "When can your engineer come to service the boiler?",
            "Our engineers work Monday to Saturday, 8am to 6pm.",
            True,
        ),
        (
            "When could you fit the new blinds?",
            "Our fitters work weekdays and a fitting usually takes about two hours.",
            True,
        ),
        (
            "When can your engineer come to service the boiler?",
            "Our engineer can come on Thursday 12 June between 8 and 10am.",
            False,
        ),
        ("When are you open on Sundays?", "We are open from 10am to 4pm on Sundays.", False),
    ],
)
def test_only_a_time_for_the_customer_answers(unanswered, question, reply, left_open):
    assert bool(unanswered(question, reply)) is left_open
