"""Repeated paragraphs, blocks and titles.

Scrapers often capture a page twice over (the article body under a "print" or
AMP copy, the title as both ``<title>`` and ``<h1>``, a menu in the header and
the footer), so whole paragraphs and blocks come back verbatim, and a page
shows a sentence again as a pull quote. The first copy is kept and later
copies go, with a reason that names the kept copy.

Lines are compared after normalising whitespace, case and quote style
(’ and ', “” and ") and ignoring trailing punctuation; a hash of that key
makes the rule linear. Each repeated line is then lined up with an earlier
copy (see :mod:`~cleanwire.rules.duplicate_runs`), so that a block copied
whole (a body repeated at the end, even with a line or two missing from
either copy) is recognised as one piece of copy and goes whole, short lines
included.

Short lines repeat legitimately ("Buy Now", list bullets, "Q:"), and articles
repeat structures on purpose: a meal plan per day, a form per contestant, a
table header per table, where the same lines come back with other lines
between them. So outside a copied block a short line only goes when it
repeats the line right before it; a repeated item, heading or table line goes
only in a block that stands alone or when it carries a link target; and a
repeated paragraph goes when it comes with other copies, next to its copy,
or has 20+ words. Once those copies are gone, a line left twice goes when
nothing around its two copies repeats in step (a structure repeats its
neighbours too): a sentence of 6+ words (a pull quote far from its
paragraph, a part of the page captured twice), or a subheading between
paragraphs when no other short line repeats. A question, a short sentence (a
refrain), a list item, an embed's attribution and an item of a family
("Portions: 1 Red", "Portions: 2 Green") stay.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from ..context import Context
from ..document import Document, Line
from ..rule import Drop, rule
from .duplicate_lone import QUESTION, amid, lone_copies, long_line, words
from .duplicate_runs import align, in_step, near, standalone
from .shapes import quote, running_text

# Quote styles folded together: curly, low, prime and angle quotes.
_QUOTES = {
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
# Whitespace (what str.split splits on) other than the space and the newline, listed
# rather than written as [^\S \n], which is slower to search for (a test checks the list).
ODD_SPACE = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
# A link target left in a line: a web address, a site path in brackets ("News (/news/)"),
# a percent-escape or a URL slug of five or more parts ("the-agency-signs-new-deal").
_LINK = re.compile(r"https?://|www\.|[(<\[]/[^\s)>\]]*[)>\]]|%[0-9A-Fa-f]{2}|\w+(?:[-/]\w+){4}")
# A word character: a line without one is only symbols.
_WORD = re.compile(r"\w")
_TRAILING = " .!?…:;,"  # punctuation ignored at the end of a line

_TITLE_WORDS = 3  # a short line repeated right after itself needs this many words
_PARAGRAPH_WORDS = 20  # a paragraph this long that repeats prose goes wherever it stands
_BLOCK_LONG = 2  # a copied block with this many long lines goes whole, short lines too
_CLOSE = 2  # a sentence this close to its only other copy, no prose between, is a copy
_QUOTED_CHARS = 40  # the first copy is quoted in the reason up to this many characters


def line_key(text: str) -> str:
    """The comparison key of a line: spaces, case, quotes and end punctuation folded.

    >>> line_key("  He said: “Enough.” ") == line_key('he said: "enough."')
    True
    """
    return line_keys([" ".join(text.split())])[0]


def line_keys(texts: Sequence[str]) -> list[str]:
    """The :func:`line_key` of each of ``texts`` (lines without newlines), computed in one go.

    Every step works character by character, so it runs once on the lines
    joined by newlines instead of once per line.

    >>> line_keys(["Big News  Today!", "“Quoted”"])
    ['big news today', '"quoted"']
    """
    if not texts:
        return []
    joined = "\n".join(texts)
    if (
        "  " in joined
        or "\n " in joined
        or " \n" in joined
        or joined[:1] == " "
        or joined[-1:] == " "
        or ODD_SPACE.search(joined)
    ):  # some line has whitespace to collapse
        joined = "\n".join(" ".join(text.split()) for text in texts)
    # One replace() per quote present: far faster than str.translate on non-ASCII text.
    for quote_char, plain in _QUOTES.items():
        if quote_char in joined:
            joined = joined.replace(quote_char, plain)
    return [key.rstrip(_TRAILING) for key in joined.casefold().split("\n")]


@rule(kind="filter")
def drop_duplicates(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop repeated paragraphs and a title repeated on the next line, keeping the first copy.

    Each repeated line is lined up with an earlier copy (see
    :func:`~cleanwire.rules.duplicate_runs.align`); copies that follow their
    originals in order make a piece of copy. A repeated line goes when:

    - it repeats the line right before it and has 8+ words or 40+ characters
      (a doubled paragraph) or 3+ words (a doubled title), holds a web
      address (a doubled link line), or stands with it between two paragraphs
      (a doubled subheading);
    - its piece is a block copied whole: two lines or more, not in step with
      other pieces (see :func:`~cleanwire.rules.duplicate_runs.in_step`), and
      either with no other repeat near it or made mostly of lines that occur
      twice only. Its long lines go, and all its lines when two of them are long;
    - it is long and in a run of repeats (in any order) that stands alone, or
      carries a link target (a menu or a list of related links);
    - it is long, its first copy is running text (see
      :func:`~cleanwire.rules.shapes.running_text`), and its piece has two
      lines or more (unless it is a question that occurs more than twice: a
      form's question), or it occurs twice only and sits in a run of repeats
      or within two lines of its copy with no prose between (a standfirst
      above and below the byline), or it has 20+ words;
    - once those copies are gone, it is left twice and nothing around its two
      copies repeats in step (see :func:`~cleanwire.rules.duplicate_lone.lone_copies`): a pull quote, a part
      of the page captured twice, a subheading repeated between paragraphs.

    Left alone: a lone repeat of a short sentence (a refrain), a question (a
    recurring interview question), a short line where other short lines
    repeat or among short lines ("Buy Now"), items of a structure the article
    repeats (a meal plan's "Portions: 1 Green, 1 Red" under each day), and
    lines of symbols only. Lines dropped by earlier filters are never the
    first copy; a later copy of such a line stays. Line numbers in reasons
    count from 1 in the text the filters see.

    >>> drop_duplicates("Big News Today\\nBig News Today\\nBuy Now\\nItem\\nBuy Now")
    'Big News Today\\nBuy Now\\nItem\\nBuy Now'
    """
    lines = list(doc.content())
    keys = line_keys([line.text for line in lines])
    counts = Counter(keys)
    if not any(n > 1 and key for key, n in counts.items()):
        return
    # Lines looked through, and kept: a line of symbols only ("*", ">", "###"), which is no
    # sign of a copy (a quote mark left before each of two embeds), and a line whose only
    # other copy an earlier filter dropped, which must not split the other copy of a block
    # into pieces ("http://short.link/x" dropped next to a copy in one of them only).
    gone = set(line_keys([doc.lines[i].text for i in doc.dropped if doc.lines[i].text.strip()]))
    through = [
        p for p, key in enumerate(keys) if _WORD.search(key) is None or (counts[key] == 1 and key in gone)
    ]
    at = list(range(len(keys)))  # where each line looked at stands among the non-blank lines
    if through:
        skip = set(through)
        at = [p for p in at if p not in skip]
        lines = [lines[p] for p in at]
        keys = [keys[p] for p in at]
    # A doubled line is next to its copy: a line looked through parts them ("Pos | Player"
    # above and below a table's "---|---" is a table header, not a doubled title).
    after = [p > 0 and at[p - 1] == at[p] - 1 for p in range(len(at))]
    copies = block_copies(lines, keys, counts, after)
    copies.update(lone_copies(lines, keys, counts, copies))
    for p in sorted(copies):
        j = copies[p]
        quoted = quote(lines[j].text, _QUOTED_CHARS)
        yield Drop(lines[p].index, lines[p].index, f'repeats line {lines[j].index + 1} ("{quoted}")')


