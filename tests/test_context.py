"""CheckContext's cheap gates agree with the tokens they summarise."""

from __future__ import annotations


def test_has_any_sees_lower_cased_tokens_of_the_draft_only(make_context):
    ctx = make_context("You MUST send it today.", "Is the blue one in stock?")
    assert ctx.has_any(frozenset({"must"}))
    assert ctx.has_any(frozenset({"nothing", "today"}))
    assert not ctx.has_any(frozenset({"stock"}))
    assert ctx.has_any(frozenset({"stock"}), original=True)
    assert not ctx.has_any(frozenset({"must"}), original=True)
    assert not ctx.has_any(frozenset({"mus"}))  # whole tokens, not substrings


def test_gates_are_empty_without_a_customer_message(make_context):
    ctx = make_context("")
    assert not ctx.has_any(frozenset({"anything"}))
    assert not ctx.has_any(frozenset({"anything"}), original=True)
    assert ctx.lower_text == ""
