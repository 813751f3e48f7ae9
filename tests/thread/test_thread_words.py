"""The per-text machinery that keeps RC201 linear and free of spaCy tokens
(replycheck.thread.topic.Words, sentence_bounds, the lexicon's word tries)."""

from __future__ import annotations

import re
from bisect import bisect_left

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck.nlp import Pipeline
from replycheck.thread import addressed, default_lexicon, find_asked, read_draft
from replycheck.thread.answers import (
    _CURRENCY,
    _DURATION,
    _OPENING,
    _OPENING_ASCII,
    _REFERS,
    _REFERS_AT,
    _REFERS_NEEDLES,
    STRONG,
    _lasts,
    _openings,
    _refers,
    _strong_hits,
)
from replycheck.thread.asked import (
    _CUT,
    _EMBEDDED_WORDS,
    _cue,
    _segments,
    _strip_connectors,
    read_message,
)
from replycheck.thread.lexicon import WORD, fold, phrase_regex, trie_hits
from replycheck.thread.topic import Words, sentence_bounds


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def test_sentence_bounds_agree_with_doc_sents(pipeline):
    text = "Hi Sam,\n\nYour parcel left today. It's due Thursday!\n\nThanks,\nAna"
    doc = pipeline(text)
    bounds = sentence_bounds(doc)
    assert [text[a:b].strip() for a, b in bounds] == [s.text.strip() for s in doc.sents]


def test_sentence_bounds_of_an_empty_doc_are_empty(pipeline):
    assert sentence_bounds(pipeline("")) == []


def test_a_topic_is_the_same_whether_read_alone_or_from_the_whole_text():
    lexicon = default_lexicon()
    text = "I was charged £12.99 twice. Can I get the duplicate payment refunded?"
    start = text.index("Can")
    whole = Words(text, lexicon).topic(start, len(text))
    alone = Words(text[start:], lexicon).topic(0, len(text) - start)
    assert whole == alone
    assert "refund" in whole


def test_numbers_with_separators_are_one_key():
    lexicon = default_lexicon()
    words = Words("We'll return the £1,050 deposit", lexicon)
    assert "#1050" in words.topic(0, 40)


def test_concept_phrases_take_their_words():
    lexicon = default_lexicon()
    text = "Can I have my money back?"
    topic = Words(text, lexicon).topic(0, len(text))
    assert topic.get("refund") == 1.0
    assert "money" not in topic


def test_evidence_phrases_are_found_word_by_word(pipeline):
    lexicon = default_lexicon()
    (statement,) = read_draft(pipeline("Unfortunately we can't refund opened software."), lexicon)
    assert statement.offers.get("yes_no") and statement.offers.get("action")


def test_acknowledgements_are_cut_out_before_evidence_is_read(pipeline):
    lexicon = default_lexicon()
    (statement,) = read_draft(pipeline("We have received your question about refunds."), lexicon)
    assert not statement.substantive


def test_hard_evidence_is_found_at_word_starts(pipeline):
    lexicon = default_lexicon()
    statements = read_draft(pipeline("It costs £45 per board. It arrives on Thursday."), lexicon)
    assert statements[0].offers.get("money") == 2
    assert statements[1].offers.get("time") == 2


def test_passing_the_text_gives_the_same_asks(pipeline):
    text = "My order 77120 is late. When will it arrive? Please refund the postage."
    lexicon = default_lexicon()
    doc = pipeline(text)
    assert find_asked(doc, lexicon, text) == find_asked(doc, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "My order 77120 is late. When will it arrive on Friday? Please refund the £30.",
        "I\u2019m writing about order 1,050. It\u2019s 12.99 and don't know why.",
        "The parcel never came.",
        "",
    ],
)
def test_the_message_word_index_gives_the_same_vocabulary_and_statements(pipeline, text):
    """``read_message`` hands its word index on: the vocabulary is the split
    ``read_draft`` made itself, and passing it changes no statement."""
    lexicon = default_lexicon()
    message = read_message(pipeline(text), lexicon, text)
    assert message.asks == find_asked(pipeline(text), lexicon, text)
    assert message.vocabulary() == frozenset(WORD.findall(fold(text)))
    draft = pipeline("Your order 77120 arrives on Friday. We've refunded the £30 today.")
    assert read_draft(draft, lexicon, customer=text) == read_draft(
        draft, lexicon, customer=text, known=message.vocabulary()
    )


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_asks_index_the_text_on_any_input(text):
    lexicon = default_lexicon()
    doc = Pipeline()(text)
    for ask in find_asked(doc, lexicon):
        assert 0 <= ask.start < ask.end <= len(text)
    for statement in read_draft(doc, lexicon):
        assert 0 <= statement.start <= statement.end <= len(text)


