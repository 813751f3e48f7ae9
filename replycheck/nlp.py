"""The one NLP pass: spaCy, loaded lazily and once per ``Checker``.

With no trained pipeline (the default) this is spaCy's blank English with a
rule-based sentencizer that also breaks at blank lines; a trained pipeline
(``model = "en_core_web_sm"`` in the config) is used when it is installed,
and then rules may use POS, dependencies and entities. Either way every check
reads the same ``Doc``.

Docs are made from *views* (see ``replycheck.message``) after typographic
quotes are straightened character for character, so token offsets are
offsets into the caller's text.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from itertools import compress, count, pairwise
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from replycheck import regexcache
from replycheck.calendar_words import MONTH_ABBREVIATIONS
from replycheck.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# One character for one character, so offsets survive.
_STRAIGHTEN: Final = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}


#: How many distinct whitespace-separated chunks ("order.", "(today)") the
#: tokenizer keeps the tokens of. spaCy's default, 10,000, is full after a
#: few hundred support emails; past it every new chunk goes through the affix
#: regexes each time it is seen. The benchmark drafts hold ~20,500 distinct
#: chunks: at this size a warm pass tokenizes in about half the time, and
#: peak memory moves by under 2 MB (docs/performance.md).
TOKENIZER_CACHE_SIZE: Final = 200_000

#: Abbreviations spaCy's English tokenizer splits from their full stop, so
#: that the stop ended a sentence: "Rs. 599 per month", "Ref. 4471", "our
#: Accounts Dept. will call". None of them ends a sentence in an email (not
#: "etc.", "No." or "min.", which often do, nor "Rd." at the end of an address).
ABBREVIATIONS: Final = (
    *("Rs.", "Ref.", "ref.", "Acct.", "Tel.", "tel.", "Pvt.", "Dept.", "Govt.", "Capt."),
    *("Hon.", "Mx.", "Sr.", "Qty.", "Amt.", "Flt.", "Nos.", "approx.", "Approx."),
    *("ext.", "Ext."),
)

#: A full stop after a code that ends in a digit and a capital ("booking ref
#: KX7P2L.", "seat 14C."), which spaCy's suffix rules keep on the code (they
#: split a stop only after a lower-case letter, a digit or two capitals), so
#: the sentence after it ran on into this one.
CODE_STOP_SUFFIX: Final = r"(?<=[0-9][A-Z])\."

_PLAIN_PHRASE: Final = regexcache.compile(r"[a-z]+(?: [a-z]+)*")


def straighten(text: str) -> str:
    """Typographic quotes to ASCII ones; the result has the same length.

    Four ``str.replace`` calls (each a C scan, a no-op without its quote)
    cost a small fraction of one ``str.translate``, which looks every
    character up in a dictionary."""
    if text.isascii():  # O(1) in CPython; most drafts have no typographic quote
        return text
    for curly, straight in _STRAIGHTEN.items():
        text = text.replace(curly, straight)
    return text


#: Whether ``re`` has possessive quantifiers (Python 3.11 and later).
_HAS_POSSESSIVE: Final = sys.version_info >= (3, 11)


def possessive(pattern: str) -> str:
    """``pattern``, written with possessive quantifiers (``++``, ``*+``,
    ``?+``), as Python 3.11 and later compile it; on 3.10, which lacks them,
    with the plain greedy ones. Only for patterns where the two match the
    same: every part after the first is optional, so the engine's first try
    (each part as long as it goes) always succeeds and nothing is ever
    backtracked into. The possessive forms skip the bookkeeping kept for
    that backtracking: a fifth to a quarter off the word splits."""
    if _HAS_POSSESSIVE:
        return pattern
    return pattern.replace("++", "+").replace("*+", "*").replace("?+", "?")


class Pipeline:
    """A lazily built spaCy pipeline and what it can tell (lemmas, POS, parse, entities)."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model
        # Lazy attributes, filled on first use (explicit rather than
        # ``functools.cached_property``, which a mypyc-compiled class would
        # turn into a plain property: a new pipeline on every access).
        self._nlp: Language | None = None
        self._special: frozenset[str] | None = None
        self._is_blank: bool | None = None
        #: Chunks the tokenizer has seen (see ``_primed``).
        self._seen_chunks: set[str] = set()

    @property
    def nlp(self) -> Language:
        nlp = self._nlp
        if nlp is None:
            nlp = self._nlp = self._load()
        return nlp

    def _load(self) -> Language:
        import spacy

        if self.model:
            try:
                nlp = spacy.load(self.model)
            except OSError:
                raise ConfigError(
                    f"spaCy pipeline '{self.model}' is not installed; install it or "
                    "remove 'model' from the replycheck config to use the built-in one"
                ) from None
        else:
            # Blank English with our tokenizer built in (``_make_tokenizer``):
            # the same tokenizer as changing spaCy's after ``spacy.blank``, but
            # its ~1,350 special cases are loaded once, not twice (setting
            # ``suffix_search`` reloads them all), and its affix patterns come
            # from the pattern cache.
            _register_tokenizer()
            nlp = spacy.blank("en", config=_BLANK_CONFIG)
        if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
            _register_sentences()
            nlp.add_pipe("replycheck_sentences")
        if self.model:
            from spacy.util import compile_suffix_regex

            suffixes = [*nlp.Defaults.suffixes, CODE_STOP_SUFFIX]
            nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
            for abbreviation in ABBREVIATIONS:
                nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
        if hasattr(nlp.tokenizer, "max_cache_size"):  # spaCy >= 3.8
            nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE
        return nlp

    @property
    def has_lemmas(self) -> bool:
        return self.nlp.has_pipe("lemmatizer")

    @property
    def has_pos(self) -> bool:
        return self.nlp.has_pipe("tagger") or self.nlp.has_pipe("morphologizer")

    @property
    def has_parse(self) -> bool:
        return self.nlp.has_pipe("parser")

    @property
    def has_entities(self) -> bool:
        return self.nlp.has_pipe("ner")

    def capabilities(self) -> set[str]:
        """What a rule may ``require``: ``lemma``, ``pos``, ``dep``, ``ent``."""
        names = {"lemma": self.has_lemmas, "pos": self.has_pos}
        names |= {"dep": self.has_parse, "ent": self.has_entities}
        return {name for name, present in names.items() if present}

    def make_doc(self, text: str) -> Doc:
        """Tokenize only (for phrase patterns).

        A phrase of plain lower-case words that are not tokenizer special
        cases ("cannot", "dont") tokenizes to its words, so its ``Doc`` is
        built from them directly: rulesets hold ~1,500 phrases, and running
        each through the tokenizer's affix rules was a visible part of a cold
        start. Anything else goes through the tokenizer.
        """
        text = straighten(text)
        words = self._plain_words(text)
        if words is not None:
            from spacy.tokens import Doc

            return Doc(self.nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
        return self.nlp.make_doc(text)

    def phrase_ids(self, text: str) -> tuple[int, ...]:
        """The lower-case token hashes of ``text`` as the tokenizer splits it
        (what ``replycheck.rules.phrases.PhraseIndex`` matches), by the same
        shortcut as ``make_doc`` for plain lower-case words: no ``Doc``."""
        return tuple(map(word_id, self.phrase_words(text)))

    def phrase_words(self, text: str) -> list[str]:
        """The lower-case forms of the tokens ``make_doc`` makes of ``text``,
        by the same shortcut: no ``Doc`` for plain lower-case words."""
        text = straighten(text)
        words = self._plain_words(text)
        if words is not None:
            return words
        return [token.lower_ for token in self.nlp.make_doc(text)]

    def _plain_words(self, text: str) -> list[str] | None:
        """The words of ``text`` when the tokenizer would split it into exactly
        those (plain lower-case words, none a special case), else None."""
        if _PLAIN_PHRASE.fullmatch(text):
            words = text.split(" ")
            if self._special_cases.isdisjoint(words):
                return words
        return None

    @property
    def _special_cases(self) -> frozenset[str]:
        special = self._special
        if special is None:
            special = self._special = frozenset(self.nlp.tokenizer.rules or ())
        return special

    def __call__(self, text: str) -> Doc:
        # Through a local: compiled by mypyc, ``self.nlp(...)`` called the
        # property's getter with the text instead of the pipeline it returns.
        nlp = self.nlp
        return nlp(self._primed(straighten(text)))

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        if self._blank:  # tokenizer and sentences: no batching to gain from
            tokenizer = self.nlp.tokenizer
            primed = self._primed
            return (set_sentences(_with_text(tokenizer, primed(straighten(t)))) for t in texts)
        return self.nlp.pipe((self._primed(straighten(t)) for t in texts), batch_size=batch_size)

    def _primed(self, text: str) -> str:
        """``text``, after its chunks never seen before have been tokenized
        apart from it, so the tokenizer's cache keeps them.

        spaCy's tokenizer caches a chunk ("order.", "(today)") only until the
        first special case ("I'm", "don't") in the same text; after one, no new
        chunk of that text is kept, and most support emails have one in their
        first line. Tokenized alone, each chunk is cached on its own merits;
        the tokens are the same either way. Plain words (ASCII letters, not a
        special case: most new chunks), alone or before one closing mark
        ("order."), are tokenized together, one ``Doc`` for all of them
        instead of one each (making a ``Doc`` costs more than tokenizing a
        word); when they make other tokens than ``_plain_tokens`` expects,
        each is tokenized alone after all.
        """
        seen = self._seen_chunks
        if len(seen) < TOKENIZER_CACHE_SIZE:
            chunks = text.split()
            if seen.issuperset(chunks):  # the usual case once warm: no set to build
                return text
            new = set(chunks).difference(seen)
            seen.update(new)
            tokenizer = self.nlp.tokenizer
            special = self._special_cases
            expected = {c: n for c in new if (n := _plain_tokens(c, special))}
            alone: Iterable[str] = new
            if len(expected) > 1:
                together = tokenizer(" ".join(expected))
                if len(together) == sum(expected.values()):
                    # as many tokens as expected: nothing split further and
                    # no special case met, so every chunk was kept (were one
                    # met after all, the chunks after it would only go
                    # uncached: the tokens are the same either way)
                    alone = new.difference(expected)
            for chunk in alone:
                tokenizer(chunk)
        return text

    @property
    def _blank(self) -> bool:
        """Whether the pipeline is the tokenizer plus ``replycheck_sentences``."""
        blank = self._is_blank
        if blank is None:
            blank = self._is_blank = self.nlp.pipe_names == ["replycheck_sentences"]
        return blank


#: Marks the tokenizer splits off the end of a plain word ("order." -> "order", ".").
_CLOSING_MARKS: Final = frozenset(".,!?:;")


def _plain_tokens(chunk: str, special: frozenset[str]) -> int:
    """The tokens a new chunk of text makes when it is a plain word (ASCII
    letters) or a lower-case or capitalised plain word before one closing
    mark ("order.", "Thanks,"), neither of them a special case: 1 or 2; 0
    for any other chunk. ("J." and "SaaS." stay one token: initials and
    mixed case are left to the tokenizer.)"""
    if not chunk.isascii() or chunk in special:
        return 0
    if chunk.isalpha():
        return 1
    word = chunk[:-1]
    if (
        chunk[-1] in _CLOSING_MARKS
        and len(word) > 1
        and word.isalpha()
        and (word.islower() or word.istitle())
        and word not in special
    ):
        return 2
    return 0


def _with_text(tokenizer: Any, text: str) -> Doc:
    """``tokenizer(text)``, keeping ``text`` with the ``Doc`` for ``doc_text``,
    marked as made by the blank pipeline (see ``has_parse``)."""
    doc: Doc = tokenizer(text)
    user_data = doc.user_data
    user_data[_TEXT] = text
    user_data[_BLANK] = True
    return doc


def has_parse(doc: Doc) -> bool:
    """``doc.has_annotation("DEP")``, known without asking spaCy (several
    thousand instructions a call) for a ``Doc`` of the blank pipeline, which
    has no parser."""
    return False if _BLANK in doc.user_data else bool(doc.has_annotation("DEP"))


def has_sentences(doc: Doc) -> bool:
    """``doc.has_annotation("SENT_START")``, known without asking spaCy for a
    ``Doc`` of the blank pipeline: ``set_sentences`` marks every token of a
    ``Doc`` with a token (an empty ``Doc`` counts as annotated)."""
    return True if _BLANK in doc.user_data else bool(doc.has_annotation("SENT_START"))


def doc_text(doc: Doc) -> str:
    """``doc.text``: the text the pipeline made the ``Doc`` from, kept with it
    (``Doc.text`` joins every token's text, a generator step per token, each
    time it is read); worked out once for a ``Doc`` made elsewhere."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


class TokenTable(NamedTuple):
    """What the checks read of every token, as plain lists (one
    ``Doc.to_array`` call per ``Doc``, no ``Token`` objects)."""

    lower: list[int]  # hash of the lower-case text
    alpha: list[int]  # IS_ALPHA, 0 or 1
    punct: list[int]  # IS_PUNCT
    space: list[int]  # IS_SPACE
    idx: list[int]  # character offset
    lower_ids: frozenset[int]  # the distinct ``lower`` hashes


_TABLE: Final = "replycheck.tokens"
_TEXT: Final = "replycheck.text"
_POSITIONS: Final = "replycheck.positions"
_STARTS: Final = "replycheck.sentence_starts"
_SPANS: Final = "replycheck.sentence_spans"
#: Where ``replycheck.rules.tokens.DocArrays.of`` keeps a ``Doc``'s arrays
#: (which hold its sentence starts).
ARRAYS_KEY: Final = "replycheck.rules.tokens.arrays"
#: Set in the ``user_data`` of a ``Doc`` the blank pipeline made (tokenizer
#: and ``replycheck_sentences`` only): no parse, sentence starts on every token.
_BLANK: Final = "replycheck.blank"


def token_table(doc: Doc) -> TokenTable:
    """The ``TokenTable`` of ``doc``, made once and kept in ``doc.user_data``."""
    table = doc.user_data.get(_TABLE)
    if table is None:
        if len(doc):
            lower, alpha, punct, space, idx = doc.to_array(_table_attrs()).T.tolist()
            table = TokenTable(lower, alpha, punct, space, idx, frozenset(lower))
        else:
            table = TokenTable([], [], [], [], [], frozenset())
        doc.user_data[_TABLE] = table
    return table


_attrs: list[int] = []


def _table_attrs() -> list[int]:
    """The attribute ids of ``TokenTable``'s columns, in order (imported
    once: an import statement in ``token_table`` ran on every ``Doc``).

    The flag columns stay with ``Doc.to_array`` although it reads a flag
    several times slower than ``LOWER``: read instead from per-hash memos
    off the ``LOWER`` column (exact for ``IS_PUNCT`` and ``IS_SPACE``), they
    were faster in a tight loop but slower inside a whole pass (two lookups
    a token in dictionaries of every word seen, which the rest of the pass
    pushes out of the CPU caches)."""
    if not _attrs:
        from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LOWER

        _attrs.extend((LOWER, IS_ALPHA, IS_PUNCT, IS_SPACE, IDX))
    return _attrs


#: How many hashes ``_LowerText`` keeps before it starts again. (Module
#: constants rather than class attributes here and below: a dict subclass in
#: a mypyc-compiled module has no class attributes of its own to read.)
_LOWER_TEXT_LIMIT: Final = 1 << 16
#: The string store that knows the hashes about to be looked up (set by
#: ``sentence_starts``; a hash names the same string in every store).
_lower_text_store: Any = None


class _LowerText(dict[int, str]):
    """The string of each lower-case hash, read from the string store on first
    sight; a hit is one C-level lookup where the store would make a new
    ``str`` each time. Cleared when it outgrows ``_LOWER_TEXT_LIMIT``. For the
    few tokens a ``Doc`` has of a kind (line breaks), not for every token: a
    lookup per token in a dictionary of every word seen costs more in a whole
    pass than spaCy's columns (see ``_table_attrs``)."""

    def __missing__(self, lower: int) -> str:
        if len(self) >= _LOWER_TEXT_LIMIT:
            self.clear()
        text: str = _lower_text_store[lower]
        self[lower] = text
        return text


