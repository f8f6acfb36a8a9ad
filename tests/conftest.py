"""Shared fixtures: the real content, loaded once; apps on a real SQLite file."""

from __future__ import annotations

import io
import ipaddress
import itertools
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.app import Parts, Wegwijs, build_app, build_parts
from bot.config import load_settings
from bot.content.model import Content
from bot.render import Renderer
from bot.understand.understand import Understanding
from tests.fake_bot_api import TOKEN, FakeBotApi

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", help="rewrite tests/transcripts/*.yaml"
    )


def bot_cli(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None, check: bool = False
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` in a fresh process from the checkout, its output as text."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=check,
        cwd=ROOT,
        timeout=120,
    )


# A Tuesday morning in Amsterdam (not a holiday): office lines are open.
TUESDAY_MORNING = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def _loopback(address: object) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if not isinstance(host, str):
        return True  # a Unix socket path
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: it would need DNS, which tests never use


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests talk only to servers on this machine (the fake Bot API): nothing leaves it."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guard(sock: socket.socket, address: object) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address):
            raise OSError(f"tests may connect only to loopback, not {address!r}")

    def connect(self: socket.socket, address: object) -> None:
        guard(self, address)
        real_connect(self, address)  # type: ignore[arg-type]

    def connect_ex(self: socket.socket, address: object) -> int:
        guard(self, address)
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)


@pytest.fixture(scope="session")
def parts() -> Parts:
    """The real content, strict renderer and model, built once: they are read-only."""
    return build_parts(load_settings({}, content=str(ROOT)), strict=True)


@pytest.fixture(scope="session")
def content(parts: Parts) -> Content:
    return parts.content


@pytest.fixture(scope="session")
def matcher(parts: Parts) -> Understanding:
    return parts.matcher


@pytest.fixture(scope="session")
def renderer(parts: Parts) -> Renderer:
    """The real renderer, strict: a missing message or a formatting error raises."""
    return parts.renderer


@pytest.fixture(scope="session")
def renderer_en(renderer: Renderer) -> Renderer:
    return renderer


@pytest.fixture
def app(tmp_path: Path, parts: Parts) -> Wegwijs:
    """The bot on the real content, with a store of its own."""
    settings = load_settings({}, content=str(ROOT), state=str(tmp_path / "state.sqlite3"))
    return build_app(settings, parts=parts)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the real content, to break on purpose."""
    target = tmp_path / "content"
    for folder in ("flows", "locales", "data"):
        shutil.copytree(ROOT / folder, target / folder)
    return target


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


@pytest.fixture(scope="module")
def api() -> Iterator[FakeBotApi]:
    """A fake Bot API server on loopback, one per test module."""
    fake = FakeBotApi(TOKEN).start()
    yield fake
    fake.stop()


# --- a real Redis server on loopback ----------------------------------------------------


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """TEST_REDIS_URL (.ci/run starts one), else a redis-server of our own on a free port."""
    import os
    import subprocess
    import time

    import redis

    url = os.environ.get("TEST_REDIS_URL")
    proc = None
    if not url:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail("these tests need redis-server (Debian: apt-get install redis-server)")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        folder = tmp_path_factory.mktemp("redis")
        args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        args += ["--dir", str(folder)]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"redis://127.0.0.1:{port}/0"
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(url).ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
    yield own_database(url)
    if proc is not None:
        proc.terminate()
        proc.wait(timeout=10)


def own_database(url: str) -> str:
    """Each pytest-xdist worker (gw0, gw1, ...) empties and uses a Redis database of its own."""
    import os
    from urllib.parse import urlsplit, urlunsplit

    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    number = int(worker) if worker.isdigit() else 0
    return urlunsplit(urlsplit(url)._replace(path=f"/{number % 16}"))


@pytest.fixture
def redis_url(redis_server: str) -> str:
    """The Redis server, emptied for this test."""
    import redis

    redis.Redis.from_url(redis_server).flushdb()
    return redis_server


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[Any]:
    """A client of the emptied server, closed after the test."""
    import redis

    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()
