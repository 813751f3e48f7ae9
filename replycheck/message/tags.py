"""Agent tags: the initials a social-media or chat reply is signed with.

Brands' agents end a tweet or chat message with a mark and their initials
("...arrives Friday. ^AK", "-FR", "/RH", "*AFC", "--JV", "- BH", "= JJ") or,
after a caret, a first name ("^Jenny"). A tag is a signature: not words of
the reply (regions end the body before it) and not jargon (clarity skips it).

One definition for both, so the body and the jargon count agree on what a tag
is.
"""

from __future__ import annotations

from typing import Final

from replycheck import regexcache

#: Marks a tag starts with; up to two of them ("--JV").
MARKS: Final = frozenset("^*/-–—=~")
#: Initials after any mark; after a caret, also a capitalised first name.
_INITIALS: Final = regexcache.compile(r"[A-Z]{2,4}")
_NAME: Final = regexcache.compile(r"[A-Z][A-Za-z]{0,11}")
#: What follows a tag: the end of its line, or a link ("^NC https://t.co/...").
_LINE_END_OR_LINK: Final = regexcache.compile(r"[ \t]*(?:[\r\n]|\Z|https?://)")
#: The last word of a stretch (a tag candidate), looked for in its last
#: ``_LONGEST`` characters (a caret's name is at most twelve letters).
_LAST_WORD: Final = regexcache.compile(r"[A-Za-z]+\Z")
_LONGEST: Final = 16


def tag_start(text: str, start: int, end: int) -> int | None:
    """Where the tag starts (at its first mark) when the word ``text[start:end]``
    is an agent tag, else None.

    The word is initials (two to four capitals) or, after a caret, a
    capitalised name; one or two marks come right before it; a space, the
    start of the text or a sentence's end comes before the marks (so not
    "TCP/IP" or "Wi-Fi"), and for initials set off by a space
    ("Thanks! - BH") a sentence's end or the start of a line; and the end of
    the line or a link comes after the word.
    """
    word = text[start:end]
    at = start
    spaced = at > 1 and text[at - 1] in " \t" and word.isupper()
    if spaced:
        at -= 1  # "- BH"
    marks = at
    while marks > 0 and at - marks < 2 and text[marks - 1] in MARKS:
        marks -= 1
    if marks == at:
        return None
    shape = _NAME if "^" in text[marks:at] else _INITIALS
    if shape.fullmatch(word) is None:
        return None
    before = text[:marks].rstrip(" \t")[-1:] if spaced else text[marks - 1 : marks]
    if before and not (before.isspace() or before in ".!?)"):
        return None  # "Wi-Fi", "TCP/IP"; spaced, only after a sentence: "your ID - PIN"
    if _LINE_END_OR_LINK.match(text, end) is None:
        return None
    return marks


def trailing_tag(text: str, start: int, end: int) -> int | None:
    """Where a tag ending the stretch ``text[start:end]`` starts, or None; a
    stretch that is nothing but the tag has none (it keeps its words)."""
    word = _LAST_WORD.search(text, max(start, end - _LONGEST), end)
    if word is None:
        return None
    found = tag_start(text, word.start(), end)
    if found is None or found <= start or not text[start:found].strip():
        return None
    return found
