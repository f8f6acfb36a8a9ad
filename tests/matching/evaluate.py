"""Measure how typed text is understood: a table per language and overall.

Run: python -m tests.matching.evaluate [--set NAME] [--misses], NAME one of the sets below
(blind18 ... blind24, dev ... dev4, tuned; blind23, the newest measured, when none is named).
A set not measured yet needs --first-look; a blind set's misses are not listed.

- The first seven blind sets (4,905 messages written the same way on 2026-12-01 and 02,
  each measured and then looked at too often to stay unseen) are examples since the fifth
  session of 2026-12-02: their messages are in locales/*/examples.yaml, and git keeps them
  as they were (tests/matching/blind ... blind7 at commit 458806d).
- The eighth to twelfth blind sets (4,736 messages written the same way on 2026-12-02 and
  03, each measured once unseen, then a validation set on whose totals examples and
  thresholds were chosen) are examples since the eleventh session (2026-12-04): their
  messages are in locales/*/examples.yaml (`python -m tests.matching.adopt`), and git keeps
  them as they were (tests/matching/blind8 ... blind12 at commit 76844d3); their first
  measurements stay in the README.
- The thirteenth to seventeenth blind sets (5,120 messages written the same way on 2026-12-03,
  each measured once unseen, then a validation set) are examples since the twelfth session
  (2026-12-06), adopted the same way; git keeps them as they were (tests/matching/blind13 ...
  blind17 at commit 8798beb); their first measurements stay in the README.
- `blind18` (tests/matching/blind18/): 1,024 messages written the same way on 2026-12-04
  (tenth session) by eight more helpers from the brief beside them (the seventeenth's, other
  people to imagine), before blind17 was measured; first measured on 2026-12-04 (eleventh
  session) after calm words (locales/*/calm.yaml) came to rule out danger the models are
  unsure of, chosen on the validation and tuning sets (README). Never look at its misses.
- `blind19` (tests/matching/blind19/): 1,024 messages written the same way on 2026-12-04
  (eleventh session) by eight more helpers from the brief beside them (the eighteenth's,
  other people to imagine), before blind18 was measured; first measured on 2026-12-04
  (eleventh session) after the eighth to twelfth sets became examples and danger went to
  0.20, chosen on the validation sets left and the tuning sets (README). Never look at its
  misses.
- `blind20` (tests/matching/blind20/): 1,024 messages written the same way the same day by
  eight more helpers from the same brief (other people to imagine), while calm words of a
  fifth kind were tried (not kept); first measured on 2026-12-04 (eleventh session) after 954
  examples more (ex25) and danger 0.22, chosen on the validation and tuning sets (README).
  Never look at its misses.
- `blind21` (tests/matching/blind21/): 1,024 messages written the same way the same day by
  eight more helpers from the same brief (other people to imagine), after blind19 was
  measured; first measured on 2026-12-04 (eleventh session) after 954 examples more (ex26)
  and danger 0.20, chosen on the validation and tuning sets (README). Never look at its
  misses.
- `blind22` (tests/matching/blind22/): 1,024 messages written the same way the same day by
  eight more helpers from the same brief (other people to imagine), while ex26 was measured;
  first measured on 2026-12-06 (twelfth session) after 4,696 examples more (ex27, ex28 and
  the thirteenth to fifteenth sets), chosen on the validation and tuning sets (README). Never
  look at its misses.
- `blind23` (tests/matching/blind23/): 1,024 messages written the same way on 2026-12-06
  (twelfth session) by eight more helpers from the same brief (other people to imagine),
  before blind22 was measured; first measured the same day after the sixteenth and
  seventeenth sets became examples too, chosen on the validation and tuning sets (README).
  Never look at its misses.
- `blind24` (tests/matching/blind24/): 1,024 messages written the same way the same day by
  eight more helpers from the same brief (other people to imagine), after blind22 was
  measured; not measured yet: it is for the next change.
- Since the sixth session (2026-12-03) the blind sets measured before are the validation
  sets: a change of examples is chosen on their totals (never their misses) as well as on the
  tuning sets; only a set's first measurement is unseen. A set joins them after the next
  set's first measurement (blind17 to blind20 in the eleventh session, after blind18's to
  blind21's); blind13 ... blind20 then, blind18 ... blind22 since the twelfth session, when
  the five before them became examples and blind22 and blind23 were measured.
- `dev` (tests/matching/dev/): written the same way, and used to choose thresholds.
- `dev2` (tests/matching/dev2/): danger messages, 20 emergencies of every kind and 10 calm
  ones that sound alarming per language, written the same way on 2026-12-01 to study
  where danger is missed; used for tuning, so its figures say little about new messages.
- `dev3` (tests/matching/dev3/): 40 messages a language, written the same way on
  2026-12-01 (10 emergencies, 4 to match nothing, 26 other needs, half of them hard);
  measured once as written, then used for tuning.
- `dev4` (tests/matching/dev4/): the line between danger now and calm words that sound
  alarming, 16 emergencies (two of each kind) and 16 calm messages per language, written
  the same way on 2026-12-01; used for tuning.
- `tuned` (tests/matching/eval_*.yaml): the old set the keyword lists were tuned on.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml

from bot.content.model import EMERGENCY, Content
from bot.content.targets import Target
from bot.engine.events import Match

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SETS = (
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "tuned",
)
DEFAULT_SET = "blind23"  # the newest set measured
# Sets written for a change still to come: a first look spends them, so it must be asked for.
UNMEASURED = ("blind24",)
BLIND = tuple(name for name in SETS if name.startswith("blind"))  # their misses stay unread
VALIDATION = (
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
)  # measured before: examples chosen on them
TUNING = ("dev", "dev2", "dev3", "dev4", "tuned")  # thresholds chosen on them


class Matcher(Protocol):
    def match(self, text: str, lang: str) -> Match: ...


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled message: the user's screen language, the text, what it should open."""

    lang: str
    text: str
    expect: Target | None
    danger: str | None = None
    hard: bool = False


