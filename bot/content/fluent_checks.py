"""Checks on the Fluent files: syntax, duplicates, coverage and variables against English,
and the terms (`-org-coa`): each one referenced is defined, and none written out."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from babel import Locale
from fluent.syntax import ast

from bot import cache, fluent_trees
from bot.content.problems import Report
from bot.i18n import REFERENCE, VariableNames, ftl_files

PLURAL_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})


class _Variables(VariableNames):
    """Collects variable names, the plural categories each number selector covers, and
    where its terms are referenced and its text is (offsets in the file)."""

    def __init__(self) -> None:
        super().__init__()
        self.plural_keys: list[set[str]] = []
        self.digits: list[str] = []
        self.term_offsets: list[tuple[str, int]] = []
        self.texts: list[tuple[int, str]] = []

    def visit_TextElement(self, node: ast.TextElement) -> None:
        if any(ch.isdigit() for ch in node.value):
            self.digits.append(node.value.strip())
        self.texts.append((node.span.start if node.span else 0, node.value))

    def visit_TermReference(self, node: ast.TermReference) -> None:
        super().visit_TermReference(node)
        self.term_offsets.append((f"-{node.id.name}", node.span.start if node.span else 0))

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        keys = {v.key.name for v in node.variants if isinstance(v.key, ast.Identifier)}
        if keys & PLURAL_CATEGORIES:
            self.plural_keys.append(keys)
        self.generic_visit(node)


@dataclass(slots=True)
class LocaleMessages:
    """The messages of one locale: id -> (file, line, variables); and its terms."""

    code: str
    messages: dict[str, tuple[str, int, frozenset[str]]] = field(default_factory=dict)
    digits: dict[str, tuple[str, int, str]] = field(default_factory=dict)  # id -> file, line, text
    # "-org-coa" -> file, line, its value when it is only text
    terms: dict[str, tuple[str, int, str | None]] = field(default_factory=dict)
    # Every term reference: file, line, the message or term that makes it, the term.
    references: list[tuple[str, int, str, str]] = field(default_factory=list)
    # message id -> file, and its text piece by piece, each with the line it starts on
    texts: dict[str, tuple[str, tuple[tuple[int, str], ...]]] = field(default_factory=dict)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def required_plurals(cldr: str) -> frozenset[str]:
    """The plural categories CLDR defines for a locale (Arabic has all six)."""
    return frozenset(Locale.parse(cldr).plural_form.tags | {"other"})


def read_locale(root: Path, code: str, report: Report, cldr: str | None = None) -> LocaleMessages:
    """Parse every .ftl file of a locale; report junk and duplicate ids."""
    result = LocaleMessages(code)
    for path in ftl_files(root / "locales" / code):
        rel = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        for entry in file_entries(text, cldr):
            if isinstance(entry, FileProblem):
                add = report.warn if entry.warning else report.error
                add(rel, entry.line, entry.code, entry.message)
                continue
            is_term = entry.name.startswith("-")
            if entry.name in (result.terms if is_term else result.messages):
                kind = "term" if is_term else "message"
                report.error(
                    rel, entry.line, "FTL-DUPLICATE", f"{kind} '{entry.name}' is defined twice"
                )
            for warning in entry.warnings:
                report.warn(rel, warning.line, warning.code, warning.message)
            if is_term:
                result.terms[entry.name] = (rel, entry.line, entry.value)
            else:
                result.messages[entry.name] = (rel, entry.line, entry.variables)
                result.texts[entry.name] = (rel, entry.texts)
            result.references += [(rel, line, entry.name, term) for term, line in entry.terms]
            if entry.digits is not None:
                result.digits[entry.name] = (rel, entry.line, entry.digits)
    return result


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A problem of one .ftl file, at a line (the file is the reader's to name)."""

    line: int
    code: str
    message: str
    warning: bool = False


@dataclass(frozen=True, slots=True)
class FileMessage:
    """A message or a term of one .ftl file: where it is, the variables it uses, digits in
    its text, the terms it references and its text (each with its line)."""

    name: str  # a term's with its dash, as it is written: "-org-coa"
    line: int
    variables: frozenset[str]  # a term's are its parameters, not a message's variables
    digits: str | None
    warnings: tuple[FileProblem, ...]
    terms: tuple[tuple[str, int], ...] = ()
    texts: tuple[tuple[int, str], ...] = ()
    value: str | None = None  # a term's value, when it is only text


