"""The engine's one entry point: step(state, event) -> Turn. Pure: no I/O, no clock reads."""

from __future__ import annotations

from dataclasses import replace
from typing import assert_never

from bot.content.model import EMERGENCY, LANGUAGE_MENU, MAIN_MENU, Content, Say
from bot.engine.events import Choice, Command, Event, Location, Matcher, Start, Text
from bot.engine.replies import Button, Screen, Turn, UserState
from bot.engine.screens import CONTACT, build_screen

COMMAND_SCREENS = {
    "menu": MAIN_MENU,
    "help": "help",
    "language": LANGUAGE_MENU,
    "emergency": EMERGENCY,
    "privacy": "privacy",
}
DEEP_LINK_KINDS = ("category", "organization", "phase")
MAX_TEXT = 500  # longer messages are cut before matching; nobody types a screen this long


def deep_link_target(content: Content, payload: str) -> str | None:
    """`category_legal`, `phase_registration`, `organization_coa` or a bare `legal`."""
    kind, sep, ident = payload.partition("_")
    if sep and kind in DEEP_LINK_KINDS and content.has_screen(f"{kind}:{ident}"):
        return f"{kind}:{ident}"
    if content.has_screen(f"category:{payload}"):
        return f"category:{payload}"
    return None


def go(state: UserState, content: Content, screen: str, origin: str | None = None) -> Turn:
    """Move to `screen` and show it."""
    shown = build_screen(content, screen, origin)
    return Turn(replace(state, node=screen, origin=origin), (shown,))


def stay(state: UserState, content: Content, *notices: Say) -> Turn:
    """Answer with a notice, then show the main menu (the user's safe place)."""
    turn = go(state, content, MAIN_MENU)
    return Turn(turn.state, (turn.screens[0].with_notice(*notices),))


def on_start(state: UserState, content: Content, payload: str | None) -> Turn:
    if payload:
        target = deep_link_target(content, payload)
        if target is not None:
            return go(state, content, target)
        return stay(state, content, Say("start-unknown-link"))
    turn = go(state, content, MAIN_MENU)
    return Turn(
        turn.state, (turn.screens[0].with_notice(Say("welcome"), Say("welcome-language")),)
    )


def on_command(state: UserState, content: Content, name: str) -> Turn:
    if name == "forget":
        return Turn(None, (Screen(MAIN_MENU, (Say("forget-done"),), (Button(MAIN_MENU, "nav-menu"),)),))  # fmt: skip
    if name == "start":
        return on_start(state, content, None)
    if name == "back":
        return on_back(state, content)
    screen = COMMAND_SCREENS.get(name)
    if screen is None or not content.has_screen(screen):
        return stay(state, content, Say("command-unknown"))
    return go(state, content, screen)


def on_back(state: UserState, content: Content) -> Turn:
    current = build_screen(content, state.node, state.origin) if content.has_screen(state.node) else None  # fmt: skip
    back = next((b for b in current.nav if b.label == "nav-back"), None) if current else None
    return go(state, content, back.target if back else MAIN_MENU)


def on_choice(state: UserState, content: Content, choice: Choice) -> Turn:
    target = choice.target
    kind, _, ident = target.partition(":")
    if kind == CONTACT and ident in content.organisations:
        back = build_screen(content, f"organization:{ident}", choice.origin)
        sent = Screen(state.node, (Say("card-contact-sent"),), nav=back.nav, contact=ident)
        return Turn(state, (sent,))
    if target.startswith("lang:") and target[5:] in content.locales:
        turn = go(replace(state, lang=target[5:]), content, MAIN_MENU)
        return Turn(turn.state, (turn.screens[0].with_notice(Say("language-changed")),))
    if not content.has_screen(target) or target.startswith("lang:"):
        return stay(state, content, Say("button-expired"))
    origin = choice.origin if choice.origin and content.has_screen(choice.origin) else None
    return go(state, content, target, origin)


def on_text(state: UserState, content: Content, text: str, matcher: Matcher) -> Turn:
    found = matcher.match(text[:MAX_TEXT], state.lang)
    if found.confident and found.target and found.target.startswith("command:"):
        return on_command(state, content, found.target.partition(":")[2])
    if found.confident and found.target and content.has_screen(found.target):
        return go(state, content, found.target)
    options = [t for t in (found.target, *found.alternatives) if t and content.has_screen(t)]
    if options:
        buttons = tuple(Button(t) for t in dict.fromkeys(options[:3]))
        screen = Screen(state.node, (Say("text-did-you-mean"),), buttons, (Button(MAIN_MENU, "nav-menu"), Button(EMERGENCY, "nav-emergency")))  # fmt: skip
        return Turn(state, (screen,))
    return stay(state, content, Say("text-not-understood"))


def step(state: UserState, event: Event, *, content: Content, matcher: Matcher) -> Turn:
    """Answer one event. Bad input (unknown buttons, odd text) is answered, never raised."""
    match event:
        case Start(payload):
            return on_start(state, content, payload)
        case Command(name):
            return on_command(state, content, name)
        case Choice():
            return on_choice(state, content, event)
        case Text(text):
            return on_text(state, content, text, matcher)
        case Location():
            return stay(state, content, Say("location-not-used"))
        case _:
            assert_never(event)
