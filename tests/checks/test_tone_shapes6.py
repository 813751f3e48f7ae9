"""Round-six tone shapes: the customer reminded they were told at the time
(RC154), a lost place as an ultimatum's penalty (RC123), and the customer's own
firms and trades named as the cause (RC138). Each shape has wording it must
catch and near-misses (our own admission, a polite offer, a neutral cause) it
must leave alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

TOLD = ("RC154",)
ULTIMATUM = ("RC123",)
CAUSED = ("RC138",)


@pytest.mark.parametrize(
    "text",
    [
        "You were told at your check-up that the crown wasn't covered.",
        "You'd been warned before the course started that the pool was shut.",
        "Every  member is told\nat induction that lockers are cleared nightly.",
        "It was made clear when you booked.",
    ],
)
def test_told_at_the_time_is_flagged(flagged: Flagged, text: str) -> None:
    assert flagged(TOLD, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "You were told at check-in that your room would be ready by 2pm, and it wasn't; I'm sorry.",
        "You were informed at booking that parking was free, which was wrong.",
        "This was explained in the letter, and I've attached another copy.",
        "You'll be told at check-in which room is yours.",
    ],
)
def test_an_admission_or_a_pointer_is_not_a_reminder(flagged: Flagged, text: str) -> None:
    assert flagged(TOLD, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If you miss Friday's appointment, Rosie goes to the back of the list.",
        "Confirm by noon or the table will be given to someone else.",
        "Bring the overdue items back this week or your card will be suspended.",
    ],
)
def test_a_lost_place_is_a_penalty(flagged: Flagged, text: str) -> None:
    assert flagged(ULTIMATUM, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "If you can't make it, just let us know and we'll offer the slot to another customer.",
        "Your case has been passed to another adviser who will call you today.",
        "If you'd like to join the waiting list, just reply to this email.",
    ],
)
def test_handing_on_without_a_threat_is_not_an_ultimatum(flagged: Flagged, text: str) -> None:
    assert flagged(ULTIMATUM, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The payment failed because your bank blocked it.",
        "The claim was delayed because your GP sent the wrong records.",
        "The boiler failed because the plumber you hired fitted the wrong valve.",
    ],
)
def test_the_customers_own_firm_as_the_cause_is_blame(flagged: Flagged, text: str) -> None:
    assert flagged(CAUSED, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "It looks like the bank declined it, so I've sent a new payment link.",
        "Your bank confirmed the refund, so it should show by Friday.",
        "The payment failed because the card you used has expired, so I've sent a new link.",
    ],
)
def test_a_neutral_cause_is_not_blame(flagged: Flagged, text: str) -> None:
    assert flagged(CAUSED, text) == []
