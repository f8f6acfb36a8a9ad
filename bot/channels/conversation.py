"""The contract between the bot and a channel, and one turn that is the same on every channel.

A channel (the terminal, Telegram; WhatsApp or a web chat would be one more module):
- turns what a person sends into an Event (`parse_command` for commands, for all channels);
- implements `Outbox`: show rendered messages with their buttons, and erase messages;
- raises `Blocked` when the person blocked the bot or left, so nothing is kept about them;
- calls `converse` for each event. What the turn keeps (the language, a day, and for 48
  hours the ids of the chat's messages so that "Erase this chat" can delete them) is
  decided here, not in the channel.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Protocol

from bot.app import Answer, Wegwijs
from bot.content.targets import LANG
from bot.engine.events import Choice, Event, Start
from bot.markup import Markup
from bot.offload import off_loop
from bot.render import Rendered

log = logging.getLogger(__name__)


class Blocked(Exception):
    """The person blocked the bot or deleted their account."""


class Outbox(Protocol):
    """How one channel puts answers in front of one person."""

    markup: Markup  # how text is marked up on this channel (HTML, plain)

    async def show(self, messages: list[Rendered], *, lang: str, first_screen: bool) -> list[int]:
        """Show the messages (in `lang`); `first_screen`: also (re)introduce the always-on menu.

        Returns the ids of the messages the channel sent (for erasing later), if it has ids.
        """
        ...

    async def erase(self, message_ids: list[int], notice: list[Rendered]) -> None:
        """Delete these messages of the chat, then show the notice on deleting the chat."""
        ...

    async def forget(self) -> None:
        """After /forget: drop what the channel itself keeps for this chat (a command menu)."""
        ...


def introduces_menu(event: Event) -> bool:
    """Turns that (re)introduce the always-on menu: a start, a new language."""
    return isinstance(event, Start) or (isinstance(event, Choice) and event.target.kind == LANG)


async def converse(
    app: Wegwijs,
    outbox: Outbox,
    key: str,
    event: Event,
    *,
    lang_hint: str | None,
    now: datetime,
    shown: list[int] | None = None,
) -> Answer | None:
    """One turn: answer the event, show it (or erase the chat), remember what may be erased.

    `shown`: ids of the person's message or pressed screen, which "Erase this chat" deletes
    too. Returns the answer, or None when the person has blocked the bot.
    """
    shown = shown or []
    remote = app.state.remote
    found = await off_loop(
        remote,
        lambda: app.answer(key, event, lang_hint=lang_hint, markup=outbox.markup, now=now),
    )
    try:
        if any(m.erase for m in found.messages):
            await outbox.erase(sorted({*found.erase, *shown}), found.messages)
            sent = None
        else:
            sent = await outbox.show(
                found.messages, lang=found.lang, first_screen=introduces_menu(event)
            )
    except Blocked:
        await off_loop(remote, lambda: app.store.forget(key))  # nothing about who left
        log.info("a user blocked the bot; their row was deleted")
        return None
    if found.turn.state is None:  # forgotten (and maybe erased): nothing of theirs is left
        await outbox.forget()
    elif sent is not None:
        ids = [*shown, *sent]
        await off_loop(remote, lambda: app.store.remember_messages(key, ids, now))
    return found
