"""Hybrid ranking: dense cosine + stemmed BM25 + term coverage + intent, per sentence, then per passage.

Sentences are scored because a sentence is what answers a question; passages (windows of 1-3
sentences around it) are what is cited, so the quote carries its context ("he said", "It stars").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .index import KnowledgeIndex
from .intent import question_wants, sentence_offers
from .lexical import QueryTerms, words
from .wordvectors import WordVectors


@dataclass(frozen=True)
class RankingSettings:
    dense: float = 1.0  # weight of the cosine similarity
    bm25: float = 0.3  # weight of BM25, scaled to the best sentence's score for the query
    coverage: float = 0.4  # weight of the share of the query's term weight the sentence holds
    intent: float = 0.1  # bonus when the sentence offers what the question asks for
    context: float = 0.1  # weight of a passage's other sentences next to its best one
    bridge: float = 0.55  # least word-vector cosine for bridging a word the knowledge lacks to one it has
    candidates: int = 200  # dense and lexical candidates each, on large corpora


@dataclass(frozen=True)
class RankedPassage:
    passage: int  # index into KnowledgeIndex.passages
    score: float
    best_sentence: int


@dataclass(frozen=True)
class Ranking:
    """Everything the answer step needs: ranked passages and the evidence for abstaining."""

    passages: list[RankedPassage]
    sentence_scores: dict[int, float]
    dense_max: float
    focus_coverage: float  # best share of the question's specific terms found in one passage
    terms: QueryTerms


class Ranker:
    def __init__(
        self, index: KnowledgeIndex, settings: RankingSettings | None = None, vectors: WordVectors | None = None
    ) -> None:
        self.index = index
        self.settings = settings or RankingSettings()
        self.words = vectors
        if vectors is not None:
            vectors.set_targets(index.lexical.surface)
        self.offers = [sentence_offers(s.text) for s in index.sentences]
        lexical = index.lexical
        self.sentence_stems = [frozenset(doc) for doc in lexical.docs]
        self.passage_stems = [frozenset().union(*(self.sentence_stems[s] for s in p.sentences)) for p in index.passages]
        # Words of the titles say what the whole corpus is about: naming them specifies nothing.
        self.topic_stems = frozenset(stem for doc in index.documents for stem in lexical.stem(words(doc.title)))

    def rank(self, question: str, query_vector: np.ndarray) -> Ranking:
        index, cfg = self.index, self.settings
        terms = index.lexical.query_terms(question, self._neighbours if self.words is not None else None)
        candidates, dense = self._dense(query_vector)
        bm25 = index.lexical.scores(terms)
        if len(candidates) < len(index.sentences):
            extra = np.argsort(-bm25)[: cfg.candidates]
            missing = np.setdiff1d(extra[bm25[extra] > 0], candidates)
            if missing.size:
                vectors = index.vectors.reconstruct_batch(missing.astype(np.int64))
                candidates = np.concatenate([candidates, missing])
                dense = np.concatenate([dense, vectors @ query_vector])
        bm25_top = float(bm25.max()) if bm25.size else 0.0
        wants = question_wants(question)
        total_weight = terms.total_weight or 1.0

        scores: dict[int, float] = {}
        for sentence, cosine in zip(candidates.tolist(), dense.tolist(), strict=True):
            covered = terms.found(self.sentence_stems[sentence]) / total_weight
            score = cfg.dense * cosine + cfg.coverage * covered
            if bm25_top > 0:
                score += cfg.bm25 * float(bm25[sentence]) / bm25_top * covered
            if wants & self.offers[sentence]:
                score += cfg.intent
            scores[sentence] = score

        ranked = self._passages(scores)
        return Ranking(
            passages=ranked,
            sentence_scores=scores,
            dense_max=float(dense.max()) if dense.size else 0.0,
            focus_coverage=self._focus_coverage(terms, ranked),
            terms=terms,
        )

    def _neighbours(self, word: str) -> list[tuple[str, float]]:
        return [(b.to, b.similarity) for b in self.words.neighbours(word, self.settings.bridge)]

    def _dense(self, query_vector: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        k = min(self.index.vectors.ntotal, self.settings.candidates)
        distances, ids = self.index.vectors.search(query_vector.reshape(1, -1), k)
        return ids[0].astype(np.int64), distances[0]

    def _passages(self, scores: dict[int, float]) -> list[RankedPassage]:
        """Each passage around a candidate sentence: its best sentence's score, plus some of its others'."""
        index, context = self.index, self.settings.context
        ranked = []
        for p in sorted({p for sentence in scores for p in index.passages_of[sentence]}):
            members = [scores.get(s, 0.0) for s in index.passages[p].sentences]
            top = max(range(len(members)), key=members.__getitem__)
            others = sum(max(0.0, m) for i, m in enumerate(members) if i != top)
            ranked.append(RankedPassage(p, members[top] + context * others, index.passages[p].sentences[top]))
        return sorted(ranked, key=lambda r: (-r.score, r.passage))

    def _focus_coverage(self, terms: QueryTerms, ranked: list[RankedPassage]) -> float:
        """How much of what is specific in the question (not a title word) one passage holds."""
        total = sum(t.weight for t in terms.terms if t.stem not in self.topic_stems)
        if not total:
            return 1.0
        best = 0.0
        for candidate in ranked:
            best = max(best, terms.found(self.passage_stems[candidate.passage], skip=self.topic_stems) / total)
        return best
