"""Find what the customer asked: every question and request in their message.

How it decides (the lists are data in rulesets/thread.toml):

1. Each sentence is cut into *segments* at commas, semicolons, dashes, line
   breaks before a sign-off, and "and/but/so/also" — but a cut is kept only
   when the segment after it opens with a cue, so "I ordered a kettle and it
   broke" stays whole while "It broke and can you replace it?" gives two.
2. A segment (after leading connectors such as "and", "also", "so") is
   asked when it opens with a cue:
   - a question word followed by an auxiliary ("when will", "why was"), or
     any question word when the segment ends in "?";
   - an auxiliary followed by a subject ("can you", "is there", "did my");
   - an indirect cue ("I was wondering", "could you let me know", "I'd like
     to know") — a question; also inside a polite frame ("I should be most
     grateful if you could | tell me how much ...", "Perhaps you might |
     advise me whether ...", ``_FRAME``) or reported advice ("My daughter
     tells me I ought to | ask whether ...", ``_REPORTED``), whose answer
     type is read after the frame;
   - a request cue ("I'd like", "please", "can I get") or an imperative
     request verb ("Send me a new one") — a request;
   - a need ("I need my SIM blocked", "Our finance team needs the VAT
     number on them") — a request, but often only the background to a
     question, so it counts like a generic ask (step 4);
   - what someone in the customer's family wants from us ("His mum wants a
     copy too", ``_THEIR_WANT``) — a request; the only times the customer
     can make ("I can only come in after 5", a ``request`` cue) — a request
     that expects a time (``_ONLY_FREE``);
   - a short clause that ends in "please" ("Money back please.") — a request;
     a bare "please" before an indirect cue ("please i want know when ...")
     opens a question;
   - or it simply ends in "?" ("Any update?").
   A clause after an announcement and a colon ("A few questions: what's the
   fee, and ...?") opens like a sentence.
   A list the customer writes one item a line ("1. refund?", "- cost?",
   "doors time? / bag policy / can I print tickets") is read an item at a
   time, past its numbers and bullets, even where no full stop ends a line;
   after an ask of the same list, an item with no cue that is a fragment
   ("any exit fee", "new price + contract length", "3 what happens to my
   projects") asks too, unless it states something, greets or signs off.
3. Not asked: greetings and sign-offs (they carry no cue), pleasantries
   ("How are you?"), and rhetorical venting ("What is wrong with you
   people?!", "Are you kidding me?", "Why does nobody warn you about this?",
   "Is this how you treat loyal customers?", "How could you allow this?",
   "Do people not have any consideration any more?"), recognized by the
   ``rhetorical`` list, and a "why" that complains how hard something is
   made ("Why do they make these letters so confusing?", ``_SO_HARD``);
   nor the rest of a statement's predicate after an aside ("which, as you
   can imagine, | was a disaster").
4. Asks inside a condition ("If you deliver on Friday, please use the side
   door") count like generic ones (below): kept only when nothing else is asked.
   A conditional question after another ask ("If it has shipped, how do I
   return it?"), or any ask after a bare alternative ("Could we check out
   late? If not, can we leave our bags?"; "If not" needs no comma), is kept
   as ``conditional``: moot when the draft speaks to
   the condition ("If you can't deliver by the 12th" <- "delivery on the
   3rd") or, for a bare "if not", answers the ask before it. A refused
   condition ("If you won't replace it, tell me my options") that the draft
   refuses too ("we're unable to offer a replacement") holds, so its ask stands;
   a request under a refused condition, after another ask ("If it won't fit,
   I'd like to swap to the two-seater", "If you can't deliver by the 12th,
   please cancel"), is kept the same way; when the condition refuses the ask
   just before it ("Can you fit him in this week? If you can't fit him in
   this week, send the prescription"), it is a bare "if not". A request
   under an "if" on a fact of the case ("If it's lost, I'd like a refund",
   ``_fact_condition``) is a plain ask. A
   question on what the customer may do ("If we cancel now, will we get a
   pro-rata refund?") is a hypothetical put to the agent, not a fallback: it
   is a plain ask wherever it stands (``_OWN_CONDITION``); a condition on a
   state ("If I am, ...") is still a fallback.
   Asks with no topic of their own ("Can you help?", "Please advise",
   "What should I do?") and requests with only a weak word ("Can you
   check?") are *generic*: they stand for the whole problem, so they are
   kept only when the message asks nothing else, and then borrow the topic
   of the sentences before them. Topicless asks that point back ("Could you
   tell me if they're back?") and wh-questions ("Why?", "What do we need to
   do?") borrow the topic too, but are always kept; an ask that names little
   and points back ("Can I get it back?") borrows and keeps its own ``core``.
   A request that sums up the whole complaint ("I just want it fixed", the
   ``wish`` list) or asks only for the reply itself ("I'd appreciate a quick
   reply") counts like a generic ask too.
   A second thing requested under one cue ("I'd like a breakdown and a
   refund of the overpayment") is a request of its own.
5. An ask's concepts that the rest of the message names too (the thread's
   subject) weigh ``BACKGROUND``: a draft sentence must meet what the ask
   adds ("Do you repair bags?" after a complaint about a bag). What a
   request turns down ("a replacement, not a refund", "emailed rather than
   posted", "my office instead of home") is no part of its topic at all.
6. ``expects`` comes from the earliest (then longest) answer-type cue
   ("when" -> time, "how much" -> money); yes/no for auxiliary-led questions;
   "action" for requests, except that a request for "an explanation" asks
   why ("reason"), and a question asked only by naming a time ("doors
   time?") expects a time. The words of a time question's cue ("How much
   longer will this take?", "how far in advance ...") are no part of its
   topic (a number question's are: "How heavy" <- "It weighs 68kg").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING, Final, NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from replycheck import regexcache
from replycheck.calendar_words import MONTHS, WEEKDAYS
from replycheck.refusal_words import CANNOT_OR_UNABLE
from replycheck.thread.lexicon import WORD, Lexicon, fold
from replycheck.thread.topic import Topic, Words, sentence_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Candidate cut points inside a sentence; group 1 is the cut itself.
_CUT: Final = regexcache.compile(
    # the character every alternative opens with, consumed first (so the
    # engine skips to it in its fast loop), then which one it was, behind
    r"([,;:.\s](?:(?<=[,;:])(?<!&amp;)(?<!&lt;)(?<!&gt;)\s+|(?<=\s)[-\u2013\u2014]+\s+"
    r"|(?<=\n)\s*|(?<=\s)(?:and|but|so|plus|then|n)\s+|(?<=\.)\.\.\s*"
    # a bare alternative with no comma after it: "If not | can we leave our bags?"
    r"|(?<=\bif not\s)\s*"
    # the reason for writing is the ask: "I write to you because | I want to
    # know if my passport is back"
    r"|(?<=\sbecause\s)(?=(?:i|we)\s+(?:want|would like|'d like|wish)\s+to\s+"
    r"(?:know|ask)\s+(?:if|whether|how|wh[a-z]+)\b)"
    # "also" after a subject is an adverb, not a link: "I also get anxious"
    # is one statement, not "I" and an order to "get anxious"; nor after a
    # modal: "We would also want the bridal suite" is one request
    r"|(?<=\s)(?<!\bi\s)(?<!\bwe\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bwould\s)"
    r"(?<!'d\s)also\s+))"
)
_WORD: Final = regexcache.compile(r"[a-z0-9][a-z0-9'\-.]*[a-z0-9]|[a-z0-9]")
_LEADING_JUNK: Final = regexcache.compile(r"^[\s\"'(\[*\-•>]+")
_TRAILING: Final = " \t\r\n\"')]"
#: What opens an item of a list the customer writes: a dash or bullet, or a
#: number ("1.", "2)", "3 what happens to my projects"), after quote marks.
_ITEM_MARKER: Final = regexcache.compile(r"[ \t>]*(?:[-*\u2022]+|\d{1,2}[.)]?(?=[ \t]))[ \t]*")
#: A line this short, after another as short, is an item of a list ("PAC
#: code pls / remaining credit - refund? / any exit fee"), not a wrapped line.
_ITEM_WORDS: Final = 8
_TRAILING_JUNK: Final = regexcache.compile(r"[\s\"')\]]+$")
#: At most this many asks are reported per message (a long complaint has far
#: fewer; the cap keeps matching bounded on pathological input).
MAX_ASKS: Final = 60
#: How far into a segment cues are looked for, and how much text before an ask
#: lends it context; both keep extraction linear in the text.
_LOOK: Final = 120
_CONTEXT: Final = 400
#: A sentence that opens on a thing of the customer's ("The cowl on top",
#: "My phone", "Our back gate"), then asks about "it" in the same sentence:
#: the opening clause names what "it" is (``read_message``'s ``context``).
_NAMED_LEAD: Final = regexcache.compile(
    r"\W*(?:the|my|our|his|her|their)\s+[a-z][\w-]*[^,;]*[,;]\s*$"
)
_SKIP: Final = regexcache.compile(r"[ ,\t\n]*")
_TAIL_MARKS: Final = ",;:-\u2013\u2014"
_TAIL_WORDS: Final = ("and", "but", "so", "also", "plus", "then", "if")
#: The last letters of the ``_TAIL_WORDS``.
_TAIL_ENDINGS: Final = frozenset(word[-1] for word in _TAIL_WORDS)
_ASIDE: Final = regexcache.compile(
    r"(?:,|\s[-\u2013\u2014]+)\s+(?:i|i'm|i've|we|it|this|that|he|she|they|as|since|because|not)\b"
    r"|\s(?:because|since|cause|cos|as\s+(?:i|we|it|the|my|our)|even though|although"
    r"|though|despite|even if|considering)\s"
)
#: Quote marks and line breaks a quoted sentence may open with ("> If not, ...").
_QUOTE_MARKS: Final = regexcache.compile(r"[\s>]*")
_CONTRAST: Final = regexcache.compile(r"\s(?:when|while|whereas|even though)\s")
#: A sentence opening with a condition ("If you can't deliver by Friday, please
#: cancel"): its asks hold only if the condition does, so they count like
#: generic asks. Politeness ("If possible, ...") is no condition.
_CONDITION: Final = regexcache.compile(
    r"(?:if|unless|otherwise|failing that|in case|should you)\b"
    r"(?!\s+(?:possible|you can|you could|so|that's possible|it's possible|at all)(?![\w']))"
    # a courtesy, not a condition on the ask: "If it's not too late, could you
    # change the card message?", "If there's any chance, could you seat us together?"
    r"(?!\s+(?:(?:it's|it\s+is|it\s+isn't|it's\s+still)\s+(?:not\s+)?(?:too\s+late|still\s+possible|no\s+trouble"
    r"|ok|okay|alright|all\s+right|convenient|not\s+too\s+much\s+trouble)"
    r"|(?:there's|there\s+is)\s+(?:any|a|still|enough)?\s*(?:chance|time|room|way)"
    r"|(?:you\s+have|you've\s+got|you\s+get)\s+(?:a\s+)?(?:time|chance|minute|moment|sec)"
    r"|time\s+allows|you\s+don't\s+mind|that's\s+(?:ok|okay|alright|fine|possible|doable)"
    r"|not\s+too\s+(?:much\s+)?(?:trouble|late))(?![\w']))"
)
#: A condition on what the business does ("If you can't deliver by Friday,
#: please cancel"): refused, the request under it is kept as a conditional
#: ask (a bare "if not" when it refuses the ask just before it); not refused
#: ("If you deliver on Friday, use the side door"), it counts like a generic
#: ask. Under a condition on the thing itself ("If it won't fit, I'd like to
#: swap to the two-seater") the request is an alternative of its own.
_AGENT_CONDITION: Final = regexcache.compile(r"(?:if|unless|should)\s+(?:you|your|we)\b")
#: A question on what the customer may do ("If we cancel now, will we get a
#: pro-rata refund?", "If I upgrade, do I keep my number?"): a hypothetical
#: put to the agent, not a fallback; the draft answers it like any question,
#: and speaking to the condition ("I've cancelled it") does not settle it.
#: A state ("If I am, ...", "If we're entitled, ...") is a condition on a
#: fact, which an answer to the ask before it settles, so it is left out.
_OWN_CONDITION: Final = regexcache.compile(
    r"if\s+(?:i|we)\s+"
    r"(?!(?:am|are|was|were|have been|had|do not|don't|did not|didn't|can't|cannot)\b)\w"
)
#: A need that is a request of its own, not the background to the other asks:
#: one added to them ("I also need the old mattress taken away", "... as
#: well") or work a thing needs done ("The end panel needs replacing").
_ALSO_NEED: Final = regexcache.compile(
    r"\b(?:also|as well)\b|\bneeds?\s+(?!(?:no|some|any|every)thing)\w+ing\b"
)
#: A need to change an arrangement the business holds ("I need to cancel my
#: follow-up on the 10th", "I need to move the session to Sunday", "we need
#: to change the booking to two rooms"): only the business can do it, so it
#: asks for the change wherever it stands, like "I'd like to cancel". A need
#: of the customer's own doing ("I need to pay a builder next week", "I need
#: to be at work by 9") stays the background of what they ask.
_CHANGE_NEED: Final = regexcache.compile(
    r"(?:i|we)(?:\s+(?:really|urgently|just|now|still))?\s+need\s+to\s+"
    r"(?:cancel|change|move|reschedule|rebook|re-book|re-arrange|rearrange|postpone|amend"
    r"|bring\s+forward|push\s+back|put\s+back|swap|switch|transfer)\s+"
    r"(?:my|our|the|this|that|his|her|their|both|one\s+of)\b"
    # what is changed is an arrangement ("my follow-up", "the session to
    # Sunday"), not a thing of the customer's own ("I need to move the sofa")
    r"(?:[\s\w'-]{0,40}?\b(?:appointment|booking|reservation|session|class|lesson|flight"
    r"|follow-up|check-up|checkup|slot|delivery|collection|order|membership|subscription"
    r"|plan|policy|tariff|billing|ticket|viewing|visit|course|tenancy|contract|direct\s+debit"
    r"|payment|date|time|service|treatment|consultation|scan|fitting|install\w*|survey)s?\b"
    r"|[\s\w'-]{0,40}?\b(?:to|from|till|until)\s+(?:the\s+|next\s+)?"
    r"(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
#: A need with a deadline on it ("I need the replacements before the 20th",
#: "We'd need the finished invites by the 1st of May at the latest", "I need
#: the certificate by Friday"): the date is one the business has to meet, so
#: the need asks for it wherever it stands, where a bare need ("I need my
#: laptop for work") is the background to the other asks. A day that only
#: says when the customer's own need falls ("I need it for the 20th") is no
#: deadline on the business. One reader, ``_deadline_at``, reads the deadline
#: for both places that look for one: a need segment ("I need the
#: replacements before Friday") and the thing with work done to it after "I
#: need" ("her shod before the 14th", see ``_needed_by``).
#:
#: The words a deadline names after "by", "before" or "no later than": a day
#: of the week, a month, or one of these ("by tomorrow", "before Christmas",
#: "by the end of the week").
_DEADLINE_DAYS: Final = (
    WEEKDAYS
    | MONTHS
    | frozenset({"tomorrow", "tonight", "christmas", "easter", "weekend", "week", "month"})
)
#: Words between the cue and the day ("by the end of next week", "before this Friday").
_DEADLINE_FILLERS: Final = frozenset({"the", "end", "of", "next", "this"})
#: A day of the month or a clock time as one word ("20th", "1st", "5pm", "17.30").
_DEADLINE_NUMBER: Final = regexcache.compile(r"\d{1,2}(?:st|nd|rd|th)?(?:[.:/-]\d{1,2})*(?:am|pm)?")


def _deadline_at(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at:]`` open a deadline: "by"/"before"/"no later than",
    a few fillers, then a day, a month or a date ("by the 1st of May", "before
    the end of the month", "by 5pm"); "before I/we ..." ("before I fly out");
    or "at the (very) latest". Without a day after "by" the words name who
    does it, not when ("the form signed by my GP")."""
    cue = words[at]
    if cue == "at":
        rest = [w for w in words[at + 1 : at + 4] if w != "very"]
        return rest[:2] == ["the", "latest"]
    if cue == "no" and words[at + 1 : at + 3] == ["later", "than"]:
        at += 3
    elif cue == "before" and words[at + 1 : at + 2] in (["i"], ["we"]):
        return True
    elif cue in ("by", "before"):
        at += 1
    else:
        return False
    for word in words[at : at + 5]:
        if word not in _DEADLINE_FILLERS:
            return word in _DEADLINE_DAYS or _DEADLINE_NUMBER.fullmatch(word) is not None
    return False


def _has_deadline(text: str) -> bool:
    """Whether a deadline (``_deadline_at``) stands anywhere in the text."""
    words = _WORD.findall(text.lower())
    return any(_deadline_at(words, at) for at in range(len(words)))


