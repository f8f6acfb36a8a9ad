"""State in Redis, for several replicas: the same keyed hashes and rules as the SQLite store.

Keys (all under `wegwijs:`), none holding an id, a name or a text in the clear:
- `user:<hash>`: a hash {lang, last_seen}; expires after the retention period without a turn.
- `msgs:<hash>`: a sorted set of message ids (score: when), for "Erase this chat"; 48 hours.
- `counts:<day>`: anonymous counts per screen, language and kind; kept 400 days.
- `pending`, `owner`: updates received but not yet answered (sealed), and which replica
  holds each; `replica:<id>` is that replica's heartbeat. A replica that stops beating
  leaves its pending updates to the others (see `RedisPending.orphans`).
- `answered:<update id>`: for ten minutes, so that a redelivered update is not answered twice.
- `queue:<hash>`: update ids of one user waiting, lowest first, and `lock:<hash>`: the
  replica answering that user now (see bot.coordination).
"""

from __future__ import annotations

import secrets
from datetime import date, datetime
from typing import Any, cast

import redis

from bot.config import REPLICA_TIMEOUT
from bot.engine.replies import UserState
from bot.store import MESSAGE_HOURS, RETENTION_DAYS, CountRow

PREFIX = "wegwijs:"
COUNTS_DAYS = 400
ANSWERED_SECONDS = 600  # an answered update delivered again this soon is not answered again
# Give the updates of a dead replica (no heartbeat) to the caller, atomically per update.
CLAIM = """
local claimed = {}
for i, update_id in ipairs(ARGV) do
  if i > 1 then
    local owner = redis.call('HGET', KEYS[2], update_id)
    if owner and owner ~= ARGV[1] and redis.call('EXISTS', KEYS[3] .. owner) == 0 then
      redis.call('HSET', KEYS[2], update_id, ARGV[1])
      local sealed = redis.call('HGET', KEYS[1], update_id)
      if sealed then table.insert(claimed, update_id) table.insert(claimed, sealed) end
    end
  end
end
return claimed
"""
# Keep a batch of updates (ARGV: replica, prefix, then id, sealed, queue for each): one not
# answered lately nor pending already is kept, owned by this replica and queued for its user.
PUT = """
local new = {}
for i = 3, #ARGV, 3 do
  local update_id, queue = ARGV[i], ARGV[i + 2]
  if redis.call('EXISTS', ARGV[2] .. 'answered:' .. update_id) == 0
    and redis.call('HSETNX', KEYS[1], update_id, ARGV[i + 1]) == 1 then
    redis.call('HSET', KEYS[2], update_id, ARGV[1])
    if queue ~= '' then
      redis.call('ZADD', ARGV[2] .. 'queue:' .. queue, update_id, update_id)
      redis.call('EXPIRE', ARGV[2] .. 'queue:' .. queue, 86400)
    end
    table.insert(new, tonumber(update_id))
  end
end
return new
"""


TIMEOUT = 5.0  # seconds, for the blocking client and the asyncio one alike


def connect(url: str) -> redis.Redis:
    """A client for BOT_STATE_URL (`redis://host:6379/0`); raw bytes, short timeouts."""
    return redis.Redis.from_url(url, socket_timeout=TIMEOUT, socket_connect_timeout=TIMEOUT)


