"""The test suite.

Compiled bytecode is kept (in `__pycache__/`, which git ignores) even where the shell sets
PYTHONDONTWRITEBYTECODE, as this machine does: otherwise every xdist worker
rewrites and compiles the test modules again (about 2 s of CPU each) and every bot process
the tests start compiles the bot again. Set here, before the workers and bot processes are
started, so that they inherit it.
"""

import os
import sys

os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False
