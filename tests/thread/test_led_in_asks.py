"""An ask added on by the lead-in its sentence opens with ("Also, can you
remove my card details?", "One more thing: could you ...") is kept from
RC201's learned second opinion when the draft names none of what it is
about (replycheck.checks.unanswered._led_in, topic_unnamed(wholly=True)); an
ask that says "also" in its own words keeps the half rule of
test_added_asks.py. Named in other words, it is still answered. Written
fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from replycheck.checks.unanswered import _led_in
from replycheck.thread.asked import Ask


@pytest.mark.parametrize(
    ("message", "ask", "led"),
    [
        ("The tap drips. Also, can you send the invoice?", "can you send the invoice?", True),
        ("The tap drips. And also can you send the invoice?", "can you send the invoice?", True),
        (
            "The tap drips. One more thing: could you send the invoice?",
            "could you send the invoice?",
            True,
        ),
        (
            "The tap drips.\nWhile I'm at it, can you send the invoice?",
            "can you send the invoice?",
            True,
        ),
        ("The tap drips. Can you send the invoice?", "Can you send the invoice?", False),
        # a longer lead-in holds a clause of its own, whose "also" is not the ask's
        (
            "The tap we also bought from you last spring drips badly, so can you send someone?",
            "can you send someone?",
            False,
        ),
    ],
)
def test_lead_in_words(message, ask, led):
    start = message.index(ask)
    # a real Ask: the compiled build checks the argument's type
    found = Ask(
        text=ask, start=start, end=start + len(ask), kind="request", expects="action", topic={}
    )
    assert _led_in(found, message) is led


_ORDER = (
    "Third late delivery this month and the food was cold again. I want my money back for "
    "tonight's order (£24.10). Also, can you remove my card details from your system? I'm done."
)


def test_a_led_in_ask_the_draft_never_names_is_reported(unanswered):
    flagged = unanswered(
        _ORDER,
        "I'm sorry tonight's order arrived late and cold. I've refunded the full £24.10 to your "
        "original payment card, and it will show in three to five working days. Before you go, "
        "why not try FoodHub Plus? Members get priority delivery and £5 off every order over £25.",
    )
    assert flagged == ["can you remove my card details from your system?"]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            _ORDER,
            "I'm sorry tonight's order arrived late and cold. I've refunded the full £24.10 to "
            "your card. I've also removed your saved card details, so nothing is stored with "
            "us now.",
        ),
        # named in part, in other words: the half rule would drop it, the lead-in does not
        (
            "Half my grocery order was swapped for things I didn't want. Can I get refunded for "
            "them? Also, can I turn off substitutions for good?",
            "I've refunded £9.80 for the five swapped items. Substitutions are now switched off on "
            "your account, so anything out of stock will simply be left out.",
        ),
        (
            "Can we have the skip delivered on the 9th? Also, can it go on the road, as our drive "
            "is full of the builders' vans.",
            "Yes, we can bring the skip on Tuesday the 9th. For the road, the council needs to "
            "issue a permit first, and we apply for it for you; it takes three working days.",
        ),
    ],
)
def test_a_led_in_ask_answered_in_other_words_is_credited(unanswered, question, reply):
    assert unanswered(question, reply) == []
