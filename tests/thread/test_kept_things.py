"""Keeping a thing is part of what is asked ("Can I keep the router if I
cancel?"): "keep" is a spaCy stop word, so without the ``retain`` concept the
ask read as {cancel} alone and a sentence on cancelling answered it. Only
"keep" with a noun object counts: "keeps crashing" goes on, "keep them off"
leaves them off."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked


@pytest.fixture(scope="module")
def topics() -> Callable[[str], list[dict[str, float]]]:
    pipeline = Pipeline()
    lexicon = default_lexicon()
    return lambda text: [ask.topic for ask in find_asked(pipeline(text), lexicon)]


@pytest.mark.parametrize(
    "message",
    [
        "Can I keep the router if I cancel?",
        "Will I keep my number when I switch?",
        "If we cancel, do we keep the deposit?",
        "Can we retain our current data?",
    ],
)
def test_keeping_a_thing_is_in_the_topic(topics, message: str) -> None:
    (topic,) = topics(message)
    assert "retain" in topic


@pytest.mark.parametrize(
    "message",
    [
        "Why does the app keep crashing?",
        "Is it safe to keep driving?",
        "Can you keep them off the board?",
        "How long can we keep it up for the quoted price?",
    ],
)
def test_keep_as_going_on_or_a_particle_verb_is_not(topics, message: str) -> None:
    for topic in topics(message):
        assert "retain" not in topic


@pytest.mark.parametrize(
    "question",
    [
        "Can I keep the router if I cancel, or do I have to send it back?",
        "Can I keep the router if I cancel?",
    ],
)
def test_cancelling_alone_does_not_answer_keeping(unanswered, question: str) -> None:
    reply = "I've cancelled your broadband from today and there's no exit fee."
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    "reply",
    [
        "I've cancelled your broadband from today. You can keep the router; "
        "there's no need to send it back.",
        "Yes, the router is yours to keep once the broadband is cancelled.",
    ],
)
def test_keeping_answered_is_answered(unanswered, reply: str) -> None:
    assert unanswered("Can I keep the router if I cancel?", reply) == []


def test_staying_where_it_is_answers_keeping(unanswered) -> None:
    question = "If we upgrade, would we keep our current data?"
    reply = (
        "Everything in your workspace stays exactly where it is: changing the "
        "billing cycle doesn't touch your projects or files."
    )
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Would we keep our current data if we upgrade?",
            "The upgrade takes effect from your next renewal on 3 June.",
        ),
        ("Can I keep my number if I switch?", "Your price stays where it is until June."),
    ],
)
def test_another_thing_staying_does_not(unanswered, question: str, reply: str) -> None:
    assert unanswered(question, reply) == [question]