def test_adverbs_in_ly_share_a_stem_with_their_adjective_and_verb():
    lexicon = default_lexicon()
    assert lexicon.stem_of("correctly") == lexicon.stem_of("corrected")
    assert lexicon.stem_of("monthly") == lexicon.stem_of("month")
    # short words are left alone: "lately" is not "late", "apply" is not "app"
    assert lexicon.stem_of("lately") != lexicon.stem_of("late")
    assert lexicon.stem_of("supply") != lexicon.stem_of("sup")


def test_adjectives_in_able_and_ible_share_a_stem_with_their_verb_or_noun():
    lexicon = default_lexicon()
    assert lexicon.stem_of("refundable") == lexicon.stem_of("refunded")
    assert lexicon.stem_of("accessible") == lexicon.stem_of("access")
    assert lexicon.stem_of("transferable") == lexicon.stem_of("transfer")
    # too short a base is left alone: "table" is not "t", "cable" is not "c"
    assert lexicon.stem_of("table") != lexicon.stem_of("tab")


def test_handles_and_email_domains_are_not_topic():
    # "@GoDaddyHelp" names who is asked, not what about; a reply never repeats it
    text = "@GoDaddyHelp do you have chat support?? Mail me at jo@example.com"
    words = Words(text, default_lexicon())
    topic = words.topic(0, len(text))
    assert "chat" in topic
    assert not any(key.startswith(("godaddy", "exampl")) for key in topic)


def test_a_tweet_answered_without_repeating_the_handle_counts(pipeline):
    lexicon = default_lexicon()
    original = "@XboxSupport is Xbox Live down?"
    draft = "@116759 Xbox Live is up and running. Please tell us the error code you see."
    asks = find_asked(pipeline(original), lexicon)
    statements = read_draft(pipeline(draft), lexicon)
    assert [addressed(ask, statements, asks) for ask in asks] == [True]


def test_a_lazy_phrase_pattern_matches_as_the_compiled_one_on_every_call():
    """``phrase_regex`` patterns compile on first use and then keep the
    compiled pattern's methods: repeated calls answer as ``re`` does."""
    lazy = phrase_regex(["please help", "let me know"], prefix=True)
    compiled = re.compile(lazy.pattern)
    for text in ("please help me", "let me  know asap", "help please", "please help me"):
        assert bool(lazy.match(text)) == bool(compiled.match(text))
        assert bool(lazy.search(text)) == bool(compiled.search(text))
    assert lazy.match("let me know").group() == "let me know"


def _flat_phrase_regex(phrases, prefix=False):
    """``phrase_regex`` as it was: one flat alternation behind ``(?<!\\w)``."""
    ordered = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)
    return re.compile(f"{'^' if prefix else ''}(?<!\\w)(?:{body})(?!\\w)")


