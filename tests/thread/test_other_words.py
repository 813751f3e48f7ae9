"""Answers in the agent's own words (RC201 end to end): spans of time written
out, "There is -" as a bare yes, the customer's own timeframe repeated with a
qualifier, a "where should I send it?" that an arrival time does not answer.
Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from replycheck.thread.answers import evidence_types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("we'd expect it in four to six months", ("time",)),
        ("they keep them for seven years", ("time",)),
        ("it should take a few days", ("time",)),
        ("it takes three or four weeks", ("time",)),
        ("one day soon", ()),
        ("there are two options", ()),
    ],
)
def test_a_span_of_time_in_words_is_hard_evidence(text, types):
    assert tuple(t for t in evidence_types(text) if t == "time") == types


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "How long does it take to build a garden room?",
            "Our fitters usually build a garden room in three to four weeks, weather permitting.",
        ),
        (
            "How long will my application take to process?",
            "Applications like yours are decided within eight weeks of the site visit.",
        ),
    ],
)
def test_a_span_of_time_in_words_answers_how_long(unanswered, question, reply):
    assert unanswered(question, reply) == []


def test_there_is_with_a_dash_is_a_bare_yes(unanswered):
    question = "Is there a baby changing room in the hall?"
    reply = "There is - you'll find it next to the cafe on the ground floor."
    assert unanswered(question, reply) == []


def test_a_bare_yes_needs_its_break_not_any_there_is(unanswered):
    question = "Is there a baby changing room in the hall?"
    reply = "There is a cafe on the ground floor which serves hot drinks all day."
    assert unanswered(question, reply) == [question]


def test_the_customers_own_timeframe_with_working_is_still_theirs(unanswered):
    question = "My parcel was posted eight days ago. Where is it?"
    reply = "Parcels can take up to eight working days to reach you."
    assert unanswered(question, reply) == ["Where is it?"]


def test_where_should_i_send_is_not_answered_by_an_arrival_time(unanswered):
    question = "Where should I post the signed form?"
    reply = "Your signed form will be processed within two weeks of arriving."
    assert unanswered(question, reply) == [question]


def test_where_is_it_is_still_answered_by_an_arrival_time(unanswered):
    question = "I ordered a rug last week. Where is it?"
    reply = "Your rug is with the courier and will be with you on Thursday."
    assert unanswered(question, reply) == []


def test_a_sell_out_explains_a_why(unanswered):
    question = "Why hasn't my order of the green teapot shipped?"
    reply = "The green teapot sold out the day after you ordered. I've refunded the full amount."
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    "reply",
    [
        "The driver marked your parcel as delivered at 2pm but left it at number 14.",
        "Our system flagged the payment as unusual, so the card was blocked.",
        "The courier's van broke down on the way to you this morning.",
    ],
)
def test_what_happened_is_answered_by_telling_what_happened(unanswered, reply):
    question = "My parcel never arrived. What happened?"
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    "reply",
    [
        "We're very sorry for the trouble and thank you for your patience.",
        "The trouble you experienced must have been very frustrating.",
        "Parcels are normally delivered within three working days.",
    ],
)
def test_what_happened_is_not_answered_by_sympathy_or_policy(unanswered, reply):
    question = "My parcel never arrived. What happened?"
    assert unanswered(question, reply) == ["What happened?"]


def test_a_longer_why_still_needs_its_own_reason(unanswered):
    question = "I returned the coat a month ago. Why did nobody reply to my last email?"
    reply = "The refund was sent to your card on the 17th, so it should show by Friday."
    assert unanswered(question, reply) == ["Why did nobody reply to my last email?"]


def test_a_bare_why_takes_a_cause_in_other_words(unanswered):
    question = "My card was declined at the airport. Why?"
    reply = "Our fraud checks stopped it after a payment abroad, so I've lifted the block."
    assert unanswered(question, reply) == []


def test_roughly_is_no_part_of_what_is_asked(unanswered):
    question = "Can you tell me roughly how long a divorce takes?"
    reply = "In our experience the final order usually comes through in five to six months."
    assert unanswered(question, reply) == []


def test_a_bare_yes_answers_the_first_question_it_speaks_to(unanswered):
    question = "Is the village hall heated in winter? Do you allow dogs in the garden?"
    reply = "Yes, the heating comes on an hour before your booking starts."
    assert unanswered(question, reply) == ["Do you allow dogs in the garden?"]


def test_a_bare_yes_is_not_given_to_a_question_it_does_not_speak_to(unanswered):
    question = "Is the pool heated? Is there a cafe on site?"
    reply = "Yes, there's a cafe by the entrance serving hot food all day."
    assert unanswered(question, reply) == ["Is the pool heated?"]


def test_and_if_so_is_not_left_on_the_ask_before_it(unanswered):
    question = "Will you provide packing boxes, and if so how many?"
    reply = "Thanks for your message."
    assert unanswered(question, reply)[0] == "Will you provide packing boxes"


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        (
            "What's the earliest you could fit the new stair carpet?",
            "Our fitter Dave has a free slot on Thursday morning.",
            [],
        ),
        (
            "What's the earliest you could fit the new stair carpet?",
            "All our carpets come with a ten-year wear guarantee.",
            ["What's the earliest you could fit the new stair carpet?"],
        ),
    ],
)
def test_a_what_question_about_a_date_takes_a_date(unanswered, question, reply, expected):
    assert unanswered(question, reply) == expected


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        (
            "Is there a charge if the dog needs a second bath?",
            "We'd charge an extra £8 for a second wash, and we always ring you first.",
            [],
        ),
        (
            "Is there a charge for parking at the venue?",
            "Your tickets cost £25 each, and the booking fee is £2.",
            ["Is there a charge for parking at the venue?"],
        ),
        (
            "Can I leave my contract without paying the exit charge?",
            "We charge £5 more a month from April because of the yearly price change.",
            ["Can I leave my contract without paying the exit charge?"],
        ),
    ],
)
def test_is_there_a_charge_is_answered_by_the_charge_with_a_figure(
    unanswered, question, reply, expected
):
    assert unanswered(question, reply) == expected


def test_telling_what_happened_to_it_answers_a_yes_no_question(unanswered):
    question = "Have you received the gas meter photo I sent on Sunday?"
    reply = "Your meter photo from Sunday arrived safely and is on your account now."
    assert unanswered(question, reply) == []


def test_an_adjective_in_ed_does_not_tell_what_happened(unanswered):
    question = "I'd like to upgrade to the unlimited data plan."
    reply = "The unlimited data plan is £25 a month on a 12-month contract."
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        (
            "Our recycling wasn't collected on Monday. When will it be emptied?",
            "Crews collect recycling bins every other Monday from 7am.",
            ["When will it be emptied?"],
        ),
        (
            "Our bins were missed again. When will they be emptied?",
            "A crew will be on your road tomorrow morning to empty them.",
            [],
        ),
        (
            "My parcel hasn't arrived. When will it come?",
            "It will be with you on Thursday.",
            [],
        ),
    ],
)
def test_a_when_about_the_customers_own_thing_is_not_answered_by_policy(
    unanswered, question, reply, expected
):
    assert unanswered(question, reply) == expected


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        (
            "I had a blood test last week. When will I get the results?",
            "Your test on 3 March was carried out by our practice nurse.",
            ["When will I get the results?"],
        ),
        (
            "I moved out in June. When will my deposit be returned?",
            "Your deposit was released this morning, so it should reach you within 2 days.",
            [],
        ),
    ],
)
def test_a_past_event_with_its_date_does_not_say_when_something_will_happen(
    unanswered, question, reply, expected
):
    assert unanswered(question, reply) == expected


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        (
            "The salmon in my box was off. Can I have a refund for the salmon meals?",
            "Have you tried our new Family box? It's £10 off your first one this week!",
            ["Can I have a refund for the salmon meals?"],
        ),
        (
            "My spin class was cancelled at the last minute. I'd like compensation.",
            "I've added £12 to your account to make up for it.",
            [],
        ),
    ],
)
def test_an_amount_answers_a_money_request_only_about_what_it_names(
    unanswered, question, reply, expected
):
    assert unanswered(question, reply) == expected


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Hi, can I get a refund for the broken lamp?", "We've refunded the $24 today."),
        ("Could I get a refund for the faulty heater?", "Your refund of £60 went out today."),
    ],
)
def test_the_thing_asked_for_stands_for_the_verb(unanswered, question, reply):
    # "get a refund": the refund done answers it, whatever else the ask names
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Can I get a refund for the broken blender?", "We've received your refund request."),
        ("Could I get an extension on my deadline?", "Deadlines are set by the exam board."),
    ],
)
def test_the_thing_asked_for_still_needs_an_answer(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # "mended" is a repair
        (
            "The street lamp outside my house has gone out. I would be grateful if you "
            "could have it mended.",
            "Our lighting contractor will repair the lamp outside your house within five "
            "working days.",
        ),
        # the electricity is the power
        (
            "I should like to know whether the electricity will be off during the fitting.",
            "The power will be off for about 40 minutes while the meter is fitted.",
        ),
        # "arrange for" is a light verb: the repair is what is asked
        (
            "My radiator is cold at the top. I would be most grateful if you could arrange "
            "for a repair.",
            "I have raised a repair for your radiator, reference HR-77120.",
        ),
    ],
)
def test_formal_requests_are_answered_in_other_words(unanswered, question, reply):
    assert unanswered(question, reply) == []


def test_money_returned_is_a_refund(unanswered):
    question = "If I do not need it, please tell me whether any money will be returned."
    reply = "Because your licence runs until January, you will be due a refund of about £60."
    assert unanswered(question, reply) == []


def test_an_apology_that_opens_a_refusal_answers(unanswered):
    # "I'm sorry, <refusal>": the apology ends at its comma; the refusal answers
    question = "Could my wife use my season ticket instead?"
    assert unanswered(question, "I'm sorry, season tickets can't be passed on.") == []
    assert unanswered(
        question, "I'm sorry, we have passed your question about the ticket to the team."
    ) == [question]


def test_a_proposal_put_as_a_question_takes_a_no(unanswered):
    question = "I no longer need my bus ticket. Otherwise, perhaps my wife might use it?"
    reply = (
        "You asked whether your wife can use the ticket instead. I'm sorry, season tickets "
        "are in the holder's name and can't be passed on, so that isn't possible."
    )
    assert unanswered(question, reply) == []


def test_a_restated_question_followed_by_a_bare_answer_is_answered(unanswered):
    # "You asked whether ... | No, ...": the restatement introduces the answer,
    # it does not set the question aside
    question = (
        "My bill shows the wrong reading. Please would you correct this. I would also like "
        "to know if I must pay the amount on the bill by the date given."
    )
    reply = (
        "I have corrected the reading and reissued the bill: the amount due is now £87.40. "
        "You asked whether you should still pay the old amount by the date printed on it. "
        "No, please ignore that bill."
    )
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # "of their own accord" is automatic
        (
            "My pension fund is closing. Will my savings be moved across of their own accord?",
            "The transfer is automatic and takes place on 14 April.",
        ),
        # "keep doing it" is continuing
        (
            "I send the reading by photograph each quarter. May I continue to send the "
            "reading in this manner, or is there some other form I ought to complete?",
            "As for reading the meter yourself, yes, you can keep doing it this way.",
        ),
    ],
)
def test_going_on_as_before_is_said_in_other_words(unanswered, question, reply):
    assert unanswered(question, reply) == []
