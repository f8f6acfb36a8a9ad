"""Understand short typed text: (text, language) -> Match, with rapidfuzz."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, LCSseq

from bot.content.model import EMERGENCY, Content
from bot.content.targets import CATEGORY, ORGANIZATION, Target
from bot.engine.events import Match
from bot.understand.text import normal_forms, normalise

CONFIDENT = 86.0
CANDIDATE = 62.0
MARGIN = 4.0
PHRASE_BONUS = 2.0  # for each word of a phrase past its first, up to BONUS_WORDS of them
BONUS_WORDS = 3
EMERGENCY_CONFIDENT = 84.0
WHOLE = 100.0  # a phrase found whole, as typed (longer phrases found whole score more)
NEARLY_WHOLE = 97.0  # a danger phrase this close is typed, not merely like another word

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
STEM = 5
NEAR = 2
STEM_SCORE = 88.0
LONG_MESSAGE_WORDS = 7
SHORT_WORD = 4
TINY = 2  # a window this short can only match a phrase typed exactly
CANDIDATES = 8  # the best phrases looked at per window and pass
LONE_CONFIDENT = 78.0
MATRIX_PAIRS = 90  # more (word, stem) pairs than this: one matrix of them is cheaper (measured)
# CANDIDATE with a margin, for Stems.pairs: rapidfuzz's float arithmetic never prunes a real hit.
STEM_REACH = CANDIDATE - 1e-6


# An OSA similarity of s needs a fuzz.ratio of (3s - 1) / (1 + s) or more: OSA's distance o
# is at least the lengths' difference and half the Indel distance, so the shorter text has
# at least (1 - s) of the longer's length m in common and the Indel distance is at most
# 2(1 - s)m of the (1 + s)m letters or more. For CANDIDATE: 53.09, taken with a margin.
def osa_floor(candidate: float) -> float:
    """The fuzz.ratio below which no OSA similarity reaches `candidate` (with a margin)."""
    similar = candidate / 100.0
    return 100.0 * (3 * similar - 1) / (1 + similar) - 0.01


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


@dataclass(frozen=True, slots=True, eq=False)
class Bucket:
    """Phrases compared together, and their texts as rapidfuzz choices."""

    phrases: tuple[Phrase, ...]
    texts: tuple[str, ...]
    words: tuple[int, ...]  # how many words each phrase has
    sizes: npt.NDArray[np.int32]  # the same as an array

    @classmethod
    def of(cls, phrases: list[Phrase]) -> Bucket:
        texts = tuple(p.text for p in phrases)
        words = tuple(text.count(" ") + 1 for text in texts)
        return cls(tuple(phrases), texts, words, np.array(words, dtype=np.int32))


@dataclass(frozen=True, slots=True, eq=False)
class Stems(Bucket):
    """Single words long enough to be found inside an inflected word."""

    lengths: tuple[int, ...]
    by_length: tuple[tuple[int, ...], ...]  # letters -> the stems of fewer letters

    @classmethod
    def of(cls, phrases: list[Phrase]) -> Stems:
        bucket = Bucket.of(phrases)
        lengths = tuple(len(text) for text in bucket.texts)
        longest = max(lengths, default=0)
        by_length = tuple(
            tuple(i for i, n in enumerate(lengths) if n < letters)
            for letters in range(longest + 2)
        )
        return cls(bucket.phrases, bucket.texts, bucket.words, bucket.sizes, lengths, by_length)

    def pairs(self, words: list[str]) -> list[tuple[int, int]]:
        """(word, stem) pairs, row by row and in the stems' order, where the stem is
        shorter than the word (only a known word inside a longer typed one counts: hits_of)
        and partial_ratio can reach CANDIDATE.

        partial_ratio is the Indel ratio 2c / (m + n) of the shorter text (m letters) with a
        part of the longer (n letters) that has c letters in order in common with it. c is
        at most the longest common subsequence l of the whole texts, and at most n: the
        ratio is at most 2l / (m + l). l for every pair is one cpdist, far cheaper per pair.
        """
        shorter = [self.shorter_than(len(word)) for word in words]
        if sum(map(len, shorter)) > MATRIX_PAIRS:
            return self.pairs_by_matrix(words)
        pairs = [(row, column) for row, columns in enumerate(shorter) for column in columns]
        if not pairs:
            return []
        common = paired(words, self.texts, pairs, LCSseq.similarity, dtype=np.int32)
        return [
            pair
            for pair, shared in zip(pairs, common, strict=True)
            if 200.0 * shared >= STEM_REACH * (self.lengths[pair[1]] + shared)  # m: the stem's
        ]

    def pairs_by_matrix(self, words: list[str]) -> list[tuple[int, int]]:
        """pairs() for many words: one cdist of every word with every stem, then a mask."""
        common = process.cdist(
            words, self.texts, scorer=LCSseq.similarity, processor=None, dtype=np.int32
        ).astype(np.float64)
        lengths = np.array([len(w) for w in words])[:, None]
        stems = np.array(self.lengths)[None, :]
        shorter = np.minimum(lengths, stems)
        possible = 200.0 * common >= STEM_REACH * (shorter + common)
        rows, columns = np.divmod(np.flatnonzero(possible & (lengths > stems)), len(self.texts))
        return list(zip(rows.tolist(), columns.tolist(), strict=True))

    def shorter_than(self, letters: int) -> tuple[int, ...]:
        """The positions of the stems of fewer letters, in order."""
        return self.by_length[min(letters, len(self.by_length) - 1)]


@dataclass(frozen=True, slots=True)
class LanguageIndex:
    """One language's phrases, grouped so a window only meets phrases it could match."""

    # Phrases of up to MAX_WINDOW + NEAR words (a window meets those of NEAR words more or
    # fewer), and where each is in `same` (-1 for phrases longer than any window).
    near: Bucket
    same_position: tuple[int, ...]
    same: dict[int, Bucket]  # words in a window -> phrases with as many words
    stems: Stems  # single words long enough to be found inside an inflected word
    tiny: dict[str, tuple[Phrase, ...]]  # phrases of at most TINY letters, by their text

    @classmethod
    def build(cls, phrases: list[Phrase]) -> LanguageIndex:
        words = [p.text.count(" ") + 1 for p in phrases]
        sizes = range(1, MAX_WINDOW + 1)
        near = Bucket.of(
            [p for p, k in zip(phrases, words, strict=True) if k <= MAX_WINDOW + NEAR]
        )
        same = {
            size: Bucket.of([p for p, k in zip(phrases, words, strict=True) if k == size])
            for size in sizes
        }
        # Both keep the phrases' order: the n-th phrase of k words is the n-th in same[k].
        counted = dict.fromkeys(sizes, 0)
        position = []
        for k in near.words:
            position.append(counted.get(k, -1))
            if k in counted:
                counted[k] += 1
        stems = Stems.of(
            [p for p, k in zip(phrases, words, strict=True) if k == 1 and len(p.text) >= STEM]
        )
        tiny: dict[str, tuple[Phrase, ...]] = {}
        for p in phrases:
            if len(p.text) <= TINY:
                tiny[p.text] = (*tiny.get(p.text, ()), p)
        return cls(near, tuple(position), same, stems, tiny)


