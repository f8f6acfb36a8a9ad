"""The models under the understanding, on toy data: they learn, and they refuse a mismatch."""

from __future__ import annotations

import pytest

from bot.understand.model import Average, NaiveBayes, Softmax, features, vector

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


def test_the_same_examples_give_the_same_model() -> None:
    first, second = Softmax.train(SAMPLES), Softmax.train(SAMPLES)
    assert (first.weights == second.weights).all()


def test_models_of_different_labels_are_not_averaged() -> None:
    with pytest.raises(ValueError, match="same labels"):
        Average(NaiveBayes.train(SAMPLES), Softmax.train([*SAMPLES, ("hello", "none")]))


def test_no_known_feature_gives_no_scores() -> None:
    both = Average(NaiveBayes.train(SAMPLES), Softmax.train(SAMPLES))
    assert both.predict_features(vector(features(""))).ranked == ()
