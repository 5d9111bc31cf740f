"""Rendering: answers, sources and help as Discord replies within limits, and as console text."""

from __future__ import annotations

from typing import Any

import discord
import pytest

from heroes_bot.rendering import (
    answer_as_text,
    help_as_text,
    render_answer,
    render_help,
    render_notice,
    render_sources,
    sources_as_text,
)
from heroes_bot.reply import Reply, clip, fit
from heroes_bot.topics import TOPICS
from retrieval import Answer, Citation, SourceInfo

TITLE = "'We Can Be Heroes 2': Major Update on the Netflix Sequel"
FILMING = (
    "The We Can Be Heroes sequel will begin filming in 2022 according to director Robert Rodriguez. "
    "He told reporters from Collider that he plans on filming We Can Be Heroes 2 next year."
)
CAST = "It stars Pedro Pascal, Priyanka Chopra and YaYa Gosselin. The movie is streaming now on Netflix."


def cite(n: int, passage: str, start: int = 160, source: str = TITLE) -> Citation:
    return Citation(n=n, source=source, passage=passage, start=start, end=start + len(passage), score=1.0)


def answered(text: str, *citations: Citation, question: str = "When does filming begin?") -> Answer:
    return Answer(question=question, answered=True, text=text, citations=citations, latency_ms=12.0)


def abstention(question: str = "What is the budget?") -> Answer:
    return Answer(question=question, answered=False, text="The article doesn't say: nothing covers that question.")


FILMING_ANSWER = answered(
    "The We Can Be Heroes sequel will begin filming in 2022 according to director Robert Rodriguez.",
    cite(1, FILMING, 160),
    cite(2, CAST, 2635),
)


def everything(reply: Reply) -> str:
    """All the text a reader sees: content, then each embed's title, description, fields and footer."""
    parts = [reply.content]
    for embed in reply.embeds:
        parts += [embed.title or "", embed.description or "", embed.footer.text or ""]
        parts += [f"{f.name}\n{f.value}" for f in embed.fields]
    return "\n".join(parts)


def limit_violations(reply: Reply) -> list[str]:
    """What in ``reply`` breaks Discord's documented limits (checked on the payload sent)."""
    bad = [] if len(reply.content) <= 2000 else ["content"]
    bad += [] if len(reply.embeds) <= 10 else ["embed count"]
    total = 0
    for data in (e.to_dict() for e in reply.embeds):
        fields = data.get("fields", [])
        parts: dict[str, tuple[str, int]] = {
            "title": (data.get("title", ""), 256),
            "description": (data.get("description", ""), 4096),
            "footer": (data.get("footer", {}).get("text", ""), 2048),
            "author": (data.get("author", {}).get("name", ""), 256),
        }
        parts |= {f"field {i} name": (f["name"], 256) for i, f in enumerate(fields)}
        parts |= {f"field {i} value": (f["value"], 1024) for i, f in enumerate(fields)}
        bad += [name for name, (text, limit) in parts.items() if len(text) > limit]
        bad += [f"field {i} empty" for i, f in enumerate(fields) if not f["name"] or not f["value"]]
        bad += ["field count"] if len(fields) > 25 else []
        total += sum(len(text) for text, _ in parts.values())
    bad += ["embeds total"] if total > 6000 else []
    bad += ["empty message"] if not reply.content and not reply.embeds else []
    return bad


# --- answers -------------------------------------------------------------------------------------


def test_an_answer_shows_its_text_first_then_numbered_quotes_with_source_and_character_range() -> None:
    reply = render_answer(FILMING_ANSWER)
    assert reply.content.startswith("The We Can Be Heroes sequel will begin filming in 2022")
    [embed] = reply.embeds
    first, second = embed.description.split("\n\n")
    assert first.startswith("**[1]** “The We Can Be Heroes sequel will begin filming in 2022")
    assert first.endswith(f"” — *{TITLE}*, chars 160\u2013{160 + len(FILMING)}")
    assert second.startswith("**[2]** “It stars Pedro Pascal")
    assert "chars 2635" in second


def test_slash_replies_echo_the_question_above_the_answer() -> None:
    reply = render_answer(FILMING_ANSWER, echo_question=True)
    question, answer = reply.content.split("\n", 1)
    assert question == "> When does filming begin?"
    assert answer.startswith("The We Can Be Heroes sequel")


def test_an_abstention_says_the_article_does_not_cover_it_suggests_help_and_quotes_nothing() -> None:
    reply = render_answer(abstention())
    assert "doesn't say" in reply.content
    assert "/help" in reply.content
    assert reply.embeds == []


def test_an_abstention_quotes_nothing_even_if_it_carries_citations() -> None:
    odd = Answer(question="q?", answered=False, text="Not covered.", citations=(cite(1, FILMING),))
    reply = render_answer(odd)
    assert reply.embeds == [] and "2022" not in reply.content


