"""Shared fixtures: one default Checker per session (spaCy loads once)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def checker():
    import replycheck

    return replycheck.Checker()


def pytest_terminal_summary(terminalreporter):
    """Say which build ran (see tests/test_build.py): shown even with -q."""
    import replycheck.nlp

    compiled = not str(replycheck.nlp.__file__).endswith(".py")
    mode = "mypyc-compiled" if compiled else "pure Python"
    terminalreporter.write_line(f"replycheck build: {mode} ({replycheck.nlp.__file__})")
