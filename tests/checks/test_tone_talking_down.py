"""Talking down in new writers' wordings: the tautology brush-off (RC159, a
code check), presuming the customer should know (RC156), talking slowly
(RC157), sarcastic asides (RC158), and the agent's own re-reading left out of
the repeated-explanation check (RC109). Each shape has wording it must catch
and near-misses (a definition, an idiom, our own admission) it must leave
alone; the rule examples in rulesets/rude.toml hold more of both."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

TAUTOLOGY = ("RC159",)
TALKING_DOWN = ("RC156", "RC157", "RC158")
REPEATED = ("RC109",)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Pending means pending.", "Pending means pending"),
        ("Closed means closed, I'm afraid.", "Closed means closed"),
        ("A booking is a booking, whether you turn up or not.", "A booking is a booking"),
        ("Thanks for asking. Policy is policy.", "Policy is policy"),
        ("Non-refundable means non-refundable.", "Non-refundable means non-refundable"),
    ],
)
def test_tautology_is_flagged_on_its_words(flagged: Flagged, text: str, span: str) -> None:
    assert flagged(TAUTOLOGY, text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Pending means the bank is still checking the payment.",
        "It is what it is, but I've found you a later flight.",
        "That is that, then: all three parcels are booked.",
        "Policy is to refund within 14 days.",
        "Sale items are final sale items only when marked.",
        "The rule is the rule for everyone at the pool.",
        "Pending means",
    ],
)
def test_definitions_and_idioms_are_not_tautologies(flagged: Flagged, text: str) -> None:
    assert flagged(TAUTOLOGY, text) == []


def test_tautology_in_the_quoted_customer_message_is_not_flagged(flagged: Flagged) -> None:
    draft = "Hi Sam,\n\nThe refund was sent today.\n\nBest,\nAna\n\n> Rules are rules.\n"
    assert flagged(TAUTOLOGY, draft) == []


@pytest.mark.parametrize(
    "text",
    [
        "I should have thought any parent would check the term dates.",
        "One would have hoped a firm of your size could read an invoice.",
        "Let me try this once more, very slowly.",
        "I'll talk you through it in small words.",
        "Spoiler alert: tickets don't print themselves.",
        "The deadline was in June, crazy, I know.",
        "That's just how deadlines work.",
    ],
)
def test_talking_down_is_flagged(flagged: Flagged, text: str) -> None:
    assert flagged(TALKING_DOWN, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "I should have thought to ask you sooner; I'm sorry.",
        "I would have thought the bus would run, but the strike cancelled it.",
        "Please walk slowly on the wet floor.",
        "The upload still works, though much more slowly than before.",
        "Spoiler-free review: the show is wonderful.",
        "I sighed with relief when it turned up.",
        "That's how the points scheme works: one point per pound.",
    ],
)
def test_near_misses_are_not_talking_down(flagged: Flagged, text: str) -> None:
    assert flagged(TALKING_DOWN, text) == []


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("I can see that our previous letter did not set out the position clearly.", 0),
        ("We checked our last email and it had the wrong link.", 0),
        ("I suggest you re-read our previous email.", 1),
    ],
)
def test_repeated_explanation_skips_the_agent_reading(
    flagged: Flagged, text: str, hits: int
) -> None:
    assert len(flagged(REPEATED, text)) == hits
