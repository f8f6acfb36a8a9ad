"""Translations as a spreadsheet: export a locale to CSV, import the edited CSV back to .ftl.

For translators who do not write Fluent: one row per English message and per English term
(the names of organisations, `-org-coa`, with the dash), with the English text, the note for
translators, the current translation and its status. A term the locale has and English does
not (Arabic's `-org-unhcr-what`) is a row too, after the entry before it in the locale's file,
with no English: it can be reviewed and changed, not added. The import checks every row
(Fluent syntax, the same variables as English, a known id), writes the good rows and names
the rejected ones by their spreadsheet row number (the header is row 1).

The import edits the locale's .ftl files in place: only the values of changed messages and
terms are rewritten and missing ones are inserted in English order, so everything else
(comments, blank lines, order) stays byte-for-byte as it was. Attributes are not exported;
those a locale message or term already has are kept.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser, FluentSerializer, ast
from fluent.syntax.serializer import serialize_element, serialize_message, serialize_term

from bot import fluent_trees
from bot.errors import WegwijsError
from bot.i18n import REFERENCE, VariableNames, ftl_files

COLUMNS = ("id", "file", "english", "note", "translation", "status")
LANG_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
LANG_FROM_NAME = re.compile(r"^translations-([a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)(?![A-Za-z0-9])")
RESERVED_LINE_START = ("[", "*", ".")
ORG_TERM = re.compile(r"^-org-(?P<org>.+?)(?P<what>-what)?$")
NAME_NOTE = (
    "The name as your readers see it, on its card, its button and in sentences "
    "({{ -org-{org} }}): keep the Dutch name where your language has no name of its own."
)
WHAT_NOTE = (
    "What the organisation is, in brackets after its name on its card and button, where "
    "org-{org}-name writes ({{ -org-{org} }} ({{ -org-{org}-what }})). "
    "Needed only where the name alone does not say it."
)
OWN_NOTE = "This language's own term: English has none."
OWN_WHAT_NOTE = "This language's own explanation of the name: English has none."

Entry = ast.Message | ast.Term


def entry_id(entry: Entry) -> str:
    """A row's id: a message's name, or a term's with its dash ("-org-coa")."""
    return f"-{entry.id.name}" if isinstance(entry, ast.Term) else entry.id.name


def is_term(row_id: str) -> bool:
    return row_id.startswith("-")


class TranslationFileError(WegwijsError):
    """The command cannot run at all: unknown language, unreadable CSV, missing columns."""


# --- reading Fluent -------------------------------------------------------------------------


def _visited(node: ast.BaseNode | None) -> VariableNames:
    visitor = VariableNames()
    if node is not None:
        visitor.visit(node)
    return visitor


def variables(node: ast.BaseNode | None) -> frozenset[str]:
    """The names of the $variables used anywhere in a node."""
    return frozenset(_visited(node).names)


def term_references(node: ast.BaseNode | None) -> frozenset[str]:
    """The terms a node references, with their dash: {"-org-coa"}."""
    return frozenset(_visited(node).terms)


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

    def entries(self) -> list[Entry]:
        """Its messages and terms, in file order."""
        return [e for e in self.resource.body if isinstance(e, ast.Message | ast.Term)]


def term_note(row_id: str) -> str:
    """What a translator needs to know of a name term or of its explanation."""
    found = ORG_TERM.match(row_id)
    if not found:
        return ""
    return (WHAT_NOTE if found["what"] else NAME_NOTE).format(org=found["org"])


@dataclass(slots=True)
class EnglishEntry:
    """A message or term of the reference locale, the row it becomes."""

    id: str  # a term's with its dash
    file: str  # the file's stem: "common" for common.ftl
    entry: Entry

    @property
    def note(self) -> str:
        comment = (self.entry.comment.content or "") if self.entry.comment else ""
        return "\n".join(part for part in (comment, term_note(self.id)) if part)

    @property
    def text(self) -> str:
        return pattern_text(self.entry.value)


def locales_dir(root: Path) -> Path:
    return root / "locales"


def read_english(root: Path) -> tuple[dict[str, FtlFile], list[EnglishEntry]]:
    """The English files by stem, and their messages and terms in file order."""
    files = {path.stem: FtlFile.read(path) for path in ftl_files(locales_dir(root) / REFERENCE)}
    entries = [
        EnglishEntry(entry_id(entry), stem, entry)
        for stem, ftl in files.items()
        for entry in ftl.entries()
        if entry.value is not None
    ]
    return files, entries


def read_locale_files(root: Path, lang: str) -> dict[str, FtlFile]:
    return {path.stem: FtlFile.read(path) for path in ftl_files(locales_dir(root) / lang)}