#: A need's deadline is its own ask only with no ask beside it: "Could you
#: tell me if it's ready? | I need it by Saturday", "Please email me the
#: record, | the kennels need it by Friday" and "I need the CSVs by Wednesday.
#: | Can you look into it and send them over?" give the timing of the ask
#: next to them. ``_ASK_NEXT`` is an ask opening straight after the need,
#: one added with "also" ("Can you also do table numbers?") left aside.
_ASK_NEXT: Final = regexcache.compile(
    r"[\s.,;:!\-\u2013\u2014]*(?:(?:and|so|but)[\s,]+)?"
    r"(?:can|could|would|will|is|are|do|does|did|please|pls|when|what|how|where|why|which|who)\b"
    r"(?![^.?!\n]{0,25}?\balso\b)"
)
#: A question straight after a need, in the same sentence or the next ("I
#: need to reschedule my check-up on Monday. | Do you have anything later in
#: the week?", "... | Will I lose my deposit?"): the need is what the question
#: is about, and the question is the ask. A request of its own that follows
#: ("... | Also, could you send over the stems?") leaves the need standing.
_QUESTION_NEXT: Final = regexcache.compile(
    r"[\s.,;:!\-\u2013\u2014]*(?![\s.,;:!\-\u2013\u2014])"
    r"(?!(?:(?:and|also|plus|oh|btw)[\s,]+)*(?:could|can|would|will)\s+(?:you|u)\s+(?:also\s+|please\s+)*"
    r"(?!(?:do|arrange|sort|manage)\s+(?:that|this|it)\b)[a-z])"
    r"[^.?!\n]{1,160}\?"
)
#: A further problem reported with "also" after the message's asks ("Also
#: the garden gate was left off its hinges.", "Also, my checked bag came out
#: damaged", "Also we're still waiting for the plinth boards"): the customer
#: adds it for us to put right, a request of its own though it has no cue. It
#: must name a thing gone wrong or still owed (a negation, a damage word or
#: mark, "has been leaking", a wait, "I'm also owed ..."); a fact of the
#: customer's own ("Also we've got a baby now", "Also we leave for the
#: airport at 6am", "Also the kids have been loving it") tells, and asks
#: nothing. Told before the message's first ask, it counts once an ask follows.
_ALSO_LEAD: Final = regexcache.compile(r"(?:and\s+|plus\s+)?also[,:]?\s+")
ALSO_PROBLEM: Final = regexcache.compile(
    _ALSO_LEAD.pattern + r"(?:(?:my|our|the|one\s+of\s+(?:the|my|our)|his|her|their)\s+"
    r"(?:(?!(?:i|we|you)\b)[\w'-]+\s+){1,5}?"
    r"(?:(?:is|are|was|were|has|have)\s+(?:still\s+)?(?:been\s+)?(?:not|never|missing|broken|damaged"
    r"|cracked|scratched|dented|chipped|stained|torn|faulty|leaking|dripping|wrong|stiff|loose|stuck"
    r"|jammed|blocked)\b|(?:has|have)\s+(?:got\s+)?(?:an?|some)\s+(?:[\w'-]+\s+)?(?:scratch|scratches|crack"
    r"|cracks|dent|dents|chip|chips|hole|holes|tear|rip|stain|stains|leak|scuff|scuffs)\b"
    r"|isn't|aren't|wasn't|weren't|hasn't|haven't"
    r"|doesn't|don't|didn't|won't|never|(?:came|arrived)\s+(?:out\s+)?(?:damaged|broken|cracked)"
    r"|(?:was|were)\s+left\s+(?:off|open|behind|out)\b)"
    r"|(?:i|we)(?:'re|\s+are|\s+am|'m)\s+still\s+waiting\s+(?:for|on)\b"
    r"|(?:i|we)(?:'ve|\s+have)?\s+(?:still\s+)?(?:not|haven't|never)\s+(?:received|had|got|seen)\b"
    r"|(?:i|we)\s+had\s+an?\s+[^.?!\n]{1,40}?\bthat\s+never\b)"
    # the "also" after the customer's own verb: "I'm also owed a credit for
    # the fortnight", "We're also still waiting for the plinth boards", "I
    # also never got the manual"
    r"|(?:i|we)(?:'m|'re|\s+am|\s+are)\s+also\s+(?:owed|still\s+(?:owed|waiting\s+(?:for|on)))\b"
    r"|(?:i|we)(?:'ve|\s+have)?\s+also\s+(?:still\s+)?(?:not|never)\s+(?:received|had|got)\b"
)
#: A negation in a condition ("if you won't", "if it can't be", "if not"):
#: can't or unable (``CANNOT_OR_UNABLE``, shared with the other refusal
#: readings) and every other plain negation, since any "not" in the
#: condition makes the ask a fallback for a refusal.
_NEGATED: Final = regexcache.compile(
    rf"\b(?:not|no|never|won't|don't|doesn't|isn't|aren't|{CANNOT_OR_UNABLE})\b"
)
#: An ask that points back ("Can we claim that back?", "I want it corrected",
#: "Do you have such a thing?") borrows the topic of the sentences before it
#: when it has little of its own.
_POINTER: Final = regexcache.compile(
    r"\b(?:it|this|that|them|these|those|they|they're|he|she|one|such)\b"
)
#: A plan of the customer's own ("I also want to get a roofer in", "I want to
#: cancel my plan with Specs4U"): before a question in the same sentence
#: ("..., so can I just book one?", "..., do you sort that or me") it is the
#: question's background, and the question is the ask. "I'd like to pay by
#: bank transfer, ..." is the polite form of a request, and stays one.
_OWN_PLAN: Final = regexcache.compile(
    r"(?:i|we)(?:\s+(?:also|really|just|still))?\s+(?:want|need)"
    r"\s+to\s+(?!(?:know|ask|find\s+out|check|hear|understand)\b)\w"
)
#: A want for a thing already named, said with what it is for ("I'd like them
#: for my sister's birthday on Saturday", "I need it for a job offer"): why
#: the customer asks, counted like a need (kept only when nothing else asks).
_PURPOSE: Final = regexcache.compile(
    r"(?:i|we)(?:'d|\s+would)?\s+(?:(?:also|really|just|still)\s+)?(?:like|want|need|love)"
    r"\s+(?:it|them|this|these|that|those)\s+for\s"
)
#: A noun phrase opening a second requested thing ("... and a refund").
_OBJECT: Final = regexcache.compile(r"(?:a|an|the|my|our|some|your)\s")
#: A noun after "and" that is the subject of a clause of its own ("because we
#: bought two heaters and | our electricity bill is going to be enormous"):
#: a statement, not a second thing requested under the same cue.
_OBJECT_CLAUSE: Final = regexcache.compile(
    r"(?:a|an|the|my|our|some|your)(?:\s+(?!(?:that|which|who)\b)[\w'\-]+){1,4}?\s+"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|won't|isn't|aren't|wasn't"
    r"|weren't|doesn't|didn't|hasn't|haven't|keeps|kept)\b"
)
#: An object pronoun right before "and" ("for me and my son", "show us and
#: our guests"): what follows names more people of the same party.
_PERSON_BEFORE: Final = regexcache.compile(r"\b(?:me|us|myself|ourselves|him|her|them)\s$")
_RELATIVE: Final = {"which", "who", "whom", "whose", "where", "when"}
#: A relative clause that describes what it follows ("which is my favourite",
#: "who was a nurse", "which are already airside"): no question, even inside
#: a sentence ending in "?".
_DESCRIBING: Final = regexcache.compile(
    r"(?:which|who)\s+(?:is|was|are|were)\s+"
    r"(?:(?:my|our|his|her|their|a|an)\s|(?:already|still|currently|now|also|usually)\b)"
)
_HAVE: Final = {"have", "has", "had", "haven't", "hasn't"}
#: What may follow "have/has" in a question about someone's thing.
_POSSESSED: Final = frozenset({"my", "your", "our", "the", "his", "her", "their", "these", "those"})
_PRONOUNS: Final = {"i", "you", "we", "it", "they", "he", "she", "there", "u", "ya"}
#: "<my/our/the ...> needs ...": what someone or something needs, said as a
#: statement ("Our finance team also needs the VAT number on them"). The
#: words before "needs" name the one in need; a pronoun among them means a
#: clause of its own, reported ("His GP says | he needs hearing aids").
_NEEDS: Final = regexcache.compile(
    r"(?:my|our|the|this|his|her|their)\s+"
    r"(?:(?!(?:he|she|they|it|i|we|you)\s)[a-z0-9'-]+\s+){1,3}(?:also\s+|still\s+)?needs?\s"
)
#: The weight of an ask's concept that the rest of the message names too.
BACKGROUND: Final = 0.5
#: A yes/no question's subject: a pronoun, or a determiner and one noun.
_SUBJECT_WORDS: Final = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "there", "that", "this", "someone", "anyone"}
)
_DETERMINERS: Final = frozenset(
    {"my", "your", "our", "the", "his", "her", "their", "these", "those", "a", "an"}
)
#: Verbs that open a predicate after a two-word subject ("Will my car
#: insurance | go up?", "Will my no-claims bonus | be affected?").
_AFTER_COMPOUND: Final = frozenset({"be", "go", "get", "stay", "still", "also"})
#: Words between the subject and the predicate that do not change it.
_ADVERBS: Final = frozenset(
    {
        *("still", "also", "just", "even", "really", "actually", "ever", "already", "please"),
        *("then", "now", "definitely", "possibly", "going", "gonna"),
    }
)
#: "How much <noun>": an amount of something other than money ("how much
#: notice", "how much data"), unless the noun is money's.
_HOW_MUCH_THING: Final = regexcache.compile(
    r"how\s+much\s+(?!(?:is|are|does|do|did|will|would|was|were|it|they|for|to|money|extra"
    r"|more|less|cost|costs|should|can|could|has|have|of|i|we|you|my|the|this|that|a|in"
    r"|refund|compensation|credit|deposit|fee|fees|charge|postage|delivery|tax|vat)\b)[a-z]"
)
#: "How much should he have?": a dose or a portion for a patient, a child or a
#: pet (he/she/they), or anything eaten, drunk or fed, is an amount, not money
#: ("How much should I pay?" and "How much will I get back?" stay money).
_HOW_MUCH_PORTION: Final = regexcache.compile(
    r"how\s+much\s+(?:should|does|do|can|could|would|will|is|are)\s+"
    r"(?:(?:he|she|they|it)\s+(?:be\s+)?(?:have|having|get|getting|take|taking|given)\b"
    r"|(?:[a-z']+\s+){1,2}(?:be\s+)?(?:eat|eating|drink|drinking|feed|feeding|fed)\b)"
)
_HOW_DO: Final = regexcache.compile(r"how\s+(?:do|can|could|should|would)\s+(?:i|we)\s")
#: Words that open an object after a verb ("add a second address").
_OBJECTS: Final = _DETERMINERS | {"some", "any", "this", "that", "it", "them"}
#: Who a thing goes to, between a verb and its object ("send | me | the record").
_RECIPIENTS: Final = frozenset({"me", "us", "him", "her", "them"})
#: Verbs that chain into the next one ("need to be", "have to pay").
_LINKS: Final = frozenset({"to", "be", "been", "need", "needs", "have", "has", "get", "able"})
#: Predicates asking for permission: "Is that allowed?" is answered by "You can ...".
PERMISSION: Final = frozenset(
    {"allowed", "possible", "ok", "okay", "permitted", "fine", "allow", "permit"}
)
#: A question that doubts the agent rather than asks them: "even" or "really"
#: right after "you", "your <noun>", "anyone" or "that" ("Do your drivers even
#: exist?", "Is that really what you call service?", "Do you even read these?").
#: "Can I even get a refund?" and "Is it even possible?" still ask.
_DOUBTING: Final = regexcache.compile(
    r"(?:(?:what|why|how|who|where)\s+)?[a-z']+\s+"
    r"(?:you|you\s+(?:guys|people|lot|lads|folks|two)|your\s+[a-z']+|anyone|anybody|they|that|this)"
    r"\s+(?:even|really)\b"
)
#: A "why" said of how things always are, ended with a full stop rather than
#: a "?" ("Why is billing always a mystery with broadband.", "why does nothing
#: ever come all at once.", "why do they make houses with stairs like this."):
#: a sigh, not a question put to the agent. "Let me know why it's different."
#: (an indirect cue) and "Why is my bill higher?" still ask.
_SIGH: Final = regexcache.compile(
    r"why\b.*\b(?:always|ever|never|every\s+time|all\s+the\s+time|like\s+this|like\s+that)\b",
    re.DOTALL,
)
#: A "why" that complains how hard something is made ("Why do they make these
#: letters so confusing?", "Why is your website so complicated?"): a sigh
#: whatever its mark, as "why is it so hard" is. "Why is my bill so high?"
#: still asks.
_SO_HARD: Final = regexcache.compile(
    r"why\b[^?.!]*\bso\s+(?:confusing|complicated|complex|difficult|hard|awkward)\b"
)
_CONFIRM: Final = regexcache.compile(
    r"(?:(?:could|can|would|will)\s+you\s+)?(?:please\s+|kindly\s+)?confirm\b"
)
_HOW_X: Final = regexcache.compile(r"^how\s+(?:much|many|long|soon|often|come|far|late|early)\b")


@dataclass
class Ask:
    """A question or request in the customer's words, with what matching needs.

    ``start``/``end`` index the text the customer's ``Doc`` was made from.
    ``topic`` is what the ask is about (concept -> weight); ``generic`` asks
    stand for the whole problem, and ``borrowed`` ones took their topic from
    the sentences before them (``core`` is what the ask itself names).

    Read-only by convention (derive a changed copy with ``dataclasses.replace``):
    not frozen, because a frozen dataclass's ``__init__`` sets every field
    through a guarded ``object.__setattr__``, three times the cost of a plain
    one, and an ask is made for every question of every message.
    """

    text: str
    start: int
    end: int
    kind: str
    expects: str
    topic: Topic
    generic: bool = False
    borrowed: bool = False
    #: the ask's own topic, before any borrowing ("Can I get it back?": refund)
    core: Topic = field(default_factory=dict, compare=False)
    #: a yes/no question's predicate as stems ("Can I switch mid-year?":
    #: ``("switch",)``; "Do I need to be at home?": ``("need", "to", "be")``),
    #: so a modal statement on it answers ("You can switch at any time")
    predicate: tuple[str, ...] = field(default=(), compare=False)
    #: the predicate takes an object ("add a second address"): a modal
    #: statement must name it too, or point at it ("drive it")
    takes_object: bool = field(default=False, compare=False)
    #: the predicate is only linking verbs ("need to be"): the whole chain must
    #: follow the modal, not just its last word
    linking: bool = field(default=False, compare=False)
    #: the concept of a noun subject ("Will my premium go up?": premium), which
    #: the modal statement must be about too
    subject: str = field(default="", compare=False)
    #: the topics of the ask's own alternatives ("send the missing items or
    #: refund them"): answering either one answers the ask
    alternatives: tuple[Topic, ...] = field(default=(), compare=False)
    #: asked under a condition after another ask ("If not, can we leave our
    #: bags?"): a draft that settles the condition (speaks to its ``condition``
    #: topic, or answers the ask before a bare "if not") answers it too
    conditional: bool = field(default=False, compare=False)
    condition: Topic = field(default_factory=dict, compare=False)
    #: the condition is a refusal ("If you won't replace it, tell me my
    #: options"): a draft that refuses too confirms it, so the ask stands
    refusal: bool = field(default=False, compare=False)
    #: what a "what/which" question asks for ("What's the weight limit for
    #: hand luggage?": weight, limit): an answer names it, not only the rest
    focus: frozenset[str] = field(default=frozenset(), compare=False)
    #: the last full-weight concept a yes/no question names, where its
    #: complement sits ("Can I pay the deposit in instalments?": instalments;
    #: "Can we export the log as CSV?": csv): see ``answered``
    complement: str = field(default="", compare=False)
    #: asks after a fact of the customer's own case ("Has my refund been
    #: processed?", "Why was I charged a late fee?"): a policy said of
    #: everyone does not answer it, see ``answered``
    instance: bool = field(default=False, compare=False)
    #: opens with "or", the other half of a choice put to the draft ("Do you
    #: stock the renal diet, or do I have to order it online?"): answering
    #: either half settles both, see ``answered``
    either: bool = field(default=False, compare=False)
    #: what a question about the business's offer asks for ("Do you stock |
    #: the prescription renal diet | for cats?": medical, renal, diet): a
    #: sentence where the business speaks of itself and names it answers
    offered: frozenset[str] = field(default=frozenset(), compare=False)
    #: what a when-question asks the date of, the concepts before its first
    #: preposition ("When is | the balance due | for our villa booking?":
    #: funds): a time said of another thing in the draft ("Check-in is from
    #: 4pm") is not its answer, see ``answered``
    head: frozenset[str] = field(default=frozenset(), compare=False)


class _Segment(NamedTuple):
    """A clause of a customer sentence as ``_segments`` cuts it (a tuple:
    made for every clause of every message, and a frozen dataclass's
    ``__init__`` cost more than the rest of the cut)."""

    start: int
    end: int
    text: str  # folded
    cued: str | None  # "question", "indirect", "request", "yes-no", None
    cue_end: int  # where the cue ends, relative to ``start``
    #: where the text starts past leading connectors ("and also ..."), as
    #: ``_strip_connectors`` finds it; -1 when no cue was read (``_classify``
    #: then finds it itself, for a segment asked only by its "?")
    offset: int = -1


@dataclass(frozen=True)
class AskedMessage:
    """The customer's message as read for asks: the asks, and the message's
    word index when reading it built one (it always does once a message asks
    something), so the draft side need not split the message into words again."""

    asks: list[Ask]
    text: str
    words: Words | None = None

    def vocabulary(self) -> frozenset[str]:
        """The message's folded words (what ``answers.discount_echoes`` calls
        ``known``): the word index's words when there is one, the same split
        as ``WORD.findall`` over the folded text."""
        if self.words is not None:
            return frozenset(self.words.words)
        return frozenset(WORD.findall(fold(self.text)))


def find_asked(doc: Doc, lexicon: Lexicon, text: str | None = None) -> list[Ask]:
    """Every question and request in the customer's ``Doc``, in order.

    ``text`` is the string the ``Doc`` was made from, when the caller has it
    (``Doc.text`` rebuilds it token by token)."""
    return read_message(doc, lexicon, text).asks


