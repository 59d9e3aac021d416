"""Line repairs: put sentence and paragraph boundaries back where scrapers moved them.

Scrapers break lines in two characteristic wrong ways. Some break right after
an abbreviation's period, as if it ended the sentence ("on Oct.\\n14, the
council said."); :func:`join_split_abbreviations` joins such lines. Others
concatenate paragraphs and lose the separator ("the council said.Officials
were told"); :func:`split_glued_sentences` (kept in :mod:`cleanwire.rules.glued`
for its size, re-exported here) puts each glued sentence on its own line,
following the output convention of one paragraph per line.

Both rules run on the whole text after the markup and whitespace repairs, the
join first. Deliberately not here: rejoining hard-wrapped lines in general
(a line that ends mid-sentence without an abbreviation), and splitting text
that has no sentence punctuation at the seam ("next monthThank you").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..rule import Edit, rule
from .abbreviations import abbreviations
from .glued import split_glued_sentences

__all__ = ["join_split_abbreviations", "split_glued_sentences"]

# --- join_split_abbreviations -----------------------------------------------

# Characters that may stand right before a token (whitespace aside): opening
# brackets and quotes, so "(Nov.\n28)" still finds "Nov.".
_OPEN = "(\\[{\"“‘«„'"
# A short token ending in "." at the end of a line, then the line break (with
# any spaces or tabs around it) and a non-blank next line. The token may not
# start with an opening bracket or quote, so it starts after them. Found in two
# steps so that the engine can search for the literal ".": the full stop and
# the line break, then the token, searched back from the full stop.
_DOT_BREAK = re.compile(r"\.([ \t]*\n[ \t]*)(?=\S)")
_TOKEN_TO_DOT = re.compile(rf"(?<![^\s{_OPEN}])[^\s{_OPEN}]{{0,15}}\.\Z")


@rule(kind="repair")
def join_split_abbreviations(text: str, ctx: Context) -> Iterator[Edit]:
    """Join a line that ends with an abbreviation to the line that continues it.

    The abbreviation must be one that rarely ends a sentence (months such as
    "Nov.", "Nr.", "vol.", "z.B.", titles such as "Mr.", "Dr.", "Mme.", "Dott.";
    see ``lexicons/abbreviations.txt``), and the next line must plainly continue
    the sentence: it starts with a digit or a lowercase letter, or, after a
    title that stands before a name, with a capital. The line break and any
    spaces around it become one space.

    Leaves alone: abbreviations that often end a sentence ("etc.", "Inc.",
    "U.S."), lines ending in an ordinary word and a period, a next line that
    starts with anything else, and paragraphs separated by a blank line.

    >>> join_split_abbreviations("her visit to Tampere on Oct.\\n14, the council said.")
    'her visit to Tampere on Oct. 14, the council said.'
    >>> join_split_abbreviations("Sales rose in the U.S.\\nThe dollar fell.")
    'Sales rose in the U.S.\\nThe dollar fell.'
    """
    if "." not in text:
        return
    lex = abbreviations()
    for m in _DOT_BREAK.finditer(text):
        dot = m.start()
        token = _TOKEN_TO_DOT.search(text, max(dot - 15, 0), dot + 1)
        if token is None:
            continue  # the word before the full stop is too long
        abbr = token.group()
        if abbr not in lex.all:
            continue
        first = text[m.end()]
        if not (first.isdigit() or first.islower()):
            if not first.isupper() or abbr not in lex.names:
                continue
            langs = lex.names[abbr]
            if langs is not None and ctx.lang not in langs:
                continue
        yield Edit(m.start(1), m.end(1), " ", f'line broken after the abbreviation "{abbr}"')
