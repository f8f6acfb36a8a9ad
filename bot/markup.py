"""How rendered text is marked up: plain for the terminal, HTML for Telegram."""

from __future__ import annotations

import html
from typing import Protocol

# Left-to-right isolate: keeps phone numbers and URLs whole inside right-to-left text.
LRI, PDI = "\u2066", "\u2069"
RLM = "\u200f"  # right-to-left mark: sets the direction of a line in RTL locales


class Markup(Protocol):
    """Formatting primitives a channel supports."""

    def text(self, value: str) -> str: ...
    def bold(self, value: str) -> str: ...
    def link(self, url: str) -> str: ...
    def phone(self, number: str, dial: str) -> str: ...


class PlainMarkup:
    """Terminal output: no markup at all."""

    def text(self, value: str) -> str:
        return value

    def bold(self, value: str) -> str:
        return value

    def link(self, url: str) -> str:
        return url

    def phone(self, number: str, dial: str) -> str:
        return number


class HtmlMarkup:
    """Telegram HTML: every variable part escaped; numbers left as text so clients link them."""

    def text(self, value: str) -> str:
        return html.escape(value, quote=False)

    def bold(self, value: str) -> str:
        return f"<b>{html.escape(value, quote=False)}</b>"

    def link(self, url: str) -> str:
        return f'<a href="{html.escape(url)}">{html.escape(url, quote=False)}</a>'

    def phone(self, number: str, dial: str) -> str:
        # Telegram makes phone numbers in text tappable itself; tel: links are not allowed.
        return html.escape(number, quote=False)


def isolate(value: str, rtl: bool) -> str:
    """Wrap a Latin run (phone, URL, e-mail) so it reads left to right inside RTL text."""
    return f"{LRI}{value}{PDI}" if rtl else value
