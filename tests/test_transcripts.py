"""Golden conversations, one per journey of shared/journeys.md and one first screen per language.

Each `tests/transcripts/<name>.yaml` holds the language the phone reports, the inputs (typed
text, a command, or `press: <label>`), and per turn the screen shown, its buttons and its text.
`phrases` are written by hand and must appear in the turn's text; everything else is
rewritten by `pytest --update-goldens`, and the diff is reviewed like code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.app import Parts, Wegwijs, build_app
from bot.config import load_settings
from bot.engine.events import Choice, Command, Event, Start, Text
from bot.markup import PlainMarkup
from bot.render import Rendered, RenderedButton
from tests.support import ROOT, TUESDAY_MORNING

HERE = Path(__file__).resolve().parent / "transcripts"
LOCALES = sorted(p.name for p in (ROOT / "locales").iterdir() if (p / "locale.yaml").exists())


@dataclass
class Conversation:
    """One user's conversation with the app, in process, as a channel would hold it."""

    app: Wegwijs
    hint: str | None
    buttons: list[RenderedButton]
    now: datetime = TUESDAY_MORNING

    def event(self, step: str | dict[str, str]) -> Event:
        if isinstance(step, dict):
            label = step["press"]
            found = [b for b in self.buttons if label in b.label]
            assert found, f"no button {label!r} among {[b.label for b in self.buttons]}"
            return Choice(found[-1].target, found[-1].path)
        if step.startswith("/"):
            name, _, arg = step[1:].partition(" ")
            return Start(arg or None) if name == "start" else Command(name)
        return Text(step)

    def turn(self, step: str | dict[str, str]) -> dict[str, Any]:
        answer = self.app.answer(
            "golden", self.event(step), lang_hint=self.hint, markup=PlainMarkup(), now=self.now
        )
        shown = [m for m in answer.messages if not m.toast] or answer.messages
        last: Rendered = shown[-1]
        if not last.toast:
            self.buttons = [*last.buttons, *(b for b in last.extras if not b.url), *last.nav]
        return {
            "screen": str(answer.turn.node),
            "lang": answer.lang,
            "buttons": [b.label for b in self.buttons],
            "text": "\n\n".join(m.text for m in shown).replace("\u200f", ""),
        }


def run(app: Wegwijs, golden: dict[str, Any]) -> list[dict[str, Any]]:
    conversation = Conversation(app, golden.get("phone_language"), [])
    return [conversation.turn(turn["input"]) for turn in golden["turns"]]


def golden_files() -> list[Path]:
    return sorted(HERE.glob("*.yaml"))


@pytest.fixture
def fresh_app(tmp_path: Path, parts: Parts) -> Wegwijs:
    settings = load_settings(
        {"BOT_SECRET": "golden"}, content=str(ROOT), state=str(tmp_path / "s.db")
    )
    return build_app(settings, parts=parts)


@pytest.mark.parametrize("path", golden_files(), ids=lambda p: p.stem)
def test_transcript(path: Path, fresh_app: Wegwijs, request: pytest.FixtureRequest) -> None:
    golden = yaml.safe_load(path.read_text(encoding="utf-8"))
    got = run(fresh_app, golden)
    for turn, seen in zip(golden["turns"], got, strict=True):
        for phrase in turn.get("phrases", []):
            assert phrase in seen["text"], (path.stem, turn["input"], phrase)
    if request.config.getoption("--update-goldens"):
        for turn, seen in zip(golden["turns"], got, strict=True):
            turn.update(dict(seen.items()))
        path.write_text(
            yaml.safe_dump(golden, allow_unicode=True, sort_keys=False, width=100),
            encoding="utf-8",
        )
        return
    for turn, seen in zip(golden["turns"], got, strict=True):
        expected = {k: turn.get(k) for k in seen}
        assert seen == expected, (
            f"{path.stem}: turn {turn['input']!r} differs; "
            "run pytest --update-goldens and review the diff"
        )


def test_every_language_has_a_first_screen_golden() -> None:
    names = {p.stem for p in golden_files()}
    assert {f"first-screen.{code}" for code in LOCALES} <= names
