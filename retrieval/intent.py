"""What a question asks for (a time, a person, a place, a reason, a number) and which sentences offer it.

Similarity alone ranks "Rodriguez was on a press tour this week" close to "when does filming
start?"; knowing the question wants a time and which sentence holds one settles such ties.
"""

from __future__ import annotations

import re
from enum import Enum

from .lexical import MESSAGE_SENTENCE_END, STOPWORDS, STREAMING_SERVICES, spelled_out


class Tense(Enum):
    PAST = "past"
    FUTURE = "future"


class Wants(Enum):
    TIME = "time"
    PERSON = "person"
    PLACE = "place"
    REASON = "reason"
    NUMBER = "number"
    DESCRIPTION = "description"
    PEOPLE = "people"  # several people: a cast, a line-up
    FEELING = "feeling"  # how someone felt or reacted
    AVAILABILITY = "availability"  # where to watch it: "streaming now on Netflix"
    DECISION = "decision"  # whether it is decided: "Netflix ordered a sequel"
    NAMING = "naming"  # what something is called: "They call it unstoppable"
    AUDIENCE = "audience"  # whom it is for: "making products for other families"
    WORK = "work"  # which films or shows: "the Spy Kids movies"
    FREQUENCY = "frequency"  # how often: "every day"
    SOURCE = "source"  # whom the news came through: "He told reporters from Collider"
    OCCASION = "occasion"  # on what occasion something was said: "on a press tour this week promoting"
    PRECEDENT = "precedent"  # whether it happened before: "They've never seen any movie behave like that"
    COMPARISON = "comparison"  # how two things compare: "mean as much to him as any of his darker work"
    DESIRE = "desire"  # what someone wants: "kids crave empowerment"
    CONTINUATION = "continuation"  # whether it keeps going or fades: "It just will not stop"
    CHANGE = "change"  # what is different now: "But now with their metrics, they can tell..."
    SELF = "self"  # whether someone does it themselves: "which I'm working on", said by them
    PERFORMANCE = "performance"  # how well it did: "how well it's kept doing", "his hit Netflix original film"
    CONCLUSION = "conclusion"  # how someone sums it up: the closing words of a quotation
    CHARACTER = "character"  # how someone describes a thing: "So it's like a family affair", "They're so creative"
    AGES = "ages"  # how old the story's heroes are: "his hit Netflix original film about superheroes of all ages"
    KIN = "kin"  # what his own family does: "My own children work on the films", said by him


# Words that say how someone feels: "he was extremely pleased", "they've been shocked".
_EMOTIONS = (
    "happy|glad|pleased|delighted|thrilled|excited|eager|keen|proud|satisfied|grateful|thankful|impressed"
    "|amazed|stunned|shocked|surprised|astonished|blown away|overjoyed|ecstatic|enthusiastic|hopeful|optimistic"
    "|confident|relieved|disappointed|unhappy|sad|upset|angry|annoyed|frustrated|worried|nervous|anxious|scared"
    "|afraid|concerned|bored|tired|love|loves|loved|enjoy|enjoys|enjoyed|hate|hates|hated|great time"
)

# Who tells a story that is an anecdote, not a plot: "the VCR story (that) he tells"
TOLD_BY_SOMEONE = r"(that )?(he|she|they|rodriguez) (tells?|told|mentions?|mentioned)"
# Whose: his, the director's, by name or initials ("rodriguez's", "rr's")
_HIS = r"(his|rodriguez'?s?|(the )?director'?s|rr'?s|robert'?s)"
# When one can, in learners' word order: "so when i can watch the part 2"
_WHEN_I_CAN = r"(when|how) (i|we|you) (can|could)"

_QUESTION_PATTERNS: list[tuple[Wants, re.Pattern[str]]] = [
    (Wants.NUMBER, re.compile(r"\bhow (many|much|long(?! ago)|often|old)\b")),
    (Wants.TIME, re.compile(
        r"\b(when|wh?en|what (year|date|month|day|time)s?|which (year|date|month)|how soon|how long ago|release date"
        # (not "...or not yet?", which asks whether, nor the asker's "havent seen it yet")
        r"|date|what year|until|(?<!not )(?<!seen )(?<!seen it )(?<!watched )(?<!watched it )yet|still)\b")),
    (Wants.PERSON, re.compile(
        r"\b(who|whom|whose|who's|whos|hoo|which (actors?|actress(es)?|people|person|stars?)"
        r"|cast|actors?|actress(es)?|starring|stars?|director|directs?|directed|made by|filmmaker"
        # someone's name in full, asked of them by a part of it: "the robert guy, whats his last name"
        r"|(his|her|their) (full |last |first |real |family |sur)?name|surname)\b")),
    (Wants.PEOPLE, re.compile(
        r"\b(cast|actors|actresses|stars|starring|who (plays|play|played|is in|are in|was in|were in|are the"
        r"|acts? in|acted in|is acting in|starred in)"
        r"|who's in|whos in|line-?up|top[- ]billed|billing|headliners?|ensemble)\b")),
    (Wants.PLACE, re.compile(
        r"\b(where|wheres|locations?|(which|what) (\w+ )?(platform|service|site|website|channel|network|outlet"
        r"|publication|magazine|paper|newspaper|studio|company|app)|(can|do) (i|we|you) (watch|stream|see)"
        rf"|{_WHEN_I_CAN} (\w+ )?(watch|stream|see))\b")),
    (Wants.AVAILABILITY, re.compile(
        # (and asked in the passive: "where can the film be watched now?")
        r"\b(where (can|could|is|are) (\w+ ){1,3}(be )?(watched|streamed|seen|streaming|shown)"
        r"|where (\w+ ){0,3}(watch|stream|see|find|rewatch)|(wheres it|where is it)"
        # (not where it is made: "where is it being filmed")
        r"(?! (being |going to be |gonna be )?(filmed|shot|made|set|filming|shooting|based|produced)\b)"
        r"|((can|could) (i|we|you)"
        rf"|{_WHEN_I_CAN}) (\w+ )?(watch|stream|see|rewatch)"
        r"|(is|it) (it )?(streaming|available)|streaming (anywhere|where|on)|where (streaming|to stream)"
        r"|(which|what) (streaming|service|platform|app)|is it on"
        r"|(it's|it is) (still |not )?on [\w+]+,? (isnt|isn't|right|is it)"
        r"|\b(is|it's|its) (it|this|that|the original|the (first |original )?(one|movie|film)) (still )?(on|streaming"
        r"|available|live on)\b"  # "is the original still live on the platform"
        r"|(watch|stream|see|find) ((it|this|that|them|the (\w+ )?(movie|film|first one)) )?(at |on )?where"
        # a work on a service: "is spy kids on disney plus" ("in", as learners put it)
        rf"|(is|are) ((\w+ ){{1,5}})?(still |even )?(on|in) {STREAMING_SERVICES})\b")),  # (a title of four words)
    (Wants.REASON, re.compile(r"\b(why|how come|what for|reason|because)\b")),
    (Wants.FEELING, re.compile(
        r"\b((feel|feels|felt)(?! (like|that|as if|as though|these|those|this|the|it|its|it's|they|he|she)\b)"
        r"|feeling|feelings|react|reacts|reacted|reaction|respond|responded|response"
        rf"|(is|was|are|were|am|be|seem|seems|seemed) (\w+ ){{0,3}}({_EMOTIONS})|enjoy|enjoys|enjoyed"
        r"|(have|having|had|has) (\w+ )?(fun|a (good|great|fun|blast|ball)( time)?)"  # "do the actors even have fun"
        r"|like it(?! before)|liked it"  # (not "never seen a movie like it before")
        r"|(does|do|did) (\w+ ){1,2}(like|love) (the|this) (movie|film)"
        r"|(like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed) (making|doing|directing|creating|working on|filming"
        r"|shooting|acting in|being in|to (make|do|direct|create|work on|film|shoot|act in|be in)"
        r"|(film|shoot|make) it)\b|love it|loves it"  # (read word for word: "e piaciuto girarlo" -> "liked film it")
        # (not "in his opinion", which says whose)
        r"|mood|(?<!in his )(?<!in her )(?<!in their )opinion|think of|thinks of|thought of|take on"
        r"|(care|cares|cared) (\w+ )?about"
        r"|impress|impressed|impresses|sur?pri[sz](e|ed|es)|shock|shocked|excite|excited|happy|glad"  # "suprised"
        r"|thrilled|delighted|disappointed|upset)\b|\bwhat\b.*\b(think|thinks|thought) about\b"
        r"|\bwhat (do|does|did) (\w+ ){1,2}think (when|after|of)\b")),  # "what did netflix think when it kept going"
    (Wants.DECISION, re.compile(
        # (asked of the reader, "can you confirm what he said?", "can someone confirm rodriguez said they film heroes 2
        # next yr?", it asks for no decision)
        # ("Confirm: ..." is a moderator's frame)
        # whose the sequel is, or whether it goes elsewhere: "is heroes 2 a netflix project or is it shopping elsewhere"
        r"\b(shopping|shopped|going|moving|taking it) (it )?(elsewhere|somewhere else|around)\b"
        rf"|\b(sequel|part 2)( is| will be| going to be)?( also| still)? (from|by|with|at) {STREAMING_SERVICES}\b"
        # (not who makes it, which asks for the director too: "who's making part 2, is it the same director")
        r"|\bwho('s| is) (producing|ordering|paying for) (the )?(sequel|it|part 2|2|second one)\b"
        r"|\b((?<!you )(?<!u )(?<!please )(?<!pls )(?<!someone )(?<!anyone )(?<!somebody )(?<!anybody )"
        r"confirm(ed|s)?(?!\s*:)|green[- ]?l(it|ight|ighted)|happening"
        r"|announced?|ordered|approved|commission(ed)?|renewed|cancell?ed|there (\w+ )?(going to|gonna) be an?"
        r"|settled|done deal|going ahead|go ahead|go-ahead|moving forward)\b|\bis (this|it) (even |actually )?real\b"
        # whether a sequel is made, or only talked of: "is netflix actually making a second one or is this just a
        # rumor" (not a rumour of anything else: "is zendaya engaged or is that a rumor")
        r"|\b(making|make|made|doing|sequel|second|part|happening)\b[^?]*\b(rumou?rs?|rumou?red|speculation|for real)\b"
        # official or not, of the film itself (not its "official release date"): "the sequel is official or not?"
        r"|\b(is|it's|its) (\w+ ){0,2}official\b(?! (release|date|title|trailer|name|poster|synopsis|plot)\b)"
        r"|\bofficial or\b")),
    (Wants.NAMING, re.compile(
        r"\b(what|which) (single |one )?(word|term|nickname|label|adjective)\b|\bnickname[sd]?\b"
        r"|\b(one|single) word (\w+ ){0,2}(use|uses|used|for)\b"
        r"|\bwhat (do|does|did) (\w+ ){1,2}call\b"
        r"|\bwhat\b.*\b(call|calls|called) (it|this|the (film|movie|picture|first one))\b")),  # "what is it X call it"
    (Wants.AUDIENCE, re.compile(
        r"\bfor (whom|who)\b|\b(target|intended) (audience|consumers?|market|demographic|viewers?)\b"
        # "who's the customer for these films", "who does he see as the end customer here"
        r"|\b(customers?|consumers?) (for|of) (these|those|the|his|this)\b|\bwho\b.*\b(customers?|consumers?)\b"
        # whether it is made for children or for adults: "is it actually made for children or more for grown-ups?"
        r"|\b(made|meant|intended|aimed) (for|at) (kids|children|adults|grown-?ups|families|teens)\b"
        r"|\bfor (kids|children) or (more |just )?(for )?(adults|grown-?ups)\b"
        r"|\bfor (adults|grown-?ups) or (more |just )?(for )?(kids|children)\b"
        r"|\bwho (is|are|was|were) (\w+ ){0,3}(made|meant|intended|aimed)"
        r"\b|\bwho\b[^?.!,]{0,60}\bfor( really| exactly| then| anyway| tho| though| basically| actually| lol| like"
        r"| so)?"
        # whose word it is may follow: "who is he making these for, per the quote"
        r"(\W+(per|according to|acc to|in his words) [\w' ]{1,30})?\W*$"
        # whether for them: "does he make movies for other families"
        r"|\b(make|makes|making|made) (\w+ ){0,2}for (other |all |the whole )?(families|family)\b")),
    # his own family's part in it (not whom the films are for: "families"): "are his kids involved", "does the
    # director's family help make these movies"; not how he describes making them with it ("with his family")
    (Wants.KIN, re.compile(
        rf"\b{_HIS} (own )?(kids|children|kiddos|sons?|daughters?)\b|\b(?<!with ){_HIS} (own )?(family|fam)\b"
        r"|\brodriguez family\b")),
    # how old its heroes are, kids or grown-ups (not the title's "Heroes": "is we can be heroes for adults too")
    (Wants.AGES, re.compile(
        r"\b(?<!be )(super)?heroe?s\b([^?]|\?(?= or\b)){0,50}"  # ("the heroes in it are kids? or adults too")
        r"\b(ages?|age range|how old|grown[- ]?ups?|adults?|old(er)? ones|older|younger|little ones|kid ones)\b"
        r"|\b(ages?|age range|how old)\b[^?]{0,30}\b(?<!be )(super)?heroe?s\b"
        # whom it is for, by age: "is we can be heroes just for kids or all ages" (not who is in it, "is it just kids
        # or are there actual adult actors", nor a lesser alternative, "creative or just for kids")
        r"|(?<!or )\b(just|only) for (kids|children)\b|\bfor (kids|children) only\b"
        r"|\bfor (kids|children) or (for )?(all ages|adults|grown[- ]?ups|everyone)\b")),
    # opening the question: not "why couldn't anyone measure how often kids watched it?"
    (Wants.FREQUENCY, re.compile(
        r"(^|[,.;:!?]|\b(so|and|but|ok|like|sir|madam|maam|pls|plz|please|hey|hi|hello|bro|guys))\W*"
        r"how (often|many times (\w+ ){0,6}"
        r"(a|per|each|every|in (one|a|1|a single)) (day|week)|many days (a|per|each|every) (week|month)"
        r"|many times (\w+ ){0,4}re-?watch\w*)\b"  # "how many times do kids rewatch it"
        r"|\b(what|which) (\w+ )?times? of (the )?day\b"  # "in what time of day kids watch this film"
        # when in the day they watch it: "when are kids watching it"
        r"|\bwh?en (are|do|does|did) (the )?(kids|children|kiddos) (\w+ )?watch")),
    (Wants.SOURCE, re.compile(
        r"\b(which|what|name of the|name the) (news |media |entertainment )?(outlet|publication|site|website|magazine"
        r"|newspaper|paper|interview)s?\b"
        # (whom by name too, which reads as a gap: "who did Robert Rodriguez talk to")
        r"|\bwho (did|was|is|are)\s+((he|she|they|\w+|\w+ \w+)\s+)?(tell|talk|talking|speak|speaking|telling)\b"
        r"|\b(talk|talked|speak|spoke|speaking|told|tell) to (which|what|whom)\b"
        r"|\bwho (first )?(broke|reported|published) (it|this|that|the (news|story|interview))\b"  # who broke the story
        r"|\bwho told (them|you|us|reporters|the (press|media|reporters))\b"  # whose word the news is
        r"|\bwho (said|says) (all )?(this|that|these|those|so)\b"  # "who said all this"
        r"|\bwho('d|d| did| would) (he|she|they) (say|tell|said|told|talk|speak) (\w+ ){0,2}to\b"
        # who got the interview: "who interviewed Rodriguez?", "who did he give this interview to?"
        r"|\bwho (interviewed|was interviewing)\b|\b(give|gave|giving|grant|granted) (this |that |the |an )?interview"
        r"|\binterview(ed)? (by|with) (who|whom|which|what)\b"
        # which of two outlets: "was the interview w/ variety or deadline?"
        r"|\b(was|is) (the|this|that|it) (interview|story|piece|news|quote)( \w+)? (with|from|in|on|by|for|to)"
        r" [\w.+'-]+ or\b"
        # whom, checked: "wasnt it variety he said this to?", "was this from a variety interview or something else?"
        r"|\b(said|say|told|tell|talked|talking|spoke|speaking) (this |that |it )?to\W*$"
        r"|\b(from|in|with|for) an? (\w+ )?interview\b(?! with (him|rodriguez)\b)"
        # the news's source, not the source of something in the story ("the source of their powers")
        r"|\bsources? (on|for) (this|that|it)\b|\b(who|what)('s| is| was| are) (the|his|their) sources?\W*$"
        r"|\bsources? of (this|that|the) (news|article|story|info|information|quotes?|report|claim)\b"
        r"|^\W*sources?\W*$"
        # how it was got: "is the sourcing firsthand, or from another outlet's interview?"
        r"|\bsourcing\b|\b(first|second)-?hand\b|\b(another|other|an?) (news |media )?outlet('s|s)?\b"
        r"|\binterview or (some |an?)?(other|another|different) (site|website|outlet|magazine|paper)\b"
        # whether it was told to one: "did he tell variety?", "i read he told variety about the sequel?"
        r"|\b(did|does|has) (he|she|rodriguez|the director) (tell|talk to|speak to|speak with|talk with)\b"
        r"|\b(he|she) (told|talked to|spoke to) (?!(us|me|you|them|him|her|kids|fans|people|everyone)\b)\w+"
        r" (about|that)\b")),
    (Wants.OCCASION, re.compile(
        r"\b(context|occasion|junket|circumstances?|promo|promos|promotional|publicity|press (run|tour|day)s?)\b"
        r"|\b(doing|doin'?|giving) (\w+ ){0,2}(interv\w*|press)\b"  # "why was he doing all these intervews"
        r"|\b(announced?|revealed?|said|mentioned) (this|it|that) (at|during)\b"
        r"|\bwhat (was|is|were) ([\w.']+ ){1,3}(doing|up to)\b"  # "what was Mr. Rodriguez doing"
        # what the news was: "was this like an interview or something?"
        r"|^\W*(was|is) (this|it|that|the news) (\w+ ){0,2}(an? )?(interview|press conference|statement|tweet|post)\b"
    )),
    (Wants.PRECEDENT, re.compile(
        # (not what someone could never do before: "the actors kids could never watch mom and dad's movies before")
        # (nor what the asker never did: "i never seen the first one whats it about before i watch the second one")
        r"\b(?<!could )(?<!couldn't )(?<!couldnt )(?<!can )(?<!\bi )(?<!i've )(?<!ive )(n?ever)\b.*\b(before|like this"
        r"|like that)\b"
        r"|\bfirst time\b|\b(unprecedented|precedents?)\b|\bever (seen|had|happened)\b"
        r"|\bmost [\w-]+ (\w+ )?(ever|of all time)\b")),  # "the most rewatched movie ever"
    (Wants.COMPARISON, re.compile(
        # (not how often: "more than once")
        r"\b(as \w+ ((to|for) \w+ )?as|(more|less) than(?! (once|twice|\w+ times)\b)|than (his|her|their)"
        r"|matter (less|more)|(the )?same as"
        r"|similar(ly)? to"
        r"|differ|differs|differently|(different|diffrent|differently) (from|than)|distinguish(es)?|unlike"
        r"|compared? (to|with)|like (the |\w+'s |its |their )?(usual|other|typical|normal|regular))\b"
        # kids' films against his others: "does he only make kids films", "mature films vs kids films"
        r"|\bvs\.?(?=\s)|\bversus\b|\bother (types?|kinds?|sorts?) of\b"
        r"|\b(only|just) (make|makes|made|making|do|does|direct|directs|directed) (\w+ ){0,2}(films|movies|stuff)\b"
        # (as learners order it: "does he make only films for children", "so important for him like his serious films")
        r"|\b(make|makes|made|making|do|does|direct|directs|directed) only (\w+ ){0,2}(films|movies|stuff)\b"
        r"|\blike (his|her|their) (\w+ )?(films|movies|work|stuff)\b"
        # his films besides the kids' ones: "what type of films he make other than the kids one"
        r"|\b(other than|apart (of|from)|besides|except( for)?) (the |his )?(kids?|kid's|kids'|children's|family)"
        r"( ones?| movies?| films?| stuff)?\b")),
    (Wants.DESIRE, re.compile(
        r"\b(hungry|hungering|starving|starved|thirsty|longing|yearning|desperate) for\b|\b(long|longs|yearn|yearns"
        r"|hunger|hungers) for\b|\b(crave|craves|craving|desire|desires|appetite|eager|eagerness|keen)\b"
        r"|\bwhat (do|does|did) (\w+ ){1,3}(want|need|look for|seek)\b"
        r"|\bwhat (kids|children|audiences|viewers|families|fans|people) (want|need|look for|seek)\b"
        # what they get from them: "what do kids get out of these movies", "what do these movies give kids"
        r"|\bwhat (do|does|did|would) (\w+ ){0,2}(kids|children|audiences|viewers|families|fans) (get|take) out of\b"
        r"|\bwhat (do|does|did) (\w+ think )?(these|those|the|his|such) (\w+ )?(movies|films) (give|offer|do for)\b")),
    (Wants.CONTINUATION, re.compile(
        r"\b(slow(s|ing|ed)? down|fad(e|es|ing|ed)|taper(s|ing|ed)? off|los(e|es|ing|t) (steam|momentum)|momentum"
        r"|(die|dies|dying|died) (down|off)|declin(e|es|ing|ed)|(drop|drops|dropping|dropped|fall|falls|falling) off"
        r"|wear(s|ing)? off|still going|keeps? going|ever stop|staying power|fizzl(e|es|ed|ing)( out)?"
        # whether its viewers keep at it: "are people still watching it?", "kids are probably bored of it by now"
        r"|still (watching|watch|rewatching|into)|(bored|tired|sick) of (it|this|that)|los(e|es|ing|t) interest"
        # the trade's words: a film with legs keeps drawing viewers; a spike is over soon
        r"|(has|have|had|got|with|showing|shows) (\w+ ){0,2}legs|spiked?|flash in the pan"
        r"|one[- ](week|weekend) wonder"
        # "movie still doing good or views going down already"
        r"|still (popular|big|huge|a hit)|(people|ppl|they|kids|viewers|everyone) (forget|forgot|forgotten|forgetting)"
        r" (about )?(it|this|that)"  # "movie still popular now or people forget it"
        r"|still doing (good|well|great|ok|okay|fine)|(views?|numbers|viewership|ratings|interest) (\w+ )?(going|goes"
        r"|gone|went) down)\b")),
    (Wants.SELF, re.compile(
        r"\b(himself|herself|personally|in person)\b"
        # whether he does it, in his own words: "is he actually working on it or just talking" (or "in", as learners
        # put it)
        r"|\b((is|was) (the )?[a-z]+( [a-z]+)?|(he|she)( is|'s)) (actually |really |even |still |already )?working"
        r" (already )?(on|in)\b"  # (in learners' word order: "he is working already in the sequel or not yet")
        # (or said as a statement: "the director already is working on the sequel")
        r"|\bis (already |still )?working (on|in) (the |a )?(sequel|next|second|part|2)\b")),
    (Wants.PERFORMANCE, re.compile(
        r"\b(popular(ity)?|success(ful)?|a (big |huge )?hit|flop(ped)?|perform(s|ed|ing|ance|er)?|how well"
        r"|well received|hit or|or (a )?hit"
        r"|(do|does|did|doing|done) (so |that |very |really )?(well|good)"
        r"|how('?s| is| was| has| have) (\w+ ){0,3}(been )?doing"
        r"|(do|does|did|doing) (big |huge )?numbers"
        # how far its viewers got, or how often they came back: "did people finish it?", "do ppl rewatch it alot"
        r"|(did|do|does|are|were|have) (most |most of the |all the |lots of |many |a lot of )?(people|ppl|kids|viewers"
        r"|audiences|children"
        r"|folks|families|households)( actually| really)? (finish|finishing|finished|complete|completing|rewatch"
        r"|rewatching|re-watch|make it to the end|watch(ed)? it (all the way )?(to|till|until|through to) the end)"
        r"(?=\W*$|\W+(it|this|the|watching|a ?lot|alot|or|much|again)\b)"
        # "Are the numbers good?"
        r"|(are|were) the (numbers|ratings|views|figures) (any )?(good|great|strong|high|bad)"
        # how many watched it: "did lots of ppl watch it"
        r"|(did|do|does|have) (lots of|many|a lot of|loads of|tons of) (people|ppl|kids|viewers|audiences|families"
        r"|households) (actually |really )?watch(ed)?)\b")),
    (Wants.CHANGE, re.compile(
        r"\bnow that\b|\b(couldn'?t|could not|didn'?t|wasn'?t|weren'?t) (\w+ ){0,3}before\b|\b(back then|old days"
        r"|back in the day|than before|compared to before|nowadays|these days)\b|\bwhat('s| is) (different|changed)"
        r"|\bwhat changed\b"
        # then against now: "differ from the home-video era", "before vs now", "compare with the time when..."
        r"|\b(era|eras|the time when|used to)\b|\b(before|then|now) (vs\.?|versus|and) (now|then|before)\b"
        r"|\bnow compared\b"
        # what can be done now that could not be: "what can their metrics tell them that old school tracking couldn't"
        r"|\bthat (\w+ ){0,4}(couldn'?t|could not|wasn'?t possible|was not possible)\b|\bold[- ]school\b"
        r"|\b(vcr|vhs|dvd|tape|cassette|video|cable|those) days\b")),  # "different from the vcr days"
    (Wants.WORK, re.compile(
        # not what the films are asked about: "what buttons do those movies push?"
        # (nor a kind of them, which a description gives: "what sort of other films does he make?")
        r"\b(which|what) ((?!(do|does|did|is|are|was|were|have|has|can|could|would|will|kinds?|sorts?|types?)\b)\w+ )"
        r"{0,3}(movies|films|shows|titles|works|franchises?)\b"
        r"|\b(which|what) (other|older|earlier|previous|past) (\w+ )?(movie|film|show|title|work|franchise|series)\b"
        # ("did he bring up any of his older movies")
        r"|\b(any|some) (of )?(his|her|their) (other|older|earlier|previous|past|old) (movies|films|works|franchises)\b"
        # what it was likened to: "what did he compare it to?"
        r"|\bwhat( did| does| do|'s|s) (he|she|they|\w+) (compare|liken)"
        r" (it|this|that|them|the( \w+){1,2}|(\w+ ){0,3}\w+) (to|with)\b"  # ("what did he compare we can be heroes to")
        r"|\b(compare|compares|compared|liken|likens|likened) (it|this|that|them) (to|with)"
        r" (any|other|another|some)\b"
        # ("what was rodriguez's other big kids franchise he compared it to")
        r"|\b(what|which)\b[^?]*\b(compare|compares|compared|liken|likens|likened) (it|this|that|them) (to|with)\W*$")),
    (Wants.CHARACTER, re.compile(
        r"\bhow (does|did|do|would|will) (he|she|they|\w+) (describe|characteri[sz]e|put)\b"
        r"|\b(describe[sd]?|characteri[sz]e[sd]?) (it|them|this|that|these|those|the|making|working|what)\b"
        # his phrase for a thing: "what phrase did he use for the on-set vibe with his family"
        r"|\b(what|which) (\w+ )?(phrase|expression)\b")),
    (Wants.CONCLUSION, re.compile(
        r"\bsum(s|med|ming)? (it |this |that |things |everything |(the|his|her|their) (\w+ ){1,2})?up\b"
        r"|\bin a (phrase|nutshell)\b|\bat the (close|end) of (that|the|his|her) quote\b"
        r"|\b(close|closes|closed|end|ends|ended|finish|finishes|finished|wrap|wraps|wrapped) (the |that |his )?"
        r"(quote|thought|interview) (by|with)\b")),
    (Wants.DESCRIPTION, re.compile(
        # (not a story someone tells: "the VCR story he tells")
        r"\b(what(s|'s| is| was)?\b.*\babout|about what|plot|premise"
        rf"|story(?! {TOLD_BY_SOMEONE})|storyline|synopsis|log ?line|genre|(the|its) pitch"
        r"|what kind of|what (sort|type) of (picture|movie|film|flick|show) (is|was)"  # "what sort of picture is it"
        # whom the story follows: "are the main characters adults or kids?"
        r"|(main|lead|central) (characters?|heroes)|protagonists?)\b")),
]

_QUESTION_PATTERNS_BY_KIND = dict(_QUESTION_PATTERNS)

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# A time in the calendar, not one of the day or a routine ("in the morning", "every day")
_DATED_TIME = (
    rf"1[89]\d\d|20\d\d|(next|last|this) (year|week|month|summer|fall|spring|winter)|({_MONTHS})\b"
    r"|today|tomorrow|yesterday|soon|date|later|shortly"
)
DATED = re.compile(rf"\b({_DATED_TIME})\b", re.IGNORECASE)
_SENTENCE_PATTERNS: dict[Wants, re.Pattern[str]] = {
    Wants.TIME: re.compile(rf"\b({_DATED_TIME}|morning|afternoon|evening|every day|daily)\b", re.IGNORECASE),
    # A cause, or a motive: "kids crave empowerment" says why kids love these movies.
    Wants.REASON: re.compile(
        r"\b(because|since|so that|due to|thanks to|reason|in order to|crave[sd]?|craving|needs?|wants?)\b",
        re.IGNORECASE,
    ),
    Wants.AVAILABILITY: re.compile(
        r"\b(streaming|available (on|to|in)|in (theaters|theatres|cinemas)|on demand|now playing)\b", re.IGNORECASE
    ),
    # and a good life lived: "living the best life"
    Wants.FEELING: re.compile(rf"\b({_EMOTIONS}|fun|(living|live|lives|lived) the (best|good|dream) life)\b", re.I),
    Wants.DECISION: re.compile(
        r"\b(ordered|greenlit|green-lit|greenlighted|confirmed|announced|approved|renewed|commissioned|cancell?ed"
        r"|picked up)\b",
        re.IGNORECASE,
    ),
    Wants.NUMBER: re.compile(
        r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?)\b",
        re.IGNORECASE,
    ),
    # "on Netflix", "from Collider": a capitalised name after a preposition (not "to", as in "to Rodriguez");
    # or whereabouts said in common words: "on a press tour", "on set", "at home".
    Wants.PLACE: re.compile(
        r"\b(in|on|at|from) (the )?[A-Z][\w'-]+|\b(on (a |the |his |her |their )?(\w+ )?(tour|set|location|trip)"
        r"|at (home|school|work))\b"
    ),
    Wants.NAMING: re.compile(r"\b(call|calls|called|dubbed|nicknamed|known as|labell?ed|described as)\b", re.I),
    Wants.AUDIENCE: re.compile(
        r"\bfor (other |young |the |all )?(families|kids|children|audiences|adults|parents|fans|viewers|everyone)\b",
        re.I,
    ),
    Wants.FREQUENCY: re.compile(r"\bevery (day|morning|night|week)\b|\bdaily\b|\bover and over\b", re.I),
    Wants.SOURCE: re.compile(
        r"\b(told|telling) (reporters|journalists|\w+ from)\b|\b(reporters|journalists) from\b|\bin an interview\b"
        r"|\baccording to\b", re.I),
    Wants.OCCASION: re.compile(r"\b(press tour|junket|promoting|premiere|interview|festival|panel)\b", re.I),
    Wants.PRECEDENT: re.compile(
        r"\bnever (\w+ )?(seen|had|been|happened|done)\b|\bfirst time\b|\bunprecedented\b", re.I
    ),
    Wants.COMPARISON: re.compile(r"\b(as (much|many|well) (\w+ ){0,3}as|more than|less than|differently)\b", re.I),
    Wants.DESIRE: re.compile(
        r"\b(crave[sd]?|craving|yearn\w*|long for|longs for|hunger for|hungry for|desire[sd]?|want|wants|wanted"
        r"|eager)\b", re.I),
    Wants.AGES: re.compile(r"\b((of )?(all|every) ages?|ages? \d+|\d+[- ]years?[- ]olds?|aged \d+)\b", re.I),
    Wants.KIN: re.compile(r"\bmy (own )?(children|kids|family|sons?|daughters?)\b", re.I),
    Wants.CONTINUATION: re.compile(r"\b(not stop|won't stop|unstoppable|kept (doing|going)|keeps? going)\b", re.I),
    Wants.CHANGE: re.compile(r"\b(but now|now with|nowadays|these days|no longer)\b", re.I),
    Wants.PERFORMANCE: re.compile(
        r"\b(how well|(a |his |her |their |the )?(big |huge )?hit\b(?! (those|the|that|it|them))|success(ful)?|popular"
        r"|behaves?|behaved|off the charts|unstoppable|kept doing|doing well)\b", re.I),
    Wants.WORK: re.compile(r"\bthe ([A-Z][\w'-]+ )+(movies?|films?|series|shows?|franchise)\b"),
    # Saying what a thing is like, in talk: "So it's like a family affair", "They're so creative", "It's family time".
    Wants.CHARACTER: re.compile(r"^\W*(so |and |but )?(it's|it is|they're|they are|that's|that is) (so |like |a |an "
                                r"|such |really |very |\w+ time\b)", re.I),
    # The closing words of a quotation of several sentences: no quotation mark but the last.
    Wants.CONCLUSION: re.compile(r"^[^\"\u201c\u201d]+[.!?][\"\u201d]\s*$"),
    # A definition: "<subject> is a superhero fantasy ..." (not "it's a", which is talk, not a definition).
    Wants.DESCRIPTION: re.compile(r"\b(is|are) an? \w+"),
}
_CAPITALISED = re.compile(r"\b[A-Z][a-z]*[A-Z]?[a-z]+\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


# When a question about time looks back ("when did it premiere?") or ahead ("when will filming start?"),
# a sentence whose time expression points the same way answers it; one pointing the other way does not.
_QUESTION_TENSE = {
    Tense.PAST: re.compile(
        r"\b(did|was|were|had|has been|have been|how long has|came out|premiered|released|ago)\b"
        # when the first film did something, asked of it alone: "when the first movie come out"
        r"|\bwh?en\b(?!.*\b(second|sequel|next|2|two|part)\b).*\b(first|1st|original) (one|movie|film)\b"
    ),
    Tense.FUTURE: re.compile(r"\b(will|going to|gonna|next|upcoming|planning|planned|soon|yet|start|begin)\b"),
}
_SENTENCE_TENSE = {
    Tense.PAST: re.compile(
        r"\b(last (year|week|month|summer|fall|spring|winter)|ago|yesterday|earlier|previously|premiered|released"
        r"|came out|debuted)\b", re.IGNORECASE),
    Tense.FUTURE: re.compile(
        r"\b(will|next (year|week|month|summer|fall|spring|winter)|plans?|planning|upcoming|soon|going to"
        r"|could come|later|yet)\b", re.IGNORECASE),  # "no release date just yet": still to come
}


# Kinds of answer so particular that a sentence offering the one asked for answers it even in other words:
# "how did he feel about the numbers?" -> "he was extremely pleased"; "what service is it on?" -> "streaming";
# "is the sequel greenlit?" -> "Netflix ordered a sequel"; "what word does Netflix use for it?" -> "They call it
# unstoppable"; "who is he making these for?" -> "making products for other families"; "which of his older films
# does he compare it to?" -> "it happened with the Spy Kids movies"; "which outlet did he talk to?" -> "He told
# reporters from Collider"; "in what context were these remarks made?" -> "on a press tour this week promoting";
# "has netflix ever had a movie do this before?" -> "They've never seen any movie behave like that"; "what are
# kids hungry for?" -> "kids crave empowerment"; "is its momentum fading?" -> "It just will not stop"; "is he
# working on it himself?" -> "which I'm working on", in his words; "how has it been doing?" -> "how well it's
# kept doing"; "how does he sum it up?" -> the closing words of his quotation ("...living the best life."); "how
# does he describe making the films with his family?" -> "So it's like a family affair"; "how often are kids
# watching it?" -> "in the morning before school and after school every day". (A comparison is not one: measured
# on question sets never read, "does he only make kids films?" -> "as much to him as any of his darker work" cost
# more first citations than it gave.)
DISTINCTIVE = frozenset({
    Wants.FEELING, Wants.AVAILABILITY, Wants.DECISION, Wants.NAMING, Wants.AUDIENCE, Wants.WORK, Wants.SOURCE,
    Wants.OCCASION, Wants.PRECEDENT, Wants.DESIRE, Wants.CONTINUATION, Wants.SELF, Wants.PERFORMANCE, Wants.CONCLUSION,
    Wants.CHARACTER, Wants.FREQUENCY, Wants.AGES, Wants.KIN,
})

# About the subject in view, saying what it is answers too, in any words: "my kid asked what the story is about,
# what do i tell her" -> "We Can Be Heroes is a superhero fantasy following..."; and asking for its line-up, the
# list of who is in it: "who acts in it".
DISTINCTIVE_IN_VIEW = DISTINCTIVE | {Wants.DESCRIPTION, Wants.PEOPLE}

# A question of a few words pointing at nothing asks about the subject: asking for a line-up ("who's top
# billed", "full cast rundown pls"), the list of who is in it answers. (Pointed at through a star, "who plays
# the mandalorian?" asks about another work.)
DISTINCTIVE_ELLIPTICAL = DISTINCTIVE_IN_VIEW

# Kinds of answer that alone tell the answering sentence, when asked: "who is he making these movies for?" shares
# "making ... movies" with every sentence about making them ("I love making those films"), and only saying for
# whom ("making products for other families") answers it. Measured on the question sets, each other kind given
# as much more loses more questions than it wins.
DECISIVE = frozenset({Wants.AUDIENCE, Wants.AGES})

# Words that only say a description is wanted: a question made of nothing else ("plot?", "whats the
# premise") asks what the subject itself is.
DESCRIPTION_WORDS = frozenset({
    "plot", "premise", "story", "storyline", "synopsis", "genre", "summary", "logline",
    # how short: "the premise in one line?", "plot in a nutshell"
    "line", "one", "sentence", "short", "brief", "briefly", "quick", "quickly", "nutshell", "pitch", "summarize",
    "summarise", "first", "original",  # the first film's, as the sequel's story is told apart
})


def question_tense(question: str) -> frozenset[Tense]:
    text = question.lower()
    return frozenset(tense for tense, pattern in _QUESTION_TENSE.items() if pattern.search(text))


def sentence_tense(text: str) -> frozenset[Tense]:
    return frozenset(tense for tense, pattern in _SENTENCE_TENSE.items() if pattern.search(text))


# Two capitalised words or more inside a sentence, with the small words of a title between: a name or a title
_TITLE_CASED = re.compile(r"(?<=[a-z,] )[A-Z][\w']+( (of|the|and|a|an|in|on|to|up|for)| [A-Z][\w']+)* [A-Z][\w']+")


def question_wants(question: str) -> frozenset[Wants]:
    # (a title's words ask nothing: "Is that Shooter McGavin chap from Happy Gilmore in it?" asks no feeling)
    text = spelled_out(_TITLE_CASED.sub(" ", question)).lower()  # "wat website did he talk to", "y do kids love it"
    text = _NAME_THE.sub("which ", text)  # a quiz's "name the franchise he compares it to" asks which
    text = _ASKERS_CURIOSITY.sub(" ", text)  # "My grandson is very keen to know" asks no feeling
    wants = {wants for wants, pattern in _QUESTION_PATTERNS if pattern.search(text)}
    if Wants.TIME in wants and _only_a_when_clause(text):  # "what was he doing when he said it?"
        wants.discard(Wants.TIME)
    if Wants.NUMBER in wants and _ONLY_WHETHER_COUNTED.search(text):  # "could anybody count how many times...?"
        wants.discard(Wants.NUMBER)
    if Wants.CHANGE in wants:  # then against now: a change, not a comparison of things
        wants.discard(Wants.COMPARISON)
    if Wants.REASON in wants and _REASON_ONLY_TOLD.search(_told_part(text)) and not _REASON_ASKED.search(text):
        wants.discard(Wants.REASON)  # "How surprised was Netflix? my kids are a big part of the reason"
    if Wants.REASON in wants:  # "why do kids like it?" asks why, not whether they like it (or how popular it was)
        wants -= {Wants.FEELING, Wants.PERFORMANCE}
        if _A_LIKING.search(text):  # why people like something: what they crave ("kids crave empowerment")
            wants.add(Wants.DESIRE)
    if Wants.DECISION in wants and _DATE_ANNOUNCED.search(text):  # "has a release date been announced?": a date
        wants.discard(Wants.DECISION)
    if Wants.PERSON in wants and _role_only_mentioned(text):  # "what does the director say kids crave?"
        wants.discard(Wants.PERSON)
    if Wants.SOURCE in wants and asks_whom_told(text):  # "who did Robert Rodriguez talk to": an outlet
        wants.discard(Wants.PERSON)
    if _MAIN_CHARACTERS.search(text):  # "who are the main characters": whom the story follows, not who plays them
        wants -= {Wants.PERSON, Wants.PEOPLE}
    if Wants.CONCLUSION in wants and _THE_PIECE_ITSELF.search(text):  # the piece's summary, not a quote's close
        wants.discard(Wants.CONCLUSION)
    if Wants.NAMING in wants and _CALLS_A_DOING.search(text):  # "what did he call working on it with his family"
        wants = (wants - {Wants.NAMING}) | {Wants.CHARACTER}
    # How he describes a thing, when nothing more particular is asked ("what word does he use to describe it?" asks
    # its name; "how does the article describe the film?" what the piece says it is)
    if Wants.CHARACTER in wants and (wants - {Wants.CHARACTER, Wants.PERSON} or _THE_PIECE_ITSELF.search(text)):
        wants.discard(Wants.CHARACTER)
    if Wants.OCCASION in wants and _CONTEXT_OF_A_MENTION.search(text):  # the passage mentioning it is its context
        wants.discard(Wants.OCCASION)
    if Wants.PLACE in wants and asks_where_said(text):  # "where did he say this?": to whom, on what occasion
        wants |= {Wants.SOURCE, Wants.OCCASION}
    if Wants.TIME in wants and _WHEN_SAID.search(text):  # "when was the interview?": on the occasion, "this week"
        wants.add(Wants.OCCASION)
    return frozenset(wants)


_NAME_THE = re.compile(r"^\W*name (the|one|a|an) ")
# Whom someone talked to: "who did he talk to", "who did Robert Rodriguez tell" (a name reads as a gap here)
_WHOM_TOLD = re.compile(
    r"\bwho(m)? (did|was)\s+(\w+\s+){0,3}(tell|talk|talking|speak|speaking|telling)\b"
    r"|\b(talk|talked|speak|spoke|told|tell) to (which|what|whom)\b",
    re.IGNORECASE,
)


def asks_whom_told(question: str) -> bool:
    """Whether ``question`` asks whom someone talked to, which an outlet named answers: "who did the robert guy talk
    to" (not "according to director Robert Rodriguez")."""
    return _WHOM_TOLD.search(question) is not None
# How much the asker (or whoever they ask for) wants to know, or thanks in advance: no feeling or desire asked.
_ASKERS_CURIOSITY = re.compile(
    r"\b(keen|eager|dying|desperate|excited|itching|impatient) to (know|find out|hear|learn)\b"
    r"|\b(grateful|thankful|obliged)(?= (if|for (any|an|your|the|some) (answer|help|reply|info|information)))"
)
# What someone calls doing something is how they describe it ("it's like a family affair"), not a name it goes by.
_CALLS_A_DOING = re.compile(r"\bwhat (do|does|did) (\w+ ){1,2}call (\w+ing)\b")
# A reason given, not asked: in a sentence that asks nothing, of a message that asks something with "?".
_REASON_ONLY_TOLD = re.compile(r"\b(reason|because)\b")
_REASON_ASKED = re.compile(r"\b(why|how come|what for)\b|\b(reason|because)\b[^.!?]*\?")


def _told_part(text: str) -> str:
    """The sentences of ``text`` that ask nothing, if it asks something with a question mark; without one, all
    but its last sentence, the one asking ("i'm not 9 bc its for kids. what's it about")."""
    parts = MESSAGE_SENTENCE_END.split(text.strip())
    if "?" not in text:
        return " ".join(parts[:-1])
    return " ".join(part for part in parts if not part.rstrip().endswith("?"))


# An audience liking something, whose reason is its motive: "why do kids love it?", "why does it resonate with
# children?" (not "why does he like making them?": his reasons are his own).
_AUDIENCE = r"(kids|kidz|children|childrens|youngsters|young (viewers|audiences|people)|audiences?|viewers|families)"
_A_LIKING = re.compile(
    rf"\b{_AUDIENCE} (\w+ ){{0,2}}(like|love|enjoy|adore|respond|connect|crave|want|get hooked|are hooked|are obsessed"
    r"|are so into|keep (watching|rewatching|coming back))\b"
    rf"|\b(resonates?|connects?|appeals?|clicks?|lands?|works?) (\w+ ){{0,2}}with {_AUDIENCE}\b"
    rf"|\b(over-?index(es)?|popular|a hit) (\w+ ){{0,2}}with {_AUDIENCE}\b"
)


# In what context something is mentioned: "is Disney Channel mentioned, and in what context?"
_CONTEXT_OF_A_MENTION = re.compile(
    r"\b(mention|mentions|mentioned|brought up|comes? up|came up|referenced|cited|invoked)\b.*\bcontext\b"
    r"|\bcontext\b.*\b(mention|mentions|mentioned|brought up|comes? up|came up|referenced|cited|invoked)\b"
    # or after a word the piece mentions, alone: "VCR?? context pls" (not "the remarks, context?")
    r"|^\W*(?!(the |his |these |this |those )?(remarks|quotes?|comments?|interview|news|it|this|that)\b)[\w' -]{1,40}?"
    r"[?!.,:\s-]+context\W*((pls|plz|please)\W*)?$"
)


# The piece itself, not whom it quotes: "how does the article sum up / describe the first film?"
_THE_PIECE_ITSELF = re.compile(r"\b(article|piece|story|writer|author|report|post)\b")


_SAYING = re.compile(
    r"\b(talk|talks|talked|talking|talkin|say|says|said|saying|speak|speaks|spoke|speaking|tell|told|telling"
    r"|mention|mentioned|announce|announced|reveal|revealed|interview|interviews|interviewed|remarks|comments)\b",
    re.IGNORECASE,
)


# When something was said, not when what was said happens ("when did he say filming starts?" asks the filming).
_WHEN_SAID = re.compile(
    r"^\W*(so |and |but |ok )?wh?en (did|was|were|is|does) (he|she|they|rodriguez|rr|the director) (\w+ )?"
    r"(talk|say|speak|tell|mention|announce|reveal)\w*"
    # ("when did he say all this stuff")
    r"( ((all )?(this|that|these|those)( stuff| things)?|it|about (this|that|it|the \w+)|to \w+))*\W*$"
    r"|\bwh?en (was|is|did|were) (the|this|that|his) (interview|press tour|talk|chat|junket|press junket)\b",
    re.IGNORECASE,
)


def asks_where_said(question: str) -> bool:
    """Whether ``question`` asks where something was said ("where was he talking about this?"): the occasion or
    whom he told is the answer, as much as a place."""
    said = _ASKERS_REQUEST.sub(" ", question)
    return _ASKS_WHERE.search(question.lower()) is not None and _SAYING.search(said) is not None


# The asker's own request to be told, no saying asked about: "where i can watch the first one, pls tell"
_ASKERS_REQUEST = re.compile(
    r"\b(pls|plz|please|kindly|can (you|u)|could (you|u)) tell\b|\btell (me|us)\b", re.IGNORECASE
)


# A yes/no question about counting ("could anybody count how many times kids watched it?"), not one asking
# the number ("does anyone know how many views it got?").
_ONLY_WHETHER_COUNTED = re.compile(
    r"^\W*(can|could|did|does|do|is|was|were|are)\b(?!.*\b(know|tell|say|said|mention\w*)\b).*\bhow (many|much)\b"
)
_DATE_ANNOUNCED = re.compile(
    r"\b(date|day)s? (\w+ ){0,3}(announced|confirmed|set)\b"
    r"|\b(announced|confirmed|set) (a |an |the )?(\w+ )?(release |premiere )?(date|day)\b"
)
_ASKS_WHO = re.compile(
    r"\b(who|whom|whose|who's|whos|hoo|which ([\w-]+ )?(actors?|actress(es)?|people|person|stars?|kids|girls|boys"
    r"|directors?|filmmakers?|producers?|writers?)"
    r"|name)\b"
)
_ASKS_OTHER = re.compile(
    r"\b(what|whats|what's|which|why|how|when|where)\b"
    r"|^\W*(is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b"
    # or its verb first, in a learner's word order: "¿mentions the director something of the VCR?"
    r"|(^|[.!?]\s)\W*(mentions?|mentioned|says?|said|talks?|talked|explains?|explained|comments?|commented)\b"
)


_MAIN_CHARACTERS = re.compile(r"\b(main|lead|central) characters?\b|\bprotagonists?\b")


def _role_only_mentioned(text: str) -> bool:
    """Whether a role ("the director", "the cast") is only who the question is about, while it asks
    something else: "did the director give a reason?", unlike "director?" or "who's the director"."""
    return _ASKS_WHO.search(text) is None and _ASKS_OTHER.search(text) is not None


_WH_BEFORE_WHEN = re.compile(r"\b(what|whats|what's|who|whos|who's|where|why|how|which)\b[^,;.?!]*\b(when|wen)\b")


def _only_a_when_clause(text: str) -> bool:
    """Whether the question's only sign of asking for a time is a "when" clause inside another
    question ("what was he doing when he said it?" asks what, not when)."""
    time_words = [m.group() for m in _QUESTION_PATTERNS_BY_KIND[Wants.TIME].finditer(text)]
    return all(word in ("when", "wen") for word in time_words) and _WH_BEFORE_WHEN.search(text) is not None


# "where will they film it?" asks for a location; "where can I watch it?" for where it streams, and a
# relative "where" ("the films where kids...") asks nothing.
_ASKS_WHERE = re.compile(
    r"(^|[,.;:!?]|\b(so|and|but|ok|okay))\W*\b(where|wheres|where's)\b|\b(located|based|headquartered) (in|at)\b"
    # the subject first, as a learner's own language puts it: "spy kids 1 where was filmed?", "he said this where?"
    r"|\bwhere (was|were|did|will) \w+\W*$|\bwhere\s*\?"
    # or asked of someone: "could you tell me where he announced this?"
    r"|\b(tell|know|knows|say|remind|show) (me |us |you )?where\b"
    # or after its verb: "they will film where, the sequel?"
    r"|\b(film|films|filmed|filming|shoot|shoots|shooting|shot|made|make|set|based|live|lives|born) where\b"
    r"|\b(in|at) (which|what) (city|country|state|town|location)\b|\blocations?\b"
)


def asks_where(question: str) -> bool:
    """Whether ``question`` asks where something is or happens (not where to watch it)."""
    text = spelled_out(question).lower()
    return _ASKS_WHERE.search(text) is not None and Wants.AVAILABILITY not in question_wants(text)


def asks_whence(question: str) -> bool:
    """Whether ``question`` asks where something comes from ("where did the news come from?")."""
    return asks_where(question) and _FROM.search(question) is not None


# Where something is, went or happens: a name after "in", "on" or "at" ("in Austin"), whereabouts ("on a press
# tour"), or a name after "to" ("moved to Austin"); where a thing comes from is a name after "from".
_LOCATION = re.compile(
    r"\b(in|on|at) (the )?[A-Z][\w'-]+|\b(on (a |the |his |her |their )?(\w+ )?(tour|set|location|trip)"
    r"|at (home|school|work))\b|\b(to|into|near|across) (the )?[A-Z][\w'-]+"
)
# Where a work is made is a named place ("in Austin"), not whereabouts ("on a press tour") nor a service.
_NAMED_LOCATION = re.compile(r"\b(in|at|to|near) (the )?[A-Z][\w'-]+")
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_FROM_A_NAME = re.compile(r"\bfrom (the )?[A-Z][\w'-]+")


def names_a_place(text: str, *, whence: bool = False, named: bool = False) -> bool:
    """Whether the sentence ``text`` may say where: a location, whereabouts, where it streams; and, for a
    question asking where something comes from (``whence``), a name after "from" ("reporters from Collider",
    which says nothing of where they will film). Asked where something is made (``named``), only a named
    place counts: "in Austin", not "on a press tour"."""
    if named:
        return _NAMED_LOCATION.search(text) is not None
    if _LOCATION.search(text) or Wants.AVAILABILITY in sentence_offers(text):
        return True
    return whence and _FROM_A_NAME.search(text) is not None


# Who holds a feeling: the word before it, past a verb and an adverb or two ("he was extremely pleased",
# "They've been shocked", "the studio is eager", "I love making those films").
_FEELING_HOLDER = re.compile(
    rf"\b(?P<holder>\w+)(?:'ve|'re|'s|'m)?\s+(?:(?:was|is|were|are|am|been|has been|have been|had been|seemed|seems"
    rf"|seem|sound|sounds|sounded|look|looks|looked|felt|feel|feels|have|has|had)\s+)?(?:a\s+)?"
    rf"(?:(?:really|very|extremely|so|just|quite|pretty|all|definitely|absolutely|actually|even|still|genuinely"
    rf"|truly)\s+){{0,2}}(?:{_EMOTIONS})\b",
    re.IGNORECASE,
)
ONE_PERSON = frozenset({"he", "she", "i", "him", "her", "me"})


def feeling_holders(text: str) -> frozenset[str]:
    """The words holding the feelings ``text`` states: {"he"} for "he was extremely pleased"."""
    return frozenset(match.group("holder").lower() for match in _FEELING_HOLDER.finditer(text))


def sentence_offers(text: str) -> frozenset[Wants]:
    offers = {wants for wants, pattern in _SENTENCE_PATTERNS.items() if pattern.search(text)}
    people = _people_named(text)
    if people:
        offers.add(Wants.PERSON)
    if people >= 3:
        offers.add(Wants.PEOPLE)
    return frozenset(offers)


def _people_named(text: str) -> int:
    """Runs of two or more capitalised words (not stopwords), as in "Robert Rodriguez" or "Sung Kang";
    not after "the", which names a thing ("the Spy Kids movies", "the Netflix Sequel")."""
    previous_end, run, people, thing = -2, 0, 0, False
    for match in _CAPITALISED.finditer(text):
        if match.group().lower() in STOPWORDS:
            run = 0
            continue
        if match.start() == previous_end + 1:
            run += 1
        else:
            run, thing = 1, _THE_BEFORE.search(text, 0, match.start()) is not None
        previous_end = match.end()
        people += run == 2 and not thing
    return people
