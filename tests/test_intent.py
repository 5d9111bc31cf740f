"""What a question asks for, and which sentences offer it: the tie-breakers similarity cannot settle."""

from __future__ import annotations

import pytest

from retrieval.intent import (
    Tense,
    Wants,
    asks_whence,
    asks_where,
    asks_where_said,
    feeling_holders,
    names_a_place,
    question_tense,
    question_wants,
    sentence_offers,
    sentence_tense,
)


@pytest.mark.parametrize(
    "question, wants",
    [
        ("when does filming start?", Wants.TIME),
        ("does he even like doing kids movies?", Wants.FEELING),
        ("is it still doing numbers or did it fizzle out", Wants.CONTINUATION),
        ("is it still doing numbers", Wants.PERFORMANCE),
        # how far its viewers got is how it did
        ("did people finish the movie or bail halfway through", Wants.PERFORMANCE),
        ("Do kids actually make it to the end or do they lose interest halfway?", Wants.PERFORMANCE),
        ("do ppl rewatch it alot", Wants.PERFORMANCE),
        ("did it do good", Wants.PERFORMANCE),
        ("who's the source on this?", Wants.SOURCE),
        ("how strong is netflix's appetite for the next one?", Wants.DESIRE),
        ("who directs it?", Wants.PERSON),
        ("who is in the cast", Wants.PEOPLE),
        ("which website did he talk to?", Wants.PLACE),
        ("wheres it streaming", Wants.PLACE),
        ("wat website did he talk to", Wants.PLACE),
        ("why do kids love it?", Wants.REASON),
        ("is it so popular because of the kids?", Wants.REASON),
        ("how many minutes count as a view?", Wants.NUMBER),
        ("does anyone know how many views it got", Wants.NUMBER),
        ("whats the plot", Wants.DESCRIPTION),
        ("What sort of picture is it exactly? A cartoon? A western?", Wants.DESCRIPTION),
        ("what genre is? is comedy?", Wants.DESCRIPTION),
        ("movie is about what?", Wants.DESCRIPTION),
        ("the main characters are the kids of who?", Wants.DESCRIPTION),  # whom the story follows
        ("how did rodriguez feel about the numbers", Wants.FEELING),
        ("is netflix excited about the sequel", Wants.FEELING),
        ("did the adults enjoy it?", Wants.FEELING),
        ("Is there precedent for this kind of engagement with his earlier titles?", Wants.PRECEDENT),
        ("do the adult actors even have fun on these", Wants.FEELING),
        ("are the actors having a blast", Wants.FEELING),
        ("what netflix think about succes of the film", Wants.FEELING),
        ("which two figures impressed him most?", Wants.FEELING),
        ("where can i watch it", Wants.AVAILABILITY),
        ("what service is it on?", Wants.AVAILABILITY),
        ("is it streaming anywhere", Wants.AVAILABILITY),
        ("is the first one still on netflix or did it leave", Wants.AVAILABILITY),
        ("Watch it where?", Wants.AVAILABILITY),
        ("How does he sum up the experience at the close of that quote?", Wants.CONCLUSION),
        ("how does he describe making the films with his family", Wants.CHARACTER),
        ("How does the director describe what children want from such movies?", Wants.DESIRE),
        ("How did Rodriguez sum up the experience of making kids' films in a phrase?", Wants.CONCLUSION),
        # why an audience likes it asks for its motive: "kids crave empowerment"
        ("y do kids like it so much", Wants.DESIRE),
        ("Why does he believe these films resonate so strongly with young viewers?", Wants.DESIRE),
        ("How does the director explain the reason children keep coming back to the movie?", Wants.DESIRE),
        ("Who interviewed Rodriguez?", Wants.SOURCE),
        ("Who did Rodriguez give this interview to?", Wants.SOURCE),
        ("so who'd he say that to?", Wants.SOURCE),
        ("Is the sourcing firsthand, or is the piece aggregating another outlet's interview?", Wants.SOURCE),
        ("did he tell variety about it?", Wants.SOURCE),
        ("i thought i read he told variety about the sequel?", Wants.SOURCE),
        ("wait, was this during some promo thing?", Wants.OCCASION),
        ("so when is rodriguez planning to make part 2", Wants.TIME),
        ("why do they watch it so much, when do they watch?", Wants.TIME),
        ("director?", Wants.PERSON),
        ("How long ago did the first film come out?", Wants.TIME),
        ("is the sequel officially greenlit?", Wants.DECISION),
        ("who gave the green light for part 2", Wants.DECISION),
        ("Is the sequel a settled thing, or only a rumour?", Wants.DECISION),
        ("wait is netflix actually making a second one or is this just a rumor", Wants.DECISION),
        ("is there gonna be a part 2 or nah", Wants.DECISION),
        ("what phrase did he use for the on-set vibe with his family", Wants.CHARACTER),
        ("what's netflix's take on it", Wants.FEELING),
        ("its been out a while now, are people still watching it?", Wants.CONTINUATION),
        ("kids are probably bored of it by now tbh", Wants.CONTINUATION),
        ("is this even real or just some random fan rumor", Wants.DECISION),
        ("one word netflix uses for the movie per robert rodriguez?", Wants.NAMING),
        ("Is a follow-up confirmed, or is it just a rumour?", Wants.DECISION),
        ("the sequel is official or not?", Wants.DECISION),
        ("what did he call working on it with his family", Wants.CHARACTER),  # how he describes doing it
        ("is it official yet", Wants.DECISION),
        ("Q7: name the outlet Rodriguez talked to", Wants.SOURCE),
        ("it's not on disney+, is it?", Wants.AVAILABILITY),
        ("is spy kids on disney plus", Wants.AVAILABILITY),  # a work on a service
        ("we can be heroes is in disney plus?", Wants.AVAILABILITY),  # as learners put it
        ("he likes to do this movies?", Wants.FEELING),
        ("whats the director's name", Wants.PERSON),
        ("which actors are in it", Wants.PERSON),
        ("which young actresses are in the cast?", Wants.PERSON),
        ("which filmmaker is behind the sequel", Wants.PERSON),
        ("What single word does Netflix use for the film's performance?", Wants.NAMING),
        ("what nickname did netflix give it lol", Wants.NAMING),
        ("What is it the Netflix folk call the film, according to the director?", Wants.NAMING),
        ("who does he say he's making these for", Wants.AUDIENCE),
        ("for who he is making the movies", Wants.AUDIENCE),  # "for whom", as a second language writes it
        ("what legacy franchise does he compare the rewatch pattern to", Wants.WORK),
        ("does he even care about kids movies or is it just the money", Wants.FEELING),
        ("does netflix like the movie", Wants.FEELING),
        ("For whom are these films made, according to Rodriguez?", Wants.AUDIENCE),
        ("who's he making these films for really", Wants.AUDIENCE),
        ("who is he making these for, per the quote", Wants.AUDIENCE),  # whose word it is, after the question
        ("who's the target consumer in his framing", Wants.AUDIENCE),
        ("Which earlier films of his does Rodriguez compare this to?", Wants.WORK),
        ("what other movies of his does he compare this to", Wants.WORK),
        ("name the older rodriguez franchise he compares this to", Wants.WORK),  # a quiz's "name the": which
        ("what did he compare it to", Wants.WORK),
        ("what's he compare it to", Wants.WORK),  # its "did" dropped
        ("does he compare it to any other movies", Wants.WORK),
        ("How often do kids rewatch We Can Be Heroes?", Wants.FREQUENCY),
        ("how many times do kids watch it a day according to him", Wants.FREQUENCY),
        ("when are kids watching it", Wants.FREQUENCY),  # when in the day: "in the morning before school"
        ("in what time of day kids watch this film", Wants.FREQUENCY),
        ("Q: According to Rodriguez, at what two times of day do kids watch We Can Be Heroes?", Wants.FREQUENCY),
        ("how many days a week do kids watch it", Wants.FREQUENCY),
        ("sir how many times a day kids watching it?", Wants.FREQUENCY),  # after a courtesy
        ("how many times do kids rewatch it", Wants.FREQUENCY),
        ("the robert guy, whats his last name", Wants.PERSON),  # his name in full
        ("was this like an interview or something?", Wants.OCCASION),  # what the news was
        ("is we can be heroes just for kids or all ages", Wants.AGES),  # whom it is for, by age
        ("is we can be heroes on disney plus or netflix", Wants.AVAILABILITY),  # a title of four words on a service
        ("what did he compare we can be heroes to", Wants.WORK),  # the work it was likened to
        ("what was rodriguez's other big kids franchise he compared it to", Wants.WORK),
        ("did he bring up any of his older movies", Wants.WORK),
        ("who said all this", Wants.SOURCE),  # whose word the news is
        ("is a film for kids or for adults, what type", Wants.AGES),
        ("who did Robert Rodriguez talk to", Wants.SOURCE),
        ("movie still popular now or people forget it", Wants.CONTINUATION),
        ("did lots of ppl watch it", Wants.PERFORMANCE),
        ("did most of the children watch it all the way to the end", Wants.PERFORMANCE),
        ("Are the numbers good?", Wants.PERFORMANCE),
        ("what does he think these movies give kids", Wants.DESIRE),
        ("At what times of day do children watch the movie?", Wants.TIME),
        ("Which outlet did he talk to?", Wants.SOURCE),
        ("who did he tell about the sequel", Wants.SOURCE),
        ("was the interview w/ variety or deadline?", Wants.SOURCE),  # which of two outlets
        ("In what context were these remarks made?", Wants.OCCASION),
        ("has netflix ever had a movie do this before", Wants.PRECEDENT),
        ("Did he claim the viewing pattern was unprecedented for the platform?", Wants.PRECEDENT),
        ("is it like the most rewatched movie ever lol", Wants.PRECEDENT),  # more than any before it
        ("why was he doing interviews this week anyway", Wants.OCCASION),
        ("What was Mr. Rodriguez doing this week when he spoke of the sequel?", Wants.OCCASION),
        ("rodriguez announced this at comic con right?", Wants.OCCASION),  # where it was said: on what occasion
        ("it's on disney+ isnt it", Wants.AVAILABILITY),
        ("so when i can watch the part 2 finally", Wants.AVAILABILITY),  # in learners' word order
        ("what was the director up to when he made these comments?", Wants.OCCASION),
        ("What was Rodriguez doing this week when he talked about the sequel?", Wants.OCCASION),
        ("Does the filmmaker take these family movies as seriously as his grown-up films?", Wants.COMPARISON),
        ("do these kids' films matter less to him than his R-rated stuff?", Wants.COMPARISON),
        ("Are the family films as important to him as his grown-up work?", Wants.COMPARISON),
        ("Does he make only films for children or also something darker?", Wants.COMPARISON),  # learners' order
        ("Are kids movies so important for him like his serious films", Wants.COMPARISON),
        ("what type of films he make other than the kids one", Wants.COMPARISON),  # his others against them
        ("what kind of movies rodriguez does normally apart of the kids ones", Wants.COMPARISON),
        ("how is netflix's tracking different from the spy kids era", Wants.CHANGE),  # then against now
        ("how netflix count views before vs now", Wants.CHANGE),
        ("so how is netflix's tracking different from the vcr days", Wants.CHANGE),
        ("mature films vs kids films", Wants.COMPARISON),
        ("does robert rodrigez only make kids films", Wants.COMPARISON),
        ("The director makes only films for kids, or also other type of films?", Wants.COMPARISON),
        ("does this franchise behave like netflix's other stuff", Wants.COMPARISON),
        ("What does the director say distinguishes this new franchise?", Wants.COMPARISON),
        ("does this franchise behave like the other ones netflix has?", Wants.COMPARISON),
        ("does he say the movie acts diffrent from other movies", Wants.COMPARISON),
        ("does it ever slow down in views or what", Wants.CONTINUATION),
        ("Is the film's momentum fading at all?", Wants.CONTINUATION),
        ("what can netflix track now that they couldn't before", Wants.CHANGE),
        ("is rodriguez working on part 2 himself?", Wants.SELF),
        ("ok but is he actually working on it or just talking", Wants.SELF),  # in his own words: "which I'm working on"
        ("What does he think kids are hungry for?", Wants.DESIRE),
        ("What do children long for, in his view?", Wants.DESIRE),
        ("what do kids really want from a movie", Wants.DESIRE),
        ("how has the first film been doing according to the streamer", Wants.PERFORMANCE),
        ("was the movie a hit", Wants.PERFORMANCE),
        ("how's netflix reacting to how well it has done", Wants.PERFORMANCE),
        ("does this series perform the same as netflix's other stuff", Wants.PERFORMANCE),
        ("so it has legs or was it a one-week spike", Wants.CONTINUATION),  # the trade's words
        ("movie still doing good or views going down already", Wants.CONTINUATION),
        ("collider interview or some other site", Wants.SOURCE),
        ("how does the piece describe the original, hit or modest performer", Wants.PERFORMANCE),
        ("is heroes 2 a netflix project or is it shopping elsewhere", Wants.DECISION),  # whose it is
        ("is the sequel also a netflix thing or going somewhere else", Wants.DECISION),
        ("the sequel is also from netflix?", Wants.DECISION),  # whose it is, in learners' word order
        ("are the superheroes only grown ups", Wants.AGES),
        ("superheroes of what age range", Wants.AGES),
        ("so the heroes in it are kids? or adults too", Wants.AGES),
        ("is WCBH just a kids-as-heroes thing or heroes of every age", Wants.AGES),
        ("were netflix suprised how good it did", Wants.FEELING),  # misspelt, as children write it
        ("what did netflix think when it kept getting views after launch", Wants.FEELING),
        ("is it true netflix never seen a movie like it before", Wants.PRECEDENT),  # not whether they like it
        ("when was the interview", Wants.OCCASION),  # when something was said: on the occasion
        ("when did he talk about this", Wants.OCCASION),
        ("when did he say all this stuff", Wants.OCCASION),
        ("why was he doing all these intervews", Wants.OCCASION),  # misspelt, as children write it
        ("y was he even doin interviews rn", Wants.OCCASION),
        ("who is he making these for basically", Wants.AUDIENCE),
        ("does he make movies for other families", Wants.AUDIENCE),  # whether for them
        ("who does he see as the customer for these films", Wants.AUDIENCE),
        ("who does he see as the end customer here", Wants.AUDIENCE),
        ("hows it been doing on netflix", Wants.PERFORMANCE),
        ("wie oft schauen die Kinder den Film? like how often they rewatch", Wants.FREQUENCY),  # after "like"
        ("wasnt it variety he said this to?", Wants.SOURCE),  # whom he told, checked
        ("was this from a variety interview or something else?", Wants.SOURCE),
        ("is robert rodriguez working on part 2", Wants.SELF),  # a full name, as his initials are read
        ("is he working in the sequel actually?", Wants.SELF),
        ("he is working already in the sequel or not yet", Wants.SELF),  # in learners' word order
        ("what can netflix's metrics tell them that old school tracking couldn't", Wants.CHANGE),
        ("are his kids involved", Wants.KIN),
        ("does the director's family help make these movies", Wants.KIN),
        ("do rodriguez's own children work on it", Wants.KIN),
    ],
)
def test_a_question_says_what_it_asks_for(question, wants):
    assert wants in question_wants(question)


