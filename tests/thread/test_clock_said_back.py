"""RC201: the customer's clock time said back in short ("can I collect after
6pm?" <- "come by after 6 whenever suits") names the ask's own time, so
neither the distinct-concept guard nor the neighbour's-answer guard throws
the sentence out (round 42, asks19d); a sentence whose "6" is no time, or
that gives another hour, is still no answer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "I left my bike in for a service on Monday. Is it ready, and can I collect after 6pm?",
            "Hi Tom, sorry for the wait. The bike is ready; the new chain took a day to come."
            " We normally shut at 5:30pm, but Jonno is in until 7 tonight and tomorrow, so"
            " come by after 6 whenever suits and he'll hand it over.",
        ),
    ],
)
def test_a_clock_time_said_back_in_short_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "I left my bike in for a service on Monday. Is it ready, and can I collect after 6pm?",
            "Hi Tom, sorry for the wait. The bike is ready; the new chain took 6 days to come"
            " and it's on the invoice.",
        ),
        (
            "My car went in for its MOT this morning. Has it passed, and can I pick it up"
            " after 5pm?",
            "Hi Ann, it passed with no advisories. The desk closes at 4:30pm today; the new wipers"
            " were £5 and are on the bill.",
        ),
    ],
)
def test_a_six_that_is_no_time_does_not_answer(unanswered, question, reply):
    assert any("after" in ask for ask in unanswered(question, reply))
