"""Understand short typed text: (text, language) -> Match, with rapidfuzz."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.content.model import EMERGENCY, Content
from bot.content.targets import CATEGORY, ORGANIZATION, Target
from bot.engine.events import Match
from bot.understand.text import normal_forms, normalise

CONFIDENT = 86.0
CANDIDATE = 62.0
MARGIN = 4.0
PHRASE_BONUS = 2.0
EMERGENCY_CONFIDENT = 84.0

MAX_TOKENS = 40
MAX_WINDOW = 4


@dataclass(frozen=True, slots=True)
class Hit:
    """How well a target matched, and how many words the matching phrase has."""

    score: float
    words: int
    phrase: str = ""


NO_HIT = Hit(0.0, 0)
# Indel ratio forgives missing letters; OSA forgives swapped ones ("unchr" for "unhcr");
# partial_ratio finds a known word inside an inflected one.
Scorer = Callable[..., float]
STEM = 5
NEAR = 2
STEM_SCORE = 88.0
LONG_MESSAGE_WORDS = 7
SHORT_WORD = 4
TINY = 2  # a window this short can only match a phrase typed exactly
CANDIDATES = 8  # the best phrases looked at per window and pass
MANY_WINDOWS = 3  # windows of one size from which one cdist costs less than an extract each
LONE_CONFIDENT = 78.0


Candidates = dict[tuple[str, int], list[tuple[float, int]]]  # (similarity, phrase position)
Found = tuple[Target, float, int, str]  # a phrase like a window: target, score, words, text


@dataclass(frozen=True, slots=True)
class Phrase:
    """A known phrase and the target it means."""

    text: str
    target: Target


def windows(query: str) -> list[str]:
    """Runs of 1 to MAX_WINDOW words, so a known phrase is compared with its own length of text."""
    tokens = query.split()[:MAX_TOKENS]
    found = {
        " ".join(tokens[start : start + size])
        for size in range(1, MAX_WINDOW + 1)
        for start in range(len(tokens) - size + 1)
    }
    return sorted(found)


@dataclass(frozen=True, slots=True)
class Bucket:
    """Phrases compared together, and their texts as rapidfuzz choices."""

    phrases: tuple[Phrase, ...]
    texts: tuple[str, ...]
    words: tuple[int, ...]  # how many words each phrase has

    @classmethod
    def of(cls, phrases: list[Phrase]) -> Bucket:
        texts = tuple(p.text for p in phrases)
        return cls(tuple(phrases), texts, tuple(text.count(" ") + 1 for text in texts))


Pass = tuple[Bucket, Scorer, float]  # phrases to compare a window with, the scorer, its scale


@dataclass(frozen=True, slots=True)
class LanguageIndex:
    """One language's phrases, grouped so a window only meets phrases it could match."""

    near: dict[int, Bucket]  # words in a window -> phrases with up to NEAR words more or fewer
    same: dict[int, Bucket]  # words in a window -> phrases with as many words
    stems: Bucket  # single words long enough to be found inside an inflected word
    tiny: dict[str, tuple[Phrase, ...]]  # phrases of at most TINY letters, by their text
    # (words in a window, longer than STEM?) -> which phrases to compare it with, and how
    passes: dict[tuple[int, bool], tuple[Pass, ...]]

    @classmethod
    def build(cls, phrases: list[Phrase]) -> LanguageIndex:
        def words(p: Phrase) -> int:
            return p.text.count(" ") + 1

        sizes = range(1, MAX_WINDOW + 1)
        near = {k: Bucket.of([p for p in phrases if abs(words(p) - k) <= NEAR]) for k in sizes}
        same = {k: Bucket.of([p for p in phrases if words(p) == k]) for k in sizes}
        stems = Bucket.of([p for p in phrases if words(p) == 1 and len(p.text) >= STEM])
        passes: dict[tuple[int, bool], tuple[Pass, ...]] = {}
        for size, long in itertools.product(sizes, (False, True)):
            found: tuple[Pass, ...] = (
                (near[size], fuzz.ratio, 1.0),
                (same[size], OSA.normalized_similarity, 100.0),
            )
            if size == 1 and long:
                # A known word inside a longer one: suffixes in Somali, Turkish, Kurdish.
                found += ((stems, fuzz.partial_ratio, 1.0),)
            passes[(size, long)] = found
        tiny = {
            text: tuple(p for p in phrases if p.text == text)
            for text in {p.text for p in phrases if len(p.text) <= TINY}
        }
        return cls(near, same, stems, tiny, passes)


