"""The benchmark's arithmetic (benchmarks/run.py is a script, loaded by path)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module
    spec.loader.exec_module(module)
    return module


def test_paired_ratio_takes_each_runs_own_ratio(bench):
    # a slow stretch in run 1 hits both tools: its ratio (2.0) stands, where
    # the ratio of the medians (14 / 8 = 1.75) pairs slow with quick
    tool = [10.0, 7.0, 8.0]
    base = [20.0, 14.0, 13.0]
    assert bench.paired_ratio(tool, base) == pytest.approx(2.0)
    assert bench.median(base) / bench.median(tool) == pytest.approx(1.75)


def test_paired_ratio_needs_the_same_runs(bench):
    assert bench.paired_ratio([1.0, 2.0], [2.0]) is None
    assert bench.paired_ratio(None, [2.0]) is None
    assert bench.paired_ratio([], []) is None


def test_targets_show_the_paired_ratio_beside_the_wall_time_one(bench):
    results = bench.Results()
    results.throughput = {"replycheck": 8.0, bench.BASELINE: 14.0}
    results.throughput_runs = {"replycheck": [10.0, 7.0, 8.0], bench.BASELINE: [20.0, 14.0, 13.0]}
    rows = {measure: (shown, verdict) for measure, _, shown, verdict in bench.targets(results)}
    assert rows["throughput"] == ("1.75×", "FAIL")
    paired = next(m for m in rows if m.startswith("throughput, median of the runs"))
    assert rows[paired] == ("2.00×", "PASS")


def test_measures_picks_the_parts_to_run_and_rejects_unknown_ones(bench):
    assert bench.parse_args(["--measures", "processes"]).measures == ["processes"]
    assert bench.parse_args([]).measures == list(bench.MEASURES)
    with pytest.raises(SystemExit):
        bench.parse_args(["--measures", "processes,speed"])
    with pytest.raises(SystemExit):
        bench.parse_args(["--measures", "processes", "--write-docs"])
