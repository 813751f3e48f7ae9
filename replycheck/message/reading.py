"""Turning what the caller gives (file bytes or a string) into the body text.

Bytes are decoded (UTF-8, or UTF-16/32 with a byte-order mark), line endings
are normalised to ``\\n`` and RFC 5322 messages are reduced to their text
body; offsets reported for a file index the text *after* this normalisation
(for a ``.eml``, the decoded body). A string passed to the library is left
exactly as given, so offsets index the caller's string.

HTML (a draft or original whose name ends ``.html``/``.htm`` or that starts
with a tag such as ``<p>`` or ``<div>``, and the text/html body of an email)
is read with the standard library's ``html.parser`` (``html_layout_moves``)
into a text exactly as long as the HTML, with the text it shows where it stands and
markup blanked, so offsets into it are offsets into the HTML the caller gave
and no stage between reading and reporting needs an offset map. The one
exception is a word an entity or an inline tag splits (``don&#39;t``,
``<b>Friday</b>.``): its rest is moved left so it reads whole, and the
checker maps a finding's span back through ``html_layout_moves``. An
HTML-to-Markdown renderer such as ``html2text`` is not used: it keeps no
offsets, and every place that reads HTML needs them. The checker reports the
``text``, ``line`` and ``column`` of a finding in an HTML draft from the HTML
itself (``read_bytes_layout`` hands it the HTML of a file).

Plain text is read as it is given; the checker then closes every gap of two
or more spaces or tabs inside a line to one space with
``plain_layout_moves`` (the same kind of same-length layout and moves), so a
double-spaced phrase reads as the phrase; a no-break or other Unicode space
reads as a space and a zero-width character as nothing. It lays out an HTML
layout's text the same way (the HTML's own double spaces, ``&nbsp;`` next to
a space, the blanks an inline tag leaves between two words), and maps a
finding back through each layout's moves in turn (``layout_offset``).

Everything the user can get wrong raises ``InputError`` with a one-line
message that names the input.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from replycheck import regexcache
from replycheck.errors import InputError

if TYPE_CHECKING:
    from email.message import EmailMessage

#: The largest input read, in bytes (and in characters for strings).
MAX_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024
_LAST = 1 << 62  # sorts after every offset in a ``Move``

#: A stretch of an HTML layout and the HTML it shows: ``(layout start,
#: layout end, HTML start, HTML end)`` (see ``html_layout_moves``).
Move = tuple[int, int, int, int]
#: The moves of each layout a text was read through, the first laid out of
#: the text the caller gave (see ``layout_offset``).
Stages = tuple[tuple[Move, ...], ...]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts the same
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_NEWLINES = regexcache.compile(r"\r\n?")
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
_HTML_START = regexcache.compile(
    r"\A\s{0,1000}<(?:!doctype\s+html|html|head|body|div|p|table|span|blockquote|br|"
    r"meta|style|font|center|ul|ol|h[1-6]|!--)(?=[\s>/])",
    re.IGNORECASE,
)


def read_bytes(data: bytes, name: str) -> str:
    """The email body text in a file's bytes.

    Offsets into the result index the body after line-ending normalisation
    (``\\r\\n`` and ``\\r`` become ``\\n``) and after it was taken out of an
    RFC 5322 message. An HTML body comes back as ``html_layout_moves`` shows it, as
    long as the decoded HTML, so offsets index the HTML as well.
    """
    return read_bytes_layout(data, name)[0]


def read_bytes_layout(data: bytes, name: str) -> tuple[str, str, tuple[Move, ...]]:
    """``read_bytes``, the body it was read from (the decoded, normalised
    body: the HTML itself for an HTML body, else the same text) and, for an
    HTML body, the ``moves`` of its layout (``html_layout_moves``; none for
    plain text)."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name}: {len(data) / _MB:.1f} MB is over the {MAX_BYTES // _MB} MB limit"
        )
    if not data.strip():
        raise InputError(f"{name}: empty input")
    if name.lower().endswith(".eml") or _starts_with_headers(data):
        source, html = _email_body(data, name)
        source = _NEWLINES.sub("\n", source)
    else:
        source = _NEWLINES.sub("\n", _decode(data, name))
        html = _looks_like_html(source, name)
    _check_text(source, name)
    if not html:
        return source, source, ()
    text, moves = html_layout_moves(source, name)
    _check_text(text, name)
    return text, source, moves


