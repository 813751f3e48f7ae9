"""Everyday words a reply uses for the customer's (RC201 end to end): each
must-not-flag pair has a must-flag twin with the same message, where the
reply only acknowledges the ask or answers the other ask, so the ask is
still reported. Pairs are written fresh for these tests (not taken from the
corpus); each must-not-flag pair is reported unanswered without its group.
"""

from __future__ import annotations

import pytest

VASE = (
    "The vase arrived cracked and the card was missing. I'd like a replacement vase, "
    "and can you resend the card?"
)


@pytest.mark.parametrize(
    ("question", "reply", "flagged"),
    [
        (
            VASE,
            "A fresh vase goes out to you tomorrow by tracked post. The card was left off "
            "by mistake; it's going in the same parcel.",
            [],
        ),
        (
            VASE,
            "Thanks for telling us about the vase; I've passed your message to our dispatch "
            "team. The card was left off by mistake; it's going in the same parcel tomorrow.",
            ["I'd like a replacement vase"],
        ),
    ],
)
def test_a_fresh_one_sent_is_a_replacement(unanswered, question, reply, flagged):
    assert unanswered(question, reply) == flagged


OUTING = (
    "We're coming with the grandchildren on Sunday. Is there parking, and can we bring "
    "our own lunch?"
)


@pytest.mark.parametrize(
    ("question", "reply", "flagged"),
    [
        (
            OUTING,
            "There's a free car park by the main gate. Picnics are welcome anywhere on the lawns.",
            [],
        ),
        (OUTING, "There's a free car park by the main gate.", ["can we bring our own lunch?"]),
    ],
)
def test_a_picnic_is_the_lunch_brought_along(unanswered, question, reply, flagged):
    assert unanswered(question, reply) == flagged
