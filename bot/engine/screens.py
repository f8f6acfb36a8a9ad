"""Build the screen for a node or data target; one builder per kind, in a registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.content.model import EMERGENCY, LANGUAGE_MENU, MAIN_MENU, Content, Say
from bot.engine.replies import Button, Card, Path, Screen

# Where Back leads from a data screen reached with no way back (a deep link, typed text).
DEFAULT_BACK = {
    "category": "topics-menu",
    "organization": "organisations-menu",
    "phase": "procedure-start",
}
CONTACT = "contact"  # a button that sends an organisation's phone as a contact card
SHARE = "share"  # a button that shows the deep link to a screen
MORE = "more"  # `more:<screen>`: the part of a screen kept one tap away
FEEDBACK = ("up", "down", "missing")  # "Did this help? 👍 / 👎", "Something missing?"
ERASE = "do:erase"  # a button that deletes this chat's recent messages
MAX_PATH = 8  # screens remembered for Back; a channel may keep fewer
DATA_KINDS = ("category", "organization", "phase")

Builder = Callable[[Content, str, Path], Screen]


def forward(screen: str, path: Path, target: str) -> Path:
    """The way back from `target` when it is opened from `screen` (reached by `path`)."""
    trail = (screen, *path)
    if target == MAIN_MENU:
        return ()
    if target in trail:  # going to a screen already on the way: the way back shortens
        return trail[trail.index(target) + 1 :]
    return trail[:MAX_PATH]


def back_of(content: Content, screen: str, path: Path) -> tuple[str, Path]:
    """Where Back leads from `screen`, and the way back from there."""
    if path:
        return path[0], path[1:]
    node = content.nodes.get(screen)
    kind = screen.partition(":")[0]
    return (node.back if node else DEFAULT_BACK.get(kind, MAIN_MENU)), ()


def link(screen: str, path: Path, target: str, label: str | None = None) -> Button:
    """A button on `screen` that leads to `target`, remembering the way back."""
    return Button(target, label, forward(screen, path, target))


def _nav(
    content: Content, screen: str, path: Path, buttons: tuple[Button, ...]
) -> tuple[Button, ...]:
    """Back, Menu and Emergency, leaving out where the user is and what a button offers."""
    nav = []
    back, back_path = back_of(content, screen, path)
    if back not in (screen, MAIN_MENU) and content.has_screen(back):
        nav.append(Button(back, "nav-back", back_path))
    if screen != MAIN_MENU:
        nav.append(Button(MAIN_MENU, "nav-menu"))
    if screen != EMERGENCY and all(b.target != EMERGENCY for b in buttons):
        nav.append(Button(EMERGENCY, "nav-emergency", forward(screen, path, EMERGENCY)))
    return tuple(nav)


def is_info(content: Content, screen: str) -> bool:
    """Information screens get feedback and share buttons (not menus, not Emergency)."""
    node = content.nodes.get(screen)
    if node is not None:
        return node.info
    return screen != EMERGENCY and screen.partition(":")[0] in DATA_KINDS


def erases(content: Content, screen: str) -> bool:
    node = content.nodes.get(screen)
    category = (
        content.categories.get(screen.partition(":")[2])
        if screen.startswith("category:")
        else None
    )
    return bool((node and node.erase) or (category and category.erase))


def extras(content: Content, screen: str, path: Path) -> tuple[Button, ...]:
    """Share and feedback on information screens; Erase where a person may be in danger."""
    found: list[Button] = []
    if is_info(content, screen):
        found.append(Button(f"{SHARE}:{screen}", "share-button", (screen, *path)))
        found += [
            Button(f"{kind}:{screen}", f"feedback-{kind}", (screen, *path)) for kind in FEEDBACK
        ]
    if erases(content, screen):
        found.append(Button(ERASE, "erase-button"))
    return tuple(found)


def deep_link(screen: str) -> str:
    """The deep-link payload for a screen: Telegram allows no `:` there (`category_legal`)."""
    return screen.replace(":", "_")


def more_button(content: Content, screen: str, path: Path, label: str) -> tuple[Button, ...]:
    """The "More about this" button, where the screen keeps a part one tap away."""
    return (
        (Button(f"{MORE}:{screen}", label, (screen, *path)),) if content.has_more(screen) else ()
    )


def language_buttons(content: Content, page: int, path: Path) -> tuple[Button, ...]:
    """One page of languages, each in its own script; the last button opens the next page.

    A language button returns to the screen the person came from, now in that language.
    """
    pages = content.language_pages()
    buttons = tuple(Button(f"lang:{code}", path=path) for code in pages[page - 1])
    if page < len(pages):
        buttons += (Button(f"langs:{page + 1}", path=path),)
    return buttons


def flow_screen(content: Content, node_id: str, path: Path) -> Screen:
    node = content.nodes[node_id]
    buttons = tuple(link(node_id, path, opt.to, opt.label) for opt in node.options)
    if node.type == "language":
        buttons = language_buttons(content, 1, path) + buttons
    return Screen(node_id, node.say, buttons, _nav(content, node_id, path, buttons))


def language_page(content: Content, target: str, path: Path) -> Screen:
    """A further page of the language menu; Back returns to where the person was."""
    node = content.nodes[LANGUAGE_MENU]
    buttons = language_buttons(content, int(target.partition(":")[2]), path)
    return Screen(target, node.say, buttons, _nav(content, LANGUAGE_MENU, path, buttons))


def more_screen(content: Content, target: str, path: Path) -> Screen:
    """The part of a screen kept one tap away; Back returns to that screen."""
    screen = target.partition(":")[2]
    kind, _, ident = screen.partition(":")
    blocks: tuple[Say | Card, ...]
    if kind == "organization":
        blocks = (Card(ident, more=True),)
    elif kind == "phase":
        blocks = (Say(f"phase-{ident}"), *content.phases[ident].more)
    else:
        blocks = (Say(f"category-{ident}"), *content.categories[ident].more)
    return Screen(target, blocks, (), _nav(content, target, path, ()))


def category_screen(content: Content, target: str, path: Path) -> Screen:
    category = content.categories[target.partition(":")[2]]
    orgs = tuple(link(target, path, f"organization:{org}") for org in category.organisations)
    related = tuple(
        link(target, path, f"category:{cat}")
        for cat in category.related
        if f"category:{cat}" not in path[:1]
    )
    count = Say("category-organisations-count", (("count", len(orgs)),))
    buttons = (*orgs, *related, *more_button(content, target, path, "category-more-button"))
    return Screen(target, (*category.say, count), buttons, _nav(content, target, path, buttons))


def organisation_screen(content: Content, target: str, path: Path) -> Screen:
    org = content.organisations[target.partition(":")[2]]
    buttons = tuple(
        link(target, path, f"category:{cat}")
        for cat in org.categories
        if f"category:{cat}" not in path[:1] and cat in content.categories
    )
    buttons += more_button(content, target, path, "card-more-button")
    if any(phone.shareable for phone in org.phones):
        # Sending the card keeps the user on this screen: the button carries this screen's way.
        buttons = (*buttons, Button(f"{CONTACT}:{org.id}", "card-save-contact", (target, *path)))
    return Screen(target, (Card(org.id),), buttons, _nav(content, target, path, buttons))


def phase_screen(content: Content, target: str, path: Path) -> Screen:
    phase = content.phases[target.partition(":")[2]]
    blocks: tuple[Say, ...] = (Say(f"phase-{phase.id}"), *phase.say)
    if phase.checked is not None:
        blocks += (Say("phase-checked", (("checked", phase.checked),)),)
    buttons = tuple(link(target, path, f"category:{cat}") for cat in phase.related)
    buttons += more_button(content, target, path, "phase-more-button")
    following = [f"phase:{step}" if step in content.phases else step for step in phase.next]
    if len(following) == 1:
        buttons += (link(target, path, following[0], "phase-next-button"),)
    else:
        buttons += tuple(link(target, path, step) for step in following)
    return Screen(target, blocks, buttons, _nav(content, target, path, buttons))


BUILDERS: dict[str, Builder] = {
    "category": category_screen,
    "organization": organisation_screen,
    "phase": phase_screen,
    MORE: more_screen,
    "langs": language_page,
}


def build_screen(content: Content, screen: str, path: Path = ()) -> Screen:
    """The screen for a node id or data target, reached by `path`; the caller checks it exists."""
    kind, _, _ = screen.partition(":")
    shown = BUILDERS.get(kind, flow_screen)(content, screen, path)
    more = extras(content, screen, path)
    return replace(shown, extras=more) if more else shown


def language_button(screen: str, path: Path) -> Button:
    """The 🌐 button: the language menu, which returns here after the choice."""
    return Button(LANGUAGE_MENU, "nav-language", (screen, *path))
