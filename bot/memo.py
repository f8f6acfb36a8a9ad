"""A bounded memo of answers that are the same for everyone who asks (bot.app)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Memo(Generic[V]):
    """The last `size` values worked out, by key, least recently used out first.

    Safe to share between the worker threads of a remote store (bot.offload): a value is
    worked out outside the lock, so two threads may both work out a new key (both right).
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.values: OrderedDict[Hashable, V] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Hashable, work: Callable[[], V]) -> V:
        with self.lock:
            if key in self.values:
                self.values.move_to_end(key)
                return self.values[key]
        value = work()
        with self.lock:
            self.values[key] = value
            if len(self.values) > self.size:
                self.values.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self.values)
