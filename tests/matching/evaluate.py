"""Measure the matcher on the labelled set: prints a table per language and overall.

Run: python -m tests.matching.evaluate
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.content.checks import validated_content
from bot.content.model import EMERGENCY
from bot.matcher import FuzzyMatcher

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled message."""

    lang: str
    text: str
    expect: str | None
    hard: bool


@dataclass(slots=True)
class Tally:
    """Counts for one language (or all)."""

    total: int = 0
    correct: int = 0
    emergencies: int = 0
    emergencies_found: int = 0
    non_emergencies: int = 0
    false_alarms: int = 0
    nothing_predicted: int = 0
    nothing_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, case: Case, got: str | None) -> None:
        self.total += 1
        self.correct += got == case.expect
        if case.expect == EMERGENCY:
            self.emergencies += 1
            self.emergencies_found += got == EMERGENCY
        else:
            self.non_emergencies += 1
            self.false_alarms += got == EMERGENCY
        if got is None:
            self.nothing_predicted += 1
            self.nothing_right += case.expect is None
        if got != case.expect:
            self.misses.append(f"{case.lang}: {case.text!r} -> {got} (expected {case.expect})")

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    @property
    def recall(self) -> float:
        return self.emergencies_found / self.emergencies if self.emergencies else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.non_emergencies if self.non_emergencies else 0.0

    @property
    def nothing_precision(self) -> float:
        return self.nothing_right / self.nothing_predicted if self.nothing_predicted else 1.0


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(HERE.glob("eval_*.yaml")):
        lang = path.stem.removeprefix("eval_")
        for row in yaml.safe_load(path.read_text(encoding="utf-8")):
            cases.append(Case(lang, str(row["text"]), row.get("expect"), bool(row.get("hard"))))
    return cases


def decide(matcher: FuzzyMatcher, text: str, lang: str) -> str | None:
    """What the bot would open: a confident target or a command; else nothing."""
    found = matcher.match(text, lang)
    return found.target if found.confident else None


def evaluate(matcher: FuzzyMatcher, cases: list[Case]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for case in cases:
        got = decide(matcher, case.text, case.lang)
        tallies[case.lang].add(case, got)
        tallies["all"].add(case, got)
    return dict(tallies)


def table(tallies: dict[str, Tally]) -> str:
    lines = [f"{'lang':6}{'n':>5}{'top-1':>8}{'emerg. recall':>15}{'false alarms':>14}{'nothing prec.':>15}"]  # fmt: skip
    for lang in sorted(tallies, key=lambda k: (k == "all", k)):
        t = tallies[lang]
        lines.append(f"{lang:6}{t.total:>5}{t.accuracy:>8.1%}{t.recall:>15.1%}{t.false_alarm_rate:>14.1%}{t.nothing_precision:>15.1%}")  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    tallies = evaluate(FuzzyMatcher(validated_content(ROOT)), load_cases())
    print(table(tallies))
    print("\nmisses:")
    for miss in tallies["all"].misses:
        print("  " + miss)


if __name__ == "__main__":
    main()
