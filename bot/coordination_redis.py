"""The Redis side of bot.coordination: per-user turns and one send budget shared by every
replica, through a few Lua scripts that run atomically in Redis."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time

import redis
import redis.asyncio

from bot.coordination import LEASE_SECONDS, POLL_SECONDS, WAIT_SECONDS, LocalBudget, cancelling
from bot.store_redis import PREFIX, TIMEOUT

log = logging.getLogger(__name__)

# A lock holds "<replica>|<random>"; the lock of a replica whose heartbeat is gone is free.
ACQUIRE = """
if ARGV[4] == '1' then
  local head = redis.call('ZRANGE', KEYS[2], 0, 0)
  if head[1] and tonumber(head[1]) < tonumber(ARGV[2]) then return 0 end
end
local holder = redis.call('GET', KEYS[1])
if holder then
  local owner = string.match(holder, '^([^|]*)|')
  if owner == nil or owner == '' or redis.call('EXISTS', ARGV[5] .. owner) == 1 then
    return 0
  end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 1
"""
RELEASE = """
redis.call('ZREM', KEYS[2], ARGV[2])
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1
"""
RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""
# The next free send slot on Redis's own clock (replicas' clocks may differ).
SLOT = """
local now = redis.call('TIME')
local now_us = tonumber(now[1]) * 1000000 + tonumber(now[2])
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
local start = math.max(free, now_us)
redis.call('SET', KEYS[1], start + tonumber(ARGV[1]), 'PX', 60000)
return start - now_us
"""


class RedisTurns:
    """Per-user locks and queues in Redis, shared by every replica."""

    def __init__(self, client: redis.asyncio.Redis, replica: str = "") -> None:
        self.client = client
        self.replica = replica  # the heartbeat name of this replica (bot.store_redis)
        self._acquire = client.register_script(ACQUIRE)
        self._release = client.register_script(RELEASE)
        self._renew = client.register_script(RENEW)
        self.held: dict[str, str] = {}  # lock key -> our token, renewed while we answer

    async def acquire(self, user: str, update_id: int, gate: asyncio.Lock) -> str | None:
        """Wait for the user's turn in Redis, trying only while holding `gate`.

        Same-process updates of the user wait for the gate, not polling Redis. An update
        that must wait for a lower one elsewhere (on another replica, or taken over here
        from a dead one) lets go of the gate between tries, so that lower one can pass.
        """
        lock, queue = PREFIX + "lock:" + user, PREFIX + "queue:" + user
        token = f"{self.replica}|{secrets.token_hex(8)}"
        lease = str(int(LEASE_SECONDS * 1000))
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            await gate.acquire()
            in_order = "1" if time.monotonic() < deadline else "0"
            args: list[str | int] = [token, update_id, lease, in_order, PREFIX + "replica:"]
            try:
                granted = await self._acquire(keys=[lock, queue], args=args)
            except redis.RedisError as exc:  # answer without the lock rather than not at all
                if cancelling():
                    gate.release()
                    raise asyncio.CancelledError from exc
                log.warning("user lock unavailable: %s", type(exc).__name__)
                return None
            except BaseException:
                gate.release()
                raise
            if cancelling():  # the turn was cancelled meanwhile: it takes no lock
                try:
                    if granted:
                        with contextlib.suppress(redis.RedisError):  # else the lease runs out
                            await self._release(keys=[lock, queue], args=[token, update_id])
                finally:
                    gate.release()
                raise asyncio.CancelledError
            if granted:
                self.held[lock] = token
                return token
            gate.release()
            await asyncio.sleep(POLL_SECONDS)

    async def release(self, user: str, update_id: int, token: str | None) -> None:
        lock, queue = PREFIX + "lock:" + user, PREFIX + "queue:" + user
        self.held.pop(lock, None)
        try:
            await self._release(keys=[lock, queue], args=[token or "", update_id])
        except redis.RedisError as exc:  # the lease runs out by itself
            log.warning("user lock not released: %s", type(exc).__name__)

    async def renew(self) -> None:
        """Extend the locks this replica holds (an answer may wait long for its slot)."""
        lease = int(LEASE_SECONDS * 1000)
        for lock, token in list(self.held.items()):
            await self._renew(keys=[lock], args=[token, lease])


class RedisBudget:
    """Send slots from one clock in Redis, `rate` a second for all replicas together.

    Slots are 5% wider than 1/rate: a replica that wakes late for its slot cannot make the
    next one earlier, so the margin keeps bunched sends under Telegram's limit.
    """

    def __init__(self, client: redis.asyncio.Redis, rate: float) -> None:
        self.interval_us = int(1_050_000 / rate)
        self._slot = client.register_script(SLOT)
        self.alone = LocalBudget(rate)  # while Redis does not answer

    async def next_slot(self) -> float:
        try:
            wait_us = await self._slot(keys=[PREFIX + "send-budget"], args=[self.interval_us])
        except redis.RedisError as exc:
            log.warning("shared send budget unavailable: %s", type(exc).__name__)
            return await self.alone.next_slot()
        return int(wait_us) / 1_000_000

    def sent(self) -> None:
        self.alone.sent()


def connect_async(url: str) -> redis.asyncio.Redis:
    return redis.asyncio.Redis.from_url(
        url, socket_timeout=TIMEOUT, socket_connect_timeout=TIMEOUT
    )
