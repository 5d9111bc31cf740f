"""Lexical matching: stemmed BM25 (bm25s + PyStemmer) with typo repair and term weights.

Dense vectors miss rare names and numbers ("boyd holbrook?"); this side catches them. A query word
the knowledge never uses is repaired to the closest known word when it is clearly a typo
("rodriquez" -> "rodriguez"), so misspelt names still match.
"""

from __future__ import annotations

import difflib
import functools
import logging
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import pairwise

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS

from . import own_language

logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG

_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
# "Oppenheimer", "YouTube", "Incríveis", "Spider-Verse"; not "VCR", "R-rated"
_NAME = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}([A-Z][a-z]+)?(-[A-Z][a-z]+)*(?![\w-])")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+\b")  # the knowledge's names, "McDonald" and "VCR" included
_TITLE_RUN = re.compile(r"\b[A-Z][a-z]+( [A-Z][a-z]+)+\b")  # "Spy Kids", "Pedro Pascal"
_SENTENCE_OPENERS = ".?!:;\"("
# Chat filler that says nothing about what is asked, on top of the usual English stopwords.
_CHAT_WORDS = {
    "anyone", "anybody", "bot", "could", "gonna", "hey", "hi", "hello", "im", "know", "lol", "nah", "nope", "pls",
    "plz", "please", "r", "tell", "u", "ur", "wanna", "wat", "wen", "whats", "whens", "wheres", "whos", "hows",
    "whys", "would", "wut", "ya",
    # asking the server: "can someone confirm rodriguez said they film heroes 2 next yr? ping me"
    "someone", "somebody", "ping",
    # chat's exclamations: "whats a vcr got to do w anything lmao"
    "lmao", "lmfao", "rofl", "omg", "bruh", "bro", "fr", "smh", "lowkey", "highkey", "deadass", "ty", "thx",
    # and its hedges, which ask nothing ("he sound happy ngl?": no lie, no opinion asked)
    "ngl", "tbh", "tbf", "imo", "imho", "iirc", "idk",
    # laughter, in any language: "she is mexican like me jaja"
    "haha", "hahaha", "hehe", "jaja", "jajaja", "jeje", "kkk", "kkkk", "rsrs", "xd",
    # courtesy: "kindly tell the year of shooting, sir"; Filipino "po" and the tag "na" ("she was lavagirl na")
    "kindly", "sir", "madam", "maam", "ma'am", "po", "na",
    "yo",  # a greeting: "yo is the sequel confirmed or nah"
}
# Contractions typed without their apostrophe ("hes", "doesnt") are stopwords too, not rare words.
_BARE_CONTRACTIONS = {
    "arent", "cant", "couldnt", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "hes", "id", "isnt",
    "itll", "ive", "lets", "shes", "shouldnt", "thats", "theres", "theyre", "theyve", "wasnt", "werent",
    "wont", "wouldnt", "youre", "youve",
}
# What a rule for writing a question out replaces a match with: a text, or one made from the match.
_Rewrite = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]


def _word_for_word(table: Mapping[str, str]) -> _Rewrite:
    """The rule writing each word of ``table`` as the table says, when it is a whole word."""
    pattern = own_language.whole_words(table)
    return pattern, lambda match: table[match.group().lower()]


# Chat spellings, written out before anything reads the question: "do ppl rewatch it alot", "the 1st one".
_CHAT_SPELLINGS = {
    "ppl": "people", "alot": "a lot", "1st": "first", "2nd": "second", "3rd": "third", "b4": "before",
    "rn": "right now", "bc": "because", "cuz": "because", "coz": "because", "abt": "about", "tho": "though",
    "pic": "picture", "pics": "pictures", "fav": "favourite", "fave": "favourite", "vid": "video", "yr": "year",
    "yrs": "years", "tmrw": "tomorrow", "2day": "today", "2moro": "tomorrow", "ppls": "people's",
    "wat": "what", "wut": "what", "wht": "what", "wats": "what's", "pt": "part", "pt2": "part 2", "nflx": "netflix",
    "src": "source", "dir": "director", "flm": "film", "whens": "when's", "whys": "why's", "og": "original",
    "grown ups": "grownups", "grown-ups": "grownups", "wen": "when",
    # "please" in a learner's own language: "who is the director of we can be heroes, per favore"
    **dict.fromkeys(("per favore", "por favor", "porfa", "porfavor", "s'il vous plait", "s'il vous plaît", "svp",
                     "bitte", "prego", "proszę", "prosze", "pozhaluysta"), "please"),
    "kya": "what", "enna": "what",  # Hindi's and Tamil's, in Indian chat: "enna word netflix people use for the film"
    # and Hindi's other words of a question: "spy kids ka kya connection hai isme?"
    "kab": "when", "kaun": "who", "kyun": "why", "kyu": "why", "kahan": "where", "isme": "in it", "hai": "is",
    "hua": "happened", "nahi": "not", "ka": "of",
    # Nigerian Pidgin's: "abeg who dey direct this heroes film sef?"
    "abeg": "please", "wetin": "what", "dey": "is", "sef": "even", "abi": "right",
    "wdym": "what do you mean", "smth": "something", "sth": "something", "w/": "with", "w": "with",
    # typos of a word the knowledge never writes, so that no typo of its own words repairs them
    "frist": "first", "fisrt": "first", "frst": "first", "artical": "article", "articel": "article",
    "acount": "account", "acounts": "accounts",
    **dict.fromkeys(("charcters", "charaters", "caracters", "charachters", "charecters"), "characters"),
    # Scots and Irish: "whens the sequel oot", "what was yer man on about", "did the movie do grand"
    "whit": "what", "whit's": "what's", "tae": "to", "wis": "was", "daein": "doing", "dae": "do",
    "oot": "out", "aboot": "about", "dinnae": "don't", "didnae": "didn't", "cannae": "can't", "wasnae": "wasn't",
    "isnae": "isn't", "yer man": "he", "yer woman": "she", "bairns": "kids", "weans": "kids", "wee ones": "kids",
    "do grand": "do well", "did grand": "did well", "doing grand": "doing well",
    # how long until it comes is when: "how long til we can actually watch #2"
    **dict.fromkeys(("how long til", "how long till", "how long until", "how long untill"), "when"),
}
_CHAT_SPELLING = _word_for_word(_CHAT_SPELLINGS)
# "2" for "to" after a verb of talking or going: "who did he talk 2", not "heroes 2" or "part 2".
_CHAT_TO = re.compile(
    r"\b(talk|talked|talking|talkin|spoke|speak|speaking|listen|go|going|went|come|coming|want|wanna|need|got"
    r"|have|has|had|used|according|next|due|up) 2\b", re.IGNORECASE
)
_CHAT_WHY = re.compile(
    r"(?<![\w'])y(?= (do|does|did|is|are|was|were|would|could|should|will|has|have|r|u|not|cant|can't|dont|don't"
    r"|doesnt|doesn't|didnt|didn't|isnt|isn't|arent|aren't|wasnt|wasn't|couldnt|couldn't|wouldnt|wouldn't|wont"
    r"|won't)\b)", re.IGNORECASE
)
# "the dune sequel", "the new marvel movie": a word naming which work, written in lower case.
_OTHER_WORK = re.compile(
    # (the word right before the kind: "the next minecraft movie sequel")
    r"(\b((?P<a>an?)|the|new|next|latest|what|which|that|this) (?P<span>([\w&-]+ ){0,3}?)|^\W*"
    r"|\b(?=[\w-]+ live[- ]action\b))(?P<name>[a-z0-9][\w-]*)"  # (a live action one, after any word)
    r" (movie|movies|film|films|sequel|prequel|season|series|show|game|update|episode|franchise|cut|trilogy|reboot"
    r"|remake|saga|universe|finale|ending|press tour|junket|spinoff|spin-off|live[- ]action|adaptation|arc)\b",
    re.IGNORECASE,
)
# ... or after it: "the plot of the dark knight", and whose film it is: "what film of pixar comes out this year", as
# Spanish "pelicula de pixar" reads (looked for apart, as "the new film of the homem-aranha" holds both)
_WORK_OF = re.compile(
    r"\b(plot|story|cast|ending|director|trailer|villain|movies?|films?|saga|franchise|live[- ]action|adaptation)"
    r" of (the )?(\d+ )?"
    r"(?P<of>[^\W_]+)\b"
    # (or the next film by its title after it, in French order: "la sortie du prochain film miraculous ladybug")
    r"|\bnext (film|movie) (?!(of|about|from|by|is|was|will|with|in|on|for|to|that|coming|come|comes)\b)"
    r"(?P<of3>[a-z][\w'-]*)\b"
    # and another thing's rate: "my homework completion rate is 68%" (apart too: "the completion rate on duolingo")
    r"|\b(?P<of2>[a-z][\w'-]{2,}) (completion|repeat|retention|success) rates?\b",
    re.IGNORECASE,
)


def _is_a_kind_of_work(match: re.Match[str], dictionary: frozenset[str]) -> bool:
    """Whether an ``_OTHER_WORK`` match is a kind of film, an English word right after "a": "is it a comedy or
    an action movie?" (not "a paw patrol movie")."""
    name = match.group("name").lower()
    before = match.string[: match.start("name")].lower().split()[-1:]  # (the match may open earlier: "this as a")
    # (of English words joined: "a four-quadrant franchise")
    return before in (["a"], ["an"]) and all(part in dictionary for part in name.split("-") if part)


_VOICED = {"b": "p", "p": "b", "d": "t", "t": "d", "g": "k", "k": "g", "v": "f", "f": "v"}
_TITLE_ENDS = frozenset({"out", "up", "down", "over", "off", "under", "again", "away", "back"})  # "Knives Out"
_KIND_OF_WORK = re.compile(r"(movie|film|sequel|series|show|franchise|saga|trilogy|season|episode)s?", re.IGNORECASE)


def _work_named(match: re.Match[str]) -> str:
    """The word of an ``_OTHER_WORK`` match naming the work: the one before the kind, or the last before it that is
    no stopword, when a title may end with it: "a fourth knives out movie" -> "knives" (not "the start of a series of
    movies", "the story of film", which name no work)."""
    name = match.group("name")
    span = (match.group("span") or "").split()
    named_before = bool(span) and not any(word.lower() in STOPWORDS for word in span)
    if name.lower() in _TITLE_ENDS and named_before and not _KIND_OF_WORK.fullmatch(span[-1]):
        return span[-1]
    return name


