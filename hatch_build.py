"""Build hook: compile replycheck's hot modules with mypyc when building a wheel.

``pip install .`` builds a wheel; this hook type-checks the package with mypy
and compiles the modules in ``COMPILED`` to C extensions (``.so`` files that
sit beside their ``.py`` files in the wheel and are imported instead of them).
The warm check is some 10-30% cheaper compiled (docs/performance.md).

Pure Python instead, with the same behaviour:

- when compiling fails for any reason (no C compiler or Python headers, a
  type error mypyc refuses): the hook says why and the wheel is pure Python;
- with ``REPLYCHECK_PURE_PYTHON=1`` in the environment (mypy is then not
  even installed into the build environment);
- for editable installs (``pip install -e .``) and the sdist.

Everything is built in a temporary directory: nothing is written to the
source tree. Unlike the ``hatch-mypyc`` plugin, which builds in place (and
moves ``pyproject.toml`` aside while it does) and fails the install when
compiling fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The modules compiled: the hot ones whose compiled build was measured to pay
#: (docs/performance.md). Not compiled, as mypyc cannot (yet) build them:
#: message/quotes.py, message/reading.py, thread/lazypattern.py (it needs an
#: instance ``__dict__``) and the package ``__init__`` modules. These 17 took
#: 0.820 of pure Python's instructions on 300 benchmark drafts, the earlier 12
#: 0.868 (2026-12-02). thread/features.py (RC201's learned second opinion,
#: read for each ask the routes leave unanswered) joined them on 2026-12-03:
#: 0.39% and 1.80% fewer instructions than the 17 on the corpus and TWCS
#: slices of docs/performance.md (sixteenth round), same reports. A
#: 29-module list (the 17 plus checks/{caused,further,hostile,notices,orders,
#: rhetorical,shouting,stance,ultimatums}, rules/phrases, thread/features and
#: the like) builds, gives the same reports
#: and passes the suite, but cost about 2.5 times the build CPU of the 12 for
#: 0.802: not shipped then. On 2026-12-03 (seventeenth round) that list, and
#: 36 modules (the 29 plus checks/{comparison,conduct,faulted,options,
#: reminded,tautology} and message/tags), were measured against the 18 on
#: the same two slices, compiled: the 29 took 3.80% and 3.51% of the
#: instructions off, the 36 5.00% and 4.97%, same reports; a fresh venv's
#: `pip install .` took 148 s of user CPU for the 18, 247 s for the 29 and
#: 265 s for the 36 (machine shared, load 4-5). The 36 are shipped.
COMPILED = (
    "replycheck/checks/closing.py",
    "replycheck/checks/learned.py",
    "replycheck/checks/stock.py",
    "replycheck/checks/tone_sentences.py",
    "replycheck/checks/unanswered.py",
    "replycheck/clarity.py",
    "replycheck/nlp.py",
    "replycheck/message/regions.py",
    "replycheck/rules/matching.py",
    "replycheck/rules/tokens.py",
    "replycheck/syllables.py",
    "replycheck/thread/answered.py",
    "replycheck/thread/answers.py",
    "replycheck/thread/asked.py",
    "replycheck/thread/features.py",
    "replycheck/thread/language.py",
    "replycheck/thread/lexicon.py",
    "replycheck/thread/topic.py",
    # Added 2026-12-03 (seventeenth round): the checks still interpreted and
    # hot in a cProfile of the 18-module build, their option reader and the
    # phrase index; 36 modules in all.
    "replycheck/checks/caused.py",
    "replycheck/checks/clarity.py",
    "replycheck/checks/further.py",
    "replycheck/checks/hostile.py",
    "replycheck/checks/notices.py",
    "replycheck/checks/orders.py",
    "replycheck/checks/rhetorical.py",
    "replycheck/checks/shouting.py",
    "replycheck/checks/stance.py",
    "replycheck/checks/ultimatums.py",
    "replycheck/rules/phrases.py",
    "replycheck/checks/options.py",
    "replycheck/checks/reminded.py",
    "replycheck/checks/tautology.py",
    "replycheck/checks/comparison.py",
    "replycheck/checks/conduct.py",
    "replycheck/checks/faulted.py",
    "replycheck/message/tags.py",
    # Added 2026-12-05 (thirty-second round): the checker, the context every
    # check reads and the thread reading, the hottest code still interpreted
    # (docs/performance.md); 39 modules in all.
    "replycheck/checker.py",
    "replycheck/context.py",
    "replycheck/thread/reading.py",
)

#: mypy and mypyc, pinned: a newer mypy may read the annotations differently.
BUILD_REQUIREMENTS = ["mypy==2.4.1", "setuptools>=61"]

#: Set to anything but "" or "0" to build pure Python on purpose.
PURE_SWITCH = "REPLYCHECK_PURE_PYTHON"

#: The build script run in the temporary directory. ``multi_file``: one C
#: file per module instead of one file of some 38 MB for all 39, compiled
#: ``jobs`` at a time (distutils compiles an extension's files one after the
#: other; the loop below is its own, with a thread pool): the build's CPU
#: time and, on CI's two cores, its wall time go down, for the same compiled
#: code at run time (docs/performance.md, thirty-second round).
_SETUP = """\
import os
from concurrent.futures import ThreadPoolExecutor

