"""What a mail client or a company's server adds below a customer's words.

A customer's message often ends with lines they never wrote to us: a mail
client's tagline ("Sent from my iPhone", "Get Outlook for Android") and a
legal footer ("This email is confidential ... If you are not the intended
recipient, please notify the sender and delete it", "Please consider the
environment before printing this email") or a social tagline ("Why not
follow us on Instagram?"). Read as the customer's words,
their requests ("please notify the sender", "Get Outlook ...") and
questions ("Do you need to print this email?") become asks no reply should
answer.

``blank_footers`` blanks those lines in a view (a string as long as the
text, see ``replycheck.message``), keeping line breaks, so offsets still
index the text. A legal footer is a paragraph (from the first line that
speaks of it) naming both an *addressee* ("intended recipient", "intended
solely for") and *confidentiality* ("confidential", "privileged",
"prohibited", "disclosure") and never the customer's "I" or "my", so a
customer who writes "I received this email in error and it holds someone
else's confidential details" still asks; an environment footer is one line.
Every pattern runs on one line at a time, so the cost is linear.
"""

from __future__ import annotations

import re

from replycheck import regexcache

#: Longer lines are never a tagline or a footer line worth a look.
_MAX_TAGLINE = 60
_MAX_FOOTER_LINE = 1000

