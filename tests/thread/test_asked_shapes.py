"""What is not an ask in real messages, and what still is (RC201 end to end):
a question shouted as an exclamation, a verb after "and" that is the
customer's own, a time clause inside a question. Written fresh for these
tests (not taken from the corpus or the benchmark data).
"""

from __future__ import annotations

import pytest

import replycheck
from replycheck.config import Config


@pytest.fixture(scope="module")
def asks():
    checker = replycheck.Checker(Config(select=("RC201",)))

    def run(message: str, reply: str = "Thanks for your message.") -> list[str]:
        report = checker.check(f"Hi,\n\n{reply}\n\nBest,\nAlex", original=message)
        return [message[f.start : f.end] for f in report.findings if f.code == "RC201"]

    return run


@pytest.mark.parametrize(
    "message",
    [
        "They sent me three left shoes. Are you having a laugh?!",
        "Half price pizzas and nobody told me?!",
        "Who signs off these adverts?!",
    ],
)
def test_a_question_shouted_as_an_exclamation_is_not_asked(asks, message):
    assert asks(message) == []


def test_a_shouted_question_about_the_customers_own_thing_is_asked(asks):
    assert asks("It's been three weeks. Where is my refund?!") == ["Where is my refund?!"]


@pytest.mark.parametrize(
    "message",
    [
        "I will keep emailing and call every day until it's sorted.",
        "We will be away that week and collect the keys when we're back.",
    ],
)
def test_a_verb_after_and_that_is_the_customers_own_is_no_order(asks, message):
    assert asks(message) == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "I'd like you to check my meter and send me the final bill.",
            ["I'd like you to check my meter", "send me the final bill."],
        ),
        (
            "We moved house last month and cancel the old account please.",
            ["cancel the old account please."],
        ),
    ],
)
def test_an_order_after_and_still_counts(asks, message, expected):
    assert asks(message) == expected


def test_a_time_clause_is_part_of_the_question_before_it(asks):
    message = "Can you explain why the screen flickers and when I open the camera app?"
    assert asks(message) == [message]


def test_when_with_a_modal_is_a_question_of_its_own(asks):
    message = "Could you tell me when the parcel ships, and when I can collect it?"
    assert asks(message) == ["Could you tell me when the parcel ships", "when I can collect it?"]


@pytest.mark.parametrize("reply", ["@116770 Yes", "@116770 You got it. ^JB"])
def test_a_reply_opening_with_a_handle_can_still_say_yes(asks, reply):
    assert asks("@Airline Are the Friday flights direct?", reply) == []


def test_a_question_after_a_handle_is_asked_without_the_handle(asks):
    assert asks("@Airline Are the Friday flights direct?") == ["Are the Friday flights direct?"]


@pytest.mark.parametrize(
    "message",
    [
        "@Broadband is the worst provider I've ever had.",
        "@Phoneco call centre has the worst customer service ever.",
    ],
)
def test_a_handle_or_noun_before_a_verb_is_a_subject_not_an_ask(asks, message):
    assert asks(message) == []


@pytest.fixture(scope="module")
def kinds():
    checker = replycheck.Checker(Config(select=("RC201",)))

    def run(message: str) -> list[tuple[str, str]]:
        report = checker.check("Hi,\n\nThanks.", original=message)
        return [(a.text, a.expects) for a in report.asked]

    return run


@pytest.mark.parametrize(
    "message",
    [
        "Can Bella bring her own bed and food when she stays with you?",
        "Does Sainsbury's deliver where we live?",
    ],
)
def test_a_wh_clause_inside_a_question_opened_by_an_auxiliary_is_yes_or_no(kinds, message):
    assert kinds(message) == [(message, "yes-no")]


def test_an_auxiliary_question_with_no_wh_word_keeps_its_type(kinds):
    assert kinds("Is Xbox Live down?") == [("Is Xbox Live down?", "info")]


def test_a_yes_answers_a_question_with_a_named_subject(asks):
    message = "Can Bella bring her own bed and food when she stays with you?"
    reply = "Absolutely - a familiar bed helps a lot, and we'll feed her own food."
    assert asks(message, reply) == []


def test_leaving_said_as_the_reason_for_an_ask_is_not_an_ask_of_its_own(asks):
    message = "I want to switch to another provider. Can you send my PAC code?"
    assert asks(message) == ["Can you send my PAC code?"]


def test_leaving_is_still_asked_when_nothing_else_is(asks):
    message = "I want to leave and go to another provider."
    assert asks(message) == [message]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # text-speak with no "?": "wots" carries the "is"; a greeting runs into it
        ("hiya wots the price 4 the castle 4 sat pls", ["wots the price 4 the castle 4 sat pls"]),
        # " n " joins a second ask as "and" does
        ("wot time r u coming sat n can u do my mums hair 2", ["can u do my mums hair 2"]),
        # the reason for writing is the ask
        (
            "I write to you because I want to know if my passport is back.",
            ["I want to know if my passport is back."],
        ),
    ],
)
def test_asks_new_writers_put_badly_are_asked(asked, message, expected):
    assert asked(message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "hiya thanks 4 the castle, what's more the kids loved it",
        "I cancelled because I wanted to know nothing more about it.",
        "hi there, we loved the castle",
    ],
)
def test_greetings_and_reasons_that_ask_nothing(asked, message):
    assert asked(message) == []
