"""A question asked in Spanish, Portuguese, French or Italian, or mixing one with English, is read in English."""

from __future__ import annotations

import pytest

from retrieval.own_language import in_english, mixes_in

from .conftest import cited_passages


@pytest.mark.parametrize(
    "question",
    [
        "los adultos del cast la pasaron bien?",
        "pq a netflix tá tão animada? why are they so hyped about it",
        "está na netflix?",  # one function word, with an accent
        "what he say about the metrics, no entendí bien esa parte",  # accented words
        "quienes actuan en we can be heroes",  # asked by its question word
        "c'est quoi le film?",
    ],
)
def test_a_message_in_another_language_or_mixing_one_in_is_recognised(question):
    assert mixes_in(question)


@pytest.mark.parametrize(
    "question",
    [
        "who directed it?",
        "is El Mariachi by the same guy?",  # a title's particle
        "y do kids love it so much? y is it popular",  # chat's "y" is why
        "is the first one for sale?",
        "she was lavagirl na po",  # Filipino courtesy
        "um what is it about",
    ],
)
def test_an_english_message_is_left_as_it_is(question):
    assert not mixes_in(question)
    assert in_english(question) == question


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("por qué netflix quiere otra??", "why netflix wants another??"),
        ("y la segunda cuando sale", "and the sequel when will come out"),
        ("los adultos del cast la pasaron bien?", "the adults of the cast had a great time?"),
        ("de que se trata we can be heroes", "what is it about we can be heroes"),
        ("pq a netflix tá tão animada?", "why a netflix is so excited?"),
        ("cuántos minutos cuenta como view?", "how many minutes counts as view?"),
    ],
)
def test_question_words_phrases_and_words_are_read_in_english(typed, read):
    assert in_english(typed) == read


def test_a_sentence_opening_que_asks_what_and_como_how_elsewhere_they_join_and_compare():
    assert in_english("que dijo netflix about the movie") == "what said netflix about the movie"
    assert in_english("como lo miden? es como una app") == "how measure it? is it like a app"


def test_la_or_lo_before_a_verb_or_after_its_infinitive_is_it():
    assert in_english("quien la dirige y cuando la filman?") == "who directs it and when film it?"
    assert in_english("mis hijos la ven everyday") == "my kids watch it everyday"
    assert in_english("le gusta hacerlas a rodriguez?") == "does he like make it a rodriguez?"


def test_o_is_or_in_a_spanish_message_and_the_in_a_portuguese_one():
    assert in_english("es una serie o una peli?") == "is it a series or a film?"
    assert in_english("dijo eso en una entrevista o que") == "said this in a interview or what"
    assert in_english("o filme tem trailer?") == "the film there is trailer?"


def test_an_adjective_after_its_noun_goes_before_it():
    assert in_english("hay actores nuevos en la 2?") == "there is new actors in the sequel?"


def test_sale_ending_what_is_said_of_someone_asks_whether_they_are_in_it():
    assert in_english("christopher mcdonald sale o lo confundo con otra") == (
        "christopher mcdonald is in it or confuse it with another"
    )


def test_a_learners_film_words_are_read_in_any_message():
    assert in_english("quien es el director de la película?") == "who is the director of the film?"


def test_words_two_languages_read_apart_are_read_by_the_language_of_the_message():
    assert in_english("qual o filme mais assistido do Disney+?") == "which the film most watched of the Disney+?"
    assert in_english("os filhos do rodriguez trabalham nos filmes?") == "the kids of the rodriguez work in the films?"


def test_an_article_joined_to_its_word_is_read_and_marks_the_language():
    assert mixes_in("titolo dell'articolo?")
    assert in_english("les enfants le regardent avant l'école?") == "the kids watch it before the school?"


def test_chats_short_forms_of_small_words_are_written_out_first():
    assert in_english("de q va la primera?") == "what is it about the first one?"
    assert in_english("entonces la 2 es segura, xq a veces cancelan todo") == (
        "so the sequel is certain, because sometimes cancel all"
    )


def test_esta_before_what_goes_on_is_is_and_before_a_verb_para_is_to():
    assert in_english("el director ya esta trabajando en la secuela") == "the director already is working on the sequel"
    assert in_english("qual a ordem certa pra assistir os filmes?") == "which a right order to watch the films?"


