"""The SQLite store: keyed hashes, forget, expiry, secret handling."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.engine.replies import UserState
from bot.store import SqliteStore, load_or_create_secret, user_key


def test_save_load_forget_expire(tmp_path):
    store = SqliteStore(tmp_path / "s.db", retention_days=30)
    store.save("k1", UserState("ar"), date(2026, 10, 1))
    store.save("k2", UserState("nl"), date(2026, 11, 1))
    assert store.load("k1") == UserState("ar")
    store.forget("k2")
    assert store.load("k2") is None
    assert store.expire(date(2026, 11, 29)) == 1
    assert store.load("k1") is None


def files_of(path):
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


def test_forget_and_expiry_leave_no_trace_in_the_files(tmp_path):
    path = tmp_path / "s.db"
    store = SqliteStore(path)
    key = "ab" * 32
    for day in range(1, 29):  # many turns: the write-ahead log fills with copies of the row
        store.save(key, UserState("prs" if day % 2 else "ar"), date(2026, 11, day))
    store.remember_messages(key, [1001, 1002], datetime(2026, 11, 28, 12, tzinfo=UTC))
    assert key.encode() in files_of(path)
    store.forget(key)
    assert key.encode() not in files_of(path)
    other = "cd" * 32
    store.save(other, UserState("fa"), date(2026, 1, 1))
    assert store.expire(date(2026, 11, 29)) == 1
    assert other.encode() not in files_of(path)
    assert (tmp_path / "s.db-wal").stat().st_size == 0


def test_message_ids_are_kept_48_hours_and_only_for_erasing(tmp_path):
    store = SqliteStore(tmp_path / "s.db")
    noon = datetime(2026, 12, 1, 12, tzinfo=UTC)
    store.remember_messages("k", [10, 11], noon - timedelta(hours=49))
    store.remember_messages("k", [12, 13], noon - timedelta(hours=1))
    assert store.recent_messages("k", noon) == [12, 13]
    store.remember_messages("k", [14], noon)
    count = store.db.execute("SELECT COUNT(*) FROM recent_messages").fetchone()[0]
    assert count == 3  # the ones over 48 hours old were dropped
    store.forget("k")
    assert store.recent_messages("k", noon) == []


def test_an_old_store_with_screens_is_migrated_and_wiped(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE users (key TEXT PRIMARY KEY, lang TEXT NOT NULL, node TEXT NOT NULL, origin TEXT, last_seen TEXT NOT NULL)")  # fmt: skip
    old.execute("INSERT INTO users VALUES ('k', 'prs', 'organization:centrum-seksueel-geweld', 'category:sgbv', '2026-12-01')")  # fmt: skip
    old.commit()
    old.close()
    store = SqliteStore(path)
    assert store.load("k") == UserState("prs")
    store.close()
    assert b"centrum-seksueel-geweld" not in files_of(path)
    assert b"sgbv" not in files_of(path)


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


def test_tests_cannot_reach_the_network():
    import socket

    import pytest

    with pytest.raises(OSError, match="only to loopback"):
        socket.create_connection(("192.0.2.1", 9), timeout=0.1)  # TEST-NET-1: never routed
