"""Updates received but not yet answered, kept encrypted, so a crash loses none of them.

An update holds a person's text and name: it is written only encrypted (AES-GCM, with a
key derived from BOT_SECRET), and deleted once it has been answered. Where it is kept is
a `Pending` backend: the SQLite state file (wiped with secure_delete) or Redis.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bot.store import Pending


class Journal:
    """Pending updates, sealed with a key from the bot's secret."""

    def __init__(self, pending: Pending, secret: bytes) -> None:
        self.pending = pending
        self.key = AESGCM(hashlib.sha256(b"wegwijs-journal:" + secret).digest())

    @property
    def shared(self) -> bool:
        return self.pending.shared

    def seal(self, update: dict[str, Any]) -> bytes:
        nonce = os.urandom(12)
        plain = json.dumps(update, ensure_ascii=False).encode()
        return nonce + self.key.encrypt(nonce, plain, None)

    def keep(self, updates: list[dict[str, Any]], queue: str | None = None) -> list[int]:
        """Write updates (raw Bot API JSON) before they are acknowledged to Telegram.

        Returns the ids not kept before (a redelivered update is not answered twice).
        `queue`: the keyed hash of the sender, so replicas answer one user in order.
        """
        rows = [
            (update["update_id"], self.seal(update), queue)
            for update in updates
            if isinstance(update.get("update_id"), int)
        ]
        return self.pending.put(rows) if rows else []

    def done(self, update_id: int) -> None:
        self.pending.remove(update_id)

    def waiting(self) -> list[dict[str, Any]]:
        """Updates left unanswered by a crash, oldest first; unreadable ones are dropped."""
        found = []
        for update_id, sealed in self.pending.orphans():
            try:
                found.append(json.loads(self.key.decrypt(sealed[:12], sealed[12:], None)))
            except (InvalidTag, ValueError):  # sealed with another secret
                self.done(update_id)
        return found

    def count(self) -> int:
        return self.pending.count()
