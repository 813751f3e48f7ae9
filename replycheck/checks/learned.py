"""Learned tone: a sentence model fitted on the labelled corpus, as a
backstop to the rude, demanding and blame rules.

The rules catch the wordings they were written for; a new writer's rude
sentence often uses none of them (docs/quality.md measures this). The model
reads every body sentence as a set of its lower-case words and word pairs,
TF-IDF weighted as scikit-learn's ``TfidfVectorizer(binary=True)`` does. Two
logistic regressions read the same features: the *gate* gives the chance
that the sentence is rude, demanding or blaming at all, and the *label* model
says which of the three it most likely is. A sentence is flagged when the
gate's chance reaches the rule's ``threshold`` and the label is the rule's;
the message names the words that weighed most, so the agent sees why.

The model is data: a JSON file next to the ruleset (``options.model``), written
by ``scripts/train_tone_model.py``. Scoring needs no scikit-learn: one
dictionary lookup per word and word pair and one sum per sentence (see
``ToneModel.tone``); the label is worked out only for the few sentences the
gate passes. The file is read once per process, when the first draft needs it.
"""

from __future__ import annotations

import base64
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple, cast

import numpy as np

from replycheck import regexcache
from replycheck.calendar_words import MONTHS, WEEKDAYS
from replycheck.checks import check
from replycheck.checks.options import flag, read_once, word_list
from replycheck.checks.orders import (
    CURT_IMPERATIVES,
    REASON_LEADS,
    SAFEGUARDED,
    STEP_REASON_VETOES,
    VERDICT_POINTERS,
)
from replycheck.checks.tone_sentences import (
    STEP_THINGS,
    hazard_named,
    list_heading,
    list_intro,
    list_step,
    quoted_tokens,
)
from replycheck.errors import RulesetError
from replycheck.modelfile import read_model_file
from replycheck.nlp import sentence_token_starts, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from replycheck.context import CheckContext
    from replycheck.message import Region
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: The version of the model file this module reads.
FORMAT: Final = 2
#: Sentences with fewer words than this are not read at all (a greeting's "Hi Sam,").
MIN_WORDS: Final = 2
#: Sentences with fewer words than this are read for fitting but not scored:
#: a three-word sentence rests on one or two weighted words, and the model
#: flagged polite ones ("Not a problem.", "This is distressing.") while
#: missing curt ones ("Grow up.", "Figure it out."), which the rules cover.
#: In five-fold cross-validation on the dev corpus no tone sentence the gate
#: passed was this short (docs/quality.md).
MIN_SCORED_WORDS: Final = 4


class Scored(NamedTuple):
    """One body sentence the gate reads as likely tone (see ``FLOOR``)."""

    start: int  # character offsets into the draft
    end: int
    tone: float  # the gate's chance that the sentence is rude, demanding or blaming
    lowers: Sequence[int]  # the sentence's lower-case hashes, to label and explain it


#: Sentences the gate scores below this are not kept: no rule may flag at a
#: lower threshold, and most sentences are far below it.
FLOOR: Final = 0.5


@dataclass(frozen=True)
class ToneModel:
    """Two logistic regressions over TF-IDF word and word-pair features, as
    ``scripts/train_tone_model.py`` exports them: ``gate`` (tone or not) and
    ``label`` (which tone class)."""

    labels: tuple[str, ...]  # the tone classes the label model tells apart
    names: list[str]  # feature i's text: "word" or "word word"
    idf: np.ndarray  # one per feature
    gate: np.ndarray  # the gate's weight of each feature
    gate_bias: float
    label_coef: np.ndarray  # label_coef[i, k]: feature i, class labels[k]
    label_bias: np.ndarray  # one per class
    #: A sentence with fewer known features is not scored: with one or two
    #: ("Hi Carrie.", a sentence in another language) the normalised weights
    #: rest on whatever those few happen to be.
    min_features: int
    unigrams: dict[int, int]  # lower-case hash -> feature index
    bigrams: dict[tuple[int, int], int]  # (hash, hash) -> feature index
    #: Both lookups in one dict (int and pair keys cannot clash).
    index: dict[int | tuple[int, int], int]
    #: complex(idf[i] ** 2, idf[i] * gate[i]): one C-level sum of these over a
    #: sentence's features gives its squared norm and its unnormalised gate
    #: score together.
    packed: list[complex]

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str) -> ToneModel:
        """Build from the exported JSON; a malformed file names itself.

        The weights come as base64 little-endian float32 arrays (``idf`` and
        ``gate``: one per feature; ``label_coef``: one per feature per class,
        feature by feature) and the features as one newline-separated string:
        read that way the file loads in milliseconds."""
        from replycheck.nlp import word_id

        def floats(key: str) -> np.ndarray:
            return np.frombuffer(base64.b64decode(data[key]), dtype="<f4").astype(float)

        try:
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
            labels = tuple(str(c) for c in data["labels"])
            names = data["features"].split("\n")
            idf, gate = floats("idf"), floats("gate")
            label_coef = floats("label_coef").reshape(len(names), len(labels))
            label_bias = np.asarray(data["label_bias"], dtype=float)
            gate_bias = float(data["gate_bias"])
            min_features = int(data["min_features"])
            if not len(idf) == len(gate) == len(names) or len(label_bias) != len(labels):
                raise ValueError("sizes do not agree")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise RulesetError(f"{source}: not a tone model ({exc})") from None
        unigrams: dict[int, int] = {}
        bigrams: dict[tuple[int, int], int] = {}
        for i, name in enumerate(names):
            words = name.split(" ")
            if len(words) == 1:
                unigrams[word_id(words[0])] = i
            elif len(words) == 2:
                bigrams[(word_id(words[0]), word_id(words[1]))] = i
            else:
                raise RulesetError(f"{source}: feature {name!r} is neither a word nor a pair")
        packed = (idf * idf + 1j * idf * gate).tolist()
        index: dict[int | tuple[int, int], int] = {}
        index.update(unigrams.items())
        index.update(bigrams.items())
        return cls(
            labels, names, idf, gate, gate_bias, label_coef, label_bias, min_features,
            unigrams, bigrams, index=index, packed=packed,
        )  # fmt: skip

    def features(self, lowers: Sequence[int]) -> dict[int, float]:
        """Feature index -> TF-IDF weight (l2-normalised) of one sentence's
        lower-case hashes, words the model never saw left out. Term
        frequency is binary: a word twice in a sentence counts once."""
        unigrams, bigrams = self.unigrams, self.bigrams
        found = {unigrams[h] for h in lowers if h in unigrams}
        found |= {bigrams[pair] for pair in pairwise(lowers) if pair in bigrams}
        # One numpy call for the weights (``tolist`` gives the same floats as
        # ``float(self.idf[i])`` per feature, which made a numpy scalar each).
        order = list(found)
        weights = dict(zip(order, self.idf[order].tolist(), strict=True))
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return {i: w / norm for i, w in weights.items()} if norm else {}

    def gate_probability(self, features: dict[int, float]) -> float:
        """The gate's chance of tone from a sentence's features: the model as
        fitted, written for reading; ``tone`` is the fast path."""
        z = self.gate_bias + sum(x * float(self.gate[i]) for i, x in features.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def label_of(self, features: dict[int, float]) -> str:
        """The likeliest tone class of a sentence, from its features."""
        if not features:
            return self.labels[int(self.label_bias.argmax())]
        weights = np.fromiter(features.values(), dtype=float, count=len(features))
        logits = self.label_bias + weights @ self.label_coef[list(features)]
        return self.labels[int(logits.argmax())]

    def label_probabilities(self, features: dict[int, float]) -> np.ndarray:
        """The label model's chance of each class in ``labels`` (a softmax
        over the same logits ``label_of`` takes the largest of)."""
        if features:
            weights = np.fromiter(features.values(), dtype=float, count=len(features))
            logits = self.label_bias + weights @ self.label_coef[list(features)]
        else:
            logits = self.label_bias.copy()
        shifted = np.exp(logits - logits.max())
        return cast("np.ndarray", shifted / shifted.sum())

    def tone(self, lowers: Sequence[int]) -> float:
        """The gate's chance that a sentence is rude, demanding or blaming;
        0 for a sentence with fewer than ``min_features`` known features.

        The same number as ``gate_probability(features(lowers))``, with every
        loop in C (``set``, ``map``, ``sum``): every sentence of every draft
        comes here.
        """
        keys: Iterable[int | tuple[int, int]] = chain(lowers, pairwise(lowers))
        seen = set(map(self.index.get, keys))
        seen.discard(None)
        found = cast("set[int]", seen)  # None discarded: feature indexes only
        if len(found) < self.min_features or not found:
            return 0.0
        total: complex = sum(map(self.packed.__getitem__, found))
        z = self.gate_bias + total.imag / math.sqrt(total.real)
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def evidence(self, features: dict[int, float], most: int = 3) -> tuple[str, ...]:
        """The ``most`` features of a sentence that pushed the gate furthest
        towards tone (worked out only for a flagged sentence)."""
        if not features or most <= 0:
            return ()
        index = list(features)
        # Plain floats (the same products numpy makes), sorted by push with
        # ties in feature order, as a stable argsort of the negated pushes
        # gives them; read only until ``most`` words are found.
        pushes = [w * g for w, g in zip(features.values(), self.gate[index].tolist(), strict=True)]
        words: list[str] = []
        for k in sorted(range(len(index)), key=pushes.__getitem__, reverse=True):
            if pushes[k] <= 0:
                break  # the rest push no further towards tone
            name = self.names[index[k]]
            if _shows_words(name):
                words.append(name)
                if len(words) == most:
                    break
        return tuple(words)


def _shows_words(feature: str) -> bool:
    """Whether a feature is worth showing: words only ("? ," or "honestly ,"
    would explain nothing the plain word does not)."""
    return all(any(c.isalnum() for c in word) for word in feature.split(" "))


@lru_cache(maxsize=4)
def load_model(path: str) -> ToneModel:
    """The model in the JSON file at ``path``, read once per process."""
    return ToneModel.from_dict(read_model_file(path, "tone model"), path)


def sentence_words(
    doc: Doc, text: str, region: Region, min_words: int = MIN_WORDS
) -> list[tuple[int, int, list[int]]]:
    """``(start, end, lower-case hashes)`` of each sentence of ``doc`` (whose
    text is ``text``: ``Doc.text`` would make a ``Token`` per word) that lies
    in ``region``, without whitespace and words inside double quotes (someone
    else's); sentences with fewer than ``min_words`` words (tokens of letters
    only) are left out. The training script reads sentences through this same
    function, with the default."""
    table = token_table(doc)
    lower, alpha, space, idx = table.lower, table.alpha, table.space, table.idx
    quoted = quoted_tokens(doc)
    size = len(lower)
    bounds = [*(sentence_token_starts(doc) or [0]), size]
    rows = []
    for a, b in pairwise(bounds):
        if idx[a] >= region.end or (b < size and idx[b] <= region.start):
            continue  # wholly outside the region (the greeting, the sign-off)
        if quoted or 1 in space[a:b]:
            keep = [i for i in range(a, b) if not space[i] and i not in quoted]
            if not keep:
                continue
            lowers = [lower[i] for i in keep]
            words = sum(alpha[i] for i in keep)
            first, last = keep[0], keep[-1]
        else:  # the usual sentence: every token kept, read by slicing
            lowers, words, first, last = lower[a:b], sum(alpha[a:b]), a, b - 1
        start = idx[first]
        end = idx[last + 1] if last + 1 < size else len(text)
        end = start + len(text[start:end].rstrip())
        if start < region.start or end > region.end or words < min_words:
            continue
        rows.append((start, end, lowers))
    return rows


def scored_sentences(ctx: CheckContext, model: ToneModel) -> list[Scored]:
    """The body sentences the gate reads as at least ``FLOOR`` likely tone,
    worked out once per draft (kept in the ``Doc``'s ``user_data``) for the
    three learned rules to share."""
    key = ("replycheck.learned", id(model))
    kept = ctx.doc.user_data.get(key)
    if kept is None:
        kept = []
        body = ctx.message.body
        sentences = sentence_words(ctx.doc, ctx.message.own, body, MIN_SCORED_WORDS) if body else ()
        for start, end, lowers in sentences:
            tone = model.tone(lowers)
            if tone >= FLOOR:
                kept.append(Scored(start, end, tone, lowers))
        ctx.doc.user_data[key] = kept
    return kept  # type: ignore[no-any-return]


class Verdict(NamedTuple):
    """What the label model makes of a sentence the gate let through."""

    label: str
    evidence: tuple[str, ...]


def verdict(ctx: CheckContext, model: ToneModel, scored: Scored) -> Verdict:
    """The label and the words that weighed most, worked out once per
    sentence (kept in the ``Doc``'s ``user_data``) for the three rules."""
    key = ("replycheck.learned.verdicts", id(model))
    verdicts = ctx.doc.user_data.setdefault(key, {})
    found = verdicts.get(scored.start)
    if found is None:
        features = model.features(scored.lowers)
        label = settle_label(model, features, scored.lowers)
        found = verdicts[scored.start] = Verdict(label, model.evidence(features))
    return found  # type: ignore[no-any-return]


#: How near (in the label model's probability) the runner-up must come to the
#: top class for the sentence's own words to decide between blame and the
#: rude-or-demanding pair. Nearer than this the model is guessing between two
#: readings it was fitted on (the dev corpus's blame and rude lines share most
#: of their words: "with respect", "not", "your"); further apart its reading
#: stands whatever the cues say.
CLOSE: Final = 0.1
#: Cues that the line puts the fault on someone else (corpus/README.md: "putting
#: the fault on someone else is blame"): whose fault it is ("the fault of the
#: skis", "the courier's fault", "not our fault"), who cannot be held to
#: account, or the customer's own act as the cause ("You were told not to move
#: heavy furniture"). Token sequences as the tokenizer splits them.
BLAME_CUES: Final = (
    "fault of", "your fault", "their fault", "his fault", "her fault", "'s fault",
    "not our fault", "n't our fault", "not my fault", "n't my fault",
    "accountable", "liable", "to blame",
    "you were told", "you were warned", "you were advised", "you told", "you chose to",
)  # fmt: skip
#: "through no fault of your own" clears the customer: no cue then.
BLAME_CLEARED: Final = ("no fault", "not your fault", "n't your fault")
#: Cues of an order aimed at the customer (README: "demanding: orders and
#: ultimatums aimed at the customer"): "so please don't touch the shelf in
#: future" is an order however much blame the rest of the line carries.
ORDER_CUES: Final = ("please do n't", "please do not", "please never", "so do n't", "so do not")
#: Cues of talking down (README: "talking down is rude"): "if you really want".
TALKING_DOWN_CUES: Final = ("if you really want", "if you really must", "if you insist")
#: The classes the scoring groups put together: a slip between these two is
#: no slip, so the cues only ever move a sentence across the blame line.
RUDE_OR_DEMANDING: Final = ("rude", "demanding")


def _phrase_ids(phrases: Iterable[str]) -> tuple[tuple[int, ...], ...]:
    from replycheck.nlp import word_id

    return tuple(tuple(map(word_id, phrase.split(" "))) for phrase in phrases)


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[tuple[int, ...], ...]]:
    return {
        "blame": _phrase_ids(BLAME_CUES),
        "cleared": _phrase_ids(BLAME_CLEARED),
        "demanding": _phrase_ids(ORDER_CUES),
        "rude": _phrase_ids(TALKING_DOWN_CUES),
    }


def _holds(lowers: Sequence[int], phrases: Iterable[tuple[int, ...]]) -> bool:
    """Whether any of ``phrases`` (word-id sequences) runs in ``lowers``."""
    words = list(lowers)
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if words[i] == phrase[0] and tuple(words[i : i + n]) == phrase:
                return True
    return False


def settle_label(model: ToneModel, features: dict[int, float], lowers: Sequence[int]) -> str:
    """The label model's class for a sentence, unless blame and rude-or-demanding
    come within ``CLOSE`` of each other: then a clear cue in the sentence decides,
    as corpus/README.md decides rude vs blame "by what the line does". Blame
    on top gives way, when rude or demanding comes near, to an order aimed at
    the customer (``ORDER_CUES``: demanding) or talking down
    (``TALKING_DOWN_CUES``: rude); rude or demanding
    on top gives way to blame when the line names whose fault it is
    (``BLAME_CUES``) and neither clears the customer nor orders them about.
    With no cue, or with the classes further apart, the model's reading stands."""
    label = model.label_of(features)
    if not features or "blame" not in model.labels:
        return label
    probs = dict(zip(model.labels, model.label_probabilities(features).tolist(), strict=True))
    cues = _cues()
    if label == "blame":
        near = max(probs.get(other, 0.0) for other in RUDE_OR_DEMANDING)
        if near >= probs["blame"] - CLOSE:
            for other in ("demanding", "rude"):
                if other in probs and _holds(lowers, cues[other]):
                    return other
        return label
    if (
        label in RUDE_OR_DEMANDING
        and probs["blame"] >= probs[label] - CLOSE
        and _holds(lowers, cues["blame"])
        and not _holds(lowers, cues["cleared"])
        and not _holds(lowers, cues["demanding"])
    ):
        return "blame"
    return label


