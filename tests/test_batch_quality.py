"""benchmarks/batch_quality.py scores a QA set through the CLI contract, like an outside tool would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def test_a_qa_set_is_scored_from_the_batch_json_lines(cli_env, tmp_path: Path):
    qa = tmp_path / "qa.jsonl"
    rows = [
        {"question": "when does filming start?", "kind": "answerable", "expect": ["2022"]},
        {"question": "boyd holbrook?", "kind": "answerable", "expect": ["Boyd Holbrook"]},
        {"question": "how do I bake sourdough bread?", "kind": "offtopic"},
    ]
    qa.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "batch_quality.py"), str(qa)],
        env=cli_env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "questions: 2 answerable, 1 off-topic" in result.stdout
    assert "hit@1: 100.0%" in result.stdout
    assert "abstention on off-topic: 100.0%" in result.stdout
