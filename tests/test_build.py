"""Which build of replycheck the suite runs: mypyc-compiled or pure Python.

``pip install .`` compiles the hot modules listed in hatch_build.py; an
editable install, ``REPLYCHECK_PURE_PYTHON=1`` or a compile that failed gives
pure Python. Both must behave alike, so these tests report the mode (the line
``replycheck build: ...`` at the end of the run, from conftest.py) and pass in
either.
"""

from __future__ import annotations

import importlib
import importlib.util
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _final_constants() -> ModuleType:
    """scripts/final_constants.py, loaded as a module: the one reader of
    hatch_build.py's ``COMPILED`` (read, not imported: hatchling is a build
    requirement, not a test one)."""
    path = ROOT / "scripts" / "final_constants.py"
    spec = importlib.util.spec_from_file_location("replycheck_final_constants", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _compiled_names() -> list[str]:
    """``COMPILED`` of hatch_build.py, as module names."""
    paths = _final_constants().compiled_modules()
    return [path.removesuffix(".py").replace("/", ".") for path in paths]


def build_mode() -> tuple[str, list[str]]:
    """("compiled" or "pure", the modules of ``COMPILED`` loaded as extensions)."""
    names = _compiled_names()
    compiled = [
        name
        for name in names
        if str(importlib.import_module(name).__file__).endswith(tuple(EXTENSION_SUFFIXES))
    ]
    return ("compiled" if compiled else "pure"), compiled


def test_the_build_mode_is_all_or_nothing(record_property):
    mode, compiled = build_mode()
    record_property("replycheck_build", mode)
    # Every listed module compiled, or none: a mix would mean a stale .so
    # beside newer sources, or a wheel built from another module list.
    assert not compiled or len(compiled) == len(_compiled_names()), compiled


def test_lazy_attributes_are_made_once():
    """The pipeline and its derived sets are built on first use and kept
    (explicit attributes: under mypyc a ``cached_property`` stops caching)."""
    from replycheck.nlp import Pipeline

    pipeline = Pipeline()
    nlp = pipeline.nlp
    assert pipeline.nlp is nlp
    assert pipeline._special_cases is pipeline._special_cases
    assert pipeline._blank is True


def test_the_package_type_checks_as_the_compiled_build_needs(tmp_path):
    # mypyc compiles only what mypy accepts; a type error anywhere in the
    # package would make ``pip install .`` fall back to pure Python without a
    # failure, so the suite fails instead.
    pytest.importorskip("mypy")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path), "replycheck"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-2000:]


def test_the_compiled_modules_constants_are_final(capsys):
    # In the mypyc build a module constant not declared Final is read from the
    # module's dict at every use (docs/performance.md, forty-sixth round): a
    # new pattern or word set left plain brings that cost back in a hot loop.
    # ``python scripts/final_constants.py --write`` annotates them.
    assert _final_constants().main([]) == 0, capsys.readouterr().out[-2000:]
