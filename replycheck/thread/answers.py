"""What each sentence of the draft offers as an answer.

A draft sentence is reduced to a ``Statement``: its topic (see
``replycheck.thread.topic``) and the *answer types* it offers, each with a
strength (1 = a cue word, 2 = hard evidence such as a weekday, a date, an
amount of money, a link or a tracking number). Acknowledgements and deferrals
("We have received your question about refunds", "We'll look into it") are
cut out before the answer types are read, so they never count as an answer;
a sentence that *opens* with one counts only for what follows its first
clause break ("I understand you'd like a refund, and I've processed it").
Sentences the agent ends with "?" offer nothing: asking back is not answering.
Hard evidence keeps its text (``Statement.values``) so that ``discount_echoes``
can discount what the customer wrote themselves ("Friday", "£30", "your
account manager"): repeating it is restating the question, not answering it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Final

from spacy.lang.en.stop_words import STOP_WORDS

from replycheck import regexcache
from replycheck.calendar_words import MONTHS, WEEKDAYS
from replycheck.thread.lexicon import WORD, Lexicon, fold
from replycheck.thread.topic import Topic, Words, sentence_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The counts from two to twenty in words, as regex alternatives: shared by
#: ``_COUNT`` (a span of time) and ``answered._COUNT_SAID`` (an answer to
#: "how many"), which each add the words only they read.
TWO_TO_TWENTY: Final = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
)
#: A count in words, for a span of time written out ("four to six months",
#: "three weeks", "three and a half hours", "one to two days"): as firm a
#: timeframe as "4-6 months". Plural units only, so "one day" ("one day
#: soon") and "£9 a day" stay no evidence; "one" only opens a range ("one to
#: two days").
_COUNT: Final = rf"(?:{TWO_TO_TWENTY}|thirty|forty|forty-five|fifty|sixty|ninety|a few|a couple of)"
_COUNT_SPAN: Final = (
    rf"(?:{_COUNT}|one(?=\s*(?:-|to|or)\s*{_COUNT}))(?:\s*(?:-|to|or)\s*{_COUNT})?"
    r"(?: and a half)?"
)
#: The weekdays and the months as regex alternatives (sorted: the same
#: pattern every run; no name is a prefix of another, so order is free).
_WEEKDAY_WORDS: Final = "|".join(sorted(WEEKDAYS))
_MONTH_NAMES: Final = "|".join(sorted(MONTHS))
#: The hours in words, for a clock time written out ("five o'clock", "half past three").
_HOUR_WORDS: Final = (
    "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|midnight)"
)
#: Hard evidence no word list can give (fixed patterns, linear time).
STRONG: Final[dict[str, re.Pattern[str]]] = {
    # a dotted date or clock time has two digits after the dot or a year
    # ("14.03", "9.30", "3.4.26"); "between 1 and 1.5", "2.5 litres" and "TLS
    # 1.2" are readings, not dates
    "time": regexcache.compile(
        r"\b(?:\d{1,2}[/\-]\d{1,2}(?:[/.\-]\d{2,4})?|\d{1,2}\.(?:\d{2}|\d\.\d{2,4})|\d{1,2}(?::\d{2})?\s?(?:am|pm)"
        r"|\d{1,2}:\d{2}|\d{1,2}(?:st|nd|rd|th)|\d+\s*(?:-|to)?\s*\d*\s*"
        r"(?:business |working )?(?:days?|hours?|hrs?|minutes?|mins?|weeks?|months?|years?)"
        rf"|{_WEEKDAY_WORDS}|today|tomorrow"
        r"|tonight|next week|this week|lunchtime|lunch time|bedtime|teatime|midday|noon"
        rf"|{_COUNT_SPAN}\s+(?:business |working )?"
        r"(?:days|hours|weeks|months|years))\b"
        r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
        r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}\b"
        # a month said as when ("in late April", "by the end of March"), not
        # one that names a thing ("your July bill", "between March and May")
        r"|(?:(?<=\bin )|(?<=\bby )|(?<=early )|(?<=\bmid )|(?<=late )|(?<=until )"
        r"|(?<=end of )|(?<=start of )|(?<=beginning of )|(?<=middle of ))"
        rf"(?:{_MONTH_NAMES})\b"
        # a frequency, the answer to "how often": "once a year", "every month",
        # "every other week", "annually" (not "monthly", "weekly" or
        # "fortnightly", which more often name a schedule or a thing: "bins are
        # collected fortnightly", "your monthly bill")
        r"|\b(?:once|twice|(?:three|four) times) a (?:day|week|fortnight|month|year)\b"
        r"|\bevery (?:other )?(?:day|week|fortnight|month|year)\b|\bannually\b"
        # a frequency with a count: "every two weeks", "every 4 to 6 hours", "every few months"
        rf"|\bevery (?:few |{_COUNT_SPAN} |\d+(?:\s*(?:-|to)\s*\d+)? )"
        r"(?:days|hours|weeks|months|years)\b"
        # a clock time as people write it: "8 a.m.", "8.30 p.m.", "5 o'clock",
        # "half past three", "quarter to four"
        r"|\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.m\.(?!\w)"
        rf"|\b(?:\d{{1,2}}|{_HOUR_WORDS})\s?o['\u2019]?clock\b"
        rf"|\b(?:half|quarter) (?:past|to) (?:\d{{1,2}}|{_HOUR_WORDS})\b"
        # a span of two weeks ("in a fortnight"; "fortnightly" names a schedule)
        r"|\bfortnight\b"
        # a day of the month in words: "the second of January", "twenty-first of June"
        r"|\b(?:(?:twenty|thirty)-?)?(?:first|second|third|fourth|fifth|sixth|seventh"
        r"|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
        rf"|seventeenth|eighteenth|nineteenth|twentieth|thirtieth) of (?:{_MONTH_NAMES})\b"
    ),
    # a percentage only as a price cut ("15% off", "a 10 percent discount"):
    # a rate is no sum ("up to 10% of your balance" does not say how much the
    # balance is)
    "money": regexcache.compile(
        r"[$€£¥₹]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|cents?)\b"
        r"|\b\d+(?:[.,]\d+)?\s?(?:%|percent\b)\s?(?:off|discount)\b"
        # "free" in a compound is no price ("free-range eggs", "step-free
        # access", "gluten-free") unless the compound names the money itself
        # ("interest-free", "fee-free", "tax-free", "buy one get one free")
        r"|(?<!feel )(?:(?<![a-z]-)|(?<=fee-)|(?<=tax-)|(?<=one-)|(?<=interest-)"
        r"|(?<=commission-))\bfree\b(?!\s+to\b)(?!-(?!of\b|for\b)[a-z])|\bfull refund\b"
        # a fee said not to apply, named or not ("no charge", "no early
        # termination charge", "no joining fee"; not "no idea why the charge")
        r"|\bno (?:(?!(?:the|a|an|your|our|my|his|her|their|this|that|these|those|idea|reason"
        r"|way|one|need|matter)\b)[a-z-]+ ){0,2}(?:charges?|costs?|fees?)\b"
    ),
    "place": regexcache.compile(
        r"https?://|\bwww\.|\b[a-z0-9-]+\.(?:com|co\.uk|org|net|io)\b"
        r"|\btracking (?:number|link|code)\b|\b[a-z]{2}\d{6,}\b|\b\d{8,}\b"
    ),
    # a count, or a measurement ("10kg", "2.5 m", "500GB")
    "number": regexcache.compile(
        r"\b\d+(?:[.,]\d+)?(?:\s?(?:kg|kgs|g|lbs?|cm|mm|km|m|miles?|gb|mb|tb|ml|litres?"
        r"|liters?|inch(?:es)?|ft|kwh|kw|mph))?\b"
    ),
    # a measurement with its unit ("3ft", "90 cm", "six feet tall", "2.5
    # litres", "12kg"): what a height, width, size or weight is asked for,
    # where a bare figure ("£8.99", "Tuesday 4th") is none; a word count only
    # with the unit written out ("six feet", not "six m")
    "measure": regexcache.compile(
        r"\b\d+(?:[.,]\d+)?\s?(?:-\s?)?(?:ft|feet|foot|cm|mm|m|metres?|meters?|inch(?:es)?"
        r"|kg|kgs|kilos?|lbs?|litres?|liters?|ml|tonnes?)\b"
        r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]"
        r"(?:feet|foot|metres?|meters?|inch(?:es)?|kilos?|litres?|liters?)\b"
    ),
}
#: A time as people say it loosely, with no figure and no day named: a part
#: of the day said as when ("this afternoon", "in the morning", "first
#: thing", "by close of play", "end of the day"; not "Good morning"), the
#: weekend, or a span with no figure ("in a day or two", "an hour or so",
#: "over the next few days", "in the coming weeks", "within the hour", "in
#: the new year"). It tells a "when" its answer is a time (the answer-type
#: veto reads it, ``type_veto.missing_type``), but it is no hard evidence
#: for the routes: said of something else in the draft ("I'll send the
#: directions this afternoon", "tiredness for a day or two is common") it
#: would pass for the answer to every "when" and "how long" of the message.
LOOSE_TIME: Final = regexcache.compile(
    r"\bthis (?:morning|afternoon|evening)\b|\bmidnight\b"
    # "first thing" as when, not "the first thing I checked"
    r"|(?<!\bthe )(?<!\bvery )\bfirst thing\b"
    r"|(?:(?<=\bin the )|(?<=\bby the )|(?<=\blate )|(?<=\bearly )|(?<=\bmid-))"
    r"(?:morning|afternoon|evening)\b"
    r"|\b(?:close|end) of (?:play|business|(?:the |to)?day|the week|the month|next week)\b"
    r"|\bweekends?\b|\ban hour or (?:two|so)\b|\ba (?:day|week|month) or (?:two|so)\b"
    r"|\bnext (?:few|couple of) (?:days|hours|weeks|months)\b"
    r"|\bcoming (?:days|weeks|months)\b|\bwithin the (?:hour|day|week)\b"
    r"|(?<=\bin the )new year\b"
)
#: What a text without a digit must hold for each ``STRONG`` pattern to match
#: in it (every other alternative needs a digit): keep in step with ``STRONG``.
_UNDIGITED: Final[dict[str, tuple[str, ...]]] = {
    "time": (
        *("day", "tomorrow", "tonight", "week", "lunch", "bedtime", "teatime", "noon"),
        *("hours", "months", "years"),
        *("once", "twice", "times", "every", "annually"),
        *("clock", "half", "quarter", "fortnight"),
        *sorted(MONTHS),
    ),
    "money": ("free", "no ", "full refund"),
    "place": ("http", ".", "tracking "),
    "number": (),
    "measure": ("feet", "foot", "metre", "meter", "inch", "kilo", "litre", "liter"),
}
_DIGIT: Final = regexcache.compile(r"\d")


def evidence_types(lowered: str) -> tuple[str, ...]:
    """The ``STRONG`` types with a match in a lower-cased text, in ``STRONG``
    order. Most asks hold no digit, and then a pattern runs only on a text
    holding a word it could match (``_UNDIGITED``): the same answer as
    searching with every pattern, at a fraction of the cost."""
    if _DIGIT.search(lowered) is not None:
        return tuple(t for t, pattern in STRONG.items() if pattern.search(lowered))
    return tuple(
        t
        for t, pattern in STRONG.items()
        if (gate := _UNDIGITED_SEARCH[t]) is not None
        and gate(lowered) is not None
        and pattern.search(lowered)
    )


#: A value of ``STRONG["time"]`` that says how often ("every two weeks",
#: "once a day", "annually"): the answer to "how often?".
FREQUENCY: Final = regexcache.compile(r"(?:every|once|twice|annually|(?:three|four) times)\b")

_WORDS: Final = regexcache.compile(r"\w+")
#: A sentence with this many words left once acknowledgements are cut out makes
#: a statement: an explanation or a plain yes ("The extra £20 is a one-off charge").
_STATEMENT_WORDS: Final = 4
#: A clause break: what follows starts a clause of its own (a pronoun, "the",
#: "a", a bare yes or no: "I've noted the cracked lid, and a replacement goes
#: out today"), so an acknowledgement before it ends there.
_BREAK: Final = regexcache.compile(
    r"[;:]\s|\s[-\u2013\u2014]\s"
    r"|(?:,\s|\s(?:and|but|so|however)\s)\s*(?=(?:i|we|you|it|your|the|this|our"
    r"|yes|no|unfortunately|sadly|there|he|she|they|a|an)\b)"
)
#: The words and months a strong pattern can start with, and a domain's
#: ending: ``_OPENING`` and ``_opening_by_head`` are both built from them.
_OPENING_WORDS: Final = (
    "monday", "midday", "tuesday", "thursday", "today", "tomorrow", "tonight", "this",
    "tracking", "teatime", "two", "three", "ten", "twelve", "twice", "thirteen", "twenty",
    "thirty", "wednesday", "www", "friday", "free", "full", "four", "five", "fourteen",
    "fifteen", "forty", "fifty", "saturday", "sunday", "six", "seven", "sixteen", "seventeen",
    "sixty", "next", "no", "noon", "nine", "nineteen", "ninety", "https", "http", "lunchtime",
    "lunch", "bedtime", "eight", "eleven", "every", "eighteen", "a few", "a couple",
    "annually", "once", "one",
    # clock times ("half past three"), a fortnight, days of the month in
    # words ("the second of January")
    "half", "quarter", "fortnight", "first", "second", "third", "fourth", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
)  # fmt: skip
_OPENING_MONTHS: Final = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
_DOMAIN_END: Final = r"\.(?:com|co\.uk|org|net|io)\b"


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` with shared openings written once
    ("h(?:ursday|is|ree)"), so a place is turned away after one test per
    character. Only for words of which at most one can match at a place (each
    ends a word, or all are of one length): their order is then free."""
    if "" in words:
        rest = [w for w in words if w]
        return "(?:" + _trie(rest) + ")?" if rest else ""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    parts = [re.escape(c) + _trie(rest) for c, rest in groups.items()]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


