"""Several short factual questions at once, answered with short facts (RC201).

Pairs are written fresh for these tests (not taken from the corpus). Each
group pins one class of wording: how the customer's questions are cut into
asks, short facts that answer them ("Yes to both.", "9am to 1pm", "INR
1,500", "Account > Billing"), and acknowledgements or deferrals that do not.
"""

from __future__ import annotations

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked
from replycheck.thread.answers import STATED_FREE, discount_echoes
from replycheck.thread.asked import BACKGROUND

# How the questions are cut into asks


def test_a_need_to_know_without_a_subject_asks(asked):
    assert asked("Lovely van. Need to know if you deliver on Sundays.") == [
        "Need to know if you deliver on Sundays."
    ]


def test_wanting_to_know_with_nothing_asked_after_it_asks_nothing(asked):
    assert asked("The lamp looks great. Would like to know before I order.") == []


def test_a_second_question_with_a_bare_noun_subject_is_its_own_ask(asked):
    assert asked("Is the pool heated, and do children need armbands?") == [
        "Is the pool heated",
        "do children need armbands?",
    ]


def test_a_bare_when_after_and_belongs_to_its_question(asked):
    assert asked("Can I bring my own cake and when?") == ["Can I bring my own cake and when?"]


def test_a_question_mark_opening_a_query_string_ends_no_question(asked):
    assert asked("I call the API with ?page=2 and it fails. What am I doing wrong?") == [
        "What am I doing wrong?"
    ]


# Short facts that answer


def test_a_sentence_giving_the_figure_and_the_reason_answers_the_why(verdicts):
    assert verdicts(
        "How much is my renewal, and why has it gone up?",
        "Your renewal is £310, up from £280 because of the new flood cover.",
    ) == {"How much is my renewal": True, "why has it gone up?": True}


def test_opening_hours_are_answered_by_times(verdicts):
    assert verdicts(
        "What are your hours on Bank Holiday Monday?",
        "Bank Holiday Monday we run 9am to 1pm.",
    ) == {"What are your hours on Bank Holiday Monday?": True}


def test_free_is_a_price_stated_even_when_the_customer_wrote_free_too(verdicts):
    assert verdicts(
        "Do you charge for a tasting and how long is it? Can one tier be gluten free?",
        "The tasting is free and takes 40 minutes. Any tier can be gluten free.",
    )["Do you charge for a tasting"]
    # "Can one tier be gluten free? Do you charge for a tasting?" <- "The
    # tasting is free": the customer's "free" does not make it an echo
    offers = {"money": 2}
    discount_echoes(offers, {"money": (STATED_FREE,)}, frozenset({"gluten", "free", "tasting"}))
    assert offers == {"money": 2}
    offers = {"money": 2}
    discount_echoes(offers, {"money": ("free",)}, frozenset({"extend", "free", "trial"}))
    assert offers == {"money": 1}
    offers = {"money": 2}
    discount_echoes(offers, {"money": ("£30",)}, frozenset({"£30", "30"}))
    assert offers == {"money": 1}


def test_an_amount_with_a_currency_code_is_a_price(verdicts):
    assert verdicts(
        "Can I add a bag to my booking? Is there a charge?",
        "Yes, you can add it under Manage Booking. Each extra bag is INR 1,500.",
    ) == {"Can I add a bag to my booking?": True, "Is there a charge?": True}


def test_a_menu_path_says_where_a_setting_is(verdicts):
    assert verdicts(
        "Can you reset my password? Also, where do I change the default language?",
        "I've reset it. Language lives under Admin > General > Language.",
    ) == {"Can you reset my password?": True, "where do I change the default language?": True}


def test_yes_to_both_answers_each_yes_no_question(verdicts):
    assert verdicts(
        "Is the cottage free the first week of June? And do you allow dogs?",
        "Yes to both. I've pencilled you in from 1 June.",
    ) == {"Is the cottage free the first week of June?": True, "do you allow dogs?": True}


def test_a_bare_yes_naming_part_of_the_first_question_answers_it(verdicts):
    verdicts_ = verdicts(
        "I was wondering whether the yoga classes can be online. Do I need my own mat?",
        "Yes, I teach online over Zoom. A mat helps but a towel will do.",
    )
    assert verdicts_["I was wondering whether the yoga classes can be online."] is True


def test_a_refusal_following_from_the_reason_before_it_answers(verdicts):
    assert verdicts(
        "Please refund the booking fee.",
        "The booking fee pays the card processor. Hence the fee is not refundable.",
    ) == {"Please refund the booking fee.": True}


def test_please_confirm_weighs_confirm_as_background():
    # "Please confirm my repayments will stop" <- "We've written to your
    # employer to stop deductions": the answer need not repeat "confirm"
    (ask,) = find_asked(
        Pipeline()("Please confirm my repayments will stop now."), default_lexicon()
    )
    assert ask.topic["confirm"] == BACKGROUND
    assert all(w == 1.0 for key, w in ask.topic.items() if key != "confirm")


def test_a_day_written_as_an_ordinal_meets_the_same_date(verdicts):
    assert verdicts(
        "Please confirm the room for the 17th, 9-5.",
        "I can confirm the meeting room is reserved for Tuesday 17 November from 9am to 5pm.",
    ) == {"Please confirm the room for the 17th, 9-5.": True}


# Acknowledgements and deferrals that do not answer


def test_noting_the_question_about_something_does_not_answer_it(verdicts):
    assert verdicts(
        "Can the bridesmaid dresses be taken in?",
        "We'll make a note of your question about taking in the bridesmaid dresses.",
    ) == {"Can the bridesmaid dresses be taken in?": False}


def test_having_asked_another_team_about_it_does_not_answer_it(verdicts):
    assert verdicts(
        "Do you price match other shops?",
        "I've asked our pricing team about price matching and they'll follow up.",
    ) == {"Do you price match other shops?": False}


def test_having_asked_someone_to_do_it_acts_on_the_request(verdicts):
    assert verdicts(
        "Can you send a replacement kettle?",
        "I've asked the warehouse to send a replacement kettle today.",
    ) == {"Can you send a replacement kettle?": True}
