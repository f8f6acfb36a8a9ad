"""A slow Redis slows only the turns that wait on it, never the event loop of the bot.

The real app on a real Redis server, paused with CLIENT PAUSE; the terminal's outbox.
"""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime

import redis

from bot.app import Parts, build_app
from bot.channels.console import ConsoleOutbox
from bot.channels.conversation import converse
from bot.config import load_settings
from bot.engine.events import Text
from bot.store_redis import PREFIX

PAUSE_MS = 600


async def test_a_turn_waiting_on_a_paused_redis_leaves_the_loop_free(
    redis_url: str, redis_client: redis.Redis, parts: Parts
) -> None:
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
    app.state.store.close()
