"""What the engine answers: screens of messages, cards and buttons, still untranslated."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bot.content.model import Say
from bot.content.targets import Target

Path = tuple[Target, ...]  # the way back from a screen, the most recent screen first


@dataclass(frozen=True, slots=True)
class Card:
    """An organisation's card (rendered from data by the renderer).

    `more`: the part kept one tap away (lines for professionals, fax numbers).
    """

    organisation: str
    more: bool = False


@dataclass(frozen=True, slots=True)
class Button:
    """A button: where it leads, its label message (None: derived from the target), the way back.

    The way back travels in the button itself, so nothing about where a person has
    been is ever stored.
    """

    target: Target
    label: str | None = None
    path: Path = ()


@dataclass(frozen=True, slots=True)
class Screen:
    """One message to the user: text blocks, content buttons and navigation buttons."""

    node: Target
    blocks: tuple[Say | Card, ...]
    buttons: tuple[Button, ...] = ()
    nav: tuple[Button, ...] = ()
    contact: str | None = None  # an organisation to send as a contact card
    extras: tuple[Button, ...] = ()  # share, feedback, erase: a row of their own
    toast: bool = False  # a short acknowledgement (a channel may show it as a pop-up)
    erase: bool = False  # the channel deletes this chat's recent messages first
    links: tuple[tuple[str, str], ...] = ()  # (label message id, deep-link payload) to share
    path: Path = ()  # the way back from this screen: how the person reached it

    @property
    def trail(self) -> Path:
        """The way back from a screen opened from this one: this screen, then its way back."""
        return (self.node, *self.path)

    def with_notice(self, *notices: Say) -> Screen:
        return replace(self, blocks=(*notices, *self.blocks))


@dataclass(frozen=True, slots=True)
class UserState:
    """All we keep about a user: the language. Where they are lives in their buttons."""

    lang: str


@dataclass(frozen=True, slots=True)
class Turn:
    """The result of one step: the new state (None: forget the user) and the screens."""

    state: UserState | None
    screens: tuple[Screen, ...] = field(default=())
    # Anonymous counts this turn adds: (what, screen), e.g. ("view", Target("category", "legal")).
    counts: tuple[tuple[str, Target], ...] = ()

    @property
    def node(self) -> Target | None:
        """The screen the user now sees (the last one shown)."""
        return self.screens[-1].node if self.screens else None
