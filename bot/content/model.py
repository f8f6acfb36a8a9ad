"""Frozen dataclasses for everything the content holds."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.content.targets import (
    CATEGORY,
    LANG_PAGE,
    MORE,
    NODE,
    ORGANIZATION,
    PHASE,
    Target,
)
from bot.hours import Hours

MAIN_MENU = Target.node("main-menu")
LANGUAGE_MENU = Target.node("language-menu")
EMERGENCY = Target(CATEGORY, "emergency")
MAX_OPTIONS_PER_NODE = 8  # content buttons on one screen: it must fit a phone
MAX_ID_BYTES = 40  # leaves room in Telegram's 64-byte callback data
NODE_TYPES = ("menu", "language")
# The kinds of danger now that typed text can be about; each leads to 112 and a fitting line.
DANGER_KINDS = (
    "fire",
    "medical",
    "suicide",
    "violence",
    "sexual-violence",
    "crime",
    "child",
    "trafficking",
)
# The ways a message tells of danger that is not happening now (locales/<code>/calm.yaml).
CALM_KINDS = ("hypothetical", "past", "play", "denied")
NOTHING = Target.node("none")  # in examples: messages that ask for nothing the bot offers
LANGUAGES_PER_PAGE = 7  # plus a button to the next page: 8 buttons, as on every screen


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a fact comes from and when it was last compared with that source."""

    source: str
    page_date: str
    checked: str
    verified: bool
    path: str
    line: int | None


@dataclass(frozen=True, slots=True)
class Fact:
    """One value users see, with its provenance."""

    value: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Phone:
    """A phone line: what it is for and when it is open."""

    number: str
    label: str
    hours: Hours | None
    hours_text: str | None
    audience: str
    provenance: Provenance
    kind: str = "phone"  # "phone" or "fax"

    @property
    def shown_first(self) -> bool:
        """Public phone lines are on the card; lines for professionals and faxes one tap away."""
        return self.audience == "public" and self.kind == "phone"

    @property
    def shareable(self) -> bool:
        """Whether the line may be handed out as a contact card: public, a phone, confirmed."""
        return self.audience == "public" and self.kind == "phone" and self.provenance.verified


@dataclass(frozen=True, slots=True)
class Link:
    """A further web page of an organisation, with what it is for."""

    url: str
    label: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organisation card."""

    id: str
    name: str
    full_name: str | None
    categories: tuple[str, ...]
    website: Fact | None
    email: Fact | None
    address: Fact | None
    phones: tuple[Phone, ...]
    provenance: Provenance
    links: tuple[Link, ...] = ()

    @property
    def facts(self) -> tuple[Fact | Phone | Link, ...]:
        found = (self.website, self.email, self.address, *self.phones, *self.links)
        return tuple(fact for fact in found if fact is not None)


FactValue = int | float | date | str
FACT_TYPES = ("number", "date", "money", "phone")


@dataclass(frozen=True, slots=True)
class NamedFact:
    """A fact texts use as a variable (data/facts.yaml): typed, sourced, maybe time-limited."""

    id: str
    type: str
    value: FactValue
    provenance: Provenance
    valid_from: date | None = None
    valid_until: date | None = None
    dates_line: int | None = None  # the line of valid_until (or valid_from), for problems


@dataclass(frozen=True, slots=True)
class DeepLink:
    """A link that opens the bot on a screen; the channel knows the bot's address."""

    payload: str


@dataclass(frozen=True, slots=True)
class Say:
    """A message to show: a Fluent id and its arguments (resolved by the renderer)."""

    msg: str
    args: tuple[tuple[str, str | int | date | DeepLink], ...] = ()
    line: int | None = field(default=None, compare=False, repr=False)  # where content says it


@dataclass(frozen=True, slots=True)
class Category:
    """A service category and what to say above its list of organisations."""

    id: str
    say: tuple[Say, ...]
    organisations: tuple[str, ...]
    urgent: bool = False
    line: int | None = None
    related: tuple[str, ...] = ()
    erase: bool = False  # offers "Erase this chat" (violence, trafficking, ...)
    more: tuple[Say, ...] = ()  # shown one tap away ("More about this"), to keep screens short


