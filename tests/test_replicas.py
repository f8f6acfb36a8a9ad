"""Several replicas on one Redis: pending updates survive a dead replica, one user's turns
stay in order, the send budget is shared, and two real webhook processes agree on a user.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
import redis

from bot.channels.telegram import encode_callback
from bot.content.targets import LANG, Target
from bot.coordination_redis import RedisBudget, RedisTurns, connect_async
from bot.journal import Journal
from bot.render import RenderedButton, Renderer
from bot.store import SqlitePending, user_key
from bot.store_redis import PREFIX, RedisPending
from tests.fake_bot_api import FakeBotApi
from tests.support import (
    MARKER,
    USER_ID,
    WEBHOOK_SECRET,
    BotProcess,
    bot_cli,
    bot_env,
    clean_env,
    free_port,
    plain,
    post,
    redis_traces,
)

HEADERS = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
TYPED = f"my name is Xylophonia, {MARKER}, I need a lawyer"


def update(update_id: int, text: str) -> dict:
    return {"update_id": update_id, "message": {"message_id": update_id, "text": text}}


@pytest.fixture(params=["sqlite", "redis"])
def pending(request, tmp_path):
    if request.param == "sqlite":
        return SqlitePending(sqlite3.connect(tmp_path / "s.db", isolation_level=None))
    return RedisPending(request.getfixturevalue("redis_client"))


def test_a_journal_keeps_updates_sealed_until_done(pending) -> None:
    journal = Journal(pending, b"secret")
    assert journal.keep([update(1, "help me"), update(2, "doctor")], "user-hash") == [1, 2]
    assert journal.keep([update(2, "doctor")]) == []  # Telegram delivered it again
    assert journal.count() == 2
    journal.done(1)
    assert journal.keep([update(1, "help me")]) == []  # answered, then delivered again
    if pending.shared:  # replicas: another one takes it over once this one is dead
        pending.client.delete(PREFIX + "replica:" + pending.replica)
        other = RedisPending(pending.client, "other")
        assert Journal(other, b"another secret").waiting() == []  # unreadable: dropped
    else:  # one process: at start, everything left is its own to answer
        assert journal.waiting() == [update(2, "doctor")]
        assert Journal(pending, b"another secret").waiting() == []  # unreadable: dropped
    assert journal.count() == 0


def test_a_dead_replicas_updates_go_to_a_live_one_once(redis_client: redis.Redis) -> None:
    client = redis_client
    first, second = RedisPending(client, "first"), RedisPending(client, "second")
    Journal(first, b"s").keep([update(7, "fire in the centre"), update(8, "lawyer")])
    assert Journal(second, b"s").waiting() == []  # the first is alive: its work stays its own
    sealed = b"".join(client.hvals(PREFIX + "pending"))
    assert b"fire" not in sealed
    client.delete(PREFIX + "replica:first")  # its heartbeat ran out: it died
    assert Journal(second, b"s").waiting() == [
        update(7, "fire in the centre"),
        update(8, "lawyer"),
    ]
    assert Journal(RedisPending(client, "third"), b"s").waiting() == []  # taken only once
    assert client.hget(PREFIX + "owner", "7") == b"second"


async def test_one_users_turns_are_one_at_a_time_in_update_order(
    redis_url: str, redis_client: redis.Redis
) -> None:
    client = redis_client
    pending = RedisPending(client)
    Journal(pending, b"s").keep([update(1, "a")], "user")
    Journal(pending, b"s").keep([update(2, "b")], "user")
    clients = [connect_async(redis_url), connect_async(redis_url)]
    replica_a, replica_b = RedisTurns(clients[0]), RedisTurns(clients[1])
    order: list[int] = []

    async def answer(turns: RedisTurns, update_id: int, delay: float) -> None:
        await asyncio.sleep(delay)
        token = await turns.acquire("user", update_id, asyncio.Lock())
        order.append(update_id)
        await asyncio.sleep(0.2)
        order.append(-update_id)
        await turns.release("user", update_id, token)

    # Update 2 reaches replica B first; it must wait until replica A has answered update 1.
    await asyncio.gather(answer(replica_b, 2, 0.0), answer(replica_a, 1, 0.1))
    for each in clients:
        await each.aclose()
    assert order == [1, -1, 2, -2]
    assert client.exists(PREFIX + "lock:user") == 0
    assert client.zcard(PREFIX + "queue:user") == 0


async def test_the_user_locks_of_a_dead_replica_are_free_at_once(
    redis_url: str, redis_client: redis.Redis
) -> None:
    RedisPending(redis_client, "alive-a"), RedisPending(redis_client, "alive-b")  # heartbeats
    clients = [connect_async(redis_url), connect_async(redis_url)]
    replica_a, replica_b = RedisTurns(clients[0], "alive-a"), RedisTurns(clients[1], "alive-b")
    assert await replica_a.acquire("user", 1, asyncio.Lock())
    with pytest.raises(TimeoutError):  # A is alive: B waits for A's answer
        await asyncio.wait_for(replica_b.acquire("user", 2, asyncio.Lock()), 0.3)
    redis_client.delete(PREFIX + "replica:alive-a")  # A died with the lock
    assert await asyncio.wait_for(replica_b.acquire("user", 2, asyncio.Lock()), 2)
    for each in clients:
        await each.aclose()


async def test_a_cancelled_wait_for_a_users_turn_ends_and_takes_no_lock(
    redis_url: str, redis_client: redis.Redis
) -> None:
    """redis-py may swallow a cancellation that comes while it waits for a reply; the wait
    must end all the same, and never take the lock afterwards (its replica would renew it
    for ever). Cancelled at random moments, some land inside a Redis call."""
    RedisPending(redis_client, "alive-a"), RedisPending(redis_client, "alive-b")  # heartbeats
    clients = [connect_async(redis_url), connect_async(redis_url)]
    replica_a, replica_b = RedisTurns(clients[0], "alive-a"), RedisTurns(clients[1], "alive-b")
    token = await replica_a.acquire("user", 1, asyncio.Lock())
    assert token
    moments = random.Random(12)  # noqa: S311 - when to cancel, not a secret
    for _ in range(200):
        waiting = asyncio.ensure_future(replica_b.acquire("user", 2, asyncio.Lock()))
        await asyncio.sleep(moments.random() * 0.003)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(asyncio.shield(waiting), 2)  # ended, not waiting on
    assert redis_client.get(PREFIX + "lock:user") == token.encode()
    assert not replica_b.held
    for each in clients:
        await each.aclose()


async def test_replicas_share_one_send_budget(redis_url: str) -> None:
    """Slots are read from what Redis returns and holds, not from the clock: the budget keeps
    the next free moment (on Redis's clock, in µs) and each slot moves it one interval on."""
    clients = [connect_async(redis_url), connect_async(redis_url)]
    rate = 0.1  # one slot each 10 s: all these slots are taken long before the first is due
    budgets = [RedisBudget(client, rate=rate) for client in clients]
    interval = budgets[0].interval_us
    assert 1_000_000 / rate <= interval < 1_100_000 / rate  # never faster than the rate
    taken = []  # (the wait in µs, the next free moment after this slot)
    for n in range(10):
        wait = await budgets[n % 2].next_slot()
        free = await clients[0].get(PREFIX + "send-budget")
        taken.append((round(wait * 1_000_000), int(free) if free else None))
    # And ten more at once, from both replicas: none is lost or given twice.
    waits = await asyncio.gather(*(budgets[n % 2].next_slot() for n in range(10)))
    last = await clients[0].get(PREFIX + "send-budget")
    for client in clients:
        await client.aclose()
    # What each replica was told: the first slot is now, each later one is later, whichever
    # replica asked, and no later than its place in the line allows.
    told = [wait for wait, _ in taken]
    assert told[0] == 0
    assert all(b > a for a, b in itertools.pairwise(told))
    assert all(wait <= n * interval for n, wait in enumerate(told))
    at_once = sorted(round(wait * 1_000_000) for wait in waits)
    assert at_once[0] > told[-1]
    assert all(b > a for a, b in itertools.pairwise(at_once))
    # What Redis holds: the slots one interval apart, whichever replica took them (they
    # alternated), so that no two overlap (a slot lasts one interval from its start).
    assert all(free is not None for _, free in taken)
    starts = [free - interval for _, free in taken]
    assert [b - a for a, b in itertools.pairwise(starts)] == [interval] * 9
    assert int(last) == starts[-1] + 11 * interval  # the ten at once took the next ten


# --- two real webhook processes on one Redis ----------------------------------------------


def start_replica(api: FakeBotApi, folder: Path, redis_url: str) -> tuple[BotProcess, str, int]:
    port, metrics = free_port(), free_port()
    env = bot_env(
        api,
        folder / "state.sqlite3",
        BOT_STATE_URL=redis_url,
        BOT_REPLICA_TIMEOUT="3",  # a killed replica's work is taken over within seconds
        WEBHOOK_URL="https://example.invalid/telegram",
        WEBHOOK_SECRET=WEBHOOK_SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        PORT=str(port),
        METRICS_PORT=str(metrics),
    )
    folder.mkdir(exist_ok=True)
    process = BotProcess("webhook", env, folder / "bot.log")
    process.start()
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as reply:
                assert json.load(reply) == {"content": True, "store": True, "bot_api": True}
                break
        except OSError:
            if time.monotonic() > deadline:
                raise AssertionError(process.output()) from None
            time.sleep(0.1)
    return process, f"http://127.0.0.1:{port}/telegram", metrics


def scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as reply:
        return str(reply.read().decode())


def wait_for_text(api: FakeBotApi, chat_id: int, since: int, wanted: str) -> list[str]:
    """The texts sent to `chat_id` since `since`, once one of them contains `wanted`."""
    deadline = time.monotonic() + 30
    while True:
        texts = [plain(c.params["text"]) for c in api.replies(chat_id, since)]
        if any(wanted in text for text in texts):
            return texts
        if time.monotonic() > deadline:
            raise AssertionError(f"{wanted!r} never came; sent: {texts}")
        time.sleep(0.05)


def deliver(urls: list[str], body: dict) -> None:
    """As Telegram does: try until a replica says 200 (the load balancer picks another)."""
    for attempt in range(200):
        try:
            if post(urls[attempt % len(urls)], body, HEADERS) == 200:
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"update {body['update_id']} was never accepted")


