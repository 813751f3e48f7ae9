"""RC201: words that only describe a thing, or date an act on another ask's
thing, are no answer to an ask (round 43, asks26d). "we need the card that
came with the lock" does not say whether we will come back; "I have sent a
replacement lid today" does not say when the refund will arrive."""

from __future__ import annotations

import pytest


def _window_verbs(statement):
    return {key for window in statement.modal_windows for key in window[1:]}


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("We can cut the keys, but we need the card that came with the lock.", "com"),
        ("We will need the receipt that you got with it.", "get"),
        ("Please bring the one you bought from us.", "buy"),
    ],
)
def test_a_clause_describing_a_thing_opens_no_window(read, sentence, verb):
    (statement,) = read(sentence)
    assert verb not in _window_verbs(statement)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Please update the app, which fixes the bug.", "fix"),
        ("Yes, we will come back on Tuesday to fit it.", "com"),
        ("The day before we come, we will ring you.", "com"),
    ],
)
def test_an_act_of_its_own_still_opens_a_window(read, sentence, verb):
    (statement,) = read(sentence)
    assert verb in _window_verbs(statement)


@pytest.mark.parametrize(
    ("question", "reply", "left"),
    [
        (
            "Can we have two more keys cut? And will you need to come back to fit the "
            "letterbox guard we discussed?",
            "We can cut two more keys for £6 each; they're restricted keys so we need the "
            "card that came with the lock.",
            "will you need to come back",
        ),
        (
            "Can you fix the strap? Will you send the buckle back to me as well?",
            "We can fix the strap, but we will need the receipt that you sent back with it.",
            "Will you send the buckle back",
        ),
    ],
)
def test_a_clause_describing_a_thing_is_no_answer(unanswered, question, reply, left):
    assert any(left in ask for ask in unanswered(question, reply))


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Will you need to come back to fit the letterbox guard?",
            "Yes, we will need to come back for it; the guard that came with the lock "
            "is the wrong size.",
        ),
        ("Can I fix the app myself?", "Please update the app, which fixes the bug."),
        ("Do you ship to Ireland?", "Yes, we ship to Ireland for £8."),
    ],
)
def test_the_act_itself_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


def test_a_time_of_another_asks_act_is_no_when(unanswered):
    question = (
        "The lid of my kettle arrived cracked. Could you send me a replacement lid or "
        "should I send the whole kettle back to you? Also when will the refund for the "
        "delivery charge arrive?"
    )
    reply = "Sorry about the lid. I have sent a replacement lid today by first class post."
    assert unanswered(question, reply) == ["when will the refund for the delivery charge arrive?"]


@pytest.mark.parametrize(
    "reply",
    [
        "I have sent a replacement lid today by first class post, and the refund for the "
        "delivery charge will reach your card within 5 days.",
        "I have sent a replacement lid today. Your delivery charge refund will arrive by Friday.",
    ],
)
def test_a_time_of_its_own_still_answers_when(unanswered, reply):
    question = (
        "Could you send me a replacement lid? Also when will the refund for the "
        "delivery charge arrive?"
    )
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "left"),
    [
        (
            "Please skip my March case.",
            "March's case is one of our favourites this year: a Loire Chenin, a juicy "
            "Beaujolais and a special Rioja.",
            "Please skip my March case.",
        ),
        (
            "I'd like to upgrade to the 9m x 15m marquee if it's free that weekend.",
            "Our 9m x 15m marquees are our most popular size for weddings of 100 to 150.",
            "upgrade to the 9m x 15m marquee",
        ),
        (
            "Can you swap my Harlow sofa order for the Aria?",
            "The Aria sofa is a real customer favourite, with feather cushions and oak legs.",
            "swap my Harlow sofa order",
        ),
    ],
)
def test_a_thing_only_praised_is_no_answer(unanswered, question, reply, left):
    # the thing asked about is named only to be rated (round 44, asks28d)
    assert any(left in ask for ask in unanswered(question, reply))


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Could you do something with a pony on top?",
            "A pony topper is one of my favourite things to make, so yes, I can do a "
            "sugar-paste pony on a green cake.",
        ),
        (
            "Can they be outdoors?",
            "Yes, outdoor shoots are our favourite, and Heaton Park is lovely in the evening.",
        ),
        (
            "Please skip my March case.",
            "March's case is one of our favourites, but I've skipped it for you as asked.",
        ),
    ],
)
def test_praise_beside_the_answer_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Will we get back the fees we've already paid for the spring term?",
            "The spring term fees are £180, payable in advance, and cover eleven lessons.",
        ),
        ("Will I get the booking fee back?", "The booking fee is £4.50."),
    ],
)
def test_a_price_of_the_thing_does_not_say_whether_it_comes_back(unanswered, question, reply):
    # the money is named only as the subject priced, not sent back (asks28d)
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Will we get back the fees we've already paid for the spring term?",
            "Yes, the £180 you paid for the spring term will be refunded to your card.",
        ),
        ("Can we have the deposit back?", "The deposit is non-refundable once the date is booked."),
        (
            "Will I get the booking fee back?",
            "The £4.50 booking fee is included in the refund, so you'll get £62.50 back.",
        ),
    ],
)
def test_money_said_to_come_back_or_not_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


