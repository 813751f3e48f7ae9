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


# "If so" asks carry the first ask's topic from the sentence before them; a
# yes that names only that topic is the first ask's, not theirs
PIANO = (
    "Hi,\n\nI bought a used stage piano from you last month and two of the keys have started "
    "sticking, even when it's just been switched on. I'm quite upset as I saved up for it. "
    "Is this covered by your 90-day warranty? If so, do I need to bring it in, or can you "
    "collect it? I don't have a car so that would really help.\n\nThanks,\nNiamh"
)


def test_the_warrantys_yes_leaves_the_if_so_ask_open(unanswered):
    reply = (
        "Hi Niamh,\n\nSorry to hear about the keys, that's annoying on a piano you've just "
        "bought.\n\nYes, it's covered. All our used pianos have a 90-day workshop warranty, "
        "and sticking keys fall under that.\n\nOur workshop is open Monday to Friday, from "
        "9am to 5pm.\n\nBest wishes,\nOwen"
    )
    assert unanswered(PIANO, reply) == ["do I need to bring it in, or can you collect it?"]


def test_the_warrantys_yes_then_the_if_so_ask_answered(unanswered):
    reply = (
        "Hi Niamh,\n\nSorry to hear about the keys.\n\nYes, it's covered. All our used pianos "
        "have a 90-day workshop warranty, and there's no need to bring it in: we can collect "
        "it on Thursday morning.\n\nBest wishes,\nOwen"
    )
    assert unanswered(PIANO, reply) == []


def test_a_yes_naming_only_the_second_ask_leaves_the_first_open(verdicts):
    asked = (
        "Could you seat us together on the train to York? Also, can we bring our bikes on board?"
    )
    found = verdicts(asked, "Yes, bikes can travel in the end carriage, free of charge.")
    assert found == {
        "Could you seat us together on the train to York?": False,
        "can we bring our bikes on board?": True,
    }


def test_a_yes_to_the_repair_leaves_the_guarantee_open(verdicts):
    asked = "My kettle has stopped working. Can you repair it? And is it still under guarantee?"
    found = verdicts(asked, "Yes, we can fix the element while you wait, in about ten minutes.")
    assert found == {"Can you repair it?": True, "is it still under guarantee?": False}


def test_one_yes_naming_both_asks_answers_both(verdicts):
    asked = "My kettle has stopped working. Can you repair it? And is it still under guarantee?"
    found = verdicts(asked, "Yes, it's under guarantee, and we can fix the element while you wait.")
    assert found == {"Can you repair it?": True, "is it still under guarantee?": True}
