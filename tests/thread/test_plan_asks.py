"""RC201 asks: what the customer wants versus what they ask.

A want to do something of the customer's own ("I want to repaint the hall
first") or for how a thing ends up ("I want the suit to fit properly") is the
background to the asks beside it, not a request; a want of something the
business does ("I'd like to cancel", "I'd love Jess to do my colour") still
asks. An ask the customer answers or withdraws in the next sentence, or one
said by name to someone else copied in, asks nothing of the agent. A courtesy
"if" ("If it's not too late, could you ...") is no condition on the ask.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "I want to get back into swimming. Do you still run the over-50s lane sessions?",
            ["Do you still run the over-50s lane sessions?"],
        ),
        (
            "We want to get rid of an old car. Do you pay for cars that don't run?",
            ["Do you pay for cars that don't run?"],
        ),
        (
            "Roughly what would it cost? I'd like to make sure I have the money put aside.",
            ["Roughly what would it cost?"],
        ),
        (
            "Could you take the trousers in? I want the suit to fit properly for the wedding.",
            ["Could you take the trousers in?"],
        ),
        (
            "I want to try contact lenses. Do you do a free trial?",
            ["Do you do a free trial?"],
        ),
        (
            "I'd like to send my mum a bouquet for her birthday. Can you deliver on a Saturday?",
            ["Can you deliver on a Saturday?"],
        ),
        (
            "Are your brownies gluten-free? I'd love to bring some to my niece's party.",
            ["Are your brownies gluten-free?"],
        ),
        (
            "Do you still have the blue ones? I want them to match.",
            ["Do you still have the blue ones?"],
        ),
        (
            "My exams finish on 14 June and I'd like to move home then. Can I move out early?",
            ["Can I move out early?"],
        ),
        (
            "We want to move house in May. Can you quote for a three-bed?",
            ["Can you quote for a three-bed?"],
        ),
    ],
)
def test_a_plan_beside_an_ask_is_background(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    "message",
    [
        "I'd like to cancel my membership. When is my last payment?",
        "I'd love Jess to do my colour as well. What does a trial cost?",
        "I want to send the sofa back, it's the wrong colour. Can I get a refund?",
        "I'd like to make a complaint about the driver. When is my refund due?",
        "I'd like to be refunded for the seat. Can you rebook me on Thursday?",
        "I'd like to move my viewing to Friday. Is the flat still available?",
    ],
)
def test_a_want_of_what_the_business_does_still_asks(asked, message):
    assert len(asked(message)) == 2


def test_a_plan_alone_is_still_read(asked):
    """With nothing else asked, the want stands for what the customer asks."""
    assert asked("We'd like to overpay £5,000 on our mortgage this year.") != []


def test_an_ask_answered_by_the_customer_next_is_dropped(asked):
    message = "Can I pay by card? Ah, I see you take Amex now. What time will the van come?"
    assert asked(message) == ["What time will the van come?"]


def test_a_bare_i_see_does_not_withdraw_the_ask_before_it(asked):
    message = "Can you refund the second charge? I see on my statement you took it twice."
    assert asked(message) == ["Can you refund the second charge?"]


def test_an_ask_to_someone_copied_in_is_not_ours(asked):
    message = (
        "Dave, can you forward this to the caterer?\n\nHi Fiona,\n\nIs there room for six more?"
    )
    assert asked(message) == ["Is there room for six more?"]


def test_a_name_the_greeting_addresses_is_the_agent(asked):
    message = "Hi Dave,\n\nDave, can you send me the invoice?"
    assert asked(message) == ["can you send me the invoice?"]


def test_an_adverb_opening_an_ask_names_no_one(asked):
    message = "Hi Fiona,\n\nSeparately, can you send me the invoice?"
    assert asked(message) == ["can you send me the invoice?"]


def test_a_courtesy_if_is_no_condition(asked):
    message = "Could you take the trousers in? If there's time, could you shorten the sleeves?"
    assert asked(message) == [
        "Could you take the trousers in?",
        "could you shorten the sleeves?",
    ]


def test_an_exclaimed_i_see_about_the_case_does_not_withdraw_the_ask(asked):
    message = "Can you refund the first charge? Oh, I see you've charged me again!"
    assert asked(message) == ["Can you refund the first charge?"]


def test_a_last_line_runs_no_further_than_the_name_it_is_signed_with(asked):
    """An unpunctuated last line ends before the signature under it."""
    message = (
        "My router keeps dropping every evening. Can you tell me why, let me know\nOmar Haddad"
    )
    assert asked(message) == ["Can you tell me why"]
    assert asked("My router keeps dropping every evening, let me know\nOmar") == ["let me know"]
    from replycheck.thread.asked import _before_signature

    for text in ("Can you deliver it on\nMonday", "Could you send it to\nBristol"):
        assert _before_signature(text, 0, len(text)) == len(text)
