"""A duty lifted off the customer is not blame (issue 2): a negation just
before the customer's duty or fault ("not the customer's responsibility")
reassures; the duty laid on them, or only shared, is still flagged."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

BLAME = ("blame",)

#: Lifted: reassurance, not flagged.
LIFTED = (
    "It's not the customer's responsibility to chase the refund, so I've done it.",
    "It's not the customer's job to chase the courier; that's ours.",
    "It isn't the guest's fault the room wasn't ready, and I've refunded the night.",
    "It's never the customer's job to chase us.",
    "It's no longer the tenant's responsibility to service the boiler.",
    "It's not really the owner's job to fix the boiler; our engineer will.",
    "The responsibility does not rest with you; we will chase the bank.",
    "It shouldn't be the customer's job to chase us.",
    "None of this was the customer's fault.",
    "None of this was the courier's fault, and I've sent a new one.",
)
#: Laid on the customer, or only shared: still flagged.
LAID = (
    "It is not our responsibility; it's the customer's responsibility to chase.",
    "It's not just the customer's responsibility to check the size.",
    "It's the customer's responsibility to chase the refund.",
    "Not my problem. The customer's responsibility is to check the size.",
    "The responsibility rests with you, not with us.",
)


@pytest.mark.parametrize("text", LIFTED + LAID)
def test_a_duty_is_blame_only_when_laid(flagged: Flagged, text: str) -> None:
    assert bool(flagged(BLAME, text)) == (text in LAID)
