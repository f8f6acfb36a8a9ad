"""Files made from the content (a trained model, parsed messages), kept between starts.

Each is named by a hash of what it was made from, so an edited file is never read stale,
and is written beside and renamed, so a process starting meanwhile never reads half of one.
Only content is ever here, nothing of a user. BOT_CACHE_DIR chooses the folder.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    base = os.environ.get("BOT_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    folder = Path(base) if base else Path.home() / ".cache"
    return folder / "wegwijs"


def name_for(kind: str, *parts: str) -> str:
    """A cache file's name: its kind and a hash of what it is made from."""
    digest = hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]
    return f"{kind}-{digest}"


def read(name: str) -> bytes | None:
    try:
        return (cache_dir() / name).read_bytes()
    except OSError:
        return None


def write(name: str, save: Callable[[Path], object]) -> None:
    """Write a cache file with `save(path)`; a folder that cannot be written only costs time."""
    path = cache_dir() / name
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial{path.suffix}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        save(partial)
        partial.replace(path)
    except OSError:
        partial.unlink(missing_ok=True)
        log.info("cache not writable; what it would hold is made again at each start")
