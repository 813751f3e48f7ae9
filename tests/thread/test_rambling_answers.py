"""Answers to asks from long, rambling customer emails (replycheck.thread.answers
and the word lists): noting a point for later is no answer, and filler words
in a long ask do not have to be echoed."""

from __future__ import annotations

import pytest

from replycheck.thread import default_lexicon


@pytest.mark.parametrize(
    "reply",
    [
        "We've noted your concerns about the vouchers, and we'll take them into account.",
        "I'll update you when I hear back from the hotel about the vouchers.",
        "I'll keep you posted about the vouchers.",
    ],
)
def test_noting_a_point_for_later_is_no_answer(unanswered, reply):
    question = "Please send me the meal vouchers."
    assert unanswered(question, reply) == [question]


def test_filler_in_a_long_request_need_not_be_echoed(unanswered):
    question = "The fitter broke the tiles. I'd like that sorted without having to take a day off."
    reply = "Our fitter will replace the tiles on Saturday morning, so you won't need a day off."
    assert unanswered(question, reply) == []


def test_dealing_with_a_matter_is_not_a_price_deal(unanswered):
    question = "Do you have any deals on the annual plan this month?"
    reply = "I'll deal with your renewal myself from now on."
    assert unanswered(question, reply) == [question]


def test_popping_back_to_redo_it_is_answered_by_a_booked_redo(unanswered):
    question = (
        "Can you explain what the extra 420 on the invoice is for? Also the silicone is "
        "peeling already, so could someone pop back and redo it?"
    )
    reply = (
        "The extra £420 on the invoice is for the rotten joists. The silicone will be "
        "redone on Monday morning; Mark will be with you at 8:30."
    )
    assert unanswered(question, reply) == []


def test_this_situation_is_filler():
    lexicon = default_lexicon()
    assert lexicon.weight("situation") == 0.0


@pytest.mark.parametrize(
    ("reply", "open_"),
    [
        # opened and closed by noting: nothing answered in between
        (
            "We've noted your concerns about the hotel and the meal vouchers, "
            "and we'll take them into account.",
            True,
        ),
        (
            "I've made a note of your comments on the hotel and the vouchers, "
            "and I'll keep you posted.",
            True,
        ),
        # something done between the two notes answers it
        (
            "We've noted your concerns, so I've sent the meal vouchers by email today "
            "and I'll keep you posted.",
            False,
        ),
    ],
)
def test_a_sentence_opened_and_closed_by_noting_answers_nothing(unanswered, reply, open_):
    question = "The hotel was awful. Please send me the meal vouchers."
    assert (unanswered(question, reply) != []) is open_


@pytest.mark.parametrize(
    ("reply", "open_"),
    [
        # the date is for the car being repaired; the courtesy car is only noted
        (
            "The garage expect to have the car ready by Friday 14th. I've noted your "
            "comments about the courtesy car and passed them on.",
            True,
        ),
        # said of the courtesy car itself, it answers
        (
            "The garage expect to have the car ready by Friday 14th. A courtesy car "
            "will be with you tomorrow morning.",
            False,
        ),
        # thanked for at the start, then answered in part words: still answered
        (
            "Thanks for asking about the courtesy car. You'll have a car from us on Monday 10th.",
            False,
        ),
    ],
)
def test_a_date_for_part_of_the_ask_is_not_its_answer_when_the_rest_is_noted(
    unanswered, reply, open_
):
    question = "My car has been at your garage for nine days. When can I expect a courtesy car?"
    assert (unanswered(question, reply) != []) is open_
