"""Paraphrase stress test for the rude, demanding and blame rules.

Each rule's intent is written out the way different people would write it
(other verbs, nouns, word order, tense, softeners, British and American usage,
terse and wordy, several industries), together with innocent near-misses that
share the words but not the intent. A paraphrase counts as caught when ANY
rude, demanding or blame rule fires on it (the category is what a support lead
cares about); a near-miss is a false alarm when any of them fires.

About a third of each rule's paraphrases are marked ``held``: they are never
looked at when a rule is widened, so the held figure is the honest one.

    PYTHONPATH=$PWD python scripts/paraphrase_stress.py [--show]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

TONE_CATEGORIES = ("rude", "demanding", "blame")


@dataclass(frozen=True)
class Paraphrase:
    """One sentence carrying a rule's intent; ``held`` ones are never tuned on."""

    text: str
    held: bool = False


def _p(*texts: str) -> tuple[Paraphrase, ...]:
    """Paraphrases in order; every third one (3rd, 6th, ...) is held back."""
    return tuple(Paraphrase(t, held=(i % 3 == 2)) for i, t in enumerate(texts))


STRESS: tuple[dict[str, Any], ...] = (
    {
        "rule": "RC101",
        "intent": "pointing out that this was already said (you weren't listening)",
        "paraphrases": _p(
            "Like I mentioned in my last email, the refund takes five days.",
            "As was stated in our previous reply, the warranty does not cover water damage.",
            "I did already explain this to you on Tuesday.",
            "This was covered in my earlier message, which you may want to reread.",
            "As I've said before, we cannot change the delivery slot.",
            "I have already answered this question twice.",
            "Per my previous email, the invoice is attached.",
            "Once again, the policy has not changed since we last wrote.",
        ),
        "near_misses": (
            "As I mentioned on the phone, I've now booked the engineer for Friday.",
            "I've already refunded the fee, so you should see it within two days.",
            "As we discussed, I've attached the corrected invoice.",
        ),
    },
    {
        "rule": "RC102",
        "intent": "exasperated re-explaining",
        "paraphrases": _p(
            "I will explain this one more time.",
            "Let me try to make this clearer for you, since it seems to have been missed.",
            "For the third time, the parcel was delivered to your safe place.",
            "I'll spell it out again: the plan renews every month.",
            "To repeat myself, we do not ship to PO boxes.",
            "Let me say it once more so there is no confusion.",
            "Again, and I cannot stress this enough, the code expires at midnight.",
        ),
        "near_misses": (
            "Let me explain how the new billing cycle works.",
            "To make this clearer, I've added a diagram of the steps.",
            "I'll explain it again on the call if that helps.",
        ),
    },
    {
        "rule": "RC103",
        "intent": "implying the customer should already know (obviously, of course)",
        "paraphrases": _p(
            "Obviously the card has to be activated before you can use it.",
            "Clearly you need an internet connection for the app to sync.",
            "Naturally, a cancelled policy does not pay out.",
            "As anyone would know, tickets are non-refundable after the show.",
            "It goes without saying that you need to charge the scooter first.",
            "Surely you realise the offer ended last month.",
            "Everyone knows that you have to log in before you can check out.",
        ),
        "near_misses": (
            "Of course, I'm happy to extend the deadline for you.",
            "Clearly we got this wrong, and I'm sorry.",
            "Naturally, we'll cover the cost of the return.",
        ),
    },
    {
        "rule": "RC104",
        "intent": "you didn't read what we sent",
        "paraphrases": _p(
            "Had you read the terms, you would have seen the cancellation fee.",
            "You clearly didn't read the instructions we sent.",
            "If you'd bothered to check the confirmation email, the date was there.",
            "The answer is in the FAQ, which you obviously haven't looked at.",
            "You must have skipped the part of the guide that covers this.",
            "It seems you did not read my last message properly.",
            "Please actually read the booking conditions before writing to us.",
        ),
        "near_misses": (
            "Did you get a chance to read the guide I sent? It may help.",
            "You can read the full terms on our website.",
            "If you haven't had time to read the instructions, here is a short summary.",
        ),
    },
    {
        "rule": "RC105",
        "intent": "dismissing the customer's feelings (calm down, overreacting)",
        "paraphrases": _p(
            "There is no need to get so upset about a late parcel.",
            "You're overreacting to a two-day delay.",
            "Please try to relax, it is only a small charge.",
            "I think you are making a big deal out of nothing.",
            "Getting angry with us will not speed anything up.",
            "Let's all take a deep breath, it's just a scratch.",
            "I'd ask you to keep your emotions out of this.",
            "Honestly, this is hardly worth getting worked up over.",
        ),
        "near_misses": (
            "I understand why you're upset, and I'm sorry.",
            "You have every reason to be angry about this.",
            "Relax and enjoy your stay; everything is sorted.",
        ),
    },
    {
        "rule": "RC106",
        "intent": "passive-aggressive thanks and wishes",
        "paraphrases": _p(
            "Thanks for finally getting back to us.",
            "I'm glad you eventually found the time to reply.",
            "Hopefully this time the message gets through.",
            "Nice of you to let us know three weeks later.",
            "I trust this clears things up once and for all.",
            "Thank you for your patience, which I'm sure is wearing as thin as ours.",
        ),
        "near_misses": (
            "Thanks for getting back to us so quickly.",
            "I hope this clears things up.",
            "Thank you for your patience while we fixed this.",
        ),
    },
    {
        "rule": "RC107",
        "intent": "not our problem / not our job",
        "paraphrases": _p(
            "That isn't something we deal with.",
            "This is not our concern.",
            "What happens after delivery is not our responsibility.",
            "Your bank's fees are not our problem.",
            "It is not our job to chase the courier for you.",
            "We're not responsible for what your landlord does.",
            "That's your issue to sort out, not ours.",
        ),
        "near_misses": (
            "This is not a problem at all; I've fixed it.",
            "It's our job to get this right, and we will.",
            "We are responsible for the delay, and I'm sorry.",
        ),
    },
    {
        "rule": "RC111",
        "intent": "minimising the customer's problem",
        "paraphrases": _p(
            "It's only a few pounds, so I don't see the issue.",
            "This is a minor inconvenience at most.",
            "A one-day delay is hardly the end of the world.",
            "It's just a small scratch on the lid.",
            "Most people wouldn't even notice the difference.",
            "It's not a big deal, the order will arrive eventually.",
            "Frankly, a ten-minute wait is nothing to complain about.",
        ),
        "near_misses": (
            "It's only a few minutes' walk from the station.",
            "It's not a big deal to change the date; I've done it for you.",
            "Just a small update: your order has shipped.",
        ),
    },
    {
        "rule": "RC112",
        "intent": "lecturing the customer on how things work",
        "paraphrases": _p(
            "You need to understand that we cannot break the rules for one customer.",
            "Let me remind you how a subscription works.",
            "You should know that insurance does not cover wear and tear.",
            "It's important that you learn to keep your receipts.",
            "I'd remind you that rules exist for a reason.",
            "Perhaps it would help to understand how interest is calculated before complaining.",
            "Please bear in mind that we are not a charity.",
        ),
        "near_misses": (
            "It may help to know how interest is calculated, so here is a short guide.",
            "Just a reminder that your appointment is on Monday at 10.",
            "Please bear in mind that the shop closes early on Sundays.",
        ),
    },
    {
        "rule": "RC120",
        "intent": "orders with obligation (you must, you need to, you have to)",
        "paraphrases": _p(
            "You are required to send the original receipt.",
            "You will need to fill in the form again.",
            "It is mandatory that you provide photo ID.",
            "You have got to return the device within 14 days.",
            "You're expected to read the terms before booking.",
            "The customer must provide proof of purchase.",
            "You'll have to ring the courier yourself.",
            "It is your responsibility to update your address.",
        ),
        "near_misses": (
            "You won't need to do anything else; the refund is on its way.",
            "You don't have to send the receipt; we found the order.",
            "We must apologise for the delay.",
        ),
    },
    {
        "rule": "RC121",
        "intent": "bare orders (imperatives without please/could you)",
        "paraphrases": _p(
            "Send us the photos by Friday.",
            "Return the item in its original packaging.",
            "Call the bank yourself.",
            "Stop emailing different departments about the same issue.",
            "Fill in the attached form and post it back.",
            "Do not contact the engineer directly.",
            "Check your spam folder before writing again.",
        ),
        "near_misses": (
            "Feel free to send us the photos whenever suits you.",
            "Let me know if there is anything else I can do.",
            "Enjoy the rest of your holiday!",
        ),
    },
    {
        "rule": "RC122",
        "intent": "telling the customer to stop contacting us",
        "paraphrases": _p(
            "Please stop calling our office.",
            "There is no need to email us again about this.",
            "We will not respond to any further messages on this subject.",
            "Further correspondence on this matter will be ignored.",
            "Kindly refrain from contacting our staff directly.",
            "Don't bother writing to us again.",
            "This conversation is now closed and we won't be replying.",
        ),
        "near_misses": (
            "There's no need to call us; we'll ring you when it's ready.",
            "You don't need to email us again, we have everything we need.",
            "Please contact us again if the problem comes back.",
        ),
    },
    {
        "rule": "RC123",
        "intent": "ultimatum: do this or else",
        "paraphrases": _p(
            "If we don't hear from you by Friday, your claim will be closed.",
            "Failure to pay within seven days will result in suspension.",
            "Unless you send the documents, we cannot proceed and the account will be frozen.",
            "Pay the balance or we will pass it to a collection agency.",
            "Your booking will be cancelled if the deposit is not received by noon.",
            "Should you fail to respond, we will assume you no longer want the refund.",
            "This is your last chance to collect the parcel before it is destroyed.",
        ),
        "near_misses": (
            "If you'd like, we can hold the parcel until Friday.",
            "If we don't hear from you, no worries, the refund will still go through.",
            "Your booking is confirmed for Friday at noon.",
        ),
    },
    {
        "rule": "RC124",
        "intent": "final warning",
        "paraphrases": _p(
            "This is our final reminder before legal action.",
            "Consider this your last warning.",
            "This is the last time we will ask.",
            "We will not tell you again.",
            "This serves as formal notice that no further extensions will be given.",
            "We've been more than patient with you and this is the final notice.",
        ),
        "near_misses": (
            "This is the final step in setting up your account.",
            "Here's a last reminder that the sale ends tonight if you wanted it.",
            "This is the last update you'll need from us; everything is done.",
        ),
    },
    {
        "rule": "RC126",
        "intent": "redirecting the customer elsewhere (take it up with them)",
        "paraphrases": _p(
            "You'll have to take that up with the airline.",
            "Please direct your complaint to the manufacturer.",
            "Talk to your bank about it, not us.",
            "Any issues with the delivery should be raised with the courier.",
            "That's one for your internet provider, not for us.",
            "You need to contact the seller, we can't help with that.",
            "Go to the shop where you bought it.",
        ),
        "near_misses": (
            "I've contacted the courier on your behalf and will update you.",
            "I've raised this with the manufacturer myself.",
            "Our partner team can help too; I've copied them in.",
        ),
    },
    {
        "rule": "RC130",
        "intent": "disowning the problem (not our fault)",
        "paraphrases": _p(
            "We are not to blame for the delay.",
            "This was not caused by anything we did.",
            "The fault doesn't lie with us.",
            "None of this is down to our team.",
            "We did nothing wrong here.",
            "The error was not on our side.",
            "I can assure you this isn't our mistake.",
            "We cannot be held responsible for the outage.",
        ),
        "near_misses": (
            "This isn't your fault at all, and we'll fix it.",
            "The error was on our side, and I'm sorry.",
            "We did get this wrong, and I've refunded you.",
        ),
    },
    {
        "rule": "RC131",
        "intent": "the customer should have done something",
        "paraphrases": _p(
            "You ought to have checked the size chart before ordering.",
            "You needed to tell us before the cut-off.",
            "You were supposed to keep the receipt.",
            "The form should have been submitted by you in March.",
            "Ideally you would have contacted us sooner.",
            "It was up to you to cancel before the renewal date.",
            "You had to request the refund within 30 days.",
        ),
        "near_misses": (
            "We should have told you sooner, and I'm sorry.",
            "You should have received a confirmation email by now; I've resent it.",
            "You were right to contact us.",
        ),
    },
    {
        "rule": "RC132",
        "intent": "counterfactual blame (if you had...)",
        "paraphrases": _p(
            "If you had followed the instructions, this wouldn't have happened.",
            "Had you called us earlier, we could have stopped the payment.",
            "This could have been avoided if you'd read the email.",
            "Had the form been filled in correctly, there would be no delay.",
            "If you'd registered the product, the warranty would apply.",
            "None of this would have happened had you updated the app.",
            "If only you had told us about the move, the parcel would have arrived.",
        ),
        "near_misses": (
            "If you have any questions, just reply to this email.",
            "If you'd like, I can call you tomorrow.",
            "Had we known about the move, we would have rerouted the parcel for you.",
        ),
    },
    {
        "rule": "RC133",
        "intent": "the customer failed / neglected to do something",
        "paraphrases": _p(
            "You failed to provide a valid address.",
            "You neglected to mention the damage when you booked.",
            "You never sent us the signed form.",
            "You didn't bother to update your card details.",
            "You did not follow the return process.",
            "You forgot to include the order number, again.",
            "You omitted the serial number from your claim.",
        ),
        "near_misses": (
            "The payment failed, so I've sent you a new link.",
            "We failed to send the form, and I'm sorry.",
            "You don't need to follow the return process; keep the item.",
        ),
    },
    {
        "rule": "RC134",
        "intent": "blaming the customer's error",
        "paraphrases": _p(
            "The problem was caused by your own mistake.",
            "You entered the wrong postcode.",
            "This happened because you typed the email address incorrectly.",
            "It was your error, not ours.",
            "The delay is entirely down to you.",
            "You chose the wrong delivery option at checkout.",
            "Your incorrect settings are what broke the sync.",
            "The fault lies with you, I'm afraid.",
        ),
        "near_misses": (
            "The problem was caused by our mistake.",
            "If you entered the wrong postcode, don't worry, I can change it.",
            "This happened because our system sent the wrong address.",
        ),
    },
    {
        "rule": "RC135",
        "intent": "blaming a third party",
        "paraphrases": _p(
            "The courier is responsible for the damage, not us.",
            "This is the airline's fault.",
            "Our supplier messed up the order.",
            "Blame the payment processor for the double charge.",
            "The delay was caused by the warehouse team, who are a separate company.",
            "The bank made the error, so you'll need to speak to them.",
            "It's the manufacturer's problem, not ours.",
        ),
        "near_misses": (
            "The courier has confirmed the parcel is on its way.",
            "I've asked the airline to refund you directly.",
            "Our supplier has sent a replacement today.",
        ),
    },
    {
        "rule": "RC150",
        "intent": "doubting the customer's word",
        "paraphrases": _p(
            "We find it hard to believe the item arrived broken.",
            "You claim the parcel never arrived, but our tracking says otherwise.",
            "Our records show no such call, so I'm not sure that's accurate.",
            "I doubt you actually sent the form.",
            "According to you, the machine stopped working on day one.",
            "Your so-called missing item was signed for.",
            "I'm sceptical that the damage happened in transit.",
        ),
        "near_misses": (
            "I believe you, and I've already arranged a replacement.",
            "You mentioned the parcel never arrived, so I've sent another.",
            "Our records show the payment, so you don't need to do anything.",
        ),
    },
    {
        "rule": "RC153",
        "intent": "it's simple / easy (so why can't you)",
        "paraphrases": _p(
            "It's really not that complicated.",
            "Anyone can do this in two minutes.",
            "This is a very simple process.",
            "It's honestly not rocket science.",
            "Even a child could set this up.",
            "The steps are straightforward if you just follow them.",
            "It couldn't be easier to reset your password.",
        ),
        "near_misses": (
            "We've made resetting your password simpler.",
            "The new process is quicker, and I've done the first step for you.",
            "If the steps feel complicated, I'm happy to walk you through them.",
        ),
    },
)


