"""Targets are read and written in one place (bot.content.targets)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.content.targets import (
    ACTION,
    CATEGORY,
    COMMAND,
    CONTACT,
    DANGER,
    FEEDBACK,
    LANG,
    LANG_PAGE,
    MORE,
    NODE,
    ORGANIZATION,
    PHASE,
    SHARE,
    Target,
    compact,
    deep_link,
    from_compact,
    from_deep_link,
)
from tests.support import ROOT


def test_written_forms_are_read_back() -> None:
    assert Target.parse("category:legal") == Target("category", "legal")
    assert Target.parse("main-menu") == Target(NODE, "main-menu") == Target.node("main-menu")
    assert Target.parse("more:category:legal") == Target("more", "category:legal")
    assert Target.parse("more:category:legal").kind == MORE
    assert Target.parse("more:phase:pact-screening").screen.id == "pact-screening"
    assert Target(CATEGORY, "legal").about(MORE) == Target.parse("more:category:legal")
    assert str(Target(LANG_PAGE, "2")) == "langs:2"
    assert str(Target(NODE, "help")) == "help"
    # "node:x" is no way to write the node x: it reads back as it was written.
    assert Target.parse("node:main-menu") == Target(NODE, "node:main-menu")
    assert str(Target.parse("node:main-menu")) == "node:main-menu"


@given(st.text(alphabet=st.characters(blacklist_characters=":"), min_size=1), st.text())
def test_any_target_survives_writing_and_reading(kind: str, ident: str) -> None:
    if kind == NODE:
        return  # a node's written form is its bare name (next test)
    written = str(Target(kind, ident))
    assert str(Target.parse(written)) == written
    assert Target.parse(written) == Target(kind, ident)


@given(st.text())
def test_any_written_form_survives_reading_and_writing(written: str) -> None:
    """So a target can stand for its written form in tables (content keys, counts)."""
    assert str(Target.parse(written)) == written


@given(st.text(alphabet=st.characters(blacklist_characters=":")))
def test_a_bare_name_is_a_flow_node(name: str) -> None:
    assert Target.parse(name) == Target(NODE, name)


def test_a_deep_link_names_a_data_screen_and_nothing_else() -> None:
    for written in ("category:legal", "organization:coa", "phase:pact-rejected"):
        assert from_deep_link(deep_link(Target.parse(written))) == Target.parse(written)
    assert deep_link(Target(CATEGORY, "legal")) == "category_legal"  # Telegram allows no ":"
    assert from_deep_link("legal") is None
    assert from_deep_link("lang_ar") is None  # not a screen a link may open


def test_callback_data_shortens_common_kinds_and_restores_them() -> None:
    for written in ("category:legal", "organization:coa", "lang:ar", "contact:gza", "help"):
        assert from_compact(compact(Target.parse(written))) == Target.parse(written)
    assert compact(Target(CATEGORY, "legal")) == "c.legal"
    assert compact(Target(ORGANIZATION, "coa")) == "o.coa"
    assert compact(Target(PHASE, "registration")) == "p.registration"
    assert compact(Target(LANG, "ti")) == "l.ti"
    assert compact(Target.parse("more:phase:registration")) == "more:phase:registration"
    assert from_compact("category:legal") == Target(CATEGORY, "legal")  # the long form too


# Reading or writing a target's written form by hand: `x.partition(":")`, `split(":", 1)`,
# `rsplit(":")`, `startswith("category:")`, `removeprefix("lang:")`, `":" in x`,
# `f"category:{id}"`, `f"{kind}:{id}"`, `":".join(...)`, `"phase:" + id`, `"lang:%s" % x`,
# or a comparison with a written form (`target == "category:legal"`: a Target never equals one).
KINDS = "|".join(
    [
        *(NODE, CATEGORY, ORGANIZATION, PHASE, LANG, LANG_PAGE, MORE, CONTACT, COMMAND),
        *(ACTION, SHARE, *FEEDBACK, DANGER),
    ]
)
KIND_NAMES = (
    "NODE|CATEGORY|ORGANIZATION|PHASE|LANG|LANG_PAGE|MORE|CONTACT|COMMAND|ACTION|SHARE|DANGER"
)
SPLITTING = re.compile(
    r"""(partition|split|rsplit|startswith|endswith|removeprefix|removesuffix|index|find)"""
    r"""\(\s*["'][a-z_-]*:["']"""
    rf"""|f["']({KINDS}):[^"']*\{{"""  # f"category:{x}", f"more:category:{x}"
    rf"""|f["'][^"']*\{{({KIND_NAMES}|[^}}]*kind[^}}]*)\}}:"""  # f"{kind}:{x}", f"{CATEGORY}:"
    rf"""|["']({KINDS}):["']\s*\+"""
    r"""|["']:["']\s+(not\s+)?in\b"""
    r"""|["']:["']\.join"""
    rf"""|["']({KINDS}):[^"']*["']\s*(%|\.format)"""  # "category:%s" % x
    rf"""|[=!]=\s*["']({KINDS}):"""  # a Target compared with a string: always unequal
    rf"""|["']({KINDS}):[^"']*["']\s*[=!]="""
)


def test_the_guard_catches_every_way_of_splitting_by_hand() -> None:
    for line in (
        'kind, _, ident = target.partition(":")',
        'target.split(":", 1)',
        "target.rsplit(':')",
        'target.startswith("category:")',
        'label.removeprefix("danger:")',
        'f"organization:{org.id}"',
        '"phase:" + step',
        'elif option.label is None and ":" not in option.to:',
        "if ':' in target:",
        'f"{kind}:{ident}"',
        'f"{CATEGORY}:{x}"',
        'f"more:category:{x}"',
        '":".join((kind, ident))',
        '"category:%s" % x',
        '"category:{}".format(x)',
        'if target == "category:emergency":',
        '"phase:registration" != screen',
    ):
        assert SPLITTING.search(line), line
    for line in (
        'Target(CATEGORY, "legal")',
        "text.split()",
        'line.partition("=")',
        'where = f"{self.path}:{self.line}"',  # a file and a line, not a target
        'f"{minutes // 60:02d}:{minutes % 60:02d}"',
    ):
        assert not SPLITTING.search(line), line


def test_no_other_module_splits_targets_itself() -> None:
    """A new kind or a new form needs one change: here, not in every module."""
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "bot").rglob("*.py"))
        if path.name != "targets.py" and path.name != "store_redis.py"  # Redis keys, not targets
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if SPLITTING.search(line)
    ]
    assert found == []


def test_targets_are_values_not_strings_inside_the_program() -> None:
    """No module but targets.py names the old string helpers."""
    helpers = re.compile(r"\b(kind_of|id_of|target_of)\b")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "bot").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if helpers.search(line)
    ]
    assert found == []
