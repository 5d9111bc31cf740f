"""Loading the knowledge folder: every ``.md``/``.txt`` file is one document with an optional header.

A header is a block of ``key: value`` lines between two ``---`` lines at the very top::

    ---
    title: 'We Can Be Heroes 2': Major Update on the Netflix Sequel
    kind: news article
    ---
    <body>

Offsets everywhere in the library point into the body, so a citation is an exact span of the
original text. Without a ``title`` the first non-empty line of the body (or the file name) is used.
"""

from __future__ import annotations

from pathlib import Path

from .errors import KnowledgeError
from .schema import Document

SUFFIXES = (".md", ".txt")
_FENCE = "---"


def load_documents(folder: str | Path) -> list[Document]:
    """All documents in ``folder`` (not recursive), sorted by file name for a stable order."""
    root = Path(folder)
    if not root.exists():
        raise KnowledgeError(f"knowledge folder not found: {root} (set KNOWLEDGE_DIR to the folder)")
    if not root.is_dir():
        raise KnowledgeError(f"knowledge path is not a folder: {root}")
    files = sorted(p for p in root.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        raise KnowledgeError(f"knowledge folder has no .md or .txt documents: {root}")
    documents = [read_document(path, root) for path in files]
    if not any(doc.text.strip() for doc in documents):
        raise KnowledgeError(f"every document in the knowledge folder is empty: {root}")
    return [doc for doc in documents if doc.text.strip()]


def read_document(path: Path, root: Path) -> Document:
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KnowledgeError(f"not UTF-8 text: {path} (byte {exc.start}); save it as UTF-8") from None
    except OSError as exc:
        raise KnowledgeError(f"cannot read {path}: {exc.strerror}") from None
    raw = raw.removeprefix("\ufeff")
    metadata, body = parse_header(raw)
    title = metadata.get("title") or _first_line(body) or path.stem
    return Document(path=path.relative_to(root).as_posix(), title=title, text=body, metadata=metadata)


def parse_header(raw: str) -> tuple[dict[str, str], str]:
    """Split a leading ``---`` header from the body; text without one is all body."""
    lines = raw.splitlines(keepends=True)
    if not lines or lines[0].strip() != _FENCE:
        return {}, raw
    metadata: dict[str, str] = {}
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == _FENCE:
            return metadata, "".join(lines[i + 1 :])
        key, sep, value = line.partition(":")
        if sep and key.strip():
            metadata[key.strip().lower()] = value.strip()
    return {}, raw  # an unterminated fence is not a header


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")
