"""The index is saved with its passages, reused without embedding, rebuilt on any change or damage."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from retrieval import QAEngine
from retrieval.chunking import ChunkingSettings
from retrieval.embedding import Embedder
from retrieval.index import CACHE_FILE

from .conftest import KNOWLEDGE_DIR


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, folder)
    return folder


@pytest.fixture
def count_encodes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Number of texts embedded while building, per call."""
    calls: list[int] = []
    original = Embedder.encode

    def counting(self, texts, **kwargs):
        calls.append(len(texts))
        return original(self, texts, **kwargs)

    monkeypatch.setattr(Embedder, "encode", counting)
    return calls


def test_the_first_start_builds_and_saves_the_index(knowledge, fresh_index_dir, count_encodes):
    engine = QAEngine.load(knowledge, fresh_index_dir)
    assert engine.rebuilt
    # One batch: every sentence, the word runs of the longer ones, and those that refer back read in context;
    # then the article's few words the model's vocabulary lacks as whole words ("crave", "unstoppable").
    index = engine.index
    assert count_encodes[0] == len(index.sentences) + index.pieces.ntotal + index.contexts.ntotal
    assert len(count_encodes) == 2 and 0 < count_encodes[1] < 10
    assert index.pieces.ntotal > len(index.sentences)
    assert 0 < index.contexts.ntotal == len(index.context_sentence) < len(index.sentences)
    assert (fresh_index_dir / CACHE_FILE).is_file()


def test_the_next_start_loads_the_cache_without_embedding(knowledge, fresh_index_dir, count_encodes):
    first = QAEngine.load(knowledge, fresh_index_dir)
    count_encodes.clear()
    second = QAEngine.load(knowledge, fresh_index_dir)
    assert not second.rebuilt
    assert count_encodes == []
    assert [p.text for p in second.index.passages] == [p.text for p in first.index.passages]
    assert second.index.context_sentence.tolist() == first.index.context_sentence.tolist()
    assert second.ask("when does filming start?").citations[0].passage == first.ask(
        "when does filming start?"
    ).citations[0].passage


def test_a_changed_document_rebuilds_the_index(knowledge, fresh_index_dir):
    QAEngine.load(knowledge, fresh_index_dir)
    article = knowledge / "we-can-be-heroes-2.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n\nFilming moved to Austin, Texas.", encoding="utf-8")
    engine = QAEngine.load(knowledge, fresh_index_dir)
    assert engine.rebuilt
    assert "Austin" in engine.ask("where will they film it? Austin?").citations[0].passage


def test_an_added_document_rebuilds_and_is_cited_by_its_title(knowledge, fresh_index_dir):
    QAEngine.load(knowledge, fresh_index_dir)
    (knowledge / "trailer.md").write_text(
        "---\ntitle: Trailer news\n---\nThe first trailer for the sequel shows a giant robot octopus.", encoding="utf-8"
    )
    engine = QAEngine.load(knowledge, fresh_index_dir)
    assert engine.rebuilt
    answer = engine.ask("what is in the trailer? a robot octopus?")
    assert answer.citations[0].source == "Trailer news"


def test_other_chunking_settings_rebuild_the_index(knowledge, fresh_index_dir):
    QAEngine.load(knowledge, fresh_index_dir)
    engine = QAEngine.load(knowledge, fresh_index_dir, chunking=ChunkingSettings(max_chars=300))
    assert engine.rebuilt
    assert max(len(p.text) for p in engine.index.passages) <= 300


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage"])
def test_a_damaged_cache_is_reported_in_one_warning_and_rebuilt(
    knowledge, fresh_index_dir, caplog: pytest.LogCaptureFixture, damage: str
):
    QAEngine.load(knowledge, fresh_index_dir)
    cache = fresh_index_dir / CACHE_FILE
    data = bytearray(cache.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[len(data) // 2] ^= 0xFF
    else:
        data = bytearray(b"not an index at all")
    cache.write_bytes(bytes(data))

    with caplog.at_level(logging.WARNING):
        engine = QAEngine.load(knowledge, fresh_index_dir)
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert engine.rebuilt
    assert len(warnings) == 1 and "\n" not in warnings[0].getMessage()
    assert "rebuilding" in warnings[0].getMessage()
    assert not QAEngine.load(knowledge, fresh_index_dir).rebuilt  # the rebuilt cache was saved


def test_a_rebuild_leaves_only_the_cache_files(knowledge, fresh_index_dir):
    QAEngine.load(knowledge, fresh_index_dir, rebuild=True)
    assert sorted(p.name for p in fresh_index_dir.iterdir()) == [
        "examples.cache", "knowledge-words.cache", "knowledge.index", "words.cache"
    ]


def test_an_article_word_missing_from_the_model_s_vocabulary_can_still_be_bridged_to(engine):
    # "crave" is no whole word of the model's vocabulary: it is embedded on its own, so "hungry" reaches it.
    assert "crave" in engine.ranker.words.row
    assert "crave" in [bridge.to for bridge in engine.ranker.words.neighbours("hungry", 0.5)]
