"""Understand short typed text: (text, language) -> Match, with rapidfuzz."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from bot.content.model import EMERGENCY, Content
from bot.engine.events import Match

CONFIDENT = 86.0
CANDIDATE = 62.0
MARGIN = 4.0
PHRASE_BONUS = 2.0
EMERGENCY_CONFIDENT = 84.0

# Letters that have several written forms; users type whichever their keyboard gives.
_FOLD = str.maketrans(
    {
        "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه",
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ـ": None,
        "ı": "i", "ё": "е",
    }
)  # fmt: skip
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Casefold, drop diacritics and tatweel, fold letter variants, keep letters and digits."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = unicodedata.normalize("NFC", kept).translate(_FOLD)
    return _SPACES.sub(" ", utils.default_process(folded)).strip()


MAX_TOKENS = 40
MAX_WINDOW = 4


@dataclass(frozen=True, slots=True)
class Phrase:
    """A known phrase and the target it means."""

    text: str
    target: str


def windows(query: str) -> list[str]:
    """Runs of 1 to MAX_WINDOW words, so a known phrase is compared with its own length of text."""
    tokens = query.split()[:MAX_TOKENS]
    found = {
        " ".join(tokens[start : start + size])
        for size in range(1, MAX_WINDOW + 1)
        for start in range(len(tokens) - size + 1)
    }
    return sorted(found)


class FuzzyMatcher:
    """Matches typed text against the user's language, English and organisation names."""

    def __init__(self, content: Content) -> None:
        shared = [
            Phrase(normalise(name), f"organization:{org.id}")
            for org in content.organisations.values()
            for name in filter(None, (org.name, org.full_name, org.id))
        ]
        self.by_lang: dict[str, list[Phrase]] = {}
        for lang in content.locales:
            own = [
                Phrase(normalise(p), target)
                for source in dict.fromkeys((lang, "en"))
                for target, phrases in content.keywords.get(source, {}).items()
                for p in phrases
            ]
            self.by_lang[lang] = [p for p in own + shared if p.text]
        self.choices = {lang: [p.text for p in phrases] for lang, phrases in self.by_lang.items()}

    def scores(self, text: str, lang: str) -> dict[str, float]:
        """Best score per target for `text`."""
        lang = lang if lang in self.by_lang else "en"
        phrases, choices = self.by_lang[lang], self.choices[lang]
        best: dict[str, float] = {}
        for window in windows(normalise(text)):
            for _, score, index in process.extract(
                window, choices, scorer=fuzz.ratio, processor=None, limit=8,
                score_cutoff=CANDIDATE,
            ):  # fmt: skip
                phrase = phrases[index]
                if len(phrase.text) <= 3 and phrase.text != window:
                    continue  # a 2-3 letter word must be typed exactly
                # A longer phrase found whole says more than one word of it.
                score += min(phrase.text.count(" "), 3) * PHRASE_BONUS
                best[phrase.target] = max(score, best.get(phrase.target, 0.0))
        return best

    def match(self, text: str, lang: str) -> Match:
        ranked = sorted(self.scores(text, lang).items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < CANDIDATE:
            return Match(None, round(ranked[0][1], 1) if ranked else 0.0)
        emergency = dict(ranked).get(EMERGENCY, 0.0)
        if emergency >= EMERGENCY_CONFIDENT:
            others = tuple(t for t, _ in ranked if t != EMERGENCY)[:2]
            return Match(EMERGENCY, min(100.0, round(emergency, 1)), others, confident=True)
        target, score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        confident = score >= CONFIDENT and score - runner_up >= MARGIN
        alternatives = tuple(t for t, s in ranked[1:] if s >= CANDIDATE)[:2]
        return Match(target, min(100.0, round(score, 1)), alternatives, confident=confident)
