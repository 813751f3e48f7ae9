"""The cyclic collector's pauses over the warm slice's counted pass.

    python benchmarks/gc_pauses.py            # each collection: generation, ms
    python benchmarks/gc_pauses.py --objects  # what a batch leaves tracked

The same drafts as ``benchmarks/warm_slice.py`` (warm-up, first sight, then
the counted pass). The plain run times every collection of the counted pass
with ``gc.callbacks``. ``--objects`` runs three batches of 64 with the
collector off and prints how many objects each leaves in the youngest
generation, with the eight commonest types. Run it from outside the checkout
with ``PYTHONPATH`` unset to time an installed (compiled) build; the
checkout's directory is put last on the path so ``benchmarks`` imports.
"""

from __future__ import annotations

import gc
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks.drafts import slice_items


def main() -> None:
    import replycheck

    _argv, warm, counted = slice_items([])
    checker = replycheck.Checker()
    list(checker.check_many(warm))
    list(checker.check_many(counted))
    print(replycheck.__file__, len(counted), "drafts")
    if "--objects" in sys.argv[1:]:
        gc.collect()
        gc.disable()
        for low in range(0, 3 * 64, 64):
            reports = list(checker.check_many(counted[low : low + 64]))
            young = gc.get_objects(0)
            kinds = Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in young)
            print(low, len(young), kinds.most_common(8))
            del reports, young
            gc.collect(0)
        gc.enable()
        return
    events: list[list[Any]] = []

    def timed(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            events.append([info["generation"], time.perf_counter()])
        else:
            events[-1][1] = time.perf_counter() - events[-1][1]

    gc.callbacks.append(timed)
    list(checker.check_many(counted))
    gc.callbacks.remove(timed)
    print([(generation, round(seconds * 1000, 1)) for generation, seconds in events])


if __name__ == "__main__":
    main()