def read_text(text: str, name: str = "<string>") -> str:
    """Check a string passed to the library and return the text to lint.

    Plain text comes back unchanged, line endings included, so offsets index
    the caller's string exactly. HTML (by ``name`` or by its first tag) comes
    back as ``html_layout_moves`` shows it: as long as the caller's string, with
    the shown text where it stands, so offsets index the caller's HTML too.
    """
    return read_text_layout(text, name)[0]


def read_text_layout(text: str, name: str = "<string>") -> tuple[str, tuple[Move, ...]]:
    """``read_text`` and, for HTML, the ``moves`` of its layout
    (``html_layout_moves``; none for plain text)."""
    if len(text) > MAX_BYTES:
        raise InputError(
            f"{name}: {len(text) / _MB:.1f} M characters is over the {MAX_BYTES // _MB} M limit"
        )
    _check_text(text, name)
    if not _looks_like_html(text, name):
        return text, ()
    layout, moves = html_layout_moves(text, name)
    _check_text(layout, name)
    return layout, moves


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


def _email_body(data: bytes, name: str) -> tuple[str, bool]:
    """The text body of an RFC 5322 message (text/plain, else text/html) and
    whether it is HTML."""
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
    if not content.strip():
        raise InputError(f"{name}: the email has no text body")
    return content, subtype == "html"


# --- HTML as a same-length text ---------------------------------------------

#: Tags that start and end a paragraph (a blank line before and after).
_PARAGRAPH_TAGS = frozenset(
    {"p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table"}
    | {"hr", "pre", "address", "center", "section", "article", "header", "footer", "form"}
)
#: Tags that start a new line.
_LINE_TAGS = frozenset({"br", "li", "tr", "dt", "dd"})
#: Tags whose content is never shown.
_HIDDEN_TAGS = frozenset({"head", "title", "style", "script", "template"})
#: Tags without an end tag (their content is never hidden behind them).
_VOID_TAGS = frozenset(
    {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "param"}
    | {"source", "track", "wbr"}
)
#: Tags a browser shows inside a word without a break: text on both sides of
#: them (with no space between) reads as one word.
_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i"}
    | {"ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub"}
    | {"sup", "tt", "u", "var", "wbr", "o:p"}
)
_HTML_SPACE = regexcache.compile(r"[\t\n\r\f\v]")
_NBSP = "\xa0"


