"""RC201's answer-type veto (replycheck.thread.type_veto, option
``answer_type_veto``): a "why", "who", "when" or "how much" whose draft gives
no reason, person, time or sum on its topic stays unanswered whatever the learned second
opinion says; one that does is left to it. Pairs are written fresh for these
tests (not taken from the corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

import replycheck
import replycheck.checks.unanswered as unanswered_check
from replycheck.config import Config
from replycheck.errors import ReplycheckError
from replycheck.thread.type_veto import (
    act_left_unsaid,
    inclusion_left_unsaid,
    missing_type,
    money_left_unsaid,
    whereabouts_left_unsaid,
)

#: Asks a draft gives no answer of their type, with what the veto names.
MISSING = [
    ("Who is my case handler?", "Your case handler will be assigned on Monday.", "person"),
    (
        "Why was my gas bill estimated this quarter?",
        "Your gas bill for this quarter is £214 and is due on 5 May.",
        "reason",
    ),
    (
        "Why has my parcel been sent back to the depot?",
        "Your parcel is at our Leeds depot and can be collected until Friday.",
        "reason",
    ),
    (
        "Why did the vet charge me for a second consultation?",
        "The second consultation was on 12 March with Dr Ellis.",
        "reason",
    ),
    (
        "When will I get my money back?",
        "As I already explained in my last email, refunds take time.",
        "time",
    ),
    (
        "When will the engineer come back to finish the job?",
        "The engineer will come back to finish the job as soon as he can.",
        "time",
    ),
    (
        "When will I get my scan results?",
        "Your scan on 29 October was carried out on our new scanner.",
        "time",
    ),
    (
        "Who will be looking after my account now that Sarah has left?",
        "Your account will be looked after as carefully as it always has been.",
        "person",
    ),
    # money named, no sum: the price said to depend, or the question thanked for
    (
        "How much will two extra seats add to our monthly bill?",
        "Pricing for extra seats depends on your plan and billing cycle.",
        "money",
    ),
    ("How much is the late fee?", "Thanks for asking about the late fee.", "money"),
]  # fmt: skip

#: Asks a draft answers with their type, if not always in the routes' words.
CARRIED = [
    (
        "Why was my gas bill estimated this quarter?",
        "We couldn't read your meter because the reader was blocked, so the bill is estimated.",
    ),
    (
        "Why has my parcel been sent back to the depot?",
        "It went back due to a wrong house number on the label.",
    ),
    ("Who is my case handler?", "Your case handler is Priya Shah, on extension 4410."),
    ("Who is my case handler?", "Our claims team handles your case from start to finish."),
    ("When will I get my money back?", "Your refund will reach your card within 5 working days."),
    ("When did you receive my form?", "Your form reached us last week."),
    ("When will you call me back?", "We'll ring you this afternoon."),
    ("What happened?", "The van broke down on the way to you."),  # not a "why": a story answers
    ("How much is the late fee?", "The late fee for this month is £12."),
    ("How much will the repair cost?", "The repair is free under your warranty."),
]  # fmt: skip


@pytest.fixture(scope="module")
def read():
    """Read one question and one reply as RC201 does: (the customer's last
    ask, the draft's statements, every ask)."""
    from replycheck.nlp import Pipeline
    from replycheck.thread import default_lexicon, find_asked, read_draft

    pipeline = Pipeline()
    lexicon = default_lexicon()

    def run(question: str, reply: str):
        asks = find_asked(pipeline(question), lexicon)
        return asks[-1], read_draft(pipeline(reply), lexicon, customer=question), asks

    return run


@pytest.mark.parametrize(("question", "reply", "kind"), MISSING)
def test_a_draft_without_the_answer_type_is_vetoed(read, question, reply, kind):
    ask, statements, asks = read(question, reply)
    assert missing_type(ask, statements, asks) == kind


@pytest.mark.parametrize(("question", "reply"), CARRIED)
def test_a_draft_giving_the_answer_type_is_not_vetoed(read, question, reply):
    ask, statements, asks = read(question, reply)
    assert missing_type(ask, statements, asks) == ""


def test_a_reason_off_the_asks_topic_does_not_lift_the_veto(read):
    """With two "why"s, a reason counts only for the one whose topic it is on."""
    question = "Why was my direct debit cancelled? And why is my parcel so late?"
    reply = "Your parcel is late due to snow at the depot."
    parcel, statements, asks = read(question, reply)
    debit = asks[0]
    assert (debit.expects, parcel.expects) == ("reason", "reason")
    assert missing_type(debit, statements, asks) == "reason"
    assert missing_type(parcel, statements, asks) == ""


def test_a_hedged_reason_is_still_a_reason(read):
    """Whether a hedged reason answers is the model's to weigh, not the veto's."""
    question = "Why was my claim turned down?"
    reply = "Claims may be declined due to a number of factors."
    ask, statements, asks = read(question, reply)
    assert missing_type(ask, statements, asks) == ""


#: Money asked back or paid for, with a draft about the fault alone.
MONEY_UNSAID = [
    (
        "The heater in our caravan never worked. Could we have some money back?",
        "The heaters are tested before every let, and the switch is behind the sofa.",
    ),
    (
        "The plumber flooded our bathroom. Will you pay for the floor to be replaced?",
        "Our plumber will come back on Tuesday to check the joint.",
    ),
    (
        "Two of the chairs arrived scratched. I'd like a partial refund.",
        "I'm sorry the chairs were scratched; our warehouse has checked the rest of the batch.",
    ),
    # the cause told, a pass or a membership named, and nothing given back
    (
        "The class was cancelled at the last minute. I'd like the credit back on my pass.",
        "The teacher was ill and nobody could step in, so your pass was left as it was.",
    ),
    (
        "The pool was closed again this morning. I want some money back.",
        "A pump failed overnight, and your membership includes the gym while the pool is shut.",
    ),
]

#: The same asks met in money words, with a sum or a bare answer: the model's.
MONEY_SAID = [
    (
        "The heater in our caravan never worked. Could we have some money back?",
        "Yes, I've put £40 back on your card.",
    ),
    (
        "The plumber flooded our bathroom. Will you pay for the floor to be replaced?",
        "The cost of the floor isn't something we cover, as the leak was in your own pipe.",
    ),
    (
        "Two of the chairs arrived scratched. I'd like a partial refund.",
        "The scratches are within the finish described, so the payment stands.",
    ),
    # made good in kind: a class put back, time added, the next visits free
    (
        "The class was cancelled at the last minute. I'd like the credit back on my pass.",
        "I've put the class back on your pass, so you have 7 of 10 left.",
    ),
    (
        "The pool was closed again this morning. I want some money back.",
        "I've added two weeks to your membership to cover both closures.",
    ),
    (
        "Your car wash scratched my mirror. Who pays, and can I get my money back?",
        "We'll pay the garage directly, and your next five washes are on us.",
    ),
    # no money asked: a yes/no about paying for something
    (
        "Is it worth paying for a few sessions with a trainer?",
        "Most members find two or three sessions enough to get started.",
    ),
]


@pytest.mark.parametrize(("question", "reply"), MONEY_UNSAID)
def test_money_asked_with_no_money_said_is_kept_from_the_model(read, question, reply):
    ask, statements, _ = read(question, reply)
    assert money_left_unsaid(ask, statements)


@pytest.mark.parametrize(("question", "reply"), MONEY_SAID)
def test_money_said_in_any_words_leaves_it_to_the_model(read, question, reply):
    ask, statements, _ = read(question, reply)
    assert not money_left_unsaid(ask, statements)


#: A refund, compensation, replacement, removal, pause or apology asked for,
#: and a draft that does something else and neither does nor refuses it.
ACT_UNSAID = [
    # a word for how much or how well ("partial", "proper") is no act of its own
    (
        "The bouncy castle turned up an hour late. I want a partial refund for this.",
        "The driver was held up on the ring road. Collection is at 6pm as booked.",
    ),
    (
        "Your fitter swore at my mother. I expect a proper apology.",
        "Our fitters are all fully trained and the job was signed off on Friday.",
    ),
    (
        "The blender stopped working after a week. Can I get a replacement?",
        "Blenders can overheat if they run for more than a minute at a time. Let it cool "
        "for an hour before using it again.",
    ),
    (
        "Your engineer never turned up and I lost a day's pay. I want compensation for the "
        "lost day.",
        "I'm sorry nobody came. I've booked a new visit for Monday between 8 and 12.",
    ),
    (
        "I was charged twice for the same lesson. I'd like the second charge removed.",
        "Lessons are charged on the first of each month for the month ahead.",
    ),
    (
        "The app has crashed every day since March. I'd like a refund for those months.",
        "The crashes came from a bug in version 3.1, which is fixed in 3.2. Please update "
        "from the store.",
    ),
    (
        "We're away in August, so I'd like to pause my meal kit for the month.",
        "Thanks for letting us know. Our August menu has twelve new recipes to try.",
    ),
    # an agreement to another thing asked is no refusal of this one
    (
        "I'd like to add a teapot to the order. Two of the mugs arrived chipped, too: "
        "could you replace them?",
        "A teapot to match is no problem at all, we have the speckled glaze in stock.",
    ),
]

#: The same asks done, refused, or met in words of the act's kind: the model's.
ACT_SAID = [
    # a refusal in other words, with what is offered instead
    (
        "The jacket I bought in the sale has a broken zip. Can I get a replacement?",
        "Replacements aren't possible on sale items, but I can refund you in full.",
    ),
    (
        "The jacket I bought in the sale has a broken zip. Can I get a replacement?",
        "No problem, though sale stock has sold out, so we can't send the same jacket.",
    ),
    (
        "The bouncy castle turned up an hour late. I want a partial refund for this.",
        "I've refunded £40 of the hire to your card today.",
    ),
    (
        "The bouncy castle turned up an hour late. I want a partial refund for this.",
        "I'm afraid we can't refund any of the hire, as the castle was up before the party.",
    ),
    (
        "The blender stopped working after a week. Can I get a replacement?",
        "We'll send you a new one today by tracked post.",
    ),
    (
        "The blender stopped working after a week. Can I get a replacement?",
        "I've refunded the £45 to your card instead, as that model is out of stock.",
    ),
    (
        "Your engineer never turned up and I lost a day's pay. I want compensation for the "
        "lost day.",
        "Send us a payslip showing the day's pay and we'll pay it in full.",
    ),
    (
        "I was charged twice for the same lesson. I'd like the second charge removed.",
        "The second payment was a hold, and it will be released within three days.",
    ),
    (
        "The app has crashed every day since March. I'd like a refund for those months.",
        "We don't offer refunds for past months, but the bug is fixed in version 3.2.",
    ),
    (
        "We're away in August, so I'd like to pause my meal kit for the month.",
        "Done: I've skipped all four August boxes.",
    ),
    # an act this gate does not read: the model's to judge
    (
        "The boiler is making a banging noise. Can you send someone to look at it?",
        "That noise is usually air in the system; bleeding the radiators clears it.",
    ),
]


@pytest.mark.parametrize(("question", "reply"), ACT_UNSAID)
def test_an_act_asked_for_and_neither_done_nor_refused_is_kept_from_the_model(
    read, question, reply
):
    ask, statements, _ = read(question, reply)
    assert act_left_unsaid(ask, statements)


@pytest.mark.parametrize(("question", "reply"), ACT_SAID)
def test_an_act_done_refused_or_met_in_its_kind_leaves_it_to_the_model(read, question, reply):
    ask, statements, _ = read(question, reply)
    assert not act_left_unsaid(ask, statements)


#: Where the customer's thing is now, asked, and a draft that talks around
#: it: a condition, a shrug, a fault named, a tip with no place or time.
WHEREABOUTS_UNSAID = [
    (
        "I sent the mower back a fortnight ago. Where is my refund?",
        "Before we go any further, please mind your language. Once you can write "
        "to us politely, we'll take a look at your refund.",
    ),
    (
        "I ordered the blazer a month ago. Where is my daughter's blazer?",
        "We are very busy this term and yours isn't the only order. It'll come when it comes.",
    ),
    (
        "The sofa was meant to come last week. Where is it?",
        "The hold-up is entirely the maker's fault, not ours. You will need to chase "
        "them directly if you want a firmer answer.",
    ),
    (
        "My clock has been with you for two months. Can you tell me where it is up to?",
        "Clocks of this age often need parts made by hand, which takes time, and we "
        "never rush a repair.",
    ),
]

#: The same kind of ask, answered: a place, a time it is due, what was done.
WHEREABOUTS_SAID = [
    (
        "The sofa was meant to come last week. Where is it?",
        "It is at our Leeds depot and is booked onto Thursday's van.",
    ),
    (
        "I sent the mower back a fortnight ago. Where is my refund?",
        "Refunds take five working days to reach your card.",
    ),
    (
        "I ordered the blazer a month ago. Where is my daughter's blazer?",
        "The blazer left our warehouse on Monday with Parcelway.",
    ),
    (
        "I paid for the gems an hour ago. Where are they?",
        "I've added the 500 gems to your account, so restart the game and they'll be there.",
    ),
    # where to do something is another kind of place: not this veto's to hold
    (
        "We're moving out on Friday. Where should I send the final meter reading?",
        "Thanks for letting us know; good luck in your new home.",
    ),
]


@pytest.mark.parametrize(("question", "reply"), WHEREABOUTS_UNSAID)
def test_whereabouts_talked_around_stays_unanswered(read, question, reply):
    ask, statements, _ = read(question, reply)
    assert whereabouts_left_unsaid(ask, statements)


@pytest.mark.parametrize(("question", "reply"), WHEREABOUTS_SAID)
def test_a_place_time_or_act_leaves_whereabouts_to_the_model(read, question, reply):
    ask, statements, _ = read(question, reply)
    assert not whereabouts_left_unsaid(ask, statements)


@pytest.mark.parametrize(("question", "reply"), WHEREABOUTS_UNSAID)
def test_a_model_that_clears_everything_cannot_clear_whereabouts_left_unsaid(
    rc201, flagged, clears_everything, question, reply
):
    assert flagged(rc201(), question, reply) != []


ALL_TYPES = ["reason", "person", "time", "money"]


@pytest.fixture
def clears_everything(monkeypatch):
    """A second opinion that puts every ask it reads at P(unanswered) 0.

    Pure Python only: a mypyc-compiled module calls its own functions
    directly, so patching the module attribute cannot reach the check."""
    if not unanswered_check.__file__.endswith(".py"):
        pytest.skip("the compiled build binds second_opinion at compile time")
    monkeypatch.setattr(unanswered_check, "second_opinion", lambda *args: 0.0)


@pytest.mark.parametrize(("question", "reply", "kind"), MISSING)
def test_a_model_that_clears_everything_cannot_clear_a_vetoed_ask(
    rc201, flagged, clears_everything, question, reply, kind
):
    checker = rc201(answer_type_veto=ALL_TYPES)
    assert flagged(checker, question, reply) == [question]


@pytest.mark.parametrize(("question", "reply", "kind"), MISSING)
def test_the_veto_holds_only_the_types_it_names(
    rc201, flagged, clears_everything, question, reply, kind
):
    others = [t for t in ALL_TYPES if t != kind]
    assert flagged(rc201(answer_type_veto=others), question, reply) == []
    assert flagged(rc201(answer_type_veto=[kind]), question, reply) == [question]


@pytest.mark.parametrize(("question", "reply"), ACT_UNSAID)
def test_a_model_that_clears_everything_cannot_clear_an_act_left_unsaid(
    rc201, flagged, clears_everything, question, reply
):
    assert flagged(rc201(), question, reply) != []


def test_a_model_that_clears_everything_still_clears_other_asks(rc201, flagged, clears_everything):
    """The veto holds only a why, who or when: a what-question the routes
    leave open is still the model's to clear."""
    question = "What's the weight limit for hand luggage?"
    reply = "Hand luggage must fit in the overhead locker."
    assert flagged(rc201(answer_type_veto=ALL_TYPES), question, reply) == []
    assert flagged(rc201(answer_type_veto=ALL_TYPES, second_opinion_below=0), question, reply)


def test_the_shipped_ruleset_vetoes_money_and_time():
    (rule,) = replycheck.Checker(Config(select=("RC201",))).rules
    assert rule.options["answer_type_veto"] == ["money", "time"]


def test_the_readme_examples_when_stays_flagged_whatever_the_model(rc201, clears_everything):
    example = Path(__file__).resolve().parents[2] / "examples" / "refund-draft.txt"
    checker = rc201(answer_type_veto=ALL_TYPES)
    report = checker.check(example.read_text(encoding="utf-8"))
    texts = [f.message for f in report.findings if f.code == "RC201"]
    assert any("When will I get my money back?" in text for text in texts)


@pytest.mark.parametrize("veto", [["why"], "time", [1], ["time", "place"]])
def test_a_bad_veto_option_is_a_ruleset_error(rc201, flagged, veto):
    checker = rc201(answer_type_veto=veto)
    with pytest.raises(ReplycheckError, match="answer_type_veto"):
        flagged(checker, "Who is my case handler?", "Thanks for your email.")


#: Whether a thing is included, asked, and a draft that gives its topic but
#: not the yes or no: how it works, praise of it, another thing included.
INCLUSION_UNSAID = [
    (
        "We're booked in for Saturday night. Is parking included in the room price?",
        "Our car park is behind the hotel and is open around the clock.",
    ),
    (
        "Does the course fee include the exam?",
        "The exam is a great way to prove your skills, and most of our learners sit it.",
    ),
    (
        "Does the boiler service include the flue check?",
        "A boiler service is £85, including a full safety report.",
    ),
    (
        "Does the spa day come with lunch?",
        "Lunch is served in the garden restaurant from 12 to 2. Your spa day also comes "
        "with a robe and slippers.",
    ),
]

#: The same asks met in kind: included, covered, free, extra, or a plain
#: yes or no.
INCLUSION_SAID = [
    (
        "We're booked in for Saturday night. Is parking included in the room price?",
        "Parking is free for hotel guests; the car park is behind the hotel.",
    ),
    (
        "Does the course fee include the exam?",
        "The exam is an extra £60, booked separately once you finish the course.",
    ),
    (
        "Does the boiler service include the flue check?",
        "Yes, the flue check is part of every service.",
    ),
    (
        "Does the spa day come with lunch?",
        "Your spa day covers a two-course lunch in the garden restaurant.",
    ),
    (
        "Does the spa day come with lunch?",
        "It's all in the price: the spa day covers everything from the robe to the "
        "garden restaurant.",
    ),
    (
        "We're booked in for Saturday night. Is parking included in the room price?",
        "Parking is on us for hotel guests.",
    ),
    (
        "We've booked the cottage for a week. Is the linen included?",
        "Sheets and towels are provided, and the beds are made up for your arrival.",
    ),
    (
        "Does the spa day come with lunch?",
        "No, I'm afraid lunch isn't part of the package, but the garden restaurant is "
        "open from 12.",
    ),
]


@pytest.mark.parametrize(("question", "reply"), INCLUSION_UNSAID)
def test_an_inclusion_asked_and_met_by_its_topic_alone_is_kept_from_the_model(
    read, question, reply
):
    ask, statements, asks = read(question, reply)
    assert inclusion_left_unsaid(ask, statements, asks, reply)


@pytest.mark.parametrize(("question", "reply"), INCLUSION_SAID)
def test_an_inclusion_said_of_the_thing_leaves_it_to_the_model(read, question, reply):
    ask, statements, asks = read(question, reply)
    assert not inclusion_left_unsaid(ask, statements, asks, reply)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Is the pool open on Sundays?", "The pool is heated to 29 degrees all year."),
        # a person coming along asks leave, not whether a thing is included
        ("Can my husband come with me to the scan?", "He can sit in with you for the scan."),
    ],
)
def test_a_yes_no_that_asks_no_inclusion_is_not_read(read, question, reply):
    ask, statements, asks = read(question, reply)
    assert not inclusion_left_unsaid(ask, statements, asks, reply)


