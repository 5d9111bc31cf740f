"""A document's subject names are matched as plain words, so naming the film does not decide the ranking."""

from __future__ import annotations

from retrieval.names import Names
from retrieval.schema import Document


def names(**metadata: str) -> Names:
    return Names.of([Document(path="a.md", title="A", text="...", metadata=metadata)])


def test_every_listed_name_is_replaced_by_the_stand_in_whatever_its_case_or_quotes():
    n = names(names="We Can Be Heroes 2; We Can Be Heroes", names_mean="the movie")
    assert n.normalise("release date for we can be heroes 2?") == "release date for the movie?"
    assert n.normalise("'We Can Be Heroes 2': Major Update") == "the movie: Major Update"
    assert n.normalise("WE CAN  BE HEROES is streaming") == "the movie is streaming"


def test_a_plural_in_a_name_is_matched_as_dictation_and_chat_write_it():
    n = names(names="We Can Be Heroes 2; We Can Be Heroes", names_mean="the movie")
    assert n.normalise("when are they filming we can be hero's 2") == "when are they filming the movie"
    assert n.normalise("is we can be heros on netflix") == "is the movie on netflix"
    assert n.remove("we can be hero\u2019s 2 cast?") == "cast?"


def test_the_longest_name_is_taken_whole():
    n = names(names="We Can Be Heroes; We Can Be Heroes 2", names_mean="the movie")
    assert n.normalise("We Can Be Heroes 2 next year") == "the movie next year"


def test_a_long_name_also_goes_by_its_initials_with_or_without_its_number():
    n = names(names="We Can Be Heroes 2; We Can Be Heroes", names_mean="the movie")
    assert n.normalise("wcbh2 shooting when??") == "the movie shooting when??"
    assert n.normalise("wcbh 2 filming next year?") == "the movie filming next year?"
    assert n.normalise("is WCBH good") == "is the movie good"
    assert names(names="Spy Kids").normalise("sk is fun") == "sk is fun"  # two initials say nothing


def test_a_long_title_also_goes_by_its_last_word_where_a_name_goes():
    n = names(names="We Can Be Heroes 2; We Can Be Heroes Two; We Can Be Heroes", names_mean="the movie")
    assert n.spell_short("is the quantico actress in heroes") == "is the quantico actress in We Can Be Heroes"
    assert n.spell_short("heroes 2 when") == "We Can Be Heroes 2 when"
    assert n.spell_short("is that actor in the Heroes film?") == "is that actor in We Can Be Heroes?"
    # the word itself, with an article, an adjective or what follows it, is no title
    for text in ["are the heroes kids?", "is it only kid heroes", "a tale of heroes", "film two times a day"]:
        assert n.spell_short(text) == text


def test_a_name_in_common_words_is_not_a_thing_named_after_films():
    n = names(names="We Can Be Heroes; the movie", names_mean="the movie")
    assert n.remove("is the movie good") == "is good"
    assert n.remove("whats the movie night pick for friday?") == "whats the movie night pick for friday?"


def test_a_title_numbered_1_is_the_title_itself():
    n = names(names="We Can Be Heroes 2; We Can Be Heroes", names_mean="the movie")
    assert n.normalise("plot of we can be heroes 1?") == "plot of the movie?"
    assert n.remove("plot of we can be heroes 1?") == "plot of ?"
    # by its last word too, as written
    assert n.spell_short("is heroes 1 on netflix") == "is We Can Be Heroes 1 on netflix"
    assert n.found("is We Can Be Heroes 1 on netflix") == ["We Can Be Heroes 1"]


def test_a_name_inside_a_longer_word_is_left_alone():
    n = names(names="Heroes", names_mean="the movie")
    assert n.normalise("superheroes and Heroes") == "superheroes and the movie"


def test_removing_names_leaves_only_what_the_question_asks():
    n = names(names="We Can Be Heroes 2; We Can Be Heroes")
    assert n.remove("when does we can be heroes 2 start filming?") == "when does start filming?"


def test_without_names_the_text_is_unchanged():
    n = Names.of([Document(path="a.md", title="A", text="...")])
    assert n.normalise("We Can Be Heroes") == "We Can Be Heroes"
    assert n.remove("We Can Be Heroes") == "We Can Be Heroes"


def test_the_stand_in_defaults_to_a_pronoun():
    assert names(names="Spy Kids").normalise("is Spy Kids good?") == "is it good?"


def test_the_shipped_article_names_its_film(engine):
    assert engine.index.names.normalise("We Can Be Heroes 2 cast") == "the movie cast"


def test_a_header_lists_what_the_knowledge_is_not_about_and_questions_naming_it_are_found():
    document = Document(
        path="a.md", title="A", text="Heroes 2 is filming.",
        metadata={"names": "Heroes 2", "not_about": "El Mariachi; Sharkboy and Lavagirl"},
    )
    names = Names.of([document])
    assert names.others("anyone know where el mariachi is streaming") == ["el mariachi"]
    assert names.others("sharkboy e lavagirl lo trovo su netflix?") == ["sharkboy e lavagirl"]
    assert names.others("his darker stuff like el mariachi") == []  # an example
    assert names.others("the el mariachi guy, is he directing it?") == []  # who is meant


def test_other_works_listed_with_a_slash_after_an_example_are_examples_too():
    document = Document(path="a.md", title="A", text="x", metadata={"not_about": "Sin City; From Dusk Till Dawn"})
    assert Names.of([document]).others("as much as the sin city / from dusk till dawn type stuff") == []
