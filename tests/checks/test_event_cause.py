"""An event nobody did, named as the cause before "outside our control", is a
neutral explanation, not blame (round 49: blame's false alarms on the blind
files): "due to traffic on the M6, which is outside our control". "This is
outside our control", a party named beside it, or the customer sent off to
chase it is still flagged; so is "hardly our fault" after the same event."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

BLAME = ("blame",)

#: The cause is an event: not flagged.
EVENTS = (
    "The late start was due to traffic on the M6, which is outside our control.",
    "The tiles were held up by a road closure near the depot, which was outside our control.",
    "Power cuts are outside our control, but I've moved your slot to Monday morning.",
    "The ferry was cancelled because of the storm, which is outside our control, and I've"
    " rebooked you.",
)
#: Disowned outright, a party named, or the customer sent to chase: flagged.
DISOWNED = (
    "This is outside our control.",
    "The noise came from a party booked by another guest, which is outside our control.",
    "The delay was due to a road closure, which is outside our control, so you'll need to"
    " chase the council.",
    "The driver was stuck in traffic, which is hardly our fault.",
)


@pytest.mark.parametrize("text", EVENTS + DISOWNED)
def test_an_event_named_as_the_cause_is_no_blame(flagged: Flagged, text: str) -> None:
    assert bool(flagged(BLAME, text)) == (text in DISOWNED)
