"""Calls that may wait on a remote store (Redis) leave the event loop.

A turn's reads and writes take microseconds in SQLite but a network round trip in Redis,
and seconds when Redis is slow or gone (its timeouts). Made on the event loop, they would
stop every other person's answer, the emergency ones too, and the heartbeat that tells
other replicas this one is alive. So with a remote store they run in a worker thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


async def off_loop(remote: bool, call: Callable[[], T]) -> T:
    """`call()` in a worker thread if `remote`, else here (a local call is quicker so)."""
    return await asyncio.to_thread(call) if remote else call()
