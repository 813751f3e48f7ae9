"""Where a two-process ``check_many`` spends what one process does not.

    python benchmarks/pool_costs.py [--runs 3] [--pairs 1000] [--chunks]

Checks the benchmark's pairs (run.py's: the first N drafts with a customer
message) with ``processes=1`` and ``processes=2``, alternating, in one warm
process, and times from inside: each chunk's start and end in the caller
and in the worker (``perf_counter`` is one clock for both on Linux), the
fork, the worker's first chunk, the caller's CPU time (``getrusage``, all
its threads) beside the CPU its own chunks took (``thread_time``), minor
page faults, and the wait at the end. It then pickles the reports a worker
would send back, to show what the round trip costs.

Wraps ``Checker._check_batch`` on the instance and ``os.fork``: run it on
the pure-Python sources (``PYTHONPATH=$PWD``) or a build whose ``Checker``
takes instance attributes. Fixed costs, per two-process call (medians):

- fork: the caller blocked in ``os.fork``;
- worker start: fork returned -> the worker starts its first chunk;
- caller overhead: the caller's CPU time less the CPU of the chunks it
  checked (pickling chunks out, unpickling reports, the pool's threads);
- tail: the last report in -> ``check_many`` returned (the pool's join), and
  the time one process sat idle while the other still checked;
- idle: wall time less each process's checking time.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.drafts import build_drafts


def _rusage() -> tuple[float, float, int]:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime, r.ru_stime, r.ru_minflt


class Probe:
    """Chunk timings of the caller (in memory) and of forked workers (files)."""

    def __init__(self, checker: Any, folder: Path) -> None:
        self.folder = folder
        self.parent = os.getpid()
        self.chunks: list[dict[str, float]] = []
        self.forks: list[tuple[float, float]] = []
        self._out: Any = None
        inner = checker._check_batch
        probe = self

        def timed(batch: Any) -> Any:
            before = _rusage()
            start, cpu = time.perf_counter(), time.thread_time()
            flt = before[2]
            out = inner(batch)
            row = {
                "start": start,
                "end": time.perf_counter(),
                "cpu": time.thread_time() - cpu,
                "n": len(batch),
                "minflt": resource.getrusage(resource.RUSAGE_SELF).ru_minflt - flt,
            }
            if os.getpid() == probe.parent:
                probe.chunks.append(row)
            else:
                if probe._out is None or probe._pid != os.getpid():
                    probe._pid = os.getpid()
                    probe._out = open(  # noqa: SIM115 (kept open for the worker's life)
                        folder / f"{os.getpid()}.jsonl", "a", buffering=1
                    )
                row["u"], row["s"], row["flt"] = _rusage()
                row["cpu_before"] = before[0] + before[1]
                row["bytes"] = len(pickle.dumps(out, pickle.HIGHEST_PROTOCOL))
                probe._out.write(json.dumps(row) + "\n")
            return out

        checker._check_batch = timed
        real_fork = os.fork

        def fork() -> int:
            before = time.perf_counter()
            pid = real_fork()
            after = time.perf_counter()
            if pid == 0:
                probe.chunks = []
                (folder / f"{os.getpid()}.started").write_text(json.dumps([before, after]))
            else:
                probe.forks.append((before, after))
            return pid

        os.fork = fork

    def reset(self) -> None:
        self.chunks, self.forks = [], []
        for path in self.folder.iterdir():
            path.unlink()

    def worker_rows(self) -> tuple[list[dict[str, float]], list[float]]:
        rows: list[dict[str, float]] = []
        started: list[float] = []
        for path in self.folder.iterdir():
            if path.suffix == ".jsonl":
                rows += [json.loads(line) for line in path.read_text().splitlines()]
            elif path.suffix == ".started":
                started.append(json.loads(path.read_text())[1])
        return rows, started


def run_once(checker: Any, probe: Probe, items: list[Any], processes: int) -> dict[str, float]:
    probe.reset()
    collections = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections[0] -= time.perf_counter()
        else:
            collections[0] += time.perf_counter()

    gc.callbacks.append(on_gc)
    u0, s0, f0 = _rusage()
    start = time.perf_counter()
    last = start
    reports = []
    for report in checker.check_many(items, processes=processes):
        reports.append(report)
        last = time.perf_counter()
    end = time.perf_counter()
    u1, s1, f1 = _rusage()
    gc.callbacks.remove(on_gc)
    own = probe.chunks
    own_cpu = sum(c["cpu"] for c in own)
    out = {
        "wall": end - start,
        "caller_cpu": (u1 - u0) + (s1 - s0),
        "caller_sys": s1 - s0,
        "caller_chunk_cpu": own_cpu,
        "caller_overhead": (u1 - u0) + (s1 - s0) - own_cpu,
        "caller_minflt": f1 - f0,
        "caller_gc": collections[0],
        "caller_drafts": sum(c["n"] for c in own),
        "join": end - last,
        "caller_idle": (end - start) - sum(c["end"] - c["start"] for c in own),
    }
    if processes > 1:
        rows, started = probe.worker_rows()
        rows.sort(key=lambda r: r["start"])
        fork_start, fork_end = probe.forks[0] if probe.forks else (start, start)
        out.update(
            {
                "to_fork": fork_start - start,
                "fork": fork_end - fork_start,
                "worker_start": rows[0]["start"] - (started[0] if started else fork_end),
                "worker_first_chunk": rows[0]["end"] - rows[0]["start"],
                "worker_first_chunk_minflt": rows[0]["minflt"],
                "worker_drafts": sum(r["n"] for r in rows),
                "worker_busy": sum(r["end"] - r["start"] for r in rows),
                "worker_chunk_cpu": sum(r["cpu"] for r in rows),
                "worker_cpu": rows[-1]["u"] + rows[-1]["s"],
                "worker_cpu_to_first_chunk": rows[0]["cpu_before"],
                "worker_overhead": rows[-1]["u"] + rows[-1]["s"] - sum(r["cpu"] for r in rows),
                "worker_sys": rows[-1]["s"],
                "worker_minflt": rows[-1]["flt"],
                "worker_idle_before_end": last - rows[-1]["end"],
                "caller_idle_tail": last - max(c["end"] for c in own) if own else 0.0,
                "report_bytes": sum(r["bytes"] for r in rows),
                "worker_chunks": len(rows),
                "caller_chunks": len(own),
            }
        )
        out["worker_idle"] = out["wall"] - out["worker_busy"]
        out["worker_start_abs"] = rows[0]["start"] - start
    return out


def pickle_costs(reports: list[Any], size: int = 16) -> dict[str, float]:
    chunks = [reports[i : i + size] for i in range(0, len(reports), size)]
    start = time.perf_counter()
    blobs = [pickle.dumps(c, pickle.HIGHEST_PROTOCOL) for c in chunks]
    dumped = time.perf_counter() - start
    start = time.perf_counter()
    for blob in blobs:
        pickle.loads(blob)
    loaded = time.perf_counter() - start
    return {"bytes": sum(map(len, blobs)), "dump": dumped, "load": loaded}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--chunks", action="store_true", help="print each chunk of the last run")
    args = parser.parse_args()

    import replycheck

    pairs = [(d.draft, d.original) for d in build_drafts() if d.original][: args.pairs]
    checker = replycheck.Checker()
    list(checker.check_many(pairs[:100]))  # warm, as benchmarks/worker.py does
    folder = Path(tempfile.mkdtemp(prefix="pool_costs"))
    probe = Probe(checker, folder)
    results: dict[int, list[dict[str, float]]] = {1: [], 2: []}
    for run in range(args.runs):
        for n in (1, 2) if run % 2 == 0 else (2, 1):
            results[n].append(run_once(checker, probe, pairs, n))
            if args.chunks and run == args.runs - 1 and n == 2:
                rows, _ = probe.worker_rows()
                t0 = min([c["start"] for c in probe.chunks] + [r["start"] for r in rows])
                for who, chunks in (("caller", probe.chunks), ("worker", rows)):
                    for c in sorted(chunks, key=lambda c: c["start"]):
                        print(
                            f"{who} {(c['start'] - t0) * 1000:8.1f} {(c['end'] - t0) * 1000:8.1f}"
                            f" n={c['n']:.0f} flt={c['minflt']:.0f}"
                        )
    reports = list(checker.check_many(pairs))
    two = list(checker.check_many(pairs, processes=2))
    same = [r.to_dict() for r in two] == [r.to_dict() for r in reports]

    def ms(key: str, n: int = 2) -> str:
        values = [r[key] for r in results[n] if key in r]
        if not values:
            return "-"
        low, high = min(values) * 1000, max(values) * 1000
        return f"{statistics.median(values) * 1000:7.1f} ({low:.1f}-{high:.1f})"

    def count(key: str, n: int = 2) -> str:
        values = [r[key] for r in results[n] if key in r]
        return f"{statistics.median(values):9.0f} ({min(values):.0f}-{max(values):.0f})"

    print(f"{len(pairs)} pairs, {args.runs} runs each; same reports with 2 processes: {same}")
    print(
        f"wall 1 process  {ms('wall', 1)} ms; cpu {ms('caller_cpu', 1)}; "
        f"sys {ms('caller_sys', 1)}; gc {ms('caller_gc', 1)}; minflt {count('caller_minflt', 1)}"
    )
    print(f"wall 2 processes{ms('wall')} ms")
    ratios = [a["wall"] / b["wall"] for a, b in zip(results[1], results[2], strict=True)]
    print("paired wall ratios: " + ", ".join(f"{r:.2f}" for r in ratios))
    cpu1 = [r["caller_cpu"] for r in results[1]]
    halves = [(r["caller_chunk_cpu"] + r["worker_chunk_cpu"]) for r in results[2]]
    print(
        f"checking CPU, 1 process {statistics.median(cpu1) * 1000:.0f} ms; "
        f"2 processes' chunks together {statistics.median(halves) * 1000:.0f} ms"
    )
    for key in (
        "to_fork",
        "fork",
        "worker_start",
        "worker_start_abs",
        "worker_first_chunk",
        "worker_cpu_to_first_chunk",
        "worker_overhead",
        "caller_overhead",
        "caller_sys",
        "caller_gc",
        "join",
        "caller_idle",
        "caller_idle_tail",
        "worker_idle",
        "worker_idle_before_end",
        "worker_sys",
    ):
        print(f"  {key:24} {ms(key)} ms")
    for key in (
        "caller_drafts",
        "worker_drafts",
        "caller_chunks",
        "worker_chunks",
        "caller_minflt",
        "worker_minflt",
        "worker_first_chunk_minflt",
        "report_bytes",
    ):
        print(f"  {key:24} {count(key)}")
    costs = pickle_costs(reports)
    print(
        f"pickling all {len(reports)} reports in chunks of 16: {costs['bytes'] / 1e6:.2f} MB, "
        f"dump {costs['dump'] * 1000:.1f} ms, load {costs['load'] * 1000:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