@pytest.mark.parametrize(("question", "reply"), INCLUSION_UNSAID)
def test_a_model_that_clears_everything_cannot_clear_an_inclusion_left_unsaid(
    rc201, flagged, clears_everything, question, reply
):
    assert flagged(rc201(), question, reply) != []


#: A "when" answered with a time as people write it: a clock time with dots,
#: a part of the day, a span with no figure, a day of the month in words.
WHEN_TIMED = [
    ("What time do you open on weekdays?", "We're open 8 a.m. to 6 p.m. Monday to Friday."),
    ("When will the engineer get here?", "He'll be with you at half past three."),
    ("When will you send the revised quote?", "You'll have it by close of play."),
    ("When will my prints be done?", "They'll be ready first thing."),
    ("When will the replacement part come in?", "We expect it in a day or two."),
    ("When will the refund reach my card?", "It should show in a fortnight."),
    ("When will the spare keys be cut?", "They'll be cut by the weekend."),
    ("When do you reopen after the holidays?", "We reopen on the second of January."),
]  # fmt: skip

#: A "when" with no time, answered all the same: the time is not known yet,
#: said with what comes next, or the when is turned down.
WHEN_DECLINED = [
    (
        "When will the blue sofa be back in stock?",
        "We don't have a date from the maker yet, as the fabric is delayed; "
        "we'll email you as soon as we hear.",
    ),
    ("When will the blue sofa be back in stock?", "Sorry, the blue sofa has been discontinued."),
    (
        "When will my passport be returned?",
        "There's no confirmed date yet. I'll let you know the moment the embassy sends it back.",
    ),
]  # fmt: skip

