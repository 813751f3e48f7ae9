"""Fixtures shared by the RC201 end-to-end tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import replycheck
from replycheck.config import Config


@pytest.fixture(scope="module")
def unanswered() -> Callable[[str, str], list[str]]:
    """Check one question and one reply as a customer message and a draft;
    return the texts of the customer's asks that RC201 reports unanswered."""
    checker = replycheck.Checker(Config(select=("RC201",)))

    def run(question: str, reply: str) -> list[str]:
        original = f"Hi,\n\n{question}\n\nThanks,\nSam"
        draft = f"Hi Sam,\n\n{reply}\n\nBest,\nAlex"
        report = checker.check(draft, original=original)
        return [original[f.start : f.end] for f in report.findings if f.code == "RC201"]

    return run
