"""Work counted (not timed) for a long draft of quoted asks, repeated.

A thread file's drafts joined took about 6-7x the time for 4x the text:
``_borrowed_answer`` routed every other ask over every sentence once per
pointing ask (asks x asks x sentences). ``_answers_of_others`` keeps what it
found for the asks and sentences last read, so each other ask is routed once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import tomllib

from replycheck import Checker
from replycheck.thread import answered as answered_module

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "dev" / "thread-fresh25.toml"


def _drafts() -> str:
    cases = tomllib.loads(CORPUS.read_text(encoding="utf-8"))["case"]
    return "\n\n".join(case["draft"] for case in cases[:8]) + "\n\n"


def test_routes_read_sentences_in_proportion_to_the_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    if not answered_module.__file__.endswith(".py"):
        pytest.skip(
            "compiled by mypyc, answered.py calls answer_for directly, past any patch; "
            "the same source is counted in the pure-Python run"
        )
    routed = answered_module.answer_for
    read = [0]

    def counting(ask: Any, statements: Any, *args: Any, **kwargs: Any) -> Any:
        read[0] += len(statements)
        return routed(ask, statements, *args, **kwargs)

    monkeypatch.setattr(answered_module, "answer_for", counting)
    checker = Checker()
    unit = _drafts()
    counts = []
    for copies in (2, 8):
        read[0] = 0
        checker.check(unit * copies)
        counts.append(read[0])
    # asks and sentences both grow 4x: 16x is each ask routed over every
    # sentence; 51x (3,366 -> 171,720 sentences read) was before, 16x (2,376 -> 38,880) after
    assert counts[0] > 0
    assert counts[1] < 20 * counts[0], counts
