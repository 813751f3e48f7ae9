"""RC201 on a customer message quoted below the draft and hard-wrapped by the
mail client ("> " lines of about 70 characters): a sentence that runs across a
wrap is read whole, as it is when the customer's message is passed on its own.
Written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

import replycheck
from replycheck.config import Config

QUOTE = (
    "\n\nOn Wed, 2 Dec 2026 at 09:14, Sam Hill <sam@example.com> wrote:\n"
    "> My boiler has been losing pressure every couple of days since the service\n"
    "> last month and I keep having to top it up from the filling loop myself. When\n"
    "> will your engineer be able to come back to look at it again?\n"
)
TOP = "Hi Sam,\n\nThanks for letting us know about the pressure.\n\n{}\n\nBest,\nAlex"


@pytest.fixture(scope="module")
def check():
    return replycheck.Checker(Config(select=("RC201",))).check


def test_a_question_wrapped_in_the_quote_is_read_from_its_question_word(check):
    draft = TOP.format("I have passed your notes to the engineer who did the service.") + QUOTE
    report = check(draft)
    (ask,) = [item for item in report.asked if item.answered is False]
    assert ask.where == "quoted"
    assert " ".join(draft[ask.start : ask.end].replace(">", " ").split()) == (
        "When will your engineer be able to come back to look at it again?"
    )
    assert [f.code for f in report.findings] == ["RC201"]


def test_a_wrapped_question_the_draft_answers_is_not_reported(check):
    draft = TOP.format("Our engineer can come back to look at it on Friday morning.")
    report = check(draft + QUOTE)
    assert [f.code for f in report.findings] == []


def test_a_yes_is_no_answer_to_a_when_split_by_the_wrap(check):
    # read from "will" on, the question would be a yes-no one that "Yes" answers
    draft = TOP.format("Yes, our engineer will be able to come back to look at it again.")
    report = check(draft + QUOTE)
    assert [f.code for f in report.findings] == ["RC201"]
