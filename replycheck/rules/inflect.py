"""English inflected forms of a lemma, so a pattern written with ``LEMMA`` also
works on spaCy's blank pipeline, which has no lemmatizer.

Over-generating is harmless (a form that is not a word never occurs); missing
a form is a miss, so irregular verbs common in email are listed.
"""

from __future__ import annotations

from functools import lru_cache

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "be": ("be", "am", "is", "are", "was", "were", "been", "being", "'m", "'s", "'re"),
    "have": ("have", "has", "had", "having", "'ve", "'d"),
    "do": ("do", "does", "did", "done", "doing"),
    "go": ("go", "goes", "went", "gone", "going"),
    "get": ("get", "gets", "got", "gotten", "getting"),
    "make": ("make", "makes", "made", "making"),
    "send": ("send", "sends", "sent", "sending"),
    "give": ("give", "gives", "gave", "given", "giving"),
    "take": ("take", "takes", "took", "taken", "taking"),
    "tell": ("tell", "tells", "told", "telling"),
    "say": ("say", "says", "said", "saying"),
    "read": ("read", "reads", "reading"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "see": ("see", "sees", "saw", "seen", "seeing"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "pay": ("pay", "pays", "paid", "paying"),
    "buy": ("buy", "buys", "bought", "buying"),
    "find": ("find", "finds", "found", "finding"),
    "lose": ("lose", "loses", "lost", "losing"),
    "break": ("break", "breaks", "broke", "broken", "breaking"),
    "forget": ("forget", "forgets", "forgot", "forgotten", "forgetting"),
    "understand": ("understand", "understands", "understood", "understanding"),
    "keep": ("keep", "keeps", "kept", "keeping"),
    "leave": ("leave", "leaves", "left", "leaving"),
    "let": ("let", "lets", "letting"),
    "put": ("put", "puts", "putting"),
    "ship": ("ship", "ships", "shipped", "shipping"),
    "stop": ("stop", "stops", "stopped", "stopping"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "mention": ("mention", "mentions", "mentioned", "mentioning"),
    "state": ("state", "states", "stated", "stating"),
    "fail": ("fail", "fails", "failed", "failing"),
    "should": ("should",),
    "must": ("must",),
    "will": ("will", "'ll", "wo"),
    "can": ("can", "ca", "could"),
}

_VOWELS = set("aeiou")


@lru_cache(maxsize=4096)
def inflections(lemma: str) -> tuple[str, ...]:
    """Lower-case surface forms of ``lemma`` (verb and noun inflections)."""
    word = lemma.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if " " in word or not word.isalpha():
        return (word,)
    forms = {word}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    if word.endswith("e"):
        forms.update({word + "d", word[:-1] + "ing"})
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms.update({word[:-1] + "ied", word + "ing"})
    else:
        forms.update({word + "ed", word + "ing"})
        if (
            len(word) >= 3
            and word[-1] not in _VOWELS | {"w", "x", "y"}
            and word[-2] in _VOWELS
            and word[-3] not in _VOWELS
        ):
            forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    return tuple(sorted(forms))
