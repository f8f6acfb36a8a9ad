"""Translations as a spreadsheet: export a locale to CSV, import the edited CSV back to .ftl.

For translators who do not write Fluent: one row per English message, with the English
text, the note for translators, the current translation and its status. The import checks
every row (Fluent syntax, the same variables as English, a known id), writes the good rows
and names the rejected ones by their spreadsheet row number (the header is row 1).

The import edits the locale's .ftl files in place: only the values of changed messages are
rewritten and missing messages are inserted in English order, so everything else (comments,
blank lines, order) stays byte-for-byte as it was. Attributes are not exported; those a
locale message already has are kept.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser, FluentSerializer, ast
from fluent.syntax.serializer import serialize_element, serialize_message

from bot import fluent_trees
from bot.errors import WegwijsError
from bot.i18n import REFERENCE, VariableNames, ftl_files

COLUMNS = ("id", "file", "english", "note", "translation", "status")
LANG_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
LANG_FROM_NAME = re.compile(r"^translations-([a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)(?![A-Za-z0-9])")
RESERVED_LINE_START = ("[", "*", ".")


class TranslationFileError(WegwijsError):
    """The command cannot run at all: unknown language, unreadable CSV, missing columns."""


# --- reading Fluent -------------------------------------------------------------------------


def variables(node: ast.BaseNode | None) -> frozenset[str]:
    """The names of the $variables used anywhere in a node."""
    if node is None:
        return frozenset()
    visitor = VariableNames()
    visitor.visit(node)
    return frozenset(visitor.names)


def pattern_text(pattern: ast.Pattern | None) -> str:
    """A message value as a translator sees it: Fluent pattern text, lines joined by \\n."""
    if pattern is None:
        return ""
    return "".join(serialize_element(element) for element in pattern.elements)


@dataclass(slots=True)
class FtlFile:
    """One parsed .ftl file, with spans so that edits can leave the rest untouched.

    The tree is the one bot.fluent_trees keeps for this text (and other readers share):
    edits are made to the text, never to the tree."""

    path: Path
    text: str
    resource: ast.Resource

    @classmethod
    def read(cls, path: Path) -> FtlFile:
        text = path.read_text(encoding="utf-8")
        return cls(path, text, fluent_trees.parse(text))

    def messages(self) -> list[ast.Message]:
        return [entry for entry in self.resource.body if isinstance(entry, ast.Message)]


@dataclass(slots=True)
class EnglishMessage:
    """A message of the reference locale, the row it becomes."""

    id: str
    file: str  # the file's stem: "common" for common.ftl
    message: ast.Message

    @property
    def note(self) -> str:
        return (self.message.comment.content or "") if self.message.comment else ""

    @property
    def text(self) -> str:
        return pattern_text(self.message.value)


def locales_dir(root: Path) -> Path:
    return root / "locales"


def read_english(root: Path) -> tuple[dict[str, FtlFile], list[EnglishMessage]]:
    """The English files by stem, and their messages in file order."""
    files = {path.stem: FtlFile.read(path) for path in ftl_files(locales_dir(root) / REFERENCE)}
    messages = [
        EnglishMessage(message.id.name, stem, message)
        for stem, ftl in files.items()
        for message in ftl.messages()
        if message.value is not None
    ]
    return files, messages


def read_locale_files(root: Path, lang: str) -> dict[str, FtlFile]:
    return {path.stem: FtlFile.read(path) for path in ftl_files(locales_dir(root) / lang)}


def index_messages(files: dict[str, FtlFile]) -> dict[str, tuple[str, ast.Message]]:
    """id -> (file stem, message); the first definition wins, as in a FluentBundle."""
    index: dict[str, tuple[str, ast.Message]] = {}
    for stem, ftl in files.items():
        for message in ftl.messages():
            index.setdefault(message.id.name, (stem, message))
    return index


def check_lang(lang: str, root: Path, *, must_exist: bool) -> None:
    if not LANG_CODE.match(lang):
        raise TranslationFileError(f"'{lang}' is not a language code such as 'nl' or 'ti'")
    if lang == REFERENCE:
        raise TranslationFileError("English is the reference; it is edited in the .ftl files")
    folder = locales_dir(root) / lang
    if must_exist and not (folder / "locale.yaml").is_file():
        raise TranslationFileError(
            f"{folder} has no locale.yaml: add the language first "
            "(name, direction, status), then import its translations"
        )


# --- export ---------------------------------------------------------------------------------


def status_of(english: str, translation: str) -> str:
    if not translation:
        return "missing"
    return "same-as-english" if translation == english else "translated"


def export_rows(root: Path, lang: str) -> list[dict[str, str]]:
    """One row per English message, in English file order."""
    check_lang(lang, root, must_exist=False)
    _, english = read_english(root)
    present = index_messages(read_locale_files(root, lang))
    rows = []
    for msg in english:
        found = present.get(msg.id)
        translation = pattern_text(found[1].value) if found else ""
        rows.append(
            {
                "id": msg.id,
                "file": msg.file,
                "english": msg.text,
                "note": msg.note,
                "translation": translation,
                "status": status_of(msg.text, translation),
            }
        )
    return rows


def export_csv(root: Path, lang: str, out: Path) -> str:
    """Write the CSV (UTF-8 with BOM, every field quoted); return a one-line summary."""
    rows = export_rows(root, lang)
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerows(rows)
    counts = {
        s: sum(r["status"] == s for r in rows)
        for s in ("translated", "same-as-english", "missing")
    }
    return (
        f"Wrote {out}: {len(rows)} messages for '{lang}', {counts['translated']} translated, "
        f"{counts['same-as-english']} same as English, {counts['missing']} missing"
    )


# --- import ---------------------------------------------------------------------------------


@dataclass(slots=True)
class ImportReport:
    """What an import did; `rejected` holds (row number, id, reason)."""

    updated: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[tuple[int, str, str]] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    def lines(self) -> list[str]:
        summary = (
            f"{len(self.updated)} updated, {len(self.added)} added, "
            f"{len(self.unchanged)} unchanged, {len(self.rejected)} rejected"
        )
        return [summary, *(f"row {n} {msg_id}: {reason}" for n, msg_id, reason in self.rejected)]


def lang_from_filename(path: Path) -> str:
    found = LANG_FROM_NAME.match(path.name)
    if not found:
        raise TranslationFileError(
            f"cannot tell the language from the name '{path.name}'; "
            "name it translations-<code>.csv or give --lang"
        )
    return found.group(1)


def read_csv(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(spreadsheet row number, row); accepts ',' ';' or tab, as spreadsheet programs save."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise TranslationFileError(f"cannot read {path}: {exc}") from exc
    header = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=header.count)
    reader = csv.DictReader(text.splitlines(keepends=True), delimiter=delimiter)
    fields = [name.strip().lower() for name in reader.fieldnames or ()]
    missing = [name for name in ("id", "translation") if name not in fields]
    if missing:
        raise TranslationFileError(f"{path} has no column {', '.join(missing)} in its first row")
    reader.fieldnames = fields
    rows: list[tuple[int, dict[str, str]]] = []
    for row in reader:
        # The header is row 1; a row with line breaks inside a cell is still one row.
        rows.append((len(rows) + 2, {k: (v or "") for k, v in row.items() if k is not None}))
    return rows


def parse_translation(msg_id: str, translation: str) -> ast.Message | str:
    """The translation as the value of `msg_id`, or why it is not valid Fluent."""
    lines = translation.split("\n")
    body = "\n".join(f"    {line}" if line.strip() else "" for line in lines)
    resource = FluentParser(with_spans=False).parse(f"{msg_id} =\n{body}\n")
    junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
    if junk:
        notes = [note.message or "" for entry in junk for note in entry.annotations]
        reason = "not valid Fluent: " + ("; ".join(notes) or "cannot be read")
        if any(line.lstrip().startswith(RESERVED_LINE_START) for line in lines[1:]):
            reason += ' (a line may not start with [ * or . ; write {"*"} for a literal *)'
        return reason
    messages = [entry for entry in resource.body if isinstance(entry, ast.Message)]
    if len(messages) != 1 or messages[0].id.name != msg_id or messages[0].value is None:
        return "not valid Fluent: not a single message"
    return messages[0]


def names(found: frozenset[str]) -> str:
    return ", ".join(f"${name}" for name in sorted(found)) or "none"


def message_text(message: ast.Message) -> str:
    """A message as Fluent source, without trailing newline and whitespace-only lines."""
    text = serialize_message(message).rstrip("\n")
    return "\n".join(line if line.strip() else "" for line in text.split("\n"))


def file_text(entries: list[ast.EntryType]) -> str:
    text = FluentSerializer().serialize(ast.Resource(entries))
    return "\n".join(line if line.strip() else "" for line in text.split("\n"))


def import_csv(root: Path, csv_path: Path, lang: str | None = None) -> ImportReport:
    """Apply the CSV to locales/<lang>/*.ftl; rejected rows are reported, the rest written."""
    lang = lang or lang_from_filename(csv_path)
    check_lang(lang, root, must_exist=True)
    rows = read_csv(csv_path)
    english_files, english = read_english(root)
    english_by_id = {msg.id: msg for msg in english}
    files = read_locale_files(root, lang)
    present = index_messages(files)
    report = ImportReport()

    accepted: dict[str, ast.Message] = {}
    seen: dict[str, int] = {}
    for number, row in rows:
        msg_id = row.get("id", "").strip()
        translation = row.get("translation", "").replace("\r\n", "\n").replace("\r", "\n")
        if not msg_id and not translation.strip():
            continue  # an empty line at the end of a spreadsheet
        verdict = judge_row(msg_id, translation, english_by_id, present, seen.get(msg_id))
        seen.setdefault(msg_id, number)
        if isinstance(verdict, str):
            report.rejected.append((number, msg_id or "(no id)", verdict))
        elif verdict is None:
            report.unchanged.append(msg_id)
        else:
            accepted[msg_id] = verdict

    # Edits per file as (start, end, new text) on the original text.
    edits: dict[str, list[tuple[int, int, str]]] = {}
    for msg_id, parsed in accepted.items():
        if msg_id in present:
            stem, old = present[msg_id]
            new = ast.Message(old.id, parsed.value, old.attributes)
            edits.setdefault(stem, []).append(
                (span_of(old.id).start, span_of(old).end, message_text(new))
            )
            report.updated.append(msg_id)

    new_files: dict[str, list[ast.EntryType]] = {}
    for stem, english_file in english_files.items():
        added = [
            m
            for m in english_file.messages()
            if m.id.name in accepted and m.id.name not in present
        ]
        if not added:
            continue
        report.added.extend(m.id.name for m in added)
        if stem in files:
            to_add = {m.id.name: accepted[m.id.name] for m in added}
            edits.setdefault(stem, []).extend(insertions(english_file, files[stem], to_add))
        else:
            new_files[stem] = new_file_entries(
                english_file, {m.id.name: accepted[m.id.name] for m in added}
            )

    write_changes(locales_dir(root) / lang, files, edits, new_files, report)
    return report


def write_changes(
    folder: Path,
    files: dict[str, FtlFile],
    edits: dict[str, list[tuple[int, int, str]]],
    new_files: dict[str, list[ast.EntryType]],
    report: ImportReport,
) -> None:
    """Apply the edits to the locale's files (last first, so offsets hold) and add new ones."""
    for stem, changes in edits.items():
        ftl = files[stem]
        text = ftl.text
        for start, end, new_text in sorted(changes, key=lambda e: (e[0], e[1]), reverse=True):
            text = text[:start] + new_text + text[end:]
        if text != ftl.text:
            ftl.path.write_text(text, encoding="utf-8", newline="")
            report.written.append(ftl.path)
    for stem, entries in new_files.items():
        path = folder / f"{stem}.ftl"
        path.write_text(file_text(entries), encoding="utf-8", newline="")
        report.written.append(path)


def judge_row(
    msg_id: str,
    translation: str,
    english_by_id: dict[str, EnglishMessage],
    present: dict[str, tuple[str, ast.Message]],
    earlier_row: int | None,
) -> ast.Message | str | None:
    """One CSV row: the message to write, why it is rejected (a str), or None: unchanged."""
    if msg_id not in english_by_id:
        return "this id is not an English message"
    if earlier_row is not None:
        return f"the same id is already on row {earlier_row}"
    if not translation.strip():
        return None
    parsed = parse_translation(msg_id, translation.strip("\n"))
    if isinstance(parsed, str):
        return parsed
    wanted, used = variables(english_by_id[msg_id].message.value), variables(parsed.value)
    if used != wanted:
        return f"uses variables {names(used)}; English uses {names(wanted)}"
    found = present.get(msg_id)
    old = found[1].value if found else None
    if old is not None and parsed.value is not None and old.equals(parsed.value):
        return None
    return parsed


def _new_message(english: ast.Message, accepted: dict[str, ast.Message]) -> ast.Message:
    """A message to add: the translation, with the English comment for later translators."""
    return ast.Message(
        ast.Identifier(english.id.name), accepted[english.id.name].value, [], english.comment
    )


def _appended(text: str, entries: list[ast.Message]) -> str:
    lead = "" if not text else ("\n" if text.endswith("\n") else "\n\n")
    return lead + "\n".join(message_text(m) for m in entries) + "\n"


def insertions(
    english_file: FtlFile, locale_file: FtlFile, accepted: dict[str, ast.Message]
) -> list[tuple[int, int, str]]:
    """Missing messages go right after the previous English message the locale file has,
    or, when none comes before, right before the first one it has."""
    there = {m.id.name: m for m in locale_file.messages()}
    result: list[tuple[int, int, str]] = []
    pending: list[ast.Message] = []  # added before any message that is there
    anchor: ast.Message | None = None
    after: list[ast.Message] = []
    for message in english_file.messages():
        name = message.id.name
        if name in there:
            if anchor is not None and after:
                result.append(_after(anchor, after))
            elif anchor is None and pending:
                start = span_of(there[name]).start
                text = "\n".join(message_text(m) for m in pending) + "\n"
                result.append((start, start, text))
                pending = []
            anchor, after = there[name], []
        elif name in accepted:
            (after if anchor is not None else pending).append(_new_message(message, accepted))
    if anchor is not None and after:
        result.append(_after(anchor, after))
    if pending:  # the file has none of the English messages of its file
        end = len(locale_file.text)
        result.append((end, end, _appended(locale_file.text, pending)))
    return result


def _after(anchor: ast.Message, messages: list[ast.Message]) -> tuple[int, int, str]:
    end = span_of(anchor).end
    return (end, end, "".join("\n" + message_text(m) for m in messages))


def span_of(node: ast.SyntaxNode) -> ast.Span:
    """The span of a node parsed with spans (every node here is)."""
    if node.span is None:
        raise ValueError("parsed without spans")
    return node.span


def new_file_entries(
    english_file: FtlFile, accepted: dict[str, ast.Message]
) -> list[ast.EntryType]:
    """A locale file that does not exist yet: the English section headings that have
    translated messages under them, and those messages in English order."""
    entries: list[ast.EntryType] = []
    heading: list[ast.EntryType] = []
    for entry in english_file.resource.body:
        if isinstance(entry, ast.ResourceComment):
            entries.append(entry)
        elif isinstance(entry, ast.GroupComment):
            heading = [entry]
        elif isinstance(entry, ast.Message) and entry.id.name in accepted:
            entries.extend(heading)
            heading = []
            entries.append(_new_message(entry, accepted))
    return entries
