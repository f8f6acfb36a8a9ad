"""Shared fixtures: the real content, loaded once; apps on a real SQLite file."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import Wegwijs, build_app
from bot.config import load_settings
from bot.content.checks import validated_content
from bot.content.model import Content
from bot.matcher import FuzzyMatcher

ROOT = Path(__file__).resolve().parent.parent
# A Tuesday morning in Amsterdam (not a holiday): office lines are open.
TUESDAY_MORNING = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="session")
def content() -> Content:
    return validated_content(ROOT)


@pytest.fixture(scope="session")
def matcher(content: Content) -> FuzzyMatcher:
    return FuzzyMatcher(content)


@pytest.fixture
def app(tmp_path: Path) -> Wegwijs:
    settings = load_settings({}, content=str(ROOT), state=str(tmp_path / "state.sqlite3"))
    return build_app(settings, strict=True)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the real content, to break on purpose."""
    target = tmp_path / "content"
    for folder in ("flows", "locales", "data"):
        shutil.copytree(ROOT / folder, target / folder)
    return target
