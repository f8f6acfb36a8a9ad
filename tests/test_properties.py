"""Property-based: any text, command or button data gets an answer; no crash, no bad HTML."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.channels import parse_command
from bot.channels.telegram import decode_callback, encode_callback, inline_keyboard, split_text
from bot.content.targets import Target
from bot.engine.events import Choice, Text, Unreadable
from bot.engine.replies import UserState
from bot.engine.step import step
from bot.markup import HtmlMarkup
from bot.render import RenderedButton
from tests.fake_bot_api import visible_text

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
LANGS = st.sampled_from(["en", "ar", "ti", "prs", "uk", "so"])
RELAXED = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def answered(app, lang: str, event) -> None:
    """One event: every reply is valid Telegram HTML, at most 4,096 characters a part."""
    turn = step(UserState(lang), event, content=app.content, matcher=app.parts.matcher)
    assert turn.screens, event
    for screen in turn.screens:
        rendered = app.parts.renderer.render(screen, lang, HtmlMarkup("WegwijsBot"), NOW)
        for part in split_text(rendered.text):
            assert len(part.encode("utf-16-le")) // 2 <= 4096
            visible_text(part, "HTML")  # raises on bad HTML
        keyboard = json.loads(inline_keyboard(rendered) or '{"inline_keyboard": []}')
        for row in keyboard["inline_keyboard"]:
            for button in row:
                assert button["text"]
                assert "url" in button or len(button["callback_data"].encode()) <= 64


@RELAXED
@given(text=st.text(max_size=600), lang=LANGS)
def test_any_text_is_answered(app, text, lang):
    answered(app, lang, Text(text))


@RELAXED
@given(line=st.text(max_size=80), lang=LANGS)
def test_any_command_is_answered(app, line, lang):
    answered(app, lang, parse_command("/" + line))


@RELAXED
@given(
    data=st.one_of(
        st.text(max_size=80), st.binary(max_size=64).map(lambda b: b.decode("latin-1"))
    ),
    lang=LANGS,
)
def test_any_button_data_is_answered(app, data, lang):
    answered(app, lang, decode_callback(data))


# Button data as the codec writes it, from pieces that are real, stale or forged.
PIECES = st.sampled_from(
    [
        *("c.legal", "c.nope", "o.coa", "o.nope", "p.registration", "k.coa", "k.nope"),
        *("l.ar", "l.nl", "l.xx", "langs:2", "langs:99", "main-menu", "node:main-menu"),
        *("more:phase:registration", "more:lang:ar", "share:category:legal", "share:lang:ar"),
        *("up:l.ar", "down:main-menu", "do:forget", "do:erase", "forged:x", "category:", ":", ""),
    ]
)


@RELAXED
@given(
    version=st.sampled_from(["n1", "n2"]),
    target=PIECES,
    path=st.lists(PIECES, max_size=4),
    lang=LANGS,
)
@example(version="n2", target="l.nl", path=["l.ar"], lang="en")  # crashed: a language as way back
def test_any_well_formed_button_data_is_answered(app, version, target, path, lang):
    answered(app, lang, decode_callback(f"{version}|{target}|{','.join(path)}"))


@RELAXED
@given(
    target=st.sampled_from(
        [
            "category:legal",
            "phase:registration",
            "organization:coa",
            "lang:ti",
            "main-menu",
            "gone:x",
            "more:phase:registration",
        ]
    ),
    path=st.lists(
        st.sampled_from(["category:children", "phase:registration", "topics-menu", "x" * 50, ""]),
        max_size=12,
    ),
)
def test_every_button_fits_64_bytes_and_comes_back_as_it_went(target, path):
    way = tuple(Target.parse(p) for p in path)
    data = encode_callback(RenderedButton("x", Target.parse(target), way))
    assert len(data.encode()) <= 64
    back = decode_callback(data)
    assert back.target == Target.parse(target)
    assert tuple(Target.parse(p) for p in path if p)[: len(back.path)] == back.path


def test_messages_without_text_are_answered(app):
    answered(app, "en", Unreadable())
    answered(app, "ar", Choice(Target("forged", "x")))
