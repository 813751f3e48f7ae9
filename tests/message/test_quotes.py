"""Finding the customer's quoted message: the ``own`` and ``quoted`` views."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck.message import quotes, read_bytes, read_text
from replycheck.message.quotes import quote_views

FIXTURES = Path(__file__).parent / "fixtures"


def words(view: str | None) -> str:
    return " ".join(view.split()) if view is not None else ""


GMAIL_TOP = """\
Hi Dana,

Your lamp shipped today and should arrive by Friday.

Best,
Sam

On Mon, Jan 8, 2024 at 10:15 AM Dana Reyes <dana.reyes@example.com> wrote:

> Where is my lamp? I ordered it on January 2nd.
>
> Dana
"""

GMAIL_WRAPPED = """\
Hi Dana, it shipped.

On Mon, Jan 8, 2024 at 10:15 AM Dana Reyes <dana.reyes@example.com>
wrote:

> Where is my lamp?
"""

OUTLOOK = """\
Hello Mr. Reyes,

We have issued a refund for the damaged lamp.

Kind regards,
Priya

-----Original Message-----
From: Dana Reyes <dana@example.com>
Sent: Monday, January 8, 2024 10:15 AM
To: Support <support@lumen.example>
Subject: Broken lamp

Hi,
The lamp arrived broken. Can I get a refund?
Dana
"""

OUTLOOK_UNDERSCORES = """\
Hi Dana,

Thanks for your patience.

Sam

________________________________
From: Dana Reyes <dana@example.com>
Sent: Monday, January 8, 2024 10:15 AM
To: Support
Subject: RE: order

When will it ship?
"""

OUTLOOK_HEADERS_ONLY = """\
It shipped today.

From: Dana Reyes <dana@example.com>
Sent: Monday, January 8, 2024 10:15 AM
To: Support
Subject: order

When will it ship?
"""

APPLE_MAIL = """\
Good morning Sam,

Yes, we can swap the size.

Warm wishes,
Alex

> On Jan 5, 2024, at 9:12 AM, Sam Lee <sam@example.com> wrote:
>\x20
> Can I exchange the shoes for a size 10?
>\x20
> Sent from my iPhone
"""

BOTTOM_POSTED = """\
On Mon, Jan 8, 2024 at 10:15 AM Dana <dana@example.com> wrote:
> Where is my order?
> > On Sun, Jan 7, 2024 at 9:00 AM Bob <bob@example.com> wrote:
> > Older thread.

Hi Dana,

It shipped yesterday.

Cheers
Tom
"""

QUOTED_OUTLOOK_BLOCK = """\
Hi Dana, see below.

> -----Original Message-----
> From: Dana <d@example.com>
> Sent: Monday
> To: Support
> Subject: order
>
> Where is it?
"""

APPLE_FORWARD = """\
Thanks, forwarding to the team.

Begin forwarded message:

From: Dana <d@example.com>
Subject: order
Date: January 8, 2024

Where is it?
"""

INTERLEAVED = """\
Hi Dana,

> Where is my order?
It shipped yesterday.

> Can I change the address?
>> nested older text
Yes, I updated it.

Talk soon,
Tom
"""

NESTED_NO_ATTRIBUTION = """\
Hi Jess,

Yes, we can assemble it.

Ravi

> Can you assemble it too?
>
> Jess
>
> > Your wardrobe comes on Saturday.
> >
> > > When will it be delivered?
"""

HTML_LEFTOVERS = """\
Hi Sam,

Yes, come at 10am.

Hannah

&gt; From: Sam &lt;sam@example.com&gt;<br>
&gt; Sent: Tuesday, March 10, 2026 7:55 AM<br>
&gt; Subject: Biscuit<br>
&gt;<br>
&gt; Hi,&nbsp;Can we come tomorrow?<br>
&gt; Sam<br>
"""

RE_ASKED = """\
Hi Dana,

Yes, refunded.

Sam

> Still no answer to this:
>
> > Can I get a refund?
>
> Dana
"""

CUSTOMER_BOTTOM_POSTED = """\
Hi Mark,

Go to Settings.

Amira

> > Could you tell us when the card arrives?
>
> It came, thanks. How do I log in?
>
> Mark
"""

WROTE_ON = """\
Hi Sam,

