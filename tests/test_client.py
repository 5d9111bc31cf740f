"""HeroesBot's assembly: intents, mention policy, the commands it registers, and its error replies.

Nothing here connects: the bot is built and inspected; no engine is needed to build it.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
from discord import app_commands

from heroes_bot.client import HeroesBot, HeroesCommandTree, make_intents
from heroes_bot.cogs.mentions import MentionsCog
from heroes_bot.cogs.questions import QuestionsCog
from heroes_bot.config import Settings
from heroes_bot.topics import TOPICS
from retrieval import InvalidQuestionError


@pytest.fixture
async def bot() -> AsyncIterator[HeroesBot]:
    bot = HeroesBot(engine=None, settings=Settings(token="t"))  # type: ignore[arg-type]
    await bot.add_cog(QuestionsCog(bot))
    await bot.add_cog(MentionsCog(bot))
    yield bot
    await bot.close()


def test_intents_leave_out_members_presences_and_message_content_by_default() -> None:
    intents = make_intents(Settings(token="t"))
    assert not intents.members and not intents.presences and not intents.message_content
    assert intents.guilds and intents.guild_messages and intents.dm_messages


def test_message_content_is_asked_for_only_when_answer_channels_are_set() -> None:
    assert make_intents(Settings(token="t", answer_channel_ids=frozenset({1}))).message_content


def test_the_bot_can_never_ping_anyone() -> None:
    bot = HeroesBot(engine=None, settings=Settings(token="t"))  # type: ignore[arg-type]
    assert bot.allowed_mentions is not None and bot.allowed_mentions.to_dict() == {"parse": []}
    bot.executor.shutdown()


async def test_ask_every_topic_sources_and_help_are_slash_commands(bot: HeroesBot) -> None:
    names = {command.name for command in bot.tree.get_commands()}
    assert names == {"ask", "sources", "help", *(topic.name for topic in TOPICS)}


async def test_ask_takes_one_required_described_question(bot: HeroesBot) -> None:
    ask = bot.tree.get_command("ask")
    assert isinstance(ask, app_commands.Command)
    [question] = ask.parameters
    assert question.name == "question" and question.required and question.description.strip()


async def test_topic_commands_carry_their_topics_descriptions(bot: HeroesBot) -> None:
    for topic in TOPICS:
        command = bot.tree.get_command(topic.name)
        assert command is not None and command.description == topic.description


async def test_unloading_the_questions_cog_removes_the_topic_commands(bot: HeroesBot) -> None:
    await bot.remove_cog("Questions")
    assert bot.tree.get_commands() == []


class Response:
    def __init__(self, done: bool) -> None:
        self.done = done
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def is_done(self) -> bool:
        return self.done

    async def send_message(self, content: str, **kwargs: Any) -> None:
        self.sent.append((content, kwargs))


class Followup:
    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    async def send(self, content: str, **kwargs: Any) -> None:
        self.sent.append((content, kwargs))


class Interaction:
    """The parts of ``discord.Interaction`` the error handler uses."""

    def __init__(self, done: bool = False) -> None:
        self.response = Response(done)
        self.followup = Followup()
        self.command = type("Command", (), {"name": "ask"})()
        self.user = type("User", (), {"id": 42})()


async def handle(bot: HeroesBot, error: app_commands.AppCommandError, done: bool = False) -> Interaction:
    interaction = Interaction(done)
    assert isinstance(bot.tree, HeroesCommandTree)
    await bot.tree.on_error(interaction, error)  # type: ignore[arg-type]
    return interaction


async def test_a_cooldown_is_answered_privately_with_the_seconds_to_wait(bot: HeroesBot) -> None:
    interaction = await handle(bot, app_commands.CommandOnCooldown(app_commands.Cooldown(1, 5), 3.2))
    [(message, kwargs)] = interaction.response.sent
    assert "4 s" in message and kwargs["ephemeral"] is True
    assert kwargs["allowed_mentions"].to_dict() == {"parse": []}


async def test_an_error_after_deferring_is_sent_as_a_private_followup(bot: HeroesBot) -> None:
    error = app_commands.CommandInvokeError(bot.tree.get_command("ask"), InvalidQuestionError("the question is empty"))  # type: ignore[arg-type]
    interaction = await handle(bot, error, done=True)
    assert interaction.response.sent == []
    [(message, kwargs)] = interaction.followup.sent
    assert message == "the question is empty" and kwargs["ephemeral"] is True


async def test_a_bug_gets_a_short_apology_and_its_traceback_in_the_log(
    bot: HeroesBot, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        error = app_commands.CommandInvokeError(bot.tree.get_command("ask"), exc)  # type: ignore[arg-type]
    with caplog.at_level(logging.ERROR, logger="heroes_bot.client"):
        interaction = await handle(bot, error)
    [(message, kwargs)] = interaction.response.sent
    assert "went wrong" in message and "boom" not in message and kwargs["ephemeral"] is True
    assert any(record.exc_info and "boom" in str(record.exc_info[1]) for record in caplog.records)
