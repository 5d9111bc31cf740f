"""Topic commands: defined as data, answered by asking the engine, the cast listed from its passage."""

from __future__ import annotations

import re

import pytest

from heroes_bot.topics import (
    TOPICS,
    TOPICS_BY_NAME,
    Topic,
    answer_topic,
    capitalised_names,
    combine_answers,
    extract_person_names,
    join_names,
    listed_names,
    with_names,
)
from retrieval import Answer, Citation

CAST_PASSAGE = (
    "We Can Be Heroes is a superhero fantasy following the children of the greatest superheroes in the world "
    "coming of age and discovering their own power. It stars Pedro Pascal, Priyanka Chopra, Christian Slater, "
    "Boyd Holbrook, Sung Kang, Adriana Barraza, Christopher McDonald, Taylor Dooley, Vivien Blair and YaYa "
    "Gosselin. The movie is streaming now on Netflix, but there is no official release date for the sequel just yet."
)
CAST = [
    "Pedro Pascal",
    "Priyanka Chopra",
    "Christian Slater",
    "Boyd Holbrook",
    "Sung Kang",
    "Adriana Barraza",
    "Christopher McDonald",
    "Taylor Dooley",
    "Vivien Blair",
    "YaYa Gosselin",
]
DIRECTOR_PASSAGE = "The We Can Be Heroes sequel will begin filming in 2022 according to director Robert Rodriguez."


def cite(n: int, passage: str, start: int, source: str = "Article") -> Citation:
    return Citation(n=n, source=source, passage=passage, start=start, end=start + len(passage), score=1.0)


def answered(question: str, text: str, *citations: Citation, latency: float = 10.0) -> Answer:
    return Answer(question=question, answered=True, text=text, citations=citations, latency_ms=latency)


def abstained(question: str) -> Answer:
    return Answer(question=question, answered=False, text="The article doesn't say.", latency_ms=5.0)


# --- the topics are data -------------------------------------------------------------------------


def test_the_four_topic_commands_exist() -> None:
    assert {"cast", "release", "director", "about"} <= set(TOPICS_BY_NAME)


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.name)
def test_every_topic_is_a_valid_discord_command_with_questions(topic: Topic) -> None:
    assert re.fullmatch(r"[a-z0-9_-]{1,32}", topic.name)
    assert 1 <= len(topic.description) <= 100
    assert topic.questions and all(q.strip().endswith("?") for q in topic.questions)


def test_topic_names_are_unique() -> None:
    assert len(TOPICS_BY_NAME) == len(TOPICS)


def test_release_asks_about_filming_and_about_a_release_date() -> None:
    questions = " ".join(TOPICS_BY_NAME["release"].questions).lower()
    assert "filming" in questions and "release date" in questions


# --- answering a topic ---------------------------------------------------------------------------


def test_a_topic_asks_each_of_its_questions_in_order_and_writes_nothing_of_its_own() -> None:
    asked: list[str] = []

    def ask(question: str) -> Answer:
        asked.append(question)
        return answered(question, f"Answer to {question}", cite(1, f"passage for {question}", start=len(asked)))

    topic = Topic("two", "Two questions", ("First?", "Second?"))
    answer = answer_topic(topic, ask)
    assert asked == ["First?", "Second?"]
    assert answer.text == "Answer to First? Answer to Second?"
    assert answer.question == "First? Second?"


def test_the_cast_topic_lists_the_names_of_its_passage_and_keeps_the_passage() -> None:
    def ask(question: str) -> Answer:
        return answered(question, "It stars Pedro Pascal, ...", cite(1, CAST_PASSAGE, 2484))

    answer = answer_topic(TOPICS_BY_NAME["cast"], ask)
    assert answer.text == f"The cast: {join_names(CAST)}."
    assert answer.citations[0].passage == CAST_PASSAGE


# --- combining answers ---------------------------------------------------------------------------


def test_combined_answers_drop_repeated_passages_and_renumber_from_one() -> None:
    first = answered("When?", "In 2022.", cite(1, "filming", 100), cite(2, "cast", 200), cite(3, "other", 300))
    second = answered("Release?", "No date yet.", cite(1, "cast", 200), cite(2, "filming", 100))
    combined = combine_answers("When? Release?", [first, second])
    assert [(c.n, c.start) for c in combined.citations] == [(1, 100), (2, 200), (3, 300)]
    assert combined.text == "In 2022. No date yet."


