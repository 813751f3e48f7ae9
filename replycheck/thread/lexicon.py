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
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final

from spacy.lang.en.stop_words import STOP_WORDS

from replycheck import regexcache
from replycheck.errors import RulesetError
from replycheck.nlp import possessive, straighten
from replycheck.thread.lazypattern import LazyPattern

if TYPE_CHECKING:
    from replycheck.rules import Rule

_SUFFIXES: Final = (
    ("ations", ""),
    ("ation", ""),
    ("ments", ""),
    ("ment", ""),
    ("able", ""),
    ("ible", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ings", ""),
    ("ing", ""),
    ("ed", ""),
    ("es", "e"),
    ("s", ""),
)
_SINGLE: Final = regexcache.compile(r"^[a-z0-9']+$")
_VOWEL: Final = regexcache.compile(r"[aeiouy]")
#: A word of folded text: letters and digits, with decimal or thousands parts
#: ("1,050" and "12.99" are one number) and an apostrophe suffix ("don't").
#: (Possessive quantifiers, the same matches: see ``nlp.possessive``.)
WORD: Final = regexcache.compile(possessive(r"[^\W_]++(?:[.,]\d++)*+(?:'[^\W_]++)?+"))
#: Cue phrases opening with these are told apart by their second word.
_COMMON_HEADS: Final = frozenset({"i", "we"})


def fold(text: str) -> str:
    """Lower-case and straighten quotes without changing the length, so offsets
    into the folded text are offsets into ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # e.g. "İ" lower-cases to two characters
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return straighten(lowered)


def stem(word: str, irregular: Mapping[str, str] | None = None) -> str:
    """A crude, consistent stem: both sides of a comparison go through the
    same function, so "cancelled"/"cancel", "arrives"/"arrive" and
    "shipping"/"shipped" meet even though the stems are not real words."""
    word = given = word.lower().strip("'")
    if irregular and word in irregular:
        return irregular[word]
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) >= 7 and word.endswith("ly") and not word.endswith("ply"):
        word = word[:-2]  # "correctly"/"corrected", "monthly"/"month"
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and not word.endswith("ss"):
            base = word[: len(word) - len(suffix)] + repl
            if len(base) >= 3 and _VOWEL.search(base):
                word = base
                break
    if len(word) >= 7 and word.endswith("ction"):
        word = word[:-3]  # "reaction"/"react", "inspection"/"inspected"
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousy":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if word in _NOT_STEMS and word != given:
        word = _NOT_STEMS[word]  # "note"/"noted"/"noting" must not meet "not"
    return word


#: A function word a content word's stem would otherwise collide with, and the
#: stem that word's family gets instead.
_NOT_STEMS: Final = {"not": "note"}


#: The asker and their modal ("I", "we'd", "would") in a cue, after which a
#: focusing adverb may stand without changing the ask: "I'd | also be
#: grateful if you could", "we would | also like", "I | really need you to".
_ASKERS: Final = frozenset({"i", "we", "i'd", "we'd", "would", "should"})
_FOCUS_WORDS: Final = frozenset(
    {"also", "really", "just", "still", "actually", "genuinely", "honestly", "certainly"}
)
#: The cue lists that ask, where the adverb is let in; lists that rule a cue
#: out ("i'd like to add" that ...) stay as written.
_FOCUSED_STARTS: Final = frozenset({"indirect", "request", "need"})
_FOCUS: Final = r"(?:\s+(?:" + "|".join(sorted(_FOCUS_WORDS)) + "))?"


def phrase_regex(
    phrases: Iterable[str], *, prefix: bool = False, focus: bool = False
) -> re.Pattern[str] | None:
    """One alternation of literal phrases (longest first) on word boundaries;
    spaces in a phrase match any run of whitespace (quoted lines wrap).

    The phrases are grouped by their first character, each group opening
    with that character and then the no-word-before test (``(?<!\\w.)``,
    one character further back): the regex engine then skips ahead to a
    character some phrase opens with rather than testing every position,
    and at a place tries only the phrases opening there, in the same
    longest-first order (same matches as one flat alternation behind
    ``(?<!\\w)``, about half the time over the benchmark drafts)."""
    groups: dict[str, list[str]] = {}
    # Longest first; one length in alphabetical order, so a set of phrases
    # gives the same pattern in every process (and the pattern cache finds it).
    unique = sorted({p.strip().lower() for p in phrases if p.strip()})
    for phrase in sorted(unique, key=len, reverse=True):
        words = phrase.split()
        rest = re.escape(words[0][1:]) + "".join(
            (_FOCUS if focus and before in _ASKERS and word not in _FOCUS_WORDS else "")
            + r"\s+"
            + re.escape(word)
            for before, word in pairwise(words)
        )
        groups.setdefault(phrase[0], []).append(rest)
    if not groups:
        return None
    body = "|".join(
        f"{re.escape(first)}(?<!\\w.)(?:{'|'.join(rests)})" for first, rests in groups.items()
    )
    return LazyPattern(f"{'^' if prefix else ''}(?:{body})(?!\\w)")  # type: ignore[return-value]


#: A day of the month written as an ordinal ("17th", "31st"): the number is the key.
_ORDINAL: Final = regexcache.compile(r"[1-3]\d(?:st|nd|rd|th)")


class PhraseSet:
    """Phrases matched against a text's words (see ``topic.Words``) instead of
    its characters: one dict look-up per word, however long the list. A phrase
    whose words do not read back as the phrase ("% off") goes to a fallback
    pattern run on the characters."""

    __slots__ = ("fallback", "fallback_heads", "index")

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, set[tuple[str, ...]]] = {}
        odd: list[str] = []
        for raw in phrases:
            phrase = " ".join(raw.strip().lower().split())
            words = tuple(WORD.findall(phrase))
            if not words:
                continue
            if " ".join(words) != phrase:
                odd.append(phrase)
            else:
                by_first.setdefault(words[0], set()).add(words)
        self.index = {
            first: tuple(sorted(entries, key=len, reverse=True))
            for first, entries in by_first.items()
        }
        self.fallback = phrase_regex(odd)
        #: the first characters of each fallback phrase: no need to run the
        #: pattern over a text that holds none of them
        self.fallback_heads = tuple({phrase[:3] for phrase in odd})

    def fallback_hits(self, folded: str) -> list[int]:
        """Where the fallback phrases start in a folded text."""
        if self.fallback is None or not any(head in folded for head in self.fallback_heads):
            return []
        return [m.start() for m in self.fallback.finditer(folded)]

    def spans(
        self,
        words: list[str],
        first: int,
        last: int,
        blocked: set[int] | None = None,
        *,
        first_only: bool = False,
    ) -> list[tuple[int, int]]:
        """Word ranges of the phrases inside ``words[first:last]`` (longest at
        each word), skipping any that touch a ``blocked`` word."""
        found: list[tuple[int, int]] = []
        index = self.index
        for i in range(first, last):
            entries = index.get(words[i])
            if entries is None:
                continue
            for phrase in entries:
                end = i + len(phrase)
                if end <= last and (len(phrase) == 1 or tuple(words[i:end]) == phrase):
                    if blocked and any(j in blocked for j in range(i, end)):
                        continue
                    found.append((i, end))
                    if first_only:
                        return found
                    break
        return found

    def starts_at(self, words: list[str], i: int, last: int) -> bool:
        """Whether a phrase begins at word ``i`` (and ends by ``last``)."""
        entries = self.index.get(words[i]) if i < last else None
        if entries is None:
            return False
        return any(
            i + len(p) <= last and (len(p) == 1 or tuple(words[i : i + len(p)]) == p)
            for p in entries
        )


@dataclass(frozen=True)
class Lexicon:
    """Compiled thread-awareness data (see rulesets/thread.toml for each list's meaning)."""

    irregular: dict[str, str]
    concept_of: dict[str, str]
    concept_phrases: tuple[tuple[re.Pattern[str], str], ...]
    #: concept phrases as a word trie (leaf value: the concept)
    phrase_index: dict[str, Any]
    generic: frozenset[str]
    weak: frozenset[str]
    question_words: frozenset[str]
    auxiliaries: frozenset[str]
    subjects: frozenset[str]
    request_verbs: frozenset[str]
    connectors: frozenset[str]
    filler: frozenset[str]
    #: the connectors of more than one word by their first word ("this" ->
    #: "this time"), longest first, for ``asked._strip_connectors``
    connector_phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    patterns: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    expects: tuple[tuple[re.Pattern[str], str], ...] = ()
    #: every ``expects`` cue in one alternation: where the earliest cue of any
    #: type starts (one search instead of one per type)
    expects_any: re.Pattern[str] | None = None
    evidence: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    #: the ``evidence`` lists and the ``ack`` list as word-matched phrase sets
    evidence_sets: dict[str, PhraseSet] = field(default_factory=dict)
    #: the ``evidence_sets`` with a fallback pattern (phrases matched on
    #: characters, "% off"): the others can find nothing on characters, so
    #: a draft's text is not offered to them (a field made by ``from_options``
    #: rather than a ``cached_property``, which mypyc compiles as a plain
    #: property, worked out again on every access)
    evidence_fallbacks: tuple[tuple[str, PhraseSet], ...] = field(
        default=(), repr=False, compare=False
    )
    ack: PhraseSet | None = None
    #: sending verbs that, with their object before "back", name a return
    #: (the option ``back_verbs``; see ``topic._sent_back``)
    back_verbs: frozenset[str] = frozenset()
    #: the stems of acts of ours that deliver something, each to its family
    #: (the option ``delivered_acts``; see ``answered._act_delivered``)
    delivered: dict[str, str] = field(default_factory=dict)
    #: every evidence and acknowledgement phrase as a word trie (see ``_merged_index``)
    evidence_index: dict[str, Any] = field(default_factory=dict)
    #: both tries in one: each leaf holds (concept or None, evidence lists or None),
    #: so a text's words are walked once for both
    combined_index: dict[str, Any] = field(default_factory=dict)
    #: words that can open a cue (question words, auxiliaries, request verbs,
    #: first words of cue phrases) and, for phrases opening with a word too
    #: common to tell ("i", "we"), their first two words
    #: the ``phrases`` lists (found anywhere in a clause) as word tries and
    #: fallback patterns, for ``has_phrase``
    phrase_sets: dict[str, tuple[dict[str, Any], re.Pattern[str] | None]] = field(
        default_factory=dict
    )
    #: venting and pleasantries together (a word trie and a fallback pattern):
    #: a clause holding one asks nothing
    venting: tuple[dict[str, Any], re.Pattern[str] | None] = ({}, None)
    cue_words: frozenset[str] = frozenset()
    #: a clause opening: junk, connectors, then its first one or two words
    opening: re.Pattern[str] | None = None
    cue_heads: frozenset[str] = frozenset()
    cue_pairs: frozenset[tuple[str, str]] = frozenset()
    #: first two words of the ``need`` cues ("i need", "it would"), so other
    #: clauses skip that pattern
    need_heads: frozenset[tuple[str, ...]] = frozenset()
    #: the stems of ``request_verbs`` ("reversed" and "reverse" meet)
    request_stems: frozenset[str] = frozenset()
    #: the stems of ``request_verbs`` and ``wanted_acts``: what a want asks of
    #: the business ("I'd like to cancel", "I want to know")
    wanted_stems: frozenset[str] = frozenset()
    _stems: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _keys: dict[str, tuple[str, float] | None] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> Lexicon:
        """Compile a rule's ``options``; a malformed list is a ``RulesetError``."""
        # Module-level helpers bound here, not closures: mypyc cannot compile
        # a function nested in a classmethod.
        words = partial(_option_words, options)
        table = partial(_option_table, options)
        irregular: dict[str, str] = {}
        for base, forms in table("irregular").items():
            for form in forms:
                irregular[form.lower()] = stem(base)
        concept_of: dict[str, str] = {}
        concept_phrases: list[tuple[re.Pattern[str], str]] = []
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for concept, members in table("concepts").items():
            singles = [m for m in members if _SINGLE.match(m.strip())]
            multis = [m for m in members if not _SINGLE.match(m.strip())]
            for member in singles:
                concept_of.setdefault(stem(member, irregular), concept)
            pattern = phrase_regex(multis)
            if pattern is not None:
                concept_phrases.append((pattern, concept))
            for member in multis:
                phrase = tuple(WORD.findall(member.strip().lower()))
                if phrase:
                    by_first.setdefault(phrase[0], []).append((phrase, concept))
        phrase_index = _trie(
            (phrase, concept) for entries in by_first.values() for phrase, concept in entries
        )
        patterns = {name: phrase_regex(phrases) for name, phrases in table("phrases").items()}
        starts = {
            name: phrase_regex(phrases, prefix=True, focus=name in _FOCUSED_STARTS)
            for name, phrases in table("starts").items()
        }
        patterns.update({f"start:{name}": pattern for name, pattern in starts.items()})
        expects = []
        expects_any = phrase_regex(c for cues in table("expects").values() for c in cues)
        for answer_type, cues in table("expects").items():
            pattern = phrase_regex(cues)
            if pattern is not None:
                expects.append((pattern, answer_type))
        evidence = {name: phrase_regex(phrases) for name, phrases in table("evidence").items()}
        evidence_sets = {name: PhraseSet(phrases) for name, phrases in table("evidence").items()}
        cue_words = set(words("question_words")) | set(words("auxiliaries"))
        cue_words |= set(words("request_verbs"))
        cue_pairs: set[tuple[str, str]] = set()
        for name in ("indirect", "request", "need", "generic"):
            for phrase in table("starts").get(name, []):
                cue = WORD.findall(phrase.lower())
                if not cue:
                    continue
                if cue[0] in _COMMON_HEADS and len(cue) > 1:
                    cue_pairs.add((cue[0], cue[1]))
                else:
                    cue_words.add(cue[0])
        phrase_sets = {}
        for name, phrases in table("phrases").items():
            compiled = PhraseSet(phrases)
            phrase_sets[name] = (
                _trie((p, True) for entries in compiled.index.values() for p in entries),
                compiled.fallback,
            )
        connectors = sorted((re.escape(c) for c in words("connectors")), key=len, reverse=True)
        word = r"[a-z0-9][a-z0-9'\-.]*[a-z0-9]|[a-z0-9]"
        opening = regexcache.compile(
            # leading punctuation and handles ("@Airline Are ..."), a list
            # item's number ("2) can we get a trial"), then connectors
            rf"(?:@\w+|[^a-z0-9@])*(?:\d{{1,2}}[.)]?[ \t]+)?"
            rf"(?:(?:{'|'.join(connectors) or '(?!)'})(?![a-z0-9'])[ ,\t\n]*)*"
            rf"({word})(?:[ ,\t\n]+({word}))?"
        )
        evidence_index = _merged_index(
            {
                **evidence_sets,
                "ack": PhraseSet(table("phrases").get("ack", [])),
                "defer": PhraseSet(table("phrases").get("defer", [])),
            }
        )
        return cls(
            irregular=irregular,
            concept_of=concept_of,
            concept_phrases=tuple(concept_phrases),
            phrase_index=phrase_index,
            generic=frozenset(stem(w, irregular) for w in words("generic")),
            weak=frozenset(stem(w, irregular) for w in words("weak")),
            question_words=frozenset(words("question_words")),
            auxiliaries=frozenset(words("auxiliaries")),
            subjects=frozenset(words("subjects")),
            request_verbs=frozenset(words("request_verbs")),
            request_stems=frozenset(stem(w, irregular) for w in words("request_verbs")),
            wanted_stems=frozenset(
                stem(w, irregular)
                for w in (*words("request_verbs"), *words("wanted_acts"))
                if w not in words("own_acts")
            ),
            connectors=frozenset(words("connectors")),
            connector_phrases=_by_first_word(c for c in words("connectors") if " " in c),
            filler=frozenset(words("filler")),
            patterns=patterns,
            expects=tuple(expects),
            expects_any=expects_any,
            evidence=evidence,
            phrase_sets=phrase_sets,
            venting=_trie_and_fallback(
                [*table("phrases").get("rhetorical", []), *table("phrases").get("pleasantry", [])]
            ),
            cue_words=frozenset(cue_words),
            opening=opening,
            cue_heads=frozenset(a for a, _ in cue_pairs),
            cue_pairs=frozenset(cue_pairs),
            need_heads=frozenset(
                tuple(words[:2])
                for words in (WORD.findall(p.lower()) for p in table("starts").get("need", []))
                if words
            ),
            evidence_sets=evidence_sets,
            evidence_fallbacks=tuple(
                (name, phrases)
                for name, phrases in evidence_sets.items()
                if phrases.fallback is not None
            ),
            ack=PhraseSet(table("phrases").get("ack", [])),
            back_verbs=frozenset(w.lower() for w in words("back_verbs")),
            delivered={
                stem(verb, irregular): family
                for family, verbs in table("delivered_acts").items()
                for verb in verbs
            },
            evidence_index=evidence_index,
            combined_index=_combined(phrase_index, evidence_index),
        )

    def pattern(self, name: str) -> re.Pattern[str] | None:
        return self.patterns.get(name)

    def has_phrase(self, names: tuple[str, ...], folded: str) -> bool:
        """Whether a folded text holds a phrase of any of the ``phrases`` lists
        ``names`` (word by word, so a long list costs no more than a short one)."""
        words: list[str] | None = None
        for name in names:
            entry = self.phrase_sets.get(name)
            if entry is None:
                continue
            trie, fallback = entry
            if words is None:
                words = WORD.findall(folded)
            if trie_hits(trie, words):
                return True
            if fallback is not None and fallback.search(folded) is not None:
                return True
        return False

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

    def topic_key(self, word: str) -> tuple[str, float] | None:
        """A folded word's topic key and weight, or None for filler (memoized):
        numbers of two or more digits are keys of their own ("#77120")."""
        entry = self._keys.get(word, False)
        if entry is not False:
            return entry  # type: ignore[return-value]
        entry = self._topic_key(word)
        if len(self._keys) < 100_000:
            self._keys[word] = entry
        return entry

    def _topic_key(self, word: str) -> tuple[str, float] | None:
        if any(c.isdigit() for c in word):
            digits = "".join(c for c in word if c.isalnum())
            if _ORDINAL.fullmatch(digits):
                # "the 17th" is the 17 of "17 November"
                digits = digits[:-2]
            return ("#" + digits, 1.0) if len(digits) >= 2 else None
        if "'" in word:  # "don't" -> "do", "customer's" -> "customer"
            word = word[:-3] if word.endswith("n't") else word.split("'", 1)[0]
        if len(word) < 2:
            return None
        concept = self.concept(word)
        if word in STOP_WORDS and concept == self.stem_of(word):
            return None
        weight = self.weight(word)
        return (concept, weight) if weight > 0 else None

    def phrase_hits(self, words: list[str]) -> list[tuple[int, int, str]]:
        """Every concept phrase in a word sequence: (first word, end word, concept)."""
        return trie_hits(self.phrase_index, words)

    def phrase_at(self, words: list[str]) -> str | None:
        """The concept of the shortest concept phrase that opens ``words``
        (the first of ``phrase_hits`` starting at word 0), walking the trie
        from the first word only; None when no phrase opens them."""
        node = self.phrase_index.get(words[0]) if words else None
        j = 1
        while node is not None:
            value = node.get("")
            if value is not None:
                return value
            if j >= len(words):
                return None
            node = node.get(words[j])
            j += 1
        return None

    def scan(self, words: list[str]) -> list[tuple[int, int, frozenset[str]]]:
        """Every acknowledgement and evidence phrase in a word sequence:
        (first word, end word, the lists holding it), in order."""
        return trie_hits(self.evidence_index, words)

    def weight(self, word: str) -> float:
        """How much a content word says about the topic (0 for filler)."""
        key = self.stem_of(word)
        if key in self.generic:
            return 0.0
        if key in self.weak:
            return 0.4
        return 1.0


def _merged_index(sets: Mapping[str, PhraseSet]) -> dict[str, Any]:
    """One word trie over several phrase sets: each phrase ends in a node whose
    ``""`` entry names the sets that hold it, so one pass reads them all."""
    names: dict[tuple[str, ...], set[str]] = {}
    for name, phrases in sets.items():
        for entries in phrases.index.values():
            for phrase in entries:
                names.setdefault(phrase, set()).add(name)
    return _trie((phrase, frozenset(held)) for phrase, held in names.items())


def _trie_and_fallback(phrases: list[str]) -> tuple[dict[str, Any], re.Pattern[str] | None]:
    compiled = PhraseSet(phrases)
    trie = _trie((p, True) for entries in compiled.index.values() for p in entries)
    return trie, compiled.fallback


def _combined(concepts: dict[str, Any], evidence: dict[str, Any]) -> dict[str, Any]:
    """Merge a concept trie and an evidence trie (see ``Lexicon.combined_index``)."""
    merged: dict[str, Any] = {}
    for key in concepts.keys() | evidence.keys():
        a, b = concepts.get(key), evidence.get(key)
        if key == "":
            merged[key] = (a, b)
        else:
            merged[key] = _combined(a or {}, b or {})
    return merged


def _trie(entries: Iterable[tuple[tuple[str, ...], Any]]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for phrase, value in entries:
        node = root
        for word in phrase:
            node = node.setdefault(word, {})
        node[""] = value
    return root


def trie_hits(trie: dict[str, Any], words: list[str]) -> list[tuple[int, int, Any]]:
    """Every phrase of a word trie in a word sequence: (first, end, value), in order."""
    # ``in`` and indexing, not ``dict.get``: a method call per word cost more
    # than the second lookup a hit takes, interpreted and compiled alike
    # (about half the words open a path; few paths end in a phrase)
    hits: list[tuple[int, int, Any]] = []
    count = len(words)
    for i, word in enumerate(words):
        if word not in trie:
            continue
        node = trie[word]
        j = i + 1
        while True:
            if "" in node:
                hits.append((i, j, node[""]))
            if j >= count:
                break
            following = words[j]
            if following not in node:
                break
            node = node[following]
            j += 1
    return hits


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


def _option_words(options: Mapping[str, Any], key: str) -> list[str]:
    """``options[key]``: a list of strings (empty when missing)."""
    value = options.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RulesetError(f"thread options: '{key}' must be a list of strings")
    return value


def _option_table(options: Mapping[str, Any], key: str) -> dict[str, list[str]]:
    """``options[key]``: names mapped to lists of strings (empty when missing)."""
    value = options.get(key, {})
    if not isinstance(value, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in value.values()
    ):
        raise RulesetError(f"thread options: '{key}' must map names to lists of strings")
    return value


def _by_first_word(phrases: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Phrases grouped by their first word, longest first in each group."""
    grouped: dict[str, list[str]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase.split()[0], []).append(phrase)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in grouped.items()}
