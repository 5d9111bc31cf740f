"""heroes-bot's Discord side: slash commands and mentions answered by the ``retrieval`` library.

Modules, in the order an answer flows: ``config`` (settings from the environment), ``user_input``
(checking what people type), ``topics`` (the topic commands, as data), ``rendering`` (answers to
messages within Discord's limits, ``reply``), ``cooldown``, ``client`` (the bot) with its ``cogs``,
``console`` (the same answers on stdin/stdout) and ``startup`` (what ``python bot.py`` runs).
"""
