"""How updates flow through the Telegram channel: concurrently per user, emergencies first.

- `UserOrderedProcessor`: updates of different users are handled at the same time, the
  updates of one user strictly in order; each is marked answered in the journal when done.
- `PriorityRateLimiter`: every message passes one queue that keeps Telegram's overall
  limit and lets emergency answers overtake every waiting ordinary one; a 429 is retried
  after Telegram's retry_after, a network error with backoff, a bounded number of times.
- `FloodGuard`: a user who sends dozens of messages a second is slowed down alone.
Across replicas, bot.coordination shares the per-user order and the send budget.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter, BaseUpdateProcessor

from bot.coordination import LocalBudget, LocalTurns, SendBudget, UserTurns, cancelling
from bot.journal import Journal
from bot.metrics import Metrics
from bot.offload import off_loop

URGENT, ORDINARY = 0, 1  # priorities; lower goes first
# Methods that send or change a message count against Telegram's ~30 messages a second.
LIMITED = frozenset(
    {"sendMessage", "editMessageText", "sendContact", "sendPhoto", "copyMessage", "forwardMessage"}
)
Result = bool | dict[str, Any] | list[dict[str, Any]]


def sender_of(update: object) -> int | None:
    """Whose update this is (kept in memory only, to keep one user's updates in order)."""
    if isinstance(update, Update):
        if update.effective_user is not None:
            return update.effective_user.id
        if update.effective_chat is not None:
            return update.effective_chat.id
    return None


def update_kind(update: object) -> str:
    """What an update is, for the metrics (one of bot.metrics.UPDATE_KINDS)."""
    if not isinstance(update, Update):
        return "unreadable"
    if update.callback_query is not None:
        return "button"
    message = update.message
    if message is None:
        return "unreadable"
    if message.chat.type != "private":
        return "group"
    if message.text:
        return "command" if message.text.startswith("/") else "text"
    if message.caption:
        return "caption"
    return "location" if message.location else "other"


class UserOrderedProcessor(BaseUpdateProcessor):
    """Concurrent across users, in order within one user; answered updates leave the journal.

    Within this process a lock per user keeps order; `turns` does the same across replicas
    (bot.coordination). `key` turns a sender into the keyed hash that stands for them.
    """

    def __init__(
        self,
        journal: Journal | None,
        metrics: Metrics,
        *,
        key: Callable[[int], str],
        turns: UserTurns | None = None,
        max_concurrent_updates: int = 4096,
    ) -> None:
        super().__init__(max_concurrent_updates)
        self.journal = journal
        self.metrics = metrics
        self.key = key
        self.turns = turns or LocalTurns()
        self.locks: dict[int, asyncio.Lock] = {}
        self.users: dict[int, int] = {}  # sender -> updates waiting or running
        self.received: dict[int, float] = {}  # update id -> when it came in, for the latency

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        self.metrics.updates.labels(update_kind(update)).inc()
        sender = sender_of(update)
        update_id = update.update_id if isinstance(update, Update) else 0
        self.received.setdefault(update_id, time.monotonic())
        if sender is None:
            await coroutine
        else:
            self.users[sender] = self.users.get(sender, 0) + 1
            lock = self.locks.setdefault(sender, asyncio.Lock())
            user = self.key(sender)
            try:
                # Returns holding `lock`; never holds it while waiting for an older update
                # elsewhere (one taken over from a dead replica must not wait behind it).
                token = await self.turns.acquire(user, update_id, lock)
                try:
                    await coroutine
                finally:
                    try:
                        await self.turns.release(user, update_id, token)
                    finally:
                        lock.release()
            finally:
                self.users[sender] -= 1
                if not self.users[sender]:  # nobody waits: forget this user's lock
                    del self.users[sender]
                    del self.locks[sender]
        self.received.pop(update_id, None)
        if self.journal is not None and isinstance(update, Update):
            journal = self.journal
            await off_loop(journal.shared, lambda: journal.done(update_id))

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


# Bot API requests in flight at once (and connections for them). About 30 sends a second
# at up to a second each need no more. More waiting inside httpcore costs dearly: it scans
# every waiting request against every connection at each step (over loopback with the
# limiter off, that cost more CPU than the turns themselves).
CONNECTIONS = 32


@dataclass(order=True)
class _Waiter:
    priority: int
    order: int
    ready: asyncio.Future[None] = field(compare=False)


class PriorityRateLimiter(BaseRateLimiter[dict[str, Any]]):
    """One queue for every message: at most `rate` a second, emergencies first (0: off).

    The slots come from `budget`: this process's clock, or one shared by all replicas.
    """

    def __init__(
        self,
        rate: float,
        retries: int = 3,
        metrics: Metrics | None = None,
        budget: SendBudget | None = None,
    ) -> None:
        self.retries = retries
        self.metrics = metrics or Metrics()
        self.budget = budget or (LocalBudget(rate) if rate > 0 else None)
        self.waiting: list[_Waiter] = []
        self.order = itertools.count()
        self.pump: asyncio.Task[None] | None = None
        self.in_flight = asyncio.Semaphore(CONNECTIONS)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        if self.pump is not None:
            self.pump.cancel()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> Result:
        priority = int((rate_limit_args or {}).get("priority", ORDINARY))
        for attempt in range(self.retries + 1):
            if self.budget is not None and endpoint in LIMITED:
                await self.slot(priority)
            try:
                async with self.in_flight:
                    return await callback(*args, **kwargs)
            except RetryAfter as exc:
                self.metrics.too_many.inc()
                if attempt == self.retries:
                    self.metrics.failures.inc()
                    raise
                self.metrics.retries.inc()
                await asyncio.sleep(_seconds(exc))
            except (TimedOut, NetworkError) as exc:
                if attempt == self.retries or not _transient(exc):
                    self.metrics.failures.inc()
                    raise
                self.metrics.retries.inc()
                await asyncio.sleep(0.5 * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    async def slot(self, priority: int) -> None:
        """Wait for this request's turn: the most urgent, then the oldest, goes first."""
        ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self.waiting, _Waiter(priority, next(self.order), ready))
        if self.pump is None or self.pump.done():
            self.pump = asyncio.create_task(self.release())
        await ready

    async def release(self) -> None:
        """Take the next slot, then give it to whoever is most urgent by then."""
        while self.waiting and self.budget is not None:
            delay = await self.budget.next_slot()
            if cancelling():  # stopped while Redis answered (bot.coordination.cancelling)
                raise asyncio.CancelledError
            if delay > 0:
                await asyncio.sleep(delay)
            waiter = heapq.heappop(self.waiting)
            if not waiter.ready.done():
                waiter.ready.set_result(None)
                self.budget.sent()


def _seconds(exc: RetryAfter) -> float:
    value = getattr(exc, "_retry_after", None)  # a timedelta; the public one warns if an int
    return float(value.total_seconds()) if value is not None else 1.0


def _transient(exc: NetworkError) -> bool:
    """Timeouts and connection errors are worth a retry; a refused request is not."""
    return isinstance(exc, TimedOut) or type(exc) is NetworkError


@dataclass(slots=True)
class FloodGuard:
    """At most `limit` updates per `window` seconds per user; the rest wait for the window."""

    limit: int = 10
    window: float = 3.0
    seen: dict[int, deque[float]] = field(default_factory=dict)

    def allow(self, sender: int) -> tuple[bool, bool]:
        """(handle this update, first one over the limit: say so once)."""
        now = time.monotonic()
        times = self.seen.setdefault(sender, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        times.append(now)
        if len(self.seen) > 10_000:  # keep memory bounded: drop users seen long ago
            for key in [k for k, t in self.seen.items() if now - t[-1] > self.window]:
                del self.seen[key]
        over = len(times) - self.limit
        return over <= 0, over == 1
