"""replycheck's phrase index finds what spaCy's PhraseMatcher (attr LOWER)
finds: on random phrases over random texts, and on every shipped phrase rule
over the corpus drafts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck import Checker
from replycheck.nlp import Pipeline
from replycheck.rules.phrases import PhraseIndex

WORDS = ["you", "must", "Send", "it", "now", "please", ".", "don't", "can't", "e-mail"]
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def spacy_hits(pipeline: Pipeline, labelled: dict[str, list[str]], doc) -> list:
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(pipeline.nlp.vocab, attr="LOWER")
    for label, phrases in labelled.items():
        matcher.add(label, [pipeline.make_doc(p) for p in phrases])
    strings = pipeline.nlp.vocab.strings
    return sorted({(strings[key], start, end) for key, start, end in matcher(doc)})


def index_hits(pipeline: Pipeline, labelled: dict[str, list[str]], doc) -> list:
    index = PhraseIndex()
    for label, phrases in labelled.items():
        index.add(label, map(pipeline.phrase_ids, phrases))
    return sorted(set(index.find(doc)))


phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    labelled=st.dictionaries(
        st.sampled_from(["A", "B", "C"]), st.lists(phrase, min_size=1, max_size=4), min_size=1
    ),
    text=st.lists(st.sampled_from(WORDS), max_size=25),
)
def test_same_hits_as_spacy_phrase_matcher(pipeline, labelled, text):
    doc = pipeline(" ".join(text))
    assert index_hits(pipeline, labelled, doc) == spacy_hits(pipeline, labelled, doc)


def test_same_hits_for_every_shipped_phrase_rule_on_the_corpus():
    import tomllib
    from spacy.matcher import PhraseMatcher

    checker = Checker()
    pipeline = checker.pipeline
    labelled = {rule.code: list(rule.phrases) for rule in checker.rules if rule.kind == "phrase"}
    labelled |= {rule.code + "::unless": list(rule.unless) for rule in checker.rules if rule.unless}
    matcher = PhraseMatcher(pipeline.nlp.vocab, attr="LOWER")
    index = PhraseIndex()
    for label, phrases in labelled.items():
        matcher.add(label, [pipeline.make_doc(p) for p in phrases])
        index.add(label, map(pipeline.phrase_ids, phrases))
    drafts = [
        case["draft"]
        for path in sorted((CORPUS / "dev").glob("*.toml"))
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    ]
    strings = pipeline.nlp.vocab.strings
    found = 0
    for doc in pipeline.pipe(drafts):
        expected = sorted({(strings[key], start, end) for key, start, end in matcher(doc)})
        assert sorted(set(index.find(doc))) == expected
        found += len(expected)
    assert found > 30  # the comparison saw real matches (60 when written), not only empty lists


def test_a_phrase_is_split_as_the_tokenizer_splits_it(pipeline):
    said = pipeline.make_doc("as i said")
    assert pipeline.phrase_ids("as i said") == tuple(token.lower for token in said)
    assert len(pipeline.phrase_ids("don't")) == 2  # a tokenizer special case
    assert pipeline.phrase_ids("“Per my last email”") == pipeline.phrase_ids('"per my last email"')


def test_an_empty_index_finds_nothing(pipeline):
    index = PhraseIndex()
    index.add("A", [()])
    assert not index
    assert index.find(pipeline("anything at all")) == []
