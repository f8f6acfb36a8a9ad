"""Content reload without a restart: `python -m bot reload` (SIGHUP); invalid content refused."""

from __future__ import annotations

import gc
import os
import signal
import time
from pathlib import Path

from bot import heap
from bot.app import build_app
from bot.channels.telegram import build_application, reload_content
from bot.config import load_settings
from tests.fake_bot_api import TOKEN, FakeBotApi
from tests.support import bot_cli, plain, polling_bot


def test_reload_takes_new_content_and_refuses_broken_content(
    tmp_path: Path, content_copy: Path
) -> None:
    api = FakeBotApi(TOKEN).start()
    bot = polling_bot(api, tmp_path, BOT_CONTENT_DIR=str(content_copy))
    env = bot.env
    try:
        help_file = content_copy / "locales" / "en" / "common.ftl"
        text = help_file.read_text(encoding="utf-8")
        help_file.write_text(
            text.replace(
                "help-intro = Wegwijs gives information",
                "help-intro = Wegwijs, freshly reloaded, gives information",
            ),
            encoding="utf-8",
        )
        done = bot_cli("reload", env=env)
        assert done.returncode == 0, done.stdout + done.stderr
        deadline = time.monotonic() + 20
        while "content reloaded" not in bot.output() and time.monotonic() < deadline:
            time.sleep(0.1)
        since = api.mark()
        api.send_text(7001, "/help", "en")
        (reply,) = api.wait_calls("sendMessage", since=since, chat_id=7001, timeout=20)
        assert "freshly reloaded" in plain(reply.params["text"])

        flow = content_copy / "flows" / "main.yaml"
        flow.write_text(
            flow.read_text(encoding="utf-8").replace("say: [help-intro", "say: [help-intro-gone"),
            encoding="utf-8",
        )
        refused = bot_cli("reload", env=env)
        assert refused.returncode == 1
        assert "flows/main.yaml:" in refused.stdout
        assert bot.proc is not None
        os.kill(bot.proc.pid, signal.SIGHUP)  # a SIGHUP from elsewhere: refused in the log
        deadline = time.monotonic() + 20
        while "reload refused" not in bot.output() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "FTL-UNKNOWN-MESSAGE" in bot.output()
        since = api.mark()
        api.send_text(7001, "/help", "en")
        (reply,) = api.wait_calls("sendMessage", since=since, chat_id=7001, timeout=20)
        assert "freshly reloaded" in plain(reply.params["text"])  # the old content still serves
    finally:
        bot.stop()
        api.stop()


def test_a_reload_lets_the_old_content_go(tmp_path: Path) -> None:
    """The running bot keeps its content out of the collector's scans (bot.heap); reloads
    must still free each old content, its cycles included: the objects alive stay as many."""
    settings = load_settings(
        {"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_SECRET": "test"}, state=str(tmp_path / "s.sqlite3")
    )
    application = build_application(settings, build_app(settings))
    heap.settle()  # as `python -m bot run` does once it has loaded everything

    def alive() -> int:
        return gc.get_freeze_count() + len(gc.get_objects())

    try:
        before = alive()
        reload_content(application, settings)
        assert alive() - before < 20  # about 100 more when the old content's cycles stay
    finally:
        heap.loosen()
        application.bot_data["deps"].app.close()
