"""Rendering: cards with open-now in Amsterdam time, every screen in every language, strictly."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import build_renderer
from bot.content.checks import all_screens
from bot.content.targets import ORGANIZATION, Target
from bot.content.validated import validated_content
from bot.engine.screens import build_screen
from bot.markup import LRI, HtmlMarkup, PlainMarkup
from tests.support import ROOT, TUESDAY_MORNING


def card(renderer, org: str, lang: str = "en", when: datetime = TUESDAY_MORNING) -> str:
    screen = build_screen(renderer.content, Target(ORGANIZATION, org))
    return renderer.render(screen, lang, PlainMarkup(), when).text


def test_ministry_card(renderer):
    text = card(renderer, "ministry")
    assert "☎️ 1400 —" in text
    assert "+31 70 214 02 14" in text
    assert "Monday to Friday 08:00–20:00" in text
    assert "open now" in text
    assert "Turfmarkt 147, 2511 DP Den Haag (not yet confirmed" in text


def test_open_now_uses_amsterdam_time(renderer):
    # 19:30 UTC on a winter Tuesday is 20:30 in Amsterdam: the 1400 line has closed.
    assert "closed now" in card(
        renderer, "ministry", when=datetime(2026, 12, 1, 19, 30, tzinfo=UTC)
    )
    assert "open now" in card(renderer, "ministry", when=datetime(2026, 12, 1, 18, 30, tzinfo=UTC))


def test_open_now_knows_christmas(renderer):
    assert "closed now" in card(
        renderer, "ministry", when=datetime(2026, 12, 25, 10, 0, tzinfo=UTC)
    )


def test_dutch_days_in_dutch(renderer):
    assert "maandag t/m vrijdag 08:00–20:00" in card(renderer, "ministry", "nl")


def test_html_escapes_and_links(renderer):
    screen = build_screen(renderer.content, Target.parse("organization:dtv"))
    text = renderer.render(screen, "en", HtmlMarkup(), TUESDAY_MORNING).text
    assert "<b>DT&amp;V</b>" in text
    assert '<a href="https://' in text


@pytest.mark.parametrize(
    "lang", sorted(p.name for p in (ROOT / "locales").iterdir() if (p / "locale.yaml").exists())
)
def test_every_screen_renders_in_every_language(renderer, lang):
    for screen_id in all_screens(renderer.content):
        rendered = renderer.render(
            build_screen(renderer.content, screen_id), lang, HtmlMarkup(), TUESDAY_MORNING
        )
        assert rendered.text
        assert all(b.label for b in (*rendered.buttons, *rendered.nav))
        if renderer.content.locales[lang].rtl and "☎️" in rendered.text:
            assert LRI in rendered.text  # phone numbers are isolated inside RTL text


def test_arabic_plural_rules_pick_six_categories():
    from fluent.runtime import FluentBundle, FluentResource

    bundle = FluentBundle(["ar"], use_isolating=False)
    bundle.add_resource(
        FluentResource(
            "n = { $c ->\n [zero] Z\n [one] O\n [two] T\n [few] F\n [many] M\n *[other] X\n}\n"
        )
    )
    got = [
        bundle.format_pattern(bundle.get_message("n").value, {"c": c})[0]
        for c in (0, 1, 2, 3, 11, 100)
    ]
    assert got == ["Z", "O", "T", "F", "M", "X"]


def test_cldr_codes_for_dari_and_kurmanji(content):
    from babel import Locale

    from bot.content.load import CLDR_CODES

    assert CLDR_CODES == {"prs": "fa_AF", "kmr": "ku"}
    assert Locale.parse("fa_AF").character_order == "right-to-left"
    assert Locale.parse("ku").plural_form.tags == {"one"}


def test_volunteer_portal_link_for_people_who_want_to_help(renderer):
    text = card(renderer, "vluchtelingenwerk", "nl")
    assert (
        "🔗 Vrijwilliger worden bij VluchtelingenWerk: https://vrijwilligers.vluchtelingenwerk.nl"
        in text
    )


def test_a_language_first_used_later_has_the_messages_its_files_had_at_start(content_copy):
    """A language's messages are built when first used, from the text read at start: an
    edit made meanwhile (not validated) is not served."""
    content = validated_content(content_copy)
    localizer = build_renderer(content, strict=True).localizer
    common = content_copy / "locales" / "so" / "common.ftl"
    text = common.read_text(encoding="utf-8")
    common.write_text(text.replace("\nwelcome =", "\nwelcome = EDITED\nold-welcome ="), "utf-8")
    welcome = localizer.format("so", "welcome")
    assert welcome
    assert "EDITED" not in welcome
    assert not localizer.has("so", "old-welcome")


def test_babel_keeps_only_the_cldr_data_the_bot_formats():
    """bot.cldr: a language's unit and zone names and the like are not kept (11 MB for all
    sixteen); its plural rules, numbers, dates and lists still are."""
    from babel import Locale, localedata

    from bot.cldr import NEVER_READ

    arabic = Locale.parse("ar")
    assert arabic.plural_form.tags
    record = localedata.load("ar")
    assert not NEVER_READ & record.keys()
    assert {"plural_form", "number_symbols", "months", "days", "list_patterns"} <= record.keys()
    assert not NEVER_READ & localedata.load("root").keys()
