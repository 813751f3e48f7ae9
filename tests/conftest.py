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