_LOWER_TEXT: Final = _LowerText()


def word_positions(doc: Doc) -> dict[int, list[int]]:
    """Lower-case hash -> the indices of its tokens, in order; made once per
    ``Doc`` (kept in ``doc.user_data``) for every check that looks words up."""
    positions: dict[int, list[int]] | None = doc.user_data.get(_POSITIONS)
    if positions is None:
        positions = {}
        doc.user_data[_POSITIONS] = positions
        for i, lower in enumerate(token_table(doc).lower):
            found = positions.get(lower)
            if found is None:
                positions[lower] = [i]
            else:
                found.append(i)
    return positions


_symbol_ids: dict[str, int] | None = None
#: spaCy's ``hash_string``, imported with the symbols on the first call: an
#: import statement per call cost more than the hash, and a cold start makes
#: some 50,000 ids (every word of the phrase rules and of the tone model).
_hash_string: Callable[[str], int] | None = None


def word_id(word: str) -> int:
    """The id a token of ``word`` (lower-case) carries as its ``LOWER``: the
    string's hash, except for the few words that are also spaCy symbols
    (dependency labels such as "agent", "number", "mark", "root", "meta"),
    whose id is the symbol's. ``hash_string`` alone never matches those."""
    global _symbol_ids, _hash_string
    symbols, hasher = _symbol_ids, _hash_string
    if symbols is None or hasher is None:
        from spacy.strings import hash_string
        from spacy.symbols import IDS

        symbols = _symbol_ids = {name: value for name, value in IDS.items() if name}
        hasher = _hash_string = hash_string
    found = symbols.get(word)
    if found is not None:
        return found
    return int(hasher(word))


