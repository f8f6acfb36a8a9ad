"""What replicas agree on through Redis: whose turn it is per user, and the send budget.

One process needs neither (its own locks and clock do); several webhook replicas behind
a load balancer do:
- **One user at a time, in order.** A replica answers an update only while it holds that
  user's lock and no lower update id of the same user is still waiting (each replica puts
  the id in the user's queue before it acknowledges the update to Telegram). A user's
  updates that reach two replicas are thus answered one after the other, in update order.
  A dead replica's locks are free once its heartbeat is gone (BOT_REPLICA_TIMEOUT), and
  any lock after LEASE_SECONDS; a waiting update goes ahead after WAIT_SECONDS whatever
  happens, since an answer out of order beats none.
- **One send budget.** Every message takes the next free slot of one shared clock in
  Redis, so all replicas together keep Telegram's overall limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from typing import Protocol

import redis
import redis.asyncio

from bot.store_redis import PREFIX, TIMEOUT

log = logging.getLogger(__name__)

LEASE_SECONDS = 30.0
WAIT_SECONDS = 30.0
POLL_SECONDS = 0.02
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


class UserTurns(Protocol):
    """Whose turn it is to be answered, per user (keyed hash) and update id.

    `acquire` returns holding `gate`, this process's lock for the user, and a token for
    `release`; the caller releases the turn, then the gate.
    """

    async def acquire(self, user: str, update_id: int, gate: asyncio.Lock) -> str | None: ...
    async def release(self, user: str, update_id: int, token: str | None) -> None: ...
    async def renew(self) -> None: ...


class SendBudget(Protocol):
    """The rate of messages: seconds to wait for the next slot, which is reserved.

    `sent` is called when the slot is used: a late wake-up must not bunch the next sends.
    """

    async def next_slot(self) -> float: ...
    def sent(self) -> None: ...


class LocalTurns:
    """One process: its own per-user lock (the gate, first come first served) is enough."""

    async def acquire(self, user: str, update_id: int, gate: asyncio.Lock) -> str | None:
        await gate.acquire()
        return None

    async def release(self, user: str, update_id: int, token: str | None) -> None:
        return None

    async def renew(self) -> None:
        return None


class LocalBudget:
    """One process: slots on its own clock, `rate` a second."""

    def __init__(self, rate: float) -> None:
        self.interval = 1 / rate
        self.free = 0.0

    async def next_slot(self) -> float:
        now = time.monotonic()
        start = max(now, self.free)
        self.free = start + self.interval
        return start - now

    def sent(self) -> None:
        self.free = max(self.free, time.monotonic() + self.interval)


def cancelling() -> bool:
    """Whether this task was asked to stop. redis-py may swallow a cancellation that comes
    while it waits for a reply (the call then returns as if nothing happened), so a loop of
    Redis calls asks the task itself; else a cancelled turn would wait on, and could take a
    user's lock that its replica then renews for ever."""
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


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
