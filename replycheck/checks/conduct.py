"""RC118 rude-lesson-for-next-time: an order about how the customer is to
behave from now on, the time phrase in front of it or after it ("Next time,
keep your fuel receipt.", "In future, book at least a week ahead.", "Please
bring the right documents next time.").

Telling the customer what to do next time turns the reply into a lesson on
what they did wrong this time. The shape is what counts, whatever the verb:
a time phrase about the customer's future conduct (``markers``), an order
(one of ``verbs``, after at most a softener or a hedge from ``leads``), both
in one sentence. Advice that says what it gets the customer ("In future, just
give us a ring and we'll sort it straight away", "To avoid surprises in
future, you can set a cap") and time clauses ("Next time you visit, ask for
Sam") are not lessons, nor is an order the next sentence opens by offering
our help with (``next_helps``: "Next time, trim the base thinner. I'll show
you how on Thursday."). Every word list is the rule's ``options``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

from replycheck import regexcache
from replycheck.checks import check
from replycheck.checks.options import read_once, word_list
from replycheck.context import word_ids
from replycheck.nlp import sentence_char_spans, straighten

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

_WORD: Final = regexcache.compile(r"[a-z]+(?:[-'][a-z]+)*|[,;:!?]")


class _Options:
    """The rule's word lists, read once per rule."""

    def __init__(self, rule: Rule) -> None:
        def words(name: str) -> frozenset[str]:
            return frozenset(word_list(rule, name))

        def phrases(name: str) -> tuple[tuple[str, ...], ...]:
            return tuple(tuple(p.split()) for p in sorted(words(name)))

        self.verbs = words("verbs")
        self.leads = words("leads")
        self.markers = phrases("markers")
        self.helps = phrases("helps")
        self.next_helps = phrases("next_helps")
        #: each marker's words: a draft holding all of none of them holds no marker
        self.marker_words = tuple(frozenset(marker) for marker in self.markers)
        self.marker_texts = tuple(" ".join(marker) for marker in self.markers)


