"""Prometheus metrics: counts and timings of the whole service, never of a user or a text.

No label carries a user, a chat, a screen or a message: only kinds from fixed short lists.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

CONTENT_FOLDERS = ("flows", "locales", "data")
UPDATE_KINDS = (
    "text",
    "command",
    "button",
    "caption",
    "location",
    "other",
    "group",
    "unreadable",
)
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0)


def content_version(root: Path) -> str:
    """A short hash of every content file, to tell which content a replica serves."""
    digest = hashlib.sha256()
    for folder in CONTENT_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


class Metrics:
    """One registry per process; the Telegram channel counts into it."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.updates = Counter(
            "wegwijs_updates", "Updates received, by kind", ["kind"], registry=r
        )
        self.replies = Counter(
            "wegwijs_replies", "Turns answered, by urgency", ["urgency"], registry=r
        )
        self.latency = Histogram(
            "wegwijs_reply_seconds",
            "From receiving an update to its answer being sent, by urgency",
            ["urgency"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.retries = Counter("wegwijs_send_retries", "Sends tried again", registry=r)
        self.too_many = Counter(
            "wegwijs_send_429", "Sends refused by Telegram with 429", registry=r
        )
        self.failures = Counter(
            "wegwijs_send_failures", "Sends given up after retries", registry=r
        )
        self.flood = Counter(
            "wegwijs_flood_slowed", "Updates of a flooding user not answered", registry=r
        )
        self.replayed = Counter(
            "wegwijs_replayed",
            "Updates answered after a restart or for a dead replica",
            registry=r,
        )
        self.queue = Gauge("wegwijs_send_queue", "Messages waiting for a send slot", registry=r)
        self.pending = Gauge(
            "wegwijs_pending_updates", "Updates received, not yet answered", registry=r
        )
        self.content = Gauge(
            "wegwijs_content", "The content served (1), by version", ["version"], registry=r
        )
        for kind in UPDATE_KINDS:
            self.updates.labels(kind)
        for urgency in ("emergency", "ordinary"):
            self.replies.labels(urgency)
            self.latency.labels(urgency)

    def watch(self, queue: Callable[[], float], pending: Callable[[], float]) -> None:
        self.queue.set_function(queue)
        self.pending.set_function(pending)

    def serving(self, root: Path) -> None:
        self.content.clear()
        self.content.labels(content_version(root)).set(1)

    def answered(self, urgent: bool, seconds: float) -> None:
        urgency = "emergency" if urgent else "ordinary"
        self.replies.labels(urgency).inc()
        self.latency.labels(urgency).observe(seconds)

    def text(self) -> bytes:
        return generate_latest(self.registry)
