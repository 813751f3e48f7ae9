"""A warm benchmark worker for a Python tool (replycheck or proselint).

Started by ``run.py`` as ``python worker.py TOOL``, under the interpreter that
has the tool (the project's venv for replycheck, a throwaway venv for
proselint). Stdlib only, so it runs under either.

Protocol, one JSON object per line: after loading the tool and warming it up
the worker prints ``{"ready": true, "version": ...}`` (or ``{"error": ...}``
and exits). Then it answers requests read from stdin:

- ``{"op": "batch", "path": P, "processes": N}``: check every draft in the
  JSON Lines file P once; ``{"seconds", "cpu_seconds", "items", "findings",
  "digest"}`` (``cpu_seconds``: this process's CPU time for the batch)
  (with ``"detail": true`` also per-draft digests and one without labels).
  Only the checking is timed; the file is read (and cached) before.
- ``{"op": "each", "path": P}``: check each draft on its own;
  ``{"times": [seconds, ...]}``.
- ``{"op": "text", "path": P}``: check one plain-text file; ``{"seconds"}``.
- ``{"op": "quit"}``.

A request that fails answers ``{"error": "...", "type": "TypeError"}``; the
worker keeps going.

``python worker.py TOOL --once PATH`` checks the drafts in PATH once and exits
(cold process; run.py reads its peak RSS).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Item = tuple[str, "str | None"]
REPO = Path(__file__).resolve().parent.parent


class Tool:
    """What the worker needs from a tool: check one draft, check a batch."""

    version = "?"

    def check_one(self, draft: str, original: str | None) -> Any:
        raise NotImplementedError

    def check_batch(self, items: list[Item], processes: int) -> list[Any]:
        if processes != 1:
            raise TypeError("this tool has no multi-process mode")
        return [self.check_one(draft, original) for draft, original in items]

    def count(self, result: Any) -> int:
        return len(result)

    def serialize(self, result: Any, labels: bool = True) -> str:
        """One result as text, to compare runs; ``labels=False`` leaves out source names."""
        return repr(result)


class Replycheck(Tool):
    """The library under test: ``Checker.check`` and ``Checker.check_many``."""

    def __init__(self) -> None:
        # This checkout's sources, installed or not; with
        # REPLYCHECK_BENCH_INSTALLED=1, the installed build instead (the
        # mypyc-compiled one of `pip install .`, see hatch_build.py).
        if os.environ.get("REPLYCHECK_BENCH_INSTALLED", "") in ("", "0"):
            sys.path.insert(0, str(REPO))
        import replycheck

        self.version = getattr(replycheck, "__version__", "?")
        self.checker = replycheck.Checker()

    def check_one(self, draft: str, original: str | None) -> Any:
        return self.checker.check(draft, original)

    def check_batch(self, items: list[Item], processes: int) -> list[Any]:
        if processes == 1:
            return list(self.checker.check_many(items))
        return list(self.checker.check_many(items, processes=processes))

    def count(self, result: Any) -> int:
        return len(result.findings)

    def serialize(self, result: Any, labels: bool = True) -> str:
        data = result.to_dict()
        if not labels:
            data.pop("source", None)
        return json.dumps(data, sort_keys=True)


class Proselint(Tool):
    """proselint's Python API; the draft only (it has no notion of a customer message)."""

    def __init__(self) -> None:
        from importlib.metadata import version

        self.version = version("proselint")
        self._lint: Callable[[str], list[Any]]
        try:  # proselint >= 0.15: LintFile + CheckRegistry
            from proselint.checks import __register__
            from proselint.config import DEFAULT
            from proselint.registry import CheckRegistry
            from proselint.tools import LintFile
        except ImportError:  # proselint <= 0.14: tools.lint(text)
            from proselint.tools import lint as old_lint

            self._lint = old_lint
            return
        CheckRegistry().register_many(__register__)
        # No cap on findings: the default max_errors would stop long drafts early.
        config = {**DEFAULT, "max_errors": sys.maxsize}
        self._lint = lambda text: LintFile("<draft>", text).lint(config)

    def check_one(self, draft: str, original: str | None) -> Any:
        return self._lint(draft) if draft.strip() else []


TOOLS: dict[str, Callable[[], Tool]] = {"replycheck": Replycheck, "proselint": Proselint}


def _digest(parts: list[str]) -> str:
    sha = hashlib.sha256()
    for part in parts:
        sha.update(part.encode("utf-8", "surrogatepass"))
        sha.update(b"\0")
    return sha.hexdigest()[:16]


def fingerprints(tool: Tool, results: list[Any], detail: bool) -> dict[str, Any]:
    """A digest of all results in order; with ``detail``, one per result, and
    digests without source labels (to tell a label mix-up from a real difference)."""
    full = [tool.serialize(r) for r in results]
    out: dict[str, Any] = {"digest": _digest(full)}
    if detail:
        bare = [tool.serialize(r, labels=False) for r in results]
        out["digest_unlabelled"] = _digest(bare)
        out["item_digests"] = [_digest([part]) for part in full]
    return out


_cache: dict[str, list[Item]] = {}


def load(path: str) -> list[Item]:
    if path not in _cache:
        with open(path, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        _cache[path] = [(row["draft"], row.get("original")) for row in rows]
    return _cache[path]


def handle(tool: Tool, request: dict[str, Any]) -> dict[str, Any]:
    op = request["op"]
    if op == "batch":
        items = load(request["path"])
        cpu_start, start = time.process_time(), time.perf_counter()
        results = tool.check_batch(items, int(request.get("processes", 1)))
        seconds = time.perf_counter() - start
        return {
            "seconds": seconds,
            # this process's CPU time: steadier than wall time on a shared
            # machine, but it leaves out worker processes (processes > 1)
            "cpu_seconds": time.process_time() - cpu_start,
            "items": len(results),
            "findings": sum(tool.count(r) for r in results),
            **fingerprints(tool, results, bool(request.get("detail"))),
        }
    if op == "each":
        times = []
        for draft, original in load(request["path"]):
            start = time.perf_counter()
            tool.check_one(draft, original)
            times.append(time.perf_counter() - start)
        return {"times": times}
    if op == "text":
        text = Path(request["path"]).read_text(encoding="utf-8")
        start = time.perf_counter()
        tool.check_one(text, None)
        return {"seconds": time.perf_counter() - start}
    raise ValueError(f"unknown op {op!r}")


def reply(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    name = argv[0]
    try:
        tool = TOOLS[name]()
    except Exception as exc:  # any failure to load is reported, not raised
        reply({"error": f"{type(exc).__name__}: {exc}", "type": type(exc).__name__})
        return 1
    if len(argv) == 3 and argv[1] == "--once":
        tool.check_batch(load(argv[2]), 1)
        return 0
    warm = argv[1] if len(argv) > 1 else None
    try:
        if warm:  # warm up: compile patterns, load models, fill caches
            tool.check_batch(load(warm)[:100], 1)
    except Exception as exc:
        reply({"error": f"warm-up failed: {type(exc).__name__}: {exc}", "type": type(exc).__name__})
        return 1
    reply({"ready": True, "version": tool.version})
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        if request.get("op") == "quit":
            break
        try:
            reply(handle(tool, request))
        except Exception as exc:
            reply({"error": f"{type(exc).__name__}: {exc}", "type": type(exc).__name__})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
