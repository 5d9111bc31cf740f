"""``python bot.py`` before Discord: each way to fail is one clear line on stderr and an exit status."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_bot(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "ANSWER_", "ASK_", "LOG_"))}
    # Every variable given explicitly (even as ""), so a developer's .env cannot change the outcome.
    given = {"DISCORD_TOKEN": "", "ANSWER_CHANNEL_IDS": "", "PYTHONPATH": str(REPO)} | env
    return subprocess.run(
        [sys.executable, str(REPO / "bot.py"), *args],
        capture_output=True,
        text=True,
        env=base | given,
        cwd=REPO,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_without_a_token_it_says_how_to_set_one_and_exits_2() -> None:
    result = run_bot()
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "DISCORD_TOKEN is not set: put it in .env (see .env.example) or the environment; "
        "or run `python bot.py --console`"
    ]


def test_a_bad_answer_channel_list_is_one_line_naming_the_variable_and_exits_2() -> None:
    result = run_bot(DISCORD_TOKEN="x", ANSWER_CHANNEL_IDS="general")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("ANSWER_CHANNEL_IDS ") and "'general'" in line


def test_a_missing_knowledge_folder_is_one_line_without_a_traceback_and_exits_2(tmp_path: Path) -> None:
    result = run_bot("--console", KNOWLEDGE_DIR=str(tmp_path / "nowhere"), INDEX_DIR=str(tmp_path / "index"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("Cannot load the knowledge: ")
    assert "nowhere" in result.stderr.splitlines()[-1]


def test_the_token_is_never_printed() -> None:
    result = run_bot(DISCORD_TOKEN="secret-token-value", ANSWER_CHANNEL_IDS="bad")
    assert "secret-token-value" not in result.stdout + result.stderr
