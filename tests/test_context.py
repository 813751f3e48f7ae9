"""CheckContext's cheap gates agree with the tokens they summarise."""

from __future__ import annotations

from replycheck.context import CheckContext
from replycheck.message import parse_message
from replycheck.nlp import Pipeline


def context(draft: str, original: str | None = None) -> CheckContext:
    pipeline = Pipeline()
    message = parse_message(draft)
    parsed = parse_message(original) if original is not None else None
    return CheckContext(
        message=message,
        doc=next(pipeline.pipe([message.own])),
        original=parsed,
        original_doc=next(pipeline.pipe([parsed.own])) if parsed is not None else None,
        original_where="original" if parsed is not None else None,
    )


def test_has_any_sees_lower_cased_tokens_of_the_draft_only():
    ctx = context("You MUST send it today.", "Is the blue one in stock?")
    assert ctx.has_any(frozenset({"must"}))
    assert ctx.has_any(frozenset({"nothing", "today"}))
    assert not ctx.has_any(frozenset({"stock"}))
    assert ctx.has_any(frozenset({"stock"}), original=True)
    assert not ctx.has_any(frozenset({"must"}), original=True)
    assert not ctx.has_any(frozenset({"mus"}))  # whole tokens, not substrings


def test_gates_are_empty_without_a_customer_message():
    ctx = context("")
    assert not ctx.has_any(frozenset({"anything"}))
    assert not ctx.has_any(frozenset({"anything"}), original=True)
    assert ctx.lower_text == ""
