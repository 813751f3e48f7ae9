"""A small token-pattern matcher over a ``Doc``'s arrays, for the pattern
shapes rulesets use: ``LOWER`` (a word, ``IN`` or ``NOT_IN``, a ``REGEX`` alone
or with ``IN`` or ``NOT_IN``), ``ORTH`` of texts without letters (``","``,
``IN [",", ":"]``, ``NOT_IN``: their own lower case), ``IS_ALPHA``,
``IS_PUNCT``, ``IS_SPACE``, ``IS_SENT_START`` and the ``?``, ``*``, ``+`` operators,
and ``{n}``, ``{n,m}``, ``{n,}``, ``{,m}``, which spaCy's ``Matcher`` itself
spells out as ``n`` single tokens and ``m - n`` optional ones (or a ``*``).

spaCy's ``Matcher`` costs tens of microseconds per call before it looks at a
token, and walks every token of the ``Doc`` for every pattern. A rule pattern
has a rare word it cannot match without (its *anchor*), so this matcher only
tries starts within reach of the anchor's occurrences, on plain ints. The
result is what spaCy's ``Matcher`` with ``greedy="LONGEST"`` returns for the
pattern (tests compare the two on every rule example); patterns of any other
shape stay with spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from replycheck import regexcache
from replycheck.nlp import ARRAYS_KEY, sentence_token_starts, token_table, word_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc

_FLAGS: Final = (
    "IS_ALPHA", "IS_PUNCT", "IS_SENT_START", "IS_SPACE",
    # read from the ``Doc`` only when a pattern tests them (see ``DocArrays.column``)
    "IS_TITLE", "IS_UPPER", "IS_DIGIT", "LIKE_NUM",
)  # fmt: skip
_OPS: Final = ("1", "?", "*", "+")
_SENT_START: Final = _FLAGS.index("IS_SENT_START")
_SPACE: Final = _FLAGS.index("IS_SPACE")
#: The first of the flags ``DocArrays.column`` reads.
_READ_LATER: Final = _FLAGS.index("IS_TITLE")


class DocArrays(NamedTuple):
    """What token patterns read, one list entry per token."""

    lowers: list[int]  # hash of the lower-case text
    alpha: list[int]
    punct: list[int]
    space: list[int]
    sent_starts: frozenset[int]  # indices of the tokens that start a sentence
    positions: dict[int, list[int]]  # lower hash -> token indices
    doc: Doc
    #: the flags from ``IS_TITLE`` on, by index into ``_FLAGS``, read on first use
    columns: dict[int, list[int]]

    @classmethod
    def of(cls, doc: Doc) -> DocArrays:
        """The arrays of ``doc``, made once and kept in its ``user_data``
        (the data rules and the stock rules' triggers read the same)."""
        arrays: DocArrays | None = doc.user_data.get(ARRAYS_KEY)
        if arrays is None:
            table = token_table(doc)
            starts = frozenset(sentence_token_starts(doc))
            arrays = doc.user_data[ARRAYS_KEY] = cls(
                table.lower,
                table.alpha,
                table.punct,
                table.space,
                starts,
                word_positions(doc),
                doc,
                {},
            )
        return arrays

    def column(self, flag: int) -> list[int]:
        """The values of ``_FLAGS[flag]`` (``IS_TITLE`` or later), one
        ``Doc.to_array`` call the first time a pattern asks for them."""
        values = self.columns.get(flag)
        if values is None:
            from spacy.attrs import IDS

            values = self.columns[flag] = self.doc.to_array(IDS[_FLAGS[flag]]).tolist()
        return values


class _Token(NamedTuple):
    words: frozenset[int] | None
    not_words: frozenset[int] | None
    flags: tuple[tuple[int, bool], ...]  # (index into _FLAGS, wanted value)
    op: str
    #: a ``LOWER`` ``REGEX``, searched in the token's lower-case text as
    #: spaCy's ``Matcher`` does, with its answer kept per lower-case hash
    #: (``_RegexSeen``): a word is tested once, not once per ``Doc``
    regex: _RegexSeen | None = None
    #: no test but ``words`` (none at all when that is None): the walks test
    #: such a token inline, without a call to ``_accepts``
    plain: bool = False


#: How many words a ``_RegexSeen`` keeps before it starts again.
_REGEX_SEEN_LIMIT: Final = 50_000


class _RegexSeen:
    """A ``LOWER`` ``REGEX`` and whether it is found in each lower-case word
    seen so far (by hash)."""

    __slots__ = ("pattern", "seen")

    def __init__(self, pattern: str) -> None:
        self.pattern = regexcache.compile(pattern)
        self.seen: dict[int, bool] = {}

    def accepts(self, arrays: DocArrays, i: int) -> bool:
        lower = arrays.lowers[i]
        found = self.seen.get(lower)
        if found is None:
            if len(self.seen) >= _REGEX_SEEN_LIMIT:
                self.seen.clear()
            found = self.seen[lower] = self.pattern.search(arrays.doc[i].lower_) is not None
        return found


class TokenPattern:
    """One compiled pattern; ``compile`` returns None for shapes it does not handle."""

    def __init__(self, tokens: tuple[_Token, ...], anchor: int) -> None:
        self.tokens = tokens
        self.anchor = anchor
        words = tokens[anchor].words
        assert words is not None and tokens[anchor].op in ("1", "+")
        self.anchor_words = words
        self.before = tokens[:anchor]  # walked back from an anchor occurrence
        self.after = tokens[anchor:]  # walked forward from it
        # The single tokens right before and after the anchor sit at fixed
        # offsets from it: an occurrence of the anchor word they do not fit
        # cannot be the anchor of any match, so no start is tried for it.
        fixed: list[tuple[int, _Token]] = []
        k = anchor - 1
        while k >= 0 and tokens[k].op == "1":
            fixed.append((k - anchor, tokens[k]))
            k -= 1
        if tokens[anchor].op == "1":
            k = anchor + 1
            while k < len(tokens) and tokens[k].op == "1":
                fixed.append((k - anchor, tokens[k]))
                k += 1
        self.fixed = tuple(fixed)

    @classmethod
    def compile(
        cls, pattern: Sequence[dict[str, Any]], anchor_words: frozenset[str]
    ) -> TokenPattern | None:
        """Compile ``pattern``; its anchor is the first mandatory token whose
        ``LOWER`` words are exactly ``anchor_words``."""
        from replycheck.context import word_ids

        tokens: list[_Token] = []
        anchor = None
        for spec in pattern:
            op = str(spec.get("OP", "1"))
            ops = (op,) if op in _OPS else _repeats(op)
            if ops is None or set(spec) - {"LOWER", "ORTH", "OP", *_FLAGS}:
                return None
            words = not_words = None
            plain: frozenset[str] | None = None
            lower = spec.get("LOWER")
            if "ORTH" in spec:
                # An exact text with no letters in it ("," or "-") is its own
                # lower-case form, so it is matched on ``LOWER`` alike; an
                # ``ORTH`` with a letter ("'s" is not "'S") stays with spaCy.
                if lower is not None:
                    return None
                lower = _uncased(spec["ORTH"])
                if lower is None:
                    return None
            regex = None
            if isinstance(lower, dict) and "REGEX" in lower and "ORTH" not in spec:
                if not isinstance(lower["REGEX"], str) or set(lower) - {"REGEX", "IN", "NOT_IN"}:
                    return None
                try:
                    regex = _RegexSeen(lower["REGEX"])
                except re.error:
                    return None  # spaCy's Matcher reports it
                lower = {key: value for key, value in lower.items() if key != "REGEX"} or None
            if isinstance(lower, str):
                plain = frozenset({lower})
            elif isinstance(lower, dict) and set(lower) == {"IN"} and _words(lower["IN"]):
                plain = frozenset(lower["IN"])
            elif isinstance(lower, dict) and set(lower) == {"NOT_IN"} and _words(lower["NOT_IN"]):
                not_words = word_ids(frozenset(lower["NOT_IN"]))
            elif lower is not None:
                return None  # spaCy's Matcher validates and runs anything else
            if plain is not None:
                words = word_ids(plain)
            flags = []
            for i, name in enumerate(_FLAGS):
                if name in spec:
                    if not isinstance(spec[name], bool):
                        return None
                    flags.append((i, spec[name]))
            if (
                anchor is None
                and op in ("1", "+")
                and plain is not None
                and regex is None
                and frozenset(word.lower() for word in plain) == anchor_words
                and all(word == word.lower() for word in plain)
            ):
                anchor = len(tokens)
            bare = not_words is None and regex is None and not flags
            tokens.extend(_Token(words, not_words, tuple(flags), one, regex, bare) for one in ops)
        if anchor is None:
            return None
        return cls(tuple(tokens), anchor)

    def find(self, arrays: DocArrays) -> list[tuple[int, int]]:
        """Non-overlapping ``(start, end)`` token spans, longest first, as
        spaCy's ``greedy="LONGEST"`` filter picks them.

        Every match has its anchor token at an occurrence of an anchor word:
        from each occurrence the tokens before the anchor are walked back
        (the starts) and the rest forward (the ends), once each, rather than
        the whole pattern from every start within reach."""
        pairs = self._pairs(arrays)
        if not pairs:
            return []
        taken: set[int] = set()
        kept = []
        for start, end in sorted(pairs, key=lambda p: (p[1] - p[0], -p[0]), reverse=True):
            if taken.isdisjoint(range(start, end)):
                kept.append((start, end))
                taken.update(range(start, end))
        return kept

    def find_all(self, arrays: DocArrays) -> list[tuple[int, int]]:
        """Every ``(start, end)`` token span the pattern matches, overlapping
        or not, in order: the spans spaCy's ``Matcher`` without a ``greedy``
        filter returns (each once)."""
        return sorted(self._pairs(arrays))

    def _pairs(self, arrays: DocArrays) -> set[tuple[int, int]]:
        """Every match as ``(start, end)``: from each occurrence of an anchor
        word, the starts walked back to and the ends walked forward to.

        Only the anchor words the ``Doc`` holds are looked up (one C-level
        intersection with its word index, not a lookup per inflected form),
        and the tokens at fixed offsets from it are tested inline."""
        positions = arrays.positions
        present = positions.keys() & self.anchor_words
        pairs: set[tuple[int, int]] = set()
        if not present:
            return pairs
        n = len(arrays.lowers)
        lowers = arrays.lowers
        before, after, fixed = self.before, self.after, self.fixed
        for word in present:
            for position in positions[word]:
                fits = True
                for offset, token in fixed:
                    i = position + offset
                    if i < 0 or i >= n:
                        fits = False
                        break
                    if token.plain:
                        words = token.words
                        if words is not None and lowers[i] not in words:
                            fits = False
                            break
                    elif not _accepts(token, arrays, i):
                        fits = False
                        break
                if not fits:
                    continue
                if before:
                    starts = _walk_back(before, arrays, position)
                    if not starts:
                        continue
                else:
                    starts = {position}
                for end in _walk(after, arrays, position, n):
                    for start in starts:
                        if end > start:
                            pairs.add((start, end))
        return pairs


def _walk(tokens: Sequence[_Token], arrays: DocArrays, start: int, n: int) -> set[int]:
    """Every end position where ``tokens``, started at token ``start``,
    finish matching. The tokens are walked as an automaton over the set of
    positions reached so far, so a run of optional tokens costs time in
    proportion to its length, not to the 2**k ways of taking or skipping
    each one."""
    here = {start}
    for token in tokens:
        op = token.op
        if op == "1":
            here = {i + 1 for i in here if i < n and _accepts(token, arrays, i)}
        elif op == "?":
            here = here | {i + 1 for i in here if i < n and _accepts(token, arrays, i)}
        else:  # "*" or "+"
            reached: set[int] = set(here) if op == "*" else set()
            for i in here:
                j = i
                while j < n and _accepts(token, arrays, j):
                    j += 1
                    reached.add(j)
            here = reached
        if not here:
            break
    return here


def _walk_back(tokens: Sequence[_Token], arrays: DocArrays, end: int) -> set[int]:
    """``_walk`` backwards: every start position from which ``tokens``
    finish matching at token ``end`` (exclusive)."""
    here = {end}
    for token in reversed(tokens):
        op = token.op
        if op == "1":
            here = {i - 1 for i in here if i > 0 and _accepts(token, arrays, i - 1)}
        elif op == "?":
            here = here | {i - 1 for i in here if i > 0 and _accepts(token, arrays, i - 1)}
        else:  # "*" or "+"
            reached: set[int] = set(here) if op == "*" else set()
            for i in here:
                j = i
                while j > 0 and _accepts(token, arrays, j - 1):
                    j -= 1
                    reached.add(j)
            here = reached
        if not here:
            break
    return here


def _repeats(op: str) -> tuple[str, ...] | None:
    """The single-token operators a ``{n}``, ``{n,m}``, ``{n,}`` or ``{,m}``
    operator stands for, as spaCy's ``Matcher`` spells them out (``n`` times
    ``1``, then ``m - n`` times ``?``, or one ``*`` when there is no ``m``);
    None for anything else."""
    if not (op.startswith("{") and op.endswith("}")):
        return None
    low, comma, high = op[1:-1].partition(",")
    if not comma:
        high = low
    if not (low == "" or low.isdecimal()) or not (high == "" or high.isdecimal()):
        return None
    if low == high == "" or (low and high and int(low) > int(high)):
        return None
    least = int(low or 0)
    return ("1",) * least + (("?",) * (int(high) - least) if high else ("*",))


def _uncased(value: object) -> str | dict[str, list[str]] | None:
    """An ``ORTH`` value (a text or an ``IN`` list) as the ``LOWER`` value
    that matches the same tokens, when none of its texts holds a letter or
    any other character that case changes; else None."""
    texts = [value] if isinstance(value, str) else None
    if isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
        (listed,) = value.values()
        texts = listed if _words(listed) else None
    if not texts or not all(_caseless(text) for text in texts):
        return None
    return value  # type: ignore[return-value]


def _caseless(text: str) -> bool:
    return not any(c.isalpha() for c in text) and text == text.lower() == text.upper()


def _words(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(word, str) for word in value)


def _accepts(token: _Token, arrays: DocArrays, i: int) -> bool:
    lower = arrays.lowers[i]
    if token.words is not None and lower not in token.words:
        return False
    if token.not_words is not None and lower in token.not_words:
        return False
    if token.regex is not None and not token.regex.accepts(arrays, i):
        return False
    for flag, wanted in token.flags:
        if flag == _SENT_START:
            value = i in arrays.sent_starts
        elif flag == _SPACE:
            value = bool(arrays.space[i])
        elif flag >= _READ_LATER:
            value = bool(arrays.column(flag)[i])
        else:
            value = bool((arrays.alpha, arrays.punct)[flag][i])
        if value != wanted:
            return False
    return True
