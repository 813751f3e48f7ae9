"""What every check reads: the parsed draft, its one ``Doc``, the customer's
message when known, and helpers that turn spans into findings."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from replycheck.model import Asked, Clarity, Finding, Where, line_and_column
from replycheck.nlp import lower_ids as doc_lower_ids

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from replycheck.message import Message, Region
    from replycheck.rules import Rule


class CheckContext:
    """One draft under check.

    ``doc`` is parsed from ``message.own`` (the agent's words; quoted text is
    blanked), so its character offsets are offsets into ``message.text``.
    ``original_doc`` is parsed from the customer's words: ``original.own`` when
    the caller passed the customer's message, else ``message.quoted``; its
    offsets index ``original_text`` (the passed message, or the draft).

    A plain class with explicit lazy attributes, so that mypyc compiles it
    (checks read it dozens of times a draft): compiled, a dataclass evaluates
    its annotations at import (``Doc`` and ``Message`` are imported only for
    type checking) and a ``cached_property`` stops caching. The lazy values
    are worked out on the first read and kept, without the lock Python
    3.11's ``cached_property`` takes; a context is only ever read by the
    thread checking its draft.
    """

    def __init__(
        self,
        message: Message,
        doc: Doc,
        original: Message | None = None,
        original_doc: Doc | None = None,
        original_where: Where | None = None,
        capabilities: frozenset[str] = frozenset(),
        asked: list[Asked] | None = None,
    ) -> None:
        self.message = message
        self.doc = doc
        self.original = original
        self.original_doc = original_doc
        self.original_where = original_where
        self.capabilities = capabilities
        self.asked: list[Asked] = [] if asked is None else asked
        self._lower_ids: frozenset[int] | None = None
        self._original_lower_ids: frozenset[int] | None = None
        self._lower_text: str | None = None
        self._clarity: Clarity | None = None

    @property
    def text(self) -> str:
        return self.message.text

    @property
    def original_text(self) -> str | None:
        if self.original_where == "original" and self.original is not None:
            return self.original.text
        if self.original_where == "quoted":
            return self.message.text
        return None

    def region_of(self, scope: str) -> Region | None:
        """The draft region a rule's ``scope`` names (``own`` means everything)."""
        if scope == "closing":
            return self.message.closing
        if scope == "body":
            return self.message.body
        return None

    def finding(
        self,
        rule: Rule,
        start: int,
        end: int,
        *,
        where: Where = "draft",
        message: str | None = None,
        suggestions: tuple[str, ...] | None = None,
    ) -> Finding:
        """A finding of ``rule`` at ``[start, end)`` of the text ``where`` names."""
        text = self.original_text if where == "original" else self.text
        assert text is not None
        line, column = line_and_column(text, start)
        matched = text[start:end]
        return Finding(
            code=rule.code,
            rule=rule.name,
            category=rule.category,
            severity=rule.severity,  # type: ignore[arg-type]
            message=message or rule.message,
            where=where,
            start=start,
            end=end,
            line=line,
            column=column,
            text=matched,
            suggestions=rule.suggestions_for(matched) if suggestions is None else suggestions,
        )

    def span_finding(self, rule: Rule, span: Span, **kwargs: Any) -> Finding:
        return self.finding(rule, span.start_char, span.end_char, **kwargs)

    def sentiment(self, text: str) -> dict[str, float]:
        """VADER polarity scores for a sentence (lexicon loaded once per process)."""
        return _vader().polarity_scores(text)

    # -- cheap gates: could a check fire on this draft at all? ----------------

    @property
    def lower_ids(self) -> frozenset[int]:
        """Hashes of the draft's lower-cased tokens (one array pass, no ``Token`` objects)."""
        ids = self._lower_ids
        if ids is None:
            ids = self._lower_ids = doc_lower_ids(self.doc)
        return ids

    @property
    def original_lower_ids(self) -> frozenset[int]:
        """As ``lower_ids``, for the customer's message (empty when unknown)."""
        ids = self._original_lower_ids
        if ids is None:
            doc = self.original_doc
            ids = self._original_lower_ids = doc_lower_ids(doc) if doc is not None else frozenset()
        return ids

    @property
    def lower_text(self) -> str:
        """The agent's own words lower-cased (same length and offsets as ``message.own``)."""
        text = self._lower_text
        if text is None:
            text = self._lower_text = self.message.own.lower()
        return text

    def has_any(self, words: frozenset[str], *, original: bool = False) -> bool:
        """Whether the draft (or the customer's message) has a token whose
        lower-case form is one of ``words``. Checks call this first and return
        early: most drafts give most checks nothing to look at."""
        ids = self.original_lower_ids if original else self.lower_ids
        return not ids.isdisjoint(_word_ids[words])  # word_ids inlined: ~30 times a draft

    @property
    def clarity(self) -> Clarity:
        clarity = self._clarity
        if clarity is None:
            clarity = self._clarity = _clarity_measure()(self.doc, self.message)
        return clarity


class _WordIds(dict[frozenset[str], frozenset[int]]):
    """spaCy's string hashes per word set, made on a set's first lookup.

    ``word_ids`` is this dictionary's own ``__getitem__``: the checks and
    the matcher call it ~40 times a draft, nearly always for a set seen
    before, and a hit is then one C-level lookup with no Python frame. Equal
    sets get the same ``frozenset`` of ids (the matcher compares them by
    identity)."""

    def __missing__(self, words: frozenset[str]) -> frozenset[int]:
        from replycheck.nlp import word_id

        ids = self[words] = frozenset(word_id(word) for word in words)
        return ids


_word_ids = _WordIds()

#: ``word_ids(words)``: spaCy's string hashes of ``words`` (cached per word set).
word_ids: Callable[[frozenset[str]], frozenset[int]] = _word_ids.__getitem__


@cache
def _clarity_measure() -> Any:
    """``replycheck.clarity.measure``, imported on the first draft and kept (a
    ``from ... import`` statement per draft cost over a microsecond)."""
    from replycheck.clarity import measure

    return measure


_analyzer: Any = None


def _vader() -> Any:
    global _analyzer
    if _analyzer is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _analyzer = SentimentIntensityAnalyzer()
    return _analyzer
