"""RC201: a weekday written short ("thurs", "fri", "tues") is the day, as
"Thursday" is, so "can I move it from thurs to fri?" is answered by "Friday
at 4 works" (round 41, thread-fresh46); a reply on another matter still is no
answer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "hi steve can i move my lesson from thurs to fri same time? got a mock exam thurs",
            "No problem, Friday at 4 works. I've moved you.",
        ),
        ("is the shop open on thurs evening?", "We're open until 8pm on Thursdays."),
        (
            "could the delivery come tues instead of weds?",
            "Yes, I've changed it to Tuesday, between 8am and noon.",
        ),
    ],
)
def test_a_short_weekday_is_answered_by_the_day(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "can i move my lesson from thurs to fri same time?",
            "Thanks for letting me know about your mock exam, good luck with it.",
        ),
        (
            "could the delivery come tues instead of weds?",
            "Your order number is 44821 and the sofa is the grey three-seater.",
        ),
        ("is the shop open on thurs evening?", "Our shop is on the high street next to the bank."),
    ],
)
def test_a_reply_without_the_day_is_no_answer(unanswered, question, reply):
    assert unanswered(question, reply)
