"""Targets are read and written in one place (bot.content.targets)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.channels.telegram import _long, _short
from bot.content.targets import (
    NODE,
    Target,
    deep_link,
    from_deep_link,
    id_of,
    kind_of,
    target_of,
)
from tests.support import ROOT


def test_written_forms_are_read_back() -> None:
    assert Target.parse("category:legal") == Target("category", "legal")
    assert Target.parse("main-menu") == Target(NODE, "main-menu")
    assert Target.parse("more:category:legal") == Target("more", "category:legal")
    assert kind_of("more:category:legal") == "more"
    assert id_of(id_of("more:phase:pact-screening")) == "pact-screening"
    assert target_of("langs", 2) == "langs:2"
    assert str(Target(NODE, "help")) == "help"


@given(st.text(alphabet=st.characters(blacklist_characters=":"), min_size=1), st.text())
def test_any_target_survives_writing_and_reading(kind: str, ident: str) -> None:
    written = target_of(kind, ident)
    assert str(Target.parse(written)) == written
    assert Target.parse(written) == Target(kind, ident)


@given(st.text(alphabet=st.characters(blacklist_characters=":")))
def test_a_bare_name_is_a_flow_node(name: str) -> None:
    assert Target.parse(name) == Target(NODE, name)


def test_a_deep_link_names_a_data_screen_and_nothing_else() -> None:
    for written in ("category:legal", "organization:coa", "phase:pact-rejected"):
        assert from_deep_link(deep_link(written)) == written
    assert deep_link("category:legal") == "category_legal"  # Telegram allows no ":" there
    assert from_deep_link("legal") is None
    assert from_deep_link("lang_ar") is None  # not a screen a link may open


def test_telegram_shortens_common_kinds_and_restores_them() -> None:
    for written in ("category:legal", "organization:coa", "lang:ar", "contact:gza", "help"):
        assert _long(_short(written)) == written
    assert _short("category:legal") == "c.legal"


def test_no_other_module_splits_targets_itself() -> None:
    """A new kind or a new form needs one change: here, not in every module."""
    splitting = re.compile(r"""(partition|split|startswith)\(\s*"[a-z]*:"?\s*\)""")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "bot").rglob("*.py"))
        if path.name != "targets.py" and path.name != "store_redis.py"  # Redis keys, not targets
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if splitting.search(line)
    ]
    assert found == []
