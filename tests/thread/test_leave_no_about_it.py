"""A yes/no that asks leave or need ("Can I drive home after the
procedure?") is left open when the draft's only "no" is about another thing
("You won't need a dressing", "you won't feel it at all"): ``leave_left_unsaid``
takes a negated sentence as the no only when it names some of what was asked,
points back to it, or is our own refusal ("we can't", "it's not on us"). A
hedge on what may happen ("it may ache a bit") and a pleasantry about news
("glad to hear the panels are working") give no leave either. Pairs are
written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from replycheck.thread.type_veto import leave_left_unsaid

DRIVE = "I have the procedure on Tuesday. Can I drive home after the procedure?"
BATTERY = "The panels are working well. Can I add a second battery later on?"
TINS = "The paint looks nothing like the website. Can I return the unopened tins?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # a no about another thing
        (DRIVE, "You won't need a dressing afterwards. See you on Tuesday."),
        (DRIVE, "The toe is numb, so you won't feel a thing."),
        # what may happen, not leave
        (DRIVE, "Afterwards it may ache a little; paracetamol is usually enough."),
        # a pleasantry about news
        (BATTERY, "Really glad to hear the panels are performing well!"),
    ],
)
def test_a_no_about_another_thing_leaves_the_leave_ask_open(weigh, question, reply):
    ask, statements, *_ = weigh(question, reply)
    assert leave_left_unsaid(ask, statements, reply)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # the no names the act asked
        (DRIVE, "You won't be able to drive for 24 hours after the sedation."),
        # pointed back to it
        (DRIVE, "That won't be possible, I'm afraid: please arrange a lift."),
        # our own refusal, in other words
        (TINS, "As much as we'd love to help, we can't take paint back once it's mixed."),
        (TINS, "Fair enough, but it's not really on us that the colour looks different."),
        # leave given with a modal
        (DRIVE, "Someone will need to collect you, as you can't drive after sedation."),
        (BATTERY, "We'd be happy to add one whenever you're ready."),
    ],
)
def test_a_no_or_yes_about_the_asked_act_says_it(weigh, question, reply):
    ask, statements, *_ = weigh(question, reply)
    assert not leave_left_unsaid(ask, statements, reply)


def test_a_no_about_another_thing_is_flagged_end_to_end(unanswered):
    reply = "Hi Sam,\n\nYou won't need a dressing afterwards. See you on Tuesday.\n\nJo"
    assert unanswered(DRIVE, reply) == ["Can I drive home after the procedure?"]


def test_a_no_about_the_act_answers_end_to_end(unanswered):
    reply = "Hi Sam,\n\nYou won't be able to drive for 24 hours afterwards.\n\nJo"
    assert unanswered(DRIVE, reply) == []


def test_a_booking_said_done_answers_a_booking_asked(weigh):
    question = "The clippers broke halfway through the groom. Can we rebook?"
    reply = "Biscuit is booked in for Saturday at 11 with Jo."
    ask, statements, *_ = weigh(question, reply)
    assert not leave_left_unsaid(ask, statements, reply)


def test_another_booking_said_done_gives_no_leave(weigh):
    question = "Lunch for six on Sunday please. Can we bring our dog?"
    reply = "Your table for six is booked for 1pm on Sunday, in the garden room."
    ask, statements, *_ = weigh(question, reply)
    assert leave_left_unsaid(ask, statements, reply)
