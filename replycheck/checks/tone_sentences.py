"""Shared helpers for the tone checks: which sentences of the draft to look at.

A ``DocView`` reads the ``Doc``'s shared token table so a check can find the
sentences holding its key words by set lookups and bisection; ``quoted_tokens``
marks words inside double quotes (someone else's words, never flagged);
``sentences_with`` yields the in-scope sentences a check needs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from replycheck import regexcache
from replycheck.context import word_ids
from replycheck.nlp import lower_ids, sentence_token_starts, token_table, word_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: Words that address the customer.
SECOND_PERSON: Final = frozenset({"you", "your", "yours", "yourself", "yourselves", "u", "ur"})


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
    if lower_ids(doc).isdisjoint(word_ids(_QUOTE_MARKS)):
        # No quote mark at all (most drafts): nothing is quoted, and no
        # ``DocView`` need be built to find that out.
        doc.user_data[_QUOTED_KEY] = inside
        return inside
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


_QUOTE_MARKS: Final = frozenset({'"', "''", "``"})
_QUOTED_KEY: Final = "replycheck.tone.quoted"


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
    ids = ctx.lower_ids
    for words in required:  # most drafts lack a needed word: return before anything else
        if ids.isdisjoint(word_ids(words)):
            return
    if followed is not None and (
        ids.isdisjoint(word_ids(followed[0])) or ids.isdisjoint(word_ids(followed[1]))
    ):
        return
    region = ctx.region_of(rule.scope)
    if region is None and rule.scope != "own":
        return
    view = doc_view(ctx.doc, ctx.lower_ids)
    starts = view.starts
    candidates: set[int] | None = None
    for n, words in enumerate(required):
        positions = view.positions(words)
        if n == 0 and opening:
            positions = view.opening(positions, opening)
        found = {bisect_right(starts, i) - 1 for i in positions}  # sentence_of, inlined
        candidates = found if candidates is None else candidates & found
        if not candidates:
            return
    if followed is not None:
        first, then, reach = followed
        found = {bisect_right(starts, i) - 1 for i in view.followed(first, then, reach)}
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
        self._span = span_type()

    def positions(self, words: frozenset[str]) -> list[int]:
        """Token indexes whose lower-case form is one of ``words``, in order."""
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

    def opening(self, positions: list[int], leads: frozenset[str]) -> list[int]:
        """The ``positions`` whose token ``opens_sentence`` after ``leads``."""
        lead_ids = word_ids(leads)
        starts, alpha, lowers = self.starts, self.alpha, self.lowers
        return [
            i
            for i in positions
            if all(
                not alpha[j] or lowers[j] in lead_ids
                for j in range(starts[bisect_right(starts, i) - 1], i)
            )
        ]

    def followed(self, first: frozenset[str], then: frozenset[str], reach: int) -> list[int]:
        """The positions of ``first`` words with a ``then`` word at most
        ``reach`` tokens after them: for each, one bisection into the sorted
        positions of ``then`` words."""
        after = self.positions(then)
        if not after:
            return []
        count = len(after)
        found = []
        for i in self.positions(first):
            k = bisect_right(after, i)
            if k < count and after[k] <= i + reach:
                found.append(i)
        return found

    def opens_sentence(self, i: int, leads: frozenset[str]) -> bool:
        """Whether only punctuation and ``leads`` words come before token ``i``
        in its sentence."""
        lead_ids = word_ids(leads)
        start = self.starts[self.sentence_of(i)]
        alpha, lowers = self.alpha, self.lowers
        return all(not alpha[j] or lowers[j] in lead_ids for j in range(start, i))

    def sentence(self, k: int) -> Span:
        sent = self._sentences.get(k)
        if sent is None:
            end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.doc)
            sent = self._sentences[k] = self._span(self.doc, self.starts[k], end)
        return sent


def doc_view(doc: Doc, ids: frozenset[int] | None = None) -> DocView:
    """The ``DocView`` of ``doc``, built once and kept in ``user_data``;
    ``ids`` are its lower-case hashes when the caller has them already."""
    view = doc.user_data.get(_VIEW_KEY)
    if view is None:
        if ids is None:
            ids = lower_ids(doc)
        view = doc.user_data[_VIEW_KEY] = DocView(doc, ids)
    return view  # type: ignore[no-any-return]


_VIEW_KEY: Final = "replycheck.tone.view"

_span: type[Span] | None = None


def span_type() -> type[Span]:
    """spaCy's ``Span`` class, imported on first use and kept: a ``from
    spacy.tokens import Span`` where a ``Doc`` is first read cost several
    microseconds a draft. ``Span(doc, start, end)`` is ``doc[start:end]``
    without the slice normalisation, about half the cost."""
    global _span
    if _span is None:
        from spacy.tokens import Span

        _span = Span
    return _span


def in_scope(rule: Rule, ctx: CheckContext, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside the rule's scope."""
    region = ctx.region_of(rule.scope)
    if region is None:
        return rule.scope == "own"
    return region.start <= start and end <= region.end


