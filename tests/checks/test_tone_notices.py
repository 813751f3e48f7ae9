"""Formal notices (RC129) and deadline ultimatums with any consequence (RC123):
a duty with a time limit or a penalty for not complying, laid on the customer,
is demanding; the same words about our own work, a third party's deadline or a
standing rule are information."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

DEMANDING = ("demanding",)


@pytest.mark.parametrize(
    "text",
    [
        "The vehicle is to be removed from the bay by 9am on Monday.",
        "Your signed lease is required within ten days of this letter.",
        "The enclosed declaration must be returned no later than 4 January.",
        "Tenants of flat 4 are hereby required to allow access on Thursday.",
        "Failure to attend the hearing will be taken as withdrawal of the appeal.",
        "Non-payment of the arrears will be treated as a breach of the agreement.",
        "In the absence of a reply, we will treat the matter as closed.",
        "Any belongings left after the checkout date will be disposed of.",
        "Get the deposit over by noon tomorrow or we give the flat to the next viewer.",
        "Confirm the venue this week or I cancel the caterers.",
        "Drop the kit back on Monday or you're paying for another month.",
    ],
)
def test_notices_and_ultimatums_are_flagged(flagged: Flagged, text: str) -> None:
    assert flagged(DEMANDING, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Your replacement boiler is to be fitted by Friday.",
        "The parcel is to be delivered within three working days.",
        "No further documents are required from you.",
        "Your refund must reach you within five days, so tell me if it doesn't.",
        "In the absence of a receipt, a bank statement will be fine.",
        "Any balance remaining after the sale will be refunded to you.",
        "Failure to connect is usually the router, and we'll send a new one.",
        "Non-urgent calls will be answered within a day.",
        "Drop it in by Friday or we can collect it, whichever suits you.",
        "Send the photos by Tuesday or call us if that's easier.",
        "Book by Sunday or the early-bird price ends.",
        "Reply today or tomorrow and we'll get you booked in.",
        "Please note that all appeals must be lodged within 28 days of the decision letter.",
        "Your return must reach HMRC by 31 January.",
    ],
)
def test_information_and_offers_are_not_flagged(flagged: Flagged, text: str) -> None:
    assert flagged(DEMANDING, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Have the paperwork signed within 48 hours.",
        "Be here at the gate by 6:30 sharp tomorrow.",
        "No deposit, no keys!",
        "No helmet, you're off the course.",
        "Withdraw the chargeback first and then I'll consider the refund.",
        "I'm not telling you again: the gate code is private.",
    ],
)
def test_orders_slogans_and_held_back_help_are_flagged(flagged: Flagged, text: str) -> None:
    assert flagged(DEMANDING, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Get well soon, and see you on Friday.",
        "No fees, no fuss.",
        "No ticket? No worries, we'll email another.",
        "No receipt, you can still swap it for store credit.",
        "Try the reset first, then I'll call you at 3 to check.",
        "We'll refund you first, then we can talk about the replacement.",
        "We won't ask you for your ID again.",
        "Send it back by Friday and he's good to go.",
        "The reminder and final notice were sent to your old address.",
    ],
)
def test_kind_near_misses_are_not_flagged(flagged: Flagged, text: str) -> None:
    assert flagged(DEMANDING, text) == []


def test_duty_due_on_our_desk_or_before_our_next_step_is_a_notice() -> None:
    """ "to be with me by Monday" needs no participle of duty; "no exceptions"
    and "before we do anything further" are limits (round 46, tone40d)."""
    import replycheck

    def codes(text: str) -> list[str]:
        return [f.code for f in replycheck.check(text).findings if f.code == "RC129"]

    assert codes("Final numbers are to be with me by Monday the 2nd, no exceptions.")
    assert codes("The remaining £120 is to be paid before we do anything further.")
    assert not codes("The engineer is to be with you by 10am, and we'll call before we set off.")
    assert not codes("Everyone gets the same 10% discount, no exceptions.")
