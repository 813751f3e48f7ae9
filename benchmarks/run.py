"""Benchmark replycheck against its peers on the same drafts, in one run.

    python benchmarks/run.py [--runs 5] [--quick] [--only replycheck,proselint,...]
        [--measures throughput,latency,processes,scaling,cold,rss]
                             [--data ../shared/data] [--write-docs]

Tools: replycheck (this checkout, through its library API and its CLI),
proselint (PyPI; installed into a throwaway venv under benchmarks/.peers/),
write-good and alex (npm; installed with ``npm install --prefix
benchmarks/.peers/node``). A peer that cannot be installed is skipped with
one line saying why; so is replycheck while it cannot check a draft.

Every tool runs in its own warm worker process (worker.py, worker.mjs) that
loads the drafts once and times only the checking. Each measure is the median
of ``--runs`` runs, interleaved between tools (the order rotates every run):

- throughput: words per second over the whole draft set, single process;
- latency: p50 / p99 per typical reply (150–250 words, with its customer
  message), one check call per draft;
- scaling: a 10 KB, 100 KB and 1 MB draft;
- processes: ``Checker.check_many`` over 1,000 pairs with 1 and 2 processes,
  and whether both give the same reports in the same order;
- cold start: ``replycheck draft.txt`` against ``python -c "import spacy;
  spacy.blank('en')"``, fresh processes, wall time and peak RSS;
- batch peak RSS: a fresh process that checks the whole draft set once.

``--write-docs`` puts the results into docs/performance.md between the
``<!-- bench:begin -->`` and ``<!-- bench:end -->`` markers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import queue
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import drafts as drafts_mod  # noqa: E402  (benchmarks/ is not a package)

PEERS = HERE / ".peers"
WORK = HERE / ".work"
PROSELINT_VENV = PEERS / "proselint-venv"
NODE_PREFIX = PEERS / "node"
DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"

TOOLS = ("replycheck", "proselint", "write-good", "alex")
MEASURES = ("throughput", "latency", "processes", "scaling", "cold", "rss")
PEERS_NPM = ("write-good", "alex")
BASELINE = "proselint"
SPACY_FLOOR = "import spacy; spacy.blank('en')"

START_TIMEOUT = 600.0
REQUEST_TIMEOUT = 900.0

# (name, target text) -- evaluated in `targets()`
TARGETS = (
    ("throughput", "≥ 2.0× proselint's words/s"),
    ("cold start", "≤ 1.3× the bare spaCy floor"),
    ("warm p99", "≤ 20 ms per typical reply pair"),
    ("CLI peak RSS", "≤ 250 MB"),
    ("scaling", "1 MB ≤ 10× the time of 100 KB"),
    ("2 processes", "≥ 1.6× faster than 1, same reports in the same order"),
)


def say(message: str) -> None:
    print(message, flush=True)


# --------------------------------------------------------------------------- setup


def install_proselint() -> list[str] | str:
    """The command that starts a proselint worker, or why there is none."""
    python = PROSELINT_VENV / "bin" / "python"
    check = [str(python), "-c", "import proselint"]
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return [str(python), str(HERE / "worker.py"), "proselint"]
    say("proselint: installing from PyPI into benchmarks/.peers/proselint-venv ...")
    steps = (
        [sys.executable, "-m", "venv", str(PROSELINT_VENV)],
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "proselint",
        ],
    )
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True)
        if done.returncode != 0:
            lines = (done.stderr or done.stdout).strip().splitlines()
            return f"`{shlex.join(step[-2:])}` failed: {lines[-1] if lines else done.returncode}"
    return [str(python), str(HERE / "worker.py"), "proselint"]


def install_npm_peers(wanted: Sequence[str]) -> dict[str, list[str] | str]:
    """Worker commands for write-good and alex, or why each is missing."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        return {name: "node/npm not found on PATH" for name in wanted}
    modules = NODE_PREFIX / "node_modules"
    missing = [name for name in wanted if not (modules / name / "package.json").exists()]
    if missing:
        say(f"{', '.join(missing)}: installing from npm into benchmarks/.peers/node ...")
        step = [npm, "install", "--prefix", str(NODE_PREFIX), "--no-audit", "--no-fund", *missing]
        done = subprocess.run(step, capture_output=True, text=True)
        if done.returncode != 0:
            lines = done.stderr.strip().splitlines()
            reason = lines[-1] if lines else str(done.returncode)
            return {name: f"npm install {name} failed: {reason}" for name in wanted}
    result: dict[str, list[str] | str] = {}
    for name in wanted:
        if (modules / name / "package.json").exists():
            result[name] = [node, str(HERE / "worker.mjs"), name, str(modules)]
        else:
            result[name] = f"npm install {name} left no package"
    return result