def words_of(sent: Span) -> list[Token]:
    """The sentence's tokens without whitespace tokens."""
    return [t for t in sent if not t.is_space]


def word_lowers(
    doc: Doc, start: int, end: int, skip: frozenset[int] | set[int] = frozenset()
) -> tuple[list[int], list[str]]:
    """The indices and lower-case texts of tokens ``[start, end)`` of ``doc``
    that are not whitespace and not in ``skip``: what ``words_of`` and
    ``Token.lower_`` give, read off the token table (no ``Token`` objects)."""
    table = token_table(doc)
    space = table.space
    if skip:
        kept = [i for i in range(start, end) if not space[i] and i not in skip]
    else:
        kept = [i for i in range(start, end) if not space[i]]
    strings = doc.vocab.strings
    lower = table.lower
    return kept, [strings[lower[i]] for i in kept]


#: Words that negate what follows them.
NEGATIONS: Final = frozenset({"not", "n't", "no", "never", "cannot", "nothing", "nobody"})
YOU: Final = frozenset({"you"})
#: What opens the thing a "before + -ing" step acts on ("You will need to stop
#: the pendulum before fitting the new spring"): a step of a procedure, not a
#: pronoun ("before contacting us"). Read by RC120 and RC161.
STEP_THINGS: Final = frozenset(
    {"the", "a", "an", "its", "their", "your", "each", "any", "every", "this", "that",
     "these", "those", "both", "all"}
)  # fmt: skip


#: A sentence that apologises is sympathy, not an accusation ("I'm sorry you
#: lost your receipt").
APOLOGY: Final = frozenset({"sorry", "apologise", "apologize", "apologies", "regret"})


def apologises(lowers: list[str]) -> bool:
    """An apology that is not taken back: "I'm sorry you lost your receipt", but
    not "I'm sorry, but you are wrong"."""
    for i, word in enumerate(lowers):
        if word in APOLOGY:
            return not {"but", "however"} & set(lowers[i + 1 : i + 4])
    return False


def scoped_finding(rule: Rule, ctx: CheckContext, start: int, end: int) -> Iterator[Finding]:
    """A finding of ``rule`` at ``[start, end)``, when that lies in the rule's
    scope: the step ``words_finding`` and ``indices_finding`` share."""
    if in_scope(rule, ctx, start, end):
        yield ctx.finding(rule, start, end)


def words_finding(
    rule: Rule, ctx: CheckContext, words: list[Token], found: tuple[int, int]
) -> Iterator[Finding]:
    """A finding from ``words[first]`` to ``words[last]``, when in the rule's scope."""
    first, last = found
    return scoped_finding(rule, ctx, words[first].idx, words[last].idx + len(words[last].text))


def indices_finding(
    rule: Rule, ctx: CheckContext, indices: list[int], found: tuple[int, int]
) -> Iterator[Finding]:
    """``words_finding`` for words given as token indices (``word_lowers``)."""
    first, last = found
    last_word = ctx.doc[indices[last]]
    start = token_table(ctx.doc).idx[indices[first]]
    return scoped_finding(rule, ctx, start, last_word.idx + len(last_word))


