"""Parsing a draft into its views and regions: greeting, body, paragraphs,
closing, sign-off and signature.

Regions are found on the ``own`` view (the agent's words), line by line, so
quoted customer text never becomes a greeting or a closing. Every pattern
runs on one line at a time or is bounded, so parsing is linear in the text.
"""

from __future__ import annotations

import re

from replycheck.message import Message, Region
from replycheck.message.lines import Line, split_lines
from replycheck.message.quotes import quote_views

_SALUTATION = re.compile(
    r"(?:hi|hello|hey|hiya|howdy|dear|greetings|good[ \t]+(?:morning|afternoon|evening|day)|"
    r"to[ \t]+whom[ \t]+it[ \t]+may[ \t]+concern|bonjour|hola|hallo)\b",
    re.IGNORECASE,
)
_GREETING_ENDS = ",!:;—–"
_GREETING_MAX_NAME_WORDS = 5

_SIGNOFF_LIST = """
    best, best regards, best wishes, all the best, all best, kind regards, kindest regards,
    warm regards, warmest regards, warm wishes, warmest wishes, regards, many thanks, thanks,
    thanks so much, thanks again, thanks a lot, thanks in advance, thanks and regards,
    thanks & regards, thank you, thank you so much, thank you again, thanks very much,
    thank you very much, thx, cheers, sincerely, yours sincerely, sincerely yours, yours truly,
    yours faithfully, faithfully, respectfully, warmly, talk soon, speak soon, take care,
    with thanks, with gratitude, with appreciation, gratefully, with best wishes,
    with kind regards, until next time
"""
_SIGNOFF_PHRASES = tuple(phrase.strip() for phrase in _SIGNOFF_LIST.split(","))
_SIGNOFF = re.compile(
    r"(?P<phrase>(?:"
    + "|".join(
        re.escape(p).replace(r"\ ", r"[ \t]+")
        for p in sorted(_SIGNOFF_PHRASES, key=len, reverse=True)
    )
    + r"))\b(?P<punct>[ \t]*[,.!]{1,3})?"
    r"(?:[ \t]*(?:[-–—][ \t]*)?(?P<name>[^\s,.!].{0,60}?))?[ \t]*\Z",
    re.IGNORECASE,
)
_SIGNOFF_MAX_NAME_WORDS = 4
#: The sign-off is looked for among this many last non-blank lines of own text.
SIGNOFF_SEARCH_LINES = 10
_SIGNATURE_NAME_MAX_WORDS = 4
_SIGNATURE_MAX_LINES = 4

# A sentence ends at a run of ".!?" (plus closing quotes or brackets) before
# whitespace. The look-behind makes each run start one attempt: linear time.
_NON_SPACE = re.compile(r"\S")

NumberedLine = tuple[int, Line]

_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s)")


def parse_message(text: str) -> Message:
    """The views and regions of ``text`` (a body from ``read_bytes``/``read_text``)."""
    own, quoted = quote_views(text)
    all_lines = split_lines(own)
    # (number of the line in the text, line) for the non-blank own lines
    lines = [
        (n, line)
        for n, line in enumerate(all_lines)
        if _NON_SPACE.search(own, line.start, line.end)
    ]

    greeting = _greeting(own, lines)
    rest = lines[1:] if greeting is not None and _ends_line(own, greeting, lines[0][1]) else lines
    delimiter = _signature_delimiter(own, rest)
    before_delimiter = rest if delimiter is None else rest[:delimiter]
    signoff, signature_start = _signoff(own, before_delimiter, has_content_before=rest is not lines)
    content_end = _trimmed_end(own, lines[-1][1].end) if lines else 0
    signature: Region | None = None
    if signoff is not None:
        if signature_start is not None:
            signature = Region(signature_start, content_end)
    elif delimiter is not None:
        if delimiter + 1 < len(rest):
            signature = Region(_trimmed_start(own, rest[delimiter + 1][1].start), content_end)
    else:
        signature = _bare_signature(own, rest)

    body_start = greeting.end if greeting is not None else (lines[0][1].start if lines else 0)
    if signoff is not None:
        body_end = signoff.start
    elif delimiter is not None:
        body_end = rest[delimiter][1].start
    elif signature is not None:
        body_end = signature.start
    else:
        body_end = content_end
    body = _trim(own, body_start, max(body_start, body_end))
    paragraphs = _paragraphs(own, lines, body)
    return Message(
        text=text,
        own=own,
        quoted=quoted,
        greeting=greeting,
        body=body,
        paragraphs=paragraphs,
        closing=_closing(own, paragraphs),
        signoff=signoff,
        signature=signature,
    )


def _greeting(own: str, lines: list[NumberedLine]) -> Region | None:
    """A salutation at the start of the first own line ("Hi Dana,", "Dear Mr. Reyes,")."""
    if not lines:
        return None
    line = lines[0][1]
    start = _trimmed_start(own, line.start)
    end = _trimmed_end(own, line.end)
    content = own[start:end]
    salutation = _SALUTATION.match(content)
    if salutation is None:
        return None
    rest = content[salutation.end() :]
    cut = next((i for i, char in enumerate(rest) if char in _GREETING_ENDS), -1)
    if cut >= 0:
        name = rest[:cut]
        if "?" in name or len(name.split()) > _GREETING_MAX_NAME_WORDS:
            return None
        return Region(start, start + salutation.end() + cut + 1)
    words = rest.split()
    if "?" in rest or len(words) > _GREETING_MAX_NAME_WORDS:
        return None
    if rest.endswith(".") and len(words) > 2:
        return None  # reads as a sentence ("Hello from our new store in town.")
    return Region(start, end)


