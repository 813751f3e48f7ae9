"""Finding the customer's quoted message inside a draft.

Two views come out (see ``replycheck.message``): ``own``, the agent's words,
and ``quoted``, the customer's quoted words. Both are as long as the text,
keep every line break where it is and blank everything else they leave out,
so offsets into a view are offsets into the text.

Each line is the agent's own, quoted, or *meta* (an "On ... wrote:"
attribution, an Outlook "-----Original Message-----" / "From: / Sent:" block,
a separator, a helpdesk's "##- Please type your reply above this line -##"):
meta lines are blank in both views. Three passes, each linear:

0. a helpdesk's reply marker heads the thread's history (see
   ``_mark_helpdesk_history``);
1. every ``>``-prefixed line is quoted (this alone handles interleaved
   answers, quote / answer / quote / answer);
2. among the agent's lines, reply and forward intros are found with
   ``quotequail`` (and Outlook header blocks with a small pattern). After an
   intro, ``>`` lines mean the agent may write again below the quote
   (bottom-posting); unmarked text means the rest is the quote (Outlook
   top-posting);
3. intros and header blocks nested inside the quote are made meta.

quotequail is asked about two-line windows around candidate lines only (a
line that, or whose next line, ends like an intro does), so a 1 MB draft
costs a handful of calls and no pattern ever sees an unbounded line.
"""

from __future__ import annotations

import re
from itertools import accumulate

from replycheck import regexcache

_OWN, _QUOTED, _META = 0, 1, 2

# Up to three spaces, then ">" markers (">>", "> >"), then one optional space.
# HTML leftovers in a plain-text draft quote with "&gt;" just the same.
_QUOTE_MARKER = regexcache.compile(r"[ \t]{0,3}(?:>|&gt;)(?:[ \t]?(?:>|&gt;))*[ \t]?")
#: Markup a draft pasted from HTML keeps ("...tomorrow?<br>", "Hi,&nbsp;Sam"):
#: read as spaces of the same length, so offsets stay the text's.
_HTML_LEFTOVER = regexcache.compile(
    r"<[ \t]*/?[ \t]*(?:br|p|div|span)\b[^<>\n]{0,40}>|&nbsp;", re.IGNORECASE
)
# Every quotequail reply/forward pattern ends with one of these characters.
_INTRO_ENDINGS = (":", "-", "_", ">")
#: Longer lines are never intros; keeps every pattern on short input.
MAX_INTRO_LINE = 400
#: At most this many quotequail look-ups per text (a text made of nothing but
#: lines ending in ":" would otherwise cost one per line).
MAX_INTRO_CHECKS = 500

