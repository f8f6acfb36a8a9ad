"""What a start keeps in the cache: parsed messages and a mark of validated content.

Neither may make the bot serve something else than its files say, nor run what a
tampered cache file holds.
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import shutil
import time
from dataclasses import replace
from functools import partial
from pathlib import Path

import numpy as np
import pytest
from fluent.syntax import FluentParser, ast
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import cache, fluent_trees
from bot.app import Parts, build_parts
from bot.config import load_settings
from bot.content import fluent_checks, yamlload
from bot.content.model import Content
from bot.content.validated import validated_content
from bot.errors import ContentError
from bot.understand.text import normal_forms, normalise
from bot.understand.understand import Known, known_of, known_words, phrases_digest, word_hashes
from tests.support import ROOT

SUITE_CACHE = cache.cache_dir()  # the suite's own, before each test gets an empty one


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "wegwijs"


def cache_name(text: str) -> str:
    return cache.name_for("fluent", fluent_trees.MADE_BY, "spans True", text) + ".pickle"


class Planted:
    """A pickle that, if loaded by a plain unpickler, would create a file."""

    def __init__(self, where: Path) -> None:
        self.where = where

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (Path.mkdir.__get__(self.where), ())  # type: ignore[return-value]


def refused_pickle(
    unpickler: type[pickle.Unpickler], own_cache: Path, tmp_path: Path
) -> tuple[Path, bytes]:
    """A pickle that would create the file `planted` if run, which `unpickler` refuses
    (refused, not merely failing to call); the cache folder is made for it."""
    own_cache.mkdir(parents=True)
    planted = tmp_path / "planted"
    harmful = pickle.dumps(Planted(planted))
    with pytest.raises(pickle.UnpicklingError):
        unpickler(io.BytesIO(harmful)).load()
    return planted, harmful


def test_a_parsed_file_is_kept_and_read_back_the_same(own_cache: Path, tmp_path: Path) -> None:
    text = f"kept-{tmp_path.name} = Hello {{ $name }}\n"
    first = fluent_trees.parse(text)
    assert (own_cache / cache_name(text)).exists()
    fluent_trees.parse.cache_clear()  # as in a new process
    again = fluent_trees.parse(text)
    assert again is not first
    spans = [(e.span.start, e.span.end) for e in (again.body[0], first.body[0]) if e.span]
    assert again.equals(first)
    assert len(spans) == 2
    assert spans[0] == spans[1]


def test_a_tampered_or_damaged_cache_file_is_parsed_again_and_never_run(
    own_cache: Path, tmp_path: Path
) -> None:
    planted, harmful = refused_pickle(fluent_trees._TreeUnpickler, own_cache, tmp_path)
    tampered = f"tampered-{tmp_path.name} = one\n"
    (own_cache / cache_name(tampered)).write_bytes(cache.sealed(harmful))  # its seal forged too
    damaged = f"damaged-{tmp_path.name} = two\n"
    (own_cache / cache_name(damaged)).write_bytes(b"\x80\x05not a pickle")
    for text in (tampered, damaged):
        tree = fluent_trees.parse(text)
        assert isinstance(tree, ast.Resource)
        assert tree.equals(FluentParser().parse(text))
    assert not planted.exists()


def yaml_cache_name(text: str) -> str:
    return cache.name_for("yaml", cache.bot_code(), yamlload._MADE_BY, text) + ".pickle"


def test_a_yaml_file_is_kept_and_read_back_with_its_lines(own_cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "kept.yaml"
    path.write_text(f"id: kept-{tmp_path.name}\nsteps:\n  - at: '17:00'\n  - no\n", "utf-8")
    first = yamlload.load_yaml(path)
    assert (own_cache / yaml_cache_name(path.read_text("utf-8"))).exists()
    again = yamlload.load_yaml(path)  # read back from the cache
    assert again == first
    assert again is not first
    steps = again["steps"]
    assert (again.line, again.key_lines, steps.item_lines) == (1, {"id": 1, "steps": 2}, [3, 4])
    assert isinstance(steps[0]["at"], yamlload.Quoted)
    assert steps[1] == "no"
    # What the cache file holds is what is used: a planted tree comes back.
    planted = yamlload._parsed("planted: [tree]\n")
    planted_file = own_cache / yaml_cache_name(path.read_text("utf-8"))
    planted_file.write_bytes(cache.sealed(yamlload._dump(planted)))
    assert yamlload.load_yaml(path) == {"planted": ["tree"]}


def test_a_tampered_or_damaged_yaml_cache_file_is_parsed_again_and_never_run(
    own_cache: Path, tmp_path: Path
) -> None:
    planted, harmful = refused_pickle(yamlload._TreeUnpickler, own_cache, tmp_path)
    damaged = cache.sealed(pickle.dumps(yamlload._parsed("a: [b]\n")))[:-9]  # cut short
    for name, stored in (("tampered", cache.sealed(harmful)), ("damaged", damaged)):
        path = tmp_path / f"{name}.yaml"
        path.write_text(f"{name}: [one, two]\n", "utf-8")
        (own_cache / yaml_cache_name(path.read_text("utf-8"))).write_bytes(stored)
        tree = yamlload.load_yaml(path)
        assert tree == {name: ["one", "two"]}
        assert tree.key_lines == {name: 1}
    assert not planted.exists()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.text()))
def test_normal_forms_are_normalise_and_are_read_back_the_same(
    own_cache: Path, phrases: list[str]
) -> None:
    expected = [normalise(phrase) for phrase in phrases]
    assert normal_forms(phrases) == expected
    assert normal_forms(phrases) == expected  # the second time, from the cache


def test_normal_forms_are_read_from_the_cache(own_cache: Path, tmp_path: Path) -> None:
    phrases = [f"Kept-{tmp_path.name}", "Ünïcode ١١٢"]
    assert normal_forms(phrases) == [normalise(phrase) for phrase in phrases]
    (stored,) = own_cache.glob("normal-*")
    stored.write_bytes(cache.sealed(b"planted\nforms"))  # what a cache file holds is used
    assert normal_forms(phrases) == ["planted", "forms"]
    stored.write_bytes(cache.sealed(b"one line"))  # not one form a phrase: made again
    assert normal_forms(phrases) == [normalise(phrase) for phrase in phrases]


def knows(known: Known, word: str) -> bool:
    return known_words(np.frombuffer(known.vocabulary, np.uint32), [word]) == 1


def test_what_the_models_are_known_by_is_kept_and_read_back_the_same(
    own_cache: Path, content: Content
) -> None:
    made = Known.work_out(content)
    assert all((made.intents, made.alarm, made.languages))
    assert knows(made, "advocaat")
    assert knows(made, "112")
    assert not knows(made, "qqxzvbw")
    assert known_of(content) == made  # worked out, then kept
    (stored,) = own_cache.glob("known-*")
    assert known_of(content) == made  # read back
    assert any(line.startswith("en\x1fhi\x1f") for line in made.short)  # short examples
    planted = word_hashes(["planted"]).tobytes().hex().encode()
    stored.write_bytes(cache.sealed(b"a\nb\nc\n1\nen\x1fplanted\x1fnone\n" + planted))
    assert knows(known_of(content), "planted")  # what the file holds is used
    assert not knows(known_of(content), "advocaat")
    assert known_of(content).short == ("en\x1fplanted\x1fnone",)


def test_another_example_is_known_by_another_name(content: Content) -> None:
    """Any edit of an example or keyword changes what the kept file is named by."""
    edited = dict(content.examples)
    nl = dict(edited["nl"])
    target = next(iter(nl))
    nl[target] = (*nl[target], "een nieuw voorbeeld")
    edited["nl"] = nl
    assert phrases_digest(replace(content, examples=edited)) != phrases_digest(content)
    assert phrases_digest(replace(content, examples=dict(content.examples))) == phrases_digest(
        content
    )


def test_validated_content_is_marked_and_any_later_edit_is_validated_again(
    content_copy: Path, own_cache: Path
) -> None:
    validated_content(content_copy)
    (mark,) = own_cache.glob("validated-*")
    written = mark.stat().st_ino
    first = validated_content(content_copy)  # from the mark: the same content
    assert first.locales
    assert first.organisations
    assert mark.stat().st_ino == written  # not validated again (that writes a new mark)
    flows = content_copy / "flows" / "main.yaml"
    flows.write_text(flows.read_text(encoding="utf-8") + "\nnot: [valid", encoding="utf-8")
    with pytest.raises(ContentError) as refused:
        validated_content(content_copy)
    assert any(p.path == "flows/main.yaml" for p in refused.value.problems)


def test_files_unused_for_a_month_go_after_a_start(own_cache: Path, parts: Parts) -> None:
    own_cache.mkdir(parents=True)
    month_ago = time.time() - 31 * 86400
    for name in ("model-old.npz", "fluent-old.pickle", "fluent-read.pickle"):
        (own_cache / name).write_bytes(b"x")
        os.utime(own_cache / name, (month_ago, month_ago))
    assert cache.read("fluent-read.pickle") == b"x"  # read today: in use
    cache.write("fluent-new.pickle", lambda path: path.write_bytes(b"y"))
    assert len(list(own_cache.iterdir())) == 4  # a write alone deletes nothing
    cache.prune()
    kept = sorted(p.name for p in own_cache.iterdir())
    assert kept == ["fluent-new.pickle", "fluent-read.pickle"]


def test_a_start_keeps_the_month_old_files_it_reads(own_cache: Path, parts: Parts) -> None:
    """An image warmed long ago: the start must not delete the model it is about to load."""
    own_cache.mkdir(parents=True)
    for model in SUITE_CACHE.glob("*.npz"):  # trained by the session's `parts`
        shutil.copy(model, own_cache)
    settings = load_settings({}, content=str(ROOT))
    build_parts(settings)  # fills the rest of this test's cache
    month_ago = time.time() - 31 * 86400
    for path in own_cache.iterdir():
        os.utime(path, (month_ago, month_ago))
    build_parts(settings)
    assert list(own_cache.glob("*.npz"))
    assert all(p.stat().st_mtime > month_ago for p in own_cache.iterdir())


def test_a_fluent_files_entries_are_kept_and_read_back_the_same(
    own_cache: Path, tmp_path: Path
) -> None:
    text = (
        f"kept-{tmp_path.name} = Call {{ $phone }} before 17:00\n"
        "days = { $n ->\n    [one] one day\n   *[other] { $n } days\n}\n"
        "broken = { unclosed\n"
    )
    first = fluent_checks._entries(text, "ar")
    assert any(isinstance(e, fluent_checks.FileProblem) for e in first)  # the junk
    assert any(isinstance(e, fluent_checks.FileMessage) and e.warnings for e in first)
    assert fluent_checks.file_entries(text, "ar") == first
    fluent_checks.file_entries.cache_clear()  # as in a new process: from the file
    (stored,) = own_cache.glob("ftl-entries-*")
    assert fluent_checks.file_entries(text, "ar") == first
    stored.write_bytes(cache.sealed(b'[["problem", 7, "FTL-PLANTED", "from the cache", false]]'))
    fluent_checks.file_entries.cache_clear()
    planted = fluent_checks.FileProblem(7, "FTL-PLANTED", "from the cache")
    assert fluent_checks.file_entries(text, "ar") == (planted,)  # read, not worked out
    stored.write_bytes(cache.sealed(b'[["message"]]'))  # foreign: read from the text again
    fluent_checks.file_entries.cache_clear()
    assert fluent_checks.file_entries(text, "ar") == first


def test_a_cache_that_cannot_be_written_costs_time_only_and_is_said_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("BOT_CACHE_DIR", str(blocker))  # its folder can never be made
    monkeypatch.setattr(cache, "_UNWRITABLE", set())
    caplog.set_level(logging.INFO, logger=cache.__name__)
    made: list[str] = []

    def make(text: str) -> str:
        made.append(text)
        return text

    for name in [f"unwritable-{n}" for n in range(5)]:
        assert cache.kept(name, partial(make, name), str.encode, bytes.decode) == name
    assert made == [f"unwritable-{n}" for n in range(5)]  # made each time: nothing kept
    said = [r for r in caplog.records if "cache not writable" in r.getMessage()]
    assert len(said) == 1
