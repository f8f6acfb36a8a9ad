"""The models under the understanding, on toy data: they learn, and they refuse a mismatch."""

from __future__ import annotations

import numpy as np
import pytest

from bot.understand.model import (
    Alarm,
    Average,
    NaiveBayes,
    Softmax,
    WordBuckets,
    _softmax_run,
    features,
    featurised,
    vector,
    word_features,
    word_vector,
)
from bot.understand.text import normalise

SAMPLES = [
    ("i need a lawyer", "legal"),
    ("lawyer for my appeal", "legal"),
    ("a lawyer please", "legal"),
    ("i need a doctor", "health"),
    ("my tooth hurts, doctor", "health"),
    ("doctor appointment", "health"),
]


def test_softmax_and_the_average_learn_what_tells_labels_apart() -> None:
    softmax = Softmax.train(SAMPLES)
    both = Average(NaiveBayes.train(SAMPLES), softmax)
    for model in (softmax, both):
        assert model.predict_features(vector(features("lawyr needed"))).best()[0] == "legal"
        assert model.predict_features(vector(features("see a doctr"))).best()[0] == "health"
        shares = [p for _, p in model.predict_features(vector(features("doctor"))).ranked]
        assert sum(shares) == pytest.approx(1.0, abs=1e-3)


DANGER = [
    ("the kitchen is on fire", True),
    ("fire in the corridor, we cannot get out", True),
    ("he is beating her now", True),
    ("what do we do if there is a fire", False),
    ("is there a fire drill this week", False),
    ("i need a lawyer", False),
    ("where is the doctor", False),
]


def test_the_danger_model_learns_danger_from_calm_words_alike() -> None:
    alarm = Alarm.train(DANGER * 5)
    assert alarm.predict("the hallway is on fire") > 0.5
    assert alarm.predict("if there is a fire what do we do") < 0.5
    assert alarm.predict("a lawyer please") < 0.5
    assert alarm.predict("") == 0.0  # no features: no danger to tell
    again = Alarm.train(DANGER * 5)
    assert (alarm.weights == again.weights).all()  # the same examples, the same model


def test_the_danger_model_answers_as_the_mean_of_its_networks() -> None:
    alarm = Alarm.train(DANGER * 5)
    width = Alarm.HIDDEN
    networks = [
        Alarm(
            alarm.weights[:, n * width : (n + 1) * width],
            alarm.bias[n * width : (n + 1) * width],
            alarm.out[n : n + 1],
            alarm.out_bias[n : n + 1],
        )
        for n in range(Alarm.NETWORKS)
    ]
    assert Alarm.NETWORKS >= 2
    assert not (networks[0].weights == networks[1].weights).all()  # each from its own start
    for text in ("the hallway is on fire", "is there a fire drill", "a lawyer please"):
        each = [network.predict(text) for network in networks]
        assert alarm.predict(text) == pytest.approx(sum(each) / len(each), abs=1e-6)


def test_the_softmax_model_is_the_average_of_its_training_orders() -> None:
    rows = featurised(SAMPLES)
    labels = sorted({label for _, label in SAMPLES})
    runs = [_softmax_run(rows, labels, 3, 0.3, np.random.default_rng([1, n])) for n in range(2)]
    averaged = Softmax.learn(rows, orders=2)
    assert not (runs[0][0] == runs[1][0]).all()  # two orders, two models
    assert averaged.weights == pytest.approx((runs[0][0] + runs[1][0]) / 2, abs=1e-6)
    assert averaged.bias == pytest.approx((runs[0][1] + runs[1][1]) / 2, abs=1e-6)


def test_the_same_examples_give_the_same_model() -> None:
    first, second = Softmax.train(SAMPLES), Softmax.train(SAMPLES)
    assert (first.weights == second.weights).all()


def test_models_of_different_labels_are_not_averaged() -> None:
    with pytest.raises(ValueError, match="same labels"):
        Average(NaiveBayes.train(SAMPLES), Softmax.train([*SAMPLES, ("hello", "none")]))


def test_the_average_weighs_its_models_as_told() -> None:
    bayes, softmax = NaiveBayes.train(SAMPLES), Softmax.train(SAMPLES)
    found = vector(features("lawyer for a doctor"))
    first, second = bayes.probabilities(found), softmax.probabilities(found)
    assert first is not None
    assert second is not None
    for weight in (0.0, 0.3, 1.0):
        mixed = Average(bayes, softmax, weight).probabilities(found)
        assert mixed == pytest.approx(weight * first + (1 - weight) * second, abs=1e-6)
    even = Average(bayes, softmax, 0.3).mixed(first, second, 0.5)
    assert even == pytest.approx(Average(bayes, softmax).probabilities(found), abs=1e-6)


def test_no_known_feature_gives_no_scores() -> None:
    both = Average(NaiveBayes.train(SAMPLES), Softmax.train(SAMPLES))
    assert both.predict_features(vector(features(""))).ranked == ()


@pytest.mark.parametrize(
    "text",
    [
        "i need a lawyer, now. my friend fell, his head is bleeding",
        "мій колишній бив мене. зараз я в безпеці",
        "የኔ ጓደኛ ወደቀ። ደም እየፈሰሰ ነው",
        "ez dixwazim, ez dixwazim fêrî zimanê holendî bibim",
        "a",
        "",
    ],
)
def test_words_hashed_once_for_a_message_give_its_clauses_the_same_features(text) -> None:
    words = normalise(text).split()
    hashed: WordBuckets = {}
    assert _same(word_vector(words, hashed), vector(word_features(words)))
    assert set(hashed) == set(words)
    for clause in text.split("."):
        part = normalise(clause).split()
        assert _same(word_vector(part, hashed), vector(word_features(part)))


def _same(one, other) -> bool:
    return one[0].tolist() == other[0].tolist() and one[1].tolist() == other[1].tolist()


def test_features_worked_out_once_are_each_texts_own() -> None:
    """The three models of the need learn from one `featurised` list: it must hold, for every
    sample with a feature and in order, exactly vector(features(text)), in float32 (the
    arrays the softmax and the danger network learnt from when each took its own)."""
    samples = [*SAMPLES, ("", "none"), ("!!!", "none"), ("اريد محامي ٣", "legal")]
    rows = featurised(samples)
    kept = [(text, label) for text, label in samples if features(text)]
    assert [label for _, label in rows] == [label for _, label in kept]
    for (found, _), (text, _) in zip(rows, kept, strict=True):
        assert _same(found, vector(features(text)))
        assert found[1].dtype == vector(features(text))[1].dtype
