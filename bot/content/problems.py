"""A content problem as a value: file, line, stable code, message."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or worth a warning) in the content."""

    path: str
    line: int | None
    code: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        kind = "warning " if self.warning else ""
        return f"{where}: {kind}{self.code} {self.message}"


@dataclass(slots=True)
class Report:
    """Collects problems from every check; the first one does not stop the rest."""

    problems: list[Problem] = field(default_factory=list)

    def error(self, path: str, line: int | None, code: str, message: str) -> None:
        self.problems.append(Problem(path, line, code, message))

    def warn(self, path: str, line: int | None, code: str, message: str) -> None:
        self.problems.append(Problem(path, line, code, message, warning=True))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]