def _tone_codes(checker: Any, text: str) -> list[str]:
    """Codes of the rude, demanding and blame findings on one sentence."""
    report = checker.check(text)
    return [f.code for f in report.findings if f.category in TONE_CATEGORIES]


#: The learned backstop: left out unless asked for, so the figures measure the
#: rules this set stress-tests.
LEARNED = ("RC160", "RC161", "RC162")


def run(show: bool = False, learned: bool = False) -> dict[str, dict[str, int]]:
    """Score every rule's paraphrases and near-misses; returns totals per split.
    ``learned``: with the learned backstop (RC160-RC162) on."""
    from replycheck import Checker, Config

    checker = Checker(Config(select=TONE_CATEGORIES, ignore=() if learned else LEARNED))
    totals = {
        "tuned": {"caught": 0, "all": 0},
        "held": {"caught": 0, "all": 0},
        "near": {"flagged": 0, "all": 0},
    }
    print(f"{'rule':6} {'tuned':>7} {'held':>7} {'near-FA':>8}  intent")
    for entry in STRESS:
        counts = {"tuned": [0, 0], "held": [0, 0]}
        lines = []
        for para in entry["paraphrases"]:
            codes = _tone_codes(checker, para.text)
            split = "held" if para.held else "tuned"
            counts[split][1] += 1
            counts[split][0] += bool(codes)
            if show and not para.held:
                lines.append(f"    {'+' if codes else '-'} {para.text}  {codes or ''}")
        flagged = 0
        for text in entry["near_misses"]:
            codes = _tone_codes(checker, text)
            flagged += bool(codes)
            if show and codes:
                lines.append(f"    ! {text}  {codes}")
        for split in ("tuned", "held"):
            totals[split]["caught"] += counts[split][0]
            totals[split]["all"] += counts[split][1]
        totals["near"]["flagged"] += flagged
        totals["near"]["all"] += len(entry["near_misses"])
        tuned = f"{counts['tuned'][0]}/{counts['tuned'][1]}"
        held = f"{counts['held'][0]}/{counts['held'][1]}"
        near = f"{flagged}/{len(entry['near_misses'])}"
        print(f"{entry['rule']:6} {tuned:>7} {held:>7} {near:>8}  {entry['intent']}")
        for line in lines:
            print(line)
    t, h, n = totals["tuned"], totals["held"], totals["near"]
    print(
        f"TOTAL  tuned {t['caught']}/{t['all']}  held {h['caught']}/{h['all']}  "
        f"near-miss false alarms {n['flagged']}/{n['all']}"
    )
    return totals


def main() -> None:
    """Command-line entry: print the per-rule table and the totals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list each tuned sentence")
    parser.add_argument(
        "--learned", action="store_true", help="with the learned backstop (RC160-RC162) on"
    )
    args = parser.parse_args()
    run(show=args.show, learned=args.learned)


if __name__ == "__main__":
    main()
