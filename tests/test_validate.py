"""`validate` catches each kind of broken content and names file and line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.content.checks import check_facts, validate
from bot.content.problems import Report
from tests.support import ROOT, bot_cli


def problems(root: Path) -> list[str]:
    _, report = validate(root)
    return [str(p) for p in report.errors]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_content_is_valid():
    assert problems(ROOT) == []


def test_yaml_that_does_not_parse(content_copy):
    (content_copy / "flows" / "main.yaml").write_text("nodes:\n  main-menu: [unclosed\n")
    assert any(p.startswith("flows/main.yaml:") and "YAML" in p for p in problems(content_copy))


def test_duplicate_key_names_line(content_copy):
    path = content_copy / "flows" / "main.yaml"
    edit(path, "  help:\n", "  help:\n    back: main-menu\n    back: help\n")
    found = [p for p in problems(content_copy) if "duplicate key 'back'" in p]
    assert found
    assert found[0].startswith("flows/main.yaml:")


def test_unknown_key(content_copy):
    edit(content_copy / "flows" / "main.yaml", "  privacy:\n", "  privacy:\n    colour: red\n")
    assert any("UNKNOWN-KEY unknown key 'colour'" in p for p in problems(content_copy))


def test_unknown_target(content_copy):
    edit(content_copy / "flows" / "topics.yaml", '{to: "category:work"}', '{to: "category:wrok"}')
    found = [p for p in problems(content_copy) if "FLOW-UNKNOWN-TARGET" in p]
    assert found
    assert found[0].startswith("flows/topics.yaml:")
    assert "'category:wrok'" in found[0]


def test_unreachable_node(content_copy):
    path = content_copy / "flows" / "main.yaml"
    path.write_text(path.read_text() + "  orphan:\n    say: [help-intro]\n", encoding="utf-8")
    assert any("FLOW-UNREACHABLE 'orphan'" in p for p in problems(content_copy))


def test_back_to_an_unknown_node(content_copy):
    # A node whose declared back is unknown has no valid Back button.
    edit(content_copy / "flows" / "main.yaml", "    back: help\n", "    back: nowhere\n")
    assert any("FLOW-UNKNOWN-BACK" in p for p in problems(content_copy))


def test_message_missing_from_english(content_copy):
    edit(
        content_copy / "flows" / "main.yaml",
        "[help-intro, help-commands]",
        "[help-intro, help-typo]",
    )
    assert any("FTL-UNKNOWN-MESSAGE message 'help-typo'" in p for p in problems(content_copy))


def test_variables_differ_between_languages(content_copy):
    path = content_copy / "locales" / "nl" / "common.ftl"
    edit(
        path,
        "hours-one-day = { $first } { $from }–{ $to }",
        "hours-one-day = { $first } { $van }–{ $to }",
    )
    found = [p for p in problems(content_copy) if "FTL-VARIABLES" in p]
    assert found
    assert found[0].startswith("locales/nl/common.ftl:")


def test_ftl_syntax_error(content_copy):
    path = content_copy / "locales" / "nl" / "flows.ftl"
    path.write_text(path.read_text() + "\nbroken = { $x ->\n", encoding="utf-8")
    assert any(
        p.startswith("locales/nl/flows.ftl:") and "FTL-E" in p for p in problems(content_copy)
    )


def test_category_without_organisation(content_copy):
    path = content_copy / "data" / "categories.yaml"
    edit(
        path, "categories:\n", "categories:\n  - id: astrology\n    say: [category-legal-intro]\n"
    )
    line = path.read_text(encoding="utf-8").splitlines().index("  - id: astrology") + 1
    assert (
        f"data/categories.yaml:{line}: DATA-EMPTY-CATEGORY "
        "category 'astrology' has no organisation" in problems(content_copy)
    )


def test_malformed_phone_number(content_copy):
    edit(
        content_copy / "data" / "organisations.yaml", 'number: "0800-2000"', 'number: "0800-2OOO"'
    )
    found = [p for p in problems(content_copy) if "DATA-BAD-PHONE" in p]
    assert found
    assert found[0].startswith("data/organisations.yaml:")


def test_unquoted_hours_stay_text_and_bad_hours_are_caught(content_copy):
    edit(
        content_copy / "data" / "organisations.yaml",
        'hours: "Mo-Fr 09:00-17:00; PH off"',
        "hours: 17:00",
    )
    assert any("DATA-BAD-HOURS" in p for p in problems(content_copy))


def test_malformed_url(content_copy):
    edit(
        content_copy / "data" / "organisations.yaml",
        "website: https://www.politie.nl",
        "website: www politie nl",
    )
    assert any("DATA-BAD-WEBSITE" in p for p in problems(content_copy))


def test_fact_without_source(content_copy):
    path = content_copy / "data" / "facts.yaml"
    edit(path, "    source: https://www.coa.nl/locaties/ter-apel-col-pol-en-vbl\n", "")
    assert any("DATA-NO-SOURCE" in p for p in problems(content_copy))


def test_keyword_claimed_by_two_targets(content_copy):
    path = content_copy / "locales" / "en" / "keywords.yaml"
    edit(path, "category:work: [work,", "category:work: [Doctor, work,")
    assert any("KEYWORDS-CLASH 'Doctor'" in p for p in problems(content_copy))


def test_calm_words_under_an_unknown_kind_or_with_nothing_to_look_for(content_copy):
    path = content_copy / "locales" / "en" / "calm.yaml"
    edit(path, "calm:play:\n", 'calm:games:\n  - "!!!"\n')
    found = problems(content_copy)
    target = [p for p in found if "CALM-TARGET 'calm:games'" in p]
    assert target
    assert target[0].startswith("locales/en/calm.yaml:")
    assert "calm:hypothetical" in target[0]  # the kinds it could be
    assert any("CALM-NO-WORD '!!!'" in p for p in found)


def test_a_calm_word_under_two_kinds(content_copy):
    path = content_copy / "locales" / "en" / "calm.yaml"
    edit(path, "calm:play:\n", 'calm:play:\n  - "Years Ago"\n')
    assert any("CALM-CLASH 'Years Ago'" in p for p in problems(content_copy))


def test_a_language_without_calm_words_is_warned_not_refused(content_copy):
    (content_copy / "locales" / "nl" / "calm.yaml").unlink()
    _, report = validate(content_copy)
    assert report.errors == []
    assert any(p.code == "CALM-MISSING" and p.path == "locales/nl" for p in report.warnings)


def test_stale_and_unverified_facts_are_warnings(content):
    report = Report()
    check_facts(content, report, today=date(2028, 1, 1))
    codes = {p.code for p in report.problems}
    assert codes == {"FACT-STALE", "FACT-UNVERIFIED"}
    assert not report.errors


def test_cli_validate_and_refusal_to_start(content_copy, tmp_path):
    ok = bot_cli("--content", str(ROOT), "validate")
    assert ok.returncode == 0
    assert ok.stdout.strip().endswith("ok")
    edit(content_copy / "flows" / "topics.yaml", '{to: "category:work"}', '{to: "category:wrok"}')
    bad = bot_cli("--content", str(content_copy), "validate")
    assert bad.returncode == 1
    assert "flows/topics.yaml:" in bad.stdout
    chat = bot_cli(
        "--content", str(content_copy), "--state", str(tmp_path / "s.db"), "chat", stdin=""
    )
    assert chat.returncode == 1
    assert "flows/topics.yaml:" in chat.stderr


@pytest.mark.parametrize("flag", [[], ["--facts"]])
def test_cli_facts_listing(flag):
    result = bot_cli("validate", *flag)
    assert result.returncode == 0
    if flag:
        assert "FACT-UNVERIFIED" in result.stdout


def test_incomplete_plural_variants_are_warned(content_copy):
    path = content_copy / "locales" / "nl" / "locale.yaml"
    path.write_text(path.read_text().replace("direction: ltr", "direction: ltr\ncldr: ar"))
    _, report = validate(content_copy)
    assert any(
        p.code == "FTL-PLURALS" and "few, many, two, zero" in p.message for p in report.warnings
    )


def test_diagram_shows_the_flows():
    result = bot_cli("diagram", "procedure", check=True)
    assert result.stdout.startswith("stateDiagram-v2")
    assert "procedure_start --> phase__registration: procedure-a-not-applied" in result.stdout


def test_malformed_link(content_copy):
    edit(
        content_copy / "data" / "organisations.yaml",
        "url: https://vrijwilligers.vluchtelingenwerk.nl",
        "url: vrijwilligers",
    )
    assert any(
        "DATA-BAD-LINK" in p and p.startswith("data/organisations.yaml:")
        for p in problems(content_copy)
    )


def test_health_command_checks_content_and_store(content_copy, tmp_path):
    ok = bot_cli("--content", str(content_copy), "--state", str(tmp_path / "s.db"), "health")
    assert (ok.returncode, ok.stdout.strip()) == (0, "ok")
    edit(content_copy / "flows" / "topics.yaml", '{to: "category:work"}', '{to: "category:wrok"}')
    bad = bot_cli("--content", str(content_copy), "--state", str(tmp_path / "s.db"), "health")
    assert bad.returncode == 1
    assert "unhealthy" in bad.stdout
