"""Web-form labels, helpdesk reply markers and signature taglines around the customer's words."""

from __future__ import annotations

import pytest

from replycheck.message import parse_views
from replycheck.message.forms import blank_form_labels


def words(view: str | None) -> str | None:
    return None if view is None else " ".join(view.split())


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "New contact form submission\n\nName: Tom Ward\nOrder number: CYC-2281\n"
            "Have you ordered from us before?: Yes\nMessage:\nWhen will my wheel ship?",
            "Tom Ward CYC-2281 Yes When will my wheel ship?",
        ),
        (
            "Contact form: Returns\n\nOrder no.: 4400-19\nPreferred contact method?: Email\n\n"
            "Your message:\nCan I return the belt?",
            "Returns 4400-19 Email Your message: Can I return the belt?",
        ),
        (
            "Name: Imran Shah\nBest time to call?: n/a\nYour question: Can you do the service too?",
            "Imran Shah n/a Can you do the service too?",
        ),
        # a form converted from HTML: values under their labels, or labels in bold
        (
            "Name:\nTom Ward\nHave you ordered from us before?:\nYes\nMessage:\nCan I swap it?",
            "Tom Ward Yes Can I swap it?",
        ),
        (
            "**Name:** Tom Ward\n**Have you ordered before?:** Yes\n**Message:** Can I swap?",
            "Tom Ward Yes Can I swap?",
        ),
        # one labelled line on its own is the customer's own shorthand
        ("Problem: it leaks. Can you fix it?", "Problem: it leaks. Can you fix it?"),
        (
            "Hi,\nOrder: 1234\nIt arrived broken, can you replace it?",
            "Hi, Order: 1234 It arrived broken, can you replace it?",
        ),
        # a sentence with a colon is not a label
        (
            "I have one question: can I pay later?\nAnd another one: is there a fee?",
            "I have one question: can I pay later? And another one: is there a fee?",
        ),
    ],
)
def test_form_labels_are_blanked_and_values_kept(text, kept):
    view = blank_form_labels(text)
    assert len(view) == len(text)
    assert words(view) == kept


#: Contact paragraphs under the sign-off and name are blanked; a postscript,
#: the customer's own words and a request with no sign-off above it stay.
SIGNATURES = [
    (
        "Can you reserve ten?\n\nCheers,\nDave Holloway\nHolloway Plumbing\n\n"
        "Need a plumber? Call Dave on 07700 900 412\nWhy wait? Same-day call-outs.",
        "Can you reserve ten? Cheers, Dave Holloway Holloway Plumbing",
    ),
    (
        "Please move us to Thursdays.\n\nRegards,\n\nNeil Parkinson\n\n"
        "Please send all remittance advices to accounts@greenacre.co.uk.",
        "Please move us to Thursdays. Regards, Neil Parkinson",
    ),
    # a postscript, or the customer's own words, stay theirs
    (
        "Can you reserve ten?\n\nThanks,\nDave\n\nP.S. Could you ring 07700 900 412 first?",
        "Can you reserve ten? Thanks, Dave P.S. Could you ring 07700 900 412 first?",
    ),
    (
        "Can you reserve ten?\n\nThanks,\nDave\n\nPlease call me on 07700 900 412 when ready.",
        "Can you reserve ten? Thanks, Dave Please call me on 07700 900 412 when ready.",
    ),
    # no sign-off above it: the customer's own request
    (
        "Please call 07700 900 412 to book the delivery.",
        "Please call 07700 900 412 to book the delivery.",
    ),
]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        *SIGNATURES,
        (
            "##- Please type your reply above this line -##\n\nIt still leaks. Can someone come "
            "back?\n\nGemma\n\n------------------------\n\nLewis (Support)\n12 Mar 2026\n\n"
            "Could you send us a photo?\n\nTicket #88214",
            "It still leaks. Can someone come back? Gemma",
        ),
        (
            "Thanks, that worked. Can I keep the old one?\n\n##- Please type your reply above "
            "this line -##\n\nAmira (Support)\n\nCan you tell us the serial number?",
            "Thanks, that worked. Can I keep the old one?",
        ),
        (
            "Yes please, go ahead.\n\n## Reply above this line ##\n\nSam (Support)\n\n"
            "Shall we send a new one?",
            "Yes please, go ahead.",
        ),
        # no marker: a separator is only a separator
        (
            "Can I keep it?\n\n-----\n\nCan you also send a bag?",
            "Can I keep it? ----- Can you also send a bag?",
        ),
    ],
)
def test_helpdesk_history_and_signature_taglines_are_not_the_customers_words(text, kept):
    assert words(parse_views(text).own) == kept
