"""Asks inside long, rambling customer emails (replycheck.thread.asked): the
story's clauses, sighs and reproaches are not asks; the asks buried in it are
found whole."""

from __future__ import annotations

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked


def test_a_statements_predicate_after_an_aside_is_no_question(asked):
    text = (
        "We had to close for three days while an engineer found a part, which, as you "
        "can imagine, was a disaster for the takings. Can you check the cover?"
    )
    assert asked(text) == ["Can you check the cover?"]


def test_an_indirect_cue_before_an_aside_opens_the_question_after_it(asked):
    text = "I would like to know, in writing, whether you are paying for the roof."
    assert asked(text) == [text]


def test_the_first_of_two_questions_under_one_mark_is_found(asked):
    assert asked("What documents do I need, and how quickly would the money come?") == [
        "What documents do I need",
        "how quickly would the money come?",
    ]


@pytest.mark.parametrize(
    "sigh",
    [
        "Why does nobody warn you about this when you buy a puppy?",
        "Why is it always the way home that goes wrong?",
        "Is this how you treat loyal customers?",
        "It was serviced in May; surely this would have been spotted then?",
    ],
)
def test_sighs_and_reproaches_shaped_as_questions_are_not_asks(asked, sigh):
    assert asked(f"{sigh} When will the car be ready?") == ["When will the car be ready?"]


def test_asking_only_for_a_reply_is_generic(asked):
    text = "I'd appreciate a quick reply, I've had enough of hold music. Can I claim?"
    assert asked(text) == ["Can I claim?"]
    assert asked("I'd appreciate a refund. Can I claim?") == [
        "I'd appreciate a refund.",
        "Can I claim?",
    ]


def test_a_wish_summing_up_the_complaint_counts_only_alone(asked):
    assert asked("Will you pay for the ceiling? I just want it fixed.") == [
        "Will you pay for the ceiling?"
    ]
    assert asked("The roof leaks again. I just want it fixed.") == ["I just want it fixed."]
    assert asked("Will you pay? I just want a refund.") == [
        "Will you pay?",
        "I just want a refund.",
    ]


@pytest.mark.parametrize("connector", ["And", "But honestly", "So"])
def test_a_wish_after_a_connector_still_counts_only_alone(asked, connector):
    assert asked(f"Will you pay for the ceiling? {connector} I just want it fixed.") == [
        "Will you pay for the ceiling?"
    ]
    assert asked(f"The roof leaks again. {connector} I just want it fixed.") == [
        "I just want it fixed."
    ]


def test_an_indirect_cue_with_an_adverb_inside_still_asks(asked):
    text = "I also wonder whether we'll be compensated for the electricity."
    assert asked(f"The inverter broke. {text}") == [text]


def test_a_cue_verb_before_a_wh_clause_is_background(unanswered):
    # "explain" frames the question; what the extra is for is what it asks
    question = (
        "The invoice is 420 pounds over the quote. Can you explain what the extra 420 is for?"
    )
    reply = "The extra £420 on the final invoice is for the rotten joists under the floor."
    assert unanswered(question, reply) == []


def test_asking_for_the_explanation_itself_keeps_the_cue_verb():
    pipeline, lexicon = Pipeline(), default_lexicon()
    (itself,) = find_asked(pipeline("Can you explain the charge?"), lexicon)
    (framed,) = find_asked(pipeline("Can you explain what the charge is for?"), lexicon)
    assert itself.topic["explain"] == 1.0
    assert framed.topic["explain"] < 1.0


def test_asking_for_an_explanation_asks_why():
    pipeline, lexicon = Pipeline(), default_lexicon()
    (ask,) = find_asked(pipeline("I want an explanation for the increase."), lexicon)
    assert (ask.kind, ask.expects) == ("request", "reason")
