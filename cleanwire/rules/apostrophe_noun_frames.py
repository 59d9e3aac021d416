"""Noun phrases that leave a plural no place: "the games entire story", "every parents worst nightmare".

:mod:`cleanwire.rules.apostrophe_nouns` reads "the Xs Y" as a possessive when
"Y" cannot be the verb of the plural "the Xs". Some frames need no such
judgement, because the words around "Xs" leave it no reading but the owner's:

* an adjective that is only an adjective, or a superlative, then a noun: "the
  games entire story", "the solar systems best bets", "the markets high
  valuations" (:func:`adjective_frame`); also "last", "total", "average" and
  "net" before a noun that is no length of time or amount ("the films last
  scene", but "the talks last hours"). A plural subject would need a verb
  there, and a plural that modifies a noun ("the markets regulator", "a
  sports car") stands right before its noun, never before an adjective, so
  even plurals that often modify nouns (``apostrophe_compounds.en.txt``) are
  possessives here. An opening quote may stand before the adjective ("every
  parents “worst nightmare”"), and "most", "least" or "very" may ("the games
  most tense moments");
* a plural English hardly uses, before a noun: "todays landscape", "earths
  surface" (:func:`rare_plural_frame`);
* "Xmans" when the plural of "Xman" is "Xmen", after an article or an
  adjective: "a blind mans sight" (:func:`irregular_frame`);
* "no ones" before a word: "no one's" (:func:`no_one_frame`);
* a weekday's "-s" before a noun, without "on" or "every": "Tuesdays hearings",
  "Thursday nights fight" (:func:`weekday_frame`).

Whether it is "X's" or "Xs'" is decided as everywhere else: a singular-only
determiner ("every", "another") gives "X's", a plural one ("other",
"these") "Xs'", and after "the" the frequencies of "X" and "Xs" in English or
the document's own use of "X" must decide; with no telling, nothing changes.

Left alone: an adjective that is also a verb or an adverb ("the regions
total pollution", "the members alone account"), a word after the adjective
that is no noun ("the members present voted", "the rooms available to"), a
capitalised word after it, plurals in their own right ("highs", "greats"),
and every frame after a verb that takes an object and its complement ("found
the games entire plot boring"; the caller checks that).

>>> from cleanwire.rules.apostrophe_doc import ApostropheDoc
>>> doc = ApostropheDoc("The games entire story is a chase.")
>>> adjective_frame(doc, 4, "games", "the")[1]  # doctest: +ELLIPSIS
'possessive: "The games entire story": "entire" is only an adjective and "story" a noun, ...'
"""

from __future__ import annotations

import functools
import re

from ..lexicon import entries
from .apostrophe_ambiguous import FORMS
from .apostrophe_doc import ApostropheDoc, marks_plural, noun_like
from .apostrophe_words import adjective_first, closed_class, contractions, word_class, zipf

# An opening quote directly after a space, then the word (group 1): "parents “worst nightmare”".
_QUOTED = re.compile(r"[“\"‘]([^\W\d_]+)")
# Words that may stand before an adjective without ending the noun phrase: "the games most tense moments".
_INTENSIFIERS = frozenset(["most", "least", "very"])
# Determiners that take a singular noun only (as in apostrophe_nouns, without the time words).
SINGULAR_ONLY = frozenset(["a", "an", "another", "every", "each"])
# Determiners that mark a plural: "other planets entire atmospheres" is "planets'".
PLURAL_DETERMINERS = frozenset(["these", "those", "other", "their", "many", "several", "both", "all"])
# Determiners before a singular noun: "a blind mans sight" is "man's".
_ARTICLES = frozenset(["a", "an", "the", "this", "that", "every", "each", "another"])

# Adjectives that are also verbs whose object is a length of time or an amount ("the talks last hours").
_MEASURE_VERBS = frozenset(["last", "total", "average", "net"])

SINGULAR_MARGIN = 0.2  # "X" at least this much more frequent than "Xs": "the Xs" reads "the X's"
PLURAL_MARGIN = 0.2  # "Xs" at least this much more frequent than "X": "the Xs" reads "the Xs'"
RARE_PLURAL_MARGIN = 2.0  # "X" this much more frequent than "Xs": the plural is next to unused ("todays")


def _bare_form(word: str) -> bool:
    """Whether ``word`` is a contraction that lost its apostrophe ("wont", "cant"), not an adjective."""
    return word in FORMS or word in contractions()


def _next_word(doc: ApostropheDoc, end: int) -> tuple[str, int]:
    """The word after ``end`` (also behind an opening quote) and where it ends; ("", end) when none."""
    nxt = doc.next(end)
    if nxt:
        return nxt, end + 1 + len(nxt)
    m = _QUOTED.match(doc.text, end + 1) if doc.text[end : end + 1] == " " else None
    return (m.group(1), m.end()) if m else ("", end)


