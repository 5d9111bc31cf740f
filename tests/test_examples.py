"""Example questions, labelled on or off topic: a question that reads like the off-topic ones, and clearly more than
like any on-topic one, is abstained; the answers of those close to a question count for the sentences holding them;
their vectors are cached and reused."""

from __future__ import annotations

import json
import logging

import numpy as np
import pytest

from retrieval.answering import AbstentionSettings, decide
from retrieval.embedding import Embedder
from retrieval.examples import CACHE_FILE, ExampleQuestions, NearAnswer, example_questions
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


def test_every_packaged_answer_is_words_of_the_knowledge(engine):
    answered = [e for e in example_questions() if e.answer]
    assert len(answered) > 1000 and all(e.on_topic for e in answered)
    text = " ".join(document.text for document in engine.index.documents)
    assert all(any(words in text for words in e.answer) for e in answered)


def test_the_closest_answered_examples_vote_for_their_answers_by_similarity():
    answered = np.array([[1, 0, 0], [0.8, 0.6, 0], [0.6, 0.8, 0], [0, 0, 1]], dtype=np.float32)
    answers = [("A",), ("A",), ("B",), ("C",)]
    examples = ExampleQuestions(np.zeros((0, 3), np.float32), np.zeros((0, 3), np.float32), answered, answers)
    votes = {near.answer: near.share for near in examples.near_answers(np.array([1, 0, 0], dtype=np.float32))}
    assert votes == pytest.approx({("A",): 1.8 / 1.8})  # B at 0.6 and C at 0 are too far to vote
    votes = {near.answer: near.share for near in examples.near_answers(np.array([0.6, 0.8, 0], dtype=np.float32))}
    assert votes == pytest.approx({("A",): 0.96 / 1.96, ("B",): 1.0 / 1.96})  # (A's first example, at 0.6, is not)
    assert ExampleQuestions(np.eye(3, dtype=np.float32), np.eye(3, dtype=np.float32)).near_answers(answered[0]) == []


def test_the_sentence_close_examples_were_answered_by_comes_first(engine):
    question = "what did he say"  # says nothing of what it asks about
    vector = engine._vector(question)
    plain = engine.ranker.rank(question, vector)
    sentence = engine.index.sentences[plain.passages[5].best_sentence].text
    voted = engine.ranker.rank(question, vector, [NearAnswer((sentence[:40],), 1.0)])
    assert engine.index.sentences[voted.passages[0].best_sentence].text == sentence
    gone = engine.ranker.rank(question, vector, [NearAnswer(("words the knowledge no longer says",), 1.0)])
    assert gone.passages == plain.passages


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

    cache = tmp_path / CACHE_FILE
    cache.write_bytes(cache.read_bytes()[:100])
    with caplog.at_level(logging.WARNING):
        ExampleQuestions.load_or_build(embedder, tmp_path)
    assert len(calls) == 2
    assert next(r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING).startswith("example question")
