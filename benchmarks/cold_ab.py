"""Cold starts of two builds and the spaCy floor, alternated in one sitting.

    python benchmarks/cold_ab.py OLD_VENV NEW_VENV [--draft examples/refund-draft.txt] [--rounds 7]

``benchmarks/run.py --measures cold`` times one build against the floor; on a
shared machine whose speed drifts between runs, one build's ratio can move
by more than any change of ours. This script runs, in each round, the old
venv's ``replycheck DRAFT``, the new one's, and the floor (``python -c
"import spacy; spacy.blank('en')"`` with the new venv's interpreter), each
as a fresh process, and prints each one's median wall time, every run, and
the ratios, so the three share the drift. Run it with ``PYTHONPATH`` unset
so each venv checks with the replycheck installed in it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="a venv with replycheck installed")
    parser.add_argument("new", type=Path, help="a venv with replycheck installed")
    parser.add_argument("--draft", type=Path, default=HERE.parent / "examples" / "refund-draft.txt")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    commands = {
        "old": [str(args.old / "bin" / "replycheck"), str(args.draft)],
        "new": [str(args.new / "bin" / "replycheck"), str(args.draft)],
        "floor": [str(args.new / "bin" / "python"), "-c", "import spacy; spacy.blank('en')"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.rounds):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False)
            times[name].append(time.perf_counter() - start)
    median = {name: statistics.median(runs) for name, runs in times.items()}
    for name, runs in times.items():
        every = ", ".join(f"{t * 1000:.0f}" for t in runs)
        print(f"{name:5} median {median[name] * 1000:,.0f} ms (every run, ms: {every})")
    print(
        f"new / floor {median['new'] / median['floor']:.2f}x, "
        f"old / floor {median['old'] / median['floor']:.2f}x, "
        f"new / old {median['new'] / median['old']:.3f}"
    )


if __name__ == "__main__":
    main()
