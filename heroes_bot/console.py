"""``python bot.py --console``: the bot's answers on stdin/stdout, without Discord or a token.

Each line is a question or a slash command (``/ask ...``, ``/cast``, ``/sources``, ``/help``);
the answers are rendering's text forms of what the bot would post.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from retrieval import QAEngine, RetrievalError

from .rendering import answer_as_text, help_as_text, sources_as_text
from .topics import TOPICS, TOPICS_BY_NAME, answer_topic
from .user_input import RejectedQuestion, check_question

PROMPT = "heroes> "
GREETING = "Ask a question about the article, or type /help. End with Ctrl-D."


class Console:
    """Turns one input line into the text to print."""

    def __init__(self, engine: QAEngine) -> None:
        self.engine = engine
        self.commands: dict[str, Callable[[str], str]] = {"ask": self.ask}
        for topic in TOPICS:
            self.commands[topic.name] = lambda _, name=topic.name: self.topic(name)
        self.commands["sources"] = lambda _: sources_as_text(self.engine.sources())
        self.commands["help"] = lambda _: help_as_text(TOPICS)

    def handle(self, line: str) -> str | None:
        """The reply to ``line``; ``None`` for a blank line."""
        line = line.strip()
        if not line:
            return None
        if not line.startswith("/"):
            return self.ask(line)
        name, _, rest = line[1:].partition(" ")
        command = self.commands.get(name.lower())
        if command is None:
            known = ", ".join(f"/{n}" for n in self.commands)
            return f"Unknown command /{name}. Commands: {known}. Or just type a question."
        return command(rest)

    def ask(self, text: str) -> str:
        if not text.strip():
            return "Usage: /ask <question>, e.g. /ask When does filming begin?"
        try:
            return answer_as_text(self.engine.ask(check_question(text)))
        except (RejectedQuestion, RetrievalError) as exc:
            return str(exc)

    def topic(self, name: str) -> str:
        return answer_as_text(answer_topic(TOPICS_BY_NAME[name], self.engine.ask))


def run_console(engine: QAEngine, stdin: TextIO, stdout: TextIO, *, interactive: bool) -> int:
    """Answer every line of ``stdin`` until it ends; a prompt only when a person is typing."""
    console = Console(engine)
    if interactive:
        print(GREETING, file=stdout)
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        reply = console.handle(line)
        if reply is not None:
            print(reply, end="\n\n", file=stdout)  # a blank line between answers
            stdout.flush()
    if interactive:
        print(file=stdout)  # end the prompt's line
    return 0
