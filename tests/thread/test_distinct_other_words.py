"""RC201: the "distinct" guard sets aside a whole reply when none of the
ask's own words appear in it; an answer that says the ask's act in other
words still answers it (round 42, asks22d): "please stop the emails" is
answered by "I've taken you off our email list" (the converse of stopping
what we send), and a reply that says nothing of it leaves the ask open."""

from __future__ import annotations

import pytest

_EMAILS = (
    "I was charged twice for my £20 donation, can you refund one? Also, please stop"
    " the weekly emails."
)
_TEXTS = "Can you move my delivery to Friday? And please stop the marketing texts."


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            _EMAILS,
            "Dear Mrs Lane, I've refunded the second £20 to your card today. I've also"
            " taken you off our weekly email list, so you won't hear from us again.",
        ),
        (
            _TEXTS,
            "Hi Dan, your delivery is now on Friday between 8am and 12pm. I've removed you"
            " from our marketing texts as well.",
        ),
    ],
)
def test_taken_off_the_list_answers_stop(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "left"),
    [
        (
            _EMAILS,
            "Dear Mrs Lane, I've refunded the second £20 to your card today.",
            "please stop the weekly emails.",
        ),
        (
            _TEXTS,
            "Hi Dan, your delivery is now on Friday between 8am and 12pm.",
            "please stop the marketing texts.",
        ),
    ],
)
def test_a_reply_saying_nothing_of_it_leaves_it_open(unanswered, question, reply, left):
    assert left in unanswered(question, reply)


_POORLY = (
    "I'm poorly and can't make tomorrow's appointment. Will I be charged? Can I rebook"
    " for next week?"
)
_GROOM = "The clippers broke halfway through Biscuit's groom. Can we rebook? Will we be charged?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            _POORLY,
            "Hi Rhian, sorry you're poorly. I've cancelled tomorrow's appointment and there's"
            " no charge. I've booked you in for Tuesday 18th at 9am with Ravi instead.",
        ),
        (
            _GROOM,
            "Hi Sue, there's no charge for today's visit. Biscuit is booked in for Saturday at"
            " 11 with Jo.",
        ),
    ],
)
def test_a_booking_at_a_new_time_answers_rebook(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "left"),
    [
        (
            _POORLY,
            "Hi Rhian, sorry you're poorly. I've cancelled tomorrow's appointment and there's"
            " no charge.",
            "Can I rebook for next week?",
        ),
        (
            _GROOM,
            "Hi Sue, there's no charge for today's visit.",
            "Can we rebook?",
        ),
    ],
)
def test_a_cancel_alone_leaves_rebook_open(unanswered, question, reply, left):
    assert left in unanswered(question, reply)
