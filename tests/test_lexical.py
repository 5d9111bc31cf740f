"""The lexical side: stemmed terms, typo repair, and words added for what a question means."""

from __future__ import annotations

import pytest

from retrieval.lexical import (
    LexicalIndex,
    phrasal_spelled_out,
    quotation_parts,
    quoted_phrases,
    spelled_out,
    without_attribution,
    word_pairs,
    words,
)

SENTENCES = [
    "The sequel will begin filming in 2022 according to director Robert Rodriguez.",
    "It stars Pedro Pascal and Priyanka Chopra.",
    "The movie is streaming now on Netflix.",
]


@pytest.fixture(scope="module")
def lexical() -> LexicalIndex:
    return LexicalIndex(SENTENCES)


def test_a_misspelt_knowledge_word_is_repaired_and_other_words_are_left_alone(lexical):
    assert lexical.repair("rodriquez") == "rodriguez"
    assert lexical.repair("streeming") == "streaming"
    assert lexical.repair("budget") == "budget"


def test_a_word_misspelt_into_a_knowledge_stem_takes_the_spelling_closest_to_it():
    lexical = LexicalIndex(["A superhero fantasy.", "A film about superheroes of all ages."])
    assert lexical.repair("superheros") == "superheroes"  # a plural stays a plural


def test_repairing_a_question_keeps_its_other_words_as_written(lexical):
    assert lexical.repair_text("wen is Rodriquez streeming it?") == "wen is rodriguez streaming it?"


def test_question_terms_are_stemmed_and_stopwords_dropped(lexical):
    terms = lexical.query_terms("When is the filming?")
    assert [t.stem for t in terms.terms] == ["film"]
    assert terms.found(frozenset({"film"})) == terms.total_weight
    # someone meant but not named counts at the credit given for them: a speaker, whom "they" stands for
    assert terms.found(frozenset(), implied={"film": 0.3}) == pytest.approx(0.3 * terms.total_weight)
    assert terms.found(frozenset(), implied={"netflix": 0.3}) == 0.0
    # chat's asides ask nothing: "why would big actors do it though"
    assert [t.word for t in lexical.query_terms("filming though, basically").terms] == ["filming"]


def test_expansion_adds_only_words_the_question_does_not_already_match(lexical):
    terms = lexical.query_terms("who is the director?")
    expanded = lexical.expanded(terms, [("director", 0.6), ("stars", 0.5)], weight=0.5)
    added = expanded.terms[len(terms.terms) :]
    assert [t.word for t in added] == ["stars"]
    assert added[0].weight == pytest.approx(0.5 * terms.total_weight / len(terms.terms))
    assert added[0].credit(frozenset({"star"})) == 0.5


def test_a_misspelt_stopword_is_read_as_the_stopword():
    lexical = LexicalIndex(["It is the greatest superhero fantasy in the world."])
    lexical.set_dictionary(frozenset({"about", "world"}))
    assert lexical.repair("abowt") == "about"  # "wat is the movie abowt": no word to find
    assert lexical.query_terms("wat is the movie abowt").stems == lexical.query_terms("what is the movie").stems


def test_a_real_word_the_knowledge_lacks_is_not_taken_for_a_typo():
    lexical = LexicalIndex(["It is the greatest superhero fantasy in the world."])
    assert lexical.repair("word") == "world"  # without a dictionary, any close spelling is a typo
    lexical.set_dictionary(frozenset({"word"}))
    assert lexical.repair("word") == "word"  # "what word did netflix use?" is not about the world
    assert lexical.repair("wrold") == "world"


def test_a_name_spelt_like_one_the_knowledge_pairs_with_its_neighbour_takes_its_spelling():
    lexical = LexicalIndex(["It stars Christian Slater and Christopher McDonald."])
    lexical.set_dictionary(frozenset({"macdonald", "slate"}))  # English words too, so no typo to ``repair``
    assert lexical.repair_names("Christopher MacDonald?") == "Christopher Mcdonald?"
    assert lexical.repair_names("is Christian Slate in it?") == "is Christian Slater in it?"
    # not beside the name the knowledge writes with it: another word
    assert lexical.repair_names("Is it on Netflix's Slate?") == "Is it on Netflix's Slate?"
    assert lexical.repair_names("is the slate clean") == "is the slate clean"
    # written lower-case, as dictation and phones do, beside its pair, even misspelt too: "vivian blare"
    assert lexical.repair_names("christopher macdonald?") == "christopher mcdonald?"
    assert lexical.repair_names("christain slate in it?") == "christian slater in it?"



def test_a_short_name_misheard_beside_its_pair_takes_its_spelling():
    lexical = LexicalIndex(["It stars Sung Kang and Pedro Pascal."])
    lexical.set_dictionary(frozenset({"kong", "sing"}))
    assert lexical.repair_names("sung kong") == "sung kang"  # a vowel off, but beside the name written with it
    assert lexical.repair_names("king kong") == "king kong"  # alone: another name


def test_a_capitalised_word_but_a_letter_off_a_name_of_the_knowledge_takes_its_spelling():
    lexical = LexicalIndex(["He told reporters from Collider that he plans on filming it."])
    lexical.set_dictionary(frozenset({"collier"}))  # an English word too
    assert lexical.repair_names("who told to Collier about the sequel") == "who told to Collider about the sequel"
    assert lexical.repair_names("is a collier a coal miner") == "is a collier a coal miner"  # written as a word


