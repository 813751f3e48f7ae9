"""Spaces and line breaks that would hide a phrase (issue 2): a no-break,
thin or other Unicode space reads as a space and a zero-width character as
nothing, an HTML draft's gaps close as a plain draft's do, and a hard-wrapped
line break inside a paragraph reads as a space; findings still index the
caller's text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import replycheck
from replycheck.message import parse_message
from replycheck.message.reading import layout_offset, plain_layout_moves
from replycheck.message.regions import joined_and_parsed

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
    (
        "I checked the order and the fee stands and per my last\nemail, it is final.",
        "I checked the order and the fee stands and per my last email, it is final.",
    ),
    (
        "You need to\nread the policy before ordering.",
        "You need to read the policy before ordering.",
    ),
    (
        "Hi Sam,\n\nI looked into it and you can't expect us\nto refund that.\n\nBest,\nAl",
        "Hi Sam,\n\nI looked into it and you can't expect us to refund that.\n\nBest,\nAl",
    ),
    (
        "Hi Sam,\r\n\r\nThe fee stands and per my last\r\nemail, it is final.\r\n\r\nAl",
        "Hi Sam,\r\n\r\nThe fee stands and per my last email, it is final.\r\n\r\nAl",
    ),
    (
        "<p>The fee stands and per my last<br>email, it is final.</p>",
        "The fee stands and per my last email, it is final.",
    ),
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


def test_a_wrapped_finding_reports_the_line_it_starts_on():
    draft = "Hi Sam,\n\nThe fee stands and per my last\nemail, it is final.\n\nAl"
    (finding,) = replycheck.check(draft).findings
    assert finding.text == "per my last\nemail"
    assert (finding.line, finding.column) == (3, 20)


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


# -- what keeps its line break ------------------------------------------------

KEPT = [
    # list items, bulleted, numbered and lettered
    "Hi Sam,\n\nPlease do two things:\n- read the policy\n- send the form\n\nAl",
    "Hi Sam,\n\nYou can choose\n1. a refund\n2. an exchange\n\nAl",
    "Hi Sam,\n\nYou can choose one\na) a refund\nb) an exchange\n\nAl",
    # a greeting on its own line, a sign-off and a signature
    "Hi Sam\nthanks for writing in about the lamp.\n\nAl",
    "Hi Sam,\n\nThe lamp shipped today.\n\nBest regards\nal from support",
    "Hi Sam,\n\nThe lamp shipped today.\n\nKev\nsent from my phone",
    # a sentence's end, a colon, a capital
    "Hi Sam,\n\nThe lamp shipped today.\nit should arrive Friday.\n\nAl",
    "Hi Sam,\n\nHere is what happens next:\nwe refund you.\n\nAl",
    "Hi Sam,\n\nThe lamp shipped today and\nFriday is when it lands.\n\nAl",
    # quoted customer lines and the "On ... wrote:" line
    "Hi Sam,\n\nIt shipped today\n\nOn Mon, Jan 8, 2024 at 10:15 AM Dana <d@example.com> wrote:\n"
    "> where is my lamp and\n> can I get a refund\n",
    "Hi Sam,\n\n> where is my lamp and\nit shipped today\n\nAl",
    # code: a fenced block, and a deeper indent
    "Hi Sam,\n\nRun this:\n\n```\ncurl -v https://example.com/status\n"
    "dig +short example.com\n```\n\nAl",
    "Hi Sam,\n\nSet it like this\n  source = 1\n\nAl",
]


@pytest.mark.parametrize("draft", KEPT)
def test_a_writer_s_line_break_is_kept(draft):
    assert joined_and_parsed(draft)[0] is draft


def test_list_items_and_the_sign_off_stay_separate_in_the_report():
    draft = "Hi Sam,\n\nBefore you order:\n- read the policy\n- check the size\n\nBest regards\nal"
    assert joined_and_parsed(draft)[0] is draft
    report = replycheck.check(draft)
    for finding in report.findings:
        assert "\n" not in finding.text
    _assert_spans_index(draft, report)


def test_a_wrap_under_a_list_item_joins_its_continuation():
    draft = "Hi Sam,\n\n- you need to read the\n  policy before ordering\n\nAl"
    joined = joined_and_parsed(draft)[0]
    assert joined == draft.replace("the\n  policy", "the   policy")


def test_a_wrapped_paragraph_reads_as_one_line():
    draft = (
        "Hi Sam,\n\nThe fee stands and per my last\nemail, it is final and\n"
        "we will not refund it.\n\nAl"
    )
    joined = joined_and_parsed(draft)[0]
    assert joined == draft.replace("last\nemail", "last email").replace("and\nwe", "and we")
    assert len(joined) == len(draft)


def test_text_with_nothing_to_join_is_returned_as_it_is():
    text = "Hi Sam,\n\nThe lamp shipped today.\n\nBest,\nAl"
    assert joined_and_parsed(text)[0] is text


@pytest.mark.parametrize("draft", KEPT)
def test_a_kept_draft_s_parse_is_handed_over(draft):
    # the join parsed the draft and joined nothing: the caller takes that parse
    text, parsed = joined_and_parsed(draft)
    assert text is draft
    if parsed is not None:
        assert parsed == parse_message(draft)


def test_the_parse_is_handed_over_only_for_the_same_text():
    assert joined_and_parsed("Hi Sam,\n\nThe lamp shipped today.\n\nAl") == (
        "Hi Sam,\n\nThe lamp shipped today.\n\nAl",
        None,
    )  # no candidate break: nothing parsed
    greeted = "Hi Sam,\nthanks for writing.\n\nThe lamp shipped today.\n\nBest,\nAl"
    text, parsed = joined_and_parsed(greeted)
    assert text is greeted and parsed == parse_message(greeted)
    wrapped = "Hi Sam,\n\nThe fee stands and per my last\nemail, it is final.\n\nAl"
    text, parsed = joined_and_parsed(wrapped)
    assert text != wrapped and parsed is None


def test_a_draft_whose_join_parse_is_taken_reports_as_before(monkeypatch):
    import replycheck.checker as checker_module

    greeted = "Hi Sam,\nthanks for writing.\n\nYou need to read the policy.\n\nBest,\nAl"
    assert joined_and_parsed(greeted)[1] is not None
    taken = replycheck.Checker().check(greeted)
    readers = checker_module._readers()
    fresh = (*readers[:5], lambda text: (joined_and_parsed(text)[0], None))
    monkeypatch.setattr(checker_module, "_readers", lambda: fresh)
    parsed_again = replycheck.Checker().check(greeted)
    assert taken.findings and taken == parsed_again


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


_LINES = st.lists(
    st.sampled_from(
        [
            *("Hi Sam,", "you need to", "read the policy", "- a list item", "Best,", "Al", ""),
            *("> quoted line", "per my last", "email, it is final.", "  indented"),
            "Sent from my phone",
        ]
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(lines=_LINES)
def test_joining_keeps_length_and_only_turns_breaks_into_spaces(lines):
    text = "\n".join(lines)
    joined = joined_and_parsed(text)[0]
    assert len(joined) == len(text)
    for given_char, shown in zip(text, joined, strict=True):
        assert shown == given_char or (given_char in "\r\n" and shown == " ")
    report = replycheck.check(text) if text.strip() else None
    if report is not None:
        _assert_spans_index(text, report)
