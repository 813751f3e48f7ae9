"""A rule that defers (``defer_to``) gives way to an overlapping finding of
another rule in the categories it names; the overlap test must be exactly the
pairwise one while staying linear in a long draft full of findings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck.checker import _without_covered
from replycheck.model import Finding

CODES = {"RC1": "rude", "RC2": "rude", "RC3": "blame", "RC4": "demanding"}
DEFERRING = {"RC1": frozenset({"blame"}), "RC4": frozenset({"rude", "blame"})}


def _finding(code: str, start: int, length: int, where: str) -> Finding:
    return Finding(
        code=code,
        rule=code.lower(),
        category=CODES[code],
        severity="warning",
        message="",
        where=where,  # type: ignore[arg-type]
        start=start,
        end=start + length,
        line=1,
        column=start + 1,
        text="x" * length,
    )


findings = st.lists(
    st.builds(
        _finding,
        st.sampled_from(sorted(CODES)),
        st.integers(0, 60),
        st.integers(0, 25),
        st.sampled_from(["draft", "quoted"]),
    ),
    max_size=25,
)


def _pairwise(candidates: list[Finding], others: list[Finding]) -> list[Finding]:
    return [
        f
        for f in candidates
        if f.code not in DEFERRING
        or not any(
            o.code != f.code
            and o.category in DEFERRING[f.code]
            and o.where == f.where
            and o.start < f.end
            and f.start < o.end
            for o in others
        )
    ]


@settings(max_examples=300, deadline=None)
@given(candidates=findings, others=findings)
def test_a_deferring_finding_goes_exactly_when_another_category_overlaps_it(candidates, others):
    assert _without_covered(candidates, others, DEFERRING) == _pairwise(candidates, others)


def test_a_long_span_far_back_still_covers():
    # the look-back stops where no earlier finding can reach; a long one
    # must keep it going
    long_blame = _finding("RC3", 0, 500, "draft")
    shorts = [_finding("RC2", 10 * i, 3, "draft") for i in range(1, 40)]
    late = _finding("RC1", 450, 5, "draft")
    assert _without_covered([late], [long_blame, *shorts], DEFERRING) == []
    assert _without_covered([late], shorts, DEFERRING) == [late]
