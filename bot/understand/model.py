"""A linear model over character n-grams and words, learnt from the content's examples.

Complement naive Bayes (Rennie et al. 2003) over hashed features: it trains in one pass
over the examples (a fraction of a second for all languages), needs only NumPy, and
generalises to words it has not seen through their character n-grams (inflections,
typos, transliterations). The trained weights are cached by a hash of the examples.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.understand.text import normalise

BUCKETS = 1 << 16  # hashed feature space; collisions are rare at this size for short texts
NGRAMS = (2, 3, 4)
SMOOTHING = 0.3
MAX_WORDS = 60
# Training runs averaged into the softmax model, each in its own order of the examples. Since
# 2026-12-03 (one run before): with two danger networks, on the validation and tuning sets
# over three seeds at the thresholds of then, 91.22 -> 92.27 % top-1, 4.33 -> 4.67 of 1,915
# emergencies missed and 184.0 -> 178.3 false alarms of 5,420 (see Thresholds.danger). Five
# since 2026-12-04 (three before): validation (blind8 ... blind16) and tuning sets, six seeds,
# 93.01 -> 93.22 % top-1, the same 4.17 of 2,683 emergencies missed, 273.7 -> 266.5 false
# alarms of 8,748; the softmax trains in 40 s where it took 25 (no memory more: one mean).
ORDERS = 5

Floats = npt.NDArray[np.float32]


def _bucket(feature: str) -> int:
    # crc32, not hash(): the same bucket in every process, so cached weights stay valid.
    return zlib.crc32(feature.encode()) & (BUCKETS - 1)


Features = dict[int, float]  # hashed feature -> log count
Vector = tuple[npt.NDArray[np.int64], Floats]  # the same as arrays: feature, log count


def vector(found: Features) -> Vector:
    """Features as arrays, taken once for all the models that read one message."""
    return (
        np.fromiter(found, dtype=np.int64, count=len(found)),
        np.fromiter(found.values(), dtype=np.float32, count=len(found)),
    )


# Every half-precision number as a float32 (exact), by its bits: a table lookup converts
# a message's rows several times faster than NumPy's float16 cast, with the same values.
_HALVES = np.arange(1 << 16, dtype=np.uint16).view(np.float16).astype(np.float32)


def rows_of(weights: npt.NDArray[Any], index: npt.NDArray[np.int64]) -> npt.NDArray[Any]:
    """The weights of a message's features: np.take, a third faster than weights[index];
    half-precision weights come as float32, which their product with the counts uses."""
    if weights.dtype == np.float16:
        return _HALVES.take(np.take(weights.view(np.uint16), index, axis=0))
    return np.take(weights, index, axis=0)


def features(text: str) -> Features:
    """Hashed features of a text (words, word pairs, character n-grams) with log counts."""
    return word_features(normalise(text).split())


def word_features(words: list[str]) -> Features:
    """features() of a text already normalised and split into words."""
    return {index: math.log1p(n) for index, n in Counter(_hashed(words)).items()}


# log1p of a count as vector() keeps it (float64 rounded to float32), for the usual counts.
_LOG_COUNTS = np.array([math.log1p(n) for n in range(256)], dtype=np.float32)


WordBuckets = dict[str, tuple[int, list[int]]]  # a word -> its own bucket, its n-grams' buckets


def word_vector(words: list[str], known: WordBuckets | None = None) -> Vector:
    """vector(word_features(words)), the same arrays, without a dict of floats between.

    `known`: the buckets of words already hashed, kept by the caller for one message (its
    clauses are weighed too) and filled here; never kept beyond the message."""
    counts = Counter(_hashed(words, known))  # in the order features are first found
    index = np.fromiter(counts, dtype=np.int64, count=len(counts))
    n = np.fromiter(counts.values(), dtype=np.int64, count=len(counts))
    if n.size and n.max() >= len(_LOG_COUNTS):
        return index, np.array([math.log1p(count) for count in n.tolist()], dtype=np.float32)
    return index, _LOG_COUNTS[n]


Labelled = list[tuple[Vector, Any]]  # examples' features as arrays, each with its label


def featurised(samples: Iterable[tuple[str, Any]]) -> Labelled:
    """(vector(features(text)), label) for every sample with a feature, in order: worked out
    once for all the models that learn from the same texts (a tenth of a cold start each)."""
    rows = ((word_vector(normalise(text).split()), label) for text, label in samples)
    return [(found, label) for found, label in rows if found[0].size]


def _hashed(words: list[str], known: WordBuckets | None = None) -> list[int]:
    """The bucket of every feature of these words, in order, repeats included: each word,
    each pair of words, then each word's character n-grams."""
    words = words[:MAX_WORDS]
    mask = BUCKETS - 1  # _bucket(gram) for each gram, without a Python call per gram
    pairs = [f"b:{a} {b}".encode() for a, b in itertools.pairwise(words)]
    if known is not None and all(word in known for word in words):
        own = [known[word] for word in words]
        return (
            [bucket for bucket, _ in own]
            + [crc & mask for crc in map(zlib.crc32, pairs)]
            + [bucket for _, grams in own for bucket in grams]
        )
    grams = [f"w:{w}".encode() for w in words] + pairs
    counted = []  # how many n-grams each word has
    for word in words:
        before = len(grams)
        padded = f" {word} "
        width = _width(min(word))
        if _width(max(word)) == width:  # every letter as many bytes: n-grams are byte slices
            grams += map(padded.encode().__getitem__, _slices(len(word), width))
        else:
            grams += [
                padded[i : i + n].encode() for n in NGRAMS for i in range(len(padded) - n + 1)
            ]
        counted.append(len(grams) - before)
    buckets = [crc & mask for crc in map(zlib.crc32, grams)]
    if known is not None:
        start = 2 * len(words) - 1 if words else 0
        for position, (word, size) in enumerate(zip(words, counted, strict=True)):
            known[word] = (buckets[position], buckets[start : start + size])
            start += size
    return buckets