@lru_cache(maxsize=1)
def _layout_class() -> Any:
    """The parser class of ``html_layout_moves``, made on the first HTML read:
    importing ``replycheck`` does not load ``html.parser``."""
    from html import unescape as html_unescape
    from html.parser import HTMLParser

    class _Layout(HTMLParser):
        """Writes the shown characters of an HTML text where they stand (see
        ``html_layout_moves``); everything else stays a space."""

        def __init__(self, html: str) -> None:
            super().__init__(convert_charrefs=False)
            self.html = html
            self.out = [" "] * len(html)
            self.line_starts = [0, *(m.end() for m in re.finditer("\n", html))]
            self.hidden = 0  # inside <head>, <style>, <script>
            self.pre = 0  # inside <pre>: line breaks are kept
            self.depth = 0  # blockquote nesting
            self.breaks = 0  # line breaks asked for since the last shown character
            self.shown_end = -1  # where the last shown character ends (-1: none yet)
            # where the last shown character ends in the layout: before
            # ``shown_end`` when the word it ends was moved left to close a gap
            self.layout_end = -1
            self.spaced = False  # shown or markup space since the last shown character
            # (layout start, layout end, HTML start, HTML end) of every moved
            # stretch and every entity, in order (see ``html_layout_moves``)
            self.moves: list[tuple[int, int, int, int]] = []

        def _at(self) -> int:
            line, column = self.getpos()
            return self.line_starts[line - 1] + column

        # -- markup ----------------------------------------------------------------

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self._tag(tag, start=True)
            if tag in _VOID_TAGS:
                return
            if tag == "blockquote":
                self.depth += 1
            elif tag == "pre":
                self.pre += 1
            elif tag in _HIDDEN_TAGS:
                self.hidden += 1

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self._tag(tag, start=True)

        def handle_endtag(self, tag: str) -> None:
            if tag == "blockquote" and self.depth:
                self.depth -= 1
            elif tag == "pre" and self.pre:
                self.pre -= 1
            elif tag in _HIDDEN_TAGS and self.hidden:
                self.hidden -= 1
            self._tag(tag, start=False)

        def _tag(self, tag: str, *, start: bool) -> None:
            if tag not in _INLINE_TAGS:  # a cell, an image, a field: not inside a word
                self.spaced = True
            if tag in _PARAGRAPH_TAGS:
                self.breaks = 2
            elif tag == "br":  # "<br><br>" is a blank line
                self.breaks = min(self.breaks + 1, 2) if start else self.breaks
            elif tag in _LINE_TAGS:
                self.breaks = max(self.breaks, 1)

        # -- text ------------------------------------------------------------------

        def handle_data(self, data: str) -> None:
            if self.hidden or not data:
                return
            at = self._at()
            if not self.pre:
                data = _HTML_SPACE.sub(" ", data)
            self._write(at, data)

        def handle_entityref(self, name: str) -> None:
            self._entity(f"&{name};")

        def handle_charref(self, name: str) -> None:
            self._entity(f"&#{name};")

        def _entity(self, reference: str) -> None:
            if self.hidden:
                return
            at = self._at()
            char = html_unescape(reference)
            if char == reference:  # not a known entity: shown as written
                char = reference if self.html.startswith(reference, at) else reference[:-1]
            if char == _NBSP:
                char = " "
            char = char[:1] if len(char) == 1 or not char.strip() else char[: len(reference)]
            if self._write(at, char) and len(reference) > len(char):
                # a finding that ends at the entity's character ends after the reference
                written = self.layout_end - len(char)
                if not self.moves or self.moves[-1][0] != written:
                    self.moves.append((written, self.layout_end, at, at + len(reference)))
                else:  # moved as a word piece: the move covers the whole reference
                    self.moves[-1] = (written, self.layout_end, at, at + len(reference))

        def _write(self, at: int, text: str) -> bool:
            """Show ``text`` from ``at``; whether anything was shown."""
            stripped = text.lstrip(" ") if not self.pre else text
            if not stripped:
                self.spaced = True
                return False
            if len(stripped) < len(text) or stripped[0].isspace():
                self.spaced = True
            at += len(text) - len(stripped)
            text = stripped
            if self.breaks or self.shown_end < 0 or (self.depth and self.shown_end < 0):
                self._fill_gap(at)
            elif not self.spaced and self.layout_end < at and not text[0].isspace():
                # the rest of a word split by an entity or an inline tag, and
                # the rest of its run of text, moved left to close the gap:
                # the blanks go after it, where markup follows anyway
                start = self.layout_end
                self.out[start : start + len(text)] = text
                self.moves.append((start, start + len(text), at, at + len(text)))
                self.breaks = 0
                self.shown_end = at + len(text)
                self.layout_end = start + len(text)
                self.spaced = text[-1].isspace()
                return True
            self.breaks = 0
            self.out[at : at + len(text)] = text
            self.shown_end = self.layout_end = at + len(text)
            self.spaced = text[-1].isspace()
            return True

        def _fill_gap(self, at: int) -> None:
            """Line breaks (and ``>`` quote markers) in the blanked run before ``at``."""
            start = max(self.shown_end, 0)
            room = at - start
            # the first shown line starts at its first character too
            breaks = self.breaks if self.shown_end >= 0 else min(room, 1)
            marker = ">" * self.depth
            if marker:
                # a blank line inside a quote is a bare marker line, as mail clients write it
                lines = "\n" + marker if breaks > 1 else ""
                full = lines + ("\n" if breaks else "") + marker + " "
                candidates = [full, "\n" * breaks + marker + " ", "\n" * breaks + marker]
                candidates += ["\n" + marker + " ", "\n" + marker, "\n"] if breaks else [marker]
            else:
                candidates = ["\n" * breaks, "\n"]
            for fill in candidates:
                if len(fill) <= room:
                    self.out[at - len(fill) : at] = fill
                    return

    return _Layout


