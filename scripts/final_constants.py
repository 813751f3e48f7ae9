"""The compiled modules' constants not yet declared ``Final``, listed or annotated.

    python scripts/final_constants.py            # list them (exit 1 if any)
    python scripts/final_constants.py --write    # annotate them, then run
                                                 # ruff check --fix, ruff format, mypy

In the mypyc build (hatch_build.py) a module-level name is read from the
module's globals dict at every use, a dictionary lookup each time, unless it
is ``Final``: then it is a C static, read directly (docs/performance.md,
forty-sixth round). A constant here is an ``UPPER_CASE`` name (a leading
underscore allowed) bound once, by a plain or annotated assignment at the top
level of one of ``hatch_build.COMPILED``, never named in a ``global``
statement; a name a test patches must be left out (``--skip NAME,...``),
since a compiled module would not see the patch.
"""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CONSTANT = re.compile(r"^_?[A-Z][A-Z0-9_]*$")
#: Calls whose result is a type, not a value: never ``Final``.
TYPE_MAKERS = frozenset({"TypeVar", "NewType", "NamedTuple", "TypedDict", "ParamSpec"})


def _bindings(tree: ast.Module) -> tuple[Counter[str], set[str]]:
    """How often each name is bound anywhere in the module, and the names
    of its ``global`` statements."""
    counts: Counter[str] = Counter()
    declared: set[str] = set()

    def bind(target: ast.AST) -> None:
        if isinstance(target, ast.Name):
            counts[target.id] += 1
        elif isinstance(target, (ast.Tuple, ast.List)):
            for item in target.elts:
                bind(item)

    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            declared.update(node.names)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                bind(target)
        elif isinstance(
            node, (ast.AnnAssign, ast.AugAssign, ast.NamedExpr, ast.For, ast.comprehension)
        ):
            bind(node.target)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                counts[(alias.asname or alias.name).split(".")[0]] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return counts, declared


def constants(source: str, skip: frozenset[str]) -> list[ast.Assign | ast.AnnAssign]:
    """The top-level assignments of constants not yet ``Final``."""
    tree = ast.parse(source)
    counts, declared = _bindings(tree)
    found: list[ast.Assign | ast.AnnAssign] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        elif isinstance(node, ast.AnnAssign) and node.value is not None and node.simple:
            target = node.target
            if re.search(r"\b(?:Final|TypeAlias|ClassVar)\b", ast.unparse(node.annotation)):
                continue
        else:
            continue
        if not isinstance(target, ast.Name):
            continue
        name = target.id
        if not CONSTANT.match(name) or name in skip or name in declared or counts[name] != 1:
            continue
        value = node.value
        if (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id in TYPE_MAKERS
        ):
            continue
        found.append(node)
    return found


def annotate(source: str, nodes: list[ast.Assign | ast.AnnAssign]) -> str:
    """``source`` with each of ``nodes`` declared ``Final`` and ``Final``
    imported from ``typing``."""
    lines = source.splitlines(keepends=True)
    for node in reversed(nodes):
        at = node.lineno - 1
        if isinstance(node, ast.Assign):
            name = node.targets[0].id  # type: ignore[attr-defined]
            lines[at] = f"{name}: Final = " + lines[at][len(name) + 3 :]
            continue
        note = node.annotation
        last = (note.end_lineno or note.lineno) - 1
        end = note.end_col_offset or 0
        lines[last] = lines[last][:end] + "]" + lines[last][end:]
        lines[at] = lines[at][: note.col_offset] + "Final[" + lines[at][note.col_offset :]
    text = "".join(lines)
    if not re.search(r"^from typing import [^\n]*\bFinal\b", text, re.MULTILINE):
        future = re.search(r"^from __future__ import annotations\n", text, re.MULTILINE)
        at = future.end() if future else 0
        text = text[:at] + "from typing import Final\n" + text[at:]
    return text


def compiled_modules() -> list[str]:
    """``hatch_build.COMPILED``, read from its source (importing the hook
    needs hatchling, which only the build environment has)."""
    tree = ast.parse((ROOT / "hatch_build.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "COMPILED":
            return list(ast.literal_eval(node.value))
    raise SystemExit("hatch_build.py has no COMPILED")


def main(argv: list[str]) -> int:
    write = "--write" in argv
    skip: frozenset[str] = frozenset()
    if "--skip" in argv:
        skip = frozenset(argv[argv.index("--skip") + 1].split(","))
    total = 0
    for relative in compiled_modules():
        path = ROOT / relative
        source = path.read_text()
        nodes = constants(source, skip)
        if not nodes:
            continue
        total += len(nodes)
        if write:
            path.write_text(annotate(source, nodes))
            print(f"{relative}: {len(nodes)} annotated")
        else:
            for node in nodes:
                name = ast.unparse(node.targets[0] if isinstance(node, ast.Assign) else node.target)
                print(f"{relative}:{node.lineno}: {name} is not Final")
    print(f"{total} constants {'annotated' if write else 'not Final'}", file=sys.stderr)
    return 1 if total and not write else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
