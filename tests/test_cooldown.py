"""The per-user question budget shared by slash commands and mentions."""

from __future__ import annotations

from heroes_bot.cooldown import QuestionCooldown


def test_the_first_question_is_free_and_a_quick_second_one_must_wait() -> None:
    cooldown = QuestionCooldown(rate=1, per=5)
    assert cooldown.hit(1, now=1000.0) == 0
    assert cooldown.hit(1, now=1001.0) == 4.0


def test_the_budget_refills_after_the_window() -> None:
    cooldown = QuestionCooldown(rate=1, per=5)
    cooldown.hit(1, now=1000.0)
    assert cooldown.hit(1, now=1005.5) == 0


def test_each_user_has_a_budget_of_their_own() -> None:
    cooldown = QuestionCooldown(rate=1, per=5)
    assert cooldown.hit(1, now=1000.0) == 0
    assert cooldown.hit(2, now=1000.0) == 0


def test_a_rate_above_one_allows_that_many_questions_per_window() -> None:
    cooldown = QuestionCooldown(rate=2, per=10)
    assert [cooldown.hit(1, now=1000.0 + i) for i in range(3)] == [0, 0, 8.0]


def test_a_zero_window_turns_the_cooldown_off() -> None:
    cooldown = QuestionCooldown(rate=1, per=0)
    assert not cooldown.enabled
    assert all(cooldown.hit(1) == 0 for _ in range(10))


def test_users_whose_window_has_passed_are_forgotten_when_many_are_remembered() -> None:
    cooldown = QuestionCooldown(rate=1, per=5)
    for user in range(1500):
        cooldown.hit(user, now=1000.0)
    for user in range(1500, 2100):
        cooldown.hit(user, now=2000.0)
    assert len(cooldown._buckets) < 1000
    assert cooldown.hit(2099, now=2001.0) > 0  # those still in their window are remembered
