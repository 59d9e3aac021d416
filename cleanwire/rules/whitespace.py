"""Line endings, spaces and blank lines.

Scrapers leave ``\\r\\n`` and lone ``\\r`` line ends, non-breaking and doubled
spaces, spaces at line ends and runs of blank lines. The output convention is
one paragraph per line with a single ``\\n`` between paragraphs, so these rules
normalise all of that. They leave every other character alone: no case
folding, no quote changes, no Unicode normalisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..rule import Edit, rule

# \r\n, a lone \r (old Mac) or a Unicode line/paragraph separator.
_CR = re.compile("\r\n?|[\u2028\u2029]")
# Horizontal whitespace: plain spaces and tabs plus every other Unicode space
# separator (NBSP, ogham space, en/em/thin/hair spaces, narrow NBSP, ideographic).
_ODD = "\\t\\f\\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_H = f"[ {_ODD}]"
# A whole run of horizontal whitespace that needs an edit: two or more characters,
# a non-plain space, or a single space at a line edge. Runs at a line edge are
# removed, others become one plain space. Starting with a character class (the
# alternatives look back instead) lets the engine skip from space to space.
_SPACES = re.compile(rf"{_H}(?:{_H}+|(?<=[{_ODD}])|(?<![^\n].)|(?=$))", re.MULTILINE)
# Any non-plain space: with none of these and no doubled or edge space, nothing to do.
_ODD_SPACE = re.compile(f"[{_ODD}]")
# A run of whitespace holding two or more newlines: a blank line or several.
_BLANKS = re.compile(r"\n\s*\n")
_LEADING = re.compile(r"\A\s+")


@rule(kind="repair")
def normalize_newlines(text: str, ctx: Context) -> Iterator[Edit]:
    """Turn ``\\r\\n`` and lone ``\\r`` line ends into ``\\n``.

    Also Unicode line and paragraph separators (U+2028, U+2029). Leaves alone
    C1 NEL (U+0085), which in scraped text is far more often mojibake of "…".

    >>> normalize_newlines("one\\r\\ntwo\\rthree")
    'one\\ntwo\\nthree'
    """
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        return
    for m in _CR.finditer(text):
        yield Edit(m.start(), m.end(), "\n", "line end normalised to \\n")


@rule(kind="repair")
def normalize_spaces(text: str, ctx: Context) -> Iterator[Edit]:
    """Collapse runs of spaces and tabs, turn NBSP into a space, trim line ends.

    Leaves single spaces, newlines and every non-space character alone.

    >>> normalize_spaces("  Hello,\\u00a0world.  \\nNext\\tline")
    'Hello, world.\\nNext line'
    """
    if not (
        "  " in text
        or "\n " in text
        or " \n" in text
        or text[:1] == " "
        or text[-1:] == " "
        or _ODD_SPACE.search(text)
    ):
        return
    n = len(text)
    for m in _SPACES.finditer(text):
        a, b = m.span()
        if a == 0 or text[a - 1] == "\n" or b == n or text[b] == "\n":
            yield Edit(a, b, "", "space at a line end")
        else:
            yield Edit(a, b, " ", "run of spaces, tab or non-breaking space")


@rule(kind="repair")
def drop_blank_lines(text: str, ctx: Context) -> Iterator[Edit]:
    """Remove blank lines and whitespace at the start and end of the document.

    Paragraphs end up one per line with a single newline between them. Leaves
    the lines themselves alone: it never joins two non-blank lines.

    >>> drop_blank_lines("\\n\\nFirst.\\n\\n\\nSecond.\\n")
    'First.\\nSecond.'
    """
    lead = _LEADING.match(text)
    start = lead.end() if lead else 0
    if start:
        yield Edit(0, start, "", "whitespace at the start of the document")
    # Where the whitespace at the end starts (but not before start): str.rstrip strips
    # what \s matches, and no pattern search has to try every position.
    body = len(text.rstrip())
    end = max(body, start) if body < len(text) else len(text)
    for m in _BLANKS.finditer(text, start, end):
        yield Edit(m.start(), m.end(), "\n", "blank lines between paragraphs")
    if end < len(text):
        yield Edit(end, len(text), "", "whitespace at the end of the document")
