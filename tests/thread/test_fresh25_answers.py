"""RC201, round 25 (corpus/dev/thread-fresh25.toml): asks read whole, and
answers credited only when they answer the ask itself.

People named together ("for me and my son (he's 9)") are one party of one
request, not a second thing requested; a second thing requested after "and"
("a breakdown of the charges and a refund") still is.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        (
            "We'd like to hire a day boat on Saturday for me and my son (he's 9).",
            "We'd like to hire a day boat on Saturday for me and my son (he's 9).",
        ),
        (
            "I'd like to book a table for us and our two guests on Friday.",
            "I'd like to book a table for us and our two guests on Friday.",
        ),
    ],
)
def test_people_named_together_stay_in_one_request(asked, message, ask):
    assert asked(message) == [ask]


def test_a_second_thing_requested_after_and_is_still_its_own_ask(asked):
    assert asked("I'd like a breakdown of the charges and a refund of the overpayment.") == [
        "I'd like a breakdown of the charges",
        "a refund of the overpayment.",
    ]


def test_an_apology_inside_a_sentence_does_not_answer_why(unanswered):
    # the apology's object is the customer's problem restated, not its cause
    question = "Can you tell me why the carer keeps arriving late?"
    assert unanswered(question, "Thank you for telling us, and I'm sorry the carer has been late.")
    assert not unanswered(
        question,
        "Thank you for telling us, and I'm sorry the carer has been late: her first "
        "visit of the day is across town, so I've moved her round to start with you.",
    )


def test_an_apology_inside_a_sentence_leaves_the_clause_after_its_break(unanswered):
    assert not unanswered(
        "Why was my refund so late?",
        "Your refund is on its way, and I'm sorry it was late; it was held because the "
        "bank ran a fraud check.",
    )


def test_a_contracted_will_asks_about_what_is_to_come(unanswered):
    # "when they'll be dispatched" is answered by a date to come, not a past event
    question = "Could you tell me when my cards'll be dispatched?"
    assert unanswered(question, "Your cards were printed on 12 November.")
    assert not unanswered(question, "Your cards will be dispatched on Thursday 14 November.")


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        ("Thanks,\nPriya\n\nP.S. I would also like the sleeves shortened.", "I would also like"),
        ("Regards,\nDennis Holt\nP.S. Please send a receipt.", "Please send a receipt."),
    ],
)
def test_a_ps_line_opens_its_own_ask_without_the_ps(asked, message, ask):
    found = asked("When will they be ready?\n\n" + message)
    assert found[0] == "When will they be ready?"
    assert len(found) == 2 and found[1].startswith(ask)


def test_the_customer_acting_does_not_echo_a_request_to_the_business(unanswered):
    # "If you send me the vet's invoice" is the customer sending, not the kennel
    question = "Can you send me the feeding record for her stay?"
    assert unanswered(
        question,
        "Our records show she ate well all week. If you send me the vet's invoice, "
        "we'll refund it in full.",
    )
    assert not unanswered(question, "I'll send you the feeding record for her stay today.")


def test_your_service_ending_cancels_the_contract_asked_about(unanswered):
    assert not unanswered(
        "I'd like to cancel my broadband contract as I'm moving abroad. "
        "Can you also stop the sales calls?",
        "I've set your service to end on 31 July, the day before you leave. I've removed "
        "your number from our sales lists, so the calls will stop within 48 hours.",
    )


def test_advice_against_it_is_a_no(unanswered):
    question = "Can I have a bonfire to clear the brambles?"
    assert not unanswered(
        question, "It's best not to have a bonfire while the brambles are still green."
    )
    assert not unanswered(
        question,
        "We'd advise against a bonfire to clear brambles, as the smoke bothers neighbours.",
    )
    # advice against something else is no answer
    assert unanswered(question, "It's best not to park on the track at weekends.")


def test_a_stressed_do_says_yes(unanswered):
    assert not unanswered(
        "I was wondering whether half plots come up more often than full ones.",
        "Half plots do come up more often: about three quarters of the plots we re-let are halves.",
    )


def test_do_as_the_verb_itself_says_no_yes(unanswered):
    # "we do boiler repairs": what is done, not a yes to fitting boilers
    assert unanswered("Do you fit new boilers?", "We do boiler repairs and servicing.")


def test_thanks_for_the_order_on_a_date_does_not_say_when_it_goes(unanswered):
    question = "Could you tell me when they'll be dispatched?"
    assert unanswered(question, "Thanks for your order on 12 November.")
    assert not unanswered(
        question, "Thanks for your order on 12 November; it will be dispatched on Thursday."
    )


def test_thanks_for_the_order_alone_leaves_what_follows(unanswered):
    assert not unanswered(
        "Can you change the delivery address on order 7781 to 12 Harbour Lane?",
        "Thanks for your order! I've updated the address on 7781 to 12 Harbour Lane.",
    )
