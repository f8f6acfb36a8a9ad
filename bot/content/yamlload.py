"""YAML loading that keeps line numbers, rejects duplicate keys and keeps scalars as text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class Node(dict):  # type: ignore[type-arg]
    """A mapping that remembers the line it started on (and the line of each key)."""

    line: int
    key_lines: dict[str, int]


class Seq(list):  # type: ignore[type-arg]
    """A list that remembers the line it started on."""

    line: int


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
    if node.style is None and value in ("", "~", "null", "Null", "NULL"):
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
    return result


# Every implicit resolver is dropped so no scalar is typed behind our back.
_Loader.yaml_implicit_resolvers = {}
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG, _scalar)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; raise YamlError with the line on any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise YamlError(None, f"cannot read: {exc}") from exc
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise YamlError(line, f"YAML does not parse: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise YamlError(None, f"YAML does not parse: {exc}") from exc


def line_of(value: Any, key: str | None = None) -> int | None:
    """The line of a mapping (or of one of its keys), when known."""
    if isinstance(value, Node) and key is not None and key in value.key_lines:
        return value.key_lines[key]
    return getattr(value, "line", None)