# A hit in the order a window-by-window search meets it: (window, pass, rank), then the hit.
Event = tuple[tuple[int, int, int], Found]


Scored = list[tuple[int, int, float]]  # (row, column, similarity) of a comparison


def nonzero(similarity: npt.NDArray[np.float64]) -> Scored:
    """The scores of a cdist matrix (0 below its cutoff), row by row."""
    flat = np.flatnonzero(similarity != 0.0)  # of booleans: far faster than of floats
    rows, columns = np.divmod(flat, similarity.shape[1])
    values = similarity.ravel()[flat].tolist()
    return list(zip(rows.tolist(), columns.tolist(), values, strict=True))


def best_first(scored: Scored) -> dict[int, list[tuple[float, int]]]:
    """Row -> its CANDIDATES best (similarity, column), best first and in column order within
    one similarity, as `process.extract` gives them (from scores row by row, in column order)."""
    found: dict[int, list[tuple[float, int]]] = {}
    for row, column, value in scored:
        found.setdefault(row, []).append((value, column))
    for hits in found.values():
        hits.sort(key=lambda hit: -hit[0])  # stable: columns stay in order within one value
        del hits[CANDIDATES:]
    return found


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
        self.danger_by_lang: dict[str, LanguageIndex] = {}  # the danger phrases alone
        self.named_by_lang: dict[str, LanguageIndex] = {}  # danger phrases and names alone
        for lang in content.locales:
            own = [
                Phrase(form[p], target)
                for source in dict.fromkeys((lang, "en"))
                for p, target in keywords.get(source, [])
                if form[p]
            ]
            self.by_lang[lang] = LanguageIndex.build([p for p in own + shared if p.text])
            self.danger_by_lang[lang] = LanguageIndex.build(
                [p for p in own if p.target == EMERGENCY]
            )
            self.named_by_lang[lang] = LanguageIndex.build(
                [p for p in own + shared if p.text and _names_or_danger(p.target)]
            )

    def may_be_emergency(self, normal: str, lang: str) -> bool:
        """False when match() cannot answer EMERGENCY confidently (a message, normalised).

        Its danger phrases alone are searched as scores() searches all phrases: a danger
        phrase's hit can only be lower among all of them (other phrases may take its place
        among a window's best), and a confident EMERGENCY needs a hit of LONE_CONFIDENT or
        more. A fraction of the phrases: a long calm message's check costs little.
        """
        best = self.scores(normal, lang, of_language(self.danger_by_lang, lang)).get(
            EMERGENCY, NO_HIT
        )
        return best.score >= LONE_CONFIDENT

    def may_name(self, normal: str, lang: str, score: float) -> bool:
        """False when match() cannot answer EMERGENCY or an organisation with `score` or
        more (a message, normalised): as may_be_emergency, over the danger phrases and the
        organisations' names and keywords alone."""
        at_least = score - 0.1  # Match.score is the hit's rounded to one decimal: a margin
        hits = self.scores(normal, lang, of_language(self.named_by_lang, lang), at_least)
        return any(hit.score >= at_least for hit in hits.values())

    def scores(
        self,
        normal: str,
        lang: str,
        index: LanguageIndex | None = None,
        at_least: float = CANDIDATE,
    ) -> dict[Target, Hit]:
        """Best hit per target for a message, normalised.

        Each window (a run of words) meets the phrases it could match in up to three
        passes, each taking its CANDIDATES best phrases: fuzz.ratio with phrases of NEAR
        words more or fewer, OSA with phrases of as many words and, for a long single word,
        partial_ratio with the known words it may hold. A window of TINY letters only meets
        the same text. The hits are taken in the order of a search window by window and pass
        by pass, so the best hit per target, and the order targets are first found in (which
        breaks ties), are that search's.
        """
        if index is None:
            index = of_language(self.by_lang, lang)
        found = windows(normal)
        events = [
            ((number, 0, rank), hit)
            for number, window in enumerate(found)
            if len(window) <= TINY
            for rank, hit in enumerate(exact(index, window))
        ]
        longer = [(number, window) for number, window in enumerate(found) if len(window) > TINY]
        # A hit of `at_least` (more than CANDIDATE: may_name) needs a similarity of that
        # less the greatest phrase bonus; a stem's hit is never more than STEM_SCORE.
        events += word_passes(index, longer, max(CANDIDATE, at_least - BONUS_WORDS * PHRASE_BONUS))
        if at_least <= STEM_SCORE:
            events += stem_pass(index.stems, longer)
        events.sort(key=lambda event: event[0])
        best: dict[Target, Hit] = {}
        for _, (target, score, words, phrase) in events:
            if score > best.get(target, NO_HIT).score:
                best[target] = Hit(score, words, phrase)  # made only for a better hit
        return best

    def match(
        self, text: str, lang: str, normal: str | None = None, written_in: str | None = None
    ) -> Match:
        """What `text` (normalised: `normal`, when the caller has it) is most like.
        `written_in`: the language the message looks written in, when not `lang`."""
        normal = normalise(text) if normal is None else normal
        hits = self.scores(normal, lang)
        ranked = sorted(hits, key=lambda t: -hits[t].score)
        if not ranked or hits[ranked[0]].score < CANDIDATE:
            return Match(None, round(hits[ranked[0]].score, 1) if ranked else 0.0)
        if self.is_emergency(hits, text) and not self.explained(normal, written_in, hits):
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

    def explained(self, normal: str, written_in: str | None, hits: dict[Target, Hit]) -> bool:
        """Whether the danger word the user's language found less than nearly exactly is a
        calm phrase of the language the message is written in, found whole ("changer de
        langue" from someone reading Arabic: French, not "danger" mistyped). That language's
        phrases only take a danger word away, never add one."""
        hit = hits[EMERGENCY]
        if written_in is None or written_in not in self.by_lang or hit.score >= NEARLY_WHOLE:
            return False
        there = self.scores(normal, written_in)
        return any(
            _explains(other, hit)
            for target, other in there.items()
            if target != EMERGENCY and target not in self.urgent
        )

    def is_emergency(self, hits: dict[Target, Hit], text: str) -> bool:
        """Danger words win, except one word merely mentioned inside a long, clear request."""
        hit = hits.get(EMERGENCY)
        if hit is None or hit.score < EMERGENCY_CONFIDENT:
            return False
        calm = {t: other for t, other in hits.items() if t != EMERGENCY and t not in self.urgent}
        if any(_inside(hit.phrase, o.phrase) and o.score >= hit.score for o in calm.values()):
            return False  # "legal help": the danger word is part of a longer, calm phrase
        if hit.score < NEARLY_WHOLE and any(_explains(o, hit) for o in calm.values()):
            return False  # "changer de langue": "changer" is a known word, not "danger" mistyped
        if hit.words > 1 or len(text.split()) < LONG_MESSAGE_WORDS:
            return True
        # One danger word inside a long, clear request ("my lawyer says the danger ...").
        return hit.score > max((o.score for o in calm.values()), default=0.0)