def read_message(doc: Doc, lexicon: Lexicon, text: str | None = None) -> AskedMessage:
    """``find_asked``, keeping the message's word index for the caller (see
    ``AskedMessage``)."""
    if text is None:
        text = doc.text
    folded = fold(text)
    built: list[Words] = []

    def words() -> Words:
        """The word index, built on the first ask (most messages ask nothing)."""
        if not built:
            built.append(Words(text, lexicon, folded, evidence=False))
        return built[0]

    asks: list[Ask] = []
    generic_asks: list[Ask] = []
    previous: list[tuple[int, int]] = []  # the last two sentences, for context
    fragments: list[Ask] = []
    # "also" problems told before the first ask ("I can't log in. Also my
    # bonus never showed up. Can you change my username?"): kept once the
    # message goes on to ask something, as the ones after an ask are
    early_problems: list[Ask] = []
    greeted = _greeted(text)
    before_sentence = (0, 0)  # how many asks and generic asks the sentence before left
    for sent_start, sent_end, item in _items(folded, sentence_bounds(doc, len(text))):
        start, end = _trim(folded, sent_start, sent_end)
        end = _before_signature(text, start, end)
        if item:
            start = _QUOTE_MARKS.match(folded, start, end).end()  # type: ignore[union-attr]
        if _SELF_ANSWERED.match(folded, _QUOTE_MARKS.match(folded, start, end).end()):  # type: ignore[union-attr]
            # "Can I pay by card? Ah, I see you take Amex now.": the customer
            # answered the ask just before; "Never mind, ..." withdraws it
            del asks[before_sentence[0] :]
            del generic_asks[before_sentence[1] :]
        before_sentence = (len(asks), len(generic_asks))
        if start >= end or not _may_ask(folded, start, end, lexicon):
            if start < end and ALSO_PROBLEM.match(folded, start, end):
                _add_problem(words, text, folded, start, end, lexicon, asks or early_problems)
            elif item and start < end and _after_ask(folded, start, asks):
                _add_fragment(words, text, folded, start, end, lexicon, fragments)
            previous = [*previous[-1:], (start, end)]
            continue
        found = len(asks)
        for segment in _segments(folded, start, end, lexicon):
            spans = [*previous, (start, segment.start)] if segment.start > start else previous

            def context(
                spans: list[tuple[int, int]] = spans,
                opening: int = start,
                lead: int = segment.start,
            ) -> list[Topic]:
                """Topics of the text before the ask, computed only for asks
                that borrow: only the same sentence's opening clause when it
                names its own thing ("The cowl has been rattling, can you
                check it?"), which is what "it" points at, not the sentence
                before."""
                if lead > opening and _NAMED_LEAD.match(folded, opening, lead) is not None:
                    own = words().topic(opening, lead)
                    if any(w >= 1.0 for w in own.values()):
                        return [own]
                return [words().topic(max(a, b - _CONTEXT), b) for a, b in spans]

            ask = _classify(words, text, segment, lexicon, context)
            if ask is None:
                continue
            if _TRANSCRIPT.match(folded, folded.rfind("\n", 0, ask.start) + 1) is not None:
                # "[14:02] Me: can I freeze my membership?": a line of a chat
                # pasted into the message, asked and answered there already
                continue
            if greeted and _to_someone_else(text, start, ask.start, greeted):
                continue
            if (
                asks
                and asks[-1].kind == "request"
                and (
                    len(asks) > found
                    or (segment.start == start and previous and asks[-1].start >= previous[-1][0])
                )
                and _FOLLOW_UP.fullmatch(segment.text.rstrip())
            ):
                # "I also need a transcript posted to me - | can you arrange
                # that?" (or in the next sentence: "I'd like to add a lamp to
                # the order. | Can you do that?"): the question only points
                # back at the request
                last = asks[-1]
                asks[-1] = replace(last, end=ask.end, text=text[last.start : ask.end])
                if last.expects == "time" and _ONLY_FREE.match(folded, last.start):
                    # "I can only do Saturdays. | Is that OK?": the times are
                    # given, and a yes to them ("Saturdays are great") answers
                    asks[-1] = replace(asks[-1], expects="yes-no")
                continue
            opening = _QUOTE_MARKS.match(folded, start, end).end()  # type: ignore[union-attr]
            conditional = segment.start > opening and bool(_CONDITION.match(folded, opening, end))
            comma = folded.find(",", start, segment.start) if conditional else -1
            condition = (
                words().topic(start, comma if comma > 0 else segment.start) if conditional else {}
            )
            refusal = bool(condition) and bool(
                _NEGATED.search(folded, start, comma if comma > 0 else segment.start)
            )
            own = (
                conditional
                and ask.kind == "question"
                and not ask.generic
                and bool(_OWN_CONDITION.match(folded, opening, end))
            )
            if (
                ask.kind == "question"
                and segment.cued in ("yes-no", "question")
                and len(asks) > found
                and asks[-1].kind == "request"
                and _OWN_PLAN.match(folded, asks[-1].start, segment.start)
            ):
                # "I also want to get a roofer in before the rain, so | can I
                # just book one?": the plan is what the question asks about
                asks.pop()
            if own:
                asks.append(ask)
            elif (
                conditional
                and not ask.generic
                and asks
                and (ask.kind == "question" or not condition or refusal)
            ):
                # "Could we check out late? If not, can we leave our bags?":
                # it stands unless the draft settles the condition
                if (
                    ask.kind == "request"
                    and refusal
                    and _AGENT_CONDITION.match(folded, opening, end)
                    and not asks[-1].conditional
                    and not condition.keys().isdisjoint(asks[-1].topic)
                ):
                    # "Can you fit him in this week? If you can't fit him in
                    # this week, | send the prescription to my pharmacy": the
                    # condition is the ask before refused, a bare "if not"
                    # that a yes to that ask settles
                    condition, refusal = {}, False
                asks.append(replace(ask, conditional=True, condition=condition, refusal=refusal))
            else:
                if ask.generic and ask.kind == "request" and asks and segment.start > opening:
                    ask = _new_problem(words(), ask, asks, opening, segment.start)
                weak = (
                    ask.generic
                    or (conditional and not _fact_condition(folded, opening, end, ask))
                    or (
                        segment.cued == "need"
                        and not _ALSO_NEED.search(segment.text)
                        and not (
                            not asks
                            and _has_deadline(segment.text)
                            and not _ASK_NEXT.match(folded, segment.end)
                        )
                        and not (
                            _CHANGE_NEED.match(segment.text, max(segment.offset, 0))
                            and not _QUESTION_NEXT.match(folded, segment.end)
                        )
                    )
                    or segment.cued == "plan"
                    or bool(_PURPOSE.match(segment.text, max(segment.offset, 0)))
                    or _wish(segment, lexicon)
                )
                (generic_asks if weak else asks).append(ask)
            if len(asks) >= MAX_ASKS or len(generic_asks) >= MAX_ASKS:
                break
        if found == len(asks) and ALSO_PROBLEM.match(folded, start, end):
            _add_problem(words, text, folded, start, end, lexicon, asks or early_problems)
        elif item and found == len(asks) and _after_ask(folded, start, asks):
            _add_fragment(words, text, folded, start, end, lexicon, fragments)
        previous = [*previous[-1:], (start, end)]
        if len(asks) >= MAX_ASKS or len(generic_asks) >= MAX_ASKS:
            break
    if not asks:
        asks = generic_asks
    elif fragments or early_problems:
        asks = sorted([*early_problems, *asks, *fragments], key=lambda a: a.start)
    asks = _without_overlaps(asks)[:MAX_ASKS]
    if len(asks) > 1:
        asks = _without_reasons(asks, text)
    if len(asks) > 0 and built:
        asks = _foreground(asks, words())
    return AskedMessage(asks, text, built[0] if built else None)


#: A sentence that answers or withdraws the customer's own ask just before it
#: ("Can I pay by card? Ah, I see you take Amex now", "Oh wait, I've just seen
#: the tab", "Actually never mind, I've had the text"). "I see ..." or "I've
#: just seen ..." needs the interjection: bare, it tells the case ("I see on my
#: statement you charged me twice"); "Oh, I see you've charged me again" is
#: no answer either: "I see" must say where they looked or what we offer.
_SELF_ANSWERED: Final = regexcache.compile(
    r"(?:(?:(?:ah|oh|actually|sorry|wait|scratch\s+that|ignore\s+that)[,!.]?\s+)+"
    r"(?:i\s+see\s+(?:now\b|(?:on|from|in)\s+(?:your|the)\b|(?:that\s+|now\s+)?you\s+(?:do|take|accept|have|offer|already)\b)"
    r"|i(?:'ve|\s+have)?\s+(?:just\s+)?(?:seen|found|spotted|noticed)\b"
    r"|i\s+just\s+(?:saw|found|spotted|noticed)\b|found\s+it\b"
    r"|i(?:'ve|\s+have)?\s+just\s+(?:had|got)\s+(?:the|a|your)\s+(?:text|email|message|confirmation)\b"
    r"|never\s*mind\b|no\s+need\b)"
    r"|never\s*mind\b|scratch\s+that\b|ignore\s+(?:that|my\s+(?:last\s+|first\s+)?question)\b)"
)
#: A line of a chat log pasted into the message: a time stamp, then who
#: spoke ("[14:02] Ryan (FitHub): ...", "[Mon 10:42] Me: ...", "12/05/2026,
#: 14:02 - Sam: ...").
_TRANSCRIPT: Final = regexcache.compile(
    r"[ \t>]*(?:\[(?:[a-z]{3,9}\.?,?\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\]"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\s+-)"
    r"\s*[^:\n]{1,40}:"
)
#: Whom a greeting in the message addresses ("Hi Fiona,", "Hi support,",
#: "Dear Mrs Patel"): the agent, as the customer names them.
_GREETED: Final = regexcache.compile(
    r"^[\s>]*(?:hi|hello|hey|dear|morning|good\s+(?:morning|afternoon|evening))\s+"
    r"((?:mrs?|ms|miss|dr)\.?\s+)?([a-z][\w'-]*)",
    re.IGNORECASE | re.MULTILINE,
)
#: A name said to open an ask, before its comma ("Dave, can you forward this
#: to the caterer?"; "(cc'ing Tom - Tom, can you bring the slip?").
_VOCATIVE: Final = regexcache.compile(
    r"(?:^[\s>]*|[-(\u2013\u2014]\s*|\n[\s>]*)([A-Z][a-z'-]+),\s*$"
)


#: How much of its own a clause must name to tell a problem of its own.
_NEW_PROBLEM_WEIGHT: Final = 1.5


def _new_problem(words: Words, ask: Ask, asks: list[Ask], start: int, end: int) -> Ask:
    """A thin request closing a clause that tells a problem the asks before
    never named ("How do I save to the shared drive? Also the printer is
    saying offline again, | can you have a look?") asks about that problem:
    it is a request of its own, on the clause's topic, not a generic ask
    kept only when nothing else is asked. Otherwise ``ask`` unchanged."""
    told = words.topic(start, end)
    if sum(told.values()) < _NEW_PROBLEM_WEIGHT:
        return ask
    if any(not told.keys().isdisjoint(other.topic) for other in asks):
        return ask
    return replace(ask, topic={**told, **ask.core}, generic=False)


def _greeted(text: str) -> frozenset[str]:
    """The names the message's greetings address, folded ("fiona", "support", "patel")."""
    return frozenset(m.group(2).lower() for m in _GREETED.finditer(text[:2000]))


def _to_someone_else(text: str, start: int, ask_start: int, greeted: frozenset[str]) -> bool:
    """Whether an ask opens by naming someone other than the greeted agent:
    the customer asks a colleague or partner copied in ("Hi Fiona, ... Dave,
    can you forward this to the caterer?"), not the business."""
    if ask_start - start > 60:
        return False  # a name is said before the ask, at the sentence's opening
    vocative = _VOCATIVE.search(text[start:ask_start])
    if vocative is None:
        return False
    name = vocative.group(1).lower()
    # "Unfortunately, can you ...": an adverb, not a name
    return name not in greeted and name not in _NOT_NAMES and not name.endswith("ly")


#: Capitalized words that open a sentence before a comma without naming anyone.
_NOT_NAMES: Final = frozenset(
    {
        *("also", "anyway", "please", "thanks", "sorry", "ok", "okay", "so", "and", "but"),
        *("well", "yes", "no", "actually", "honestly", "finally", "lastly", "secondly"),
        *("firstly", "again", "otherwise", "then", "now", "oh", "ah", "right", "hi"),
        *("hello", "hey", "dear", "however", "alternatively", "additionally", "ideally"),
        *("basically", "seriously", "frankly", "meanwhile", "regardless", "besides"),
        # the numbering of a list of asks ("First, when ...? Second, how much ...?")
        *("first", "second", "third", "fourth", "fifth", "sixth", "next", "last"),
    }
)