class RedisStore:
    """User state in Redis; retention is key expiry, so `expire` has nothing left to do."""

    def __init__(self, client: redis.Redis, retention_days: int = RETENTION_DAYS) -> None:
        self.client = client
        self.retention_days = retention_days

    def load(self, key: str) -> UserState | None:
        lang = self.client.hget(PREFIX + "user:" + key, "lang")
        return UserState(lang=cast(bytes, lang).decode()) if lang else None

    def save(self, key: str, state: UserState, today: date) -> None:
        name = PREFIX + "user:" + key
        with self.client.pipeline() as pipe:
            pipe.hset(name, mapping={"lang": state.lang, "last_seen": today.isoformat()})
            pipe.expire(name, self.retention_days * 86400)
            pipe.execute()

    def forget(self, key: str) -> None:
        self.client.delete(PREFIX + "user:" + key, PREFIX + "msgs:" + key)

    def expire(self, today: date) -> int:
        """Redis deletes idle users itself (each key expires); nothing is left to delete."""
        return 0

    def remember_messages(self, key: str, message_ids: list[int], at: datetime) -> None:
        if not message_ids:
            return
        name, now = PREFIX + "msgs:" + key, int(at.timestamp())
        with self.client.pipeline() as pipe:
            pipe.zadd(name, dict.fromkeys(map(str, message_ids), now))
            pipe.zremrangebyscore(name, "-inf", now - MESSAGE_HOURS * 3600 - 1)
            pipe.expire(name, MESSAGE_HOURS * 3600)
            pipe.execute()

    def recent_messages(self, key: str, now: datetime) -> list[int]:
        since = int(now.timestamp()) - MESSAGE_HOURS * 3600
        found = self.client.zrangebyscore(PREFIX + "msgs:" + key, since, "+inf")
        return sorted(int(m) for m in cast(list[bytes], found))

    def count(self) -> int:
        return sum(1 for _ in self.client.scan_iter(PREFIX + "user:*", count=1000))

    def write(self) -> None:
        """Nothing waits: each turn's ids are written at once."""

    def ping(self) -> None:
        self.client.ping()

    def close(self) -> None:
        self.client.close()


class RedisCounts:
    """Anonymous counts (bot.stats) in one Redis hash per day."""

    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    def add(self, rows: list[CountRow]) -> None:
        with self.client.pipeline() as pipe:
            for day, screen, lang, what, n in rows:
                pipe.hincrby(PREFIX + "counts:" + day, f"{screen}\t{lang}\t{what}", n)
                pipe.expire(PREFIX + "counts:" + day, COUNTS_DAYS * 86400)
            pipe.execute()

    def since(self, first_day: str) -> list[CountRow]:
        rows: list[CountRow] = []
        for name in self.client.scan_iter(PREFIX + "counts:*", count=1000):
            day = cast(bytes, name).decode().rsplit(":", 1)[1]
            if day < first_day:
                continue
            for field, n in cast(dict[bytes, bytes], self.client.hgetall(name)).items():
                screen, lang, what = field.decode().split("\t")
                rows.append((day, screen, lang, what, int(n)))
        return rows


class RedisPending:
    """Sealed pending updates shared by all replicas; each held by one live replica."""

    shared = True

    def __init__(
        self,
        client: redis.Redis,
        replica: str | None = None,
        timeout: int = REPLICA_TIMEOUT,
    ) -> None:
        self.client = client
        self.replica = replica or secrets.token_hex(8)
        self.timeout = timeout
        self._claim = client.register_script(CLAIM)
        self._put = client.register_script(PUT)
        self.beat()

    def beat(self) -> None:
        """Say this replica is alive (call well within `timeout` seconds)."""
        self.client.set(PREFIX + "replica:" + self.replica, "1", ex=self.timeout)

    def put(self, rows: list[tuple[int, bytes, str | None]]) -> list[int]:
        """Keep updates not seen before; returns the ids that are new (a redelivery is not).

        One script for the batch: an update is kept, owned and queued together, or not at all.
        """
        args: list[str | bytes | int] = [self.replica, PREFIX]
        for update_id, sealed, queue in rows:
            args += [update_id, sealed, queue or ""]
        keys = [PREFIX + "pending", PREFIX + "owner"]
        return [int(new) for new in self._put(keys=keys, args=args)]

    def remove(self, update_id: int) -> None:
        with self.client.pipeline() as pipe:
            pipe.hdel(PREFIX + "pending", str(update_id))
            pipe.hdel(PREFIX + "owner", str(update_id))
            pipe.set(PREFIX + f"answered:{update_id}", b"", ex=ANSWERED_SECONDS)
            pipe.execute()

    def orphans(self) -> list[tuple[int, bytes]]:
        """Updates whose replica died before answering them, now held by this one."""
        owners = cast(dict[bytes, bytes], self.client.hgetall(PREFIX + "owner"))
        if not owners:
            return []
        keys = [PREFIX + "pending", PREFIX + "owner", PREFIX + "replica:"]
        found: list[Any] = self._claim(keys=keys, args=[self.replica, *owners])
        pairs = zip(found[::2], found[1::2], strict=True)
        return sorted((int(update_id), bytes(sealed)) for update_id, sealed in pairs)

    def count(self) -> int:
        return int(self.client.hlen(PREFIX + "pending"))
