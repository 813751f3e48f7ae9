"""Findings in an HTML draft point into the HTML as the caller gave it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import replycheck
from replycheck.errors import InputError
from replycheck.message import read_text

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
        ]
    ),
)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(HTML_PIECES, max_size=16))
def test_nested_or_broken_markup_gives_a_same_length_text_or_one_input_error(parts):
    html = "<p>" + "".join(parts)
    try:
        text = read_text(html)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("<string>: ")
    else:
        assert len(text) == len(html)
        for index, char in enumerate(text):
            # every shown character is the HTML's own, an entity's, a line
            # break or a quote marker
            assert char in (html[index], " ", "\n", ">") or html[index] == "&"
