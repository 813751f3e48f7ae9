"""A regular expression compiled on first use, for ``thread/lexicon.py``.

A module of its own so that it stays interpreted when the lexicon is compiled
with mypyc (hatch_build.py): it keeps the attributes it hands out in the
instance's ``__dict__``, which a mypyc-compiled (native) class does not have.
"""

from __future__ import annotations

import re
from typing import Any

from replycheck import regexcache


class LazyPattern:
    """A regular expression compiled on first use: a lexicon holds ~100 long
    alternations and a draft uses a few, so compiling them all up front cost
    more than a pre-send hook's whole check.

    Each attribute asked for (``match``, ``search``) is then kept on the
    instance, so ``__getattr__`` runs once per attribute, not on every call:
    the cue patterns are matched thousands of times per batch."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regexcache.compile(self.pattern)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value
