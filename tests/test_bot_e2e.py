"""End to end: the real discord.py client, running heroes-bot, against the fake Discord API.

One bot (and one fake) serves the whole module; each test uses its own user id so the per-user
cooldown of one test cannot leak into another. Two tests run the unmodified ``python bot.py`` as
a subprocess, pointed at a fake by a ``sitecustomize.py`` placed first on its PYTHONPATH.
Nothing here reaches any address but 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.fake_discord import FakeDiscord, Recorded, SlashCall, loopback_only

pytestmark = pytest.mark.asyncio(loop_scope="module")

REPO = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = REPO / "knowledge"
GENERAL = 1_100_000_000_000_000_200
ANSWERS = 1_100_000_000_000_000_201  # configured in answer_channel_ids: no mention needed there
CAST = [
    "Pedro Pascal", "Priyanka Chopra", "Christian Slater", "Boyd Holbrook", "Sung Kang",
    "Adriana Barraza", "Christopher McDonald", "Taylor Dooley", "Vivien Blair", "YaYa Gosselin",
]
SUBPROCESS_TIMEOUT = 60.0  # import + engine load take ~6-10 s; never wait unbounded
FAKES: list[FakeDiscord] = []  # every fake of the session, for the all-messages check at the end

SITECUSTOMIZE = '''\
"""Test-only: point discord.py at the fake named by FAKE_DISCORD_URL; refuse non-loopback lookups."""
import os
import socket

_url = os.environ.get("FAKE_DISCORD_URL")
if _url:
    import discord.gateway
    import discord.http
    import yarl

    discord.http.Route.BASE = _url + "/api/v10"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL("ws" + _url[len("http"):] + "/")
    _real_getaddrinfo = socket.getaddrinfo

    def _loopback_only(host, *args, **kwargs):
        if host is not None and str(host) not in ("127.0.0.1", "localhost", "::1"):
            raise OSError(f"tests may only reach 127.0.0.1, not {host!r}")
        return _real_getaddrinfo(host, *args, **kwargs)

    socket.getaddrinfo = _loopback_only
'''


# -- what a message must look like ------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _body_words(path: Path) -> list[str]:
    """A knowledge document's words, without front matter and without its title lines."""
    front, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    title = re.search(r"^title:\s*(.+)$", front, re.M)
    title_words = _words(title.group(1)) if title else []
    return _words("\n".join(line for line in body.splitlines() if _words(line) != title_words))


ARTICLE_NGRAMS = {
    tuple(words[i : i + 8])
    for words in map(_body_words, sorted(KNOWLEDGE_DIR.glob("*.md")))
    for i in range(len(words) - 7)
}


def quotes_article(text: str) -> bool:
    """Whether text carries a verbatim run of at least 8 words of a knowledge document's body."""
    words = _words(text)
    return any(tuple(words[i : i + 8]) in ARTICLE_NGRAMS for i in range(len(words) - 7))


def names_source(text: str) -> bool:
    return "we can be heroes 2" in " ".join(_words(text))


def allows_no_mentions(payload: dict[str, Any]) -> bool:
    """``AllowedMentions.none()`` as discord.py sends it: ``{"parse": []}``, nothing else granted."""
    allowed = payload.get("allowed_mentions")
    return (
        isinstance(allowed, dict) and allowed.get("parse") == [] and not allowed.get("users")
        and not allowed.get("roles") and not allowed.get("replied_user")
    )


def limit_violations(payload: dict[str, Any]) -> list[str]:
    """What in a message payload breaks Discord's documented size limits."""
    bad = []
    if len(payload.get("content") or "") > 2000:
        bad.append("content > 2000")
    embeds = payload.get("embeds") or []
    if len(embeds) > 10:
        bad.append("more than 10 embeds")
    total = 0
    for e in embeds:
        fields = e.get("fields") or []
        parts = {
            "title": (e.get("title") or "", 256), "description": (e.get("description") or "", 4096),
            "footer": ((e.get("footer") or {}).get("text") or "", 2048),
            "author": ((e.get("author") or {}).get("name") or "", 256),
        }
        parts |= {f"field {i} name": (f.get("name") or "", 256) for i, f in enumerate(fields)}
        parts |= {f"field {i} value": (f.get("value") or "", 1024) for i, f in enumerate(fields)}
        bad += [f"embed {name} > {limit}" for name, (text, limit) in parts.items() if len(text) > limit]
        bad += ["embed has more than 25 fields"] if len(fields) > 25 else []
        total += sum(len(text) for text, _ in parts.values())
    if total > 6000:
        bad.append("embeds total > 6000")
    return bad


