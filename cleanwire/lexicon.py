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
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

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

    >>> sorted(languages("contractions"))
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


def prefix_tree(phrases: Iterable[Sequence[str]], gap: str) -> str:
    """A regex for word sequences (each word literal, ``gap`` between words) as a prefix tree.

    The regex matches exactly what the alternation of the sequences matches,
    but shares common prefixes, so the engine tries a handful of branches at
    each position instead of every phrase. Words must not be empty; an empty
    list matches nothing.

    >>> print(prefix_tree([("we",), ("web",), ("we", "use"), ("a.m",)], " +"))
    (?:we(?:b| +use)?|a\\.m)
    >>> prefix_tree([], " ")
    '(?!)'
    """
    root: dict[str | None, Any] = {}
    for words in phrases:
        node = root
        for k, word in enumerate(words):
            for ch in (None, *word) if k else word:  # None stands for the gap between two words
                node = node.setdefault(ch, {})
        node[""] = {}  # a sequence ends here

    def emit(node: dict[str | None, Any]) -> str:
        branches = [
            (gap if ch is None else re.escape(ch)) + emit(child) for ch, child in node.items() if ch != ""
        ]
        if not branches:
            return ""
        if len(branches) > 1:
            body = "(?:" + "|".join(branches) + ")"
        elif "" in node and len(branches[0]) > 1:
            body = f"(?:{branches[0]})"
        else:
            body = branches[0]
        return body + "?" if "" in node else body

    return emit(root) or "(?!)"


def phrase_tree(phrases: Iterable[str]) -> str:
    """The language of :func:`alternation` as a :func:`prefix_tree`: faster to try at many places.

    Phrases with doubled or unusual spaces fall back to the plain alternation.

    >>> print(phrase_tree(["read more", "read", "related"]))
    re(?:ad(?:\\s+more)?|lated)
    >>> phrase_tree(["a  b"]) == alternation(["a  b"])
    True
    """
    words = sorted({tuple(p.split(" ")) for p in phrases})
    if any(not w or any(not x or x != " ".join(x.split()) for x in w) for w in words):
        return alternation(phrases)
    return prefix_tree(words, r"\s+")


# -- matching phrases word by word ------------------------------------------------

#: A word, with apostrophes inside it ("you're"); they are dropped when a word is folded,
#: so the scraped "youre" and "you're" are one word.
WORD = re.compile(r"\w+(?:['’]\w+)*")


def strip_apostrophes(text: str) -> str:
    """``text`` without straight and curly apostrophes.

    >>> strip_apostrophes("You’re")
    'Youre'
    """
    # Two replace() calls: several times faster than str.translate on short strings.
    return text.replace("'", "").replace("’", "")


def fold(text: str) -> str:
    """``text`` as word lexicons compare it: apostrophes dropped, case folded.

    Folding works character by character, so folding a text folds each of
    its words, and folding words joined by spaces folds each word.

    >>> fold("You’re")
    'youre'
    """
    return text.replace("'", "").replace("’", "").casefold()


# Where folding a whole text does not fold each of its words in place: two or more
# apostrophes alone between word characters (folding glues the words together) and
# U+0345, the one non-word character whose case fold is a letter (a test checks this
# against the Unicode data of the running Python).
_GLUED_BY_FOLDING = re.compile(r"\w['’]{2,}\w|\u0345")
_GLUED_BY_FOLDING_HINTS = ("''", "'’", "’'", "’’", "\u0345")  # substrings it needs, tested first: faster


def fold_keeps_words(text: str) -> bool:
    """Whether ``fold(text)`` holds each word of ``text`` folded, with non-word characters around it.

    Folding works character by character, so it does, except where two or
    more apostrophes alone separate two words or U+0345 occurs. Then a pattern
    searched in the folded text finds every phrase of folded words that
    :func:`folded_words` would find.

    >>> fold_keeps_words("You’re right"), fold_keeps_words("rock''n roll")
    (True, False)
    """
    return not (any(h in text for h in _GLUED_BY_FOLDING_HINTS) and _GLUED_BY_FOLDING.search(text))


def folded_words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``, as a phrase of a word lexicon is matched.

    >>> folded_words("Follow us on X-Twitter!")
    ('follow', 'us', 'on', 'x', 'twitter')
    """
    words = WORD.findall(text)
    # Folding works character by character and never makes a space: fold the words at once.
    return tuple(fold(" ".join(words)).split(" ")) if words else ()
