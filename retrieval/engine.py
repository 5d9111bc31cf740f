"""``QAEngine``: the library's one entry point, from a knowledge folder to cited answers."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from . import config, dictation, own_language
from .answering import AbstentionSettings, compose
from .chunking import ChunkingSettings
from .documents import load_documents
from .embedding import Embedder
from .errors import InvalidQuestionError
from .index import KnowledgeIndex, load_or_build
from .offtopic import ExampleQuestions
from .ranking import Ranker, Ranking, RankingSettings
from .schema import Answer, SourceInfo
from .scope import first_alternative
from .wordvectors import WordVectors

MAX_QUESTION_CHARS = 1000  # the model reads ~256 word pieces; more only costs time


class QAEngine:
    """Answers questions from the knowledge, citing passages. Safe to call from one worker thread."""

    def __init__(
        self,
        index: KnowledgeIndex,
        embedder: Embedder,
        words: WordVectors | None = None,
        examples: ExampleQuestions | None = None,
        *,
        ranking: RankingSettings | None = None,
        abstention: AbstentionSettings | None = None,
        rebuilt: bool = False,
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.ranker = Ranker(index, ranking, words)
        self.examples = examples
        self.abstention = abstention or AbstentionSettings()
        self.rebuilt = rebuilt  # whether loading had to embed (no valid cache)

    @classmethod
    def load(
        cls,
        knowledge_dir: str | Path | None = None,
        index_dir: str | Path | None = None,
        *,
        chunking: ChunkingSettings | None = None,
        progress: bool = False,
        rebuild: bool = False,
    ) -> QAEngine:
        """Read the documents, reuse the cached index when it matches them, else build and save it.

        Raises ``KnowledgeError`` (a one-line message naming the path) for a bad knowledge folder.
        """
        documents = load_documents(config.knowledge_dir(knowledge_dir))
        embedder = Embedder()
        cache = config.index_dir(index_dir)
        index, rebuilt = load_or_build(
            documents, embedder, chunking or ChunkingSettings(), cache, progress=progress, force=rebuild
        )
        words = WordVectors.load_or_build(embedder, cache, progress=progress)
        lexical = index.lexical  # its plain words, not names: a question word may mean one
        plain = [w for w in lexical.surface if w.isalpha() and lexical.stem([w])[0] not in lexical.name_stems]
        words.cover(plain, embedder, cache)
        examples = ExampleQuestions.load_or_build(embedder, cache, progress=progress)
        return cls(index, embedder, words, examples, rebuilt=rebuilt)

    def ask(self, question: str, top_k: int = 3) -> Answer:
        """An answer with up to ``top_k`` citations, or an abstention; ``latency_ms`` is filled in."""
        started = time.perf_counter()
        question = " ".join((question or "").split())
        if not question:
            raise InvalidQuestionError("the question is empty: ask something about the article")
        if top_k < 1:
            raise InvalidQuestionError("top_k must be at least 1")
        if own_language.in_unread_script(question):
            answer_ms = round((time.perf_counter() - started) * 1000, 3)
            return Answer(question, False, own_language.UNREAD_SCRIPT_TEXT, (), answer_ms)
        # as typed, and in English: "Q7: did he mention the V C R question mark", "y la segunda cuando sale?"
        query = own_language.in_english(dictation.written(question[:MAX_QUESTION_CHARS]), self.index.lexical.dictionary)
        vector = self._vector(query)
        ranking = self.ranker.rank(query, vector)
        first = first_alternative(query)
        if first:  # "is it A or B?": A and the question's frame ask more than B's words
            # (a name the knowledge writes, offered only after it: "Deadline or Collider?")
            later = query[len(first):]
            others_known = any(name in later and name not in first for name in self.index.lexical.known_names(query))
            ranking = self.ranker.with_alternative(ranking, self._rank(first), others_known)
        if self.examples is not None:  # how much the whole message reads like chat about something else
            off_topic, on_topic = self.examples.closeness(vector)
            ranking = replace(ranking, off_topic_closeness=off_topic, on_topic_closeness=on_topic)
        answer = compose(question, ranking, self.index, top_k=top_k, settings=self.abstention)
        answer_ms = (time.perf_counter() - started) * 1000
        return Answer(answer.question, answer.answered, answer.text, answer.citations, round(answer_ms, 3))

    def _vector(self, question: str) -> np.ndarray:
        return self.embedder.encode_query(self.ranker.embedding_text(question))

    def _rank(self, question: str) -> Ranking:
        return self.ranker.rank(question, self._vector(question))

    def warm_up(self) -> None:
        """Load the model and run it once, so the first real question is not the slow one."""
        self.embedder.encode_query("warm up")

    def sources(self) -> list[SourceInfo]:
        counts = [0] * len(self.index.documents)
        for passage in self.index.passages:
            counts[passage.doc] += 1
        return [
            SourceInfo(title=doc.title, path=doc.path, characters=len(doc.text), passages=counts[i])
            for i, doc in enumerate(self.index.documents)
        ]
