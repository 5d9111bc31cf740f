"""Word-level meaning, from the same model: bridges a question's words to the knowledge's words.

"when do cameras roll?" shares no word with "will begin filming in 2022", and the sentence
vectors of short questions are too blurry to tell it from "what is the budget?". Each English
word of the model's own vocabulary is embedded once (about 21k words, ~11 s, cached by model):
then a question word the knowledge never uses is mapped, by a table look-up and a small matrix
product (no extra model call, so no extra latency), to the closest word the knowledge does use
("cameras" -> "filming", "filmmaker" -> "director"), when that word is close enough.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import store
from .embedding import Embedder
from .lexical import STOPWORDS

log = logging.getLogger(__name__)

CACHE_FILE = "words.cache"
KNOWLEDGE_WORDS_FILE = "knowledge-words.cache"
VERSION = "1"
_WORD = re.compile(r"[a-z]{3,}")


@dataclass(frozen=True)
class Bridge:
    """A question word mapped to a knowledge word, with their cosine similarity."""

    word: str
    to: str
    similarity: float


class WordVectors:
    def __init__(self, words: list[str], vectors: np.ndarray) -> None:
        self.row = {word: i for i, word in enumerate(words)}
        self.vectors = vectors
        self._targets: list[str] = []
        self._target_vectors = np.zeros((0, vectors.shape[1]), dtype=np.float32)

    @classmethod
    def load_or_build(cls, embedder: Embedder, index_dir: Path, *, progress: bool = False) -> WordVectors:
        path = index_dir / CACHE_FILE
        key = store.digest(VERSION, embedder.fingerprint)
        try:
            meta, blobs = store.read(path, key)
            vectors = np.frombuffer(blobs["vectors"], dtype=np.float16).reshape(len(meta["words"]), -1)
            return cls(meta["words"], vectors.astype(np.float32))
        except store.StaleCache:
            pass
        except (store.CacheError, KeyError, ValueError) as exc:
            log.warning("word cache unusable, rebuilding: %s", exc)
        words = vocabulary(embedder.path)
        vectors = embedder.encode(words, progress=progress, batch_size=256)
        try:
            store.write(path, key, {"words": words}, {"vectors": vectors.astype(np.float16).tobytes()})
        except OSError as exc:
            log.warning("cannot write the word cache to %s: %s", index_dir, exc.strerror or exc)
        return cls(words, vectors)

    def cover(self, words: list[str], embedder: Embedder, index_dir: Path) -> None:
        """Give a vector to each of ``words`` (the knowledge's) that the vocabulary lacks as a whole word
        ("crave", "unstoppable"), so a question's word can be bridged to it ("hungry" -> "crave"); the
        vectors are cached beside the vocabulary's, keyed by the model and those words."""
        missing = sorted({word for word in words if self.vector(word) is None})
        if not missing:
            return
        vectors = store.cached_vectors(
            index_dir / KNOWLEDGE_WORDS_FILE, store.digest(VERSION, embedder.fingerprint, *missing), len(missing),
            lambda: embedder.encode(missing), meta={"words": missing}, what="knowledge word cache",
        )
        self.row.update((word, len(self.vectors) + i) for i, word in enumerate(missing))
        self.vectors = np.vstack([self.vectors, vectors.astype(np.float32)])

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every word of the table: real English words, as the model's vocabulary holds them."""
        return frozenset(self.row)

    def set_targets(self, words: list[str]) -> None:
        """The knowledge's own words: the only ones a question word may be bridged to."""
        found = [(w, v) for w in words if (v := self.vector(w)) is not None]  # "metrics" by "metric"
        self._targets = [w for w, _ in found]
        self._target_vectors = np.stack([v for _, v in found]) if found else self._target_vectors

    def vector(self, word: str) -> np.ndarray | None:
        for form in (word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ing")):
            if form in self.row:
                return self.vectors[self.row[form]]
        return None

    def closest_to(self, vector: np.ndarray, threshold: float, limit: int) -> list[tuple[str, float]]:
        """Knowledge words at least ``threshold`` close to a text's vector, closest first: the words
        the knowledge would use for what the text means ("who's the lead actor?" -> "cast")."""
        if not self._targets:
            return []
        similarities = self._target_vectors @ vector
        best = np.argsort(-similarities)[:limit]
        return [(self._targets[i], float(similarities[i])) for i in best if similarities[i] >= threshold]

    def neighbours(self, word: str, threshold: float, limit: int = 3) -> list[Bridge]:
        """Knowledge words at least ``threshold`` close to ``word`` (itself excluded), closest first."""
        vector = self.vector(word)
        if vector is None or not self._targets:
            return []
        similarities = self._target_vectors @ vector
        best = np.argsort(-similarities)[: limit + 1]
        return [
            Bridge(word, self._targets[i], float(similarities[i]))
            for i in best
            if similarities[i] >= threshold and self._targets[i] != word
        ][:limit]


def vocabulary(model_dir: Path) -> list[str]:
    """The whole words of the model's WordPiece vocabulary, without stopwords."""
    path = model_dir / "vocab.txt"
    try:
        tokens = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return sorted({t for t in tokens if _WORD.fullmatch(t) and t not in STOPWORDS})
