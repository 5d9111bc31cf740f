"""Cache files: one file each, written atomically, self-checking.

Layout: magic, body length, SHA-256 of the body, then the body: a JSON header (the key the file
was built for, metadata, the byte length of each blob) followed by the blobs. A file that is
truncated, altered or not ours raises ``CacheError`` with a short reason; so does one built for
another key ("stale"), which is the normal way a cache goes out of date.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

_MAGIC = b"HEROES-CACHE\x00v1\n"
_HEADER = struct.Struct("<Q32s")  # body length, sha256 of the body
_LENGTH = struct.Struct("<Q")


class CacheError(Exception):
    """The cache file cannot be used; the message says why in a few words."""


class StaleCache(CacheError):
    """Missing, or built for other inputs: rebuild quietly."""


def write(path: Path, key: str, meta: dict, blobs: dict[str, bytes]) -> None:
    header = json.dumps(
        {"key": key, "meta": meta, "blobs": [[name, len(data)] for name, data in blobs.items()]},
        ensure_ascii=False,
    ).encode("utf-8")
    body = b"".join([_LENGTH.pack(len(header)), header, *blobs.values()])
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(_MAGIC + _HEADER.pack(len(body), hashlib.sha256(body).digest()))
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)  # readers see the old file or the new one, never half of one
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read(path: Path, key: str) -> tuple[dict, dict[str, memoryview]]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise StaleCache(f"{path} does not exist yet") from None
    except OSError as exc:
        raise CacheError(f"cannot read {path}: {exc.strerror}") from None
    if not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + _HEADER.size:
        raise CacheError(f"{path} is not a heroes-bot cache file")
    length, digest = _HEADER.unpack_from(data, len(_MAGIC))
    body = memoryview(data)[len(_MAGIC) + _HEADER.size :]
    if len(body) != length:
        raise CacheError(f"{path} is truncated ({len(body)} of {length} bytes)")
    if hashlib.sha256(body).digest() != digest:
        raise CacheError(f"{path} is corrupt (checksum mismatch)")
    (header_length,) = _LENGTH.unpack_from(body)
    header = json.loads(bytes(body[_LENGTH.size : _LENGTH.size + header_length]).decode("utf-8"))
    if header["key"] != key:
        raise StaleCache(f"{path} was built for other inputs")
    blobs, offset = {}, _LENGTH.size + header_length
    for name, size in header["blobs"]:
        blobs[name] = body[offset : offset + size]
        offset += size
    return header["meta"], blobs


def digest(*parts: str) -> str:
    """A cache key from the parts that decide a file's content."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def cached_vectors(
    path: Path, key: str, rows: int, build: Callable[[], np.ndarray], *, meta: dict, what: str
) -> np.ndarray:
    """``rows`` vectors cached in ``path`` (as float16) for ``key``: read back, or made by ``build`` and saved. A
    damaged cache is reported in one warning line naming ``what`` and rebuilt; one that cannot be written, reported."""
    try:
        _, blobs = read(path, key)
        return np.frombuffer(blobs["vectors"], dtype=np.float16).reshape(rows, -1).astype(np.float32)
    except StaleCache:
        pass
    except (CacheError, KeyError, ValueError) as exc:
        log.warning("%s unusable, rebuilding: %s", what, exc)
    vectors = build()
    try:
        write(path, key, meta, {"vectors": vectors.astype(np.float16).tobytes()})
    except OSError as exc:
        log.warning("cannot write the %s to %s: %s", what, path.parent, exc.strerror or exc)
    return vectors
