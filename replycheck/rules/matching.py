"""The two data rule kinds, compiled once per ``Checker`` into one spaCy
``PhraseMatcher`` and one ``Matcher`` over the draft's ``Doc``.

- ``phrase``: each phrase is tokenized and matched on lower-cased tokens.
- ``pattern``: spaCy ``Matcher`` token patterns; ``LEMMA`` is expanded to the
  inflected forms (``LOWER IN [...]``) when the pipeline has no lemmatizer.

A rule's ``unless`` phrases are antipatterns: a match they overlap is dropped.
spaCy's matchers run in time linear in the tokens for a fixed set of
patterns, so no user pattern can make the checker hang.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from replycheck.errors import RulesetError
from replycheck.rules.inflect import inflections

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from replycheck.nlp import Pipeline
    from replycheck.rules.schema import Rule

_UNLESS = "::unless"


class RuleMatcher:
    """All phrase and pattern rules of a rule set, ready to run on a ``Doc``."""

    def __init__(self, rules: Sequence[Rule], pipeline: Pipeline) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        vocab = pipeline.nlp.vocab
        self._phrases = PhraseMatcher(vocab, attr="LOWER")
        self._patterns = Matcher(vocab, validate=True)
        self._rules: dict[str, Rule] = {}
        self._has_lemmas = pipeline.has_lemmas
        for rule in rules:
            if rule.kind not in ("phrase", "pattern"):
                continue
            self._rules[rule.code] = rule
            if rule.kind == "phrase":
                docs = [pipeline.make_doc(phrase) for phrase in rule.phrases]
                self._phrases.add(rule.code, docs)
            else:
                patterns = [self._expand(rule, pattern) for pattern in rule.patterns]
                try:
                    self._patterns.add(rule.code, patterns, greedy="LONGEST")
                except (ValueError, KeyError, TypeError) as exc:
                    first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc
                    raise RulesetError(
                        f"{rule.source}: rule {rule.code} has an invalid token pattern: {first}"
                    ) from None
            if rule.unless:
                unless = [pipeline.make_doc(phrase) for phrase in rule.unless]
                self._phrases.add(rule.code + _UNLESS, unless)

    def __bool__(self) -> bool:
        return bool(self._rules)

    def _expand(self, rule: Rule, pattern: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        if self._has_lemmas:
            return [dict(token) for token in pattern]
        return [_lemma_to_lower(token, rule) for token in pattern]

    def matches(self, doc: Doc) -> Iterator[tuple[Rule, int, int]]:
        """``(rule, start_char, end_char)`` for every match not vetoed by ``unless``."""
        strings = doc.vocab.strings
        hits: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for match_id, start, end in self._phrases(doc):
            hits[strings[match_id]].append((start, end))
        if len(self._patterns):
            for match_id, start, end in self._patterns(doc):
                hits[strings[match_id]].append((start, end))
        for code, spans in hits.items():
            if code.endswith(_UNLESS):
                continue
            vetoes = hits.get(code + _UNLESS, ())
            rule = self._rules[code]
            for start, end in _longest_first(spans):
                if any(start < v_end and v_start < end for v_start, v_end in vetoes):
                    continue
                span = doc[start:end]
                yield rule, span.start_char, span.end_char


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
