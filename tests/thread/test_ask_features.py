"""What RC201's routes measured about an ask they left unanswered
(replycheck.thread.features, read by scripts/fit_answered.py), and the
sentences ``answer_for`` weighed for it past its guards."""

from __future__ import annotations

import pytest

from replycheck.thread import addressed
from replycheck.thread.features import FEATURE_NAMES, ask_features, draft_counts
from replycheck.thread.topic import overlap


@pytest.fixture(scope="module")
def read(weigh):
    def run(question: str, reply: str):
        ask, statements, asks, found, weighed, _aside, features = weigh(question, reply)
        assert len(asks) == 1, asks
        return addressed(ask, statements, asks), found, weighed, features

    return run


def test_one_number_per_name_and_the_names_are_unique(read):
    *_, features = read("When will it arrive?", "Thanks for your message.")
    assert len(features) == len(FEATURE_NAMES) == len(set(FEATURE_NAMES))


def test_an_acknowledgement_only_draft_offers_nothing(read):
    answered, found, _weighed, features = read(
        "Can I get a refund for order 5521?", "We have received your question about refunds."
    )
    assert not answered and found is None
    assert features["acknowledgement only"] == 1.0
    assert features["request"] == 1.0 and features["expects=action"] == 1.0
    assert features["accepted type offered"] == 0.0
    assert features["best share"] == 0.0


def test_a_typed_answer_is_weighed_with_its_strength(read):
    # collected up to the sentence that answers: a date for a "when"
    answered, found, weighed, features = read(
        "When will my parcel arrive?", "Your parcel is due on Thursday."
    )
    assert answered and found is not None
    assert [w.strength for w in weighed] == [2]
    assert features["expects=time"] == 1.0
    assert features["accepted type offered hard"] == 1.0
    assert features["hard time"] == 1.0
    assert features["best share"] > 0.0


def test_a_policy_said_of_everyone_is_not_weighed_for_the_customers_own_case(read):
    # the guard sets the sentence aside before any route weighs it, so the
    # model would not see its topic or its figures as evidence of an answer
    answered, found, weighed, features = read(
        "Has my refund for order 7731 been processed?",
        "Refunds are processed within 5 to 7 working days of us receiving the return.",
    )
    assert not answered and found is None
    assert weighed == []
    assert features["log weighed"] == 0.0
    assert features["best share"] == 0.0 and features["hard time"] == 0.0


def test_the_same_words_said_of_this_customer_are_weighed(read):
    answered, _found, weighed, features = read(
        "Has my refund for order 7731 been processed?",
        "Your refund for order 7731 was processed on 3 March.",
    )
    assert answered
    assert weighed and features["best share"] > 0.5


def test_counts_read_once_per_draft_give_the_same_numbers(weigh):
    # RC201 counts the draft's statements once and passes the counts for
    # every ask; the numbers must be those counted per ask
    ask, statements, asks, _found, weighed, aside, features = weigh(
        "Can you tell me when the engineer will come, and what it will cost?",
        "Thanks for waiting. The engineer can come on Tuesday. Could you confirm the address?",
    )
    counts = draft_counts(statements)
    again = ask_features(ask, statements, asks, weighed, aside, counts)
    assert dict(zip(FEATURE_NAMES, again, strict=True)) == features


def test_an_overlap_given_its_total_is_the_overlap_summed_here():
    asked = {"engineer": 1.0, "visit": 0.5, "cost": 1.0}
    offered = {"engineer": 1.0, "cost": 1.0}
    assert overlap(asked, offered, sum(asked.values())) == overlap(asked, offered)
    assert overlap({}, offered, 0.0) == overlap({}, offered) == (0.0, 0.0)