@pytest.mark.parametrize(
    "question, not_wanted",
    [
        ("can streaming services tell how many times a house rewatches a movie", Wants.AVAILABILITY),
        ("when do kids watch it?", Wants.AVAILABILITY),
        ("how does he describe making the films?", Wants.FEELING),
        ("why do kids like it so much?", Wants.FEELING),
        ("Does this film behave differently from the others, in his opinion?", Wants.FEELING),  # whose view
        ("how is netflix's tracking different from the spy kids era", Wants.COMPARISON),  # a change
        ("How does Netflix know if a family watches the film more than once?", Wants.COMPARISON),  # how often
        ("which board games are fun for a family night?", Wants.FEELING),
        ("what was rodriguez doing this week when he said all this", Wants.TIME),
        ("What does the director say children are hungry for?", Wants.PERSON),  # the director asks nothing
        ("How long ago did the first film come out?", Wants.NUMBER),  # a time, not a length
        ("did the director give a reason why children respond to it?", Wants.PERSON),
        ("On which two ways did kids watch Spy Kids, according to the director?", Wants.PERSON),
        ("what kind of movie is it", Wants.WORK),  # a description
        ("What buttons do those movies push for kids?", Wants.WORK),  # what the films do
        ("Why couldn't anyone measure how often kids rewatched films in the old days?", Wants.FREQUENCY),  # why
        ("is the batman better than the dark knight", Wants.COMPARISON),  # of things the knowledge does not weigh
        ("does he feel like he's living his best life making them", Wants.FEELING),  # an opinion, not a feeling
        ("Does the director feel these movies tick every box?", Wants.FEELING),
        ("how long is the movie", Wants.DESIRE),  # a length, not a longing
        ("could anybody count how many times kids watched spy kids", Wants.NUMBER),  # whether, not how many
        ("Do the grown-up actors also enjoy themselves on set?", Wants.SELF),  # enjoying oneself
        ("Has an official premiere date been announced for the sequel?", Wants.DECISION),  # a date is asked
        ("is zendaya engaged or is that a rumor", Wants.DECISION),  # a rumour of no film being made
        ("does he think its gonna be a whole franchise", Wants.DECISION),  # what it will be, not whether
        ("he is already working on the sequel or not yet?", Wants.TIME),  # whether, not when
        ("Can you confirm what Rodriguez told Collider?", Wants.DECISION),  # asked of the reader
        ("Confirm: Robert Rodriguez is the one directing it?", Wants.DECISION),  # a moderator's frame
        ("why couldnt they measure how popular spy kids was back then", Wants.PERFORMANCE),  # why, not how popular
        ("what was he doing this week", Wants.PERFORMANCE),  # what he did, not how well
        ("what is the source of their powers in the movie?", Wants.SOURCE),  # the story's, not the news's
        ("How does the article sum up the first movie's concept?", Wants.CONCLUSION),  # the piece's, no quote's
        ("How would he describe these films in a word or two?", Wants.CONCLUSION),  # a word for them
        # how he describes a thing, unless something more particular is asked, or the piece describes it
        ("What word does the company use to describe the movie?", Wants.CHARACTER),
        ("How does the director describe what children want from such movies?", Wants.CHARACTER),
        ("how does the article describe the first movie", Wants.CHARACTER),
        ("why does he like making them", Wants.DESIRE),  # his reasons are his own, not an audience's motive
        ("why did the adult actors like doing this film?", Wants.DESIRE),
        # the context of a mention is the passage that makes it, not the occasion of the interview
        ("Is Disney Channel mentioned anywhere in the piece, and in what context?", Wants.OCCASION),
        ("what about spy kids did kids finish that one too", Wants.PERFORMANCE),  # another work's viewers
        ("is there an official release date?", Wants.DECISION),  # a date, not whether the film is decided
        ("what did he call working on it with his family", Wants.NAMING),  # no name of a thing
        # a reason told after the question, not asked
        ("How surprised was Netflix by how well it did? My kids are a big part of the reason", Wants.REASON),
        ("What sort of other films does he usually make?", Wants.WORK),  # a kind, not which titles
        ("what other type of films rodriguez does besides kid movies", Wants.WORK),
        ("do the adult actors have fun", Wants.AGES),  # the cast's ages, not the story's heroes'
        ("who's making part 2, is it the same director", Wants.DECISION),  # who makes it: its director
        ("is we can be heroes for adults too", Wants.AGES),  # the title's heroes: whom it is for
        ("when did he say filming starts?", Wants.OCCASION),  # when what he said happens
        ("how does netflix know, like do they track that", Wants.FEELING),  # "like" of talk, not of liking
        ("my grandson is very keen to know", Wants.DESIRE),  # the asker's curiosity
        # what someone could never do before, not whether it ever happened before
        ("so the actors kids could never watch mom and dad's movies before this one lol", Wants.PRECEDENT),
        # who is in it, or a lesser alternative, not whom it is for
        ("is it just kids or are there actual adult actors", Wants.AGES),
        ("Does he think these films are creative or just for kids", Wants.AGES),
        # a check asked of the server, not whether it is decided
        ("can someone confirm rodriguez said they film heroes 2 next yr? ping me", Wants.DECISION),
    ],
)
def test_a_question_does_not_ask_for_what_it_only_mentions(question, not_wanted):
    assert not_wanted not in question_wants(question)


def test_the_closing_words_of_a_quotation_of_several_sentences_conclude_it():
    assert Wants.CONCLUSION in sentence_offers("You're checking all the boxes, living the best life.\"")
    assert Wants.CONCLUSION not in sentence_offers("He said: \"I love making those films.")  # opens one
    assert Wants.CONCLUSION not in sentence_offers("They call it unstoppable,\" he said.")  # a quote of its own
    assert Wants.CONCLUSION not in sentence_offers("The movie is streaming now on Netflix.")


def test_living_the_best_life_says_how_one_feels():
    assert Wants.FEELING in sentence_offers("You're checking all the boxes, living the best life.\"")


def test_saying_what_a_thing_is_like_in_talk_characterises_it():
    for text in ["So it's like a family affair.", "They're so creative.", "It's family time."]:
        assert Wants.CHARACTER in sentence_offers(text)
    assert Wants.CHARACTER not in sentence_offers("The movie is streaming now on Netflix.")


def test_a_sentence_offers_what_it_holds():
    assert Wants.TIME in sentence_offers("The sequel will begin filming in 2022.")
    assert Wants.PLACE in sentence_offers("The movie is streaming now on Netflix.")
    assert Wants.PERSON in sentence_offers("according to director Robert Rodriguez")
    assert Wants.PEOPLE not in sentence_offers("according to director Robert Rodriguez")
    assert Wants.PEOPLE in sentence_offers("It stars Pedro Pascal, Priyanka Chopra, Christian Slater and Sung Kang.")
    assert sentence_offers("That behaves very differently.") == frozenset({Wants.COMPARISON, Wants.PERFORMANCE})
    assert Wants.FEELING in sentence_offers("he was extremely pleased by what he saw")
    assert Wants.FEELING in sentence_offers("They've been shocked at how well it's kept doing.")
    assert Wants.AVAILABILITY in sentence_offers("The movie is streaming now on Netflix.")
    assert Wants.AVAILABILITY not in sentence_offers("kids watch it on VCR or watch on Disney channel")
    # A capitalised name after "the" is a thing, not a person.
    assert Wants.PERSON not in sentence_offers("And I think it happened with the Spy Kids movies.")
    assert Wants.DECISION in sentence_offers("Netflix ordered a sequel to We Can Be Heroes shortly after it premiered")
    # A motive is a reason too: why kids love these movies.
    assert Wants.REASON in sentence_offers("But kids crave empowerment and those movies just hit those buttons.")
    # Whereabouts in common words are a place too; "in 2022" is not.
    assert Wants.PLACE in sentence_offers("Rodriguez was on a press tour this week.")
    assert Wants.PLACE not in sentence_offers("The sequel will begin filming in 2022.")
    # What something is called, and whom it is for.
    assert Wants.NAMING in sentence_offers('They call it unstoppable," he said.')
    assert Wants.AUDIENCE in sentence_offers("You're making products for other families.")
    assert Wants.AUDIENCE not in sentence_offers("I love making those films.")
    assert Wants.WORK in sentence_offers("And I think it happened with the Spy Kids movies.")
    assert Wants.WORK not in sentence_offers("I love making those films.")
    assert Wants.SOURCE in sentence_offers("He told reporters from Collider that he plans on filming next year.")
    assert Wants.OCCASION in sentence_offers("Rodriguez was on a press tour this week promoting his new work.")
    assert Wants.PRECEDENT in sentence_offers('"They\'ve never seen any movie behave like that.')
    assert Wants.COMPARISON in sentence_offers("these projects mean as much to him as any of his darker work")
    assert Wants.CONTINUATION in sentence_offers("It just will not stop.")
    assert Wants.CONTINUATION in sentence_offers('They call it unstoppable," he said.')
    assert Wants.CHANGE in sentence_offers("But now with their metrics, they can tell how many times...")
    assert Wants.DESIRE in sentence_offers("But kids crave empowerment and those movies just hit those buttons.")
    assert Wants.DESIRE not in sentence_offers("Kids will just not stop watching it.")
    assert Wants.FREQUENCY in sentence_offers("kids just will watch it in the morning before school every day")
    assert Wants.PERFORMANCE in sentence_offers("They've been shocked at how well it's kept doing.")
    assert Wants.PERFORMANCE in sentence_offers("including the sequel to his hit Netflix original film")
    assert Wants.PERFORMANCE not in sentence_offers("kids crave empowerment and those movies just hit those buttons")
    assert Wants.AGES in sentence_offers("his hit Netflix original film about superheroes of all ages")
    assert Wants.KIN in sentence_offers("My own children work on the films.")
    assert Wants.KIN not in sentence_offers("You're making products for other families")


@pytest.mark.parametrize(
    "question, asks",
    [
        ("where are they filming the sequel?", True),
        ("Where will the sequel be shot, which city?", True),
        ("ok so where did this news come from", True),
        ("where can i watch it", False),  # where it streams: a kind of answer of its own
        ("what older kid movies did the same thing where kids watched them a ton", False),  # a relative "where"
        ("is his studio located in austin?", True),
        ("In which city or studio will the sequel be shot?", True),
        ("filming location", True),  # a search box's words
    ],
)
def test_a_question_asks_where_only_when_it_opens_a_question_with_it(question, asks):
    assert asks_where(question) is asks


def test_a_question_about_time_looks_back_or_ahead_like_the_sentence_that_answers_it():
    assert question_tense("when did it premiere?") == {Tense.PAST}
    assert question_tense("when will filming start?") == {Tense.FUTURE}
    assert question_tense("what is it about?") == frozenset()
    assert question_tense("when the first movie come out") == {Tense.PAST}  # the first one is out, in any grammar
    assert Tense.PAST not in question_tense("my son loved the first one, do we know when the second one comes out?")
    assert sentence_tense("shortly after it premiered last year") == {Tense.PAST}
    assert sentence_tense("he plans on filming it next year") == {Tense.FUTURE}
    assert sentence_tense("there is no official release date for the sequel just yet") == {Tense.FUTURE}