# A work named right after its kind: "the film of the pelé", "the film sharkboy and lavagirl," (read from "o filme do
# pelé", "le film sharkboy et lavagirl"; a title alone ends a clause or goes on with "and": not "the film resonate")
_KIND_THEN_TITLE = re.compile(
    r"\b(the|that|this) (film|movie|series|show|game|cartoon) (of (the )?(\d+ )?(?P<of>[^\W\d_][\w'-]*)"
    # (a word or two of it after: "what channel was that show lizzie mcguire on")
    r"|(?P<title>[^\W\d_][\w'-]*(?=\s+(and|&)\s|\s*([,;:?!.]|$))"
    r"|[^\W\d_][\w'-]*( [\w'-]+){1,2}(?= (on|in)\s*([,;:?!.]|$))))",
    re.IGNORECASE,
)
# A work and its year: "the sky high movie from 2005", "the 1978 version", "the 2005 one"
_DATED_WORK = re.compile(
    r"\b(movie|film|show|series|version|one|original|remake) (from|of|in) (?P<year>(19|20)\d\d)\b"
    r"|\bthe (?P<year2>(19|20)\d\d) (movie|film|show|series|version|one|remake|original)\b"
    r"|\b(?P<before>[\w'-]+) \((?P<year3>(19|20)\d\d)\)",  # "sky high (2005)"
    re.IGNORECASE,
)
# Streaming services, as a question names them: "on netflix", "does disney+ have it"
STREAMING_SERVICES = r"(netflix|disney\+?|hulu|prime|amazon|max|hbo|youtube|peacock|paramount\+?|apple tv)"
# What a question, or the film in view, opens with, where a title opening a message would go: "Can I see it on
# Netflix?" names no work
_NO_TITLE_OPENS = (
    r"(?!(it|is|are|was|can|could|do|does|did|will|would|should|where|when|what|how|who|which|why|i|you|u|we|they|he"
    r"|she|the|this|that|movie|film|sequel|one|first|original|part|heroes)\b)"
)
# Where a work's title goes: "is encanto on netflix?", "who starred in desperado", "whats his book rebel without a
# crew about" (its first word that is no stopword; none in "who else plays in it").
_WORK_SLOT = re.compile(
    # (no title opens with a pronoun: "is it still on netflix")
    r"\b(is|are|was|were) (?!(it|he|she|they|this|that|these|those|there)\b)(?P<title>[a-z][\w'-]*( [\w'-]+){0,4}?)"
    r" (on|streaming on|available on|coming to|leaving)"
    rf" {STREAMING_SERVICES}\b"
    r"|(\b(is|will|does) |^\W*)(?P<title3>[a-z][\w'-]*( [\w'-]+){0,3}?) (will )?(ever )?"
    r"(get|getting|gonna get|going to get|have|has)"
    r" an? (sequel|prequel|reboot|remake|spin[- ]?off|new season)\b"
    # ... told after "if": "anyone know if squid game is getting a spin off"
    r"|\b(if|whether|heard|think|hope) (?P<title25>[a-z][\w'-]*( [\w'-]+){0,3}?) (is|are) (getting|gonna get"
    r"|going to get) an? (sequel|prequel|reboot|remake|spin[- ]?off|new season)\b"
    r"|\b(starred in|stars in|star in|starring in|appeared in|appears in|play in|plays in|played in|directed"
    r"|(?<!\ba )(?<!\bthe )direct(?! (quotes?|quotation|question|answer|link|sources?)\b)|co-directed|wrote|write"
    # (not "a direct quote", "..., direct quote if possible")
    r"|written|book|remake of|sequel to|cast of)"
    r" (?!(by|(the )?(theaters?|theatres?|cinemas?|imax|article|piece|story|interview|report))\b)(the |a |an )?"
    r"((original|old|new|latest|first|\d{4}) ){0,2}"  # which one of a name: "who directed the original 1978 superman"
    r"(?P<title2>[a-z][\w'-]*)"  # (not where it played, "did it play in theaters first?", nor the news's page)
    # and before the verb: "sin city was co-directed by who?"
    r"|^\W*(?P<title4>[a-z][\w'-]*( [\w'-]+){0,3}?) (was|is|were) (co-)?(directed|written|produced|shot) by\b"
    rf"|\b{STREAMING_SERVICES} (doesn'?t|don'?t|does not|do not|won'?t) (have|has|carry|stream|got) (the )?(new )?"
    r"(?!(it|this|that|them|the (movie|film|sequel|first|original|new one))\b)(?P<title39>[a-z][\w'-]*( [\w'-]+){0,3}?)"
    r"(?=\W*$|,|\s+(why|yet|anymore)\b)"
    # what a service carries: "does netflix still have the office"
    rf"|\b(does|do|did|will) {STREAMING_SERVICES}"
    r" (still |even |actually )?(have|has|carry|stream|got) (?P<title5>[a-z][\w'-]*( [\w'-]+){0,3}?)\W*$"
    # a statement asked: "spider-man no way home is on netflix or disney+?"
    r"|^\W*(?P<title13>[a-z][\w'-]*( [\w'-]+){0,4}?) (is|are) (still )?(on|streaming on|available on)"
    rf" {STREAMING_SERVICES}(?!\w)"
    # ... or alone before it: "sharkboy and lavagirl on disney plus? cant find it anywhere"
    rf"|^\W*{_NO_TITLE_OPENS}(?P<title32>[a-z][\w'-]*( [\w'-]+){{0,4}}?) (on|streaming on|available on) "
    rf"{STREAMING_SERVICES}( plus|\+)?\W*(\?|$)"
    # "anyone know when the next spider-man comes out" (not the next one, the sequel)
    r"|\b(when|where)('s| is| does| will)? the next (?!(one|ones|part|movie|film|sequel|installment|chapter)\b)"
    r"(?P<title10>[a-z][\w'-]*( [\w'-]+){0,2}?) (comes?|coming|drops?)( out)?\b"
    # where a work streams, and when it came out: "is from dusk till dawn streaming anywhere", "where can i watch
    # desperado", "what year did heathers come out"
    r"|\b(is|are) (?!(it|he|she|they|this|that|these|those|there)\b)(?P<title6>[a-z][\w'-]*( [\w'-]+){0,4}?)"
    r" (streaming|available|playing) (anywhere|somewhere|online|for free)\b"
    r"|\bwhere (can|do|could|should) (i|we|you|u) (watch|stream|see|find) (?!(it|this|that|them|these|those)\b)"
    r"(?P<title7>[a-z][\w'-]*( [\w'-]+){0,4}?)\W*$"
    r"|\b(when|what year) did (?!(it|he|she|they|this|that|these|those|the)\b)(?P<title8>[a-z][\w'-]*( [\w'-]+){0,3}?)"
    r" (come out|release|premiere|drop)\b"
    # what kind of film a work is: "is from dusk till dawn actually a vampire movie"
    r"|\bis (?!(it|he|she|they|this|that|these|those|there)\b)(?P<title9>[a-z][\w'-]*( [\w'-]+){0,4}?)"
    r" (actually |really |even |just )?an? (\w+ ){0,2}(movie|film|show|series|cartoon)\b"
    # what a service cancelled or renewed: "why did netflix cancel 1899" (not "cancel the sequel", "cancel it")
    r"|\b(cancel|cancels|cancelled|canceled|cancelling|canceling|renew|renews|renewed|renewing)"
    r" (?!(it|this|that|them|a|an|my|our|your|his|their|its|any|every|everything|all|subscriptions?)\b)"
    # (after "the" too, but not the sequel: "why did they cancel the owl house on disney channel")
    r"(the (?!(sequel|movie|film|first|second|whole|plans?|press|tour|show|series|rest)\b))?"
    r"(?P<title11>[a-z0-9][\w'-]*( [\w'-]+){0,3}?)"
    r"(?=\W*$|\s*&|\W+(it|that|this|when|because|bc|cuz|even|so|lol|smh|on|from)\b)"  # "cancel lockwood & co it was"
    # a work praised as one, whose "it" the question that follows asks about: "HEATHERS is SUCH a good movie!!! what
    # year did it come out"
    r"|(^|[.!?]\s+)\W*(?!(it|he|she|they|this|that|these|those|there)\b)(?P<title12>[a-z][\w'-]*( [\w'-]+){0,3}?)"
    r" (is|was) (such |so |a |an |the |one of )*(\w+ ){0,2}(movie|film|show|series)s?\b"
    # when a work by a name comes out: "when does citadel come out?? priyanka looks so good in it"
    r"|\bwhen (does|will|is|do) (the )?(?!(it|he|she|they|this|that|these|those|the|part|we|a|an)\b)"
    r"(?P<title15>[a-z][\w'-]*( [\w'-]+){0,5}?) (come out|coming out|out|release|drop|premiere|come to|coming to"
    r"|hit|hits|come back|coming back|return|returns)\b"
    # when another work comes to a service: "does anyone know when the suicide squad hits hbo max"
    r"|\bwhen (the )?(?!(it|he|she|they|this|that|these|those|part|we|a|an|sequel|movie|film)\b)"
    rf"(?P<title38>[a-z][\w'-]*( [\w'-]+){{0,4}}?) (hits|comes to|arrives on|lands on|drops on) {STREAMING_SERVICES}"
    # who makes the next one of another work: "who's directing the next batman"
    r"|\bwho('?s| is| will be)? (directing|writing|producing|starring in) the (next|new)"
    r" (?!(one|ones|part|movie|film|sequel|installment|chapter)\b)(?P<title37>[a-z][\w'-]*)"
    # a title opening the message, then whether it is out or still being made: "silksong is it finally out", "is
    # avengers doomsday still filming rn"
    r"|^\W*(?P<title22>[a-z][\w'-]*( [\w'-]+){0,4}?),? (is it|is that|it) (finally |already |still |even )?"
    r"(out|streaming|released)\b"
    r"|^\W*is (?!(it|he|she|they|this|that|these|those|there|the)\b)(?P<title33>[a-z][\w'-]*( [\w'-]+){0,4}?)"
    r" (still )?(in|at) (theaters|theatres|cinemas|the cinema|the movies)\b"
    r"|^\W*is (?!(it|he|she|they|this|that|these|those|there|the)\b)(?P<title23>[a-z][\w'-]*( [\w'-]+){0,3}?)"
    r" (still )?(filming|shooting|in production)\b"
    # whether another work is renewed or cancelled: "is the rings of power renewed for s3" (not "is the sequel
    # cancelled", "has heroes been renewed")
    r"|\b(is|was|has|have|got) (the )?(?!(it|he|she|they|this|that|these|those|there|the|sequel|movie|film|show|series"
    r"|part|one)\b)(?P<title26>[a-z][\w'-]*( [\w'-]+){0,4}?) (been |getting |gonna get |going to get )?"
    r"(renewed|cancell?ed|canceled|axed)\b"
    # a title of words of three letters or more opening the message before what is asked of it: "spider-man brand new
    # day release date" (not "sequel ka release date", "tsé-you if the release date")
    r"|^\W*(?P<title20>(?!(sequel|part|movie|film|the|when|what|whats|where)\b)[a-z][\w'-]{2,}( [\w'-]{3,}){1,4}?)"
    r" (release date|trailer|cast list|plot)\b"
    # a measure of another thing: "the completion rate thing on duolingo", "repeat rate in spotify wrapped"
    r"|\b(rate|rates|metric|metrics|stat|stats|ratings?)( thing| means?)? (on|in|for|of)"
    r" (?!(it|this|that|them|the|his|their)\b)"
    r"(?P<title21>[a-z][\w'-]*)"
    # news of another work, and where it streams when asked after "if": "any news on blade??", "does anyone know if
    # the dc animated movies are on max"
    r"|\b(news|updates?) (on|about) (?!(it|this|that|the (sequel|movie|film|first|cast|release)|part|pt)\b)"
    r"(?P<title27>[a-z][\w'-]*)"
    r"|\b(if|whether) (the )?(?P<title28>[a-z][\w'-]*( [\w'-]+){0,3}?) (is|are) (still )?(on|streaming on|available on)"
    rf" {STREAMING_SERVICES}(?!\w)"
    # whether another work's sequel is confirmed: "top gun maverick sequel confirmed?"
    r"|^\W*(?P<title31>[a-z][\w'-]*( [\w'-]+){0,3}?) (sequel|part 2|part two|reboot|remake|spin-?off)"
    r"( on \w+)?,? ((is|was) (that|it|this) )?(confirmed|announced|happening|news|real|true)\b"
    r"|\ban? (third|3rd|fourth|4th|fifth|5th) (?!(movie|film|one|installment|instalment|part|time|sequel|season"
    r"|chapter)\b)(?P<title36>[a-z][\w'-]*)"
    r"|\b(will|is|was) there (\w+ ){0,2}(be )?an? (?!(new|second|third|2nd|3rd|next|another|whole)\b)"
    r"(?P<title35>[a-z][\w'-]*( [\w'-]+){0,3}?) (sequel|prequel|reboot|remake|spin-?off)\b"
    # where another work streams, in a few words: "oppenheimer streaming where?? peacock?"
    rf"|^\W*{_NO_TITLE_OPENS}"
    rf"(?P<title41>[a-z][\w'-]*( [\w'-]+){{0,3}}?) (streaming|on {STREAMING_SERVICES}) (where|anywhere|yet|now)\b"
    # whether another work is any good: "the adam project any good?", "is wednesday worth watching"
    r"|^\W*((is|was) )?(the )?(?!(it|this|that|the|we|movie|film|sequel|one|first|original|part|heroes)\b)"
    r"(?P<title40>[a-z][\w'-]*( [\w'-]+){0,3}?) (any good|worth (it|watching|a watch|the hype|seeing))\b"
    # whether someone has seen another work: "has anyone seen spider-man no way home yet is it good"
    r"|\b((has|have) )?(anyone|anybody|any of you|you guys|u guys|y'?all) (\w+ )?(seen|watched)"
    r" (?!(it|this|that|the (movie|film|sequel|first|original)|the new (one|movie|film|sequel|installment)|we)\b)"
    r"(?P<title34>[a-z][\w'-]*( [\w'-]+){0,4}?)"
    r"(?=\W*$|\s+(yet|already|is|was)\b)"
    # who takes over a role: "whos gonna be batman after robert pattinson", "someone new for wolverine"
    r"|\b(someone|somebody) (new )?(for|to play) (?P<title29>[a-z][\w'-]*)"
    r"|\bwho('?s| is| will)? (gonna|going to|will)? ?(be|play) (the (next|new) )?(?P<title24>[a-z][\w'-]*)"
    r" (after|now|next)\b"
    # which of two works did better: "is barbie or oppenheimer the bigger opening weekend"
    r"|^\W*(is|was) (?!(it|he|she|they|this|that|these|those|there)\b)(?P<title16>[a-z][\w'-]*( [\w'-]+){0,3}?)"
    r" (or [\w'-]+( [\w'-]+){0,3} )?the (bigger|biggest|better|best|worse|worst|larger|largest)\b"
    # a work's own promotion: "is the press tour for wicked the cringiest ever"
    r"|\b(press tour|junket|premiere|trailer|promo|marketing)( this week| right now| now)? (for|of)"
    r" (?!(it|this|that|him|her|them)\b)(the )?"
    r"(?P<title17>[a-z][\w'-]*)"
    # what someone else made: "did steven spielberg ever make a kids movie"
    r"|^\W*did (?!(it|he|she|they|this|that|these|those|the|you|u|we|i|netflix|rodriguez|kids|children)\b)"
    r"(?P<title18>[a-z][\w'-]*( [\w'-]+){0,2}?) (ever )?(make|direct|write|do|star in) (a|an|any|another)\b"
    # who is in a work, asked by its members: "which superheroes are in the justice league"
    r"|\bwhich (\w+ ){1,2}(are|is|were|was) in (the )?(?!(it|this|that|movie|film|sequel|cast|first|second|original"
    r"|new|one|article)\b)(?P<title14>[a-z][\w'-]*( [\w'-]+){0,3}?)\W*$",
    re.IGNORECASE,
)
# "incredibles 2", "spy kids 3": a work with a number, whose name and number the knowledge never writes together;
# the number ends the name ("...3 still hold up?"), unlike chat's "talk 2 about" or "2 times".
_NUMBERED_WORK = re.compile(
    r"\b(?P<name>[a-z][\w'-]*) (?P<number>[1-9]-?d?|ii|iii|iv|s[1-9]\d?)"  # "spy kids 3d" too
    r"(?=\s*($|[?.!,;:)]|(still|any|good|worth|come|comes"
    r"|came|coming|out|is|was|be|been|ever|yet|trailer|release|cast|plot|movie|film|happening|happen|getting"
    r"|take|took|takes|taking|get|got|make|made|have|has|had|go|goes|went|drop|drops|dropped|do|does|did|on"
    r"|announced|confirmed|date|filming|streaming|premiere|during|delayed|postponed|pushed|news|rumors|rumours"
    r"|vol|volume|part|pt|season|episode"  # a part of it: "stranger things 5 vol 2"
    r"|start|starts|started|begin|begins|began|shooting|wraps|wrapped"  # "heard incredibles 3 starts filming"
    r"|again|live|live-action|remake|reboot|prequel|spinoff"  # "gta 6 again", "dragon 2 live action"
    r"|domestic|worldwide|opening|gross|grossed|earned|reviews"  # "the opening weekend for inside out 2 domestic"
    r"|already"  # "si coco 2 ya tiene fecha", read "if coco 2 already has..."
    r"|or|and|this|about|tonight"  # "incredibles 2 or the paw patrol movie tonight?", "from dusk till dawn 2 and 3"
    r"|to"  # "how long did it take for the incredibles 2 to get made"
    r"|when|where|who|why|how"  # the work first, then what is asked of it: "coco 2 when will come out"
    r"|netflix|disney|hulu|hbo|max|prime|peacock|paramount"  # where it streams: "the old guard 2 netflix when"
    # compared, or said to be so: "is the incredibles 2 better than the first one", "is the incredibles 3 actually..."
    r"|better|worse|vs|versus|than|actually|really|even|officially)\b))",
    re.IGNORECASE,
)
_NUMBERED_NAME = re.compile(
    r"\b(?P<name>[a-z][a-z]{3,}(-[a-z]+)*) (?P<number>[1-9]|ii|iii|iv)\b(?![.,:/-]?\d)", re.IGNORECASE
)
# The word before a work's number, after "the" or a preposition: "the batman part 2", "for inside out 2"
_TITLE_WORD_BEFORE = re.compile(
    r"(\b(the|for|of|about|from)|^\W*(is|was|are|will|when'?s|when is)) (?P<name>[a-z][\w-]*) $", re.IGNORECASE
)  # ("is inside out 3 happening", opening the question)
# A work's season or part, whatever follows: "is arcane season 2 the end" (not "did they announce part 2")
_DETERMINERS = frozenset({"the", "next", "new", "latest"})
_NUMBERED_PART = re.compile(
    r"\b(?P<before>the|for|of|about|from|is|was|are|when|does|did|will|next|new|latest) (?P<name>[a-z][\w-]*)"
    r" (?P<part>season|part|pt|episode"
    r"|vol|volume|chapter) (?P<number>\d+|ii|iii|two|three)\b", re.IGNORECASE
)
_PRONOUN_BEFORE = re.compile(r"\b(i|you|we|they|he|she|u|ya)\s+$", re.IGNORECASE)
_STARTING_BEFORE = re.compile(
    r"\b(start|starts|started|begin|begins|began|stop|stops|stopped|finish|finished)\s+$", re.IGNORECASE
)
_NUMBERED_ORDINARY = {
    "part", "season", "episode", "chapter", "volume", "vol", "top", "page", "level", "round", "step",
    "paragraph", "para", "line", "sentence", "section",  # a place in the article: "in paragraph 2"
    # the film in view, numbered as learners do: "when he will film the movie 2?", "say yes to making a number 2"
    "movie", "movies", "film", "films", "number",
    "name", "list", "give", "pick",  # asking for so many: "name 3 cast members"
    # a point in time: "did it fall off after week 1"
    "day", "week", "weekend", "month", "year", "hour", "minute", "phase", "stage",
}
# Words that say which work rather than name one: "the older films", "the follow-up film", "the whole movie"; or
# what is measured of one ("the streaming numbers show...").
_ORDINARY = {
    "first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th",
    "original", "other", "last", "whole", "same", "next", "new", "one", "ones",
    "older", "earlier", "newer", "later", "previous", "prior", "upcoming", "follow-up", "followup", "recent", "old",
    "young", "future", "following", "sequel", "prequel", "animated", "streaming", "popular", "favourite", "favorite",
    "good", "great", "bad", "best", "worst", "entire", "full", "live-action", "numbers", "figures", "data", "stats",
    "ratings", "viewing", "numbered", "official", "actual", "proper", "planned", "rumoured", "rumored",
    "whose",  # asks who owns it: "whose movie is it"
    "word", "term", "phrase", "expression",  # a word of the article: "what does the word franchise mean"
    # when, where a title would go: "first movie is still on netflix or they deleted it"
    "still", "already", "yet", "also", "really", "actually", "finally", "currently", "maybe",
    # film itself, in older words: "did it play in the picture houses?"
    "picture", "pictures", "flick", "flicks", "cinema", "cinemas", "theaters", "theatres", "movies", "films",
}
# Words of film news for one thing, which the model's word vectors do not find close: "is it a whole series
# now?" asks whether it is a franchise; a "flick" is a film.
_REWATCHING = ("rewatch", "rewatches", "rewatched", "rewatching", "rewatchability", "rewatchable", "replays")
_FILM_WORDS: dict[str, tuple[str, ...]] = {
    "series": ("franchise",), "saga": ("franchise",), "ip": ("franchise",), "property": ("franchise",),
    "flick": ("movie", "film"), "flicks": ("movies", "films"), "picture": ("movie", "film"),
    "pictures": ("movies", "films"),
    # Film and streaming news words the model's vocabulary lacks as whole words.
    # a studio asking for a film orders it: "netflix was the one who asked for a sequel"
    **dict.fromkeys(("asked", "requested", "commissioned", "commission", "backing", "backed"), ("ordered",)),
    "greenlight": ("ordered", "approved"), "greenlit": ("ordered", "approved"), "greenlighted": ("ordered", "approved"),
    "viewership": ("viewers", "watching", "audience"), "execs": ("executives", "studio"),
    "cast": ("stars",), "lineup": ("stars",),  # who is in a film is who it stars
    **dict.fromkeys(("billed", "billing", "headliner", "headliners", "ensemble"), ("stars",)),
    "grownups": ("adults",), "grownup": ("adults",), "filmography": ("films", "movies", "work"),
    # a streamer's numbers are its data and its rates ("how did he feel about the numbers?")
    **dict.fromkeys(("numbers", "figures", "stats", "statistics"), ("data", "metrics", "analytics", "rate")),
    # streaming's own words for watching
    "engagement": ("watching", "repeat", "completion"), "retention": ("completion",),
    # a metric of watching is a rate: "the completion metric" is "the completion rate"
    **dict.fromkeys(("metric", "metrics", "kpi", "kpis"), ("rate",)),
    **dict.fromkeys(_REWATCHING, ("repeat",)),
    **dict.fromkeys(("finish", "finished", "finishing", "finishes"), ("completion",)),
    # a film's people are its viewers, who here are kids and households ("do ppl rewatch it?")
    **dict.fromkeys(("people", "ppl", "folks", "everyone", "everybody", "viewers", "audiences", "audience"),
                    ("kids", "household", "viewers")),
    # home video on tape is the VCR's ("does he mention vhs tapes or something")
    **dict.fromkeys(("vhs", "videotape", "videotapes", "tape", "tapes", "cassette", "cassettes", "videocassette",
                     "videocassettes"), ("vcr",)),
    # being involved in a film is working on it ("are his kids involved?": "My own children work on the films")
    **dict.fromkeys(("involved", "involvement", "involve", "involves"), ("work",)),
    # shooting a film is filming it (the model reads "shot" near "hit")
    "shoot": ("filming",), "shoots": ("filming",), "shooting": ("filming",), "shot": ("filming",),
    # the trade press's words: a film's helmer directs it, its topliners star in it, and it lenses when it films
    **dict.fromkeys(("helmer", "helmers", "helm", "helms", "helmed", "helming"), ("director", "directed")),
    **dict.fromkeys(("topline", "toplines", "toplined", "toplining", "topliner", "topliners"), ("stars",)),
    **dict.fromkeys(("lensing", "lensed", "lenses"), ("filming",)),
    # a junket is a press tour; a film's talent is its cast, and its leads are its stars
    **dict.fromkeys(("junket", "junkets"), ("press", "tour")),
    "talent": ("cast", "stars"), "leads": ("stars",),
    "streamer": ("netflix",), "streamers": ("netflix",),
    "platform": ("netflix",), "platforms": ("netflix",),  # "what platform?" (the streaming one)
}
_FILM_WORD_CREDIT = 0.8
# Film words for a part of one thing, which count for less: a rewatch is a repeat, and only in part a watch
# ("and rewatches?" asks the repeat rate, not what "kids watch it on VCR").
_FILM_WORDS_IN_PART: dict[str, tuple[str, ...]] = dict.fromkeys(_REWATCHING, ("watching",))
_FILM_WORD_IN_PART_CREDIT = 0.6
# A word the knowledge lacks, made a doer or a deed by a suffix: "directed" -> "director", "empowered" -> "empower".
_DERIVING_SUFFIXES = frozenset({"or", "er", "ment", "ion", "ation"})
_DERIVED_MIN_STEM = 5
_DERIVED_CREDIT = 0.9
# Counting and ordinal words sit near each other and near words of order in the model's space ("first" near
# "begin" and "next", "one" near "many"): a question's "first one" (the first film) is not bridged to "will
# begin filming" or "next year".
_COUNTING_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "first", "second", "third", "fourth", "fifth", "last",
})
# Words of emphasis say how strongly it is asked, not what: "how does netflix even know?", "do ppl rewatch it
# alot".
_EMPHASIS = {"even", "lot", "lots", "kinda", "basically", "totally", "literally", "honestly", "seriously", "though"}
STOPWORDS = frozenset(STOPWORDS_EN_PLUS) | _CHAT_WORDS | _BARE_CONTRACTIONS | _EMPHASIS
_TYPO_CUTOFF = 0.8  # difflib ratio; 0.8 takes "rodriquez" -> "rodriguez", leaves "budget" alone
_PAIR_CUTOFF = 0.75  # a name beside the word the knowledge writes it with may be further off: "sung kong"
# How a word sounds, roughly: its consonants, as spelling mistakes keep them ("direkter", "franchize").
_SOUNDS = (("ph", "f"), ("ck", "c"), ("k", "c"), ("q", "c"), ("z", "s"), ("x", "cs"))
_SOUND_KEY_MIN = 4


