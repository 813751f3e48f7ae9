"""Findings in an HTML draft point into the HTML as the caller gave it."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import replycheck
from replycheck.errors import InputError
from replycheck.message import read_text
from replycheck.message.reading import html_layout_moves, html_offset

HTML_DRAFT = """\
<div>Hi Gemma,</div>
<div>&nbsp;</div>
<div>Thanks for sending the file numbers. We've reprinted all 14 and they went out today.</div>
<div>&nbsp;</div>
<div>P.S. Canvas prints and photo books are 30% off until Sunday, perfect for those snaps!</div>
<div>&nbsp;</div>
<div>Best,<br>
Sam | SnapPrint Photo Lab</div>"""

RUDE_HTML = """\
<html><body><p>Hi Dana,</p>
<p>As I mentioned in my previous email, the parcel was sent on Monday.
YOU NEED TO check your <b>tracking</b> link before writing again.</p>
<p>Best,<br>Sam</p></body></html>"""

QUOTED_HTML = """\
<html><body><p>Hi Dana,</p>
<p>Your lamp shipped today and should arrive by Friday.</p>
<p>Best,<br>Sam</p>
<div class="gmail_quote"><div class="gmail_attr">On Mon, Jan 8, 2024 at 10:15 AM Dana Reyes \
&lt;dana@example.com&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex">
<div>Where is my lamp? YOU PEOPLE ARE USELESS!!! Can I also get a refund for the shipping?</div>
</blockquote></div>
</body></html>"""


def _assert_spans_index(html: str, report: replycheck.Report) -> None:
    for finding in report.findings:
        assert finding.where in ("draft", "quoted")
        assert finding.text == html[finding.start : finding.end]
        line = html.count("\n", 0, finding.start) + 1
        column = finding.start - (html.rfind("\n", 0, finding.start) + 1) + 1
        assert (finding.line, finding.column) == (line, column)
    for item in report.asked:
        assert item.text == html[item.start : item.end]


def test_a_finding_in_an_html_string_is_the_html_at_its_offsets():
    report = replycheck.check(HTML_DRAFT)
    pitch = [f for f in report.findings if f.category == "stock-pitch"]
    assert pitch, report.findings
    assert pitch[0].text.startswith("P.S. Canvas prints")
    _assert_spans_index(HTML_DRAFT, report)


def test_findings_spanning_markup_carry_the_markup(tmp_path):
    report = replycheck.check(RUDE_HTML)
    assert {f.category for f in report.findings} >= {"rude", "shouting"}
    assert any("YOU NEED" in f.text for f in report.findings)
    _assert_spans_index(RUDE_HTML, report)


def test_a_finding_in_an_html_file_is_the_html_at_its_offsets(tmp_path):
    path = tmp_path / "reply.html"
    path.write_bytes(RUDE_HTML.replace("\n", "\r\n").encode())
    report = replycheck.Checker().check(path.read_bytes(), source=str(path))
    assert report.findings
    # a file's offsets index its text after line endings are normalised
    _assert_spans_index(RUDE_HTML, report)


def test_quoted_html_customer_text_is_not_linted_and_its_asks_index_the_html():
    report = replycheck.check(QUOTED_HTML)
    assert report.original_source == "quoted"
    assert not [f for f in report.findings if f.category == "shouting"]
    asked = [item.text for item in report.asked]
    assert asked == ["Where is my lamp?", "Can I also get a refund for the shipping?"]
    assert [item.where for item in report.asked] == ["quoted", "quoted"]
    _assert_spans_index(QUOTED_HTML, report)


def test_an_html_original_is_read_as_its_layout():
    original = "<p>Hi,</p><p>Can I get a refund for the <b>shipping</b>?</p>"
    report = replycheck.check("Hi Dana,\n\nThanks for writing in.\n\nBest,\nSam", original=original)
    assert report.asked
    for item in report.asked:
        assert item.text == original[item.start : item.end]
    for finding in report.findings:
        if finding.where == "original":
            assert finding.text == original[finding.start : finding.end]


def test_plain_text_drafts_keep_their_findings_as_they_were():
    draft = "Hi Dana,\r\n\r\nYOU NEED TO check your tracking link.\r\n\r\nSam"
    report = replycheck.check(draft)
    assert report.findings
    _assert_spans_index(draft, report)


@pytest.mark.parametrize("html", ["<![ ", "<html><body><![ x\n<p>Hi</p>"])
def test_broken_markup_is_one_input_error_line(html):
    report = replycheck.Checker().check_many([(html, None, "d.html")])
    (only,) = list(report)
    assert only.error is not None and "\n" not in only.error
    assert only.error.startswith("d.html: malformed HTML")


def test_broken_markup_in_a_string_is_one_input_error_line():
    with pytest.raises(InputError, match=r"^<string>: malformed HTML \(expected name token"):
        replycheck.check("<html><body><![ x\n<p>Hi</p>")


HTML_PIECES = st.one_of(
    st.text(alphabet="abc <>/&;#!-=\"'\n", max_size=12),
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<br>",
            "<blockquote>",
            "</blockquote>",
            "<b>",
            "</i>",
            "<script>",
            "</script>",
            "<style>",
            "<!--",
            "-->",
            "&amp;",
            "&nbsp;",
            "&#39;",
            "&#x27",
            "&bogus;",
            "<![if !supportLists]>",
            "<pre>",
            "<li>",
            "Where is my order?",
            "On Mon, Dana wrote:",
            "YOU NEED TO PAY",
            "<span>",
            "</b>",
            "<td>",
            "&rsquo;",
            "don",
            "t ",
        ]
    ),
)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(HTML_PIECES, max_size=16))
def test_nested_or_broken_markup_gives_a_same_length_text_or_one_input_error(parts):
    html = "<p>" + "".join(parts)
    try:
        text, moves = html_layout_moves(html, "<string>")
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("<string>: ")
    else:
        assert len(text) == len(html)
        for index, char in enumerate(text):
            # every shown character is the HTML's own, an entity's, a line
            # break or a quote marker, or stands on the HTML it shows
            # (an entity, a word piece moved left to close a gap)
            moved = any(start <= index < end for start, end, _, _ in moves)
            assert moved or char in (html[index], " ", "\n", ">") or html[index] == "&"
        for start, end, html_start, html_end in moves:
            # in order, never overlapping, and a moved piece is its HTML's text
            assert start < end <= html_end and start <= html_start
            if end - start == html_end - html_start:
                shown, source = text[start:end], html[html_start:html_end]
                assert re.sub(r"\s", " ", shown) == re.sub(r"\s", " ", source)
        assert all(a[1] <= b[0] for a, b in pairwise(moves))
        for offset in range(len(html) + 1):
            assert 0 <= html_offset(moves, offset) <= len(html)
            assert 0 <= html_offset(moves, offset, end=True) <= len(html)


# -- words split by an entity or an inline tag (issue 2) ----------------------


def _codes_and_texts(report: replycheck.Report) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in report.findings]


@pytest.mark.parametrize(
    ("plain", "html", "spelled"),
    [
        (
            "Hi Dana,\n\nDon't contact us again.\n\nSam",
            "<p>Hi Dana,</p>\n<p>Don&#39;t contact us again.</p>\n<p>Sam</p>",
            ("'", "&#39;"),
        ),
        (
            "Hi Dana,\n\nyou’re wrong about the fee.\n\nSam",
            "<p>Hi Dana,</p>\n<p>you&rsquo;re wrong about the fee.</p>\n<p>Sam</p>",
            ("’", "&rsquo;"),
        ),
        (
            "Hi Dana,\n\nYou can't expect us to refund that.\n\nSam",
            "<div>Hi Dana,</div><div><br></div><div>You can&#39;t expect us to "
            "refund that.</div><div><br></div><div>Sam</div>",
            ("'", "&#39;"),
        ),
    ],
)
def test_a_word_split_by_an_entity_or_a_tag_reads_as_in_plain_text(plain, html, spelled):
    expected = _codes_and_texts(replycheck.check(plain))
    assert expected, "the plain-text draft should have a finding"
    report = replycheck.check(html)
    assert _codes_and_texts(report) == [(code, text.replace(*spelled)) for code, text in expected]
    _assert_spans_index(html, report)


def test_an_inline_tag_before_punctuation_closes_up():
    html = "<p>We ship on <b>Friday</b>. Thanks</p>"
    text = read_text(html)
    assert len(text) == len(html)
    assert "Friday. Thanks" in text


@pytest.mark.parametrize(
    ("html", "apart"),
    [
        ("<p>We ship on <b>Friday</b> . Thanks</p>", "Friday     ."),  # the source's space
        ("<p>a&nbsp;b</p>", "a      b"),  # an entity between words
        ("<p>a</p><p>b</p>", "a     \n\nb"),  # a block boundary
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a         b"),  # cells
        ("<p>a<br>b</p>", "a   \nb"),
    ],
)
def test_gaps_with_a_space_or_a_boundary_in_the_source_stay_open(html, apart):
    text = read_text(html)
    assert len(text) == len(html)
    assert apart in text


def test_an_ask_with_a_split_word_in_an_html_original_is_the_html():
    original = "<p>Hi,</p><p>Why <b>can</b>&#39;t I get a refund?</p>"
    report = replycheck.check("Hi Dana,\n\nThanks for writing in.\n\nBest,\nSam", original=original)
    asked = [item.text for item in report.asked]
    assert "Why <b>can</b>&#39;t I get a refund?" in asked
    for item in report.asked:
        assert item.text == original[item.start : item.end]
