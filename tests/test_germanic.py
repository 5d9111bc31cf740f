"""A question asked in German or Dutch, or mixing one with English, is read in English word for word."""

from __future__ import annotations

import pytest

from retrieval.germanic import in_english, language_of
from retrieval.own_language import in_english as read_in_english

from .conftest import cited_passages

ENGLISH = frozenset({"director", "sequel", "cast", "filming", "kids", "watch", "over", "shooting", "begin"})


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("wer ist der regisseur?", "de"),
        ("warum mögen kinder den film so sehr", "de"),
        ("wann beginnen die dreharbeiten fuer teil 2", "de"),  # without umlauts
        ("wanneer beginnen de opnames van deel 2?", "nl"),
        ("wie is de regisseur van de film", "nl"),  # "wie": "how" in German, "who" in Dutch; "de", "van" tell
        ("hoeveel kijkers had de eerste film", "nl"),
    ],
)
def test_a_german_or_dutch_message_is_recognised_as_such(question, language):
    assert language_of(question, ENGLISH) == language


@pytest.mark.parametrize(
    "question",
    [
        "wen does shooting begin??",  # an English typo, not German "wen"
        "so netflix can see if the same house watches it over n over?",  # "over" is Dutch too
        "who is the director?",
        "de qué trata la película?",  # Spanish, read by own_language
        "c'est quoi le film?",
    ],
)
def test_english_and_romance_messages_are_not_read_as_german_or_dutch(question):
    assert language_of(question, ENGLISH) is None


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("wer ist der regisseur und wann wird gedreht", "who is the director and when will filmed"),
        ("worum geht es in dem film", "what is the movie about"),  # a phrase before its words
        ("spielt pedro pascal mit?", "is pedro pascal in it?"),  # a verb and its particle at the clause's end
        ("waar gaat de film eigenlijk over", "what is the movie about"),
        ("wann schauen die kinder das denn?", "when watch the kids it?"),  # "das" with no noun after it
    ],
)
def test_phrases_split_verbs_and_words_are_read_in_english(typed, read):
    assert in_english(typed, ENGLISH) == read


def test_own_language_reads_german_and_dutch_before_its_romance_tables():
    assert read_in_english("wie is de regisseur?", ENGLISH) == "who is the director?"  # not Spanish "de"
    assert read_in_english("wen does shooting begin??", ENGLISH) == "wen does shooting begin??"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wer ist der regisseur von dem film?", "according to director Robert Rodriguez"),
        ("wann fangen die dreharbeiten an?", "will begin filming in 2022"),
        ("wanneer gaan ze de tweede film opnemen?", "will begin filming in 2022"),
        ("speelt christian slater ook mee?", "Christian Slater"),
        ("bedeuten ihm die kinderfilme so viel wie seine dunkleren filme?", "darker, more mature work"),
    ],
)
def test_german_and_dutch_questions_cite_the_passage_that_answers(engine, question, expected):
    assert expected in cited_passages(engine, question, top=1)[0]
