"""Deadlines with a loss (RC123) and expectations of the customer's task
(RC125): a deadline the customer must meet, tied to what they lose, is an
ultimatum; a deadline on our side or on a product is information."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

DEMANDING = ("demanding",)


@pytest.mark.parametrize(
    "text",
    [
        "Confirm the booking by Friday or the table will be released.",
        "You have until 5 May to reply, failing which the claim will be closed.",
        "Pay before the 14th or the service will be suspended.",
        "You have until the end of the week to collect it, after which it will be resold.",
        "I expect it to be returned in its original box.",
        # "can lead to" with an edge is a threat again
        "Further reports can lead to your account being closed without further notice.",
    ],
)
def test_deadlines_with_a_loss_are_flagged(flagged: Flagged, text: str) -> None:
    assert flagged(DEMANDING, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Order by 2pm or it will arrive the day after.",
        "Reply by Friday or call us, whichever is easier.",
        "The offer runs until Sunday, after which prices go back to normal.",
        "Your plan runs until May, after which it will renew automatically.",
        "Tickets booked by Friday get 10% off, or you can pay on the door.",
        "Delivered by the courier or collected from the depot, the parcel is insured.",
        "We expect your order to be sent on Monday.",
        "You have 30 days to change your mind, so there's no rush to decide.",
        # what the terms allow, told with "can lead to": a possibility, not our act
        "Further reports can lead to a longer suspension.",
        "Failing to tell us can lead to a penalty of £70.",
    ],
)
def test_information_about_dates_is_not(flagged: Flagged, text: str) -> None:
    assert flagged(DEMANDING, text) == []


@pytest.mark.parametrize(
    "text",
    [
        'You wrote: "Send it by Friday. Or we close the job. Thanks." We will look.',
        'You wrote: "Hello. Cancellations with less notice are charged at £25, because we '
        'usually cannot fill the slot. Thanks." We will look.',
    ],
)
def test_a_sentence_all_in_quotation_marks_is_read_without_error(text: str) -> None:
    # the tone checks read a sentence's words outside quotation marks; a
    # sentence wholly quoted has none, and the deadline-or-else (RC123) and
    # policy-sanction tests indexed the first of them (IndexError before)
    from replycheck import Checker

    assert Checker().check(text).findings == ()
