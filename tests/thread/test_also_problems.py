"""RC201 asks: a further problem reported with "also" after the asks.

"Also the garden gate was left off its hinges." or "Also we're still
waiting for the plinth boards." after the customer's questions adds a thing
gone wrong, or still owed, for the business to put right: a support lead
counts it as asked though it has no cue. A fact of the customer's own after
"also" ("Also we've got a baby now"), venting ("Also the app keeps logging me
out, don't get me started") and an "also" problem in a message that asks
nothing else stay out.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "When will the fence be finished? Also the garden gate was left off its hinges.",
            ["When will the fence be finished?", "the garden gate was left off its hinges."],
        ),
        (
            "When is the fitter coming back? Also we're still waiting for the plinth boards.",
            ["When is the fitter coming back?", "we're still waiting for the plinth boards."],
        ),
        (
            "Can I claim for the delay? Also, my checked bag came out damaged.",
            ["Can I claim for the delay?", "my checked bag came out damaged."],
        ),
        (
            "Can you refund the game? also i had a pre-order bonus that never showed up.",
            ["Can you refund the game?", "i had a pre-order bonus that never showed up."],
        ),
        (
            "Can you fix the hem? Also, one of the buttons is missing now.",
            ["Can you fix the hem?", "one of the buttons is missing now."],
        ),
    ],
)
def test_a_problem_added_with_also_asks(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("Can I claim for the delay? Also we've got a baby now.", ["Can I claim for the delay?"]),
        (
            "When is my pay due? Also the app keeps logging me out, don't get me started.",
            ["When is my pay due?"],
        ),
        (
            "Can we bring the dog? Also we leave for the airport at 6am on Saturday.",
            ["Can we bring the dog?"],
        ),
        (
            "Where is the invoice? Also we haven't paid the second deposit yet, sorry!",
            ["Where is the invoice?"],
        ),
    ],
)
def test_a_fact_of_ones_own_after_also_asks_nothing(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "My printer won't connect since the update. Also the paper tray arrived cracked. "
            "And can you reset my account password?",
            ["the paper tray arrived cracked.", "can you reset my account password?"],
        ),
        (
            "Can I park at the hall? Also the tap in the kitchen has been dripping for days.",
            ["Can I park at the hall?", "the tap in the kitchen has been dripping for days."],
        ),
        (
            "What is the deposit for? Also the van has a dent on the side door.",
            ["What is the deposit for?", "the van has a dent on the side door."],
        ),
        (
            "Why was I charged twice? Also the front door handle is loose.",
            ["Why was I charged twice?", "the front door handle is loose."],
        ),
        (
            "Is the pool open on Sunday? I'm also owed a refund for the lesson you cancelled.",
            [
                "Is the pool open on Sunday?",
                "I'm also owed a refund for the lesson you cancelled.",
            ],
        ),
        (
            "When is the fitter coming? We're also still waiting on the spare keys.",
            ["When is the fitter coming?", "We're also still waiting on the spare keys."],
        ),
        (
            "Can you refund the postage? I also never got the instruction booklet.",
            ["Can you refund the postage?", "I also never got the instruction booklet."],
        ),
    ],
)
def test_more_shapes_of_a_problem_added_with_also_ask(asked, message, asks):
    """A problem told before the first ask counts once an ask follows; the
    damage may be a state ("has been dripping", "is loose") or a mark it has
    ("has a dent"); "also" may come after the customer's verb ("I'm also
    owed ...", "We're also still waiting ...")."""
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        # an "also" problem with no ask anywhere in the message
        ("The sofa came today. Also one of the cushions is stained.", []),
        # a fact of the customer's own, not a fault
        ("Can I book for May? Also the kids have been loving it.", ["Can I book for May?"]),
        ("Can we bring the dog? Also our garden has a lovely view.", ["Can we bring the dog?"]),
        (
            "Can I pay on the day? I'm also waiting for my sister to confirm.",
            ["Can I pay on the day?"],
        ),
        ("Do you open on Sundays? We're also new to the area.", ["Do you open on Sundays?"]),
    ],
)
def test_an_also_fact_or_a_problem_with_no_ask_stays_out(asked, message, asks):
    assert asked(message) == asks


def test_a_problem_told_before_the_ask_is_credited_by_its_fix(unanswered):
    assert (
        unanswered(
            "The wardrobe was delivered today. Also the left door hinge is broken. "
            "When can you send the missing shelf?",
            "Our fitter will replace the broken hinge when he brings the missing shelf "
            "on Thursday.",
        )
        == []
    )


def test_a_problem_told_before_the_ask_left_unmet_is_unanswered(unanswered):
    assert unanswered(
        "The wardrobe was delivered today. Also the left door hinge is broken. "
        "When can you send the missing shelf?",
        "The missing shelf will arrive on Thursday.",
    ) == ["the left door hinge is broken."]


def test_a_follow_up_that_points_back_at_an_also_problem_joins_it(asked):
    assert asked(
        "Why is the bill higher? Also the shower head is loose. Could you fix it please?"
    ) == ["Why is the bill higher?", "the shower head is loose. Could you fix it please?"]
