"""The presumptive perfect reminds the customer they were told (RC154): "You
will have received a reminder notice dated 3 March", "the booking page, which
you'll have read". A time ahead makes it a promise ("By Friday you will have
received the refund"), and sending it again makes it help: not flagged."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

RC154 = ("RC154",)

#: A reminder of what they surely had or read: flagged.
PRESUMED = (
    "You will have received a reminder notice dated 3 March.",
    "The check-in time is on the confirmation, which you'll have read before booking.",
    "You will no doubt have seen the sign at the entrance.",
)
#: A promise, a help, or owned as our mistake: not flagged.
PLAIN = (
    "By Friday you will have received the refund on your card.",
    "Once the payment clears, you'll have received two emails from us.",
    "You will have received a confirmation email, and I've attached it again here.",
    "You will have received two invoices by mistake, and I'm sorry.",
    "We will have received your form by then.",
)


@pytest.mark.parametrize("text", PRESUMED + PLAIN)
def test_the_presumptive_perfect_reminds(flagged: Flagged, text: str) -> None:
    assert bool(flagged(RC154, text)) == (text in PRESUMED)
