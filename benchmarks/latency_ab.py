"""Warm latency of one checkout of replycheck on this checkout's typical replies.

    python benchmarks/latency_ab.py CODE_DIR

CODE_DIR holds the replycheck to time, e.g. an old commit made with
``mkdir /tmp/old && git archive REV | tar -x -C /tmp/old``. replycheck is
imported from CODE_DIR but the drafts come from this checkout
(``benchmarks.drafts.typical``: 150-250-word replies with their customer
message), so two checkouts are timed on the same replies: process time per
``check()``, three passes after a 30-draft warm-up. Run it for each checkout
back to back and compare within one sitting; the machine is shared.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> None:
    code = str(Path(sys.argv[1]).resolve())
    sys.path.insert(0, code)
    import replycheck

    if not replycheck.__file__.startswith(code):
        raise SystemExit(f"replycheck came from {replycheck.__file__}, not {code}")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.drafts import build_drafts, typical

    drafts = typical(build_drafts())
    checker = replycheck.Checker()
    for draft in drafts[:30]:
        checker.check(draft.draft, original=draft.original)
    times: list[tuple[float, int]] = []
    for _ in range(3):
        for index, draft in enumerate(drafts):
            started = time.process_time()
            checker.check(draft.draft, original=draft.original)
            times.append((time.process_time() - started, index))
    times.sort()
    p50, p99 = times[len(times) // 2][0], times[int(len(times) * 0.99)][0]
    slowest = [(round(seconds * 1e3, 1), index) for seconds, index in times[-5:]]
    print(f"{code}: {len(drafts)} replies, p50 {p50 * 1e3:.1f} ms, p99 {p99 * 1e3:.1f} ms")
    print(f"slowest (ms, index): {slowest}")


if __name__ == "__main__":
    main()
