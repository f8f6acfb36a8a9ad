"""The terminal channel: one line in per turn, replies and numbered buttons out."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TextIO

from bot.app import Wegwijs, pick_language
from bot.channels import parse_command
from bot.channels.conversation import converse
from bot.content.targets import LANG, Target
from bot.engine.events import Choice, Command, Event, Start, Text
from bot.markup import Markup, PlainMarkup
from bot.render import Rendered, RenderedButton

CONSOLE_USER = "console"


def parse_line(line: str, buttons: list[RenderedButton]) -> Event | None:
    """A command, a button number or free text; None for an empty line."""
    line = line.strip()
    if not line:
        return None
    if line.startswith("/"):
        return parse_command(line)
    # ASCII digits only: `²` or `፫` pass str.isdigit() but are no button number.
    if line.isascii() and line.isdigit() and len(line) <= 4 and 1 <= int(line) <= len(buttons):
        pressed = buttons[int(line) - 1]
        if pressed.target is not None:  # link buttons are not numbered
            return Choice(pressed.target, pressed.path)
    return Text(line)


def show(message: Rendered, out: TextIO) -> list[RenderedButton]:
    """Print one message and its buttons; returns the buttons in their numbered order."""
    print(message.text, file=out)
    if message.contact:
        print("📇 {} {}".format(*message.contact), file=out)
    for link in (b for b in message.extras if b.url):
        print(f"🔗 {link.label}: {link.url}", file=out)
    buttons = [*message.buttons, *(b for b in message.extras if not b.url), *message.nav]
    for number, button in enumerate(buttons, start=1):
        print(f"[{number}] {button.label}", file=out)
    print(file=out)
    return buttons


def opening_event(app: Wegwijs, key: str, lang: str | None) -> Event:
    """Greet a new user; a returning one gets the menu (or the language of --lang)."""
    state = app.store.load(key)
    if state is None:
        return Start(None)
    if lang and pick_language(lang, app.content.locales) != state.lang:
        return Choice(Target(LANG, pick_language(lang, app.content.locales)))
    return Command("menu")


class ConsoleOutbox:
    """The Outbox of the terminal: prints; it has no message ids and cannot delete."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.markup: Markup = PlainMarkup()
        self.buttons: list[RenderedButton] = []  # of the last screen, numbered as shown

    async def show(self, messages: list[Rendered], *, lang: str, first_screen: bool) -> list[int]:
        for message in messages:
            shown = show(message, self.out)
            self.buttons = self.buttons if message.toast else shown  # "thank you" keeps a screen
        return []

    async def erase(self, message_ids: list[int], notice: list[Rendered]) -> None:
        await self.show(notice, lang="", first_screen=False)

    async def forget(self) -> None:
        """The terminal keeps nothing of its own."""


def chat(
    app: Wegwijs,
    stdin: TextIO = sys.stdin,
    out: TextIO = sys.stdout,
    *,
    lang: str | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> int:
    """Run a conversation until end of input; exit code 0."""
    key = app.key("console", CONSOLE_USER)
    event: Event | None = opening_event(app, key, lang)
    outbox = ConsoleOutbox(out)
    prompt = "> " if stdin.isatty() else ""
    with asyncio.Runner() as runner:
        while True:
            if event is not None:
                runner.run(converse(app, outbox, key, event, lang_hint=lang, now=clock()))
            print(prompt, end="", file=out, flush=True)
            line = stdin.readline()
            if not line:
                app.flush()  # the caller, who opened the app, closes it
                return 0
            event = parse_line(line, outbox.buttons)
