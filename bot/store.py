"""SQLite store of user state, keyed by an HMAC of the user id; nothing personal kept."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Protocol

from bot.engine.replies import UserState

IDLE_DAYS = 90
SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    key TEXT PRIMARY KEY,      -- HMAC-SHA256 of channel + user id; never the id itself
    lang TEXT NOT NULL,
    node TEXT NOT NULL,
    origin TEXT,
    last_seen TEXT NOT NULL    -- a day, not a time
)
"""


class Store(Protocol):
    """Where user state lives between turns."""

    def load(self, key: str) -> UserState | None: ...
    def save(self, key: str, state: UserState, today: date) -> None: ...
    def forget(self, key: str) -> None: ...


def load_or_create_secret(explicit: str | None, state_path: Path) -> bytes:
    """BOT_SECRET if given, else a random key kept beside the state file (mode 600)."""
    if explicit:
        return explicit.encode()
    secret_path = state_path.with_name(state_path.name + ".secret")
    if secret_path.exists():
        return secret_path.read_bytes().strip()
    secret = secrets.token_hex(32).encode()
    secret_path.parent.mkdir(parents=True, exist_ok=True)
    secret_path.touch(mode=0o600)
    secret_path.write_bytes(secret)
    return secret


def user_key(secret: bytes, channel: str, user_id: str) -> str:
    """The keyed hash that stands for a user everywhere (store and logs)."""
    return hmac.new(secret, f"{channel}:{user_id}".encode(), hashlib.sha256).hexdigest()


class SqliteStore:
    """The SQLite implementation; one small row per user."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL still never corrupts the file; a power cut may lose the last turn.
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(SCHEMA)

    def load(self, key: str) -> UserState | None:
        row = self.db.execute(
            "SELECT lang, node, origin FROM users WHERE key = ?", (key,)
        ).fetchone()
        return UserState(lang=row[0], node=row[1], origin=row[2]) if row else None

    def save(self, key: str, state: UserState, today: date) -> None:
        self.db.execute(
            "INSERT INTO users (key, lang, node, origin, last_seen) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET lang = excluded.lang, node = excluded.node, "
            "origin = excluded.origin, last_seen = excluded.last_seen",
            (key, state.lang, state.node, state.origin, today.isoformat()),
        )

    def forget(self, key: str) -> None:
        self.db.execute("DELETE FROM users WHERE key = ?", (key,))

    def expire(self, today: date, idle_days: int = IDLE_DAYS) -> int:
        """Delete rows not seen for `idle_days`; returns how many."""
        cutoff = (today - timedelta(days=idle_days)).isoformat()
        return self.db.execute("DELETE FROM users WHERE last_seen < ?", (cutoff,)).rowcount

    def close(self) -> None:
        self.db.close()