def _width(letter: str) -> int:
    """How many bytes UTF-8 takes for this letter."""
    code = ord(letter)
    return 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4


@functools.cache
def _slices(letters: int, width: int) -> tuple[slice, ...]:
    """The character n-grams of " word " (a word of `letters` letters of `width` bytes each)
    as slices of its UTF-8 bytes, in the order word_features takes them."""
    last = letters + 1  # the closing space

    def offset(i: int) -> int:
        return i if i == 0 else 1 + width * (i - 1) if i <= last else 2 + width * letters

    return tuple(
        slice(offset(i), offset(i + n)) for n in NGRAMS for i in range(letters + 2 - n + 1)
    )


@dataclass(frozen=True, slots=True)
class Scores:
    """Class probabilities for one text, best first."""

    ranked: tuple[tuple[str, float], ...]

    def best(self) -> tuple[str, float]:
        return self.ranked[0] if self.ranked else ("none", 0.0)

    def of(self, label: str) -> float:
        return next((p for name, p in self.ranked if name == label), 0.0)


class Classifier:
    """A model with `labels` that gives each a probability for a message's features."""

    labels: tuple[str, ...]

    def probabilities(self, found: Vector) -> Floats | None:
        raise NotImplementedError

    def predict(self, text: str) -> Scores:
        return self.predict_features(vector(features(text)))

    def predict_features(self, found: Vector) -> Scores:
        """As `predict`, for features already taken (one message, several models)."""
        probabilities = self.probabilities(found)
        return Scores(()) if probabilities is None else ranked(self.labels, probabilities)

    def best_features(self, found: Vector) -> tuple[str, float]:
        """predict_features(found).best(), without ranking the other labels."""
        probabilities = self.probabilities(found)
        if probabilities is None:
            return Scores(()).best()
        top = int(np.argmax(probabilities))  # the first of equals, as ranked() puts it first
        return self.labels[top], float(probabilities[top])


