"""A specific thing answering a generic ask (RC201 end to end), and words
that only look alike ("suitable", "suite") kept apart. Each must-not-flag
case has a must-flag twin: an acknowledgement, or a reply about something
else, still leaves the ask. Pairs are written fresh for these tests (not
taken from the corpus).
"""

from __future__ import annotations

from replycheck.thread import default_lexicon


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
