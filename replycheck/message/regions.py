"""Parsing a draft into its views and regions: greeting, body, paragraphs,
closing, sign-off and signature.

Regions are found on the ``own`` view (the agent's words), line by line, so
quoted customer text never becomes a greeting or a closing. Every pattern
runs on one line at a time or is bounded, so parsing is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from replycheck import regexcache
from replycheck.message import Message, Region
from replycheck.message.footers import (
    blank_footers,
    is_environment_line,
    is_tagline,
    legal_footer_lines,
)
from replycheck.message.forms import blank_form_labels
from replycheck.message.quotes import quote_views
from replycheck.message.tags import trailing_tag

_SALUTATION: Final = regexcache.compile(
    r"(?:hi|hello|hey|hiya|howdy|dear|greetings|good[ \t]+(?:morning|afternoon|evening|day)|"
    r"to[ \t]+whom[ \t]+it[ \t]+may[ \t]+concern|bonjour|hola|hallo)\b",
    re.IGNORECASE,
)
_GREETING_END: Final = regexcache.compile("[,!:;—–]")
_GREETING_MAX_NAME_WORDS: Final = 5
_GREETING_MAX_CHARS: Final = 80  # after the salutation word: "Dear Dr. Ana María López-Reyes,"
# A word a name never holds but a sentence does: "Hello you must pay NOW!!!"
# is an order under a salutation word, not a greeting to strip.
_SENTENCE_WORD: Final = regexcache.compile(
    r"\b(?:must|should|shall|will|would|can|could|need|needs|have|has|had|do|does|did|"
    r"are|is|was|were|am|can't|cannot|won't|don't|didn't|isn't|aren't|wasn't)\b",
    re.IGNORECASE,
)

_SIGNOFF_LIST: Final = """
    best, best regards, best wishes, all the best, all best, kind regards, kindest regards,
    warm regards, warmest regards, warm wishes, warmest wishes, regards, many thanks, thanks,
    thanks so much, thanks again, thanks a lot, thanks in advance, thanks and regards,
    thanks & regards, thank you, thank you so much, thank you again, thanks very much,
    thank you very much, thx, cheers, sincerely, yours sincerely, sincerely yours, yours truly,
    yours faithfully, faithfully, respectfully, warmly, talk soon, speak soon, take care,
    with thanks, with gratitude, with appreciation, gratefully, with best wishes,
    with kind regards, until next time,
    with apologies, with sincere apologies, with my apologies, with my sincere apologies,
    with our apologies, with our sincere apologies,
    with apologies and thanks, with thanks and apologies, with our apologies and thanks,
    with my apologies and thanks,
    love, lots of love, with love, much love, love from
