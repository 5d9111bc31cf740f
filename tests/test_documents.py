"""Loading the knowledge folder: headers, titles, and clear errors that name the path."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.documents import load_documents, parse_header
from retrieval.errors import KnowledgeError

from .conftest import KNOWLEDGE_DIR


def test_the_shipped_article_has_its_title_and_metadata_from_the_header():
    [doc] = load_documents(KNOWLEDGE_DIR)
    assert doc.title == "'We Can Be Heroes 2': Major Update on the Netflix Sequel"
    assert doc.metadata["kind"] == "news article"
    assert "Collider" in doc.metadata["quotes"]
    assert doc.text.startswith("'We Can Be Heroes 2'")  # offsets point into the body, not the header
    assert "title:" not in doc.text


def test_a_document_without_header_is_titled_by_its_first_line(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("\n\nCast notes\nPedro Pascal stars.", encoding="utf-8")
    [doc] = load_documents(tmp_path)
    assert doc.title == "Cast notes"
    assert doc.text == "\n\nCast notes\nPedro Pascal stars."


def test_documents_load_in_file_name_order_and_other_files_are_ignored(tmp_path: Path):
    (tmp_path / "b.md").write_text("B text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A text.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert [d.path for d in load_documents(tmp_path)] == ["a.txt", "b.md"]


def test_an_unterminated_header_is_treated_as_text():
    assert parse_header("---\ntitle: x\nno end") == ({}, "---\ntitle: x\nno end")


def test_a_byte_order_mark_is_not_part_of_the_text(tmp_path: Path):
    (tmp_path / "a.md").write_bytes("\ufeffHello there.".encode())
    assert load_documents(tmp_path)[0].text == "Hello there."


def test_a_missing_folder_is_named_in_the_error(tmp_path: Path):
    with pytest.raises(KnowledgeError, match=r"knowledge folder not found: .*nowhere"):
        load_documents(tmp_path / "nowhere")


def test_a_folder_without_documents_is_an_error(tmp_path: Path):
    (tmp_path / "readme.pdf").write_bytes(b"%PDF")
    with pytest.raises(KnowledgeError, match=r"no \.md or \.txt documents"):
        load_documents(tmp_path)


def test_only_empty_documents_is_an_error(tmp_path: Path):
    (tmp_path / "a.md").write_text("---\ntitle: Empty\n---\n   \n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="empty"):
        load_documents(tmp_path)


def test_a_file_that_is_not_utf8_is_named_in_the_error(tmp_path: Path):
    (tmp_path / "good.md").write_text("Fine.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 cr\xe8me".encode("latin-1"))
    with pytest.raises(KnowledgeError, match=r"not UTF-8 text: .*latin1\.txt"):
        load_documents(tmp_path)