def test_two_replicas_answer_a_user_consistently_and_a_killed_one_loses_nothing(
    api: FakeBotApi, tmp_path: Path, redis_url: str, redis_client: redis.Redis, renderer: Renderer
) -> None:
    bot_a, url_a, metrics_a = start_replica(api, tmp_path / "a", redis_url)
    bot_b, url_b, metrics_b = start_replica(api, tmp_path / "b", redis_url)
    try:
        user, since = USER_ID, api.mark()
        # The user's updates alternate between the replicas: choose Tigrinya on A ...
        deliver([url_a], {"update_id": 501, **api.text_update(user, "/start", "en")})
        api.wait_calls("answer", 1, since=since, chat_id=user, timeout=30)
        press = api.press(
            user, encode_callback(RenderedButton("ትግርኛ", Target(LANG, "ti"), ())), "en"
        )
        api.updates.clear()  # delivered by webhook here, not by getUpdates
        deliver([url_b], {**press, "update_id": 502})
        changed = renderer.localizer.format("ti", "language-changed")
        wait_for_text(api, user, since, changed)
        # ... then B and A again answer in Tigrinya, in the order the updates were sent.
        for n, (url, text) in enumerate([(url_b, "/help"), (url_a, "/emergency")]):
            deliver([url], {"update_id": 503 + n, **api.text_update(user, text, "en")})
        help_ti = renderer.localizer.format("ti", "help-intro")
        emergency_ti = renderer.localizer.format("ti", "category-emergency-intro")
        texts = wait_for_text(api, user, since, emergency_ti)
        shown = [n for n, t in enumerate(texts) if help_ti in t or emergency_ti in t]
        assert [help_ti in texts[n] for n in shown] == [True, False]  # help, then emergency
        mark = api.mark()
        deliver([url_b], {"update_id": 505, **api.text_update(user, TYPED, "en")})
        api.wait_calls("answer", 1, since=mark, chat_id=user, timeout=30)

        metrics = scrape(metrics_a)
        assert 'wegwijs_updates_total{kind="command"} 2.0' in metrics  # /start and /emergency
        assert 'wegwijs_updates_total{kind="button"} 0.0' in metrics  # the press went to B
        assert 'wegwijs_replies_total{urgency="emergency"} 1.0' in metrics
        assert 'wegwijs_updates_total{kind="text"} 1.0' in scrape(metrics_b)  # the typed text
        for each in (metrics_a, metrics_b):  # no id in either's (timings hold digits)
            assert not re.search(rf"(?<!\d){user}(?!\d)", scrape(each))
        # Redis holds neither the user's id nor what they typed, in any key or value; it
        # keeps their language and message ids under the keyed hash (BOT_SECRET is "test").
        assert redis_traces(redis_client, ids=[user], texts=[TYPED, MARKER]) == []
        hashed = user_key(b"test", "telegram", str(user))
        assert redis_client.hget(PREFIX + "user:" + hashed, "lang") == b"ti"
        assert redis_client.zcard(PREFIX + "msgs:" + hashed) > 0

        # Many users at once; replica A is killed in the middle; B answers every one.
        since = api.mark()
        users = list(range(7400, 7440))
        api.send_delay = 0.05  # sends take time, so that A dies with updates in flight
        for n, who in enumerate(users):
            deliver(
                [url_a] if n % 2 == 0 else [url_b],
                {"update_id": 600 + n, **api.text_update(who, "/menu", "en")},
            )
        assert bot_a.proc is not None
        os.kill(bot_a.proc.pid, signal.SIGKILL)
        bot_a.proc.wait()
        bot_a.proc = None
        for who in users:
            api.wait_calls("answer", 1, since=since, chat_id=who, timeout=60)
        client = redis_client
        deadline = time.monotonic() + 10
        while client.hlen(PREFIX + "pending") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert client.hlen(PREFIX + "pending") == 0
        taken_over = [
            line
            for line in scrape(metrics_b).splitlines()
            if line.startswith("wegwijs_replayed_total")
        ]
        assert float(taken_over[0].split()[1]) > 0  # A died with updates unanswered
        assert "Traceback" not in bot_b.output()
    finally:
        api.send_delay = 0.0
        bot_a.stop()
        bot_b.stop()


def run_bot(*args: str, **settings: str) -> subprocess.CompletedProcess[str]:
    return bot_cli(*args, env=clean_env(**settings))


def test_health_and_settings_of_the_redis_store(redis_url: str) -> None:
    assert run_bot("health", BOT_STATE_URL=redis_url, BOT_SECRET="s").stdout.strip() == "ok"
    down = run_bot("health", BOT_STATE_URL="redis://127.0.0.1:1/0", BOT_SECRET="s")
    assert down.returncode == 1
    assert "the store does not answer" in down.stdout
    no_secret = run_bot("run", BOT_STATE_URL=redis_url, TELEGRAM_BOT_TOKEN="1:x")
    assert no_secret.returncode == 2
    assert "BOT_SECRET" in no_secret.stderr
