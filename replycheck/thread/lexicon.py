"""The word lists thread awareness runs on, compiled once per rule.

The default spaCy pipeline has no lemmatizer, POS tags or entities, so
"answered" is decided on light machinery of our own: a small stemmer, concept
groups (synonyms that count as the same topic), and phrase lists for question
cues, requests, venting, acknowledgements and answer types. All of it is data
in the ``options`` of rule RC201 (rulesets/thread.toml); this module only
compiles it. Phrases become alternations of escaped literals (no user-made
regular expressions), so matching stays linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from replycheck.errors import RulesetError

if TYPE_CHECKING:
    from replycheck.rules import Rule

_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", ""))
_SINGLE = re.compile(r"^[a-z0-9']+$")
_VOWEL = re.compile(r"[aeiouy]")
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def fold(text: str) -> str:
    """Lower-case and straighten quotes without changing the length, so offsets
    into the folded text are offsets into ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # e.g. "İ" lower-cases to two characters
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_STRAIGHT)


def stem(word: str, irregular: Mapping[str, str] | None = None) -> str:
    """A crude, consistent stem: both sides of a comparison go through the
    same function, so "cancelled"/"cancel", "arrives"/"arrive" and
    "shipping"/"shipped" meet even though the stems are not real words."""
    word = word.lower().strip("'")
    if irregular and word in irregular:
        return irregular[word]
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and not word.endswith("ss"):
            base = word[: len(word) - len(suffix)] + repl
            if len(base) >= 3 and _VOWEL.search(base):
                word = base
                break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousy":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def phrase_regex(phrases: Iterable[str], *, prefix: bool = False) -> re.Pattern[str] | None:
    """One alternation of literal phrases (longest first) on word boundaries;
    spaces in a phrase match any run of whitespace (quoted lines wrap)."""
    alternatives = []
    for phrase in sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True):
        words = [re.escape(w) for w in phrase.split()]
        alternatives.append(r"\s+".join(words))
    if not alternatives:
        return None
    body = "|".join(alternatives)
    return re.compile(f"{'^' if prefix else ''}(?<!\\w)(?:{body})(?!\\w)")


@dataclass(frozen=True)
class Lexicon:
    """Compiled thread-awareness data (see rulesets/thread.toml for each list's meaning)."""

    irregular: dict[str, str]
    concept_of: dict[str, str]
    concept_phrases: tuple[tuple[re.Pattern[str], str], ...]
    generic: frozenset[str]
    weak: frozenset[str]
    question_words: frozenset[str]
    auxiliaries: frozenset[str]
    subjects: frozenset[str]
    request_verbs: frozenset[str]
    connectors: frozenset[str]
    filler: frozenset[str]
    patterns: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    expects: tuple[tuple[re.Pattern[str], str], ...] = ()
    evidence: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    _stems: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> Lexicon:
        """Compile a rule's ``options``; a malformed list is a ``RulesetError``."""

        def words(key: str) -> list[str]:
            value = options.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise RulesetError(f"thread options: '{key}' must be a list of strings")
            return value

        def table(key: str) -> dict[str, list[str]]:
            value = options.get(key, {})
            if not isinstance(value, dict) or not all(
                isinstance(v, list) and all(isinstance(w, str) for w in v) for v in value.values()
            ):
                raise RulesetError(f"thread options: '{key}' must map names to lists of strings")
            return value

        irregular: dict[str, str] = {}
        for base, forms in table("irregular").items():
            for form in forms:
                irregular[form.lower()] = stem(base)
        concept_of: dict[str, str] = {}
        concept_phrases: list[tuple[re.Pattern[str], str]] = []
        for concept, members in table("concepts").items():
            singles = [m for m in members if _SINGLE.match(m.strip())]
            multis = [m for m in members if not _SINGLE.match(m.strip())]
            for member in singles:
                concept_of.setdefault(stem(member, irregular), concept)
            pattern = phrase_regex(multis)
            if pattern is not None:
                concept_phrases.append((pattern, concept))
        patterns = {name: phrase_regex(phrases) for name, phrases in table("phrases").items()}
        starts = {
            name: phrase_regex(phrases, prefix=True) for name, phrases in table("starts").items()
        }
        patterns.update({f"start:{name}": pattern for name, pattern in starts.items()})
        expects = []
        for answer_type, cues in table("expects").items():
            pattern = phrase_regex(cues)
            if pattern is not None:
                expects.append((pattern, answer_type))
        evidence = {name: phrase_regex(phrases) for name, phrases in table("evidence").items()}
        return cls(
            irregular=irregular,
            concept_of=concept_of,
            concept_phrases=tuple(concept_phrases),
            generic=frozenset(stem(w, irregular) for w in words("generic")),
            weak=frozenset(stem(w, irregular) for w in words("weak")),
            question_words=frozenset(words("question_words")),
            auxiliaries=frozenset(words("auxiliaries")),
            subjects=frozenset(words("subjects")),
            request_verbs=frozenset(words("request_verbs")),
            connectors=frozenset(words("connectors")),
            filler=frozenset(words("filler")),
            patterns=patterns,
            expects=tuple(expects),
            evidence=evidence,
        )

    def pattern(self, name: str) -> re.Pattern[str] | None:
        return self.patterns.get(name)

    def stem_of(self, word: str) -> str:
        """``stem`` with this lexicon's irregular forms, memoized (words repeat)."""
        key = self._stems.get(word)
        if key is None:
            key = stem(word, self.irregular)
            if len(self._stems) < 50_000:
                self._stems[word] = key
        return key

    def concept(self, word: str) -> str:
        """The topic key of a word: its concept group, else its stem."""
        key = self.stem_of(word)
        return self.concept_of.get(key, key)

    def weight(self, word: str) -> float:
        """How much a content word says about the topic (0 for filler)."""
        key = self.stem_of(word)
        if key in self.generic:
            return 0.0
        if key in self.weak:
            return 0.4
        return 1.0


_compiled: dict[int, tuple[Rule, Lexicon]] = {}


def lexicon_for(rule: Rule) -> Lexicon:
    """The compiled lexicon of a rule, built on first use and kept with the rule
    (so compiling happens once per loaded rule, not per draft)."""
    entry = _compiled.get(id(rule))
    if entry is None or entry[0] is not rule:
        entry = (rule, Lexicon.from_options(rule.options))
        _compiled[id(rule)] = entry
    return entry[1]


def default_lexicon() -> Lexicon:
    """The lexicon of the built-in RC201 rule (for tests and library callers)."""
    from replycheck.rules import Registry

    rule = Registry.load().get("RC201")
    if rule is None:  # pragma: no cover - the built-in ruleset is broken
        raise RulesetError("built-in rule RC201 (unanswered-question) is missing")
    return lexicon_for(rule)
