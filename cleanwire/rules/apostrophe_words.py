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

from ..lexicon import entries, sections


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


@functools.lru_cache(maxsize=65536)
def base_verb(word: str) -> bool:
    """Whether ``word`` can be the base form of a verb ("see", "return"), judged by its 3rd-person form.

    The word-class lexicon does not tell base forms from past forms, but only a
    base form has a third-person-singular "-s" form ("see" -> "sees"; "known"
    has none).

    >>> [base_verb(w) for w in ("see", "be", "return", "known", "health", "fled")]
    [True, True, True, False, False, False]
    """
    classes = word_classes()
    if word in ("be", "have", "do"):
        return True
    if "v" not in classes.get(word, "") or (word.endswith(("ing", "ed")) and word not in _ED_BASES):
        return False
    if word.endswith(_BASE_SUFFIXES) and len(word) > 5 and "n" not in classes[word]:
        return True  # "antagonize", "clarify": rare verbs whose "-s" form the lexicon lacks are base forms
    return any("z" in classes.get(third, "") for third in (word + "s", word + "es", word[:-1] + "ies"))


# Endings that only base verb forms have.
_BASE_SUFFIXES = ("ize", "ise", "ify")
# Base verbs that end like a past form or a gerund.
_ED_BASES = frozenset(
    {"need", "feed", "bleed", "breed", "speed", "succeed", "proceed", "exceed", "bring", "sing"}
)


def word_class(word: str) -> str:
    """The class letters of a lower-case ``word`` ("" when unknown)."""
    return word_classes().get(word, "")


@functools.cache
def cues(section: str) -> frozenset[str]:
    """One section of ``contraction_cues.en.txt``: its first words ("time to for" gives "time")."""
    return frozenset(row.split()[0] for row in sections("contraction_cues", "en").get(section, ()))


@functools.cache
def object_verbs() -> frozenset[str]:
    """Every form of the verbs that take two objects or an object complement ("gave", "found")."""
    return frozenset(
        w for row in sections("contraction_cues", "en").get("object_verbs", ()) for w in row.split()
    )


@functools.cache
def predicate_frames() -> dict[str, frozenset[str]]:
    """Nouns that follow "it's" in fixed frames -> the next words that complete the frame."""
    rows = (row.split() for row in sections("contraction_cues", "en").get("predicate_nouns", ()))
    return {row[0]: frozenset(row[1:]) for row in rows}


@functools.cache
def name_abbreviations() -> frozenset[str]:
    """Abbreviations that stand before a name ("Mr.", "Dr."): a full stop after them ends no sentence."""
    rows = (row.split() for row in entries("abbreviations"))
    return frozenset(row[0] for row in rows if len(row) > 1 and row[1].startswith("name"))


def _verb_forms(word: str) -> tuple[str, ...]:
    """The regular past and "-ing" forms of ``word`` as a verb (an irregular past has a regular "-ing")."""
    stem = word[:-1] if word.endswith("e") and not word.endswith("ee") else word
    short = len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou"
    doubled = word + word[-1] if short else word
    return (word + "ed", word + "d", stem + "ing", doubled + "ed", doubled + "ing", word[:-1] + "ied")


VERB_RARE_MARGIN = 2.0  # a word this much more frequent than its every verb form is a noun in practice
ADJECTIVE_MARGIN = 1.5  # an adjective this much more frequent than its "-s" form is an adjective in practice


@functools.lru_cache(maxsize=65536)
def verb_rare(word: str) -> bool:
    """Whether the lexicon's verb reading of the noun ``word`` is rare: its verb forms are far rarer than it.

    "moon" and "service" are verbs too, but "mooned", "mooning", "serviced"
    are far rarer than the nouns; "offer" ("offered") and "show" are not.

    >>> [verb_rare(w) for w in ("moon", "service", "offer", "show", "hit")]
    [True, True, False, False, False]
    """
    cls = word_class(word)
    if "n" not in cls or "p" in cls or "z" in cls or word.endswith(("ing", "ed")) or len(word) < 3:
        return False  # only a base form has the forms to compare ("taking", "comments" have none)
    forms = max(zipf(f) for f in _verb_forms(word))
    return forms < zipf(word) - VERB_RARE_MARGIN


@functools.lru_cache(maxsize=65536)
def adjective_first(word: str) -> bool:
    """Whether ``word``, an adjective the lexicon also lists as a noun, is an adjective in practice.

    "smart", "eligible", "perfect" have rare "-s" forms ("smarts"); "right",
    "chief", "final" are common nouns too ("rights", "chiefs", "finals").

    >>> [adjective_first(w) for w in ("smart", "eligible", "right", "chief")]
    [True, True, False, False]
    """
    cls = word_class(word)
    return "a" in cls and "n" in cls and zipf(word) - zipf(word + "s") >= ADJECTIVE_MARGIN
