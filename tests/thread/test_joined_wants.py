"""RC201 asks: a want with its own subject after "and" is a request.

"I was charged twice and I want a refund" asks for the refund just as "I was
charged twice. I want a refund." does; the bare verb after "and" ("I'll keep
tweeting and call until it's fixed") shares the customer's subject and stays
theirs. The customer's own plan ("and I want to overpay my mortgage") and a
need given as their reason ("and I need a working card") stay statements.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        ("I was charged twice and I want a refund.", "I want a refund."),
        ("The sofa arrived torn and I'd like a replacement.", "I'd like a replacement."),
        (
            "We left the flat spotless and we would like our deposit back.",
            "we would like our deposit back.",
        ),
        ("I was charged twice and I want you to refund it.", "I want you to refund it."),
    ],
)
def test_a_want_with_its_own_subject_after_and_is_a_request(asked, message, ask):
    assert asked(message) == [ask]


@pytest.mark.parametrize(
    "message",
    [
        # the customer's own plan, not something asked of the business
        "I moved house last month and I want to overpay my mortgage.",
        "I've been with you ten years and I'd like to stay.",
        # a need joined on is the reason for what they ask elsewhere
        "I'm going on holiday on the 12th and I need a working card.",
        # a bare verb after "and" takes the customer's subject
        "I will keep tweeting and call every day until it's fixed.",
    ],
)
def test_a_plan_a_reason_or_a_shared_subject_after_and_is_no_request(asked, message):
    assert asked(message) == []
