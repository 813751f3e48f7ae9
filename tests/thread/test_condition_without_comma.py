"""RC201 asks: a condition on the case with no comma before its ask.

"If it's lost, can I have a refund instead?" has always been read: the comma
cuts the condition off and the ask after it stands as a request of its own.
Customers often leave the comma out ("If it's lost can I have a refund
instead of a replacement.", "If it was based on an estimate I want it
reissued"); the sentence is cut where the ask opens, as the comma would, so
both spellings read alike. A sentence whose main clause asks nothing ("If I
had known I would have gone elsewhere", "If you think I want to pay this
you are wrong") stays unread.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "Can you check where it is? If it's lost can I have a refund instead of a replacement.",
            ["Can you check where it is?", "can I have a refund instead of a replacement."],
        ),
        (
            "I would like you to explain why the bill is so high. "
            "If it was based on an estimate I want it reissued with the real readings.",
            [
                "I would like you to explain why the bill is so high.",
                "I want it reissued with the real readings.",
            ],
        ),
        (
            "Is my order on its way? If it's damaged please could I have a new one.",
            ["Is my order on its way?", "please could I have a new one."],
        ),
    ],
)
def test_the_ask_after_a_condition_with_no_comma_is_read(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("with_comma", "without"),
    [
        (
            "Where is my parcel? If it's lost, can I have a refund instead.",
            "Where is my parcel? If it's lost can I have a refund instead.",
        ),
        (
            "Why is the bill so high? If it was estimated, I want it reissued.",
            "Why is the bill so high? If it was estimated I want it reissued.",
        ),
    ],
)
def test_the_comma_makes_no_difference(asked, with_comma, without):
    assert asked(with_comma) == asked(without)


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "If I had known I would have gone elsewhere. Where is my refund?",
            ["Where is my refund?"],
        ),
        (
            "If you think I want to pay this you are wrong. Where is my refund?",
            ["Where is my refund?"],
        ),
        (
            "If it rains we will be inside. Is the marquee heated?",
            ["Is the marquee heated?"],
        ),
    ],
)
def test_a_condition_whose_clause_asks_nothing_stays_unread(asked, message, asks):
    assert asked(message) == asks
