"""Apostrophes a conversion replaced with "?" or "�": "don?t", "the president�s".

A curly apostrophe (’) is not ASCII and not in Latin-1. Text pushed through
an ASCII conversion with ``errors="replace"`` gets "?" in its place; Windows-1252
bytes read as UTF-8 with ``errors="replace"`` get U+FFFD ("�"). Either way the
word keeps its shape with the wrong character between the letters: "it?s",
"don?t", "we?re", "Merkel�s". ftfy cannot undo this: the byte is gone.

The mark is put back as ’, the character that was lost: a plain ' is ASCII and
survives both conversions, so it is never the one that went.

Two levels of certainty:

* a contraction of a pronoun or a negation ("it?s", "I?m", "they?re", "you?ve",
  "we?ll", "she?d", "don?t", "can?t", "won?t") — no English word is spelt with
  "?" or "�" there, so these are always repaired;
* "x?s" after a common lower-case English word of three letters or more is a
  possessive ("the company?s", "the city?s"): a lost letter there would leave
  a stem that is no word ("caf�s" was "cafés", "pur?s" was "purées");
* "X?s" after a capitalised word is a possessive only in a document that shows
  the same damage in a contraction or in a common noun's possessive, and only
  when "X" is a common word or a name the
  document also writes alone ("Merkel said ... Merkel?s"). Names lose accented
  letters too ("Tom?s" may be "Tomás", "Andr�s" was "Andrés"): without that
  evidence they are left alone.

Left alone: question marks between words of a URL or query ("index.php?s=1",
"?id=3"), a question glued to the next sentence ("Why?The"), marks where a quote
was lost ("?Hello,? he said": which quote it was cannot be known), and the
typed look-alikes ´ and ` ("it´s"): those were written, not broken.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from ..context import Context
from ..rule import Edit, rule
from .apostrophe_words import closed_class, zipf

# "?" or U+FFFD before an apostrophe ending; not inside a URL, a query or an
# e-mail (no =&/: or "?x" after it). The pattern starts with the mark, so the
# search skips from mark to mark; the word before it is read by hand.
_MARK = re.compile(r"[?\ufffd](s|t|re|ve|ll|d|m)(?![\w=&/:\-]|\?\S)")
# Characters that may not stand right before the word: it is part of a URL, a
# path, a number or an address (a mark there stands for a lost quote or dash:
# "?We?re not there yet,?", "it will happen?they?ll see").
_NOT_BEFORE = frozenset("/=&%@#.-_0123456789")
# A word with no mark glued to it: the words a text writes alone.
_BARE_WORD = re.compile(r"(?<![\w?\ufffd])\w+(?![\w?\ufffd])")
# Longer runs of letters are no word (a letter before the run's start skips it).
_LONGEST_WORD = 40


class _Marked(NamedTuple):
    """A word, its mark and its ending: "don" "?" "t"."""

    start: int  # where the word starts
    mark: int  # where the mark is
    end: int  # where the ending ends
    word: str
    ending: str
    mark_char: str  # "?" or U+FFFD


def _marked(text: str) -> Iterator[_Marked]:
    """Every word + mark + apostrophe ending, with the word read back from the mark."""
    for m in _MARK.finditer(text):
        at = start = m.start()
        while start > 0 and text[start - 1].isalpha() and at - start < _LONGEST_WORD:
            start -= 1
        if start == at or (start > 0 and (text[start - 1] in _NOT_BEFORE or text[start - 1].isalnum())):
            continue
        yield _Marked(start, at, m.end(), text[start:at], m.group(1), text[at])


# Words whose "?re", "?ve", "?ll", "?d", "?m", "?s" ending can only be a contraction.
_PRONOUNS = frozenset(
    (
        *(
            "i",
            "you",
            "we",
            "they",
            "he",
            "she",
            "it",
            "that",
            "there",
            "here",
            "what",
            "who",
            "where",
            "let",
        ),
        *("someone", "somebody", "something", "everyone", "everybody", "everything", "anyone", "anybody"),
        *("nobody", "nothing", "one"),
    )
)
_ENDINGS_AFTER_PRONOUN = {
    "m": frozenset(("i",)),
    "re": frozenset(("you", "we", "they", "there", "what", "who", "where")),
    "ve": frozenset(("i", "you", "we", "they", "who", "what", "would", "could", "should", "might", "must")),
    "ll": frozenset(("i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "what")),
    "d": frozenset(("i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "what")),
    "s": _PRONOUNS,
}
# Negations before "?t": "don?t", "can?t", "won?t", "isn?t" ...
_NEGATED = frozenset(
    (
        *("don", "doesn", "didn", "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "won", "can"),
        *("wouldn", "couldn", "shouldn", "mustn", "needn", "mightn", "shan", "ain"),
    )
)
# A possessive's word must be at least this common in English (Zipf scale) to
# count without the document using it bare: "president", "nation", "Trump".
_KNOWN_WORD = 3.0


def _certain(word: str, ending: str) -> bool:
    """Is ``word`` + apostrophe + ``ending`` a contraction that no other reading allows?

    >>> _certain("don", "t"), _certain("It", "s"), _certain("we", "re"), _certain("caf", "s")
    (True, True, True, False)
    """
    lower = word.lower()
    if ending == "t":
        return lower in _NEGATED
    return lower in _ENDINGS_AFTER_PRONOUN[ending]


def _common_noun(word: str) -> bool:
    """Is ``word`` a lower-case English word that can own something ("company", not "in")?"""
    return word.islower() and len(word) > 2 and word not in closed_class() and zipf(word) >= _KNOWN_WORD


def _name(word: str, bare: Callable[[], set[str]]) -> bool:
    """Is capitalised ``word`` a common word or a name the text also writes alone (in ``bare()``)?"""
    if not word[:1].isupper() or word.lower() in closed_class():
        return False
    return zipf(word) >= _KNOWN_WORD or (len(word) > 1 and word in bare())


@rule(kind="repair", languages=("en",))
def restore_replaced_apostrophes(text: str, ctx: Context) -> Iterator[Edit]:
    """Turn a "?" or "�" that replaced an apostrophe back into ’: "don?t" -> "don’t".

    >>> restore_replaced_apostrophes("We don?t know why the president?s plan failed.", lang="en")
    'We don’t know why the president’s plan failed.'
    >>> restore_replaced_apostrophes("See index.php?s=1 and the caf�s of Paris.", lang="en")
    'See index.php?s=1 and the caf�s of Paris.'
    """
    if "?" not in text and "\ufffd" not in text:
        return
    marked = list(_marked(text))
    if not marked:
        return
    # Marks that stand for an apostrophe in this text: seen in a contraction or a common noun's possessive.
    damaged = {
        m.mark_char
        for m in marked
        if _certain(m.word, m.ending) or (m.ending == "s" and _common_noun(m.word))
    }

    @functools.cache
    def bare() -> set[str]:  # the words the text writes alone: read once, and only if a name asks
        return set(_BARE_WORD.findall(text))

    for m in marked:
        shown = "?" if m.mark_char == "?" else "�"
        found = text[m.start : m.end]
        if _certain(m.word, m.ending):
            reason = f'apostrophe lost as "{shown}": contraction "{found}"'
        elif m.ending == "s" and _common_noun(m.word):
            reason = f'apostrophe lost as "{shown}": possessive "{found}"'
        elif m.ending == "s" and m.mark_char in damaged and _name(m.word, bare):
            reason = f'apostrophe lost as "{shown}": possessive "{found}", as elsewhere in the text'
        else:
            continue
        yield Edit(m.mark, m.mark + 1, "’", reason)
