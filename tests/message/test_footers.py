"""Mail-client taglines and legal footers below the customer's words."""

from __future__ import annotations

import pytest

from replycheck.message import parse_message, parse_views
from replycheck.message.footers import blank_footers


def words(view: str | None) -> str | None:
    return None if view is None else " ".join(view.split())


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Can I swap it?\n\nSent from my iPhone", "Can I swap it?"),
        ("Can I swap it?\nGet Outlook for Android\n", "Can I swap it?"),
        ("Can I swap it?\n\nSent with BlackBerry Work\n", "Can I swap it?"),
        ("Can I swap it?\n\nSent from Yahoo Mail on Android", "Can I swap it?"),
        ("Can I swap it?\r\n\r\nSent from Mail for Windows\r\n", "Can I swap it?"),
        (
            "Can you remove the charge?\n\nRavi Menon\nDirector\n\nCONFIDENTIALITY NOTICE: The "
            "information in this email may be confidential. If you are not the intended "
            "recipient, any disclosure is prohibited. Please contact the sender and destroy all "
            "copies.",
            "Can you remove the charge? Ravi Menon Director",
        ),
        (
            "Can we move it?\n\nNisha Patel | Paralegal\nThis message is confidential and may be "
            "legally privileged. If you are not the intended recipient, please tell us "
            "immediately and delete it.\nDo you need to print this email? Please consider the "
            "environment.",
            "Can we move it? Nisha Patel | Paralegal",
        ),
        (
            "Can we move it?\n\nPriya\nIf you are not the intended recipient, please notify us "
            "immediately and delete this email. Do not copy or distribute it.",
            "Can we move it? Priya",
        ),
        (
            "Can we move it?\n\nPriya | Acme Ltd\nWhy not follow us on Instagram? @acmeltd",
            "Can we move it? Priya | Acme Ltd",
        ),
        (
            "This email and any attachments are confidential and intended solely for the "
            "addressee.\nIf you have received it in error, please notify the sender.",
            "",
        ),
    ],
)
def test_taglines_and_legal_footers_are_blanked(text, kept):
    view = blank_footers(text)
    assert len(view) == len(text)
    assert all(a == b or a == " " for a, b in zip(view, text, strict=True))
    assert words(view) == kept


@pytest.mark.parametrize(
    "text",
    [
        # the customer's own words, though they speak of the same things
        "I received this email in error and it holds someone else's confidential details. "
        "Can you tell me what to do?",
        "Sent from my work laptop because my phone died. Can you call me?",
        "I need to print this email for my records, can you send it as a PDF?",
        "Is this information confidential? Who is it intended for?",
        "Can you resend the invoice? It was sent to my old address.",
        "Sent with the wrong size",
        "Sent via courier on Monday",
        "Sent from the warehouse in Leeds.",
        "Sent using my card.",
        "I'm not the intended recipient of your letter, please delete my details.",
        "Can you follow us on the new address?",
        "Why not follow us on Instagram? It says in your letter that I can't.",
    ],
)
def test_the_customers_own_words_stay(text):
    assert blank_footers(text) == text


def test_a_draft_quoting_only_a_tagline_quotes_nothing():
    message = parse_message("It shipped.\n\n> Sent from my iPhone\n")
    assert message.quoted is None


def test_the_quoted_view_and_the_original_lose_their_footers():
    quoted = parse_message("It shipped.\n\n> Where is it?\n>\n> Sent from my iPhone\n").quoted
    assert words(quoted) == "Where is it?"
    original = parse_views("Where is it?\n\nGet Outlook for iOS\n")
    assert words(original.own) == "Where is it?"