It shipped.

Kim

Sam Lee wrote on 03.03.2026 at 09:12:

Where is my order?

Sam
"""

OUTLOOK_BOTTOM_POSTED = """\
From: Helen <helen@example.com>
Sent: 10 March 2026 08:03
Subject: Booking

Can we bring our dog?

Helen

---

Hi Helen,

Dogs are welcome.

Mandy
"""

OUTLOOK_BOTTOM_POSTED_GREETING = """\
-----Original Message-----
From: Helen <helen@example.com>
Sent: 10 March 2026 08:03
Subject: Booking

Hi Mandy,

Can we bring our dog?

Hello, is there parking too?

Helen

Hi Helen,

Dogs are welcome.

Mandy
"""


@pytest.mark.parametrize(
    ("text", "own", "quoted"),
    [
        (
            GMAIL_TOP,
            "Hi Dana, Your lamp shipped today and should arrive by Friday. Best, Sam",
            "Where is my lamp? I ordered it on January 2nd. Dana",
        ),
        (GMAIL_WRAPPED, "Hi Dana, it shipped.", "Where is my lamp?"),
        (
            OUTLOOK,
            "Hello Mr. Reyes, We have issued a refund for the damaged lamp. Kind regards, Priya",
            "Hi, The lamp arrived broken. Can I get a refund? Dana",
        ),
        (OUTLOOK_UNDERSCORES, "Hi Dana, Thanks for your patience. Sam", "When will it ship?"),
        (OUTLOOK_HEADERS_ONLY, "It shipped today.", "When will it ship?"),
        (
            APPLE_MAIL,
            "Good morning Sam, Yes, we can swap the size. Warm wishes, Alex",
            "Can I exchange the shoes for a size 10? Sent from my iPhone",
        ),
        # the older thread below the nested attribution is history, not Dana's words
        (BOTTOM_POSTED, "Hi Dana, It shipped yesterday. Cheers Tom", "Where is my order?"),
        (
            INTERLEAVED,
            "Hi Dana, It shipped yesterday. Yes, I updated it. Talk soon, Tom",
            "Where is my order? Can I change the address?",
        ),
        # no attribution left above the older exchange: its depth says it is history
        (
            NESTED_NO_ATTRIBUTION,
            "Hi Jess, Yes, we can assemble it. Ravi",
            "Can you assemble it too? Jess",
        ),
        # HTML leftovers in a plain-text draft: "&gt;" quotes, "<br>" and "&nbsp;" are spaces
        (HTML_LEFTOVERS, "Hi Sam, Yes, come at 10am. Hannah", "Hi, Can we come tomorrow? Sam"),
        # the customer quotes their own older question, after a colon, to ask it again
        (
            RE_ASKED,
            "Hi Dana, Yes, refunded. Sam",
            "Still no answer to this: Can I get a refund? Dana",
        ),
        # the customer answers below our older reply, quoted one level deeper
        (
            CUSTOMER_BOTTOM_POSTED,
            "Hi Mark, Go to Settings. Amira",
            "It came, thanks. How do I log in? Mark",
        ),
        # a helpdesk's attribution with the date after "wrote", and no ">" marks
        (WROTE_ON, "Hi Sam, It shipped. Kim", "Where is my order? Sam"),
        # an Outlook block opening the draft, the reply below a separator line
        (OUTLOOK_BOTTOM_POSTED, "Hi Helen, Dogs are welcome. Mandy", "Can we bring our dog? Helen"),
        # ... or below the agent's greeting, after the customer's own greeting
        # and a line that opens with a salutation but asks
        (
            OUTLOOK_BOTTOM_POSTED_GREETING,
            "Hi Helen, Dogs are welcome. Mandy",
            "Hi Mandy, Can we bring our dog? Hello, is there parking too? Helen",
        ),
        (QUOTED_OUTLOOK_BLOCK, "Hi Dana, see below.", "Where is it?"),
        (APPLE_FORWARD, "Thanks, forwarding to the team.", "Where is it?"),
    ],
    ids=[
        "gmail",
        "gmail-wrapped-attribution",
        "outlook-original-message",
        "outlook-underscores",
        "outlook-headers",
        "apple-mail",
        "bottom-posted",
        "interleaved",
        "nested-without-attribution",
        "html-leftovers",
        "re-asked-below-a-colon",
        "customer-bottom-posted",
        "wrote-on-date",
        "outlook-bottom-posted",
        "outlook-bottom-posted-under-greeting",
        "outlook-block-inside-quote",
        "apple-mail-forward",
    ],
)
def test_views_split_agent_words_from_quoted_customer_words(text, own, quoted):
    own_view, quoted_view = quote_views(text)
    assert words(own_view) == own
    assert words(quoted_view) == quoted


def test_text_without_quotes_has_no_quoted_view_and_is_its_own_view():
    text = "Hi Dana,\n\nNote: it shipped.\nFrom now on we ship faster.\n\nBest,\nSam\n"
    assert quote_views(text) == (text, None)


def test_only_a_quote_leaves_the_own_view_blank():
    own, quoted = quote_views("> Where is my order?\n> Dana")
    assert own.strip() == ""
    assert words(quoted) == "Where is my order? Dana"


def test_attribution_without_quoted_words_gives_no_quoted_view():
    own, quoted = quote_views("Thanks!\n\nOn Mon, Jan 8, 2024, Dana <d@example.com> wrote:\n>\n")
    assert words(own) == "Thanks!"
    assert quoted is None


def test_crlf_text_keeps_its_line_breaks_in_both_views():
    text = GMAIL_TOP.replace("\n", "\r\n")
    own, quoted = quote_views(text)
    assert words(own) == words(quote_views(GMAIL_TOP)[0])
    assert words(quoted) == words(quote_views(GMAIL_TOP)[1])
    assert [i for i, c in enumerate(own) if c in "\r\n"] == [
        i for i, c in enumerate(text) if c in "\r\n"
    ]


def test_an_intro_in_the_agents_words_is_only_a_quote_when_it_is_one():
    text = "Hi Dana,\nOn Monday we wrote to you about the delay.\nBest,\nSam"
    assert quote_views(text) == (text, None)


@pytest.mark.parametrize(
    ("headers", "quoted"),
    [
        # The message starts on the line after the last field.
        ("From: Nadia Ali\nSent: 4 June 2025 09:12\n", "Could you confirm the date? Nadia"),
        # Fields Outlook adds, and an address list wrapped over two lines, stay headers.
        (
            "From: Nadia\nSent: Monday\nTo: a@example.com;\nb@example.com\n"
            "Importance: High\nSubject: Completion\n",
            "Could you confirm the date? Nadia",
        ),
        (
            "From: Nadia\nSent: Monday\nTo: a@example.com,\n  b@example.com\n",
            "Could you confirm the date? Nadia",
        ),
    ],
    ids=["bare", "extra-fields", "indented-wrap"],
)
def test_a_header_block_without_a_blank_line_ends_at_the_message(headers, quoted):
    text = "Dear Ms Ali,\nThe contract is attached.\nJames\n\n-----Original Message-----\n"
    text += headers + "Could you confirm the date?\nNadia\n"
    own, found = quote_views(text)
    assert words(own) == "Dear Ms Ali, The contract is attached. James"
    assert words(found) == quoted


def test_a_quoted_header_block_without_a_blank_line_is_not_the_customers_words():
    text = "Yes, it is settled.\n\n> From: Olu\n> Subject: Remittance\n> Is it settled?\n"
    assert words(quote_views(text)[1]) == "Is it settled?"


# Degenerate inputs (a line every three characters) get a looser bound that
# still catches anything worse than linear; see test_regions.py.
@pytest.mark.parametrize(
    ("text", "budget"),
    [
        (
            ("Hi Dana,\n\n" + "Your order shipped today and should arrive soon. " * 20 + "\n\n")
            * 1000,
            1.0,
        ),
        ("> quoted line about the order\nanswer line: yes\n" * 25_000, 1.0),
        ("2024/1/1 " + " <@" * 330_000 + ":", 1.0),
        ("On " + "a" * 1_000_000 + " wrote:", 1.0),
        ("x:\n" * 350_000, 3.0),
    ],
    ids=["prose", "interleaved", "long-date-line", "long-attribution", "colon-lines"],
)
def test_one_megabyte_drafts_take_well_under_a_second(text, budget, cpu_seconds):
    assert cpu_seconds(quote_views, text) < budget
    own, _ = quote_views(text)
    assert len(own) == len(text)


# --- properties --------------------------------------------------------------

PIECES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "\n",
            "\r\n",
            "\r",
            "> ",
            ">> ",
            "> > ",
            "On Mon, Jan 8, 2024 at 10:15 AM Dana <d@example.com> wrote:\n",
            "On Mon, Jan 8, 2024 at 10:15 AM Dana <d@example.com>\nwrote:\n",
            "-----Original Message-----\n",
            "________________________________\n",
            "From: Dana <d@example.com>\n",
            "Sent: Monday\n",
            "To: Support\n",
            "Subject: order\n",
            "Hi Dana,\n",
            "Best,\nSam\n",
            "😊",
            " ",
        ]
    ),
)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(PIECES, max_size=20))
def test_views_keep_every_offset_of_the_text(parts):
    text = "".join(parts)
    own, quoted = quote_views(text)
    views = [own] if quoted is None else [own, quoted]
    for view in views:
        assert len(view) == len(text)
        for index, char in enumerate(view):
            if text[index] in "\r\n" or char != " ":
                # (the quoted view runs a line the mail client wrapped on)
                assert char == text[index] or (view is quoted and text[index] == "\n")
    if quoted is not None:
        assert quoted.strip()
        for index, (a, b) in enumerate(zip(own, quoted, strict=True)):
            if text[index] not in "\r\n" and not text[index].isspace():
                assert a == " " or b == " ", f"offset {index} kept by both views"


# --- HTML replies, read as their same-length layout --------------------------

OUTLOOK_HTML = """\
<html><body><div>Hi Dana,</div><div><br></div><div>It shipped today.</div>
<div>Best,<br>Sam</div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">
<b>From:</b> Dana Reyes &lt;dana@example.com&gt;<br><b>Sent:</b> Monday, January 8, 2024<br>
<b>To:</b> Support &lt;support@example.com&gt;<br><b>Subject:</b> order</font>
<div>&nbsp;</div></div><div><div>When will it ship?</div><div>Thanks, Dana</div></div>
</body></html>
"""


def test_outlook_html_reply_is_split_after_rendering():
    own, quoted = quote_views(read_text(OUTLOOK_HTML))
    assert words(own) == "Hi Dana, It shipped today. Best, Sam"
    assert words(quoted) == "When will it ship? Thanks, Dana"


def test_gmail_html_blockquote_is_split_after_rendering():
    text = read_bytes((FIXTURES / "html_only.eml").read_bytes(), "html_only.eml")
    own, quoted = quote_views(text)
    # a closing "</b>" or "</a>" right before the full stop leaves no space:
    # the layout moves the full stop left against the word (issue 2)
    assert words(own) == (
        "Hi Dana, Your lamp shipped today & should arrive by Friday. Track it here. Best, Sam"
    )
    assert words(quoted) == "Where is my lamp? I ordered it on January 2nd."


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(PIECES, max_size=20))
def test_the_no_quote_shortcut_agrees_with_the_full_passes(parts):
    text = "".join(parts)
    expected = quote_views(text)
    saved = quotes.may_quote
    quotes.may_quote = lambda text: True  # always take the full passes
    try:
        assert quotes.quote_views(text) == expected
    finally:
        quotes.may_quote = saved


#: The one alternation ``may_quote`` splits into three patterns for speed.
_ONE_PATTERN = re.compile(
    r"\r(?!\n)|^[ \t]{0,3}>|[:\-_>][ \t]*\r?$|^[ \t]{0,8}\*{0,2}(?:from|von|de)\*{0,2}[ \t]{0,3}:",
    re.MULTILINE | re.IGNORECASE,
)


@settings(max_examples=500, deadline=None)
@given(
    parts=st.lists(
        PIECES | st.sampled_from(["\r", ":", ">", " - ", "_", "FROM:", " de :"]), max_size=20
    )
)
def test_may_quote_agrees_with_the_one_pattern(parts):
    text = "".join(parts)
    assert quotes.may_quote(text) == (_ONE_PATTERN.search(text) is not None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thanks, all sorted.", False),
        ("Your order ships today.\nBest, Sam", False),
        ("Done.\rThanks", True),  # a lone carriage return
        ("> where is it?", True),
        ("On Monday, Sam wrote:", True),
        ("Thanks -\n", True),
        ("  **From:** Sam", True),
        ("Call 10:30 tomorrow", False),  # a colon inside a line quotes nothing
        ("a > b", False),  # ">" not at a line's start
    ],
)
def test_may_quote_examples(text, expected):
    assert quotes.may_quote(text) is expected


# The thread's history inside the quote: what a nested attribution or header
# block introduces, below the customer's own words, is not the message to answer.
NESTED_HISTORY = """\
Hi Chinedu,