def _signature_delimiter(own: str, lines: list[NumberedLine]) -> int | None:
    """Position in ``lines`` of the last "-- " signature delimiter line."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index][1]
        if own[line.start : line.end].strip() == "--":
            return index
    return None


def _signoff(
    own: str, lines: list[NumberedLine], has_content_before: bool
) -> tuple[Region | None, int | None]:
    """The sign-off ("Best,", "Kind regards") among the last own lines, and
    where the signature after it starts (on the same line for "Best, Tom")."""
    for index in range(len(lines) - 1, max(-1, len(lines) - 1 - SIGNOFF_SEARCH_LINES), -1):
        line = lines[index][1]
        start = _trimmed_start(own, line.start)
        match = _SIGNOFF.match(own, start, _trimmed_end(own, line.end))
        if match is None:
            continue
        name = match.group("name")
        if name is not None and not _looks_like_name(name, _SIGNOFF_MAX_NAME_WORDS):
            continue
        if index == 0 and not has_content_before and len(lines) == 1:
            return None, None  # a lone "Thanks!" is the whole message, not a sign-off
        phrase_end = match.end("punct") if match.group("punct") else match.end("phrase")
        if name is not None:
            return Region(start, phrase_end), match.start("name")
        if index + 1 < len(lines):
            return Region(start, phrase_end), _trimmed_start(own, lines[index + 1][1].start)
        return Region(start, phrase_end), None
    return None, None


def _bare_signature(own: str, lines: list[NumberedLine]) -> Region | None:
    """Without a sign-off: trailing short lines that start with a name, after
    a line that ends a sentence ("... patience.\\nTom Baker\\nSupport")."""
    first = None
    for index in range(len(lines) - 1, max(0, len(lines) - 1 - _SIGNATURE_MAX_LINES), -1):
        line = lines[index][1]
        content = own[line.start : line.end].strip()
        if len(content) > 60 or content.endswith((".", "!", "?", ",", ":", ";")):
            break
        if _looks_like_name(content, _SIGNATURE_NAME_MAX_WORDS):
            first = index
    if first is None:
        return None
    previous = lines[first - 1][1]
    if not own[previous.start : previous.end].rstrip().endswith((".", "!", "?", ")")):
        return None
    return Region(_trimmed_start(own, lines[first][1].start), _trimmed_end(own, lines[-1][1].end))


def _looks_like_name(content: str, max_words: int) -> bool:
    words = content.strip().rstrip("!.").split()
    return 0 < len(words) <= max_words and all(
        word[0].isupper() and all(char.isalpha() or char in ".'’-" for char in word)
        for word in words
    )


def _paragraphs(own: str, lines: list[NumberedLine], body: Region) -> tuple[Region, ...]:
    """Blank-line separated paragraphs of the body (quoted lines count as blank)."""
    paragraphs: list[Region] = []
    start = end = -1
    previous = -2
    for number, line in lines:
        if line.end <= body.start:
            continue
        if line.start >= body.end:
            break
        segment_start = max(line.start, body.start)
        segment_end = min(line.end, body.end)
        if not _NON_SPACE.search(own, segment_start, segment_end):
            continue
        if start >= 0 and number != previous + 1:
            paragraphs.append(_trim(own, start, end))
            start = -1
        if start < 0:
            start = segment_start
        end = segment_end
        previous = number
    if start >= 0:
        paragraphs.append(_trim(own, start, end))
    return tuple(paragraphs)


def _closing(own: str, paragraphs: tuple[Region, ...]) -> Region | None:
    """The last paragraph; in a one-paragraph body, its last sentence."""
    if not paragraphs:
        return None
    last = paragraphs[-1]
    if len(paragraphs) > 1:
        return last
    boundary = None
    for boundary in _SENTENCE_END.finditer(own, last.start, last.end):  # noqa: B007
        pass
    if boundary is None:
        return last
    return _trim(own, boundary.end(), last.end)


def _ends_line(own: str, region: Region, line: Line) -> bool:
    return not _NON_SPACE.search(own, region.end, line.end)


def _trim(own: str, start: int, end: int) -> Region:
    """``[start, end)`` without leading and trailing whitespace (empty at ``start``)."""
    first = _NON_SPACE.search(own, start, end)
    if first is None:
        return Region(start, start)
    return Region(first.start(), _trimmed_end(own, end, first.start()))


def _trimmed_start(own: str, start: int) -> int:
    first = _NON_SPACE.search(own, start)
    return first.start() if first is not None else start


def _trimmed_end(own: str, end: int, limit: int = 0) -> int:
    while end > limit and own[end - 1].isspace():
        end -= 1
    return end
