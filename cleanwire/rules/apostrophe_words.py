"""The English word data ``restore_apostrophes`` consults.

Whether "Merkels" lost an apostrophe depends on what the words around it can
be, and that is data, not logic: contractions written with their apostrophe
(``contractions.en.txt``), closed-class words (``closed_class.en.txt``), words
that make a following "Xs" a plural (``plural_markers.en.txt``), plurals used
as modifiers (``attributive_plurals.en.txt``), word classes derived offline
from LemmInflect (``wordclass.en.txt``, see ``tools/make_wordclass.py``) and
word frequencies from ``wordfreq``. Each is loaded once, on first use.
"""

from __future__ import annotations

import functools
import math

from ..lexicon import entries


@functools.cache
def contractions() -> dict[str, tuple[int, frozenset[str]]]:
    """Bare lower-case contraction ("youre") -> (where its apostrophe goes, next words that block it)."""
    out = {}
    for row in entries("contractions", "en"):
        word, *blockers = row.split()
        out[word.replace("'", "").lower()] = (word.index("'"), frozenset(b.lstrip("-") for b in blockers))
    return out


@functools.cache
def closed_class() -> frozenset[str]:
    """Determiners, pronouns, prepositions, conjunctions, auxiliaries: never a name, never owned."""
    return frozenset(entries("closed_class", "en"))


@functools.cache
def plural_markers(names: bool) -> frozenset[str]:
    """Words that make a following "Xs" a plural; ``names``: before a capitalised one."""
    rows = [row.split() for row in entries("plural_markers", "en")]
    return frozenset(row[0] for row in rows if names or row[1:] != ["names-only"])


@functools.cache
def attributive_plurals() -> frozenset[str]:
    """Plural nouns that modify another noun without being possessives ("a sports car")."""
    return frozenset(entries("attributive_plurals", "en"))


@functools.cache
def word_classes() -> dict[str, str]:
    """Word -> class letters (see tools/make_wordclass.py)."""
    return dict(row.split("\t", 1) for row in entries("wordclass", "en"))


@functools.cache
def _frequencies() -> dict[str, float]:
    import wordfreq

    freqs: dict[str, float] = wordfreq.get_frequency_dict("en")
    return freqs


@functools.lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """The Zipf frequency of ``word`` in English (0 for an unknown word).

    >>> zipf("Germany") > 4 > 2.5 > zipf("Germanys")
    True
    """
    if word.isascii():
        f = _frequencies().get(word.lower(), 0.0)
        return round(math.log10(f) + 9, 2) if f > 0 else 0.0
    import wordfreq

    return float(wordfreq.zipf_frequency(word, "en"))
