"""Repeated paragraphs, blocks and titles.

Scrapers often capture a page twice over (the article body under a "print" or
AMP copy, the title as both ``<title>`` and ``<h1>``, a menu in the header and
the footer), so whole paragraphs and blocks come back verbatim. The first copy
is kept and later copies go, with a reason that names the kept copy.

Lines are compared after normalising whitespace, case and quote style
(’ and ', “” and ") and ignoring trailing punctuation; a hash of that key
makes the rule linear. Each repeated line is then lined up with an earlier
copy, so that a block copied whole (a body repeated at the end, even with a
line or two missing from either copy) is recognised as one piece of copy and
goes whole, short lines included.

Short lines repeat legitimately ("Buy Now", list bullets, "Q:"), and articles
repeat structures on purpose: a meal plan per day, a form per contestant, a
table header per table, where the same lines come back with other lines
between them. So outside a copied block a short line only goes when it
repeats the line right before it; a repeated item, heading or table line goes
only in a block that stands alone or when it carries a link target; and a
repeated sentence goes when it comes with other copies, next to its copy, or
when it is a paragraph of 20+ words. A lone distant repeat of anything
shorter stays: it may be a refrain or a recurring question.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from ..context import Context
from ..document import Document, Line
from ..rule import Drop, rule
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
# A token that is only a separator: "|", "—", "-", "/", "•", "%".
_SEPARATORS = re.compile(r"(?:^| )[|—–\-/•·%*>]+(?= |$)")
_TRAILING = " .!?…:;,"  # punctuation ignored at the end of a line

_LONG_WORDS = 8  # a line this many words long repeats anywhere
_LONG_CHARS = 40  # ... or this many characters long
_TITLE_WORDS = 3  # a short line repeated right after itself needs this many words
# A lone distant repeat of a line shorter than this stays: it may be a refrain, a recurring
# interview question or an embed's attribution line that the article really repeats.
_PARAGRAPH_WORDS = 20
_BESIDE = 2  # a sentence this close to its only other copy, no prose between, is a copy
_SKIP = 3  # a copy may leave out this many lines of what it copies and still run on
_NEAR = 3  # pieces of copy this close together and in step are one repeated structure
_LOOKAHEAD = 8  # earlier copies tried, latest first, when a piece of copy starts
_BLOCK_LONG = 2  # a copied block with this many long lines goes whole, short lines too
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

    Each repeated line is lined up with an earlier copy (see :func:`align`);
    copies that follow their originals in order make a piece of copy. A
    repeated line goes when:

    - it repeats the line right before it and has 8+ words or 40+ characters
      (a doubled paragraph) or 3+ words (a doubled title);
    - its piece is a block copied whole: two lines or more, not in step with
      other pieces (see :func:`in_step`), and either with no other repeat near
      it or made mostly of lines that occur twice only. Its long lines go, and
      all its lines when two of them are long;
    - it is long and in a run of repeats (in any order) that stands alone, or
      carries a link target (a menu or a list of related links);
    - it is long, its first copy is running text (see
      :func:`~cleanwire.rules.shapes.running_text`), and its piece has two
      lines or more, or it occurs twice only and sits in a run of repeats or
      within two lines of its copy with no prose between (a standfirst above
      and below the byline), or it has 20+ words.

    Left alone: a lone distant repeat of a shorter line (a refrain, a
    recurring interview question, "Buy Now"), items of a structure the article
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
    source, pieces = align(keys, counts)
    rep = [s >= 0 for s in source]
    alone = _standalone(rep)
    ref = list(range(len(keys)))  # the kept line each line stands for: itself, or the first copy
    for a, b in pieces:
        size = b - a + 1
        # A piece of copy near others is a copy only when most of its lines occur twice, not
        # more: the items of a structure repeated three times or more are in it again.
        copied = (
            size > 1
            and not in_step(source, a, b)
            and (not _near(rep, a, b) or 2 * sum(counts[keys[p]] == 2 for p in range(a, b + 1)) >= size)
        )
        long_lines = [_long(lines[p].text, keys[p]) for p in range(a, b + 1)]
        block = copied and sum(long_lines) >= _BLOCK_LONG
        for p in range(a, b + 1):
            key, long, words = keys[p], long_lines[p - a], _words(keys[p])
            in_run = (p > 0 and rep[p - 1]) or (p + 1 < len(rep) and rep[p + 1])
            j = ref[source[p]]  # the kept copy this line repeats
            if after[p] and keys[p - 1] == key and (long or words >= _TITLE_WORDS):
                j = ref[p - 1]  # a doubled line or title
            elif not (
                block
                or (copied and long)
                or (long and in_run and (alone[p] or _LINK.search(lines[p].text) is not None))
                or (
                    long
                    and (
                        size > 1
                        or ((in_run or _beside(lines, source[p], p)) and counts[key] == 2)
                        or words >= _PARAGRAPH_WORDS
                    )
                    and running_text(lines[j].text)  # the first copy: a copy in capitals is prose too
                )
            ):
                continue
            ref[p] = j
            quoted = quote(lines[j].text, _QUOTED_CHARS)
            yield Drop(lines[p].index, lines[p].index, f'repeats line {lines[j].index + 1} ("{quoted}")')


def _beside(lines: Sequence[Line], j: int, p: int) -> bool:
    """Whether line ``p`` is at most ``_BESIDE`` lines after line ``j``, with no running text between.

    A standfirst shown above and below the byline is a copy; a question asked
    again after a one-line answer is not.
    """
    return p - j <= _BESIDE and not any(running_text(lines[q].text) for q in range(j + 1, p))


def _words(key: str) -> int:
    """Words in a line key, less the separators that are no words ("Pos | Player", "— Name").

    A key has single spaces only (casefold makes no whitespace): words = spaces + 1.
    """
    return key.count(" ") + 1 - len(_SEPARATORS.findall(key))


def _long(text: str, key: str) -> bool:
    """Whether a line is long enough to be a paragraph: 8+ words or 40+ characters."""
    return len(text.strip()) >= _LONG_CHARS or _words(key) >= _LONG_WORDS


def align(keys: Sequence[str], counts: Counter[str] | None = None) -> tuple[list[int], list[tuple[int, int]]]:
    """Line up each repeated line with an earlier copy, and cut the copies into pieces.

    Returns, per line, the position of the earlier line it copies (-1 for a
    line seen first), and the pieces of copy as (first, last) positions: runs
    of consecutive copies whose originals follow one another, allowing
    ``_SKIP`` lines left out of the copy (a line the original gained, such as a
    copy inserted into it). A piece continues from the line before when the
    key comes again just after that line's original; a new piece starts at
    the latest earlier copy whose next line also matches the next line, else
    at the latest earlier copy. Each line looks at a fixed number of others:
    linear in the number of lines.

    >>> align(["a", "b", "c", "x", "a", "b", "c", "a"])
    ([-1, -1, -1, -1, 0, 1, 2, 4], [(4, 6), (7, 7)])
    """
    n = len(keys)
    counts = Counter(keys) if counts is None else counts
    source = [-1] * n
    pieces: list[tuple[int, int]] = []
    seen: dict[str, list[int]] = {}
    for p, key in enumerate(keys):
        if not key or counts[key] < 2:
            continue
        earlier = seen.setdefault(key, [])
        if earlier:
            q = _continued(keys, source, p, pieces[-1][0] if pieces else 0)
            if q >= 0:
                pieces[-1] = (pieces[-1][0], p)
            else:
                q = _started(keys, earlier, p)
                pieces.append((p, p))
            source[p] = q
        earlier.append(p)
    return source, pieces


def _continued(keys: Sequence[str], source: list[int], p: int, start: int) -> int:
    """The original of line ``p`` just after the original of the line before, or -1.

    The original lies before ``start``, where the piece the line before belongs to starts.
    """
    s = source[p - 1] if p else -1
    if s < 0:
        return -1
    for q in range(s + 1, min(s + 2 + _SKIP, start)):
        if keys[q] == keys[p]:
            return q
    return -1


def _started(keys: Sequence[str], earlier: list[int], p: int) -> int:
    """The earlier copy a new piece of copy at ``p`` lines up with: one whose next line matches too."""
    if p + 1 < len(keys) and keys[p + 1]:
        for q in reversed(earlier[-_LOOKAHEAD:]):
            if keys[q + 1] == keys[p + 1]:
                return q
    return earlier[-1]


def _near(rep: Sequence[bool], a: int, b: int) -> bool:
    """Whether another repeat lies within ``_NEAR`` lines before or after the lines ``a``..``b``."""
    return any(rep[max(0, a - 1 - _NEAR) : a]) or any(rep[b + 1 : b + 2 + _NEAR])


def _standalone(rep: list[bool]) -> list[bool]:
    """For each line, whether it lies in a run of repeats with no other repeat near it.

    A run is a stretch of consecutive lines that each repeat an earlier line,
    in any order (a list of links shuffled in its second copy). A block
    captured twice comes back as one such run, alone; a structure the article
    repeats interleaves repeats with lines that differ, so another run starts
    within ``_NEAR`` lines before or after.
    """
    n = len(rep)
    out = [False] * n
    i = 0
    while i < n:
        if not rep[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and rep[j + 1]:
            j += 1
        if not _near(rep, i, j):
            out[i : j + 1] = [True] * (j + 1 - i)
        i = j + 1
    return out


def in_step(source: Sequence[int], a: int, b: int) -> bool:
    """Whether the piece of copy ``a``..``b`` is part of a structure repeated with changes.

    A block captured twice (a menu in the header and the footer, a body and
    its print copy) comes back as one piece. A structure the article repeats
    on purpose (a meal plan per day, a recipe per variant, a form per
    contestant) comes back as several pieces with lines that differ between
    them, each piece copying the lines that follow the previous piece's
    original about as far on: a piece within ``_NEAR`` lines before or after
    that is in step with this one, within ``_NEAR`` lines, makes it part of one.

    >>> source, pieces = align(["day", "eggs", "tea", "lunch", "soup", "day", "eggs", "tea", "lunch", "rice"])
    >>> pieces, in_step(source, 5, 8)
    ([(5, 8)], False)
    >>> source, pieces = align(["eggs", "tea", "x", "soup", "eggs", "tea", "y", "soup"])
    >>> pieces, in_step(source, 4, 5)
    ([(4, 5), (7, 7)], True)
    """
    for q in range(max(0, a - 1 - _NEAR), a):
        shift = source[a] - source[q]
        if source[q] >= 0 and shift > 0 and abs(shift - (a - q)) <= _NEAR:
            return True
    for q in range(b + 1, min(len(source), b + 2 + _NEAR)):
        shift = source[q] - source[b]
        if source[q] >= 0 and shift > 0 and abs(shift - (q - b)) <= _NEAR:
            return True
    return False
