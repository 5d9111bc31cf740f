"""The searchable knowledge: sentences, passages, their vectors (FAISS) and the BM25 side, cached on disk.

Each sentence is embedded with its subject's names replaced by plain words (see ``names``), and
also as runs of a few words (see ``chunking``): the pieces have their own FAISS index, each piece
pointing back to its sentence and saying which run length it is. A sentence that refers back ("They
call it unstoppable") has one more vector: itself read after its paragraph's first sentence.

The cache is one file, ``INDEX_DIR/knowledge.index`` (see ``store``), keyed by a hash of the
documents, the model and the chunking settings: a cache with another key is rebuilt quietly; a
damaged one (truncated, altered, not ours) is reported in one warning line and rebuilt.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

import faiss
import numpy as np

from . import store
from .chunking import ChunkingSettings, chunk_documents, in_context, word_runs
from .embedding import Embedder
from .lexical import LexicalIndex
from .names import Names
from .schema import Document, Passage, Sentence

log = logging.getLogger(__name__)

CACHE_FILE = "knowledge.index"
FORMAT = "knowledge-index/5"  # bump when what is stored changes


@dataclass
class KnowledgeIndex:
    documents: list[Document]
    sentences: list[Sentence]
    passages: list[Passage]
    vectors: faiss.Index  # one vector per sentence, inner product = cosine
    pieces: faiss.Index  # one vector per run of words of a sentence
    piece_sentence: np.ndarray  # the sentence each piece comes from
    piece_view: np.ndarray  # which of ChunkingSettings.piece_words each piece is (0, 1, ...)
    views: int  # how many run lengths there are
    contexts: faiss.Index  # one vector per sentence that refers back, read after its paragraph's first
    context_sentence: np.ndarray  # the sentence each of those is
    key: str

    def __post_init__(self) -> None:
        self.names = Names.of(self.documents)
        self.lexical = LexicalIndex([s.text for s in self.sentences])
        # Passages by sentence, so ranking can go from a matching sentence to the windows around it.
        self.passages_of: list[list[int]] = [[] for _ in self.sentences]
        for p, passage in enumerate(self.passages):
            for s in passage.sentences:
                self.passages_of[s].append(p)

    # -- building ---------------------------------------------------------------------------------
    @classmethod
    def build(
        cls, documents: list[Document], embedder: Embedder, settings: ChunkingSettings, *, progress: bool = False
    ) -> KnowledgeIndex:
        sentences, passages = chunk_documents(documents, settings)
        names = Names.of(documents)
        texts = [names.normalise(s.text) for s in sentences]
        pieces, owners, views = [], [], []
        for i, text in enumerate(texts):
            for view, size in enumerate(settings.piece_words):
                for run in word_runs(text, size):
                    pieces.append(run)
                    owners.append(i)
                    views.append(view)
        contexts = in_context(sentences)
        context_texts = [names.normalise(text) for text in contexts.values()]
        everything = texts + pieces + context_texts
        vectors = embedder.encode(everything, progress=progress and len(everything) > 256)
        after_pieces = len(texts) + len(pieces)
        return cls(
            documents, sentences, passages,
            vectors=_flat(vectors[: len(texts)]),
            pieces=_flat(vectors[len(texts) : after_pieces]),
            piece_sentence=np.array(owners, dtype=np.int64),
            piece_view=np.array(views, dtype=np.int64),
            views=len(settings.piece_words),
            contexts=_flat(vectors[after_pieces:]),
            context_sentence=np.array(list(contexts), dtype=np.int64),
            key=cache_key(documents, embedder, settings),
        )

    # -- the cache file ---------------------------------------------------------------------------
    def save(self, index_dir: Path) -> Path:
        meta = {
            "documents": [asdict(d) for d in self.documents],
            "sentences": [[s.doc, s.paragraph, s.start, s.end] for s in self.sentences],
            "passages": [[p.doc, p.start, p.end, list(p.sentences)] for p in self.passages],
            "pieces": [self.piece_sentence.tolist(), self.piece_view.tolist()],
            "views": self.views,
            "contexts": self.context_sentence.tolist(),
        }
        blobs = {
            "vectors": faiss.serialize_index(self.vectors).tobytes(),
            "pieces": faiss.serialize_index(self.pieces).tobytes(),
            "contexts": faiss.serialize_index(self.contexts).tobytes(),
        }
        path = index_dir / CACHE_FILE
        store.write(path, self.key, meta, blobs)
        return path

    @classmethod
    def load(cls, index_dir: Path, key: str) -> KnowledgeIndex:
        """The cached index for ``key``; ``store.CacheError`` if it is missing, stale or damaged."""
        path = index_dir / CACHE_FILE
        meta, blobs = store.read(path, key)
        vectors = faiss.deserialize_index(np.frombuffer(blobs["vectors"], dtype=np.uint8))
        pieces = faiss.deserialize_index(np.frombuffer(blobs["pieces"], dtype=np.uint8))
        contexts = faiss.deserialize_index(np.frombuffer(blobs["contexts"], dtype=np.uint8))
        context_ids = np.array(meta["contexts"], dtype=np.int64)
        owners, views = (np.array(column, dtype=np.int64) for column in meta["pieces"])
        documents = [Document(**d) for d in meta["documents"]]
        sentences = [
            Sentence(doc, para, start, end, documents[doc].text[start:end])
            for doc, para, start, end in meta["sentences"]
        ]
        passages = [
            Passage(doc, start, end, documents[doc].text[start:end], tuple(ids))
            for doc, start, end, ids in meta["passages"]
        ]
        if vectors.ntotal != len(sentences) or pieces.ntotal != len(owners) or len(owners) != len(views):
            raise store.CacheError(f"{path} is inconsistent ({vectors.ntotal} vectors, {len(sentences)} sentences)")
        if contexts.ntotal != len(context_ids):
            raise store.CacheError(f"{path} is inconsistent ({contexts.ntotal} vectors, {len(context_ids)} in context)")
        for ids, what in ((owners, "a piece"), (context_ids, "a context")):
            if ids.size and (ids.min() < 0 or ids.max() >= len(sentences)):
                raise store.CacheError(f"{path} is inconsistent ({what} of a sentence that does not exist)")
        return cls(
            documents, sentences, passages, vectors, pieces, owners, views, int(meta["views"]),
            contexts, context_ids, key,
        )


def _flat(vectors: np.ndarray) -> faiss.Index:
    # Exact search: the corpus is small, and exactness keeps answers stable across rebuilds.
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    return index


def cache_key(documents: list[Document], embedder: Embedder, settings: ChunkingSettings) -> str:
    return store.digest(
        FORMAT,
        embedder.fingerprint,
        json.dumps(asdict(settings), sort_keys=True),
        *(json.dumps(asdict(d), sort_keys=True, ensure_ascii=False) for d in documents),
    )


def load_or_build(
    documents: list[Document], embedder: Embedder, settings: ChunkingSettings, index_dir: Path,
    *, progress: bool = False, force: bool = False,
) -> tuple[KnowledgeIndex, bool]:
    """The index for these documents, from the cache when it is valid; (index, rebuilt?)."""
    key = cache_key(documents, embedder, settings)
    if not force:
        try:
            return KnowledgeIndex.load(index_dir, key), False
        except store.StaleCache:
            pass
        except (store.CacheError, ValueError, KeyError, TypeError, IndexError, RuntimeError) as exc:
            log.warning("index cache unusable, rebuilding: %s", exc)
    index = KnowledgeIndex.build(documents, embedder, settings, progress=progress)
    try:
        index.save(index_dir)
    except OSError as exc:  # a read-only INDEX_DIR costs a rebuild per start, not the answer
        log.warning("cannot write the index cache to %s: %s", index_dir, exc.strerror or exc)
    return index, True
