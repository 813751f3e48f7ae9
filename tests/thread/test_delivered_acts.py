"""An ask for an act answered by the act told as done (RC201,
``answered._act_delivered``): a verb of the same family ("renew" <- "I've
extended", "rebook" <- "I've booked you in", "delete" <- "I've removed"), an
act of removal done to what an "un-" act takes away ("unblock it" <- "I've
removed the block"), or a carrying act whose object names the act asked for
("I've booked the move"). Not an act of another family, one done to another
ask's thing, nor one that only passes the matter on or looks at it.

Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            "My parking permit runs out on Friday. Could I renew it online?",
            "I've extended your parking permit by six months, so it now runs to 31 March.",
        ),
        (
            "I can't make my appointment tomorrow as I've got flu. Can I rebook for next week?",
            "Sorry you're unwell. I've booked you in for Thursday 9th at 2pm with Dr Shah instead.",
        ),
        (
            "My account was frozen after I logged in abroad. Please unfreeze it, I need to pay.",
            "I've lifted the freeze, and your account is working again.",
        ),
        (
            "Please cancel my gym membership and delete my card details.",
            "I've cancelled your gym membership. I've also removed your card details.",
        ),
        # a carrying act whose object names the act asked for
        (
            "We move on the 3rd. Can you move my gas supply to the new flat at 2 Elm Row?",
            "I've booked the move of your gas supply to 2 Elm Row for the 3rd.",
        ),
    ],
)
def test_the_act_done_answers(unanswered, message, reply):
    assert not unanswered(message, reply)


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        # another family, on a neighbour of the ask's thing
        (
            "Ruby's saddle looked too big. Can we move her next ride to Sunday?",
            "I've swapped the saddle on her pony for a smaller one for her next ride.",
        ),
        # passed on and looked at: nothing delivered
        (
            "Could I renew my loan for another month?",
            "I've looked into your loan and passed your note on to the team.",
        ),
        # the act done to another ask's thing
        (
            "Please cancel my gym membership. And can you delete my card details?",
            "I've cancelled your gym membership from the end of this month.",
        ),
    ],
)
def test_no_act_of_the_ask_leaves_it_open(unanswered, message, reply):
    assert unanswered(message, reply)


# --- the done-act matches against the one pattern they were first written as --

_ONE_PATTERN = re.compile(
    r"(?<!\bif )(?<!\bonce )(?<!\bwhen )(?<!\bafter )(?<!\buntil )(?<!\bbefore )"
    r"\b(?:i|we)(?:'ve|\s+have)?\s+"
    r"(?:(?:now|just|also|already|gone\s+ahead\s+and|went\s+ahead\s+and)\s+)*"
    r"([a-z]+)\b([^.;:!?,]*)"
    r"|([^.;:!?,]*?)\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:been\s+)?([a-z]+ed|sent)\b"
)


def _one_pattern(text):
    """``_ONE_PATTERN``'s matches as ``_done_matches`` gives them."""
    out = []
    for verb, after, before, passive in (m.groups() for m in _ONE_PATTERN.finditer(text)):
        out.append((verb, after, True) if verb is not None else (passive, before, False))
    return out


_PIECES = [
    "i've",
    "we have",
    "i",
    "we",
    "now",
    "just",
    "extended",
    "booked",
    "sent",
    "you",
    "in",
    "your",
    "loan",
    "is",
    "are",
    "has been",
    "have been",
    "emailed",
    "lifted",
    "the block",
    "once",
    "if",
    "when",
    "and",
    "so",
    ",",
    ".",
    ";",
    "!",
    "?",
    ":",
    "it",
    "gone ahead and",
    "hope",
    "been",
    "renewed",
    "tickets",
    "x",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.sampled_from([" ", "", "  "]))
def test_done_matches_are_the_one_patterns_finditer(pieces, glue):
    from replycheck.thread.answered import _done_matches

    text = glue.join(pieces)
    assert list(_done_matches(text)) == _one_pattern(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i've extended both loans by three weeks, and your new e-tickets have been emailed.",
        "the block is now lifted; we have now booked you in for tuesday at 3pm.",
        "once i've booked it, the slot is reserved and your card has been charged.",
        "today we've renewed it and it is now sent",
        "",
    ],
)
def test_done_matches_on_sentences(text):
    from replycheck.thread.answered import _done_matches

    assert list(_done_matches(text)) == _one_pattern(text)
