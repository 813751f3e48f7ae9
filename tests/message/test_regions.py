"""Regions of a draft: greeting, body, paragraphs, closing, sign-off, signature."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from replycheck.message import Message, Region, parse_message


def span(message: Message, region: Region | None) -> str | None:
    return None if region is None else message.text[region.start : region.end]


def regions(text: str) -> dict[str, object]:
    message = parse_message(text)
    return {
        "greeting": span(message, message.greeting),
        "body": span(message, message.body),
        "paragraphs": [span(message, p) for p in message.paragraphs],
        "closing": span(message, message.closing),
        "signoff": span(message, message.signoff),
        "signature": span(message, message.signature),
    }


FULL = """\
Hi Dana,

Thanks for letting us know about the lamp. I've issued a full refund today.

It should reach your card within 3-5 business days.

Kind regards,
Priya Shah
Customer Care | Lumen Home
+1 555 0100
"""


def test_a_full_reply_has_every_region():
    assert regions(FULL) == {
        "greeting": "Hi Dana,",
        "body": "Thanks for letting us know about the lamp. I've issued a full refund today.\n\n"
        "It should reach your card within 3-5 business days.",
        "paragraphs": [
            "Thanks for letting us know about the lamp. I've issued a full refund today.",
            "It should reach your card within 3-5 business days.",
        ],
        "closing": "It should reach your card within 3-5 business days.",
        "signoff": "Kind regards,",
        "signature": "Priya Shah\nCustomer Care | Lumen Home\n+1 555 0100",
    }


@pytest.mark.parametrize(
    ("first_line", "greeting"),
    [
        ("Hi Dana,", "Hi Dana,"),
        ("Dear Mr. Reyes,", "Dear Mr. Reyes,"),
        ("Hello there!", "Hello there!"),
        ("Good morning Sam,", "Good morning Sam,"),
        ("Hey 😊 Dana!", "Hey 😊 Dana!"),
        ("Hi Dana", "Hi Dana"),
        ("Hi Dana, thanks for writing in.", "Hi Dana,"),
        ("To whom it may concern:", "To whom it may concern:"),
        ("Dear customer, you will be charged.", "Dear customer,"),
        ("Hello again, Sam!", "Hello again,"),
    ],
)
def test_greeting_is_the_salutation_on_the_first_line(first_line, greeting):
    assert regions(f"{first_line}\n\nYour order shipped today.\n")["greeting"] == greeting


@pytest.mark.parametrize(
    "first_line",
    [
        "Thanks for contacting us.",
        "Your order shipped today.",
        "Hello from our new store in town.",
        "Highlights of your order are below.",
        "Hello you must pay NOW!!!",
        "Hi you need to call us",
    ],
)
def test_first_lines_that_are_not_salutations_are_body(first_line):
    result = regions(f"{first_line}\n\nIt arrives Friday.\n")
    assert result["greeting"] is None
    assert result["body"].startswith(first_line)


@pytest.mark.parametrize(
    "signoff",
    [
        "Best,",
        "Kind regards,",
        "Thanks,",
        "Many thanks",
        "Cheers",
        "Sincerely,",
        "Warm wishes",
        "Talk soon",
        "All the best",
        "Thank you!",
        "Best regards,",
        "With apologies,",
        "With sincere apologies,",
        "With apologies and thanks,",
    ],
)
def test_signoff_lines_near_the_end(signoff):
    result = regions(f"Hi Dana,\n\nYour order shipped today.\n\n{signoff}\nTom\n")
    assert result["signoff"] == signoff
    assert result["signature"] == "Tom"
    assert result["body"] == "Your order shipped today."


def test_signoff_on_the_same_line_as_the_name():
    result = regions("Hi Dana,\n\nIt shipped today.\n\nBest, Tom\n")
    assert result["signoff"] == "Best,"
    assert result["signature"] == "Tom"
    assert result["body"] == "It shipped today."


def test_a_thanks_sentence_is_the_closing_not_the_signoff():
    text = "Hi Dana,\n\nIt shipped today.\n\nThanks again for your patience.\n\nBest,\nTom\n"
    result = regions(text)
    assert result["closing"] == "Thanks again for your patience."
    assert result["signoff"] == "Best,"


def test_thanks_followed_by_lowercase_words_is_not_a_signoff():
    result = regions("Hi Dana,\n\nIt shipped today.\nThanks, that was all.\n")
    assert result["signoff"] is None
    assert result["closing"] == "Thanks, that was all."


def test_a_thanks_line_above_prose_is_not_a_signoff():
    text = "Hi Dana,\nThanks!\nYour order shipped today. It arrives by Friday.\nLet me know if not."
    result = regions(text)
    assert result["signoff"] is None
    assert result["signature"] is None
    assert result["body"].startswith("Thanks!\nYour order")


def test_single_paragraph_closing_is_its_last_sentence():
    result = regions("Hi Dana,\n\nIt shipped today! Sorry again for the delay.\n\nBest,\nTom")
    assert result["paragraphs"] == ["It shipped today! Sorry again for the delay."]
    assert result["closing"] == "Sorry again for the delay."


def test_single_sentence_body_is_its_own_closing():
    assert regions("Your order shipped today.")["closing"] == "Your order shipped today."


def test_no_greeting_and_no_signoff():
    result = regions("Your order shipped.\n\nIt arrives Friday.")
    assert result["greeting"] is None
    assert result["signoff"] is None
    assert result["signature"] is None
    assert result["paragraphs"] == ["Your order shipped.", "It arrives Friday."]
    assert result["closing"] == "It arrives Friday."


def test_a_lone_thanks_is_the_body_not_a_signoff():
    result = regions("Thanks!")
    assert result["signoff"] is None
    assert result["body"] == "Thanks!"


def test_dash_dash_delimiter_starts_the_signature():
    result = regions("Hi Dana,\n\nIt shipped today.\n\n-- \nTom Baker\nSupport Lead\n")
    assert result["signoff"] is None
    assert result["signature"] == "Tom Baker\nSupport Lead"
    assert result["body"] == "It shipped today."


def test_name_after_a_last_sentence_is_a_signature_without_signoff():
    result = regions(
        "Dear customer,\nWe are sorry. Please wait.\nThanks again for your patience.\nTom"
    )
    assert result["signature"] == "Tom"
    assert result["closing"] == "Thanks again for your patience."


@pytest.mark.parametrize(
    "valediction",
    [
        "Have a lovely trip,",
        "Sorry for the disruption,",
        "With my sincere apologies once again for spoiling such an important evening,",
        "With apologies again and thanks,",
    ],
)
def test_free_form_valediction_is_the_closing_and_the_name_lines_the_signature(valediction):
    text = f"Hi Owen,\n\nYour seat is 14A.\n\n{valediction}\nOwen Price\nSkyline Airways"
    result = regions(text)
    assert result["signoff"] is None
    assert result["closing"] == valediction
    assert result["signature"] == "Owen Price\nSkyline Airways"


def test_regions_ignore_the_quoted_customer_message():
    text = (
        "Hi Dana,\n\nIt shipped today.\n\nBest,\nSam\n\n"
        "On Mon, Jan 8, 2024 at 10:15 AM Dana <dana@example.com> wrote:\n"
        "> Hi,\n> Where is my order?\n> Thanks,\n> Dana\n"
    )
    result = regions(text)
    assert result["greeting"] == "Hi Dana,"
    assert result["signoff"] == "Best,"
    assert result["signature"] == "Sam"
    assert result["closing"] == "It shipped today."


def test_bottom_posted_reply_regions_come_after_the_quote():
    text = (
        "On Mon, Jan 8, 2024 at 10:15 AM Dana <dana@example.com> wrote:\n"
        "> Where is my order?\n\nHi Dana,\n\nIt shipped.\n\nCheers\nTom\n"
    )
    result = regions(text)
    assert result["greeting"] == "Hi Dana,"
    assert result["closing"] == "It shipped."
    assert result["signoff"] == "Cheers"


def test_interleaved_answers_are_separate_paragraphs():
    text = "Hi Dana,\n> Where is it?\nIt shipped.\n> Can I change it?\nYes.\nTalk soon,\nTom"
    result = regions(text)
    assert result["paragraphs"] == ["It shipped.", "Yes."]
    assert result["closing"] == "Yes."


def test_only_a_quote_has_no_regions():
    message = parse_message("> Where is my order?\n> Dana\n")
    assert message.greeting is message.closing is message.signoff is message.signature is None
    assert message.paragraphs == ()
    assert message.body.start == message.body.end


def test_crlf_text_gives_the_same_regions():
    assert regions(FULL.replace("\n", "\r\n"))["paragraphs"] == regions(FULL)["paragraphs"]
    assert regions(FULL.replace("\n", "\r\n"))["signature"] == (
        "Priya Shah\r\nCustomer Care | Lumen Home\r\n+1 555 0100"
    )


# Parsing is linear: a 1 MB draft takes about ten times as long as a 100 KB
# draft of the same shape, for realistic drafts and degenerate ones (a
# paragraph or a line every two characters) alike. Both are timed back to back
# in CPU time of this process with the collector paused (see cpu_seconds in
# conftest.py), so a slow or busy machine does not flake, while anything
# quadratic (a hundred times as long) fails.
SHAPES = {
    "prose": lambda n: (
        ("Hi Dana,\n\n" + "Your order shipped today and should arrive soon. " * 20 + "\n\n")
        * (n // 1000)
    ),
    "one-word": lambda n: "Hi Dana,\n" + "a" * n + "\nBest,\nTom",
    "interleaved": lambda n: "> quoted line about the order\nanswer line: yes\n" * (n // 40),
    "dots": lambda n: "." * n,
    "lines": lambda n: "a\n" * (n // 2),
    "paragraphs": lambda n: "a\n\n" * (n // 3),
    "newlines": lambda n: "\n" * n,
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_one_megabyte_parses_in_linear_time(shape, cpu_seconds):
    def seconds(size: int) -> float:
        return cpu_seconds(parse_message, SHAPES[shape](size))

    small = min(seconds(100_000) for _ in range(3))
    large = min(seconds(1_000_000) for _ in range(2))
    assert large < 1.0 or large < 25 * small, (small, large)


# --- properties --------------------------------------------------------------

PIECES = st.one_of(
    st.text(max_size=25),
    st.sampled_from(
        [
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "> ",
            ">> ",
            "Hi Dana,\n",
            "Dear Mr. Reyes,",
            "Best,\n",
            "Best, Tom",
            "Kind regards,\nPriya\n",
            "Thanks again for your patience.",
            "-- \n",
            "On Mon, Jan 8, 2024, Dana <d@example.com> wrote:\n",
            "-----Original Message-----\nFrom: Dana\nSent: Monday\n",
            "It shipped. Sorry! ",
            "😊",
            "  ",
        ]
    ),
)


def _soft_wrap_join(view: str, text: str, index: int) -> bool:
    """Whether the quoted view reads the line break at ``index`` as a space
    because the mail client wrapped a long quoted line mid-sentence
    (replycheck/message/quotes.py ``_soft_wrapped``): the one place a view
    may change a line break, keeping the length and every other character."""
    if text[index] != "\n" or view[index] != " ":
        return False
    line = view[view.rfind("\n", 0, index) + 1 : index].strip()
    return len(line) >= 40 and line[-1] not in ".?!:;"


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(PIECES, max_size=20))
# a long quoted line that runs on into the next: the quoted view joins them
@example(
    parts=[
        "On Mon, Jan 8, 2024, Dana <d@example.com> wrote:\n",
        "00",
        "Thanks again for your patience.",
        "0000000",
        "\n",
        "0",
    ]
)
def test_views_and_regions_stay_within_the_text(parts):
    text = "".join(parts)
    message = parse_message(text)
    assert message.text is text
    views = [message.own] if message.quoted is None else [message.own, message.quoted]
    for view in views:
        assert len(view) == len(text)
        for index, char in enumerate(view):
            if view is message.quoted and _soft_wrap_join(view, text, index):
                continue
            if text[index] in "\r\n" or char != " ":
                assert char == text[index]
    if message.quoted is not None:
        for index, (own, quoted) in enumerate(zip(message.own, message.quoted, strict=True)):
            assert own == " " or quoted == " " or text[index].isspace()

    ordered = [message.greeting, message.body, message.signoff, message.signature]
    present = [region for region in ordered if region is not None]
    for region in present:
        assert 0 <= region.start <= region.end <= len(text)
    for before, after in itertools.pairwise(present):
        assert before.end <= after.start
    previous_end = message.body.start
    for paragraph in message.paragraphs:
        assert message.body.start <= paragraph.start < paragraph.end <= message.body.end
        assert previous_end <= paragraph.start
        assert (
            message.own[paragraph.start : paragraph.end].strip()
            == (message.own[paragraph.start : paragraph.end])
        )
        previous_end = paragraph.end
    if message.closing is not None:
        last = message.paragraphs[-1]
        assert last.start <= message.closing.start <= message.closing.end <= last.end
    for region in (message.greeting, message.signoff):
        if region is not None:
            assert message.own[region.start : region.end] == text[region.start : region.end]


@pytest.mark.parametrize(
    "text",
    [
        FULL,
        "Where is my parcel?\n\nOn Mon, 3 Jun 2024 at 10:12, Shop <help@shop.com> wrote:\n> Hi\n",
        "   \n",
        "> only a quote\n",
    ],
)
def test_parse_views_gives_parse_messages_views_and_the_own_words_as_body(text):
    from replycheck.message import parse_views

    views, full = parse_views(text), parse_message(text)
    assert (views.text, views.own, views.quoted) == (full.text, full.own, full.quoted)
    assert views.greeting is views.signoff is views.signature is views.closing is None
    own = views.own.strip()
    assert views.own[views.body.start : views.body.end] == own
    assert views.paragraphs == ((views.body,) if own else ())


@pytest.mark.parametrize(
    ("text", "body", "signature"),
    [
        ("Sorry about that! It arrives Friday. ^AK", "Sorry about that! It arrives Friday.", "^AK"),
        ("Hi,\n\nAccess is reset. -FR\n\nBest regards,\nThe team", "Access is reset.", "The team"),
        ("Thanks for waiting ^Sam", "Thanks for waiting", "^Sam"),
    ],
)  # fmt: skip
def test_initials_ending_the_body_are_a_signature(text, body, signature):
    found = regions(text)
    assert (found["body"], found["signature"]) == (body, signature)


@pytest.mark.parametrize(
    "text",
    ["Please send your ID - PIN", "Your plan is now tier A -B", "Reset it via TCP/IP", "^AK"],
)
def test_a_body_ending_in_capitals_without_a_tag_mark_keeps_them(text):
    assert regions(text)["body"] == text


def test_a_region_is_an_immutable_span_that_contains_offsets():
    region = Region(2, 5)
    assert (region.start, region.end) == (2, 5)
    assert 2 in region and 4 in region
    assert 5 not in region and 1 not in region and "2" not in region
    assert region.overlaps(4, 9) and not region.overlaps(5, 9)
    assert region == Region(2, 5) and len({region, Region(2, 5)}) == 1
    with pytest.raises(AttributeError):
        region.start = 3  # type: ignore[misc]


FOOTER = (
    "This email and any attachments are confidential and intended solely for the "
    "addressee. If you are not the intended recipient, you must not copy or distribute "
    "it and you must notify the sender immediately and delete this message."
)


@pytest.mark.parametrize(
    "tail",
    [
        f"\n\n{FOOTER}\n",
        f"\n{FOOTER}\n",  # in the signature's paragraph
        f"\n\n{FOOTER}\n\nPlease consider the environment before printing.\n",
        "\n\nAcme Ltd. Registered in England. If you have received this email in error "
        "please notify the sender and delete it; its contents are confidential.\n",
    ],
)
def test_a_legal_footer_under_the_signature_is_not_the_agents_words(tail):
    delimited = regions("Hi Dana,\n\nIt shipped today.\n\n-- \nTom Baker" + tail)
    assert delimited["signature"] == "Tom Baker"

    text = "Hi Dana,\n\nIt shipped today.\n\nKind regards,\nTom Baker\nAcme Support" + tail
    result = regions(text)
    assert result["signoff"] == "Kind regards,"
    assert result["closing"] == "It shipped today."
    assert "confidential" not in (result["body"] or "") + (result["signature"] or "")


@pytest.mark.parametrize(
    "text",
    [
        # the agent's own words about a confidential letter stay the body
        "Hi Dana,\n\nThe letter was sent to the intended recipient, and its contents "
        "are confidential, so we can't share a copy.\n",
        # "I" speaks: the agent, not a footer
        "Hi Dana,\n\nIt shipped today.\n\nI received this email in error; it holds "
        "someone else's confidential details, so I have deleted it.\n",
    ],
)
def test_words_about_confidentiality_that_are_no_footer_stay(text):
    result = regions(text)
    assert "confidential" in (result["closing"] or "")
