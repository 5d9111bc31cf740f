"""heroes-bot: ``python bot.py`` runs the Discord bot; ``python bot.py --console`` answers on stdin/stdout."""

import sys

from heroes_bot.startup import main

if __name__ == "__main__":
    sys.exit(main())
