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


def test_an_apology_inside_a_sentence_does_not_answer_why(unanswered):
    # the apology's object is the customer's problem restated, not its cause
    question = "Can you tell me why the carer keeps arriving late?"
    assert unanswered(question, "Thank you for telling us, and I'm sorry the carer has been late.")
    assert not unanswered(
        question,
        "Thank you for telling us, and I'm sorry the carer has been late: her first "
        "visit of the day is across town, so I've moved her round to start with you.",
    )


def test_an_apology_inside_a_sentence_leaves_the_clause_after_its_break(unanswered):
    assert not unanswered(
        "Why was my refund so late?",
        "Your refund is on its way, and I'm sorry it was late; it was held because the "
        "bank ran a fraud check.",
    )


def test_a_contracted_will_asks_about_what_is_to_come(unanswered):
    # "when they'll be dispatched" is answered by a date to come, not a past event
    question = "Could you tell me when my cards'll be dispatched?"
    assert unanswered(question, "Your cards were printed on 12 November.")
    assert not unanswered(question, "Your cards will be dispatched on Thursday 14 November.")
