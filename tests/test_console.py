"""The console channel, driven in process; one run of the real `python -m bot chat` CLI."""

from __future__ import annotations

import sqlite3

from bot.channels.console import CONSOLE_USER
from tests.support import (
    TUESDAY_MORNING,
    bot_cli,
    clean_env,
    press,
    sqlite_traces,
    sqlite_values,
    talk,
)


def test_the_real_cli_answers_a_conversation_on_stdin(tmp_path):
    result = bot_cli(
        "--state",
        str(tmp_path / "s.db"),
        "chat",
        stdin="2\n1\n/emergency\n",
        env=clean_env(BOT_SECRET="test-secret"),
    )
    assert result.returncode == 0, result.stderr
    assert "Welcome to Wegwijs" in result.stdout
    assert "When did you apply for asylum?" in result.stdout
    assert "In danger right now? Call 112" in result.stdout


def test_english_walkthrough_phases_and_organisations(app):
    turns = talk(
        app,
        [
            press("Where am I"),
            press("Before June 12, 2026"),
            press("Yes"),
            press("It was rejected"),
            "/menu",
            press("Organisations"),
            press("More organisations ▶"),
            press("Ministry"),
        ],
    )
    assert "Welcome to Wegwijs" in turns[0]
    assert "🌐 Language" in turns[0]
    assert "When did you apply for asylum?" in turns[1]
    assert "received the IND's decision" in turns[3]
    assert "can be very short" in turns[4]
    for fact in (
        "1400",
        "+31 70 214 02 14",
        "Turfmarkt 147, 2511 DP Den Haag",
        "Monday to Friday 08:00–20:00",
    ):
        assert fact in turns[-1]


def test_stichting_vluchteling_card_shows_seed_facts_marked_unconfirmed(app):
    out = talk(app, ["/start organization_stichting-vluchteling"])[-1]
    for fact in ("070 346 89 46", "info@vluchteling.nl", "Laan van NOI 131-M, 2593 BM Den Haag"):
        line = next(line for line in out.splitlines() if fact in line)
        assert "not yet confirmed" in line


def test_dutch_and_the_language_survives_a_new_session(app):
    turns = talk(
        app, [press("Hulp zoeken per onderwerp"), press("Gezondheid"), press("GZA")], lang="nl"
    )
    assert "Welkom bij Wegwijs" in turns[0]
    assert "088-11 22 112" in turns[-1]
    assert "maandag" in turns[-1].lower()
    # A new session: the language was kept, the screens were not (nothing says where she was).
    again = talk(app, [])
    assert "🏠" not in again[0].splitlines()[0]
    assert app.localizer.format("nl", "main-menu-intro") in again[0]


def test_emergency_from_anywhere_by_word_and_button(app):
    turns = talk(
        app,
        [
            "/start phase_general-procedure",
            "danger",
            "/start organization_coa",
            press("Emergency 112"),
        ],
    )
    assert "Call 112" in turns[2]
    assert "Call 112" in turns[-1]


def test_deep_links_open_their_screen_with_the_language_button(app):
    turns = talk(app, ["/start category_legal", "/start phase_registration"])
    assert "Legal Aid Board" in turns[1]
    assert "Ter Apel" in turns[2]
    assert "🌐 Language" in turns[2]


def test_bad_input_never_crashes(app):
    lines = [
        "999",
        "0",
        "-1",
        "/nonsense",
        "",
        "🙂🙂🙂",
        "x" * 5000,
        "/start ../../etc",
        "²",
        "①",
        "፫",
        "9" * 5000,
        "\udcff",
    ]
    out = "".join(talk(app, lines))
    assert "I do not know that command" in out
    assert "did not understand" in out
    assert "I do not know this link" in out


def test_back_retraces_the_way_several_steps_deep(app):
    turns = talk(
        app,
        [
            "/start phase_registration",
            press("Children & minors"),
            press("Nidos"),
            press("◀ Back"),
            press("◀ Back"),
        ],
    )
    assert "Nidos is the guardian" in turns[3]
    assert "Nidos gives you a guardian who helps you" in turns[4]  # back to Children
    assert "Arrival and first checks" in turns[5]  # and back again to Registration


def test_forget_asks_then_deletes_the_row(app):
    talk(app, ["/language"], lang="nl")
    assert app.store.count() == 1
    asked = talk(app, ["/forget"])[-1]
    assert app.localizer.format("nl", "forget-ask") in asked
    assert app.store.count() == 1  # nothing deleted before the button is pressed
    done = talk(app, ["/forget", press(app.localizer.format("nl", "forget-yes"))])[-1]
    assert app.localizer.format("nl", "forget-done") in done
    assert app.store.count() == 0


def test_the_state_file_holds_a_keyed_hash_language_and_day_and_nothing_typed(app, tmp_path):
    typed = "my name is Amina and I need a lawyer"
    talk(app, [typed, press("Juridisch Loket")])  # the end of input closes the app: all written
    state = tmp_path / "state.sqlite3"
    rows = sqlite3.connect(state).execute("SELECT * FROM users").fetchall()
    assert rows == [(app.key("console", CONSOLE_USER), "en", TUESDAY_MORNING.date().isoformat())]
    # Nothing typed, nor the user's id or the secret the key is made with, in any byte of the
    # state files or any value of any table.
    secret = (tmp_path / "state.sqlite3.secret").read_text().strip()
    assert secret.encode() == app.state.secret
    assert sqlite_traces(state, texts=[typed, "Amina", "lawyer", CONSOLE_USER, secret]) == []
    # Screens appear only in the anonymous day counts, never next to a user's key.
    tables = sqlite3.connect(state).execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    assert sorted(name for (name,) in tables) == ["counts", "pending", "recent_messages", "users"]
    values = sqlite_values(state)
    counted = [v for t, c, v in values if (t, c) == ("counts", "screen")]
    assert "organization:juridisch-loket" in counted
    assert [v for t, _, v in values if t != "counts" and ":" in str(v)] == []
