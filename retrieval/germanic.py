"""A question asked in German or Dutch, or mixing one with English, read in English word for word from tables.

Like ``own_language`` for the Romance languages, and for the same reason: the model and every rule read English, and
ranking reads a question's words as a bag, so word order may stay as it is ("wann beginnen die dreharbeiten" ->
"when begin the filming"). A message is read so when it holds more of German's or Dutch's own small words than of
the Romance languages', two at least (one in a message of a few words). The tables (``data/words_de.tsv``,
``data/words_nl.tsv``: the word or phrase, a tab, its English) hold every common form of each word, spelt with and
without umlauts, so no grammar is needed; a phrase is read before the words it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from bm25s.stopwords import STOPWORDS_EN_PLUS

# Small words German or Dutch has, and English has not ("die", "was", "hat", "man" are English too): they tell a
# message is in one of them, and which ("wie", "how" in one and "who" in the other, counts for both).
_OWN_WORDS = {
    "de": frozenset({
        "wie", "ist", "und", "der", "das", "nicht", "nich", "auch", "wer", "wann", "warum", "wieso", "weshalb",
        "welche", "welcher", "welches", "welchen", "wird", "werden", "wurde", "wurden", "von", "für", "fuer", "ein",
        "eine", "einen", "einem", "einer", "sie", "ich", "wir", "ihr", "ihre", "ihren", "seine", "seinen", "seiner",
        "gibt", "kommt", "haben", "sind", "schon", "noch", "oder", "aber", "weil", "dass", "daß", "wo", "mit", "über",
        "ueber", "nach", "bei", "zum", "zur", "vom", "beim", "auf", "gesagt", "kann", "können", "koennen", "soll",
        "sollen", "muss", "müssen", "gerade", "jetzt", "wieviel",
        "eigentlich", "bitte", "weiß", "weiss", "gibts", "geht", "worum", "mal", "doch", "denn",
    }),
    "nl": frozenset({
        "wie", "het", "een", "wanneer", "wnr", "waarom", "hoe", "niet", "ook", "wordt", "worden", "werd", "hij", "zij",
        "welke", "welk", "hoeveel", "voor", "dat", "deze", "dit", "nog", "maar", "omdat", "komt", "gaat",
        "heeft", "hebben", "kunnen", "jij", "ik", "mij", "mijn", "zijn", "waar", "uit", "naar", "bij",
        "zou", "zal", "zullen", "gaan", "weet", "iemand", "iets", "echt", "eigenlijk", "ff", "idd", "nie", "ni",
        "kwil", "egt", "zn", "zit", "mee", "nu", "alleen", "gezegd", "gedraaid", "verteld", "dus", "nou", "toch",
        "eens", "waarover", "waarvoor", "kijken", "opnames", "opnamen", "vervolg", "kinderen", "ouders",
    }),
}
# Articles and small words the other has not, which Romance or English share: they only tell German from Dutch.
_TELLING_APART = {
    "de": frozenset({"die", "den", "dem", "des", "im", "am", "es", "mit", "war"}),
    "nl": frozenset({"de", "van", "en", "op", "te", "ze", "er", "je", "dan", "als", "met", "zo"}),
}
_ROMANCE_WORDS = frozenset({  # theirs, which a Dutch or German message hardly has ("de" and "en" are Dutch too)
    "que", "qué", "por", "para", "con", "una", "los", "las", "del", "es", "pero", "quien", "quién", "cuando", "o",
    "os", "da", "dos", "em", "não", "quem", "quando", "onde", "les", "du", "des", "est", "et", "il", "qui", "quoi",
    "où", "pourquoi", "chi", "di", "che", "è", "sono", "anche", "cosa", "perché", "gli", "le", "la", "lo", "dans",
    "avec", "pour", "sur", "pas", "une", "ce", "c'est", "ou", "mais", "aussi", "nel", "nella", "della", "come",
    "está", "tem", "muito", "el", "y", "son", "sont", "ils", "elle", "porque", "pq", "ma", "non", "au",
    "aux", "quel", "quelle", "comment", "qual", "cual", "dónde", "donde", "cómo", "também", "tambien", "también",
})
_MARKERS_NEEDED = 2
_FEW_WORDS = 4
_LEAST_UNENGLISH = 4
_ENGLISH_SMALL_WORDS = frozenset(STOPWORDS_EN_PLUS)  # ("over" is Dutch too: "over n over")
_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)?")
_SPACE_BEFORE_MARK = re.compile(r"(?<=\w) ([?!.,;])")
_WORD = re.compile(r"(?<![\w'])[^\W\d_]+(?:['\u2019][^\W\d_]+)?(?![\w'])")  # (a whole word: "gibt's" is one)


_CLAUSE_END = r"(?=\s*(?:[?!.,;]|$))"
# Words after which "das" or "het" is no article: no noun follows ("wann schauen die kinder das denn, morgens?")
_NO_NOUN = r"(?=\s+(?:denn|doch|auch|nicht|eigentlich|wirklich|schon|noch|gerade|mal|so|ook|niet|nog|echt|al|wel" \
    r"|dan|zo|toch|steeds|vaak|altijd)\b|\s*(?:[?!.,;]|$))"
# Read before the tables. A verb whose particle ends the clause, far from it, reads as one: "spielt pedro pascal mit?"
# asks whether he is in it (not whether he plays with someone), "waar gaat de film over" what it is about.
_REWRITES = {
    "de": (
        (re.compile(r"\bwer\s+(?:spielt|spielen|spielte|spielten)\s+(?:(?:alles|denn|noch|so|da|eigentlich)\s+)*mit\b",
                    re.IGNORECASE), "who is in it"),
        (re.compile(r"\b(?:spielt|spielen|spielte|spielten)\b([^?!.,;]*?)\s+mit" + _CLAUSE_END, re.IGNORECASE),
         r"is\1 in it"),
        (re.compile(r"\bdas" + _NO_NOUN, re.IGNORECASE), "it"),
    ),
    "nl": (
        (re.compile(r"\bwie\s+(?:speelt|spelen|speelde|speelden)\s+(?:(?:er|allemaal|nog|eigenlijk|dan)\s+)*mee\b",
                    re.IGNORECASE), "who is in it"),
        (re.compile(r"\b(?:speelt|spelen|speelde|speelden)\b([^?!.,;]*?)\s+mee\b", re.IGNORECASE), r"is\1 in it"),
        (re.compile(r"\b(?:zit|zitten|zat|zaten)\b([^?!.,;]*?)\s+in" + _CLAUSE_END, re.IGNORECASE), r"is\1 in it"),
        (re.compile(r"\bwaar\s+(?:gaat|ging)\b([^?!.,;]*?)\s+over" + _CLAUSE_END, re.IGNORECASE),
         r"what is\1 about"),
        (re.compile(r"\bhet" + _NO_NOUN, re.IGNORECASE), "it"),
    ),
}


@dataclass(frozen=True)
class WordTable:
    """One language's words and phrases, each with its English."""

    meanings: dict[str, str]
    longest: int  # words in its longest phrase
    rewrites: tuple[tuple[re.Pattern[str], str], ...] = ()

    def read(self, text: str) -> str:
        for pattern, rewritten in self.rewrites:
            text = pattern.sub(rewritten, text)
        words = list(_WORD.finditer(text))
        out, done, i = [], 0, 0
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):  # a phrase before the words it holds
                span = words[i:i + n]
                if any(text[a.end():b.start()].strip() for a, b in pairwise(span)):
                    continue  # (only words next to each other make a phrase: not across "?" or ",")
                meaning = self.meanings.get(" ".join(word.group().lower() for word in span))
                if meaning is not None:
                    out += [text[done:span[0].start()], meaning]
                    done, i = span[-1].end(), i + n
                    break
            else:
                i += 1
        # (a filler read as nothing leaves no space before the mark after it: "das denn?" -> "it?")
        return _SPACE_BEFORE_MARK.sub(r"\1", " ".join("".join([*out, text[done:]]).split()))


