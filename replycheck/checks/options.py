"""Reading a code rule's ``options``: validated once per rule, with errors
that name the ruleset file and the rule."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Final, TypeVar

from replycheck.errors import RulesetError

if TYPE_CHECKING:
    from replycheck.rules import Rule

T = TypeVar("T")

#: (rule id, reader) -> (rule, what the reader made of it); the rule is kept
#: alongside so its id cannot be reused by another object.
_READ: Final[dict[tuple[int, Callable[..., object]], tuple[Rule, object]]] = {}


def read_once(rule: Rule, reader: Callable[[Rule], T]) -> T:
    """``reader(rule)``, worked out on the rule's first use (rules are frozen,
    and a check runs on every draft)."""
    key = (id(rule), reader)
    cached = _READ.get(key)
    if cached is None or cached[0] is not rule:
        cached = _READ[key] = (rule, reader(rule))
    return cached[1]  # type: ignore[return-value]


def word_list(rule: Rule, name: str) -> list[str]:
    """The option ``name``: a list of strings, lower-cased."""
    value = rule.options.get(name)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise RulesetError(f"{rule.source}: rule {rule.code} needs a list '{name}'")
    return [w.lower() for w in value]


def flag(rule: Rule, name: str) -> bool:
    """The option ``name``: true or false, or a ``RulesetError`` naming the
    rule's file."""
    value = rule.options.get(name)
    if not isinstance(value, bool):
        raise RulesetError(f"{rule.source}: rule {rule.code}: '{name}' must be true or false")
    return value


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first (so a longer
    phrase wins over its own prefix), words of one length in alphabetical
    order: the same string from a set in every process, so the pattern cache
    (``regexcache``) finds it whatever the hash seed."""
    return "|".join(sorted(sorted(map(re.escape, words)), key=len, reverse=True))
