"""The one place rules are registered: the built-in rulesets plus any the user
adds. The CLI's rule list, ``--explain`` and docs/rules.md all read from here."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

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
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RulesetError(f"{path}: cannot read ruleset ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise RulesetError(f"{path}: ruleset is not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise RulesetError(f"{path}: invalid TOML: {exc}") from None
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
    rules: list[Rule] = []
    for path in sorted(directory.glob("*.toml")):
        rules.extend(load_ruleset(path))
    return tuple(rules)


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