def test_a_word_the_knowledge_has_only_as_its_doer_matches_the_doer():
    lexical = LexicalIndex(["The sequel will begin filming according to director Robert Rodriguez.",
                            "There is no official release date."])
    directed = lexical.query_terms("who directed it?").terms[0]
    assert directed.credit(frozenset({"director"})) > 0.8
    office = lexical.query_terms("box office?").terms[-1]
    assert office.credit(frozenset({"offici"})) == 0.0  # "official" is no deed of an office


def test_neighbouring_question_words_count_as_a_phrase_only_next_to_each_other_and_in_order():
    lexical = LexicalIndex([
        "His hit film about superheroes of all ages.",
        "The superheroes of the world coming of age.",
    ])
    terms = lexical.query_terms("is it about superheroes of all ages?")
    held, apart = (word_pairs(lexical.docs[i]) for i in range(2))
    lighter = min(t.weight for t in terms.terms)
    assert terms.phrases_found(held) == pytest.approx(lighter / terms.total_weight)  # stopwords do not part them
    assert terms.phrases_found(apart) == 0.0  # both words, not together
    assert lexical.query_terms("ages of superheroes?").phrases_found(held) == 0.0  # the other order
    assert lexical.query_terms("superheroes?").phrases_found(held) == 0.0  # one word makes no phrase


def test_chat_filler_is_not_a_word_to_find(lexical):
    terms = lexical.query_terms("hey did netflix like it or nah lol")
    assert [t.word for t in terms.terms] == ["netflix", "like"]
    terms = lexical.query_terms("can someone say when the shoot is? ping me")  # asking the server
    assert [t.word for t in terms.terms] == ["say", "shoot"]


def test_words_of_emphasis_are_not_words_to_find(lexical):
    terms = lexical.query_terms("how does netflix even know, honestly? do people watch it a lot")
    assert [t.word for t in terms.terms] == ["netflix", "people", "watch"]


def test_coming_of_age_is_growing_up_not_an_age():
    lexical = LexicalIndex(["Children of superheroes coming of age.", "A film about superheroes of all ages."])
    ages = lexical.query_terms("superheroes of what ages?")
    assert ages.found(frozenset(lexical.docs[0])) < ages.found(frozenset(lexical.docs[1]))
    growing = lexical.query_terms("is it a coming-of-age story?")
    assert growing.found(frozenset(lexical.docs[0])) > growing.found(frozenset(lexical.docs[1]))


@pytest.mark.parametrize(
    "question, text, found",
    [
        ("what does he mean by 'through completion'?", "watching it again and again, through completion.", True),
        ('what does "hit those buttons" mean', "those movies just hit  those buttons.", True),
        ("it\u2019s \u2018off the charts\u2019 right?", "the repeat rate was just off the charts", True),
        ("what does netflix count as a 'view'?", "they can tell how many viewers watched", False),  # whole words only
        ("what's 'completion' here", "the completion rate was really high", True),
        ("how many minutes counts as a 'watch'", "It means they watched five minutes or more.", True),  # inflected
        ("wdym through completion", "watching it again and again, through completion.", True),  # meant: quoted
        ("what does he mean by off the charts", "the repeat rate was just off the charts", True),
        # inside double quotes an apostrophe is part of a word; a quiz's blank splits the quotation in two
        ('fill in the blank: "it\'s a new ____ for them"', "because it's a new franchise for them.", True),
        ('finish the quote: "those movies just hit those ..."', "those movies just hit those buttons.", True),
    ],
)
def test_the_words_a_question_quotes_are_found_whole_and_in_order(question, text, found):
    assert any(quote.search(text) for quote in quoted_phrases(question)) is found


def test_a_blank_in_a_quotation_leaves_the_words_on_each_side():
    parts = quotation_parts('fill in: "kids crave ____ and those movies"')
    assert parts == [["kids", "crave"], ["and", "those", "movies"]]
    assert quotation_parts("the word 'unstoppable,' right?") == [["unstoppable"]]


def test_an_apostrophe_quotes_nothing():
    assert quoted_phrases("he's making kids' movies, isn't he") == []
    assert quoted_phrases("what does completion mean") == []  # one word, unquoted: a word of the world


def test_counting_words_the_knowledge_lacks_are_not_bridged_to_words_near_them():
    lexical = LexicalIndex(["The sequel will begin filming next year."])
    near = {"first": [("begin", 0.63), ("next", 0.51)], "premise": [("filming", 0.55)]}
    terms = {t.word: t for t in lexical.query_terms("premise of the first one", lambda word: near.get(word, [])).terms}
    assert terms["first"].matches == {}  # the first film is not the one to begin filming
    assert terms["premise"].matches == {"film": 0.55}


def test_two_forms_of_one_word_make_one_term(lexical):
    terms = lexical.query_terms("any kid actors? who plays the kids")
    assert [t.stem for t in terms.terms].count("kid") == 1


