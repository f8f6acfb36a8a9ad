"""Examples a message can repeat word for word: those of a few words, and those of symbols
alone, by the form the matcher sees. The models, surest on sentences, may read one word
("hi", "no") as a guess between two needs; what an editor wrote is the answer instead."""

from __future__ import annotations

from bot.content.model import Content
from bot.content.targets import Target
from bot.understand.text import emoji_key, normalise

SHORT_MESSAGE_WORDS = 3
EMOJI = "\x1e"  # opens the form of a phrase of symbols alone among the short examples


def short_examples(content: Content) -> tuple[str, ...]:
    """Every example of at most SHORT_MESSAGE_WORDS words, normalised, with its language and
    target, and every example or keyword of symbols alone ("👍", "🆘") as its emoji_key; a
    form two targets of one language share is left out."""
    found: dict[tuple[str, str], str | None] = {}
    for table, examples in ((content.examples, True), (content.keywords, False)):
        for lang, phrases in table.items():
            for target, texts in phrases.items():
                for text in texts:
                    normal = normalise(text)
                    if not normal:
                        form = EMOJI + symbols if (symbols := emoji_key(text)) else ""
                    elif examples and len(normal.split()) <= SHORT_MESSAGE_WORDS:
                        form = normal
                    else:
                        form = ""
                    if not form:
                        continue  # a sentence, or punctuation alone
                    key = (lang, form)
                    found[key] = (
                        str(target) if found.get(key, str(target)) == str(target) else None
                    )
    return tuple(
        f"{lang}\x1f{normal}\x1f{target}" for (lang, normal), target in found.items() if target
    )


def taught_table(short: tuple[str, ...]) -> dict[str, dict[str, Target]]:
    """The short examples by normal form: by language, and under "" those every language
    that holds them gives one target ("hi", "ok"). One Target object a target: thousands
    of entries share a few hundred."""
    targets: dict[str, Target] = {}
    table: dict[str, dict[str, Target]] = {}
    every: dict[str, Target | None] = {}
    for line in short:
        lang, normal, label = line.split("\x1f")
        target = targets.get(label) or targets.setdefault(label, Target.parse(label))
        table.setdefault(lang, {})[normal] = target
        every[normal] = target if every.get(normal, target) is target else None
    table[""] = {normal: target for normal, target in every.items() if target is not None}
    return table
