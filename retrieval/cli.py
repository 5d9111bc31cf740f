"""``python -m retrieval``: ask, build, eval. The JSON output is a contract other tools read.

    python -m retrieval ask [--json] [--top-k K] QUESTION
    python -m retrieval ask --json --batch FILE      (one question per line, "-" for stdin)
    python -m retrieval build [--force]
    python -m retrieval eval [FILE]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from dataclasses import asdict
from pathlib import Path

from .errors import InvalidQuestionError, RetrievalError
from .schema import Answer

DEFAULT_QA = Path(__file__).resolve().parent.parent / "tests" / "qa" / "questions.jsonl"
EXIT_USAGE = 2
EXIT_ERROR = 1


def main(argv: list[str] | None = None) -> int:
    from dotenv import load_dotenv

    load_dotenv()  # KNOWLEDGE_DIR / INDEX_DIR from .env; variables already set win
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s", stream=sys.stderr)
    args = _parse(sys.argv[1:] if argv is None else argv)
    try:
        return args.run(args)
    except InvalidQuestionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RetrievalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (| head): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _parse(argv: list[str]) -> argparse.Namespace:
    parser, commands = _parser()
    if not argv or argv[0] not in commands:
        return parser.parse_args(argv)  # prints usage (or help) and exits 2
    # Each command parses on its own so options may come before or after the question's words,
    # which argparse cannot do for a subcommand.
    return commands[argv[0]].parse_intermixed_args(argv[1:])


def _parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The top-level parser, and each command's parser by name."""
    parser = argparse.ArgumentParser(prog="python -m retrieval", description="Cited answers from the knowledge.")
    commands = parser.add_subparsers(dest="command", required=True)

    ask = commands.add_parser("ask", help="answer a question (or a file of questions)")
    ask.add_argument("question", nargs="*", help="the question (quotes optional)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--top-k", type=_positive, default=3, metavar="K", help="citations at most (default 3)")
    ask.add_argument("--batch", metavar="FILE", help="questions one per line ('-' for stdin)")
    ask.set_defaults(run=_ask)

    build = commands.add_parser("build", help="build or refresh the index cache")
    build.add_argument("--force", action="store_true", help="rebuild even when the cache is valid")
    build.set_defaults(run=_build)

    evaluate = commands.add_parser("eval", help="score a QA set (JSON Lines)")
    evaluate.add_argument("file", nargs="?", default=str(DEFAULT_QA), help=f"default: {DEFAULT_QA}")
    evaluate.add_argument("--top-k", type=_positive, default=3, metavar="K")
    evaluate.add_argument("--misses", action="store_true", help="list every question not answered right")
    evaluate.set_defaults(run=_eval)
    return parser, commands.choices


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _engine(**kwargs):
    from .engine import QAEngine  # imported here so --help and usage errors stay instant

    return QAEngine.load(**kwargs)


def _ask(args: argparse.Namespace) -> int:
    if args.batch and args.question:
        raise InvalidQuestionError("give either a question or --batch FILE, not both")
    if args.batch:
        questions = _read_batch(args.batch)
    else:
        question = " ".join(args.question).strip()
        if not question:
            raise InvalidQuestionError("the question is empty: python -m retrieval ask \"when does filming start?\"")
        questions = [question]
    engine = _engine()
    engine.warm_up()  # latency_ms is the time to answer with the model loaded, as the contract says
    for question in questions:
        answer = engine.ask(question, top_k=args.top_k)
        print(json.dumps(answer_json(answer), ensure_ascii=False) if args.json else format_answer(answer), flush=True)
    return 0


def _read_batch(path: str) -> list[str]:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RetrievalError(f"cannot read questions from {path}: {exc}") from None
    return [line.strip() for line in text.splitlines() if line.strip()]


def _build(args: argparse.Namespace) -> int:
    engine = _engine(progress=True, rebuild=args.force)
    sources = engine.sources()
    state = "built" if engine.rebuilt else "up to date"
    passages = sum(s.passages for s in sources)
    print(f"index {state}: {len(sources)} document(s), {passages} passages, {len(engine.index.sentences)} sentences")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from .evaluation import load_qa, score

    items = load_qa(args.file)
    engine = _engine()
    engine.warm_up()
    answers = [engine.ask(item.question, top_k=args.top_k) for item in items]
    report = score(items, answers)
    print("\n".join(report.lines()))
    if args.misses and report.misses:
        print("\n".join(["", "not right:", *report.misses]))
    return 0


def answer_json(answer: Answer) -> dict:
    return {
        "question": answer.question,
        "answered": answer.answered,
        "answer": answer.text,
        "citations": [asdict(c) for c in answer.citations],
        "latency_ms": answer.latency_ms,
    }


def format_answer(answer: Answer) -> str:
    lines = [answer.text]
    for c in answer.citations:
        lines.append(f'  [{c.n}] "{c.passage}"')
        lines.append(f"      {c.source}, characters {c.start}-{c.end}")
    return "\n".join(lines)
