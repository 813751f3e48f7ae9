"""What a web form wraps around a customer's words.

A contact form delivers the customer's message as labelled fields::

    New contact form submission

    Name: Tomasz Wierzbicki
    Order number: CYC-228190
    Have you ordered from us before?: Yes
    Message:
    Hi, when is my wheel going to ship?

The labels are the form's words, not the customer's: read as sentences,
"Have you ordered from us before?" is a question and "Order number: ..." or
"Email: ..." an order ("Order", "Email" read as verbs), none of which a
reply should answer. ``blank_form_labels`` blanks, in a view (see
``replycheck.message``), the label of every line in a run of two or more
field lines ("Label: value", a label of at most nine words with no sentence
inside it, the label may end in "?", a label with nothing after it may have
its value on the line below: "Name:" / "Tom") and the short heading just
above such a run ("Contact us form", "Website enquiry"), or that heading's
label when it is a field itself ("Contact form: Returns & exchanges"). Values
are kept: "Your question: Can you do the service too?" still asks. One field
line on its own is left alone, so a customer's "Problem: it leaks, can you
fix it?" reads as before. One pass over the lines; linear.
"""

from __future__ import annotations

from replycheck import regexcache
from replycheck.message.footers import blank_spans

#: A field line: a capitalised label of one to nine words (no ".", "!" or ":"
#: inside; an abbreviation's "." or a "?" only at its end), a colon, then a
#: value or nothing.
_FIELD = regexcache.compile(
    r"[ \t]{0,8}[*_]{0,2}(?P<label>[A-Z][\w'’()/&#,-]*(?:[ \t]+[\w'’()/&#,-]+){0,8}\.?[ \t]?\??)"
    r"[*_]{0,2}:[*_]{0,2}(?:[ \t]|\Z)"
)
#: A label is the form's, never the customer speaking ("I have one question:")
#: or going on ("And another thing:").
_SPEAKS = regexcache.compile(r"\bI\b|\A(?:And|But|So|Also|Then|Or|Plus)\b")
#: A form's heading: one to six words, no sentence end, no colon.
_HEADING = regexcache.compile(r"[ \t]{0,8}[A-Z][\w'’&/-]*(?:[ \t]+[\w'’&/()-]+){0,5}[ \t]*\Z")
_MAX_LINE = 2000
_LINE = regexcache.compile(r"[^\r\n]+|(?<=\n)(?=\r?\n)|(?<=\r)(?=\r)")
#: A run of at least this many field lines is a form.
_MIN_FIELDS = 2


def blank_form_labels(view: str) -> str:
    """``view`` with a web form's field labels and heading blanked (see the module)."""
    if view.count(":") < _MIN_FIELDS:
        return view
    lines = [m.span() for m in _LINE.finditer(view)]
    labels: list[tuple[int, int]] = []  # (start, end) of each field line's label and colon
    for start, end in lines:
        if end - start > _MAX_LINE:
            labels.append((-1, -1))
            continue
        match = _FIELD.match(view, start, end)
        if match is not None and _SPEAKS.search(match.group("label")):
            match = None  # "I have one question: ...", "And another: ..."
        labels.append((start, match.end()) if match is not None else (-1, -1))
    blank: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if labels[index][0] < 0:
            index += 1
            continue
        run_end = index
        fields = 0
        while run_end < len(lines) and labels[run_end][0] >= 0:
            fields += 1
            run_end += 1
            if (
                run_end + 1 < len(lines)
                and labels[run_end][0] < 0
                and labels[run_end + 1][0] >= 0
                and not view[labels[run_end - 1][1] : lines[run_end - 1][1]].strip()
                and view[lines[run_end][0] : lines[run_end][1]].strip()
            ):
                run_end += 1  # "Name:" above its value on a line of its own
        if fields >= _MIN_FIELDS:
            blank.extend(labels[index:run_end])
            heading = _heading_above(view, lines, index)
            if heading is not None:
                blank.append(heading)
        index = run_end
    return blank_spans(view, blank)


def _heading_above(view: str, lines: list[tuple[int, int]], index: int) -> tuple[int, int] | None:
    """The short heading line just above line ``index`` (one blank line may
    come between), when it is the first line of its paragraph."""
    above = index - 1
    if above >= 0 and not view[lines[above][0] : lines[above][1]].strip():
        above -= 1
    if above < 0:
        return None
    start, end = lines[above]
    if above > 0 and view[lines[above - 1][0] : lines[above - 1][1]].strip():
        return None  # the last line of a paragraph, not a heading
    if end - start > 80:
        return None
    if _HEADING.match(view, start, end) is not None:
        return start, end
    titled = _FIELD.match(view, start, end)  # "Contact form: Returns & exchanges"
    return (start, titled.end()) if titled is not None else None