def worker_commands(tools: Sequence[str]) -> dict[str, list[str] | str]:
    commands: dict[str, list[str] | str] = {}
    for tool in tools:
        if tool == "replycheck":
            commands[tool] = [sys.executable, str(HERE / "worker.py"), "replycheck"]
        elif tool == "proselint":
            commands[tool] = install_proselint()
    npm = [t for t in tools if t in PEERS_NPM]
    if npm:
        commands.update(install_npm_peers(npm))
    return commands


# --------------------------------------------------------------------------- workers


class WorkerError(RuntimeError):
    """A worker could not start, answered an error, died or timed out."""

    def __init__(self, message: str, kind: str = "") -> None:
        super().__init__(message)
        self.kind = kind


class Worker:
    """One warm tool process speaking worker.py's line protocol."""

    def __init__(self, name: str, argv: list[str], warm: Path, timeout: float) -> None:
        self.name = name
        self.version = "?"
        self.timeout = timeout
        self.argv, self.warm = argv, warm
        self._stderr = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed in close())
        self._proc = subprocess.Popen(
            [*argv, str(warm)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        ready = self._read(START_TIMEOUT)
        self.version = str(ready.get("version", "?"))

    def _pump(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            self._lines.put(line)
        self._lines.put(None)

    def _read(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self._proc.kill()  # busy, so it would not read a polite "quit"
                self._proc.wait()
                raise WorkerError(f"no answer within {timeout:.0f} s (worker stopped)") from None
            if line is None:
                raise WorkerError(f"worker exited: {self._stderr_tail()}")
            try:
                message = json.loads(line)
            except json.JSONDecodeError:
                continue  # stray output from the tool itself
            if isinstance(message, dict) and "error" in message:
                raise WorkerError(str(message["error"]), str(message.get("type", "")))
            if isinstance(message, dict):
                return message

    def _stderr_tail(self) -> str:
        if self._stderr.closed:
            return "no message"
        self._stderr.seek(0)
        lines = [line for line in self._stderr.read().splitlines() if line.strip()]
        return lines[-1] if lines else "no message"

    @property
    def alive(self) -> bool:
        return self._proc.poll() is None

    def ask(self, request: dict[str, Any]) -> dict[str, Any]:
        if self._proc.poll() is not None:
            raise WorkerError(f"worker exited: {self._stderr_tail()}")
        assert self._proc.stdin is not None
        self._proc.stdin.write(json.dumps(request) + "\n")
        self._proc.stdin.flush()
        return self._read(self.timeout)

    def close(self) -> None:
        if self._proc.poll() is None:
            try:
                assert self._proc.stdin is not None
                self._proc.stdin.write('{"op": "quit"}\n')
                self._proc.stdin.close()
                self._proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self._proc.kill()
                self._proc.wait()
        if not self._stderr.closed:
            self._stderr.close()


@dataclass
class Run:
    """A fresh process's wall time, exit status and peak RSS."""

    seconds: float
    returncode: int
    max_rss_mb: float
    stderr: str


def run_fresh(argv: list[str], timeout: float = REQUEST_TIMEOUT) -> Run:
    """Run a command to completion; wall time and peak RSS from wait4()."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.001)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace").strip()
    # ru_maxrss is in KiB on Linux (bytes on macOS)
    scale = 1 if sys.platform == "darwin" else 1024
    return Run(seconds, proc.returncode, usage.ru_maxrss * scale / 1e6, text)


# --------------------------------------------------------------------------- statistics


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def rotated(items: Sequence[str], by: int) -> list[str]:
    """The tools in a different order every run, so none always goes first."""
    if not items:
        return []
    by %= len(items)
    return [*items[by:], *items[:by]]


# --------------------------------------------------------------------------- measures


@dataclass
class Results:
    """Everything one invocation measured, and what could not be."""

    drafts: int = 0
    words: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    typical: int = 0
    pairs: int = 0
    versions: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    throughput: dict[str, float] = field(default_factory=dict)  # tool -> median seconds
    throughput_runs: dict[str, list[float]] = field(default_factory=dict)  # every run, in order
    throughput_cpu: dict[str, float] = field(default_factory=dict)  # tool -> median CPU seconds
    findings: dict[str, int] = field(default_factory=dict)
    latency: dict[str, tuple[float, float]] = field(default_factory=dict)  # p50, p99 (s)
    scaling: dict[str, dict[str, float]] = field(default_factory=dict)  # tool -> size -> s
    scaling_errors: dict[str, tuple[str, str]] = field(default_factory=dict)  # size, why
    processes: dict[str, Any] = field(default_factory=dict)
    cold: dict[str, float] = field(default_factory=dict)  # "replycheck"/"spaCy floor" -> s
    cold_rss: dict[str, float] = field(default_factory=dict)
    cold_note: str = ""
    batch_rss: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    timeout: float = REQUEST_TIMEOUT

    def timed_out(self, tool: str) -> set[str]:
        """The scaling size at which a tool ran out of time, if it did."""
        size, why = self.scaling_errors.get(tool, ("", ""))
        return {size} if "no answer within" in why else set()


class Bench:
    def __init__(self, args: argparse.Namespace, results: Results) -> None:
        self.args = args
        self.runs: int = args.runs
        self.results = results
        self.workers: dict[str, Worker] = {}

    def revive(self, tools: Sequence[str]) -> list[str]:
        """Restart workers stopped by a timeout; the tools that are ready to measure."""
        ready = []
        for tool in tools:
            worker = self.workers[tool]
            if not worker.alive:
                worker.close()
                say(f"{tool}: restarting its worker")
                try:
                    worker = Worker(tool, worker.argv, worker.warm, worker.timeout)
                except WorkerError as exc:
                    say(f"{tool}: could not restart its worker ({exc})")
                    continue
                self.workers[tool] = worker
            ready.append(tool)
        return ready

    def asker(self, request: dict[str, Any]) -> Callable[[str, int], dict[str, Any]]:
        """A function that sends `request` to a tool's worker (any run)."""
        return lambda tool, _run: self.workers[tool].ask(request)

    def fail(self, tool: str, what: str, exc: Exception) -> None:
        say(f"{tool}: {what} failed ({exc}); leaving it out of {what}")
        self.results.notes.append(f"{tool}: {what} failed: {exc}")

    def interleaved(
        self,
        label: str,
        tools: Sequence[str],
        request: Callable[[str, int], dict[str, Any]],
        budget: float | None = None,
    ) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
        """Run `request` for every tool, `runs` times, rotating the order.

        Returns the answers per tool and, for tools that failed, why. With a
        `budget`, a tool whose runs so far took longer than that many seconds
        stops repeating (its median is over the runs it did).
        """
        tools = self.revive(tools)
        answers: dict[str, list[dict[str, Any]]] = {tool: [] for tool in tools}
        errors: dict[str, str] = {}
        spent = dict.fromkeys(tools, 0.0)
        live = list(tools)
        for run in range(self.runs):
            for tool in rotated(live, run):
                start = time.perf_counter()
                try:
                    answers[tool].append(request(tool, run))
                except WorkerError as exc:
                    self.fail(tool, label, exc)
                    live.remove(tool)
                    answers.pop(tool)
                    errors[tool] = str(exc)
                spent[tool] += time.perf_counter() - start
            say(f"  {label}: run {run + 1}/{self.runs} done")
            for tool in list(live):
                if budget is not None and spent[tool] > budget and run + 1 < self.runs:
                    live.remove(tool)
                    self.results.notes.append(
                        f"{label}: {tool} took {spent[tool]:.0f} s in {run + 1} run(s), over the "
                        f"{budget:.0f} s budget; median of those"
                    )
            if not live:
                break
        return answers, errors

    # -- warm measures -------------------------------------------------------

    def throughput(self, path: Path) -> None:
        say("throughput: every draft, warm, single process")
        answers, _ = self.interleaved(
            "throughput",
            list(self.workers),
            self.asker({"op": "batch", "path": str(path)}),
        )
        for tool, runs in answers.items():
            self.results.throughput[tool] = median([a["seconds"] for a in runs])
            self.results.throughput_runs[tool] = [a["seconds"] for a in runs]
            cpu = [a["cpu_seconds"] for a in runs if "cpu_seconds" in a]
            if len(cpu) == len(runs):
                self.results.throughput_cpu[tool] = median(cpu)
            self.results.findings[tool] = int(runs[0]["findings"])

    def latency(self, path: Path) -> None:
        say("latency: one check per typical reply, warm")
        answers, _ = self.interleaved(
            "latency",
            list(self.workers),
            self.asker({"op": "each", "path": str(path)}),
        )
        for tool, runs in answers.items():
            p50 = median([percentile(a["times"], 50) for a in runs])
            p99 = median([percentile(a["times"], 99) for a in runs])
            self.results.latency[tool] = (p50, p99)

    def scaling(self, texts: dict[str, Path]) -> None:
        say(f"scaling: {', '.join(texts)} drafts")
        for size, path in texts.items():
            answers, errors = self.interleaved(
                f"scaling {size}",
                [t for t in self.workers if t not in self.results.scaling_errors],
                self.asker({"op": "text", "path": str(path)}),
                budget=self.args.budget,
            )
            for tool, error in errors.items():
                self.results.scaling_errors[tool] = (size, error)
            for tool, runs in answers.items():
                times = [a["seconds"] for a in runs]
                self.results.scaling.setdefault(tool, {})[size] = median(times)

    def processes(self, path: Path, pairs: int) -> None:
        if "replycheck" not in self.workers or not self.revive(["replycheck"]):
            return
        worker = self.workers["replycheck"]
        say(f"processes: check_many over {pairs} pairs with 1 and 2 processes")
        seconds: dict[int, list[float]] = {1: [], 2: []}
        answers: dict[int, dict[str, Any]] = {}
        for run in range(self.runs):
            for n in (1, 2) if run % 2 == 0 else (2, 1):
                request = {"op": "batch", "path": str(path), "processes": n, "detail": True}
                try:
                    answer = worker.ask(request)
                except WorkerError as exc:
                    if n == 2 and exc.kind == "TypeError":
                        reason = f"not supported yet ({exc})"
                    else:
                        reason = f"failed: {exc}"
                    say(f"replycheck: check_many(processes={n}) {reason}")
                    self.results.processes = {"error": reason}
                    return
                seconds[n].append(answer["seconds"])
                if n in answers and answers[n]["digest"] != answer["digest"]:
                    self.results.notes.append(
                        f"check_many(processes={n}) gave different reports from run to run"
                    )
                answers.setdefault(n, answer)
            say(f"  processes: run {run + 1}/{self.runs} done")
        one, two = median(seconds[1]), median(seconds[2])
        self.results.processes = {
            "pairs": pairs,
            "one": one,
            "two": two,
            "speedup": one / two,
            "same": answers[1]["digest"] == answers[2]["digest"],
            "difference": describe_difference(answers[1], answers[2]),
        }

    # -- fresh processes -----------------------------------------------------

    def cold_start(self, draft: Path, with_replycheck: bool) -> None:
        """Fresh processes: `replycheck draft.txt` and the bare spaCy floor, interleaved."""
        commands = {"spaCy floor": [sys.executable, "-c", SPACY_FLOOR]}
        if with_replycheck:
            commands["replycheck"] = [*replycheck_cli(), str(draft)]
            # pip compiles an installed package's bytecode, as it did spaCy's; an
            # editable checkout (or PYTHONDONTWRITEBYTECODE) would otherwise
            # compile replycheck's sources in every timed run.
            subprocess.run(
                [sys.executable, "-m", "compileall", "-q", str(ROOT / "replycheck")], check=False
            )
        say(f"cold start: {' vs '.join(commands)} (fresh processes)")
        for name, argv in list(commands.items()):  # one untimed run each: warm disk cache
            result = run_fresh(argv)
            if result.returncode not in (0, 1):  # 1 = findings, a normal lint result
                line = result.stderr.splitlines()[-1] if result.stderr else "no message"
                say(f"{name}: cold start skipped (exit {result.returncode}: {line})")
                self.results.notes.append(
                    f"cold start: `{name}` exited {result.returncode}: {line}"
                )
                del commands[name]
        times: dict[str, list[float]] = {name: [] for name in commands}
        rss: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(self.runs):
            for name in rotated(list(commands), run):
                result = run_fresh(commands[name])
                times[name].append(result.seconds)
                rss[name].append(result.max_rss_mb)
            say(f"  cold start: run {run + 1}/{self.runs} done")
        order = sorted(times, key=lambda name: name != "replycheck")
        self.results.cold = {name: median(times[name]) for name in order}
        self.results.cold_rss = {name: median(rss[name]) for name in order}

    def batch_rss(self, commands: dict[str, list[str]], path: Path) -> None:
        say("batch peak RSS: a fresh process checks every draft once")
        samples: dict[str, list[float]] = {tool: [] for tool in commands}
        for run in range(self.runs):
            for tool in rotated(list(samples), run):
                result = run_fresh([*commands[tool], "--once", str(path)])
                if result.returncode != 0:
                    line = result.stderr.splitlines()[-1] if result.stderr else "no message"
                    self.fail(tool, "batch RSS", WorkerError(line))
                    samples.pop(tool)
                    continue
                samples[tool].append(result.max_rss_mb)
            say(f"  batch RSS: run {run + 1}/{self.runs} done")
        self.results.batch_rss = {tool: median(v) for tool, v in samples.items() if v}


def describe_difference(one: dict[str, Any], two: dict[str, Any]) -> str:
    """How the reports of 1 and 2 processes differ, in a few words ('' when they do not)."""
    if one["digest"] == two["digest"]:
        return ""
    a, b = one.get("item_digests", []), two.get("item_digests", [])
    if len(a) != len(b):
        return f"{len(a)} reports with 1 process, {len(b)} with 2"
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    where = f"{len(differ)} of {len(a)} reports differ, the first at item {differ[0]}"
    if one.get("digest_unlabelled") == two.get("digest_unlabelled"):
        return where + "; only their `source` labels differ, the findings are the same"
    return where + "; their findings differ"


def replycheck_cli() -> list[str]:
    """The venv's console script when it runs this checkout; else the same entry point."""
    script = Path(sys.executable).parent / "replycheck"
    if script.exists() and os.environ.get("REPLYCHECK_BENCH_INSTALLED", "") not in ("", "0"):
        return [str(script)]  # the installed build, as the warm measures use (worker.py)
    if script.exists():
        where = subprocess.run(
            [sys.executable, "-c", "import replycheck; print(replycheck.__file__)"],
            capture_output=True,
            text=True,
            cwd=tempfile.gettempdir(),  # not this checkout: see what is installed
        ).stdout.strip()
        if where and Path(where).resolve().parent.parent == ROOT:
            return [str(script)]
    # Not installed (or another copy is): run the console script's entry point from here.
    return [sys.executable, "-c", "import sys; from replycheck.cli import main; sys.exit(main())"]


# --------------------------------------------------------------------------- report


def fmt_s(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}×"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def targets(r: Results) -> list[tuple[str, str, str, str]]:
    """(measure, target, measured, verdict) for each target in the issue."""
    out: list[tuple[str, str, str, str]] = []

    def verdict(ok: bool) -> str:
        return "PASS" if ok else "FAIL"

    want = dict(TARGETS)
    # throughput
    rc, base = r.throughput.get("replycheck"), r.throughput.get(BASELINE)
    if rc and base:
        x = base / rc  # same words: words/s ratio is the inverse time ratio
        out.append(("throughput", want["throughput"], f"{x:.2f}×", verdict(x >= 2.0)))
    else:
        out.append(("throughput", want["throughput"], "not measured", "n/a"))
    rc, base = r.throughput_cpu.get("replycheck"), r.throughput_cpu.get(BASELINE)
    if rc and base:
        x = base / rc
        label = "throughput by CPU time (shown beside the wall-time figure)"
        out.append((label, want["throughput"], f"{x:.2f}×", verdict(x >= 2.0)))
    paired = paired_ratio(r.throughput_runs.get("replycheck"), r.throughput_runs.get(BASELINE))
    if paired is not None:
        label = "throughput, median of the runs' own ratios (shown beside the wall-time figure)"
        out.append((label, want["throughput"], f"{paired:.2f}×", verdict(paired >= 2.0)))
    # cold start
    if "replycheck" in r.cold and "spaCy floor" in r.cold:
        x = r.cold["replycheck"] / r.cold["spaCy floor"]
        out.append(("cold start", want["cold start"], f"{x:.2f}×", verdict(x <= 1.3)))
    else:
        out.append(("cold start", want["cold start"], "not measured", "n/a"))
    # latency
    if "replycheck" in r.latency:
        p99 = r.latency["replycheck"][1]
        out.append(("warm p99", want["warm p99"], fmt_s(p99), verdict(p99 <= 0.020)))
    else:
        out.append(("warm p99", want["warm p99"], "not measured", "n/a"))
    # CLI RSS
    if "replycheck" in r.cold_rss:
        mb = r.cold_rss["replycheck"]
        out.append(("CLI peak RSS", want["CLI peak RSS"], f"{mb:.0f} MB", verdict(mb <= 250)))
    else:
        out.append(("CLI peak RSS", want["CLI peak RSS"], "not measured", "n/a"))
    # scaling
    sizes = scaling_times(r, "replycheck")
    if "1 MB" in sizes and "100 KB" in sizes:
        x = sizes["1 MB"] / sizes["100 KB"]
        shown = growth(r, "replycheck", "100 KB", "1 MB")
        out.append(("scaling", want["scaling"], shown, verdict(x <= 10)))
    elif "replycheck" in r.scaling_errors:
        size, why = r.scaling_errors["replycheck"]
        out.append(("scaling", want["scaling"], f"failed at {size}: {why}", "FAIL"))
    else:
        out.append(("scaling", want["scaling"], "not measured", "n/a"))
    # processes
    p = r.processes
    if "speedup" in p:
        ok = p["speedup"] >= 1.6 and p["same"]
        same = "same reports" if p["same"] else "DIFFERENT reports"
        measured = f"{p['speedup']:.2f}×, {same}"
        out.append(("2 processes", want["2 processes"], measured, verdict(ok)))
    else:
        out.append(("2 processes", want["2 processes"], p.get("error", "not measured"), "n/a"))
    return out


def paired_ratio(tool: Sequence[float] | None, base: Sequence[float] | None) -> float | None:
    """The median over runs of ``base[i] / tool[i]``: each run's two timings
    are taken within one rotation of the tools, so a stretch when the host
    slows the whole machine moves both and cancels out of that run's ratio,
    where a ratio of two medians can pair a slow stretch with a quick one.
    None when the two were not run the same number of times."""
    if not tool or not base or len(tool) != len(base):
        return None
    return median([b / t for t, b in zip(tool, base, strict=True)])


def scaling_times(r: Results, tool: str) -> dict[str, float]:
    """Median seconds per size; a size that timed out counts as the timeout (a lower bound)."""
    sizes = dict(r.scaling.get(tool, {}))
    for size in r.timed_out(tool):
        sizes[size] = r.timeout
    return sizes


def growth(r: Results, tool: str, small: str, large: str) -> str:
    sizes = scaling_times(r, tool)
    if small not in sizes or large not in sizes:
        return "–"
    x = sizes[large] / sizes[small]
    return f"> {x:.1f}×" if large in r.timed_out(tool) else f"{x:.2f}×"


def report(r: Results) -> str:
    parts: list[str] = []
    kinds = ", ".join(f"{n} {k}" for k, n in r.kinds.items())
    parts.append(
        f"Drafts: {r.drafts} ({kinds}); {r.words:,} words of agent text. "
        f"Typical replies for latency: {r.typical}."
    )
    if r.versions:
        parts.append("Versions: " + ", ".join(f"{t} {v}" for t, v in r.versions.items()) + ".")
    if r.skipped:
        parts.append("Skipped: " + "; ".join(f"{t} ({why})" for t, why in r.skipped.items()) + ".")

    if r.throughput:
        base = r.throughput.get(BASELINE)
        base_cpu = r.throughput_cpu.get(BASELINE)
        rows = []
        for tool, seconds in r.throughput.items():
            wps = r.words / seconds
            cpu = r.throughput_cpu.get(tool)
            rows.append(
                [
                    tool,
                    f"{wps:,.0f}",
                    f"{r.drafts / seconds:,.0f}",
                    fmt_s(seconds),
                    ", ".join(f"{run:.2f}" for run in r.throughput_runs.get(tool, ())),
                    ratio(base / seconds if base else None),
                    fmt_s(cpu) if cpu else "–",
                    ratio(base_cpu / cpu if base_cpu and cpu else None),
                    str(r.findings.get(tool, "")),
                ]
            )
        head = ["tool", "words/s", "drafts/s", "median time", "every run (s)", "× proselint"]
        head += ["median CPU time", "× proselint (CPU)", "findings"]
        parts.append(
            "### Throughput (warm, single process, whole draft set)\n\n"
            + table(head, rows)
            + "\n\nEvery run, in order, shows how much the same work moves on this machine; "
            "the first follows a warm-up of 100 drafts, so it also fills per-word caches. "
            "CPU time is the worker process's own (`time.process_time()` in Python, "
            "`process.cpuUsage()` in Node) over the same runs: it leaves out the time a "
            "tool waits while other processes of this machine hold the CPU, but not a "
            "slower CPU or time the host takes from a virtual machine, so on a quiet "
            "machine it equals the wall time."
        )

    if r.latency:
        rows = [[t, fmt_s(p50), fmt_s(p99)] for t, (p50, p99) in r.latency.items()]
        parts.append(
            f"### Warm latency per typical reply ({r.typical} replies of 150–250 words)\n\n"
            + table(["tool", "p50", "p99"], rows)
        )

    if r.scaling or r.scaling_errors:
        rows = []
        for tool in [*r.scaling, *(t for t in r.scaling_errors if t not in r.scaling)]:
            sizes = scaling_times(r, tool)
            cells = [
                "–"
                if s not in sizes
                else f"> {sizes[s]:.0f} s"
                if s in r.timed_out(tool)
                else fmt_s(sizes[s])
                for s in drafts_mod.SCALING_SIZES
            ]
            rows.append(
                [
                    tool,
                    *cells,
                    growth(r, tool, "10 KB", "100 KB"),
                    growth(r, tool, "100 KB", "1 MB"),
                ]
            )
        parts.append(
            "### Scaling (one long draft)\n\n"
            + table(["tool", *drafts_mod.SCALING_SIZES, "100 KB / 10 KB", "1 MB / 100 KB"], rows)
        )

    p = r.processes
    if "speedup" in p:
        parts.append(
            f"### check_many with 2 processes ({p['pairs']} pairs)\n\n"
            + table(
                ["processes", "median time", "speedup", "same reports, same order"],
                [
                    ["1", fmt_s(p["one"]), "1.00×", ""],
                    ["2", fmt_s(p["two"]), ratio(p["speedup"]), "yes" if p["same"] else "NO"],
                ],
            )
            + (f"\n\nNot the same: {p['difference']}." if p["difference"] else "")
        )

    if r.cold:
        floor = r.cold.get("spaCy floor")
        rows = [
            [name, fmt_s(s), ratio(s / floor if floor else None), f"{r.cold_rss[name]:.0f} MB"]
            for name, s in r.cold.items()
        ]
        parts.append(
            "### Cold start (fresh process, warm disk cache)\n\n"
            + table(["command", "median wall time", "× spaCy floor", "peak RSS"], rows)
            + f"\n\n{r.cold_note}"
        )

    if r.batch_rss:
        rows = [[t, f"{mb:.0f} MB"] for t, mb in r.batch_rss.items()]
        parts.append(
            "### Peak RSS of a batch run (fresh process, every draft once)\n\n"
            + table(["tool", "peak RSS"], rows)
        )

    parts.append(
        "### Targets\n\n"
        + table(["measure", "target", "measured", "verdict"], [list(t) for t in targets(r)])
    )
    if r.notes:
        parts.append("Notes:\n\n" + "\n".join(f"- {n}" for n in r.notes))
    return "\n\n".join(parts)


def machine() -> list[str]:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or cpu
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    node = shutil.which("node")
    node_version = (
        subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
        if node
        else "not installed"
    )
    return [
        f"CPU: {cpu}; {os.cpu_count()} logical cores ({usable} usable by this process)",
        f"RAM: {ram}",
        f"OS: {platform.platform()}",
        f"Python {platform.python_version()} ({platform.python_implementation()}); "
        f"Node {node_version}",
    ]


def load_average() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def git_commit() -> str:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        )
    except OSError:
        return "unknown"
    return done.stdout.strip() or "unknown"


def write_docs(body: str) -> None:
    block = f"{BEGIN}\n{body.strip()}\n{END}"
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Performance\n\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        text = head + block + tail
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")
    say(f"wrote {DOC.relative_to(ROOT)}")


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--runs",
        type=int,
        default=None,
        help="runs per measure, median reported (default 5; 2 with --quick)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 300 drafts, 2 runs, no 1 MB draft"
    )
    parser.add_argument(
        "--only",
        default=",".join(TOOLS),
        help=f"comma-separated tools (default: {','.join(TOOLS)})",
    )
    parser.add_argument(
        "--measures",
        default=",".join(MEASURES),
        help=f"comma-separated measures to run (default: {','.join(MEASURES)})",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=drafts_mod.DEFAULT_DATA,
        help="the shared data folder (default: ../shared/data)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=REQUEST_TIMEOUT,
        help=f"seconds one request may take before a tool is dropped ({REQUEST_TIMEOUT:.0f})",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=120.0,
        help="scaling: stop repeating a size for a tool after this many seconds (120)",
    )
    parser.add_argument(
        "--write-docs", action="store_true", help="put the results into docs/performance.md"
    )
    args = parser.parse_args(argv)
    args.runs = args.runs or (2 if args.quick else 5)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    args.tools = [t.strip() for t in args.only.split(",") if t.strip()]
    unknown = sorted(set(args.tools) - set(TOOLS))
    if unknown:
        parser.error(f"unknown tool(s): {', '.join(unknown)}; choose from {', '.join(TOOLS)}")
    args.measures = [m.strip() for m in args.measures.split(",") if m.strip()]
    unknown = sorted(set(args.measures) - set(MEASURES))
    if unknown:
        parser.error(f"unknown measure(s): {', '.join(unknown)}; choose from {', '.join(MEASURES)}")
    if args.write_docs and set(args.measures) != set(MEASURES):
        parser.error("--write-docs needs every measure (the docs hold a whole run)")
    return args


def prepare(args: argparse.Namespace, results: Results) -> dict[str, Path]:
    """Write the draft sets and long drafts the workers read; return their paths."""
    everything = drafts_mod.build_drafts(args.data)
    chosen = drafts_mod.sample(everything, 300) if args.quick else everything
    if len(chosen) < 1000 and not args.quick:
        say(f"warning: only {len(chosen)} drafts (the issue asks for at least 1,000)")
    typical = drafts_mod.typical(chosen) or drafts_mod.typical(everything)
    results.drafts = len(chosen)
    results.words = sum(d.words for d in chosen)
    results.typical = len(typical)
    for d in chosen:
        results.kinds[d.kind] = results.kinds.get(d.kind, 0) + 1
    pairs = [d for d in everything if d.original][: 200 if args.quick else 1000]

    paths = {
        "all": WORK / "drafts.jsonl",
        "typical": WORK / "typical.jsonl",
        "pairs": WORK / "pairs.jsonl",
    }
    drafts_mod.write_jsonl(chosen, paths["all"])
    drafts_mod.write_jsonl(typical, paths["typical"])
    drafts_mod.write_jsonl(pairs, paths["pairs"])
    results.pairs = len(pairs)
    sizes = drafts_mod.scaling_texts(everything)
    if args.quick:
        sizes.pop("1 MB")
    for name, text in sizes.items():
        path = WORK / f"scaling-{name.replace(' ', '')}.txt"
        path.write_text(text, encoding="utf-8")
        paths[f"scale:{name}"] = path
    cli_draft = WORK / "draft.txt"
    cli_draft.write_text(typical[0].draft if typical else chosen[0].draft, encoding="utf-8")
    paths["draft"] = cli_draft
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    command = shlex.join(["python", "benchmarks/run.py", *(sys.argv[1:] if argv is None else argv)])
    started = dt.datetime.now(dt.timezone.utc)
    load_before = load_average()
    results = Results(timeout=args.timeout)
    paths = prepare(args, results)
    say(f"{results.drafts} drafts, {results.words:,} words; {args.runs} runs per measure")

    commands = worker_commands(args.tools)
    bench = Bench(args, results)
    for tool in args.tools:
        argv_or_reason = commands[tool]
        if isinstance(argv_or_reason, str):
            say(f"{tool}: skipped ({argv_or_reason})")
            results.skipped[tool] = argv_or_reason
            continue
        try:
            worker = Worker(tool, argv_or_reason, paths["all"], args.timeout)
        except WorkerError as exc:
            reason = f"cannot check a draft yet: {exc}" if tool == "replycheck" else str(exc)
            say(f"{tool}: skipped ({reason})")
            results.skipped[tool] = reason
            continue
        bench.workers[tool] = worker
        results.versions[tool] = worker.version
    if not bench.workers:
        say("nothing to benchmark")
        return 1
    if "replycheck" in bench.workers:
        results.versions["replycheck"] += f" (commit {git_commit()})"

    measures = set(args.measures)
    try:
        if "throughput" in measures:
            bench.throughput(paths["all"])
        if "latency" in measures:
            bench.latency(paths["typical"])
        if "processes" in measures:
            bench.processes(paths["pairs"], results.pairs)
        # last: a tool that times out on a long draft is stopped, and nothing else needs it
        if "scaling" in measures:
            bench.scaling(
                {k.split(":", 1)[1]: p for k, p in paths.items() if k.startswith("scale:")}
            )
    finally:
        for worker in bench.workers.values():
            worker.close()

    with_cli = "replycheck" in bench.workers
    if with_cli:
        cli = replycheck_cli()
        results.cold_note = (
            "replycheck command: "
            + ("the venv's console script" if len(cli) == 1 else "its entry point via `python -c`")
            + "; "
        )
    results.cold_note += f'floor: `python -c "{SPACY_FLOOR}"`, same interpreter.'
    if "cold" in measures:
        bench.cold_start(paths["draft"], with_cli)
    rss_commands = {
        tool: argv
        for tool, argv in commands.items()
        if not isinstance(argv, str) and tool in bench.workers
    }
    if "rss" in measures:
        bench.batch_rss(rss_commands, paths["all"])

    finished = dt.datetime.now(dt.timezone.utc)
    body = report(results)
    say("")
    say(body)
    if args.write_docs:
        header = "\n".join(
            [
                f"Measured {started:%Y-%m-%d %H:%M} UTC "
                f"(took {(finished - started).total_seconds() / 60:.1f} min) with:",
                "",
                "```sh",
                command,
                "```",
                "",
                *(f"- {line}" for line in machine()),
                f"- Load average (1, 5, 15 min) at the start: {load_before}; "
                f"at the end: {load_average()} (other work on the machine adds noise)",
                "",
            ]
        )
        write_docs(header + "\n" + body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
