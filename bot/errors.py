"""The project's exception hierarchy."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.content.problems import Problem


class WegwijsError(Exception):
    """Root of every error this package raises on purpose."""


class ConfigError(WegwijsError):
    """A setting from the environment or the command line is missing or wrong."""


class ContentError(WegwijsError):
    """Content (flows, locales, data) failed validation."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
