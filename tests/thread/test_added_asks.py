"""Asks added on to a message ("also", "as well", a closing "too", a P.S.)
that the draft names less than half of are kept from RC201's learned second
opinion (replycheck.checks.unanswered, replycheck.thread.answered.topic_unnamed).
Written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from replycheck.checks.unanswered import _ADDED


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("Could you also send the invoice?", True),
        ("Can you fit the shelf as well?", True),
        ("Can you take the boxes too?", True),
        ("Is he too young for the class?", False),
        ("Can you send the invoice?", False),
    ],
)
def test_added_on_words(text, added):
    assert (_ADDED.search(text) is not None) is added


def test_a_postscript_ask_the_draft_never_names_is_reported(unanswered):
    flagged = unanswered(
        "Can you cut the hedge on Monday?\n\nPS can your team clear the moss off the patio?",
        "Yes, Monday is fine: Dean will cut the hedge in the morning and take the clippings away.",
    )
    assert flagged == ["can your team clear the moss off the patio?"]
