"""Record the hand-written requirements on RC201's learned second opinion, as
rows ``scripts/fit_answered.py --requirements`` adds to its fit.

A pytest plugin: while the tests run, every ask RC201 puts to its second
opinion (outside tests that monkeypatch) is written as one JSON line (the
test, the ask, its features, the model's P(unanswered) and RC201's
threshold). Run it over tests/thread and
RC201's rule examples with the shipped model in place and every test passing,

    PYTHONPATH=$PWD:$PWD/scripts /work/venv/bin/python -m pytest -q -p no:cacheprovider \\
        -p answered_requirements tests/thread tests/test_rule_examples.py

(written to ``answered-requirements.jsonl`` in the working folder, or the path
in ``ANSWERED_REQUIREMENTS``). Each ask is then labelled by the decision the
tests passed with: kept (P at or above the threshold) means the ask must
flag, dropped means it must not. A refit fitted on these rows beside dev
learns the hand-written must-flag asks (the three that cleared the refits of
rounds 33 and 35 among them) instead of clearing them. Record again before a
refit whenever RC201's routes or features change: the rows hold features.
Needs the pure-Python checker (a mypyc-compiled module calls its own
functions directly, past the spy).
"""

from __future__ import annotations

import json
import os
from typing import IO, Any

import pytest

_current: dict[str, Any] = {"test": "", "record": True}
_out: list[IO[str]] = []


def pytest_configure(config: pytest.Config) -> None:
    import replycheck.checks.unanswered as check
    from replycheck.thread.features import ask_features

    if not check.__file__ or not check.__file__.endswith(".py"):
        raise pytest.UsageError("answered_requirements needs the pure-Python checker")
    opinion_of = check.second_opinion
    handle = open(  # noqa: SIM115 - open for the whole session
        os.environ.get("ANSWERED_REQUIREMENTS", "answered-requirements.jsonl"),
        "w",
        encoding="utf-8",
    )
    _out.append(handle)

    def spy(
        ask: Any, statements: Any, asks: Any, weighed: Any, opinion: Any, aside: Any = ()
    ) -> float:
        p = opinion_of(ask, statements, asks, weighed, opinion, aside)
        if not _current["record"]:
            return p
        row = {
            "test": _current["test"],
            "ask": ask.text,
            "p": p,
            "below": opinion.below,
            "features": ask_features(ask, statements, asks, weighed, aside),
        }
        handle.write(json.dumps(row) + "\n")
        return p

    check.second_opinion = spy  # type: ignore[assignment]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _current["test"] = item.nodeid
    # a test that monkeypatches may have replaced the model or its answer: what
    # it passes with says nothing about the shipped decision
    _current["record"] = "monkeypatch" not in getattr(item, "fixturenames", ())


def pytest_unconfigure(config: pytest.Config) -> None:
    for handle in _out:
        handle.close()
    _out.clear()
