"""Layout repairs: undo fixed-width wrapping.

Line filters judge one line at a time, so they need one paragraph (or at
least one sentence) per line. HTML-to-text converters (html2text and its
ports) fill every paragraph to a fixed width, so a paragraph arrives as
several lines and a filter sees fragments: :func:`rejoin_hard_wraps` finds
the width and joins the continuation lines. It only moves line breaks, never
a word, and runs first among the line repairs, which expect paragraphs, not
wrapped fragments. Pages that arrive as one huge line are the other broken
layout: :mod:`cleanwire.rules.run_on`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..context import Context
from ..rule import Edit, rule
from .shapes import excerpt

_LONG_WORD = 20  # a longer first word (a web address, a file name) says nothing about the width

# --- rejoin_hard_wraps --------------------------------------------------------

# A line that ends a sentence (".", "!", "?", "…", maybe a closing quote or
# bracket), and a line that starts one (a capital, maybe after a quote or bracket).
_SENTENCE_SEAM = re.compile(r"[.!?…][\"'”’»)\]]*[ \t]*\Z")
_CAPITAL_START = regex.compile(r"[ \t>]*[\"'“‘«„(\[]?\p{Lu}")

# A list item: a bullet, "1." / "1)" numbering, "(a)" / "(iv)" / "a)" labels,
# then a space. The line break before one is structure, not a wrap.
_ITEM = re.compile(r"[ \t]*(?:[*+•·▪◦‣-]|\d{1,3}[.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)|[a-z]\))[ \t]")
# A table row (two or more "|", or box-drawing characters), a table border, or a
# markdown heading: never joined to anything.
_BLOCK = re.compile(r"[ \t]*(?:\+-|#{1,6}[ \t])|[^|\n]*\|[^|\n]*\||.*[\u2500-\u257f]")
# Every _BLOCK match holds one of these characters: lines without one skip it.
_BLOCK_CUE = re.compile(r"[+#|\u2500-\u257f]")
# A line without a letter or digit: a rule ("* * *", "-----"), a lone symbol.
_NO_WORD = regex.compile(r"[^\p{L}\p{N}]*")
# The marker of a quoted line ("> ", "> > "): converters wrap quotes and repeat the marker.
_QUOTED = re.compile(r"[ \t]*>(?:[ \t]*>)*[ \t]?")
# A line that starts with a web address in brackets: converters that print link
# targets ("text (https://...)") move them to a line of their own when they do not
# fit; left there, the URL-line filter can drop them. (A bare address is prose:
# "please visit:\nwww.example.com" is joined.)
_LINK_TARGET = re.compile(r"[ \t>]*[(<\[](?:https?://|www\.)", re.IGNORECASE)
# A line ending in a hyphen glued to a word or number ("growth-", "15-"), and a
# next line that starts with a lowercase letter ("related"): a compound broken
# at its hyphen.
_HYPHEN_END = regex.compile(r"[\p{L}\p{N}]-\Z")
# The last word of a line when it is a web address ("(https://example.com/some-").
_URL_END = re.compile(r"(?:https?://|www\.)\S*\Z", re.IGNORECASE)
_LOWER = regex.compile(r"\p{Ll}")
# Words that follow a suspended hyphen ("pre- and post-war", "Ein- und
# Ausgang", "10- to 15-year"): there the hyphen was followed by a space all along.
_SUSPENDED = frozenset(
    "and or to nor but und oder bis sowie bzw et ou à y o e u i ni en of tot".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class _Lines:
    """The lines of a text and what the width test needs to know about each."""

    starts: list[int]  # offset of each line in the text
    texts: list[str]
    length: list[int]  # columns the line fills (leading whitespace counted, trailing not)
    first: list[int]  # length of the first word after any quote marker (0: blank line)
    quote: list[str]  # the line's quote marker, spaces removed ("" when not quoted)
    words: list[bool]  # the line holds more than one word
    item: list[bool]  # the line starts a list item
    listed: list[bool]  # a list item starts this line or an earlier one of its block
    block: list[bool]  # the line is a table row or a heading


def _measure(text: str) -> _Lines:
    texts = text.split("\n")
    lines = _Lines(
        list(itertools.accumulate([len(line) + 1 for line in texts[:-1]], initial=0)),
        texts,
        [len(line.rstrip()) for line in texts],
        [],
        [],
        [],
        [],
        [],
        [],
    )
    first, quote, words, items, listings, blocks = (
        lines.first,
        lines.quote,
        lines.words,
        lines.item,
        lines.listed,
        lines.block,
    )
    listed = False
    for line in texts:
        body = line.strip()
        marker = _QUOTED.match(line) if body[:1] == ">" else None
        if marker:
            body = line[marker.end() :].strip()
        quote.append(marker.group().replace(" ", "").replace("\t", "") if marker else "")
        if not body:  # a blank line (maybe quoted): nothing to measure, and it ends a list block
            first.append(0)
            words.append(False)
            items.append(False)
            listings.append(False)
            blocks.append(False)
            listed = False
            continue
        space = body.find(" ")
        first.append(space if space >= 0 else len(body))
        words.append(space >= 0)
        item = _ITEM.match(line) is not None
        listed = listed or item
        items.append(item)
        listings.append(listed)
        lead = line.lstrip()[0]  # an ASCII letter or digit: the line holds a word
        blocks.append(
            (_BLOCK_CUE.search(line) is not None and _BLOCK.match(line) is not None)
            or (not (lead.isascii() and lead.isalnum()) and _NO_WORD.fullmatch(line) is not None)
        )
    return lines


def _mid_sentence(line: str, nxt: str) -> bool:
    """Whether ``line`` ends inside a sentence (a letter, digit or comma) and ``nxt`` goes on in lowercase."""
    last = line.rstrip()[-1:]
    return (last.isalnum() or last == ",") and nxt.lstrip(" \t>")[:1].islower()


def _seam(lines: _Lines, i: int) -> bool:
    """Whether line ``i`` and the next could be one paragraph, width aside."""
    nxt = i + 1
    if not lines.words[i] or not lines.first[nxt] or lines.block[i] or lines.block[nxt]:
        return False
    if lines.quote[i] != lines.quote[nxt] or _LINK_TARGET.match(lines.texts[nxt]):
        return False
    if lines.item[nxt]:
        # "- are on Europa." or "(5) to seal" after a wrapped line is prose that the wrapper
        # moved to the line start when no list item comes before it in its block or right
        # after it, and the line before does not announce a list.
        return (
            not lines.listed[i]
            and not lines.texts[i].rstrip().endswith(":")
            and not (nxt + 1 < len(lines.texts) and lines.item[nxt + 1])
        )
    return True


def _width(lines: _Lines, lo: int, hi: int, min_seams: int) -> int | None:
    """The width the text was wrapped at, or None when it does not look wrapped.

    A seam (a line followed by a line that could continue it) *fits* a width W
    when the line is at most W columns long and the next line's first word
    would have made it longer than W. A wrapped text has a width that nearly
    every seam ending close to it fits and that almost no prose line exceeds.
    Score: fitting seams minus three for every longer line (list items aside:
    converters often leave them unwrapped). It takes ``min_seams`` fitting
    seams, or one fewer when all of them break a sentence in the middle; at
    most half of them may fall between two sentences, and no more than break
    one in the middle. Seams before a word longer than ``_LONG_WORD`` (web
    addresses) fit too many widths to count. Of equal scores the narrowest
    width wins: the longest line of the wrapped paragraphs.
    """
    span = hi - lo + 2
    fits = [0] * span  # difference arrays over W = lo + k: seams that fit W,
    mids = [0] * span  # those of them that break a sentence in the middle,
    ends = [0] * span  # and those that fall between two sentences
    longer = [0] * span  # lines of several words by length - lo (capped at both ends)
    seams: list[tuple[int, int, bool]] = []  # (line length, + next first word, mid-sentence)
    texts = lines.texts
    for i in range(len(texts)):
        if not lines.words[i] or lines.block[i]:
            continue
        size = lines.length[i]
        if not lines.item[i]:
            longer[min(max(size - lo, 0), span - 1)] += 1
        nxt_word = lines.first[i + 1] if i + 1 < len(texts) else 0
        if 0 < nxt_word <= _LONG_WORD and not lines.item[i + 1] and _seam(lines, i):
            reach = size + nxt_word
            in_middle = _mid_sentence(texts[i], texts[i + 1])
            seams.append((size, reach, in_middle))
            a, b = max(size, lo), min(reach, hi, 2 * size)  # a line of at least half the width
            if a <= b:
                fits[a - lo] += 1
                fits[b - lo + 1] -= 1
                if in_middle:
                    mids[a - lo] += 1
                    mids[b - lo + 1] -= 1
                elif _SENTENCE_SEAM.search(texts[i]) and _CAPITAL_START.match(texts[i + 1]):
                    ends[a - lo] += 1
                    ends[b - lo + 1] -= 1
    if len(seams) < 2:
        return None
    best, best_score, run, mid, end, over = None, 0, 0, 0, 0, sum(longer)
    for k in range(span - 1):
        run += fits[k]
        mid += mids[k]
        end += ends[k]
        over -= longer[k]  # now the lines longer than lo + k
        score = run - 3 * over
        # A wrap falls between two sentences now and then, and far more often inside one;
        # one paragraph per line always falls between two.
        enough = run >= min_seams or run == mid >= min_seams - 1
        if enough and end <= mid and 2 * end <= run and score > best_score:
            best, best_score = lo + k, score
    if best is None:
        return None
    # Most lines that end close to the width must end there because of it: they fit it,
    # or (shortened by an earlier repair) they stop in the middle of a sentence.
    near = [(reach, in_middle) for size, reach, in_middle in seams if best - 20 <= size <= best]
    if sum(1 for reach, in_middle in near if reach >= best or in_middle) < 0.7 * len(near):
        return None  # line lengths merely spread around this width
    return best


def _glue(left: str, right: str, width: int) -> str:
    """What replaces the line break: a space, or nothing inside a broken compound or web address."""
    if left[-1:] == "-" and _HYPHEN_END.search(left) and _LOWER.match(right):
        word = right.split(" ", 1)[0].rstrip(",;:")
        if word not in _SUSPENDED:
            return ""  # "growth-" + "related"
    broken = left[-1] in "-/" or len(left) == width
    if (
        broken
        and ("://" in left or "www." in left.lower())
        and _URL_END.search(left, max(len(left) - width, 0))
    ):
        return ""  # a web address broken at a hyphen, a slash, or in the last column
    return " "


@rule(kind="repair", options={"min_width": 50, "max_width": 200, "min_seams": 3})
def rejoin_hard_wraps(text: str, ctx: Context) -> Iterator[Edit]:
    """Join the lines of paragraphs that a converter hard-wrapped at a fixed width.

    The width comes from the text: the one width W (50-200 columns) at which
    the lines ending close to W nearly all end because the next word would not
    have fitted, and that almost no prose line exceeds. A line break becomes a
    space (a repeated quote marker "> " goes with it) where the line is at
    least half of W and at most W long and the next word would have made it
    longer; or where the next word would have fitted but the sentence plainly
    goes on (the line ends in a letter, digit or comma and the next starts in
    lowercase): an earlier repair shortened that line ("[report](https://...)"
    became "report"). Hyphens: html2text-style wrappers may break a compound
    at its hyphen, so "word-" before a lowercase word is joined without a
    space ("long-" + "awaited"), except before "and", "or", "to" and the like
    ("pre- and post-war"); when unsure (a digit or capital follows) a space.
    A web address broken at a hyphen, slash or the last column is joined
    without a space. Options: ``min_width``, ``max_width``, ``min_seams``.

    Leaves alone: texts not wrapped at one width (poems, addresses, lists,
    one paragraph per line, texts with fewer than three wraps), lines clearly
    shorter than the width (headings, last lines, deliberate breaks) unless
    the sentence goes on, blank lines, the break before a list item, table
    row or heading, and a link target on a line of its own ("(https://...)",
    for the URL-line filter). A "- " or "(5)" line after a wrapped line, with
    no list item around it, is prose the wrapper moved, not a list item.

    >>> text = (
    ...     "The harbour board met on Tuesday to discuss the plan, which has\\n"
    ...     "been debated for years, and agreed to put it to a public vote next\\n"
    ...     "spring. Officials expect a large turnout.\\n"
    ...     "\\n"
    ...     "Opponents say the scheme will change the character of the whole\\n"
    ...     "area.\\n"
    ...     "\\n"
    ...     "Short line.\\n"
    ...     "Another short line.")
    >>> for line in rejoin_hard_wraps(text).split("\\n"):
    ...     print(f"{line[:24]} ... {line.split()[-1]} ({len(line)})" if len(line) > 40 else line)
    The harbour board met on ... turnout. (172)
    <BLANKLINE>
    Opponents say the scheme ... area. (69)
    <BLANKLINE>
    Short line.
    Another short line.
    >>> rejoin_hard_wraps.explain(text).records[0].reason
    'hard-wrapped at 66 columns: "…the plan, which has" + "been debated for years,…"'
    """
    if text.count("\n") < 2:
        return
    opts = ctx.options
    lines = _measure(text)
    width = _width(lines, opts["min_width"], opts["max_width"], opts["min_seams"])
    if width is None:
        return
    texts = lines.texts
    for i in range(len(texts) - 1):
        size = lines.length[i]
        if not width / 2 <= size <= width or not lines.first[i + 1] or not _seam(lines, i):
            continue
        if size + 1 + lines.first[i + 1] > width:
            evidence = ""
        elif _mid_sentence(texts[i], texts[i + 1]) and not lines.item[i + 1]:
            # The next word would have fitted, but the sentence goes on: an earlier repair
            # (links, emphasis, spaces) shortened a line of a text wrapped at this width.
            evidence = ", sentence goes on"
        else:
            continue
        left = texts[i].rstrip()
        quote = _QUOTED.match(texts[i + 1]) if lines.quote[i] else None
        right = texts[i + 1][quote.end() :].lstrip() if quote else texts[i + 1].lstrip()
        glue = _glue(left, right, width)
        start = lines.starts[i] + len(left)
        end = lines.starts[i + 1] + len(texts[i + 1]) - len(right)
        yield Edit(
            start,
            end,
            glue,
            f'hard-wrapped at {width} columns{evidence}: "{excerpt(left, True)}" + "{excerpt(right, False)}"',
        )