def test_a_period_that_names_the_thing_priced_is_no_when(unanswered):
    # "the 2026/27 year" says which rent is priced, not when a payment is due
    question = "Can you confirm my place? And tell me when the first rent payment is due?"
    reply = (
        "Rent for the 2026/27 year is £168 a week for an en-suite room, payable in three "
        "instalments."
    )
    assert "tell me when the first rent payment is due?" in unanswered(question, reply)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "When is the first rent payment due?",
            "Rent for the 2026/27 year is £168 a week, and the first payment is due on 1 October.",
        ),
        ("When is my appointment?", "Your appointment on Tuesday 4 May at 10am is £45."),
        ("How soon could I take my test?", "The 30-hour course is £1,150 and runs over two weeks."),
    ],
)
def test_a_time_of_its_own_beside_a_price_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "left"),
    [
        (
            "We've just inherited my gran's piano. How often should it be tuned?",
            "A standard tuning is £75 and takes about an hour and a quarter.",
            "How often should it be tuned?",
        ),
        (
            "Alfie looks great after his strip. How often should he come in?",
            "At the moment we have regular slots on Tuesday and Wednesday mornings, and I "
            "can hold the same time for you for his next few visits.",
            "How often should he come in?",
        ),
        (
            "How frequently should the water filter be changed?",
            "The water filter takes five minutes to change and costs £12.",
            "How frequently should the water filter be changed?",
        ),
    ],
)
def test_a_length_or_a_day_is_no_frequency(unanswered, question, reply, left):
    # "how often" asks a frequency: how long one takes, its price or the days
    # free do not say it (round 44, asks29d)
    assert any(left in ask for ask in unanswered(question, reply))


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "How often should the piano be tuned?",
            "A piano in a heated room should be tuned twice a year, and a tuning takes "
            "about an hour.",
        ),
        (
            "How often should he come in?",
            "For a coat like his I'd leave 6 to 8 weeks between grooms.",
        ),
        (
            "How frequently should the water filter be changed?",
            "Change the water filter every three months, or sooner if the flow slows.",
        ),
    ],
)
def test_a_frequency_still_answers_how_often(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "left"),
    [
        (
            "I moved out of 14 Elm Road on 28 February. Will my £85 credit be refunded to me?",
            "Credit balances on closed accounts are reviewed by our accounts team, and "
            "refunds can take up to 14 days once they have been approved.",
            "Will my £85 credit be refunded to me?",
        ),
        (
            "I want to know if my passport is already sent back to me from the embassy.",
            "Current processing times for visa applications are 4 to 6 weeks, and "
            "passports are returned by tracked courier once the embassy has finished.",
            "if my passport is already sent back",
        ),
        (
            "Could you tell me whether our deposit has been returned?",
            "Deposits are returned within ten days of both parties agreeing any deductions.",
            "whether our deposit has been returned",
        ),
    ],
)
def test_a_policy_for_everyone_is_no_answer_on_their_own(unanswered, question, reply, left):
    # a policy said of everyone, where the customer asked after their own
    # thing: asked indirectly ("if my passport is"), or with a length that
    # shares a figure of theirs ("14 days", "14 Elm Road") (round 44, asks29d)
    assert any(left in ask for ask in unanswered(question, reply))


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "I moved out of 14 Elm Road. Will my £85 credit be refunded to me?",
            "Your £85 credit will be refunded to your bank within 14 days.",
        ),
        (
            "I want to know if my passport is already sent back to me from the embassy.",
            "Yes, your passport was posted back to you by tracked courier on 20 May.",
        ),
        (
            "I'd like to know if my son can join the Saturday class.",
            "Children over 8 are welcome in all our Saturday classes.",
        ),
    ],
)
def test_their_own_case_or_a_rule_asked_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("the Shimano 105 rear derailleur", {("front-back", "back")}),
        ("your XR2 front wheel", {("front-back", "front")}),
        (
            "her previous top aligner and the current bottom one",
            {("upper-lower", "upper"), ("upper-lower", "lower")},
        ),
        ("the rear tyres", {("front-back", "back")}),
        # a particle or a verb, not a side
        ("bring the car back tomorrow", set()),
        ("the parcel left the depot", set()),
        ("the van front", set()),
    ],
)
def test_a_side_after_a_make_or_model(text, sides):
    from replycheck.thread.answers import sides_named
    from replycheck.thread.lexicon import WORD, fold

    assert sides_named(WORD.findall(fold(text))) == sides