@pytest.mark.parametrize("prefix", [False, True])
def test_phrases_grouped_by_first_character_match_as_one_flat_alternation(prefix):
    """``phrase_regex`` groups its phrases by first character (so the engine
    skips to a character one opens with): the same spans as the flat
    alternation, longest phrase first, word boundaries before and after
    (also before the position a search starts at), any run of whitespace."""
    phrases = [
        "let me know", "let me", "let us know", "please", "please help", "pls",
        "% off", "a.s.a.p", "i'd like", "i need", "i", "x-ray", "help",
    ]  # fmt: skip
    lazy = phrase_regex(phrases, prefix=prefix)
    flat = _flat_phrase_regex(phrases, prefix=prefix)
    assert lazy.pattern != flat.pattern
    texts = [
        "please let me\n know, pls! i'd like help; i need it",
        "displease xlet me know 20% off, 5 % off, a.s.a.p. x-ray-ish helpful help",
        "let us knowing let us  know i ii i'd likes",
    ]
    for text in texts:
        for pos in range(len(text)):
            assert (m := lazy.match(text, pos)) is None or m.span() == flat.match(text, pos).span()
            assert (lazy.match(text, pos) is None) == (flat.match(text, pos) is None)
            a, b = lazy.search(text, pos), flat.search(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)
        if not prefix:
            found = [m.group() for m in lazy.finditer(text)]
            assert found == [m.group() for m in flat.finditer(text)]
    assert [m.group() for m in lazy.finditer(texts[0])] == (
        ["please", "let me\n know", "pls", "i'd like", "help", "i need"]
        if not prefix
        else ["please"]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pay £free now, $no charge, ¥full refund, €this week, $-5 or £ab12345678.",
        "It ships at noon today, next week on Monday 3rd Mar, or by 12/05 at 4pm.",
        "See https://shop.example.com, x-y.com, abc-def.co.uk and www.help.net.",
        "No fee, free to go (feel free), full refund, 10kg for 25 dollars, 3 days.",
        "١٢ days, tracking number ab1234567, order 123456789, lunch time, bedtime.",
    ],
)
def test_strong_evidence_routes_find_what_every_pattern_finds(text):
    """``_strong_hits`` tries at a word only the patterns that can open with
    its first letter: the same hits as trying every pattern everywhere."""
    lexicon = default_lexicon()
    words = Words(text, lexicon)
    expected = []
    for candidate in _OPENING.finditer(words.folded):
        pos = candidate.start()
        index = bisect_left(words.starts, pos)
        sign = any(c in "$\u20ac\u00a3\u00a5" for c in words.folded[max(0, pos - 2) : pos])
        for answer_type, pattern in STRONG.items():
            if answer_type == "number" and not words.folded[pos].isdecimal():
                continue
            match = pattern.match(words.folded, pos)
            if match is not None:
                expected.append((index, answer_type, 2, match.group()))
            elif sign and answer_type == "money" and _CURRENCY.search(words.folded, 0, pos):
                expected.append((index, answer_type, 2, words.words[index]))
    for answer_type, phrases in lexicon.evidence_sets.items():
        for pos in phrases.fallback_hits(words.folded):
            expected.append((bisect_left(words.starts, pos), answer_type, 1, ""))
    assert _strong_hits(words, lexicon) == sorted(expected)
    assert any(hit[2] == 2 for hit in expected)


@pytest.mark.parametrize(
    "text",
    [
        "Order 1,050 costs 12.99, don't you think? ID: AB12-cd_34 & 'quoted' x.y.z",
        "Café naïve résumé 12.5 – İstanbul ١٢ words",
    ],
)
def test_the_ascii_word_split_is_the_general_one(text):
    """``Words`` splits an all-ASCII text with plain classes: same words and starts."""
    lexicon = default_lexicon()
    words = Words(text, lexicon, text)  # unfolded: capitals too
    assert words.words == WORD.findall(text)
    assert words.starts == [m.start() for m in WORD.finditer(text)]


def test_a_phrase_opening_the_words_is_the_first_phrase_hit():
    lexicon = default_lexicon()
    for words in (["pick", "up", "it"], ["set", "up"], ["refund"], [], ["the", "pick", "up"]):
        hits = [hit for hit in lexicon.phrase_hits(words) if hit[0] == 0]
        assert lexicon.phrase_at(words) == (hits[0][2] if hits else None)


