"""A bounded cache of a function of one word."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

# Per-word caches are dropped when they reach this size (a long run meets ever new words).
CACHE_SIZE = 1 << 14
T = TypeVar("T")


class WordMemo(Generic[T]):
    """Answers of a function of one word, kept until there are ``size`` of them (then dropped
    whole: a long run keeps meeting new words)."""

    def __init__(self, compute: Callable[[str], T], size: int = CACHE_SIZE) -> None:
        self.compute = compute
        self.size = size
        self.known: dict[str, T] = {}

    def __call__(self, word: str) -> T:
        try:
            return self.known[word]
        except KeyError:
            pass
        if len(self.known) >= self.size:
            self.known.clear()
        found = self.known[word] = self.compute(word)
        return found
