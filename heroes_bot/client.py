"""``HeroesBot``: where the Discord client is assembled (intents, mentions policy, cogs, command sync)."""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from retrieval import Answer, QAEngine, RetrievalError, SourceInfo

from .config import Settings
from .cooldown import QuestionCooldown
from .reply import NO_MENTIONS
from .topics import Topic, answer_topic
from .user_input import RejectedQuestion

log = logging.getLogger(__name__)
T = TypeVar("T")


def make_intents(settings: Settings) -> discord.Intents:
    """The default intents without members and presences; message content only if it is needed."""
    intents = discord.Intents.default()
    intents.members = False
    intents.presences = False
    # Privileged: only reading questions that do not mention the bot (ANSWER_CHANNEL_IDS) needs it;
    # messages that mention the bot, and DMs, carry their content anyway.
    intents.message_content = bool(settings.answer_channel_ids)
    return intents


class HeroesCommandTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """A short private message for the user; the traceback in the log when it is a bug."""
        command = interaction.command.name if interaction.command else "?"
        original = getattr(error, "original", error)
        if isinstance(error, app_commands.CommandOnCooldown):
            message = f"Easy there: you can ask again in {math.ceil(error.retry_after)} s."
        elif isinstance(original, RejectedQuestion | RetrievalError):
            message = str(original)
        elif isinstance(error, app_commands.CommandNotFound):
            message = "I don't know that command (any more). Try `/help`."
        elif isinstance(error, app_commands.CheckFailure):
            message = "You can't use that command here."
        else:
            log.error("/%s failed for user %s", command, interaction.user.id, exc_info=error)
            message = "Sorry, something went wrong while answering that. Please try again in a moment."
        try:
            if interaction.response.is_done():  # deferred already: the answer would have been a followup
                await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
            else:
                await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            log.warning("/%s: could not send the error message to the user", command, exc_info=True)


class HeroesBot(commands.Bot):
    """The bot. Cheap to build: the engine comes loaded, and nothing connects before ``start``."""

    def __init__(self, engine: QAEngine, settings: Settings, **options: Any) -> None:
        """``options`` go to ``commands.Bot`` (tests pass a short ``guild_ready_timeout``)."""
        super().__init__(
            command_prefix=commands.when_mentioned,  # required by commands.Bot; no prefix commands exist
            help_command=None,
            intents=make_intents(settings),
            allowed_mentions=NO_MENTIONS,  # nothing the bot posts can ping; sends pass it again too
            tree_cls=HeroesCommandTree,
            **options,
        )
        self.engine = engine
        self.settings = settings
        self.cooldown = QuestionCooldown(settings.cooldown_rate, settings.cooldown_seconds)
        # One thread: the engine is CPU-bound and safe in a single worker thread; questions queue.
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qa-engine")
        self.knowledge_sources: list[SourceInfo] = []

    async def setup_hook(self) -> None:
        from .cogs.mentions import MentionsCog
        from .cogs.questions import QuestionsCog

        self.knowledge_sources = await self.in_engine_thread(self.engine.sources)
        await self.add_cog(QuestionsCog(self))
        await self.add_cog(MentionsCog(self))
        await self.sync_commands()

    async def sync_commands(self) -> None:
        """Register the slash commands: in the development guild at once if set, else globally."""
        guild = discord.Object(id=self.settings.guild_id) if self.settings.guild_id else None
        where = f"guild {guild.id}" if guild else "all guilds (global commands may take a while to appear)"
        try:
            if guild:
                self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
        except discord.Forbidden as exc:
            # Not fatal: mentions still work. The usual cause is an invite without the scope.
            log.error(
                "Could not register slash commands in %s: %s. Is the bot in that guild, invited with the "
                "'applications.commands' scope?",
                where,
                exc,
            )
        except discord.HTTPException as exc:
            log.error("Could not register slash commands in %s: %s", where, exc)
        else:
            log.info("Registered %d slash commands in %s", len(synced), where)

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info("Logged in as %s (id %s), in %d guild(s)", self.user, self.user.id, len(self.guilds))

    async def on_message(self, message: discord.Message, /) -> None:
        """Deliberately empty: there are no prefix commands; ``MentionsCog`` answers messages."""

    async def in_engine_thread(self, func: Callable[..., T], *args: Any) -> T:
        """Run ``func(*args)`` in the engine's thread, off the event loop (it blocks on CPU)."""
        return await asyncio.get_running_loop().run_in_executor(self.executor, func, *args)

    async def ask(self, question: str) -> Answer:
        return await self.in_engine_thread(self.engine.ask, question)

    async def ask_topic(self, topic: Topic) -> Answer:
        return await self.in_engine_thread(answer_topic, topic, self.engine.ask)

    def spend_question(self, user_id: int) -> None:
        """Take one question from the user's budget; raises ``CommandOnCooldown`` when there is none left."""
        retry_after = self.cooldown.hit(user_id)
        if retry_after:
            raise app_commands.CommandOnCooldown(self.cooldown.cooldown(), retry_after)

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            self.executor.shutdown(wait=False, cancel_futures=True)