_HEADER_FIELD = regexcache.compile(
    r"[ \t]{0,8}\*{0,2}(from|sent|date|to|cc|bcc|subject|reply-to|von|gesendet|an|betreff|"
    r"de|envoyé|à|objet|para|enviado|asunto)\*{0,2}[ \t]{0,3}:",
    re.IGNORECASE,
)
# Any header-shaped line ("Importance: High", "X-Priority: 3"), for lines inside a block.
_ANY_FIELD = regexcache.compile(r"[ \t]{0,8}\*{0,2}[A-Za-z][\w-]{1,24}\*{0,2}[ \t]{0,3}:[ \t]")
_FROM_FIELDS = frozenset({"from", "von", "de"})
_OTHER_FIELDS = frozenset({"sent", "date", "to", "cc", "subject", "gesendet", "an", "betreff"})
_OTHER_FIELDS |= {"envoyé", "à", "objet", "para", "enviado", "asunto"}
_HEADER_BLOCK_LINES = 15
# The lines that could take part in quoting (see ``may_quote``): a ">"
# marker, an intro-like ending, a "From:" field.
_MARKER_LINE = regexcache.compile(r"^[ \t]{0,3}(?:>|&gt;)", re.MULTILINE)
_INTRO_LIKE_END = regexcache.compile(r"[:\-_>][ \t]*\r?$", re.MULTILINE)
_FROM_LINE = regexcache.compile(
    r"^[ \t]{0,8}\*{0,2}(?:from|von|de)\*{0,2}[ \t]{0,3}:", re.MULTILINE | re.IGNORECASE
)
_LONE_CR = regexcache.compile(r"\r(?!\n)")
_LINE_BREAK = regexcache.compile(r"(\r\n|\r|\n)")
_NOT_LINE_BREAK = regexcache.compile(r"[^\r\n]+")
_OWN_TO_QUOTED = bytes([_QUOTED, _QUOTED, _META]) + bytes(range(3, 256))
#: A helpdesk's attribution with the date after "wrote" ("Priya Raman wrote
#: on 3 March 2026 at 09:12:", "Priya wrote at 09:12 on Tue:"): a name-like
#: start, no sentence inside, a digit in the date, a colon to end it.
_WROTE_ON = regexcache.compile(
    r"[ \t]{0,8}[^\s.!?:][^.!?:]{0,80}\s(?:wrote|writes|has\s+written)\s+(?:on|at)\s"
    r"(?:[^.!?]|\.(?=\S)){0,60}\d(?:[^.!?]|\.(?=\S)){0,40}:[ \t]*\Z"
)
_SEPARATOR = regexcache.compile(r"[ \t]{0,8}(?:[-_=*~][ \t]?){3,}[ \t]*\Z")
#: A helpdesk's reply marker ("##- Please type your reply above this line -##",
#: "-- Reply above this line --", "Please do not write below this line"): a
#: short line telling whoever replies where to type.
#: The agent's greeting that opens a reply written under an unmarked quote:
#: a salutation, at most five name words, an optional comma, nothing else
#: ("Hi Nadia,", "Dear Mr Mercer,", "Hello Gillian"). Not "Hi, is this...?".
_BOTTOM_GREETING = regexcache.compile(
    r"[ \t]{0,3}(?i:hi|hello|hey|hiya|dear|good[ \t]+(?:morning|afternoon|evening))\b"
    r"(?:[ \t]+[A-Z][\w'&.-]*){0,5}[ \t]*,?[ \t]*\Z",
)
_MAX_GREETING_LINE = 80
_REPLY_MARKER = regexcache.compile(
    r"[^a-z]{0,8}(?:please[ \t]+)?(?:do[ \t]+not[ \t]+)?(?:type|write|reply|respond|add)\b"
    r"[^\n]{0,30}?\b(?:above|below)[ \t]+this[ \t]+line\b[^a-z]{0,8}\Z",
    re.IGNORECASE,
)
_MAX_MARKER_LINE = 120


def may_quote(text: str) -> bool:
    """Whether a line of ``text`` could take part in quoting: a lone carriage
    return, a ">" marker, an intro-like ending or a "From:" field. Without
    one, the text quotes nothing and ``quote_views`` skips its line passes.

    Three patterns, not one alternation of them: most texts have none, and
    the regex engine tries an alternation at every character, while the
    intro-like ending starts with a character class it can skip ahead to,
    and the other two need a ">" or a ":" that a C-level ``in`` rules out
    first. Same answer in about a quarter of the time.
    """
    if "\r" in text and _LONE_CR.search(text) is not None:
        return True
    if "this line" in text.lower():
        return True  # a helpdesk's reply marker may be the only sign of history
    if _INTRO_LIKE_END.search(text) is not None:
        return True
    if (">" in text or "&gt;" in text) and _MARKER_LINE.search(text) is not None:
        return True
    return ":" in text and _FROM_LINE.search(text) is not None


