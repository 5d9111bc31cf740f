"""Well-known works the knowledge does not name: found in a question whatever its case, but a title in ordinary
words only where it is written as a title."""

import pytest

from retrieval.works import WellKnownWorks

KNOWLEDGE = "It happened with the Spy Kids movies. We Can Be Heroes is streaming now on Netflix."


@pytest.fixture(scope="module")
def works() -> WellKnownWorks:
    return WellKnownWorks.load(leaving_out=KNOWLEDGE)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("qual é melhor, stranger things ou wandinha?", ["stranger things", "wandinha"]),
        ("is the adam project any good", ["adam project"]),  # without its "the"
        ("sung kang from Fast & Furious?", ["fast and furious"]),  # "&" is "and"
        ("alguém sabe se 'ainda estou aqui' ainda tá em cartaz", ["ainda estou aqui"]),  # accents dropped
    ],
)
def test_a_title_with_a_word_of_its_own_is_named_in_any_case(works, question, named):
    assert works.named_in(question) == named


def test_overlapping_titles_name_the_longest(works):
    assert works.named_in("mi hijo quiere ver spider-man across the spider-verse") == [
        "spider man across the spider verse"
    ]


@pytest.mark.parametrize(
    "question",
    [
        "is inside out 3 happening",  # a number after it
        "is the batman movie good",  # a word for a work next to it
        "I love Inside Out so much",  # capitalised after the sentence's first word
        "have you seen 'grown ups'?",  # quoted
    ],
)
def test_a_title_in_ordinary_words_is_named_where_written_as_a_title(works, question):
    assert works.named_in(question)


@pytest.mark.parametrize(
    "question",
    [
        "who are the main characters, kids or grown ups",
        "what does he get out of making them",
        "Inside Out, how do the kids feel about it?",  # capitalised only as the sentence's first word
    ],
)
def test_ordinary_words_are_no_title_in_ordinary_writing(works, question):
    assert works.named_in(question) == []


def test_works_the_knowledge_names_are_left_out():
    assert WellKnownWorks.load().named_in("when is stranger things back") == ["stranger things"]
    assert WellKnownWorks.load(leaving_out="Stranger Things is back.").named_in("when is stranger things back") == []


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("was pedro pascal in game of thrones?", ["game of thrones"]),
        ("does he care as much as about sin city and desperado", []),  # a likeness, and the works joined to it
        ("christopher mcdonald?? the happy gilmore guy", []),  # to tell someone
        ("sung kang from fast and furious is in it?", []),
        ("how did netflix react? pushing for more like with stranger things?", []),
    ],
)
def test_a_work_given_as_a_likeness_or_to_tell_someone_is_not_asked_about(works, question, asked):
    assert works.asked_about(question) == asked
