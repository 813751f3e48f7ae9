"""Hurried typing read as its tidy spelling, with moves back to the typed text.

Agents on a busy day type "dont", "thats not our fault", "u need to", "ur
order", "pls", "should of", "tmrw". Every rule is written (and every phrase
list kept) in the tidy spelling, so a missing apostrophe or a text-speak word
hid a phrase the tidy spelling matches ("isnt our fault", "thats on u", "u
should of checked"). ``tidy_moves`` gives the text with those spellings made
tidy, and the stretches it moved (as ``reading.html_layout_moves`` gives
them), so ``reading.html_offset`` maps every span back onto what was typed.

Only spellings with one reading are changed: an apostrophe put back where the
word has no other sense ("dont", "isnt", "thats", "youll", "ive"), "u", "ur"
(as "you're" before a verb in -ing or a word that follows "you're", else
"your"), "tmrw", "coz", "should of" (not "could of course"), and
"its" and "ill" only where the word after them rules out the possessive and
the adjective ("its ready", "ill send"). "well", "were", "wed", "id", "hell",
"shell" and "lets" stay as typed: each is a word of its own. "pls" and "thx"
stay too: the rules read them as they read "please" and "thanks" already, and
the shorthand check (RC505) is there to see them as typed.

Two commas a hurried line leaves out are put back, where the tidy line
always has one: before a contrast that disowns ("the treasurer handles
tickets not us" -> "tickets, not us"; not after a verb, "that is not us") and
inside a "no X, no Y" condition ("no receipt no refund").
"""

from __future__ import annotations

import re

from replycheck import regexcache
from replycheck.message.reading import Move

#: Contractions typed without their apostrophe, as (the words before it, what
#: follows it): "dont" -> "don't", "thats" -> "that's", "youll" -> "you'll".
_CONTRACTIONS: tuple[tuple[str, str], ...] = (
    ("do does did is are was were wo ca could should would have has had must need ai", "nt"),
    ("that what there here he she who where how", "s"),
    ("you they it that there what who", "ll"),
    ("you they", "re"),
    ("i you we they could should would must might", "ve"),
    ("you they", "d"),
    ("i", "m"),
)
_APOSTROPHE = regexcache.compile(
    r"\b(?:"
    + "|".join(f"({'|'.join(heads.split())})({tail})" for heads, tail in _CONTRACTIONS)
    + r")\b",
    re.IGNORECASE,
)

#: Words that follow "you're" and not "your": "ur welcome", "ur not".
_AFTER_YOURE = frozenset(
    {"a", "an", "the", "not", "welcome", "right", "wrong", "going", "so", "too", "very",
     "always", "still", "just", "all", "being", "getting", "trying", "asking", "more", "less",
     "meant", "supposed", "able", "due", "covered", "booked", "sorted", "on", "in", "at", "out",
     "off", "up"}
)  # fmt: skip

#: Words after "its" that rule out the possessive: "its ready", "its on the menu".
_AFTER_ITS = frozenset(
    {"a", "an", "the", "not", "been", "on", "in", "at", "ready", "fine", "done", "all", "just",
     "only", "because", "what", "still", "already", "now", "too", "so", "very", "up", "out",
     "there", "here", "never", "always", "ur", "your", "my", "our", "nothing", "something",
     "tough", "gonna", "going", "being", "literally", "honestly", "really", "probably",
     "definitely", "def"}
)  # fmt: skip

#: Verbs after "ill" that rule out the adjective: "ill send it", "ill get it booked".
_AFTER_ILL = frozenset(
    {"get", "send", "text", "set", "check", "sort", "call", "ring", "be", "have", "do", "let",
     "pop", "put", "book", "look", "make", "email", "message", "update", "try", "add", "refund",
     "ask", "see", "need", "keep", "take", "chase", "arrange", "pass", "give", "fix", "swap",
     "change", "move", "cancel", "drop", "pick", "find", "reply", "post", "order",
     "resend"}
)  # fmt: skip

_WORD = regexcache.compile(
    r"(?<![\w'\u2019.\-/&@])(u|U|ur|tmrw|tmw|tmr|2moro|tomoz"
    r"|coz|cuz|bcoz|bcos|its|ill|Ill|Its|Ur)(?![\w\-/&@]|\.\w|['\u2019](?!(?:d|ll|re|ve)\b))"
    r"(?=(?:[ \t]+([A-Za-z]+))?)"
)

