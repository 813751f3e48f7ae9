"""Which words of an ask are missing from the topic RC201 matches it by?

RC201 credits a draft sentence to an ask partly by the ask's *topic* (concept
-> weight, ``Ask.topic``; replycheck/thread/topic.py). An ask whose own words
are not in its topic cannot be told from another ask on the same concept:
"Can I keep the phone if I cancel?" read as {contact, cancel} is answered by
any sentence about cancelling.

For every visible dev case with a customer message (the blind files of
``evaluate.BLIND`` left out) this reads the asks RC201 extracts (the same
``find_asked`` the check runs, on the same blank-English ``Doc``) and, for
each content word of each ask (an alphabetic spaCy token that is not a
function word; see ``FRAME``), checks whether the word's own lexicon key is
in the ask's topic. A missing word is given the reason it drops:

- ``stop word``: spaCy lists it as a stop word, so it has no key ("keep");
- ``generic``: the lexicon's ``generic`` list weighs it 0 ("email");
- ``phrase -> X``: a concept phrase around it stands for concept X (the
  word is carried, under a broader key: "how much" is price);
- ``cut``: it has a key, but the ask's topic leaves it out (outside the ask's
  core, a time cue, a refused thing, ...).

It prints the missing words, most frequent first, with their reasons and an
example ask, then the count per reason, the total, and the total less the
words a phrase carries:

    python scripts/topic_gaps.py                 # whole visible dev
    python scripts/topic_gaps.py --file thread-fresh24   # one file (repeatable)
    python scripts/topic_gaps.py --count         # the totals only
    python scripts/topic_gaps.py --top 80        # how many words to list

Nothing here changes the checker.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402

#: Words of an ask that frame it rather than name what it is about (the
#: request and question cues, pronoun-like fillers): never counted missing.
FRAME = frozenset(
    [
        "get",
        "got",
        "know",
        "need",
        "needs",
        "want",
        "wants",
        "like",
        "let",
        "tell",
        "help",
        "thank",
        "thanks",
        "please",
        "pls",
        "wonder",
        "wondering",
        "ask",
        "asking",
        "appreciate",
        "advise",
        "hope",
        "think",
        "say",
        "said",
        "able",
        "unable",
        "possible",
        "sure",
        "yes",
        "hi",
        "hello",
        "hey",
        "ok",
        "okay",
        "kindly",
        "just",
        "really",
        "also",
        "still",
        "actually",
        "can",
        "could",
        "would",
        "will",
        "should",
        "shall",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "done",
        "be",
        "is",
        "are",
        "was",
        "were",
        "am",
        "been",
        "being",
        "have",
        "has",
        "had",
        "go",
        "going",
        "come",
        "something",
        "anything",
        "someone",
        "anyone",
        "thing",
        "things",
        "way",
        "lot",
        "bit",
        "sort",
        "kind",
    ]
)


def gaps(names: Sequence[str] = ()) -> list[tuple[str, str, str, str]]:
    """(word, reason, case id, ask text) for each content word of each ask
    whose own key is absent from the ask's topic, over the visible dev cases."""
    from spacy.lang.en.stop_words import STOP_WORDS

    import replycheck
    from replycheck.nlp import Pipeline
    from replycheck.thread import find_asked, lexicon_for
    from replycheck.thread.topic import Words

    cases = evaluate.visible_dev_cases(names)
    checker = replycheck.Checker()
    (rule,) = [r for r in checker.rules if r.code == "RC201"]
    lexicon = lexicon_for(rule)
    pipeline = Pipeline()
    rows = []
    for case in cases:
        if not case.original:
            continue
        text = case.original
        doc = pipeline(text)
        asks = find_asked(doc, lexicon, text)
        if not asks:
            continue
        index = Words(text, lexicon, evidence=False)
        for ask in asks:
            for token in doc:
                if token.idx < ask.start or token.idx >= ask.end:
                    continue
                word = token.lower_.replace("\u2019", "'")
                if not word.isalpha() or len(word) < 3 or word in FRAME:
                    continue
                own = lexicon.concept(word)
                if own in ask.topic or own in ask.core:
                    continue
                at = index.range(token.idx, token.idx + 1)[0]
                phrase = next((c for a, b, c in index.phrases if a <= at < b), None)
                if phrase is not None:
                    reason = f"phrase -> {phrase}" if phrase in ask.topic else "cut"
                elif lexicon.topic_key(word) is None:
                    if lexicon.stem_of(word) in lexicon.generic:
                        reason = "generic"
                    elif word in STOP_WORDS:
                        reason = "stop word"
                    else:
                        continue
                else:
                    key = lexicon.topic_key(word)
                    if key is not None and key[0] in ask.topic:
                        continue  # weighed under its concept already
                    reason = "cut"
                if reason == "stop word" and word not in _CONTENT_STOPS:
                    continue
                rows.append((word, reason, case.id, " ".join(ask.text.split())))
    return rows


#: spaCy stop words that name a thing or an act ("keep the phone", "call me",
#: "show me", "the front door"): the rest are function words.
_CONTENT_STOPS = frozenset(
    [
        "keep",
        "call",
        "show",
        "move",
        "name",
        "part",
        "side",
        "front",
        "bottom",
        "top",
        "empty",
        "full",
        "serious",
        "amount",
        "give",
        "take",
        "make",
        "put",
        "back",
        "used",
        "using",
    ]
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", metavar="NAME", action="append", default=[])
    parser.add_argument("--count", action="store_true", help="print only the totals")
    parser.add_argument("--top", type=int, default=60, help="how many words to list")
    args = parser.parse_args(argv)
    try:
        rows = gaps(args.file)
    except ValueError as exc:
        parser.error(str(exc))
    by_word: Counter[str] = Counter(word for word, *_ in rows)
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    example: dict[str, tuple[str, str]] = {}
    for word, reason, cid, text in rows:
        reasons[word][reason] += 1
        example.setdefault(word, (cid, text))
    if not args.count:
        for word, n in by_word.most_common(args.top):
            why = ", ".join(f"{r} {k}" for r, k in reasons[word].most_common())
            cid, text = example[word]
            print(f"{n:5d}  {word:<14} [{why}]  {cid}: {text[:90]}")
        print()
    per_reason: Counter[str] = Counter()
    for _word, reason, *_ in rows:
        per_reason["phrase" if reason.startswith("phrase") else reason] += 1
    for reason, n in per_reason.most_common():
        print(f"{reason}: {n}")
    lost = len(rows) - per_reason["phrase"]
    print(f"asks' words missing from their topic: {len(rows)} ({len(by_word)} words)")
    print(f"  of them with no key in it at all (generic, stop word, cut): {lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