@dataclass(slots=True)
class Tally:
    """Counts for one language (or all)."""

    total: int = 0
    correct: int = 0
    emergencies: int = 0
    emergencies_found: int = 0
    kinds_right: int = 0
    non_emergencies: int = 0
    false_alarms: int = 0
    nothing_predicted: int = 0
    nothing_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, case: Case, got: Match) -> None:
        target = got.target if got.confident or got.target == EMERGENCY else None
        self.total += 1
        self.correct += target == case.expect
        if case.expect == EMERGENCY:
            self.emergencies += 1
            self.emergencies_found += target == EMERGENCY
            self.kinds_right += target == EMERGENCY and got.danger == case.danger
        else:
            self.non_emergencies += 1
            self.false_alarms += target == EMERGENCY
        if target is None:
            self.nothing_predicted += 1
            self.nothing_right += case.expect is None
        if target != case.expect:
            self.misses.append(f"{case.lang}: {case.text!r} -> {target} (expected {case.expect})")

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    @property
    def recall(self) -> float:
        return self.emergencies_found / self.emergencies if self.emergencies else 1.0

    @property
    def kind_accuracy(self) -> float:
        return self.kinds_right / self.emergencies_found if self.emergencies_found else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.non_emergencies if self.non_emergencies else 0.0

    @property
    def nothing_precision(self) -> float:
        return self.nothing_right / self.nothing_predicted if self.nothing_predicted else 1.0


# safe_load's rules on libyaml's parser (ten times faster) where PyYAML was built with it.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _target(written: object) -> Target | None:
    return None if written is None else Target.parse(str(written))


