"""The benchmark metric on small hand-made cases."""

from __future__ import annotations

import pytest

from bench.metric import bootstrap_delta_sd, exact, match, scores, shingles


def test_shingles_of_short_and_empty_text() -> None:
    assert shingles("") == {}
    assert shingles("one two") == {("one", "two"): 1}
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("x x x x x") == {("x", "x", "x", "x"): 2}


def test_perfect_prediction() -> None:
    assert match("The cat sat on the mat.", "The cat, sat on the mat") == (1.0, 0.0, 0.0)
    assert scores([match("a b c d e", "a b c d e")]) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_extra_and_missing_text() -> None:
    # gold has 2 shingles; pred has them plus 2 more -> tp 2, fp 2, fn 0, normalised by 4
    tp, fp, fn = match("a b c d e", "a b c d e f g")
    assert (tp, fp, fn) == (0.5, 0.5, 0.0)
    s = scores([(tp, fp, fn)])
    assert s["precision"] == 0.5
    assert s["recall"] == 1.0
    assert s["f1"] == pytest.approx(2 / 3)


def test_pages_weigh_the_same_and_empty_pages_are_skipped() -> None:
    long_good = match(" ".join(f"w{i}" for i in range(100)), " ".join(f"w{i}" for i in range(100)))
    short_bad = match("a b c d", "x y z w")
    empty_pred = match("a b c d", "")
    s = scores([long_good, short_bad, empty_pred])
    assert s["precision"] == pytest.approx(0.5)  # empty prediction not counted in precision
    assert s["recall"] == pytest.approx(1 / 3)  # but counted (as 0) in recall


def test_exact_ignores_punctuation_and_spacing() -> None:
    assert exact("Hello, world!", "Hello world")
    assert not exact("Hello world", "hello world")


def test_bootstrap_of_identical_runs_is_zero() -> None:
    triples = [match("a b c d e", "a b c d"), match("a b c d", "a b c d")]
    assert bootstrap_delta_sd(triples, triples) == 0.0
    better = [match("a b c d e", "a b c d e"), match("a b c d", "a b c d")]
    assert bootstrap_delta_sd(triples, better) > 0
