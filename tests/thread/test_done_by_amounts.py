"""A request "done" by a sentence whose only hard evidence is a sum or a
quantity (RC201, ``answered._done_as_asked``): the price of another act,
with nothing of the thing asked for, does not do it ("Please send me some
photos" <- "Local delivery within ten miles is £35, and our team will carry
it in"); a date, or the thing named, does. Checked with the learned second
opinion off, so the route alone decides.

Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def routes_only(rc201):  # type: ignore[no-untyped-def]
    return rc201(second_opinion_below=0)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Please send me some photos of how the sofa is coming along.",
            "Local delivery within ten miles is £35, and our two-person team "
            "will carry it into the room of your choice.",
        ),
        (
            "Please email me the floor plan for the hall.",
            "Hire of the hall is £120 for the evening, and we'll send "
            "two staff to help you set up.",
        ),
    ],
)
def test_a_price_of_another_act_does_not_do_the_request(routes_only, flagged, question, reply):  # type: ignore[no-untyped-def]
    assert flagged(routes_only, question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # a date tells it done, the thing unnamed
        (
            "Please book my car in for its annual service.",
            "I've booked you in with Sam on Tuesday 3 June at 9am.",
        ),
        # the thing named beside its price
        (
            "Please send me an itemised invoice.",
            "I've emailed you the itemised invoice for £35 this morning.",
        ),
    ],
)
def test_a_request_done_with_a_date_or_its_thing_named(routes_only, flagged, question, reply):  # type: ignore[no-untyped-def]
    assert flagged(routes_only, question, reply) == []