def lower_ids(doc: Doc) -> frozenset[int]:
    """Hashes of a ``Doc``'s lower-cased tokens: what the cheap "could this
    check fire" gates test against."""
    return token_table(doc).lower_ids


def sentence_token_starts(doc: Doc) -> list[int]:
    """Indices of the tokens the ``Doc`` marks as starting a sentence
    (``SENT_START`` 1; none when it has no sentence boundaries), kept in
    ``doc.user_data`` after the first call."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        from spacy.attrs import SENT_START

        marks = doc.to_array(SENT_START).tolist() if len(doc) else []
        starts = doc.user_data[_STARTS] = [i for i, mark in enumerate(marks) if mark == 1]
    return starts


def start_sentence_at(doc: Doc, offset: int) -> None:
    """Make the token that starts at character ``offset`` start a sentence.

    For text the sentencizer cannot see as a sentence of its own, such as the
    body after a greeting on the same line ("Hi Sam, you must pay now."):
    checks that read a sentence from its start then see "you must pay now."
    A ``Doc`` with a parse keeps its parser's sentences; an offset that no
    token starts at changes nothing.
    """
    if not len(doc) or has_parse(doc):
        return
    idx = token_table(doc).idx
    i = bisect_left(idx, offset)
    if i == len(idx) or idx[i] != offset:
        return
    starts = sentence_token_starts(doc)
    at = bisect_left(starts, i)
    if at < len(starts) and starts[at] == i:
        return
    doc[i].is_sent_start = True
    starts.insert(at, i)
    doc.user_data.pop(_SPANS, None)
    doc.user_data.pop(ARRAYS_KEY, None)


def sentence_char_spans(doc: Doc) -> list[tuple[int, int]]:
    """Each sentence as ``(start, end)`` character offsets, where a sentence
    ends where the next one starts (so it keeps its trailing whitespace:
    trim before use). Same sentences as ``doc.sents``, without ``Span``
    objects; worked out once per ``Doc`` (kept in ``doc.user_data``). Only for
    a ``Doc`` with sentence boundaries."""
    if not len(doc):
        return []
    spans = doc.user_data.get(_SPANS)
    if spans is None:
        idx = token_table(doc).idx
        bounds = [0, *(idx[i] for i in sentence_token_starts(doc) if i)]
        last = doc[-1]
        bounds.append(last.idx + len(last.text_with_ws))
        spans = doc.user_data[_SPANS] = tuple(pairwise(bounds))
    return list(spans)  # a copy: callers may change theirs


_pipelines: dict[str | None, Pipeline] = {}


def shared_pipeline(model: str | None = None) -> Pipeline:
    """One ``Pipeline`` per model per process: checkers with different rule
    selections share the loaded spaCy pipeline."""
    if model not in _pipelines:
        pipeline = Pipeline(model)
        pipeline.nlp.max_length = 50_000_000  # input size is capped when it is read
        _pipelines[model] = pipeline
    return _pipelines[model]


#: The tokenizer ``spacy.blank`` builds for the built-in pipeline.
_TOKENIZER_NAME: Final = "replycheck.Tokenizer.v1"
_BLANK_CONFIG: Final = {"nlp": {"tokenizer": {"@tokenizers": _TOKENIZER_NAME}}}
_tokenizer_registered = False


def _register_tokenizer() -> None:
    """Register ``_make_tokenizer`` under ``_TOKENIZER_NAME`` (once)."""
    global _tokenizer_registered
    if _tokenizer_registered:
        return
    from spacy.util import registry

    registry.tokenizers.register(_TOKENIZER_NAME, func=_tokenizer_factory)
    _tokenizer_registered = True


def _tokenizer_factory() -> Callable[[Language], Any]:
    """The registered function: returns the factory ``spacy.blank`` calls."""
    return _make_tokenizer


def _make_tokenizer(nlp: Language) -> Any:
    """spaCy's own tokenizer for ``nlp``'s language (``spacy.Tokenizer.v1``:
    its exceptions, prefixes, suffixes and infixes), with ``CODE_STOP_SUFFIX``
    among the suffixes and ``ABBREVIATIONS`` among the special cases. The
    three affix patterns are spaCy's ``compile_*_regex`` expressions, compiled
    through the pattern cache (``regexcache``)."""
    from spacy.tokenizer import Tokenizer

    defaults = nlp.Defaults
    prefixes = [piece for piece in defaults.prefixes or () if piece.strip()]
    suffixes = [piece for piece in (*(defaults.suffixes or ()), CODE_STOP_SUFFIX) if piece.strip()]
    infixes = [piece for piece in defaults.infixes or () if piece.strip()]
    prefix = regexcache.compile("|".join("^" + piece for piece in prefixes)) if prefixes else None
    suffix = regexcache.compile("|".join(piece + "$" for piece in suffixes))
    infix = regexcache.compile("|".join(infixes)) if infixes else None
    rules = dict(defaults.tokenizer_exceptions)
    rules.update((abbreviation, [{"ORTH": abbreviation}]) for abbreviation in ABBREVIATIONS)
    return Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=prefix.search if prefix is not None else None,
        suffix_search=_BlankSkipping(suffix).search,
        infix_finditer=_BlankSkipping(infix).finditer if infix is not None else None,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


class _BlankSkipping:
    """An affix pattern that answers a run of whitespace (the tokenizer's
    chunk for a gap between words) without being run: no suffix or infix
    matches whitespace (tests/test_nlp.py holds every whitespace character to
    that), and the suffix pattern, anchored at the end, is tried from every
    position of the chunk, the infixes at every position too. A view blanks
    what is not its own (the quoted thread, a forwarded history), so one
    chunk can be nearly the whole draft: the 1 MB scaling draft's views each
    held a 990 KB run, and the two searches over them were half its check.
    ``pattern`` is the pattern's text, which spaCy reads to save a tokenizer
    (``search.__self__.pattern``)."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern

    def search(self, chunk: str) -> re.Match[str] | None:
        return None if chunk.isspace() else self.compiled.search(chunk)

    def finditer(self, chunk: str) -> Iterator[re.Match[str]]:
        return iter(()) if chunk.isspace() else self.compiled.finditer(chunk)


