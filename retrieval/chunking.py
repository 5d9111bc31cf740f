"""Cutting documents into sentences and citable passages that keep exact character offsets.

Sentences come from pysbd, run on a copy of the text in which quotation marks are blanked out:
pysbd keeps a whole multi-sentence quotation as one "sentence" (600 characters here), which is
too coarse to cite. Blanking keeps every offset, and the marks are put back at the edges.
A bare elision marker such as "[...]" is kept with the sentence before it.

Passages are windows of 1 to ``window`` consecutive sentences of one paragraph, at most
``max_chars`` long, so a passage never cuts a sentence (only a single sentence longer than
``max_chars`` is cut, at the last clause or word boundary, because citations have a hard limit).

Sentences are also seen through runs of a few words (``piece_words``), embedded on their own: one
clause of a long sentence ("after it premiered last year") answers a question that the whole
sentence's vector, averaged over everything else it says, matches only weakly.

A sentence that refers back ("They call it unstoppable," he said.) is also read in context, after
the first sentence of its paragraph, which says who "they" are ("Netflix ordered a sequel...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .schema import Document, Passage, Sentence

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_QUOTES = "\"\u201c\u201d\u00ab\u00bb"
_BLANK_QUOTES = str.maketrans(dict.fromkeys(_QUOTES, " "))
_NO_WORDS = re.compile(r"^[\W_]+$")  # "[...]", "…", "--": nothing to read on its own
_CLAUSE_END = re.compile(r"[,;:\u2014)](?=\s)|\s")
# Words by which a sentence points back at what an earlier one named: "They call it...", "So yeah, they...".
_POINTING_BACK = frozenset({
    "he", "she", "it", "its", "it's", "they", "them", "their", "they've", "they're", "theyre", "he's", "she's",
    "his", "her", "this", "that", "these", "those", "which",
})
_FIRST_WORDS = 4  # how far into a sentence a pointing word still stands for its subject


@dataclass(frozen=True)
class ChunkingSettings:
    """Part of the index's cache key: changing any of these rebuilds the index."""

    max_chars: int = 500
    window: int = 3
    piece_words: tuple[int, ...] = (6, 12)  # sizes of the word runs each longer sentence is also embedded as
    version: int = 1  # bump when the algorithm changes in a way the fields do not show


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd  # imported lazily: only building an index needs it, not a start from the cache

    return pysbd.Segmenter(language="en", clean=False)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank block of text between blank lines, whitespace trimmed."""
    spans, pos = [], 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        span = _strip(text, pos, end)
        if span:
            spans.append(span)
        if brk:
            pos = brk.end()
    return spans


def split_sentences(text: str, doc: int = 0, max_chars: int = 500) -> list[Sentence]:
    """Sentences of ``text`` with exact offsets, paragraph by paragraph."""
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(split_paragraphs(text)):
        spans: list[tuple[int, int]] = []
        for start, end in _sentence_spans(text, p_start, p_end):
            if spans and _NO_WORDS.match(text[start:end]):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        for start, end in spans:
            for piece_start, piece_end in _cut_long(text, start, end, max_chars):
                sentences.append(Sentence(doc, paragraph, piece_start, piece_end, text[piece_start:piece_end]))
    return sentences


def make_passages(sentences: list[Sentence], settings: ChunkingSettings, text: str) -> list[Passage]:
    """Every window of 1..window consecutive sentences of one paragraph that fits in max_chars."""
    passages: list[Passage] = []
    for first, sentence in enumerate(sentences):
        for last in range(first, min(first + settings.window, len(sentences))):
            tail = sentences[last]
            if tail.paragraph != sentence.paragraph or tail.doc != sentence.doc:
                break
            if tail.end - sentence.start > settings.max_chars:
                break
            passages.append(
                Passage(
                    doc=sentence.doc,
                    start=sentence.start,
                    end=tail.end,
                    text=text[sentence.start : tail.end],
                    sentences=tuple(range(first, last + 1)),
                )
            )
    return passages


def chunk_documents(
    documents: list[Document], settings: ChunkingSettings
) -> tuple[list[Sentence], list[Passage]]:
    """Sentences and passages of all documents; their ``doc`` fields index ``documents``."""
    sentences: list[Sentence] = []
    passages: list[Passage] = []
    for index, document in enumerate(documents):
        doc_sentences = split_sentences(document.text, index, settings.max_chars)
        offset = len(sentences)
        for passage in make_passages(doc_sentences, settings, document.text):
            passages.append(
                Passage(passage.doc, passage.start, passage.end, passage.text,
                        tuple(i + offset for i in passage.sentences))
            )
        sentences.extend(doc_sentences)
    return sentences, passages


def refers_back(text: str) -> bool:
    """Whether a sentence opens by pointing back at something named before it ("They call it unstoppable")."""
    return not _POINTING_BACK.isdisjoint(re.findall(r"[a-z']+", text.lower())[:_FIRST_WORDS])


def in_context(sentences: list[Sentence]) -> dict[int, str]:
    """For each sentence that refers back, not the first of its paragraph: the paragraph's first
    sentence and itself, the text that says what its "they" or "it" stands for."""
    contexts: dict[int, str] = {}
    lead = 0
    for i, sentence in enumerate(sentences):
        if i and (sentence.doc, sentence.paragraph) != (sentences[i - 1].doc, sentences[i - 1].paragraph):
            lead = i
        if i != lead and refers_back(sentence.text):
            contexts[i] = f"{sentences[lead].text} {sentence.text}"
    return contexts


def quoted(text: str, sentences: list[Sentence]) -> list[bool]:
    """Whether each sentence of ``text`` is inside a quotation: it opens with a quotation mark, or its
    paragraph has an odd number of them before it ("They call it unstoppable," he said.)."""
    paragraphs = split_paragraphs(text)
    flags = []
    for sentence in sentences:
        start = next((p_start for p_start, p_end in paragraphs if p_start <= sentence.start < p_end), 0)
        before = sum(text.count(mark, start, sentence.start) for mark in _QUOTES)
        flags.append(before % 2 == 1 or sentence.text.startswith(tuple(_QUOTES)))
    return flags


def word_runs(text: str, size: int) -> list[str]:
    """Runs of ``size`` words overlapping by half, covering ``text``; none if it is that short already."""
    tokens = text.split()
    if len(tokens) <= size:
        return []
    step = max(1, size // 2)
    starts = list(range(0, len(tokens) - size + 1, step))
    if starts[-1] + size < len(tokens):
        starts.append(len(tokens) - size)
    return [" ".join(tokens[i : i + size]) for i in starts]


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    blanked = text[start:end].translate(_BLANK_QUOTES)
    spans, cursor = [], 0
    for segment in _segmenter().segment(blanked):
        found = blanked.find(segment, cursor)
        if found < 0:  # pysbd altered the text: fall back to its reported length
            found = cursor
        cursor = found + len(segment)
        span = _strip(blanked, found, cursor)  # blanked: a quotation mark at an edge is stripped too
        if span:
            spans.append(_with_quotes(text, start + span[0], start + span[1], start, end))
    return spans


def _with_quotes(text: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    """Give a sentence back the quotation marks that were blanked at its edges."""
    while s > lo and text[s - 1] in _QUOTES and (s - 1 == lo or not text[s - 2].isalnum()):
        s -= 1
    while e < hi and text[e] in _QUOTES and (e + 1 == hi or not text[e + 1].isalnum()):
        e += 1
    return s, e


def _cut_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cuts = [m.end() for m in _CLAUSE_END.finditer(window) if m.end() > max_chars // 2]
        cut = start + (cuts[-1] if cuts else max_chars)
        span = _strip(text, start, cut)
        if span:
            pieces.append(span)
        start = _strip(text, cut, end)[0] if _strip(text, cut, end) else end
    if start < end:
        pieces.append((start, end))
    return pieces


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
