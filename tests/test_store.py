"""Cache files are written atomically and refuse to load when stale, truncated or altered."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import store


def write_sample(path: Path) -> None:
    store.write(path, "key-1", {"n": 3}, {"a": b"alpha", "b": b"\x00\x01\x02"})


def test_a_written_file_reads_back_the_same(tmp_path: Path):
    path = tmp_path / "x.cache"
    write_sample(path)
    meta, blobs = store.read(path, "key-1")
    assert meta == {"n": 3}
    assert bytes(blobs["a"]) == b"alpha" and bytes(blobs["b"]) == b"\x00\x01\x02"


def test_writing_leaves_no_temporary_file_behind(tmp_path: Path):
    write_sample(tmp_path / "x.cache")
    assert [p.name for p in tmp_path.iterdir()] == ["x.cache"]


def test_a_missing_file_or_another_key_is_stale(tmp_path: Path):
    path = tmp_path / "x.cache"
    with pytest.raises(store.StaleCache):
        store.read(path, "key-1")
    write_sample(path)
    with pytest.raises(store.StaleCache):
        store.read(path, "key-2")


def test_a_truncated_file_is_reported_as_such(tmp_path: Path):
    path = tmp_path / "x.cache"
    write_sample(path)
    path.write_bytes(path.read_bytes()[:-3])
    with pytest.raises(store.CacheError, match="truncated") as caught:
        store.read(path, "key-1")
    assert not isinstance(caught.value, store.StaleCache)


def test_a_flipped_byte_fails_the_checksum(tmp_path: Path):
    path = tmp_path / "x.cache"
    write_sample(path)
    data = bytearray(path.read_bytes())
    data[-2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(store.CacheError, match="corrupt"):
        store.read(path, "key-1")


def test_a_foreign_file_is_not_taken_for_a_cache(tmp_path: Path):
    path = tmp_path / "x.cache"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(store.CacheError, match="not a heroes-bot cache"):
        store.read(path, "key-1")


def test_a_failed_write_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "x.cache"
    write_sample(path)

    def crash(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(store.os, "replace", crash)
    with pytest.raises(OSError):
        store.write(path, "key-2", {}, {"a": b"new"})
    assert store.read(path, "key-1")[0] == {"n": 3}
    assert [p.name for p in tmp_path.iterdir()] == ["x.cache"]
