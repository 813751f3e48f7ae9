"""A step the customer will need to take (RC120's sentence-start "You will
need to"), said with what we do to help in the same or the next sentence, is
a step explained, not an order; without our part, or with the help only in a
later paragraph, it is still read as an order."""

from __future__ import annotations

import pytest

from replycheck import Checker, Config


def codes(draft: str) -> list[str]:
    report = Checker(Config(select=("RC120",))).check(f"Hi Sam,\n\n{draft}\n\nBest,\nJo")
    return [f.code for f in report.findings]


@pytest.mark.parametrize(
    "draft",
    [
        "You will need to apply within six months. I have enclosed the form.",
        "You will need to confirm each January. We send a reminder in December.",
        "You will need to book the test yourself, but I will email you the link today.",
        "You will need to complete the authorisation. I will email you when it opens.",
    ],
)
def test_a_step_with_our_help_alongside_is_not_an_order(draft: str) -> None:
    assert codes(draft) == []


@pytest.mark.parametrize(
    "draft",
    [
        "You will need to apply within six months.",
        "You will need to contact the assembly company directly.",
        # the help must be in the sentence or the next one, not a later paragraph
        "You will need to take another day off.\n\nI will send you the new date.",
        # our help with a different obligation form is not read here
        "You must apply within six months. I have enclosed the form.",
    ],
)
def test_a_step_without_our_part_is_still_an_order(draft: str) -> None:
    assert codes(draft) == ["RC120"]