@cache
def word_table(language: str) -> WordTable:
    text = resources.files(__package__).joinpath("data", f"words_{language}.tsv").read_text(encoding="utf-8")
    meanings = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, meaning = line.split("\t")
            meanings[" ".join(word.lower().split())] = meaning.strip()
    return WordTable(meanings, max(key.count(" ") + 1 for key in meanings), _REWRITES[language])


def language_of(text: str, english: frozenset[str] = frozenset()) -> str | None:
    """``"de"`` or ``"nl"`` when ``text`` is asked, wholly or in part, in German or Dutch, else None. Given the
    ``english`` words, a word of four letters or more that a table reads and English has not counts too
    ("war der erste teil überhaupt erfolgreich"); a shorter one may be an English typo ("wen does shooting begin")."""
    tokens = [token.lower() for token in _TOKEN.findall(text)]
    counts = {
        language: sum(
            token in own or (bool(english) and len(token) >= _LEAST_UNENGLISH and token not in english
                             and token not in _ENGLISH_SMALL_WORDS and token in word_table(language).meanings)
            for token in tokens
        )
        for language, own in _OWN_WORDS.items()
    }
    language = max(counts, key=lambda language: (
        counts[language], sum(token in _TELLING_APART[language] for token in tokens)
    ))
    found = counts[language]
    if found <= sum(token in _ROMANCE_WORDS for token in tokens):
        return None
    return language if found >= _MARKERS_NEEDED or (found >= 1 and len(tokens) <= _FEW_WORDS) else None


def in_english(text: str, english: frozenset[str] = frozenset()) -> str | None:
    """``text`` read in English word for word when it is in German or Dutch, else None."""
    language = language_of(text, english)
    return word_table(language).read(text) if language else None
