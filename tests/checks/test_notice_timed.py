"""A charge or refusal told by the notice the customer gave, or how long ago
they joined, is the term applied, not blame (issue 2): "because you cancelled
with less than 24 hours' notice" dates the act by the terms' own count. The
act told as the fault, or a loose "weeks ago" in a reproach, is still flagged."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from replycheck.checks.hours import timed_by_the_terms

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

BLAME = ("blame",)

#: The term applied to a counted notice or age: not flagged.
TIMED = (
    "I had to charge the full fee because you cancelled with less than 24 hours' notice.",
    "You were charged for the visit because you cancelled with less than 24 hours' notice.",
    "Because you joined 21 days ago, I'm not able to refund the £399.",
)
#: The act told as the fault: still flagged.
FAULT = (
    "The account was closed because you ignored three reminders.",
    "If you'd read the reminder, you would have booked weeks ago.",
    "The parcel was returned because you didn't collect it within 14 days.",
)


@pytest.mark.parametrize("text", TIMED + FAULT)
def test_a_counted_notice_is_no_blame(flagged: Flagged, text: str) -> None:
    assert bool(flagged(BLAME, text)) == (text in FAULT)


def test_the_unit_needs_its_number() -> None:
    assert timed_by_the_terms(["because", "you", "cancelled", "with", "48", "hours", "'", "notice"])
    assert not timed_by_the_terms(["you", "would", "have", "booked", "weeks", "ago"])
    assert not timed_by_the_terms(["because", "you", "ignored", "three", "reminders"])
