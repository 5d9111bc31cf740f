"""Lexical matching: stemmed BM25 (bm25s + PyStemmer) with typo repair and term weights.

Dense vectors miss rare names and numbers ("boyd holbrook?"); this side catches them. A query word
the knowledge never uses is repaired to the closest known word when it is clearly a typo
("rodriquez" -> "rodriguez"), so misspelt names still match.
"""

from __future__ import annotations

import difflib
import logging
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS

logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG

_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
# Chat filler that says nothing about what is asked, on top of the usual English stopwords.
_CHAT_WORDS = {
    "anyone", "anybody", "bot", "could", "gonna", "hey", "hi", "hello", "im", "know", "lol", "pls",
    "plz", "please", "r", "tell", "u", "ur", "wanna", "wat", "wen", "whats", "whos", "would", "wut", "ya",
}
STOPWORDS = frozenset(STOPWORDS_EN_PLUS) | _CHAT_WORDS
_TYPO_CUTOFF = 0.8  # difflib ratio; 0.8 takes "rodriquez" -> "rodriguez", leaves "budget" alone
_TYPO_MIN_LENGTH = 4


def words(text: str) -> list[str]:
    """Lower-case words without stopwords; an apostrophe suffix is dropped ("rodriguez's")."""
    out = []
    for match in _WORD.finditer(text.lower()):
        word = re.split(r"['\u2019]", match.group())[0]
        if word and word not in STOPWORDS:
            out.append(word)
    return out


@dataclass(frozen=True)
class QueryTerms:
    """A question's terms as knowledge stems, each with its weight and how surely it matches.

    ``weights`` are idf (a word the knowledge never uses weighs most); ``credits`` are 1 for a
    word the knowledge uses (typos repaired), the similarity for a word bridged to a knowledge
    word by meaning, 0 for a word with no counterpart.
    """

    stems: tuple[str, ...]
    weights: tuple[float, ...]
    credits: tuple[float, ...]
    words: tuple[str, ...]  # the question's words the terms came from


Bridger = Callable[[str], "tuple[str, float] | None"]


class LexicalIndex:
    """BM25 over a list of texts (here: sentences), plus the statistics abstention needs."""

    def __init__(self, texts: list[str]) -> None:
        self._stemmer = Stemmer.Stemmer("english")
        self.docs = [self.stem(words(text)) for text in texts]
        self.surface = sorted({w for text in texts for w in words(text)})
        self._by_initial: dict[str, list[str]] = {}
        for word in self.surface:
            self._by_initial.setdefault(word[0], []).append(word)
        self.df = Counter(stem for doc in self.docs for stem in set(doc))
        self.n = len(texts)
        self._bm25 = bm25s.BM25()
        self._bm25.index([doc or [""] for doc in self.docs], show_progress=False)

    def stem(self, tokens: list[str]) -> list[str]:
        return self._stemmer.stemWords(tokens)

    def idf(self, stem: str) -> float:
        df = self.df.get(stem, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def repair(self, word: str) -> str:
        """The known word a typo most likely meant, or the word itself."""
        if len(word) < _TYPO_MIN_LENGTH or word.isdigit() or self.df.get(self.stem([word])[0]):
            return word
        candidates = [w for w in self._by_initial.get(word[0], ()) if abs(len(w) - len(word)) <= 2]
        close = difflib.get_close_matches(word, candidates, n=1, cutoff=_TYPO_CUTOFF)
        return close[0] if close else word

    def query_terms(self, question: str, bridge: Bridger | None = None) -> QueryTerms:
        """The question's terms; ``bridge`` maps an unknown word to (knowledge word, similarity)."""
        terms: dict[str, tuple[float, float, str]] = {}
        for word in dict.fromkeys(words(question)):
            word = self.repair(word)
            stem = self.stem([word])[0]
            weight, credit = self.idf(stem), 1.0
            if stem not in self.df:
                bridged = bridge(word) if bridge else None
                credit = 0.0
                if bridged:
                    stem, credit = self.stem([bridged[0]])[0], bridged[1]
            if stem not in terms or terms[stem][1] < credit:
                terms[stem] = (weight, credit, word)
        return QueryTerms(
            stems=tuple(terms),
            weights=tuple(w for w, _, _ in terms.values()),
            credits=tuple(c for _, c, _ in terms.values()),
            words=tuple(word for _, _, word in terms.values()),
        )

    def scores(self, terms: QueryTerms) -> np.ndarray:
        """BM25 score of every text for the query's known stems."""
        known = [s for s, c in zip(terms.stems, terms.credits, strict=True) if c > 0]
        if not known:
            return np.zeros(self.n, dtype=np.float32)
        return self._bm25.get_scores(known).astype(np.float32)
