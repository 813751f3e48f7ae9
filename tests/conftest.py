"""Shared fixtures: one default Checker per session (spaCy loads once)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def checker():
    import replycheck

    return replycheck.Checker()


@pytest.fixture(scope="session")
def make_context() -> Callable[..., object]:
    """``make_context(draft, original=None)``: a ``CheckContext`` as the
    checker builds one, the draft and the customer's message (when given)
    parsed into regions and each made into a ``Doc`` by one shared pipeline;
    ``original_where`` is "original" when there is a message."""
    from replycheck.context import CheckContext
    from replycheck.message import parse_message
    from replycheck.nlp import Pipeline

    pipeline = Pipeline()

    def make(draft: str, original: str | None = None) -> CheckContext:
        message = parse_message(draft)
        parsed = parse_message(original) if original is not None else None
        return CheckContext(
            message=message,
            doc=next(pipeline.pipe([message.own])),
            original=parsed,
            original_doc=next(pipeline.pipe([parsed.own])) if parsed is not None else None,
            original_where="original" if parsed is not None else None,
        )

    return make


@pytest.fixture
def cpu_seconds() -> Callable[..., float]:
    """Time one call as timeit does: this process's CPU time, collector off.

    The timing tests compare a call on 100 KB with the same call on 1 MB. A
    garbage collection that happens to fall inside the larger call walks every
    object the whole test session has made (spaCy, the checker, hypothesis's
    examples), so its cost depends on which tests ran before, not on the code
    being timed; in CI that once made a linear parse look 28 times as slow
    on ten times the text. Collecting first and pausing the collector for the
    call leaves only the code's own work, so anything quadratic still fails.
    """

    def measure(call: Callable[..., object], *args: object) -> float:
        gc.collect()
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            started = time.process_time()
            call(*args)
            return time.process_time() - started
        finally:
            if was_enabled:
                gc.enable()

    return measure


def pytest_terminal_summary(terminalreporter):
    """Say which build ran (see tests/test_build.py): shown even with -q."""
    import replycheck.nlp

    compiled = not str(replycheck.nlp.__file__).endswith(".py")
    mode = "mypyc-compiled" if compiled else "pure Python"
    terminalreporter.write_line(f"replycheck build: {mode} ({replycheck.nlp.__file__})")
