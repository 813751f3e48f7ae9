"""Telling an English customer message from another language (replycheck.thread.language)."""

from __future__ import annotations

import pytest

import replycheck
from replycheck.config import Config
from replycheck.thread.language import _ASCII_WORD, _WORD, looks_english


@pytest.mark.parametrize(
    "text",
    [
        "@116216 he platinado Horizon Zero Dawn y no he recibido el tema. ¿podrían revisarlo?",
        "@AmazonHelp Warum ist es mir nicht möglich per Bankeinzug zu bezahlen?",
        "mi plaga se llama Virgin Mobile. ¿Promociones? Básicamente me están robando.",
        "na ultima atualização da entrega do meu pedido, consta que não foi possível",
    ],
)
def test_other_languages_are_not_english(text):
    assert not looks_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "No online orders today? Really @ChipotleTweets ?",
        "@ChipotleTweets what is this in my food?? https://t.co/dW5E8d5DxO",
        "Parcel late again. Refund please.",
        "¿Promociones?",  # too short to tell: read as English
        # fragments with few function words, in a service message's own words
        "> 1 charcoal corner sofa in stock?\n> 2 assembly included\n> 3 take away old sofa",
        "Hi, can Biscuit have his dinner the night before the op? And when should we drop him off?",
    ],
)
def test_english_and_short_messages_are_read(text):
    assert looks_english(text)


def test_a_message_in_another_language_gets_no_unanswered_finding():
    check = replycheck.Checker(Config(select=("RC201",))).check
    spanish = "Compré una tarjeta de 50 dólares y no se me acreditaron. ¿Podrían revisarlo?"
    english = "I bought a 50 dollar card and it was never credited. Could you look at it please?"
    draft = "Please follow us so we can help you by direct message."
    assert not check(draft, spanish).findings
    assert [f.code for f in check(draft, english).findings] == ["RC201"]


@pytest.mark.parametrize(
    "text",
    [
        "where's my order #123? it's 2 days late_ish, don't x'y '' it''s 4u",
        "ok\x1cthen\tgo 12ab ab12 a1b2",
    ],
)
def test_the_ascii_word_pattern_reads_the_words_the_general_one_does(text):
    assert _ASCII_WORD.findall(text) == _WORD.findall(text)
