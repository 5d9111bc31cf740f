"""Shared fixtures: one engine per test session, its caches in a temporary INDEX_DIR."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = ROOT / "knowledge"
QA_FILE = ROOT / "tests" / "qa" / "questions.jsonl"


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("index")


@pytest.fixture(scope="session")
def engine(index_dir: Path):
    from retrieval import QAEngine

    engine = QAEngine.load(KNOWLEDGE_DIR, index_dir)
    engine.warm_up()
    return engine


@pytest.fixture
def fresh_index_dir(tmp_path: Path, engine, index_dir: Path) -> Path:
    """An empty INDEX_DIR except for the word table and the example questions' vectors, which take ~11 s and ~40 s
    to build and are not under test."""
    from retrieval import offtopic, wordvectors

    target = tmp_path / "index"
    target.mkdir()
    for name in (wordvectors.CACHE_FILE, offtopic.CACHE_FILE):
        shutil.copy(index_dir / name, target / name)
    return target


@pytest.fixture
def cli_env(index_dir: Path, engine) -> dict[str, str]:
    """Environment for running ``python -m retrieval`` against the session's warm cache."""
    env = dict(os.environ)
    env.update(KNOWLEDGE_DIR=str(KNOWLEDGE_DIR), INDEX_DIR=str(index_dir), PYTHONPATH=str(ROOT))
    return env


def cited_passages(engine, question: str, top: int = 3) -> list[str]:
    """The passages of the first ``top`` citations of an answer that must not be an abstention."""
    answer = engine.ask(question)
    assert answer.answered, question
    return [citation.passage for citation in answer.citations[:top]]