def quote_views(text: str) -> tuple[str, str | None]:
    """The ``own`` and ``quoted`` views of ``text``; ``quoted`` is ``None``
    when the text quotes no words."""
    if not may_quote(text):
        return text, None  # nothing can be quoted: skip the line passes
    if "\r" in text:
        parts = _LINE_BREAK.split(text)
        contents, breaks = parts[0::2], [*parts[1::2], ""]
    else:
        contents = text.split("\n")
        breaks = ["\n"] * (len(contents) - 1) + [""]
    starts = list(
        accumulate((len(c) + len(b) for c, b in zip(contents, breaks, strict=True)), initial=0)
    )
    kinds = bytearray(len(contents))
    markers: dict[int, int] = {}  # line -> length of its ">" marker
    depths: dict[int, int] = {}  # line -> how many ">" it has
    html = "&" in text or "<" in text
    for index, line in enumerate(contents):
        if html and ("<" in line or "&nbsp;" in line):
            line = contents[index] = _HTML_LEFTOVER.sub(_spaces, line)
        if ">" in line[:4] or (html and "&gt;" in line[:7]):
            marker = _QUOTE_MARKER.match(line)
            if marker is not None:
                kinds[index] = _QUOTED
                markers[index] = marker.end()
                depths[index] = marker.group().count(">") + marker.group().count("&gt;")
                contents[index] = line[marker.end() :]
    intros = [i for i, line in enumerate(contents) if line.rstrip().endswith(_INTRO_ENDINGS)]
    candidates = sorted({*intros, *(i - 1 for i in intros if i > 0)})
    headers = [i for i, line in enumerate(contents) if ":" in line and _HEADER_FIELD.match(line)]
    events = sorted({*candidates[:MAX_INTRO_CHECKS], *headers})
    budget = [MAX_INTRO_CHECKS]

    _mark_helpdesk_history(contents, kinds)
    _mark_top_level_quotes(contents, kinds, events, budget)
    nested = _mark_nested_meta(contents, kinds, events, budget)
    _mark_history(contents, kinds, depths, nested)
    _mark_deeper_history(contents, kinds, depths)
    return _build_views(text, contents, breaks, starts, kinds, markers)


def _build_views(
    text: str,
    contents: list[str],
    breaks: list[str],
    starts: list[int],
    kinds: bytearray,
    markers: dict[int, int],
) -> tuple[str, str | None]:
    """Both views from the line kinds; runs of the agent's lines are copied whole."""
    width = max((len(contents[i].rstrip()) for i, k in enumerate(kinds) if k == _QUOTED), default=0)
    own_parts: list[str] = []
    quoted_parts: list[str] = []
    quotes_words = False
    run_start = 0
    for index in (i for i, kind in enumerate(kinds) if kind != _OWN):
        line_start = starts[index]
        if line_start > run_start:
            own_parts.append(text[run_start:line_start])
            quoted_parts.append(_NOT_LINE_BREAK.sub(_spaces, text[run_start:line_start]))
        line_break = breaks[index]
        blank = " " * (starts[index + 1] - line_start - len(line_break)) + line_break
        own_parts.append(blank)
        if kinds[index] == _META:
            quoted_parts.append(blank)
        else:
            content = contents[index]
            if line_break == "\n" and _soft_wrapped(contents, kinds, index, width):
                line_break = " "  # the mail client's wrap, not the writer's break
            quoted_parts.append(" " * markers.get(index, 0) + content + line_break)
            quotes_words = quotes_words or bool(content.strip())
        run_start = starts[index + 1]
    if run_start == 0:
        return text, None
    own_parts.append(text[run_start:])
    if not quotes_words:
        return "".join(own_parts), None
    quoted_parts.append(_NOT_LINE_BREAK.sub(_spaces, text[run_start:]))
    return "".join(own_parts), "".join(quoted_parts)


#: A quoted line at least this long may have been wrapped by the mail client
#: ("> ... so how\n> do I stop it happening again?"); shorter lines are the
#: writer's own breaks (a list). ``_soft_wrapped`` has the rest of the test.
_WRAP_MIN = 40
_SENTENCE_END = frozenset(".?!:;")
_LIST_NUMBER = regexcache.compile(r"\d{1,2}[.)](?:\s|\Z)")


def _soft_wrapped(contents: list[str], kinds: bytearray, index: int, width: int) -> bool:
    """Whether quoted line ``index`` runs on into the next quoted line: the
    line is long and ends mid-sentence, and the next opens with a lower-case
    letter or a number that is not a list item's, and its first word would
    not have fitted on the line (``width``: the longest quoted line). Its
    break then reads as a space, so the customer's sentence stays whole for
    the readers of the quoted view (a line break is a cut point for them)."""
    if index + 1 >= len(contents) or kinds[index + 1] != _QUOTED:
        return False
    line = contents[index].rstrip()
    if len(line) < _WRAP_MIN or line[-1] in _SENTENCE_END:
        return False
    following = contents[index + 1].lstrip()
    if len(line) + 1 + len(following.split(" ", 1)[0]) <= width:
        return False  # the next line's first word would have fitted: a real break
    if following[:1].isdigit():
        # "... for\n> 10 weeks" runs on; "1." or "2)" opens a list item
        return _LIST_NUMBER.match(following) is None
    return following[:1].islower()