@pytest.mark.parametrize(
    "text",
    [
        "Please pick up the parcel and cancel the order 77120, @SpotifyCares picked up.",
        "My delivery date moved; the refund and the credit note, the refund again.",
        "",
    ],
)
def test_a_topic_is_its_entries_in_order_at_their_highest_weight(text):
    """``Words.topic`` reads ``_entries`` in place: same keys, order and weights."""
    words = Words(text, default_lexicon())
    for start, end in ((0, len(text)), (5, len(text) - 3), (len(text) // 2, len(text))):
        expected: dict[str, float] = {}
        for key, weight in words._entries(start, end):
            if expected.get(key, 0.0) < weight:
                expected[key] = weight
        assert list(words.topic(start, end).items()) == list(expected.items())


_KEYED_TEXTS = [
    "Please pick up the parcel and cancel the order 77120, @SpotifyCares picked up.",
    "My delivery date moved; the refund and the credit note, the refund again.",
    "Thanks @Ana: a zzqxunseenword and a 12.99 refund, don't worry, I'll check it.",
    "",
]


@pytest.mark.parametrize("text", _KEYED_TEXTS)
def test_loose_entries_are_each_words_own_topic_key(text):
    """``Words._loose_entries`` (read through the lexicon's memo): the same
    entries as looking each word outside concept phrases and handles up in the
    lexicon, words never seen before included; the handles are the words
    right after an "@" (found from each "@", not by testing every word)."""
    lexicon = default_lexicon()
    words = Words(text, lexicon)
    lexicon._keys.pop("zzqxunseenword", None)  # not memoized yet
    assert words.handles == {
        i for i, at in enumerate(words.starts) if at and words.folded[at - 1] == "@"
    }
    for start, end in ((0, len(text)), (5, len(text) - 3), (len(text) // 2, len(text))):
        first, last = words.range(start, end)
        _, taken = words._concepts(first, last)
        expected = [
            entry
            for i in range(first, last)
            if i not in taken
            and i not in words.handles
            and (entry := lexicon.topic_key(words.words[i])) is not None
        ]
        assert words._loose_entries(first, last, taken) == expected


@pytest.mark.parametrize("text", _KEYED_TEXTS)
def test_words_without_evidence_keep_the_same_concept_phrases(text):
    """A customer's message is indexed without the answer-cue trie
    (``evidence=False``): the concept phrases, and so every topic, are the
    ones the full index finds."""
    lexicon = default_lexicon()
    full, light = Words(text, lexicon), Words(text, lexicon, evidence=False)
    assert light.phrases == full.phrases
    assert light.phrase_starts == full.phrase_starts
    assert light.evidence == []
    assert light.topic(0, len(text)) == full.topic(0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Please pick up the parcel and cancel the order 77120, @SpotifyCares picked up.",
        "My delivery date moved; the refund and the credit note, the refund again.",
        "",
    ],
)
def test_counts_are_its_entries_counted_in_order(text):
    """``Words.counts`` reads ``_entries`` in place: same keys, order and counts."""
    words = Words(text, default_lexicon())
    for start, end in ((0, len(text)), (5, len(text) - 3), (len(text) // 2, len(text))):
        expected: dict[str, int] = {}
        for key, _ in words._entries(start, end):
            expected[key] = expected.get(key, 0) + 1
        assert list(words.counts(start, end).items()) == list(expected.items())


@pytest.mark.parametrize(
    "text",
    [
        "Your account manager is Hannah Lee.",
        "I think I'll ask\tSam today.",
        "we'll send it on Monday at our Leeds depot",
        "nothing capital here at all",
        "I am sure I'd do it and I'll try",
    ],
)
def test_the_name_gate_only_skips_sentences_without_a_name(text):
    """A sentence with no capital after a space cannot hold a ``_NAME`` match."""
    from replycheck.thread.answers import _CAPITAL_AFTER_SPACE, _NAME

    names = [m.group() for m in _NAME.finditer(text, 1, len(text))]
    gated = _CAPITAL_AFTER_SPACE.search(text, 0, len(text)) is None
    assert names == ([] if gated else names)
    assert bool(names) == any(word in text for word in ("Hannah", "Sam", "Monday", "Leeds"))


@pytest.mark.parametrize(
    "text",
    [
        "refund of £30 by friday 3rd, see example.com or -x.co.uk, order ab123456",
        "ordered ٣ items on tuesday, the ３rd box; a few days, next week at noon",
        "mar-apr, e-mail foo-bar.org, (12) [monday] _5 x_monday",
    ],
)
def test_the_opening_lookahead_keeps_every_candidate(text):
    """``_OPENING``'s lookahead only skips positions no alternative opens at:
    the same candidates as the pattern without it, in Unicode and ASCII."""
    plain = _OPENING.pattern.replace(r"(?=[a-z\d-])", "", 1)
    assert plain != _OPENING.pattern
    for flags, pattern in ((0, _OPENING), (re.ASCII, _OPENING_ASCII)):
        if flags and not text.isascii():
            continue
        expected = [m.span() for m in re.compile(plain, flags).finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab1-_.' \u00a3\u0663\uff13emonfridaycoux", max_size=60))
def test_the_opening_boundary_before_the_lookahead_keeps_every_candidate(text):
    """``_OPENING`` tests the word boundary before its lookahead (cheaper on
    the many positions inside a word): both are zero-width, so the pattern
    finds what it found with the lookahead first, in Unicode and ASCII."""
    head = r"\b(?=[a-z\d-])"
    assert _OPENING.pattern.startswith(head)
    swapped = r"(?=[a-z\d-])\b" + _OPENING.pattern[len(head) :]
    for flags, pattern in ((0, _OPENING), (re.ASCII, _OPENING_ASCII)):
        expected = [m.span() for m in re.compile(swapped, flags).finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "it broke, and can you fix it; also - please: send it... and then\n\n thanks",
        "fish &amp; chips, a &lt;b&gt; tag;\u00a0then\u2003and so\tplus \u2014 x",
    ],
)
def test_the_cut_opening_class_keeps_every_cut(text):
    """``_CUT`` consumes the character its alternatives open with and then
    tells them apart behind it: the same cuts as each alternative whole."""
    _assert_cuts_as_plain(text)


#: ``_CUT`` written plainly, each alternative with its own opening and
#: lookbehinds: the reference for the form that consumes the opening first.
_PLAIN_CUT = re.compile(
    r"([,;:](?<!&amp;)(?<!&lt;)(?<!&gt;)\s+|\s[-\u2013\u2014]+\s+|\n\s*"
    r"|\s(?:and|but|so|plus|then)\s+|\.{3}\s*|(?<=\bif not)\s+"
    r"|(?<!\bi)(?<!\bwe)(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bwould)(?<!'d)\salso\s+)"
)


def _assert_cuts_as_plain(text):
    for start, end in ((0, len(text)), (len(text) // 3, len(text)), (1, len(text) - 1)):
        expected = [(m.span(), m.span(1)) for m in _PLAIN_CUT.finditer(text, start, end)]
        assert [(m.span(), m.span(1)) for m in _CUT.finditer(text, start, end)] == expected


#: Pieces of text around ``_CUT``'s openings and lookbehinds.
_CUT_PIECES = (
    " ", "  ", "\n", "\t", ",", ";", ":", ".", "...", "-", "\u2014", "&amp;", "&lt;", "and",
    "but", "so", "then", "plus", "also", "if not", "i", "we", "she", "they", "would", "'d",
    "x", "\u00e9",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUT_PIECES), max_size=14).map("".join))
def test_the_cut_opening_class_keeps_any_cut(text):
    _assert_cuts_as_plain(text)


#: Pieces of text around ``_EMBEDDED_WORDS``' words and their boundaries.
_EMBEDDED_PIECES = (
    " ", "-", ".", "'", "know", "hear", "heard", "find out", "sure", "unsure", "idea", "ask",
    "s", "x", "1", "\u00e9", "_",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_EMBEDDED_PIECES), max_size=10).map("".join))
def test_the_embedded_words_behind_a_space_are_the_words_at_a_boundary(text):
    plain = re.compile(r"\b(?:" + _EMBEDDED_WORDS.pattern.removeprefix(r"\W(?:"))
    assert (_EMBEDDED_WORDS.search(" " + text) is None) == (plain.search(text) is None)


#: Pieces of text around ``_REFERS``' words and their boundaries.
_REFERS_PIECES = (
    " ", "  ", "\n", "-", ".", "'", "all", "the", "full", "further", "details", "info",
    "information", "you", "'ll", "will", "can", "also", "find", "be", "found", "is", "are",
    "on", "in", "our", "website", "faqs", "page", "2", "terms", "booking", "form", "s", "x",
    "\u00e9", "_",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_REFERS_PIECES), max_size=12).map("".join))
def test_the_refers_pattern_behind_a_space_is_the_pattern_at_a_boundary(text):
    assert (_REFERS_AT.search(" " + text) is None) == (_REFERS.search(text) is None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("all the details are on our website", True),
        ("you'll find our prices on the website", True),
        ("the form is on page 2 of the booking form", True),
        ("full information can be found here", True),
        ("overall details differ", False),  # "all" inside a word
        ("thank you for asking", False),
        ("it is in the_terms", False),
    ],
)
def test_the_refers_pattern_behind_a_space_on_sentences(text, found):
    assert (_REFERS_AT.search(" " + text) is not None) is found
    assert (_REFERS.search(text) is not None) is found


