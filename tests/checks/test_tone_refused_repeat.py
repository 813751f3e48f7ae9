"""A repeat of our explanation refused by the agent ("I am not going to repeat
them", "I will not be repeating their explanation") tells the customer they
were answered and should have listened (replycheck/checks/hostile.py,
``_refused_repeat``); a repeat of a mistake or a charge, or one that is the
customer's, passes. Round 48 (tone48d)."""

from __future__ import annotations

import pytest

from replycheck.checks.hostile import _refused_repeat


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("i am not going to repeat them", 6),
        ("i will not be repeating their explanation", 6),
        ("we wo n't be repeating our answer", 6),
        ("i wo n't repeat it", 4),
    ],
)
def test_refused_repeat(text, end):
    words = text.split()
    verb = next(j for j, w in enumerate(words) if w.startswith("repeat"))
    assert _refused_repeat(words, verb) == end


@pytest.mark.parametrize(
    "text",
    [
        "we wo n't repeat the mistake",
        "i wo n't repeat the charge next month",
        "we wo n't ask you to repeat your details",
        "you wo n't need to repeat it",
        "i can repeat it on the phone",
        "we will repeat the test on monday",
    ],
)
def test_no_refusal(text):
    words = text.split()
    verb = next(j for j, w in enumerate(words) if w.startswith("repeat"))
    assert _refused_repeat(words, verb) is None
