"""What lives as long as the process (content, model, messages) is kept out of the garbage
collector's scans.

A full collection walks every object the bot loaded at start: 0.15 s of CPU, during which
no turn is served, and the last ones when the process ends took 0.4 s on each exit
(`python -m bot run`, `match`, `chat`). Frozen objects are still freed as soon as nothing
refers to them; only cycles among them wait until `loosen`, which a content reload calls
before it lets the old content go.
"""

from __future__ import annotations

import gc


def settle(*, collect: bool = False) -> None:
    """Exempt everything alive now from later scans (after collecting the garbage, if asked:
    at start there is next to none)."""
    if collect:
        gc.collect()
    gc.freeze()


def loosen() -> None:
    """Make what `settle` exempted collectable again (before replacing long-lived parts)."""
    gc.unfreeze()