def test_combined_answers_keep_the_first_passage_of_every_answer_when_cut() -> None:
    first = answered("a?", "A.", *(cite(n, f"a{n}", 100 + n) for n in range(1, 4)))
    second = answered("b?", "B.", *(cite(n, f"b{n}", 200 + n) for n in range(1, 4)))
    combined = combine_answers("a? b?", [first, second], max_citations=3)
    assert [c.passage for c in combined.citations] == ["a1", "b1", "a2"]


def test_an_abstention_is_dropped_when_another_question_was_answered() -> None:
    combined = combine_answers("a? b?", [abstained("a?"), answered("b?", "B.", cite(1, "b", 1))])
    assert combined.answered and combined.text == "B." and len(combined.citations) == 1


def test_when_every_question_abstains_the_topic_abstains_without_citations() -> None:
    combined = combine_answers("a? b?", [abstained("a?"), abstained("b?")])
    assert not combined.answered and combined.citations == ()
    assert combined.text == "The article doesn't say."


def test_the_same_answer_text_is_not_repeated() -> None:
    combined = combine_answers("a? b?", [answered("a?", "Same."), answered("b?", "Same.")])
    assert combined.text == "Same."


def test_combined_latency_is_the_sum() -> None:
    assert combine_answers("q", [answered("a", "A.", latency=3), answered("b", "B.", latency=4)]).latency_ms == 7


# --- names ---------------------------------------------------------------------------------------


def test_the_cast_list_after_stars_is_extracted_in_order() -> None:
    assert extract_person_names(CAST_PASSAGE) == CAST


def test_names_with_inner_capitals_are_whole_names() -> None:
    names = listed_names("It stars YaYa Gosselin, Christopher McDonald, Danny DeVito and Conan O'Brien.")
    assert names == ["YaYa Gosselin", "Christopher McDonald", "Danny DeVito", "Conan O'Brien"]


def test_a_list_stops_at_the_end_of_its_sentence_but_not_at_an_initial() -> None:
    text = "The film features Samuel L. Jackson and Mary-Kate Olsen. Later Netflix Studios said no."
    assert listed_names(text) == ["Samuel L. Jackson", "Mary-Kate Olsen"]


def test_without_a_cue_capitalised_names_are_found_but_not_sentence_openings() -> None:
    names = capitalised_names(DIRECTOR_PASSAGE + " We Can Be Heroes is popular. It was shot by Jane Doe.")
    assert names == ["Robert Rodriguez", "Jane Doe"]


def test_text_without_names_gives_none() -> None:
    assert extract_person_names("the movie is streaming now, and kids love it.") == []


@pytest.mark.parametrize(
    ("names", "joined"),
    [([], ""), (["A B"], "A B"), (["A B", "C D"], "A B and C D"), (["A B", "C D", "E F"], "A B, C D and E F")],
)
def test_names_are_joined_as_in_a_sentence(names: list[str], joined: str) -> None:
    assert join_names(names) == joined


def test_names_come_from_the_citation_with_a_cast_list_which_moves_first() -> None:
    answer = answered("Who?", "Text.", cite(1, DIRECTOR_PASSAGE, 160), cite(2, CAST_PASSAGE, 2484))
    named = with_names(answer, "The cast")
    assert named.text == f"The cast: {join_names(CAST)}."
    assert [(c.n, c.start) for c in named.citations] == [(1, 2484), (2, 160)]


def test_without_a_cast_list_the_first_citation_gives_the_names() -> None:
    named = with_names(answered("Who?", "Text.", cite(1, DIRECTOR_PASSAGE, 160)), "Directed by")
    assert named.text == "Directed by: Robert Rodriguez."


def test_an_answer_without_names_or_an_abstention_is_left_as_it_is() -> None:
    plain = answered("Who?", "Nobody.", cite(1, "no names in here at all.", 5))
    assert with_names(plain, "The cast") == plain
    assert with_names(abstained("Who?"), "The cast") == abstained("Who?")
