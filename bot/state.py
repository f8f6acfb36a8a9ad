"""Opens where state lives: the SQLite file (one process) or Redis (several replicas)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.config import Settings
from bot.errors import ConfigError
from bot.store import (
    Counts,
    Pending,
    SqliteCounts,
    SqlitePending,
    SqliteStore,
    Store,
    load_or_create_secret,
)


@dataclass(slots=True)
class State:
    """User state, anonymous counts and pending updates, all in one place."""

    store: Store
    counts: Counts
    pending: Pending
    secret: bytes

    @property
    def remote(self) -> bool:
        """Whether the state is on another machine (Redis, shared by replicas): then calls to
        it may wait, and leave the event loop (bot.offload)."""
        return self.pending.shared


def open_state(settings: Settings) -> State:
    """BOT_STATE_URL (redis://...) if set, else the SQLite file BOT_STATE_DB."""
    if settings.state_url:
        return _open_redis(settings.state_url, settings)
    store = SqliteStore(settings.state_path, settings.retention_days)
    store.expire(datetime.now(UTC).date())  # the same clock as last_seen
    return State(
        store=store,
        counts=SqliteCounts(store.db),
        pending=SqlitePending(store.db),
        secret=load_or_create_secret(settings.secret, settings.state_path),
    )


def _open_redis(url: str, settings: Settings) -> State:
    import redis  # about 20 MB and 0.1 s to import: only when it is configured

    from bot.store_redis import RedisCounts, RedisPending, RedisStore, connect

    if not settings.secret:
        raise ConfigError("BOT_STATE_URL needs BOT_SECRET: the same value for every replica")
    client = connect(url)
    try:
        client.ping()
    except redis.RedisError as exc:
        why = type(exc).__name__
        raise ConfigError(f"the store BOT_STATE_URL does not answer ({why})") from exc
    return State(
        store=RedisStore(client, settings.retention_days),
        counts=RedisCounts(client),
        pending=RedisPending(client, timeout=settings.replica_timeout),
        secret=settings.secret.encode(),
    )


def store_answers(settings: Settings) -> str | None:
    """None if the configured store answers, else why not (for health checks)."""
    if settings.state_url:
        import redis

        from bot.store_redis import connect

        try:
            connect(settings.state_url).ping()
        except redis.RedisError as exc:
            return type(exc).__name__
        return None
    try:
        sqlite3.connect(settings.state_path, timeout=2).execute("SELECT 1").fetchone()
    except sqlite3.Error as exc:
        return type(exc).__name__
    return None


def open_counts(settings: Settings) -> Counts | None:
    """The counts alone, for `python -m bot stats`; None when nothing was counted yet."""
    if settings.state_url:
        from bot.store_redis import RedisCounts, connect

        return RedisCounts(connect(settings.state_url))
    if not settings.state_path.exists():
        return None
    return SqliteCounts(sqlite3.connect(settings.state_path))
