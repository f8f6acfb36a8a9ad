"""Updates received but not yet answered, kept encrypted, so a crash loses none of them.

An update holds a person's text and name: it is written only encrypted (AES-GCM, with a
key derived from BOT_SECRET), and deleted, with secure_delete, once it has been answered.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SCHEMA = """
CREATE TABLE IF NOT EXISTS pending (
    update_id INTEGER PRIMARY KEY,
    sealed BLOB NOT NULL        -- nonce + AES-GCM ciphertext of the update's JSON
)
"""


class Journal:
    """Pending updates in the state database, sealed with a key from the bot's secret."""

    def __init__(self, db: sqlite3.Connection, secret: bytes) -> None:
        self.db = db
        self.db.execute(SCHEMA)
        self.key = AESGCM(hashlib.sha256(b"wegwijs-journal:" + secret).digest())

    def keep(self, updates: list[dict[str, Any]]) -> None:
        """Write updates (raw Bot API JSON) before they are acknowledged to Telegram."""
        rows = []
        for update in updates:
            update_id = update.get("update_id")
            if isinstance(update_id, int):
                nonce = os.urandom(12)
                plain = json.dumps(update, ensure_ascii=False).encode()
                rows.append((update_id, nonce + self.key.encrypt(nonce, plain, None)))
        if rows:
            self.db.executemany("INSERT OR IGNORE INTO pending VALUES (?, ?)", rows)

    def done(self, update_id: int) -> None:
        self.db.execute("DELETE FROM pending WHERE update_id = ?", (update_id,))

    def waiting(self) -> list[dict[str, Any]]:
        """Updates kept before a crash, oldest first; unreadable ones (another secret) dropped."""
        found = []
        for update_id, sealed in self.db.execute("SELECT update_id, sealed FROM pending ORDER BY update_id"):  # fmt: skip
            try:
                found.append(json.loads(self.key.decrypt(sealed[:12], sealed[12:], None)))
            except (InvalidTag, ValueError):
                self.done(update_id)
        return found

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM pending").fetchone()[0])
