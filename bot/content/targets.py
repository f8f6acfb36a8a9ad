"""Targets: where a button, a typed message, a deep link or Back leads.

A target is written `kind:id` ("category:legal", "organization:coa", "lang:ar",
"langs:2", "do:forget") or, for a node of the flows, its bare name ("main-menu"). Content
files, buttons and callback data carry that written form; this module is the one place
that reads it (`Target.parse`) and writes it (`str(target)`, `target_of`).
"""

from __future__ import annotations

from dataclasses import dataclass

NODE = "node"  # the kind of a flow node, whose written form is its bare name
CATEGORY = "category"
ORGANIZATION = "organization"
PHASE = "phase"
LANG = "lang"
LANG_PAGE = "langs"  # the next page of the language list
MORE = "more"  # the rest of a screen, one tap away
CONTACT = "contact"  # an organisation's phone number as a contact card
COMMAND = "command"  # a command typed in words ("menu", "back")
ACTION = "do"  # forget, erase
SHARE = "share"  # `share:<screen>`: the deep link to a screen
FEEDBACK = ("up", "down", "missing")  # `up:<screen>`: "Did this help? 👍 / 👎", "Missing?"
DANGER = "danger"  # in examples: a message about danger now, of one kind ("danger:fire")
DATA_KINDS = (CATEGORY, ORGANIZATION, PHASE)  # screens made from data/, not from flows


@dataclass(frozen=True, slots=True)
class Target:
    """A kind and an id: `Target("category", "legal")` is written "category:legal"."""

    kind: str
    id: str

    @classmethod
    def parse(cls, text: str) -> Target:
        kind, colon, ident = text.partition(":")
        return cls(kind, ident) if colon else cls(NODE, text)

    def __str__(self) -> str:
        return self.id if self.kind == NODE else f"{self.kind}:{self.id}"


def target_of(kind: str, ident: str | int) -> str:
    """The written form of a target: `target_of("category", "legal")` is "category:legal"."""
    return str(Target(kind, str(ident)))


def kind_of(text: str) -> str:
    return Target.parse(text).kind


def id_of(text: str) -> str:
    return Target.parse(text).id


def deep_link(screen: str) -> str:
    """The deep-link payload for a screen: Telegram allows no `:` there (`category_legal`)."""
    return screen.replace(":", "_")


def from_deep_link(payload: str) -> str | None:
    """The data target a payload such as `category_legal` names, or None (no kind in it)."""
    kind, underscore, ident = payload.partition("_")
    return target_of(kind, ident) if underscore and kind in DATA_KINDS else None
