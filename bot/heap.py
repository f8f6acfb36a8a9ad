"""What lives as long as the process (content, model, messages) is kept out of the garbage
collector's scans.

A full collection walks every object the bot loaded at start: 0.15 s of CPU, during which
no turn is served, and the last ones when the process ends took 0.4 s on each exit
(`python -m bot run`, `match`, `chat`). Frozen objects are still freed as soon as nothing
refers to them; only cycles among them wait until `loosen`, which a content reload calls
before it lets the old content go.

While the bot loads (`paused`), the collector does not run at all: loading makes tens of
thousands of objects that all live on (syntax trees, Babel's data, the model's tables), so
each scan it would trigger finds nothing to free; those scans were a fifth of a start.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def paused(load: Callable[P, R]) -> Callable[P, R]:
    """`load` runs without garbage collections (what it makes lives on); a nested call
    leaves them paused, the outermost restores them as they were."""

    @functools.wraps(load)
    def without_collections(*args: P.args, **kwargs: P.kwargs) -> R:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return load(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return without_collections


def settle(*, collect: bool = False) -> None:
    """Exempt everything alive now from later scans (after collecting the garbage, if asked:
    at start there is next to none)."""
    if collect:
        gc.collect()
    gc.freeze()


def loosen() -> None:
    """Make what `settle` exempted collectable again (before replacing long-lived parts)."""
    gc.unfreeze()
