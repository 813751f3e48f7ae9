"""Where replycheck keeps what it caches between processes, and how it writes it.

Three caches live there: the rulesets as parsed (:mod:`replycheck.rules.registry`),
the regular expressions as compiled (:mod:`replycheck.regexcache`) and the rule
matcher's index (:mod:`replycheck.rules.matching`). Each is written whole and
atomically, so a reader sees the old file or the new one, never half of one;
each treats any problem with the file as a miss. This module
imports nothing from replycheck, so every module can use it at import time.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cache_dir() -> Path | None:
    """Where replycheck caches what it parses (``REPLYCHECK_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/replycheck`` or ``~/.cache/replycheck``); None when
    ``REPLYCHECK_NO_CACHE`` is set."""
    if os.environ.get("REPLYCHECK_NO_CACHE"):
        return None
    if os.environ.get("REPLYCHECK_CACHE_DIR"):
        return Path(os.environ["REPLYCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "replycheck"


def write_atomic(path: Path, blob: bytes) -> None:
    """Write ``blob`` to ``path`` through a temporary file in the same folder
    and one rename, creating the folder. Raises ``OSError`` as writing does."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
        tmp.write(blob)
    try:
        os.replace(tmp.name, path)
    finally:
        Path(tmp.name).unlink(missing_ok=True)


#: How many entries of one kind (``rulesets``, ``matcher``) are kept.
CACHE_ENTRIES = 4


def prune_entries(directory: Path, kind: str) -> None:
    """Remove all but the ``CACHE_ENTRIES`` most recently written ``kind`` entries
    (``<kind>-*.marshal``) in ``directory``."""
    entries = sorted(
        directory.glob(f"{kind}-*.marshal"), key=lambda path: path.stat().st_mtime, reverse=True
    )
    for stale in entries[CACHE_ENTRIES:]:
        stale.unlink(missing_ok=True)
