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
