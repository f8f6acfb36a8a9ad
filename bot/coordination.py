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

The Redis side is bot.coordination_redis, imported only when BOT_STATE_URL names Redis
(redis-py takes 0.04 s and 6 MB to import).
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol

LEASE_SECONDS = 30.0
WAIT_SECONDS = 30.0
POLL_SECONDS = 0.02


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
