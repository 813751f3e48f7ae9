"""Advice answers a "which is best / which is better" ask that shares its
topic with a neighbouring ask: "I'd suggest 24C" names what sets "Which seats
are best?" apart from "Can I pay for extra legroom?". A reply that only prices
the seats, or promises to "do our best", gives no advice and leaves the ask.
Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

QUESTION = "Can I pay for extra legroom on my flight to Oslo? Which seats are best?"
PLANS = "Can I upgrade my phone plan to get more data? Which plan would be better for streaming?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            QUESTION,
            "Yes, extra legroom seats are £40 each way, and I'd suggest 12A: "
            "it's by the window with no seat in front.",
        ),
        (
            QUESTION,
            "Yes, extra legroom seats are £40 each way on this route. "
            "We'd recommend row 12, which has no seats in front.",
        ),
        (
            PLANS,
            "Yes, you can upgrade at any time from the app. "
            "For streaming I'd go for the Unlimited plan at £25, which has no data cap.",
        ),
    ],
)
def test_advice_answers_a_which_is_best_ask(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "ask"),
    [
        (
            QUESTION,
            "Yes, extra legroom seats are £40 each way on this route.",
            "Which seats are best?",
        ),
        (
            QUESTION,
            "Yes, extra legroom seats are £40 each way, and we'll do our best "
            "to seat you near the front.",
            "Which seats are best?",
        ),
        (
            PLANS,
            "Yes, you can upgrade at any time from the app, and your plan renews on the 3rd.",
            "Which plan would be better for streaming?",
        ),
    ],
)
def test_no_advice_leaves_a_which_is_best_ask(unanswered, question, reply, ask):
    assert unanswered(question, reply) == [ask]
