"""``curt_imperative`` reads a verb after "before"/"until" and a subject as
that clause's own (no statement), a thing given back "to" a place as where it
goes (no goal), and ", not ..." correcting what the customer did as pressing.
Round 48 (tone47d)."""

from __future__ import annotations

import pytest

from replycheck.checker import Checker
from replycheck.config import Config

_CHECKER = Checker(Config(select=("RC168",)))


def _orders(text: str) -> list[str]:
    return [f.text for f in _CHECKER.check(text).findings if f.code == "RC168"]


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("That's your fault. Settle the balance before Bella can go home.", "Settle the balance"),
        ("That's your fault. Pay the fee before the van leaves.", "Pay the fee"),
        ("Not our fault. Return the skates to the counter, not the benches.", "Return the skates"),
        ("Not our fault. Hand the keys to the office today.", "Hand the keys"),
        ("Not our fault. Put the bags in the shed, not the porch.", "Put the bags"),
    ],
)
def test_curt_orders_found(text: str, order: str) -> None:
    found = _orders(text)
    assert len(found) == 1 and found[0].startswith(order), found


@pytest.mark.parametrize(
    "text",
    [
        "That's not our fault. Contact lens orders placed after 2pm go out the next day.",
        "That's not our fault. Email requests are answered until 6pm.",
        "That's not our fault. Return the skates to the counter to get your deposit back.",
        "That's not our fault. Use the blue lead, not the grey one, so it charges faster.",
        "That's not our fault. Put the spare battery in the side pocket of the case.",
    ],
)
def test_steps_and_statements_pass(text: str) -> None:
    assert _orders(text) == []
