"""Matching quality on the labelled evaluation set (quality thresholds, not speed)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.matching.evaluate import evaluate, load_cases

CASES = load_cases()


@pytest.fixture(scope="module")
def tallies(matcher):
    return evaluate(matcher, CASES)


def test_set_is_large_and_varied():
    langs = {c.lang for c in CASES}
    assert len(CASES) >= min(400, 26 * len(langs))
    assert sum(c.expect == "category:emergency" for c in CASES) >= min(40, 5 * len(langs))
    assert sum(c.expect is None for c in CASES) >= min(30, 3 * len(langs))


def test_emergency_recall(tallies):
    assert tallies["all"].recall >= 0.98, tallies["all"].misses


def test_top1_accuracy(tallies):
    assert tallies["all"].accuracy >= 0.90, tallies["all"].misses


def test_false_emergency_alarms(tallies):
    assert tallies["all"].false_alarm_rate <= 0.03, tallies["all"].misses


def test_no_emergency_missed_in_any_language(tallies):
    missed = [m for m in tallies["all"].misses if "expected category:emergency" in m]
    assert missed == []


def test_folding_of_variants(matcher):
    same = [("ALL CAPS LAWYER", "lawyer"), ("lawyér", "lawyer")]
    for a, b in same:
        assert matcher.match(a, "en").target == matcher.match(b, "en").target


def test_match_cli_shape():
    out = subprocess.run([sys.executable, "-m", "bot", "match", "I need a lawyer", "--json"], capture_output=True, text=True, check=True, cwd=ROOT)  # fmt: skip
    data = json.loads(out.stdout)
    assert data["match"] == "category:legal"
    assert 0 <= data["score"] <= 100
    assert isinstance(data["alternatives"], list)
    many = subprocess.run([sys.executable, "-m", "bot", "match", "--json"], input="doctor\nasdfgh qwerty\n", capture_output=True, text=True, check=True, cwd=ROOT)  # fmt: skip
    lines = [json.loads(line) for line in many.stdout.splitlines()]
    assert [row["match"] for row in lines] == ["category:health", None]


QUOTED = re.compile(r"[\"“”«»„]\s*([^\"“”«»„]{2,30}?)\s*[\"“”«»„]")
SUGGESTIONS = {
    "help-commands": "command:",  # words the help text tells users to type
    "main-menu-intro": "category:",
    "text-not-understood": "category:",
}
LANGS = sorted(p.name for p in (ROOT / "locales").iterdir() if (p / "locale.yaml").exists())


@pytest.mark.parametrize("lang", LANGS)
def test_words_we_suggest_are_understood(app, lang):
    """Every word a message tells users to type leads where the message promises."""
    for msg_id, kind in SUGGESTIONS.items():
        text = app.localizer.format(lang, msg_id)
        for word in QUOTED.findall(text):
            if word.startswith("/"):
                continue
            found = app.matcher.match(word, lang)
            assert found.confident, (lang, msg_id, word, found)
            assert found.target.startswith(kind), (lang, msg_id, word, found.target)
