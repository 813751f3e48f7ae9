"""The one place rules are registered: the built-in rulesets plus any the user
adds. The CLI's rule list, ``--explain`` and docs/rules.md all read from here."""

from __future__ import annotations

import hashlib
import marshal
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from replycheck.cachefile import cache_dir, prune_entries, write_atomic
from replycheck.errors import RulesetError
from replycheck.rules.schema import Rule, parse_rule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def builtin_ruleset_dir() -> Path:
    """Where the shipped rulesets live: inside the wheel, or the source tree's rulesets/."""
    packaged = Path(__file__).resolve().parent.parent / "rulesets"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent.parent / "rulesets"


def load_ruleset(path: Path) -> list[Rule]:
    """Read one ruleset file; any problem is a ``RulesetError`` naming the file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RulesetError(f"{path}: cannot read ruleset ({exc.strerror or exc})") from None
    return _rules_of(path, _parsed(path, raw))


def _parsed(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise RulesetError(f"{path}: ruleset is not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise RulesetError(f"{path}: invalid TOML: {exc}") from None


def _rules_of(path: Path, data: dict[str, Any]) -> list[Rule]:
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise RulesetError(f"{path}: expected [[rule]] tables")
    if not tables:
        raise RulesetError(f"{path}: no [[rule]] tables in this ruleset")
    return [parse_rule(table, str(path)) for table in tables]


@lru_cache(maxsize=1)
def _builtin_rules() -> tuple[Rule, ...]:
    directory = builtin_ruleset_dir()
    if not directory.is_dir():
        raise RulesetError(f"{directory}: built-in rulesets are missing (broken install?)")
    paths = sorted(directory.glob("*.toml"))
    try:
        raws = [path.read_bytes() for path in paths]
    except OSError as exc:
        raise RulesetError(f"{directory}: cannot read the built-in rulesets ({exc})") from None
    global _builtin_digest
    digest = _rulesets_digest(paths, raws)
    tables, examples = _cached_parse(paths, raws, digest)
    _builtin_digest = digest
    store = _ExampleStore(examples)
    rules: list[Rule] = []
    for i, (path, rule_tables) in enumerate(zip(paths, tables, strict=True)):
        source = str(path)
        rules.extend(
            parse_rule(table, source, partial(store.of, i, j), builtin=True)
            for j, table in enumerate(rule_tables)
        )
    return tuple(rules)


class _ExampleStore:
    """The built-in rules' examples as the cache holds them (one marshal blob),
    unpacked on the first read of any rule's examples."""

    __slots__ = ("_blob", "_values")

    def __init__(self, blob: bytes) -> None:
        self._blob = blob
        self._values: list[list[tuple[Any, Any]]] | None = None

    def of(self, ruleset: int, rule: int) -> tuple[Any, Any]:
        values = self._values
        if values is None:
            values = self._values = marshal.loads(self._blob)
            self._blob = b""
        return values[ruleset][rule]


#: What a cache entry holds, and the checks it has passed; part of its key,
#: bumped whenever either changes (with the package's version, so an upgrade
#: whose checks differ never trusts an entry an older version wrote).
CACHE_FORMAT = 2

#: ``(rule tables per ruleset, without examples; the examples, marshalled)``.
Parsed = tuple[list[list[dict[str, Any]]], bytes]


def _rulesets_digest(paths: Sequence[Path], raws: Sequence[bytes]) -> str:
    """The rulesets' identity: their names and bytes, the Python and
    replycheck versions and ``CACHE_FORMAT``."""
    from replycheck import __version__

    digest = hashlib.sha256(repr((sys.version_info[:2], __version__, CACHE_FORMAT)).encode())
    for path, raw in zip(paths, raws, strict=True):
        digest.update(path.name.encode() + b"\0" + raw + b"\0")
    return digest.hexdigest()


