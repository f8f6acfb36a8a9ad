"""The test suite.

Compiled bytecode is kept (in `__pycache__/`, which git ignores) even where the shell sets
PYTHONDONTWRITEBYTECODE, as this machine does: otherwise every xdist worker
rewrites and compiles the test modules again (about 2 s of CPU each) and every bot process
the tests start compiles the bot again. Set here, before the workers and bot processes are
started, so that they inherit it.

Temporary folders (some 150 copies of the content a run, the bots' states) are made in
memory (/dev/shm) where it has room, unless PYTEST_DEBUG_TEMPROOT or --basetemp says
where: on this machine's disk, making those files took two to six times the system time.
"""

import os
import sys

MEMORY = "/dev/shm"  # noqa: S108 - a tmpfs, for pytest's numbered per-user folders
ROOM = 2 << 30  # bytes free in it, at least


def roomy(folder: str) -> bool:
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return os.access(folder, os.W_OK) and stats.f_bavail * stats.f_frsize >= ROOM


os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False
if "PYTEST_DEBUG_TEMPROOT" not in os.environ and roomy(MEMORY):
    os.environ["PYTEST_DEBUG_TEMPROOT"] = MEMORY
