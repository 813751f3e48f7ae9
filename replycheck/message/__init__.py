"""Reading an email and finding its parts.

The central idea is the *view*: a string exactly as long as the text the
caller gave, in which every character that does not belong to the view is
replaced by a space (line breaks are kept, but for a quoted line the mail
client wrapped mid-sentence, whose break reads as a space). The NLP pass
runs on a view, so every token offset is already an offset into the caller's
text and no offset map is needed.

- ``Message.own``: the agent's own words (quoted customer text, quote
  markers and "On ... wrote:" / Outlook header blocks are blanked).
- ``Message.quoted``: only the quoted customer words (markers blanked), or
  ``None`` when the draft quotes nothing.

Regions (greeting, closing, sign-off, signature) are spans of the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Region(NamedTuple):
    """A half-open character span ``[start, end)`` of the message text.

    A named tuple rather than a frozen dataclass: reading a draft makes a
    handful (greeting, body, each paragraph, closing, sign-off, signature),
    and a frozen dataclass takes three times as long to make. ``in`` tests an
    offset, not the tuple's items."""

    start: int
    end: int

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end

    def overlaps(self, start: int, end: int) -> bool:
        return start < self.end and self.start < end


@dataclass(frozen=True)
class Message:
    """A parsed email body with its views and regions (see module docstring)."""

    text: str
    own: str
    quoted: str | None
    greeting: Region | None
    body: Region
    paragraphs: tuple[Region, ...]
    closing: Region | None
    signoff: Region | None
    signature: Region | None


from replycheck.message.reading import read_bytes, read_text  # noqa: E402
from replycheck.message.regions import parse_message, parse_views  # noqa: E402

__all__ = [
    "Message",
    "Region",
    "parse_message",
    "parse_views",
    "read_bytes",
    "read_text",
]