def _consonants(word: str) -> str:
    word = word.lower()
    for spelt, sound in _SOUNDS:
        word = word.replace(spelt, sound)
    key = word[0] + re.sub(r"[aeiouyhw]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", key)


# A quotation that may be a title written in lower case: "'lizzie mcguire'", "\"the mandalorian\""
_TITLE_LIKE = re.compile(r"[a-z][\w' -]{1,40}")
# A word of letters only: one that may be a name, or a part of one split in two by dictation ("hal brook"),
# which together are at least ``_JOINED_MIN`` letters long
_LETTERS = re.compile(r"\b[A-Za-z]+\b")
_JOINED_MIN = 6
_TYPO_MIN_LENGTH = 4
# Where a sentence of a message ends: after its closing mark ("... in it? My son said he was.")
MESSAGE_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A message's sentences in another language: two words at least of this length, and this share of its words,
# neither English nor the knowledge's ("kya Netflix ne pehle kabhi aisa dekha?").
_MESSAGE_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_FOREIGN_LENGTH = 3
_FOREIGN_WORDS = 2
_FOREIGN_SHARE = 0.4
# Stopwords long enough to be misspelt, by first letter (a typo of one is a stopword too: "abowt")
_LONGER_STOPWORDS: dict[str, list[str]] = {}
for _stopword in sorted(w for w in STOPWORDS if len(w) > _TYPO_MIN_LENGTH and w.isalpha()):
    _LONGER_STOPWORDS.setdefault(_stopword[0], []).append(_stopword)
