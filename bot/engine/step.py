"""The engine's one entry point: step(state, event) -> Turn. Pure: no I/O, no clock reads."""

from __future__ import annotations

from dataclasses import replace
from typing import assert_never

from bot.content.model import EMERGENCY, LANGUAGE_MENU, MAIN_MENU, Content, DeepLink, Say
from bot.content.targets import (
    ACTION,
    CATEGORY,
    COMMAND,
    CONTACT,
    FEEDBACK,
    LANG,
    ORGANIZATION,
    SHARE,
    Target,
    deep_link,
    from_deep_link,
)
from bot.engine.events import (
    COMMANDS,
    Choice,
    Command,
    Event,
    Location,
    Match,
    Matcher,
    Start,
    Text,
    Unreadable,
)
from bot.engine.replies import Button, Path, Screen, Turn, UserState
from bot.engine.screens import ERASE, build_screen, language_button, navigation

COMMAND_SCREENS = {
    "menu": MAIN_MENU,
    "help": Target.node("help"),
    "language": LANGUAGE_MENU,
    "emergency": EMERGENCY,
    "privacy": Target.node("privacy"),
}
FORGET = Target(ACTION, "forget")  # the confirmation button of /forget
FORGET_AND_ERASE = Target(ACTION, "forget-erase")
# Screens of the engine's own, which no content names.
ASK_FORGET, ERASED, FORGOTTEN = (
    Target.node("forget"),
    Target.node("erase"),
    Target.node("forget-done"),
)
DID_YOU_MEAN, SHARED = Target.node("text-did-you-mean"), Target.node(SHARE)
MAX_TEXT = 500  # longer messages are cut before matching; nobody types a screen this long
GIVE_WAY = ("category-organisations-count", "emergency-not-now")  # on a typed-danger screen
SAFE_NAV = (Button(MAIN_MENU, "nav-menu"), Button(EMERGENCY, "nav-emergency"))


def deep_link_target(content: Content, payload: str) -> Target | None:
    """`category_legal`, `phase_registration`, `organization_coa` or a bare `legal`."""
    named = from_deep_link(payload)
    if named is not None and content.has_screen(named):
        return named
    if content.has_screen(Target(CATEGORY, payload)):
        return Target(CATEGORY, payload)
    node = content.nodes.get(payload)
    return Target.node(payload) if node is not None and node.info else None


def go(state: UserState, content: Content, screen: Target, path: Path = ()) -> Turn:
    """Show `screen`, reached by `path`; it counts as one anonymous view of that screen."""
    return Turn(state, (build_screen(content, screen, path),), (("view", screen),))


def stay(state: UserState, content: Content, *notices: Say) -> Turn:
    """Answer with a notice, then show the main menu (the user's safe place)."""
    turn = go(state, content, MAIN_MENU)
    return Turn(turn.state, (turn.screens[0].with_notice(*notices),))


def first_screen(state: UserState, content: Content, screen: Target, *notices: Say) -> Turn:
    """The first screen of a conversation: always with the 🌐 language button."""
    shown = build_screen(content, screen).with_notice(*notices)
    if screen != LANGUAGE_MENU and all(b.target != LANGUAGE_MENU for b in shown.buttons):
        shown = replace(shown, buttons=(language_button(shown), *shown.buttons))
    return Turn(state, (shown,))


def on_start(
    state: UserState, content: Content, payload: str | None, choose: bool = False
) -> Turn:
    target = deep_link_target(content, payload) if payload else MAIN_MENU
    if target is None:
        return stay(state, content, Say("start-unknown-link"))
    if choose:  # the language list first; each language then opens the screen asked for
        way = () if target == MAIN_MENU else (target,)
        shown = build_screen(content, LANGUAGE_MENU, way)
        return Turn(state, (shown.with_notice(Say("welcome")) if not way else shown,))
    if target != MAIN_MENU:
        return first_screen(state, content, target)
    return first_screen(state, content, MAIN_MENU, Say("welcome"), Say("welcome-language"))


def on_command(state: UserState, content: Content, name: str) -> Turn:
    if name == "forget":  # asks once; the button does it
        choices = (
            Button(FORGET, "forget-yes"),
            Button(FORGET_AND_ERASE, "forget-erase"),
            Button(MAIN_MENU, "forget-no"),
        )
        ask = Screen(ASK_FORGET, (Say("forget-ask"),), choices)
        return Turn(state, (ask,))
    if name == "erase":
        return erase_chat(state)
    if name == "start":
        return on_start(state, content, None)
    if name == "back":  # typed or /back: the way back lives in buttons, so: the menu
        return go(state, content, MAIN_MENU)
    screen = COMMAND_SCREENS.get(name)
    if screen is None or not content.has_screen(screen):
        return stay(state, content, Say("command-unknown"))
    return go(state, content, screen)


def erase_chat(state: UserState) -> Turn:
    """The channel deletes the chat's recent messages, then says how to delete the rest."""
    done = Screen(ERASED, (Say("erase-done"),), (), SAFE_NAV, erase=True)
    return Turn(state, (done,))


def forget(*, erase: bool) -> Turn:
    """Delete everything about the user (state None), and maybe this chat's messages first."""
    said = (
        (Say("forget-done"), Say("erase-done"))
        if erase
        else (Say("forget-done"), Say("forget-done-phone"))
    )
    return Turn(None, (Screen(FORGOTTEN, said, (), SAFE_NAV, erase=erase),))