def block_copies(
    lines: Sequence[Line], keys: Sequence[str], counts: Counter[str], after: Sequence[bool]
) -> dict[int, int]:
    """The copies in blocks, runs and doubled lines: position -> position of the kept copy.

    See :func:`drop_duplicates` for when a repeated line is a copy; ``after``
    tells, per line, whether it sits right after the line before.
    """
    source, pieces = align(keys, counts)
    rep = [s >= 0 for s in source]
    alone = standalone(rep)
    ref = list(range(len(keys)))  # the kept line each line stands for: itself, or the first copy
    copies: dict[int, int] = {}
    for a, b in pieces:
        size = b - a + 1
        # A piece of copy near others is a copy only when most of its lines occur twice, not
        # more: the items of a structure repeated three times or more are in it again.
        twice = sum(counts[keys[p]] == 2 for p in range(a, b + 1))
        copied = size > 1 and not in_step(source, a, b) and (not near(rep, a, b) or 2 * twice >= size)
        long_lines = [long_line(lines[p].text, keys[p]) for p in range(a, b + 1)]
        block = copied and sum(long_lines) >= _BLOCK_LONG
        for p in range(a, b + 1):
            key, long, n_words = keys[p], long_lines[p - a], words(keys[p])
            in_run = (p > 0 and rep[p - 1]) or (p + 1 < len(rep) and rep[p + 1])
            j = ref[source[p]]  # the kept copy this line repeats
            if (
                after[p]
                and keys[p - 1] == key
                and (
                    long
                    or n_words >= _TITLE_WORDS
                    or amid(lines, keys, p - 1, p)
                    or _LINK.search(lines[p].text) is not None
                )
            ):
                j = ref[p - 1]  # a doubled line, title or address
            elif not (
                block
                or (copied and long)
                or (long and in_run and (alone[p] or _LINK.search(lines[p].text) is not None))
                or (
                    long
                    and (
                        # a question a form asks again comes in pieces with the form's other lines
                        (size > 1 and (counts[key] == 2 or QUESTION.search(lines[p].text) is None))
                        or ((in_run or _close(lines, source[p], p)) and counts[key] == 2)
                        or n_words >= _PARAGRAPH_WORDS
                    )
                    and running_text(lines[j].text)  # the first copy: a copy in capitals is prose too
                )
            ):
                continue
            ref[p] = j
            copies[p] = j
    return copies


def _close(lines: Sequence[Line], j: int, p: int) -> bool:
    """Whether line ``p`` is at most ``_CLOSE`` lines after line ``j``, with no running text between.

    A standfirst shown above and below the byline is a copy; a question asked
    again after a one-line answer is not.
    """
    return p - j <= _CLOSE and not any(running_text(lines[q].text) for q in range(j + 1, p))
