"""Questions people asked in the channel, each labelled about the film or not.

A question whose closest examples in meaning are off topic, and clearly closer than any on-topic example, is chat
about something else, whatever words it shares with the article: "how do streaming charts get their data if netflix
doesn't share it?". Rules catch the wordings they were written for; examples carry over to new wordings better.

The examples (``data/example_questions.jsonl``) were written for the project's separate question sets by people
imitating the channel's users; none is from tests/qa, so ``eval`` does not grade the examples themselves. Their
vectors are cached under INDEX_DIR, keyed by the model and the examples, so a start does not embed them again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from . import store
from .embedding import Embedder

CACHE_FILE = "examples.cache"
VERSION = "1"
NEIGHBOURS = 3  # the closest examples of a label, averaged: one example alone may be mislabelled or odd


@dataclass(frozen=True)
class ExampleQuestion:
    question: str
    on_topic: bool


def example_questions() -> list[ExampleQuestion]:
    text = resources.files(__package__).joinpath("data", "example_questions.jsonl").read_text(encoding="utf-8")
    return [ExampleQuestion(row["question"], row["on_topic"]) for row in map(json.loads, text.splitlines())]


class ExampleQuestions:
    """The examples' unit vectors, off topic and on topic."""

    def __init__(self, off_topic: np.ndarray, on_topic: np.ndarray) -> None:
        self.off_topic = off_topic
        self.on_topic = on_topic

    @classmethod
    def load_or_build(cls, embedder: Embedder, index_dir: Path, *, progress: bool = False) -> ExampleQuestions:
        examples = example_questions()
        key = store.digest(VERSION, embedder.fingerprint, *(f"{e.on_topic}:{e.question}" for e in examples))
        vectors = store.cached_vectors(
            index_dir / CACHE_FILE, key, len(examples),
            lambda: embedder.encode([e.question for e in examples], progress=progress, batch_size=64),
            meta={"examples": len(examples)}, what="example question cache",
        )
        on_topic = np.array([e.on_topic for e in examples], dtype=bool)
        return cls(vectors[~on_topic], vectors[on_topic])

    def closeness(self, vector: np.ndarray) -> tuple[float, float]:
        """How close in meaning the question embedded as ``vector`` (a unit vector) is to the off-topic examples and
        to the on-topic ones: the mean similarity of the closest few of each."""
        return _closest(self.off_topic, vector), _closest(self.on_topic, vector)


def _closest(vectors: np.ndarray, vector: np.ndarray) -> float:
    if len(vectors) == 0:
        return 0.0
    similarities = vectors @ np.asarray(vector, dtype=np.float32).ravel()
    n = min(NEIGHBOURS, len(similarities))
    return float(np.partition(similarities, -n)[-n:].mean())
