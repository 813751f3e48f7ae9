"""RC201 asks: a hedge on how exact the answer need be, before the cue.

"Roughly how much would it cost, and do you collect?" asks the cost as
"How much would it cost" would: "roughly", "approximately", "approx" or
"about" before a question of quantity or time ("how much", "how long",
"when") says how exact the answer may be, and is read past like a connector
(the ask is read from the cue on, ``asked._HEDGE``). A statement behind the
same words ("Roughly a week ago it broke", "Approximately half of them
arrived") still asks nothing, nor does a hedge before anything but such a
question.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "One drawer is split. Roughly how much would it cost, and do you collect?",
            ["how much would it cost", "do you collect?"],
        ),
        (
            "The blind arrived bent. Approximately how long will a new one take, "
            "and can you collect the old one?",
            ["how long will a new one take", "can you collect the old one?"],
        ),
        (
            "We have six chairs to recane. Roughly when could you fit them in?",
            ["when could you fit them in?"],
        ),
    ],
)
def test_a_hedged_question_is_read(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "Roughly a week ago the handle broke. Can you send a new one?",
            ["Can you send a new one?"],
        ),
        (
            "Approximately half of the plates arrived chipped. About what you'd expect "
            "from a courier. Where is my refund?",
            ["Where is my refund?"],
        ),
    ],
)
def test_a_hedged_statement_asks_nothing(asked, message, asks):
    assert asked(message) == asks
