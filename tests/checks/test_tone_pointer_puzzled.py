"""A pointer at the signed terms followed by "so I'm surprised" stays a rebuke:
the agent's puzzlement at the customer is no next step for their case
(replycheck/checks/conceded.py, ``_puzzled``). Round 48 (tone46d)."""

from __future__ import annotations

import pytest

from replycheck.checks.conceded import _puzzled


@pytest.mark.parametrize(
    "words",
    [
        ["so", "i", "'m", "a", "little", "surprised", "to", "be", "having", "this"],
        ["so", "i", "'m", "not", "sure", "where", "the", "confusion", "is"],
        ["so", "i", "am", "puzzled"],
    ],
)
def test_puzzlement_after_so_i_am(words):
    assert _puzzled(words)


@pytest.mark.parametrize(
    "words",
    [
        ["so", "i", "'m", "going", "to", "waive", "the", "last", "payment"],
        ["so", "i", "'ve", "backdated", "your", "notice"],
        ["so", "your", "final", "payment", "is", "on", "1", "july"],
        ["so", "i", "'m", "attaching", "a", "copy", "and", "i", "'m", "not", "charging"],
    ],
)
def test_no_puzzlement(words):
    assert not _puzzled(words)


def test_the_rule_keeps_the_pointer(flagged):
    text = "Hi Jo,\n\nThis was in the contract you both signed, so I'm a little surprised.\n\nAl"
    assert flagged(("RC116",), text)
    text = "Hi Jo,\n\nThis was in the contract you both signed, so I'm waiving the fee.\n\nAl"
    assert not flagged(("RC116",), text)
