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
)
from bot.engine.replies import Button, Card, Path, Screen

# Where Back leads from a data screen reached with no way back (a deep link, typed text).
DEFAULT_BACK = {
    CATEGORY: Target.node("topics-menu"),
    ORGANIZATION: Target.node("organisations-menu"),
    PHASE: Target.node("procedure-start"),
}
ERASE = Target(ACTION, "erase")  # a button that deletes this chat's recent messages
MAX_PATH = 8  # screens remembered for Back; a channel may keep fewer

Builder = Callable[[Content, Target, Path], Screen]


def forward(screen: Target, path: Path, target: Target) -> Path:
    """The way back from `target` when it is opened from `screen` (reached by `path`)."""
    trail = (screen, *path)
    if target == MAIN_MENU:
        return ()
    if target in trail:  # going to a screen already on the way: the way back shortens
        return trail[trail.index(target) + 1 :]
    return trail[:MAX_PATH]


def back_of(content: Content, screen: Target, path: Path) -> tuple[Target, Path]:
    """Where Back leads from `screen`, and the way back from there."""
    if path:
        return path[0], path[1:]
    node = content.node_of(screen)
    return (node.back if node else DEFAULT_BACK.get(screen.kind, MAIN_MENU)), ()


def link(screen: Target, path: Path, target: Target, label: str | None = None) -> Button:
    """A button on `screen` that leads to `target`, remembering the way back."""
    return Button(target, label, forward(screen, path, target))


def navigation(
    content: Content, screen: Target, path: Path, buttons: tuple[Button, ...] = ()
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


def is_info(content: Content, screen: Target) -> bool:
    """Information screens get feedback and share buttons (not menus, not Emergency)."""
    node = content.node_of(screen)
    if node is not None:
        return node.info
    return screen != EMERGENCY and screen.kind in DATA_KINDS


def erases(content: Content, screen: Target) -> bool:
    node = content.node_of(screen)
    category = content.categories.get(screen.id) if screen.kind == CATEGORY else None
    return bool((node and node.erase) or (category and category.erase))


def extras(content: Content, shown: Screen) -> tuple[Button, ...]:
    """Share and feedback on information screens; Erase where a person may be in danger."""
    found: list[Button] = []
    screen = shown.node
    if is_info(content, screen):
        found.append(Button(screen.about(SHARE), "share-button", shown.trail))
        found += [Button(screen.about(kind), f"feedback-{kind}", shown.trail) for kind in FEEDBACK]
    if erases(content, screen):
        found.append(Button(ERASE, "erase-button"))
    return tuple(found)


def more_button(content: Content, screen: Target, path: Path, label: str) -> tuple[Button, ...]:
    """The "More about this" button, where the screen keeps a part one tap away."""
    return (
        (Button(screen.about(MORE), label, (screen, *path)),) if content.has_more(screen) else ()
    )


def language_buttons(content: Content, page: int, path: Path) -> tuple[Button, ...]:
    """One page of languages, each in its own script; the last button opens the next page.

    A language button returns to the screen the person came from, now in that language.
    """
    pages = content.language_pages()
    buttons = tuple(Button(Target(LANG, code), path=path) for code in pages[page - 1])
    if page < len(pages):
        buttons += (Button(Target(LANG_PAGE, str(page + 1)), path=path),)
    return buttons


def flow_screen(content: Content, target: Target, path: Path) -> Screen:
    node = content.nodes[target.id]
    buttons = tuple(link(target, path, opt.to, opt.label) for opt in node.options)
    if node.type == "language":
        buttons = language_buttons(content, 1, path) + buttons
    return Screen(target, node.say, buttons, navigation(content, target, path, buttons))


def language_page(content: Content, target: Target, path: Path) -> Screen:
    """A further page of the language menu; Back returns to where the person was."""
    node = content.nodes[LANGUAGE_MENU.id]
    buttons = language_buttons(content, int(target.id), path)
    return Screen(target, node.say, buttons, navigation(content, LANGUAGE_MENU, path, buttons))


def more_screen(content: Content, target: Target, path: Path) -> Screen:
    """The part of a screen kept one tap away; Back returns to that screen."""
    screen = target.screen
    blocks: tuple[Say | Card, ...]
    if screen.kind == ORGANIZATION:
        blocks = (Card(screen.id, more=True),)
    elif screen.kind == PHASE:
        blocks = (Say(f"phase-{screen.id}"), *content.phases[screen.id].more)
    else:
        blocks = (Say(f"category-{screen.id}"), *content.categories[screen.id].more)
    return Screen(target, blocks, (), navigation(content, target, path, ()))


def category_screen(content: Content, target: Target, path: Path) -> Screen:
    category = content.categories[target.id]
    orgs = tuple(link(target, path, Target(ORGANIZATION, org)) for org in category.organisations)
    related = tuple(
        link(target, path, Target(CATEGORY, cat))
        for cat in category.related
        if Target(CATEGORY, cat) not in path[:1]
    )
    count = Say("category-organisations-count", (("count", len(orgs)),))
    buttons = (*orgs, *related, *more_button(content, target, path, "category-more-button"))
    return Screen(
        target, (*category.say, count), buttons, navigation(content, target, path, buttons)
    )


def organisation_screen(content: Content, target: Target, path: Path) -> Screen:
    org = content.organisations[target.id]
    buttons = tuple(
        link(target, path, Target(CATEGORY, cat))
        for cat in org.categories
        if Target(CATEGORY, cat) not in path[:1] and cat in content.categories
    )
    buttons += more_button(content, target, path, "card-more-button")
    if any(phone.shareable for phone in org.phones):
        # Sending the card keeps the user on this screen: the button carries this screen's way.
        contact = Button(Target(CONTACT, org.id), "card-save-contact", (target, *path))
        buttons = (*buttons, contact)
    return Screen(target, (Card(org.id),), buttons, navigation(content, target, path, buttons))


def phase_screen(content: Content, target: Target, path: Path) -> Screen:
    phase = content.phases[target.id]
    blocks: tuple[Say, ...] = (Say(f"phase-{phase.id}"), *phase.say)
    if phase.checked is not None:
        blocks += (Say("phase-checked", (("checked", phase.checked),)),)
    buttons = tuple(link(target, path, Target(CATEGORY, cat)) for cat in phase.related)
    buttons += more_button(content, target, path, "phase-more-button")
    following = [
        Target(PHASE, step) if step in content.phases else Target.parse(step)
        for step in phase.next
    ]
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


def build_screen(content: Content, screen: Target, path: Path = ()) -> Screen:
    """The screen for a node or data target, reached by `path`; the caller checks it exists."""
    shown = replace(BUILDERS.get(screen.kind, flow_screen)(content, screen, path), path=path)
    more = extras(content, shown)
    return replace(shown, extras=more) if more else shown


def language_button(shown: Screen) -> Button:
    """The 🌐 button: the language menu, which returns here after the choice."""
    return Button(LANGUAGE_MENU, "nav-language", shown.trail)
