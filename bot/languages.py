"""The language table: native name, direction, share translated, review status."""

from __future__ import annotations

from pathlib import Path

from bot.content.checks import validate
from bot.content.fluent_checks import read_locale
from bot.content.problems import Report
from bot.i18n import REFERENCE


def language_table(root: Path) -> list[dict[str, object]]:
    """One row per locale, English first."""
    content, _ = validate(root)
    scratch = Report()
    reference = set(read_locale(root, REFERENCE, scratch).messages)
    rows = []
    for code, info in sorted(content.locales.items(), key=lambda kv: (kv[0] != REFERENCE, kv[0])):
        present = set(read_locale(root, code, scratch).messages) & reference
        rows.append(
            {
                "code": code,
                "name": info.name,
                "direction": info.direction,
                "translated": round(len(present) / len(reference), 3) if reference else 0.0,
                "status": info.status,
            }
        )
    return rows