def load_cases(which: str = DEFAULT_SET) -> list[Case]:
    """The labelled messages of one set."""
    if which == "tuned":
        files = sorted(HERE.glob("eval_*.yaml"))
    else:
        files = sorted((HERE / which).glob("*.yaml"))
    cases = []
    for path in files:
        lang = path.stem.removeprefix("eval_")
        cases += [case_of(lang, item) for item in items_of(path)]
    return cases


def items_of(path: Path) -> list[dict[str, Any]]:
    """The labelled messages of one file, as written."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or []  # noqa: S506


def case_of(lang: str, item: dict[str, Any]) -> Case:
    """One labelled message of a file of language `lang`."""
    if "expect" in item:  # the old set's shape
        return Case(lang, str(item["text"]), _target(item["expect"]))
    return Case(
        lang,
        str(item["text"]),
        _target(item.get("target")),
        item.get("danger"),
        bool(item.get("hard")),
    )


def evaluate(matcher: Matcher, cases: list[Case]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for case in cases:
        got = matcher.match(case.text, case.lang)
        tallies[case.lang].add(case, got)
        tallies["all"].add(case, got)
    return dict(tallies)


def table(tallies: dict[str, Tally]) -> str:
    head = (
        f"{'lang':5} {'n':>5} {'top-1':>7} {'emerg. recall':>14} {'kind':>6} "
        f"{'false alarms':>13} {'nothing prec.':>14}"
    )
    rows = [head]
    for lang in sorted(tallies, key=lambda k: (k == "all", k)):
        t = tallies[lang]
        rows.append(
            f"{lang:5} {t.total:5d} {t.accuracy:7.1%} {t.recall:8.1%} "
            f"({t.emergencies_found}/{t.emergencies})"
            f" {t.kind_accuracy:6.1%} {t.false_alarm_rate:13.1%} {t.nothing_precision:14.1%}"
        )
    return "\n".join(rows)


def taught(content: Content, lang: str | None = None) -> set[str]:
    """Every example and keyword, as the matcher sees it (normalised): of one language, or
    of all when none is named."""
    from bot.understand.text import normalise

    return {
        normalise(text)
        for table in (content.examples, content.keywords)
        for code, words in table.items()
        if lang is None or code == lang
        for texts in words.values()
        for text in texts
    }


def unseen(content: Content, cases: list[Case]) -> list[Case]:
    """The cases that no example or keyword holds word for word."""
    from bot.understand.text import normalise

    held = taught(content)
    return [case for case in cases if normalise(case.text) not in held]


def main() -> None:
    from bot.content.validated import validated_content
    from bot.understand.understand import Understanding

    parser = argparse.ArgumentParser(prog="python -m tests.matching.evaluate")
    parser.add_argument("--set", choices=SETS, default=DEFAULT_SET)
    parser.add_argument(
        "--misses", action="store_true", help="also list every miss (tuning sets only)"
    )
    parser.add_argument(
        "--first-look",
        action="store_true",
        help="measure a set no change has been measured on yet "
        f"({', '.join(UNMEASURED) or 'none now'})",
    )
    parser.add_argument(
        "--unseen",
        action="store_true",
        help="only messages no example or keyword holds word for word",
    )
    args = parser.parse_args()
    if args.set in UNMEASURED and not args.first_look:
        parser.error(
            f"{args.set} has not been measured yet: its first measurement belongs to a change "
            "chosen on the tuning and validation sets. Add --first-look to spend it, and report "
            "that figure."
        )
    if args.misses and args.set in BLIND:
        parser.error(f"{args.set} is a blind set: its misses are not read (tuning sets only)")
    content = validated_content(ROOT)
    cases = load_cases(args.set)
    if args.unseen:
        cases = unseen(content, cases)
    tallies = evaluate(Understanding(content), cases)
    print(f"set: {args.set}{' (unseen only)' if args.unseen else ''}")
    print(table(tallies))
    if args.misses:
        print("\n".join(tallies["all"].misses))


if __name__ == "__main__":
    main()
