"""What a rule is, as read from a ruleset file.

A ruleset is a TOML file holding ``[[rule]]`` tables. Every rule names its
*kind*: ``phrase`` (a list of phrases matched on tokens), ``pattern`` (spaCy
``Matcher`` token patterns) or ``code`` (a check in ``replycheck.checks`` that
needs real logic, still described and exemplified here). See docs/rulesets.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from replycheck import regexcache
from replycheck.errors import RulesetError
from replycheck.model import CATEGORIES, SEVERITIES
from replycheck.rules.principles import PRINCIPLES

KINDS = ("phrase", "pattern", "code")
#: Where in the draft a rule looks. ``body`` excludes greeting, sign-off and
#: signature; ``closing`` is the last body paragraph.
SCOPES = ("own", "body", "closing")

_CODE = regexcache.compile(r"^[A-Z]{1,6}[0-9]{3,4}$")
_NAME = regexcache.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_MARK = regexcache.compile(r"\[\[(.*?)\]\]", re.S)

_KNOWN_KEYS = {
    "code", "name", "category", "severity", "kind", "message", "principle",
    "why", "instead", "suggestions", "phrases", "patterns", "unless", "scope",
    "check", "options", "bad", "good", "requires", "replaces",
}  # fmt: skip


@dataclass(frozen=True)
class Example:
    """A rule example. ``spans`` are the exact spans a bad example must yield
    (marked ``[[like this]]`` in the ruleset); ``original`` is the customer's
    message for thread-aware rules, and may carry marks instead of the draft."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()
    original: str | None = None
    original_spans: tuple[tuple[int, int], ...] = ()


Examples = tuple[Example, ...]


class RuleExamples:
    """A rule's ``bad`` and ``good`` examples, parsed now or on first read.

    A user's ruleset has its examples parsed (and checked) as it is read. The
    built-in rules come from the cache, whose entry is written only after every
    rule and example in it was checked (``registry._cached_parse``): their
    examples are read from the cache and parsed when the tests, the docs or
    ``--explain`` first ask, never by a check.
    """

    __slots__ = ("_parsed", "_raw", "_where")

    def __init__(
        self,
        parsed: tuple[Examples, Examples] | None = None,
        raw: Callable[[], tuple[Any, Any]] | None = None,
        where: str = "",
    ) -> None:
        self._parsed = parsed
        self._raw = raw
        self._where = where

    def get(self) -> tuple[Examples, Examples]:
        """``(bad, good)``, parsed on the first call."""
        parsed = self._parsed
        if parsed is None:
            assert self._raw is not None
            bad, good = self._raw()
            parsed = self._parsed = _examples(bad, good, self._where)
            self._raw = None
        return parsed


@dataclass(frozen=True)
class Rule:
    """One rule: identity, documentation, matching data and examples."""

    code: str
    name: str
    category: str
    severity: str
    kind: str
    message: str
    principle: str
    why: str
    instead: str
    source: str
    suggestions: tuple[str, ...] = ()
    phrase_suggestions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrases: tuple[str, ...] = ()
    patterns: tuple[tuple[dict[str, Any], ...], ...] = ()
    unless: tuple[str, ...] = ()
    scope: str = "body"
    check: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    requires: tuple[str, ...] = ()
    examples: RuleExamples = field(
        default_factory=lambda: RuleExamples(((), ())), compare=False, repr=False
    )
    #: Shipped with replycheck (its token patterns are compiled when a draft
    #: first needs them; a user's are compiled, and so checked, at load).
    builtin: bool = field(default=False, compare=False)

    @property
    def bad(self) -> Examples:
        """Examples the rule must flag, with the spans it must yield."""
        return self.examples.get()[0]

    @property
    def good(self) -> Examples:
        """Examples the rule must leave alone."""
        return self.examples.get()[1]

    def suggestions_for(self, matched: str) -> tuple[str, ...]:
        """Suggestions for the matched words: a phrase's own ones, else the rule's."""
        key = " ".join(matched.lower().split())
        return self.phrase_suggestions.get(key, self.suggestions)


def unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Strip ``[[...]]`` marks from an example, returning the text and the marked spans."""
    spans: list[tuple[int, int]] = []
    parts: list[str] = []
    cursor = 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[cursor : match.start()]
        parts.append(before)
        length += len(before)
        inner = match.group(1)
        spans.append((length, length + len(inner)))
        parts.append(inner)
        length += len(inner)
        cursor = match.end()
    parts.append(marked[cursor:])
    return "".join(parts), tuple(spans)


def _example(value: Any, where: str) -> Example:
    if isinstance(value, str):
        text, spans = unmark(value)
        return Example(text=text, spans=spans)
    if isinstance(value, dict) and isinstance(value.get("draft"), str):
        text, spans = unmark(value["draft"])
        original = value.get("original")
        if original is not None and not isinstance(original, str):
            raise RulesetError(f"{where}: example 'original' must be a string")
        original_text, original_spans = unmark(original) if original else (None, ())
        return Example(text, spans, original_text, original_spans)
    raise RulesetError(f"{where}: an example must be a string or a table with 'draft'")


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RulesetError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _examples(bad_values: Any, good_values: Any, where: str) -> tuple[Examples, Examples]:
    """Parse and check a rule's examples; errors name the file and rule."""
    bad = tuple(_example(v, f"{where} bad example") for v in bad_values or [])
    good = tuple(_example(v, f"{where} good example") for v in good_values or [])
    if not bad or not good:
        raise RulesetError(f"{where}: every rule needs at least one 'bad' and one 'good' example")
    for example in bad:
        if not example.spans and not example.original_spans:
            raise RulesetError(f"{where}: bad example lacks a [[marked]] span: {example.text!r}")
    return bad, good


