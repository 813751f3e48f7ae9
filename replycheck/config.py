"""Configuration: which rules are on, at what level, what fails a check, which
extra rulesets and which spaCy pipeline to use.

Read from ``replycheck.toml`` (top level) or ``[tool.replycheck]`` in
``pyproject.toml``, found by walking up from the working directory, or from
an explicit ``--config`` path. Keys::

    select = ["RC1", "closing-apology"]   # codes, prefixes, names, categories
    ignore = ["RC104"]
    fail-on = "warning"                   # error | warning | info | never
    rulesets = ["brand.toml"]             # relative to the config file
    model = "en_core_web_sm"              # optional trained spaCy pipeline
    [severity]                            # [tool.replycheck.severity]
    RC102 = "error"
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from replycheck.errors import ConfigError
from replycheck.model import SEVERITIES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FAIL_LEVELS = ("error", "warning", "info", "never")
_KEYS = {"select", "ignore", "fail-on", "rulesets", "model", "severity"}


@dataclass(frozen=True)
class Config:
    """Everything a ``Checker`` is set up with. All fields are optional."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    fail_on: str = "warning"
    rulesets: tuple[Path, ...] = ()
    model: str | None = None
    path: Path | None = None

    def __post_init__(self) -> None:
        if self.fail_on not in FAIL_LEVELS:
            raise ConfigError(f"fail-on must be one of {', '.join(FAIL_LEVELS)}")
        for selector, level in self.severity.items():
            if level not in SEVERITIES:
                raise ConfigError(
                    f"severity for '{selector}' must be one of {', '.join(SEVERITIES)}"
                )

    def merged(self, **changes: Any) -> Config:
        """A copy with the given non-empty fields replaced (CLI options over file)."""
        return replace(self, **{k: v for k, v in changes.items() if v not in (None, ())})

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], where: str, base: Path | None = None) -> Config:
        unknown = set(data) - _KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")

        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key, [])
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: '{key}' must be a list of strings")
            return tuple(value)

        severity = data.get("severity", {})
        if not isinstance(severity, dict) or not all(isinstance(v, str) for v in severity.values()):
            raise ConfigError(f"{where}: 'severity' must be a table of code = level")
        model = data.get("model")
        if model is not None and not isinstance(model, str):
            raise ConfigError(f"{where}: 'model' must be a string")
        fail_on = data.get("fail-on", "warning")
        if not isinstance(fail_on, str):
            raise ConfigError(f"{where}: 'fail-on' must be a string")
        root = base or Path.cwd()
        try:
            return cls(
                select=strings("select"),
                ignore=strings("ignore"),
                severity=dict(severity),
                fail_on=fail_on,
                rulesets=tuple(root / p for p in strings("rulesets")),
                model=model or None,
                path=Path(where) if base else None,
            )
        except ConfigError as exc:
            raise ConfigError(f"{where}: {exc}") from None

    @classmethod
    def from_file(cls, path: str | Path) -> Config:
        """Load ``replycheck.toml`` or the ``[tool.replycheck]`` table of a pyproject.toml."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read config ({exc.strerror or exc})") from None
        except UnicodeDecodeError:
            raise ConfigError(f"{path}: config is not valid UTF-8") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("replycheck", {})
        return cls.from_mapping(data, str(path), base=path.parent)

    @classmethod
    def discover(cls, start: Path | None = None) -> Config:
        """The nearest ``replycheck.toml``, or pyproject.toml with a
        ``[tool.replycheck]`` table, from ``start`` upwards; defaults if none."""
        directory = (start or Path.cwd()).resolve()
        for folder in (directory, *directory.parents):
            own = folder / "replycheck.toml"
            if own.is_file():
                return cls.from_file(own)
            pyproject = folder / "pyproject.toml"
            if pyproject.is_file() and _has_tool_table(pyproject):
                return cls.from_file(pyproject)
        return cls()


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "[tool.replycheck" in text
