"""The real `python -m bot chat` as a subprocess, fed a whole conversation on stdin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def chat(state: Path, lines: list[str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--state", str(state), "chat", *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
        env={"BOT_SECRET": "test-secret", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def button(output: str, label: str) -> str:
    """The number of the last button whose label contains `label`."""
    numbers = [line.split("]")[0][1:] for line in output.splitlines() if line.startswith("[") and label in line]  # fmt: skip
    assert numbers, f"no button {label!r} in:\n{output[-800:]}"
    return numbers[-1]


def test_english_walkthrough_phases_and_organisations(tmp_path):
    state = tmp_path / "s.db"
    out = chat(state, ["/start"])
    assert "Welcome to Wegwijs" in out
    assert "Language" in out
    out = chat(state, [button(out, "Where am I")])
    assert "Have you already registered" in out
    out = chat(state, [button(out, "Yes, I am registered")])
    out = chat(state, [button(out, "Yes")])
    assert "received the IND's decision" in out
    out = chat(state, [button(out, "rejected")])
    assert "lawyer" in out.lower()
    out = chat(state, ["/menu"])
    out = chat(state, [button(out, "Organisations")])
    out = chat(state, [button(out, "Ministry")])
    for fact in ("1400", "+31 70 214 02 14", "Turfmarkt 147, 2511 DP Den Haag", "Monday to Friday 08:00–20:00"):  # fmt: skip
        assert fact in out


def test_stichting_vluchteling_card_shows_seed_facts_marked_unconfirmed(tmp_path):
    out = chat(tmp_path / "s.db", ["/start organization_stichting-vluchteling"])
    for fact in ("070 346 89 46", "info@vluchteling.nl", "Laan van NOI 131-M, 2593 BM Den Haag"):
        line = next(line for line in out.splitlines() if fact in line)
        assert "not yet confirmed" in line


def test_dutch_and_state_survives_restart(tmp_path):
    state = tmp_path / "s.db"
    out = chat(state, ["/start"], "--lang", "nl")
    assert "Welkom bij Wegwijs" in out
    out = chat(state, [button(out, "Hulp zoeken per onderwerp")])
    out = chat(state, [button(out, "Gezondheid")])
    assert "GZA" in out
    # A new process: language and screen were kept, so the GZA button still has its number.
    again = chat(state, [button(out, "GZA")])
    assert "088-11 22 112" in again
    assert "Maandag" in again or "maandag" in again


def test_emergency_from_anywhere_by_word_and_button(tmp_path):
    state = tmp_path / "s.db"
    out = chat(state, ["/start phase_general-procedure", "danger"])
    assert "Call 112" in out
    out = chat(state, ["/start organization_coa"])
    out = chat(state, [button(out, "Emergency 112")])
    assert "Call 112" in out


def test_deep_links(tmp_path):
    out = chat(tmp_path / "s.db", ["/start category_legal"])
    assert "free lawyer" in out
    out = chat(tmp_path / "s.db", ["/start phase_registration"])
    assert "Ter Apel" in out


def test_bad_input_never_crashes(tmp_path):
    out = chat(tmp_path / "s.db", ["/start", "999", "0", "-1", "/nonsense", "", "🙂🙂🙂", "x" * 5000, "/start ../../etc"])  # fmt: skip
    assert "I do not know that command" in out
    assert "did not understand" in out
    assert "I do not know this link" in out


def test_forget_deletes_the_row(tmp_path):
    state = tmp_path / "s.db"
    chat(state, ["/start"], "--lang", "nl")
    out = chat(state, ["/forget"])
    assert "niets meer over jou" in out
    import sqlite3

    assert sqlite3.connect(state).execute("SELECT COUNT(*) FROM users").fetchone() == (0,)


def test_store_holds_only_hash_language_node_day(tmp_path):
    import sqlite3

    state = tmp_path / "s.db"
    chat(state, ["/start", "my name is Amina and I need a lawyer"])
    rows = sqlite3.connect(state).execute("SELECT * FROM users").fetchall()
    assert len(rows) == 1
    dump = repr(rows)
    assert "Amina" not in dump
    assert "console" not in dump
    key, lang, node, _origin, day = rows[0]
    assert len(key) == 64
    assert (lang, node) == ("en", "category:legal")
    assert len(day) == 10