Your name is corrected.

On 6 Mar 2025, at 19:21, Chinedu <c@example.com> wrote:
> The reference is SKY7QP. Will I need to pay the fee?
>
>> On 6 Mar 2025, at 11:02, Support <help@example.com> wrote:
>> Could you send us your booking reference?
>>
>>> On 5 Mar 2025, Chinedu wrote:
>>> Can you fix my surname?
"""

INLINE_BELOW_HISTORY = """\
Hi,

On Mon, Jan 8, 2024 at 10:15 AM Dana <dana@example.com> wrote:
> Can you also add a bag?
>
> On Sun, Jan 7, 2024 at 9:00 AM Shop <help@shop.com> wrote:
>> Could you send the ref?
> Yes, AB12. And when do I get the refund?
"""

OUTLOOK_NESTED_HISTORY = """\
Hi Dana,
Done.

From: Dana <d@example.com>
Sent: Monday
To: Support
Subject: Re: order

Thanks. Can I also change the address?

From: Support <s@example.com>
Sent: Sunday
To: Dana
Subject: order

Do you want a refund or a swap?
"""

FORWARDED_NOTICE = """\
It will arrive tomorrow.

On 14 Mar 2025, at 10:22, Ahmed <a@example.com> wrote:

> Where is my parcel?
>
> Begin forwarded message:
>
>> From: Parcels <tracking@example.com>
>> Subject: Your parcel is on its way
>>
>> Need to change your delivery? Reply to this email.
"""

AGENT_WRITES_AGAIN = """\
On Mon, Jan 8, 2024 at 10:15 AM Dana <d@example.com> wrote:
> Q1?
> On Sun, Jan 7, 2024 at 9:00 AM Shop <s@example.com> wrote:
>> Older.

