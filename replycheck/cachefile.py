"""Where replycheck keeps what it caches between processes, and how it writes it.

Two caches live there: the rulesets as parsed (:mod:`replycheck.rules.registry`)
and the regular expressions as compiled (:mod:`replycheck.regexcache`). Both are
written whole and atomically, so a reader sees the old file or the new one,
never half of one; both treat any problem with the file as a miss. This module
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
