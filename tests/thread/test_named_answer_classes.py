"""Four classes of good answer RC201 took for no answer (issue 3), each next
to the off-topic reply or acknowledgement that must still be flagged.

Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

# "Who pays/handles/signs ...?" answered by a role as the subject


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Who pays the import duty on the parcel?",
            "The recipient normally pays the duty on delivery.",
        ),
        ("Who signs the tenancy renewal?", "Your landlord signs the renewal and sends you a copy."),
        ("Who handles repairs to the boiler?", "The owner handles boiler repairs under the lease."),
        (
            "Who covers the return postage?",
            "The buyer covers return postage for change-of-mind returns.",
        ),
    ],
)
def test_a_role_as_subject_answers_who(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Who pays the import duty on the parcel?",
            "Thanks for asking about the import duty; we'll look into it.",
        ),
        (
            "Who signs the tenancy renewal?",
            "We have received your question about the tenancy renewal.",
        ),
        ("Who handles repairs to the boiler?", "The recipient will get a tracking email tomorrow."),
    ],
)
def test_an_acknowledgement_or_a_role_on_another_topic_leaves_who_unanswered(
    unanswered, question, reply
):
    assert unanswered(question, reply) == [question]


# "What format does it come in?" answered by the form itself, of the thing asked about


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("What format does the guide come in?", "It comes as a spreadsheet you can filter."),
        ("What format does the novel come in?", "It's a paperback, and there's an ebook too."),
        (
            "Can I get a list of my bookings? What format would it be in?",
            "Your booking list downloads as a CSV from the Account page.",
        ),
    ],
)
def test_the_form_named_answers_what_format(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("What format does the novel come in?", "Your invoice spreadsheet is attached."),
        ("What format does the novel come in?", "The novel will be ready to collect on Friday."),
        (
            "What format does the report come in?",
            "We have received your question about the report format.",
        ),
    ],
)
def test_a_form_of_another_thing_or_an_acknowledgement_leaves_what_format_unanswered(
    unanswered, question, reply
):
    assert unanswered(question, reply) == [question]


# "Should I ...?" / "Is it worth ...?" / "Would you recommend ...?" answered by
# a recommendation in the writer's own words, on the ask's topic


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Is it worth upgrading to the premium plan?",
            "The premium plan adds 4K and a second screen. It's worth it if you stream"
            " most evenings.",
        ),
        (
            "Would you recommend the gel pads for my knee?",
            "My advice is to start with the gel pads and see how the knee feels after a week.",
        ),
        (
            "Is it worth buying the extended warranty?",
            "I wouldn't bother with the extended warranty, as the first two years are covered.",
        ),
        (
            "Should I get the basic cover or the full cover?",
            "I'd take the full cover, as it includes accidental damage.",
        ),
    ],
)
def test_a_recommendation_on_the_topic_answers_should_i(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "Should I get the basic cover or the full cover?",
            "I'd recommend our new travel adapters, which are on offer this week.",
        ),
        (
            "Should I bring the dog to the first session?",
            "It's best to park on the street, as the car park is small.",
        ),
        (
            "Is it worth upgrading to the premium plan?",
            "We have received your question about the premium plan.",
        ),
    ],
)
def test_a_recommendation_on_another_topic_or_an_acknowledgement_leaves_should_i_unanswered(
    unanswered, question, reply
):
    assert unanswered(question, reply) == [question]


# An acknowledgement after a bare yes, with the figure or date asked about


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Did you get my payment?", "Yes, we received your £340 on 20 September."),
        (
            "Have you received my meter reading?",
            "Yes, we received your reading of 48213 on 3 March.",
        ),
    ],
)
def test_a_yes_with_a_figure_answers_through_an_acknowledgement(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Did you get my payment?", "We received your email and will look into it."),
        ("Did you get my payment?", "We have received your question about payments."),
        ("Can I get a refund for the boots?", "We have received your question about refunds."),
    ],
)
def test_an_acknowledgement_alone_still_leaves_the_question_unanswered(unanswered, question, reply):
    assert unanswered(question, reply) == [question]


# A cancel done answers the cancel request, not the fee question


def test_a_cancellation_done_leaves_the_fee_question_unanswered(unanswered):
    question = "Is there a charge for cancelling my contract early?"
    assert unanswered(question, "I've cancelled your contract.") == [question]


@pytest.mark.parametrize(
    "reply",
    [
        "I've cancelled your contract, and there's no charge as you're past the minimum term.",
        "I've cancelled your contract and we won't charge you for leaving early.",
        "I've cancelled your contract; the early exit fee is £45.",
    ],
)
def test_a_cancellation_with_the_fee_answers_the_fee_question(unanswered, reply):
    assert unanswered("Is there a charge for cancelling my contract early?", reply) == []


# A bare "Why was that?" met by a dated status


def test_a_dated_status_leaves_a_bare_why_unanswered(unanswered):
    question = "My bill came late. Why was that?"
    assert unanswered(question, "Your invoice was emailed on Monday.") == ["Why was that?"]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "My bill came late. Why was that?",
            "Our billing system failed on Monday, so invoices went out late.",
        ),
        ("My engineer never came. Why was that?", "Our engineer was called to an emergency."),
    ],
)
def test_a_cause_or_a_narrated_event_still_answers_a_bare_why(unanswered, question, reply):
    assert unanswered(question, reply) == []
