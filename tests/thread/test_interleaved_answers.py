"""Interleaved replies (replycheck.thread.interleaved): the customer's
message quoted in pieces, the agent's answer under each. The paragraph under
a quoted ask answers it when it offers the kind of answer asked for; a quoted
ask with nothing under it is not answered by what is written under the next
one. Written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

import replycheck
from replycheck.config import Config


@pytest.fixture(scope="module")
def check():
    return replycheck.Checker(Config(select=("RC201",))).check


def _flagged(check, draft: str) -> list[str]:
    report = check(draft)
    return [draft[f.start : f.end] for f in report.findings if f.code == "RC201"]


def _draft(*pieces: str) -> str:
    return "Hi Noor,\n\nAnswers under each question.\n\n" + "\n\n".join(pieces) + "\n\nBest,\nIvo"


def test_the_paragraph_under_a_request_answers_it(check):
    draft = _draft(
        "> Could you switch my window cleaning from fortnightly to monthly?",
        "All sorted. From March we'll come on the first Tuesday of each month.",
        "> Do you clean conservatory roofs?",
        "Yes, with a water-fed pole, for £40 extra.",
    )
    assert _flagged(check, draft) == []


def test_a_time_under_a_when_answers_it_in_other_words(check):
    # the paragraph right under "What time ...?" opens with a time said of
    # this trip, though it names neither the coach nor York
    draft = _draft(
        "> Is lunch included on the day trip to Whitby?",
        "Lunch isn't included, but there is a long stop near the harbour.",
        "> What time does the coach get back to York?",
        "We're due back at the Memorial Gardens stop at about 6:30pm.",
    )
    assert _flagged(check, draft) == []


def test_a_who_under_it_is_answered_by_the_agent_taking_it_on(check):
    draft = _draft(
        "> Who will hang the curtains once they're made?",
        "I'll fit them myself when I bring them round, rails included.",
        "> Can the lining be blackout?",
        "Yes, blackout lining is £18 a metre.",
    )
    assert _flagged(check, draft) == []


@pytest.mark.parametrize(
    ("pieces", "left"),
    [
        # a quoted ask with nothing under it: the answer under the next one is not its
        (
            (
                "> Could you switch my window cleaning from fortnightly to monthly?",
                "All sorted. From March we'll come on the first Tuesday of each month.",
                "> Do you clean conservatory roofs?",
                "> And do you clean gutters as well?",
                "Yes, gutter clearing is £55 for a semi.",
            ),
            "Do you clean conservatory roofs?",
        ),
        # a promise to find out, right under the ask, answers nothing
        (
            (
                "> Is the parking at the venue free?",
                "Yes, there are 60 free spaces behind the hall.",
                "> Can we bring our own caterer?",
                "I'll check with the venue manager and let you know.",
            ),
            "Can we bring our own caterer?",
        ),
        # a time of another act under a when is no answer to it
        (
            (
                "> When will the valuer come to see the flat?",
                "Our office is open from 9am to 6pm on weekdays.",
                "> Do you charge for the valuation?",
                "No, valuations are free.",
            ),
            "When will the valuer come to see the flat?",
        ),
        # a how long takes a length: the hours a team works are no answer
        (
            (
                "> How long does a transfer from my old workplace scheme usually take?",
                "You can start a transfer any weekday; our pensions team is available 9am to 5pm.",
                "> Is there a fee for transferring in?",
                "No, we don't charge anything to transfer in.",
            ),
            "How long does a transfer from my old workplace scheme usually take?",
        ),
    ],
)
def test_an_ask_with_no_answer_under_it_stays_unanswered(check, pieces, left):
    assert _flagged(check, _draft(*pieces)) == [left]


def test_a_draft_quoted_whole_below_is_not_read_as_interleaved(check):
    draft = (
        "Hi Noor,\n\nYes, we clean conservatory roofs and gutters too.\n\nBest,\nIvo\n\n"
        "> Do you clean conservatory roofs?\n>\n> And do you clean gutters as well?\n"
    )
    assert _flagged(check, draft) == []
