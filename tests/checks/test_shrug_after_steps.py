"""A shrug of ease ("That's all there is to it.", "Simple as that.") closing a
list of steps the customer follows says the job is quick, not that the matter
is closed (round 52, good-fresh55: a cancellation walked through in three
numbered steps). The same shrug with no steps before it, or after a refusal
that follows the steps, still shuts the door."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

RUDE = ("rude",)

STEPS = "To set up the new router:\n\n1. Plug it into the grey socket.\n2. Wait for the green light.\n3. Join the network printed on the card.\n\n"  # noqa: E501

#: After steps the customer follows: not flagged.
AFTER_STEPS = (
    "Hi Sam,\n\n" + STEPS + "That's all there is to it. Any trouble, just reply.\n\nBest,\nJo",
    "Hi Sam,\n\n" + STEPS + "It stays on the same plan and price.\n\nSimple as that!\n\nJo",
    "Hi Sam,\n\nYou can swap the date yourself:\n- Open your booking.\n- Pick a new date and"
    " tap Save.\n\nIt's that simple.\n\nJo",
)
#: No steps, or a refusal between them and the shrug: flagged.
SHUT = (
    "Hi Sam,\n\nThe fee is in the terms. That's all there is to it.\n\nJo",
    "Hi Sam,\n\n" + STEPS + "We can't refund the first month, though. Simple as that.\n\nJo",
    "Hi Sam,\n\n" + STEPS + "After that we won't be able to help further. That's all there is"
    " to it.\n\nJo",
)


@pytest.mark.parametrize("text", AFTER_STEPS + SHUT)
def test_a_shrug_after_steps_is_no_brush_off(flagged: Flagged, text: str) -> None:
    assert bool(flagged(RUDE, text)) == (text in SHUT)