#: ``_UNDIGITED`` as one search per type (a C-level scan for any of its
#: words, instead of a generator testing them one by one); None: no word will
#: do. Only whether one is there is read, so the words are written as a trie
#: (``_trie``; a word that opens a longer one, "hour" in "hours", is then the
#: longer one's optional tail): a place is turned away after one test per
#: letter instead of one per word ("time" has 32).
_UNDIGITED_SEARCH: Final[dict[str, Callable[[str], re.Match[str] | None] | None]] = {
    t: regexcache.compile(_trie(sorted(set(parts)))).search if parts else None
    for t, parts in _UNDIGITED.items()
}

#: Where a strong pattern can start: a word with a digit in its first three
#: characters, a weekday, "free", "www", a month, a word before ".com"
#: (one pass over the text; each pattern is then tried only there).
#: Every alternative opens with a letter a-z, a digit or "-": the lookahead
#: turns the other positions away before the alternatives are tried. The
#: word boundary comes first: most positions are inside a word, and the
#: boundary test turns them away for less than the lookahead does (both are
#: zero-width, so the order changes no match). The words are written as a
#: trie (at most one of them can match at a place, as each must end a word),
#: so the engine turns a word start away after one test per letter.
_OPENING: Final = regexcache.compile(
    r"\b(?=[a-z\d-])(?:[a-z]{0,2}\d|"
    + _trie(list(_OPENING_WORDS))
    + r"\b|"
    + _trie(list(_OPENING_MONTHS))
    + r"|[a-z0-9-]+"
    + _DOMAIN_END
    + ")"
)
#: ``_OPENING`` for an all-ASCII text (most drafts): the same matches there
#: (no ``\s`` in it; ``\b`` and ``\d`` mean the same on ASCII), found faster.
_OPENING_ASCII: Final = regexcache.compile(_OPENING.pattern, re.ASCII)


def _opening_by_head(domains: bool) -> str:
    """``_OPENING`` as one alternative per character a match opens with, that
    character first, each holding what of ``_OPENING`` can follow it, after
    the character before the word: searched in the text behind one space, a
    match starts and ends where ``_OPENING``'s does. The pattern opens with a
    character class, so the engine skips inside words in its fast loop; at a
    word start each branch that opens with a letter or a class is passed over
    in one test. Up to two letters and a digit, the words (each ends a word)
    and the months exclude one another, so only the domain must stay last. A
    ``-`` opens a match only before a domain, and a digit beyond ASCII only a
    bare digit: ``_openings`` leaves a text with both ``-`` and a domain
    ending to ``_OPENING``, and the last branch is a digit. Without
    ``domains`` (a text with no domain ending) the domain branch is left out."""
    heads = []
    for head in "abcdefghijklmnopqrstuvwxyz0123456789":
        rests = ["" if head.isdigit() else r"[a-z]\d|\d"]
        words = [w[1:] for w in _OPENING_WORDS if w[0] == head]
        if words:
            rests.append(_trie(words) + r"\b")
        months = [m[1:] for m in _OPENING_MONTHS if m[0] == head]
        if months:
            rests.append(_trie(months))
        if domains:
            rests.append("[a-z0-9-]*" + _DOMAIN_END)
        heads.append(head + "(?:" + "|".join(rests) + ")")
    return r"\W(?:" + "|".join(heads) + r"|\d)"


_OPENING_HEADS: Final = regexcache.compile(_opening_by_head(domains=True))
_OPENING_HEADS_ASCII: Final = regexcache.compile(_OPENING_HEADS.pattern, re.ASCII)
_OPENING_WORD_HEADS: Final = regexcache.compile(_opening_by_head(domains=False))
_OPENING_WORD_HEADS_ASCII: Final = regexcache.compile(_OPENING_WORD_HEADS.pattern, re.ASCII)
#: What each ``_DOMAIN_END`` holds.
_DOMAIN_HINTS: Final = (".co", ".org", ".net", ".io")
#: A capitalized word inside a sentence (not "I": a capital needs a
#: lower-case letter after it): a name, a place or a product, the kind of
#: thing a "who" question is answered with. The space before it is looked
#: back at from the capital, so the pattern opens with a character class and
#: the regex engine skips to the next capital in a fast loop rather than
#: trying a match at every character.
_NAME: Final = regexcache.compile(r"[A-Z](?<=[ \t][A-Z])[a-z]+(?:[ \t][A-Z][a-z]+)*")
#: What every ``_NAME`` match stands on: a space or tab, then a capital. Most
#: sentences have none after their first word, and skip the name search.
_CAPITAL_AFTER_SPACE: Final = regexcache.compile(r"[ \t][A-Z]")
#: A name after a word that places it ("at our Leeds depot", "on King Street").
_PLACE_NAME: Final = regexcache.compile(
    r"\b(?:at|on|in|from|near|to|opposite|behind|outside)[ \t](?:(?:our|the|any|your)[ \t])?"
    r"([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)*)"
)
#: A capitalised word opening a sentence as the doer of what comes ("Sam will
#: come out", "Priya can see you", "Jonno's in until 7").
_NAME_OPENS: Final = regexcache.compile(
    r"([A-Z][a-z]+)(?:'ll\b|'s[ \t]+(?:in|on|here|around|available)\b"
    r"|[ \t]+(?:will|can|could|is[ \t]+going[ \t]+to|is[ \t]+in|is[ \t]+on|is[ \t]+available)\b)"
)
_CALENDAR: Final = WEEKDAYS | MONTHS
#: Words naming one side of a pair of like things, after a determiner ("the
#: front tyres", "your left hearing aid", "the upper retainer") -> the pair
#: and the side. A sentence that names the other side and not the one asked
#: about answers for the other item ("rear" <- "we replaced the front pads"),
#: though spaCy's stop words drop "front" and "back" from every topic.
SIDES: Final[dict[str, tuple[str, str]]] = {
    "front": ("front-back", "front"),
    "rear": ("front-back", "back"),
    "back": ("front-back", "back"),
    "left": ("left-right", "left"),
    "right": ("left-right", "right"),
    "upper": ("upper-lower", "upper"),
    "top": ("upper-lower", "upper"),
    "lower": ("upper-lower", "lower"),
    "bottom": ("upper-lower", "lower"),
    "upstairs": ("upstairs-downstairs", "up"),
    "downstairs": ("upstairs-downstairs", "down"),
}
#: The words of ``SIDES``, to rule a run of words out before reading it word by word.
_SIDE_WORDS: Final = frozenset(SIDES)
#: A side word names a side only after one of these ("the back bedroom",
#: not "posted back", "come back", "there are two left").
_SIDE_AFTER: Final = frozenset(
    {"the", "your", "my", "our", "his", "her", "their", "its", "this", "that", "these", "those"}
)
#: "That's", "Here's", "Today's": capitalized words with "'s" that name no one.
_NOT_OWNERS: Final = frozenset({"today", "tomorrow", "yesterday", "let", "everyone", "everything"})


#: Sides that may sit after a make or a model inside the noun phrase ("the
#: Shimano 105 rear derailleur"); "back", "left" and "right" not, as they
#: are as often a particle or a verb ("bring the car back", "the van left").
_INNER_SIDES: Final = frozenset({"front", "rear", "upper", "lower", "top", "bottom"})
#: How many words of a make or model may stand between the determiner and
#: such a side.
_MODEL_WORDS: Final = 2


def _side_inside(words: Sequence[str], i: int) -> bool:
    """Whether the side word at ``i`` is inside a noun phrase after a make or
    model ("the Shimano 105 rear derailleur", "your XR2 front wheel"): a
    determiner up to ``_MODEL_WORDS`` words before, none of them a stop
    word, and a noun or "one" after it ("the current bottom one")."""
    if words[i] not in _INNER_SIDES or i + 1 >= len(words):
        return False
    after = words[i + 1]
    if after not in ("one", "ones") and (
        after in STOP_WORDS or not after.isalpha() or len(after) < 3
    ):
        return False
    for back in range(2, _MODEL_WORDS + 2):
        if i - back < 0:
            return False
        if words[i - back + 1] in STOP_WORDS or words[i - back + 1] in SIDES:
            return False
        if words[i - back] in _SIDE_AFTER:
            return True
    return False


def sides_named(words: Sequence[str]) -> frozenset[tuple[str, str]]:
    """The sides a run of folded words names (``SIDES``), each after a
    determiner, or after a determiner and a make or model (``_side_inside``);
    one pass, no allocation when there are none; most sentences hold no side
    word at all, which one C-level test tells (``_SIDE_WORDS``)."""
    if _SIDE_WORDS.isdisjoint(words):
        return frozenset()
    found: set[tuple[str, str]] | None = None
    for i in range(1, len(words)):
        side = SIDES.get(words[i])
        if side is not None and (words[i - 1] in _SIDE_AFTER or _side_inside(words, i)):
            if found is None:
                found = set()
            found.add(side)
    return frozenset(found) if found else frozenset()


#: A currency sign just before a number ("£12", "$ 5").
_CURRENCY: Final = regexcache.compile(r"[$€£¥₹]\s?$")
#: "free" said as the price ("is free.", "free of charge", "free and takes
#: 40 minutes", "free within five miles"), not naming a thing ("free trial"):
#: what follows it ends the clause or starts another phrase.
_PRICE_AFTER_FREE: Final = regexcache.compile(
    r"\s*(?:$|[.,;:!)\u2013\u2014-]|(?:of|and|to|for|with|within|on|over|if|until|from|as"
    r"|when|but|so|at|in|up|below|under)\b)"
)
#: The value recorded for a "free" that states the price (``_PRICE_AFTER_FREE``).
STATED_FREE: Final = "free (stated)"
#: The answer type an open "free" no longer offers (``_open_free``).
_MONEY_NAME: Final = frozenset({"money"})
#: The evidence lists that make a sentence hedge or say nothing of this case
#: (``Statement.hedged``, ``Statement.noncommittal``): a draft with no hit of
#: either reads neither for any sentence (one set test over the hits' lists)
_HEDGING: Final = frozenset({"hedge", "boilerplate"})
#: "free" said of a slot or a person being open, not of a price ("Steve has
#: two slots free next week", "we've a pitch free that weekend", "we're free
#: on the 12th"): what comes just before it is a bookable place or one of us.
_OPEN_BEFORE_FREE: Final = regexcache.compile(
    r"(?:\b(?:i|we|he|she|they)(?:['\u2019](?:m|re|s)|\s+(?:am|are|is))"
    r"|\b(?:slots?|spaces?|places?|appointments?|tables?|seats?|pitch(?:es)?|rooms?|dates?)"
    r"(?:\s+(?:still|left|now))?)\s+(?:still\s+)?$"
)
#: A menu path ("Admin > General > Timezone", "Settings > Billing"): two
#: or more steps joined by ">" on one line.
_MENU_PATH: Final = regexcache.compile(r"\b[a-z][a-z0-9&' ]{0,24}[ \t]>[ \t][a-z][a-z0-9&']*")
#: A currency code just before a number ("PHP 500", "Rs. 450", "USD 20"),
#: as offshore and B2B writers give amounts: as firm as a sign.
_CODE_BEFORE: Final = regexcache.compile(
    r"\b(?:usd|eur|gbp|inr|rs\.?|php|aud|cad|nzd|sgd|aed|chf|jpy|zar|hkd|myr|sar|pkr)\s?$"
)
_TYPE_SET: Final = frozenset(
    (
        *("time", "place", "money", "number", "yes_no", "action", "reason", "method", "person"),
        *("cause", "colour"),
    )
)
#: The answer types a bare tense cue (the ``tense`` list) may stand in for.
_TENSED: Final = frozenset({"yes_no", "action"})
_TYPES: Final = (
    "time",
    "place",
    "money",
    "number",
    "yes_no",
    "action",
    "reason",
    "method",
    "person",
)


#: A rule said to hold only on some of the business's trips, rooms, sites or
#: ranges ("We welcome well-behaved dogs on some of our trips", "available in
#: selected stores"): whether the customer's own is one of them is left open.
#: Read only for ``Statement.hedged`` (not a hedge of the lexicon, which
#: would make any such sentence commit to nothing, "you can bring her" and all).
_SOME_OF_OURS: Final = regexcache.compile(r"\b(?:on|in|at)\s+(?:some\s+of\s+our|selected)\b")


