"""Fixtures the check tests share."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replycheck import Checker, Config

#: ``flagged(selection, text)``: the matched texts of the findings that a
#: ``Checker`` selecting ``selection`` (codes or categories) reports on ``text``.
Flagged = Callable[[tuple[str, ...], str], list[str]]

#: The learned tone backstop, left out of the checkers these tests use: they
#: pin what the rules do and do not flag. The backstop's own behaviour, false
#: alarms included, is measured in test_learned.py and docs/quality.md.
LEARNED = ("RC160", "RC161", "RC162")


@pytest.fixture(scope="session")
def flagged() -> Flagged:
    checkers: dict[tuple[str, ...], Checker] = {}

    def texts(selection: tuple[str, ...], text: str) -> list[str]:
        if selection not in checkers:
            checkers[selection] = Checker(Config(select=selection, ignore=LEARNED))
        return [finding.text for finding in checkers[selection].check(text).findings]

    return texts