def html_layout_moves(html: str, name: str = "<html>") -> tuple[str, tuple[Move, ...]]:
    """The text an HTML body shows, as long as ``html`` and in the same places,
    and the stretches of it that do not stand on the HTML they show, in
    order: every entity's character (the reference is longer) and every word
    piece moved left to close a gap.

    Markup, comments, declarations and the bodies of ``<head>``, ``<style>``
    and ``<script>`` are spaces; an entity is its character followed by
    spaces; text keeps its characters where they are, its own line breaks
    read as spaces (as a browser reads them) except inside ``<pre>``.
    Block-level tags leave their line breaks in the blanked run just before
    the next shown text (one for ``<br>``, ``<li>``, ``<tr>``; a blank line
    for ``<p>``, ``<div>``, headings, ``<blockquote>``, ...), so every shown
    line starts at its first character. Text inside ``<blockquote>`` gets a
    ``> `` marker per level in that run as well, so quoted customer text is
    found as it is in plain text.

    An entity or an inline tag (``<b>``, ``<span>``, ``<a>``, ...) inside a
    word would leave spaces in it (``don&#39;t``, ``<b>Friday</b>.``), so
    the rest of the word after such a gap, up to its next whitespace, is
    moved left against what came before and the blanks go after it: the
    word reads whole and the layout keeps the HTML's length. A gap the
    source had whitespace or a block boundary in is left as it is. Map a
    layout offset to the HTML with ``html_offset``.

    Raises:
        InputError: the markup is too broken for the standard library's HTML
            parser (it signals a malformed ``<![`` or ``<!`` declaration with
            ``AssertionError``); the message names *name*.
    """
    layout = _layout_class()(html)
    try:
        layout.feed(html)
        layout.close()
    except AssertionError as exc:
        raise InputError(f"{name}: malformed HTML ({' '.join(str(exc).split())})") from None
    return "".join(layout.out), tuple(layout.moves)


def html_offset(moves: tuple[Move, ...], offset: int, *, end: bool = False) -> int:
    """The HTML offset of a layout ``offset`` (a span's ``end`` when *end*),
    given the ``moves`` of ``html_layout_moves``: a span that covers a moved
    word or an entity's character covers its HTML whole."""
    if not moves:
        return offset
    index = bisect_right(moves, (offset, _LAST)) - 1
    if end:
        if index >= 0 and moves[index][0] == offset:
            index -= 1  # an end at a stretch's start ends what came before it
        if index < 0:
            return offset
        start, stop, html_start, html_stop = moves[index]
        if offset > stop:
            return offset
        return html_stop if offset == stop else min(html_start + offset - start, html_stop)
    if index < 0:
        return offset
    start, stop, html_start, html_stop = moves[index]
    if offset >= stop:
        return offset
    return min(html_start + offset - start, html_stop)


# --- plain text with wide gaps as a same-length text --------------------------

# Spaces other than the plain one that a mail client or a word processor puts
# in text: no-break, the typographic widths (en quad to hair space), narrow
# no-break, medium mathematical, ideographic and Ogham space mark. Each reads
# as one plain space where it stands.
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
_ODD_SPACES += "\u2009\u200a\u202f\u205f\u3000"
# Characters that show nothing inside a word: soft hyphen, Mongolian vowel
# separator, zero-width space, non-joiner and joiner, word joiner and the
# zero-width no-break space (a byte-order mark inside text). Each reads as
# nothing: "e\u200bmail" is "email".
_ZERO_WIDTH = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
_ODD = regexcache.compile(f"[{_ODD_SPACES}{_ZERO_WIDTH}]")
_SHOWN = rf"[^\s{_ZERO_WIDTH}]"
# A gap inside a line, between two shown characters (``\s`` holds every line
# break, so both sides are on one line and leading indentation is never a
# gap): two or more spaces, tabs or zero-width characters, or one tab, or one
# zero-width character.
_WIDE_GAP = regexcache.compile(
    rf"(?<={_SHOWN})(?:[ \t{_ZERO_WIDTH}]{{2,}}|[\t{_ZERO_WIDTH}])(?={_SHOWN})"
)
# A line's indentation with a zero-width character in it, before its first
# shown character.
_HIDDEN_INDENT = regexcache.compile(rf"(?m)^[ \t]*[{_ZERO_WIDTH}][ \t{_ZERO_WIDTH}]*(?={_SHOWN})")
_NOT_ZERO_WIDTH = str.maketrans(dict.fromkeys(_ZERO_WIDTH))