def on_action(state: UserState, content: Content, target: Target, path: Path) -> Turn | None:
    """Buttons that do something rather than open a screen; None when `target` is none."""
    if target in (FORGET, FORGET_AND_ERASE):
        return forget(erase=target == FORGET_AND_ERASE)
    if target == ERASE:
        return erase_chat(state)
    about = target.screen
    if target.kind in FEEDBACK and content.has_screen(about):
        thanks = "feedback-missing-thanks" if target.kind == "missing" else "feedback-thanks"
        return Turn(state, (Screen(about, (Say(thanks),), toast=True),), ((target.kind, about),))
    if target.kind == SHARE and content.has_screen(about):
        link = DeepLink(deep_link(about))
        shown = Screen(
            SHARED,
            (Say("share-intro"), Say("share-link", (("link", link),))),
            nav=(Button(about, "nav-back", path[1:]), *SAFE_NAV),
            links=(("share-in-telegram", link.payload),),
        )
        return Turn(state, (shown,))
    return None


def on_choice(state: UserState, content: Content, choice: Choice) -> Turn:
    pressed, path = choice.target, tuple(p for p in choice.path if content.has_screen(p))
    done = on_action(state, content, pressed, path)
    if done is not None:
        return done
    if pressed.kind == CONTACT and pressed.id in content.organisations:
        # The card goes out as a contact; the person stays where they were, with its way back.
        here = path[0] if path else Target(ORGANIZATION, pressed.id)
        nav = navigation(content, here, path[1:])
        sent = Screen(here, (Say("card-contact-sent"),), nav=nav, contact=pressed.id)
        return Turn(state, (sent,))
    if pressed.kind == LANG and pressed.id in content.locales:
        turn = go(UserState(pressed.id), content, path[0] if path else MAIN_MENU, path[1:])
        return Turn(turn.state, (turn.screens[0].with_notice(Say("language-changed")),))
    if pressed.kind == LANG or not content.has_screen(pressed):
        return stay(state, content, Say("button-expired"))
    return go(state, content, pressed, path)


def understand(text: str, lang: str, matcher: Matcher) -> Match:
    """What typed text means (only its first MAX_TEXT characters are read)."""
    return matcher.match(text[:MAX_TEXT], lang)


def on_text(state: UserState, content: Content, text: str, matcher: Matcher) -> Turn:
    return on_match(state, content, understand(text, state.lang, matcher))


def on_match(state: UserState, content: Content, found: Match) -> Turn:
    """The answer to typed text understood as `found`; its score plays no part."""
    if found.danger is not None or (found.confident and found.target == EMERGENCY):
        return danger_screen(state, content, found)
    meant = found.target
    if found.confident and meant is not None and meant.kind == COMMAND:
        return on_command(state, content, meant.id)
    if found.confident and found.target and content.has_screen(found.target):
        return offer_language(go(state, content, found.target), content, found)
    options = [t for t in (found.target, *found.alternatives) if t and content.has_screen(t)]
    if options:
        buttons = tuple(Button(t) for t in dict.fromkeys(options[:3]))
        screen = Screen(DID_YOU_MEAN, (Say("text-did-you-mean"),), buttons, SAFE_NAV)
        return Turn(state, (screen,))
    if found.small_talk:  # "hello", "thanks": the menu, which asks what they need; no "sorry"
        return offer_language(go(state, content, MAIN_MENU), content, found)
    return stay(state, content, Say("text-not-understood"))


def danger_screen(state: UserState, content: Content, found: Match) -> Turn:
    """112 first, with the line that fits the danger, and the topic the message also asked for."""
    turn = go(state, content, EMERGENCY)
    shown = turn.screens[0]
    if found.danger is not None:
        # The line for this danger first; the other lines and the count are one tap away.
        kept = tuple(b for b in shown.blocks if not (isinstance(b, Say) and b.msg in GIVE_WAY))
        shown = replace(shown, blocks=kept).with_notice(Say(f"danger-{found.danger}"))
    asked = tuple(
        Button(t, path=(EMERGENCY,))
        for t in found.alternatives[:1]
        if content.has_screen(t) and t not in {b.target for b in shown.buttons}
    )
    shown = replace(shown, buttons=(*asked, *shown.buttons))
    return offer_language(Turn(turn.state, (shown,), turn.counts), content, found)


def offer_language(turn: Turn, content: Content, found: Match) -> Turn:
    """A message clearly in another language the bot speaks: offer to switch to it."""
    lang = found.language
    if (
        not turn.screens
        or turn.state is None
        or lang in (None, turn.state.lang)
        or lang not in content.locales
    ):
        return turn
    shown = turn.screens[-1]
    switch = Button(Target(LANG, lang), path=shown.trail)
    return replace(
        turn, screens=(*turn.screens[:-1], replace(shown, buttons=(switch, *shown.buttons)))
    )


def answered_alike(content: Content, event: Event) -> bool:
    """Whether `event` gets the same answer from everyone of one language (at one time):
    a known command, a start without a link or with a known one, a press of a button to a
    known screen. Typed text, unknown commands and forged buttons never count: their answer
    must not be kept (bot.app's memo would keep what was typed)."""
    match event:
        case Command(name):
            return name in COMMANDS
        case Start(payload):
            return payload is None or deep_link_target(content, payload) is not None
        case Choice(target, path):
            return content.has_screen(target) and all(content.has_screen(p) for p in path)
        case _:
            return False


def step(state: UserState, event: Event, *, content: Content, matcher: Matcher) -> Turn:
    """Answer one event. Bad input (unknown buttons, odd text) is answered, never raised."""
    match event:
        case Start(payload, choose):
            return on_start(state, content, payload, choose)
        case Command(name):
            return on_command(state, content, name)
        case Choice():
            return on_choice(state, content, event)
        case Text(text):
            return on_text(state, content, text, matcher)
        case Location():
            return stay(state, content, Say("location-not-used"))
        case Unreadable():
            return stay(state, content, Say("message-not-readable"))
        case _:
            assert_never(event)
