"""RC201: a draft sentence that talks around an ask answers nothing.

Sympathising with the feeling, or praising how popular the offer is, tells
every customer the same; without hard evidence or a bare yes/no such a
sentence is no answer. The same words beside a real answer (a figure, a yes,
the clause after the sympathy) still answer, as does an offer's breadth beside
its content ("a range of evening appointments, the latest at 7:30pm").
"""

from __future__ import annotations

import pytest

# -- the breadth of an offer beside its content -------------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Can I pay by bank transfer?",
            "We offer three ways to pay: card, bank transfer or direct debit.",
        ),
        (
            "Can I pay by bank transfer?",
            "Yes, we have a range of ways to pay, including bank transfer.",
        ),
        (
            "Do you have appointments after 6pm?",
            "We have a range of evening appointments, the latest at 7:30pm on weekdays.",
        ),
        (
            "Can we spread the cost of the course?",
            "You can spread the cost in a number of ways: ten monthly payments of £45, "
            "or two termly payments of £225.",
        ),
        (
            "What are my options for ending the lease early?",
            "Let me talk you through the options: you can hand it back for a fee of £300, "
            "or transfer it to someone else for free.",
        ),
    ],
)
def test_the_breadth_of_an_offer_beside_its_content_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


# -- sympathy in place of an answer -------------------------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Am I allowed to withhold rent until the heating works?",
            "We understand it's frustrating to pay rent while the heating isn't working.",
        ),
        (
            "Will you waive the late fee on my gym account?",
            "I appreciate that the late fee on your gym account came as a surprise.",
        ),
    ],
)
def test_sympathy_that_restates_the_ask_does_not_answer(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Will my no-claims bonus be affected by the claim?",
            "We appreciate that it matters, and no, your no-claims bonus is protected "
            "because the other driver was at fault.",
        ),
        (
            "Will you waive the late fee on my gym account?",
            "I understand it's a worry, so I've waived the £25 late fee on your gym account.",
        ),
    ],
)
def test_sympathy_before_the_answer_leaves_the_answer_standing(unanswered, question, reply):
    assert unanswered(question, reply) == []


# -- praise of the offer or the demand for it ---------------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Can you send an engineer to look at my panels?",
            "Our engineers are in high demand at the moment, and we prioritise systems that "
            "are not generating.",
        ),
        (
            "Do the superior rooms have a bath?",
            "Our superior rooms are very popular with families, and all of them were "
            "refurbished this year.",
        ),
        (
            "Has the seller accepted my offer on the flat?",
            "Offers on this flat have been strong, which shows how popular the street is.",
        ),
    ],
)
def test_praise_of_the_offer_does_not_answer(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Can I book a Friday wedding in June?",
            "Friday weddings are becoming more and more popular, and Friday 12 June is still free.",
        ),
        (
            "Is the Sports add-on available on a monthly plan?",
            "Sports is really popular, and yes, you can add it monthly for £10.",
        ),
        (
            "Can you send an engineer to look at my panels?",
            "Our engineers are in high demand, but I've booked one for Thursday morning.",
        ),
        (
            "Has the seller accepted my offer on the flat?",
            "Yes, the seller accepted your offer this morning, which shows how popular the "
            "street is.",
        ),
    ],
)
def test_praise_beside_the_answer_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []
