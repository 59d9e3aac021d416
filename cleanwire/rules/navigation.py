"""Page chrome between the lines: menus, breadcrumbs, page controls, share buttons.

A scraper that takes all text of a page also takes its furniture: the site
menu one item per line, a breadcrumb trail, "Skip to main content", "Share on
Facebook" buttons (and a ticker of headlines, :mod:`cleanwire.rules.ticker`).
Each has a shape that article text does not have, and these rules look for
the shape, not for a site:

* a menu is a run of several short lines without sentence punctuation, each
  title-cased, a common menu word ("News", "sport") or drawn as a link
  ("Go to Home Page »"); a breadcrumb is short items joined by ``>``, ``»``, ``/``;
* a page control is a whole line such as "Skip to main content";
* a share line is made only of share phrases and network names.

Words that differ by language (breadcrumb roots, menu items, page controls,
share phrases, network names) are in ``cleanwire/lexicons/navigation.<lang>.txt``
(:mod:`cleanwire.rules.nav_words`); the rules use the document's language plus
English, and shape (title case, arrows) works in any language. What one line
can be is decided in :mod:`cleanwire.rules.menu_items`; this module decides on
runs of lines, and re-exports the ticker and share-line rules
(:mod:`cleanwire.rules.ticker`, :mod:`cleanwire.rules.share_lines`). A run of
items that is no menu by itself (lower case, no menu word: "op-ed
columnists", "letters") is the continuation of a menu it touches when no
article text follows on its other side. Shape alone never drops lines between two
prose paragraphs (:func:`~cleanwire.rules.furniture.prose`): a bulleted list,
a line-up of names, a table header there needs a menu word or a link arrow.
Deliberately left alone: a title or subheading followed by prose, a one-line
quote, a short list of two or three items, a list introduced by a colon, runs
next to a number cell (a table: "Pos / Player / Plays" above "63", "85%"),
table rows ("Team | Played | Won" above "Rovers | 10 | 8"), and sentences that
merely mention sharing ("He shared the post on Facebook.").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..context import Context
from ..document import Document, Line
from ..lexicon import folded_words
from ..rule import Drop, rule
from .furniture import number_cell, prose
from .menu_items import BULLET, CONTROL, LEXICON, LINK, LOWER, TITLE, item_kind, menu_like, unbullet
from .nav_words import NavLexicon, nav_lexicon, navigation_lexicon
from .scan import folded, lines_matching, lines_with
from .share_lines import drop_share_lines, share_parts
from .ticker import drop_headline_ticker, ticker_features

__all__ = [
    "drop_headline_ticker",
    "drop_navigation",
    "drop_share_lines",
    "item_kind",
    "menu_like",
    "nav_lexicon",
    "share_parts",
    "ticker_features",
]

# Breadcrumb separators: arrows and guillemets, or a slash/pipe between spaces.
_CRUMB_SEP = re.compile(r"\s*[>»›→]\s*|\s+[/|]\s+")
_ARROW = re.compile(r"[>»›→]")
# A character every breadcrumb separator has: a line without one is a single part.
_CRUMB_CHAR = re.compile(r"[>»›→/|]")
# How far past a run next to a menu to look for the article before calling the run furniture.
_QUIET_LINES = 4
_LONGEST_ITEM = 68  # characters, bullet and spaces included; most lines of a page are longer


@dataclass(frozen=True)
class _Crumb:
    reason: str
    parts: tuple[str, ...]
    trail: bool  # a breadcrumb trail (home first, or arrows), not an inline menu


def _crumb(text: str, lex: NavLexicon) -> _Crumb | None:
    """A breadcrumb trail or an inline menu, or None."""
    if not _CRUMB_CHAR.search(text):
        return None  # one part only (drop_navigation only asks about lines with one)
    stripped = text.strip()
    if len(text) > 300 or (stripped.startswith("|") and stripped.endswith("|")):
        return None  # long, or a table row ("| Ticker | Last | Change |")
    parts = tuple(p.strip() for p in _CRUMB_SEP.split(BULLET.sub("", text).strip()))
    if len(parts) < 2 or any(not menu_like(p, 4, 40) and folded_words(p) not in lex.home for p in parts):
        return None
    if folded_words(parts[0]) in lex.home or (len(parts) >= 3 and _ARROW.search(text)):
        return _Crumb(f'breadcrumb trail ("{stripped}")', parts, True)
    if len(parts) >= 4:
        return _Crumb(f'inline menu of {len(parts)} items ("{stripped[:60]}")', parts, False)
    return None


def _table_row(line: Line, neighbours: Sequence[Line | None]) -> bool:
    """Whether a line of cells joined by "|" has a neighbour with as many cells: a table."""
    cells = line.text.count("|")
    return cells > 0 and any(n is not None and n.text.count("|") == cells for n in neighbours)


def _runs(
    kinds: Sequence[str | None], members: frozenset[str | None], first: int, last: int
) -> Iterator[tuple[int, int]]:
    """``(a, b)`` of each run of ``members`` in ``kinds[first:last + 1]``, lower-case items off its ends."""
    start = None
    for k in range(first, last + 2):
        inside = k <= last and kinds[k] in members
        if inside and start is None:
            start = k
        elif not inside and start is not None:
            a, b = start, k - 1
            while a <= b and kinds[a] == LOWER:
                a += 1
            while b >= a and kinds[b] == LOWER:
                b -= 1
            if a <= b:
                yield a, b
            start = None


def _stretches(positions: Sequence[int]) -> Iterator[tuple[int, int]]:
    """``(first, last)`` of each stretch of consecutive numbers in sorted ``positions``."""
    if not positions:
        return
    first = prev = positions[0]
    for k in positions[1:]:
        if k != prev + 1:
            yield first, prev
            first = k
        prev = k
    yield first, prev


_MARKED_ITEM = frozenset({TITLE, LEXICON, CONTROL, LINK})


def _menu_spans(kinds: Sequence[str | None], items: Sequence[int], min_run: int) -> Iterator[tuple[int, int]]:
    """Runs of items that may be menus: a run with lower-case items in it when a third
    of it are menu words, else the runs of title-cased, menu-word and link items in it.

    ``items`` are the positions of the items, in order."""
    for first, last in _stretches(items):
        if first == last and kinds[first] == LOWER:
            continue
        run = kinds[first : last + 1]
        if LOWER in run and len(run) >= min_run:
            words = sum(k in (LEXICON, CONTROL) for k in run)
            if words * 3 >= len(run):
                while kinds[first] == LOWER:
                    first += 1
                while kinds[last] == LOWER:
                    last -= 1
                yield first, last
                continue
        yield from _runs(kinds, _MARKED_ITEM, first, last)


def _menu_reason(run: Sequence[str | None], min_run: int, min_pair: int) -> str | None:
    """Why a run of items is a menu, or None: what the run is made of."""
    n = len(run)
    if n < min_pair and n < min_run:
        return None
    words = sum(k in (LEXICON, CONTROL) for k in run)
    links = run.count(LINK)
    if n >= min_run and LOWER not in run:
        return f"navigation menu ({n} short menu-like lines: "
    if n >= min_run and words * 3 >= n:
        return f"navigation menu ({n} short lines, {words} of them common menu items: "
    if n >= min_pair and words == n:
        return f"navigation menu ({n} common menu items: "
    if n >= min_pair and links and words + links == n:
        return f"navigation links ({n} link-like lines: "
    return None


def _between_prose(lines: Sequence[Line], a: int, b: int) -> bool:
    """Whether the lines right before and after ``lines[a:b + 1]`` are both prose."""
    return a > 0 and b + 1 < len(lines) and prose(lines[a - 1].text) and prose(lines[b + 1].text)


def _evidence(run: Sequence[str | None]) -> bool:
    """Whether a run has more than its shape: a link arrow, or a quarter of it menu words."""
    words = sum(k in (LEXICON, CONTROL) for k in run)
    return LINK in run or (words > 0 and words * 4 >= len(run))


def _plain_words(lines: Sequence[Line], k: int, crumb: _Crumb, lex: NavLexicon) -> bool:
    """Whether an inline menu is rather a table row or title-cased words between paragraphs."""
    before = lines[k - 1] if k else None
    after = lines[k + 1] if k + 1 < len(lines) else None
    if _table_row(lines[k], (before, after)):
        return True
    return _between_prose(lines, k, k) and not any(folded_words(p) in lex.menu for p in crumb.parts)


@rule(kind="filter", options={"min_run": 4, "max_words": 5, "max_chars": 40, "min_menu_run": 2})
def drop_navigation(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Remove menus (runs of short menu-like lines) and breadcrumb trails.

    A run of at least ``min_run`` consecutive items (at most ``max_words``
    words and ``max_chars`` characters, no sentence punctuation, not mostly
    digits) is a menu when every item is title-cased, a common menu word or
    drawn as a link, or when a third of them are common menu words (lower case
    allowed); a run of ``min_menu_run`` common menu words or links is one too.
    A page control ("Skip to main content") goes on its own. Between two prose
    lines a run needs a menu word or a link arrow, a shape is not enough.
    Left alone: a list after a line ending in ":", runs next to a number cell
    (a table), shorter runs (a title, a subheading, a list of two or three
    items; a line repeated right after itself counts once), and lines with
    punctuation.

    >>> drop_navigation("Home > News > World\\nThe vote is on Sunday.\\nNews\\nSport\\nWeather", lang="en")
    'The vote is on Sunday.\\n'
    >>> drop_navigation("The vote is on Sunday, the council said.\\nMarco Rossi\\nJamal Green\\nErik Olsen\\n"
    ...                 "Luis Garcia\\nThe match starts at three, the club said.", lang="en").count("\\n")
    5
    """
    opts = ctx.options
    lex = navigation_lexicon(ctx)
    lines = list(doc.content())
    max_words, max_chars = opts["max_words"], opts["max_chars"]
    # Only a line with a separator character can be a breadcrumb trail.
    crumb_lines = {line.index for line in lines_with(doc, _CRUMB_CHAR)}
    # The menu items and page controls of the lexicon, found with one search of the folded text.
    folded_text = folded(doc, ctx)
    listed = None
    if folded_text is not None:
        found = lines_matching(doc, lex.listed_line, folded_text)
        listed = {line.index: folded_words(unbullet(line.text)) for line in found}
    judged: dict[str, tuple[_Crumb | None, str | None]] = {}  # repeated lines are judged once
    kinds: list[str | None] = []
    items: list[int] = []  # positions of the lines that are items
    singles: dict[int, str] = {}  # position -> reason of a breadcrumb or page control
    longest = _LONGEST_ITEM
    for k, line in enumerate(lines):
        text = line.text
        if len(text) > longest and line.index not in crumb_lines:
            kinds.append(None)
            continue
        verdict = judged.get(text)
        if verdict is None:
            crumb = _crumb(text, lex) if line.index in crumb_lines else None
            # A breadcrumb trail goes alone and ends a menu: the title comes after it.
            kind = (
                (None if crumb.trail else LINK)
                if crumb
                else item_kind(
                    text, lex, max_words, max_chars, None if listed is None else listed.get(line.index, ())
                )
            )
            verdict = judged[text] = (crumb, kind)
        crumb, kind = verdict
        if crumb is not None:
            if crumb.trail or not _plain_words(lines, k, crumb, lex):
                singles[k] = crumb.reason
            else:
                kind = None  # a table header, or title-cased words between paragraphs
        elif kind == CONTROL:
            singles[k] = f'page control ("{unbullet(text)}")'
        kinds.append(kind)
        if kind is not None:
            items.append(k)
    covered = [False] * len(lines)  # positions dropped as menus, breadcrumbs or page controls
    for k in singles:
        covered[k] = True
    for a, b in _menu_spans(kinds, items, opts["min_run"]):
        # A menu's items differ: a line repeated right after itself (captured twice) counts once.
        run = [kinds[k] for k in range(a, b + 1) if k == a or lines[k].text != lines[k - 1].text]
        why = _menu_reason(run, opts["min_run"], opts["min_menu_run"])
        if why is None:
            continue
        if a > 0 and lines[a - 1].text.rstrip().endswith(":"):
            continue  # a list the article introduces
        if _next_to_number(lines, a, b):
            continue  # a table's header or column next to its numbers
        if not _evidence(run) and _between_prose(lines, a, b):
            continue  # shape alone: a list, a line-up or a heading between paragraphs
        # A breadcrumb or page control inside the menu is part of it.
        for k in range(a, b + 1):
            singles.pop(k, None)
            covered[k] = True
        yield Drop(lines[a].index, lines[b].index, why + _shown(lines, a, b) + ")")
    for k, why in singles.items():
        yield Drop(lines[k].index, lines[k].index, why)
    if singles or any(covered) or doc.dropped:
        yield from _continuations(doc, lines, kinds, items, covered)


