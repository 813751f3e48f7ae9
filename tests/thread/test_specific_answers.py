"""A specific thing answering a generic ask (RC201 end to end): a class
named by what is taught in it ("Pilates on Thursday") answers "which
class"; and words that only look alike ("suitable", "suite") stay apart.
Each must-not-flag case has a must-flag twin: an acknowledgement, or a reply
about something else, still leaves the ask. Pairs are written fresh for these
tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from replycheck.thread import default_lexicon


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "I'm new to exercise. Which class would you recommend for a beginner?",
            "Gentle yoga on Saturday mornings is where most beginners start.",
        ),
        (
            "My back is stiff after sitting all day. Which class would help most?",
            "I'd go for the Wednesday lunchtime Pilates; it's slow and works on posture.",
        ),
        (
            "What class could my dad try? He's 70 and wants something low impact.",
            "Aqua aerobics on Tuesday afternoons is popular with members over 65.",
        ),
    ],
)
def test_a_class_named_by_its_kind_answers_which_class(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "ask"),
    [
        (
            "I'm new to exercise. Which class would you recommend for a beginner?",
            "Thanks for your question about our classes; a member of the team will be in touch.",
            "Which class would you recommend for a beginner?",
        ),
        (
            "My back is stiff after sitting all day. Which class would help most?",
            "Your membership renews on 3 May at £32 a month.",
            "Which class would help most?",
        ),
    ],
)
def test_an_acknowledgement_or_another_topic_leaves_which_class(unanswered, question, reply, ask):
    assert unanswered(question, reply) == [ask]


def test_suitable_and_suits_are_not_a_hotel_suite():
    lexicon = default_lexicon()
    room = lexicon.concept_of[lexicon.stem_of("suite")]
    assert room == lexicon.concept_of[lexicon.stem_of("room")]
    for word in ("suitable", "suits", "suit"):
        assert lexicon.concept_of.get(lexicon.stem_of(word)) != room, word


def test_a_reply_about_rooms_does_not_answer_whether_classes_are_suitable(unanswered):
    question = "Are your evening classes suitable for complete beginners?"
    reply = "All our rooms are on the ground floor, with step-free access from the car park."
    assert unanswered(question, reply) == [question]


def test_a_suite_is_still_a_room(unanswered):
    question = "Is there a suite free on the night of the 12th?"
    reply = "Yes, the garden suite is free that night and I've held it for you until Friday."
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "My library card has expired. How do I renew it, and can I use the computers "
            "until the new one comes?",
            "You can renew it online under My Account. Until the new card arrives, the staff "
            "at the desk can sign you onto a PC with your date of birth.",
        ),
        (
            "Our office moves on Friday. Will the phones be working on Monday, and can someone "
            "set up the computers for us?",
            "The phone lines switch over on Saturday, so they'll be working first thing Monday. "
            "Our technician, Amir, will connect all twelve PCs on Monday at 8am.",
        ),
    ],
)
def test_a_computer_by_another_name_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "ask"),
    [
        (
            "My library card has expired. How do I renew it, and can I use the computers "
            "until the new one comes?",
            "You can renew it online under My Account. Thanks for asking about the PCs; "
            "I've passed your question to the branch manager.",
            "can I use the computers until the new one comes?",
        ),
        (
            "Our office moves on Friday. Will the phones be working on Monday, and can someone "
            "set up the computers for us?",
            "The phone lines switch over on Saturday, so they'll be working first thing Monday.",
            "can someone set up the computers for us?",
        ),
    ],
)
def test_an_acknowledgement_or_another_topic_leaves_the_computer_ask(
    unanswered, question, reply, ask
):
    assert unanswered(question, reply) == [ask]
