"""No trail: logs, store and disk hold nothing about a person, at any log level; erasing works."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.app import Wegwijs, build_app
from bot.channels.telegram import Deps, build_application, expire_idle
from bot.config import load_settings
from bot.content.targets import CATEGORY, Target
from bot.engine.replies import UserState
from tests.fake_bot_api import TOKEN, FakeBotApi
from tests.support import (
    MARKER,
    ROOT,
    USER_ID,
    BotProcess,
    bot_cli,
    inline_data,
    plain,
    polling_bot,
    sqlite_traces,
    talk,
    traces,
)

FIRST_NAME = "Xylophonia"
TRAILS = (MARKER, FIRST_NAME, "Quillfeather", "xylo_q", TOKEN)


@pytest.fixture(scope="module")
def debug_bot(api: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    process = polling_bot(api, tmp_path_factory.mktemp("debug"), timeout=20, LOG_LEVEL="DEBUG")
    yield process
    process.stop()


def person_message(api: FakeBotApi, user_id: int, text: str, lang: str = "en") -> dict[str, Any]:
    """A private message from a person with a name, a username and a known id."""
    message = api.make_message(user_id, lang, text=text)
    message["from"] = {
        **message["from"],
        "first_name": FIRST_NAME,
        "last_name": "Quillfeather",
        "username": "xylo_q",
    }
    message["chat"] = {**message["chat"], "first_name": FIRST_NAME}
    if text.startswith("/"):
        message["entities"] = [
            {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
        ]
    return {"message": message}


def in_log(process: BotProcess) -> list[str]:
    return traces(process.output().encode(), (), ids=[USER_ID], texts=TRAILS)


def in_state(process: BotProcess) -> list[str]:
    """The bytes of the state files and every value of every table (an id kept as an
    INTEGER has no digits on disk)."""
    return sqlite_traces(process.state, ids=[USER_ID], texts=TRAILS)


def test_nothing_personal_in_logs_or_files_at_debug_before_and_after_forget(
    api: FakeBotApi, debug_bot: BotProcess
) -> None:
    for text, replies in (
        ("/start", 2),
        (f"my name is {FIRST_NAME}, {MARKER}, I need a lawyer", 1),
        ("/help", 1),
    ):
        since = api.mark()
        api.push(person_message(api, USER_ID, text))
        api.wait_calls("sendMessage", replies, since=since, chat_id=USER_ID)
    assert "DEBUG bot.app turn Text" in debug_bot.output()  # the level is really DEBUG
    assert in_log(debug_bot) == []
    assert in_state(debug_bot) == []
    since = api.mark()
    api.push(person_message(api, USER_ID, "/forget"))
    (asked,) = api.wait_calls("sendMessage", since=since, chat_id=USER_ID)
    forget = next(d for d in inline_data(asked) if "do:forget|" in d)
    since = api.mark()
    api.press(USER_ID, forget)
    api.wait_calls("answer", since=since, chat_id=USER_ID)
    assert in_log(debug_bot) == []
    assert in_state(debug_bot) == []


def test_an_unreadable_update_is_skipped_and_the_others_answered(
    api: FakeBotApi, debug_bot: BotProcess
) -> None:
    poll = {
        "id": "1",
        "question": MARKER,
        "options": [{"text": "a", "voter_count": 0}],
        "total_voter_count": 0,
        "is_closed": False,
        "is_anonymous": True,
        "type": "regular",
        "allows_multiple_answers": False,
    }
    since = api.mark()
    bad = api.push({"message": {**api.make_message(8001, "en"), "poll": poll}})
    users = list(range(8002, 8012))
    for user in users:
        api.send_text(user, "/start")
    for user in users:
        api.wait_calls("sendMessage", 1, since=since, chat_id=user, timeout=20)
    log = debug_bot.output()
    assert f"skipped update {bad['update_id']} that could not be read: TypeError" in log
    assert MARKER not in log
    getupdates = [c for c in api.calls[since:] if c.method == "getUpdates"]
    assert len(getupdates) < 50  # no retry storm


def test_unreadable_messages_get_an_answer_and_captions_are_read(
    api: FakeBotApi, debug_bot: BotProcess
) -> None:
    kinds = {
        "sticker": {
            "file_id": "S",
            "file_unique_id": "s",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
        },
        "voice": {"file_id": "V", "file_unique_id": "v", "duration": 3},
        "contact": {"phone_number": "+31600000000", "first_name": "A"},
        "dice": {"emoji": "🎲", "value": 3},
    }
    for offset, (kind, value) in enumerate(kinds.items()):
        user, since = 8100 + offset, api.mark()
        api.push({"message": {**api.make_message(user, "en"), kind: value}})
        (reply,) = api.wait_calls("sendMessage", since=since, chat_id=user)
        assert "112" in plain(reply.params["text"]), kind
    since = api.mark()
    photo = [{"file_id": "P", "file_unique_id": "p", "width": 1, "height": 1}]
    api.push(
        {"message": {**api.make_message(8200, "en"), "photo": photo, "caption": "I need a lawyer"}}
    )
    (reply,) = api.wait_calls("sendMessage", since=since, chat_id=8200)
    assert "Legal Aid Board" in plain(reply.params["text"])


def test_erase_deletes_exactly_this_chats_recent_messages(
    api: FakeBotApi, debug_bot: BotProcess
) -> None:
    user, since = 8300, api.mark()
    typed = [api.send_text(user, "/start")]
    api.wait_calls("sendMessage", 2, since=since, chat_id=user)
    typed.append(api.send_text(user, "I need a lawyer"))
    api.wait_calls("sendMessage", 3, since=since, chat_id=user)
    bots = api.sent_ids(user)
    assert len(bots) == 3
    since = api.mark()
    erase = api.send_text(user, "/erase")
    (deleted,) = api.wait_calls("deleteMessages", since=since, chat_id=user)
    mine = {u["message"]["message_id"] for u in [*typed, erase]}
    assert set(deleted.params["message_ids"]) == mine | set(bots)
    (notice,) = api.wait_calls("sendMessage", since=since, chat_id=user)
    assert "press and hold this chat" in plain(notice.params["text"])


def test_a_user_who_blocks_the_bot_leaves_no_row(api: FakeBotApi, debug_bot: BotProcess) -> None:
    user, since = 8400, api.mark()
    api.send_text(user, "/start", "ar")
    api.wait_calls("sendMessage", 2, since=since, chat_id=user)
    app = build_app(
        load_settings({"BOT_SECRET": "test", "BOT_STATE_DB": debug_bot.env["BOT_STATE_DB"]})
    )
    key = app.key("telegram", str(user))
    assert app.store.load(key) == UserState("ar")
    api.block(user)
    since = api.mark()
    api.send_text(user, "محامي", "ar")
    deadline = time.monotonic() + 10
    while app.store.load(key) is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert app.store.load(key) is None


def test_the_retention_job_deletes_an_idle_row_while_the_bot_runs(tmp_path: Path) -> None:
    fake = FakeBotApi(TOKEN).start()
    try:
        env = {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "BOT_SECRET": "t",
            "BOT_STATE_DB": str(tmp_path / "s.db"),
            "BOT_RETENTION_DAYS": "30",
        }
        settings = load_settings(env)
        app = build_app(settings)
        app.store.save("idle", UserState("fa"), date(2026, 10, 1))
        app.store.save("recent", UserState("nl"), date(2026, 11, 30))
        application = build_application(settings, app)
        application.bot_data["deps"] = Deps(app, today=lambda: date(2026, 12, 1))

        async def run() -> None:
            async with application:
                await application.start()
                assert application.job_queue is not None
                application.job_queue.run_once(expire_idle, 0)
                for _ in range(100):
                    if app.store.load("idle") is None:
                        break
                    await asyncio.sleep(0.05)
                await application.stop()

        asyncio.run(run())
        assert app.store.load("idle") is None
        assert app.store.load("recent") == UserState("nl")
    finally:
        fake.stop()


def test_stats_counts_screens_and_hides_small_numbers(tmp_path: Path) -> None:
    app = build_app(load_settings({}, content=str(ROOT), state=str(tmp_path / "s.db")))
    day = date(2026, 12, 1)
    legal, sgbv = Target(CATEGORY, "legal"), Target(CATEGORY, "sgbv")
    app.stats.add(day, "ar", tuple(("view", legal) for _ in range(7)))
    app.stats.add(day, "ar", (("view", sgbv), ("up", legal)))
    app.close()
    result = bot_cli(
        "--state", str(tmp_path / "s.db"), "stats", "--days", "400", "--json", check=True
    )
    rows = {(r["screen"], r["what"]): r["count"] for r in json.loads(result.stdout)}
    assert rows == {
        ("category:legal", "view"): "7",
        ("category:sgbv", "view"): "<5",
        ("category:legal", "up"): "<5",
    }
    db = sqlite3.connect(tmp_path / "s.db")
    tables = db.execute("SELECT sql FROM sqlite_master WHERE name = 'counts'").fetchone()[0]
    db.close()
    assert "key" not in tables  # no user link of any kind


def test_closing_the_bot_leaves_no_write_ahead_log(tmp_path: Path, app: Wegwijs) -> None:
    """SQLite keeps recent pages in state.sqlite3-wal until its last connection closes."""
    talk(app, ["/start", "my husband hits me", "/forget", "yes"], lang="en")
    wal = tmp_path / "state.sqlite3-wal"
    assert wal.exists()
    app.close()
    assert not wal.exists()
