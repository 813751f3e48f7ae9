"""A fixed warm slice to count instructions with callgrind.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \\
        python benchmarks/warm_slice.py                 # the whole warm slice
    valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \\
        --callgrind-out-file=OUT python benchmarks/warm_slice.py \\
        read_draft                                      # one of RC201's parts
    valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \\
        --callgrind-out-file=OUT python benchmarks/warm_slice.py \\
        unanswered                                      # RC201's whole call tree
    valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \\
        --callgrind-out-file=OUT python benchmarks/warm_slice.py \\
        replycheck.thread.topic:Words.__init__          # any function, by module:name
    valgrind ... python benchmarks/warm_slice.py --kind email [PART]
                                                        # one kind of draft only
    grep summary OUT.1                                  # the count (Ir)

Builds a ``Checker``, warms it on benchmark drafts 0-49, checks drafts
50-349 once (first sight: caches fill) and counts a second ``check_many``
over 50-349, the steady state. With ``--kind KIND`` (``corpus``, ``email``,
``tweet``) the warm-up is that kind's first 50 drafts and the slice its next
300 (the email kind has 166): the plain slice is all corpus replies, 80 words
on average, the emails 160. Run it with ``PYTHONHASHSEED=0`` and a
private ``REPLYCHECK_CACHE_DIR`` so two trees count the same work, and with
``PYTHONPATH=<checkout>``: the checkout's own directory is put last on the
path, so the tree named there (or the installed package) is the one counted.

With a part named (``read_draft``, ``read_message``, ``addressed``,
``second_opinion``; pure Python only), collection is switched on only inside
that function where RC201 calls it (``replycheck.thread.reading`` for the
two readings, which the stock rules share, ``replycheck.checks.unanswered``
for the others): the count is its inclusive cost over the slice. Any other
function is named ``module:name`` (``name`` may be ``Class.method``): it is
wrapped where it is defined and in every ``replycheck`` module that imported
it by name (a generator function counts only the making of its generator,
and one that calls itself toggles collection off inside). The callgrind
client requests come from a tiny C library built with ``cc`` into a
temporary directory on each run (valgrind's ``callgrind.h`` must be
installed). With a part, valgrind's ``--instr-atstart=no`` is optional but
saves most of the run's time: instrumentation then starts with the counted
pass.
"""

from __future__ import annotations

import ctypes
import functools
import importlib
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks.drafts import slice_items

_CONTROL = """
#include <valgrind/callgrind.h>
void cg_start(void) { CALLGRIND_START_INSTRUMENTATION; CALLGRIND_ZERO_STATS; }
void cg_stop(void) { CALLGRIND_DUMP_STATS_AT("measured"); CALLGRIND_STOP_INSTRUMENTATION; }
void cg_toggle(void) { CALLGRIND_TOGGLE_COLLECT; }
"""
_PARTS = ("read_draft", "read_message", "addressed", "second_opinion", "unanswered")


def _control(folder: Path) -> ctypes.CDLL:
    source = folder / "cgctl.c"
    source.write_text(_CONTROL)
    library = folder / "libcgctl.so"
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    return ctypes.CDLL(str(library))


def _counted(control: ctypes.CDLL, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        control.cg_toggle()
        try:
            return function(*args, **kwargs)
        finally:
            control.cg_toggle()

    return wrapper


def _count_function(control: ctypes.CDLL, name: str) -> None:
    """Wrap the function ``module:attr`` (``attr`` may be ``Class.method``)
    with ``_counted``, where it is defined and wherever a ``replycheck`` module
    imported it by name (the check modules are loaded first)."""
    from replycheck.checks import load_checks

    load_checks()
    module_name, attr = name.split(":", 1)
    owner: Any = importlib.import_module(module_name)
    *outer, leaf = attr.split(".")
    for part in outer:
        owner = getattr(owner, part)
    function = getattr(owner, leaf)
    wrapped = _counted(control, function)
    setattr(owner, leaf, wrapped)
    for module in list(sys.modules.values()):
        name_of = getattr(module, "__name__", "")
        if name_of.startswith("replycheck") and getattr(module, leaf, None) is function:
            setattr(module, leaf, wrapped)


def main() -> int:
    argv, warm, counted_slice = slice_items(sys.argv[1:])
    part = argv[0] if argv else ""
    if part and part not in _PARTS and ":" not in part:
        print(f"unknown part {part!r}; one of {', '.join(_PARTS)} or module:name", file=sys.stderr)
        return 2
    import replycheck
    import replycheck.checks.unanswered as unanswered
    import replycheck.thread.reading as reading

    with tempfile.TemporaryDirectory() as folder:
        control = _control(Path(folder))
        if part == "unanswered":
            from replycheck.checks import load_checks

            checks = load_checks()
            check = checks["unanswered-question"]
            counted = _counted(control, lambda rule, ctx: list(check(rule, ctx)))
            checks["unanswered-question"] = counted
        elif ":" in part:
            _count_function(control, part)
        elif part:
            caller = reading if part in ("read_draft", "read_message") else unanswered
            setattr(caller, part, _counted(control, getattr(caller, part)))
        checker = replycheck.Checker()
        list(checker.check_many(warm))
        list(checker.check_many(counted_slice))  # first sight
        if part:
            # instrumentation starts here when valgrind ran with
            # --instr-atstart=no (much faster: the drafts are built and the
            # warm-up run at full speed); collection stays off outside the part
            control.cg_start()
            list(checker.check_many(counted_slice))
            control.cg_stop()
        else:
            control.cg_start()
            list(checker.check_many(counted_slice))
            control.cg_stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