_SPELLING_CUTOFF = 0.9  # two knowledge words this close are one word misspelt ("rodgriguez", "rodriguez")
_SPELLING_MIN_LENGTH = 6
_COMPOUND_PART = 4  # the shortest part of a compound split in two: "worldbuilding", not "be" + "hold"


# Capitalised words of the calendar, a time and not another thing asked about: "is it out this Christmas?"
_CALENDAR = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "xmas",
    "easter", "halloween", "thanksgiving", "hanukkah", "diwali", "eid",
})


_ENGLISH_SUFFIXES = ("s", "es", "er", "ers", "ed", "ing", "or", "ors", "ment", "ion", "ly", "ness")
# Whose something is: "tarantino's last movie" (not "it's", "what's": stopwords are known words)
_POSSESSOR = re.compile(r"\b([a-z][a-z-]+)['\u2019]s\b")
# Whose a capitalised word is, when it is the asker's: "My Grandson"
_THE_ASKERS = re.compile(r"\b(?i:my|our|your) ([A-Z][a-z]+)\b")
# The name of one of the asker's own people, no one the question is about: "Your cousin Emma keeps asking me"
_THE_ASKERS_PEOPLE = re.compile(
    r"\b(?i:my|our|your) (?i:(little|big|older|younger|baby|best) )?(?i:cousin|son|daughter|grandson|granddaughter"
    r"|niece|nephew|sister|brother|friend|kid|boy|girl|wife|husband|mom|mum|dad|uncle|aunt|auntie|teacher"
    r"|neighbou?r|grandma|grandpa|granny),? (?:(?i:named|called) )?([A-Z][a-z]+)\b"
)
# Peoples, capitalised but no name of anyone or anything: "is it the Mexican fellow?"
_PEOPLES = frozenset({
    "mexican", "american", "chilean", "british", "english", "spanish", "latino", "latina", "hispanic", "indian",
    "canadian", "texan", "australian", "korean", "japanese", "chinese", "french", "german", "italian", "brazilian",
    "argentinian", "argentine", "colombian", "filipino", "filipina", "nigerian", "irish", "scottish", "european",
})
_NOT_NAMES = _CALENDAR | _PEOPLES

# Common first names, by which chat writes someone in lower case: "how much of alita was james cameron vs rodriguez";
# none that is also a common word ("will", "mark", "grace"), a place or a title ("austin", "logan").
_FIRST_NAMES_WRITTEN = """
    james john robert michael william david richard joseph thomas charles chris christopher daniel danny matthew
    anthony antonio donald steven steve paul andrew kevin brian george timothy tim ryan jason jacob nicholas nick eric
    jonathan stephen justin scott brandon benjamin ben samuel sam alexander alex patrick dennis jerry tyler aaron jose
    adam henry nathan zachary peter kyle walter ethan jeremy keith christian sean arthur jesse dylan bryan joe jordan
    billy bruce albert gabriel alan juan wayne vincent russell elijah louis bobby philip johnny tom tommy jim jimmy
    jamie quentin keanu leonardo brad dwayne vin zac zack hugh idris ridley denis jon oscar pablo carlos luis jorge
    miguel diego javier fernando ricardo alejandro manuel francisco rafael sergio eduardo andres guillermo alfonso
    gael joao marco marcos luca giuseppe giovanni francesco lorenzo pierre jacques mary patricia jennifer linda
    elizabeth barbara susan jessica sarah karen nancy lisa margaret sandra ashley kimberly emily donna michelle
    amanda melissa stephanie rebecca sharon laura cynthia amy angela helen anna brenda nicole emma samantha katherine
    christine rachel catherine janet maria heather julie victoria olivia kelly christina lauren megan andrea hannah
    jacqueline gloria teresa sara julia natalie isabella charlotte sophia scarlett angelina margot zendaya salma
    penelope sofia selena ariana millie florence anya jenna zoe halle kristen meryl
"""
_FIRST_NAMES = frozenset(_FIRST_NAMES_WRITTEN.split())
# What follows a first name that is no surname: "ryan asked", "my son jake loves it"
_AFTER_A_FIRST_NAME = frozenset({
    "says", "said", "wants", "loves", "likes", "keeps", "asks", "asked", "watches", "thinks", "knows", "told", "tells",
    "heard", "saw", "watched", "loved", "liked", "wanted", "feel", "felt", "think", "say", "want", "like", "love",
    "know", "mean", "meant", "plan", "plans", "planned", "need", "take", "took", "tell", "get", "got", "make", "made",
})
_LOWER_CASE_PERSON = re.compile(r"(?<![\w'-])(?P<first>[a-z]+) (?=(?P<last>[a-z]{3,})(?![\w'-]))")  # (overlapping)
_OWNERS = frozenset({"my", "our", "your", "his", "her", "their", "named", "called"})


# An acronym, as a question names a union, a channel's films or a school's paper ("the WGA strike", "DCOMs"); not
# chat's own ("IMO", "LMAO"), nor a word shouted ("WHEN")
_ACRONYM = re.compile(r"(?<![\w'-])[A-Z]{3,5}s?(?![\w'-])")
_CHAT_ACRONYMS = frozenset({
    "lol", "lmao", "lmfao", "rofl", "omg", "omfg", "tbh", "imo", "imho", "btw", "fyi", "asap", "pls", "plz", "irl",
    "idk", "idc", "smh", "wtf", "ngl", "afaik", "iirc", "tldr", "brb", "nvm", "ikr", "tho", "wdym", "fwiw", "hmu",
})
_SUBTITLED = re.compile(r"\b(?-i:[A-Z][\w'-]*)( (?-i:[A-Z0-9][\w'-]*))*:$")  # a capitalised title before a colon


def _inner_names(text: str, pattern: re.Pattern[str] = _NAME, *, subtitles: bool = False) -> list[str]:
    """Capitalised words of ``text`` that do not open a sentence (a first word is capitalised whatever it is); with
    ``subtitles``, a title's part after its colon too ("Spy Kids: Armageddon"), as a question names works (not the
    knowledge's headline: "'We Can Be Heroes 2': Major Update...")."""
    found = []
    for match in pattern.finditer(text):
        before = text[: match.start()].rstrip()
        subtitle = subtitles and before.endswith(":") and _SUBTITLED.search(before) is not None
        if before and (before[-1] not in _SENTENCE_OPENERS or subtitle) and match.group().lower() not in STOPWORDS:
            found.append(match.group())
    return found


