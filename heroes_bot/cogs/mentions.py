"""Answering messages: when the bot is mentioned, in a DM, or (questions only) in ANSWER_CHANNEL_IDS."""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from retrieval import RetrievalError

from ..rendering import escape, render_answer, render_notice
from ..reply import Reply
from ..user_input import RejectedQuestion, check_question, looks_like_question, mentions_user, strip_mention

if TYPE_CHECKING:
    from ..client import HeroesBot

log = logging.getLogger(__name__)

MENTION_HINT = "Ask me something after the mention, e.g. “@{name} When does filming begin?”, or try `/help`."
ANSWERED_MESSAGE_TYPES = (discord.MessageType.default, discord.MessageType.reply)


class MentionsCog(commands.Cog, name="Mentions"):
    def __init__(self, bot: HeroesBot) -> None:
        self.bot = bot
        self._warned: set[int] = set()  # users told about the cooldown in the current window

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.type not in ANSWERED_MESSAGE_TYPES:
            return  # other bots (and this one) are never answered: no reply loops
        # People often pick the bot's own role from the @ menu instead of the bot itself.
        role = message.guild.self_role if message.guild else None
        addressed = (
            message.guild is None  # a DM
            or me in message.mentions  # a mention, or a reply to the bot that pings it
            or mentions_user(message.content, me.id)
            or (role is not None and role in message.role_mentions)
        )
        text = strip_mention(message.content, me.id, role.id if role else None)
        if not addressed:
            # In an answer channel, answer what looks like a question and stay out of the rest.
            if self._in_answer_channel(message.channel) and looks_like_question(text):
                await self._answer(message, text, quiet=True)
            return
        if not text:
            await self._reply(message, render_notice(MENTION_HINT.format(name=escape(me.display_name))))
            return
        await self._answer(message, text, quiet=False)

    def _in_answer_channel(self, channel: discord.abc.Messageable) -> bool:
        ids = self.bot.settings.answer_channel_ids
        return getattr(channel, "id", None) in ids or getattr(channel, "parent_id", None) in ids  # threads too

    async def _answer(self, message: discord.Message, text: str, *, quiet: bool) -> None:
        """Answer ``text``. ``quiet`` (not addressed to the bot): say nothing unless there is an answer."""
        try:
            question = check_question(text)
        except RejectedQuestion as exc:
            if not quiet:
                await self._reply(message, render_notice(str(exc)))
            return
        retry_after = self.bot.cooldown.hit(message.author.id)
        if retry_after:
            # Say so once per window; repeating the note would be the spam the cooldown prevents.
            if not quiet and message.author.id not in self._warned:
                self._warned.add(message.author.id)
                await self._reply(message, render_notice(f"Easy there: ask again in {math.ceil(retry_after)} s."))
            return
        self._warned.discard(message.author.id)
        try:
            answer = await self.bot.ask(question)
        except RetrievalError as exc:
            if not quiet:
                await self._reply(message, render_notice(str(exc)))
            return
        except Exception:
            log.exception("answering message %s failed", message.id)
            if not quiet:
                await self._reply(message, render_notice("Sorry, something went wrong while answering that."))
            return
        if quiet and not answer.answered:
            return  # chat in an answer channel that the article does not cover: not the bot's business
        await self._reply(message, render_answer(answer))

    async def _reply(self, message: discord.Message, reply: Reply) -> None:
        try:
            # send_kwargs holds allowed_mentions=AllowedMentions.none(); the author is not pinged either.
            await message.reply(**reply.send_kwargs(), mention_author=False)
        except discord.HTTPException:
            log.warning("could not reply to message %s in channel %s", message.id, message.channel.id, exc_info=True)
