"""User state keyed by an HMAC of the user id: the language and a last-seen day, nothing else."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from bot.config import REPLICA_TIMEOUT
from bot.engine.replies import UserState

log = logging.getLogger(__name__)

CountRow = tuple[str, str, str, str, int]  # day, screen, lang, what (view/up/down/missing), n

RETENTION_DAYS = 30
MESSAGE_HOURS = 48  # Telegram lets a bot delete messages of a private chat this long
PURGE_SECONDS = 60  # ids older than MESSAGE_HOURS are deleted at most this often
# Message ids are written in one transaction at most this often (a commit costs more than
# the rows): a crash loses at most this long of ids, so those messages are not erased.
WRITE_SECONDS = 1.0
WRITE_ROWS = 500
UNWRITTEN_LIMIT = 100_000  # ids kept while writes fail (some 15 MB); the oldest go first
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
    def write(self) -> None: ...
    def count(self) -> int: ...
    def ping(self) -> None: ...
    def close(self) -> None: ...


class Counts(Protocol):
    """Where the anonymous counts of bot.stats are added up."""

    def add(self, rows: list[CountRow]) -> None: ...
    def since(self, first_day: str) -> list[CountRow]: ...


class Pending(Protocol):
    """Where sealed updates wait until answered (bot.journal).

    `shared`: several replicas use it, so `orphans` may be asked at any time and gives
    only updates of replicas that died; otherwise it is asked once at start and gives all.
    A shared one names this process `replica` and expects a `beat` well within `timeout`
    seconds; for one process those mean nothing.
    """

    shared: bool
    replica: str
    timeout: int

    def beat(self) -> None: ...

    def put(self, rows: list[tuple[int, bytes, str | None]]) -> list[int]: ...
    def remove(self, update_id: int) -> None: ...
    def orphans(self) -> list[tuple[int, bytes]]: ...
    def count(self) -> int: ...


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
        self.purged_at = 0  # when ids over MESSAGE_HOURS old were last deleted (seconds)
        self.unwritten: list[tuple[str, int, int]] = []  # (key, message id, at) to write
        self.unwritten_limit = UNWRITTEN_LIMIT
        self.written_at = 0.0
        # (key, lang, day) of the row read last: a turn writes its row only when it changed.
        self.loaded: tuple[str, str, str] | None = None
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
            "CREATE TABLE users_new "
            "(key TEXT PRIMARY KEY, lang TEXT NOT NULL, last_seen TEXT NOT NULL);"
            "INSERT INTO users_new SELECT key, lang, last_seen FROM users;"
            "DROP TABLE users;"
            "ALTER TABLE users_new RENAME TO users;"
            "COMMIT;"
        )
        self.wipe()

    def load(self, key: str) -> UserState | None:
        row = self.db.execute("SELECT lang, last_seen FROM users WHERE key = ?", (key,)).fetchone()
        self.loaded = (key, row[0], row[1]) if row else None
        return UserState(lang=row[0]) if row else None

    def save(self, key: str, state: UserState, today: date) -> None:
        if self.loaded == (key, state.lang, today.isoformat()):
            return  # unchanged since this turn read it: no write
        self.loaded = (key, state.lang, today.isoformat())
        self.db.execute(
            "INSERT INTO users (key, lang, last_seen) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET lang = excluded.lang, last_seen = excluded.last_seen "
            "WHERE users.lang != excluded.lang OR users.last_seen != excluded.last_seen",
            (key, state.lang, today.isoformat()),
        )

    def forget(self, key: str) -> None:
        self.loaded = None
        self.unwritten = [row for row in self.unwritten if row[0] != key]
        self.db.execute("DELETE FROM users WHERE key = ?", (key,))
        self.db.execute("DELETE FROM recent_messages WHERE key = ?", (key,))
        self.wipe()

    def remember_messages(self, key: str, message_ids: list[int], at: datetime) -> None:
        """Keep message ids for "Erase this chat", written in batches (see WRITE_SECONDS)."""
        now = int(at.timestamp())
        self.unwritten += [(key, message_id, now) for message_id in message_ids]
        if (
            len(self.unwritten) >= WRITE_ROWS
            or time.monotonic() - self.written_at >= WRITE_SECONDS
        ):
            self.write()

    def write(self) -> None:
        """Write the ids kept so far in one transaction; drop ids over MESSAGE_HOURS old."""
        self.written_at = time.monotonic()
        if not self.unwritten:
            return
        rows, self.unwritten = self.unwritten, []
        now = max(at for _, _, at in rows)
        purge = now - self.purged_at >= PURGE_SECONDS  # not on every write: it is a scan
        try:
            with self.db:  # one transaction
                self.db.execute("BEGIN")
                self.db.executemany(
                    "INSERT INTO recent_messages (key, message_id, at) VALUES (?, ?, ?)", rows
                )
                if purge:
                    self.db.execute(
                        "DELETE FROM recent_messages WHERE at < ?", (now - MESSAGE_HOURS * 3600,)
                    )
        except sqlite3.Error as exc:
            # The turns were answered; the ids wait for the next write (each second), while
            # Telegram would still delete their messages, and at most `unwritten_limit` of
            # them: a disk that stays full must not fill the memory too.
            offered = rows + self.unwritten
            since = now - MESSAGE_HOURS * 3600
            self.unwritten = [row for row in offered if row[2] >= since][-self.unwritten_limit :]
            log.warning(
                "message ids not written yet: %s; %d wait, %d dropped",
                type(exc).__name__,
                len(self.unwritten),
                len(offered) - len(self.unwritten),
            )
            return
        if purge:
            self.purged_at = now

    def recent_messages(self, key: str, now: datetime) -> list[int]:
        """The ids of the chat's messages that can still be deleted, oldest first."""
        since = int(now.timestamp()) - MESSAGE_HOURS * 3600
        rows = self.db.execute(
            "SELECT message_id FROM recent_messages WHERE key = ? AND at >= ?", (key, since)
        ).fetchall()
        kept = [message_id for k, message_id, at in self.unwritten if k == key and at >= since]
        return sorted({row[0] for row in rows} | set(kept))

    def expire(self, today: date) -> int:
        """Delete rows not seen for the retention period; returns how many."""
        cutoff = (today - timedelta(days=self.retention_days)).isoformat()
        deleted = self.db.execute("DELETE FROM users WHERE last_seen < ?", (cutoff,)).rowcount
        self.loaded = None
        if deleted:
            self.wipe()
        return deleted

    def wipe(self) -> None:
        """Move everything into the main file and empty the write-ahead log: no old page stays."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM users").fetchone()[0])

    def ping(self) -> None:
        self.db.execute("SELECT 1").fetchone()

    def close(self) -> None:
        self.write()
        self.db.close()


COUNTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS counts (
    day TEXT NOT NULL,
    screen TEXT NOT NULL,
    lang TEXT NOT NULL,
    what TEXT NOT NULL,        -- view | up | down | missing
    n INTEGER NOT NULL,
    PRIMARY KEY (day, screen, lang, what)
)
"""