@check("learned-tone")
def learned_tone(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """A body sentence the gate passes at ``options.threshold`` or more and
    the label model reads as the rule's class (``options.label``). Labels are
    worked out only for the sentences a rule's threshold lets through, once."""
    model, label, threshold = read_once(rule, _read_options)
    catch_party = bool(rule.options.get("catch_party_cause"))
    for scored in scored_sentences(ctx, model):
        if scored.tone < threshold and not (
            catch_party and _down_to_party(scored.lowers, ctx.doc.vocab.strings)
        ):
            continue
        found = verdict(ctx, model, scored)
        if (
            found.label == label
            and not _spared(rule, scored.lowers, ctx.doc.vocab.strings)
            and not (rule.options.get("spare_refusal") and _plain_refusal(rule, scored.lowers))
            and not (rule.options.get("spare_owning") and _owns_fault(rule, scored.lowers))
            and not (
                rule.options.get("spare_description")
                and _describes_a_thing(rule, scored.lowers, ctx.doc.vocab.strings)
            )
            and not (
                rule.options.get("spare_dated_request") and _dated_request(rule, scored.lowers)
            )
            and not (rule.options.get("spare_list_step") and _list_item(rule, ctx, scored))
            and not (rule.options.get("spare_our_purpose") and _our_purpose(rule, scored.lowers))
            and not (rule.options.get("spare_hazard") and _warns_of_hazard(rule, ctx, scored))
            and not (rule.options.get("spare_safeguard") and _safeguards(rule, ctx, scored))
            and not (rule.options.get("care_verbs") and _handle_with_care(rule, scored.lowers))
            and not (rule.options.get("spare_owned_lapse") and _owned_lapse(rule, ctx, scored))
            and not (rule.options.get("spare_thing_stops") and _thing_stops(rule, scored.lowers))
            and not (rule.options.get("spare_eligibility") and _eligibility(rule, ctx, scored))
            and not (rule.options.get("spare_legal_reason") and _legal_reason(rule, ctx, scored))
            and not (
                rule.options.get("spare_expectation")
                and _tells_what_to_expect(rule, scored.lowers, ctx.doc.vocab.strings)
            )
            and not (rule.options.get("spare_what_follows") and _what_follows(rule, ctx, scored))
            and not (rule.options.get("spare_thing_result") and _thing_result(rule, scored.lowers))
            and not (rule.options.get("spare_promise") and _promises(rule, scored.lowers))
            and not (
                rule.options.get("spare_cleared")
                and _clears_the_customer(rule, scored.lowers, ctx.doc.vocab.strings)
            )
            and not (rule.options.get("spare_defect") and _names_a_defect(rule, scored.lowers))
            and not (
                rule.options.get("spare_unforeseeable") and _unforeseeable(rule, scored.lowers)
            )
            and not (
                rule.options.get("spare_rule_not_ours") and _rule_not_ours(rule, scored.lowers)
            )
            and not (rule.options.get("spare_our_reason") and _our_reason(rule, scored.lowers))
            and not (
                rule.options.get("spare_rule_subject") and _rule_is_subject(rule, scored.lowers)
            )
            and not (
                rule.options.get("spare_our_past_reason") and _our_past_reason(rule, ctx, scored)
            )
            and not (rule.options.get("spare_contrast") and _contrasts_things(rule, scored.lowers))
            and not (
                rule.options.get("spare_step_order")
                and _step_order(rule, scored.lowers, ctx.doc.vocab.strings)
            )
            and not (rule.options.get("taught_next") and _taught_next(rule, ctx, scored))
            and not (rule.options.get("spare_statement") and _plain_statement(rule, scored.lowers))
            and not (
                rule.options.get("spare_no_party")
                and _names_no_party(rule, scored.lowers, ctx.doc.vocab.strings)
            )
            and not (
                rule.options.get("spare_case_outcome")
                and _case_outcome(rule, ctx.message.own[scored.start : scored.end], scored.lowers)
            )
            and not (
                rule.options.get("spare_requirement")
                and _states_a_requirement(
                    rule, ctx.message.own[scored.start : scored.end], scored.lowers
                )
            )
            and not (
                rule.options.get("spare_put_right")
                and _we_put_it_right(ctx.message.own[scored.start : scored.end])
            )
            and not (
                rule.options.get("spare_care_advice")
                and _care_advice(ctx.message.own[scored.start : scored.end])
            )
            and not (rule.options.get("spare_good_wish") and _good_wish_signoff(rule, ctx, scored))
            and not (rule.options.get("spare_your_choice") and _your_choice(rule, ctx, scored))
            and not (
                rule.options.get("spare_turn_to_help")
                and _turns_to_help(ctx.message.own[scored.start : scored.end])
            )
            and not _spared_kind(rule, ctx.message.own[scored.start : scored.end])
        ):
            words = ", ".join(f"'{word}'" for word in found.evidence)
            message = rule.message + (f" Words that weighed most: {words}." if words else "")
            yield ctx.finding(rule, scored.start, scored.end, message=message)


#: A good wish opening a free-form sign-off line: "Wishing you calm skies next
#: time,", "Hope the move goes smoothly,", "Enjoy the rest of your trip,", or
#: the wish with no verb, good weather for their pursuit ("Clear skies next
#: time,", "Fair winds for the crossing,"): an adjective then a plural or
#: mass noun, with no object between, so "Clear the filter next time," is
#: still read as an order.
GOOD_WISH: Final = regexcache.compile(
    r"(?:wishing|(?:i|we)\s+(?:hope|wish)|hope|hoping|have\s+an?|enjoy|good\s+luck|"
    r"best\s+of\s+luck|all\s+the\s+best|safe\s+travels|happy|here's\s+to|"
    r"(?:clear|calm|fair|blue|sunny|smooth|safe|dry|gentle|following)\s+"
    r"(?:skies|seas|waters|winds|breezes|sailing|landings|journeys|trails|roads))\b",
    re.IGNORECASE,
)
#: An edge or a lesson in the wish keeps the flag: "Hope you manage to read the
#: instructions next time,", "Wishing you better luck remembering your PIN,".
GOOD_WISH_VETOES: Final = regexcache.compile(
    r"\b(?:honestly|frankly|obviously|clearly|properly|actually|really|read|reading|"
    r"remember|remembering|manage|learn|learned|learnt|again|careful|finally|just)\b",
    re.IGNORECASE,
)
#: At most this many words: a valediction, not a paragraph ending in a comma.
GOOD_WISH_MAX_WORDS: Final = 15


def _good_wish_signoff(rule: Rule, ctx: CheckContext, scored: Scored) -> bool:
    """Whether the sentence is the reply's free-form sign-off, a good wish
    ending in a comma with only the signature after it ("Wishing you calm
    skies next time," above "Rachel"): the wish is the valediction, and its
    "next time" looks ahead to their next trip, not to a lesson. A wish with
    an edge or a lesson in it keeps the flag (``GOOD_WISH_VETOES``;
    ``options.spare_good_wish``)."""
    flag(rule, "spare_good_wish")
    text = ctx.message.own
    sentence = text[scored.start : scored.end]
    if not sentence.endswith(",") or "\n" in sentence:
        return False
    if text[scored.end : ctx.message.body.end].strip():
        return False  # more of the body after it: a clause, not the sign-off
    if len(sentence.split()) > GOOD_WISH_MAX_WORDS:
        return False
    return GOOD_WISH.match(sentence) is not None and GOOD_WISH_VETOES.search(sentence) is None


#: The choice left to the customer, opening the sentence and then either
#: ending it or going on with ", and": "It's your choice, and your supply and
#: tariff won't change if you say no."
YOUR_CHOICE: Final = regexcache.compile(
    # the customer's own wish as the condition: "Should you wish to take it
    # further, that's entirely your choice."
    r"(?:(?:if\s+you(?:'d|’d|\s+would)?\s+(?:like|want|wish|prefer|decide|choose)|"
    r"should\s+you\s+(?:wish|want|like|prefer|decide|choose))\b[^,.;!?]*,\s*)?"
    r"(?:it's|it’s|it\s+is|that's|that’s|that\s+is)\s+(?:entirely\s+|completely\s+|totally\s+)?"
    r"(?:your\s+(?:choice|decision|call)|up\s+to\s+you)\s*(?:,\s*and\b|[.!]?\s*$)",
    re.IGNORECASE,
)
#: A warning, a sneer or the fault put back keeps the flag: "It's your choice,
#: and you'll have to live with the consequences", "... if you want to ignore
#: our advice".
YOUR_CHOICE_VETOES: Final = regexcache.compile(
    r"\b(?:but|however|ignore|ignoring|risk|risks|consequences?|blame|fault|responsib\w*|"
    r"regret|own|honestly|frankly|obviously|clearly|simply|just|really|actually|live\s+with|"
    r"don't\s+come|won't\s+help|can't\s+help|stop|keep|complain\w*|moan\w*|waste\w*)\b",
    re.IGNORECASE,
)


def _your_choice(rule: Rule, ctx: CheckContext, scored: Scored) -> bool:
    """Whether the sentence leaves a choice to the customer and reassures
    them about it: "It's your choice, and your supply and tariff won't change
    if you say no." tells them they are free to refuse; the model read "your"
    and "if you say no" as blame. A warning, a sneer or a fault put back in it
    ("..., but you'll have to live with the consequences") keeps the flag
    (``options.spare_your_choice``)."""
    flag(rule, "spare_your_choice")
    sentence = ctx.message.own[scored.start : scored.end]
    return YOUR_CHOICE.match(sentence) is not None and YOUR_CHOICE_VETOES.search(sentence) is None


#: A symptom or sign judged ("very common after surgery", "isn't normal",
#: "can be serious in a small dog") before the turn to advice.
CARE_JUDGED: Final = regexcache.compile(
    r"\b(?:common|normal|usual|unusual|serious|rare|expected)\b"
)
#: The turn from the judgement to the step: a comma, then "but" or "so".
CARE_TURN: Final = regexcache.compile(r",\s*(?:but|so)\b")
#: The step that takes the sign seriously: stopping the patient or the
#: product, or someone (a vet, a doctor) seeing the patient.
CARE_STEP: Final = regexcache.compile(
    r"\bstop (?:him|her|them|using|taking|giving|applying|feeding)\b"
    r"|\b(?:see|sees|seen|check|checks|examine|examines) (?:him|her|them)\b"
    r"|\b(?:vet|doctor|gp|pharmacist|dentist|nurse|111)\b"
)
#: The customer as the subject of the advice, or an edge, or a brush-off of
#: their contact, keeps the flag: "It's normal, so stop worrying", "Swelling
#: is common, but honestly you should have rested it".
CARE_VETOES: Final = regexcache.compile(
    r"\b(?:you|your|you're|you've|yours|yourself|u|ur|honestly|frankly|obviously|clearly"
    r"|simply|just|already|told|again|next time|properly|worrying|worry|fuss|ringing|calling"
    r"|emailing|contacting|complaining|asking|reading|bother)\b"
)


def _care_advice(text: str) -> bool:
    """Whether a flagged sentence judges a sign or symptom (``CARE_JUDGED``:
    "Licking the wound is very common after surgery", "Being sick twice can be
    serious in a small dog") and then, after ", but" or ", so", advises the
    step that takes it seriously (``CARE_STEP``: "it's important to stop
    him", "I'd really recommend someone sees him today", "so please stop
    using it"), with no second person and no edge (``CARE_VETOES``). That is
    a clinician's or a careful seller's advice on the patient or the
    product; the model reads "stop" and "but" as the rebukes it was fitted on
    (``options.spare_care_advice``). "It's perfectly normal, so please stop
    worrying about it" and "a few millimetres is normal, but you should have
    measured" keep the flag."""
    lower = text.lower().replace("\u2019", "'")
    if CARE_VETOES.search(lower):
        return False
    return any(
        CARE_JUDGED.search(lower[: turn.start()]) and CARE_STEP.search(lower[turn.end() :])
        for turn in CARE_TURN.finditer(lower)
    )


#: Where the last clause of a sentence starts: after ", but", ", so", ", and",
#: ", as" or ";".
CLAUSE_TURN: Final = regexcache.compile(r"(?:,\s*(?:but|so|and|as)\b|;)")
#: Our remedy, made or promised in the first person: "we'll put it right",
#: "I have waived it", "we've refunded the fee".
OUR_REMEDY: Final = regexcache.compile(
    r"\b(?:we|i)(?:'ll| will|'ve| have)\s+(?:now\s+|also\s+|already\s+)?"
    r"(?:put (?:it|that|this|them) right|waived?|replaced?|repaired|repair|fixed|fix|refunded"
    r"|refund|covered|cover|credited|credit|cancelled|cancel|removed|remove)\b"
)
#: The remedy made a concession or the fault put on the customer all the
#: same: "as a goodwill gesture", "this time", "the last time", "not us",
#: "your fault", an edge.
REMEDY_VETOES: Final = regexcache.compile(
    r"\b(?:goodwill|gesture|one-off|one off|this time|last time|exception|anyway|regardless"
    r"|even though|honestly|frankly|not us|not our|not ours|yours|your fault|your own"
    r"|your mistake|your responsibility|should|misuse|misused|careless|negligen\w*|caused by"
    r"|'s fault|fault of|their fault|his fault|her fault|blame\w*)\b"
)
#: "you" as the one told or served ("explained to you", "for you"), not as a
#: doer.
YOU_SERVED: Final = regexcache.compile(r"\b(?:to|for|with|tell|told|let|thank) you\b")


def _we_put_it_right(text: str) -> bool:
    """Whether a flagged sentence ends, after its last ", but", ", so",
    ", and", ", as" or ";", in our own remedy (``OUR_REMEDY``: "but we
    fitted it, so we'll put it right", "...; as this was not explained to you
    when the visit was booked, I have waived it"), with no concession or
    edge (``REMEDY_VETOES``: "as a goodwill gesture", "this time", "not
    us") and the customer in it only as the one told or served
    (``YOU_SERVED``). A cause told and then taken on by us is owning, not
    blame (corpus/README.md); "You dropped it, but we'll fix it as a one-off"
    keeps the flag (``options.spare_put_right``)."""
    lower = text.lower().replace("\u2019", "'")
    if REMEDY_VETOES.search(lower):
        return False
    if re.search(r"\byou\b", YOU_SERVED.sub(" ", lower)):
        return False
    turns = list(CLAUSE_TURN.finditer(lower))
    return bool(turns) and OUR_REMEDY.search(lower[turns[-1].end() :]) is not None


#: The turn from bad news to what we offer: a comma or semicolon, then "but".
HELP_TURN: Final = regexcache.compile(r"[,;]\s*but\b")
#: Bad news before the turn: a refusal, a limit or an outcome not hoped for.
BAD_NEWS: Final = regexcache.compile(r"\b(?:not|never|cannot|unable|no longer)\b|n't\b")
#: What we offer after the turn, opening its clause: our own act promised or
#: offered ("but I will answer every question", "but we can hold the
#: deposit"), "here's what we can do", or the route that exists for the
#: customer's case ("but a failure like this is exactly what the form is for").
OUR_OFFER: Final = regexcache.compile(
    r"\s*(?:(?:i|we)(?:'ll| will| can| could|'d be (?:glad|happy) to| would be (?:glad|happy) to"
    r"|'m (?:glad|happy) to| am (?:glad|happy) to| are (?:glad|happy) to|'re (?:glad|happy) to)\b"
    r"|here(?:'s| is) (?:what|how|an?|the|some)\b"
    r"|(?:a|an|the|this|that|your)\b[^,;.]*?\bis (?:exactly )?what (?:the|our|this)\b"
    r"[^,;.]*\bis for\b)"
)
#: An edge, a lesson, a repeat, fault laid at someone's door or a duty
#: disowned anywhere in the sentence keeps the flag: "It's not complicated, but
#: I'll explain it again", "That's not our problem, but we can give you the
#: courier's number", "You didn't read the terms, but we'll refund you this
#: once".
HELP_VETOES: Final = regexcache.compile(
    r"\b(?:honestly|frankly|obviously|clearly|simply|just|actually|really|again|already"
    r"|once more|one more time|last time|this once|this time|next time|in future|properly"
    r"|exception|goodwill|gesture|should|fault|blame\w*|responsib\w*|our problem|your problem"
    r"|our end|our side|to do with us|not us|yours|careless|misuse\w*|tolerate|acceptable"
    r"|repeat\w*|told|stated|mentioned|explained|slowly|bother|keep|stop)\b"
)
#: The customer named before the turn only as the one who hoped for or asked
#: for something ("It isn't what you hoped for, but ..."), not as a doer.
YOU_WANTING: Final = regexcache.compile(
    r"\byou(?:'d| had| were| have)? (?:hoped|hoping|wanted|wanting|asked|expected|expecting"
    r"|after|looking|wished|like|need|needed)\b"
)

#: The customer named at all.
YOU_ANY: Final = regexcache.compile(r"\b(?:you|your|you're|you've|you'd|you'll|yourself|u|ur)\b")


def _turns_to_help(text: str) -> bool:
    """Whether a flagged sentence gives bad news (``BAD_NEWS``: a refusal, a
    limit, an outcome not hoped for) and then, after ", but", opens its next
    clause on what we offer (``OUR_OFFER``: "I'm not going to respond to
    name-calling, but I will answer every question you have", "It isn't what
    you hoped for, but here's what we can do", "Deadlines can't be moved by
    the Registry, but a failure like this is exactly what the extenuating
    circumstances form is for"), with no negation in that clause, no edge,
    repeat or fault (``HELP_VETOES``) and the customer before the turn only
    as the one who hoped or asked (``YOU_WANTING``). Softening a no with the
    help that remains is what a support lead asks for; the model reads the
    "not ..., but" as the rebukes it was fitted on
    (``options.spare_turn_to_help``). "I understand not wanting to read the
    manual, but it's all in there" and "You left it running, but we'll fix
    it this once" keep the flag."""
    lower = text.lower().replace("\u2019", "'")
    if HELP_VETOES.search(lower):
        return False
    turn = HELP_TURN.search(lower)
    if turn is None:
        return False
    before, after = lower[: turn.start()], lower[turn.end() :]
    if BAD_NEWS.search(before) is None or BAD_NEWS.search(after) is not None:
        return False
    if YOU_ANY.search(YOU_WANTING.sub(" ", before)):
        return False
    return OUR_OFFER.match(after) is not None


#: Encouragement: most people in the customer's position (a "who", "with",
#: "in your" or "returning" after them) come through ("Most people who just
#: miss it pass easily second time.", "Most people returning to driving settle
#: in within a few lessons.").
PEOPLE_LIKE_YOU: Final = regexcache.compile(
    r"^(?:and |but |honestly, )?(?:most|many|lots|plenty)(?: of)?(?: (?:our|the))? (?:people"
    r"|customers|learners|drivers|students|candidates|patients|clients|riders|applicants"
    r"|members|pupils|owners|beginners|players|runners)\b ?(?:who|with|in your|in the same"
    r"|returning|that|like you|starting|new to)\b"
)
#: The coming through: a pass, a settling in, a recovery.
COME_THROUGH: Final = regexcache.compile(
    r"\b(?:pass|passes|passed|get through|got through|settle|settles|adapt|adapts|recover"
    r"|recovers|improve|improves|get there|succeed|sail through|are fine|do well|feel better"
    r"|get used to|find it easier|find their feet|pick it up|get the hang)\b"
)
#: A benchmark or an edge keeps the flag: "Most customers who order online
#: manage it without any trouble", "most people pass first time".
ENCOURAGE_VETOES: Final = regexcache.compile(
    r"\b(?:manage|managed|manages|understand|understood|notice|read|reads|without|trouble"
    r"|first|even|only|unlike|except|else|bother|honestly|obviously|clearly|simply|properly"
    r"|actually|easily enough|should|must|need to|instructions|you|you're|you've|you'd)\b"
)


def _encourages(text: str) -> bool:
    """Whether a flagged sentence says that most people in the customer's
    position come through (``PEOPLE_LIKE_YOU``, ``COME_THROUGH``: "Most
    people who just miss it pass easily second time."), with no benchmark,
    edge or second person (``ENCOURAGE_VETOES``: "Most customers manage it
    without any trouble", "most people pass first time"). Encouragement is
    what a support lead asks for after bad news; the model reads "people
    who" and "time" as the crowd the customer is held against
    (``options.spare_encouragement``)."""
    lower = text.lower().replace("\u2019", "'").strip()
    people = PEOPLE_LIKE_YOU.match(lower)
    if people is None or ENCOURAGE_VETOES.search(lower.replace("like you", "")):
        return False
    return COME_THROUGH.search(lower, people.end()) is not None


#: A tip offered for next time, opening the sentence.
TIP_OPENING: Final = regexcache.compile(
    r"^(?:(?:just )?for next time|next time|for future reference|for the future"
    r"|(?:a |one )?(?:quick |small |little |handy )?tip(?: for next time| for the future)?)[,:]\s*"
)
#: What the tip is about, as the subject: a tool or sign of ours that helps.
TIP_HELPER: Final = regexcache.compile(
    r"(?:the|our) (?:[a-z-]+ ){0,2}?(?:app|screen|sign|signs|light|lights|display|button"
    r"|machine|meter|barrier|map|tracker|website|site|page|kiosk|card|number|code|alarm"
    r"|reminder|reminders|label|sensor|bay|bays|gate|dial|timer|setting|text|email)\b"
)
#: What the helper does for the customer, in the present, after where it
#: is ("the screen by the door shows ...").
TIP_HELPS: Final = regexcache.compile(
    r"(?: (?:by|on|at|in|above|beside|next to) (?:the|our) [a-z-]+)?"
    r"\s(?:turns|shows|lights up|lights|tells you|flashes|beeps|goes|sends|lets you"
    r"|will show|will tell|will turn|will send|will let|pings|displays|counts|glows|unlocks"
    r"|opens|saves|remembers|fills in)\b"
)
#: A pointer to a rule or to what the customer should have read keeps the
#: flag: "For future reference, the return date is also printed on your
#: confirmation", "the terms clearly state ...".
TIP_VETOES: Final = regexcache.compile(
    r"\b(?:also|printed|terms|rule|rules|policy|conditions|only|always|clearly|stated|says"
    r"|said|explained|need|needs|must|should|not|never|estimate|promise|fault|mistake|properly"
    r"|again|actually|obviously|simply|just|already|bother|read|reading|please)\b|n't\b"
)


def _tip_for_next_time(text: str) -> bool:
    """Whether a flagged sentence offers a tip for next time (``TIP_OPENING``)
    whose subject is a tool or sign of ours that helps (``TIP_HELPER``,
    ``TIP_HELPS``: "For next time, the app turns the bay green once you're
    inside it."), with no rule, pointer, duty, negation or edge
    (``TIP_VETOES``: "For future reference, the return date is also printed
    on your confirmation"). A tip to make the next visit easier is help; the
    model reads "next time" as the lesson it was fitted on
    (``options.spare_tip``)."""
    lower = text.lower().replace("\u2019", "'").strip()
    opening = TIP_OPENING.match(lower)
    if opening is None or TIP_VETOES.search(lower):
        return False
    helper = TIP_HELPER.match(lower, opening.end())
    return helper is not None and TIP_HELPS.match(lower, helper.end()) is not None


#: Our own notice owned as easy to miss: "I appreciate that's not something
#: everyone reads closely", "but I know it's easy to miss", "though I
#: appreciate not everyone reads that far".
OWNED_MISSABLE: Final = regexcache.compile(
    r"\b(?:i|we) (?:do |can |fully )?(?:appreciate|understand|realise|realize|know|accept|agree"
    r"|can see|see|get)(?: that)?(?: (?:it|that|this|they|these|those|an? \w+|the \w+)"
    r"(?:'s| is| was| are|'re| can be| may have been| could be))? (?:very |really |quite |so "
    r"|all too |far too |too )?(?:easy to (?:miss|overlook|skim past|skip)|easily missed"
    r"|easily overlooked|not (?:something )?(?:everyone|everybody|every customer|all customers"
    r"|most people) (?:reads|notices|sees|spots|checks|looks at|reads that far))\b"
)
#: An edge or the customer's duty in the same sentence keeps the flag.
MISSABLE_VETOES: Final = regexcache.compile(
    r"\b(?:honestly|frankly|obviously|clearly|simply|actually|properly|carefully|bother"
    r"|strong point|your fault|your responsibility|even|anyone|supposed|expected|must|again"
    r"|next time|in future|blame)\b"
)


def _owns_missable(text: str) -> bool:
    """Whether a flagged sentence owns that our notice or its place was easy
    to miss (``OWNED_MISSABLE``: "..., but I appreciate that's not something
    everyone reads closely.", "I know it's easy to miss in the booking
    email"), with no edge or duty put back on the customer
    (``MISSABLE_VETOES``). Conceding that the notice was easy to miss takes
    the fault off the customer; the model reads the pointer to the booking
    confirmation before it (``options.spare_missable``)."""
    lower = text.lower().replace("\u2019", "'")
    return OWNED_MISSABLE.search(lower) is not None and MISSABLE_VETOES.search(lower) is None


#: The customer cleared, opening the sentence: "It's not something you did",
#: "It wasn't anything you did", "It's nothing you did", "It's not your fault".
CLEARED_OPENING: Final = regexcache.compile(
    r"^(?:and )?(?:it|this|that)(?:'s| is| was|'s really| really is)? ?(?:not|n't|nothing|isn't"
    r"|wasn't)(?: (?:something|anything))? (?:you (?:did|did wrong|caused|could have (?:known"
    r"|seen|prevented|done))|your fault|down to you)\b"
)
#: After the clearing, the customer named only as the one served ("the finish
#: we want for you"), not as a doer.
YOU_SERVED_AFTER: Final = regexcache.compile(r"\b(?:for|to|with|thank) you\b")
#: An order, a lesson or an edge after the clearing keeps the flag: "It's not
#: something you did, but please be careful next time".
OPENING_CLEARED_VETOES: Final = regexcache.compile(
    r"\b(?:should|must|need|needs|please|again|next time|in future|properly|careful|carefully"
    r"|just|really|honestly|actually|obviously|clearly|however|although|though|still|yours"
    r"|blame|fault of|entitled|refund|cover)\b"
)


def _cleared_opening(text: str) -> bool:
    """Whether a flagged sentence opens by clearing the customer
    (``CLEARED_OPENING``: "It's not something you did, and it's not unusual,
    but it isn't the crisp finish we want for you either.") and names them
    after that only as the one served, with no order, lesson or edge
    (``OPENING_CLEARED_VETOES``). Telling the customer it was none of their doing is
    what a support lead asks for; the model reads "not" and "you did" as the
    blame it was fitted on (``options.spare_cleared_opening``)."""
    lower = text.lower().replace("\u2019", "'").strip()
    cleared = CLEARED_OPENING.match(lower)
    if cleared is None:
        return False
    rest = lower[cleared.end() :]
    if OPENING_CLEARED_VETOES.search(rest):
        return False
    return YOU_ANY.search(YOU_SERVED_AFTER.sub(" ", rest)) is None


def _spared_kind(rule: Rule, text: str) -> bool:
    """Whether a flagged sentence is one of the kinds a rule's options spare
    by its wording alone: encouragement (``spare_encouragement``), a tip for
    next time (``spare_tip``), our notice owned as easy to miss
    (``spare_missable``) or the customer cleared (``spare_cleared_opening``)."""
    options = rule.options
    return bool(
        (options.get("spare_encouragement") and _encourages(text))
        or (options.get("spare_tip") and _tip_for_next_time(text))
        or (options.get("spare_missable") and _owns_missable(text))
        or (options.get("spare_cleared_opening") and _cleared_opening(text))
    )


class Spare(NamedTuple):
    """A rule's exemptions (``options.spare``, ``options.spare_unless``), as
    the lower-case hashes of their tokens."""

    phrases: tuple[tuple[int, ...], ...]
    #: ``phrases`` filed under their first word, in order: a sentence word
    #: that opens no phrase costs one lookup, and one that does is compared
    #: with its own phrases only (not every phrase, as when this was a set).
    by_first: dict[int, tuple[tuple[int, ...], ...]]
    unless: frozenset[int]
    keeps: frozenset[int]


def _spared(rule: Rule, lowers: Sequence[int], store: Any) -> bool:
    """Whether a sentence the model flags holds one of the rule's ``spare``
    phrases and none of its ``spare_unless`` words: a reassurance ("you do
    not need to ask permission") or a duty of ours ("we are required to
    check") is no order, while "you don't need to keep ringing us" still is
    one. A ``spare_unless`` word inside the spare phrase itself does not
    count: "again" keeps "you don't need to call again" an order but cannot
    undo the promise "it won't happen again"; nor does "keep" holding a
    thing ("We are required to keep invoices for six years") rather than
    going on doing something (``_keeps_on``). Asked only of the few
    sentences the gate and the label let through."""
    spare = read_once(rule, _read_spare)
    if not spare.phrases:
        return False
    by_first = spare.by_first
    for i, word in enumerate(lowers):
        if word not in by_first:
            continue
        for phrase in by_first[word]:
            end = i + len(phrase)
            if (
                tuple(lowers[i:end]) == phrase
                and not _unless_at(spare, lowers, range(i), store)
                and not _unless_at(spare, lowers, range(end, len(lowers)), store)
            ):
                return True
    return False


#: "keep" as a spare_unless word means going on doing something ("keep
#: ringing", "keep on at us", "keep sending"); "keep invoices", "keep the
#: box" is holding a thing, which undoes no reassurance or duty.
KEEP_WORDS: Final = ("keep", "keeps")
#: What may follow "keep" when it means going on: a participle ends in "ing".
KEEP_ON: Final = ("on", "at", "going", "up")


def _unless_at(spare: Spare, lowers: Sequence[int], where: range, store: Any) -> bool:
    """Whether a ``spare_unless`` word stands at one of the positions ``where``
    of ``lowers``, "keep" counting only when it goes on doing (``_keeps_on``)."""
    for k in where:
        if lowers[k] in spare.unless and (
            lowers[k] not in spare.keeps or _keeps_on(lowers, k, store)
        ):
            return True
    return False


def _keeps_on(lowers: Sequence[int], k: int, store: Any) -> bool:
    """Whether the "keep" at ``k`` goes on doing something: the next word is
    a participle ("keep ringing") or "on", "at", "going" or "up", or there is
    no next word."""
    if k + 1 >= len(lowers):
        return True
    after = _text_of(store, lowers[k + 1])
    return after.endswith("ing") or after in KEEP_ON


def _list_item(rule: Rule, ctx: CheckContext, scored: Scored) -> bool:
    """Whether the sentence opens an item of a list of steps, options or
    safety points (``tone_sentences.list_step``), or is the line ending in ":"
    that leads into one ("To release the payment, you will need to:",
    ``tone_sentences.list_intro``), and holds none of the rule's
    ``spare_unless`` words ("again", "properly", "fault"), the edge that keeps
    an item an order or a blame (``options.spare_list_step``). A heading in
    capitals over a list (``tone_sentences.list_heading``) names the topic
    and is spared whatever its words ("WHAT YOU MUST BRING")."""
    if not read_once(rule, _read_list_step):
        return False
    own = ctx.message.own
    if list_heading(own, scored.start, scored.end):
        return True  # "WHAT YOU MUST BRING" over the kit list: the topic, whatever its words
    laid_out = list_step(own, scored.start) or (
        list_intro(own, scored.start, scored.end) and not _negated_lead_in(scored.lowers)
    )
    return laid_out and read_once(rule, _read_spare).unless.isdisjoint(scored.lowers)


#: Where a lead-in's own claim ends: a purpose it opens with ("To make sure you
#: are not without tablets tonight:") or the reason it gives ("because the
#: work can't start without it:") may hold a negation.
REASONS: Final = ("because", "as", "since")


def _negated_lead_in(lowers: Sequence[int]) -> bool:
    """Whether a line leading into a list holds a negation before any reason
    it gives, and does not open with a purpose ("To ..."): "Not sure how else
    we can flag it:" is a rebuke with the facts listed after it."""
    from replycheck.nlp import word_id

    if lowers and lowers[0] == word_id("to"):
        return False
    reasons = {word_id(w) for w in REASONS}
    negations = {word_id(w) for w in NEGATIONS}
    for word in lowers:
        if word in reasons:
            return False
        if word in negations:
            return True
    return False


def _warns_of_hazard(rule: Rule, ctx: CheckContext, scored: Scored) -> bool:
    """Whether the sentence is a prohibition ("Don't ...", "Do not ...",
    "Never ...") in or just after a paragraph that names a danger
    (``tone_sentences.hazard_named``: "can cause overheating") and holds none
    of the rule's ``spare_unless`` words: a safety warning, not an order
    (``options.spare_hazard``)."""
    if not read_once(rule, _read_hazard):
        return False
    text = ctx.message.own[scored.start : scored.end].lower()
    if not text.startswith(PROHIBITIONS):
        return False
    return hazard_named(ctx.message.own, scored.start) and read_once(
        rule, _read_spare
    ).unless.isdisjoint(scored.lowers)


#: How a prohibition opens.
PROHIBITIONS: Final = ("don't ", "don\u2019t ", "do not ", "never ")


def _safeguards(rule: Rule, ctx: CheckContext, scored: Scored) -> bool:
    """Whether the sentence is a prohibition ("Don't ...", "Never ...") that
    guards the customer's codes and money from others (``orders.SAFEGUARDED``,
    as RC120 reads it: "Never give your one-time code to anyone, not even
    someone claiming to be our staff."), with none of the rule's
    ``spare_unless`` words and no "again": a warning against scams for the
    customer's sake, not an order or a blame (``options.spare_safeguard``)."""
    text = ctx.message.own[scored.start : scored.end].lower()
    if not text.startswith(PROHIBITIONS):
        return _warns_of_impostor(rule, text, scored.lowers)
    words = set(re.findall(r"[a-z][a-z-]*", text))
    return (
        not SAFEGUARDED.isdisjoint(words)
        and "again" not in words
        and read_once(rule, _read_spare).unless.isdisjoint(scored.lowers)
    )


#: Someone who asks the customer for something, said not to be us: "Anyone
#: who asks you for it, even if they say they're from the bank, is not us.",
#: "Whoever rang you asking for your card details wasn't us."
IMPOSTOR: Final = regexcache.compile(
    r"\b(?:anyone|anybody|someone|somebody|whoever|people|callers?|they)\b[^.!?]*?"
    r"\b(?:asks?|asked|asking|requests?|requested|requesting)\b(?:\s+[\w'’-]+){0,3}?"
    r"\s+for\b[^.!?]*?\b(?:not|n['’]t|never)\s+(?:really\s+|actually\s+)?"
    r"(?:us|from\s+us|one\s+of\s+us|our\s+staff|our\s+team)\b"
)


def _warns_of_impostor(rule: Rule, text: str, lowers: Sequence[int]) -> bool:
    """Whether the sentence warns that someone asking the customer for
    something is not us (``IMPOSTOR``): a scam warning for the customer's
    sake, not a fault put on a third party. "Anyone who told you that is not
    us." asks for nothing and keeps the flag; so do "again" and the rule's
    ``spare_unless`` words."""
    return (
        IMPOSTOR.search(text) is not None
        and "again" not in text
        and read_once(rule, _read_spare).unless.isdisjoint(lowers)
    )


class Care(NamedTuple):
    """What ``_handle_with_care`` reads, as lower-case hashes."""

    please: int
    do: int
    negations: frozenset[int]
    verbs: frozenset[int]
    vetoes: frozenset[int]
    modals: frozenset[int]
    harms: frozenset[int]  # ``options.harm_verbs``


def _handle_with_care(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether the sentence is a prohibition on handling a thing ("Do not
    store spare cylinders indoors.", "Don't plug it in until the engineer has
    been."): "do not", "don't" or "never", then one of ``options.care_verbs``,
    with no first person, no second person and none of the rule's
    ``spare_unless`` words. It keeps the customer safe; the prohibitions
    leads mark as demanding forbid contacting, disputing or coming in ("Do
    not call the surgery again"), and those verbs are not on the list."""
    words = read_once(rule, _read_care)
    at = 1 if lowers and lowers[0] == words.please else 0
    if len(lowers) > at + 1 and lowers[at] == words.do:
        at += 1
    if len(lowers) <= at + 1 or lowers[at] not in words.negations:
        return False
    handled = lowers[at + 1] in words.verbs or _harm_follows(words, lowers, at + 2)
    return handled and words.vetoes.isdisjoint(lowers)


def _harm_follows(words: Care, lowers: Sequence[int], start: int) -> bool:
    """Whether a prohibition goes on to the harm it would do to the thing ("Do
    not run the pump dry, as it will burn out the seal.", "Never fill it past
    the line or it can crack the jug."): a modal, then one of
    ``options.harm_verbs`` right after it. With no "I", "we" or "you" in the
    sentence (``Care.vetoes``) the harm falls on a thing, so the sentence is a
    care warning; "or you'll be charged" is a threat and keeps the flag."""
    return any(
        lowers[k] in words.modals and lowers[k + 1] in words.harms
        for k in range(start, len(lowers) - 1)
    )


def _read_care(rule: Rule) -> Care:
    from replycheck.nlp import word_id

    verbs = rule.options.get("care_verbs")
    if not isinstance(verbs, list) or not all(isinstance(x, str) for x in verbs):
        raise RulesetError(f"{rule.source}: rule {rule.code}: 'care_verbs' must be strings")
    return Care(
        word_id("please"),
        word_id("do"),
        _ids(("not", "n't", "n\u2019t", "never")),
        _ids(v.lower() for v in verbs),
        _ids((*FIRST_PERSON, *SECOND_PERSON)) | read_once(rule, _read_spare).unless,
        _ids(HARM_MODALS),
        _ids(v.lower() for v in word_list(rule, "harm_verbs")),
    )


#: The modals a thing's harm follows ("it will burn out", "it can crack").
HARM_MODALS: Final = ("will", "'ll", "\u2019ll", "can", "may", "could", "might", "would")


def _read_hazard(rule: Rule) -> bool:
    return flag(rule, "spare_hazard")


def _read_list_step(rule: Rule) -> bool:
    return flag(rule, "spare_list_step")


#: "so I'll keep the steps simple", "so that I can explain the decision":
#: a result or purpose clause whose doer is us, and what we will (or wanted
#: to) do for the customer.
PURPOSE_OPENERS: Final = ("so",)
OUR_DOERS: Final = ("i", "we")
OUR_MODALS: Final = ("will", "'ll", "can", "could", "wanted", "want")
#: Words that make our clause a brush-off or a threat ("so we can close the
#: ticket", "so I'll assume you are not interested"), or give it an edge.
PURPOSE_VETOES: Final = ("stop", "close", "closing", "assume", "bother", "tone", "next", "last")


def _our_purpose(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a flagged sentence gives, after a "so" that does not open it,
    what we will do or wanted to do for the customer: "so" (or "so that"),
    then "I" or "we", then "will", "'ll", "can", "could", "wanted" or "want"
    ("I understand this is a difficult time, so I'll keep the steps as simple
    as I can.", "I have read the file again myself so that I can explain the
    decision properly.", "If the fine isn't paid in 30 days it goes to the
    debt team, so I wanted to make sure you knew."). The model reads
    "properly", "again" and the deadline before the "so" as the rebukes it
    was fitted on; the sentence's point is our next act. A negation after
    the "so" ("so we can't help"), or before it unless the sentence opens
    with "if" ("Google's not a vet, so I'll book him in"), an edge anywhere
    in the sentence, or a brush-off ("so we can close the ticket", "so I'll
    assume you are no longer interested") keeps the flag
    (``options.spare_our_purpose``). Asked only of sentences already
    flagged."""
    words = read_once(rule, _read_our_purpose)
    if not words.vetoes.isdisjoint(lowers):
        return False
    for i in range(1, len(lowers) - 2):
        if lowers[i] not in words.openers:
            continue
        if lowers[0] != words.if_ and not words.negations.isdisjoint(lowers[:i]):
            return False  # "Google's not a vet, so I'll ...": the rebuke comes first
        j = i + 1
        if lowers[j] == words.that:
            j += 1
        if (
            j + 1 < len(lowers)
            and lowers[j] in words.doers
            and lowers[j + 1] in words.modals
            and words.negations.isdisjoint(lowers[j + 1 : j + 4])
        ):
            return True
    return False


#: What a thing does to another thing: "That will stop the cipher sounding.",
#: "A little wax can stop them connecting." The model was fitted on "stop" as
#: an order ("Stop calling us"); with a thing as the subject of a modal or of
#: "stops" it is cause and effect.
STOPPERS: Final = ("stop", "prevent")
STOPPERS_THIRD: Final = ("stops", "prevents")
THING_MODALS: Final = ("will", "'ll", "can", "could", "may", "might", "would", "should")
#: Subjects that make "X will stop ..." a threat or an order, not a cause.
PERSONS: Final = ("i", "we", "you", "they", "he", "she", "u", "please", "just", "and", "to", "or")
#: A relative pronoun of a thing before a plain "stop"/"prevent": "grip
#: socks, which stop them slipping", "clips that prevent it moving".
THING_RELATIVES: Final = ("which", "that")


def _thing_stops(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a flagged sentence says what a thing stops: "stop" or "prevent"
    after a modal whose subject is no person ("That will stop the cipher
    sounding.", "Wax can stop them connecting."), or "stops"/"prevents" after a
    word that is no person, or "stop"/"prevent" after "which" or "that" ("our
    grip socks, which stop them slipping"). No second person anywhere, no condition and no
    edge (the rule's ``spare_unless`` words) (``options.spare_thing_stops``).
    Asked only of sentences already flagged."""
    words = read_once(rule, _read_thing_stops)
    if not words.vetoes.isdisjoint(lowers):
        return False
    for i, word in enumerate(lowers):
        if word in words.stoppers and i >= 2 and lowers[i - 1] in words.modals:
            return lowers[i - 2] not in words.persons
        if word in words.stoppers and i >= 1 and lowers[i - 1] in words.relatives:
            return words.stoppers.isdisjoint(lowers[:i])  # no "Please stop ..." before it
        if word in words.thirds and i >= 1:
            return lowers[i - 1] not in words.persons
    return False


#: Who or what a plain statement opens on: us, a third party or a thing, never
#: a verb (an imperative opens on its verb: "Get a plumber", "Pay the fines").
STATEMENT_SUBJECTS: Final = (
    "we", "they", "it", "this", "that", "these", "those", "the", "our", "he", "she",
    "there", "its", "their", "his", "her",
)  # fmt: skip
#: After a first word that is its subject (a plural noun, a name): "Mice do
#: not disappear overnight.", "Refund goes to the original payment method".
STATEMENT_VERBS: Final = ("do", "does", "did", "is", "are", "was", "were", "goes", "go")
#: What makes a statement an order or a threat: a modal of duty, permission,
#: future or condition, a request word, what we expect or hope of the customer.
DIRECTIVE_WORDS: Final = (
    "must", "need", "needs", "needed", "should", "shall", "sha", "will", "wo", "'ll",
    "can", "ca", "cannot", "could", "would", "'d", "required", "require", "requires",
    "allowed", "permitted", "expect", "expected", "trust", "hope", "please", "kindly",
    "if", "unless", "until", "till", "otherwise", "again", "further", "future",
    "ensure", "sure", "note", "warning", "last", "final", "let",
)  # fmt: skip
#: "have to", "has to", "had to", "got to": a duty without a modal.
DUTY_HAVES: Final = ("have", "has", "had", "got", "'ve")


def _plain_statement(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a sentence the model reads as demanding is a plain statement of
    fact, which orders no one: it opens on us, a third party or a thing ("We do
    not re-test before that.", "Meters do not usually speed up.", "Refund goes
    to the original payment method, not to another card."), not on a verb, and
    holds no second person, no modal of duty, future or condition ("must",
    "will", "can't", "if"), no "have to", no request word ("please") and no
    edge (``EDGES`` and the rule's ``spare_unless``)
    (``options.spare_statement``). Asked only of sentences already flagged."""
    words = read_once(rule, _read_statement)
    if len(lowers) < 2 or not words.vetoes.isdisjoint(lowers):
        return False
    if any(a in words.haves and b == words.to for a, b in pairwise(lowers)):
        return False
    return lowers[0] in words.subjects or (words.after_name and lowers[1] in words.verbs)


class Statement(NamedTuple):
    """The word sets of ``_plain_statement``, as lower-case hashes."""

    subjects: frozenset[int]
    verbs: frozenset[int]
    haves: frozenset[int]
    to: int
    vetoes: frozenset[int]  # the second person, directive words, edges
    after_name: bool  # whether a verb second ("Mice do not ...") opens one too


def _read_statement(rule: Rule) -> Statement:
    """The words of ``_plain_statement``. A rule may narrow who opens the
    statement (``options.statement_subjects``: RC160 leaves out "it", "this"
    and "that", whose "This is not a negotiation." and "It's not a defect,
    it's physics." are the put-downs the model was fitted on), drop the
    opening on a name and a verb (``options.statement_after_name = false``:
    "Staff are there for the residents, not to open doors") and add words
    that keep the flag (``options.statement_unless``: "did", our past act
    denied, "We did not invent this rule")."""
    from replycheck.nlp import word_id

    flag(rule, "spare_statement")
    subjects = rule.options.get("statement_subjects")
    after_name = rule.options.get("statement_after_name", True)
    if not isinstance(after_name, bool):
        raise RulesetError(
            f"{rule.source}: rule {rule.code}: 'statement_after_name' must be true or false"
        )
    unless = word_list(rule, "statement_unless") if "statement_unless" in rule.options else []
    return Statement(
        _ids(word_list(rule, "statement_subjects") if subjects is not None else STATEMENT_SUBJECTS),
        _ids(STATEMENT_VERBS),
        _ids(DUTY_HAVES),
        word_id("to"),
        _ids((*SECOND_PERSON, *DIRECTIVE_WORDS, *EDGES, *unless))
        | read_once(rule, _read_spare).unless,
        after_name,
    )


#: A party named by its role: "the courier", "your bank", "the airline".
PARTY_ROLES: Final = (
    "customer", "customers", "client", "clients", "courier", "couriers",
    "driver", "drivers", "bank", "banks", "airline", "supplier", "suppliers",
    "manufacturer", "maker", "seller", "retailer", "landlord", "tenant", "tenants",
    "passenger", "passengers", "owner", "owners", "agent", "agents", "insurer", "builder",
    "installer", "engineer", "technician", "fitter", "staff", "team", "garage", "provider",
    "carrier", "council", "school", "operator", "company", "firm", "contractor", "broker",
    "partner", "partners", "shop", "store", "hotel", "guest", "guests", "user", "users",
    "member", "members", "policyholder", "patient", "parent", "parents", "student",
    "students", "rider", "player", "buyer", "sender", "occupier", "occupiers", "household",
    "householder", "hirer", "resident", "residents", "homeowner",
)  # fmt: skip
PARTY_ROLE_SET: Final = frozenset(PARTY_ROLES)
#: Who a blame can fall on: a person, or a party named by its role.
PARTIES: Final = (
    "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "yourself",
    "they", "them", "their", "theirs", "he", "him", "his", "she", "her", "hers", "u", "ur",
    "someone", "somebody", "anyone", "anybody", "everyone", "nobody", "person", "people",
    "whoever", "who", *PARTY_ROLES,
)  # fmt: skip
#: What puts a fault on someone without naming them ("The damage was caused
#: by water", "The delay is down to the missing documents", "If the paperwork
#: had come in on time ..."): a cause, a fault or a duty word, a counterfactual.
FAULT_WORDS: Final = (
    "caused", "cause", "causes", "causing", "due", "down", "fault", "faults", "blame",
    "blamed", "responsible", "responsibility", "accountable", "liable", "liability",
    "damage", "damaged", "misuse", "misused", "neglect", "mistake", "mistakes", "error",
    "errors", "wrong", "wrongly", "incorrect", "incorrectly", "properly", "correctly",
    "careless", "lifestyle", "if", "unless", "had", "should", "would", "could", "only",
    "covered", "cover", "covers", "late", "missing", "failed", "failure",
)  # fmt: skip


#: A case after "if", then where a procedure stops in it: "if you can't read
#: it, the test stops there.", "If the card is declined, the booking ends at
#: that point."
CASE_OUTCOME: Final = regexcache.compile(
    r"\bif\b[^.!?;]*,\s*(?:the|this|that|your|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:stops|ends|finishes|closes|is\s+over|will\s+stop|will\s+end|would\s+stop|"
    r"would\s+end)\s+(?:there|then|at\s+that\s+point|at\s+that\s+stage)\b"
)


def _case_outcome(rule: Rule, text: str, lowers: Sequence[int]) -> bool:
    """Whether the sentence states a case after "if" and where a procedure
    stops in it (``CASE_OUTCOME``): "The examiner will ask you to read a
    number plate, and if you can't read it, the test stops there." tells the
    customer how the test runs; it neither talks down to them nor blames
    them. An edge ("honestly", "obviously", "again") or a ``spare_unless``
    word keeps the flag (``options.spare_case_outcome``)."""
    vetoes = read_once(rule, _read_case_outcome)
    return vetoes.isdisjoint(lowers) and CASE_OUTCOME.search(text.lower()) is not None


def _read_case_outcome(rule: Rule) -> frozenset[int]:
    flag(rule, "spare_case_outcome")
    return _ids((*EDGES, "again")) | read_once(rule, _read_spare).unless


#: A refusal that names what it needs and ends there: "because they won't
#: refund anything without one.", "The courier will not accept a claim
#: without the original box."
REQUIREMENT: Final = regexcache.compile(
    r"\b(?:won['’]t|will\s+not|can['’]t|cannot|can\s+not|don['’]t|do\s+not|"
    r"doesn['’]t|does\s+not|wouldn['’]t|would\s+not)\s+[^.!?,;:]*?\bwithout"
    r"(?:\s+[\w'’-]+){1,3}\s*[.!]?\s*$"
)
#: The customer in the sentence makes it about them: "..., whatever you were told."
REQUIREMENT_VETOES: Final = frozenset(
    {"you", "you've", "you'd", "you're", "yourself", "again", "honestly", "frankly"}
)


def _states_a_requirement(rule: Rule, text: str, lowers: Sequence[int]) -> bool:
    """Whether the sentence's last clause says what someone will not do
    without a thing, and stops at the thing (``REQUIREMENT``): "Keep every
    receipt, because they won't refund anything without one." tells the
    customer what the refund needs, it puts no fault on the party that sets
    the need. The customer in it ("..., whatever you were told."), more after
    the thing ("..., and we can't either."), an edge or a ``spare_unless``
    word keeps the flag (``options.spare_requirement``)."""
    flag(rule, "spare_requirement")
    lowered = text.lower()
    if REQUIREMENT.search(lowered) is None:
        return False
    words = set(re.findall(r"[a-z][a-z'’]*", lowered))
    return REQUIREMENT_VETOES.isdisjoint(words) and read_once(rule, _read_spare).unless.isdisjoint(
        lowers
    )


def _names_no_party(rule: Rule, lowers: Sequence[int], store: Any) -> bool:
    """Whether a sentence the model reads as blame names no one to blame: no
    person and no party by its role (``PARTIES``), and no cause, fault or duty
    word nor counterfactual (``FAULT_WORDS``) that puts the fault on someone
    unnamed ("The damage was caused by water"). What is left says what a thing
    is or does ("The system is not faulty.", "The gates stop halfway because
    the obstacle detection is triggering."), which shifts fault to no one. An
    edge (``EDGES``, the rule's ``spare_unless``) keeps the flag
    (``options.spare_no_party``). "they" or "their" that points back to the
    things the sentence opens on ("The top notes move first because their
    strings are the shortest.") names no one either (``_things_opening``).
    Asked only of sentences already flagged."""
    vetoes, things = read_once(rule, _read_no_party)
    if not lowers:
        return False
    named = vetoes.intersection(lowers)
    if named and not named.isdisjoint(_cause_ids()):
        named -= _neutral_cause_words(lowers, store)
    if named and _diagnosis_opening(lowers):
        named -= _diagnosis_ids()[0]
    return not named or (named <= things and _things_opening(lowers, store))


#: A diagnosis opening the sentence: "The problem is the thermostat.", "The
#: issue was the weather on the pass." names the thing at fault; the noun is
#: read as no edge there, and a party after it ("The problem is the
#: courier.", "... your router") still keeps the flag.
DIAGNOSIS_NOUNS: Final = ("problem", "issue", "trouble")
DIAGNOSIS_COPULAS: Final = ("is", "was", "'s")
DIAGNOSIS_ARTICLES: Final = ("the", "a", "an")


@lru_cache(maxsize=1)
def _diagnosis_ids() -> tuple[frozenset[int], frozenset[int], frozenset[int], frozenset[int]]:
    return (
        _ids(DIAGNOSIS_NOUNS),
        _ids(DIAGNOSIS_COPULAS),
        _ids(DIAGNOSIS_ARTICLES),
        _ids(("the",)),
    )


def _diagnosis_opening(lowers: Sequence[int]) -> bool:
    """Whether the sentence opens "the problem is the ..." (``DIAGNOSIS_NOUNS``
    after "the", then a copula and an article): a diagnosis of a thing, where
    the fault noun is the subject, not an edge."""
    nouns, copulas, articles, the = _diagnosis_ids()
    return (
        len(lowers) > 4
        and lowers[0] in the
        and lowers[1] in nouns
        and lowers[2] in copulas
        and lowers[3] in articles
    )


#: Cause words that name no one when what they point to is an event nobody did
#: ("The delay was down to the snow on the M62.") or when "down" is a verb's
#: particle ("the pads wearing down to the backing plate"); with the bad
#: outcome they explain ("late", "damaged", "missing").
NEUTRAL_CAUSE_WORDS: Final = (
    "caused", "cause", "causes", "causing", "due", "down", "damage", "damaged", "late",
    "missing", "failed", "failure",
)  # fmt: skip
#: The cause idioms built on "down": "comes down to", "boils down to", read as cause.
DOWN_IDIOMS: Final = frozenset(
    {"come", "comes", "came", "coming", "boil", "boils", "boiled", "boiling", "put", "puts",
     "putting", "narrowed", "narrow", "narrows", "traced", "trace", "traces"}
)  # fmt: skip
#: Verb forms without an "-ing" or "-ed" ending that take "down" as a particle.
DOWN_VERBS: Final = frozenset(
    {"wear", "wears", "wore", "worn", "break", "breaks", "broke", "broken", "go", "goes",
     "went", "gone", "shut", "shuts", "cut", "cuts", "slow", "slows", "wind", "winds", "wound",
     "run", "runs", "ran", "sit", "sits", "sat", "turn", "turns", "burn", "burns", "burnt",
     "wipe", "wipes", "pull", "pulls", "tie", "ties", "lock", "locks", "settle", "settles",
     "cool", "cools", "calm", "calms", "step", "steps", "back", "backs", "upside"}
)  # fmt: skip


@lru_cache(maxsize=1)
def _cause_ids() -> frozenset[int]:
    return _ids(NEUTRAL_CAUSE_WORDS)


def _neutral_cause_words(lowers: Sequence[int], store: Any) -> frozenset[int]:
    """The cause words (``NEUTRAL_CAUSE_WORDS``) of a sentence that put no
    fault on anyone: all of them when the sentence names an event nobody did
    (``events.EVENTS``: weather, traffic, a strike) and no "how" (a second
    cause in someone's handling), else "down" when each
    "down" is a verb's particle ("wearing down", "broke down"), not the cause
    after a copula or an idiom ("is down to", "comes down to")."""
    from replycheck.checks.events import EVENTS

    words = [_text_of(store, h) for h in lowers]
    if not EVENTS.isdisjoint(words) and "how" not in words:
        return _cause_ids()  # not "down to the weather and how it was stored"
    downs = [k for k, word in enumerate(words) if word == "down"]
    if downs and all(k > 0 and _particle_host(words[k - 1]) for k in downs):
        return _ids(("down",))
    return frozenset()


def _particle_host(word: str) -> bool:
    """Whether ``word`` is a verb that takes "down" as its particle."""
    if word in DOWN_IDIOMS:
        return False
    return word in DOWN_VERBS or (len(word) > 4 and word.endswith(("ing", "ed")))


#: Before "down to" when it gives the cause: a copula, a word of degree, or a
#: cause idiom ("was down to", "is entirely down to", "comes down to").
CAUSE_LEADS: Final = DOWN_IDIOMS | frozenset(
    {"is", "was", "'s", "are", "were", "be", "been", "entirely", "all", "purely", "partly",
     "mainly", "mostly", "largely", "solely", "squarely", "simply", "just", "really", "wholly"}
)  # fmt: skip
#: Whose party follows "down to": not "our" or "my" (a partner of ours owned).
PARTY_DETERMINERS: Final = frozenset({"the", "your", "their", "his", "her", "that", "this"})
#: What may follow the party: its clause ends, its possessive ("the courier's
#: handling") or a disowning ("the airline, not us"). Not a noun it qualifies:
#: "the courier strike" is an event.
PARTY_ENDS: Final = frozenset({"'s", "'", "not", "and", "rather", "who", "alone"})
#: Roles that, after "the", are usually our own people: "down to the team".
OWN_ROLES: Final = frozenset({"staff", "team", "partner", "partners", "member", "members"})


def _down_to_party(lowers: Sequence[int], store: Any) -> bool:
    """Whether the sentence puts its cause "down to" a party named by its role
    (``PARTY_ROLES``): "The late arrival was down to the airline.", "It all
    comes down to your bank." The model scores such a short line below the
    rule's threshold though it is the README's blame (the fault shifted to a
    third party); RC162 then reads any sentence its gate keeps
    (``options.catch_party_cause``), and its spares still apply. "down to the
    weather", "down to our supplier", "down to the courier strike" and a
    particle ("cut the price down to the airline's fare") are not read."""
    from replycheck.nlp import word_id

    if word_id("down") not in lowers:
        return False  # the cheap test first: most kept sentences have no "down"
    words = [_text_of(store, h) for h in lowers]
    for k in range(1, len(words) - 2):
        if words[k] != "down" or words[k + 1] != "to" or words[k - 1] not in CAUSE_LEADS:
            continue
        at = k + 2 + (words[k + 2] in PARTY_DETERMINERS)
        if at >= len(words) or words[at] not in PARTY_ROLE_SET or words[at] in OWN_ROLES:
            continue
        after = words[at + 1] if at + 1 < len(words) else "."
        if not after[:1].isalpha() or after in PARTY_ENDS:
            return True
    return False


#: What opens a sentence about things: "The top notes ...", "Those batteries ...".
THING_OPENERS: Final = ("the", "these", "those")
#: "they", "them", "their": a party, unless they point back to things.
THEY: Final = ("they", "them", "their", "theirs")
#: How far into the sentence the things may sit ("The older spare units").
THINGS_REACH: Final = 4
#: Plural endings of people by their work or place ("drivers", "tenants",
#: "students", "florists", "technicians", "trainees"): "The fitters were late
#: because their van broke down" is about people.
PERSON_ENDINGS: Final = ("ers", "ors", "ants", "ents", "ists", "ians", "ees")
#: People named without such an ending.
PEOPLE_WORDS: Final = frozenset(
    {"people", "children", "kids", "staff", "crew", "crews", "folk", "men", "women", "guys",
     "families", "friends", "neighbours", "neighbors", "pupils", "guests", "teams",
     "colleagues", "vets", "nurses", "doctors", "cooks", "chefs", "guides", "tradesmen",
     "couriers", "banks", "firms", "companies", "suppliers", "shops", "stores", "hotels",
     "airlines", "schools", "councils", "garages", "agencies", "landlords", "parties"}
)  # fmt: skip


def _things_opening(lowers: Sequence[int], store: Any) -> bool:
    """Whether the sentence opens on "the", "these" or "those" and, before any
    "they" or "their", a plural noun that names things, not people
    (``PERSON_ENDINGS``, ``PEOPLE_WORDS``): then the pronoun points back to
    them."""
    words = [_text_of(store, h) for h in lowers[: THINGS_REACH + 1]]
    if not words or words[0] not in THING_OPENERS:
        return False
    for word in words[1:]:
        if word in THEY or not word.isalpha():
            return False
        if word.endswith("s") and not word.endswith("ss"):
            return word not in PEOPLE_WORDS and not word.endswith(PERSON_ENDINGS)
    return False


def _read_no_party(rule: Rule) -> tuple[frozenset[int], frozenset[int]]:
    flag(rule, "spare_no_party")
    vetoes = _ids((*PARTIES, *FAULT_WORDS, *EDGES)) | read_once(rule, _read_spare).unless
    return vetoes, _ids(THEY)


class ThingStops(NamedTuple):
    """The word sets of ``_thing_stops``, as lower-case hashes."""

    stoppers: frozenset[int]
    thirds: frozenset[int]
    modals: frozenset[int]
    persons: frozenset[int]
    relatives: frozenset[int]
    vetoes: frozenset[int]  # the second person, conditions, edges


def _read_thing_stops(rule: Rule) -> ThingStops:
    """``options.thing_remedies`` and ``thing_remedies_third`` add verbs of a
    fix ("Pumping the tyres to 36 psi will clear it.") to "stop" and
    "prevent": what a step or a thing will put right, said of no person."""
    flag(rule, "spare_thing_stops")
    remedies = word_list(rule, "thing_remedies") if "thing_remedies" in rule.options else []
    thirds = (
        word_list(rule, "thing_remedies_third") if "thing_remedies_third" in rule.options else []
    )
    return ThingStops(
        _ids((*STOPPERS, *remedies)),
        _ids((*STOPPERS_THIRD, *thirds)),
        _ids(THING_MODALS),
        _ids(PERSONS),
        _ids(THING_RELATIVES),
        _ids((*SECOND_PERSON, *EDGES, "unless", "otherwise", "if", "until"))
        | read_once(rule, _read_spare).unless,
    )


class OurPurpose(NamedTuple):
    """The word sets of ``_our_purpose``, as lower-case hashes."""

    openers: frozenset[int]
    that: int
    doers: frozenset[int]
    modals: frozenset[int]
    negations: frozenset[int]
    vetoes: frozenset[int]  # edges, conditions put to the customer, brush-offs
    if_: int


def _ids(texts: Iterable[str]) -> frozenset[int]:
    """spaCy's string hashes of ``texts``, for the readers of the spare options below."""
    from replycheck.nlp import word_id

    return frozenset(map(word_id, texts))


def _read_our_purpose(rule: Rule) -> OurPurpose:
    from replycheck.nlp import word_id

    flag(rule, "spare_our_purpose")
    return OurPurpose(
        _ids(PURPOSE_OPENERS),
        word_id("that"),
        _ids(OUR_DOERS),
        _ids(OUR_MODALS),
        _ids(NEGATIONS),
        _ids((*EDGES, *PURPOSE_VETOES, "unless", "otherwise", "or")),
        word_id("if"),
    )


#: A refusal names no one when none of these is in it ("you", "your"): the
#: decision is about the business's own act or its policy.
SECOND_PERSON: Final = ("you", "your", "yours", "yourself", "yourselves", "u", "ur", "ya")
#: Negations that make a sentence a refusal.
NEGATIONS: Final = ("not", "n't", "never", "cannot", "unable")
#: A condition or deadline put to the customer ("once the window closes",
#: "unless you produce new evidence") turns a refusal into a demand or threat.
CONDITIONS: Final = (
    "if",
    "unless",
    "until",
    "till",
    "once",
    "after",
    "before",
    "otherwise",
    "again",
)
#: The conditions that still keep a refusal's flag for a rule that reads a
#: condition as no fault of anyone (``options.refusal_with_conditions``: "We
#: can't release keys until it is signed" blames nobody): a threat or a repeat.
CONDITIONS_KEPT: Final = ("unless", "otherwise", "again")
#: What follows an opening condition word and a comma when it names a point
#: in time already given ("After that, we're not able to return deposits"):
#: a time, not a condition put to the customer.
TIME_POINTERS: Final = ("that", "then", "this")
#: Words that give a refusal an edge, and a refusal to hear from the customer
#: again (a brush-off, not a decision about a remedy).
EDGES: Final = (
    "clearly", "simply", "just", "already", "honestly", "frankly", "obviously", "basic",
    "really", "actually", "even", "surely", "respect", "told", "lol", "tbh", "tolerate",
    "reply", "replies", "respond", "responding", "correspondence", "entertain",
    "entertained", "discuss", "discussing", "engage", "emails", "calls",
)  # fmt: skip
#: The sentence's opening says why: "Hence refund is not applicable."
REASON_OPENINGS: Final = (
    ("hence",), ("therefore",), ("thus",), ("accordingly",), ("for", "this", "reason"),
    ("for", "that", "reason"), ("since",), ("as", "such"), ("because",), ("so",),
)  # fmt: skip
#: "For insurance reasons ...", "For safety reasons, ...": an opening that
#: names the kind of reason (one or two words between "for" and "reasons").
KINDS_OF_REASON: Final = ("reason", "reasons")
#: After "we" and its negation, an account of the past, not a refusal.
PAST: Final = ("did", "have", "'ve", "had", "'d")
#: The modals after which "I" and a negation refuse an act of our own ("I can't
#: take it down", "I won't be able to"); "I'm not going to keep repeating
#: myself" has none and is not spared.
MODALS: Final = ("ca", "can", "wo", "will", "could", "sha", "shall")
#: Other people in an "I can't" refusal turn it to their conduct ("I can't
#: make them move faster", "I can't answer for their drivers"): blame, kept.
OTHERS: Final = ("they", "them", "their", "theirs", "he", "him", "his", "she", "her", "hers")


class Refusal(NamedTuple):
    """The word sets of ``_plain_refusal``, as lower-case hashes."""

    second: frozenset[int]
    negations: frozenset[int]
    vetoes: frozenset[int]  # conditions, edges, the rule's refusal_unless and spare_unless words
    openings: tuple[tuple[int, ...], ...]
    we: int
    comma: int
    past: frozenset[int]
    for_: int
    reasons: frozenset[int]
    without: int
    i: int
    modals: frozenset[int]
    you: int
    others: frozenset[int]
    time_pointers: frozenset[int]  # "After that," opening: a time, not a condition
    already: int
    future: frozenset[int]  # "will already have been bought"
    have_been: Sequence[int]


def _plain_refusal(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a sentence is a plain refusal addressed to no one: it holds a
    negation, no second person (but "for you", the one our act would serve,
    beside what it lacks: "without that consent"),
    no condition or deadline put to the customer
    and no edge word (nor any of the rule's ``spare_unless``), and it opens
    either with "we" (or "I" and a negated modal: "I can't take it down for
    you without that consent.") and a present or future negation of our own act ("We
    will not restore the items.", "Unfortunately, we do not offer
    refunds on sale items.") or with the reason it follows from ("Hence
    refund is not applicable.", "For this reason the ticket is not
    refundable.", "For insurance reasons our crews can't remove doors").
    The model reads the negation and the policy nouns as the brush-offs it
    was fitted on; a support lead reads a decision. "We did not invent this
    rule" (the past), "We will not accept it after the window closes" (a
    deadline) and "We will not reply to further emails" (a
    brush-off) are not spared. Asked only of sentences already flagged."""
    words = read_once(rule, _read_refusal)
    present = set(lowers)
    if words.negations.isdisjoint(present) or not _only_for_you(words, lowers, present):
        return False
    if not words.vetoes.isdisjoint(present) and any(
        w in words.vetoes and not _timing_word(words, lowers, k) for k, w in enumerate(lowers)
    ):
        return False
    if any(tuple(lowers[: len(p)]) == p for p in words.openings):
        return True
    if lowers and lowers[0] == words.for_ and not words.reasons.isdisjoint(lowers[2:4]):
        return True  # "For insurance reasons our crews can't remove doors"
    start = 0
    if words.comma in lowers[:4]:  # "Unfortunately, we ..."
        start = list(lowers[:4]).index(words.comma) + 1
    elif lowers and lowers[0] == words.without and words.we in lowers[1:4]:
        start = list(lowers[1:4]).index(words.we) + 1  # "Without these we can't ..."
    if start < len(lowers) - 2 and lowers[start] == words.i:
        # "I can't take it down for you without that consent": a modal, then the negation
        return (
            lowers[start + 1] in words.modals
            and lowers[start + 2] in words.negations
            and words.others.isdisjoint(present)
        )
    if start >= len(lowers) or lowers[start] != words.we:
        return False
    after = lowers[start + 1 : start + 4]
    return not words.negations.isdisjoint(after) and words.past.isdisjoint(after)


def _timing_word(words: Refusal, lowers: Sequence[int], k: int) -> bool:
    """Whether the veto word at ``k`` only places the refusal in time: an
    opening "After that," or "Before then," (``TIME_POINTERS``: the point the
    previous sentence named, not a condition put to the customer), or
    "already" in a future perfect ("as the food will already have been
    bought": when our own step is done, not "you've already been told")."""
    if k == 0:
        return len(lowers) > 2 and lowers[1] in words.time_pointers and lowers[2] == words.comma
    return (
        lowers[k] == words.already
        and lowers[k - 1] in words.future
        and lowers[k + 1 : k + 3] == words.have_been
    )


def _only_for_you(words: Refusal, lowers: Sequence[int], present: set[int]) -> bool:
    """Whether the sentence names the customer nowhere, or only as the one
    our act would be for while naming what it lacks ("I can't take it down
    for you without that consent"): a refusal still addressed to no one's
    conduct. "We can't read the manual for you" gives no reason and keeps
    its flag."""
    if words.second.isdisjoint(present):
        return True
    return words.without in present and all(
        word == words.you and at > 0 and lowers[at - 1] == words.for_
        for at, word in enumerate(lowers)
        if word in words.second
    )


def _read_refusal(rule: Rule) -> Refusal:
    from replycheck.nlp import word_id

    flag(rule, "spare_refusal")
    extra = rule.options.get("refusal_unless", [])
    if not isinstance(extra, list) or not all(isinstance(x, str) for x in extra):
        raise RulesetError(f"{rule.source}: rule {rule.code}: 'refusal_unless' must be strings")
    conditions = CONDITIONS
    if "refusal_with_conditions" in rule.options and flag(rule, "refusal_with_conditions"):
        conditions = tuple(c for c in CONDITIONS if c in CONDITIONS_KEPT)
    return Refusal(
        _ids(SECOND_PERSON),
        _ids(NEGATIONS),
        _ids((*conditions, *EDGES, *extra)) | read_once(rule, _read_spare).unless,
        tuple(tuple(map(word_id, p)) for p in REASON_OPENINGS),
        word_id("we"),
        word_id(","),
        _ids(PAST),
        word_id("for"),
        _ids(KINDS_OF_REASON),
        word_id("without"),
        word_id("i"),
        _ids(MODALS),
        word_id("you"),
        _ids(OTHERS),
        _ids(TIME_POINTERS),
        word_id("already"),
        _ids(("will", "'ll", "would", "'d")),
        [word_id("have"), word_id("been")],
    )


#: A negated statement about a thing that names neither the customer nor us
#: ("Other categories did not change.", "That covers the lock jamming or the
#: key not turning.", "it's almost certainly not dying") describes the product
#: or the case. The negation has to fall on a participle ("not turning", "not
#: covered") or on a verb that ends its clause ("did not change."), so a
#: contrast ("It's not rocket science", "that's not how it works") or a
#: comment on what the customer did ("doesn't make it any faster") keeps the
#: flag, as do an edge, a condition or a pointer to where it was said ("As
#: stated in the newsletter, ... are not permitted").
FIRST_PERSON: Final = ("i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves")
SAID_BEFORE: Final = ("stated", "mentioned", "explained", "noted", "advised", "informed", "note")
#: Words that may stand between a negation and its participle ("not yet
#: shipped", "isn't being charged", "not always working").
NEGATION_FILLERS: Final = ("be", "been", "being", "yet", "always", "currently", "quite", "fully")
DO_FORMS: Final = ("do", "does", "did")
CLAUSE_ENDS: Final = (".", "!", "?", ",", ";", ":")
PARTICIPLE_ENDINGS: Final = ("ing", "ed")
#: Participles that do not end in "-ed": "Samuel was not sent home as a
#: punishment", "the part is not made any more", "the fee was not paid".
IRREGULAR_PARTICIPLES: Final = frozenset(
    {"sent", "made", "paid", "given", "done", "taken", "kept", "left", "shown", "seen",
     "known", "found", "held", "lost", "built", "sold", "bought", "brought", "chosen",
     "written", "broken", "worn", "torn", "spent", "meant"}
)  # fmt: skip


def _describes_a_thing(rule: Rule, lowers: Sequence[int], store: Any) -> bool:
    """Whether a flagged sentence is a negated description of a thing (see
    ``FIRST_PERSON`` above). Asked only of sentences already flagged."""
    from replycheck.nlp import word_id

    vetoes = read_once(rule, _read_description)
    strings = [_text_of(store, h) for h in lowers]
    if not vetoes.isdisjoint(h for k, h in enumerate(lowers) if not _how_it_sits(strings, k)):
        return False
    negations = {word_id(n) for n in NEGATIONS}
    for k, h in enumerate(lowers):
        if h not in negations:
            continue
        j = k + 1
        while j < len(strings) and strings[j] in NEGATION_FILLERS:
            j += 1
        if j >= len(strings):
            continue
        word = strings[j]
        if (len(word) > 4 and word.endswith(PARTICIPLE_ENDINGS) and word.isalpha()) or (
            word in IRREGULAR_PARTICIPLES
        ):
            return True
        do_support = k >= 2 and strings[k - 1] in DO_FORMS  # not a "Don't ..." opening
        if do_support and word.isalpha() and j + 1 < len(strings) and strings[j + 1] in CLAUSE_ENDS:
            return True
    return False


#: How a part sits or is fitted, said right after "not" and its participle:
#: "a section that isn't seated properly", "the tank is not seated properly"
#: describe the part, where "properly" elsewhere is an edge ("do it properly").
MANNER_OF_FIT: Final = ("properly", "correctly", "fully")


def _how_it_sits(strings: Sequence[str], k: int) -> bool:
    """Whether word ``k`` is a ``MANNER_OF_FIT`` word right after a
    negation and a participle ("not seated properly")."""
    if strings[k] not in MANNER_OF_FIT or k < 2:
        return False
    participle = strings[k - 1]
    return strings[k - 2] in ("not", "n't") and (
        (len(participle) > 4 and participle.endswith("ed") and participle.isalpha())
        or participle in IRREGULAR_PARTICIPLES
    )


#: "You will need to" / "You'll need to": a step the process will need.
STEP_OPENINGS: Final = (("you", "will", "need", "to"), ("you", "'ll", "need", "to"))
#: After "before you", words that are no act of the customer's on a thing
#: ("before you are charged", "before you can book"): a state or a modal.
NOT_AN_ACT: Final = frozenset(
    {"are", "'re", "were", "have", "'ve", "had", "do", "did", "can", "could", "will", "'ll",
     "would", "'d", "must", "should", "need", "may", "might"}
)  # fmt: skip


def _step_order(rule: Rule, lowers: Sequence[int], store: Any) -> bool:
    """Whether a flagged sentence opening "You will need to" puts its step
    before another act on a thing ("You will need to stop the pendulum and
    remove it before fitting the new spring."), as RC120 spares it: the order
    of a procedure's steps. So does a step opening on its verb, "please"
    before it or not, put before the customer's own next act on a thing
    ("Make sure the tap is off before you remove the hose.", "Check the fuse
    before replacing the plug."). "Before complaining" or "before you contact
    us" names no thing acted on, and an edge (``EDGES``, the rule's
    ``spare_unless``) keeps the flag (``options.spare_step_order``)."""
    vetoes = read_once(rule, _read_step_order)
    strings = [_text_of(store, h) for h in lowers]
    if tuple(strings[:4]) in STEP_OPENINGS:
        return vetoes.isdisjoint(lowers) and (_before_next_act(strings, 4) or _step_reason(strings))
    verb = 1 if strings[:1] == ["please"] else 0
    if len(strings) <= verb or strings[verb] not in CURT_IMPERATIVES:
        return False
    # "Make sure" is the step's own opening, not the "make sure you ... this time" of a rebuke
    rest = verb + 2 if strings[verb : verb + 2] == ["make", "sure"] else verb + 1
    return vetoes.isdisjoint(lowers[rest:]) and _before_next_act(strings, rest)


def _before_next_act(strings: Sequence[str], start: int) -> bool:
    """Whether the words from ``start`` on hold "before" and then an act on a
    thing: a gerund ("before fitting the new spring") or the customer's own
    verb ("before you remove the hose"), with a determiner after it."""
    for k in range(start, len(strings) - 2):
        if strings[k] != "before":
            continue
        act, thing = strings[k + 1], strings[k + 2]
        if act == "you" and k + 3 < len(strings):
            act, thing = strings[k + 2], strings[k + 3]
            if act.isalpha() and act not in NOT_AN_ACT and thing in STEP_THINGS:
                return True
        elif len(act) > 5 and act.endswith("ing") and act.isalpha() and thing in STEP_THINGS:
            return True
    return False


def _step_reason(strings: Sequence[str]) -> bool:
    """Whether "You will need to <verb> ..." goes on to the step's reason after
    "because" or ", since" ("You will need to bring the original certificate,
    because copies can't be verified."), as RC120 spares it
    (``orders._step_with_reason``): a step explained, not an order. A reason
    naming the customer, citing the rule, opening on a pointer's verdict
    ("because that's the rule") or holding an edge or a condition keeps the
    flag (``orders.STEP_REASON_VETOES``, ``orders.VERDICT_POINTERS``)."""
    for at in range(5, len(strings) - 2):
        lead = strings[at]
        if lead not in REASON_LEADS or (lead == "since" and strings[at - 1] != ","):
            continue  # "since April" is a time; ", since the diary is full" a reason
        reason = strings[at + 1 :]
        return reason[0] not in VERDICT_POINTERS and STEP_REASON_VETOES.isdisjoint(reason)
    return False


def _read_step_order(rule: Rule) -> frozenset[int]:
    flag(rule, "spare_step_order")
    return _ids(EDGES) | read_once(rule, _read_spare).unless


def _text_of(store: Any, h: int) -> str:
    """The lower-case text of a word hash (empty if the store lacks it)."""
    try:
        return str(store[h])
    except (KeyError, IndexError):
        return ""


def _read_description(rule: Rule) -> frozenset[int]:
    from replycheck.nlp import word_id

    flag(rule, "spare_description")
    words = (*SECOND_PERSON, *FIRST_PERSON, *CONDITIONS, *EDGES, *SAID_BEFORE)
    return frozenset(map(word_id, words)) | read_once(rule, _read_spare).unless


#: "our mistake", "my own error": the fault owned, which is not blame
#: (corpus/README.md: "Owning a mistake ... is not blame").
OWNERS: Final = ("our", "my")
FAULTS: Final = ("mistake", "mistakes", "error", "errors", "fault", "oversight")
#: Words that turn owning into sharing the fault out, or give it an edge.
OWNING_VETOES: Final = (
    "but",
    "though",
    "although",
    "however",
    "should",
    "honestly",
    "frankly",
    "also",
)


def _owns_fault(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a sentence owns the fault: "our" or "my" (and "own") before a
    fault noun ("which is our mistake, not yours", "The delay was our fault,
    not the courier's"), not negated in the three words before ("not our
    fault", "wasn't our error") and with no word that shares the fault out
    ("but", "should", "also"). The model reads "mistake" and "not yours" as
    the blame it was fitted on. A copula before "ours" or before "our" and a
    thing borne (``BORNE``) claims it too ("this is ours to fix, not yours to
    chase", "That's our problem to sort out, not yours"); "not ours" disowns.
    A "but" or "however" before the claim, after a clause that does not name
    the customer, turns to it rather than sharing it out ("Opening the vent
    will help a little, but the fix is ours to do, not yours"), see
    ``_vetoed_owning``. Asked only of sentences already flagged."""
    owners, faults, negations, vetoes, own = read_once(rule, _read_owning)
    if vetoes.isdisjoint(lowers):
        return _owning_claim(rule, lowers, owners, faults, negations, own) is not None
    claim = _owning_claim(rule, lowers, owners, faults, negations, own)
    return claim is not None and not _vetoed_owning(rule, lowers, vetoes, claim)


def _vetoed_owning(rule: Rule, lowers: Sequence[int], vetoes: frozenset[int], claim: int) -> bool:
    """Whether a ``OWNING_VETOES`` word shares out or edges the owning claim
    at ``claim``: any of them after it ("our mistake, but you should have
    ..."), and before it any but a "but"/"however" that turns from a clause
    naming no customer word ("you", "your") to the claim."""
    turns, customer = read_once(rule, _read_turn_to_owning)
    for j, word in enumerate(lowers):
        if word not in vetoes:
            continue
        if j < claim and word in turns and customer.isdisjoint(lowers[:j]):
            continue
        return True
    return False


def _owning_claim(
    rule: Rule,
    lowers: Sequence[int],
    owners: frozenset[int],
    faults: frozenset[int],
    negations: frozenset[int],
    own: int,
) -> int | None:
    """The index of the first word that claims the fault for us (see
    ``_owns_fault``), or None."""
    on, us, copulas = read_once(rule, _read_on_us)
    ours, borne = read_once(rule, _read_ours)
    for i, word in enumerate(lowers):
        if (
            word == us
            and i >= 2
            and lowers[i - 1] == on
            and lowers[i - 2] in copulas
            and negations.isdisjoint(lowers[max(0, i - 4) : i])
        ):
            return i  # "That's on us as a school, not on you."
        if (
            i >= 1
            and lowers[i - 1] in copulas
            and (
                word == ours or (word in owners and i + 1 < len(lowers) and lowers[i + 1] in borne)
            )
            and negations.isdisjoint(lowers[max(0, i - 4) : i])
        ):
            return i  # "this is ours to fix, not yours", "That's our problem to sort out"
        if (
            word in faults
            and i + 3 < len(lowers)
            and lowers[i + 1] in copulas
            and lowers[i + 2] in read_once(rule, _read_fault_sites)
            and lowers[i + 3] in owners
            and negations.isdisjoint(lowers[max(0, i - 3) : i + 3])
        ):
            return i + 3  # "The mistake was in our order to them, not their cutting."
        if word not in owners:
            continue
        noun = i + 2 if i + 1 < len(lowers) and lowers[i + 1] == own else i + 1
        if (
            noun < len(lowers)
            and lowers[noun] in faults
            and negations.isdisjoint(lowers[max(0, i - 3) : i])
        ):
            return i
    return None


#: A lapse of one of our people or partners, told as what should have happened:
#: "The guard should have explained that.", "He should have told you on the
#: day." The doer is "the"/"our" and a noun, or "he"/"she"; never the
#: customer's own ("Your builder should have checked"), never a passive ("that
#: should have been checked before ordering" puts it on whoever ordered).
LAPSE: Final = regexcache.compile(
    r"(?:(?:the|our)(?:\s+[a-z'-]+){1,2}|he|she)\s+should\s+have\s+(?!been\b)[a-z]+"
    # our own lapse, owned in the first person: "I should have explained that
    # more clearly." ("I should have known ..." is the sarcasm, not the owning)
    r"|(?:i|we)\s+should\s+have\s+(?!been\b|known\b|guessed\b|realised\b|realized\b"
    r"|expected\b|thought\b|bothered\b)[a-z]+"
    # the step one of our people left out, told as what they did not do: "What he
    # did not do was check the void behind the dishwasher." (owned only with the
    # paragraph's "He should have, and I have spoken to him about it.")
    r"|(?:what\s+)?(?:he|she)\s+(?:did\s+not|didn't|didn\u2019t)\s+(?:do\s+was\s+)?[a-z]+",
    re.IGNORECASE,
)
#: What makes the lapse owned rather than blamed, in its paragraph or the
#: next: the fault claimed ("on us", "our mistake", "we should have") or the
#: fix we are making ("We're adding signs", "I've spoken to him", "we've
#: changed how late arrivals are checked in").
OWNED_OR_FIXED: Final = regexcache.compile(
    r"\b(?:on us|(?:our|my) (?:own )?(?:mistake|fault|error|responsibility|failing)|"
    r"(?:we|i) should have|(?:we|i)(?:'re| are|'ve| have|'ll| will)\s+(?:now\s+|also\s+)?"
    r"(?:adding|added|add|changed|changing|change|spoken|speak|talked|talk|briefed|brief|"
    r"reminded|remind|updated|updating|update|fixed|fixing|fix|refunded|refund|waived|waive|"
    r"arranged|arrange|retrained|retrain|put))\b",
    re.IGNORECASE,
)
#: Words that make the lapse blame all the same: the customer named in it, or
#: the fault pushed away from us.
LAPSE_VETOES: Final = regexcache.compile(
    r"\b(?:you|your|yours|not us|not ours|not our|responsible|liable|control|frankly|honestly)\b",
    re.IGNORECASE,
)


#: Our own lapse owned in the first person after an opening clause ("You're
#: quite right — the bracket was the wrong size, and I should have told you
#: before I left."): "I/we should have" and a verb anywhere in the sentence,
#: with "you" allowed as the one we should have told or called. The customer
#: as a doer ("you should have", "you didn't"), "your own", a disowning or an
#: edge keeps the flag.
OWN_LAPSE: Final = regexcache.compile(
    r"\b(?:i|we)\s+should\s+have\s+(?!been\b|known\b|guessed\b|realised\b|realized\b"
    r"|expected\b|thought\b|bothered\b)[a-z]+",
    re.IGNORECASE,
)
OWN_LAPSE_VETOES: Final = regexcache.compile(
    r"\b(?:you(?:'d|'ve|\s+(?:should|could|would|had|have|did|didn't|did\s+not|failed|forgot|"
    r"never|must|might|ought|were\s+supposed))|your\s+own|yours|not\s+us|not\s+ours|not\s+our|"
    r"responsible|liable|control|frankly|honestly|clearly|obviously|again)\b",
    re.IGNORECASE,
)


#: A lapse in telling the customer, said of one of our people after the
#: clause that gives what happened ("Nico stopped because the skin was sore;
#: he should have explained that more clearly at the time."): the one who
#: should have told the customer is on our side of the counter, so it owns
#: the lapse. Only "he"/"she" opening the last clause after ";" or a dash, and
#: only verbs of telling; "your" in the sentence ("Your builder left early;
#: he should have told you", the customer's own party) or a
#: ``OWN_LAPSE_VETOES`` word keeps the flag.
TOLD_LAPSE: Final = regexcache.compile(
    r"(?:^|[;\u2014\u2013]|\s-)\s*(?:he|she)\s+should\s+have\s+"
    r"(?:explained|told|mentioned|warned|flagged|said)\b[^;\u2014\u2013]*$",
    re.IGNORECASE,
)
#: Our lapse in telling, owned with the customer as the one who should have
#: been told ("I'm sorry, you should have heard about the cut from us at
#: pick-up, not found it yourself at home.", "You should have been told by us
#: when you booked."): "you should have" and a verb of being told, then "from"
#: or "by" and us or one of ours. "received", "got" or "had" are left out:
#: "You should have received an email from us" says we did send it.
TOLD_BY_US: Final = regexcache.compile(
    r"\byou\s+should\s+have\s+(?:heard|been\s+(?:told|warned|informed|given|shown|"
    r"contacted|called|updated|offered))\b[^.;:]*?\b(?:from|by)\s+(?:us|me|our)\b",
    re.IGNORECASE,
)
#: What keeps the flag on ``TOLD_BY_US``: an edge, a condition on the
#: customer, a fault pushed away from us ("not us", "not from us"), or a turn
#: that shares it out ("but you should also have read the label").
TOLD_BY_US_VETOES: Final = regexcache.compile(
    r"\b(?:frankly|honestly|clearly|obviously|again|already|properly|if\s+you|"
    r"but|however|though|also|"
    r"not\s+(?:from\s+|by\s+)?(?:us|our|ours)|responsible|liable|control)\b",
    re.IGNORECASE,
)
#: "more clearly" says how the telling should have gone, not an edge on the
#: customer ("clearly you didn't read it"): left out before the vetoes are read.
MORE_CLEARLY: Final = regexcache.compile(r"\bmore\s+clearly\b", re.IGNORECASE)

#: The standard we missed, owned: "That's not how it should have arrived.",
#: "I'm so sorry, that's not how her flowers should have looked." The thing is
#: the subject of "should have" and the verb is how it came or turned out, so
#: no one is the doer ("how it should have been used" puts a use on someone);
#: a pivot, a cause, a result or a third party in the sentence ("..., but the
#: courier dropped it", "..., so it isn't covered") or an ``OWN_LAPSE_VETOES``
#: word keeps the flag.
MISSED_STANDARD: Final = regexcache.compile(
    r"\b(?:that|this|it)(?:'s\s+not|\s+is\s+not|\s+isn't|\s+was\s+not|\s+wasn't)\s+how\s+"
    r"(?:[a-z]+\s+){1,4}?should\s+have\s+(?:arrived|looked|gone|come|turned|ended|tasted|"
    r"worked|felt|reached|landed|started|run|sounded|smelled|smelt)\b",
    re.IGNORECASE,
)
MISSED_STANDARD_VETOES: Final = regexcache.compile(
    r"\b(?:but|so|however|though|although|because|fault|blame|blamed|they|them|courier|driver|"
    r"supplier|carrier|post|delivery\s+company)\b",
    re.IGNORECASE,
)


def _owned_lapse(rule: Rule, ctx: CheckContext, scored: Scored) -> bool:
    """Whether the sentence opens by saying what one of our people or partners
    should have done (``LAPSE``), names neither the customer nor a disowning
    (``LAPSE_VETOES``), and its paragraph or the next owns it or says what we
    are doing about it (``OWNED_OR_FIXED``): "The guard should have explained
    that." before "We're adding signs at the entrance" takes the lapse on for
    us; "Your builder should have checked the measurements" blames
    (``options.spare_owned_lapse``)."""
    flag(rule, "spare_owned_lapse")
    text = ctx.message.own
    sentence = text[scored.start : scored.end]
    if OWN_LAPSE.search(sentence) and not OWN_LAPSE_VETOES.search(MORE_CLEARLY.sub(" ", sentence)):
        return True
    if (
        MISSED_STANDARD.search(sentence)
        and not OWN_LAPSE_VETOES.search(sentence)
        and not MISSED_STANDARD_VETOES.search(sentence)
    ):
        return True
    if TOLD_BY_US.search(sentence) and not TOLD_BY_US_VETOES.search(sentence):
        return True
    told = TOLD_LAPSE.search(sentence)
    if (
        told is not None
        and not re.search(r"\byour\b", sentence, re.IGNORECASE)
        and not OWN_LAPSE_VETOES.search(MORE_CLEARLY.sub(" ", sentence))
    ):
        return True
    if not LAPSE.match(sentence) or LAPSE_VETOES.search(sentence):
        return False
    begin = text.rfind("\n\n", 0, scored.start)
    begin = 0 if begin < 0 else begin
    stop = text.find("\n\n", scored.end)
    if stop >= 0:
        after = text.find("\n\n", stop + 2)
        stop = len(text) if after < 0 else after
    else:
        stop = len(text)
    return OWNED_OR_FIXED.search(text, begin, stop) is not None


#: Who may take part, as a threshold of age, height or weight said of a kind
#: of person or thing: "throwers must be 12 or over", "Riders must be at least
#: 140cm", "Drivers need to be aged 25 or over".
ELIGIBILITY: Final = regexcache.compile(
    r"\b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to)\s+be\s+(?:aged\s+)?"
    r"(?:at\s+least\s+|over\s+|under\s+|below\s+|above\s+|no\s+(?:more|older|younger|less)\s+than\s+)?"
    r"(?:the\s+age\s+of\s+)?\d",
    re.IGNORECASE,
)
#: The customer told, or an edge, keeps the threshold an order: "You must be
#: 18 or over, as you well know."
ELIGIBILITY_VETOES: Final = regexcache.compile(
    r"\b(?:you|your|yours|yourself|again|properly|final|immediately|otherwise|else|keep|"
    r"clearly|obviously|simply|just|really|honestly|frankly)\b",
    re.IGNORECASE,
)


def _eligibility(rule: Rule, ctx: CheckContext, scored: Scored) -> bool:
    """Whether a flagged sentence states who may take part as a threshold
    (``ELIGIBILITY``: "must be 12 or over", "need to be at least 140cm") with
    neither the customer nor an edge in it (``ELIGIBILITY_VETOES``): "Sorry,
    not this time — throwers must be 12 or over" is the venue's condition, the
    refusal's reason, not an order to the customer
    (``options.spare_eligibility``)."""
    flag(rule, "spare_eligibility")
    sentence = ctx.message.own[scored.start : scored.end]
    return ELIGIBILITY.search(sentence) is not None and not ELIGIBILITY_VETOES.search(sentence)


#: The law given as the reason in the sentence: "by law we can't let you
#: drive without seeing it", "the law requires you to take advice", "the law
#: says 1.6mm is the minimum".
LEGAL_REASON: Final = regexcache.compile(
    r"\b(?:by\s+law|required\s+by\s+law|the\s+law\s+(?:requires|says|means|does\s+not|doesn't)|"
    r"legally\s+(?:required|obliged|bound)|(?:it's|it\s+is)\s+the\s+law|under\s+(?:the|uk)\s+law)\b",
    re.IGNORECASE,
)
#: A consequence, a condition put to the customer or an edge keeps the duty an
#: order however lawful: "You must bring it by law, or we will cancel."
LEGAL_REASON_VETOES: Final = regexcache.compile(
    r"\b(?:again|properly|final|immediately|otherwise|else|unless|keep|clearly|obviously|"
    r"simply|just|really|honestly|frankly|already|told|cancel|cancelled|charged|fine|fined)\b|"
    r"\bif\s+you\s+(?:don't|do\s+not|fail|can't|cannot)\b|,\s*or\b",
    re.IGNORECASE,
)


def _legal_reason(rule: Rule, ctx: CheckContext, scored: Scored) -> bool:
    """Whether a flagged sentence gives the law as the reason for what it
    asks or refuses (``LEGAL_REASON``: "Before the lesson you must bring your
    provisional licence; by law we can't let you drive without seeing it")
    with no consequence, condition or edge (``LEGAL_REASON_VETOES``): the
    requirement is the law's, told so the customer can meet it
    (``options.spare_legal_reason``)."""
    flag(rule, "spare_legal_reason")
    sentence = ctx.message.own[scored.start : scored.end]
    return LEGAL_REASON.search(sentence) is not None and not LEGAL_REASON_VETOES.search(sentence)


#: "That's on us, not on you", "That part is on us": the fault owned by its
#: bearer, a copula then "on us" (not "blame it on us", not "isn't on us").
ON_US_COPULAS: Final = ("'s", "is", "was", "are", "were")


def _read_on_us(rule: Rule) -> tuple[int, int, frozenset[int]]:
    from replycheck.nlp import word_id

    flag(rule, "spare_owning")
    return word_id("on"), word_id("us"), frozenset(map(word_id, ON_US_COPULAS))


#: What we claim after a copula as ours to bear: "this is ours to fix",
#: "That's our problem to sort out, not yours", "It's my responsibility"
#: (never "not ours": "That's the bank's mistake, not ours" disowns).
OURS: Final = "ours"
BORNE: Final = ("problem", "responsibility", "doing")
#: Contrast words that, before the owning claim, turn to it ("..., but the fix
#: is ours to do"), and the customer words that, before them, make the turn a
#: sharing out all the same ("You left it running, but the damage is ours").
TURNS_TO_OWNING: Final = ("but", "however")
CUSTOMER_BEFORE_TURN: Final = ("you", "your", "you're", "you've", "you'd", "you'll", "yourself")


#: Where a fault is said to lie, before "our" or "my": "The mistake was in our
#: order to them", "The error was with my booking": the fault placed on our side.
FAULT_SITES: Final = ("in", "with")


def _read_fault_sites(rule: Rule) -> frozenset[int]:
    from replycheck.nlp import word_id

    flag(rule, "spare_owning")
    return frozenset(map(word_id, FAULT_SITES))


def _read_turn_to_owning(rule: Rule) -> tuple[frozenset[int], frozenset[int]]:
    from replycheck.nlp import word_id

    flag(rule, "spare_owning")
    return frozenset(map(word_id, TURNS_TO_OWNING)), frozenset(map(word_id, CUSTOMER_BEFORE_TURN))


def _read_ours(rule: Rule) -> tuple[int, frozenset[int]]:
    from replycheck.nlp import word_id

    flag(rule, "spare_owning")
    return word_id(OURS), frozenset(map(word_id, BORNE))


def _read_owning(
    rule: Rule,
) -> tuple[frozenset[int], frozenset[int], frozenset[int], frozenset[int], int]:
    from replycheck.nlp import word_id

    flag(rule, "spare_owning")
    return (
        frozenset(map(word_id, OWNERS)),
        frozenset(map(word_id, FAULTS)),
        frozenset(map(word_id, NEGATIONS)),
        frozenset(map(word_id, OWNING_VETOES)),
        word_id("own"),
    )


def _read_spare(rule: Rule) -> Spare:
    from replycheck.nlp import shared_pipeline, word_id

    phrases, unless = rule.options.get("spare", []), rule.options.get("spare_unless", [])
    if not all(isinstance(x, str) for x in (*phrases, *unless)):
        raise RulesetError(f"{rule.source}: rule {rule.code}: 'spare' options must be strings")
    make = shared_pipeline().make_doc

    def hashes(text: str) -> tuple[int, ...]:
        return tuple(word_id(t.lower_) for t in make(text) if not t.is_space)

    tokens = tuple(h for h in map(hashes, phrases) if h)
    split = [text for text in unless if len(hashes(text)) != 1]
    if split:
        raise RulesetError(
            f"{rule.source}: rule {rule.code}: 'spare_unless' takes single words; "
            f"{split[0]!r} is {len(hashes(split[0]))} tokens"
        )
    words = frozenset(h for text in unless for h in hashes(text))
    keeps = frozenset(word_id(word) for word in KEEP_WORDS)
    by_first: dict[int, tuple[tuple[int, ...], ...]] = {}
    for phrase in tokens:
        by_first[phrase[0]] = (*by_first.get(phrase[0], ()), phrase)
    return Spare(tokens, by_first, words, keeps)


def _read_options(rule: Rule) -> tuple[ToneModel, str, float]:
    options = rule.options
    name, label, threshold = options.get("model"), options.get("label"), options.get("threshold")
    if not isinstance(name, str) or not isinstance(label, str):
        raise RulesetError(
            f"{rule.source}: rule {rule.code}: options need a 'model' file name and a 'label'"
        )
    if not isinstance(threshold, (int, float)) or not FLOOR <= threshold < 1:
        raise RulesetError(
            f"{rule.source}: rule {rule.code}: options need a 'threshold' from {FLOOR} to below 1"
        )
    model = load_model(str(Path(rule.source).parent / name))
    if label not in model.labels:
        raise RulesetError(
            f"{rule.source}: rule {rule.code}: label {label!r} is not one of the model's "
            f"tone classes {list(model.labels)}"
        )
    return model, label, float(threshold)


#: The day a request is due, up to three words after "by": "by Friday", "by
#: 30 April", "by the end of the month", "by tomorrow".
DUE_WORDS: Final = (*WEEKDAYS, *MONTHS, "tomorrow", "tonight", "midday", "noon", "end", "close")
#: A consequence hung on the request turns it into an ultimatum: "Please pay by
#: Friday or we will cancel", "... and the booking will be released".
CONSEQUENCES: Final = ("or", "will", "'ll", "else", "must", "lose", "final")


class DatedRequest(NamedTuple):
    """The word sets of ``_dated_request``, as lower-case hashes."""

    please: int
    to: int
    comma: int
    by: int
    due: frozenset[int]
    vetoes: frozenset[int]  # negations, conditions, edges and consequences
    unless: frozenset[int]  # the rule's spare_unless, read in the request itself
    needs: frozenset[int]  # "the balance needs to be paid", after a purpose
    be: int


def _dated_request(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a sentence is a polite request with the day it is due: it
    opens with "please", or with a purpose and then "please" ("To keep your
    place, please confirm by 3 June"), holds "by" and a day within three
    words, and holds no negation, condition, edge or consequence ("or we
    will cancel"), nor after "please" a word of the rule's ``spare_unless``
    ("make sure", "this time", "properly"). corpus/README.md counts
    polite requests as no demand, and new writers state deadlines this way
    ("Please return the form by Friday"); the model reads the deadline and
    the payment words as the orders it was fitted on. "Please don't call
    after Friday" and "Please pay by Friday, otherwise the account closes"
    are not spared. Asked only of sentences already flagged."""
    words = read_once(rule, _read_dated_request)
    if not lowers or not words.vetoes.isdisjoint(lowers):
        return False
    request = 0
    if lowers[0] != words.please:
        if lowers[0] != words.to or words.comma not in lowers:
            return False
        request = lowers.index(words.comma) + 1
        if request >= len(lowers):
            return False
        if lowers[request] != words.please and not _passive_need(words, lowers[request:]):
            return False
    if not words.unless.isdisjoint(lowers[request:]):
        return False  # "keep" in the purpose ("To keep your place") is no edge
    return any(
        word == words.by and not words.due.isdisjoint(lowers[i + 1 : i + 4])
        for i, word in enumerate(lowers)
    )


def _passive_need(words: DatedRequest, clause: Sequence[int]) -> bool:
    """Whether the clause after a purpose says what needs doing in the passive
    ("To stop the account going any further, the balance needs to be paid by
    31 March"): the deadline explained by its purpose, as RC120 spares it."""
    return any(
        word in words.needs
        and clause[i + 1 : i + 2] == [words.to]
        and clause[i + 2 : i + 3] == [words.be]
        for i, word in enumerate(clause)
    )


def _read_dated_request(rule: Rule) -> DatedRequest:
    from replycheck.nlp import word_id

    flag(rule, "spare_dated_request")
    vetoes = (*NEGATIONS, *CONDITIONS, *EDGES, *CONSEQUENCES)
    return DatedRequest(
        word_id("please"),
        word_id("to"),
        word_id(","),
        word_id("by"),
        frozenset(map(word_id, DUE_WORDS)),
        frozenset(map(word_id, vetoes)),
        read_once(rule, _read_spare).unless,
        frozenset(map(word_id, ("needs", "need"))),
        word_id("be"),
    )


#: "You should have it by Thursday", "you should expect the tuning to drift",
#: "what you should expect from us": "should" saying what will happen, not
#: what someone failed to do. These verbs say what is coming whenever they
#: follow "should"; ...
EXPECTING: Final = ("expect", "receive", "arrive", "reach")
#: ... these say it only with a time the sentence gives ("You should see it
#: within five days", "it should take about a week"), since "you should see a
#: solicitor" or "you should take more care" is advice or a rebuke.
EXPECTING_WHEN_TIMED: Final = (
    "have", "get", "see", "hear", "notice", "take", "feel", "start", "begin", "settle",
    "clear", "last", "show", "come", "go", "improve", "return", "drift", "be",
)  # fmt: skip
#: ... and after "should be", what the customer is owed the experience of,
#: with or without a time ("After spending that much, you should be enjoying
#: meals out, not dreading them", "you should be receiving statements
#: monthly"); "you should be checking your emails" is an order and keeps it.
EXPECTING_UNDERGONE: Final = ("enjoying", "receiving", "hearing", "seeing", "getting", "feeling")
#: Words that may stand between "should" and its verb ("should now have it").
EXPECTATION_FILLERS: Final = ("also", "then", "now", "normally", "usually", "both", "all", "only")
#: Words that give the sentence a time: "by Thursday", "within five working
#: days", "over the next few weeks" (weekday and month names count too).
EXPECTATION_TIMES: Final = (
    "by", "within", "in", "tomorrow", "today", "tonight", "soon", "shortly", "next", "on",
    "from", "over", "later", "day", "days", "week", "weeks", "month", "months", "hour",
    "hours", "morning", "afternoon", "evening", "weekend",
)  # fmt: skip
#: Words that turn the sentence back into a rebuke ("you should still have
#: the email", "you should have it already if you'd checked properly", "you
#: should be more careful next time").
EXPECTATION_VETOES: Final = (
    "still", "already", "yourself", "yourselves", "instead", "properly", "carefully",
    "responsible", "liable", "if", "unless", "time", "grateful", "thankful", "lucky", "glad",
)  # fmt: skip


class Expectation(NamedTuple):
    """The word sets of ``_tells_what_to_expect``, as lower-case hashes."""

    should: int
    have: int
    expecting: frozenset[int]
    timed: frozenset[int]
    fillers: frozenset[int]
    times: frozenset[int]
    vetoes: frozenset[int]  # the rule's spare_unless but "should", and EXPECTATION_VETOES
    be: int
    undergoing: frozenset[int]


def _tells_what_to_expect(rule: Rule, lowers: Sequence[int], store: Any) -> bool:
    """Whether every "should" in a flagged sentence says what the customer
    can expect rather than what someone failed to do: "should" (past a
    filler such as "now") then a verb of what is coming ("expect",
    "receive", "arrive", "reach"), or a verb that says it with a time given
    in the rest of the sentence ("You should have it by Thursday.", "it
    should take about a week"). "should have" before a participle ("you
    should have checked") is the counterfactual the rule is for, and an
    edge or a fault word (the rule's ``spare_unless`` but "should", and
    "still", "already", "yourself", "if") keeps the flag. The model reads
    "should" and the customer's "you" as the blame it was fitted on.
    Asked only of sentences already flagged (``options.spare_expectation``)."""
    words = read_once(rule, _read_expectation)
    if words.should not in lowers or not words.vetoes.isdisjoint(lowers):
        return False
    size = len(lowers)
    for k, word in enumerate(lowers):
        if word != words.should:
            continue
        j = k + 1
        while j < size and lowers[j] in words.fillers:
            j += 1
        if j >= size:
            return False
        verb = lowers[j]
        if verb in words.expecting:
            continue
        if verb == words.be and j + 1 < size and lowers[j + 1] in words.undergoing:
            continue  # "you should be enjoying meals out, not dreading them"
        if verb not in words.timed or words.times.isdisjoint(lowers[j + 1 :]):
            return False
        if verb == words.have and j + 1 < size:
            following = _text_of(store, lowers[j + 1])
            if following in IRREGULAR_PARTICIPLES or following in ("been", "had", "got"):
                return False
            if len(following) > 3 and following.endswith(("ed", "en")):
                return False  # "you should have checked", "should have written"
    return True


def _read_expectation(rule: Rule) -> Expectation:
    from replycheck.nlp import word_id

    flag(rule, "spare_expectation")
    should = word_id("should")
    unless = read_once(rule, _read_spare).unless - {should}
    return Expectation(
        should,
        word_id("have"),
        _ids(EXPECTING),
        _ids(EXPECTING_WHEN_TIMED),
        _ids(EXPECTATION_FILLERS),
        _ids((*EXPECTATION_TIMES, *WEEKDAYS, *MONTHS)),
        _ids(EXPECTATION_VETOES) | unless,
        word_id("be"),
        _ids(EXPECTING_UNDERGONE),
    )


#: The clause a consequence hangs on, opening the sentence: "Once you approve,
#: it goes straight to print.", "Until that is paid, the date is only
#: provisionally held.", "If it isn't replaced, it will start to wear out the
#: cassette." ("unless" and "otherwise" are threats, never these.)
FOLLOW_MARKS: Final = ("if", "once", "until", "till", "when", "after", "before")
#: How the main clause opens when its subject is a thing, not a person: "it",
#: "the date", "their email" (never "your account": a consequence put to the
#: customer; never "I", "we" or an order).
THING_SUBJECTS: Final = (
    "it", "the", "that", "this", "its", "their", "these", "those", "there", "a", "an",
    "each", "every", "any", "both",
)  # fmt: skip
#: Words that give the consequence an edge, a threat or a repeat ("it will
#: still be blurry, that is how varifocals work", "no matter who teaches
#: him", "If you had read it, ..."), besides EDGES and the rule's spare_unless.
FOLLOW_VETOES: Final = (
    "still", "unless", "otherwise", "how", "again", "matter", "!", "we", "i", "had", "bothered",
)  # fmt: skip


def _what_follows(rule: Rule, ctx: CheckContext, scored: Scored) -> bool:
    """Whether a flagged sentence says what happens to a thing once a
    condition is met: it opens with "if", "once", "until", "when", "after" or
    "before", and the clause after the first comma opens with a thing as its
    subject (``THING_SUBJECTS``: "it", "the date", "their email"), with no
    edge, first person or threat anywhere (``EDGES``, ``FOLLOW_VETOES``, the
    rule's ``spare_unless``). "Once you approve, it goes straight to print."
    explains the process; "If it's still down after the reset I need a photo
    today" and "If we did it for one customer we'd have to do it for
    everyone" keep the flag, as does "If you miss it, your place is released"
    (the customer's loss). The model reads the condition's "you" and "not" as
    the conditions put to the customer it was fitted on
    (``options.spare_what_follows``). Asked only of sentences already
    flagged."""
    marks, comma, things, vetoes = read_once(rule, _read_what_follows)
    lowers = scored.lowers
    if not lowers or lowers[0] not in marks or not vetoes.isdisjoint(lowers):
        return False
    if comma not in lowers:
        return False
    after = lowers.index(comma) + 1
    return after < len(lowers) and lowers[after] in things


def _read_what_follows(rule: Rule) -> tuple[frozenset[int], int, frozenset[int], frozenset[int]]:
    from replycheck.nlp import word_id

    flag(rule, "spare_what_follows")
    return (
        _ids(FOLLOW_MARKS),
        word_id(","),
        _ids(THING_SUBJECTS),
        _ids((*EDGES, *FOLLOW_VETOES)) | read_once(rule, _read_spare).unless,
    )


#: "not something" or "not anything", then who or what it is no act of:
#: "It's not a fault and not something you did.", "It isn't something anyone
#: could easily have seen at the time.", "It isn't something restarting the
#: router will fix."
CLEARED_THINGS: Final = ("something", "anything")
#: Nobody in particular: "not something anyone could have seen".
CLEARED_ANYONE: Final = ("anyone", "anybody", "everyone", "one", "nobody")
#: What the customer is cleared of after "not something you ...": "did",
#: "caused", "could have known", "needed to do", "should have to wait on".
CLEARED_YOUR_ACTS: Final = ("did", "caused", "could", "need", "needed", "were", "had")
#: The same in the perfect: "not something you've done", "you have caused".
CLEARED_PERFECT: Final = ("'ve", "have")
CLEARED_YOUR_DONE: Final = ("done", "caused")
#: Words that keep the flag: the fault pushed back on the customer or away
#: from us ("yours", "not our responsibility"), a pivot, an edge; "your own"
#: is read as a pair ("on its own" puts nothing back).
CLEARED_VETOES: Final = (
    "yours", "blame", "responsible", "responsibility", "liable", "control", "hands",
    "but", "however", "though", "can", "get", "should've", "yourself", "yourselves",
)  # fmt: skip


class Unforeseeable(NamedTuple):
    """What ``_unforeseeable`` reads, as lower-case hashes."""

    nobody: frozenset[int]
    no: int
    one: int
    modals: frozenset[int]
    have: int
    vetoes: frozenset[int]


def _unforeseeable(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether the sentence opens by saying nobody and nothing could have
    shown or stopped it ("Neither would have shown when driving, which is
    why it felt fine.", "No one could have seen the crack from the road."):
    "neither", "none", "nothing", "nobody" or "no one", then "would",
    "could" or "might" and "have" within the next four words. That clears
    everyone; the model reads "would have" as the counterfactual of blame
    ("you would have known"). A condition ("if", "unless"), a second
    person, a pivot or a spare_unless word keeps the flag
    (``options.spare_unforeseeable``)."""
    words = read_once(rule, _read_unforeseeable)
    if not lowers:
        return False
    at = 1 if lowers[0] in words.nobody else 0
    if not at and tuple(lowers[:2]) == (words.no, words.one):
        at = 2
    if not at or not words.vetoes.isdisjoint(lowers):
        return False
    return any(a in words.modals and b == words.have for a, b in pairwise(lowers[at : at + 5]))


def _read_unforeseeable(rule: Rule) -> Unforeseeable:
    from replycheck.nlp import word_id

    flag(rule, "spare_unforeseeable")
    return Unforeseeable(
        _ids(("neither", "none", "nothing", "nobody", "noone")),
        word_id("no"),
        word_id("one"),
        _ids(("would", "could", "might", "'d")),
        word_id("have"),
        _ids(("if", "unless", "but", "however", "had", "should", *SECOND_PERSON))
        | read_once(rule, _read_spare).unless,
    )


def _clears_the_customer(rule: Rule, lowers: Sequence[int], store: Any) -> bool:
    """Whether a flagged sentence says something is no act of the customer's
    or of anyone's: a negation within two words before "something" or
    "anything" (``CLEARED_THINGS``), then nobody in particular ("anyone"), a
    thing's doing (a word ending in "-ing": "restarting the router"), or
    "you" and what they are cleared of ("did", "caused", "could", or "should
    have to": "not something you should have to wait on"). "Not
    something we can cover" (our refusal, or our disowning: "not something
    we have any control over"), "not something you can just ignore", "not
    something you get to decide", "not something you needed our help with;
    you should have sent them yourself", an edge, a pivot or a fault put back
    (``CLEARED_VETOES``: "yours", "your own", "yourself") keep the flag. The model reads
    "not" and "you did" as the blame it was fitted on
    (``options.spare_cleared``). Asked only of sentences already flagged."""
    things, anyone, acts, negations, vetoes, you, should, have, to, your, own = read_once(
        rule, _read_cleared
    )
    perfect, done = read_once(rule, _read_cleared_perfect)
    if not vetoes.isdisjoint(lowers) or (your, own) in pairwise(lowers):
        return False  # "your own doing" puts it back; "on its own" does not
    if _not_to_do_with_yours(lowers, store):
        return True
    size = len(lowers)
    for i, word in enumerate(lowers):
        if word not in things or negations.isdisjoint(lowers[max(0, i - 2) : i]) or i + 1 >= size:
            continue
        after = lowers[i + 1]
        if after in anyone:
            return True
        if after == you and i + 2 < size:
            verb = lowers[i + 2]
            if verb in perfect and i + 3 < size:
                return lowers[i + 3] in done  # "not something you've done"
            return verb in acts or (verb == should and tuple(lowers[i + 3 : i + 5]) == (have, to))
        following = _text_of(store, after)
        return len(following) > 4 and following.endswith("ing") and following.isalpha()
    return False


#: "not to do with": the cause ruled out.
NOT_TO_DO_WITH: Final = ("to", "do", "with")
#: What follows "to do with" when it is the customer's side that is ruled out:
#: "your credit history", "how you've used it".
THEIR_SIDE: Final = ("your", "how")
#: A cause put somewhere else in the same sentence keeps the flag: "nothing
#: to do with your paperwork, it was the courier's fault", "...; the problem is
#: your router".
NOT_TO_DO_WITH_VETOES: Final = frozenset(
    {";", "fault", "faults", "down", "problem", "problems", "error", "mistake", "caused",
     "us", "we", "our", "ours", "their", "they", "because"}
)  # fmt: skip


def _not_to_do_with_yours(lowers: Sequence[int], store: Any) -> bool:
    """Whether the sentence rules out the customer's side as the cause and
    puts it nowhere else: a negation ("n't", "nothing", "not anything")
    within two words before "to do with", then "your ..." or "how you ...":
    "It wasn't to do with your credit history, which was clear." tells a
    declined applicant their record is fine. A cause laid elsewhere in the
    same sentence ("..., it was the courier's fault"), or us in it, keeps the
    flag (``NOT_TO_DO_WITH_VETOES``)."""
    words = [_text_of(store, h) for h in lowers]
    if not NOT_TO_DO_WITH_VETOES.isdisjoint(words):
        return False
    for i in range(2, len(words) - 3):
        if tuple(words[i : i + 3]) != NOT_TO_DO_WITH or words[i + 3] not in THEIR_SIDE:
            continue
        if any(w in NEGATIONS or w == "nothing" for w in words[max(0, i - 2) : i]):
            return True
    return False


def _read_cleared(
    rule: Rule,
) -> tuple[
    frozenset[int], frozenset[int], frozenset[int], frozenset[int], frozenset[int],
    int, int, int, int, int, int,
]:  # fmt: skip
    from replycheck.nlp import word_id

    flag(rule, "spare_cleared")
    return (
        _ids(CLEARED_THINGS),
        _ids(CLEARED_ANYONE),
        _ids(CLEARED_YOUR_ACTS),
        _ids(NEGATIONS),
        _ids((*EDGES, *CLEARED_VETOES)),
        word_id("you"),
        word_id("should"),
        word_id("have"),
        word_id("to"),
        word_id("your"),
        word_id("own"),
    )


def _read_cleared_perfect(rule: Rule) -> tuple[frozenset[int], frozenset[int]]:
    return _ids(CLEARED_PERFECT), _ids(CLEARED_YOUR_DONE)


#: Words that keep a thing's result a rebuke: an order or comment put on the
#: customer ("so that there are no surprises next time", "so there's really no
#: excuse"), besides EDGES and the negations.
RESULT_VETOES: Final = ("next", "again", "time", "properly", "excuse", "lol")
#: Subjects after "so" that, negated, open a verdict rather than an effect.
RESULT_PRONOUNS: Final = ("it", "that", "this", "there")
#: What may open the clause after "so" as the thing the result happens to: the
#: thing subjects ``_what_follows`` reads, and "no" ("so no cold water is
#: topping it up", "so no payments will be taken"). Its own list: "If ..., no
#: refund will be given" must stay outside ``THING_SUBJECTS``.
RESULT_SUBJECTS: Final = (*THING_SUBJECTS, "no")
#: After "so no", a verb within this many words: "so no water gets in" is an
#: effect, "so no stacking pallets on the lifts" an order without one.
NO_VERB_WINDOW: Final = 4
NO_RESULT_VERBS: Final = (
    "is", "are", "was", "were", "will", "'ll", "can", "could", "get", "goes", "go",
    "gets", "has", "have", "needs", "need", "comes", "reaches", "builds", "leaks", "moves",
)  # fmt: skip
#: "so no refund is due", "so no exception can be made": a verdict on the
#: customer's claim, not an effect on a thing.
NO_RESULT_VETOES: Final = (
    "refund", "refunds", "compensation", "exception", "exceptions", "due", "owed", "given",
    "allowed", "permitted", "accepted", "possible", "basis", "case", "point",
)  # fmt: skip


def _thing_result(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a flagged sentence ends in what happens to a thing as a result:
    a "so" (or "so that") that does not open the sentence, then a thing as
    the subject of its clause (``THING_SUBJECTS``: "so the resin fully
    cures", "so those records will be retained", "so the strings won't hold
    their pitch"), with no second person anywhere, no negation just after
    "it", "that", "this" or "there" ("so there is no basis") and no edge (``EDGES``,
    ``RESULT_VETOES``). The care instruction or rule before it ("don't take
    it out for 24 hours so the resin fully cures") is the advice the result
    explains; "You agreed to the term, so there is no basis for cancelling"
    and "so that there are no surprises next time" keep the flag
    (``options.spare_thing_result``). Asked only of sentences already
    flagged."""
    so, that, things, pronouns, second, negations, vetoes, no, verbs, no_vetoes = read_once(
        rule, _read_thing_result
    )
    if not second.isdisjoint(lowers) or not vetoes.isdisjoint(lowers):
        return False
    for i in range(1, len(lowers) - 2):
        if lowers[i] != so:
            continue
        j = i + 2 if lowers[i + 1] == that else i + 1
        if j >= len(lowers) or lowers[j] not in things:
            return False
        if lowers[j] == no:
            # "so no water gets in": a verb soon after, and no verdict on a claim
            rest = lowers[j + 1 :]
            return not verbs.isdisjoint(rest[:NO_VERB_WINDOW]) and no_vetoes.isdisjoint(rest)
        # "so there is no basis", "so it's not our problem": a pronoun opening a
        # negated verdict; "so the strings won't hold their pitch" is the effect
        return lowers[j] not in pronouns or negations.isdisjoint(lowers[j + 1 : j + 4])
    return False


def _read_thing_result(
    rule: Rule,
) -> tuple[
    int,
    int,
    frozenset[int],
    frozenset[int],
    frozenset[int],
    frozenset[int],
    frozenset[int],
    int,
    frozenset[int],
    frozenset[int],
]:
    from replycheck.nlp import word_id

    flag(rule, "spare_thing_result")
    return (
        word_id("so"),
        word_id("that"),
        _ids(RESULT_SUBJECTS),
        _ids(RESULT_PRONOUNS),
        _ids(SECOND_PERSON),
        _ids((*NEGATIONS, "no", "nothing")),
        _ids((*EDGES, *RESULT_VETOES)),
        word_id("no"),
        _ids(NO_RESULT_VERBS),
        _ids(NO_RESULT_VETOES),
    )


#: What the customer will be sent: "You'll receive the voucher code by
#: separate email today.", "You will get a text the day before."
PROMISED: Final = ("receive", "get", "hear")
#: Words that make the promise a condition, a threat or a brush-off: "when the
#: item is back with us and not a minute sooner", "only once it is paid",
#: "a final reminder".
PROMISE_VETOES: Final = (
    "when", "once", "only", "final", "last", "sooner", "else", "or", "back", "have",
    "nothing", "no",
)  # fmt: skip


def _promises(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a flagged sentence is a promise of what the customer will
    receive and when: it opens "You will" or "You'll", then "receive", "get"
    or "hear" (``PROMISED``), and gives a time (``EXPECTATION_TIMES``, a
    weekday or a month: "by separate email today", "within five days"), with
    no negation, condition (``CONDITIONS``), edge (``EDGES``) or brush-off
    (``PROMISE_VETOES``: "when the item is back with us and not a minute
    sooner", "only once it is paid", "a final reminder"). The model reads the
    opening "You will" as the orders it was fitted on ("You will need to",
    "You will have to", which keep the flag) (``options.spare_promise``).
    Asked only of sentences already flagged."""
    you, wills, promised, times, vetoes = read_once(rule, _read_promise)
    if len(lowers) < 4 or lowers[0] != you or lowers[1] not in wills:
        return False
    if lowers[2] not in promised or not vetoes.isdisjoint(lowers):
        return False
    return not times.isdisjoint(lowers[3:])


def _read_promise(
    rule: Rule,
) -> tuple[int, frozenset[int], frozenset[int], frozenset[int], frozenset[int]]:
    from replycheck.nlp import word_id

    flag(rule, "spare_promise")
    return (
        word_id("you"),
        _ids(("will", "'ll")),
        _ids(PROMISED),
        _ids((*EXPECTATION_TIMES, *WEEKDAYS, *MONTHS)),
        _ids((*NEGATIONS, *CONDITIONS, *EDGES, *PROMISE_VETOES)),
    )


#: A fault in the sense of a defect: "a" or "an" just before the noun ("cork
#: taint, which is a fault, not a matter of taste", "it's not a fault"), unlike
#: "your fault" or "the fault is yours".
DEFECTS: Final = ("fault", "defect")
#: ... or a fault guessed at in a thing ("that appliance is the likely fault").
DEFECT_ARTICLES: Final = ("a", "an", "likely", "probable")
#: A correction after the defect ruled out: "It's not a defect, it's physics."
CORRECTION_SUBJECTS: Final = ("it", "that", "this")
#: Words that put the defect on someone after all: the customer ("a fault on
#: your part"), a disowning ("not ours", "not us"), a cause ("caused by
#: misuse", "user damage"), a pivot.
DEFECT_VETOES: Final = (
    "ours", "us", "our", "misuse", "misused", "caused", "user", "damage", "damaged",
    "blame", "responsible", "responsibility", "liable", "but", "however", "should",
)  # fmt: skip


def _names_a_defect(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a flagged sentence names a defect of a thing: "a", "an",
    "likely" or "probable" just before "fault" or "defect" ("That sounds like
    cork taint, which is a fault, not a matter of taste.", "If it trips again
    on one appliance, that appliance is the likely fault."), with no second
    person ("Your overloaded extension lead is the likely fault."), no edge
    (``EDGES``) and nothing that puts it on someone (``DEFECT_VETOES``: "a
    fault caused by misuse", "a fault with the courier, not us") nor any of
    the rule's ``spare_unless`` words but the fault nouns, and no correction
    after it ("It's not a defect, it's physics."). The model
    reads "not a" as the verdicts it was fitted on; a support lead reads the
    customer's complaint upheld (``options.spare_defect``). Asked only of
    sentences already flagged."""
    defects, articles, vetoes, pointers, copulas = read_once(rule, _read_defect)
    if not vetoes.isdisjoint(lowers):
        return False
    for i in range(1, len(lowers)):
        if lowers[i] in defects and lowers[i - 1] in articles:
            # "It's not a defect, it's physics.": the correction after it is the put-down
            return not any(a in pointers and b in copulas for a, b in pairwise(lowers[i + 1 :]))
    return False


def _read_defect(
    rule: Rule,
) -> tuple[frozenset[int], frozenset[int], frozenset[int], frozenset[int], frozenset[int]]:
    flag(rule, "spare_defect")
    defects = _ids(DEFECTS)
    unless = read_once(rule, _read_spare).unless - defects  # "fault" is the word read here
    return (
        defects,
        _ids(DEFECT_ARTICLES),
        _ids((*SECOND_PERSON, *EDGES, *DEFECT_VETOES)) | unless,
        _ids(CORRECTION_SUBJECTS),
        _ids(("is", "'s")),
    )


#: A rule, law or standard set by someone else: "Both are BPA rules, not
#: ours." disowns authorship of a rule, not a fault.
RULE_NOUNS: Final = (
    "rule", "rules", "law", "laws", "regulation", "regulations", "requirement",
    "requirements", "guideline", "guidelines", "standard", "standards",
)  # fmt: skip
#: A say over the outcome, disowned like a rule ("Who pays is the surgery's
#: decision, not ours"): whose call it is, not whose fault.
SAY_NOUNS: Final = ("decision", "decisions")
#: ... in the present only: "That was their decision, not ours" hands on an
#: act already done, which is blame.
SAY_PAST: Final = ("was", "were", "made", "took")
#: Words that turn it back into blame: a fault word, the customer.
RULE_VETOES: Final = (
    *FAULTS,
    "blame",
    "problem",
    "responsible",
    "responsibility",
    "liable",
    "control",
)
#: Participles that name who set a rule when "by" and someone follow: "This
#: is set by the dive training agency", "a limit imposed by the insurer", "the
#: decision is made by the embassy, not by our agency".
#: ("caused by", "lost by" name a fault, not an author, and are not here.)
RULE_SETTERS: Final = (
    "set", "required", "imposed", "fixed", "decided", "mandated", "determined",
    "regulated", "governed", "dictated", "prescribed", "made",
    # a role held by rule: who levies the charge, holds the money, issues the paper
    # ("That's charged by HMRC, not by us", "the deposit is held by the DPS, not by us")
    "charged", "levied", "billed", "held", "issued",
)  # fmt: skip
#: What the rule is disowned as, after "not": "not ours", "not (by) us", "not (just) our
#: preference", or "not something we can waive".
RULE_DISOWNED: Final = ("ours", "our", "us")
RULE_NOT_OUR_ACT: Final = ("something", "anything")
#: Words that may stand between "not" and what is disowned without giving it
#: an edge: "a HETAS requirement, not just our preference", and the "by" that
#: repeats the setter's ("set by the underwriter, not by our team").
RULE_FILLERS: Final = ("just", "only", "simply", "merely", "by")


def _rule_not_ours(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a flagged sentence disowns the authorship of a rule: "not"
    then "ours", "our" or "something we" (a filler such as "just" may come
    between), after a rule noun (``RULE_NOUNS``) within the three words
    before the "not" ("Both are BPA rules, not ours.", "that's a HETAS
    requirement, not just our preference") or after a setter and "by"
    someone who is neither us nor the customer ("This is set by the dive
    training agency, not something we can waive"). No second person before
    the "not" and none but a plain "you" after it ("it's there to keep you
    safe"), no edge, no "should" and no fault word (``RULE_VETOES``)
    anywhere. What is disowned is who wrote the rule, not a fault;
    "That is your mistake, not ours", "the courier lost it, not us" and
    "These are the council's rules, not ours, so you'll pay the fine
    yourself" keep the flag (``options.spare_rule_not_ours``). Asked only of
    sentences already flagged."""
    r = read_once(rule, _read_rule_not_ours)
    # "Your deposit is held by the DPS, not by us": the customer's thing as
    # the subject, read only on the setter's path below
    their_thing = bool(lowers) and lowers[0] == r.your
    if not r.vetoes.isdisjoint(lowers[1:] if their_thing else lowers):
        return False
    n = len(lowers)
    for i in range(1, n - 1):
        if lowers[i] != r.not_:
            continue
        j = i + 1 + (lowers[i + 1] in r.fillers)  # the filler is no edge here
        ours = j < n and lowers[j] in r.ours
        if not ours and not (j + 1 < n and lowers[j] in r.acts and lowers[j + 1] == r.we):
            continue
        if not r.edges.isdisjoint(lowers[:i]) or not r.edges.isdisjoint(lowers[j:]):
            return False
        if r.you in lowers[:i]:
            return False
        before = lowers[max(0, i - 4) : i]
        if not their_thing and not r.nouns.isdisjoint(before):
            return True
        if not their_thing and not r.says.isdisjoint(before) and r.past.isdisjoint(lowers[:i]):
            return True  # "Who pays is the surgery's decision, not ours"
        return any(
            lowers[k] in r.setters and lowers[k + 1] == r.by and lowers[k + 2] not in r.persons
            for k in range(i - 2)
        )
    return False


class RuleNotOurs(NamedTuple):
    nouns: frozenset[int]
    says: frozenset[int]
    past: frozenset[int]  # a say already used: an act handed on, not a say
    setters: frozenset[int]
    persons: frozenset[int]  # us and the customer, who may not be the setter
    not_: int
    by: int
    we: int
    you: int
    your: int
    ours: frozenset[int]
    acts: frozenset[int]
    fillers: frozenset[int]
    edges: frozenset[int]  # read outside the filler's place
    vetoes: frozenset[int]  # read anywhere


def _read_rule_not_ours(rule: Rule) -> RuleNotOurs:
    from replycheck.nlp import word_id

    flag(rule, "spare_rule_not_ours")
    return RuleNotOurs(
        nouns=_ids(RULE_NOUNS),
        says=_ids(SAY_NOUNS),
        past=_ids(SAY_PAST),
        setters=_ids(RULE_SETTERS),
        persons=_ids((*FIRST_PERSON, *SECOND_PERSON)),
        not_=word_id("not"),
        by=word_id("by"),
        we=word_id("we"),
        you=word_id("you"),
        your=word_id("your"),
        ours=_ids(RULE_DISOWNED),
        acts=_ids(RULE_NOT_OUR_ACT),
        fillers=_ids(RULE_FILLERS),
        edges=_ids(EDGES),
        vetoes=_ids((*(w for w in SECOND_PERSON if w != "you"), *RULE_VETOES, "should")),
    )


#: Rules, policies and terms that may be the subject of a sentence saying
#: what they do: "The policy only pays for pre-booked excursions when ...".
RULE_SUBJECTS: Final = (
    *RULE_NOUNS,
    "policy",
    "policies",
    "terms",
    "contract",
    "warranty",
    "guarantee",
)
#: How far into the sentence the rule must come to be its subject.
RULE_SUBJECT_REACH: Final = 3
#: A rule named as what "it", "that" or "this" is ("It's the law", "That is
#: a legal requirement") may come this far in, after its opening.
RULE_PREDICATE_POINTERS: Final = ("it", "that", "this")
RULE_PREDICATE_REACH: Final = 5
#: What ", even" may open as the places or times a rule also covers ("..., even
#: at private parties"): a scope, not an edge.
EVEN_SCOPES: Final = ("at", "in", "on", "for", "during", "with", "when", "if", "after", "before")
#: Words that turn what a rule does back into blame: the customer's part,
#: a cause, a fault, a verdict.
RULE_SUBJECT_VETOES: Final = (
    *RULE_VETOES, "your", "yours", "yourself", "yourselves", "should", "caused", "cause",
    "causing", "misuse", "careless", "carelessness", "negligence",
)  # fmt: skip


def _rule_is_subject(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a flagged sentence says what a rule, policy or terms do: one
    of ``RULE_SUBJECTS`` among its first three words with no second person
    before it ("The policy only pays for pre-booked excursions when you miss
    them because of illness or injury, not because of a flight change",
    "Legal terms often need to be checked by a lawyer in each country, not
    just translated, because rules ... vary between them"), and no "your",
    cause, fault or verdict word (``RULE_SUBJECT_VETOES``), no edge (a
    filler such as "just" right after "not" is none) and none of the rule's
    ``spare_unless`` words anywhere, and no second person in what a "not"
    sets aside (up to the next comma). It explains what the rule covers,
    not what the customer did; "The rules are clear that the damage is your
    fault", "Our terms say the customer is responsible" and "The terms only
    cover faults, not the mess you made of the fitting" keep the flag
    (``options.spare_rule_subject``). Asked only of sentences already
    flagged."""
    r = read_once(rule, _read_rule_subject)
    reach = RULE_SUBJECT_REACH
    if len(lowers) > 2 and lowers[0] in r.pointers and lowers[1] in r.copulas:
        reach = RULE_PREDICATE_REACH  # "It's the law, and we can't make exceptions."
    at = next((k for k, w in enumerate(lowers[:reach]) if w in r.nouns), None)
    if at is None or not r.before.isdisjoint(lowers[:at]) or not r.vetoes.isdisjoint(lowers):
        return False
    if any(
        w in r.edges
        and not (w in r.fillers and k and lowers[k - 1] == r.not_)
        and not (w == r.even and _widens_scope(r, lowers, k))
        for k, w in enumerate(lowers)
    ):
        return False
    rejected = False  # inside what a "not" sets aside, up to the next comma
    for w in lowers:
        if w == r.not_:
            rejected = True
        elif w == r.comma:
            rejected = False
        elif rejected and w in r.before:
            return False
    return True


def _widens_scope(r: RuleSubject, lowers: Sequence[int], k: int) -> bool:
    """Whether the "even" at ``k`` follows a comma and opens a place or time
    the rule also covers (", even at private parties"), not an edge ("you
    didn't even read it"); ", even for you" keeps it one."""
    return (
        k + 2 < len(lowers)
        and lowers[k - 1] == r.comma
        and lowers[k + 1] in r.scopes
        and lowers[k + 2] not in r.before
    )


class RuleSubject(NamedTuple):
    nouns: frozenset[int]
    before: frozenset[int]  # the customer, who may not come before the rule
    vetoes: frozenset[int]
    edges: frozenset[int]
    fillers: frozenset[int]  # edges that are none right after "not"
    not_: int
    comma: int
    pointers: frozenset[int]  # "it", "that", "this" opening "It's the law"
    copulas: frozenset[int]
    even: int
    scopes: frozenset[int]  # what ", even" may open without an edge


def _read_rule_subject(rule: Rule) -> RuleSubject:
    from replycheck.nlp import word_id

    flag(rule, "spare_rule_subject")
    return RuleSubject(
        nouns=_ids(RULE_SUBJECTS),
        before=_ids(SECOND_PERSON),
        vetoes=_ids(RULE_SUBJECT_VETOES) | read_once(rule, _read_spare).unless,
        edges=_ids(EDGES),
        fillers=_ids(RULE_FILLERS),
        not_=word_id("not"),
        comma=word_id(","),
        pointers=_ids(RULE_PREDICATE_POINTERS),
        copulas=_ids(REASON_COPULAS),
        even=word_id("even"),
        scopes=_ids(EVEN_SCOPES),
    )


#: "which is why", "that's why", "this is why": the reason for what follows.
REASON_POINTERS: Final = ("which", "that", "this")
REASON_COPULAS: Final = ("is", "'s")
#: Who does what follows "why" when it is our own procedure: "which is why we
#: ask for a signature on delivery", "which is why every ban is checked by
#: two people".
OUR_PROCEDURE_SUBJECTS: Final = ("we", "i", "our", "my", "every", "each", "all")
#: ... or "the" and a thing of ours, when the sentence opens on our own
#: practice, "I" or "we" (after "I'm afraid" or "Sorry,"): "I'm afraid I
#: don't tune on Saturdays any more, which is why the booking page won't
#: offer it" says what our practice does to our own page.
OUR_THING_AFTER_WHY: Final = "the"
OUR_OPENERS: Final = ("i", "we")
OPENING_REGRETS: Final = (("i", "'m", "afraid"), ("i", "am", "afraid"), ("sorry", ","), ("sorry",))
#: Words that make the reason a comparison with other people, the dig the
#: model was fitted on ("Most families read the form before signing, which is
#: why we ask for a signature").
OTHER_PEOPLE: Final = (
    "most", "many", "other", "others", "everyone", "everybody", "anyone", "anybody",
    "people", "nobody", "normal", "normally", "usually",
)  # fmt: skip


def _our_reason(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a flagged sentence gives the reason for a procedure of our
    own: "which is why", "that's why" or "this is why" (``REASON_POINTERS``)
    with "we", "our" or "every" next (``OUR_PROCEDURE_SUBJECTS``: "We know
    it's a big decision, which is why every ban is checked by two people"),
    no second person and no other people for comparison before "why"
    (``OTHER_PEOPLE``: "Most families read the form before signing, which is
    why we ask for a signature" keeps the flag), no edge (``EDGES``) and none
    of the rule's ``spare_unless`` words (``options.spare_our_reason``).
    Asked only of sentences already flagged."""
    why, pointers, copulas, subjects, before, vetoes = read_once(rule, _read_our_reason)
    if not vetoes.isdisjoint(lowers):
        return False
    for i in range(2, len(lowers) - 1):
        if (
            lowers[i] == why
            and lowers[i - 1] in copulas
            and lowers[i - 2] in pointers
            and (lowers[i + 1] in subjects or _our_thing_next(lowers, i + 1))
        ):
            return before.isdisjoint(lowers[:i])
    return False


def _our_thing_next(lowers: Sequence[int], k: int) -> bool:
    """Whether word ``k`` is "the" and the sentence opens on our own
    practice: "I" or "we", after "I'm afraid" or "Sorry," if any
    (``OUR_OPENERS``, ``OPENING_REGRETS``)."""
    from replycheck.nlp import word_id

    if lowers[k] != word_id(OUR_THING_AFTER_WHY):
        return False
    for regret in ((), *OPENING_REGRETS):
        ids = tuple(word_id(w) for w in regret)
        n = len(ids)
        if (
            tuple(lowers[:n]) == ids
            and len(lowers) > n
            and lowers[n] in {word_id(w) for w in OUR_OPENERS}
        ):
            return True
    return False


def _read_our_reason(
    rule: Rule,
) -> tuple[int, frozenset[int], frozenset[int], frozenset[int], frozenset[int], frozenset[int]]:
    from replycheck.nlp import word_id

    flag(rule, "spare_our_reason")
    return (
        word_id("why"),
        _ids(REASON_POINTERS),
        _ids(REASON_COPULAS),
        _ids(OUR_PROCEDURE_SUBJECTS),
        _ids((*SECOND_PERSON, *OTHER_PEOPLE)),
        _ids(EDGES) | read_once(rule, _read_spare).unless,
    )


#: Who opens a past event of ours given as the reason: "We took the network
#: offline to stop it spreading, which is why it was down so long.", "Our
#: system sent the code to an old number, which is why it never reached you."
OUR_PAST_OPENERS: Final = ("we", "i", "our")
#: Who may act in a past event of ours after "why": "which is why we had to
#: rebook you".
OUR_PAST_ACTORS: Final = ("we", "i")
#: Past forms that do not end in "-ed" (the blank pipeline has no tagger).
PAST_FORMS: Final = frozenset(
    {"had", "was", "were", "did", "took", "gave", "went", "came", "got", "saw", "rang",
     "told", "put", "set", "ran", "found", "made", "sent", "kept", "left", "lost", "sold",
     "bought", "brought", "spent", "held", "built"}
)  # fmt: skip


def _is_past(word: str) -> bool:
    """Whether ``word`` (lower-case) reads as a past form: "-ed" or one of
    ``PAST_FORMS``."""
    return word in PAST_FORMS or (len(word) > 3 and word.endswith("ed") and word.isalpha())


class OurPastReason(NamedTuple):
    """What ``_our_past_reason`` reads (ids of lower-case words)."""

    why: int
    pointers: frozenset[int]
    copulas: frozenset[int]
    openers: frozenset[int]
    actors: frozenset[int]
    before: frozenset[int]
    vetoes: frozenset[int]


def _our_past_reason(rule: Rule, ctx: CheckContext, scored: Scored) -> bool:
    """Whether a flagged sentence gives a past event of ours as the reason
    for what happened: "which is why", "that's why" or "this is why"
    (``REASON_POINTERS``) with either the sentence opening on us and a past
    verb among its first four words ("We took the network offline to stop it
    spreading, which is why it was down so long.") or "we"/"I" and a past
    verb just after "why" ("..., which is why we had to rebook you."). A
    second person before "why" ("Your order was placed after the cut-off,
    which is why we couldn't pick it"), an edge (``EDGES``) or one of the
    rule's ``spare_unless`` words keeps the flag
    (``options.spare_our_past_reason``). Asked only of sentences already
    flagged, so the tokens are read only there."""
    words = read_once(rule, _read_our_past_reason)
    lowers = scored.lowers
    if words.why not in lowers or not words.vetoes.isdisjoint(lowers):
        return False
    span = ctx.doc.char_span(scored.start, scored.end, alignment_mode="expand")
    if span is None:
        return False
    tokens = [t for t in span if not t.is_space]
    for k in range(2, len(tokens) - 2):
        if (
            tokens[k].lower == words.why
            and tokens[k - 1].lower in words.copulas
            and tokens[k - 2].lower in words.pointers
        ):
            if any(t.lower in words.before for t in tokens[: k - 2]):
                return False
            opens_ours = tokens[0].lower in words.openers and any(
                _is_past(t.lower_) for t in tokens[1:4]
            )
            acts_ours = tokens[k + 1].lower in words.actors and _is_past(tokens[k + 2].lower_)
            return opens_ours or acts_ours
    return False


def _read_our_past_reason(rule: Rule) -> OurPastReason:
    from replycheck.nlp import word_id

    flag(rule, "spare_our_past_reason")
    return OurPastReason(
        why=word_id("why"),
        pointers=_ids(REASON_POINTERS),
        copulas=_ids(REASON_COPULAS),
        openers=_ids(OUR_PAST_OPENERS),
        actors=_ids(OUR_PAST_ACTORS),
        before=_ids(SECOND_PERSON),
        vetoes=_ids(EDGES) | read_once(rule, _read_spare).unless,
    )


#: How a sentence sets one thing against another: "X, not Y". ("and not"
#: also joins a second act, "drying clothes indoors and not opening windows",
#: and "rather than" carried verdicts in the corpus: "a lifestyle issue rather
#: than a repair issue".)
CONTRAST_OPENERS: Final = ((",", "not"),)
#: Words that make the contrast a lesson for the customer: "For future
#: reference, an estimate is an estimate, not a promise".
CONTRAST_EDGES: Final = ("future", "reference", "remember", "note")
#: Words that may follow the contrast's "not" without giving it an edge:
#: "checked by a lawyer, not just translated" (where "just" elsewhere is one).
CONTRAST_FILLERS: Final = ("just", "only", "merely")
#: People a contrast may be aimed at: the customer, us, a third party or
#: other people held up for comparison ("the courier lost it, not us").
CONTRAST_PERSONS: Final = (
    *SECOND_PERSON, *FIRST_PERSON, "they", "them", "their", "theirs", "he", "him", "his",
    "she", "her", "hers", "customer", "customers", "people", "everyone", "everybody",
    "anyone", "anybody", "someone", "somebody", "nobody",
)  # fmt: skip


def _contrasts_things(rule: Rule, lowers: Sequence[int]) -> bool:
    """Whether a flagged sentence sets one thing against another
    (``CONTRAST_OPENERS``: "Pat it dry with kitchen roll, not a towel.", "The
    mould is caused by condensation, not a leak.") and names no person at all
    (``CONTRAST_PERSONS``), with no edge, no condition, no pointer to what was
    said before and none of the rule's ``spare_unless`` words. It explains
    which of two things applies; the model reads "not" as the verdicts on
    people it was fitted on. "The courier lost it, not us", "Our staff are
    trained to supervise, not to parent" and "That's your mistake, not ours"
    keep the flag (``options.spare_contrast``). Asked only of sentences
    already flagged."""
    openers, fillers, vetoes = read_once(rule, _read_contrast)
    at = next((i for i, pair in enumerate(pairwise(lowers)) if pair in openers), None)
    if at is None:
        return False
    after = at + 2  # the word after "not"; a filler there is no edge
    skip = after < len(lowers) and lowers[after] in fillers
    before = lowers[:after]
    if rule.options.get("contrast_their_thing"):
        your, faults, causes = read_once(rule, _read_their_thing)
        if your in before and not causes.isdisjoint(lowers):
            return False  # "due to your agent, not AeroJet": a cause laid at someone's door
        kept: list[int] = []
        for k, w in enumerate(before):
            if w == your and k + 1 < len(before) and before[k + 1] not in faults:
                continue  # "your sink": the customer's thing, not the customer
            kept.append(w)
        before = kept
    if rule.options.get("contrast_our_thing"):
        before = _our_things_dropped(before)
    rest = lowers[after + skip :]
    if rule.options.get("contrast_reported"):
        before, rest = _unreported(rule, before), _unreported(rule, rest)
    return vetoes.isdisjoint(before) and vetoes.isdisjoint(rest)


#: Words after "our" that make it people of ours or a fault of ours, not a
#: thing of ours: "Our staff are trained to supervise, not to parent."
OUR_PEOPLE: Final = (
    "staff", "team", "teams", "people", "driver", "drivers", "engineer", "engineers",
    "agent", "agents", "colleague", "colleagues", "technician", "technicians", "manager",
    "managers", "crew", "member", "members", "employee", "employees", "adviser", "advisers",
    "advisor", "advisors", "fitter", "fitters", "courier", "couriers", "rep", "reps",
    "guide", "guides", "instructor", "instructors", "nurse", "nurses", "doctor", "doctors",
    "vet", "vets", "own", "side", "end", "fault", "faults", "mistake", "mistakes", "error",
    "errors", "responsibility", "problem", "job", "decision", "choice", "policy", "rules",
)  # fmt: skip


def _our_things_dropped(lowers: Sequence[int]) -> list[int]:
    """``lowers`` without each "our" before a thing of ours ("on our website",
    "in our app"): the contrast then explains a thing, as "your sink" does
    for ``contrast_their_thing`` (``options.contrast_our_thing``). "our"
    before people of ours, a fault, a side or a rule ("Our staff are trained
    to supervise, not to parent", "our policy, not theirs") stays, and so
    does every "our" after the contrast's "not"."""
    our, people = _our_words()
    return [
        w
        for k, w in enumerate(lowers)
        if not (w == our and k + 1 < len(lowers) and lowers[k + 1] not in people)
    ]


@lru_cache(maxsize=1)
def _our_words() -> tuple[int, frozenset[int]]:
    from replycheck.nlp import word_id

    return word_id("our"), _ids(OUR_PEOPLE)


def _unreported(rule: Rule, lowers: Sequence[int]) -> list[int]:
    """``lowers`` without each "you", "we" or "I" that, with the verb after it,
    names a thing by who reported, sent or fitted it ("the warning light you
    describe", "the photo you sent", "the trap we replaced"): the pronoun
    follows a noun (no function word, comma or clause opener before it), so
    it qualifies the thing and accuses no one
    (``options.contrast_reported``). "..., not what you describe", "because
    you sent it" and "and we replaced it" keep the pronoun."""
    pronouns, verbs, openers = read_once(rule, _read_reported)
    kept: list[int] = []
    k = 0
    while k < len(lowers):
        w = lowers[k]
        if (
            w in pronouns
            and k > 0
            and k + 1 < len(lowers)
            and lowers[k + 1] in verbs
            and lowers[k - 1] not in openers
        ):
            k += 2  # "you describe": the thing's description, not a person
            continue
        kept.append(w)
        k += 1
    return kept


#: Words before a pronoun that make it a clause's subject, not a thing's
#: qualifier: "..., not what you describe", "because you sent it".
REPORTED_OPENERS: Final = (
    ",", ";", ":", "and", "but", "or", "so", "because", "as", "since", "if", "when", "that",
    "what", "which", "who", "whatever", "unless", "until", "once", "after", "before", "than",
    "not", "n't", "then", "where", "while", "though", "although", "how", "why", "-", "(",
)  # fmt: skip


def _read_reported(rule: Rule) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    return (
        _ids(("you", "we", "i")),
        _ids(word_list(rule, "contrast_reported")),
        _ids(REPORTED_OPENERS),
    )


def _taught_next(rule: Rule, ctx: CheckContext, scored: Scored) -> bool:
    """Whether the next sentence, in the same paragraph, opens by offering to
    show the customer how (``options.taught_next``: "Next time, trim the base
    thinner. I'll show you how on Thursday."): a tip we will teach, not an
    order. The flagged sentence keeps its flag with an edge (``EDGES``) or one
    of the rule's ``taught_unless`` words in it ("properly"). Asked only of
    sentences already flagged."""
    openers, vetoes = read_once(rule, _read_taught)
    if not vetoes.isdisjoint(scored.lowers):
        return False
    text = ctx.message.own
    after = text[scored.end : scored.end + TAUGHT_WINDOW]
    if "\n\n" in after[: len(after) - len(after.lstrip())]:
        return False  # a new paragraph: no longer the same tip
    after = after.lstrip().lower().replace("\u2019", "'")
    return any(after.startswith(opener) for opener in openers)


#: How far past a flagged sentence the next one's opening is read.
TAUGHT_WINDOW: Final = 60


def _read_taught(rule: Rule) -> tuple[tuple[str, ...], frozenset[int]]:
    return tuple(word_list(rule, "taught_next")), _ids((*EDGES, *word_list(rule, "taught_unless")))


def _read_their_thing(rule: Rule) -> tuple[int, frozenset[int], frozenset[int]]:
    """The word "your", the words after it that make it a verdict on the
    customer (a fault word, "own", "side"), and the cause words that lay the
    thing at someone's door ("due to", "caused", "because"), for
    ``options.contrast_their_thing``: "The crack in your sink is in the glaze
    only, not through the ceramic" names the customer's thing, not the
    customer; "That's your mistake, not ours" and "The delay is due to your
    agent, not us" keep the flag."""
    from replycheck.nlp import word_id

    faults = _ids((*RULE_VETOES, "own", "side", "end", "choice", "decision"))
    return word_id("your"), faults, _ids(THEIR_THING_CAUSES)


#: Words that make a contrast about "your" thing a cause laid at someone's door.
THEIR_THING_CAUSES: Final = (
    "due",
    "caused",
    "cause",
    "because",
    "since",
    "entirely",
    "down",
    "result",
)


def _read_contrast(rule: Rule) -> tuple[frozenset[tuple[int, int]], frozenset[int], frozenset[int]]:
    from replycheck.nlp import word_id

    flag(rule, "spare_contrast")
    openers = frozenset((word_id(a), word_id(b)) for a, b in CONTRAST_OPENERS)
    words = (*CONTRAST_PERSONS, *CONTRAST_EDGES, *EDGES, *CONDITIONS, *SAID_BEFORE)
    return openers, _ids(CONTRAST_FILLERS), _ids(words) | read_once(rule, _read_spare).unless
