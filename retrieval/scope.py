"""Whether a question is one the knowledge can answer at all, whatever passage ranks first.

Ranking always finds a nearest passage; these tell the answer step when that passage cannot be the
answer: the question asks for a fact about a film that the knowledge never mentions ("is there a
trailer yet?"), asks for advice or a ranking ("best superhero movies of all time?"), points at no
subject of the knowledge ("who directed the dark knight?"), or asks about a sequel where the nearest
sentence is about the first film ("will Pedro Pascal come back for the sequel?" -> "It stars Pedro
Pascal"), or asks about someone the knowledge only lists, other than whether they are in it ("who is
Priyanka Chopra married to?").
"""

from __future__ import annotations

import re

from .lexical import MESSAGE_SENTENCE_END, STOPWORDS, STREAMING_SERVICES
from .names import NAMED_AFTER_FILMS

# How a question points at the subject without naming it: a pronoun ("is he working on it?", but not
# "this year", "these days") or the kind of thing it is ("the sequel", "the original", "the streamer").
# A question with neither, and naming nothing the knowledge names, is likely about something else
# ("who directed the dark knight").
_POINTS_AT_SUBJECT = re.compile(
    r"\b(it|its|it's|itself|(this|that|these|those)(?! (year|week|weekend|month|summer|winter|spring|fall|season"
    r"|morning|afternoon|evening|night|day|time|quarter)s?\b)|he|him|his|he's|hes|himself|they|them|their|they're"
    r"|theyre"
    r"|(the|this|that|its|his|these|those) (first |new |next |second |original |upcoming )?(movie|movies|film"
    r"|films|flick|picture|sequel|follow-up|followup|original|installment|one|part|cast|director|franchise|story"
    r"|plot|article|piece|studio|streamer|service|interview|remarks|quotes|shoot|set|production))\b"
    # (not another article: "the article about climate change everyone is talking about")
    r"(?! about (?!(it|this|that|these|the|him|his|them|lol|exactly|really|again|here|there|then|in)\b)[a-z])"
    + NAMED_AFTER_FILMS  # (nor a thing named after films: "the movie night pick for friday")
    # in it, its article dropped as learners drop it: "the kids in movie are the childs of who?"
    + r"|\bin (movie|film)(?=\W*$|\W*[,.;:!?]|\W+(are|is|was|were|and|or|too|also)\b)"
    # opening with it, its article dropped as chat drops it: "first movie was a hit yaar?"
    r"|^\W*(first|1st|original|second|2nd|next|new) (movie|film|flick|one)\b"
    # not yet seen by the asker, its "it" dropped: "plot pls i never watch"
    r"|\b(never|not yet|havent|haven't|have not|didnt|didn't|did not) (watch|watched|see|seen|saw)( yet)?(?=\W*$)"
    # or after a verb or preposition: "where i can watch first one"
    r"|\b(watch|see|saw|seen|about|in|of|from|after|like|liked|love|loved) (first|1st|original|second|2nd) (movie|film"
    r"|flick|one|part)\b"
    # the first one, its noun dropped: "when did the 1st come out" (not "the first superhero")
    r"|\bthe (first|1st|original) (come|came|comes|coming|release|released|premiere|premiered|drop|dropped)\b"
    # someone in view, as chat names him: "bro was promoting what exactly" (not "bro is it out yet", said to someone)
    r"|^\W*(bro|dude|homie|this guy|the guy|man) (was|did|said|says|has|had|told|talked|is (working|making|doing))\b"
    # its "it" dropped, as learners drop it: "what type of movie is?"
    r"|\b(what|which) (type|kind|sort|genre|style) of (movie|film) (is|was)\W*$"
    # the news in view, as the trade says it: "which outlet broke the news" (not "what's in the news today")
    r"|\bbr(oke|eak|eaks) (the|this) (news|story)\b"
    # who plays a part, in no work named: "who plays the kids tho"
    r"|^\W*who (plays|played|is playing|stars|starred|acts|acted) (the|a|an)\b(?!.*\b(in|on)\b)",
    re.IGNORECASE,
)


# "its" after another subject of the question's verb: "how does Netflix make most of its money?"
_ITS_OWN = re.compile(
    r"^(.*?\b(does|did|do|is|was|has|will|can|would|could|should) (?!(it|he|she|they|the|this|that|these|those|a|an"
    r"|you|we|i|there)\b)[\w'-]+\b.*?)\bits\b",
    re.IGNORECASE,
)


