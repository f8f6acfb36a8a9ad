"""The SQLite store: keyed hashes, forget, expiry, secret handling."""

from __future__ import annotations

from datetime import date

from bot.engine.replies import UserState
from bot.store import SqliteStore, load_or_create_secret, user_key


def test_save_load_forget_expire(tmp_path):
    store = SqliteStore(tmp_path / "s.db")
    store.save("k1", UserState("ar", "category:legal", "topics-menu"), date(2026, 1, 1))
    store.save("k2", UserState("nl"), date(2026, 11, 1))
    assert store.load("k1") == UserState("ar", "category:legal", "topics-menu")
    store.forget("k2")
    assert store.load("k2") is None
    assert store.expire(date(2026, 11, 29)) == 1
    assert store.load("k1") is None


def test_keys_are_keyed_hashes():
    a = user_key(b"secret-a", "telegram", "12345")
    assert a != user_key(b"secret-b", "telegram", "12345")
    assert a == user_key(b"secret-a", "telegram", "12345")
    assert "12345" not in a
    assert len(a) == 64


def test_secret_is_generated_once_and_kept(tmp_path):
    state = tmp_path / "s.db"
    first = load_or_create_secret(None, state)
    assert first == load_or_create_secret(None, state)
    assert (tmp_path / "s.db.secret").stat().st_mode & 0o777 == 0o600
    assert load_or_create_secret("given", state) == b"given"
