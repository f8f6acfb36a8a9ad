"""Helpers shared by the test modules (fixtures live in conftest.py, helpers here).

- the environment of a bot process, cleaned of the bot's own settings in one place;
- `python -m bot ...` as a one-off command (`bot_cli`) or a running process (`BotProcess`);
- the console driven in process (`talk`, `press`);
- copies of the real content to break on purpose (`copy_content`);
- what a state file or a Redis server holds, for the privacy checks (`sqlite_traces`,
  `redis_traces`).
"""

from __future__ import annotations

import io
import itertools
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.fake_bot_api import TOKEN, Call, FakeBotApi

if TYPE_CHECKING:
    import redis

    from bot.app import Wegwijs

ROOT = Path(__file__).resolve().parent.parent
CONTENT_FOLDERS = ("flows", "locales", "data")

# A Tuesday morning in Amsterdam (not a holiday): office lines are open.
TUESDAY_MORNING = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)

WEBHOOK_SECRET = "s3cret"

# For the privacy checks: a text that no content or answer holds, and a user id of ten
# digits, which no timestamp, count, message id or keyed hash holds by chance.
MARKER = "QZXMARKER7731"
USER_ID = 8642097531


# --- the environment of a bot process ---------------------------------------------------

# What bot.config reads: none of it may leak from the shell that runs the tests.
SETTING_PREFIXES = ("BOT_", "TELEGRAM_", "WEBHOOK_")
SETTING_NAMES = {"PORT", "METRICS_PORT", "LOG_LEVEL", "LOG_FORMAT"}
# Kept: where the content is (the suite may run on another content, as `wegwijs` in
# test_telegram does) and where trained models are cached. Neither is about a person.
KEPT = {"BOT_CONTENT_DIR", "BOT_CACHE_DIR"}


def clean_env(**settings: str) -> dict[str, str]:
    """This process's environment without the bot's settings, plus `settings`."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name in KEPT or not (name.startswith(SETTING_PREFIXES) or name in SETTING_NAMES)
    }
    return {**env, **settings}


def bot_env(api: FakeBotApi, state: Path, **settings: str) -> dict[str, str]:
    """The environment of a bot on the fake Bot API, with its state at `state`."""
    defaults = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "BOT_STATE_DB": str(state),
        "BOT_SECRET": "test",
        "LOG_LEVEL": "INFO",
        "NO_PROXY": "127.0.0.1",
    }
    return clean_env(**{**defaults, **settings})


# --- `python -m bot` --------------------------------------------------------------------


def bot_cli(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None, check: bool = False
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` in a fresh process from the checkout, its output as text.

    `env` is the whole environment (default: `clean_env()`).
    """
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        env=clean_env() if env is None else env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=check,
        cwd=ROOT,
        timeout=120,
    )


class BotProcess:
    """`python -m bot <command>` as a subprocess; its log (stdout + stderr) goes to a file."""

    def __init__(self, command: str, env: dict[str, str], log: Path) -> None:
        self.command, self.env, self.log = command, env, log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", self.command],
                cwd=ROOT,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    @property
    def state(self) -> Path:
        return Path(self.env["BOT_STATE_DB"])


def polling_bot(api: FakeBotApi, folder: Path, timeout: float = 30, **settings: str) -> BotProcess:
    """`python -m bot run` on the fake Bot API, state and log in `folder`, once it polls."""
    folder.mkdir(parents=True, exist_ok=True)
    process = BotProcess(
        "run", bot_env(api, folder / "state.sqlite3", **settings), folder / "bot.log"
    )
    since = api.mark()
    process.start()
    try:
        api.wait_calls("getUpdates", since=since, timeout=timeout)
    except AssertionError:
        process.stop()
        raise AssertionError("the bot did not start polling:\n" + process.output()) from None
    return process


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def post(url: str, body: dict[str, Any], headers: dict[str, str]) -> int:
    """POST `body` as JSON to a webhook on loopback; the HTTP status."""
    headers = {"Content-Type": "application/json", **headers}
    request = urllib.request.Request(url, json.dumps(body).encode(), headers)  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - loopback only
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


# --- what the bot sent ------------------------------------------------------------------


def plain(text: str) -> str:
    """Sent text without the right-to-left marks the renderer puts before RTL lines."""
    return text.replace("\u200f", "")


def inline_data(call: Call) -> list[str]:
    rows = call.params["reply_markup"]["inline_keyboard"]
    return [button["callback_data"] for row in rows for button in row if "callback_data" in button]


# --- the console, in process ------------------------------------------------------------

Step = str | Callable[[str], str]


def press(label: str) -> Callable[[str], str]:
    """A console line: the number of the last button whose label contains `label`."""

    def number(output: str) -> str:
        found = [
            line.split("]")[0][1:]
            for line in output.splitlines()
            if line.startswith("[") and label in line
        ]
        assert found, f"no button {label!r} in:\n{output[-900:]}"
        return found[-1]

    return number


class Typist(io.StringIO):
    """stdin for the console: each line is worked out from what the console printed so far."""

    def __init__(self, out: io.StringIO, steps: list[Step]) -> None:
        super().__init__()
        self.out, self.steps, self.turns = out, list(steps), [0]

    def readline(self, size: int | None = -1) -> str:
        self.turns.append(len(self.out.getvalue()))
        if not self.steps:
            return ""
        step = self.steps.pop(0)
        return (step(self.out.getvalue()) if callable(step) else step) + "\n"


