"""Apostrophes that scrapers dropped: possessives and contractions (English).

Some scrapers and "article rewriter" sites strip every apostrophe, leaving
"Merkels departure", "Kenyas economy", "his airplanes transponder", "youre"
and "didnt". :func:`restore_apostrophes` puts them back where the evidence leaves
no real doubt, because a wrong apostrophe ("the result's show") is worse than
a missing one. It uses three kinds of evidence:

* the document itself: a capitalised "Xs" is read as the possessive of the
  name "X" only if "X" occurs in the document as a word, and never if "Xs"
  somewhere acts as a plural ("the Obamas", "two Teslas", "Yemenis fled");
* word frequencies from ``wordfreq``: "Xs" must be rare as a word and "X"
  much more common ("merkels" vs "merkel"), which keeps "Reuters", "Jones",
  "Paris", "Texas", "Americans", "news" and "series" as they are;
* a word-class lexicon (``lexicons/wordclass.en.txt``, derived offline from
  LemmInflect by ``tools/make_wordclass.py``) and a closed-class word list: the
  word after a possessive must be able to be a noun or an adjective
  ("Merkels government", not "Americans say").

The word data (the last two kinds, and the contraction list) is loaded by
:mod:`cleanwire.rules.apostrophe_words`.

Deliberately left alone: "its" (possessive or "it's": ambiguous), and the
ambiguous contractions were/we're, well/we'll, ill/I'll, hell/he'll,
shell/she'll, wed/we'd, lets/let's, cant/can't, wont/won't; plurals in
general ("the companies said", "his parents live"); names ending in -s.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..context import Context
from ..rule import Edit, rule
from .apostrophe_tokens import TokenText, contraction_patterns
from .apostrophe_words import (
    attributive_plurals,
    closed_class,
    contractions,
    plural_markers,
    word_classes,
    zipf,
)

# An apostrophe between two letters: tells which apostrophe the document uses.
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")
# Characters that glue a token to a URL, a handle, a file name or an existing
# apostrophe: a token touching one of them is never changed.
_GLUE = frozenset("'’/@#_.\\=&%+*|~^`")
# Determiners after which a common plural noun is read as a singular
# possessive: "his airplanes transponder" -> "his airplane's transponder".
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "my"})
# Nouns whose plural is not "noun + s" ("company", "church", "box"): for them a
# bare "Xs" ("companys") can only be a possessive that lost its apostrophe.
_PLURAL_NOT_S = re.compile(r"(?:[^aeiou]y|ch|sh|x|z)$")

COMMON_ZIPF = 2.6  # "Xs" at or above this Zipf frequency is a word in its own right
NAME_MARGIN = 1.5  # a name "X" must be this much more frequent than "Xs"
NOUN_MARGIN = 0.4  # a common noun "X" must be this much more frequent than its plural "Xs"


class _Doc(TokenText):
    """The text with the document-wide evidence the checks need, each piece found once."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._plural: dict[str, bool] = {}
        self._named: dict[str, bool] = {}

    def free(self, start: int, word: str) -> bool:
        """Whether the token stands alone: not part of a URL, handle or quoted form."""
        text, end = self.text, start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if after == "-" or (before in _GLUE and not (before == "." and word[0].isupper())):
            return False  # a glued sentence ("on Friday.Merkels aides") is fine
        # A full stop ends a sentence unless a letter or digit follows ("example.com").
        return after not in _GLUE or (after == "." and not text[end + 1 : end + 2].isalnum())

    def plural_somewhere(self, word: str) -> bool:
        """Whether ``word`` acts as a plural anywhere: "the Xs", "10 Xs", "Xs fled"."""
        if word not in self._plural:
            self._plural[word] = any(
                _marks_plural(self.prev(s), word) or _verb_after_plural(self.next(s + len(word)))
                for s in self.where(word)
            )
        return self._plural[word]

    def next_to_name(self, word: str) -> bool:
        """Whether ``word`` anywhere stands next to a name ("Jony Ive", "Mr. Im", "Im Sung-jae")."""
        if word not in self._named:
            self._named[word] = any(self._by_name(s, word) for s in self.where(word))
        return self._named[word]

    def _by_name(self, start: int, word: str) -> bool:
        before, gap = self.before(start)
        return (gap in (" ", ". ") and _is_name(before)) or _is_name(self.next(start + len(word)))


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in closed_class()


def _marks_plural(prev: str, word: str) -> bool:
    return prev.isdigit() or prev.lower() in plural_markers(word[0].isupper())


def _verb_after_plural(nxt: str) -> bool:
    """Whether ``nxt`` is a verb or adverb that can follow a plural subject ("fled", "are")."""
    if not nxt.islower():
        return False
    cls = word_classes().get(nxt, "")
    return "x" in cls or (bool(cls) and "n" not in cls and "a" not in cls)


def _noun_like(doc: _Doc, start: int, nxt: str) -> bool:
    """Whether ``nxt`` (after the token at ``start``) can be what a possessive name owns."""
    if not nxt or not nxt.isalpha() or nxt.lower() in closed_class():
        return False
    if nxt[0].isupper():
        return not doc.title_line(start)
    if not nxt.islower():
        return False
    cls = word_classes().get(nxt)
    if cls is None:
        return not nxt.endswith(("ed", "ly", "ing"))
    return "x" not in cls and ("n" in cls or "a" in cls)