# Facts a piece about a film states when it knows them, each with how a question asks for it and the
# words (or phrases) that would mention it, as written. A question asking for one that the knowledge
# never mentions ("is there a trailer yet?") is not covered, however close the rest of it sounds.
_MONTH_NAMES = (
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
)
FILM_FACTS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    fact: (re.compile(rf"\b({asked})\b", re.IGNORECASE), mentioned)
    for fact, asked, mentioned in [
        (
            "budget",
            r"budget|how much (money )?(did|does|do|will|is|are) (it|they|\w+) (cost|spend|costing|spending)"
            r"|how much (\w+ ){0,2}(cost|costs)\b",  # as learners put it: "how much cost make it?"
            ("budget", "cost", "costs", "spent"),
        ),
        (
            "price",
            r"how much (does|is|do) .{0,40}\bcost|how much (does|do|did|would) .{0,40}\bpay|prices?|subscription"
            r"|per month|cheaper|(so|too|more|this|that|really|very|getting) expensive|monthly"
            r"|how much (is|are|was) .{0,40}\b(a|per|each) (month|year)"
            r"|(standard|basic|premium|family|ad-supported) plan|how much is \w+ (standard|basic|premium)"
            r"|(with|without) ads\b.{0,20}\b(now|plan|tier)|(put|putting|add|adding) (more |the |of the |some )?ads\b"
            r"|(raising|raise|raised|hiking|hiked) (the |its |their )?price"
            r"|(pay|pays|paying|paid) (like |about |around |almost |over )?\$?\d+"  # "still pay like 150 a month"
            r"|tickets?|paywall\w*",  # "how much of a theatrical ticket", "is the hollywood reporter paywalled"
            ("price", "cost", "costs"),
        ),
        ("any service's passwords", r"passwords?|password[- ]sharing", ("password",)),  # its rules on sharing them
        ("seasons", r"seasons?( \d+)?|episodes?", ("season", "seasons", "episode", "episodes")),  # of a show
        ("a series", r"(animated|tv|television|live-action) (series|show|spin-?off)", ("series", "show")),
        ("trailer", r"trailers?|teasers?", ("trailer", "teaser")),
        # an audience counted: "how many views did it get?", not "how many people watched it more than once?"
        (
            "viewing figures",
            r"(^|[,.;:!?]\s*)\W*((ok|okay|so|but|and|like) )*(exactly )?how many (total |(millions|thousands) of )?"
            r"(views|viewers|households|hours|streams|people|families|subscribers|subs)\b"
            # (not who is in it: "in the listed cast")
            r"(?!.*\b(again|more than once|twice|finish\w*|rewatch\w*|repeat\w*|end|ending|complet\w*|cast"
            r"|starr?(s|ed|ing)?|star|actors?|listed)\b)"
            r"|\bviews did\b|\bhours (viewed|watched)\b|\btop (10|ten)\b"
            r"|(?<!besides the )(?<!beyond the )(?<!aside from the )(?<!apart from the )(?<!other than the )"
            r"\bviewership (numbers|figures|stats)\b"
            r"|\b(made|got|had|has|have) how many (views|viewers|streams)\b"  # "the film has made how many views"
            r"|\b(in|of) subscribers\b|\b(subscriber|sub|subs) (count|numbers|base|growth)\b"  # "bigger in subscribers"
            r"|\b(lost|gained|losing|gaining|lose|gain) (\w+ )?subscribers\b",
            ("views", "viewers", "million", "hours", "subscribers"),
        ),
        (
            "music",
            # (not "sung": Sung Kang)
            r"soundtrack|music|composer|songs?|sang|sings|singers?|singing|(doing|composing|writing|wrote|composed) the"
            r" score|film score",
            ("soundtrack", "music", "composer", "composed", "song", "score", "sang", "singer"),
        ),
        (
            "runtime",
            r"runtime|run time|running time|duration|how long is (it|the ((first|original|1st|new|second) )?(movie|film"
            r"|sequel|one))(?! (out|on|going|been)\b)|how long (will|does) .{0,30}\brun"
            # not "how long will it be before it comes out?"
            r"|how long (will|is) (it|the (movie|film|sequel|second one)|[\w ]{1,30} (2|two|ii))"
            r" (be|going to be)(?=\W*$)"
            r"|in minutes|(longer|shorter) than (the )?(first|original|1st|last) ?(one|movie|film)?"
            # (not how many minutes of it count as watched)
            r"|how many (minutes|mins|hours)( long| is (it|the (movie|film|sequel|first one))|(?=\W*$))"
            r"|(movie|film|it) lasts? how long|\blasts? how long (the )?(movie|film)\b"  # a learner's word order
            r"|how long (does|will|did) (it|the ((first|new|second) )?(movie|film|sequel)) last\b",
            ("runtime", "minutes long", "runs"),
        ),
        (
            "age rating",
            # (not "R-rated stuff"; and what rating it has, or for what ages: "what rating does it have?", "for what
            # age is the film?")
            r"age rating|(?<!-)(?<!\br )rated|pg|pg-13|(what|which|any|its) (age |content |parental |mpaa )?ratings?"
            r"(?! (of|for) )|for what ages?",
            ("rated", "rating", "pg"),
        ),
        # what parents are warned of: "any content concerns, such as violence or strong language?" (not "his violent r
        # rated stuff", which his darker work is)
        (
            "content warnings",
            r"swearing|swear words|(strong|bad|foul) language|curse words|cursing|profanity"
            r"|content (concerns?|warnings?|advisory)",
            ("violence", "violent", "language", "advisory"),
        ),
        ("villain", r"villains?|bad guys?", ("villain", "villains", "antagonist")),
        ("new powers", r"new (super)?powers|new abilities", ("new powers", "new abilities")),
        # what the children can do: "what are the kids powers in the movie"
        (
            "the characters' powers",
            r"(what|which) (are |were )?(the )?((kids|children|characters)'?s?'? )?(super)?powers"
            r"|powers do (they|the kids|the children) have"
            # one of them by name: "wat is guppys power in the movie"
            r"|(what|which) (is|was|are|were) (the |his |her |their )?(?!(the|a|an|this|that)\b)[\w']+"
            r" (super ?)?powers?",
            ("powers", "abilities"),
        ),
        # what the heroes' team is called: "whats the name of the super hero team in the movie"
        (
            "the team's name",
            r"name of (the |their |that )?((super ?)?heroe?s?'? |kids'? )?(team|squad|group)"
            r"|(team|squad|group)'?s? name|(team|squad|group) (is |was )?(called|named)",
            ("team", "squad"),
        ),
        ("official title", r"official(ly)? (title|titled|name|named)|(titled|named|called) officially", ("titled",)),
        # who joins or comes back: "which new actors have been cast for the sequel?"
        (
            "cast changes",
            # (not "the new heroes movie", the sequel by its title's last word)
            r"new (actors?|actress(es)?|cast|cast members?|faces|talent|superheroes|heroes|characters|superkids"
            r"|kid actors|people|kids|children)"
            r"(?! (movie|film|one|sequel|flick|installment|part)\b)"
            r"|(join|joins|joining|add|adds|adding) (\w+ ){0,2}(to )?the cast"
            r"|same (kids|actors|kid actors|cast|characters)"
            # who comes back, not kids coming back to watch it
            r"|reprise|reprises|reprising"
            r"|(coming back|come back|be back|return\w*) (for|in) ([\w'-]+ ){1,3}(part|pt|season|vol) (\d|two|ii)"
            # the first film's cast: "are the og kids coming back for part 2"
            r"|(og|original|same|first movie'?s?|first film'?s?) (kids|children|cast|actors|heroes) (\w+ )?(coming back"
            r"|come back|be back|return\w*)"
            r"|(?<!kids )(?<!children )(?<!keep )(?<!keeps )(?<!kept )(?<!viewers )(?<!fans )"
            r"(return|returns|returning|coming back|come back|be back) ((for|in) (the|part|a|an|2|two|ii)|as)\b"
            # who appears in the next one: "will sharkboy and lavagirl show up in the new one", "appear in the sequel"
            r"|((show|shows|showing|turn|turns|pop|pops) up|appear|appears|appearing|cameo|cameos) in (the )?(new|next"
            r"|sequel|second|part|2)"
            r"|(confirmed|set|expected|going|slated) to (return|come back|be back)\b",
            ("joined", "joining", "returning", "recast", "newcomers"),
        ),
        # how the cast is found: "are they doing open casting for kids? my son wants to audition"
        (
            "casting calls",
            r"auditions?|auditioning|open casting|casting calls?|casting (for|kids|children)"
            r"|(get|getting) into (child )?acting|become an? (child )?actor",  # "how do u even get into child acting"
            ("audition", "auditions", "casting call"),
        ),
        # who makes it with the studio: "which production company is co-producing the sequel with netflix"
        (
            "production companies",
            r"production (company|companies|house|studio)|co-?produc\w*",
            ("production company", "produced by"),
        ),
        (
            "a third film",
            r"third (movie|film|one|installment|part)|trilogy"
            r"|(part|movie|film|installment|number|heroes) (3|three|iii)",
            ("third", "trilogy"),
        ),
        (
            "the end of the shoot",
            # (not a time after it: "after they finish filming how long until release??")
            r"when (will|does|did|do) .{0,40}\bwrap|(?<!after )(?<!after they )(?<!once )(?<!once they )"
            r"(?<!when they )(finish|end) (filming|shooting)"
            # (and asked in a learner's word order, or how long it takes: "when filming of part 2 will finish?")
            r"|(filming|shooting|shoot)\b.{0,25}\b(will|to|gonna) (finish|end|wrap|take)"
            r"|how long (will )?(the )?(filming|shooting|shoot)",
            ("wrap",),
        ),
        (
            "an exact date or figure",
            r"exact(ly)? (\w+ )?(date|day|percentage|percent|figure|figures|rate)|percentage|what percent"
            r"|(what|which) (date|day) exactly"  # "WHAT DAY EXACTLY DO THEY START FILMING"
            r"|what('?s| is| was) the average|average (\w+ )?(rate|number|age|length|time)"
            r"|(what|which) (exact )?(month|day of the week)|release month",
            ("percent", "percentage", *_MONTH_NAMES),
        ),
        (
            "the characters",
            r"(who|which character|what character) does \w+( \w+)? play"
            # (or what they play: "what does pedro pascal play in it")
            r"|what (does|did|will) \w+( \w+)? play\b(?! (with|alongside|a lot)\b)"
            r"|which characters? do (\w+ ){0,3}play"
            r"|character names?|(what|which) characters?\b|(cast|casted) as\b"
            # who plays a part ("who played wonder woman", "who plays the dad in it"), not who plays in it
            r"|^\W*who (plays|played|is playing|will play|voices|voiced) (?!(in|on|for|with|alongside|opposite|there"
            r"|here|it|him|her|them)\b)(the )?\w+"
            # whether someone plays a part: "does taylor dooley play lavagirl in it" (not "does she play in it")
            r"|^\W*(does|did|will|is) [\w ]{2,30}? (play|playing|voice|voicing) (?!(in|on|for|with|alongside|opposite"
            r"|there|here|it|him|her|them|a lot|too|as well)\b)(the )?\w+",
            ("character", "characters", "role as", "plays"),
        ),
        # of the sequel (the first film's is answered by its being a streaming original), by any name: "heroes 2"
        (
            "theatrical release",
            r"(sequel|[\w'-]+ (2|two|ii)|(second|next) (movie|film|one)|follow-?up)\b.{0,60}\b(theaters?|theatres?"
            r"|cinemas?|theatrical|big screen)"
            # or after: "any theatrical window planned for heroes 2", "will it release in theatres also"
            r"|theatrical (window|release|run)\b.{0,60}\b(sequel|[\w'-]+ (2|two|ii)|(second|next) (movie|film|one))"
            r"|will (it|this|the (movie|film|sequel|(new|next|second) one)) (\w+ ){0,2}(in|to) (the )?"
            r"(theaters|theatres|cinemas)",
            ("theaters", "theatres", "cinemas", "theatrical"),
        ),
        # in which languages it is dubbed or subtitled: "is it coming in hindi dub also"
        # ("subs" for subscribers is counted: "how many subs does netflix have")
        (
            "dubbing or subtitles",
            r"dub|dubs|dubbed|dubbing|subtitles?|subtitled|(?<!many )subs(?! (does|do|did|has|have|count|numbers?))",
            ("dubbed", "subtitles"),
        ),
        # the studio's business, of which the news tells only its order: "whats the netflix stock ticker"
        (
            "the studio's stock",
            r"stocks?|share price|shares price|ticker|market (cap|capitali[sz]ation|value)|trading at|shareholders?",
            ("stock", "shares", "ticker"),
        ),
        (
            "box office",
            # (not what streaming figures are set against: "how is streaming different from theater box office")
            # (nor the first weekend's, which the article speaks of: "el box office del primer finde")
            r"(?<!different from theater )(?<!different from )(?<!compared to )(?<!traditional )box[ -]office(?!-)"
            r"(?! (of|on|from) the first weekend)"
            r"|gross(ed|ing)?"
            r"|how much (money )?(did|does|do|will) .{0,40}\bmake",
            ("box office", "grossed", "earned"),
        ),
        (
            "script",
            r"script|screenplay|screenwriter"
            # who writes a film (not the article): "who's writing the sequel", "who wrote the first film"
            r"|who('s| is| was)? (writing|wrote|penned|penning|scripting) (the (sequel|first|original|movie|film|new"
            r"|next|second)|part|it for)"
            r"|^\W*who (wrote|penned|scripted) (?!(the article|this article|the piece|the story|it up|that|this)\b)\w+",
            ("script", "screenplay", "screenwriter", "written by", "wrote"),
        ),
        ("the visual effects", r"visual effects|special effects|vfx|cgi", ("effects", "vfx", "cgi")),
        ("3D or IMAX", r"3-?d|imax", ("3d", "imax")),  # "will the sequel be in 3D like sharkboy and lavagirl was"
        (
            "awards",
            # an Oscar, not someone called Oscar ("is oscar isaac in the cast?")
            r"awards?|oscars|(an|the|any|win|wins|won|get|got|for) oscar|oscar[- ](nominat\w*|buzz|win\w*|worthy)"
            r"|nominated|nominations?",
            ("award", "awards", "oscar", "nominated"),
        ),
        ("reviews", r"reviews?|critics?|rotten tomatoes|imdb", ("review", "reviews", "reviewers", "critics")),
        # and of the people in it: "how old is Pedro Pascal?", "who is Rodriguez's wife?"
        (
            "anyone's age",
            # (not the asker's: "I need to know how old I'm supposed to feel")
            r"how old(?! (i|i'm|im|i am|we|we're|we are|that makes me|does that make me)\b)|\w+'s age|age of \w+"
            r"|birthday|date of birth|year was \w+( \w+)? born"
            # (not whom it is for: "what age is it for?")
            r"|what age (are|were|has|have|(is|was) (?!(it|this|that|the (movie|film|sequel))\b))",
            ("years old", "born"),
        ),
        ("anyone's star sign", r"star signs?|zodiac( signs?)?|horoscopes?", ("zodiac", "star sign")),
        (
            "anyone's partner",
            r"marry|married|marries|wife|husband|spouse|girlfriend|boyfriend|dating|divorced?|ex-?wife|ex-?husband",
            ("married", "wife", "husband", "spouse", "girlfriend", "boyfriend", "divorced"),
        ),
        (
            "anyone's schooling",
            r"university|college|film school|went to school|graduated?|alma mater|degree"
            r"|stud(y|ied|ying|ies) (film|filmmaking|cinema|directing|acting|drama)",
            ("university", "college", "graduated", "degree"),
        ),
        # (not his own children, who work on the films; nor the asker's: "your cousin Emma keeps asking me")
        (
            "anyone's relatives",
            r"(are|is|were|was) (they|\w+( \w+)?) (actually |really |even )?(cousins|siblings|brothers|sisters|related"
            r"|relatives)|(his|her|their|\w+'s) (cousin|sibling|brother|sister|uncle|aunt|nephew|niece)s?",
            ("cousin", "sibling", "brother", "sister", "uncle", "aunt", "nephew", "niece", "relative"),
        ),
        (
            "anyone's birthplace",
            r"where was \w+( \w+)? born|birthplace|hometown|nationality",
            ("born", "hometown", "nationality"),
        ),
        (
            "anyone's nationality",
            r"is (he|she|\w+( \w+)?) (mexican|american|chilean|indian|korean|british|canadian)(?=\s*([?]|$|or\b))"
            r"|(mexican|mexicano|mexicain|messicano) (or|o|ou) (american|americano|estadounidense|am[ée]ricain)",
            ("nationality", "mexican", "american"),
        ),
        (
            "anyone's earnings",
            r"net worth|how rich|salary|get paid|paid for|how much (\w+ ){0,2}(pays?|paid)\b"
            r"|(get|gets|getting) a cut|flat fee|residuals|royalt(y|ies)",  # "do directors get a cut"
            ("net worth", "salary", "paid"),
        ),
        # and of the world around it: companies' history, products' end, countries
        (
            "any founder or creator",
            r"founded|founders?|co-?founders?|founding|who (created|invented)",
            ("founded", "founder", "founders", "created", "invented"),
        ),
        # money in figures: "made el mariachi on like 7 grand"
        # (the pattern is wrapped in \b...\b, so a "$" counts after the figure's first digit: "$7000")
        ("any money", r"(?<=\$)\d[\d,.]*|\d+ ?(k|grand|dollars|bucks)|dollars", ("dollars", "million", "budget")),
        (
            "anything being discontinued",
            r"discontinued|stop(ped)? (being )?(making|made|manufactur\w+|mailing|selling|sold|producing|produced"
            r"|renting|sending)",
            ("discontinued", "stopped making", "stopped selling"),
        ),
        ("any country", r"countr(y|ies)|region-?locked|geo-?blocked|vpns?", ("country", "countries")),  # by region
        ("any owner", r"who owns|owned by|owners?|parent company", ("owns", "owned", "owner")),
        (
            "any executive",
            r"ceo|chief executive|chairman|chairwoman|president of|editor-in-chief|editor in chief",
            ("ceo", "chief executive", "editor"),
        ),
        ("any merchandise", r"video games?|merch|merchandise|toys?|action figures?|lego sets?", ("game", "toys")),
        ("any home release", r"dvd|dvds|blu-?rays?|physical (copy|release|media)", ("dvd", "blu-ray")),
        # watching offline, and TV's audience measurement: "can netflix shows be downloaded for a plane", "how did
        # nielsen measure tv ratings"
        ("any downloads", r"download(s|ed|ing)?|offline", ("download", "offline")),
        ("TV ratings", r"nielsen|tv ratings|(television|tv) audience measurement", ("nielsen", "ratings")),
        # the other works promoted alongside, by name, which the article leaves unnamed ("some of his new and upcoming
        # work" answers "what else was he promoting?", not "what other projects was he promoting?")
        (
            "the other projects by name",
            # (asked which, not whether: "was he promoting other projects on that tour, or only this one?")
            r"\b(what|which)\b.{0,20}\bother (\w+ ){0,2}(projects|films|movies|titles)\b.{0,40}"
            r"\b(promot\w*|push\w*|plug\w*|press tour|tour)"
            r"|(promot\w*|push\w*|plug\w*)\b.{0,60}\b(names?|by name|which ones|specifically|titles)",
            ("projects include", "projects are", "titles include"),
        ),
        # what the director's children do on the films ("My own children work on the films" says only that they do)
        (
            "his children's jobs",
            r"(what|which) (\w+ )?(jobs?|roles?|positions?|work) (do|does|did) (his|the|rodriguez's|the director's"
            r"|robert rodriguez's|their) (own )?(kids|children|sons?|daughters?|family)",
            ("producer", "editor", "composer", "stunt"),
        ),
        # who they are: "what are the names of the director's children who work on the films?"
        (
            "his children's names",
            r"names? of (his|the|rodriguez'?s|the director'?s|robert rodriguez'?s) (own )?(kids|children|sons?"
            r"|daughters?)|(what|who) are (his|rodriguez'?s|the director'?s) (own )?(kids|children|sons?|daughters?)"
            r"('s?)? (names?|called)",
            ("racer", "rebel", "rocket", "rogue", "rhiannon"),
        ),
        # someone's other work: "what other movies has pedro pascal been in?", "what else has she acted in"
        (
            "anyone's other roles",
            r"what (other|else) (\w+ ){0,2}(has|have|did|is|was) (\w+ ){1,3}(been in|acted in|starred in|appeared in"
            r"|played in|directed)|other (roles|credits)",  # not "his darker filmography", which the article weighs
            ("filmography", "roles", "credits"),
        ),
        # a career's start: "what was robert rodriguez's first movie?" (not "the first movie", the subject's)
        (
            "anyone's debut",
            r"(his|her|their|\w+'s) (very )?(first|debut) (movie|film|feature|role|short)|debut (movie|film|feature"
            r"|role)|film debut",
            ("debut", "first film", "first movie", "first feature"),
        ),
        # how films are made and shown, in tools: "what camera does he shoot with?"
        (
            "any equipment",
            # (not "when do cameras roll?", filming; nor "who's behind the camera?", directing)
            r"(what|which) (kind of |type of |brand of )?(cameras?|lens|lenses)|cameras? (model|brand|gear)|lens|lenses"
            r"|equipment|(editing|what) software",
            ("camera", "cameras", "lens", "equipment", "software"),
        ),
        (
            "any teaching",
            r"teach|teaches|teaching|classes|masterclass|(online|filmmaking) courses?",
            ("teach", "teaches", "class"),
        ),
        ("any algorithm", r"algorithms?|recommendations? (engine|system)", ("algorithm", "recommendation")),
        (
            "anyone's social media",
            # (not where a rumour is from: "or is that just a tiktok rumour my son heard")
            r"(instagram|twitter|tiktok|social media|facebook|youtube)(?! (rumou?rs?|videos?|said|says)\b)",
            ("instagram", "twitter", "tiktok", "facebook", "youtube"),
        ),
        # a company buying another: "did Netflix buy any movie studios?"
        (
            "any acquisition",
            r"(buy|buys|bought|buying|acquire[sd]?|acquiring|purchase[sd]?|purchasing) (any |a |an |the |some )?"
            r"(\w+ )?(studios?|compan(y|ies)|stakes?|networks?)",  # (not "a netflix original or an acquisition?")
            ("bought", "acquired", "acquisition", "purchased"),
        ),
        ("anyone's friendships", r"friends with|friendship", ("friend", "friends", "friendship")),
    ]
}


# The asker's own life is context, not a fact asked: "my husband swears she is in it", "famous in my country".
_ASKERS_OWN = re.compile(r"\b(my|our)\s+(own\s+)?$", re.IGNORECASE)


# Where a claim the asker pastes comes from says nothing of what is asked: "Someone on Twitter said big opening
# weekends are misleading. Does the article back that?", "A YouTuber claimed...", "I read on Reddit that...".
_SAYERS = (
    r"(youtuber|blogger|blog|tweet|redditor|tiktoker|post|video|podcast|podcaster|influencer|reviewer|thread"
    r"|article|site|website|guy|girl|friend|mate|someone|somebody|person|people|user|commenter|comment)s?"
)
_HEARSAY = re.compile(
    rf"\b((some|a|an|this|that|one|my) (\w+ )?)?{_SAYERS} (on|from|at|in) [\w.+'-]+( \w+)?"
    r"(?= (said|says|claimed|claims|posted|wrote|reckons|thinks|told|reported|mentioned|swears))"
    rf"|\b(some|a|an|this|that|one) (\w+ )?{_SAYERS}(?= (said|says|claimed|claims|posted|wrote|reckons|reported))"
    r"|\b(i )?(read|saw|seen|heard) (it |this |that |somewhere )?(on|in) [\w.+'-]+",  # ("saw on tiktok ...")
    re.IGNORECASE,
)


# A claim pasted to be checked: "True or false: ...", "Fact check: ...", "I read that X - accurate?", "Someone
# said X. Right?". Its details may be wrong: the passage that settles them is the answer.
_CHECK = re.compile(
    r"^\W*(true or false|fact[- ]?check|confirm|debunk|verify|can you (confirm|verify|check)|is it true( that)?"
    r"|i (read|heard|saw)( somewhere)?( that)?|some(one|body) (said|says|claims?|told me))\b"
    r"|\b(right|true|accurate|correct|legit|true or false|yes or no|fact or fiction|or not|is (that|this) (true|right"
    r"|correct|accurate|legit|so))\W*$",
    re.IGNORECASE,
)


def asks_to_check(question: str) -> bool:
    """Whether ``question`` pastes a claim to be checked rather than asks for something."""
    return _CHECK.search(question.strip()) is not None


def without_hearsay(question: str) -> str:
    """``question`` without who the claim it pastes comes from: "Someone on Twitter said X" -> " said X"."""
    return _HEARSAY.sub(" ", question)


# The options of a multiple-choice question, from its first: "...? A) piracy B) ... D) only box office was counted"
_OPTIONS = re.compile(r"(?<=[?:])\s*\(?[aA1][).]\s.*$|\s\(?[aA1]\)\s.*\s\(?[bB2]\)\s.*$", re.DOTALL)
# A lesser alternative set against what is asked, in doubt or scorn: "is it a coming of age thing or just 90 mins of
# CGI explosions", "is that from rodriguez himself or some 'insider' on twitter again"; or another venue, last: "he
# said it in a interview or in twitter?", "is the sequel netflix or theatrical"; or a guess among others: "was it an
# interview or a tweet or what"
_MERE_ALTERNATIVE = re.compile(
    r"\bor (just|merely|simply|only|some|is it just|was it just)\b[^?]*"
    r"|(?<=\w) or ((on|in|at|via|through) (a |an |the |his )?[\w.+'-]+|theatrical|theatrically)(?=\W*$)"
    r"|(?<=\w) or (a |an |the |on |in |via )?[\w.+'-]+ or (what|something|smth|sth|whatever)\b",
    re.IGNORECASE,
)


# Why the asker asks, which asks nothing: "..., because my cousin sends me 'news' from tiktok all the time"
_ASKERS_REASON = re.compile(
    r"\b(because|cause|cuz|coz|since) (i|i'm|im|i've|my|me|we|we're|our)\b[^?]*", re.IGNORECASE
)


def asked_facts(question: str) -> list[str]:
    """The facts about a film that ``question`` asks for ("budget", "box office"), not about the asker nor in the
    options of a multiple-choice question, nor in a lesser alternative set against what it asks."""
    question = _ASKERS_REASON.sub("", _MERE_ALTERNATIVE.sub("", _OPTIONS.sub("", question)))
    return [
        fact
        for fact, (asked, _) in FILM_FACTS.items()
        if any(
            not _ASKERS_OWN.search(question[: match.start()]) and not _withheld(question, match.start())
            for match in asked.finditer(question)
        )
    ]


# Figures said to be kept secret are not asked, only whether they are shared: "Isn't Netflix super secretive about
# viewership numbers? how did he know any of this" (not "what are the secret viewership numbers")
_WITHHELD = re.compile(
    r"\b((secretive|private|cagey|tight-lipped|quiet|weird|strict) (about|with)|(never|rarely|barely|don'?t|doesn'?t"
    r"|do not|does not|won'?t|wouldn'?t) (\w+ )?(share|shares|release|releases|publish|publishes|disclose|discloses"
    r"|reveal|reveals|show|shows|give out|gives out))( (its|their|the|any|those|these))?\W*$",
    re.IGNORECASE,
)


def _withheld(question: str, at: int) -> bool:
    """Whether the words before ``at`` in ``question`` say that what follows is kept secret."""
    return _WITHHELD.search(question[max(0, at - 60) : at]) is not None


