"""Fluent files parsed once: in memory per text, and on disk between starts.

Parsing the 80 message files is most of the bot's start-up; reading back their syntax
trees takes a quarter of that. A tree on disk is read with an unpickler that builds only
Fluent syntax nodes, so a tampered cache file can never run code.
"""

from __future__ import annotations

import io
import pickle
from functools import lru_cache
from importlib.metadata import version

from fluent.syntax import FluentParser, ast

from bot import cache

# A new fluent.syntax may shape its trees differently, and a new pickle protocol write them
# differently: both are part of the name.
MADE_BY = f"fluent.syntax {version('fluent.syntax')}, pickle {pickle.HIGHEST_PROTOCOL}"


class _TreeUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> type:
        found = getattr(ast, name, None) if module == ast.__name__ else None
        if not (isinstance(found, type) and issubclass(found, ast.BaseNode)):
            raise pickle.UnpicklingError(f"not a Fluent syntax node: {module}.{name}")
        return found


@lru_cache(maxsize=1024)
def parse(text: str, *, spans: bool = True) -> ast.Resource:
    """The syntax tree of a Fluent file's text: with spans for validation's line numbers,
    without for the messages served (read back four times faster, and smaller)."""
    name = cache.name_for("fluent", MADE_BY, f"spans {spans}", text) + ".pickle"
    return cache.kept(name, lambda: FluentParser(with_spans=spans).parse(text), _dump, _load)


def _dump(tree: ast.Resource) -> bytes:
    return pickle.dumps(tree, protocol=pickle.HIGHEST_PROTOCOL)


def _load(data: bytes) -> ast.Resource | None:
    try:
        tree = _TreeUnpickler(io.BytesIO(data)).load()
    except Exception:  # foreign, whatever it raises: parsed again
        return None
    return tree if isinstance(tree, ast.Resource) else None
