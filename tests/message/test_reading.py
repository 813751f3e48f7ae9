"""Reading input: decoding, size and binary checks, RFC 5322 bodies, HTML."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from replycheck.errors import InputError
from replycheck.message import read_bytes, read_text
from replycheck.message.reading import MAX_BYTES

FIXTURES = Path(__file__).parent / "fixtures"


def read_fixture(name: str) -> str:
    return read_bytes((FIXTURES / name).read_bytes(), name)


# --- plain files -------------------------------------------------------------


def test_utf8_text_comes_back_as_is():
    assert read_bytes("Hi Dana, café ☕\n".encode(), "d.txt") == "Hi Dana, café ☕\n"


def test_utf8_bom_is_stripped():
    assert read_bytes(b"\xef\xbb\xbfHi Dana", "d.txt") == "Hi Dana"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_decoded(encoding):
    data = "Hi Dana,\nthanks.".encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert read_bytes(data, "d.txt") == "Hi Dana,\nthanks."


def test_line_endings_are_normalised_to_newlines():
    assert read_bytes(b"a\r\nb\rc\n", "d.txt") == "a\nb\nc\n"


def test_invalid_utf8_names_the_byte_and_offset():
    data = b"Hello there" + b"\xff" + b" world"
    with pytest.raises(
        InputError, match=r"^draft\.txt: not valid UTF-8 \(byte 0xff at offset 11\)$"
    ):
        read_bytes(data, "draft.txt")


def test_offset_of_invalid_byte_counts_the_bom():
    with pytest.raises(InputError, match="offset 5"):
        read_bytes(b"\xef\xbb\xbfHi\xc3", "d.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"hello\x00world",
        bytes(range(1, 32)) * 20,
    ],
)
def test_binary_data_is_refused(data):
    with pytest.raises(InputError, match=r"^x\.bin: looks like binary data, not an email$"):
        read_bytes(data, "x.bin")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", b"\xef\xbb\xbf  \n"])
def test_empty_or_blank_input_is_refused(data):
    with pytest.raises(InputError, match=r"^-: empty input$"):
        read_bytes(data, "-")


def test_input_over_the_size_limit_is_refused_before_decoding():
    data = b"a" * (MAX_BYTES + 1)
    with pytest.raises(InputError, match=r"^big\.txt: 20\.0 MB is over the 20 MB limit$"):
        read_bytes(data, "big.txt")


def test_errors_are_one_line():
    for data in (b"", b"\x00", b"\xff\xfe\xff", b"x\xff"):
        with pytest.raises(InputError) as caught:
            read_bytes(data, "d.txt")
        assert "\n" not in str(caught.value)


# --- HTML --------------------------------------------------------------------


def shown(text: str) -> str:
    """The lines of a layout as a reader sees them: runs of blanks as one
    space, no blank lines at either end."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip("\n")


def test_html_file_is_rendered_as_text_of_the_same_length():
    html = b"<!DOCTYPE html><html><body><p>Hi <b>Dana</b>,</p><p>1. It shipped - today.</p>"
    text = read_bytes(html, "reply.txt")
    assert len(text) == len(html)
    assert shown(text) == "Hi Dana,\n\n1. It shipped - today."  # the comma closes up
    assert text[text.index("1. It") :].startswith(html[html.index(b"1. It") :].decode()[:22])


def test_html_is_recognised_by_name_as_well():
    assert shown(read_bytes(b"Hello <i>there</i>", "reply.html")) == "Hello there"


def test_html_keeps_link_text_and_drops_images_and_urls():
    html = '<p>Track it <a href="https://t.example/1">here</a>.<img src="x.png" alt="logo"></p>'
    text = read_bytes(html.encode(), "r.htm")
    assert shown(text) == "Track it here."  # the full stop closes up after </a>
    assert text.index("here") == html.index("here")


def test_html_blockquote_becomes_quote_lines():
    html = b"<div>Thanks!</div><blockquote>Where is my order?<blockquote>older</blockquote>"
    text = read_bytes(html, "r.html")
    assert "> Where is my order?" in text
    assert ">> older" in text
    assert text.index("Where") == html.index(b"Where")


def test_html_table_cells_stay_apart():
    html = "<table><tr><td>Tom Baker</td><td>Lead</td></tr><tr><td>Support</td></tr></table>"
    assert shown(read_text(html)) == "Tom Baker Lead\nSupport"


def test_html_layout_blanks_comments_styles_scripts_and_entities():
    html = (
        "<html><head><title>T</title><style>p {color: red}</style></head><body>"
        "<!-- note --><p>Fish &amp; chips&nbsp;&#8212;&#x2014; caf&eacute;</p>"
        "<script>var x = 1;</script><p>Bye</p></body></html>"
    )
    text = read_text(html)
    assert len(text) == len(html)
    # two entities with nothing between them read as one word
    assert shown(text) == "Fish & chips —— café\n\nBye"
    assert text.index("&") == html.index("&amp;")


