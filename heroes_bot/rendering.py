"""Answers, sources and help as Discord replies (``Reply``) or as plain text for the console.

Pure functions: no I/O, no engine. Everything from the knowledge or from a user is escaped
(markdown and mentions) before it reaches Discord, and every reply goes through ``reply.fit``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import discord

from retrieval import Answer, Citation, SourceInfo

from .reply import DESCRIPTION_LIMIT, Reply, clip, fit
from .topics import Topic

COLOUR = discord.Colour.blurple()
PASSAGE_CHARS = 700  # the engine quotes at most 500; longer ones are trimmed
QUESTION_CHARS = 300
SOURCE_CHARS = 200
NOT_COVERED = "The article doesn't cover that."
HELP_HINT = "Try `/help` to see what I can answer."
BOT_DESCRIPTION = "I answer questions about the article I was given, quoting the passages each answer comes from."


def escape(text: str) -> str:
    """``text`` shown as typed: no markdown, no mention (``@everyone``, ``<@id>``) that could ping."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


# --- answers -----------------------------------------------------------------------------------


def render_answer(answer: Answer, *, echo_question: bool = False) -> Reply:
    """The answer text, then an embed of its numbered citations; an abstention quotes nothing.

    ``echo_question`` quotes the question first, for slash commands, whose reply does not show it.
    """
    lines = [f"> {escape(clip(' '.join(answer.question.split()), QUESTION_CHARS))}"] if echo_question else []
    if not answer.answered or not answer.citations:
        lines += [escape(answer.text.strip() or NOT_COVERED), HELP_HINT]
        return fit(Reply(content="\n".join(lines)))
    lines.append(escape(answer.text.strip()))
    embed = discord.Embed(colour=COLOUR, description=_citation_list(answer.citations))
    count = len(answer.citations)
    embed.set_footer(text=f"{count} cited passage{'s' if count != 1 else ''} · {answer.latency_ms:.0f} ms")
    return fit(Reply(content="\n".join(lines), embeds=[embed]))


def _citation_list(citations: Sequence[Citation]) -> str:
    """Numbered quotes, as many whole ones as the description holds, then how many were left out."""
    blocks = [_citation_block(c) for c in citations]
    kept: list[str] = []
    for i, block in enumerate(blocks):
        rest = len(blocks) - i - 1
        note = len(_left_out(rest)) + 2 if rest else 0  # room kept for "…and N more" after this one
        if len("\n\n".join([*kept, block])) + note <= DESCRIPTION_LIMIT:
            kept.append(block)
        elif not kept:  # even the first quote is too long: cut it rather than show none
            kept.append(clip(block, DESCRIPTION_LIMIT - note))
        else:
            kept.append(_left_out(len(blocks) - i))
            break
    return "\n\n".join(kept)


def _left_out(count: int) -> str:
    return f"*…and {count} more passage{'s' if count != 1 else ''}*"


def _citation_block(citation: Citation) -> str:
    passage = escape(clip(" ".join(citation.passage.split()), PASSAGE_CHARS))
    source = escape(clip(citation.source, SOURCE_CHARS))
    return f"**[{citation.n}]** “{passage}” — *{source}*, {_span(citation)}"


def _span(citation: Citation) -> str:
    return f"chars {citation.start}\u2013{citation.end}"  # an en dash, as in "chars 12-340"


def answer_as_text(answer: Answer) -> str:
    """The console's form of ``render_answer``: same content, no markdown."""
    if not answer.answered or not answer.citations:
        return f"{answer.text.strip() or NOT_COVERED}\nTry /help to see what I can answer."
    quotes = [
        f"[{c.n}] “{clip(' '.join(c.passage.split()), PASSAGE_CHARS)}” — {c.source}, {_span(c)}"
        for c in answer.citations
    ]
    return "\n".join([answer.text.strip(), "", *quotes])


# --- sources -----------------------------------------------------------------------------------


def render_sources(sources: Sequence[SourceInfo]) -> Reply:
    """What the knowledge holds: one line per document."""
    embed = discord.Embed(title="Sources", colour=COLOUR)
    if not sources:
        embed.description = "No documents are loaded."
    else:
        embed.description = "\n".join(f"• **{escape(s.title)}** — {_code(s.path)}, {_size(s)}" for s in sources)
        embed.set_footer(text="Every answer quotes these documents, with the character range of each quote.")
    return fit(Reply(embeds=[embed]))


def _code(text: str) -> str:
    """``text`` as inline code; a backtick in it would end the code span early."""
    return "`" + text.replace("`", "'") + "`"


def sources_as_text(sources: Sequence[SourceInfo]) -> str:
    if not sources:
        return "No documents are loaded."
    return "\n".join(["Sources:", *(f"- {s.title} ({s.path}), {_size(s)}" for s in sources)])


def _size(source: SourceInfo) -> str:
    return f"{source.characters:,} characters in {source.passages} passage{'s' if source.passages != 1 else ''}"


# --- help --------------------------------------------------------------------------------------


def render_help(topics: Sequence[Topic], answer_channel_ids: Collection[int] = ()) -> Reply:
    """What the bot can do: /ask with examples, each topic command, /sources, mentions."""
    examples = _examples(topics)
    embed = discord.Embed(title="What I can answer", description=BOT_DESCRIPTION, colour=COLOUR)
    embed.add_field(
        name="/ask question",
        value="Ask anything about the article, e.g.\n" + "\n".join(f"• {escape(q)}" for q in examples),
        inline=False,
    )
    for topic in topics:
        asks = " / ".join(f"“{escape(q)}”" for q in topic.questions)
        embed.add_field(name=f"/{topic.name}", value=f"{escape(topic.description)}: asks {asks}", inline=False)
    embed.add_field(name="/sources", value="The documents I answer from.", inline=False)
    mention = "Mention me with a question: `@bot When does filming begin?`"
    if answer_channel_ids:
        channels = ", ".join(f"<#{cid}>" for cid in sorted(answer_channel_ids))
        mention += f"\nIn {channels} I answer questions without a mention."
    embed.add_field(name="Mentions", value=mention, inline=False)
    embed.set_footer(text="Answers quote the article; when it does not cover a question, I say so.")
    return fit(Reply(embeds=[embed]))


def help_as_text(topics: Sequence[Topic]) -> str:
    lines = [
        BOT_DESCRIPTION,
        "",
        "Type a question, or a command:",
        "  /ask <question>   e.g. " + " | ".join(_examples(topics)),
        *(f"  /{t.name:<16} {t.description}" for t in topics),
        f"  /{'sources':<16} The documents I answer from",
        f"  /{'help':<16} This help",
    ]
    return "\n".join(lines)


def _examples(topics: Sequence[Topic]) -> list[str]:
    return [q for topic in topics for q in topic.questions[:1]][:3]


# --- short notices -----------------------------------------------------------------------------


def render_notice(text: str) -> Reply:
    """A short message of the bot's own (an error, a hint); markdown in it is meant."""
    return fit(Reply(content=text))
