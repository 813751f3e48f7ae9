"""Questions embedded in a statement's frame (replycheck.thread.asked,
``_EMBEDDED``): an evaluative frame that wants the answer ("It would be good
to know whether ...") or a question passed on from someone else ("He asked me
to ask if ...") asks, with no "?" and mid-message; a narrative frame in the
past ("I asked them whether ...") does not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "frame",
    [
        "It would also be good to know whether we can board first.",
        "Would be handy to know if I can keep my number.",
        "It'd really help to know when the engineer is coming.",
        "It would be great if you could tell me what the fee is.",
        "He also asked me to ask if the foundation year is still open.",
        "My wife wants me to check whether the parking is free.",
    ],
)
def test_a_question_in_a_frame_that_wants_the_answer_is_asked(asked, frame):
    assert asked(f"I'd like a refund. {frame}") == ["I'd like a refund.", frame]


def test_the_frame_opens_a_clause_after_a_cut(asked):
    text = "The delivery was late, and it would be good to know why it happened."
    assert asked(text) == ["it would be good to know why it happened."]


@pytest.mark.parametrize(
    "story",
    [
        "I asked the shop whether they had it in blue and they said no.",
        "They told me what the fee was on the phone.",
        "My wife asked them when it would come in, but nobody knew.",
        "It would be good to have it by Friday.",
    ],
)
def test_a_narrative_or_a_plain_wish_asks_nothing_new(asked, story):
    assert asked(f"{story} Can you order one in?") == ["Can you order one in?"]


@pytest.mark.parametrize(
    "question",
    [
        "can I just go ahead and book one or do I need your surveyor to see it first?",
        "Should we come in and collect it ourselves?",
    ],
)
def test_a_second_verb_of_the_customers_own_act_stays_in_the_question(asked, question):
    text = f"The roof leaks, so {question}"
    assert asked(text) == [question]


def test_a_question_of_its_own_after_and_is_still_cut(asked):
    assert asked("Can I book it online and will you send a reminder?") == [
        "Can I book it online",
        "will you send a reminder?",
    ]


@pytest.mark.parametrize(
    ("plan", "question"),
    [
        ("I also want to get a roofer in before the rain, so", "can I just book one?"),
        ("I want to cancel my current plan with Specs4U,", "do you sort that or me?"),
    ],
)
def test_a_plan_before_a_question_in_its_sentence_is_its_background(asked, plan, question):
    assert asked(f"{plan} {question}") == [question]


def test_a_polite_request_before_a_question_stays_a_request(asked):
    assert asked("I'd like to pay the balance by bank transfer, what are your details?") == [
        "I'd like to pay the balance by bank transfer",
        "what are your details?",
    ]
