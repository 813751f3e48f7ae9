"""RC201, round 25 (corpus/dev/thread-fresh25.toml): asks read whole, and
answers credited only when they answer the ask itself.

People named together ("for me and my son (he's 9)") are one party of one
request, not a second thing requested; a second thing requested after "and"
("a breakdown of the charges and a refund") still is.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        (
            "We'd like to hire a day boat on Saturday for me and my son (he's 9).",
            "We'd like to hire a day boat on Saturday for me and my son (he's 9).",
        ),
        (
            "I'd like to book a table for us and our two guests on Friday.",
            "I'd like to book a table for us and our two guests on Friday.",
        ),
    ],
)
def test_people_named_together_stay_in_one_request(asked, message, ask):
    assert asked(message) == [ask]


def test_a_second_thing_requested_after_and_is_still_its_own_ask(asked):
    assert asked("I'd like a breakdown of the charges and a refund of the overpayment.") == [
        "I'd like a breakdown of the charges",
        "a refund of the overpayment.",
    ]