@dataclass
class Statement:
    """One sentence of the draft as an answer candidate (read-only by
    convention: one is made for every sentence of every draft, and a frozen
    dataclass's ``__init__``, a guarded ``object.__setattr__`` per field, took
    three times as long as a plain one's)."""

    start: int
    end: int
    topic: Topic
    offers: dict[str, int] = field(default_factory=dict)
    bare: bool = False  # opens with a bare yes/no ("Yes,", "I'm afraid not")
    asks_back: bool = False
    #: the topic together with the sentence before it (answers often name the
    #: subject in one sentence and answer in the next)
    context: Topic = field(default_factory=dict, compare=False)
    #: what follows each modal or auxiliary in the sentence ("you can switch
    #: it", "will need to be"): the opener, then up to four concept keys
    modal_windows: tuple[tuple[str, ...], ...] = field(default=(), compare=False)
    #: says no somewhere ("We cannot offer late check-out"): a bare "if not"
    #: after the ask it answers still stands
    negative: bool = field(default=False, compare=False)
    #: the text of each piece of hard evidence, by answer type ("friday",
    #: "£30", "this week"), so evidence the customer gave can be discounted
    values: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    #: speaks to this customer (names "you", "your", "I", "we" outside
    #: acknowledgements): "I've booked Sam in", not "Refunds are processed"
    personal: bool = field(default=False, compare=False)
    #: opens with an instruction ("Go to Settings", "Tap Cancel")
    instructs: bool = field(default=False, compare=False)
    #: the topic of what the sentence says once an opening acknowledgement is
    #: cut ("We've received your question about the claim, and ..."): the
    #: customer's words restated there are not what it answers with
    said: Topic = field(default_factory=dict, compare=False)
    #: a policy said of everyone: opens with a bare plural or a quantifier
    #: ("Refunds are processed within 5 days", "All parcels over £50 must be
    #: insured") and speaks neither to the customer ("you", "your", "I'll")
    #: nor of a number they wrote ("order 7731")
    generic: bool = field(default=False, compare=False)
    #: commits to nothing about this customer's case: a hedge ("may be
    #: entitled", "depending on") or boilerplate ("we take allergies very
    #: seriously") with no hard evidence and no bare yes/no; no answer
    noncommittal: bool = field(default=False, compare=False)
    #: names a hedge ("in certain circumstances", "on some of our trips")
    #: clear of any acknowledgement, whatever hard evidence it holds besides
    #: ("We offer freezes in certain circumstances, for up to three months"):
    #: a rule said to hold in some cases, which says nothing of whether this
    #: customer's case is one of them; or said to hold on only some of our
    #: trips, rooms or sites (``_SOME_OF_OURS``)
    hedged: bool = field(default=False, compare=False)
    #: sends the customer elsewhere for the answer ("You'll find our price
    #: list, with all the details, at www...", "Our terms are on page 2 of
    #: the booking form"): where the answer is written, not the answer
    refers: bool = field(default=False, compare=False)
    #: tells what happened: opens with a third party ("Our engineer", "The
    #: van", "Your parcel") and a past-tense verb soon after ("attempted",
    #: "overran", "was sent"), the answer to "What happened?" in other words
    narrates: bool = field(default=False, compare=False)
    #: opens by telling the customer not to do something ("Please don't use
    #: them", "Do not give him ..."): a no to "Is it ok to ...?", "Should I ...?"
    forbids: bool = field(default=False, compare=False)
    #: speaks of what is to come ("will", "we'll", "tomorrow", "next week")
    future: bool = field(default=False, compare=False)
    #: the business speaks of itself: the sentence, once acknowledgements are
    #: cut, opens with "we" or "our <noun>" ("We keep the renal food in the
    #: practice", "Our pharmacists vaccinate from age 2"), which is how a
    #: "Do you stock ...?" is answered in other words
    agent: bool = field(default=False, compare=False)
    #: a bare answer said of every question put ("Yes to both.", "Yes, all
    #: three.", "Both, yes."): it answers each yes/no question of the message
    to_all: bool = field(default=False, compare=False)
    #: the sides of paired things it names ("the front pads": ``SIDES``)
    sides: frozenset[tuple[str, str]] = field(default=frozenset(), compare=False)
    #: the names it gives an owner of ("Milo's booster", "Noah's place"),
    #: folded, without the "'s": it speaks of that person's or pet's case
    owners: frozenset[str] = field(default=frozenset(), compare=False)
    #: adds to what was said ("It also comes with a guarantee", "We also sell
    #: locks"): a thing besides, not the one asked about unless it names it
    adds: bool = field(default=False, compare=False)
    #: opens with a pronoun subject ("It comes as a spreadsheet", "They're
    #: paperbacks"): it speaks of the thing in hand, whatever that is named
    pointed: bool = field(default=False, compare=False)
    #: opens with an agreement ("No problem.", "No worries"): a bare yes to a
    #: request or a "Can I ...?", no answer to a question of fact
    agrees: bool = field(default=False, compare=False)
    #: tells what we did, in the past ("We wrote to your consultant on 4
    #: February", "I sent the form on Monday"): its date is no time to come
    recounts: bool = field(default=False, compare=False)
    #: restates or passes on the customer's question ("your question about
    #: the fee", "I've asked the team about ..."): what it names is still open
    restates: bool = field(default=False, compare=False)
    #: tells the customer they can do it themselves and does nothing for
    #: them: opens with "You can ..." and names no act of ours ("You can
    #: switch plans at any time from Account > Plan"), the process described
    #: in place of a request acted on
    self_service: bool = field(default=False, compare=False)
    #: gives a length of time ("within 5 working days", "about an hour each",
    #: "two to three weeks", "overnight", "until Friday"): what a "how long?"
    #: asks for, where a point in time ("today, 3 March", "at 3.15pm") is not
    lasts: bool = field(default=False, compare=False)
    #: the concepts of the clauses that hold its hard time evidence ("Check-in
    #: is from 4pm, and ...": room), and whether one of them points at the
    #: thing in hand ("It'll be with you on Thursday"): what the time is of
    timed: frozenset[str] = field(default=frozenset(), compare=False)
    timed_pointed: bool = field(default=False, compare=False)
    #: opens with what we have done ("I've processed it today", "We have
    #: ordered a replacement"): its date is when it was done, not how long
    #: what follows will take
    done: bool = field(default=False, compare=False)
    #: opens with a condition ("If you'd rather not wait, I'll refund it
    #: instead"): what it offers is the customer's to take, not done
    conditional: bool = field(default=False, compare=False)
    #: the draft's words and this sentence's word range in them, kept so the
    #: rare guard that needs word order (``acted_on``) reads it on demand
    words: Words | None = field(default=None, compare=False, repr=False)
    span: tuple[int, int] = field(default=(0, 0), compare=False)
    #: the answer types ("yes_no", "action") it offers on a bare tense cue
    #: alone ("was", "they'll", "we've", "has been"), no real answer cue ("we
    #: can", "yes", "refunded"): a yes/no ask takes them only with more of
    #: its topic named (see ``answered``)
    tensed: frozenset[str] = field(default=frozenset(), compare=False)
    #: says something beyond acknowledging: offers an answer type other than a
    #: bare statement (generic asks need that much)
    substantive: bool = field(init=False, compare=False)

    def __post_init__(self) -> None:
        # an answer type other than "statement" (counted, not searched for)
        self.substantive = len(self.offers) > ("statement" in self.offers) and not self.asks_back


def read_draft(
    doc: Doc,
    lexicon: Lexicon,
    text: str | None = None,
    region: tuple[int, int] | None = None,
    *,
    windows: bool = True,
    policies: bool = True,
    customer: str | None = None,
    known: frozenset[str] | None = None,
    agents: bool = True,
) -> list[Statement]:
    """The draft's own sentences as ``Statement``s, in order (``text``: the
    string the ``Doc`` was made from, when the caller has it; ``region``: the
    body, so the greeting, sign-off and signature are not read as answers;
    ``windows``: whether to read ``modal_windows``, which only asks with a
    predicate use; ``policies``: whether to tell policies said of everyone
    (``Statement.generic``), which only asks about the customer's own case
    use; ``customer``: the customer's message, whose own dates,
    amounts and people are discounted, see ``discount_echoes``; ``known``:
    its folded words, when the caller has them, see
    ``AskedMessage.vocabulary``, so the message is not split again;
    ``agents``: whether to tell sentences where the business speaks of
    itself (``Statement.agent``), which only questions about its offer use).

    Phrases (acknowledgements, answer cues) are found in one pass over the
    draft's words and hard evidence in one pass per pattern over its text;
    each sentence then takes the hits inside it."""
    if text is None:
        text = doc.text
    words = Words(text, lexicon)
    folded = words.folded
    hits = words.evidence
    hit_starts = [hit[0] for hit in hits]
    opened = _open_free(words)
    strong = _strong_hits(words, lexicon, opened)
    strong_at = [hit[0] for hit in strong]
    #: whether the draft hedges at all: most drafts don't, and then no
    #: sentence needs reading for it
    hedges = not _HEDGING.isdisjoint(chain.from_iterable(map(itemgetter(2), hits)))
    if known is None:
        known = frozenset(WORD.findall(fold(customer))) if customer else frozenset()
    statements: list[Statement] = []
    low, high = region if region is not None and region[0] < region[1] else (0, len(text))
    for start, end in sentence_bounds(doc, len(text)):
        if end <= low or start >= high:
            continue
        piece = folded[start:end]
        stripped = piece.strip()
        if not stripped:
            continue
        start += len(piece) - len(piece.lstrip())
        piece = stripped
        end = start + len(piece)
        topic = words.topic(start, end)
        if (
            "aside" in piece or "back" in piece or "hold" in piece or "held" in piece
        ) and _SET_ASIDE.search(piece) is not None:
            # "I've put one aside for you", "we'll keep a pair back", "we
            # can't hold pairs": reserving, done or refused
            topic = {**topic, **_reserving(lexicon)}
        if piece.rstrip(" )\"'").endswith("?"):
            offer = _OFFER_AFTER.search(piece)
            if offer is not None and "?" not in piece[: offer.start()]:
                # "Thursday at 10.30 is free - shall I pop you in?": the
                # answer, then an offer to act on it; the answer stands
                piece = piece[: offer.start()].rstrip()
                end = start + len(piece)
        if piece.rstrip(" )\"'").endswith("?"):  # asking back is not answering
            statements.append(
                Statement(start, end, topic, {}, False, True, _context(statements, topic))
            )
            continue
        first, last = words.range(start, end)
        while first < last and folded[words.starts[first] - 1 : words.starts[first]] == "@":
            first += 1  # "@116770 Yes": a reply's handles say nothing
        at = bisect_left(hit_starts, first)
        inside = [hit for hit in hits[at : bisect_left(hit_starts, last, at)] if hit[1] <= last]
        if opened:
            # "two slots free": the phrase "free" is no price either
            inside = [
                (a, b, names - _MONEY_NAME) if b - a == 1 and a in opened else (a, b, names)
                for a, b, names in inside
            ]
        evidence = strong[bisect_left(strong_at, first) : bisect_left(strong_at, last)]
        removed = _acknowledged(words, start, piece, first, last, inside, evidence)
        values: dict[str, tuple[str, ...]] = {}
        tensed: set[str] = set()
        offers = _offers(first, last, inside, removed, evidence, values, words.words, tensed)
        if "action" in tensed and _acts_done(words.words, first, last, lexicon):
            # "I've pencilled you in for 6 March": a done act of ours, whatever
            # its verb, is the act itself, not a bare tense
            tensed.discard("action")
        named = (
            [
                name
                for m in _NAME.finditer(text, start + 1, end)
                if (name := m.group().lower()) not in _CALENDAR
            ]
            if _CAPITAL_AFTER_SPACE.search(text, start, end) is not None
            else []
        )
        opener = _NAME_OPENS.match(text, start, end)
        if opener is not None and _unknown_word(opener.group(1).lower(), lexicon):
            # "Sam will come out on Thursday": a name opening the sentence,
            # the one to act, though a capital opens every sentence
            named.append(opener.group(1).lower())
        if named:
            # "Your account manager is Hannah Lee": a name answers "who"
            offers.setdefault("person", 1)
            values["person"] = (*values.get("person", ()), *named)
            located = [
                name
                for m in _PLACE_NAME.finditer(text, start, end)
                if (name := m.group(1).lower()) not in _CALENDAR
            ]
            if located:
                # "at any Parcelpoint shop", "on King Street": a named place
                offers["place"] = 2
                values["place"] = (*values.get("place", ()), *located)
        if values and known:
            discount_echoes(offers, values, known)
        timed, timed_pointed = (
            _timed(words, text, first, last, evidence, removed, values["time"])
            if values.get("time")
            else (frozenset(), False)
        )
        opening = _opening(first, last, inside, removed)
        if not opening and last - first > 2 and words.words[first] in _CONNECTIVE_LEADS:
            # "And yes: ...", "So no, ...": the answer to the next ask, joined on
            opening = _opening(first + 1, last, inside, removed)
        said = words.words[first:last]
        bare = (
            "bare" in opening
            or _echoes(said)
            or (
                len(said) > 2
                and said[0] in _ECHO_SUBJECTS
                and said[1] in _ECHO_VERBS
                and _echo_opening(words, first, last, removed)
            )
        )
        own = topic
        if removed and (first in removed or any(_leaves_open(words.words, *hit) for hit in inside)):
            own = _said(words, first, last, removed, topic, offers)
        if _affirms(said, first, removed):
            # "Half plots do come up more often": the stressed auxiliary is a yes
            offers.setdefault("yes_no", 1)
            tensed.discard("yes_no")
        forbids = _forbids_outright(said)
        if forbids:
            # "Please stop wearing them for now": telling the customer not to
            # is a no to "Should I keep wearing them?", reason or none
            offers.setdefault("yes_no", 1)
            tensed.discard("yes_no")
        # a promise held on our own availability (``_OUR_AVAILABILITY``)
        ours = ("free" in piece or "available" in piece) and (
            _OUR_AVAILABILITY.search(piece) is not None
        )
        hedged = not bare and (
            (hedges and any("hedge" in names and _clear(a, b, removed) for a, b, names in inside))
            # every ``_SOME_OF_OURS`` match holds "some" or "selected": most
            # sentences hold neither, and skip the search
            or (
                ("some" in piece or "selected" in piece) and _SOME_OF_OURS.search(piece) is not None
            )
        )
        noncommittal = (
            (hedges or ours)
            and not bare
            and not forbids  # a prohibition commits, hedged or not
            and not any(
                v == 2
                # "if there's a lorry free": the "free" of the condition is no price
                and not (
                    ours
                    and key == "money"
                    and all(m.startswith("free") for m in values.get(key) or ("",))
                )
                for key, v in offers.items()
            )
            and (
                any(
                    ("hedge" in names or "boilerplate" in names) and _clear(a, b, removed)
                    for a, b, names in inside
                )
                or ours
            )
        )
        # the sentence's words without its acknowledging parts (see ``_acknowledged``)
        kept = [w for i, w in enumerate(said, first) if i not in removed] if removed else said
        generic = False
        if policies:
            generic = (
                _generic_opening(kept)
                and not any(
                    word in _ADDRESSED
                    or word in _THIS_EVENT
                    or (
                        word in known
                        and any(c.isdigit() for c in word)
                        # "refunds can take up to 14 days": a length that
                        # shares the customer's "14 Elm Road" is no figure of theirs
                        and not (at + 1 < len(kept) and kept[at + 1] in _LENGTH_UNITS)
                    )
                    for at, word in enumerate(kept)
                )
                and not _reported_done(kept, known, lexicon)
            )
        statements.append(
            Statement(
                start,
                end,
                topic,
                offers,
                bare,
                False,
                _context(statements, own, bool(said) and said[0] in _POINTER_SUBJECTS),
                _modal_windows(words, first, last, removed, lexicon) if windows else (),
                _says_no(said, words, first, inside),
                values,
                _personal(said, first, removed),
                "method" in opening,
                said=own,
                generic=generic,
                noncommittal=noncommittal,
                hedged=hedged,
                refers=_refers(piece),
                forbids=forbids,
                future=not _FUTURE_WORDS.isdisjoint(said),
                agent=agents and _agent_opening(said, first, removed),
                narrates=_narrates(kept),
                to_all=bare and _TO_ALL.match(piece) is not None,
                pointed=bool(said) and said[0] in _POINTER_SUBJECTS,
                agrees=bare and "agree" in opening,
                recounts=_recounts(kept),
                restates=bool(removed)
                and (
                    any(_leaves_open(words.words, a, b, names) for a, b, names in inside)
                    or ("asked" in piece and _ASKED_ABOUT.search(piece) is not None)
                ),
                self_service=_self_service(kept),
                lasts=_lasts(piece, len(values.get("time", ()))),
                timed=timed,
                timed_pointed=timed_pointed,
                done=_done_opening(kept),
                conditional=bool(kept) and kept[0] in _CONDITIONS,
                sides=sides_named(said),
                owners=_owners(text, words, first, last) if "'" in piece else frozenset(),
                adds="also" in said,
                words=words,
                span=(first, last),
                tensed=frozenset(tensed) if tensed else frozenset(),
            )
        )
    return statements


