"""Classes of wording that recur across several writers' corpus files
(RC201 end to end): a why answered by a problem admitted in the plural or by
what makes a thing happen, and reproaches and sighs shaped like questions.
Pairs are written fresh for these tests (not taken from the corpus)."""

from __future__ import annotations

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked


@pytest.fixture(scope="module")
def asks():
    """The texts of the asks RC201 reads in a customer message."""
    pipeline = Pipeline()
    lexicon = default_lexicon()

    def run(text: str) -> list[str]:
        return [a.text for a in find_asked(pipeline(text), lexicon)]

    return run


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            "The app logged me out three times today. Why does this keep happening?",
            "We've had problems with our login servers this week, and a fix went live "
            "this morning.",
        ),
        (
            "My water bill is estimated again. Why don't you use my readings?",
            "Estimated bills happen when a reading reaches us after the billing date; "
            "I've rebilled you on the one you sent on the 8th.",
        ),
        (
            "Two charges for one lesson. Why did this happen?",
            "Why it happened: your card was declined on the first try and the booking "
            "system took the payment again when you retried.",
        ),
    ],
)
def test_a_why_is_answered_by_a_cause_in_other_words(unanswered, message, reply):
    assert unanswered(message, reply) == []


def test_a_cause_given_does_not_answer_the_request_beside_it(unanswered):
    message = "My parcel came a week late. Why did that happen? Can you waive the delivery fee?"
    reply = "We've had problems with the sorting machines at our hub this week."
    assert unanswered(message, reply) == ["Can you waive the delivery fee?"]


@pytest.mark.parametrize(
    "reproach",
    [
        "How could you allow this?",
        "How did you let this happen?",
        "Do people not read their post any more?",
        "Why do they make these forms so confusing?",
        "Why is your website so complicated?",
    ],
)
def test_reproaches_and_sighs_shaped_as_questions_are_not_asks(asks, reproach):
    assert asks(f"The card was used abroad. {reproach} Please freeze my account.") == [
        "Please freeze my account."
    ]


def test_a_why_about_a_figure_still_asks(asks):
    assert asks("Why is my bill so high this month?") == ["Why is my bill so high this month?"]
