"""bot.heap: loading runs without collections, and leaves the collector as it found it."""

import gc

import pytest

from bot import heap


def test_a_load_runs_without_collections_and_restores_them():
    seen = []

    @heap.paused
    def inner() -> None:
        seen.append(gc.isenabled())

    @heap.paused
    def outer() -> None:
        inner()
        seen.append(gc.isenabled())  # the nested call did not switch them back on

    assert gc.isenabled()
    outer()
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_failed_load_restores_collections_too():
    @heap.paused
    def broken() -> None:
        raise ValueError("broken content")

    with pytest.raises(ValueError, match="broken content"):
        broken()
    assert gc.isenabled()


def test_collections_left_off_stay_off():
    gc.disable()
    try:
        heap.paused(lambda: None)()
        assert not gc.isenabled()
    finally:
        gc.enable()