@dataclass(frozen=True, slots=True)
class Phase:
    """A step of the asylum procedure: what it says, related topics, the step(s) after it."""

    id: str
    say: tuple[Say, ...]
    next: tuple[str, ...]
    related: tuple[str, ...]
    checked: date | None = None
    line: int | None = None
    more: tuple[Say, ...] = ()  # shown one tap away ("More about this step")


@dataclass(frozen=True, slots=True)
class Option:
    """A button: its label message (None: derived from the target) and where it leads."""

    to: Target
    label: str | None = None
    line: int | None = field(default=None, compare=False, repr=False)  # where content has it


@dataclass(frozen=True, slots=True)
class FlowNode:
    """A node of a flow: what it says, which buttons it offers, where Back leads."""

    id: str
    type: str
    say: tuple[Say, ...]
    options: tuple[Option, ...]
    back: Target
    path: str
    line: int | None
    erase: bool = False  # offers "Erase this chat"
    info: bool = False  # an information screen: feedback and share buttons
    languages: tuple[str, ...] = ()  # a language node: the order languages are offered in


@dataclass(frozen=True, slots=True)
class LocaleInfo:
    """A language the bot speaks."""

    code: str
    name: str
    direction: str
    status: str
    cldr: str

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


@dataclass(frozen=True, slots=True)
class Content:
    """All content, loaded once at start."""

    root: Path
    organisations: dict[str, Organisation]
    categories: dict[str, Category]
    phases: dict[str, Phase]
    nodes: dict[str, FlowNode]
    locales: dict[str, LocaleInfo]
    keywords: dict[str, dict[Target, tuple[str, ...]]]
    facts: dict[str, NamedFact]
    # Example messages per language and target, for the model that understands typed text.
    examples: dict[str, dict[Target, tuple[str, ...]]] = field(default_factory=dict)
    # Per language, words that tell danger is not happening now, by kind ("calm:past").
    calm: dict[str, dict[Target, tuple[str, ...]]] = field(default_factory=dict)
    lines: dict[tuple[str, str], int] = field(default_factory=dict)  # (file, key) -> line
    # The menu a channel keeps on screen at all times, in rows (flows/main.yaml `menu:`).
    menu: tuple[tuple[Option, ...], ...] = ()

    def language_pages(self) -> tuple[tuple[str, ...], ...]:
        """The languages in the order the language menu offers them, in pages."""
        node = self.nodes.get(LANGUAGE_MENU.id)
        listed = [code for code in (node.languages if node else ()) if code in self.locales]
        order = [*listed, *(code for code in self.locales if code not in listed)]
        return tuple(
            tuple(order[i : i + LANGUAGES_PER_PAGE])
            for i in range(0, len(order), LANGUAGES_PER_PAGE)
        )

    def node_of(self, screen: Target) -> FlowNode | None:
        """The flow node `screen` is, if it is one."""
        return self.nodes.get(screen.id) if screen.kind == NODE else None

    def has_screen(self, screen: Target) -> bool:
        """True if `screen` is a flow node or a data target such as `category:legal`."""
        kind, ident = screen.kind, screen.id
        if kind == NODE or not ident:  # "category:" names nothing: no node id has a ":"
            return self.node_of(screen) is not None
        if kind == MORE:
            return self.has_more(screen.screen)
        if kind == LANG_PAGE:
            return (
                ident.isascii()
                and ident.isdigit()
                and 1 < int(ident) <= len(self.language_pages())
            )
        # Not `lang:ar`: a language button changes the language and opens the screen it
        # came from; it is no screen to open, nor a way back.
        tables: dict[str, Mapping[str, object]] = {
            CATEGORY: self.categories,
            ORGANIZATION: self.organisations,
            PHASE: self.phases,
        }
        table = tables.get(kind)
        return table is not None and ident in table

    def has_more(self, screen: Target) -> bool:
        """Whether `screen` keeps part of itself one tap away."""
        kind, ident = screen.kind, screen.id
        if kind == PHASE and ident in self.phases:
            return bool(self.phases[ident].more)
        if kind == CATEGORY and ident in self.categories:
            return bool(self.categories[ident].more)
        if kind == ORGANIZATION and ident in self.organisations:
            return any(not p.shown_first for p in self.organisations[ident].phones)
        return False