def _items(folded: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The sentences, with those that run over several list items cut into
    one per item, flagged as items. A line is an item when it opens with a
    dash, bullet or number, or is short next to another short line or item
    of its block ("doors time? / bag policy / can I print tickets"): the
    customer wrote a list, often without full stops."""
    if folded.find("\n") < 0:
        return [(start, end, False) for start, end in bounds]
    lines: list[tuple[int, int, int, bool, bool]] = []  # start, end, block, short, marked
    block = at = 0
    size = len(folded)
    while at < size:
        stop = folded.find("\n", at)
        stop = size if stop < 0 else stop
        if folded[at:stop].strip(" \t\r>"):
            marker = _ITEM_MARKER.match(folded, at, stop)
            marked = marker is not None and bool(folded[at : marker.end()].strip(" \t>"))
            short = len(_WORD.findall(folded, at, stop)) <= _ITEM_WORDS
            lines.append((at, stop, block, short, marked))
        else:
            block += 1
        at = stop + 1
    items = set()
    for index, (a, _b, group, short, marked) in enumerate(lines):
        near = [
            lines[j] for j in (index - 1, index + 1) if 0 <= j < len(lines) and lines[j][2] == group
        ]
        if marked or (short and any(n[3] or n[4] for n in near)):
            items.add(a)
    if not items:
        return [(start, end, False) for start, end in bounds]
    starts = [line[0] for line in lines]
    result: list[tuple[int, int, bool]] = []
    for start, end in bounds:
        first = max(bisect_right(starts, start) - 1, 0)
        inside = [line for line in lines[first : bisect_right(starts, end - 1)] if line[1] > start]
        cut = start
        for before, line in pairwise(inside):
            if before[0] in items and line[0] in items and before[2] == line[2]:
                result.append((cut, line[0], True))
                cut = line[0]
        last = inside[-1] if inside else None
        alone = last is not None and last[0] in items and (cut >= last[0] or len(inside) == 1)
        result.append((cut, end, alone))
    return result


#: Words that make a list item a statement, not a fragment that asks ("new
#: address is 14 Carrow Rd", "can't make 14th", "oven still not shipped").
_STATED: Final = frozenset(
    {
        *("is", "are", "was", "were", "am", "be", "been", "has", "have", "had"),
        *("can't", "won't", "don't", "didn't", "doesn't", "isn't", "wasn't", "haven't"),
        *("i", "i'm", "i've", "we", "we're", "we've", "it's", "my", "thanks", "thank"),
    }
)


def _fragment(text: str, folded: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a list item with no cue is a fragment that asks: two to eight
    words, not ended by a full stop, and either opening with a question word
    ("3 what happens to my projects") or neither a statement (``_STATED``, a
    past participle) nor a greeting, sign-off or name. Read only after an
    ask of the same list (``_after_ask``)."""
    if folded[end - 1] in ".!:,;" or "?" in folded[start:end]:
        return False
    marker = _ITEM_MARKER.match(folded, start, end)
    at = marker.end() if marker is not None else start
    said = _WORD.findall(folded, at, end)
    if not 2 <= len(said) <= _ITEM_WORDS:
        return False
    if said[0] in lexicon.question_words:
        return True  # "3 what happens to my projects"
    if any(w in _STATED for w in said):
        return False
    if any(_participle(w) for w in said):
        return False
    if all(
        w[:1].isupper() or w.lower() in STOP_WORDS or len(w) < 2
        for w in _NAME_WORD.findall(text, at, end)
    ):
        return False  # a name or a signature ("Sam Roe", "Rebecca and Aidan Flood", "x Chloe")
    above = folded.rfind("\n", 0, max(start - 1, 0))
    line_above = _QUOTE_MARKS.match(folded, above + 1, start).end()  # type: ignore[union-attr]
    for name in ("start:greeting", "start:signoff"):
        pattern = lexicon.pattern(name)
        # on slices (an item is at most eight words): the start patterns are
        # anchored with "^", which matches at a ``pos`` only at the text's start
        if pattern is not None and (
            pattern.match(folded[at:end])
            or (above >= 0 and pattern.match(folded[line_above:start]))
        ):
            return False  # a greeting, a sign-off, or the name under one
    return True


def _participle(word: str) -> bool:
    """A past participle that states what happened ("not shipped", "slats
    cracked"); "included?" and "needed or not" still ask, and "need" or
    "bed" are no participles."""
    return (
        len(word) > 4
        and word.endswith("ed")
        and not word.endswith("eed")
        and word not in ("included", "needed")
    )


_NAME_WORD: Final = regexcache.compile(r"[^\W\d_][\w'-]*")


def _add_fragment(
    words: Callable[[], Words],
    text: str,
    folded: str,
    start: int,
    end: int,
    lexicon: Lexicon,
    fragments: list[Ask],
) -> None:
    """Read a list item that asked nothing by its cues as a fragment ("bag
    policy", "any exit fee", "new price + contract length"): an item of a
    list of asks asks, though it has no cue or "?" (see ``_fragment``)."""
    if not _fragment(text, folded, start, end, lexicon):
        return
    segment = _Segment(start, end, folded[start:end], "fragment", 0)
    fragment = _classify(words, text, segment, lexicon, _no_context)
    if fragment is not None and not fragment.generic:
        fragments.append(fragment)


def _add_problem(
    words: Callable[[], Words],
    text: str,
    folded: str,
    start: int,
    end: int,
    lexicon: Lexicon,
    asks: list[Ask],
) -> None:
    """Read a further problem reported with "also" after the asks
    (``ALSO_PROBLEM``) as a request to put it right, on the sentence's own
    topic; nothing when it has no topic of its own."""
    piece = folded[start:end]
    lead = _ALSO_LEAD.match(piece)
    # past the "also" alone: "Also, one of the buttons ..." keeps its "one"
    segment = _Segment(start, end, piece, "request", 0, lead.end() if lead else -1)
    problem = _classify(words, text, segment, lexicon, _no_context)
    if problem is not None and not problem.generic:
        asks.append(problem)


#: A blank line (quote marks count as blank): the end of a list.
_BLANK_LINE: Final = regexcache.compile(r"\n[ \t\r>]*\n")


def _after_ask(folded: str, start: int, asks: list[Ask]) -> bool:
    """Whether an ask ends before ``start`` in the same block of lines: a
    fragment asks only as an item of a list that has asked already ("doors
    time? / bag policy"), not as the list's opening ("oven still not shipped")."""
    return (
        bool(asks) and asks[-1].end <= start and not _BLANK_LINE.search(folded, asks[-1].end, start)
    )


def _fact_condition(folded: str, opening: int, end: int, ask: Ask) -> bool:
    """A request under an "if" on a fact of the case ("If it's lost, I'd like
    a refund", "If it was billed wrongly, I'd like it resubmitted"): what the
    customer wants done once the fact is known, an ask of its own. Under a
    condition on what the business does ("If you deliver on Friday, use the
    side door") it is a fallback, and "otherwise ..." is more often a threat
    ("Otherwise I'll get someone else in") than a request."""
    return (
        ask.kind == "request"
        and folded.startswith("if ", opening)
        and not _AGENT_CONDITION.match(folded, opening, end)
    )


def _no_context() -> list[Topic]:
    """A fragment borrows no topic: it names what it asks about."""
    return []


def _wish(segment: _Segment, lexicon: Lexicon) -> bool:
    """A request that sums up what the customer wants from the whole
    complaint ("I just want it fixed", "I just want her to have an easy
    trip"): like a generic ask, it holds only when nothing else is asked."""
    pattern = lexicon.pattern("start:wish")
    # on the slice past any connector ("And I just want it fixed"): the start
    # patterns are anchored with "^", which never matches at a ``pos`` past 0
    return (
        segment.cued == "request"
        and pattern is not None
        and pattern.match(segment.text[max(segment.offset, 0) :]) is not None
    )


def _foreground(asks: list[Ask], words: Words) -> list[Ask]:
    """Weigh down what an ask shares with the rest of the message (the thread's
    subject: the bag in "The zip on my bag broke. ... Do you repair bags?"), so
    a draft sentence must meet what this ask adds ("repair") to answer it.
    Asks that only restate the subject, or borrowed their topic, keep theirs."""
    counts: dict[str, int] | None = None
    result = []
    for ask in asks:
        if ask.borrowed or ask.core != ask.topic or len(ask.topic) < 2:
            result.append(ask)
            continue
        if counts is None:
            counts = words.counts(0, len(words.folded))
        inside = words.counts(ask.start, ask.end)
        shared = {k for k in ask.topic if counts.get(k, 0) > inside.get(k, 0)}
        if not shared or len(shared) == len(ask.topic):
            result.append(ask)
            continue
        topic = {k: w * BACKGROUND if k in shared else w for k, w in ask.topic.items()}
        result.append(replace(ask, topic=topic))
    return result


def _may_ask(folded: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a sentence could hold an ask at all: a question mark, or a
    clause (the sentence, or what follows a cut) opening with a word that can
    open a cue (see ``Lexicon.cue_words``), or "<my/our/the ...> needs". Most
    sentences of a complaint are neither, and skip the segmenting."""
    piece = folded[start:end]
    if "?" in piece or ("need" in piece and _NEEDS.search(piece)):
        return True
    if end - start < _PLEASE_CHARS and _TRAILING_PLEASE.search(piece):
        return True  # "Money back please."
    if " ask " in piece and _REPORTED.search(piece):
        return True  # "My daughter tells me I ought to ask whether ..."
    if _WORRY_WORDS.search(piece) and _WORRY.search(piece):
        return True  # "I'm worried the deposit won't come back"
    if _embedded(piece):
        return True  # "It would also be good to know whether ..."
    if ("if " in piece[:12] or "unless " in piece[:16]) and _if_then(folded, start, end):
        return True  # "If it's lost can I have a refund instead."
    if ("want" in piece or "like" in piece) and _THEIR_WANT_IN.search(piece):
        return True  # "His mum wants a copy too."
    opening = lexicon.opening
    if opening is None:
        return True
    words, pairs = lexicon.cue_words, lexicon.cue_pairs
    hello = _HELLO.match(folded, start, end)
    at = start if hello is None else hello.end()
    hedge = _HEDGE.match(folded, at, end)
    at = at if hedge is None else hedge.end()  # "Roughly how much would it cost."
    cuts = _CUT.finditer(folded, start, end)
    while True:
        match = opening.match(folded, at, end)
        if match and (match.group(1) in words or (match.group(1), match.group(2)) in pairs):
            return True
        cut = next(cuts, None)
        if cut is None:
            return False
        at = cut.end()


def _may_cue(piece: str, lexicon: Lexicon) -> bool:
    """Whether a clause could open with a cue (the test ``_may_ask`` makes of
    each clause): every cue opens, after any connectors, with one of
    ``Lexicon.cue_words`` or ``cue_pairs``, or holds "need". Most clauses
    after a comma or "and" do not, and skip the cue patterns."""
    opening = lexicon.opening
    if opening is None or "need" in piece or (" ask " in piece and _REPORTED.search(piece)):
        return True
    if "if " in piece[:12] and _CONDITIONED.search(piece[:_LOOK]):
        return True
    if _WORRY_WORDS.search(piece[:_LOOK]) and _WORRY.match(piece):
        return True
    if _embedded(piece[:_LOOK]):
        return True
    head = piece[:_LOOK]
    if ("want" in head or "like" in head) and _THEIR_WANT_IN.search(head):
        return True
    if len(piece) < _PLEASE_CHARS and _TRAILING_PLEASE.search(piece):
        return True
    hello = _HELLO.match(piece)
    at = 0 if hello is None else hello.end()
    hedge = _HEDGE.match(piece, at)
    match = opening.match(piece, at if hedge is None else hedge.end())
    return match is not None and (
        match.group(1) in lexicon.cue_words or (match.group(1), match.group(2)) in lexicon.cue_pairs
    )


#: A last line that is only a name ("Omar Haddad", "J. Smith", "- Omar"),
#: signing the message off.
_NAME_LINE: Final = regexcache.compile(
    r"\n[ \t>]*(?:[-\u2013\u2014~]\s*)?[A-Z][a-z'-]*\.?(?:[ \t]+[A-Z][a-z'-]*\.?){0,2}[ \t]*"
)


_BLANK_TAIL: Final = regexcache.compile(r"\s*\Z")


def _before_signature(text: str, start: int, end: int) -> int:
    """Where a sentence ends before the name the message is signed with, when
    its last line, with nothing after it, is only that name: the customer's
    last line had no full stop ("... let me know\nOmar Haddad"), so the
    sentencizer ran it on into the signature. One match at the sentence's
    last line break, and only for the message's last sentence."""
    if _BLANK_TAIL.match(text, end) is None:  # not the last sentence (no copy of the rest)
        return end
    cut = text.rfind("\n", start, end)
    if cut <= start:
        return end
    match = _NAME_LINE.match(text, cut, end)
    if match is None or match.end() != end:
        return end
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    last = text.rfind(" ", start, cut)
    if text[last + 1 : cut].lower() in _RUNS_ON:
        return end  # "Can you deliver it on | Monday": the line breaks mid-phrase
    return cut


#: Words a line cannot end a sentence on: the next line continues it.
_RUNS_ON: Final = frozenset(
    {
        *("on", "by", "to", "for", "from", "at", "in", "with", "of", "until", "till"),
        *("before", "after", "and", "or", "the", "a", "an", "my", "our", "is", "dear"),
    }
)


def _trim(folded: str, start: int, end: int) -> tuple[int, int]:
    if start == 0:  # (the pattern is anchored at the text's start only)
        head = _LEADING_JUNK.match(folded, start, end)
        if head:
            start = head.end()
    if end > start and folded[end - 1] in _TRAILING:
        # one C pass, not a step a character: the last sentence of a view
        # runs on over the blanked rest of the draft (990 KB in the 1 MB
        # scaling draft)
        end = start + len(folded[start:end].rstrip(_TRAILING))
    return start, end


#: A condition on the case with no comma before the ask it holds ("If it's
#: lost | can I have a refund instead.", "If it was based on an estimate | I
#: want it reissued"): cut where the ask opens, as the comma would. The ask
#: opens with asking for a thing ("can I have", "could we get"), a request to
#: the business ("could you ..."), a want ("I'd like", "we want") or "please";
#: the condition's words hold no comma or stop (``[^,.?!]``).
_IF_THEN: Final = regexcache.compile(
    r"(?:if|unless)\s+(?:[a-z0-9'\u00a3$&/-]+\s+){1,10}?"
    r"(?=(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:have|get)\b"
    r"|(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?!be\b|have\b)[a-z]"
    r"|(?:i|we)(?:'d|\s+would)\s+(?:like|prefer)\b|(?:i|we)\s+(?:want|expect)\b"
    r"|please\s)"
)


def _if_then(folded: str, start: int, end: int) -> int:
    """Where the ask opens after a condition with no comma (``_IF_THEN``) in
    the sentence ``folded[start:end]``; 0 when there is none."""
    lead = _QUOTE_MARKS.match(folded, start, end).end()  # type: ignore[union-attr]
    if not folded.startswith(("if ", "unless "), lead):
        return 0
    main = _IF_THEN.match(folded, lead, end)
    return main.end() if main is not None and main.end() < end else 0


def _segments(folded: str, start: int, end: int, lexicon: Lexicon) -> list[_Segment]:
    """Cut a sentence into segments that each start at a cue (see module doc)."""
    cuts = [start]
    asked_at = _if_then(folded, start, end)
    if asked_at:
        cuts.append(asked_at)
    current: str | None = None  # the cue of the segment being cut, once needed
    inherited: set[int] = set()
    for match in _CUT.finditer(folded, start, end):
        after = match.end()
        if after >= end or after <= cuts[-1]:
            continue
        piece = folded[after : min(end, after + _LOOK)]  # cues sit at the start
        line_ends = "\n" in match.group(1) and _line_break_ends_sentence(
            folded, match.start(), piece, lexicon
        )
        announced = match.group(1).startswith(":") and bool(
            _ANNOUNCED.fullmatch(folded, cuts[-1], after)
        )
        cue = (
            _cue(piece, lexicon, end_mark=folded[end - 1], opening=announced)[0]
            if _may_cue(piece, lexicon)
            else None
        )
        if (
            cue is not None
            and match.group(1).strip() == "and"
            and _BARE_TAIL.fullmatch(folded, after, end)
        ):
            # "Can I take home what I make and when?": the bare "when" asks
            # more of the same question, not a question of its own
            continue
        if (
            cue is None
            and folded[end - 1] == "?"
            and match.group(1).strip() in _JOINERS
            and _joined_question(piece, lexicon)
            and _cue(folded[cuts[-1] : min(end, cuts[-1] + _LOOK)], lexicon, "?", opening=True)[0]
            in ("yes-no", "question")
        ):
            # "Is it in the small pool, and do parents go in the water?": a
            # second question joined to the first, its subject a bare noun
            cue = "yes-no"
        if (
            cue == "indirect"
            and not line_ends
            and match.group(1).strip() not in ("and", "or")
            and _bare_indirect(folded, cuts[-1], match, lexicon)
        ):
            # "I would like to know, in writing, | whether you are paying": the
            # cue before the aside is what opens the question after it (not
            # "let me know the salary range | and whether it is hybrid": the
            # cue asked for the range, and "and" adds a second question)
            continue
        if (
            cue in ("request", "plan")
            and not line_ends
            and _shares_subject(folded, cuts[-1], match, piece)
        ):
            # "I will keep tweeting and call until it's fixed": the verb after
            # "and" is the customer's own, not an order
            cue = None
        if line_ends or cue is not None:
            cuts.append(after)
            current = cue
        elif (
            match.group(1).strip() == "and"
            and _OBJECT.match(piece)
            and not _OBJECT_CLAUSE.match(piece)
            and not _PERSON_BEFORE.search(folded, start, match.start() + 1)
        ):
            # "I'd like a breakdown of the charges and a refund of the
            # overpayment": a second thing requested under the same cue (not
            # "for me and my son": people named together are one party)
            if current is None and len(cuts) == 1:
                current = _cue(folded[start : min(end, start + _LOOK)], lexicon, "")[0] or ""
            if current == "request":
                cuts.append(after)
                inherited.add(after)
    cuts.append(end)
    segments = []
    for a, b in pairwise(cuts):
        given = a in inherited
        a, b = _trim(folded, a, b)
        b = _strip_cut(folded, a, b)
        if a >= b:
            continue
        piece = folded[a:b]
        # a quoted sentence opens after its line break ("\n> When will the
        # plumber be back because ..."): only space and quote marks before the
        # segment still make it the sentence's opening, not a relative clause
        lead = _QUOTE_MARKS.match(folded, cuts[0], a)
        opening = (
            a == cuts[0]
            or (lead is not None and lead.end() == a)
            or _OPENER.fullmatch(folded, cuts[0], a) is not None
        )
        cued, cue_end, offset = (
            _read_cue(
                piece,
                lexicon,
                end_mark=piece[-1],
                opening=opening,
                asking=opening and b < end and folded[end - 1] == "?",
            )
            if _may_cue(piece, lexicon)
            else (None, 0, -1)
        )
        if given and cued is None:
            cued, cue_end = "request", 0

        segments.append(_Segment(a, b, piece, cued, cue_end, offset))
    return segments


#: A greeting or interjection cut off before the sentence's first clause ("Hi,
#: when does the course start, and is it OK if I miss a week?", "OK - when's
#: it due?"): the clause after it still opens the sentence.
_OPENER: Final = regexcache.compile(
    r"\s*(?:hi|hello|hey|hiya|ok|okay|oh|also|and|so|but|btw|ps|right"
    # the numbering of a list of asks ("First, when do nets start?")
    r"|first|second|third|fourth|fifth|next|last|(?:first|second|third|fourth|fifth)ly)"
    r"(?:\s+(?:there|all|again|team|folks|guys))?\s*[,:;\u2013\u2014-]?\s*"
    # an announcement of the asks before a colon (``_ANNOUNCED``)
    r"|\s*(?:(?:a|one|two|three|few|couple|of|quick|small|other|more|some|last|final)\s+)*"
    r"(?:questions?|queries|query)\s*:\s*"
)
#: An announcement of the asks before a colon ("A few questions: what's the
#: fee, and ...?", "Quick question: what's the fee for a second card."): the
#: clause after the colon opens the first of them, as a sentence would.
_ANNOUNCED: Final = regexcache.compile(
    r"\s*(?:(?:a|one|two|three|few|couple|of|quick|small|other|more|some|last|final)\s+)*"
    r"(?:questions?|queries|query)\s*:\s*"
)
#: A bare question word that ends a question ("... and when?", "..., and how much?").
_BARE_TAIL: Final = regexcache.compile(
    r"(?:when|where|how much|how long|how often|what time)[\s?!.]*"
)
#: Cuts that may join a second question to a first ("..., and do ...").
_JOINERS: Final = frozenset({"", ",", "and", "or", ";"})
_NOT_SUBJECTS: Final = frozenset({"not", "you", "it", "there"})


def _joined_question(piece: str, lexicon: Lexicon) -> bool:
    """Whether a clause after a cut opens with an auxiliary and a bare noun
    ("and do parents go in the water", "or are pets allowed"): a question of
    its own when the sentence asks and its first clause is a question. (A
    pronoun subject is a cue already.)"""
    words = _WORD.findall(piece[:40])
    at = 0
    while at < len(words) and words[at] in ("and", "or", "also"):
        at += 1
    return (
        len(words) > at + 2
        and words[at] in lexicon.auxiliaries
        and words[at] not in _HAVE
        and words[at + 1].isalpha()
        and words[at + 1] not in _NOT_SUBJECTS
        and words[at + 1] not in lexicon.auxiliaries
    )


#: A wh-clause or "whether" right after an indirect cue ("can you explain | what").
_WH_CLAUSE: Final = regexcache.compile(r"(?:whether|if|what|when|where|why|how|which|who)\b")
_EXPLANATION: Final = regexcache.compile(r"\ban?\s+(?:proper\s+|full\s+|clear\s+)?explanation\b")
#: What an indirect cue asks about once it is spelt out ("... whether", "... what").
_ASKED_WORD: Final = regexcache.compile(
    r"\b(?:whether|if|what|when|where|why|how|which|who|about)\b"
)


def _bare_indirect(folded: str, cut: int, match: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether the clause before ``match`` is an indirect cue with nothing
    asked after it ("I would like to know, in writing"), so the clause the
    cut opens is its question."""
    before = folded[cut : match.start()]
    lead = _QUOTE_MARKS.match(before)
    head = before[lead.end() if lead else 0 :]
    pattern = lexicon.pattern("start:indirect")
    found = pattern.match(head) if pattern is not None else None
    if found is None or len(head) - found.end() > 30:
        return False
    return _ASKED_WORD.search(head, found.end()) is None


#: A clause the customer opens about themselves ("I will", "we've").
_FIRST_PERSON: Final = regexcache.compile(r"(?:i|we|i'll|we'll|i've|we've|i'm|we're)\s+(?!'d\b)")
#: What still makes the verb after "and" an order: "please", or the customer
#: as its object ("and send me a refund").
_ADDRESSED_ORDER: Final = regexcache.compile(r"\bplease\b|^\S+\s+(?:me|us|my|our)\b")
_FIRST_PERSON_WANTS: Final = regexcache.compile(r"(?:i|we)\s+(?:want|need|would|'d)\b|i'd\b|we'd\b")
#: A request with its own subject after "and" ("I was charged twice and I
#: want a refund", "... and we'd like our deposit back"): a thing or an act
#: of ours wanted, not the customer's own plan ("and I want to overpay"); a
#: need joined on is their reason ("I'm away on the 12th and I need a card").
_OWN_WANT: Final = regexcache.compile(
    r"(?:i|we)(?:\s+(?:really|just|now|also|still))?"
    r"(?:\s+(?:want|would\s+like|would\s+love)|'d\s+(?:like|love))\s+(?!to\b)"
)


#: A question about an act of the customer's own ("Can I just go ahead and
#: book one", "Should we come in and collect it"): the verb after "and" is
#: theirs too, under the same auxiliary, not an order to the agent.
_OWN_ACT_QUESTION: Final = regexcache.compile(
    r"(?:(?:and|so|but|also|then|or)\s+)*"
    r"(?:can|could|may|might|should|shall|do|would)\s+(?:i|we)\s+(?!'d\b)"
)

#: A thing named with its determiner ("my delivery address", "the booking").
_THING: Final = regexcache.compile(r"\b(?:my|our|the|a|an|this|these|his|her|their)\s+[a-z]")
#: What opens a question or request of its own after "and" ("Can I book it
#: online and | will you send a reminder?"), not a second verb of the first.
_ASKS_AGAIN: Final = regexcache.compile(
    r"(?:can|could|will|would|do|does|did|is|are|was|were|may|might|should|shall|have|has"
    r"|please|kindly)\b"
)


def _shares_subject(folded: str, cut: int, match: re.Match[str], piece: str) -> bool:
    """Whether a bare verb after "and" takes the subject of the clause before
    it ("I will continue to tweet and call until it's fixed"), so is no
    order: the clause before opens with "I" or "we" and asks nothing itself
    ("I'd like you to check it and send me the bill" stays a request), or
    asks about an act of the customer's own ("Can I just go ahead and book
    one", ``_OWN_ACT_QUESTION``) and no question of its own follows "and"."""
    if match.group(1).strip() != "and" or _ADDRESSED_ORDER.search(piece[:40]):
        return False
    if _OWN_WANT.match(piece):
        return False
    before = folded[cut : match.start()].lstrip()
    own_act = _OWN_ACT_QUESTION.match(before)
    if own_act and not _ASKS_AGAIN.match(piece):
        # "Can I just go ahead and | book one": one act of the customer's,
        # asked; but a first act with a thing of its own ("Can I change my
        # delivery address and | get it delivered on Saturday?") asks two
        return _THING.search(before, own_act.end()) is None
    return bool(_FIRST_PERSON.match(before)) and not _FIRST_PERSON_WANTS.match(before)


def _strip_cut(folded: str, a: int, b: int) -> int:
    """Drop a trailing comma, dash or conjunction left by the next cut."""
    end = b
    while end > a:
        trimmed = end
        while trimmed > a and folded[trimmed - 1].isspace():
            trimmed -= 1
        if trimmed > a and folded[trimmed - 1] in _TAIL_MARKS:
            end = trimmed - 1
            continue
        if trimmed <= a or folded[trimmed - 1] not in _TAIL_ENDINGS:
            break  # most segments end in no tail word: skip trying each one
        for word in _TAIL_WORDS:
            head = trimmed - len(word)
            if head > a and folded.startswith(word, head) and folded[head - 1].isspace():
                end = head - 1
                break
        else:
            break
    if end == b:
        return b
    while end > a and folded[end - 1].isspace():
        end -= 1
    return end


def _line_break_ends_sentence(folded: str, at: int, piece: str, lexicon: Lexicon) -> bool:
    before = folded[max(0, at - _LOOK) : at].rstrip()[-1:]
    if before and before in ".?!,:;)":
        return True
    for name in ("start:signoff", "start:greeting"):
        pattern = lexicon.pattern(name)
        if pattern is not None and pattern.match(piece):
            return True
    return piece[:1] in "-*•"


#: A social-media handle the customer addresses ("@Airline "): no part of the ask.
_HANDLE: Final = regexcache.compile(r"@\w+[\s,:]+")


#: "what is" contracted, in any spelling ("whats", "wots", "wat's").
_WHAT_IS: Final = regexcache.compile(r"(?:what|wot|wat)(?:'s|s)")
#: "where is" contracted ("where's", "wheres"), opening a sentence.
_WHERE_IS: Final = regexcache.compile(r"where(?:'s|s)")
#: A greeting run into the ask ("hiya wots the price 4 sat", "hi do you do
#: nail trims on their own, and ...", "Hi, are campfires allowed, and ..."),
#: only before a question word or an auxiliary that opens a yes/no question:
#: "hi there" and "hello Sam" are left alone ("will" and "may" are names too).
_HELLO: Final = regexcache.compile(
    r"(?:hi|hiya|hey|hello)\s+(?=(?:wh|wot|wat|how)\w*\s)"
    r"|(?:hi|hiya|hey|hello)(?:\s*,|\s)\s*"
    r"(?=(?:do|does|did|can|could|is|are|would|should|have|has)\s)"
)
#: A hedge on how exact the answer need be, before a question of quantity or
#: time ("Roughly how much would it cost", "Approximately how long will the
#: part take", "roughly when"): read past like a connector, so the question
#: asks as it would alone. Only before such a question: a hedge qualifies an
#: amount, and before anything else ("Roughly a week ago it broke") it opens
#: a statement.
_HEDGE: Final = regexcache.compile(
    r"(?:roughly|approximately|approx\.?|about)[\s,]+"
    r"(?=how\s+(?:much|many|long|soon|far|often)\b|when\b|what\s+time\b)"
)


def _strip_connectors(piece: str, lexicon: Lexicon) -> int:
    """Offset past leading connectors ("and also so ...") in a folded segment."""
    marker = _ITEM_MARKER.match(piece)
    offset = marker.end() if marker is not None and marker.end() < len(piece) else 0
    hello = _HELLO.match(piece, offset)
    if hello is not None and hello.end() < len(piece):
        offset = hello.end()  # "hiya wots the price ...": a greeting with no comma
    for _ in range(6):
        handle = _HANDLE.match(piece, offset)
        if handle is not None and handle.end() < len(piece):
            offset = handle.end()  # "@Airline Are the flights direct?"
            continue
        hedge = _HEDGE.match(piece, offset)
        if hedge is not None:
            offset = hedge.end()  # "roughly how much would it cost"
            continue
        match = _WORD.match(piece, offset)
        if not match:
            return offset
        word, end = match.group(0), match.end()
        phrase = _connector_phrase(piece, offset, word, lexicon)
        if phrase:
            end = offset + phrase  # "this time please send ...", "from now on ..."
        elif word.rstrip(".") not in lexicon.connectors:
            # "p.s." is read as the word "p.s" and its full stop
            if not (piece.startswith(".", end) and word + "." in lexicon.connectors):
                return offset
            end += 1
        after = _SKIP.match(piece, end).end()  # type: ignore[union-attr]
        if after >= len(piece):
            return offset
        offset = after
    return offset


def _connector_phrase(piece: str, offset: int, word: str, lexicon: Lexicon) -> int:
    """The length of a connector of more than one word ("this time", "from
    now on") opening ``piece`` at ``offset``, whose first word is ``word``;
    0 when none does."""
    for phrase in lexicon.connector_phrases.get(word, ()):
        end = offset + len(phrase)
        if piece.startswith(phrase, offset) and not _WORD_GOES_ON.match(piece, end):
            return len(phrase)
    return 0


_WORD_GOES_ON: Final = regexcache.compile(r"[a-z0-9']")


def _cue(
    piece: str, lexicon: Lexicon, end_mark: str, opening: bool = False, asking: bool = False
) -> tuple[str | None, int]:
    """What a segment opens with: its cue kind and where the cue ends.
    ``opening`` is true for a segment that starts its sentence; ``asking``
    for one that opens a question cut short by a later cue ("Is breakfast
    included in our rate, and do you have parking?"): an auxiliary opening
    it asks even before a noun subject."""
    return _read_cue(piece, lexicon, end_mark, opening, asking)[:2]


def _read_cue(
    piece: str, lexicon: Lexicon, end_mark: str, opening: bool = False, asking: bool = False
) -> tuple[str | None, int, int]:
    """``_cue`` and the offset past the segment's leading connectors, which
    ``_classify`` reads again (``_Segment.offset``)."""
    offset = _strip_connectors(piece, lexicon)
    kind, end = _cue_at(piece, offset, lexicon, end_mark, opening, asking)
    return kind, end, offset


#: A polite frame around an ask ("I should be most grateful if you could |
#: tell me how much the refund might be", "Perhaps you might | advise me
#: whether ...", "I would be grateful to | know whether ..."): the words after
#: it are read as if they followed "could you" (or, after "to", "I would like
#: to"), so an indirect question inside it is a question, not an action. The
#: intensifiers are the formal register's ("most", "very", "ever so").
_FRAME: Final = regexcache.compile(
    r"(?:(?:i|we)(?:'d|\s+would|\s+should)\s+(?:also\s+)?be\s+(?:(?:most|very|extremely|so|really|truly"
    r"|ever\s+so|much|most\s+awfully)\s+)?(?:grateful|obliged|thankful|glad)\s+"
    r"(?:(?:if|were)\s+you\s+(?:could|would|might|can|will|to)\s+|(to)\s+)"
    r"|(?:i\s+wonder\s+(?:if|whether)\s+|perhaps\s+)you\s+(?:could|might|would)\s+"
    r"|(?:might|would)\s+you\s+be\s+so\s+kind\s+as\s+(?:to\s+)?"
    r"|perhaps\s+you\s+(?:would|might)\s+be\s+so\s+kind\s+as\s+to\s+)"
    r"(?:kindly\s+|please\s+)?"
)
#: Advice the customer reports, to ask something ("My daughter tells me I
#: ought to | ask whether there is a reduction for pensioners", "I have been
#: told I should | ask whether ..."): a frame too, read as "I would like to",
#: but only before a question ("ask about a telephone with large buttons"
#: names a topic; the question, if any, follows it).
_REPORTED: Final = regexcache.compile(
    r"(?:(?:my|our)\s+[a-z'-]+(?:\s+[a-z'-]+)?|i\s+have\s+been|i've\s+been|i\s+was|we\s+were)"
    r"\s+(?:also\s+)?(?:tells|told|says|said|thinks|thought|suggests|suggested|advises|advised)"
    r"\s+(?:me\s+|us\s+)?(?:that\s+)?(?:i|we)\s+(?:ought\s+to|should|must|might|need\s+to)\s+"
    r"(?=ask\s+(?:whether|if|what|when|where|why|how|which|who)\b)"
)
#: A question embedded in a statement's frame, the frame's verb taking a
#: wh-, "whether" or "if" clause: the frame says the answer is wanted, so the
#: clause is an indirect question wherever the frame's words come from.
#: - an evaluative frame, irrealis ("It would also be good to know whether we
#:   can board first", "Would be handy to know if I can keep my number", "It'd
#:   help us to know when ...", "It would be great if you could tell me what");
#: - a wish to understand ("I'd really like to understand how this got
#:   through your checks"; not "I'd like to understand more about solar");
#: - a question passed on from someone else ("He also asked me to ask if the
#:   foundation year is still open", "My wife wants me to check whether ...").
#: - a wish to know said as an eagerness ("I'd be keen to know when the next
#:   batch comes in", "Curious to know whether the warranty covers water",
#:   "Looking forward to hearing whether the part is in"; not "I'd be
#:   interested in hearing more" nor "Looking forward to hearing from you",
#:   which name no question);
#: - the purpose of the message ("I'm emailing to find out if my form came",
#:   "Just getting in touch to check whether ...").
#: A narrative frame in the past ("I asked them whether", "they told me what")
#: is none of these, and asks nothing.
_WH_WORD: Final = r"(?:whether|if|what|when|where|why|how|which|who)\b"
#: - the customer saying they still lack what they were owed, a question put
#:   as a complaint ("I still don't know why it went up by $200", "I'm still
#:   not clear whether the grant comes off the invoice", "I still haven't
#:   heard whether you're paying for the cleaning"): a first-person "don't
#:   know/understand", "not sure/clear" or "haven't heard/been told" before a
#:   wh-clause with a subject of its own (``_OWED``), so "I'm not sure where to
#:   start", "I don't know what else to do" and "I don't know why I bother"
#:   (venting), "I'm not sure if this is the right address" and the
#:   customer's own plans ("I'm not sure when I'll next be in") ask nothing.
_NOT_KNOWING: Final = (
    r"(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+"
    r"(?:(?:still|really|honestly|just|also|genuinely|now|yet)\s+)?"
    r"(?:(?:don't|do\s+not|didn't|did\s+not)\s+(?:(?:really|actually|fully)\s+)?(?:know|understand)"
    r"|(?:not\s+(?:(?:really|entirely|quite)\s+)?(?:sure|clear|certain)|unsure|unclear)"
    r"|(?:haven't|have\s+not|'ve\s+not|still\s+haven't)\s+(?:yet\s+)?(?:heard|been\s+told)"
    r"|(?:have|'ve)\s+no\s+idea)"
)
_OWED: Final = (
    r"(?!(?:what|how|where|who|which)\s+(?:else|to)\b)(?!why\s+(?:i|we)\s+(?:bother|even))"
    r"(?!(?:if|whether)\s+(?:(?:this|it)\s+is\s+|i'm\s+|i\s+am\s+|i've\s+|i\s+have\s+)?"
    r"(?:(?:in|at|writing\s+to|emailing|come\s+to|got)\s+)?(?:the\s+)?right\b)"
    r"(?!(?:if|whether)\s+you\s+(?:can|could)\s+help\b)"
    r"(?!(?:when|whether|if)\s+(?:i|we)(?:'ll|\s+will|\s+might|\s+can)\b)"
    r"(?:whether|if|what|when|where|why|how|which|who)\s+[a-z$0-9']+"
)
_EMBEDDED: Final = regexcache.compile(
    r"(?:"
    r"(?:(?:it|that|this)(?:'d|\s+would|\s+will|\s+could|\s+might)|would|could)\s+"
    r"(?:(?:also|really|just|certainly|definitely)\s+)?"
    r"(?:be\s+(?:(?:very|really|so|most|quite|super|extremely)\s+)?"
    r"(?:good|great|helpful|useful|handy|nice|reassuring|lovely|ideal|important)"
    r"|help(?:\s+(?:me|us))?(?:\s+(?:a\s+lot|loads|massively|enormously))?)\s+"
    r"(?:to\s+(?:know|hear|find\s+out|understand|learn|check)"
    r"|if\s+you\s+could\s+(?:tell|let)\s+(?:me|us)(?:\s+know)?)"
    r"|(?:he|she|they|my\s+[a-z'-]+|our\s+[a-z'-]+)\s+(?:also\s+)?"
    r"(?:asked|wants|wanted|would\s+like|'d\s+like)\s+(?:me|us)\s+to\s+(?:ask|check|find\s+out)"
    r"(?:\s+(?:you|with\s+you))?"
    r"|(?:i|we)(?:'d|\s+would)?\s+(?:(?:really|also|just|genuinely|still)\s+)?"
    r"(?:like|want|need|love)\s+to\s+understand"
    r"|(?:(?:i|we)(?:'d|'m|'re|\s+would|\s+am|\s+are|\s+was|\s+were)?\s+)?(?:be\s+)?"
    r"(?:(?:really|very|so|also|just|genuinely|quite|particularly)\s+)?"
    r"(?:keen|curious|interested|eager|intrigued)\s+to\s+(?:know|hear|find\s+out|learn)"
    r"|(?:(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+)?(?:(?:also|really|just)\s+)?"
    r"look(?:ing)?\s+forward\s+to\s+(?:hearing|knowing|finding\s+out|learning)"
    r"|(?:(?:i|we)(?:'m|'re|\s+am|\s+are)\s+)?(?:(?:just|also|only)\s+)?"
    r"(?:writing|e-?mailing|messaging|texting|contacting\s+you|getting\s+in\s+touch|reaching\s+out)"
    r"\s+(?:again\s+)?(?:to|in\s+order\s+to)\s+(?:ask|find\s+out|check|enquire|inquire|confirm)"
    r"|" + _NOT_KNOWING + r"(?=\s+" + _OWED + ")"
    r")\s+(?=" + _WH_WORD + ")"
)
#: Words one of which every ``_EMBEDDED`` frame holds: most sentences hold
#: none, and skip the pattern.
#: Searched in the text behind one space: the ``\W`` before a word is the
#: ``\b`` at its start, and a pattern that opens with a character class lets
#: the engine skip inside words instead of trying the words at each position.
_EMBEDDED_WORDS: Final = regexcache.compile(
    r"\W(?:know|hear|heard|hearing|knowing|find out|finding out|understand|learn|learning"
    r"|check|tell|told|ask|enquire|inquire|confirm|sure|clear|certain|unsure|unclear|idea)\b"
)


def _embedded(piece: str) -> bool:
    """Whether ``piece`` holds an ``_EMBEDDED`` frame anywhere (for the
    sentence-level filter; ``_cue_at`` reads it at a clause's opening)."""
    return _EMBEDDED_WORDS.search(" " + piece) is not None and _EMBEDDED.search(piece) is not None


#: What an "ask" cue announces rather than asks ("I should also like to ask |
#: a favour.", "I'd like to ask a quick question:"): the ask follows it.
_PREFACE: Final = regexcache.compile(
    r"(?<=ask)\s+(?:you\s+)?(?:a\s+(?:small\s+|little\s+|quick\s+|further\s+|few\s+|couple\s+of\s+)?"
    r"(?:favou?r|question|questions|thing|things)|something|one\s+(?:more|last|other)\s+thing"
    r"|another\s+(?:thing|question|favou?r))\s*[.:!,]*\s*$"
)
#: What the words after a frame are read as following.
_FRAMED_AS: Final = ("could you ", "i would like to ")


def _frame(piece: str, at: int = 0) -> re.Match[str] | None:
    """A polite frame or reported advice opening ``piece`` at ``at`` (see
    ``_FRAME``, ``_REPORTED``); its group 1 is set when what follows it reads
    after "I would like to"."""
    if piece.startswith(("i", "we", "perhaps", "might", "would"), at):
        frame = _FRAME.match(piece, at)
        if frame is not None:
            return frame
    if piece.startswith(("my", "our", "i"), at) and " ask " in piece:
        return _REPORTED.match(piece, at)
    return None


def _framed_cue(head: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """An indirect cue inside a polite frame (see ``_FRAME``): "indirect" and
    where the cue ends in ``head``, or None when the frame wraps no indirect
    cue ("I'd be grateful if you could send another" stays a request)."""
    frame = _frame(head)
    if frame is None:
        return None
    pattern = lexicon.pattern("start:indirect")
    if pattern is None:
        return None
    lead = _FRAMED_AS[1] if frame.re is _REPORTED or frame.group(1) else _FRAMED_AS[0]
    inner = pattern.match(lead + head[frame.end() : frame.end() + _LOOK])
    if inner is None or inner.end() <= len(lead):
        return None
    return "indirect", frame.end() + inner.end() - len(lead)


def _cue_at(
    piece: str, offset: int, lexicon: Lexicon, end_mark: str, opening: bool, asking: bool
) -> tuple[str | None, int]:
    """``_cue`` once the leading connectors are known to end at ``offset``."""
    head = piece[offset:]
    framed = _framed_cue(head, lexicon)
    if framed is not None:
        return framed[0], offset + framed[1]
    embedded = _EMBEDDED.match(head) if _EMBEDDED_WORDS.search(" " + head[:_LOOK]) else None
    if embedded is not None:
        # "It would also be good to know | whether we can board first"
        return "indirect", offset + embedded.end()
    wanted = _THEIR_WANT.match(head) if "want" in head[:50] or "like" in head[:50] else None
    if wanted is not None:
        # "His mum wants a copy of the treatment plan too": what someone in
        # the customer's family or business wants from us, asked for them
        return "request", offset + wanted.end()
    worry = _WORRY.match(head) if _WORRY_WORDS.search(head, 0, 40) else None
    if worry is not None:
        # "I'm worried the deposit won't come back": whether it will
        return "yes-no", offset + worry.end()
    pattern_indirect = lexicon.pattern("start:indirect")
    for name, kind in (("start:indirect", "indirect"), ("start:request", "request")):
        pattern = lexicon.pattern(name)
        match = pattern.match(head) if pattern is not None else None
        if match:
            if kind == "request" and pattern_indirect is not None and match.end() < _POLITE_END:
                polite = _POLITE.match(head)
                question = pattern_indirect.match(head[polite.end() :]) if polite else None
                if polite is not None and question is not None:
                    # "please i want know when my letter is ready": the
                    # politeness opens a question, not a request
                    return "indirect", offset + polite.end() + question.end()
            if kind == "request" and _not_a_request(head, lexicon):
                break
            if kind == "request" and _plan(head, match.end(), lexicon):
                # "I want to get back into swimming", "I'd like to make sure
                # I have the money put aside": the customer's own plan, the
                # background to what they ask, not a request to the agent
                return "plan", offset + match.end()
            if kind == "indirect" and _PREFACE.match(head, match.end()):
                return None, 0  # "I should also like to ask a favour." announces the ask
            return kind, offset + match.end()
    words = _WORD.findall(head[:60])
    lead = 1 if words[:1] and words[0] in _LEAD_INS else 0
    # "I need", "we'd need", "I would need": the need's word after its subject
    at = lead + 2 if words[lead : lead + 2] in (["i", "would"], ["we", "would"]) else lead + 1
    if (
        words[at : at + 1] == ["need"]
        and words[lead] in _NEEDERS
        and (_wants_done(words[at + 1 : at + 7], lexicon) or _needed_by(words[at + 1 : at + 11]))
    ):
        # "I need one of the payments reversed": the thing, then what to do
        # to it ("Now I need also my birth certificate translated", "We'd
        # need the invoice re-issued in the company's name")
        need = _NEED_WORD.search(head)
        if need is not None:
            return "request", offset + need.end()
    if words and (tuple(words[:2]) in lexicon.need_heads or "need" in head[:60]):
        pattern = lexicon.pattern("start:need")
        match = (pattern.match(head) if pattern is not None else None) or _NEEDS.match(head)
        if match and not _not_a_request(head, lexicon):
            return "need", offset + match.end()
    if not words:
        return None, 0
    first, second = words[0], words[1] if len(words) > 1 else ""
    question_mark = end_mark == "?"
    if first in lexicon.question_words:
        if first in _RELATIVE and not opening and not question_mark:
            return None, 0  # "..., which is ridiculous": a relative clause
        if not opening and _DESCRIBING.match(head):
            # "... but continue to send the autumn one, | which is my
            # favourite?": a relative clause inside a question, not one of its own
            return None, 0
        if (
            first == "when"
            and not opening
            and second in ("i", "we")
            and words[2:3] != []
            and words[2] not in lexicon.auxiliaries
            and words[2] not in ("need", "get", "might", "ought")
        ):
            # "why this symbol appears on my phone and when I type the letter
            # I?": a time clause of the question before it, not a question
            return None, 0
        if second in lexicon.auxiliaries or _HOW_X.match(head) or question_mark:
            return "question", offset + len(first)
        if (
            first in ("what", "which")
            and len(words) > 2
            and words[2] in lexicon.auxiliaries
            and second not in STOP_WORDS
        ):
            # "and also what time is breakfast", a learner's question with no
            # "?": the question word's noun, then the auxiliary
            return "question", offset + len(first)
        if asking and offset == 0 and second:
            # "What documents do I need, and how quickly would it come?": the
            # first of two questions joined under one "?", its noun before the verb
            return "question", offset + len(first)
        if first == "what" and second in ("happened", "about", "if"):
            return "question", offset + len(first)
        if opening and second in _DETERMINERS and _WHAT_IS.fullmatch(first):
            # "whats the price 4 the castle pls": the contraction carries
            # the "is", so the question needs no "?"
            return "question", offset + len(first)
        if opening and second in _DETERMINERS and _WHERE_IS.fullmatch(first):
            # "Where's the 4th.": the same contraction of a place question
            # ended with a full stop (not "when's", whose lines are often
            # asks the draft answers in words not read as a time: "When's
            # your next free slot."; nor "how's", whose lines vent)
            return "question", offset + len(first)
        return None, 0
    if first in lexicon.auxiliaries:
        if not question_mark and _HANDLE.match(piece):
            return None, 0  # "@Comcast is the worst ISP": the handle is the subject
        if not question_mark and not opening and first in _COPULAS and second in ("a", "an"):
            # "..., which, as you can imagine, | was a disaster for the takings.":
            # the rest of a statement's predicate, not a question
            return None, 0
        subjects = lexicon.subjects
        if first in _HAVE:
            # "Have a look", "Has a friend ...": not questions; "Has my
            # application been approved?" and "Have the tickets gone out?" are
            subjects = _PRONOUNS | _POSSESSED if question_mark else _PRONOUNS
            if not question_mark and not opening and second not in ("you", "u"):
                # "I moved out, left it spotless, | had it professionally
                # cleaned and ...": one of a statement's verbs, not a question
                return None, 0
        if second in subjects or (asking and offset == 0 and first not in _HAVE and second):
            return "yes-no", offset + len(first)
        if end_mark == "." and opening and _bare_subject(first, words, lexicon):
            # "Are dogs allowed.", "Is breakfast included in the price.": a
            # yes/no question about a bare noun, ended with a full stop (a
            # clause cut short by a comma, "Are towels extra at the pool, and
            # please send ...", is left as it was)
            return "yes-no", offset + len(first)
        return None, 0
    if first in lexicon.request_verbs and _imperative(head, words):
        return "request", offset + len(first)
    if first == "if" and question_mark:
        # "..., and if I go SIM-only | will I keep my number?": a yes/no
        # question behind its condition, which has no comma to cut at
        main = _CONDITIONED.match(head)
        if main is not None:
            return "yes-no", offset + main.end(1)
    if len(words) <= _PLEASE_WORDS and first not in _NOT_ASKING and _TRAILING_PLEASE.search(head):
        # "Money back please.", "Refund asap please": the thing wanted, and a please
        return "request", offset
    return None, 0


#: Auxiliaries that open a yes/no question about a bare noun ("Are dogs
#: allowed.", "Does delivery cost extra."); not "can", "will" or "do", which
#: open statements with the subject dropped ("Can do Monday pm.", "Will call
#: tomorrow.") and polite orders ("Do pop in").
_BARE_SUBJECT_AUX: Final = frozenset({"is", "are", "does"})
#: Endings of a second word that is a dropped subject's predicate ("Is
#: broken again.", "Are arriving Friday.", "Is finally working."), not a noun.
_PREDICATE_ENDINGS: Final = ("ed", "ing", "en", "ly")
#: Predicates of a dropped subject that the lexicon weighs as topic words
#: ("Is fine by me.", "Are happy to wait.", "Is late again.").
_DROPPED_SUBJECT_PREDICATES: Final = frozenset(
    {
        *("fine", "happy", "busy", "late", "glad", "ready", "back", "due", "done", "free"),
        *("open", "closed", "available", "sure", "keen", "able", "unable", "unhappy", "pleased"),
        *("broke", "wrong", "right", "same", "different", "useless", "rubbish", "great", "good"),
    }
)


def _bare_subject(first: str, words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` open a yes/no question whose subject is a bare noun
    ("Is wifi available in the rooms.", "Are dogs allowed."): one of
    ``_BARE_SUBJECT_AUX``, then a word that is no function word, auxiliary
    or predicate and that the lexicon weighs as a topic, then more; "Is fine
    by me.", "Is broken again.", "Is gone now." and "Is what it is." are
    statements with their subject dropped."""
    if first not in _BARE_SUBJECT_AUX or len(words) < 3:
        return False
    second = words[1]
    return (
        second.isalpha()
        and second not in STOP_WORDS
        and second not in lexicon.auxiliaries
        and second not in _DROPPED_SUBJECT_PREDICATES
        and not second.endswith(_PREDICATE_ENDINGS)
        and lexicon.weight(second) > 0.0
    )


def _without_reasons(asks: list[Ask], text: str) -> list[Ask]:
    """``asks`` less the ones that only give the reason for the question
    next to them: a family want said right after a question ("can I switch
    to the family plan? My daughter wants her own account.") is why the
    customer asks it, and a chase (``chases_owed``) said right before one ("I
    still haven't received my student ID. What am I supposed to do?") is what
    the question is about. Either is kept when it adds to the question
    ("too", "also", "as well": "His mum wants a copy too."), when the want is
    for a paper we would hand over ("His mum wants a copy."), or when anything
    stands between the two ("Also, can I ...", "And ...": another ask, not the
    reason). A chase goes wherever it stands when the message asks when ("we
    still haven't got the photos. ... When will we get them?"): the question
    of when asks it, next to it or not; this drop comes first, so the pairs
    read after it are of the asks that are left."""
    if any(a.expects == "time" for a in asks):
        asks = [a for a in asks if a.expects == "time" or not chases_owed(a)]
    dropped: set[int] = set()
    for index, (first, second) in enumerate(pairwise(asks)):
        if text[first.end : second.start].strip():
            continue  # not next to each other
        said, then = first.text.lower(), second.text.lower()
        if (
            said.rstrip().endswith("?")
            and _THEIR_WANT.match(then)
            and not _ADDS_TOO.search(then)
            and not _PAPERS.search(then)
        ):
            dropped.add(index + 1)  # the want, said as the question's reason
        elif then.rstrip().endswith("?") and chases_owed(first):
            dropped.add(index)  # the chase, with the question about it next
    return [ask for index, ask in enumerate(asks) if index not in dropped]


#: An ask that adds to the one before it: "His mum wants a copy too".
_ADDS_TOO: Final = regexcache.compile(r"\b(?:too|also|as well|either)\b")
#: A paper we would hand over: wanted by the family, it is asked for, not a
#: reason ("Has it been written in your accident book? His mum wants a copy.").
_PAPERS: Final = regexcache.compile(
    r"\b(?:cop(?:y|ies)|receipts?|invoices?|letters?|certificates?|reports?|statements?"
    r"|records?|photos?|forms?|plans?)\b"
)


#: A thing still owed to the customer, chased as a fact (the ``request``
#: cues "I still haven't received", "we've still not had", after a
#: connector): a request to be sent it, answered only by a sentence that
#: sends it, does it or refuses it (answered.py).
_STILL_OWED: Final = regexcache.compile(
    r"(?:(?:and|also|but|so|plus)\s+)*(?:i|we)(?:'ve)?\s+still\s+"
    r"(?:haven't|have\s+not|not)\s+(?:had|received|got)\b"
)


def chases_owed(ask: Ask) -> bool:
    """Whether ``ask`` chases a thing still owed to the customer
    (``_STILL_OWED``: "I still haven't received my student ID")."""
    return _STILL_OWED.match(ask.text.lower()) is not None


#: Someone in the customer's family, or their accountant, wanting a thing
#: from us ("His mum wants a copy too", "my accountant would like the invoice
#: in the company's name"): a request, made for them. Wanting to do something
#: ("my son wants to learn the piano") is their plan, and no ask; a landlord,
#: employer or insurer wants things of the customer ("the landlord wants the
#: keys back"), not of us.
_WANTER: Final = (
    r"(?:mum|mom|dad|mother|father|wife|husband|partner|fianc[eé]e?|son|daughter|brother|sister"
    r"|nan|gran|grandma|grandad|accountant)"
    r"\s+(?:also\s+|really\s+)?(?:wants|would\s+like|'d\s+like|would\s+also\s+like)\s+"
    r"(?:a|an|the|his|her|their|our|my|copies|copy|it|them|one)\b"
)
_THEIR_WANT: Final = regexcache.compile(r"(?:(?:his|her|my|our|their)\s+)?" + _WANTER)
#: A worry that the customer will lose money or cover, told as a statement
#: ("I'm also worried the £1,500 deposit won't come back if the marquee isn't
#: needed", "I'm worried this won't be covered because she limped once",
#: "we're worried we'll lose the deposit"): it asks whether the money comes
#: back or the cover holds, a yes or no only the business can give. A worry
#: about anything else ("I'm worried about the anaesthetic", "we're a bit
#: worried they'll be cut off early", "I'm worried it won't fit") is the
#: background to what is asked, and asks nothing of its own.
_WORRY_OPEN: Final = (
    r"(?:i(?:'m|\s+am)|we(?:'re|\s+are))\s+"
    r"(?:(?:also|a\s+bit|a\s+little|really|quite|so|very|just|now|still|genuinely)\s+)*"
    r"(?:worried|concerned|afraid|scared|anxious|nervous)\s+(?:that\s+)?"
)
_WORRY: Final = regexcache.compile(
    _WORRY_OPEN + r"(?=(?:(?:the|my|our|this|that|it|i|we|they)\b"
    r"(?:[^.?!,;\n]|(?<=\d)[.,](?=\d)){0,40}?\s)?"
    r"(?:won't|will\s+not|wouldn't|would\s+not|might\s+not|may\s+not|isn't\s+going\s+to)\s+"
    r"(?:be\s+(?:covered|refunded|returned|repaid|paid\s+(?:back|out))\b|come\s+back\b"
    r"|get\s+(?:[a-z£$0-9,'-]+\s+){0,4}back\b)"
    r"|(?:i|we)(?:'ll|\s+will|\s+might|\s+may)\s+(?:lose|be\s+charged|have\s+to\s+pay|end\s+up\s+paying)\b)"
)
_WORRY_WORDS: Final = regexcache.compile(r"worried|concerned|afraid|scared|anxious|nervous")
#: The topic keys of a worry's own wording ("worried", the "wo" of "won't").
_WORRY_KEYS: Final = frozenset({"worry", "wo", "not", "n't"})
#: Whether ``_THEIR_WANT`` is anywhere in a text: its optional possessive
#: left off, which changes no answer to "is there one?" (a match without it
#: starts at the noun), and the pattern then opens with a word's first letter,
#: so a search skips to the letters its nouns open with instead of trying the
#: possessives and nouns at every character.
_THEIR_WANT_IN: Final = regexcache.compile(_WANTER)
#: A short clause that ends in "please" ("Money back please."): a request.
_TRAILING_PLEASE: Final = regexcache.compile(r"\s(?:please|pls|plz)\s*[.!]*\s*$")
_PLEASE_WORDS: Final = 6
_PLEASE_CHARS: Final = 60
_NOT_ASKING: Final = frozenset({"yes", "yeah", "no", "ok", "okay", "thanks", "thank", "cheers"})


#: A bare "please" or "kindly" before a learner's indirect question ("please,
#: i want know ..."); ``_POLITE_END`` bounds the request cue it can be.
_POLITE: Final = regexcache.compile(r"(?:please|pls|plz|kindly)[\s,]+")
_POLITE_END: Final = 7


#: A question that only points back at the request before it in the
#: sentence ("can you arrange that?", "is that possible?", "could you do this
#: for me?"), or at a problem told with "also" ("Also the new lock is stiff.
#: | Can someone come and sort it out?"): one ask with it, not a second.
_FOLLOW_UP: Final = regexcache.compile(
    r"(?:(?:and|so)\s+)?(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)\s+"
    r"(?:please\s+)?(?:come\s+(?:out\s+|round\s+|over\s+)?and\s+)?"
    r"(?:do|arrange|sort|organi[sz]e|manage|help\s+with|fix|repair|look\s+at)(?:\s+out)?"
    r"\s+(?:that|this|it|them)(?:\s+out)?(?:\s+(?:for\s+(?:me|us)|please))?"
    r"|is\s+(?:that|this|it)\s+(?:possible|ok|okay|doable|an\s+option|something\s+you\s+can\s+do)"
    r")\s*[?!.]*"
)


#: A condition and the yes/no question it leads into: an auxiliary, then a
#: pronoun subject, within a few words of the "if".
_CONDITIONED: Final = regexcache.compile(
    r"if\s+(?:[a-z0-9'-]+\s+){1,8}?(will|would|can|could|do|does|should|shall|may|is|are)"
    r"\s+(?:i|we|you|it|they|he|she|there)\s"
)


#: Past participles that are not "-ed" forms of a request verb.
_PARTICIPLES: Final = {"sent": "send", "done": "do", "taken": "take", "given": "give"}


def _wants_done(words: list[str], lexicon: Lexicon) -> bool:
    """Whether the words after "I need" name a thing and then a request verb
    done to it ("one of the payments reversed", "my name corrected"), not a
    need of the customer's own ("to travel on Friday", "a bigger size"). A
    thing of the customer's own ("my", "our") takes any participle after it
    ("my birth certificate translated", "our boiler serviced"), unless a
    clause of its own comes between ("my parcel that arrived damaged")."""
    if words[:1] and words[0] in _NEED_ADVERBS:
        words = words[1:]
    if not words or words[0] == "to":
        return False
    verbs = lexicon.request_stems
    owned = words[0] in _OWNED
    for word in words[1:]:
        if word in ("to", "because", "as", "so", "but", "and", "if"):
            return False
        if word in _CLAUSE_OPENERS:
            owned = False
        # "re-issued", "re-sent": the work done again is the same request
        word = word.removeprefix("re-")
        base = _PARTICIPLES.get(word)
        if base is None and word.endswith("ed"):
            base = word
        if base is not None and (owned or lexicon.stem_of(base) in verbs):
            return True
    return False


#: Past participles of work done to a thing that are not "-ed" forms
#: ("I need her shod", "I need it made up by Friday").
_DONE_IRREGULAR: Final = frozenset(
    {
        "shod",
        "made",
        "cut",
        "built",
        "sewn",
        "set",
        "put",
        "paid",
        "shown",
        "drawn",
        "written",
        "redone",
    }
)


def _needed_by(words: list[str]) -> bool:
    """Whether the words after "I need" name a thing, work done to it and a
    deadline ("her shod before the 14th", "the design finalised before I fly
    out"): the customer asks for the work by then, whoever the thing belongs
    to. Without a date after "by" the words name who does it, not when ("the
    form signed by my GP")."""
    if words[:1] and words[0] in _NEED_ADVERBS:
        words = words[1:]
    if not words or words[0] == "to":
        return False
    for at, word in enumerate(words[1:5], start=1):
        if word in ("to", "because", "as", "so", "but", "and", "if"):
            return False
        if not (word.endswith("ed") or word in _PARTICIPLES or word in _DONE_IRREGULAR):
            continue
        return _deadline_at(words, at + 1) if at + 1 < len(words) else False
    return False


#: A word opening the sentence before "I need" ("Now I need ...", "So we need ...").
_LEAD_INS: Final = frozenset({"now", "so", "and", "also", "then", "plus", "additionally", "next"})
#: The subjects of a need for work done to a thing ("I need", "we'd need").
_NEEDERS: Final = frozenset({"i", "we", "i'd", "we'd"})
#: An adverb between "need" and its thing ("I need also my ...").
_NEED_ADVERBS: Final = frozenset({"also", "still", "really", "just", "urgently"})
#: Determiners of the customer's own thing.
_OWNED: Final = frozenset({"my", "our"})
#: Words opening a clause of its own inside the thing ("that arrived", "I ordered").
_CLAUSE_OPENERS: Final = frozenset(
    {"that", "which", "who", "i", "we", "you", "it", "they", "was", "were", "is"}
)
_NEED_WORD: Final = regexcache.compile(r"\bneed\b")


#: A want cue's last word and the infinitive after it ("I want | to repaint
#: the hall", "I'm hoping to | get it"): group 1 is the verb, group 2 the word after it.
_WANT_TO: Final = regexcache.compile(
    r"(?<=want|anna|like|love|efer)\s+to\s+([a-z]+)(?:\s+([a-z]+))?"
    r"|(?<=hoping to)\s+([a-z]+)(?:\s+([a-z]+))?"
)


def _plan(head: str, cue_end: int, lexicon: Lexicon) -> bool:
    """Whether a want cue is followed by an infinitive of the customer's own
    doing ("I want to repaint the hall first", "We want to get rid of an old
    car"), not of something the business does or gives (the ``wanted_acts``
    list: "I'd like to cancel", "I want to know", "I'd like to be refunded")."""
    match = _WANT_TO.match(head, cue_end)
    if match is None:
        # "I want the suit to fit properly", "I want the bike in good shape":
        # how a thing should end up, the reason for what they ask
        return bool(_WANT_STATE.match(head, cue_end))
    verb = match.group(1) or match.group(3)
    after = match.group(2) or match.group(4) or ""
    if verb == "be":
        # "to be refunded", "to be put on the list": done by the business
        return not (after.endswith("ed") or after in _PARTICIPLES or after in _BE_DONE)
    if verb == "make":
        # "make sure I have the money", not "make a complaint"; but making
        # sure something never happens again asks the business to prevent it
        # ("I also want to make sure I never get that driver again")
        return after == "sure" and _NOT_AGAIN.match(head, match.end()) is None
    if verb == "get" and after in ("a", "an"):
        return False  # "get a refund", "get a quote"
    if verb in ("send", "bring") and _BACK.match(head, match.end(1)):
        return False  # "I want to send it back": a return, not a plan
    if verb == "move" and after in _MOVE_HOME:
        # "I'd like to move home then", "we want to move house in May": the
        # customer's own move, not moving a booking ("I'd like to move my
        # appointment")
        return True
    return lexicon.stem_of(verb) not in lexicon.wanted_stems


#: What a "make sure" goes on to keep from happening again ("| I never get
#: that driver again", "| I'm not charged again next year").
_NOT_AGAIN: Final = regexcache.compile(
    r"(?:\s+[\w'-]+){0,4}?\s+(?:never\b|(?:not|n't)\b(?:\s+[\w'-]+){0,4}?\s+again\b)"
)


#: What a want "to move" names when the customer moves themselves, not a
#: booking or a thing of ours ("I'd like to move | home then").
_MOVE_HOME: Final = frozenset({"home", "house", "abroad", "away", "country"})


#: "back" within the next few words ("send | it back", "bring | the sofa back").
_BACK: Final = regexcache.compile(r"(?:\s+[\w'-]+){0,3}?\s+back\b")


#: A want for a thing's state rather than an act ("I want | the suit to fit
#: properly", "I want | the bike in good shape before then").
_WANT_STATE: Final = regexcache.compile(
    r"(?<=want|like|love)\s+(?:(?:the|my|our|his|her|their|this|everything)\b(?:\s+[\w'-]+){0,3}?|them|it|both)\s+"
    r"(?:to\s+(?:fit|look|work|last|run|feel|stay|match|go\s+well)\b"
    r"|in\s+(?:good|working|perfect|great|decent|top|better|full)\s+(?:shape|condition|order|nick|health)\b)"
)
#: Participles after "to be" that do not end in -ed ("to be sent", "to be put back").
_BE_DONE: Final = frozenset(
    {"sent", "put", "given", "taken", "paid", "seen", "told", "kept", "shown"}
)


#: "Please find" (or "kindly find") opening a clause: it hands over a document
#: ("Please find attached my receipt") only when the clause says so
#: (``_HANDED_OVER``); "Please find it or pay for a replacement" asks us to look.
_PLEASE_FIND: Final = regexcache.compile(r"(?:please|kindly)\s+find\b")
#: "Please don't ..." is no request when it pleads ("Please don't make me
#: wait again", "please don't tell me to restart it"), but asking us to stop
#: sending or contacting ("P.S. Please don't send me any more marketing
#: emails", "please do not call us again") is one: an act the business must
#: take (not a preference alone: "Please don't call me at work").
_PLEASE_STOP: Final = regexcache.compile(
    r"(?:please|kindly)\s+(?:don't|dont|do\s+not)\s+(?:send|email|e-mail|text|call|ring|phone"
    r"|contact|post|mail|message)\s+(?:me|us)\b[^.?!\n]*?\b(?:any\s*more|again|further|another)\b"
)
_HANDED_OVER: Final = regexcache.compile(
    r"\b(?:attach\w*|enclos\w*|below|above|herewith|here|following|includ\w*)\b"
)
#: How far into a clause "attached" or "below" is looked for.
_HANDED_LOOK: Final = 120


def _not_a_request(head: str, lexicon: Lexicon) -> bool:
    pattern = lexicon.pattern("start:not_request")
    if pattern is None or not pattern.match(head) or _PLEASE_STOP.match(head):
        return False
    return _PLEASE_FIND.match(head) is None or bool(_HANDED_OVER.search(head, 0, _HANDED_LOOK))


#: Verbs after which a clause's first word is its subject, not an order
#: ("Email is fine", "Return was refused").
_COPULAS: Final = frozenset(
    {
        *("is", "was", "are", "were", "has", "had", "isn't", "wasn't", "hasn't"),
        *("will", "would", "won't", "should", "seems", "looks"),
    }
)


#: Words after a request verb that make it an order even before "is"
#: ("Send me what is owed", "Tell us which is right").
_OBJECT_WORDS: Final = frozenset(
    {"me", "us", "it", "them", "my", "our", "the", "a", "an", "what", "which"}
)


def _imperative(head: str, words: list[str]) -> bool:
    """A request verb opening a clause reads as an order to the agent unless a
    subject or a comma follows it ("Look, I ..."; "Send I did"), or a verb
    that makes it a noun subject ("Email is fine")."""
    if len(words) < 2:
        return False
    after = head[len(words[0]) :].lstrip()
    return (
        not after.startswith(",")
        and (words[1] not in _PRONOUNS or words[1] == "it")
        and words[1] not in _COPULAS
        # "Call centre has the worst service": a compound noun subject
        and (len(words) < 3 or words[2] not in _COPULAS or words[1] in _OBJECT_WORDS)
    )


def _classify(
    words: Callable[[], Words],
    text: str,
    segment: _Segment,
    lexicon: Lexicon,
    context: Callable[[], list[Topic]],
) -> Ask | None:
    piece = segment.text
    question_mark = "?" in piece[-6:] and not _QUERY_STRING.match(text, segment.end - 1)
    fragment = segment.cued == "fragment"
    cued = "request" if segment.cued in ("need", "plan") else None if fragment else segment.cued
    if cued is None and not question_mark and not fragment:
        return None
    if words().holds(lexicon.venting, segment.start, segment.end):
        return None
    if question_mark and _exclaimed(piece):
        return None
    offset = segment.offset if segment.offset >= 0 else _strip_connectors(piece, lexicon)
    if cued in ("yes-no", "question") and _DOUBTING.match(piece, offset):
        return None
    if cued == "question" and "?" not in piece and _SIGH.match(piece, offset):
        return None
    if cued == "question" and _SO_HARD.match(piece, offset):
        return None
    start = segment.start + offset
    end = segment.end
    kind = "request" if cued == "request" else "question"
    # a polite frame ("I should be most grateful if you could | tell me how
    # much ...") is no part of what is asked: the answer type is read after it
    frame = _frame(piece, offset) if cued == "indirect" else None
    asked_at = frame.end() if frame is not None else offset
    expects = _expects(piece[asked_at:], cued, lexicon)
    if cued == "request" and _EXPLANATION.search(piece, offset, offset + 60):
        expects = "reason"  # "I want an explanation for the increase": why it went up
    elif cued is None and expects == "info" and _TIME_NAMED.search(piece):
        expects = "time"  # "doors time?", "collection date?": a time, asked by naming it
    elif cued == "request" and _ONLY_FREE.match(piece, offset):
        expects = "time"  # "I can only come in after 5": a time that fits, or a no
    framed = cued in ("request", "indirect")
    core_end = _core_end(piece, offset, segment.start, end, expects, framed)
    framed_only = False
    topic = words().topic(start, core_end)
    if (
        cued == "indirect"
        and topic
        and (
            _CONFIRM.match(piece, offset)
            or _WH_CLAUSE.match(piece, _SKIP.match(piece, segment.cue_end).end())  # type: ignore[union-attr]
        )
    ):
        # "Please confirm my repayments will stop", "Can you explain | what the
        # extra 420 is for?": the cue ("please confirm", "can you explain")
        # frames the question; what it names weighs as background, so an
        # answer need not repeat it ("I can confirm ..." still counts). "Can
        # you explain the charge?" asks for the explanation itself.
        asked = words().topic(segment.start + segment.cue_end, core_end)
        if asked:
            topic = {k: w if k in asked else w * BACKGROUND for k, w in topic.items()}
        elif _EMBEDDED.match(piece, offset) is not None:
            # "Looking forward to hearing whether the part is in": the frame's
            # words ("forward", "hear") are how it is asked; the question
            # names nothing, and stands for the message as "I'd like to know
            # whether the part is in" does
            topic = {}
            framed_only = True
    if not topic and not framed_only:
        topic = words().topic(start, end)
    if cued == "yes-no" and _WORRY_WORDS.search(piece, offset, offset + 40):
        worry = _WORRY.match(piece, offset)
        if worry is not None:
            # "I'm worried I won't get my deposit back": the worry and the
            # negation are how it is put, the deposit coming back is what is
            # asked ("Your deposit comes back to your card" answers it)
            said = words().topic(segment.start + worry.end(), core_end)
            topic = {k: w for k, w in said.items() if k not in _WORRY_KEYS} or topic
    if expects == "time" and topic:
        # "How much longer will this take?", "how far in advance does that
        # need to be done?": the cue's words ask for the time, and name no
        # topic (no price, no "advance") that an answer must repeat
        cue = _cue_span(piece[offset:], lexicon, expects)
        if cue is not None:
            said = words().topic(start + cue[0], start + cue[1])
            topic = {k: w for k, w in topic.items() if k not in said}
    unwanted = (
        _NOT_WANTED.search(piece, offset, core_end - segment.start)
        if any(word in piece for word in _NOT_WANTED_WORDS)
        else None
    )
    if unwanted is not None and kind == "request":
        # "I want a new one please, not money back", "pick it up from my
        # office instead of home": what the customer turns down is not what
        # they ask for, so a sentence about it ("the refund", "your home
        # address") is no answer
        wanted = words().topic(start, segment.start + unwanted.start())
        refused = words().topic(segment.start + unwanted.end(), core_end)
        kept = {k: w for k, w in topic.items() if k in wanted or k not in refused}
        if kept:
            topic = kept
    # only the ask proper points back: "it" in a trailing reason ("will I be
    # charged again, because it's the same fault") is not what is asked about
    points_back = bool(_POINTER.search(piece, offset, max(core_end - segment.start, offset + 1)))
    # No topic of its own: it stands for the whole problem ("Can you help?")
    # unless it points back at something ("Could you tell me if they're back?")
    # or asks a specific wh-question ("What do we need to do?").
    # The other side of a choice ("Is there a setting to fix this, | or do I
    # need to come in?") is an ask of its own however thin its words.
    either = piece.startswith("or ") and offset > 0
    # "What's gone wrong?", "What's happening?": a contracted question word
    # with nothing of its own asks after the whole problem, as before the
    # contractions opened questions (they are there to split "What's the fee,
    # and when do nets start?")
    wh_question = cued == "question" and _CONTRACTED_WH.match(piece, offset) is None
    specific = points_back or wh_question or either
    weight = sum(topic.values())
    # a request whose only word is a weak one ("Can you check?") is a call for help
    thin = not topic or (weight < 1.0 and kind == "request")
    generic = (
        # "Let me know which, because I'm not paying £55 a month for this":
        # what it asks is before the reason; "Let me know, Ellie": a sign-off
        _is_generic(
            _without_name(text, segment.start, piece[offset : core_end - segment.start]), lexicon
        )
        or _ends_asking_help(piece)
        or (thin and expects in ("yes-no", "action", "info", "method") and not specific)
    )
    refers_back = weight <= 1.0 and points_back
    core = topic
    borrowed = thin or generic
    if borrowed or refers_back:
        lent: Topic = {}
        for earlier in context():
            for key, weight in earlier.items():
                lent[key] = max(lent.get(key, 0.0), weight)
        topic = {**lent, **topic}
    if cued == "yes-no":
        predicate = _predicate(piece[offset:], lexicon)
    elif cued == "question" and _HOW_DO.match(piece, offset):
        # "How do I add my wife as a driver?" <- "I'll add her today"
        predicate = _predicate(piece[offset + 4 :], lexicon)
    elif cued == "request":
        # an order's own verb is its predicate ("Refund the extra one"), not
        # the thing it names after the verb
        verb = _WORD.match(piece, offset)
        imperative = verb is not None and verb.group(0) in lexicon.request_verbs
        at = offset if imperative else max(offset, segment.cue_end)
        # "Please can you | send me the receipt": the modal and "you" after
        # a "please" cue are no predicate ("can you send me" reads as
        # "send me", as it does without the "please")
        modal = _MODAL_YOU.match(piece, at)
        if modal is not None:
            at = modal.end()
        predicate = _predicate(piece[at:], lexicon, request=True)
    else:
        predicate = _NO_PREDICATE
    if predicate.keys and predicate.keys[-1] in PERMISSION and points_back and not borrowed:
        # "Is that allowed mid-year?": what "that" is comes from before it
        lent = {}
        for earlier in context():
            lent.update(earlier)
        topic = {**lent, **topic}
    return Ask(
        text[start:end],
        start,
        end,
        kind,
        expects,
        topic,
        generic,
        borrowed,
        core,
        predicate.keys,
        predicate.takes_object,
        predicate.linking,
        predicate.subject,
        _alternatives(words(), piece, offset, segment.start, end, lexicon),
        focus=_focus(piece[asked_at:], lexicon) if expects == "info" else frozenset(),
        instance=bool(
            _INSTANCE.match(piece, offset)
            or _OWN_THING.match(piece, offset)
            or _INDIRECT_OWN.search(piece, max(offset, 0))
        ),
        either=either,
        offered=(
            _offered(piece[offset:], lexicon) if cued in ("yes-no", "request") else frozenset()
        ),
        head=_head(text[start:end], lexicon) if expects == "time" else frozenset(),
        complement=(
            _complement(words(), start, core_end, topic)
            if expects == "yes-no" and not (borrowed or refers_back) and " or " not in piece
            else ""
        ),
    )


#: What a request turns down beside what it asks for ("a new one, not money
#: back", "emailed rather than posted", "my office instead of home").
#: A bare "not" inside a clause ("why it's not working") turns nothing down.
_NOT_WANTED: Final = regexcache.compile(r"(?:,\s*not|\s+instead\s+of|\s+rather\s+than)\s+")
#: A word every ``_NOT_WANTED`` match holds: most asks hold none of them, and
#: skip the search (the pattern is not case-blind, so ``piece`` is read as is).
_NOT_WANTED_WORDS: Final = ("not", "instead", "rather")

#: Where the head of a when-question ends: its first preposition ("When is
#: the balance due | for our villa booking?").
_HEAD_END: Final = regexcache.compile(
    r"\b(?:for|of|on|at|in|into|with|from|about|after|before|by|under|during|than)\b"
)


#: A when-question that asks the date of a thing ("When is the balance due?",
#: "When's the tasting?"), not of an act still to be done ("When will it be
#: fixed?", which a visit booked for Friday answers in other words).
_WHEN_IS: Final = regexcache.compile(r"\bwhen(?:'s|\s+(?:is|are|was|were)\b)")


def _head(text: str, lexicon: Lexicon) -> frozenset[str]:
    """The concepts a when-question about a thing's date asks the time of
    (``Ask.head``; ``_WHEN_IS``): those of its words before the first
    preposition ("When is the balance due for our villa booking?": funds).
    Empty for other questions, and when those words name nothing."""
    folded = fold(text)
    if _WHEN_IS.search(folded) is None:
        return frozenset()
    cut = _HEAD_END.search(folded)
    piece = folded[: cut.start()] if cut is not None else folded
    return frozenset(k for k, w in Words(piece, lexicon).topic(0, len(piece)).items() if w >= 1.0)


#: A question word contracted with "is" ("what's", "whats", "when's").
_CONTRACTED_WH: Final = regexcache.compile(r"(?:what|wot|wat|when|where|how)(?:'s|s)\b")

#: A question asked only by naming a time ("doors time?", "collection date?").
_TIME_NAMED: Final = regexcache.compile(r"\b(?:time|times|date)\W*$")

#: The only times the customer can make, said as a fact ("I can only come in
#: after 5", "we're only free at weekends"; the ``request`` cues): what they
#: ask for is a time that fits round them.
_ONLY_FREE: Final = regexcache.compile(
    r"(?:i|we)(?:'m|'re|\s+am|\s+are|\s+can)\s+only\s+"
    r"(?:do|come|make|manage|get|be|free|available|around|home)\b"
)

#: A "?" that opens a URL's query string ("I'm passing ?key=..."), not a
#: question's end: a key and "=" follow it at once.
_QUERY_STRING: Final = regexcache.compile(r"\?[\w\-.]*=")

#: The customer's own things: a "?!" question about them is still asked
#: ("Where is my parcel?!").
_OWN: Final = regexcache.compile(r"\b(?:my|our|mine|ours)\b")


def _exclaimed(piece: str) -> bool:
    """A question shouted as an exclamation ("R you kidding me?!", "How hard
    is it to deliver to the right house?!", "isn't charging for double
    meat?!"): venting or wonder, not a question to answer, unless it is about
    the customer's own thing ("Where is my refund?!")."""
    tail = piece[len(piece.rstrip("?!")) :]
    return "!" in tail and "?" in tail and _OWN.search(piece) is None


@dataclass(frozen=True)
class _Predicate:
    """What ``_predicate`` reads off an ask (see the ``Ask`` fields of the same names)."""

    keys: tuple[str, ...] = ()
    takes_object: bool = False
    linking: bool = False
    subject: str = ""


_NO_PREDICATE: Final = _Predicate()


#: A modal and "you" after a request's cue ("Please | could you | email me
#: the invoice"): the request's verb comes after them.
_MODAL_YOU: Final = regexcache.compile(
    r"\s*(?:can|could|will|would)\s+you\s+(?:please\s+)?", re.IGNORECASE
)


def _predicate(head: str, lexicon: Lexicon, *, request: bool = False) -> _Predicate:
    """A yes/no question's predicate after its auxiliary and subject, or a
    request's after its cue ("Can you | reset my password"); see
    ``Ask.predicate``. Permission words stay as they are; other words become
    concept keys (see ``Lexicon.concept``)."""
    words = _WORD.findall(head[:80])
    subject = ""
    if request:
        at = 0
    elif len(words) < 3:
        return _NO_PREDICATE
    elif words[1] in _SUBJECT_WORDS:
        at = 2
    elif words[1] in _DETERMINERS:
        at = 3  # "Will my premium go up?": one noun
        if len(words) > 4 and words[3] not in STOP_WORDS and words[4] in _AFTER_COMPOUND:
            at = 4  # "Will my no-claims bonus be affected?": a two-word noun
        subject = lexicon.concept(words[at - 1])
    else:
        return _NO_PREDICATE
    chain: list[str] = []
    rest = words[at : at + 8]
    if request and len(rest) >= 2 and rest[0] in ("a", "an"):
        # "Can I get | a refund for ...": the thing asked for stands for the verb
        rest = rest[1:2]
    following = ""  # the word after the predicate's last word
    linking = False
    keys: list[str] = []
    for index, word in enumerate(rest):
        if word in _ADVERBS or word == "to":
            continue
        # (a set difference built per word cost more than the whole test)
        if (word in STOP_WORDS and word not in _LINKS) or word in _DETERMINERS:
            break
        chain.append(word)
        # a phrasal verb is its phrase's concept ("pick up" is "collect")
        phrase = lexicon.phrase_at(rest[index : index + 3])
        keys.append(
            phrase if phrase is not None else word if word in PERMISSION else lexicon.concept(word)
        )
        following = rest[index + 1] if index + 1 < len(rest) else ""
        if following in _RECIPIENTS and index + 2 < len(rest) and rest[index + 2] in _OBJECTS:
            # "send me the feeding record", "give us a refund": the object
            # comes after the one it goes to
            following = rest[index + 2]
        linking = word in _LINKS and not (word not in ("be", "been") and following in _OBJECTS)
        if not linking or word in PERMISSION or len(chain) >= 4:
            break  # a content verb, or "need her own seat": a linking verb with an object
    if not chain or (linking and len(chain) < 2):
        return _NO_PREDICATE
    return _Predicate(
        keys=tuple(keys),
        takes_object=not linking and following in _OBJECTS,
        linking=linking,
        subject=subject,
    )


#: "Do you stock ...", "Does your clinic offer ...", "Can you supply ...":
#: a question whether the business has or provides a thing, whatever verb
#: the answer uses ("We keep ...", "We can supply ..."); so is one whether it
#: sees to a task for the customer ("do you handle the grant paperwork?" <-
#: "We complete and submit the grant claim on your behalf").
_OFFER_QUESTION: Final = regexcache.compile(
    r"(?:do|does|can|could)\s+(?:you|your\s+[a-z]+)\s+(?:also\s+)?"
    r"(?:stock|sell|provide|offer|supply|do|have|carry|keep|hire\s+out|hire|run|accept|take"
    r"|handle|arrange|organise|organize|deal\s+with|sort\s+out|look\s+after|take\s+care\s+of)\s+"
    r"(?:any\s+|the\s+|a\s+|an\s+|some\s+)?([^?.!,]{2,60})"
)
#: Where the thing asked for ends ("a student discount | on gym membership").
_OBJECT_END: Final = regexcache.compile(
    r"\s(?:for|on|in|at|to|from|with|by|if|when|that|which|or|and)\s"
)


def _offered(head: str, lexicon: Lexicon) -> frozenset[str]:
    """The full-weight concepts of the thing a question about the business's
    offer asks for (see ``Ask.offered``); empty for other questions."""
    match = _OFFER_QUESTION.match(head)
    if match is None:
        return frozenset()
    thing = match.group(1)
    cut = _OBJECT_END.search(" " + thing + " ")
    if cut is not None:
        thing = thing[: max(cut.start() - 1, 0)]
    found = []
    for word in WORD.findall(thing):
        entry = lexicon.topic_key(word)
        if entry is not None and entry[1] >= 1.0:
            found.append(entry[0])
    return frozenset(found)


#: Words that may sit between "what" and the thing asked for.
_FOCUS_SKIP: Final = frozenset(
    {"is", "are", "was", "were", "'s", "the", "my", "your", "our", "their"}
)
_FOCUS_OPENERS: Final = frozenset({"what", "what's", "whats", "which"})


def _focus(head: str, lexicon: Lexicon) -> frozenset[str]:
    """The full-weight concepts of the noun phrase a "what/which" question
    asks for (see ``Ask.focus``): the words after "what is the" up to the
    first function word ("what the baggage allowance is on the Porto
    flight": baggage, allowance). Empty when there is none."""
    words = WORD.findall(head[:100])  # split as topics are ("cut-off": cut, off)
    at = next((i for i, w in enumerate(words[:8]) if w in _FOCUS_OPENERS), None)
    if at is None:
        return frozenset()
    found: list[str] = []
    for word in words[at + 1 : at + 8]:
        if word in _FOCUS_SKIP and not found:
            continue
        if word in STOP_WORDS or len(found) >= 3:
            break
        entry = lexicon.topic_key(word)
        if entry is not None and entry[1] >= 1.0:
            found.append(entry[0])
    return frozenset(found)


#: A question after a fact of the customer's own case (see ``Ask.instance``).
#: "When will it be emptied?", "Where are they now?", "When will my refund
#: come?": a when/where question about the customer's own thing, named or
#: pointed at, which a policy said of everyone does not answer.
_OWN_THING: Final = regexcache.compile(
    r"(?:when|where)\s+(?:will|is|are|was|were|can|could|should|would|do|does|did)"
    r"\s+(?:it|they|them|he|she|my|our)\b"
    # "When can your surveyor come out?", "When could you fit it?": when we
    # will act for this customer, which our working days do not say
    r"|when\s+(?:can|could|will|would)\s+(?:you|your)\b"
)
_INSTANCE: Final = regexcache.compile(
    r"(?:why\s+)?(?:has|have|had|is|are|was|were|will|did|does|do|hasn't|haven't|isn't"
    r"|aren't|wasn't|weren't|won't|didn't|doesn't|don't)\s+(?:my|our|i|we|me)\b"
)
#: The same asked indirectly: "I want to know if my passport is already
#: sent back", "Could you tell me whether our deposit has been returned?":
#: a fact of the customer's own thing, named with "my"/"our" (not "if my son
#: can join", which asks leave a rule may give).
_INDIRECT_OWN: Final = regexcache.compile(
    r"\b(?:know|ask|asking|check|wonder|wondering|tell\s+me|tell\s+us|confirm|find\s+out)"
    r"\s+(?:if|whether)\s+(?:my|our)\s+(?:[\w'\u00a3.,-]+\s+){0,4}?"
    r"(?:has|have|had|is|are|was|were|will|did|does|do|hasn't|haven't|isn't"
    r"|aren't|wasn't|weren't|won't|didn't|doesn't|don't)\b"
)
#: A condition or time clause after a question's main clause ("Will I get my
#: deposit back | if I cancel the venue?"): the complement is before it.
_SUBORDINATE: Final = regexcache.compile(r"\s(?:if|when|once|unless|after|before|while|in case)\s")
#: "Is there a ...", "Will there be any ...": what the question asks about
#: comes first ("Will there be a fee for moving my broadband?": the fee).
_EXISTENTIAL: Final = regexcache.compile(r"(?:is|are|was|were|will|would|could|might)\s+there\s")


def _complement(words: Words, start: int, end: int, topic: Topic) -> str:
    """The last full-weight concept of ``topic`` named in ``[start, end)``,
    or the first after an existential "is there" (see ``Ask.complement``);
    empty when there is none."""
    clause = _SUBORDINATE.search(words.folded, start, end)
    first, last = words.range(start, clause.start() if clause else end)
    order = range(last - 1, first - 1, -1)
    if _EXISTENTIAL.match(words.folded, start):
        order = range(first, last)
    for index in order:
        for key, weight in words.topic(words.starts[index], words.end_of(index)).items():
            if weight >= 1.0 and topic.get(key, 0.0) >= 1.0:
                return key
    return ""


def _alternatives(
    words: Words, piece: str, offset: int, base: int, end: int, lexicon: Lexicon
) -> tuple[Topic, ...]:
    """The topics of an ask's alternatives when each is a clause of its own
    ("send the missing items or refund them", "do I cancel it or does it
    transfer"), not values to choose from ("fixed or variable")."""
    at = piece.find(" or ", offset)
    if at < 0:
        return ()
    parts = []
    lo = base + offset
    while at >= 0:
        after = _WORD.findall(piece[at + 4 : at + 40])
        if not after or not (
            after[0] in lexicon.request_verbs
            or (after[0] in lexicon.auxiliaries and len(after) >= 2)
        ):
            return ()
        parts.append((lo, base + at))
        lo = base + at + 4
        at = piece.find(" or ", at + 4)
    parts.append((lo, end))
    topics = tuple(words.topic(a, b) for a, b in parts)
    if any(sum(t.values()) < 1.0 for t in topics):
        return ()
    return topics


#: A trailing "for as long as" clause ("I want the charge taken off | until
#: it's been looked at", "whether the rent will be reduced | while it's being
#: fixed"): how long the customer wants it, not what they ask. Read so only
#: after a request or an indirect cue; in a direct question it is what is
#: asked ("Is there a workaround until it's fixed?").
_DURATION: Final = regexcache.compile(
    r"\s(?:until|till|while)\s+(?:it|it's|they|they're|this|that)\s"
)


def _core_end(
    piece: str, offset: int, base: int, end: int, expects: str = "", framed: bool = False
) -> int:
    """Where the ask proper ends: before a trailing reason or aside ("..., I've
    found a cheaper one", "... because I paid for legroom"), which the span
    keeps but the topic leaves out. ``framed``: a request or an indirect
    question, whose trailing duration is an aside too (``_DURATION``)."""
    match = _ASIDE.search(piece, offset + 1)
    if framed:
        duration = _DURATION.search(piece, offset + 1)
        if duration and (match is None or duration.start() < match.start()):
            match = duration
    if expects == "reason":
        # "Why has it gone up when I haven't claimed?": the contrast is an aside
        contrast = _CONTRAST.search(piece, offset + 1)
        if contrast and (match is None or contrast.start() < match.start()):
            match = contrast
    return base + match.start() if match else end


#: A problem told in one run-on sentence that ends by asking for help ("...
#: makes my iPhone very slow and doesn't work properly can you help me?").
_ENDS_ASKING_HELP: Final = regexcache.compile(
    r"\s(?:can|could|would|will)\s+(?:you|someone|anyone|somebody|anybody)\s+"
    r"(?:please\s+)?help(?:\s+(?:me|us))?(?:\s+(?:please|pls))?[\s?!.]*$"
)


def _ends_asking_help(piece: str) -> bool:
    """Whether a folded clause tells a problem and ends by asking for help:
    the help is what is asked, so it stands for the whole problem as a bare
    "Can you help?" does, and any substantive reply answers it."""
    tail = piece.rstrip(" ?!.")
    return tail.endswith(_HELP_ENDINGS) and _ENDS_ASKING_HELP.search(piece) is not None


_HELP_ENDINGS: Final = ("help", " me", " us", "please", "pls")


#: A name the customer signs with after a comma ("Let me know, Ellie").
_SIGNED: Final = regexcache.compile(r",\s+[A-Z][a-z]+[.!]?\s*$")


def _without_name(text: str, base: int, head: str) -> str:
    """``head`` (folded, from ``base`` on in ``text``, the text as written)
    without a trailing ", <Name>" the customer signs with."""
    end = base + len(head)
    match = _SIGNED.search(text, max(base, end - 40), end)
    return head[: match.start() - base] if match else head


#: Where the reason after an ask for a reply begins: a comma or a "because".
_REASON: Final = regexcache.compile(r",|\s(?:as|because|since|cos|coz)\s")


def _is_generic(head: str, lexicon: Lexicon) -> bool:
    """A generic ask ("please help", "let me know asap") is one of the listed
    phrases, give or take filler words after it."""
    pattern = lexicon.pattern("start:generic")
    match = pattern.match(head) if pattern is not None else None
    if not match:
        return False
    tail = head[match.end() :]
    reply = lexicon.pattern("start:reply")
    if reply is not None and reply.match(head):
        # "Please reply quickly, my phone battery is at 15%": why the reply is
        # wanted soon gives the ask for the reply itself no topic
        tail = _REASON.split(tail, maxsplit=1)[0]
    rest = _WORD.findall(tail)
    return all(
        lexicon.weight(word) == 0.0 or word in lexicon.filler or word in STOP_WORDS for word in rest
    )


#: A proposal put as a question ("Perhaps my wife might use it for her
#: shopping trips?", "Maybe you could send a new one?"): a yes or a no answers it.
_TENTATIVE: Final = regexcache.compile(
    r"(?:(?:otherwise|or|and|if\s+not)[,\s]+)?(?:perhaps|maybe)[,\s]+(?:[a-z']+\s+){1,3}?"
    r"(?:could|might|can|may|would|will)\s"
)


#: A request for a figure rather than a deed ("Could you give us a quote",
#: "please send me an estimate", "and a turnaround time?"): a price or a
#: length of time answers it, as the question for it would.
_VALUE_REQUESTED: Final = regexcache.compile(
    r"(?:(?:could|can|would|will)\s+you\s+)?(?:please\s+)?"
    r"(?:(?:give|send|email|provide|quote)\s+(?:me|us)\s+)?(?:and\s+)?(?:a|an|your)\s+"
    r"(?:rough\s+|ballpark\s+|written\s+|full\s+)?"
    r"(?:(?P<money>quote|quotation|estimate|price)|(?P<time>turnaround|timeframe|lead\s+time))\b"
)


def _expects(head: str, cued: str | None, lexicon: Lexicon) -> str:
    """The answer type a question calls for (see module doc, step 6)."""
    if cued == "request":
        value = _VALUE_REQUESTED.match(head)
        if value is not None:
            return "money" if value.group("money") else "time"
        return "action"
    if cued is None and _TENTATIVE.match(head):
        return "yes-no"  # "Perhaps my wife might use it instead?"
    best: tuple[int, int, str] | None = None
    first = lexicon.expects_any.search(head) if lexicon.expects_any is not None else None
    if first is not None:
        # the earliest cue of any type starts here, so each type's earliest
        # cue either starts here too or loses: try each type only here
        at = first.start()
        for pattern, answer_type in lexicon.expects:
            match = pattern.match(head, at)
            if match:
                key = (at, -(match.end() - at), answer_type)
                if best is None or key < best:
                    best = key
    if best is not None and best[2] == "person" and best[0] > 0:
        opening = _WORD.findall(head[:12])[:1]
        if opening and opening[0] in lexicon.question_words and opening[0] not in _PERSON_WORDS:
            # "What do you get for a man who loves his garden?": a relative
            # "who" inside another wh-question does not ask for a person
            best = _earliest_cue(head, lexicon, skip="person")
    if cued is None and best is not None and best[0] > 0:
        words = _WORD.findall(head[:20])
        if words and words[0] in lexicon.auxiliaries and words[0] not in _HAVE:
            # "Can Bella bring her bed when she stays with you?": an auxiliary
            # opens it, so the "when" is a clause of a yes/no question
            cued = "yes-no"
    if cued == "yes-no":
        if best is not None and best[2] == "method" and best[0] < 12:
            return "method"
        return "yes-no"
    if best is not None and (cued != "indirect" or best[0] < 40):
        if best[2] == "money" and (
            _HOW_MUCH_THING.match(head, best[0]) or _HOW_MUCH_PORTION.match(head, best[0])
        ):
            return "number"  # "How much notice do I need to give?": an amount, not money
        return best[2]
    if cued == "indirect" and (re.search(r"\b(?:if|whether)\b", head) or _CONFIRM.match(head)):
        # "Could you confirm my booking for Friday?" asks for a yes or a done action
        return "yes-no"
    return "info"


#: The question words that ask for a person.
_PERSON_WORDS: Final = frozenset({"who", "whom", "whose"})


def _earliest_cue(head: str, lexicon: Lexicon, skip: str) -> tuple[int, int, str] | None:
    """The earliest (then longest) answer-type cue in ``head`` of any type
    but ``skip``, keyed as ``_expects`` keys it."""
    best: tuple[int, int, str] | None = None
    for pattern, answer_type in lexicon.expects:
        if answer_type == skip:
            continue
        match = pattern.search(head)
        if match is not None:
            key = (match.start(), -(match.end() - match.start()), answer_type)
            if best is None or key < best:
                best = key
    return best


def _cue_span(head: str, lexicon: Lexicon, expects: str) -> tuple[int, int] | None:
    """Where the earliest (then longest) answer-type cue of type ``expects``
    sits in ``head`` ("how far in advance", "how much longer"), as
    ``_expects`` reads it; None when there is none."""
    best: tuple[int, int] | None = None
    for pattern, answer_type in lexicon.expects:
        if answer_type != expects:
            continue
        match = pattern.search(head)
        if match is not None and (
            best is None or (match.start(), -match.end()) < (best[0], -best[1])
        ):
            best = (match.start(), match.end())
    return best


def _without_overlaps(asks: list[Ask]) -> list[Ask]:
    kept: list[Ask] = []
    for ask in sorted(asks, key=lambda a: (a.start, -a.end)):
        if kept and ask.start < kept[-1].end:
            continue
        kept.append(ask)
    return kept
