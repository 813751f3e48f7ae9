"""RC201: asked what to send, bring or give ("What do I need to send you?",
"What do you need from us?", "please tell me what receipts you need"), a
draft answers only by saying something of what is needed from the customer:
a need, an instruction to send or bring, the documents named, a list, or
"nothing". Who handles the claim, why the coach was late or what is owed
shares the ask's topic and says nothing of it, whichever route or the model
would take that sentence for the answer.
"""

from __future__ import annotations

import pytest

from replycheck.thread.answered import _NEEDS_ASKED

COUNCIL = "I was hit by a council van while parked outside the library. What do you need from me?"
NEED = "What do you need from me?"


@pytest.mark.parametrize(
    "ask",
    [
        "What do I need to send you?",
        "What do you need from us?",
        "please tell me what receipts you need.",
        "Can you tell me again which documents I need to bring to the branch?",
        "What details do I need to give him?",
        "What ID will he need?",
        "What else do you need?",
    ],
)
def test_an_ask_for_what_to_provide(ask):
    assert _NEEDS_ASKED.search(ask) is not None


@pytest.mark.parametrize(
    "ask",
    [
        "What do I need to do?",
        "What size do I need?",
        "Which one do I need?",
        "What file format do you need the artwork in?",
    ],
)
def test_other_asks_with_need(ask):
    assert _NEEDS_ASKED.search(ask) is None


def test_who_handles_the_claim_says_nothing_of_what_to_send(unanswered):
    reply = (
        "Claims involving council vehicles are handled by our insurers, Crestline Municipal, "
        "and a claims handler will contact you within five working days."
    )
    assert unanswered(COUNCIL, reply) == [NEED]


def test_thanks_for_an_email_is_not_what_to_email(unanswered):
    reply = "Thank you for your email. Claims involving council vehicles go to our insurers."
    assert unanswered(COUNCIL, reply) == [NEED]


def test_an_instruction_to_send_answers_it(unanswered):
    question = "My house was burgled on Saturday. What do I need to send you?"
    reply = (
        "Please send us the police crime reference, photos of the damage and a list of "
        "what was taken."
    )
    assert unanswered(question, reply) == []


def test_an_instruction_to_bring_answers_it(unanswered):
    question = "Can you tell me again which documents I need to bring to the branch?"
    reply = "Please bring your passport and a utility bill from the last three months."
    assert unanswered(question, reply) == []


def test_a_need_of_ours_answers_it(unanswered):
    question = (
        "Does my travel policy cover cancellation because of a sick relative? "
        "What documents will you need from me?"
    )
    reply = (
        "Yes, your policy covers cancellation if a parent becomes seriously ill. We'll need "
        "a letter from his doctor, your booking invoice and the cancellation invoice from "
        "your tour operator."
    )
    assert unanswered(question, reply) == []


def test_an_upload_told_in_the_claim_answers_it(unanswered):
    question = "How do I claim the new ticket back? Please let me know what documents you need."
    reply = (
        "You can claim the £46 back on our website under Refunds > Extra costs: upload a "
        "photo of the new ticket and your receipt, and we'll pay it within 14 days."
    )
    assert unanswered(question, reply) == []


def test_a_need_to_look_into_it_is_no_list(unanswered):
    question = "My house was burgled on Saturday. What do I need to send you?"
    reply = "We need to look into this and a claims handler will be allocated in due course."
    assert unanswered(question, reply) == [question.split(". ")[1]]
