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


ALLOTMENT = (
    "We're giving up the allotment. What happens to the months left on our plot, and who "
    "has the shed key?"
)
BUS_PASS = (
    "My dad has gone into a care home. Can he get anything for the weeks left on his bus "
    "pass, and do you need a letter from the home?"
)


@pytest.mark.parametrize(
    ("question", "reply", "flagged"),
    [
        (
            ALLOTMENT,
            "We'll pay back the unused months to your bank account by the end of June. Please "
            "hand the shed key to Malcolm at the gate.",
            [],
        ),
        (
            ALLOTMENT,
            "Please hand the shed key to Malcolm at the gate.",
            ["What happens to the months left on our plot"],
        ),
        (
            BUS_PASS,
            "We'll credit the remaining weeks to his bank account within ten days. A letter "
            "isn't needed; his new address is enough.",
            [],
        ),
        (
            BUS_PASS,
            "A letter isn't needed; his new address is enough.",
            ["Can he get anything for the weeks left on his bus pass"],
        ),
    ],
)
def test_the_weeks_left_are_the_unused_ones(unanswered, question, reply, flagged):
    assert unanswered(question, reply) == flagged


BOILER = "The new boiler is £2,800. Do you fit on Saturdays, and can I spread the cost?"


@pytest.mark.parametrize(
    ("question", "reply", "flagged"),
    [
        (
            BOILER,
            "Our engineers fit on Saturdays at no extra charge. We offer 0% finance over 24 "
            "months, which would be about £117 a month.",
            [],
        ),
        (BOILER, "Our engineers fit on Saturdays at no extra charge.", ["can I spread the cost?"]),
    ],
)
def test_finance_over_months_spreads_the_cost(unanswered, question, reply, flagged):
    assert unanswered(question, reply) == flagged


SPARKS = (
    "The dishwasher sparks when it starts. Is it dangerous to keep using it, and when can "
    "someone look at it?"
)
INK = (
    "Our toddler chewed a corner of the bath book. Is the ink harmful, and can we get a "
    "replacement?"
)


@pytest.mark.parametrize(
    ("question", "reply", "flagged"),
    [
        (
            SPARKS,
            "It isn't a fire risk, but please switch it off at the wall until then. An engineer "
            "can come on Thursday morning.",
            [],
        ),
        (SPARKS, "An engineer can come on Thursday morning.", ["Is it dangerous to keep using it"]),
        (
            INK,
            "The inks are tested for toys and are safe if swallowed. A new copy is on its way "
            "to you.",
            [],
        ),
        (INK, "A new copy is on its way to you.", ["Is the ink harmful"]),
    ],
)
def test_safe_and_risk_answer_whether_it_is_dangerous(unanswered, question, reply, flagged):
    assert unanswered(question, reply) == flagged


PAINT = "Thanks for the quote. What paint should we use on the fence?"
TASTING = "Is there a minimum number for the tasting menu?"


@pytest.mark.parametrize(
    ("question", "reply", "flagged"),
    [
        (PAINT, "Ordinary exterior wood paint is fine.", []),
        (TASTING, "Four guests is fine for the tasting menu.", []),
        (PAINT, "Paying by card on the day is fine.", ["What paint should we use on the fence?"]),
        (
            PAINT,
            "Thanks for asking about paint for the fence; I'll check with the team and come "
            "back to you.",
            ["What paint should we use on the fence?"],
        ),
        (TASTING, "The tasting menu changes with the seasons.", [TASTING]),
    ],
)
def test_a_thing_said_to_be_fine_is_the_answer(unanswered, question, reply, flagged):
    assert unanswered(question, reply) == flagged
