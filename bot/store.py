"""User state keyed by an HMAC of the user id: the language and a last-seen day, nothing else."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from bot.engine.replies import UserState

RETENTION_DAYS = 30
MESSAGE_HOURS = 48  # Telegram lets a bot delete messages of a private chat this long
SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    key TEXT PRIMARY KEY,      -- HMAC-SHA256 of channel + user id; never the id itself
    lang TEXT NOT NULL,
    last_seen TEXT NOT NULL    -- a day, not a time
);
-- Ids of the chat's messages (the bot's and the user's), only so that "Erase this chat"
-- can delete them; kept at most MESSAGE_HOURS, deleted by /forget.
CREATE TABLE IF NOT EXISTS recent_messages (
    key TEXT NOT NULL,
    message_id INTEGER NOT NULL,
    at INTEGER NOT NULL        -- seconds since 1970, to drop them after MESSAGE_HOURS
);
CREATE INDEX IF NOT EXISTS recent_messages_key ON recent_messages (key);
CREATE INDEX IF NOT EXISTS recent_messages_at ON recent_messages (at);
"""


class Store(Protocol):
    """Where user state lives between turns."""

    def load(self, key: str) -> UserState | None: ...
    def save(self, key: str, state: UserState, today: date) -> None: ...
    def forget(self, key: str) -> None: ...
    def expire(self, today: date) -> int: ...
    def remember_messages(self, key: str, message_ids: list[int], at: datetime) -> None: ...
    def recent_messages(self, key: str, now: datetime) -> list[int]: ...


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
    """The keyed hash that stands for a user in the store (never in logs)."""
    return hmac.new(secret, f"{channel}:{user_id}".encode(), hashlib.sha256).hexdigest()


class SqliteStore:
    """The SQLite implementation; one small row per user, wiped from disk when deleted."""

    def __init__(self, path: Path, retention_days: int = RETENTION_DAYS) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.retention_days = retention_days
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        # Deleted rows are overwritten with zeros, in the file and in the write-ahead log.
        self.db.execute("PRAGMA secure_delete=ON")
        self.db.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL still never corrupts the file; a power cut may lose the last turn.
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()
        self.db.executescript(SCHEMA)

    def _migrate(self) -> None:
        """Earlier versions kept each user's current screen: drop it, and wipe it from disk."""
        columns = [row[1] for row in self.db.execute("PRAGMA table_info(users)")]
        if "node" not in columns:
            return
        self.db.executescript(
            "BEGIN;"
            "CREATE TABLE users_new (key TEXT PRIMARY KEY, lang TEXT NOT NULL, last_seen TEXT NOT NULL);"
            "INSERT INTO users_new SELECT key, lang, last_seen FROM users;"
            "DROP TABLE users;"
            "ALTER TABLE users_new RENAME TO users;"
            "COMMIT;"
        )  # fmt: skip
        self.wipe()

    def load(self, key: str) -> UserState | None:
        row = self.db.execute("SELECT lang FROM users WHERE key = ?", (key,)).fetchone()
        return UserState(lang=row[0]) if row else None

    def save(self, key: str, state: UserState, today: date) -> None:
        self.db.execute(
            "INSERT INTO users (key, lang, last_seen) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET lang = excluded.lang, last_seen = excluded.last_seen "
            "WHERE users.lang != excluded.lang OR users.last_seen != excluded.last_seen",
            (key, state.lang, today.isoformat()),
        )

    def forget(self, key: str) -> None:
        self.db.execute("DELETE FROM users WHERE key = ?", (key,))
        self.db.execute("DELETE FROM recent_messages WHERE key = ?", (key,))
        self.wipe()

    def remember_messages(self, key: str, message_ids: list[int], at: datetime) -> None:
        """Keep message ids for "Erase this chat"; ids older than MESSAGE_HOURS go now."""
        now = int(at.timestamp())
        self.db.execute("BEGIN")
        self.db.executemany(
            "INSERT INTO recent_messages (key, message_id, at) VALUES (?, ?, ?)",
            [(key, message_id, now) for message_id in message_ids],
        )
        self.db.execute("DELETE FROM recent_messages WHERE at < ?", (now - MESSAGE_HOURS * 3600,))  # fmt: skip
        self.db.execute("COMMIT")

    def recent_messages(self, key: str, now: datetime) -> list[int]:
        """The ids of the chat's messages that can still be deleted, oldest first."""
        since = int(now.timestamp()) - MESSAGE_HOURS * 3600
        rows = self.db.execute(
            "SELECT message_id FROM recent_messages WHERE key = ? AND at >= ? ORDER BY message_id",
            (key, since),
        ).fetchall()
        return [row[0] for row in rows]

    def expire(self, today: date) -> int:
        """Delete rows not seen for the retention period; returns how many."""
        cutoff = (today - timedelta(days=self.retention_days)).isoformat()
        deleted = self.db.execute("DELETE FROM users WHERE last_seen < ?", (cutoff,)).rowcount
        if deleted:
            self.wipe()
        return deleted

    def wipe(self) -> None:
        """Move everything into the main file and empty the write-ahead log, so no old page stays."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM users").fetchone()[0])

    def close(self) -> None:
        self.db.close()