Entries = tuple[FileProblem | FileMessage, ...]
# What a file's entries depend on besides its text, its locale and the bot's code: the
# parser and CLDR's plural rules.
_MADE_BY = f"{fluent_trees.MADE_BY} babel {version('babel')}"


@lru_cache(maxsize=512)
def file_entries(text: str, cldr: str | None) -> Entries:
    """What one .ftl file holds, in order: its junk and its messages (with their variables).

    Kept per text, in memory and in bot.cache: validating a copy of the content with one
    file changed reads the others from there (the broken-content tests validate 77 such
    copies), and `validate` in a new process need not walk every syntax tree again.
    """
    made_by = (cache.bot_code(), _MADE_BY, cldr or "")
    name = cache.name_for("ftl-entries", *made_by, text) + ".json"
    return cache.kept(name, lambda: _entries(text, cldr), _dump_entries, _load_entries)


def _problem_fields(problem: FileProblem) -> list[object]:
    return [problem.line, problem.code, problem.message, problem.warning]


def _warning_rows(message: FileMessage) -> list[list[object]]:
    return [_problem_fields(warning) for warning in message.warnings]


def _message_row(e: FileMessage) -> list[object]:
    terms = [list(term) for term in e.terms]
    texts = [list(text) for text in e.texts]
    return [e.name, e.line, sorted(e.variables), e.digits, _warning_rows(e), terms, texts, e.value]


def _dump_entries(entries: Entries) -> bytes:
    rows = [
        ["problem", *_problem_fields(e)]
        if isinstance(e, FileProblem)
        else ["message", *_message_row(e)]
        for e in entries
    ]
    return json.dumps(rows, ensure_ascii=False).encode("utf-8")


def _load_entries(data: bytes) -> Entries | None:
    try:
        rows = json.loads(data)
        return tuple(
            FileProblem(*row[1:])
            if row[0] == "problem"
            else FileMessage(
                row[1],
                row[2],
                frozenset(row[3]),
                row[4],
                tuple(FileProblem(*w) for w in row[5]),
                tuple((name, line) for name, line in row[6]),
                tuple((line, text) for line, text in row[7]),
                row[8],
            )
            for row in rows
        )
    except Exception:  # foreign, whatever it raises: read from the file again
        return None


def _entries(text: str, cldr: str | None) -> Entries:
    found: list[FileProblem | FileMessage] = []
    for entry in fluent_trees.parse(text).body:
        if isinstance(entry, ast.Junk):
            start = entry.span.start if entry.span else 0
            # Where the parser gave up may be past the broken entry (an unclosed `{`):
            # then the line is the entry's last line, not the next entry's first.
            last = start + max(len((entry.content or "").rstrip()) - 1, 0)
            for note in entry.annotations:
                offset = min(note.span.start if note.span else start, last)
                problem = FileProblem(_line(text, offset), f"FTL-{note.code}", note.message or "")
                found.append(problem)
        elif isinstance(entry, ast.Message | ast.Term):
            found.append(_message(text, entry, cldr))
    return tuple(found)


def _message(text: str, entry: ast.Message | ast.Term, cldr: str | None) -> FileMessage:
    """What checks need of one message or term, its offsets turned into lines."""
    name = f"-{entry.id.name}" if isinstance(entry, ast.Term) else entry.id.name
    line = _line(text, entry.id.span.start if entry.id.span else 0)
    visitor = _Variables()
    visitor.visit(entry)
    warnings = []
    for keys in visitor.plural_keys:
        missing = required_plurals(cldr) - keys if cldr else frozenset()
        if missing:
            says = f"'{name}' has no variant for {', '.join(sorted(missing))}"
            warnings.append(FileProblem(line, "FTL-PLURALS", says, warning=True))
    elements = entry.value.elements if entry.value else []
    only_text = isinstance(entry, ast.Term) and all(
        isinstance(element, ast.TextElement) for element in elements
    )
    return FileMessage(
        name,
        line,
        frozenset(visitor.names),
        visitor.digits[0] if visitor.digits else None,
        tuple(warnings),
        tuple((term, _line(text, offset)) for term, offset in visitor.term_offsets),
        tuple((_line(text, offset), value) for offset, value in visitor.texts),
        "".join(e.value for e in elements if isinstance(e, ast.TextElement))
        if only_text
        else None,
    )


