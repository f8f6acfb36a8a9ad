"""Answers alike for everyone are worked out once a minute; nothing typed is ever kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import Parts, Wegwijs, build_app
from bot.config import load_settings
from bot.content.model import EMERGENCY
from bot.content.targets import CATEGORY, Target
from bot.engine.events import Choice, Command, Event, Start, Text
from bot.markup import HtmlMarkup, PlainMarkup
from bot.memo import Memo
from tests.support import MARKER, ROOT

NOW = datetime(2026, 12, 1, 10, 30, tzinfo=UTC)


def fresh_app(tmp_path: Path, parts: Parts) -> Wegwijs:
    """An app whose memo starts empty (the shared parts' memo is the session's)."""
    settings = load_settings({}, content=str(ROOT), state=str(tmp_path / "state.sqlite3"))
    return build_app(settings, parts=replace(parts, answers=Memo(64)))


def answer(
    app: Wegwijs, event: Event, now: datetime = NOW, user: str = "k", lang: str = "en"
) -> list[str]:
    found = app.answer(user, event, lang_hint=lang, markup=PlainMarkup("b"), now=now)
    return [m.text for m in found.messages]


def test_the_memo_keeps_the_last_values_and_works_each_out_once() -> None:
    memo: Memo[int] = Memo(2)
    worked: list[str] = []

    def work(key: str) -> int:
        worked.append(key)
        return len(worked)

    assert memo.get("a", lambda: work("a")) == 1
    assert memo.get("a", lambda: work("a")) == 1  # kept: not worked out again
    memo.get("b", lambda: work("b"))
    memo.get("a", lambda: work("a"))  # used last: "b" is now the oldest
    memo.get("c", lambda: work("c"))
    assert len(memo) == 2
    assert memo.get("a", lambda: work("a")) == 1
    assert memo.get("b", lambda: work("b")) == 4  # "b" went first
    assert worked == ["a", "b", "c", "b"]


def test_a_press_is_answered_from_the_memo_alike_within_a_minute(
    tmp_path: Path, parts: Parts
) -> None:
    app = fresh_app(tmp_path, parts)
    legal = Choice(Target(CATEGORY, "legal"))
    first = answer(app, legal)
    assert len(app.parts.answers) == 1
    assert answer(app, legal, NOW + timedelta(seconds=20)) == first
    assert len(app.parts.answers) == 1  # the same minute: the same answer
    answer(app, legal, NOW + timedelta(minutes=1))
    assert len(app.parts.answers) == 2  # opening hours may have changed: worked out anew
    arabic = answer(app, legal, user="someone else", lang="ar")
    assert len(app.parts.answers) == 3  # another language
    assert arabic != first
    app.answer("k", legal, lang_hint="en", markup=HtmlMarkup("b"), now=NOW)
    assert len(app.parts.answers) == 4  # another markup
    assert answer(app, Command("emergency")) == answer(app, Command("emergency"))
    assert answer(app, Start()) == answer(app, Start())


def test_typed_text_forged_buttons_and_unknown_commands_are_never_kept(
    tmp_path: Path, parts: Parts
) -> None:
    app = fresh_app(tmp_path, parts)
    typed = f"I need a lawyer {MARKER}"
    shown = answer(app, Text(typed))
    pressed = answer(fresh_app(tmp_path / "pressed", parts), Choice(Target(CATEGORY, "legal")))
    assert shown == pressed  # understood: the legal screen, as its button shows it
    answer(app, Text(f"there is a fire in the azc {MARKER}"))
    forged = Choice(Target(CATEGORY, MARKER.lower()), (Target(CATEGORY, MARKER.lower()),))
    answer(app, forged)
    answer(app, Choice(Target(CATEGORY, "legal"), (Target(CATEGORY, MARKER.lower()),)))
    answer(app, Command(MARKER.lower()))
    answer(app, Start(MARKER.lower()))
    kept = repr(list(app.parts.answers.values))
    assert MARKER.lower() not in kept.lower()
    assert len(app.parts.answers) == 2  # the two texts' answers, by what they meant
    meant = [key[0] for key in app.parts.answers.values]  # type: ignore[index]
    assert {m.target for m in meant} == {Target(CATEGORY, "legal"), EMERGENCY}
    assert all(m.score == 0.0 for m in meant)  # one answer whatever the score
