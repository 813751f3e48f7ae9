"""RC201 asks: a further problem reported with "also" after the asks.

"Also the garden gate was left off its hinges." or "Also we're still
waiting for the plinth boards." after the customer's questions adds a thing
gone wrong, or still owed, for the business to put right: a support lead
counts it as asked though it has no cue. A fact of the customer's own after
"also" ("Also we've got a baby now"), venting ("Also the app keeps logging me
out, don't get me started") and an "also" problem in a message that asks
nothing else stay out.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "When will the fence be finished? Also the garden gate was left off its hinges.",
            ["When will the fence be finished?", "the garden gate was left off its hinges."],
        ),
        (
            "When is the fitter coming back? Also we're still waiting for the plinth boards.",
            ["When is the fitter coming back?", "we're still waiting for the plinth boards."],
        ),
        (
            "Can I claim for the delay? Also, my checked bag came out damaged.",
            ["Can I claim for the delay?", "my checked bag came out damaged."],
        ),
        (
            "Can you refund the game? also i had a pre-order bonus that never showed up.",
            ["Can you refund the game?", "i had a pre-order bonus that never showed up."],
        ),
        (
            "Can you fix the hem? Also, one of the buttons is missing now.",
            ["Can you fix the hem?", "one of the buttons is missing now."],
        ),
    ],
)
def test_a_problem_added_with_also_asks(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("Can I claim for the delay? Also we've got a baby now.", ["Can I claim for the delay?"]),
        (
            "When is my pay due? Also the app keeps logging me out, don't get me started.",
            ["When is my pay due?"],
        ),
        (
            "Can we bring the dog? Also we leave for the airport at 6am on Saturday.",
            ["Can we bring the dog?"],
        ),
        (
            "Where is the invoice? Also we haven't paid the second deposit yet, sorry!",
            ["Where is the invoice?"],
        ),
    ],
)
def test_a_fact_of_ones_own_after_also_asks_nothing(asked, message, asks):
    assert asked(message) == asks