def test_the_other_side_of_a_model_is_no_answer(unanswered):
    # "the rear derailleur" asked, "the front derailleur" of the same model
    # answered (round 44, asks29d)
    question = "Do you have the Shimano 105 rear derailleur (R7000, 11-speed) in stock?"
    other = "We've got the Shimano 105 front derailleur in stock, and fitting is £20."
    same = "We've got the Shimano 105 rear derailleur in stock, and fitting is £20."
    assert any("rear derailleur" in ask for ask in unanswered(question, other))
    assert unanswered(question, same) == []


_GONE = (
    "Hello,\nOur wedding venue has closed down, so we won't need the marquee on the 14th "
    "after all. Really upset about it. I'd like to know if I'll get my £200 deposit back, "
    "as we paid it in March.\nRegards,\nAnna Price"
)
_OPENING = (
    "Dear Ms Price,\nI'm so sorry to hear about your venue, that's an awful thing to happen "
    "so close to the day.\nI have cancelled the marquee booked for the 14th. "
)


@pytest.mark.parametrize(
    ("question", "reply", "left"),
    [
        (
            _GONE,
            _OPENING + "Deposits are handled under our terms and conditions (section 4), which "
            "you can find on our website or on your booking form.\nIf you find another venue, "
            "we'd be glad to help.\nKind regards,\nTom",
            "if I'll get my £200 deposit back",
        ),
        (
            "Hi,\nI'm moving to Spain for work in February. Please cancel my gym membership "
            "from the end of January and refund the unused months.\nThanks,\nJo",
            "Hi Jo,\nGood luck with the move! I've cancelled your membership from 31 January.\n"
            "Regarding the unused months, refunds are handled in line with the membership "
            "terms.\nThanks,\nFitHub",
            "refund the unused months",
        ),
    ],
)
def test_pointing_to_the_terms_is_no_answer(unanswered, question, reply, left):
    # the only sentence on the thing asked says where the rule is written
    # ("handled under our terms and conditions"), not what happens to the
    # customer's deposit or months (round 46, asks32d)
    assert any(left in ask for ask in unanswered(question, reply))


@pytest.mark.parametrize(
    "reply",
    [
        # the verdict beside the reference
        _OPENING + "Your £200 deposit will be refunded to your card this week, as set out in "
        "section 4 of our terms.\nKind regards,\nTom",
        # a refusal with the terms as its reason
        _OPENING + "Deposits are not refundable within 30 days of the event, as set out in "
        "section 4 of our terms, but we can hold it for a new date.\nKind regards,\nTom",
    ],
)
def test_the_terms_named_beside_a_verdict_still_answer(unanswered, reply):
    assert unanswered(_GONE, reply) == []


@pytest.mark.parametrize(
    ("sentence", "referred"),
    [
        ("Deposits are handled under our terms and conditions (section 6).", True),
        ("Grading policies for late work are set out in section 7 of the student handbook.", True),
        ("Late returns and deposits are covered in section 4 of the hire agreement.", True),
        # insurance cover is an answer, not a pointer
        ("Storm damage to outbuildings is covered under your Buildings section.", False),
        ("Refunds are paid within five days.", False),
    ],
)
def test_what_reads_as_pointing_to_the_terms(sentence, referred):
    from replycheck.thread.type_veto import _REFERRED

    assert (_REFERRED.search(sentence) is not None) is referred


_WINES = (
    "Dear Fiona,\n\nWe have the Malbec and the Pinot Noir from this month's case. We're doing "
    "roast chicken for my mother's birthday on Sunday. Which of the two would go better with "
    "the chicken?\n\nBest,\nMichael"
)


def test_a_pick_between_named_things_is_not_made_by_describing_both(unanswered):
    # "which" standing for things already named asks for a pick; a draft
    # that describes both sides has not chosen (round 46, asks32d)
    reply = (
        "Dear Michael,\n\nWhat a lovely occasion, and thank you for asking.\n\nBoth are "
        "wonderful wines from small family producers. The Malbec comes from high vineyards in "
        "Mendoza and has spent a year in French oak, while the Pinot Noir is from Central "
        "Otago. We're very proud of both this month.\n\nWarm regards,\nFiona"
    )
    assert any("Which of the two" in ask for ask in unanswered(_WINES, reply))


def test_a_pick_made_still_answers(unanswered):
    reply = (
        "Dear Michael,\n\nI'd open the Pinot Noir: its lighter body sits beautifully with roast "
        "chicken, where the Malbec would overpower it.\n\nWarm regards,\nFiona"
    )
    assert unanswered(_WINES, reply) == []


@pytest.mark.parametrize(
    ("ask", "between"),
    [
        ("Which of the two would go better with the lamb?", True),
        ("Which is right?", True),
        ("which do you recommend?", True),
        # a thing of its own after "which": the answer names one
        ("Which kite would you recommend for a beginner?", False),
        ("Which one do I need?", False),
    ],
)
def test_what_reads_as_a_pick_between_named_things(ask, between):
    from replycheck.thread.type_veto import _PICK_BETWEEN

    assert (_PICK_BETWEEN.search(ask) is not None) is between
