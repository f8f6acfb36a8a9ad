"""Files made from the content (trained models, parsed files, normal forms of its phrases),
kept between starts.

Each is named by a hash of what it was made from, so an edited file is never read stale,
and is written beside and renamed, so a process starting meanwhile never reads half of one.
Only content is ever here, nothing of a user. BOT_CACHE_DIR chooses the folder.

Every edit of the content makes new files; the old ones would pile up (a trained model is
megabytes). A file is marked used (its time) each time it is read; once a start has read
and written all it needs (bot.app.build_parts), files unused for KEEP_DAYS go.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
KEEP_DAYS = 30  # a cache file unused this long is deleted after a start
T = TypeVar("T")


def cache_dir() -> Path:
    base = os.environ.get("BOT_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    folder = Path(base) if base else Path.home() / ".cache"
    return folder / "wegwijs"


@lru_cache(maxsize=1)
def bot_code() -> str:
    """A hash of the bot's own code: what one version made from the content, the next
    never reads (a parser, a check or a normal form may have changed anywhere in it)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(f"{path.relative_to(package).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def name_for(kind: str, *parts: str) -> str:
    """A cache file's name: its kind and a hash of what it is made from."""
    digest = hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]
    return f"{kind}-{digest}"


def read(name: str) -> bytes | None:
    path = cache_dir() / name
    try:
        data = path.read_bytes()
    except OSError:
        return None
    used(path)
    return data


def used(path: Path) -> None:
    """Mark a cache file as used now, so that pruning keeps it."""
    with contextlib.suppress(OSError):  # a read-only cache is still a cache
        os.utime(path)


def prune(keep_days: float = KEEP_DAYS) -> int:
    """Delete the cache files unused for `keep_days`; returns how many went."""
    cutoff = time.time() - keep_days * 86400
    gone = 0
    for path in cache_dir().glob("*"):
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                gone += 1
        except OSError:
            continue  # another process pruned it first, or it is not ours to delete
    return gone


_UNWRITABLE: set[Path] = set()  # cache folders this process found it cannot write


def write(name: str, save: Callable[[Path], object]) -> None:
    """Write a cache file with `save(path)`; a folder that cannot be written only costs time
    (and is said once: a start keeps some 150 files)."""
    folder = cache_dir()
    if folder in _UNWRITABLE:
        return
    path = folder / name
    writer = f"{os.getpid()}-{threading.get_ident()}"  # two threads may make one file
    partial = path.with_name(f"{path.name}.{writer}.partial{path.suffix}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        save(partial)
        partial.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):  # not there, or not even its folder is
            partial.unlink()
        if isinstance(exc, PermissionError | NotADirectoryError) or exc.errno == errno.EROFS:
            _UNWRITABLE.add(folder)  # it will not get better: stop trying
            log.info("cache not writable; what it would hold is made again at each start")
        else:  # a full disk, say: the next write may work
            log.info("cache file not written: %s", type(exc).__name__)


def kept(
    name: str, make: Callable[[], T], dump: Callable[[T], bytes], load: Callable[[bytes], T | None]
) -> T:
    """What cache file `name` holds, read with `load`; else (none, or `load` gives None for
    a damaged or foreign file) `make()` it and keep it with `dump`."""
    stored = read(name)
    body = unsealed(stored) if stored is not None else None
    found = load(body) if body is not None else None
    if found is not None:
        return found
    made = make()
    if cache_dir() not in _UNWRITABLE:
        data = dump(made)
        write(name, lambda partial: partial.write_bytes(sealed(data)))
    return made


def sealed(data: bytes) -> bytes:
    """What `kept` writes: the data after its SHA-256."""
    return hashlib.sha256(data).digest() + data


def unsealed(stored: bytes) -> bytes | None:
    """The data of a file `kept` wrote, if it is whole: a damaged one (a flipped byte, a
    cut) is never read, however it would parse."""
    digest, body = stored[:32], stored[32:]
    return body if len(digest) == 32 and hashlib.sha256(body).digest() == digest else None
