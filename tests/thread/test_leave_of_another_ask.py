"""A yes/no that asks leave ("Can we bring in our own caterer?") is left open
when the draft's only leave is given to another ask's thing ("Children are
very welcome until 8pm", "We can pick up from both addresses") and the draft
never names the thing asked about: ``leave_left_unsaid`` does not take leave
said of a neighbouring ask as this one's. Where the thing is named ("Logs are
yours if you want them"), or the leave names nothing of any ask ("That's
fine"), it is left as before. Pairs are written fresh for these tests (not
taken from the corpus).
"""

from __future__ import annotations

import pytest

from replycheck.thread.type_veto import leave_left_unsaid

PARTY = (
    "We've booked the function room for my mum's 70th. Can the kids stay until 9? "
    "Can we bring in our own caterer?"
)
MINIBUS = (
    "Could you collect us from the station and from the hotel? "
    "Are we allowed to have drinks on the minibus?"
)
LOGS = "Could you take the oak down to half its height? Can we keep the logs?"
DOG = "What time can we collect the keys on Friday? Can we bring our two spaniels?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # leave given to the kids, the caterer never named
        (
            PARTY,
            "Children are very welcome until 9pm with an adult. "
            "We work with a lovely range of local food vans.",
        ),
        # the pick-ups granted, the drinks never named
        (
            MINIBUS,
            "We can collect from both the station and the hotel. "
            "All our minibuses are fully licensed and insured.",
        ),
    ],
)
def test_leave_given_to_another_ask_leaves_this_one_open(weigh, question, reply):
    ask, statements, asks, *_ = weigh(question, reply)
    assert leave_left_unsaid(ask, statements, reply, asks)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # the thing named in a sentence of its own
        (
            LOGS,
            "We can take the oak down to half height for £450. Logs are yours if you want them.",
        ),
        # the caterer named with leave
        (PARTY, "Children are welcome until 9pm, and you're welcome to use your own caterer."),
        # leave naming no ask's thing
        (PARTY, "Kids can stay until 9pm. Outside caterers are fine too."),
        # the thing named by its kind
        (DOG, "Keys are ready from 3pm on Friday. Dogs are very welcome, up to two per cottage."),
    ],
)
def test_leave_for_the_thing_asked_still_answers(weigh, question, reply):
    ask, statements, asks, *_ = weigh(question, reply)
    assert not leave_left_unsaid(ask, statements, reply, asks)


def test_leave_of_another_ask_is_flagged_end_to_end(unanswered):
    reply = (
        "Hi Jo,\n\nChildren are very welcome until 9pm with an adult. "
        "We work with a lovely range of local food vans.\n\nSam"
    )
    assert unanswered(PARTY, reply) == ["Can we bring in our own caterer?"]


def test_leave_for_both_asks_is_clean_end_to_end(unanswered):
    reply = (
        "Hi Jo,\n\nKids can stay until 9pm with an adult, and you're welcome "
        "to bring in your own caterer.\n\nSam"
    )
    assert unanswered(PARTY, reply) == []
