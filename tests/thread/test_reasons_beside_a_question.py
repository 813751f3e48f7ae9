"""RC201 asks: a want or a chase that only gives the reason for the question
next to it.

What someone in the customer's family wants from us is an ask ("His mum
wants a copy too"), and so is a thing still owed, chased as a fact ("I still
haven't received the certificate"). Said right after a question, the want is
why the customer asks it ("can I switch to the family plan? My daughter wants
her own account."); said right before a question, the chase is what the
question is about ("I still haven't received my student ID. What am I
supposed to do?"). Either stays an ask of its own when it adds something
("too", "also") or the question opens on another ask ("Also, ...").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "Please refund the extra payment. And can I switch to the family plan? "
            "My daughter wants her own account.",
            ["Please refund the extra payment.", "can I switch to the family plan?"],
        ),
        (
            "I still haven't received my student ID number and enrolment closes on Friday. "
            "What am I supposed to do?",
            ["What am I supposed to do?"],
        ),
    ],
)
def test_a_reason_said_beside_its_question_is_no_ask_of_its_own(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "Can we get an appointment after school? "
            "His mum wants a copy of the treatment plan too.",
            [
                "Can we get an appointment after school?",
                "His mum wants a copy of the treatment plan too.",
            ],
        ),
        (
            "Has it been written in your accident book? His mum wants a copy.",
            ["Has it been written in your accident book?", "His mum wants a copy."],
        ),
        (
            "I still haven't received my refund. Also, can I change my address?",
            ["I still haven't received my refund.", "can I change my address?"],
        ),
        (
            "I still haven't received the certificate for the first aid course I did in May.",
            ["I still haven't received the certificate for the first aid course I did in May."],
        ),
    ],
)
def test_a_want_or_a_chase_that_adds_to_the_question_stays_an_ask(asked, message, asks):
    assert asked(message) == asks
