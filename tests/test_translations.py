"""`translations export|import`: a CSV round trip for translators, checked row by row."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from fluent.syntax import ast

from bot import fluent_trees
from bot.app import build_renderer
from bot.content.targets import ORGANIZATION, Target
from bot.content.validated import validated_content
from bot.engine.screens import build_screen
from bot.markup import PlainMarkup
from bot.translations import (
    export_csv,
    import_csv,
    index_entries,
    parse_translation,
    read_locale_files,
)
from tests.support import ROOT, TUESDAY_MORNING, bot_cli, copy_content

LOCALES = sorted(
    path.parent.name
    for path in (ROOT / "locales").glob("*/locale.yaml")
    if path.parent.name != "en"
)


def locale_copy(target: Path, folders: tuple[str, ...] = ("locales",)) -> Path:
    """A writable copy of the content; only locale folders that have a locale.yaml."""
    copy_content(target, folders)
    for locale in (target / "locales").iterdir():
        if locale.is_dir() and not (locale / "locale.yaml").is_file():
            shutil.rmtree(locale)
    return target


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted((root / "locales").rglob("*"))
        if path.is_file()
    }


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def exported(root: Path, lang: str, out: Path) -> list[dict[str, str]]:
    """The rows of `lang`'s spreadsheet, exported from the content at `root` to `out`."""
    export_csv(root, lang, out)
    return read_rows(out)


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerows(rows)


def row_ids(folder: Path) -> list[str]:
    """The messages and terms of a locale folder as the spreadsheet names them, in file
    order: a term with its dash."""
    return [
        f"-{entry.id.name}" if isinstance(entry, ast.Term) else entry.id.name
        for path in sorted(folder.glob("*.ftl"))
        for entry in fluent_trees.parse(path.read_text(encoding="utf-8")).body
        if isinstance(entry, ast.Message | ast.Term)
    ]


def card_title(root: Path, org: str, lang: str) -> tuple[str, str]:
    """An organisation's card as the bot shows it from this content: its title (the
    first line) and the rest."""
    content = validated_content(root)
    screen = build_screen(content, Target(ORGANIZATION, org))
    text = build_renderer(content, strict=True).render(
        screen, lang, PlainMarkup(), TUESDAY_MORNING
    )
    title, _, rest = text.text.partition("\n")
    return title, rest


def set_translation(rows: list[dict[str, str]], msg_id: str, text: str) -> int:
    """Set a row's translation; return its spreadsheet row number (the header is row 1)."""
    for index, row in enumerate(rows):
        if row["id"] == msg_id:
            row["translation"] = text
            return index + 2
    raise AssertionError(f"no row {msg_id}")


def test_every_locale_is_tested():
    assert "nl" in LOCALES


@pytest.mark.parametrize("lang", LOCALES)
def test_round_trip_without_edits_changes_no_byte(tmp_path, lang):
    root = locale_copy(tmp_path / "content")
    before = snapshot(root)
    out = tmp_path / f"translations-{lang}.csv"
    rows = exported(root, lang, out)
    # The names (terms) are rows too, the language's own ones (-org-<id>-what) among them.
    terms = {row_id for row_id in row_ids(root / "locales" / lang) if row_id.startswith("-")}
    assert "-org-coa" in terms
    assert terms <= {row["id"] for row in rows}
    report = import_csv(root, out)
    assert report.lines()[0] == f"0 updated, 0 added, {len(rows)} unchanged, 0 rejected"
    assert report.written == []
    assert snapshot(root) == before


@pytest.mark.parametrize("lang", ["ar", "ru"])  # six and four plural forms, terms, marks
def test_every_exported_translation_reads_back_as_itself(tmp_path, lang):
    """An import skips a row that is as exported, unread; read, it is what the file has."""
    out = tmp_path / f"translations-{lang}.csv"
    export_csv(ROOT, lang, out)
    present = index_entries(read_locale_files(ROOT, lang))
    rows = [row for row in read_rows(out) if row["translation"]]
    assert len(rows) > 300
    for row in rows:
        parsed = parse_translation(row["id"], row["translation"])
        assert not isinstance(parsed, str), (row["id"], parsed)
        assert parsed.value is not None
        assert parsed.value.equals(present[row["id"]][1].value), row["id"]