def test_names_the_knowledge_never_uses_are_found_but_not_a_question_s_first_word(lexical):
    assert lexical.unknown_names("Who directed Oppenheimer? Pedro Pascal did not.") == ["Oppenheimer"]
    assert lexical.unknown_names("Does Rodriquez like his R-rated films?") == []
    # an acronym the knowledge lacks names something else; not chat's own, nor words shouted
    assert lexical.unknown_names("Did the WGA strike delay it? LOL") == ["WGA"]
    assert lexical.unknown_names("WHEN DOES FILMING START") == []
    assert lexical.unknown_names("Streaming where. Netflix?") == []
    assert lexical.unknown_names("Is Pedro Pascal on YouTube?") == ["YouTube"]  # one capital inside
    assert lexical.unknown_names("My sister heard it's out this Christmas, in December?") == []  # a time
    assert lexical.unknown_names("Is it out yet? Your cousin Emma keeps asking me.") == []  # one of the asker's own
    assert lexical.unknown_names("Who directs it, is it the Mexican fellow?") == []  # a people
    assert lexical.unknown_names("Is it out yet? Ask Emma.") == ["Emma"]


def test_a_word_written_lower_case_with_a_possessive_is_a_name_unless_english_or_the_knowledge_s():
    lexical = LexicalIndex(["Rodriguez told Netflix the movie is streaming."])
    lexical.set_dictionary(frozenset({"stream", "movie", "last"}))
    assert lexical.unknown_names("tarantino's last movie, is it happening?") == ["tarantino"]
    assert lexical.unknown_names("did the streamer's execs like it? what's rodriguez's view, and netflix's?") == []


def test_a_name_split_in_two_by_dictation_is_joined_and_respelt():
    lexical = LexicalIndex(["It stars Boyd Holbrook and Taylor Dooley, and Priyanka Chopra."])
    assert lexical.join_split_names("boyd hal brook") == "boyd holbrook"
    assert lexical.join_split_names("is taylor doo lee in it") == "is taylor dooley in it"
    assert lexical.join_split_names("pre yanka chopra?") == "priyanka chopra?"
    # words of the knowledge are never joined, nor words far from its names
    assert lexical.join_split_names("is it in the cast list") == "is it in the cast list"
    assert lexical.join_split_names("any more news") == "any more news"


def test_a_word_spelt_as_it_sounds_is_repaired_when_one_knowledge_word_sounds_so():
    lexical = LexicalIndex(["According to director Robert Rodriguez, the sequel is a new franchise."])
    assert lexical.repair("direkter") == "director"
    assert lexical.repair("franchize") == "franchise"
    assert lexical.repair("dirt") == "dirt"  # too short to say how it sounds


def test_a_plural_heard_as_a_possessive_is_no_other_numbered_work():
    lexical = LexicalIndex(["He plans on filming We Can Be Heroes 2 next year."])
    assert lexical.numbered_works("when are they filming we can be hero's 2") == []
    assert lexical.numbered_works("is the incredibles 2 good") == ["incredibles 2"]


def test_a_misspelling_in_the_knowledge_still_matches_the_right_spelling():
    lexical = LexicalIndex(["Robert Rodriguez directs it.", "Rodgriguez was on a press tour this week."])
    terms = lexical.query_terms("was rodriguez on a press tour?")
    rodriguez = next(t for t in terms.terms if t.word == "rodriguez")
    assert rodriguez.credit(frozenset(lexical.docs[1])) == 1.0


def test_the_knowledge_s_names_are_the_words_it_capitalises_inside_a_sentence(lexical):
    assert {"rodriguez", "pascal", "chopra", "netflix"} <= lexical.name_stems
    assert "sequel" not in lexical.name_stems  # "The sequel will..." opens its sentence with "The"


