"""Agent tags: one definition for the body's end (regions) and for jargon (clarity)."""

from __future__ import annotations

import pytest

from replycheck.message import parse_message
from replycheck.message.tags import tag_start, trailing_tag


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("It arrives Friday. ^AK", "^AK"),
        ("Thanks for waiting ^Sam", "^Sam"),
        ("We'll see what we can suggest /KB", "/KB"),
        ("Please DM us so I can help you with this.-JC", "-JC"),
        ("I can help with this.--JV", "--JV"),
        ("We've passed this on to the team. *AFC", "*AFC"),
        ("Please DM and we can discuss further. Thank you. ~RD", "~RD"),
        ("Thanks for the feedback! - BH", "- BH"),
        ("as soon as we can.  = JJ", "= JJ"),
        ("Can you please follow and DM us.\n^ACM", "^ACM"),
        ("Details here ^NC https://t.co/abc", "^NC"),
    ],
)
def test_a_mark_and_initials_at_a_line_end_are_a_tag(text, tag):
    word = text.rindex(tag.lstrip("^/-*~=– "))
    end = word + len(tag.lstrip("^/-*~=– "))
    found = tag_start(text, word, end)
    assert found is not None and text[found:end] == tag


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please send your ID - PIN", "PIN"),  # a dash between words, not a signature
        ("Your plan is now tier A -B", "B"),  # one letter is not initials
        ("Reset it via TCP/IP", "IP"),  # a mark inside a word
        ("Reset the mapping ^SCIM first, then sign in.", "SCIM"),  # not at the line's end
        ("Check the Wi-FI settings", "FI"),
        ("Thanks ^Supercalifragilistic", "Supercalifragilistic"),  # longer than a name
        ("See the reply -Sorry", "Sorry"),  # after a dash only initials count
    ],
)
def test_other_capitals_next_to_marks_are_not_a_tag(text, word):
    at = text.rindex(word)
    assert tag_start(text, at, at + len(word)) is None


def test_a_stretch_that_is_only_a_tag_keeps_it():
    assert trailing_tag("^AK", 0, 3) is None
    assert trailing_tag("Done. ^AK", 0, 9) == 6


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Can you please follow and DM us.\n^ACM", "Can you please follow and DM us."),
        ("We'll see what we can suggest /KB", "We'll see what we can suggest"),
        ("Thank you. ~RD", "Thank you."),
    ],
)
def test_a_tag_on_its_own_line_or_after_any_mark_ends_the_body(text, body):
    message = parse_message(text)
    assert text[message.body.start : message.body.end] == body
    assert message.signature is not None