def test_export_columns_and_csv_format(tmp_path):
    root = locale_copy(tmp_path / "content")
    out = tmp_path / "nl.csv"
    result = bot_cli(
        "--content", str(root), "translations", "export", "--lang", "nl", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    raw = out.read_bytes()
    assert raw.startswith(b'\xef\xbb\xbf"id","file","english","note","translation","status"')
    rows = read_rows(out)
    # nl has no term of its own: one row per English message and term, in file order.
    assert [row["id"] for row in rows] == row_ids(root / "locales" / "en")
    by_id = {row["id"]: row for row in rows}
    day_range = by_id["hours-day-range"]
    assert day_range["file"] == "common"
    assert day_range["english"] == "{ $first } to { $last } { $from }–{ $to }"
    assert day_range["note"].startswith("Variables:\n  $first (String)")
    assert day_range["status"] == "translated"
    count = by_id["category-organisations-count"]["english"]
    assert count.startswith("{ $count ->\n    [one] ")
    assert count.endswith("\n}")
    assert "\n" in by_id["help-commands"]["translation"]
    assert all(row["status"] in {"translated", "same-as-english", "missing"} for row in rows)


def test_names_are_rows_next_to_the_messages_that_use_them(tmp_path):
    root = locale_copy(tmp_path / "content")
    out = tmp_path / "translations-ar.csv"
    rows = exported(root, "ar", out)
    ids = [row["id"] for row in rows]
    by_id = {row["id"]: row for row in rows}
    coa = by_id["-org-coa"]
    assert (coa["file"], coa["english"], coa["status"]) == (
        "organisations",
        "COA",
        "same-as-english",
    )
    assert "{ -org-coa }" in coa["note"]
    emergency = by_id["-org-emergency-services"]
    assert emergency["note"].startswith("Its number, from data, comes after the name.\n")
    assert emergency["translation"] == "رقم الطوارئ"
    assert ids.index("-org-coa") + 1 == ids.index("org-coa-name")
    # English explains what the police is; so does Arabic.
    what = by_id["-org-politie-what"]
    assert (what["english"], what["translation"]) == ("police", "الشرطة")
    assert "({ -org-politie } ({ -org-politie-what }))" in what["note"]
    # Arabic explains UNHCR too, English does not: the row comes after the name's.
    own = by_id["-org-unhcr-what"]
    assert ids.index("-org-unhcr-what") == ids.index("-org-unhcr") + 1
    assert (own["english"], own["status"]) == ("", "translated")
    assert own["translation"] == "مفوضية اللاجئين"
    assert own["note"].startswith("This language's own explanation of the name: English has")

    somali = tmp_path / "translations-so.csv"
    export_csv(root, "so", somali)
    missing = next(row for row in read_rows(somali) if row["id"] == "-org-rode-kruis-what")
    assert (missing["english"], missing["translation"]) == ("Red Cross", "")
    assert missing["status"] == "missing"


def test_a_changed_name_is_written_and_shown_on_its_card(tmp_path):
    root = locale_copy(tmp_path / "content", ("flows", "locales", "data"))
    names = root / "locales" / "so" / "organisations.ftl"
    original = names.read_text(encoding="utf-8")
    assert card_title(root, "rode-kruis", "so")[0] == "Laanqayrta Cas"
    out = tmp_path / "translations-so.csv"
    rows = exported(root, "so", out)
    set_translation(rows, "-org-rode-kruis", "Laanqayrta Cas ee Nederland")
    write_rows(out, rows)

    report = import_csv(root, out)
    assert report.lines() == [f"1 updated, 0 added, {len(rows) - 1} unchanged, 0 rejected"]
    assert report.updated == ["-org-rode-kruis"]
    assert names.read_text(encoding="utf-8") == original.replace(
        "\n-org-rode-kruis = Laanqayrta Cas\n", "\n-org-rode-kruis = Laanqayrta Cas ee Nederland\n"
    )
    title, rest = card_title(root, "rode-kruis", "so")
    assert title == "Laanqayrta Cas ee Nederland"
    assert rest.startswith("Laanqayrta Cas ee Nederland (Rode Kruis) ayaa")  # and in sentences


def test_an_explanation_is_added_after_its_name(tmp_path):
    root = locale_copy(tmp_path / "content", ("flows", "locales", "data"))
    names = root / "locales" / "so" / "organisations.ftl"
    original = names.read_text(encoding="utf-8")
    out = tmp_path / "translations-so.csv"
    rows = exported(root, "so", out)
    # As English has it: the Dutch name, and what it is in brackets.
    set_translation(rows, "-org-rode-kruis", "Rode Kruis")
    set_translation(rows, "-org-rode-kruis-what", "Laanqayrta Cas")
    set_translation(rows, "org-rode-kruis-name", "{ -org-rode-kruis } ({ -org-rode-kruis-what })")
    write_rows(out, rows)

    report = import_csv(root, out)
    assert report.rejected == []
    assert (report.updated, report.added) == (
        ["-org-rode-kruis", "org-rode-kruis-name"],
        ["-org-rode-kruis-what"],
    )
    assert names.read_text(encoding="utf-8") == original.replace(
        "\n-org-rode-kruis = Laanqayrta Cas\norg-rode-kruis-name = { -org-rode-kruis }\n",
        "\n-org-rode-kruis = Rode Kruis\n"
        "-org-rode-kruis-what = Laanqayrta Cas\n"
        "org-rode-kruis-name = { -org-rode-kruis } ({ -org-rode-kruis-what })\n",
    )
    assert card_title(root, "rode-kruis", "so")[0] == "Rode Kruis (Laanqayrta Cas)"
    assert (
        import_csv(root, out).lines()[0]
        == f"0 updated, 0 added, {len(rows)} unchanged, 0 rejected"
    )


def test_a_language_made_from_a_spreadsheet_has_its_names(tmp_path):
    """Every row of a spreadsheet translated, into a language with no .ftl file yet: the
    names come with the messages, and the language validates."""
    root = locale_copy(tmp_path / "content", ("flows", "locales", "data"))
    out = tmp_path / "translations-so.csv"
    rows = exported(root, "so", out)
    set_translation(rows, "-org-rode-kruis-what", "Laanqayrta Cas")  # the one row missing
    assert all(row["translation"] for row in rows)
    write_rows(out, rows)
    somali = root / "locales" / "so"
    for path in somali.glob("*.ftl"):
        path.unlink()

    report = import_csv(root, out)
    assert report.rejected == []
    assert len(report.added) == len(rows)
    assert {"-org-coa", "-org-politie-what", "-org-rode-kruis-what"} <= set(report.added)
    created = (somali / "organisations.ftl").read_text(encoding="utf-8")
    assert (
        "\n-org-politie = Politie\n-org-politie-what = booliiska\norg-politie-name = " in created
    )
    validated = bot_cli("--content", str(root), "validate")
    assert "FTL-TERM-MISSING" not in validated.stdout
    assert "FTL-UNKNOWN-TERM" not in validated.stdout
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert card_title(root, "politie", "so")[0] == "Politie (booliiska)"


def test_export_of_a_language_without_files(tmp_path):
    root = locale_copy(tmp_path / "content")
    out = tmp_path / "xx.csv"
    rows = exported(root, "zz", out)
    assert rows
    assert {row["status"] for row in rows} == {"missing"}
    assert {row["translation"] for row in rows} == {""}


def test_edited_translations_are_written_and_validate(tmp_path):
    root = locale_copy(tmp_path / "content", ("flows", "locales", "data"))
    common = root / "locales" / "nl" / "common.ftl"
    original = common.read_text(encoding="utf-8")
    out = tmp_path / "translations-nl.csv"
    assert (
        bot_cli(
            "--content", str(root), "translations", "export", "--lang", "nl", "--out", str(out)
        ).returncode
        == 0
    )
    rows = read_rows(out)
    set_translation(rows, "nav-back", "◀ Ga terug")
    # Spreadsheet programs may save line breaks inside a cell as \r\n.
    set_translation(rows, "help-commands", "Gebruik deze commando's:\r\n/menu – het menu")
    write_rows(out, rows)

    result = bot_cli("--content", str(root), "translations", "import", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        result.stdout.splitlines()[0]
        == f"2 updated, 0 added, {len(rows) - 2} unchanged, 0 rejected"
    )

    text = common.read_text(encoding="utf-8")
    assert "\nnav-back = ◀ Ga terug\n" in text
    assert "\nhelp-commands =\n    Gebruik deze commando's:\n    /menu – het menu\n" in text
    # Everything else stays as it was.
    start = original.index("help-commands =")
    end = original.index("\n\n", start) + 1
    expected = (
        original[:start]
        + "help-commands =\n    Gebruik deze commando's:\n    /menu – het menu\n"
        + original[end:]
    )
    assert text == expected.replace("nav-back = ◀ Terug\n", "nav-back = ◀ Ga terug\n")

    validated = bot_cli("--content", str(root), "validate")
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert validated.stdout.splitlines()[-1] == "ok"


def test_bad_rows_are_rejected_and_good_rows_written(tmp_path):
    root = locale_copy(tmp_path / "content")
    common = root / "locales" / "nl" / "common.ftl"
    original = common.read_text(encoding="utf-8")
    out = tmp_path / "nl-edited.csv"
    rows = exported(root, "nl", out)
    broken = set_translation(rows, "hours-one-day", "{ $first } { $from }–{ $x")
    renamed = set_translation(rows, "group-use-private", "Open { $botnaam } en druk op Start.")
    good = set_translation(rows, "nav-menu", "🏠 Hoofdmenu")
    rows.append(dict.fromkeys(rows[0], "") | {"id": "no-such-message", "translation": "Hallo"})
    write_rows(out, rows)

    result = bot_cli("--content", str(root), "translations", "import", str(out), "--lang", "nl")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"1 updated, 0 added, {len(rows) - 4} unchanged, 3 rejected"
    assert any(line.startswith(f"row {broken} hours-one-day: not valid Fluent") for line in lines)
    assert f"row {renamed} group-use-private: uses variables $botnaam; English uses $bot" in lines
    assert f"row {len(rows) + 1} no-such-message: this id is not an English message" in lines
    assert good < renamed

    text = common.read_text(encoding="utf-8")
    assert "\nnav-menu = 🏠 Hoofdmenu\n" in text
    assert text == original.replace("nav-menu = 🏠 Menu\n", "nav-menu = 🏠 Hoofdmenu\n")


def test_bad_names_and_unknown_terms_are_rejected(tmp_path):
    root = locale_copy(tmp_path / "content")
    before = snapshot(root)
    names = root / "locales" / "so" / "organisations.ftl"
    original = names.read_text(encoding="utf-8")
    out = tmp_path / "translations-so.csv"
    rows = exported(root, "so", out)
    variable = set_translation(rows, "-org-coa", "COA { $centre }")
    broken = set_translation(rows, "-org-ind", "IND {")
    itself = set_translation(rows, "-org-fier", "{ -org-fier } Nederland")
    term_in_term = set_translation(rows, "-org-nidos", "{ -org-nidoss }")
    typo = set_translation(rows, "category-reception", "Hoyga ({ -org-coaa })")
    # Somali has no -org-rode-kruis-what, and its row here is refused: so is the message
    # that uses it.
    what = set_translation(rows, "-org-rode-kruis-what", "Laanqayrta { $x }")
    name = set_translation(
        rows, "org-rode-kruis-name", "{ -org-rode-kruis } ({ -org-rode-kruis-what })"
    )
    set_translation(
        rows,
        "phone-coa-rvb-helpdesk",
        "Xirfadlayaasha oo keliya: su'aalo ku saabsan xeerka Rvb ee { -org-coa }.",
    )
    rows.append(dict.fromkeys(rows[0], "") | {"id": "-org-nope", "translation": "Nope"})
    write_rows(out, rows)

    report = import_csv(root, out)
    no_variables = "a term uses none (the messages that use it do not pass theirs)"
    refused = {
        variable: f"-org-coa: uses variables $centre; {no_variables}",
        broken: "-org-ind: not valid Fluent: Expected an inline expression",
        itself: "-org-fier: uses the term -org-fier in its own value",
        term_in_term: "-org-nidos: uses the term -org-nidoss, which locales/so does not define",
        typo: "category-reception: uses the term -org-coaa, which locales/so does not define",
        what: f"-org-rode-kruis-what: uses variables $x; {no_variables}",
        name: "org-rode-kruis-name: uses the term -org-rode-kruis-what, which locales/so "
        f"does not define and its row {what} does not add",
        len(rows) + 1: "-org-nope: this term is neither in English nor in locales/so",
    }
    assert report.lines() == [
        f"1 updated, 0 added, {len(rows) - 9} unchanged, 8 rejected",
        *(f"row {number} {refused[number]}" for number in sorted(refused)),
    ]
    # Only the good row is written, with the term it uses.
    assert report.updated == ["phone-coa-rvb-helpdesk"]
    assert names.read_text(encoding="utf-8") == original.replace(
        "xeerka Rvb.\n", "xeerka Rvb ee { -org-coa }.\n"
    )
    after = snapshot(root)
    assert [path for path in after if after[path] != before[path]] == [
        "locales/so/organisations.ftl"
    ]


def test_a_line_starting_with_a_star_is_explained(tmp_path):
    root = locale_copy(tmp_path / "content")
    out = tmp_path / "translations-nl.csv"
    rows = exported(root, "nl", out)
    number = set_translation(rows, "help-commands", "Opdrachten:\n* /menu")
    write_rows(out, rows)
    report = import_csv(root, out)
    assert [(n, msg_id) for n, msg_id, _ in report.rejected] == [(number, "help-commands")]
    assert '{"*"}' in report.rejected[0][2]


def test_a_missing_message_is_added_in_english_order(tmp_path):
    root = locale_copy(tmp_path / "content")
    common = root / "locales" / "nl" / "common.ftl"
    original = common.read_text(encoding="utf-8")
    removed = "hours-one-day = { $first } { $from }–{ $to }\n"
    assert removed in original
    common.write_text(original.replace(removed, ""), encoding="utf-8")
    out = tmp_path / "translations-nl.csv"
    rows = exported(root, "nl", out)
    assert next(r for r in rows if r["id"] == "hours-one-day")["status"] == "missing"
    set_translation(rows, "hours-one-day", "{ $first } van { $from } tot { $to }")
    write_rows(out, rows)

    report = import_csv(root, out)
    assert report.lines() == [f"0 updated, 1 added, {len(rows) - 1} unchanged, 0 rejected"]
    text = common.read_text(encoding="utf-8")
    # Right after the message before it in English, with the English note for translators.
    assert (
        "hours-day-range = { $first } t/m { $last } { $from }–{ $to }\n"
        "# Variables:\n"
        "#   $first (String) - the day name\n"
        "#   $last (String) - the same day name\n"
        "#   $from (String) - opening time\n"
        "#   $to (String) - closing time\n"
        "hours-one-day = { $first } van { $from } tot { $to }\n"
        "hours-every-day = "
    ) in text
    # A second import finds nothing left to do.
    again = import_csv(root, out)
    assert again.lines()[0] == f"0 updated, 0 added, {len(rows)} unchanged, 0 rejected"
    assert common.read_text(encoding="utf-8") == text


def test_a_missing_file_is_created(tmp_path):
    root = locale_copy(tmp_path / "content")
    (root / "locales" / "nl" / "flows.ftl").unlink()
    out = tmp_path / "translations-nl.csv"
    rows = exported(root, "nl", out)
    flows = [row for row in rows if row["file"] == "flows"]
    assert flows
    assert {row["status"] for row in flows} == {"missing"}
    set_translation(rows, flows[-1]["id"], "Vertaald")
    write_rows(out, rows)

    report = import_csv(root, out)
    assert report.added == [flows[-1]["id"]]
    created = (root / "locales" / "nl" / "flows.ftl").read_text(encoding="utf-8")
    assert f"\n{flows[-1]['id']} = Vertaald\n" in created or created.startswith(
        f"{flows[-1]['id']} = Vertaald\n"
    )
    assert created.endswith("\n")
    assert import_csv(root, out).lines()[0].startswith("0 updated, 0 added,")


def test_language_from_file_name_or_refused(tmp_path):
    root = locale_copy(tmp_path / "content")
    out = tmp_path / "edited.csv"
    export_csv(root, "nl", out)
    result = bot_cli("--content", str(root), "translations", "import", str(out))
    assert result.returncode == 2
    assert "--lang" in result.stderr
    english = bot_cli("--content", str(root), "translations", "import", str(out), "--lang", "en")
    assert english.returncode == 2
    assert snapshot(root) == snapshot(locale_copy(tmp_path / "fresh"))
