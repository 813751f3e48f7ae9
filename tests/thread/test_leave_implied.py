"""A yes/no that asks leave or need ("Can I bring my dog?", "Do I need to be
home?") is answered when the draft gives or waives it in other words, with no
yes or no: the thing said to be fine or welcome, leave given outright, the
need waived ("no need to", "you don't have to"), or a yes on a condition
("as long as ..."). Comfort ("you'll be fine"), a waived apology, and a
"fine" said of another ask's topic answer nothing. Pairs are written fresh
for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from replycheck.thread.type_veto import leave_implied

DOG = "Can I bring my dog to the open day?"
HOME = "Do I need to be home when the fitter comes?"
BOX = "Do I need to send the charger back with the laptop?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (DOG, "Dogs are welcome at the open day as long as they stay on a lead."),
        (DOG, "Well-behaved dogs are more than welcome."),
        (HOME, "You don't have to be in: the fitter can collect a key from the office."),
        (HOME, "There's no need to stay in; he has a key to the meter cupboard."),
        (BOX, "Just the laptop itself is fine - we have chargers here for testing."),
    ],
)
def test_leave_given_or_need_waived_in_other_words_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


def test_a_conditional_yes_answers_a_leave_ask(unanswered):
    question = "Can I bring my daughter along to the session?"
    reply = "She can sit in with you, provided she stays in the waiting area for the scan."
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # comfort, not leave
        (DOG, "Open days can feel busy, but you'll be fine."),
        # an apology waived, not the need asked about
        (HOME, "No need to apologise for asking. The fitter will ring before he arrives."),
        # the topic only, with no leave or need
        (DOG, "Our dog policy is on the website under Visiting."),
    ],
)
def test_comfort_a_waived_apology_or_the_topic_alone_grants_nothing(weigh, question, reply):
    ask, statements, asks, *_ = weigh(question, reply)
    assert not leave_implied(ask, statements, asks, reply)


def test_fine_said_of_another_asks_topic_is_that_asks_answer(weigh):
    question = "Is the car safe to drive? Can I bring it back this week for a check?"
    reply = "The warning light is only a reminder, so the car is fine to drive as normal."
    ask, statements, asks, *_ = weigh(question, reply)
    assert not leave_implied(ask, statements, asks, reply)


def test_the_reading_gives_leave_in_other_words(weigh):
    reply = "Dogs are welcome at the open day as long as they stay on a lead."
    ask, statements, asks, *_ = weigh(DOG, reply)
    assert leave_implied(ask, statements, asks, reply)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "My flight home was cancelled. Can I claim the extra hotel night back?",
            "Extra hotel nights after a cancellation are not covered by your policy.",
        ),
        (
            "Can I move my exam to the June sitting?",
            "Exam dates can't be changed once the entry deadline has passed.",
        ),
    ],
)
def test_a_rule_that_refuses_it_on_its_topic_answers(weigh, question, reply):
    ask, statements, asks, *_ = weigh(question, reply)
    assert leave_implied(ask, statements, asks, reply)


def test_a_rule_about_something_else_refuses_nothing(weigh):
    question = "Can I bring my dog to the open day?"
    reply = "Refunds are not possible once tickets have been printed."
    ask, statements, asks, *_ = weigh(question, reply)
    assert not leave_implied(ask, statements, asks, reply)
