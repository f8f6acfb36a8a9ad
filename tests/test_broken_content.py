"""One broken-content fixture per problem code, each naming the one line `validate` prints.

Each file in tests/content/broken/ is named after a problem code (DATA-PHONE-KIND.yaml) and
breaks a copy of the real content (flows/, locales/, data/) in one way. `validate` must report
that problem at that line, and nothing else, as goflow's TestBrokenFlows does: for an error,
the errors are exactly that line (no follow-on errors); for a warning, there is no error and
the only new warning is that line (the real content's own warnings stay, wherever the edit
moves them). A fixture is a YAML document:

    # What is broken, in a sentence.
    edits:                          # applied in order
      - file: data/organisations.yaml
        find: "kind: fax"           # exact text, which must occur; the first occurrence
        replace: "kind: pigeon"     # is replaced (every one with `count: all`)
      - file: locales/nl/common.ftl
        append: |                   # added at the end of the file
          nav-extra = Extra
      - create: flows/extra.yaml    # a new file (or one overwritten) holding `text`
        text: |
          flow: extra
      - delete: locales/so/examples.yaml    # a file or a whole folder
    expect: "data/organisations.yaml:{line}: DATA-PHONE-KIND kind must be phone or fax"
    line_of: "kind: pigeon"         # {line}: the line of its first occurrence in the file
                                    # `expect` names (or in the file `line_in:` names)
    severity: error                 # or warning (then `expect` reads "...: warning CODE ...")

In any text, {today+N} (or {today-N}) is the day N days from today, as YYYY-MM-DD, for the
checks that compare a date with today.

A code no content can cause is listed in UNREACHABLE, with the reason.
"""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.content.checks import validate
from bot.content.problems import Problem
from bot.errors import ContentError
from tests.support import ROOT

BROKEN = Path(__file__).resolve().parent / "content" / "broken"
FIXTURES = sorted(BROKEN.glob("*.yaml"))
FIXTURE_KEYS = {"edits", "expect", "line_of", "line_in", "severity"}
EDIT_KEYS = {"file", "find", "replace", "count", "append", "create", "text", "delete"}

# Problem codes: string literals such as "DATA-PHONE" in bot/, and codes put together at
# run time (f"DATA-BAD-{key.upper()}", f"{code}-CLASH", f"FTL-{note.code}").
CODE = re.compile(r'"[A-Z]+(?:-[A-Z]+)+"')
PART = r"(?:[A-Z]+|\{[^{}\"]+\})"
TEMPLATE = re.compile(rf'f"({PART}(?:-{PART})+)"')
WORD_CODES = {"YAML"}  # codes without a hyphen, which CODE cannot tell from other words
UNREACHABLE = {
    "FLOW-NO-EMERGENCY": "the engine gives every screen but Emergency an Emergency button "
    "(bot/engine/screens.py navigation); no content can take it away",
    "FLOW-NO-WAY-BACK": "the engine gives every screen but the main menu a Menu button "
    "(bot/engine/screens.py navigation); no content can take it away",
}
TODAY = re.compile(r"\{today(?:([+-])(\d+))?\}")


def sources() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "bot").rglob("*.py"))]


def built_pattern(template: str) -> re.Pattern[str]:
    """The codes an f-string such as f"DATA-BAD-{key.upper()}" can put together."""
    parts = re.split(r"\{[^{}]*\}", template)
    return re.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*".join(re.escape(part) for part in parts))


def with_dates(text: str) -> str:
    """{today+N} as the date N days from today."""

    today = date.today()  # noqa: DTZ011 - validate compares with the local day too

    def day(match: re.Match[str]) -> str:
        sign, days = match.groups()
        offset = timedelta(days=int(days or 0))
        return (today - offset if sign == "-" else today + offset).isoformat()

    return TODAY.sub(day, text)


def load_fixture(path: Path) -> dict[str, Any]:
    fixture = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(fixture, dict), path
    assert set(fixture) <= FIXTURE_KEYS, sorted(set(fixture) - FIXTURE_KEYS)
    assert fixture.get("severity", "error") in ("error", "warning")
    for edit in fixture["edits"]:
        assert set(edit) <= EDIT_KEYS, sorted(set(edit) - EDIT_KEYS)
    return fixture


