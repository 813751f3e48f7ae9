"""A whereabouts ask ("Where is my order?", "WHERE IS MY ORDER??", "where's my
parcel") is answered by a sentence that puts the thing in transit ("on its
way", "on the way", "out for delivery", "en route", "with the driver"), when
the sentence names the thing or a pronoun points back to it, hurried or
tidy ("calm down, its on the way"). In transit as a time to come ("once
it's on its way we'll email you"), in a sentence of something else ("I was
on the way home"), or a pronoun with two whereabouts asked, answers nothing.
The day asked for, said back and turned down with why ("monday is too
late"), is a refusal with its reason; a short report of the act done to the
customer's own things without its auxiliary ("chips refunded.") is the act
done, not a policy. Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

ORDER = "Where is my order? I ordered 90 minutes ago."
SHOUTED = "WHERE IS MY ORDER?? its been over an hour"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (ORDER, "It's on the way and should be with you by 8:15."),
        (ORDER, "Your order is out with the driver now."),
        (SHOUTED, "its on the way, driver left 5 mins ago"),
        (SHOUTED, "calm down, it's on its way."),
        ("where's my parcel??", "It's en route to you today."),
        ("Where are my tickets?", "They're out for delivery this morning."),
    ],
)
def test_in_transit_answers_where_it_is(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    "reply",
    [
        "Once it's on its way we'll email you.",
        "We'll let you know when it's out for delivery.",
        "Sorry, I was on the way home when you called.",
    ],
)
def test_in_transit_to_come_or_of_another_thing_does_not_answer(unanswered, reply):
    assert unanswered(ORDER, reply) != []


def test_a_pronoun_in_transit_does_not_answer_two_whereabouts(unanswered):
    found = unanswered("Where is my order? And where is my refund?", "It's on its way.")
    assert len(found) == 2


LATE = "Sorry I'm late returning the camping gear, can I drop it on Monday?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (LATE, "monday is too late. it needs to be back by 5pm today"),
        (LATE, "Mondays fully booked, sorry, bring it in today."),
        ("any chance of a cut on saturday morning?", "saturdays are FULLY booked for weeks!!"),
    ],
)
def test_the_day_asked_turned_down_with_why_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    "reply",
    [
        "We'll check if Monday is too late and get back to you.",
        "Is Monday too late for you?",
    ],
)
def test_a_day_held_or_asked_back_is_no_answer(unanswered, reply):
    assert unanswered(LATE, reply) != []


CHIPS = "my order came without the chips. can i get a refund for the chips at least"


def test_a_hurried_report_of_the_act_done_answers(unanswered):
    # "chips refunded." drops its auxiliary: no policy of everyone's chips
    assert unanswered(CHIPS, "chips refunded. sorry bout that") == []


@pytest.mark.parametrize(
    "reply",
    ["Refunds processed within 5 days.", "Chips reported to the kitchen."],
)
def test_a_policy_or_another_act_is_no_report_of_the_refund(unanswered, reply):
    assert unanswered(CHIPS, reply) != []
