"""Slash commands: /ask, one command per topic (generated from ``topics.TOPICS``), /sources, /help."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from retrieval import Answer

from ..rendering import render_answer, render_help, render_sources
from ..reply import NO_MENTIONS
from ..topics import TOPICS, Topic
from ..user_input import MAX_QUESTION_CHARS, RejectedQuestion, check_question

if TYPE_CHECKING:
    from ..client import HeroesBot


class QuestionsCog(commands.Cog, name="Questions"):
    def __init__(self, bot: HeroesBot) -> None:
        self.bot = bot
        self.topic_commands = [self._topic_command(topic) for topic in TOPICS]

    async def cog_load(self) -> None:
        for command in self.topic_commands:
            self.bot.tree.add_command(command)

    async def cog_unload(self) -> None:
        for command in self.topic_commands:
            self.bot.tree.remove_command(command.name)

    @app_commands.command(name="ask", description="Ask a question about the article; the answer quotes its source")
    @app_commands.describe(
        question=f"Your question, up to {MAX_QUESTION_CHARS} characters: e.g. When does filming begin?"
    )
    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        try:
            question = check_question(question)
        except RejectedQuestion as exc:
            await interaction.response.send_message(str(exc), ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        self.bot.spend_question(interaction.user.id)  # after the check: a rejected question costs nothing
        await self._answer(interaction, lambda: self.bot.ask(question))

    def _topic_command(self, topic: Topic) -> app_commands.Command:
        async def callback(interaction: discord.Interaction) -> None:
            self.bot.spend_question(interaction.user.id)
            await self._answer(interaction, lambda: self.bot.ask_topic(topic))

        return app_commands.Command(name=topic.name, description=topic.description, callback=callback)

    async def _answer(self, interaction: discord.Interaction, answer: Callable[[], Awaitable[Answer]]) -> None:
        # Always defer first. An answer takes ~20 ms, but it waits behind other questions in the one
        # engine thread, and Discord drops an interaction not acknowledged within 3 s. Racing a 1.5 s
        # timer would save one request at the price of a second code path; deferring is always safe.
        await interaction.response.defer(thinking=True)
        reply = render_answer(await answer(), echo_question=True)
        await interaction.followup.send(**reply.send_kwargs())

    @app_commands.command(name="sources", description="The documents my answers quote")
    async def sources(self, interaction: discord.Interaction) -> None:
        # Read once at startup (the knowledge does not change while the bot runs): no engine call here.
        reply = render_sources(self.bot.knowledge_sources)
        await interaction.response.send_message(**reply.send_kwargs())

    @app_commands.command(name="help", description="What I can answer, with example questions")
    async def help(self, interaction: discord.Interaction) -> None:
        reply = render_help(TOPICS, self.bot.settings.answer_channel_ids)
        await interaction.response.send_message(**reply.send_kwargs(), ephemeral=True)
