"""Answers that must speak to the customer's own case (RC201 end to end).

Pairs are written fresh for these tests (not taken from the corpus): a request
to act on the customer's case is not answered by a policy said of everyone,
while a done action, or a policy that refuses the request, is an answer.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("request_", "policy"),
    [
        (
            "Could you repair the fence panel by Friday?",
            "Fence repairs are usually carried out within ten working days.",
        ),
        (
            "Please move my appointment to next Tuesday.",
            "Appointments can be moved up to 24 hours before they start.",
        ),
        ("Can you collect the bins tomorrow?", "Bins are collected every Tuesday."),
    ],
)
def test_a_policy_said_of_everyone_does_not_act_on_a_request(unanswered, request_, policy):
    assert unanswered(request_, policy) == [request_]


@pytest.mark.parametrize(
    ("request_", "policy"),
    [
        # two modifiers before the plural subject are still a policy's subject
        (
            "Can you collect my old fridge on Friday?",
            "Old fridge collections are arranged on Fridays by our contractor.",
        ),
        # so is a plural subject after an adverb of frequency
        (
            "Can you send someone to read my meter this week?",
            "Usually meter readings are taken every three months.",
        ),
    ],
)
def test_a_policy_with_a_longer_or_adverbial_opening_does_not_act_on_a_request(
    unanswered, request_, policy
):
    assert unanswered(request_, policy) == [request_]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # the same openings still answer a question asked of everyone
        (
            "Do your delivery drivers carry the sofa upstairs?",
            "Our two-person delivery teams carry sofas upstairs at no extra cost.",
        ),
        (
            "Are dogs allowed in the holiday cottages?",
            "Usually dogs are welcome in all our cottages, for a £20 cleaning fee.",
        ),
        # a long opening that speaks to the customer is no policy
        (
            "Can you post a copy of my certificate to my home address?",
            "Degree certificate copies will be posted to your home address by Student Records.",
        ),
        (
            "Can you collect my old fridge on Friday?",
            "I've booked your old fridge collection for Friday 12 May.",
        ),
    ],
)
def test_a_longer_policy_opening_still_answers_a_general_question_or_this_case(
    unanswered, question, reply
):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("request_", "reply"),
    [
        (
            "Please move my appointment to next Tuesday.",
            "I've moved you to next Tuesday at 2:30pm with Dr Shah.",
        ),
        (
            "Can you refund the deposit?",
            "Deposits are non-refundable once booked, as the date is held for you.",
        ),
        ("Can I get the tokens back?", "Refunds are not available for in-app tokens."),
    ],
)
def test_a_done_action_or_a_refusing_policy_answers_a_request(unanswered, request_, reply):
    assert unanswered(request_, reply) == []


@pytest.mark.parametrize(
    ("choice", "reply"),
    [
        (
            "Do you take walk-ins for eye tests, or do I have to book ahead?",
            "You'll need an appointment: you can book one online or by phone.",
        ),
        (
            "Can I pay the invoice by card, or is it bank transfer only?",
            "Card payments are accepted over the phone on 0161 555 0100.",
        ),
    ],
)
def test_answering_one_half_of_a_choice_settles_both(unanswered, choice, reply):
    assert unanswered(choice, reply) == []


def test_a_choice_left_unanswered_is_flagged_once_over_both_halves(unanswered):
    found = unanswered(
        "Are the seats allocated, or is it first come first served?",
        "We've received your question and will come back to you.",
    )
    assert found == ["Are the seats allocated, or is it first come first served?"]


def test_it_can_depend_on_a_number_of_factors_commits_to_nothing(unanswered):
    question = (
        "My dog had three extractions on Friday and is still off his food. "
        "Is this normal after extractions?"
    )
    reply = (
        "Every dog recovers differently after extractions and it can depend on a number of factors."
    )
    assert unanswered(question, reply) == ["Is this normal after extractions?"]


@pytest.mark.parametrize(
    ("question", "reply", "flagged"),
    [
        (
            "What do you charge for a probate valuation?",
            "Our probate team will be in touch shortly about your valuation.",
            True,
        ),
        ("What will you charge for a boiler service?", "A standard service is £89.", False),
        (
            "How far in advance should I book the hall for a wedding?",
            "Most couples reserve it nine to twelve months before the date.",
            False,
        ),
        ("How far ahead do we need to order the cake?", "Cakes need two weeks' notice.", False),
        (
            "How far ahead do we need to order the cake?",
            "All our cakes are made with free-range eggs.",
            True,
        ),
    ],
)
def test_what_you_charge_asks_an_amount_and_how_far_ahead_a_time(
    unanswered, question, reply, flagged
):
    assert bool(unanswered(question, reply)) is flagged


@pytest.mark.parametrize(
    ("question", "reply", "flagged"),
    [
        ("How heavy is the washing machine?", "It weighs 68kg, so it's a two-person lift.", False),
        ("How heavy is the washing machine?", "It comes in white or silver.", True),
        ("How tall is the tree you deliver?", "Thanks for your order, we'll be in touch.", True),
    ],
)
def test_how_heavy_asks_a_measurement(unanswered, question, reply, flagged):
    assert bool(unanswered(question, reply)) is flagged


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Do you do gluten-free birthday cakes?",
            "We bake gluten-free sponges with two days' notice.",
        ),
        (
            "Can you supply scaffolding for a two-storey house?",
            "We hire out scaffolding for houses up to three storeys, erected by our own team.",
        ),
        ("Do you provide packing boxes for a move?", "We can supply 40 boxes free of charge."),
    ],
)
def test_the_business_naming_what_it_offers_answers_do_you_offer(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Do you repair leather sofas?", "We sell leather sofas in four colours."),
        (
            "Do you stock replacement filters for the AirPure 300?",
            "We'll check whether replacement filters are in and get back to you.",
        ),
        (
            "Do you sell gift vouchers?",
            "We're looking into whether gift vouchers could be added next year.",
        ),
    ],
)
def test_another_verb_or_a_promise_to_check_does_not_confirm_an_offer(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Does the printer need genuine cartridges or are refills OK?",
            "Refills are fine; they won't affect the warranty.",
        ),
    ],
)
def test_granting_the_second_alternative_answers_the_question(unanswered, question, reply):
    assert unanswered(question, reply) == []


def test_an_acknowledgement_answers_neither_alternative(unanswered):
    question = "Do you need the original birth certificate or are photocopies OK?"
    assert unanswered(question, "Thanks for sending your application form.") == [question]


def test_could_you_tell_us_when_asks_for_a_time(unanswered):
    question = "Could you tell us when the hall is free in March?"
    assert unanswered(question, "The hall is free on the 7th, 14th and 28th of March.") == []
    acknowledged = "Thanks, we've passed your enquiry to the bookings team."
    assert unanswered(question, acknowledged) == [question]


def test_the_requested_state_said_of_the_customers_thing_is_the_request_done(unanswered):
    request_ = "Could you renew my books?"
    assert unanswered(request_, "Your books are renewed until 30 June.") == []
    # the same thing with a date, but not the state asked for
    assert unanswered(request_, "Your books are due back on 30 June.") == [request_]


@pytest.mark.parametrize(
    ("question", "reply", "flagged"),
    [
        (
            "Does my pet insurance cover dental work for my cat?",
            "We understand how worrying it is when a pet needs dental work.",
            True,
        ),
        (
            "Will the boiler engineer fix the leak today?",
            "I know how disruptive it is when a boiler leak means no heating.",
            True,
        ),
        (
            "Can my son still sit his exam if he's been ill?",
            "I understand how worrying this is; yes, he can sit it in the resit week on 9 June.",
            False,
        ),
    ],
)
def test_empathy_is_an_acknowledgement_not_an_answer(unanswered, question, reply, flagged):
    assert bool(unanswered(question, reply)) is flagged


@pytest.mark.parametrize(
    ("question", "reply", "flagged"),
    [
        ("Could you waive the late fee?", "I'll speak to my supervisor about the late fee.", True),
        (
            "How much is the call-out charge?",
            "I'm waiting to hear back from the engineers about the call-out charge.",
            True,
        ),
        (
            "Can you move my appointment to Friday?",
            "Your request to move your appointment to Friday is with the booking team.",
            True,
        ),
        (
            "Could you waive the late fee?",
            "I've spoken to my supervisor and we've waived the £10 late fee.",
            False,
        ),
    ],
)
def test_passing_it_on_is_a_deferral_not_an_answer(unanswered, question, reply, flagged):
    assert bool(unanswered(question, reply)) is flagged


@pytest.mark.parametrize(
    ("question", "reply", "flagged"),
    [
        (
            "Is the library open on Christmas Eve?",
            "On the 24th all branches open from 9am to 1pm.",
            False,
        ),
        (
            "Are you open on the bank holiday?",
            "We're open as normal on Monday 25 August, 8am to 6pm.",
            False,
        ),
        ("Is the library open on Christmas Eve?", "Our branches have a new kiosk.", True),
    ],
)
def test_a_public_holiday_is_a_date(unanswered, question, reply, flagged):
    assert bool(unanswered(question, reply)) is flagged


@pytest.mark.parametrize(
    ("reply", "flagged"),
    [
        ("I've moved your booking to the 07:30 flight tomorrow and waived the change fee.", True),
        ("Yes: send us the taxi receipt and we'll refund it in full within 5 days.", False),
    ],
)
def test_money_asked_about_must_be_named_or_given(unanswered, reply, flagged):
    question = (
        "Our flight was cancelled. Will we be compensated for the taxi we had to book tonight?"
    )
    assert bool(unanswered(question, reply)) is flagged


@pytest.mark.parametrize(
    ("reply", "flagged"),
    [
        ("We can help: hold the power button for 10 seconds, then install update 2.1.4.", False),
        ("We're sorry to hear that.", True),
    ],
)
def test_a_problem_ending_can_you_help_asks_for_help(unanswered, reply, flagged):
    question = "The update has made my laptop really slow and the fan never stops can you help me?"
    assert bool(unanswered(question, reply)) is flagged
