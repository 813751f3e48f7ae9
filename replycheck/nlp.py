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
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from replycheck.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# One character for one character, so offsets survive.
_STRAIGHTEN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


_PLAIN_PHRASE = re.compile(r"[a-z]+(?: [a-z]+)*")


def straighten(text: str) -> str:
    """Typographic quotes to ASCII ones; the result has the same length."""
    return text.translate(_STRAIGHTEN)


class Pipeline:
    """A lazily built spaCy pipeline and what it can tell (lemmas, POS, parse, entities)."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    @cached_property
    def nlp(self) -> Language:
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
            nlp = spacy.blank("en")
        if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
            _register_sentences()
            nlp.add_pipe("replycheck_sentences")
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
        if _PLAIN_PHRASE.fullmatch(text):
            words = text.split(" ")
            if self._special_cases.isdisjoint(words):
                from spacy.tokens import Doc

                return Doc(self.nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
        return self.nlp.make_doc(text)

    @cached_property
    def _special_cases(self) -> frozenset[str]:
        return frozenset(self.nlp.tokenizer.rules or ())

    def __call__(self, text: str) -> Doc:
        return self.nlp(straighten(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        return self.nlp.pipe((straighten(t) for t in texts), batch_size=batch_size)


def lower_ids(doc: Doc) -> frozenset[int]:
    """Hashes of a ``Doc``'s lower-cased tokens, in one array pass (no ``Token``
    objects): what the cheap "could this check fire" gates test against."""
    from spacy.attrs import LOWER

    return frozenset(doc.to_array(LOWER).tolist()) if len(doc) else frozenset()


_pipelines: dict[str | None, Pipeline] = {}


def shared_pipeline(model: str | None = None) -> Pipeline:
    """One ``Pipeline`` per model per process: checkers with different rule
    selections share the loaded spaCy pipeline."""
    if model not in _pipelines:
        pipeline = Pipeline(model)
        pipeline.nlp.max_length = 50_000_000  # input size is capped when it is read
        _pipelines[model] = pipeline
    return _pipelines[model]


_registered = False


def _register_sentences() -> None:
    """Register ``replycheck_sentences`` (see ``sentence_starts``)."""
    global _registered
    if _registered:
        return
    import numpy as np
    from spacy.attrs import SENT_START
    from spacy.language import Language

    attrs = [SENT_START]
    inside = np.uint64(2**64 - 1)  # -1: not a sentence start

    @Language.component("replycheck_sentences")
    def sentences(doc: Doc) -> Doc:
        if len(doc):
            values = np.full((len(doc), 1), inside, dtype=np.uint64)
            values[sentence_starts(doc), 0] = 1
            doc.from_array(attrs, values)
        return doc

    _registered = True


def sentence_starts(doc: Doc) -> list[int]:
    """Where sentences start: spaCy's ``Sentencizer`` rule (after a token of
    sentence-final punctuation, at the next token that is not punctuation),
    plus a start after a blank line or a bullet line break, since emails
    rarely punctuate greetings, list items and sign-offs: after a line break
    that follows ``,`` or ``:``, or precedes ``-``, ``*``, ``•``, ``>`` or a
    number.

    Computed on token arrays (no ``Token`` objects but for line breaks), so
    it costs a small fraction of the tokenizer's time.
    """
    from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH

    terminals = _terminal_ids()
    starts = [0]
    spaces = []
    seen_terminal = False
    # A loop over plain ints: for short texts it beats numpy's per-call cost.
    for i, (orth, punct, space) in enumerate(doc.to_array([ORTH, IS_PUNCT, IS_SPACE]).tolist()):
        if orth in terminals:
            seen_terminal = True
        elif not punct:
            if seen_terminal:
                if i:
                    starts.append(i)
                seen_terminal = False
            if space:
                spaces.append(i)
    last = len(doc) - 1
    for i in spaces:
        if not 0 < i < last:
            continue
        token = doc[i]
        if "\n" not in token.text:
            continue
        after = doc[i + 1]
        if (
            token.text.count("\n") >= 2
            or doc[i - 1].text[-1:] in ",:"
            or after.text[:1] in "-*•>"
            or after.like_num
        ):
            starts.append(i + 1)
    return sorted(set(starts))


_terminals: frozenset[int] | None = None


def _terminal_ids() -> frozenset[int]:
    """Hashes of the tokens spaCy's ``Sentencizer`` ends a sentence at."""
    global _terminals
    if _terminals is None:
        from spacy.pipeline import Sentencizer
        from spacy.strings import hash_string

        _terminals = frozenset(hash_string(char) for char in Sentencizer.default_punct_chars)
    return _terminals
