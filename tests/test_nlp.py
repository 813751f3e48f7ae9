"""The phrase fast path builds the same tokens the tokenizer would."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck.nlp import Pipeline
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


def test_punct_and_space_flags_are_the_same_for_every_character_and_its_lower_case():
    # token_table reads IS_PUNCT and IS_SPACE off the lower-case hashes; that
    # is exact only while no character's lower-case form changes either flag.
    import sys

    from spacy.lang.lex_attrs import is_punct, is_space

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        assert is_punct(char) == is_punct(lower), hex(code)
        assert is_space(char) == is_space(lower), hex(code)


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
