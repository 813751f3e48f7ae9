"""Regular expressions compiled from a cache of their compiled form.

``re.compile`` parses a pattern and builds its matching code in pure Python;
replycheck's modules compile some 500 patterns, most of them long
alternations, and a cold ``replycheck draft.txt`` spent more instructions on
that than on anything else past the bare spaCy floor (docs/performance.md,
"The fiftieth round"). :func:`compile` keeps what ``re``'s compiler hands to
``_sre.compile`` (the flags, the code, the groups) in one marshal file beside
the rulesets' cache (:func:`replycheck.cachefile.cache_dir`), so a later
process builds each pattern with one C call and no parse. The result is the same ``re.Pattern``
``re.compile`` returns (equal to it, same flags and groups).

The file is keyed by the interpreter's version and ``_sre``'s code format; a
pattern missing from it is compiled as ``re`` would and the file rewritten,
atomically, once the process exits. Any problem with the file (unreadable,
corrupt, unwritable) falls back to ``re.compile``: it costs time, never a
result. It imports only :mod:`replycheck.cachefile` from replycheck, so every
module can use it at import time.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from replycheck.cachefile import cache_dir, write_atomic

#: The compiler's two halves, as ``re.compile`` calls them; None before
#: Python 3.11 (``sre_parse`` and ``sre_compile``), where :func:`compile` is
#: plain ``re.compile``.
_parser: Any = getattr(re, "_parser", None)
_compiler: Any = getattr(re, "_compiler", None)


#: ``(pattern, flags) -> (flags, code, groups - 1, groupindex, indexgroup)``:
#: ``_sre.compile``'s arguments but the pattern; None until first read.
_entries: dict[tuple[str, int], tuple[Any, ...]] | None = None
_added = False


def _file() -> Path | None:
    directory = cache_dir()
    if directory is None or _compiler is None:
        return None
    key = f"{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}-{sys.platform}"
    return directory / f"patterns-{key}.marshal"


def _load() -> dict[tuple[str, int], tuple[Any, ...]]:
    entries: dict[tuple[str, int], tuple[Any, ...]] = {}
    path = _file()
    if path is not None:
        try:
            data = marshal.loads(path.read_bytes())
            if isinstance(data, dict):
                entries = data
        except (OSError, EOFError, ValueError, TypeError):
            pass
    atexit.register(_save)
    return entries


def _save() -> None:
    path = _file()
    if not _added or _entries is None or path is None:
        return
    # A cache we cannot write costs time, never a result.
    with contextlib.suppress(OSError, ValueError):
        write_atomic(path, marshal.dumps(_entries))


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when the pattern is in it."""
    global _entries, _added
    if _compiler is None or _parser is None:  # pragma: no cover
        return re.compile(pattern, flags)
    flags = int(flags)
    if _entries is None:
        _entries = _load()
    key = (pattern, flags)
    entry = _entries.get(key)
    if entry is not None:
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, *entry)
            return compiled
        except (TypeError, ValueError, RuntimeError):
            pass  # a stale or corrupt entry: compiled afresh below
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints marshal
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    compiled = _sre.compile(pattern, *entry)
    _entries[key] = entry
    _added = True
    return compiled
