"""Terms (`-org-coa`): one name for each organisation in each language.

A name on a button or a card's title is shown as it is written; inside a sentence of a
right-to-left language it is isolated, as Fluent isolates every placeable there. Terms are
not variables, and they survive the cache of parsed files and of what the checks found. A
name written out instead of its term is found only where it stands as a word of its own.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser

from bot import fluent_trees
from bot.content import fluent_checks
from bot.content.model import Content
from bot.content.targets import Target
from bot.engine.screens import build_screen
from bot.i18n import Localizer, VariableNames
from bot.markup import PlainMarkup
from bot.render import Renderer
from tests.support import TUESDAY_MORNING

FSI, PDI = "\u2068", "\u2069"
TEXT = """\
-org-politie = Politie
-org-politie-what = الشرطة
org-politie-name = { -org-politie } ({ -org-politie-what })
org-politie-about = اتصل بـ { -org-politie } الآن
-org-emergency = رقم الطوارئ
org-emergency-name = { -org-emergency } { $number }
org-coa-name = { -org-coa }
-org-coa = COA
"""


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "wegwijs"


def localizer(text: str, *, rtl: bool) -> Localizer:
    bundle = FluentBundle(["ar"], use_isolating=rtl)
    bundle.add_resource(fluent_trees.parse(text, spans=False))
    return Localizer({"ar": bundle, "en": bundle}, strict=True)


def test_a_label_shows_its_names_as_written_and_a_sentence_isolates_them() -> None:
    ar = localizer(TEXT, rtl=True)
    assert ar.format("ar", "org-politie-name", label=True) == "Politie (الشرطة)"
    assert ar.format("ar", "org-politie-name") == f"{FSI}Politie{PDI} ({FSI}الشرطة{PDI})"
    assert ar.format("ar", "org-politie-about") == f"اتصل بـ {FSI}Politie{PDI} الآن"
    assert ar.format("ar", "org-coa-name", label=True) == ar.format("ar", "org-coa-name") == "COA"
    # A number in a label is still isolated.
    number = ar.format("ar", "org-emergency-name", {"number": "112"}, label=True)
    assert number == f"رقم الطوارئ {FSI}112{PDI}"


def test_a_left_to_right_language_isolates_nothing() -> None:
    ltr = localizer(TEXT, rtl=False)
    assert ltr.format("ar", "org-politie-name", label=True) == "Politie (الشرطة)"
    assert ltr.format("ar", "org-politie-about") == "اتصل بـ Politie الآن"


def test_terms_and_their_arguments_are_not_variables() -> None:
    visitor = VariableNames()
    visitor.visit(FluentParser().parse('m = { -t(case: "short") } { $n } { -u } { other }\n'))
    assert visitor.names == {"n"}
    assert visitor.terms == {"-t", "-u"}
    assert visitor.messages == {"other"}


def test_terms_are_served_from_the_cache_of_parsed_files(own_cache: Path) -> None:
    fluent_trees.parse.cache_clear()  # parsed by the tests before: parse it into this cache
    first = fluent_trees.parse(TEXT, spans=False)
    fluent_trees.parse.cache_clear()  # as in a new process: read back from the file
    assert list(own_cache.glob("fluent-*.pickle"))
    again = fluent_trees.parse(TEXT, spans=False)
    assert again is not first
    assert again.equals(first)
    bundle = FluentBundle(["ar"], use_isolating=True)
    bundle.add_resource(again)
    served = Localizer({"ar": bundle, "en": bundle}, strict=True)
    assert served.format("ar", "org-politie-name", label=True) == "Politie (الشرطة)"


def test_the_checks_keep_terms_and_references_through_their_cache(own_cache: Path) -> None:
    fluent_checks.file_entries.cache_clear()
    first = fluent_checks._entries(TEXT, "ar")
    terms = {e.name: e for e in first if isinstance(e, fluent_checks.FileMessage)}
    assert terms["-org-politie"].value == "Politie"
    assert terms["-org-emergency"].value == "رقم الطوارئ"
    assert terms["org-politie-name"].terms == (("-org-politie", 3), ("-org-politie-what", 3))
    assert terms["org-politie-name"].value is None  # a message has no term value
    assert terms["org-emergency-name"].variables == frozenset({"number"})
    assert fluent_checks.file_entries(TEXT, "ar") == first
    fluent_checks.file_entries.cache_clear()  # as in a new process: from the file
    assert list(own_cache.glob("ftl-entries-*"))
    assert fluent_checks.file_entries(TEXT, "ar") == first


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ask COA staff.", ["COA"]),
        ("(COA), «COA» and COA.", ["COA", "COA", "COA"]),
        ("Ask l’OIM or the IND", ["OIM", "IND"]),  # an article's apostrophe: the name as it is
        ("look on MyCOA", []),  # another word
        ("ንCOA ሕተቱ", []),  # a prefix joined to the name
        ("IND'ye sorun, COA’nın, COA's helpdesk", []),  # declined
        ("Op sommige COA-locaties", []),  # a compound
        ("e-COA", []),
        ("the VluchtelingenWerk\u200cها", []),  # a suffix after a zero-width non-joiner
        (
            "Nederlandse Arbeidsinspectie, Arbeidsinspectie",
            ["Nederlandse Arbeidsinspectie", "Arbeidsinspectie"],
        ),
    ],
)
def test_a_name_written_out_is_found_as_a_word_of_its_own(text: str, found: list[str]) -> None:
    names = [
        "COA",
        "IND",
        "OIM",
        "VluchtelingenWerk",
        "Nederlandse Arbeidsinspectie",
        "Arbeidsinspectie",
    ]
    pattern = re.compile("|".join(sorted(names, key=len, reverse=True)))
    assert [name for _, name in fluent_checks.written_out(pattern, text)] == found


@pytest.mark.parametrize("lang", ["ar", "fa", "prs", "ps", "ckb"])
def test_names_on_cards_and_buttons_carry_no_isolation_marks(
    content: Content, renderer: Renderer, lang: str
) -> None:
    """The real content: the politie card's title and the emergency category's buttons; only
    the emergency number is isolated."""
    card = renderer.render(
        build_screen(content, Target.parse("organization:politie")),
        lang,
        PlainMarkup(),
        TUESDAY_MORNING,
    )
    title = card.text.splitlines()[0]
    assert title.lstrip("\u200f") == renderer.localizer.format(
        lang, "org-politie-name", label=True
    )
    assert FSI not in title
    category = renderer.render(
        build_screen(content, Target.parse("category:emergency")),
        lang,
        PlainMarkup(),
        TUESDAY_MORNING,
    )
    labels = {b.target.id: b.label for b in category.buttons if b.target.kind == "organization"}
    assert labels["politie"] == title.lstrip("\u200f")
    assert labels["emergency-services"].count(FSI) == 1
    assert f"{FSI}112{PDI}" in labels["emergency-services"]