def _next_to_number(lines: Sequence[Line], a: int, b: int) -> bool:
    """Whether the line right before or after ``lines[a:b + 1]`` is a number cell."""
    return (a > 0 and number_cell(unbullet(lines[a - 1].text))) or (
        b + 1 < len(lines) and number_cell(unbullet(lines[b + 1].text))
    )


def _continuations(
    doc: Document,
    lines: Sequence[Line],
    kinds: Sequence[str | None],
    items: Sequence[int],
    covered: Sequence[bool],
) -> Iterator[Drop]:
    """Runs of items, of any case, that continue page furniture dropped next to them.

    A site index or a footer is often a menu broken into parts by headings
    and lines with punctuation ("* video: opinion"); the parts without
    capitals or menu words are not menus by themselves, but next to a dropped
    menu (or a line an earlier filter dropped) they are its continuation. A
    run goes when furniture touches one side and, on the other side, more
    furniture or the document's edge comes before any prose, number cell or
    introduction ending in ":" (looking ``_QUIET_LINES`` lines far): a title
    after a menu, with a byline and the article under it, stays.
    """
    dropped = sorted(doc.dropped)

    def dropped_between(i: int, j: int) -> bool:  # an earlier filter's drop between two positions
        lo = lines[i].index if i >= 0 else -1
        hi = lines[j].index if j < len(lines) else len(doc.lines)
        at = bisect.bisect_right(dropped, lo)
        return at < len(dropped) and dropped[at] < hi

    def furniture(k: int, side: int) -> bool:  # the neighbour of position k on one side
        n = k + side
        return (0 <= n < len(lines) and covered[n]) or dropped_between(min(k, n), max(k, n))

    def quiet(k: int, side: int) -> bool:  # no article text on that side before more furniture
        n = k
        for _ in range(_QUIET_LINES):
            if furniture(n, side):
                return True
            n += side
            if not 0 <= n < len(lines):
                return True
            text = lines[n].text
            if prose(text) or number_cell(unbullet(text)) or (side < 0 and text.rstrip().endswith(":")):
                return False
        return True

    for a, b in _stretches([k for k in items if not covered[k]]):
        before, after = furniture(a, -1), furniture(b, 1)
        if (before and quiet(b, 1)) or (after and quiet(a, -1)):
            n = b - a + 1
            what = f"navigation menu, continued ({n} short lines: "
            yield Drop(lines[a].index, lines[b].index, what + _shown(lines, a, b) + ")")


def _shown(lines: Sequence[Line], a: int, b: int) -> str:
    """The first five items of ``lines[a:b + 1]``, quoted for a reason."""
    shown = ", ".join(f'"{unbullet(line.text)}"' for line in lines[a : min(b + 1, a + 5)])
    return shown + (", ..." if b - a + 1 > 5 else "")
