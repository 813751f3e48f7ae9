"""RC201 asks: a need to change an arrangement the business holds.

"I need to cancel my follow-up on the 10th" or "I need to move the session
to Sunday" asks the business to make the change (only it can), so it stands
as a request beside the message's other asks, like "I'd like to cancel". It
is the background instead when a question about it comes straight after
("I need to reschedule my check-up. Do you have anything later in the
week?"), and a need of the customer's own doing ("I need to pay a builder
next week") stays background as before.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "Is that normal? Should I still be doing the salt soaks? "
            "And I need to cancel my follow-up on the 10th as I'm away.",
            [
                "Is that normal?",
                "Should I still be doing the salt soaks?",
                "I need to cancel my follow-up on the 10th as I'm away.",
            ],
        ),
        (
            "Our drummer is working that weekend, so I need to move the session to Sunday "
            "the 22nd if it's free. Also, could you send over the stems from last month?",
            [
                "I need to move the session to Sunday the 22nd if it's free.",
                "could you send over the stems from last month?",
            ],
        ),
        (
            "Is the pool open on bank holidays? We need to change our booking to two rooms.",
            ["Is the pool open on bank holidays?", "We need to change our booking to two rooms."],
        ),
    ],
)
def test_a_change_needed_is_a_request_of_its_own(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "I need to reschedule my dental check-up on Monday. "
            "Do you have anything later in the week, ideally after 5?",
            ["Do you have anything later in the week, ideally after 5?"],
        ),
        (
            "I double booked myself and I need to cancel the session tomorrow. "
            "Will I lose my deposit?",
            ["Will I lose my deposit?"],
        ),
        (
            "We need to switch our billing from monthly to annual. How do we do that?",
            ["How do we do that?"],
        ),
        (
            "I need to pay a builder next week. When will the refund reach my account?",
            ["When will the refund reach my account?"],
        ),
        (
            "I need to move house in May. Can you quote for a three-bed?",
            ["Can you quote for a three-bed?"],
        ),
    ],
)
def test_a_need_before_its_question_or_of_ones_own_is_background(asked, message, asks):
    assert asked(message) == asks
