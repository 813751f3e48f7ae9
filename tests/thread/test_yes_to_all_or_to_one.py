"""RC201: a bare yes followed by "all" or "both" is said to every ask only
when it stands for them ("Yes to both", "Yes, both are fine", "Yes, all
confirmed", "Yes, all three"); "Yes, all our coaches have seatbelts" is a yes
about the coaches, said to the ask that names them, and leaves the pick-up
time asked beside it open. A task the business sees to ("do you handle the
grant paperwork?") is answered by the business saying it does it, in its own
verb ("We complete and submit the grant claim on your behalf").
"""

from __future__ import annotations

import pytest

from replycheck.thread.answers import _TO_ALL

COACH = (
    "Does the coach have seatbelts on every seat? Can the driver pick up at 8.15 instead of 8.30?"
)
PICK_UP = "Can the driver pick up at 8.15 instead of 8.30?"


@pytest.mark.parametrize(
    "opening",
    [
        "yes to both.",
        "yes for both",
        "yes, both are fine.",
        "yes, both.",
        "yes, both: see you then",
        "yes, all confirmed: the castle comes at 11",
        "yes, all three.",
        "yes, all of them are in stock",
        "no to all of them",
        "both, yes",
    ],
)
def test_a_yes_said_to_every_ask(opening):
    assert _TO_ALL.match(opening) is not None


@pytest.mark.parametrize(
    "opening",
    [
        "yes, all our coaches have three-point seatbelts",
        "yes, all grass pitches have 16a hook-ups",
        "yes, both lessons will be made up",
        "yes, all three statements arrived on monday",
        "yes, each tier can be a different flavour",
        "yes, both places for the 10k are confirmed",
    ],
)
def test_a_yes_about_the_things_it_names(opening):
    assert _TO_ALL.match(opening) is None


def test_a_yes_about_the_coaches_leaves_the_pick_up_open(unanswered):
    reply = "Yes, all our coaches have three-point seatbelts on every seat."
    assert unanswered(COACH, reply) == [PICK_UP]


def test_a_yes_to_both_answers_both(unanswered):
    assert unanswered(COACH, "Yes, both are fine: see you at 8.15.") == []


def test_a_yes_about_the_pitches_leaves_the_shop_open(unanswered):
    question = (
        "Do you have electric hook-ups on the grass pitches? And is the shop open on Sundays?"
    )
    reply = "Yes, all grass pitches have electric hook-ups, and yours is pitch 22."
    assert unanswered(question, reply) == ["is the shop open on Sundays?"]


def test_the_paperwork_seen_to_in_other_words_is_answered(unanswered):
    question = (
        "Are your electricians able to install an EV charger, and do you handle the grant "
        "paperwork?"
    )
    reply = (
        "Yes, all our electricians are approved installers. We complete and submit the grant "
        "claim on your behalf, so there's nothing for you to fill in."
    )
    assert unanswered(question, reply) == []


def test_paperwork_not_spoken_of_stays_open(unanswered):
    question = "Do you handle the grant paperwork?"
    reply = "Our electricians are all approved installers and can fit most chargers in a day."
    assert unanswered(question, reply) == ["Do you handle the grant paperwork?"]
