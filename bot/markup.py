"""How rendered text is marked up: plain for the terminal, HTML for Telegram."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Protocol

# Left-to-right isolate: keeps phone numbers and URLs whole inside right-to-left text.
LRI, PDI = "\u2066", "\u2069"
RLM = "\u200f"  # right-to-left mark: sets the direction of a line in RTL locales


class Markup(Protocol):
    """Formatting primitives a channel supports."""

    def text(self, value: str) -> str: ...
    def bold(self, value: str) -> str: ...
    def link(self, url: str) -> str: ...
    def deep_link(self, payload: str) -> str: ...


def telegram_link(bot: str | None, payload: str) -> str:
    """`https://t.me/<bot>?start=<payload>`: the link that opens the bot on a screen."""
    return f"https://t.me/{bot or '<bot>'}?start={payload}"


@dataclass(frozen=True, slots=True)
class PlainMarkup:
    """Terminal output: no markup at all. Equal markups render alike (bot.app's memo)."""

    bot: str | None = None  # the Telegram bot the links point to, when known

    def deep_link(self, payload: str) -> str:
        return telegram_link(self.bot, payload)

    def text(self, value: str) -> str:
        return value

    def bold(self, value: str) -> str:
        return value

    def link(self, url: str) -> str:
        return url


@dataclass(frozen=True, slots=True)
class HtmlMarkup:
    """Telegram HTML: every variable part escaped; numbers left as text so clients link them."""

    bot: str | None = None

    def deep_link(self, payload: str) -> str:
        return telegram_link(self.bot, payload)

    def text(self, value: str) -> str:
        return html.escape(value, quote=False)

    def bold(self, value: str) -> str:
        return f"<b>{html.escape(value, quote=False)}</b>"

    def link(self, url: str) -> str:
        return f'<a href="{html.escape(url)}">{html.escape(url, quote=False)}</a>'


def isolate(value: str, rtl: bool) -> str:
    """Wrap a Latin run (phone, URL, e-mail) so it reads left to right inside RTL text."""
    return f"{LRI}{value}{PDI}" if rtl else value
