"""Content for the bot to serve: validated, or refused with the lines `validate` prints.

Validation is most of a start, and gives the same answer for the same inputs: every file
of the content, the bot's own code, the libraries it uses and the day (facts go stale).
Once those passed, a mark in the cache (bot.cache) named by their hash lets the next start
skip the checks; any change to any of them validates again.
"""

from __future__ import annotations

import hashlib
import sys
from datetime import date
from importlib.metadata import version
from pathlib import Path

from bot import cache
from bot.content.load import load_content
from bot.content.model import Content
from bot.content.problems import Report
from bot.errors import ContentError

CONTENT_FOLDERS = ("data", "flows", "locales")
LIBRARIES = ("fluent.syntax", "fluent.runtime", "babel", "pyyaml", "holidays")
CODE = Path(__file__).resolve().parents[1]  # the bot package


def validation_inputs(root: Path, today: date) -> list[str]:
    """Everything a validation's answer depends on, as names and hashes."""
    parts = [sys.version, today.isoformat(), *(f"{n} {version(n)}" for n in LIBRARIES)]
    files = [(CODE, path) for path in CODE.rglob("*.py")]
    files += [(root, p) for folder in CONTENT_FOLDERS for p in (root / folder).rglob("*")]
    for base, path in sorted(files):
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            parts.append(f"{path.relative_to(base).as_posix()} {digest}")
    return parts


def validated_content(root: Path) -> Content:
    """Content that passed validation, or ContentError with the same lines validate prints."""
    try:
        inputs = validation_inputs(root, date.today())  # noqa: DTZ011 - the checks' day
    except OSError:
        inputs = None  # a file cannot be read: validation says which
    mark = cache.name_for("validated", *inputs) if inputs is not None else None
    content = loaded(root) if mark is not None and cache.read(mark) is not None else None
    if content is not None:
        return content
    from bot.content.checks import validate  # a tenth of a start: only when validating

    content, report = validate(root)
    if report.errors:
        raise ContentError(report.errors)
    if mark is not None:
        cache.write(mark, lambda path: path.write_bytes(b""))
    return content


def loaded(root: Path) -> Content | None:
    """Content validated before with these very inputs; None if loading it still fails."""
    report = Report()
    try:
        content = load_content(root, report)
    except (OSError, ValueError):
        return None
    return None if report.errors else content
