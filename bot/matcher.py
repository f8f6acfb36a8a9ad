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
EMERGENCY_CONFIDENT = 84.0
OTHER_LANGUAGE_PENALTY = 6.0

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


@dataclass(frozen=True, slots=True)
class Phrase:
    """A known phrase and the target it means."""

    text: str
    target: str
    lang: str | None


class FuzzyMatcher:
    """Matches typed text against the keywords of every language and organisation names."""

    def __init__(self, content: Content) -> None:
        self.phrases: list[Phrase] = []
        for lang, words in content.keywords.items():
            for target, phrases in words.items():
                self.phrases.extend(Phrase(normalise(p), target, lang) for p in phrases)
        for org in content.organisations.values():
            for name in filter(None, (org.name, org.full_name, org.id)):
                self.phrases.append(
                    Phrase(normalise(name), f"organization:{org.id}", None)
                )
        self.choices = [p.text for p in self.phrases]

    def scores(self, text: str, lang: str) -> dict[str, float]:
        """Best score per target for `text`."""
        query = normalise(text)
        best: dict[str, float] = {}
        if not query:
            return best
        results = process.extract(
            query, self.choices, scorer=fuzz.WRatio, processor=None, limit=40,
            score_cutoff=CANDIDATE - OTHER_LANGUAGE_PENALTY,
        )  # fmt: skip
        for _, score, index in results:
            phrase = self.phrases[index]
            if phrase.lang not in (None, lang):
                score -= OTHER_LANGUAGE_PENALTY
            if (
                len(phrase.text) <= 3
                and phrase.text != query
                and phrase.text not in query.split()
            ):
                continue  # a 2-3 letter word must be typed as a word, not found inside others
            best[phrase.target] = max(score, best.get(phrase.target, 0.0))
        return best

    def match(self, text: str, lang: str) -> Match:
        ranked = sorted(self.scores(text, lang).items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < CANDIDATE:
            return Match(None, round(ranked[0][1], 1) if ranked else 0.0)
        emergency = dict(ranked).get(EMERGENCY, 0.0)
        if emergency >= EMERGENCY_CONFIDENT:
            others = tuple(t for t, _ in ranked if t != EMERGENCY)[:2]
            return Match(EMERGENCY, round(emergency, 1), others, confident=True)
        target, score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        confident = score >= CONFIDENT and score - runner_up >= MARGIN
        alternatives = tuple(t for t, s in ranked[1:] if s >= CANDIDATE)[:2]
        return Match(target, round(score, 1), alternatives, confident=confident)
