"""Stock-pitch logic beyond the rule examples: the customer's message decides
the level, own-order talk is not a pitch, and how pitches are cut into spans."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from replycheck import Checker, Config
from replycheck.checks import stock as stock_module
from replycheck.checks.stock import (
    _asks_to_use_it,
    _companion_within,
    _pattern_hits,
    _Pitches,
    _sentences,
    _stands_in_for_the_gone,
    asks,
    compiled,
    could_pitch,
    trigger_spans,
    units,
)
from replycheck.nlp import shared_pipeline
from replycheck.rules import Registry, Rule

PITCH = (
    "Hi Robert,\n\nA replacement shade is on its way.\n\n"
    "You might also like our matching floor lamp.\n\nBest,\nAnya"
)


@pytest.fixture(scope="module")
def stock() -> Checker:
    return Checker(Config(select=("stock-pitch",)))


def test_unasked_pitch_with_known_customer_message_is_a_warning(stock: Checker) -> None:
    findings = stock.check(PITCH, "My lamp shade arrived cracked.").findings
    assert [(f.code, f.severity) for f in findings] == [("RC404", "warning")]


def test_pitch_with_unknown_customer_message_is_info_and_says_why(stock: Checker) -> None:
    (finding,) = stock.check(PITCH).findings
    assert finding.severity == "info"
    assert "customer's message was not available" in finding.message


def test_pitch_the_customer_asked_for_is_an_answer(stock: Checker) -> None:
    original = "My lamp shade arrived cracked. Could you recommend an alternative lamp?"
    assert stock.check(PITCH, original).findings == ()


def test_customer_question_quoted_in_the_draft_counts_as_asked(stock: Checker) -> None:
    draft = (
        "Hi Naomi,\n\nThe Aria dress is back in stock in size 12.\n\nBest,\nOwen\n\n"
        "On Mon, 16 Nov 2026 at 09:41, Naomi <naomi@example.com> wrote:\n"
        "> Do you still have the Aria dress in size 12?"
    )
    assert stock.check(draft).findings == ()


SAVER = (
    "Hi Lily,\n\nI've refunded the £6 fee.\n\nOur Premium account comes with a £500 overdraft "
    "for just £12 a month.\n\nThanks,\nSam"
)


def test_a_topic_word_in_a_complaint_is_not_a_question_about_offers(stock: Checker) -> None:
    complaint = "I was charged an overdraft fee but I was only overdrawn for a few hours."
    assert [f.code for f in stock.check(SAVER, complaint).findings] == ["RC403"]


@pytest.mark.parametrize(
    "original",
    [
        "Is there a cheaper way to avoid overdraft fees?",
        "I keep paying overdraft fees. Please tell me about cheaper options.",
        "Do you have an account that would stop this happening?",
    ],
)
def test_a_question_or_request_about_the_topic_is_asked(stock: Checker, original: str) -> None:
    assert stock.check(SAVER, original).findings == ()


def test_a_sum_the_customer_quoted_is_their_topic(stock: Checker) -> None:
    draft = "Hi Ed,\n\nOur express option costs £6.50 a delivery.\n\nBest,\nRae"
    assert stock.check(draft, "What is the £6.50 on my receipt?").findings == ()
    assert [f.code for f in stock.check(draft, "Where is my receipt?").findings] == ["RC403"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Your replacement is in stock and ships today.",
        "The item you ordered is out of stock, so we've refunded you.",
        "As an apology, I've taken 20% off your next order.",
    ],
)
def test_talk_about_the_customers_own_order_is_not_a_pitch(stock: Checker, sentence: str) -> None:
    draft = f"Hi Sam,\n\n{sentence}\n\nBest,\nAna"
    assert stock.check(draft, "Where is my order?").findings == ()


def test_two_pitches_in_one_sentence_are_two_findings(stock: Checker) -> None:
    draft = (
        "Hi Nadia,\n\nYour transfer arrived. Our new Premier account has just launched, and "
        "if you switch before December you'll get £150 cashback!\n\nThanks,\nJosh"
    )
    texts = [f.text for f in stock.check(draft, "Did my transfer arrive?").findings]
    assert texts == [
        "Our new Premier account has just launched",
        "if you switch before December you'll get £150 cashback!",
    ]


def test_an_untriggered_sentence_opening_with_it_carries_the_pitch_on(stock: Checker) -> None:
    draft = (
        "Hi Anil,\n\nYour SIM is active. Have you seen our new Max plan? "
        "It's great value.\n\nThanks,\nBecky"
    )
    texts = [f.text for f in stock.check(draft, "My SIM doesn't work.").findings]
    assert texts == ["Have you seen our new Max plan? It's great value."]


def test_a_pitch_after_an_aside_opener_counts_even_when_the_topic_was_asked(
    stock: Checker,
) -> None:
    draft = (
        "Hi Meg,\n\nWe don't price match, I'm afraid. While you're here, members get "
        "15% off every order.\n\nCheers,\nLeo"
    )
    findings = stock.check(draft, "Do you price match? It was cheaper elsewhere.").findings
    assert [f.text for f in findings] == ["While you're here, members get 15% off every order."]


@pytest.mark.parametrize("opener", ["Also, heads up:", "Psst:", "One more thing:"])
def test_a_side_note_flagged_as_one_opens_an_aside(stock: Checker, opener: str) -> None:
    draft = (
        f"Hi Suki,\n\nYes, Pro includes API access. {opener} our annual plans are "
        "30% off this week only.\n\nRob"
    )
    original = "Does the Pro plan include API access? Thinking of upgrading."
    findings = stock.check(draft, original).findings
    assert [f.text for f in findings] == ["our annual plans are 30% off this week only."]


def test_a_side_note_opener_does_not_make_news_of_their_own_order_a_pitch(
    stock: Checker,
) -> None:
    draft = "Hi Suki,\n\nHeads up: your order ships on Friday.\n\nRob"
    assert stock.check(draft, "When does my order ship?").findings == ()


def test_units_cut_after_colons_and_before_comma_and() -> None:
    doc = shared_pipeline()("While you're here: our new card is out, and it has no fees.")
    assert [u.text for u in units(doc, 0, len(doc.text))] == [
        "While you're here",
        "our new card is out",
        "it has no fees.",
    ]


def test_upgrade_as_a_requirement_is_not_an_upsell(stock: Checker) -> None:
    draft = "Hi Lukas,\n\nYou'll need to upgrade to Pro to use single sign-on.\n\nBest,\nTrellis"
    assert stock.check(draft).findings == ()


def test_product_the_customer_named_is_their_topic(stock: Checker) -> None:
    draft = "Hi Gary,\n\nDashPass gives you free delivery on orders over £15.\n\nThanks,\nDishdash"
    original = "I was charged for DashPass and never signed up."
    assert stock.check(draft, original).findings == ()


def _lower_ids(doc: Doc) -> frozenset[int]:
    return frozenset(doc.to_array(LOWER).tolist())


def _rule(**options: object) -> Rule:
    (rule,) = [r for r in Registry.load() if r.code == "RC403"]
    return replace(rule, options={**rule.options, **options})


def test_gate_rules_out_drafts_without_a_trigger_word() -> None:
    pipeline = shared_pipeline()
    matchers = compiled(_rule(), pipeline.nlp.vocab)
    quiet = pipeline("Your refund was issued today.")
    promo = pipeline("Use code GLOW20 for 20% off this weekend.")
    assert not could_pitch(_lower_ids(quiet), matchers)
    assert could_pitch(_lower_ids(promo), matchers)
    assert trigger_spans(promo, matchers, _lower_ids(promo)) == [(0, 3), (4, 7)]


def test_a_pattern_that_needs_no_particular_word_leaves_the_rule_ungated() -> None:
    pipeline = shared_pipeline()
    rule = _rule(patterns=[[{"LIKE_NUM": True}, {"LOWER": "x", "OP": "?"}]])
    matchers = compiled(rule, pipeline.nlp.vocab)
    assert [gate for gate, _ in matchers.triggers] == [None]
    assert could_pitch(_lower_ids(pipeline("nothing here")), matchers)


def test_sentences_are_those_of_doc_sents_made_only_when_read() -> None:
    doc = shared_pipeline()("Hi Sam,\n\nYour card is here. It works!\n\n- one\n- two\nThanks")
    sentences = _sentences(doc)
    assert not sentences._made
    assert len(sentences) == len(list(doc.sents))
    assert [(s.start, s.end) for s in sentences] == [(s.start, s.end) for s in doc.sents]
    assert sentences[-1].text == list(doc.sents)[-1].text


def test_a_pattern_is_matched_only_in_a_sentence_holding_all_its_words() -> None:
    pipeline = shared_pipeline()
    rule = _rule(phrases=[], patterns=[[{"LOWER": "our"}, {"LOWER": "new"}, {"LOWER": "range"}]])
    matchers = compiled(rule, pipeline.nlp.vocab)
    split = pipeline("Our new card is out. The range is wide, our shop too.")
    whole = pipeline("The card is out. Our new range is wide.")
    assert could_pitch(_lower_ids(split), matchers)
    assert trigger_spans(split, matchers, _lower_ids(split)) == []
    assert trigger_spans(whole, matchers, _lower_ids(whole)) == [(5, 8)]


def test_each_sentence_of_a_pitch_is_its_own_finding(stock: Checker) -> None:
    # the sentence carrying the pitch on with news (RC402), and the clause after
    # it that RC403 flags, are one pitching sentence: one finding of its own
    draft = (
        "Hi Jo,\n\nYour parcel is on its way. Have you seen our new Summer Glow "
        "collection? It launched this week, and members get 20% off with the code GLOW20 "
        "until Sunday. Don't miss it!\n\nBest,\nMia"
    )
    texts = [f.text for f in stock.check(draft, "Where is my parcel?").findings]
    assert texts == [
        "Have you seen our new Summer Glow collection?",
        "It launched this week, and members get 20% off with the code GLOW20 until Sunday.",
        "Don't miss it!",
    ]


def test_a_tag_after_an_answer_to_their_own_question_is_no_pitch(stock: Checker) -> None:
    draft = (
        "Hi Dev,\n\nYes, the blue kettle is back in stock. It's £30 and ships tomorrow. "
        "Hurry, it won't last long!\n\nCheers,\nMo"
    )
    assert stock.check(draft, "Is the blue kettle back in stock?").findings == ()


def test_units_are_shared_by_the_rules_and_cut_only_where_triggers_are(stock: Checker) -> None:
    draft = (
        "Hi Anil,\n\nYour SIM is active. It should work now.\n\nHave you seen our new Max "
        "plan? It's great value. Members get 20% off this week.\n\nThanks,\nBecky"
    )
    texts = [(f.code, f.text) for f in stock.check(draft, "My SIM doesn't work.").findings]
    assert texts == [
        ("RC402", "Have you seen our new Max plan? It's great value."),
        ("RC403", "Members get 20% off this week."),
    ]


def test_sales_talk_without_a_stock_phrase_is_reported(stock: Checker) -> None:
    draft = (
        "Hi Sam,\n\nYour parcel arrives on Friday.\n\nIf you fancy something sweet, "
        "our chocolate hampers have returned for Christmas.\n\nBest,\nAna"
    )
    (finding,) = stock.check(draft, "Where is my parcel?").findings
    assert finding.code == "RC406"
    assert finding.text.startswith("If you fancy something sweet")


def test_the_sales_talk_catch_all_leaves_sentences_other_rules_reported(stock: Checker) -> None:
    draft = (
        "Hi Sam,\n\nYour parcel arrives on Friday.\n\nOur winter sale is on, with exclusive "
        "deals on throws and rugs.\n\nBest,\nAna"
    )
    assert [f.code for f in stock.check(draft, "Where is my parcel?").findings] == ["RC403"]


def test_one_sales_word_about_the_customers_own_topic_is_not_sales_talk(stock: Checker) -> None:
    draft = "Hi Sam,\n\nIt's our annual burrito promotion tonight.\n\nBest,\nAna"
    assert stock.check(draft, "What's wrong with online orders tonight?").findings == ()
    assert [f.code for f in stock.check(draft, "Where is my refund?").findings] == ["RC406"]


def test_two_content_words_the_customer_used_together_are_their_topic(stock: Checker) -> None:
    draft = "Hi Ann,\n\nDone. Paying by direct debit also takes £5 off every bill.\n\nBest,\nVolt"
    assert stock.check(draft, "I'd like to pay by direct debit from now on.").findings == ()
    # the same words apart are not the customer's phrase
    other = "I'd like a paper bill sent by post, as I can't get online."
    assert [f.code for f in stock.check(draft, other).findings] == ["RC403"]


def test_a_price_is_an_offer_only_when_it_is_put_to_the_customer_to_take_up(
    stock: Checker,
) -> None:
    original = "My landline has no dial tone."
    plain = "Hi Tom,\n\nThe engineer fixed the line; the part cost £40.\n\nBest,\nKim"
    offer = (
        "Hi Tom,\n\nThe line is fixed. You could also get a SIM with us for £8 a month."
        "\n\nBest,\nKim"
    )
    assert stock.check(plain, original).findings == ()
    assert [f.code for f in stock.check(offer, original).findings] == ["RC407"]


def test_a_question_that_sells_is_read_though_the_agents_questions_are_not(
    stock: Checker,
) -> None:
    original = "Can I have a receipt for my stay?"
    selling = (
        "Hi Sol,\n\nYour receipt is attached. Did you know that guests who book direct "
        "pay £20 less a night?\n\nBest,\nThe Grange"
    )
    asking = (
        "Hi Sol,\n\nYour receipt is attached. Would you like the £20 parking added "
        "to it as well?\n\nBest,\nThe Grange"
    )
    assert [f.code for f in stock.check(selling, original).findings] == ["RC407"]
    assert stock.check(asking, original).findings == ()


def test_a_price_for_what_the_customer_wrote_about_answers_them(stock: Checker) -> None:
    draft = "Hi Ana,\n\nYes: guests can park behind the hotel for £10 a night.\n\nBest,\nThe Grange"
    # "park" starts "parking": the customer's topic, so the price answers them
    assert stock.check(draft, "Is there parking near you?").findings == ()
    assert [f.code for f in stock.check(draft, "Our room was freezing.").findings] == ["RC407"]


def test_a_unit_after_a_colon_spells_out_the_pitch_and_joins_it(stock: Checker) -> None:
    draft = (
        "Hi Josh,\n\nHere is a new reset link.\n\nOur winter sale starts at midnight: up to 60% "
        "off headphones and speakers.\n\nCheers,\nMel"
    )
    texts = [f.text for f in stock.check(draft, "My reset link expired.").findings]
    assert texts == ["Our winter sale starts at midnight: up to 60% off headphones and speakers."]
    # a colon after words that sell nothing joins nothing
    plain = "Hi Josh,\n\nGood news: your refund went out today.\n\nCheers,\nMel"
    assert stock.check(plain, "Where is my refund?").findings == ()


@pytest.mark.parametrize(
    ("words", "refuses"),
    [
        ("we cannot offer price matching on sale items", True),
        ("this fare is not refundable", True),
        ("why not add priority boarding from £8 ?", False),
        ("don't miss our winter sale", False),
    ],
)
def test_a_refusal_is_a_negation_that_neither_urges_nor_suggests(words: str, refuses: bool) -> None:
    from replycheck.checks.stock import _refuses

    doc = shared_pipeline()(words)
    assert _refuses(list(doc.to_array(LOWER).tolist())) is refuses


def test_a_part_in_stock_for_the_customers_own_thing_is_the_fix_not_a_pitch(
    stock: Checker,
) -> None:
    original = "The blades on my mower are blunt and chipped."
    fixing = (
        "Hi Doug,\n\nReplacement blades are in stock, so bring the mower in and we'll swap "
        "them while you wait.\n\nBest,\nGreenleaf"
    )
    # the same stock talk with nothing done for the customer is still a pitch
    selling = (
        "Hi Doug,\n\nI've refunded you.\n\nReplacement blades are in stock.\n\nBest,\nGreenleaf"
    )
    # and so is stock of something else, however helpful the rest of the sentence
    other = (
        "Hi Doug,\n\nI've refunded you.\n\nOur hedge trimmers are back in stock, and we can "
        "deliver one to you tomorrow.\n\nBest,\nGreenleaf"
    )
    assert stock.check(fixing, original).findings == ()
    assert [f.code for f in stock.check(selling, original).findings] == ["RC401"]
    assert [f.code for f in stock.check(other, original).findings] == ["RC401"]


@pytest.mark.parametrize(
    ("sentence", "pitch"),
    [
        ("We also offer will writing at a fixed fee of £150.", True),
        ("We now offer a fixed-price MOT for £89.", True),
        ("Version 3.1, which has the crash fixed, is now available.", False),
    ],
)
def test_fixed_describing_the_offer_does_not_excuse_it(
    stock: Checker, sentence: str, pitch: bool
) -> None:
    draft = f"Hi Aled,\n\nYes, we filed your return on Monday.\n\n{sentence}\n\nBest,\nFiona"
    findings = stock.check(draft, "Did you file my return? The app also keeps crashing.").findings
    assert bool(findings) == pitch


def test_a_sentence_opening_with_yes_answers_a_known_question_but_not_a_clause_after(
    stock: Checker,
) -> None:
    original = "Is there a way to avoid the queue at the gates?"
    answer = (
        "Hi Kim,\n\nYes, our Fast Track pass is £8 per person and gets you through a "
        "separate entrance.\n\nBest,\nAna"
    )
    aside = (
        "Hi Kim,\n\nYes, we've moved your tickets to Friday, and our Fast Track pass is "
        "just £8.\n\nBest,\nAna"
    )
    assert stock.check(answer, original).findings == ()
    assert [f.text for f in stock.check(aside, "Can you move my tickets?").findings] == [
        "our Fast Track pass is just £8."
    ]


def test_draft_keys_follow_rules_compiled_after_they_were_worked_out() -> None:
    from spacy.strings import hash_string

    from replycheck.checks import stock

    pipeline = shared_pipeline()
    doc = pipeline("Our brand new zorbflex range is here.")
    before = stock._draft_keys(doc, _lower_ids(doc))
    assert hash_string("zorbflex") not in before
    rule = _rule(phrases=["new zorbflex range"], patterns=[])
    matchers = compiled(replace(rule, code="RC9ZZ"), pipeline.nlp.vocab)
    present = stock._draft_keys(doc, _lower_ids(doc))
    assert hash_string("zorbflex") in present
    assert matchers.open_gates(_lower_ids(doc), present) == matchers.open_gates(_lower_ids(doc))


def test_the_forms_of_one_word_share_a_stem() -> None:
    from replycheck.checks.stock import _stem

    for forms in (
        ("save", "saving", "savings"),
        ("tile", "tiles"),
        ("lens", "lenses"),
        ("gift", "gifts"),
        ("battery", "batteries"),
        ("cover", "covers", "covered"),
        ("glass", "glasses"),
    ):
        assert len({_stem(w) for w in forms}) == 1, forms
    assert _stem("gift") != _stem("give")


def test_a_call_to_take_up_the_offer_after_a_pitch_is_its_own_finding(stock: Checker) -> None:
    draft = (
        "Hi Jo,\n\nYou can change your PIN in the app. Our Platinum card now has no fees abroad "
        "and 2% cashback. Apply online in minutes.\n\nBest,\nMia"
    )
    texts = [f.text for f in stock.check(draft, "Can I change my PIN?").findings]
    assert texts == [
        "Our Platinum card now has no fees abroad and 2% cashback.",
        "Apply online in minutes.",
    ]
    # the same words after an answer are an instruction, not a pitch
    answer = (
        "Hi Jo,\n\nYes, our student discount is 20%. Apply it at checkout with your student "
        "email.\n\nBest,\nMia"
    )
    assert stock.check(answer, "Is there a student discount?").findings == ()


def test_a_need_for_a_thing_is_not_a_need_of_the_service() -> None:
    from replycheck.checks.stock import needs_a_thing
    from replycheck.nlp import shared_pipeline

    nlp = shared_pipeline()
    for text in (
        "My printer died and I need a new one by Friday.",
        "It's her birthday and I'm stuck for ideas.",
        "What shoes would work for wide feet?",
        "I'm looking for something lighter.",
    ):
        assert needs_a_thing(nlp.make_doc(text)), text
    for text in ("I need a refund.", "I'd like a copy of my invoice.", "I need a new password."):
        assert not needs_a_thing(nlp.make_doc(text)), text


def test_longest_match_counts_repeats_and_gives_up_on_unbounded_ones() -> None:
    from replycheck.checks.stock import _longest_match

    assert _longest_match([[{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}]]) == 2
    assert _longest_match([[{"LOWER": "a"}, {"IS_PUNCT": False, "OP": "{0,4}"}], [{}]]) == 5
    assert _longest_match([[{"LOWER": "a"}, {"IS_ALPHA": True, "OP": "+"}]]) is None
    assert _longest_match([[{"LOWER": "a"}, {"IS_ALPHA": True, "OP": "{1,}"}]]) is None


def test_pattern_matches_looked_for_near_key_words_are_those_of_the_whole_sentence() -> None:
    # Several keys, near and far apart, at the ends of sentences, in one draft.
    text = (
        "Save £5 today. Our new range of £10 mugs, and £20 teapots is here! "
        "Now only £4.99 each while stocks last, or get 50% off our new Max plan £. "
        "£ 3 and then a long run of words before $7 and €8."
    )
    doc = shared_pipeline()(text)
    rules = {r.code: r for r in Registry.load()}
    sentences = _sentences(doc)
    checked = 0
    for code in ("RC401", "RC402", "RC403", "RC404", "RC405", "RC407"):
        matchers = compiled(rules[code], doc.vocab)
        for gate, matcher in matchers.triggers:
            if gate is None or gate.reach is None:
                continue
            whole = sorted(
                (first + s, first + e)
                for index in range(len(sentences))
                for first in [sentences.bounds(index)[0]]
                for _, s, e in matcher(sentences[index])
            )
            assert sorted(_pattern_hits(doc, gate, matcher)) == whole
            checked += bool(whole)
    assert checked >= 3


def test_patterns_found_on_the_token_table_are_the_matchers_matches() -> None:
    # Every stock rule's trigger patterns that compile for the token table
    # find, over each rule's examples, what spaCy's Matcher finds reading the
    # sentences that open their gate.
    pipeline = shared_pipeline()
    rules = [r for r in Registry.load() if r.check == "stock-pitch"]
    texts = [
        "Save £5 today. Our new range of £10 mugs, and £20 teapots is here!",
        "Get 50% off our new Max plan. Now only £4.99 each while stocks last.",
        *(example.text for rule in rules for example in (*rule.bad, *rule.good)),
    ]
    compiled_groups = found = 0
    for rule in rules:
        matchers = compiled(rule, pipeline.nlp.vocab)
        for (gate, matcher), tokens in zip(matchers.triggers, matchers.tokens, strict=True):
            if tokens is None:
                continue
            compiled_groups += 1
            for text in texts:
                doc = pipeline(text)
                expected = sorted(set(_pattern_hits(doc, gate, matcher)))
                assert sorted(set(_pattern_hits(doc, gate, matcher, tokens))) == expected, text
                found += bool(expected)
    assert compiled_groups >= 20
    assert found >= 20


def test_a_with_pattern_looked_for_after_its_start_words_is_found_as_in_the_whole_unit() -> None:
    from replycheck.checks.stock import _holds_companion

    rules = {r.code: r for r in Registry.load()}
    texts = [
        "Guests can book a massage for £55 in the spa.",
        "Why not add the lounge pass, just £15 a month until the end of June?",
        "If you'd like to join, members get a free coffee every week.",
        "Your refund of £20 is on its way and should land by Friday.",
        "By switching to our annual plan you could save £40, this week only.",
        "Adding the lounge pass to your plan would help.",
    ]
    found = []
    for text in texts:
        doc = shared_pipeline()(text)
        matchers = compiled(rules["RC407"], doc.vocab)
        assert matchers.companions is not None and matchers.companion_reach is not None
        for start in range(len(doc)):
            for end in range(start + 1, len(doc) + 1):
                unit = doc[start:end]
                ids = [t.lower for t in unit]
                expected = bool(matchers.companions(unit))
                assert _holds_companion(doc, unit, matchers, ids) == expected, unit.text
                found.append(expected)
    assert any(found) and not all(found)


@pytest.mark.parametrize(
    ("original", "draft", "pitch"),
    [
        # stock of the thing that puts their problem right: a stand-in for it
        # ("a replacement", "the right one", "healthy ones") in a sentence that
        # repairs, swaps or refunds
        (
            "My new bike's rear derailleur snapped after two rides.",
            "Sorry about that. We have a replacement in stock, so bring the bike in"
            " on Saturday and we'll fit it free.",
            False,
        ),
        (
            "You gave me the wrong brand of antihistamine.",
            "Bring the box back and we'll swap it for the right one, which is in stock.",
            False,
        ),
        (
            "The olive tree I bought has died.",
            "You can have a full refund or a replacement; we have healthy ones in stock.",
            False,
        ),
        # more of it on sale, with nothing put right, still sells
        ("Where's my order?", "It's due Friday. Replacement filters are in stock too!", True),
        (
            "Can I change my delivery address?",
            "Done. The new ones from our spring range are in stock if you fancy a look.",
            True,
        ),
    ],
)
def test_stock_of_the_fix_is_not_a_pitch(
    stock: Checker, original: str, draft: str, pitch: bool
) -> None:
    assert bool(stock.check(draft, original).findings) is pitch


@pytest.mark.parametrize(
    ("original", "draft", "pitch"),
    [
        # a saving for our own mistake, said in the sentence or the one before,
        # or taken off what the customer already owes
        (
            "The plumber fitted the wrong tap.",
            "As we got this wrong, we'll take £40 off your final invoice.",
            False,
        ),
        (
            "The invitations have the wrong date.",
            "Because we should have double-checked the proof, we'll reprint them at half price.",
            False,
        ),
        (
            "Your mechanic forgot to refit the engine cover.",
            "You're right, that was careless of us. We'll refit it tomorrow, and the service"
            " is half price this time.",
            False,
        ),
        # an offer on something new of ours, or off the next order, still sells
        (
            "The plumber fitted the wrong tap.",
            "Sorry, that was our mistake. Our new boiler range is 20% off this week.",
            True,
        ),
        (
            "Can you send my receipt?",
            "Attached. Our winter sale is on, with 30% off your next order.",
            True,
        ),
    ],
)
def test_goodwill_for_our_own_mistake_is_not_a_pitch(
    stock: Checker, original: str, draft: str, pitch: bool
) -> None:
    assert bool(stock.check(draft, original).findings) is pitch


@pytest.mark.parametrize(
    "draft",
    [
        "Confirmed. Book before the end of the month and it's £100 off.",
        "Confirmed. Switch today and we'll double your data for six months!",
        "Confirmed. Use code FERRY10 at checkout and it's 10% off your return trip.",
    ],
)
def test_a_call_to_act_and_what_it_earns_is_one_pitch(stock: Checker, draft: str) -> None:
    (finding,) = stock.check(draft, "Can you confirm my booking?").findings
    assert draft[finding.start : finding.end].startswith(("Book", "Switch", "Use"))
    assert draft[finding.start : finding.end].endswith(("off.", "months!", "trip."))


def test_and_before_a_new_subject_still_cuts_two_offers() -> None:
    doc = shared_pipeline()("Our new spa opens in February and we've got a Valentine's package.")
    assert [u.text for u in units(doc, 0, len(doc.text))] == [
        "Our new spa opens in February",
        "we've got a Valentine's package.",
    ]


@pytest.mark.parametrize(
    ("original", "draft", "pitch"),
    [
        # something else in place of what the reply had to refuse is help
        (
            "Can you fix my cracked screen in store?",
            "We don't repair screens in store, but our partner FixIt offers 15% off for"
            " our customers.",
            False,
        ),
        (
            "Can I pause my gym membership while I'm travelling?",
            "Unfortunately pauses are only for medical reasons.\n\nIf it helps, you can"
            " switch to the off-peak membership while you're away, which saves £12 a month.",
            False,
        ),
        # something new or on sale after a refusal still sells, as does an offer
        # in a sentence of its own
        (
            "Can I get a refund on the delivery fee?",
            "Unfortunately we can't refund the delivery fee, but our new winter range is"
            " 20% off this week.",
            True,
        ),
        (
            "Can I get a refund on my ticket?",
            "I'm afraid the ticket isn't refundable. Members get 15% off every booking, so"
            " do join our club!",
            True,
        ),
    ],
)
def test_an_alternative_to_what_we_refused_is_not_a_pitch(
    stock: Checker, original: str, draft: str, pitch: bool
) -> None:
    assert bool(stock.check(draft, original).findings) is pitch


@pytest.mark.parametrize(
    ("original", "draft", "pitch"),
    [
        # what members get, told to a member, is their own plan
        (
            "I renewed my family membership but haven't had the new cards.",
            "The cards are in the post. Did you know members now get early access to our"
            " dinosaur exhibition?",
            False,
        ),
        (
            "My gym membership card stopped working.",
            "I've reset it. Members can now book classes 14 days ahead in the app, too.",
            False,
        ),
        # to anyone else it sells the membership; to a member, an upgrade,
        # another club or a referral scheme still sells
        ("Can I get a receipt for my ticket?", "Attached. Members get 20% off every show!", True),
        (
            "I have a membership with you. Can I get a receipt?",
            "Attached. Our new Gold membership gives you 20% off every show, so why not upgrade?",
            True,
        ),
        (
            "Can I freeze my gym membership?",
            "It's frozen until July. Members who refer a friend get a month free.",
            True,
        ),
    ],
)
def test_a_members_perk_told_to_a_member_is_not_a_pitch(
    stock: Checker, original: str, draft: str, pitch: bool
) -> None:
    assert bool(stock.check(draft, original).findings) is pitch


@pytest.mark.parametrize(
    ("original", "draft", "pitch"),
    [
        (
            "I've lost my job and need to stop my £10 monthly donation.",
            "Many of our donors choose to lower their gift to £3 a month rather than stop.",
            False,
        ),
        ("Please cancel my plan.", "Cancelled. Our new premium plan is 50% off this month!", True),
    ],
)
def test_less_instead_of_stopping_answers_a_customer_who_wants_to_stop(
    stock: Checker, original: str, draft: str, pitch: bool
) -> None:
    assert bool(stock.check(draft, original).findings) is pitch


@pytest.mark.parametrize(
    ("original", "draft", "pitch"),
    [
        # asking for a fee back asks for their money, not for an offer
        (
            "The show was cancelled. Can I get the booking fee refunded?",
            "I've refunded the £3 booking fee. Join our Plus club and you'll never pay booking"
            " fees again, with the first month free.",
            True,
        ),
        # asking how to avoid the fee asks for one
        (
            "Is there any way to avoid the booking fee?",
            "Yes: members pay no booking fee, and membership is £20 a year.",
            False,
        ),
    ],
)
def test_asking_for_a_fee_back_is_not_asking_for_an_offer(
    stock: Checker, original: str, draft: str, pitch: bool
) -> None:
    assert bool(stock.check(draft, original).findings) is pitch


@pytest.mark.parametrize(
    ("original", "draft", "pitch"),
    [
        # stock of the thing they wrote about, sent on its way to them
        (
            "Do you price match? Argos has the same mower for £40 less.",
            "We do. I've matched the price, and the mower is in stock and can go out tomorrow.",
            False,
        ),
        (
            "I ordered the oak desk but it says backordered.",
            "Good news: the desk is back in stock and we can send it out on Monday.",
            False,
        ),
        # something of ours, or more of it, still sells
        (
            "My boots leaked after a week.",
            "Sorry they leaked. Our winter boots are in stock and ship free this week.",
            True,
        ),
        (
            "My jacket arrived torn, I want a refund.",
            "Your refund is done. The jackets are in stock again and ship the next day, if you"
            " fancy another.",
            True,
        ),
    ],
)
def test_their_thing_in_stock_and_on_its_way_is_not_a_pitch(
    stock: Checker, original: str, draft: str, pitch: bool
) -> None:
    assert bool(stock.check(draft, original).findings) is pitch


@pytest.mark.parametrize(
    ("draft", "pitch"),
    [
        (
            "Your renewal is done, and your new membership card will arrive within 5 days."
            " It includes free parking at all our sites, as before.",
            False,
        ),
        ("Your plan is renewed. Our new Gold tier is here. It gives you 20% off everything!", True),
    ],
)
def test_it_carrying_on_their_own_plan_says_what_they_have(
    stock: Checker, draft: str, pitch: bool
) -> None:
    assert bool(stock.check(draft, "Has my membership renewed?").findings) is pitch


@pytest.mark.parametrize(
    ("original", "draft", "pitch"),
    [
        # a call to act that saves is a sale, even in their words for their topic
        (
            "Can you update my address on my car insurance?",
            "Done. Add breakdown cover to your car insurance today and save 20%.",
            True,
        ),
        (
            "Can you update my address on my car insurance?",
            "Done. You might also want to protect your home: bundle home and car insurance"
            " with us and save 15% on both.",
            True,
        ),
        # a call that answers them is not
        (
            "Can I add my partner to my car insurance?",
            "Yes: add your partner to your car insurance for free; just send me their licence.",
            False,
        ),
    ],
)
def test_a_call_to_act_that_saves_sells_even_on_their_topic(
    stock: Checker, original: str, draft: str, pitch: bool
) -> None:
    assert bool(stock.check(draft, original).findings) is pitch


def test_rule_free_unit_answers_are_kept_per_unit_and_customer_message() -> None:
    from replycheck.checks import stock as module

    pipeline = shared_pipeline()
    doc = pipeline("Your Gold membership includes 20% off. Our new Aria lamp is 20% off today.")
    first = pipeline("I love my Aria lamp.")
    second = pipeline("Where is my parcel?")
    for unit in units(doc, 0, len(doc.text)):
        explained = module._explained_saving(doc, unit)
        assert explained == bool(
            module._their_plan_has(unit)
            or module._goodwill(doc, unit)
            or module._alternative(doc, unit)
        )
        assert module._explained_saving(doc, unit) is explained  # kept
        for original in (first, second, None, first):
            # a different customer's message is worked out afresh, not read from the first
            expected = module.customer_names(unit, original)
            assert module._customer_names_kept(doc, unit, original) == expected
    assert any(module._explained_saving(doc, unit) for unit in units(doc, 0, len(doc.text)))


def test_a_walk_works_out_own_once_per_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    from replycheck.checks import stock as module

    if not module.__file__.endswith(".py"):
        pytest.skip(
            "compiled by mypyc, the walk calls _own directly, past any patch; "
            "the same source is counted in the pure-Python run"
        )
    asked: list[tuple[int, int]] = []
    work = module._Pitches._own

    def counted(self: module._Pitches, unit: object) -> bool:
        asked.append((unit.start, unit.end))  # type: ignore[attr-defined]
        return work(self, unit)  # type: ignore[arg-type]

    monkeypatch.setattr(module._Pitches, "_own", counted)
    one_rule = Checker(Config(select=("RC407",)))  # one rule: one walk over the units
    draft = (
        "Hi Lou,\n\nI'm sorry it was late. It's now been delivered.\n\n"
        "Never wait in again: Premium Delivery gives you a 1-hour slot for £3.\n\nBest,\nMia"
    )
    findings = one_rule.check(draft, "My parcel was late.").findings
    assert [f.code for f in findings] == ["RC407"]
    assert asked  # the hit was tested for being the customer's own talk...
    assert len(asked) == len(set(asked))  # ...once per unit, though the walk asks again


def _first(doc: Doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "theirs"),
    [
        ("Thanks, I'll stop your monthly gift today.", "gift", True),
        ("We've paused your weekly bundle.", "bundle", True),
        ("We updated your Club membership.", "membership", True),
        # a stop word ends the customer's thing: the deals are ours
        ("Your order is here and our deals are on.", "deals", False),
        # more words than YOUR_REACH: too far to be sure it is theirs (an SMS spam)
        ("We've paused your usual weekly bundle.", "bundle", False),
        ("Someone entered your phone becausethey fancy you!", "fancy", False),
    ],
)
def test_after_your_reads_describing_words_back_to_your(text: str, word: str, theirs: bool) -> None:
    from replycheck.checks.stock import _after_your

    doc = shared_pipeline()(text)
    assert _after_your(doc, _first(doc, word), 0) is theirs


@pytest.mark.parametrize(
    ("text", "word", "control"),
    [
        ("Choose Admin and click Save.", "Save", True),
        ("Open the app and tap Offers & Rewards.", "Rewards", True),
        ('Then press "Free Trial" to check the dates.', "Free", True),
        # a saving after the verb's object, or in lower case, is no button
        ("Choose Premium and save 20% this year.", "save", False),
        ("Join our Gold Club today.", "Gold", False),
    ],
)
def test_control_name_is_a_capital_after_a_screen_verb(text: str, word: str, control: bool) -> None:
    from replycheck.checks.stock import _control_name

    doc = shared_pipeline()(text)
    assert _control_name(doc, _first(doc, word)) is control


def _reply(body: str) -> str:
    return f"Hi Sam,\n\n{body}\n\nBest,\nAna"


@pytest.mark.parametrize(
    ("body", "original"),
    [
        # instructions with a button named like a saving, and a step opener
        ("Choose Standard and click Save to keep your plan.", None),
        ("Pick Monthly, tap Save and the new date shows at once.", None),
        # switching between the customer's own things is a tip
        (
            "If you switch between Wi-Fi and mobile data, the call may drop for a second.",
            "My calls keep dropping.",
        ),
        # a work report: our fitter with a new part
        ("Our fitter installed the new boiler and tested the pressure.", None),
        ("The new tap we've just installed comes with a five-year guarantee.", None),
        ("The gasket they replaced is a new genuine part, covered by the warranty.", None),
        # the customer's own recurring thing with a sales word in it
        ("Thanks for telling us you'd like to pause your monthly gift.", None),
        # news of how we serve, our people in a compound, their own account's terms
        ("Our new billing portal lets you download every invoice from 2024 onwards.", None),
        ("Our delivery drivers will bring the new sofa on Friday between 8 and 12.", None),
        ("Your current account pays 1% on balances up to £1,000.", None),
        ("Our latest delivery came in this morning, so your parcel is on its way.", None),
    ],
)
def test_service_wording_with_a_single_cue_is_not_a_pitch(
    stock: Checker, body: str, original: str | None
) -> None:
    assert not stock.check(_reply(body), original).findings


@pytest.mark.parametrize(
    "body",
    [
        "Your card is fixed.\n\nChoose Premium and save 20% on your first year.",
        "Your card is fixed.\n\nIf you switch to our Ultra plan you'll get twice the speed.",
        "Your card is fixed.\n\nOur fitters now fit smart thermostats at an introductory price.",
        "Your card is fixed.\n\nOur new range of winter tyres comes with free fitting this month.",
        "Your card is fixed.\n\nOur new booking app has 20% off your first class.",
        "Your card is fixed.\n\nOur partner brokers can now offer you a new mortgage deal at 4.1%.",
        "Your card is fixed.\n\nOur latest range has landed, so why not treat yourself?",
    ],
)
def test_the_same_cues_in_a_selling_act_still_pitch(stock: Checker, body: str) -> None:
    assert stock.check(_reply(body), "My card doesn't work.").findings


@pytest.mark.parametrize(
    ("text", "buying"),
    [
        ("As a thank you for shopping with us, here's 20% off.", True),
        ("As a thank-you for being with us for five years, here's a code.", True),
        ("As a thank you for your custom, here's a code.", True),
        ("As a thank you for your patience, here's 10% off.", False),
        ("As a thank you for being so understanding, here's a credit.", False),
    ],
)
def test_thanks_for_buying_is_told_from_amends(text: str, buying: bool) -> None:
    from replycheck.checks.stock import _thanks_for_buying

    doc = shared_pipeline()(text)
    you = next(t.i for t in doc if t.lower_ in ("you", "thank-you"))
    assert _thanks_for_buying(doc, 0, you + 1) is buying


@pytest.mark.parametrize(
    ("body", "original"),
    [
        ("You could move up to the Max plan for only 5 more a month.", "Why was my order late?"),
        ("The premium seat is yours for only 15 more.", "Why was my order late?"),
        (
            "As a thank you for choosing us again, enjoy free delivery on your next three "
            "orders with code FREESHIP.",
            None,
        ),
    ],
)
def test_new_sentences_of_the_recall_classes_pitch(
    stock: Checker, body: str, original: str | None
) -> None:
    assert stock.check(_reply(body), original).findings


@pytest.mark.parametrize(
    ("body", "original", "pitch"),
    [
        (
            "The grey throw was discontinued, but our new charcoal throw is much the same colour.",
            "Is the grey throw coming back?",
            False,
        ),
        (
            "Sorry, the lavender soap was discontinued in May; the closest match we now sell is "
            "the lavender and oat bar at £4.50.",
            "Can I reorder the lavender soap I bought in March?",
            False,
        ),
        # the gone product is not what the customer wrote about: still a pitch
        (
            "Your refund is on its way. Sadly the blue mug was discontinued, but our new autumn "
            "mugs are 20% off this week.",
            "Where's my refund?",
            True,
        ),
        # withdrawn by its maker, named after the verb, the stand-ins two sentences on
        # (round 44)
        (
            "I'm so sorry, the designer withdrew the Elodie veil last week. We have two in a "
            "similar cut, the Margot and the Isla. Both are in stock and can be with you in "
            "10 days.",
            "The veil I ordered is discontinued?? What happens now",
            False,
        ),
        # more of ours on top of it ("too") is no stand-in
        (
            "The designer withdrew the Elodie veil, so I've refunded you in full. The refund "
            "went out today. Our bridal shoes are back in stock, too.",
            "What has happened to my veil order?",
            True,
        ),
    ],
)
def test_what_replaces_their_discontinued_product_answers_them(
    stock: Checker, body: str, original: str, pitch: bool
) -> None:
    assert bool(stock.check(_reply(body), original).findings) is pitch


MARGOT = "The Margot is in stock."


@pytest.mark.parametrize(
    ("body", "stands_in"),
    [
        ("The designer withdrew the Elodie veil, so I've refunded you. " + MARGOT, True),
        # the gone product told in an earlier paragraph does not reach this one
        (
            "The designer withdrew the Elodie veil, so I've refunded you.\n\n" + MARGOT,
            False,
        ),
    ],
)
def test_the_gone_product_is_looked_for_in_the_units_paragraph(body: str, stands_in: bool) -> None:
    pipeline = shared_pipeline()
    doc = pipeline(body)
    unit = doc[len(doc) - 6 :]
    assert unit.text == MARGOT
    original = pipeline("What has happened to my veil order?")
    assert _stands_in_for_the_gone(doc, unit, original) is stands_in


@pytest.mark.parametrize(
    ("sentence", "asking"),
    [
        ("Do you do evening appointments?", True),
        # a lead-in before the opener, and no "?"
        ("And do you do evening appointments, I work till 5", True),
        ("Also could you tell me the fee", True),
        ("And thanks for the quick reply last time.", False),
        ("And", False),
        # a hedge on the sum asked for, with no "?" (round 42)
        ("Roughly how much would it be to also look at the sticking key", True),
        ("Approximately how long does the fitting take", True),
        ("About my order, it came two days late.", False),
        ("Roughly 30 people are coming.", False),
    ],
)
def test_a_question_may_open_with_a_lead_in(sentence: str, asking: bool) -> None:
    doc = shared_pipeline()(sentence)
    assert asks(doc[:]) is asking


def test_a_rule_builds_its_veto_matchers_only_once_a_trigger_matches() -> None:
    """Cold start: most drafts trip no stock trigger, and then none of the
    rule's phrase matchers past its gates (unless, not_pitch, asked, ...) is
    built; a trigger that matches builds the veto matcher it needs."""
    (rule,) = [r for r in Registry.load() if r.code == "RC403"]
    pipeline = shared_pipeline()
    plain = pipeline("Your refund of $24 went back to your card this morning.")
    fresh = compiled(replace(rule), plain.vocab)  # a new rule object: compiled afresh
    assert trigger_spans(plain, fresh, frozenset(t.lower for t in plain)) == []
    assert not any(m.built for m in (fresh.unless, fresh.not_pitch, fresh.asked, fresh.openers))
    pitch = pipeline("Our new winter collection just dropped, use code SNOW20 for 20% off!")
    assert trigger_spans(pitch, fresh, frozenset(t.lower for t in pitch)) != []
    assert fresh.unless.built
    assert not any(m.built for m in (fresh.not_pitch, fresh.asked, fresh.openers))


def test_the_triggers_inside_a_unit_are_the_ones_a_scan_would_find() -> None:
    # _Pitches.inside bisects the sorted triggers (a long draft with many
    # triggers stays linear); it must pick exactly what scanning all of them
    # for the unit's bounds picks, unsorted input and overlapping spans too.
    text = (
        "Hi Sam,\n\nYour fare has no hold bag. You can add a 23kg bag for £35. "
        "Our summer sale starts Friday with 20% off all boots! Use code GLOW20 for 20% off. "
        "Don't miss it: new arrivals are in stock, and you might also like our lamps.\n\nBest,\nAna"
    ) * 3
    doc = shared_pipeline()(text)
    rule = _rule()
    matchers = compiled(rule, doc.vocab)
    triggers = trigger_spans(doc, matchers)
    assert len(triggers) >= 6
    shuffled = [*triggers[1::2], *triggers[::2], (triggers[0][0], triggers[-1][1])]
    walk = _Pitches(doc, matchers, shuffled, None, False)
    checked = 0
    for unit in units(doc, 0, len(text)):
        expected = sorted((s, e) for s, e in shuffled if unit.start <= s and e <= unit.end)
        assert walk.inside(unit) == expected
        checked += bool(expected)
    assert checked >= 6
    # starting_at bisects the same way: every trigger that starts at a token,
    # including one that runs past its unit.
    for start in range(len(doc)):
        expected = sorted((s, e) for s, e in shuffled if s == start)
        assert walk.starting_at(start) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Why not book a massage for £55? You could also get lounge access for £15 a month.",
        "Switching to our Fix tariff would save you £90, saving £90 a year by switching to it. "
        "Book now: the offer ends Friday, just £3, from £45 a year until the weekend.",
        "Guests who book early get a free night. If you'd like to join, ask at reception for "
        "details. It is worth adding, and this week only you're eligible for a discount.",
        "We have refunded the £40 charge. Your order will arrive on Friday.",
    ],
)
def test_a_with_match_inside_a_span_is_what_the_matcher_finds_there(text: str) -> None:
    # RC407's ``with`` patterns are found once per draft on the token table;
    # whether one lies inside a unit is what spaCy's Matcher says of the span,
    # for every span of the draft.
    doc = shared_pipeline()(text)
    rule = {r.code: r for r in Registry.load()}["RC407"]
    matchers = compiled(rule, doc.vocab)
    assert matchers.companions is not None and matchers.companion_tokens is not None
    agreed = 0
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            expected = bool(matchers.companions(doc[start:end]))
            assert _companion_within(doc, matchers, start, end) == expected, doc[start:end]
            agreed += expected
    assert agreed or "refunded" in text


def _goes_on_by_reading_the_paragraph(walk: _Pitches, unit: Span, named: int) -> bool:
    """``goes_on_with_the_answer`` as it was: the paragraph read again for each unit."""
    from replycheck.checks import stock

    doc = walk.doc
    if any(t.lower_ in stock.NEWER for t in unit):
        return False
    sentences = _sentences(doc)
    start, stop = sentences.bounds(named)
    while (
        named + 1 < len(sentences)
        and sentences.bounds(named + 1)[0] < unit.start
        and not stock._paragraph_break_between(doc, stop - 1, sentences.bounds(named + 1)[0] + 1)
    ):
        named += 1
        stop = sentences.bounds(named)[1]
    known = {stock._stem(w) for w in stock._content_words(doc[start : min(stop, unit.start)])}
    said = {i for s, e in walk.inside(unit) for i in range(s, e)}
    rest = [t for t in unit if t.i not in said]
    fresh = {
        stock._stem(t.lower_)
        for t in rest
        if t.is_alpha
        and len(t) > 3
        and not t.is_stop
        and t.lower_ not in stock.SERVICE_WORDS
        and t.lower_ not in stock.CALENDAR
        and t.lower_ not in stock.ANSWER_TIMES
    }
    if len(fresh - known) > 1:
        return False
    return bool(fresh & known) or any(t.lower_ in stock.POINTING_BACK for t in rest)


ANSWERED_PARAGRAPH = (
    "Thanks for asking about the walnut table. The six-seater is £1,249. At the moment "
    "both sizes are 20% off until 31 October, so the six-seater is £999. Our new garden "
    "furniture range is 20% off this weekend. They are in stock now. "
)


def test_going_on_with_the_answer_reads_what_reading_the_paragraph_per_unit_read() -> None:
    # goes_on_with_the_answer finds the paragraph's end and its words' first
    # places once per draft (it read the paragraph again for each unit: one
    # long paragraph was quadratic); every unit after every sentence must get
    # the answer the per-unit reading gives, across blank lines too.
    text = (
        "Hi Sam,\n\n"
        + ANSWERED_PARAGRAPH * 3
        + "\n\n"
        + ANSWERED_PARAGRAPH
        + "Both are oak.\n\nIt is 20% off too. "
        + ANSWERED_PARAGRAPH * 2
        + "\n\nBest,\nAna"
    )
    doc = shared_pipeline()(text)
    matchers = compiled(_rule(), doc.vocab)
    walk = _Pitches(doc, matchers, trigger_spans(doc, matchers), None, False)
    found = {True: 0, False: 0}
    for named in range(len(_sentences(doc))):
        for unit in units(doc, 0, len(text)):
            if unit.start > _sentences(doc).bounds(named)[0]:
                got = walk.goes_on_with_the_answer(unit, named)
                assert got == _goes_on_by_reading_the_paragraph(walk, unit, named)
                found[got] += 1
    assert found[True] >= 10 and found[False] >= 10


#: The work-count tests below patch stock.py's module functions; a
#: mypyc-compiled stock module calls its own functions directly, so the
#: patches cannot count there (CI installs the compiled build).
pure_python_only = pytest.mark.skipif(
    not stock_module.__file__.endswith(".py"),
    reason="the compiled build binds stock.py's own functions at compile time",
)


@pure_python_only
def test_one_long_paragraph_is_read_once_for_its_answers(monkeypatch) -> None:
    # one paragraph with no blank line, 10 and 40 copies: the words read and
    # the paragraph breaks looked for grow with the text (they grew 13x and
    # 15x for 4x the text when each unit read the paragraph again)
    from replycheck.checks import stock

    checker = Checker(Config(select=("stock-pitch",)))
    work = {"words": 0, "breaks": 0}
    content_words, paragraph_break = stock._content_words, stock._paragraph_break_between

    def counted_words(span):  # type: ignore[no-untyped-def]
        work["words"] += len(span)
        return content_words(span)

    def counted_breaks(*args):  # type: ignore[no-untyped-def]
        work["breaks"] += 1
        return paragraph_break(*args)

    monkeypatch.setattr(stock, "_content_words", counted_words)
    monkeypatch.setattr(stock, "_paragraph_break_between", counted_breaks)
    counts = []
    for copies in (10, 40):
        work.update(words=0, breaks=0)
        findings = checker.check(ANSWERED_PARAGRAPH * copies).findings
        # the garden furniture and the sentence saying it is in stock, once a copy
        assert len(findings) == 2 * copies
        counts.append(dict(work))
    assert counts[0]["words"] > 0 and counts[0]["breaks"] > 0
    assert counts[1]["words"] < 6 * counts[0]["words"]
    assert counts[1]["breaks"] < 6 * counts[0]["breaks"]


CLAUSES = (
    "thanks for checking in, your bike will be ready to collect tomorrow; while it is "
    "with us, it is a great time to add our winter service pack for £35; "
)


def _count_words_read(monkeypatch, name: str, measure) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Wrap ``stock.<name>`` so that each call adds ``measure(*args)`` to the
    returned counter's "words"."""
    from replycheck.checks import stock

    read = {"words": 0}
    original = getattr(stock, name)

    def counted(*args):  # type: ignore[no-untyped-def]
        read["words"] += measure(*args)
        return original(*args)

    monkeypatch.setattr(stock, name, counted)
    return read