def test_a_message_opening_on_is_asks_of_the_subject_it_drops_but_not_after_a_comma():
    assert in_english("es malo ver la tele antes del cole?").startswith("is it bad")
    assert in_english("mio figlio guarda la tele, è un problema?").endswith(", is a problem?")



def test_a_word_two_languages_read_apart_follows_the_language_with_most_of_its_own_small_words():
    assert in_english("il dit quoi sur les enfants?").startswith("what does he say")
    assert in_english("il film è doppiato in italiano?") == "the film is dubbed in another language?"
    assert in_english("e i numeri? li ha visti lui?") == "and the numbers? saw them he?"


def test_a_regular_verb_is_read_in_every_form_and_tense():
    assert in_english("quando filmaram o primeiro?") == "when filmed the first one?"
    assert in_english("ils tournent le 2 quand?") == "they film the sequel when?"
    assert in_english("cuándo filmarán la segunda?") == "when will film the sequel?"


def test_a_form_that_is_an_english_word_of_another_meaning_stays_english():
    assert in_english("¿está fine la película?") == "is fine the film?"


def test_a_message_of_a_few_words_needs_one_word_of_the_language_only():
    assert mixes_in("nova franquia?", frozenset({"nova"}))
    assert in_english("christopher mcdonald tb?") == "christopher mcdonald too?"


def test_given_the_english_words_a_word_only_these_languages_have_marks_the_message():
    english = frozenset({"where", "it", "streaming", "in"})
    assert not mixes_in("dove lo trovo in streaming")
    assert mixes_in("dove lo trovo in streaming", english)
    assert in_english("dove lo trovo in streaming", english) == "where find it in streaming"


def test_what_was_seen_is_seen_and_an_opening_weekend_is_one():
    english = frozenset({"netflix"})
    seen = in_english("habia visto netflix algo asi antes??", english)
    assert seen == "had seen netflix something like this before??"
    assert in_english("¿Qué dijo sobre el fin de semana de estreno?") == "what said about the opening weekend?"


def test_what_a_phrase_gives_in_english_is_not_read_again_as_another_language():
    assert in_english("Quando esce il sequel di Enola Holmes su Netflix?") == (
        "when will come out the sequel of Enola Holmes on Netflix?"
    )
    assert in_english("est-ce que ces films comptent autant pour lui") == "these films mean as much to him"


def test_what_a_thing_is_is_asked_of_a_thing_not_of_the_film():
    assert in_english("o que é um VCR? meu avô tinha um").startswith("what is a VCR?")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("los nietos y los abuelos la miran juntos?", "the grandkids and the grandparents watch it juntos?"),
        ("quem fez a trilha sonora?", "who made a soundtrack?"),
        ("les ados triperont sur le 2?", "the kids will love about the sequel?"),
        ("os atores curtiram gravar?", "the actors enjoyed film?"),
    ],
)
def test_everyday_words_and_more_regular_verbs_are_read(typed, read):
    assert in_english(typed) == read


def test_a_pronoun_joined_after_an_infinitive_is_read_after_the_verb():
    assert in_english("puedes recomendarme una peli?") == "can recommend a film?"
    assert in_english("pueden mostrarnos el tráiler?") == "can show us the trailer?"


def test_a_pronoun_joined_before_a_verb_by_an_apostrophe_is_read_with_it():
    assert in_english("j'ai une question sur le film") == "i have a question about the film"
    assert in_english("t'es quel genre de bot?").startswith("you are which")


def test_tu_is_you_in_french_and_italian_and_your_in_spanish():
    assert in_english("qual è il tuo preferito? e tu?") == "what is your favourite? and you?"
    assert in_english("cuál es tu película favorita de él?") == "what is your favourite film of he?"


def test_a_regular_verbs_participles_are_read_in_the_plural_too():
    assert "enjoyed" in in_english("gli attori si sono goduti il set?")
    assert "filmed" in in_english("las escenas fueron filmadas en texas?")


def test_chats_short_forms_mark_the_language_too():
    english = frozenset({"netflix", "a"})
    assert mixes_in("pk netflix veut absolument un 2", english)
    assert in_english("pk netflix veut absolument un 2", english) == "why netflix wants absolutely a sequel"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("sung kang revient dans le 2?", "sung kang comes back in the sequel?"),
        ("tá passando onde?", "is streaming where?"),
        ("pourquoi les ados aiment ce genre de films", "why the kids like this kind of films"),
        ("pourriez-vous me dire qui joue dedans?", "could you tell who is in the cast?"),
    ],
)
def test_phrases_of_what_people_ask_are_read_whole(typed, read):
    assert in_english(typed) == read