#: A promise of ours held on our own availability ("We can swap it for an
#: 8-yard if there's a lorry free in your area", "I'll send a loan car if one
#: is available"): whether it happens is still open, so it commits to nothing.
#: The condition's clause (to the next clause mark) names no "you": "we can
#: collect it if you leave it by the gate" is a yes with the customer's part
#: to do; "free of charge", "free to" and "available on our website" are no
#: availability of ours.
#: An offer to act put as a question after a dash or semicolon that ends a
#: statement ("... is free - shall I pop you in?", "...; want me to book it?").
_OFFER_AFTER: Final = regexcache.compile(
    r"\s+[-\u2013\u2014;]\s+(?:(?:shall|should|can|may)\s+i|(?:would|do)\s+you\s+(?:like|want)"
    r"|want\s+me\s+to|is\s+that\s+(?:ok|okay|alright|all\s+right)|does\s+that\s+(?:suit|work))"
    r"\b[^?]*\?[\s)\"']*$"
)
#: A sentence that points to where the answer is written: the details said
#: to be somewhere ("with all the details", "full information"), the customer
#: told they will find it ("you'll find our prices at ..."), or a document or
#: the website said to hold it ("are all on our website", "is on page 2 of
#: the booking form").
_REFERS: Final = regexcache.compile(
    r"\b(?:all\s+(?:the\s+)?|full\s+|further\s+)(?:details|information|info)\b"
    r"|\byou(?:'ll|\s+will|\s+can|\s+may)\s+(?:also\s+)?find\b|\bcan\s+be\s+found\b"
    r"|\b(?:is|are)\s+(?:all\s+)?(?:on|in)\s+(?:our\s+(?:website|site|app|faqs?)"
    r"|page\s+\d+|the\s+(?:booking\s+form|terms|contract|agreement|policy|leaflet))\b"
    # a document said to explain it all ("Our terms explain everything about
    # deposits"), or the customer sent to a section of one ("please see
    # section 7 of the rental agreement")
    r"|\b(?:explains?|covers?|sets?\s+out)\s+(?:everything|all\s+(?:of\s+)?(?:this|that))\b"
    r"|\b(?:see|refer\s+to)\s+(?:section|clause|paragraph)\s+\d+"
)
#: ``_REFERS`` for ``read_draft``'s yes/no test, searched in the sentence
#: behind one space: every alternative opens with ``\b`` before a letter, here
#: the ``\W`` character that ``\b`` stands for (the added space at the
#: sentence's start). Opened with a class, the engine skips inside words in
#: its fast loop instead of trying the alternatives at every character; it
#: finds a match exactly when ``_REFERS`` does (tests/thread/test_thread_words.py).
_REFERS_AT: Final = regexcache.compile(
    r"\W(?:(?:all\s+(?:the\s+)?|full\s+|further\s+)(?:details|information|info)\b"
    r"|you(?:'ll|\s+will|\s+can|\s+may)\s+(?:also\s+)?find\b|can\s+be\s+found\b"
    r"|(?:is|are)\s+(?:all\s+)?(?:on|in)\s+(?:our\s+(?:website|site|app|faqs?)"
    r"|page\s+\d+|the\s+(?:booking\s+form|terms|contract|agreement|policy|leaflet))\b"
    r"|(?:explains?|covers?|sets?\s+out)\s+(?:everything|all\s+(?:of\s+)?(?:this|that))\b"
    r"|(?:see|refer\s+to)\s+(?:section|clause|paragraph)\s+\d+)"
)
#: What a sentence holds when ``_REFERS_AT`` matches in it: a word each
#: alternative must end on or open with ("info" in "information", "site" in
#: "website", "set" in "sets out"). Most sentences hold none, and a test for
#: each is cheaper than the search (keep in step with ``_REFERS_AT``).
_REFERS_NEEDLES: Final = (
    *("info", "details", "find", "found", "site", "app", "faq", "page", "booking", "terms"),
    *("contract", "agreement", "policy", "leaflet", "explain", "cover", "set", "section"),
    *("clause", "paragraph"),
)


def _refers(piece: str) -> bool:
    """Whether ``_REFERS`` matches in the sentence ``piece``: searched only in
    a sentence holding one of ``_REFERS_NEEDLES`` (the same answer:
    tests/thread/test_pattern_gates.py)."""
    for needle in _REFERS_NEEDLES:
        if needle in piece:
            return _REFERS_AT.search(" " + piece) is not None
    return False


_OUR_AVAILABILITY: Final = regexcache.compile(
    r"\b(?:we|i)(?:'ll|'d|\s+(?:can|could|will|would|should|may|might))\b[^,;:.]*?"
    r"\b(?:if|provided|providing|assuming)\s+"
    r"(?!your\b)(?:(?!\byou(?:\b(?!r)|'))[^,;:.?!])*?\b(?:free|available)\b"
    r"(?!\s+(?:of|to|for|within|from|on\s+(?:our|request|the\s+(?:website|app)))\b)"
)


#: Reserving said as a verb, its object and a particle ("put one aside",
#: "set it aside", "keep a pair back", "held two back for you"): the object
#: must stand between them, so "set aside about three hours" (time to allow)
#: and "the money put aside" are not reserving; or "hold" with its object
#: ("hold one", "hold pairs"). Up to four words of object, no sentence mark:
#: linear.
_SET_ASIDE: Final = regexcache.compile(
    r"\b(?:put|putting|set|setting|lay|laid|keep|keeping|kept|hold|holding|held)\s"
    r"(?!aside\b|back\b)(?:[a-z0-9']+\s){1,4}?aside\b"
    r"|\b(?:keep|keeping|kept|hold|holding|held)\s(?!back\b)(?:[a-z0-9']+\s){1,4}?back\b"
    # holding a thing for someone, done or refused ("I'll hold one until
    # Saturday", "We can't hold pairs on restock days"), not "on hold"
    r"|\b(?:hold|holding|held)\s(?:a|an|one|two|three|it|them|some|any|pairs?|copies|stock)\b"
)
#: The words a reservation stands for: "reserve" (the booking concept) and
#: "hold" ("Can you hold one for me?"), by their topic keys.
_RESERVING: Final = ("reserve", "hold")


def _reserving(lexicon: Lexicon) -> Topic:
    """The topic keys a reservation names (``_RESERVING``), at full weight."""
    return {entry[0]: 1.0 for word in _RESERVING if (entry := lexicon.topic_key(word)) is not None}


#: Words that open a clause of their own inside a sentence.
_CLAUSE_WORDS: Final = frozenset(
    {"and", "but", "while", "whereas", "so", "although", "though", "because", "which"}
)
#: Punctuation that ends a clause.
_CLAUSE_MARKS: Final = frozenset(",;:\u2013\u2014()")
#: Pronouns that point at the thing in hand ("It'll be with you on Thursday").
_TIME_POINTERS: Final = frozenset({"it", "it's", "it'll", "they", "they'll", "they're", "them"})


def _timed(
    words: Words,
    text: str,
    first: int,
    last: int,
    evidence: list[tuple[int, str, int, str]],
    removed: set[int],
    kept: tuple[str, ...],
) -> tuple[frozenset[str], bool]:
    """``Statement.timed`` and ``Statement.timed_pointed``: the concepts of
    the clauses (cut at commas, semicolons and "and", "but", ...) of words
    ``first`` to ``last`` that hold hard time evidence still counted
    (``kept``), and whether one of them names "it" or "they". Each clause
    is read once."""
    starts, said = words.starts, words.words
    clauses = _clauses(words, text, first, last)
    held = {
        index
        for index, answer_type, strength, value in evidence
        if answer_type == "time" and strength == 2 and index not in removed and value in kept
    }
    concepts: set[str] = set()
    pointed = False
    for a, b in clauses:
        if any(a <= index < b for index in held):
            end = starts[b - 1] + len(said[b - 1])
            concepts.update(k for k, w in words.topic(starts[a], end).items() if w >= 1.0)
            pointed = pointed or not _TIME_POINTERS.isdisjoint(said[a:b])
    return frozenset(concepts), pointed


def _clauses(words: Words, text: str, first: int, last: int) -> list[tuple[int, int]]:
    """The clauses of words ``first`` to ``last`` as word ranges, cut at
    commas, semicolons, dashes and brackets and before "and", "but", ...
    (``_CLAUSE_WORDS``)."""
    starts, said = words.starts, words.words
    clauses: list[tuple[int, int]] = []
    open_at = first
    for j in range(first + 1, last):
        gap = text[starts[j - 1] + len(said[j - 1]) : starts[j]]
        if said[j] in _CLAUSE_WORDS or not _CLAUSE_MARKS.isdisjoint(gap):
            clauses.append((open_at, j))
            open_at = j
    clauses.append((open_at, last))
    return clauses


def strongest(offers: dict[str, int], types: Sequence[str]) -> int:
    """The strongest of ``types`` that ``offers`` (a ``Statement``'s) gives,
    0 when it gives none: how firmly a sentence offers what an ask accepts.
    Read for every ask and sentence the routes weigh: a loop, where ``max``
    of a generator took a frame step per type."""
    best = 0
    for answer_type in types:
        strength = offers.get(answer_type, 0)
        if strength > best:
            best = strength
    return best


def priced(statement: Statement) -> tuple[frozenset[str], bool]:
    """The concepts of the clauses of a draft sentence that hold an amount
    of money ("We can replace the lining; | a full new lining is £95":
    lin, replace), and whether one of them points at the thing in hand
    ("It's £45"): what the sum is the price of. Read on demand, for the
    sentence credited with a how-much question; empty when the sentence's
    words are not kept or it holds no amount."""
    words = statement.words
    if words is None:
        return frozenset(), False
    first, last = statement.span
    text, starts, said = words.folded, words.starts, words.words
    amounts = [
        i
        for i in range(first, last)
        if said[i][:1].isdigit() and _CURRENCY.search(text, max(0, starts[i] - 2), starts[i])
    ]
    if not amounts:
        return frozenset(), False
    concepts: set[str] = set()
    pointed = False
    clauses = _clauses(words, text, first, last)
    if said[first] in _FOR_WHAT:
        # "For 20 edited photos and a one-minute video, | the price would be
        # £450": a fronted "for" names what the sum is the price of (up to
        # its comma; "and" does not end it)
        lead = next(
            (
                a
                for a, _ in clauses
                if a > first
                and not _CLAUSE_MARKS.isdisjoint(text[starts[a - 1] + len(said[a - 1]) : starts[a]])
            ),
            last,
        )
        if lead < last and not any(i < lead for i in amounts):
            end = starts[lead - 1] + len(said[lead - 1])
            concepts.update(k for k, w in words.topic(starts[first], end).items() if w >= 1.0)
    for a, b in clauses:
        if any(a <= i < b for i in amounts):
            if said[a] in _GOES_ON:
                # "The Phonak Audéo L90, | are £3,290 a pair", "a Band 2
                # treatment, | which costs £73.50": the clause goes on from
                # the thing named before it ("The total, | including VAT, |
                # will be £412": back to the sentence's opening)
                a = first
            end = starts[b - 1] + len(said[b - 1])
            concepts.update(k for k, w in words.topic(starts[a], end).items() if w >= 1.0)
            pointed = pointed or not _TIME_POINTERS.isdisjoint(said[a:b])
    return frozenset(concepts), pointed


#: Words opening a sentence's fronted phrase that names what its sum is the
#: price of ("For two nights, it's £180").
_FOR_WHAT: Final = frozenset({"for"})
#: Words that open a clause going on from the thing before it ("..., are
#: £3,290", "..., which costs £73.50", "..., will be £412").
_GOES_ON: Final = frozenset(
    {"is", "are", "was", "were", "will", "would", "costs", "cost", "comes", "come", "which"}
)


def _owners(text: str, words: Words, first: int, last: int) -> frozenset[str]:
    """The capitalized names words ``first`` to ``last`` give an owner of
    ("Milo's annual booster", "Noah's place"), folded, without the "'s"."""
    found = [
        word[:-2]
        for i in range(first, last)
        if (word := words.words[i]).endswith("'s")
        and text[words.starts[i]].isupper()
        and (name := word[:-2]) not in STOP_WORDS
        and name not in _CALENDAR
        and name not in _NOT_OWNERS
    ]
    return frozenset(found)


