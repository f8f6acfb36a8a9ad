"""Shared fixtures: the real content, loaded once; apps on a real SQLite file."""

from __future__ import annotations

import gc
import ipaddress
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import Parts, Wegwijs, build_app, build_parts
from bot.config import load_settings
from bot.content.model import Content
from bot.render import Renderer
from bot.understand.understand import Understanding
from tests.fake_bot_api import TOKEN, FakeBotApi
from tests.support import ROOT, copy_content, start_redis


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", help="rewrite tests/transcripts/*.yaml"
    )


def pytest_unconfigure(config: pytest.Config) -> None:
    """The session is over and the process only exits now: freeze what it holds, as the bot
    does (bot.heap), so that the exit does not walk every app and model the tests built
    (0.75 -> 0.17 s for a worker to end)."""
    gc.freeze()


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: a worker a core, and one more (PYTEST_XDIST_AUTO_NUM_WORKERS still
    decides when set). A third of the suite's time is spent waiting (for bot processes to
    start, for Telegram's rate limits in the load tests), which one more worker fills: on
    2 cores, 3 workers took 42 s, 2 workers 52 s, 4 workers 46 s (2026-12-01, evening)."""
    chosen = os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS")
    if chosen:
        return int(chosen)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) + 1


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
    """A writable copy of the real content (flows, locales, data), to break on purpose."""
    return copy_content(tmp_path / "content")


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
    url = os.environ.get("TEST_REDIS_URL")
    proc = None
    if not url:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail("these tests need redis-server (Debian: apt-get install redis-server)")
        proc, url = start_redis(binary, tmp_path_factory.mktemp("redis"))
    yield own_database(url)
    if proc is not None:
        proc.terminate()
        proc.wait(timeout=10)


def own_database(url: str) -> str:
    """Each pytest-xdist worker (gw0, gw1, ...) uses a Redis database of its own: number
    0-15 by worker, whichever database the URL names (`redis_url` empties it per test)."""
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
