"""One per-user question budget, shared by slash commands and mentions.

One shared mapping rather than ``app_commands.checks.cooldown`` on each command: that decorator
keeps a separate budget per command, so switching between /ask, /cast and mentions would dodge it.
"""

from __future__ import annotations

import time

from discord import app_commands

_PRUNE_AT = 1024  # users remembered before forgetting those whose window has passed


class QuestionCooldown:
    """At most ``rate`` questions per ``per`` seconds for each user; ``per == 0`` allows everything."""

    def __init__(self, rate: int, per: float) -> None:
        self.rate = rate
        self.per = per
        self._buckets: dict[int, app_commands.Cooldown] = {}
        self._prune_at = _PRUNE_AT

    @property
    def enabled(self) -> bool:
        return self.per > 0

    def cooldown(self) -> app_commands.Cooldown:
        return app_commands.Cooldown(self.rate, self.per)

    def hit(self, user_id: int, now: float | None = None) -> float:
        """Spend one question of ``user_id``'s budget: 0.0 if allowed, else the seconds left to wait."""
        if not self.enabled:
            return 0.0
        now = time.monotonic() if now is None else now
        if len(self._buckets) >= self._prune_at:
            self._prune(now)
            self._prune_at = max(_PRUNE_AT, 2 * len(self._buckets))  # amortised: no scan on every hit
        bucket = self._buckets.setdefault(user_id, self.cooldown())
        retry_after = bucket.update_rate_limit(now)
        return retry_after or 0.0

    def _prune(self, now: float) -> None:
        for user_id, bucket in list(self._buckets.items()):
            if bucket.get_tokens(now) == bucket.rate:
                del self._buckets[user_id]