#: A length of time in a sentence (``Statement.lasts``): a count or "a"/"an"
#: with a unit ("5 working days", "two to three weeks", "about an hour", "a
#: week apart", "half an hour"), "overnight", "a fortnight", or a span's
#: bound ("within", "up to", "until", "till"). Linear: one alternation of
#: fixed words, no nested repetition.
#: ``_DURATION``'s and ``_DURATION_AT``'s shared parts: what follows a
#: count (a second count, the unit), and a span's bound.
_DURATION_COUNTED: Final = (
    r"(?:\s*(?:-|to|or)\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve"
    r"|fourteen|twenty|thirty))?(?: and a half)?[\s-]*"
    r"(?:more |extra |full |whole |working |business |calendar |clear )?"
    r"(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?)\b"
)
_DURATION_BOUND: Final = r"(?:overnight|a fortnight|within|up to|until|till)\b"
_DURATION: Final = regexcache.compile(
    r"\b(?:\d+(?:\.\d+)?|an?|half an?|several|a few|a couple of|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|sixty"
    r"|ninety)" + _DURATION_COUNTED + r"|(?<!-)\b" + _DURATION_BOUND  # not "check-up to 3pm"
)
#: ``_DURATION`` for ``_lasts``' search, written to be searched in the text
#: behind one space: each ``\b`` at a match's opening is the non-word
#: character before it (``\W``), and the counts are one branch per opening
#: character. The pattern then opens with a character class, so the engine
#: skips the letters inside words in its fast loop instead of trying the
#: alternatives at every position; a match exists where ``_DURATION`` has one.
_DURATION_AT: Final = regexcache.compile(
    r"\W(?:(?:\d+(?:\.\d+)?|a(?:n| few| couple of)?|half an?|s(?:everal|even|ix(?:ty)?)|one"
    r"|t(?:wo|hree|en|welve|wenty|hirty)|f(?:our(?:teen)?|ive|ifteen|orty)|e(?:ight|leven)"
    r"|nine(?:ty)?)" + _DURATION_COUNTED + r"|(?<!-)" + _DURATION_BOUND + ")"
)
#: What every ``_DURATION`` match holds (a unit's stem, or a bound's word):
#: most sentences hold none of them, and are not searched. The search has no
#: character to skip ahead to, so it is tried at every position of a sentence.
_DURATION_HINTS: Final = (
    "min", "hour", "hr", "day", "night", "week", "month", "year", "within", "up to", "til",
)  # fmt: skip


#: A day a span can open or close on: a weekday, "today" or "tomorrow", or
#: a day of the month ("the 14th", "3 May").
_DAY: Final = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow"
    r"|(?:the\s)?\d{1,2}(?:st|nd|rd|th)|\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)"
)
#: A day or a clock time.
_POINT: Final = rf"(?:{_DAY}|\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:am|pm))"
#: A start and an end in one sentence ("from Monday to Thursday", "from 9am
#: until 1pm", "collect them on Monday and bring them back by Thursday"): a
#: length of time, as "three days" is. Not an arrival window ("between 8am
#: and 12pm": when it starts), nor a day moved to a time ("your check-up on
#: the 20th to 3.15pm"). At most 80 characters with no sentence mark between
#: the two, so the search stays linear.
_SPAN: Final = regexcache.compile(
    rf"\bfrom\s{_POINT}\b[^.?!;]{{0,80}}?\b(?:to|until|till)\s{_POINT}\b"
    rf"|\bon\s{_DAY}\b[^.?!;]{{0,80}}?\b(?:by|until|till)\s{_DAY}\b"
)


def _lasts(piece: str, times: int = 0) -> bool:
    """Whether ``piece`` (folded: lower case) names a length of time
    (``_DURATION``), or, when it holds two or more pieces of time evidence
    (``times``), a start and an end (``_SPAN``)."""
    # a loop, not ``any`` of a generator (a frame per sentence when interpreted)
    for hint in _DURATION_HINTS:
        if hint in piece:
            if _DURATION_AT.search(" " + piece):
                return True
            break
    return times > 1 and _SPAN.search(piece) is not None


def only_lengths(statement: Statement) -> bool:
    """Whether every time ``statement`` gives is a length of time ("for three
    months", "14 days"), not a point in time or how often ("on Friday",
    "once a week")."""
    times = statement.values.get("time", ())
    return bool(times) and all(_DURATION.fullmatch(t) is not None for t in times)


#: Words that open a sentence with a condition (``Statement.conditional``).
_CONDITIONS: Final = frozenset({"if", "unless", "should"})
#: How a sentence opens when it tells an act of ours already done
#: (``Statement.done``): "I've", "We've", "I have", "We have".
_DONE_OPENERS: Final = frozenset({"i've", "we've", "ive", "weve"})


#: What may stand between "we've" and the act done ("We've just sent it").
_DONE_BETWEEN: Final = frozenset(
    {"just", "now", "already", "also", "since", "gone", "ahead", "and"}
)


