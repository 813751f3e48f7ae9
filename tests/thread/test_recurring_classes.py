"""Classes of wording that recur across several writers' corpus files
(RC201 end to end): a why answered by a problem admitted in the plural or by
what makes a thing happen, or by what it comes from; reproaches and sighs
shaped like questions; what a request turns down; logging the customer's
thing on their record, which only notes it.
Pairs are written fresh for these tests (not taken from the corpus)."""

from __future__ import annotations

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked


@pytest.fixture(scope="module")
def asks():
    """The texts of the asks RC201 reads in a customer message."""
    pipeline = Pipeline()
    lexicon = default_lexicon()

    def run(text: str) -> list[str]:
        return [a.text for a in find_asked(pipeline(text), lexicon)]

    return run


@pytest.fixture(scope="module")
def asked_topics():
    """The concepts of the last ask RC201 reads in a customer message."""
    pipeline = Pipeline()
    lexicon = default_lexicon()

    def run(text: str) -> set[str]:
        return set(find_asked(pipeline(text), lexicon)[-1].topic)

    return run


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            "The app logged me out three times today. Why does this keep happening?",
            "We've had problems with our login servers this week, and a fix went live "
            "this morning.",
        ),
        (
            "My water bill is estimated again. Why don't you use my readings?",
            "Estimated bills happen when a reading reaches us after the billing date; "
            "I've rebilled you on the one you sent on the 8th.",
        ),
        (
            "Two charges for one lesson. Why did this happen?",
            "Why it happened: your card was declined on the first try and the booking "
            "system took the payment again when you retried.",
        ),
    ],
)
def test_a_why_is_answered_by_a_cause_in_other_words(unanswered, message, reply):
    assert unanswered(message, reply) == []


def test_a_cause_given_does_not_answer_the_request_beside_it(unanswered):
    message = "My parcel came a week late. Why did that happen? Can you waive the delivery fee?"
    reply = "We've had problems with the sorting machines at our hub this week."
    assert unanswered(message, reply) == ["Can you waive the delivery fee?"]


@pytest.mark.parametrize(
    "reproach",
    [
        "How could you allow this?",
        "How did you let this happen?",
        "Do people not read their post any more?",
        "Why do they make these forms so confusing?",
        "Why is your website so complicated?",
    ],
)
def test_reproaches_and_sighs_shaped_as_questions_are_not_asks(asks, reproach):
    assert asks(f"The card was used abroad. {reproach} Please freeze my account.") == [
        "Please freeze my account."
    ]


def test_a_why_about_a_figure_still_asks(asks):
    assert asks("Why is my bill so high this month?") == ["Why is my bill so high this month?"]


def test_what_a_request_turns_down_is_no_part_of_what_it_asks(asked_topics):
    topic = asked_topics("The kettle arrived cracked. I'd like a replacement, not a refund.")
    assert "replace" in topic
    assert "refund" not in topic


@pytest.mark.parametrize(
    ("reply", "left"),
    [
        ("Refunds go back to your original card within 5 working days.", True),
        ("A replacement kettle goes out today and should reach you on Thursday.", False),
    ],
)
def test_a_sentence_about_what_was_turned_down_does_not_answer(unanswered, reply, left):
    ask = "I'd like a replacement, not a refund."
    found = unanswered(f"The kettle arrived cracked. {ask}", reply)
    assert found == ([ask] if left else [])


def test_a_not_inside_a_clause_turns_nothing_down(asked_topics):
    # "not working" is the fault asked about ("fix"), not something turned down
    assert {"heat", "fix"} <= asked_topics("Can you check why the heating is not working?")


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            "The fridge door seal is torn. Can you send a new seal?",
            "I have logged the torn seal on your order FR-9912.",
        ),
        (
            "The blender jug cracked on day two. Can I have a new jug?",
            "I've logged the cracked jug on order BL-4410.",
        ),
    ],
)
def test_logging_the_customers_thing_on_their_record_only_notes_it(unanswered, message, reply):
    # noting the fault on the order is not sending what was asked for
    assert len(unanswered(message, reply)) == 1


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            "The streetlight outside number 4 is out. Please log it as a fault.",
            "I've logged it as fault 55120 and an engineer will repair it within 7 working days.",
        ),
        (
            "The driver was rude to me. I want to make a formal complaint.",
            "I've logged a formal complaint under reference C-20931.",
        ),
        (
            "The fridge door seal is torn. Can you send a new seal?",
            "I've logged the torn seal on your order, and a new seal is on its way by "
            "first class post.",
        ),
    ],
)
def test_opening_a_record_or_acting_after_the_logging_answers(unanswered, message, reply):
    assert unanswered(message, reply) == []


@pytest.mark.parametrize(
    "reply",
    [
        "I'm sorry to hear about the lid, and a replacement lid is on its way to you today.",
        "We've noted the cracked lid, and a replacement lid will reach you on Thursday.",
    ],
)
def test_an_acknowledgement_ends_where_a_clause_opens_with_a(unanswered, reply):
    # ", and a replacement ..." starts a clause of its own: it is the answer
    message = "The lid of my kettle arrived cracked. Can you send a replacement lid?"
    assert unanswered(message, reply) == []


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            "My premium went up by £90. Why?",
            "The rise comes from two things: a new insurance tax rate and the claim you "
            "made in March.",
        ),
        (
            "Why has my water gone brown?",
            "The colour comes from rust stirred up by a burst main on King Street yesterday.",
        ),
    ],
)
def test_a_why_is_answered_by_what_the_thing_comes_from(unanswered, message, reply):
    assert unanswered(message, reply) == []


@pytest.mark.parametrize(
    "reply",
    [
        "Your bill is £52 and is due on 5 June.",
        "Our prices come from a careful review each year, and we work hard to keep them low.",
    ],
)
def test_a_why_is_not_answered_by_a_status_or_a_boast(unanswered, reply):
    question = "Why is my bill £20 higher this month?"
    assert unanswered(question, reply) == [question]
