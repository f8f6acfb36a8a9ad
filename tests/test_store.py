"""The stores (SQLite and Redis, one contract): keyed hashes, forget, expiry, secrets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.app import build_app
from bot.channels.console import CONSOLE_USER
from bot.config import load_settings
from bot.engine.replies import UserState
from bot.store import (
    MESSAGE_HOURS,
    WRITE_SECONDS,
    SqliteCounts,
    SqliteStore,
    load_or_create_secret,
    user_key,
)
from bot.store_redis import PREFIX, RedisCounts, RedisStore
from tests.support import MARKER, ROOT, press, redis_traces, state_bytes, talk


@pytest.fixture(params=["sqlite", "redis"])
def backend(request, tmp_path):
    """(store, counts, raw Redis client or None) of either kind, freshly emptied."""
    if request.param == "sqlite":
        store = SqliteStore(tmp_path / "s.db", retention_days=30)
        return store, SqliteCounts(store.db), None
    client = request.getfixturevalue("redis_client")
    return RedisStore(client, retention_days=30), RedisCounts(client), client


def test_save_load_forget(backend):
    store, _counts, _client = backend
    store.save("k1", UserState("ar"), date(2026, 10, 1))
    store.save("k2", UserState("nl"), date(2026, 11, 1))
    assert store.load("k1") == UserState("ar")
    store.save("k1", UserState("ti"), date(2026, 10, 2))
    assert store.load("k1") == UserState("ti")
    assert store.count() == 2
    store.forget("k2")
    assert store.load("k2") is None
    assert store.count() == 1
    store.ping()


def test_sqlite_expires_idle_rows(tmp_path):
    store = SqliteStore(tmp_path / "s.db", retention_days=30)
    store.save("k1", UserState("ar"), date(2026, 10, 1))
    store.save("k2", UserState("nl"), date(2026, 11, 1))
    assert store.expire(date(2026, 11, 29)) == 1
    assert store.load("k1") is None
    assert store.load("k2") == UserState("nl")


def test_redis_expires_idle_users_by_key_expiry(redis_client):
    client = redis_client
    store = RedisStore(client, retention_days=30)
    store.save("k1", UserState("ar"), date(2026, 11, 1))
    assert 29 * 86400 < client.ttl(PREFIX + "user:k1") <= 30 * 86400
    client.expire(PREFIX + "user:k1", 100)  # as if most of the period had gone by
    store.save("k1", UserState("ar"), date(2026, 11, 2))  # each turn starts the period again
    assert client.ttl(PREFIX + "user:k1") > 29 * 86400
    client.pexpire(PREFIX + "user:k1", 1)
    deadline = datetime.now(UTC) + timedelta(seconds=5)
    while store.load("k1") is not None and datetime.now(UTC) < deadline:
        pass
    assert store.load("k1") is None
    assert store.expire(date(2026, 12, 1)) == 0  # nothing left for the daily job


def test_redis_holds_no_id_nor_text_and_forget_leaves_nothing_of_the_user(
    redis_url, redis_client, parts
):
    """A conversation through a channel (the console, which keys its user as every channel
    does), on the Redis store: no key or value holds the user's id or what they typed."""
    settings = load_settings({"BOT_STATE_URL": redis_url, "BOT_SECRET": "s"}, content=str(ROOT))
    app = build_app(settings, parts=parts)
    client = redis_client  # every key and value of the database, read from outside the bot
    typed = f"my name is Amina, {MARKER}, I need a lawyer"
    talk(app, [typed, press("Juridisch Loket")])
    assert redis_traces(client, texts=[typed, "Amina", MARKER, CONSOLE_USER]) == []
    key = app.key("console", CONSOLE_USER)
    assert client.hget(PREFIX + "user:" + key, "lang") == b"en"  # kept, under the keyed hash
    talk(app, ["/forget", press(app.localizer.format("en", "forget-yes"))])
    assert [k for k in client.keys("*") if key.encode() in k] == []
    assert app.store.count() == 0
    app.store.close()


def test_counts_add_up_in_either_store(backend):
    _store, counts, _client = backend
    counts.add([("2026-12-01", "category:legal", "ar", "view", 2)])
    counts.add(
        [("2026-12-01", "category:legal", "ar", "view", 3), ("2026-11-01", "x", "nl", "view", 1)]
    )
    assert counts.since("2026-11-15") == [("2026-12-01", "category:legal", "ar", "view", 5)]


def test_forget_and_expiry_leave_no_trace_in_the_files(tmp_path):
    path = tmp_path / "s.db"
    store = SqliteStore(path)
    key = "ab" * 32
    for day in range(1, 29):  # many turns: the write-ahead log fills with copies of the row
        store.save(key, UserState("prs" if day % 2 else "ar"), date(2026, 11, day))
    store.remember_messages(key, [1001, 1002], datetime(2026, 11, 28, 12, tzinfo=UTC))
    store.write()
    assert key.encode() in state_bytes(path)
    store.forget(key)
    assert key.encode() not in state_bytes(path)
    other = "cd" * 32
    store.save(other, UserState("fa"), date(2026, 1, 1))
    assert store.expire(date(2026, 11, 29)) == 1
    assert other.encode() not in state_bytes(path)
    assert (tmp_path / "s.db-wal").stat().st_size == 0


