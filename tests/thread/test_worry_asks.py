"""RC201 asks: a worry about losing money or cover, told as a statement.

"I'm also worried the £1,500 deposit won't come back if the marquee isn't
needed" or "I'm worried this won't be covered because she limped once"
asks, without a question mark, whether the money comes back or the cover
holds: a yes or no only the business can give, and a support lead flags a
draft that leaves it. A worry about anything else ("I'm worried about the
anaesthetic", "we're a bit worried they'll be cut off early", "I'm worried
it won't fit round the turn") is the background to what is asked and asks
nothing of its own.
"""

from __future__ import annotations

import pytest

_MARQUEE = (
    "We have our final numbers: 120 in the evening. Could you confirm the evening buffet "
    "covers that many? I'm also worried the £1,500 deposit won't come back if the marquee "
    "isn't needed, as it looks like we'll fit inside."
)


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            _MARQUEE,
            [
                "Could you confirm the evening buffet covers that many?",
                "I'm also worried the £1,500 deposit won't come back if the marquee isn't "
                "needed, as it looks like we'll fit inside.",
            ],
        ),
        (
            "The vet quotes £3,800. I'm worried this won't be covered because she limped once "
            "last year. Can the vet claim directly from you?",
            [
                "I'm worried this won't be covered because she limped once last year.",
                "Can the vet claim directly from you?",
            ],
        ),
        (
            "I lost the padlock key and had to cut the lock off. I'm worried I won't get my "
            "deposit back.",
            ["I'm worried I won't get my deposit back."],
        ),
    ],
)
def test_a_worry_about_money_or_cover_is_asked(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "I'm also worried about the anaesthetic because he's 12. Can he have it?",
            ["Can he have it?"],
        ),
        (
            "Our band finishes at midnight so we're a bit worried they'll be cut off early. "
            "What time does the bar close?",
            ["What time does the bar close?"],
        ),
        ("I'm worried it won't fit round the turn at the top of the stairs.", []),
        (
            "I'm worried I've voided the warranty by opening it. Where is my order?",
            ["Where is my order?"],
        ),
    ],
)
def test_a_worry_about_anything_else_asks_nothing(asked, message, asks):
    assert asked(message) == asks


def test_a_worry_left_unsettled_is_unanswered(unanswered):
    assert unanswered(
        _MARQUEE, "Yes, the evening buffet is made for up to 150 guests, so 120 is fine."
    ) == [
        "I'm also worried the £1,500 deposit won't come back if the marquee isn't needed, "
        "as it looks like we'll fit inside."
    ]


def test_a_worry_settled_is_answered(unanswered):
    assert (
        unanswered(
            _MARQUEE,
            "Yes, the evening buffet is made for up to 150 guests, so 120 is fine. If you "
            "don't need the marquee, we'll refund the £1,500 deposit in full.",
        )
        == []
    )


def test_a_worry_is_answered_by_what_it_fears_settled(unanswered):
    # the worry's own words ("worried", "won't") are how it is put: the
    # deposit said to come back answers it, with the reason left aside
    assert (
        unanswered(
            "I'm moving out of unit 6 at the end of the month. Is there anything to pay for "
            "leaving and I'm worried I won't get my deposit back as I lost the padlock key",
            "There's nothing extra to pay for leaving. Your £50 deposit comes back to your "
            "card within ten days of us checking the unit is empty.",
        )
        == []
    )
