"""Possessives that lost their apostrophe: "Merkels government", "the companys shares".

Whether "Xs" is a possessive or a plural depends on evidence that this module
weighs, strongest first:

* the word itself: "companys" and "mens" are no English words, but "company"
  and "men" are nouns whose plural is not "X + s", so "Xs" can only be "X's";
* the document: a capitalised "Xs" is read as the possessive of the name "X"
  only if "X" occurs in the document as a word, and never if "Xs" somewhere
  acts as a plural ("the Obamas", "two Teslas", "Yemenis fled");
* word frequencies from ``wordfreq`` (its English "large" list, read once):
  "Xs" must be rare as a word and "X" much more common ("merkels" vs
  "merkel"), which keeps "Reuters", "Jones", "Paris", "Texas", "Americans",
  "news" and "series" as they are;
* the word after "Xs": it must be able to be what "X" owns, a noun or an
  adjective (word classes from ``lexicons/wordclass.en.txt``).

Deliberately left alone: plurals in general ("the companies said", "his
parents live"), names ending in -s ("Jones", "Reuters"), plural possessives
("the parents house": "parents'" or an attributive plural, no telling), and
anything on a headline-style line.
"""

from __future__ import annotations

import functools
import re

from .apostrophe_doc import ApostropheDoc, marks_plural, noun_like
from .apostrophe_words import attributive_plurals, closed_class, contractions, word_classes, zipf

# Determiners after which a common plural noun is read as a singular
# possessive: "his airplanes transponder" -> "his airplane's transponder".
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "my"})
# Nouns whose plural is not "noun + s" ("company", "church", "box"): for them a
# bare "Xs" ("companys") can only be a possessive that lost its apostrophe.
_PLURAL_NOT_S = re.compile(r"(?:[^aeiou]y|ch|sh|x|z)$")

COMMON_ZIPF = 2.6  # "Xs" at or above this Zipf frequency is a word in its own right
NAME_MARGIN = 1.5  # a name "X" must be this much more frequent than "Xs"
NOUN_MARGIN = 0.4  # a common noun "X" must be this much more frequent than its plural "Xs"


def possessive(doc: ApostropheDoc, start: int, word: str) -> str | None:
    """The reason to read ``word`` ("...s") as a possessive, or None."""
    if word[0].isupper():
        return _name_possessive(doc, start, word)
    if word.islower():
        return _noun_possessive(doc, start, word) or _form_possessive(doc, start, word)
    return None


def name_rare(word: str) -> bool:
    """The word-only part of :func:`_name_possessive`: "Xs" is rare, "X" a far more common name."""
    base = word[:-1]
    if base[-1] in "sS" or not any(c.islower() for c in base) or word.lower() in word_classes():
        return False
    rare, common = zipf(word), zipf(base)
    return not (rare >= COMMON_ZIPF or common < rare + NAME_MARGIN)


def _name_possessive(doc: ApostropheDoc, start: int, word: str) -> str | None:
    if not name_rare(word):
        return None
    base = word[:-1]
    seen = len(doc.where(base))
    if (
        not seen
        or marks_plural(doc.prev(start), word)
        or not noun_like(doc, start, doc.next(start + len(word)))
    ):
        return None
    if doc.plural_somewhere(word):
        return None
    times = "once" if seen == 1 else f"{seen} times"
    return f'possessive: "{base}" occurs {times}, "{word}" is not a common word'


def _noun_plural(word: str) -> bool:
    """The word-only part of :func:`_noun_possessive`: a regular plural of a noun."""
    classes = word_classes()
    return word not in attributive_plurals() and classes.get(word) == "np" and classes.get(word[:-1]) == "n"


def _noun_possessive(doc: ApostropheDoc, start: int, word: str) -> str | None:
    prev = doc.prev(start)
    if prev.lower() not in POSSESSIVE_DETERMINERS or not _noun_plural(word):
        return None
    base, nxt, classes = word[:-1], doc.next(start + len(word)), word_classes()
    if classes.get(nxt) not in ("n", "np"):
        return None
    before_prev = doc.prev(start - 1 - len(prev))
    if nxt in closed_class() or (prev.lower() == "her" and "v" in classes.get(before_prev.lower(), "")):
        return None  # "gave her flowers": "her" is an object
    if zipf(base) < 3.0 or zipf(base) < zipf(word) + NOUN_MARGIN:
        return None
    return f'possessive: "{prev} {word} {nxt}": "{base}" is far more common than "{word}", "{nxt}" is a noun'


def misspelt_form(word: str) -> bool:
    """The word-only part of :func:`_form_possessive`: no word, but "X" is a noun without an "Xs" plural."""
    base, classes = word[:-1], word_classes()
    cls = classes.get(base, "")
    if word in classes or "n" not in cls or base in closed_class() or zipf(base) < 3.5:
        return False
    # "companys", "churchs": the plural is "companies", "churches"; "mens": "men" is the plural.
    return bool(_PLURAL_NOT_S.search(base) or ("p" in cls and base[-1] != "s"))


def _form_possessive(doc: ApostropheDoc, start: int, word: str) -> str | None:
    if not misspelt_form(word):
        return None
    base, classes = word[:-1], word_classes()
    nxt = doc.next(start + len(word))
    ncls = classes.get(nxt, "")
    if nxt[:1].isupper():
        if not noun_like(doc, start, nxt):
            return None
    elif nxt in closed_class() or "x" in ncls or not ("n" in ncls or "a" in ncls):
        return None
    if marks_plural(doc.prev(start), word) or doc.plural_somewhere(word):
        return None  # "many companys offer": a misspelt plural
    return f'possessive: "{word}" is no English word, "{base}" is a common noun'


@functools.lru_cache(maxsize=65536)
def worth_a_look(word: str) -> bool:
    """Whether a token ending in "s" may need an apostrophe somewhere, judged by the word alone.

    Together with the place check (a plural right after "his", "her" or "my",
    which :func:`_noun_possessive` needs) a necessary condition of the checks
    in :func:`possessive`, so that a word that fails both (most plurals) is
    never located in the text.
    """
    if word.lower() in contractions():
        return True
    if not word.isalpha() or word.isupper():
        return False
    if word[0].isupper():
        return name_rare(word)
    return word.islower() and misspelt_form(word)
