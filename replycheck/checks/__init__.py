"""Checks that need code: each is registered under the name a ``kind = "code"``
rule gives in its ``check`` key, and still has its code, docs and examples in
rulesets/.

A check is ``fn(rule, ctx) -> Iterable[Finding]``; it reads ``ctx.doc`` (the
one parse of the draft) and builds findings with ``ctx.finding``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

CheckFn = Callable[["Rule", "CheckContext"], Iterable["Finding"]]

CHECKS: dict[str, CheckFn] = {}

#: A check's gate: ``gate(rule, vocab)`` gives the lower-case word ids one of
#: which a draft must hold for the check to look any further (it returns
#: nothing on a draft with none of them), or None when no such set exists.
#: The checker works each out once per rule and calls the check only on the
#: drafts that hold one of its words, so the many drafts a check has nothing
#: to say about cost one set test rather than a call.
GateFn = Callable[["Rule", Any], "frozenset[int] | None"]

GATES: dict[str, GateFn] = {}

#: Modules that register checks; imported once, when a Checker is built.
MODULES = (
    "tone", "conduct", "comparison", "faulted", "closing", "stock", "clarity", "unanswered",
    "further", "learned",
)  # fmt: skip


def check(name: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check under ``name``."""

    def register(fn: CheckFn) -> CheckFn:
        CHECKS[name] = fn
        return fn

    return register


def check_gate(name: str) -> Callable[[GateFn], GateFn]:
    """Register the gate of the check registered under ``name`` (see ``GATES``)."""

    def register(fn: GateFn) -> GateFn:
        GATES[name] = fn
        return fn

    return register


def load_checks() -> dict[str, CheckFn]:
    """Import every check module (idempotent) and return the registry."""
    for module in MODULES:
        try:
            import_module(f"replycheck.checks.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"replycheck.checks.{module}":
                raise
    return CHECKS
