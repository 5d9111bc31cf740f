"""What people type, before it reaches the engine: checks, and finding the question in a message."""

from __future__ import annotations

import re

MAX_QUESTION_CHARS = 300  # a question, not an essay; also keeps the echoed question short

_QUESTION_WORDS = frozenset(
    [
        "who",
        "whom",
        "whose",
        "what",
        "which",
        "when",
        "where",
        "why",
        "how",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "can",
        "could",
        "do",
        "does",
        "did",
        "should",
    ]
)


class RejectedQuestion(ValueError):
    """The text cannot be asked as is; the message says why, to the person who typed it."""


def check_question(text: str) -> str:
    """The question with its whitespace collapsed; raises ``RejectedQuestion`` if blank or too long."""
    question = " ".join((text or "").split())
    if not question:
        raise RejectedQuestion("Ask me a question about the article, e.g. “When does filming begin?”")
    if len(question) > MAX_QUESTION_CHARS:
        raise RejectedQuestion(
            f"That question is {len(question)} characters long: keep it under {MAX_QUESTION_CHARS}, please."
        )
    return question


def strip_mention(content: str, user_id: int, role_id: int | None = None) -> str:
    """The message without mentions of ``user_id`` (``<@id>``, ``<@!id>``) or of ``role_id`` (``<@&id>``),
    nor the punctuation after them."""
    mention = rf"<@!?{user_id}>" if role_id is None else rf"(?:<@!?{user_id}>|<@&{role_id}>)"
    text = re.sub(rf"{mention}[\s,:;.!-]*", " ", content)
    return " ".join(text.split())


def mentions_user(content: str, user_id: int) -> bool:
    return re.search(rf"<@!?{user_id}>", content) is not None


def looks_like_question(text: str) -> bool:
    """True for text ending with ``?`` or starting with a question word ("when does ...")."""
    text = text.strip()
    if not text:
        return False
    if text.rstrip("\"')\u201d\u2019").endswith("?"):
        return True
    first = re.match(r"[A-Za-z']+", text)
    return first is not None and first.group().lower() in _QUESTION_WORDS
