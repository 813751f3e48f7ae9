"""A visit or a slot asked for ("When can you fit my car in?", "Can somebody
come?") is answered by a slot offered or booked with a day or time ("The
earliest we can do is Monday at 8:30am", "An engineer will visit on
Thursday"). A time said of something else, a visit with no time, a visit
turned down, a visit that only times another act asked ("take away the old
bath when he comes"), or an ask naming its own day, is left to the other
routes. Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked, read_draft
from replycheck.thread.slot_offers import slot_offered


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "When can you fit my van in for a service?",
            "The earliest we can do is Tuesday at 9am, and it takes about two hours.",
        ),
        (
            "The boiler has stopped working. Can somebody come out?",
            "An engineer will visit on Friday between 8am and 12pm.",
        ),
        (
            "When is the soonest you could come?",
            "I can book you in for Wednesday 11th or Thursday 12th, whichever suits.",
        ),
        (
            "How long till you can come look at our gutters?",
            "We have a crew nearby on Monday morning, so expect them between 8 and 10.",
        ),
    ],
)
def test_a_slot_offered_answers_a_visit_asked(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.fixture(scope="module")
def offered():
    pipeline = Pipeline()
    lexicon = default_lexicon()

    def run(question: str, reply: str) -> bool:
        asks = find_asked(pipeline(question), lexicon)
        statements = read_draft(pipeline(reply), lexicon)
        return slot_offered(asks[0], statements, reply)

    return run


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # a time said of something else
        ("When can you come out to fix the boiler?", "Your refund will reach your card by Friday."),
        # a visit with no day or time
        ("When can you come out to fix the boiler?", "We'll send someone as soon as we can."),
        # a visit turned down
        ("When can you come out to fix the boiler?", "We can't come out on Friday, I'm afraid."),
        # the visit only times another act asked
        (
            "Can your fitter take away the old sink when he comes?",
            "Our fitter will be with you on Tuesday at 10am.",
        ),
        # the ask names its own day
        ("Could your engineer come on Thursday instead?", "Our engineer can come Monday at 9am."),
    ],
)
def test_no_slot_offered(offered, question, reply):
    assert not offered(question, reply)


def test_the_slot_route_reads_the_offer(offered):
    assert offered(
        "When can you fit my van in for a service?",
        "The earliest we can do is Tuesday at 9am.",
    )
