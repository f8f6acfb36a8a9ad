"""Make labelled sets examples: their messages go under their targets in
locales/<code>/examples.yaml, once a set no longer says how new messages fare (measured
and used to choose too often) but still teaches.

Run: python -m tests.matching.adopt NAME [NAME ...] (sets of tests/matching, or folders)

A message goes to the file of the language it is written in (`written: ar`, `fa-Latn` -> fa),
else of its set's file; an emergency under its `danger:<kind>`, "nothing" under `none`.
Skipped (compare.new_examples, which compare.with_examples adds in memory): a message its
language's examples or keywords already hold as the matcher sees it (normalised), or one
held twice. New lines go at the end of their target's list, in the file's own style (one
double-quoted line each); a target the file lacks gets a list at its end. Nothing else in
the file changes.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from bot.content.targets import Target
from tests.matching.compare import new_examples
from tests.matching.evaluate import HERE, ROOT


def with_lines(text: str, new: dict[Target, list[str]]) -> str:
    """An examples file's text with new examples at the end of their targets' lists."""
    lines = text.splitlines()
    starts = {
        line.removesuffix(":"): n
        for n, line in enumerate(lines)
        if line and not line.startswith((" ", "#")) and line.endswith(":")
    }
    order = sorted(starts.values())
    ends = {
        key: next((s for s in order if s > start), len(lines)) for key, start in starts.items()
    }
    inserts: dict[int, list[str]] = defaultdict(list)
    tail: list[str] = []
    for target, texts in new.items():
        quoted = [f"  - {json.dumps(text, ensure_ascii=False)}" for text in texts]
        key = str(target)
        if key in ends:
            end = ends[key]
            while end > starts[key] + 1 and not lines[end - 1].strip():
                end -= 1  # before the blank lines that close the list
            inserts[end] += quoted
        else:
            tail += [f"{key}:", *quoted]
    out: list[str] = []
    for n, line in enumerate(lines):
        out += inserts.get(n, [])
        out.append(line)
    out += inserts.get(len(lines), [])
    return "\n".join([*out, *tail]) + "\n"


def main() -> None:
    from bot.content.validated import validated_content

    parser = argparse.ArgumentParser(prog="python -m tests.matching.adopt")
    parser.add_argument("sets", nargs="+", help="set names (blind13) or folders")
    args = parser.parse_args()
    folders = [Path(name) if Path(name).is_dir() else HERE / name for name in args.sets]
    content = validated_content(ROOT)
    added = new_examples(content, folders)
    for lang, new in sorted(added.items()):
        path = ROOT / "locales" / lang / "examples.yaml"
        path.write_text(with_lines(path.read_text(encoding="utf-8"), new), encoding="utf-8")
        print(f"{lang}: {sum(map(len, new.values()))} examples")
    print(f"{sum(sum(map(len, new.values())) for new in added.values())} in all")


if __name__ == "__main__":
    main()