#: "Sent from my …" or "Sent with" a name (a device or an app), never a sentence:
#: "Sent with the wrong size" and "Sent via courier." are the customer's words.
_TAGLINE = regexcache.compile(
    r"[ \t]*(?:sent[ \t]+(?:from|via|with|using)[ \t]+(?:my[ \t]+|(?=(?-i:[A-Z])))"
    r"|get[ \t]+outlook[ \t]+for[ \t]+)"
    r"[^\s?!.][^?!]{0,40}?(?<!\.)[ \t]*\Z",
    re.IGNORECASE,
)
_ADDRESSEE = regexcache.compile(
    r"\bintended[ \t]+(?:only[ \t]+|solely[ \t]+)?"
    r"(?:recipient|addressee|for[ \t]+the[ \t]+(?:use|addressee))"
    r"|\bintended[ \t]+(?:solely|only)[ \t]+for\b"
    r"|\breceived[ \t]+(?:this|it)[ \t]+(?:e-?mail[ \t]+|message[ \t]+)?in[ \t]+error\b",
    re.IGNORECASE,
)
#: ... or what the footer tells a wrong addressee to do with the message
#: ("please notify us and delete this email", "do not copy or distribute it").
_CONFIDENTIAL = regexcache.compile(
    r"\b(?:confidential(?:ity)?|privileged|prohibited|disclosure|unauthori[sz]ed"
    r"|delete[ \t]+(?:this|it|the[ \t]+(?:e-?mail|message))|distribut(?:e|ed|ion))\b",
    re.IGNORECASE,
)
#: A company's social tagline under a signature ("Why not follow us on
#: Instagram?", "Like us on Facebook"): one short line, asking nothing of us.
_SOCIAL = regexcache.compile(
    r"[ \t]*(?:why[ \t]+not[ \t]+|please[ \t]+)?(?:follow|like|find|join)[ \t]+us[ \t]+on[ \t]+"
    r"[^?!.]{1,40}[?!.]?[^?!.]{0,30}\Z",
    re.IGNORECASE,
)
_ENVIRONMENT = regexcache.compile(
    r"\b(?:consider[ \t]+the[ \t]+environment|before[ \t]+printing|(?:need|have)[ \t]+to[ \t]+print"
    r"[ \t]+this[ \t]+e-?mail|think[ \t]+before[ \t]+you[ \t]+print)\b",
    re.IGNORECASE,
)
#: A footer speaks of "you", "the sender" and "us", never as the customer ("I", "my").
_FIRST_PERSON = regexcache.compile(r"\b(?:I|I'm|I've|I'd|my|me)\b")
_LINE = regexcache.compile(r"[^\r\n]+|(?<=\n)(?=\r?\n)|(?<=\r)(?=\r)")
#: A customer's sign-off line ("Cheers,", "Many thanks,", "Kind regards").
_SIGNOFF = regexcache.compile(
    r"[ \t]*(?:(?:many|best|kind|kindest|warm|warmest|with)[ \t]+)?"
    r"(?:thanks|thank[ \t]+you(?:[ \t]+(?:very|so)[ \t]+much)?|regards|wishes|cheers|best"
    r"|sincerely|yours[ \t]+(?:sincerely|faithfully|truly)|respectfully|all[ \t]+the[ \t]+best)"
    r"[ \t]*[,.!]?[ \t]*\Z",
    re.IGNORECASE,
)
#: The name under it: one to four capitalised words.
_NAME = regexcache.compile(r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*\Z")
#: Contact details in a signature: an e-mail address, a web address, a phone
#: number (seven digits or more, spaced or not).
_CONTACT = regexcache.compile(
    r"\S@\w[\w-]*\.\w|\bwww\.|https?://|(?<![\w/])\+?\d(?:[ \t-]?\d){6,}(?![\w/])"
)
#: A paragraph the customer adds below their name on purpose.
_POSTSCRIPT = regexcache.compile(r"[ \t]*p\.?[ \t]?p?\.?[ \t]?s\b", re.IGNORECASE)


def blank_footers(view: str) -> str:
    """``view`` with client taglines and legal footers blanked (see the module)."""
    if not _may_have_footer(view):
        return view
    blank: list[tuple[int, int]] = []
    paragraph: list[tuple[int, int]] = []

    def close() -> None:
        blank.extend(_legal_footer(view, paragraph))
        paragraph.clear()

    signature = _Signature(view)
    for match in _LINE.finditer(view):
        start, end = match.span()
        content = match.group().strip()
        signature.line(start, end, content)
        if not content:
            close()  # a blank line (or the empty match at a line break) ends a paragraph
            continue
        if len(content) <= _MAX_TAGLINE and (_TAGLINE.match(content) or _SOCIAL.match(content)):
            blank.append((start, end))
            close()
            continue
        if (
            end - start <= _MAX_FOOTER_LINE
            and _ENVIRONMENT.search(content)
            and not _FIRST_PERSON.search(content)
        ):
            blank.append((start, end))
            continue
        paragraph.append((start, end))
    close()
    blank.extend(signature.done())
    return blank_spans(view, blank)


def blank_spans(view: str, spans: list[tuple[int, int]]) -> str:
    """``view`` with each ``[start, end)`` span made spaces (line breaks
    inside a span are never asked for: spans are parts of lines)."""
    if not spans:
        return view
    parts: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        if start < cursor:
            continue
        parts.append(view[cursor:start])
        parts.append(" " * (end - start))
        cursor = end
    parts.append(view[cursor:])
    return "".join(parts)


def _may_have_footer(view: str) -> bool:
    lowered = view.lower()
    return any(
        word in lowered
        for word in ("sent ", "outlook", "intended", "print", "error", " us on ", "@", "www.")
    ) or any(map(str.isdigit, view))  # no generator frame per character


class _Signature:
    """Paragraphs of a signature's contact details below the customer's
    sign-off and name ("Need a plumber? Call Dave on 07700 900 412", "Please
    send all remittance advices to accounts@..."): the business's tagline,
    not an ask of us. A paragraph is blanked when it is below a sign-off line
    and the paragraph of the name under it, names an e-mail address, web address or phone
    number, never speaks as the customer ("I", "my") and is no postscript
    ("P.S. Could you call me on 07700 900 412?" still asks). Fed one line at
    a time by ``blank_footers``'s pass."""

    def __init__(self, view: str) -> None:
        self.view = view
        # 0: no sign-off yet; 1: after a sign-off; 2: in the name's paragraph
        # (a title, a phone number: the signature, left as it is); 3: below it
        self.state = 0
        self.paragraph: list[tuple[int, int]] = []
        self.blank: list[tuple[int, int]] = []

    def line(self, start: int, end: int, content: str) -> None:
        if not content:
            self._close()
            if self.state == 2:
                self.state = 3
            return
        if self.state < 2:
            if len(content) <= _MAX_TAGLINE and _SIGNOFF.match(content):
                self.state = 1
            elif self.state == 1 and len(content) <= _MAX_TAGLINE and _NAME.match(content):
                self.state = 2
                return
            else:
                self.state = 0
            return
        if self.state == 3:
            self.paragraph.append((start, end))

    def _close(self) -> None:
        paragraph = self.paragraph
        if paragraph:
            view = self.view
            if (
                not _POSTSCRIPT.match(view, paragraph[0][0], paragraph[0][1])
                and any(_CONTACT.search(view, start, end) for start, end in paragraph)
                and not any(_FIRST_PERSON.search(view, start, end) for start, end in paragraph)
            ):
                self.blank.extend(paragraph)
            paragraph.clear()

    def done(self) -> list[tuple[int, int]]:
        self._close()
        return self.blank


def legal_footer_lines(view: str, paragraph: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines (``(start, end)`` of each of ``paragraph``'s lines) of a
    legal footer that ends the paragraph: what ``blank_footers`` blanks
    below a customer's words, and what ends a draft's own words under the
    agent's signature (``replycheck.message.regions``)."""
    return _legal_footer(view, paragraph)


def is_tagline(content: str) -> bool:
    """Whether a line is a mail client's tagline ("Sent from my iPhone")."""
    return len(content) <= _MAX_TAGLINE and _TAGLINE.match(content) is not None


def is_environment_line(content: str) -> bool:
    """A one-line "Please consider the environment before printing this email"."""
    return (
        len(content) <= _MAX_FOOTER_LINE
        and _ENVIRONMENT.search(content) is not None
        and _FIRST_PERSON.search(content) is None
    )


def _legal_footer(view: str, paragraph: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraph's lines from the first that speaks of confidentiality or
    the addressee, when those lines speak of both; else none."""
    first = None
    addressee = confidential = False
    for index, (start, end) in enumerate(paragraph):
        if end - start > _MAX_FOOTER_LINE:
            continue
        content = view[start:end]
        found_addressee = _ADDRESSEE.search(content) is not None
        found_confidential = _CONFIDENTIAL.search(content) is not None
        if first is None and (found_addressee or found_confidential):
            first = index
        addressee = addressee or found_addressee
        confidential = confidential or found_confidential
    if first is None or not (addressee and confidential):
        return []
    if any(_FIRST_PERSON.search(view, start, end) for start, end in paragraph[first:]):
        return []  # the customer's own words ("I received this email in error ...")
    return paragraph[first:]
