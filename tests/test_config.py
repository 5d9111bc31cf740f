"""Settings: parsed from the environment, with one clear error line per bad variable."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from heroes_bot import config
from heroes_bot.config import ConfigError, Settings, load_settings

TOKEN = "MTAxMDEwMTAxMDEwMTAxMDEw.secret-token-value"


def test_everything_is_read_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "DISCORD_TOKEN": f"  {TOKEN}\n",
            "DISCORD_GUILD_ID": "123456789012345678",
            "ANSWER_CHANNEL_IDS": "111111111111111111, 222222222222222222",
            "KNOWLEDGE_DIR": "/data/knowledge",
            "INDEX_DIR": "/data/index",
            "LOG_LEVEL": "debug",
            "ASK_COOLDOWN_RATE": "2",
            "ASK_COOLDOWN_SECONDS": "7.5",
        }
    )
    assert settings == Settings(
        token=TOKEN,
        guild_id=123456789012345678,
        answer_channel_ids=frozenset({111111111111111111, 222222222222222222}),
        knowledge_dir="/data/knowledge",
        index_dir="/data/index",
        log_level="DEBUG",
        cooldown_rate=2,
        cooldown_seconds=7.5,
    )


def test_an_empty_environment_gives_the_defaults_and_no_token() -> None:
    assert Settings.from_env({}) == Settings(token="")
    defaults = Settings(token="")
    assert defaults.guild_id is None and defaults.answer_channel_ids == frozenset()
    assert defaults.knowledge_dir is None and defaults.index_dir is None
    assert defaults.log_level == "INFO" and defaults.cooldown_rate == 10 and defaults.cooldown_seconds == 60.0


def test_blank_values_count_as_unset() -> None:
    env = {"DISCORD_GUILD_ID": " ", "ANSWER_CHANNEL_IDS": "", "KNOWLEDGE_DIR": "", "LOG_LEVEL": ""}
    assert Settings.from_env(env) == Settings(token="")


def test_answer_channel_ids_tolerate_spaces_and_stray_commas() -> None:
    settings = Settings.from_env({"ANSWER_CHANNEL_IDS": " 1 ,, 2 , "})
    assert settings.answer_channel_ids == frozenset({1, 2})


@pytest.mark.parametrize("value", ["general", "123,abc", "12.5", "-4", "<#123>", "0"])
def test_a_bad_answer_channel_id_is_one_line_naming_the_variable(value: str) -> None:
    with pytest.raises(ConfigError) as error:
        Settings.from_env({"ANSWER_CHANNEL_IDS": value})
    message = str(error.value)
    assert message.startswith("ANSWER_CHANNEL_IDS ") and "\n" not in message


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DISCORD_GUILD_ID", "my-guild"),
        ("LOG_LEVEL", "LOUD"),
        ("ASK_COOLDOWN_RATE", "0"),
        ("ASK_COOLDOWN_RATE", "1.5"),
        ("ASK_COOLDOWN_SECONDS", "-1"),
        ("ASK_COOLDOWN_SECONDS", "soon"),
        ("ASK_COOLDOWN_SECONDS", "nan"),
    ],
)
def test_every_bad_value_is_one_line_naming_its_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError) as error:
        Settings.from_env({name: value})
    assert str(error.value).startswith(f"{name} ") and repr(value) in str(error.value)


def test_a_zero_cooldown_is_allowed_and_means_none() -> None:
    assert Settings.from_env({"ASK_COOLDOWN_SECONDS": "0"}).cooldown_seconds == 0


def test_the_token_never_appears_in_repr_or_str() -> None:
    settings = Settings(token=TOKEN, guild_id=1)
    assert TOKEN not in repr(settings) and TOKEN not in str(settings)
    assert "guild_id=1" in repr(settings)


def test_settings_are_frozen_and_accept_any_iterable_of_channel_ids() -> None:
    settings = Settings(token="t", answer_channel_ids=[3, 3, 4])  # type: ignore[arg-type]
    assert settings.answer_channel_ids == frozenset({3, 4})
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.token = "other"  # type: ignore[misc]


def test_only_the_token_is_required() -> None:
    required = [f.name for f in dataclasses.fields(Settings) if f.default is dataclasses.MISSING]
    assert required == ["token"]


def test_a_dotenv_file_fills_the_environment_without_overriding_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".env").write_text("DISCORD_TOKEN=from-dotenv\nLOG_LEVEL=WARNING\n", encoding="utf-8")
    monkeypatch.setattr(config, "PROJECT_ROOT", tmp_path)
    for name in ("LOG_LEVEL", "DISCORD_GUILD_ID", "ANSWER_CHANNEL_IDS", "ASK_COOLDOWN_RATE", "ASK_COOLDOWN_SECONDS"):
        monkeypatch.setenv(name, "")  # so that monkeypatch removes what load_dotenv sets
        monkeypatch.delenv(name)
    monkeypatch.setenv("DISCORD_TOKEN", "from-environment")
    settings = load_settings()
    assert settings.token == "from-environment"
    assert settings.log_level == "WARNING"


def test_without_a_dotenv_file_the_environment_alone_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "PROJECT_ROOT", tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", "")
    assert load_settings().token == ""
