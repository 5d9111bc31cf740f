"""``python -m retrieval``: the JSON contract other tools read, the batch mode, and clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from retrieval.documents import load_documents

from .conftest import KNOWLEDGE_DIR, ROOT

FIELDS = {"question", "answered", "answer", "citations", "latency_ms"}
CITATION_FIELDS = {"n", "source", "passage", "start", "end", "score"}


def run(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "retrieval", *args],
        cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=300,
    )


def body_of(source: str) -> str:
    return next(doc.text for doc in load_documents(KNOWLEDGE_DIR) if doc.title == source)


def test_ask_json_follows_the_contract(cli_env):
    result = run(cli_env, "ask", "--json", "when does filming start?")
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    answer = json.loads(line)
    assert set(answer) == FIELDS
    assert answer["question"] == "when does filming start?"
    assert answer["answered"] is True and "2022" in answer["answer"]
    assert isinstance(answer["latency_ms"], float) and answer["latency_ms"] > 0
    assert [c["n"] for c in answer["citations"]] == [1, 2, 3]
    for citation in answer["citations"]:
        assert set(citation) == CITATION_FIELDS
        assert body_of(citation["source"])[citation["start"] : citation["end"]] == citation["passage"]
        assert len(citation["passage"]) <= 500
    assert "2022" in answer["citations"][0]["passage"]


def test_flags_may_follow_the_question_and_words_need_no_quotes(cli_env):
    result = run(cli_env, "ask", "who", "directs", "it?", "--top-k", "1", "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["question"] == "who directs it?"
    assert len(answer["citations"]) == 1


def test_plain_output_shows_the_answer_and_numbered_quotes(cli_env):
    result = run(cli_env, "ask", "is boyd holbrook in it?")
    assert result.returncode == 0, result.stderr
    assert "Boyd Holbrook" in result.stdout
    assert '[1] "' in result.stdout and "characters" in result.stdout


def test_batch_answers_every_line_in_order_with_one_model_load(cli_env, tmp_path: Path):
    questions = ["when does filming start?", "", "how do I bake bread?", "boyd holbrook?"]
    batch = tmp_path / "questions.txt"
    batch.write_text("\n".join(questions) + "\n", encoding="utf-8")
    result = run(cli_env, "ask", "--json", "--batch", str(batch))
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["question"] for a in answers] == [q for q in questions if q]
    assert [a["answered"] for a in answers] == [True, False, True]
    assert answers[1]["citations"] == []


def test_batch_reads_stdin_with_a_dash(cli_env):
    result = run(cli_env, "ask", "--json", "--batch", "-", stdin="who directs it?\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["answered"] is True


def test_a_blank_question_exits_2_with_one_clear_line(cli_env):
    result = run(cli_env, "ask", "   ")
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "empty" in line


def test_a_missing_knowledge_folder_is_one_line_without_traceback(cli_env, tmp_path: Path):
    env = dict(cli_env, KNOWLEDGE_DIR=str(tmp_path / "missing"))
    result = run(env, "ask", "who directs it?")
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert "knowledge folder not found" in line and "missing" in line


def test_a_file_that_is_not_utf8_is_named(cli_env, tmp_path: Path):
    (tmp_path / "notes.txt").write_bytes(b"caf\xe9")
    env = dict(cli_env, KNOWLEDGE_DIR=str(tmp_path))
    result = run(env, "build")
    assert result.returncode == 1
    assert "notes.txt" in result.stderr and "Traceback" not in result.stderr


def test_build_reports_a_valid_cache_as_up_to_date(cli_env):
    result = run(cli_env, "build")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("index up to date: 1 document(s)")