def plain_layout_moves(text: str) -> tuple[str, tuple[Move, ...]]:
    """Plain ``text`` with every gap inside a line closed to one space, as
    long as ``text``, and the stretches moved to close them (as
    ``html_layout_moves`` gives them; map offsets with ``html_offset``).

    spaCy makes a whitespace token of every run of more than one space, so
    "You  can't expect us to" or "Per my last  email" typed with a double
    space would not read as the phrase a rule knows. Every no-break, thin,
    narrow or other Unicode space first reads as a plain space where it
    stands ("Per my last\u00a0email"). A gap is then a run of two or more
    spaces, tabs or zero-width characters (a zero-width space, a soft hyphen,
    a joiner), or one tab or one zero-width character, between two shown
    characters on one line: it reads as one space, or as nothing when it is
    only zero-width characters ("e\u200bmail" is "email"); the rest of the
    line is moved left against it and the blanks go at the line's end,
    before its ``\n``. A lone tab becomes a space where it stands, and a
    zero-width character in a line's indentation goes (the indentation
    stays), one at a line's end is a blank. Leading indentation, trailing
    blanks and line breaks stay exactly where they are, so greetings,
    sign-offs, ``>`` quote markers and "On ... wrote:" lines read as before.
    Text with no gap (no double space, no tab, no other space) is returned as
    the same object with no moves, at the cost of three scans.
    """
    odd = _ODD.search(text) is not None
    if not odd and "  " not in text and "\t" not in text:
        return text, ()
    given = text
    if odd:
        text = _as_spaces(text, _ODD_SPACES)
    # (start, stop, what it reads as) of every gap, in order
    edits = [
        (gap.start(), gap.end(), _gap_reading(gap.group())) for gap in _WIDE_GAP.finditer(text)
    ]
    if odd:
        indents = [
            (indent.start(), indent.end(), indent.group().translate(_NOT_ZERO_WIDTH))
            for indent in _HIDDEN_INDENT.finditer(text)
        ]
        if indents:
            edits = sorted(edits + indents)
    if not edits:
        return (_as_spaces(text, _ZERO_WIDTH), ()) if odd else (given, ())
    out: list[str] = []
    moves: list[Move] = []
    done = 0  # the text before this is in ``out``
    index = 0
    while index < len(edits):
        found = text.find("\n", edits[index][1])
        line_end = len(text) if found < 0 else found
        first = index
        while index < len(edits) and edits[index][0] < line_end:
            index += 1
        shift = 0  # how far the text after the last gap moved left
        for at in range(first, index):
            start, stop, reading = edits[at]
            out.append(text[done:start])
            out.append(reading)  # stands where the gap's last characters stood
            piece_end = edits[at + 1][0] if at + 1 < index else line_end
            shift += stop - start - len(reading)
            if shift:
                kept = stop - len(reading)
                moves.append((kept - shift, piece_end - shift, kept, piece_end))
            done = stop
        out.append(text[done:line_end])
        if shift:  # the blanks at the line's end stand for its end
            out.append(" " * shift)
            moves.append((line_end - shift, line_end, line_end, line_end))
        done = line_end
    out.append(text[done:])
    layout = "".join(out)
    return (_as_spaces(layout, _ZERO_WIDTH) if odd else layout), tuple(moves)


def _as_spaces(text: str, characters: str) -> str:
    """``text`` with each of ``characters`` made a plain space. A
    ``str.replace`` per character the text holds (a C scan each, a no-op
    without it): ``str.translate`` looks every character of a text with one
    non-ASCII character up in its table, and one no-break space anywhere in
    the 1 MB scaling draft made two such passes a seventh of its check."""
    for character in characters:
        if character in text:
            text = text.replace(character, " ")
    return text


def _gap_reading(gap: str) -> str:
    """What a gap between two shown characters reads as: one space, or
    nothing when it is only zero-width characters."""
    return "" if not gap.strip(_ZERO_WIDTH) else " "


def layout_offset(stages: Stages, offset: int, *, end: bool = False) -> int:
    """The offset in the text the caller gave of an ``offset`` in a text laid
    out in ``stages`` (the moves of each layout, the first laid out of the
    given text: an HTML layout and then its gaps closed), mapped back through
    each stage with ``html_offset``."""
    for moves in reversed(stages):
        offset = html_offset(moves, offset, end=end)
    return offset