class NaiveBayes(Classifier):
    """Complement naive Bayes; its scores become probabilities with a temperature."""

    def __init__(self, labels: Sequence[str], weights: Floats, temperature: float) -> None:
        self.labels = tuple(str(label) for label in labels)  # plain str, also from a cache file
        # (BUCKETS, classes): a message's few features are a few contiguous rows to read.
        self.weights = weights
        self.temperature = temperature

    @classmethod
    def train(cls, samples: Iterable[tuple[str, str]], temperature: float = 3.0) -> NaiveBayes:
        """Learn from (text, label) pairs."""
        return cls.learn(featurised(samples), temperature)

    @classmethod
    def learn(cls, rows: Labelled, temperature: float = 3.0) -> NaiveBayes:
        """Learn from examples' features (`featurised`)."""
        labels = sorted({label for _, label in rows})
        position = {label: i for i, label in enumerate(labels)}
        counts = np.zeros((len(labels), BUCKETS), dtype=np.float32)
        for (index, values), label in rows:
            counts[position[label], index] += values
        # In place, one array at a time: training must not need much more memory than the bot.
        total = counts.sum(axis=0, keepdims=True)
        np.subtract(total, counts, out=counts)
        counts += SMOOTHING
        counts /= counts.sum(axis=1, keepdims=True)
        np.log(counts, out=counts)
        counts /= np.abs(counts).sum(axis=1, keepdims=True)
        return cls(labels, np.ascontiguousarray(counts.T), temperature)

    def probabilities(self, found: Vector) -> Floats | None:
        index, values = found
        if not index.size:
            return None
        # Complement NB: the best class matches its complement least.
        raw = -(values @ rows_of(self.weights, index))
        # Scores on a common scale (standardised over the classes), then a softmax.
        centred = raw - raw.sum() / raw.size  # raw.mean(), the same float32, faster
        spread = float(np.sqrt(centred @ centred / centred.size)) or 1.0  # raw.std(), faster
        probabilities: Floats = np.exp((raw - raw.max()) / spread * self.temperature)
        shares: Floats = probabilities / probabilities.sum()
        return shares


def ranked(labels: Sequence[str], probabilities: npt.NDArray[np.floating[Any]]) -> Scores:
    """The eight likeliest labels, best first."""
    order = np.argsort(-probabilities)[:8].tolist()
    shares = probabilities[order].tolist()
    return Scores(tuple(zip([labels[i] for i in order], shares, strict=True)))


class Softmax(Classifier):
    """Multinomial logistic regression over the same features, learnt with AdaGrad.

    Where naive Bayes weighs each feature by how often it comes with a label, this learns
    which features tell the labels apart, so a word common to many needs counts for less.
    Averaged with naive Bayes (`Average`) it was right more often on the development set
    than either alone (top-1 0.861 -> 0.897, danger recall 0.983 -> 1.0).
    """

    def __init__(self, labels: Sequence[str], weights: Floats, bias: Floats) -> None:
        self.labels = tuple(str(label) for label in labels)
        self.weights = weights  # (BUCKETS, classes), like NaiveBayes
        self.bias = bias

    @classmethod
    def train(cls, samples: Iterable[tuple[str, str]], seed: int = 1) -> Softmax:
        """Learn from (text, label) pairs."""
        return cls.learn(featurised(samples), seed=seed)

    @classmethod
    def learn(
        cls,
        rows: Labelled,
        epochs: int = 3,
        rate: float = 0.3,
        seed: int = 1,
        orders: int = ORDERS,
    ) -> Softmax:
        """Learn from examples' features (`featurised`): once in each of `orders` orders fixed
        by `seed`, the weights averaged. One order's model leans on the examples it saw last;
        the loss is convex, so the average of several is as good a model, and steadier."""
        labels = sorted({label for _, label in rows})
        weights = np.zeros((BUCKETS, len(labels)), dtype=np.float32)
        bias = np.zeros(len(labels), dtype=np.float32)
        for order in range(orders):  # summed as they come: one run's arrays at a time
            run = _softmax_run(rows, labels, epochs, rate, np.random.default_rng([seed, order]))
            weights += run[0]
            bias += run[1]
        weights /= orders
        bias /= orders
        return cls(labels, weights, bias)

    def probabilities(self, found: Vector) -> Floats | None:
        index, values = found
        return _softmax(values @ rows_of(self.weights, index) + self.bias) if index.size else None


