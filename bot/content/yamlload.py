"""YAML loading that keeps line numbers, rejects duplicate keys and keeps scalars as text."""

from __future__ import annotations

import io
import pickle
from pathlib import Path
from typing import Any

import yaml

from bot import cache


class Node(dict):  # type: ignore[type-arg]
    """A mapping that remembers the line it started on (and the line of each key)."""

    line: int
    key_lines: dict[str, int]


class Seq(list):  # type: ignore[type-arg]
    """A list that remembers the line it started on (and the line of each item)."""

    line: int
    item_lines: list[int]


class Quoted(str):
    """A scalar written in quotes: text on purpose, never a number."""


class YamlError(Exception):
    """A YAML file could not be read; carries the line."""

    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        super().__init__(message)


class _Loader(yaml.SafeLoader):
    """SafeLoader where every scalar stays a string.

    PyYAML would turn `17:00` into 1020, `no` into False and `0700` into 448;
    content must never change meaning like that, so types are decided by the model.
    """


def _scalar(loader: _Loader, node: yaml.ScalarNode) -> Any:
    value = loader.construct_scalar(node)
    # A plain scalar has style None from PyYAML's parser and "" from libyaml's.
    if not node.style and value in ("", "~", "null", "Null", "NULL"):
        return None
    return Quoted(value) if node.style in ("'", '"') else value


def _mapping(loader: _Loader, node: yaml.MappingNode) -> Node:
    result = Node()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise YamlError(key_node.start_mark.line + 1, f"key {key!r} is not text")
        if key in result:
            raise YamlError(key_node.start_mark.line + 1, f"duplicate key '{key}'")
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _sequence(loader: _Loader, node: yaml.SequenceNode) -> Seq:
    result = Seq(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _prepare(loader: type[yaml.SafeLoader] | type[yaml.CSafeLoader]) -> None:
    # Every implicit resolver is dropped so no scalar is typed behind our back.
    loader.yaml_implicit_resolvers = {}
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG, _scalar)
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


_prepare(_Loader)
_FAST: type[yaml.CSafeLoader] | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _FastLoader(yaml.CSafeLoader):
        """_Loader on libyaml's parser: the same values and lines, ten times faster."""

    _prepare(_FastLoader)
    _FAST = _FastLoader


class _TreeUnpickler(pickle.Unpickler):
    """Builds only this module's mappings, lists and quoted text: a tampered cache file can
    never run code."""

    def find_class(self, module: str, name: str) -> type:
        if module == __name__ and name in ("Node", "Seq", "Quoted"):
            found: type = globals()[name]
            return found
        raise pickle.UnpicklingError(f"not a YAML tree: {module}.{name}")


# A YAML file's tree depends on its text, on the bot's code and on PyYAML.
_MADE_BY = (
    f"pyyaml {yaml.__version__} libyaml {_FAST is not None} pickle {pickle.HIGHEST_PROTOCOL}"
)


def _parse(text: str) -> Any:
    """The tree of a YAML file's text: parsed, or read back from bot.cache (content only)."""
    name = cache.name_for("yaml", cache.bot_code(), _MADE_BY, text) + ".pickle"
    return cache.kept(name, lambda: _parsed(text), _dump, _load)


def _dump(tree: Any) -> bytes:
    return pickle.dumps(tree, protocol=pickle.HIGHEST_PROTOCOL)


def _load(data: bytes) -> Any:
    try:
        tree = _TreeUnpickler(io.BytesIO(data)).load()
    except Exception:  # foreign, whatever it raises: parsed again
        return None
    return tree if isinstance(tree, Node | Seq | str) else None


def _parsed(text: str) -> Any:
    if _FAST is not None:
        try:
            return yaml.load(text, Loader=_FAST)  # noqa: S506 - a SafeLoader
        except yaml.YAMLError:
            pass  # parsed again below: PyYAML's own parser says more about what is wrong
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; raise YamlError with the line on any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise YamlError(None, f"cannot read: {exc}") from exc
    try:
        return _parse(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise YamlError(line, f"YAML does not parse: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise YamlError(None, f"YAML does not parse: {exc}") from exc


def line_of(value: Any, key: str | int | None = None) -> int | None:
    """The line of a mapping or list (or of one of its keys, or items), when known."""
    if isinstance(value, Node) and isinstance(key, str) and key in value.key_lines:
        return value.key_lines[key]
    if isinstance(value, Seq) and isinstance(key, int) and 0 <= key < len(value.item_lines):
        return value.item_lines[key]
    return getattr(value, "line", None)
