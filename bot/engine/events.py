"""What a user can do, whatever the channel: the closed Event union."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.content.targets import Target

COMMANDS = (
    "start",
    "menu",
    "help",
    "language",
    "emergency",
    "privacy",
    "forget",
    "erase",
    "back",
)


@dataclass(frozen=True, slots=True)
class Start:
    """/start, optionally with a deep-link payload such as `category_legal`.

    `choose_language`: a new user who came by a link, or whose phone's language the bot
    does not speak, gets the language list at once (the channel's app decides).
    """

    payload: str | None = None
    choose_language: bool = False


@dataclass(frozen=True, slots=True)
class Command:
    """A command other than /start (one of COMMANDS), or an unknown one."""

    name: str


@dataclass(frozen=True, slots=True)
class Choice:
    """A button press: the screen it leads to, and the way back from there."""

    target: Target
    path: tuple[Target, ...] = ()


@dataclass(frozen=True, slots=True)
class Text:
    """Free text the user typed."""

    text: str


@dataclass(frozen=True, slots=True)
class Location:
    """The user shared a location (not used for guidance yet)."""


@dataclass(frozen=True, slots=True)
class Unreadable:
    """Something the bot cannot read: a sticker, a voice message, a photo without caption."""


Event = Start | Command | Choice | Text | Location | Unreadable


@dataclass(frozen=True, slots=True)
class Match:
    """What free text was understood as."""

    target: Target | None
    score: float
    alternatives: tuple[Target, ...] = ()
    confident: bool = False
    danger: str | None = None  # the kind of danger now (fire, medical, suicide ...), if any
    language: str | None = None  # the language the text looks written in, when clear
    small_talk: bool = False  # a greeting, thanks or chat that asks for nothing the bot has


class Matcher(Protocol):
    """Maps free text in a language to a target (see bot.matcher)."""

    def match(self, text: str, lang: str) -> Match: ...
