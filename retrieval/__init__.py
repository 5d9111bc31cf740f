"""heroes-bot's retrieval library: documents -> passages -> hybrid index -> cited answers.

It knows nothing of Discord. The public API::

    engine = QAEngine.load()            # KNOWLEDGE_DIR / INDEX_DIR, cache reused when valid
    answer = engine.ask("when does filming start?")
    answer.answered, answer.text, answer.citations
    engine.sources()
"""

from .engine import QAEngine
from .errors import InvalidQuestionError, KnowledgeError, RetrievalError
from .schema import Answer, Citation, SourceInfo

__all__ = [
    "Answer",
    "Citation",
    "InvalidQuestionError",
    "KnowledgeError",
    "QAEngine",
    "RetrievalError",
    "SourceInfo",
]
