"""RC201 asks: a lead-in of time before the cue.

"This time please send the invoice to our accountant" or "From now on could
you leave it with a neighbour" is a request as it would be alone: the
lead-in ("this time", "next time", "from now on", "in future", "going
forward", "in the meantime") says when it holds, and is read past like a
connector. A statement behind the same words ("This time it arrived
broken", "In the meantime I've had to borrow one") still asks nothing.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "Please send 12 tins as usual. This time please send the invoice to our accountant.",
            ["Please send 12 tins as usual.", "please send the invoice to our accountant."],
        ),
        (
            "The parcel was left in the rain. From now on could you leave it with a neighbour. "
            "Also where is my refund?",
            ["could you leave it with a neighbour.", "where is my refund?"],
        ),
        (
            "Last year the cradle marked the hull, so this year we'd want the pads checked "
            "first. Let me know if the lift price has changed.",
            ["we'd want the pads checked first.", "Let me know if the lift price has changed."],
        ),
    ],
)
def test_an_ask_behind_a_lead_in_of_time_is_read(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "This time it arrived broken. Next time it will be fine, I hope. Where is it?",
            ["Where is it?"],
        ),
        (
            "Three weeks ago I ordered a lamp. In the meantime I've had to borrow one. "
            "When will it come?",
            ["When will it come?"],
        ),
        (
            "Next year we're going to Spain instead. Can I cancel the cottage?",
            ["Can I cancel the cottage?"],
        ),
        (
            "From now on I will shop elsewhere. Can you refund the last order?",
            ["Can you refund the last order?"],
        ),
    ],
)
def test_a_statement_behind_the_same_words_asks_nothing(asked, message, asks):
    assert asked(message) == asks