class SqliteCounts:
    """Anonymous counts in the state database."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.db.execute(COUNTS_SCHEMA)

    def add(self, rows: list[CountRow]) -> None:
        self.db.executemany(
            "INSERT INTO counts (day, screen, lang, what, n) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (day, screen, lang, what) DO UPDATE SET n = n + excluded.n",
            rows,
        )

    def since(self, first_day: str) -> list[CountRow]:
        found = self.db.execute(
            "SELECT day, screen, lang, what, n FROM counts WHERE day >= ? "
            "ORDER BY day, n DESC, screen, lang, what",
            (first_day,),
        ).fetchall()
        return [(str(d), str(s), str(la), str(w), int(n)) for d, s, la, w, n in found]


PENDING_SCHEMA = """
CREATE TABLE IF NOT EXISTS pending (
    update_id INTEGER PRIMARY KEY,
    sealed BLOB NOT NULL        -- nonce + AES-GCM ciphertext of the update's JSON
)
"""


class SqlitePending:
    """Sealed pending updates of the one process that uses this database."""

    shared = False
    replica = "local"
    timeout = REPLICA_TIMEOUT  # means nothing for one process
    REMEMBER_ANSWERED = 10_000  # ids of answered updates, in memory, against redeliveries

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.db.execute(PENDING_SCHEMA)
        self.answered: dict[int, None] = {}  # insertion-ordered: the oldest goes first

    def beat(self) -> None:
        """One process: nobody else takes over its updates, so there is no one to tell."""

    def put(self, rows: list[tuple[int, bytes, str | None]]) -> list[int]:
        new = []
        for update_id, sealed, _queue in rows:
            if update_id in self.answered:
                continue
            added = self.db.execute(
                "INSERT OR IGNORE INTO pending VALUES (?, ?)", (update_id, sealed)
            ).rowcount
            if added:
                new.append(update_id)
        return new

    def remove(self, update_id: int) -> None:
        self.db.execute("DELETE FROM pending WHERE update_id = ?", (update_id,))
        self.answered[update_id] = None
        if len(self.answered) > self.REMEMBER_ANSWERED:
            del self.answered[next(iter(self.answered))]

    def orphans(self) -> list[tuple[int, bytes]]:
        rows = self.db.execute("SELECT update_id, sealed FROM pending ORDER BY update_id")
        return [(int(update_id), bytes(sealed)) for update_id, sealed in rows]

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM pending").fetchone()[0])
