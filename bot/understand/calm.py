"""Calm words: what tells that danger in a message is not happening now.

"what do we do if there is a fire", "years ago, in my country", "in the game", "I won't hurt
myself": content editors list such words per language and kind (locales/<code>/calm.yaml);
a message holding one is called danger only when the models are sure of it (see
Thresholds.calm_words), as the same words also come in real emergencies ("help, I don't
want to die").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.content.model import Content
from bot.understand.text import emoji_key, normal_forms


class CalmWords:
    """The calm words of every language, each as one pattern over normal forms, and the
    symbols among them ("😂"), which normal forms drop."""

    def __init__(self, content: Content) -> None:
        self.patterns: dict[str, re.Pattern[str]] = {}
        self.symbols: dict[str, frozenset[str]] = {}
        for lang, kinds in content.calm.items():
            phrases = [phrase for words in kinds.values() for phrase in words]
            forms = {form for form in normal_forms(phrases) if form}
            if forms:
                longest_first = sorted(map(re.escape, forms), key=len, reverse=True)
                self.patterns[lang] = re.compile(rf"(?:^| )(?:{'|'.join(longest_first)})(?= |$)")
            self.symbols[lang] = frozenset(ch for phrase in phrases for ch in emoji_key(phrase))

    def said(self, normal: str, text: str, langs: Iterable[str | None]) -> bool:
        """Whether a message (its normal form and the text as typed) holds a calm word of
        one of these languages."""
        for lang in set(langs):
            if lang is None:
                continue
            pattern = self.patterns.get(lang)
            if pattern is not None and pattern.search(normal):
                return True
            symbols = self.symbols.get(lang)
            if symbols and not symbols.isdisjoint(text):
                return True
        return False
