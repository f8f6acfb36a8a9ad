"""What the engine answers: screens of messages, cards and buttons, still untranslated."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bot.content.model import Say


@dataclass(frozen=True, slots=True)
class Card:
    """An organisation's card (rendered from data by the renderer)."""

    organisation: str


@dataclass(frozen=True, slots=True)
class Button:
    """A button: where it leads, its label message (None: derived from the target)."""

    target: str
    label: str | None = None
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Screen:
    """One message to the user: text blocks, content buttons and navigation buttons."""

    node: str
    blocks: tuple[Say | Card, ...]
    buttons: tuple[Button, ...] = ()
    nav: tuple[Button, ...] = ()
    contact: str | None = None  # an organisation to send as a contact card

    def with_notice(self, *notices: Say) -> Screen:
        return replace(self, blocks=(*notices, *self.blocks))


@dataclass(frozen=True, slots=True)
class UserState:
    """All we keep about a user: language, where they are, where Back leads."""

    lang: str
    node: str = "main-menu"
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Turn:
    """The result of one step: the new state (None: forget the user) and the screens."""

    state: UserState | None
    screens: tuple[Screen, ...] = field(default=())
