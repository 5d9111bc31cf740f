"""The typed records that cross module boundaries (and the package boundary)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One knowledge file: its body text (offsets point into it) and its header metadata."""

    path: str  # relative to the knowledge folder, e.g. "we-can-be-heroes-2.md"
    title: str
    text: str
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document; ``doc.text[start:end] == text``."""

    doc: int  # index into the corpus' documents
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Passage:
    """A citable chunk: whole consecutive sentences of one paragraph, ``doc.text[start:end] == text``."""

    doc: int
    start: int
    end: int
    text: str
    sentences: tuple[int, ...]  # indices into the corpus' sentences


@dataclass(frozen=True)
class Citation:
    """A numbered quote of the knowledge supporting an answer."""

    n: int
    source: str  # the document's title
    passage: str  # exactly document.text[start:end], at most 500 characters
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class Answer:
    """What the library says to a question: an answer with citations, or an abstention."""

    question: str
    answered: bool
    text: str
    citations: tuple[Citation, ...] = ()
    latency_ms: float = 0.0


@dataclass(frozen=True)
class SourceInfo:
    """What the knowledge holds, per document (for listings such as ``/sources``)."""

    title: str
    path: str
    characters: int
    passages: int
