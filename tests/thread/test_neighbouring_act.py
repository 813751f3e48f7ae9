"""RC201: a request's act done another way, and a told problem put right.

1. A request to send a thing that names its recipient, destination or
   channel ("send the invoice to our accountant", "deliver it to my office",
   "Can I get my results by email?") is not done by a sentence that sends it
   to the customer, to the details we hold, or by another channel only ("We
   have sent the invoice to the address on your account", "I've emailed the
   receipt to you" for one asked by post). Sending it as asked, in the
   asked recipient's or channel's words, or just saying it is sent, does it.
2. A problem the customer adds with "also" ("Also the left door hinge is
   broken") is answered by a sentence that names the thing and puts it
   right in any words ("Sorry about the hinge: a new one goes out today"),
   not by one that only says sorry about it.

Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Please send the invoice to our accountant.",
            "We have sent the invoice to the address on your account.",
        ),
        (
            "Could you send a copy of the letter to my employer?",
            "We will email the letter to you as a PDF on Friday.",
        ),
        (
            "Could you deliver the parcel to my office?",
            "The parcel will be delivered to the address we hold on Tuesday.",
        ),
        ("Please send me the receipt by post.", "I've emailed the receipt to you today."),
        (
            "Can I get my test results by email?",
            "We'll post your test results to you first class tomorrow.",
        ),
    ],
)
def test_the_act_done_to_another_recipient_or_by_another_channel_is_flagged(
    unanswered, question, reply
):  # type: ignore[no-untyped-def]
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Please send the invoice to our accountant.",
            "I've sent the invoice to your accountant this morning.",
        ),
        ("Please send the invoice to our accountant.", "I've sent the invoice this morning."),
        (
            "Could you deliver the parcel to my office?",
            "The parcel will be delivered to your office on Tuesday.",
        ),
        ("Please send me the receipt by post.", "I've posted the receipt to you today."),
        (
            "Can I get my test results by email?",
            "Yes, I've emailed your test results to you just now.",
        ),
        (
            "Can you send my order to my office?",
            "Your order will be delivered to your office on Monday.",
        ),
    ],
)
def test_the_act_done_as_asked_is_credited(unanswered, question, reply):  # type: ignore[no-untyped-def]
    assert unanswered(question, reply) == []


_WARDROBE = (
    "My wardrobe arrived today. Also the left door hinge is broken. "
    "Can you tell me when the missing shelf will come?"
)
_TAP = "Can you tell me when the plumber is coming? Also the kitchen tap is still leaking."


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            _WARDROBE,
            "The missing shelf will arrive on Thursday. "
            "Sorry about the hinge: a new one goes out today.",
        ),
        (
            _WARDROBE,
            "The missing shelf will arrive on Thursday. "
            "Sorry about the hinge, a new one is on its way.",
        ),
        (
            _TAP,
            "The plumber will arrive on Thursday. "
            "Sorry to hear about the tap, our engineer will repair it on the same visit.",
        ),
    ],
)
def test_a_told_problem_put_right_in_other_words_is_credited(unanswered, question, reply):  # type: ignore[no-untyped-def]
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "ask"),
    [
        (
            _WARDROBE,
            "The missing shelf will arrive on Thursday. Sorry about the hinge.",
            "the left door hinge is broken.",
        ),
        (
            _TAP,
            "The plumber will arrive on Thursday. Sorry to hear about the tap.",
            "the kitchen tap is still leaking.",
        ),
        (
            _TAP,
            "The plumber will arrive on Thursday. Taps often leak in cold weather.",
            "the kitchen tap is still leaking.",
        ),
    ],
)
def test_a_told_problem_only_regretted_stays_flagged(unanswered, question, reply, ask):  # type: ignore[no-untyped-def]
    assert unanswered(question, reply) == [ask]
