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

import bisect
import re
from collections.abc import Iterator

from ..context import Context
from ..rule import Edit, rule
from .apostrophe_words import (
    attributive_plurals,
    closed_class,
    contractions,
    plural_markers,
    word_classes,
    zipf,
)

# Tokens: runs of letters and digits (Unicode aware; "_" excluded).
_TOKEN = re.compile(r"[^\W_]+")
# An apostrophe between two letters: tells which apostrophe the document uses.
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")
# A line end, to find where the lines start.
_NEWLINE = re.compile("\n")
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


class _Doc:
    """Tokens of one text with the lookups the checks need, built lazily."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        self._where: dict[str, list[int]] | None = None
        self._line_starts: list[int] | None = None
        self._title_lines: dict[int, bool] = {}
        self._plural: dict[str, bool] = {}
        self._named: dict[str, bool] = {}

    def prev(self, i: int) -> str:
        """The token before token ``i`` if only a space separates them."""
        if i > 0 and self.text[self.tokens[i - 1][1] : self.tokens[i][0]] == " ":
            return self.tokens[i - 1][2]
        return ""

    def next(self, i: int) -> str:
        """The token after token ``i`` if only a space separates them."""
        if i + 1 < len(self.tokens) and self.text[self.tokens[i][1] : self.tokens[i + 1][0]] == " ":
            return self.tokens[i + 1][2]
        return ""

    def free(self, i: int) -> bool:
        """Whether token ``i`` stands alone: not part of a URL, handle or quoted form."""
        start, end, word = self.tokens[i]
        before = self.text[start - 1] if start else " "
        after = self.text[end] if end < len(self.text) else " "
        if after == "-" or (before in _GLUE and not (before == "." and word[0].isupper())):
            return False  # a glued sentence ("on Friday.Merkels aides") is fine
        # A full stop ends a sentence unless a letter or digit follows ("example.com").
        return after not in _GLUE or (after == "." and not self.text[end + 1 : end + 2].isalnum())

    def where(self, word: str) -> list[int]:
        """Indices of the tokens equal to ``word`` (case-sensitive)."""
        if self._where is None:
            self._where = {}
            for i, (_, _, t) in enumerate(self.tokens):
                self._where.setdefault(t, []).append(i)
        return self._where.get(word, [])

    def title_line(self, i: int) -> bool:
        """Whether token ``i`` sits on a headline-style line (most words capitalised)."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        n = bisect.bisect_right(self._line_starts, self.tokens[i][0]) - 1
        if n not in self._title_lines:
            start = self._line_starts[n]
            end = self._line_starts[n + 1] if n + 1 < len(self._line_starts) else len(self.text) + 1
            lo = bisect.bisect_left(self.tokens, (start,))
            hi = bisect.bisect_left(self.tokens, (end,))
            words = [t for _, _, t in self.tokens[lo:hi] if len(t) > 3 and t.isalpha()]
            caps = sum(1 for t in words if t[0].isupper())
            self._title_lines[n] = len(words) >= 3 and caps >= 0.6 * len(words)
        return self._title_lines[n]

    def plural_somewhere(self, word: str) -> bool:
        """Whether ``word`` acts as a plural anywhere: "the Xs", "10 Xs", "Xs fled"."""
        if word not in self._plural:
            self._plural[word] = any(
                _marks_plural(self.prev(i), word) or _verb_after_plural(self.next(i))
                for i in self.where(word)
            )
        return self._plural[word]

    def next_to_name(self, word: str) -> bool:
        """Whether ``word`` anywhere stands next to a name ("Jony Ive", "Mr. Im", "Im Sung-jae")."""
        if word not in self._named:
            self._named[word] = any(self._by_name(i) for i in self.where(word))
        return self._named[word]

    def _by_name(self, i: int) -> bool:
        before = self.tokens[i - 1][2] if i else ""
        gap = self.text[self.tokens[i - 1][1] : self.tokens[i][0]] if i else ""
        return (gap in (" ", ". ") and _is_name(before)) or _is_name(self.next(i))


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


def _noun_like(doc: _Doc, i: int, nxt: str) -> bool:
    """Whether ``nxt`` (after token ``i``) can be what a possessive name owns."""
    if not nxt or not nxt.isalpha() or nxt.lower() in closed_class():
        return False
    if nxt[0].isupper():
        return not doc.title_line(i)
    if not nxt.islower():
        return False
    cls = word_classes().get(nxt)
    if cls is None:
        return not nxt.endswith(("ed", "ly", "ing"))
    return "x" not in cls and ("n" in cls or "a" in cls)


