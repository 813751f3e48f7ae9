"""Spaces that would hide a phrase (issue 2): a no-break, thin or other
Unicode space reads as a space and a zero-width character as nothing, and an
HTML draft's gaps close as a plain draft's do; findings still index the
caller's text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import replycheck
from replycheck.message.reading import layout_offset, plain_layout_moves

_ODD = "\u00a0\u2009\u202f\u2007\u3000"
_ZERO = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _assert_spans_index(draft: str, report: replycheck.Report) -> None:
    for finding in report.findings:
        assert finding.text == draft[finding.start : finding.end]
        before = draft[: finding.start]
        assert finding.line == before.count("\n") + 1
        assert finding.column == finding.start - (before.rfind("\n") + 1) + 1
    for item in report.asked:
        assert item.text == draft[item.start : item.end]


def _codes(report: replycheck.Report) -> list[str]:
    return [f.code for f in report.findings]


def _tidy(text: str) -> str:
    """``text`` as one plain line per sentence: what the rules were written for."""
    text = re.sub(f"[{_ZERO}]", "", text)
    return re.sub(rf"[ \t\r\n{_ODD}]+", " ", text)


# (draft, its tidy text)
PAIRS = [
    ("Per my last\u00a0email, the fee stands.", "Per my last email, the fee stands."),
    ("Per my last\u2009email, the fee stands.", "Per my last email, the fee stands."),
    ("Per my\u202flast\u3000email, the fee stands.", "Per my last email, the fee stands."),
    ("Per my last \u00a0email, the fee stands.", "Per my last email, the fee stands."),
    ("Per my last e\u200bmail, the fee stands.", "Per my last email, the fee stands."),
    ("Per my last\u200b email, the fee stands.", "Per my last email, the fee stands."),
    ("You can\u00adt expect us to refund that.", "You cant expect us to refund that."),
    ("<p>Per my last  email, the fee stands.</p>", "Per my last email, the fee stands."),
    ("<p>Per my last&nbsp; email, the fee stands.</p>", "Per my last email, the fee stands."),
    ("<p>Per my <b>last</b> email, the fee stands.</p>", "Per my last email, the fee stands."),
    ("<p>You  can't expect us to refund that.</p>", "You can't expect us to refund that."),
]


@pytest.mark.parametrize(("draft", "tidy"), PAIRS)
def test_a_hidden_phrase_gives_the_findings_of_the_tidy_draft(draft, tidy):
    expected = replycheck.check(tidy)
    assert _codes(expected), "the tidy draft should have a finding"
    report = replycheck.check(draft)
    assert _codes(report) == _codes(expected)
    if not draft.startswith("<"):  # an HTML finding's text holds its markup
        assert [_tidy(f.text) for f in report.findings] == [
            _tidy(f.text) for f in expected.findings
        ]
    _assert_spans_index(draft, report)


def test_a_bytes_draft_with_no_break_spaces_indexes_the_file():
    draft = "Hi Sam,\r\n\r\nPer my last\u00a0email, the fee stands.\r\n\r\nAl\r\n"
    report = replycheck.Checker().check(draft.encode(), source="draft.txt")
    assert _codes(report) == ["RC101"]
    _assert_spans_index(draft.replace("\r\n", "\n"), report)


def test_an_original_with_odd_spaces_asks_the_same():
    original = "Hi,\n\nWhere\u00a0is my lamp? Can I get a\u200b refund for the shipping?\n\nDana"
    draft = "Hi Dana,\n\nThanks for writing in.\n\nBest,\nSam"
    plain = replycheck.check(draft, original=_tidy(original))
    report = replycheck.check(draft, original=original)
    assert len(report.asked) == len(plain.asked) == 2
    assert [_tidy(a.text) for a in report.asked] == [a.text for a in plain.asked]
    for item in report.asked:
        assert item.text == original[item.start : item.end]


# -- the layout ---------------------------------------------------------------


def test_odd_spaces_and_zero_width_characters_in_the_layout():
    text = "a\u00a0b \u200bc\u2009\u2009d\ne\u200bf\n\u200b  g h\u200b\n\u00a0i"
    layout, moves = plain_layout_moves(text)
    assert layout == "a b c d  \nef \n  g h  \n i"
    assert moves


_PIECES = st.lists(
    st.sampled_from(
        [
            *("a", "bc", "'", ".", " ", "  ", "\t", "\n", "> ", "\n  "),
            *("\u00a0", "\u2009", "\u202f", "\u200b", "\u00ad", "\ufeff", " \u200b", "\u3000"),
        ]
    ),
    max_size=24,
)


@settings(max_examples=400, deadline=None)
@given(parts=_PIECES)
def test_the_layout_keeps_length_and_maps_every_offset_inside_the_text(parts):
    text = "".join(parts)
    layout, moves = plain_layout_moves(text)
    assert len(layout) == len(text)
    assert [m.start() for m in re.finditer("\n", layout)] == [
        m.start() for m in re.finditer("\n", text)
    ]
    assert not re.search(f"[{_ODD}{_ZERO}]", layout)
    stages = (moves,)
    for offset in range(len(text) + 1):
        assert 0 <= layout_offset(stages, offset) <= len(text)
        assert 0 <= layout_offset(stages, offset, end=True) <= len(text)
    # a span of words in the layout maps to the same words in the text
    for word in re.finditer(r"\S+(?:[ ]\S+)*", layout):
        start = layout_offset(stages, word.start())
        end = layout_offset(stages, word.end(), end=True)
        assert _tidy(text[start:end]).strip() == word.group()
