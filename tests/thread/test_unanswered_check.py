"""RC201 end to end: findings, the report's ``asked`` checklist and where spans point."""

from __future__ import annotations

import pytest

import replycheck
from replycheck.config import Config


@pytest.fixture(scope="module")
def check():
    checker = replycheck.Checker(Config(select=("RC201",)))
    return checker.check


def rc201(report):
    return [f for f in report.findings if f.code == "RC201"]


def test_unanswered_question_points_into_the_original(check):
    original = "Hi,\n\nWhen will it arrive? Can I change the address?\n\nThanks, Sam"
    draft = "Hi Sam,\n\nYour parcel is due on Thursday.\n\nBest,\nAna"
    report = check(draft, original)
    (finding,) = rc201(report)
    assert finding.where == "original"
    assert original[finding.start : finding.end] == "Can I change the address?"
    assert finding.category == "unanswered-question"
    assert '"Can I change the address?"' in finding.message
    assert report.original_source == "original"


def test_asked_lists_every_item_with_its_verdict(check):
    original = "When will it arrive? Can I change the address?"
    report = check("Your parcel is due on Thursday.", original)
    assert [(a.text, a.kind, a.expects, a.answered, a.where) for a in report.asked] == [
        ("When will it arrive?", "question", "time", True, "original"),
        ("Can I change the address?", "question", "yes-no", False, "original"),
    ]
    data = report.to_dict()
    assert data["original"] == "original"
    assert data["asked"][1]["text"] == "Can I change the address?"


def test_question_quoted_below_the_reply_points_into_the_draft(check):
    draft = (
        "Hi Felix,\n\nYes, you can bring your dog.\n\nMariam\n\n"
        "On Tue, 21 Apr 2026 at 09:12, Felix <felix@example.com> wrote:\n"
        "> Can we bring our dog? Is there an extra charge?\n"
        "> Felix\n"
    )
    report = check(draft)
    (finding,) = rc201(report)
    assert finding.where == "quoted"
    assert draft[finding.start : finding.end] == "Is there an extra charge?"
    assert report.original_source == "quoted"


def test_outlook_style_quote_is_read_as_the_customer_message(check):
    draft = (
        "Hello Mr Grant,\n\nThank you for your email. We will be in touch.\n\nHarbour Bank\n\n"
        "-----Original Message-----\nFrom: Peter Grant <p@example.com>\n"
        "Sent: 18 November 2026 16:02\nTo: mortgages@example.com\nSubject: Application\n\n"
        "Has the valuation been done yet?\n"
    )
    report = check(draft)
    (finding,) = rc201(report)
    assert finding.where == "quoted"
    assert draft[finding.start : finding.end] == "Has the valuation been done yet?"


def test_no_customer_message_means_no_finding_and_says_so(check):
    report = check("Hi Jo,\n\nYour refund is on its way.\n\nBest,\nMia")
    assert rc201(report) == []
    assert report.original_source is None
    assert report.asked == ()


def test_a_reply_that_answers_everything_is_left_alone(check):
    original = "Is my kettle still under warranty? What do I need to do?"
    draft = (
        "Hi Grace,\n\nYes, your kettle is covered by our two-year warranty. "
        "Just drop it at any Parcelpoint shop with the attached label and we'll send a new one "
        "within five working days.\n\nKind regards,\nLuis"
    )
    report = check(draft, original)
    assert rc201(report) == []
    assert all(a.answered for a in report.asked)


def test_a_signature_naming_the_topic_does_not_answer():
    import replycheck

    report = replycheck.check(
        "Hi Tess,\n\nThanks for your email.\n\nBest,\nFitzone Membership Team",
        original="Please cancel my membership.",
    )
    assert [f.code for f in report.findings if f.code == "RC201"] == ["RC201"]
