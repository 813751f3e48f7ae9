"""Turning what the caller gives (file bytes or a string) into the body text.

Bytes are decoded (UTF-8, or UTF-16/32 with a byte-order mark), line endings
are normalised to ``\\n``, RFC 5322 messages are reduced to their text body,
and HTML is rendered to plain text. Offsets reported for a file therefore
index the text *after* this normalisation. A string passed to the library is
left exactly as given unless it is HTML, so offsets index the caller's string.

Everything the user can get wrong raises ``InputError`` with a one-line
message that names the input.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from replycheck.errors import InputError

if TYPE_CHECKING:
    from email.message import EmailMessage

#: The largest input read, in bytes (and in characters for strings).
MAX_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts the same
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_NEWLINES = re.compile(r"\r\n?")
# C0 controls other than tab, line feed, vertical tab, form feed, carriage
# return and escape: plenty of them means the bytes are not text.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_SNIFF = 8192

# An RFC 5322 header field name is printable ASCII without the colon.
_HEADER_FIELD = re.compile(rb"([!-9;-~]{1,76}):")
_MAIL_HEADERS = frozenset(
    b"from to cc subject date mime-version received message-id return-path "
    b"delivered-to content-type content-transfer-encoding reply-to sender "
    b"in-reply-to references x-mailer".split()
)
# Any one of these makes a header block an email on its own.
_STRONG_HEADERS = frozenset(
    b"mime-version received message-id return-path delivered-to content-type".split()
)
_HEADER_SNIFF_LINES = 200

_HTML_NAMES = (".html", ".htm")
_HTML_START = re.compile(
    r"\A\s{0,1000}<(?:!doctype\s+html|html|head|body|div|p|table|span|blockquote|br|"
    r"meta|style|font|center|ul|ol|h[1-6]|!--)(?=[\s>/])",
    re.IGNORECASE,
)
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def read_bytes(data: bytes, name: str) -> str:
    """The email body text in a file's bytes.

    Offsets into the result index the text after line-ending normalisation
    (``\\r\\n`` and ``\\r`` become ``\\n``), after the body was taken out of an
    RFC 5322 message and after HTML was rendered as text.
    """
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name}: {len(data) / _MB:.1f} MB is over the {MAX_BYTES // _MB} MB limit"
        )
    if not data.strip():
        raise InputError(f"{name}: empty input")
    if name.lower().endswith(".eml") or _starts_with_headers(data):
        text = _email_body(data, name)
    else:
        text = _decode(data, name)
        if _looks_like_html(text, name):
            text = html_to_text(text, name)
    text = _NEWLINES.sub("\n", text)
    _check_text(text, name)
    return text


def read_text(text: str, name: str = "<string>") -> str:
    """Check a string passed to the library and return the text to lint.

    Plain text comes back unchanged, line endings included, so offsets index
    the caller's string exactly. HTML (by ``name`` or by its first tag) is
    rendered as plain text; offsets then index the rendered text.
    """
    if len(text) > MAX_BYTES:
        raise InputError(
            f"{name}: {len(text) / _MB:.1f} M characters is over the {MAX_BYTES // _MB} M limit"
        )
    _check_text(text, name)
    if _looks_like_html(text, name):
        text = html_to_text(text, name)
        _check_text(text, name)
    return text


def html_to_text(html: str, name: str = "<html>") -> str:
    """Readable plain text of an HTML body: no wrapping, no images, link text
    without its address, blockquotes as ``> `` lines (so quoted customer text
    stays detectable), no Markdown escapes.

    Raises:
        InputError: the markup is too broken for the standard library's HTML
            parser (it signals a malformed ``<![`` or ``<!`` declaration with
            ``AssertionError``); the message names *name*.
    """
    converter = _html_converter_class()()
    converter.body_width = 0
    converter.ignore_images = True
    converter.ignore_links = True
    converter.ignore_emphasis = True
    converter.ignore_tables = True
    converter.unicode_snob = True
    converter.single_line_break = False
    try:
        text = converter.handle(html)
    except AssertionError as exc:
        raise InputError(f"{name}: malformed HTML ({' '.join(str(exc).split())})") from None
    text = _TRAILING_SPACE.sub("", _NEWLINES.sub("\n", text))
    return _MANY_BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"


@lru_cache(maxsize=1)
def _html_converter_class() -> Any:
    import html2text

    class PlainText(html2text.HTML2Text):
        """html2text without its Markdown escapes (``1\\.``, ``\\-``): the
        linter reads the words, not Markdown."""

        def handle_data(self, data: str, entity_char: bool = False) -> None:
            super().handle_data(data, entity_char=True)

        def handle_tag(self, tag: str, attrs: dict[str, str | None], start: bool) -> None:
            super().handle_tag(tag, attrs, start)
            if not start and tag in ("td", "th"):
                self.o(" ")  # table cells (layout tables, signatures) stay apart

    return PlainText


def _looks_like_html(text: str, name: str) -> bool:
    return name.lower().endswith(_HTML_NAMES) or _HTML_START.match(text) is not None


def _check_text(text: str, name: str) -> None:
    if not text.strip():
        raise InputError(f"{name}: empty input")
    if "\x00" in text:
        raise InputError(f"{name}: looks like binary data, not an email")


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                at = len(bom) + exc.start
                raise InputError(
                    f"{name}: not valid {encoding.upper()} (byte 0x{data[at]:02x} at offset {at})"
                ) from None
    if _looks_binary(data):
        raise InputError(f"{name}: looks like binary data, not an email")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    head = data[:_SNIFF]
    controls = len(_CONTROL_BYTES.findall(head))
    return controls * 10 > len(head)


def _starts_with_headers(data: bytes) -> bool:
    """Whether ``data`` opens with an RFC 5322 header block and a blank line."""
    names: list[bytes] = []
    start = 0
    for index in range(_HEADER_SNIFF_LINES):
        end = data.find(b"\n", start)
        if end < 0:
            return False
        line = data[start:end].rstrip(b"\r")
        start = end + 1
        if not line:
            break
        if line[:1] in (b" ", b"\t") and names:
            continue  # a folded header line
        if index == 0 and line.startswith(b"From "):
            continue  # an mbox envelope line
        match = _HEADER_FIELD.match(line)
        if match is None:
            return False
        names.append(match.group(1).lower())
    else:
        return False
    known = [field for field in names if field in _MAIL_HEADERS]
    return bool(known) and (len(names) >= 2 or known[0] in _STRONG_HEADERS)


def _email_body(data: bytes, name: str) -> str:
    """The text body of an RFC 5322 message: text/plain, else text/html as text."""
    import email
    import email.policy

    try:
        message: EmailMessage = email.message_from_bytes(data, policy=email.policy.default)
        part = message.get_body(preferencelist=("plain", "html"))
        if part is None:
            defects = ", ".join(sorted({type(d).__name__ for d in message.defects}))
            raise InputError(
                f"{name}: malformed email with no text body ({defects})"
                if defects
                else f"{name}: the email has no text body"
            )
        content = part.get_content()
        subtype = part.get_content_subtype()
    except InputError:
        raise
    except LookupError as exc:  # an unknown charset name
        raise InputError(f"{name}: cannot decode the email body ({exc})") from None
    except Exception as exc:  # malformed MIME fails in many ways; never a traceback
        raise InputError(f"{name}: malformed email ({type(exc).__name__}: {exc})") from None
    if not isinstance(content, str):
        raise InputError(f"{name}: the email has no text body")
    if subtype == "html":
        content = html_to_text(content, name)
    if not content.strip():
        raise InputError(f"{name}: the email has no text body")
    return content
