"""The customer's question only noted or received ("I've noted your question
about the deposit", "We have received your query about the fee"), with no
other word on it, is an acknowledgement, not an answer (corpus/README.md:
"We have received your question about refunds ..." is no answer): the phrases
are promises in rulesets/thread.toml, so the learned second opinion is not
asked (replycheck.thread.answered.only_acknowledged). A request noted ("I've
noted your new address") is the act done, and a question noted beside its
answer is answered. Written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

_DEPOSIT = (
    "The kitchen fitters still haven't given me a start date. When will the work begin? "
    "If it slips past June, can I have my £500 deposit returned?"
)
_FEE = (
    "I've moved my dentist appointment twice this month. Is there a charge for changing it "
    "again? And could I have the earliest slot next week, ideally before work?"
)


@pytest.mark.parametrize(
    ("question", "reply", "ask"),
    [
        (
            _DEPOSIT,
            "Thanks for your patience. The fitters will start on Monday 8 May at 8am. "
            "I've noted your question about the deposit.",
            "can I have my £500 deposit returned?",
        ),
        (
            _FEE,
            "Hello, I've booked you in for Tuesday at 8.10am, our first slot next week, so "
            "you'll be done before work. We have received your query about the charge for "
            "changing appointments. You'll get a reminder text the day before.",
            "Is there a charge for changing it again?",
        ),
    ],
)
def test_a_question_only_noted_is_no_answer(unanswered, question, reply, ask):
    assert unanswered(question, reply) == [ask]


@pytest.mark.parametrize(
    "reply",
    [
        # noted, and answered beside it
        "Thanks for your patience. The fitters will start on Monday 8 May at 8am. "
        "I've noted your question about the deposit: yes, if the start slips past June "
        "we'll return the full £500.",
        # answered, with no note at all
        "Thanks for your patience. The fitters will start on Monday 8 May at 8am, and if "
        "that slips past June we'll refund your £500 deposit in full.",
    ],
)
def test_a_noted_question_answered_beside_it(unanswered, reply):
    assert unanswered(_DEPOSIT, reply) == []


def test_a_received_query_answered_beside_it(unanswered):
    reply = (
        "Hello, I've booked you in for Tuesday at 8.10am, our first slot next week, so you'll "
        "be done before work. We have received your query about the charge: there's no fee "
        "for changing an appointment, however often you move it."
    )
    assert unanswered(_FEE, reply) == []