def test_an_abstention_without_text_still_says_the_article_does_not_cover_it() -> None:
    reply = render_answer(Answer(question="q?", answered=False, text=""))
    assert "doesn't cover" in reply.content and "/help" in reply.content


def test_markdown_in_passages_titles_and_answers_is_shown_literally() -> None:
    answer = answered(
        "**bold** _it_ `code` ~~gone~~ ||spoiler||",
        cite(1, "a *starred* __under__ passage with `ticks` and > quote", source="Title with *stars*"),
    )
    reply = render_answer(answer)
    assert reply.content.startswith(r"\*\*bold\*\* \_it\_ \`code\` \~\~gone\~\~ \|\|spoiler\|\|")
    description = reply.embeds[0].description
    assert r"a \*starred\* \_\_under\_\_ passage with \`ticks\`" in description
    assert r"*Title with \*stars\**" in description


@pytest.mark.parametrize("ping", ["@everyone", "@here", "<@123456789012345678>", "<@&123456789012345678>"])
def test_mentions_in_questions_answers_and_passages_cannot_ping(ping: str) -> None:
    answer = answered(f"hello {ping}", cite(1, f"passage {ping} here"), question=f"{ping} when?")
    text = everything(render_answer(answer, echo_question=True))
    assert ping not in text
    assert ping.replace("@", "@\u200b") in text


def test_a_long_passage_is_trimmed_at_a_word_boundary_with_an_ellipsis() -> None:
    passage = " ".join(f"word{i}" for i in range(400))  # ~3,000 characters
    description = render_answer(answered("Short.", cite(1, passage))).embeds[0].description
    quote = description.split("“", 1)[1].split("”", 1)[0]
    assert quote.endswith("…")
    assert quote[:-1].split()[-1] in passage.split()  # the last word shown is whole
    assert len(quote) <= 701


def test_every_citation_keeps_its_number_and_those_that_do_not_fit_are_counted() -> None:
    citations = [cite(n, " ".join(["passage"] * 80), start=n * 1000) for n in range(1, 21)]
    description = render_answer(answered("Text.", *citations)).embeds[0].description
    blocks = description.split("\n\n")
    shown = blocks[:-1]
    assert [b.split("]", 1)[0] for b in shown] == [f"**[{n}" for n in range(1, len(shown) + 1)]
    assert blocks[-1] == f"*…and {20 - len(shown)} more passages*"


@pytest.mark.parametrize(
    "answer",
    [
        answered("x" * 10_000, cite(1, "y" * 10_000)),
        answered("word " * 3_000, *(cite(n, "quote " * 2_000, start=n) for n in range(1, 40))),
        answered("*_`|~" * 1_000, *(cite(n, "*_`|~>" * 1_000, start=n, source="*" * 500) for n in range(1, 6))),
        answered("@everyone " * 500, cite(1, "<@123456789012345678> " * 500, source="@here " * 100)),
        answered("", cite(1, "")),
    ],
    ids=["huge-text-and-passage", "many-citations", "markdown-everywhere", "mentions-everywhere", "empty"],
)
def test_any_answer_fits_discord_limits(answer: Answer) -> None:
    for echo in (False, True):
        assert limit_violations(render_answer(answer, echo_question=echo)) == []


def test_the_console_form_quotes_the_same_passages_without_markdown() -> None:
    text = answer_as_text(FILMING_ANSWER)
    lines = text.split("\n")
    assert lines[0].startswith("The We Can Be Heroes sequel")
    assert lines[1] == ""
    assert lines[2] == f"[1] “{FILMING}” — {TITLE}, chars 160\u2013{160 + len(FILMING)}"
    assert lines[3].startswith("[2] “It stars Pedro Pascal")
    assert "**" not in text and "\\" not in text


def test_the_console_form_of_an_abstention_quotes_nothing_and_suggests_help() -> None:
    text = answer_as_text(abstention())
    assert "doesn't say" in text and "/help" in text and "[1]" not in text


# --- sources, help, notices ----------------------------------------------------------------------


SOURCES = [SourceInfo(title=TITLE, path="we-can-be-heroes-2.md", characters=2906, passages=14)]


def test_sources_lists_each_document_with_its_path_and_size() -> None:
    description = render_sources(SOURCES).embeds[0].description
    assert TITLE in description and "`we-can-be-heroes-2.md`" in description
    assert "2,906 characters in 14 passages" in description
    assert "we-can-be-heroes-2.md" in sources_as_text(SOURCES)


def test_sources_escape_titles_and_fit_limits_however_many_documents() -> None:
    many = [SourceInfo(title=f"*doc* {i} " * 30, path=f"d{i}`x`.md", characters=i, passages=1) for i in range(500)]
    reply = render_sources(many)
    assert limit_violations(reply) == []
    assert r"\*doc\*" in reply.embeds[0].description
    assert "`d0'x'.md`" in reply.embeds[0].description  # a backtick cannot break out of the code span


def test_sources_say_so_when_nothing_is_loaded() -> None:
    assert "No documents" in render_sources([]).embeds[0].description
    assert "No documents" in sources_as_text([])


def test_help_lists_ask_every_topic_command_and_sources_with_example_questions() -> None:
    reply = render_help(TOPICS)
    text = everything(reply)
    for name in ["/ask", "/sources", *(f"/{t.name}" for t in TOPICS)]:
        assert name in text
    for topic in TOPICS:
        assert topic.questions[0] in text  # examples come from the topics' own questions
    assert limit_violations(reply) == []


def test_help_names_the_answer_channels_only_when_there_are_some() -> None:
    assert "<#42>" in everything(render_help(TOPICS, {42}))
    assert "<#" not in everything(render_help(TOPICS))


def test_console_help_lists_every_command() -> None:
    text = help_as_text(TOPICS)
    for name in ["ask", "sources", "help", *(t.name for t in TOPICS)]:
        assert f"/{name}" in text


def test_a_notice_keeps_its_own_formatting_and_fits() -> None:
    assert render_notice("Try `/help`.").content == "Try `/help`."
    assert len(render_notice("x" * 5000).content) == 2000


# --- the limits helper ---------------------------------------------------------------------------


def test_clip_leaves_text_that_fits_alone() -> None:
    assert clip("short text", 10) == "short text"


def test_clip_cuts_at_a_word_boundary_and_adds_an_ellipsis() -> None:
    assert clip("the quick brown fox jumps", 18) == "the quick brown…"
    assert clip("the quick brown fox", 16) == "the quick brown…"


def test_clip_drops_trailing_punctuation_before_the_ellipsis() -> None:
    assert clip("one, two, three, four", 16) == "one, two, three…"


def test_clip_cuts_a_single_huge_word_rather_than_dropping_everything() -> None:
    assert clip("a " + "x" * 100, 20) == "a " + "x" * 17 + "…"


def test_clip_never_leaves_a_lone_backslash_that_would_escape_the_ellipsis() -> None:
    clipped = clip("abcdefgh\\" + "*" * 20, 10)
    assert len(clipped) <= 10 and not clipped[:-1].endswith("\\")
    assert clip("abcdefg\\\\" + "*" * 20, 10) == "abcdefg\\\\…"


def embed(**parts: Any) -> discord.Embed:
    e = discord.Embed(title=parts.get("title"), description=parts.get("description"))
    for i in range(parts.get("fields", 0)):
        e.add_field(name=parts.get("field_name", f"f{i}"), value=parts.get("field_value", "v"))
    if "footer" in parts:
        e.set_footer(text=parts["footer"])
    if "author" in parts:
        e.set_author(name=parts["author"])
    return e


def test_fit_clips_every_part_to_its_own_limit() -> None:
    reply = fit(
        Reply(
            content="c" * 3000,
            embeds=[
                embed(
                    title="t" * 300,
                    description="d " * 1000,
                    fields=30,
                    field_name="n" * 300,
                    field_value="v" * 2000,
                    footer="f" * 3000,
                    author="a" * 300,
                )
            ],
        )
    )
    assert limit_violations(reply) == []
    assert len(reply.content) == 2000 and reply.content.endswith("…")
    data = reply.embeds[0].to_dict()
    assert len(data["title"]) == 256 and len(data["author"]["name"]) == 256


def test_fit_keeps_the_total_of_all_embeds_within_6000_characters_dropping_from_the_end() -> None:
    embeds = [embed(title=f"embed {i}", description="word " * 800) for i in range(12)]
    reply = fit(Reply(embeds=embeds))
    assert limit_violations(reply) == []
    assert [e.title for e in reply.embeds] == ["embed 0", "embed 1"]
    assert reply.embeds[-1].description.endswith("…")


def test_fit_drops_fields_before_cutting_the_description() -> None:
    reply = fit(Reply(embeds=[embed(description="d" * 4000, fields=10, field_value="v" * 1000)]))
    assert limit_violations(reply) == []
    assert reply.embeds[0].description == "d" * 4000
    assert len(reply.embeds[0].fields) == 1


def test_fit_gives_empty_field_names_and_values_a_placeholder_discord_accepts() -> None:
    reply = fit(Reply(embeds=[embed(fields=1, field_name="", field_value="")]))
    assert limit_violations(reply) == []


def test_fit_never_returns_an_empty_message() -> None:
    assert fit(Reply()).content


def test_replies_are_sent_with_every_mention_disabled() -> None:
    kwargs = Reply(content="hi").send_kwargs()
    assert kwargs["allowed_mentions"].to_dict() == {"parse": []}
    assert kwargs["content"] == "hi" and kwargs["embeds"] == []
    assert Reply(embeds=[embed(title="t")]).send_kwargs()["content"] is None
