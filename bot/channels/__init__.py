"""Channels: the only modules that talk to the outside (terminal, Telegram)."""

# Commands a channel offers in its menu (each has a `command-<name>` description).
MENU_COMMANDS = ("start", "menu", "help", "language", "emergency", "privacy", "forget", "erase")
# Messages a channel formats itself; `validate` requires them in every locale.
CHANNEL_MESSAGES = (
    "group-use-private",
    "error-something-went-wrong",
    *(f"command-{name}" for name in MENU_COMMANDS),
)
