""" "free" said of a slot or of one of us being open ("two slots free", "we're
free on the 12th") is no price: it does not answer what something costs,
while "free" said as the price still does."""

from __future__ import annotations

import pytest

ASK = "Could he have a couple of extra lessons, and what would they cost?"


@pytest.mark.parametrize(
    "reply",
    [
        "Steve has two slots free next week, on Tuesday at 4pm and Thursday at 5pm.",
        "We've got a pitch free that weekend, number 22 by the river.",
        "We're free on Saturday 12th from 9am, so I've pencilled you in.",
        "There are still three places free on the Wednesday course.",
    ],
)
def test_open_free_is_no_price(unanswered, reply: str) -> None:
    flagged = unanswered(ASK, reply)
    assert any("cost" in text for text in flagged), flagged


@pytest.mark.parametrize(
    "reply",
    [
        "Extra lessons are free for pupils with a test booked, and Steve has Tuesday at 4pm.",
        "Both lessons are free of charge, as part of your test package.",
        "Steve can do Tuesday at 4pm, and they cost £38 each.",
    ],
)
def test_free_as_the_price_still_answers(unanswered, reply: str) -> None:
    flagged = unanswered(ASK, reply)
    assert not any("cost" in text for text in flagged), flagged
