"""Channels: the only modules that talk to the outside (terminal, Telegram)."""
