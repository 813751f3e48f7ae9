"""RC201: a yes/no naming a day (a weekday, a date, a holiday such as
"Boxing Day") is not answered by a length of time ("it can take 3-5 days to
show", "the rewire takes three days") nor by a no about another thing that
names nothing the ask is about (round 47, asks34d). A span still meets a
deadline ("before Friday?" <- "2-3 working days") or sits beside a request
granted; the day's hours or a yes answer it."""

from __future__ import annotations

import pytest

import replycheck


def _unanswered(draft: str, original: str) -> list[str]:
    report = replycheck.check(draft, original=original)
    return [f.text for f in report.findings if f.code == "RC201"]


@pytest.mark.parametrize(
    ("original", "draft", "left"),
    [
        (
            "A drier took my £3 and didn't start. Can I get my money back? Also are you open "
            "on Boxing Day?",
            "Hi,\n\nI've refunded the £3 to your card; it can take 3-5 days to show."
            "\n\nThanks,\nSuds",
            "open on Boxing Day",
        ),
        (
            "The plasterer said the rewiring starts soon. So is it definitely Monday 14th now?",
            "Hi Tom,\n\nThe electricians will need the cupboard under the stairs cleared, which "
            "isn't done yet.\n\nThe rewire takes three days, 8am to 4pm.\n\nThanks,\nSparks",
            "Monday 14th",
        ),
    ],
)
def test_a_day_asked_is_left_open(original, draft, left):
    assert any(left in text for text in _unanswered(draft, original))


@pytest.mark.parametrize(
    ("original", "draft"),
    [
        (
            "A drier took my £3. Can I get my money back? Also are you open on Boxing Day?",
            "Hi,\n\nI've refunded the £3 to your card. We're open from 10am to 4pm on Boxing "
            "Day.\n\nThanks,\nSuds",
        ),
        (
            "A drier took my £3. Can I get my money back? Also are you open on Boxing Day?",
            "Hi,\n\nI've refunded the £3 to your card. We're closed on Boxing Day, I'm "
            "afraid.\n\nThanks,\nSuds",
        ),
        (
            "The plasterer said the rewiring starts soon. So is it definitely Monday 14th now?",
            "Hi Tom,\n\nYes, Monday 14th is confirmed; the rewire takes three days, 8am to "
            "4pm.\n\nThanks,\nSparks",
        ),
        (
            "Could you photograph our son's christening on 14 February? How much would it be?",
            "Hi Lauren,\n\nI'd love to, and I'm free that day. Two hours is £320, with the "
            "edited photos in an online gallery within two weeks.\n\nBest,\nImogen",
        ),
        (
            "Will my refund arrive before Friday?",
            "Hi Jo,\n\nYour refund was sent today and takes 2-3 working days to reach your "
            "card.\n\nThanks,\nMo",
        ),
    ],
)
def test_a_day_answered_is_not_flagged(original, draft):
    assert _unanswered(draft, original) == []