def index_entries(files: dict[str, FtlFile]) -> dict[str, tuple[str, Entry]]:
    """Row id -> (file stem, message or term); the first definition wins, as in a
    FluentBundle."""
    index: dict[str, tuple[str, Entry]] = {}
    for stem, ftl in files.items():
        for entry in ftl.entries():
            index.setdefault(entry_id(entry), (stem, entry))
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


def row(row_id: str, stem: str, english: str, note: str, translation: str) -> dict[str, str]:
    return {
        "id": row_id,
        "file": stem,
        "english": english,
        "note": note,
        "translation": translation,
        "status": status_of(english, translation),
    }


def export_rows(root: Path, lang: str) -> list[dict[str, str]]:
    """One row per English message and term, in English file order, with the locale's own
    terms among them."""
    check_lang(lang, root, must_exist=False)
    _, english = read_english(root)
    files = read_locale_files(root, lang)
    present = index_entries(files)
    rows = []
    for entry in english:
        found = present.get(entry.id)
        translation = pattern_text(found[1].value) if found else ""
        rows.append(row(entry.id, entry.file, entry.text, entry.note, translation))
    return with_own_terms(rows, files, {entry.id for entry in english})


def own_terms(
    files: dict[str, FtlFile], english_ids: set[str]
) -> dict[str | None, list[dict[str, str]]]:
    """The locale's terms that English lacks, as rows, by the id of the entry before each in
    its file (None: no entry before it is a row)."""
    after: dict[str | None, list[dict[str, str]]] = {}
    seen: set[str] = set()
    for stem, ftl in files.items():
        previous: str | None = None
        for entry in ftl.entries():
            name = entry_id(entry)
            if isinstance(entry, ast.Term) and name not in english_ids and name not in seen:
                own = OWN_WHAT_NOTE if name.endswith("-what") else OWN_NOTE
                note = "\n".join(part for part in (own, term_note(name)) if part)
                after.setdefault(previous, []).append(
                    row(name, stem, "", note, pattern_text(entry.value))
                )
                seen.add(name)
            if name in english_ids or name in seen:
                previous = name
    return after