# Who holds the view asked about ("according to him", "in his view", "does he think"): it says whose answer is
# wanted, not what the answer holds, and the knowledge's "according to director..." or "I think" answer nothing.
# So with whom it asks to quote: "what did Rodriguez say Netflix's reaction was?" asks Netflix's reaction; and
# with how it asks for his words: "how does he describe making them?" ("describe" is not "detailed analytics").
_ATTRIBUTION = re.compile(
    r"\b(acc?ordin[g']? to|acc to|in the words of) (the |his |her |their )?[\w'-]+\b"  # "acording to", "acc to"
    r"|\bper (him|her|them|the \w+|(?-i:[A-Z][\w'-]+))\b"
    r"|\bin (his|her|their|the director's) (view|opinion|words|mind|eyes)\b"
    r"|\b(does|did|do) (he|she|they|you|the director|the filmmaker|the (article|piece|story|report|post|author|writer)"
    rf"|the studio|{STREAMING_SERVICES}"  # "did netflix say they want more"
    r"|((mr|mrs|ms|mister)\.? )?(?-i:[A-Z][\w'-]+)) (think|believe|reckon"
    r"|feel that|say(?! (yes|no)\b)|mention|claim)\b"  # ("did netflix say yes" asks the decision)
    r"|\b(describe[sd]?|describing|characteri[sz]e[sd]?|characteri[sz]ing|portray(s|ed)?|sum(s|med)? up)\b"
    r"|\bthe way (he|she|they|the director|the filmmaker|(?-i:[A-Z][\w'-]+)) (talks|talked|speaks|spoke) about\b",
    re.IGNORECASE,
)


# A phrasal verb whose words alone say something else: "when did it come out?" (or "go out") asks when it was released
# (not "its release could come soon": "come" is not what is asked), as "when could part 2 drop?" does (not
# "did viewing drop off?"); looking back, a film that came out premiered.
_COME_OUT = re.compile(
    r"\b(come|comes|came|coming|go|goes|going) out\b|\b(drop|drops|dropping|dropped)\b(?! (off|out|by))", re.IGNORECASE
)
# A work that is "out" is released: "when's the sequel out?", "is part 2 out yet" (not "check it out")
_IS_OUT = re.compile(
    r"\b(?<!check )(?<!figure )(?<!find )(?<!sort )(?<!work )(sequel|movie|film|one|it|2|two|ii|that|this) out"
    r"(?=\W*$|\W* (yet|on|in|when|already)\b)",
    re.IGNORECASE,
)
# ... and where it lands is where it comes out: "and the second one, when's that landin" (not "did the plane land")
_LANDS = re.compile(
    r"\b(it|that|this|sequel|movie|film|one|2|two|ii)('s|s| is| will| gonna| going to| to)? (land|lands|landing"
    r"|landin)\b(?=\W*$| on\b| in\b)",
    re.IGNORECASE,
)


# A premiere still ahead is a release: "when is the premiere of the sequel?" (not "...shortly after it premiered")
_PREMIERE = re.compile(r"\bpremier(e|es|ing)\b", re.IGNORECASE)
# Of people only: "grown-up films" are mature ones.
_GROWN_UP = re.compile(r"\bgrown[- ]?up(?= (actors|actresses|cast|stars|people|members)\b)", re.IGNORECASE)
# Work for grown-ups is mature work: "against his more adult filmography", "his grown-up films"
_ADULT_WORK = re.compile(
    r"\b(adult|grown[- ]?up)(?= (films?|movies?|work|filmography|stuff|projects?|fare|titles|side)\b)"
    r"|(?<=\bmore )adult\b",
    re.IGNORECASE,
)


# Developing a film is working on it: "is he actively developing the sequel?", "is part 2 in development"
_DEVELOPING = re.compile(r"\b(actively )?(developing|in development|in the works)\b", re.IGNORECASE)
# Putting a film on is watching it: "when do kids usually put it on?"
_PUT_ON = re.compile(
    r"\b(put|puts|putting) (it|this|that|the (movie|film)) on\b(?! (netflix|tv|the tv)\b)", re.IGNORECASE
)


# What counts as something is what it means: "does that count as watching it?" ("It means they watched five minutes")
_COUNTS_AS = re.compile(r"\b(count|counts|counted|counting) as\b", re.IGNORECASE)
# "not long after" is "soon after", a word the model and the knowledge share; "long" alone is a length.
_NOT_LONG = re.compile(r"\bnot (too |very |that )?long (after|before)\b", re.IGNORECASE)


# "what happens to the kids?" asks what they do or become: "happen" only frames the question, and finds "it
# happened with the Spy Kids movies".
_WHAT_HAPPENS = re.compile(r"\bwhat(?:'s| is| was)? (happens|happened|happening|will happen)\b", re.IGNORECASE)
# The British idiom, in the article's words: "does he think the films tick every box" -> "checking all the boxes"
_TICK_BOXES = re.compile(r"\btick(s|ed|ing)? (every|each|all( of)?( the)?) box(es)?\b", re.IGNORECASE)
# How short the answer should be is no word to find: "what is story of we can be heroes in short" (not "shortly after")
_IN_SHORT = re.compile(r"\bin (short|brief|a nutshell|(a )?few words)\b", re.IGNORECASE)


# Who makes a film, or is behind it, is its director: "who's making it?", "who's the guy that made it".
_WHO_MADE = re.compile(
    r"\bwho(?:'s|s| is| was| are| were)? (?:the (?:guy|person|man|dude|one|fella|fellow|woman|lady|people) (?:that|who)"
    r" )?(making|makin|made|makes|make"
    r"|behind(?= (it|this|these|them|the (movie|film|sequel)s?)\b))\b",
    re.IGNORECASE,
)


# Being into something is being keen on it: "so netflix is actually into it?", "is netflix even that into a part 2"
_INTO = re.compile(
    r"\b((is|are|was|were|be|been|being|isn't|aren't|not)( \w+){0,3}) into"
    r"(?= (it|this|that|them|the|a|an|part|sequel|doing|making|another)\b)",
    re.IGNORECASE,
)


# "what's the engagement like?" asks what it is: the closing "like" finds "it's like a family affair".
_WHAT_LIKE = re.compile(r"^(\W*(what's|whats|what is|what was|what are|what were)\b.*?)\s+like(\W*)$", re.IGNORECASE)


def phrasal_spelled_out(text: str, *, past: bool = False, ahead: bool = False) -> str:
    """``text`` with phrasal verbs in the single words news uses: "come out", "drop", "is out", "lands" -> "release",
    and looking back (``past``) "release premiere"; "grown-up actors" -> "adults actors", "adult films" -> "mature
    films"; "counts as" -> "means"; "not long after" -> "soon after"; "what happens" -> "what"; "in short" ->
    nothing; "tick every box" -> "checking all the boxes"; "who made it" -> "who director it"; "put it on" -> "watch
    it"; "developing" -> "working on"; "what's the engagement like?" -> "what's the engagement?"; "is netflix into it"
    -> "is netflix eager for it"; a premiere still ``ahead`` -> "release"."""
    if ahead:
        text = _PREMIERE.sub("release", text)
    text = _WHAT_HAPPENS.sub("what", _NOT_LONG.sub(r"soon \2", _IN_SHORT.sub(" ", text)))
    text = _TICK_BOXES.sub("checking all the boxes", text)
    text = _WHO_MADE.sub("who director", _PUT_ON.sub("watch it", _DEVELOPING.sub("working on", text)))
    text = _INTO.sub(r"\1 eager for", _WHAT_LIKE.sub(r"\1\3", text))
    text = _LANDS.sub(lambda match: f"{match.group(1)}{match.group(2) or ''} release", _IS_OUT.sub(r"\1 release", text))
    text = _COUNTS_AS.sub("means", _ADULT_WORK.sub("mature", text))
    return _GROWN_UP.sub("adults", _COME_OUT.sub("release premiere" if past else "release", text))


def without_attribution(text: str) -> str:
    """``text`` without the words saying whose view it asks for ("why does he think kids love it?")."""
    return _ATTRIBUTION.sub(" ", text)


# Words a question quotes: "what does he mean by 'through completion'?" (a quote opens after a space or the start,
# so the apostrophe of "he's" opens none; one before a letter is part of a word: 'you're checking all the ____').
_QUOTED = re.compile(
    r"(?:^|(?<=\W))(?:[\"\u201c]([^\"\u201d]{2,80}?)[\"\u201d]|['\u2018]((?:[^'\"\u2019\u201d]|['\u2019](?=\w)){2,80}?)['\u2019])(?=\W|$)"
)
# A blank in a quotation, as a quiz writes one: "those movies just hit those ____"; the words on each side are quoted.
_BLANK = re.compile(r"_{2,}|\.{3,}|\u2026|\[blank\]|\(blank\)|\bblank\b", re.IGNORECASE)


_INFLECTION = "(?:s|es|d|ed|ing)?"


# Words asked the meaning of are quoted, with quotation marks or without: "wdym through completion" (a phrase of two
# words or more: a single one asked so is a word of the world, "what does ephemeral mean")
_MEANING_OF = re.compile(
    r"\b(?:what (?:do|does|did) (?:you|u|he|they|it) mean(?: by)?|wdym|meaning of)\s+(?:by\s+)?"
    r"([\w'-]+(?: [\w'-]+){1,4})\W*$",
    re.IGNORECASE,
)


def quotations(text: str) -> list[str]:
    """What ``text`` quotes, each quotation without its marks."""
    return [match.group(1) or match.group(2) for match in _QUOTED.finditer(text)]


def quotation_parts(question: str) -> list[list[str]]:
    """The words ``question`` quotes, as runs of words: one per quotation, or one per side of a blank in it."""
    phrases = [part.split() for quotation in quotations(question) for part in _BLANK.split(quotation)]
    if not phrases and (meant := _MEANING_OF.search(question)):
        phrases = [meant.group(1).split()]
    words = ([w.strip(".,;:!?()") for w in phrase] for phrase in phrases)
    return [phrase for phrase in ([w for w in p if re.search(r"\w", w)] for p in words) if phrase]


def quoted_phrases(question: str) -> list[re.Pattern[str]]:
    """What ``question`` quotes, each as a pattern finding those words, whole and in order, in a text."""
    phrases = quotation_parts(question)
    # inflected as the text has it: a 'watch' is what "they watched"
    return [
        re.compile(r"\b" + r"\W+".join(re.escape(word) + _INFLECTION for word in phrase) + r"\b", re.IGNORECASE)
        for phrase in phrases if phrase
    ]


# Typos that are English words, which no typo repair touches, where only the word meant fits:
_WORD_TYPOS = (
    # "hole" for "whole": "can netflix tell if i watched the hole movie" (not a work called "Hole")
    (re.compile(r"\b(the|a) hole (movie|film|thing|time|way|series|franchise|story|article|lot)\b", re.I),
     r"\1 whole \2"),
    # "kinds" for "kids" after whose they are: "do his kinds work on it too" (not "his kinds of films")
    (re.compile(r"\b(his|her|their|my|your|our) kinds\b(?! of\b)", re.I), r"\1 kids"),
    # "cone" for "come", a phone's neighbouring key: "when did the first one cone out"
    (re.compile(r"\bcone (out|back)\b", re.I), r"come \1"),
    # "were" (or "wear") for "where", opening a question no "were" can open: "were did he say all this"
    (re.compile(r"(^\W*|[.?!,;]\s+)(were|wear)(?= (did|does|do|is|can|could|will|was|are|r|would|should|has)\b)",
                re.I), r"\1where"),
)