_registered = False


def _register_sentences() -> None:
    """Register ``replycheck_sentences`` (see ``sentence_starts``)."""
    global _registered
    if _registered:
        return
    from spacy.language import Language

    Language.component("replycheck_sentences", func=set_sentences)
    _registered = True


def set_sentences(doc: Doc) -> Doc:
    """The ``replycheck_sentences`` component: mark ``sentence_starts``."""
    size = len(doc)
    if size:
        starts = sentence_starts(doc)
        row = _inside_row if size <= _ROW_SIZE else None
        if row is None:
            row = _new_inside_row(size)
        values = row[:size].copy()
        values.put(starts, 1)
        doc.from_array(_sent_start_attr, values)
        doc.user_data[_STARTS] = starts
    return doc


_INSIDE: Final = 2**64 - 1  # SENT_START -1 as uint64: not a sentence start
#: Tokens of a ``Doc`` up to which ``set_sentences`` copies its values from
#: one kept row of ``_INSIDE`` (two C calls per ``Doc``, and no import
#: statement: ``from spacy.attrs import SENT_START`` in the function cost
#: more than filling the array).
_ROW_SIZE: Final = 4096
_inside_row: Any = None
_sent_start_attr = 0


def _new_inside_row(size: int) -> Any:
    """A row of ``_INSIDE`` of ``size`` tokens; the first call also keeps one of
    ``_ROW_SIZE`` (and spaCy's ``SENT_START`` id) for ``set_sentences``."""
    global _inside_row, _sent_start_attr
    import numpy as np
    from spacy.attrs import SENT_START

    _sent_start_attr = SENT_START
    if _inside_row is None:
        _inside_row = np.full(_ROW_SIZE, _INSIDE, dtype=np.uint64)
    return _inside_row if size <= _ROW_SIZE else np.full(size, _INSIDE, dtype=np.uint64)


