"""Command line: `python -m bot chat|run|webhook|validate|match|languages|diagram|translations`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable

from bot import heap, logs
from bot.config import Settings, load_settings
from bot.content.model import Content
from bot.errors import ConfigError, ContentError

Command = Callable[[argparse.Namespace, Settings], int]


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import build_app
    from bot.channels.console import chat

    if hasattr(sys.stdin, "reconfigure"):  # undecodable bytes must not end the conversation
        sys.stdin.reconfigure(errors="replace")
    app = build_app(settings)
    try:
        return chat(app, lang=args.lang)
    finally:
        app.close()


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    from bot.content.checks import validate

    content, report = validate(settings.content_dir)
    shown = report.problems if args.facts else report.errors
    for problem in shown:
        print(problem)
    if args.facts:
        print_fact_ages(content)
    if not args.facts and report.warnings:
        facts = sum(p.code.startswith("FACT") for p in report.warnings)
        other = len(report.warnings) - facts
        print(f"warnings: {facts} facts to re-check, {other} about translations; see --facts")
    if not report.errors:
        print("ok")
    return 1 if report.errors else 0


def print_fact_ages(content: Content) -> None:
    """Every fact, the longest unchecked first, with where it is and whether it is confirmed."""
    from bot.content.checks import iter_facts

    rows = sorted(iter_facts(content), key=lambda row: (row[1].checked, row[0]))
    print(f"facts by the date of their last check, oldest first ({len(rows)}):")
    for label, prov in rows:
        where = f"{prov.path}:{prov.line}" if prov.line else prov.path
        status = "confirmed" if prov.verified else "NOT CONFIRMED"
        print(f"  {prov.checked}  {status:13}  {where}  {label}")


def cmd_match(args: argparse.Namespace, settings: Settings) -> int:
    from bot.content.validated import validated_content
    from bot.understand.understand import Understanding

    matcher = Understanding(validated_content(settings.content_dir))
    lines = [" ".join(args.text)] if args.text else (line.rstrip("\n") for line in sys.stdin)
    for line in lines:
        found = matcher.match(line, args.lang)
        target = found.target if found.confident else None
        alternatives = [
            str(t) for t in (found.target, *found.alternatives) if t is not None and t != target
        ]
        result = {
            "match": None if target is None else str(target),
            "score": found.score,
            "alternatives": alternatives,
            "danger": found.danger,
            "language": found.language,
            "small_talk": found.small_talk,
        }
        print(json.dumps(result, ensure_ascii=False))
    return 0


def cmd_languages(args: argparse.Namespace, settings: Settings) -> int:
    from bot.languages import language_table

    rows = language_table(settings.content_dir)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for row in rows:
            print(
                f"{row['code']:5} {row['name']:24} {row['direction']} "
                f"{row['translated']:.0%}  {row['status']}"
            )
    return 0


def cmd_diagram(args: argparse.Namespace, settings: Settings) -> int:
    from bot.content.validated import validated_content
    from bot.diagram import mermaid

    print(mermaid(validated_content(settings.content_dir), args.flow))
    return 0


def cmd_translations(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from bot.translations import TranslationFileError, export_csv, import_csv

    try:
        if args.action == "export":
            out = Path(args.out or f"translations-{args.lang}.csv")
            print(export_csv(settings.content_dir, args.lang, out))
            return 0
        report = import_csv(settings.content_dir, Path(args.file), args.lang)
    except TranslationFileError as exc:
        print(exc, file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    return 1 if report.rejected else 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, datetime

    from bot.state import open_counts
    from bot.stats import Stats

    counts = open_counts(settings)
    if counts is None:
        print("no counts yet (no state file)")
        return 0
    rows = Stats(counts).rows(datetime.now(UTC).date(), args.days)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "day": r.day,
                        "screen": r.screen,
                        "lang": r.lang,
                        "what": r.what,
                        "count": r.shown(),
                    }
                    for r in rows
                ]
            )
        )
        return 0
    print(f"{'day':10}  {'screen':40}  {'lang':4}  {'what':7}  count")
    for r in rows:
        print(f"{r.day:10}  {r.screen:40}  {r.lang:4}  {r.what:7}  {r.shown()}")
    return 0


def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    """For a container's HEALTHCHECK: the content loads and validates, the store answers.

    Run every 30 s: content validated before with the same inputs is only loaded (the mark
    in the cache, bot.content.validated), not checked again.
    """
    from bot.content.validated import validated_content
    from bot.state import store_answers

    try:
        validated_content(settings.content_dir)
    except ContentError as exc:
        print(f"unhealthy: the content has {len(exc.problems)} problems (python -m bot validate)")
        return 1
    problem = store_answers(settings)
    if problem is not None:
        print(f"unhealthy: the store does not answer ({problem})")
        return 1
    print("ok")
    return 0


def cmd_warm(args: argparse.Namespace, settings: Settings) -> int:
    """Build what a start builds, so the cache holds it (a container image's last step)."""
    from bot import cache
    from bot.app import build_parts

    build_parts(settings).renderer.localizer.build_all()
    print(f"cache filled: {cache.cache_dir()}")
    return 0


def cmd_reload(args: argparse.Namespace, settings: Settings) -> int:
    import os
    import signal

    from bot.content.checks import validate

    _content, report = validate(settings.content_dir)
    for problem in report.errors:
        print(problem)
    if report.errors:
        print("The content has problems; the running bot keeps its old content.")
        return 1
    marker = settings.state_path.with_name(settings.state_path.name + ".pid")
    try:
        os.kill(int(marker.read_text(encoding="utf-8")), signal.SIGHUP)
    except (OSError, ValueError):
        print(f"No running bot found ({marker}).")
        return 1
    print("ok: the running bot re-reads its content")
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.channels.telegram import run_polling

    return run_polling(settings)


def cmd_webhook(args: argparse.Namespace, settings: Settings) -> int:
    from bot.channels.telegram import run_webhook

    return run_webhook(settings)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m bot", description="Wegwijs chatbot")
    top.add_argument("--content", help="folder with flows/, locales/, data/ (BOT_CONTENT_DIR)")
    top.add_argument("--state", help="SQLite state file (BOT_STATE_DB)")
    sub = top.add_subparsers(dest="command", required=True)
    chat = sub.add_parser("chat", help="talk to the bot in this terminal")
    chat.add_argument("--lang", help="language code, e.g. nl or ar")
    validate = sub.add_parser("validate", help="check all content")
    validate.add_argument("--facts", action="store_true", help="also list every fact to re-check")
    match = sub.add_parser("match", help="what free text is understood as")
    match.add_argument("text", nargs="*")
    match.add_argument("--lang", default="en")
    match.add_argument("--json", action="store_true", help="JSON output (the only format)")
    languages = sub.add_parser("languages", help="supported languages and their coverage")
    languages.add_argument("--json", action="store_true")
    diagram = sub.add_parser("diagram", help="print flows as Mermaid state diagrams")
    diagram.add_argument("flow", nargs="?")
    translations = sub.add_parser("translations", help="translations as a spreadsheet (CSV)")
    actions = translations.add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help="write a CSV for translators")
    export.add_argument("--lang", required=True, help="language code, e.g. ti")
    export.add_argument("--out", help="CSV file (default: translations-<lang>.csv here)")
    import_ = actions.add_parser("import", help="write a translated CSV back to locales/")
    import_.add_argument("file", help="the CSV, e.g. translations-ti.csv")
    import_.add_argument("--lang", help="language code (default: from the file name)")
    for action in (export, import_):
        action.add_argument(
            "--content", help=argparse.SUPPRESS, dest="content_sub", default=argparse.SUPPRESS
        )
        action.add_argument(
            "--state", help=argparse.SUPPRESS, dest="state_sub", default=argparse.SUPPRESS
        )
    stats = sub.add_parser("stats", help="anonymous counts per screen, language and day")
    stats.add_argument("--days", type=int, default=7, help="how many days back (default 7)")
    stats.add_argument("--json", action="store_true")
    sub.add_parser("reload", help="make the running bot re-read and validate its content")
    sub.add_parser("health", help="exit 0 when the content is valid and the store answers")
    sub.add_parser("warm", help="train the model and fill the cache, so the next start is quick")
    sub.add_parser("run", help="Telegram, long polling")
    sub.add_parser("webhook", help="Telegram, webhook")
    for name in (
        "chat",
        "validate",
        "match",
        "languages",
        "diagram",
        "translations",
        "stats",
        "reload",
        "health",
        "warm",
        "run",
        "webhook",
    ):
        sub.choices[name].add_argument("--content", help=argparse.SUPPRESS, dest="content_sub")
        sub.choices[name].add_argument("--state", help=argparse.SUPPRESS, dest="state_sub")
    return top


COMMANDS: dict[str, Command] = {
    "chat": cmd_chat,
    "validate": cmd_validate,
    "match": cmd_match,
    "languages": cmd_languages,
    "diagram": cmd_diagram,
    "translations": cmd_translations,
    "stats": cmd_stats,
    "reload": cmd_reload,
    "health": cmd_health,
    "warm": cmd_warm,
    "run": cmd_run,
    "webhook": cmd_webhook,
}


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = load_settings(
            content=args.content_sub or args.content, state=args.state_sub or args.state
        )
        logs.configure(settings.log_level, settings.log_format)
        return COMMANDS[args.command](args, settings)
    except ContentError as exc:
        print("The content has problems; the bot will not start:", file=sys.stderr)
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as other command-line tools do,
        # and keep Python from failing again when it flushes stdout on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        heap.settle()  # so the exit does not scan everything the command loaded once more


if __name__ == "__main__":
    sys.exit(main())
