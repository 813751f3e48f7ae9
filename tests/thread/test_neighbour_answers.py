"""RC201: a sentence that answers one ask does not also answer its neighbour
on the same topic when it says nothing of what sets the neighbour apart.

"How much extra have I been charged because of the leak? ... I'd like a leak
allowance applied": the sentence with the sum shares the leak and the bill
with both asks, but only the first one's content is in it, and the allowance
is named nowhere else in a sentence that answers. A sentence that gives the
neighbour's own kind of answer in other words ("you can collect it from 2pm"
for "when can I pick the car up?"), or a later sentence that speaks to the
neighbour, leaves it answered.
"""

from __future__ import annotations

import pytest

LEAK_MESSAGE = (
    "My bill says there may be a leak at my property. How much extra have I been "
    "charged because of it? Can you send someone to check the meter? I'd like a "
    "leak allowance applied once I've had it fixed."
)
LEAK_ASK = "I'd like a leak allowance applied once I've had it fixed."


def test_the_sum_for_one_ask_does_not_apply_the_allowance_asked_beside_it(verdicts):
    draft = (
        "Dear Ms Ward,\n\nLooking at your readings, the leak has added about £38 to your "
        "last bill. I've booked a technician to check your meter on 22 May, in the morning "
        "slot.\n\nWe'll look into leak allowances for you.\n\nKind regards,\nValley Water"
    )
    found = verdicts(LEAK_MESSAGE, draft)
    assert found[LEAK_ASK] is False
    # the neighbour the sentence does answer stays answered
    assert found["How much extra have I been charged because of it?"] is True


def test_an_allowance_applied_in_its_own_sentence_answers(verdicts):
    draft = (
        "Dear Ms Ward,\n\nLooking at your readings, the leak has added about £38 to your "
        "last bill. I've booked a technician to check your meter on 22 May.\n\nOnce the "
        "leak is repaired, send us the plumber's invoice and I'll apply a leak allowance "
        "of £38 to your account.\n\nKind regards,\nValley Water"
    )
    assert verdicts(LEAK_MESSAGE, draft)[LEAK_ASK] is True


def test_the_neighbours_own_kind_of_answer_in_other_words_still_answers(verdicts):
    found = verdicts(
        "How much is the repair going to be? And when can I pick the car up?",
        "Your own car is now repaired and you can collect it from 2pm today; the bill is £312.",
    )
    assert all(found.values()), found


def test_a_later_sentence_on_the_neighbour_leaves_it_answered(unanswered):
    question = (
        "The sofa arrived with a tear in the back cushion. I'd like a replacement cushion "
        "rather than sending the whole sofa back. Could you also tell me whether someone "
        "needs to be home for the delivery?"
    )
    reply = (
        "I've ordered a replacement back cushion for you at no charge, and it's due to be "
        "delivered on Wednesday 12 March.\n\nNobody needs to be home: the courier can leave "
        "it with a neighbour."
    )
    assert unanswered(question, reply) == []


BOILER = (
    "Is the check-up visit included in what I paid for the boiler? Can someone come out this week?"
)


def test_a_timed_ask_with_nothing_of_its_own_is_not_met_by_the_neighbours_answer(verdicts):
    # the second ask names only the visit, which the first names too, and a
    # time: the sentence that says the visit is included gives no time
    found = verdicts(
        BOILER,
        "Your check-up visit is included in the boiler price, so there's nothing more to pay.",
    )
    assert found["Can someone come out this week?"] is False
    assert found["Is the check-up visit included in what I paid for the boiler?"] is True


def test_the_timed_ask_is_answered_by_a_time_given_for_it(verdicts):
    found = verdicts(
        BOILER,
        "Your check-up visit is included in the boiler price, and our engineer can come out "
        "on Friday.",
    )
    assert all(found.values()), found


# The neighbour told apart by its kind of answer: "How long does it usually
# take?" borrows everything it names from the booking, so the sentence that
# gives the length names nothing of its own, but the hard time it gives is
# that ask's answer. The other ask (a yes/no about mess) is of another kind
# and is credited by it only with evidence of its own.
VALET = (
    "We've got a valet booked for Friday for our campervan. How long does it usually take? "
    "And will it make a lot of mess?"
)
MESS_ASK = "will it make a lot of mess?"
LENGTH_ASK = "How long does it usually take?"


def test_a_length_given_for_one_ask_does_not_answer_a_yes_no_beside_it(verdicts):
    found = verdicts(
        VALET,
        "A campervan valet usually takes about three hours, including a dry at the end, "
        "and I'll leave you a checklist.",
    )
    assert found[MESS_ASK] is False
    assert found[LENGTH_ASK] is True


@pytest.mark.parametrize(
    "reply",
    [
        # the same sentence goes on to the other ask's own word
        "A campervan valet usually takes about three hours, and we lay covers over the seats "
        "and floor so there's no mess left behind.",
        # one short sentence that truly answers both
        "A campervan valet usually takes about three hours and leaves no mess at all.",
        # the other ask answered in a sentence of its own
        "A campervan valet usually takes about three hours, including a dry at the end.\n\n"
        "There's no mess: we lay covers over the seats and take all the rubbish away.",
    ],
)
def test_the_yes_no_beside_a_length_answered_with_its_own_words(verdicts, reply):
    found = verdicts(VALET, reply)
    assert all(found.values()), found


def test_a_sum_for_one_ask_leaves_the_other_kind_of_ask_open(verdicts):
    # a price, not a length: the same reading for another kind of answer
    found = verdicts(
        "We've got a deep clean booked for Monday for our caravan. How much does it normally "
        "cost? And will it make a lot of mess?",
        "A caravan deep clean normally costs £120, including the awning, and I'll send photos "
        "when it's done.",
    )
    assert found["will it make a lot of mess?"] is False