@pure_python_only
def test_one_long_sentence_is_read_once_for_what_it_says(monkeypatch) -> None:
    # one sentence of many clauses (no full stop): every unit asks whether
    # its sentence opens with "Yes" or names the customer's question; the
    # sentence is read once (it was read again for each unit: quadratic)
    read = _count_words_read(monkeypatch, "_word_ids", lambda doc, start, stop: stop - start)
    counts = []
    for copies in (10, 40):
        text = "Hi Tom, " + CLAUSES * copies + "see you tomorrow."
        doc = shared_pipeline()(text)
        matchers = compiled(_rule(), doc.vocab)
        walk = _Pitches(doc, matchers, trigger_spans(doc, matchers), None, False)
        read["words"] = 0
        checked = [walk.answers_in_draft(unit) for unit in units(doc, 0, len(text))]
        assert len(checked) >= 2 * copies
        counts.append(read["words"])
    assert 0 < counts[1] < 6 * counts[0]


@pure_python_only
def test_one_long_sentence_is_read_once_for_a_mistake_owned(monkeypatch) -> None:
    # _goodwill asks whether a unit's sentence (or the one before) owns a
    # mistake; kept per sentence, one long sentence of many units is read once
    read = _count_words_read(monkeypatch, "_owns_a_mistake", len)
    checker = Checker(Config(select=("stock-pitch",)))
    counts = []
    for copies in (10, 40):
        read["words"] = 0
        assert checker.check("Hi Tom, " + CLAUSES * copies + "see you tomorrow.").findings
        counts.append(read["words"])
    assert 0 < counts[1] < 6 * counts[0]