#: A "when" with no time and neither a next step nor a no: still vetoed.
WHEN_UNTIMED = [
    ("When will the blue sofa be back in stock?", "We don't have a date for the blue sofa yet."),
    ("When will my passport be returned?", "We are sorry for the wait with your passport."),
    ("When will the engineer come back?", "I'll let you know more about the engineer's visit."),
]  # fmt: skip


@pytest.mark.parametrize(("question", "reply"), WHEN_TIMED)
def test_a_when_met_with_a_time_as_people_write_it_is_not_vetoed(read, question, reply):
    ask, statements, asks = read(question, reply)
    assert ask.expects == "time"
    assert missing_type(ask, statements, asks, draft=reply) == ""


@pytest.mark.parametrize(("question", "reply"), WHEN_DECLINED)
def test_a_when_with_no_time_known_yet_and_a_next_step_or_a_no_is_not_vetoed(read, question, reply):
    ask, statements, asks = read(question, reply)
    assert missing_type(ask, statements, asks, draft=reply) == ""


@pytest.mark.parametrize(("question", "reply"), WHEN_UNTIMED)
def test_a_when_with_no_time_and_no_next_step_is_vetoed(read, question, reply):
    ask, statements, asks = read(question, reply)
    assert missing_type(ask, statements, asks, draft=reply) == "time"


@pytest.mark.parametrize(("question", "reply"), WHEN_UNTIMED)
def test_the_shipped_rc201_keeps_a_when_with_no_time_whatever_the_model(
    rc201, flagged, clears_everything, question, reply
):
    assert flagged(rc201(), question, reply) == [question]


@pytest.mark.parametrize(("question", "reply"), WHEN_TIMED + WHEN_DECLINED)
def test_the_shipped_rc201_leaves_a_timed_or_declined_when_to_the_model(
    rc201, flagged, clears_everything, question, reply
):
    assert flagged(rc201(), question, reply) == []
