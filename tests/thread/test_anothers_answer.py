"""RC201: a sentence that answers one ask, naming its words and giving what
it expects, does not answer a second ask too because it names one word of
that one in passing, when it gives nothing firm of the second ask's type
("Can I get a replacement?" and "will I need to send the damaged copy
back?" <- "I've sent a replacement out today ..., so it should be with you
by Thursday"). A sentence that truly answers both ("Yes, and the lift is
free") still does.
"""

from __future__ import annotations

JIGSAW = (
    "The jigsaw I ordered arrived with the box split open. Can I get a replacement? "
    "Also, will I need to send the damaged one back?"
)
SENT = (
    "Dear Tom,\n\nI'm so sorry your jigsaw arrived damaged. I've sent a replacement out "
    "today by first class post, so it should be with you by Friday"
)


def test_the_answer_to_the_replacement_leaves_sending_back_open(unanswered):
    reply = SENT + ".\n\nOnce again, I'm really sorry about the split box.\n\nBest wishes,\nAmy"
    assert unanswered(JIGSAW, reply) == ["will I need to send the damaged one back?"]


def test_a_draft_that_answers_sending_back_too(unanswered):
    reply = SENT + ", and there's no need to send the damaged one back.\n\nBest wishes,\nAmy"
    assert unanswered(JIGSAW, reply) == []


def test_one_sentence_that_answers_both_asks(unanswered):
    assert unanswered("Is there a lift? Is it extra?", "Yes, and the lift is free to use.") == []


def test_a_firm_answer_of_the_second_asks_type_still_answers_it(unanswered):
    question = "Is the replacement covered by the warranty? How long would a replacement take?"
    reply = "The replacement is covered by the 2-year warranty, and it takes about a week."
    assert unanswered(question, reply) == []