def _contraction(doc: _Doc, start: int, word: str) -> int | None:
    """Where the apostrophe goes in the contraction ``word``, or None to leave it."""
    lower = word.lower()
    if not (
        word.islower() or (word.isupper() and len(word) > 3) or (word[0].isupper() and word[1:].islower())
    ):
        return None  # mixed case ("WHOs") or a short acronym ("HES")
    nxt = doc.next(start + len(word))
    if lower in ("ive", "im"):
        if not nxt.islower() or doc.next_to_name(word):
            return None  # "Ive" and "Im" are also surnames (Jony Ive, Im Sung-jae)
        if lower == "im" and word_classes().get(nxt) == "v" and not nxt.endswith("ing"):
            return None  # "Im said": a name; "I'm" takes "-ing", adjectives, "not", "a"...
    at, blockers = contractions()[lower]
    return None if nxt in blockers else at  # "dont le": French


def _possessive(doc: _Doc, start: int, word: str) -> str | None:
    """The reason to read ``word`` ("...s") as a possessive, or None."""
    if word[0].isupper():
        return _name_possessive(doc, start, word)
    if word.islower():
        return _noun_possessive(doc, start, word) or _form_possessive(doc, start, word)
    return None


def _name_rare(word: str) -> bool:
    """The word-only part of :func:`_name_possessive`: "Xs" is rare, "X" a far more common name."""
    base = word[:-1]
    if base[-1] in "sS" or not any(c.islower() for c in base) or word.lower() in word_classes():
        return False
    rare, common = zipf(word), zipf(base)
    return not (rare >= COMMON_ZIPF or common < rare + NAME_MARGIN)


def _name_possessive(doc: _Doc, start: int, word: str) -> str | None:
    if not _name_rare(word):
        return None
    base = word[:-1]
    seen = len(doc.where(base))
    if (
        not seen
        or _marks_plural(doc.prev(start), word)
        or not _noun_like(doc, start, doc.next(start + len(word)))
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


def _noun_possessive(doc: _Doc, start: int, word: str) -> str | None:
    prev = doc.prev(start)
    if prev.lower() not in _POSSESSIVE_DETERMINERS or not _noun_plural(word):
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


def _misspelt_form(word: str) -> bool:
    """The word-only part of :func:`_form_possessive`: no word, but "X" is a noun without an "Xs" plural."""
    base, classes = word[:-1], word_classes()
    cls = classes.get(base, "")
    if word in classes or "n" not in cls or base in closed_class() or zipf(base) < 3.5:
        return False
    # "companys", "churchs": the plural is "companies", "churches"; "mens": "men" is the plural.
    return bool(_PLURAL_NOT_S.search(base) or ("p" in cls and base[-1] != "s"))


def _form_possessive(doc: _Doc, start: int, word: str) -> str | None:
    if not _misspelt_form(word):
        return None
    base, classes = word[:-1], word_classes()
    nxt = doc.next(start + len(word))
    ncls = classes.get(nxt, "")
    if nxt[:1].isupper():
        if not _noun_like(doc, start, nxt):
            return None
    elif nxt in closed_class() or "x" in ncls or not ("n" in ncls or "a" in ncls):
        return None
    if _marks_plural(doc.prev(start), word) or doc.plural_somewhere(word):
        return None  # "many companys offer": a misspelt plural
    return f'possessive: "{word}" is no English word, "{base}" is a common noun'


@functools.lru_cache(maxsize=65536)
def _worth_a_look(word: str) -> bool:
    """Whether a token ending in "s" may need an apostrophe somewhere, judged by the word alone.

    Together with the place check (a plural right after "his", "her" or "my",
    which :func:`_noun_possessive` needs) a necessary condition of the checks
    in :func:`restore_apostrophes`, so that a word that fails both (most
    plurals) is never located in the text.
    """
    if word.lower() in contractions():
        return True
    if not word.isalpha() or word.isupper():
        return False
    if word[0].isupper():
        return _name_rare(word)
    return word.islower() and _misspelt_form(word)


@functools.cache
def _contraction_patterns() -> tuple[re.Pattern[str], ...]:
    return contraction_patterns(contractions())


@rule(kind="repair", languages=("en",))
def restore_apostrophes(text: str, ctx: Context) -> Iterator[Edit]:
    """Put back apostrophes a scraper dropped: "Merkels government", "youre", "didnt".

    Restores unambiguous contractions, possessives of names the document also
    uses bare and rare as "Xs" words, and singular possessives of common nouns
    in unambiguous frames. Leaves "its", ambiguous contractions ("were",
    "well", "cant", "lets"), plurals and names ending in -s alone. Uses the
    apostrophe the document already uses inside words (’ or ').

    >>> restore_apostrophes("Merkel left. Merkels government fell, and youre right.", lang="en")
    "Merkel left. Merkel's government fell, and you're right."
    >>> restore_apostrophes("The Americans say its news to Reuters.", lang="en")
    'The Americans say its news to Reuters.'
    """
    doc = _Doc(text)
    bare_forms = contractions()
    apostrophe: str | None = None
    after = tuple(sorted(_POSSESSIVE_DETERMINERS))
    for start, word in doc.candidates(frozenset(bare_forms), _contraction_patterns(), _worth_a_look, after):
        if word.lower() in bare_forms:
            at = _contraction(doc, start, word) if doc.free(start, word) else None
            reason: str | None = "contraction"
        elif (
            word[-1] == "s"
            and len(word) > 3
            and word.isalpha()
            and not word.isupper()
            and doc.free(start, word)
        ):
            at, reason = len(word) - 1, _possessive(doc, start, word)
        else:
            continue
        if at is None or reason is None:
            continue
        if apostrophe is None:
            quotes = _INNER_APOSTROPHE.findall(text)
            apostrophe = "’" if quotes.count("’") > quotes.count("'") else "'"
        new = word[:at] + apostrophe + word[at:]
        end = start + len(word)
        yield Edit(start, end, new, f'contraction "{word}" -> "{new}"' if reason == "contraction" else reason)
