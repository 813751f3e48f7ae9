"""A "how long?" asks for a length of time (RC201, ``answered.HOW_LONG``).

Pairs are written fresh for these tests (not taken from the corpus). A
point in time is no length: the date something was done ("I've processed it
today, 2 October") does not say how long the refund takes to arrive, and the
time a visit is booked for does not say how long it lasts. A length said in
words ("about an hour each", "three and a half hours") answers, and for what
is still to reach the customer so does the time it is due.
"""

from __future__ import annotations

import pytest

# What a sentence carries


@pytest.mark.parametrize(
    "sentence",
    [
        "Refunds reach your card within 5 working days.",
        "The treatment takes two appointments of about an hour each.",
        "Set aside about three and a half hours.",
        "Keep her on short walks for the next ten days.",
        "It usually takes a fortnight.",
        "Stay off it until Friday.",
    ],
)
def test_a_length_of_time_is_read_as_one(read, sentence):
    (statement,) = read(sentence)
    assert statement.lasts


@pytest.mark.parametrize(
    "sentence",
    [
        "I've processed it today, 2 October.",
        "Your service is booked for Monday 9 March.",
        "I've moved your check-up to 3.15pm.",
    ],
)
def test_a_point_in_time_is_no_length(read, sentence):
    (statement,) = read(sentence)
    assert not statement.lasts


def test_an_act_already_done_is_read_as_done(read):
    done, promised, got = read(
        "I've ordered a replacement today. We'll ring you tomorrow. I've got your photos."
    )
    assert done.done
    assert not promised.done
    assert not got.done  # "I've got" tells what we hold, not an act


# What answers a "how long?"


def test_the_date_a_refund_was_processed_does_not_say_how_long_it_takes(unanswered):
    assert unanswered(
        "Can I get a refund? How long will the refund take?",
        "Yes, you're entitled to a full refund. I've processed it today, 2 October.",
    ) == ["How long will the refund take?"]


def test_the_day_an_order_was_placed_does_not_say_how_long_delivery_takes(unanswered):
    assert unanswered(
        "The sofa arrived split. How long will the replacement take to arrive?",
        "I've put in an order for a replacement with our warehouse today, 3 March.",
    ) == ["How long will the replacement take to arrive?"]


def test_the_time_a_visit_is_booked_for_is_no_length_of_the_visit(unanswered):
    assert unanswered(
        "Please book my boiler service. How long does the service take?",
        "Your boiler service is booked for Monday 9 March; the engineer will arrive "
        "between 8am and 12pm.",
    ) == ["How long does the service take?"]


def test_a_length_in_words_answers_how_long_something_takes(unanswered):
    assert (
        unanswered(
            "Is whitening covered? How long does the treatment take?",
            "Whitening isn't included in your plan. The treatment takes two appointments "
            "of about an hour each, a week apart.",
        )
        == []
    )


def test_the_time_something_is_due_answers_how_long_until_it_comes(unanswered):
    assert (
        unanswered(
            "Missing 2 hinges. Send parts? How long?",
            "I've sent the two hinges today by tracked post, so they should arrive by Friday.",
        )
        == []
    )


def test_a_date_to_come_answers_how_long_to_wait(unanswered):
    assert (
        unanswered(
            "My lavender plugs arrived. How long should I wait before planting them out?",
            "Pot them on when they arrive. They'll be ready for the border in late April.",
        )
        == []
    )