def with_own_terms(
    rows: list[dict[str, str]], files: dict[str, FtlFile], english_ids: set[str]
) -> list[dict[str, str]]:
    """The rows, each of the locale's own terms right after the entry before it."""
    after = own_terms(files, english_ids)
    result: list[dict[str, str]] = []

    def place(one: dict[str, str]) -> None:
        result.append(one)
        for own in after.pop(one["id"], []):
            place(own)

    for one in [*rows, *after.pop(None, [])]:
        place(one)
    return result


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
    terms = sum(is_term(r["id"]) for r in rows)
    return (
        f"Wrote {out}: {len(rows) - terms} messages and {terms} terms for '{lang}', "
        f"{counts['translated']} translated, {counts['same-as-english']} same as English, "
        f"{counts['missing']} missing"
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


def parse_translation(row_id: str, translation: str) -> Entry | str:
    """The translation as the value of `row_id` (a message, or a term when it starts with a
    dash), or why it is not valid Fluent."""
    lines = translation.split("\n")
    body = "\n".join(f"    {line}" if line.strip() else "" for line in lines)
    resource = FluentParser(with_spans=False).parse(f"{row_id} =\n{body}\n")
    junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
    if junk:
        notes = [note.message or "" for entry in junk for note in entry.annotations]
        reason = "not valid Fluent: " + ("; ".join(notes) or "cannot be read")
        if any(line.lstrip().startswith(RESERVED_LINE_START) for line in lines[1:]):
            reason += ' (a line may not start with [ * or . ; write {"*"} for a literal *)'
        return reason
    entries = [e for e in resource.body if isinstance(e, ast.Message | ast.Term)]
    if len(entries) != 1 or entry_id(entries[0]) != row_id or entries[0].value is None:
        return "not valid Fluent: not a single " + ("term" if is_term(row_id) else "message")
    return entries[0]


def names(found: frozenset[str]) -> str:
    return ", ".join(f"${name}" for name in sorted(found)) or "none"


def entry_text(entry: Entry) -> str:
    """A message or term as Fluent source, without trailing newline and whitespace-only
    lines."""
    if isinstance(entry, ast.Term):
        text = serialize_term(entry).rstrip("\n")
    else:
        text = serialize_message(entry).rstrip("\n")
    return "\n".join(line if line.strip() else "" for line in text.split("\n"))


def file_text(entries: list[ast.EntryType]) -> str:
    text = FluentSerializer().serialize(ast.Resource(entries))
    return "\n".join(line if line.strip() else "" for line in text.split("\n"))


def with_value(
    entry: Entry,
    value: ast.Pattern,
    attributes: list[ast.Attribute],
    comment: ast.Comment | None = None,
) -> Entry:
    """A new message or term of the same kind and id as `entry`."""
    if isinstance(entry, ast.Term):
        return ast.Term(ast.Identifier(entry.id.name), value, attributes, comment)
    return ast.Message(ast.Identifier(entry.id.name), value, attributes, comment)


def text_start(entry: Entry) -> int:
    """Where a message or term starts in its file, after its comment: a term's dash is
    not part of its identifier."""
    return span_of(entry.id).start - (1 if isinstance(entry, ast.Term) else 0)


@dataclass(slots=True)
class Book:
    """What an import checks rows against: English, and the locale as it is."""

    lang: str
    english: dict[str, EnglishEntry]
    present: dict[str, tuple[str, Entry]]

    def reference(self, row_id: str) -> Entry | None:
        """What a row translates: an English message or term, or a term of the locale's
        own; None when the id is none of these."""
        if row_id in self.english:
            return self.english[row_id].entry
        found = self.present.get(row_id)
        return found[1] if found and is_term(row_id) else None


def import_csv(root: Path, csv_path: Path, lang: str | None = None) -> ImportReport:
    """Apply the CSV to locales/<lang>/*.ftl; rejected rows are reported, the rest written."""
    lang = lang or lang_from_filename(csv_path)
    check_lang(lang, root, must_exist=True)
    rows = read_csv(csv_path)
    english_files, english = read_english(root)
    files = read_locale_files(root, lang)
    book = Book(lang, {entry.id: entry for entry in english}, index_entries(files))
    report = ImportReport()
    accepted = judge_rows(rows, book, report)
    # Edits per file as (start, end, new text) on the original text.
    edits = update_edits(accepted, book.present, report)
    new_files = add_missing(english_files, files, book, accepted, edits, report)
    write_changes(locales_dir(root) / lang, files, edits, new_files, report)
    return report


def judge_rows(
    rows: list[tuple[int, dict[str, str]]], book: Book, report: ImportReport
) -> dict[str, Entry]:
    """The rows to write by id; the others are reported as unchanged or rejected."""
    accepted: dict[str, Entry] = {}
    seen: dict[str, int] = {}
    for number, one in rows:
        row_id = one.get("id", "").strip()
        translation = one.get("translation", "").replace("\r\n", "\n").replace("\r", "\n")
        if not row_id and not translation.strip():
            continue  # an empty line at the end of a spreadsheet
        verdict = judge_row(row_id, translation, book, seen.get(row_id))
        seen.setdefault(row_id, number)
        if isinstance(verdict, str):
            report.rejected.append((number, row_id or "(no id)", verdict))
        elif verdict is None:
            report.unchanged.append(row_id)
        else:
            accepted[row_id] = verdict
    refuse_unknown_terms(accepted, book, seen, report)
    report.rejected.sort(key=lambda rejected: rejected[0])
    return accepted


def refuse_unknown_terms(
    accepted: dict[str, Entry], book: Book, rows: dict[str, int], report: ImportReport
) -> None:
    """Refuse the accepted rows that use a term the language neither has nor gets from
    this import; refusing a term's row can leave more rows so, until none is left."""
    while True:
        defined = {row_id for row_id in (*book.present, *accepted) if is_term(row_id)}
        unknown = {
            row_id: sorted(undefined)
            for row_id, entry in accepted.items()
            if (undefined := term_references(entry.value) - defined)
        }
        if not unknown:
            return
        for row_id, terms in unknown.items():
            del accepted[row_id]
            reasons = (unknown_term(term, book.lang, rows.get(term)) for term in terms)
            report.rejected.append((rows[row_id], row_id, "; ".join(reasons)))


def unknown_term(term: str, lang: str, its_row: int | None) -> str:
    reason = f"uses the term {term}, which locales/{lang} does not define"
    return reason if its_row is None else f"{reason} and its row {its_row} does not add"


def update_edits(
    accepted: dict[str, Entry], present: dict[str, tuple[str, Entry]], report: ImportReport
) -> dict[str, list[tuple[int, int, str]]]:
    """The edits that give messages and terms the locale has their new values."""
    edits: dict[str, list[tuple[int, int, str]]] = {}
    for row_id, parsed in accepted.items():
        if row_id in present and parsed.value is not None:
            stem, old = present[row_id]
            new = with_value(old, parsed.value, old.attributes)
            edits.setdefault(stem, []).append((text_start(old), span_of(old).end, entry_text(new)))
            report.updated.append(row_id)
    return edits


def add_missing(
    english_files: dict[str, FtlFile],
    files: dict[str, FtlFile],
    book: Book,
    accepted: dict[str, Entry],
    edits: dict[str, list[tuple[int, int, str]]],
    report: ImportReport,
) -> dict[str, list[ast.EntryType]]:
    """Insert the accepted messages and terms the locale lacks into `edits`, in English
    order; return the files to create for those whose file the locale lacks."""
    new_files: dict[str, list[ast.EntryType]] = {}
    for stem, english_file in english_files.items():
        to_add = {
            name: accepted[name]
            for e in english_file.entries()
            if (name := entry_id(e)) in accepted and name not in book.present
        }
        if not to_add:
            continue
        report.added.extend(to_add)
        if stem in files:
            edits.setdefault(stem, []).extend(insertions(english_file, files[stem], to_add))
        else:
            new_files[stem] = new_file_entries(english_file, to_add)
    return new_files


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
    row_id: str, translation: str, book: Book, earlier_row: int | None
) -> Entry | str | None:
    """One CSV row: the message or term to write, why it is rejected (a str), or None:
    unchanged."""
    reference = book.reference(row_id)
    if reference is None:
        if is_term(row_id):
            return f"this term is neither in English nor in locales/{book.lang}"
        return "this id is not an English message"
    if earlier_row is not None:
        return f"the same id is already on row {earlier_row}"
    if not translation.strip():
        return None
    found = book.present.get(row_id)
    old = found[1].value if found else None
    if old is not None and translation.strip("\n") == pattern_text(old):
        return None  # as exported: nothing to parse (most rows of a returned spreadsheet)
    parsed = parse_translation(row_id, translation.strip("\n"))
    if isinstance(parsed, str):
        return parsed
    mismatch = unlike_reference(row_id, reference, parsed)
    if mismatch is not None:
        return mismatch
    if old is not None and parsed.value is not None and old.equals(parsed.value):
        return None
    return parsed