@pytest.mark.parametrize(
    "typed, read",
    [
        ("do ppl rewatch it alot", "do people rewatch it a lot"),
        ("where can i watch the 1st one", "where can i watch the first one"),
        ("y do kids like it so much", "why do kids like it so much"),
        ("y couldnt they track it back then", "why couldnt they track it back then"),
        ("is he working on it rn", "is he working on it right now"),
        ("whats the release date for pt 2", "whats the release date for part 2"),
        ("like who did he talk 2", "like who did he talk to"),
        ("is heroes 2 coming 2 netflix", "is heroes 2 coming to netflix"),
        ("wdym through completion", "what do you mean through completion"),
        ("whats a vcr got to do w anything", "whats a vcr got to do with anything"),
        ("the movie w/ the kid heroes", "the movie with the kid heroes"),
        ("whats a vcr got to do w anything lmao", "whats a vcr got to do with anything lmao"),
        ("is nflx hyped for pt2", "is netflix hyped for part 2"),
        ("wats the update? src", "what's the update? source"),
        ("who's the dir of the flm", "who's the director of the film"),
        ("can netflix tell if i watched the hole movie", "can netflix tell if i watched the whole movie"),
        ("a hole in the plot", "a hole in the plot"),  # a hole
        ("do his kinds work on it too", "do his kids work on it too"),
        ("what are his kinds of films", "what are his kinds of films"),  # kinds
        ("when did the first one cone out", "when did the first one come out"),
        ("an ice cream cone outside", "an ice cream cone outside"),
        ("enna word netflix people use for the film", "what word netflix people use for the film"),  # Tamil's "what"
        ("kya sequel is confirmed", "what sequel is confirmed"),  # Hindi's
        ("is the og still on netflix", "is the original still on netflix"),
        ("why did the grown ups like it", "why did the grownups like it"),
        ("wen does filming start", "when does filming start"),
        ("were did he say all this", "where did he say all this"),  # "were" opening what it cannot open
        ("ok. were can i watch it", "ok. where can i watch it"),
        ("were the kids in the cast siblings?", "were the kids in the cast siblings?"),  # "were" opening a question
    ],
)
def test_chat_spellings_are_written_out_before_the_question_is_read(typed, read):
    assert spelled_out(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("so theyre shooting in 22?", "so theyre shooting in 2022?"),
        ("filming starts in '22", "filming starts in 2022"),
        ("summer 23 then", "summer 2023 then"),
        ("was spy kids out in '99", "was spy kids out in 1999"),
        # a count, a share or a decade is no year
        ("is it streaming in 22 countries", "is it streaming in 22 countries"),
        ("kids watched it in 22 minutes flat", "kids watched it in 22 minutes flat"),
        ("a rating of 22%", "a rating of 22%"),
        ("like the films of the '90s", "like the films of the '90s"),
    ],
)
def test_a_year_by_its_last_two_digits_is_read_in_full(typed, read):
    assert spelled_out(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("what genre is? is comedy?", "what genre is it? is comedy?"),
        ("which one is", "which one is it"),
        ("what type of movie is? genero", "what type of movie is it? genre"),
        ("is a movie or a serie?", "is it a movie or a serie?"),
        # a subject of its own stays
        ("is a sequel coming?", "is a sequel coming?"),
        ("what the plan is?", "what the plan is?"),
        ("what his name is", "what his name is"),
        ("which is it?", "which is it?"),
    ],
)
def test_the_subject_a_learner_drops_is_read_as_it(typed, read):
    assert spelled_out(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("what is the argument of the movie", "what is the plot of the movie"),
        ("the exit of the movie is important for him?", "a success of the movie is important for him?"),
        ("was it an exit or a flop", "was it a success or a flop"),
        ("why netflix pretends to do more movies of this", "why netflix wants to do more movies of this"),
        ("where i can assist the first one?", "where i can watch the first one?"),
        ("what happens with the kids in the history", "what happens with the kids in the story"),
        ("who writes scenario for sequel", "who writes script for sequel"),
        # the English word, used as English speakers do
        ("can i assist him with the setup", "can i assist him with the setup"),
        ("the history of netflix", "the history of netflix"),
        ("worst case scenario for the sequel", "worst case scenario for the sequel"),
        ("I'm writing a paper and want his actual argument", "I'm writing a paper and want his actual argument"),
        ("where is the exit of the cinema", "where is the exit of the cinema"),
        ("my son pretends he isnt watching", "my son pretends he isnt watching"),
    ],
)
def test_a_learners_false_friend_is_read_in_the_english_meant(typed, read):
    assert spelled_out(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("who are the actors of the elenco", "who are the actors of the cast"),
        ("when was the estreno of the first movie", "when was the premiere of the first movie"),
        ("priyanka chopra sale en la pelicula?", "priyanka chopra sale en la film?"),
        ("Los niños love it", "Los kids love it"),
        ("so we can be heroes is a franquicia now for netflix?", "so we can be heroes is a franchise now for netflix?"),
        ("what did he say the kids do before go to the colegio", "what did he say the kids do before go to the school"),
        ("how much money cost the second movie, the presupuesto?", "how much money cost the second movie, the budget?"),
        ("Who is the regisseur of this film?", "Who is the director of this film?"),  # German, Dutch
        ("when start the dreharbeiten for the fortsetzung", "when start the filming for the sequel"),
        # a word that is English too stays
        ("the cast was great", "the cast was great"),
    ],
)
def test_film_talk_in_a_learners_own_language_is_read_in_english(typed, read):
    assert spelled_out(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("quién dirige?", "who directs?"),
        ("de qué trata la película?", "what is the film about?"),
        ("es una peli de superhéroes?", "is it a film de superheroes?"),
        ("boyd holbrook tambem?", "boyd holbrook too?"),
        ("like a family business, como un negocio de familia?", "like a family business, como un family affair?"),
    ],
)
def test_a_question_in_spanish_or_portuguese_is_read_in_english_in_its_common_forms(typed, read):
    assert spelled_out(typed) == read


def test_please_in_a_learners_own_language_is_a_courtesy():
    assert words(spelled_out("who is the director of we can be heroes, per favore")) == ["director", "heroes"]
    assert words(spelled_out("cuando sale la secuela por favor")) == words(spelled_out("cuando sale la secuela"))


def test_chat_hedges_are_no_words_of_the_question():
    assert words(spelled_out("he sound happy ngl?")) == ["sound", "happy"]  # no lie asked about
    assert words(spelled_out("tbh imo the kids love it")) == ["kids", "love"]


def test_laughter_in_any_language_is_no_word_of_the_question():
    assert words("adriana barraza is in? she is mexican like me jaja") == ["adriana", "barraza", "mexican", "like"]
    assert words("haha is it on netflix xd") == ["netflix"]


