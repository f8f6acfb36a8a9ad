"""Calls that may wait on a remote store (Redis) leave the event loop.

A turn's reads and writes take microseconds in SQLite but a network round trip in Redis,
and seconds when Redis is slow or gone (its timeouts). Made on the event loop, they would
stop every other person's answer, the emergency ones too, and the heartbeat that tells
other replicas this one is alive. So with a remote store they run in a worker thread, and
the heartbeat in a thread of its own.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
# The heartbeat's own thread: in the shared pool (a few threads) it would queue behind the
# turns a slow Redis holds up, and miss the replica timeout; then other replicas would take
# over this one's work and answer it twice.
_HEARTBEAT = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wegwijs-heartbeat")


async def off_loop(remote: bool, call: Callable[[], T]) -> T:
    """`call()` in a worker thread if `remote`, else here (a local call is quicker so)."""
    return await asyncio.to_thread(call) if remote else call()


async def beside_turns(call: Callable[[], T]) -> T:
    """`call()` in a thread of its own, never waiting behind the turns (the heartbeat)."""
    return await asyncio.get_running_loop().run_in_executor(_HEARTBEAT, call)
