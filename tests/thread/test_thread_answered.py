"""Deciding whether the draft answers each ask (replycheck.thread.answered)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("When will it arrive?", "Your parcel is due on Thursday."),
        ("Can I get a refund?", "We've refunded the $24 to your card."),
        ("Please cancel my subscription.", "Your subscription has been cancelled."),
        ("Where is my parcel?", "It's at our Leeds depot and goes out for delivery tomorrow."),
        ("How much is delivery to Cardiff?", "Delivery to Cardiff is £39."),
        ("Why was my card declined?", "It was declined because our fraud system paused it."),
        ("Do you deliver to Jersey?", "Yes, we deliver to Jersey in 4-6 working days."),
        ("Can you put me on an earlier flight?", "I've moved you to LX322 on Friday at 18:40."),
        ("Send me the missing bag.", "A third bag is on its way to you now."),
    ],
)
def test_paraphrased_answers_count(verdicts, question, answer):
    assert verdicts(question, answer) == {question: True}


@pytest.mark.parametrize(
    "refusal",
    [
        "Unfortunately we can't refund opened software, but we can offer store credit instead.",
        "I'm afraid a refund isn't possible after 30 days; I can offer a repair at no cost.",
    ],
)
def test_a_clear_no_with_an_alternative_answers(verdicts, refusal):
    assert verdicts("Can I get a refund?", refusal) == {"Can I get a refund?": True}


@pytest.mark.parametrize(
    "acknowledgement",
    [
        "We have received your question about refunds.",
        "Thank you for your email about your refund. We'll look into it.",
        "I understand you'd like a refund and we'll get back to you shortly.",
        "I'm sorry to hear about the refund.",
    ],
)
def test_acknowledging_is_not_answering(verdicts, acknowledgement):
    assert verdicts("Can I get a refund for order 5521?", acknowledgement) == {
        "Can I get a refund for order 5521?": False
    }


def test_an_acknowledgement_followed_by_an_answer_counts(verdicts):
    draft = "I understand you'd like a refund, and I've processed it today."
    assert verdicts("Can I get a refund?", draft) == {"Can I get a refund?": True}


def test_asking_back_is_not_answering(verdicts):
    draft = "Could you tell us which refund you mean?"
    assert verdicts("Can I get a refund?", draft) == {"Can I get a refund?": False}


def test_answering_one_ask_does_not_answer_its_neighbour(verdicts):
    original = "Please cancel my travel policy. Is there a cancellation fee?"
    draft = "Your policy has been cancelled as requested."
    assert verdicts(original, draft) == {
        "Please cancel my travel policy.": True,
        "Is there a cancellation fee?": False,
    }


def test_a_past_date_does_not_answer_when_something_will_happen(verdicts):
    original = "When will my refund be back in my account?"
    draft = "I can see the refund of £89 was approved yesterday."
    assert verdicts(original, draft) == {original: False}


def test_an_answer_about_something_else_does_not_count(verdicts):
    original = "Is breakfast included? And what time does the pool open?"
    draft = "Yes, breakfast is included in your rate. It's served from 7am to 10:30am."
    assert verdicts(original, draft) == {
        "Is breakfast included?": True,
        "what time does the pool open?": False,
    }


def test_a_question_about_being_charged_is_answered_by_an_amount(verdicts):
    original = "Can I freeze my membership while I recover? Will I still be charged?"
    draft = (
        "I've put your membership on hold until June. "
        "Nothing is taken during the hold, and your £32 payments restart on 1 July."
    )
    assert verdicts(original, draft)["Will I still be charged?"]


def test_hard_evidence_about_another_thing_does_not_answer(verdicts):
    original = "Why has my bill gone up by £5? Can I leave my contract without paying the exit fee?"
    draft = "Your monthly price rose by £5 on 1 April because of the yearly price change."
    verdict = verdicts(original, draft)
    assert not verdict["Can I leave my contract without paying the exit fee?"]


def test_what_the_ask_names_is_answered_in_kind(verdicts):
    original = "Can you deliver before 10am tomorrow? The warehouse closes at noon."
    draft = "It's on the first run tomorrow with a pre-10am slot."
    assert all(verdicts(original, draft).values())


def test_a_bare_of_course_answers_a_request_phrased_as_a_question(verdicts):
    original = "Do you deliver on Sundays? Can I get my prescription sent to a different pharmacy?"
    draft = "We don't deliver on Sundays. Of course. I've changed your nominated pharmacy to Boots."
    verdict = verdicts(original, draft)
    assert verdict["Can I get my prescription sent to a different pharmacy?"]


def test_an_echo_answer_counts_as_a_bare_yes(verdicts):
    assert verdicts("Do you price match?", "We do. Send us the link.") == {
        "Do you price match?": True
    }


def test_a_bare_yes_about_another_question_does_not_answer(verdicts):
    original = "Can I pause my box over Christmas? Is the Christmas dinner box still available?"
    draft = "Yes, you can pause over Christmas. Your last box arrives on 17 December."
    verdict = verdicts(original, draft)
    assert verdict["Can I pause my box over Christmas?"]
    assert not verdict["Is the Christmas dinner box still available?"]


def test_a_promised_action_answers_a_request(verdicts):
    original = "Please reconnect my gas today."
    draft = "An engineer will reconnect your gas supply today between 2pm and 6pm."
    assert verdicts(original, draft) == {original: True}


def test_why_this_happened_needs_an_explanation_not_just_a_fix(verdicts):
    original = (
        "I paid the bill but you cut me off. Please reconnect my gas. "
        "I want to know why this happened."
    )
    draft = "An engineer will reconnect your gas supply today between 2pm and 6pm."
    verdict = verdicts(original, draft)
    assert verdict["Please reconnect my gas."]
    assert not verdict["I want to know why this happened."]


def test_synonyms_from_the_lexicon_meet(verdicts):
    original = "What's the maximum weight? And do you collect from home?"
    draft = "Up to 20kg. We can pick it up from your door the next working day."
    assert verdicts(original, draft)["do you collect from home?"]


def test_derived_words_share_a_stem(verdicts):
    original = "I'm a new customer. When will my smart meter be installed? Do I need to be in?"
    draft = "Your installation is booked for Wednesday 9 October, between 8am and 12pm."
    assert verdicts(original, draft)["When will my smart meter be installed?"]


def test_good_news_about_a_find_does_not_answer_a_request_to_post_it(verdicts):
    original = "I left a grey scarf in room 214. Has it been found? If so, can you post it to me?"
    draft = "Good news: housekeeping found your grey scarf and it's safe at reception."
    verdict = verdicts(original, draft)
    assert verdict["Has it been found?"]
    assert not verdict["can you post it to me?"]


def test_an_amount_answers_a_request_for_money(verdicts):
    original = "My parcel arrived smashed. I'd like compensation."
    draft = "I've opened a claim and you'll get £45 within seven days."
    assert verdicts(original, draft) == {"I'd like compensation.": True}


def test_feel_free_is_not_an_amount(verdicts):
    original = "The room was tiny. Will you refund part of the stay?"
    draft = "Feel free to take your business elsewhere next time if our rooms don't suit."
    assert verdicts(original, draft) == {"Will you refund part of the stay?": False}


def test_done_opens_a_bare_answer_to_a_request(verdicts):
    original = "Could you add two more seats to our team plan? Will we pay for the full month?"
    draft = "Done: your team now has 12 seats. You'll pay £7.40 for the 9 days left."
    assert verdicts(original, draft)["Could you add two more seats to our team plan?"]


def test_a_deferral_to_another_team_is_no_answer(verdicts):
    original = "Could you waive the late fee? It was my first time."
    draft = "I understand you'd like the late fee waived. Our billing team will review it."
    assert verdicts(original, draft) == {"Could you waive the late fee?": False}


def test_an_attachment_answers_a_request_for_a_copy(verdicts):
    original = "Please send me a copy of my invoice."
    draft = "I've attached your invoice for March."
    assert verdicts(original, draft) == {original: True}


def test_an_amount_answers_a_money_request_next_to_another_request(verdicts):
    """With two requests, the one whose own concept is money ("compensation")
    is answered by an amount even though the word itself never appears; the
    other, left alone, is still reported."""
    original = (
        "The driver threw my parcel over the gate and it's smashed. "
        "I'd like compensation. And please tell the driver to knock next time."
    )
    draft = "I'm sorry your parcel arrived smashed. I've opened a claim and you'll get £45."
    verdict = verdicts(original, draft)
    assert verdict["I'd like compensation."] is True
    assert verdict["please tell the driver to knock next time."] is False


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Can I switch mid-year?", "You can switch at the start of any term."),
        ("Do I need to be at home?", "Someone over 18 will need to be there."),
        ("Can I still drive the car?", "It's fine to drive it gently until Friday."),
        ("Will I be able to cancel later?", "You can cancel at any point before the 14th."),
    ],
)
def test_a_modal_statement_on_the_predicate_answers_a_yes_no_question(verdicts, question, answer):
    assert verdicts(question, answer) == {question: True}


def test_a_modal_statement_on_another_predicate_does_not_answer(verdicts):
    question = "Can I add a second email address?"
    assert verdicts(question, "You can add a recovery phone number in Settings.") == {
        question: False
    }


def test_a_modal_statement_about_another_subject_does_not_answer(verdicts):
    original = "I want to move to the full-time course. Would my fees change?"
    draft = "You can change course at the start of any term."
    assert verdicts(original, draft)["Would my fees change?"] is False


def test_is_that_allowed_is_answered_by_you_can_on_what_that_was(verdicts):
    original = "I'm thinking of switching to the full-time course. Is that allowed mid-year?"
    draft = "You can switch at the start of any term, so the earliest would be 6 January."
    assert verdicts(original, draft) == {"Is that allowed mid-year?": True}


def test_either_alternative_of_a_request_answers_it(verdicts):
    request = "Can you send the missing items or refund them?"
    draft = "I've refunded £5.80 for the fries and the drink to your account."
    assert verdicts(request, draft) == {request: True}


def test_the_only_why_question_is_answered_by_an_explanation_in_other_words(verdicts):
    original = "Why is my car still at the garage? When can I pick it up?"
    draft = (
        "The replacement clutch reached us a day late, so the fitting slipped to Wednesday. "
        "It's ready to collect from 4pm today."
    )
    assert verdicts(original, draft)["Why is my car still at the garage?"] is True


def test_a_why_question_is_not_answered_by_a_fix_without_a_cause(verdicts):
    original = "Why did my data run out so fast this month? Can you add 5GB?"
    draft = "I've added a 5GB boost to your plan for the rest of this month at no charge."
    assert verdicts(original, draft)["Why did my data run out so fast this month?"] is False


def test_a_modal_statement_on_a_requested_verb_answers_the_request(verdicts):
    request = "Could you hold the parcel at the depot for me to collect?"
    assert verdicts(request, "We can hold it for up to 7 days.") == {request: True}


def test_a_conditional_question_is_moot_when_the_draft_settles_the_condition(verdicts):
    original = "Please cancel my order 88123. If it has already shipped, how do I return it?"
    draft = "I've cancelled order 88123 before it shipped, and refunded the £40 to your card."
    assert verdicts(original, draft)["how do I return it?"] is True


def test_if_not_stands_when_the_ask_before_it_is_refused(verdicts):
    original = "Could we have a late checkout? If not, can we leave our bags somewhere?"
    verdict = verdicts(original, "We cannot offer late check-out on weekends.")
    assert verdict["can we leave our bags somewhere?"] is False


def test_a_conditional_ask_stands_when_the_draft_ignores_it(verdicts):
    original = "Could we have a late checkout? If not, can we leave our bags somewhere?"
    verdict = verdicts(original, "Thank you for your message. We'll look into it.")
    assert verdict == {
        "Could we have a late checkout?": False,
        "can we leave our bags somewhere?": False,
    }


def test_if_not_is_moot_when_the_ask_before_it_is_answered(verdicts):
    original = "Could we have a late checkout? If not, can we leave our bags somewhere?"
    verdict = verdicts(original, "Yes, you can keep your room until 2pm on Sunday.")
    assert verdict["can we leave our bags somewhere?"] is True


def test_an_answer_about_the_threads_subject_but_not_what_the_ask_adds_does_not_count(verdicts):
    original = (
        "Our invoices still show our old address. Can you update it to 14 Mill Lane? "
        "Is there any way to get the last three invoices reissued?"
    )
    draft = "I've updated your billing address to 14 Mill Lane, so every invoice will show it."
    verdict = verdicts(original, draft)
    assert verdict["Is there any way to get the last three invoices reissued?"] is False
    assert verdict["Can you update it to 14 Mill Lane?"] is True


def test_a_clock_time_answers_a_question_about_an_afternoon(verdicts):
    original = (
        "I need to move my appointment on Tuesday. Do you have anything on Thursday afternoon?"
    )
    draft = "I've moved you to Thursday 6th at 3:30pm with Sarah."
    assert verdicts(original, draft)["Do you have anything on Thursday afternoon?"] is True


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Do you ship to Ireland?", "We deliver to the Republic of Ireland with An Post."),
        ("Did I pay for her already?", "The child fare is already included in what you paid."),
        (
            "Does my daughter need her own seat on the coach?",
            "The little one will need a seat of her own, as she turned three in May.",
        ),
    ],
)
def test_a_plain_statement_on_the_predicate_answers_a_do_question(verdicts, question, answer):
    assert verdicts(question, answer) == {question: True}


def test_how_much_of_a_thing_is_answered_by_an_amount_of_it(verdicts):
    question = "How much notice do I need to give to end my tenancy?"
    answer = "Your tenancy agreement asks for one month's notice in writing."
    assert verdicts(question, answer) == {question: True}


def test_a_why_questions_contrast_clause_is_not_its_subject(verdicts):
    original = "My renewal quote has gone up by £180. Why has it gone up when I haven't claimed?"
    draft = "We can confirm that your policy renews on 1 July."
    assert verdicts(original, draft)["Why has it gone up when I haven't claimed?"] is False


def test_pointing_to_the_terms_explains_a_charge(verdicts):
    original = "I was told my upgrade would be free, but I've been billed £49. Why?"
    draft = (
        "The £49 is the upgrade fee for moving to a new handset before your contract ends; "
        "it's listed in the price guide you accepted on 2 March."
    )
    assert verdicts(original, draft)["Why?"] is True


def test_how_do_i_is_answered_by_a_statement_on_its_verb(verdicts):
    question = "How do I add my wife as an additional driver?"
    answer = "Just reply with her full name and licence number, and I'll add her today."
    assert verdicts(question, answer) == {question: True}


def test_a_dated_arrival_answers_where_something_is(verdicts):
    question = "Where is my parcel?"
    answer = "Your parcel will be delivered tomorrow before 1pm."
    assert verdicts(question, answer) == {question: True}


def test_on_its_way_does_not_say_how_long(verdicts):
    original = "I want to cancel and get my £200 deposit back. How long will the refund take?"
    draft = "I've cancelled your order and the £200 deposit is on its way back to your card."
    assert verdicts(original, draft)["How long will the refund take?"] is False


def test_a_refusal_opening_the_sentence_answers_the_only_request(verdicts):
    original = "I know the returns window is 30 days but can you make an exception?"
    draft = "We can't extend the return window, but the fault is covered by our guarantee."
    assert verdicts(original, draft) == {"can you make an exception?": True}


def test_a_relative_clause_on_the_requested_verb_answers_it(verdicts):
    request = "I keep getting logged out of the app. Can you fix it?"
    draft = "Please update the app to version 5.2, which fixes a bug that signed people out."
    assert verdicts(request, draft) == {"Can you fix it?": True}


def test_a_phrasal_verb_is_answered_by_its_synonym(verdicts):
    question = "Can my husband pick up the parcel for me?"
    answer = "Your husband can collect it for you if he brings his own ID."
    assert verdicts(question, answer) == {question: True}


def test_a_guarantee_in_years_answers_how_long_it_lasts(verdicts):
    original = "How long is the warranty on the washing machine, and does it cover parts?"
    draft = "It comes with a 2-year guarantee that includes both parts and labour."
    assert verdicts(original, draft)["How long is the warranty on the washing machine"] is True


def test_erasing_answers_a_question_about_deleting(verdicts):
    question = "Once it's closed, will you delete everything?"
    answer = "After closure we erase all of your data within 30 days."
    assert verdicts(question, answer) == {"will you delete everything?": True}


def test_wiping_is_not_answered_by_a_repair_date(verdicts):
    question = "I also wanted to check whether the repair will wipe my photos."
    answer = "Your phone should be repaired and posted back to you by Friday."
    assert verdicts(question, answer) == {question: False}


def test_a_sentence_answering_one_ask_does_not_answer_the_thing_another_adds(verdicts):
    # the two asks share "refund"; only the dress sets the second apart
    original = (
        "I expect a refund of the delivery charge at the very least, "
        "and frankly I think you should refund the dress as well."
    )
    draft = (
        "I'm so sorry the dress arrived after the wedding. "
        "I've refunded the £6.99 next-day delivery charge to your card."
    )
    assert verdicts(original, draft) == {
        "I expect a refund of the delivery charge at the very least": True,
        "I think you should refund the dress as well.": False,
    }
    both = draft + " I've also refunded the £89 for the dress."
    assert set(verdicts(original, both).values()) == {True}


def test_an_amount_answers_whether_fees_change_without_repeating_the_subject(verdicts):
    # "change" is the thread's subject (said twice), so only the fees must recur
    original = "I'd like to change to part-time study. Would my fees change?"
    draft = "Part-time study starts in January. Your fees would go up to £9,250 a year."
    assert verdicts(original, draft)["Would my fees change?"] is True


@pytest.mark.parametrize(
    ("original", "draft", "pointing"),
    [
        (
            # "it" borrows the course and the certificate; the sentence about the
            # certificate answers the first question, not whether it is accredited
            "I enrolled in the Python course but I can't access module 3. "
            "Also, will I get a certificate at the end, and is it accredited?",
            "Module 3 unlocks once you've completed the quiz at the end of module 2. "
            "You'll receive a certificate when you finish the course.",
            "is it accredited?",
        ),
        (
            "The sofa arrived with a tear in the arm. I'd like a replacement cover sent "
            "out. The driver also left the packaging in my hallway; can someone come "
            "and collect it?",
            "I'm so sorry about the tear. A new arm cover is on its way to you and "
            "should arrive within 5 working days.",
            "collect it?",
        ),
    ],
)
def test_a_pointing_ask_is_not_answered_by_the_answer_to_its_neighbour(
    verdicts, original, draft, pointing
):
    found = verdicts(original, draft)
    assert found[pointing] is False
    assert [answered for text, answered in found.items() if text != pointing] == [True]


def test_a_pointing_ask_is_answered_once_the_draft_speaks_to_what_it_names(verdicts):
    original = "Will I get a certificate at the end, and is it accredited?"
    draft = (
        "You'll receive a certificate when you finish the course. Yes, it's accredited by the BCS."
    )
    assert set(verdicts(original, draft).values()) == {True}


def test_a_pointing_ask_is_answered_by_another_sentence_on_what_it_names(verdicts):
    original = "Can I increase my daily transfer limit? Is there a fee for that?"
    draft = (
        "Yes, you can raise your daily transfer limit to £10,000 in the app. "
        "Changing it doesn't cost anything."
    )
    assert set(verdicts(original, draft).values()) == {True}


def test_a_bare_yes_on_the_stem_of_an_adjective_answers(verdicts):
    original = "Is the venue wheelchair accessible and can my carer come in for free?"
    draft = (
        "Yes, there's step-free access from the main entrance and four wheelchair spaces. "
        "Carers get a free ticket: just add one when you book."
    )
    assert set(verdicts(original, draft).values()) == {True}


def test_a_permission_named_before_its_subject_answers_do_you_allow(verdicts):
    question = "Do you allow pets in the car?"
    assert verdicts(question, "Pets are welcome as long as they travel in a carrier.") == {
        question: True
    }
    assert verdicts(question, "Smoking is not allowed on any of our tours.") == {question: False}


def test_steps_opening_with_to_and_the_asked_verb_answer_how_do_i(verdicts):
    question = "How do I add a new user to our account?"
    steps = "To add someone, go to Settings > Team and click Invite."
    assert verdicts(question, steps) == {question: True}
    other = "To remove someone, go to Settings > Team and click their name."
    assert verdicts(question, other) == {question: False}


def test_an_engineer_visit_answers_a_request_to_send_someone_out(verdicts):
    request = "Please send someone out."
    original = f"Water is leaking outside number 22. {request}"
    visit = "An engineer will come out to number 22 tomorrow morning."
    assert verdicts(original, visit) == {request: True}
    logged = "Your report has been logged with reference WL-55821."
    assert verdicts(original, logged) == {request: False}


def test_rebooking_is_a_change_not_a_first_booking(verdicts):
    request = "Can you please rebook him for next week?"
    original = f"My son's blood test was cancelled because the nurse was ill. {request}"
    booked_again = "I'm sorry about the cancellation. I've moved his test to Tuesday at 9:10am."
    assert verdicts(original, booked_again) == {request: True}


def test_a_date_answers_a_what_question_whose_focus_is_a_date(verdicts):
    # "deadline" is a date: hard evidence of a time names it in other words
    question = "What's the deadline for getting my receipts to you?"
    dated = "If we have them by 12 May, we'll file your return in good time."
    assert verdicts(question, dated) == {question: True}
    undated = "Receipts help us claim every expense you're owed on your return."
    assert verdicts(question, undated) == {question: False}


def test_fine_grants_the_permission_asked_for(verdicts):
    question = "Is it okay for Luna to go in the garden after her spay?"
    granted = "Garden trips on a lead are fine straight away; keep her from jumping for ten days."
    assert verdicts(question, granted) == {question: True}
    elsewhere = "Her stitches are fine and healing well."
    assert verdicts(question, elsewhere) == {question: False}


def test_stopping_a_donation_is_cancelling_a_gift(verdicts):
    request = "I'd like to stop my monthly donation please."
    done = "I've cancelled your monthly gift, so no further payments will be taken."
    assert verdicts(request, done) == {request: True}
    thanked = "Thank you for your monthly gift; it makes a real difference."
    assert verdicts(request, thanked) == {request: False}


def test_staying_the_same_is_answered_by_the_unchanged_state(verdicts):
    # a yes/no question answered by a statement of the state; "on the 5th" is a date
    question = "Will my direct debit date stay the same?"
    state = "Your direct debit will still come out on the 5th of each month."
    assert verdicts(question, state) == {question: True}
    premium = "Will my monthly premium stay the same after the claim?"
    assert verdicts(premium, "Your premium is unchanged at £31.20 a month.") == {premium: True}
    assert verdicts(question, "We've received your direct debit form.") == {question: False}


def test_a_hotel_stay_is_still_a_room(verdicts):
    request = "I'd like to extend our stay by one night."
    done = "I've added a night to your room booking, so you now check out on Sunday 9th."
    assert verdicts(request, done) == {request: True}


def test_it_does_not_matter_answers_a_yes_no_question(verdicts):
    box = "Do I need the original box?"
    answer = "The original box doesn't matter: any sturdy packaging is fine."
    assert verdicts(box, answer) == {box: True}
    assert verdicts(box, "The original box is in our warehouse.") == {box: False}


def test_of_course_says_yes_to_what_the_next_sentences_speak_to(verdicts):
    original = "Can I bring my walking frame into the hall? And is there a lift?"
    draft = (
        "Of course. The lift is next to the cloakroom, and stewards can help with the "
        "frame on the stairs."
    )
    assert verdicts(original, draft) == {
        "Can I bring my walking frame into the hall?": True,
        "is there a lift?": True,
    }
    # a bare yes followed only by another question's answer says nothing of this one
    other = "Could I change my appointment? Also, is parking free?"
    assert verdicts(other, "Of course. Parking is £3 for two hours.") == {
        "Could I change my appointment?": False,
        "is parking free?": True,
    }


def test_granting_leave_answers_a_permission_question(verdicts):
    question = "Can she go out on walks before then?"
    granted = "Short lead walks are fine from day three."
    assert verdicts(question, granted) == {question: True}
    # granting something else is no answer
    instalments = "Can I pay in instalments?"
    assert verdicts(instalments, "Payment by card is fine.") == {instalments: False}


def test_a_time_of_day_answers_when_in_plain_words(verdicts):
    # no figures, no cue word: "at lunchtime" is when
    question = "When does she get her tablets?"
    answer = "The nurse gives them to her at lunchtime with her meal."
    assert verdicts(question, answer) == {question: True}
    dad = "When does Dad get his medication?"
    assert verdicts(dad, "The care team gives Dad his tablets at bedtime.") == {dad: True}
    assert verdicts(dad, "The care team checks Dad's tablets carefully.") == {dad: False}


def test_near_you_is_the_customers_area(verdicts):
    original = (
        "My wifi drops every morning. Is there an outage in my area? Can you reset my router?"
    )
    draft = "There's no outage near you. I've reset your router remotely."
    assert verdicts(original, draft) == {
        "Is there an outage in my area?": True,
        "Can you reset my router?": True,
    }


def test_costing_nothing_is_free(verdicts):
    question = "Is the first consultation free?"
    answer = "Your first half hour with a solicitor costs nothing, and we quote before any work."
    assert verdicts(question, answer) == {question: True}
    assert verdicts(question, "Your first half hour is with a senior solicitor.") == {
        question: False
    }


def test_as_part_of_is_including(verdicts):
    question = "Does the deep clean include the oven?"
    answer = "The team cleans the oven as part of the deep clean, so there's nothing extra to book."
    assert verdicts(question, answer) == {question: True}
