"""A thin request ("can you have a look?") closing a clause that tells a new
problem, after another ask, in a draft that quotes the customer below the
reply (issue 3): it asks about that problem on its own, so a reply that only
answers the first ask leaves it open. Written fresh for these tests (not taken
from the corpus or the benchmark data).
"""

from __future__ import annotations

import pytest

import replycheck
from replycheck.config import Config

QUOTE = (
    "\n\nOn Tue, 3 Mar 2026 at 09:12, Rhian Lloyd <rhian@example.com> wrote:\n"
    "> Hi, how do I export last month's timesheets to a spreadsheet? {second}\n"
    "> Rhian\n"
)


@pytest.fixture(scope="module")
def flagged():
    checker = replycheck.Checker(Config(select=("RC201",)))

    def run(reply: str, second: str) -> list[str]:
        draft = f"Hi Rhian,\n\n{reply}\n\nBest,\nOwen" + QUOTE.format(second=second)
        report = checker.check(draft)
        assert all(f.where == "quoted" for f in report.findings)
        return [draft[f.start : f.end] for f in report.findings if f.code == "RC201"]

    return run


EXPORT = (
    "Open Reports, pick Timesheets, choose last month and press Export; "
    "the spreadsheet downloads straight away."
)


def test_a_new_problem_closed_by_a_thin_request_is_asked(flagged):
    second = "Also the card reader by the staff door keeps beeping red, can you take a look?"
    assert flagged(EXPORT, second) == ["can you take a look?"]


def test_the_new_problem_answered_is_not_flagged(flagged):
    second = "Also the card reader by the staff door keeps beeping red, can you take a look?"
    reply = EXPORT + " Our engineer will replace the card reader by the staff door on Thursday."
    assert flagged(reply, second) == []


def test_a_thin_request_on_the_same_problem_stays_with_the_first_ask(flagged):
    # the clause retells the export trouble: the request only asks for help with it
    second = "The timesheets export keeps failing, can you take a look?"
    assert flagged(EXPORT, second) == []