def _spaces(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def _mark_top_level_quotes(
    contents: list[str], kinds: bytearray, events: list[int], budget: list[int]
) -> None:
    """Pass 2: intros among the agent's lines, and what they introduce."""
    count = len(contents)
    resume = 0
    for index in events:
        if index < resume or kinds[index] != _OWN:
            continue
        intro = _intro_length(contents, kinds, index, budget)
        if intro:
            _mark(kinds, index, index + intro, _META)
            after = index + intro
        elif _header_block_end(contents, kinds, index) is not None:
            _mark_separator_before(contents, kinds, index)
            after = index
        else:
            continue
        after = _skip_blank(contents, after)
        block_end = _header_block_end(contents, kinds, after)
        if block_end is not None:
            _mark(kinds, after, block_end, _META)
            after = _skip_blank(contents, block_end)
        if after < count and kinds[after] == _QUOTED:
            resume = after  # a ">" quote: the agent may write again below it
            continue
        end = _bottom_post_start(contents, kinds, index, after)
        # an unmarked quote runs to the end, or, opening the draft, to a
        # separator line (meta) or the agent's greeting (their own)
        kinds[after:end] = kinds[after:end].translate(_OWN_TO_QUOTED)
        if end < count and _SEPARATOR.match(contents[end]):
            kinds[end] = _META
        return


def _mark_helpdesk_history(contents: list[str], kinds: bytearray) -> None:
    """Pass 0: a helpdesk's reply marker ("##- Please type your reply above
    this line -##") is meta, and the thread it heads is history (quoted, as an
    unmarked quote is). With words above the marker, the marker opens the
    history, as a top-posted reply's quote does; with none (a helpdesk that
    shows the latest comment first, under its marker), the comment runs to
    the first separator line ("------") with words below it, and what follows
    is the older thread: the agent's earlier message and its questions.
    One pass over the lines, and only when a marker is there."""
    count = len(contents)
    marker = next(
        (
            index
            for index, line in enumerate(contents)
            if kinds[index] == _OWN
            and len(line) <= _MAX_MARKER_LINE
            and "line" in line.lower()
            and _REPLY_MARKER.match(line.strip())
        ),
        None,
    )
    if marker is None:
        return
    kinds[marker] = _META
    if any(contents[i].strip() and kinds[i] == _OWN for i in range(marker)):
        start = marker + 1
    else:
        start = count
        words = False
        for index in range(marker + 1, count):
            if kinds[index] != _OWN:
                continue
            if words and _SEPARATOR.match(contents[index]):
                below = _skip_blank(contents, index + 1)
                if below < count:
                    kinds[index] = _META
                    start = index + 1
                    break
            words = words or bool(contents[index].strip())
    kinds[start:] = kinds[start:].translate(_OWN_TO_QUOTED)


def _bottom_post_start(contents: list[str], kinds: bytearray, intro: int, after: int) -> int:
    """Where an unmarked quote that opens the draft ends: at the first
    separator line ("---", "____") with words below it, or at the first
    greeting line ("Hi Nadia,", "Dear Mr Mercer,") after a blank line below
    the quote's first line, where the agent bottom-posts their reply; else
    at the end. A quote with the agent's words above it is top-posting and
    runs to the end."""
    count = len(contents)
    if any(contents[i].strip() and kinds[i] == _OWN for i in range(intro)):
        return count
    for index in range(after, count):
        if kinds[index] != _OWN:
            continue
        line = contents[index]
        if _SEPARATOR.match(line):
            below = _skip_blank(contents, index + 1)
            if below < count and _header_block_end(contents, kinds, below) is None:
                return index
        elif (
            index > after
            and not contents[index - 1].strip()
            and len(line) <= _MAX_GREETING_LINE
            and _BOTTOM_GREETING.match(line)
        ):
            return index
    return count


def _mark_nested_meta(
    contents: list[str], kinds: bytearray, events: list[int], budget: list[int]
) -> list[tuple[int, int]]:
    """Pass 3: attributions and header blocks inside the quote are not the
    customer's words. Returns them, as ``[start, end)`` line ranges."""
    resume = 0
    found: list[tuple[int, int]] = []
    for index in events:
        if index < resume or kinds[index] != _QUOTED:
            continue
        intro = _intro_length(contents, kinds, index, budget)
        if intro:
            _mark(kinds, index, index + intro, _META)
            resume = index + intro
            found.append((index, resume))
            continue
        block_end = _header_block_end(contents, kinds, index)
        if block_end is not None:
            _mark_separator_before(contents, kinds, index)
            _mark(kinds, index, block_end, _META)
            resume = block_end
            found.append((index, resume))
    return found


def _mark_history(
    contents: list[str], kinds: bytearray, depths: dict[int, int], nested: list[tuple[int, int]]
) -> None:
    """Pass 4: what an attribution or header block inside the quote introduces,
    once the customer has written above it, is the thread's history (our own
    earlier reply, their older mail, a notice they forwarded): not the
    message to answer. It is the lines at least as deep as the first one after
    the intro, up to where the agent writes again; shallower lines below it
    are the customer answering inline and stay theirs. An intro that opens
    the quote (before any of the customer's words) is left alone.

    ``nested`` are the intros as ``[start, end)`` line ranges, in order. One
    pass over the lines: an intro that starts history lowers the depth from
    which lines are history until the agent writes again, so a long thread of
    nested intros costs no more than its lines."""
    count = len(contents)
    # The nearest line above each intro that is neither blank nor an intro.
    above_of: dict[int, int] = {}
    wanted = {start for start, _ in nested}
    last = -1
    for index in range(count):
        if index in wanted:
            above_of[index] = last
        if kinds[index] != _META and contents[index].strip():
            last = index
    starts: dict[int, int] = {}  # first line of history -> its depth
    for start, end in nested:
        above = above_of[start]
        if above < 0 or kinds[above] != _QUOTED:
            continue  # nothing of the customer's above the intro, within this quote
        first = end
        while first < count and not contents[first].strip():
            first += 1
        if first >= count or kinds[first] != _QUOTED:
            continue
        depth = depths.get(first, 0)
        if depth < depths.get(start, 0):
            continue  # back out of the intro's level: the customer's words again
        starts[first] = min(depth, starts.get(first, depth))
    if not starts:
        return
    floor = None  # lines this deep or deeper are history; None: none are
    for index in range(min(starts), count):
        kind = kinds[index]
        if kind == _OWN and contents[index].strip():
            floor = None  # the agent writes again
        if index in starts:
            depth = starts[index]
            floor = depth if floor is None else min(floor, depth)
        if floor is not None and kind == _QUOTED and depths.get(index, 0) >= floor:
            kinds[index] = _META


def _mark_deeper_history(contents: list[str], kinds: bytearray, depths: dict[int, int]) -> None:
    """Pass 5: below the customer's words, lines quoted deeper than theirs
    ("> > Hi Jess, your wardrobe will be delivered on Saturday") are the
    thread's history even with no attribution above them (a client that
    strips "On ... wrote:", a customer who trimmed it): not the message to
    answer. The customer's depth is that of the first quoted line with words
    since the agent last wrote; shallower lines lower it (the customer
    answering below an older quote, which is history too). One pass over the
    lines; a line is looked at again only when a shallower one lowers the
    depth, at most once per level."""
    customer_depth: int | None = None
    block: list[int] = []  # quoted lines with words since the agent last wrote, kept
    cited = False  # the deeper lines under way are quoted by the customer, after a colon
    last = ""  # the customer's last line at their depth
    for index, line in enumerate(contents):
        kind = kinds[index]
        if kind == _META or not line.strip():
            continue
        if kind == _OWN:
            customer_depth = None  # the agent writes again: a new quote may follow
            block = []
            continue
        depth = depths.get(index, 0)
        if customer_depth is not None and depth > customer_depth:
            previous = block[-1] if block else None
            if previous is None or (
                kinds[previous] != _META and depths.get(previous, 0) == customer_depth
            ):
                # "> I asked this last week and still no answer:" above "> > Can
                # I get a refund?": the customer quotes it to ask it again
                cited = last.rstrip().endswith(":")
            if not cited:
                kinds[index] = _META
            block.append(index)
            continue
        cited = False
        last = line
        if customer_depth is not None and depth < customer_depth:
            # "> > Hi Mark, your card was posted." above "> It came, thanks.
            # How do I ...?": what the customer wrote below is the message
            for above in block:
                if depths.get(above, 0) > depth:
                    kinds[above] = _META
            block = [above for above in block if kinds[above] == _QUOTED]
        customer_depth = depth
        block.append(index)


def _intro_length(contents: list[str], kinds: bytearray, index: int, budget: list[int]) -> int:
    """How many lines (0, 1 or 2) of reply/forward intro start at ``index``, per quotequail."""
    first = contents[index]
    if budget[0] <= 0 or len(first) > MAX_INTRO_LINE or not first.strip():
        return 0
    window_lines = [first]
    following = index + 1
    if (
        following < len(contents)
        and kinds[following] == kinds[index]
        and len(contents[following]) <= MAX_INTRO_LINE
    ):
        window_lines.append(contents[following])
    if not any(line.rstrip().endswith(_INTRO_ENDINGS) for line in window_lines):
        return 0
    budget[0] -= 1
    if _WROTE_ON.match(first):
        return 1  # "Priya Raman wrote on 3 March 2026 at 09:12:", which quotequail misses

    import quotequail

    window = "\n".join(window_lines)
    begin = _quote_start_line(quotequail.quote(window, limit=None, quote_intro_line=True), window)
    if begin != 0:
        return 0  # an intro on the next line is found when that line's turn comes
    end = _quote_start_line(quotequail.quote(window, limit=None, quote_intro_line=False), window)
    return end if end else 0


def _quote_start_line(chunks: list[tuple[bool, str]], window: str) -> int | None:
    """The line of ``window`` where quotequail's first quoted chunk begins.

    Chunks are located by searching forward from a cursor rather than by
    adding up lengths, so this holds whatever separators quotequail keeps.
    """
    cursor = 0
    for is_own, chunk in chunks:
        at = window.find(chunk, cursor)
        if at < 0:
            return None
        if not is_own:
            if not chunk:  # nothing after the intro: the quote starts past the window
                return window.count("\n", 0, cursor) + 1
            return window.count("\n", 0, at)
        cursor = at + len(chunk)
    return None


def _header_block_end(contents: list[str], kinds: bytearray, index: int) -> int | None:
    """End of an e-mail header block ("From:" then "Sent:"/"To:"/...) starting at
    ``index``, within lines of the same kind, or ``None``."""
    count = len(contents)
    if index >= count or ":" not in contents[index]:
        return None
    first = _HEADER_FIELD.match(contents[index])
    if first is None or first.group(1).lower() not in _FROM_FIELDS:
        return None
    kind = kinds[index]
    confirmed = False
    end = index + 1
    while end < count and end - index < _HEADER_BLOCK_LINES and kinds[end] == kind:
        line = contents[end]
        if not line.strip():
            break
        field = _HEADER_FIELD.match(line)
        if field is not None and field.group(1).lower() in _OTHER_FIELDS:
            confirmed = True
        elif confirmed and not _header_continues(line, contents[end - 1]):
            break  # the message itself, with no blank line after the headers
        elif not confirmed and end - index >= 2:
            return None  # two lines and still no second header: not a header block
        end += 1
    return end if confirmed else None


def _header_continues(line: str, previous: str) -> bool:
    """Whether ``line``, after a confirmed header field, still belongs to the
    header block: another field ("Importance: High"), or a wrapped value (an
    indented line, or one after an address list's "," or ";")."""
    return bool(
        _ANY_FIELD.match(line) or line[:1] in (" ", "\t") or previous.rstrip().endswith((",", ";"))
    )


def _mark_separator_before(contents: list[str], kinds: bytearray, index: int) -> None:
    before = index - 1
    while before >= 0 and not contents[before].strip():
        before -= 1
    if before >= 0 and kinds[before] == kinds[index] and _SEPARATOR.match(contents[before]):
        kinds[before] = _META


def _skip_blank(contents: list[str], index: int) -> int:
    while index < len(contents) and not contents[index].strip():
        index += 1
    return index


def _mark(kinds: bytearray, start: int, end: int, kind: int) -> None:
    for index in range(start, min(end, len(kinds))):
        kinds[index] = kind
