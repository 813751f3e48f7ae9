"""RC201: a thing sent to the details the customer gave for its recipient.

A request to send a thing to a recipient it names ("Could you send the
letter to my employer?") is done by a sentence that sends it to an address,
number or name the customer's message gives for that recipient ("The email
is hr@acme.com", "She's called Priya Shah"), though the sentence names the
recipient by no word of the ask. Sending it to the customer, to details the
message never gives, asking back about the details, or only telling how
such things are handled, does not do it.

Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

_EMPLOYER = "Could you send the letter to my employer? The email is hr@acme.com."
_MANAGER = "Can you send the report to my manager? She's called Priya Shah."
_ACCOUNTANT = "Please send the invoice to our accountant at accounts@rowanbakery.co.uk?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (_EMPLOYER, "We will email the letter to hr@acme.com today."),
        (
            "Please email the payslips to my accountant, her address is jo.banks@banksandco.co.uk.",
            "I've emailed your payslips to jo.banks@banksandco.co.uk this morning.",
        ),
        (_MANAGER, "I'll send the report to Priya Shah this afternoon."),
        (_ACCOUNTANT, "We have sent the invoice to accounts@rowanbakery.co.uk."),
        (_ACCOUNTANT, "I've sent the invoice to your accountant this morning."),
        (
            "Could you post the certificate to my solicitor? He is Tom Hughes at 14 Mill Lane.",
            "We posted it to Tom Hughes yesterday.",
        ),
    ],
)
def test_sent_to_the_details_the_customer_gave_is_credited(unanswered, question, reply):  # type: ignore[no-untyped-def]
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (_EMPLOYER, "We will email the letter to you today."),
        (_EMPLOYER, "We will email the letter to hr@acmeholdings.com today."),
        (_EMPLOYER, "Is hr@acme.com the right address for your employer?"),
        (_EMPLOYER, "Letters to hr@acme.com are usually handled by our payroll team."),
        (_MANAGER, "Priya Shah will be copied into the next newsletter."),
        # the recipient's words end at "at": "accounts" in the address is no
        # recipient that "the address on your account" would name
        (_ACCOUNTANT, "We have sent the invoice to the address on your account."),
    ],
)
def test_not_sent_to_the_given_details_stays_flagged(unanswered, question, reply):  # type: ignore[no-untyped-def]
    assert unanswered(question, reply) == [question.split("?")[0] + "?"]
