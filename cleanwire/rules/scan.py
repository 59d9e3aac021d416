"""Finding the few lines a filter has to look at with one search over the whole text.

Most filters drop lines that begin in a telling way: a label ("Source:",
"Related News", "Original url"), a web address. Calling a line check on every
line of a page costs a Python call per line per filter; searching the text
once for such a beginning and looking only at the lines found is many times
faster. The pattern describes a *necessary* condition of the filter's line
check (a line it does not find cannot be dropped), so what the filter drops
does not change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..document import Document, Line
from ..lexicon import fold, fold_keeps_words, phrase_tree

if TYPE_CHECKING:
    from ..context import Context

_FOLDED = "scan.folded"  # ctx.cache key: (document, its folded text or None)


def line_head(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern for :func:`lines_starting`: ``pattern`` after a newline and the line's leading whitespace.

    >>> line_head("(?:source|via)", re.IGNORECASE).pattern
    '\\\\n[^\\\\S\\\\n]*(?:source|via)'
    """
    # A literal newline first lets the engine jump from line to line.
    return re.compile(rf"\n[^\S\n]*{pattern}", flags)


@dataclass(frozen=True)
class LabelHead:
    """Patterns for lines that start with a label: on the text, ignoring case, and on its folded form.

    ``folded`` is None when it cannot stand in for ``raw`` (labels not in ASCII).
    """

    raw: re.Pattern[str]
    folded: re.Pattern[str] | None


# Letters that re.IGNORECASE pairs with an ASCII letter but that do not case-fold to it
# (dotted capital and dotless small i; a test checks there are no others).
_ODD_CASE = ("\u0130", "\u0131")


def label_head(
    labels: Sequence[str], before: str = "", raw_extra: str = "", folded_extra: str = ""
) -> LabelHead:
    """A :class:`LabelHead` for lines that start with one of the lexicon phrases ``labels``.

    ``before`` may come first (say, an opening bracket); ``raw_extra`` and
    ``folded_extra`` are more alternatives, for the text and its folded form.

    >>> print(label_head(["Read more", "don't miss"]).folded.pattern)
    \\n[^\\S\\n]*(?:(?:dont\\s+miss|read\\s+more))
    """
    raw = "|".join(x for x in (phrase_tree(labels), raw_extra) if x)
    ascii_only = all(label.isascii() for label in labels)
    low = "|".join(x for x in (phrase_tree([fold(label) for label in labels]), folded_extra) if x)
    return LabelHead(
        raw=line_head(f"{before}(?:{raw})", re.IGNORECASE),
        folded=line_head(f"{before}(?:{low})") if ascii_only else None,
    )


def lines_labelled(doc: Document, ctx: Context, head: LabelHead) -> list[Line]:
    """The lines of ``doc`` (not blank, not dropped) that start with one of the labels of ``head``.

    Searched in the :func:`folded` text when it can stand in for the text:
    a case-insensitive match of an ASCII label is then a match of the folded
    label in the folded text (apostrophes dropped in both), and the search
    is several times faster.
    """
    pattern = head.folded
    text = folded(doc, ctx) if pattern is not None else None
    if pattern is None or text is None or any(c in doc.text for c in _ODD_CASE):
        return lines_matching(doc, head.raw)
    return lines_matching(doc, pattern, text)


def lines_starting(doc: Document, head: re.Pattern[str]) -> list[Line]:
    """The lines of ``doc`` (not blank, not dropped) whose beginning ``head`` matches, in order.

    ``head`` comes from :func:`line_head`.

    >>> from cleanwire.document import segment
    >>> doc = segment("Body.\\n  Source: AP\\n\\nsource: x")
    >>> [line.index for line in lines_starting(doc, line_head("source:", re.IGNORECASE))]
    [1, 3]
    """
    return lines_matching(doc, head)


def lines_matching(doc: Document, pattern: re.Pattern[str], text: str | None = None) -> list[Line]:
    """The lines of ``doc`` (not blank, not dropped) where ``pattern`` matches, each once, in order.

    ``pattern`` is searched in ``text`` (by default ``doc.text``; any text
    with the same lines, such as its :func:`folded` form) with a newline put
    in front, so that every line, the first too, follows a newline. A match
    belongs to the line of the character right after its first character:
    the pattern may start with the newline or other character before a line
    or word. After a match the search goes on at the next line.

    >>> from cleanwire.document import segment
    >>> doc = segment("a cat\\nno\\nthe cat sat\\n\\ncat")
    >>> [line.index for line in lines_matching(doc, re.compile(r"\\Wcat"))]
    [0, 2, 4]
    """
    if not doc.lines:
        return []
    searched = "\n" + (doc.text if text is None else text)
    lines, dropped = doc.lines, doc.dropped
    out = []
    index = -1  # newlines in searched[:counted], less the one put in front
    counted = 0
    m = pattern.search(searched)
    while m is not None:
        at = m.start() + 1
        index += searched.count("\n", counted, at)
        counted = at
        line = lines[index]
        if not line.blank and index not in dropped:
            out.append(line)
        end = searched.find("\n", at)  # where the next line starts, after its newline
        m = pattern.search(searched, end) if end >= 0 else None
    return out


def folded(doc: Document, ctx: Context) -> str | None:
    """``fold(doc.text)``, once per document; None unless :func:`~cleanwire.lexicon.fold_keeps_words`.

    Its lines are the folded lines of ``doc``, for :func:`lines_matching`.
    """
    cached = ctx.cache.get(_FOLDED)
    if cached is None or cached[0] is not doc:
        cached = (doc, fold(doc.text) if fold_keeps_words(doc.text) else None)
        ctx.cache[_FOLDED] = cached
    text: str | None = cached[1]
    return text


def lines_with(doc: Document, pattern: re.Pattern[str]) -> list[Line]:
    """The lines of ``doc`` (not blank, not dropped) in which ``pattern`` matches, in order.

    After a match the search goes on at the next line. ``pattern`` must not
    match a newline.

    >>> from cleanwire.document import segment
    >>> doc = segment("No digits.\\nIn 2024 and 2025.\\n\\n3 more")
    >>> [line.index for line in lines_with(doc, re.compile(r"\\d"))]
    [1, 3]
    """
    if not doc.lines:
        return []
    text = doc.text
    lines, dropped = doc.lines, doc.dropped
    out = []
    index = 0  # number of newlines in text[:counted]: the index of the line holding text[counted]
    counted = 0
    m = pattern.search(text)
    while m is not None:
        at = m.start()
        index += text.count("\n", counted, at)
        counted = at
        line = lines[index]
        if not line.blank and index not in dropped:
            out.append(line)
        m = pattern.search(text, line.end + 1) if line.end < len(text) else None
    return out


def merged(*groups: list[Line]) -> list[Line]:
    """The lines of all ``groups``, each once, in document order.

    >>> from cleanwire.document import segment
    >>> doc = segment("a\\nb\\nc")
    >>> [line.text for line in merged([doc.lines[2], doc.lines[0]], [doc.lines[0]])]
    ['a', 'c']
    """
    return sorted(
        {line.index: line for group in groups for line in group}.values(), key=lambda line: line.index
    )