@pytest.mark.parametrize(
    "question, read",
    [
        ("why does he think kids love it", "why   kids love it"),
        ("what are kids hungry for according to the director", "what are kids hungry for  "),
        ("what do children long for, in his view?", "what do children long for,  ?"),
        ("What did Rodriguez say Netflix's reaction was?", "What   Netflix's reaction was?"),
        ("How does he describe making the films?", "How does he   making the films?"),
        ("how would he sum up his life", "how would he   his life"),
        ("Does the article say the first movie was a hit?", "  the first movie was a hit?"),
        ("a family thing, the way the director talks about it?", "a family thing,   it?"),
        ("when do kids put it on acording to rodriguez", "when do kids put it on  "),  # misspelt
        ("did netflix say they want more", "  they want more"),  # a service's view, in lower case
        ("which year did Mr Rodriguez say they film it", "which year   they film it"),
    ],
)
def test_whose_view_is_asked_for_is_left_out_of_the_words_to_match(question, read):
    assert without_attribution(question) == read


def test_a_view_the_question_asks_about_stays():
    assert without_attribution("what is the director's view on sequels") == "what is the director's view on sequels"
    assert without_attribution("how much is it per month") == "how much is it per month"
    assert without_attribution("how fast did netflix say yes to it") == "how fast did netflix say yes to it"
    assert without_attribution("what does Rodriguez think, per Collider?") == "what  ,  ?"


def test_looking_back_coming_out_is_a_premiere():
    assert phrasal_spelled_out("when did it come out", past=True) == "when did it release premiere"


def test_a_premiere_ahead_is_a_release():
    assert phrasal_spelled_out("when is the premiere of the sequel", ahead=True) == "when is the release of the sequel"
    assert phrasal_spelled_out("premiere?") == "premiere?"


@pytest.mark.parametrize(
    "typed, read",
    [
        # coming, going or dropping out is a release; coming soon and dropping off are not
        ("when does part 2 come out", "when does part 2 release"),
        ("could it come soon", "could it come soon"),
        ("so when could part 2 actually drop", "so when could part 2 actually release"),
        ("did viewing drop off", "did viewing drop off"),
        ("the second part, which day it go out?", "the second part, which day it release?"),
        # not long after is soon after; a length stays
        ("will it drop not long after they film it", "will it release soon after they film it"),
        ("how long is the movie", "how long is the movie"),
        # "what happens" only frames the question; a thing that happened stays
        ("what happens to the kids in the story", "what to the kids in the story"),
        ("What's happening with the sequel?", "what with the sequel?"),
        ("did that happen with spy kids too", "did that happen with spy kids too"),
        # who makes a film, or is behind it, is its director
        ("who's making it", "who director it"),
        ("the guy who made the movie?", "the guy who director the movie?"),
        ("who is behind it", "who director it"),
        ("is he actively developing the sequel?", "is he working on the sequel?"),  # developing is working on
        ("whos makin it", "who director it"),  # as typed fast
        ("who's the guy that made it", "who director it"),  # who made it, by whom
        ("who is behind netflix", "who is behind netflix"),
        # a closing "like" after "what's" only asks what it is; liking, asked, stays
        ("what's the repeat viewing like?", "what's the repeat viewing?"),
        ("what would kids like", "what would kids like"),
        ("what do kids like about it", "what do kids like about it"),
        # grown-up people are adults; grown-up or adult films are mature ones
        ("do the grown-up actors have fun?", "do the adults actors have fun?"),
        ("as much as his grown-up films", "as much as his mature films"),
        ("against his more adult filmography", "against his more mature filmography"),
        ("does he like the adults in the cast", "does he like the adults in the cast"),
        # a work that is out is released, one may still check it out; where a work lands is where it comes out
        ("when's the sequel out?", "when's the sequel release?"),
        ("is part 2 out yet", "is part 2 release yet"),
        ("you should check it out", "you should check it out"),
        ("and the second one, when's that landin", "and the second one, when's that release"),
        ("did the plane land", "did the plane land"),
        # putting a film on is watching it; putting it on a service is not
        ("when do kids usually put it on", "when do kids usually watch it"),
        ("will they put it on netflix", "will they put it on netflix"),
        ("so netflix is actually into it?", "so netflix is actually eager for it?"),
        ("is netflix even that into a part 2", "is netflix even that eager for a part 2"),
        ("kids are into superheroes", "kids are into superheroes"),  # a taste, not a film to be keen on
    ],
)
def test_phrases_are_read_for_what_they_ask(typed, read):
    assert phrasal_spelled_out(typed) == read


