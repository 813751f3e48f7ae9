"""A when-question about a thing's date is answered by a time said of that
thing, not of another act (RC201, ``answered._time_of_another``).

Pairs are written fresh for these tests (not taken from the corpus). "When
is the balance due?" is not answered by "Check-in is from 4pm" or "Your
booking was confirmed on 14 January": the clauses holding those times name
neither the balance nor "it". The paraphrases the "only time question" route
exists for still answer: "it" with a date, money in other words, a length of
time for what is still to reach the customer, and an act still to be done
("When will it be fixed?") met by a visit booked.
"""

from __future__ import annotations

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, read_draft


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "We've booked the flat for a week. When's the balance due?",
            "Keys can be collected from 2pm on the Saturday.",
        ),
        (
            "When is the final payment due for the cabin booking?",
            "Your booking was confirmed on 3 January, and check-in is from 3pm on 10 May.",
        ),
        (
            "When is the final payment due? Is there parking?",
            "Arrival is from 3pm on the 14th, and there is a parking space by the door.",
        ),
    ],
)
def test_a_time_of_another_act_leaves_it_open(unanswered, question, reply):
    assert question.split("?")[0].split(". ")[-1] in " ".join(unanswered(question, reply))


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("When is the balance due?", "The balance of £480 is due on 1 June."),
        (
            "When is the rest of the fee due?",
            "We'll take the remaining £310 by direct debit on 1 June.",
        ),
        ("When is my parcel due?", "It should be with you on Thursday."),
        ("When will it arrive?", "It'll be with you on Thursday."),
        ("When will the money reach me?", "Transfers take up to 30 working days."),
        (
            "When will my refund come through?",
            "You should see the money in your account by Friday.",
        ),
        (
            "When will it be fixed?",
            "An engineer is booked for Friday morning and will bring the part.",
        ),
    ],
)
def test_the_time_of_the_thing_asked_after_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


def test_the_clauses_holding_a_time_are_read():
    pipeline = Pipeline()
    lexicon = default_lexicon()
    (statement,) = read_draft(
        pipeline("Check-in is from 4pm, and the code will be emailed to you."), lexicon
    )
    assert "funds" not in statement.timed
    assert not statement.timed_pointed
    (pointed,) = read_draft(pipeline("It'll be with you on Thursday."), lexicon)
    assert pointed.timed_pointed
