"""RC201: a draft that points to where the answer is written ("our terms
explain everything about deposits", "please see section 7 of the agreement")
does not answer a question about what happens in the customer's case; the
same pointer beside the answer itself does no harm (round 41, thread-fresh46)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "What happens with the deposit if I return the car a day early?",
            "Our terms and conditions explain everything about deposits and early returns; "
            "please see section 7 of the rental agreement.",
        ),
        (
            "What happens to my booking if the course is cancelled?",
            "Our booking conditions cover all of this, so please see clause 12 for cancellations.",
        ),
        (
            "What happens if I miss a payment?",
            "Our terms and conditions explain everything about missed payments.",
        ),
    ],
)
def test_a_pointer_to_the_terms_is_no_answer(unanswered, question, reply):
    assert unanswered(question, reply)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "What happens with the deposit if I return the car a day early?",
            "You'll get the whole £250 deposit back when you drop the car off, and we'll "
            "refund the unused day as well; section 7 of the agreement covers this.",
        ),
        (
            "What documents do I need to bring to the appointment?",
            "Just your passport and a recent utility bill; see section 3 of the booking "
            "form if you don't have one of those.",
        ),
        (
            "What happens if I miss a payment?",
            "If a payment is missed, we add a £12 late fee and take it again three days "
            "later; clause 4 of your agreement explains everything about this.",
        ),
        (
            "Could you tell me my sort code and account number?",
            "For security we can't send account details by email. You'll find your sort "
            "code and account number in the app under Accounts > Details.",
        ),
    ],
)
def test_the_answer_beside_a_pointer_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []
