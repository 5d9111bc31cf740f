"""Whether a question is one the knowledge can answer at all: a fact it never mentions, a question in
general, a question pointing at no subject of it, a question about a sequel."""

from __future__ import annotations

import pytest

from retrieval.scope import (
    asked_facts,
    asked_part,
    asks_gist,
    asks_headline,
    asks_in_general,
    asks_meaning,
    asks_membership,
    asks_membership_of_subject,
    asks_sequel_title,
    asks_story,
    asks_to_check,
    first_alternative,
    names_sequel,
    points_at_subject,
    questions_of,
    sequel_spelled_out,
    without_chatter_after,
    without_chatter_before,
    without_hearsay,
    without_hedge,
    without_interjection,
    without_purpose,
    without_sign_off,
)


@pytest.mark.parametrize(
    "question",
    [
        "is he working on it?",
        "how long has the original been out?",
        "does the streamer like the sequel",
        "who made this?",
        "Does the piece suggest a long wait between shooting and the premiere?",  # the piece is the knowledge's
        "does it keep its audience?",
        "who plays the kids tho",  # a part, in no other work named
        "did the grown-up performers enjoy the shoot?",  # its shoot, its set, its production
        "was it fun on the set",
        "first movie was a hit yaar?",  # its article dropped, as chat drops it
        "second film when",
        "bro was promoting what exactly",  # "bro", as chat calls someone in view
        "the kids in movie are the childs of who?",  # its article dropped, as learners drop it
        "where i can watch first one",
        "when did the 1st come out",  # its noun dropped
    ],
)
def test_a_question_can_point_at_the_subject_without_naming_it(question):
    assert points_at_subject(question)


@pytest.mark.parametrize(
    "question",
    [
        "who directed the dark knight", "what metrics should a startup track", "when is comic con this year",
        "How does Netflix make most of its money, ads or subscriptions?",  # its own money
        "who played the parents in spy kids",
        "what's the article about climate change everyone in general chat is talking about",  # another article
        "bro what's the weather like in austin",  # said to someone
        "what is taught in film school",  # a school, no film in view
        "who was the first superhero",
    ],
)
def test_a_question_about_something_else_points_at_nothing(question):
    # "this year", "that time", "these days" point at a time, not at the subject.
    assert not points_at_subject(question)


def test_he_means_whom_the_question_names_when_it_names_someone():
    question = "machete cast danny trejo how many movies did he make with rodriguez"
    assert points_at_subject(question)
    assert not points_at_subject(question, someone_named=True)
    assert points_at_subject("did rodriguez say when they start filming it?", someone_named=True)  # "it" still does


@pytest.mark.parametrize(
    "question, facts",
    [
        ("whats the budget and the box office", ["budget", "box office"]),
        ("how much money did we can be heroes make", ["box office"]),
        ("how long is the movie?", ["runtime"]),
        ("how long has the original been out?", []),
        ("how much money did they spend making heroes 2", ["budget"]),
        ("How much does a Netflix family plan cost per month?", ["price"]),
        ("How long will the second film run, in minutes?", ["runtime"]),
        ("is stranger things season 5 out yet", ["seasons"]),
        ("Does he care about kids movies as much as his R-rated stuff?", []),
        ("did it win an oscar", ["awards"]),
        ("is oscar isaac in it", []),  # a name
        ("does he care about the kid movies as much as his violent r rated stuff", []),
        ("is it rated pg?", ["age rating"]),
        ("who is pedro pascal married to and how old is he", ["anyone's age", "anyone's partner"]),
        ("do kids watch it before school?", []),
        ("Will the sequel be released in cinemas or only streaming?", ["theatrical release"]),
        ("will heroes 2 be in theaters", ["theatrical release"]),  # the sequel by its numbered title
        ("is the first one a netflix original or was it in theaters", []),  # "his hit Netflix original film"
        ("How many views did We Can Be Heroes get on Netflix?", ["viewing figures"]),
        ("exactly how many households streamed the film in its first month?", ["viewing figures"]),
        ("how about rewatches, how many people watched it more than once", []),  # the repeat rate says
        ("how many viewers made it to the end credits, roughly", []),  # the completion rate says
        ("how does netflix know how many times a family watched it", []),
        ("who founded netflix and what year", ["any founder or creator"]),
        ("who created superman originally", ["any founder or creator"]),
        ("how did he make el mariachi on like 7000 dollars", ["any money"]),
        ("he made it for $7000 right?", ["any money"]),
        ("who did priyanka chopra marry?", ["anyone's partner"]),
        ("how many devices can stream at once on the standard plan", ["price"]),
        ("when did they stop manufacturing VCRs?", ["anything being discontinued"]),
        ("which countries is netflix not available in", ["any country"]),
        ("What year did VCRs stop being manufactured?", ["anything being discontinued"]),
        ("is disney+ cheaper than netflix", ["price"]),
        ("how much is netflix standard with ads now, they keep raising it", ["price"]),
        ("what's the highest grossing superhero movie of all time", ["box office"]),
        ("will it ever stop? kids keep watching it", []),
        ("who owns netflix now", ["any owner"]),
        ("what other movies has pedro pascal been in", ["anyone's other roles"]),
        ("what else has vivien blair acted in", ["anyone's other roles"]),
        ("how much does netflix usually pay for an original movie", ["price"]),
        ("how much is netflix premium a month now", ["price"]),
        ("why is netflix so expensive now bruh", ["price"]),
        # who plays a part, which the cast list does not say; not who plays in it
        ("who plays the dad in it", ["the characters"]),
        ("who played wonder woman", ["the characters"]),
        ("does taylor dooley play lavagirl in it", ["the characters"]),  # whether someone plays a part
        ("does pedro pascal play in it", []),  # whether he is in it
        ("who pedro pascal plays in the movie, what character", ["the characters"]),
        ("who plays in it", []),
        ("who played in the first one", []),
        ("what camera does robert rodriguez shoot with", ["any equipment"]),
        ("who is the editor-in-chief of Collider", ["any executive"]),
        ("is Netflix still bigger than Disney+ in subscribers", ["viewing figures"]),
        ("how much does netflix spend on original content per year", ["budget"]),
        ("does Rodriguez teach filmmaking classes", ["any teaching"]),
        ("how does the netflix recomendation algorithm actually work", ["any algorithm"]),
        ("what other movies has robert rodriguez directed?", ["anyone's other roles"]),
        ("who is the ceo of netflix these days", ["any executive"]),
        ("What is the running time of the original film?", ["runtime"]),
        ("Who's doing the score for the sequel?", ["music"]),
        ("What will the sequel be titled officially?", ["official title"]),
        ("Will any new actors join the cast of the sequel?", ["cast changes"]),
        ("will the same kid actors return in the second film?", ["cast changes"]),
        ("Is Pedro Pascal confirmed to reprise his role in the sequel?", ["cast changes"]),
        ("Which of the original kid actors are confirmed to return for the sequel?", ["cast changes"]),
        ("why do children keep coming back to the movie?", []),  # to watch it again
        ("do kids keep coming back for more?", []),
        ("will the sequel add new superkids to the cast", ["cast changes"]),
        # the sequel by its title's last word
        ("when do they start filming the new heroes movie, does anybody know? he is 8", []),
        ("which company is doing the visual effects on the sequel", ["the visual effects"]),
        ("Is there going to be a We Can Be Heroes animated series?", ["a series"]),
        ("what new powers do the kids get in part 2", ["new powers"]),
        ("How long will We Can Be Heroes 2 be?", ["runtime"]),
        ("how long will it be before the sequel comes out?", []),  # a wait, not a length
        ("how many people are in the listed cast, they name like 10 right", []),  # who is in it, not an audience
        ("how long is the first movie", ["runtime"]),
        ("what's the duration of the film", ["runtime"]),
        ("how long is the first movie out on netflix", []),  # since when, not a length
        ("what other projects was he promoting on that tour", ["the other projects by name"]),
        ("which movies was he plugging, by name?", ["the other projects by name"]),
        ("what else was he promoting on the tour", []),  # "some of his new and upcoming work"
        ("Was the director promoting other projects on that tour, or only this one?", []),  # whether, not which
        ("is yaya gosselin coming back for 2??", ["cast changes"]),
        ("will sharkboy and lavagirl show up in the new one", ["cast changes"]),
        ("sharkboy and lavagirl will appear in the sequel??", ["cast changes"]),
        ("sharkboy and lavagirl cameo in 2 or nah", ["cast changes"]),
        ("what was the exact premiere date of the first one", ["an exact date or figure"]),
        ("who's writing the sequel", ["script"]),
        ("who wrote the first film", ["script"]),
        ("who wrote the article", []),  # the piece, not a film
        ("what jobs do his kids do on set", ["his children's jobs"]),
        ("What are the names of the director's children who work on the films?", ["his children's names"]),
        ("what are his kids called", ["his children's names"]),
        ("they will make part 3 also?", ["a third film"]),
        ("is it coming in hindi dub also", ["dubbing or subtitles"]),
        ("is it available with english subs", ["dubbing or subtitles"]),
        ("is part 2 gonna be longer than the first one", ["runtime"]),
        ("are they doing open casting for kids? my son wants to audition so bad", ["casting calls"]),
        ("which production company is co-producing the sequel with netflix", ["production companies"]),
        ("any theatrical window planned for heroes 2 or straight to streaming", ["theatrical release"]),
        ("will it release in theatres also or only netflix", ["theatrical release"]),
        ("ok but how many households actually watched it? give me a number", ["viewing figures"]),
        ("does he give any actual viewership numbers", ["viewing figures"]),
        ("How many millions of people watched the first one? Did they give a number?", ["viewing figures"]),
        ("Does Netflix download shows for offline viewing on a plane?", ["any downloads"]),
        ("how did nielsen measure tv ratings before streaming, like the diary thing?", ["TV ratings"]),
        ("did he actually get to see netflix's real numbers??", []),  # he did: the analytics data
        ("any new talent attached for the sequel", ["cast changes"]),
        ("WHAT DAY EXACTLY DO THEY START FILMING", ["an exact date or figure"]),
        ("will the sequel be in 3D like sharkboy and lavagirl was", ["3D or IMAX"]),
        ("Will the new one be shown in the theaters or only on the Netflix", ["theatrical release"]),
        ("what's pedro pascal's star sign", ["anyone's star sign"]),
        ("how many subs does netflix have", ["viewing figures"]),  # subscribers
        ("whats the netflix stock ticker and whats it trading at", ["the studio's stock"]),
        ("How much money are they spending on the second film? Regards", ["budget"]),
        ("Any content concerns in the film, such as violence or strong language?", ["content warnings"]),
        ("do these mean as much to him as his violent r rated stuff", []),  # his darker work
        ("is part 2 out", []),
        ("what vpn actually works for netflix us these days", ["any country"]),
        ("was he only promoting heroes 2 or other stuff too", []),
        ("will there be a third movie?", ["a third film"]),
        ("when will filming wrap on the sequel?", ["the end of the shoot"]),
        ("Is the sequel's release expected long after filming wraps?", []),
        ("What was the exact completion rate percentage?", ["an exact date or figure"]),
        ("what's the average completion rate across all Netflix originals", ["an exact date or figure"]),
        ("what month in 2022 does shooting start", ["an exact date or figure"]),  # the article gives the year
        ("Which character does YaYa Gosselin play in the film?", ["the characters"]),
        ("how much money does netflix make from it?", ["box office"]),
        ("what does completion rate mean in youtube analytics", ["anyone's social media"]),
        ("is there a we can be heroes video game", ["any merchandise"]),
        ("is it available on dvd or bluray anywhere", ["any home release"]),
        ("how does the netflix top 10 list count hours viewed", ["viewing figures"]),
        ("How does he position the family fare against his darker filmography?", []),
        ("what was robert rodriguez's first movie", ["anyone's debut"]),
        ("when did the first movie come out", []),  # the subject's first film, not anyone's debut
        # the asker's own life is context, not a fact asked for
        ("My husband swears Priyanka Chopra is in it. Who's right?", []),
        ("how does the box office-type success fit with the artistic side for him", []),  # a kind of success
        # where a pasted claim comes from is not asked about
        ("Someone on Twitter said opening weekends mislead. Does the article back that?", []),
        ("does pedro pascal have a twitter account", ["anyone's social media"]),
        ("Is Adriana Barraza in the cast? She is very famous in my country.", []),
        ("Who is Priyanka Chopra's husband? My husband wants to know", ["anyone's partner"]),
        ("when do cameras start rolling on the follow-up?", []),  # filming, not equipment
        ("and who's behind the camera for it?", []),  # directing
        ("What happens to the kids over the course of the story?", []),
        # the options of a multiple-choice question are not what it asks for
        ("Why couldn't anyone track Spy Kids rewatches? A) piracy B) the VCR C) only box office was counted", []),
        ("what was the box office? a) 10m b) 20m", ["box office"]),
        # nor a lesser alternative set against what it asks
        ("is it a coming of age thing or just 90 mins of CGI explosions", []),
        ("is that from rodriguez himself or some 'insider' on twitter again", []),
        ("is there a trailer or just a teaser", ["trailer"]),
        ("he said it in a interview or in twitter?", []),  # another venue, last
        ("is the sequel netflix or theatrical", []),
        ("quanto dura o filme? how many minutes", ["runtime"]),
        ("how many minutes is it", ["runtime"]),
        ("who sang heroes, was it david bowie", ["music"]),  # who sang, a song's
        ("is sung kang in it", []),
        ("how many minutes do people have to watch for it to count", []),  # what counts as watched
        ("like was it an interview or a tweet or what", []),  # a guess among others
        ("is there a trailer or what", ["trailer"]),
        # nor why the asker asks
        ("where did he say it, because my cousin sends me 'news' from tiktok all the time", []),
        ("who wrote the script, because my wife wants to know", ["script"]),
        ("Did Netflix buy any studios recently?", ["any acquisition"]),
        ("is the original a netflix original or an acquisition they picked up", []),  # how it came to netflix
        ("is robert rodriguez friends with tarantino", ["anyone's friendships"]),
        ("is he on twitter or instagram?", ["anyone's social media"]),
        # nor a time after the shoot
        ("after they finish filming how long until release??", []),
        ("when will they finish filming", ["the end of the shoot"]),
        # nor figures said to be kept secret, which asks whether they are shared
        ("Isn't Netflix super secretive about viewership numbers? how did he know any of this", []),
        ("what are the secret viewership numbers", ["viewing figures"]),
        ("how many views did it get, netflix never shares that", ["viewing figures"]),
    ],
)
def test_a_question_can_ask_for_a_fact_about_a_film(question, facts):
    assert asked_facts(without_hearsay(question)) == facts


@pytest.mark.parametrize(
    "question, claim",
    [
        ("Someone on Twitter said big opening weekends mislead. True?", "said big opening weekends mislead. True?"),
        ("A YouTuber claimed the numbers are a bonus.", "claimed the numbers are a bonus."),
        ("I read on Reddit that filming starts in 2021", "that filming starts in 2021"),
        ("What did he post on Instagram?", "What did he post on Instagram?"),  # asked, not a source
    ],
)
def test_who_a_pasted_claim_comes_from_is_left_out(question, claim):
    assert " ".join(without_hearsay(question).split()) == claim


@pytest.mark.parametrize(
    "question",
    [
        "how do you become a film director with no experience",
        "best superhero movies of all time?",
        "is it safe to let a 6 year old watch youtube kids alone",
        "recommend a good anime for kids",
        "can you suggest a fun superhero movie for tonight",
        "my 10yo daughter wants a superhero movie with a girl as the main hero, any recs?",
        "name a sequel thats better than the original, i'll start: the dark knight",
        "is the movie theater at the mall open on thanksgiving",
        "why do sequels usually suck compared to the first movie",  # sequels in general
        "dc vs marvel who has released more movies",
        "why do so many superhero movies come out every year, isnt everyone tired of them",
        "What are some good Disney+ shows for a 6-year-old?",
        "whats the best superhero game on switch rn",
        "who would win hulk or superman",
        "Which Disney+ shows are good for a seven-year-old?",
        "what is a good completion rate for an online course",
        "which streaming service has the most anime",
        "what's on disney channel tonight",
        "hey bot tell me a joke about superheroes",
        "which is older, dc comics or marvel comics",
        "netflix vs max which one has better documentaries",
        "how you say 'superhero' in portuguese",  # a word in another language
        "why my netflix say too many people are using your acount",  # what one's own app says
        "Which streaming services offer discounts for schools or libraries?",  # services in general
        "is it cheaper to buy movies or rent them",
        "good books for kids that make them feel empowered?",
        "at what age do kids stop thinking superheroes are real",
        "whats the best netflix original show right now",
        "can i download netflix movies to watch on a plane",
        "why does netflix keep buffering on my smart tv",
        "is the boys ok for a 13 year old to watch",
        "should kids be allowed to watch tv before school in the morning",
        "what does empowerment mean in psychology",
        "how do vcrs even work lol my kid has never seen one",
        "what channel number is the disney channel on cable",
        "will it rain this weekend lol",
        "best superhero franchise ranked",
        "What is the best age to let kids watch superhero movies?",
        "what time does school start in japan?",
        "what time does school usually start in texas",
        "wat time is it in los angeles rn",
        "how do they film movies with green screen",
        "what's on netflix this weekend",
        "is there a good film about kids with powers",
        "who is the strongest superhero in marvel comics",
        "what was the first netflix original show ever",
        "what camera is good for filming youtube videos with my kids",
        "can u share a netflix account with someone in another house",
        "is collider a reliable source for movie news",
        "netflix app keeps logging me out on my tv, anyone know a fix",
        "marvel or dc which sells more comics these days",
        "is there any research on kids rewatching the same movie, is it good for their brain",
        "what's the difference between a sequel, prequel and spin-off",
        "does samsung tv have the netflix app built in",
        "write me a short poem about superheroes of all ages",
        "translate 'family time' into spanish pls",
        "any good superhero movies on netflix?",
        "is disney+ or netflix better for kids shows",
        "my son rewatches the same cartoon every single day, is that normal or should i worry",
        "Could someone tell me how to record a programme on the new television box?",
        "What superhero films are showing at the cinema this weekend?",  # a catalogue
        "whats the name of that movie where the guy keeps living the same day over and over",  # a film to name
        "dc or marvel, settle this for my sons pls",
        "how do they film green screen scenes",
        "How do film crews get child actors to school while shooting?",
        "how does netflix decide what shows to cancel",
        "what's the best order to watch the spy kids movies for a 7 year old",
        "best robert pattinson batman scenes",
        "what's a good movie to watch with the kids this weekend?",
        "good movies for family movie night that arent superhero stuff?",
        "is there a way to download netflix shows on a laptop",  # a how-to
        "my daughter wants to be an actress, how do kids even get agents?",  # how anyone gets into a line of work
        "best x-men movie? go",
        "whats a good family movie night pick thats not a superhero thing",
        "What does a film producer actually do vs a director?",  # any one's job
        "How long does it usually take to film a movie from start to finish?",
        "Do you have any superhero-themed writing prompts for a fifth grade class?",  # a teacher's task
        "good movie for date night",
        "how much screen time is too much for kids",  # parenting's
        "how i download movies from netflix for watch offline in the plane",  # a learner's how-to
        "how make my kids stop watching tablet all day, nervous already",
        "which streaming service has most anime",
        "good family movie night picks for a 5 and 10 yr old that adults wont hate?",
        "best superhero costumes for halloween for twins",
        "how do child actors go to school while filming, do they have tutors on set",
        "Why does my Netflix keep saying 'Are you still watching?' can I turn that off",  # one's own app
        "marvel or dc fr",
        "rank the spider-man actors, go",
        "does streaming on twitch actually pay",  # streaming as a job
        "is the disney channel still a thing or is it all streaming now",
        "my kids watch too much tv what i can do",
        "Which superhero movie is playing at the cinema downtown this weekend?",
        "what is a good movie to rent for the kids that isn't too scary",
        "okay so how do i get my kids to stop watching so much tv",  # a how-to after a word of chat
        "bot, what's your favorite superhero movie?",  # a taste, asked of the bot
        "fav marvel movie?",
        "my kids want to watch cartoons all day, how i can stop it?",  # a learner's how-to
        # records, superlatives of all time and the typical case ask about the world
        "what's the current record for most-watched English-language Netflix series in its first 28 days?",
        "Which actor has played the most superhero characters across different franchises?",
        "which superhero movie had the worst opening weekend drop ever?",
        "how long does a typical press tour last for a big blockbuster",
        "@heroes-bot whats 17 times 23",  # a sum
        "whats the movie night pick for friday? ping me when the poll is up",  # a server's own pick
    ],
)
def test_advice_recommendations_and_rankings_are_questions_in_general(question):
    assert asks_in_general(question)


@pytest.mark.parametrize(
    "question",
    [
        "how can netflix tell how many times kids watch it?",
        "Did he suggest it was unprecedented?",
        "what's the best part of making these films for him?",
        "which app is it on?",
        "Does the piece suggest a long wait between shooting and the premiere?",  # suggesting is implying here
        "why does netflix want more? we've watched the first one like 30 times no joke",
        "did he write the script for the sequel himself?",  # a fact about writing, not a task
        # what to tell the kids is the fact itself
        "Is there a date for part 2 yet, or should I tell her to be patient?",
        "repeat viewing numbers any good?",  # a judgement of what it names, not a recommendation
        "was the completion rate any good or did everyone bail at the halfway point",
        # a field of study named, not research asked for
        "From a production-studies angle, what's the draw he describes for the actors?",
        "Does the movie have a good message for kids, like feeling empowered?",  # what the film gives them
        "when netflix give the ok for a part 2",  # "the ok" is the approval, not whether it is ok for someone
        "has netflix ever seen a film do this before or is it normal for them",  # normal for whom it names
        "did he call it family time or something? someone in general chat said that",  # a Discord channel
        "does netflix track by household or by account or what",  # a unit it counts by, not an account question
        "how did they film the movie so fast",  # this film, not films in general
        "is there a good reason netflix wants a sequel",  # no pick asked
        "did he tell us how long the shoot will take?",  # what he told, not a how-to
        "what films is he working on besides this one?",
        "what's the name of the movie?",  # its own name
        "is there any way to watch it in the uk",  # where it streams
        "did they have any way to track spy kids views back then",  # what they could do, not a how-to
        "how do kids get to watch it so much",
        "how long does it take to film it",  # this one
        "what does a completion rate tell netflix",
        "how i can watch the part 2",  # where it streams, in learners' word order
        "does netflix have most views for this movie",  # not which has most
        "what's rodriguez's favorite part of making these",  # his, not the bot's
        "so how do kids watch it so much",
        "has it broken any records?",  # its own
        "how many times a day do kids watch it",  # no sum
    ],
)
def test_a_question_about_the_news_is_not_one_in_general(question):
    assert not asks_in_general(question)


@pytest.mark.parametrize(
    "question, general",
    [
        ("is it ok for my kids? what is it actually about?", False),  # the second asks a fact
        ("Is it bad for kids to rewatch the same movie over and over? Asking as a tired parent.", True),
        ("what does a press tour usually involve? like in general", True),  # the advice qualifies the question
        ("any tips? what should we watch tonight?", True),
        # whether what one's kid does is normal is advice, unless it is about this film
        ("my kid watches the same movie over and over every day, is that normal?", True),
        ("my son watches it before school every single day, is that normal haha", False),
        # asked in so many words, then a story
        ("My son wants to know if the director's kids help make the film! He thinks that's the best job ever.", False),
        ("I want to know the best superhero movies ever.", True),
        # a question after a word of chat still asks, and the opinion after it asks nothing
        (
            "wait, did he really say netflix calls it 'unstoppable'? lmao every director says their movie is the "
            "most watched thing ever",
            False,
        ),
    ],
)
def test_a_message_asking_for_advice_and_then_a_fact_asks_the_fact(question, general):
    assert asks_in_general(question) is general


def test_what_is_on_tonight_is_in_general_unless_it_is_about_the_subject():
    assert asks_in_general("what time does the game start tonight", in_view=False)
    assert not asks_in_general("where can i watch the first one tonight for movie night", in_view=True)
    assert asks_in_general("where can i buy a cheap tv", in_view=False)
    assert not asks_in_general("Where can I find the first one to watch with the kids?", in_view=True)


TITLE_WORDS = frozenset({"we", "can", "be", "heroes", "2", "netflix", "sequel"})


@pytest.mark.parametrize(
    "text",
    [
        "will pedro pascal be back for part 2?",
        "Who will star in We Can Be Heroes 2?",
        "the next movie",
        "a follow-up",
        "is pedro pascal coming back?",  # someone coming back is for a next one
        "will yaya gosselin return as the lead",
    ],
)
def test_a_sequel_is_named_as_such_or_by_a_title_word_and_a_number(text):
    assert names_sequel(text, TITLE_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "Is true that children see film two times each day?",  # "film" is not a word of the title
        "do kids see the film 2 times a day",
        "will it be two hours long?",  # "be" is in the title, but says nothing
        "is the first one good",
        "why do kids come back to it again and again",
    ],
)
def test_a_number_after_an_ordinary_word_is_no_sequel(text):
    assert not names_sequel(text, TITLE_WORDS)


@pytest.mark.parametrize(
    "question",
    [
        "is Sung Kang in it?",
        "does taylor dooley star in the movie",
        "Is Adriana Barraza part of the cast?",
        "is vivien blair one of the actors",
        "boyd holbrook in?",
        "adriana barraza and christopher mcdonald are in film?",  # English as a second language
        "taylor dooley and vivien blair play there?",
        "christopher mcdonald listed?",  # the list of whom it stars
        "priyanka chopra is playing there yes?",
        "Taylor Dooley is from this film?",
        "christopher mcdonald is actor there?",
        "adriana barraza esta??",  # in their own language
        "christian slater actua en we can be heroes",
        "taylor dooley is there?",  # there: in the film in view
        "sung kang is there too?",
        "are any of the kid actors named? like yaya gosselin?",  # named in the cast
    ],
)
def test_asking_whether_someone_is_in_it_is_membership(question):
    assert asks_membership(question)


@pytest.mark.parametrize(
    "question",
    [
        "who is priyanka chopra married to",
        "is pedro pascal actually chilean",
        "is his house for sale en route to austin",  # English "sale"
    ],
)
def test_asking_about_someone_s_life_is_not_membership(question):
    assert not asks_membership(question)


@pytest.mark.parametrize(
    "message, questions",
    [
        ("who directed it?", ["who directed it?"]),
        ("Is it the same guy who did Spy Kids? My two adored those. Does he compare them?",
         ["Is it the same guy who did Spy Kids?", "My two adored those. Does he compare them?"]),
        ("who played carmen in spy kids? asking for my kid", ["who played carmen in spy kids?"]),
        ("tell me about the cast", ["tell me about the cast"]),
        # the last, asked without its mark
        ("christopher mcdonald, the happy gilmore guy? is he actually in it",
         ["christopher mcdonald, the happy gilmore guy?", "is he actually in it"]),
    ],
)
def test_a_message_asks_each_question_it_ends_with_a_question_mark(message, questions):
    assert questions_of(message) == questions


@pytest.mark.parametrize(
    "question, of_subject",
    [
        ("Sung Kang from the Fast and Furious films is in this?", True),
        ("Taylor Dooley - wasn't she Lavagirl? Is she in this one too?", True),
        ("a girl called Yaya something, is there somebody by that name in it?", True),
        ("is priyanka chopra in the cast", True),
        ("Is Sung Kang in Fast and Furious?", False),  # in another work
        ("did pedro pascal star in narcos", False),
        ("is she in the movie called Quantico", False),
        ("yaya gosselin in the original?", True),
        ("was boyd holbrook in the first movie too", True),
        ("is pedro pascal in the original mandalorian", False),  # the original of another work
        ("christopher mcdonald e taylor dooley também estão no filme?", True),  # in the film, in Portuguese
        ("sung kang sale en la pelicula?", True),
    ],
)
def test_membership_of_the_work_in_view_is_asked_by_pointing_at_it(question, of_subject):
    assert asks_membership_of_subject(question) is of_subject


@pytest.mark.parametrize(
    "question, asks",
    [
        ("what's the sequel gonna be about, like the story", True),
        ("what happens in the sequel? any plot details?", True),
        ("whats gonna happen in the new one", True),
        ("what happen in the 2?", True),  # a learner's tense
        ("what happened in 2021 with the movie", False),  # an event, not its story
        ("What will the sequel's plot be about?", True),
        ("what kind of movie is it like what genre", True),
        ("what kind of movies does he usually make", False),  # his other work, not this one's story
        ("logline?", True),  # the trade's word for the story in one line
        ("what did the director say about the sequel", False),
        ("what netflix sequel is this about", False),  # which one the news is about
    ],
)
def test_a_question_asks_for_a_story_by_its_plot_or_what_it_is_about(question, asks):
    assert asks_story(question) is asks


@pytest.mark.parametrize(
    "question, gist, headline",
    [
        ("tl;dr of the article? what's the big update", True, False),
        ("whats the big news in this article", True, False),
        ("what is this article about", True, False),
        ("What is the headline of the piece?", True, True),
        ("headline?", True, True),
        ("whats the article title", True, True),
        ("what's the article's title?", True, True),
        ("what's this article even about", True, False),
        ("so what's the big news?", True, False),
        ("whats the big update on we can be heroes 2", True, False),
        ("whats the headline on this one", True, True),
        ("so what's the 'major update' everyone's posting about?", True, False),
        ("what's the big update in the headline?", True, False),  # the news it announces, which the lead says
        ("what does the headline mean by 'major update'", True, False),  # what its words mean: the news
        ("what's the 'major update' the headline is on about", True, False),
        ("what's the big 'major update' in the headline then", True, False),
        ("headline says 'major update' — whats the actual update lol", True, False),
        ("whats the headline news today", False, False),  # news of the world, not of the piece
        ("what the headline say", True, True),  # in learners' word order
        ("what does the titel of this article say", True, True),  # misspelt
        ("headline say what kind of update", True, True),
        ("what is the title of article? on my phone it is cut", True, True),  # its article dropped
        ("the headline says filming in 2022, true?", False, False),  # telling what it says, not asking
        ("How does the article summarize what the first film is about?", False, False),
        ("Can you give me a quick summary of the plot before I put it on?", False, False),
        ("what's the story saying", True, False),
        ("wait what's the update, what did I miss?", True, False),
        ("what is this news about?", True, False),
        ("what's the news about the trailer?", True, False),  # yet a fact the knowledge lacks: see the answers
        # to a film's fans, a story is the film's
        ("what is the story about", False, False),
        ("summary of the story?", False, False),
        ("whats the article about lol", True, False),
        ("Could somebody summarise the major update for me?", True, False),
        ("what's the gist of the lede here", True, False),  # the news's first paragraph, in its jargon
        ("what's the article about climate change everyone in general chat is talking about", False, False),  # another
    ],
)
def test_a_question_can_ask_what_the_piece_says_in_short(question, gist, headline):
    assert asks_gist(question) == gist
    assert asks_headline(question) == headline


@pytest.mark.parametrize(
    "text, read",
    [
        ("is he working on part 2?", "is he working on sequel?"),
        ("is rodriguez working on the second one right now", "is rodriguez working on the sequel right now"),
        ("who gave the follow-up film the green light", "who gave the sequel film the green light"),
        ("is the second time he said it", "is the second time he said it"),
        ("when he will film the movie 2?", "when he will film sequel?"),
        ("what is the plot of the 2? what happens", "what is the plot of sequel? what happens"),
    ],
)
def test_a_follow_up_named_in_other_words_is_read_as_a_sequel(text, read):
    assert sequel_spelled_out(text) == read


@pytest.mark.parametrize(
    "message, asked",
    [
        ("Is she in the cast? My sister swears she saw her in the trailer.", "Is she in the cast?"),
        ("We love it at home. Who directed it? My kids ask every day.", "Who directed it?"),
        # a short check asks about the claim before it
        ("Someone said it was cancelled. Right?", "Someone said it was cancelled. Right?"),
        # what qualifies the question is asked too
        ("how long is the first movie? runtime", "how long is the first movie? runtime"),
        ("do sequels do better? like enola holmes 2", "do sequels do better? like enola holmes 2"),
        # asked in so many words
        ("My son wants to know if his kids help. He'd love that job!", "My son wants to know if his kids help."),
        ("I'm wondering whether it's out yet. We loved the first", "I'm wondering whether it's out yet."),
        # no question mark: all of it
        ("Confirm: Robert Rodriguez is directing it.", "Confirm: Robert Rodriguez is directing it."),
        # the last sentence, opening as a question, asks without its mark
        ("the happy gilmore guy? is he actually in it", "the happy gilmore guy? is he actually in it"),
        ("My kids love it. Is there a sequel", "Is there a sequel"),
    ],
)
def test_what_a_long_message_asks_is_its_questions_without_the_story_around_them(message, asked):
    assert asked_part(message) == asked


@pytest.mark.parametrize(
    "question, check",
    [
        ("True or false: he compared it to Sharkboy and Lavagirl.", True),
        ("I read that he gave the sequel update to Variety - accurate?", True),
        ("Someone said Netflix called it a sleeper hit. Right?", True),
        ("Confirm: he brought up Spy Kids.", True),
        ("is the director happy?", False),
        ("who is right, me or my sister?", False),
    ],
)
def test_a_pasted_claim_to_check_is_told_from_a_question(question, check):
    assert asks_to_check(question) is check


@pytest.mark.parametrize(
    "question, first",
    [
        ("is it a netflix original or one of those things they bought off a studio?", "is it a netflix original"),
        ("so the heroes in it are kids? or adults too", "so the heroes in it are kids?"),
        ("hit, flop, or somewhere in between", "hit, flop"),
        ("is filming in 2022 or not?", None),  # "or not" offers no alternative
        ("is it out yet or what", None),
        ("when does filming start?", None),
    ],
)
def test_a_question_offering_alternatives_asks_with_its_first(question, first):
    assert first_alternative(question) == first


@pytest.mark.parametrize(
    "message, read",
    [
        ("Was he happy with the numbers? Love, Nana", "Was he happy with the numbers?"),
        ("is it good? Cheers, Bob Smith", "is it good?"),
        ("when does filming start? thanks!", "when does filming start?"),
        ("thanks for the info. when does it start?", "thanks for the info. when does it start?"),  # not after it
    ],
)
def test_a_sign_off_after_the_question_is_no_part_of_it(message, read):
    assert without_sign_off(message) == read


@pytest.mark.parametrize(
    "message, read",
    [
        ("netflix stock tanked again or am i making that up", "netflix stock tanked again"),
        ("did disney buy fox or was it the other way round", "did disney buy fox"),
        ("is pedro pascal in it, or am i thinking of someone else?", "is pedro pascal in it?"),
        ("is it 2022 or 2023?", "is it 2022 or 2023?"),  # alternatives are asked
        ("christian slater is in it or i confuse with other movie", "christian slater is in it"),  # as learners put it
        ("does he make movies for other families or smth", "does he make movies for other families"),
        ("is it a comedy or something else", "is it a comedy or something else"),
    ],
)
def test_a_tag_doubting_the_question_is_no_part_of_it(message, read):
    assert without_hedge(message) == read


@pytest.mark.parametrize(
    "message, read",
    [
        (
            "bro when it come out the second one, my little brother ask me every day hahaha",
            "bro when it come out the second one",
        ),
        ("is it on netflix, my kids want to see it", "is it on netflix"),
        # or why they ask
        ("what is it even about, trying to decide if its ok for my 5 yr old", "what is it even about"),
        ("when does filming start, just curious", "when does filming start"),
        ("any date yet pls my son asks every day", "any date yet"),  # after a "pls"
        ("my kids love pedro pascal, is he in the sequel", "my kids love pedro pascal, is he in the sequel"),  # before
        ("when does it start? my son asks daily", "when does it start? my son asks daily"),  # asked with its mark
        ("loved it, my kids too", "loved it, my kids too"),  # no question
    ],
)
def test_what_the_asker_says_of_themselves_after_an_unmarked_question_is_no_part_of_it(message, read):
    assert without_chatter_after(message) == read


@pytest.mark.parametrize(
    "message, read",
    [
        ("gg ez. anyway who even directs these lol", "who even directs these lol"),
        ("lol ok. anyways, when does filming start?", "when does filming start?"),
        ("my kid saw it twice. btw is pedro pascal in it", "is pedro pascal in it"),
        ("anyway who directs it", "anyway who directs it"),  # nothing before it
        ("I loved it anyway. is it on netflix", "I loved it anyway. is it on netflix"),  # no turn to a question
        ("whatever. anyway it was great", "whatever. anyway it was great"),  # no question after it
    ],
)
def test_talk_of_something_else_before_a_word_turning_to_the_question_is_no_part_of_it(message, read):
    assert without_chatter_before(message) == read


@pytest.mark.parametrize(
    "message, read",
    [
        ("plot in one line? for the caption", "plot in one line?"),
        ("what year did world war 2 end its for homework", "what year did world war 2 end"),
        ("when does filming start, asking for a trivia night lol", "when does filming start"),
        ("who directs it? need it for my school project", "who directs it?"),
        ("is it ok for school?", "is it ok for school?"),  # what is asked, not why
        ("for homework", "for homework"),  # nothing else asked
    ],
)
def test_why_the_asker_asks_closing_a_message_is_no_part_of_it(message, read):
    assert without_purpose(message) == read


@pytest.mark.parametrize(
    "question, asks",
    [
        ("what did he mean by family affair", True),
        ("why does he call it family time", True),
        ("What is meant by 'through completion'?", True),
        ("what does netflix call it", False),  # the name, not why
        ("what does completion rate mean", False),  # a term, not what someone meant by it
    ],
)
def test_a_question_can_ask_what_someone_meant_by_their_words(question, asks):
    assert asks_meaning(question) is asks


@pytest.mark.parametrize(
    "question, asks",
    [
        ("what's the sequel called", True),
        ("what are they calling the new one", True),
        ("wats part 2 called", True),
        ("What is the new one to be called?", True),
        ("whats the name of the sequel", True),
        ("how is called the sequel", True),  # as learners put it
        ("what's the sequel's working title", True),  # the trade's word
        ("the sequels name?", True),
        ("which sequel is the article about", True),  # which one the news is about: its title says
        ("whats the title of this article", False),  # the piece's, not the film's
        ("what did he call the sequel's numbers", False),
    ],
)
def test_a_question_asking_what_the_follow_up_is_called(question, asks):
    assert asks_sequel_title(question, frozenset({"heroes"})) == asks


@pytest.mark.parametrize(
    "message, read",
    [
        ("wait they makin a part 2??", "they makin a part 2??"),
        ("wait, is pedro pascal in it?", "is pedro pascal in it?"),
        ("hold up who directs these", "who directs these"),
        ("wait how long until it comes out", "wait how long until it comes out"),  # how long to wait
        ("wait", "wait"),
    ],
)
def test_a_word_of_surprise_opening_a_message_asks_nothing(message, read):
    assert without_interjection(message) == read


def test_how_old_the_asker_feels_asks_no_age():
    assert "anyone's age" not in asked_facts("I need to know how old I'm supposed to feel")
    assert "anyone's age" in asked_facts("how old is pedro pascal?")
