"""Fixtures shared by the RC201 end-to-end tests."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

import replycheck
from replycheck.config import Config
from replycheck.nlp import Pipeline
from replycheck.thread import addressed, default_lexicon, find_asked, read_draft
from replycheck.thread.answered import SetAside, Weighed, answer_for
from replycheck.thread.answers import Statement
from replycheck.thread.features import FEATURE_NAMES, ask_features


def _flagged(checker: replycheck.Checker, question: str, reply: str) -> list[str]:
    """Check one question and one reply as a customer message and a draft;
    return the texts of the customer's asks that RC201 reports unanswered."""
    original = f"Hi,\n\n{question}\n\nThanks,\nSam"
    draft = f"Hi Sam,\n\n{reply}\n\nBest,\nAlex"
    report = checker.check(draft, original=original)
    return [original[f.start : f.end] for f in report.findings if f.code == "RC201"]


def _rc201(**options: object) -> replycheck.Checker:
    """A checker running RC201 alone, its options changed as given."""
    checker = replycheck.Checker(Config(select=("RC201",)))
    (rule,) = checker.rules
    checker.rules = [dataclasses.replace(rule, options={**rule.options, **options})]
    return checker


@pytest.fixture(scope="module")
def asked() -> Callable[[str], list[str]]:
    """``asked(message)``: the texts of the asks RC201 reads in a customer
    message (a test file that needs more of each ask defines its own)."""
    pipeline = Pipeline()
    lexicon = default_lexicon()
    return lambda text: [ask.text for ask in find_asked(pipeline(text), lexicon)]


@pytest.fixture(scope="session")
def rc201() -> Callable[..., replycheck.Checker]:
    """Make a checker running RC201 alone, with the options given changed:
    ``rc201(second_opinion_below=0)``."""
    return _rc201


@pytest.fixture(scope="session")
def flagged() -> Callable[[replycheck.Checker, str, str], list[str]]:
    """``flagged(checker, question, reply)``: the customer's asks that
    ``checker``'s RC201 reports unanswered, by their text."""
    return _flagged


@pytest.fixture(scope="module")
def unanswered() -> Callable[[str, str], list[str]]:
    """``unanswered(question, reply)``: :func:`_flagged` with the shipped RC201."""
    checker = _rc201()
    return lambda question, reply: _flagged(checker, question, reply)


@pytest.fixture(scope="module")
def weigh() -> Callable[[str, str], tuple]:
    """Read one question and one reply as RC201 does, for the customer's last
    ask: ``(ask, statements, asks, found, weighed, aside, features)``, with
    what ``answer_for`` weighed and set aside and the second opinion's
    features by name."""
    pipeline = Pipeline()
    lexicon = default_lexicon()

    def run(question: str, reply: str) -> tuple:
        asks = find_asked(pipeline(question), lexicon)
        statements = read_draft(pipeline(reply), lexicon)
        ask = asks[-1]
        weighed: list[Weighed] = []
        aside: list[SetAside] = []
        found = answer_for(ask, statements, asks, weighed, aside)
        values = ask_features(ask, statements, asks, weighed, aside)
        features = dict(zip(FEATURE_NAMES, values, strict=True))
        return ask, statements, asks, found, weighed, aside, features

    return run


@pytest.fixture(scope="module")
def verdicts() -> Callable[[str, str], dict[str, bool]]:
    """Read a customer message and a draft as RC201 does; return each of the
    customer's asks with whether the draft answers it (rules only, no second
    opinion)."""
    pipeline = Pipeline()
    lexicon = default_lexicon()

    def run(original: str, draft: str) -> dict[str, bool]:
        asks = find_asked(pipeline(original), lexicon)
        statements = read_draft(pipeline(draft), lexicon)
        return {ask.text: addressed(ask, statements, asks) for ask in asks}

    return run


@pytest.fixture(scope="module")
def read() -> Callable[[str], list[Statement]]:
    """``read_draft`` of a text, through the blank pipeline and the default lexicon."""
    pipeline = Pipeline()
    lexicon = default_lexicon()
    return lambda text: read_draft(pipeline(text), lexicon)