VOUCHER = (
    "Hi, the NHS voucher I got from the hospital eye clinic says it covers single vision. "
    "Can I use it towards the designer frames I liked or only the free range?"
)


@pytest.mark.parametrize(
    ("body", "pitch"),
    [
        # what their own voucher takes off the frames they asked about; "the
        # frames you tried" is their try, not "Have you tried ...?"
        (
            "The voucher covers the lenses and takes £42.10 off the frame price, so for the "
            "Ray-Ban frames you tried the cost to you would be £97.90.",
            False,
        ),
        # a sales question about something else still sells (round 42)
        ("Have you tried our new blue-light lenses? They're 20% off this month.", True),
        ("Our sunglasses are also 20% off until Sunday.", True),
    ],
)
def test_what_their_voucher_takes_off_answers_them(stock: Checker, body: str, pitch: bool) -> None:
    assert bool(stock.check(_reply(body), VOUCHER).findings) is pitch


@pytest.mark.parametrize(
    ("sentence", "using"),
    [
        ("Can I use it towards the designer frames?", True),
        ("Can I spend them online?", True),
        ("Can I use the app instead?", False),
    ],
)
def test_asking_to_spend_it_refers_back(sentence: str, using: bool) -> None:
    doc = shared_pipeline()(sentence)
    assert _asks_to_use_it(doc[:]) is using


TRAINERS = "Can I return my trainers?"
URN = "Could we have some of Mum's ashes in a smaller urn for my sister in Canada? Is that allowed?"


@pytest.mark.parametrize(
    ("body", "original", "pitch"),
    [
        # the price of what they asked for, in any inflection
        ("Yes, that's allowed. The keepsake urns start at £35.", URN, False),
        # the price of something else, or a deal on what they asked about
        ("Yes, that's allowed. Our memorial benches start at £350.", URN, True),
        ("Yes, that's allowed. The keepsake urns start at just £35 until Friday.", URN, True),
        ("Yes, you can return them. Trainers are 20% off this week.", TRAINERS, True),
    ],
)
def test_the_price_of_what_they_asked_for_answers_them(
    stock: Checker, body: str, original: str, pitch: bool
) -> None:
    assert bool(stock.check(_reply(body), original).findings) is pitch


FLYERS = "Can you print 500 A5 flyers by this Friday? Artwork attached."


@pytest.mark.parametrize(
    ("body", "pitch"),
    [
        # the paid way to meet the requirement they asked about (round 42)
        ("No. If Friday is essential, our partner printer can do it for an extra £30.", False),
        # another thing, or their next order, still sells
        ("If you need business cards too, our partner printer can do 500 for an extra £30.", True),
        ("Ready Friday. If you need flyers again, use code PRINT10 for 10% off.", True),
    ],
)
def test_meeting_their_requirement_at_a_price_answers_them(
    stock: Checker, body: str, pitch: bool
) -> None:
    assert bool(stock.check(_reply(body), FLYERS).findings) is pitch


@pytest.mark.parametrize(
    ("body", "pitch"),
    [
        # the sentence after a bare restatement of their question answers it
        # (round 43), in its paragraph or opening the next
        (
            "You also asked about our crèche partnership. Little Acorns nursery, two doors "
            "down, offers hourly sessions for members' children at £9 an hour.",
            False,
        ),
        (
            "You asked about the wine club.\n\nMembers get a case of twelve each quarter and "
            "save 15% on every bottle.",
            False,
        ),
        (
            "You asked about the student discount. We take 20% off for students with a valid card.",
            False,
        ),
        # a sale, a code for a next order, something new or another thing of
        # ours after it still sells
        (
            "You asked about the refund.\n\nOur garden chairs are selling fast, so grab a pair!",
            True,
        ),
        ("You asked about delivery. Use code SAVE10 for 10% off your next order.", True),
        ("You asked about delivery. Our spring sale starts Friday, with 20% off everything!", True),
        ("You asked about delivery. Our brand new garden range is 20% off this week!", True),
        # a restatement that answers in itself leads into nothing
        (
            "You asked whether it's in stock: it is. Our loyalty club members get exclusive "
            "deals every week.",
            True,
        ),
    ],
)
def test_the_sentence_after_a_restated_question_answers_it(
    stock: Checker, body: str, pitch: bool
) -> None:
    assert bool(stock.check(_reply(body)).findings) is pitch