# False friends, English words that learners use for their own language's: the "argument" (Spanish "argumento") of a
# film is its plot, an "exit" ("éxito") its success, and who "pretends to" ("pretende") do something wants to.
_FALSE_FRIENDS = (
    # (Indian English) someone's "good name" is their name: "what is the good name of director"
    (re.compile(r"\bgood name\b", re.I), "name"),
    (re.compile(r"\bargument(?= of (the|this|that) (\w+ )?(movie|film|peli|sequel|one|part|2)\b)", re.I), "plot"),
    (re.compile(r"\b(an exit|the exit)(?= (or|of (the|this|that|his) (\w+ )?(movie|film|sequel|one|first)))", re.I),
     "a success"),
    (re.compile(r"\bpretends? to\b", re.I), "wants to"),
    # (Portuguese "assistir", Spanish "asistir") to see a film: "where i can assist the first one?"
    (re.compile(r"\bassist( to)?(?= (it\b|(the|this|that|a) (\w+ )?(movie|film|peli|sequel|one|part|premiere)\b))",
                re.I), "watch"),
    # (Russian "сценарий", Spanish "escenario") its script: "who writes scenario for sequel"
    (re.compile(r"(?<!case )\bscenario(?= (for|of) (the |this |that )?(movie|film|sequel|part|one|2)\b)"
                r"|(?<=\bwrites )scenario\b|(?<=\bwrote )scenario\b|(?<=\bwriting )scenario\b|(?<=\bwrite )scenario\b",
                re.I), "script"),
    # (Spanish "historia") its story: "what happens with the kids in the history" (not "the history of netflix")
    (re.compile(r"\b(the|this|that) history\b(?=\W*$| of (the|this|that) (\w+ )?(movie|film|peli|sequel|one|part)\b)",
                re.I), r"\1 story"),
)
# The trade's idioms for a film's run, in plain words: whether it "has legs", is "still performing" or "fell off"
# asks how well it has kept doing
_RUN_IDIOMS = (
    (re.compile(r"\b(fall|falls|fell|fallen|falling|drop|drops|dropped|dropping) off\b", re.I), "stop doing well"),
    (re.compile(r"\b(have|has|had|got|with) legs\b", re.I), r"\1 kept doing well"),
    (re.compile(r"\bstill (performing|pulling (in )?numbers|doing numbers|going strong|trending)\b", re.I),
     "still doing well"),
)
# A learner's film words and most common questions in their own language, in a question otherwise in English
_OWN_FILM_WORD = _word_for_word(own_language.FILM_WORDS)
_OWN_QUESTION_WORD = _word_for_word(own_language.QUESTION_WORDS)
# The subject learners drop, as their languages do ("qué género es?"): "what genre is?" -> "what genre is it?", "is a
# movie or a serie?" -> "is it a movie or a serie?" (not "is a sequel coming", which has its subject).
_DROPPED_IT = (
    (re.compile(r"\b((what|which) ((?!(the|this|that|it|he|she|they|his|her|their|its|my|your)\b)\w+ ){1,3}is)"
                r"(?=\s*([?.!]|$))", re.I), r"\1 it"),
    (re.compile(r"(^\W*|[?.!]\s+)(is|was)(?= an? [\w-]+ or an? [\w-]+)", re.I), r"\1\2 it"),
)
# A year by its last two digits: "'22", or "in 22" ending what is said of it (not "in 22 countries", "in 22 minutes")
_SHORT_YEAR = re.compile(
    r"(?P<before>(?:^|\s)['\u2019])(?P<year>\d\d)\b(?!['\u2019]|\s*(?:%|percent))"
    r"|(?P<by>\b(?:in|by|of|during|until|till|since|early|late|mid|summer|spring|fall|autumn|winter) )(?P<short>\d\d)"
    r"(?=\s*(?:$|[?.!,;:)]|or\b|and\b|right\b|then\b|too\b))",
    re.IGNORECASE,
)


def _full_year(match: re.Match[str]) -> str:
    if match.group("year"):
        before, year = match.group("before")[:-1], match.group("year")  # the apostrophe goes
    else:
        before, year = match.group("by", "short")
    return f"{before}{'20' if int(year) < 50 else '19'}{year}"  # "'99" is 1999


# What chat puts in a message that is no word: an emoji by its code (":eyes:", a server's "<:pog:123>"), a mention
# ("<@123>", "<#456>"): "pedro pascal??? :eyes:" asks nothing of eyes.
_CHAT_CODES = re.compile(r"<a?:\w+:\d+>|<[@#][!&]?\d+>|(?<![\w:]):[a-z0-9_+-]+:(?![\w:])", re.IGNORECASE)
# Every rule of ``spelled_out``, in the order they apply: emoji codes and mentions first; a false friend is read once
# the learner's own words are ("the argument of the película"), and "y" and chat's "2" last.
_SPELLING_OUT: tuple[_Rewrite, ...] = (
    (_CHAT_CODES, " "),
    _CHAT_SPELLING, (_SHORT_YEAR, _full_year), *_WORD_TYPOS, _OWN_QUESTION_WORD, _OWN_FILM_WORD, *_FALSE_FRIENDS,
    *_RUN_IDIOMS,
    *_DROPPED_IT,
    (_CHAT_WHY, "why"), (_CHAT_TO, r"\1 to"),
)


def spelled_out(text: str) -> str:
    """``text`` with chat spellings written out ("ppl" -> "people", "y do kids..." -> "why do kids..."), English
    typos that are words ("the hole movie", "his kinds"), a learner's film words in their own language ("elenco" ->
    "cast") and false friends in the English meant ("the argument of the movie" -> "the plot of the movie"), the
    subject a learner drops ("what genre is?" -> "what genre is it?"), and a year by its last two digits in full
    ("shooting in 22?" -> "shooting in 2022?")."""
    for pattern, meant in _SPELLING_OUT:
        text = pattern.sub(meant, text)
    return text


# An idiom read for what it means: "coming of age" is growing up, not an age ("superheroes of all ages?" is
# another sentence's answer), and stays close to "young" ("what happens to the young characters?").
_COMING_OF_AGE = re.compile(r"\bcoming[- ]of[- ]age\b")


def words(text: str) -> list[str]:
    """Lower-case words without stopwords; an apostrophe suffix is dropped ("rodriguez's")."""
    out = []
    for match in _WORD.finditer(_COMING_OF_AGE.sub("young growing up", text.lower())):
        word = re.split(r"['\u2019]", match.group())[0]
        if word and word not in STOPWORDS:
            out.append(word)
    return out


@dataclass(frozen=True)
class Term:
    """One word of a question: its weight (idf; a word the knowledge never uses weighs most) and
    the knowledge stems that count as finding it, with a credit: 1 for its own stem (typos
    repaired), the similarity for a stem close in meaning."""

    word: str
    stem: str
    weight: float
    matches: dict[str, float]

    def credit(self, stems: frozenset[str]) -> float:
        return max((c for s, c in self.matches.items() if s in stems), default=0.0)


@dataclass(frozen=True)
class QueryTerms:
    terms: tuple[Term, ...]

    @property
    def total_weight(self) -> float:
        return sum(t.weight for t in self.terms)

    @property
    def stems(self) -> list[str]:
        """Every knowledge stem that can match, for BM25."""
        return list(dict.fromkeys(s for t in self.terms for s in t.matches))

    def found(
        self, stems: frozenset[str], skip: frozenset[str] = frozenset(), implied: Mapping[str, float] | None = None
    ) -> float:
        """Weight of the terms that ``stems`` holds, times their credit; terms whose stem is in ``skip`` left out.
        ``implied`` stems (a quotation's speaker, whom its "they" stands for) count too, each at its own credit."""
        implied = implied or {}
        return sum(
            t.weight
            * max(t.credit(stems), max((implied[s] * c for s, c in t.matches.items() if s in implied), default=0.0))
            for t in self.terms
            if t.stem not in skip
        )

    def phrases_found(self, pairs: frozenset[tuple[str, str]]) -> float:
        """The weight of the question's pairs of neighbouring words that a sentence holds next to each other in
        the same order (``pairs``: its pairs of neighbouring stems, see ``word_pairs``), times the lower
        credit, as a share of the question's weight: "is it about superheroes of all ages?" finds "superheroes
        of all ages", not "superheroes ... coming of age". A pair weighs as its lighter word: "making the
        movies" is no rarer than "movies"."""
        if not pairs or not self.total_weight:
            return 0.0
        found = 0.0
        for a, b in pairwise(self.terms):
            credit = max(
                (min(ca, cb) for x, ca in a.matches.items() for y, cb in b.matches.items() if (x, y) in pairs),
                default=0.0,
            )
            found += min(a.weight, b.weight) * credit
        return found / self.total_weight


def word_pairs(stems: list[str]) -> frozenset[tuple[str, str]]:
    """A text's pairs of neighbouring stems, in order, stopwords left out (``LexicalIndex.docs``)."""
    return frozenset(pairwise(stems))


Neighbours = Callable[[str], "list[tuple[str, float]]"]


