"""Words read in the wrong sense: a percentage taken for a sum of money,
library "books" for a booking, "stop" for cancelling where it means
preventing or ending, "staff" for someone at reception, and a relative
"who" taken for a question asking for a person. Each pair is written fresh
for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked
from replycheck.thread.answers import STRONG
from replycheck.thread.lexicon import WORD


@pytest.fixture(scope="module")
def keys():
    """The topic keys a text's words and concept phrases give, as a set."""
    lexicon = default_lexicon()

    def read(text: str) -> set[str]:
        words = WORD.findall(text.lower())
        hits = lexicon.phrase_hits(words)
        taken = {i for a, b, _ in hits for i in range(a, b)}
        loose = {lexicon.topic_key(w) for i, w in enumerate(words) if i not in taken}
        return {c for _, _, c in hits} | {k[0] for k in loose if k is not None}

    return read


# -- a percentage is a rate, not a sum ---------------------------------------


@pytest.mark.parametrize("text", ["up to 10% of your balance", "a 4.5% rate", "prices rise by 3 %"])
def test_a_percentage_is_not_a_sum_of_money(text):
    assert STRONG["money"].search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "£240.50",
        "$12",
        "15 dollars",
        "40 euros a night",
        "99 cents",
        "15% off",
        "a 10 percent discount",
    ],
)
def test_a_sum_is_still_money(text):
    assert STRONG["money"].search(text) is not None


def test_a_rate_does_not_say_how_much_the_balance_is(unanswered):
    question = "How much is my balance at the moment?"
    reply = "You can withdraw up to 10% of your balance in any month."
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("How much is my balance at the moment?", "Your balance is £240.50 as of this morning."),
        ("How much is the discount for students?", "Students get 15% off every class."),
    ],
)
def test_a_sum_or_a_discount_rate_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


# -- a relative "who" inside another wh-question ----------------------------


@pytest.fixture(scope="module")
def expects():
    pipeline = Pipeline()
    lexicon = default_lexicon()
    return lambda question: find_asked(pipeline(question), lexicon)[-1].expects


@pytest.mark.parametrize(
    "question",
    [
        "What would you recommend for a man who loved his garden?",
        "Which plan suits a family who travel a lot?",
        "What can I send to a friend who has just had a baby?",
    ],
)
def test_a_relative_who_does_not_ask_for_a_person(expects, question):
    assert expects(question) != "person"


@pytest.mark.parametrize(
    "question",
    ["Who should I speak to about my pension?", "Who is my case handler?", "And who do I call?"],
)
def test_who_still_asks_for_a_person(expects, question):
    assert expects(question) == "person"


def test_a_gift_suggestion_answers_a_what_with_a_relative_who(unanswered):
    question = "What would you recommend for a man who loved his garden?"
    reply = "A rose bush or a voucher for the garden centre would suit him well."
    assert unanswered(question, reply) == []
    assert unanswered(question, "Thanks for getting in touch with us.") == [question]


# -- a two-word subject is not its own verb -----------------------------------


@pytest.fixture(scope="module")
def predicate():
    pipeline = Pipeline()
    lexicon = default_lexicon()

    def read(question: str) -> tuple[tuple[str, ...], str]:
        ask = find_asked(pipeline(question), lexicon)[-1]
        return ask.predicate, ask.subject

    return read


@pytest.mark.parametrize(
    ("question", "verb", "noun"),
    [
        ("Will my no-claims bonus be affected?", "affected", "bonus"),
        ("Will my car insurance still be valid abroad?", "valid", "insurance"),
        ("Will my bonus be affected?", "affected", "bonus"),
    ],
)
def test_the_predicate_follows_a_two_word_subject(predicate, question, verb, noun):
    lexicon = default_lexicon()
    keys, subject = predicate(question)
    assert keys[-1] == lexicon.concept(verb)
    assert subject == lexicon.concept(noun)


@pytest.mark.parametrize(
    ("question", "verb"),
    [("Will my parcel arrive today?", "arrive"), ("Can my husband collect it for me?", "collect")],
)
def test_a_one_word_subject_keeps_its_verb(predicate, question, verb):
    assert predicate(question)[0] == (default_lexicon().concept(verb),)


# -- "books" are not bookings --------------------------------------------------


@pytest.mark.parametrize("text", ["my library books", "the books are overdue", "two textbooks"])
def test_books_are_not_a_booking(keys, text):
    assert "booking" not in keys(text)


@pytest.mark.parametrize("text", ["book a table", "my booking", "I booked it", "bookings"])
def test_booking_words_still_book(keys, text):
    assert "booking" in keys(text)


def test_books_still_meet_books(keys):
    assert keys("renew the books") & keys("all books can be renewed") >= {"bookshelf"}


# -- "stop" as preventing or ending is not cancelling -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "we will stop it happening again",
        "nothing can stop you substituting a size",
        "the music has to stop",
        "the music has to stop at 11pm",
        "the shuttle stops at the terminal",
        "the kettle stopped working",
    ],
)
def test_stop_that_prevents_or_ends_is_not_cancel(keys, text):
    assert "cancel" not in keys(text)


@pytest.mark.parametrize(
    "text",
    ["please stop my subscription", "I've stopped your direct debit", "stop the payments"],
)
def test_stop_that_ends_an_account_still_cancels(keys, text):
    assert "cancel" in keys(text)


def test_stopping_it_breaking_is_not_cancelling_it(keys):
    assert "prevent" in keys("how do I stop it from happening again")
    assert "fix" in keys("it stopped working after a week")


# -- "staff" is not someone at reception ----------------------------------------


@pytest.mark.parametrize("text", ["our staff will help", "a member of staff", "staffing levels"])
def test_staff_is_not_reception(keys, text):
    assert "reception" not in keys(text)


@pytest.mark.parametrize(
    "text",
    ["the front desk is staffed around the clock", "reception is staffed until 10pm"],
)
def test_a_staffed_desk_is_reception(keys, text):
    assert "reception" in keys(text)


# -- a promise reads a concept phrase as the phrase -------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "How do I cancel my membership?",
            "We will stop it happening again by checking the locks.",
        ),
        ("Will you stop charging me every month?", "We will stop it happening again."),
    ],
)
def test_a_promise_to_prevent_does_not_answer_a_cancel(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Can you cancel my membership?", "Yes, we will stop your membership from today."),
        ("Can you send it back to the warehouse?", "Yes, we will send it back this afternoon."),
        ("Can I pick it up from the shop?", "Yes, you can pick it up any day after 10am."),
    ],
)
def test_a_promise_in_the_asks_words_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []
