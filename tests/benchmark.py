"""Speed and memory, measured (never asserted): one table, each row with its baseline run here.

Run: python -m tests.benchmark [--quick]

- matching: the understanding (model + keywords) against today's keyword matcher and a
  naive difflib matcher, per message of the dev set, all languages loaded;
- start-up of a fresh process with and without the model cache; memory (RSS) of the whole
  bot, and with 100,000 stored users;
- CPU per update in process (python-telegram-bot's Application.process_update with an
  instant fake request) against a bare echo bot on the same fake, batches of 600 fresh
  updates in turn (400 users, each sending one to three: a user's first update is two in
  three), after one batch that warms both up: the medians, and the median of the pairs'
  ratios;
- messages sent per turn;
- emergency and ordinary waits in the send queue under a tenfold overload, against
  python-telegram-bot's own AIORateLimiter (first come, first served).
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

# Not from tests.support: a process started below imports this module, and the support
# module's imports would count in the start-up it measures.
ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def _status_mb(field: str) -> float | None:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    return None


def rss_mb() -> float:
    """This process's memory now, in MB (VmRSS; where there is no /proc, its peak)."""
    now = _status_mb("VmRSS")
    return now if now is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mb() -> float:
    """This process's peak memory since its start (exec), in MB.

    Not ru_maxrss: Linux keeps that across fork and exec, so a child started by a big
    parent reports the parent's size. VmHWM belongs to the new program's memory.
    """
    peak = _status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return pick(0.5), pick(0.95), pick(0.99)


def timed(fn: Callable[[str, str], object], cases: list[tuple[str, str]]) -> list[float]:
    found = []
    for text, lang in cases:
        start = time.perf_counter()
        fn(text, lang)
        found.append((time.perf_counter() - start) * 1000)
    return found


# --- a Bot API that answers at once, for in-process updates -----------------------------


def instant_request() -> Any:
    from telegram.request import BaseRequest, RequestData

    class InstantRequest(BaseRequest):
        """Answers every Bot API call at once (no network), counting the sends."""

        sends = 0

        @property
        def read_timeout(self) -> float | None:
            return None

        async def initialize(self) -> None:
            pass

        async def shutdown(self) -> None:
            pass

        async def do_request(
            self, url: str, method: str, request_data: RequestData | None = None, **_: Any
        ) -> tuple[int, bytes]:
            endpoint = url.rsplit("/", 1)[-1]
            if endpoint == "getMe":
                result: Any = {"id": 1, "is_bot": True, "first_name": "B", "username": "bench_bot"}
            elif endpoint.startswith(("send", "edit")):
                InstantRequest.sends += 1
                result = {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}}
            else:
                result = True
            return 200, json.dumps({"ok": True, "result": result}).encode()

    return InstantRequest


def updates(count: int, batch: int = 0) -> list[dict[str, Any]]:
    """`count` updates of a mix of commands, typed text and presses; each batch has its own
    update ids and users, so no update is a repeat and no user meets the flood guard."""
    texts = [
        "/start",
        "I need a lawyer",
        "doctor",
        "/emergency",
        "مساعدة قانونية",
        "my husband hits me",
    ]
    found = []
    for n in range(count):
        user = 1000 + batch * 1000 + n % 400  # at most 3 updates a user: no flood guard
        sender = {"id": user, "is_bot": False, "first_name": "A", "language_code": "en"}
        chat = {"id": user, "type": "private"}
        if n % 3 == 2:  # a button press
            message = {
                "message_id": n,
                "date": 0,
                "chat": chat,
                "from": {"id": 1, "is_bot": True, "first_name": "B"},
                "text": "x",
            }
            query = {
                "id": str(n),
                "from": sender,
                "chat_instance": "1",
                "message": message,
                "data": "n2|c.legal|topics-menu",
            }
            found.append({"update_id": batch * 100_000 + n, "callback_query": query})
            continue
        text = texts[n % len(texts)]
        message = {"message_id": n, "date": 0, "chat": chat, "from": sender, "text": text}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
        found.append({"update_id": batch * 100_000 + n, "message": message})
    return found


def paired_cpu(
    ours: Any, echo: Any, request: Any, count: int, pairs: int
) -> tuple[float, float, float, float, float]:
    """CPU µs per update of two bots, batch by batch in turn (ours, then the echo bot, on
    the same fresh updates), after one batch each that warms them up: the medians of each,
    the median of the pairs' ratios, and the messages each sent per update. Measured in
    turn, a slower moment of a shared machine falls on both bots of a pair alike."""
    from telegram import Update

    async def batch(application: Any, number: int) -> tuple[float, int]:
        parsed = [Update.de_json(u, application.bot) for u in updates(count, number)]
        sent = request.sends
        start = time.process_time()
        for update in parsed:
            await application.process_update(update)
        return (time.process_time() - start) / count * 1e6, request.sends - sent

    async def run() -> tuple[list[tuple[float, int]], list[tuple[float, int]]]:
        found: tuple[list[tuple[float, int]], list[tuple[float, int]]] = ([], [])
        async with ours, echo:
            await batch(ours, 0)
            await batch(echo, 0)
            for number in range(1, pairs + 1):
                found[0].append(await batch(ours, number))
                found[1].append(await batch(echo, number))
        return found

    mine, theirs = asyncio.run(run())
    ratios = [a / b for (a, _), (b, _) in zip(mine, theirs, strict=True)]
    return (
        statistics.median(cpu for cpu, _ in mine),
        statistics.median(cpu for cpu, _ in theirs),
        statistics.median(ratios),
        sum(sent for _, sent in mine) / (count * pairs),
        sum(sent for _, sent in theirs) / (count * pairs),
    )


def echo_application(request: Any) -> Any:
    from telegram.ext import ApplicationBuilder, CallbackQueryHandler, MessageHandler, filters

    application = ApplicationBuilder().token("1:BENCH").request(request()).build()

    async def echo(update: Any, context: Any) -> None:
        if update.callback_query:
            await update.callback_query.answer()
            await context.bot.send_message(update.effective_chat.id, "pressed")
        else:
            await update.effective_message.reply_text(update.effective_message.text)

    application.add_handlers([MessageHandler(filters.ALL, echo), CallbackQueryHandler(echo)])
    return application


def our_application(request: Any, state: Path) -> Any:
    from telegram.ext import ApplicationBuilder, ContextTypes

    from bot.app import build_app
    from bot.channels import telegram as tg
    from bot.config import load_settings

    settings = load_settings(
        {"TELEGRAM_BOT_TOKEN": "1:BENCH", "BOT_SECRET": "b", "TELEGRAM_RATE_LIMIT": "0"},
        content=str(ROOT),
        state=str(state),
    )
    app = build_app(settings)
    from bot import heap
    from bot.channels.telegram_flow import PriorityRateLimiter

    bot = tg.TolerantBot(
        "1:BENCH",
        request=request(),
        get_updates_request=request(),
        rate_limiter=PriorityRateLimiter(0),
    )
    application = (
        ApplicationBuilder()
        .bot(bot)
        .context_types(ContextTypes(context=tg.WegwijsContext))
        .build()
    )
    application.bot_data["deps"] = tg.Deps(app)
    heap.settle()  # as `python -m bot run` does once it has built everything (Deps: labels)
    private = tg.filters.ChatType.PRIVATE
    application.add_handlers(
        [
            tg.MessageHandler(private & tg.filters.COMMAND, tg.on_command),
            tg.MessageHandler(private & tg.filters.TEXT & ~tg.filters.COMMAND, tg.on_text),
            tg.CallbackQueryHandler(tg.on_callback),
        ]
    )
    return application


# --- CPU per update over loopback: whole processes against the fake Bot API -------------

ECHO_BOT = """
import os, sys
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, MessageHandler, filters

async def echo(update, context):
    if update.callback_query:
        await update.callback_query.answer()
        await context.bot.send_message(update.effective_chat.id, "pressed")
    else:
        await update.effective_message.reply_text(update.effective_message.text)

app = ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"]).base_url(
    os.environ["TELEGRAM_API_BASE_URL"]).build()
app.add_handlers([MessageHandler(filters.ALL, echo), CallbackQueryHandler(echo)])
app.run_polling()
"""


def process_cpu(pid: int) -> float:
    """Seconds of CPU (user + system) a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def loopback_cpu(command: list[str], raw: list[dict[str, Any]], folder: Path) -> float:
    """CPU µs per update of a bot process polling the fake Bot API on loopback."""
    import subprocess

    from tests.fake_bot_api import TOKEN, FakeBotApi
    from tests.support import clean_env

    api = FakeBotApi(TOKEN).start()
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        TELEGRAM_RATE_LIMIT="0",
        BOT_SECRET="bench",
        BOT_STATE_DB=str(folder / "loopback.db"),
        NO_PROXY="127.0.0.1",
    )
    bot = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        api.wait_calls("getUpdates", timeout=60)

        def run(batch: list[dict[str, Any]]) -> None:
            for update in batch:
                api.push({k: v for k, v in update.items() if k != "update_id"})
            quiet_since, seen = time.monotonic(), api.mark()
            while time.monotonic() - quiet_since < 1.0 or api.updates:
                time.sleep(0.05)
                if api.mark() != seen:
                    quiet_since, seen = time.monotonic(), api.mark()

        run(raw[:50])  # warm up: imports, first screens
        before = process_cpu(bot.pid)
        run(raw[50:])
        used = process_cpu(bot.pid) - before
    finally:
        bot.terminate()
        bot.wait(timeout=20)
        api.stop()
    # The wait for quiet adds idle polling, the same for both bots.
    return used / len(raw[50:]) * 1e6


# --- the send queue under overload -------------------------------------------------------


def queue_waits(
    limiter: Any, sends: int, offered_per_second: float
) -> tuple[list[float], list[float]]:
    """Offer `sends` requests at `offered_per_second`; 1 in 20 urgent. Returns the waits (s)."""

    async def run() -> tuple[list[float], list[float]]:
        urgent: list[float] = []
        ordinary: list[float] = []

        async def send() -> bool:
            return True

        async def one(n: int) -> None:
            is_urgent = n % 20 == 0
            start = time.perf_counter()
            # PTB's own limiter has no priorities (its rate_limit_args is a retry count).
            args = {"priority": 0 if is_urgent else 1} if hasattr(limiter, "slot") else None
            await limiter.process_request(send, (), {}, "sendMessage", {"chat_id": n}, args)
            (urgent if is_urgent else ordinary).append(time.perf_counter() - start)

        tasks = []
        for n in range(sends):
            tasks.append(asyncio.create_task(one(n)))
            await asyncio.sleep(1 / offered_per_second)
        await asyncio.gather(*tasks)
        return urgent, ordinary

    return asyncio.run(run())


def start_process(cache: str, state: str) -> tuple[float, float]:
    """Seconds from a fresh process's start (imports included) to the bot being ready, and
    its peak memory in MB, with this cache folder and this state file."""
    import subprocess

    from tests.support import clean_env

    code = (
        "import time; started = time.perf_counter(); "
        "from bot.app import build_app; from bot.config import load_settings; "
        "from tests.benchmark import peak_mb; "
        # Every language's messages, as a serving bot builds them (its keyboards' labels).
        f"build_app(load_settings({{'BOT_SECRET': 'b'}}, state={state!r})).localizer.build_all(); "
        "print(time.perf_counter() - started, peak_mb())"
    )
    env = clean_env(BOT_CACHE_DIR=cache)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    seconds, peak = done.stdout.strip().splitlines()[-1].split()
    return float(seconds), float(peak)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmark")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []

    from bot.app import build_app
    from bot.config import load_settings

    with tempfile.TemporaryDirectory() as tmp:  # every file of the run, gone at its end
        os.environ.setdefault("BOT_CACHE_DIR", f"{tmp}/cache")
        settings = load_settings({"BOT_SECRET": "bench"}, content=str(ROOT), state=f"{tmp}/s.db")
        app = build_app(settings)
        cache = f"{tmp}/start-cache"
        cold, trained_rss = start_process(cache, f"{tmp}/cold.db")  # fills the cache
        warm, cached_rss = start_process(cache, f"{tmp}/warm.db")
        rows.append(
            (
                "start-up of a fresh process (imports, content, messages, model)",
                f"{warm:.2f} s with the cache",
                f"budget 1 s; {cold:.2f} s with an empty cache (validates, parses, trains)",
            )
        )
        rows.append(
            (
                "memory of the bot, peak at start (cache filled)",
                f"{cached_rss:.0f} MB",
                f"budget 120 MB; {trained_rss:.0f} MB when it trains the model",
            )
        )

        from bot.matcher import FuzzyMatcher
        from tests.matching.evaluate import load_cases

        cases = [(c.text, c.lang) for c in load_cases("dev")]
        cases = cases * (1 if args.quick else 4)
        ours = percentiles(timed(app.parts.matcher.match, cases))
        fuzzy = FuzzyMatcher(app.content)
        old = percentiles(timed(fuzzy.match, cases))
        phrases = {
            lang: [(p, t) for t, ps in words.items() for p in ps]
            for lang, words in app.content.keywords.items()
        }

        def naive(text: str, lang: str) -> object:
            return max(
                phrases.get(lang, []),
                key=lambda pt: difflib.SequenceMatcher(None, text, pt[0]).ratio(),
                default=None,
            )

        difflib_times = percentiles(timed(naive, cases[:200]))
        rows.append(
            (
                "matching p50 / p99 (dev set, 16 languages)",
                f"{ours[0]:.2f} / {ours[2]:.2f} ms",
                f"keyword matcher {old[0]:.2f} / {old[2]:.2f} ms; "
                f"difflib {difflib_times[0]:.2f} / {difflib_times[2]:.2f} ms",
            )
        )

        store = app.store
        from bot.engine.replies import UserState

        before = rss_mb()
        for n in range(100_000):
            store.save(f"{n:064x}", UserState("ar"), date(2026, 12, 1))
        rows.append(
            ("RSS after 100,000 stored users", f"{rss_mb():.0f} MB", f"{before:.0f} MB before")
        )

        request = instant_request()
        raw = updates(300 if args.quick else 1200)
        pairs = 8 if args.quick else 20
        ours_app = our_application(request, Path(tmp) / "bench.db")
        ours_cpu, echo_cpu, ratio, sends_ours, sends_echo = paired_cpu(
            ours_app, echo_application(request), request, 600, pairs
        )
        rows.append(
            (
                "CPU per update, in process",
                f"{ours_cpu:.0f} µs",
                f"echo bot {echo_cpu:.0f} µs (ratio {ratio:.2f}, the median of {pairs} pairs)",
            )
        )
        loop_ours = loopback_cpu([sys.executable, "-m", "bot", "run"], raw, Path(tmp))
        loop_echo = loopback_cpu([sys.executable, "-c", ECHO_BOT], raw, Path(tmp))
        rows.append(
            (
                "CPU per update, over loopback",
                f"{loop_ours:.0f} µs",
                f"echo bot {loop_echo:.0f} µs (ratio {loop_ours / loop_echo:.2f})",
            )
        )
        rows.append(
            (
                "messages sent per update",
                f"{sends_ours:.2f}",
                f"echo bot {sends_echo:.2f}",
            )
        )

    from telegram.ext import AIORateLimiter

    from bot.channels.telegram_flow import PriorityRateLimiter

    rate, sends = 100.0, (300 if args.quick else 600)
    urgent, ordinary = queue_waits(PriorityRateLimiter(rate), sends, rate * 10)
    fifo_urgent, fifo_ordinary = queue_waits(
        AIORateLimiter(overall_max_rate=rate, overall_time_period=1), sends, rate * 10
    )
    u, o, fu, fo = (percentiles(x) for x in (urgent, ordinary, fifo_urgent, fifo_ordinary))
    rows.append(
        (
            "tenfold overload: emergency wait p50/p95/p99",
            f"{u[0]:.2f} / {u[1]:.2f} / {u[2]:.2f} s",
            f"first come first served {fu[0]:.2f} / {fu[1]:.2f} / {fu[2]:.2f} s",
        )
    )
    rows.append(
        (
            "tenfold overload: ordinary wait p50/p95/p99",
            f"{o[0]:.2f} / {o[1]:.2f} / {o[2]:.2f} s",
            f"first come first served {fo[0]:.2f} / {fo[1]:.2f} / {fo[2]:.2f} s",
        )
    )

    width = max(len(r[0]) for r in rows)
    print(
        f"benchmark {datetime.now(UTC):%Y-%m-%d}, "
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores"
    )
    print(f"{'what':{width}}  {'Wegwijs':28}  baseline (same run)")
    for what, value, base in rows:
        print(f"{what:{width}}  {value:28}  {base}")
    print(
        f"(overload: {sends} sends offered at {rate * 10:.0f}/s "
        f"to a limit of {rate:.0f}/s, 1 in 20 urgent)"
    )


if __name__ == "__main__":
    main()