#: A determiner just before "cant" or "wont" makes it the noun.
_NOUN_BEFORE = regexcache.compile(r"\b(?:the|a|his|her|their|its|my|our)\s+$", re.IGNORECASE)

#: The comma a hurried line leaves out of a contrast that disowns ("the treasurer
#: handles tickets not us") and of a "no X, no Y" condition ("no receipt no
#: refund"), put back after the word before it. A word after an apostrophe is
#: a contraction's verb ("That's not us being awkward", "we're not"), the
#: verb's own negation as "that is not us" is, so it gets no comma.
_CONTRAST = regexcache.compile(
    r"(?<!['\u2019])\b([a-z]+)(?= not (?:us|ours|me|mine)\b)", re.IGNORECASE
)
_NO_X_NO_Y = regexcache.compile(r"\bno ([a-z]+)(?= no [a-z]+\b)", re.IGNORECASE)
#: Words after which "not us" is the verb's own negation or a question's, not a contrast.
_NOT_CONTRAST = frozenset(
    {"is", "are", "was", "were", "am", "be", "been", "being", "do", "does", "did", "have",
     "has", "had", "can", "could", "will", "would", "should", "shall", "may", "might", "must",
     "or", "and", "but", "if", "why", "whether", "i", "we", "you", "they", "he", "she", "it",
     "that", "this", "who", "which", "so", "as", "to", "of", "for", "with", "by", "at", "in",
     "on", "from", "just", "really", "still", "also", "definitely", "certainly", "please",
     "need", "needs", "want", "wants", "let", "tell", "told", "ask", "asked", "nt",
     # the same contractions typed without their apostrophe: "thats not us being awkward"
     "thats", "its", "whats", "theyre", "youre", "hes", "shes", "im"}
)  # fmt: skip

_SHOULD_OF = regexcache.compile(
    r"\b(?:should|could|would|must|might)\s+(of)\b(?!\s+course)", re.IGNORECASE
)

_PLAIN = {
    "tmrw": "tomorrow",
    "tmw": "tomorrow",
    "tmr": "tomorrow",
    "2moro": "tomorrow",
    "tomoz": "tomorrow",
    "coz": "because",
    "cuz": "because",
    "bcoz": "because",
    "bcos": "because",
}

#: The words of a text, lower case, to test which searches can find anything:
#: most drafts hold no hurried spelling, and each search costs a pass.
#: (``_GATE_WORD`` finds the ones the gates read.)
_TOKEN = regexcache.compile(r"[a-z0-9]+")
#: Every word ``_APOSTROPHE`` finds, and every word ``_WORD`` looks at.
_APOSTROPHE_WORDS = frozenset(
    head + tail for heads, tail in _CONTRACTIONS for head in heads.split()
)
_WORD_FORMS = frozenset({"u", "ur", "its", "ill", *_PLAIN})
_MODALS = frozenset({"should", "could", "would", "must", "might"})
_DISOWNED = frozenset({"us", "ours", "me", "mine"})
#: Every word a gate in ``_edits`` reads.
_GATED_WORDS = _APOSTROPHE_WORDS | _WORD_FORMS | _MODALS | _DISOWNED | {"not", "of"}


def _trie(words: frozenset[str] | list[str]) -> str:
    """An alternation matching exactly ``words``, written as a trie: the
    engine tests each next character once instead of each word in turn."""
    tails: dict[str, list[str]] = {}
    whole = False
    for word in words:
        if word:
            tails.setdefault(word[0], []).append(word[1:])
        else:
            whole = True
    if not tails:
        return ""
    branches = [re.escape(head) + _trie(rest) for head, rest in sorted(tails.items())]
    body = branches[0] if len(branches) == 1 and not whole else "(?:" + "|".join(branches) + ")"
    return body + "?" if whole else body


#: A gated word as a whole word of the lower-case text behind one space: the
#: words ``set(_TOKEN.findall(folded)) & _GATED_WORDS`` holds, read without
#: making a string of every word. Opened with the character before the word,
#: the engine skips inside words in its fast loop and tries the trie only at
#: a word's start (tests/message/test_tidy.py holds the two to the same set).
_GATE_WORD = regexcache.compile("[^a-z0-9](" + _trie(_GATED_WORDS) + ")(?![a-z0-9])")
#: Letters ``re.IGNORECASE`` matches to an ASCII letter that ``str.lower``
#: does not turn into it (the dotted and dotless "i", the long "s", the kelvin
#: sign): a text with one runs every search. None is ASCII.
_CASE_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")


