"""Which regular expressions a warm pass spends its time in, and who calls them.

    PYTHONPATH=<tree> python benchmarks/pattern_costs.py [--kind KIND] [--top N] [--all]

Wraps ``re.compile`` (and the module-level ``re.search``, ``re.match``, ...)
before ``replycheck`` is imported, so every pattern a ``replycheck`` module
compiles (``--all``: every module's) is a proxy that records each call of its
methods with its arguments. Then builds a ``Checker``, warms it on the warm
slice's drafts 0-49, checks drafts 50-349 once (first sight: caches fill) and
records a second pass over 50-349, the same steady state ``warm_slice.py``
counts. Each (pattern, method, calling function)'s calls are then replayed
five times (a ``finditer``'s matches read to the end) and the best time kept;
printed largest first with the number of calls, and the total. On this
machine 1 ms of replay is about 10 M instructions of the callgrind count.
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks.drafts import slice_items

_CALLS: dict[tuple[str, str, str], list[tuple[Any, tuple[Any, ...], dict[str, Any]]]] = defaultdict(
    list
)
_RECORDING = [False]
#: ``--all``: every module's patterns (spaCy's tokenizer, textstat, ...), not
#: only those a ``replycheck`` module compiles.
_EVERY = [False]
_METHODS = ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split")
_PLAIN_COMPILE = re.compile


def _from_replycheck(depth: int) -> bool:
    return str(sys._getframe(depth).f_globals.get("__name__", "")).startswith("replycheck")


def _caller(depth: int) -> str:
    frame = sys._getframe(depth)
    return f"{frame.f_globals.get('__name__', '?')}:{frame.f_code.co_qualname}"


class _Timed:
    """A compiled pattern whose calls are timed while recording."""

    def __init__(self, pattern: re.Pattern[Any]) -> None:
        self._pattern = pattern
        for name in _METHODS:
            setattr(self, name, self._timed(name))

    def _timed(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        source = self._pattern.pattern
        label = source if isinstance(source, str) else repr(source)

        def call(*args: Any, **kwargs: Any) -> Any:
            if not _RECORDING[0]:
                return method(*args, **kwargs)
            _CALLS[(label, name, _caller(2))].append((method, args, kwargs))
            return method(*args, **kwargs)

        return call

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


def _replay(calls: list[tuple[Any, tuple[Any, ...], dict[str, Any]]], runs: int) -> float:
    """The best of ``runs`` replays of one group's calls, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for method, args, kwargs in calls:
            result = method(*args, **kwargs)
            if hasattr(result, "__next__"):
                for _found in result:  # a finditer's matches, made as read
                    pass
        best = min(best, time.perf_counter() - start)
    return best


_PROXIES: dict[tuple[Any, int], _Timed] = {}


def _compile(pattern: Any, flags: Any = 0) -> Any:
    if isinstance(pattern, _Timed):
        return pattern
    compiled = _PLAIN_COMPILE(pattern, flags)
    if not _EVERY[0] and not _from_replycheck(2):
        return compiled
    key = (compiled.pattern, compiled.flags)
    if key not in _PROXIES:
        _PROXIES[key] = _Timed(compiled)
    return _PROXIES[key]


def _module_level(name: str) -> Any:
    plain = getattr(re, name)

    def call(pattern: Any, *args: Any, **kwargs: Any) -> Any:
        if not _EVERY[0] and not _from_replycheck(2):
            return plain(pattern, *args, **kwargs)
        flags = kwargs.pop("flags", 0)
        if isinstance(pattern, _Timed):
            proxy = pattern
        else:
            compiled = _PLAIN_COMPILE(pattern, flags)
            key = (compiled.pattern, compiled.flags)
            proxy = _PROXIES.setdefault(key, _Timed(compiled))
        if not _RECORDING[0]:
            return getattr(proxy._pattern, name)(*args, **kwargs)
        method = getattr(proxy._pattern, name)
        _CALLS[(proxy._pattern.pattern, name, _caller(2))].append((method, args, kwargs))
        return method(*args, **kwargs)

    return call


def main() -> int:
    argv, warm, counted_slice = slice_items(sys.argv[1:])
    top = 40
    runs = 5
    _EVERY[0] = "--all" in argv
    if "--top" in argv:
        top = int(argv[argv.index("--top") + 1])
    re.compile = _compile  # type: ignore[assignment]
    for name in _METHODS:
        setattr(re, name, _module_level(name))
    import replycheck

    checker = replycheck.Checker()
    list(checker.check_many(warm))
    list(checker.check_many(counted_slice))
    _RECORDING[0] = True
    start = time.perf_counter()
    list(checker.check_many(counted_slice))
    whole = time.perf_counter() - start
    _RECORDING[0] = False
    costs = {key: (len(calls), _replay(calls, runs)) for key, calls in _CALLS.items()}
    rows = sorted(costs.items(), key=lambda item: -item[1][1])
    spent = sum(cost[1] for cost in costs.values())
    count_all = sum(cost[0] for cost in costs.values())
    print(f"pass {whole * 1000:.1f} ms; pattern calls {count_all}, replayed {spent * 1000:.1f} ms")
    for (pattern, method, caller), (count, seconds) in rows[:top]:
        shown = pattern if len(pattern) <= 70 else pattern[:67] + "..."
        print(f"{seconds * 1000:8.2f} ms {int(count):6d}  {method:8s} {caller}  {shown!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
