"""RC201 asks: a need for work done to a thing, said with "I'd need", "we
would need" or a "re-" participle.

"I need my name corrected" asks for the correction wherever it stands; "I'd
need the invoice re-issued in the company's name" and "We would need the
locks changed before we move in" ask the same, the need put conditionally
and the work done again ("re-issued", "re-sent"). A need of the customer's
own ("I'd need it for two nights", "I'd need to pay by card") stays the
background of the other asks, as before. Written fresh for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "Is the van still for sale? I'd need the logbook re-issued in my company's name.",
            [
                "Is the van still for sale?",
                "I'd need the logbook re-issued in my company's name.",
            ],
        ),
        (
            "Is the flat still free? We would need the locks changed before we move in.",
            [
                "Is the flat still free?",
                "We would need the locks changed before we move in.",
            ],
        ),
        (
            "Can I still return the jacket? So we'd need the receipt re-sent to my new email.",
            [
                "Can I still return the jacket?",
                "we'd need the receipt re-sent to my new email.",
            ],
        ),
        (
            "Did the payment go through? I need the statement re-issued with the right date.",
            [
                "Did the payment go through?",
                "I need the statement re-issued with the right date.",
            ],
        ),
    ],
)
def test_a_need_for_work_done_is_asked(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("Is the room free? I'd need it for two nights.", ["Is the room free?"]),
        ("Is the order ready? I'd need to pay by card.", ["Is the order ready?"]),
        (
            "Is the course still running? We would need to leave by four.",
            ["Is the course still running?"],
        ),
        (
            "Can you deliver on Monday? I'd need someone in who has signed for it.",
            ["Can you deliver on Monday?"],
        ),
    ],
)
def test_a_need_of_the_customers_own_stays_background(asked, message, asks):
    assert asked(message) == asks


def test_a_would_need_met_is_answered(unanswered):
    assert (
        unanswered(
            "Is the van still for sale? I'd need the logbook re-issued in my company's name.",
            "Yes, the van is still for sale, and we'll have the logbook re-issued in your "
            "company's name before you collect it.",
        )
        == []
    )


def test_a_would_need_left_unmet_is_unanswered(unanswered):
    assert unanswered(
        "Is the van still for sale? I'd need the logbook re-issued in my company's name.",
        "Yes, the van is still for sale and you can view it any day this week.",
    ) == ["I'd need the logbook re-issued in my company's name."]
