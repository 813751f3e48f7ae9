"""Round twenty-five tone shapes, from a new writer's replies (tone-fresh25):
an order to the minute ("at 7am sharp", RC121), the emphatic "we did tell
you" (RC134) and "we did explain this" (RC101), the stock put-down "we're not
mind readers" (RC117), and "don't expect us to" (RC125). Each shape has
wording it must catch and near-misses it must leave alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

BARE_ORDER = ("RC121",)
TOLD_YOU_SO = ("RC134",)
REMINDER = ("RC101",)
MOCKING = ("RC117",)
EXPECTATION = ("RC125",)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Make sure someone is at the property at 7am sharp.",
            "Make sure someone is at the property at 7am sharp",
        ),
        ("Be at the terminal by 11am sharp.", "Be at the terminal by 11am sharp"),
        (
            "Bring the keys to reception at 9 a.m. sharp.",
            "Bring the keys to reception at 9 a.m. sharp",
        ),
        ("Have the van back at 17:30 sharp.", "Have the van back at 17:30 sharp"),
    ],
)
def test_an_order_to_the_minute_is_flagged_up_to_sharp(
    flagged: Flagged, text: str, span: str
) -> None:
    assert flagged(BARE_ORDER, text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Please be at the terminal by 11am sharp, as boarding closes then.",
        "If you can, be there at 9 sharp.",
        "The crew will arrive at 7am sharp.",
        "Make sure you feel no sharp pain when you bite.",
        "Arrive at 6:30 sharp and we'll have you done by eight.",
        "Keep the sharp knives in the top drawer.",
    ],
)
def test_sharp_without_an_unsoftened_order_is_left_alone(flagged: Flagged, text: str) -> None:
    assert flagged(BARE_ORDER, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We did tell you at drop-off that Bella would need her vaccination card.",
        "We did warn you it needed replacing.",
        "I did tell you when you booked that the rooms face the road.",
    ],
)
def test_the_emphatic_we_did_tell_you_is_blame(flagged: Flagged, text: str) -> None:
    assert flagged(TOLD_YOU_SO, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "We did tell you at the start that we'd cover the call-out fee, and we will.",
        "I did tell you it would be ready on Monday, and it wasn't; I'm sorry.",
        "Did we tell you at the time that the deposit is refundable? It is.",
    ],
)
def test_what_we_told_them_as_our_promise_is_not_blame(flagged: Flagged, text: str) -> None:
    assert flagged(TOLD_YOU_SO, text) == []


def test_we_did_explain_this_at_the_meeting_is_a_reminder(flagged: Flagged) -> None:
    assert flagged(REMINDER, "We did explain this at the arrangement meeting.") != []
    assert flagged(REMINDER, "We did explain this to the courier, and they agreed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately we're not mind readers.",
        "Our drivers aren't mind readers.",
        "We're plumbers, not magicians.",
    ],
)
def test_not_mind_readers_is_a_put_down(flagged: Flagged, text: str) -> None:
    assert flagged(MOCKING, text) != []


def test_the_magicians_we_book_are_not_a_put_down(flagged: Flagged) -> None:
    assert flagged(MOCKING, "Our magicians are booked for the party at 3pm.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bring the forms, and don't expect the team to lift a finger without them.", True),
        ("Don't turn up at the box office expecting us to sort out a phone that's died.", True),
        ("Don't worry, you can expect us to call you on Monday.", False),
        ("Please don't expect the parcel before Friday, as the courier is behind.", False),
    ],
)
def test_dont_expect_us_to_is_a_demand_only_about_us(
    flagged: Flagged, text: str, expected: bool
) -> None:
    assert (flagged(EXPECTATION, text) != []) is expected


SHOUTING = ("RC140",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The order form says collection is from 8am, NOT 7am.", ["NOT"]),
        ("Doors open at 7, NEVER 6.", ["NEVER"]),
        ("Enter your PIN 4471 at the till.", []),
        ("Your seat is ROW 12, by the aisle.", []),
    ],
)
def test_a_stressed_negation_before_a_number_is_shouting_not_a_label(
    flagged: Flagged, text: str, expected: list[str]
) -> None:
    assert flagged(SHOUTING, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If nobody answers, you will be charged for the wasted trip.", True),
        ("If nobody answers, we'll leave a card and rebook the visit for free.", False),
    ],
)
def test_nobody_home_is_the_customers_non_compliance(
    flagged: Flagged, text: str, expected: bool
) -> None:
    assert (flagged(("RC123",), text) != []) is expected
