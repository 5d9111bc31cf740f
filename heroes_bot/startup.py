"""What ``python bot.py`` runs: settings, logging, the engine, then Discord or the console.

Every way to fail before the bot is up ends with one line on stderr and an exit status:
2 for configuration (no token, a bad variable, a bad knowledge folder), 1 for Discord refusing us.
"""

from __future__ import annotations

import argparse
import logging
import sys

import aiohttp
import discord

from retrieval import KnowledgeError, QAEngine, RetrievalError

from .client import HeroesBot
from .config import ConfigError, Settings, load_settings
from .console import run_console

log = logging.getLogger("heroes_bot")

EXIT_DISCORD = 1
EXIT_CONFIG = 2
NO_TOKEN = (
    "DISCORD_TOKEN is not set: put it in .env (see .env.example) or the environment; or run `python bot.py --console`"
)
TOKEN_HELP = "Copy it again from the Developer Portal (your application > Bot > Reset Token)."
INTENT_REFUSED = (
    "Discord refused the Message Content intent, which ANSWER_CHANNEL_IDS needs: enable it in the Developer "
    "Portal (your application > Bot > Privileged Gateway Intents > Message Content Intent), or clear ANSWER_CHANNEL_IDS"
)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _main(args)
    except KeyboardInterrupt:  # Ctrl-C while loading: no traceback
        return 130


def _main(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
    except ConfigError as exc:
        return _fail(str(exc), EXIT_CONFIG)
    _configure_logging(settings.log_level)
    if args.console:
        return _run_console(settings)
    if not settings.token:
        return _fail(NO_TOKEN, EXIT_CONFIG)
    engine = _load_engine(settings)
    if engine is None:
        return EXIT_CONFIG
    return _run_discord(engine, settings)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python bot.py", description="heroes-bot: cited answers on Discord.")
    parser.add_argument(
        "--console", action="store_true", help="answer questions typed on stdin instead (no Discord, no token)"
    )
    return parser


def _configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s", stream=sys.stderr, force=True
    )


def _load_engine(settings: Settings) -> QAEngine | None:
    log.info("Loading the knowledge and the model...")
    try:
        engine = QAEngine.load(settings.knowledge_dir, settings.index_dir)
        engine.warm_up()  # so the first question is not the slow one
    except KnowledgeError as exc:
        _fail(f"Cannot load the knowledge: {exc}", EXIT_CONFIG)
        return None
    except RetrievalError as exc:
        _fail(f"Cannot start the question engine: {exc}", EXIT_CONFIG)
        return None
    log.info("Knowledge loaded: %s", ", ".join(s.title for s in engine.sources()))
    return engine


def _run_discord(engine: QAEngine, settings: Settings) -> int:
    bot = HeroesBot(engine, settings)
    try:
        bot.run(settings.token, log_handler=None)  # logging is configured above
    except discord.LoginFailure as exc:
        reason = str(exc).rstrip(".")
        return _fail(f"Discord rejected DISCORD_TOKEN: {reason}. {TOKEN_HELP}", EXIT_DISCORD)
    except discord.PrivilegedIntentsRequired:
        return _fail(INTENT_REFUSED, EXIT_DISCORD)
    except (aiohttp.ClientConnectionError, OSError) as exc:
        return _fail(f"Cannot reach Discord: {exc}", EXIT_DISCORD)
    return 0


def _run_console(settings: Settings) -> int:
    engine = _load_engine(settings)
    if engine is None:
        return EXIT_CONFIG
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # quotes hold typographic characters
    try:
        return run_console(engine, sys.stdin, sys.stdout, interactive=sys.stdin.isatty())
    except KeyboardInterrupt:  # Ctrl-C at the prompt ends the session like Ctrl-D
        print(file=sys.stdout)
        return 0


def _fail(message: str, status: int) -> int:
    print(message, file=sys.stderr)
    return status
