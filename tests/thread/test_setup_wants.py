"""A want that sets up the questions after it ("We need our certificate
translated. How much and how long?") is taken up by a draft that answers a
question pointing back at it (a pronoun, a bare "How much?", or the thing
the want names): a support lead would not flag the want itself. A want of a
remedy, of a change to what the customer has, of information, or one added
on ("I'd also like ...") stays an ask of its own; so does a want whose
follow-up the draft leaves open, or one followed by a question about
something else. Pairs are written fresh for these tests (not taken from the
corpus).
"""

from __future__ import annotations

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked
from replycheck.thread.setup_wants import is_setup_want


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "We need our marriage certificate translated from Polish. How much and how long?",
            "It's $45 for a one-page certificate, and we can have it back to you in two "
            "business days. Please send a clear scan of it.",
        ),
        (
            "I'd like to order the Spring Meadow bouquet for my mum's birthday. "
            "Can it be delivered on Saturday?",
            "Yes, we deliver on Saturdays; it will be with her between 9am and 1pm.",
        ),
        (
            "We'd like aerial photos of our farm for the new website. What would 20 photos cost?",
            "For 20 edited photos the price would be £450 plus VAT, with a half-day shoot.",
        ),
    ],
)
def test_a_want_taken_up_by_the_answer_to_its_question(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.fixture(scope="module")
def first_ask():
    """The first ask RC201 reads in a customer message."""
    pipeline = Pipeline()
    lexicon = default_lexicon()
    return lambda text: find_asked(pipeline(text), lexicon)[0]


@pytest.mark.parametrize(
    "want",
    [
        "We need our marriage certificate translated from Polish.",
        "I'd like to order the Spring Meadow bouquet.",
        "I want to enrol my daughter on the summer course.",
    ],
)
def test_a_want_of_a_thing_or_service_sets_up(first_ask, want):
    assert is_setup_want(first_ask(want + " How much is it?"))


@pytest.mark.parametrize(
    "want",
    [
        # a remedy
        "I want my money back.",
        "I want it either fixed or paid for.",
        # a change to what the customer already has
        "I'd like to move my flight from the 12th to the 14th.",
        "I'd like to upgrade to the unlimited plan.",
        "I'd like to add my son to my policy.",
        "I want to return the jacket I bought last week.",
        # information wanted
        "I want a breakdown of the charges.",
        "I'd like to know if the shop is open on Sunday.",
        # added on
        "I'd also like a new router.",
    ],
)
def test_a_want_of_its_own_does_not_set_up(first_ask, want):
    assert not is_setup_want(first_ask(want + " How much is it?"))


def test_a_change_asked_beside_its_fee_stays_unanswered(unanswered):
    found = unanswered(
        "I'd like to swap my train to the 9:15 instead. What's the fee for that?",
        "The change fee on your fare is £45 per passenger.",
    )
    assert "I'd like to swap my train to the 9:15 instead." in found


def test_a_want_is_not_taken_up_by_an_unanswered_question(unanswered):
    found = unanswered(
        "I'd like to book a table for six on Friday. Can you do it at 8pm?",
        "Our summer menu has just launched, with three new starters.",
    )
    assert "I'd like to book a table for six on Friday." in found


def test_a_want_is_not_taken_up_by_a_question_about_something_else(unanswered):
    found = unanswered(
        "I'd like to book a table for six on Friday. Is the car park open late?",
        "Yes, the car park is open until midnight.",
    )
    assert "I'd like to book a table for six on Friday." in found


def test_a_want_in_another_paragraph_is_not_taken_up(unanswered):
    found = unanswered(
        "I'd like to book a table for six on Friday.\n\nSeparately, how much is it to park?",
        "Parking is £5 for the evening.",
    )
    assert "I'd like to book a table for six on Friday." in found
