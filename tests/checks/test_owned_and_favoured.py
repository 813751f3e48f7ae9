"""Fair lines of good replies that read as tone only out of context (issue 2):
our own lapse owned before a sigh or a brush-off, a duty named as another's
with what they will do next, a work placed by a phrase, the customer's own
plan as the reason for something in their favour, and our cut-off as a time.
Each is flagged again when the context is taken away or turned."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

TONE = ("rude", "demanding", "blame")

#: A lead would send these as they are.
FAIR = (
    # our lapse owned first: conceding, not exasperation or a brush-off
    "Tokens made before March last 12 months, which we didn't make clear enough in the dashboard.",
    "Something clearly went wrong on our side and I'm not going to argue with you about it.",
    "That was our own mistake and I won't argue with any of it.",
    # who does the job, and what they will do for the customer next
    "Baggage handling at the transfer airport is the airline's responsibility, so they will "
    "deliver it to your hotel.",
    "Repairs to the shared roof are the freeholder's responsibility.",
    # the customer's own plan as the reason for something in their favour
    "Because you pay monthly, there's no charge for the change.",
    # our cut-off, a time to plan around
    "If anything else needs changing, the last time we can make edits is Friday at noon.",
)
#: The same words with the context turned or taken away: still flagged.
FLAGGED = (
    "I thought we made it clear enough in the booking email.",
    "Didn't we make it clear enough in the letter?",
    "It was not a mistake on our part, so I'm not going to argue with you about it.",
    "That was our mistake, but I'm not going to argue about the fee.",
    "I'm not going to argue with you about it.",
    "Baggage handling is the airline's responsibility, so they'll need you to fill in a form.",
    "Any damage to the repairs at the depot is the courier's responsibility.",
    "Because you sent the wrong file, we can't reprint it free of charge.",
    "This is the last time we can waive the late fee.",
)


@pytest.mark.parametrize("text", FAIR + FLAGGED)
def test_context_decides(flagged: Flagged, text: str) -> None:
    assert bool(flagged(TONE, text)) == (text in FLAGGED)
