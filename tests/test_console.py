"""``python bot.py --console``: the bot's answers on stdin/stdout, run as a user would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import KNOWLEDGE_DIR

REPO = Path(__file__).resolve().parent.parent
LINES = [
    "",
    "when does filming start?",
    "   ",
    "/cast",
    "/release",
    "/ask",
    "/ask who is directing the sequel?",
    "/nope",
    "/sources",
    "/help",
    "what's the weather in Paris tomorrow?",
]


def run_console(env: dict[str, str], lines: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "bot.py"), "--console"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env | {"DISCORD_TOKEN": "", "PYTHONIOENCODING": "utf-8"},  # "": a .env file cannot set it
        cwd=REPO,
        timeout=120,
    )


@pytest.fixture(scope="module")
def console_env(engine, index_dir: Path) -> dict[str, str]:
    """The environment for the subprocess: the session's warm index (``engine`` built it), no token."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCORD_")}
    return env | {"KNOWLEDGE_DIR": str(KNOWLEDGE_DIR), "INDEX_DIR": str(index_dir), "PYTHONPATH": str(REPO)}


@pytest.fixture(scope="module")
def session(console_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """One console run over every line of ``LINES``, shared by the tests below."""
    return run_console(console_env, LINES)


def test_it_needs_no_token_and_exits_0_at_the_end_of_input(session: subprocess.CompletedProcess[str]) -> None:
    assert session.returncode == 0, session.stderr
    assert "DISCORD_TOKEN" not in session.stderr


def test_without_a_terminal_there_is_no_prompt(session: subprocess.CompletedProcess[str]) -> None:
    assert "heroes>" not in session.stdout


def test_a_plain_question_is_answered_with_numbered_quotes(session: subprocess.CompletedProcess[str]) -> None:
    assert "2022" in session.stdout
    assert "[1] “" in session.stdout and "chars " in session.stdout


def test_cast_lists_the_names_from_the_passage(session: subprocess.CompletedProcess[str]) -> None:
    assert "The cast: Pedro Pascal, Priyanka Chopra" in session.stdout
    assert "Vivien Blair and YaYa Gosselin." in session.stdout


def test_release_answers_filming_and_the_release_date(session: subprocess.CompletedProcess[str]) -> None:
    assert "no official release date" in session.stdout


def test_ask_without_a_question_shows_its_usage(session: subprocess.CompletedProcess[str]) -> None:
    assert "Usage: /ask <question>" in session.stdout


def test_ask_with_a_question_answers_it(session: subprocess.CompletedProcess[str]) -> None:
    assert "Robert Rodriguez" in session.stdout


def test_an_unknown_command_says_so_and_lists_the_commands(session: subprocess.CompletedProcess[str]) -> None:
    line = next(line for line in session.stdout.splitlines() if line.startswith("Unknown command"))
    assert "/nope" in line and "/ask" in line and "/cast" in line and "/help" in line


def test_sources_names_the_article(session: subprocess.CompletedProcess[str]) -> None:
    assert "We Can Be Heroes 2" in session.stdout and "we-can-be-heroes-2.md" in session.stdout


def test_help_lists_the_commands(session: subprocess.CompletedProcess[str]) -> None:
    for command in ("/ask <question>", "/cast", "/release", "/director", "/about", "/sources"):
        assert command in session.stdout


def test_an_off_topic_question_abstains_and_suggests_help(session: subprocess.CompletedProcess[str]) -> None:
    last = session.stdout.rstrip("\n").split("\n")
    assert "Try /help" in last[-1]
    assert "doesn't say" in last[-2]
