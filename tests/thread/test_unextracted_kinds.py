"""Kinds of ask the extraction never found, and their look-alikes that stay
out: a wish to know said as an eagerness ("I'd be keen to know when ...",
"Looking forward to hearing whether ..."), the message's purpose ("I'm
emailing to find out if ..."), a check with its "I" dropped ("Just wanted to
check if ..."), a hope put by more than one customer ("We were hoping you
could ..."), and a yes/no question about a bare noun ended with a full stop
("Are dogs allowed."). Written fresh for these tests (not taken from the
corpus); scripts/missed_extractions.py measures the shapes on dev.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "message",
    [
        # a wish to know, said as an eagerness
        "I'd be keen to know when the next batch arrives.",
        "I would be curious to know whether the warranty covers water damage.",
        "Keen to hear what the options are.",
        "We'd be interested to find out how long the repair takes.",
        "Looking forward to hearing whether the part is in.",
        "I look forward to hearing when the engineer can come back.",
        # what the message is for
        "I am emailing to find out if my application was received.",
        "Just getting in touch to check whether my form arrived.",
        "We're contacting you to ask when the balance is due.",
        # a check with its subject dropped
        "Just wanted to check if my payment went through.",
        "Wanted to ask whether the gym is open on bank holidays.",
        # a hope put by more than one customer, or in the present
        "We were hoping you could waive the fee.",
        "We were hoping you might extend the deadline by a week.",
        "We're hoping you can move the delivery to Friday.",
        "I was hoping you might be able to extend the loan.",
        # a yes/no question about a bare noun, with a full stop
        "Are dogs allowed.",
        "Is wifi available in the rooms.",
        "Does delivery cost extra.",
        "Also, is breakfast included.",
    ],
)
def test_the_kind_is_asked(asked, message):
    assert asked(message) == [message.removeprefix("Also, ")]


@pytest.mark.parametrize(
    "message",
    [
        # an eagerness with no question behind it
        "Looking forward to hearing from you.",
        "We're hoping to hear from you soon.",
        "I'd be interested in hearing more about the premium plan.",
        "I'm interested to see how you explain this.",
        "Keen to get this sorted.",
        # the message's purpose with nothing asked
        "I'm writing to complain about the delay.",
        "I'm writing to say thanks for the help.",
        "Wanted to let you know I've moved.",
        # the customers' own plan, not a request
        "We're hoping to come down with our caravan for a week in August.",
        "We were hoping to move this week but the completion date has slipped.",
        # a hope that complains, not asks
        "I was hoping for better service, frankly.",
        # a sneer framed as a wish to know
        "Curious to know how you lot stay in business.",
        # statements with their subject dropped, not questions
        "Is broken again.",
        "Is fine by me.",
        "Is what it is.",
        "Are arriving Friday.",
        "Are happy to wait.",
        "Is gone now.",
        "The car broke down. Is typical really.",
        "Can do Monday pm.",
        "Does exactly what it says.",
    ],
)
def test_the_look_alike_is_not_asked(asked, message):
    assert asked(message) == []


def test_a_past_hope_behind_a_request_is_background(asked):
    assert asked(
        "We were hoping to go to Spain but the flight was cancelled, so I need a refund."
    ) == ["I need a refund."]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("I'd be keen to know when the next batch arrives.", "The next batch arrives on 14 May."),
        (
            "Looking forward to hearing whether the part is in.",
            "The part came in this morning, so we can fit it on Tuesday.",
        ),
        ("Are dogs allowed.", "Yes, dogs are welcome in the garden but not inside."),
        ("Does delivery cost extra.", "Delivery is free on orders over £50."),
        (
            "We were hoping you could waive the fee.",
            "I've waived the £25 fee as a goodwill gesture.",
        ),
        (
            "I am emailing to find out if my application was received.",
            "Yes, we received your application on 3 March.",
        ),
        (
            "Just wanted to check if my payment went through.",
            "Your payment of £40 went through on Monday.",
        ),
    ],
)
def test_the_answered_kind_is_credited(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "I'd be keen to know when the next batch arrives.",
            "Thanks for getting in touch about the batch.",
        ),
        ("Are dogs allowed.", "We have a lovely garden."),
        ("We were hoping you could waive the fee.", "Thanks for your message."),
    ],
)
def test_the_unanswered_kind_is_flagged(unanswered, question, reply):
    assert unanswered(question, reply) == [question]
