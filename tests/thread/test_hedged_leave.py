"""A "can I ...?" ask about the customer's own case is not answered by a rule
said to hold only in some cases ("We offer membership freezes in certain
circumstances", "We welcome well-behaved dogs on some of our trips"): whether
their case is one of them is left open. A hedged rule that goes on to speak to
them ("..., and yours qualifies", "you can bring her"), a bare yes or no, or
a refusal still answers. "so we can do the briefing" is the purpose of
another thing, not leave given. Pairs are written fresh for these tests (not
taken from the corpus).
"""

from __future__ import annotations

import pytest

DOG = "We've booked the double kayak for Saturday. Can I bring my dog?"
FREEZE = "I'm having an operation in May. Can I freeze my membership for May and June?"
VAN = "Can we park our campervan next to the cottage?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (DOG, "We welcome well-behaved dogs on some of our trips; lots of regulars bring theirs."),
        (FREEZE, "We offer membership freezes in certain circumstances, for up to three months."),
        (VAN, "We welcome campervans at some of our sites, and there's a car park by the gate."),
        # leave to do another thing's purpose ("so we can do the briefing") is no leave
        (
            DOG,
            "We welcome dogs on some of our trips. Please arrive 20 minutes early so we can "
            "do the safety briefing.",
        ),
    ],
)
def test_a_rule_said_to_hold_in_some_cases_leaves_their_own_case_open(unanswered, question, reply):
    assert unanswered(question, reply) != []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (DOG, "Yes, she's welcome in the double; we lend out dog buoyancy aids."),
        (
            VAN,
            "Campervans can be parked in some of our cottages' driveways, and yours is one "
            "of them.",
        ),
        (FREEZE, "That's fine: I've frozen your membership for May and June."),
        (DOG, "Dogs come on some of our trips, and you can bring her on Saturday's."),
        (FREEZE, "I'm afraid we can't freeze memberships on the £24 rate, as it's a legacy plan."),
    ],
)
def test_the_customers_own_case_said_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []
