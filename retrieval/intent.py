"""What a question asks for (a time, a person, a place, a reason, a number) and which sentences offer it.

Similarity alone ranks "Rodriguez was on a press tour this week" close to "when does filming
start?"; knowing the question wants a time and which sentence holds one settles such ties.
"""

from __future__ import annotations

import re
from enum import Enum

from .lexical import STOPWORDS


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


# Words that say how someone feels: "he was extremely pleased", "they've been shocked".
_EMOTIONS = (
    "happy|glad|pleased|delighted|thrilled|excited|eager|keen|proud|satisfied|grateful|thankful|impressed"
    "|amazed|stunned|shocked|surprised|astonished|blown away|overjoyed|ecstatic|enthusiastic|hopeful|optimistic"
    "|confident|relieved|disappointed|unhappy|sad|upset|angry|annoyed|frustrated|worried|nervous|anxious|scared"
    "|afraid|concerned|bored|tired|love|loves|loved|enjoy|enjoys|enjoyed|hate|hates|hated|great time"
)

_QUESTION_PATTERNS: list[tuple[Wants, re.Pattern[str]]] = [
    (Wants.NUMBER, re.compile(r"\bhow (many|much|long|often|old)\b")),
    (Wants.TIME, re.compile(
        r"\b(when|wh?en|what (year|date|month|day|time)|which (year|date|month)|how soon|release date"
        r"|date|what year|until|yet|still)\b")),
    (Wants.PERSON, re.compile(
        r"\b(who|whom|whose|who's|whos|hoo|which (actors?|actress(es)?|people|person|stars?)"
        r"|cast|actors?|actress(es)?|starring|stars?|director|directs?|directed|made by|filmmaker)\b")),
    (Wants.PEOPLE, re.compile(
        r"\b(cast|actors|actresses|stars|starring|who (plays|play|played|is in|are in|was in|were in|are the)"
        r"|who's in|whos in|line-?up)\b")),
    (Wants.PLACE, re.compile(
        r"\b(where|wheres|(which|what) (\w+ )?(platform|service|site|website|channel|network|outlet|publication"
        r"|magazine|paper|newspaper|studio|company|app)|(can|do) (i|we|you) (watch|stream|see))\b")),
    (Wants.AVAILABILITY, re.compile(
        r"\b(where (\w+ ){0,3}(watch|stream|see|find|rewatch)|wheres it|where is it|(can|could) (i|we|you) (\w+ )?"
        r"(watch|stream|see|rewatch)|(is|it) (it )?(streaming|available)|streaming (anywhere|where|on)"
        r"|(which|what) (streaming|service|platform|app)|is it on)\b")),
    (Wants.REASON, re.compile(r"\b(why|how come|what for|reason|because)\b")),
    (Wants.FEELING, re.compile(
        r"\b(feel|feels|felt|feeling|feelings|react|reacts|reacted|reaction|respond|responded|response"
        rf"|(is|was|are|were|am|be|seem|seems|seemed) (\w+ ){{0,3}}({_EMOTIONS})|enjoy|enjoys|enjoyed|like it|liked it"
        r"|like making|likes making|love it|loves it|mood|opinion|think of|thinks of|thought of"
        r"|impress|impressed|impresses|surprise|surprised|surprises|shock|shocked|excite|excited|happy|glad"
        r"|thrilled|delighted|disappointed|upset)\b")),
    (Wants.DESCRIPTION, re.compile(
        r"\b(what(s|'s| is| was)?\b.*\babout|plot|premise|story|storyline|synopsis|genre|what kind of)\b")),
]

_QUESTION_PATTERNS_BY_KIND = dict(_QUESTION_PATTERNS)

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_SENTENCE_PATTERNS: dict[Wants, re.Pattern[str]] = {
    Wants.TIME: re.compile(
        rf"\b(1[89]\d\d|20\d\d|(next|last|this) (year|week|month|summer|fall|spring|winter)|({_MONTHS})\b"
        r"|today|tomorrow|yesterday|soon|date|later|shortly|morning|afternoon|evening|every day|daily)\b",
        re.IGNORECASE,
    ),
    Wants.REASON: re.compile(r"\b(because|since|so that|due to|thanks to|reason|in order to)\b", re.IGNORECASE),
    Wants.AVAILABILITY: re.compile(
        r"\b(streaming|available (on|to|in)|in (theaters|theatres|cinemas)|on demand|now playing)\b", re.IGNORECASE
    ),
    Wants.FEELING: re.compile(rf"\b({_EMOTIONS}|fun)\b", re.IGNORECASE),
    Wants.NUMBER: re.compile(
        r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?)\b",
        re.IGNORECASE,
    ),
    # "on Netflix", "from Collider": a capitalised name after a preposition (not "to", as in "to Rodriguez").
    Wants.PLACE: re.compile(r"\b(in|on|at|from) (the )?[A-Z][\w'-]+"),
    # A definition: "<subject> is a superhero fantasy ..." (not "it's a", which is talk, not a definition).
    Wants.DESCRIPTION: re.compile(r"\b(is|are) an? \w+"),
}
_CAPITALISED = re.compile(r"\b[A-Z][a-z]*[A-Z]?[a-z]+\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


# When a question about time looks back ("when did it premiere?") or ahead ("when will filming start?"),
# a sentence whose time expression points the same way answers it; one pointing the other way does not.
_QUESTION_TENSE = {
    Tense.PAST: re.compile(r"\b(did|was|were|had|has been|have been|how long has|came out|premiered|released|ago)\b"),
    Tense.FUTURE: re.compile(r"\b(will|going to|gonna|next|upcoming|planning|planned|soon|yet|start|begin)\b"),
}
_SENTENCE_TENSE = {
    Tense.PAST: re.compile(
        r"\b(last (year|week|month|summer|fall|spring|winter)|ago|yesterday|earlier|previously|premiered|released"
        r"|came out|debuted)\b", re.IGNORECASE),
    Tense.FUTURE: re.compile(
        r"\b(will|next (year|week|month|summer|fall|spring|winter)|plans?|planning|upcoming|soon|going to"
        r"|could come|later)\b", re.IGNORECASE),
}


# Kinds of answer so particular that a sentence offering the one asked for answers it even in other words:
# "how did he feel about the numbers?" -> "he was extremely pleased"; "what service is it on?" -> "streaming".
DISTINCTIVE = frozenset({Wants.FEELING, Wants.AVAILABILITY})

# Words that only say a description is wanted: a question made of nothing else ("plot?", "whats the
# premise") asks what the subject itself is.
DESCRIPTION_WORDS = frozenset({"plot", "premise", "story", "storyline", "synopsis", "genre", "summary"})


# How a question points at the subject without naming it: a pronoun ("is he working on it?") or the
# kind of thing it is ("the sequel", "the original", "the streamer"). A question with neither, and
# naming nothing the knowledge names, is likely about something else ("who directed the dark knight").
_POINTS_AT_SUBJECT = re.compile(
    r"\b(it|its|it's|itself|this|that|these|those|he|him|his|he's|hes|himself|they|them|their|they're|theyre"
    r"|(the|this|that|its|his|these|those) (first |new |next |second |original |upcoming )?(movie|movies|film"
    r"|films|flick|picture|sequel|follow-up|followup|original|installment|one|part|cast|director|franchise|story"
    r"|plot|article|studio|streamer|service))\b",
    re.IGNORECASE,
)


# Facts a piece about a film states when it knows them, each with how a question asks for it and the
# words (or phrases) that would mention it, as written. A question asking for one that the knowledge never mentions ("is
# there a trailer yet?") is not covered, however close the rest of it sounds.
FILM_FACTS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    fact: (re.compile(rf"\b({asked})\b", re.IGNORECASE), mentioned)
    for fact, asked, mentioned in [
        ("budget", r"budget|how much (money )?did (it|they|\w+) (cost|spend)", ("budget", "cost", "costs", "spent")),
        ("price", r"how much (does|is|do) .{0,40}\bcost|prices?|subscription|per month", ("price", "cost", "costs")),
        ("seasons", r"seasons?( \d+)?|episodes?", ("season", "seasons", "episode", "episodes")),  # of a show
        ("trailer", r"trailers?|teasers?", ("trailer", "teaser")),
        ("music", r"soundtrack|music|composer|songs?", ("soundtrack", "music", "composer", "composed", "song")),
        (
            "runtime",
            r"runtime|run time|how long is (it|the (movie|film|sequel))|how long (will|does) .{0,30}\brun|in minutes",
            ("runtime", "minutes long", "runs"),
        ),
        ("age rating", r"age rating|(?<!-)rated|pg|pg-13", ("rated", "rating", "pg")),  # not "R-rated stuff"
        ("villain", r"villains?|bad guys?", ("villain", "villains", "antagonist")),
        ("box office", r"box office|grossed?|how much (money )?did .{0,40}\bmake", ("box office", "grossed", "earned")),
        ("script", r"script|screenplay|screenwriter", ("script", "screenplay", "screenwriter", "written by", "wrote")),
        ("awards", r"awards?|oscars?|nominated|nominations?", ("award", "awards", "oscar", "nominated")),
        ("reviews", r"reviews?|critics?|rotten tomatoes|imdb", ("review", "reviews", "reviewers", "critics")),
    ]
}


def asked_facts(question: str) -> list[str]:
    """The facts about a film that ``question`` asks for ("budget", "box office")."""
    return [fact for fact, (asked, _) in FILM_FACTS.items() if asked.search(question)]


# Advice, recommendations, rankings and how-tos ask about the world, not about a piece of news:
# "how do you become a film director?", "best superhero movies of all time?", "is it safe to...".
_IN_GENERAL = re.compile(
    r"(^|[,.;!?] )(how (do|can|should) (i|you|we|one)|how to)\b|\b(recommend\w*|suggestions?"
    r"|suggest (a|an|some|me|any)|ideas|tips|advice)\b|\b(best|greatest|top \d+)\b.*\b(of all time|ever)\b"
    r"|\bbest \w+ (movie|film|show|game|series|book)s?\b|\bwhat are (some|the best)\b|\bany good\b"
    r"|\bwho (would|will) win\b|\b(is|are) (\w+ )?good for (a|an|my|kids|children|\d)"
    r"|\ba good \w+( \w+)? for\b|\b(has|have) the most\b|\btonight\b"
    r"|\bshould (i|a|my|we|you|parents)\b|\bis it (safe|ok|okay|normal|bad)\b|\bwhere can i (buy|get|find)\b"
    r"|\bin general\b|\bworth (it|watching|rewatching|seeing)\b",
    re.IGNORECASE,
)


def asks_in_general(question: str) -> bool:
    """Whether ``question`` asks for advice, a recommendation or a ranking rather than a fact."""
    return _IN_GENERAL.search(question) is not None


def points_at_subject(question: str) -> bool:
    """Whether ``question`` refers to something already in view, by a pronoun or "the sequel"."""
    return _POINTS_AT_SUBJECT.search(question) is not None


def question_tense(question: str) -> frozenset[Tense]:
    text = question.lower()
    return frozenset(tense for tense, pattern in _QUESTION_TENSE.items() if pattern.search(text))


def sentence_tense(text: str) -> frozenset[Tense]:
    return frozenset(tense for tense, pattern in _SENTENCE_TENSE.items() if pattern.search(text))


_CHAT_SPELLINGS = re.compile(r"\b(wat|wut|wht)\b")  # "wat website did he talk to"


def question_wants(question: str) -> frozenset[Wants]:
    text = _CHAT_SPELLINGS.sub("what", question.lower())
    wants = {wants for wants, pattern in _QUESTION_PATTERNS if pattern.search(text)}
    if Wants.TIME in wants and _only_a_when_clause(text):  # "what was he doing when he said it?"
        wants.discard(Wants.TIME)
    if Wants.REASON in wants:  # "why do kids like it?" asks why, not whether they like it
        wants.discard(Wants.FEELING)
    return frozenset(wants)


_WH_BEFORE_WHEN = re.compile(r"\b(what|whats|what's|who|whos|who's|where|why|how|which)\b[^,;.?!]*\b(when|wen)\b")


def _only_a_when_clause(text: str) -> bool:
    """Whether the question's only sign of asking for a time is a "when" clause inside another
    question ("what was he doing when he said it?" asks what, not when)."""
    time_words = [m.group() for m in _QUESTION_PATTERNS_BY_KIND[Wants.TIME].finditer(text)]
    return all(word in ("when", "wen") for word in time_words) and _WH_BEFORE_WHEN.search(text) is not None


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
