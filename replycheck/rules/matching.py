"""The two data rule kinds, compiled once per ``Checker`` into one
``PhraseIndex`` and one spaCy ``Matcher`` over the draft's ``Doc``.

- ``phrase``: each phrase is tokenized and matched on lower-cased tokens
  (``replycheck.rules.phrases``).
- ``pattern``: spaCy ``Matcher`` token patterns; ``LEMMA`` is expanded to the
  inflected forms (``LOWER IN [...]``) when the pipeline has no lemmatizer.

A rule's ``unless`` phrases are antipatterns: a match they overlap is dropped.
spaCy's matchers run in time linear in the tokens for a fixed set of
patterns, so no user pattern can make the checker hang.

Most drafts contain none of the words most patterns need, and spaCy's
``Matcher`` still walks every token through every pattern. So each pattern's
*anchors* are read off it once: for every token it must match (no ``OP``, or
``+``) with a ``LOWER``/``ORTH``/``TEXT`` word or ``IN`` list, the set of
lower-case words that token could be. A pattern runs only on a ``Doc`` that has
a word from each of its anchor sets; patterns with no anchor always run. The
gate is a superset test on token hashes, so it never drops a match.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from replycheck.cachefile import cache_dir, prune_entries, write_atomic
from replycheck.context import word_ids
from replycheck.errors import RulesetError
from replycheck.nlp import lower_ids as doc_lower_ids
from replycheck.rules.inflect import inflections
from replycheck.rules.phrases import PhraseIndex
from replycheck.rules.registry import builtin_digest

# Imported at run time, not under TYPE_CHECKING: ``_Gated`` (a NamedTuple)
# names ``Rule`` as a field type, and the compiled build (mypyc) looks the
# name up when it builds the class, so the module failed to import there.
from replycheck.rules.schema import Rule
from replycheck.rules.tokens import DocArrays, TokenPattern

if TYPE_CHECKING:
    from pathlib import Path

    from spacy.tokens import Doc

    from replycheck.nlp import Pipeline

_UNLESS: Final = "::unless"


class RuleMatcher:
    """All phrase and pattern rules of a rule set, ready to run on a ``Doc``."""

    def __init__(self, rules: Sequence[Rule], pipeline: Pipeline) -> None:
        from spacy.matcher import Matcher

        vocab = pipeline.nlp.vocab
        self._phrases = PhraseIndex()
        self._patterns = Matcher(vocab, validate=True)  # patterns with no anchor
        #: Patterns with anchors, and an index from a word's hash to the
        #: patterns whose rarest anchor set holds it.
        self._gated: list[_Gated] = []
        self._index: dict[int, list[int]] = defaultdict(list)
        #: Each gated pattern compiled (``_compile``), or None until a draft
        #: first makes it a candidate: most of the ~1,700 built-in patterns
        #: are never one in a run, and compiling all took some 60 ms at start.
        self._compiled: list[_Compiled | None] = []
        self._vocab = vocab
        #: The patterns with no anchor, as ``_patterns`` holds them (for the cache).
        self._anchorless: list[tuple[str, list[dict[str, Any]]]] = []
        self._rules: dict[str, Rule] = {}
        self._has_lemmas = pipeline.has_lemmas
        #: Built-in rules only: what ``_build`` works out from them depends on
        #: nothing else, so it is read from a cache file when one is there.
        cache = _cache_path(rules, pipeline)
        if cache is None or not self._restore(cache, rules):
            self._build(rules, pipeline)
            if cache is not None:
                self._save(cache)

        self._index_keys = frozenset(self._index)
        #: ``_index`` with each pattern's one-word anchors beside its number,
        #: so ``hits`` rules a pattern out by one subset test as it reads the
        #: index: a draft holds the index word of ~30 patterns and all the
        #: words of ~3 of them (a word like "on" or "time" keys dozens).
        self._entries: dict[
            int, tuple[tuple[int, frozenset[int], tuple[frozenset[int], ...]], ...]
        ] = {
            word: tuple((i, self._gated[i].words, self._gated[i].others) for i in found)
            for word, found in self._index.items()
        }

    def _build(self, rules: Sequence[Rule], pipeline: Pipeline) -> None:
        """Read every phrase and pattern rule of ``rules`` into the index and
        the matcher (what a cache entry, ``_restore``, stands for)."""
        for rule in rules:
            if rule.kind not in ("phrase", "pattern"):
                continue
            self._rules[rule.code] = rule
            if rule.kind == "phrase":
                self._phrases.add(rule.code, map(pipeline.phrase_ids, rule.phrases))
            else:
                patterns = [self._expand(rule, pattern) for pattern in rule.patterns]
                try:
                    for pattern in patterns:
                        sets = anchors(pattern)
                        if not sets:
                            self._patterns.add(rule.code, [pattern], greedy="LONGEST")
                            self._anchorless.append((rule.code, pattern))
                            continue
                        rarest_words = min(sets, key=_commonness)
                        rarest = word_ids(rarest_words)
                        for word in rarest:
                            self._index[word].append(len(self._gated))
                        others = [ids for ids in map(word_ids, sets) if ids is not rarest]
                        gated = _Gated(
                            rule,
                            frozenset().union(*(ids for ids in others if len(ids) == 1)),
                            tuple(ids for ids in others if len(ids) > 1),
                            pattern,
                            rarest_words,
                            rarest,
                            _length(pattern),
                        )
                        self._gated.append(gated)
                        # A user's pattern is compiled (and so checked) now; a
                        # built-in one when a draft first holds its anchors.
                        self._compiled.append(None if rule.builtin else self._compile(gated))
                except (ValueError, KeyError, TypeError) as exc:
                    raise _pattern_error(rule, exc) from None
            if rule.unless:
                self._phrases.add(rule.code + _UNLESS, map(pipeline.phrase_ids, rule.unless))

    def _save(self, path: Path) -> None:
        """Write what ``_build`` worked out for built-in rules to ``path``
        (see ``_cache_path``). A cache we cannot write costs time, never a result."""
        gated = [
            (g.rule.code, g.words, g.others, g.pattern, g.anchor_words, g.rarest, g.length)
            for g in self._gated
        ]
        entry = (_CACHE_FORMAT, self._phrases.trie(), self._anchorless, gated, dict(self._index))
        with contextlib.suppress(OSError, ValueError):
            write_atomic(path, marshal.dumps(entry))
            prune_entries(path.parent, "matcher")

    def _restore(self, path: Path, rules: Sequence[Rule]) -> bool:
        """Take the index and the matcher from ``path`` (``_save``'s entry for
        these rules); False, with nothing changed, when it cannot be read."""
        from spacy.matcher import Matcher

        try:
            entry = marshal.loads(path.read_bytes())
            version, trie, anchorless, gated, index = entry
            if version != _CACHE_FORMAT or not isinstance(trie, dict):
                return False
            by_code = {rule.code: rule for rule in rules if rule.kind in ("phrase", "pattern")}
            restored = [
                _Gated(by_code[code], words, others, pattern, anchor_words, rarest, length)
                for code, words, others, pattern, anchor_words, rarest, length in gated
            ]
            matcher = Matcher(self._vocab, validate=True)
            for code, pattern in anchorless:
                if code not in by_code:
                    return False
                matcher.add(code, [pattern], greedy="LONGEST")
        except (OSError, EOFError, ValueError, TypeError, KeyError):
            return False
        self._patterns = matcher
        self._anchorless = anchorless
        self._rules = by_code
        self._phrases.restore(trie)
        self._gated = restored
        self._compiled = [None] * len(restored)
        self._index.update(index)
        return True

    def __bool__(self) -> bool:
        return bool(self._rules)

    def hits(
        self, doc: Doc, lower_ids: frozenset[int] | None = None
    ) -> dict[str, list[tuple[int, int]]]:
        """Token spans per rule code (``code::unless`` for vetoes), unfiltered."""
        strings = doc.vocab.strings
        hits: dict[str, list[tuple[int, int]]] = defaultdict(list)
        if lower_ids is None:
            lower_ids = doc_lower_ids(doc)
        for code, start, end in self._phrases.find(doc, lower_ids):
            hits[code].append((start, end))
        if len(self._patterns):
            for match_id, start, end in self._patterns(doc):
                hits[strings[match_id]].append((start, end))
        if self._gated:
            entries = self._entries
            lacks = lower_ids.isdisjoint
            # A pattern stays a candidate only if the draft holds all its
            # one-word anchors and a word of each of its other anchor sets:
            # tested here, as the index is read, so the ~4 in 5 patterns a
            # draft's words rule out cost no loop step below.
            candidates = {
                i
                for key in self._index_keys & lower_ids
                for i, words, others in entries[key]
                if words <= lower_ids and not (others and any(map(lacks, others)))
            }
            lowers = arrays = None
            compiled = self._compiled
            for i in sorted(candidates):
                gated = self._gated[i]
                ready = compiled[i]
                if ready is None:
                    ready = compiled[i] = self._compile(gated)
                tokens, matcher = ready
                if tokens is not None:
                    if arrays is None:
                        arrays = DocArrays.of(doc)
                    found_spans = tokens.find(arrays)
                    if found_spans:
                        hits[gated.rule.code] += found_spans
                    continue
                if len(doc) < _WINDOWED or gated.length is None:
                    found = matcher(doc)
                else:
                    if lowers is None:
                        lowers = _lowers(doc)
                    found = _windowed(doc, lowers, gated, matcher)
                for match_id, start, end in found:
                    hits[strings[match_id]].append((start, end))
        return hits

    def _compile(self, gated: _Gated) -> _Compiled:
        """``gated``'s pattern compiled for replycheck's matcher, else (a shape
        it does not handle) a spaCy ``Matcher`` holding it; errors name the
        rule's file and code."""
        from spacy.matcher import Matcher

        try:
            tokens = TokenPattern.compile(gated.pattern, gated.anchor_words)
            if tokens is not None:
                return tokens, None
            matcher = Matcher(self._vocab, validate=True)  # spaCy validates the rest
            matcher.add(gated.rule.code, [gated.pattern], greedy="LONGEST")
        except (ValueError, KeyError, TypeError) as exc:
            raise _pattern_error(gated.rule, exc) from None
        return None, matcher

    def compile_all(self) -> None:
        """Compile every pattern not compiled yet (what a draft holding every
        anchor word would do): for tests, and to check the built-in patterns."""
        for i, gated in enumerate(self._gated):
            if self._compiled[i] is None:
                self._compiled[i] = self._compile(gated)

    def _expand(self, rule: Rule, pattern: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        if self._has_lemmas:
            return [dict(token) for token in pattern]
        return [_lemma_to_lower(token, rule) for token in pattern]

    def matches(
        self, doc: Doc, lower_ids: frozenset[int] | None = None
    ) -> Iterator[tuple[Rule, int, int]]:
        """``(rule, start_char, end_char)`` for every match not vetoed by ``unless``.

        ``lower_ids`` are the hashes of the ``Doc``'s lower-cased tokens, when
        the caller has them already."""
        hits = self.hits(doc, lower_ids)
        for code, spans in hits.items():
            if code.endswith(_UNLESS):
                continue
            vetoed = _Vetoes(hits.get(code + _UNLESS, ()))
            rule = self._rules[code]
            for start, end in _longest_first(spans):
                if vetoed.overlaps(start, end):
                    continue
                span = doc[start:end]
                yield rule, span.start_char, span.end_char


#: What a matcher cache entry holds; part of its key, bumped when that changes.
_CACHE_FORMAT: Final = 1


def _cache_path(rules: Sequence[Rule], pipeline: Pipeline) -> Path | None:
    """Where ``RuleMatcher`` caches what it works out from ``rules``, when
    every phrase and pattern rule among them is built in; else None (a
    user's rules are read afresh, and their patterns checked, every time).

    The key: the built-in rulesets' digest (their bytes, the Python and
    replycheck versions), the rules' codes in order, the pipeline's model
    and lemmatizer (a phrase's tokens, a pattern's ``LEMMA``), spaCy's
    version (the token hashes) and ``_CACHE_FORMAT``."""
    from spacy import about

    codes = [rule.code for rule in rules if rule.kind in ("phrase", "pattern")]
    digest = builtin_digest()
    directory = cache_dir()
    if directory is None or not digest or not codes:
        return None
    if not all(rule.builtin for rule in rules if rule.kind in ("phrase", "pattern")):
        return None
    parts = (digest, pipeline.model or "", str(pipeline.has_lemmas), about.__version__)
    key = "\0".join((*parts, str(_CACHE_FORMAT), *codes)).encode()
    return directory / f"matcher-{hashlib.sha256(key).hexdigest()[:24]}.marshal"


_WORD_KEYS: Final = ("LOWER", "ORTH", "TEXT")
#: From this many tokens on, a pattern of bounded length runs only on windows
#: around the occurrences of its rarest anchor (see ``_windowed``).
_WINDOWED: Final = 2_000


def _pattern_error(rule: Rule, exc: Exception) -> RulesetError:
    """A pattern's error as a ``RulesetError`` naming its rule's file and code."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc
    return RulesetError(f"{rule.source}: rule {rule.code} has an invalid token pattern: {first}")


class _Gated(NamedTuple):
    rule: Rule
    #: hashes of the words the pattern's one-word anchors need, all of which
    #: a draft must hold (one subset test rules most candidates out)
    words: frozenset[int]
    #: the hash sets of its other anchored tokens but the rarest, one word
    #: of each needed
    others: tuple[frozenset[int], ...]
    pattern: list[dict[str, Any]]  # as expanded (``_expand``)
    anchor_words: frozenset[str]  # the anchor set the index uses
    rarest: frozenset[int]  # its words' hashes
    length: int | None  # the most tokens a match can span (None: unbounded)


def _length(pattern: Sequence[dict[str, Any]]) -> int | None:
    """The most tokens ``pattern`` can match, or None when that is unbounded."""
    if any(token.get("OP", "1") not in ("1", "?", "!") for token in pattern):
        return None
    return len(pattern)


def _lowers(doc: Doc) -> Any:
    from spacy.attrs import LOWER

    return doc.to_array(LOWER)


#: A gated pattern compiled for replycheck's matcher, else a spaCy ``Matcher``
#: holding it.
_Compiled = tuple[TokenPattern | None, Any]


def _windowed(doc: Doc, lowers: Any, gated: _Gated, matcher: Any) -> list[tuple[int, int, int]]:
    """``gated``'s matches in a long ``Doc``, found on windows of its length
    either side of each occurrence of its rarest anchor (every match holds one,
    so none is lost). Overlapping windows are merged, so matches that overlap
    meet in one window and the greedy longest-match filter sees them together.
    Matching costs time in proportion to the windows, not to the ``Doc``."""
    import numpy as np

    assert gated.length is not None
    reach = gated.length
    positions = np.flatnonzero(np.isin(lowers, np.fromiter(gated.rarest, dtype=np.uint64)))
    found: list[tuple[int, int, int]] = []
    window_start = window_end = -1
    for position in [*positions.tolist(), None]:
        if position is not None:
            start, end = max(0, position - reach + 1), min(len(doc), position + reach)
            if start <= window_end:
                window_end = max(window_end, end)
                continue
        if window_end > window_start >= 0:
            offset = window_start
            found += [
                (key, offset + s, offset + e) for key, s, e in matcher(doc[window_start:window_end])
            ]
        if position is not None:
            window_start, window_end = start, end
    return found


def anchors(pattern: Sequence[dict[str, Any]]) -> list[frozenset[str]]:
    """For each token ``pattern`` must match with a known word, the lower-case
    words it could be (see module doc). Empty: the pattern has no anchor."""
    sets: list[frozenset[str]] = []
    for token in pattern:
        if token.get("OP", "1") not in ("1", "+"):
            continue
        for key in _WORD_KEYS:
            value = token.get(key)
            if isinstance(value, str):
                sets.append(frozenset({value.lower()}))
                break
            if isinstance(value, dict) and set(value) == {"IN"} and value["IN"]:
                words = value["IN"]
                if all(isinstance(word, str) for word in words):
                    sets.append(frozenset(word.lower() for word in words))
                    break
    return sets


#: Words so common that an anchor set holding one rarely rules a draft out.
_COMMON_WORDS: Final = (
    "a an and are as at be but by do for have i if in is it me my no not of on or our so "
    "that the this to us was we will with would you your 's n't 're 've 'm 'll 'd , ."
)
_COMMON: Final = frozenset(_COMMON_WORDS.split(" "))


def _commonness(words: frozenset[str]) -> tuple[int, int]:
    """Sort key for picking a pattern's most selective anchor set."""
    return sum(word in _COMMON for word in words), len(words)


class _Vetoes:
    """A rule's ``unless`` spans, sorted once, so each match asks whether one
    overlaps it in logarithmic time (a long draft with many matches and many
    vetoes stays linear, not matches x vetoes)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        #: the furthest end among the vetoes up to each one, in start order
        self.reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a veto overlaps tokens ``start:end``: one starting before
        ``end`` reaches past ``start``."""
        before = bisect_left(self.starts, end)
        return before > 0 and self.reach[before - 1] > start


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans contained in or overlapping a longer, earlier one."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0]))):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def _lemma_to_lower(token: dict[str, Any], rule: Rule) -> dict[str, Any]:
    if "LEMMA" not in token:
        return dict(token)
    out = {key: value for key, value in token.items() if key != "LEMMA"}
    value = token["LEMMA"]
    if "LOWER" in out:
        raise RulesetError(
            f"{rule.source}: rule {rule.code}: a pattern token cannot set both LEMMA and LOWER"
        )
    if isinstance(value, str):
        out["LOWER"] = {"IN": list(inflections(value))}
    elif isinstance(value, dict) and set(value) <= {"IN", "NOT_IN"}:
        out["LOWER"] = {
            key: sorted({form for lemma in lemmas for form in inflections(lemma)})
            for key, lemmas in value.items()
        }
    else:
        raise RulesetError(
            f"{rule.source}: rule {rule.code}: LEMMA must be a string or {{IN/NOT_IN: [...]}}"
        )
    return out