def test_film_news_words_for_one_thing_match_each_other():
    lexical = LexicalIndex(["It's a new franchise for them.", "I love making those films."])
    (series,) = lexical.query_terms("a whole series?").terms[1:]
    assert series.credit(frozenset({"franchis"})) > 0.5
    (flick,) = lexical.query_terms("that flick").terms
    assert flick.credit(frozenset({"film"})) > 0.5
    lexical = LexicalIndex(["Netflix ordered a sequel.", "How many viewers watched it?"])
    (greenlit,) = lexical.query_terms("greenlit?").terms
    assert greenlit.credit(frozenset({"order"})) > 0.5
    asked = lexical.query_terms("who asked for a sequel").terms[0]  # a studio asking for one orders it
    assert asked.credit(frozenset({"order"})) > 0.5
    (viewership,) = lexical.query_terms("viewership").terms
    assert viewership.credit(frozenset({"viewer"})) > 0.5
    lexical = LexicalIndex(["It stars Pedro Pascal.", "It is a superhero fantasy."])
    billed = lexical.query_terms("top-billed").terms[-1]  # who a film's billing puts first is whom it stars
    assert billed.credit(frozenset({"star"})) > 0.5
    lexical = LexicalIndex(["The sequel will begin filming in 2022."])
    (shot,) = lexical.query_terms("already shot?").terms[1:]
    assert shot.credit(frozenset({"film"})) > 0.5
    (lensing,) = lexical.query_terms("lensing").terms  # the trade press's word for filming
    assert lensing.credit(frozenset({"film"})) > 0.5
    lexical = LexicalIndex(["It stars Pedro Pascal.", "Robert Rodriguez directed it."])
    (toplining,) = lexical.query_terms("toplining").terms
    assert toplining.credit(frozenset({"star"})) > 0.5
    (helmer,) = lexical.query_terms("helmer").terms
    assert helmer.credit(frozenset({"direct"})) > 0.5
    (talent,) = lexical.query_terms("the adult talent").terms[1:]  # a film's talent is its cast
    assert talent.credit(frozenset({"star"})) > 0.5
    lexical = LexicalIndex(["He was on a press tour this week."])
    (junket,) = lexical.query_terms("a junket?").terms
    assert junket.credit(frozenset({"press"})) > 0.5 and junket.credit(frozenset({"tour"})) > 0.5
    lexical = LexicalIndex(["He saw the analytics data.", "The repeat rate was off the charts."])
    (numbers,) = lexical.query_terms("the numbers").terms
    assert numbers.credit(frozenset({"data"})) > 0.5 and numbers.credit(frozenset({"rate"})) > 0.5
    lexical = LexicalIndex(["The completion rate was high.", "The repeat rate was off the charts."])
    (retention,) = lexical.query_terms("retention?").terms
    assert retention.credit(frozenset({"complet"})) > 0.5
    (rewatches,) = lexical.query_terms("rewatches").terms
    assert rewatches.credit(frozenset({"repeat"})) > 0.5
    # a rewatch is a repeat, and only in part a watch
    watching = LexicalIndex(["The repeat rate was off the charts.", "Kids watch it on VCR."])
    (tapes,) = watching.query_terms("vhs tapes?").terms[1:]
    assert tapes.credit(frozenset({"vcr"})) > 0.5  # home video on tape is the VCR's
    (rewatches,) = watching.query_terms("rewatches").terms
    assert 0 < rewatches.credit(frozenset({"watch"})) < rewatches.credit(frozenset({"repeat"}))
    (finish,) = lexical.query_terms("finish").terms
    assert finish.credit(frozenset({"complet"})) > 0.5
    lexical = LexicalIndex(["Kids will just not stop watching it.", "It didn't mean people watched it."])
    (people,) = lexical.query_terms("ppl?").terms
    assert people.credit(frozenset({"kid"})) > 0.5  # a film's people are its viewers, here kids
    lexical = LexicalIndex(["My own children work on the films."])
    (involved,) = lexical.query_terms("involved?").terms
    assert involved.credit(frozenset({"work"})) > 0.5


def test_a_compound_of_two_knowledge_words_is_read_as_both():
    lexical = LexicalIndex(["So it's a great building of a world.", "I love making those movies."])
    assert lexical.split_compound("worldbuilding") == ["world", "building"]
    assert lexical.split_compound("moviemaking") == ["movie", "making"]
    assert lexical.split_compound("building") == ["building"]  # a knowledge word itself
    assert lexical.split_compound("shipbuilding") == ["shipbuilding"]  # "ship" is no knowledge word
    assert {t.stem for t in lexical.query_terms("any worldbuilding?").terms} == {"world", "build"}


def test_words_that_only_contain_a_chat_spelling_are_left_alone():
    assert spelled_out("gen y kids, ppl's pick, rnd 1sts") == "gen y kids, ppl's pick, rnd 1sts"


def test_a_word_misspelt_into_a_knowledge_stem_takes_the_knowledge_s_spelling():
    index = LexicalIndex(["We Can Be Heroes is a superhero fantasy.", "Netflix ordered a sequel."])
    assert index.repair("heros") == "heroes"
    assert index.repair("sequel's") == "sequel's"  # a possessive is no misspelling
    assert index.repair_text("who directed we can be heros") == "who directed we can be heroes"


def test_a_chat_plural_in_z_is_read_as_the_knowledge_s_plural():
    index = LexicalIndex(["Kids will just not stop watching it."])
    assert index.repair("kidz") == "kids"
    assert index.repair("jazz") == "jazz"


@pytest.mark.parametrize(
    "question, name",
    [
        ("is the dune sequel better than the first", "dune"),
        ("when does the next minecraft update come out", "minecraft"),
        ("when does the next spider-man movie come out", "spider-man"),
        ("what's the plot of the dark knight?", "dark"),
        ("minecraft movie sequel filming date?", "minecraft"),  # a question opening with the work
        ("is the super mario bros movie getting a sequel", "bros"),  # a name of up to three words
        ("is there a paw patrol movie coming", "patrol"),
        ("what streaming service has the harry potter franchise", "potter"),
        ("is the dc snyder cut actually 4 hours long", "snyder"),  # a cut of a work
        ("anyone know if the game of thrones prequel got renewed", "thrones"),
    ],
)
def test_a_lower_case_word_naming_another_work_is_found(question, name):
    index = LexicalIndex(["Netflix ordered a sequel to We Can Be Heroes.", "It is the first movie of a franchise."])
    assert index.named_works(question) == [name]
    assert index.unknown_names(question) == []  # those are capitalised names only