def _acts_done(words: list[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Whether "I've" or "we've" (or "I/we have") in ``words[first:last]``
    is followed by a past participle other than "been" or "got": an act of
    ours done ("We've refunded", "I've pencilled you in"), not a bare tense."""
    for i in range(first, last):
        word = words[i]
        if word not in _DONE_OPENERS and not (
            word == "have" and i > first and words[i - 1] in ("i", "we")
        ):
            continue
        j = i + 1
        while j < last and words[j] in _DONE_BETWEEN:
            j += 1
        if j < last and words[j] not in ("been", "got", "had", "to", "a", "an", "the", "no", "not"):
            verb = words[j]
            if verb.endswith("ed") or verb in _PAST or verb in lexicon.irregular:
                return True
    return False


def _done_opening(said: list[str]) -> bool:
    """Whether a sentence opens with what we have done (``Statement.done``)."""
    if not said:
        return False
    if said[0] in _DONE_OPENERS:
        return len(said) > 1 and said[1] not in ("got", "been")  # "I've got", "We've been"
    return len(said) > 2 and said[0] in ("i", "we") and said[1] == "have" and said[2] != "got"


#: How a sentence opens when it hands the customer the doing ("You can ...",
#: "You're able to ...", "You can also ...").
_SELF_OPENERS: Final = (
    ("you", "can"),
    ("you", "could"),
    ("you're", "able"),
    ("you", "are", "able"),
)
#: What after "You can" tells of our act done or its result, not of a
#: process to follow ("You can now log in", "You can expect it by Friday").
_NOT_SELF: Final = frozenset({"now", "expect", "look", "still", "keep", "rest", "already"})
#: The agent or the business as a subject, or an outcome promised: a
#: sentence naming one tells of an act of ours or of what will come of it
#: ("You can keep it, and I've refunded the fee"; "You can add them from
#: Settings, and they'll be added to your annual plan automatically").
_AGENT_WORDS: Final = frozenset(
    {"i", "we", "i've", "we've", "i'll", "we'll", "i'm", "we're", "i'd", "we'd"}
    | {"will", "it'll", "they'll", "you'll"}
)


def _self_service(said: list[str]) -> bool:
    """Whether the sentence's kept words hand the customer the doing and
    name no act of ours (``Statement.self_service``)."""
    for opener in _SELF_OPENERS:
        size = len(opener)
        if tuple(said[:size]) == opener:
            following = said[size : size + 2]
            return _NOT_SELF.isdisjoint(following) and _AGENT_WORDS.isdisjoint(said)
    return False


#: Words that put a sentence in the future ("It will arrive", "we'll ring").
_FUTURE_WORDS: Final = frozenset(
    {
        *("will", "won't", "shall", "going", "tomorrow", "next", "soon", "upcoming"),
        *("i'll", "we'll", "you'll", "it'll", "they'll", "he'll", "she'll", "that'll"),
        *("expect", "expected", "due", "until", "should", "within", "shortly", "later"),
    }
)
#: Determiners a narrated subject opens with ("Our engineer", "The van").
_THIRD_PARTY: Final = frozenset(
    {"our", "the", "your", "a", "an", "this", "that", "his", "her", "their"}
)
#: Past forms the ``-ed`` rule misses and ``irregular`` does not list.
_PAST: Final = frozenset(
    {
        *("did", "was", "were", "had", "ran", "overran", "fell", "went", "came", "got"),
        *("sent", "broke", "left", "took", "lost", "made", "told", "found", "brought"),
        *("forgot", "gave", "wrote", "sold", "kept", "held", "spent", "put", "let"),
    }
)
_NOT_PAST: Final = frozenset(
    {"need", "needed", "feed", "speed", "seed", "bed", "red", "shed", "hundred"}
)
_PRESENT_BE: Final = frozenset(
    {"is", "are", "be", "being", "isn't", "aren't", "can", "will", "must"}
)
#: A narrated sentence has its past verb within this many words of its start.
_NARRATION_REACH: Final = 6


#: How a sentence in which the business speaks of itself opens.
_AGENT_OPENERS: Final = frozenset({"we", "we've", "we're", "we'd", "our"})


def _agent_opening(said: list[str], first: int, removed: set[int]) -> bool:
    """Whether the sentence's first word outside acknowledgements is "we" or
    "our" (``Statement.agent``)."""
    for i, word in enumerate(said[:8], first):
        if i not in removed:
            return word in _AGENT_OPENERS
    return False


#: Opening words of an instruction not to do something ("Please don't use
#: them", "Do not give him ...", "Never mix ..."), and verbs after "don't"
#: that reassure rather than forbid ("Don't worry, it may be ...").
_PROHIBITING: Final = frozenset({"don't", "never", "avoid"})
_REASSURING: Final = frozenset({"worry", "hesitate", "panic", "forget"})


#: A stressed auxiliary says yes ("Half plots do come up more often", "We
#: do take cards"); not after these ("what we do", "to do", "I do apologise")
#: nor before a pronoun or determiner ("does this when", "do the repair"), nor
#: before what is done rather than a bare verb ("we do repairs").
_STRESSED: Final = frozenset({"do", "does", "did"})
_NOT_STRESSING: Final = frozenset(
    {"to", "what", "how", "why", "when", "where", "which", "who", "i"}
)
_NOT_AFTER_STRESS: Final = frozenset(
    {"not", "so", "this", "that", "it", "the", "a", "an", "your", "you", "we", "they"}
)


def _affirms(said: list[str], first: int, removed: set[int]) -> bool:
    """Whether the sentence stresses its verb with "do", "does" or "did"
    after its subject, outside acknowledgements: a yes in other words."""
    for at in range(1, len(said) - 1):
        if said[at] in _STRESSED and first + at not in removed:
            before, after = said[at - 1], said[at + 1]
            if (
                before not in _NOT_STRESSING
                and after not in _NOT_AFTER_STRESS
                and after.isalpha()
                # the bare verb, not what is done ("we only do plumbing", "we do repairs")
                and not after.endswith(("ing", "ed", "s"))
            ):
                return True
    return False


def _forbids_outright(said: list[str]) -> bool:
    """Whether the sentence opens by telling the customer not to do something:
    a prohibition commits even when its reason is hedged ("Please don't use
    last year's drops: they may be out of date")."""
    words = said[1:] if said[:1] == ["please"] else said
    if words[:2] == ["do", "not"]:
        words = ["don't", *words[2:]]
    if len(words) >= 2 and words[0] == "stop" and words[1].endswith("ing"):
        return True  # "Please stop using the heater", "Stop taking the tablets"
    return len(words) >= 2 and words[0] in _PROHIBITING and words[1] not in _REASSURING


def _recounts(said: list[str]) -> bool:
    """Whether a sentence opens with "we" or "I" and a past verb (``Statement.recounts``)."""
    if len(said) < 3 or said[0] not in ("we", "i"):
        return False
    verb = said[1]
    return verb in _PAST or (len(verb) > 4 and verb.endswith("ed") and verb not in _NOT_PAST)


def _narrates(said: list[str]) -> bool:
    """Whether a sentence tells what happened (``Statement.narrates``)."""
    if len(said) < 3 or said[0] not in _THIRD_PARTY:
        return False
    previous = said[1]
    for word in said[2:_NARRATION_REACH]:  # not "The unlimited plan": an adjective
        if word in _ADDRESSED or word in _PERSONAL:
            return False  # "The trouble you experienced": the customer's story
        if word in _PAST or (
            len(word) > 4
            and word.endswith("ed")
            and word not in _NOT_PAST
            and previous not in _PRESENT_BE  # "The exit fee is explained in ...": a present
        ):
            return True
        previous = word
    return False


#: Words that point back at what an acknowledgement named ("I understand
#: you'd like a refund, and I've processed it").
_POINTERS: Final = frozenset(
    {"it", "them", "they", "they've", "it's", "this", "that", "these", "those"}
)
#: Pronouns that open a sentence about the thing in hand (``Statement.pointed``).
_POINTER_SUBJECTS: Final = frozenset(
    {"it", "it's", "its", "they", "they're", "this", "these", "those", "that", "that's"}
)


def _said(
    words: Words, first: int, last: int, removed: set[int], topic: Topic, offers: dict[str, int]
) -> Topic:
    """The topic of a sentence that opens with an acknowledgement, without
    the acknowledged words ("We've received your question about the claim
    decision, and ..."): restating the customer's question is no answer to
    it. When what follows acts on it in words of its own and points back at
    it ("..., and I've processed it today"), the pointer stands for what was
    acknowledged and the whole topic counts."""
    kept = [i for i in range(first, last) if i not in removed]
    if not kept:
        return {}
    own: Topic = {}
    run = kept[0]
    for previous, index in zip(kept, [*kept[1:], None], strict=True):
        if index is None or index != previous + 1:  # a stretch of kept words ends
            for key, weight in words.topic(words.starts[run], words.end_of(previous)).items():
                own[key] = max(own.get(key, 0.0), weight)
            run = index if index is not None else run
    if own and offers.get("action") and any(words.words[i] in _POINTERS for i in kept):
        return topic
    return own


#: Words that qualify a span of time without changing it: "ten working days"
#: repeats the customer's "ten days".
_SPAN_WORDS: Final = frozenset({"working", "business", "calendar"})


def _echoed(value: str, known: frozenset[str]) -> bool:
    """Whether every word of a piece of evidence is the customer's, leaving
    out the qualifiers of a span of time (``_SPAN_WORDS``)."""
    words = WORD.findall(value)
    if known.issuperset(words):
        return True
    return not _SPAN_WORDS.isdisjoint(words) and known.issuperset(
        w for w in words if w not in _SPAN_WORDS
    )


def _unknown_word(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is no stop word, day, month, concept of ours or word
    the stemmer cuts: at a sentence's opening, a name rather than "This",
    "Delivery", "Monday" or "Refurbishment"."""
    if word in STOP_WORDS or word in _CALENDAR:
        return False
    key = lexicon.stem_of(word)
    return key == word and lexicon.concept(word) == key and lexicon.weight(word) >= 1.0


def _picks_day(value: str) -> bool:
    """Whether a piece of time evidence names one weekday ("on Thursday"),
    not a range or a pair of them."""
    return len(WEEKDAYS.intersection(WORD.findall(value))) == 1


def discount_echoes(
    offers: dict[str, int], values: dict[str, tuple[str, ...]], known: frozenset[str]
) -> None:
    """Discount, in place, the evidence of a sentence that only repeats the
    customer's own words (``known``): "Your booking for Friday" does not say
    when, if the customer asked "Could you confirm my booking for Friday?",
    and "Fibre 500 is available" gives no price for "How much is fibre 500?";
    hard evidence drops to a cue. A person named only in the customer's words
    ("an account manager" for "Who is my account manager?") is no answer to
    "who" at all. Repeating the customer is restating, not answering; picking
    one of two or more weekdays they offered ("I'm in Thursday and Friday" <-
    "he'll come on Thursday") is not."""
    offered_days = len(WEEKDAYS & known) >= 2
    for kind, found in values.items():
        strength = offers.get(kind, 0)
        if strength < (1 if kind == "person" else 2):
            continue
        if kind == "time" and offered_days and any(_picks_day(value) for value in found):
            # "I'm in all day Thursday and Friday" <- "Darren will come back
            # on Thursday": one of the days the customer offered, picked,
            # is the answer to when, not their words said back
            continue
        if kind == "money" and STATED_FREE in found:
            # "The tasting is free": a price stated, even when the customer
            # wrote "free" too ("Can one tier be gluten free?"); "your free
            # trial" names their thing and stays an echo
            continue
        if all(_echoed(value, known) for value in found):
            if kind == "person":
                del offers[kind]
            else:
                offers[kind] = 1


#: Words after which a sentence states what can, will or must happen ("You
#: can switch", "Someone will need to be there", "It's fine to drive it").
MODAL_OPENERS: Final = frozenset(
    {
        *("can", "can't", "cannot", "could", "couldn't", "will", "won't", "would", "wouldn't"),
        *("may", "might", "must", "should", "shall", "need", "needs", "don't", "doesn't"),
        *("didn't", "isn't", "aren't", "wasn't", "able", "allowed", "free", "fine", "welcome"),
    }
)
_NEGATIVE: Final = frozenset(
    {
        *("no", "not", "can't", "cannot", "unable", "won't", "isn't", "aren't", "don't"),
        *("doesn't", "unfortunately", "afraid", "couldn't", "wouldn't", "impossible"),
    }
)


#: What may follow an agreement that says yes ("No problem.", "is no problem
#: at all, ..."), and the end of the text.
_CLAUSE_END: Final = frozenset({"", ",", ".", ";", ":", "!", ")", "\u2014", "\u2013"})


def _says_no(
    said: list[str], words: Words, first: int, inside: list[tuple[int, int, frozenset[str]]]
) -> bool:
    """Whether a sentence says no somewhere (``Statement.negative``): a
    negative word, but not the "no" of a hyphened compound ("no-reply@...",
    "your no-claims bonus", "a no-show fee"), which names a thing and refuses
    nothing, nor one inside an agreement (the ``agree`` evidence list: "A
    fourth frame is no problem at all", "not a problem"), which says yes."""
    if _NEGATIVE.isdisjoint(said):
        return False
    folded = words.folded
    # the agreement ends its clause: "no problem with the boiler" finds none
    agreed = [
        (a, b)
        for a, b, names in inside
        if "agree" in names and folded[words.end_of(b - 1) : words.end_of(b - 1) + 1] in _CLAUSE_END
    ]
    return any(
        word in _NEGATIVE
        and not (word == "no" and folded[words.end_of(at) : words.end_of(at) + 1] == "-")
        and not any(a <= at < b for a, b in agreed)
        for at, word in enumerate(said, first)
    )


#: A subject pronoun opens a window too, for the verb right after it ("Do you
#: ship to Ireland?" <- "We deliver to Ireland"; "Did I pay?" <- "what you paid";
#: "Can you fix it?" <- "update the app, which fixes the bug").
SUBJECT_OPENERS: Final = frozenset(
    {"we", "you", "i", "it", "they", "she", "he", "which", "that", "this"}
)
_MODAL_SKIP: Final = frozenset({"to", "not", "also", "still", "just", "always", "only", "easily"})
_WINDOW: Final = 4


#: The words that open a clause about a thing when a noun phrase comes
#: right before them: a relative word ("the card that came with the lock")
#: or a subject ("the one you bought from us", "the guard we discussed").
_CLAUSE_OPENERS: Final = frozenset({"that", "which", "who", "we", "you", "i", "they", "she", "he"})
_RELATIVES: Final = frozenset({"that", "which", "who"})
#: The words that open a noun phrase ("the", "your", "this").
_NOUN_OPENERS: Final = frozenset(
    {"the", "a", "an", "your", "our", "my", "his", "her", "their", "this", "these", "those"}
)
#: Words that, between a determiner and a clause's opener, make the clause
#: no description of the noun ("the day before we come", "the lock so that
#: it", "the part is what we ...").
_NOT_A_NOUN: Final = frozenset(
    {
        *("before", "after", "when", "once", "until", "since", "because", "as", "if"),
        *("so", "and", "but", "or", "then", "now", "is", "are", "was", "were", "be"),
        *("that", "which", "who", "what", "to", "for", "of", "in", "on", "at", "with"),
    }
)


def _describes_thing(text: Words, i: int, first: int) -> bool:
    """Whether the word at ``i`` opens a clause that describes the noun right
    before it ("we need the card | that came with the lock", "bring in the
    one | you bought"): a determiner and one or two other words before it,
    with no punctuation between. Such a clause says what the thing is, not
    an act on the customer's request ("will you need to come back?"); one
    after a comma ("update the app, which fixes the bug") is left open."""
    words = text.words
    folded = text.folded
    for j in range(i - 1, max(first, i - 3) - 1, -1):
        if folded[text.end_of(j) : text.starts[j + 1]].strip():
            return False  # a comma or a dash: another clause
        if words[j] in _NOUN_OPENERS:
            return j < i - 1
        if j == i - 1 and words[j] in _RELATIVES and words[i] not in _RELATIVES:
            return _describes_thing(text, j, first)  # "the receipt that | you got"
        if words[j] in _NOT_A_NOUN:
            return False
    return False


def _modal_windows(
    text: Words, first: int, last: int, removed: set[int], lexicon: Lexicon
) -> tuple[tuple[str, ...], ...]:
    """The concept keys after each modal word of the sentence (see
    ``Statement.modal_windows``); acknowledged words ("we'll look into") open
    none. A word in a concept phrase reads as the phrase ("we will stop it
    happening" prevents, it does not cancel), once, at its first word."""
    windows = []
    concept = lexicon.concept
    words = text.words
    phrased: dict[int, str] = {}
    for a, b, key in text.phrases:
        if a >= last:
            break
        if a >= first and b <= last:
            phrased.setdefault(a, key)
            for k in range(a + 1, b):
                phrased.setdefault(k, "")
    for i in range(first, last):
        word = words[i]
        if word in SUBJECT_OPENERS:
            size = 2  # the verb right after the subject, and what it takes ("fixes it")
        elif word == "to" and i == first:
            size = 1  # "To add someone, go to Settings": the goal the steps reach
        elif word in MODAL_OPENERS or ("'" in word and word.endswith("'ll")):
            size = _WINDOW
        else:
            continue
        if i in removed:
            continue
        if word in _CLAUSE_OPENERS and _describes_thing(text, i, first):
            continue  # "we need the card that came with the lock": no act of ours
        keys = [word]
        for j in range(i + 1, min(last, i + 1 + size + 2)):
            if words[j] in _MODAL_SKIP:
                continue
            if words[j] in _CLAUSE_OPENERS and _describes_thing(text, j, first):
                break  # "we need the card | that came with the lock"
            key = phrased.get(j)
            if key == "":
                continue  # inside a phrase already read
            keys.append(key if key is not None else concept(words[j]))
            if len(keys) > size:
                break
        if len(keys) > 1:
            windows.append(tuple(keys))
    return tuple(windows)


def _context(statements: list[Statement], topic: Topic, pointed: bool = False) -> Topic:
    """The topic together with the sentence before it; of a sentence that only
    restates or passes on the customer's question ("We have received your
    question about decision times", "I've asked the team about the fee"),
    only what it says beyond that, unless this one points back at it ("It ...")."""
    if not statements:
        return topic
    before = statements[-1]
    return {**(before.said if before.restates and not pointed else before.topic), **topic}


#: A bare answer given to every question at once ("Yes to both", "Yes, all
#: three", "No to all of them", "Both, yes", "Yes, both are fine", "Yes, all
#: confirmed"). "Both", "all" or "each" after a bare yes that opens a noun
#: phrase ("Yes, all our coaches have seatbelts", "Yes, all grass pitches have
#: hook-ups", "Yes, both lessons will be made up") is a yes about those
#: things, said to the ask that names them, not to every ask: after the yes
#: it must be said "to" or "for", stand alone, be "of them" or a bare number,
#: or be followed at once by a verb or a word of assent.
_TO_ALL: Final = regexcache.compile(
    r"(?:yes|no|yep|yeah|sure|absolutely|of course|certainly|definitely)[\s,!.]+"
    r"(?:(?:to|for)\s+(?:both|all|each)\b"
    r"|(?:both|all|each)(?:\s+(?:three|four|five|two))?"
    r"(?=\s*(?:[.,;:!)\-\u2013\u2014]|$)"
    r"|\s+(?:of\s+(?:them|those|these|you|it)|are|can|do|does|will|would|is|have|has"
    r"|work|fine|good|ok|okay|confirmed|sorted|booked|done|possible|correct|right|true"
    r"|available|included|covered|fixed|arranged)\b))"
    r"|(?:both|all\s+(?:three|four|of\s+them))\s*,?\s+(?:yes|are|can|do|will|is)\b"
)
#: The agent asked someone else about the customer's question ("I've asked
#: the trade-in team about your old handset", "we have asked the
#: manufacturer whether ..."): a deferral in the past tense. Asking someone
#: *to* do something ("I've asked the warehouse to send it") is an action.
_ASKED_ABOUT: Final = regexcache.compile(
    r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|just\s+)?asked\s+"
    r"(?:(?!to\b|for\b)[a-z0-9'\-]+\s+){0,5}(?:about|whether|if)\b"
)
#: The last word of an acknowledgement that goes on to restate the
#: customer's question ("your question about", "your request for").
_RESTATING: Final = frozenset({"about", "regarding", "for", "re"})
#: The last word of an acknowledgement that goes on to say what the customer
#: wants or asks ("I understand you'd", "I can see you're").
_YOU_FORMS: Final = frozenset({"you", "you'd", "you're", "you've"})
#: What such an acknowledgement goes on to restate: a wish ("like to know
#: when", "want", "hoping") or a question ("asking whether", "wondering if").
_WISH_RESTATED: Final = frozenset(
    {
        *("like", "want", "wanted", "wanting", "wish", "hoping", "hoped", "keen", "looking"),
        *("asking", "asked", "wondering", "wondered", "enquiring", "inquiring", "after"),
    }
)
_QUESTION_RESTATED: Final = frozenset(
    {"whether", "if", "when", "how", "what", "where", "why", "about"}
)


def _leaves_open(words: list[str], a: int, b: int, names: frozenset[str]) -> bool:
    """Whether a phrase hit leaves what follows it open up to the next
    clause break: a deferral ("I'll ask the vet whether ..."), or an
    acknowledgement that names the customer's question ("We'll note your
    question about gluten-free tiers"): what it names is their question
    restated, not an answer."""
    if "defer" in names:
        return True
    if "ack" not in names:
        return False
    if words[b - 1] in _RESTATING and "your" in words[a:b]:
        return True
    # "I understand you'd like to know when the sign will be ready", "I can
    # see you're asking whether the registers are open": the wish or the
    # question put back to the customer, as "your question about" puts it
    return (
        words[b - 1] in _YOU_FORMS
        and b < len(words)
        and (words[b] in _WISH_RESTATED or words[b] in _QUESTION_RESTATED)
    )


def _acknowledged(
    words: Words,
    base: int,
    piece: str,
    first: int,
    last: int,
    inside: list[tuple[int, int, frozenset[str]]],
    evidence: Sequence[tuple[int, str, int, str]] = (),
) -> set[int]:
    """The word indices of the sentence's acknowledgements; when the sentence
    opens with one, everything up to its first clause break after it, unless
    a bare yes or no comes first and hard evidence follows it ("Yes, we
    received your £340 on 20 September": the answer, given as a receipt). A
    deferral ("I'll ask the vet whether ...", "we're checking ...") takes
    everything from it to the next clause break wherever it stands: what it
    promises to find out is still open."""
    spans = [(a, b) for a, b, names in inside if "ack" in names or "defer" in names]
    asked = _ASKED_ABOUT.search(piece) if "asked" in piece else None
    if asked is not None:
        # "I've asked the trade-in team about your old handset": passed on,
        # still open (but "I've asked the warehouse to send a new one" acts)
        at = bisect_left(words.starts, base + asked.start())
        spans.append((at, bisect_left(words.starts, base + asked.end())))
    if not spans:
        return set()
    # "We'll note your question about gluten-free tiers": what an
    # acknowledgement names after "about", "regarding" or "for" is the
    # customer's question restated, open up to the next clause break as a
    # deferral's is
    defers = [(a, b) for a, b, names in inside if _leaves_open(words.words, a, b, names)]
    # "Thank you for telling us, and I'm sorry your dad has been kept
    # waiting": an apology inside the sentence, its object the customer's
    # problem restated, is open up to the next clause break too (not "I'm
    # sorry, but ...": there the apology ends at its own comma)
    defers.extend(
        (a, b)
        for a, b, names in inside
        if "ack" in names
        and a - first > 2
        and words.words[b - 1] in _APOLOGIES
        and _APOLOGY_OBJECT.match(piece, words.end_of(b - 1) - base)
    )
    if asked is not None:
        defers.append(spans[-1])
    spans.sort()
    removed = {i for a, b in spans for i in range(a, b)}
    for a, b in defers:
        cut = _BREAK.search(piece, words.end_of(b - 1) - base)
        upto = base + (cut.start() if cut else len(piece))
        removed.update(i for i in range(a, last) if words.starts[i] < upto)
    a, b = spans[0]
    if (
        first < a <= first + 2
        and words.words[first] in BARE_OPENERS
        and any(index >= b and strength == 2 for index, _, strength, _ in evidence)
    ):
        return removed  # only the acknowledgement's own words go
    # "For the export, I've raised this with our product team": a lead-in
    # naming the topic, then the acknowledgement opens the main clause
    lead = _LEAD_IN.match(piece, words.starts[first] - base) if a - first > 2 else None
    if a - first <= 2 or (
        lead is not None and a - bisect_left(words.starts, base + lead.end()) in (0, 1, 2)
    ):
        # opens with an acknowledgement
        chars = list(piece)
        for lo, hi in spans:
            x, y = words.starts[lo] - base, words.end_of(hi - 1) - base
            chars[x:y] = " " * (y - x)
        masked = "".join(chars)
        at = b
        if words.words[b - 1] in _APOLOGIES:
            own = _APOLOGY_END.match(masked, words.end_of(b - 1) - base)
            if own is not None:
                # "I'm sorry, season tickets can't be passed on": the apology
                # ends at its own comma or "but"; what follows is the answer
                upto = base + own.end()
                removed.update(i for i in range(first, last) if words.starts[i] < upto)
                return removed
        while True:
            cut = _BREAK.search(masked, words.end_of(at - 1) - base)
            upto = base + (cut.end() if cut else len(piece))
            # "We've received your photos and your question about the claim,
            # and ...": a second acknowledgement right after the cut goes too
            if cut is None:
                break
            lo = base + cut.start()
            following = next((span for span in spans if words.starts[span[0]] >= lo), None)
            if following is None:
                break
            if following[0] > bisect_left(words.starts, upto) + 1:
                break
            at = following[1]
        removed.update(i for i in range(first, last) if words.starts[i] < upto)
        if spans[-1][1] >= last and _noted_throughout(words, base, masked, upto, spans[-1][0]):
            # "We've noted your concerns about the hotel and the vouchers, and
            # we'll take them into account.": opened and closed by noting a
            # point for later, the sentence answers nothing in between
            removed.update(range(first, last))
    return removed


#: A word that joins an answer on to the one before ("And yes, you can
#: bring him", "So no, there's no fee"): what opens the sentence after it
#: opens the answer.
_CONNECTIVE_LEADS: Final = frozenset({"and", "so", "also", "oh"})
#: A bare answer that may come before an acknowledgement ("Yes, we received
#: your £340 on 20 September").
BARE_OPENERS: Final = frozenset({"yes", "yep", "yeah", "no"})
#: A lead-in naming what the rest of the sentence is about ("For the
#: export, ...", "Regarding your deposit, ...", "As for the parking, ..."):
#: an acknowledgement right after it still opens the sentence.
_LEAD_IN: Final = regexcache.compile(
    r"(?:as\s+for|as\s+to|for|regarding|re|about|with\s+regard\s+to|in\s+terms\s+of)"
    r"\s[^,.;:!?\n]{1,40},\s*",
    re.IGNORECASE,
)


#: The last word of an apology that may open an answer ("I'm sorry, ...",
#: "Sorry, but ...", "My apologies, ..."), and what ends it there.
_APOLOGIES: Final = frozenset({"sorry", "apologies"})
_APOLOGY_END: Final = regexcache.compile(r"\s*(?:,\s*(?:but\s+)?|\s+but\s+)(?=\S)")
#: What an apology inside a sentence is about when a clause follows it with
#: no comma ("sorry your dad has been kept waiting", "sorry that it broke").
_APOLOGY_OBJECT: Final = regexcache.compile(
    r"[ \t]+(?:that[ \t]+|about[ \t]+|for[ \t]+)?(?:your|the|it|he|she|they|this|you)\b"
)


#: Who acts in a clause between an opening and a closing acknowledgement
#: ("..., so I've sent the vouchers today, and I'll keep you posted").
_ACTORS: Final = frozenset(
    {"i", "we", "i've", "we've", "i'm", "we're", "i'll", "we'll", "i'd", "we'd"}
)
#: The closing clause says no more than this before its acknowledgement
#: ("and we'll take them | into account").
_CLOSING_WORDS: Final = 3


def _noted_throughout(words: Words, base: int, masked: str, upto: int, closing: int) -> bool:
    """Whether nothing is done between an opening acknowledgement (cut at
    ``upto``) and the closing one at word ``closing``: the words between
    name no one acting, and the closing clause is only "we'll take them"
    before its acknowledgement."""
    at = closing_start = bisect_left(words.starts, upto)
    for cut in _BREAK.finditer(masked, upto - base):
        if base + cut.end() > words.starts[closing]:
            break
        closing_start = bisect_left(words.starts, base + cut.end())
    if any(words.words[i] in _ACTORS for i in range(at, closing_start)):
        return False
    return closing - closing_start <= _CLOSING_WORDS


def _open_free(words: Words) -> frozenset[int]:
    """The indices of the words "free" said of a slot or of one of us being
    open (``_OPEN_BEFORE_FREE``): no price, hard or by phrase."""
    if "free" not in words.folded:
        return frozenset()
    return frozenset(
        i
        for i, word in enumerate(words.words)
        if word == "free"
        and _OPEN_BEFORE_FREE.search(words.folded, max(0, words.starts[i] - 30), words.starts[i])
        is not None
    )


def _strong_hits(
    words: Words, lexicon: Lexicon, opened: frozenset[int] = frozenset()
) -> list[tuple[int, str, int, str]]:
    """Hard evidence in the text as (word index, answer type, strength 2), and
    the list phrases that need matching on characters ("% off") at strength 1.

    Every pattern starts at a word, so it is tried only at the words that can
    open one (a digit, a weekday, "free", "www", a word before ".com"):
    scanning every character with these patterns was most of the check's time.
    """
    folded = words.folded
    found: list[tuple[int, str, int, str]] = []
    starts = words.starts
    signs = "$\u20ac\u00a3\u00a5\u20b9"
    # most drafts hold no currency sign: then no candidate has one before it
    signed = any(c in folded for c in signs)
    for candidate in _openings(folded):
        pos = candidate.start()
        index = bisect_left(starts, pos)
        sign = signed and any(c in signs for c in folded[max(0, pos - 2) : pos])
        head = folded[pos]
        for answer_type, pattern in _ALL_TYPES if head.isdecimal() else _routes(head):
            match = pattern.match(folded, pos) if pattern is not None else None
            if match is not None:
                value = match.group()
                if value == "free" and index in opened:
                    continue  # "two slots free", "we're free on the 12th": open, no price
                if value == "free" and _PRICE_AFTER_FREE.match(folded, match.end()):
                    value = STATED_FREE
                found.append((index, answer_type, 2, value))
            elif answer_type == "money" and (
                (sign and _CURRENCY.search(folded, max(0, pos - 2), pos))
                or (head.isdecimal() and _CODE_BEFORE.search(folded, max(0, pos - 5), pos))
            ):
                found.append((index, answer_type, 2, words.words[index]))
    if ">" in folded:
        # "under Admin > General > Timezone": a menu path is where a setting is
        for match in _MENU_PATH.finditer(folded):
            found.append((bisect_left(starts, match.start()), "place", 2, match.group()))
    for answer_type, phrases in lexicon.evidence_fallbacks:
        for pos in phrases.fallback_hits(folded):
            found.append((bisect_left(starts, pos), answer_type, 1, ""))
    found.sort()
    return found


def _openings(folded: str) -> Iterator[re.Match[str]]:
    """``_OPENING``'s matches in ``folded``, or (most texts) matches that
    start where they do (``_opening_by_head``, searched behind a space)."""
    ascii = folded.isascii()
    if not any(end in folded for end in _DOMAIN_HINTS):
        heads = _OPENING_WORD_HEADS_ASCII if ascii else _OPENING_WORD_HEADS
        return heads.finditer(" " + folded)
    if "-" not in folded:
        return (_OPENING_HEADS_ASCII if ascii else _OPENING_HEADS).finditer(" " + folded)
    return (_OPENING_ASCII if ascii else _OPENING).finditer(folded)


#: Every ``STRONG`` pattern, tried where a word opens with a digit.
_ALL_TYPES: Final[tuple[tuple[str, re.Pattern[str] | None], ...]] = tuple(STRONG.items())
#: The letters a ``STRONG`` match can open with when it opens with no digit
#: (weekdays, months, "today", "next week", "free", "no charge", "full
#: refund"); "place" opens with any ("example.com"), "number" only with a
#: digit. Keep in step with ``STRONG``.
_LETTER_HEADS: Final[dict[str, frozenset[str] | None]] = {
    "time": frozenset("mtwfsnlbjaodehq"),
    "money": frozenset("fn"),
    "place": None,
    "number": frozenset(),
    "measure": frozenset("otfsen"),
}


def _routes(head: str) -> tuple[tuple[str, re.Pattern[str] | None], ...]:
    """The ``STRONG`` types to try where a candidate opens with the non-digit
    ``head``, in ``STRONG`` order; a type that cannot open with it comes with
    no pattern (a currency sign before it may still make it "money"), and
    "number" is left out, as before."""
    route = _ROUTES.get(head)
    if route is None:
        route = tuple(
            (t, pattern if heads is None or head in heads else None)
            for t, pattern in STRONG.items()
            if t != "number"
            for heads in (_LETTER_HEADS[t],)
        )
        if len(_ROUTES) < 256:
            _ROUTES[head] = route
    return route


_ROUTES: Final[dict[str, tuple[tuple[str, re.Pattern[str] | None], ...]]] = {}


def _offers(
    first: int,
    last: int,
    inside: list[tuple[int, int, frozenset[str]]],
    removed: set[int],
    evidence: list[tuple[int, str, int, str]],
    values: dict[str, tuple[str, ...]],
    words: list[str],
    tensed: set[str],
) -> dict[str, int]:
    """The answer types the sentence offers once ``removed`` words are cut out
    (and, into ``values``, the text of its hard evidence by type; into
    ``tensed``, the types offered on a bare tense cue alone)."""
    offers: dict[str, int] = {}
    past = [(a, b) for a, b, names in inside if "past" in names and _clear(a, b, removed)]
    if past:
        offers["past"] = 1
        removed = removed.union(i for a, b in past for i in range(a, b))
    cut = len(removed.intersection(range(first, last))) if removed else 0
    if last - first - cut >= _STATEMENT_WORDS:
        offers["statement"] = 1
    real: set[str] = set()
    for a, b, names in inside:
        if _clear(a, b, removed):
            tense = "tense" in names
            for name in names:
                if name in _TYPE_SET:
                    offers[name] = 1
                    if name in _TENSED:
                        (tensed if tense else real).add(name)
            if "person" in names:  # "our billing team": who, in words the customer may have used
                values["person"] = (*values.get("person", ()), " ".join(words[a:b]))
    for index, answer_type, strength, value in evidence:
        if index not in removed:
            if answer_type in _TENSED:
                real.add(answer_type)
            if offers.get(answer_type, 0) < strength:
                offers[answer_type] = strength
            if strength == 2:
                values[answer_type] = (*values.get(answer_type, ()), value)
    if tensed:
        # a real cue of the type besides, or hard evidence of it
        tensed.difference_update(real)
    return offers


def _clear(a: int, b: int, removed: set[int]) -> bool:
    return not removed or not any(i in removed for i in range(a, b))


#: "We do.", "It is.", "You can't.": a short sentence that echoes the
#: question's auxiliary is a bare yes or no.
_ECHO_SUBJECTS: Final = frozenset({"we", "i", "you", "it", "they", "there", "that", "he", "she"})
_ECHO_VERBS: Final = frozenset(
    {
        *("do", "does", "did", "can", "can't", "cannot", "will", "won't", "is", "isn't"),
        *("are", "aren't", "was", "wasn't", "have", "has", "haven't", "hasn't", "don't"),
        *("doesn't", "didn't", "would", "wouldn't", "could", "couldn't", "should"),
    }
)


#: What may end an echo answer that opens a sentence ("It did: it was approved").
_ECHO_BREAK: Final = frozenset(":;,-\u2013\u2014")


def _echo_opening(words: Words, first: int, last: int, removed: set[int]) -> bool:
    """Whether a sentence opens with an echo answer cut off by a colon, a
    semicolon, a comma or a dash ("It did: it was approved on Monday", "We
    do, from 7 am"), outside any acknowledgement."""
    for size in (2, 3):
        end = first + size
        if end >= last or first in removed:
            return False
        said = words.words[first:end]
        after = words.folded[words.end_of(end - 1) : words.starts[end]].strip()
        if after[:1] in _ECHO_BREAK and _echoes(said):
            return True
    return False


def _echoes(words: list[str]) -> bool:
    """Whether a sentence is only an echo answer ("We do.", "It isn't", "You can, yes")."""
    return (
        2 <= len(words) <= 4
        and words[0] in _ECHO_SUBJECTS
        and words[1] in _ECHO_VERBS
        and all(w in ("not", "yes", "no", "indeed", "too", "both") for w in words[2:])
    )


_PERSONAL: Final = frozenset(
    {
        *("i", "we", "you", "your", "yours", "us", "i've", "we've", "i'll", "we'll"),
        *("you'll", "you're", "we're", "i'm", "you've", "i'd", "we'd", "i've"),
    }
)


#: Words that speak to this customer or commit the agent (``Statement.addressed``).
_ADDRESSED: Final = frozenset(
    {
        *("you", "your", "yours", "you're", "you'll", "you've", "you'd", "yourself"),
        *("i've", "we've", "i'll", "we'll", "i'd", "we'd"),
    }
)


#: Days said from now: a sentence dated by them is news of this event, not a
#: policy said of everyone ("Our engineers are on site and expect to have
#: everyone reconnected by 3pm today" answers "When will my power be back?";
#: "Our engineers work between 8am and 6pm" is still a policy).
_THIS_EVENT: Final = frozenset({"today", "tonight", "tomorrow", "yesterday"})
#: Units a number before makes a length of time ("14 days", "3 working days"
#: is read at "working").
_LENGTH_UNITS: Final = frozenset(
    {
        *("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks"),
        *("month", "months", "year", "years", "working", "business"),
    }
)
_QUANTIFIERS: Final = frozenset({"all", "any", "every", "each", "most", "many"})
#: Adverbs of frequency a policy may open with ("Sometimes parcels are ...").
_HOW_OFTEN: Final = frozenset(
    {"sometimes", "usually", "generally", "normally", "typically", "often"}
)
#: Verbs a policy's subject is followed by ("Refunds are", "Strikes can").
_POLICY_VERBS: Final = frozenset(
    {
        *("are", "can", "cannot", "can't", "must", "may", "might", "will", "should"),
        *("need", "have", "take", "get", "aren't", "don't", "do", "usually", "normally"),
    }
)


#: What may follow a hurried report of an act done ("chips refunded now").
_REPORT_TAIL: Final = frozenset(
    {"now", "already", "today", "just", "for", "you", "in", "full", "back"}
)


def _reported_done(words: list[str], known: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether a short sentence reports an act done to the customer's own
    things without its auxiliary ("chips refunded.", "tickets sent for you"):
    a plural the customer wrote, then a past participle, then nothing but
    ``_REPORT_TAIL``. A policy says more of its class ("Refunds processed
    within 5 days") or names a plural the customer never wrote."""
    if not 2 <= len(words) <= 4 or words[0] not in known or not _plural(words[0]):
        return False
    verb = words[1]
    if not (verb.endswith("ed") or verb in _PAST or verb in lexicon.irregular):
        return False
    return all(word in _REPORT_TAIL for word in words[2:])


def _generic_opening(words: list[str]) -> bool:
    """Whether a sentence's words open with a policy's subject: a quantifier
    ("All parcels ...") or a bare plural noun, with two modifiers at most,
    followed by a verb ("Refunds are", "Late fees are charged", "Faulty
    items can", "Bulky waste collections are carried out"), maybe after an
    adverb of frequency ("Sometimes parcels are marked as delivered")."""
    if not words:
        return False
    if words[0] in _QUANTIFIERS:
        return True
    if words[0] in _HOW_OFTEN:  # "Sometimes parcels are marked as delivered early"
        words = words[1:]
    if words and words[0] == "our":  # "Our engineers work between 8am and 6pm"
        words = words[1:]
    for at in (0, 1, 2):
        if at + 1 >= len(words):
            break
        if at and (
            words[at - 1] in STOP_WORDS or words[at - 1] in _ADDRESSED or _plural(words[at - 1])
        ):
            return False
        if _plural(words[at]) and (at or words[1] in _POLICY_VERBS or not _plural(words[1])):
            if words[at + 1] in _POST_MODIFIERS:
                # "Refunds for missing items are usually paid back", "Credit
                # balances on closed accounts are reviewed", "Changes to a
                # return flight can be made": a plural subject with a
                # phrase after it is still a class of things, not this case
                return _modified_policy(words, at + 2)
            return words[at + 1] not in STOP_WORDS or words[at + 1] in _POLICY_VERBS
    return False


def generic_opening(words: list[str]) -> bool:
    """Whether folded ``words`` open as a policy said of everyone ("Lab
    results usually take ...", "Fitting fees are ..."), whatever the rest of
    the sentence names (``Statement.generic`` also wants no "you" nor the
    customer's own figures in it)."""
    return _generic_opening(words)


#: Prepositions that open a phrase after a policy's plural subject
#: ("Refunds *for* missing items", "Changes *to* a booking").
_POST_MODIFIERS: Final = frozenset({"for", "to", "on", "of", "in", "from", "with", "at", "under"})
#: At most this many words in that phrase before the verb.
_POST_MODIFIER_WORDS: Final = 4
#: Verbs a post-modified policy subject is followed by: ``_POLICY_VERBS``
#: and "depend" ("Exchanges for a different size depend on the stock").
_MODIFIED_POLICY_VERBS: Final = _POLICY_VERBS | {"depend"}


def _modified_policy(words: list[str], at: int) -> bool:
    """Whether a policy verb follows within ``_POST_MODIFIER_WORDS`` words of
    ``at`` (the phrase after a plural subject's preposition), the phrase
    naming neither the customer nor us ("Refunds for your order are ..."
    speaks of their case)."""
    for word in words[at : at + _POST_MODIFIER_WORDS + 1]:
        if word in _MODIFIED_POLICY_VERBS:
            return word != words[at]
        if word in _PERSONAL or word in _ADDRESSED:
            return False
    return False


_NOT_PLURAL: Final = frozenset(
    {"thanks", "news", "means", "series", "always", "perhaps", "sometimes"}
)


def _plural(word: str) -> bool:
    """A plural noun, by its look ("refunds", "pension transfers")."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s"))
        and word not in STOP_WORDS
        and word not in _NOT_PLURAL
    )


def _personal(said: list[str], first: int, removed: set[int]) -> bool:
    """Whether the sentence's words (``said``, from word ``first``) name the
    customer or the agent outside acknowledgements (``Statement.personal``)."""
    if _PERSONAL.isdisjoint(said):
        return False
    return not removed or any(
        word in _PERSONAL for i, word in enumerate(said, first) if i not in removed
    )


def _opening(
    first: int, last: int, inside: list[tuple[int, int, frozenset[str]]], removed: set[int]
) -> frozenset[str]:
    """The lists holding a phrase that opens what the sentence says once
    acknowledgements are cut: "bare" for "Yes,", "method" for "Go to ..."."""
    if not removed:  # most sentences acknowledge nothing
        index = first if first < last else None
    else:
        index = next((i for i in range(first, last) if i not in removed), None)
    if index is None:
        return frozenset()
    found: set[str] = set()
    for a, b, names in inside:
        if a == index and _clear(a, b, removed):
            found.update(names)
    return frozenset(found)


#: Words that end the noun phrase an act takes ("refunded the Coke | to your
#: card", "includes ATOL protection | so ...").
_OBJECT_ENDS: Final = frozenset(
    {
        "to", "for", "of", "from", "on", "in", "at", "by", "with", "into", "onto", "within",
        "or", "but", "so", "whether", "how", "what", "why", "where", "because", "as",
        "which", "that", "who", "while", "if", "when", "until", "after", "before",
        "today", "now", "out", "off", "up",
        "over", "through", "per", "is", "are", "was", "were", "will", "has", "have",
        "should", "would", "can", "could", "won't", "can't",
    }
)  # fmt: skip
#: Words an act's object may open with that point at the thing in hand ("we've
#: refunded it", "I'll send them today"): the asked thing, referred to.
_OBJECT_POINTERS: Final = frozenset(
    {"it", "them", "this", "that", "these", "those", "one", "both", "all"}
)
#: Object pronouns: never a determiner ("send them back").
_PRONOUNS: Final = frozenset({"it", "them"})
#: Words that end an object pointing back ("the second one", "the blue ones").
_ONES: Final = frozenset({"one", "ones"})
#: Words before an act that make it a noun or a modifier ("the delivery
#: address", "a breakdown"): no act done in the sentence.
DETERMINERS: Final = frozenset(
    {"a", "an", "the", "your", "our", "my", "his", "her", "their", "its", "this", "that", "any"}
    | {"no"}
)
#: Words between a passive act and its subject ("ATOL protection is included",
#: "The Coke has been refunded").
_PASSIVE_AUX: Final = frozenset(
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
        "would", "already", "now", "also", "just", "not", "fully", "won't", "can",
    }
)  # fmt: skip
BE_FORMS: Final = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: The ending of a verb form: "includes", "refunded", "replacing".
_VERB_FORM: Final = regexcache.compile(r"(?:[^s]s|ed|ing)$")
#: Separators between words that end a phrase.
_PHRASE_BREAK: Final = regexcache.compile(r"[,;:.!?()\[\]\u2013\u2014/]|\s-\s")
#: At most this many words are read for an act's object.
_OBJECT_WORDS: Final = 5


def acted_on(statement: Statement, act: str) -> frozenset[str] | None:
    """The concepts of what ``statement`` does ``act`` to
    (``object_of``); None when the sentence does not name the act. Read only
    for the rare sentence a guard asks about, from the draft's words kept on
    the statement."""
    words = statement.words
    if words is None or words.keyed is None:
        return None
    return object_of(words, *statement.span, act)


def object_of(
    words: Words, first: int, last: int, act: str, *, asked: bool = False
) -> frozenset[str] | None:
    """The concepts of what words ``[first, last)`` do ``act`` to:
    the words after the act (past a "for" or "of": "a refund for the delivery
    fee") up to a preposition or a break ("I've refunded the Coke (£2.10)":
    cok), or for a passive act the words before it ("ATOL protection is
    included": atol, protect; in a ``question`` "Is travel insurance
    included?" too: read with ``asked``, as the customer's ask, where an act
    named as a noun takes its object after "for" or "of"; in a draft sentence
    an act after a determiner is a noun or a modifier, "the delivery
    address", and does nothing). None when the words do not name the act; empty when its
    object is a pronoun ("refunded it", "send them") or names nothing
    (amounts, filler)."""
    keyed = words.key_table()
    # the word indices where the act ends, and each word's key
    keys: dict[int, str] = {}
    light: set[str] = set()  # keys of background words ("order", "card")
    taken: set[int] = set()
    ends: list[int] = []
    at = bisect_left(words.phrase_starts, first)
    for a, b, concept in words.phrases[at:]:
        if a >= last:
            break
        if b <= last:
            keys[a] = concept
            taken.update(range(a, b))
            if concept == act:
                ends.append(b - 1)
    for i in range(first, last):
        if i in taken:
            continue
        entry = keyed[i]
        if entry is not None:
            keys[i] = entry[0]
            if entry[1] < 1.0:
                light.add(entry[0])
            if entry[0] == act:
                ends.append(i)
    if not ends:
        return None
    text, starts, said = words.folded, words.starts, words.words
    found: set[str] = set()
    for i in ends:
        begin = i + 1
        if asked:
            if begin < last and said[begin] in _OBJECT_LINKS:
                begin += 1  # "a refund for the delivery fee"
            elif i > first and said[i - 1] in DETERMINERS:
                continue  # "the postage to send them": a noun, its act elsewhere
        elif i > first and (
            said[i - 1] in DETERMINERS
            or (said[i].endswith("ing") and any(c.isdigit() for c in said[i - 1]))
        ):
            continue  # "the delivery address", "£1,240 including VAT": no act
        elif not (_VERB_FORM.search(said[i]) or (begin < last and said[begin] in DETERMINERS)):
            # "the 10-day return window": a bare word before a bare noun is
            # a modifier; a verb shows by its ending or a determiner after it
            # ("includes ATOL protection", "send the new pair")
            continue
        reach = range(begin, min(last, begin + _OBJECT_WORDS))
        after = _object_keys(reach, i, keys, said, text, starts)
        if after is None:
            return frozenset()  # "refunded it": the thing in hand
        if not after:
            j = i - 1
            be = asked
            while j >= first and said[j] in _PASSIVE_AUX:
                be = be or said[j] in BE_FORMS
                j -= 1
            if be and j >= first:
                before = _object_keys(
                    range(j, max(first, j - _OBJECT_WORDS) - 1, -1), j + 1, keys, said, text, starts
                )
                if before is None:
                    return frozenset()
                after = before
        found.update(after)
    if found and found <= light:
        return frozenset()  # "your card": background words only
    return frozenset(found)


def _object_keys(
    order: range, origin: int, keys: dict[int, str], said: list[str], text: str, starts: list[int]
) -> set[str] | None:
    """The keys of the words in ``order`` (walking away from the act at
    ``origin``) up to a phrase end; None when the first of them points back."""
    found: set[str] = set()
    previous = origin
    for j in order:
        lo, hi = (previous, j) if j > previous else (j, previous)
        if _PHRASE_BREAK.search(text, starts[lo] + len(said[lo]), starts[hi]) is not None:
            break
        word = said[j]
        if word in _OBJECT_ENDS and not (j == order.start and word in _POINTER_EXCEPT):
            break
        if j == order.start and word.endswith("ing") and len(word) > 5:
            break  # "a closure letter confirming ...": a clause of its own
        if word in _ONES or any(c.isdigit() for c in word):
            return None  # "your card ending 4471", "the £4.99": the thing by its number
        if (
            not found
            and word in _OBJECT_POINTERS
            and j == order.start
            and (word in _PRONOUNS or j + 1 not in keys)
        ):
            return None
        key = keys.get(j)
        if key is not None and not key.startswith("#"):
            found.add(key)
        previous = j
    return found


#: The pairs that name what a sentence does not do ("instead of cancelling",
#: "rather than stop"): what follows them is the alternative set aside.
_INSTEAD: Final = {"instead": "of", "rather": "than"}
#: ``_INSTEAD``'s first words, for one set test per sentence (in C, where a
#: generator over the sentence's words took a frame step per word, and
#: ``named_instead`` is asked of every sentence for every ask)
_INSTEAD_WORDS: Final = frozenset(_INSTEAD)


def named_instead(statement: Statement) -> frozenset[str]:
    """The concepts a draft sentence names only as what it does not do: the
    words after "instead of" or "rather than" up to the end of the phrase
    ("you could just switch your home club instead of cancelling": cancel;
    "many donors lower their gift rather than stop": cancel), less any it
    also names elsewhere. Read on demand, only for a sentence that names
    something of the ask (most sentences hold neither pair and return at once)."""
    words = statement.words
    first, last = statement.span
    if words is None or _INSTEAD_WORDS.isdisjoint(words.words[first:last]):
        return frozenset()
    said, text, starts = words.words, words.folded, words.starts
    keys = words.word_keys(first, last, spread=True)
    aside: set[int] = set()
    for i in range(first, last - 1):
        if _INSTEAD.get(said[i]) != said[i + 1]:
            continue
        j = i + 2
        while j < last and (
            j == i + 2
            or _PHRASE_BREAK.search(text, starts[j - 1] + len(said[j - 1]), starts[j]) is None
        ):
            if said[j] in _CLAUSE_WORDS:
                break
            aside.add(j)
            j += 1
    inside = {keys[i] for i in aside if i in keys}
    outside = {k for i, k in keys.items() if i not in aside}
    return frozenset(inside - outside)


#: Words between an act and its object ("a refund for the fee", "a copy of the letter").
_OBJECT_LINKS: Final = frozenset({"for", "of"})
#: Words that end a phrase elsewhere but may open an object ("refund that").
_POINTER_EXCEPT: Final = frozenset({"that"})