# Advice, recommendations, rankings and how-tos ask about the world, not about a piece of news:
# "how do you become a film director?", "best superhero movies of all time?", "is it safe to...".
_IN_GENERAL = re.compile(
    r"(^|[,.;!?] |^\W*(okay|ok|so|um|well|hey)( so)?\W+)(how (do|can|should) (i|you|we|one)|how to)\b"
    r"|\b(recommend\w*|recs|suggestions?"
    r"|ideas|tips|advice)\b|(^\W*|[,.;!?] |\b(you|u|pls|please|someone|anyone) )suggest (a|an|some|me|any)\b"
    r"|\b(best|greatest|worst|biggest|highest|lowest|top \d+|most \w+)\b.*\b(of all time|ever)\b"
    # records and the typical case: "the current record for most-watched...", "how long does a typical press tour last"
    r"|\b(current |all-time )?record for\b|(?<!from )(?<!than )(?<!to )\ba typical\b"
    # help with the asker's own school work: "can someone help me with my essay on the hero's journey"
    r"|\bhelp (me )?with (my|our|an|a|this) (essay|homework|assignment|project|paper|report|worksheet)\b"
    # how the trade works in general: "how do film productions get insurance for stunts", "whats the point of press
    # junkets", "how do netflix's original movies make money if nobody buys a ticket?"
    r"|\binsurance\b|\b(press )?junkets\b|\bhow (do|does) ([\w']+ ){1,4}make (any |their |its )?money\b"
    # when a service's releases go live, of all of them: "What time do new Netflix releases drop, midnight PT?"
    r"|\bwhat time (do|does|will) ([\w+]+ ){0,3}(releases|episodes|shows|movies|films) (drop|come out|go live|release"
    r"|premiere|come)\b"
    r"|\b(which|what|who) (\w+ ){0,3}(has|have|had) (\w+ ){0,2}the most\b"  # "which actor has played the most..."
    r"|\bbest ([\w-]+ ){0,2}(movie|film|show|game|series|book)s?\b|\bbest (\w+ ){0,3}(scene|moment|episode|role"
    r"|performance)s?\b"
    # a taste asked of the bot, or of no one named: "bot, what's your favorite superhero movie?", "fav marvel movie?"
    r"|\b(your|ur) (\w+ )?(fav|fave|favou?rite)\b|\bin (your|ur) (honest )?opinion\b"  # ("your film favourite")
    r"|\b((best|strongest) (\w+ ){0,2}(super)?(hero|heroes|villain|villains)|(super)?(hero|heroes|villain|villains)"
    r" (best|strongest))\b (of|in|from) (marvel|dc|all time|comics)\b"
    # what there is of a kind, and parenting's settings: "are there latino superhero films for kids?"
    r"|^\W*are there (any |other |more |some )?(\w+ ){0,3}(films|movies|shows|series)\b|\bparental controls?\b"
    # screen time's effects, and which service offers most: "does it affect his concentration in class?"
    r"|\b(does|will|can|could) (it|this|that|tv|screen time) (affect|harm|hurt|damage)\b"
    r"|\bwhich (platform|service|streamer|streaming service|app) (has|offers) (more|the most|better)\b"
    rf"|\b(better|worse|cheaper) than {STREAMING_SERVICES}"  # "is disney plus better than netflix for kids?"
    # what films come out, of all there are: "which DC superhero films premiere in theaters next year?"
    r"|\b(which|what) (\w+ ){0,3}(films|movies|shows) (\w+ ){0,5}(premiere|come out|are coming out|release|open)\b"
    r"|^\W*(fav|fave|favou?rite) ([\w-]+ )?(movie|film|show|series|superhero|hero)s?\W*$"
    # ("any good superhero movies", not the judgement of "was the completion rate any good or ...")
    r"|\b(best|right|correct|proper) (order|way) to\b|\bwhat are (some|the best)\b|\bin (what|which) order\b"
    r"|\bany good (?!(or|and|but|though|tho|for|at|lol)\b)\w"
    r"|\ba good (\w+ )?(movie|film|show|series|book|cartoon|original)s? to (watch|see|stream|show|rent|buy|download"
    r"|binge)\b"
    r"|\ba good (\w+ )?(movie|film|show|series|book|cartoon)s? (about|with|where|like)\b"  # "a good movie about a dog"
    r"|\b(movie|film) (night|nite) (pick|poll|choice|vote|idea)s?\b"  # a pick for a server's movie night
    r"|\bwhat (can|should) (i|we) do\b|\bwhat (i|we) (can|should) do\b"  # "my kids watch too much tv what i can do"
    r"|\bgood (movies|films|shows|series|books|cartoons) (for|to)\b"
    r"|^\W*good (\w+ )?(movie|film|show|cartoon) (for|to)\b"
    # parenting's screen time, and a learner's how-to: "how i download movies from netflix for watch offline"
    r"|\bscreen ?time\b|\btoo much screen\b|\b(hours?|time) of screen\b"
    r"|(^|[,.;!?] )how (i|we|you|one) (can |could |should )?(download|cancel|install|change|fix|reset|delete|share"
    r"|log|sign|pay|subscribe|unsubscribe|stop|limit|block|control)\b"  # ("how i can stop it": the kids watching)
    # a how-to: "is there a way to download netflix shows on a laptop"
    r"|\bis there (a|any) (easy |good )?way to\b(?! (watch|stream|see|rewatch)\b)"
    # a service's plans, bills, catalogue and apps, and when its shows drop: "netflix standard with ads vs premium",
    # "can i get a refund", "what's leaving netflix", "is it worth cancelling netflix", "what time do new netflix
    # shows drop"; and a channel's originals: "what happened to the Disney Channel original movies"
    r"|\b(best|cheapest|which) (netflix |streaming |family )?plans?\b|\b(standard|basic|premium) (plan|tier|with ads)\b"
    r"|\bpicture quality\b|\b(refunds?|billing|overcharged)\b|\b(household|password|account) sharing\b"
    r"|\b(card|payment) (got |was |is |keeps getting )?declined\b|\b(good|best) (\w+ )?(app|apps|website|tool)\b"
    rf"|\bwhat('?s| is) (leaving|coming to|new on) {STREAMING_SERVICES}\b|\boriginal (movies|films|shows)\b"
    # how any film goes: "how long till a movie goes from theaters to streaming usually?"
    r"|\b(a|any) (movie|film|show)s? (usually|typically|normally)\b|\bfrom (theaters|theatres|cinemas) to streaming\b"
    r"|\btheatrical window\b|\b(movies|films) (hit|go to|reach) streaming\b"
    r"|\bis it worth (cancel\w*|getting|paying|subscrib\w*|switching|buying)\b"
    r"|\bwhat time (do|does|will) (new )?[\w+]+ ?(shows|episodes|series|movies|releases) (\w+ )?(drop|come out|release)"
    # the world's news, rankings and polls: tours, a game's winner, a ban, the best of a year, the first of a kind,
    # "what do you all think", "is it a good idea", "the metric system"
    r"|\btouring\b|\bconcerts?\b|\btour dates\b|\bwho won\b|\b(get|got|gets|getting) banned\b"
    r"|\b(best|worst|top) (\w+ ){0,3}of (19|20)\d\d\b|\bthe first (\w+ ){1,3}original (movie|film|show|series)\b"
    r"|\b(you all|y'all|you guys|u guys|yall) think\b|\b(a )?(good|bad) idea\b|\bmetric system\b"
    # small talk: "hi every body how is everyone doing today"
    r"|\bhow('?s| is| are| r) (every ?body|every ?one|y'?all|you all|you guys|u guys)( doing)?\b"
    r"|^\W*(hi|hello|hey|yo|sup)\b.{0,20}\bhow (are|r) (you|u)\b"
    # what the channel does with its own kids, how films go in general, which order to watch, what is worth money:
    # "do you guys let the kids watch tv at breakfast", "why do movies take like 2 years", "which order do i watch
    # them in", "are those vhs tapes actually worth money"
    r"|\b(do|would) (you|u) (guys |all |people )?(let|allow)\b"
    r"|\b(what|which) order (do|should|to)\b|\bworth (any |much |good |real )?money\b"
    r"|\b(every ?one'?s|every ?body'?s|people'?s|y'?all'?s|you guys'?) (\w+ )?(fav|fave|favou?rite)\b"
    r"|\bis (?!(it|this|that|the (movie|film|sequel|first|original|second|new|next))\b)(the )?[\w' -]{3,40}? a good"
    r" (one|movie|film|pick|choice|show) (to|for)\b"
    # a service's account features, how studios choose, and home-viewing windows: "is there a way to see netflix viewing
    # history per profile?", "how do studios decide what gets greenlit", "the usual window between theatrical release
    # and pvod"
    r"|\b(viewing|watch|watching) history\b|\bper profile\b|\bhow (do|does) (studios|networks|streamers|executives"
    r"|execs) (decide|choose|pick|figure|know|tell|measure|count|calculate)\b|\bp?vod\b|\bwindow (now )?between\b"
    r"|\b(pick|picks|choose|chooses|decide|decides) what (to greenlight|to make|to produce|to fund|to buy|gets greenlit"
    r"|gets made)\b"
    # what a service lets its users do, and which is better: "does netflix show you what your kids watched", "which
    # is best for kids, netflix or disney plus?"
    rf"|\b(does|do|can|will|would) {STREAMING_SERVICES} (show|shows|let|lets|allow|allows) (you|me|us|parents|users"
    r"|people|subscribers|viewers|members)\b"
    rf"|\b(best|better|cheaper|worth it)\b[^?]*\b{STREAMING_SERVICES}\W+(or|vs\.?|versus)\W+{STREAMING_SERVICES}\b"
    rf"|\b{STREAMING_SERVICES}\W+(or|vs\.?|versus)\W+{STREAMING_SERVICES}\b[^?]*\b(best|better|cheaper|worth)\b"
    # a streamer's films in general, which of a series is best, and getting kids to stop: "do netflix movies ever go to
    # theaters first", "which spy kids movie is the best one", "how do u guys get toddlers to stop watching"
    r"|\b(do|does|are) (netflix|disney|streaming|streamer) (movies|films|originals|shows)"
    r" (ever|usually|always|get|go)\b"
    r"|\bwhich (\w+ ){0,3}(movie|film|one|show|season|episode)s? is (the )?best\b"
    r"|\bhow (do|can|should) (u|ya|you|y'?all) (guys |all |people )?(get|stop|limit|keep|make) (my |your |our |the "
    r"|their )?(kids?|toddlers?|children|son|daughter|baby|babies|them)\b|\bhow (do|can|should) (u|ya) (get|stop"
    r"|limit|keep|make)\b"
    # what the channel watches and plays, why the trade does as it does, school, the bot itself, which is better,
    # strikes, the channel's plans and polls: "whats everyone watching for movie night friday", "why do studios send
    # actors on press tours", "when's the maths test", "who made this bot lol", "does anyone else think..."
    r"|\bwhat('?s| is| are) (every ?one|every ?body|you all|y'?all|you guys|u guys) (watching|playing)\b"
    r"|^\W*(anyone|anybody|who('?s| is| else)) (else )?(playing|still playing)\b"
    r"|\bwhy (do|does|are|is|did) (studios|networks|streamers|movies|films|sequels|actors|directors)\b"
    r"|\b(maths?|science|spelling|history|geography|biology|chemistry|physics) (test|exam|quiz|homework)\b"
    r"|\bteachers? (\w+ ){0,3}(assign|assigns|give|gives|set|sets) (\w+ ){0,2}(homework|tests|quizzes|essays)\b"
    # the channel's own viewing plans: "que filme a gente assiste hoje?", "can we do movie night saturday"
    r"|\b(what|which) (film|movie|show|series)s? (should |do |can |shall |could )?(we|i|us|a people|the family)"
    r" (watch|see|put on)\b|\b(can|could|should|shall) we (do|have) (a )?movie night\b"
    r"|\b(when'?s|when is) the (\w+ )?(test|exam|quiz)\b"
    r"|\b(trip|outing|party|practice|rehearsal|sleepover) (still )?on\b"
    r"|\bwho (made|built|created|coded|programmed|wrote) (you|u|this bot|the bot)\b"
    r"|\b(are|r) (you|u) (a bot|an ai|human|real)\b|\bwhich('?s| is| one is)? better\b"
    r"|\b(wga|sag|sag-aftra|writers'?|actors'?|hollywood) strikes?\b|\bwho('?s| is) (hosting|picking|choosing)\b"
    r"|\b(does|do) (anyone|anybody|any of you|you guys|u guys|y'?all) (else )?(think|feel|agree)\b"
    # a team's games: "o flamengo joga hj?", read "or flamengo plays today?"
    r"|\b(plays?|playing|game|match) (today|tonight|tomorrow)\b"
    # a repair: "my VCR is eating tapes, any way to fix it"
    r"|\b(any|a|some) (easy |good )?way to (fix|repair|clean|unjam)\b"
    r"|\bwho (would|will) win\b|\b(is|are) (\w+ )?good for (a|an|my|kids|children|\d)"
    # (what the film gives them is no advice: "does it have a good message for kids?")
    # (or longer: "a good family movie night film for a 6 year old")
    r"|\ba good (?!(message|lesson|example|influence)\b)\w+( \w+){0,3} for\b|\b(has|have) the most\b"
    r"|\b(which|what|who) (\w+ ){0,3}(has|have) most\b"  # "which streaming service has most anime"
    # a parent's how-to, as learners ask it: "how make my kids stop watching tablet all day"
    r"|\bhow (to )?(make|get|stop|keep) (my|our) (kids?|child|children|son|daughter)\b"
    # (what to tell the kids is the fact itself: "is there a date yet, or should I tell her to be patient?")
    r"|\bshould (i|a|my|we|you|parents|kids|children)\b(?! (tell|promise)\b)"
    r"|\bis it (safe|ok|okay|normal|bad|healthy)\b(?! for (them|him|her)\b)"  # not "is it normal for them"
    r"|\b\d+ ?(times|plus|minus|multiplied by|divided by|x|\*|\+|/) ?\d+\b"  # sums: "whats 17 times 23"
    # of what one's own kid does with any film: "my kid watches the same movie every day, is that normal?" (not
    # with this one: "my son watches it before school every day, is that normal?")
    r"|\bmy (kid|kids|son|daughter|child|children|boy|girl)\b(?:(?!\b(it|this|heroes)\b).)*"
    r"\bis (that|this) (normal|ok|okay|healthy|bad)\b"
    r"|(?<!\bthe )\b(ok|okay|appropriate|suitable|safe) for (a|an|my|kids|children|teens|toddlers|\d)"
    # a word's meaning in a field, not in the news: "what does empowerment mean in psychology?"
    r"|\bmeans? in (psychology|business|general|economics|science|law|marketing|medicine|sociology|education|math)\b"
    # (not a Discord channel: "someone in general chat said that")
    r"|\bin general\b(?! (chat|channel)\b)|\bworth (it|watching|rewatching|seeing)\b"
    # jokes and comparisons of things in the world: "tell me a joke", "which is older, dc or marvel?"
    r"|(?<!no )(?<!nae )\bjokes?\b"
    # "netflix vs max which one has better documentaries"
    r"|\bwhich (one |of (them|the two) )?(is|are|was|has|have) (the )?(older|newer|better|bigger|cheaper|faster|best)\b"
    r"|\bsettle (this|it|a debate|an argument|the debate)\b"  # "dc or marvel, settle this for my sons pls"
    # ("dc or marvel", "are dc movies better than marvel ones")
    r"|\bdc\b[^?.!]{0,60}\bmarvel\b|\bmarvel\b[^?.!]{0,60}\bdc\b"
    r"|(^\W*|\b(pls|please|now|u|you) )rank (the|these|all|every|your)\b"
    # streaming as a job on other platforms: "does streaming on twitch actually pay"
    r"|\bstreaming on (twitch|youtube|tiktok|kick)\b|\b(twitch|youtube|tiktok) (streamers?|creators?|channels?)\b"
    r"|\bstill a thing\b"  # "is the disney channel still a thing"
    r"|\b(is|are) [\w+-]+( [\w+-]+)? or [\w+-]+( [\w+-]+)? (better|worse|cheaper)\b"  # "is disney+ or netflix better"
    # writing or translating something, a task and not a question: "write me a short poem about superheroes"
    r"|\b(write|compose) (me |us )?(a|an|some) (\w+ ){0,2}(poems?|songs?|story|stories|essays?|haiku|limericks?|raps?"
    r"|letters?|scripts?|reviews?)\b|\btranslate\b"
    # a word in another language: "how you say 'superhero' in portuguese"
    r"|\bhow (do |would |can )?(you|u|i|we|they) (say|spell|write|pronounce) .{1,40} in (english|spanish|portuguese"
    r"|french|german|italian|dutch|polish|russian|japanese|chinese|korean|hindi|arabic|tagalog|turkish)\b"
    # a pick, a job or how long a task takes, of any one: "a good family movie night pick", "what does a film
    # producer actually do", "how long does it usually take to film a movie"
    r"|\ba good (\w+ ){0,3}(pick|choice)\b|\b(movie|film|show)( night)? (picks|recs|suggestions)\b"
    r"|\bbest (\w+ ){0,3}(costumes?|gifts?|toys?|snacks?|apps?)\b|\bhalloween costumes?\b"
    r"|\bwhat (does|do) an? (\w+ ){1,2}(actually |even |really |exactly )?do\b"
    r"|\bhow long (does|do|would) (it|they) (usually |normally |typically |generally )?take to \w+ an?\b"
    r"|\b(writing prompts?|lesson plans?|worksheets?)\b"  # a teacher's task
    r"|\bis it (cheaper|better|faster) to\b|\bgood (?!(message|lesson|example|influence)\b)\w+( \w+)? for (kids"
    r"|children|a|an|my|\d)|\bat what age\b"
    # how-tos with a device or an account: "can i download netflix movies?", "how do i cancel"
    r"|\bcan (i|u|you|we) (still )?(download|buy|cancel|record|install|share my|pause)\b"
    r"|\b(tell|show|teach) (me|us) how (to|do|can)\b"
    # troubleshooting an app or a device: "netflix keeps crashing", "why is it buffering"
    r"|\b(wifi|buffer\w*|crash\w*|outage|login|log in|passwords?|smart tv|roku|firestick)\b"
    # what one's own app or account tells them: "why my netflix say too many people are using your acount"
    r"|\bmy (netflix|account|acount|app|tv|subscription|profile) (say|says|said|keeps?|won't|wont|isn't|isnt|doesn't"
    r"|doesnt|is (not )?(working|showing|saying))\b"
    # services in general, of what they offer: "which streaming services offer discounts for schools?"
    r"|\b(which|what) (streaming )?(services|platforms|apps) (offer|have|give|let|support|allow)\b"
    # (one that has what is named: "which platform has the Marvel films", not "which platform has it")
    r"|\b(which|what) (streaming )?(service|platform|app) (has|offers|carries)"
    r" (?!(it|this|that|them|the (first |original )?(movie|film|one|sequel)\b(?! of)))"
    # what one has of a kind: "do you know if Disney+ has superhero films for small kids?" (not more like it planned)
    rf"|\b{STREAMING_SERVICES} (has|have|got|offers?|are there) (any |some |good |many |more |other )?([\w-]+ ){{0,2}}"
    r"(films|movies|shows|cartoons|series)\b(?!.*\b(like (this|it|that)|planned|coming|in the works)\b)"
    # how things in the world work, what is on which channel, the weather, rankings, accounts and devices
    r"|\bhow (do|does) (\w+ ){1,3}(even |usually |actually )?work\b|\bchannel number\b"
    # how films in general are made: "how do they film movies with green screen" (not "the movie", this one)
    r"|\bhow (do|does|did|can) (they|people|studios|filmmakers|directors|film crews|crews) (\w+ ){1,3}"
    r"(movies|films|shows|scenes|actors|sets)\b"
    r"|\bdecide (what|which|how many) (shows|movies|films|series|seasons|episodes)\b"
    # a catalogue or a pick: "what's on netflix this weekend", "is there a good film about kids with powers"
    r"|\bwhat('?s| is) (new |good )?on [\w+]+( [\w+]+)? (tonight|today|this (weekend|week|month)|right now)\b"
    r"|\bis there a (good|great|fun|decent|nice) (\w+ )?(movie|film|show|book|series)\b"
    r"|^\W*(is|are) there (any|some) ([\w-]+ ){0,2}(films?|movies?|shows?|series|cartoons?) (of|about|with|for|from)\b"
    r"|\b(what|which) (\w+ ){0,2}(movies?|films?|shows?) (are|is) (showing|playing|on)\b"  # "what films are showing..."
    # "what netflix superhero shows are there besides the marvel ones"
    r"|\bwhat (\w+ ){0,3}(shows|movies|films|series|cartoons) (are there|exist|are out there)\b"
    # what other works there are, and what a kind of thing is, which news only names: "what other superhero films for
    # kids are there on netflix?", "what's a VCR?"
    # (or asked for one: "tell me a marvel film to watch with the little ones")
    r"|\b(tell|give|show|find|name) (me|us) (a|an|some|one) ((?!(about|of|in|from|on)\b)\w+ ){0,3}(movies?|films?"
    r"|shows?|series|cartoons?)\b(?! (summary|facts?|details?|synopsis|quotes?|plot|titles?|names?)\b)"
    r"|\b(what|which) (other|more) (\w+ ){0,3}(movies|films|shows|series|cartoons) (\w+ ){0,4}(are there|are on"
    r"|is there|there (is|are)|exist)\b|^\W*(what|wat|wut)( even)?( is|'s|s| are)( even)? (a|an) [\w-]+( [\w-]+)?"
    r"\W*($|[,.?!]|\b(my|exactly|anyway|lol)\b)"
    # a service's history, sports, grammar, a party to plan, the law and pay, children's development, what something
    # usually involves or was first called: "what year did netflix start streaming?", "who win 2022 world cup",
    # "are superhero movies bad for kids brains", "what does a press tour usually involve?"
    rf"|\b(when|what year) did {STREAMING_SERVICES} (start|begin|launch|first)\b"
    r"|\b(world cup|super bowl|olympics|champions league|world series)\b|\bgrammar\b|\bgrammatically\b"
    r"|\bwho('?s| is) (better|stronger|cooler|faster|smarter)\b"
    r"|\bwatch part(y|ies)\b|\bcrafts? (ideas?|projects?|for)\b|\b(\w+-themed|themed|diy|easy|fun) crafts?\b"
    r"|\b(help|helping) (me|us) (plan|pick|choose|find|write|make"
    r"|organi[sz]e)\b|\b(highest|best|lowest)[- ]paid\b|\blegally\b|\bby law\b"
    r"|\bbad for (kids|children|their|my|your|the|a|him|her|them)\b|\bbad to (him|her|them)\W*$"
    r"|\bdevelopmental(ly)?\b|\brots? (your|ur|their|the|my) brains?\b"
    r"|\b(kids|children)('s|s')? brains?\b|\blearn (more|better|less|anything|much) from\b"
    # the trade's habits and tropes: "kids of stars who become actors, is it nepotism?", "is it a rule in hollywood"
    r"|\bn[eé]potis\w*|\bnepo bab(y|ies)\b|\btropes?\b|\bhollywood (rule|thing|trend)s?\b"
    r"|\b(rule|thing|trend) (in|of|à) hollywood\b"
    r"|\b(usually|typically|normally|generally) (involve|involves|mean|means|work|works|last|lasts|take|takes|cost"
    r"|costs|pay|pays)\b|\boriginal name\b|\bwhen it (launched|started|was founded|began)\b|\bfounded\b"
    r"|\b(explain|define) what\b(?! (the |this |that )?(film|movie|sequel|article|it|he|rodriguez|netflix)\b)"
    r"|\b(who|when) (\w+ )?invent(ed)?\b"
    # child actors' school, pay and hours, in general: "how does school work for child actors during filming?"
    r"|\b(child|kid) (actors?|actress(es)?|stars?)\b.*\b(school|schooling|tutors?|teachers?|laws?|legally|paid|pay"
    r"|earn|earns|hours)\b|\b(school|schooling|tutors?|teachers?|laws?|legally|paid|pay|earn|earns|hours)\b.*"
    r"\b(child|kid) (actors?|actress(es)?|stars?)\b"
    # what a service does with all its shows: "why does netflix cancel so many good series"
    r"|\bwhy\b.{0,30}\bcancel\w* (so many|so much|every|good|great|my|the best|shows|series)\b"
    # a career, and a pick for one's own: "my nephew wants to be a child actor", "which films can i show my 4 year old"
    # (not "will he be a director on it too?")
    r"|\b(become|becoming) an? (child |kid )?(actor|actress|director|youtuber|streamer|stunt \w+)\b"
    r"|\b(have|has|need|needs) to study\b|\bstudy (\w+ )?to (be|become)\b"  # "what does one have to study to..."
    r"|\b(want|wants|wanted|wanna|dreams?) (to )?(be|become) (an? )?(child |kid )?(actor|actress|director|youtuber)\b"
    r"|\b(which|what) (\w+ ){0,3}(films|movies|shows|cartoons) (\w+ ){0,4}((can|should|could) (i|we)|(i|we) (can"
    r"|should|could)) (show|let|put on)\b"
    # a film to name by what happens in it: "whats the name of that movie where the guy keeps living the same day"
    r"|\bname of (that|the|this|a) (movie|film|show|cartoon) (where|in which|wherein|with (the|a|that))\b"
    r"|\bon (regular |basic )?(cable|spectrum|directv|xfinity|comcast)\b"
    r"|\b(weather|forecast|rain|raining|snow|snowing)\b|\bwh?at time is it\b"
    r"|\b(highest|most) (grossing|popular|watched)\b|\branked\b|\branking\b|\bbest age\b"
    # how anyone gets into a line of work: "how do kids even get agents?"
    r"|\bhow (do|does|can|did) (kids|children|people|actors|actresses|someone|anyone|one) (even |actually |usually )?"
    r"(get (an? |their )?(agents?|auditions?|cast|into|started)|become|break into)\b"
    r"|\bhow (do|does|can|did) (child|kid|young) (actors|actresses|stars|performers)\b"  # "...go to school"
    r"|\b(strongest|fastest|smartest|richest|tallest)\b|\bfirst (\w+ ){1,3}ever\b|\b(is|are) (\w+ )?good for \w+ing\b"
    r"|\bwhat time (does|do|should) (\w+ ){0,2}(school|schools|class|classes) (\w+ )?(start|begin|end)"
    # a school day's times, and who is best of a team: "what time is pickup friday", "whos the best avenger"
    r"|\bwhat time is (\w+ ){0,2}(pick-?up|drop-?off|dismissal|practice|recess)\b|\bearly dismissal\b"
    r"|\b(who'?s|whos|who is) the (best|worst|strongest|coolest|greatest|funniest) (?!(one|part|actor|actress"
    r"|character|kid|hero|scene|bit)\b)[\w-]+\W*$"
    # ... of another game or work: "whos the best superhero in fortnite rn" (not "in it", "in the movie")
    r"|\b(who'?s|whos|who is) the (best|worst|strongest|coolest|greatest|funniest) [\w-]+ in"
    r" (?!(it|this|that|the (movie|film|sequel|first|cast|original))\b)[\w-]+"
    # (a unit counted by is no account question: "does netflix track by household or by account?")
    r"|(?<!\bby )(?<!\bper )(?<!\beach )(?<!\bevery )\b(accounts?|profiles?|devices?)\b"
    r"|\b(reliable|trustworthy) (source|site|website)\b"
    r"|\b(log|logs|logging|logged|sign|signs|signing|signed) (me |you |us )?(in|out)\b|\b(a|the) fix\b"
    r"|\b(sells|sold|sell|sales) more\b|\bwho (has|have|had) (\w+ ){0,2}(more|most|fewer) (movies|films|shows|hits)\b"
    # naming one's own pick, and opening hours: "name a sequel thats better than the original", "is the theater open
    # on thanksgiving"
    r"|\bname (a|an|one|some|any) (\w+ ){0,3}(that|which)('?s| is| are| was)? (better|worse)\b"
    r"|\bopen (on|today|tomorrow|tonight|late|until|till)\b"
    # films of a kind in general: "why do sequels usually suck", "why do so many superhero movies come out"
    r"|\bsequels\b.*\b(usually|always|generally|typically)\b|\b(usually|always|generally|typically|keep making"
    r"|most)\b.*\bsequels\b|\bso many (\w+ ){0,2}(movies|films|shows|sequels)\b"
    # health and science in general: "is rewatching good for their brain?", "any research on..." (not a student's
    # "film studies q: how does he position the family films")
    r"|\bgood for (their|there|your|a|the) (brain|brains|health|eyes|development)\b"
    r"|(?<!-)\b(research|(?<!film )(?<!media )(?<!cinema )studies)\b"
    r"|\b(diff|difference|differences) (between|betwen)\b"
    r"|\bbuilt[- ]in\b|\b(samsung|lg|sony|vizio|tcl|hisense) (tv|smart tv)\b",
    re.IGNORECASE,
)


# What is on tonight is news of the world ("what's on disney channel tonight?"), unless it is about the
# subject in view ("can I watch it tonight?").
_TONIGHT = re.compile(r"\btonight\b", re.IGNORECASE)
# Where to buy or find something is shopping, unless it is the subject in view: "where can I find the first one?"
_WHERE_TO_GET = re.compile(r"\bwhere can i (buy|get|find)\b", re.IGNORECASE)


# Where one question ends and the next begins: "Is it ok for my kids? What is it about?"
_QUESTION_END = re.compile(r"(?<=\?)\s+(?=\w)")
# A sentence opening as a question does; with its mark at the end, it is one.
_QUESTION_OPENING = r"^\W*(what|who|when|where|why|how|which|is|are|was|were|does|do|did|will|can|has|have|any)\b"
_OPENS_A_QUESTION = re.compile(_QUESTION_OPENING, re.IGNORECASE)
_A_QUESTION = re.compile(_QUESTION_OPENING + r".*\?\W*$", re.IGNORECASE)


def questions_of(message: str) -> list[str]:
    """The questions a message asks, each with what comes before it since the last: "Hang on, isn't this the
    guy who did Spy Kids? My older two adored those. Does he compare this one to them?" asks two."""
    split = _QUESTION_END.split(message.strip())
    parts = [part for part in split if part.rstrip().endswith("?")]
    if parts and split[-1] not in parts and _OPENS_A_QUESTION.match(split[-1]):
        parts.append(split[-1])  # the last, asked without its mark: "the happy gilmore guy? is he actually in it"
    return parts or [message]


