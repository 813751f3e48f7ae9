"""RC201: a bare yes said to one ask is not a yes to the ask beside it.

"Have you got 205/55 R16 in stock, and can you fit two on the front tomorrow
morning?" <- "Yes, we've got that size in stock: ... £112 fitted": the yes
answers the stock question, the first ask the sentence names; for the second,
which names a time, the sentence gives none, so it leaves "tomorrow morning"
open however much of its topic the sentence shares ("fitted"). A sentence
that gives the time, a yes said of both, or a yes to a timed ask that is the
first one the sentence speaks to still answers it.
"""

from __future__ import annotations

TYRES = (
    "Have you got 205/55 R16 in stock, and can you fit two on the front tomorrow "
    "morning? It's a 2017 Golf."
)
FIT_ASK = "can you fit two on the front tomorrow morning?"


def test_the_stock_yes_does_not_book_the_fitting_tomorrow(unanswered):
    reply = (
        "Yes, we've got that size in stock: Michelin Primacy 4 at £112 fitted or Nankang "
        "at £68 fitted, both including balancing and valves."
    )
    assert unanswered(TYRES, reply) == [FIT_ASK]


def test_a_time_given_for_the_fitting_answers_it(unanswered):
    reply = (
        "Yes, we've got that size in stock: Michelin Primacy 4 at £112 fitted. We can "
        "fit two on the front tomorrow at 8.30am."
    )
    assert unanswered(TYRES, reply) == []


def test_a_yes_said_of_both_answers_both(unanswered):
    assert unanswered(TYRES, "Yes to both: see you in the morning.") == []


def test_a_yes_to_the_only_timed_ask_still_answers_it(unanswered):
    question = "Can you fit two new tyres on the front tomorrow morning?"
    reply = "Yes, we can fit them tomorrow morning; come in at 8.30am."
    assert unanswered(question, reply) == []


def test_a_yes_to_the_first_ask_leaves_the_weekend_delivery_open(unanswered):
    question = "Do you have the oak bookcase in stock? Could you deliver it on Saturday?"
    reply = "Yes, the oak bookcase is in stock and costs £320 with delivery."
    assert unanswered(question, reply) == ["Could you deliver it on Saturday?"]


def test_a_time_given_elsewhere_in_the_draft_leaves_the_want_answered(unanswered):
    question = (
        "The spine of my mother's bible has gone. Is it something you could rebind? "
        "I'd like it back before my niece's christening on 12 December."
    )
    reply = (
        "Yes, we can rebind it. It takes about three weeks, so if it reaches us by "
        "18 November it will be back with you well before the 12th."
    )
    assert unanswered(question, reply) == []
