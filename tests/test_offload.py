"""A slow Redis slows only the turns that wait on it, never the event loop of the bot.

The real app on a real Redis server of this test's own (CLIENT PAUSE stops a whole server,
and CI's is shared by every worker), paused; the terminal's outbox.
"""

from __future__ import annotations

import asyncio
import io
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis

from bot.app import Parts, build_app
from bot.channels.console import ConsoleOutbox
from bot.channels.conversation import converse
from bot.config import load_settings
from bot.engine.events import Text
from bot.store_redis import PREFIX
from tests.support import start_redis

PAUSE_MS = 600


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("this test needs redis-server (Debian: apt-get install redis-server)")
    proc, url = start_redis(binary, tmp_path)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


async def test_a_turn_waiting_on_a_paused_redis_leaves_the_loop_free(
    own_redis: str, parts: Parts
) -> None:
    redis_url, redis_client = own_redis, redis.Redis.from_url(own_redis)
    settings = load_settings({"BOT_STATE_URL": redis_url, "BOT_SECRET": "s"})
    app = build_app(settings, parts=parts)
    out = io.StringIO()
    ticks = 0
    turn_done = asyncio.Event()

    async def tick() -> None:  # everything else the bot does meanwhile: sends, heartbeats
        nonlocal ticks
        while not turn_done.is_set():
            ticks += 1
            await asyncio.sleep(0.01)

    async def turn() -> None:
        redis_client.execute_command("CLIENT", "PAUSE", PAUSE_MS, "ALL")
        now = datetime.now(UTC)
        await converse(app, ConsoleOutbox(out), "user", Text("doctor"), lang_hint="en", now=now)
        turn_done.set()

    await asyncio.gather(tick(), turn())
    # On the loop, the turn's Redis calls would have held every other task for the pause.
    assert ticks >= 10
    assert "GZA" in out.getvalue()  # the health screen, once Redis came back
    assert redis_client.hget(PREFIX + "user:user", "lang") == b"en"
    app.store.close()
    redis_client.close()
