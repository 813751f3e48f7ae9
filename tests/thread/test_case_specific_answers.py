"""Answers that must speak to the customer's own case (RC201 end to end).

Pairs are written fresh for these tests (not taken from the corpus): a request
to act on the customer's case is not answered by a policy said of everyone,
while a done action, or a policy that refuses the request, is an answer.
"""

from __future__ import annotations

import pytest

import replycheck
from replycheck.config import Config


@pytest.fixture(scope="module")
def unanswered():
    checker = replycheck.Checker(Config(select=("RC201",)))

    def run(question: str, reply: str) -> list[str]:
        original = f"Hi,\n\n{question}\n\nThanks,\nSam"
        draft = f"Hi Sam,\n\n{reply}\n\nBest,\nAlex"
        report = checker.check(draft, original=original)
        return [original[f.start : f.end] for f in report.findings if f.code == "RC201"]

    return run


@pytest.mark.parametrize(
    ("request_", "policy"),
    [
        (
            "Could you repair the fence panel by Friday?",
            "Fence repairs are usually carried out within ten working days.",
        ),
        (
            "Please move my appointment to next Tuesday.",
            "Appointments can be moved up to 24 hours before they start.",
        ),
        ("Can you collect the bins tomorrow?", "Bins are collected every Tuesday."),
    ],
)
def test_a_policy_said_of_everyone_does_not_act_on_a_request(unanswered, request_, policy):
    assert unanswered(request_, policy) == [request_]


@pytest.mark.parametrize(
    ("request_", "reply"),
    [
        (
            "Please move my appointment to next Tuesday.",
            "I've moved you to next Tuesday at 2:30pm with Dr Shah.",
        ),
        (
            "Can you refund the deposit?",
            "Deposits are non-refundable once booked, as the date is held for you.",
        ),
        ("Can I get the tokens back?", "Refunds are not available for in-app tokens."),
    ],
)
def test_a_done_action_or_a_refusing_policy_answers_a_request(unanswered, request_, reply):
    assert unanswered(request_, reply) == []