@functools.lru_cache(maxsize=65536)
def only_adjective(word: str) -> bool:
    """Whether ``word`` is an adjective that can be neither a verb nor an adverb (nor, in practice, a noun).

    Superlatives count even when the lexicon lists other readings ("best",
    "worst"): before a noun they are adjectives.

    >>> [only_adjective(w) for w in ("entire", "worst", "best", "high", "total", "alone", "wont")]
    [True, True, True, True, False, False, False]
    """
    cls = word_class(word)
    if "a" not in cls or "x" in cls or word in closed_class() or _bare_form(word):
        return False  # "those features wont hit": "wont" is "won't"
    if word in ("best", "worst") or (word.endswith("est") and "v" not in cls and len(word) > 5):
        return True
    if "v" in cls:
        return False
    return ("n" not in cls and "r" not in cls) or adjective_first(word)


def _measure_adjective(word: str, then: str) -> bool:
    """Whether ``word`` ("last", "total"...) is an adjective here: as a verb it would need a measure after it.

    "the films last scene", "the regions total pollution" are adjectives;
    "the talks last hours", "the costs total billions" are verbs.
    """
    return word in _MEASURE_VERBS and then not in _measures() and not then.isdigit()


@functools.cache
def _measures() -> frozenset[str]:
    """Nouns of time and amount (``measure_nouns.en.txt``): after "last", "total"... a verb's object."""
    return frozenset(entries("measure_nouns", "en"))


def _noun(word: str) -> bool:
    """Whether ``word`` reads as the noun that ends the phrase."""
    cls = word_class(word)
    return word.islower() and "n" in cls and "x" not in cls and word not in closed_class()


def _number(doc: ApostropheDoc, word: str, det: str) -> tuple[bool, str] | None:
    """(plural?, why) for the possessive ``word`` after ``det``; None when the number cannot be told."""
    base = word[:-1]
    if det in SINGULAR_ONLY:
        return False, f'"{det}" takes a singular noun'
    if det in PLURAL_DETERMINERS:
        return True, "a plural determiner"
    margin = zipf(base) - zipf(word)
    if margin >= SINGULAR_MARGIN:
        return False, f'"{base}" is far more common than "{word}"'
    if margin <= -PLURAL_MARGIN:
        return True, f'"{word}" is more common than "{base}"'
    if doc.where(base) and not doc.plural_somewhere(word):
        return False, f'the document uses "{base}" and never "{word}" as a plural'
    return None


def adjective_phrase(doc: ApostropheDoc, end: int) -> tuple[str, str, str] | None:
    """(shown words, adjective, noun) when an adjective that is only one and a noun follow ``end``.

    "entire story", "“worst nightmare", "most memorable moment", "last
    scene"; None for anything else ("present voted", "available to", "last
    hours").
    """
    nxt, after = _next_word(doc, end)
    shown = nxt
    if nxt in _INTENSIFIERS:
        adj = doc.next(after)
        after, shown, nxt = after + 1 + len(adj), f"{nxt} {adj}", adj
    if not nxt.islower() or not (only_adjective(nxt) or nxt in _MEASURE_VERBS):
        return None  # most words: no adjective, nothing more to read
    then = doc.next(after)
    if nxt in _MEASURE_VERBS and not _measure_adjective(nxt, then):
        return None
    if not _noun(then):
        return None  # "the members present voted", "the rooms available to"
    return f"{shown} {then}", nxt, then


def adjective_frame(doc: ApostropheDoc, start: int, word: str, det: str) -> tuple[int, str] | None:
    """ "the games entire story": "Xs" + an adjective that is only one + a noun; "Xs" owns the phrase.

    ``det`` is the determiner before ``word`` (lower-case); the caller has
    checked that no verb taking an object and its complement precedes it.
    """
    found = adjective_phrase(doc, start + len(word))
    if found is None or doc.title_line(start):
        return None
    shown, nxt, then = found
    number = _number(doc, word, det)
    if number is None:
        return None  # "the players entire careers": "player's" or "players'", no telling
    plural, why = number
    before = doc.prev(start)
    frame = f'"{before} {word} {shown}"' if before.lower() == det else f'"{det} ... {word} {shown}"'
    what = f'"{nxt}" is only an adjective and "{then}" a noun, so "{word}" owns them'
    if plural:
        return len(word), f"plural possessive: {frame}: {what}, and {why}"
    return len(word) - 1, f"possessive: {frame}: {what}, and {why}"


def rare_plural_frame(doc: ApostropheDoc, start: int, word: str) -> tuple[int, str] | None:
    """ "todays landscape", "earths surface": a plural English hardly uses, before a word it can own.

    Nouns like "today", "earth", "money" or "nature" are next to never used in
    the plural; before a noun, with no determiner to tell, their "-s" form is
    the possessive that lost its apostrophe, also capitalised at the start of
    a sentence ("Todays meeting"). Only nouns that are no adjective
    and no verb: "highs", "greats", "outs" are plurals in their own right.
    """
    low = word.lower()
    if word != low and not (word[1:] == low[1:] and doc.sentence_start(start)):
        return None  # "Todays meeting" only at the start of a sentence
    base = low[:-1]
    if word_class(low) != "np" or word_class(base) not in ("n", "nr") or base in closed_class():
        return None
    margin = zipf(base) - zipf(low)
    if margin < RARE_PLURAL_MARGIN or marks_plural(doc.prev(start), word) or doc.title_line(start):
        return None
    nxt = doc.next(start + len(word))
    cls = word_class(nxt)
    if not noun_like(doc, start, nxt) or _bare_form(nxt):
        return None
    if nxt.islower() and ("v" in cls or "z" in cls) and "n" not in cls:
        return None
    why = f'"{base}" is far more common than its plural "{word}" ({margin:.1f} on the Zipf scale)'
    return len(word) - 1, f'possessive: "{word} {nxt}": {why}, and "{nxt}" can be owned'


def irregular_frame(doc: ApostropheDoc, start: int, word: str) -> tuple[int, str] | None:
    """ "a blind mans sight": "Xmans" where the plural of "Xman" is "Xmen", so "Xmans" is a verb or "Xman's".

    The verb ("she mans the desk") follows its subject; after an article, or
    an article and an adjective, and before a noun or an adjective, only the
    possessive is left.
    """
    base = word[:-1]
    if not base.endswith("man") or "p" not in word_class(base[:-2] + "en") or "n" not in word_class(base):
        return None
    prev, nxt = doc.prev(start), doc.next(start + len(word))
    if prev.lower() not in _ARTICLES:
        before = doc.prev(start - 1 - len(prev)).lower()
        if not prev.islower() or "a" not in word_class(prev) or before not in _ARTICLES:
            return None  # "he mans the booth", "a volunteer mans": a subject before the verb
    ncls = word_class(nxt)
    if not nxt.islower() or nxt in closed_class() or not ("n" in ncls or "a" in ncls) or "x" in ncls:
        return None
    return len(word) - 1, f'possessive: "{prev} {word} {nxt}": the plural of "{base}" is "{base[:-2]}en"'


def no_one_frame(doc: ApostropheDoc, start: int, word: str) -> tuple[int, str] | None:
    """ "no ones going", "no ones fault": "no" + "ones" before a word is "no one's" ("is", "has" or owning).

    "no ones" as a plural ("no ones or zeros") is followed by a conjunction,
    a preposition or punctuation, which leave it alone.
    """
    if word != "ones" or doc.prev(start).lower() != "no":
        return None
    nxt = doc.next(start + len(word))
    if not nxt.islower() or nxt in closed_class() or _bare_form(nxt):
        return None
    return len(word) - 1, f'possessive: "no ones {nxt}": "no" before "ones" and a word is "no one\'s"'


# Parts of a day after a weekday: "Thursday nights fight" is "Thursday night's fight".
_DAY_PARTS = frozenset(["nights", "mornings", "evenings", "afternoons"])
# Words before a weekday that make its "-s" form a habit ("on Tuesdays", "every Tuesday nights").
_HABIT = frozenset(["on", "every", "by", "until", "till", "through", "most", "all", "some", "many"])
# Words after "owned" nouns that start an object of a verb (less the relative "that" and "this").
_OBJECT_WORDS = frozenset(
    ["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "them", "him", "us"]
)


@functools.cache
def _weekdays() -> frozenset[str]:
    return frozenset(w for w in entries("weekdays", "en") if w.endswith("day"))


def weekday_frame(doc: ApostropheDoc, start: int, word: str) -> tuple[int, str] | None:
    """ "Tuesdays hearings", "Thursday nights fight": a day's possessive before a noun.

    "on Tuesdays", "every Tuesday", "most Thursday nights" are habits, and a
    habit stands apart from a noun after it; without such a word before it,
    a weekday's "-s" form (or "nights", "mornings" after a weekday) before a
    lower-case noun owns it. Left alone: "Tuesdays are busy" (a verb follows),
    "on Tuesdays games start".
    """
    if word[:-1] in _weekdays():
        shown, before = word, doc.prev(start)
    elif word in _DAY_PARTS and doc.prev(start) in _weekdays():
        day = doc.prev(start)
        shown, before = f"{day} {word}", doc.prev(start - 1 - len(day))
    else:
        return None
    if before.lower() in _HABIT or marks_plural(before, word) or doc.title_line(start):
        return None
    nxt = doc.next(start + len(word))
    cls = word_class(nxt)
    if not nxt.islower() or "n" not in cls or "x" in cls or nxt in closed_class() or _bare_form(nxt):
        return None
    if ("v" in cls or "z" in cls) and doc.next(start + len(word) + 1 + len(nxt)).lower() in _OBJECT_WORDS:
        return None  # "Tuesdays test the team": a verb and its object
    return len(word) - 1, f'possessive: "{shown} {nxt}": a day\'s "-s" with no "on" or "every" before a noun'
