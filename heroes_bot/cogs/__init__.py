"""One cog per feature: ``questions`` (slash commands), ``mentions`` (answering messages)."""
