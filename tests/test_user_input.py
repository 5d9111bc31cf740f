"""What people type: question checks, mention stripping, and what counts as a question."""

from __future__ import annotations

import pytest

from heroes_bot.user_input import (
    MAX_QUESTION_CHARS,
    RejectedQuestion,
    check_question,
    looks_like_question,
    mentions_user,
    strip_mention,
)

BOT = 1100000000000000001


def test_a_question_comes_back_with_its_whitespace_collapsed() -> None:
    assert check_question("  when   does\nfilming start? ") == "when does filming start?"


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_a_blank_question_is_rejected_with_an_example(text: str) -> None:
    with pytest.raises(RejectedQuestion, match=r"e\.g\."):
        check_question(text)


def test_a_question_over_the_limit_is_rejected_saying_the_limit() -> None:
    assert check_question("x" * MAX_QUESTION_CHARS)
    with pytest.raises(RejectedQuestion, match=str(MAX_QUESTION_CHARS)):
        check_question("x" * (MAX_QUESTION_CHARS + 1))


@pytest.mark.parametrize(
    ("content", "question"),
    [
        (f"<@{BOT}> when does filming start?", "when does filming start?"),
        (f"<@!{BOT}>, who directed it?", "who directed it?"),
        (f"hey <@{BOT}>: who directed it?", "hey who directed it?"),
        (f"who directed it <@{BOT}>", "who directed it"),
        (f"<@{BOT}>", ""),
        (f"<@{BOT}> <@123> who is <@123>?", "<@123> who is <@123>?"),
    ],
)
def test_the_bots_mention_is_stripped_from_the_question(content: str, question: str) -> None:
    assert strip_mention(content, BOT) == question


def test_the_bots_role_mention_is_stripped_too_when_given() -> None:
    assert strip_mention("<@&77> who directed it? <@&78>", BOT, role_id=77) == "who directed it? <@&78>"
    assert strip_mention("<@&77> who?", BOT) == "<@&77> who?"


def test_a_mention_is_recognised_in_both_forms_and_only_for_that_user() -> None:
    assert mentions_user(f"hi <@{BOT}>", BOT) and mentions_user(f"hi <@!{BOT}>", BOT)
    assert not mentions_user("hi <@123>", BOT)


@pytest.mark.parametrize(
    "text", ["when does filming start?", "When does filming start", "Is there a release date", "cast list?", "who?"]
)
def test_questions_look_like_questions(text: str) -> None:
    assert looks_like_question(text)


@pytest.mark.parametrize("text", ["", "lol", "I love that movie", "Have fun!", "ok.", "filming starts in 2022"])
def test_chatter_does_not_look_like_a_question(text: str) -> None:
    assert not looks_like_question(text)
