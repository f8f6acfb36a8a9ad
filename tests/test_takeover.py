"""Updates kept before a crash or by a dead replica: answered in order, and only once.

The real update processor (bot.channels.telegram_flow) with real Redis turns and journal;
the real bot over loopback against the fake Bot API.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest
import redis
from telegram import Update

from bot.channels.telegram import TolerantBot
from bot.channels.telegram_flow import PriorityRateLimiter, UserOrderedProcessor
from bot.coordination_redis import RedisTurns, connect_async
from bot.journal import Journal
from bot.metrics import Metrics
from bot.store import SqlitePending
from bot.store_redis import PREFIX, RedisPending
from tests.fake_bot_api import TOKEN, FakeBotApi

SENDER = 4242


class TriesForATurn:
    """Counts the tries for a user's turn Redis sees in this test's database (MONITOR)."""

    def __init__(self, url: str) -> None:
        self.client = redis.Redis.from_url(url)
        self.database = self.client.connection_pool.connection_kwargs.get("db", 0)
        self.tries = 0
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self.watch, daemon=True)
        self.thread.start()
        assert self.ready.wait(5), "MONITOR did not start"

    def watch(self) -> None:
        with self.client.monitor() as monitor:
            self.ready.set()
            for command in monitor.listen():
                if command["db"] != self.database:
                    continue
                if "PING end" in command["command"]:
                    return
                # Each try for a turn, inside the script, first reads the head of the queue.
                self.tries += command["command"].startswith("ZRANGE " + PREFIX + "queue:")

    def stop(self) -> int:
        self.client.echo("PING end")  # not a script: tells the watcher to stop
        self.thread.join(5)
        assert not self.thread.is_alive(), "MONITOR did not stop"
        self.client.close()
        return self.tries


def message(update_id: int) -> dict:
    chat = {"id": SENDER, "type": "private"}
    sender = {"id": SENDER, "is_bot": False, "first_name": "x"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "chat": chat,
            "from": sender,
            "text": "hi",
        },
    }


async def test_an_update_taken_over_from_a_dead_replica_goes_before_a_newer_one(
    redis_url: str, redis_client: redis.Redis
) -> None:
    # Replica "dead" kept update 1 of the user and died before answering it.
    Journal(RedisPending(redis_client, "dead"), b"s").keep([message(1)], "user")
    redis_client.delete(PREFIX + "replica:dead")
    # This replica gets the user's newer update 2 first, then takes over update 1.
    pending = RedisPending(redis_client, "alive")
    journal = Journal(pending, b"s")
    journal.keep([message(2)], "user")
    client = connect_async(redis_url)
    processor = UserOrderedProcessor(
        journal, Metrics(), key=lambda sender: "user", turns=RedisTurns(client, "alive")
    )
    answered: list[int] = []

    async def answer(update_id: int) -> None:
        answered.append(update_id)

    newer = asyncio.create_task(
        processor.do_process_update(Update.de_json(message(2), None), answer(2))
    )
    # Update 2 has tried once and now waits for its turn behind update 1: it is counted and
    # no longer holds the user's lock (it holds it only while trying).
    for _ in range(2000):
        if SENDER in processor.users and not processor.locks[SENDER].locked():
            break
        await asyncio.sleep(0.005)
    else:
        pytest.fail("update 2 never tried for its turn")
    [taken] = journal.waiting()
    await processor.do_process_update(Update.de_json(taken, None), answer(1))
    await newer
    await client.aclose()
    # Had update 2 held this replica's lock for the user while waiting, update 1 could not
    # have run until the turn gave up on order, and 2 would have been answered first.
    assert answered == [1, 2]
    assert journal.count() == 0
    assert redis_client.zcard(PREFIX + "queue:user") == 0


async def test_updates_sent_again_after_a_crash_are_not_answered_again(tmp_path: Path) -> None:
    api = FakeBotApi(TOKEN).start()
    # The fresh update comes first: the two left out are the end of the batch.
    fresh, answered, pending = (api.send_text(SENDER, t) for t in ("/menu", "/start", "/help"))
    journal = Journal(
        SqlitePending(sqlite3.connect(tmp_path / "s.db", isolation_level=None)), b"s"
    )
    # Before the crash: the first update was answered, the second fetched and kept only.
    journal.keep([answered, pending])
    journal.done(answered["update_id"])
    [waiting] = journal.waiting()  # answered now from the journal, after the restart
    assert waiting["update_id"] == pending["update_id"]
    bot = TolerantBot(
        TOKEN, base_url=api.base_url, rate_limiter=PriorityRateLimiter(0), journal=journal
    )
    try:
        async with bot:
            # Telegram never heard that the three arrived: it sends all of them again.
            updates = await bot.get_updates(timeout=0)
            # Asked again as PTB would (past what it was given): all three are acknowledged,
            # the ones left out too, so they do not come back at once.
            again = await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
            left = len(api.updates)
    finally:
        api.stop()
    assert [u.update_id for u in updates] == [fresh["update_id"]]
    assert again == ()
    assert left == 0
    assert journal.count() == 2  # the one answering from the journal, and the fresh one


async def test_a_users_updates_on_one_replica_wait_for_each_other_without_asking_redis(
    redis_url: str, redis_client: redis.Redis
) -> None:
    RedisPending(redis_client, "alive")  # its heartbeat: its locks hold
    client = connect_async(redis_url)
    processor = UserOrderedProcessor(
        None, Metrics(), key=lambda sender: "user", turns=RedisTurns(client, "alive")
    )
    answered: list[int] = []

    async def answer(update_id: int) -> None:
        await asyncio.sleep(0.5)  # a slow answer: a poller would try 25 times meanwhile
        answered.append(update_id)

    seen = TriesForATurn(redis_url)
    await asyncio.gather(
        *(processor.do_process_update(Update.de_json(message(n), None), answer(n)) for n in (1, 2))
    )
    await client.aclose()
    tries = seen.stop()
    assert answered == [1, 2]
    assert tries == 2  # one each: the second waited for the first here, not asking Redis
