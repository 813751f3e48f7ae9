"""RC201: a when-question set on a day the customer names ("when will the
fitter be here on Friday?") is not answered by a sentence that tells the same
day again with no time within it ("Your fitter is booked in for Friday and
the job should take around 2 hours") (round 47, asks36d). A clock time, a
window, another day or a choice between days asked still go to the routes."""

from __future__ import annotations

import pytest

import replycheck


def _unanswered(draft: str, original: str) -> list[str]:
    report = replycheck.check(draft, original=original)
    return [f.text for f in report.findings if f.code == "RC201"]


def _draft(body: str) -> str:
    return f"Hi Sam,\n\n{body}\n\nBest,\nJo"


@pytest.mark.parametrize(
    ("original", "body", "left"),
    [
        (
            "Hi,\n\nwhen will the fitter be here on Friday?\n\nThanks",
            "Your fitter is booked in for Friday and the job should take around 2 hours.",
            "fitter be here on Friday",
        ),
        (
            "Hi,\n\nWhen will the engineer arrive on Tuesday?\n\nThanks",
            "The engineer is booked for Tuesday and will bring the new part with him.",
            "engineer arrive on Tuesday",
        ),
    ],
)
def test_the_day_told_again_leaves_the_time_open(original, body, left):
    assert any(left in text for text in _unanswered(_draft(body), original))


@pytest.mark.parametrize(
    ("original", "body"),
    [
        (
            "Hi,\n\nWhen will the engineer arrive on Tuesday?\n\nThanks",
            "He'll be with you between 8am and 12pm on Tuesday.",
        ),
        (
            "Hi,\n\nWhen will the engineer arrive on Tuesday?\n\nThanks",
            "We've had to move him to Wednesday, between 1pm and 5pm.",
        ),
        (
            "Hi,\n\nWhat time will your team arrive on the Friday to put it up?\n\nThanks",
            "The crew will be on site at 8am on the Friday to start putting it up.",
        ),
        (
            "Hi,\n\nWhen can you come, Friday or Saturday?\n\nThanks",
            "Saturday works for us, so we'll see you then.",
        ),
    ],
)
def test_a_time_in_the_day_or_another_day_answers(original, body):
    assert _unanswered(_draft(body), original) == []