def test_html_breaks_and_paragraphs_start_their_lines():
    html = "<div>Hi Sam,</div>\n<div>&nbsp;</div>\n<div>Best,<br>\nAsh<br><br>Support</div>"
    text = read_text(html)
    assert text.split("\n")[1].rstrip() == "Hi Sam,"
    assert shown(text) == "Hi Sam,\n\nBest,\nAsh\n\nSupport"


def test_html_without_text_is_empty_input():
    with pytest.raises(InputError, match="empty input"):
        read_bytes(b"<html><body><img src='x.png'></body></html>", "r.html")


# --- RFC 5322 ----------------------------------------------------------------


def test_eml_text_plain_body_is_decoded_from_its_charset():
    text = read_fixture("plain.eml")
    assert text.startswith("Hi,\n\nI ordered a lamp")
    assert "Renée" in text
    assert "Subject:" not in text


def test_eml_with_only_html_is_rendered_with_its_quote():
    text = read_fixture("html_only.eml")
    assert shown(text).startswith("Hi Dana,\n\nYour lamp shipped today & should arrive by Friday")
    assert "Track it" in text
    assert "> Where is my lamp?" in text
    assert "<" not in text.replace("<dana@example.com>", "")


def test_multipart_alternative_prefers_the_plain_part():
    text = read_fixture("alternative.eml")
    assert "Your refund of €40 was issued today — it takes 3–5 days." in text
    assert "HTML version" not in text


def test_headers_are_recognised_without_the_eml_name():
    data = (FIXTURES / "plain.eml").read_bytes()
    assert read_bytes(data, "-").startswith("Hi,")


def test_a_draft_that_merely_starts_with_a_colon_line_is_not_an_email():
    assert read_bytes(b"Note: call back\n\nHi Dana", "d.txt") == "Note: call back\n\nHi Dana"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("broken.eml", r"^broken\.eml: malformed email with no text body \(.*Defect.*\)$"),
        ("attachment_only.eml", r"^attachment_only\.eml: the email has no text body$"),
        ("bad_charset.eml", r"^bad_charset\.eml: cannot decode the email body"),
    ],
)
def test_broken_mime_is_an_input_error(name, message):
    with pytest.raises(InputError, match=message):
        read_fixture(name)


def test_garbage_named_eml_never_raises_anything_but_input_error():
    for data in (b"\x00\x01\x02", b"Content-Type: multipart/mixed\n\n--x\n", b"From: a\n\n"):
        with contextlib.suppress(InputError):
            read_bytes(data, "x.eml")


# --- strings -----------------------------------------------------------------


def test_read_text_leaves_plain_text_untouched():
    for text in ("Hi Dana,\r\nthanks\r\n", "a\rb", "\ufeffHi", "  Hi  "):
        assert read_text(text) is text


def test_read_text_refuses_empty_and_nul():
    with pytest.raises(InputError, match=r"^<string>: empty input$"):
        read_text("  \n")
    with pytest.raises(InputError, match="binary"):
        read_text("a\x00b", "draft")


def test_read_text_renders_html():
    assert shown(read_text("<html><p>Hi &amp; bye</p></html>")) == "Hi & bye"


def test_importing_the_package_does_not_load_email_or_html_parsers():
    code = (
        "import sys, replycheck.message; "
        "print(sorted(m for m in ('email.parser', 'html.parser', 'quotequail') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- properties --------------------------------------------------------------

BYTE_PIECES = st.one_of(
    st.binary(max_size=40),
    st.text(max_size=40).map(str.encode),
    st.sampled_from(
        [
            b"From: Dana <d@example.com>\r\n",
            b"Subject: order\n",
            b"MIME-Version: 1.0\n",
            b"Content-Type: multipart/alternative; boundary=X\n",
            b"Content-Type: text/html; charset=utf-8\n",
            b"Content-Transfer-Encoding: base64\n",
            b"--X\n",
            b"\n",
            b"<html><p>Hi",
            b"<blockquote>",
            b"<![if !supportLists]>",
            b"<!doctype html>",
            b"\xef\xbb\xbf",
            b"\xff\xfe",
        ]
    ),
)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(BYTE_PIECES, max_size=12), name=st.sampled_from(["d.txt", "d.eml", "d.html"]))
@example(parts=[b"<![ "], name="d.html")  # the stdlib HTML parser asserts on it
def test_any_bytes_give_text_or_an_input_error(parts, name):
    try:
        text = read_bytes(b"".join(parts), name)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(f"{name}: ")
    else:
        assert text.strip() and "\x00" not in text and "\r" not in text


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_read_text_returns_plain_strings_unchanged(text):
    try:
        result = read_text(text)
    except InputError:
        assert not text.strip() or "\x00" in text
    else:
        assert result == text or "<" in text


@pytest.mark.parametrize("html", ["<![ ", "<html><body><![ x\n<p>Hi</p>"])
def test_a_broken_markup_declaration_is_an_input_error(html):
    with pytest.raises(InputError, match=r"^d\.html: malformed HTML \(expected name token"):
        read_bytes(html.encode(), "d.html")


def test_a_broken_markup_declaration_in_a_string_is_an_input_error():
    with pytest.raises(InputError, match=r"^<string>: malformed HTML"):
        read_text("<html><body><![ x\n<p>Hi</p>")
