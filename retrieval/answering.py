"""From a ranking to an ``Answer``: abstain or answer, the short answer text, numbered citations."""

from __future__ import annotations

from dataclasses import dataclass

from .index import KnowledgeIndex
from .ranking import Ranking
from .schema import Answer, Citation


@dataclass(frozen=True)
class AbstentionSettings:
    """When the knowledge is taken not to cover a question.

    A question is answered when a sentence is very close in meaning (a paraphrase), or when it is
    reasonably close and one of the best passages holds enough of the question's specific terms
    (those not in the documents' titles). Off-topic questions fail both; so do questions about the
    film on things the article never mentions ("the budget of the sequel"), whose one specific term
    appears nowhere.
    """

    confident_dense: float = 0.60
    min_dense: float = 0.25
    min_focus: float = 0.30


ABSTENTION_TEXT = "The article doesn't say: nothing in what I know covers that question."


def decide(ranking: Ranking, settings: AbstentionSettings) -> bool:
    if not ranking.passages:
        return False
    if ranking.dense_max >= settings.confident_dense:
        return True
    return ranking.dense_max >= settings.min_dense and ranking.focus_coverage >= settings.min_focus


def compose(
    question: str, ranking: Ranking, index: KnowledgeIndex, *, top_k: int, settings: AbstentionSettings
) -> Answer:
    if not decide(ranking, settings):
        return Answer(question=question, answered=False, text=ABSTENTION_TEXT)
    citations = cite(ranking, index, top_k)
    best = ranking.passages[0].best_sentence
    return Answer(question=question, answered=True, text=answer_text(index.sentences[best].text), citations=citations)


def cite(ranking: Ranking, index: KnowledgeIndex, top_k: int) -> tuple[Citation, ...]:
    """The best passages, skipping any that repeats a sentence already quoted (same words count)."""
    chosen: list[Citation] = []
    quoted: set[str] = set()
    for ranked in ranking.passages:
        if len(chosen) >= top_k:
            break
        passage = index.passages[ranked.passage]
        texts = {_normalise(index.sentences[s].text) for s in passage.sentences}
        if texts & quoted:
            continue
        quoted |= texts
        chosen.append(
            Citation(
                n=len(chosen) + 1,
                source=index.documents[passage.doc].title,
                passage=passage.text,
                start=passage.start,
                end=passage.end,
                score=round(ranked.score, 4),
            )
        )
    return tuple(chosen)


def answer_text(sentence: str) -> str:
    """The answering sentence, with a quotation mark left open by the sentence split closed again."""
    text = sentence.strip()
    if text.count('"') % 2:
        if text.startswith('"'):
            text = text[1:]
        elif text.endswith('"'):
            text = text[:-1]
        else:
            text += '"'
    return text.strip()


def _normalise(text: str) -> str:
    return " ".join(text.lower().replace("[...]", " ").split())