def test_the_first_movie_or_a_work_the_knowledge_names_is_not_another_work():
    index = LexicalIndex(["Netflix ordered a sequel to We Can Be Heroes.", "It is the first movie of a franchise."])
    assert index.named_works("when did the first movie come out, and is the heroes sequel filming?") == []


def test_whose_movie_asks_who_owns_it_and_names_no_work():
    index = LexicalIndex(["Netflix ordered a sequel to We Can Be Heroes.", "It is the first movie of a franchise."])
    assert index.named_works("whose movie is it") == []


def test_a_word_of_when_where_a_title_would_go_names_no_work():
    index = LexicalIndex(["Netflix ordered a sequel to We Can Be Heroes.", "It is the first movie of a franchise."])
    assert index.named_works("first movie is still on netflix or they deleted it") == []


def test_a_kind_of_film_is_not_another_work():
    index = LexicalIndex(["Netflix ordered a sequel to We Can Be Heroes.", "It is the first movie of a franchise."])
    index.set_dictionary(frozenset({"action", "comedy", "patrol", "paw"}))
    assert index.named_works("is it a comedy, an action movie, something else?") == []
    assert index.named_works("is there a paw patrol movie coming") == ["patrol"]  # a title after "a"


def test_a_word_where_a_title_goes_names_a_work():
    index = LexicalIndex(["Netflix ordered a sequel to We Can Be Heroes.", "He was on a press tour, watching it."])
    assert index.named_works("is encanto on netflix or only on disney plus") == ["encanto"]
    assert index.named_works("who starred in desperado with antonio banderas") == ["desperado"]
    assert index.named_works("did robert rodriguez direct sin city") == ["sin"]
    assert index.named_works("how did netflix describe it to him, direct quote if possible") == []  # a quote's kind
    assert index.named_works("is it still on netflix or did it quietly vanish") == []  # a pronoun names no work
    assert index.named_works("does netflix still have the office") == ["office"]  # what a service carries
    assert index.named_works("does netflix still have it") == []
    # where a work streams, and when it came out
    assert index.named_works("is from dusk till dawn streaming anywhere") == ["dusk"]
    assert index.named_works("where can i watch desperado") == ["desperado"]
    assert index.named_works("what year did heathers come out") == ["heathers"]
    assert index.named_works("is it streaming anywhere") == []
    assert index.named_works("where can i watch the first one") == []
    assert index.named_works("when did the sequel come out") == []
    assert index.named_works("is the first one a netflix movie") == []
    assert index.named_works("anyone know when the next spider-man comes out") == ["spider-man"]
    assert index.named_works("they keep asking me when the next one comes out") == []
    # a work praised as one, which the question after it asks about
    assert index.named_works("HEATHERS is SUCH a good movie!!! what year did it come out") == ["HEATHERS"]
    assert index.named_works("it was such a good movie! when does the sequel come out") == []
    assert "dusk" in index.named_works("is from dusk till dawn actually a vampire movie")  # what kind of film it is
    assert index.named_works("who did pedro pascal play in game of thrones") == ["game"]
    assert index.named_works("sin city was co-directed by who besides rodriguez") == ["sin"]  # before the verb
    assert index.named_works("the sequel was directed by who") == []
    assert index.named_works("who else plays in it besides pedro") == []
    assert index.named_works("why did netflix cancel 1899") == ["1899"]  # what a service cancelled
    assert index.named_works("did they cancel the sequel") == []
    # a pronoun, a knowledge word, a knowledge word done again, or no streaming service after "on": no title
    assert index.named_works("is it on netflix") == []
    assert index.named_works("is rewatching on netflix common") == []
    assert index.named_works("Is the streamer keen on another installment?") == []
    assert index.named_works("is that a direct quote or the writer's paraphrase?") == []  # "direct" as adjective
    assert index.named_works("it was co-directed by who besides rodriguez") == []  # "by who" is no title
    assert index.named_works("is sky high ever getting a sequel") == ["sky"]
    assert index.named_works("is it getting a sequel") == []
    assert index.named_works("is we can be heroes getting a sequel") == []


@pytest.mark.parametrize(
    "question",
    [
        "Which company gave the green light for the follow-up film?",
        "which of the older films does he compare it to?",
        "what can the streaming numbers show now that they couldnt before",
        "numbered sequel name pls",
        "is there an official sequel title yet",
    ],
)
def test_a_word_saying_which_work_does_not_name_another(question):
    index = LexicalIndex(["Netflix ordered a sequel to We Can Be Heroes.", "It is the first movie of a franchise."])
    assert index.named_works(question) == []


