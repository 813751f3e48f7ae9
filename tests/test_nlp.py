"""The phrase fast path builds the same tokens the tokenizer would."""

from __future__ import annotations

import sys

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck.calendar_words import MONTH_ABBREVIATIONS
from replycheck.nlp import Pipeline, _plain_tokens, straighten, word_id
from replycheck.rules import Registry


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    return []


def test_make_doc_matches_the_tokenizer_on_every_ruleset_phrase():
    pipeline = Pipeline()
    phrases = {"cannot wait", "dont worry", "gonna call", "use code", "in stock"}
    for rule in Registry.load():
        phrases.update(rule.phrases, rule.unless, _strings(rule.options))
    assert len(phrases) > 1_000
    for phrase in phrases:
        fast = [token.text for token in pipeline.make_doc(phrase)]
        assert fast == [token.text for token in pipeline.nlp.make_doc(phrase)], phrase


def test_phrase_words_are_the_lower_case_tokens_of_every_ruleset_phrase():
    # The stock gates read phrases as words, without a Doc; they must be the
    # tokens the phrase matchers see ("can't" -> "ca", "n't"; "Wi-Fi" split).
    pipeline = Pipeline()
    phrases = {"can't wait", "Wi-Fi", "in stock", "dont worry", "20% off"}
    for rule in Registry.load():
        phrases.update(rule.phrases, rule.unless, _strings(rule.options))
    for phrase in phrases:
        expected = [token.lower_ for token in pipeline.nlp.make_doc(straighten(phrase))]
        assert pipeline.phrase_words(phrase) == expected, phrase


def test_the_tokenizer_keeps_more_chunks_than_spacys_default():
    # spaCy's default of 10,000 cached chunks is outgrown by a few hundred
    # emails; past it every new chunk is split by regex each time it is seen.
    tokenizer = Pipeline().nlp.tokenizer
    if not hasattr(tokenizer, "max_cache_size"):
        pytest.skip("spaCy < 3.8 has no cache limit to raise")
    assert tokenizer.max_cache_size >= 100_000


TRICKY = [
    "I'm sorry, we've refunded £24.99 (order #A-1234) today!!! Don't worry.",
    "Hi Sam,\n\nIt's on its way: https://track.example.com/x?id=9 -- e.g. by 5 p.m. :)",
    "We can't... honestly, we can't.  'Quoted' \"words\" and U.S.A. & co.",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*TRICKY, "order.", "(today)", "you're", "it's."]), max_size=6))
def test_priming_the_tokenizer_cache_leaves_the_tokens_as_spacy_makes_them(parts):
    pipeline = Pipeline()
    plain = spacy.blank("en").tokenizer
    for text in [*TRICKY, " ".join(parts)]:
        doc = pipeline(text)
        assert [(t.text, t.whitespace_) for t in doc] == [
            (t.text, t.whitespace_) for t in plain(text)
        ]
    assert set(" ".join(parts).split()) <= pipeline._seen_chunks


def test_plain_chunks_make_the_tokens_priming_expects_of_them():
    # Priming tokenizes plain words together and trusts their token count;
    # a chunk it counts must make exactly that many tokens on its own.
    pipeline = Pipeline()
    tokenizer, special = pipeline.nlp.tokenizer, pipeline._special_cases
    chunks = {c for text in TRICKY for c in text.split()}
    chunks |= {"order", "order.", "Thanks,", "refund!", "today?", "Hello:", "USA."}
    chunks |= {"J.", "SaaS.", "dont", "Dont", "cannot", "gonna", "Im", "em", "etc.", "a."}
    counted = {c: n for c in chunks if (n := _plain_tokens(c, special))}
    assert {"order": 1, "order.": 2, "Thanks,": 2}.items() <= counted.items()
    assert not {"J.", "SaaS.", "dont", "cannot", "gonna"} & counted.keys()
    for chunk, n in counted.items():
        assert len(tokenizer(chunk)) == n, chunk


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*TRICKY, "İ", "ÀÉÎ!", "\u00a0", "\t\n ", "«Non»", "¡Sí!", "Straße", "ΣΑΣ", "—", "…"]
        ),
        max_size=6,
    )
)
def test_the_token_table_holds_the_flags_spacy_gives(parts):
    from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LOWER

    from replycheck.nlp import token_table

    pipeline = Pipeline()
    for text in [*TRICKY, " ".join(parts), "".join(parts)]:
        doc = pipeline(text)
        columns = doc.to_array([LOWER, IS_ALPHA, IS_PUNCT, IS_SPACE, IDX]).T.tolist()
        table = token_table(doc)
        assert list(table[:5]) == (columns or [[]] * 5), text
        assert table.lower_ids == frozenset(table.lower)