@check("future-conduct")
def future_conduct(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """Each body sentence that orders the customer about next time."""
    options = read_once(rule, _Options)
    ids = ctx.lower_ids
    if not any(ids.issuperset(word_ids(words)) for words in options.marker_words):
        return
    lower_text = ctx.lower_text
    if not any(marker in lower_text for marker in options.marker_texts):
        return  # the words are there, but not together
    text = straighten(ctx.message.own)
    body = ctx.message.body
    spans = sentence_char_spans(ctx.doc)
    for k, (start, end) in enumerate(spans):
        start, end = max(start, body.start), min(end, body.end)
        sentence = text[start:end].strip()
        if not sentence or sentence.endswith("?"):
            continue
        lower = sentence.lower()
        if not any(marker in lower for marker in options.marker_texts):
            continue
        if _lesson(_WORD.findall(lower), options) and not _help_follows(
            text, spans, k, body.end, options
        ):
            first = start + text[start:end].index(sentence[0])
            yield ctx.finding(rule, first, first + len(sentence))


def _lesson(words: Sequence[str], options: _Options) -> bool:
    """Whether ``words`` (one sentence) order the customer about next time,
    with nothing in it that the order gets them."""
    return _ordered(words, options) and not any(
        _at(words, i, help_) for help_ in options.helps for i in range(len(words))
    )


def _help_follows(
    text: str, spans: Sequence[tuple[int, int]], k: int, limit: int, options: _Options
) -> bool:
    """Whether the sentence after the ``k``-th opens with an offer of our help
    with the order (``next_helps``: "I'll show you how on Thursday.")."""
    if k + 1 >= len(spans) or spans[k + 1][0] >= limit:
        return False
    words = _WORD.findall(text[spans[k + 1][0] : min(spans[k + 1][1], limit)].lower())
    return any(_at(words, 0, help_) for help_ in options.next_helps)


def _ordered(words: Sequence[str], options: _Options) -> bool:
    lead = 0
    while lead < len(words) and (words[lead] in options.leads or words[lead] == ","):
        lead += 1  # "Perhaps in future ...", "And please, in future, ..."
    for marker in options.markers:
        n = len(marker)
        if tuple(words[lead : lead + n]) == marker:
            # "Next time, keep ..." (a comma, or none: "In future book ...")
            rest = words[lead + n :]
            if _order_opens(rest[1:] if rest[:1] == [","] else rest, options):
                return True
            if rest[:1] == [","] and _subjectless(rest[1:], options):
                return True  # "Going forward, wipe down the tray after every use"
        tail = [w for w in words if w not in ",;:!"]
        if tuple(tail[-n:]) == marker and (
            _order_opens(words, options) or _asked_anywhere(words, options)
        ):
            return True  # "Please bring the right documents next time."
    return False


#: The order put as what we ask of the customer, anywhere in the sentence
#: with the time phrase at its end: "The deadline was in the letter, so I'd
#: ask that you keep a closer eye on these in future." ("I'd ask that you keep
#: the receipt" with no time phrase is no lesson and is not read here.)
_ASK_HEDGES: Final[tuple[tuple[str, ...], ...]] = (
    ("i'd", "ask", "that", "you"), ("we'd", "ask", "that", "you"),
    ("i", "would", "ask", "that", "you"), ("we", "would", "ask", "that", "you"),
    ("i'd", "ask", "you", "to"), ("we'd", "ask", "you", "to"),
    ("i", "would", "ask", "you", "to"), ("we", "would", "ask", "you", "to"),
    ("we", "ask", "that", "you"), ("i", "ask", "that", "you"),
)  # fmt: skip


def _asked_anywhere(words: Sequence[str], options: _Options) -> bool:
    """Whether an asked-for order (``_ASK_HEDGES`` and a verb) stands anywhere
    in ``words``."""
    for i in range(len(words)):
        for hedge in _ASK_HEDGES:
            n = len(hedge)
            if tuple(words[i : i + n]) == hedge:
                at = i + n
                while at < len(words) and words[at] in options.leads:
                    at += 1
                if at < len(words) and words[at] in options.verbs:
                    return True
    return False


def _order_opens(words: Sequence[str], options: _Options) -> bool:
    """Whether ``words`` open with an order, after softeners and hedges."""
    at = 0
    while at < len(words) and words[at] in options.leads:
        at += 1
    for hedge in _WANT_HEDGES:  # "You'll want to order a tester pot first next time."
        if tuple(words[at : at + len(hedge)]) == hedge:
            at += len(hedge)
            break
    return at < len(words) and words[at] in options.verbs


#: The order put as what the customer will want: "You'll want to order a
#: tester pot first next time", "You might want to book earlier in future".
_WANT_HEDGES: Final[tuple[tuple[str, ...], ...]] = (
    ("you'll", "want", "to"), ("you", "will", "want", "to"), ("you", "may", "want", "to"),
    ("you", "might", "want", "to"),
)  # fmt: skip


#: Words that open a clause with a subject (or a time clause), not an order:
#: pronouns, determiners, prepositions, conjunctions, question words.
_NOT_VERBS: Final = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "the", "a",
     "an", "all", "any", "every", "each", "our", "your", "my", "his", "her", "their", "its",
     "there", "here", "if", "when", "as", "once", "after", "before", "in", "on", "at", "by",
     "for", "with", "to", "from", "of", "no", "not", "nothing", "everything", "anything",
     "something", "someone", "everyone", "anyone", "some", "most", "many", "both", "either",
     "neither", "one", "two", "three", "what", "which", "who", "how", "where", "why",
     "whenever", "while", "until", "unless", "because", "since", "so", "and", "but", "or",
     "only", "even", "also", "still", "now", "then", "more", "less", "new", "further", "same",
     "ours", "yours", "staff", "orders", "payment", "payments", "prices", "deliveries"}
)  # fmt: skip
#: A second word that shows the first was a subject ("seats are freed", "Sarah will").
_SUBJECT_SIGNS: Final = frozenset(
    {"is", "are", "was", "were", "will", "can", "should", "must", "may", "might", "has", "have",
     "had", "would", "could", "do", "does", "did", "need", "needs", "won't", "isn't", "aren't",
     "can't", "shall", "and", "or", ","}
)  # fmt: skip


def _subjectless(words: Sequence[str], options: _Options) -> bool:
    """Whether ``words`` (after "Going forward,") open a clause with no subject,
    an order whatever its verb ("wipe down the tray", "renew it in time"): the
    first word is no pronoun, determiner or other closed-class word, has no
    ending of a noun, adverb or participle, and the second is no verb of its
    own ("seats are freed", "Sarah handles")."""
    at = 0
    while at < len(words) and words[at] in options.leads:
        at += 1
    if at + 1 >= len(words):
        return False
    first, second = words[at], words[at + 1]
    if first in _NOT_VERBS or "'" in first or not first.isalpha():
        return False
    if first.endswith(("ly", "ing", "ed")) or (first.endswith("s") and not first.endswith("ss")):
        return False
    return second not in _SUBJECT_SIGNS and not (
        second.endswith("s")
        and not second.endswith(("ss", "us"))
        and second not in ("this", "its", "his", "yours", "ours", "theirs")
    )


def _at(words: Sequence[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(words[i : i + len(phrase)]) == phrase
