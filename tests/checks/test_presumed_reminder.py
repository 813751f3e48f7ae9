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
    # the sentences searched are those holding "have" and a presumed word, in a
    # draft with "will" or "'ll" in its text (a capital "YOU\u2019LL" is one token)
    "YOU\u2019LL HAVE READ THE NOTICE ON THE GATE.",
    "Thanks for writing. You\u2019ll have seen the sign at the entrance.",
    "Hello,\n\nyou will    have\nreceived a letter from us in May.",
    "As you will have read, the pool closes at 8.",
)
#: A promise, a help, or owned as our mistake: not flagged.
PLAIN = (
    "By Friday you will have received the refund on your card.",
    "Once the payment clears, you'll have received two emails from us.",
    "You will have received a confirmation email, and I've attached it again here.",
    "You will have received two invoices by mistake, and I'm sorry.",
    "We will have received your form by then.",
    # "have", a presumed word and "will", but no presumptive perfect of "you"
    "We have received your return and will refund it on Friday.",
    "I have read your email and will reply in full tomorrow.",
    "You will see the refund soon. We have received the parcel.",
    "You have received a reminder from us, and the fee is due.",
)


@pytest.mark.parametrize("text", PRESUMED + PLAIN)
def test_the_presumptive_perfect_reminds(flagged: Flagged, text: str) -> None:
    assert bool(flagged(RC154, text)) == (text in PRESUMED)
