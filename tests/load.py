"""Load test: many people at once through the real `python -m bot run`, printed, not asserted.

Run: python -m tests.load [--users 500] [--turns 20] [--rate 30]

The fake Bot API enforces Telegram's limits (about 30 messages a second overall, a 429 with
retry_after above it). Each simulated person sends a turn, waits for the answer, then sends
the next, as people do; one turn in ten is an emergency (/emergency, the Emergency button,
or a danger message typed in their language). Reported: answers lost, crossed (sent to the
wrong person) or in the wrong language, and the latency of emergency and ordinary answers,
from the moment the person sent the turn to the answer.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.app import build_app
from bot.channels.telegram import encode_callback
from bot.config import load_settings
from bot.content.model import EMERGENCY
from bot.render import RenderedButton
from tests.benchmark import percentiles
from tests.fake_bot_api import ANSWERS, TOKEN, FakeBotApi
from tests.support import ROOT, plain, polling_bot

LANGS = ("en", "ar", "nl", "fa", "ti", "uk")
DANGER = {  # a danger message typed in the person's language
    "en": "my husband hits me, I am afraid",
    "ar": "زوجي يضربني وأنا خائفة",
    "nl": "mijn man slaat me, ik ben bang",
    "fa": "شوهرم مرا کتک می‌زند و می‌ترسم",
    "ti": "ሰብኣየይ ይወቕዓኒ ኣሎ",
    "uk": "чоловік б'є мене, мені страшно",
}
ORDINARY = ("I need a lawyer", "doctor", "/menu", "/help", "school for my children")


@dataclass
class Person:
    """One simulated user: what they sent, when, and what came back."""

    user_id: int
    lang: str
    turn: int = 0
    sent_at: float = 0.0
    urgent: bool = False
    what: str = ""
    expect: int = 0
    latencies: dict[bool, list[float]] = field(default_factory=lambda: {True: [], False: []})


def next_turn(api: FakeBotApi, person: Person, turns: int) -> bool:
    """Send the person's next turn; False when they are done."""
    if person.turn >= turns:
        return False
    n = person.turn
    person.urgent = n % 10 == 7
    person.expect = 2 if n == 0 else 1
    person.sent_at = time.monotonic()
    person.what = "/start"
    if n == 0:
        api.send_text(person.user_id, "/start", person.lang)
    elif person.urgent:
        kind = (person.user_id + n) % 3
        person.what = ("/emergency", "the Emergency button", DANGER[person.lang])[kind]
        if kind == 0:
            api.send_text(person.user_id, "/emergency", person.lang)
        elif kind == 1:
            button = RenderedButton("", EMERGENCY)
            api.press(person.user_id, encode_callback(button), person.lang)
        else:
            api.send_text(person.user_id, DANGER[person.lang], person.lang)
    else:
        person.what = ORDINARY[n % len(ORDINARY)]
        api.send_text(person.user_id, person.what, person.lang)
    person.turn += 1
    return True


def extra_answers(api: FakeBotApi, person: Person) -> int:
    """Answers this person got beyond what their own turns asked for: another's, crossed.

    (/start brings two messages, every other turn one; one sent to the wrong chat shows as
    one too many here, whichever person it was meant for.)
    """
    got = sum(
        1
        for index, call in enumerate(api.calls)
        if call.method in ANSWERS
        and index not in api.refused
        and int(call.params.get("chat_id", 0)) == person.user_id
    )
    return max(0, got - (person.turn + 1 if person.turn else 0))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.load")
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--rate", type=int, default=30, help="the fake's overall limit a second")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp())
    app = build_app(
        load_settings({"BOT_SECRET": "load"}, content=str(ROOT), state=str(folder / "ref.db"))
    )
    emergency = {
        lang: app.localizer.format(lang, "category-emergency-intro")[:30] for lang in LANGS
    }
    api = FakeBotApi(TOKEN, overall_limit=args.rate).start()
    bot = polling_bot(api, folder, timeout=60, LOG_LEVEL="WARNING")
    people = {
        9_000_000 + n: Person(9_000_000 + n, LANGS[n % len(LANGS)]) for n in range(args.users)
    }
    wrong_language, crossed = 0, 0
    started = time.monotonic()
    for person in people.values():
        next_turn(api, person, args.turns)
    active, seen = len(people), 0
    deadline = time.monotonic() + args.users * args.turns  # a second a turn at worst
    while active and time.monotonic() < deadline:
        with api.cond:
            api.cond.wait(0.5)
            calls = list(enumerate(api.calls[seen:], start=seen))
            seen = len(api.calls)
        for index, call in calls:
            if call.method not in ANSWERS or index in api.refused:  # a 429: sent again later
                continue
            person = people.get(int(call.params.get("chat_id", 0)))
            if person is None:
                crossed += 1
                continue
            person.expect -= 1
            if person.expect > 0:
                continue
            person.latencies[person.urgent].append(time.monotonic() - person.sent_at)
            if person.urgent and emergency[person.lang] not in plain(call.params["text"]):
                wrong_language += 1
                if wrong_language <= 3:
                    late = time.monotonic() - person.sent_at
                    print(
                        f"  not the emergency screen after {late:.1f} s: {person.lang} "
                        f"{person.what!r} turn {person.turn} got "
                        f"{plain(call.params['text'])[:80]!r} ({call.method})"
                    )
            if not next_turn(api, person, args.turns):
                active -= 1
    elapsed = time.monotonic() - started
    bot.stop()
    api.stop()
    crossed += sum(extra_answers(api, person) for person in people.values())

    answered = sum(len(p.latencies[True]) + len(p.latencies[False]) for p in people.values())
    urgent = percentiles([x for p in people.values() for x in p.latencies[True]] or [0.0])
    ordinary = percentiles([x for p in people.values() for x in p.latencies[False]] or [0.0])
    print(
        f"load {time.strftime('%Y-%m-%d')}: {args.users} people × {args.turns} turns "
        f"through `python -m bot run`, fake Bot API limited to {args.rate} messages a second"
    )
    print(
        f"turns answered           {answered} of {args.users * args.turns} in {elapsed:.0f} s "
        f"({api.too_many} sends refused with 429, retried)"
    )
    print(f"lost / crossed           {args.users * args.turns - answered} / {crossed}")
    print(f"emergency turns answered without the emergency screen  {wrong_language}")
    print(f"emergency answer p50/p95/p99   {urgent[0]:.2f} / {urgent[1]:.2f} / {urgent[2]:.2f} s")
    print(
        "ordinary answer p50/p95/p99    "
        f"{ordinary[0]:.2f} / {ordinary[1]:.2f} / {ordinary[2]:.2f} s"
    )
    print(f"log lines with Traceback       {bot.output().count('Traceback')}")


if __name__ == "__main__":
    main()
