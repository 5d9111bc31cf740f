"""A fake Discord API on loopback, for driving the unmodified discord.py client in tests.

One aiohttp server on 127.0.0.1 serves the REST API under ``/api/v10`` and the gateway websocket
at ``/``. It knows one bot user, one guild with text channels and a human member. Tests dispatch
slash commands and messages through it and await what the client sends back::

    async with FakeDiscord() as fake:
        with fake.patched():                     # points discord.py here, restores it after
            task = asyncio.create_task(bot.start(fake.token))
            call = await fake.slash("ask", question="when?", user_id=42)
            reply = await call.message()         # first message-bearing request

Every request is recorded (``fake.requests``); unhandled ones get 404 and are also listed in
``fake.unhandled``. Waits are always bounded by a timeout. See /work/shared/FAKE_DISCORD_NOTES.md
for what the client needs from each answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import discord.gateway
import discord.http
import yarl
from aiohttp import WSMsgType, web

API_PREFIX = "/api/v10"
TIMESTAMP = "2024-01-01T00:00:00+00:00"
EPHEMERAL = 64
LOADING = 128
UNAUTHORIZED = {"message": "401: Unauthorized", "code": 0}
NOT_FOUND = {"message": "404: Not Found", "code": 0}
# Kinds of recorded request that carry a message payload the client wants shown.
MESSAGE_KINDS = frozenset({"interaction_callback", "edit_original", "followup", "edit_followup", "channel_message"})


def json_response(payload: Any, status: int = 200) -> web.Response:
    """JSON with the bare ``application/json`` type: discord.py parses nothing else as JSON."""
    # body= (bytes), not text=: with text= aiohttp appends "; charset=utf-8" to the type.
    return web.Response(status=status, body=json.dumps(payload).encode(), content_type="application/json")


def message_text(payload: dict[str, Any] | None) -> str:
    """All human-visible text of a message payload: content plus every embed part, one per line."""
    if not payload:
        return ""
    parts = [payload.get("content") or ""]
    for embed in payload.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [(embed.get("author") or {}).get("name") or "", (embed.get("footer") or {}).get("text") or ""]
        for f in embed.get("fields") or []:
            parts += [f.get("name") or "", f.get("value") or ""]
    return "\n".join(p for p in parts if p)


LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@contextlib.contextmanager
def loopback_only() -> Iterator[None]:
    """Make any name lookup other than loopback fail fast, so no test can reach the network."""
    real = socket.getaddrinfo

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and str(host) not in LOOPBACK_HOSTS:
            raise OSError(f"tests may only reach 127.0.0.1, not {host!r}")
        return real(host, *args, **kwargs)

    socket.getaddrinfo = guarded
    try:
        yield
    finally:
        socket.getaddrinfo = real


@dataclass
class Recorded:
    """One request the client made: what it asked, and what kind of Discord operation it was."""

    method: str
    path: str  # relative to /api/v10 for REST, the raw path otherwise
    query: dict[str, str]
    json: Any
    kind: str = "unhandled"
    token: str | None = None  # interaction token, for interaction callbacks and webhooks
    channel_id: str | None = None

    @property
    def message(self) -> dict[str, Any] | None:
        """The message payload this request creates or edits, if any."""
        if self.kind not in MESSAGE_KINDS or not isinstance(self.json, dict):
            return None
        return self.json.get("data") if self.kind == "interaction_callback" else self.json

    @property
    def text(self) -> str:
        return message_text(self.message)

    @property
    def ephemeral(self) -> bool:
        return bool(((self.message or {}).get("flags") or 0) & EPHEMERAL)


@dataclass
class SlashCall:
    """A dispatched slash command; awaits what the client sends for it."""

    fake: FakeDiscord
    id: str
    token: str
    user_id: int

    def _mine(self, r: Recorded) -> bool:
        return r.token == self.token

    async def callback(self, timeout: float = 10.0) -> Recorded:
        """The interaction callback (type 4 reply, 5 deferred, ...)."""
        return await self.fake.wait_for(
            lambda r: self._mine(r) and r.kind == "interaction_callback", timeout=timeout, what="callback"
        )

    async def message(self, n: int = 1, timeout: float = 10.0) -> Recorded:
        """The n-th request carrying a message for this interaction (callback data, edit, followup)."""
        return await self.fake.wait_for(
            lambda r: self._mine(r) and r.message is not None, count=n, timeout=timeout, what="message"
        )


@dataclass
class SentMessage:
    """A MESSAGE_CREATE the fake dispatched; awaits the client's reply to it."""

    fake: FakeDiscord
    id: str
    channel_id: str
    payload: dict[str, Any] = field(repr=False)

    def _reply(self, r: Recorded) -> bool:
        if r.kind != "channel_message" or not isinstance(r.json, dict):
            return False
        return str((r.json.get("message_reference") or {}).get("message_id")) == self.id

    async def reply(self, timeout: float = 10.0) -> Recorded:
        return await self.fake.wait_for(self._reply, timeout=timeout, what=f"reply to message {self.id}")


class FakeDiscord:
    """The fake API server. Use ``async with FakeDiscord() as fake`` to run it."""

    def __init__(
        self,
        *,
        token: str = "fake-bot-token",
        bot_id: int = 1_100_000_000_000_000_001,
        guild_id: int = 1_100_000_000_000_000_100,
        channels: dict[int, str] | None = None,
    ) -> None:
        self.token = token
        self.bot_id = bot_id
        self.guild_id = guild_id
        self.channels = channels or {1_100_000_000_000_000_200: "general"}
        self.owner_id = 1_100_000_000_000_000_002
        self.requests: list[Recorded] = []
        self.gateway_frames: list[dict[str, Any]] = []  # every frame the client sent on the gateway
        self.commands: dict[int | None, list[dict[str, Any]]] = {}  # guild id (None: global) -> synced
        self._ids = itertools.count(1_200_000_000_000_000_000)
        self._changed = asyncio.Event()
        self._identified = asyncio.Event()
        self._ws: web.WebSocketResponse | None = None
        self._seq = 0
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle -------------------------------------------------------------------------------

    async def __aenter__(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)  # loopback only, any free port
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return self.url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    @contextlib.contextmanager
    def patched(self) -> Iterator[FakeDiscord]:
        """Point discord.py's REST base and gateway at this fake; restore both on exit."""
        old_base, old_gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = self.api_url
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        try:
            yield self
        finally:
            discord.http.Route.BASE = old_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

    # -- objects ---------------------------------------------------------------------------------

    def snowflake(self) -> str:
        return str(next(self._ids))

    def user(self, user_id: int, *, bot: bool = False, name: str | None = None) -> dict[str, Any]:
        name = name or ("heroes-bot" if user_id == self.bot_id else f"user{user_id % 10_000}")
        return {"id": str(user_id), "username": name, "global_name": name, "discriminator": "0",
                "avatar": None, "bot": bot or user_id == self.bot_id}

    def member(self, user_id: int, *, bot: bool = False) -> dict[str, Any]:
        return {"user": self.user(user_id, bot=bot), "roles": [], "flags": 0, "joined_at": TIMESTAMP,
                "deaf": False, "mute": False, "permissions": "2248473465835073"}

    def channel(self, channel_id: int) -> dict[str, Any]:
        return {"id": str(channel_id), "type": 0, "guild_id": str(self.guild_id), "position": 0,
                "name": self.channels[channel_id], "permission_overwrites": [], "nsfw": False}

    @property
    def default_channel_id(self) -> int:
        return next(iter(self.channels))

    @property
    def unhandled(self) -> list[Recorded]:
        return [r for r in self.requests if r.kind == "unhandled"]

    @property
    def sent_messages(self) -> list[Recorded]:
        """Every request by which the client sent or edited a message."""
        return [r for r in self.requests if r.message is not None]

    def _message_object(self, payload: dict[str, Any], channel_id: str | None) -> dict[str, Any]:
        """What Discord answers for a created or edited message: the payload, made a message."""
        return {"id": self.snowflake(), "channel_id": channel_id or str(self.default_channel_id),
                "type": 0, "author": self.user(self.bot_id), "content": payload.get("content") or "",
                "embeds": payload.get("embeds") or [], "attachments": [], "mentions": [],
                "mention_roles": [], "mention_everyone": False, "pinned": False, "tts": False,
                "timestamp": TIMESTAMP, "edited_timestamp": None, "flags": payload.get("flags") or 0,
                "components": []}

    # -- REST ------------------------------------------------------------------------------------

    _ROUTES: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
        (method, re.compile(pattern + r"$"), kind)
        for method, pattern, kind in [
            ("GET", r"/users/@me", "login"),
            ("GET", r"/oauth2/applications/@me", "application_info"),
            ("GET", r"/gateway(?:/bot)?", "gateway_info"),
            ("PUT", r"/applications/\d+(?:/guilds/(?P<guild>\d+))?/commands", "command_sync"),
            ("GET", r"/applications/\d+(?:/guilds/(?P<guild>\d+))?/commands", "command_list"),
            ("POST", r"/interactions/\d+/(?P<token>[^/]+)/callback", "interaction_callback"),
            ("PATCH", r"/webhooks/\d+/(?P<token>[^/]+)/messages/@original", "edit_original"),
            ("PATCH", r"/webhooks/\d+/(?P<token>[^/]+)/messages/\d+", "edit_followup"),
            ("POST", r"/webhooks/\d+/(?P<token>[^/]+)", "followup"),
            ("POST", r"/channels/(?P<channel>\d+)/messages", "channel_message"),
            ("POST", r"/channels/(?P<channel>\d+)/typing", "typing"),
        ]
    )
    _NO_BOT_AUTH = frozenset({"interaction_callback", "edit_original", "edit_followup", "followup"})

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.path == "/" and request.headers.get("Upgrade", "").lower() == "websocket":
            return await self._gateway(request)
        body = await self._body(request)
        path = request.path.removeprefix(API_PREFIX) if request.path.startswith(API_PREFIX + "/") else request.path
        rec = Recorded(request.method, path, dict(request.query), body)
        match = None
        if request.path.startswith(API_PREFIX + "/"):
            for method, pattern, kind in self._ROUTES:
                if request.method == method and (match := pattern.match(path)):
                    rec.kind = kind
                    break
        groups = match.groupdict() if match else {}
        rec.token, rec.channel_id = groups.get("token"), groups.get("channel")
        self._record(rec)
        if rec.kind == "unhandled":
            return json_response(NOT_FOUND, 404)
        if rec.kind not in self._NO_BOT_AUTH and request.headers.get("Authorization") != f"Bot {self.token}":
            return json_response(UNAUTHORIZED, 401)
        return await self._answer(rec, groups)

    @staticmethod
    async def _body(request: web.Request) -> Any:
        """JSON bodies as parsed; multipart (files) as the ``payload_json`` part."""
        if not request.can_read_body:
            return None
        if request.content_type == "multipart/form-data":
            form = await request.post()
            return json.loads(str(form.get("payload_json") or "{}"))
        raw = await request.text()
        try:
            return json.loads(raw)
        except ValueError:
            return raw

    async def _answer(self, rec: Recorded, groups: dict[str, str | None]) -> web.Response:
        body = rec.json if isinstance(rec.json, dict) else {}
        if rec.kind == "login":
            return json_response(self.user(self.bot_id))
        if rec.kind == "application_info":
            return json_response({"id": str(self.bot_id), "name": "heroes-bot", "description": "",
                                  "icon": None, "bot_public": True, "bot_require_code_grant": False,
                                  "owner": self.user(self.owner_id), "verify_key": "0" * 64, "flags": 0})
        if rec.kind == "gateway_info":
            return json_response({"url": self.gateway_url, "shards": 1, "session_start_limit": {
                "total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}})
        if rec.kind in ("command_sync", "command_list"):
            guild = int(groups["guild"]) if groups.get("guild") else None
            if rec.kind == "command_sync":
                self.commands[guild] = [
                    {**cmd, "id": self.snowflake(), "application_id": str(self.bot_id), "version": "1"}
                    for cmd in (rec.json or [])
                ]
            return json_response(self.commands.get(guild, []))
        if rec.kind == "typing":
            return web.Response(status=204)
        if rec.kind == "interaction_callback":
            data = body.get("data") or {}
            flags = data.get("flags") or 0
            message = self._message_object(data, None)
            message["flags"] = flags | (LOADING if body.get("type") == 5 else 0)
            return json_response({
                "interaction": {"id": rec.path.split("/")[2], "type": 2, "response_message_id": message["id"],
                                "response_message_loading": body.get("type") == 5,
                                "response_message_ephemeral": bool(flags & EPHEMERAL)},
                "resource": {"type": body.get("type"), "message": message},
            })
        return json_response(self._message_object(body, rec.channel_id))

    def _record(self, rec: Recorded) -> None:
        self.requests.append(rec)
        self._changed.set()
        self._changed = asyncio.Event()  # waiters hold the old, now set, event

    # -- waiting ---------------------------------------------------------------------------------

    async def wait_for(
        self, predicate: Callable[[Recorded], bool], *, count: int = 1, timeout: float = 10.0, what: str = ""
    ) -> Recorded:
        """The count-th recorded request matching predicate; TimeoutError after timeout seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            hits = [r for r in self.requests if predicate(r)]
            if len(hits) >= count:
                return hits[count - 1]
            remaining = deadline - loop.time()
            if remaining <= 0:
                recent = "\n  ".join(f"{r.method} {r.path} [{r.kind}]" for r in self.requests[-10:])
                raise TimeoutError(f"no {what or 'matching request'} (#{count}) within {timeout}s; "
                                   f"last requests:\n  {recent}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)

    async def assert_no_request(self, predicate: Callable[[Recorded], bool], *, within: float) -> None:
        """Wait ``within`` seconds and fail if any request matching predicate was made meanwhile."""
        start = len(self.requests)
        await asyncio.sleep(within)
        hits = [r for r in self.requests[start:] if predicate(r)]
        assert not hits, f"unexpected requests: {hits}"

    async def wait_identified(self, timeout: float = 10.0) -> None:
        """Until a client has identified on the gateway and been sent its guild."""
        try:
            await asyncio.wait_for(self._identified.wait(), timeout)
        except TimeoutError:
            raise TimeoutError(f"no client identified on the gateway within {timeout}s") from None

    # -- gateway ---------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41_250}, "s": None, "t": None})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            self.gateway_frames.append(frame)
            op = frame.get("op")
            if op == 1:  # heartbeat
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif op == 2:  # identify
                if frame["d"].get("token") != self.token:
                    await ws.close(code=4004, message=b"Authentication failed.")
                    break
                await self._dispatch("READY", {
                    "v": 10, "user": self.user(self.bot_id), "session_id": "fake-session",
                    "resume_gateway_url": self.gateway_url, "guilds": [{"id": str(self.guild_id), "unavailable": True}],
                    "application": {"id": str(self.bot_id), "flags": 0},
                })
                await self._dispatch("GUILD_CREATE", self._guild())
                self._identified.set()
            elif op == 8:  # request guild members: everything fits in one chunk
                await self._dispatch("GUILD_MEMBERS_CHUNK", {
                    "guild_id": str(self.guild_id), "members": self._guild()["members"],
                    "chunk_index": 0, "chunk_count": 1, "nonce": frame["d"].get("nonce")})
        if self._ws is ws:
            self._ws = None
        return ws

    def _guild(self) -> dict[str, Any]:
        everyone = {"id": str(self.guild_id), "name": "@everyone", "permissions": "2248473465835073",
                    "position": 0, "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0}
        return {
            "id": str(self.guild_id), "name": "Heroes fans", "owner_id": str(self.owner_id), "unavailable": False,
            "roles": [everyone], "channels": [self.channel(c) for c in self.channels],
            "members": [self.member(self.bot_id), self.member(self.owner_id)], "member_count": 2,
            "large": False, "joined_at": TIMESTAMP, "emojis": [], "stickers": [], "features": [],
            "presences": [], "voice_states": [], "threads": [], "stage_instances": [],
            "guild_scheduled_events": [], "soundboard_sounds": [],
        }

    async def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        if self._ws is None or self._ws.closed:
            raise RuntimeError(f"cannot dispatch {event}: no client connected to the gateway")
        self._seq += 1
        await self._ws.send_json({"op": 0, "t": event, "s": self._seq, "d": data})

    # -- what tests dispatch ---------------------------------------------------------------------

    async def slash(self, name: str, *, user_id: int, channel_id: int | None = None, **options: Any) -> SlashCall:
        """Dispatch INTERACTION_CREATE for the synced command ``name`` (string options only)."""
        await self.wait_identified()
        channel_id = channel_id or self.default_channel_id
        guild_cmd = next((c for c in self.commands.get(self.guild_id, []) if c["name"] == name), None)
        command = guild_cmd or next((c for c in self.commands.get(None, []) if c["name"] == name), {})
        data: dict[str, Any] = {"id": command.get("id") or self.snowflake(), "name": name, "type": 1,
                                "options": [{"name": k, "type": 3, "value": v} for k, v in options.items()]}
        if guild_cmd is not None:
            data["guild_id"] = str(self.guild_id)
        call = SlashCall(self, self.snowflake(), f"itoken-{next(self._ids)}", user_id)
        await self._dispatch("INTERACTION_CREATE", {
            "id": call.id, "application_id": str(self.bot_id), "type": 2, "token": call.token, "version": 1,
            "data": data, "guild_id": str(self.guild_id), "channel_id": str(channel_id),
            "channel": self.channel(channel_id), "member": self.member(user_id), "locale": "en-US",
            "guild_locale": "en-US", "app_permissions": "2248473465835073", "attachment_size_limit": 8_388_608,
            "entitlements": [], "authorizing_integration_owners": {"0": str(self.guild_id)}, "context": 0,
        })
        return call

    async def send_message(
        self, content: str, *, author_id: int, bot: bool = False, channel_id: int | None = None,
        mentions: list[int] | None = None,
    ) -> SentMessage:
        """Dispatch MESSAGE_CREATE. Mentions are parsed from content as Discord does, unless given."""
        await self.wait_identified()
        channel = str(channel_id or self.default_channel_id)
        user_ids = mentions if mentions is not None else [int(m) for m in re.findall(r"<@!?(\d+)>", content)]
        member = self.member(author_id)
        del member["user"]  # MESSAGE_CREATE carries the user as "author", the member without it
        payload = {
            "id": self.snowflake(), "channel_id": channel, "guild_id": str(self.guild_id), "type": 0,
            "author": self.user(author_id, bot=bot), "member": member,
            "content": content, "timestamp": TIMESTAMP, "edited_timestamp": None, "tts": False,
            "mention_everyone": "@everyone" in content or "@here" in content,
            "mentions": [self.user(u) for u in user_ids],
            "mention_roles": re.findall(r"<@&(\d+)>", content),
            "attachments": [], "embeds": [], "pinned": False, "flags": 0, "components": [],
        }
        await self._dispatch("MESSAGE_CREATE", payload)
        return SentMessage(self, payload["id"], channel, payload)
