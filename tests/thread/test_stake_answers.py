"""A yes/no question on what the customer stands to pay, lose or keep,
answered in other words: "no charge for the return visit" for "Will I be
charged for the second visit?", "carries over, nothing lost" for "Will I lose
my deposit?". Acknowledgements, deferrals and hedges on the same thing do not
answer it. Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Our boiler is leaking again. Will I be charged for the second visit?",
            "I've booked Sam to come back on Friday morning, and there's no charge for "
            "the return visit.",
        ),
        (
            "I've got flu and can't make the course on Saturday. Will I lose my deposit?",
            "I've moved you to the course on the 21st; your deposit just carries over, "
            "nothing lost.",
        ),
        (
            "I'd like to pause my box for a month. Will my discount still apply when I restart?",
            "Your 15% discount stays on your account while the box is paused.",
        ),
        (
            "We missed two days because of the storm. Can we come back to finish, and will "
            "there be a charge?",
            "You're welcome back on any course this spring to finish the last two days, "
            "at no charge.",
        ),
        (
            "My phone is in for a new screen. Will the repair affect the water resistance?",
            "The new screen has a fresh adhesive seal, so the water resistance is the same "
            "as before the repair.",
        ),
        (
            "I want to keep using the app. Will exporting delete anything from my account?",
            "Exporting only makes a copy, so nothing in your account is changed or removed.",
        ),
    ],
)
def test_a_stake_said_in_other_words_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Will I lose my deposit?",
            "We've received your question about whether you'll lose your deposit and "
            "will get back to you.",
        ),
        ("Will I lose my deposit?", "Keep the receipt somewhere safe in case you need it."),
        ("Will I be charged for the second visit?", "Parking outside the shop is free after 6pm."),
        (
            "Will the repair affect the water resistance?",
            "The repair itself is booked for Tuesday and nothing else has changed.",
        ),
        (
            "Will exporting delete anything from my account?",
            "We'll check whether anything in your account is removed.",
        ),
    ],
)
def test_a_stake_acknowledged_or_said_of_another_thing_does_not(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


def test_a_stake_of_another_ask_does_not_answer(verdicts):
    original = "Can I move to a later date? Will I lose my deposit?"
    draft = "You'll keep the same start time on the new date."
    assert verdicts(original, draft)["Will I lose my deposit?"] is False


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Any chance of the delivery at 6 not 7 from next week?",
            "6am from Monday is fine, I've told the driver.",
        ),
        (
            "Can I pick the bike up after work tomorrow?",
            "After work is fine; we're open until 7pm.",
        ),
        (
            "We arrive on the 14th. Could we check in early, around 11am?",
            "I've noted an 11am arrival on your booking, and your room will be ready then.",
        ),
    ],
)
def test_the_time_asked_for_granted_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    "reply",
    [
        "We'll check whether 6am is fine with the driver.",
        "If 6am is fine with the driver, we'll move you.",
        "Thanks for asking about the 6am drop.",
        "7am is fine as it is, the driver says.",
    ],
)
def test_the_time_asked_for_held_checked_or_turned_down_does_not(unanswered, reply):
    question = "Any chance of the delivery at 6 not 7 from next week?"
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    "reply",
    [
        "The mark has set into the fibres, so we stopped there. There's no charge for this one.",
        "We tried twice and it wouldn't shift. No charge this time.",
    ],
)
def test_a_stake_asked_of_it_answered_by_the_stake_alone(unanswered, reply):
    # the ask names nothing but the stake and "it" (read from the sentence
    # before); a sentence saying only the stake answers it
    original = (
        "The coffee mark on my wool jacket is still there after cleaning. "
        "Are you going to charge me for it?"
    )
    assert unanswered(original, reply) == []


@pytest.mark.parametrize(
    "reply",
    [
        "Delivery is free on orders over £50.",
        "Our new stain-guard spray is free with every coat this month.",
        "We'll take another look at the mark next week.",
    ],
)
def test_a_stake_asked_of_it_not_answered_by_another_free_thing(unanswered, reply):
    question = "Are you going to charge me for it?"
    original = "The coffee mark on my wool jacket is still there after cleaning. " + question
    assert unanswered(original, reply) == [question]