Windows = list[tuple[int, str]]  # windows of a message with their numbers in windows()


def word_passes(index: LanguageIndex, found: Windows, candidate: float = CANDIDATE) -> list[Event]:
    """Passes 0 and 1, from one cdist of the windows with the phrases of up to
    MAX_WINDOW + NEAR words (fuzz.ratio down to osa_floor(candidate)).

    Pass 0 keeps the phrases within NEAR words of a window that reach `candidate`. Pass 1
    is OSA with the phrases of as many words: only the pairs that cdist found are compared,
    with one cpdist, for no other pair can reach `candidate` (see osa_floor).
    """
    near = index.near
    if not found or not near.texts:
        return []
    texts = [window for _, window in found]
    similarity = process.cdist(
        texts,
        near.texts,
        scorer=fuzz.ratio,
        processor=None,
        score_cutoff=osa_floor(candidate),
        dtype=np.float64,
    )
    sizes = [window.count(" ") + 1 for window in texts]
    ratio: Scored = []
    pairs: list[tuple[int, int]] = []  # of as many words: OSA's to compare
    for row, column, value in nonzero(similarity):
        size, words = sizes[row], near.words[column]
        # ratio = 100 * similarity: >= CANDIDATE exactly when rapidfuzz's cutoff would keep it.
        if value >= candidate and abs(size - words) <= NEAR:
            ratio.append((row, column, value))
        if size == words:
            pairs.append((row, column))
    events: list[Event] = []
    for row, hits in best_first(ratio).items():
        number, window = found[row]
        events += hits_of(window, number, 0, near, hits, 1.0)
    if not pairs:
        return events
    osa = paired(texts, near.texts, pairs, OSA.normalized_similarity, cutoff=candidate / 100)
    same = [  # as positions in `same`, in the same order as in `near`
        (row, index.same_position[column], value)
        for (row, column), value in zip(pairs, osa, strict=True)
        if value
    ]
    for row, hits in best_first(same).items():
        number, window = found[row]
        events += hits_of(window, number, 1, index.same[sizes[row]], hits, 100.0)
    return events


