""" "And yes, ..." answers the next ask as "Yes, ..." does (replycheck.thread.answers):
a reply taking several asks in turn joins the second answer on with "And" or
"So", and the bare yes or no after it still opens the answer. A sentence
opened by "And" with no answer after it answers nothing new.
Written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

POOL = (
    "When does the pool reopen after the refurb, and will my membership be "
    "extended for the weeks it was shut?"
)


@pytest.mark.parametrize(
    "answer",
    [
        "And yes: every member gets four weeks added to the end of their membership.",
        "And yes, every member gets four weeks added to the end of their membership.",
        "So yes, every member gets four weeks added to the end of their membership.",
    ],
)
def test_a_joined_yes_answers_the_next_ask(unanswered, answer):
    reply = f"The pool opens again on Monday 3 June at 6.30am.\n\n{answer}"
    assert unanswered(POOL, reply) == []


@pytest.mark.parametrize(
    "answer",
    ["And the cafe is open again too.", "So the gym is open as usual."],
)
def test_a_joined_sentence_with_no_answer_answers_nothing(unanswered, answer):
    reply = f"The pool opens again on Monday 3 June at 6.30am.\n\n{answer}"
    assert unanswered(POOL, reply) == ["will my membership be extended for the weeks it was shut?"]
