"""The QA set in tests/qa, run through the engine like ``python -m retrieval eval``, must stay above its floors.

The floors are what the engine measures today, minus a little noise; they stop regressions. The
targets (hit@1 >= 90 %, hit@3 >= 97.5 %, every off-topic question abstained, at most one answerable
question abstained) are met on this set; on sets written apart they are not yet: see the README.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from retrieval.evaluation import load_qa, score

from .conftest import QA_FILE, ROOT

FLOORS = {
    "hit_at_1": 0.92,
    "hit_at_3": 0.97,
    "offtopic_abstention_rate": 1.0,
    "unanswered_abstention_rate": 0.9,  # about the film, not in the article ("is there a trailer yet?")
}
MAX_FALSE_ABSTENTION = 0.02


@pytest.fixture(scope="module")
def report(engine):
    items = load_qa(QA_FILE)
    return score(items, [engine.ask(item.question) for item in items])


def test_the_qa_set_has_the_questions_people_ask():
    items = load_qa(QA_FILE)
    kinds = [item.kind for item in items]
    assert kinds.count("answerable") >= 80
    assert kinds.count("offtopic") >= 15
    assert kinds.count("unanswered") >= 10
    assert len({item.question.lower() for item in items}) == len(items)


def test_every_expected_text_is_in_the_knowledge(engine):
    text = "\n".join(doc.text for doc in engine.index.documents)
    for item in load_qa(QA_FILE):
        for expected in item.expect:
            assert expected in text, item.question


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_quality_stays_above_its_floor(report, metric):
    assert getattr(report, metric) >= FLOORS[metric], "\n".join(report.lines() + report.misses)


def test_answerable_questions_are_rarely_abstained(report):
    assert report.false_abstention_rate <= MAX_FALSE_ABSTENTION, "\n".join(report.misses)


def test_eval_prints_every_figure(cli_env):
    result = subprocess.run(
        [sys.executable, "-m", "retrieval", "eval"], cwd=ROOT, env=cli_env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    for figure in ("hit@1:", "hit@3:", "MRR:", "false abstention", "abstention on off-topic", "latency p50:", "p90:"):
        assert figure in result.stdout