Answer one.

On Mon, Jan 8, 2024 at 11:15 AM Dana <d@example.com> wrote:
> Q2?
"""


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (NESTED_HISTORY, "The reference is SKY7QP. Will I need to pay the fee?"),
        (INLINE_BELOW_HISTORY, "Can you also add a bag? Yes, AB12. And when do I get the refund?"),
        (OUTLOOK_NESTED_HISTORY, "Thanks. Can I also change the address?"),
        (FORWARDED_NOTICE, "Where is my parcel?"),
        (AGENT_WRITES_AGAIN, "Q1? Q2?"),
        # an intro that opens the quote introduces the customer's words themselves
        (QUOTED_OUTLOOK_BLOCK, "Where is it?"),
    ],
    ids=[
        "nested-gmail",
        "inline-answer-kept",
        "outlook",
        "forwarded-notice",
        "agent-again",
        "opens",
    ],
)
def test_the_threads_history_below_the_customers_words_is_not_quoted(text, quoted):
    own, found = quote_views(text)
    assert words(found) == quoted
    for older in ("Could you send", "Can you fix", "Do you want", "Need to change", "Older"):
        assert older not in own  # history is in neither view


def _history_one_intro_at_a_time(contents, kinds, depths, nested):
    """The first form of pass 4, kept as the reference: each intro scans down
    to where the agent writes again (quadratic on a long nested thread)."""
    count = len(contents)
    for start, end in reversed(nested):
        above = start - 1
        while above >= 0 and (kinds[above] == quotes._META or not contents[above].strip()):
            above -= 1
        if above < 0 or kinds[above] != quotes._QUOTED:
            continue
        first = end
        while first < count and not contents[first].strip():
            first += 1
        if first >= count or kinds[first] != quotes._QUOTED:
            continue
        depth = depths.get(first, 0)
        if depth < depths.get(start, 0):
            continue
        for index in range(first, count):
            if kinds[index] == quotes._OWN and contents[index].strip():
                break
            if kinds[index] == quotes._QUOTED and depths.get(index, 0) >= depth:
                kinds[index] = quotes._META


_THREAD_LINES = [
    "",
    "Thanks, sorted.",
    "> Where is my parcel?",
    ">",
    "> > Could you check order 12?",
    "> > > Older still.",
    "> On Mon, 3 Mar 2025 at 10:15, Ann <a@b.com> wrote:",
    "> > On Sun, 2 Mar 2025, Shop <s@x.com> wrote:",
    "On Tue, 4 Mar 2025 at 09:00, Ann <a@b.com> wrote:",
    "> From: Support <s@x.com>\n> Sent: Monday\n> To: Ann\n> Subject: Re: order",
    "> > From: Ann <a@b.com>\n> > Sent: Sunday\n> > To: Support\n> > Subject: order",
    "> Yes, AB12. And when is the refund due?",
    "> Begin forwarded message:",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_THREAD_LINES), min_size=1, max_size=40))
def test_history_in_one_pass_matches_one_intro_at_a_time(lines):
    text = "\n".join(lines) + "\n"
    swept = quote_views(text)
    original = quotes._mark_history
    quotes._mark_history = _history_one_intro_at_a_time
    try:
        reference = quote_views(text)
    finally:
        quotes._mark_history = original
    assert swept == reference


def test_a_long_nested_thread_is_read_in_linear_time():
    def thread(blocks: int) -> str:
        parts = ["Thanks, sorted.\n\n> Where is my parcel?\n>\n"]
        for i in range(blocks):
            parts.append(
                f"> > On Mon, 3 Mar 2025 at 10:{i % 60:02d}, Ann <a@b.com> wrote:\n"
                f"> > Can you check order {i}?\n> >\n"
                "> From: Support <s@x.com>\n> Sent: Monday\n> To: Ann\n"
                f"> Subject: Re: order {i}\n>\n> > It is on its way.\n>\n"
            )
        return "".join(parts)

    found = words(quote_views(thread(2000))[1])
    assert found == "Where is my parcel?"
    # the work is counted, not timed: pass 4 visits each line a bounded number of times
    calls = []
    original = quotes._mark_history

    def counting(contents, kinds, depths, nested):
        calls.append((len(contents), len(nested)))
        return original(contents, kinds, depths, nested)

    quotes._mark_history = counting
    try:
        quote_views(thread(400))
    finally:
        quotes._mark_history = original
    assert calls and calls[0][1] > 400  # one call for all the intros, not one per intro


WRAPPED = (
    "Thanks, done.\n\nOn Wed, 2 Dec 2026, Sam Hill wrote:\n"
    "> My parcel has been stuck at the depot for ten long days now, so how\n"
    "> do I get it back? The tracking said it would arrive on the 28th of\n"
    "> 11 different places\n"
)


def test_a_line_the_mail_client_wrapped_runs_on_in_the_quoted_view():
    own, quoted = quote_views(WRAPPED)
    assert quoted is not None
    assert len(quoted) == len(WRAPPED)
    assert "so how   do I get it back?" in quoted  # the wrap and marker are spaces
    assert "on the 28th of   11 different" in quoted  # a number that is no list item
    assert own.count("\n") == WRAPPED.count("\n")


@pytest.mark.parametrize(
    "lines",
    [
        # short lines are the writer's own breaks: a list
        "> parcel never came\n> where is it now?\n",
        # a line ending its sentence
        "> My parcel has been stuck at the depot for ten days now, as usual.\n> where is it?\n",
        # a capital opens a new line the writer began
        "> My parcel has been stuck at the depot for ten days now, as usual\n> Where is it?\n",
        # the next word would have fitted on the line: the writer broke it
        "> My parcel has been stuck at the depot for ten days now\n"
        "> where is it now, and will you refund the postage if it is lost for good?\n",
        # a numbered item after a long line
        "> There are two things I need from you before the move next week\n> 1. the key\n",
    ],
)
def test_a_line_break_the_writer_made_stays_in_the_quoted_view(lines):
    text = "Thanks.\n\nOn Wed, 2 Dec 2026, Sam Hill wrote:\n" + lines
    _own, quoted = quote_views(text)
    assert quoted is not None
    assert quoted.count("\n") == text.count("\n")