def apply(root: Path, edit: dict[str, Any]) -> None:
    """One edit of a fixture, in the content copy at `root`."""
    if "delete" in edit:
        target = root / edit["delete"]
        assert target.exists(), f"nothing to delete at {edit['delete']}"
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    elif "create" in edit:
        target = root / edit["create"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(with_dates(edit["text"]), encoding="utf-8")
    else:
        target = root / edit["file"]
        text = target.read_text(encoding="utf-8")
        if "append" in edit:
            text += with_dates(edit["append"])
        else:
            find, replace = edit["find"], with_dates(edit["replace"])
            assert find in text, f"{find!r} is not in {edit['file']}"
            text = text.replace(find, replace, -1 if edit.get("count") == "all" else 1)
        target.write_text(text, encoding="utf-8")


def expected_line(root: Path, fixture: dict[str, Any]) -> str:
    """The problem line the fixture expects, with {line} and {today+N} filled in."""
    expect = with_dates(fixture["expect"])
    if "{line}" in expect:
        name = fixture.get("line_in") or expect.partition(":")[0]
        lines = (root / name).read_text(encoding="utf-8").splitlines()
        needle = with_dates(fixture["line_of"])
        found = [number for number, line in enumerate(lines, start=1) if needle in line]
        assert found, f"{needle!r} is not in {name}"
        expect = expect.replace("{line}", str(found[0]))
    return expect


def problems_of(root: Path) -> list[Problem]:
    """Every problem validate finds; content it cannot read at all raises with its problem."""
    try:
        _content, report = validate(root)
    except ContentError as exc:
        return exc.problems
    return report.problems


def unplaced(problem: Problem) -> tuple[str, str, str]:
    """A problem without its line: an edit moves the lines below it."""
    return problem.path, problem.code, problem.message


@pytest.fixture(scope="session")
def shipped_warnings() -> set[tuple[str, str, str]]:
    """The warnings of the unbroken content (facts to re-check), which every fixture keeps."""
    found = problems_of(ROOT)
    assert not [str(p) for p in found if not p.warning]
    return {unplaced(p) for p in found}


@pytest.mark.parametrize("path", FIXTURES, ids=[path.stem for path in FIXTURES])
def test_broken_content_reports_exactly_its_problem(
    path: Path, content_copy: Path, shipped_warnings: set[tuple[str, str, str]]
) -> None:
    fixture = load_fixture(path)
    for edit in fixture["edits"]:
        apply(content_copy, edit)
    expect = expected_line(content_copy, fixture)
    warning = fixture.get("severity", "error") == "warning"
    assert f" {path.stem} " in f" {expect} ", "the fixture is named after the code it expects"
    found = problems_of(content_copy)
    errors = {str(p) for p in found if not p.warning}
    if warning:
        new = {str(p) for p in found if p.warning and unplaced(p) not in shipped_warnings}
        assert (errors, new) == (set(), {expect})
    else:
        assert errors == {expect}


def test_every_problem_code_has_a_fixture() -> None:
    text = "\n".join(sources())
    literal = {match.strip('"') for match in CODE.findall(text)}
    # An f-string of placeholders only (f"{kind}-{ident}") is a message id, not a code.
    templates = {t for t in TEMPLATE.findall(text) if re.search(r"(?:^|-)[A-Z]+(?:-|$)", t)}
    stems = {path.stem for path in FIXTURES}
    assert set(UNREACHABLE) <= literal, "UNREACHABLE names a code bot/ no longer has"
    assert not set(UNREACHABLE) & stems, "a code with a fixture is not unreachable"
    assert all(f'"{code}"' in text for code in WORD_CODES)
    assert sorted(literal - set(UNREACHABLE) - stems) == [], "codes without a fixture"
    built = stems - literal - WORD_CODES
    patterns = {template: built_pattern(template) for template in templates}
    stray = sorted(code for code in built if not any(p.fullmatch(code) for p in patterns.values()))
    assert stray == [], "fixtures named after no code in bot/"
    bare = sorted(t for t, p in patterns.items() if not any(p.fullmatch(code) for code in built))
    assert bare == [], "codes put together at run time with no fixture"
