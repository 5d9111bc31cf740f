"""The quality harness: a QA set in JSON Lines, run through the engine, scored.

Each line: ``{"question": str, "kind": "answerable" | "offtopic" | "unanswered", "expect": [str, ...]}``.
An answerable question is a hit at rank r when one of its ``expect`` strings appears in citation r.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from .errors import RetrievalError
from .schema import Answer

KINDS = ("answerable", "offtopic", "unanswered")


@dataclass(frozen=True)
class QAItem:
    question: str
    kind: str
    expect: tuple[str, ...] = ()


@dataclass
class Report:
    answerable: int = 0
    offtopic: int = 0
    unanswered: int = 0
    hit_at_1: float = 0.0
    hit_at_3: float = 0.0
    mrr: float = 0.0
    false_abstention_rate: float = 0.0  # answerable questions abstained
    offtopic_abstention_rate: float = 0.0
    unanswered_abstention_rate: float = 0.0
    latency_p50_ms: float = 0.0
    latency_p90_ms: float = 0.0
    misses: list[str] = field(default_factory=list)  # what went wrong, one line per question

    def lines(self) -> list[str]:
        return [
            f"questions: {self.answerable} answerable, {self.offtopic} off-topic, "
            f"{self.unanswered} about the film but not in the article",
            f"hit@1: {self.hit_at_1:.1%}   hit@3: {self.hit_at_3:.1%}   MRR: {self.mrr:.3f}",
            f"false abstention (answerable abstained): {self.false_abstention_rate:.1%}",
            f"abstention on off-topic: {self.offtopic_abstention_rate:.1%}   "
            f"on not-in-article: {self.unanswered_abstention_rate:.1%}",
            f"latency p50: {self.latency_p50_ms:.1f} ms   p90: {self.latency_p90_ms:.1f} ms",
        ]


def load_qa(path: str | Path) -> list[QAItem]:
    items = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RetrievalError(f"cannot read QA set {path}: {exc}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            item = QAItem(row["question"], row.get("kind", "answerable"), tuple(row.get("expect", ())))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise RetrievalError(f"{path}:{number}: not a QA line ({exc})") from None
        if item.kind not in KINDS or (item.kind == "answerable" and not item.expect):
            raise RetrievalError(f"{path}:{number}: kind must be one of {KINDS}; answerable needs expect")
        items.append(item)
    if not items:
        raise RetrievalError(f"QA set {path} has no questions")
    return items


def hit_rank(item: QAItem, answer: Answer) -> int | None:
    """1-based rank of the first citation holding an expected string, or None."""
    for citation in answer.citations:
        if any(expected in citation.passage for expected in item.expect):
            return citation.n
    return None


def score(items: list[QAItem], answers: list[Answer]) -> Report:
    report = Report()
    ranks: list[int | None] = []
    abstained = {kind: 0 for kind in KINDS}
    for item, answer in zip(items, answers, strict=True):
        setattr(report, item.kind, getattr(report, item.kind) + 1)
        if not answer.answered:
            abstained[item.kind] += 1
        if item.kind == "answerable":
            rank = hit_rank(item, answer) if answer.answered else None
            ranks.append(rank)
            if rank != 1:
                first = answer.citations[0].passage[:70] if answer.citations else "(abstained)"
                report.misses.append(f"rank {rank or '-'}: {item.question!r} -> {first!r}")
        elif answer.answered:
            report.misses.append(f"answered {item.kind}: {item.question!r} -> {answer.text[:70]!r}")
    if ranks:
        report.hit_at_1 = sum(r == 1 for r in ranks) / len(ranks)
        report.hit_at_3 = sum(r is not None and r <= 3 for r in ranks) / len(ranks)
        report.mrr = sum(1 / r for r in ranks if r) / len(ranks)
        report.false_abstention_rate = abstained["answerable"] / len(ranks)
    if report.offtopic:
        report.offtopic_abstention_rate = abstained["offtopic"] / report.offtopic
    if report.unanswered:
        report.unanswered_abstention_rate = abstained["unanswered"] / report.unanswered
    latencies = sorted(a.latency_ms for a in answers)
    report.latency_p50_ms = statistics.median(latencies)
    report.latency_p90_ms = latencies[min(len(latencies) - 1, int(0.9 * len(latencies)))]
    return report
