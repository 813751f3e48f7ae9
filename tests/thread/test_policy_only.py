"""A request of us about the customer's own thing ("Please cancel the gutter
clean you have booked for next Tuesday", "I'd like you to cancel the sports
package on my account") is not answered by a sentence that only tells how
things go as a rule: a norm ("Gutter cleaning is best done once the leaves
have fallen, usually in late November") or a policy said of everyone
("Sports packages are usually cancelled at the end of the minimum term"),
also when we say it of ourselves ("We usually clear gutters in November").
Nothing is done, promised or refused for this customer. The act done for
them, a rule followed by what we did in the same sentence, or a refusal with
its reason and another way still answers. Pairs are written fresh for these
tests (not taken from the corpus); round 55.
"""

from __future__ import annotations

import pytest

GUTTER = (
    "Hi, please change my window clean to every six weeks. Please cancel the gutter clean "
    "you have booked for next Tuesday, as my son has done them already."
)
SPORTS = (
    "Could you add the extra hour to my Saturday booking? I'd also like you to cancel the "
    "sports package on my account from the end of this month."
)
DELIVERY = (
    "Please send me the invoice for March. Can you also refund the delivery charge on my "
    "last order, as it arrived two days late?"
)
LESSON = (
    "Please update my address to 4 Mill Lane. Could you also move my Thursday lesson to "
    "the Friday this week?"
)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            GUTTER,
            "I've changed your window clean to every six weeks. Gutter cleaning is best done "
            "once the leaves have fallen, usually in late November, and it helps stop damp.",
        ),
        (
            SPORTS,
            "I've added the extra hour to your Saturday booking. Sports packages are usually "
            "cancelled at the end of the minimum term, which is twelve months.",
        ),
        (
            DELIVERY,
            "I've attached the March invoice. Delivery charges are usually refunded when an "
            "order arrives after the promised date.",
        ),
        # what we do as a rule, said of ourselves, is still only the rule
        (
            GUTTER,
            "I've changed your window clean to every six weeks. We usually clear gutters once "
            "the leaves have fallen, in late November, as it helps stop damp.",
        ),
    ],
)
def test_a_rule_leaves_the_request_open(unanswered, question, reply):
    assert unanswered(question, reply) != []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            GUTTER,
            "I've changed your window clean to every six weeks. Gutter cleaning is usually "
            "booked a year ahead, but I've cancelled next Tuesday's for you.",
        ),
        (
            GUTTER,
            "I've changed your window clean to every six weeks, and I've cancelled the gutter "
            "clean on Tuesday.",
        ),
        (
            DELIVERY,
            "I've attached the March invoice. Delivery charges are usually refunded when an "
            "order is late, so I've refunded your £4.95 today.",
        ),
        (
            GUTTER,
            "I've changed your window clean to every six weeks. We normally clean gutters in "
            "late autumn, but we'll cancel Tuesday's visit for you.",
        ),
        (
            LESSON,
            "I've updated your address to 4 Mill Lane. Lessons can't be moved with less than "
            "a day's notice, as our instructors plan their week ahead, but Thursday's can go "
            "to next Monday instead if that suits.",
        ),
    ],
)
def test_an_answer_to_the_request_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []
