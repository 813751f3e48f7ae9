"""The tone checks' logic beyond the ruleset examples: what is *not* shouting,
not an order, not a threat, and never flagged because someone else wrote it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck import Checker, Config
from replycheck.checks.tone import is_acronym, is_shouted_word, quoted_tokens
from replycheck.nlp import Pipeline

TONE = ("rude", "demanding", "blame", "shouting")
#: The rules only: the learned backstop has its own tests (test_learned.py).
LEARNED = ("RC160", "RC161", "RC162")


@pytest.fixture(scope="module")
def tone() -> Checker:
    return Checker(Config(select=TONE, ignore=LEARNED))


def found(checker: Checker, text: str, code: str | None = None) -> list[str]:
    report = checker.check(text)
    return [f.text for f in report.findings if code is None or f.code == code]


# --------------------------------------------------------------------------- shouting: words


@pytest.mark.parametrize(
    "word", ["UPS", "SKU", "ID", "PDF", "ASAP", "FAQ", "USB-C", "AB12CD", "#48213", "GDPR"]
)
def test_acronyms_and_codes_are_not_shouted(word: str) -> None:
    assert is_acronym(word) or not is_shouted_word(word)
    assert not is_shouted_word(word)


@pytest.mark.parametrize("word", ["YYYY-MM-DD", "DD/MM/YYYY", "MM/YY", "HH:MM"])
def test_date_format_masks_are_not_shouted(word: str) -> None:
    assert is_acronym(word)
    assert not is_shouted_word(word)


@pytest.mark.parametrize("word", ["DD", "MM-DUMMY", "ADD/DD"])
def test_a_lone_or_mixed_part_is_no_format_mask(word: str) -> None:
    from replycheck.checks.shouting import _FORMAT_MASK

    assert not _FORMAT_MASK.fullmatch(word)


@pytest.mark.parametrize("word", ["NOT", "NEVER", "AGAIN", "PLEASE", "NON-REFUNDABLE", "CANNOT"])
def test_capitalised_common_words_are_shouted(word: str) -> None:
    assert is_shouted_word(word)


def test_acronyms_order_numbers_and_codes_in_a_reply_are_not_shouting(tone: Checker) -> None:
    text = (
        "Your UPS tracking number is 1Z999AA10123456784 and order ORD-48213 ships today. "
        "The SKU and your ID are in the PDF, and the FAQ explains VAT refunds."
    )
    assert found(tone, text, "RC140") == []


def test_on_screen_labels_and_field_labels_are_not_shouting(tone: Checker) -> None:
    text = "Open the app, tap CANCEL, then press SAVE. Your REF: 48213 is on the receipt."
    assert found(tone, text, "RC140") == []


def test_agent_initials_after_a_dash_are_not_shouting(tone: Checker) -> None:
    assert found(tone, "Just checking in to see if the issue is fixed. -GO", "RC140") == []


def test_a_short_name_in_capitals_is_not_shouting(tone: Checker) -> None:
    text = "Our offer used the trade guides (Glass's and CAP) for your car."
    assert found(tone, text, "RC140") == []


def test_warm_emphasis_is_not_shouting_but_a_stern_one_is(tone: Checker) -> None:
    assert found(tone, "Thank YOU for being such a loyal customer!", "RC140") == []
    assert found(tone, "We will NOT refund opened items.", "RC140") == ["NOT"]


def test_adjacent_capitals_make_one_finding(tone: Checker) -> None:
    assert found(tone, "PLEASE READ THIS CAREFULLY before you reply.", "RC140") == [
        "PLEASE READ THIS CAREFULLY"
    ]


def test_an_acronym_or_number_inside_capitals_stays_in_the_run(tone: Checker) -> None:
    assert found(tone, "PLEASE DO NOT SHARE YOUR PIN WITH ANYONE.", "RC140") == [
        "PLEASE DO NOT SHARE YOUR PIN WITH ANYONE"
    ]
    assert found(tone, "YOUR PAYMENT IS 60 DAYS LATE.", "RC140") == ["YOUR PAYMENT IS 60 DAYS LATE"]


def test_a_trailing_acronym_is_not_pulled_into_a_run(tone: Checker) -> None:
    assert found(tone, "We DO NOT ship to the UK.", "RC140") == ["DO NOT"]
    assert found(tone, "We will NOT PDF it.", "RC140") == ["NOT"]


def test_punctuation_breaks_a_run_of_capitals(tone: Checker) -> None:
    assert found(tone, "We said NO, NEVER AGAIN.", "RC140") == ["NO", "NEVER AGAIN"]


def test_a_shouted_footer_is_one_run(tone: Checker) -> None:
    text = "PLEASE DO NOT REPLY TO THIS EMAIL."
    assert found(tone, text, "RC140") == [text[:-1]]


def test_tone_findings_point_into_the_agents_words(tone: Checker) -> None:
    report = tone.check("You must send us the receipt!!")
    assert {f.where for f in report.findings} == {"draft"}


def test_contractions_in_capitals_are_one_word(tone: Checker) -> None:
    assert found(tone, "We DON'T offer refunds on sale items.", "RC140") == ["DON'T"]


def test_a_limit_stressed_after_what_it_limits_is_shouting_in_a_warm_sentence(
    tone: Checker,
) -> None:
    # "free" makes VADER read the sentence as cheerful, but "ONLY" after "the
    # first day" stresses the condition the customer is being held to
    text = "Courtesy cars are free for the first day ONLY, and that is printed on the form."
    assert found(tone, text, "RC140") == ["ONLY"]
    assert found(tone, "The pool is free for members ONLY.", "RC140") == ["ONLY"]
    # before a sum it is the excitement of an offer, left to the cheerful reading
    assert found(tone, "Great news, it's ONLY £5 for the upgrade!", "RC140") == []


# --------------------------------------------------------------------------- shouting: punctuation


def test_a_double_exclamation_is_shouting_even_on_good_news(tone: Checker) -> None:
    # corpus/README.md: "runs of `!!`" are shouting; writers in three dev files
    # label "Thanks for your email!!" and the like
    assert found(tone, "Great news, your refund is through and on its way!!", "RC141") == ["!!"]
    assert found(tone, "Great news, your refund is on its way!", "RC141") == []


def test_exclamations_after_a_refusal_are_shouting(tone: Checker) -> None:
    assert found(tone, "We do not offer price matching!!!", "RC141") == ["!!!"]


def test_interrobang_is_always_flagged(tone: Checker) -> None:
    assert found(tone, "Great, why would you open the box?!", "RC141") == ["?!"]


def test_a_single_exclamation_is_fine(tone: Checker) -> None:
    assert found(tone, "Thanks so much! I've sent the label.", "RC141") == []


# --------------------------------------------------------------------------- quoted text


def test_quoted_customer_lines_are_never_flagged(tone: Checker) -> None:
    draft = (
        "Hi Sam,\n\nI've refunded the order in full today.\n\nBest,\nJo\n\n"
        "On Mon, 16 Nov 2026 at 09:41, Sam <sam@example.com> wrote:\n"
        "> You must refund me NOW!!! This is NOT our fault, calm down,\n"
        "> obviously you failed to read my email. Stop emailing me.\n"
    )
    report = tone.check(draft)
    assert [f.text for f in report.findings] == []


def test_words_in_double_quotes_are_the_customers_not_ours(tone: Checker) -> None:
    draft = 'You wrote "I WANT A REFUND!!" and "Not our fault?" and that is fair; it is done.'
    assert found(tone, draft) == []


def test_quoted_tokens_pairs_quotes_on_one_line_only() -> None:
    doc = Pipeline()('He said "STOP NOW" and left.\n"unpaired then\nSEND IT"')
    inside = {doc[i].text for i in quoted_tokens(doc)}
    assert inside == {"STOP", "NOW"}


def test_a_draft_without_quote_marks_quotes_nothing_and_builds_no_view() -> None:
    doc = Pipeline()("Nothing quoted here, STOP NOW.")
    assert quoted_tokens(doc) == set()
    assert not any("view" in str(key) for key in doc.user_data)


# --------------------------------------------------------------------------- demanding: obligation


@pytest.mark.parametrize(
    "text",
    [
        "If you need to change the address, just reply.",
        "Everything you need to know is attached.",
        "You must be so frustrated by now.",
        "You must have been worried when it didn't arrive.",
        "To cancel, you need to open Settings and tap Cancel.",
        "Do you need to change the delivery date?",
        "You don't need to do anything else.",
        "You'll need your order number handy.",
        "We must make this right.",
        "You should receive it by Friday.",
    ],
)
def test_conditions_questions_empathy_and_advice_are_not_orders(tone: Checker, text: str) -> None:
    assert found(tone, text, "RC120") == []


def test_an_order_suggests_asking_instead(tone: Checker) -> None:
    report = tone.check("You must send us the receipt.")
    (finding,) = [f for f in report.findings if f.code == "RC120"]
    assert finding.text == "You must send us"
    assert finding.suggestions == ("Could you send us", "Please send us")


def test_an_order_mid_sentence_suggests_please(tone: Checker) -> None:
    report = tone.check("The label is attached, and then you must return the item.")
    (finding,) = [f for f in report.findings if f.code == "RC120"]
    assert finding.text == "you must return"
    assert finding.suggestions == ("please return",)


def test_the_formal_you_are_to_is_an_order_unless_it_announces(tone: Checker) -> None:
    assert found(tone, "You are to return the equipment within 14 days.", "RC120") == [
        "You are to return"
    ]
    assert found(tone, "You are to receive a voucher for the delay.", "RC120") == []
    assert found(tone, "You are to blame for the late fee.", "RC120") == []


def test_please_stop_softens_advice_but_not_an_order_to_stop_contacting(tone: Checker) -> None:
    text = "Please stop using the charger until the replacement arrives."
    assert found(tone, text, "RC121") == []
    assert found(tone, "Please stop.", "RC121") == ["stop"]


def test_going_to_have_to_is_an_obligation(tone: Checker) -> None:
    assert found(tone, "You're going to have to wait until Monday.", "RC120") == [
        "You're going to have to wait"
    ]


def test_nothing_else_you_need_to_do_is_reassurance(tone: Checker) -> None:
    assert found(tone, "There's nothing else you need to do.", "RC120") == []
    assert found(tone, "Is there anything else you need to know?", "RC120") == []


def test_sending_the_customer_elsewhere_is_an_order(tone: Checker) -> None:
    assert found(tone, "You should complain to them directly.", "RC120") == ["You should complain"]


# --------------------------------------------------------------------------- demanding: bare orders


@pytest.mark.parametrize(
    "text",
    [
        "Go to Settings > Billing and tap Cancel.",
        "Just reply to this email.",
        "Please send it today.",
        "Could you send it today?",
        "Don't worry, we'll sort it out today.",
        "Don't hesitate to call us today.",
        "Call us anytime.",
        "1. Open the app.\n2. Tap Account.\n3. Choose Cancel.",
        # a window that helps, with what the customer gets back for it
        "Return it within 30 days, and the refund goes back to your card.",
        "Send the form back within 14 days and you'll get the full deposit back.",
        "Send us the photos, and our claims team will call you within two days.",
    ],
)
def test_steps_softened_requests_and_kind_prohibitions_are_not_orders(
    tone: Checker, text: str
) -> None:
    assert found(tone, text, "RC121") == []


def test_an_urgent_bare_order_is_flagged_with_a_softened_suggestion(tone: Checker) -> None:
    report = tone.check("Send it today.")
    (finding,) = [f for f in report.findings if f.code == "RC121"]
    assert finding.text == "Send it today"
    assert finding.suggestions == ("Please send it today",)


@pytest.mark.parametrize(
    "text",
    [
        "You'll need to bring photo ID and the booking reference to collect your keys.",
        "To claim the refund, you need to fill in the short form and attach your receipt.",
        "Please make sure someone is home to sign for it, as the courier needs a signature.",
        "There's nothing else you need to do.",
        "If it hasn't arrived by next Friday, just reply and we'll chase it with the bank.",
        "Please stop using the charger until the replacement arrives, just to be safe.",
        "The courier had a breakdown, so I've asked them to prioritise your parcel.",
        "Unfortunately the offer ended on Sunday, but I've applied a 10% code for you.",
        "We reserve a parking space for you outside the store.",
        "As discussed on the phone, the engineer is booked for Monday.",
    ],
)
def test_helpful_instructions_and_explanations_have_no_tone_finding(
    tone: Checker, text: str
) -> None:
    assert found(tone, text) == []


# --------------------------------------------------------------------------- demanding: ultimatums


@pytest.mark.parametrize(
    "text",
    [
        "Please tell me if your bank charged you more and I'll cover the difference.",
        "If the parcel doesn't arrive by Friday, the order will be cancelled and refunded.",
        "Your order has been cancelled as you asked.",
        "If you'd like, we can close the old account and move your balance.",
    ],
)
def test_conditions_without_a_penalty_for_non_compliance_are_not_threats(
    tone: Checker, text: str
) -> None:
    assert found(tone, text, "RC123") == []


def test_an_or_threat_is_flagged_with_the_order_it_hangs_on(tone: Checker) -> None:
    text = "Upload your ID by Friday or your account will be closed."
    assert found(tone, text, "RC123") == [text[:-1]]


def test_continuing_after_a_warning_with_a_block_is_a_threat(tone: Checker) -> None:
    text = "If you continue to send abusive messages, your number will be blocked."
    assert found(tone, text, "RC123") == [text[:-1]]


def test_an_offer_to_block_calls_is_not_a_threat(tone: Checker) -> None:
    text = "If you don't recognise that call, reply and I'll block premium numbers on your line."
    assert found(tone, text, "RC123") == []


def test_a_prohibition_on_how_the_customer_speaks_is_an_order(tone: Checker) -> None:
    assert found(tone, "Never speak to our staff like that again.", "RC121") != []
    assert found(tone, "Don't ever speak to my staff like that again.", "RC121") != []
    assert found(tone, "Don't worry about speaking to the courier; I've done it.", "RC121") == []


def test_late_payment_with_a_penalty_is_a_threat(tone: Checker) -> None:
    text = "If payment is late again, your account will be frozen."
    assert found(tone, text, "RC123") == [text[:-1]]
    assert found(tone, "If the parcel is late, we'll refund the delivery fee.", "RC123") == []


def test_failing_that_with_a_penalty_is_a_threat(tone: Checker) -> None:
    text = "Failing that, your claim will be closed."
    assert found(tone, text, "RC123") == [text[:-1]]
    assert found(tone, "Failing that, we'll refund the order in full.", "RC123") == []


def test_a_penalty_with_a_trailing_condition_is_a_threat(tone: Checker) -> None:
    text = "Your account will be suspended if we do not hear from you."
    assert found(tone, text, "RC123") == [text[:-1]]
    text = "Your booking will be cancelled unless the balance is paid."
    assert found(tone, text, "RC123") == [text[:-1]]


@pytest.mark.parametrize(
    "text",
    [
        "Your order will be cancelled and refunded if the courier can't find it.",
        "Your account will be closed if you ask us to, and we'll send the balance.",
        "We can close the account if you'd like.",
    ],
)
def test_a_penalty_with_a_condition_that_is_not_non_compliance_is_fine(
    tone: Checker, text: str
) -> None:
    assert found(tone, text, "RC123") == []


def test_an_or_threat_may_name_its_object_after_the_penalty(tone: Checker) -> None:
    text = "Pay the balance or we will close your account."
    assert found(tone, text, "RC123") == [text[:-1]]


@pytest.mark.parametrize(
    "text",
    [
        "Reply by Friday or we will cancel the order and refund you in full.",
        "Let us know if you'd like a call, or we can close the ticket for you.",
        "You can keep it or we will collect your old sofa when we deliver.",
    ],
)
def test_an_or_clause_that_offers_or_refunds_is_not_a_threat(tone: Checker, text: str) -> None:
    assert found(tone, text, "RC123") == []


def test_a_condition_on_the_customer_with_a_penalty_is_a_threat(tone: Checker) -> None:
    text = "If payment is not received within 7 days, your service will be suspended."
    assert found(tone, text, "RC123") == [text[:-1]]


# --------------------------------------------------------------------------- hostile sentences


def test_an_apology_taken_back_with_but_does_not_soften_a_judgement(tone: Checker) -> None:
    assert found(tone, "I'm sorry, but you are wrong.", "RC108") == ["you are wrong"]
    assert found(tone, "I'm sorry you were wrongly charged; you are right.", "RC108") == []


def test_negative_sentiment_alone_never_flags(tone: Checker) -> None:
    text = "This delay is awful, terrible and upsetting, and I'm so sorry you've been let down."
    assert found(tone, text) == []


def test_a_judgement_marker_in_a_positive_sentence_is_not_flagged(tone: Checker) -> None:
    assert found(tone, "You were right, and we were wrong; thank you, it's fixed.", "RC108") == []


def test_an_apology_is_not_an_accusation(tone: Checker) -> None:
    text = "I'm sorry you lost your receipt; the email confirmation works just as well."
    assert found(tone, text, "RC136") == []


def test_an_accusation_in_a_negative_sentence_is_flagged(tone: Checker) -> None:
    text = "You keep ignoring our requests, and now the claim is delayed."
    assert found(tone, text) == ["You keep ignoring"]


# --------------------------------------------------------------------------- good replies


GOOD_REPLIES = [
    "Could you please send a photo of the damage? Then I'll arrange a replacement.",
    "Would you mind checking the serial number on the back?",
    "If you could reply with your order number, I'll look into it today.",
    "You should see the refund in 3-5 working days.",
    "Everything you need is attached, and you don't need to do anything else.",
    "You'll need your order number handy when you call.",
    "We must make this right, and I'm sorry for the trouble.",
    "Your UPS label is in the PDF; drop it at any UPS store by Friday.",
    "Thanks for your patience while we sorted this out!",
]


@pytest.mark.parametrize("text", GOOD_REPLIES)
def test_polite_replies_from_the_issue_are_not_flagged(tone: Checker, text: str) -> None:
    assert found(tone, text) == []


# --------------------------------------------------------------------------- offsets

PIECES = [
    "You must send us the form. ",
    "We DO NOT refund!! ",
    "As I already explained, ",
    "the courier lost it, not us. ",
    "Thanks so much! ",
    "\u201cQuoted\u201d words \u2019here\u2019. ",
    "\n\n",
    "Send it today. ",
    "caf\u00e9 \U0001f600 ",
]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).filter(lambda p: "".join(p).strip())
)
def test_finding_offsets_index_the_callers_text(pieces: list[str]) -> None:
    checker = _shared_checker()
    text = "".join(pieces)
    for finding in checker.check(text).findings:
        assert text[finding.start : finding.end] == finding.text
        assert finding.text.strip() == finding.text


_checker: Checker | None = None


def _shared_checker() -> Checker:
    global _checker
    if _checker is None:
        _checker = Checker(Config(select=TONE, ignore=LEARNED))
    return _checker


# ------------------------------------------------------ reassurance, asides, how-to steps


@pytest.mark.parametrize(
    "text",
    [
        "If the payment doesn't go through, don't worry: we'll try again and won't charge a fee.",
        "If you cancel before Friday, you will not be charged.",
        "Send us a link to the listing and, as long as it's the same model, we'll refund the "
        "difference.",
        "You need to restart the app after the update, then the new usage screen will show.",
    ],
)
def test_reassurance_offers_and_how_to_steps_are_not_demands(tone, text):
    assert found(tone, f"Hi Sam,\n\n{text}\n\nBest,\nAna") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("If we don't hear back by Friday, we will charge a late fee.", "RC123"),
        ("Send us the receipt today.", "RC121"),
        ("You need to read our policy before you contact us again.", "RC120"),
    ],
)
def test_the_orders_and_threats_next_to_them_still_are(tone, text, code):
    assert found(tone, f"Hi Sam,\n\n{text}\n\nBest,\nAna", code)


# --------------------------------------------------------------------------- sentence views


def test_doc_view_finds_sentences_and_word_pairs_from_the_token_table() -> None:
    from replycheck.checks.tone_sentences import DocView
    from replycheck.nlp import lower_ids

    doc = Pipeline()("Please send it. You must pay now or you will lose it. Thanks")
    view = DocView(doc, lower_ids(doc))
    assert [view.sentence(k).text for k in range(len(view.starts))] == [s.text for s in doc.sents]
    you = view.positions(frozenset({"you"}))
    # "you" with "pay" at most two tokens after it: the first "you" only
    assert view.followed(frozenset({"you"}), frozenset({"pay"}), 2) == you[:1]
    assert view.followed(frozenset({"you"}), frozenset({"lose"}), 1) == []
    assert view.followed(frozenset({"you"}), frozenset({"lose"}), 2) == you[1:]
    # "send" opens its sentence after the lead "please"; "pay" does not open one
    send_pay = view.positions(frozenset({"send", "pay"}))
    assert [doc[i].text for i in view.opening(send_pay, frozenset({"please"}))] == ["send"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["you", "are", "so", "clearly", "not", "rude", "n't", "."])))
def test_first_marker_by_opening_word_is_the_first_in_order(lowers: list[str]) -> None:
    from replycheck.checks.hostile import _first_marker, _first_marker_of, _marker_sequences

    markers = _marker_sequences(("you are|re not", "clearly", "are so rude", "not"))
    everywhere = _first_marker_of(lowers, markers, range(len(lowers)))
    assert _first_marker(lowers, markers) == everywhere


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["you", "your", " ", "are", "'re", "\u2019re", "not", "to", "x", "_"]))
)
def test_are_to_search_matches_the_word_boundary_form(parts: list[str]) -> None:
    import re

    from replycheck.checks.orders import _ARE_TO

    text = "".join(parts)
    plain = re.compile(r"\byou(?: are|'re|\u2019re)(?: not)? to\b")
    assert bool(_ARE_TO.search(text)) == bool(plain.search(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AB9a '-&/\n.", max_size=30))
def test_capitals_scan_matches_the_lookbehind_first_form(text: str) -> None:
    import re

    from replycheck.checks.shouting import _CAPITALS

    plain = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9'&/-]*[A-Z0-9](?![a-z])")
    assert [m.span() for m in _CAPITALS.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_paragraph_bounds_are_the_ones_find_and_rfind_give() -> None:
    # _Paragraphs bisects the blank lines found once per check (a long draft of
    # one paragraph full of short orders stays linear); it must give exactly the
    # paragraph that searching back and forward from each sentence gives,
    # runs of three newlines and a text's two ends included.
    from replycheck.checks.orders import _Paragraphs

    own = "Hi Sam,\n\nUse the portal. Speak to them.\n\n\nDo it online.\nThanks\n\nBest,\nAna\n\n"
    paragraphs = _Paragraphs(own)
    for start in range(len(own)):
        for end in range(start, len(own) + 1):
            before = own.rfind("\n\n", 0, start)
            after = own.find("\n\n", end)
            expected = (
                0 if before < 0 else before + 2,
                len(own) if after < 0 else after,
            )
            assert paragraphs.bounds(start, end) == expected, (start, end)