def _contraction(doc: _Doc, i: int, word: str) -> int | None:
    """Where the apostrophe goes in the contraction ``word``, or None to leave it."""
    lower = word.lower()
    if not (
        word.islower() or (word.isupper() and len(word) > 3) or (word[0].isupper() and word[1:].islower())
    ):
        return None  # mixed case ("WHOs") or a short acronym ("HES")
    if lower in ("ive", "im"):
        nxt = doc.next(i)
        if not nxt.islower() or doc.next_to_name(word):
            return None  # "Ive" and "Im" are also surnames (Jony Ive, Im Sung-jae)
        if lower == "im" and word_classes().get(nxt) == "v" and not nxt.endswith("ing"):
            return None  # "Im said": a name; "I'm" takes "-ing", adjectives, "not", "a"...
    at, blockers = contractions()[lower]
    return None if doc.next(i) in blockers else at  # "dont le": French


def _possessive(doc: _Doc, i: int, word: str) -> str | None:
    """The reason to read ``word`` ("...s") as a possessive, or None."""
    if word[0].isupper():
        return _name_possessive(doc, i, word)
    if word.islower():
        return _noun_possessive(doc, i, word) or _form_possessive(doc, i, word)
    return None


def _name_possessive(doc: _Doc, i: int, word: str) -> str | None:
    base = word[:-1]
    if base[-1] in "sS" or not any(c.islower() for c in base) or word.lower() in word_classes():
        return None
    rare, common = zipf(word), zipf(base)
    if rare >= COMMON_ZIPF or common < rare + NAME_MARGIN:
        return None
    seen = len(doc.where(base))
    if not seen or _marks_plural(doc.prev(i), word) or not _noun_like(doc, i, doc.next(i)):
        return None
    if doc.plural_somewhere(word):
        return None
    times = "once" if seen == 1 else f"{seen} times"
    return f'possessive: "{base}" occurs {times}, "{word}" is not a common word'


def _noun_possessive(doc: _Doc, i: int, word: str) -> str | None:
    prev = doc.prev(i)
    if prev.lower() not in _POSSESSIVE_DETERMINERS or word in attributive_plurals():
        return None
    base, nxt, classes = word[:-1], doc.next(i), word_classes()
    if classes.get(word) != "np" or classes.get(base) != "n" or classes.get(nxt) not in ("n", "np"):
        return None
    if nxt in closed_class() or (prev.lower() == "her" and "v" in classes.get(doc.prev(i - 1).lower(), "")):
        return None  # "gave her flowers": "her" is an object
    if zipf(base) < 3.0 or zipf(base) < zipf(word) + NOUN_MARGIN:
        return None
    return f'possessive: "{prev} {word} {nxt}": "{base}" is far more common than "{word}", "{nxt}" is a noun'


def _form_possessive(doc: _Doc, i: int, word: str) -> str | None:
    base, classes = word[:-1], word_classes()
    cls = classes.get(base, "")
    if word in classes or "n" not in cls or base in closed_class() or zipf(base) < 3.5:
        return None
    # "companys", "churchs": the plural is "companies", "churches"; "mens": "men" is the plural.
    if not (_PLURAL_NOT_S.search(base) or ("p" in cls and base[-1] != "s")):
        return None
    nxt = doc.next(i)
    ncls = classes.get(nxt, "")
    if nxt[:1].isupper():
        if not _noun_like(doc, i, nxt):
            return None
    elif nxt in closed_class() or "x" in ncls or not ("n" in ncls or "a" in ncls):
        return None
    if _marks_plural(doc.prev(i), word) or doc.plural_somewhere(word):
        return None  # "many companys offer": a misspelt plural
    return f'possessive: "{word}" is no English word, "{base}" is a common noun'


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
    for i, (start, end, word) in enumerate(doc.tokens):
        if word.lower() in bare_forms:
            at = _contraction(doc, i, word) if doc.free(i) else None
            reason: str | None = "contraction"
        elif word[-1] == "s" and len(word) > 3 and word.isalpha() and not word.isupper() and doc.free(i):
            at, reason = len(word) - 1, _possessive(doc, i, word)
        else:
            continue
        if at is None or reason is None:
            continue
        if apostrophe is None:
            quotes = _INNER_APOSTROPHE.findall(text)
            apostrophe = "’" if quotes.count("’") > quotes.count("'") else "'"
        new = word[:at] + apostrophe + word[at:]
        yield Edit(start, end, new, f'contraction "{word}" -> "{new}"' if reason == "contraction" else reason)
