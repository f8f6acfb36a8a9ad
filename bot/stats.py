"""Anonymous counts per screen, language and day: what people need, with no link to anyone."""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

SMALL = 5  # counts below this are shown as "<5", so no single visit stands out
FLUSH_SECONDS = 30.0
SCHEMA = """
CREATE TABLE IF NOT EXISTS counts (
    day TEXT NOT NULL,
    screen TEXT NOT NULL,
    lang TEXT NOT NULL,
    what TEXT NOT NULL,        -- view | up | down | missing
    n INTEGER NOT NULL,
    PRIMARY KEY (day, screen, lang, what)
)
"""


@dataclass(frozen=True, slots=True)
class Row:
    """One count: how often `what` happened to `screen` in `lang` on `day`."""

    day: str
    screen: str
    lang: str
    what: str
    n: int

    def shown(self) -> str:
        return f"<{SMALL}" if self.n < SMALL else str(self.n)


class Stats:
    """Counts kept in memory and added to SQLite in batches (a lost batch is a lost count)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.db.execute(SCHEMA)
        self.pending: Counter[tuple[str, str, str, str]] = Counter()
        self.flushed_at = time.monotonic()

    def add(self, day: date, lang: str, counts: tuple[tuple[str, str], ...]) -> None:
        for what, screen in counts:
            self.pending[(day.isoformat(), screen, lang, what)] += 1
        if time.monotonic() - self.flushed_at > FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        self.flushed_at = time.monotonic()
        if not self.pending:
            return
        rows = [(*key, n) for key, n in self.pending.items()]
        self.pending.clear()
        self.db.executemany(
            "INSERT INTO counts (day, screen, lang, what, n) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (day, screen, lang, what) DO UPDATE SET n = n + excluded.n",
            rows,
        )

    def rows(self, today: date, days: int) -> list[Row]:
        self.flush()
        since = (today - timedelta(days=days - 1)).isoformat()
        found = self.db.execute(
            "SELECT day, screen, lang, what, n FROM counts WHERE day >= ? "
            "ORDER BY day DESC, n DESC, screen, lang, what",
            (since,),
        ).fetchall()
        return [Row(*row) for row in found]
