"""Where a warm check goes, by stage: exclusive time per stage over the warm slice.

    python benchmarks/stage_split.py [PASSES] [--kind corpus|email|tweet]

Builds a ``Checker``, warms it as ``warm_slice.py`` does (drafts 0-49, then
50-349 once) and times ``PASSES`` (default 3) more passes over drafts
50-349, charging each moment to the innermost stage running: message
parsing, the spaCy pipeline (tokenizer and sentence split), the data-rule
matcher, each code check (grouped by module), RC201's readings and matching
(``read_draft``, ``read_message``, ``addressed``, ``second_opinion``, shared
with the stock rules), VADER, and report building. ``--kind`` takes the
slice from one kind of draft, as ``warm_slice.py --kind`` does. The wrappers
add their own cost, and the machine is shared: use it for shares, and ``warm_slice.py``
under callgrind for a change's instructions.
"""

from __future__ import annotations

import functools
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks.drafts import slice_items

_clock = time.perf_counter_ns
_spent: dict[str, int] = defaultdict(int)
_stack: list[list[Any]] = []


def _enter(name: str) -> None:
    now = _clock()
    top = _stack[-1]
    _spent[top[0]] += now - top[1]
    _stack.append([name, now])


def _leave() -> None:
    now = _clock()
    name, began = _stack.pop()
    _spent[name] += now - began
    _stack[-1][1] = now


def _staged(name: str, fn: Callable[..., Any], *, drain: bool = False) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _enter(name)
        try:
            result = fn(*args, **kwargs)
            return list(result) if drain else result
        finally:
            _leave()

    return wrapper


def main() -> int:
    argv, warm, counted_slice = slice_items(sys.argv[1:])
    passes = int(argv[0]) if argv else 3
    import replycheck
    import replycheck.checker as checker_module
    import replycheck.checks.unanswered as unanswered
    import replycheck.context as context
    import replycheck.thread.reading as reading

    checker = replycheck.Checker()
    list(checker.check_many(warm))
    list(checker.check_many(counted_slice))

    checker._code_checks[:] = [
        (rule, _staged(f"check {fn.__module__.rsplit('.', 1)[-1]}", fn, drain=True))
        for rule, fn in checker._code_checks
    ]
    matcher = checker._matcher
    matcher.matches = _staged("data-rule matcher", matcher.matches, drain=True)  # type: ignore[method-assign]
    pipeline = checker.pipeline
    pipeline.pipe = _staged("spaCy pipeline (tokens, sentences)", pipeline.pipe, drain=True)  # type: ignore[method-assign]
    cls = checker_module.Checker
    cls._prepare = _staged("message parsing", cls._prepare)  # type: ignore[method-assign]
    for name in ("_deferred", "_deferred_in_sentence", "_deduplicate", "_one_per_sentence"):
        setattr(checker_module, name, _staged("report building", getattr(checker_module, name)))
    checker_module._release = _staged("report building", checker_module._release)
    analyzer = context._vader()
    analyzer.polarity_scores = _staged("VADER", analyzer.polarity_scores)
    for part in ("read_draft", "read_message"):
        setattr(reading, part, _staged(f"RC201/stock: {part}", getattr(reading, part)))
    for part in ("addressed", "second_opinion"):
        setattr(unanswered, part, _staged(f"RC201: {part}", getattr(unanswered, part)))

    _spent.clear()
    _stack[:] = [["(loop, contexts, gates)", _clock()]]
    began = _clock()
    for _ in range(passes):
        list(checker.check_many(counted_slice))
    total = _clock() - began
    _spent[_stack[0][0]] += _clock() - _stack[0][1]
    print(f"{total / 1e6 / passes:.1f} ms a pass over the slice ({passes} passes)")
    for name, spent in sorted(_spent.items(), key=lambda kv: -kv[1]):
        print(f"{name:45} {spent / 1e6 / passes:9.1f} ms {spent / total:7.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
