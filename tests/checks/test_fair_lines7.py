"""Fair lines the learned backstop (RC160-RC162) once flagged on good replies,
and the edged twins that keep the flag."""

from __future__ import annotations

import pytest

from replycheck import Checker, Config

LEARNED = ("RC160", "RC161", "RC162")


@pytest.fixture(scope="module")
def learned() -> Checker:
    return Checker(Config(select=LEARNED))


def _codes(checker: Checker, sentence: str) -> list[str]:
    text = f"Hi Sam,\n\nThanks for your email. {sentence}\n\nBest,\nJo"
    return [f.code for f in checker.check(text).findings]


@pytest.mark.parametrize(
    "sentence",
    [
        # a step the customer will need to take, given with its reason (as RC120 spares it)
        "You will need to bring the original certificate, because copies can't be verified.",
        # encouragement after bad news, regret at giving it, a lapse looked into for others
        "This isn't the end of it.",
        "It's not a letter I enjoyed writing.",
        "It's not a call I wanted to make.",
        "I'd like to find out how it was missed so it doesn't happen to anyone else.",
    ],
)
def test_a_fair_line_is_left_alone(learned: Checker, sentence: str) -> None:
    assert _codes(learned, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # the reason names the customer, cites the rule or carries an edge
        ("You will need to bring the original certificate, because you can't be trusted.", "RC161"),
        ("You will need to bring the original certificate, because that is the rule.", "RC161"),
        ("You will need to bring it, because copies simply can't be verified.", "RC161"),
        # the same encouragement, regret or lapse said with an edge
        ("Honestly, this isn't the end of it.", "RC160"),
        ("It's not a letter I enjoyed writing, again.", "RC160"),
        (
            "Honestly, I'd like to find out how it was missed so it doesn't happen to anyone else.",
            "RC160",
        ),
    ],
)
def test_the_edged_twin_keeps_the_flag(learned: Checker, sentence: str, code: str) -> None:
    assert _codes(learned, sentence) == [code]


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # what an incident did not reach, told to reassure; a verdict on the customer keeps the flag
        ("It did not hold any bank or card details.", []),
        ("Your card details were not affected.", []),
        ("It did not hold any bank or card details, which is your own responsibility.", ["RC162"]),
        ("Your card details were not affected, so the problem is yours.", ["RC162"]),
        # a third party pressed on the customer's behalf; the fault put on them keeps the flag
        ("They have been told it is a priority case and that the visit must not be cancelled.", []),
        ("They have been told it is a priority case, so any delay is their fault.", ["RC162"]),
    ],
)
def test_a_reassurance_or_a_case_pressed_puts_no_fault(
    learned: Checker, sentence: str, codes: list[str]
) -> None:
    assert _codes(learned, sentence) == codes