def test_il_in_a_spanish_or_portuguese_message_is_the_italian_article():
    assert in_english("quando esce il sequel?") == "when will come out the sequel?"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("il a dit 'la meilleure vie'?", "he has said 'the best life'?"),
        ("c'est quoi l'histoire qu'il raconte?", "what is the story that he tell?"),
        ("che cos'è sta storia?", "what is this story?"),
        ("imparable, d'après lui?", "unstoppable, according to him?"),
        ("la nueva serie de los X-Men vale la pena?", "the new series of the X-Men worth it?"),
    ],
)
def test_quotes_elided_pronouns_and_names_with_a_hyphen_are_read_as_meant(typed, read):
    assert in_english(typed) == read


def test_a_verb_with_it_joined_drops_the_italian_infinitives_last_vowel_too():
    assert "stop" in in_english("i bambini non smettono mai di guardarlo?")


def test_what_someone_liked_is_read_in_italian():
    assert in_english("agli attori è piaciuto girarlo?") == "to the actors liked film it?"


def test_a_portuguese_infinitive_with_its_subject_is_read_as_the_verb():
    assert in_english("as crianças não pararem de ver") == "the kids not stop of watch"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("quién es el guionista y el productor?", "who is the screenwriter and the producer?"),
        ("los espectadores la ven pronto?", "the viewers watch it soon?"),
        ("la prensa dice que es oficial", "the press says that is official"),
    ],
)
def test_the_film_trades_words_are_read(typed, read):
    assert in_english(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # "no se" before a verb says it is not done; before what is not known, "I don't know"
        ("por qué no se podía medir lo de spy kids?", "why not could measure the of spy kids?"),
        ("no se si sale", "i don't know if is in it"),
        # Portuguese "o" is "the" in a message whose small words are Portuguese ones
        ("q tava fazendo o diretor essa semana", "what was doing the director this week"),
        # a word a table reads whole is no verb with "la" joined to it; Rome's "er" is "il"
        ("de che parla er film?", "what is it about the film?"),
        ("los cabros la terminan de ver o la dejan a la mitad", "the kids finish it of watch or leave it halfway"),
        ("mis nietos la ponen antes del cole", "my grandkids play it before school"),
        ("adriana barraza actúa ahí?", "adriana barraza is in it?"),
        ("raga ma i film dc sono meglio o peggio dei marvel", "but the film dc are better or worse than marvel"),
        ("y qué le pareció a él la data, quedó contento?", "and what did he think of a he the data, was happy?"),
        ("Si trovano ancora le videocassette da qualche parte?", "can you find still the videotapes anywhere?"),
    ],
)
def test_more_everyday_words_and_what_small_words_mean_before_a_verb_are_read(typed, read):
    assert in_english(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("dove lo vedo il primo?", "where watch it the first one?"),
        ("mi hija la ha visto como 20 veces, a otros niños les pasa igual?",
         "my daughter has seen like 20 times, a other kids happens to them the same?"),
    ],
)
def test_a_pronoun_before_a_verb_or_an_auxiliary_is_read_with_it(typed, read):
    assert in_english(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # "secondo" before whose word it is; "cosa" anywhere in an Italian message
        ("secondo Rodriguez cosa cercano i bambini?", "according to Rodriguez what look for the kids?"),
        ("il secondo film quando esce?", "the sequel when will come out?"),
        # Portugal's "porque é que" asks why; "sabes se" asks whether one knows
        ("E o Disney Channel, porque é que aparece no artigo?", "and the Disney Channel, why appears in the article?"),
        ("sabes se o Disney+ tem filmes?", "do you know if the Disney+ are there films?"),
        # Quebec's "c'est-tu", French chat's "genre" before a number, and the cast list called "casting"
        ("c'est-tu vrai? mon gars l'a vu genre 40 fois", "is it true? my boy the a seen like 40 times"),
        ("Sung Kang est dans le casting?", "Sung Kang is in the cast?"),
        ("c'est quel genre de film?", "what genre of film?"),
        # Sicily's and Naples' everyday words
        ("quannu nesci u secunnu?", "when comes out u second?"),
        ("i figghi nun putevano vidiri i film?", "the children not could see the film?"),
    ],
)
def test_according_to_why_is_it_and_dialect_words_are_read(typed, read):
    assert in_english(typed, frozenset({"film", "the"})) == read  # (given English words, their own words mark them)