def _every_trie_hit(trie, words):
    """Each phrase of a word trie at each word, walked word by word (a
    reference for ``trie_hits``, which a customer's message now runs on the
    concept trie alone)."""
    hits = []
    for i in range(len(words)):
        node, j = trie.get(words[i]), i + 1
        while node is not None:
            if node.get("") is not None:
                hits.append((i, j, node[""]))
            node = node.get(words[j]) if j < len(words) else None
            j += 1
    return hits


@pytest.mark.parametrize(
    "text",
    [
        "We have received your refund request and we'll look into it by next week.",
        "pick up pick up, the credit note; thank you thank you for your patience",
        "",
        "refund",
    ],
)
def test_trie_hits_find_every_phrase_at_every_word(text):
    lexicon = default_lexicon()
    words = Words(text, lexicon).words
    for trie in (lexicon.combined_index, lexicon.phrase_index, lexicon.evidence_index):
        assert trie_hits(trie, words) == _every_trie_hit(trie, words)
    assert trie_hits(lexicon.combined_index, words) or not words or text == "refund"


@pytest.mark.parametrize(
    ("segment", "kept"),
    [
        ("can you send it, and", "can you send it"),
        ("is it free also", "is it free"),
        ("i paid - ", "i paid"),
        ("what about the band", "what about the band"),
        ("so", "so"),
        ("fix it then if", "fix it"),
    ],
)
def test_a_cut_drops_only_trailing_marks_and_conjunctions(segment, kept):
    from replycheck.thread.asked import _strip_cut

    text = "x " + segment
    assert text[2 : _strip_cut(text, 2, len(text))] == kept


