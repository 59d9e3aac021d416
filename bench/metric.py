"""The article-extraction benchmark's metric, written from its definition.

Both texts are split into ``\\w+`` tokens and turned into multisets of 4-token
shingles (a text shorter than 4 tokens gives one shorter shingle, an empty one
none). Per page, tp/fp/fn count shingles shared / only predicted / only gold,
divided by their sum so every page weighs the same. Precision is the mean of
per-page tp/(tp+fp) over pages with a prediction, recall the mean of
tp/(tp+fn) over pages with gold text, F1 = 2PR/(P+R) of the two means.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Sequence

_TOKEN = re.compile(r"\w+")

Triple = tuple[float, float, float]


def tokens(text: str) -> list[str]:
    """The metric's tokens: runs of letters, digits and underscores."""
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-token shingles of ``text``."""
    toks = tokens(text)
    if not toks:
        return Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)))


def match(gold: str, pred: str) -> Triple:
    """Normalised (tp, fp, fn) of ``pred`` against ``gold`` for one page."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return (0.0, 0.0, 0.0)
    return (tp / total, fp / total, fn / total)


def page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def page_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def scores(triples: Sequence[Triple]) -> dict[str, float]:
    """Precision, recall and F1 over pages, as the benchmark defines them."""
    precisions = [page_precision(*t) for t in triples if t[0] + t[1] > 0]
    recalls = [page_recall(*t) for t in triples if t[0] + t[2] > 0]
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return {"precision": p, "recall": r, "f1": f1}


def exact(gold: str, pred: str) -> bool:
    """Whether the two texts have identical token sequences."""
    return tokens(gold) == tokens(pred)


def bootstrap_delta_sd(
    before: Sequence[Triple], after: Sequence[Triple], n: int = 1000, seed: int = 0
) -> float:
    """Standard deviation of F1(after) - F1(before) over paired page resamples."""
    if len(before) != len(after):
        raise ValueError("paired bootstrap needs the same pages before and after")
    if len(before) < 2:
        return 0.0
    rng = random.Random(seed)
    pages = len(before)
    deltas = []
    for _ in range(n):
        idx = [rng.randrange(pages) for _ in range(pages)]
        deltas.append(scores([after[i] for i in idx])["f1"] - scores([before[i] for i in idx])["f1"])
    return statistics.stdev(deltas)
