"""Phrase lists matched on lower-case token hashes, without spaCy ``Doc``s.

spaCy's ``PhraseMatcher`` wants every phrase as a ``Doc``; building ~2,700
of them (and the lexemes of their words) was a visible part of a cold
``replycheck draft.txt``. A phrase of plain lower-case words tokenizes to its
words, so its hashes come straight from the string store's hash function;
anything else goes through the tokenizer once (``Pipeline.phrase_ids``).

Matching walks a trie of hashes from each occurrence of a phrase's first
word, read from the ``Doc``'s word index (``replycheck.nlp.word_positions``):
it costs time in proportion to the occurrences of words that start a phrase,
and it finds exactly what ``PhraseMatcher(attr="LOWER")`` finds: every
occurrence of every phrase, overlapping ones included.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final

from replycheck.nlp import lower_ids as doc_lower_ids
from replycheck.nlp import token_table, word_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Trie key under which a node keeps the labels of the phrases ending there
#: (token hashes are unsigned, so no token has it).
_ENDS: Final = -1


class PhraseIndex:
    """Labelled phrases, each a sequence of lower-case token hashes."""

    def __init__(self) -> None:
        #: A trie: token hash -> child node; under ``_ENDS``, the labels of
        #: the phrases that end at this node.
        self._root: dict[int, Any] = {}
        self._gates: tuple[frozenset[int], dict[int, frozenset[int]]] | None = None

    def add(self, label: str, phrases: Iterable[Sequence[int]]) -> None:
        """Add ``phrases`` (token hash sequences) under ``label``; empty ones are skipped."""
        for ids in phrases:
            if not ids:
                continue
            node = self._root
            for token in ids:
                node = node.setdefault(token, {})
            labels = node.setdefault(_ENDS, [])
            if label not in labels:
                labels.append(label)
        self._gates = None  # derived again on the next ``find``

    def trie(self) -> dict[int, Any]:
        """The trie itself (for a cache of it; see ``restore``)."""
        return self._root

    def restore(self, trie: dict[int, Any]) -> None:
        """Take ``trie`` (as ``trie`` gave it) as this index's phrases."""
        self._root = trie
        self._gates = None

    def _gate_words(self) -> tuple[frozenset[int], dict[int, frozenset[int]]]:
        """Every phrase's first word; and for first words that end no phrase,
        the words that may follow them (a ``Doc`` holding none of those cannot
        match a phrase starting there). Derived once after the last ``add``."""
        if self._gates is None:
            seconds = {
                first: frozenset(node) for first, node in self._root.items() if _ENDS not in node
            }
            self._gates = frozenset(self._root), seconds
        return self._gates

    def __bool__(self) -> bool:
        return bool(self._root)

    def find(self, doc: Doc, lower_ids: frozenset[int] | None = None) -> list[tuple[str, int, int]]:
        """``(label, start, end)`` token spans of every phrase occurrence in ``doc``."""
        if lower_ids is None:
            lower_ids = doc_lower_ids(doc)
        first_words, seconds = self._gate_words()
        firsts = first_words & lower_ids
        if not firsts:
            return []
        lowers = token_table(doc).lower
        positions = word_positions(doc)
        root = self._root
        size = len(lowers)
        found: list[tuple[str, int, int]] = []
        for first in firsts:
            following = seconds.get(first)
            if following is not None and following.isdisjoint(lower_ids):
                continue
            start_node = root[first]
            for start in positions[first]:
                node = start_node
                end = start + 1
                while True:
                    labels = node.get(_ENDS)
                    if labels is not None:
                        found.extend((label, start, end) for label in labels)
                    if end == size:
                        break
                    node = node.get(lowers[end])  # type: ignore[assignment]
                    if node is None:
                        break
                    end += 1
        return found
