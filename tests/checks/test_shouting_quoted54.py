"""Capitals inside a pair of single quotes (round 51, good23d): a label quoted
as it was shown or written ("signed for by 'NEIGHBOUR'") is not a raised
voice, like words in double quotes; a stressed word alone in quotes still is."""

from __future__ import annotations

import pytest

from replycheck import Checker, Config
from replycheck.checks.shouting import _single_quoted


@pytest.fixture(scope="module")
def shouting() -> Checker:
    return Checker(Config(select=("shouting",)))


@pytest.mark.parametrize(
    ("draft", "shouted"),
    [
        ("Tracking shows it was signed for by 'NEIGHBOUR' at 2.14pm.", []),
        ("The status reads \u2018AWAITING COLLECTION\u2019, so it is at the depot.", []),
        ("Your statement will show 'HOPEWELL TRUST' for the gift.", []),
        # unquoted, or a stressed word alone in quotes, still shouts
        ("Tracking shows it was signed for by NEIGHBOUR at 2.14pm.", ["NEIGHBOUR"]),
        ("We will 'NEVER' refund a sale item.", ["NEVER'"]),
        # an apostrophe inside a word opens no quote
        ("The driver's NEIGHBOUR' note is odd.", ["NEIGHBOUR'"]),
    ],
)
def test_capitals_in_single_quotes_are_a_label(
    shouting: Checker, draft: str, shouted: list[str]
) -> None:
    assert [f.text for f in shouting.check(draft).findings] == shouted


@pytest.mark.parametrize(
    ("text", "start", "end", "quoted"),
    [
        ("by 'NEIGHBOUR'.", 4, 14, True),  # the closing mark inside the run
        ("by 'NEIGHBOUR'.", 4, 13, True),  # the closing mark right after it
        ("by 'NEIGHBOUR's van", 4, 14, False),  # a possessive, not a close
        ("x'NEIGHBOUR'", 2, 12, False),  # the opening mark follows a letter
        ("NEIGHBOUR'", 0, 10, False),  # no opening mark at all
    ],
)
def test_single_quoted_reads_the_marks_around_the_run(
    text: str, start: int, end: int, quoted: bool
) -> None:
    assert _single_quoted(text, start, end) is quoted
