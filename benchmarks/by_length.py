"""What a draft's time grows with: a fixed cost, the draft's words, the customer's.

``by_kind.py`` gives words per second by kind of draft; this fits one tool's
process time per draft (one warm process, one ``check_one`` call each) to

    time = fixed + per_word * draft words [+ per_message_word * message words
                                           [+ with_message * (1 if a message)
                                            + read_word * (draft words if a message)]]

by least squares over every tenth corpus reply and joined email (two passes),
so two tools can be compared by what a draft's length costs them (the last
two fits add a flat cost for having a message at all, then a cost per draft
word paid only with a message: replycheck reads the draft against the
customer's asks only then)::

    python benchmarks/by_length.py replycheck         # this checkout
    REPLYCHECK_BENCH_INSTALLED=1 VENV/bin/python benchmarks/by_length.py replycheck
    benchmarks/.peers/proselint-venv/bin/python benchmarks/by_length.py proselint

Each draft is timed alone, so the figures hold the timer's cost and the host's
noise: compare tools run one after the other, not runs days apart. Stdlib
only (besides the tool), as ``worker.py``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import drafts  # noqa: E402
import worker  # noqa: E402


def _solve(rows: list[list[float]], ys: list[float]) -> list[float]:
    """Least squares by the normal equations (a few columns, well scaled)."""
    n = len(rows[0])
    a = [[sum(r[i] * r[j] for r in rows) for j in range(n)] for i in range(n)]
    b = [sum(r[i] * y for r, y in zip(rows, ys, strict=True)) for i in range(n)]
    for col in range(n):  # Gauss-Jordan with partial pivoting
        pivot = max(range(col, n), key=lambda k: abs(a[k][col]))
        a[col], a[pivot] = a[pivot], a[col]
        b[col], b[pivot] = b[pivot], b[col]
        for k in range(n):
            if k != col and a[k][col]:
                f = a[k][col] / a[col][col]
                a[k] = [x - f * y for x, y in zip(a[k], a[col], strict=True)]
                b[k] -= f * b[col]
    return [b[i] / a[i][i] for i in range(n)]


def main(argv: list[str]) -> int:
    name = argv[0] if argv else "replycheck"
    tool = worker.TOOLS[name]()
    chosen = [d for d in drafts.build_drafts() if d.kind in ("corpus", "email")][::10]
    for d in chosen[:100]:  # warm-up
        tool.check_one(d.draft, d.original)
    clock = time.process_time_ns
    times: list[float] = []
    words: list[tuple[int, int]] = []
    for _ in range(2):
        for d in chosen:
            began = clock()
            tool.check_one(d.draft, d.original)
            times.append((clock() - began) / 1e6)
            words.append((drafts.word_count(d.draft), drafts.word_count(d.original or "")))
    mean = sum(times) / len(times)
    draft_words = sum(w for w, _ in words) / len(words)
    message_words = sum(m for _, m in words) / len(words)
    print(
        f"{name}: {len(chosen)} drafts twice, mean {mean:.3f} ms a draft, "
        f"{draft_words:.1f} draft words, {message_words:.1f} message words"
    )
    fixed, per_word = _solve([[1.0, w] for w, _ in words], times)
    print(f"  draft words only:    fixed {fixed:.3f} ms + {per_word * 1000:.2f} us a draft word")
    fixed, per_word, per_message = _solve([[1.0, w, m] for w, m in words], times)
    print(
        f"  with message words:  fixed {fixed:.3f} ms + {per_word * 1000:.2f} us a draft word"
        f" + {per_message * 1000:.2f} us a message word"
    )
    rows = [[1.0, w, m, 1.0 if m else 0.0] for w, m in words]
    fixed, per_word, per_message, with_message = _solve(rows, times)
    print(
        f"  and a message's own: fixed {fixed:.3f} ms + {per_word * 1000:.2f} us a draft word"
        f" + {per_message * 1000:.2f} us a message word + {with_message:.3f} ms with a message"
    )
    rows = [[1.0, w, m, 1.0 if m else 0.0, w if m else 0.0] for w, m in words]
    fixed, per_word, per_message, with_message, read_word = _solve(rows, times)
    print(
        f"  and the draft read for the message: fixed {fixed:.3f} ms"
        f" + {per_word * 1000:.2f} us a draft word + {per_message * 1000:.2f} us a message word"
        f" + {with_message:.3f} ms with a message + {read_word * 1000:.2f} us a draft word"
        " with a message"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
