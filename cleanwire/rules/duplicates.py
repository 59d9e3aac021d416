"""Repeated paragraphs and titles.

Scrapers often capture a page twice over (the article body under a "print" or
AMP copy, the title as both ``<title>`` and ``<h1>``), so whole paragraphs come
back verbatim. The first copy is kept and later copies go, with a reason that
names the line of the first copy.

Lines are compared after normalising whitespace, case and quote style
(’ and ', “” and ") and ignoring trailing punctuation; a hash of that key
makes the rule linear. Short lines repeat legitimately ("Buy Now", list
bullets, "Q:"), so a short line only goes when it repeats the line right
before it, as a doubled title does.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Document
from ..rule import Drop, rule
from .shapes import quote

# Quote styles folded together: curly, low, prime and angle quotes.
_QUOTES = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
    }
)
_TRAILING = " .!?…:;,"  # punctuation ignored at the end of a line

_LONG_WORDS = 8  # a line this many words long repeats anywhere
_LONG_CHARS = 40  # ... or this many characters long
_TITLE_WORDS = 3  # a short line repeated right after itself needs this many words
_QUOTED_CHARS = 40  # the first copy is quoted in the reason up to this many characters


def line_key(text: str) -> str:
    """The comparison key of a line: spaces, case, quotes and end punctuation folded.

    >>> line_key("  He said: “Enough.” ") == line_key('he said: "enough."')
    True
    """
    return " ".join(text.split()).translate(_QUOTES).casefold().rstrip(_TRAILING)


@rule(kind="filter")
def drop_duplicates(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop repeated paragraphs and a title repeated on the next line, keeping the first copy.

    A line of 8+ words or 40+ characters goes whenever it repeats an earlier
    kept line; a shorter one only when it repeats the line right before it
    and has at least three words. Lines dropped by earlier filters are never
    the first copy. Line numbers in reasons count from 1 in the text the
    filters see.

    >>> drop_duplicates("Big News Today\\nBig News Today\\nBuy Now\\nItem\\nBuy Now")
    'Big News Today\\nBuy Now\\nItem\\nBuy Now'
    """
    first: dict[str, int] = {}
    prev_key: str | None = None
    prev_index = -1
    for line in doc.content():
        text = line.text
        key = line_key(text)
        if not key:
            continue
        long = len(text.strip()) >= _LONG_CHARS or len(key.split()) >= _LONG_WORDS
        if long and key in first:
            j = first[key]
        elif not long and key == prev_key and len(key.split()) >= _TITLE_WORDS:
            j = prev_index
        else:
            first.setdefault(key, line.index)
            prev_key, prev_index = key, line.index
            continue
        yield Drop(
            line.index, line.index, f'repeats line {j + 1} ("{quote(doc.lines[j].text, _QUOTED_CHARS)}")'
        )