class LexicalIndex:
    """BM25 over a list of texts (here: sentences), plus the statistics abstention needs."""

    def __init__(self, texts: list[str]) -> None:
        self._stemmer = Stemmer.Stemmer("english")
        self.docs = [self.stem(words(text)) for text in texts]
        self.surface = sorted({w for text in texts for w in words(text)})
        self._text = f" {' '.join(' '.join(words(text)) for text in texts)} "  # for phrases: "heroes 2"
        # Names of two words or more the knowledge writes ("Spy Kids"), which a number after makes another work
        # (without a sentence's opening "The": "The Spy Kids movies were hits")
        runs = [match.group().lower().split() for text in texts for match in _TITLE_RUN.finditer(text)]
        runs = [run[1:] if run[0] in STOPWORDS else run for run in runs]
        titles = sorted({" ".join(run) for run in runs if len(run) >= 2}, key=len)
        self._titled = re.compile(
            rf"\b(?P<name>{'|'.join(map(re.escape, reversed(titles)))}) (?P<number>[2-9]|ii|iii|iv)\b", re.IGNORECASE
        ) if titles else None
        # Stems the knowledge writes capitalised inside a sentence: its names ("Gosselin", "Collider").
        self.name_stems = frozenset(
            stem for text in texts for stem in self.stem([name.lower() for name in _inner_names(text, _CAPITALISED)])
        )
        self._surface_set = frozenset(self.surface)
        self._spellings: dict[str, list[str]] = {}  # a stem's spellings in the knowledge: "hero" -> "heroes"
        for word, stem in zip(self.surface, self.stem(self.surface), strict=True):
            self._spellings.setdefault(stem, []).append(word)
        self._by_initial: dict[str, list[str]] = {}
        for word in self.surface:
            self._by_initial.setdefault(word[0], []).append(word)
        self._names_by_initial: dict[str, list[str]] = {}
        for word, stem in zip(self.surface, self.stem(self.surface), strict=True):
            if stem in self.name_stems:
                self._names_by_initial.setdefault(word[0], []).append(word)
        self.df = Counter(stem for doc in self.docs for stem in set(doc))
        # Knowledge stems by the stem they are made from with a suffix naming the doer or the deed: "direct" ->
        # "director" ("who directed it?": "according to director Robert Rodriguez"); not "offic" -> "offici".
        self._derived: dict[str, list[str]] = {}
        for stem in self.df:
            for suffix in _DERIVING_SUFFIXES:
                if stem.endswith(suffix) and len(stem) - len(suffix) >= _DERIVED_MIN_STEM:
                    self._derived.setdefault(stem[: -len(suffix)], []).append(stem)
        self.n = len(texts)
        self._bm25 = bm25s.BM25()
        self._bm25.index([doc or [""] for doc in self.docs], show_progress=False)
        self.dictionary: frozenset[str] = frozenset()  # English words that are not typos ("word" is not "world")
        # Each question's words are repaired twice (for its vector, then for its terms): remember the recent ones.
        self.repair = functools.lru_cache(maxsize=4096)(self.repair)
        self.spellings = functools.lru_cache(maxsize=4096)(self.spellings)

    def set_dictionary(self, dictionary: frozenset[str]) -> None:
        """Words known to be spelt right, so never taken for a typo of a knowledge word."""
        self.dictionary = dictionary
        self.repair.cache_clear()

    def stem(self, tokens: list[str]) -> list[str]:
        return self._stemmer.stemWords(tokens)

    def idf(self, stem: str) -> float:
        df = self.df.get(stem, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def repair(self, word: str) -> str:
        """The known word a typo most likely meant, or the word itself."""
        if len(word) < _TYPO_MIN_LENGTH or word.isdigit() or word in self.dictionary:
            return word
        stem = self.stem([word])[0]
        if self.df.get(stem):  # a knowledge word, or one misspelt into its stem: "heros" is "heroes"
            if word in self._surface_set or not word.isalpha():  # "sequel's" is no misspelling
                return word
            # the spelling closest to it: "superheros" is "superheroes", not "superhero"
            spellings = self._spellings.get(stem, [word])
            return max(spellings, key=lambda known: difflib.SequenceMatcher(None, word, known).ratio())
        if word.endswith("z") and self.df.get(self.stem([word[:-1] + "s"])[0]):
            return word[:-1] + "s"  # a chat plural: "kidz", "moviez"
        # an English word spelt as it sounds: "direkted" is "directed" (which "director" is then found by)
        # (or its "g" dropped: "wheres he even sayin all this")
        # (and "kw" for "qu": "sekwel" is "sequel")
        spelt_as_said = (
            word.replace("k", "c"), word.replace("z", "s"), f"{word}g" if word.endswith("in") else "",
            word.replace("kw", "qu"),
        )
        respelt = [spelt for spelt in spelt_as_said if spelt in self.dictionary or spelt in STOPWORDS]  # "bein"
        close = respelt or self._spelt_like(word, _TYPO_CUTOFF, 1) or self._sounds_like(word)
        if not close and self.dictionary and word.isalpha():  # "wat is the movie abowt": about, no word to find
            close = difflib.get_close_matches(word, _LONGER_STOPWORDS.get(word[0], ()), 1, _TYPO_CUTOFF)
        return close[0] if close else word

    def spellings(self, word: str) -> frozenset[str]:
        """Stems of knowledge words spelt almost like ``word``, a knowledge word itself: the knowledge has
        typos too ("Rodgriguez was on a press tour"), and they should still match "rodriguez"."""
        if len(word) < _SPELLING_MIN_LENGTH or word.isdigit():
            return frozenset()
        stem = self.stem([word])[0]
        close = [other for other in self._spelt_like(word, _SPELLING_CUTOFF, 4) if other != word]
        return frozenset(other for other in self.stem(close) if other != stem)

    def _sounds_like(self, word: str) -> list[str]:
        """The knowledge word spelt as ``word`` sounds, when only one is: "direkter" -> "director"."""
        key = _consonants(word)
        if len(key) < _SOUND_KEY_MIN or not word.isalpha():
            return []
        found = {w for w in self._by_initial.get(word[0], ()) if w.isalpha() and _consonants(w) == key}
        return list(found) if len(found) == 1 else []

    def _spelt_like(self, word: str, cutoff: float, n: int) -> list[str]:
        """Knowledge words with the same first letter and a close spelling, closest first."""
        candidates = [w for w in self._by_initial.get(word[0], ()) if abs(len(w) - len(word)) <= 2]
        return difflib.get_close_matches(word, candidates, n=n, cutoff=cutoff)

    def join_split_names(self, text: str) -> str:
        """``text`` with a name the knowledge writes as one word, heard or typed as two, joined and respelt: "boyd
        hal brook" -> "boyd holbrook", "pre yanka chopra", "taylor doo lee" (dictation splits a name it does not
        know). Neither part may be a knowledge word, and the two together must be spelt like one of its names; or
        be one of its words exactly: "the re peat rate" -> "the repeat rate"."""
        tokens = list(_LETTERS.finditer(text))
        out, last = [], 0
        i = 0
        while i < len(tokens) - 1:
            first, second = tokens[i], tokens[i + 1]
            joined = (first.group() + second.group()).lower()
            between = text[first.end() : second.start()]
            name = None
            parts = (first.group().lower(), second.group().lower())
            if between == " " and len(joined) >= _JOINED_MIN and not any(map(self._known, parts)):
                close = difflib.get_close_matches(joined, self._names_by_initial.get(joined[0], ()), 1, _TYPO_CUTOFF)
                name = close[0] if close else None
            # or any word of the knowledge, exactly, a stopword's letters among its parts: "the re peat rate"
            elif between == " " and joined in self._surface_set and not any(
                self.stem([part])[0] in self.df for part in parts
            ):
                name = joined
            if name is not None:
                out += [text[last : first.start()], name]
                last = second.end()
                i += 2
            else:
                i += 1
        return "".join([*out, text[last:]])

    def repair_names(self, text: str) -> str:
        """``text`` with each word the knowledge lacks respelt as the knowledge's name spelt like it (or written in
        full: "chris mcdonald"), when the word beside it (or a name spelt like that one) makes the pair the
        knowledge writes, even if it is an English word too: "Christopher MacDonald?" -> "Christopher McDonald?",
        "vivian blare" -> "vivien blair"
        ("macdonald" is no typo to ``repair``; "Netflix's Slate" is not "Slater"); or, capitalised, when it is but a
        letter off the name ("Collier" for "Collider"). A name split in two by dictation is joined first
        (``join_split_names``)."""
        text = self.join_split_names(text)

        def respelt(match: re.Match[str]) -> str:
            name = match.group()
            if len(name) < _TYPO_MIN_LENGTH or name.lower() in STOPWORDS or self.stem([name.lower()])[0] in self.df:
                return name  # a word of the knowledge as written
            before, after = words(text[: match.start()])[-1:], words(text[match.end() :])[:1]
            # (or a name it is the short form of: "chris mcdonald")
            for close in self._close_names(name.lower(), _PAIR_CUTOFF) + self._lengthened(name.lower()):
                # the neighbour as written, or as a name of the knowledge it is close to: "vivian blare"
                pairs = [f" {word} {close} " for w in before for word in (w, *self._close_names(w))]
                pairs += [f" {close} {word} " for w in after for word in (w, *self._close_names(w))]
                if any(pair in self._text for pair in pairs):
                    return close.capitalize() if name[0].isupper() else close
            # alone, capitalised as a name and but a letter off one: "who told to Collier about the sequel"
            if name[0].isupper() and len(name) >= _SPELLING_MIN_LENGTH:
                close = self._close_names(name.lower(), _SPELLING_CUTOFF)
                return close[0].capitalize() if close else name
            return name

        return _LETTERS.sub(respelt, text)

    def _lengthened(self, word: str) -> list[str]:
        """Names of the knowledge ``word`` is the short form of, as first names are shortened: "chris" ->
        "christian", "christopher"."""
        return [name for name in self._names_by_initial.get(word[:1], ()) if name.startswith(word) and name != word]

    def _close_names(self, word: str, cutoff: float = _TYPO_CUTOFF) -> list[str]:
        """Names of the knowledge spelt almost like ``word``, closest first; its first letter may be heard voiced
        or not, as some learners do: "bedro bascal" is "pedro pascal"."""
        names = [*self._names_by_initial.get(word[:1], ()), *self._names_by_initial.get(_VOICED.get(word[:1], ""), ())]
        return difflib.get_close_matches(word, names, 3, cutoff)

    def repair_text(self, text: str) -> str:
        """``text`` with its typos of knowledge words repaired ("wen does shooting begin", "streeming"),
        for the dense side, which reads a misspelt word as something else."""
        def fix(match: re.Match[str]) -> str:
            word = match.group()
            if word.lower() in STOPWORDS:
                return word
            repaired = self.repair(word.lower())
            return word if repaired == word.lower() else repaired

        return _WORD.sub(fix, text)

    def unknown_names(self, text: str) -> list[str]:
        """Capitalised words of ``text``, not opening a sentence, that the knowledge never uses even
        allowing for a typo ("Who directed Oppenheimer?"): the question may be about something else. So is
        a word written lower-case with a possessive, neither the knowledge's nor English: "tarantino's last movie".
        Not a month or a feast, a people ("Mexican"), or one of the asker's own ("My Grandson", "my cousin Emma")."""
        possessors = [word for word in _POSSESSOR.findall(text) if not self._english(word)]
        # the asker's own, capitalised as some write nouns: "My Grandson is very keen to know"
        own = {word for word in _THE_ASKERS.findall(text) if self._english(word.lower())}
        own |= {match.group(2) for match in _THE_ASKERS_PEOPLE.finditer(text)}  # "my cousin Emma"
        shouted = sum(char.isupper() for char in text) > sum(char.islower() for char in text)
        acronyms = [] if shouted else [
            word for word in _ACRONYM.findall(text)
            if word.lower().rstrip("s") not in _CHAT_ACRONYMS and word.lower() not in _CHAT_ACRONYMS
            and not self._english(word.lower())
        ]
        return list(dict.fromkeys(
            name for name in _inner_names(text, subtitles=True) + possessors + acronyms
            if not self._known(name.lower()) and name.lower() not in _NOT_NAMES and name not in own
        )) + self._lower_case_people(text) + self._quoted_titles(text)

    def _quoted_titles(self, text: str) -> list[str]:
        """A title in quotes written in lower case, by words the knowledge never uses, two at least or one no English
        word: "was 'lizzie mcguire' a disney channel original" (not its own words quoted, "what did he mean by
        'unstoppable'", nor a word it explains: "what counts as a 'view'")."""
        found = []
        for quotation in filter(_TITLE_LIKE.fullmatch, quotations(text)):
            named = [word for word in re.findall(r"[a-z][\w-]*", quotation.lower()) if word not in STOPWORDS]
            if named and not any(map(self._known_word, named)) and (len(named) > 1 or not self._english(named[0])):
                found.append(quotation)
        return found

    def _lower_case_people(self, text: str) -> list[str]:
        """Someone the knowledge never names, written in lower case by a common first name and a surname: "james
        cameron" (not one it names, "pedro pascal", "chris mcdonald", nor by its first name, "how did robert feel";
        nor one of the asker's own, "my son jake")."""
        found = []
        for match in _LOWER_CASE_PERSON.finditer(text):
            first, last = match.group("first"), match.group("last")
            before = text[: match.start()].lower().split()[-2:]
            if (
                first in _FIRST_NAMES and not self._known(first) and not _OWNERS & set(before)
                and last not in STOPWORDS and last not in _AFTER_A_FIRST_NAME and not last.endswith(("ed", "ing"))
                and not self._known(last)
            ):
                found.append(f"{first} {last}")
        return found

    def known_names(self, text: str) -> list[str]:
        """Capitalised words of ``text``, not opening a sentence, that the knowledge writes as names: "Collider" (not
        "Box", which it writes as a word)."""
        return [name for name in _inner_names(text) if self.stem([self.repair(name.lower())])[0] in self.name_stems]

    def _english(self, word: str) -> bool:
        """Whether ``word`` is an English word, or one made of one by a suffix ("streamer", "rewatches")."""
        if word in self.dictionary:
            return True
        for suffix in _ENGLISH_SUFFIXES:
            base = word[: -len(suffix)] if word.endswith(suffix) else ""
            if len(base) >= 3 and (base in self.dictionary or f"{base}e" in self.dictionary):
                return True
        return word.startswith("re") and self._english(word[2:])

    def named_works(self, text: str) -> list[str]:
        """The word naming a work in "the dune sequel", "minecraft movie ...", "the super mario bros movie"
        or "the plot of the dark knight" when the knowledge never uses it: the question is about another work."""
        works = [
            _work_named(match) for match in _OTHER_WORK.finditer(text) if not _is_a_kind_of_work(match, self.dictionary)
        ] + [match.group("of") or match.group("of2") or match.group("of3") for match in _WORK_OF.finditer(text)]
        # a title of a few words where a work goes: "is encanto on netflix", "who starred in desperado"
        for match in _WORK_SLOT.finditer(text):
            title = next(title for title in match.groupdict().values() if title)  # the one title group matched
            named = [w for w in re.findall(r"[\w-]+", re.sub(r"['\u2019]\w*", "", title)) if w.lower() not in STOPWORDS]
            # a word of the title that is neither the knowledge's nor English, if any: "is spy kids armageddon on
            # netflix"; else its first
            foreign = [w for w in named if not self._known_word(w.lower()) and w.lower() not in self.dictionary]
            # (the first that names: "top gun maverick" -> "gun", "top" saying how many)
            # (nor the words saying which: "the new bond")
            works += [w for w in (foreign or named) if w.lower() not in _NUMBERED_ORDINARY | _ORDINARY][:1]
        # (nor a part of this one: "part two release date?")
        # (nor a film word of the trade: "a new IP franchise")
        return list(dict.fromkeys(
            w for w in works
            if not self._says_which_or_known(w.lower()) and w.lower() not in _FILM_WORDS
        ))

    def works_after_kind(self, text: str) -> list[str]:
        """The word naming a work right after its kind, when it is no English word nor the knowledge's: "the film
        sharkboy and lavagirl" (not "the movie trailer", nor a typo: "wat is the movie abowt"). Looked for before the
        subject's names are taken out of a question, as "the film" is one of them."""
        titles = [match.group("of") or match.group("title") for match in _KIND_THEN_TITLE.finditer(text)]
        return [
            title for title in titles
            if (not self._ordinary_or_known(title.lower()) and self.repair(title.lower()) == title.lower())
            # (of a few words, none the knowledge's: "that show lizzie mcguire on")
            or (" " in title and not any(map(self._says_which_or_known, title.lower().split())))
        ]

    def dated_works(self, text: str) -> list[str]:
        """A work dated by a year the knowledge never writes: "the sky high movie from 2005", "the 1978 version"."""
        return [
            match.group() for match in _DATED_WORK.finditer(text)
            if f" {match.group('year') or match.group('year2') or match.group('year3')} " not in self._text
            and (match.group("before") or "").lower() not in STOPWORDS  # (not the subject's, its name taken out)
        ]

    def numbered_works(self, text: str) -> list[str]:
        """Works named with a number that the knowledge never writes together ("the incredibles 2", "spy
        kids 3", "we can be heroes 3" when it only says "Heroes 2"): the question is about another one."""
        found = [
            f"{match.group('name')} {match.group('part')} {match.group('number')}"
            for match in _NUMBERED_PART.finditer(text) if self._names_a_part(match)
        ] + [
            # a name no word of English nor of the knowledge, whatever follows: "the ps5 spiderman 2 trophies"
            match.group() for match in _NUMBERED_NAME.finditer(text)
            if not self._ordinary_or_known(match.group("name").lower())
            and not _PRONOUN_BEFORE.search(text[: match.start()])
        ]
        titled = [
            match.group() for match in (self._titled.finditer(text) if self._titled else ())
            if f" {' '.join(words(match.group()))} " not in self._text
        ]
        for match in _NUMBERED_WORK.finditer(text):
            if _PRONOUN_BEFORE.search(text[: match.start()]):  # a verb, not a work: "i heard 2"
                continue
            if _STARTING_BEFORE.search(text[: match.start()]):  # doing, not a work: "when do they start filming 2"
                continue
            name, number = self.repair(match.group("name").lower()), match.group("number").lower()  # "heros 2"
            if name in STOPWORDS or name in _NUMBERED_ORDINARY or name in _ORDINARY:
                # named by the word before it, after "the" or a preposition: "the batman part 2", "for inside out 2"
                # (not "the heroes part 2", "the new part 2")
                before = _TITLE_WORD_BEFORE.search(text[: match.start()])
                named = before.group("name").lower() if before else ""
                if named and not self._says_which_or_known(named):
                    found.append(f"{before.group('name')} {match.group()}")
                continue
            # a plural heard as a possessive: "we can be hero's 2"
            heard = [name] + ([f"{name[:-2]}es", f"{name[:-2]}s"] if re.search(r"['\u2019]s$", name) else [])
            if not any(f" {form} {number} " in f" {self._text} " for form in heard):
                found.append(match.group())
        # (once: "heroes 3" is "we can be heroes 3")
        found += [work for work in titled if not any(work.lower().endswith(f" {other.lower()}") for other in found)]
        return list(dict.fromkeys(found))

    def _names_a_part(self, match: re.Match[str]) -> bool:
        """Whether a ``_NUMBERED_PART`` match names another work's part: by a word that is neither English nor the
        knowledge's ("is arcane season 2"), or, after "the" or "next", by one the knowledge does not use ("the next
        batman part II"; not "when does shooting part 2 start")."""
        name = match.group("name").lower()
        if self._says_which_or_known(name):
            return False
        return match.group("before").lower() in _DETERMINERS or not self._english(name)

    def names_other(self, text: str) -> bool:
        """Whether ``text`` has a word that neither says which work ("the first one") nor is the knowledge's: "sky
        high"."""
        return any(not self._says_which_or_known(word) for word in words(text))

    def _says_which_or_known(self, word: str) -> bool:
        """Whether ``word`` says which work rather than names one ("first", "part"), or is the knowledge's (a
        stopword counts as known)."""
        return word in _ORDINARY or word in _NUMBERED_ORDINARY or self._known_word(word)

    def _ordinary_or_known(self, name: str) -> bool:
        """Whether ``name`` says which work rather than names one, or is an English word or the knowledge's."""
        return self._says_which_or_known(name) or self._english(name)

    def in_english(self, text: str) -> str:
        """``text`` without its sentences in another language, when one at least is in English, which is all the
        model reads: "de qué trata la peli? whose kids are they" -> "whose kids are they"."""
        sentences = MESSAGE_SENTENCE_END.split(text.strip())
        if len(sentences) < 2:  # one sentence is kept whatever its language: no need to read it
            return text
        kept = [sentence for sentence in sentences if not self._foreign(sentence)]
        return " ".join(kept) if 0 < len(kept) < len(sentences) else text

    def _foreign(self, sentence: str) -> bool:
        """Whether ``sentence`` is in another language: half its words or more, two at least, are neither English
        nor the knowledge's nor a typo of either (short ones, like chat's "tl;dr", do not count)."""
        found = [match.group().lower() for match in _MESSAGE_WORD.finditer(sentence)]
        foreign = [
            word for word in found
            if len(word) >= _FOREIGN_LENGTH and not (self._english(word) or self._known_word(word))
            and self.repair(word) == word
        ]
        return len(foreign) >= _FOREIGN_WORDS and len(foreign) >= _FOREIGN_SHARE * len(found)

    def _known_word(self, word: str) -> bool:
        """Known, or a knowledge word done again ("rewatching": "watching")."""
        return self._known(word) or (word.startswith("re") and len(word) > 5 and self._known(word[2:]))

    def _known(self, word: str) -> bool:
        return word in STOPWORDS or self.stem([self.repair(word)])[0] in self.df


    def split_compound(self, word: str) -> list[str]:
        """``word`` as two knowledge words when it is written as one that the knowledge does not use
        ("worldbuilding" -> "world", "building"), else ``[word]``."""
        if len(word) < 2 * _COMPOUND_PART or self._known(word):
            return [word]
        for cut in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1):
            head, tail = word[:cut], word[cut:].removeprefix("-")
            if all(part not in STOPWORDS and self.stem([part])[0] in self.df for part in (head, tail)):
                return [head, tail]
        return [word]

    def query_terms(self, question: str, neighbours: Neighbours | None = None, synonym: float = 1.0) -> QueryTerms:
        """The question's terms; ``neighbours(word)`` gives knowledge words close in meaning to a word
        the knowledge lacks ("cameras" -> "filming"), so paraphrases still match, and to a word it has,
        from ``synonym`` similarity ("kids" -> "children": "My own children work on the films")."""
        terms: list[Term] = []
        seen: set[str] = set()
        for word in dict.fromkeys(part for written in words(question) for part in self.split_compound(written)):
            word = self.repair(word)
            if word in STOPWORDS:  # a stopword misspelt: "bein" is "being"
                continue
            stem = self.stem([word])[0]
            if stem in seen:  # "kid ... kids" asks about one thing, once
                continue
            seen.add(stem)
            known = stem in self.df
            matches = {stem: 1.0} if known else {}
            matches.update(dict.fromkeys(self.spellings(word) if known else (), 1.0))
            for other in self._derived.get(stem, ()) if not known else ():
                matches[other] = max(matches.get(other, 0.0), _DERIVED_CREDIT)
            # the trade's own synonyms, which the model does not know
            for others, credit in ((_FILM_WORDS, _FILM_WORD_CREDIT), (_FILM_WORDS_IN_PART, _FILM_WORD_IN_PART_CREDIT)):
                for other in others.get(word, ()):
                    other_stem = self.stem([other])[0]
                    if other_stem in self.df:
                        matches[other_stem] = max(matches.get(other_stem, 0.0), credit)
            for other, similarity in neighbours(word) if neighbours and word not in _COUNTING_WORDS else ():
                if known and similarity < synonym:
                    continue
                other_stem = self.stem([other])[0]
                matches[other_stem] = max(matches.get(other_stem, 0.0), similarity)
            terms.append(Term(word, stem, self.idf(stem), matches))
        return QueryTerms(tuple(terms))

    def expanded(self, terms: QueryTerms, words: list[tuple[str, float]], weight: float) -> QueryTerms:
        """``terms`` plus ``words`` the question does not already match, each with ``weight`` times the
        question's mean term weight and its similarity as credit."""
        have = {stem for term in terms.terms for stem in term.matches}
        mean = terms.total_weight / len(terms.terms) if terms.terms else 1.0
        extra = []
        for word, similarity in words:
            stem = self.stem([word])[0]
            if stem not in have:
                have.add(stem)
                extra.append(Term(word, stem, weight * mean, {stem: similarity}))
        return QueryTerms(terms.terms + tuple(extra))

    def scores(self, terms: QueryTerms) -> np.ndarray:
        """BM25 score of every text for the knowledge stems the question's terms match."""
        stems = terms.stems
        if not stems:
            return np.zeros(self.n, dtype=np.float32)
        return self._bm25.get_scores(stems).astype(np.float32)
