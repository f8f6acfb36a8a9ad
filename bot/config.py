"""The only reader of the environment: turns variables into frozen Settings."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.errors import ConfigError

PACKAGE_CONTENT = Path(__file__).resolve().parent / "content_files"
SOURCE_CONTENT = Path(__file__).resolve().parent.parent

REPLICA_TIMEOUT = 15  # seconds without a heartbeat before a replica's work is taken


def default_content_dir() -> Path:
    """The content shipped with the package (installed), else the source checkout."""
    return PACKAGE_CONTENT if (PACKAGE_CONTENT / "flows").is_dir() else SOURCE_CONTENT


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable, from the environment and the command line."""

    content_dir: Path
    state_path: Path
    secret: str | None
    log_level: str
    token: str | None = None
    api_base_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "0.0.0.0"  # noqa: S104 - a container listens on all interfaces
    port: int = 8080
    retention_days: int = 30
    log_format: str = "text"
    rate_limit: float = 30.0  # messages a second to Telegram overall; 0 = no limit
    state_url: str | None = None  # redis://... : state shared by replicas, instead of SQLite
    metrics_port: int = 0  # Prometheus metrics and /healthz on this port; 0 = off
    replica_timeout: int = REPLICA_TIMEOUT

    def require_token(self) -> str:
        if not self.token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set")
        return self.token


def load_settings(
    env: Mapping[str, str] | None = None,
    *,
    content: str | None = None,
    state: str | None = None,
) -> Settings:
    """Build Settings; command-line values win over the environment."""
    env = os.environ if env is None else env
    port = _whole_number(env, "PORT", "8080")
    retention = _whole_number(env, "BOT_RETENTION_DAYS", "30")
    log_format = env.get("LOG_FORMAT", "text").lower()
    if log_format not in ("text", "json"):
        raise ConfigError(f"LOG_FORMAT must be text or json, not {log_format!r}")
    return Settings(
        content_dir=Path(content or env.get("BOT_CONTENT_DIR") or default_content_dir()),
        state_path=Path(state or env.get("BOT_STATE_DB") or "bot-state.sqlite3"),
        secret=env.get("BOT_SECRET") or None,
        log_level=_log_level(env),
        token=env.get("TELEGRAM_BOT_TOKEN") or None,
        api_base_url=env.get("TELEGRAM_API_BASE_URL") or None,
        webhook_url=env.get("WEBHOOK_URL") or None,
        webhook_secret=env.get("WEBHOOK_SECRET") or None,
        webhook_listen=env.get("WEBHOOK_LISTEN", "0.0.0.0"),  # noqa: S104
        port=port,
        retention_days=max(1, retention),
        rate_limit=float(_whole_number(env, "TELEGRAM_RATE_LIMIT", "30")),
        log_format=log_format,
        state_url=env.get("BOT_STATE_URL") or None,
        metrics_port=_whole_number(env, "METRICS_PORT", "0"),
        replica_timeout=max(3, _whole_number(env, "BOT_REPLICA_TIMEOUT", str(REPLICA_TIMEOUT))),
    )


def _whole_number(env: Mapping[str, str], name: str, default: str) -> int:
    raw = env.get(name, default).strip()
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}")
    return int(raw)


def _log_level(env: Mapping[str, str]) -> str:
    level = env.get("LOG_LEVEL", "WARNING").strip().upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise ConfigError(
            f"LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, not {level!r}"
        )
    return level