class FuzzyMatcher:
    """Matches typed text against the user's language, English and organisation names."""

    def __init__(self, content: Content) -> None:
        names = [
            (name, Target(ORGANIZATION, org.id))
            for org in content.organisations.values()
            for name in filter(None, (org.name, org.full_name, org.id))
        ]
        keywords = {
            lang: [(p, target) for target, phrases in words.items() for p in phrases]
            for lang, words in content.keywords.items()
        }
        every = [text for text, _ in names] + [p for pairs in keywords.values() for p, _ in pairs]
        form = dict(zip(every, normal_forms(every), strict=True))
        shared = [Phrase(form[name], target) for name, target in names]
        # Categories about danger (violence, trafficking) never talk a danger word down.
        self.urgent = {Target(CATEGORY, c.id) for c in content.categories.values() if c.urgent}
        self.by_lang: dict[str, LanguageIndex] = {}
        for lang in content.locales:
            own = [
                Phrase(form[p], target)
                for source in dict.fromkeys((lang, "en"))
                for p, target in keywords.get(source, [])
            ]
            self.by_lang[lang] = LanguageIndex.build([p for p in own + shared if p.text])

    @staticmethod
    def passes(index: LanguageIndex, window: str) -> tuple[Pass, ...]:
        """Which phrases to compare `window` with, and how."""
        return index.passes[(window.count(" ") + 1, len(window) > STEM)]

    def scores(self, normal: str, lang: str) -> dict[Target, Hit]:
        """Best hit per target for a message, normalised."""
        index = self.by_lang[lang if lang in self.by_lang else "en"]
        best: dict[Target, Hit] = {}
        found = windows(normal)
        ready = self.compared_together(index, found)
        for window in found:
            if len(window) <= TINY:
                hits = self.exact(index, window)
            else:
                hits = self.near(index, window, ready)
            for target, score, words, phrase in hits:
                if score > best.get(target, NO_HIT).score:
                    best[target] = Hit(score, words, phrase)  # made only for a better hit
        return best

    @staticmethod
    def exact(index: LanguageIndex, window: str) -> Iterator[Found]:
        """A window of TINY letters or fewer: only the same text can score. A short word
        must be typed exactly, and no longer phrase comes near (2 of 5 letters: 57)."""
        for phrase in index.tiny.get(window, ()):
            yield phrase.target, 100.0, 1, phrase.text

    def compared_together(self, index: LanguageIndex, found: list[str]) -> Candidates:
        """(window, pass) -> its candidates, for window sizes with MANY_WINDOWS or more.

        A long message has dozens of windows of one size: one rapidfuzz cdist per size and
        pass compares them all at once (the same scores, and the same CANDIDATES best first
        as `extract` would give, without a Python call per window). Only the first two
        passes: which stems a word meets depends on the word.
        """
        by_size: dict[int, list[str]] = {}
        for window in found:
            if len(window) > TINY:
                by_size.setdefault(window.count(" ") + 1, []).append(window)
        ready: Candidates = {}
        for group in by_size.values():
            if len(group) < MANY_WINDOWS:
                continue
            for number, (bucket, scorer, scale) in enumerate(self.passes(index, group[0])[:2]):
                ready.update({(window, number): [] for window in group})
                if not bucket.texts:
                    continue
                similarity = process.cdist(
                    group,
                    bucket.texts,
                    scorer=scorer,
                    processor=None,
                    score_cutoff=CANDIDATE / scale,
                    dtype=np.float64,
                )
                rows, columns = np.nonzero(similarity)
                values = similarity[rows, columns].tolist()
                for row, column, value in zip(
                    rows.tolist(), columns.tolist(), values, strict=True
                ):
                    ready[(group[row], number)].append((value, column))
        for hits in ready.values():
            hits.sort(key=lambda hit: (-hit[0], hit[1]))  # as extract orders them
            del hits[CANDIDATES:]
        return ready

    def near(self, index: LanguageIndex, window: str, ready: Candidates) -> Iterator[Found]:
        """The phrases like `window`, each with how well it matched."""
        for number, (bucket, scorer, scale) in enumerate(self.passes(index, window)):
            found = ready.get((window, number))
            if found is None:
                found = [
                    (similarity, position)
                    for _, similarity, position in process.extract(
                        window,
                        bucket.texts,
                        scorer=scorer,
                        processor=None,
                        limit=CANDIDATES,
                        score_cutoff=CANDIDATE / scale,
                    )
                ]
            stems = scorer is fuzz.partial_ratio
            for similarity, position in found:
                text = bucket.texts[position]
                if len(text) <= SHORT_WORD and text != window:
                    continue  # a short word must be typed exactly ("hoe" is not "home")
                raw = similarity * scale
                if stems:
                    if len(text) >= len(window):
                        continue  # only a known word inside a longer typed one counts
                    raw = min(raw, STEM_SCORE)  # "qoyskayga" holds "qoyska": likely, not sure
                # A longer phrase found whole says more than one word of it.
                words = bucket.words[position]
                score = raw + min(words - 1, 3) * PHRASE_BONUS
                yield bucket.phrases[position].target, score, words, text

    def match(self, text: str, lang: str, normal: str | None = None) -> Match:
        """What `text` (normalised: `normal`, when the caller has it) is most like."""
        hits = self.scores(normalise(text) if normal is None else normal, lang)
        ranked = sorted(hits, key=lambda t: -hits[t].score)
        if not ranked or hits[ranked[0]].score < CANDIDATE:
            return Match(None, round(hits[ranked[0]].score, 1) if ranked else 0.0)
        if self.is_emergency(hits, text):
            others = tuple(t for t in ranked if t != EMERGENCY)[:2]
            return Match(EMERGENCY, _shown(hits[EMERGENCY].score), others, confident=True)
        ranked = [t for t in ranked if t != EMERGENCY] + ([EMERGENCY] if EMERGENCY in hits else [])
        target, score = ranked[0], hits[ranked[0]].score
        runner_up = hits[ranked[1]].score if len(ranked) > 1 else 0.0
        runner_words = hits[ranked[1]].words if len(ranked) > 1 else 0
        confident = (
            (score >= CONFIDENT and score - runner_up >= MARGIN)
            # "go back home": a longer phrase found whole beats one of its own words.
            or (score >= CONFIDENT and hits[target].words > runner_words and score > runner_up)
            # A lone fair match ("unchr") with nothing else near it.
            or (score >= LONE_CONFIDENT and runner_up < CANDIDATE)
        )
        alternatives = tuple(t for t in ranked[1:] if hits[t].score >= CANDIDATE)[:2]
        return Match(target, _shown(score), alternatives, confident=confident)

    def is_emergency(self, hits: dict[Target, Hit], text: str) -> bool:
        """Danger words win, except one word merely mentioned inside a long, clear request."""
        hit = hits.get(EMERGENCY)
        if hit is None or hit.score < EMERGENCY_CONFIDENT:
            return False
        calm = {t: other for t, other in hits.items() if t != EMERGENCY and t not in self.urgent}
        if any(_inside(hit.phrase, o.phrase) and o.score >= hit.score for o in calm.values()):
            return False  # "legal help": the danger word is part of a longer, calm phrase
        if hit.words > 1 or len(text.split()) < LONG_MESSAGE_WORDS:
            return True
        # One danger word inside a long, clear request ("my lawyer says the danger ...").
        return hit.score > max((o.score for o in calm.values()), default=0.0)


def _inside(short: str, long: str) -> bool:
    """True when `short` stands as whole words inside the longer phrase `long`."""
    return short != long and f" {short} " in f" {long} "


def _shown(score: float) -> float:
    return min(100.0, round(score, 1))