def test_message_ids_are_kept_48_hours_and_only_for_erasing(backend):
    store, _counts, client = backend
    noon = datetime(2026, 12, 1, 12, tzinfo=UTC)
    store.remember_messages("k", [10, 11], noon - timedelta(hours=49))
    store.remember_messages("k", [12, 13], noon - timedelta(hours=1))
    assert store.recent_messages("k", noon) == [12, 13]
    store.remember_messages("k", [14], noon)
    store.write()
    if client is None:
        count = store.db.execute("SELECT COUNT(*) FROM recent_messages").fetchone()[0]
    else:
        count = client.zcard(PREFIX + "msgs:k")
        assert 0 < client.ttl(PREFIX + "msgs:k") <= 48 * 3600
    assert count == 3  # the ones over 48 hours old were dropped
    store.forget("k")
    assert store.recent_messages("k", noon) == []


def test_message_ids_wait_in_memory_for_one_write(tmp_path):
    """A commit costs more than its rows: ids are written together, at most a second late."""
    path = tmp_path / "s.db"
    store = SqliteStore(path)
    noon = datetime(2026, 12, 1, 12, tzinfo=UTC)
    store.remember_messages("a" * 64, [1], noon)  # the first write of the process: at once
    store.remember_messages("b" * 64, [2, 3], noon)
    store.remember_messages("c" * 64, [4], noon)
    assert store.recent_messages("b" * 64, noon) == [2, 3]  # found before they are written
    rows = "SELECT COUNT(*) FROM recent_messages"
    assert store.db.execute(rows).fetchone()[0] == 1
    store.forget("c" * 64)  # forgotten before written: never on disk
    store.written_at -= WRITE_SECONDS  # a second later
    store.remember_messages("b" * 64, [5], noon)
    assert store.db.execute(rows).fetchone()[0] == 4
    assert b"c" * 64 not in state_bytes(path)
    store.remember_messages("b" * 64, [6], noon)
    store.close()  # what waits is written on the way out
    assert SqliteStore(path).recent_messages("b" * 64, noon) == [2, 3, 5, 6]


def test_message_ids_that_cannot_be_written_wait_for_the_next_write(tmp_path):
    store = SqliteStore(tmp_path / "s.db")
    noon = datetime(2026, 12, 1, 12, tzinfo=UTC)
    store.write()  # the first write of the process is done: the next ids wait
    store.remember_messages("k", [1, 2], noon)
    store.db.execute("ALTER TABLE recent_messages RENAME TO gone")  # the write will fail
    store.write()
    assert [message_id for _, message_id, _ in store.unwritten] == [1, 2]  # kept for later
    store.db.execute("ALTER TABLE gone RENAME TO recent_messages")
    store.write()
    assert [row[0] for row in store.db.execute("SELECT message_id FROM recent_messages")] == [
        1,
        2,
    ]


def test_ids_that_keep_failing_to_be_written_are_bounded_and_expire(tmp_path):
    store = SqliteStore(tmp_path / "s.db")
    store.unwritten_limit = 5
    store.write()
    store.db.execute("ALTER TABLE recent_messages RENAME TO gone")  # every write fails
    start = datetime(2026, 12, 1, 12, tzinfo=UTC)
    store.remember_messages("k", [1, 2, 3], start)
    store.write()
    store.remember_messages("k", [4, 5, 6, 7], start + timedelta(hours=1))
    store.write()
    assert [message_id for _, message_id, _ in store.unwritten] == [3, 4, 5, 6, 7]  # newest
    store.remember_messages("k", [8], start + timedelta(hours=MESSAGE_HOURS, minutes=30))
    store.write()
    # Ids older than Telegram deletes are no use: only those of the last MESSAGE_HOURS wait.
    assert [message_id for _, message_id, _ in store.unwritten] == [4, 5, 6, 7, 8]
    store.remember_messages("k", [9], start + timedelta(hours=MESSAGE_HOURS + 2))
    store.write()
    assert [message_id for _, message_id, _ in store.unwritten] == [8, 9]


def test_a_turn_that_changes_nothing_writes_nothing(tmp_path):
    store = SqliteStore(tmp_path / "s.db")
    store.save("k", UserState("ar"), date(2026, 12, 1))
    changes = store.db.total_changes
    assert store.load("k") == UserState("ar")
    store.save("k", UserState("ar"), date(2026, 12, 1))
    assert store.db.total_changes == changes
    store.save("k", UserState("ar"), date(2026, 12, 2))  # a new day is written
    store.save("k", UserState("ti"), date(2026, 12, 2))  # and a new language
    assert store.db.total_changes == changes + 2
    assert SqliteStore(tmp_path / "s.db").load("k") == UserState("ti")


def test_an_old_store_with_screens_is_migrated_and_wiped(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.execute(
        "CREATE TABLE users (key TEXT PRIMARY KEY, lang TEXT NOT NULL, node TEXT NOT NULL, "
        "origin TEXT, last_seen TEXT NOT NULL)"
    )
    old.execute(
        "INSERT INTO users VALUES "
        "('k', 'prs', 'organization:centrum-seksueel-geweld', 'category:sgbv', '2026-12-01')"
    )
    old.commit()
    old.close()
    store = SqliteStore(path)
    assert store.load("k") == UserState("prs")
    store.close()
    assert b"centrum-seksueel-geweld" not in state_bytes(path)
    assert b"sgbv" not in state_bytes(path)


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