def _edits(text: str, *, gated: bool = True) -> list[tuple[int, int, str, int]]:
    """(start, end, replacement, anchor) of every hurried spelling in
    ``text``, in order: ``text[start:end]`` reads as ``replacement``, whose
    first character stands for the typed text from ``anchor`` (``start``, or
    the word's start for an apostrophe put back: "thats" read as "that's"
    maps the "'s" onto the whole typed word, so a span from it shows "thats").

    A search runs only when the text's words hold what it looks for (the
    tests compare that with ``gated=False``, which runs every search)."""
    edits: list[tuple[int, int, str, int]] = []
    folded = text.lower()
    words = set(_GATE_WORD.findall(" " + folded))
    # ``isascii`` reads a flag, and four scans for one character cost less
    # than a set lookup of every character
    every = not gated or (not text.isascii() and any(odd in text for odd in _CASE_ODD))
    apostrophes = every or not words.isdisjoint(_APOSTROPHE_WORDS)
    for found in _APOSTROPHE.finditer(text) if apostrophes else ():
        groups = [g for g in found.groups() if g is not None]
        if len(groups) != 2:
            continue
        head, tail = groups
        if head.lower() in ("wo", "ca") and _NOUN_BEFORE.search(text, 0, found.start()):
            continue  # "the cant rail", "as is his wont": the nouns
        # "dont" -> "don't", "neednt" -> "needn't": the apostrophe goes before the "t"
        cut = found.end() - 1 if tail.lower() == "nt" else found.start() + len(head)
        edits.append((cut, found.end(), "'" + text[cut : found.end()], found.start()))
    for found in _WORD.finditer(text) if every or not words.isdisjoint(_WORD_FORMS) else ():
        word, after = found.group(1), (found.group(2) or "").lower()
        lower = word.lower()
        start, end = found.span(1)
        if lower == "u":
            if word == "U" and not (found.group(2) and found.group(2)[0].islower()):
                continue
            edits.append((start, end, "You" if word == "U" else "you", start))
        elif lower == "ur":
            youre = after in _AFTER_YOURE or (after.endswith("ing") and len(after) > 4)
            tidy = "you're" if youre else "your"
            edits.append((start, end, tidy.capitalize() if word == "Ur" else tidy, start))
        elif lower == "its":
            if after in _AFTER_ITS:
                edits.append((start + 2, end, "'" + word[2:], start))
        elif lower == "ill":
            if after in _AFTER_ILL:
                edits.append((start + 1, end, "'" + word[1:], start))
        elif word in _PLAIN:
            edits.append((start, end, _PLAIN[word], start))
    disowns = every or ("not" in words and not words.isdisjoint(_DISOWNED))
    for found in _CONTRAST.finditer(text) if disowns else ():
        if found.group(1).lower() not in _NOT_CONTRAST:
            edits.append((found.end(), found.end(), ",", found.end()))
    for found in _NO_X_NO_Y.finditer(text) if every or folded.count("no ") > 1 else ():
        edits.append((found.end(), found.end(), ",", found.end()))
    should_of = every or ("of" in words and not words.isdisjoint(_MODALS))
    for found in _SHOULD_OF.finditer(text) if should_of else ():
        edits.append((found.start(1), found.end(1), "have", found.start(1)))
    edits.sort()
    kept: list[tuple[int, int, str, int]] = []
    for edit in edits:  # never two edits on one stretch
        if kept and edit[0] < kept[-1][1]:
            continue
        kept.append(edit)
    return kept


def tidy_moves(text: str) -> tuple[str, tuple[Move, ...]]:
    """``text`` with its hurried spellings made tidy, and the moves that map
    the tidy text's offsets back onto ``text`` (``reading.html_offset``).
    Text with none is returned as the same object with no moves."""
    edits = _edits(text)
    if not edits:
        return text, ()
    out: list[str] = []
    moves: list[Move] = []
    done = 0  # typed text before this is in ``out``
    at = 0  # length of ``out`` so far
    for start, end, replacement, anchor in edits:
        piece = text[done:start]
        if piece:
            out.append(piece)
            if at != done:
                moves.append((at, at + len(piece), done, start))
            at += len(piece)
        out.append(replacement)
        moves.append((at, at + len(replacement), anchor, end))
        at += len(replacement)
        done = end
    rest = text[done:]
    if rest:
        out.append(rest)
        if at != done:
            moves.append((at, at + len(rest), done, len(text)))
    return "".join(out), tuple(moves)
