"""The rhetorical-challenge check (RC110): questions and praise that talk down,
told apart from real troubleshooting questions and real praise."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

RHETORICAL = ("RC110",)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Did you even look at the photos I sent?", "Did you even look at the photos I sent?"),
        ("Have you actually read the welcome email?", "Have you actually read the welcome email?"),
        ("Did you bother to open the box first?", "Did you bother to open the box first?"),
        ("Do you even know which plan you're on?", "Do you even know which plan you're on?"),
        (
            "Not sure which part of 'final sale' was confusing.",
            "which part of 'final sale' was confusing",
        ),
        ("I really don't know what you expected me to say.", "what you expected me to say"),
        ("Wow, you've managed to break it again.", "Wow, you've managed to break it again"),
    ],
)
def test_challenges_are_flagged(flagged: Flagged, text: str, span: str) -> None:
    assert flagged(RHETORICAL, text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Did you try restarting the router? That usually clears it.",
        "Did you actually receive the parcel, or was it left with a neighbour?",
        "Have you actually been charged, or is it still pending?",
        "Do you even need the adapter? Most laptops charge over USB-C now.",
        "Did you bother with the extended warranty? If so, it covers this.",
        "Which part of the process would you like me to explain again?",
        "I'm not sure which part of the invoice you mean; could you send a screenshot?",
        "What you can expect next is a call from the engineer.",
        "Let me know what you expected to see on the statement and I'll check it.",
        "I'm glad you managed to get a seat on the earlier train.",
        "You managed to catch it just in time, so the payment was stopped.",
        "Congratulations on your new baby! I've paused the membership for six months.",
        "We didn't even charge you for the first month, so nothing is owed.",
        "I'm sorry you haven't managed to get through to us yet again; here's a direct line.",
        "Are you honestly happy for us to close the case? Just say if not.",
        "Sorry the prize went to someone else. Maybe next time!",
        "Better luck next time, perhaps, and thanks for entering.",
    ],
)
def test_real_questions_and_praise_are_not(flagged: Flagged, text: str) -> None:
    assert flagged(RHETORICAL, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Going forward, try to arrive on time.", "try to arrive on time"),
        ("It may be wise to plan ahead next time.", "wise to plan ahead next time"),
        (
            "We'd encourage you to reflect on how you speak to our staff.",
            "We'd encourage you to reflect on how you speak to our staff",
        ),
        (
            "You may want to read the listing before ordering again.",
            "You may want to read the listing before ordering again",
        ),
    ],
)
def test_a_hedged_lesson_in_the_customers_conduct_talks_down(
    flagged: Flagged, text: str, span: str
) -> None:
    assert flagged(RHETORICAL, text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "You might want to arrive on time for the 9am slot, as the doors close promptly.",
        "Maybe we can find you an earlier slot so you can plan ahead.",
        "You might want to try the app, which shows live seat numbers.",
        "We'd ask you to bring your passport on the day.",
        "It's worth booking ahead in December, since the slots fill up fast.",
    ],
)
def test_advice_with_a_reason_or_our_own_act_is_not_a_lesson(flagged: Flagged, text: str) -> None:
    assert flagged(RHETORICAL, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "I've now described the whole process to you three times.",
            "described the whole process to you three times",
        ),
        (
            "I've explained the baggage policy to you twice now.",
            "explained the baggage policy to you twice",
        ),
    ],
)
def test_an_explanation_to_you_counted_after_its_object_is_a_repeat(
    flagged: Flagged, text: str, span: str
) -> None:
    assert flagged(("RC109",), text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "I've explained the baggage policy to the airport team again, and they've waived it.",
        "I explained the delay to you on the phone yesterday, and here it is in writing.",
        "We've explained the new terms to you in the attached letter.",
    ],
)
def test_an_explanation_to_someone_else_or_once_is_not_a_repeat(
    flagged: Flagged, text: str
) -> None:
    assert flagged(("RC109",), text) == []
