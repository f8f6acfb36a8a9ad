"""Screens that fit a phone, in every language; language first; names in the reader's language."""

from __future__ import annotations

import pytest

from bot.content.checks import all_screens
from bot.content.model import (
    DANGER_KINDS,
    EMERGENCY,
    LANGUAGE_MENU,
    MAIN_MENU,
    MAX_OPTIONS_PER_NODE,
)
from bot.content.targets import LANG, LANG_PAGE, MORE, ORGANIZATION, PHASE, Target
from bot.engine.events import Choice, Start
from bot.engine.replies import UserState
from bot.engine.screens import build_screen
from bot.engine.step import step
from bot.markup import PlainMarkup
from tests.support import ROOT, TUESDAY_MORNING

LOCALES = sorted(p.name for p in (ROOT / "locales").iterdir() if (p / "locale.yaml").exists())
MAX_CHARS = 600
RTL_MARK = "\u200f"


def screens_with_more(content) -> list[Target]:
    found = list(all_screens(content))
    found += [s.about(MORE) for s in found if content.has_more(s)]
    found += [Target(LANG_PAGE, str(n)) for n in range(2, len(content.language_pages()) + 1)]
    return found


@pytest.mark.parametrize("lang", LOCALES)
def test_every_screen_fits_a_phone(content, renderer, lang):
    too_long = []
    for screen in screens_with_more(content):
        shown = build_screen(content, screen)
        text = renderer.render(shown, lang, PlainMarkup(), TUESDAY_MORNING).text.replace(
            RTL_MARK, ""
        )
        if len(text) > MAX_CHARS:
            too_long.append((screen, len(text)))
        assert len(shown.buttons) <= MAX_OPTIONS_PER_NODE, (screen, len(shown.buttons))
    assert too_long == [], f"{lang}: screens over {MAX_CHARS} characters"


@pytest.mark.parametrize("lang", LOCALES)
def test_no_button_label_is_a_message_id(content, renderer, lang):
    for screen in screens_with_more(content):
        rendered = renderer.render(
            build_screen(content, screen), lang, PlainMarkup(), TUESDAY_MORNING
        )
        for button in (*rendered.buttons, *rendered.nav, *rendered.extras):
            assert button.label.strip(), (screen, button)
            assert not button.label.endswith("-"), (screen, button.label)
            assert button.label not in renderer.localizer.bundles["en"]._messages, (
                screen,
                button.label,
            )


def test_a_deep_link_for_a_new_user_offers_the_languages_first(content, matcher):
    turn = step(
        UserState("en"),
        Start("phase_registration", choose_language=True),
        content=content,
        matcher=matcher,
    )
    shown = turn.screens[0]
    assert shown.node == LANGUAGE_MENU
    ti = next(b for b in shown.buttons if b.target == Target(LANG, "ti"))
    chosen = step(UserState("en"), Choice(ti.target, ti.path), content=content, matcher=matcher)
    assert (chosen.state.lang, chosen.node) == ("ti", Target(PHASE, "registration"))


def test_every_first_screen_has_the_language_button(content, matcher):
    for event in (
        Start(),
        Start("phase_registration"),
        Start("category_legal"),
        Start("organization_coa"),
    ):
        shown = step(UserState("en"), event, content=content, matcher=matcher).screens[0]
        assert any(b.target == LANGUAGE_MENU for b in (*shown.buttons, *shown.nav)), event


def test_the_language_list_pages_show_every_language_in_its_own_script(content, renderer):
    seen, screen = [], build_screen(content, LANGUAGE_MENU, (MAIN_MENU,))
    while True:
        rendered = renderer.render(screen, "en", PlainMarkup(), TUESDAY_MORNING)
        seen += [b.label for b in rendered.buttons if b.target and b.target.kind == LANG]
        more = [b for b in rendered.buttons if b.target and b.target.kind == LANG_PAGE]
        if not more:
            break
        assert "ትግርኛ" in "".join(seen) or "ትግርኛ" in more[0].label
        screen = build_screen(content, more[0].target, more[0].path)
    assert sorted(seen) == sorted(info.name for info in content.locales.values())


@pytest.mark.parametrize("lang", [code for code in LOCALES if code != "en"])
def test_organisation_names_are_in_the_readers_language_and_never_doubled(content, renderer, lang):
    for org in content.organisations.values():
        title = renderer.render(
            build_screen(content, Target(ORGANIZATION, org.id)),
            lang,
            PlainMarkup(),
            TUESDAY_MORNING,
        ).text.splitlines()[0]
        title = title.replace(RTL_MARK, "")
        for part in filter(None, (org.name, org.full_name)):
            assert title.count(part) <= 1, (lang, org.id, title)
    english = renderer.localizer.format("en", "org-ministry-name")
    assert renderer.localizer.format(lang, "org-ministry-name") != english


@pytest.mark.parametrize("lang", LOCALES)
def test_the_emergency_screen_with_each_danger_line_fits_a_phone(content, renderer, lang):
    from bot.engine.events import Match
    from bot.engine.step import danger_screen

    for kind in DANGER_KINDS:
        turn = danger_screen(UserState(lang), content, Match(EMERGENCY, 100.0, (), True, kind))
        text = renderer.render(turn.screens[0], lang, PlainMarkup(), TUESDAY_MORNING).text
        assert (
            text.startswith(
                renderer.localizer.format(lang, f"danger-{kind}")[:10].replace(RTL_MARK, "")
            )
            or RTL_MARK in text
        )
        assert len(text.replace(RTL_MARK, "")) <= MAX_CHARS, (lang, kind, len(text))
