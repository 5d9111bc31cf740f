"""Where the knowledge and the index cache live: environment variables, with project defaults."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def knowledge_dir(value: str | Path | None = None) -> Path:
    """``value``, else ``KNOWLEDGE_DIR``, else ``knowledge/`` in the project root."""
    return Path(value or os.environ.get("KNOWLEDGE_DIR") or PROJECT_ROOT / "knowledge")


def index_dir(value: str | Path | None = None) -> Path:
    """``value``, else ``INDEX_DIR``, else ``.index/`` in the project root."""
    return Path(value or os.environ.get("INDEX_DIR") or PROJECT_ROOT / ".index")
