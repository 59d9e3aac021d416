"""Lexicons: the language data rules read from ``cleanwire/lexicons/``.

Phrase lists that differ by language are data, not code. Every rule reads them
through this module, so there is one file format and one way to load it:

* ``FAMILY.LANG.txt`` holds one language's entries of one family
  (``months.en.txt``, ``appeals.de.txt``); ``FAMILY.txt`` holds data that is the
  same in every language (``agencies.txt``, ``abbreviations.txt``).
* One entry per line, surrounding whitespace stripped; ``#`` starts a comment
  that runs to the end of the line; blank lines are ignored.
* A file may be split into sections by lines ``[name]`` (``appeals.en.txt``:
  ``[donation]``, ``[paywall]``, ...); :func:`sections` reads those.

Each file is read once, lazily, from the installed package
(:mod:`importlib.resources`), and a missing file is an empty lexicon, so a
language without a file simply adds nothing. English entries always apply on
top of the document's language: English page furniture turns up on sites in
every language. What an entry *means* (``^phrase``, ``name=es``, a tab-separated
word class) is up to the rule that reads the family.

>>> "December" in phrases("months", "en")
True
>>> alternation(["Jan", "January"])
'January|Jan'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import Context

#: The language whose entries apply to every document.
FALLBACK = "en"
# Languages whose documents use only the fallback's entries ("und": too little text to tell).
_FALLBACK_ONLY = frozenset({FALLBACK, "und"})
_PACKAGE = "cleanwire"
_FOLDER = "lexicons"


def _file_name(family: str, lang: str | None) -> str:
    return f"{family}.txt" if lang is None else f"{family}.{lang}.txt"


@functools.cache
def entries(family: str, lang: str | None = None) -> tuple[str, ...]:
    """The entries of ``FAMILY.LANG.txt`` (``FAMILY.txt`` when ``lang`` is None), in file order.

    Comments and blank lines are dropped; a missing file has no entries.

    >>> entries("months", "en")[:2]
    ('January', 'Jan')
    >>> entries("months", "xx")
    ()
    """
    path = resources.files(_PACKAGE) / _FOLDER / _file_name(family, lang)
    if not path.is_file():
        return ()
    rows = (raw.split("#", 1)[0].strip() for raw in path.read_text(encoding="utf-8").splitlines())
    return tuple(row for row in rows if row)


@functools.cache
def sections(family: str, lang: str | None = None) -> Mapping[str, tuple[str, ...]]:
    """The ``[section]``-headed entries of a lexicon file: section name -> entries, in file order.

    A missing file has no sections; an entry before the first ``[section]``
    line is an error in the data.

    >>> sections("navigation", "en")["home"][:2]
    ('home', 'homepage')
    """
    found: dict[str, list[str]] = {}
    current = ""
    for entry in entries(family, lang):
        if entry.startswith("[") and entry.endswith("]"):
            current = entry[1:-1].strip()
        elif not current:
            raise ValueError(f"{_file_name(family, lang)}: {entry!r} comes before any [section]")
        else:
            found.setdefault(current, []).append(entry)
    return MappingProxyType({name: tuple(rows) for name, rows in found.items()})


@functools.cache
def languages(family: str) -> frozenset[str]:
    """The languages that have a lexicon file for ``family`` (``FAMILY.xx.txt``).

    >>> sorted(languages("months"))
    ['en']
    """
    names = (p.name for p in (resources.files(_PACKAGE) / _FOLDER).iterdir())
    parts = (n.split(".") for n in names)
    return frozenset(p[1] for p in parts if len(p) == 3 and p[0] == family and p[2] == "txt")


def lookup_order(lang: str) -> tuple[str, ...]:
    """The languages whose entries apply to a document in ``lang``: its own, then English.

    >>> lookup_order("de"), lookup_order("en"), lookup_order("und")
    (('de', 'en'), ('en',), ('en',))
    """
    return (FALLBACK,) if lang in _FALLBACK_ONLY else (lang, FALLBACK)


def lexicon_lang(ctx: Context, *families: str) -> str:
    """The language whose lexicons apply to ``families`` in the document of ``ctx``.

    The document language is detected only when one of the families has a file
    for a language other than English; otherwise the answer is ``"en"`` and
    detection (milliseconds per document) is skipped.
    """
    if all(languages(f) <= {FALLBACK} for f in families):
        return FALLBACK
    return ctx.lang


def phrases(family: str, lang: str) -> tuple[str, ...]:
    """The entries of ``family`` for ``lang`` followed by the English ones, without repeats.

    >>> phrases("months", "xx") == phrases("months", "en")
    True
    """
    return tuple(dict.fromkeys(p for each in lookup_order(lang) for p in entries(family, each)))


def literal(phrase: str) -> str:
    """A regex for ``phrase`` as written, any run of whitespace where it has a space.

    >>> print(literal("Dec. 13"))
    Dec\\.\\s+13
    """
    return re.escape(phrase).replace(r"\ ", r"\s+")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of :func:`literal` phrases, longest first.

    An empty list gives a pattern that matches nothing.

    >>> print(alternation(["by", "editing by"]))
    editing\\s+by|by
    >>> alternation([])
    '(?!)'
    """
    return "|".join(literal(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


# -- matching phrases word by word ------------------------------------------------

#: A word, with apostrophes inside it ("you're"); they are dropped when a word is folded,
#: so the scraped "youre" and "you're" are one word.
WORD = re.compile(r"\w+(?:['’]\w+)*")
_APOSTROPHES = str.maketrans("", "", "'’")


def strip_apostrophes(text: str) -> str:
    """``text`` without straight and curly apostrophes.

    >>> strip_apostrophes("You’re")
    'Youre'
    """
    return text.translate(_APOSTROPHES)


def fold(text: str) -> str:
    """``text`` as word lexicons compare it: apostrophes dropped, case folded.

    >>> fold("You’re")
    'youre'
    """
    return text.translate(_APOSTROPHES).casefold()


def folded_words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``, as a phrase of a word lexicon is matched.

    >>> folded_words("Follow us on X-Twitter!")
    ('follow', 'us', 'on', 'x', 'twitter')
    """
    return tuple(fold(w) for w in WORD.findall(text))
