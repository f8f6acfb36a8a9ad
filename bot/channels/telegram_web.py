"""Serving the Telegram channel: long polling or a webhook, with /healthz and /metrics.

Our own small tornado server rather than PTB's run_webhook, so that an update is kept
(sealed, bot.journal) before Telegram hears it arrived, and so that the health check and
the metrics sit beside the webhook:
- webhook port (PORT): `POST /telegram` (Telegram's secret token checked), `GET /healthz`;
- METRICS_PORT, if set, in both modes: `GET /metrics` (Prometheus) and `GET /healthz`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import signal
from typing import Any, TypeAlias

from prometheus_client import CONTENT_TYPE_LATEST
from telegram.ext import Application
from tornado.httpserver import HTTPServer
from tornado.web import Application as WebApp
from tornado.web import RequestHandler

from bot.channels.telegram import (
    ALLOWED_UPDATES,
    Deps,
    health,
    on_start_up,
    receive,
    reload_content,
)
from bot.config import Settings

log = logging.getLogger(__name__)
WEBHOOK_PATH = "/telegram"
MAX_UPDATE_BYTES = 1 << 20
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header's name
PtbApp: TypeAlias = Application[Any, Any, Any, Any, Any, Any]


class _Handler(RequestHandler):
    """Our handlers: the PTB application at hand, and no access log of who called."""

    def initialize(self, bot_app: PtbApp, secret: str = "") -> None:
        self.bot_app = bot_app
        self.secret = secret

    def reply(self, status: int, body: dict[str, Any] | None = None) -> None:
        self.set_status(status)
        if body is not None:
            self.set_header("Content-Type", "application/json")
            self.write(json.dumps(body))


class UpdatesHandler(_Handler):
    """POST /telegram: Telegram delivers one update; 200 once it is kept, so none is lost."""

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            self.reply(403)
            return
        try:
            raw = json.loads(self.request.body)
        except ValueError:
            self.reply(400)
            return
        if not isinstance(raw, dict) or not isinstance(raw.get("update_id"), int):
            self.reply(400)
            return
        try:
            await receive(self.bot_app, raw)
        except Exception as exc:  # not kept: Telegram delivers it again later
            log.error("update %s not kept: %s", raw["update_id"], type(exc).__name__)
            self.reply(503)
            return
        self.reply(200)


class HealthHandler(_Handler):
    """GET /healthz: 200 when content, store and Bot API are fine, else 503 with which not."""

    def get(self) -> None:
        checks = health(self.bot_app)
        self.reply(200 if all(checks.values()) else 503, checks)


class MetricsHandler(_Handler):
    """GET /metrics: Prometheus's text format."""

    def get(self) -> None:
        deps: Deps = self.bot_app.bot_data["deps"]
        self.set_header("Content-Type", CONTENT_TYPE_LATEST)
        self.write(deps.metrics.text())


def webhook_app(bot_app: PtbApp, secret: str) -> WebApp:
    shared = {"bot_app": bot_app}
    return WebApp(
        [
            (WEBHOOK_PATH, UpdatesHandler, {**shared, "secret": secret}),
            ("/healthz", HealthHandler, shared),
        ],
        log_function=lambda handler: None,
    )


def ops_app(bot_app: PtbApp) -> WebApp:
    shared = {"bot_app": bot_app}
    return WebApp(
        [("/metrics", MetricsHandler, shared), ("/healthz", HealthHandler, shared)],
        log_function=lambda handler: None,
    )


def listen(app: WebApp, address: str, port: int) -> HTTPServer:
    server = HTTPServer(app, max_body_size=MAX_UPDATE_BYTES)
    server.listen(port, address)
    return server


async def run(bot_app: PtbApp, settings: Settings, mode: str) -> None:
    """Start, serve until SIGTERM or SIGINT, then stop in order (answers in flight finish)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError, RuntimeError):  # no signals on some platforms
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        loop.add_signal_handler(signal.SIGHUP, reload_content, bot_app, settings)
    async with bot_app:  # initialize (getMe) ... shutdown
        await on_start_up(bot_app)
        servers = []
        if mode == "webhook":
            await bot_app.bot.set_webhook(
                settings.webhook_url or "",
                secret_token=settings.webhook_secret,
                allowed_updates=ALLOWED_UPDATES,
            )
            app = webhook_app(bot_app, settings.webhook_secret or "")
            servers.append(listen(app, settings.webhook_listen, settings.port))
        elif bot_app.updater is not None:
            await bot_app.updater.start_polling(
                allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False
            )
        if settings.metrics_port:
            servers.append(
                listen(ops_app(bot_app), settings.webhook_listen, settings.metrics_port)
            )
        await bot_app.start()
        log.info("serving (%s)", mode)
        await stop.wait()
        for server in servers:
            server.stop()
        if bot_app.updater is not None and bot_app.updater.running:
            await bot_app.updater.stop()
        await bot_app.stop()
