"""Under load and faults: emergencies first, nothing lost after kill -9, 429s retried.

The real `python -m bot run` against the fake Bot API, made to enforce Telegram's limits.
Fewer users than the benchmark (`python -m tests.benchmark`), to keep CI short.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.channels.telegram_flow import (
    CONNECTIONS,
    ORDINARY,
    URGENT,
    FloodGuard,
    PriorityRateLimiter,
)
from tests.fake_bot_api import TOKEN, FakeBotApi
from tests.support import plain, polling_bot, sqlite_traces, sqlite_values

USERS = 20  # at 30 sends a second, 20 users x 4 replies take 3 s of the limit


@pytest.fixture
def limited_api() -> Iterator[FakeBotApi]:
    fake = FakeBotApi(TOKEN, overall_limit=30, flood_limit=20).start()
    yield fake
    fake.stop()


def test_every_user_gets_their_own_answers_in_their_language(
    limited_api: FakeBotApi, tmp_path: Path
) -> None:
    bot = polling_bot(limited_api, tmp_path)
    try:
        langs = ["en", "ar", "nl", "fa"]
        since = limited_api.mark()
        for turn in range(3):
            for user in range(USERS):
                text = (
                    "/start" if turn == 0 else ("I need a lawyer" if turn == 1 else "/emergency")
                )
                limited_api.send_text(9000 + user, text, langs[user % 4])
        for user in range(USERS):
            limited_api.wait_calls("sendMessage", 4, since=since, chat_id=9000 + user, timeout=60)
        time.sleep(0.5)
        for user in range(USERS):
            delivered = limited_api.sent_ids(9000 + user)
            assert len(delivered) == 4, user  # /start sends two, each other turn one: none crossed
            last = limited_api.replies(9000 + user, since)[-1]
            assert "112" in plain(last.params["text"])
        assert "Traceback" not in bot.output()
    finally:
        bot.stop()


def test_kill_9_loses_no_update(tmp_path: Path) -> None:
    # Enough that many are still in flight when the kill comes (sends take 0.05 s each).
    people = [7_531_864_200 + n for n in range(40)]  # ten digits: no timestamp or count
    api = FakeBotApi(TOKEN, send_delay=0.05).start()
    bot = polling_bot(api, tmp_path)
    try:
        since = api.mark()
        for user in people:
            api.send_text(user, "/help", "en")
        api.wait_calls("sendMessage", 3, since=since, timeout=30)  # some answered, most in flight
        assert bot.proc is not None
        os.kill(bot.proc.pid, signal.SIGKILL)
        bot.proc.wait()
        bot.proc = None
        # What was in flight waits in the state file, sealed: no id nor text in its bytes
        # (-wal included) or in any value of any table.
        assert [v for t, c, v in sqlite_values(bot.state) if (t, c) == ("pending", "sealed")]
        assert sqlite_traces(bot.state, ids=people, texts=["/help"]) == []
        bot.start()
        for user in people:
            api.wait_calls("sendMessage", 1, since=since, chat_id=user, timeout=60)
        import sqlite3

        db = sqlite3.connect(bot.state)
        deadline = time.monotonic() + 10
        while (
            db.execute("SELECT COUNT(*) FROM pending").fetchone() != (0,)
            and time.monotonic() < deadline
        ):
            time.sleep(0.1)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT COUNT(*) FROM pending").fetchone() == (0,)
        assert sqlite_traces(bot.state, ids=people, texts=["/help"]) == []
    finally:
        bot.stop()
        api.stop()


def test_a_flood_of_one_user_loses_no_reply_of_others_and_is_slowed(
    limited_api: FakeBotApi, tmp_path: Path
) -> None:
    bot = polling_bot(limited_api, tmp_path)
    try:
        since = limited_api.mark()
        for _ in range(40):
            limited_api.send_text(9900, "doctor", "en")
        for user in range(5):
            limited_api.send_text(9910 + user, "/menu", "en")
        for user in range(5):
            limited_api.wait_calls("sendMessage", 1, since=since, chat_id=9910 + user, timeout=30)
        time.sleep(1.0)
        flood = limited_api.replies(9900, since)
        slow = [c for c in flood if "a lot of messages" in plain(c.params["text"])]
        assert len(slow) == 1  # one polite notice
        assert len(flood) < 40  # the flooder is slowed down
    finally:
        bot.stop()


def test_429s_are_retried_after_retry_after_and_nothing_is_lost(tmp_path: Path) -> None:
    api = FakeBotApi(TOKEN, flood_limit=2).start()
    try:
        bot = polling_bot(api, tmp_path)
        api.mark()
        for text in ("doctor", "lawyer", "family", "school", "work", "/menu"):
            api.send_text(9950, text, "en")
        deadline = time.monotonic() + 30
        while len(api.sent_ids(9950)) < 6 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(api.sent_ids(9950)) == 6
        assert api.too_many > 0  # Telegram's per-chat limit was hit, and every reply still came
        assert "Traceback" not in bot.output()
        bot.stop()
    finally:
        api.stop()


def test_emergency_sends_overtake_every_queued_ordinary_send() -> None:
    async def run() -> tuple[list[str], int]:
        limiter = PriorityRateLimiter(rate=50)
        done: list[str] = []
        three_out = asyncio.Event()

        async def send(name: str) -> bool:
            done.append(name)
            if len(done) >= 3:
                three_out.set()
            return True

        ordinary = [
            asyncio.create_task(
                limiter.process_request(
                    send, (f"o{i}",), {}, "sendMessage", {}, {"priority": ORDINARY}
                )
            )
            for i in range(50)
        ]
        await three_out.wait()  # a few ordinary ones went out; the rest wait
        before = len(done)
        await limiter.process_request(
            send, ("urgent",), {}, "sendMessage", {}, {"priority": URGENT}
        )
        await asyncio.gather(*ordinary)
        return done, before

    done, before = asyncio.run(run())
    # Next after those already sent, and the one that may already hold the next slot.
    assert done.index("urgent") <= before + 1


def test_requests_in_flight_are_bounded_even_with_the_limiter_off() -> None:
    """Hundreds of sends at once wait here, not inside httpcore (which scans them all)."""

    async def run() -> int:
        limiter = PriorityRateLimiter(rate=0)
        flying, most = 0, 0

        async def send() -> bool:
            nonlocal flying, most
            flying += 1
            most = max(most, flying)
            await asyncio.sleep(0.01)
            flying -= 1
            return True

        await asyncio.gather(
            *(limiter.process_request(send, (), {}, "sendMessage", {}, None) for _ in range(300))
        )
        return most

    assert asyncio.run(run()) == CONNECTIONS


def test_the_flood_guard_says_so_once() -> None:
    guard = FloodGuard(limit=3, window=10)
    results = [guard.allow(1) for _ in range(6)]
    assert [allowed for allowed, _ in results] == [True, True, True, False, False, False]
    assert [first for _, first in results] == [False, False, False, True, False, False]
    assert guard.allow(2) == (True, False)  # another user is not slowed
