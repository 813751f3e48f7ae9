"""RC201: a bare yes or no is given to one ask. When it names nothing of an
ask and names what another yes/no question or request of the message asks
about, the yes is that one's ("Will you cover a hotel tonight? Can we be
moved to the 07:10 flight tomorrow?" <- "Yes, we'll cover a hotel
tonight."): the other ask is left open. A yes for each ask, one sentence
that answers both, and a yes that names nothing still answer.
"""

from __future__ import annotations

FLIGHT = (
    "Our flight has been cancelled and we're stuck at the airport.\n\n"
    "- Will you cover a hotel tonight?\n"
    "- Can we be moved to the 07:10 flight tomorrow?\n\nMartina"
)
PUSHCHAIR = (
    "Hello,\n\nCould you seat us together on the flight to Malaga? We're travelling "
    "with a toddler.\n\nAlso, can we bring the pushchair right up to the gate?\n\nKate"
)


def test_the_hotels_yes_leaves_the_flight_open(unanswered):
    reply = "Dear Ms Jensen,\n\nYes, we'll cover a hotel tonight.\n\nKind regards,\nLars"
    assert unanswered(FLIGHT, reply) == ["Can we be moved to the 07:10 flight tomorrow?"]


def test_the_pushchairs_yes_leaves_the_seats_open(unanswered):
    reply = (
        "Dear Kate,\n\nYes, you can take your pushchair all the way to the aircraft door."
        "\n\nHave a lovely holiday,\nSunJet"
    )
    assert unanswered(PUSHCHAIR, reply) == ["Could you seat us together on the flight to Malaga?"]


def test_one_sentence_that_answers_both(unanswered):
    reply = (
        "Dear Ms Jensen,\n\nYes, we'll cover a hotel tonight, and we've moved you to the "
        "07:10 flight tomorrow.\n\nKind regards,\nLars"
    )
    assert unanswered(FLIGHT, reply) == []


def test_a_yes_for_each_ask(unanswered):
    reply = (
        "Dear Ms Jensen,\n\nYes, we'll cover a hotel tonight. Yes, we can move you to the "
        "07:10 flight tomorrow.\n\nKind regards,\nLars"
    )
    assert unanswered(FLIGHT, reply) == []


def test_a_yes_that_names_nothing(unanswered):
    assert unanswered("Can I bring my dog to the class?", "Yes, of course.") == []


def test_a_yes_that_names_its_own_ask(unanswered):
    reply = (
        "Dear Kate,\n\nYes, we'll seat you together on the flight, and yes, the pushchair "
        "can come right up to the gate.\n\nHave a lovely holiday,\nSunJet"
    )
    assert unanswered(PUSHCHAIR, reply) == []
