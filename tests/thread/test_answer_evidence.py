"""What makes a draft sentence an answer rather than a mention (RC201 end to end).

An answer commits something about the asked thing: a done action for a
request, a yes/no or a plain statement with evidence for a yes/no question,
evidence the customer did not supply themselves for a "when"/"how much".
Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

import replycheck
from replycheck.config import Config
from replycheck.thread.answers import STRONG, evidence_types

# -- evidence the customer gave is not an answer ------------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # the date, amount or number repeated from the question
        (
            "How much is the upgrade to fibre 500?",
            "Fibre 500 is available at your address and installation takes two weeks.",
        ),
        (
            "Is my flight still going ahead tomorrow?",
            "Flights tomorrow may be affected by the strike, and we'll update you by text.",
        ),
        (
            "Could you extend my free trial by a week?",
            "Your free trial gives you full access to every feature.",
        ),
        (
            "Can you send a technician this week?",
            "Our technicians are very busy this week because of the cold weather.",
        ),
    ],
)
def test_repeating_the_customers_own_date_or_amount_does_not_answer(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


def test_the_customers_value_still_counts_with_a_committed_action(unanswered):
    question = "Can I move the payment date to the 28th?"
    assert unanswered(question, "Done: your payment date is now the 28th.") == []


def test_new_evidence_of_the_asked_type_answers(unanswered):
    question = "How much is the upgrade to fibre 500?"
    assert unanswered(question, "Fibre 500 costs £32 a month, with no set-up fee.") == []


# -- requests need an action, yes/no-shaped ones also take a yes or no --------


def test_an_imperative_request_is_not_answered_by_a_description(unanswered):
    question = "Please unsubscribe me from your newsletters."
    reply = "Our newsletters include exclusive offers and news about new products."
    assert unanswered(question, reply) == [question]


def test_an_imperative_request_is_answered_by_the_action(unanswered):
    question = "Please unsubscribe me from your newsletters."
    reply = "I've removed you from our newsletter list, so you won't get any more."
    assert unanswered(question, reply) == []


def test_a_request_asked_as_a_question_takes_a_yes_in_other_words(unanswered):
    question = "Can I get the difference back?"
    reply = "Our price promise covers this, so you're entitled to the difference."
    assert unanswered(question, reply) == []


# -- a yes/no question answered by a plain statement --------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Is the gym open on Christmas Day?",
            "We're closed on Christmas Day and open again from 7am on Boxing Day.",
        ),
        (
            "Can I bring my bike on the train?",
            "Bikes travel free on all our trains outside rush hour.",
        ),
        (
            "Do you accept returns on sale items?",
            "Sale items can be returned within 14 days like any other purchase.",
        ),
        (
            "I was wondering whether children under five need a ticket.",
            "Children under five come in free of charge without a ticket.",
        ),
    ],
)
def test_a_plain_statement_with_evidence_answers_a_yes_no_question(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # names the subject only, commits nothing about what was asked
        (
            "Will the concert start on time?",
            "The concert has been very popular and the venue will be full.",
        ),
        # names the topic but gives no evidence and no yes or no
        (
            "Is the gym open on Christmas Day?",
            "The gym on Christmas Day is something a lot of members ask about.",
        ),
    ],
)
def test_a_statement_that_only_mentions_the_subject_does_not(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


def test_a_statement_naming_all_of_a_question_answers_it(unanswered):
    question = "Is the walnut desk in stock in the large size?"
    assert unanswered(question, "The large walnut desk is in stock.") == []


def test_naming_a_short_question_in_passing_does_not(unanswered):
    question = "Is there a tariff with no exit fee?"
    reply = "The exit fee is explained in the welcome pack we posted to you."
    assert unanswered(question, reply) == [question]


def test_a_pointing_question_is_answered_about_what_it_names(unanswered):
    original = "Our dog Biscuit had his jabs with you in May. Is he due a worming tablet yet?"
    report = replycheck.Checker(Config(select=("RC201",))).check(
        "Hi,\n\nBiscuit's next worming tablet is due on 3 February.\n\nBest,\nAlex",
        original=original,
    )
    assert [f for f in report.findings if f.code == "RC201"] == []


# -- a typed question needs its own type of answer ----------------------------


def test_how_many_is_not_answered_by_a_time_cue(unanswered):
    question = "How many reward stamps are on my card?"
    reply = "Reward stamps are added to your card after each visit to the café."
    assert unanswered(question, reply) == [question]


def test_how_many_is_answered_by_a_number(unanswered):
    question = "How many reward stamps are on my card?"
    assert unanswered(question, "There are 7 reward stamps on your card.") == []


def test_has_my_thing_been_done_is_a_yes_no_question(unanswered):
    question = "Has my planning application been approved?"
    reply = "Planning applications are currently taking around eight weeks to process."
    assert unanswered(question, reply) == [question]
    assert unanswered(question, "Yes, your application was approved on 2 March.") == []


# -- a "what/which" question is answered about what it asks for ---------------


def test_what_question_is_not_answered_by_the_rest_of_its_words(unanswered):
    question = "What are the visiting hours on the maternity ward?"
    reply = "The maternity ward is on the third floor of the east wing."
    assert unanswered(question, reply) == [question]


def test_what_question_is_answered_when_the_reply_names_what_it_asks_for(unanswered):
    question = "What are the visiting hours on the maternity ward?"
    reply = "Visiting hours on the maternity ward are 2pm to 8pm every day."
    assert unanswered(question, reply) == []


def test_focus_words_are_split_as_topics_are(unanswered):
    question = "What's the cut-off for same-day orders?"
    assert unanswered(question, "The cut-off for same-day orders is 1pm.") == []


def test_could_you_confirm_needs_a_yes_or_a_done_action(unanswered):
    question = "Could you confirm my table for Saturday?"
    reply = "Thanks for choosing us! Saturday is always a lively night at the restaurant."
    assert unanswered(question, reply) == [question]
    assert unanswered(question, "Yes, your table for four is booked for 7pm on Saturday.") == []


# -- a request done in other words --------------------------------------------


def test_a_request_done_with_evidence_answers_despite_its_extra_detail(unanswered):
    question = "I'd like to book a service for my van next month, before the school holidays."
    reply = "I've booked you in for Monday 12 May at 8:30am."
    assert unanswered(question, reply) == []


def test_a_policy_about_the_requested_verb_is_not_doing_it(unanswered):
    question = "Please refund the delivery charge on my order."
    reply = "Refunds are processed within 5 working days of approval."
    assert unanswered(question, reply) == [question]


def test_a_how_to_question_is_answered_by_instructions(unanswered):
    question = "How do I add a second driver to my policy online?"
    reply = "Open the app, tap Drivers and choose Add, then fill in their details."
    assert unanswered(question, reply) == []


def test_space_and_places_left_are_the_same_thing(unanswered):
    question = "Is there space for five of us?"
    reply = "There are six places left, so I've held five for you until Friday."
    assert unanswered(question, reply) == []


# -- who, and restating the question --------------------------------------------


def test_who_is_not_answered_by_the_customers_own_words_for_the_person(unanswered):
    question = "Who is my case handler?"
    reply = "Every claim is given a case handler who looks after it from start to finish."
    assert unanswered(question, reply) == [question]


def test_who_is_answered_by_a_name(unanswered):
    question = "Who is my case handler?"
    assert unanswered(question, "Your case handler is Priya Shah, on extension 4410.") == []


def test_a_weekday_is_not_a_name(unanswered):
    question = "Who is my case handler?"
    assert unanswered(question, "Your case handler will be assigned on Monday.") == [question]


def test_understanding_that_youre_asking_is_an_acknowledgement(unanswered):
    question = "Could you let me know if I can still change my seat?"
    reply = "I understand you're hoping to change your seat, and I know that matters."
    assert unanswered(question, reply) == [question]


def test_a_measurement_is_hard_evidence(unanswered):
    question = "What's the size limit for checked skis?"
    assert unanswered(question, "Skis can be up to 190cm long in the hold.") == []


def test_at_least_and_years_old_answer_a_minimum_age(unanswered):
    question = "What's the minimum age for the go-kart track?"
    reply = "Drivers need to be at least 12 years old, with an adult signing them in."
    assert unanswered(question, reply) == []


def test_a_request_done_to_the_thing_it_names_answers(unanswered):
    question = "Please add my colleague Ravi to our shared calendar."
    reply = "I've sent Ravi an invitation; he'll see the calendar once he accepts it."
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    "reply",
    [
        "I've passed your request to add Ravi to our accounts team.",
        "I've raised a ticket to add Ravi and the team will be in touch.",
        "I've noted that you'd like Ravi added.",
    ],
)
def test_passing_a_request_on_is_not_doing_it(unanswered, reply):
    question = "Please add my colleague Ravi to our shared calendar."
    assert unanswered(question, reply) == [question]


def test_a_named_place_answers_where(unanswered):
    question = "Where can I hand in the old router?"
    reply = "You can hand it in at any Fonebox store; the closest is on Mill Lane."
    assert unanswered(question, reply) == []


def test_the_customers_own_place_name_does_not(unanswered):
    question = "Where can I collect my parcel in Leeds?"
    reply = "Parcels for Leeds are handled by our courier partner."
    assert unanswered(question, reply) == [question]


def test_a_fault_named_as_the_cause_answers_the_only_why(unanswered):
    question = "Why does my TV signal keep cutting out?"
    reply = "There's a fault on the mast that serves your area, and engineers are on site today."
    assert unanswered(question, reply) == []


def test_a_yes_about_one_clause_does_not_answer_the_other(unanswered):
    # both clauses of the question are asks, so the "Yes," goes with its own topic
    question = "Is the sauna included with a day pass, and do you rent out swimming caps?"
    reply = "Yes, the sauna comes with every day pass and is open until 9 pm."
    assert unanswered(question, reply) == ["do you rent out swimming caps?"]


def test_being_welcome_answers_whether_something_is_allowed(unanswered):
    question = "Are bikes allowed on the early ferry?"
    reply = "Bikes are very welcome on the early ferry; the crew will show you where to stow them."
    assert unanswered(question, reply) == []


# -- hedges and boilerplate commit to nothing ---------------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Am I entitled to a refund for the cancelled spin class?",
            "Members may be entitled to a refund, depending on the reason for the cancellation.",
        ),
        (
            "Can I claim compensation for the missed connection?",
            "Passengers can sometimes claim compensation for missed connections.",
        ),
        (
            "Is my boiler covered for the leak?",
            "Leaks are sometimes covered, depending on the cause.",
        ),
        (
            "Can my daughter switch to the afternoon class?",
            "Pupils can sometimes switch classes, it depends on space.",
        ),
        (
            "Will the delivery driver wear a mask?",
            "The safety of our delivery drivers and customers is at the heart of what we do.",
        ),
    ],
)
def test_a_hedge_or_boilerplate_on_the_topic_does_not_answer(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # a hedge with hard evidence still commits to something
        ("When will my visa fee refund arrive?", "It may take up to 10 working days to arrive."),
        (
            "Can I pay by bank transfer?",
            "You can pay by bank transfer; it may take a day to clear.",
        ),
        # a bare yes commits, whatever the hedge after it
        ("Is the outdoor pool heated?", "Yes, though it may be a little cooler first thing."),
        ("Is the korma nut-free?", "Yes, the korma is nut-free; we take allergies very seriously."),
    ],
)
def test_a_hedge_with_evidence_or_a_yes_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Can I get the booking fee back for the cancelled concert?",
            "Booking fees for cancelled concerts are handled in line with our terms of sale.",
        ),
        (
            "Will I get a refund for the unused months?",
            "Refunds for unused months are processed in accordance with our cancellation policy.",
        ),
        (
            "Can I add a second sim to my plan?",
            "We have a wide choice of sim plans to suit every household.",
        ),
    ],
)
def test_a_pointer_to_the_rulebook_or_an_offer_to_suit_everyone_does_not_answer(
    unanswered, question, reply
):
    """Saying a thing follows "our terms" or suits "every" customer tells this
    customer nothing about their case."""
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # the rulebook named beside the answer itself
        (
            "Can I get the booking fee back for the cancelled concert?",
            "Yes, the £3 booking fee is refunded with the ticket, in line with our terms of sale.",
        ),
        (
            "Will my deposit be returned if I move out early?",
            "Your £900 deposit will be returned within 10 days of the checkout, in accordance "
            "with our tenancy procedures.",
        ),
        (
            "Can I add a second sim to my plan?",
            "Yes, and there are sim plans to suit every budget.",
        ),
    ],
)
def test_the_rulebook_named_beside_an_answer_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


# -- an acknowledgement that restates the question is no answer --------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Why was my planning application fee not refunded?",
            "We've received your email and your question about the planning application fee, "
            "and it has been logged with the finance team.",
        ),
        (
            "Can you change my seat to an aisle on the Rome flight?",
            "I've forwarded your seat request for the Rome flight to our reservations team.",
        ),
        (
            "Can you waive the late fee on my gym account?",
            "I understand you'd like the late fee on your gym account waived, and I've passed "
            "your request to the membership manager.",
        ),
    ],
)
def test_the_customers_words_inside_an_acknowledgement_do_not_answer(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # what follows the acknowledgement acts on it and points back at it
        (
            "Can I get a refund for the cancelled lesson?",
            "I understand you'd like a refund for the cancelled lesson, "
            "and I've processed it today.",
        ),
        (
            "Can you reset my router remotely?",
            "I see you've asked about a remote reset, and I've just done it, so the lights "
            "should be green within 5 minutes.",
        ),
        (
            "Is the late checkout confirmed?",
            "Thank you for your message about late checkout; yes, it's confirmed until 1 pm.",
        ),
    ],
)
def test_an_answer_after_an_acknowledgement_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


# -- a clear no with a reason is an answer ------------------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Can I get a refund for my flight on 3 December?",
            "Your ticket is a Light fare, so it can't be refunded, but you can move it for a fee.",
        ),
        (
            "Can I get my deposit back for the cancelled party on the 9th?",
            "Deposits aren't refundable, as we turned other bookings away for that date.",
        ),
    ],
)
def test_a_refusal_with_a_reason_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # a no with a reason, but about something else than what was asked for
        (
            "Can I get a refund for the broken blender?",
            "The blender isn't covered by the courier's insurance because it was packed by the "
            "seller.",
        ),
        (
            "Can I transfer my ticket to my brother?",
            "Tickets were sold out within an hour because demand was so high.",
        ),
    ],
)
def test_a_no_about_something_else_does_not_answer(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


# -- the same thing in other words --------------------------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Could you freeze my climbing wall pass?",
            "I've suspended your pass from today; it restarts whenever you tell us.",
        ),
        ("Can I defer my start date to January?", "Your deferral to January is approved."),
    ],
)
def test_a_synonym_of_the_asked_thing_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


def test_freezing_a_card_is_still_about_its_security(unanswered):
    question = "Can you freeze my card? I think it was skimmed."
    reply = "I've blocked your card, so no payments can go through."
    assert unanswered(question, reply) == []


# -- "why" wants a reason, not the status of the thing ------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Why was my gas bill estimated this quarter?",
            "Your gas bill for this quarter is £214 and is due on 5 May.",
        ),
        (
            "Why has my parcel been sent back to the depot?",
            "Your parcel is at our Leeds depot and can be collected until Friday.",
        ),
        (
            "Why did the vet charge me for a second consultation?",
            "The second consultation was on 12 March with Dr Ellis.",
        ),
    ],
)
def test_a_status_with_figures_does_not_answer_why(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Why has my parcel been sent back to the depot?",
            "The courier couldn't find your building, so it went back to the depot; we've "
            "rebooked it for Friday.",
        ),
        (
            "Why did the vet charge me for a second consultation?",
            "The second consultation covered the follow-up X-ray, which is billed separately.",
        ),
    ],
)
def test_a_reason_with_figures_answers_why(unanswered, question, reply):
    assert unanswered(question, reply) == []


# -- a neighbouring aspect of the same thing is no answer ---------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Can I pay for the braces in instalments?",
            "The braces cost £2,400 and treatment takes about 18 months.",
        ),
        (
            "Can I pay the school trip deposit in instalments?",
            "The school trip deposit is £120 and is due by 14 February.",
        ),
        (
            "Can we export our audit log as CSV?",
            "The audit log keeps every sign-in and export for 12 months, and admins can filter "
            "it by user.",
        ),
    ],
)
def test_a_fact_about_a_neighbouring_aspect_does_not_answer(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Can I pay the school trip deposit in instalments?",
            "You can pay the £120 deposit in three monthly instalments through ParentPay.",
        ),
        # what the question asks of its subject, implied by hard evidence
        ("Will there be a fee for moving my broadband?", "There's no charge for the move."),
        ("Can the engineer come on a Saturday?", "The engineer can come this Saturday at 9."),
        # a choice question: either choice is its complement
        ("Is it my laptop or is it your server?", "It's our server: a disk failed at 2am."),
    ],
)
def test_naming_or_implying_what_was_asked_of_the_subject_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


# -- a promise to find out is not an answer -----------------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Can I bring the pushchair on the tour bus?",
            "I'll ask the tour operator whether pushchairs fit on the bus and let you know.",
        ),
        (
            "Is the 2pm pottery workshop still going ahead?",
            "We're checking with the tutor if the 2pm workshop can still run on Saturday.",
        ),
        (
            "Can you refund the £18 delivery charge?",
            "I'm going to ask our finance team whether the £18 delivery charge can be refunded.",
        ),
        (
            "Will the replacement boiler part arrive before Friday?",
            "I'm chasing the supplier for the boiler part and will update you by Thursday.",
        ),
    ],
)
def test_a_deferral_naming_the_question_does_not_answer(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # an answer, then a deferral about something else
        (
            "Can I get a refund on the unused lift pass?",
            "I've refunded the £45 for the unused lift pass, and I'll check whether the ski "
            "hire can be refunded too.",
        ),
        (
            "Is the 2pm pottery workshop still going ahead?",
            "Yes, the 2pm workshop is going ahead; I'll ask the tutor to bring extra clay.",
        ),
        (
            "Will the replacement boiler part arrive before Friday?",
            "The part arrives on Wednesday, so we'll fit it on Thursday; I'll check if the "
            "engineer can come early.",
        ),
    ],
)
def test_an_answer_beside_a_deferral_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


# -- a policy said of everyone does not answer a question about this case -----


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Has my refund for order 7731 been processed?",
            "Refunds are processed within 5 to 7 working days of us receiving the return.",
        ),
        ("Is my parcel insured?", "All parcels over £50 must be insured by the sender."),
        (
            "Why hasn't my pension transfer completed yet?",
            "Pension transfers involve several providers and can take time.",
        ),
        (
            "Why did my order ship from Germany?",
            "Orders are sent from whichever warehouse has the item in stock.",
        ),
    ],
)
def test_a_policy_does_not_answer_a_question_about_the_customers_case(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # a general question takes a general answer
        (
            "Do your engineers call before they arrive?",
            "Our engineers always call about 30 minutes before they arrive.",
        ),
        # the question's complement is in its main clause, not its condition
        (
            "Will I get my deposit back if I cancel the venue?",
            "If you cancel more than 90 days before the date, we refund the £500 deposit in full.",
        ),
        ("Are towels provided at the spa?", "Towels and robes are provided free in the spa."),
        # a policy that refuses with a reason does answer the customer's case
        (
            "Is my booking fee refundable now the concert is cancelled?",
            "Booking fees aren't refundable because they cover the ticket agent's costs.",
        ),
        (
            "Will I get the rest of this term's fee back?",
            "Term fees aren't refundable once the term has started, as the places are held for "
            "the whole term.",
        ),
        # the customer's case, in words of its own
        (
            "Has my refund for order 7731 been processed?",
            "Your refund for order 7731 was processed on Monday.",
        ),
        (
            "Why did my order ship from Germany?",
            "Your size was only in stock at our Berlin warehouse, so it shipped from there.",
        ),
    ],
)
def test_a_general_answer_to_a_general_question_or_a_specific_one_answers(
    unanswered, question, reply
):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # an echo answer cut off by a colon or a comma is a bare yes
        (
            "Did my passport renewal go through?",
            "It did: it was approved on Monday and your new passport is being printed.",
        ),
        ("Do you open on Easter Monday?", "We do, from 10am until 4pm."),
        # emptying a bin is collecting it; slow is about speed
        (
            "When will my bin be emptied now the strike is over?",
            "Collections on your road restart this Friday, and we'll take extra bags.",
        ),
        # "there's" says there is
        (
            "Is there parking nearby?",
            "There's a public car park on Mill Street, two minutes' walk away.",
        ),
        # a done sending in other words
        (
            "Can you send the right size?",
            "The size 10 went out this morning by tracked courier.",
        ),
        (
            "Can you make my upload faster?",
            "I've moved you to the 500 Mbps plan, so your speeds go up from tomorrow.",
        ),
    ],
)
def test_answers_in_other_words(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    "text",
    [
        "When will it arrive?",
        "Can I get a refund?",
        "Is delivery free?",
        "Is there no charge for this?",
        "Will I get a full refund?",
        "Where do I find the tracking number?",
        "Is it on your website, example.com?",
        "Can you send it to http://example.org",
        "Could you deliver on Monday or today or at midday?",
        "Is it open next week, this week, at lunch time or at noon?",
        "Do you deliver at bedtime, teatime or lunchtime, tonight or tomorrow?",
        "Can I pay £20 on 3 March?",
        "Is order ab1234567 or 123456789 on its way?",
        "I paid 5 dollars for 2 kg and it took 10 days.",
        "Is it free to feel free to ask?",
        "Why was I charged twice?",
        "no extra fee, please",
        "",
    ],
)
def test_evidence_types_agree_with_every_pattern(text: str) -> None:
    """The digit/word gate of ``evidence_types`` never changes its answer."""
    lowered = text.lower()
    expected = tuple(t for t, pattern in STRONG.items() if pattern.search(lowered))
    assert evidence_types(lowered) == expected


# -- a "when" about what is still to come wants a date or a span --------------


@pytest.mark.parametrize(
    "reply",
    [
        "Our suppliers are working hard on the next batch of green kettles.",
        "We're waiting on the maker, and the green kettle should be back with us soon.",
    ],
)
def test_a_future_when_is_not_answered_by_a_vague_time_cue(unanswered, reply):
    question = "When will the green kettle be back in stock?"
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    "reply",
    [
        "The green kettle will be back in stock in early May.",
        "We expect the green kettle back in stock by the end of September.",
        "The green kettle will be back in stock within two weeks.",
    ],
)
def test_a_future_when_is_answered_by_a_month_or_a_span(unanswered, reply):
    assert unanswered("When will the green kettle be back in stock?", reply) == []


def test_a_month_named_alone_is_time_evidence():
    assert "time" in evidence_types("we'll reopen the lido in late march.")
    assert "time" in evidence_types("the new range arrives in october.")
    assert "time" not in evidence_types("you may want to march down there.")


# -- a decimal is a reading, not a date ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "please check the pressure gauge reads between 1 and 1.5.",
        "the tank holds 2.5 litres and the app is rated 4.5 stars.",
        "we support tls 1.2 and version 3.1 of the api.",
    ],
)
def test_a_decimal_is_no_date(text):
    assert "time" not in evidence_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "the engineer will be with you on 14.03.2026.",
        "your hearing is on 3.4.26 at the county court.",
        "we'll ring between 9.30 and 11.",
        "the order was dispatched on 14.03 by tracked post.",
    ],
)
def test_a_dotted_date_or_clock_time_is_time_evidence(text):
    assert "time" in evidence_types(text)


def test_a_when_is_not_answered_by_a_decimal_reading(unanswered):
    question = "When is someone coming to fix the boiler?"
    reply = (
        "Thanks for reporting the boiler fault. Boilers can struggle in cold weather, so "
        "please check the pressure gauge reads between 1 and 1.5 in the meantime."
    )
    assert unanswered(question, reply) == [question]
    answered = reply + " Our engineer will be with you on Thursday between 9.30 and 12."
    assert unanswered(question, answered) == []


# -- the "no" of a hyphened compound says no to nothing ------------------------


def test_a_no_reply_address_is_not_a_refusal(weigh):
    _, statements, *_ = weigh(
        "Can you unlock my account by hand?",
        "Unlock links come from no-reply@example.org. We can't unlock it by hand.",
    )
    first, second = statements
    assert not first.negative
    assert second.negative


#: An agreement that ends its clause says yes ("That's no problem at all,
#: ..."), and one that names a fault or a limit says no ("no problem with
#: the boiler", "is no problem for us to refuse").
AGREEMENTS = [
    ("Swapping the Tuesday slot for Thursday is no problem at all, it's free.", False),
    ("No worries, I've moved the delivery to Friday.", False),
    ("Adding a second cushion is not a problem.", False),
    ("The engineer found no problem with the boiler itself.", True),
    ("That's no problem for us, but we can't refund the first visit.", True),
    ("No worries about the wait, though we won't be replacing the lamp.", True),
]


@pytest.mark.parametrize(("sentence", "negative"), AGREEMENTS)
def test_an_agreement_that_ends_its_clause_says_no_to_nothing(read, sentence, negative):
    (statement,) = read(sentence)
    assert statement.negative is negative


# -- a request for money back is not done by a price or a charge ----------------


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            "I was charged twice for May. Please refund the extra payment.",
            "I've checked and you were charged twice because your card failed on the first "
            "attempt and our system retried.",
        ),
        (
            "You overcharged me twice after I moved to Flex. Refund the two overcharges.",
            "I've now changed your plan, so from June you'll be charged the Flex rate of £180.",
        ),
    ],
)
def test_a_refund_request_is_not_done_by_a_charge(unanswered, message, reply):
    asked = message.split(". ")[-1]
    assert unanswered(message, reply) == [asked]


@pytest.mark.parametrize(
    "reply",
    [
        "I've refunded the extra payment of £32.50 to your card; it'll show within 5 days.",
        "I'm afraid the charge can't be refunded, as the booking fee is non-refundable.",
    ],
)
def test_a_refund_request_is_done_by_a_refund_or_refused(unanswered, reply):
    assert unanswered("I was charged twice for May. Please refund the extra payment.", reply) == []