def holds_phrase(
    lowers: list[str], phrases: tuple[tuple[str, ...], ...], firsts: frozenset[str]
) -> bool:
    """Whether the words ``lowers`` hold one of ``phrases`` (word tuples);
    ``firsts`` are the phrases' first words, the only places one can start."""
    return any(
        tuple(lowers[i : i + len(phrase)]) == phrase
        for i, word in enumerate(lowers)
        if word in firsts
        for phrase in phrases
    )


#: What opens an item of a list: a dash or bullet, or a number with "." or ")".
_LIST_MARK: Final = regexcache.compile(r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+")


def list_items(paragraph: str) -> int:
    """How many lines of ``paragraph`` open an item of a list (``list_step``'s
    marks: a dash, bullet or number)."""
    return sum(1 for line in paragraph.split("\n") if _LIST_MARK.match(line))


def list_step(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens an item of a list: right after a
    dash, bullet or number at the start of its line, with a line before it that
    introduces the list (ends with ":") or another item next to it. A reply
    lays out steps to follow, options to choose from and safety points that
    way ("If you smell gas:" / "- Do not use the cooker"); an item is an
    instruction among others, not an order flung at the customer.

    The line's start is looked up in the text's line breaks, found once
    (``_line_breaks``): ``text.rfind`` for every sentence read the whole of
    a long line back to its start, quadratic in a draft of one paragraph."""
    breaks = _line_breaks(text)
    k = bisect_left(breaks, start) - 1  # as text.rfind("\n", 0, start)
    line_start = breaks[k] + 1 if k >= 0 else 0
    mark = _LIST_MARK.match(text, line_start)
    if mark is None or start > mark.end():
        return False  # not an item, or a later sentence of one
    before = text[:line_start].rstrip().rsplit("\n", 1)[-1]
    if before.rstrip().endswith(":") or _LIST_MARK.match(before):
        return True
    after_at = text.find("\n", start)
    after = text[after_at:].lstrip().split("\n", 1)[0] if after_at >= 0 else ""
    return _LIST_MARK.match(after) is not None


_breaks_seen: list[tuple[str, list[int]]] = []


def _line_breaks(text: str) -> list[int]:
    """Where ``text`` has a line break, in order; the text last asked about
    is kept (``list_step`` asks for every sentence of a draft)."""
    if _breaks_seen and _breaks_seen[0][0] is text:
        return _breaks_seen[0][1]
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    _breaks_seen[:] = [(text, breaks)]
    return breaks


_NEWLINE: Final = regexcache.compile("\n")


def list_intro(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``start:end`` introduces a list: it ends with
    ":", ends its line, and the next line that is not blank opens an item
    (``list_step``'s marks). "To release the payment on time, you will need
    to:" and "Here is what you will need to do before then:" lead into the
    steps laid out below them; what the customer is asked to do is in the
    items, each read on its own."""
    if not text[start:end].rstrip().endswith(":"):
        return False
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip():
        return False  # the last line, or more follows on the same line
    following = _NEXT_LINE.match(text, line_end)  # not a copy of the rest of the draft
    return following is not None and _LIST_MARK.match(following.group(1)) is not None


#: How many lines back from an item its list's lead-in line is looked for.
LEAD_IN_REACH: Final = 12


def list_lead_in(text: str, start: int) -> str:
    """The line that leads into the list whose item opens at ``start`` ("Here
    are our repair terms:" above "1. ..."), lower-cased, or "" when the
    sentence opens no item (``list_step``) or no line ending in ":" is found
    within ``LEAD_IN_REACH`` lines above it, over other items and blank
    lines."""
    if not list_step(text, start):
        return ""
    line_start = text.rfind("\n", 0, start) + 1
    for _ in range(LEAD_IN_REACH):
        if line_start <= 0:
            return ""
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous : line_start - 1].strip()
        if line.endswith(":"):
            return line.lower()
        if line and not _LIST_MARK.match(line):
            return ""  # a paragraph of text above the items: no lead-in
        line_start = previous
    return ""


#: At most this many words make a line in capitals a heading over a list.
LIST_HEADING_WORDS: Final = 6


def list_heading(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``start:end`` is a heading in capitals on a line
    of its own over a list ("WHAT YOU MUST BRING" above "- Boots"): it names
    what the items are, as the line ending in ":" does for ``list_intro``."""
    if start and text[start - 1] != "\n":
        return False
    line_end = text.find("\n", start, end + 2)  # within the sentence, not the rest of the line
    if line_end < 0 or (end > line_end + 1 and text[line_end:end].strip()):
        return False  # the sentence runs on past its line
    line = text[start:line_end]
    if (
        len(line.split()) > LIST_HEADING_WORDS
        or line.upper() != line
        or not any(ch.isalpha() for ch in line)
    ):
        return False
    following = _NEXT_LINE.match(text, line_end)
    return following is not None and _LIST_MARK.match(following.group(1)) is not None


#: The next line that is not blank, from a line's end: what ``str.lstrip("\n \t")``
#: and a split at the next newline give, read in place.
_NEXT_LINE: Final = regexcache.compile(r"[\n \t]*([^\n]*)")


#: Words that name a danger to the customer: a prohibition in the same or the
#: paragraph before is a safety warning ("A fault in the base connector can
#: cause overheating." / "Don't try to repair it or open the base yourself.").
HAZARDS: Final = frozenset(
    {"overheating", "overheat", "overheats", "fire", "fires", "shock", "shocks",
     "electrocution", "monoxide", "injury", "injuries", "unsafe", "danger", "dangerous",
     "hazard", "hazardous", "explode", "explosion", "sparks", "sparking", "recall",
     "recalled", "toxic", "poisoning", "choking", "scald", "scalding",
     # "it holds high DC voltage even when off", "the fumes build up"; not "smoke"
     # or "burn", which name a house rule ("You must not smoke") or a fuel's use
     "voltage", "flammable", "combustible", "fumes", "poisonous", "harmful"}
)  # fmt: skip
_WORD: Final = regexcache.compile(r"[a-z]+")


def hazard_named(text: str, start: int) -> bool:
    """Whether the paragraph of the sentence at ``start``, or the paragraph
    before it, names a danger (``HAZARDS``): then "Don't ..." warns the
    customer for their own safety rather than ordering them about.

    The paragraph breaks and the danger words of ``text`` are found once
    (the text last asked about is kept) and looked up by bisection: reading
    the two paragraphs again for every sentence was quadratic in a long
    draft with no blank line."""
    found = _hazards_of(text)
    if found is None:  # lowercasing moved the offsets: read the window itself
        para = text.rfind("\n\n", 0, start)
        before = text.rfind("\n\n", 0, para) if para > 0 else -1
        end = text.find("\n\n", start)
        window = text[before + 1 : end if end >= 0 else len(text)].lower()
        return not HAZARDS.isdisjoint(_WORD.findall(window))
    breaks, hazards = found
    # as text.rfind("\n\n", 0, start): the last break ending by ``start``
    k = bisect_right(breaks, start - 2) - 1
    para = breaks[k] if k >= 0 else -1
    if para > 0:
        j = bisect_right(breaks, para - 2) - 1
        before = breaks[j] if j >= 0 else -1
    else:
        before = -1
    n = bisect_left(breaks, start)
    end = breaks[n] if n < len(breaks) else len(text)
    first = bisect_left(hazards, (before + 1,))
    return first < len(hazards) and hazards[first][1] <= end


_hazards_seen: list[tuple[str, tuple[list[int], list[tuple[int, int]]] | None]] = []


def _hazards_of(text: str) -> tuple[list[int], list[tuple[int, int]]] | None:
    """Where ``text`` has a blank line ("\n\n", overlapping, as ``str.find``
    finds them) and where it names a danger (start and end of each
    ``HAZARDS`` word, in order); None when lowercasing changes the text's
    length, so offsets into its lowercase would not be offsets into it."""
    if _hazards_seen and _hazards_seen[0][0] is text:
        return _hazards_seen[0][1]
    lower = text.lower()
    found: tuple[list[int], list[tuple[int, int]]] | None = None
    if len(lower) == len(text):
        breaks = []
        at = text.find("\n\n")
        while at >= 0:
            breaks.append(at)
            at = text.find("\n\n", at + 1)
        hazards = [m.span() for m in _WORD.finditer(lower) if m.group() in HAZARDS]
        found = (breaks, hazards)
    _hazards_seen[:] = [(text, found)]
    return found
