""" "How much should he have?": a dose or a portion for a patient, a child or a
pet is an amount, answered by a quantity ("7.5ml every four hours", "about
300g a day"), not a question about money. Paying, costs and money back stay
money. Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked


@pytest.fixture(scope="module")
def expects():
    pipeline = Pipeline()
    lexicon = default_lexicon()

    def run(question: str) -> list[str]:
        return [ask.expects for ask in find_asked(pipeline(question), lexicon)]

    return run


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("How much should he have?", "number"),
        ("How much should she be getting each day?", "number"),
        ("How much can they take in one go?", "number"),
        ("How much should my puppy be eating?", "number"),
        ("How much should the baby be drinking at night?", "number"),
        ("How much should I pay for the repair?", "money"),
        ("How much will I get back?", "money"),
        ("How much does it cost to post?", "money"),
        ("How much is the fee?", "money"),
    ],
)
def test_a_portion_is_an_amount_and_a_payment_is_money(expects, question, answer_type):
    assert expects(question) == [answer_type]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Our spaniel is overweight. How much should she be eating a day?",
            "Give her about 150g of the light formula a day, split into two meals.",
        ),
        (
            "My daughter is 6 and has a temperature. How much should she have?",
            "For her temperature, give her 10ml of children's paracetamol every four to six hours, "
            "up to four doses a day.",
        ),
    ],
)
def test_a_quantity_answers_a_portion(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "ask"),
    [
        (
            "Our spaniel is overweight. How much should she be eating a day?",
            "Thanks for asking about her diet; a nurse will be in touch.",
            "How much should she be eating a day?",
        ),
        (
            "My daughter is 6 and has a temperature. How much should she have?",
            "Children's paracetamol is on the shelf by the counter.",
            "How much should she have?",
        ),
    ],
)
def test_a_portion_without_a_quantity_is_still_unanswered(unanswered, question, reply, ask):
    assert unanswered(question, reply) == [ask]