@pytest.mark.parametrize(
    "text",
    [
        "And also, can you refund me? So when will it arrive, and could you call me",
        "I ordered a kettle and it broke, and please send a new one. Why?",
        "@Airline Are the flights direct? and also so I'd like a refund and a receipt",
    ],
)
def test_a_segment_keeps_the_connector_offset_its_cue_was_read_at(text):
    """``_segments`` keeps where each cued segment's text starts past its
    connectors, so ``_classify`` does not strip them again: the same offset
    ``_strip_connectors`` finds, and the same cue ``_cue`` reads."""
    lexicon = default_lexicon()
    folded = fold(text)
    segments = _segments(folded, 0, len(folded), lexicon)
    assert any(segment.offset > 0 for segment in segments)
    for segment in segments:
        if segment.offset >= 0:
            assert segment.offset == _strip_connectors(segment.text, lexicon)
            assert (segment.cued, segment.cue_end) in (
                _cue(segment.text, lexicon, segment.text[-1], opening=o, asking=k)
                for o in (False, True)
                for k in (False, True)
            ) or segment.cued == "request"


def test_note_and_its_forms_do_not_stem_to_the_function_word_not():
    lexicon = default_lexicon()
    assert lexicon.stem_of("noted") == lexicon.stem_of("notes") == lexicon.stem_of("note")
    assert lexicon.stem_of("noting") == lexicon.stem_of("note")
    assert lexicon.stem_of("note") != lexicon.stem_of("not")
    assert lexicon.stem_of("not") == "not"


def _topic_word_by_word(words: Words, start: int, end: int) -> dict[str, float]:
    """``Words.topic`` as first written: concept phrases, then each other
    word's key looked up on its own."""
    first, last = words.range(start, end)
    concepts: list[str] = []
    taken: set[int] = set()
    for a, b, concept in words.phrases:
        if first <= a and b <= last:
            concepts.append(concept)
            taken.update(range(a, b))
    topic = dict.fromkeys(concepts, 1.0)
    for i in range(first, last):
        if i in taken or i in words.handles:
            continue
        entry = words.lexicon.topic_key(words.words[i])
        if entry is not None and topic.get(entry[0], 0.0) < entry[1]:
            topic[entry[0]] = entry[1]
    words.key_table()  # finds the days of the month (``days``) on its first call
    if any(first <= i < last for i in words.days):
        # a day of the month is a date as well ("the 12th")
        topic["date"] = 1.0
    return topic


#: Words with concept phrases, a handle, numbers, filler and punctuation;
#: made-up words are drawn beside them (not in the lexicon's memo yet).
_TOPIC_WORDS = " ".join(
    ("money back refund the @acme order #4471 can i have my parcel", "arrive don't 12th ? , .")
).split(" ")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_TOPIC_WORDS),
            st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9),
        ),
        max_size=30,
    ),
    st.data(),
)
def test_topics_read_from_the_text_s_word_keys_are_the_word_by_word_ones(tokens, data):
    """``Words`` looks every word's key up once (new words too) and slices
    them per stretch: the same topic as looking each word up on its own."""
    text = " ".join(tokens)
    words = Words(text, default_lexicon())
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = _topic_word_by_word(words, start, end)
    assert words.topic(start, end) == expected
    assert list(words.topic(start, end).items()) == list(expected.items())
    assert words.topic(0, len(text)) == _topic_word_by_word(words, 0, len(text))


