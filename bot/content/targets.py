"""Targets: where a button, a typed message, a deep link or Back leads.

Inside the program a target is a `Target`: a kind and an id. Outside it is written
`kind:id` ("category:legal", "organization:coa", "lang:ar", "langs:2", "do:forget") or, for
a node of the flows, its bare name ("main-menu"). Content files, callback data, deep links,
the counts and JSON output carry that written form; this module is the one place that reads
it (`Target.parse`, `from_deep_link`, `from_compact`) and writes it (`str(target)`,
`deep_link`, `compact`).
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
CALM = "calm"  # in calm.yaml: words that tell danger is not happening now ("calm:past")
DATA_KINDS = (CATEGORY, ORGANIZATION, PHASE)  # screens made from data/, not from flows
# Callback data is at most 64 bytes: the commonest kinds travel as one letter ("c.legal").
SHORT_KINDS = {CATEGORY: "c", ORGANIZATION: "o", PHASE: "p", LANG: "l", CONTACT: "k"}
LONG_KINDS = {short: kind for kind, short in SHORT_KINDS.items()}


@dataclass(frozen=True, slots=True)
class Target:
    """A kind and an id: `Target("category", "legal")` is written "category:legal".

    Every written form reads back as the same target and every target read from one writes
    it back, so a target can stand for its written form in tables and checks (an id holds
    no ":": content ids are checked for that).
    """

    kind: str
    id: str

    @classmethod
    def parse(cls, text: str) -> Target:
        kind, colon, ident = text.partition(":")
        # "node:x" is no way to write the node x (its written form is "x"): it stays a name.
        return cls(kind, ident) if colon and kind != NODE else cls(NODE, text)

    @classmethod
    def node(cls, name: str) -> Target:
        """The flow node `name` ("main-menu")."""
        return cls(NODE, name)

    def about(self, kind: str) -> Target:
        """A target about this screen: `share:category:legal`, `more:phase:registration`."""
        return Target(kind, str(self))

    @property
    def screen(self) -> Target:
        """The screen a target made by `about` is about."""
        return Target.parse(self.id)

    def __str__(self) -> str:
        return self.id if self.kind == NODE else f"{self.kind}:{self.id}"


def deep_link(screen: Target) -> str:
    """The deep-link payload for a screen: Telegram allows no `:` there (`category_legal`)."""
    return str(screen).replace(":", "_")


def from_deep_link(payload: str) -> Target | None:
    """The data target a payload such as `category_legal` names, or None (no kind in it)."""
    kind, underscore, ident = payload.partition("_")
    return Target(kind, ident) if underscore and kind in DATA_KINDS else None


def compact(target: Target) -> str:
    """The written form in callback data: a common kind as one letter (`c.legal`)."""
    short = SHORT_KINDS.get(target.kind)
    return f"{short}.{target.id}" if short else str(target)


def from_compact(written: str) -> Target:
    """The target a `compact` form (or a plain written form) names."""
    short, dot, ident = written.partition(".")
    kind = LONG_KINDS.get(short) if dot else None
    return Target(kind, ident) if kind else Target.parse(written)