# A letter's sign-off after the question, with whom it is from: "Was he happy with the numbers? Love, Nana"
_SIGN_OFF = re.compile(
    r"(?<=[.?!])\s+(love|lots of love|thanks|thank you|many thanks|cheers|regards|kind regards|best wishes|warmly"
    r"|xoxo|xx)\b\W*(from\s+)?(\w+(\s+\w+)?)?\W*$",
    re.IGNORECASE,
)


# Why the asker asks, closing the message: "plot in one line? for the caption", "what year did ww2 end its for
# homework": it names nothing asked about ("it" is the question, not the film). Not "is it ok for school?".
_PURPOSE = re.compile(
    r"(?P<mark>\s*[.?!,;:-]+\s*((it'?s|its|it is|this is|that'?s|thats|(i )?need (it|this)|asking) )?"
    r"|\s+(it'?s|its|it is|this is|(i )?need (it|this)|asking) )"
    r"for (my |a |an |the |our |his |her |their )?(school |class |uni |college |pub |trivia |news )?"
    r"(homework|hw|assignment|project|essay|report|presentation|quiz|trivia( night)?|caption|listing|newsletter"
    r"|tweet|podcast|blog( post)?|slides?|worksheet|class|school)\b\W*(pls|plz|please|thx|thanks|lol|lmao|haha)?\W*$",
    re.IGNORECASE,
)


def without_purpose(message: str) -> str:
    """``message`` without why its asker asks, closing it: "plot in one line? for the caption" -> "plot in one
    line?"."""
    match = _PURPOSE.search(message)
    if match is None or not message[: match.start()].strip():
        return message
    return message[: match.start()] + ("?" if "?" in match.group("mark") else "")


def without_sign_off(message: str) -> str:
    """``message`` without a sign-off after its question, whose name is no subject: "...? Love, Nana" -> "...?"."""
    return _SIGN_OFF.sub("", message)


# A word of surprise opening a message, which asks nothing: "wait they makin a part 2??" (not "wait for what?",
# "wait how long")
_INTERJECTION = re.compile(r"^\W*(wait|hold on|hold up)\b(?!\s+(for|until|till|how|long|times?)\b)[\s,.!?-]*", re.I)


def without_interjection(message: str) -> str:
    """``message`` without a word of surprise opening it: "wait, is pedro in it?" -> "is pedro in it?"."""
    rest = _INTERJECTION.sub("", message)
    return rest if rest.strip() else message


# A tag doubting oneself, or turning the question round, after it: it asks nothing more, and its "it" or "that"
# points at no subject. "netflix stock tanked again or am i making that up", "did disney buy fox or was it the
# other way round"
_HEDGE = re.compile(
    r",?\s*\b(or|unless) (am i|i'm|im|was i|maybe i'm|maybe im) (just )?(making (that|this|it|stuff|things) up"
    r"|imagining (that|this|it|things)|thinking of (someone|somebody|something) else|misremembering|wrong"
    r"|confusing (it|this|that|them|him|her) with (someone|somebody|something) else"
    r"|mixing (it|this|that|them|things) up)"
    # as learners put it: "christian slater actua en we can be heroes or i confuse with other movie"
    r"|,?\s*\bor i (confuse|confused|mix|mixed) ((it|this|that|them|him|her) )?with (an)?other (movie|film|one)"
    r"|,?\s*\bor (was|is) it the other way (a)?round"
    r"|,?\s*\bor is (it|that) just me"
    r"|,?\s*\bor (smth|sth|something|somethin|whatever)(?=\W*$)"  # "...for other families or smth"
    # whether the piece says it at all, tagged on: "where are they going to film it, do they say?"
    r"|,\s*(do|does|did) (they|he|the article|the piece|it|netflix|rodriguez) (say|mention|know)(?=\W*$)",
    re.IGNORECASE,
)


def without_hedge(message: str) -> str:
    """``message`` without a tag doubting itself: "is X true or am i making that up?" -> "is X true?"."""
    return _HEDGE.sub("", message)


# What the asker says of themselves after a question asked without its mark: "bro when it come out the second one,
# my little brother ask me every day hahaha" asks when it comes out; or after a "pls": "any date yet pls my son asks
# every day", or a full stop: "Why do children like these films so much. My grandson Is Mad about them".
_CHATTER_AFTER = re.compile(
    # or why they ask: "what is it about, trying to decide if its ok for my 5 yr old"
    r"^(?P<question>[^?]*?)(,|\.|\s(pls|plz|please)\b,?)\s*"
    r"(my|i|i'm|im|i've|ive|we|our|me|trying to|tryna|deciding|(just )?(wondering|curious)"
    r"|asking for)\b[^?]*$",
    re.IGNORECASE,
)
_CHAT_OPENER = re.compile(r"^\W*(bro|bruh|yo|ok|okay|so|and|but|hey|guys|lol|wait)\b\W*", re.IGNORECASE)


def without_chatter_after(message: str) -> str:
    """``message`` without what its asker says of themselves after a question that has no mark."""
    match = _CHATTER_AFTER.match(message.strip())
    if match is None or not _OPENS_A_QUESTION.match(_CHAT_OPENER.sub("", match.group("question"))):
        return message
    return match.group("question")


# Talk of something else, left behind by a word turning to the question: "gg ez. anyway who even directs these lol"
_TURNING_TO_IT = re.compile(
    r"^.*?[.!?\n]\W*\b(anyway|anyways|anyhow|anywho|btw|by the way|back on topic|on topic|back to the movie)\b"
    r"[\s,:;.-]*(?=\w)",
    re.IGNORECASE | re.DOTALL,
)


def without_chatter_before(message: str) -> str:
    """``message`` from the word turning to its question: "gg ez. anyway who directs it" -> "who directs it"."""
    match = _TURNING_TO_IT.match(message)
    if match is None or not _OPENS_A_QUESTION.match(_CHAT_OPENER.sub("", message[match.end() :])):
        return message
    return message[match.end() :]


# What someone meant by their words, or why they said them: "what did he mean by family affair", "why does he
# call it family time"
_MEANING = re.compile(
    r"\bwhat (do|does|did) (he|she|they|\w+) (mean|meant) by\b|\bmeant by\b"
    r"|\bwhy (do|does|did) (he|she|they|\w+) (call|say|describe) (it|this|that|them|these|those)\b",
    re.IGNORECASE,
)


def asks_meaning(question: str) -> bool:
    """Whether ``question`` asks what someone meant by their words, or why they put it so."""
    return _MEANING.search(question) is not None


# "A or B?": a question offering alternatives; an alternative that is none ("...or not?", "or what") is no choice.
_OR = re.compile(r",?\s+or\s+", re.IGNORECASE)
_NO_ALTERNATIVE = re.compile(
    r"^\W*(not|no|nah|nope|what|something|smth|so|nothing|anything|otherwise|else)?(\W+(yet|else|lol))*\W*$",
    re.IGNORECASE,
)


def first_alternative(question: str) -> str | None:
    """What ``question`` asks with its first alternative, when it offers two or more: "is it a netflix original
    or one of those things they bought off a studio?" -> "is it a netflix original"; else None."""
    alternatives = [part for part in _OR.split(question) if not _NO_ALTERNATIVE.match(part)]
    return alternatives[0] if len(alternatives) > 1 else None


# A question that only asks whether what was just said is so: "Someone said X. Right?", "accurate?"
_ONLY_WHETHER_SO = re.compile(
    r"\W*((is (that|this|it) )?(right|true|accurate|correct|real|legit|so|confirmed)|really|true or false|yes or no"
    r"|fact or fiction|or not)\W*$",
    re.IGNORECASE,
)
# A question asked in so many words, without a question mark: "My son wants to know if the director's kids help"
_ASKED_IN_WORDS = re.compile(
    r"\b((wants?|wanted|need) to know|wondering|wonder|curious|(tell|show) me)"
    r" (if|whether|what|who|when|where|why|how)\b|\b(would|'d) like to know\b",  # "i would like to know the date"
    re.IGNORECASE,
)
# A greeting alone, which asks nothing: "hi!", "Bonjour !"
_GREETING = re.compile(
    r"^\W*(hi|hello|hey|hiya|howdy|hola|ol[aá]|oi|salut|bonjour|ciao|buongiorno|good (morning|afternoon|evening))"
    r"( (there|all|guys|everyone|bot|folks))?\W*$",
    re.IGNORECASE,
)
_KEYWORDS = 3  # words at most of keywords after a question, which qualify it: "how long is it? runtime"
_QUALIFIER = 8  # words at most of what qualifies the question just asked ("like in general")
# What says more of the question just asked: "...? like enola holmes 2 or extraction 2"
_ELABORATION = re.compile(r"\W*(like|e\.?g\.?|such as|for example|as in|i mean|or)\b", re.IGNORECASE)


def asked_part(message: str) -> str:
    """The sentences of ``message`` that ask something, without the story or opinion around them ("My sister
    swears she saw her in the trailer."); with the claim a short check asks about ("Someone said X. Right?").
    A message with no question mark asks the sentences opening as questions ("when is 2 coming out. kids asking
    every day"); one that asks nothing, with a mark or in so many words ("My son wants to know if..."), is asked
    whole."""
    sentences = [part.strip() for part in MESSAGE_SENTENCE_END.split(message.strip()) if part.strip()]
    asked: list[str] = []
    for i, sentence in enumerate(sentences):
        before = sentences[i - 1] if i else "?"
        last_asked = i == len(sentences) - 1 and i > 0 and _OPENS_A_QUESTION.match(sentence)  # its mark forgotten
        if sentence.endswith("?") or last_asked or ("?" not in message and _ASKED_IN_WORDS.search(sentence)):
            if _ONLY_WHETHER_SO.match(sentence) and not before.endswith("?"):
                asked.append(before)
            asked.append(sentence)
        elif before.endswith("?") and not _GREETING.match(sentence) and (
            len(sentence.split()) <= _KEYWORDS or _ELABORATION.match(sentence)
        ):
            asked.append(sentence)  # "how long is it? runtime", "...? like enola holmes 2"
    if not asked and "?" not in message and len(sentences) > 1:
        # no mark anywhere: the sentences opening as questions do ("when is 2 coming out. kids asking every day")
        asked = [sentence for sentence in sentences if _OPENS_A_QUESTION.match(sentence)]
    return " ".join(asked) if asked else message


# What someone said, asked in a statement's word order: "O diretor comentou alguma coisa sobre...?"
_SAID_ASKED = re.compile(
    r"\b(said|says|commented|comments|mentioned|mentions|talked|talks|explained|explains)\b.*\?\W*$", re.IGNORECASE
)


def asks_in_general(question: str, in_view: bool = False) -> bool:
    """Whether ``question`` asks for advice, a recommendation or a ranking rather than a fact; or, when
    not about the subject in view (``in_view``), what is on tonight or where to buy or find something. A
    message asking for advice and then another question asks a fact too ("is it ok for my kids? what is it
    about?"), unless the advice is what the question is about ("what does a press tour involve? like in
    general").
    """
    if "?" not in question:  # "My son wants to know if... He thinks that would be the best job ever."
        question = asked_part(question)
    parts = _QUESTION_END.split(question.strip())
    general = [bool(_IN_GENERAL.search(part)) for part in parts]
    if any(general):
        # a part asks when its last sentence is a question, whatever story comes before it
        # (after a word of chat: "wait, did he really say that?")
        last = [_CHAT_OPENER.sub("", MESSAGE_SENTENCE_END.split(part.strip())[-1]) for part in parts]
        # (or asked as a statement of what was said, as learners ask: "the director commented anything about...?")
        asks = [bool(_A_QUESTION.search(sentence) or _SAID_ASKED.search(sentence)) for sentence in last]
        qualifying = [len(part.split()) <= _QUALIFIER or bool(_ELABORATION.match(part)) for part in parts]
        # "...? like in general", not a story told after the question ("i'd have guessed the jokes")
        qualified = any(g and not a and q for g, a, q in zip(general, asks, qualifying, strict=True))
        other_fact = any(a and not g for g, a in zip(general, asks, strict=True))
        return qualified or not other_fact
    return not in_view and (_TONIGHT.search(question) or _WHERE_TO_GET.search(question)) is not None


# What the piece itself says, in short: its headline, its gist. Its lead answers ("what's the big news in this
# article?", "tl;dr?"), and the headline when that is what is asked ("what is the headline of the piece?").
_THE_PIECE = r"(the|this|that) (article|piece|story|post|report|news story)"
# What a story is about, or its summary, is the film's plot to a film's fans; the news is "the article".
_THE_NEWS = r"(the|this|that) (article|piece|post|report|news story|news(?! about \w))"
# After "what's the article about": nothing more, or only a word of chat (not "about climate change").
_NOTHING_MORE = (
    r"(?=\W*$|\W+(lol|exactly|really|again|in (short|brief|a nutshell)|tho|though|then|here|anyway|basically|pls"
    r"|please|again|even|guys|bot)\b|\W*[,.;:!?])"
)
# What the headline says, asked (not "the headline says...", which tells it): "what does the titel of this article
# say", "what the headline say"
_WHAT_IT_SAYS = (
    rf"\bwhat (does |did |do )?the (headline|tit(le|el) of {_THE_PIECE}) say\b"
    r"|^\W*(the )?headline says? what\b"  # "headline say what kind of update"
    r"|\bwhat('?s| is) (the )?tit(le|el) of (article|piece|post|report)\b"  # its article dropped
)
# What the headline means: the news it announces, which the lead says
_HEADLINE_MEANING = r"\bheadline\b[^?]*\bmean\b"
_GIST = re.compile(
    rf"\b(headline|title|name) of {_THE_PIECE}"
    r"|\b(headline|gist|(main|big|key) (point|news|update|takeaway)s?|takeaways?"
    rf"|summary|summari[sz]e)\b.*\b{_THE_NEWS}|\b{_THE_PIECE}\W+(\w+\W+)?(headline|gist|in short|in a nutshell)"
    rf"|\b{_THE_PIECE}('?s)? title\b"  # "whats the article title"
    rf"|what('?s| is) {_THE_NEWS} (\w+ )?about{_NOTHING_MORE}|what('?s| is) {_THE_PIECE} (\w+ )?saying|\btl;? ?dr\b"
    r"|^\W*(summary|summari[sz]e( it)?|gist|headline)\W*$"
    # ("the big 'major update'"; not the point of something else: "whats the point of press junkets")
    r"|\bwhat('?s| is) the (\W?(big|main|major|latest|actual|real) )*\W?(news|point|update)\b"
    r"(?! (of|in|with|behind) (?!(it|this|that|(the )?(article|piece|story|post|report|news|update|headline|title))\b))"
    r"|\bwhat did i miss\b|\bcatch me up\b"
    rf"|{_HEADLINE_MEANING}"  # "what does the headline mean by 'major update'": the news it announces
    r"|\bsummari[sz]e (the|this|that) (\w+ )?(update|news)\b|\blede\b"  # the news's first paragraph, in its jargon
    r"|\bwhat('?s| is| was) the ((big|main) )?headline\b(?! news)"  # "whats the headline on this one"
    rf"|{_WHAT_IT_SAYS}",
    re.IGNORECASE,
)
_HEADLINE = re.compile(
    rf"{_WHAT_IT_SAYS}"
    r"|\b(headline(?! news| says| said)|(tit(le|el)|name) of (the|this|that) (article|piece|story|post|report)"
    r"|(article|piece|story|post|report)('?s)? title)\b",
    re.IGNORECASE,
)


def asks_gist(question: str) -> bool:
    """Whether ``question`` asks what the piece says in short: its headline, its main news, a summary."""
    return _GIST.search(question) is not None


# The news a headline announces, asked by it: "what's the big update in the headline?" (the lead says it)
_NEWS_IN_HEADLINE = re.compile(
    r"\b(news|update|point)\W* (in|from|of) the headline\b"
    # what it means, or what it is on about: "what's the 'major update' the headline is on about"
    rf"|{_HEADLINE_MEANING}|\bheadline (is )?(on|going on|talking|banging on) about\b",
    re.IGNORECASE,
)


def asks_headline(question: str) -> bool:
    """Whether ``question`` asks for the headline itself ("what's the headline of the piece?"), not the news it
    announces ("what's the big update in the headline?")."""
    return asks_gist(question) and _HEADLINE.search(question) is not None and not _NEWS_IN_HEADLINE.search(question)


# "he" and his words, which point at whom a question names, if it names someone
_HE = re.compile(r"\b(he|him|his|he's|hes|himself)\b", re.IGNORECASE)


def points_at_subject(question: str, *, someone_named: bool = False) -> bool:
    """Whether ``question`` refers to something already in view, by a pronoun or "the sequel"; not by "its"
    after another subject it names: "how does Netflix make most of its money?"; nor by "he" when it names
    someone (``someone_named``), whom "he" then means: "how many movies did danny trejo make with rodriguez?"."""
    if someone_named:
        question = _HE.sub(" ", question)
    return _POINTS_AT_SUBJECT.search(_ITS_OWN.sub(r"\1the", question)) is not None


# A follow-up named in other words than "sequel": "part 2", "the second film", "the follow-up", "the new one",
# and as learners number it: "the movie 2" (not "see the film 2 times"), "the plot of the 2?".
_FOLLOW_UP_WORDS = (
    r"part (2|two|ii)|the (movie|film) (2|ii)(?! (times|hours|minutes|days|weeks|years)\b)|(the|for) 2(?=\s*([?.!,]|$))"
    r"|follow-?ups?"
    r"|(second|2nd|next) (movie|film|one|part|installment|instalment|chapter)"
    r"|the new (one|movie|film)"
)
# A follow-up work, named as such: "the sequel", "part 2", "the next movie", or a title word with a number
# after it ("Heroes 2", given "Heroes" in a title).
_SEQUEL = re.compile(
    rf"\b(sequels?|installment|instalment|{_FOLLOW_UP_WORDS})\b"
    # someone coming back is for a next one: "is pedro pascal coming back?", "will she return as the lead"
    r"|\b((coming|come|comes|be) back|returning|return)(\W*$| (for|in|as)\b)",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(rf"\b({_FOLLOW_UP_WORDS})\b", re.IGNORECASE)


def sequel_spelled_out(text: str) -> str:
    """``text`` with a follow-up named in other words written "sequel", the word news uses: "is he working on
    part 2?" -> "is he working on sequel?" (read for its words only; "part" is not "whole")."""
    return _FOLLOW_UP.sub("sequel", text)


# What a story is: "what's the sequel gonna be about?", "any plot details?", "what happens in it?"
_STORY = re.compile(
    r"\b(plot|story|storyline|premise|synopsis|log ?line|genre|(the|its) pitch|what happens"
    r"|what('?s| is)? (gonna|going to|will) happen"
    r"|what (happen|happened) in (it|this|that|the|part))\b"  # a learner's "what happen in the 2?"
    # (ending the question, or before a laugh or the asker's story: "about lmao", "about? never seen it")
    r"|\babout\W*($|[,?.!]|like\b|(lol|lmao|lmfao|haha\w*|tho|though|pls|please|exactly|again)\W*$)"
    # or the reason for asking after it: "whats it about before i watch the second one", "whats it about havent seen
    # yet"
    r"|\b(it|this|that)( even| actually| really)? about (before|because|cause|cuz|coz|since|so i|(i )?(never|havent"
    r"|haven't|have not|didnt|didn't|did not) (seen|watched|saw|watch|see))\b"
    r"|\bwhat (kind|sort|type) of (movie|film) is\b",  # "what kind of movie is it like what genre"
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"\b([\w'-]+) (2|two|ii)\b", re.IGNORECASE)


def names_sequel(text: str, title_words: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` speaks of a sequel: "the sequel", "part two", "Heroes 2" (with "heroes" in ``title_words``).

    A question about the sequel is not answered by a sentence that does not speak of it: when a piece
    of news tells the sequel from the first film, its sentences that don't name the sequel are about
    the first film ("It stars Pedro Pascal" does not say who is coming back).
    """
    return _SEQUEL.search(text) is not None or titles_sequel(text, title_words)


def titles_sequel(text: str, title_words: frozenset[str]) -> bool:
    """Whether ``text`` names a sequel by its title: a title word (of ``title_words``) and its number, "Heroes 2"."""
    return any(
        (word := match.group(1).lower()) in title_words and word not in STOPWORDS for match in _NUMBERED.finditer(text)
    )


# What a follow-up is called: "what's the sequel called", "wats pt 2 called", "what is the new one to be called?"
# (not the article's title: "whats the title of this article")
_ASKS_ITS_NAME = re.compile(
    r"\b(called|named|titled)\W*$|\b(going to|gonna|to) be (called|named|titled)\b"
    r"|\bwhat (are|is|will) (they|he|netflix|the studio) (be )?(calling|naming|titling)\b"  # "what are they calling..."
    r"|\bhow('s| is| will be)( it)? (called|named|titled)\b"  # as learners put it: "how is called the sequel"
    r"|\b(title|name) (of|for) (the |part )?(sequel|follow-?up|next one|new one|second one|new movie|2|two)\b"
    r"|\b(sequel|follow-?up|next one|new one|second one)('s|s) (working |official )?(title|name)\b|\bworking title\b",
    re.IGNORECASE,
)


_NEW_ONE = re.compile(r"\b(new|next) (one|movie|film)\b", re.IGNORECASE)


def asks_sequel_title(question: str, title_words: frozenset[str]) -> bool:
    """Whether ``question`` asks what a follow-up of the subject is called, or which one the news is about."""
    asked = _ASKS_ITS_NAME.search(question) or _WHICH_IT_IS_ABOUT.search(question)
    return asked is not None and (names_sequel(question, title_words) or _NEW_ONE.search(question) is not None)


def asks_story(question: str) -> bool:
    """Whether ``question`` asks what happens in a work: its plot, its story, what it is about (not which work
    the news is about: "what netflix sequel is this about")."""
    return _STORY.search(question) is not None and not _WHICH_IT_IS_ABOUT.search(question)


# Which work the news is about, asked with its kind: "what netflix sequel is this abt".
_WHICH_IT_IS_ABOUT = re.compile(
    r"\b(what|which) (\w+ ){1,2}(is|are) (this|that|it|the (article|news|piece|post|story)) (all )?(about|abt)\b",
    re.IGNORECASE,
)


# Whether someone is there, or plays, the film being in view: "taylor dooley is there?", "the mandalorian guy is there
# also?", and as learners ask it, "Sung Kang from fast and furious plays also?"
# (chat's particles after it: "priyanka chopra is there ah?")
_IS_THERE = (
    r"\b((is|are) (also )?there|(?<!who )(?<!that )(also )?(plays|acts))( also| too| as well)?"
    r"( (ah|lah|leh|na|yaar|bro|right|or not))?(?=\W*$)"
)
# "in the film", in Portuguese, Spanish, French or Italian: "christopher mcdonald e taylor dooley também estão no
# filme?", "sung kang sale en la pelicula?"
_IN_THE_FILM_ELSEWHERE = r"\b(no|na|en el|en la|dans le|nel|nella) (filme|film|pel[ií]cula|peli)\b"
# Whether someone is in it, the one thing a list of names says of each: "is Sung Kang in it?", "does she
# star in the movie", "is he part of the cast", "one of the actors".
_MEMBERSHIP = re.compile(
    r"\b(in (it|this|that|there|movie|film|cast|the (cast|movie|film|first|original|sequel|ensemble|one|line-?up)"
    # (a film of its kind: "wait christian slater is in a kids movie")
    r"|the (\w+'? ){1,3}(one|movie|film)|an? (kids?|kid's|kids'|children's|family|superhero)( \w+)? (movie|film))"
    r"|cast|casted|inside (it|this|that|the (movie|film|cast))"  # "pedro pascal is inside the film?"
    r"|starr?(s|ed|ing)? in|starring|appears?|appeared|credited|part of|one of|among|play(s|ed|ing)? (in|there)"
    r"|attached to"  # the trade's word: "pascal and chopra both attached to the first one?"
    # ("does it have pedro pascal?")
    r"|(does|did|will) (it|this|that|the (movie|film|cast|sequel|first one)) (have|has|feature|include)"
    # as learners ask it: "Taylor Dooley is from this film?", "christopher mcdonald is actor there?"
    r"|(is|are) from (this|that|the) (film|movie|cast|one)|(actor|actress|actors|actresses) there"
    # or in their own language: "adriana barraza esta??", "christian slater actua en we can be heroes"
    r"|(est[aá]|aparece|act[uú]a|atua|participa)(?= (en|in|no|na)\b|\W*$)|(?<!for )sale( en\b|(?=\W*$))"
    r"|^\W*(sale|aparece|act[uú]a) (?=\w)"  # or first, before whom: "sale christian slater"
    # ("sung kang is also acting?": in it too)
    rf"|act(s|ed)? in|(also|too) acting|acting (too|also|as well)|listed|on the list"
    r"|(actors|stars|cast|kids) (named|mentioned))\b|\bin\W*$"  # "are any of the kid actors named? like yaya gosselin?"
    rf"|{_IN_THE_FILM_ELSEWHERE}|{_IS_THERE}",
    re.IGNORECASE,
)


def asks_membership(question: str) -> bool:
    """Whether ``question`` asks if someone is in the work or its cast, not something else about them."""
    return _MEMBERSHIP.search(question) is not None


# Whether someone is in the work in view, by a pointer at it: "Sung Kang from the Fast and Furious films is in
# this?" (the other work only says who is meant), not "is Sung Kang in Fast and Furious?".
_MEMBER_OF_SUBJECT = re.compile(
    r"\b(in|of) (it|this|that|this one|that one|(this|that|the) (movie|film|picture|flick|cast|sequel|one|line-?up"
    # ("the original" alone: not "in the original mandalorian")
    r"|ensemble|first one|first (movie|film)|original(?=\W*$|\W*(too|right|or|and|as well)\b)))\b"
    # (not a film named after it, in a learner's word order: "in the film of the Fantastic Four")
    rf"(?! (called|named|titled)\b| (of|about|from) (the )?(?-i:[A-Z]))|\b(it|this one) (stars?|starring|features?)\b"
    rf"|{_IN_THE_FILM_ELSEWHERE}"
    rf"|{_IS_THERE}",
    re.IGNORECASE,
)


def asks_membership_of_subject(question: str) -> bool:
    """Whether ``question`` asks if someone is in the work it points at ("is she in this one too?")."""
    return _MEMBER_OF_SUBJECT.search(question) is not None