from setuptools import setup
from mypyc.build import mypycify
from distutils.ccompiler import CCompiler


def compile_in_parallel(
    self, sources, output_dir=None, macros=None, include_dirs=None, debug=0,
    extra_preargs=None, extra_postargs=None, depends=None,
):
    macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
        output_dir, macros, include_dirs, sources, depends, extra_postargs
    )
    cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)

    def one(obj):
        if obj in build:
            src, ext = build[obj]
            self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)

    with ThreadPoolExecutor({jobs}) as pool:
        list(pool.map(one, objects))
    return objects


if all(hasattr(CCompiler, name) for name in ("_setup_compile", "_get_cc_args", "_compile")):
    CCompiler.compile = compile_in_parallel
setup(
    name="replycheck-compiled",
    ext_modules=mypycify({args!r}, group_name="replycheck", multi_file=True),
)
"""


def _pure_requested() -> bool:
    return os.environ.get(PURE_SWITCH, "").strip() not in ("", "0")


class MypycBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        return [] if _pure_requested() else list(BUILD_REQUIREMENTS)

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._workdir: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        if _pure_requested():
            self.app.display_info(f"replycheck: {PURE_SWITCH} is set, building pure Python")
            return
        self._workdir = tempfile.mkdtemp(prefix="replycheck-mypyc-")
        try:
            built = self._compile(Path(self._workdir))
        except Exception as exc:  # any failure: ship the pure-Python wheel instead
            self.app.display_warning(
                "replycheck: compiling with mypyc failed, building pure Python instead "
                f"(same behaviour, slower):\n{exc}"
            )
            self._clean()
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(built)
        self.app.display_info(f"replycheck: compiled {len(COMPILED)} modules with mypyc")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        self._clean()

    def _clean(self) -> None:
        if getattr(self, "_workdir", None):
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None

    def _compile(self, work: Path) -> dict[str, str]:
        """Compile ``COMPILED`` in a copy of the package under ``work``;
        returns the extension files to add to the wheel (absolute path ->
        path in the wheel)."""
        root = Path(self.root)
        for source in (root / "replycheck").rglob("*.py"):
            target = work / source.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        args = ["--config-file", str(root / "pyproject.toml"), *COMPILED]
        jobs = max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)
        (work / "setup.py").write_text(_SETUP.format(args=args, jobs=jobs), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--inplace"],
            cwd=work,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        if done.returncode:
            tail = "\n".join(done.stdout.strip().splitlines()[-30:])
            raise RuntimeError(f"mypyc exited with {done.returncode}:\n{tail}")
        suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
        wanted = [name[: -len(".py")] + suffix for name in COMPILED]
        wanted.append("replycheck__mypyc" + suffix)  # the shared runtime of the group
        missing = [name for name in wanted if not (work / name).is_file()]
        if missing:
            raise RuntimeError(f"mypyc built no {', '.join(missing)}")
        return {str(work / name): name for name in wanted}