@pytest.mark.parametrize(
    "question, works",
    [
        ("who directed the incredibles 2?", ["incredibles 2"]),
        ("does spy kids 3 still hold up", ["kids 3"]),
        ("will there be a we can be heroes 3", ["heroes 3"]),
        ("is spy kids 5 happening", ["kids 5"]),
        ("stranger things s5 release date", ["things s5"]),  # a show's season
        ("why did incredibles 2 take 14 years", ["incredibles 2"]),
        ("is the incredibles 2 better than the first one", ["incredibles 2"]),  # compared with its first
        ("is the incredibles 3 actually happening", ["incredibles 3"]),
        ("is we can be heroes 2 filming yet", []),  # the knowledge writes "Heroes 2"
        ("wat year do they film heros 2", []),  # misspelt
        ("is season 2 out", []),  # a season is a fact of its own, not a work
        ("who did he talk 2 about part 2", []),  # chat's "2" for "to"
        ("name 3 cast members, go", []),  # asking for so many
        ("wait so when do they actually start filming 2", []),  # doing it, for the second one
        ("kids watch it 2 times a day", []),
        ("did extraction 2 go straight to netflix", ["extraction 2"]),
        ("what year did spy kids 3d come out", ["kids 3d"]),
        ("how many minutes count? i heard 2", []),  # a verb after "i", not a work
        ("when he will film the movie 2?", []),  # the film in view, numbered as learners do
        ("did netflix say yes to making a number 2???", []),
    ],
)
def test_a_numbered_work_the_knowledge_never_writes_is_another_work(question, works):
    index = LexicalIndex(["The Spy Kids movies were hits.", "He plans on filming We Can Be Heroes 2 next year."])
    assert index.numbered_works(question) == works


def test_a_close_synonym_counts_even_for_a_word_the_knowledge_has():
    index = LexicalIndex(["Kids will just not stop watching it.", "My own children work on the films."])

    def neighbours(word: str) -> list[tuple[str, float]]:
        return {"kids": [("children", 0.88), ("school", 0.6)]}.get(word, [])

    kids = index.query_terms("kids", neighbours, synonym=0.75).terms[0]
    assert kids.matches == {"kid": 1.0, "children": 0.88}  # "school" is not close enough
    assert index.query_terms("kids", neighbours).terms[0].matches == {"kid": 1.0}  # by default, none


def test_a_sentence_in_another_language_is_left_out_of_a_message_with_one_in_english():
    index = LexicalIndex(["Kids will just not stop watching it.", "My own children work on the films."])
    index.set_dictionary(frozenset({"whose", "kids", "like", "how", "often", "rewatch"}))
    assert index.in_english("de qué trata la peli? whose kids are they") == "whose kids are they"
    assert index.in_english("whose kids are they") == "whose kids are they"
    # all of it in another language: nothing in English to keep
    assert index.in_english("de qué trata la peli?") == "de qué trata la peli?"
    # chat's short words are no language: "tl;dr" still asks for the gist
    assert index.in_english("tl;dr? whose kids are they") == "tl;dr? whose kids are they"
    # a German sentence is German though some of its words are English ones too ("die", "den", "kinder")
    index.set_dictionary(frozenset({"like", "how", "often", "they", "rewatch", "die", "den", "kinder", "film"}))
    assert index.in_english("wie oft schauen die Kinder den Film? like how often they rewatch") == (
        "like how often they rewatch"
    )


@pytest.mark.parametrize(
    "typed, read",
    [
        ("pedro pascal??? :eyes:", ["pedro", "pascal"]),
        ("<@123> when does filming start <:pog:456>", ["filming", "start"]),
        ("filming at 10:30:00?", ["filming", "10", "30", "00"]),  # a time is no emoji code
    ],
)
def test_chat_codes_for_emoji_and_mentions_are_no_words(typed, read):
    assert words(spelled_out(typed)) == read


def test_a_numbered_name_that_is_no_word_is_another_work_whatever_follows():
    lexical = LexicalIndex(["He plans on filming We Can Be Heroes 2 next year."])
    lexical.set_dictionary(frozenset({"trophies", "the"}))
    assert lexical.numbered_works("the ps5 spiderman 2 trophies") == ["spiderman 2"]
    assert lexical.numbered_works("we can be heroes 2 trophies") == []


def test_a_name_the_knowledge_writes_numbered_as_it_never_is_is_another_work():
    lexical = LexicalIndex(["It happened with the Spy Kids movies.", "He plans on filming We Can Be Heroes 2."])
    assert lexical.numbered_works("where can i stream spy kids 2 right now") == ["spy kids 2"]
    assert lexical.numbered_works("filming we can be heroes 2 when") == []


@pytest.mark.parametrize(
    ("question", "people"),
    [
        ("was james cameron the director of alita", ["james cameron"]),
        ("is pedro pascal in it", []),  # the knowledge names him
        ("my son jake wants to know", []),  # the asker's own
        ("ryan asked about the sequel", []),  # a verb after a first name
    ],
)
def test_someone_written_in_lower_case_by_a_common_first_name_is_an_unknown_name(question, people):
    lexical = LexicalIndex(["It stars Pedro Pascal and others.", "He plans on filming the sequel."])
    assert lexical.unknown_names(question) == people


@pytest.mark.parametrize(
    ("question", "works"),
    [
        ("is the sky high movie from 2005 on netflix", ["movie from 2005"]),
        ("who directed the 1978 version of superman", ["the 1978 version"]),
        ("is the movie in 2022 filming", []),  # a year the knowledge gives
    ],
)
def test_a_work_dated_by_a_year_the_knowledge_never_gives_is_another_work(question, works):
    lexical = LexicalIndex(["He plans on filming the sequel in 2022."])
    assert lexical.dated_works(question) == works
