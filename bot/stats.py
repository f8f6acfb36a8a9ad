"""Anonymous counts per screen, language and day: what people need, with no link to anyone."""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from bot.content.targets import Target
from bot.store import Counts

SMALL = 5  # counts below this are shown as "<5", so no single visit stands out
FLUSH_SECONDS = 30.0


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
    """Counts kept in memory and added to the store in batches (a lost batch is lost counts)."""

    def __init__(self, sink: Counts) -> None:
        self.sink = sink
        self.pending: Counter[tuple[str, str, str, str]] = Counter()
        self.flushed_at = time.monotonic()
        self.lock = threading.Lock()  # turns on a remote store count from worker threads

    def add(self, day: date, lang: str, counts: tuple[tuple[str, Target], ...]) -> None:
        with self.lock:
            for what, screen in counts:  # the store keeps a screen's written form
                self.pending[(day.isoformat(), str(screen), lang, what)] += 1
        if time.monotonic() - self.flushed_at > FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        with self.lock:
            self.flushed_at = time.monotonic()
            rows = [(*key, n) for key, n in self.pending.items()]
            self.pending.clear()
        if rows:
            self.sink.add(rows)

    def rows(self, today: date, days: int) -> list[Row]:
        self.flush()
        found = self.sink.since((today - timedelta(days=days - 1)).isoformat())
        # Newest day first, then the largest count, then by name (stable sorts, last key first).
        found.sort(key=lambda r: (r[1], r[2], r[3]))
        found.sort(key=lambda r: r[4], reverse=True)
        found.sort(key=lambda r: r[0], reverse=True)
        return [Row(*row) for row in found]
