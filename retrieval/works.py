"""Well-known works (films, series, games, books) that the knowledge does not name.

A question that asks about one, and neither names nor points at the knowledge's subject, is about something else,
however close it sounds: "is the new spider-verse one still coming out?", "qual é melhor, stranger things ou
wandinha?". The lists in ``data/`` were written from general knowledge of popular titles, not from questions. A
title made only of ordinary words ("inside out", "cars", "batman") counts only where it is written as a title:
capitalised after a sentence's first word, quoted, or next to a word for a work or a number ("inside out 3").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

_WORK_WORDS = frozenset((
    "movie", "movies", "film", "films", "show", "shows", "series", "season", "seasons", "sequel", "sequels", "prequel",
    "game", "games", "book", "books", "episode", "episodes", "part", "remake", "reboot", "spinoff", "trilogy",
    "franchise", "anime", "manga",
))  # fmt: skip
# A work named after these (in the two words before) is a likeness or tells someone, not what is asked about
_LIKENESS = frozenset(("like", "as", "than", "from", "after", "tipo", "type", "such", "comme", "come", "como", "vs"))
_TELLING = frozenset(("guy", "chap", "actor", "actress", "girl", "boy", "kid", "star", "type", "stuff", "director"))
_JOINING = frozenset(("and", "or", "e", "y", "ou", "et", "o"))
_QUOTES = "'\"\u2018\u2019\u201c\u201d\u00ab\u00bb"
_WORD = re.compile(r"[a-z0-9]+", re.IGNORECASE)


@dataclass(frozen=True)
class _Word:
    text: str  # as written, without accents
    start: int
    end: int


def _words(text: str) -> tuple[str, list[_Word]]:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    plain = plain.replace("&", " and ")  # "fast & furious" is "fast and furious"
    return plain, [_Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(plain)]


def _title(line: str) -> tuple[str, ...]:
    words = tuple(w.text.lower() for w in _words(line)[1])
    return words[1:] if len(words) > 1 and words[0] == "the" else words


@dataclass(frozen=True)
class WellKnownWorks:
    distinct: frozenset[tuple[str, ...]]  # titles with a word of their own: "naruto", "stranger things"
    ordinary: frozenset[tuple[str, ...]]  # titles only in ordinary words, named only when written as a title
    longest: int = 0  # words in the longest title

    @classmethod
    def load(cls, leaving_out: str = "") -> WellKnownWorks:
        """The packaged lists, without the works ``leaving_out`` (the knowledge's text) names."""
        named = f" {' '.join(w.text.lower() for w in _words(leaving_out)[1])} "

        def read(name: str) -> frozenset[tuple[str, ...]]:
            text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
            titles = (_title(line) for line in text.splitlines() if not line.startswith("#"))
            return frozenset(t for t in titles if t and f" {' '.join(t)} " not in named)

        distinct, ordinary = read("works.txt"), read("works_in_ordinary_words.txt")
        return cls(distinct, ordinary, max(map(len, distinct | ordinary), default=0))

    def named_in(self, text: str) -> list[str]:
        """The works ``text`` names, longest first where titles overlap: "spider-man across the spider-verse"."""
        return [title for title, _ in self._found(text)]

    def asked_about(self, text: str) -> list[str]:
        """The works ``text`` names, but not as a likeness or to tell someone: "as much as sin city and desperado",
        "the happy gilmore guy", "sung kang from fast and furious"."""
        return [title for title, aside in self._found(text) if not aside]

    def _found(self, text: str) -> list[tuple[str, bool]]:
        plain, words = _words(text)
        lower = [w.text.lower() for w in words]
        found: list[tuple[str, bool]] = []
        i, after_aside = 0, -1  # (where the last work given as an aside ends)
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                span = tuple(lower[i : i + n])
                if span in self.distinct or (span in self.ordinary and _as_title(plain, words, lower, i, n)):
                    before = lower[max(0, i - 2) : i]
                    aside = (
                        not _LIKENESS.isdisjoint(before)
                        or (i + n < len(words) and lower[i + n] in _TELLING)
                        or (after_aside >= 0 and set(lower[after_aside:i]) <= _JOINING)  # "sin city and desperado"
                    )
                    found.append((" ".join(span), aside))
                    after_aside = i + n if aside else -1
                    i += n - 1
                    break
            i += 1
        return found


def _as_title(plain: str, words: list[_Word], lower: list[str], i: int, n: int) -> bool:
    span = words[i : i + n]
    sentence_start = i == 0 or plain[: span[0].start].rstrip()[-1:] in ".!?"
    content = [w for w in span if len(w.text) > 3] or span  # ("Knives Out", "Get Out")
    capitalised = not sentence_start and all(w.text[0].isupper() or w.text.isdigit() for w in content)
    before, after = plain[: span[0].start].rstrip()[-1:], plain[span[-1].end :].lstrip()[:1]
    quoted = before != "" and before in _QUOTES and after != "" and after in _QUOTES
    next_to_work = (i > 0 and lower[i - 1] in _WORK_WORDS) or (
        i + n < len(words) and (lower[i + n] in _WORK_WORDS or lower[i + n].isdigit())
    )
    return capitalised or quoted or next_to_work
