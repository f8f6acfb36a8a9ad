"""Would these examples help? The totals of some labelled sets with and without candidate
examples, over several training seeds.

Run: python -m tests.matching.compare DIR [DIR ...] [--seeds 1,2,3] [--sets validation]

Each DIR holds `<lang>.yaml` files in the test sets' shape (`- {text: ..., target: ...}`, an
emergency with its `danger:` kind, `target: null` for nothing); they are added to the
content's examples in memory, nothing is written. One training run says little: the models
learn one example at a time in a shuffled order, and the same examples in another order
miss a different emergency or two, so each figure is the mean over the seeds, each seed's
own beside it. `--sets` is `validation` (blind13 ... blind17: each measured before, totals
only), `tuning` (dev ... dev4 and tuned) or set names separated by commas. A set not
measured yet cannot be used: its first measurement is for a change already chosen.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from bot.content.model import EMERGENCY, NOTHING, Content
from bot.content.targets import DANGER, Target
from bot.understand.text import normalise
from tests.matching.evaluate import (
    ROOT,
    SETS,
    TUNING,
    UNMEASURED,
    VALIDATION,
    Case,
    Tally,
    case_of,
    evaluate,
    items_of,
    load_cases,
    taught,
)

GROUPS = {"validation": VALIDATION, "tuning": TUNING}


def example_target(case: Case) -> Target:
    """Where a labelled message goes among the examples: an emergency under its kind."""
    if case.expect == EMERGENCY:
        return Target(DANGER, case.danger or "violence")
    return NOTHING if case.expect is None else case.expect


def written_in(item: dict[str, object], lang: str, languages: set[str]) -> str:
    """The language a labelled message is written in, when the bot speaks it (`written: ar`,
    `fa-Latn` -> fa); else that of its set's file."""
    code = str(item.get("written") or "").removesuffix("-Latn")
    return code if code in languages else lang


def cases_by_language(folder: Path, languages: set[str]) -> list[tuple[str, Case]]:
    """(language to file it under, case) for every message of a set, in order."""
    return [
        (written_in(item, path.stem, languages), case_of(path.stem, item))
        for path in sorted(folder.glob("*.yaml"))
        for item in items_of(path)
    ]


def new_examples(content: Content, folders: Sequence[Path]) -> dict[str, dict[Target, list[str]]]:
    """Per language and target, the messages of the folders as they could be added to the
    examples: not one the language's examples or keywords already hold as the matcher sees
    them (normalised), nor one twice; `validate` refuses a phrase under two targets, and
    one held twice teaches nothing more."""
    languages = set(content.locales)
    held = {lang: taught(content, lang) for lang in languages}
    added: dict[str, dict[Target, list[str]]] = defaultdict(lambda: defaultdict(list))
    for folder in folders:
        for lang, case in cases_by_language(folder, languages):
            key = normalise(case.text)
            seen = held.setdefault(lang, set())
            if not key or key in seen:
                continue
            seen.add(key)
            added[lang][example_target(case)].append(case.text)
    return added


def with_examples(content: Content, folders: Sequence[Path]) -> tuple[Content, int]:
    """The content with the messages of the folders added to its examples (in memory), as
    `new_examples` (and `python -m tests.matching.adopt`) would add them to the files. A
    figure measured with messages that could not be kept is for nothing (2026-12-03: a batch
    with 96 held already read 4.00 emergencies missed in memory at danger 0.24, 5.67 once
    merged)."""
    examples = {lang: dict(table) for lang, table in content.examples.items()}
    new = new_examples(content, folders)
    for lang, targets in new.items():
        table = examples.setdefault(lang, {})
        for target, texts in targets.items():
            table[target] = (*table.get(target, ()), *texts)
    added = sum(len(texts) for targets in new.values() for texts in targets.values())
    return dataclasses.replace(content, examples=examples), added


def totals(content: Content, cases: list[Case], seed: int) -> Tally:
    from bot.understand.understand import Understanding

    return evaluate(Understanding(content, seed=seed), cases)["all"]


def summary(name: str, runs: list[Tally]) -> str:
    n = len(runs)
    top1 = sum(t.accuracy for t in runs) / n
    missed = sum(t.emergencies - t.emergencies_found for t in runs) / n
    alarms = sum(t.false_alarms for t in runs) / n
    each = ", ".join(
        f"{t.accuracy:.2%} {t.emergencies - t.emergencies_found} {t.false_alarms}" for t in runs
    )
    total = runs[0]
    return (
        f"{name:10} top-1 {top1:6.2%}  missed {missed:5.2f} of {total.emergencies}  "
        f"false alarms {alarms:6.1f} of {total.non_emergencies}   (each seed: {each})"
    )


def main() -> None:
    from bot.content.validated import validated_content

    parser = argparse.ArgumentParser(prog="python -m tests.matching.compare")
    parser.add_argument("folders", nargs="+", type=Path, help="folders of candidate examples")
    parser.add_argument("--seeds", default="1,2,3", help="training seeds, separated by commas")
    parser.add_argument("--sets", default="validation", help="validation, tuning or names")
    args = parser.parse_args()
    names = GROUPS.get(args.sets) or tuple(args.sets.split(","))
    unknown = [name for name in names if name not in SETS]
    if unknown:
        parser.error(f"unknown set {', '.join(unknown)}: choose from {', '.join(SETS)}")
    if spent := [name for name in names if name in UNMEASURED]:
        parser.error(f"{', '.join(spent)} not measured yet: its first look is for a change chosen")
    for folder in args.folders:
        if not sorted(folder.glob("*.yaml")):
            parser.error(f"{folder}: no <lang>.yaml files")
    seeds = [int(seed) for seed in args.seeds.split(",")]
    content = validated_content(ROOT)
    candidate, added = with_examples(content, args.folders)
    cases = [case for name in names for case in load_cases(name)]
    print(f"sets: {', '.join(names)} ({len(cases)} messages); {added} candidate examples")
    print(summary("now", [totals(content, cases, seed) for seed in seeds]))
    print(summary("with them", [totals(candidate, cases, seed) for seed in seeds]))


if __name__ == "__main__":
    main()