def test_a_feeling_is_held_by_the_word_before_it():
    assert feeling_holders("and he was extremely pleased by what he saw") == {"he"}
    assert feeling_holders('"They\'ve been shocked at how well it\'s kept doing.') == {"they"}
    assert feeling_holders("the studio is eager for the next installment") == {"studio"}
    assert feeling_holders("The adults have a great time too.") == {"adults"}
    assert feeling_holders("It just will not stop.") == frozenset()
    # past the verbs and adverbs of a question: "is netflix actually excited", "he sound happy"
    assert feeling_holders("is netflix actually excited about a second one") == {"netflix"}
    assert feeling_holders("he sound happy?") == {"he"}


def test_a_name_after_from_says_where_something_comes_from_not_where_it_happens():
    sentence = "He told reporters from Collider that he plans on filming We Can Be Heroes 2 next year."
    assert not names_a_place(sentence)
    assert names_a_place(sentence, whence=True)
    assert names_a_place("Filming moved to Austin, Texas.")
    assert names_a_place("Rodriguez was on a press tour this week.")
    assert asks_whence("where did this news come from?")
    assert not asks_whence("where will they film it?")


def test_where_something_was_said_asks_for_the_occasion_or_whom_he_told():
    assert asks_where_said("where was the director talkin about this")
    assert asks_where_said("where was the interview made")
    assert Wants.SOURCE in question_wants("where did he say this?")
    assert not asks_where_said("where will they film it?")
    assert not asks_where_said("what did he say about the numbers?")


@pytest.mark.parametrize(
    "question",
    ["Is that Shooter McGavin chap from Happy Gilmore in it?", "the one from Pump Up the Volume is in it, right?"],
)
def test_the_words_of_a_title_ask_nothing(question):
    assert Wants.FEELING not in question_wants(question)  # "Happy" is a title's
    assert question_wants("is Robert Rodriguez happy") == {Wants.FEELING}  # a name before it takes nothing away


def test_chat_contractions_without_apostrophe_ask_as_written_out():
    assert Wants.TIME in question_wants("whens the second one filming")
    assert Wants.REASON in question_wants("whys netflix so happy")


def test_what_the_asker_never_did_before_asks_no_precedent():
    assert Wants.PRECEDENT not in question_wants("i never seen the first one whats it about before i watch the second")
    assert Wants.PRECEDENT in question_wants("has netflix never seen a movie like this before?")