def sentence_starts(doc: Doc) -> list[int]:
    """Where sentences start: spaCy's ``Sentencizer`` rule (after a token of
    sentence-final punctuation, at the next token that is not punctuation),
    plus a start after a blank line or a bullet line break, since emails
    rarely punctuate greetings, list items and sign-offs: after a line break
    that follows ``,`` or ``:``, or precedes ``-``, ``*``, ``•``, ``>`` or a
    number.

    Computed on token arrays (a ``Token`` only for a number after a line break), so
    it costs a small fraction of the tokenizer's time.
    """
    global _lower_text_store
    table = token_table(doc)
    lowers, puncts = table.lower, table.punct
    terminals = _terminal_ids()
    starts = [0]
    size = len(lowers)
    if size > 1 and table.space[0]:
        # a text that opens on blank space (a pasted draft's first line
        # break, an indent): its first sentence starts at its first word
        starts.append(1)
    # Terminal and space tokens are few: found by C-level passes over the
    # columns (``map``/``compress``, no Python loop over every token), then
    # each terminal's sentence starts at the next token that is neither
    # punctuation nor a terminal.
    after = -1  # the start found for the previous terminal
    for i in compress(count(), map(terminals.__contains__, lowers)):
        if i < after:
            continue  # a run of terminals: one start after the last of them
        after = i + 1
        while after < size and (puncts[after] or lowers[after] in terminals):
            after += 1
        if after < size:
            starts.append(after)
    spaces = [
        i for i in compress(count(), table.space) if not puncts[i] and lowers[i] not in terminals
    ]
    last = len(doc) - 1
    # The texts are read off the lower-case hashes (no ``Token`` objects): a
    # whitespace token's text is its lower-case form, and lower-casing keeps
    # a text's last character one of ",:" and its first one of "-*•>" exactly
    # when they were (checked over every code point in tests/test_nlp.py).
    text_of = _LOWER_TEXT
    _lower_text_store = doc.vocab.strings
    for i in spaces:
        if not 0 < i < last:
            continue
        newlines = text_of[lowers[i]].count("\n")
        if not newlines:
            continue
        if (
            newlines >= 2
            or text_of[lowers[i - 1]][-1:] in ",:"
            or text_of[lowers[i + 1]][:1] in "-*•>"
            or doc[i + 1].like_num
        ):
            starts.append(i + 1)
    # "booked 10-12 Feb. Is it OK to bring the dogs?": the tokenizer keeps a
    # month's abbreviation and its full stop as one token, so the sentencizer
    # sees no full stop; a capitalised word after it starts a sentence.
    # Few drafts hold one: the table's set of distinct hashes is asked first
    # (a dozen lookups), so the pass over every token runs only when it can
    # find something.
    dotted = _dotted_month_ids()
    if not dotted.isdisjoint(table.lower_ids):
        for i in compress(count(), map(dotted.__contains__, lowers)):
            if i + 1 < size and doc[i + 1].is_title and doc[i + 1].is_alpha:
                starts.append(i + 1)
    return sorted(set(starts))


_dotted_months: frozenset[int] | None = None


def _dotted_month_ids() -> frozenset[int]:
    """Hashes of the month abbreviations the tokenizer keeps with their full
    stop ("feb.", "sept."; ``calendar_words.MONTH_ABBREVIATIONS``)."""
    global _dotted_months
    if _dotted_months is None:
        from spacy.strings import hash_string

        _dotted_months = frozenset(hash_string(name + ".") for name in MONTH_ABBREVIATIONS)
    return _dotted_months


_terminals: frozenset[int] | None = None


def _terminal_ids() -> frozenset[int]:
    """Hashes of the tokens spaCy's ``Sentencizer`` ends a sentence at."""
    global _terminals
    if _terminals is None:
        from spacy.pipeline import Sentencizer
        from spacy.strings import hash_string

        _terminals = frozenset(hash_string(char) for char in Sentencizer.default_punct_chars)
    return _terminals
