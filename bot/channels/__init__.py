"""Channels: the only modules that talk to the outside (terminal, Telegram)."""

from bot.engine.events import COMMANDS, Command, Start

# Commands a channel offers in its menu (each has a `command-<name>` description): all but
# back, which is a button and a word people type, not a menu entry.
MENU_COMMANDS = tuple(name for name in COMMANDS if name != "back")
# Messages a channel formats itself; `validate` requires them in every locale.
CHANNEL_MESSAGES = (
    "group-use-private",
    "error-something-went-wrong",
    "flood-slow-down",
    *(f"command-{name}" for name in MENU_COMMANDS),
)


def parse_command(text: str) -> Start | Command:
    """`/start payload`, `/menu`, `/menu@WegwijsBot` -> Start or Command (for every channel)."""
    word, _, arg = text.strip().partition(" ")
    name = word[1:].partition("@")[0].lower()
    return Start(arg.strip() or None) if name == "start" else Command(name)
