"""What each sentence of the draft offers as an answer.

A draft sentence is reduced to a ``Statement``: its topic (see
``replycheck.thread.topic``) and the *answer types* it offers, each with a
strength (1 = a cue word, 2 = hard evidence such as a weekday, a date, an
amount of money, a link or a tracking number). Acknowledgements and deferrals
("We have received your question about refunds", "We'll look into it") are
cut out before the answer types are read, so they never count as an answer;
a sentence that *opens* with one counts only for what follows its first
clause break ("I understand you'd like a refund, and I've processed it").
Sentences the agent ends with "?" offer nothing: asking back is not answering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from replycheck.thread.lexicon import Lexicon, fold
from replycheck.thread.topic import Topic, topic_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Hard evidence no word list can give (fixed patterns, linear time).
_STRONG: dict[str, re.Pattern[str]] = {
    "time": re.compile(
        r"\b(?:\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?|\d{1,2}(?::\d{2})?\s?(?:am|pm)"
        r"|\d{1,2}:\d{2}|\d{1,2}(?:st|nd|rd|th)|\d+\s*(?:-|to)?\s*\d*\s*"
        r"(?:business |working )?(?:days?|hours?|hrs?|minutes?|mins?|weeks?|months?)"
        r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow"
        r"|tonight|next week|this week)\b"
        r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
        r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}\b"
    ),
    "money": re.compile(
        r"[$€£¥]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|cents?|%)"
        r"|\bfree\b|\bno (?:extra )?(?:charge|cost|fee)\b|\bfull refund\b"
    ),
    "place": re.compile(
        r"https?://|\bwww\.|\b[a-z0-9-]+\.(?:com|co\.uk|org|net|io)\b"
        r"|\btracking (?:number|link|code)\b|\b[a-z]{2}\d{6,}\b|\b\d{8,}\b"
    ),
    "number": re.compile(r"\b\d+\b"),
}
_WORDS = re.compile(r"\w+")
#: A sentence with this many words left once acknowledgements are cut out makes
#: a statement: an explanation or a plain yes ("The extra £20 is a one-off charge").
_STATEMENT_WORDS = 4
_BREAK = re.compile(
    r"[;:]\s|\s[-\u2013\u2014]\s"
    r"|(?:,\s|\s(?:and|but|so|however)\s)\s*(?=(?:i|we|you|it|your|the|this|our"
    r"|yes|no|unfortunately|sadly|there|he|she|they)\b)"
)
_TYPES = ("time", "place", "money", "number", "yes_no", "action", "reason", "method", "person")


@dataclass(frozen=True)
class Statement:
    """One sentence of the draft as an answer candidate."""

    start: int
    end: int
    topic: Topic
    offers: dict[str, int] = field(default_factory=dict)
    bare: bool = False  # opens with a bare yes/no ("Yes,", "I'm afraid not")
    asks_back: bool = False

    @property
    def substantive(self) -> bool:
        """Says something beyond acknowledging: offers an answer type other than
        a bare statement (generic asks need that much)."""
        return any(t != "statement" for t in self.offers) and not self.asks_back


def read_draft(doc: Doc, lexicon: Lexicon) -> list[Statement]:
    """The draft's own sentences as ``Statement``s, in order."""
    folded = fold(doc.text)
    statements = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        piece = folded[start:end]
        if not piece.strip():
            continue
        lead = len(piece) - len(piece.lstrip())
        start += lead
        piece = piece.strip()
        end = start + len(piece)
        topic = topic_of(doc, start, end, lexicon)
        asks_back = piece.rstrip(" )\"'").endswith("?")
        said = _without_acknowledgements(piece, lexicon)
        offers = {} if asks_back else _offers(said, lexicon)
        bare_pattern = lexicon.evidence.get("bare")
        bare = bool(bare_pattern is not None and bare_pattern.match(said.lstrip()))
        statements.append(Statement(start, end, topic, offers, bare and not asks_back, asks_back))
    return statements


def _without_acknowledgements(piece: str, lexicon: Lexicon) -> str:
    """The sentence with acknowledgement phrases blanked (same length)."""
    pattern = lexicon.pattern("ack")
    if pattern is None:
        return piece
    matches = list(pattern.finditer(piece))
    if not matches:
        return piece
    chars = list(piece)
    for match in matches:
        chars[match.start() : match.end()] = " " * (match.end() - match.start())
    said = "".join(chars)
    first = matches[0]
    if len(_WORDS.findall(piece[: first.start()])) <= 2:  # opens with an acknowledgement
        cut = _BREAK.search(said, first.end())
        said = " " * cut.end() + said[cut.end() :] if cut else " " * len(said)
    return said


def _offers(said: str, lexicon: Lexicon) -> dict[str, int]:
    offers: dict[str, int] = {}
    past = lexicon.evidence.get("past")
    if past is not None and past.search(said):
        offers["past"] = 1
        said = past.sub(lambda m: " " * len(m.group(0)), said)
    if len(_WORDS.findall(said)) >= _STATEMENT_WORDS:
        offers["statement"] = 1
    for answer_type in _TYPES:
        strong = _STRONG.get(answer_type)
        if strong is not None and strong.search(said):
            offers[answer_type] = 2
            continue
        pattern = lexicon.evidence.get(answer_type)
        if pattern is not None and pattern.search(said):
            offers[answer_type] = 1
    return offers