def stem_pass(stems: Stems, found: Windows) -> list[Event]:
    """Pass 2: partial_ratio of a long single word with the known words it may hold, one
    cpdist for the pairs that could reach CANDIDATE (the others would not count)."""
    group = [(n, window) for n, window in found if " " not in window and len(window) > STEM]
    if not group or not stems.texts:
        return []
    texts = [window for _, window in group]
    pairs = stems.pairs(texts)
    if not pairs:
        return []
    similarity = paired(texts, stems.texts, pairs, fuzz.partial_ratio, cutoff=CANDIDATE)
    scored = [
        (row, column, value)
        for (row, column), value in zip(pairs, similarity, strict=True)
        if value
    ]
    events: list[Event] = []
    for row, hits in best_first(scored).items():
        number, window = group[row]
        events += hits_of(window, number, 2, stems, hits, 1.0, stems=True)
    return events


def paired(
    left: Sequence[str],
    right: Sequence[str],
    pairs: list[tuple[int, int]],
    scorer: Callable[..., float],
    cutoff: float | None = None,
    dtype: type[np.generic] = np.float64,
) -> list[float]:
    """scorer(left[row], right[column]) for each (row, column) pair, by one cpdist (0 below
    `cutoff`)."""
    found: list[float] = process.cpdist(
        [left[row] for row, _ in pairs],
        [right[column] for _, column in pairs],
        scorer=scorer,
        processor=None,
        score_cutoff=cutoff,
        dtype=dtype,
    ).tolist()
    return found