_DURATION_SAMPLES = (
    "it takes 5 working days",
    "two to three weeks",
    "about an hour",
    "half an hour apart",
    "a fortnight",
    "overnight",
    "within the hour",
    "up to 3pm",
    "check-up to 3pm",
    "until friday",
    "till then",
    "10 mins",
    "3hrs",
    "a few months",
    "today and monday",
    "the admin team",
    "we will look into it",
)


@pytest.mark.parametrize("piece", _DURATION_SAMPLES)
def test_the_duration_hints_leave_the_search_as_it_was(piece):
    assert _lasts(piece) == (_DURATION.search(piece) is not None)


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                "an",
                "half",
                "one",
                "12",
                "1.5",
                " ",
                "-",
                "to",
                "or",
                "more ",
                "min",
                "ute",
                "s",
                "hour",
                "hr",
                "day",
                "night",
                "week",
                "month",
                "year",
                "fort",
                "over",
                "with",
                "in",
                "up",
                "til",
                "l",
                "x",
                "working ",
                "seven",
                "six",
                "ty",
                "teen",
                "eleven",
                "several",
                "a couple of ",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_the_duration_hints_leave_any_search_as_it_was(piece):
    # every _DURATION match holds one of _DURATION_HINTS, so the test before
    # the search changes no answer
    assert _lasts(piece) == (_DURATION.search(piece) is not None)


#: Pieces of text around ``_OPENING``'s edges (domains, "-", words, digits
#: beyond ASCII) for ``_openings``.
_OPENING_PIECES = (
    "a", "b", "1", "2", "-", ".", "com", "co.uk", ".io", ".org", " ", "\n", ",", "_", "x",
    "mar", "may", "no", "noon", "next", "free", "www", "10th", "9am", "a few", "a couple",
    "http", "https", "one", "once", "twelve", "thursday", "eighteen", "\u00a3", "\u00e9",
    "\u0663", "\uff13", "\u2014",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_OPENING_PIECES),
        max_size=14,
    ).map("".join)
)
def test_the_openings_by_head_start_where_the_opening_matches_do(text):
    """``_openings`` (one branch per opening character, behind a space; the
    domain branch only where a domain ending is) gives the candidates
    ``_OPENING`` gives, at the same starts and ends, in Unicode and ASCII."""
    plain = _OPENING_ASCII if text.isascii() else _OPENING
    expected = [m.span() for m in plain.finditer(text)]
    found = list(_openings(text))
    shift = 0 if found and found[0].string == text else 1
    assert [(m.start(), m.end() - shift) for m in found] == expected


#: ``_REFERS_PIECES`` and the words of its other alternatives, for the gate.
_REFERS_GATE_PIECES = (
    *_REFERS_PIECES, "app", "site", "faq", "contract", "agreement", "policy", "leaflet",
    "explains", "covers", "sets", "out", "everything", "of", "this", "that", "see", "refer",
    "to", "section", "clause", "paragraph", "settings", "happy", "infos",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_REFERS_GATE_PIECES), max_size=12).map("".join))
def test_the_refers_gate_skips_only_sentences_the_pattern_finds_nothing_in(text):
    assert _refers(text) is (_REFERS.search(text) is not None)


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        ("all the info is here", "info"),
        ("all the details", "details"),
        ("you will find it", "find"),
        ("it can be found", "found"),
        ("it is on our site", "site"),
        ("it is in our app", "app"),
        ("it is on our faqs", "faq"),
        ("it is on page 4", "page"),
        ("it is in the booking form", "booking"),
        ("it is in the terms", "terms"),
        ("it is in the contract", "contract"),
        ("it is in the agreement", "agreement"),
        ("it is in the policy", "policy"),
        ("it is in the leaflet", "leaflet"),
        ("this explains everything", "explain"),
        ("it covers all of this", "cover"),
        ("it sets out everything", "set"),
        ("see section 3", "section"),
        ("see clause 3", "clause"),
        ("refer to paragraph 3", "paragraph"),
    ],
)
def test_each_refers_needle_is_the_only_one_in_a_sentence_that_refers(sentence, needle):
    """A needle dropped from ``_REFERS_NEEDLES`` fails here: the sentence
    matches ``_REFERS`` and holds no other needle."""
    assert _REFERS.search(sentence) is not None
    assert _refers(sentence)
    assert [n for n in _REFERS_NEEDLES if n in sentence] == [needle]
