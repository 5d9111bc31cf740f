"""Example questions, labelled on or off topic: a question that reads like the off-topic ones, and clearly more than
like any on-topic one, is abstained; their vectors are cached and reused."""

from __future__ import annotations

import json
import logging

import numpy as np
import pytest

from retrieval import offtopic
from retrieval.answering import AbstentionSettings, decide
from retrieval.embedding import Embedder
from retrieval.offtopic import ExampleQuestions, example_questions
from retrieval.ranking import RankedPassage, Ranking

from .conftest import QA_FILE


def test_the_examples_hold_both_labels_and_none_of_the_graded_questions():
    examples = example_questions()
    assert sum(e.on_topic for e in examples) > 1000 and sum(not e.on_topic for e in examples) > 1000
    graded = {json.loads(line)["question"].lower() for line in QA_FILE.read_text(encoding="utf-8").splitlines()}
    assert graded.isdisjoint(e.question.lower() for e in examples)  # eval grades nothing it was given


def test_closeness_is_the_mean_similarity_of_the_closest_few_of_each_label():
    off = np.eye(4, dtype=np.float32)[[0, 0, 0, 1]]  # three examples along x, one along y
    on = np.eye(4, dtype=np.float32)[[2, 2, 2, 3]]
    examples = ExampleQuestions(off, on)
    assert examples.closeness(np.array([1, 0, 0, 0], dtype=np.float32)) == pytest.approx((1.0, 0.0))
    # (one close example is not enough: it may be mislabelled or odd)
    assert examples.closeness(np.array([0, 1, 0, 0], dtype=np.float32)) == pytest.approx((1 / 3, 0.0))


def _ranking(off_topic: float, on_topic: float) -> Ranking:
    return Ranking(
        passages=[RankedPassage(0, 2.0, 0)], dense_max=0.9, focus_coverage=1.0, names_found=True,
        off_topic_closeness=off_topic, on_topic_closeness=on_topic,
    )


@pytest.mark.parametrize(
    ("off_topic", "on_topic", "answered"),
    [
        (0.9, 0.6, False),  # close to the off-topic examples, far clearer than to any on-topic one
        (0.9, 0.8, True),  # as close to on-topic ones: the evidence decides
        (0.6, 0.3, True),  # close to nothing
        (0.0, 0.0, True),  # no examples
    ],
)
def test_a_question_reading_like_the_off_topic_examples_is_abstained(off_topic, on_topic, answered):
    assert decide(_ranking(off_topic, on_topic), AbstentionSettings()) is answered


@pytest.mark.parametrize(
    "question",
    [
        "how is box office opening weekend counted, thursday previews included?",  # words the article uses
        "does youtube show completion rate for my videos",
        "how do i set up a kids profile on netflix so my son stops seeing adult stuff",
    ],
)
def test_the_packaged_examples_tell_new_chat_about_something_else(engine, question):
    off_topic, on_topic = engine.examples.closeness(engine._vector(question))
    settings = AbstentionSettings()
    assert off_topic >= settings.off_topic_closeness and off_topic - on_topic > settings.off_topic_margin
    assert not engine.ask(question).answered


def test_the_examples_are_embedded_once_and_a_damaged_cache_is_rebuilt(tmp_path, caplog, monkeypatch):
    embedder = Embedder()
    calls: list[int] = []
    original = Embedder.encode

    def counting(self, texts, **kwargs):
        calls.append(len(texts))
        return original(self, texts[:8], **kwargs).repeat(-(-len(texts) // 8), axis=0)[: len(texts)]  # (quicker)

    monkeypatch.setattr(Embedder, "encode", counting)
    first = ExampleQuestions.load_or_build(embedder, tmp_path)
    assert calls == [len(example_questions())]
    second = ExampleQuestions.load_or_build(embedder, tmp_path)
    assert calls == [len(example_questions())]  # from the cache
    assert np.allclose(first.off_topic, second.off_topic, atol=1e-3)

    cache = tmp_path / offtopic.CACHE_FILE
    cache.write_bytes(cache.read_bytes()[:100])
    with caplog.at_level(logging.WARNING):
        ExampleQuestions.load_or_build(embedder, tmp_path)
    assert len(calls) == 2
    assert next(r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING).startswith("example question")