def _softmax_run(
    rows: Labelled, labels: list[str], epochs: int, rate: float, order: np.random.Generator
) -> tuple[Floats, Floats]:
    """One training run of the softmax model, AdaGrad over the examples in `order`."""
    position = {label: i for i, label in enumerate(labels)}
    weights = np.zeros((BUCKETS, len(labels)), dtype=np.float32)
    squares = np.full((BUCKETS, len(labels)), 1e-6, dtype=np.float32)
    bias = np.zeros(len(labels), dtype=np.float32)
    for _ in range(epochs):
        for n in order.permutation(len(rows)):
            (index, values), label = rows[n]
            own = weights[index]  # this example's rows, read once (a copy)
            error = _softmax(values @ own + bias)
            error[position[label]] -= 1.0
            _adagrad_rows(weights, squares, index, own, np.outer(values, error), rate)
            bias -= 0.05 * error
    return weights, bias


def _adagrad_rows(
    weights: Floats,
    squares: Floats,
    index: npt.NDArray[np.int64],
    own: Floats,
    gradient: Floats,
    rate: float,
) -> None:
    """One AdaGrad step for one example's rows of `weights` (`own`: those rows as read)."""
    summed = squares[index] + gradient * gradient
    squares[index] = summed
    weights[index] = own - rate * gradient / np.sqrt(summed)


def _softmax(raw: Floats) -> Floats:
    exp: Floats = np.exp(raw - raw.max())
    shares: Floats = exp / exp.sum()
    return shares


class Average(Classifier):
    """Two models over the same labels; their probabilities averaged, the first weighing
    `weight` (and the second the rest)."""

    def __init__(self, first: Classifier, second: Classifier, weight: float = 0.5) -> None:
        if first.labels != second.labels:
            raise ValueError("the two models must know the same labels")
        self.first, self.second = first, second
        self.labels = first.labels
        self.weight = np.float32(weight)

    def each(self, found: Vector) -> tuple[Floats, Floats] | None:
        """Both models' probabilities, for a caller that mixes them more than one way."""
        first, second = self.first.probabilities(found), self.second.probabilities(found)
        return None if first is None or second is None else (first, second)

    def mixed(self, first: Floats, second: Floats, weight: float | None = None) -> Floats:
        """The average of `each`'s two, the first weighing `weight` (the model's own if None)."""
        share = self.weight if weight is None else np.float32(weight)
        both: Floats = first * share + second * (np.float32(1.0) - share)
        return both

    def probabilities(self, found: Vector) -> Floats | None:
        both = self.each(found)
        return None if both is None else self.mixed(*both)


def fingerprint(samples: Sequence[tuple[str, str]]) -> str:
    """A hash of the training data, to reuse weights learnt from the same examples."""
    digest = hashlib.sha256()
    for text, label in samples:
        digest.update(f"{label}\t{text}\n".encode())
    return digest.hexdigest()[:16]