def parse_rule(
    table: dict[str, Any],
    source: str,
    examples: Callable[[], tuple[Any, Any]] | None = None,
    builtin: bool = False,
) -> Rule:
    """Validate one ``[[rule]]`` table and build a ``Rule``; errors name the file and rule.

    The table's ``bad`` and ``good`` examples are parsed and checked here,
    unless ``examples`` is given: a function returning their raw values, read
    on first use (for tables whose examples were checked when the cache was
    written; the table then carries none). ``builtin`` marks the rules
    shipped with replycheck.
    """
    label = table.get("code") or table.get("name") or "?"
    where = f"{source}: rule {label}"
    unknown = set(table) - _KNOWN_KEYS
    if unknown:
        raise RulesetError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("code", "name", "category", "kind", "message"):
        if not isinstance(table.get(key), str) or not table[key].strip():
            raise RulesetError(f"{where}: missing or empty '{key}'")
    code, name, kind = table["code"], table["name"], table["kind"]
    if not _CODE.match(code):
        raise RulesetError(f"{where}: code must look like RC101 (letters then digits)")
    if not _NAME.match(name):
        raise RulesetError(f"{where}: name must be lower-case words joined by '-'")
    if table["category"] not in CATEGORIES:
        raise RulesetError(
            f"{where}: unknown category '{table['category']}' (one of {', '.join(CATEGORIES)})"
        )
    severity = table.get("severity", "warning")
    if severity not in SEVERITIES:
        raise RulesetError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    if kind not in KINDS:
        raise RulesetError(f"{where}: kind must be one of {', '.join(KINDS)}")
    principle = table.get("principle", "")
    if principle not in PRINCIPLES:
        raise RulesetError(
            f"{where}: principle must be one of {', '.join(PRINCIPLES)} (got '{principle}')"
        )
    scope = table.get("scope", "body")
    if scope not in SCOPES:
        raise RulesetError(f"{where}: scope must be one of {', '.join(SCOPES)}")

    suggestions: tuple[str, ...] = ()
    phrase_suggestions: dict[str, tuple[str, ...]] = {}
    raw_suggestions = table.get("suggestions")
    if isinstance(raw_suggestions, dict):
        for phrase, alternatives in raw_suggestions.items():
            key = " ".join(phrase.lower().split())
            phrase_suggestions[key] = _strings(alternatives, where, f"suggestions.{phrase}")
    else:
        suggestions = _strings(raw_suggestions, where, "suggestions")

    phrases = _strings(table.get("phrases"), where, "phrases")
    patterns = _patterns(table.get("patterns"), where)
    check = table.get("check")
    if kind == "phrase" and not phrases:
        raise RulesetError(f"{where}: a phrase rule needs a non-empty 'phrases' list")
    if kind == "pattern" and not patterns:
        raise RulesetError(f"{where}: a pattern rule needs a non-empty 'patterns' list")
    if kind == "code" and not isinstance(check, str):
        raise RulesetError(f"{where}: a code rule needs 'check', the name of its check")
    options = table.get("options", {})
    if not isinstance(options, dict):
        raise RulesetError(f"{where}: 'options' must be a table")
    deferred = options.get("defer_to", [])
    if not isinstance(deferred, list) or not set(deferred) <= set(CATEGORIES):
        raise RulesetError(f"{where}: 'options.defer_to' must be a list of categories")
    if not isinstance(options.get("defer_last", False), bool) or (
        options.get("defer_last") and not deferred
    ):
        raise RulesetError(f"{where}: 'options.defer_last' must be true or false, with a defer_to")
    company = options.get("only_with", [])
    if not isinstance(company, list) or not set(company) <= set(CATEGORIES):
        raise RulesetError(f"{where}: 'options.only_with' must be a list of categories")
    in_sentence = options.get("defer_in_sentence", [])
    if not isinstance(in_sentence, list) or not set(in_sentence) <= set(CATEGORIES):
        raise RulesetError(f"{where}: 'options.defer_in_sentence' must be a list of categories")
    for unless in ("defer_unless_opening", "defer_unless_closing"):
        if not isinstance(options.get(unless, False), bool) or (
            options.get(unless) and not in_sentence
        ):
            raise RulesetError(
                f"{where}: 'options.{unless}' must be true or false, with a defer_in_sentence"
            )

    if examples is None:
        parsed = RuleExamples(_examples(table.get("bad"), table.get("good"), where))
    else:
        parsed = RuleExamples(raw=examples, where=where)

    return Rule(
        code=code,
        name=name,
        category=table["category"],
        severity=severity,
        kind=kind,
        message=table["message"].strip(),
        principle=principle,
        why=str(table.get("why", "")).strip(),
        instead=str(table.get("instead", "")).strip(),
        source=source,
        suggestions=suggestions,
        phrase_suggestions=phrase_suggestions,
        phrases=phrases,
        patterns=patterns,
        unless=_strings(table.get("unless"), where, "unless"),
        scope=scope,
        check=check,
        options=options,
        requires=_strings(table.get("requires"), where, "requires"),
        examples=parsed,
        builtin=builtin,
    )


def _patterns(value: Any, where: str) -> tuple[tuple[dict[str, Any], ...], ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(map(_is_pattern, value)):
        raise RulesetError(f"{where}: 'patterns' must be a list of token-pattern lists")
    return tuple(map(tuple, value))


def _is_pattern(pattern: Any) -> bool:
    """A non-empty list of token tables. A plain loop: the built-in rules hold
    some 1,800 patterns of 12,600 tokens, checked at every start, and nested
    ``all`` generators took a few ms of it."""
    if not isinstance(pattern, list) or not pattern:
        return False
    for token in pattern:  # noqa: SIM110 (a loop, not a generator: see above)
        if not isinstance(token, dict):
            return False
    return True