@pytest.mark.parametrize(
    "question",
    ["导演说第二部什么时候开拍", "Почему дети так любят этот фильм?", "وين اقدر اشوف الجزء الاول؟"],
)
def test_a_question_in_a_script_nothing_reads_is_told_which_languages_are_read(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.citations
    assert "English, Spanish, Portuguese, French, Italian, German or Dutch" in answer.text
    assert "doesn't say" not in answer.text  # which would not be the truth


def test_a_few_words_of_another_script_in_an_english_question_are_still_read(engine):
    assert engine.ask("when does filming start? 谢谢").answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("on peut le mater ou le 1", "streaming now on Netflix"),  # French slang for watching
        ("cmq come fa netflix a sapere se una famiglia lo riguarda", "again and again"),  # how does, rewatches
    ],
)
def test_french_slang_and_italian_how_does_and_rewatching_find_their_passage(engine, question, expected):
    assert any(expected in passage for passage in cited_passages(engine, question))


@pytest.mark.parametrize(
    "question",
    ["ci saranno sharkboy e lavagirl nel 2?", "la suite va raconter quoi ? mêmes persos ?"],
)
def test_who_will_be_in_the_sequel_asked_in_italian_or_french_is_unsaid(engine, question):
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("il completion rate era alto?", "completion rate"),  # "era" marks the message as Italian
        ("rodriguez dice che fa film per altre famiglie, che intende?", "other families"),  # "fa", "che intende"
        ("fa film per altre famiglie? cosa dice di preciso", "other families"),  # "per" before a word ending so
    ],
)
def test_italian_was_makes_what_he_means_and_for_others_are_read(engine, question, expected):
    assert any(expected in passage for passage in cited_passages(engine, question))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("adriana barraza y sung kang salen?", "Adriana Barraza"),  # Spanish "salen": who appears
        ("pq a netflix ficou chocada com o filme", "shocked"),  # Portuguese "ficou"
        ("c ki le réal de we can be heroes", "director Robert Rodriguez"),  # French chat "c ki"
        ("cv dire quoi le truc des 5 minutes", "five minutes"),  # "cv dire quoi": what does it mean
        ("xke netflix è rimasta scioccata", "shocked"),  # Italian "rimasta"
    ],
)
def test_chat_short_forms_and_verbs_of_becoming_in_the_four_languages_are_read(engine, question, expected):
    assert any(expected in passage for passage in cited_passages(engine, question))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Tu sais me dire où on peut regarder le premier film ?", "streaming now on Netflix"),  # "can you tell me"
        ("cioè netflix è rimasta sorpresa dal successo??", "shocked"),  # Italian "sorpresa"
        ("tsé combien de fois les jeunes le réécoutent, y dit quoi là-dessus?", "again and again"),  # Quebec's
    ],
)
def test_can_you_tell_me_surprised_and_quebec_s_rewatching_are_read(engine, question, expected):
    assert any(expected in passage for passage in cited_passages(engine, question))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("o estudio ta animado com a parte 2 ou n", "eager for the next installment"),  # Portuguese "a parte 2"
        ("xq dice q el box office del primer finde no significa nada", "opening weekend"),  # the first weekend's
        ("5 min ça compte comme une vue ?? mdr", "five minutes"),  # French "une vue"
        ("il dit quoi sur le côté créatif, ça l'épanouit ?", "creative fulfillment"),
        ("cosa c'entrano le vhs e il disney channel nel discorso", "VCR"),  # Italian "cosa c'entra"
    ],
)
def test_part_two_a_view_fulfilment_and_what_has_to_do_with_in_the_four_languages_are_read(engine, question, expected):
    assert any(expected in passage for passage in cited_passages(engine, question))


def test_an_adjective_after_an_article_already_read_in_english_stays_after_it():
    # ("il" read "the" where the message reads as Portuguese: "the nuovo film" is "the new film", not "new the film")
    assert in_english("quando il nuovo film esce?") == "when the new film come out?"
