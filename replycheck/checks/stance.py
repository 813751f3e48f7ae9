"""The stance backstop: a sentence-level score for hostile, ordering or
blaming sentences whose exact wording no phrase rule knows.

Phrase rules catch the sayings they list; new wording slips past them. This
check scores each sentence of the agent's own words on a few transparent,
structural features (is it aimed at the customer, does it open with an
unsoftened order, lay an obligation, say the customer failed, talk down,
repeat, threaten, disclaim responsibility, and how negative it reads) and
flags it when ``bias + weights . features`` passes the rule's threshold. The
weights are data in the rule's ``options``, fitted by scripts/fit_stance.py;
each rule (rude, demanding, blame) reports the sentences whose strongest
feature belongs to its category.

The check is registered (tone.py imports this module) but no shipped ruleset
uses it, for two measured reasons. It does not generalise: on the fresh
corpus/dev/*-stance cases, held out of fitting, it adds no recall once the
cue lists hold no wording taken from those cases (rude, demanding and blame
together: recall 0.50 before and after, 16 of 32; an earlier version whose
cues borrowed that wording reached 0.69, which measured the borrowing, not
the structure). And it costs about 0.4-0.6 ms per typical draft, over the
0.1 ms a tone check may take. A ruleset that declares a ``kind = "code"``
rule with ``check = "hostile-stance"`` and the options scripts/fit_stance.py
prints turns it on.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

from replycheck import regexcache
from replycheck.checks import check
from replycheck.errors import RulesetError
from replycheck.nlp import straighten

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

_B: Final = r"(?<![a-z'])"
_E: Final = r"(?![a-z])"
#: A "you" right after these is inside a condition or relative clause
#: ("nothing else you need to do", "if you have to"), not addressed.
_NOT_AFTER_CLAUSE: Final = "".join(
    f"(?<!{word} you)"
    for word in ("else", "thing", "things", "all", "what", "if", "when", "that", "which",
                 "once", "unless", "whether", "anything", "nothing", "everything", "before")
)  # fmt: skip

#: Verbs whose bare form opening a sentence reads as an order.
ORDER_VERBS: Final = (
    "send|stop|read|check|contact|call|provide|give|bring|take|fill|sign|pay|"
    "return|ensure|remember|note|understand|accept|consider|keep|leave|wait|follow|refer|"
    "look|respond|reply|submit|complete|forward|supply|confirm|tell|explain|use|try|fix|"
    "sort|deal|talk|speak|ask|come|put|be|learn|stay|quit|cease|refrain|tidy|clear|settle"
)

#: Cue features: regexes over the lower-cased sentence, each a category's signal.
CUES: Final[dict[str, tuple[str, re.Pattern[str]]]] = {
    name: (category, regexcache.compile(pattern))
    for name, category, pattern in (
        (
            "order_open",
            "demanding",
            rf"^[^a-z]*(?:(?:now|so|then|and|just|simply|kindly|also)\W+)*"
            rf"(?:(?:{ORDER_VERBS}){_E}|(?:do not|don't|"
            r"never) (?!worry|hesitate|forget))"
            r"(?!.*\?\s*$)",
        ),
        (
            "obligation",
            "demanding",
            rf"{_B}(?:you{_NOT_AFTER_CLAUSE}(?:'ll| will| are| 're|'re)?(?: \w+ly| also| still|"
            r" now| first)? "
            r"(?:must|need to|have to|has to|are required|are expected|are to|will have to|"
            r"will need to)"
            r"|i (?:expect|need you|insist)"
            rf"|immediately|at once){_E}",
        ),
        (
            "threat",
            "demanding",
            rf"{_B}(?:otherwise|or else|final|last warning|legal|collections?|"
            r"suspend\w*|terminat\w*|penalt\w*|"
            r"will (?:lead|result) (?:to|in)|failure to|a further|or it|solicitors?|warrant|"
            r"(?:will|won't|will not) (?:respond|discuss|reply|engage|chase)|not be permitted|"
            rf"no longer (?:be )?able|will be (?:closed|cancell?ed|charged|refused|removed)){_E}",
        ),
        (
            "you_failed",
            "blame",
            rf"{_B}(?:you(?: \w+ly)? (?:did not|didn't|failed|neglected|forgot|ignored|chose|"
            r"should have|should've|could have|could've|would have|would've|shouldn't have|"
            r"never|entered|typed|ticked|selected|caused|broke|left|"
            r"misused|damaged|accepted|spent|ignored|missed|were (?:sent|told|warned|advised|"
            r"expected)"
            r")|if you had|if you'd(?! (?:rather|like|prefer|love|want))|you'd (?:have|"
            rf"know)|you would have|warned you){_E}",
        ),
        (
            "disclaimer",
            "blame",
            rf"{_B}(?:not (?:our|my) (?:fault|problem|responsibility|concern|issue|job)"
            r""
            r"|(?:not|isn't|aren't|cannot be|can't be) (?:responsible|liable|accountable)"
            r"|your (?:own )?(?:fault|problem|responsibility|mistake|error|doing|choice)"
            r"|by you|on your (?:end|side)"
            r"|(?:because|since|as) you (?:did|had|failed|chose|entered|typed|left|forgot|"
            r"\w+ed)"
            r"|was caused|(?:is|'s) on you|between you and|not ours"
            r"|(?:customer|player|user|holder|member)'s responsibility"
            r"|not (?:really )?(?:a |an )?(?:us|our) (?:problem|issue|fault)"
            rf"|(?:is|'s) (?:your|the \w+'s) (?:\w+ )?(?:problem|issue|fault)){_E}",
        ),
        (
            "condescending",
            "rude",
            rf"{_B}(?:clearly|obviously|simply|frankly|surely|evidently|"
            rf"plainly|really not|not (?:hard|difficult|complicated)|"
            r"everyone else|with (?:all due |"
            r"the greatest )?"
            r"respect|how else|as anyone|hardly|i'm sure you (?:can|will) (?:appreciate|"
            r"understand)|"
            r"i'd have thought|next time|is now clear|clears? (?:it|this|that) up|as simple as|"
            rf"for a reason|ample|actually|really|perhaps|maybe){_E}",
        ),
        (
            "repetition",
            "rude",
            rf"{_B}(?:again|once more|repeat\w*|(?:as|like) (?:i|we) (?:said|stated|explained|"
            r"mentioned|told)|(?:second|third|fourth|fifth|umpteenth|nth) (?:time|email|message)"
            r"|same thing|same question|keep (?:asking|writing|emailing)|already|previously|twice|"
            r"\w+ times|for the last time|as (?:mentioned|stated|explained|advised|noted)|"
            rf"this time|how many more|yet again){_E}",
        ),
        (
            "dismissal",
            "rude",
            rf"{_B}(?:not going to|"
            r"don't see (?:what|why|how)|"
            r"no grounds|end of|nothing we can do|"
            r"take it or leave it|not our job|that's that|(?:has|have) been noted|"
            r"what did you expect|"
            r"nothing (?:more|else|further) (?:we|i) can|your prerogative|not (?:in a|"
            rf"entitled)){_E}",
        ),
    )
}

#: Substrings every match of a cue holds (for ``you_failed``, "you" and one
#: of them): a plain ``in`` test skips the regex on most sentences.
ANCHORS: Final[dict[str, tuple[str, ...]]] = {
    "order_open": (),
    "obligation": (
        "must", "need", "have to", "has to", "are required", "are expected", "are to",
        "'re to", "will provide", "will send", "will pay", "will return", "expect", "require",
        "insist", "exception", "immediately", "at once",
    ),
    "threat": (
        "otherwise", "or else", "final", "last warning", "legal", "collection", "until",
        "suspend", "terminat", "penalt", "conversation", "any more", "any further",
        "no longer", "will be ", "will lead", "will result", "failure to", "a further", "or it",
        "solicitor", "warrant", "respond", "discuss", "reply", "engage", "chase", "permitted",
    ),
    "you_failed": (
        "not", "n't", "fail", "neglect", "forgot", "ignor", "chose", "should", "could",
        "would", "never", "gave", "enter", "typed", "agreed", "ticked", "selected", "caus",
        "broke", "left", "overload", "misuse", "damag", "accepted", "spent", "missed", "were ",
        "had", "'d", "warned",
    ),
    "disclaimer": (
        "not our", "not my", "up to", "down to", "not us", "held", "responsib", "liable",
        "accountable", "fault", "problem", "mistake", "error", "doing", "choice", "your own",
        "yourself", "by you", "on your", "because you", "since you", "as you", "was caused",
        "on you", "between you", "not ours", "issue",
    ),
    "condescending": (
        "clearly", "obviously", "simply", "seriously", "honestly", "frankly", "surely",
        "evidently", "plainly", "really", "not hard", "not difficult", "not complicated",
        "most customers", "most people", "everyone else", "surprised", "spell", "respect",
        "how else", "as anyone", "hardly", "i'm sure you", "i'd have thought", "next time",
        "clear", "as simple as", "for a reason", "ample", "actually", "perhaps", "maybe",
    ),
    "repetition": (
        "again", "once more", "repeat", "said", "stated", "explained", "mentioned", "told",
        "second",
        "third", "fourth", "fifth", "umpteenth", "nth ", "same thing", "same question", "keep ",
        "already", "previously", "twice", " times", "for the last time", "as mentioned",
        "as stated", "as explained", "as advised", "as noted", "this time", "how many more",
    ),
    "dismissal": (
        "no point", "nothing more", "nothing further", "nothing else", "not going to",
        "discussing", "fail to see", "don't see", "useless", "bothered", "whatever",
        "no basis", "no grounds", "charity", "end of", "nothing we can do", "take it or leave",
        "not our job", "that's that", "been noted", "what did you expect", "prerogative",
        "not in a", "not entitled",
    ),
}  # fmt: skip


#: Anchors that are word stems ("terminat"): tested as substrings; every
#: other anchor needs one of its words among the sentence's words.
STEMS: Final = frozenset(
    {"terminat", "suspend", "penalt", "collection", "fail", "neglect", "ignor", "caus",
     "enter", "damag", "overload", "misuse", "responsib", "repeat", "spell", "requir",
     "exception", "expect", "insist", "chose", "warned", "discuss", "respond", "n't", "'d",
     "clear"}
)  # fmt: skip
_PIECE: Final = regexcache.compile(r"[a-z]+")


def _anchor_index() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    index = {}
    for name, anchors in ANCHORS.items():
        stems = tuple(a for a in anchors if a in STEMS)
        # the longest word of each anchor is the one it cannot match without
        words = frozenset(max(_PIECE.findall(a), key=len) for a in anchors if a not in STEMS)
        index[name] = (words, stems)
    return index


_ANCHOR_INDEX: Final = _anchor_index()


def _may_match(name: str, lower: str, words: frozenset[str] | set[str]) -> bool:
    """Whether cue ``name`` could match (a necessary condition, no regex)."""
    anchor_words, stems = _ANCHOR_INDEX[name]
    if not anchor_words and not stems:
        return True
    if name == "you_failed" and "you" not in words:
        return False
    return not words.isdisjoint(anchor_words) or any(stem in lower for stem in stems)


#: Counter-signals and context (weights fitted like the rest).
CONTEXT: Final[dict[str, re.Pattern[str]]] = {
    "you": regexcache.compile(rf"{_B}(?:you|your|yours|yourself){_E}"),
    "negation": regexcache.compile(rf"{_B}(?:not|no|never|cannot|nothing|\w+n't){_E}"),
    "softener": regexcache.compile(
        rf"{_B}(?:please|could you|would you|can you|if you'd like|if you like|feel free|"
        rf"let me know|when you can|if it's easier|if you can|you're welcome){_E}"
    ),
    "agent_action": regexcache.compile(
        rf"{_B}(?:i've|we've|i'll|we'll|i have|we have|i can|we can|let me|i'm happy|"
        r"we're happy|so (?:that )?(?:we|i|our \w+|the \w+|they) |"
        rf"and (?:we|i|our \w+)(?:'ll| will| can))"
    ),
    "kind": regexcache.compile(
        rf"{_B}(?:sorry|apologi\w+|thank\w*|appreciate\w*|understand|glad|hope|"
        rf"welcome|pleasure|happy to){_E}"
    ),
    "condition": regexcache.compile(rf"^[^a-z]*(?:if|to|when|once|for|as soon as){_E}"),
}

#: Feature order of the weight vector; the last two come from VADER.
FEATURES: Final[tuple[str, ...]] = (
    *CUES,
    *CONTEXT,
    "more_cues",
    "question",
    "exclamation",
    "negative",
    "positive",
)

#: Every cue regex needs one of these words; a sentence without any is skipped.
GATE: Final = frozenset(
    set(ORDER_VERBS.split("|"))
    | {"never", "must", "need", "have", "has", "required", "expected", "are", "will", "'ll",
       "expect", "require", "insist", "exceptions", "exception", "immediately", "once",
       "otherwise", "else", "final", "last", "legal", "collection", "collections", "until",
       "suspend", "suspended", "terminate", "terminated", "end", "any", "longer", "be",
       "did", "n't", "failed", "neglected", "forgot", "ignored", "chose", "should", "could",
       "would", "gave", "entered", "typed", "agreed", "ticked", "selected", "caused", "broke",
       "left", "overloaded", "misused", "damaged", "had", "'d", "our", "my", "us", "held",
       "responsible", "liable", "accountable", "your", "yourself", "because", "since", "by",
       "fault", "clearly", "obviously", "simply", "seriously", "honestly", "frankly",
       "surely", "evidently", "plainly", "really", "hard", "difficult", "complicated", "most",
       "everyone", "surprised", "spelling", "spell", "again", "more", "repeat", "repeating",
       "repeated", "said", "second", "third", "fourth", "fifth", "umpteenth", "nth", "same",
       "no", "nothing", "going", "wo", "fail", "useless", "bothered", "whatever", "basis",
       "grounds", "charity", "penalty", "penalties", "that", "lead", "result", "failure",
       "further", "or", "solicitor", "solicitors", "warrant", "respond", "discuss", "reply",
       "engage", "chase", "permitted", "accepted", "spent", "missed", "were", "warned", "if",
       "on", "between", "ours", "own", "responsibility", "problem", "issue", "with",
       "respect", "anyone", "hardly", "sure", "thought", "next", "clear", "clears",
       "simple", "reason", "ample", "actually", "perhaps", "maybe", "already", "previously",
       "twice", "times", "time", "mentioned", "stated", "explained", "advised", "noted",
       "many", "yet", "been", "prerogative", "entitled", "not"}
)  # fmt: skip
_GATE_WORD: Final = regexcache.compile(r"[a-z]+(?:'[a-z]+)?")


def candidate(lower: str) -> bool:
    """Whether a normalised sentence holds a gate word (as the check's gate)."""
    return any(word in GATE for word in _GATE_WORD.findall(lower))


def cue_features(lower: str) -> dict[str, float]:
    """The non-sentiment features of one lower-cased, straightened sentence."""
    values: dict[str, float] = {}
    words = set(_PIECE.findall(lower))
    for name, (_, pattern) in CUES.items():
        values[name] = 1.0 if _may_match(name, lower, words) and pattern.search(lower) else 0.0
    if not any(values.values()):
        return values  # no cue: the sentence is not scored, context is moot
    for name, pattern in CONTEXT.items():
        values[name] = 1.0 if pattern.search(lower) else 0.0
    values["more_cues"] = max(sum(values[name] for name in CUES) - 1.0, 0.0)
    stripped = lower.rstrip()
    values["question"] = 1.0 if stripped.endswith("?") else 0.0
    values["exclamation"] = 1.0 if "!" in stripped else 0.0
    return values


def sentiment_features(compound: float) -> dict[str, float]:
    """VADER's compound score split into its negative and positive halves."""
    return {"negative": max(-compound, 0.0), "positive": max(compound, 0.0)}


def normalise(text: str) -> str:
    """What the features read: straight quotes, lower case, one line."""
    return " ".join(straighten(text).lower().split())


class StanceModel:
    """Weights, bias and threshold read from a rule's ``options``."""

    def __init__(self, rule: Rule) -> None:
        options: dict[str, Any] = rule.options
        weights = options.get("weights")
        bias, threshold = options.get("bias"), options.get("threshold")
        if (
            not isinstance(weights, dict)
            or not isinstance(bias, (int, float))
            or not isinstance(threshold, (int, float))
            or set(weights) - set(FEATURES)
            or not all(isinstance(v, (int, float)) for v in weights.values())
        ):
            raise RulesetError(
                f"{rule.source}: rule {rule.code}: options need numeric 'bias' and "
                f"'threshold' and a 'weights' table over {', '.join(FEATURES)}"
            )
        self.weights = {name: float(weights.get(name, 0.0)) for name in FEATURES}
        self.bias = float(bias)
        self.threshold = float(threshold)
        #: Rules with the same fitted options share one scoring per draft.
        self.key = (self.bias, self.threshold, *self.weights.values())
        #: The most VADER can add: a sentence whose other features fall short
        #: of the threshold by more is never sent to VADER.
        self.sentiment_reach = max(self.weights["negative"], self.weights["positive"], 0.0)

    def probability(self, values: dict[str, float]) -> float:
        z = self.bias + sum(self.weights[name] * value for name, value in values.items())
        return 1.0 / (1.0 + math.exp(-z))

    def logit_threshold(self) -> float:
        return math.log(self.threshold / (1.0 - self.threshold))


_models: dict[int, tuple[Rule, StanceModel]] = {}


def _model(rule: Rule) -> StanceModel:
    cached = _models.get(id(rule))
    if cached is None or cached[0] is not rule:
        cached = _models[id(rule)] = (rule, StanceModel(rule))
    return cached[1]


def strongest_cue(model: StanceModel, values: dict[str, float]) -> str | None:
    """The cue feature adding most to the score (None when no cue fired)."""
    best, best_gain = None, 0.0
    for name in CUES:
        gain = model.weights[name] * values[name]
        if gain > best_gain:
            best, best_gain = name, gain
    return best


@check("hostile-stance")
def hostile_stance(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """A sentence the fitted stance score rates as rude, demanding or blaming;
    the rule reports those whose strongest cue belongs to its category."""
    if not ctx.has_any(GATE):
        return
    model = _model(rule)
    for start, end, cue in _scored(rule, ctx, model):
        if CUES[cue][0] == rule.category:
            yield ctx.finding(rule, start, end, message=f"{rule.message} ({_WHY[cue]})")


def _scored(rule: Rule, ctx: CheckContext, model: StanceModel) -> list[tuple[int, int, str]]:
    """``(start, end, strongest cue)`` of the sentences over the threshold,
    computed once per draft and model: the three stance rules share them."""
    key = (_CACHE_KEY, model.key, rule.scope)
    cached = ctx.doc.user_data.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    from replycheck.checks.tone_sentences import quoted_tokens, sentences_with

    found: list[tuple[int, int, str]] = []
    cut = model.logit_threshold()
    own = ctx.message.own
    quoted = quoted_tokens(ctx.doc)
    for sent in sentences_with(rule, ctx, GATE):
        if quoted and any(t.i in quoted for t in sent):
            continue
        text = own[sent.start_char : sent.end_char]
        values = cue_features(normalise(text))
        if not any(values[name] for name in CUES):
            continue
        partial = model.bias + sum(model.weights[n] * v for n, v in values.items())
        if partial + model.sentiment_reach < cut:
            continue
        values.update(sentiment_features(float(ctx.sentiment(text)["compound"])))
        score = model.bias + sum(model.weights[n] * v for n, v in values.items())
        cue = strongest_cue(model, values)
        if score >= cut and cue is not None:
            start, end = _trimmed(text, sent.start_char)
            found.append((start, end, cue))
    ctx.doc.user_data[key] = found
    return found


_CACHE_KEY: Final = "replycheck.stance.scored"


_WHY: Final = {
    "order_open": "it opens with an order and no softener",
    "obligation": "it lays an obligation on the customer",
    "threat": "it ties the customer's action to a penalty or deadline",
    "you_failed": "it says what the customer did or failed to do",
    "disclaimer": "it puts the responsibility on the customer",
    "condescending": "it talks down to the customer",
    "repetition": "it complains about repeating itself",
    "dismissal": "it dismisses the customer's concern",
}


def _trimmed(text: str, offset: int) -> tuple[int, int]:
    """The sentence without its surrounding whitespace, as draft offsets."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return offset + start, offset + end
