"""RC201 asks: a need with a deadline, told as a statement.

"We'd need the finished invites by the 1st of May at the latest" or "I need
the replacements before the 20th" asks the business to meet a date, though
it has no question mark and no "please": a support lead expects the draft to
say whether the date can be met. A bare need ("I need it for my trip") stays
the background to the other asks, as before, and so does a deadline said
beside another ask, whose timing it gives ("Could you tell me if it's ready?
I need it by Saturday", "Please email me the record, the kennels need it by
Friday", "I need it handed in by Friday. Can this be fixed in time?"). The
conditional "we'd need the ..." reads as "we need the ..." does.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "The date on the RSVP card is wrong. We'd need the finished invites by the 1st of "
            "May at the latest. Can you also do matching table numbers?",
            [
                "We'd need the finished invites by the 1st of May at the latest.",
                "Can you also do matching table numbers?",
            ],
        ),
        (
            "I'm moving abroad on the 30th. And we'd need the contract to end on the 31st, "
            "not roll into April.",
            ["we'd need the contract to end on the 31st, not roll into April."],
        ),
        (
            "Two of the chairs arrived scratched. I need the replacements before Friday.",
            ["I need the replacements before Friday."],
        ),
    ],
)
def test_a_need_with_a_deadline_is_asked(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "Could you tell me if it's ready? I need it by Saturday as it's a present.",
            ["Could you tell me if it's ready?"],
        ),
        (
            "Please email me a copy of Rosie's vaccination record, the kennels need it by Friday.",
            ["Please email me a copy of Rosie's vaccination record"],
        ),
        (
            "I need it handed in by Friday. Can this be fixed in time, and will I have to pay "
            "again?",
            ["Can this be fixed in time", "will I have to pay again?"],
        ),
        (
            "Where is my order? I need the charger for my trip on the 20th.",
            ["Where is my order?"],
        ),
        (
            "Has it been approved? I need the money for a car by the 30th.",
            ["Has it been approved?"],
        ),
    ],
)
def test_a_deadline_beside_another_ask_is_its_timing(asked, message, asks):
    assert asked(message) == asks


def test_a_deadline_need_left_unmet_is_unanswered(unanswered):
    assert unanswered(
        "The proofs look great. We'd need the finished invites by the 1st of May at the "
        "latest. Can you also do matching table numbers, 1 to 12?",
        "Yes, we can do matching table numbers in the same card for £18.",
    ) == ["We'd need the finished invites by the 1st of May at the latest."]


def test_a_deadline_need_met_is_answered(unanswered):
    assert (
        unanswered(
            "The proofs look great. We'd need the finished invites by the 1st of May at the "
            "latest. Can you also do matching table numbers, 1 to 12?",
            "Yes, we can do matching table numbers in the same card for £18. The finished "
            "invites will be posted to you on the 24th of April, in good time for the 1st "
            "of May.",
        )
        == []
    )


_ALSO = " Can you also send the invoice to my office?"


@pytest.mark.parametrize(
    ("need", "asks"),
    [
        (
            "I need the certificate by the end of the month.",
            ["I need the certificate by the end of the month.", "send the invoice to my office?"],
        ),
        (
            "I need the frame back before we move.",
            ["I need the frame back before we move.", "send the invoice to my office?"],
        ),
    ],
)
def test_one_deadline_reader_for_both_shapes_of_need(asked, need, asks):
    """The need segment and the thing with work done to it after "I need" read
    one deadline (round 48: asks35d's pattern and thread24d's word list were
    two readers of it): a day after fillers ("by the end of the month") or
    "before we ..." is a date for the business, asked beside a later request."""
    assert asked("The quote was fine. " + need + _ALSO) == asks


def test_by_the_way_is_no_deadline(asked):
    """ "by the way" names no day: the need stays the background."""
    assert asked("The quote was fine. I need my laptop for work, by the way." + _ALSO) == [
        "send the invoice to my office?"
    ]