def _cached_parse(paths: Sequence[Path], raws: Sequence[bytes], digest: str = "") -> Parsed:
    """The built-in rulesets parsed and checked, from a cache keyed by their
    ``digest`` (``_rulesets_digest``, computed when not given) when it is
    there. Parsing TOML in pure Python takes about 50 ms, a sixth of what a
    pre-send hook may spend starting up; reading the cache takes a few.

    An entry is written only after every rule of every ruleset, examples
    included, was checked (``parse_rule``): a malformed built-in ruleset is
    reported on the first run that reads it, and an entry found again stands
    for rulesets already checked. The rules' ``bad`` and ``good`` examples
    (half the entry) are held apart, as one marshal blob that stays packed
    until the tests, the docs or ``--explain`` read an example; no check does.

    The cache is written atomically and any problem with it (unwritable home,
    corrupt file) falls back to parsing."""
    digest = digest or _rulesets_digest(paths, raws)
    directory = cache_dir()
    cached = directory / f"rulesets-{digest[:24]}.marshal" if directory else None
    if cached is not None:
        try:
            data = marshal.loads(cached.read_bytes())
            if (
                isinstance(data, tuple)
                and len(data) == 2
                and isinstance(data[0], list)
                and len(data[0]) == len(paths)
                and isinstance(data[1], bytes)
            ):
                return data[0], data[1]
        except (OSError, EOFError, ValueError, TypeError):
            pass
    tables: list[list[dict[str, Any]]] = []
    examples: list[list[tuple[Any, Any]]] = []
    for path, raw in zip(paths, raws, strict=True):
        data = _parsed(path, raw)
        _rules_of(path, data)  # every rule and example checked before the entry is written
        tables.append([_without_examples(table) for table in data["rule"]])
        examples.append([(table.get("bad"), table.get("good")) for table in data["rule"]])
    parsed = (tables, marshal.dumps(examples))
    if cached is not None:
        try:
            write_atomic(cached, marshal.dumps(parsed))
            prune_entries(cached.parent, "rulesets")
        except (OSError, ValueError):
            pass  # a cache we cannot write costs time, never a result
    return parsed


def _without_examples(table: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in table.items() if key not in ("bad", "good")}


#: The digest ``_builtin_rules`` read the built-in rulesets under ("" until
#: they are read): the built-in rules' identity, for caches derived from them.
_builtin_digest = ""


def builtin_digest() -> str:
    """The built-in rulesets' digest (their bytes, the Python and replycheck
    versions), once they have been read; "" before."""
    return _builtin_digest


class Registry:
    """An ordered, validated set of rules, keyed by code and by name."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._by_code: dict[str, Rule] = {}
        self._by_name: dict[str, Rule] = {}
        for rule in rules:
            for key, index in ((rule.code, self._by_code), (rule.name, self._by_name)):
                if key in index:
                    raise RulesetError(
                        f"{rule.source}: rule {rule.code} reuses '{key}', "
                        f"already defined in {index[key].source}"
                    )
                index[key] = rule

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Registry:
        """The built-in rules plus those of the given ruleset files."""
        rules = list(_builtin_rules())
        for path in extra:
            rules.extend(load_ruleset(Path(path)))
        return cls(rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self._by_code.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, key: str) -> Rule | None:
        """A rule by code (``RC102``, any case) or by name (``demanding-imperative``)."""
        return self._by_code.get(key.upper()) or self._by_name.get(key.lower())

    def categories(self) -> set[str]:
        return {rule.category for rule in self._by_code.values()}

    def select(
        self,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        severity: dict[str, str] | None = None,
    ) -> list[Rule]:
        """The rules that are on: ``select`` and ``ignore`` take codes, code
        prefixes (``RC1``), rule names or categories; the most specific
        selector wins, and on a tie ``ignore`` wins. ``severity`` re-levels
        rules by the same kinds of selector."""
        for selector in [*select, *ignore, *(severity or {})]:
            if not self._matches_any(selector):
                raise RulesetError(
                    f"unknown rule, prefix or category '{selector}' (see `replycheck --list-rules`)"
                )
        chosen: list[Rule] = []
        for rule in self:
            on = _specificity(rule, select) if select else 0
            off = _specificity(rule, ignore)
            if (select and on < 0) or (off >= 0 and off >= on):
                continue
            level = _most_specific(rule, severity or {})
            chosen.append(replace(rule, severity=level) if level else rule)
        return chosen

    def _matches_any(self, selector: str) -> bool:
        return selector.upper() == "ALL" or any(
            _specificity(rule, [selector]) >= 0 for rule in self._by_code.values()
        )


def _specificity(rule: Rule, selectors: Sequence[str]) -> int:
    """How precisely the best selector names the rule; -1 when none does."""
    best = -1
    for selector in selectors:
        if selector.upper() == "ALL":
            score = 0
        elif selector.upper() == rule.code or selector.lower() == rule.name:
            score = 100
        elif selector.lower() == rule.category:
            score = 1
        elif rule.code.startswith(selector.upper()) and selector[:1].isalpha():
            score = 1 + len(selector)
        else:
            continue
        best = max(best, score)
    return best


def _most_specific(rule: Rule, levels: dict[str, str]) -> str | None:
    best, level = -1, None
    for selector, value in levels.items():
        score = _specificity(rule, [selector])
        if score > best:
            best, level = score, value
    return level