def test_lower_casing_keeps_the_characters_sentence_starts_reads():
    # sentence_starts reads texts off the lower-case hashes: whitespace must
    # lower-case to itself, and a last ",:" or a first "-*•>" must neither
    # appear nor vanish.
    import sys

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        assert lower, hex(code)
        if char.isspace():
            assert lower == char, hex(code)
        assert (lower[-1] in ",:") == (char in ",:"), hex(code)
        assert (lower[0] in "-*•>") == (char in "-*•>"), hex(code)


def _token_sentence_starts(doc) -> list[int]:
    """sentence_starts as it was written on Token objects (the reference)."""
    from replycheck.nlp import _terminal_ids

    terminals = {t.lower for t in doc if t.lower in _terminal_ids()}
    starts = [0]
    if len(doc) > 1 and doc[0].is_space:
        starts.append(1)
    after = -1
    for i, token in enumerate(doc):
        if token.lower not in terminals or i < after:
            continue
        after = i + 1
        while after < len(doc) and (doc[after].is_punct or doc[after].lower in terminals):
            after += 1
        if after < len(doc):
            starts.append(after)
    for i in range(1, len(doc) - 1):
        token, after = doc[i], doc[i + 1]
        if not token.is_space or "\n" not in token.text:
            continue
        if (
            token.text.count("\n") >= 2
            or doc[i - 1].text[-1:] in ",:"
            or after.text[:1] in "-*•>"
            or after.like_num
        ):
            starts.append(i + 1)
    months = {m + "." for m in MONTH_ABBREVIATIONS}
    for i in range(len(doc) - 1):
        if doc[i].lower_ in months and doc[i + 1].is_title and doc[i + 1].is_alpha:
            starts.append(i + 1)
    return sorted(set(starts))


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # the tokenizer keeps "Feb." whole: a capitalised word after it opens a sentence
        ("We're booked 10-12 Feb. Is it OK to bring our dogs?", 2),
        ("It was sent on 3 Jan. We never got it.", 2),
        # a number or a lower-case word after it is the same sentence
        ("Due 14 Sept. 2026, as agreed.", 1),
        ("Sent 3 Jan. and again on the 9th.", 1),
    ],
)
def test_a_month_abbreviation_ends_a_sentence_before_a_capital(text, sentences):
    from replycheck.nlp import shared_pipeline

    doc = shared_pipeline()(text)
    assert len(list(doc.sents)) == sentences


@pytest.mark.parametrize("opening", [" ", "   ", "\n", "\n\n", " \n\t"])
@pytest.mark.parametrize(
    "text",
    [
        "You are wrong about the fee.",
        "you’re wrong about the fee.",
        "Obviously you should read it.",
    ],
)
def test_a_text_opening_on_blank_space_reads_as_without_it(opening, text):
    # a pasted draft often opens on a line break or an indent: its first
    # sentence starts at its first word, so it gets the same findings
    import replycheck

    bare = [(f.code, f.text) for f in replycheck.check(text).findings]
    assert bare
    assert [(f.code, f.text) for f in replycheck.check(opening + text).findings] == bare


