"""RC201: a detail to be changed to a new value is done by the change.

"Please update the delivery address to Unit 4, Carrow Works, Norwich NR1 2DD"
asks for a change the draft has to make or say. A sentence that names only
the detail, said of another act ("I've also sent it to the accounts address
we have on file"), shares the topic word but does nothing of the change; a
sentence that says the change ("I've updated your delivery address") or
names the new value ("Deliveries will now go to Unit 4, Carrow Works") does.
"""

from __future__ import annotations

import pytest

ASK = "Please update the delivery address to Unit 4, Carrow Works, Norwich NR1 2DD."
EMAIL = "Could you change the email on my account to sam.hill@fastmail.com?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (ASK, "I've attached the invoice and sent it to the accounts address we have on file."),
        (EMAIL, "I've sent the receipt to the email on your account."),
    ],
)
def test_the_detail_named_for_another_act_leaves_the_change_undone(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (ASK, "I've updated your delivery address, so the next order will go there."),
        (ASK, "Deliveries will now go to Unit 4, Carrow Works."),
        (EMAIL, "Done: your account email is now sam.hill@fastmail.com."),
        # a short yes first, then the change said: any sentence of the draft may do it
        (ASK, "No problem at all. I've changed the delivery address on your order to Unit 4."),
        # a value in common words names nothing the draft must repeat
        (
            "I need to change the name on my ticket to my sister's.",
            "Done: the ticket is now in the name of Emma Brooks.",
        ),
    ],
)
def test_the_change_said_or_the_new_value_named_does_it(unanswered, question, reply):
    assert unanswered(question, reply) == []