def exact(index: LanguageIndex, window: str) -> Iterator[Found]:
    """A window of TINY letters or fewer: only the same text can score. A short word
    must be typed exactly, and no longer phrase comes near (2 of 5 letters: 57)."""
    for phrase in index.tiny.get(window, ()):
        yield phrase.target, 100.0, 1, phrase.text


def hits_of(
    window: str,
    number: int,
    step: int,
    bucket: Bucket,
    hits: list[tuple[float, int]],
    scale: float,
    stems: bool = False,
) -> list[Event]:
    """The phrases found like `window` (the `number`-th) in one pass (the `step`-th): its
    best, best first, each with how well it matched."""
    events: list[Event] = []
    for rank, (similarity, position) in enumerate(hits):
        text = bucket.texts[position]
        if len(text) <= SHORT_WORD and text != window:
            continue  # a short word must be typed exactly ("hoe" is not "home")
        raw = similarity * scale
        if stems:  # a known word inside a longer typed one (Stems.pairs)
            raw = min(raw, STEM_SCORE)  # "qoyskayga" holds "qoyska": likely, not sure
        # A longer phrase found whole says more than one word of it.
        words = bucket.words[position]
        score = raw + min(words - 1, BONUS_WORDS) * PHRASE_BONUS
        events.append(
            ((number, step, rank), (bucket.phrases[position].target, score, words, text))
        )
    return events


def of_language(indexes: dict[str, LanguageIndex], lang: str) -> LanguageIndex:
    """A language's index; English's for a language the content does not have."""
    return indexes[lang if lang in indexes else "en"]


def _names_or_danger(target: Target) -> bool:
    return target == EMERGENCY or target.kind == ORGANIZATION


def _explains(calm: Hit, danger: Hit) -> bool:
    """A calm phrase matched so well that a danger word merely like the message's words
    (a typo's distance, a shared stem) is not what was typed."""
    return calm.score >= WHOLE or (calm.words > danger.words and calm.score > danger.score)


def _inside(short: str, long: str) -> bool:
    """True when `short` stands as whole words inside the longer phrase `long`."""
    return short != long and f" {short} " in f" {long} "


def _shown(score: float) -> float:
    return min(100.0, round(score, 1))