LINES = [
    "Hi Sam,",
    "Thanks!",
    "- one",
    "* two",
    "• three",
    "> quoted",
    "2. item",
    "TWO",
    "Dear Ms Lee:",
    "Booked 10-12 Feb. Is it OK?",
    "Sent 3 jan. to you",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from([*LINES, *TRICKY, "ok", ""]), max_size=8),
    st.lists(st.sampled_from(["\n", "\n\n", " \n", "\n \n", "  "]), min_size=8, max_size=8),
)
def test_sentence_starts_as_a_token_walk_finds_them(lines, breaks):
    from replycheck.nlp import sentence_starts

    pipeline = Pipeline()
    text = "".join(line + brk for line, brk in zip(lines, breaks, strict=False))
    doc = pipeline.nlp.tokenizer(text)
    if len(doc):
        assert sentence_starts(doc) == _token_sentence_starts(doc), text


def test_doc_text_is_the_text_the_pipeline_made_the_doc_from():
    from replycheck.nlp import doc_text, shared_pipeline

    pipeline = shared_pipeline()
    text = "Hi Sam,\n\nYour \u201corder\u201d shipped.  It arrives today!\n"
    doc = next(iter(pipeline.pipe([text])))
    assert doc_text(doc) == doc.text
    made_elsewhere = pipeline.nlp.make_doc("Plain text, no pipe.")
    assert doc_text(made_elsewhere) == made_elsewhere.text


@pytest.mark.parametrize("word", ["agent", "number", "mark", "root", "meta", "refund", "us", "!"])
def test_word_id_is_the_lower_a_token_of_the_word_carries(word):
    # "agent", "number", "mark", "root" and "meta" are also spaCy symbols
    # (dependency labels): their LOWER is the symbol's id, not the hash
    token = spacy.blank("en")(word)[0]
    assert word_id(word) == token.lower


def test_phrase_ids_match_tokens_of_symbol_words():
    pipeline = Pipeline()
    doc = pipeline("Please quote your order number.")
    assert set(pipeline.phrase_ids("order number")) <= {t.lower for t in doc}


#: Every character ``str.isspace`` holds: what the tokenizer's blank chunks are made of.
WHITESPACE = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())


def test_no_suffix_or_infix_matches_a_blank_chunk_so_skipping_it_is_safe():
    # The tokenizer answers a chunk of whitespace without running its suffix
    # and infix patterns (``_BlankSkipping``); the patterns themselves find
    # nothing there, so the tokens are those the patterns would make.
    tokenizer = Pipeline().nlp.tokenizer
    suffix = tokenizer.suffix_search.__self__.compiled
    infix = tokenizer.infix_finditer.__self__.compiled
    for a in WHITESPACE:
        for b in WHITESPACE:
            for chunk in (a, a + b, a * 3 + b, b + "\n" + a * 5):
                assert suffix.search(chunk) is None, repr(chunk)
                assert not list(infix.finditer(chunk)), repr(chunk)
                assert tokenizer.suffix_search(chunk) is None
                assert not list(tokenizer.infix_finditer(chunk))
    # words still go through the patterns
    assert tokenizer.suffix_search("order.") is not None
    assert list(tokenizer.infix_finditer("well-known"))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(TRICKY), st.text(alphabet=" \n\t\u00a0\u2003", max_size=300)),
        max_size=6,
    )
)
def test_a_long_blank_run_tokenizes_as_the_unskipped_patterns_would(parts):
    from spacy.tokenizer import Tokenizer

    tokenizer = Pipeline().nlp.tokenizer
    unskipped = Tokenizer(
        tokenizer.vocab,
        rules=tokenizer.rules,
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search.__self__.compiled.search,
        infix_finditer=tokenizer.infix_finditer.__self__.compiled.finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )
    text = "".join(parts) + " " * 2_000 + "\n\n" + TRICKY[0]
    assert [(t.text, t.whitespace_) for t in tokenizer(text)] == [
        (t.text, t.whitespace_) for t in unskipped(text)
    ]
