"""Build the screen for a node or data target; one builder per kind, in a registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.content.model import EMERGENCY, LANGUAGE_MENU, MAIN_MENU, Content, Say
from bot.content.targets import (
    ACTION,
    CATEGORY,
    CONTACT,
    DATA_KINDS,
    FEEDBACK,
    LANG,
    LANG_PAGE,
    MORE,
    ORGANIZATION,
    PHASE,
    SHARE,
    Target,
    id_of,
    kind_of,
    target_of,
)
from bot.engine.replies import Button, Card, Path, Screen

# Where Back leads from a data screen reached with no way back (a deep link, typed text).
DEFAULT_BACK = {
    CATEGORY: "topics-menu",
    ORGANIZATION: "organisations-menu",
    PHASE: "procedure-start",
}
ERASE = target_of(ACTION, "erase")  # a button that deletes this chat's recent messages
MAX_PATH = 8  # screens remembered for Back; a channel may keep fewer

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
    return (node.back if node else DEFAULT_BACK.get(kind_of(screen), MAIN_MENU)), ()


def link(screen: str, path: Path, target: str, label: str | None = None) -> Button:
    """A button on `screen` that leads to `target`, remembering the way back."""
    return Button(target, label, forward(screen, path, target))


def navigation(
    content: Content, screen: str, path: Path, buttons: tuple[Button, ...] = ()
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
    return screen != EMERGENCY and kind_of(screen) in DATA_KINDS


def erases(content: Content, screen: str) -> bool:
    node = content.nodes.get(screen)
    shown = Target.parse(screen)
    category = content.categories.get(shown.id) if shown.kind == CATEGORY else None
    return bool((node and node.erase) or (category and category.erase))


def extras(content: Content, screen: str, path: Path) -> tuple[Button, ...]:
    """Share and feedback on information screens; Erase where a person may be in danger."""
    found: list[Button] = []
    if is_info(content, screen):
        found.append(Button(target_of(SHARE, screen), "share-button", (screen, *path)))
        found += [
            Button(target_of(kind, screen), f"feedback-{kind}", (screen, *path))
            for kind in FEEDBACK
        ]
    if erases(content, screen):
        found.append(Button(ERASE, "erase-button"))
    return tuple(found)


def more_button(content: Content, screen: str, path: Path, label: str) -> tuple[Button, ...]:
    """The "More about this" button, where the screen keeps a part one tap away."""
    return (
        (Button(target_of(MORE, screen), label, (screen, *path)),)
        if content.has_more(screen)
        else ()
    )


def language_buttons(content: Content, page: int, path: Path) -> tuple[Button, ...]:
    """One page of languages, each in its own script; the last button opens the next page.

    A language button returns to the screen the person came from, now in that language.
    """
    pages = content.language_pages()
    buttons = tuple(Button(target_of(LANG, code), path=path) for code in pages[page - 1])
    if page < len(pages):
        buttons += (Button(target_of(LANG_PAGE, page + 1), path=path),)
    return buttons


def flow_screen(content: Content, node_id: str, path: Path) -> Screen:
    node = content.nodes[node_id]
    buttons = tuple(link(node_id, path, opt.to, opt.label) for opt in node.options)
    if node.type == "language":
        buttons = language_buttons(content, 1, path) + buttons
    return Screen(node_id, node.say, buttons, navigation(content, node_id, path, buttons))


def language_page(content: Content, target: str, path: Path) -> Screen:
    """A further page of the language menu; Back returns to where the person was."""
    node = content.nodes[LANGUAGE_MENU]
    buttons = language_buttons(content, int(id_of(target)), path)
    return Screen(target, node.say, buttons, navigation(content, LANGUAGE_MENU, path, buttons))


def more_screen(content: Content, target: str, path: Path) -> Screen:
    """The part of a screen kept one tap away; Back returns to that screen."""
    screen = Target.parse(id_of(target))
    blocks: tuple[Say | Card, ...]
    if screen.kind == ORGANIZATION:
        blocks = (Card(screen.id, more=True),)
    elif screen.kind == PHASE:
        blocks = (Say(f"phase-{screen.id}"), *content.phases[screen.id].more)
    else:
        blocks = (Say(f"category-{screen.id}"), *content.categories[screen.id].more)
    return Screen(target, blocks, (), navigation(content, target, path, ()))


def category_screen(content: Content, target: str, path: Path) -> Screen:
    category = content.categories[id_of(target)]
    orgs = tuple(
        link(target, path, target_of(ORGANIZATION, org)) for org in category.organisations
    )
    related = tuple(
        link(target, path, target_of(CATEGORY, cat))
        for cat in category.related
        if target_of(CATEGORY, cat) not in path[:1]
    )
    count = Say("category-organisations-count", (("count", len(orgs)),))
    buttons = (*orgs, *related, *more_button(content, target, path, "category-more-button"))
    return Screen(
        target, (*category.say, count), buttons, navigation(content, target, path, buttons)
    )


def organisation_screen(content: Content, target: str, path: Path) -> Screen:
    org = content.organisations[id_of(target)]
    buttons = tuple(
        link(target, path, target_of(CATEGORY, cat))
        for cat in org.categories
        if target_of(CATEGORY, cat) not in path[:1] and cat in content.categories
    )
    buttons += more_button(content, target, path, "card-more-button")
    if any(phone.shareable for phone in org.phones):
        # Sending the card keeps the user on this screen: the button carries this screen's way.
        contact = Button(target_of(CONTACT, org.id), "card-save-contact", (target, *path))
        buttons = (*buttons, contact)
    return Screen(target, (Card(org.id),), buttons, navigation(content, target, path, buttons))


def phase_screen(content: Content, target: str, path: Path) -> Screen:
    phase = content.phases[id_of(target)]
    blocks: tuple[Say, ...] = (Say(f"phase-{phase.id}"), *phase.say)
    if phase.checked is not None:
        blocks += (Say("phase-checked", (("checked", phase.checked),)),)
    buttons = tuple(link(target, path, target_of(CATEGORY, cat)) for cat in phase.related)
    buttons += more_button(content, target, path, "phase-more-button")
    following = [target_of(PHASE, step) if step in content.phases else step for step in phase.next]
    if len(following) == 1:
        buttons += (link(target, path, following[0], "phase-next-button"),)
    else:
        buttons += tuple(link(target, path, step) for step in following)
    return Screen(target, blocks, buttons, navigation(content, target, path, buttons))


BUILDERS: dict[str, Builder] = {
    CATEGORY: category_screen,
    ORGANIZATION: organisation_screen,
    PHASE: phase_screen,
    MORE: more_screen,
    LANG_PAGE: language_page,
}


def build_screen(content: Content, screen: str, path: Path = ()) -> Screen:
    """The screen for a node id or data target, reached by `path`; the caller checks it exists."""
    shown = BUILDERS.get(kind_of(screen), flow_screen)(content, screen, path)
    more = extras(content, screen, path)
    return replace(shown, extras=more) if more else shown


def language_button(screen: str, path: Path) -> Button:
    """The 🌐 button: the language menu, which returns here after the choice."""
    return Button(LANGUAGE_MENU, "nav-language", (screen, *path))
