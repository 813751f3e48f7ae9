"""A double space or a tab inside a line of a plain draft hides no phrase
(issue 2): the gap is closed in a same-length layout, and findings still
index the caller's text."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import replycheck
from replycheck.message.reading import html_offset, plain_layout_moves

SENTENCES = [
    "You can't expect us to refund that.",
    "Per my last email, the fee stands.",
]


def _one_spaced(text: str) -> str:
    return re.sub(r"(?<=\S)[ \t]+(?=\S)", " ", text)


def _assert_spans_index(draft: str, report: replycheck.Report) -> None:
    for finding in report.findings:
        assert finding.text == draft[finding.start : finding.end]
        before = draft[: finding.start]
        assert finding.line == before.count("\n") + 1
        assert finding.column == finding.start - (before.rfind("\n") + 1) + 1
    for item in report.asked:
        assert item.text == draft[item.start : item.end]


def _words(report: replycheck.Report) -> list[tuple[str, str]]:
    return [(f.code, _one_spaced(f.text)) for f in report.findings]


@pytest.mark.parametrize(
    "draft",
    [
        "You  can't expect us to refund that.",
        "Per my last  email, the fee stands.",
        "You can't  expect us   to refund that.",
        "Per  my  last  email, the fee stands.",
        # a double space after a full stop
        "Hi Sam,\n\nThanks.  You can't expect us to refund that.\n\nBest,\nAl",
        # tabs, one and several
        "Hi Sam,\n\nYou\tcan't\t\texpect us to refund that.\n\nBest,\nAl",
        "Hi Sam,\n\nPer my last \t email, the fee stands.\n\nBest,\nAl",
        # an indented line keeps its indentation
        "Hi Sam,\n\n    Per my last  email, the fee stands.\n\nBest,\nAl",
        # several gaps on several lines
        "Hi Sam,\n\nThe box  came  back.\nYou  can't expect us  to refund that.  Sorry.\n\nAl",
    ],
)
def test_a_gap_inside_a_line_gives_the_findings_of_the_one_spaced_draft(draft):
    expected = _words(replycheck.check(_one_spaced(draft)))
    assert expected, "the one-spaced draft should have a finding"
    report = replycheck.check(draft)
    assert _words(report) == expected
    _assert_spans_index(draft, report)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_one_spaced_sentences_keep_their_findings(sentence):
    report = replycheck.check(sentence)
    assert [f.code for f in report.findings]
    _assert_spans_index(sentence, report)


def test_a_draft_file_with_a_double_space_indexes_the_file(tmp_path):
    path = tmp_path / "draft.txt"
    draft = "Hi Sam,\r\n\r\nYou  can't expect us to refund that.\r\n\r\nAl\r\n"
    path.write_bytes(draft.encode())
    report = replycheck.Checker().check(path.read_bytes(), source=str(path))
    normalised = draft.replace("\r\n", "\n")
    assert [f.code for f in report.findings] == ["RC106"]
    _assert_spans_index(normalised, report)


def test_a_quoted_line_with_double_spaces_is_still_the_customer_s():
    draft = (
        "Hi Dana,\n\nYour lamp  shipped today.\n\nBest,\nSam\n\n"
        "On Mon, Jan 8, 2024 at 10:15 AM Dana <dana@example.com> wrote:\n"
        "> Where  is my lamp?  Can I  get a refund for the shipping?\n"
    )
    plain = replycheck.check(_one_spaced(draft))
    report = replycheck.check(draft)
    assert report.original_source == plain.original_source == "quoted"
    assert [_one_spaced(a.text) for a in report.asked] == [a.text for a in plain.asked]
    assert len(report.asked) == 2
    _assert_spans_index(draft, report)


def test_an_original_with_double_spaces_asks_the_same():
    original = "Hi,\n\nWhere  is my lamp?  Can I  get a refund\tfor the shipping?\n\nDana"
    draft = "Hi Dana,\n\nThanks for writing in.\n\nBest,\nSam"
    plain = replycheck.check(draft, original=_one_spaced(original))
    report = replycheck.check(draft, original=original)
    assert [_one_spaced(a.text) for a in report.asked] == [a.text for a in plain.asked]
    assert report.asked
    for item in report.asked:
        assert item.text == original[item.start : item.end]
    assert [f.code for f in report.findings] == [f.code for f in plain.findings]


def test_the_layout_closes_gaps_and_keeps_lines():
    text = "  Hi  Sam,\t\n> a  b\tc\n\nx   y  \nz"
    layout, moves = plain_layout_moves(text)
    assert layout == "  Hi Sam,\t \n> a b c \n\nx y    \nz"
    assert moves


def test_text_with_no_gap_is_returned_as_it_is():
    text = "Hi Sam,\n\n    Indented line.\n> quoted\n\nAl  \n"
    layout, moves = plain_layout_moves(text)
    assert layout is text
    assert moves == ()


_PIECES = st.lists(
    st.sampled_from(["a", "bc", "'", ".", " ", "  ", "   ", "\t", " \t ", "\n", "> ", "\n  "]),
    max_size=24,
)


@settings(max_examples=400, deadline=None)
@given(parts=_PIECES)
def test_the_layout_keeps_length_lines_and_maps_inside_the_text(parts):
    text = "".join(parts)
    layout, moves = plain_layout_moves(text)
    assert len(layout) == len(text)
    assert [m.start() for m in re.finditer("\n", layout)] == [
        m.start() for m in re.finditer("\n", text)
    ]
    for shown, given_line in zip(layout.split("\n"), text.split("\n"), strict=True):
        # the indentation is kept, and the line reads as the one-spaced line
        indent = len(given_line) - len(given_line.lstrip(" \t"))
        assert shown[:indent] == given_line[:indent]
        assert shown.rstrip(" \t") == _one_spaced(given_line).rstrip(" \t")
    for start, end, given_start, given_end in moves:
        assert start < end <= given_end and start <= given_start
        if end - start == given_end - given_start:
            assert layout[start + 1 : end] == text[given_start + 1 : given_end]
    assert all(a[1] <= b[0] for a, b in pairwise(moves))
    for offset in range(len(text) + 1):
        assert 0 <= html_offset(moves, offset) <= len(text)
        assert 0 <= html_offset(moves, offset, end=True) <= len(text)
    # a span of words in the layout maps to the same words in the text
    for word in re.finditer(r"\S+(?:[ ]\S+)*", layout):
        start = html_offset(moves, word.start())
        end = html_offset(moves, word.end(), end=True)
        assert _one_spaced(text[start:end]) == word.group()


def test_check_many_maps_a_double_spaced_draft_and_original_back():
    draft = "Hi Dana,\n\nPer my last  email, the fee stands.\n\nSam"
    original = "Hi,\n\nWhy  was I charged\ttwice?\n\nDana"
    (report,) = replycheck.Checker().check_many([(draft, original)])
    assert [f.code for f in report.findings if f.where == "draft"] == ["RC101"]
    for finding in report.findings:
        given = original if finding.where == "original" else draft
        assert finding.text == given[finding.start : finding.end]
    assert [item.text for item in report.asked] == ["Why  was I charged\ttwice?"]


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="ab \t\n\u00a0\u2003\u200b\u00ad\u3000\u00e9\U0001f600", max_size=60))
def test_odd_spaces_made_plain_as_a_translation_table_would(text):
    # ``_as_spaces`` replaces ``str.translate``, which looks up every
    # character of a non-ASCII text: the same text, a scan per character held
    from replycheck.message.reading import _ODD_SPACES, _ZERO_WIDTH, _as_spaces

    for characters in (_ODD_SPACES, _ZERO_WIDTH):
        table = str.maketrans(dict.fromkeys(characters, " "))
        assert _as_spaces(text, characters) == text.translate(table)