def is_ephemeral(call: SlashCall, message: Recorded) -> bool:
    """Flag 64 on the message itself, or on the deferral that the message completes."""
    callbacks = [r for r in call.fake.requests if r.token == call.token and r.kind == "interaction_callback"]
    deferral = (callbacks[0].json.get("data") or {}) if callbacks else {}
    return message.ephemeral or (message.kind == "edit_original" and bool((deferral.get("flags") or 0) & 64))


# -- fixtures -------------------------------------------------------------------------------------

# ``engine`` and ``index_dir`` (session-scoped, the index in a temporary folder) come from conftest.py.


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def fake() -> AsyncIterator[FakeDiscord]:
    with loopback_only():
        async with FakeDiscord(channels={GENERAL: "general", ANSWERS: "ask-heroes"}) as fake:
            FAKES.append(fake)
            with fake.patched():
                yield fake


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def bot(fake: FakeDiscord, engine: Any) -> AsyncIterator[Any]:
    from heroes_bot.client import HeroesBot
    from heroes_bot.config import Settings

    # on_ready 0.1 s after the guild, not 2 s
    settings = Settings(token=fake.token, answer_channel_ids=frozenset({ANSWERS}))
    bot = HeroesBot(engine, settings, guild_ready_timeout=0.1)
    task = asyncio.create_task(bot.start(fake.token))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 20)
        yield bot
    finally:
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 10)


async def ask(fake: FakeDiscord, question: str, user_id: int) -> tuple[SlashCall, Recorded]:
    call = await fake.slash("ask", question=question, user_id=user_id)
    return call, await call.message(timeout=15)


# -- in-process bot -------------------------------------------------------------------------------

async def test_login_works_and_the_synced_commands_are_described(bot: Any, fake: FakeDiscord) -> None:
    assert bot.user.id == fake.bot_id
    assert [r.kind for r in fake.requests[:2]] == ["login", "application_info"]
    synced = {c["name"]: c for commands in fake.commands.values() for c in commands}
    assert {"ask", "cast", "release", "director", "about", "sources", "help"} <= set(synced)
    assert all(c["description"].strip() for c in synced.values())
    question = [o for o in synced["ask"].get("options", []) if o["name"] == "question"]
    assert len(question) == 1
    assert question[0]["type"] == 3 and question[0].get("required") is True
    assert question[0]["description"].strip()


async def test_ask_defers_then_answers_filming_with_2022_and_a_cited_passage(bot: Any, fake: FakeDiscord) -> None:
    call = await fake.slash("ask", question="when does filming start?", user_id=501)
    assert (await call.callback()).json["type"] == 5
    reply = await call.message(timeout=15)
    assert reply.kind in ("edit_original", "followup")
    assert "2022" in reply.text
    assert quotes_article(reply.text) and names_source(reply.text), reply.text


async def test_cast_lists_the_cast_and_quotes_the_passage(bot: Any, fake: FakeDiscord) -> None:
    call = await fake.slash("cast", user_id=502)
    reply = await call.message(timeout=15)
    named = [name for name in CAST if name in reply.text]
    assert len(named) >= 8, reply.text
    assert quotes_article(reply.text), reply.text


async def test_a_mention_gets_a_reply_naming_rodriguez_with_a_passage(bot: Any, fake: FakeDiscord) -> None:
    question = await fake.send_message(f"<@{fake.bot_id}> who directed it?", author_id=503, channel_id=GENERAL)
    reply = await question.reply(timeout=15)
    assert reply.channel_id == str(GENERAL)
    assert "Rodriguez" in reply.text and quotes_article(reply.text), reply.text


async def test_an_off_topic_question_abstains_without_quoting_the_article(bot: Any, fake: FakeDiscord) -> None:
    _, reply = await ask(fake, "what's the weather in Paris tomorrow?", user_id=504)
    assert reply.text.strip()
    assert not quotes_article(reply.text), reply.text


async def test_one_ask_past_the_users_budget_gets_a_friendly_ephemeral_cooldown(
    bot: Any, fake: FakeDiscord
) -> None:
    asks = [
        await fake.slash("ask", question="when does filming start?", user_id=505)
        for _ in range(bot.settings.cooldown_rate + 1)
    ]
    message = await asks[-1].message(timeout=15)
    assert is_ephemeral(asks[-1], message), message.json
    assert message.text.strip() and "Traceback" not in message.text
    for ask in asks[:-1]:
        assert "2022" in (await ask.message(timeout=15)).text


async def test_chatter_not_addressing_the_bot_and_messages_by_bots_get_no_reply(
    bot: Any, fake: FakeDiscord
) -> None:
    await fake.send_message("when does filming start?", author_id=506, channel_id=GENERAL)
    await fake.send_message(f"<@{fake.bot_id}> when does filming start?", author_id=507, bot=True)
    await fake.send_message("when does filming start?", author_id=508, bot=True, channel_id=ANSWERS)
    await fake.assert_no_request(lambda r: r.kind in ("channel_message", "typing"), within=1.5)


async def test_a_configured_answer_channel_gets_answers_without_a_mention(bot: Any, fake: FakeDiscord) -> None:
    question = await fake.send_message("when does filming start?", author_id=509, channel_id=ANSWERS)
    reply = await question.reply(timeout=15)
    assert reply.channel_id == str(ANSWERS)
    assert "2022" in reply.text and quotes_article(reply.text), reply.text


# -- the unmodified bot.py in a subprocess ----------------------------------------------------------

def bot_env(tmp_path: Path, fake: FakeDiscord, token: str, index_dir: Path) -> dict[str, str]:
    """The environment of a ``python bot.py`` that talks only to ``fake``."""
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "FAKE_DISCORD"))}
    env.update({
        "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"), str(REPO)]), "FAKE_DISCORD_URL": fake.url,
        "DISCORD_TOKEN": token, "KNOWLEDGE_DIR": str(KNOWLEDGE_DIR), "INDEX_DIR": str(index_dir),
        "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONUNBUFFERED": "1",
    })
    return env


@contextlib.asynccontextmanager
async def bot_process(env: dict[str, str], log: Path) -> AsyncIterator[asyncio.subprocess.Process]:
    with log.open("wb") as out:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, str(REPO / "bot.py"), cwd=str(REPO), env=env, stdout=out, stderr=out,
        )
        try:
            yield proc
        finally:
            if proc.returncode is None:
                proc.send_signal(signal.SIGINT)
                try:
                    await asyncio.wait_for(proc.wait(), 10)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()


async def identified_or_exited(fake: FakeDiscord, proc: asyncio.subprocess.Process, log: Path) -> None:
    """Until the subprocess bot has identified on the gateway; fails with its log if it exits first."""
    identified = asyncio.ensure_future(fake.wait_identified(SUBPROCESS_TIMEOUT))
    exited = asyncio.ensure_future(proc.wait())
    done, pending = await asyncio.wait({identified, exited}, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    assert identified in done and identified.exception() is None, log.read_text(errors="replace")


async def test_bot_py_exits_with_an_error_when_discord_rejects_the_token(
    tmp_path: Path, index_dir: Path, engine: Any
) -> None:
    async with FakeDiscord() as fake:
        FAKES.append(fake)
        env = bot_env(tmp_path, fake, "not-the-token", index_dir)
        async with bot_process(env, tmp_path / "bot.log") as proc:
            code = await asyncio.wait_for(proc.wait(), SUBPROCESS_TIMEOUT)
        output = (tmp_path / "bot.log").read_text(errors="replace")
        assert code == 1, output  # heroes_bot.startup: 1 for Discord refusing us
        assert "DISCORD_TOKEN" in output and "Traceback" not in output, output
        assert [r.kind for r in fake.requests] == ["login"]
        assert not fake.gateway_frames


async def test_unmodified_bot_py_syncs_and_answers_ask_about_filming(
    tmp_path: Path, index_dir: Path, engine: Any
) -> None:
    async with FakeDiscord() as fake:
        FAKES.append(fake)
        env = bot_env(tmp_path, fake, fake.token, index_dir)
        async with bot_process(env, tmp_path / "bot.log") as proc:
            await identified_or_exited(fake, proc, tmp_path / "bot.log")
            assert "ask" in [c["name"] for commands in fake.commands.values() for c in commands]
            await asyncio.sleep(2.5)  # discord.py's default guild_ready_timeout, before on_ready
            call = await fake.slash("ask", question="when does filming start?", user_id=601)
            assert (await call.callback(timeout=15)).json["type"] == 5
            reply = await call.message(timeout=15)
            assert "2022" in reply.text, reply.text
            assert proc.returncode is None


# -- checked last: every message the bot sent in this session -----------------------------------

async def test_mentions_in_a_question_are_never_pinged_and_every_message_fits_discord_limits(
    bot: Any, fake: FakeDiscord
) -> None:
    pings = f"@everyone @here <@&{fake.guild_id + 7}> <@{fake.owner_id}> when does filming start?"
    _, slash_reply = await ask(fake, pings, user_id=510)
    question = await fake.send_message(f"<@{fake.bot_id}> {pings}", author_id=511, channel_id=GENERAL)
    mention_reply = await question.reply(timeout=15)
    assert slash_reply.message["allowed_mentions"] == {"parse": []}
    # message.reply(mention_author=False) adds "replied_user": False: still nothing allowed.
    assert allows_no_mentions(mention_reply.message), mention_reply.message

    messages = [m for f in FAKES for m in f.sent_messages]
    assert len(messages) >= 10
    for m in messages:
        assert allows_no_mentions(m.message), (m.kind, m.message)
        assert not limit_violations(m.message), (limit_violations(m.message), m.text)
    assert not [r for f in FAKES for r in f.unhandled]
