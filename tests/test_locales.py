"""Every locale complete, consistent with English, and readable in its own script."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from bot.content.checks import all_screens, validate
from bot.content.fluent_checks import read_locale
from bot.content.problems import Report
from bot.content.targets import Target
from bot.engine.screens import build_screen
from bot.markup import PlainMarkup
from tests.support import ROOT, TUESDAY_MORNING

LOCALES = sorted(p.name for p in (ROOT / "locales").iterdir() if (p / "locale.yaml").exists())
REQUIRED = [
    "en",
    "nl",
    "ar",
    "fa",
    "prs",
    "ps",
    "ti",
    "tr",
    "ckb",
    "kmr",
    "so",
    "am",
    "uk",
    "ru",
    "fr",
    "es",
]
LATIN_RUN = re.compile(r"(?:\b[A-Za-z][a-z]{2,}\b[ ,]+){4,}")


def script(text: str) -> str:
    """The most common script of the letters in `text` (first word of the Unicode name)."""
    letters = [unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha()]
    return Counter(letters).most_common(1)[0][0] if letters else "?"


def test_required_locales_exist():
    assert set(REQUIRED) <= set(LOCALES)


@pytest.fixture(scope="module")
def report() -> Report:
    """What validate says of the real content (read-only, so one run serves every locale)."""
    return validate(ROOT)[1]


@pytest.mark.parametrize("lang", LOCALES)
def test_locale_is_complete_and_consistent(lang, report):
    mine = [
        str(p)
        for p in report.problems
        if f"locales/{lang}/" in p.path or p.path == f"locales/{lang}"
    ]
    assert mine == []
    scratch = Report()
    assert set(read_locale(ROOT, lang, scratch).messages) == set(
        read_locale(ROOT, "en", scratch).messages
    )
    assert scratch.errors == []


@pytest.mark.parametrize("lang", [code for code in LOCALES if code != "en"])
def test_language_name_is_in_its_own_script(content, renderer, lang):
    welcome = renderer.localizer.format(lang, "welcome")
    assert script(content.locales[lang].name) == script(welcome)


@pytest.mark.parametrize("lang", [code for code in LOCALES if code not in ("en", "nl")])
def test_no_english_sentence_left(content, renderer, lang):
    """Organisation names and URLs aside, no run of English words in any screen."""
    latin_script = script(renderer.localizer.format(lang, "welcome")) == "LATIN"
    english = {
        w.lower()
        for w in re.findall(
            r"[A-Za-z]{3,}",
            renderer.localizer.format("en", "help-intro")
            + renderer.localizer.format("en", "privacy-notice"),
        )
    }
    for screen_id in all_screens(content):
        text = renderer.render(
            build_screen(content, screen_id), lang, PlainMarkup(), TUESDAY_MORNING
        ).text
        assert renderer.localizer.format("en", "notice-english-fallback") not in text
        prose = "\n".join(
            line
            for line in text.splitlines()
            if not line.startswith(("☎️", "🌐", "✉️", "📍", "    🕘"))
        )
        for org in content.organisations.values():
            prose = prose.replace(org.name, "").replace(org.full_name or "\0", "")
        if not latin_script:
            assert not LATIN_RUN.search(prose), (screen_id, LATIN_RUN.search(prose).group(0))
        words = re.findall(r"[a-z]{4,}", prose)
        english_words = [w for w in words if w in english]
        assert len(english_words) <= max(3, len(words) // 3), (screen_id, english_words[:10])


@pytest.mark.parametrize(
    "lang", [code for code in LOCALES if code in ("ar", "fa", "prs", "ps", "ckb")]
)
def test_rtl_locales_are_marked_and_isolate_numbers(content, renderer, lang):
    assert content.locales[lang].rtl
    text = renderer.render(
        build_screen(content, Target.parse("category:emergency")),
        lang,
        PlainMarkup(),
        TUESDAY_MORNING,
    ).text
    assert script(text) == "ARABIC"
    assert "\u2068112\u2069" in text or "\u2066112\u2069" in text  # 112 isolated inside RTL text


SAMPLES = {
    "phone": "112",
    "count": 3,
    "bot": "@WegwijsBot",
    "first": "Monday",
    "last": "Friday",
    "from": "08:00",
    "to": "20:00",
    "checked": "1 December 2026",
    "link": "https://t.me/WegwijsBot?start=category_legal",
}


@pytest.mark.parametrize("lang", LOCALES)
def test_every_message_formats_with_realistic_arguments(renderer, lang):
    scratch = Report()
    for msg_id, (_, _, names) in read_locale(ROOT, "en", scratch).messages.items():
        # Facts arrive from data (the renderer's defaults); code variables get samples.
        args = {name: SAMPLES[name] for name in names if name in SAMPLES}
        for count in (0, 1, 2, 5, 11, 100) if "count" in names else (3,):
            args = {**args, **({"count": count} if "count" in names else {})}
            text = renderer.localizer.format(lang, msg_id, args)  # strict: raises on any error
            assert text.strip(), (lang, msg_id)
            assert "{" not in text, (lang, msg_id, text)
