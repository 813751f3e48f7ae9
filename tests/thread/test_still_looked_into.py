"""A request met only by someone of ours still looking into it, in the third
person ("our fraud team is looking into the payments you reported", "the
disputes team is reviewing the £240 payment"), is acknowledged, not answered
(corpus/README.md: "We ... will look into it" is no answer): the phrases are
deferrals and promises in rulesets/thread.toml, so what they look into is
left out of what the sentence says and the learned second opinion is not
asked (replycheck.thread.answered.only_acknowledged). The act done, or the
looking-into beside an answer in the same sentence, still answers it.
Written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

_PAYMENTS = (
    "Three payments I didn't make went to a betting site last night. "
    "I need those payments reversed."
)
_TAKEN = "Someone took £240 from my account with my old card. I want that money put back."


@pytest.mark.parametrize(
    ("question", "reply", "ask"),
    [
        (
            _PAYMENTS,
            "Thank you for telling us straight away. Our fraud team is looking into the three "
            "payments you've reported. Your card has been cancelled so it can't be used again, "
            "and a new one is in the post.",
            "I need those payments reversed.",
        ),
        (
            _TAKEN,
            "Thanks for getting in touch so quickly. Your old card is now blocked, and our "
            "disputes team is reviewing the £240 payment you reported.",
            "I want that money put back.",
        ),
    ],
)
def test_still_being_looked_into_is_no_answer(unanswered, question, reply, ask):
    assert unanswered(question, reply) == [ask]


@pytest.mark.parametrize(
    "reply",
    [
        # the act done, in other words
        "Thank you for telling us straight away. Our fraud team looked into the three payments "
        "and has reversed all of them, so the money is back in your account.",
        # still looking into something else, the act done beside it
        "Thank you for telling us straight away. Our fraud team is looking into how the card "
        "was used, and I've reversed the three payments today.",
        "Thank you for telling us straight away. I've reversed the three payments today, and "
        "our fraud team is looking into how the card was used.",
    ],
)
def test_the_act_done_beside_it_still_answers(unanswered, reply):
    assert unanswered(_PAYMENTS, reply) == []
