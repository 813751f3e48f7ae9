"""Asks written as a list: one item a line, numbered, bulleted or bare, often
without full stops or question marks (RC201's extraction). Written fresh for
these tests (not taken from the corpus or the benchmark data).
"""

from __future__ import annotations

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked


@pytest.fixture(scope="module")
def asked():
    pipeline = Pipeline()
    lexicon = default_lexicon()

    def run(message: str) -> list[str]:
        return [ask.text.strip() for ask in find_asked(pipeline(message), lexicon)]

    return run


def test_each_line_of_an_unpunctuated_list_is_its_own_item(asked):
    message = "Parcel never came\nwhere is it now?\ncan you resend it\nrefund the postage"
    assert asked(message) == ["where is it now?", "can you resend it", "refund the postage"]


def test_a_numbered_item_is_read_past_its_number(asked):
    message = "hi, 2 things\n1) is the desk in oak\n2) can we get a sample first"
    assert asked(message) == ["is the desk in oak", "can we get a sample first"]


def test_a_question_word_item_asks_without_a_question_mark(asked):
    message = "1 can I pause my plan?\n2 what happens to my saved files"
    assert asked(message) == ["can I pause my plan?", "what happens to my saved files"]


@pytest.mark.parametrize(
    ("message", "fragment"),
    [
        ("- gates open when?\n- cloakroom policy\n- can I bring a camera", "cloakroom policy"),
        ("Switching to fibre.\n- is my area covered?\n- setup fee if so", "setup fee if so"),
        ("lens cracked\ncan you repair it?\nany callout charge", "any callout charge"),
        (
            "1. can you resend the code?\n2. need invoice with company name",
            "need invoice with company name",
        ),
    ],
)
def test_a_fragment_in_a_list_of_asks_is_asked(asked, message, fragment):
    assert fragment in asked(message)


@pytest.mark.parametrize(
    "message",
    [
        # the opening of the list, before anything is asked
        "boiler still not fixed\nwhen is the engineer back?",
        "Flat 2 front door\ncan you send a locksmith?",
        # statements, greetings and names among the items
        "can you move my delivery?\nnew address is 4 Mill Lane\nThanks\nPriya Shah",
        "can you move my delivery?\ncan't do Friday",
        # a list after a blank line is a list of its own
        "Is the sofa in stock?\n\nsofa colour grey\nsize large",
    ],
)
def test_what_a_list_states_is_not_asked(asked, message):
    assert all(
        ask.startswith(("when", "can you", "is the")) or ask.endswith("?") for ask in asked(message)
    )


def test_an_ordinary_paragraph_is_not_cut_at_its_line_breaks(asked):
    message = (
        "I ordered the walnut bookcase three weeks ago and it still has not\n"
        "arrived, so could you tell me when it will be delivered to my flat\n"
        "on the second floor of the building?"
    )
    assert len(asked(message)) == 1


def test_a_question_asked_by_naming_a_time_takes_a_time(verdicts):
    found = verdicts("doors time?\ncan I bring a camera", "Doors open at 6:30pm on the night.")
    assert found["doors time?"] is True


def test_how_much_longer_asks_for_a_time_not_a_price(verdicts):
    found = verdicts(
        "How much longer will this take, and will the delay affect the value?",
        "The funds will reach your new provider on or before 31 January.",
    )
    assert found["How much longer will this take"] is True


def test_a_team_being_notified_is_no_answer(verdicts):
    found = verdicts(
        "Two hinges are missing. Can you send the missing parts?",
        "Our parts team has been notified and we'll follow up on the hinges.",
    )
    assert found["Can you send the missing parts?"] is False


def test_the_words_of_a_time_cue_are_no_topic_an_answer_must_repeat(verdicts):
    found = verdicts(
        "I haven't done my visa form yet; how far in advance does that need to be done?",
        "We recommend applying at least 72 hours before you fly.",
    )
    assert found["how far in advance does that need to be done?"] is True