class Alarm:
    """Networks of one hidden layer over the same features, for one yes/no question: is
    this danger now? Their probabilities averaged.

    A linear model adds up its words: "fire" counts for danger in "the kitchen is on fire"
    and in "what do we do if there is a fire?" alike. The hidden layer (HIDDEN units, ReLU)
    lets words weigh differently together. In place of a logistic regression, on the tuning
    sets (2026-12-02, two random starts): 3-5 of 955 emergencies missed for 102-122 false
    alarms of 1,644, where the logistic model missed 4-6 for 111-147.

    One network's answer depends on its random start and order: another start misses other
    emergencies. NETWORKS of them, each from its own, answer as their mean (one before
    2026-12-03: with the averaged softmax, on the validation and tuning sets over three
    seeds, 5.33 -> 4.67 of 1,915 emergencies missed for 178.7 -> 178.3 false alarms of
    5,420; three networks, in a trial, missed as many as two, for 4 MB more).
    """

    HIDDEN = 32
    NETWORKS = 2

    def __init__(
        self, weights: npt.NDArray[Any], bias: Floats, out: Floats, out_bias: Floats
    ) -> None:
        # (BUCKETS, networks x HIDDEN), side by side: a message's features are a few rows.
        self.weights = weights
        self.bias = bias  # (networks x HIDDEN)
        self.out = out  # (networks, HIDDEN)
        self.out_bias = out_bias  # (networks)

    @classmethod
    def train(cls, samples: Iterable[tuple[str, bool]], seed: int = 1) -> Alarm:
        """Learn from (text, yes) pairs."""
        return cls.learn(featurised(samples), seed=seed)

    @classmethod
    def learn(cls, rows: Labelled, epochs: int = 4, rate: float = 0.2, seed: int = 1) -> Alarm:
        """Learn from examples' features (`featurised`) and whether each is danger: each
        network with AdaGrad, one example at a time, in a fixed order from fixed starting
        weights, both drawn from `seed` and its number: the same model from the same
        examples and seed."""
        networks = [
            _alarm_run(rows, cls.HIDDEN, epochs, rate, np.random.default_rng([seed, n]))
            for n in range(cls.NETWORKS)
        ]
        return cls(
            np.concatenate([weights for weights, _, _, _ in networks], axis=1),
            np.concatenate([bias for _, bias, _, _ in networks]),
            np.stack([out for _, _, out, _ in networks]),
            np.array([out_bias for _, _, _, out_bias in networks], dtype=np.float32),
        )

    def predict(self, text: str) -> float:
        return self.predict_features(vector(features(text)))

    def predict_features(self, found: Vector) -> float:
        index, values = found
        if not index.size:
            return 0.0
        hidden = np.maximum(values @ rows_of(self.weights, index) + self.bias, 0.0)
        logits = (hidden.reshape(self.out.shape) * self.out).sum(axis=1) + self.out_bias
        return sum(map(_sigmoid, logits.tolist())) / len(logits)


def _alarm_run(
    rows: Labelled, width: int, epochs: int, rate: float, start: np.random.Generator
) -> tuple[Floats, Floats, Floats, float]:
    """One danger network of `width` hidden units, trained: weights, bias, out, out_bias."""
    weights = (start.standard_normal((BUCKETS, width)) * 0.05).astype(np.float32)
    out = (start.standard_normal(width) * 0.1).astype(np.float32)
    bias = np.zeros(width, dtype=np.float32)
    out_bias = 0.0
    squares = np.full((BUCKETS, width), 1e-6, dtype=np.float32)  # AdaGrad's sums
    bias_squares = np.full(width, 1e-6, dtype=np.float32)
    out_squares = np.full(width, 1e-6, dtype=np.float32)
    out_bias_squares = 1e-6
    for _ in range(epochs):
        for position in start.permutation(len(rows)):
            (index, values), yes = rows[position]
            own = weights[index]  # this example's rows, read once (a copy)
            inner = values @ own + bias
            hidden = np.maximum(inner, 0.0)
            error = _sigmoid(float(hidden @ out) + out_bias) - float(yes)
            back = error * out * (inner > 0)  # the error at the hidden units
            _adagrad_rows(weights, squares, index, own, np.outer(values, back), rate)
            bias_squares += back * back
            bias -= rate * back / np.sqrt(bias_squares)
            out_gradient = error * hidden
            out_squares += out_gradient * out_gradient
            out -= rate * out_gradient / np.sqrt(out_squares)
            out_bias_squares += error * error
            out_bias -= rate * error / math.sqrt(out_bias_squares)
    return weights, bias, out, out_bias


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))
