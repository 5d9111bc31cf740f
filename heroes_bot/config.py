"""Settings, read once from the environment (and a ``.env`` file that never overrides it)."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(ValueError):
    """A setting has a bad value; the message is one line naming the variable."""


@dataclass(frozen=True)
class Settings:
    """Everything the bot is configured with. Only the token has no default."""

    token: str = field(repr=False)  # never in a repr, so never in a log line or traceback
    guild_id: int | None = None  # a development guild: commands are copied there and appear at once
    answer_channel_ids: frozenset[int] = frozenset()  # channels where questions need no mention
    knowledge_dir: str | None = None  # None: retrieval's default (KNOWLEDGE_DIR or knowledge/)
    index_dir: str | None = None  # None: retrieval's default (INDEX_DIR or .index/)
    log_level: str = "INFO"
    cooldown_rate: int = 10  # questions a user may ask ...
    cooldown_seconds: float = 60.0  # ... per this many seconds; 0 turns the cooldown off

    def __post_init__(self) -> None:
        # Accept any iterable of ids (a set, a list) from code that builds Settings directly.
        object.__setattr__(self, "answer_channel_ids", frozenset(int(i) for i in self.answer_channel_ids))

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Parse the settings from ``env`` (default ``os.environ``); raises ``ConfigError``."""
        env = os.environ if env is None else env

        def get(name: str) -> str:
            return env.get(name, "").strip()

        return cls(
            token=get("DISCORD_TOKEN"),
            guild_id=_snowflake("DISCORD_GUILD_ID", get("DISCORD_GUILD_ID")) if get("DISCORD_GUILD_ID") else None,
            answer_channel_ids=_snowflakes("ANSWER_CHANNEL_IDS", get("ANSWER_CHANNEL_IDS")),
            knowledge_dir=get("KNOWLEDGE_DIR") or None,
            index_dir=get("INDEX_DIR") or None,
            log_level=_log_level(get("LOG_LEVEL") or "INFO"),
            cooldown_rate=_number("ASK_COOLDOWN_RATE", get("ASK_COOLDOWN_RATE") or str(cls.cooldown_rate), int, 1),
            cooldown_seconds=_number(
                "ASK_COOLDOWN_SECONDS", get("ASK_COOLDOWN_SECONDS") or str(cls.cooldown_seconds), float, 0
            ),
        )


def load_settings() -> Settings:
    """The settings from the environment, after filling it from the project's ``.env`` if there is one."""
    load_dotenv(PROJECT_ROOT / ".env", override=False)
    return Settings.from_env()


def _snowflake(name: str, text: str) -> int:
    if not text.isdigit() or int(text) == 0:
        raise ConfigError(f"{name} must be a Discord id (a number such as 123456789012345678), got {text!r}")
    return int(text)


def _snowflakes(name: str, text: str) -> frozenset[int]:
    items = [item.strip() for item in text.split(",")]
    bad = [item for item in items if item and (not item.isdigit() or int(item) == 0)]
    if bad:
        raise ConfigError(
            f"{name} must be comma-separated Discord channel ids (numbers such as 123456789012345678), got {bad[0]!r}"
        )
    return frozenset(int(item) for item in items if item)


def _log_level(text: str) -> str:
    level = text.upper()
    if level not in LOG_LEVELS or not isinstance(logging.getLevelName(level), int):
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {text!r}")
    return level


def _number(name: str, text: str, kind: type[int] | type[float], minimum: float) -> int | float:
    try:
        value = kind(text)
    except ValueError:
        value = None
    if value is None or value < minimum or value != value:  # value != value: NaN
        what = "a whole number" if kind is int else "a number"
        raise ConfigError(f"{name} must be {what} of at least {minimum:g}, got {text!r}")
    return value
