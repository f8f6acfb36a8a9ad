"""Logging that can carry nothing about a person or a secret, at any level.

Library loggers (python-telegram-bot, httpx, ...) log whole updates and request
URLs with the bot token at DEBUG, and python-telegram-bot logs a whole batch of
updates at CRITICAL when one cannot be parsed. So their records are capped at
WARNING and keep only their fixed first words (`fixed_text`), also when a library
formatted the message itself; tracebacks show frames and exception classes only,
never an exception's message (which may quote user text).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import traceback
from types import TracebackType

LIBRARIES = (
    "telegram",
    "httpx",
    "httpcore",
    "apscheduler",
    "tornado",
    "asyncio",
    "hpack",
    "redis",
)
OWN = "bot"
# A Telegram bot token: digits, a colon, then 30 or more URL-safe characters.
TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{30,}")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def safe_traceback(exc_info: ExcInfo) -> str:
    """Frames and exception classes, chained causes included, without any exception message."""
    lines: list[str] = []
    exc: BaseException | None = exc_info[1]
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        frames = traceback.extract_tb(exc.__traceback__)
        lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
        lines.append(f"{type(exc).__module__}.{type(exc).__qualname__}")
        exc = exc.__cause__ or exc.__context__
    return "\n".join(lines)


# Where a library message may start quoting data: a placeholder, or in a message already
# formatted (an f-string), a digit, a quote, a bracket, a colon or an equals sign.
DATA_STARTS = re.compile(r"""[%{}\d'"()\[\]<>:=]""")
LIBRARY_WORDS = 4  # words of a library message kept at most: its fixed start


def fixed_text(message: str) -> str:
    """A library message's leading words, before anything that could be data.

    Data may also come without a mark: a name (a capital after the first word), text in
    another script (not ASCII), or lower-case words, which only the word limit stops.
    """
    words: list[str] = []
    for word in DATA_STARTS.split(message, maxsplit=1)[0].split()[:LIBRARY_WORDS]:
        if not word.isascii() or (words and word[0].isupper()):
            break
        words.append(word)
    return " ".join(words) or "(library message)"


class Scrub(logging.Filter):
    """Library records keep only their fixed text (before any data); tokens are masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not (record.name == OWN or record.name.startswith(OWN + ".")):
            record.msg = fixed_text(str(record.msg))
            record.args = ()
        else:
            record.msg = TOKEN.sub("<token>", str(record.msg))
        return True


class SafeFormatter(logging.Formatter):
    """Text lines: `LEVEL logger message`, tracebacks without exception messages."""

    def formatException(self, ei: object) -> str:
        return safe_traceback(ei)  # type: ignore[arg-type]

    def format(self, record: logging.LogRecord) -> str:
        return TOKEN.sub("<token>", super().format(record))


class JsonFormatter(SafeFormatter):
    """One JSON object per line, for log collectors (LOG_FORMAT=json)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": TOKEN.sub("<token>", record.getMessage()),
        }
        if record.exc_info and record.exc_info[1] is not None:
            entry["error"] = type(record.exc_info[1]).__name__
            entry["traceback"] = safe_traceback(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure(level: str, fmt: str = "text") -> None:
    """Set up the root logger once; library loggers never go below WARNING."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(Scrub())
    handler.setFormatter(
        JsonFormatter() if fmt == "json" else SafeFormatter("%(levelname)s %(name)s %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger().level))