def talk(app: Wegwijs, steps: list[Step], lang: str | None = None) -> list[str]:
    """A whole console conversation in this process; returns what was printed, turn by turn."""
    from bot.channels.console import chat

    out = io.StringIO()
    typist = Typist(out, steps)
    assert chat(app, typist, out, lang=lang, clock=lambda: TUESDAY_MORNING) == 0
    text, marks = out.getvalue(), [*typist.turns, len(out.getvalue())]
    return [text[a:b] for a, b in itertools.pairwise(marks) if text[a:b].strip()]


# --- content ----------------------------------------------------------------------------


def copy_content(target: Path, folders: Iterable[str] = CONTENT_FOLDERS) -> Path:
    """A writable copy of the real content (or of some of its folders) at `target`: the
    files' bytes only (copying their times and modes too costs twice the system time)."""
    for folder in folders:
        shutil.copytree(ROOT / folder, target / folder, copy_function=shutil.copyfile)
    return target


# --- what the state holds, for the privacy checks ---------------------------------------


def state_bytes(state: Path) -> bytes:
    """The bytes of a SQLite state file and its companions (-wal, -shm, -journal), not of
    the .secret beside it."""
    return b"".join(
        path.read_bytes()
        for path in sorted(state.parent.glob(state.name + "*"))
        if path.is_file() and path.suffix != ".secret"
    )


def sqlite_values(state: Path) -> list[tuple[str, str, object]]:
    """(table, column, value) of every value in every table, as SQL reads them (the
    committed write-ahead log too): an INTEGER is an int here, not digits in the file."""
    db = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
    try:
        tables = [
            row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        found = []
        for table in tables:
            cursor = db.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from the file
            columns = [d[0] for d in cursor.description]
            found += [(table, c, v) for row in cursor for c, v in zip(columns, row, strict=True)]
        return found
    finally:
        db.close()


def traces(
    raw: bytes, values: Iterable[object], ids: Iterable[int] = (), texts: Iterable[str] = ()
) -> list[str]:
    """What of `ids` and `texts` is in `raw` (as digits, as text) or among `values` (a value
    equal to an id, of any type, or a text or bytes holding its digits or a text)."""
    ids, texts = list(ids), list(texts)
    found = [f"{text!r} in the bytes" for text in texts if text.encode() in raw]
    found += [f"{n} in the bytes" for n in ids if str(n).encode() in raw]
    for value in values:
        if isinstance(value, str | bytes):
            text = value if isinstance(value, str) else value.decode(errors="replace")
            found += [f"{n} in the value {text[:80]!r}" for n in ids if str(n) in text]
            found += [f"{t!r} in the value {text[:80]!r}" for t in texts if t in text]
        elif any(value == n for n in ids):
            found.append(f"the id {value!r} as a value")
    return found


def sqlite_traces(state: Path, ids: Iterable[int] = (), texts: Iterable[str] = ()) -> list[str]:
    """Where a state file holds one of `ids` or `texts`: in the bytes of the file, its -wal,
    -shm or -journal, or in any value of any table read with SQL (an INTEGER column holds
    no digits on disk). [] when nowhere."""
    values = [value for _, _, value in sqlite_values(state)]
    return traces(state_bytes(state), values, ids, texts)


def redis_items(client: redis.Redis) -> list[bytes]:
    """Every key and everything under it (fields, members, scores, elements), as bytes."""
    found = []
    for key in client.keys("*"):
        kind = client.type(key)
        if kind == b"string":
            parts = [client.get(key)]
        elif kind == b"hash":
            parts = [x for pair in client.hgetall(key).items() for x in pair]
        elif kind == b"zset":
            pairs = client.zrange(key, 0, -1, withscores=True)
            parts = [x for member, score in pairs for x in (member, repr(score).encode())]
        elif kind == b"set":
            parts = list(client.smembers(key))
        elif kind == b"list":
            parts = client.lrange(key, 0, -1)
        else:
            raise AssertionError(f"a Redis {kind!r} this scan does not read: {key!r}")
        found += [key, *(p for p in parts if p is not None)]
    return found


def redis_traces(
    client: redis.Redis, ids: Iterable[int] = (), texts: Iterable[str] = ()
) -> list[str]:
    """Where Redis holds one of `ids` or `texts`, in any key or value: [] when nowhere."""
    items = redis_items(client)
    return traces(b"\n".join(items), items, ids, texts)


# --- Redis ------------------------------------------------------------------------------


def start_redis(binary: str, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A redis-server of our own on a free port; the one that answers is checked to be it
    (another session may have taken the port between choosing and binding it)."""
    import redis

    for _ in range(5):
        port = free_port()
        args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        proc = subprocess.Popen([*args, "--dir", str(folder)], stdout=subprocess.DEVNULL)
        url = f"redis://127.0.0.1:{port}/0"
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                with redis.Redis.from_url(url) as client:
                    server = client.info("server")
            except redis.ConnectionError:
                time.sleep(0.05)
                continue
            if server.get("process_id") == proc.pid:
                return proc, url
            break  # someone else's server on that port
        proc.terminate()
        proc.wait(timeout=10)
    pytest.fail("could not start a redis-server of our own")
