"""What RC201's guards set aside (``answer_for(..., aside=...)``) and the
second opinion's wider view built on it (``features``: every sentence the
routes read, with the guard that set it aside). A guarded sentence's topic
and figures reach the model only with the guard's verdict, so the model does
not take them for an answer. Pairs are written fresh for these tests."""

from __future__ import annotations

import pytest

from replycheck.thread import addressed
from replycheck.thread.answered import GUARDS, answer_for
from replycheck.thread.features import FEATURE_NAMES

WIDER = [name for name in FEATURE_NAMES if name.startswith(("any ", "top ", "set aside"))]

#: An ask, a reply whose one sentence a guard sets aside, and the guard.
GUARDED = [
    (
        "Has my refund for order 7731 been processed?",
        "Refunds are processed within 5 to 7 working days of us receiving the return.",
        "policy",
    ),
    (
        "When will I get my scan results?",
        "Your scan on 29 October was carried out on our new scanner.",
        "past event",
    ),
    (
        "Will the concert start on time?",
        "The concert has been very popular and the doors open at 7pm.",
        "subject only",
    ),
    (
        "What's the weight limit for hand luggage?",
        "Hand luggage must fit in the overhead locker.",
        "focus",
    ),
]


@pytest.fixture(scope="module")
def read(weigh):
    return weigh


@pytest.mark.parametrize(("question", "reply", "guard"), GUARDED)
def test_a_guarded_sentence_reaches_the_model_with_its_guard(read, question, reply, guard):
    _ask, statements, _asks, found, weighed, aside, features = read(question, reply)
    assert found is None and weighed == []
    assert [(a.statement, a.guard) for a in aside] == [(statements[0], guard)]
    # the narrow view sees nothing of it; the wider view sees its topic, and
    # which guard set it aside
    assert features["best share"] == 0.0
    assert features["any best share"] > 0.0
    assert features[f"top set aside: {guard}"] == 1.0
    assert features[f"set aside sharing topic: {guard}"] == 1.0
    assert features["top weighed"] == 0.0
    others = [g for g in GUARDS if g != guard]
    assert all(features[f"top set aside: {g}"] == 0.0 for g in others)


@pytest.mark.parametrize(("question", "reply", "guard"), GUARDED)
def test_a_guarded_sentence_is_still_flagged_with_the_shipped_model(
    unanswered, question, reply, guard
):
    # the model sees the guarded sentence's topic and figures, with the
    # verdict: it must not take them for an answer
    assert unanswered(question, reply) == [question]


def test_a_weighed_sentence_that_leaves_out_the_complement_says_so(read):
    _ask, _statements, _asks, found, weighed, aside, features = read(
        "Can I pay the deposit in instalments?", "The deposit is £120 and is due by 14 February."
    )
    assert found is None and aside == [] and len(weighed) == 1
    assert features["top weighed"] == 1.0 and features["top unsaid"] == 1.0
    assert all(features[f"top set aside: {g}"] == 0.0 for g in GUARDS)


def test_a_route_that_reads_no_sentence_one_by_one_gives_no_wider_view(read, unanswered):
    # the message's only "what happened?" is settled by any explanation, so
    # the routes never weigh the policy sentence: the wider view must not
    # show its topic to the model either
    question = "My parcel never arrived. What happened?"
    reply = "Parcels are normally delivered within three working days."
    *_, weighed, aside, features = read(question, reply)
    assert weighed == [] and aside == []
    assert all(features[name] == 0.0 for name in WIDER)
    assert unanswered(question, reply) == ["What happened?"]


def test_an_acknowledgement_is_set_aside_as_no_answer(read):
    *_, aside, features = read(
        "Can I get a refund for order 5521?", "We have received your question about refunds."
    )
    assert [a.guard for a in aside] == ["no answer"]
    assert features["acknowledgement only"] == 1.0


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        *((q, r) for q, r, _ in GUARDED),
        ("Has my refund for order 7731 been processed?", "Your refund was processed on 3 March."),
        ("When will my parcel arrive?", "Your parcel is due on Thursday."),
        ("Can I pay the deposit in instalments?", "Yes, you can pay it in three instalments."),
    ],
)
def test_recording_what_was_set_aside_changes_no_decision(read, question, reply):
    ask, statements, asks, found, *_ = read(question, reply)
    assert answer_for(ask, statements, asks) == found
    assert addressed(ask, statements, asks, [], []) == addressed(ask, statements, asks)
