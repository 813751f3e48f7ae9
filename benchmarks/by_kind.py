"""Throughput by kind of draft: where a tool's words per second come from.

The benchmark's throughput is one figure over every draft; this splits it by
the drafts' kinds (corpus replies, many with the customer's message; joined
emails; tweets), timing one tool in one process, warm, by process time::

    python benchmarks/by_kind.py replycheck           # this checkout
    REPLYCHECK_BENCH_INSTALLED=1 VENV/bin/python benchmarks/by_kind.py replycheck
    benchmarks/.peers/proselint-venv/bin/python benchmarks/by_kind.py proselint

Run each tool the same way in turn and compare the words per second kind by
kind. Stdlib only (besides the tool), as ``worker.py``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import drafts  # noqa: E402
import worker  # noqa: E402


def main(argv: list[str]) -> int:
    name = argv[0] if argv else "replycheck"
    tool = worker.TOOLS[name]()
    kinds: dict[str, list[drafts.Draft]] = {}
    for draft in drafts.build_drafts():
        kinds.setdefault(draft.kind, []).append(draft)

    def check(items: list[tuple[str, str | None]]) -> None:
        if name == "replycheck":
            tool.check_batch(items, 1)
        else:
            for draft, original in items:
                tool.check_one(draft, original)

    check([(d.draft, d.original) for d in kinds["corpus"][:100]])  # warm-up
    for run in (1, 2):
        for kind, group in kinds.items():
            items = [(d.draft, d.original) for d in group]
            words = sum(drafts.word_count(d.draft) for d in group)
            start = time.process_time()
            check(items)
            seconds = time.process_time() - start
            print(
                f"{name} run {run} {kind}: {len(group)} drafts, {words:,} words, "
                f"{seconds:.2f} s, {words / seconds:,.0f} words/s",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