def check_locales(
    root: Path,
    cldr_codes: dict[str, str],
    report: Report,
    required: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
) -> dict[str, LocaleMessages]:
    """Every locale against English: missing (warning), extra and variable mismatches (errors);
    every term referenced defined (an error), no name of `names` written out (a warning).

    A missing message in `required`, or a missing term of `names` (which every locale
    defines), is left to the caller, which reports it as an error.
    """
    parsed = {code: read_locale(root, code, report, cldr) for code, cldr in cldr_codes.items()}
    for locale in parsed.values():
        check_term_references(locale, names, report)
        check_names_written_out(locale, names, report)
    reference = parsed.get(REFERENCE)
    if reference is None:
        report.error("locales", None, "LOCALE-NO-REFERENCE", "locales/en is missing")
        return parsed
    for code, locale in parsed.items():
        if code == REFERENCE:
            continue
        for msg_id, (rel, line, names) in locale.messages.items():
            if msg_id not in reference.messages:
                report.error(rel, line, "FTL-EXTRA", f"'{msg_id}' is not in English")
            elif names != reference.messages[msg_id][2]:
                expected = ", ".join(sorted(reference.messages[msg_id][2])) or "none"
                report.error(
                    rel,
                    line,
                    "FTL-VARIABLES",
                    f"'{msg_id}' uses variables {', '.join(sorted(names)) or 'none'}; "
                    f"English uses {expected}",
                )
        missing = sorted(set(reference.messages) - set(locale.messages) - required)
        if missing:
            report.warn(
                f"locales/{code}",
                None,
                "FTL-MISSING",
                f"{len(missing)} message{'s' if len(missing) > 1 else ''} missing "
                "(English is shown): "
                f"{', '.join(missing[:5])}{' ...' if len(missing) > 5 else ''}",
            )
    return parsed


def check_term_references(locale: LocaleMessages, names: frozenset[str], report: Report) -> None:
    """Every term a message or term references is defined in its locale: terms do not fall
    back to English (a missing name of `names` is the caller's to report)."""
    for rel, line, entry, term in locale.references:
        if term not in locale.terms and term not in names:
            report.error(
                rel,
                line,
                "FTL-UNKNOWN-TERM",
                f"'{entry}' uses {term}, which locales/{locale.code} does not define",
            )


def check_names_written_out(locale: LocaleMessages, names: frozenset[str], report: Report) -> None:
    """A message that writes out a name (the value of a term of `names`) where the term
    would do: the name would no longer be the same everywhere. A name joined to a letter
    or declined (MyCOA, IND'ye, COA-locatie, ንCOA) is another word, and left alone."""
    values = {
        value: term
        for term in sorted(names)
        if (value := locale.terms.get(term, ("", 0, None))[2])
    }
    if not values:
        return
    # The longest first, so that a name is found whole before a shorter one inside it.
    pattern = re.compile("|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)))
    for msg_id, (rel, texts) in sorted(locale.texts.items()):
        for line, text in texts:
            for offset, value in written_out(pattern, text):
                report.warn(
                    rel,
                    line + text.count("\n", 0, offset),
                    "FTL-TERM-LITERAL",
                    f"'{msg_id}' writes out {value!r}; write {{ {values[value]} }} instead",
                )


# What joins a name to a word before it (e-COA) or after it (COA-locatie, IND'ye): a
# hyphen, an apostrophe after it, a zero-width (non-)joiner. An apostrophe before it is an
# article's (l’OIM), and leaves the name as it is.
JOINED_BEFORE = frozenset("-\u200c\u200d")
JOINED_AFTER = frozenset("-'’\u200c\u200d")


def written_out(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, str]]:
    """Where `text` writes a name of `pattern` as a word of its own: (offset, name)."""
    for match in pattern.finditer(text):
        start, end = match.span()
        before, after = text[max(start - 2, 0) : start], text[end : end + 2]
        if before[-1:].isalnum() or (before[-1:] in JOINED_BEFORE and before[:1].isalnum()):
            continue  # MyCOA, ንCOA, e-COA
        if after[:1].isalnum() or (after[:1] in JOINED_AFTER and after[1:].isalnum()):
            continue  # COA-locatie, IND'ye, COA's
        yield start, match.group()
