"""``Reply``, what the bot sends, and ``fit``: the one place Discord's size limits are enforced."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import discord

# https://discord.com/developers/docs/resources/message#embed-object-embed-limits
CONTENT_LIMIT = 2000
EMBEDS_PER_MESSAGE = 10
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELDS_PER_EMBED = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_NAME_LIMIT = 256
EMBEDS_TOTAL_LIMIT = 6000  # title + description + field names and values + footer + author, all embeds

ELLIPSIS = "…"
NO_MENTIONS = discord.AllowedMentions.none()


@dataclass(frozen=True)
class Reply:
    """A message to send: some content, some embeds, never both empty."""

    content: str = ""
    embeds: list[discord.Embed] = field(default_factory=list)

    def send_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``send``/``reply``/``followup.send``/``edit``, pings disabled."""
        return {"content": self.content or None, "embeds": self.embeds, "allowed_mentions": NO_MENTIONS}


def clip(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else cut at a word boundary and ended with an ellipsis."""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[:limit]
    keep = limit - len(ELLIPSIS)
    cut = text[:keep]
    if cut[-1:].isalnum() and text[keep].isalnum():  # the cut falls inside a word: back up to its start
        space = max(cut.rfind(" "), cut.rfind("\n"))
        if space >= limit // 2:  # a very long "word" (a URL) is cut mid-word rather than dropped whole
            cut = cut[:space]
    cut = cut.rstrip().rstrip(",;:-\u2013\u2014")  # no dangling comma or dash before the ellipsis
    if (len(cut) - len(cut.rstrip("\\"))) % 2:
        cut = cut[:-1]  # a lone trailing backslash would escape the ellipsis
    return cut + ELLIPSIS


def fit(reply: Reply) -> Reply:
    """``reply`` cut down to Discord's limits: each piece clipped, then the 6000-character total kept."""
    embeds = [_fit_embed(embed.to_dict()) for embed in reply.embeds[:EMBEDS_PER_MESSAGE]]
    excess = sum(_embed_chars(e) for e in embeds) - EMBEDS_TOTAL_LIMIT
    # Shrink from the end: the last embed's fields, then its description, then the embed itself.
    while excess > 0 and embeds:
        last = embeds[-1]
        if last.get("fields"):
            removed = last["fields"].pop()
            excess -= len(removed["name"]) + len(removed["value"])
        elif len(last.get("description", "")) > excess + len(ELLIPSIS):
            before = len(last["description"])
            last["description"] = clip(last["description"], before - excess)
            excess -= before - len(last["description"])
        elif len(embeds) > 1:
            excess -= _embed_chars(embeds.pop())
        else:  # one embed whose title and footer alone are too long: cannot happen after _fit_embed
            last.pop("description", None)
            excess = sum(_embed_chars(e) for e in embeds) - EMBEDS_TOTAL_LIMIT
            break
    content = clip(reply.content, CONTENT_LIMIT)
    if not content and not embeds:
        content = ELLIPSIS
    return Reply(content=content, embeds=[discord.Embed.from_dict(e) for e in embeds])


def _fit_embed(data: dict[str, Any]) -> dict[str, Any]:
    if "title" in data:
        data["title"] = clip(data["title"], TITLE_LIMIT)
    if "description" in data:
        data["description"] = clip(data["description"], DESCRIPTION_LIMIT)
    fields = data.get("fields", [])[:FIELDS_PER_EMBED]
    for f in fields:
        # Discord rejects an empty field name or value.
        f["name"] = clip(f.get("name") or "\u200b", FIELD_NAME_LIMIT)
        f["value"] = clip(f.get("value") or "\u200b", FIELD_VALUE_LIMIT)
    if fields:
        data["fields"] = fields
    if "footer" in data and "text" in data["footer"]:
        data["footer"]["text"] = clip(data["footer"]["text"], FOOTER_LIMIT)
    if "author" in data and "name" in data["author"]:
        data["author"]["name"] = clip(data["author"]["name"], AUTHOR_NAME_LIMIT)
    return data


def _embed_chars(data: dict[str, Any]) -> int:
    return (
        len(data.get("title", ""))
        + len(data.get("description", ""))
        + sum(len(f["name"]) + len(f["value"]) for f in data.get("fields", []))
        + len(data.get("footer", {}).get("text", ""))
        + len(data.get("author", {}).get("name", ""))
    )
