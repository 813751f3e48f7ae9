"""Extraction of the customer's questions and requests (replycheck.thread.asked)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked


@pytest.fixture(scope="module")
def asked():
    pipeline = Pipeline()
    lexicon = default_lexicon()

    def run(text: str):
        return find_asked(pipeline(text), lexicon)

    return run


def texts(asks):
    return [a.text for a in asks]


def test_direct_questions_are_found(asked):
    assert texts(asked("My kettle leaks. Is it under warranty? Where do I send it?")) == [
        "Is it under warranty?",
        "Where do I send it?",
    ]


def test_questions_without_a_question_mark_are_found(asked):
    assert texts(asked("How do I reset my password. Is there a way to export my notes")) == [
        "How do I reset my password.",
        "Is there a way to export my notes",
    ]


def test_indirect_questions_are_found(asked):
    result = asked(
        "I was wondering whether the sale price still applies. "
        "Could you let me know when the store opens? I'd like to know how much delivery costs."
    )
    assert [(a.text, a.kind) for a in result] == [
        ("I was wondering whether the sale price still applies.", "question"),
        ("Could you let me know when the store opens?", "question"),
        ("I'd like to know how much delivery costs.", "question"),
    ]


def test_requests_without_a_question_are_found(asked):
    result = asked("I'd like a refund. Please cancel my subscription. Send me a new one.")
    assert [(a.text, a.kind, a.expects) for a in result] == [
        ("I'd like a refund.", "request", "action"),
        ("Please cancel my subscription.", "request", "action"),
        ("Send me a new one.", "request", "action"),
    ]


def test_several_asks_in_one_sentence_are_split(asked):
    assert texts(asked("When will the replacement arrive and can I keep the old one?")) == [
        "When will the replacement arrive",
        "can I keep the old one?",
    ]


def test_leading_connectors_are_left_out_of_the_span(asked):
    assert texts(asked("It broke. Also, can you waive this month's fee?")) == [
        "can you waive this month's fee?"
    ]


def test_rhetorical_venting_is_not_a_question(asked):
    result = asked(
        "What is wrong with you people?! Are you kidding me? I've waited two weeks. "
        "Where is my order?"
    )
    assert texts(result) == ["Where is my order?"]


@pytest.mark.parametrize(
    "doubt",
    [
        "Do your drivers even exist?",
        "Do you even read your emails?",
        "Is that really what you call four-star service?",
        "Do you lot even test anything before you roll it out?!",
        "Do you people even check the orders?",
    ],
)
def test_a_question_doubting_the_company_is_venting(asked, doubt):
    assert texts(asked(f"{doubt} Where is my parcel?")) == ["Where is my parcel?"]


def test_even_about_the_customers_own_options_still_asks(asked):
    assert texts(asked("Can I even get a refund at this point?")) == [
        "Can I even get a refund at this point?"
    ]


def test_questions_inside_a_long_angry_paragraph_are_found(asked):
    text = (
        "I have been a loyal customer for twelve years and I have never been treated like this, "
        "the engineer didn't turn up, nobody called, I took a day off work for nothing and "
        "how hard is it to send someone when you say you will?! I want compensation for the "
        "lost day and when is the new appointment?"
    )
    assert texts(asked(text)) == [
        "I want compensation for the lost day",
        "when is the new appointment?",
    ]


def test_greetings_pleasantries_and_sign_offs_are_not_asks(asked):
    text = (
        "Hi team,\n\nHow are you? Hope you're well.\n\n"
        "Please cancel my order 4411.\n\nThanks in advance,\nDana"
    )
    assert texts(asked(text)) == ["Please cancel my order 4411."]


def test_relative_clause_is_not_a_question(asked):
    assert texts(asked("My bill was £310, which is way more than usual. Can you check it?")) == [
        "Can you check it?"
    ]


def test_generic_ask_counts_only_when_nothing_else_is_asked(asked):
    assert texts(asked("My router keeps dropping out. Can you help?")) == ["Can you help?"]
    assert texts(asked("My router keeps dropping out. Can you send an engineer? Please help.")) == [
        "Can you send an engineer?"
    ]


def test_a_generic_ask_borrows_the_topic_before_it(asked):
    (ask,) = asked("My router keeps dropping out every evening. Can you help?")
    assert ask.generic and ask.borrowed and "router" in ask.topic


def test_requests_under_a_refused_condition_are_kept_as_conditional(asked):
    # issue 3: "If you can't fix it, cancel the order" is asked too; it stands
    # unless the draft settles the condition (delivery by Friday)
    text = "Where is my sofa? If you can't deliver by Friday, please cancel the order."
    result = asked(text)
    assert texts(result) == ["Where is my sofa?", "please cancel the order."]
    assert [a.conditional for a in result] == [False, True]
    assert "delivery" in result[1].condition and result[1].refusal


def test_requests_under_a_condition_that_is_no_refusal_stay_fallbacks(asked):
    text = "Where is my sofa? If you deliver by Friday, please use the side door."
    assert texts(asked(text)) == ["Where is my sofa?"]


@pytest.mark.parametrize(
    "text",
    [
        "Please cancel my order 88123. If it has already shipped, how do I return it?",
        "Please cancel my order 88123.\n> If it has already shipped, how do I return it?",
        "Could we check out late? If not, could you keep our bags at reception?",
    ],
)
def test_questions_and_bare_alternatives_under_a_condition_are_kept_as_conditional(asked, text):
    result = asked(text)
    assert len(result) == 2
    assert [a.conditional for a in result] == [False, True]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Our plan renews in June. If we cancel now, will we get a refund? "
            "Please send me last year's invoice.",
            "will we get a refund?",
        ),
        (
            "If I upgrade to fibre, do I keep my phone number? And please send the new contract.",
            "do I keep my phone number?",
        ),
    ],
)
def test_a_question_on_what_the_customer_may_do_is_asked_under_its_if(asked, text, first):
    result = asked(text)
    assert result[0].text == first
    assert not result[0].conditional and not result[0].generic
    assert len(result) == 2


def test_a_condition_on_a_state_stays_a_fallback(asked):
    # "If I am [right]" hangs on the answer to the ask before it
    text = "Could you tell me whether I am exempt? If I am, can I have the £9.90 back?"
    result = asked(text)
    assert [a.conditional for a in result] == [False, True]


def test_politeness_is_not_a_condition(asked):
    assert texts(asked("If possible, could you send the invoice again?")) == [
        "could you send the invoice again?"
    ]


def test_thanks_and_notes_are_not_requests(asked):
    assert asked("I want to thank Sam for the help. Please note I'm away next week.") == []


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("When will it arrive?", "time"),
        ("How long will the refund take?", "time"),
        ("Where is my parcel?", "place"),
        ("How much is delivery to Cardiff?", "money"),
        ("How many seats are left?", "number"),
        ("Why was I charged twice?", "reason"),
        ("How do I change my address?", "method"),
        ("Who should I contact?", "person"),
        ("Is the store open on Sunday?", "yes-no"),
        ("Can you refund me?", "action"),
    ],
)
def test_each_question_says_what_answer_it_expects(asked, question, expects):
    (ask,) = asked(question)
    assert ask.expects == expects


def test_empty_and_blank_messages_ask_nothing(asked):
    assert asked("") == []
    assert asked("   \n\n  ") == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["can you ", "when ", "please ", "and ", "ab", "\n", "?", "!", ", ", ". "]),
        max_size=30,
    ).map("".join)
    | st.text(max_size=200)
)
def test_spans_always_index_the_given_text(text):
    pipeline = Pipeline()
    for ask in find_asked(pipeline(text), default_lexicon()):
        assert 0 <= ask.start < ask.end <= len(text)
        assert text[ask.start : ask.end] == ask.text


def test_a_topicless_ask_that_points_back_is_kept(asked):
    text = (
        "I've waited three weeks for my blood test results. "
        "Could you tell me if they're back? Can my GP see them?"
    )
    found = asked(text)
    assert "Could you tell me if they're back?" in texts(found)
    back = next(a for a in found if a.text.startswith("Could you tell"))
    assert back.borrowed and "test" in back.topic


def test_a_specific_wh_question_without_a_topic_is_kept(asked):
    text = "Our API keys stopped working. Is there an outage? What do we need to do to get back up?"
    assert "What do we need to do to get back up?" in texts(asked(text))


def test_a_request_with_only_a_weak_word_is_generic(asked):
    text = "My discount code didn't apply. Can you check? I'd like the difference refunded."
    assert texts(asked(text)) == ["I'd like the difference refunded."]


def test_an_ask_keeps_its_own_topic_when_it_borrows(asked):
    (first, _) = asked("My kid bought 80 gems without asking. Can I get it back? How do I stop it?")
    assert first.text == "Can I get it back?"
    assert "refund" in first.core and "gem" in first.topic


def test_a_second_requested_thing_under_one_cue_is_its_own_request(asked):
    found = asked("I would like a full breakdown of the charges and a refund of the overpayment.")
    assert texts(found) == [
        "I would like a full breakdown of the charges",
        "a refund of the overpayment.",
    ]
    assert all(a.kind == "request" for a in found)


def test_things_joined_by_and_without_a_request_cue_stay_one_ask(asked):
    assert texts(asked("Is the bread and the cake nut-free?")) == [
        "Is the bread and the cake nut-free?"
    ]


def test_needing_a_thing_is_a_request(asked):
    (ask,) = asked("Also I need a receipt for my company.")
    assert ask.kind == "request"


@pytest.mark.parametrize(
    "ask",
    [
        "I'm writing to request a refund for order 5512.",
        "Hoping you can help with a refund.",
        "Any chance of a discount on the next box?",
        "Would appreciate an update on the repair.",
    ],
)
def test_more_ways_of_asking_without_a_question_are_requests(asked, ask):
    assert texts(asked(f"My order arrived damaged. {ask}")) == [ask]


@pytest.mark.parametrize(
    "need", ["I need my SIM blocked right away.", "Our finance team also needs the VAT number."]
)
def test_a_need_alone_is_a_request(asked, need):
    result = asked(f"My phone was stolen last night. {need}")
    assert [(a.text, a.kind) for a in result] == [(need, "request")]


def test_a_need_next_to_a_question_is_only_its_background(asked):
    text = "I need to pay a builder £8,000 next week. Can I raise my transfer limit?"
    assert texts(asked(text)) == ["Can I raise my transfer limit?"]


def test_asking_for_the_right_one_points_back_and_is_kept(asked):
    text = (
        "I ordered a king size duvet but received a double. Can you send the right one? "
        "Do I need to send the double back first?"
    )
    assert texts(asked(text)) == [
        "Can you send the right one?",
        "Do I need to send the double back first?",
    ]


@pytest.mark.parametrize(
    "check",
    [
        "I also wanted to check whether the repair will wipe my photos.",
        "I just wanted to check if the offer is still on.",
    ],
)
def test_wanting_to_check_whether_is_an_indirect_question(asked, check):
    result = asked(f"I sent my phone in two weeks ago. {check}")
    assert [(a.text, a.kind) for a in result] == [(check, "question")]


def test_i_think_you_should_after_a_first_request_is_a_second_request(asked):
    text = (
        "I expect a refund of the delivery charge at the very least, "
        "and frankly I think you should refund the dress as well."
    )
    assert texts(asked(text)) == [
        "I expect a refund of the delivery charge at the very least",
        "I think you should refund the dress as well.",
    ]


def test_honestly_as_a_connector_does_not_make_a_statement_an_ask(asked):
    assert texts(asked("The box was crushed, and honestly it was a mess.")) == []


def test_sending_someone_out_is_a_request_of_its_own_next_to_a_question(asked):
    text = "Water is leaking outside number 22. Who is responsible? Please send someone out."
    assert texts(asked(text)) == ["Who is responsible?", "Please send someone out."]


def test_do_let_me_know_if_is_an_indirect_question(asked):
    text = "I'm moving on Friday. Is my order on time? Do let me know if it can be redirected."
    assert texts(asked(text))[-1] == "Do let me know if it can be redirected."


def _expects_by_type(head: str, skip: str = "") -> tuple[int, int, str] | None:
    """The earliest, then longest, cue of any type but ``skip``, each type
    searched on its own (what ``_expects`` computed before it searched all
    types at once)."""
    best = None
    for pattern, answer_type in default_lexicon().expects:
        if answer_type == skip:
            continue
        match = pattern.search(head)
        if match:
            key = (match.start(), -(match.end() - match.start()), answer_type)
            best = key if best is None or key < best else best
    return best


@pytest.mark.parametrize(
    "head, expected",
    [
        ("when will my refund arrive", "time"),
        ("how much longer will the delivery take", "time"),  # longer cue beats "how much"
        ("how much is the delivery fee", "money"),
        ("where is my parcel and when will it come", "place"),  # earliest cue wins
        ("why was i charged twice", "reason"),
        ("who do i speak to", "person"),
        ("can you look at my order", "yes-no"),
    ],
)
def test_expected_answer_type_is_the_earliest_longest_cue(head, expected):
    from replycheck.thread.asked import _expects

    cued = "yes-no" if head.startswith("can ") else "question"
    assert _expects(head, cued, default_lexicon()) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("when", "how", "much", "long", "longer", "many", "days", "where", "why"),
                *("what", "time", "is", "the", "fee", "cost", "tracking", "who", "reason"),
                *("do", "i", "need", "to", "eta", "how come", "what happened", "  ", "\n"),
            ]
        ),
        max_size=12,
    )
)
def test_one_search_finds_the_same_cue_as_one_search_per_type(parts):
    from replycheck.thread.asked import _HOW_MUCH_THING, _expects

    head = " ".join(parts)
    best = _expects_by_type(head)
    opening = re.findall(r"[a-z]+", head[:12])[:1]  # its first word, as _expects reads it
    relative_who = best is not None and best[2] == "person" and best[0] > 0
    if relative_who and opening and opening[0] in default_lexicon().question_words:
        # "What ... for a man who ...": a later relative "who" asks for no person
        best = _expects_by_type(head, skip="person") if opening[0] != "who" else best
    expected = "info" if best is None else best[2]
    if expected == "money" and _HOW_MUCH_THING.match(head, best[0]):
        expected = "number"  # "how much notice": an amount, not money
    assert _expects(head, "question", default_lexicon()) == expected


def test_why_do_i_even_is_venting(asked):
    text = "The app logged me out again and deleted my notes. Why do I even pay for this?"
    assert texts(asked(text)) == []


def test_plural_prices_ask_for_money(asked):
    (ask,) = asked("What are your prices for a party of nine?")
    assert ask.expects == "money"


def test_have_with_a_possessive_asks_only_as_a_question(asked):
    (ask,) = asked("I sent the form last week. Has my application been approved?")
    assert ask.expects == "yes-no"
    assert texts(asked("Have a lovely weekend. Have the team sign the form.")) == []


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("What's the weight limit for hand luggage?", {"weigh", "limit"}),
        ("Could you tell me what the baggage allowance is on my flight?", {"baggage", "allowanc"}),
        ("What do I need to bring?", set()),  # nothing named: no focus
        ("What's the status of my refund?", set()),  # a weak word is no focus
    ],
)
def test_what_questions_know_what_they_ask_for(asked, text, focus):
    (ask,) = asked(text)
    assert set(ask.focus) == focus


def test_could_you_confirm_expects_a_yes_or_no(asked):
    (ask,) = asked("Could you please confirm my appointment on the 4th?")
    assert ask.expects == "yes-no"


def test_i_need_a_thing_done_is_a_request_even_beside_a_question(asked):
    found = asked("I need my surname corrected on the tickets. Can you confirm the seat numbers?")
    assert [(a.text, a.kind) for a in found] == [
        ("I need my surname corrected on the tickets.", "request"),
        ("Can you confirm the seat numbers?", "question"),
    ]


def test_i_need_to_do_something_is_still_only_background(asked):
    found = asked("I need to travel on the 9th because of a wedding. Can you confirm the seats?")
    assert texts(found) == ["Can you confirm the seats?"]


@pytest.mark.parametrize(
    "text",
    [
        "I was hoping you could send me a new charger.",
        "I'm after a replacement lid for my slow cooker.",
        "Looking for a refund on order 5521.",
        "Just checking whether my parcel has been sent.",
        "The heating is off and I have a baby, so I need someone out here today.",
    ],
)
def test_softer_requests_and_questions_are_found(asked, text):
    assert len(asked(f"Hi there. {text} Thanks, Jo")) == 1


def test_hoping_to_hear_back_is_a_sign_off(asked):
    assert texts(asked("The order never came. Hoping to hear from you soon.")) == []


def test_a_question_cut_short_by_a_second_keeps_its_noun_led_opening(asked):
    # the opening clause has no "?" of its own and no pronoun subject; the
    # sentence's "?" makes its auxiliary opening a question all the same
    assert texts(asked("Is lunch provided on the course day, and can I bring my own laptop?")) == [
        "Is lunch provided on the course day",
        "can I bring my own laptop?",
    ]


def test_an_opening_clause_of_a_statement_is_not_made_a_question(asked):
    # no "?" at the end: an auxiliary before a noun opens no question on its own
    assert texts(asked("Are towels extra at the pool, and please send me a price list.")) == [
        "please send me a price list."
    ]


def test_venting_at_the_company_or_its_checks_is_not_a_question(asked):
    text = (
        "Third missed delivery this month. What is wrong with your company? "
        "The box was crushed too. Honestly, who checks these before they leave? "
        "What is wrong with my meter reading?"
    )
    # the last one asks about the customer's own thing, so it stands
    assert texts(asked(text)) == ["What is wrong with my meter reading?"]


def test_a_request_verb_that_is_a_noun_subject_is_not_an_order(asked):
    # "Email is fine": the verb after it makes "email" the subject
    assert texts(asked("Please stop sending me letters in the post. Email is fine.")) == [
        "Please stop sending me letters in the post."
    ]
    assert texts(asked("Email me the invoice please.")) == ["Email me the invoice please."]


def test_an_html_ampersand_does_not_cut_a_clause(asked):
    # tweets arrive with "&amp;": its ";" is no clause break, so "return these" stays
    # the customer's own plan, not an order to the agent
    text = "im gonna take u up on your offer &amp; return these. Tastes of coconut"
    assert texts(asked(text)) == []
    assert texts(asked("It arrived broken; return it for me please.")) == [
        "return it for me please."
    ]


@pytest.mark.parametrize(
    "venting",
    [
        "Please tell me this is a Halloween trick to scare customers.",
        "How do you justify stealing money from people?",
        "How terrible is it that every flight in this terminal is delayed????",
        "You gonna magically change your connectivity for my whole family?",
    ],
)
def test_more_venting_shaped_like_a_question(asked, venting):
    assert texts(asked(venting)) == []


def test_formal_register_asks_are_found(asked):
    # older customers' letters: "should like" for "would like", "also" after
    # "like", asks opened by "perhaps" or a bare "might you"
    result = asked(
        "My wife passed away in March and I have been sorting out her affairs. "
        "I should also like to know whether any refund is due. "
        "I would like also to know whether tax will be taken off it. "
        "Perhaps you might advise me as to whether I may keep the same number. "
        "Might you tell me whether I could apply?"
    )
    assert [(a.text, a.kind, a.expects) for a in result] == [
        ("I should also like to know whether any refund is due.", "question", "yes-no"),
        ("I would like also to know whether tax will be taken off it.", "question", "yes-no"),
        (
            "Perhaps you might advise me as to whether I may keep the same number.",
            "question",
            "yes-no",
        ),
        ("Might you tell me whether I could apply?", "question", "yes-no"),
    ]


def test_a_polite_frame_around_an_indirect_question_keeps_it_a_question(asked):
    # "I should be most grateful if you could | tell me how much ...": the
    # answer type is read after the frame, however long it is
    result = asked(
        "I should be most grateful if you could tell me how much the refund might be. "
        "I would be very grateful to know when the engineer will come. "
        "I would be most grateful if you could send me a new shade."
    )
    assert [(a.text, a.kind, a.expects) for a in result] == [
        (
            "I should be most grateful if you could tell me how much the refund might be.",
            "question",
            "money",
        ),
        ("I would be very grateful to know when the engineer will come.", "question", "time"),
        ("I would be most grateful if you could send me a new shade.", "request", "action"),
    ]


def test_such_a_thing_points_back_and_is_kept_beside_other_asks(asked):
    result = asked(
        "Please stop these nuisance calls. I find my telephone difficult to use and "
        "would like one with large buttons. Do you have such a thing?"
    )
    assert "Do you have such a thing?" in texts(result)


def test_a_request_to_put_the_account_in_my_name_names_something(asked):
    result = asked(
        "Could you tell me whether there is a cheaper package? "
        "Finally, I would like the account to be put in my own name."
    )
    assert texts(result)[-1] == "I would like the account to be put in my own name."


def test_reported_advice_to_ask_frames_the_question_it_names(asked):
    # "My daughter tells me I ought to | ask whether ...": asked; "ought to ask
    # about <a thing>" only names a topic, and "Kindly find ... attached" hands
    # something over, as "Please find" does
    result = asked(
        "Kindly find my meter reading attached. "
        "My daughter tells me I ought to ask whether there is a reduction for pensioners. "
        "My son also thinks I ought to ask about a telephone with large buttons."
    )
    assert [(a.text, a.kind, a.expects) for a in result] == [
        (
            "My daughter tells me I ought to ask whether there is a reduction for pensioners.",
            "question",
            "yes-no",
        )
    ]


def test_an_ask_announced_is_not_an_ask_of_its_own(asked):
    # "I should also like to ask a favour." announces what follows; a relative
    # clause that describes ("which is my favourite") is no question of its own
    result = asked(
        "I should also like to ask a favour. Could you kindly stop sending the summer "
        "catalogue, but continue to send the autumn one, which is my favourite? "
        "I wanted to ask something about my bill."
    )
    assert texts(result) == [
        "Could you kindly stop sending the summer catalogue, but continue to send the "
        "autumn one, which is my favourite?",
        "I wanted to ask something about my bill.",
    ]


def test_obliged_and_glad_frame_asks_as_grateful_does(asked):
    result = asked(
        "I should be obliged if you would use this reading instead of the estimate. "
        "I should be glad to know whether the shop is open on Sundays. "
        "I should be glad to have them in time for my birthday."
    )
    assert [(a.text, a.kind, a.expects) for a in result] == [
        (
            "I should be obliged if you would use this reading instead of the estimate.",
            "request",
            "action",
        ),
        ("I should be glad to know whether the shop is open on Sundays.", "question", "yes-no"),
    ]


def test_formal_enquiries_are_questions(asked):
    result = asked(
        "I am writing to enquire whether my pension has been paid. "
        "May I ask when the new rate begins? "
        "I would ask you to send the forms by post."
    )
    assert [(a.text, a.kind) for a in result] == [
        ("I am writing to enquire whether my pension has been paid.", "question"),
        ("May I ask when the new rate begins?", "question"),
        ("I would ask you to send the forms by post.", "request"),
    ]


def test_a_request_under_an_if_on_a_fact_is_an_ask_of_its_own(asked):
    # "If it's lost, I'd like a refund": what the customer wants once the
    # fact is known, kept beside the question before it
    found = texts(
        asked(
            "Can you look into whether the scan was billed correctly? "
            "If it was billed wrongly, I'd like it resubmitted."
        )
    )
    assert found == [
        "Can you look into whether the scan was billed correctly?",
        "I'd like it resubmitted.",
    ]


def test_otherwise_before_a_plan_is_no_request(asked):
    found = texts(
        asked(
            "When is someone coming to fit the fence? "
            "Otherwise I'll take the deposit back and get someone else in."
        )
    )
    assert found == ["When is someone coming to fit the fence?"]


def test_a_fallback_under_you_cant_after_the_ask_it_refuses_is_an_if_not(asked):
    asks = asked(
        "Can the plumber come this week? "
        "If you can't get anyone out this week, send me the number of the emergency line."
    )
    assert texts(asks) == [
        "Can the plumber come this week?",
        "send me the number of the emergency line.",
    ]
    assert asks[1].conditional and not asks[1].condition and not asks[1].refusal


def test_a_fallback_on_another_topic_keeps_its_condition(asked):
    asks = asked(
        "I'd like compensation for my two days of leave. "
        "If you can't deliver by the 12th, please cancel the order."
    )
    assert texts(asks)[-1] == "please cancel the order."
    assert asks[-1].conditional and asks[-1].condition and asks[-1].refusal


def test_if_not_without_a_comma_opens_the_ask_after_it(asked):
    assert texts(asked("Engineer this week? If not I want a replacement not another repair.")) == [
        "Engineer this week?",
        "I want a replacement not another repair.",
    ]


def test_a_need_added_to_other_asks_is_a_request(asked):
    assert texts(
        asked("When can you deliver the bed? I also need the old mattress taken away.")
    ) == [
        "When can you deliver the bed?",
        "I also need the old mattress taken away.",
    ]
    assert texts(
        asked("Can you come on Monday? The end panel needs replacing, not just filling.")
    ) == [
        "Can you come on Monday?",
        "The end panel needs replacing, not just filling.",
    ]
    # a need given as the reason for the ask stays its background
    assert texts(asked("I need it for my mortgage application. Can you send my statement?")) == [
        "Can you send my statement?"
    ]


def test_a_clause_after_and_is_not_a_second_thing_requested(asked):
    found = texts(
        asked(
            "I want the rent reduced because we bought two heaters "
            "and our electricity bill is going to be huge."
        )
    )
    assert found == [
        "I want the rent reduced because we bought two heaters "
        "and our electricity bill is going to be huge."
    ]
    assert texts(asked("I'd like a breakdown of the charges and a refund of the overpayment.")) == [
        "I'd like a breakdown of the charges",
        "a refund of the overpayment.",
    ]


def test_several_verbs_under_one_can_you_are_asks_of_their_own(asked):
    assert texts(
        asked(
            "Can you move my broadband to my new flat, keep my landline number and tell me the fee?"
        )
    ) == [
        "Can you move my broadband to my new flat",
        "keep my landline number",
        "tell me the fee?",
    ]