"""
# The apology valedictions are a sign-off as conventional as "Kind regards",
# so the closing is the paragraph above them; one that apologizes again
# ("With my sincere apologies once again for ...,") is no sign-off phrase and
# a name, so it stays in the body and the closing checks read it. Joined to
# thanks ("With apologies and thanks,": thanks for telling us) it is as
# conventional; "again" or "once more" still makes it no sign-off phrase. The
# corpus is split on other pairs ("With apologies and best wishes," is
# labelled a closing apology after an earlier "I'm sorry"), so they are not
# listed.
_SIGNOFF_PHRASES: Final = tuple(phrase.strip() for phrase in _SIGNOFF_LIST.split(","))
_SIGNOFF: Final = regexcache.compile(
    r"(?P<phrase>(?:"
    + "|".join(
        re.escape(p).replace(r"\ ", r"[ \t]+")
        for p in sorted(_SIGNOFF_PHRASES, key=len, reverse=True)
    )
    + r"))\b(?P<punct>[ \t]*[,.!]{1,3})?"
    r"(?:[ \t]*(?:[-–—][ \t]*)?(?P<name>[^\s,.!].{0,60}?))?[ \t]*\Z",
    re.IGNORECASE,
)
_SIGNOFF_MAX_NAME_WORDS: Final = 4
#: The sign-off is looked for among this many last non-blank lines of own text.
SIGNOFF_SEARCH_LINES: Final = 10
_SIGNATURE_NAME_MAX_WORDS: Final = 4
_SIGNATURE_MAX_LINES: Final = 4
_SIGNATURE_MAX_CHARS: Final = 80
_VALEDICTION_MAX_WORDS: Final = 15

_NON_SPACE: Final = regexcache.compile(r"\S")

# (start, end) of a line's content, without its line break
Span = tuple[int, int]

_LINE_BREAK: Final = regexcache.compile(r"\r\n|\n|\r")
_LINE_CONTENT: Final = regexcache.compile(r"[^\r\n]+")
#: A legal footer is cut only when a sign-off or "-- " is among this many lines above it.
_FOOTER_SIGNOFF_LINES: Final = 6
_DELIMITER: Final = regexcache.compile(r"^[ \t]*--[ \t]*\r?$", re.MULTILINE)
# A paragraph: from a non-space character to the last one before a blank line
# (a line break followed by a line of only spaces, or by the end). Every
# repetition starts with a line break, so matching is linear.
_BREAK: Final = r"(?:\r\n|\n|\r(?!\n))"
_PARAGRAPH: Final = regexcache.compile(
    r"\S[^\r\n]*(?:" + _BREAK + r"(?![^\S\r\n]*(?:[\r\n]|\Z))[^\r\n]*)*(?<=\S)"
)

# A sentence ends at a run of ".!?" (plus closing quotes or brackets) before
# whitespace. The look-behind makes each run start one attempt: linear time.
# It comes after the run's first character, not before it: a pattern that
# opens with a character class lets the regex engine skip to the next ".!?"
# in a fast loop instead of trying a match at every character (the same
# matches: "not after .!?" is then "not two of .!? in a row").
_SENTENCE_END: Final = regexcache.compile(r"[.!?](?<![.!?][.!?])[.!?]*[\"'”’)\]]*(?=\s)")


def parse_message(text: str) -> Message:
    """The views and regions of ``text`` (a body from ``read_bytes``/``read_text``)."""
    own, quoted = quote_views(text)
    quoted = _customer_words(quoted)
    first = _NON_SPACE.search(own)
    if first is None:  # nothing of the agent's own: an empty draft or only a quote
        return Message(text, own, quoted, None, Region(0, 0), (), None, None, None)
    content_start = first.start()
    content_end = _before_legal_footer(own, content_start, len(own.rstrip()))
    first_line = (content_start, _line_end(own, content_start))

    greeting = _greeting(own, first_line)
    after_greeting = first_line[1] if greeting is not None else content_start
    delimiter = _signature_delimiter(own, after_greeting)
    search_end = delimiter[0] if delimiter is not None else content_end
    last_lines = _last_lines(own, search_end, after_greeting, SIGNOFF_SEARCH_LINES + 1)
    signoff, signature_start = _signoff(
        own, last_lines[:SIGNOFF_SEARCH_LINES], greeting, content_end
    )

    signature: Region | None = None
    if signoff is not None:
        if signature_start is not None:
            signature = Region(signature_start, content_end)
    elif delimiter is not None:
        after = _NON_SPACE.search(own, delimiter[1])
        if after is not None:
            signature = Region(after.start(), content_end)
    else:
        signature = _bare_signature(own, last_lines)

    body_start = greeting.end if greeting is not None else content_start
    if signoff is not None:
        body_end = signoff.start
    elif delimiter is not None:
        body_end = delimiter[0]
    elif signature is not None:
        body_end = signature.start
    else:
        body_end = content_end
    body = _trim(own, body_start, max(body_start, body_end))
    tag = _agent_tag(own, body)
    if tag is not None:
        body = _trim(own, body.start, tag.start)
        if signature is None:
            signature = tag
    paragraphs = _paragraphs(own, body)
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


def parse_views(text: str) -> Message:
    """``text`` split into its ``own`` and ``quoted`` views only, its own
    words taken whole as the body: for the customer's message, whose words
    the checks read sentence by sentence (skipping greetings and sign-offs
    themselves) and whose regions none of them uses. A fifth of the cost of
    ``parse_message``.

    Here ``own`` is the customer's own words, so a mail client's tagline and
    a legal footer are blanked from it, as they are from every ``quoted``
    view (``replycheck.message.footers``), and so are a web form's field
    labels (``replycheck.message.forms``)."""
    own, quoted = quote_views(text)
    own, quoted = blank_form_labels(blank_footers(own)), _customer_words(quoted)
    first = _NON_SPACE.search(own)
    if first is None:
        return Message(text, own, quoted, None, Region(0, 0), (), None, None, None)
    body = Region(first.start(), len(own.rstrip()))
    return Message(text, own, quoted, None, body, (body,), None, None, None)


def _before_legal_footer(own: str, start: int, end: int) -> int:
    """Where the agent's words end when a company's legal footer closes
    them ("This email is confidential ... If you are not the intended
    recipient, you must not copy it and must notify the sender"): the
    mail server's boilerplate, not the agent's tone, sign-off or closing.
    Trailing footer paragraphs (``footers.legal_footer_lines`` decides what
    a footer is, with a "consider the environment before printing" line
    below it) are cut from the end, and only below a sign-off or a "-- "
    delimiter: words about confidentiality in the reply itself ("the letter
    went to the intended recipient and is confidential") stay the body."""
    lowered = own[start:end].lower()
    if "intended" not in lowered and "in error" not in lowered:
        return end  # most drafts: no footer, and no paragraph scan
    cut = end
    while True:
        last = None
        for last in _PARAGRAPH.finditer(own, start, cut):  # noqa: B007
            pass
        if last is None:
            break
        lines = [
            (line.start(), line.end())
            for line in _LINE_CONTENT.finditer(own, last.start(), last.end())
            if line.group().strip()
        ]
        if len(lines) == 1 and lines[0][0] > start and is_environment_line(own[slice(*lines[0])]):
            cut = _trimmed_end(own, lines[0][0], start)
            continue
        footer = legal_footer_lines(own, lines)
        if not footer or footer[0][0] <= start:
            break
        cut = _trimmed_end(own, footer[0][0], start)
    if cut == end:
        return end
    above = _last_lines(own, cut, start, _FOOTER_SIGNOFF_LINES)
    if any(_SIGNOFF.match(own, s, e) or _DELIMITER.match(own[s:e]) for s, e in above):
        return cut
    return end


def _customer_words(quoted: str | None) -> str | None:
    """The quoted view without client taglines and legal footers; ``None``
    when nothing else was quoted."""
    if quoted is None:
        return None
    kept = blank_form_labels(blank_footers(quoted))
    return kept if kept is quoted or kept.strip() else None


def _greeting(own: str, line: Span) -> Region | None:
    """A salutation at the start of the first own line ("Hi Dana,", "Dear Mr. Reyes,")."""
    start = line[0]
    end = _trimmed_end(own, line[1], start)
    content = own[start:end]
    salutation = _SALUTATION.match(content)
    if salutation is None:
        return None
    rest = content[salutation.end() : salutation.end() + _GREETING_MAX_CHARS]
    end_mark = _GREETING_END.search(rest)
    if end_mark is not None:
        cut = end_mark.start()
        name = rest[:cut]
        if "?" in name or len(name.split()) > _GREETING_MAX_NAME_WORDS:
            return None
        if _SENTENCE_WORD.search(name) is not None:
            return None  # "Hello you must pay NOW!!!" is an order, not a name
        return Region(start, start + salutation.end() + cut + 1)
    words = rest.split()
    if end - start > salutation.end() + _GREETING_MAX_CHARS:
        return None  # a long first line is a sentence, whatever its first word
    if "?" in rest or len(words) > _GREETING_MAX_NAME_WORDS:
        return None
    if _SENTENCE_WORD.search(rest) is not None:
        return None  # "Hello you need to call us" reads as a sentence
    if rest.endswith(".") and len(words) > 2:
        return None  # reads as a sentence ("Hello from our new store in town.")
    return Region(start, end)


def _signature_delimiter(own: str, after: int) -> Span | None:
    """The last "-- " signature delimiter line after ``after``."""
    if own.find("--", after) < 0:
        return None  # most drafts: no "--" at all, and no line scan
    last = None
    for last in _DELIMITER.finditer(own, after):  # noqa: B007
        pass
    return (last.start(), last.end()) if last is not None else None


def _last_lines(own: str, end: int, start: int, limit: int) -> list[Span]:
    """Up to ``limit`` non-blank lines ending by ``end`` and starting at or
    after ``start``, last first, as trimmed spans."""
    lines: list[Span] = []
    end = _trimmed_end(own, end, start)
    while end > start and len(lines) < limit:
        # (comparisons, not ``max`` calls, which parse keyword arguments each time)
        newline, carriage = own.rfind("\n", start, end), own.rfind("\r", start, end)
        line_start = (carriage if carriage > newline else newline) + 1
        if start > line_start:
            line_start = start
        lines.append((_trimmed_start(own, line_start), end))
        end = _trimmed_end(own, line_start, start)
    return lines


def _signoff(
    own: str, last_lines: list[Span], greeting: Region | None, content_end: int
) -> tuple[Region | None, int | None]:
    """The sign-off ("Best,", "Kind regards") among the last own lines, and
    where the signature after it starts (on the same line for "Best, Tom")."""
    for start, end in last_lines:
        match = _SIGNOFF.match(own, start, end)
        name = match.group("name") if match is not None else None
        if name is not None and not _looks_like_name(name, _SIGNOFF_MAX_NAME_WORDS):
            match = None
        if match is None:
            if not _looks_like_signature_line(own[start:end]):
                return None, None  # prose below it: a "Thanks!" higher up is not a sign-off
            continue
        alone = end == content_end and _NON_SPACE.search(own, 0, start) is None
        if greeting is None and alone:
            return None, None  # a lone "Thanks!" is the whole message, not a sign-off
        phrase_end = match.end("punct") if match.group("punct") else match.end("phrase")
        if name is not None:
            return Region(start, phrase_end), match.start("name")
        after = _NON_SPACE.search(own, end)
        return Region(start, phrase_end), after.start() if after is not None else None
    return None, None


def _bare_signature(own: str, last_lines: list[Span]) -> Region | None:
    """Without a sign-off: trailing short lines that start with a name, after
    a line that ends a sentence ("... patience.", "Tom Baker", "Support") or a
    free-form valediction ("Have a lovely trip,", "Owen", "Skyline Airways").

    The valediction itself stays in the body, so it is the closing: "With my
    sincere apologies once again," is what the closing checks must see.
    """
    first = None
    for index, (start, end) in enumerate(last_lines[:_SIGNATURE_MAX_LINES]):
        content = own[start:end]
        if len(content) > 60 or content.endswith((".", "!", "?", ",", ":", ";")):
            break
        if _looks_like_name(content, _SIGNATURE_NAME_MAX_WORDS):
            first = index
    if first is None or first + 1 >= len(last_lines):
        return None
    previous = own[slice(*last_lines[first + 1])]
    valediction = previous.endswith(",") and len(previous.split()) <= _VALEDICTION_MAX_WORDS
    if not (valediction or previous.endswith((".", "!", "?", ")"))):
        return None
    return Region(last_lines[first][0], last_lines[0][1])


def _looks_like_signature_line(content: str) -> bool:
    """Name, title, company, phone, address: short, and not a sentence."""
    if len(content) > _SIGNATURE_MAX_CHARS:
        return False
    return not (content.endswith((".", "!", "?")) and len(content.split()) > 4)


def _looks_like_name(content: str, max_words: int) -> bool:
    words = content.strip().rstrip("!.").split()
    return 0 < len(words) <= max_words and all(
        word[0].isupper() and all(char.isalpha() or char in ".'’-" for char in word)
        for word in words
    )


def _paragraphs(own: str, body: Region) -> tuple[Region, ...]:
    """Blank-line separated paragraphs of the body (quoted lines count as blank)."""
    return tuple(
        Region(match.start(), match.end())
        for match in _PARAGRAPH.finditer(own, body.start, body.end)
    )


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


def _line_end(own: str, position: int) -> int:
    line_break = _LINE_BREAK.search(own, position)
    return line_break.start() if line_break is not None else len(own)


def _agent_tag(own: str, body: Region) -> Region | None:
    """The agent's initials signing off the body, as social media and chat
    replies do ("...arrives Friday. ^AK", "... -FR"): a signature, not words
    of the reply (``replycheck.message.tags``)."""
    found = trailing_tag(own, body.start, body.end)  # a body that is only a tag keeps it
    return Region(found, body.end) if found is not None else None


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
    """``end`` moved back over whitespace, not past ``limit``."""
    return limit + len(own[limit:end].rstrip())


# --- hard-wrapped lines inside a paragraph ---------------------------------

# A line break before a line that opens with a lower-case letter: a hard
# wrap when the line before it does not end a sentence or a clause (".?!:;");
# ``joined_and_parsed`` reads each such break on the ``own`` view. The scan
# starts at a line break, which the regex engine finds in a fast loop.
_WRAP_CANDIDATE: Final = regexcache.compile(r"\n[ \t]*(?=[^\W\d_A-Z])")
_WRAP_END: Final = frozenset(".?!:;")
# "a) refund" or "b. exchange" opens a lettered list item: the break before
# it is the writer's.
_LIST_ITEM: Final = regexcache.compile(r"[a-z][.)](?:\s|\Z)")
_BULLET: Final = regexcache.compile(r"(?:[-*•]|\d{1,2}[.)])[ \t]")
_FENCE: Final = regexcache.compile(r"^[ \t]*```", re.MULTILINE)


def joined_and_parsed(text: str) -> tuple[str, Message | None]:
    """``text`` with every hard-wrapped line break inside a paragraph of the
    agent's body read as a space, as long as ``text`` (a ``\\r\\n`` is two
    spaces).

    A mail client or a writer that wraps at a fixed width breaks a sentence
    mid-phrase ("per my last\\nemail", "You need to\\nread the policy"): spaCy
    makes a whitespace token of the break, so no phrase spans it. A break is
    a wrap when the line before it has two or more of the agent's own words
    and does not end a sentence or a clause (".", "?", "!", ":" or ";"), and
    the line after it opens with a lower-case letter at the same indentation
    (deeper only under a list item's first line), is no lettered list item
    ("a) refund") and no tagline ("sent from my phone"), both inside the body
    and outside a fenced code block: the greeting's line, the sign-off and
    signature, "> " quoted lines and "On ... wrote:" lines (blank in the
    ``own`` view) keep their breaks, and so does every line opened by a
    capital, a digit, a bullet or a quote marker. Text with no such break is
    returned as the same object after one scan; otherwise the draft is parsed
    once to find its body.

    The second item is that parse (``parse_message(text)``) when the text
    comes back as the same object after it, else None: a caller about to
    parse the same string takes it rather than parse it again (most drafts
    with a candidate break have none inside the body: "Hi Sam,\nthanks").
    """
    candidates: list[tuple[int, int]] = []  # (the line break, the next line's first character)
    for match in _WRAP_CANDIDATE.finditer(text):
        last = match.start() - 1
        while last >= 0 and text[last] in " \t\r":
            last -= 1
        if last >= 0 and text[last] != "\n" and text[last] not in _WRAP_END:
            candidates.append(match.span())
    if not candidates:
        return text, None
    message = parse_message(text)
    own, body = message.own, message.body
    fences = [fence.start() for fence in _FENCE.finditer(text)]
    breaks: list[int] = []
    for at, first in candidates:
        if not body.start <= at or first >= body.end:
            continue
        if bisect_right(fences, at) % 2:
            continue  # inside a fenced code block
        line_start = own.rfind("\n", 0, at) + 1
        line = own[line_start:at].rstrip(" \t\r")
        content = line.lstrip(" \t")
        if " " not in content or content[-1] in _WRAP_END:
            continue  # a blank (quoted) line, a name, or a sentence's end
        end = own.find("\n", first)
        following = own[first : len(own) if end < 0 else end].rstrip(" \t\r")
        if not following[:1].islower() or _LIST_ITEM.match(following) or is_tagline(following):
            continue
        indent = len(line) - len(content)
        deeper = first - at - 1
        if deeper != indent and not (deeper > indent and _BULLET.match(content)):
            continue  # code, or a list's next level
        breaks.append(at)
    if not breaks:
        return text, message
    out: list[str] = []
    done = 0
    for at in breaks:
        start = at - 1 if at and text[at - 1] == "\r" else at
        out.append(text[done:start])
        out.append(" " * (at + 1 - start))
        done = at + 1
    out.append(text[done:])
    return "".join(out), None
