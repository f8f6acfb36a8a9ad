"""Speed and memory, measured (not asserted): prints a table with ratios to baselines.

Run: python -m tests.benchmark
Baselines run in the same process: python-telegram-bot's own per-update work (parse the
update JSON and dispatch it through an Application to a handler that does nothing), and a
naive difflib matcher over the same phrases.
"""

from __future__ import annotations

import asyncio
import difflib
import resource
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bot.app import build_app
from bot.config import load_settings
from bot.engine.events import Choice, Text
from bot.markup import HtmlMarkup
from tests.matching.evaluate import load_cases

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def per_call(fn: Callable[[], object], repeat: int) -> float:
    """Median-of-5 seconds per call."""
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()
        samples.append((time.perf_counter() - start) / repeat)
    return sorted(samples)[2]


def ptb_baseline(repeat: int) -> float:
    """PTB's own work per update: parse the JSON, check the handler, build the context, dispatch."""
    from telegram import Update
    from telegram.ext import ApplicationBuilder, CallbackContext, MessageHandler, filters

    application = ApplicationBuilder().token("123:TEST").build()

    async def noop(update: object, context: object) -> None:
        return None

    handler = MessageHandler(filters.ALL, noop)
    raw = {
        "update_id": 1,
        "message": {
            "message_id": 1, "date": 0, "text": "I need a lawyer",
            "chat": {"id": 42, "type": "private"},
            "from": {"id": 42, "is_bot": False, "first_name": "A", "language_code": "ar"},
        },
    }  # fmt: skip

    async def run() -> float:
        start = time.perf_counter()
        for _ in range(repeat):
            # What Application.process_update does per update, through public API only
            # (process_update itself needs an initialized bot, i.e. a getMe over the network).
            update = Update.de_json(raw, application.bot)
            check = handler.check_update(update)
            context = CallbackContext.from_update(update, application)
            await handler.handle_update(update, application, check, context)
        return (time.perf_counter() - start) / repeat

    return asyncio.run(run())


def main() -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings({"BOT_SECRET": "bench"}, content=str(ROOT), state=f"{tmp}/s.db")
        app = build_app(settings)
        startup = time.perf_counter() - started
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cases = load_cases()
        texts = [(c.text, c.lang) for c in cases]
        phrases = {
            lang: sorted({t for bucket in index.near.values() for t in bucket.texts})
            for lang, index in app.matcher.by_lang.items()
        }

        index = iter(range(10**9))

        def ours_match() -> None:
            text, lang = texts[next(index) % len(texts)]
            app.matcher.match(text, lang)

        def difflib_match() -> None:
            text, lang = texts[next(index) % len(texts)]
            difflib.get_close_matches(text.lower(), phrases.get(lang, phrases["en"]), n=3, cutoff=0.6)  # fmt: skip

        key = app.key("bench", "1")
        presses = [Choice("category:legal"), Choice("organization:coa"), Choice("phase:registration")]  # fmt: skip

        def ours_turn() -> None:
            app.handle(key, presses[next(index) % len(presses)], lang_hint="en", markup=HtmlMarkup(), now=NOW)  # fmt: skip

        def ours_text_turn() -> None:
            text, lang = texts[next(index) % len(texts)]
            app.handle(key, Text(text), lang_hint=lang, markup=HtmlMarkup(), now=NOW)

        match_s = per_call(ours_match, 400)
        difflib_s = per_call(difflib_match, 100)
        turn_s = per_call(ours_turn, 300)
        text_turn_s = per_call(ours_text_turn, 300)
        ptb_s = ptb_baseline(2000)

    rows = [
        ("match one typed message (all languages loaded)", match_s, "difflib baseline", difflib_s),
        (
            "our work per button update (engine+render+SQLite)",
            turn_s,
            "PTB's own per update",
            ptb_s,
        ),
        (
            "our work per typed-text update (+ matching)",
            text_turn_s,
            "PTB's own per update",
            ptb_s,
        ),
    ]
    print(f"{'measure':52}{'ours':>12}{'baseline':>26}{'base':>12}{'ours/base':>11}")
    for name, ours, base_name, base in rows:
        print(f"{name:52}{ours * 1e6:>10.1f}µs{base_name:>26}{base * 1e6:>10.1f}µs{ours / base:>11.2f}")  # fmt: skip
    print(f"{'start-up (load + validate all content)':52}{startup:>11.2f}s")
    print(f"{'peak memory (RSS) after start-up':52}{rss_mb:>10.1f}MB")
    print(f"languages: {len(app.content.locales)}, eval messages: {len(cases)}")


if __name__ == "__main__":
    main()
