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