def unlike_reference(row_id: str, reference: Entry, parsed: Entry) -> str | None:
    """Why a translation cannot stand for what it translates: other variables than it has
    (a term has none), or a term that uses itself."""
    wanted, used = variables(reference.value), variables(parsed.value)
    if used != wanted:
        if is_term(row_id) and not wanted:
            return (
                f"uses variables {names(used)}; a term uses none "
                "(the messages that use it do not pass theirs)"
            )
        return f"uses variables {names(used)}; English uses {names(wanted)}"
    if row_id in term_references(parsed.value):
        return f"uses the term {row_id} in its own value"
    return None


def _new_entry(english: Entry, accepted: dict[str, Entry]) -> Entry:
    """A message or term to add: the translation, with the English comment for later
    translators."""
    value = accepted[entry_id(english)].value
    if value is None:
        raise ValueError("an accepted translation has a value")
    return with_value(english, value, [], english.comment)


def _appended(text: str, entries: list[Entry]) -> str:
    lead = "" if not text else ("\n" if text.endswith("\n") else "\n\n")
    return lead + "\n".join(entry_text(e) for e in entries) + "\n"


def insertions(
    english_file: FtlFile, locale_file: FtlFile, accepted: dict[str, Entry]
) -> list[tuple[int, int, str]]:
    """Missing messages and terms go right after the previous English entry the locale file
    has, or, when none comes before, right before the first one it has."""
    there = {entry_id(e): e for e in locale_file.entries()}
    result: list[tuple[int, int, str]] = []
    pending: list[Entry] = []  # added before any entry that is there
    anchor: Entry | None = None
    after: list[Entry] = []
    for entry in english_file.entries():
        name = entry_id(entry)
        if name in there:
            if anchor is not None and after:
                result.append(_after(anchor, after))
            elif anchor is None and pending:
                start = text_start(there[name])
                text = "\n".join(entry_text(e) for e in pending) + "\n"
                result.append((start, start, text))
                pending = []
            anchor, after = there[name], []
        elif name in accepted:
            (after if anchor is not None else pending).append(_new_entry(entry, accepted))
    if anchor is not None and after:
        result.append(_after(anchor, after))
    if pending:  # the file has none of the English entries of its file
        end = len(locale_file.text)
        result.append((end, end, _appended(locale_file.text, pending)))
    return result


def _after(anchor: Entry, entries: list[Entry]) -> tuple[int, int, str]:
    end = span_of(anchor).end
    return (end, end, "".join("\n" + entry_text(e) for e in entries))


def span_of(node: ast.SyntaxNode) -> ast.Span:
    """The span of a node parsed with spans (every node here is)."""
    if node.span is None:
        raise ValueError("parsed without spans")
    return node.span


def new_file_entries(english_file: FtlFile, accepted: dict[str, Entry]) -> list[ast.EntryType]:
    """A locale file that does not exist yet: the English section headings that have
    translated messages or terms under them, and those in English order."""
    entries: list[ast.EntryType] = []
    heading: list[ast.EntryType] = []
    for entry in english_file.resource.body:
        if isinstance(entry, ast.ResourceComment):
            entries.append(entry)
        elif isinstance(entry, ast.GroupComment):
            heading = [entry]
        elif isinstance(entry, ast.Message | ast.Term) and entry_id(entry) in accepted:
            entries.extend(heading)
            heading = []
            entries.append(_new_entry(entry, accepted))
    return entries
