"""Build the screen for a node or data target; one builder per kind, in a registry."""

from __future__ import annotations

from collections.abc import Callable

from bot.content.model import EMERGENCY, MAIN_MENU, Content, Say
from bot.engine.replies import Button, Card, Screen

# Where Back leads from a data screen when the button that opened it named no origin.
DEFAULT_BACK = {
    "category": "topics-menu",
    "organization": "organisations-menu",
    "phase": "phases-menu",
}
PHASE_PARTS = ("now", "coa", "help", "next")
CONTACT = "contact"  # a button that sends an organisation's phone as a contact card

Builder = Callable[[Content, str, str], Screen]


def _nav(
    content: Content, node: str, back: str, buttons: tuple[Button, ...] = ()
) -> tuple[Button, ...]:
    """Back, Menu and Emergency, leaving out where the user is and what a button offers."""
    nav = []
    if back not in (node, MAIN_MENU) and content.has_screen(back):
        nav.append(Button(back, "nav-back"))
    if node != MAIN_MENU:
        nav.append(Button(MAIN_MENU, "nav-menu"))
    if node != EMERGENCY and all(b.target != EMERGENCY for b in buttons):
        nav.append(Button(EMERGENCY, "nav-emergency"))
    return tuple(nav)


def flow_screen(content: Content, node_id: str, origin: str) -> Screen:
    node = content.nodes[node_id]
    buttons = tuple(Button(opt.to, opt.label, origin=node_id) for opt in node.options)
    if node.type == "language":
        buttons = tuple(Button(f"lang:{code}") for code in content.locales) + buttons
    # Flow nodes declare their own way back; `origin` only matters for data screens.
    return Screen(node_id, node.say, buttons, _nav(content, node_id, node.back, buttons))


def category_screen(content: Content, target: str, origin: str) -> Screen:
    category = content.categories[target.partition(":")[2]]
    buttons = tuple(Button(f"organization:{org}", origin=target) for org in category.organisations)
    count = Say("category-organisations-count", (("count", len(buttons)),))
    return Screen(target, (*category.say, count), buttons, _nav(content, target, origin))


def organisation_screen(content: Content, target: str, origin: str) -> Screen:
    org = content.organisations[target.partition(":")[2]]
    buttons = tuple(
        Button(f"category:{cat}", origin=target)
        for cat in org.categories
        if f"category:{cat}" != origin and cat in content.categories
    )
    if any(phone.audience == "public" for phone in org.phones):
        buttons = (*buttons, Button(f"{CONTACT}:{org.id}", "card-save-contact", origin=origin))
    return Screen(target, (Card(org.id),), buttons, _nav(content, target, origin))


def phase_screen(content: Content, target: str, origin: str) -> Screen:
    phase = content.phases[target.partition(":")[2]]
    args = tuple((key, fact.value) for key, fact in phase.facts.items())
    blocks = (
        Say(f"phase-{phase.id}"),
        *tuple(Say(f"phase-{phase.id}-{part}", args) for part in PHASE_PARTS),
    )
    buttons = tuple(Button(f"category:{cat}", origin=target) for cat in phase.related)
    if phase.next:
        following = f"phase:{phase.next}" if phase.next in content.phases else phase.next
        buttons += (Button(following, "phase-next-button", origin=target),)
    return Screen(target, blocks, buttons, _nav(content, target, origin))


BUILDERS: dict[str, Builder] = {
    "category": category_screen,
    "organization": organisation_screen,
    "phase": phase_screen,
}


def build_screen(content: Content, screen: str, origin: str | None = None) -> Screen:
    """The screen for a node id or data target; the caller checks it exists."""
    kind, _, _ = screen.partition(":")
    builder = BUILDERS.get(kind, flow_screen)
    default_back = DEFAULT_BACK.get(kind, MAIN_MENU)
    return builder(content, screen, origin or default_back)
