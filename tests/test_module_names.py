"""Each module-level name of the package is bound once.

A second ``NAME = ...`` further down a long module silently replaces the
first at import, so the code above it reads the later value: a check's word
set changed by an unrelated rule added a thousand lines below (it happened
to orders.py's clause breaks). ruff's F811 covers functions and imports,
not plain assignments; this does.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "replycheck"


def rebound_names(source: str) -> dict[str, list[int]]:
    """Module-level names bound more than once (assignments, annotated
    assignments with a value, functions, classes), with their lines."""
    lines: defaultdict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            names = [node.target.id] if isinstance(node.target, ast.Name) else []
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            lines[name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_a_name_bound_twice_is_found():
    source = 'BUT = frozenset({"but"})\n\ndef f():\n    return BUT\n\nBUT = ("but",)\n'
    assert rebound_names(source) == {"BUT": [1, 6]}
    assert rebound_names("A = 1\nB: int = 2\nC: int\n") == {}


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_module_level_name_is_bound_twice(path):
    assert rebound_names(path.read_text(encoding="utf-8")) == {}
