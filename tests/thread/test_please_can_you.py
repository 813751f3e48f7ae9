"""RC201: "Please can you send me ..." is a request to be sent something, as
"Could you send me ..." is; and "I can confirm this has been paid" reports a
state, it sends nothing (round 41, thread-fresh46)."""

from __future__ import annotations

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked


@pytest.fixture(scope="module")
def predicate():
    pipeline = Pipeline()
    lexicon = default_lexicon()
    return lambda text: find_asked(pipeline(text), lexicon)[0].predicate


@pytest.mark.parametrize(
    ("request_", "bare"),
    [
        ("Please can you send me the receipt.", "Could you send me the receipt?"),
        ("Please would you cancel my order.", "Would you cancel my order?"),
        ("Please could you email me the invoice again.", "Could you email me the invoice again?"),
    ],
)
def test_a_modal_after_please_reads_as_without_it(predicate, request_, bare):
    assert predicate(request_)
    assert predicate(request_) == predicate(bare)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Please can you send me an itemised receipt for the root canal on 3 March?",
            "Your treatment on 3 March came to £240, and I can confirm this has been paid "
            "in full by card.",
        ),
        (
            "Please can you send me a copy of my tenancy agreement.",
            "I can confirm your tenancy agreement runs until 31 August.",
        ),
    ],
)
def test_a_report_of_the_state_does_not_send_the_thing(unanswered, question, reply):
    assert unanswered(question, reply)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Please can you send me an itemised receipt for the root canal on 3 March?",
            "I've attached an itemised receipt for your root canal on 3 March.",
        ),
        (
            "Please can you send me a copy of my tenancy agreement.",
            "I can confirm I've emailed a copy of your tenancy agreement to you this morning.",
        ),
        (
            "Please can you send me the receipt.",
            "Of course, I'll email the receipt over to you this afternoon.",
        ),
        (
            "Please could you cancel my order.",
            "I've cancelled your order and the £40 will be back on your card within 3 days.",
        ),
    ],
)
def test_a_thing_sent_or_a_request_done_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []
