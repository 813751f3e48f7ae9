"""RC201: a place asked for by its kind ("Which garage should I take it
to?") is answered by the place named ("Take the car to Kingsway Bodyshop in
Leeds"), which shares no word with the ask (round 42, asks19d); a reply that
names no place, or only the customer's own, leaves it unanswered."""

from __future__ import annotations

import pytest

_CRASH = (
    "Someone reversed into my car while it was parked and drove off. Will this push up"
    " my premium? Do I need to report it to the police? Which garage should I take it to?"
)


def test_the_place_named_answers(unanswered):
    reply = (
        "As the other driver is unknown, it counts as a non-fault claim, so your renewal"
        " won't go up. Please report it to the police on 101 and send us the reference."
        " Take the car to Kingsway Bodyshop in Leeds, our approved repairer near you."
    )
    assert "Which garage should I take it to?" not in unanswered(_CRASH, reply)


@pytest.mark.parametrize(
    "reply",
    [
        "As the other driver is unknown, it counts as a non-fault claim, so your renewal"
        " won't go up. Please report it to the police on 101 and send us the reference.",
        "As the other driver is unknown, it counts as a non-fault claim, so your renewal"
        " won't go up. Please report it to the police on 101. We'll be in touch soon.",
    ],
)
def test_no_place_named_leaves_it_open(unanswered, reply):
    assert "Which garage should I take it to?" in unanswered(_CRASH, reply)
