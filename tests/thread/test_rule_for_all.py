"""A request about the customer's own thing ("Can someone look at it?", "Mum
needs a lift to the hospital on Thursday") is not answered by a rule for
every one of a kind ("All trees in our parks are inspected on a regular
cycle", "All our minibuses have a rear lift"): how things go for all says
nothing of whether anyone will do what this customer asks. A bare yes or no,
an act of ours for them, "All done", "All sorted" or "All cancelled" still
answer, and a request to be told something ("Could you tell me whether the
agreement says ...?") may be met by the rule itself; a question
of what we do for anyone ("Can you deliver to Bristol?") is not read by this
guard. Pairs are written fresh for these tests (not taken from the
corpus); round 48.
"""

from __future__ import annotations

import pytest

TREE = "The oak outside number 12 has a split branch hanging over the path. Can someone look at it?"
LIFT = "Mum needs a lift to the eye clinic at the General on Thursday 9th at 10am."
FENCE = "The fence panel you fitted last week has blown down. Can you come and fix it?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (TREE, "All trees in our parks are inspected on a regular cycle by qualified staff."),
        (LIFT, "All our minibuses have a rear lift and room for two wheelchairs."),
    ],
)
def test_a_rule_for_all_leaves_the_request_open(unanswered, question, reply):
    assert unanswered(question, reply) != []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (TREE, "Yes, our tree officer will look at the oak on Tuesday morning."),
        (LIFT, "All booked: our driver will collect your mum at 9.15am on Thursday 9th."),
        (FENCE, "All sorted: Sam will come and refit the panel on Friday."),
        (
            "I'd like to cancel my razor subscription please.",
            "All cancelled, you won't be charged again, and the blades already posted this "
            "week are yours to keep.",
        ),
        # a request to be told something may be met by the rule itself
        (
            "Could you tell me whether their tenancy agreement says anything about noise?",
            "All of our tenancy agreements include a clause that tenants must not cause a "
            "nuisance to neighbours, which covers noise late at night.",
        ),
    ],
)
def test_an_answer_to_the_request_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []
