"""Wegwijs: a multilingual guide for asylum seekers in the Netherlands."""

from bot.cldr import keep_only_what_is_read

__version__ = "0.1.0"

keep_only_what_is_read()  # before any of the bot's code reads a language's CLDR data
