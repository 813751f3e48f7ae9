"""Checks that need code: each is registered under the name a ``kind = "code"``
rule gives in its ``check`` key, and still has its code, docs and examples in
rulesets/.

A check is ``fn(rule, ctx) -> Iterable[Finding]``; it reads ``ctx.doc`` (the
one parse of the draft) and builds findings with ``ctx.finding``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

CheckFn = Callable[["Rule", "CheckContext"], Iterable["Finding"]]

CHECKS: dict[str, CheckFn] = {}

#: Modules that register checks; imported once, when a Checker is built.
#: RC201's (``unanswered``) is not among them: see ``unanswered_question``.
MODULES = (
    "tone", "conduct", "comparison", "faulted", "dispatched", "closing", "stock", "clarity",
    "further", "learned",
)  # fmt: skip


def check(name: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check under ``name``."""

    def register(fn: CheckFn) -> CheckFn:
        CHECKS[name] = fn
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


@check("unanswered-question")
def unanswered_question(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """RC201, whose code (``replycheck.checks.unanswered``) and the thread
    package it reads with are imported on the first draft whose customer's
    message is known: compiling their patterns is about a tenth of a cold
    ``replycheck draft.txt``, and a draft with no customer's message has no
    asks to read."""
    if ctx.original_doc is None or ctx.original_where is None:
        return ()
    loaded = _LOADED.get("unanswered-question")
    if loaded is None:
        # kept once imported: an import statement run per draft costs more
        # than a dictionary read, even with the module loaded
        from replycheck.checks.unanswered import unanswered_question as check_asks

        loaded = _LOADED["unanswered-question"] = check_asks
    return loaded(rule, ctx)


#: The checks imported on first use (``unanswered_question``), by name.
_LOADED: dict[str, CheckFn] = {}
