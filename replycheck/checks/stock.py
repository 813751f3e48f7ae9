"""Stock and promotion talk the customer did not ask about (principle
``no-unasked-stock-talk``).

The rules in rulesets/stock.toml share one check. Each lists, in its
``options``, the words that make a stretch of the reply a pitch (``phrases``
and spaCy token ``patterns``), the words in the customer's message that mean
they asked about it (``asked``), and words that mean the stretch is about the
customer's own order or a goodwill gesture rather than a pitch
(``not_pitch``: "your replacement is in stock", "as an apology, 20% off").
The rule's ``unless`` phrases veto a trigger they overlap, as for data rules.

A rule with ``min_cues`` (RC406, sales talk) reads its phrases as sales
words instead: a unit is a pitch when it holds ``min_cues`` different ones the
customer did not use, or one together with a word of ``ours`` ("our", "we")
and no content word of the customer's message; never when the agent acts for
the customer ("I've added a gift card to your account") or refuses ("we cannot
offer price matching"). A ``fallback`` rule reports only sentences the rules
before it did not.

A rule with ``with`` patterns (RC407, priced offers) counts a trigger (a price,
a saving, a free period) only in a unit that also holds one of them: the sum is
put to the customer as something to take up ("you could also get ...", "guests
who book ...", "just £3", "before Friday"), not said about their own money.
Questions are skipped with ``skip_questions``, except those that sell ("Did you
know ...?", "Why not ...?").

Whatever the rule, a unit that uses two content words side by side as the
customer did ("direct debit", "family ticket") is about their topic, not a pitch.

A rule with ``shape`` groups (RC408, offer shape) reads no particular phrase:
a unit is a pitch when it holds cues from ``min_groups`` different groups
(something of ours or a product, something new, an invitation, a price or
saving), one of them from ``needs_one_of``; an imperative opening the sentence
and a short sales question just before it ("Planning another break?") invite.
It does not open on the customer's thing, the agent or a condition
(``not_openers``), and it does nothing for the customer.

The customer's message decides the level: when it is known and asks about the
topic, the talk answers it and nothing is reported (unless an aside opener
such as "While you're here," introduces it, or, for a rule with ``add_ons``,
it offers something on top: "the matching gaiters are back in stock"); when it is known and does
not, the rule's severity applies; when it is not known, the finding is
reported at ``info`` and says so, unless the sentence says itself that it
answers them ("Yes, ...", "You asked whether ...", "as requested": see
``ANSWER_MARKERS``), which counts as asked.

An offer that answers what the customer asked is not a pitch, whatever its
words: a sentence RC201's matching finds to be the only answer to one of
their asks ("We add a European cover pack for £35" to "Is that allowed, and
what does it cost?"), or the sentence after an answer, in its paragraph, that
says what we do or what they can do of what the answer or the customer named,
and puts nothing on top of it ("You can add our winter sports extension for
£24" after "Your policy doesn't include winter sports"; see ``_is_an_answer``). The asks
and answers are read once per draft, only when a stock rule has something to
report.

A finding covers one *unit*: a sentence, or a clause of it after ``:``, ``;``,
", and" or ", but" ("... abroad, and if you switch you'll get £150
cashback!" is two pitches). A unit with no trigger of its own that opens with
a pronoun ("It's great value") carries on the pitch before it and joins its span,
unless it is a sentence of its own with a deal, price or news ("It's 20% off
this week"): then, as writers label it, it is a pitching sentence of its own,
as is a call to take the offer up ("Apply in the app") or a tag urging it on
("Don't miss it!") just after a pitch.

Most drafts pitch nothing, so the work is ordered cheapest first: each rule's
``Gate`` rules a draft out from its lower-cased word ids (one set test against
the words every trigger needs); the matchers run only when a trigger's words
are all there; and only sentences with a trigger (and the ones a pitch may
carry on into) are cut into units, once per Doc, shared by the five rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final, NamedTuple

# Real imports, not under TYPE_CHECKING: the dataclasses below name them in
# their fields, and a mypyc-compiled module evaluates those at import (spaCy
# is loaded by then: check modules are imported with the pipeline).
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from replycheck import regexcache
from replycheck.calendar_words import MONTHS, WEEKDAYS
from replycheck.checks import check
from replycheck.checks.closing import TokenTable, phrase_ids, phrase_words, span_words
from replycheck.checks.tone_sentences import span_type
from replycheck.context import word_ids
from replycheck.nlp import (
    doc_text,
    lower_ids,
    sentence_token_starts,
    token_table,
    word_id,
    word_positions,
)
from replycheck.rules.matching import _commonness, anchors
from replycheck.rules.schema import Rule
from replycheck.rules.tokens import DocArrays, TokenPattern

if TYPE_CHECKING:
    from spacy.tokens import Token

    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.thread import Lexicon

#: Tokens after which a new unit starts (", and" / ", but" are handled too).
UNIT_BREAKS: Final = frozenset({":", ";", "—", "–", "--"})
#: "and"/"but" followed by one of these starts a new clause, and so a new unit.
CLAUSE_SUBJECTS: Final = frozenset({"we", "i", "they", "it", "there", "our", "he", "she"})
#: A unit opening with one of these carries on the unit before it.
CONTINUATIONS: Final = frozenset({"it", "they", "this", "these", "that", "those", "he", "she"})

#: Words that change the subject to a pitch ("While you're here, ..."); a
#: pitch after one in the same paragraph is reported even when the customer
#: asked about the topic, since it is an aside, not the answer.
OPENERS: Final = (
    "while you're here", "while you are here", "while i have you", "while we have you",
    "before you go", "while you wait", "by the way", "on another note", "don't forget",
    "speaking of which", "p.s.", "ps", "in other news", "while we're at it",
    "while you're with us", "while you're at it", "while you are at it", "just so you know",
    # a side note flagged as one: "Also, heads up: our annual plans are 30% off",
    # "Psst: our refurbished laptops are back in stock", "One more thing: ..."
    "heads up", "heads-up", "psst", "one more thing", "before i forget",
)  # fmt: skip

#: A customer asking what we offer asks about every pitch topic: "Do you have
#: any savings accounts with a better rate?" is answered by an account and a rate.
OFFER_QUESTIONS: Final = (
    "do you have", "do you offer", "do you sell", "do you do", "do you stock", "do you carry",
    "do you still", "do you currently", "do you also",
    # "is it still" asks about stock only with a word of sale after it: "Is it
    # still for sale?" ("still available" is below), not "Is it still safe to
    # eat?", "Is it still under guarantee?", "Are they still valid?"
    "is it still for sale", "is it still on sale", "is it still sold", "is it still made",
    "are they still for sale", "are they still on sale", "are they still sold",
    "are they still made",
    "do you hire", "do you rent", "can i hire", "can i rent", "could i hire", "could i rent",
    "still available", "still in stock",
    # the same asked of "you guys", "you folks", "y'all": "Do you guys have towels?"
    "do you guys have", "do you guys do", "do you guys sell", "do you guys offer",
    "do you guys stock", "do you guys carry", "do you guys still", "do you folks have",
    "do you folks do", "do you all have", "do you all do", "do y'all have", "do y'all do",
    "have you guys got", "have you folks got", "have you lot got", "do you lot have",
    "do you lot do",
    # asking what we sell without "do you": "Is there anything you sell that
    # won't get chewed?", "something you stock for dry skin" (not "what you have
    # done": "have" there is no shelf)
    "anything you sell", "anything you stock", "anything you carry", "anything you offer",
    "anything you make", "something you sell", "something you stock", "something you carry",
    "something you offer", "what you sell", "what you stock", "what you carry",
    "what you offer",
    # asking how to buy: "Can I still buy a battery for my old drill?"
    "can i buy", "could i buy", "can i still", "could i still", "can i order", "could i order",
    # ... and for a couple or a family: "can we order a printed album through you?"
    "can we buy", "could we buy", "can we order", "could we order", "can we hire",
    "could we hire", "can we rent", "could we rent",
    # asking for another version of it: "Does it come in a smaller bag?"
    "does it come in", "do they come in", "does this come in", "do these come in",
    "does that come in", "do those come in", "come in a", "come in an", "come in other",
    "come in any", "come in another", "come in different", "also come in", "do you make",
    # the same asked in the third person, often indirectly: "I should like to
    # ask whether the dress also comes in navy", "if the jacket comes in a 12"
    "also comes in", "comes in a", "comes in an", "comes in other", "comes in any",
    "comes in another", "comes in different", "whether it comes in", "if it comes in",
    # asking for a recommendation: "Which plan would suit me?"
    "would suit", "suit me", "should i get", "should i choose", "best for me", "which plan",
    "what plan",
    "what options", "my options", "other options", "any other", "what else", "recommend",
    "suggest",
    # asking us to choose among what we sell: "which of your green teas has the
    # least caffeine?", "which of your rings would suit a slim finger?"
    "which of your", "which one of your",
)  # fmt: skip

UNKNOWN_ORIGINAL: Final = (
    "The customer's message was not available, so check they did not ask about this."
)


class _OnFirstUse:
    """A ``PhraseMatcher`` made on its first call. Compiling a rule needs only
    its gates, and most drafts open none of most rules' gates: a cold
    ``replycheck draft.txt`` made all eight stock rules' phrase matchers
    (tokenizing and adding some two thousand phrases) for a draft that read
    few of them, 119M of its 7,171M instructions (callgrind, pure build;
    ``benchmarks/cold_costs.py`` times it). A callable attribute, not a
    property: compiled with mypyc, ``obj.prop(doc)`` called the getter."""

    def __init__(self, vocab: Vocab, label: str, phrases: list[str]) -> None:
        self._vocab = vocab
        self._label = label
        self._phrases = phrases
        self._matcher: PhraseMatcher | None = None

    @property
    def built(self) -> bool:
        """Whether the matcher has been made (it is, on the first call)."""
        return self._matcher is not None

    def __call__(self, target: Doc | Span) -> list[tuple[int, int, int]]:
        matcher = self._matcher
        if matcher is None:
            matcher = self._matcher = _phrase_matcher(self._vocab, self._phrases, self._label)
        return matcher(target)  # type: ignore[no-any-return]


@dataclass
class _Compiled:
    """One rule's matchers, built once per rule and vocabulary, and the gates
    that tell from a draft's lower-cased words whether its trigger phrases, or
    each of its trigger patterns, could match (None: they always could).

    Token patterns have a Matcher per gate key set: a Matcher's cost grows
    with its patterns, and a draft rarely holds the words of more than one
    set, while patterns keyed on the same words ("£") read the same sentences.
    """

    rule: Rule
    triggers: list[tuple[Gate | None, Matcher]]
    #: Per trigger, its patterns compiled for ``replycheck.rules.tokens``
    #: (None when one of them has a shape it does not handle, or no gate):
    #: found on the token table, the Matcher is not run.
    tokens: list[tuple[TokenPattern, ...] | None]
    # The phrase matchers are made on their first call (see ``_OnFirstUse``).
    trigger_phrases: _OnFirstUse
    unless: _OnFirstUse
    not_pitch: _OnFirstUse
    asked: _OnFirstUse
    openers: _OnFirstUse
    #: With the rule option ``shape``: one matcher labelling each phrase with
    #: its group ("ours", "value", "invite", ...); None: not a shape rule.
    shape: PhraseMatcher | None = None
    #: With the rule option ``add_ons``: words that make talk the customer
    #: asked about an offer on top ("as well", "matching"); None: no such words.
    add_ons: _OnFirstUse | None = None
    #: With the rule option ``with``: a trigger counts only in a unit that
    #: also holds one of these (None: no such condition).
    companions: Matcher | None = None
    #: The ids of the words every ``with`` pattern starts with (None: some
    #: pattern starts with no particular word): a unit with none has no companion.
    companion_starts: frozenset[int] | None = None
    #: The most tokens a ``with`` match can span (None: unbounded).
    companion_reach: int | None = None
    #: The ``with`` patterns compiled for the token table (None when one of
    #: them cannot be): their matches are found once per draft there, and
    #: ``companions`` is not run.
    companion_tokens: tuple[TokenPattern, ...] | None = None
    #: The options a pitch walk reads, converted on first use (``_walk_options``).
    walk_options: _WalkOptions | None = None
    phrase_gate: Gate | None = None
    #: With the rule option ``related_topics``: the single words of each named
    #: ``shape`` group, which stand for each other when the customer asks.
    related: tuple[tuple[str, ...], ...] = ()
    #: Every gate's keys together (None when a trigger is ungated): a draft
    #: with none of these words cannot hold any trigger.
    keys: frozenset[int] | None = None
    #: The opener phrases ``openers`` matches: rules with the same ones share
    #: their matches per Doc.
    opener_phrases: tuple[str, ...] = OPENERS

    def __post_init__(self) -> None:
        # Every gate's needs filed under its keys, tagged with the gate's
        # number (PHRASES for the phrase gate, else the pattern's index).
        gates = [self.phrase_gate, *(gate for gate, _ in self.triggers)]
        self._ungated = frozenset(i - 1 for i, gate in enumerate(gates) if gate is None)
        self._needs: dict[int, list[tuple[int, frozenset[int], tuple[frozenset[int], ...]]]] = {}
        for i, gate in enumerate(gates):
            for key, needs in gate.needs.items() if gate is not None else ():
                self._needs.setdefault(key, []).extend((i - 1, m, a) for m, a in needs)
        self._keys = frozenset(self._needs)
        if not self._ungated:
            self.keys = self._keys

    def open_gates(
        self, lower_ids: frozenset[int], present: frozenset[int] | None = None
    ) -> frozenset[int]:
        """The gates (PHRASES, or a pattern's index) a draft with these
        lower-case word ids opens: one pass over the keys it holds.
        ``present``: a subset of ``lower_ids`` known to hold every key of this
        rule the draft has (see ``_draft_keys``), a smaller set to intersect."""
        keys = self._keys.intersection(lower_ids if present is None else present)
        if not keys:
            return self._ungated  # most calls: no key word, only the ungated gates
        found = set(self._ungated)
        needs = self._needs
        for key in keys:
            for gate, must, alternatives in needs[key]:
                if gate in found or not must <= lower_ids:
                    continue
                for alternative in alternatives:  # a loop, not all(...): no generator per need
                    if alternative.isdisjoint(lower_ids):
                        break
                else:
                    found.add(gate)
        return frozenset(found)


Need = tuple[frozenset[int], tuple[frozenset[int], ...]]
#: The phrase gate's number in ``_Compiled.open_gates`` (patterns count from 0).
PHRASES: Final = -1


@dataclass(frozen=True)
class Gate:
    """What a draft must contain for any of a rule's triggers to match.

    Each trigger needs some words (lower-cased ids): all of ``must`` and one
    of each set in ``alternatives`` ("our", one of "new"/"latest", and one of
    "range"/"plan"...). ``needs`` files each trigger's needs under the ids of
    one of its rarest needed words, so a draft with none of those words is
    ruled out by one set test. A rule with a trigger that needs no particular
    word (a pattern of only ``LIKE_NUM``) has no gate.
    """

    needs: dict[int, tuple[Need, ...]]
    keys: frozenset[int] = frozenset()
    #: For a gate of token patterns: the most tokens a match can span (None:
    #: unbounded, or not known). Every match holds a key word, so it lies
    #: within this many tokens either side of one.
    reach: int | None = None

    def open(self, ids: frozenset[int]) -> bool:
        """Whether a text with these lower-case word ids could hold a trigger."""
        for key in self.keys.intersection(ids):
            for must, alternatives in self.needs[key]:
                if must <= ids and all(not a.isdisjoint(ids) for a in alternatives):
                    return True
        return False


_compiled: dict[tuple[str, str, int], _Compiled] = {}
_last: dict[int, tuple[Rule, Vocab, _Compiled]] = {}
#: Every gate key of every stock rule compiled so far (a new object each time
#: a rule is compiled, so a Doc's ``_draft_keys`` can tell it is stale).
_all_keys: frozenset[int] = frozenset()
_DRAFT_KEYS: Final = "replycheck.stock.draft_keys"


def _draft_keys(doc: Doc, lower_ids: frozenset[int]) -> frozenset[int]:
    """The draft's lower-case ids that are a gate key of some stock rule,
    worked out once per Doc: each of the eight rules then tests its keys
    against these few ids instead of against all of the draft's (two set
    passes over ~100 ids per rule and draft, most of the stock checks' cost on
    a draft that pitches nothing)."""
    cached = doc.user_data.get(_DRAFT_KEYS)
    if cached is not None and cached[0] is _all_keys:
        return cached[1]
    found = _all_keys.intersection(lower_ids)
    doc.user_data[_DRAFT_KEYS] = (_all_keys, found)
    return found


#: Phrase -> its tokenized ``Doc``, while the rules compile: the eight stock
#: rules share the offer questions and openers, and a rule's trigger phrases
#: serve both its gate and its matcher, so each phrase is tokenized once
#: (3,342 ``make_doc`` calls became 1,598).
_phrase_docs: dict[str, Doc] = {}


def _docs(phrases: list[str]) -> list[Doc]:
    """The phrases tokenized by the shared pipeline, each once per process."""
    from replycheck.nlp import shared_pipeline

    pipeline = shared_pipeline()
    vocab = pipeline.nlp.vocab
    docs = []
    for phrase in phrases:
        doc = _phrase_docs.get(phrase)
        if doc is None or doc.vocab is not vocab:
            doc = _phrase_docs[phrase] = pipeline.make_doc(phrase)
        docs.append(doc)
    return docs


def _phrase_matcher(vocab: Vocab, phrases: list[str], label: str) -> PhraseMatcher:
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(vocab, attr="LOWER")
    if phrases:
        matcher.add(label, _docs(phrases))
    return matcher


def compiled(rule: Rule, vocab: Vocab) -> _Compiled:
    """The rule's matchers for ``vocab``, compiled on first use and kept."""
    last = _last.get(id(rule))
    if last is not None and last[0] is rule and last[1] is vocab:
        return last[2]  # the common case, with no key to build: same rule, same vocab
    key = (rule.code, rule.source, id(vocab))
    cached = _compiled.get(key)
    if cached is not None and cached.rule is rule:
        _last[id(rule)] = (rule, vocab, cached)
        return cached
    from spacy.matcher import Matcher

    options: dict[str, Any] = rule.options
    # Patterns whose gates key on the same words share a Matcher: the
    # sentences holding those words are found, and read, once.
    groups: dict[frozenset[int] | None, list[list[dict[str, Any]]]] = {}
    for pattern in options.get("patterns", []):
        gate = _gate(vocab, [], [list(pattern)])
        groups.setdefault(gate.keys if gate is not None else None, []).append(list(pattern))
    triggers = []
    tokens = []
    for patterns in groups.values():
        matcher = Matcher(vocab, validate=True)
        matcher.add("pitch", patterns)
        gate = _gate(vocab, [], patterns)
        if gate is not None:
            gate = replace(gate, reach=_longest_match(patterns))
        triggers.append((gate, matcher))
        tokens.append(_token_patterns(patterns) if gate is not None else None)
    built = _Compiled(
        rule=rule,
        triggers=triggers,
        tokens=tokens,
        trigger_phrases=_OnFirstUse(vocab, "pitch", list(options.get("phrases", []))),
        unless=_OnFirstUse(vocab, "unless", list(rule.unless)),
        not_pitch=_OnFirstUse(vocab, "not_pitch", list(options.get("not_pitch", []))),
        asked=_OnFirstUse(vocab, "asked", [*options.get("asked", []), *OFFER_QUESTIONS]),
        openers=_OnFirstUse(vocab, "opener", list(options.get("openers", OPENERS))),
        opener_phrases=tuple(options.get("openers", OPENERS)),
        add_ons=(
            _OnFirstUse(vocab, "add_on", list(options["add_ons"]))
            if options.get("add_ons")
            else None
        ),
        shape=_shape_matcher(vocab, options.get("shape")),
        companions=_companions(vocab, options.get("with")),
        companion_starts=_starts(options.get("with")),
        companion_reach=_longest_match(list(options.get("with") or ())),
        companion_tokens=(
            _token_patterns([list(p) for p in options["with"]]) if options.get("with") else None
        ),
        phrase_gate=_gate(vocab, list(options.get("phrases", [])), []),
        related=tuple(
            tuple(w for w in options.get("shape", {}).get(name, ()) if " " not in w)
            for name in options.get("related_topics", ())
        ),
    )
    _compiled[key] = built
    global _all_keys
    _all_keys = _all_keys | built._keys
    _last[id(rule)] = (rule, vocab, built)
    return built


def _token_patterns(patterns: list[list[dict[str, Any]]]) -> tuple[TokenPattern, ...] | None:
    """The patterns compiled for the token table, each on its rarest anchor
    (see ``replycheck.rules.matching``); None when one cannot be."""
    compiled_patterns = []
    for pattern in patterns:
        sets = anchors(pattern)
        found = TokenPattern.compile(pattern, min(sets, key=_commonness)) if sets else None
        if found is None:
            return None
        compiled_patterns.append(found)
    return tuple(compiled_patterns)


def _shape_matcher(vocab: Vocab, groups: dict[str, list[str]] | None) -> PhraseMatcher | None:
    """One PhraseMatcher for a ``shape`` rule's groups, each phrase labelled
    with its group's name; None when the rule has no groups."""
    if not groups:
        return None
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(vocab, attr="LOWER")
    for name, phrases in groups.items():
        matcher.add(name, _docs(phrases))
    return matcher


def _companions(vocab: Vocab, patterns: list[list[dict[str, Any]]] | None) -> Matcher | None:
    """The Matcher for a rule's ``with`` patterns, or None when it has none."""
    if not patterns:
        return None
    from spacy.matcher import Matcher

    matcher = Matcher(vocab, validate=True)
    matcher.add("with", [list(pattern) for pattern in patterns])
    return matcher


def _starts(patterns: list[list[dict[str, Any]]] | None) -> frozenset[int] | None:
    """The lower-case ids of the words the patterns start with, or None when
    one may start with any word."""
    from replycheck.nlp import word_id

    words: set[str] = set()
    for pattern in patterns or ():
        first = _needed_words(pattern[0]) if pattern else None
        if first is None:
            return None
        words |= first
    return frozenset(word_id(w) for w in words)


def _longest_match(patterns: list[list[dict[str, Any]]]) -> int | None:
    """The most tokens a match of any of ``patterns`` can span, or None when
    an entry may repeat without bound (``+``, ``*``, ``{n,}``)."""
    longest = 0
    for pattern in patterns:
        length = 0
        for spec in pattern:
            op = str(spec.get("OP", ""))
            if op in ("", "?", "!"):
                length += 1  # "!" is counted as one token: a bound may only be too high
            elif op.startswith("{") and op.endswith("}"):
                bounds = op[1:-1].split(",")
                top = bounds[-1].strip()
                if not top:
                    return None  # "{n,}"
                length += int(top)
            else:
                return None  # "+", "*"
        longest = max(longest, length)
    return longest


def _needed_words(spec: dict[str, Any]) -> set[str] | None:
    """The lower-case forms one of which a token pattern entry requires, or
    None when the entry is optional or says nothing about the word itself."""
    if spec.get("OP") not in (None, "+"):
        op = str(spec.get("OP"))
        if not (op.startswith("{") and not op.startswith("{0") and not op.startswith("{,")):
            return None
    for attr in ("LOWER", "ORTH", "TEXT", "NORM"):
        value = spec.get(attr)
        if attr == "NORM" and value is not None:
            return None  # a norm can differ from the lower-case form
        if isinstance(value, str):
            return {value.lower()}
        if isinstance(value, dict) and set(value) == {"IN"}:
            return {str(v).lower() for v in value["IN"]}
    return None


#: Content words nearly every service email has ("Best regards", "your order
#: today"): as poor a gate key as a stop word.
EMAIL_WORDS: Final = frozenset(
    {"best", "regards", "thanks", "order", "let", "two", "today", "great", "free", "delivery",
     "week", "month", "day", "time", "help", "know", "new", "get", "now", "one", "see", "like",
     "look", "back", "team", "hi", "hello", "account", "email"}
)  # fmt: skip


def _rarity(words: set[str], vocab: Vocab) -> tuple[int, int, int]:
    """How rarely a needed token position is filled, for picking a gate key:
    content words beat symbols, symbols beat stop words and everyday email
    words; then fewer and longer words win."""

    def score(word: str) -> int:
        if not word.isalpha():
            return 1
        return 0 if vocab[word].is_stop or word in EMAIL_WORDS else 2

    return (min(score(w) for w in words), -len(words), min(len(w) for w in words))


def _gate(vocab: Vocab, phrases: list[str], patterns: list[list[dict[str, Any]]]) -> Gate | None:
    """The rule's ``Gate``, or None when some trigger needs no particular word."""
    from replycheck.nlp import word_id

    def ids(words: set[str]) -> frozenset[int]:
        return frozenset(word_id(w) for w in words)

    # the phrases' words, not their Docs: the matchers that need Docs are
    # made only when a draft opens the gate
    wanted = [[{word} for word in phrase_words(phrase)] for phrase in phrases]
    for pattern in patterns:
        wanted.append([w for w in (_needed_words(spec) for spec in pattern) if w])
    needs: dict[int, list[Need]] = {}
    for positions in wanted:
        if not positions:
            return None
        key = max(positions, key=lambda words: _rarity(words, vocab))
        must = ids({next(iter(p)) for p in positions if len(p) == 1})
        alternatives = tuple(ids(p) for p in positions if len(p) > 1)
        for word in ids(key):
            needs.setdefault(word, []).append((must, alternatives))
    return Gate({k: tuple(v) for k, v in needs.items()}, frozenset(needs))


# --------------------------------------------------------------------------- pieces


#: Words that make a sentence of the customer's message a question or a
#: request ("Can I ...", "Is there ...", "I'd like ...", "please ...").
ASKING_OPENERS: Final = frozenset(
    {"can", "could", "would", "will", "is", "are", "do", "does", "did", "how", "what", "when",
     "where", "which", "why", "any", "should", "have", "has", "was", "were", "who", "may"}
)  # fmt: skip
#: Words that make a sentence without "?" a question in all but form: "I was
#: wondering whether I can move to the 500 Mb package", "I wonder if the
#: oak one comes in grey". A plain request ("Please send the oak one") is not.
WONDERING: Final = frozenset({"wondering", "wonder", "whether"})
ASKING_WORDS: Final = WONDERING | frozenset(
    {"?", "please", "like", "want", "need", "interested", "looking", "tell", "let", "advise",
     "explain", "recommend", "suggest"}
)  # fmt: skip


#: Words a question may open with before its opener: "And do you do evening
#: appointments, I work till 5" asks as "Do you do ..." does; "Also, is there parking".
#: A hedge on the sum asked for leads in too: "Roughly how much would it be to
#: also look at the sticking key" asks the price, with or without its "?".
LEAD_INS: Final = frozenset(
    {"and", "also", "but", "so", "plus", "oh", "ok", "okay", "btw", "anyway", "lastly",
     "finally", "then", "roughly", "approximately", "approx", "about", "ballpark"}
)  # fmt: skip


#: The one punctuation mark ``asks`` reads as a word.
_QUESTION_MARK: Final = frozenset({"?"})


def asks(sentence: Span) -> bool:
    """Whether a sentence of the customer's message asks something: a "?",
    a question opener ("Is there ...", "And do you ...") or a request word
    ("I'd like", "please")."""
    return _asks_between(sentence.doc, sentence.start, sentence.end)


def _asks_between(doc: Doc, start: int, end: int) -> bool:
    """``asks`` of tokens ``[start, end)``, read off the token table: the
    words are the lower-case texts of the tokens that are neither whitespace
    nor punctuation, and of "?" (a token's text is "?" exactly when its
    lower-case text is). No ``Token`` made: this runs on every sentence of a
    customer's message that raises a sum, and on each asked-about one."""
    table = token_table(doc)
    space, punct, lower = table.space, table.punct, table.lower
    question = word_ids(_QUESTION_MARK)
    strings = doc.vocab.strings
    words = [
        strings[lower[i]]
        for i in range(start, end)
        if (not space[i] and not punct[i]) or lower[i] in question
    ]
    first = next((w for w in words if w not in LEAD_INS), None)
    if first is None:
        return False
    return (
        first in ASKING_OPENERS or any(w in ASKING_WORDS for w in words) or _asks_indirectly(words)
    )


#: An indirect question: "I don't know where to put it in", "I'm not sure
#: how it works", "no idea which one I need" ask as "Where do I put it?" does.
NOT_KNOWING: Final = frozenset({"know", "sure", "idea", "unsure", "clue"})
INDIRECT_WH: Final = frozenset({"where", "how", "what", "which", "when", "who", "why", "if"})
NOT_KNOWING_NEGATIONS: Final = frozenset({"n't", "not", "no", "unsure"})


def _asks_indirectly(words: list[str]) -> bool:
    """Whether a sentence (its lower-case words) says the customer does not
    know something ("I don't know where", "not sure how", "unsure which"), a
    question in all but form; "I know how it works" asks nothing."""
    negated = False
    for i, lower in enumerate(words[:-1]):
        if lower in NOT_KNOWING_NEGATIONS:
            negated = True
        if negated and lower in NOT_KNOWING and words[i + 1] in INDIRECT_WH:
            return True
    return False


def customer_asked(original_doc: Doc, matchers: _Compiled) -> bool:
    """Whether the customer's message mentions the rule's topic ("in stock",
    "any discount", "alternative"), so talk about it answers them.

    With the rule option ``asked_in_question``, the topic words count only in
    a sentence that asks something: "I was charged an overdraft fee." raises
    a fee, it does not ask for a cheaper account.
    """
    hits = [hit for hit in matchers.asked(original_doc) if not _asks_for_a_time(original_doc, hit)]
    if not hits or not matchers.rule.options.get("asked_in_question", False):
        return bool(hits)
    return any(
        _asks_at(original_doc, start) and not _wants_money_back(original_doc, start, end)
        for _, start, end in hits
    )


#: The asks for ideas among ``OFFER_QUESTIONS``: "what would you recommend
#: to start with?", "any other options?". Alone they ask what suits the thing
#: they wrote about, not for any offer we have.
IDEAS_ASKS: Final = frozenset(
    {"recommend", "suggest", "what options", "my options", "other options", "any other",
     "what else"}
)  # fmt: skip
#: The words of those asks, left out of the topics they ask with.
IDEAS_WORDS: Final = frozenset(
    {"recommend", "recommendation", "recommendations", "suggest", "suggestion", "suggestions",
     "options", "option", "else", "ideas", "idea", "start", "get", "buy"}
)  # fmt: skip


def asked_only_for_ideas(original_doc: Doc, matchers: _Compiled) -> frozenset[str] | None:
    """When every ask the rule's ``asked`` phrases found in the customer's
    message is only for ideas (``IDEAS_ASKS``), the content words of the
    sentences that ask ("ready", "fish" in "Is it ready for fish? And what
    would you recommend to start with?"): only a unit naming one of them is
    asked about, so "20% off all CO2 kits until Sunday" is not. None when
    they asked about the rule's topic or what we have ("any discounts?",
    "Do you have ...?"), which excuse any unit of it."""
    hits = [hit for hit in matchers.asked(original_doc) if not _asks_for_a_time(original_doc, hit)]
    if not hits or any(original_doc[s:e].text.lower() not in IDEAS_ASKS for _, s, e in hits):
        return None
    words: frozenset[str] = _kept(original_doc, _ASKED_WORDS_KEY, _asked_words)
    return words


def _asked_words(doc: Doc) -> frozenset[str]:
    """The content words of the sentences of the customer's message that ask
    (see ``asks``), leaving out the asks for ideas themselves."""
    ideas = IDEAS_WORDS
    words: set[str] = set()
    for sentence in _sentences(doc):
        if _asks_at(doc, sentence.start):
            words.update(
                t.lower_
                for t in sentence
                if t.is_alpha and not t.is_stop and len(t) > 2 and t.lower_ not in ideas
            )
    return frozenset(words)


#: A sum the customer paid, and words that ask for it back: "I want the
#: delivery fee back", "Can I get a refund of the booking fee?" ask for their
#: money, not for an offer.
PAID: Final = frozenset({"fee", "fees", "cost", "costs", "price", "charge", "charges"})
MONEY_BACK: Final = frozenset(
    {"back", "refund", "refunded", "refunding", "reimburse", "reimbursed", "repay", "repaid"}
)  # fmt: skip


def _wants_money_back(original_doc: Doc, start: int, end: int) -> bool:
    """Whether the topic word ``original_doc[start:end]`` is a sum the customer
    paid, in a sentence that asks for money back (see ``MONEY_BACK``)."""
    if original_doc[start:end].text.lower() not in PAID:
        return False
    first, stop = _sentences(original_doc).bounds(_sentence_of(original_doc, start))
    lower = TokenTable.of(original_doc).lower[first:stop]
    return not word_ids(MONEY_BACK).isdisjoint(lower)


#: Asks for a way to pay less, in a sentence that asks: "Is there anything I
#: can do to keep it down?", "Is there anything you can do?" after a sum the
#: customer raised. A cheaper option, an add-on that saves or a cut price
#: answers them, so the rules with ``pay_less_asked`` read it as asked.
#: The open asks ("Is there anything you can do?") ask about the sum only
#: when their sentence names a sum too or nothing else of its own: "Is there
#: anything you can do about the noise from the engineers?" asks about noise.
OPEN_ASKS: Final = (
    ("anything", "i", "can", "do"), ("anything", "we", "can", "do"),
    ("anything", "you", "can", "do"), ("anything", "i", "could", "do"),
    ("anything", "we", "could", "do"), ("anything", "you", "could", "do"),
)  # fmt: skip
PAY_LESS_ASKS: Final = (
    ("pay", "less"), ("keep", "it", "down"), ("bring", "it", "down"),
    ("keep", "the", "cost", "down"), ("keep", "costs", "down"), ("keep", "the", "costs", "down"),
    ("keep", "my", "costs", "down"), ("bring", "the", "cost", "down"), ("save", "money"),
    ("cheaper", "way"), ("reduce", "the", "cost"), ("reduce", "my", "bill"),
    ("lower", "my", "bill"),
)  # fmt: skip
#: Saying they would pay for a thing they ask for asks its price, in any
#: sentence: "Could someone poo pick on the days I'm not there? Happy to pay."
WILLING_TO_PAY: Final = (
    ("happy", "to", "pay"), ("willing", "to", "pay"), ("glad", "to", "pay"),
    ("mind", "paying"), ("i", "'d", "pay"), ("i", "would", "pay"), ("i", "'ll", "pay"),
)  # fmt: skip
#: A sum the customer raised: a pay-less ask is about money only beside one
#: ("The app keeps crashing. Is there anything you can do?" asks for a fix).
MONEY_RAISED: Final = frozenset(
    {"£", "$", "€", "pounds", "dollars", "euros", "fee", "fees", "price", "prices", "bill",
     "bills", "premium", "premiums", "charge", "charges", "charged", "cost", "costs", "rent",
     "tariff", "expensive", "afford", "dearer", "pricey", "rates", "rate"}
)  # fmt: skip
_PAY_LESS_KEY: Final = "replycheck.stock.pay_less"


def _holds(words: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a run of lower-case words holds one of the word sequences.
    A sequence is compared only where its first word stands: slicing every
    position for every phrase cost ~2% of the warm slice, run once per
    customer message."""
    for i, word in enumerate(words):
        for phrase in phrases:
            if phrase[0] == word and tuple(words[i : i + len(phrase)]) == phrase:
                return True
    return False


def asks_to_pay_less(doc: Doc) -> bool:
    """Whether the customer's message asks for a way to pay less beside a sum
    they raised (``PAY_LESS_ASKS``), or says they would pay for what they ask
    (``WILLING_TO_PAY``): then the price or saving we offer answers them."""
    return bool(_kept(doc, _PAY_LESS_KEY, _find_pay_less))


#: The word every ``WILLING_TO_PAY`` phrase holds (its last): a message with
#: none of them, and none of ``MONEY_RAISED``, asks nothing to pay less.
_WILLING_WORDS: Final = frozenset(phrase[-1] for phrase in WILLING_TO_PAY)


def _find_pay_less(doc: Doc) -> bool:
    """``asks_to_pay_less``, worked out. The words are read off the token
    table (``_lower_words``), and not at all when the message holds no word
    of ``_WILLING_WORDS`` or ``MONEY_RAISED``: listing them as ``Token``s
    made most of the Tokens of the customer's messages (the forty-eighth
    round's count)."""
    table = token_table(doc)
    ids = table.lower_ids
    raised = not ids.isdisjoint(word_ids(MONEY_RAISED))
    if not raised and ids.isdisjoint(word_ids(_WILLING_WORDS)):
        return False
    if _holds(_lower_words(doc, 0, len(table.lower)), WILLING_TO_PAY):
        return True
    if not raised:
        return False
    sentences = _sentences(doc)
    for index in range(len(sentences)):
        start, end = sentences.bounds(index)
        if _asks_between(doc, start, end) and _asks_to_pay_less(sentences[index]):
            return True
    return False


def _lower_words(doc: Doc, start: int, end: int) -> list[str]:
    """The lower-case texts of tokens ``[start, end)``, whitespace included:
    ``[t.lower_ for t in doc[start:end]]`` read off the token table."""
    strings = doc.vocab.strings
    return [strings[h] for h in token_table(doc).lower[start:end]]


def _asks_to_pay_less(sentence: Span) -> bool:
    """Whether a sentence that asks holds a pay-less ask: one of
    ``PAY_LESS_ASKS``, or an open one (``OPEN_ASKS``) beside a sum or with no
    other content word of its own."""
    words = _lower_words(sentence.doc, sentence.start, sentence.end)
    if _holds(words, PAY_LESS_ASKS):
        return True
    if not _holds(words, OPEN_ASKS):
        return False
    if not MONEY_RAISED.isdisjoint(words):
        return True
    own = [t for t in sentence if t.is_alpha and not t.is_stop and len(t) > 2]
    return all(t.lower_ in OPEN_ASK_WORDS for t in own)


#: The words of the open asks themselves.
OPEN_ASK_WORDS: Final = frozenset({"anything", "can", "could", "do"})


#: What a customer says when they need something we might have: "I need a
#: new one by Friday", "I'm looking for a two-seater", "I'm stuck for ideas",
#: "What shoes would work?" (the last three words open no object).
NEEDING: Final = (
    ("need",), ("needs",), ("want",), ("looking", "for"), ("'m", "after"), ("am", "after"),
    ("'d", "like"), ("would", "like"),
)  # fmt: skip
NEEDING_ANYTHING: Final = (
    ("ideas",), ("would", "work"), ("would", "fit"), ("what", "do", "you", "have"),
    ("what", "have", "you", "got"),
    # asking us to do the repair: the parts it needs being in stock says when
    # ("We have the tyre in stock and can do both this afternoon" to "how much
    # will it cost to fix? Can you do it today?")
    ("can", "you", "fix"), ("could", "you", "fix"), ("can", "you", "repair"),
    ("could", "you", "repair"), ("cost", "to", "fix"), ("cost", "to", "repair"),
    ("can", "you", "do", "it"), ("could", "you", "do", "it"),
)  # fmt: skip
#: Words between the need and the thing: "a new one", "something".
NEED_DETERMINERS: Final = frozenset(
    {"a", "an", "one", "some", "something", "anything", "another", "new", "replacement",
     "different", "cheaper", "smaller", "bigger", "larger", "good", "decent", "more", "extra"}
)  # fmt: skip
#: What a customer needs from the service, not from our shelves ("I need a
#: refund", "I'd like a copy of my invoice", "I need a new password").
SERVICE_NEEDS: Final = frozenset(
    {"refund", "reply", "response", "answer", "call", "callback", "update", "receipt",
     "invoice", "copy", "statement", "explanation", "apology", "compensation", "credit",
     "manager", "word", "chat", "password", "pin", "code", "link", "login", "form", "label",
     "date", "time", "number", "address", "email", "letter", "document", "certificate",
     "booking", "appointment", "engineer", "technician", "visit", "fix", "solution", "name",
     "account", "quote", "decision", "reason", "discount", "voucher", "break", "day", "week",
     "month", "minute", "moment", "bit", "lot", "way", "idea", "help", "chance", "person"}
)  # fmt: skip


def needs_a_thing(doc: Doc) -> bool:
    """Whether the customer's message says they need a thing we might sell
    (see ``NEEDING``, ``NEED_DETERMINERS``): then stock of things that would
    do answers them, even unasked in so many words ("The DeskJet 2710 is in
    stock" to "My printer died and I need a new one by Friday"). A need of the
    service itself is no such thing ("I need a refund")."""
    words = [t.lower_ for t in doc if not t.is_space]
    for i in range(len(words)):
        for phrase in NEEDING_ANYTHING:
            if tuple(words[i : i + len(phrase)]) == phrase:
                return True
        for phrase in NEEDING:
            if tuple(words[i : i + len(phrase)]) != phrase:
                continue
            j = i + len(phrase)
            if j >= len(words) or words[j] not in NEED_DETERMINERS:
                continue
            while j < len(words) and words[j] in NEED_DETERMINERS:
                j += 1
            if j == len(words) or words[j] not in SERVICE_NEEDS:
                return True
    return False


def _sentence_of(doc: Doc, token: int) -> int:
    """The index of the Doc's sentence that holds a token."""
    return bisect_right(_sentence_starts(doc), token) - 1


def _asks_at(doc: Doc, token: int) -> bool:
    """Whether the sentence of the customer's message that holds a token asks
    something (see ``asks``), or the next one asks about it (see
    ``_refers_back``); each sentence is read once, when first needed."""
    known: dict[int, bool] = doc.user_data.setdefault(_ASKING_KEY, {})
    index = _sentence_of(doc, token)
    found = known.get(index)
    if found is None:
        sentences = _sentences(doc)
        found = known[index] = asks(sentences[index]) or (
            index + 1 < len(sentences) and _refers_back(sentences[index + 1])
        )
    return found


#: Words after "Do you have" that make it ask for a time, not for something
#: we sell: "Do you have anything after 3:30 on a weekday?", "Have you got a
#: slot on Friday?". Not parts of the day ("Do you have evening
#: appointments?" asks what we offer).
SLOT_WORDS: Final = WEEKDAYS | MONTHS | frozenset(
    {"am", "pm", "a.m.", "p.m.", "tonight", "tomorrow", "weekday", "weekdays", "weekend",
     "weekends", "slot", "slots", "o'clock", "noon", "midday"}
)  # fmt: skip
#: How many words after "Do you have" a time may come: the object and a
#: preposition ("anything after 3:30", "any slots on Monday").
SLOT_REACH: Final = 4
#: The last words of the ``OFFER_QUESTIONS`` that can ask for a free time.
HAVE_WORDS: Final = frozenset({"have", "got"})


def _asks_for_a_time(doc: Doc, hit: tuple[int, int, int]) -> bool:
    """Whether an ``OFFER_QUESTIONS`` match ending in "have" or "got" ("do
    you have", "have you guys got") asks for a time we are free rather than
    for something we sell: a clock time, day, month or "slot" follows within
    ``SLOT_REACH`` words in its sentence. "Do you have anything after 3:30 on
    a weekday?" asks to rebook, not about every pitch topic, so "we now offer
    teeth whitening at 20% off" is still a pitch."""
    _, start, end = hit
    if end - start < 2 or doc[end - 1].lower_ not in HAVE_WORDS:
        return False
    stop = min(end + SLOT_REACH, doc[end - 1].sent.end)
    for token in doc[end:stop]:
        lower = token.lower_
        if lower in SLOT_WORDS or (":" in lower and lower.replace(":", "").isdigit()):
            return True
    return False


#: Words of a short request that asks for something better than what the
#: sentence before it describes ("Can you do anything?", "Will you match it?").
REFERRING: Final = frozenset({"anything", "something", "better", "match", "beat", "offer"})


def _refers_back(sentence: Span) -> bool:
    """Whether a sentence of the customer's message is a short request for
    something better than the sentence before it describes, with at most one
    content word of its own ("Is there anything you can do?", "Will you match
    it?", "Can you do better?"): then that sentence's topic is asked about too
    ("I've seen a better savings rate elsewhere. Can you do anything?"). A
    plain "Can you help?" after a complaint asks for the fix, not an offer."""
    if not asks(sentence):
        return False
    if _asks_to_use_it(sentence):
        return True
    content = [t for t in sentence if t.is_alpha and not t.is_stop and len(t) > 2]
    if len(content) > 1:
        return False
    if any(t.lower_ in REFERRING for t in sentence):
        return True
    return _how_to_get_it(sentence)


#: The pronouns a short question names the thing of the sentence before with.
BACK_PRONOUNS: Final = frozenset({"it", "them", "one"})

#: Currency signs: a trigger holding one names a sum.
CURRENCY: Final = frozenset({"£", "$", "€"})
#: Words that make a priced unit a deal rather than a price (see
#: ``_Pitches.prices_what_they_asked``).
DEAL_WORDS: Final = frozenset(
    {"off", "%", "percent", "sale", "code", "discount", "discounted", "save", "saving",
     "free", "offer", "deal", "half", "reduced", "only", "just", "new", "also", "too",
     "extra", "limited", "until", "before", "!"}
)  # fmt: skip

#: Verbs of spending what the customer holds: "Can I use it towards ...".
USING: Final = frozenset({"use", "spend", "redeem"})


def _asks_to_use_it(sentence: Span) -> bool:
    """Whether a question asks how to spend the thing the sentence before it
    named ("the NHS voucher I got says it covers single vision. Can I use it
    towards the designer frames?", "I've got a gift code from my sister. Can
    I redeem it on sale items?"): a verb of ``USING`` with "it" or "them"
    after it. What it takes off the price answers them; "Can I use the
    app?" names a thing of its own."""
    words = span_words(sentence)  # off the token table: no Token per word
    return any(w in USING and nxt in ("it", "them") for w, nxt in pairwise(words))


def _how_to_get_it(sentence: Span) -> bool:
    """Whether a short question asks how or where to get the thing the
    sentence before it named ("I was told the kit comes with a free trial of
    your app. How do I get it?"): "how" or "where", "get" or "find", and
    "it", "them" or "one" after it. Getting it back ("How do I get it
    back?") asks for money or a thing returned, not about the offer."""
    words = [t.lower_ for t in sentence]
    if not words or words[0] not in ("how", "where") or "back" in words:
        return False
    return any(
        word in ("get", "find") and after in BACK_PRONOUNS for word, after in pairwise(words)
    )


#: Single words of ``OFFER_QUESTIONS``: they ask about every pitch topic.
OFFER_WORDS: Final = frozenset(q for q in OFFER_QUESTIONS if " " not in q)


def customer_asked_topics(original_doc: Doc, matchers: _Compiled) -> bool | frozenset[str]:
    """For a rule with ``asked_in_unit``: True when the customer asks what we
    offer ("Do you have ...", "how much", "recommend"); otherwise the single
    topic words they asked with ("subscription", "cover"), which answer only a
    unit that names them ("Can my subscription delivery come on Tuesday?" does
    not ask about the treats we have just started stocking)."""
    in_question = matchers.rule.options.get("asked_in_question", False)
    topics: set[str] = set()
    for hit in matchers.asked(original_doc):
        _, start, end = hit
        if (in_question and not _asks_at(original_doc, start)) or _asks_for_a_time(
            original_doc, hit
        ):
            continue
        word = original_doc[start].lower_
        if end - start > 1 or word in OFFER_WORDS:
            return True
        topics.add(word)
    # A word of a ``related_topics`` shape group asks about all of its words:
    # "a student discount?" is answered by "you can get it for free".
    if topics and matchers.related:
        stems = {_stem(t) for t in topics}
        for group in matchers.related:
            if not stems.isdisjoint(_stems(group)):
                topics.update(group)
    return frozenset(topics)


#: Words that make a delivery the customer's own ("my delivery", "our parcel's delivery").
OWN_WORDS: Final = frozenset({"my", "our", "this"})


def customer_asked_about(
    original_doc: Doc, topic_words: tuple[str, ...], in_question: bool
) -> frozenset[str] | bool:
    """For a rule with ``asked_topics``: all of those words when the customer
    used one of them (in a question, with ``asked_in_question``), so that
    only a unit naming one counts as asked about ("Do you deliver to
    Inverness?" is answered by "Express delivery costs £6.95", not by "our
    winter sale starts Friday"); False when they used none."""
    if not topic_words:
        return False
    stems = _stems(tuple(sorted(topic_words)))
    for token in original_doc:
        if not token.is_alpha or _stem(token.lower_) not in stems:
            continue
        # their own delivery ("Can you move my delivery to Friday?") asks for
        # a change to it, not what our delivery costs
        if any(t.lower_ in OWN_WORDS for t in original_doc[max(token.i - 2, 0) : token.i]):
            continue
        if not in_question or _asks_at(original_doc, token.i):
            return frozenset(topic_words)
    return False


def _names_a_topic(unit: Span, topics: frozenset[str]) -> bool:
    """Whether the unit uses one of the topic words, in any inflection
    ("covers" for "covered", "plan" for "plans")."""
    stems = _stems(tuple(sorted(topics)))
    return any(token.is_alpha and _stem(token.lower_) in stems for token in unit)


#: Endings taken off to compare inflections (the pipeline has no lemmatizer).
SUFFIXES: Final = ("ing", "ed", "es", "s")


@lru_cache(maxsize=64)
def _stems(words: tuple[str, ...]) -> frozenset[str]:
    """The stems of some words (a rule's word group, a customer's topics)."""
    return frozenset(_stem(word) for word in words)


#: Endings after which a plural's "es" is an ending ("lenses", "boxes",
#: "watches"); after anything else only its "s" is ("tiles", "gifts").
SIBILANTS: Final = ("s", "x", "z", "ch", "sh")


#: What the customer asked when they asked what something costs ("Thank you
#: for asking about the price for your team", "You asked about the cost and
#: whether it can be spread"): an amount or a percentage answers it.
PRICE_QUESTIONS: Final = (
    "price", "prices", "pricing", "cost", "costs", "fee", "fees", "quote", "discount"
)  # fmt: skip
#: Signs that a unit states an amount: a currency sign, or "%" / "percent".
AMOUNT_SIGNS: Final = frozenset({"£", "$", "€", "%", "percent"})


def _prices_named_price(unit: Span, firsts: dict[str, int], index: int) -> bool:
    """Whether a draft sentence before the unit (index ``index``) names the
    customer's question about a price (see ``PRICE_QUESTIONS``; ``firsts`` as
    ``_named_question_firsts`` gives it) and the unit states an amount with
    nothing new in it: "Our nonprofit discount is 40% off the Standard plan"
    after "Thank you for asking about the price for your team". A unit
    bringing something new or a sale ("Our new range is 20% off", "Our garden
    furniture is 30% off in the summer sale") stays a pitch."""
    if not any(firsts.get(stem, index) < index for stem in _price_stems()):
        return False
    if any(t.lower_ in NEWER or t.lower_ in PROMOTION_WORDS for t in unit):
        return False
    return any(t.lower_ in AMOUNT_SIGNS or t.text[:1] in AMOUNT_SIGNS for t in unit)


#: Words of a sale or another line of ours, which an amount answering the
#: customer's price question does not bring ("Our garden furniture is 30% off
#: in the summer sale this weekend").
PROMOTION_WORDS: Final = frozenset(
    {"sale", "sales", "promotion", "promo", "deal", "deals", "weekend", "limited", "hurry",
     "miss", "launch", "range", "collection", "code", "voucher", "offer", "offers"}
)  # fmt: skip


_price_stem_set: list[frozenset[str]] = []


def _price_stems() -> frozenset[str]:
    """The stems (see ``_stem``) of ``PRICE_QUESTIONS``, made once."""
    if not _price_stem_set:
        _price_stem_set.append(frozenset(_stem(word) for word in PRICE_QUESTIONS))
    return _price_stem_set[0]


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    """A crude stem: inflectional endings off while three letters remain, and
    then a final "e", so that the forms of one word meet ("savings", "save"
    -> "sav"; "tiles", "tile" -> "til"; "lenses", "lens" -> "len"; "covered"
    -> "cover"; "batteries", "battery" -> "battery")."""
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    changed = True
    while changed:
        changed = False
        for suffix in SUFFIXES:
            if not word.endswith(suffix) or len(word) - len(suffix) < 3:
                continue
            if (suffix == "es" and not word[:-2].endswith(SIBILANTS)) or word.endswith("ss"):
                continue  # "tiles" loses only its "s"; "glass" keeps its own
            word, changed = word[: -len(suffix)], True
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def could_pitch(lower_ids: frozenset[int], matchers: _Compiled) -> bool:
    """Whether a draft with these lower-case word ids could hold one of the
    rule's triggers (a cheap test that lets most drafts skip the matchers)."""
    if matchers.keys is not None and matchers.keys.isdisjoint(lower_ids):
        return False
    return bool(matchers.open_gates(lower_ids))


def trigger_spans(
    doc: Doc,
    matchers: _Compiled,
    lower_ids: frozenset[int] | None = None,
    gates: frozenset[int] | None = None,
) -> list[tuple[int, int]]:
    """Token spans that make a pitch, minus those an ``unless`` phrase overlaps.

    With the draft's ``lower_ids`` (or the ``gates`` they open), a matcher
    whose gate is shut is not run.
    """
    if gates is None and lower_ids is not None:
        gates = matchers.open_gates(lower_ids)
    hits = []
    if gates is None or PHRASES in gates:
        hits += [(s, e) for _, s, e in matchers.trigger_phrases(doc)]
    for index, (gate, matcher) in enumerate(matchers.triggers):
        if gates is None or index in gates:
            hits += _pattern_hits(doc, gate, matcher, matchers.tokens[index])
    if not hits:
        return []
    vetoes = sorted((s, e) for _, s, e in matchers.unless(doc))
    hedged = bool(matchers.rule.options.get("spare_hedged", False))
    reach = max((e - s for s, e in vetoes), default=0)
    return sorted(
        (s, e)
        for s, e in set(hits)
        if not _vetoed(vetoes, reach, s, e)
        and not _percentage_rise(doc, s, e)
        and not _thanked_for(doc, s, 0)
        and not (hedged and _hedged(doc, s, e))
    )


#: Words that tell how fast things usually go as a habit, not as urgency.
HEDGES: Final = frozenset({"usually", "normally", "typically", "tend", "tends"})
#: Words after such a hedge, in its sentence, that urge the customer on.
URGES: Final = frozenset(
    {"so", "!", "book", "order", "grab", "reserve", "snap", "hurry", "buy", "get", "secure",
     "don't", "soon", "early", "now", "today"}
)  # fmt: skip


def _hedged(doc: Doc, start: int, end: int) -> bool:
    """Whether a trigger says how fast things usually go ("Tickets usually
    sell quickly in the last few weeks"): a ``HEDGES`` word in it, and no
    ``URGES`` word after it in its sentence ("Tables usually go quickly, so
    book early" urges)."""
    if not any(doc[i].lower_ in HEDGES for i in range(start, end)):
        return False
    starts = _sentence_starts(doc)
    k = bisect_right(starts, start)
    stop = starts[k] if k < len(starts) else len(doc)
    return not any(doc[i].lower_ in URGES for i in range(end, stop))


def _vetoed(vetoes: list[tuple[int, int]], reach: int, start: int, end: int) -> bool:
    """Whether a span of the sorted ``vetoes`` overlaps ``start``-``end``: only
    those starting within ``reach`` (the longest veto's length) before it are
    read (bisected), so a draft with many triggers and many vetoes is not
    read pairwise."""
    first = bisect_left(vetoes, (start - reach,))
    last = bisect_left(vetoes, (end,), first)
    return any(start < v_end for _, v_end in vetoes[first:last])


def _pattern_hits(
    doc: Doc,
    gate: Gate | None,
    matcher: Matcher,
    tokens: tuple[TokenPattern, ...] | None = None,
) -> list[tuple[int, int]]:
    """A token pattern's matches, looked for only in the sentences that hold
    one of its gate's key words (a pitch lies inside a sentence, and a
    Matcher's cost grows with the text it reads). With the patterns compiled
    for the token table (``tokens``), the same matches are found there: every
    match of the whole text that lies inside one sentence (such a sentence
    holds the words of the match, so it opens the gate)."""
    if gate is None:
        return [(s, e) for _, s, e in matcher(doc)]
    if tokens is not None:
        arrays = DocArrays.of(doc)
        starts = _sentence_starts(doc)
        return [
            (s, e)
            for pattern in tokens
            for s, e in pattern.find_all(arrays)
            if bisect_right(starts, s) == bisect_right(starts, e - 1)
        ]
    lower = TokenTable.of(doc).lower
    sentences = _sentences(doc)
    starts = _sentence_starts(doc)
    positions = word_positions(doc)
    chosen = sorted(
        {
            bisect_right(starts, i) - 1
            for key in gate.keys.intersection(lower_ids(doc))
            for i in positions[key]
        }
    )
    hits = []
    for index in chosen:
        first, end = sentences.bounds(index)
        # A match lies inside its sentence, so the sentence's own words must
        # open the gate: about two in five sentences with a key word do not
        # ("£" with no price word), and the Matcher need not read them.
        if not gate.open(frozenset(lower[first:end])):
            continue
        if gate.reach is None:
            hits += [(first + s, first + e) for _, s, e in matcher(sentences[index])]
            continue
        for start, stop in _windows(lower, gate, first, end):
            hits += [(start + s, start + e) for _, s, e in matcher(doc[start:stop])]
    return hits


def _holds_companion(doc: Doc, unit: Span, matchers: _Compiled, words: list[int]) -> bool:
    """Whether the unit holds a match of the rule's ``with`` patterns
    (``words``: its lower-case ids). Every such match starts with one of
    ``companion_starts`` and spans at most ``companion_reach`` tokens, so the
    Matcher reads only that far from each start word, not the whole unit."""
    if matchers.companion_tokens is not None:
        return _companion_within(doc, matchers, unit.start, unit.end)
    companions, starts, reach = (
        matchers.companions,
        matchers.companion_starts,
        matchers.companion_reach,
    )
    assert companions is not None
    if starts is None or reach is None:
        return bool(companions(unit))
    base, end = unit.start, unit.end
    windows: list[tuple[int, int]] = []
    for offset, word in enumerate(words):
        if word not in starts:
            continue
        start, stop = base + offset, min(end, base + offset + reach)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], stop)
        else:
            windows.append((start, stop))
    return any(companions(doc[start:stop]) for start, stop in windows)


_COMPANIONS_KEY: Final = "replycheck.stock.companions"


def _companion_within(doc: Doc, matchers: _Compiled, start: int, end: int) -> bool:
    """Whether a match of the rule's ``with`` patterns lies inside the tokens
    ``start:end``: what spaCy's ``Matcher`` says of ``doc[start:end]``. Every
    match of the draft is found once on its token table (``find_all``: the
    Matcher's matches, with no ``greedy`` filter), and kept per ``Doc`` as
    each start's nearest end; a unit then reads only the starts inside it.
    The Matcher cost some 400,000 instructions a unit (a Python predicate
    call per token and ``IN`` set), 1.7% of the warm slice."""
    kept: dict[int, tuple[list[int], list[int]]] = doc.user_data.setdefault(_COMPANIONS_KEY, {})
    found = kept.get(id(matchers))
    if found is None:
        assert matchers.companion_tokens is not None
        arrays = DocArrays.of(doc)
        nearest: dict[int, int] = {}
        for pattern in matchers.companion_tokens:
            for s, e in pattern.find_all(arrays):
                if e < nearest.get(s, e + 1):
                    nearest[s] = e
        starts = sorted(nearest)
        found = kept[id(matchers)] = (starts, [nearest[s] for s in starts])
    starts, ends = found
    for k in range(bisect_left(starts, start), len(starts)):
        if starts[k] >= end:
            break
        if ends[k] <= end:
            return True
    return False


def _windows(lower: list[int], gate: Gate, first: int, end: int) -> list[tuple[int, int]]:
    """The stretches of the sentence ``doc[first:end]`` a match of the gate's
    patterns can lie in: ``gate.reach`` tokens either side of each key word,
    overlapping stretches joined. Every match holds a key word and spans at
    most ``reach`` tokens, so the Matcher finds the same matches in these as
    in the whole sentence, reading a few tokens instead of twenty or more
    ("£" and the number after it)."""
    reach = gate.reach
    assert reach is not None
    keys = gate.keys
    windows: list[tuple[int, int]] = []
    for i in range(first, end):
        if lower[i] not in keys:
            continue
        start, stop = max(first, i - reach + 1), min(end, i + reach)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], stop)
        else:
            windows.append((start, stop))
    return windows


#: Currency signs before a sum ("£3.99"): a sum the customer quoted is their topic.
CURRENCIES: Final = frozenset({"£", "$", "€"})


def _names(span: Span) -> list[tuple[str, ...]]:
    """Product-like names in a text, each as the run of words it is written
    with: words with a capital inside ("DashPass", "iPhone") or capitalized
    mid-sentence ("the Aria dress", "our Advanced Excel course"), not stop
    words, side by side; and sums of money and percentages ("3.99" in
    "£3.99", "50" in "50%"), one each."""
    return [name for _, name in _placed_names(span)]


def _placed_names(span: Span) -> list[tuple[int, tuple[str, ...]]]:
    """``_names``, each with the index of its first token."""
    names: list[tuple[int, tuple[str, ...]]] = []
    run: list[str] = []
    first = -1
    doc = span.doc
    for token in span:
        text = token.text
        if token.like_num and token.i > 0 and doc[token.i - 1].text in CURRENCIES:
            names.append((token.i, (text,)))
        elif token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].text == "%":
            names.append((token.i, (text, "%")))
        elif run and text.isdigit() and run[-1].lower() not in CALENDAR:
            # a model number is part of the name: "Fibre 500" is not the
            # customer's "Fibre 100", though both say "Fibre"
            run.append(text)
            continue
        elif len(text) >= 3 and text.isalpha() and not token.is_stop:
            inner = any(c.isupper() for c in text[1:]) and not text.isupper()
            if inner or (text[0].isupper() and not token.is_sent_start):
                if not run:
                    first = token.i
                run.append(text)
                continue
        if run:
            names.append((first, tuple(run)))
            run = []
    if run:
        names.append((first, tuple(run)))
    return names


#: Words before a name that make it the newer model, not the customer's own
#: one: "the new Sportage hybrid" to a customer who drives a Sportage.
NEWER: Final = frozenset({"new", "newer", "newest", "latest", "all-new", "upgraded"})
#: Words after such a name that make it a part or update for the customer's own
#: one, not the newer model: "the latest Bosch firmware", "the new Dyson filter".
FOR_THEIRS: Final = frozenset(
    {"firmware", "software", "update", "updates", "patch", "driver", "drivers", "version",
     "app", "part", "parts", "battery", "batteries", "charger", "cable", "filter", "filters",
     "blade", "blades", "strap", "straps", "lens", "lenses", "cartridge", "cartridges", "bulb",
     "bulbs", "ink", "toner", "manual", "warranty", "replacement", "lid", "case", "cover"}
)  # fmt: skip


_WORDS_KEY: Final = "replycheck.stock.words"
_SENTENCES_KEY: Final = "replycheck.stock.sentences"
_UNITS_KEY: Final = "replycheck.stock.units"
_REPORTED_KEY: Final = "replycheck.stock.reported"
_OPENERS_KEY: Final = "replycheck.stock.openers"
_STARTS_KEY: Final = "replycheck.stock.sentence_starts"


def _words(doc: Doc) -> frozenset[int]:
    """The ids of every word in ``doc`` as written (worked out once per Doc)."""
    return _kept(doc, _WORDS_KEY, _word_set)


def _word_set(doc: Doc) -> frozenset[int]:
    from spacy.attrs import ORTH

    return frozenset(doc.to_array(ORTH).tolist()) if len(doc) else frozenset()


#: Festivals and seasons named with a capital: like a day, they date a thing
#: rather than name a product ("our Christmas hampers are back in stock" to a
#: customer ordering for a Christmas party sells hampers, not their order).
FESTIVALS: Final = frozenset({"christmas", "xmas", "easter", "halloween", "diwali", "hanukkah",
                       "eid", "ramadan", "thanksgiving"})  # fmt: skip
#: Capitalized words that name a date, not a product ("from Friday").
CALENDAR: Final = WEEKDAYS | MONTHS | FESTIVALS


def customer_names(unit: Span, original_doc: Doc | None) -> tuple[bool, bool]:
    """What the unit's names (see ``_names``) say, from one reading of them:
    whether it names a product or a sum the customer named themselves
    ("DashPass gives you ..." when they wrote about their DashPass charge;
    "delivery costs £3.99 ..." to a £3.99 charge: their topic, not a pitch);
    and whether it names a product they did not ("our Advanced Excel course"
    to "my Excel course certificate", "With Dash+ you'd never pay a delivery
    fee" to "I want the delivery fee back": words of their topic in it then
    belong to another sale). A name is theirs only when they wrote every word
    of it; a day or month is no name ("any Saturday class" to "my class to
    Saturday" is still an offer), sums never name another product, and a name
    after "new" or "latest" is the newer model ("we've just had the new
    Sportage hybrid in" to a customer whose Sportage lease is ending)."""
    if original_doc is None:
        return False, False
    names = _placed_names(unit)
    if not names:
        return False, False
    strings = original_doc.vocab.strings
    words = _words(original_doc)
    theirs = another = False
    doc = unit.doc
    for first, name in names:
        if len(name) == 1 and name[0].lower() in CALENDAR:
            continue  # a date names no product, theirs or another
        if (
            first > unit.start
            and doc[first - 1].lower_ in NEWER
            and not name[0][:1].isdigit()
            and not (first + len(name) < len(doc) and doc[first + len(name)].lower_ in FOR_THEIRS)
        ):
            another = True  # "the new Sportage hybrid": the newer model, on sale
            continue
        if name[-1] == "%":
            # theirs only as a percentage: "50% off" to "your ad said 50% off", not to "10 days"
            theirs = theirs or name[0] in _kept(original_doc, _PERCENTAGES_KEY, _percentages)
            continue
        if all(strings[word] in words for word in name):
            theirs = True
        elif not name[0][:1].isdigit():
            another = True
    if theirs and not another and _new_code_in(unit, words):
        another = True  # "... in Leeds too, with 10% off using code COMEBACK10"
    return theirs, another


#: Words a discount code follows ("using code COMEBACK10", "promo SPRING20").
CODE_WORDS: Final = frozenset({"code", "promo", "voucher", "coupon", "promocode"})


def _new_code_in(unit: Span, customer_words: frozenset[int]) -> bool:
    """Whether the unit gives a discount code the customer did not write: a
    word in capitals, or of letters and digits, right after "code", "promo",
    "voucher" or "coupon" ("using code COMEBACK10"). The code names an offer
    of ours, so a name of theirs elsewhere in the unit ("in Leeds too", where
    they are moving) does not make the unit about their own thing."""
    doc = unit.doc
    for token in unit:
        if token.lower_ not in CODE_WORDS or token.i + 1 >= unit.end:
            continue
        code = doc[token.i + 1].text
        letters = any(c.isalpha() for c in code)
        if (
            len(code) >= 4
            and letters
            and (code.isupper() or any(c.isdigit() for c in code))
            and doc[token.i + 1].orth not in customer_words
        ):
            return True
    return False


def _customer_names_kept(doc: Doc, unit: Span, original_doc: Doc | None) -> tuple[bool, bool]:
    """``customer_names(unit, original_doc)``, worked out once per unit of
    ``doc`` and customer's message: each stock rule that walks the unit asks
    (up to eight per draft), and the answer depends on neither rule."""
    kept = doc.user_data.get(_NAMES_KEY)
    if kept is None or kept[0] is not original_doc:
        kept = doc.user_data[_NAMES_KEY] = (original_doc, {})
    per_unit: dict[tuple[int, int], tuple[bool, bool]] = kept[1]
    key = (unit.start, unit.end)
    found = per_unit.get(key)
    if found is None:
        found = per_unit[key] = customer_names(unit, original_doc)
    return found


#: Verbs that say the customer's own one carries on: "Season tickets go on
#: sale in March; yours renews automatically."
CARRIES_OVER: Final = frozenset({"renew", "renews", "renewed", "carry", "carries", "roll", "rolls",
                          "continue", "continues", "stay", "stays", "remain", "remains",
                          "transfer", "transfers"})  # fmt: skip
YOURS: Final = frozenset({"yours"})
CLAUSE_OPENERS: Final = frozenset({",", ";", "and", "but", "—", "-"})


def _theirs_carries_over(doc: Doc, unit: Span) -> bool:
    """Whether, after the unit and in its sentence or the next one of its
    paragraph, "yours" is the subject of a verb that says the customer's own
    one carries on ("Permits for next year go on sale on 1 February. Yours
    renews automatically."): the sale is news about what they already hold,
    not an offer. "yours" must open its clause (a sentence start or after
    ",", ";", "and" or "but"), so "a treat of yours renews" does not count."""
    lower = TokenTable.of(doc).lower
    yours = word_ids(YOURS)
    if yours.isdisjoint(token_table(doc).lower_ids):  # most drafts never say "yours"
        return False
    sentences = _sentences(doc)
    index = bisect_right(_sentence_starts(doc), unit.start) - 1
    stop = sentences.bounds(index)[1]
    if index + 1 < len(sentences):
        after = sentences.bounds(index + 1)[1]
        first = stop
        while first < after - 1 and doc[first].is_space:
            first += 1
        if not _paragraph_break_between(doc, stop - 1, first):
            stop = after
    openers, verbs = word_ids(CLAUSE_OPENERS), word_ids(CARRIES_OVER)
    for i in range(unit.end, stop):
        if lower[i] not in yours:
            continue
        if not (doc[i].is_sent_start or lower[i - 1] in openers):
            continue
        if not verbs.isdisjoint(lower[i + 1 : min(i + 4, stop)]):
            return True
    return False


def _word_ids(doc: Doc, start: int, stop: int) -> list[int]:
    """The lower-case ids of ``doc[start:stop]``'s tokens, whitespace tokens
    left out: the words a sentence test reads."""
    table = TokenTable.of(doc)
    space = table.space
    return [w for i, w in enumerate(table.lower[start:stop], start) if not space[i]]


#: Words that open a sentence pointing back to the thing the sentence before
#: named ("It gives 15% off", "This covers ...").
POINTERS: Final = frozenset({"it", "this", "that", "these", "they"})
#: "I've", "we have": the agent reporting what is already done.
DONE: Final = frozenset({"'ve", "have"})


#: Words that make an "if" clause the customer's own requirement: "If Friday
#: is essential", "If you need it sooner", "if it has to be there by Monday".
NEED_WORDS: Final = frozenset(
    {"essential", "important", "must", "need", "needs", "needed", "urgent", "vital",
     "crucial", "have", "has", "got"}
)  # fmt: skip


#: Words that point an "if" offer past what the customer asked for: another
#: time, another thing, or a code to spend.
NOT_THIS_TIME: Final = frozenset(
    {"again", "next", "future", "code", "codes", "also", "too", "another", "more", "new"}
)  # fmt: skip


def _meets_their_condition(unit: Span, original_doc: Doc | None) -> bool:
    """Whether the unit opens on "If" and a requirement of the customer's,
    named in their words ("If Friday is essential, our partner printer can do
    it for an extra £30" to "Can you print 500 flyers by this Friday?"): the
    paid way to meet what they asked for answers them. The clause, up to its
    comma, must hold a need word (``NEED_WORDS``) and a content word of a
    sentence of theirs that asks (see ``_asks_at``); "If you're visiting
    again, our spa is 20% off" names no requirement of theirs.

    The need may also be for the very thing the reply has been talking
    about, named again with "the" or "your" right after the need word ("Your
    sofa delivery is booked ... If you need the sofa taken upstairs, you can
    upgrade to our room-of-choice service for £39", "Usually about a week. If
    you need the dress back for the party, we can turn it round in 48 hours
    for an extra £10"): the paid way round a limit of their own job, with
    nothing new in it, whether or not their message is known. "If you need a
    bigger van, ..." and "If you need more storage, ..." name something else."""
    tokens = [t for t in unit if not t.is_space]
    if not tokens or tokens[0].lower_ != "if":
        return False
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None:
        return False
    clause = tokens[1:comma]
    if not any(t.lower_ in NEED_WORDS for t in clause):
        return False
    if any(t.lower_ in NOT_THIS_TIME for t in tokens):
        return False  # "If you need flyers again, use code PRINT10": the next order
    if _needs_the_thing_named(unit, clause, original_doc):
        return True
    if original_doc is None:
        return False
    asked = {
        _stem(t.lower_)
        for t in original_doc
        if t.is_alpha and not t.is_stop and len(t) > 2 and _asks_at(original_doc, t.i)
    }
    return any(
        t.is_alpha and not t.is_stop and len(t) > 2 and _stem(t.lower_) in asked
        for t in clause
        if t.lower_ not in NEED_WORDS
    )


#: What names the thing needed as one already talked of: "the sofa", "your dress".
DEFINITE: Final = frozenset({"the", "your"})


def _needs_the_thing_named(unit: Span, clause: list[Token], original_doc: Doc | None) -> bool:
    """Whether the "if" clause needs, right after its need word, "the"/"your"
    and a thing the reply named before the unit or the customer named (see
    ``_meets_their_condition``)."""
    for n, token in enumerate(clause[:-2]):
        if token.lower_ not in NEED_WORDS or clause[n + 1].lower_ not in DEFINITE:
            continue
        thing = clause[n + 2]
        if not thing.is_alpha or thing.is_stop or len(thing) < 3:
            continue
        stem = _stem(thing.lower_)
        before = unit.doc[: unit.start]
        if any(t.is_alpha and _stem(t.lower_) == stem for t in before):
            return True
        if original_doc is not None and any(
            t.is_alpha and _stem(t.lower_) == stem for t in original_doc
        ):
            return True
    return False


def _describes_what_was_done(doc: Doc, unit: Span, original_doc: Doc | None = None) -> bool:
    """Whether the unit opens its sentence with a word pointing back ("It",
    "This") and the sentence before, in the same paragraph, reports the agent
    has already done something for the customer ("I've created a one-off code
    for you: AISHA15. It gives 15% off and is valid for 14 days.", "We've
    added a voucher to your account. It's worth £10."): it spells out what
    they were given, not an offer. Promises and offers before it ("We can
    offer you our Plus plan. It gives 20% off.") are not done, so they still
    sell."""
    sentences = _sentences(doc)
    index = _sentence_of(doc, unit.start)
    if index == 0 or sentences.bounds(index)[0] != unit.start:
        return False
    if unit[0].lower_ not in POINTERS:
        return False
    first, stop = sentences.bounds(index - 1)
    if _paragraph_break_between(doc, stop - 1, unit.start):
        return False
    words = _word_ids(doc, first, stop)
    agents, done, customer = word_ids(AGENTS), word_ids(DONE), word_ids(CUSTOMER)
    if not customer.isdisjoint(words) and any(
        a in agents and b in done for a, b in pairwise(words)
    ):
        return True
    return original_doc is not None and _sends_their_fix(doc, first, stop, original_doc)


#: "we'll", "I will": the agent promising to act.
PROMISING: Final = frozenset({"'ll", "will"})


def _sends_their_fix(doc: Doc, first: int, stop: int, original_doc: Doc) -> bool:
    """Whether ``doc[first:stop]`` has the agent promising to send or fix
    something ("We'll send a brand-new cushion cover from the workshop")
    named with a word of the customer's message ("The sofa arrived with a rip
    in the cushion"): the fix for their problem, so
    "It's in stock" after it says when it comes, not that it is on sale."""
    words = _word_ids(doc, first, stop)
    agents, promising = word_ids(AGENTS), word_ids(PROMISING)
    acts = word_ids(SENDING | REPAIR_WORDS)
    promised = any(
        words[i] in agents
        and words[i + 1] in promising
        and not acts.isdisjoint(words[i + 2 : i + 4])
        for i in range(len(words) - 2)
    )
    if not promised:
        return False
    customer = _kept(original_doc, _CONTENT_STEMS_KEY, _content_stems)
    return not customer.isdisjoint(_content_stems(doc[first:stop]))


#: "you can add", "we can add": who does the step, how, and what to.
STEP_SUBJECTS: Final = frozenset({"you", "we"})
STEP_VERBS: Final = frozenset(
    {"add", "upgrade", "book", "buy", "purchase", "order", "choose", "select", "pre-book"}
)  # fmt: skip
#: Words that make a step an offer: a price cut, urgency, something on top
#: ("you can also add our cover for just £4.99 today").
STEP_SALES: Final = frozenset(
    {"also", "just", "only", "save", "saving", "savings", "off", "free", "today", "discount",
     "discounted", "deal", "deals", "offer", "offers", "special", "exclusive", "limited",
     "hurry", "%", "our", "new", "latest"}
)  # fmt: skip
#: Words that end what a step adds ("a 23kg bag [in Manage Booking] for £35").
STEP_OBJECT_ENDS: Final = frozenset(
    {"for", "at", "in", "through", "via", "while", "when", "from", "by", "now", "on", "with",
     ",", ".", ";", ":", "and", "so", "which", "if", "online"}
)  # fmt: skip
#: Opening of a need the step meets: "If you need the sofa taken upstairs, ..."
STEP_NEEDS: Final = frozenset({"need", "want", "like", "prefer", "rather", "wish"})


def _is_topic(token: Token) -> bool:
    """An alphabetic word of three letters or more that is neither a stop word
    nor an everyday service word ("bag", "speeds", "garden")."""
    if not token.is_alpha or len(token) < 3 or token.is_stop:
        return False
    return token.lower_ not in SERVICE_WORDS


def _topic_stems(span: Iterable[Token]) -> frozenset[str]:
    """Stems of a text's topic words (see ``_is_topic``)."""
    return frozenset(_stem(t.lower_) for t in span if _is_topic(t))


def _step_on_their_topic(doc: Doc, unit: Span, original_doc: Doc | None) -> bool:
    """Whether the unit tells the customer how to get a thing the reply was
    already about, as a plain step: "you can add" / "we can add" (or book,
    upgrade, buy ...), with no sales words (see ``STEP_SALES``), and what it
    adds, or the need it opens with ("If you need the sofa taken upstairs,
    you can ..."), names a thing an earlier sentence of the draft, or the
    customer's message, talked about: "Your fare does not include a hold bag
    ... You can add a 23kg bag through Manage Booking for £35", "The speeds
    you're seeing are normal for Fibre 80. If you'd like faster speeds, you
    can upgrade to Fibre 500 in the app". The step they need for their own
    booking or problem, not a new thing put to them ("You can upgrade today
    for just £5 more", "You could also add our cover")."""
    tokens = [t for t in unit if not t.is_space]
    lower = [t.lower_ for t in tokens]
    if not STEP_SALES.isdisjoint(lower):
        return False
    verb = next(
        (
            i + 2
            for i in range(len(lower) - 2)
            if lower[i] in STEP_SUBJECTS and lower[i + 1] == "can" and lower[i + 2] in STEP_VERBS
        ),
        None,
    )
    if verb is None:
        return False
    named: list[Token] = []
    at = verb + 1
    if at < len(lower) and lower[at] == "to":
        at += 1
    while at < len(tokens) and lower[at] not in STEP_OBJECT_ENDS:
        named.append(tokens[at])
        at += 1
    if lower[0] == "if" and not STEP_NEEDS.isdisjoint(lower[: verb - 2]):
        named.extend(tokens[1 : verb - 2])
    wanted = _topic_stems(named)
    if not wanted:
        return False
    index = _sentence_of(doc, unit.start)
    if index > 0:
        first, before = _sentences(doc).bounds(0)[0], _sentences(doc).bounds(index)[0]
        seen = _kept(doc, _FIRST_TOPIC_KEY, _first_topic_tokens)
        if any(first <= seen.get(stem, before) < before for stem in wanted):
            return True
    return original_doc is not None and not wanted.isdisjoint(_content_stems(original_doc))


#: Words that set a rule on how the customer may do what they asked:
#: "Campfires are only allowed in the fire pits", "Glass isn't allowed on the
#: beach", "Dogs must be on a lead". A plain refusal ("We can't move your
#: table") sets none.
LIMITS: Final = frozenset(
    {"only", "must", "allowed", "permitted", "allow", "allows", "rules", "rule"}
)  # fmt: skip


def _step_within_their_limit(doc: Doc, unit: Span, original_doc: Doc | None) -> bool:
    """Whether the unit opens its sentence with a plain step ("You can buy
    logs at reception for £6 a bag"), with no sales words (``STEP_SALES``),
    right after a sentence of the same paragraph that answers a question of
    the customer's (a content stem of theirs, see ``_question_stems``) with a
    limit (``LIMITS``: "Campfires are only allowed in the fire pits we
    provide, not on the grass"): how to do what they asked within the rule,
    the practical rest of the answer, not a sale. A step after a plain yes
    ("Your table is booked for Friday. You can buy tickets for our gala at
    the bar") still sells, as does one with "also", "just" or a cut."""
    if original_doc is None:
        return False
    tokens = [t for t in unit if not t.is_space]
    lower = [t.lower_ for t in tokens]
    if len(lower) < 3 or not (
        lower[0] in STEP_SUBJECTS and lower[1] == "can" and lower[2] in STEP_VERBS
    ):
        return False
    index = _sentence_of(doc, unit.start)
    if index == 0:
        return False
    first, stop = _sentences(doc).bounds(index)
    if tokens[0].i != first or not STEP_SALES.isdisjoint(t.lower_ for t in doc[first:stop]):
        return False
    before, _ = _sentences(doc).bounds(index - 1)
    if "\n\n" in doc.text[doc[before].idx : doc[first].idx]:
        return False  # a new paragraph: something else
    previous = doc[before:first]
    if LIMITS.isdisjoint(t.lower_ for t in previous):
        return False
    return not _question_stems(original_doc).isdisjoint(_content_stems(previous))


_FIRST_TOPIC_KEY: Final = "replycheck.stock.first_topic"


def _first_topic_tokens(doc: Doc) -> dict[str, int]:
    """Where each of the draft's topic stems (see ``_topic_stems``) first
    appears, as a token index: whether a step's thing was talked about before
    its sentence is then one look-up per stem, not a read of all the text
    before it for every unit (quadratic on a long draft)."""
    first: dict[str, int] = {}
    for token in doc:
        if _is_topic(token):
            first.setdefault(_stem(token.lower_), token.i)
    return first


#: The words of a bare "Don't miss it!" / "Please do not miss this."
MISS_IT: Final = frozenset(
    {"please", "do", "n't", "not", "miss", "it", "this", "that", "!", ".", ",", ":"}
)
#: What a customer has booked with us: "your eye examination", "your flight".
BOOKED_THINGS: Final = frozenset(
    {"appointment", "appointments", "examination", "exam", "check", "checkup", "check-up",
     "visit", "booking", "reservation", "flight", "session", "class", "lesson",
     "consultation", "review", "scan", "test", "delivery", "collection", "slot", "interview",
     "procedure", "inspection", "mot", "service", "treatment", "clinic", "vaccination",
     "jab", "screening", "hearing", "viewing", "fitting", "installation", "course"}
)  # fmt: skip


def _reminds_of_their_booking(
    doc: Doc, unit: Span, triggers: Sequence[tuple[int, int]] = ()
) -> bool:
    """Whether the unit opens with a bare "Don't miss it" (see ``MISS_IT``;
    up to a comma or colon, the reason after it holding no other trigger) and
    the sentence before it names something the customer has booked ("your
    annual eye examination is booked for Wednesday ... Don't miss it: your
    last examination showed raised eye pressure"): a reminder of their own
    appointment, not urgency to buy. After a sale ("Flash sale: flights from
    £29. Don't miss it!") it still sells."""
    cut = next((t.i for t in unit if t.lower_ in {",", ":"}), unit.end)
    words = [t.lower_ for t in doc[unit.start : cut] if not t.is_space]
    if "miss" not in words or not MISS_IT.issuperset(words):
        return False
    if any(unit.start <= s and e <= unit.end and s >= cut for s, e in triggers):
        return False
    before: list[int] = []
    index = _sentence_of(doc, unit.start)
    while not before and index > 0:  # the sentence before, blank lines left out
        index -= 1
        before = _word_ids(doc, *_sentences(doc).bounds(index))
    return not word_ids(CUSTOMER).isdisjoint(before) and not word_ids(BOOKED_THINGS).isdisjoint(
        before
    )


_STEP_NUMBER: Final = regexcache.compile(r"[ \t]*\d{1,2}[.)][ \t]*\Z")
_LIST_STEP: Final = regexcache.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")


#: What opens an item of a list before its first word: "- If you'd like, our
#: yard can fit a timer" opens on "If", as the same line without the dash does.
LIST_MARKERS: Final = frozenset({"-", "*", "\u2022", "\u2013", "\u2014"})


def _opener(unit: Span) -> Token:
    """The unit's first word, past a list marker ("-", "*", "•") or a step
    number ("2.", "3)") that opens it."""
    doc, i, end = unit.doc, unit.start, unit.end
    if i < end and doc[i].text in LIST_MARKERS:
        i += 1
    elif i + 1 < end and doc[i].text.isdigit() and doc[i + 1].text in (".", ")"):
        i += 2
    elif i < end and doc[i].text[:-1].isdigit() and doc[i].text[-1:] in (".", ")"):
        i += 1  # "2." as one token
    while i < end and doc[i].is_space:
        i += 1
    return doc[i] if i < end else unit[0]


def _numbered_step(doc: Doc, start: int) -> bool:
    """Whether the token at ``start`` opens a step of a numbered list ("2. Set
    the date range to 3 June to today."): the text of its line before it is
    only a step number, and the line before or after it is another step. An
    imperative there tells the customer how to do what they need; it invites
    them to nothing. A lone numbered line is no list of steps."""
    text = doc_text(doc)
    at = token_table(doc).idx[start]
    line_start = text.rfind("\n", 0, at) + 1
    if _STEP_NUMBER.match(text, line_start, at) is None:
        return False
    line_end = text.find("\n", at)
    before = text[:line_start].splitlines()[-1:]
    after = text[line_end + 1 :].splitlines()[:1] if line_end >= 0 else []
    return any(_LIST_STEP.match(line) for line in before + after)


#: A line that is an item of a bulleted or numbered list: "- Stay on Team",
#: "2. Upgrade to Team (£12 per user)".
_LIST_ITEM: Final = regexcache.compile(r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+\S")
#: The line before such a list says it is a choice ("There are two ways
#: forward:", "here are the options:", "You could:", "a few things I can do
#: instead:"), what the customer asked for ("As you asked, here are the
#: changes to membership:") or amends ("Here is what I would like to
#: offer:"), or what the customer needs to bring or have for their own
#: visit ("To move in, you'll need:", "On your first visit, please bring:"),
#: where an item we can supply at a price ("A padlock, or we can sell you one
#: at reception for £12.") is the practical answer to the need, not a pitch;
#: "While you're here:" before a list of extras says nothing of the kind, and
#: its items are still pitches.
_OFFERS_A_CHOICE: Final = regexcache.compile(
    r"\b(?:options?|ways?|choices?|alternatives?|instead|either|you could|you can"
    r"|you asked|as requested|like to offer"
    r"|(?<!if )(?:you|you'll|you\u2019ll|you will|you'd|you would) (?:also )?need|please bring"
    r"|(?:what|things) to bring)\b",
    re.IGNORECASE,
)


def _option_lines(doc: Doc) -> tuple[list[int], list[bool]]:
    """The start of every line of ``doc`` and whether it is an item of a list
    of options put to the customer: two or more list items (blank lines
    between them allowed) after a line that ends with a colon and says it is
    a choice (``_OFFERS_A_CHOICE``: "There are two ways forward:", "You
    could:", "As you asked, here are the changes:"). Read once per Doc."""
    text = doc_text(doc)
    starts: list[int] = []
    at = 0
    for line in text.split("\n"):
        starts.append(at)
        at += len(line) + 1
    lines = text.split("\n")
    options = [False] * len(lines)
    i = 0
    while i < len(lines):
        if not _LIST_ITEM.match(lines[i]):
            i += 1
            continue
        j, items, last = i, [], i
        while j < len(lines) and (_LIST_ITEM.match(lines[j]) or not lines[j].strip()):
            if lines[j].strip():
                items.append(j)
                last = j
            j += 1
        k = i - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        if (
            len(items) >= 2
            and k >= 0
            and lines[k].rstrip().endswith(":")
            and _OFFERS_A_CHOICE.search(lines[k]) is not None
        ):
            for item in items:
                options[item] = True
        i = last + 1
    return starts, options


def _one_of_the_options(doc: Doc, unit: Span) -> bool:
    """Whether the unit sits in an item of a list of options laid out for the
    customer (``_option_lines``): "There are two ways forward: 1. Upgrade to
    Team (£12 per user per month). 2. Stay on Starter and free a seat." puts
    a choice to them, the paid way beside the free one; it invites them to
    nothing. Something new or on sale is still a pitch (see ``_sells_news``)."""
    if _sells_news(TokenTable.of(doc).lower, unit.start, unit.end):
        return False
    starts, options = _kept(doc, _OPTIONS_KEY, _option_lines)
    line = bisect_right(starts, token_table(doc).idx[unit.start]) - 1
    return line >= 0 and options[line]


def _explained_saving(doc: Doc, unit: Span) -> bool:
    """Whether the unit says what the customer's own plan gives them
    (``_their_plan_has``), a saving is goodwill for our mistake
    (``_goodwill``) or it offers something in place of a refusal
    (``_alternative``): worked out once per unit of ``doc`` and kept in its
    ``user_data``, since every stock rule that walks the unit asks, and the
    answer depends on no rule."""
    per_unit: dict[tuple[int, int], bool] = doc.user_data.setdefault(_EXPLAINED_KEY, {})
    key = (unit.start, unit.end)
    found = per_unit.get(key)
    if found is None:
        found = per_unit[key] = (
            _their_plan_has(unit)
            or _goodwill(doc, unit)
            or _alternative(doc, unit)
            or _if_what_they_said(doc, unit)
            or _one_of_the_options(doc, unit)
        )
    return found


_NAMES_KEY: Final = "replycheck.stock.customer_names"
_EXPLAINED_KEY: Final = "replycheck.stock.explained_saving"
_OPTIONS_KEY: Final = "replycheck.stock.option_lines"
_PAIRS_KEY: Final = "replycheck.stock.content_pairs"
_QUESTION_WORDS_KEY: Final = "replycheck.stock.question_words"
_ASKED_PAIRS_KEY: Final = "replycheck.stock.asked_pairs"
_ASKED_STEMS_KEY: Final = "replycheck.stock.asked_stems"
_ASKING_KEY: Final = "replycheck.stock.asking_sentences"
_ASKED_WORDS_KEY: Final = "replycheck.stock.asked_words"
_CONTENT_KEY: Final = "replycheck.stock.content_words"
_CONTENT_STEMS_KEY: Final = "replycheck.stock.content_stems"
_NEEDS_KEY: Final = "replycheck.stock.needs_a_thing"
_PERCENTAGES_KEY: Final = "replycheck.stock.percentages"
_MEMBER_KEY: Final = "replycheck.stock.is_a_member"


def _kept(doc: Doc, key: str, make: Callable[[Doc], Any]) -> Any:
    """``make(doc)``, worked out once per Doc (the customer's message is read
    by every stock rule) and kept in its ``user_data``."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = make(doc)
    return found


def _content_pairs(span: Doc | Span) -> frozenset[tuple[str, str]]:
    """Pairs of adjacent content words (alphabetic, not stop words, three
    letters or more) in a text, as stem pairs (see ``_stem``), so that the
    forms of one phrase meet ("a cheaper version" to "two cheaper versions")."""
    content = [_stem(t.lower_) if t.is_alpha and not t.is_stop and len(t) > 2 else "" for t in span]
    return frozenset((a, b) for a, b in pairwise(content) if a and b)


#: Words a service email uses about anything ("your booking", "our service"),
#: too common to tie a price to the customer's topic.
SERVICE_WORDS: Final = EMAIL_WORDS | frozenset(
    {"book", "booking", "booked", "bookings", "stay", "service", "services", "customer",
     "customers", "thank", "thanks", "please", "sorry", "hope"}
)  # fmt: skip


def _content_words(span: Doc | Span) -> frozenset[str]:
    """The lower-case content words of a text: alphabetic, not stop words or
    everyday service words ("order", "booking"), four letters or more."""
    return frozenset(
        t.lower_
        for t in span
        if t.is_alpha and len(t) > 3 and not t.is_stop and t.lower_ not in SERVICE_WORDS
    )


def _content_stems(doc: Doc | Span) -> frozenset[str]:
    """The stems (see ``_stem``) of a text's alphabetic words of three letters
    or more that are not stop words."""
    return frozenset(_stem(t.lower_) for t in doc if t.is_alpha and not t.is_stop and len(t) > 2)


def _percentages(doc: Doc) -> frozenset[str]:
    """The numbers a text writes as percentages ("50" in "50% off")."""
    return frozenset(
        t.text for t in doc if t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].text == "%"
    )


def _asked_pairs(doc: Doc) -> frozenset[tuple[str, str]]:
    """``_content_pairs`` of the sentences of the customer's message that ask
    something (see ``asks``)."""
    pairs: set[tuple[str, str]] = set()
    for sentence in _sentences(doc):
        if _asks_at(doc, sentence.start):
            pairs |= _content_pairs(sentence)
    return frozenset(pairs)


def _asked_stems(doc: Doc) -> frozenset[str]:
    """``_content_stems`` of the sentences of the customer's message that ask
    something (see ``asks``)."""
    stems: set[str] = set()
    for sentence in _sentences(doc):
        if _asks_at(doc, sentence.start):
            stems |= _content_stems(sentence)
    return frozenset(stems)


#: Words a sentence opens with when it opens by naming a thing ("Our eggs
#: come from ...", "The 500 Mb package is ..."): what a pronoun after it
#: stands for. "A new range ..." is news, not the customer's thing.
NAMING_OPENERS: Final = frozenset({"the", "our", "your", "this", "these", "those", "their"})


def _is_question(words: list[str]) -> bool:
    """Whether a sentence of the customer's (its lower-case words, spaces
    left out) is a question: it ends in "?", or asks one indirectly
    ("I was wondering whether ...", "I'm not sure how ...")."""
    if not words:
        return False
    if words[-1] == "?":
        return True
    return not WONDERING.isdisjoint(words) or _asks_indirectly(words)


def _question_sentences(doc: Doc) -> Iterator[Span]:
    """The sentences of the customer's message that are questions (see
    ``_is_question``), each after the sentence before it when the question
    names its thing by a pronoun (``BACK_PRONOUNS``): in "Got a letter saying
    my scooter battery is being recalled. Is it safe to keep using it till the
    new one comes?" the question is about the battery, so "the new battery is
    already in stock" answers it."""
    sentences = _sentences(doc)
    given = -1
    for index, sentence in enumerate(sentences):
        last = [t for t in sentence if not t.is_space]
        if not _is_question([t.lower_ for t in last]):
            continue
        if index > given + 1 and any(t.lower_ in BACK_PRONOUNS for t in last):
            yield sentences[index - 1]
        given = index
        yield sentence


def _question_words(doc: Doc) -> frozenset[str]:
    """The content words (see ``_content_words``) of the sentences of the
    customer's message that end in "?"."""
    return frozenset(word for q in _question_sentences(doc) for word in _content_words(q))


_QUESTION_STEMS_KEY: Final = "replycheck.stock.question_stems"


def _question_stems(doc: Doc) -> frozenset[str]:
    """The stems (see ``_content_stems``) of the sentences of the customer's
    message that end in "?": "urn" in "Could we have a smaller urn?"."""
    return frozenset(stem for q in _question_sentences(doc) for stem in _content_stems(q))


#: Words that end the head of a noun phrase ("flights" in "return flights to
#: Lisbon", "version" in "the navy version of that jacket").
PHRASE_ENDS: Final = frozenset(
    {"to", "of", "in", "for", "with", "from", "at", "on", "by", "about", "which", "that", "who"}
)


#: Words that make what stock talk is said of another one of the customer's
#: thing, not theirs: "Tickets for the extra London date are selling fast" to
#: "Will my tickets still be valid?".
ANOTHER_ONE: Final = frozenset({"extra", "another", "additional", "second", "further"})


def _another_of_it(span: Span, customer_words: frozenset[int]) -> bool:
    """Whether the words before a stock trigger name another one of the
    thing (see ``ANOTHER_ONE``) in a word the customer did not use: "Are
    there tickets left for the extra date?" is answered by "Tickets for the
    extra date are selling fast"."""
    lower = TokenTable.of(span.doc).lower[span.start : span.end]
    return any(word in word_ids(ANOTHER_ONE) and word not in customer_words for word in lower)


#: Copulas before "that" in a lead-in: "The good news is that ...".
LEAD_IN_COPULAS: Final = frozenset({"is", "was", "'s"})


def _head(span: Span) -> str | None:
    """The lower-case head word of the noun phrase a span opens with: its last
    content word (see ``_content_words``) before a preposition, a relative
    pronoun or punctuation; None when there is none. A lead-in that says
    "X is that" ("The good news is that the new battery is ...") is passed
    over: the phrase after it is what the trigger is said of."""
    head = None
    previous = ""
    for token in span:
        if token.lower_ == "that" and previous in LEAD_IN_COPULAS:
            head = None
            previous = token.lower_
            continue
        if token.is_punct or token.lower_ in PHRASE_ENDS:
            break
        previous = token.lower_
        if token.is_alpha and len(token) > 3 and not token.is_stop:
            head = token.lower_
    return head if head is not None and head not in SERVICE_WORDS else None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """``doc[start:end]`` without whitespace and unit breaks at either end
    (None when nothing is left); read from the token table, no ``Token``."""
    table = token_table(doc)
    space, lower, trimmed = table.space, table.lower, word_ids(_TRIMMED)
    while start < end and (space[start] or lower[start] in trimmed):
        start += 1
    while end > start and (space[end - 1] or lower[end - 1] in trimmed):
        end -= 1
    return (start, end) if end > start else None


_TRIMMED: Final = frozenset({",", *UNIT_BREAKS})


def _break_width(doc: Doc, lower: list[int], i: int, stop: int) -> int:
    """How many tokens from ``i`` separate two units (0: no break here): a
    colon, semicolon or dash; ", and" / ", but"; or "and" / "but" before a
    new subject ("... opens in February and we've got ..."). ``lower`` holds
    the Doc's lower-case word ids, so most tokens need no ``Token`` object."""
    word = lower[i]
    if word in word_ids(UNIT_BREAKS):
        return 1
    nxt = lower[i + 1] if i + 1 < stop else None
    joins = word_ids(JOINS)
    if word in word_ids(COMMA) and nxt in joins:
        return 2 if i + 2 < stop and not token_table(doc).punct[i + 2] else 0
    if word in joins and i > 0 and lower[i - 1] not in word_ids(COMMA):
        return 1 if nxt is not None and nxt in word_ids(CLAUSE_SUBJECTS) else 0
    return 0


#: Verbs that open a call to do something for a reward ("Book before Friday
#: and it's £100 off", "Switch today and we'll double your data").
CALLS: Final = frozenset(
    {"apply", "book", "order", "join", "register", "enrol", "enroll", "subscribe", "claim",
     "upgrade", "switch", "grab", "shop", "reserve", "redeem", "activate", "download", "buy",
     "try", "refer", "spend", "add", "sign", "bundle", "use", "visit", "pre-order", "renew",
     "bring", "show", "mention", "quote", "sign-up"}
)  # fmt: skip
AND: Final = frozenset({"and"})


def _condition_and_reward(lower: list[int], space: list[int], cut: int, i: int) -> bool:
    """Whether the "and" at ``i`` joins a call to act, opening the unit at
    ``cut``, to what it earns ("book before the end of the month and it's
    £100 off", "Switch today and we'll double your data"): one offer, one unit.
    ``lower`` and ``space`` are the token table's columns."""
    if lower[i] not in word_ids(AND):
        return False
    while cut < i and space[cut]:
        cut += 1
    return cut < i and lower[cut] in word_ids(CALLS)


#: What a call to act earns: "... and save 15% on both".
EARNS: Final = frozenset({"save", "saving", "savings", "off", "free", "discount", "cheaper"})


def _calls_for_a_saving(unit: Span) -> bool:
    """Whether the unit opens with a call to act (see ``CALLS``) and says what
    it saves ("bundle home and car insurance with us and save 15% on both"):
    a sale even in the customer's own words for their topic."""
    lower = TokenTable.of(unit.doc).lower[unit.start : unit.end]
    return bool(lower) and lower[0] in word_ids(CALLS) and not word_ids(EARNS).isdisjoint(lower)


JOINS: Final = frozenset({"and", "but"})
COLON: Final = frozenset({":"})
COMMA: Final = frozenset({","})
#: The only words ``_break_width`` can find a break at; the unit cutter
#: calls it for these alone.
_BREAK_STARTS: Final = UNIT_BREAKS | COMMA | JOINS


def _sentence_starts(doc: Doc) -> list[int]:
    """The first token index of each of the Doc's sentences (listed once),
    read from the shared ``SENT_START`` array: no ``Span`` objects."""
    return _kept(doc, _STARTS_KEY, _find_sentence_starts)


def _find_sentence_starts(doc: Doc) -> list[int]:
    starts = list(sentence_token_starts(doc))
    if len(doc) and (not starts or starts[0] != 0):
        starts.insert(0, 0)  # ``doc.sents`` always starts one at the first token
    return starts


class _Sentences(Sequence["Span"]):
    """The Doc's sentences (the same as ``doc.sents``), each ``Span`` made
    only when a rule reads it: most drafts have a trigger in one or two
    sentences, and listing ``doc.sents`` made a ``Span`` for every one."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._starts = _sentence_starts(doc)
        self._made: dict[int, Span] = {}
        self._span = span_type()

    def __len__(self) -> int:
        return len(self._starts)

    def bounds(self, index: int) -> tuple[int, int]:
        """The token bounds of the ``index``-th sentence, without a ``Span``."""
        starts = self._starts
        end = starts[index + 1] if index + 1 < len(starts) else len(self._doc)
        return starts[index], end

    def __getitem__(self, index: int) -> Span:  # type: ignore[override]
        if index < 0:
            index += len(self._starts)
        if not 0 <= index < len(self._starts):
            raise IndexError(index)
        span = self._made.get(index)
        if span is None:
            start, end = self.bounds(index)
            span = self._made[index] = self._span(self._doc, start, end)
        return span


def _sentences(doc: Doc) -> _Sentences:
    """The Doc's sentences (listed once per Doc and shared by the rules)."""
    return _kept(doc, _SENTENCES_KEY, _Sentences)


def _sentence_units(doc: Doc, sentence: Span, start_char: int, end_char: int) -> list[Span]:
    """The units of one sentence between two character offsets (see ``units``)."""
    out: list[Span] = []
    if sentence.end_char <= start_char or sentence.start_char >= end_char:
        return out
    begin = sentence.start
    stop = sentence.end
    table = token_table(doc)
    idx = table.idx
    while begin < stop and idx[begin] < start_char:
        begin += 1
    while stop > begin and idx[stop - 1] + len(doc[stop - 1]) > end_char:
        stop -= 1
    cut = begin
    lower = table.lower
    may_break = word_ids(_BREAK_STARTS)
    for i in range(begin, stop):
        if lower[i] not in may_break:
            continue  # most tokens: no call, same answer (``_break_width`` 0)
        skip = _break_width(doc, lower, i, stop)
        if skip and _condition_and_reward(lower, table.space, cut, i):
            skip = 0
        if skip:
            piece = _trim(doc, cut, i)
            if piece is not None:
                out.append(doc[piece[0] : piece[1]])
            cut = i + skip
    piece = _trim(doc, cut, stop)
    if piece is not None and 0 in table.punct[piece[0] : piece[1]]:
        out.append(doc[piece[0] : piece[1]])
    return out


#: Verbs that lower a price ("brings it down to £8"), the words pointing
#: back to the thing named before them, and words of a code or a sale that
#: make the cut a promotion of its own ("code SPRING brings it down").
_CUT_PRICE_VERBS: Final = frozenset(
    {"brings", "bring", "takes", "take", "gets", "get", "knocks", "cuts"}
)
_BACK_REFERENCES: Final = frozenset({"it", "that", "them"})
_CUT_PRICE_CODES: Final = frozenset({"code", "promo", "coupon", "sale", "offer", "deal", "%"})


def _units_of(doc: Doc, index: int, start_char: int, end_char: int) -> list[Span]:
    """``_sentence_units`` of the ``index``-th sentence, worked out once per
    Doc and region and shared by the rules that look at it."""
    cache: dict[tuple[int, int, int], list[Span]] = doc.user_data.setdefault(_UNITS_KEY, {})
    key = (index, start_char, end_char)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _sentence_units(doc, _sentences(doc)[index], start_char, end_char)
    return found


def units(doc: Doc, start_char: int, end_char: int) -> list[Span]:
    """The units of ``doc`` between two character offsets: sentences, cut
    after ``:``, ``;`` and dashes, before ", and" / ", but", and before "and"
    / "but" that start a clause with its own subject."""
    return [
        unit
        for index in range(len(_sentences(doc)))
        for unit in _units_of(doc, index, start_char, end_char)
    ]


#: Questions that sell rather than ask ("Did you know that households who add
#: broadband save £110?"): they want no answer, so a rule that skips the
#: agent's questions still reads them.
SALES_QUESTIONS: Final = (
    ("did", "you", "know"), ("have", "you", "tried"), ("have", "you", "seen"),
    ("have", "you", "heard"), ("have", "you", "thought"), ("have", "you", "considered"),
    ("have", "you", "joined"), ("have", "you", "signed"), ("why", "not"), ("fancy",),
    ("looking", "for"), ("thinking", "of"), ("thinking", "about"), ("ready", "for"),
    ("how", "about"), ("want",), ("ever", "tried"), ("fancy", "trying"),
)  # fmt: skip


def _sales_question(unit: Span) -> bool:
    """Whether a unit ending in "?" opens like a sales question."""
    words = [t.lower_ for t in unit[:3]]
    return any(tuple(words[: len(q)]) == q for q in SALES_QUESTIONS)


def _after_sales_question(unit: Span) -> bool:
    """Whether the sentence just before the unit's, in the same paragraph, is
    a short question that sets up a sale ("Planning another break?",
    "Thinking about going green?", "Travelling again soon?")."""
    doc = unit.doc
    sentences = _sentences(doc)
    index = bisect_right(_sentence_starts(doc), unit.start) - 1
    if index <= 0 or sentences[index].start != unit.start:
        return False
    start = unit.start
    before = sentences[index - 1]
    words = [t for t in before if not t.is_punct and not t.is_space]
    if not words or before[-1].text != "?":
        return False
    if len(words) > 6 and not _sales_question(before):
        return False
    if _paragraph_break_between(doc, before.end - 1, start):
        return False
    first = words[0].lower_
    return first.endswith("ing") or _sales_question(before)


def _capitalized_inside(token: Token) -> bool:
    """Whether a word is written with a capital mid-sentence (not "I")."""
    text = token.text
    return text[:1].isupper() and text.isalpha() and text != "I" and not token.is_sent_start


def _in_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the single word ``doc[start:end]`` is part of a product's name:
    capitalized mid-sentence next to another such word ("Fixed Saver",
    "Refund Protect"), so it names a thing on offer instead of saying what
    the agent did ("fixed", "refund")."""
    if end - start != 1 or not _capitalized_inside(doc[start]):
        return False
    before = start > 0 and _capitalized_inside(doc[start - 1])
    return before or (end < len(doc) and _capitalized_inside(doc[end]))


#: Verbs of working a screen: the capitalized word after one names a button,
#: tab or menu item ("click Save", "tap Free Trial", "select Offers"), not a
#: saving or product on offer; "the", "on" and quotes may stand between.
CONTROL_VERBS: Final = frozenset(
    {"click", "tap", "press", "select", "choose", "pick", "hit", "toggle", "tick", "untick",
     "open", "clicking", "tapping", "pressing", "selecting", "choosing"}
)  # fmt: skip
CONTROL_FILLERS: Final = frozenset({"the", "on", "&", '"', "'", "“", "‘"})


def _control_name(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` is part of the name of a button or menu
    item the customer is told to use: capitalized mid-sentence, after a verb
    of ``CONTROL_VERBS`` ("Choose Admin and click Save": instructions, not a
    saving), directly or after the other words of the name ("tap Offers
    and Rewards" reads each capital back to the verb)."""
    if not _capitalized_inside(doc[index]):
        return False
    j = index - 1
    while j >= 0 and (doc[j].lower_ in CONTROL_FILLERS or _capitalized_inside(doc[j])):
        j -= 1
    return j >= 0 and doc[j].lower_ in CONTROL_VERBS


#: Season words, which name a seasonal range ("our winter collection") or a time.
YOUR: Final = frozenset({"your"})


#: How many lower-case describing words may stand between "your" and the
#: customer's own thing ("your monthly gift"; two would read "your phone
#: because they fancy you" as theirs).
YOUR_REACH: Final = 1


def _after_your(doc: Doc, index: int, start: int) -> bool:
    """Whether the token at ``index`` belongs to the customer's own thing: it
    follows "your", directly, after the capitalized words of a name ("your
    Gift Aid", "your Club membership", "your Bonus Saver balance") or after up
    to ``YOUR_REACH`` lower-case content words that describe it ("stop your
    monthly gift", "your weekly delivery"), a hyphened word counting as one
    ("your no-claims discount"). A stop word between them ("your order and
    our deals") ends the thing."""
    your = word_ids(YOUR)
    lower = TokenTable.of(doc).lower
    j = index - 1
    while j > start and doc[j].is_title:
        j -= 1
    describing = 0
    while j > start and describing < POSSESSED_REACH and lower[j] not in your:
        token = doc[j]
        if token.lower_ in POSSESSIVE_MARKS and not doc[j - 1].whitespace_:
            return _their_person(doc, j - 1, start)
        if not token.is_alpha or not token.is_lower:
            break
        first = _hyphened_from(doc, j, start)
        if first == j and token.is_stop:
            break
        describing += 1
        j = first - 1
    return j >= start and lower[j] in your and describing <= YOUR_REACH


#: How many lower-case describing words may stand between a possessive "'s"
#: and the thing it owns ("your late husband's car club membership").
POSSESSED_REACH: Final = 3
POSSESSIVE_MARKS: Final = frozenset({"'s", "\u2019s"})
#: Words that make a possessor one of the customer's people ("your late
#: husband's", "his mother's").
THEIR_PEOPLE: Final = frozenset({"your", "his", "her"})


def _their_person(doc: Doc, index: int, start: int) -> bool:
    """Whether the lower-case noun at ``index``, before a possessive "'s",
    is one of the customer's people: "your" (or "his", "her") stands at most
    two words before it ("your late husband's car club membership" is theirs;
    "our children's range" is not)."""
    for j in range(index, max(start, index - 2) - 1, -1):
        token = doc[j]
        if token.lower_ in THEIR_PEOPLE:
            return j < index
        if not token.is_alpha or not token.is_lower:
            return False
    return False


def _hyphened_from(doc: Doc, index: int, start: int) -> int:
    """Where the hyphened word ending at ``index`` begins ("no-claims",
    "multi-car"; no space around the hyphens), or ``index`` itself."""
    while (
        index - 2 >= start
        and doc[index - 1].text == "-"
        and not doc[index - 1].whitespace_
        and not doc[index - 2].whitespace_
        and doc[index - 2].is_alpha
    ):
        index -= 2
    return index


#: What the customer bought, named after a promotion: "your Black Friday order".
ORDER_WORDS: Final = frozenset(
    {"order", "orders", "purchase", "purchases", "parcel", "parcels", "delivery", "booking",
     "bookings", "item", "items", "return", "refund", "exchange", "ticket", "tickets"}
)  # fmt: skip


#: Verbs that stop something the customer has: "we will look at ending the
#: membership early", "we can cancel the club membership from that date".
ENDING_VERBS: Final = frozenset(
    {"end", "ends", "ended", "ending", "cancel", "cancels", "cancelled", "canceled",
     "cancelling", "canceling", "close", "closes", "closed", "closing", "stop", "stops",
     "stopped", "stopping", "terminate", "terminated", "terminating", "leave", "leaving",
     "quit", "quitting", "freeze", "freezing", "frozen", "pause", "paused", "pausing"}
)  # fmt: skip
#: How many words back from a sales word its stopping verb may sit ("cancel
#: the club membership").
ENDING_REACH: Final = 3


#: Words that make a sales word something the customer is owed or went
#: without: "the missing season rewards", "the lost loyalty points".
OWED: Final = frozenset({"missing", "lost", "owed", "outstanding", "unpaid", "unapplied"})


#: Nouns for people who work for us: a sales word just before one names the
#: team ("our membership team", "the sales desk"), not something on offer.
STAFF_NOUNS: Final = frozenset(
    {"team", "teams", "department", "desk", "office", "staff", "secretary", "manager",
     "managers", "officer", "officers", "coordinator", "administrator", "volunteers"}
)  # fmt: skip
#: Sales words that are also what a club calls itself: "the club", a whole
#: noun phrase, is us ("someone outside the club"; "the club shop" is not).
SELF_NAMES: Final = frozenset({"club"})


def _names_us(doc: Doc, index: int, start: int, end: int) -> bool:
    """Whether the sales word at ``index`` names us rather than an offer: a
    word of ``STAFF_NOUNS`` follows it ("an email account used by our
    membership team"), or it is a word of ``SELF_NAMES`` after "the" and
    before a stop word or punctuation ("accessed by someone outside the
    club between ...")."""
    if index + 1 < end and doc[index + 1].lower_ in STAFF_NOUNS:
        return True
    token = doc[index]
    return (
        token.lower_ in SELF_NAMES
        and index > start
        and doc[index - 1].lower_ == "the"
        and (index + 1 >= end or doc[index + 1].is_punct or doc[index + 1].is_stop)
    )


#: Words that put a sum on a unit: "free" beside one of them still prices an offer.
SUMS: Final = frozenset({"£", "$", "€", "%", "price", "prices", "off", "save", "saving", "savings"})
FREE_WORDS: Final = frozenset({"free"})
WE_WORDS: Final = frozenset({"our", "ours", "we", "us"})


def _free_from_others(doc: Doc, lower: Sequence[int], unit: Span) -> bool:
    """Whether the unit points the customer to something another body gives
    for free ("You might also find free, confidential help useful from
    StepChange on 0800 138 1111"): "free" with no sum, "from" before a
    capitalized name (not a day or month: "free delivery from Monday"), and
    no word of ours: nothing of ours is sold."""
    words = lower[unit.start : unit.end]
    if word_ids(FREE_WORDS).isdisjoint(words) or not word_ids(SUMS).isdisjoint(words):
        return False
    if not word_ids(WE_WORDS).isdisjoint(words):
        return False
    return any(
        doc[i].lower_ == "from"
        and _capitalized_inside(doc[i + 1])
        and doc[i + 1].lower_ not in WEEKDAYS
        and doc[i + 1].lower_ not in MONTHS
        for i in range(unit.start, unit.end - 1)
    )


#: Verbs that say what a thing is: "Installation is free", "Collection's free".
FREE_COPULAS: Final = frozenset({"is", "are", "'s", "be"})
#: Endings that make a noun of the customer's verb ("installation" of
#: "install", "collection" of "collect", "delivery" of "deliver", "removal"
#: of "remove", "postage" of "post"), longest first.
NOUN_ENDINGS: Final = ("ation", "ion", "ment", "age", "al", "y")


def _free_thing_they_asked(doc: Doc, index: int, asked: frozenset[str]) -> bool:
    """Whether the "free" at ``index`` is said of a thing the customer asked
    about in a question, in any form ("Installation is free" to "is there an
    installation charge?", "Collection is free" to "would you collect it?"):
    "<thing> is free" or "free <thing>", with no sum beside it. It answers
    what they asked it would cost, it sells nothing."""
    if doc[index].lower_ not in FREE_WORDS or not asked:
        return False
    if index + 1 < len(doc) and doc[index + 1].lower_ in SUMS:
        return False
    things = []
    if index >= 2 and doc[index - 1].lower_ in FREE_COPULAS:
        things.append(doc[index - 2])
    if index + 1 < len(doc):
        things.append(doc[index + 1])
    for thing in things:
        word = thing.lower_
        if not thing.is_alpha or thing.is_stop or len(word) < 4:
            continue
        if _stem(word) in asked:
            return True
        for ending in NOUN_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                if _stem(word[: -len(ending)]) in asked:
                    return True
                break
    return False


#: Words before "a great deal" that take the deal up: "we have a great deal
#: on blue-light lenses", "you'll get a good deal".
DEAL_TAKERS: Final = frozenset(
    {"get", "gets", "got", "getting", "have", "has", "had", "offer", "offers", "offering",
     "grab", "find", "bag", "snap", "is", "'s", "are", "was", "with"}
)  # fmt: skip
#: Words after "a great deal" that make it a measure: "helps a great deal.",
#: "a good deal more comfortable", "a great deal of damp".
DEGREE_AFTER: Final = frozenset(
    {"of", "more", "less", "better", "easier", "quicker", "faster", "and"}
)


def _deal_as_degree(doc: Doc, index: int) -> bool:
    """Whether the "deal" at ``index`` is the "a great/good deal" of degree
    ("Opening the windows each morning will help a great deal", "a good deal
    drier"): how much a tip helps, not an offer. After a verb that takes a
    deal up, or before "on"/"for" ("We also have a great deal on blue-light
    lenses"), it is still one."""
    if doc[index].lower_ != "deal" or index < 3:
        return False
    if doc[index - 1].lower_ not in {"great", "good"} or doc[index - 2].lower_ != "a":
        return False
    if doc[index - 3].lower_ in DEAL_TAKERS or not doc[index - 3].is_alpha:
        return False
    if index + 1 >= len(doc):
        return True
    after = doc[index + 1]
    return after.is_punct or after.lower_ in DEGREE_AFTER


#: Words before "deal with" that make "deal" a noun ("a deal with our partner
#: gyms", "an exclusive deal with Vodafone"): still a deal on offer.
DEAL_NOUN_BEFORE: Final = frozenset(
    {"a", "an", "the", "this", "that", "our", "great", "good", "special", "exclusive",
     "new", "best", "better", "big", "any", "partnership", "bundle"}
)  # fmt: skip


def _deal_as_verb(doc: Doc, index: int) -> bool:
    """Whether the "deal" at ``index`` is the verb of "deal with" ("it's our
    pilot who has to deal with the consequences", "we'll deal with the
    courier"): handling something, not a deal on offer. After a determiner
    or an adjective ("a deal with our partner gyms") it is still the noun."""
    if doc[index].lower_ != "deal" or index + 1 >= len(doc):
        return False
    if doc[index + 1].lower_ != "with":
        return False
    return index == 0 or doc[index - 1].lower_ not in DEAL_NOUN_BEFORE


#: After a percentage, words that make it money ("20% off", "10% cheaper",
#: "4.5% interest"): still a price or a saving.
PERCENT_MONEY_AFTER: Final = frozenset(
    {"off", "discount", "discounts", "cheaper", "less", "lower", "saving", "savings",
     "cashback", "back", "interest", "apr", "aer", "reduction", "more", "extra", "bonus",
     "rebate"}
)  # fmt: skip
#: Before a percentage (within ``PERCENT_REACH`` tokens), words that make it money
#: ("save 15%", "get 20%", "prices by 10%", "a discount of 5%").
PERCENT_MONEY_BEFORE: Final = frozenset(
    {"save", "saving", "savings", "discount", "discounts", "off", "price", "prices", "cost",
     "costs", "fee", "fees", "bill", "bills", "rate", "rates", "interest", "cheaper", "pay",
     "earn", "get", "gets", "enjoy", "extra", "cashback", "knock", "take", "reduced", "cut",
     "premium", "premiums", "tariff", "subscription", "membership", "plan", "code"}
)  # fmt: skip
#: After a percentage, what it measures ("under 20% moisture", "charged to 80%
#: capacity", "90% of stains"): a reading or a result, not a price.
PERCENT_MEASURES: Final = frozenset(
    {"moisture", "humidity", "charge", "battery", "capacity", "efficiency", "efficient",
     "accuracy", "accurate", "alcohol", "abv", "cotton", "wool", "polyester", "recycled",
     "brightness", "volume", "full", "of", "success", "chance", "likely", "rather"}
)  # fmt: skip
PERCENT_REACH: Final = 5
#: Before a percentage, words that make it a line a reading is held to ("our
#: limit is 5%", "our target is 96%", "a threshold of 10%"): the bar the
#: customer's own figure is measured against, not a saving on offer.
PERCENT_LIMITS: Final = frozenset(
    {"limit", "limits", "threshold", "thresholds", "target", "targets", "maximum", "minimum",
     "tolerance"}
)  # fmt: skip


#: What after "N%" makes it a cut, a rate or a reward ("20% off", "5% cashback",
#: "0% interest", "30% less", "10% of your spend back"); another word after it
#: is what the percentage measures ("under 20% moisture", "at 80% charge").
PERCENT_OFFERS: Final = frozenset(
    {"off", "discount", "discounts", "discounted", "cashback", "back", "saving", "savings",
     "interest", "less", "cheaper", "more", "extra", "bonus", "apr", "aer", "rate", "rates",
     "of", "on", "for", "reduction", "lower", "return", "returns", "commission", "fee",
     "fees", "deposit", "with", "when", "if", "and", "or", "until", "this", "every", "all",
     "your", "the", "a", "an", "in", "at", "to", "from", "across"}
)  # fmt: skip


def _measured_percentage(doc: Doc, index: int) -> bool:
    """Whether the "%" at ``index`` measures a result or a reading rather than a
    price ("even our best treatment lightens it by about 70-80% rather than
    removing it", "burn only wood under 20% moisture", "at 80% charge", "our
    limit is 5%" after "a bounce rate of 9.4%"): what a
    thing does or holds, told to set the customer's expectations, not a saving
    on offer. A money word next to it ("20% off", "save 15%", "cut your bill by
    10%") or a word of a cut, rate or reward after it (``PERCENT_OFFERS``: "0%
    interest", "10% of your spend back") keeps it a price."""
    if doc[index].text != "%":
        return False
    after = doc[index + 1].lower_ if index + 1 < len(doc) else ""
    if after in PERCENT_MONEY_AFTER:
        return False
    before = [t.lower_ for t in doc[max(0, index - PERCENT_REACH) : index]]
    if PERCENT_MONEY_BEFORE.intersection(before):
        return False
    if after in PERCENT_MEASURES or PERCENT_LIMITS.intersection(before):
        return True
    if index + 1 < len(doc) and doc[index + 1].is_alpha and after not in PERCENT_OFFERS:
        return True
    # "lightens it by about 70-80%": a change measured on a thing, after "by"
    reach = range(index - 1, index - len(before) - 1, -1)
    by = next((k for k in reach if doc[k].lower_ == "by"), 0)
    return by > 0 and doc[by - 1].lower_ not in PERCENT_MONEY_BEFORE


def _duty_on_us(doc: Doc, index: int) -> bool:
    """Whether the "on us" at ``index`` says a job is ours to do ("that's on us
    to check", "it's on us to fix"): a duty the agent owns, not a treat
    given free ("your first class is on us")."""
    if doc[index].lower_ != "on" or index + 2 >= len(doc):
        return False
    return doc[index + 1].lower_ == "us" and doc[index + 2].lower_ == "to"


def _their_peace_of_mind(doc: Doc, index: int) -> bool:
    """Whether the "peace of mind" at ``index`` is the customer's own, from a
    step they take ("check one fully first, just for your own peace of
    mind"): a tip, not a product of ours sold as reassurance ("For extra
    peace of mind, our Guardian subscription ...")."""
    if doc[index].lower_ != "peace" or index < 1:
        return False
    before = doc[index - 1].lower_
    if before == "own" and index >= 2:
        before = doc[index - 2].lower_
    return before == "your"


#: Words before "clearance" that make it the clearing of a place or goods
#: through customs, a job we do ("the house clearance", "customs clearance").
CLEARED: Final = frozenset(
    {"the", "house", "customs", "site", "loft", "garage", "property", "flat"}
)
#: Words after "clearance" that make it a sale ("clearance sale", "our winter
#: clearance event", "clearance items").
CLEARANCE_SALES: Final = frozenset(
    {"sale", "sales", "event", "events", "items", "item", "section", "lines", "line", "stock",
     "offers", "offer", "prices", "price", "deals", "deal", "rack", "range", "bargains", "shop"}
)  # fmt: skip


def _clearance_as_job(doc: Doc, index: int) -> bool:
    """Whether the "clearance" at ``index`` is a place cleared or goods
    cleared through customs ("put anything aside during the clearance",
    "customs clearance in Kenya"), not a clearance sale: after "the" or what
    is cleared, before no word of a sale ("the clearance sale" still sells)."""
    if doc[index].lower_ != "clearance" or index < 1:
        return False
    if doc[index - 1].lower_ not in CLEARED:
        return False
    return index + 1 >= len(doc) or doc[index + 1].lower_ not in CLEARANCE_SALES


def _owed_to_them(doc: Doc, index: int, start: int) -> bool:
    """Whether the sales word at ``index`` is something the customer is owed
    or has gone without, a word of ``OWED`` at most ``ENDING_REACH`` words
    before it with no punctuation between ("Your ticket about the missing
    season rewards is with our live ops team"): their complaint, not a sale."""
    return _shortly_before(doc, index, start, OWED)


def _being_stopped(doc: Doc, index: int, start: int) -> bool:
    """Whether the sales word at ``index`` is the thing being stopped, a verb
    of ``ENDING_VERBS`` at most ``ENDING_REACH`` words before it with no
    punctuation between ("ending the membership", "cancel the club
    membership"): ending something sells nothing."""
    return _shortly_before(doc, index, start, ENDING_VERBS)


def _shortly_before(doc: Doc, index: int, start: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` stands at most ``ENDING_REACH`` words before
    ``doc[index]`` (not before ``start``), with no punctuation between."""
    for j in range(index - 1, max(start, index - ENDING_REACH) - 1, -1):
        token = doc[j]
        if token.is_punct:
            return False
        if token.lower_ in words:
            return True
    return False


#: What "-free" may be free of and still be a saving ("fee-free", "interest-free",
#: "ad-free"); free of anything else it describes the thing ("step-free access",
#: "gluten-free", "hands-free").
MONEY_FREE: Final = frozenset(
    {"fee", "fees", "interest", "commission", "charge", "charges", "cost", "tax", "duty",
     "rent", "price", "delivery", "postage", "shipping", "subscription", "ad", "ads", "advert"}
)  # fmt: skip


#: "free" opening a compound describes the thing ("free-range eggs", a
#: "free-standing" bath), unless what follows makes it about money or play
#: ("free-of-charge", "free-to-play").
FREE_FIRST_MONEY: Final = frozenset({"of", "to", "for", "trial", "delivery", "shipping", "gift"})


def _free_of_something(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` is the "free" of a compound such as
    "step-free", "gluten-free" (see ``MONEY_FREE``) or "free-range" (see
    ``FREE_FIRST_MONEY``): not a saving on offer."""
    if doc[index].lower_ != "free":
        return False
    if index + 2 < len(doc) and doc[index + 1].text == "-" and doc[index + 2].is_alpha:
        return doc[index + 2].lower_ not in FREE_FIRST_MONEY  # "free-range", "free-standing"
    if index < 2 or doc[index - 1].text != "-":
        return False
    return doc[index - 2].lower_ not in MONEY_FREE


#: What "to free" acts on when it is the verb that releases a thing: "on site
#: at 2pm to free the door", "to free it up".
FREED_OBJECTS: Final = frozenset(
    {"the", "a", "an", "your", "this", "that", "these", "those", "our", "it", "them", "up"}
)  # fmt: skip


def _free_as_verb(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` is "free" the verb after "to", releasing
    a thing ("to free the jammed door", "to free it up"): no saving on offer.
    "Sign up to free delivery" goes on to no object and still sells."""
    if doc[index].lower_ != "free" or index < 1 or index + 1 >= len(doc):
        return False
    return doc[index - 1].lower_ == "to" and doc[index + 1].lower_ in FREED_OBJECTS


#: "save" that stores a thing rather than money: "you can save any clip to
#: your phone", "save the file to your desktop", "save it as a PDF".
SAVE_WORDS: Final = frozenset({"save", "saves", "saving", "saved"})
SAVE_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "any", "your", "this", "that", "these", "those", "each", "every",
     "all", "our", "my", "both"}
)  # fmt: skip
STORED_THINGS: Final = frozenset(
    {"it", "them", "file", "files", "clip", "clips", "photo", "photos", "video", "videos",
     "document", "documents", "image", "images", "picture", "pictures", "changes", "change",
     "work", "settings", "setting", "progress", "draft", "drafts", "copy", "copies", "receipt",
     "receipts", "email", "emails", "attachment", "attachments", "link", "page", "pdf",
     "recording", "recordings", "details", "password", "form", "report", "reports", "invoice",
     "invoices", "statement", "statements", "ticket", "tickets", "message", "messages",
     # settings kept for reuse: "save a named scope set", "save the filter as a view"
     "set", "sets", "template", "templates", "preset", "presets", "view", "views", "filter",
     "filters", "search", "searches", "list", "lists", "layout", "layouts", "profile",
     "profiles", "snapshot", "snapshots", "backup", "backups", "note", "notes", "query",
     "queries", "config", "configuration", "bookmark", "bookmarks", "playlist", "playlists",
     "script", "scripts", "token", "tokens", "key", "keys", "address", "addresses", "card",
     "cards"}
)  # fmt: skip
#: How many lower-case describing words may stand between "save a" and the
#: stored thing ("save a named scope set", "save your custom report").
SAVE_REACH: Final = 2


def _saves_a_thing(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` is a "save" that stores something ("save
    any clip to your phone", "save it", "save a named scope set", with up to
    ``SAVE_REACH`` describing words before the thing), not a saving on offer."""
    if doc[index].lower_ not in SAVE_WORDS:
        return False
    at = index + 1
    if at < len(doc) and doc[at].lower_ in SAVE_DETERMINERS:
        at += 1
    for _ in range(SAVE_REACH + 1):
        if at >= len(doc):
            return False
        token = doc[at]
        if token.lower_ in STORED_THINGS:
            return True
        if not (token.is_alpha and token.is_lower) or token.is_stop:
            return False
        at += 1
    return False


#: Words of a repair: stock of the customer's own thing that makes one possible
#: is the fix ("The charging port is in stock, so the repair takes 30 minutes").
REPAIR_WORDS: Final = frozenset(
    {"repair", "repairs", "repaired", "fit", "fitted", "fitting", "replace", "replaced",
     "swap", "swapped", "fix", "fixed", "mend", "mended", "install", "installed"}
)  # fmt: skip
#: A repair done, in the past: said by the agent or of the people who did the
#: work, the unit reports work on the customer's thing ("The new wiper blades
#: we fitted are covered by the warranty"), so what is new in it is a part.
DONE_REPAIRS: Final = frozenset(
    {"fitted", "replaced", "installed", "repaired", "swapped", "mended", "serviced",
     "refitted", "rewired", "unblocked", "reinstalled"}
)  # fmt: skip
WORKERS: Final = frozenset({"we", "i", "they", "he", "she"})
#: After a cue, a stand-in for the customer's own thing, not a product: "the
#: new one is covered by our parts warranty", "we'll send new ones".
ONES: Final = frozenset({"one", "ones"})
#: Words that may stand between the worker and the repair ("we've just fitted").
WORK_FILLERS: Final = frozenset({"'ve", "have", "has", "had", "just", "already", "also", "then"})


def _before_people(doc: Doc, lower: list[int], end: int, people: frozenset[int]) -> bool:
    """Whether a cue ending at ``end`` is said of people of ours: one of
    ``people`` follows it, directly or after one more word of a compound
    ("our clients", "our broadband engineers", "our delivery drivers")."""
    for i in (end, end + 1):
        if i >= len(doc) or (i > end and not doc[i - 1].is_alpha):
            return False
        if lower[i] in people:
            return True
    return False


#: What a new thing of ours may be that serves existing customers rather than
#: being sold to them: "our new booking system sends a text the day before",
#: "the new billing portal", "our new phone number".
SERVICE_THINGS: Final = frozenset(
    {"system", "systems", "process", "portal", "procedure", "rota", "timetable", "login",
     "checkout", "layout", "address", "number", "hours", "times", "policy", "terms", "form",
     "forms", "website", "site", "page", "pages", "email", "emails", "statement",
     "statements", "password", "format", "rules", "arrangements"}
)  # fmt: skip
#: How many words after a novelty cue its thing may be named in.
SERVICE_REACH: Final = 3


def _service_news(doc: Doc, end: int) -> bool:
    """Whether a novelty cue ending at ``end`` is news of how we serve
    customers (see ``SERVICE_THINGS``): the thing it makes new is named within
    ``SERVICE_REACH`` words, before any punctuation ("Our new booking system
    sends a text"), not a product ("our new booking app has a sale on")."""
    for i in range(end, min(len(doc), end + SERVICE_REACH)):
        token = doc[i]
        if not token.is_alpha:
            return False
        # the text, not ``word_ids``: "number" is one of spaCy's symbols, whose
        # id is not its string hash
        if token.lower_ in SERVICE_THINGS:
            return True
    return False


def _reports_work(words: list[int], people: frozenset[int]) -> bool:
    """Whether the word ids report a repair done (see ``DONE_REPAIRS``) by the
    agent or by people of ``people`` ("our plumber fitted", "we've replaced"):
    a work report, not an offer."""
    done, workers, fillers = word_ids(DONE_REPAIRS), word_ids(WORKERS), word_ids(WORK_FILLERS)
    for i, w in enumerate(words):
        if w not in done:
            continue
        j = i - 1
        while j >= 0 and words[j] in fillers:
            j -= 1
        if j >= 0 and (words[j] in workers or words[j] in people):
            return True
    return False


#: Stock called a replacement, in a sentence about the customer's own things
#: ("your prescription", "your address"), stands in for theirs: "We have
#: replacement lenses to your prescription in stock". (Bare "Replacement
#: blades are in stock" offers them for sale.)
REPLACEMENT: Final = frozenset({"replacement", "replacements"})


#: What stands in for the customer's own thing when stock of it is the fix:
#: "a replacement", "the right one", "healthy ones".
STAND_INS: Final = REPLACEMENT | frozenset({"one", "ones"})
#: Words of putting things right for the customer, beyond a repair: a refund
#: or an exchange ("a full refund or a replacement; we have healthy ones in
#: stock"). Not "replacement" itself: "Replacement filters are in stock" sells.
MAKING_GOOD: Final = REPAIR_WORDS | frozenset({"refund", "refunded", "exchange", "exchanged"})


#: Words between "your" and a thing that make it one they liked, not one they
#: have: "your favourite jacket is back in stock" sells it again.
LIKED: Final = frozenset(
    {"favourite", "favorite", "favourites", "favorites", "usual", "preferred", "go-to",
     "beloved", "wishlist", "wishlisted", "saved", "basket", "dream", "next", "old", "last"}
)  # fmt: skip
#: Words that may stand between "is"/"are" and the stock talk ("are all in stock").
STOCK_ADVERBS: Final = frozenset(
    {"now", "all", "both", "also", "still", "currently", "already", "definitely", "each"}
)  # fmt: skip
BEING: Final = frozenset({"is", "are", "'s", "'re"})
#: How many words may name the customer's thing after "your" ("your dining chairs").
THEIRS_REACH: Final = 3


def _their_thing_in_stock(doc: Doc, start: int, first: int) -> bool:
    """Whether the stock talk at token ``first`` is said of the customer's own
    thing: the unit from ``start`` reads "your <thing> is/are [all] <trigger>"
    ("Your chairs are in stock and we can deliver them next week", "your
    Fenwick rug is in stock"), a part of their order, not something put to
    them. A thing they liked ("your favourite jacket", see ``LIKED``) is sold
    to them again."""
    table = TokenTable.of(doc)
    lower, space = table.lower, table.space
    words = [i for i in range(start, first) if not space[i]]
    your = word_ids(YOUR)
    at = next((n for n, i in enumerate(words) if lower[i] in your), None)
    if at is None:
        return False
    rest = words[at + 1 :]
    while rest and lower[rest[-1]] in word_ids(STOCK_ADVERBS):
        rest.pop()
    if not rest or lower[rest[-1]] not in word_ids(BEING):
        return False
    thing = rest[:-1]
    liked = word_ids(LIKED)
    return 0 < len(thing) <= THEIRS_REACH and all(
        doc[i].is_alpha and not doc[i].is_stop and lower[i] not in liked for i in thing
    )


def _stock_of_the_fix(doc: Doc, before: list[int], start: int, sentence_end: int) -> bool:
    """Whether stock talk is about the thing that puts the customer's problem
    right: what the stock is said of is a stand-in for their own thing (see
    ``STAND_INS``) and its sentence repairs, swaps, replaces or refunds ("We
    have a replacement in stock, so if you bring the bike in we'll fit it",
    "we'll swap it for the right one, which is in stock", "a full refund or a
    replacement; we have healthy ones in stock"). More of something on sale
    ("Replacement blades are in stock", "The navy one is back in stock if you
    fancy it") has no such sentence. ``before`` holds the unit's word ids up
    to its first trigger; ``start`` is the unit's first token."""
    if word_ids(STAND_INS).isdisjoint(before):
        return False
    sentences = _sentences(doc)
    first, _ = sentences.bounds(bisect_right(_sentence_starts(doc), start) - 1)
    sentence = TokenTable.of(doc).lower[first:sentence_end]
    return not word_ids(MAKING_GOOD).isdisjoint(sentence)


#: What makes stock talk sell more rather than fix: something newer or on top
#: ("the new Z50 is in stock", "in stock as well", "back in stock too"), a
#: deal or a deadline ("30% off", "while stocks last"). "new" after "a"/"an"
#: is a new part for their thing ("a complete new rear wheel"), not a model.
MORE_TO_SELL: Final = frozenset(
    {"new", "newest", "latest", "also", "too", "back", "restocked", "restock", "just",
     "matching", "spare", "fancy", "favourite", "favourites", "favorite", "range", "sale",
     "offer", "offers", "off", "%", "grab", "hurry", "snap", "fast", "quickly", "last",
     "gone", "treat", "upgrade", "deal", "deals", "limited", "popular", "selling", "demand",
     "exclusive", "trade", "collection"}
)  # fmt: skip
#: What says the stocked thing puts the customer's own job right, in its
#: sentence or the one before it in the paragraph: a repair, fitting, swap or
#: replacement, the warranty it comes under, the wait it spares them, or the
#: job it is for ("Parts for the top link are in stock at the yard, so it
#: should be a one-visit job"), or the wrong thing sent put right ("the yarn
#: arrived in the wrong colour. The correct skeins are in stock").
JOB_WORDS: Final = (
    REPAIR_WORDS
    | REPLACEMENT
    | frozenset(
        {"refund", "refunded", "exchange", "warranty", "guarantee", "guaranteed", "wait",
         "waiting", "delay", "job", "wrong", "correct"}
    )
)  # fmt: skip
ARTICLES: Final = frozenset({"a", "an"})
#: What is sent back before "back" ("send them back"): a return, not "back in stock".
RETURNED_THINGS: Final = frozenset({"them", "it", "these", "those"})


def _sells_more(doc: Doc, first: int, stop: int) -> bool:
    """Whether ``doc[first:stop]`` holds a word of ``MORE_TO_SELL`` ("as well"
    for "well"; "range" not after a hyphen: "free-range eggs"; "new" not
    right after "a"/"an" or one word on; "back" not
    right after a thing sent back: "send them back", "post it back", unless
    "in"/"on" follows: "we've got them back in stock")."""
    lower = TokenTable.of(doc).lower
    more, articles = word_ids(MORE_TO_SELL), word_ids(ARTICLES)
    new, well = word_ids(frozenset({"new"})), word_ids(frozenset({"well"}))
    as_ = word_ids(frozenset({"as"}))
    back, returned = word_ids(frozenset({"back"})), word_ids(RETURNED_THINGS)
    in_on = word_ids(frozenset({"in", "on"}))
    range_ = word_id("range")
    for i in range(first, stop):
        word = lower[i]
        if (
            word in back
            and i > first
            and lower[i - 1] in returned
            and (i + 1 >= stop or lower[i + 1] not in in_on)
        ):
            continue  # "send them back", not "we've got them back in stock"
        if word in new:
            if any(j >= first and lower[j] in articles for j in (i - 1, i - 2)):
                continue
            return True
        if word in well and i > first and lower[i - 1] in as_:
            return True
        if word == range_ and i > first and doc[i - 1].text == "-":
            continue  # "free-range eggs", "mid-range": no range of ours
        if word in more:
            return True
    return False


def _stock_for_the_job(doc: Doc, unit: Span, hits: list[tuple[int, int]]) -> bool:
    """Whether the unit's only triggers are plain stock ("in stock") of a thing
    that remedies the customer's own job: its sentence sells nothing more (see
    ``MORE_TO_SELL``) and it, or the sentence before it in the paragraph, fits,
    swaps, replaces or refunds, or names the warranty or the wait ("A complete
    new rear wheel, which we have in stock: £110 fitted", "both are in stock in
    the van, so Dean can fit either one on the same visit", "Replace the motor
    brushes: £28. We have the brushes for your model in stock", "That fabric is
    in stock at our supplier, so there won't be any wait for it"). Works
    without the customer's message: the draft's own remedy says whose job it is.
    "We fixed the chain, and our new winter chains are in stock" sells more, and
    "Replacement blades are in stock." alone names what is stocked, no fix."""
    if not hits or not all("stock" in doc[s:e].text.lower() for s, e in hits):
        return False
    sentences = _sentences(doc)
    index = bisect_right(_sentence_starts(doc), unit.start) - 1
    first, stop = sentences.bounds(index)
    if _sells_more(doc, first, stop):
        return False
    lower = TokenTable.of(doc).lower
    job = word_ids(JOB_WORDS)
    # in its own sentence "replacement" only names what is stocked
    # ("Replacement blades are in stock." sells); the sentence before may offer it
    own = word_ids(JOB_WORDS - REPLACEMENT)
    outside = [i for i in range(first, stop) if not any(s <= i < e for s, e in hits)]
    if any(lower[i] in own for i in outside) or _for_their_need(lower[first:stop]):
        return True
    if _another_version_of_theirs(doc, first, stop):
        return True
    if _of_their_order(doc, index):
        return True
    if index == 0:
        return False
    before, end = sentences.bounds(index - 1)
    if _paragraph_break_between(doc, end - 1, first):
        return False
    return any(lower[i] in job for i in range(before, end)) or _for_their_need(lower[before:end])


#: Words before the customer's own thing when stock of another version of it
#: is the way round its being unavailable: "the hardback edition of the same
#: book", "the olive version of the same shirt".
OF_THE_SAME: Final = ("of", "the", "same")


def _another_version_of_theirs(doc: Doc, first: int, stop: int) -> bool:
    """Whether ``doc[first:stop]`` names another version "of the same" thing
    (``OF_THE_SAME`` and a word of the thing): the customer's own book, shirt
    or album in another edition, colour or size, offered when theirs cannot
    come ("Their reprint won't arrive before Sunday. ... We have the hardback
    edition of the same book in stock"). ``_stock_for_the_job`` has ruled
    out a sentence that sells more ("new", "back", "sale", "% off")."""
    lower = TokenTable.of(doc).lower
    of_the_same = phrase_ids(" ".join(OF_THE_SAME))
    width = len(of_the_same)
    return any(
        tuple(lower[i : i + width]) == of_the_same
        and doc[i + width].is_alpha
        and not doc[i + width].is_stop
        for i in range(first, stop - width)
    )


#: What the customer bought, after "your" ("your order", "in your basket",
#: "your prescription"): stock talk in a paragraph that names it is about
#: filling it.
THEIR_ORDER: Final = frozenset(
    {"order", "orders", "purchase", "purchases", "parcel", "basket", "trolley", "cart",
     "prescription", "prescriptions"}
)  # fmt: skip
#: ``OTHER_THINGS`` but "new", which ``_sells_more`` reads ("a new order" is theirs).
NOT_THEIRS: Final = frozenset({"our", "other", "also", "too", "matching"})


def _of_their_order(doc: Doc, index: int) -> bool:
    """Whether the plain stock talk of sentence ``index`` is said of what the
    customer already ordered: its paragraph names their order, up to and in
    this sentence ("Your order was for the Alpine tent and two mats. The tent
    is still in stock, so a new order placed today should go out tomorrow",
    "A couple of items in your basket are showing low stock", "The charger on
    your order is the 90W one ... We have it in stock at the same price"), and
    the sentence names nothing of ours beside it (``OTHER_THINGS``: "Your order
    has shipped. Our garden chairs are in stock" sells). Whether their order
    can be filled is news of the order, not a sale; ``_stock_for_the_job``
    has ruled out a sentence that sells more."""
    sentences = _sentences(doc)
    first, stop = sentences.bounds(index)
    lower = TokenTable.of(doc).lower
    if not word_ids(NOT_THEIRS).isdisjoint(lower[first:stop]):
        return False
    your, orders = word_ids(YOUR), word_ids(THEIR_ORDER)
    k = index
    while True:
        start, end = sentences.bounds(k)
        words = [i for i in range(start, end) if doc[i].is_alpha]
        for n, i in enumerate(words):
            if lower[i] in your and any(
                lower[j] in orders for j in words[n + 1 : n + 2 + YOUR_REACH]
            ):
                return True
        if k == 0:
            return False
        _, before_end = sentences.bounds(k - 1)
        if _paragraph_break_between(doc, before_end - 1, start):
            return False
        k -= 1


#: A condition that names the customer's own job or lack: "if you need to
#: secure the gap tonight", "if you don't have one".
NEED_CONDITIONS: Final = (
    ("if", "you", "need", "to"), ("if", "you", "do", "n't", "have"),
    ("if", "you", "have", "n't", "got"), ("if", "you", "do", "not", "have"),
)  # fmt: skip


def _for_their_need(words: Sequence[int]) -> bool:
    """Whether the word ids hold a condition on the customer's own job or lack
    (see ``NEED_CONDITIONS``): stock put to that need is the remedy, not a sale
    ("if you need to secure the gap tonight, ... We have a starter kit in stock
    at £42 if you don't have one")."""
    conditions = _need_conditions()
    first = word_id("if")
    return any(
        tuple(words[i : i + len(c)]) == c
        for i, w in enumerate(words)
        if w == first
        for c in conditions
    )


@lru_cache(maxsize=1)
def _need_conditions() -> tuple[tuple[int, ...], ...]:
    """``NEED_CONDITIONS`` as tuples of lower-cased word ids."""
    return tuple(tuple(word_id(w) for w in c) for c in NEED_CONDITIONS)


#: Words of sending the thing out: "the mower is in stock and can go out tomorrow".
SENDING: Final = frozenset(
    {"go", "goes", "dispatch", "dispatched", "ship", "ships", "shipped", "deliver",
     "delivered", "post", "posted", "send", "sent", "collect", "collected", "collection"}
)  # fmt: skip
#: What makes the stock talk about something else of ours, not their thing.
OTHER_THINGS: Final = frozenset({"our", "new", "other", "also", "too", "matching"})
#: What offers more of it after the sending: "if you fancy another".
MORE_OF_IT: Final = frozenset({"another", "fancy", "more", "also", "too", "spare"})


def _sent_on_its_way(before: list[int], after: list[int]) -> bool:
    """Whether stock talk said of "the" thing the customer wrote about goes
    on to send it to them ("I've matched the price; the mower is in stock and
    can go out tomorrow"): their purchase being fulfilled. "Our winter boots
    are in stock and ship free" is about something of ours (see ``OTHER_THINGS``).
    ``before`` and ``after`` are the word ids before and after the trigger."""
    if word_ids(THE).isdisjoint(before) or not word_ids(OTHER_THINGS).isdisjoint(before):
        return False
    if not word_ids(MORE_OF_IT).isdisjoint(after):
        return False  # "... and ship the next day, if you fancy another"
    return not word_ids(SENDING).isdisjoint(after)


#: Words before a participle that make it describe the thing on offer ("a
#: fixed fee", "our reserved seating"), not say what was done for the customer.
DESCRIBING: Final = frozenset({"a", "an", "our"})


#: Verbs of saving before "your <bill>": what an offer would cut, not the
#: customer's own bill being dealt with ("could cut your bill by £90 a year").
SAVING: Final = frozenset(
    {"cut", "cuts", "lower", "lowers", "reduce", "reduces", "slash", "halve", "trim"}
)  # fmt: skip


#: "charge" of a battery, not a fee: what the offered charger does ("our new
#: travel charger, which can charge both at once").
CHARGE: Final = frozenset({"charge", "charges", "charging"})
CHARGED_DEVICES: Final = frozenset(
    {"both", "it", "them", "up", "fully", "faster", "quickly", "wirelessly", "devices",
     "phones", "laptops", "two", "three"}
)  # fmt: skip


def _describes_offer(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is one word that belongs to the offer rather
    than excusing it as ``not_pitch``: a participle describing a noun after
    "a", "an" or "our" ("We also offer will writing at a fixed fee of £150"
    fixes nothing), or what the offer would save on ("Switching to our Fix
    tariff could cut your bill by £90 a year"), or "charge" of a battery
    ("a charger which can charge both at once": see ``CHARGED_DEVICES``)."""
    if end - start != 1 or start == 0:
        return False
    if doc[start].lower_.endswith("ed") and doc[start - 1].lower_ in DESCRIBING:
        return True
    if doc[start].lower_ in CHARGE and end < len(doc) and doc[end].lower_ in CHARGED_DEVICES:
        return True
    return start >= 2 and doc[start - 1].lower_ == "your" and doc[start - 2].lower_ in SAVING


#: What a thank-you is for when it rewards buying, not amends for trouble:
#: "As a thank you for shopping with us, here's 20% off your next order" sells
#: the next order; "As a thank you for your patience" makes up for ours.
THANKED_BUYING: Final = frozenset(
    {"shopping", "buying", "ordering", "choosing", "staying", "banking", "flying", "dining",
     "renewing", "subscribing", "joining", "booking"}
)  # fmt: skip
#: After "for being": being a customer of ours ("for being with us for five years").
THANKED_BEING: Final = frozenset({"with", "a", "an", "one", "part", "loyal", "our"})
#: After "for your": their custom ("for your loyalty", "for your order").
THANKED_CUSTOM: Final = frozenset(
    {"custom", "loyalty", "order", "orders", "purchase", "purchases", "business", "continued"}
)  # fmt: skip
THANKS: Final = frozenset({"thank", "thanks", "thank-you", "you"})


def _thanks_for_buying(doc: Doc, start: int, end: int) -> bool:
    """Whether the ``not_pitch`` match ``doc[start:end]`` is a thank-you
    ("as a thank you", "thank-you") for buying from us (see
    ``THANKED_BUYING``): a reward for custom sells the next purchase, so it
    does not excuse the offer it comes with the way amends for trouble do."""
    if doc[end - 1].lower_ not in THANKS or end + 1 >= len(doc) or doc[end].lower_ != "for":
        return False
    first = doc[end + 1].lower_
    second = doc[end + 2].lower_ if end + 2 < len(doc) else ""
    return (
        first in THANKED_BUYING
        or (first == "being" and second in THANKED_BEING)
        or (first == "your" and second in THANKED_CUSTOM)
    )


#: Stems of verbs the customer may write for the stem of a sales word's noun
#: (see ``_stem``): "can you help with selling his house?" makes "estate
#: sales" their sale, not ours.
DERIVED: Final = {"sell": "sal", "sold": "sal"}


def _thanked_for(doc: Doc, index: int, start: int) -> bool:
    """Whether the sales word at ``index`` is what the customer is thanked for
    doing, right after "thank you for" / "thanks for" in its unit ("Thank you
    for saving with us over the years"): thanks for past custom, not an offer.
    A trigger that opens there ("Thanks for upgrading to the Business plan")
    thanks the customer for a step they took, so ``trigger_spans`` drops it;
    "Thanks for considering upgrading to ..." keeps it."""
    return (
        index - 2 >= start
        and doc[index - 1].lower_ == "for"
        and doc[index - 2].lower_ in THANKS
        and doc[index].lower_.endswith("ing")
    )


#: The customer's own step toward something of ours, after "thank you for your".
THANKED_STEPS: Final = frozenset({"application", "request", "enquiry", "inquiry"})
#: How far back from a sales word "thank you for your application" may start.
THANKED_STEP_REACH: Final = 8


def _thanked_step(doc: Doc, index: int, start: int) -> bool:
    """Whether the sales word at ``index`` is in what the customer is thanked
    for asking to do, "thank you for your application to join our wine club":
    their own step toward it, with no punctuation between, not an offer; the
    same words after a comma or a semicolon ("Thanks for your enquiry; our
    club has exclusive deals") are on their own."""
    for k in range(index - 1, max(start, index - THANKED_STEP_REACH) - 1, -1):
        token = doc[k]
        if token.is_punct:
            return False
        if (
            token.lower_ in THANKED_STEPS
            and k - 3 >= start
            and doc[k - 1].lower_ == "your"
            and doc[k - 2].lower_ == "for"
            and doc[k - 3].lower_ in THANKS
        ):
            return True
    return False


SEASONS: Final = frozenset({"spring", "summer", "autumn", "winter", "christmas", "easter"})
#: Words before a season that make it a time ("in the summer holidays",
#: "over Christmas", "until spring", "most of next spring"), not something new
#: on offer.
TIME_WORDS: Final = frozenset(
    {"in", "over", "during", "until", "till", "through", "throughout", "since", "by", "after",
     "for", "next", "last"}
)  # fmt: skip


def _season_as_time(lower: list[int], index: int) -> bool:
    """Whether the word at ``index`` (of a Doc whose lower-case word ids are
    ``lower``) is a season told as a time: after a preposition of time,
    directly or with "the" between ("free on any open day in the summer
    holidays", "closed over Christmas")."""
    if index == 0 or lower[index] not in word_ids(SEASONS):
        return False
    before = lower[index - 1]
    if before in word_ids(THE) and index >= 2:
        before = lower[index - 2]
    return before in word_ids(TIME_WORDS)


THE: Final = frozenset({"the"})


#: "opening" before one of these opens a thing ("opening the bottom cover",
#: "opening a window", "opening it up"): an act, not a launch of ours.
OPENED_THINGS: Final = frozenset(
    {"the", "a", "an", "your", "its", "it", "their", "them", "this", "that", "these",
     "those", "up", "my", "his", "her"}
)  # fmt: skip
#: What makes the thing opened a place of ours opening ("opening a new store",
#: "opening a second branch"): news after all.
OPENED_NEWS: Final = frozenset({"new", "second", "third", "another", "flagship", "pop-up"})
#: A form of "be" before "opening": "we're opening the bar", news of ours.
OPENING_BE: Final = frozenset({"am", "is", "are", "'re", "'s", "be", "was", "were", "been"})
#: Verbs before "back for" that bring someone back on a visit ("we'll come back
#: for free", "pop back for a fitting"): a return visit, not a product that is
#: "back for another year".
COMING_BACK: Final = frozenset(
    {"come", "comes", "coming", "came", "pop", "pops", "popping", "popped", "call",
     "calling", "nip", "nipping", "go", "going", "head", "heading"}
)  # fmt: skip


def _novelty_as_act(doc: Doc, start: int) -> bool:
    """Whether the cue at ``start`` is a verb of doing, not news: "opening"
    with what is opened after it ("opening the bottom cover to do it is fine"),
    or "back for" after a verb of coming back ("we'll come back for free").
    "The spa is opening in May" and "our hampers are back for another year"
    are still news of ours."""
    word = doc[start].lower_
    after = doc[start + 1].lower_ if start + 1 < len(doc) else ""
    if word == "opening":
        ahead = {t.lower_ for t in doc[start + 1 : start + 4]}
        before = doc[start - 1].lower_ if start > 0 else ""
        # "we're opening the rooftop bar in May" tells news of ours
        return after in OPENED_THINGS and not ahead & OPENED_NEWS and before not in OPENING_BE
    if word == "back" and after == "for" and start > 0:
        return doc[start - 1].lower_ in COMING_BACK
    return False


#: Words that say a sum went up ("our green coffee costs have risen by about
#: 18%", "prices increased 5% in April", "fees went up"), and what went up:
#: what we or the customer pay, not a rate on offer ("our Saver rate has
#: risen to 4.5%" still sells).
RISES: Final = frozenset(
    {"risen", "rose", "rise", "rises", "rising", "increased", "increase", "increases",
     "increasing", "higher"}
)  # fmt: skip
GOING: Final = frozenset({"go", "goes", "going", "gone", "went"})
#: A cause that raised a cost: "that has pushed prices up", "driven our
#: costs up"; "up" within ``PUSH_REACH`` words after the verb.
PUSHING: Final = frozenset(
    {"push", "pushes", "pushed", "pushing", "drive", "drives", "driving", "driven", "drove",
     "force", "forces", "forced", "forcing"}
)  # fmt: skip
PUSH_REACH: Final = 3
UP: Final = frozenset({"up"})
COSTS: Final = frozenset(
    {"cost", "costs", "price", "prices", "fee", "fees", "charge", "charges", "premium",
     "premiums", "bill", "bills", "rent", "wages", "overheads"}
)  # fmt: skip


#: What makes a percentage that went up a rate on offer after all ("our Saver
#: rate has risen to 4.5%", "up to 20% cashback"), or a cut ("10% off").
RATE_WORDS: Final = frozenset(
    {"rate", "rates", "interest", "aer", "apr", "apy", "yield", "return", "returns",
     "cashback", "off", "discount", "save", "saving", "savings", "back", "bonus"}
)  # fmt: skip


#: What a unit that says a cost went up may name without offering it: the sum
#: ("risen by 18%") and what is new that made it go up ("the increase comes
#: from the new pontoon meters").
RISE_EXPLAINS: Final = frozenset({"value", "novelty"})


PERCENT: Final = frozenset({"%"})


def _percentage_rise(doc: Doc, start: int, end: int) -> bool:
    """Whether the trigger ``doc[start:end]`` ends on a percentage that its
    sentence calls a rise ("the average rise on our policies was 7%", "our
    policies rose by 7% on average"): how much a price went up explains it
    (the customer asked why), it offers nothing. A rate or a cut stays an
    offer ("our Saver rate has risen to 4.5%", "prices are up but it's 10% off")."""
    table = TokenTable.of(doc)
    lower = table.lower
    # a token whose lower-case form is "%" is the text "%": read off the table
    percent_ids = word_ids(PERCENT)
    percent = next((i for i in range(end - 1, start - 1, -1) if lower[i] in percent_ids), None)
    if percent is None:
        return False
    sentences = _sentences(doc)
    first, stop = sentences.bounds(_sentence_of(doc, percent))
    words = lower[first:stop]
    if not word_ids(RATE_WORDS).isdisjoint(words):
        return False
    return _says_a_rise(lower[first:percent])


def _cost_went_up(words: list[int]) -> bool:
    """Whether the word ids say a cost went up ("costs have risen by 18%",
    "prices went up"): a rise in what is paid explains a price or a
    refusal, it is never value on offer."""
    return not word_ids(COSTS).isdisjoint(words) and _says_a_rise(words)


def _says_a_rise(words: Sequence[int]) -> bool:
    """Whether the word ids name a rise: a word of rising ("risen", "increase")
    or "go/went/gone up"."""
    if not word_ids(RISES).isdisjoint(words):
        return True
    going, up = word_ids(GOING), word_ids(UP)
    if any(a in going and b in up for a, b in pairwise(words)):
        return True
    pushing = word_ids(PUSHING)
    return any(
        w in pushing and not up.isdisjoint(words[i + 1 : i + 1 + PUSH_REACH])
        for i, w in enumerate(words)
    )


#: What a customer has that comes with perks ("Your Gold membership includes
#: 20% off all classes"), and the verbs that say what it gives them.
OWN_PLANS: Final = frozenset(
    {"plan", "membership", "subscription", "package", "policy", "tariff", "contract", "cover",
     "account", "card", "pass", "bundle", "tier", "licence", "license", "warranty", "guarantee",
     "insurance"}
)  # fmt: skip
HAVING: Final = frozenset(
    {"includes", "include", "included", "comes", "come", "gives", "give", "covers", "has",
     "lists", "entitles", "lets", "gets", "already",
     # the terms of what they have: "Your savings account pays 3.2% until the end of the term"
     "pays", "earns", "costs", "renews", "runs", "stays", "moves", "keeps"}
)  # fmt: skip


#: Pronouns that carry the customer's plan from the sentence before: "Your
#: new membership card arrives in 5 days. It includes free parking".
PLAN_PRONOUNS: Final = frozenset({"it", "this"})


def _names_their_plan_before(unit: Span) -> bool:
    """Whether the sentence before the unit's, in the same paragraph, names the
    customer's own plan ("your new membership card", "your policy"), which an
    "It includes ..." opening the unit then carries on."""
    doc = unit.doc
    index = bisect_right(_sentence_starts(doc), unit.start) - 1
    sentences = _sentences(doc)
    first, _ = sentences.bounds(index)
    if index == 0 or first != unit.start:
        return False
    before, _ = sentences.bounds(index - 1)
    if _paragraph_break_between(doc, before, first):
        return False
    lower = TokenTable.of(doc).lower[before:first]
    your, plans = word_ids(YOUR), word_ids(OWN_PLANS)
    return any(
        w in your and not plans.isdisjoint(lower[i + 1 : i + 4]) for i, w in enumerate(lower)
    )


#: What may name the customer's plan before "it lists ...": "your plan", "the
#: plan summary" (not "our plans", which may be any of ours).
PLAN_NAMERS: Final = frozenset({"your", "the"})


def _plan_named_before_colon(unit: Span) -> bool:
    """Whether the unit ("it lists ...", "it includes ...") follows a colon in
    its sentence, and the part before the colon names the customer's plan
    ("I've attached the plan summary so you have the details to hand: it
    lists the two check-ups ..."), with nothing new or on sale in the unit."""
    doc = unit.doc
    first, _ = _sentences(doc).bounds(_sentence_of(doc, unit.start))
    if unit.start <= first or doc[unit.start - 1].text != ":":
        return False
    lower = [t.lower_ for t in doc[first : unit.start]]
    if _sells_news(TokenTable.of(doc).lower, unit.start, unit.end):
        return False
    return any(
        w in PLAN_NAMERS and not OWN_PLANS.isdisjoint(lower[i + 1 : i + 4])
        for i, w in enumerate(lower)
    )


#: What joins one item of a list to the one before: "..., and a 10% reduction".
LIST_JOINS: Final = frozenset({",", "and", "plus"})


def _listed_after_their_plan(unit: Span) -> bool:
    """Whether the unit is a later item of a list that an earlier unit of the
    same sentence opens on what the customer's plan gives ("it lists the two
    check-ups, any X-rays the dentist decides you need, and a 10% reduction on
    treatment", "Your membership includes two classes a week, and 10% off
    at the cafe"): what they already have, with nothing new or on sale in it."""
    doc = unit.doc
    first, _ = _sentences(doc).bounds(_sentence_of(doc, unit.start))
    if unit.start <= first or doc[unit.start - 1].text not in LIST_JOINS:
        return False
    if _sells_news(TokenTable.of(doc).lower, unit.start, unit.end):
        return False
    if not ({t.lower_ for t in unit}.isdisjoint(AGENTS | OURS)):
        return False  # "..., and we're offering 20% off whitening": ours, not a list item
    lower = [t.lower_ for t in doc[first : unit.start]]
    start = max((i + 1 for i, w in enumerate(lower) if w in (":", ";")), default=0)
    opening = doc[first + start : unit.start]
    return len(opening) >= 2 and unit.start - first - start > 2 and _their_plan_has(opening)


#: Openers that put what follows to the customer as news, which leave a
#: sentence about their own plan about theirs: "Did you know that your warranty
#: covers accidental damage?" (not "Did you know our premium plan ...").
NEWS_OPENERS: Final = (
    ("did", "you", "know", "that"), ("did", "you", "know"), ("are", "you", "aware", "that"),
    ("are", "you", "aware"), ("remember", "that"), ("remember",), ("just", "so", "you", "know"),
)  # fmt: skip


def _news_opener_end(unit: Span) -> int:
    """The index in the unit after a ``NEWS_OPENERS`` opening (and a comma
    after it), or 0 when it opens with none."""
    words = [t.lower_ for t in unit[:4]]
    for opener in NEWS_OPENERS:
        if tuple(words[: len(opener)]) == opener:
            end = len(opener)
            return end + 1 if len(unit) > end and unit[end].text == "," else end
    return 0


def _their_plan_has(unit: Span) -> bool:
    """Whether the unit opens by saying what the customer's own plan gives
    them: "Your Gold membership includes 20% off all classes", "Your
    subscription comes with free delivery". That is what they already have,
    not an offer ("Upgrade your plan today and get 3 months half price!" does
    not open on theirs)."""
    if len(unit) >= 2 and unit[0].lower_ in PLAN_PRONOUNS and unit[1].lower_ in HAVING:
        return _names_their_plan_before(unit) or _plan_named_before_colon(unit)
    if _listed_after_their_plan(unit):
        return True
    first = _news_opener_end(unit)
    if len(unit) < first + 3 or unit[first].lower_ != "your":
        return False
    for i in range(first + 1, min(len(unit) - 1, first + 5)):
        if unit[i].lower_ in OWN_PLANS:
            return unit[i + 1].lower_ in HAVING
        if not unit[i].is_alpha and unit[i].text not in ("-", "+"):
            return False
    return False


#: What says a mistake was ours: "our mistake", "careless of us".
OUR_FAULTS: Final = frozenset({"mistake", "error", "fault", "oversight", "slip", "careless"})
OURS: Final = frozenset({"our", "us"})
#: What the customer already owes, which a reduction for our mistake comes off:
#: "we'll take £40 off your final invoice" (not "£5 off your next order").
CHARGES: Final = frozenset(
    {"invoice", "bill", "balance", "total", "quote", "fee", "fees", "statement", "charge",
     "charges"}
)  # fmt: skip
NEXT: Final = frozenset({"next", "first"})
NEW_OF_OURS: Final = frozenset({"our", "new"})
OFF: Final = frozenset({"off"})
SHOULD: Final = frozenset({"should"})
HAVE: Final = frozenset({"have"})
GOT: Final = frozenset({"got"})
WRONG: Final = frozenset({"wrong"})


def _owns_a_mistake(words: list[int]) -> bool:
    """Whether the word ids own a mistake: "our mistake", "careless of us",
    "we should have", "we got this wrong", "I got it wrong"."""
    faults, ours, agents = word_ids(OUR_FAULTS), word_ids(OURS), word_ids(AGENTS)
    should, have, got, wrong = word_ids(SHOULD), word_ids(HAVE), word_ids(GOT), word_ids(WRONG)
    for i, w in enumerate(words):
        # (the window read only for a fault word, and no ``max`` call: it
        # parses keyword arguments each time)
        if w in faults and not ours.isdisjoint(words[i - 2 if i > 2 else 0 : i + 3]):
            return True
        if w in agents:
            after = words[i + 1 : i + 5]
            if after[:1] and after[0] in should and after[1:2] and after[1] in have:
                return True
            if after[:1] and after[0] in got and not wrong.isdisjoint(after):
                return True
    return False


def _off_their_charge(words: list[int]) -> bool:
    """Whether the word ids take a sum off what the customer already owes:
    "off your final invoice", "off your bill" (not "off your next order")."""
    off, your = word_ids(OFF), word_ids(YOUR)
    charges, nxt = word_ids(CHARGES), word_ids(NEXT)
    for i, w in enumerate(words[:-2]):
        if w in off and words[i + 1] in your:
            rest = words[i + 2 : i + 5]
            for r in rest:
                if r in nxt:
                    break
                if r in charges:
                    return True
    return False


#: What the customer owes for this job, which "the" or "this" can name:
#: "we'll knock 25% off the original invoice" (not "10% off the total").
THIS_CHARGES: Final = frozenset({"invoice", "bill", "balance", "statement"})
THE_THIS: Final = frozenset({"the", "this", "that"})
AGENTS_ACTING: Final = frozenset({"'ll", "will", "'ve", "have"})
CONDITIONS: Final = frozenset({"if", "when", "spend", "buy", "again"})
#: The job itself, which only "this" or "that" can name as the one the reply is
#: about: "I've booked Ana for Wednesday, and we'll take 50% off that clean"
#: (not "off the service", which may be any service of ours).
THIS_JOBS: Final = frozenset(
    {"clean", "visit", "appointment", "booking", "repair", "job", "session", "lesson", "groom",
     "fitting", "service", "stay", "order", "delivery", "treatment", "class", "call-out"}
)  # fmt: skip
THIS_THAT: Final = frozenset({"this", "that"})


def _off_this_charge(words: list[int]) -> bool:
    """Whether the agent takes a sum off what the customer owes for this job,
    named with "the" or "this": "we'll knock 25% off the original invoice",
    "I've taken £30 off this bill", or off the job named with "this" or "that"
    ("we'll take 50% off that clean") (not "Get 10% off the bill when you dine
    with us", where no one of us acts, nor "off the next bill")."""
    off, the = word_ids(OFF), word_ids(THE_THIS)
    charges, nxt = word_ids(THIS_CHARGES), word_ids(NEXT)
    jobs, this = word_ids(THIS_JOBS), word_ids(THIS_THAT)
    for i, w in enumerate(words[:-2]):
        if w in off and words[i + 1] in the:
            for r in words[i + 2 : i + 5]:
                if r in nxt:
                    break
                if r in charges or (words[i + 1] in this and r in jobs):
                    return _agent_acts_unasked(words)
    return False


def _agent_acts_unasked(words: list[int]) -> bool:
    """Whether "we'll", "I've" (and the like) stand in the word ids, with no
    call to buy more ("Book again this month and we'll take 10% off the bill")."""
    agents, acting = word_ids(AGENTS), word_ids(AGENTS_ACTING)
    if not any(a in agents and b in acting for a, b in pairwise(words)):
        return False
    return word_ids(BUYING_MORE).isdisjoint(words)


def _goodwill(doc: Doc, unit: Span) -> bool:
    """Whether a saving in the unit is goodwill for our own mistake, not a
    pitch: its sentence owns the mistake ("As we got this wrong, we'll take £40
    off", "Because we should have double-checked the proof, we'll reprint them
    at half price"), or the sentence before does and this one names nothing
    new of ours, or the unit takes the sum off what the customer already owes
    ("we'll take £40 off your final invoice")."""
    lower = TokenTable.of(doc).lower
    if _off_their_charge(lower[unit.start : unit.end]) or _off_this_charge(
        lower[unit.start : unit.end]
    ):
        return True
    index = bisect_right(_sentence_starts(doc), unit.start) - 1
    # the rest reads whole sentences: kept per sentence, so one long sentence
    # of many units is not read again for each (quadratic)
    kept: dict[int, bool] = doc.user_data.setdefault(_GOODWILL_KEY, {})
    found = kept.get(index)
    if found is None:
        found = kept[index] = _sentence_owns_a_mistake(doc, index)
    return found


_GOODWILL_KEY: Final = "replycheck.stock.goodwill"


def _sentence_owns_a_mistake(doc: Doc, index: int) -> bool:
    """Whether the draft's sentence ``index`` owns a mistake (see
    ``_owns_a_mistake``), or the sentence before does and this one names
    nothing new of ours (see ``_goodwill``)."""
    lower = TokenTable.of(doc).lower
    sentences = _sentences(doc)
    first, end = sentences.bounds(index)
    if _owns_a_mistake(lower[first:end]):
        return True
    # The sentence before owns it ("That was careless of us. We'll refit it,
    # and the service is half price this time."), and this one names nothing
    # new of ours ("Sorry, our mistake. Our new range is 20% off" still sells).
    if index == 0 or not word_ids(NEW_OF_OURS).isdisjoint(lower[first:end]):
        return False
    before, _ = sentences.bounds(index - 1)
    return not _paragraph_break_between(doc, before, first) and _owns_a_mistake(lower[before:first])


#: Words that turn a reply's "no" into an offer of something else: "but" after
#: the refusal in the sentence, or an opener after one earlier in the reply.
BUT: Final = frozenset({"but"})
ALTERNATIVE_OPENERS: Final = ("if it helps", "alternatively", "instead", "as an alternative", "or")
#: The same turn as a cleft, "What <someone> can do is ...": "Shares can't be
#: transferred. What your sister can do is buy her own in the next offer."
#: ``WHAT_CAN_DO_REACH`` words at most from "what" to the "is".
WHAT_CAN_DO: Final = (("can", "do", "is"), ("could", "do", "is"))
WHAT_CAN_DO_REACH: Final = 7
#: What we offer in the sentence right after a refusal, in place of what was
#: refused: "No alcohol can be brought in, so I'm afraid that's a no. We can
#: offer a corkage-free drinks package from £12 a head." The refusal must be
#: the sentence just before; "new", "sale" or "range" still sells, and so
#: does an upgrade or a deadline ("We can offer 20% off our Premium plan if
#: you upgrade before Friday").
OFFERED_AFTER_NO: Final = (
    "we can offer",
    "we could offer",
    "i can offer",
    "what we can do",
    "what i can do",
)
UPSOLD: Final = frozenset({"upgrade", "upgrades", "upgrading", "before", "until", "till", "today",
                    "tonight", "hurry", "limited", "expires"})  # fmt: skip
#: Refusals said without a negation word.
REGRETS: Final = frozenset({"afraid", "unfortunately", "sadly"})
#: Words of something new on sale, which no refusal turns into help:
#: "We can't refund the fee, but our new range is 20% off" still sells.
ON_SALE: Final = frozenset({"new", "latest", "launch", "launched", "launches", "sale", "range"})
#: What stands for the customer's own thing put "(back) on sale" for them:
#: "Put them back on sale through our resale scheme", "we can put it on sale".
RESOLD: Final = frozenset({"it", "them"})
#: Words between the customer's thing and "sale": "them back on sale".
ON_SALE_LINKS: Final = frozenset({"back", "on", "up", "for"})


def _sells_news(lower: Sequence[int], start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` holds a word of something new or on sale
    (``ON_SALE``), which no alternative or option turns into help. "sale" is
    not one when it follows "it"/"them" ("put them back on sale", "list it for
    sale"): the customer's own thing sold again for them, as a ticket
    resale is, not ours on sale ("Our hampers are back on sale" still sells)."""
    on_sale, sale = word_ids(ON_SALE), word_id("sale")
    links, resold = word_ids(ON_SALE_LINKS), word_ids(RESOLD)
    for i in range(start, end):
        if lower[i] not in on_sale:
            continue
        if lower[i] != sale:
            return True
        j = i - 1
        while j >= start and lower[j] in links:
            j -= 1
        if j == i - 1 or j < start or lower[j] not in resold:
            return True
    return False


def _declines_at(lower: Sequence[int], i: int) -> bool:
    """Whether word ``i`` of ``lower`` is the one that makes ``_declines``
    true: a regret ("afraid"), or a negation not urging ("don't miss"), not
    "never" promising and not after "why"."""
    w = lower[i]
    if w in word_ids(REGRETS):
        return True
    if w not in word_ids(NEGATIONS):
        return False
    after = lower[i + 1] if i + 1 < len(lower) else None
    if after is not None and after in word_ids(URGED):
        return False
    if w in word_ids(NEVER) and after is not None and after in word_ids(PROMISED):
        return False
    return i == 0 or lower[i - 1] not in word_ids(SUGGESTING)


def _declines(words: list[int]) -> bool:
    """Whether the word ids refuse or give bad news ("we can't freeze your
    membership", "it isn't covered, I'm afraid")."""
    return _refuses(words) or not word_ids(REGRETS).isdisjoint(words)


#: Pronouns that open a sentence giving the terms of the thing named in the
#: sentence before: "They start at £450 a month."
TERMS_PRONOUNS: Final = frozenset({"they", "it", "these", "those", "that", "this"})
#: Words that, after "too" in an "If ..." clause, say the cost is more than
#: the customer can bear: "If £46 is too much", "if that's too expensive".
TOO_DEAR: Final = frozenset({"much", "expensive", "dear", "pricey", "steep", "high", "costly"})
#: Words that say the same without "too": "If you can't afford the rise".
AFFORD: Final = frozenset({"afford", "affordable", "unaffordable"})
#: How many words an "If ..." clause may run before its comma.
IF_CLAUSE_REACH: Final = 10


def _if_too_dear(lower: Sequence[int], space: Sequence[int], first: int, stop: int) -> bool:
    """Whether the sentence starting at ``first`` opens with an "If" clause
    saying the cost is too much for the customer ("If £46 is too much, you
    can switch to the off-peak plan at £32 a month", "If you can't afford
    it, ..."): what follows is a way out of their cost, not a sale."""
    words = [lower[j] for j in range(first, min(stop, first + 2 * IF_CLAUSE_REACH)) if not space[j]]
    if not words or words[0] != word_id("if"):
        return False
    clause: list[int] = []
    for w in words[1 : IF_CLAUSE_REACH + 1]:
        if w in word_ids(COMMA):
            break
        clause.append(w)
    else:
        return False  # no comma: not an "If ..." clause before the offer
    too = word_id("too")
    dear = word_ids(TOO_DEAR)
    return any(a == too and b in dear for a, b in pairwise(clause)) or not word_ids(
        AFFORD
    ).isdisjoint(clause)


def _alternative(doc: Doc, unit: Span) -> bool:
    """Whether the unit offers something else in place of what the reply
    had to refuse, which is help, not a pitch: after "but" in a sentence that
    refuses ("The policy doesn't cover wear and tear, I'm afraid, but our
    repair partner offers 20% off for members"), or after an "and" carrying
    that "but" clause on, or in a sentence opening "If
    it helps" / "Alternatively" / "Or" after a refusal earlier in the reply ("We
    can't freeze your membership. ... If it helps, you can drop to the
    off-peak plan, which would save you £14"; "I'm not able to keep last
    year's price, but there are two options. ... Or the Standard tier keeps
    the same updates at roughly 30% less"), or one opening "What <someone>
    can do is" after such a refusal (``WHAT_CAN_DO``: "What your sister can do
    is buy her own shares in the next offer"), or what we offer in the sentence
    right after a refusal (``OFFERED_AFTER_NO``, without ``UPSOLD`` words),
    or the sentence right after one of those in its paragraph, which carries
    the alternative on ("What we can do now is the design side. Book a free
    consultation with Jade and she'll draw it up with you").
    Something new or on sale is still a pitch (see ``_sells_news``)."""
    table = TokenTable.of(doc)
    lower, space = table.lower, table.space
    if _sells_news(lower, unit.start, unit.end):
        return False
    first, _ = _sentences(doc).bounds(bisect_right(_sentence_starts(doc), unit.start) - 1)
    if _if_too_dear(lower, space, first, unit.end):
        return True
    i = unit.start - 1
    while i >= first and (space[i] or lower[i] in word_ids(COMMA)):
        i -= 1
    if i > first and lower[i] in word_ids(BUT):
        return _declines(lower[first:i])
    if i > first and lower[i] in word_ids(AND):
        # "..., but A, and B": B carries on the alternative the "but" began ("We
        # can't run the missed lessons again, but your teacher will send the
        # notes, and you're welcome to join Thursday's club for free")
        buts = [k for k in range(first + 1, i) if lower[k] in word_ids(BUT)]
        if buts:
            return _declines(lower[first : buts[-1]])
    words = _first_words(lower, space, first, unit.end)
    if _opens_an_alternative(words) and _declines(lower[:first]):
        return True
    index = bisect_right(_sentence_starts(doc), unit.start) - 1
    if index < 1:
        return False
    _, last = _sentences(doc).bounds(index)
    if not word_ids(UPSOLD).isdisjoint(lower[first:last]):
        return False
    before, _ = _sentences(doc).bounds(index - 1)
    if _offered_after_no(words):
        return _declines(lower[before:first])
    # the sentence before opened the alternative; this one carries it on
    if _paragraph_break_between(doc, before, first):
        return False
    if _sells_news(lower, before, first):
        return False
    opening = _first_words(lower, space, before, first)
    if not (_opens_an_alternative(opening) or _offered_after_no(opening)):
        return False
    return _declines(lower[:before])


def _first_words(lower: Sequence[int], space: Sequence[int], first: int, stop: int) -> list[int]:
    """The word ids from ``first`` up to ``stop``, at most as many as the
    longest alternative opener reads (not the whole sentence: one long
    sentence has many units)."""
    longest = max(max(len(phrase_ids(o)) for o in ALTERNATIVE_OPENERS), WHAT_CAN_DO_REACH)
    words: list[int] = []
    for j in range(first, stop):
        if not space[j]:
            words.append(lower[j])
            if len(words) == longest:
                break
    return words


def _opens_an_alternative(words: Sequence[int]) -> bool:
    """Whether the sentence's first word ids open an alternative: "If it
    helps", "Alternatively", "Instead", "Or" (``ALTERNATIVE_OPENERS``) or
    "What <someone> can do is" (``WHAT_CAN_DO``)."""
    return any(
        tuple(words[: len(ids)]) == ids for ids in map(phrase_ids, ALTERNATIVE_OPENERS)
    ) or _what_can_do(words)


def _offered_after_no(words: Sequence[int]) -> bool:
    """Whether the sentence's first word ids offer in place of a refusal
    ("We can offer", "What we can do", see ``OFFERED_AFTER_NO``)."""
    return any(tuple(words[: len(ids)]) == ids for ids in map(phrase_ids, OFFERED_AFTER_NO))


#: Openers that take up what the sentence before said: "If so, ...".
IF_SO: Final = ("if so", "if that's the case", "if that is the case", "if that happens")
#: What reports the customer's own words: "you mentioned your new house might
#: not be ready until the 20th".
REPORTED: Final = frozenset({"mentioned", "said", "told", "asked", "wrote", "explained"})


def _if_what_they_said(doc: Doc, unit: Span) -> bool:
    """Whether the unit's sentence opens "If so" (``IF_SO``) right after a
    sentence that reports what the customer said ("you mentioned your new house
    might not be ready until the 20th. If so, we can keep your belongings in
    our depot at £25 a night"): an option for the situation they raised
    themselves, not a sale. Something new or on sale is still a pitch (see
    ``ON_SALE``); after a sales question ("Planning a trip? If so, ...") there is
    no report of theirs."""
    table = TokenTable.of(doc)
    lower, space = table.lower, table.space
    if not word_ids(ON_SALE).isdisjoint(lower[unit.start : unit.end]):
        return False
    index = bisect_right(_sentence_starts(doc), unit.start) - 1
    if index < 1:
        return False
    first, _ = _sentences(doc).bounds(index)
    openers = [phrase_ids(opener) for opener in IF_SO]
    longest = max(len(ids) for ids in openers)
    words: list[int] = []
    for j in range(first, unit.end):
        if not space[j] and lower[j] not in word_ids(COMMA):
            words.append(lower[j])
            if len(words) == longest:
                break
    if not any(tuple(words[: len(ids)]) == ids for ids in openers):
        return False
    before, _ = _sentences(doc).bounds(index - 1)
    you, reported = word_ids(frozenset({"you"})), word_ids(REPORTED)
    return any(a in you and b in reported for a, b in pairwise(lower[before:first]))


def _what_can_do(words: Sequence[int]) -> bool:
    """Whether the word ids open "What <someone> can do is" (``WHAT_CAN_DO``),
    with at most one word before the "is" ("What we can do now is", "What I
    can do instead is")."""
    if not words or words[0] != word_id("what"):
        return False
    tails = [phrase_ids(" ".join(tail)) for tail in WHAT_CAN_DO]
    is_ = tails[0][-1]
    return any(
        tuple(words[k : k + len(tail) - 1]) == tail[:-1]
        and is_ in words[k + len(tail) - 1 : k + len(tail) + 1]
        for tail in tails
        for k in range(2, len(words) - len(tail) + 1)
    )


#: A code the customer is told to use: "Just use code RETURN20 when you book".
CODES: Final = frozenset({"code", "codes"})
#: A cut named in a sentence: its own offer, not the way to redeem one before it.
CUT_WORDS: Final = frozenset({"%", "off", "free", "half", "discount", "£", "$", "€"})
#: A deadline that makes a code a sale whatever offered it.
CODE_DEADLINES: Final = frozenset(
    {"until", "till", "before", "expires", "today", "tonight", "hurry", "limited"}
)
#: What makes a code sentence an offer of its own (see ``_redeems_the_alternative``).
CODE_SELLS: Final = CUT_WORDS | CODE_DEADLINES | ON_SALE
#: A cut named in the sentence before the code: "20% off", "£10 off".
PERCENT_OFF: Final = frozenset({"%", "off"})


def _redeems_the_alternative(doc: Doc, unit: Span, original_doc: Doc | None) -> bool:
    """Whether the unit tells the customer the code that redeems the cut the
    sentence just before gave in place of what it refused, to a customer who
    asked for their money back or a free remedy ("I can't refund that part,
    I'm afraid, but I'd be glad to give your group 20% off a return visit.
    Just use code RETURN20 when you book." to "Can we have a partial
    refund?"): how to take the counter-offer, not a promotion. A code sentence
    naming its own cut, a deadline or something on sale still sells, and so
    does one after a sentence that refused nothing."""
    if original_doc is None or not _kept(original_doc, _AMENDS_KEY, _asks_for_amends):
        return False
    lower = TokenTable.of(doc).lower
    index = _sentence_of(doc, unit.start)
    if index == 0:
        return False
    first, stop = _sentences(doc).bounds(index)
    sentence = lower[first:stop]
    if word_ids(CODES).isdisjoint(sentence):
        return False
    if not word_ids(CODE_SELLS).isdisjoint(sentence):
        return False
    before = lower[slice(*_sentences(doc).bounds(index - 1))]
    return (
        not word_ids(PERCENT_OFF).isdisjoint(before)
        and word_ids(ON_SALE).isdisjoint(before)
        and _declines(before)
    )


#: Words that say a product is gone for good: "the lavender soap has been
#: discontinued", "we no longer sell it", "we've stopped making them".
DISCONTINUED: Final = frozenset(
    {"discontinued", "discontinue", "withdrawn", "withdrew", "retired", "stopped", "longer"}
)


def _stands_in_for_the_gone(doc: Doc, unit: Span, original_doc: Doc) -> bool:
    """Whether the unit names what replaces a product the reply says is gone
    for good (see ``DISCONTINUED``), earlier in its sentence or in the two
    before it in its paragraph, when the customer asked something and that product is theirs (a
    content word of the gone clause is one of their message's): "I'm afraid
    the lavender soap has been discontinued, but our new rose soap is made
    with the same base" to "Can I reorder the lavender soap?" answers them,
    new or not. A unit marked as more on top ("too", "as well") is not the
    stand-in."""
    if any(t.lower_ == "too" for t in unit) or "as well" in unit.text.lower():
        return False  # on top of the stand-in: "Our bridal shoes are back in stock, too."
    sentences = _sentences(doc)
    index = _sentence_of(doc, unit.start)
    first, _ = sentences.bounds(max(index - 2, 0))
    # no further back than the paragraph the unit is in
    breaks = [i for i in range(first, unit.start) if "\n\n" in doc[i].text_with_ws]
    if breaks:
        first = breaks[-1] + 1
    lower = TokenTable.of(doc).lower
    gone = word_ids(DISCONTINUED)
    at = next((i for i in range(first, unit.start) if lower[i] in gone), None)
    if at is None:
        return False
    if not any(_asks_at(original_doc, s.start) for s in _sentences(original_doc)):
        return False
    stems = _kept(original_doc, _CONTENT_STEMS_KEY, _content_stems)
    # the gone thing, in its own sentence, before the gone word ("the lavender soap
    # has been discontinued") or after it ("the designer withdrew the Elodie veil")
    said, said_end = sentences.bounds(_sentence_of(doc, at))
    return any(
        t.is_alpha and not t.is_stop and len(t) > 2 and _stem(t.lower_) in stems
        for t in doc[said:said_end]
        if t.i != at
    )


#: Verbs of paying or doing less of what the customer has ("lower their gift
#: to £3", "pause it for a month", "drop to the off-peak plan").
LESSENING: Final = frozenset(
    {"lower", "lowering", "lowered", "reduce", "reducing", "reduced", "pause", "pausing",
     "paused", "downgrade", "downgrading", "drop", "dropping", "smaller"}
)  # fmt: skip
#: Verbs of a customer who wants to stop ("I need to stop it", "please cancel").
STOPPING: Final = frozenset(
    {"cancel", "cancelling", "canceling", "cancellation", "stop", "stopping", "end", "quit",
     "close", "leave", "terminate", "unsubscribe"}
)  # fmt: skip
_STOPPING_KEY: Final = "replycheck.stock.wants_to_stop"


def _wants_to_stop(original_doc: Doc) -> bool:
    """Whether the customer's message holds a verb of stopping (see ``STOPPING``)."""
    return not word_ids(STOPPING).isdisjoint(TokenTable.of(original_doc).lower)


def _less_instead_of_stopping(unit: Span, original_doc: Doc) -> bool:
    """Whether the unit offers a customer who wants to stop a way to pay or do
    less instead ("Many of our donors choose to lower their gift to £3 a
    month rather than stop" to "I need to stop my donation"): an answer to
    what they asked, not a sale. Something new or on sale still sells."""
    lower = TokenTable.of(unit.doc).lower[unit.start : unit.end]
    if word_ids(LESSENING).isdisjoint(lower) or not word_ids(ON_SALE).isdisjoint(lower):
        return False
    return bool(_kept(original_doc, _STOPPING_KEY, _wants_to_stop))


#: Words of a customer asking to have or pay less: "is it possible to
#: downsize to a smaller unit?", "Can I drop to the cheaper plan?"
ASKING_LESS: Final = LESSENING | frozenset({"downsize", "downsizing", "cheaper"})
#: Words of a saving said of the customer: "which would save you £19".
SAVES_YOU: Final = frozenset({"save", "saves", "saving"})
#: Words of a price cut, whose saving is a sale's: "20% off this month, saving you £30".
PRICE_CUTS: Final = frozenset({"%", "off", "discount", "discounted", "half-price", "offer", "deal"})
_ASKS_LESS_KEY: Final = "replycheck.stock.asks_for_less"


def _asks_for_less(original_doc: Doc) -> bool:
    """Whether a sentence of the customer's message that asks something asks
    to have or pay less (see ``ASKING_LESS``)."""
    less = word_ids(ASKING_LESS)
    lower = TokenTable.of(original_doc).lower
    return any(lower[i] in less and _asks_at(original_doc, i) for i in range(len(original_doc)))


def _saving_of_the_less_they_asked_for(unit: Span, original_doc: Doc) -> bool:
    """Whether the unit tells a customer who asked to have or pay less what
    that saves them, on their topic: "A 35 sq ft unit is free on the ground
    floor at £42 a month, which would save you £19" to "is it possible to
    downsize to a smaller unit?". The saving is the answer, not a sale;
    something new, on sale or an upgrade, a price cut, a saving urged ("pay yearly and save
    10%") or one for buying ("if you book ...") still sells."""
    lower = TokenTable.of(unit.doc).lower[unit.start : unit.end]
    saving, you = word_ids(SAVES_YOU), word_ids(frozenset({"you"}))
    # said of them ("save you £19"), not urged ("pay yearly and save 10%")
    if not any(a in saving and b in you for a, b in pairwise(lower)):
        return False
    if not word_ids(MORE_THAN_ASKED | PRICE_CUTS).isdisjoint(lower):
        return False
    if _buying_condition(unit.doc, unit.start, unit.end):
        return False
    if not _kept(original_doc, _ASKS_LESS_KEY, _asks_for_less):
        return False
    stems = _kept(original_doc, _CONTENT_STEMS_KEY, _content_stems)
    return any(
        t.is_alpha and not t.is_stop and len(t) > 2 and _stem(t.lower_) in stems for t in unit
    )


#: A choice put back to the customer: "If you'd prefer to travel on 13 June
#: instead, ...", "If you would rather collect it, ...".
PREFERRING: Final = (
    "if you'd prefer", "if you would prefer", "if you prefer", "if you'd rather",
    "if you would rather",
)  # fmt: skip
IF: Final = frozenset({"if"})
#: Words of a customer asking for a change to what they have: "Can we move to
#: a different day?", "Could I swap to an earlier train?"
CHANGING: Final = frozenset(
    {"move", "moving", "change", "changing", "switch", "swap", "rebook", "reschedule",
     "postpone", "different", "another", "alternative", "instead", "earlier", "later"}
)  # fmt: skip
#: Words that sell more than the change asked for ("upgrade to a suite").
MORE_THAN_ASKED: Final = ON_SALE | frozenset({"upgrade", "upgrading", "upgraded"})
_CHANGES_KEY: Final = "replycheck.stock.asks_for_a_change"


def _asks_for_a_change(original_doc: Doc) -> bool:
    """Whether a sentence of the customer's message that asks something asks
    for a change (see ``CHANGING``): "Can we get a refund or move to a
    different day?"."""
    changing = word_ids(CHANGING)
    lower = TokenTable.of(original_doc).lower
    return any(lower[i] in changing and _asks_at(original_doc, i) for i in range(len(original_doc)))


def _the_change_they_asked_for(unit: Span, original_doc: Doc) -> bool:
    """Whether the unit lays out the change the customer asked for, as their
    choice: its sentence opens "If you'd prefer ..." / "If you'd rather ...",
    the customer asked for a change (``_asks_for_a_change``) and the sentence
    up to the unit is about their topic (a content word of their message):
    "If you'd prefer to
    travel on 13 June instead, there's a 9.15am flight ... and the hotel can
    add the extra night for £96" to "Can we move to a different day?" prices
    their own change. Something new, on sale or an upgrade still sells."""
    doc = unit.doc
    first, _ = _sentences(doc).bounds(_sentence_of(doc, unit.start))
    table = TokenTable.of(doc)
    lower, space = table.lower, table.space
    while first < unit.end and space[first]:
        first += 1
    if first == unit.end or lower[first] not in word_ids(IF):
        return False  # most sentences: no "If" to open them
    words = [w for i, w in enumerate(lower[first : first + 8], first) if not space[i]]
    if not any(tuple(words[: len(ids)]) == ids for ids in map(phrase_ids, PREFERRING)):
        return False
    if not word_ids(MORE_THAN_ASKED).isdisjoint(lower[unit.start : unit.end]):
        return False
    if not _kept(original_doc, _CHANGES_KEY, _asks_for_a_change):
        return False
    stems = _kept(original_doc, _CONTENT_STEMS_KEY, _content_stems)
    return any(
        t.is_alpha and not t.is_stop and len(t) > 2 and _stem(t.lower_) in stems
        for t in doc[first : unit.end]
    )


MEMBERS: Final = frozenset({"member", "members", "membership", "memberships"})
#: Words that sell a member more, or sell through them: "upgrade to Gold",
#: "join our VIP club", "Members who refer a friend get a month free".
MOVING_UP: Final = frozenset(
    {"upgrade", "upgrading", "join", "joining", "switch", "switching", "refer", "referral",
     "referrals", "refers", "friend", "friends"}
)  # fmt: skip
NEW: Final = frozenset({"new"})
#: Words before "membership" / "member" in the customer's message that make
#: them one: "my family membership", "our membership", "I'm a member".
MEMBER_OWNERS: Final = frozenset({"my", "our", "a"})


#: How far back from "membership" a verb of stopping ends it ("please cancel
#: my wine club membership").
MEMBER_STOP_REACH: Final = 5


def _is_a_member(original_doc: Doc) -> bool:
    """Whether the customer says they are a member ("I renewed my family
    membership", "I'm a member", "our membership card") and is staying one:
    "Please cancel my wine club membership" ends it, so what members get is
    a reason to stay, not their own plan."""
    lower = TokenTable.of(original_doc).lower
    members, owners = word_ids(MEMBERS), word_ids(MEMBER_OWNERS)
    stopping = word_ids(STOPPING)
    found = False
    for i, w in enumerate(lower):
        if w not in members:
            continue
        if not stopping.isdisjoint(lower[max(0, i - MEMBER_STOP_REACH) : i]):
            return False
        found = found or not owners.isdisjoint(lower[max(0, i - 3) : i])
    return found


def _members_perk_to_a_member(unit: Span, original_doc: Doc) -> bool:
    """Whether the unit tells a customer who is a member what members get
    ("Did you know members now get early access to our new exhibition" to "I
    renewed my family membership"): their own plan, not a sale. To anyone
    else, "Members get 20% off every show" sells the membership, and to a
    member, "upgrade" or "our new Gold membership" sells another."""
    lower = TokenTable.of(unit.doc).lower[unit.start : unit.end]
    members = word_ids(MEMBERS)
    if members.isdisjoint(lower) or not word_ids(MOVING_UP).isdisjoint(lower):
        return False
    new = word_ids(NEW)
    if any(
        w in members and not new.isdisjoint(lower[max(0, i - 3) : i]) for i, w in enumerate(lower)
    ):
        return False  # "our new Gold membership" is another plan
    if _opens_on_news_of_ours(lower, members):
        return False
    return bool(_kept(original_doc, _MEMBER_KEY, _is_a_member))


#: Words after "our" that make what follows news of ours: "Our new reformer
#: studio opens next month", "our latest range".
NEWS_OF_OURS: Final = frozenset({"new", "newest", "latest", "brand-new", "all-new"})


def _opens_on_news_of_ours(lower: Sequence[int], members: frozenset[int]) -> bool:
    """Whether "our new ..." (``NEWS_OF_OURS``) comes before the first member
    word of the unit: the unit announces something new of ours and the perk
    only sweetens it ("Our new reformer Pilates studio opens next month and
    members get first pick of the classes"), while "members now get early
    access to our new exhibition" tells a member what their plan gives."""
    ours, news = word_id("our"), word_ids(NEWS_OF_OURS)
    for i, w in enumerate(lower):
        if w in members:
            return False
        if w == ours and i + 1 < len(lower) and lower[i + 1] in news:
            return True
    return False


#: Verbs that open a sentence asking the customer to take an offer up
#: ("Apply in the app in under five minutes.", "Book by Friday.").
TAKE_UP: Final = frozenset(
    {"apply", "book", "order", "join", "register", "enrol", "enroll", "subscribe", "claim",
     "upgrade", "switch", "grab", "shop", "reserve", "redeem", "activate", "download"}
)  # fmt: skip
#: Words that make a reduction a reward for buying more (``_off_this_charge``).
BUYING_MORE: Final = TAKE_UP | CONDITIONS


#: Verbs of buying after "if you" ("if you add one before Friday"): see
#: ``_buying_condition``.
BUYING: Final = frozenset(
    {"add", "buy", "purchase", "order", "book", "upgrade", "switch", "grab", "shop",
     "reserve", "subscribe", "join"}
)  # fmt: skip


def _buying_condition(doc: Doc, start: int, stop: int) -> bool:
    """Whether ``doc[start:stop]`` holds "if you" and a verb of buying ("...
    back in stock, and if you add one before Friday we'll send it with the
    replacement"): what the agent does after it is a reward for buying, not
    something done for the customer, so it does not excuse the stock talk."""
    lower = TokenTable.of(doc).lower
    first, you, buying = word_ids(IF), word_ids(frozenset({"you"})), word_ids(BUYING)
    return any(
        lower[i] in first and lower[i + 1] in you and lower[i + 2] in buying
        for i in range(start, stop - 2)
    )


#: The agent committing to what follows: "we'll", "we're", "I can (do is)".
COMMITTING: Final = frozenset({"'ll", "will", "'re", "are", "'m", "am", "can"})
#: How far after "we'll" the verb of amends may stand ("What I can do is take").
AMENDS_REACH: Final = 3
#: Whom the amends are for: the customer or the person they wrote about.
FOR_THEM: Final = frozenset({"you", "your", "yours", "her", "him", "them", "their"})
#: A reason given after a comma: "..., as the frame was still under guarantee".
REASONS: Final = frozenset({"as", "because", "since"})
#: "sign up" as a condition of the cut: "if you sign up to our newsletter".
SIGNING: Final = frozenset({"sign", "signs", "signing"})


def _makes_amends(doc: Doc, unit: Span, cuts: frozenset[int]) -> bool:
    """For a rule with ``amends``: whether the unit has the agent committing
    to cut a price or redo the job ("We'll take 15% off any frame", "we're
    taking half off your next month's fee", "What I can do is take 30% off a
    new licence for her", "we'll reprint at half price") for this customer
    (their words, or a reason after a comma) with no condition of buying or
    signing up in the sentence: amends for what went wrong, not a sale.
    A cut for everyone ("We're taking 20% off all boots this weekend") or for
    buying ("if you order before Friday, we'll take 20% off", "Book before
    Friday and we'll take 20% off your stay") still sells."""
    lower = TokenTable.of(doc).lower
    words = lower[unit.start : unit.end]
    agents, committing = word_ids(AGENTS), word_ids(COMMITTING)
    if not any(
        a in agents and b in committing and not cuts.isdisjoint(words[i + 2 : i + 2 + AMENDS_REACH])
        for i, (a, b) in enumerate(pairwise(words))
    ):
        return False
    first, stop = _sentences(doc).bounds(_sentence_of(doc, unit.start))
    sentence = lower[first:stop]
    buying = word_ids(BUYING | SIGNING)
    if (
        _buying_condition(doc, first, stop)
        or not word_ids(SIGNING).isdisjoint(sentence)
        or sentence[0] in buying  # "Book before Friday and we'll take 20% off"
    ):
        return False
    if not word_ids(FOR_THEM).isdisjoint(words):
        return True
    comma, reasons = word_ids(COMMA), word_ids(REASONS)
    return any(a in comma and b in reasons for a, b in pairwise(sentence))


#: A cut the agent has already made: "taken", "knocked" ... "off".
CUTS_MADE: Final = frozenset({"taken", "took", "knocked"})
#: How far after the cut verb its "off" may stand ("taken a further £200 off").
CUT_REACH: Final = 5
#: What makes a cut already made a sale all the same: it is for everyone or
#: for a range, or has a code or a deadline ("We've knocked 20% off all our
#: winter coats until Sunday").
CUT_EDGES: Final = frozenset(
    {"all", "every", "everything", "our", "range", "selected", "code", "until", "till",
     "before", "sale", "new", "members", "everyone"}
)  # fmt: skip
#: Words that say the cut came back to the customer: "£580 will be back on
#: your card", "refunded".
CUT_FOR_THEM: Final = MONEY_BACK | frozenset({"your", "you"})


#: "to keep the discount", "you'll keep your rate": what the customer already has, held.
KEEP_VERBS: Final = frozenset({"keep", "keeps", "hold", "retain", "retains"})
#: A price sold as the market's best is a pitch, not theirs held ("to lock in the best rates").
BEST_PRICES: Final = frozenset({"best", "lowest", "cheapest", "biggest", "special"})
#: The price the customer already has ("the discount", "this year's price", "your rate").
KEPT_PRICES: Final = frozenset(
    {"discount", "price", "prices", "rate", "rates", "fare", "fares", "saving", "quote"}
)
#: How far after the verb the kept price may come ("keep the 10% discount").
KEPT_REACH: Final = 5


def _keeps_their_price(doc: Doc, unit: Span) -> bool:
    """Whether the unit's sentence holds on to a price the customer already has
    ("Book by Friday to keep the discount", "Renew before May to keep your
    rate"): a deadline for their own benefit, not an offer. Something new or on
    sale (``ON_SALE``) in the unit keeps the flag ("to keep 20% off our new
    range")."""
    lower = [t.lower_ for t in unit]
    if not ON_SALE.isdisjoint(lower):
        return False
    first, stop = _sentences(doc).bounds(_sentence_of(doc, unit.start))
    words = [t.lower_ for t in doc[first:stop]]
    return any(
        w in KEEP_VERBS
        and words[i - 1 : i] in (["to"], ["'ll"], ["will"])
        and not KEPT_PRICES.isdisjoint(words[i + 1 : i + 1 + KEPT_REACH])
        and BEST_PRICES.isdisjoint(words[i + 1 : i + 1 + KEPT_REACH])
        for i, w in enumerate(words)
    )


def _cut_already_made(doc: Doc, unit: Span) -> bool:
    """Whether the unit reports a cut the agent has already made for this
    customer ("I've refunded the £380 in full, and taken a further £200 off
    the hire, so £580 will be back on your card"): "I've" or "we've" in its
    sentence before it, a past cut verb (``CUTS_MADE``) with "off" soon
    after, their card, refund or "your" in the sentence, and no sign of a
    sale (``CUT_EDGES``). Amends already given sell nothing; "We've knocked
    20% off all our winter coats" still does."""
    lower = [t.lower_ for t in unit]
    cut = next(
        (
            i
            for i, w in enumerate(lower)
            if w in CUTS_MADE and "off" in lower[i + 1 : i + 1 + CUT_REACH]
        ),
        None,
    )
    if cut is None or not CUT_EDGES.isdisjoint(lower):
        return False
    first, stop = _sentences(doc).bounds(_sentence_of(doc, unit.start))
    sentence = [t.lower_ for t in doc[first:stop]]
    before = [t.lower_ for t in doc[first : unit.start + cut]]
    if not any(a in AGENTS and b in ("'ve", "have") for a, b in pairwise(before)):
        return False
    if CUT_FOR_THEM.isdisjoint(sentence):
        return False
    return not _buying_condition(doc, first, stop)


#: The thing a remedy discount is on: a replacement of the customer's own
#: thing or the job redone ("a replacement frame at 50% off", "Reprint all 200
#: flyers with the corrected date at half price").
REMEDIES: Final = frozenset(
    {"replacement", "replacements", "reprint", "reprints", "redo", "redone", "remake", "refit",
     "rebuild", "re-cover", "recover", "retake", "retakes", "retaken", "reshoot"}
)  # fmt: skip
#: What makes a discount a sale all the same: something newer or on top, a
#: deadline, a code, a group it is for, a range.
SALE_EDGES: Final = frozenset(
    {"new", "newest", "latest", "also", "too", "back", "just", "until", "till", "before",
     "code", "codes", "hurry", "limited", "exclusive", "now", "next", "hours", "week",
     "weekend", "month", "today", "tonight", "premium", "upgrade", "unlock", "members",
     "member", "everyone", "anything", "everything", "range", "sale", "selected", "extra",
     "join", "spare", "matching", "another", "second"}
)  # fmt: skip


#: What puts the cut price to the customer as ours to give: an offer or a
#: price the remedy comes "at".
OFFERED_AT: Final = frozenset({"offer", "offering", "can", "could", "'ll", "will", "would", "at"})


def _discounted_remedy(doc: Doc, unit: Span) -> bool:
    """Whether the unit offers the remedy for the customer's own problem at a
    cut price: it names a replacement or the job redone (``REMEDIES``) and its
    sentence has no sale edge (``SALE_EDGES``), no condition of buying and no
    signing up ("A replacement frame at 50% off, £649 instead of £1,299", "We
    can, though, offer replacement covers at 30% off", "Reprint all 200 flyers
    with the corrected date at half price"), offered (``OFFERED_AT``). A
    goodwill price on the fix is amends, not a promotion; "Replacement filters
    are 20% off" and "20% off a replacement if you order before Friday" still
    sell. A cut inside the quote or total of their job is its price, offered or
    not ("If you go ahead with all three, the total would be £95, as we'd take
    £13 off for doing the work together"; see ``_names_the_quote``)."""
    lower = TokenTable.of(doc).lower
    words = lower[unit.start : unit.end]
    first, stop = _sentences(doc).bounds(_sentence_of(doc, unit.start))
    if _redoes_at_a_cut(doc, unit, first, stop):
        return True
    quoted = _names_the_quote(lower, unit.start, unit.end)
    if not quoted and word_ids(REMEDIES).isdisjoint(words):
        return False
    sentence = lower[first:stop]
    if not word_ids(SALE_EDGES | SIGNING).isdisjoint(sentence):
        return False
    if not quoted and word_ids(OFFERED_AT).isdisjoint(sentence):
        return False  # "Replacement filters are 20% off." tells a price cut, offers no fix
    return not _buying_condition(doc, first, stop)


#: The job done over, said without a remedy noun: "make the crown again",
#: "have another go at it", "a new set", "a new one", "send them back".
REDO_AGAIN: Final = frozenset({"again"})
REDO_TRIES: Final = frozenset({"go", "try", "attempt", "shot"})
REDO_GENERIC: Final = frozenset({"one", "set", "pair", "copy", "batch"})
REDO_RETURNED: Final = frozenset({"them", "it", "someone", "somebody", "the", "a"})
#: After "back", what makes it "back in stock", "back on sale": no return.
IN_ON: Final = frozenset({"in", "on"})
#: What the redo at a cut must not carry: ``SALE_EDGES`` but the words a redo
#: reads ("new", "another", "back", "second"), and "all" (a cut for everything).
REDO_SALE_EDGES: Final = SALE_EDGES - {"new", "another", "back", "second"} | {"all", "any"}
#: The agent offering it: "we can", "I could", "I'd like to offer", or a
#: sentence opening on "can do" with its subject left out ("can do 20% off a
#: new one if u want").
OFFERING_MODALS: Final = frozenset({"can", "could", "'ll", "will", "'d", "would"})


def _redoes_at_a_cut(doc: Doc, unit: Span, first: int, stop: int) -> bool:
    """Whether the unit has us offering to do the customer's job over at a cut
    price: a redo (``REDO_*``: "again", "another go", "a new set", "a new one",
    "send them back", "a second" or "a new" of a thing the reply named before)
    offered by the agent (``OFFERING_MODALS`` after "I"/"we", "can do"
    opening the sentence, or "I"/"we" acting after an opening "if" clause:
    ``_agent_after_their_condition``) in a sentence with no sale edge (``REDO_SALE_EDGES``), no
    signing up and no condition of buying ("We can make a new set at 20% off",
    "We can have another go at it for half price if you like?", "If you send a
    new impression we make the crown again with 50% discount"). A lead reads a
    discount on putting their own job right as amends, fair or not; "Our new
    range is 20% off until Sunday", "Book again before Friday and save 10%"
    and "We can do 20% off any new order over £50" still sell."""
    lower = TokenTable.of(doc).lower
    sentence = lower[first:stop]
    if not word_ids(REDO_SALE_EDGES | SIGNING).isdisjoint(sentence):
        return False
    if _buying_condition(doc, first, stop) or sentence[0] in word_ids(BUYING):
        return False
    agents, modals = word_ids(AGENTS), word_ids(OFFERING_MODALS)
    words = [i for i in range(first, stop) if not doc[i].is_space]
    offered = bool(words) and doc[words[0]].lower_ in {"can", "could"}
    offered = offered or any(lower[a] in agents and lower[b] in modals for a, b in pairwise(words))
    if not (offered or _agent_after_their_condition(doc, words)):
        return False
    again, tries = word_ids(REDO_AGAIN), word_ids(REDO_TRIES)
    generic, returned = word_ids(REDO_GENERIC), word_ids(REDO_RETURNED)
    another, new, a = word_id("another"), word_id("new"), word_id("a")
    back, second = word_id("back"), word_id("second")
    unit_words = [i for i in range(unit.start, unit.end) if not doc[i].is_space]
    for n, i in enumerate(unit_words):
        nxt = lower[unit_words[n + 1]] if n + 1 < len(unit_words) else None
        prev = lower[unit_words[n - 1]] if n > 0 else None
        if lower[i] in again:
            return True
        if lower[i] == another and nxt in tries:
            return True
        if lower[i] == new and prev == a and nxt in generic:
            return True
        if lower[i] == new and prev == a and _named_before(doc, unit_words, n + 1, unit.start):
            return True  # "we can make a new blind" after "the blind"
        if lower[i] == back and prev in returned and nxt not in word_ids(IN_ON):
            return True
        if lower[i] == second and _named_before(doc, unit_words, n + 1, unit.start):
            return True  # "a second sea dive" after "your first sea dive"
    return False


def _named_before(doc: Doc, words: list[int], n: int, start: int) -> bool:
    """Whether ``doc[words[n]]`` is a word the reply said before ``start``:
    the thing after "a second" or "a new" is then the customer's own,
    named again ("a new blind" after "drop the blind into the workshop")."""
    if n >= len(words) or not doc[words[n]].is_alpha:
        return False
    said = TokenTable.of(doc).lower[words[n]]
    return said in TokenTable.of(doc).lower[:start]


def _agent_after_their_condition(doc: Doc, words: list[int]) -> bool:
    """Whether the sentence (its non-space token indices ``words``) opens on
    an "if" clause and then has "I"/"we" acting in the present with no modal
    ("If you send a new impression we make the crown again with 50%
    discount"): the agent's offer on that condition, worded as plain fact."""
    lower = TokenTable.of(doc).lower
    if len(words) < 4 or lower[words[0]] not in word_ids(IF):
        return False
    agents = word_ids(AGENTS)
    return any(lower[k] in agents and doc[nxt].is_alpha for k, nxt in pairwise(words[2:]))


#: Verbs of the agent swapping the customer's own thing for another: "we can
#: swap it on the same visit", "I'll exchange them for the right size".
SWAP_VERBS: Final = frozenset({"swap", "exchange", "replace"})
#: The pronouns that stand for the customer's thing after a swap or keep verb.
THEIR_THING: Final = frozenset({"it", "them"})
#: What may follow a keep verb for the thing kept: a pronoun or a determiner
#: ("keep them", "keep the black pair", "keep those"), its phrase ending within
#: ``KEPT_THING_REACH`` words.
KEPT_THINGS: Final = THEIR_THING | frozenset({"the", "those", "these", "that", "this"})
KEPT_THING_REACH: Final = 4


def _swaps_or_keeps_theirs(doc: Doc, unit: Span) -> bool:
    """Whether the unit's sentence has the agent offer (``AGENTS`` and an
    ``OFFERING_MODALS``) to swap the customer's own thing, named by a pronoun
    ("If you'd like to try our softer model instead, we can swap it on the
    same visit"), or a price for keeping it ("If you'd like to keep them, I
    can do them at half price"), with no sale edge (``SALE_EDGES``) and no
    condition of buying. A swap or a kept wrong item is the fix of their
    problem, not a cross-sell; "we can replace it with our new Ultra model",
    "keep it running with our Care Plan" and "if you keep it, you'll get 20%
    off your next order" still sell."""
    first, stop = _sentences(doc).bounds(_sentence_of(doc, unit.start))
    words = [t.lower_ for t in doc[first:stop] if not t.is_space]
    if not SALE_EDGES.isdisjoint(words) or _buying_condition(doc, first, stop):
        return False
    if not any(a in AGENTS and b in OFFERING_MODALS for a, b in pairwise(words)):
        return False
    for n, (verb, thing) in enumerate(pairwise(words)):
        if verb in SWAP_VERBS and thing in THEIR_THING:
            return True
        if verb in KEEP_VERBS and thing in KEPT_THINGS:
            # "keep them," or "keep the black pair," not "keep it running"
            rest = words[n + 2 : n + 2 + KEPT_THING_REACH]
            if any(not w.isalpha() for w in rest) or len(rest) < KEPT_THING_REACH:
                return True
    return False


#: Work done on the customer's own thing to put it right: "our stylist can
#: trim and steam it", "our designer can redraw it", "we can mend them".
FIX_WORK: Final = frozenset(
    {"trim", "steam", "redraw", "repair", "mend", "fix", "alter", "adjust", "resize", "hem",
     "shorten", "lengthen", "clean", "restore", "reupholster", "recut", "rework", "retouch",
     "reseal", "regrout", "restring", "resole", "reheel", "sharpen", "polish", "patch", "sew",
     "stitch", "recalibrate", "re-hem", "reframe", "rebind", "reglaze", "redye", "dye"}
)  # fmt: skip
#: What makes the priced fix a sale all the same: ``REDO_SALE_EDGES`` but
#: "just", which reads as "only" ("If it's just the last inch") unless a
#: price follows it (``CHEAP_WORDS``).
FIX_SALE_EDGES: Final = REDO_SALE_EDGES - {"just"}
#: "just £15", "only $10": the price said small to sell it.
CHEAP_WORDS: Final = frozenset({"just", "only"})
#: The customer's thing named back by a pronoun after the work verb.
FIXED_THING: Final = frozenset({"it", "them"})
#: How far after the modal the work verb may stand ("can trim and steam it"),
#: and the pronoun after the work verb.
FIX_REACH: Final = 3


#: "if you like", "if you'd like", "if you want": a polite offer, not a
#: condition of the customer's problem.
WISHES: Final = frozenset(
    {"like", "want", "wish", "fancy", "prefer", "interested", "'d", "would", "please"}
)  # fmt: skip


def _fix_on_their_condition(doc: Doc, first: int, stop: int) -> bool:
    """Whether ``doc[first:stop]`` holds an "if" clause about the customer's
    thing or situation ("If it's just the last inch or so", "If you don't have
    a bigger version", "if the strap is only loose"), not a wish ("if you'd
    like", ``WISHES``): the fix is fitted to their problem, not offered on
    top of it."""
    lower = TokenTable.of(doc).lower
    ifs, wishes, you = word_ids(IF), word_ids(WISHES), word_id("you")
    for k in range(first, stop):
        if lower[k] not in ifs:
            continue
        nxt = lower[k + 1 : min(k + 3, stop)]
        if nxt and nxt[0] == you and any(w in wishes for w in nxt[1:]):
            continue
        return True
    return False


def _priced_fix_of_theirs(doc: Doc, unit: Span) -> bool:
    """Whether the unit has us (I, we, or "our" and one of our people) offering
    to do work on the customer's own thing to put it right, for a price: a
    modal (``OFFERING_MODALS``), a work verb (``FIX_WORK``) soon after it and
    "it"/"them" soon after that ("If it's just the last inch or so, our stylist
    can trim and steam it for £15", "our designer can redraw it for £15"), in
    a sentence with no sale edge (``REDO_SALE_EDGES``), no signing up and no
    condition of buying. The price of the fix for their problem answers it; a
    lead would not flag it as a promotion. "Our new stylist can trim it for
    just £15 this month" and "We can also clean it for £20" still sell."""
    lower = TokenTable.of(doc).lower
    first, stop = _sentences(doc).bounds(_sentence_of(doc, unit.start))
    sentence = lower[first:stop]
    if not word_ids(FIX_SALE_EDGES | SIGNING).isdisjoint(sentence):
        return False
    cheap = word_ids(CHEAP_WORDS)
    for k in range(first, stop - 1):
        if lower[k] in cheap and (doc[k + 1].like_num or doc[k + 1].is_currency):
            return False  # "for just £15", "only $10"
    if _buying_condition(doc, first, stop) or sentence[0] in word_ids(BUYING):
        return False
    if not _fix_on_their_condition(doc, first, stop):
        return False
    agents, modals = word_ids(AGENTS), word_ids(OFFERING_MODALS)
    work, things, our = word_ids(FIX_WORK), word_ids(FIXED_THING), word_id("our")
    words = [i for i in range(unit.start, unit.end) if not doc[i].is_space]
    for n, i in enumerate(words):
        if lower[i] not in modals or n == 0:
            continue
        subject = lower[words[n - 1]]
        ours = subject in agents or (n >= 2 and lower[words[n - 2]] == our)
        if not ours:
            continue
        for m in range(n + 1, min(n + 1 + FIX_REACH, len(words))):
            if lower[words[m]] in work:
                after = words[m + 1 : m + 1 + FIX_REACH]
                if any(lower[k] in things for k in after):
                    return True
    return False


#: The agent saying sorry or owning the failure ("I'm sorry", "we
#: apologise", "our mistake"): amends that follow it are for that failure.
APOLOGY: Final = frozenset(
    {"sorry", "apologise", "apologize", "apologised", "apologized", "apologies", "apology"}
)  # fmt: skip
#: Fault words that own the failure after "our"/"my": "that was our mistake".
OWNED_FAULTS: Final = frozenset({"mistake", "fault", "error"})
OWNERS: Final = frozenset({"our", "my"})
#: Owning the failure as "that's on us", "which is on us": a pointer, a form of
#: "be", then "on us".
OWNING_POINTERS: Final = frozenset({"that", "which", "this", "it"})
OWNING_BE: Final = frozenset({"is", "'s", "was"})
#: What makes a goodwill cut a sale all the same: a code to spend, a deadline,
#: a minimum spend, something newer, more or for everyone.
GOODWILL_EDGES: Final = frozenset(
    {"code", "codes", "voucher", "until", "till", "before", "expires", "valid", "over",
     "minimum", "spend", "new", "latest", "range", "upgrade", "members", "everyone",
     "selected", "extra", "also", "partner", "when", "whenever", "sign", "signs", "signing",
     "join", "book", "order", "buy"}
)  # fmt: skip
#: Edges that, after "your next", name the customer's own next purchase ("10%
#: off your next order"), not a condition of buying ("when you order").
NEXT_ONES: Final = frozenset({"order", "book"})
#: Whose the cut is: the customer's own next visit, or the person they wrote about.
THEIR_OWN: Final = frozenset({"your", "his", "her", "their"})
#: "on us", "on the house": given outright.
GIVEN_ON: Final = frozenset({"us", "house"})
#: ``_first_apology`` of the draft, read once per draft.
_APOLOGY_KEY: Final = "replycheck.stock.first_apology"


def _first_apology(doc: Doc) -> int:
    """The index of the draft's first apology or owned fault ("sorry", "our
    mistake", "which is on us"), or ``len(doc)`` when it has none."""
    lower = TokenTable.of(doc).lower
    sorry, faults, owners = word_ids(APOLOGY), word_ids(OWNED_FAULTS), word_ids(OWNERS)
    on, us = word_ids(frozenset({"on"})), word_ids(frozenset({"us"}))
    pointers, be = word_ids(OWNING_POINTERS), word_ids(OWNING_BE)
    for i, word in enumerate(lower):
        if word in sorry or (word in faults and i > 0 and lower[i - 1] in owners):
            return i
        if (
            word in us
            and i > 2
            and lower[i - 1] in on
            and lower[i - 2] in be
            and lower[i - 3] in pointers
        ):
            return i
    return len(lower)


def _amends_after_apology(doc: Doc, unit: Span) -> bool:
    """Whether the unit gives the customer a goodwill cut for a failure the
    draft has already said sorry for or owned: the customer's own next visit
    ("your next groom will be at half price", "I've put 15% off his next
    groom"), something "on us" ("Next time you're in, your coffee is on us")
    or the remedy itself ("I can send a replacement at half price"), with no
    code to spend, deadline, minimum spend or other sale edge in the unit
    (``GOODWILL_EDGES``; "order" only as a verb: "We can offer 10% off your
    next order" names theirs) and no condition of buying in its sentence. "Use
    code SORRY20 on your next order before Friday" and "10% off your next
    order over £50" still sell, apology or not."""
    if _kept(doc, _APOLOGY_KEY, _first_apology) >= unit.start:
        return False
    lower = TokenTable.of(doc).lower
    words = lower[unit.start : unit.end]
    theirs, nxt = word_ids(THEIR_OWN), word_ids(frozenset({"next"}))
    edges, named = word_ids(GOODWILL_EDGES), word_ids(NEXT_ONES)
    if any(
        w in edges and not (w in named and i > 1 and words[i - 1] in nxt and words[i - 2] in theirs)
        for i, w in enumerate(words)
    ):
        return False  # "your next order" names their next order; "if you order" buys
    on, given, the = word_ids(frozenset({"on"})), word_ids(GIVEN_ON), word_ids(frozenset({"the"}))
    if not (
        any(a in theirs and b in nxt for a, b in pairwise(words))
        or any(
            words[i] in on
            and (
                words[i + 1] in given
                or (words[i + 1] in the and i + 2 < len(words) and words[i + 2] in given)
            )
            for i in range(len(words) - 1)
        )
        or not word_ids(REMEDIES).isdisjoint(words)
    ):
        return False
    first, stop = _sentences(doc).bounds(_sentence_of(doc, unit.start))
    return not _buying_condition(doc, first, stop)


#: Inviting the customer (or the person they wrote about) back for the
#: experience that went wrong: "have him back", "come back", "a return visit".
INVITED_BACK: Final = frozenset({"you", "him", "her", "them", "us", "everyone"})
RETURN_WORDS: Final = frozenset({"return", "repeat"})
VISITS: Final = frozenset({"visit", "session", "trip", "stay", "walk", "lesson", "class"})
#: What makes an invitation back a sale all the same: a code, a deadline, a
#: minimum spend, something newer or for everyone, joining.
INVITE_EDGES: Final = frozenset(
    {"code", "codes", "voucher", "until", "till", "before", "expires", "over", "minimum",
     "spend", "new", "latest", "range", "upgrade", "members", "selected", "partner", "sign",
     "signs", "signing", "join", "buy", "order", "friend", "friends"}
)  # fmt: skip


def _invites_back_after_apology(doc: Doc, unit: Span) -> bool:
    """Whether the unit, after the draft has said sorry or owned the failure,
    invites the customer (or the person they wrote about) back for the
    experience that went wrong, free or at a goodwill cut: "We'd also love to
    have him back for a free walk with Biscuit", "50% off a return visit on
    any weekday". A goodwill redo is amends, not a promotion; with a code,
    deadline, minimum spend or something new ("come back for our new
    season, 20% off with code BACK20") it still sells."""
    if _kept(doc, _APOLOGY_KEY, _first_apology) >= unit.start:
        return False
    words = [t.lower_ for t in unit]
    if not INVITE_EDGES.isdisjoint(words):
        return False
    padded = [*words, "", ""]
    back = any(
        (a in ("have", "welcome") and b in INVITED_BACK and c == "back")
        or (a == "come" and b == "back")
        or (a in RETURN_WORDS and b in VISITS)
        for a, b, c in zip(words, padded[1:], padded[2:], strict=False)
    )
    if not back:
        return False
    first, stop = _sentences(doc).bounds(_sentence_of(doc, unit.start))
    return not _buying_condition(doc, first, stop)


#: What a customer says to ask for money back or a remedy at no cost: "Want
#: my money back", "Can you replace them for free?", "I want a refund".
ASKS_FOR_AMENDS: Final = frozenset(
    {"refund", "refunded", "reimburse", "reimbursed", "compensation", "compensate", "free"}
)  # fmt: skip
#: Who makes a counter-offer, and how: "I can offer", "What we could offer is".
OFFERERS: Final = frozenset({"i", "we"})
OFFER_MODALS: Final = frozenset({"can", "could"})


def _counter_offer(doc: Doc, unit: Span, original_doc: Doc | None) -> bool:
    """Whether the unit is our counter-offer to a customer who asked for their
    money back or a free remedy: "I can offer 30% off your next hire" to "Want
    my money back", "What I can offer is a replacement frame at 50% off" to
    "Can you replace them for free?", "What we can do is refund the alteration
    and give you 20% off your next hire" to "I'd like a refund". A part of
    what they asked for, offered by us ("I/we can/could offer", "what we can
    do is"), answers them; with a condition of buying
    or signing up ("if you upgrade today") it still sells."""
    if original_doc is None or not _kept(original_doc, _AMENDS_KEY, _asks_for_amends):
        return False
    lower = TokenTable.of(doc).lower
    first, stop = _sentences(doc).bounds(_sentence_of(doc, unit.start))
    offer, who, modals = word_ids(frozenset({"offer"})), word_ids(OFFERERS), word_ids(OFFER_MODALS)
    offered = any(
        lower[i] in offer and lower[i - 1] in modals and lower[i - 2] in who
        for i in range(max(first, unit.start - 3) + 2, min(stop, unit.end))
    )
    if not offered:
        # the refusal's alternative said as what we can do, earlier in the
        # sentence: "What we can do is refund the alteration, and give you 20%
        # off your next hire"
        do, is_ = word_ids(frozenset({"do"})), word_ids(frozenset({"is"}))
        offered = any(
            lower[i] in who
            and lower[i + 1] in modals
            and lower[i + 2] in do
            and lower[i + 3] in is_
            for i in range(first, min(stop, unit.end) - 3)
        )
    if not offered:
        return False
    sentence = lower[first:stop]
    return word_ids(SIGNING).isdisjoint(sentence) and not _buying_condition(doc, first, stop)


#: ``_asks_for_amends`` of the customer's message, read once per message
#: (``_counter_offer`` asks it for every unit of the draft).
_AMENDS_KEY: Final = "replycheck.stock.asks_for_amends"


def _asks_for_amends(original_doc: Doc) -> bool:
    """Whether the customer asks for their money back or a remedy at no cost
    (``ASKS_FOR_AMENDS``, "money back")."""
    theirs = TokenTable.of(original_doc).lower
    return not word_ids(ASKS_FOR_AMENDS).isdisjoint(theirs) or _money_back(theirs)


def _money_back(lower: Sequence[int]) -> bool:
    """Whether the customer's words ask for "money back"."""
    money, back = word_ids(frozenset({"money"})), word_ids(frozenset({"back"}))
    return any(a in money and b in back for a, b in pairwise(lower))


#: The price of the customer's own job as a whole: "the total would be £95,
#: as we'd take £13 off", "I've attached our quote for £3,420".
QUOTE_NOUNS: Final = frozenset({"total", "quote", "estimate", "invoice", "bill"})
#: The words before a quote noun that make it the quote of this job, not the
#: verb of a code ("Quote SPRING15 at checkout").
QUOTE_DETERMINERS: Final = frozenset({"the", "our", "your", "this", "my", "a"})


def _names_the_quote(lower: Sequence[int], start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` names the quote or total of the job after
    a determiner ("the total", "our quote"): a cut inside it prices the work
    the customer asked about, not an offer on top of it."""
    nouns, determiners = word_ids(QUOTE_NOUNS), word_ids(QUOTE_DETERMINERS)
    return any(lower[i] in nouns and lower[i - 1] in determiners for i in range(max(start, 1), end))


def _calls_to_take_up(unit: Span) -> bool:
    """Whether a unit with no trigger of its own opens its sentence with a
    call to take up an offer ("Apply in the app in under five minutes."):
    after a pitch, it is the pitch's call to action."""
    first = unit[0]
    return bool(first.is_sent_start) and first.lower_ in TAKE_UP


def _continues(unit: Span) -> bool:
    """Whether a unit with no trigger of its own carries on a pitch just
    before it: it opens with a pronoun ("It's great value")."""
    return unit[0].lower_ in CONTINUATIONS


def _after_colon(unit: Span) -> bool:
    """Whether the unit follows a colon in its sentence ("... our tyre bundle:
    four tyres fitted for £399"): it spells out what came before."""
    doc = unit.doc
    table = TokenTable.of(doc)
    space = table.space
    i = unit.start - 1
    while i >= 0 and space[i]:
        i -= 1
    if i < 0 or table.lower[i] not in word_ids(COLON):
        return False
    starts = _sentence_starts(doc)
    return starts[bisect_right(starts, unit.start) - 1] != unit.start


def _paragraph_break_between(doc: Doc, first: int, stop: int) -> bool:
    """Whether a token in ``doc[first:stop]`` is a blank line (paragraph break).

    A blank line is always inside one whitespace token (a token's own trailing
    whitespace is at most one space), so the text they cover tells.
    """
    if first >= stop:
        return False
    idx = token_table(doc).idx
    return "\n\n" in doc_text(doc)[idx[first] : idx[stop]]


#: Words of a draft's sentence that say it answers the customer's own
#: question or request ("you asked", "as requested", "your question"): read
#: only when their message is unknown, for a sentence with a pitch trigger.
ANSWER_MARKERS: Final = (
    "you asked", "you've asked", "you have asked", "you were asking", "you wanted to know",
    "you wondered", "you were wondering", "your question", "your questions", "as requested",
    "you requested", "you enquired", "you inquired", "your enquiry", "your inquiry",
    "you mentioned", "you were after", "you were looking for", "you liked", "in answer to",
    "to answer", "thanks for asking", "thank you for asking", "from your email", "regarding",
    # the same with an adverb inside: "You also asked whether ...", "you then asked"
    "you also asked", "you've also asked", "you have also asked", "you also wanted to know",
    "you also wondered", "you also mentioned", "you also enquired", "you also inquired",
    "you further asked", "you then asked", "you additionally asked", "you had also asked",
    # the message itself named as asking: "Thanks for your message asking whether the
    # annual membership is on offer", "you wrote to ask"; not "your message about the
    # book that arrived bent", which names a complaint, not a question
    "your message asking", "your email asking", "your note asking", "you wrote to ask",
    "you emailed to ask", "you called to ask", "you rang to ask", "you got in touch to ask",
)  # fmt: skip


YES: Final = frozenset({"yes"})

#: Words of when, not what: "At the moment both sizes are 20% off until 31 October".
ANSWER_TIMES: Final = frozenset(
    {"moment", "currently", "right", "week", "weeks", "weekend", "month", "months", "year",
     "years", "today", "tomorrow", "until", "till", "days"}
)  # fmt: skip

#: Words that point back to a thing named before ("we have it in stock",
#: "they're back in"), read by ``answers_question_named_earlier``.
POINTING_BACK: Final = frozenset({"it", "they", "them", "those", "these", "both"})

#: The words of ``ANSWER_MARKERS`` themselves ("asking", "mentioned"): they
#: say a question was named, not what it was about.
MARKER_WORDS: Final = frozenset(word for marker in ANSWER_MARKERS for word in marker.split())

#: Words of a sale, a deadline or a next purchase: a sentence with one after
#: a restated question pitches rather than answers ("You asked about
#: delivery. Our spring sale ends Sunday", "Use code SAVE10 on your next order").
NOT_THE_ANSWER: Final = frozenset(
    {"sale", "sales", "until", "till", "ends", "ending", "hurry", "limited", "deal", "deals",
     "promo", "promotion", "code", "next", "also", "plus", "too", "launch", "launched",
     "today", "tonight", "weekend", "miss"}
)  # fmt: skip

#: Words of ours: after a bare restatement, a sentence with one pitches our
#: thing unless it names what they asked about.
OURS_WORDS: Final = frozenset({"our", "ours", "we", "us", "we're", "we've", "we'll"})

_NAMED_QUESTIONS_KEY: Final = "replycheck.stock.named_questions"


def _worded_before(doc: Doc, index: int) -> int | None:
    """The index of the last sentence before sentence ``index`` that holds a
    word (blank lines are sentences of their own), or None."""
    sentences = _sentences(doc)
    for before in range(index - 1, -1, -1):
        first, stop = sentences.bounds(before)
        if any(not t.is_space for t in doc[first:stop]):
            return before
    return None


def _named_question_stems(doc: Doc) -> tuple[tuple[int, str], ...]:
    """(sentence index, stem) for the content words (see ``_content_words``)
    of each sentence of a draft that names the customer's question (see
    ``ANSWER_MARKERS``)."""
    found: list[tuple[int, str]] = []
    listing = False
    for index, sentence in enumerate(_sentences(doc)):
        words = _word_ids(doc, sentence.start, sentence.end)
        if words and _names_their_question(words):
            named = _content_words(_question_part(sentence)) - MARKER_WORDS
            found.extend((index, _stem(w)) for w in sorted(named))
            listing = listing or _introduces_a_list(sentence)
        elif listing and _restated_question(sentence):
            found.extend((index, _stem(w)) for w in sorted(_content_words(sentence)))
    return tuple(found)


#: Marks after which a sentence naming the customer's question goes on with
#: the answer: "You asked whether the headphones are back: they are, and we
#: have the black ones" names the headphones, not "black".
ANSWER_BREAKS: Final = frozenset({":", ";", "—", "–"})


def _question_part(sentence: Span) -> Span:
    """The part of a sentence naming the customer's question before any
    answer it goes on with (see ``ANSWER_BREAKS``): only what was asked
    about makes a later unit theirs, not a loose word of the answer."""
    for token in sentence:
        if token.text in ANSWER_BREAKS:
            return sentence.doc[sentence.start : token.i]
    return sentence


_NAMED_FIRSTS_KEY: Final = "replycheck.stock.named_question_firsts"


def _named_question_firsts(doc: Doc) -> dict[str, int]:
    """Each stem of ``_named_question_stems`` with the index of the first
    sentence that names it."""
    firsts: dict[str, int] = {}
    for index, stem in _kept(doc, _NAMED_QUESTIONS_KEY, _named_question_stems):
        firsts.setdefault(stem, index)
    return firsts


_ANSWER_AFTER_KEY: Final = "replycheck.stock.answer_after"


def _answer_after(doc: Doc, named: int) -> tuple[int, dict[str, int]]:
    """For a draft sentence ``named`` that names the customer's question: the
    last sentence of its paragraph, and each stem (see ``_stem``) of the
    content words (see ``_content_words``) from that sentence to the
    paragraph's end with the token where it is first said. Kept per Doc, so
    that ``goes_on_with_the_answer`` reads the paragraph once, not once per
    unit (quadratic in one long paragraph with no blank line)."""
    kept: dict[int, tuple[int, dict[str, int]]] = doc.user_data.setdefault(_ANSWER_AFTER_KEY, {})
    found = kept.get(named)
    if found is None:
        sentences = _sentences(doc)
        last = named
        stop = sentences.bounds(named)[1]
        while last + 1 < len(sentences):
            after = sentences.bounds(last + 1)[0] + 1
            # a last sentence of one token: no unit starts after it, so none reads it
            if after >= len(doc) or _paragraph_break_between(doc, stop - 1, after):
                break
            last += 1
            stop = sentences.bounds(last)[1]
        firsts: dict[str, int] = {}
        for t in doc[sentences.bounds(named)[0] : stop]:
            if t.is_alpha and len(t) > 3 and not t.is_stop and t.lower_ not in SERVICE_WORDS:
                firsts.setdefault(_stem(t.lower_), t.i)
        found = kept[named] = (last, firsts)
    return found


def _introduces_a_list(sentence: Span) -> bool:
    """Whether a sentence naming the customer's questions ends in a colon,
    introducing them one by one ("To answer your questions:")."""
    last = [t for t in sentence if not t.is_space]
    return bool(last) and last[-1].text == ":"


def _restated_question(sentence: Span) -> bool:
    """Whether a draft sentence after "To answer your questions:" restates one
    of them: it ends in "?" and its paragraph goes on with the answer ("Can
    you match the gold to your engagement ring? We can."). A question that
    ends its paragraph asks the customer something ("Would either day suit
    you both?")."""
    tokens = [t for t in sentence if not t.is_space]
    if not tokens or tokens[-1].text != "?":
        return False
    doc = sentence.doc
    end = tokens[-1].i
    return end + 1 < len(doc) and "\n\n" not in tokens[-1].whitespace_ + doc[end + 1].text


_SAYS_IT_ANSWERS_KEY: Final = "replycheck.stock.says_it_answers"


def _says_it_answers(doc: Doc, start: int, end: int) -> bool | None:
    """Whether the draft sentence ``doc[start:end]`` opens with "Yes" or names
    the customer's question (see ``_names_their_question``); None when it has
    no words. Kept per sentence: every unit of a sentence asks, and one long
    sentence with many units was read again for each (quadratic)."""
    kept: dict[int, bool | None] = doc.user_data.setdefault(_SAYS_IT_ANSWERS_KEY, {})
    if start in kept:
        return kept[start]
    words = _word_ids(doc, start, end)
    says = None if not words else words[0] in word_ids(YES) or _names_their_question(words)
    kept[start] = says
    return says


def _names_their_question(words: list[int]) -> bool:
    """Whether a sentence's word ids hold one of ``ANSWER_MARKERS``."""
    markers = _answer_markers()
    firsts = _answer_firsts()
    return any(
        tuple(words[i : i + len(marker)]) == marker
        for i, word in enumerate(words)
        if word in firsts
        for marker in markers
        if marker[0] == word
    )


#: Words after which a sentence naming the customer's question goes on with
#: more than the question: "You asked about your refund, which went out today".
BARE_ENDS: Final = frozenset({",", "which", "and", "but", "so"})


def _marker_at(words: list[int]) -> int | None:
    """Where the first of ``ANSWER_MARKERS`` starts in a sentence's word ids
    (see ``_word_ids``), or None."""
    markers = _answer_markers()
    firsts = _answer_firsts()
    for i, word in enumerate(words):
        if word in firsts and any(
            marker[0] == word and tuple(words[i : i + len(marker)]) == marker for marker in markers
        ):
            return i
    return None


@lru_cache(maxsize=1)
def _answer_firsts() -> frozenset[int]:
    """The ids of the words ``ANSWER_MARKERS`` start with (a cheap test
    before the markers themselves are compared)."""
    return frozenset(marker[0] for marker in _answer_markers())


@lru_cache(maxsize=1)
def _answer_markers() -> tuple[tuple[int, ...], ...]:
    """``ANSWER_MARKERS`` as tuples of the lower-case ids of the tokens the
    pipeline makes of them."""
    from replycheck.nlp import shared_pipeline, word_id

    pipeline = shared_pipeline()
    return tuple(tuple(word_id(t.lower_) for t in pipeline.make_doc(m)) for m in ANSWER_MARKERS)


#: "I've ...", "we'll ...", "we can ...": the agent acting.
AGENTS: Final = frozenset({"i", "we"})
ACTING: Final = frozenset(
    {"'ve", "have", "'ll", "will", "'d", "would", "can", "could", "'m", "am", "'re", "are"}
)  # fmt: skip
CUSTOMER: Final = frozenset({"you", "your", "yours"})
#: Buying verbs after "you": the customer is then the one who would act ("I
#: would recommend you buy our disc lock, only £14.99"), not the one served.
YOU_BUY: Final = frozenset({"buy", "purchase", "order", "upgrade", "grab", "pick", "treat"})


#: Words that end a clause: the customer named after one is not the one the
#: agent acts for ("We've started stocking treats, which go with the food you order").
CLAUSE_ENDS: Final = frozenset({",", ";", ":", "which", "who"})


def _agent_acting(words: list[int]) -> bool:
    """Whether "we'll", "I can" (and the like) stand in the word ids."""
    agents, acting = word_ids(AGENTS), word_ids(ACTING)
    return any(a in agents and b in acting for a, b in pairwise(words))


def _done_for_customer(words: list[int]) -> bool:
    """Whether the word ids say the agent acts for the customer ("I've added a
    gift card to your account", "we can offer you a discount"): an agent acting
    and the customer in the same clause, or the agent ending something (see
    ``_agent_ends``). Service, not sales."""
    agents, acting = word_ids(AGENTS), word_ids(ACTING)
    customer, ends = word_ids(CUSTOMER), word_ids(CLAUSE_ENDS)
    buying = word_ids(YOU_BUY)
    agent = served = False
    for w, n in pairwise([*words, 0]):
        if w in ends:
            agent = served = False
            continue
        agent = agent or (w in agents and n in acting)
        served = served or (w in customer and n not in buying)
        if agent and served:
            return True
    return _agent_ends(words)


#: Verbs of ending something ("we'll also cancel that claim", "we will look
#: at ending the membership early").
ENDING: Final = frozenset(
    {"cancel", "cancelled", "canceled", "cancelling", "canceling", "end", "ending",
     "terminate", "terminating", "stop", "stopping", "withdraw", "withdrawing"}
)  # fmt: skip
#: What an ending verb ends when it is the customer's thing: "the membership",
#: "that claim", "your order", "it".
ENDED: Final = frozenset({"the", "that", "this", "your", "it", "them", "those", "these"})
#: A time or a sale after it is no thing of theirs: "we'll end the year with
#: our biggest sale".
ENDED_TIMES: Final = frozenset(
    {"year", "season", "month", "week", "weekend", "day", "summer", "winter", "spring",
     "autumn", "sale", "sales", "offer", "promotion"}
)  # fmt: skip


def _agent_ends(words: list[int]) -> bool:
    """Whether the word ids have the agent ending something in one clause
    ("we'll also cancel that claim, so there's nothing further for you to
    do", "we will look at ending the membership early"): cancelling or ending
    a thing is service, not sales, whatever sales words name the thing. Not a
    time ("we'll end the year with our biggest sale")."""
    agents, acting, ends = word_ids(AGENTS), word_ids(ACTING), word_ids(CLAUSE_ENDS)
    ending, ended, times = word_ids(ENDING), word_ids(ENDED), word_ids(ENDED_TIMES)
    agent = False
    for i, w in enumerate(words):
        if w in ends:
            agent = False
        elif w in agents and i + 1 < len(words) and words[i + 1] in acting:
            agent = True
        elif agent and w in ending and i + 1 < len(words) and words[i + 1] in ended:
            after = words[i + 2] if i + 2 < len(words) else 0
            if after not in times:
                return True
    return False


#: Negations that make a sentence a refusal ("We cannot offer price matching
#: on sale items"), unless they urge ("Don't miss out", "don't forget") or
#: suggest ("Why not add lounge access?").
NEGATIONS: Final = frozenset({"not", "n't", "cannot", "never"})
URGED: Final = frozenset({"miss", "forget", "wait", "delay", "hesitate"})
SUGGESTING: Final = frozenset({"why"})


#: Verbs that make "us" whom the customer gets in touch with ("let us know",
#: "tell us", "call us"), not a seller of something ("shop with us").
CONTACT_VERBS: Final = frozenset(
    {
        "let", "tell", "contact", "call", "ring", "phone", "email", "e-mail", "message",
        "text", "ask", "inform", "notify", "update", "remind", "reach", "send",
    }
)  # fmt: skip
#: A contact verb and "to": "write to us", "speak to us", "get back to us".
CONTACT_TO: Final = frozenset({"write", "speak", "talk", "reply", "back", "report", "return"})
US: Final = frozenset({"us"})
TO: Final = frozenset({"to"})


#: Aside openers that are the start of a clause of time ("While you wait for
#: your refund, ...", "Before you go to the shop, ..."): the clause runs to its
#: comma, and what it names of the customer's order is the time of the aside,
#: not what the aside is about.
TIME_CLAUSE_OPENERS: Final = frozenset({"while", "before"})
#: At most this many tokens between such an opener and the comma closing its clause.
OPENER_CLAUSE_REACH: Final = 8
OPENER_CLAUSE_ENDS: Final = frozenset({",", ":", "\u2013", "\u2014"})


def _opener_clause_end(doc: Doc, start: int, end: int) -> int:
    """Where an aside opener ``doc[start:end]`` ends: for one opening with
    "while" or "before", the comma that closes its clause when it comes
    within ``OPENER_CLAUSE_REACH`` tokens on the same line and in the same
    sentence ("While you wait for the refund, our new range has just landed"
    is an aside about our range, the refund only its time); else ``end``."""
    if doc[start].lower_ not in TIME_CLAUSE_OPENERS:
        return end
    for i in range(end, min(end + OPENER_CLAUSE_REACH, len(doc))):
        token = doc[i]
        if token.text in OPENER_CLAUSE_ENDS:
            return i
        if token.is_space or token.is_sent_end or token.text in (".", "!", "?", ";"):
            return end
    return end


def _ours_in(words: list[int], ours: frozenset[int]) -> bool:
    """Whether the unit holds a word of ``ours``, leaving out "us" after a
    verb of getting in touch ("Please let us know within 21 days if anyone
    moves in, as the discount would then no longer apply"): who the customer
    tells is no thing of ours on offer. "Join us", "with us" still count."""
    us, contact, to = word_ids(US), word_ids(CONTACT_VERBS), word_ids(CONTACT_TO)
    to_id = word_ids(TO)
    for i, word in enumerate(words):
        if word not in ours:
            continue
        if (
            word in us
            and i
            and (
                words[i - 1] in contact or (i > 1 and words[i - 1] in to_id and words[i - 2] in to)
            )
        ):
            continue
        return True
    return False


#: What "never" promises of a product rather than refuses: "Our gift cards
#: never expire", "you'll never worry about running out".
PROMISED: Final = frozenset({"expire", "expires", "worry", "run", "runs"})
NEVER: Final = frozenset({"never"})


#: A limit on what the customer can have: "(Children from six can climb,) but
#: only in our supervised taster sessions" says where the line is, it sells
#: nothing ("only £5" is a price, not a limit: a preposition must follow).
LIMIT_OPENERS: Final = frozenset({"only"})
LIMIT_PREPOSITIONS: Final = frozenset({"in", "on", "at", "during", "within", "through", "via"})


def _limits(lower: Any, start: int, end: int) -> bool:
    """Whether the unit opens with "only" and a preposition, after "but": the
    line drawn under what was just granted ("Only in our app: exclusive deals"
    opens a pitch, with no grant before it)."""
    buts = word_ids(BUT)
    if start < end and lower[start] in buts:
        first = start + 1
    elif start > 0 and lower[start - 1] in buts:
        first = start
    else:
        return False
    return (
        first + 1 < end
        and lower[first] in word_ids(LIMIT_OPENERS)
        and lower[first + 1] in word_ids(LIMIT_PREPOSITIONS)
    )


def _refuses(words: list[int]) -> bool:
    """Whether the word ids refuse or deny something: a refusal is not a pitch."""
    negations, urged, suggesting = word_ids(NEGATIONS), word_ids(URGED), word_ids(SUGGESTING)
    promised, never = word_ids(PROMISED), word_ids(NEVER)
    return any(
        w in negations
        and (i + 1 == len(words) or words[i + 1] not in urged)
        and not (w in never and i + 1 < len(words) and words[i + 1] in promised)
        and (i == 0 or words[i - 1] not in suggesting)
        for i, w in enumerate(words)
    )


class _WalkOptions(NamedTuple):
    """The rule options a ``_Pitches`` walk reads (see its ``__post_init__``)."""

    skip_questions: bool
    min_cues: int
    ours: frozenset[int]
    shares_topic: bool
    excuse_later: bool
    excuse_earlier: bool
    subject_asked: bool
    price_asked: bool
    theirs_subject: bool
    min_groups: int
    needs_one_of: frozenset[str]
    imperatives: frozenset[str]
    not_openers: frozenset[str]
    needs_plain: frozenset[str]
    people: frozenset[int]
    people_cues: frozenset[int]
    amends: frozenset[int]
    job_stock: bool
    remedy_discount: bool
    amends_after_apology: bool
    news_heads: frozenset[int]
    pay_less: bool


def _walk_options(matchers: _Compiled) -> _WalkOptions:
    """The walk's options of the compiled rule, read and converted once per
    rule rather than for every draft with a trigger (all immutable, so the
    walks share them)."""
    found = matchers.walk_options
    if found is None:
        options = matchers.rule.options
        found = matchers.walk_options = _WalkOptions(
            skip_questions=bool(options.get("skip_questions", False)),
            min_cues=int(options.get("min_cues", 0)),
            ours=word_ids(frozenset(options.get("ours", ()))),
            shares_topic=bool(options.get("shares_topic", False)),
            excuse_later=bool(options.get("excuse_later_in_sentence", False)),
            excuse_earlier=bool(options.get("excuse_earlier_in_sentence", False)),
            subject_asked=bool(options.get("subject_asked", False)),
            price_asked=bool(options.get("price_of_asked", False)),
            theirs_subject=bool(options.get("theirs_subject", False)),
            min_groups=int(options.get("min_groups", 2)),
            needs_one_of=frozenset(options.get("needs_one_of", ())),
            imperatives=frozenset(options.get("imperatives", ())),
            not_openers=frozenset(options.get("not_openers", ())),
            needs_plain=frozenset(options.get("asked_needs", ())),
            people=word_ids(frozenset(options.get("people", ()))),
            people_cues=word_ids(frozenset(options.get("people_cues", ()))),
            amends=word_ids(frozenset(options.get("amends", ()))),
            job_stock=bool(options.get("stock_for_the_job", False)),
            remedy_discount=bool(options.get("discounted_remedy", False)),
            amends_after_apology=bool(options.get("amends_after_apology", False)),
            news_heads=word_ids(frozenset(options.get("news_heads", ()))),
            pay_less=bool(options.get("pay_less_asked", False)),
        )
    return found


def _the_new_of_theirs(doc: Doc, start: int, end: int, news_heads: frozenset[int]) -> bool:
    """Whether the novelty cue ``doc[start:end]`` is "the new" before one
    plain lower-case word that ends its phrase, the next token being a
    function word or punctuation ("the new cover has shrunk", "after the new
    food is", "the new total is £286", "a little of the new food in"): the
    replacement or the changed thing the reply is about, not news of ours.
    A name ("the new Pixel 9"), more words to the phrase ("the new carbon
    wheelsets", "the new indoor swing studio") or a word for a product's
    news (``news_heads``: "the new range is in") is still news. Read from
    the words alone: the default pipeline tags no parts of speech."""
    if end - start != 2 or end + 1 >= len(doc) or doc[start].lower_ != "the":
        return False
    noun = doc[end]
    text = noun.text
    if not text.isalpha() or not text.islower() or noun.is_stop or len(text) < 3:
        return False
    if TokenTable.of(doc).lower[end] in news_heads:
        return False
    after = doc[end + 1]
    return after.is_punct or (after.is_stop and after.text.islower())


#: Words that bring a subject of the reply's own, beside the answer: more of
#: ours ("also", "too"), news ("new", "just launched", "has landed"), an aside
#: ("fancy", "plus"). Only read in a unit that shares no word with the
#: customer's message (see ``_Pitches.changes_the_subject``).
NEW_SUBJECT: Final = frozenset(
    {"also", "too", "new", "newest", "latest", "all-new", "launch", "launched", "launches",
     "launching", "landed", "fancy", "plus"}
)  # fmt: skip
#: ``NEW_SUBJECT`` words that may only list what one thing includes ("It
#: covers X, plus Y"); see ``_Pitches.changes_the_subject``.
INCLUDES: Final = frozenset({"plus", "also", "too"})
#: Openers that say more of the thing just named: "It's £19.99 a month".
DESCRIBES_IT: Final = frozenset({"it", "it's", "its"})
#: Two-word openings that bring a new subject: "Did you know", "Have you
#: heard", "Why not", "Don't miss", "Don't forget".
NEW_SUBJECT_PAIRS: Final = (
    ("you", "know"), ("you", "heard"), ("you", "thought"), ("you", "considered"),
    ("why", "not"), ("n't", "miss"), ("n't", "forget"), ("not", "miss"), ("not", "forget"),
    ("also", "like"), ("also", "love"), ("also", "enjoy"), ("also", "interested"),
    # an offer's tail that invites a second purchase: "15% off our carriage
    # clocks, if you fancy a second one" to "how much is the clock service?"
    ("you", "fancy"),
    # a sales question about a product of ours: "Have you tried our weekly veg
    # box?" to "Do you have turkeys left?"
    ("you", "tried"),
)  # fmt: skip
#: Words that announce news of ours ("just landed", "launches", "all-new"),
#: not another of theirs ("also", "too", "plus"); a bare "new" may be a person
#: or a replacement ("our new nail tech, Ria, is in on Saturday"), so only
#: "brand new" counts (see ``_Pitches.brings_news``).
NEWS_WORDS: Final = frozenset(
    {"newest", "latest", "all-new", "brand-new", "launch", "launched", "launches", "launching",
     "landed"}
)  # fmt: skip


#: Words that put another of the same kind beside what they asked about, as
#: help: "our own-brand suspension, which is the same medicine and a bit cheaper".
SAME_KIND: Final = frozenset(
    {"same", "cheaper", "instead", "alternative", "alternatively", "equivalent", "similar",
     "identical"}
)  # fmt: skip
#: Pairs that serve the customer: the agent offering to act ("I can also take
#: a pre-order"), a condition on their own thing ("if your team uses those").
SERVING_PAIRS: Final = (
    ("i", "can"), ("i", "could"), ("i", "'ll"), ("i", "will"), ("i", "'d"), ("if", "your"),
)  # fmt: skip


@lru_cache(maxsize=1)
def _new_subject_pairs() -> frozenset[tuple[int, int]]:
    """``NEW_SUBJECT_PAIRS`` as pairs of lower-cased word ids."""
    return frozenset((word_id(a), word_id(b)) for a, b in NEW_SUBJECT_PAIRS)


#: Words before "you tried" that make it a sales question ("Have you tried
#: our weekly veg box?", "Haven't you tried ..."); after a noun it names the
#: customer's own try ("the Ray-Ban frames you tried", "the size you tried on").
ASKS_IF_TRIED: Final = frozenset({"have", "n't"})


def _brings_a_new_subject(words: Sequence[int]) -> bool:
    """Whether lower-cased word ids hold a pair of ``NEW_SUBJECT_PAIRS``
    ("Did you know", "Why not"); "you tried" only as a question (see
    ``ASKS_IF_TRIED``)."""
    pairs = _new_subject_pairs()
    tried = (word_id("you"), word_id("tried"))
    asking = word_ids(ASKS_IF_TRIED)
    return any(
        pair in pairs and (pair != tried or (i > 0 and words[i - 1] in asking))
        for i, pair in enumerate(pairwise(words))
    )


#: Words of a customer asking for ideas: then "you might also like ..." answers them.
ASKED_FOR_IDEAS: Final = SAME_KIND | frozenset(
    {"recommend", "recommendation", "recommendations", "suggest", "suggestion", "suggestions",
     "ideas", "idea", "alternatives", "else", "options"}
)  # fmt: skip


def _serves(words: Sequence[int]) -> bool:
    """Whether the word ids put another of the same kind beside what the
    customer asked about (``SAME_KIND``) or serve them (``SERVING_PAIRS``)."""
    if not word_ids(SAME_KIND).isdisjoint(words):
        return True
    serving = _serving_pairs()
    return any(pair in serving for pair in pairwise(words))


@lru_cache(maxsize=1)
def _serving_pairs() -> frozenset[tuple[int, int]]:
    """``SERVING_PAIRS`` as pairs of lower-cased word ids."""
    return frozenset((word_id(a), word_id(b)) for a, b in SERVING_PAIRS)


#: Owners before "thank-you" that make it a thing, not thanks: "your thank-you cards".
THANKS_OWNERS: Final = frozenset({"your", "our"})


def _named_thanks(doc: Doc, start: int) -> bool:
    """Whether the ``not_pitch`` match at ``start`` is "thank-you" named as a
    thing after "your"/"our" ("15% off your thank-you cards and table plans"),
    not thanks given ("as a thank-you for your patience")."""
    if start == 0 or not doc[start].lower_.startswith("thank"):
        return False
    return doc[start - 1].lower_ in THANKS_OWNERS


#: "We've got", "I have got": what we hold, not what the agent has done.
HOLDING: Final = frozenset({"'ve", "have"})


def _has_got(doc: Doc, start: int, end: int) -> bool:
    """Whether the ``not_pitch`` match ``doc[start:end]`` ends in "'ve" or
    "have" before "got": "We've got seasoned logs in at £85" says what we
    stock, where "We've refunded you" says what the agent did."""
    if end >= len(doc):
        return False
    lower = TokenTable.of(doc).lower
    return lower[end - 1] in word_ids(HOLDING) and lower[end] in word_ids(GOT)


@dataclass
class _Pitches:
    """The walk over a draft's units that collects pitches (see ``pitches``)."""

    doc: Doc
    matchers: _Compiled
    triggers: Sequence[tuple[int, int]]
    original_doc: Doc | None
    #: Whether the customer asked about the topic, or (``asked_in_unit``) the
    #: topic words they asked with, which answer only units naming them.
    asked: bool | frozenset[str]
    found: list[tuple[int, int]] = field(default_factory=list)
    previous_end: int = -1
    #: The unit walked last (None before the first).
    previous: Span | None = None
    #: Whether the last finding opened a sentence carrying the pitch before it
    #: on with no trigger of its own ("It launched this week"): a clause after
    #: it in its sentence (", and members get 20% off") is the same finding.
    carried: bool = False

    def __post_init__(self) -> None:
        options = _walk_options(self.matchers)
        self.skip_questions = options.skip_questions
        self.min_cues = options.min_cues
        self.ours = options.ours
        self._excused: list[tuple[int, int]] | None = None
        self._openers: list[tuple[int, int]] | None = None
        self._sorted_triggers = sorted(self.triggers)
        self._customer_pairs: frozenset[tuple[str, str]] | None = None
        self._customer_content: frozenset[str] | None = None
        self.shares_topic = options.shares_topic
        self.excuse_later = options.excuse_later
        #: (``excuse_earlier_in_sentence``) A ``not_pitch`` phrase earlier in
        #: the unit's sentence excuses a lone sales word: see ``excused_earlier``.
        self.excuse_earlier = options.excuse_earlier
        self.subject_asked = options.subject_asked
        self.price_asked = options.price_asked
        self.theirs_subject = options.theirs_subject
        self.min_groups = options.min_groups
        self.needs_one_of = options.needs_one_of
        self.imperatives = options.imperatives
        self.not_openers = options.not_openers
        #: (``asked_needs``) The plain availability phrases that answer a
        #: customer who needs a thing ("in stock"); urgency never does.
        self.needs_plain = options.needs_plain
        #: (``pay_less_asked``) The customer asked for a way to pay less: a
        #: unit naming a sum or a saving answers them (see ``saves_them_money``).
        self.pay_less = options.pay_less
        #: (``people``) Words after which a cue is people, not something on
        #: offer: "most of our clients have the grant in four to six months".
        self.people = options.people
        #: (``people_cues``) Sales words that name people ("members"): alone
        #: beside a word of ours they say whom we serve, not what we sell.
        self.people_cues = options.people_cues
        #: (``amends``) Verbs of the agent cutting a price or redoing the
        #: job ("take", "reprint"): see ``_makes_amends``.
        self.amends = options.amends
        #: (``stock_for_the_job``) Plain stock of a remedy for their job is
        #: no pitch: see ``_stock_for_the_job``.
        self.job_stock = options.job_stock
        #: (``discounted_remedy``) A cut price on the replacement or the redo
        #: of their own thing is amends: see ``_discounted_remedy``.
        self.remedy_discount = options.remedy_discount
        #: (``amends_after_apology``) A goodwill cut for a failure the draft
        #: has said sorry for is amends: see ``_amends_after_apology``.
        self.after_apology = options.amends_after_apology
        #: (``news_heads``) Nouns after "the new" that are still news of
        #: ours: see ``_the_new_of_theirs``.
        self.news_heads = options.news_heads
        self._customer_words: frozenset[int] | None = None
        self._first_refusal: int | None = None
        #: ``own`` per unit (start and end token) walked so far.
        self._owned: dict[tuple[int, int], bool] = {}

    @property
    def customer_words(self) -> frozenset[int]:
        """The ids of the customer's lower-cased words (empty when unknown)."""
        if self._customer_words is None:
            doc = self.original_doc
            self._customer_words = lower_ids(doc) if doc is not None else frozenset()
        return self._customer_words

    @property
    def customer_stems(self) -> frozenset[str]:
        """The stems of the customer's words (see ``_content_stems``), with a
        verb's stem also standing for the noun of it (``DERIVED``: "selling"
        for "sale"); empty when their message is unknown."""
        doc = self.original_doc
        if doc is None:
            return frozenset()
        stems: frozenset[str] = _kept(doc, _CONTENT_STEMS_KEY, _content_stems)
        return stems | {DERIVED[s] for s in stems if s in DERIVED}

    def sells(self, unit: Span) -> bool:
        """For a rule with ``min_cues``: whether the unit's sales words ("deals",
        "exclusive", "loyalty", "cheaper"), leaving out those the customer used
        in any inflection ("estate sales" to "help with selling his house"),
        make it sales talk: ``min_cues`` different ones, or one about something
        of ours ("our hampers are back, if you fancy ..."). A sales word in
        the customer's own thing ("your Gift Aid", "your Club membership")
        sells nothing, and a lone one that names people (``people_cues``: "We
        wrote to all members in January") is whom we serve, not something of
        ours on offer. A unit that does
        something for the customer ("I've ... your", "we'll ... you") is not."""
        lower = TokenTable.of(self.doc).lower
        customer = self.customer_words
        theirs = self.customer_stems
        cues = {
            lower[s]
            for s, _ in self.inside(unit)
            if lower[s] not in customer
            and _stem(self.doc[s].lower_) not in theirs
            and not _after_your(self.doc, s, unit.start)
            and not _control_name(self.doc, s)
            and not _being_stopped(self.doc, s, unit.start)
            and not _owed_to_them(self.doc, s, unit.start)
            and not _thanked_for(self.doc, s, unit.start)
            and not _thanked_step(self.doc, s, unit.start)
            and not _names_us(self.doc, s, unit.start, unit.end)
            and not _clearance_as_job(self.doc, s)
        }
        if not cues:
            return False
        words = lower[unit.start : unit.end]
        if len(cues) < self.min_cues and (
            not _ours_in(words, self.ours)
            or self.on_topic(unit)
            or cues <= self.people_cues
            or (self.excuse_earlier and self.excused_earlier(unit))
        ):
            return False
        return (
            not _done_for_customer(self.after_opener(unit, words))
            and not _refuses(words)
            and not _limits(lower, unit.start, unit.end)
        )

    def shaped(self, unit: Span) -> bool:
        """For a rule with ``shape`` groups (RC408): whether the unit has the
        shape of an offer, whatever its words: cues from ``min_groups``
        different groups (something of ours or a product, something new, an
        invitation, a price or saving), one of them from ``needs_one_of``; a
        cue just before one of the rule's ``people`` words ("our clients",
        "our patients") names people, not something on offer, and a price,
        saving or novelty in a unit that says a cost went up is no offer
        (``_cost_went_up``, ``_percentage_rise``: it explains the rise). An
        imperative opening the sentence ("Set up Ride Pass ...") and a sales
        question just before it ("Planning another break?") invite. A unit
        that does something for the customer or refuses is not an offer."""
        shape = self.matchers.shape
        assert shape is not None, "shaped() is only called for a rule with shape groups"
        doc = self.doc
        strings = doc.vocab.strings
        lower = TokenTable.of(doc).lower
        people = self.people
        news_heads = self.news_heads
        ones = word_ids(ONES)  # "the new one is covered by our warranty": a stand-in for theirs
        rise = _cost_went_up(lower[unit.start : unit.end]) or _percentage_rise(
            doc, unit.start, unit.end
        )
        # a product word the customer wrote about is theirs: "The laptop carries
        # a 1-year manufacturer warranty" to "the seller ignores me about the warranty"
        customer = self.customer_words
        original = self.original_doc
        asked: frozenset[str] = (
            _kept(original, _ASKED_STEMS_KEY, _asked_stems) if original is not None else frozenset()
        )
        groups = {
            strings[label]
            for label, start, end in shape(unit)
            # "our costs have risen by 18%", "the increase comes from the new meters"
            if not (rise and strings[label] in RISE_EXPLAINS)
            and not _season_as_time(lower, start)
            and not (strings[label] == "novelty" and _novelty_as_act(doc, start))
            and not _free_of_something(doc, start)
            and not _free_as_verb(doc, start)
            and not _free_thing_they_asked(doc, start, asked)
            and not _deal_as_degree(doc, start)
            and not _deal_as_verb(doc, start)
            and not _measured_percentage(doc, start)
            and not _duty_on_us(doc, start)
            and not _their_peace_of_mind(doc, start)
            and not _saves_a_thing(doc, start)
            and not (people and _before_people(doc, lower, end, people))
            and not _control_name(doc, start)
            and not (end < len(doc) and lower[end] in ones)
            and not (strings[label] == "novelty" and _service_news(doc, end))
            and not (
                strings[label] == "novelty" and _the_new_of_theirs(doc, start, end, news_heads)
            )
            and not _after_your(doc, start, unit.start)  # "the way your savings are looked after"
            and not (strings[label] == "thing" and lower[start] in customer)
        }
        if not groups & self.needs_one_of:
            return False
        if "thing" not in groups and _free_from_others(doc, lower, unit):
            return False  # "free, confidential help from StepChange": not ours to sell
        if _opener(unit).lower_ in self.not_openers and "invite" not in groups:
            return False  # "If you love DIY, ..." invites; "If it happens again, ..." does not
        if len(groups) < self.min_groups:
            first = unit[0]
            imperative = (
                first.is_sent_start
                and first.lower_ in self.imperatives
                and not any(_control_name(doc, i) for i in range(unit.start + 1, unit.end))
                and not _numbered_step(doc, unit.start)
            )  # "Pick Monthly, tap Save and the new date shows" gives steps, it invites nothing
            if imperative or ("invite" not in groups and _after_sales_question(unit)):
                groups.add("invite")
        if len(groups) < self.min_groups:
            return False
        words = TokenTable.of(doc).lower[unit.start : unit.end]
        if _reports_work(words, people):
            return False
        return not _done_for_customer(self.after_opener(unit, words)) and not _refuses(words)

    def after_opener(self, unit: Span, words: list[int]) -> list[int]:
        """The unit's word ids after an aside opener it starts with: "While I
        have you, ..." changes the subject, it is not the agent acting for
        the customer (``_done_for_customer``)."""
        for s, e in self.opener_spans:
            if unit.start <= s <= unit.start + 1 and e <= unit.end:
                return words[e - unit.start :]
        return words

    def on_topic(
        self, unit: Span, asked: bool = False, ignore: frozenset[int] = frozenset()
    ) -> bool:
        """Whether the unit shares a content word with the customer's message,
        in any inflection ("We turned off online ordering for our promotion"
        to "Why is online ordering down?", "any gifts you make" to "the £50
        I gave ... Gift Aid"): it explains their issue rather than selling.
        With ``asked``, the word must be one of theirs as they wrote it, or
        one of a sentence of theirs that asks, in any inflection: "there's
        20% off for bookings made this month" shares only a loose word with
        "we've booked a pitch ... Do you have electric hook-ups?", not the
        thing they asked about. Words in ``ignore`` (lower-cased ids) never
        count there."""
        doc = self.original_doc
        if doc is None:
            return False
        if asked:
            stems = _kept(doc, _ASKED_STEMS_KEY, _asked_stems)
            customer = self.customer_words
            lower = TokenTable.of(self.doc).lower
            return any(
                t.is_alpha
                and not t.is_stop
                and len(t) > 2
                and lower[t.i] not in ignore
                and (lower[t.i] in customer or _stem(t.lower_) in stems)
                for t in unit
            )
        stems = _kept(doc, _CONTENT_STEMS_KEY, _content_stems)
        return any(
            t.is_alpha and not t.is_stop and len(t) > 2 and _stem(t.lower_) in stems for t in unit
        )

    def offered(self, unit: Span) -> bool:
        """For a rule with ``with`` patterns (RC407): whether the unit also
        holds one, i.e. the price it names is put to the customer as something
        to buy ("hotel guests can book a massage for £55", "you'd also get
        lounge access for £15 a month"), and is not something the agent does
        for them ("I've ... your") or refuses."""
        matchers = self.matchers
        if matchers.companions is None:
            return True
        words = TokenTable.of(self.doc).lower[unit.start : unit.end]
        if matchers.companion_starts is not None and matchers.companion_starts.isdisjoint(words):
            return False  # no word a ``with`` pattern starts with: the matcher cannot match
        if not _holds_companion(self.doc, unit, matchers, words):
            return False
        return not _done_for_customer(self.after_opener(unit, words)) and not _refuses(words)

    @property
    def customer_pairs(self) -> frozenset[tuple[str, str]]:
        """Two content words side by side in the customer's message ("direct
        debit", "family ticket"), as stem pairs (empty when unknown)."""
        if self._customer_pairs is None:
            doc = self.original_doc
            self._customer_pairs = (
                _kept(doc, _PAIRS_KEY, _content_pairs) if doc is not None else frozenset()
            )
        return self._customer_pairs

    def customer_phrase(self, unit: Span) -> bool:
        """Whether the unit uses two content words side by side as the
        customer did ("Paying by direct debit takes £5 off each bill" to "I
        want to pay by direct debit"): it is about their topic, not a new sale."""
        pairs = self.customer_pairs
        return bool(pairs) and not pairs.isdisjoint(_content_pairs(unit))

    def asked_phrase(self, unit: Span) -> bool:
        """Whether the unit uses two content words side by side as the customer
        did in a sentence that asks something (see ``asks``)."""
        doc = self.original_doc
        if doc is None:
            return False
        pairs = _kept(doc, _ASKED_PAIRS_KEY, _asked_pairs)
        return bool(pairs) and not pairs.isdisjoint(_content_pairs(unit))

    @property
    def excused(self) -> list[tuple[int, int]]:
        """The ``not_pitch`` matches in the draft (see ``excuses`` for which
        of them excuse a unit)."""
        if self._excused is None:
            # sorted, so ``_own`` finds a unit's matches by bisection
            self._excused = sorted((s, e) for _, s, e in self.matchers.not_pitch(self.doc))
        return self._excused

    def excused_earlier(self, unit: Span) -> bool:
        """Whether a ``not_pitch`` match earlier in the unit's sentence, before
        the unit, excuses it (see ``excuses``): "Your name is now on the
        waiting list, and we usually have room again in April when
        memberships renew" goes on with what the sentence began. Asked only
        of a unit with a single sales word: "Your parcel left today, and our
        loyalty club members get exclusive deals" still sells."""
        doc = self.doc
        first = _sentences(doc)[bisect_right(_sentence_starts(doc), unit.start) - 1].start
        excused = self.excused
        for k in range(bisect_left(excused, (first,)), len(excused)):
            s, e = excused[k]
            if e > unit.start:
                break
            if self.excuses(s, e):
                return True
        return False

    def excuses(self, start: int, end: int) -> bool:
        """Whether the ``not_pitch`` match ``doc[start:end]`` excuses its unit:
        not the words of an aside opener ("While I have you" is not the agent
        acting, "I have"), nor a word inside a product's name ("our Fixed Saver
        tariff" fixes nothing; see ``_in_name``), nor a thank-you for buying
        from us (``_thanks_for_buying``). Asked only of the matches inside a
        unit, so most matches are never looked at."""
        doc = self.doc
        if (
            _in_name(doc, start, end)
            or _describes_offer(doc, start, end)
            or _thanks_for_buying(doc, start, end)
            or _has_got(doc, start, end)
            or _named_thanks(doc, start)
        ):
            return False
        return not any(start < o_end and o_start < end for o_start, o_end in self.opener_spans)

    @property
    def opener_spans(self) -> list[tuple[int, int]]:
        """The aside openers of the draft ("While you're here", "By the way"),
        a "while"/"before" one with the rest of its clause ("While you wait
        for your refund,": see ``_opener_clause_end``)."""
        if self._openers is None:
            shared: dict[tuple[str, ...], list[tuple[int, int]]]
            shared = self.doc.user_data.setdefault(_OPENERS_KEY, {})
            phrases = self.matchers.opener_phrases
            found = shared.get(phrases)
            if found is None:
                found = shared[phrases] = [
                    (s, _opener_clause_end(self.doc, s, e))
                    for _, s, e in self.matchers.openers(self.doc)
                ]
            self._openers = found
        return self._openers

    @property
    def openers(self) -> list[int]:
        return [s for s, _ in self.opener_spans]

    def own(self, unit: Span) -> bool:
        """Whether the unit is about the customer's own order or a product they
        named, or uses their words for their topic without naming another
        product, or says what their own plan gives them (see
        ``_their_plan_has``). With ``excuse_later_in_sentence``, a ``not_pitch`` phrase later in
        the same sentence counts too: "The newer model is in stock, and I've
        sent it today" is stock as the reason for what the agent did.

        Worked out once per unit of the walk: ``walk`` asks it of a unit up to
        three times (before the offer test, before keeping a hit, of the unit
        before a colon), and the answer depends only on the unit and the rule."""
        key = (unit.start, unit.end)
        found = self._owned.get(key)
        if found is None:
            found = self._owned[key] = self._own(unit)
        return found

    def _own(self, unit: Span) -> bool:
        """``own``, worked out."""
        end = unit.end
        if self.excuse_later:
            end = _sentences(self.doc)[bisect_right(_sentence_starts(self.doc), unit.start) - 1].end
        excused = self.excused
        # only the matches starting inside the unit (a match ends after it
        # starts, so one starting at ``end`` or later cannot end by ``end``):
        # scanning every match for every unit was quadratic in a long draft
        for k in range(bisect_left(excused, (unit.start,)), len(excused)):
            s, e = excused[k]
            if s >= end:
                break
            if (
                e <= end
                and self.excuses(s, e)
                and not (s >= unit.end and _buying_condition(self.doc, unit.end, s))
            ):
                return True
        if self.excuse_later and self.subject_asked and self.fits_their_thing(unit, end):
            return True
        if self.theirs_subject and self.said_of_theirs(unit):
            return True
        if self.job_stock and _stock_for_the_job(self.doc, unit, self.inside(unit)):
            return True
        if self.names_their_order(unit):
            return True
        if _explained_saving(self.doc, unit):
            return True
        if self.amends and (
            _makes_amends(self.doc, unit, self.amends) or _cut_already_made(self.doc, unit)
        ):
            return True
        if self.remedy_discount and _discounted_remedy(self.doc, unit):
            return True
        if self.remedy_discount and _priced_fix_of_theirs(self.doc, unit):
            return True
        if self.remedy_discount and _counter_offer(self.doc, unit, self.original_doc):
            return True
        if self.remedy_discount and _redeems_the_alternative(self.doc, unit, self.original_doc):
            return True
        if self.after_apology and (
            _amends_after_apology(self.doc, unit) or _invites_back_after_apology(self.doc, unit)
        ):
            return True
        if _theirs_carries_over(self.doc, unit):
            return True
        if _swaps_or_keeps_theirs(self.doc, unit):
            return True
        if _keeps_their_price(self.doc, unit):
            return True
        if _meets_their_condition(unit, self.original_doc):
            return True
        if _describes_what_was_done(self.doc, unit, self.original_doc):
            return True
        if _step_on_their_topic(self.doc, unit, self.original_doc):
            return True
        if _step_within_their_limit(self.doc, unit, self.original_doc):
            return True
        if _reminds_of_their_booking(self.doc, unit, self.inside(unit)):
            return True
        if self.original_doc is not None and (
            _members_perk_to_a_member(unit, self.original_doc)
            or _less_instead_of_stopping(unit, self.original_doc)
            or _saving_of_the_less_they_asked_for(unit, self.original_doc)
            or _the_change_they_asked_for(unit, self.original_doc)
            or _stands_in_for_the_gone(self.doc, unit, self.original_doc)
        ):
            return True
        if self.original_doc is not None and self.prices_the_alternative(unit):
            return True
        theirs, another = _customer_names_kept(self.doc, unit, self.original_doc)
        if theirs and not another:
            return True
        if self.original_doc is not None and self.said_of_their_product(unit):
            return True
        if not (
            self.customer_phrase(unit)
            or (self.shares_topic and (self.shares_a_word(unit) or self.cuts_their_price(unit)))
        ):
            return False
        if _calls_for_a_saving(unit):
            return (
                False  # "bundle home and car insurance with us and save 15%" to their car insurance
            )
        # Their words next to another product of ours belong to that sale
        # ("our Advanced Excel course" to "my Excel course certificate is
        # blank"), unless they asked about those words ("Our Premium cover adds
        # accidental damage" to "Can I get accidental damage cover?").
        return not another or (self.asked_phrase(unit) and not self.brings_news(unit))

    def brings_news(self, unit: Span) -> bool:
        """Whether the unit sells as news of its own: an aside opener in it
        ("Before you go, did you know our digital bundle gives you Garden
        Weekly ...?" to "Please cancel my subscription to Garden Weekly"), a
        sales opening (``NEW_SUBJECT_PAIRS``) or a launch word (``NEWS_WORDS``:
        "Our brand new vinyl range has just landed, from £29.99 per square
        metre" to "What would you charge for 20 square metres?"). Then their
        words in it do not make it the answer to their asking."""
        lower = TokenTable.of(self.doc).lower
        words = lower[unit.start : unit.end]
        if _brings_a_new_subject(words):
            return True
        news = word_ids(NEWS_WORDS)
        brand, new = word_id("brand"), word_id("new")
        doc = self.doc
        for i in range(unit.start, unit.end):
            if lower[i] == brand and new in lower[i + 1 : i + 3]:
                return True  # "brand new", "brand-new"
            if lower[i] in news and not (doc[i].text[:1].isupper() and not doc[i].is_sent_start):
                return True
        return any(unit.start <= o_start < unit.end for o_start, _ in self.opener_spans)

    def prices_the_alternative(self, unit: Span) -> bool:
        """Whether the unit, a sentence opening with a pronoun ("They start at
        £450 a month"), gives the terms of the sentence before it in its
        paragraph, and that sentence offers, after a refusal earlier in the
        reply, something in place of what the customer asked for, in their
        words and bringing nothing new ("Sorry, no dogs in the shared space.
        ... Private offices do allow one well-behaved dog."): the price of the
        way round the refusal answers them."""
        doc = self.doc
        starts = _sentence_starts(doc)
        index = bisect_right(starts, unit.start) - 1
        if index < 1 or starts[index] != unit.start:
            return False
        opener = _opener(unit)
        if opener.lower_ not in TERMS_PRONOUNS:
            return False
        previous = _sentences(doc)[index - 1]
        if _paragraph_break_between(doc, previous.end, unit.start):
            return False
        if any(s < previous.end and e > previous.start for s, e in self.found):
            return False  # the sentence before is a pitch: its terms carry it on
        lower = TokenTable.of(doc).lower
        words = lower[previous.start : previous.end]
        if not word_ids(ON_SALE).isdisjoint(words) or not word_ids(NEW_SUBJECT).isdisjoint(words):
            return False
        if not self.on_topic(previous, asked=True):
            return False
        return self.first_refusal() < previous.start

    def first_refusal(self) -> int:
        """The first token of the reply that refuses (see ``_declines``) or
        says "no" to a thing the customer asked about ("Sorry, no dogs in the
        shared space" to "Can I bring my dog?"), or the draft's length: found
        once per walk, not by re-reading the reply before every unit."""
        if self._first_refusal is None:
            doc, original = self.doc, self.original_doc
            lower = TokenTable.of(doc).lower
            stems: frozenset[str] = (
                _kept(original, _ASKED_STEMS_KEY, _asked_stems)
                if original is not None
                else frozenset()
            )
            no, found = word_id("no"), len(doc)
            for i in range(len(doc)):
                if _declines_at(lower, i) or (
                    lower[i] == no
                    and i + 1 < len(doc)
                    and doc[i + 1].is_alpha
                    and _stem(doc[i + 1].lower_) in stems
                ):
                    found = i
                    break
            self._first_refusal = found
        return self._first_refusal

    def said_of_their_product(self, unit: Span) -> bool:
        """Whether the unit opens its sentence with a pronoun ("It", "They")
        and the first name in the sentence before it, in its paragraph, is a
        product the customer named (see ``customer_names``): the unit says
        more of their thing ("We do have one Harbour corner sofa ready-made
        ... It has no marks and comes with the full guarantee, at £200 off" to
        "the Harbour corner sofa is 'in stock' but delivery was 12 weeks")."""
        doc = self.doc
        if unit[0].lower_ not in CONTINUATIONS or not unit[0].is_sent_start:
            return False
        index = _sentence_of(doc, unit.start)
        if index == 0:
            return False
        first, stop = _sentences(doc).bounds(index - 1)
        if _paragraph_break_between(doc, stop - 1, unit.start):
            return False
        names = [
            (at, name)
            for at, name in _placed_names(doc[first:stop])
            if name[-1] != "%" and not name[0][:1].isdigit() and name[0].lower() not in CALENDAR
        ]
        if not names or self.original_doc is None:
            return False
        at, name = names[0]
        if at > 0 and doc[at - 1].lower_ in NEWER:
            return False  # "the new Harbour sofa": the newer model, on sale
        words = _words(self.original_doc)
        strings = self.original_doc.vocab.strings
        return all(strings[word] in words for word in name)

    def fits_their_thing(self, unit: Span, sentence_end: int) -> bool:
        """Whether the unit's stock talk is said of the thing the customer
        wrote about (a content word before its first trigger is one of their
        message's, in any inflection) and the rest of its sentence has the
        agent doing something for them with it, or the agent repairs or swaps
        with it before it ("we'll swap them for sintered pads, which we have
        in stock" to "The brake pads you fitted squeal"), or calls it a
        replacement for their own things (see ``REPLACEMENT``): a part or replacement in
        stock as the means to fix their problem ("We have a matching fork in
        stock, so if you bring it in we can fit it the same day" to "The fork
        on my bike has a crack", "We have replacement lenses to your
        prescription in stock" to "a scratch across the left lens"), not more
        of it on sale ("Our winter boots are selling fast" to "My boots
        leaked", "Replacement blades are in stock" to "My blades are blunt")."""
        doc = self.original_doc
        if doc is None:
            return False
        inside = (s for s, _ in self.inside(unit))
        first = min(inside, default=None)
        if first is None or first <= unit.start:
            return False
        lower = TokenTable.of(self.doc).lower
        before = lower[unit.start : first]
        if _stock_of_the_fix(self.doc, before, unit.start, sentence_end):
            return True
        customer = _kept(doc, _CONTENT_KEY, _content_words)
        stems = _stems(tuple(sorted(customer)))
        if not any(_stem(w) in stems for w in _content_words(self.doc[unit.start : first])):
            return False
        after = min((e for _, e in self.starting_at(first)), default=first)
        words = lower[after:sentence_end]
        repair = word_ids(REPAIR_WORDS)
        if _done_for_customer(words) or not repair.isdisjoint(words):
            return True
        if not repair.isdisjoint(before) and _agent_acting(before):
            return True  # "we'll swap them for sintered pads, which we have in stock"
        if _sent_on_its_way(before, words):
            return True
        return not word_ids(REPLACEMENT).isdisjoint(before) and (
            not word_ids(YOUR).isdisjoint(before) or not word_ids(YOUR).isdisjoint(words)
        )

    def names_their_order(self, unit: Span) -> bool:
        """Whether a trigger in the unit is part of the name of the customer's
        own order: after "your" and before an order word ("Your Black Friday
        order is with the courier", "your summer sale purchase"), it says
        which order, it sells nothing."""
        doc = self.doc
        lower = TokenTable.of(doc).lower
        orders = word_ids(ORDER_WORDS)
        return any(
            e < unit.end and lower[e] in orders and _after_your(doc, s, unit.start)
            for s, e in self.inside(unit)
        )

    def said_of_theirs(self, unit: Span) -> bool:
        """For a rule with ``theirs_subject``: whether the unit's first trigger
        is said of the customer's own thing (see ``_their_thing_in_stock``)."""
        inside = (s for s, _ in self.inside(unit))
        first = min(inside, default=None)
        return first is not None and _their_thing_in_stock(self.doc, unit.start, first)

    def shares_a_word(self, unit: Span) -> bool:
        """For a rule with ``shares_topic``: whether the unit shares a content
        word with the customer's message, one word being the start of the other
        ("guests can park for £12 a day" to "Is there parking?", "a replacement
        card for £5" to "I lost my debit card"): a price for what they wrote
        about answers them, it does not sell something new."""
        if self._customer_content is None:
            doc = self.original_doc
            self._customer_content = (
                _kept(doc, _CONTENT_KEY, _content_words) if doc is not None else frozenset()
            )
        customer = self._customer_content
        if not customer:
            return False
        return any(
            w == c or (len(w) >= 4 and len(c) >= 4 and (w.startswith(c) or c.startswith(w)))
            for w in _content_words(unit)
            for c in customer
        )

    def cuts_their_price(self, unit: Span) -> bool:
        """For a rule with ``shares_topic``: whether the unit cuts the price of
        the thing named before it in its sentence, pointing back to it ("the
        car park on Mill Street is two minutes' walk, and reception can give
        you a voucher that brings it down to £8 a day" to "Is there
        parking?"), and that part of the sentence shares a content word with
        the customer's message: the lower price of what they wrote about
        answers them. Not a code ("code SPRING brings it down to £80"), nor
        a thing of its own ("brings a spa day down to £30")."""
        lower = [t.lower_ for t in unit]
        if not _CUT_PRICE_CODES.isdisjoint(lower):
            return False
        cut = next(
            (
                i
                for i in range(len(lower) - 2)
                if lower[i] in _CUT_PRICE_VERBS
                and lower[i + 1] in _BACK_REFERENCES
                and lower[i + 2] in ("down", "to")
            ),
            None,
        )
        if cut is None:
            return False
        index = bisect_right(_sentence_starts(self.doc), unit.start) - 1
        start = _sentences(self.doc).bounds(index)[0]
        if start >= unit.start or self.original_doc is None:
            return False
        customer = _kept(self.original_doc, _CONTENT_KEY, _content_words)
        before = _content_words(self.doc[start : unit.start])
        return any(
            w == c or (len(w) >= 4 and len(c) >= 4 and (w.startswith(c) or c.startswith(w)))
            for w in before
            for c in customer
        )

    def answers_question(self, unit: Span) -> bool:
        """For a rule with ``subject_asked`` (its triggers say something of
        what comes before them: "... is back in stock", "... launches"):
        whether the unit talks about what the customer asked about in a
        question: the head word of what its first trigger is said of (the last
        content word before the trigger, before any preposition) is a content
        word of a sentence of theirs ending in "?" ("Season 4 launches on
        Friday" to "When does the next season start?"). Their words elsewhere
        ("return flights to Lisbon" to "Will you refund the return leg?",
        "treats that go with the food you order") do not make a pitch theirs."""
        doc = self.original_doc
        if doc is None:
            return False
        asked = _kept(doc, _QUESTION_WORDS_KEY, _question_words)
        inside = (s for s, _ in self.inside(unit))
        first = min(inside, default=None)
        if not asked or first is None or first <= unit.start:
            return False
        head = _head(self.doc[unit.start : first])
        if (head is None or head not in asked) and self._pronoun_stands_for(unit, first).isdisjoint(
            asked
        ):
            # "Our eggs come from the farm up the road, and they've been really
            # popular": what a pronoun stands for is what the sentence opened with
            return False
        return not _another_of_it(self.doc[unit.start : first], lower_ids(doc))

    def _pronoun_stands_for(self, unit: Span, first: int) -> frozenset[str]:
        """When the words of a unit before its first trigger say what it is
        said of only by a pronoun (``CONTINUATIONS``: "and they've been
        really popular", "It's our most popular plan"), the content words of
        the phrase its sentence opens with (up to a preposition or a
        punctuation mark), or of the sentence before's when the unit opens
        its own: "Our eggs come from ..." gives "eggs" (and "come"). Empty
        when the subject is a noun, or there is no pronoun."""
        before = [t for t in self.doc[unit.start : first] if not t.is_space and not t.is_punct]
        while before and before[0].lower_ in JOINS:
            before = before[1:]
        if not before or before[0].lower_ not in CONTINUATIONS:
            return frozenset()
        sentences = _sentences(self.doc)
        index = bisect_right(_sentence_starts(self.doc), unit.start) - 1
        start, _ = sentences.bounds(index)
        if start >= before[0].i:
            if index == 0:
                return frozenset()
            start, _ = sentences.bounds(index - 1)
        end = before[0].i
        opening = next((t for t in self.doc[start:end] if not t.is_space), None)
        if opening is None or opening.lower_ not in NAMING_OPENERS:
            return frozenset()  # "If you enjoyed Wingspan, ..." opens with no thing
        for token in self.doc[start:end]:
            if token.is_punct or token.lower_ in PHRASE_ENDS:
                end = token.i
                break
        return _content_words(self.doc[start:end])

    def prices_what_they_asked(self, unit: Span) -> bool:
        """For a rule with ``price_of_asked``: whether the unit only prices
        the thing the customer asked about in a question ("the keepsake urns
        start at £35" to "Could we have some of the ashes in a smaller urn?"):
        every trigger in it holds a sum, the unit has no cut, code or sale
        word (``DEAL_WORDS``), and the head of what the first trigger is said
        of is, in any inflection, a content word of a sentence of theirs
        ending in "?", not another one of it. A price of what they asked for
        answers them; "Trainers are 20% off this week" to "Can I return the
        trainers?" still sells a sale."""
        doc = self.original_doc
        if doc is None:
            return False
        inside = self.inside(unit)
        first = min((s for s, _ in inside), default=None)
        if first is None or first <= unit.start:
            return False
        if not all(any(t.text in CURRENCY for t in self.doc[s:e]) for s, e in inside):
            return False
        if any(t.lower_ in DEAL_WORDS for t in unit):
            return False
        head = _head(self.doc[unit.start : first])
        if head is None:
            return False
        if _stem(head) not in _kept(doc, _QUESTION_STEMS_KEY, _question_stems):
            return False
        return not _another_of_it(self.doc[unit.start : first], lower_ids(doc))

    def saves_them_money(self, unit: Span) -> bool:
        """For a rule with ``pay_less_asked``: whether the customer asked for a
        way to pay less (see ``asks_to_pay_less``) and the unit names a sum or
        a saving ("Some owners also share the grass livery option, which works
        out at £60" to "is there anything I can do to keep it down?"): another
        way to pay less is no new subject."""
        if not self.pay_less or self.original_doc is None:
            return False
        if not asks_to_pay_less(self.original_doc):
            return False
        lower = TokenTable.of(self.doc).lower[unit.start : unit.end]
        return not word_ids(SUMS).isdisjoint(lower)

    def changes_the_subject(self, unit: Span) -> bool:
        """Whether a unit the customer's asking would excuse (they asked what
        we have, offer or charge) is about something else: it shares no
        content word with their message, in any inflection, and says it brings
        something new of its own (see ``NEW_SUBJECT``, ``NEW_SUBJECT_PAIRS``):
        "We've also just taken delivery of the new Lezyne light range" to "Do
        you offer tubeless fitting?". Their asking excuses only talk about
        what they asked; "The paperback is in stock at £9.99" to "Do you have
        the hardback?" brings nothing new and still answers them."""
        if self.original_doc is None:
            return False
        doc = self.doc
        lower = TokenTable.of(doc).lower
        words = lower[unit.start : unit.end]
        # the word that brings the new thing is no word of their topic: "the
        # new alpaca blend" to "how different would a new lot look?"
        if self.on_topic(unit, asked=True, ignore=word_ids(NEW_SUBJECT)):
            # a sales opener brings another thing even with their words in it:
            # "Did you know you could get Fibre 500 ...?" to "I'm on Fibre 100",
            # unless they asked for ideas ("Could you recommend an alternative lamp?")
            if not word_ids(ASKED_FOR_IDEAS).isdisjoint(self.customer_words):
                return False
            return not _serves(words) and _brings_a_new_subject(words)
        # another of the same kind ("the same medicine and a bit cheaper"),
        # the agent offering to act ("I can also take a pre-order") or a
        # condition on their own thing ("if your team uses those") serves them
        if _serves(words):
            return False
        customer = self.customer_words
        if any(doc[i].like_num and lower[i] in customer for i in range(unit.start, unit.end)):
            return False  # their size or model: "the 10 is in stock too" to "a 9 or a 10?"
        new = word_ids(NEW_SUBJECT)
        ones = word_ids(ONES)
        # "plus", "also", "too" in a unit that opens on "it" (the thing just
        # named, which their asking excused) list what that thing includes:
        # "It's £19.99 a month and covers ..., plus 10% off food and drink"
        # to "Is there a membership that would save me money?"; "new",
        # "launched" or "Did you know" still bring another subject
        of_it = _opener(unit).lower_ in DESCRIBES_IT
        for i in range(unit.start, unit.end):
            if lower[i] not in new:
                continue
            if of_it and lower[i] in word_ids(INCLUDES):
                continue
            token = doc[i]
            if token.text[:1].isupper() and not token.is_sent_start:
                continue  # a name: "'New Dawn' is in stock"
            if i + 1 < len(doc) and lower[i + 1] in ones:
                continue  # "a new one every month": another of theirs
            return True
        return _brings_a_new_subject(words)

    def answers_in_draft(self, unit: Span) -> bool:
        """When the customer's message is unknown: whether the unit's sentence
        says itself that it answers them, opening with "Yes" or naming their
        question ("You asked whether there's a student discount: there is,
        and it's 20% off", "the promo code from your email is still valid")."""
        doc = self.doc
        sentence = _sentences(doc)[bisect_right(_sentence_starts(doc), unit.start) - 1]
        says = _says_it_answers(doc, sentence.start, sentence.end)
        if says is None:
            return False
        if says:
            return True
        if self.answers_question_named_before(unit, sentence.start):
            return True
        if self.original_doc is None and self.answers_bare_restatement(unit, sentence.start):
            return True
        return self.original_doc is None and self.answers_question_named_earlier(unit)

    def answers_bare_restatement(self, unit: Span, start: int) -> bool:
        """When the customer's message is unknown: whether the unit opens the
        sentence right after one that only restates their question, with no
        answer of its own ("You also asked about our crèche partnership."),
        in its paragraph or, when the restatement is a paragraph of its own,
        opening the next. That sentence is the answer, whatever it names
        ("Little Acorns nursery, two doors down, offers hourly sessions ...
        at £9 an hour"). A sale, a deadline or a code for a next order
        (``NOT_THE_ANSWER``) is not the answer to a question but a pitch after it
        ("You asked about delivery. Our spring sale starts Friday: 20% off")."""
        doc = self.doc
        if unit.start != start:
            return False
        index = _sentence_of(doc, start)
        if index == 0:
            return False
        sentences = _sentences(doc)
        before = _worded_before(doc, index)
        if before is None:
            return False
        first, stop = sentences.bounds(before)
        tokens = [t for t in doc[first:stop] if not t.is_space]
        if tokens[-1].text == "?":
            return False  # a question to the customer, not theirs restated
        at = _marker_at(_word_ids(doc, first, stop))
        if at is None:
            return False
        # bare: nothing after the marker but the question ("You asked whether
        # ...: it is", "You asked about your refund, which went out today" answer in themselves)
        if any(t.text in ANSWER_BREAKS or t.lower_ in BARE_ENDS for t in tokens[at:-1]):
            return False
        if _paragraph_break_between(doc, stop - 1, start):
            # only a restatement standing as its own paragraph leads into the next
            earlier = _worded_before(doc, before)
            if earlier is not None and not _paragraph_break_between(
                doc, sentences.bounds(earlier)[1] - 1, first
            ):
                return False
        if any(t.lower_ in NOT_THE_ANSWER or t.lower_ in NEWER for t in unit):
            return False
        if _brings_a_new_subject(_word_ids(doc, unit.start, unit.end)):
            return False
        # a thing of ours that is not the one they asked about is another item:
        # "You asked about the refund. Our garden chairs are selling fast"
        if any(t.lower_ in OURS_WORDS for t in unit):
            asked = _stems(tuple(sorted(_content_words(doc[first:stop]) - MARKER_WORDS)))
            return any(_stem(w) in asked for w in _content_words(unit))
        return True

    def answers_question_named_earlier(self, unit: Span) -> bool:
        """When the customer's message is unknown: whether a sentence earlier
        in the draft names their question ("Thanks for asking about the
        replacement battery for your e-bike.", "As you asked, ...", "You
        mentioned the refill pouches") and the unit talks about what it
        names: a content word of that sentence in any inflection, or a word
        pointing back ("it", "they", "those") in a unit whose sentence, or the
        one before it, names it ("The battery on your model is the UB-418.
        We have it in stock"). The reply's own account of the question stands
        in for the customer's message; stock talk about anything else
        ("Our boots are selling fast") is still a pitch."""
        doc = self.doc
        index = _sentence_of(doc, unit.start)
        if index == 0:
            return False
        asked = _kept(doc, _NAMED_QUESTIONS_KEY, _named_question_stems)
        if not asked or asked[0][0] >= index:
            return False
        # each stem's first naming sentence: "named before the unit" is one
        # lookup, where a set of the stems before it per unit was quadratic
        firsts: dict[str, int] = _kept(doc, _NAMED_FIRSTS_KEY, _named_question_firsts)
        if any(firsts.get(_stem(w), index) < index for w in _content_words(unit)):
            return True
        if _prices_named_price(unit, firsts, index):
            return True
        sentences = _sentences(doc)
        if any(t.lower_ in POINTING_BACK for t in unit):
            near = doc[sentences.bounds(index - 1)[0] : sentences.bounds(index)[1]]
            if any(firsts.get(_stem(w), index) < index for w in _content_words(near)):
                return True
        return self.goes_on_with_the_answer(unit, asked[0][0])

    def goes_on_with_the_answer(self, unit: Span, named: int) -> bool:
        """When the customer's message is unknown and the draft's sentence
        ``named`` names their question: whether the unit goes on answering it.
        Times, dates and the trigger's own words aside, it brings at most one
        content word that neither that sentence nor the rest of its paragraph
        says, nothing new, and says one of their words or points back ("It's",
        "both"): "Thank you for asking about the price of the walnut table.
        The six-seater is £1,249 ... At the moment both sizes are 20% off until
        31 October, so the six-seater is £999." A pitch brings a thing of its
        own ("Our new garden furniture range is 20% off this weekend", "Our
        summer sale starts on Friday")."""
        doc = self.doc
        if any(t.lower_ in NEWER for t in unit):
            return False
        # the answer: the sentence naming the question and the rest of its
        # paragraph, up to the unit; its stems' first tokens are found once
        # per draft, so a long paragraph is not read again for every unit
        last, firsts = _answer_after(doc, named)
        sentences = _sentences(doc)
        reached = max(named, min(last, _sentence_of(doc, unit.start - 1)))
        end = min(sentences.bounds(reached)[1], unit.start)
        said = {i for s, e in self.inside(unit) for i in range(s, e)}
        rest = [t for t in unit if t.i not in said]
        fresh = {
            _stem(t.lower_)
            for t in rest
            if t.is_alpha
            and len(t) > 3
            and not t.is_stop
            and t.lower_ not in SERVICE_WORDS
            and t.lower_ not in CALENDAR
            and t.lower_ not in ANSWER_TIMES
        }
        known = {stem for stem in fresh if firsts.get(stem, end) < end}
        if len(fresh - known) > 1:
            return False
        # and it is said of what was answered: a word of the answer, or one pointing back
        return bool(known) or any(t.lower_ in POINTING_BACK for t in rest)

    def answers_question_named_before(self, unit: Span, start: int) -> bool:
        """Whether the sentence before the unit's, in its paragraph, names the
        customer's question ("You asked why there are no delivery slots left
        this week.") and the unit opens its own sentence and says something of
        what was asked about, a content word of that sentence in any
        inflection ("Slots fill up fast at this time of year."): the answer,
        given in the next sentence. Stock talk about anything else after it
        ("Our boots are selling fast") is still a pitch."""
        doc = self.doc
        if unit.start != start:
            return False
        index = _sentence_of(doc, start)
        if index == 0:
            return False
        first, stop = _sentences(doc).bounds(index - 1)
        if _paragraph_break_between(doc, stop - 1, start):
            return False
        words = _word_ids(doc, first, stop)
        if not _names_their_question(words):
            return False
        asked = _stems(tuple(sorted(_content_words(doc[first:stop]))))
        return any(_stem(w) in asked for w in _content_words(unit))

    def answers_their_question(self, unit: Span) -> bool:
        """When the customer's message is known: whether a unit whose sentence
        says it answers them (see ``answers_in_draft``) is that answer: the
        customer asked something, and the unit opens the sentence ("Yes, our
        Fast Track pass is £8 ..." to "Is there a way to avoid the queue?"),
        not a clause after the answer ("Yes, we've moved it, and our Delivery
        Pass is just £7.99")."""
        doc = self.original_doc
        if doc is None or not any(_asks_at(doc, s.start) for s in _sentences(doc)):
            return False
        if unit.start == _sentences(self.doc)[_sentence_of(self.doc, unit.start)].start:
            return True
        return self.goes_on_about_theirs(unit)

    def goes_on_about_theirs(self, unit: Span) -> bool:
        """Whether a later clause of the answering sentence is said of what
        the customer wrote: it names a number of theirs (a size, a model:
        "Yes, they come in half sizes, and the 9.5 is in stock in brown" to
        "I'm a UK 9.5") and no product they did not name. A clause about
        anything else after the answer ("Yes, we've moved it, and our
        Delivery Pass is just £7.99") still sells."""
        doc = self.original_doc
        if doc is None:
            return False
        if _customer_names_kept(self.doc, unit, doc)[1]:
            return False
        numbers = {t.lower_ for t in doc if t.like_num and any(c.isdigit() for c in t.text)}
        return any(t.lower_ in numbers for t in unit if t.like_num)

    def answers_a_need(self, unit: Span) -> bool:
        """For a rule with ``asked_needs``: whether the customer says they need
        a thing (see ``needs_a_thing``) and every trigger in the unit is one of
        the plain availability phrases: "The DeskJet 2710 is in stock" to "My
        printer died and I need a new one by Friday" answers them; "Our winter
        boots are selling fast" still sells."""
        doc = self.original_doc
        if doc is None or not _kept(doc, _NEEDS_KEY, needs_a_thing):
            return False
        inside = self.inside(unit)
        return bool(inside) and all(
            self.doc[s:e].text.lower() in self.needs_plain for s, e in inside
        )

    def adds_on(self, unit: Span) -> bool:
        """For a rule with ``add_ons``: whether the unit offers something on
        top of what the customer asked about ("The matching beanie is back in
        stock as well"), so it is a pitch even though they asked about stock.
        The add-on may be named earlier in the sentence, with the stock talk
        about it after ", and" ("Our matching handbag is a lovely partner for
        them, and it's just come back in")."""
        if self.matchers.add_ons is None:
            return False
        doc = self.doc
        sentence = _sentences(doc)[_sentence_of(doc, unit.start)]
        span = doc[sentence.start : unit.end]
        return any(e <= unit.end for _, s, e in self.matchers.add_ons(span))

    def inside(self, unit: Span) -> list[tuple[int, int]]:
        """The triggers that lie within the unit, found by bisecting the
        sorted triggers: a long draft with many triggers stays linear, where
        scanning every trigger for every unit did not."""
        triggers = self._sorted_triggers
        first = bisect_left(triggers, (unit.start,))
        stop = bisect_left(triggers, (unit.end,), first)
        return [(s, e) for s, e in triggers[first:stop] if e <= unit.end]

    def starting_at(self, start: int) -> list[tuple[int, int]]:
        """The triggers that start at the token ``start`` (bisected, as in ``inside``)."""
        triggers = self._sorted_triggers
        first = bisect_left(triggers, (start,))
        return triggers[first : bisect_left(triggers, (start + 1,), first)]

    def carries_on(self) -> bool:
        """Whether the last unit walked was (or joined) a pitch, so the next may join it."""
        return bool(self.found) and self.found[-1][1] == self.previous_end

    def walk(self, unit: Span) -> None:
        doc = self.doc
        if self.min_cues:
            hit = self.sells(unit)
        elif self.matchers.shape is not None:
            hit = self.shaped(unit)
        else:
            hit = bool(self.inside(unit))
        if hit and self.skip_questions and unit[-1].text == "?" and not _sales_question(unit):
            hit = False
        if hit and self.matchers.companions is not None:
            hit = self.offered(unit) and not self.own(unit)  # the cheaper test first
        asked = self.asked
        if isinstance(asked, frozenset):
            asked = bool(asked) and hit and _names_a_topic(unit, asked)
        if hit and not asked:
            asked = self.answers_in_draft(unit) and (
                self.original_doc is None or self.answers_their_question(unit)
            )
        if hit and not asked and self.needs_plain:
            asked = self.answers_a_need(unit)
        if (
            hit
            and asked is True
            and self.changes_the_subject(unit)
            and not self.saves_them_money(unit)
        ):
            asked = False  # "Do you offer tubeless fitting?" does not ask about our new lights
        if hit and (
            asked
            or (self.subject_asked and self.answers_question(unit))
            or (self.price_asked and self.prices_what_they_asked(unit))
        ):
            hit = self.adds_on(unit) or any(
                o < unit.end and not _paragraph_break_between(doc, o + 1, unit.start)
                for o in self.openers
            )
        # A unit after a colon spells out the pitch before it ("ask about our
        # tyre bundle: four tyres fitted for £399"): one offer, one finding.
        carries_on = self.carries_on()
        after_colon = (hit or carries_on) and _after_colon(unit)
        spells_out = after_colon and carries_on
        if hit and after_colon and self.previous is not None and self.own(self.previous):
            # it spells out the customer's own thing: "Your points are back: 1,200, worth £12"
            hit = False
        if hit:
            if not self.own(unit):
                if spells_out or (carries_on and self.carried and not unit[0].is_sent_start):
                    self.found[-1] = (self.found[-1][0], unit.end)
                else:
                    self.found.append((unit.start, unit.end))
                    self.carried = False
        elif (
            carries_on
            and (spells_out or _continues(unit))
            and not _paragraph_break_between(doc, self.found[-1][1], unit.start)
            and not self.own(unit)
        ):
            if (
                unit[0].is_sent_start
                and not spells_out
                and (_adds_on_top(unit) or any(t.is_currency for t in unit))
            ):
                # a sentence of its own carrying the pitch on with a deal, a
                # price or news ("Have you seen our new Max plan? It's £15 a
                # month."): a pitching sentence, its own finding. One that only
                # says more ("It should reach you by Monday.") joins the pitch.
                self.found.append((unit.start, unit.end))
                self.carried = True
            else:
                self.found[-1] = (self.found[-1][0], unit.end)
        elif (
            carries_on
            and (_calls_to_take_up(unit) or (unit[0].is_sent_start and _urges_on(unit)))
            and not _paragraph_break_between(doc, self.found[-1][1], unit.start)
            and not self.own(unit)
        ):
            self.found.append((unit.start, unit.end))
            self.carried = False
        self.previous_end = unit.end
        self.previous = unit


def pitches(
    doc: Doc,
    start_char: int,
    end_char: int,
    matchers: _Compiled,
    original_doc: Doc | None = None,
    asked: bool | frozenset[str] | Callable[[], bool | frozenset[str]] = False,
    triggers: Sequence[tuple[int, int]] | None = None,
) -> list[Span]:
    """Spans of the draft that pitch, per the rule's matchers: each unit with
    a trigger not excused by ``not_pitch`` or by naming a product the customer
    named; a unit with no trigger of its own that opens with a pronoun ("It's
    great value") joins the pitch before it. When the customer ``asked`` about
    the topic, only pitches after an opener that changes the subject ("While
    you're here", "Before you go"), in the same paragraph, are kept.

    ``asked`` may be a set of topic words (a rule with ``asked_in_unit``):
    then only units that name one count as asked about. It may be a function,
    called only when there is a trigger. Only the
    sentences with a trigger, and those after a pitch that may carry it on,
    are cut into units.
    """
    if triggers is None:
        triggers = trigger_spans(doc, matchers)
    if not triggers:
        return []
    if callable(asked):
        asked = asked()
    sentences = _sentences(doc)
    starts = _sentence_starts(doc)
    wanted = sorted({bisect_right(starts, s) - 1 for s, _ in triggers})
    walk = _Pitches(doc, matchers, triggers, original_doc, asked)
    index = wanted[0]
    while index < len(sentences):
        for unit in _units_of(doc, index, start_char, end_char):
            walk.walk(unit)
        index += 1
        if not walk.carries_on():
            later = bisect_right(wanted, index - 1)
            if later == len(wanted):
                break
            index = wanted[later]
    return [doc[s:e] for s, e in walk.found]


# --------------------------------------------------------------------------- answers


_ANSWERS_KEY: Final = "replycheck.stock.answers"

#: The routes of RC201's matching (``answer_for``) that find the ask's own
#: topic or the kind of answer it expects in the sentence ("what does it
#: cost?" <- "£35"), or echo its verb after a modal ("Guests can park ..." to
#: "Is there parking?"). A bare "Good news," or "Yes", a paraphrase or a
#: generic ask's any-sentence says nothing of what the offer is about.
ANSWER_ROUTES: Final = frozenset(
    {"topic+type", "strong", "named evidence", "evidence", "complement evidence", "typed",
     "typed focus", "offer", "modal"}
)  # fmt: skip

#: Routes that credit a bare answer ("There is.", "We do.", "Yes to both."):
#: it answers the sentence's ask, and its terms follow in the next sentence.
BARE_ROUTES: Final = frozenset({"bare", "bare to all"})

#: Words that put something on top of the answer before them: more of ours
#: ("also", "too", "another"), news ("new", "launched"), an invitation ("why
#: not", "you might like", "don't miss", "refer a friend") or a deal ("sale",
#: "code", "free"). A sentence after an answer with none of them says more of
#: the answer: what it costs, what it needs, what comes with it.
ADDING: Final = frozenset(
    {"also", "too", "well", "plus", "another", "other", "extra", "more", "new", "newest",
     "latest", "launch", "launched", "launches", "launching", "arrived", "landed", "just",
     "why", "might", "may", "love", "like", "miss", "refer", "treat", "fancy", "try",
     "tried", "sale", "sales", "code", "free", "limited", "hurry", "exclusive", "special",
     "offer", "offers", "offering", "discount", "deal", "deals", "save", "saving",
     "member", "members", "membership", "loyalty", "voucher", "half", "price", "%",
     "early", "fast", "selling", "left", "back", "stock", "restocked", "!", "?", "upgrade",
     "switch", "sign", "join", "enrol", "enroll", "subscribe", "subscribers", "presale",
     "pre-sale"}
)  # fmt: skip


#: Verbs that, opening a sentence, invite the customer to take something up
#: ("Add a VIP package ...", "Book before Friday ...", "Join our club ...").
INVITING: Final = frozenset(
    {"add", "book", "join", "try", "get", "pair", "refer", "use", "grab", "treat", "sign",
     "shop", "browse", "visit", "order", "pre-book", "enjoy", "discover", "explore", "claim",
     "upgrade", "switch", "pick", "choose", "bundle", "combine", "ask", "don't", "do"}
)  # fmt: skip


def _adds_on_top(sentence: Span, theirs: frozenset[int] = frozenset()) -> bool:
    """Whether a sentence puts something on top of the answer before it: a
    word of ``ADDING`` the customer did not use (``theirs``: the ids of their
    lower-cased words; "membership" answering "Does the membership include
    classes?" is their topic), a saving ("£100 off", "25% off") or an
    invitation opening it (``INVITING``). "off-piste" takes nothing off."""
    tokens = [t for t in sentence if not t.is_space]
    if tokens and tokens[0].lower_ in INVITING:
        return True
    for i, token in enumerate(tokens):
        word = token.lower_
        if word in ADDING and token.lower not in theirs:
            return True
        if word == "off" and i > 0 and (tokens[i - 1].like_num or tokens[i - 1].text == "%"):
            return True
    return False


#: Words after "you" that say what the customer can or must do ("You can add
#: our winter sports extension for £24", "You'll need the V5 letter").
YOU_CAN: Final = frozenset({"can", "could", "'ll", "will", "would", "'d", "need", "just"})


def _says_the_terms(sentence: Span) -> bool:
    """Whether a sentence opens by saying what we do or what the customer can
    do ("We add a European cover pack for £35", "You can add ..."): the terms
    of the answer before it. A product, a price or an invitation opening it
    ("Our solar packages start at £4,995", "These trainers pair with ...",
    "Snap up ...") is a new subject."""
    tokens = [t for t in sentence if not t.is_space]
    if len(tokens) < 2:
        return False
    first, second = tokens[0].lower_, tokens[1].lower_
    return first == "we" or (first == "you" and second in YOU_CAN)


class _Answers(NamedTuple):
    """Draft sentences (character spans) RC201's matching credits as answers."""

    #: each the only sentence that answers one of the customer's asks
    only: tuple[tuple[int, int], ...]
    #: each credited with answering an ask (by one of ``ANSWER_ROUTES`` or
    #: ``BARE_ROUTES``) or speaking to what an ask names
    credited: tuple[tuple[int, int], ...]


NO_ANSWERS: Final = _Answers((), ())


def answering_sentences(ctx: CheckContext) -> _Answers:
    """The draft sentences that RC201's matching credits with answering the
    customer's asks (see ``_Answers``). Read once per draft, when a stock
    rule has something to report, and shared by the stock rules; empty when
    the customer's message is unknown or asks nothing."""
    if ctx.original_doc is None:
        return NO_ANSWERS
    doc = ctx.doc
    found: _Answers | None = doc.user_data.get(_ANSWERS_KEY)
    if found is None:
        found = doc.user_data[_ANSWERS_KEY] = _answering_sentences(ctx)
    return found


def _answering_sentences(ctx: CheckContext) -> _Answers:
    """``answering_sentences``, worked out. The thread package is imported
    here, on the first draft whose customer's message is known: compiling
    its patterns is a tenth of a cold ``replycheck draft.txt``, which a
    draft with no customer's message does not need."""
    from replycheck.thread.answered import answer_for
    from replycheck.thread.reading import read_thread

    reading = read_thread(ctx, _lexicon())
    if reading is None:
        return NO_ANSWERS
    asks = reading.asks
    if not asks:
        return NO_ANSWERS
    statements = reading.statements()
    only: list[tuple[int, int]] = []
    credited: list[tuple[int, int]] = []
    for ask in asks:
        if not ask.generic:
            # a sentence on what the ask names speaks to it ("Driving to France
            # is fine." to "is it possible to take it over to France?")
            named = {key for key, weight in (ask.core or ask.topic).items() if weight >= 1.0}
            credited.extend(
                (s.start, s.end) for s in statements if not named.isdisjoint(s.said or s.topic)
            )
        answer = answer_for(ask, statements, asks)
        if answer is None:
            continue
        found, route = answer
        if route in BARE_ROUTES:
            credited.append((found.start, found.end))  # "There is." before its terms
        if route not in ANSWER_ROUTES:
            continue
        credited.append((found.start, found.end))
        # without it the ask goes unanswered, or gets only a bare "There is."
        other = answer_for(ask, [s for s in statements if s is not found], asks)
        if other is None or other[1] in BARE_ROUTES:
            only.append((found.start, found.end))
    return _Answers(tuple(only), tuple(credited))


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    """RC201's built-in lexicon, loaded once (its asks and answers are the ones matched)."""
    from replycheck.thread import default_lexicon

    return default_lexicon()


def _is_an_answer(
    span: Span, answers: _Answers, theirs: frozenset[int], customer: frozenset[str]
) -> bool:
    """Whether the pitch is the customer's answer: it opens a sentence that
    alone answers one of their asks ("We add a European cover pack for £35"
    to "Is that allowed, and what does it cost?"), or it opens the sentence
    after an answer, in its paragraph, says what we do or what they can do
    (``_says_the_terms``) with a word of that answer or of the customer's
    message, and adds nothing on top of it (see ``ADDING``): "Your policy
    doesn't include winter sports. You can add our winter sports extension
    for £24" says what the answer costs. A clause
    after the answer ("Yes, we do, and our Delivery Pass is £7.99") is not
    the answer; the terms after a semicolon in the answer itself are
    (``_terms_after_semicolon``)."""
    doc = span.doc
    sentence = span.sent
    if span.start != sentence.start:
        return _terms_after_semicolon(span, answers, theirs)
    if _adds_on_top(sentence, theirs):
        return False
    start = span.start_char
    if any(a_start <= start < a_end for a_start, a_end in answers.only):
        return True
    if sentence.start == 0 or not answers.credited or not _says_the_terms(sentence):
        return False
    before = doc[sentence.start - 1].sent
    if _paragraph_break_between(doc, before.end - 1, sentence.start):
        return False
    if _adds_on_top(before, theirs):
        return False  # the sentence before sells too: this one carries its pitch on
    if not any(a_start <= before.start_char < a_end for a_start, a_end in answers.credited):
        return False
    # the terms of that answer speak of what it or the customer named ("You can
    # add our winter sports extension" after "... doesn't include winter
    # sports"); "You can add next-day delivery for £4.99" after "Your parcel
    # is due on Friday" changes the subject
    stems = _content_stems(sentence)
    return not stems.isdisjoint(_content_stems(before)) or not stems.isdisjoint(customer)


def _terms_after_semicolon(span: Span, answers: _Answers, theirs: frozenset[int]) -> bool:
    """Whether the pitch is the clause after a semicolon in the sentence that
    alone answers one of the customer's asks, and says what we do or what they
    can do with nothing on top (``_says_the_terms``, ``_adds_on_top``): "The
    club's cars can go abroad with 48 hours' notice; we add the European cover
    for £12 a day" to "Is that allowed, and what would the extra insurance
    come to?" gives the terms of the answer in the same breath. After ", and"
    ("Yes, we do, and our Delivery Pass is £7.99") it is a clause on top."""
    doc = span.doc
    sentence = span.sent
    k = span.start - 1
    while k > sentence.start and doc[k].is_space:
        k -= 1
    if k <= sentence.start or doc[k].text != ";":
        return False
    start = sentence.start_char
    if not any(a_start <= start < a_end for a_start, a_end in answers.only):
        return False
    clause = doc[span.start : sentence.end]
    return _says_the_terms(clause) and not _adds_on_top(sentence, theirs)


#: The words, besides stop words, of a tag urging on the pitch before it: the
#: urging and when the offer ends ("Don't miss it!", "It ends on Sunday, so
#: don't miss out!", "It's available for a limited time only.").
TAG_WORDS: Final = frozenset(
    {"miss", "hurry", "available", "limited", "time", "ends", "end", "ending", "last", "lasts",
     "soon", "quick", "quickly", "fast", "period", "today", "tonight", "tomorrow", "midnight",
     "week", "weekend", "month", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "n't", "'s"}
)  # fmt: skip
#: The most words such a tag runs to.
TAG_REACH: Final = 12


def _urges_on(sentence: Span) -> bool:
    """Whether the sentence names nothing of its own, only urges and says when
    the offer ends (``TAG_WORDS`` and stop words: "Don't miss it!", "It's
    available for a limited time only."): just after a pitch it urges that
    pitch on, a pitching sentence of its own. "Offer ends Sunday." names the offer,
    "Apply online in minutes." asks something of its own, and "Use code FARM10
    for 10% off." names a code and a sum: each is a pitch of its own."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    if not words or len(words) > TAG_REACH:
        return False
    return all(t.is_stop or t.lower_ in TAG_WORDS for t in words)


# --------------------------------------------------------------------------- check


@check("stock-pitch")
def stock_pitch(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """Report pitches (stock, new products, promotions, cross-sells, upsells)
    the customer did not ask about, at ``info`` when their message is unknown."""
    matchers = compiled(rule, ctx.doc.vocab)
    present = _draft_keys(ctx.doc, ctx.lower_ids)
    if matchers.keys is not None and matchers.keys.isdisjoint(present):
        return
    gates = matchers.open_gates(ctx.lower_ids, present)
    if not gates:
        return
    triggers = trigger_spans(ctx.doc, matchers, gates=gates)
    if not triggers:
        return
    # Sentences the stock rules reported, by their first token: a ``fallback``
    # rule (RC406, after the others) only reports sentences none of them did,
    # so their triggers are dropped before the walk, not its pitches after.
    reported: set[int] = ctx.doc.user_data.setdefault(_REPORTED_KEY, set())
    fallback = bool(rule.options.get("fallback", False))
    if fallback and reported:
        starts = _sentence_starts(ctx.doc)
        triggers = [t for t in triggers if starts[bisect_right(starts, t[0]) - 1] not in reported]
        if not triggers:
            return
    original_doc = ctx.original_doc

    in_unit = bool(rule.options.get("asked_in_unit", False))
    topic_words = tuple(rule.options.get("asked_topics", ()))
    in_question = bool(rule.options.get("asked_in_question", False))
    topical_ideas = bool(rule.options.get("ideas_in_unit", False))
    pay_less = bool(rule.options.get("pay_less_asked", False))

    def asked() -> bool | frozenset[str]:
        if original_doc is None:
            return False
        if pay_less and asks_to_pay_less(original_doc):
            return True
        if in_unit:
            return customer_asked_topics(original_doc, matchers)
        if customer_asked(original_doc, matchers):
            ideas = asked_only_for_ideas(original_doc, matchers) if topical_ideas else None
            return True if ideas is None else ideas
        return customer_asked_about(original_doc, topic_words, in_question)

    region = ctx.region_of(rule.scope)
    start, end = (region.start, region.end) if region is not None else (0, len(ctx.text))
    # a span's sentence by bisection: ``span.sent`` walks the tokens to the
    # sentence's ends, again for every span of one long sentence (quadratic)
    sentence_starts = _sentence_starts(ctx.doc)
    for span in pitches(ctx.doc, start, end, matchers, original_doc, asked, triggers):
        sentence_start = sentence_starts[bisect_right(sentence_starts, span.start) - 1]
        if fallback and sentence_start in reported:
            continue
        if original_doc is not None and _is_an_answer(
            span,
            answering_sentences(ctx),
            lower_ids(original_doc),
            _kept(original_doc, _CONTENT_STEMS_KEY, _content_stems),
        ):
            continue
        reported.add(sentence_start)
        finding = ctx.span_finding(rule, span)
        if original_doc is None:
            note = rule.options.get("unknown_original_note", UNKNOWN_ORIGINAL)
            finding = replace(finding, severity="info", message=f"{finding.message} {note}")
        yield finding
