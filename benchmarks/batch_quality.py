"""Quality of a QA set measured the way an outside tool sees it: through ``ask --json --batch``.

``python -m retrieval eval`` scores answers in-process; this runs the CLI contract instead (one
fresh process, the questions on stdin, one JSON line back per question) and scores those lines with
the same rules, so a figure quoted for a held-out set is what the contract delivers.

    .venv/bin/python benchmarks/batch_quality.py QA_FILE [--misses]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.evaluation import load_qa, score  # noqa: E402  (after the path is set)
from retrieval.schema import Answer, Citation  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("qa_file")
    parser.add_argument("--misses", action="store_true", help="list every question not answered right")
    args = parser.parse_args()
    items = load_qa(args.qa_file)
    result = subprocess.run(
        [sys.executable, "-m", "retrieval", "ask", "--json", "--batch", "-"],
        input="\n".join(item.question for item in items) + "\n",
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        print(result.stderr.strip(), file=sys.stderr)
        return result.returncode
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    if len(lines) != len(items):
        print(f"expected {len(items)} answers, got {len(lines)}", file=sys.stderr)
        return 1
    answers = [
        Answer(
            question=line["question"],
            answered=line["answered"],
            text=line["answer"],
            citations=tuple(Citation(**citation) for citation in line["citations"]),
            latency_ms=line["latency_ms"],
        )
        for line in lines
    ]
    report = score(items, answers)
    print("\n".join(report.lines()))
    if args.misses and report.misses:
        print("\nnot right:\n" + "\n".join(report.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
