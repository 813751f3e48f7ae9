"""Stock-pitch false alarms read away in round 51 (good23d): the way round a
refusal told in two sentences, the first announcing it ("What we can do now
is the design side.") and the next one carrying it on, and "What we can do
<one word> is" as the same opener as "What we can do is"."""

from __future__ import annotations

import pytest

from replycheck import Checker, Config


@pytest.fixture(scope="module")
def stock() -> Checker:
    return Checker(Config(select=("stock-pitch",)))


@pytest.mark.parametrize(
    ("original", "draft", "pitch"),
    [
        # the sentence after the announced alternative carries it on
        (
            "Can I book a tattoo? I'm 17.",
            "We can't tattoo anyone under 18. What we can do now is the design side. Book"
            " a free consultation with Jade, and she'll draw up your design with you.",
            False,
        ),
        (
            "Can I move my class to the evening?",
            "I'm afraid the evening classes are full. What I can do instead is the"
            " weekend slot. Saturday mornings have two free places at the same price.",
            False,
        ),
        (
            "Can I get a refund for my tickets?",
            "Tickets can't be refunded once bought. Alternatively, there is the resale"
            " desk. They list your seats for you and refund the price if they sell.",
            False,
        ),
        # one word between "do" and "is"
        (
            "Can I book a tattoo? I'm 17.",
            "We can't tattoo anyone under 18. What we can do now is book a free"
            " consultation with Jade for the design.",
            False,
        ),
        # near misses: the next sentence sells something new, a deadline
        # upsells, a paragraph break ends the alternative, or nothing was refused
        (
            "Can I extend my booking?",
            "I'm afraid we can't extend the booking. What we can do instead is move it."
            " Our new spring range is 20% off with the code SPRING20.",
            True,
        ),
        (
            "Can I extend my booking?",
            "I'm afraid we can't extend the booking. What we can do instead is move it."
            " Members get a free session with every booking if they join before Friday.",
            True,
        ),
        (
            "Can I extend my booking?",
            "I'm afraid we can't extend the booking. What we can do instead is move it"
            " to May.\n\nMembers get a free session with every booking, so why not join?",
            True,
        ),
        (
            "Where is my order?",
            "Your order has shipped. What we can do now is track it. Book a free"
            " consultation with Jade, and she'll draw up your design with you.",
            True,
        ),
    ],
)
def test_an_alternative_carried_into_the_next_sentence_is_not_a_pitch(
    stock: Checker, original: str, draft: str, pitch: bool
) -> None:
    assert bool(stock.check(draft, original).findings) is pitch
