"""Page chrome between the lines: headline tickers, menus, breadcrumbs, share buttons.

A scraper that takes all text of a page also takes its furniture: a ticker of
other headlines run together into one line, the site menu one item per line,
a breadcrumb trail, "Share on Facebook" buttons. Each has a shape that article
text does not have, and these rules look for the shape, not for a site:

* a ticker is one long line with almost no sentence ends and none at its end;
* a menu is a run of several short, title-cased lines without sentence
  punctuation; a breadcrumb is short items joined by ``>``, ``»``, ``/``;
* a share line is made only of share phrases and network names.

Words that differ by language (breadcrumb roots, menu items, share phrases,
network names) are in ``cleanwire/lexicons/navigation.<lang>.txt``; the rules
use the document's language plus English. Deliberately left alone: a title or
subheading followed by prose, a one-line quote, a short list of two or three
items, a list introduced by a colon, and sentences that merely mention sharing
("He shared the post on Facebook.").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..context import Context
from ..document import Document
from ..lexicon import WORD, fold, folded_words, lexicon_lang, lookup_order, prefix_tree, sections
from ..rule import Drop, rule
from .scan import folded, lines_matching, lines_with

# A bullet at the start of a line: "- ", "• ", "▪ ", "► ".
_BULLET_CHARS = "-–—•*·▪►◦»>|"
_BULLET = re.compile(rf"^\s*[{re.escape(_BULLET_CHARS)}]+\s*")
# Punctuation that makes a short line a sentence or a quote rather than a menu item.
_SENTENCE_MARK = re.compile(r"[.!?,;:\"“”„«»…]")
# The end of a sentence followed by the start of the next, glued or not; a
# double dot ("chaos.. Two") joins headlines and is not a sentence end.
_SENTENCE_END = re.compile(r"(?<!\.)[.!?…](?!\.)[\"”’)\]]*\s*[\"“(]?[^\W\d_]")
# The last visible character of a line that ends the way sentences, quotes and captions end.
_TERMINAL = frozenset('.!?…:;"”’»)]')
# Headlines joined by a double dot ("chaos.. Two"), a pipe or a bullet.
_JOINT = re.compile(r"\w\.\.(?!\.)|\s[|•·]\s")
# Breadcrumb separators: arrows and guillemets, or a slash/pipe between spaces.
_CRUMB_SEP = re.compile(r"\s*[>»›→]\s*|\s+[/|]\s+")
_ARROW = re.compile(r"[>»›→]")
_ASCII_DIGITS = re.compile("[0-9]")
# A character every breadcrumb separator has: a line without one is a single part.
_CRUMB_CHAR = re.compile(r"[>»›→/|]")


@dataclass(frozen=True)
class NavLexicon:
    """Navigation words of one or more languages."""

    home: frozenset[tuple[str, ...]]
    menu: frozenset[tuple[str, ...]]
    # First word -> (phrase, category), longest first; categories: share, network, connector.
    share: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    suffixes: tuple[tuple[str, ...], ...]
    # In folded text, the start of every line that share_parts can accept: its first
    # word starts a share phrase, or is not a word of lower-case a-z (a number).
    share_head: re.Pattern[str]


@functools.cache
def nav_lexicon(langs: tuple[str, ...]) -> NavLexicon:
    """The merged navigation lexicon of ``langs`` (languages without a file add nothing)."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for lang in langs:
        for section, phrases in sections("navigation", lang).items():
            found.setdefault(section, set()).update(w for w in map(folded_words, phrases) if w)
    share: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for section, category in (("share", "share"), ("networks", "network"), ("connectors", "connector")):
        for words in found.get(section, ()):
            share.setdefault(words[0], []).append((words, category))
    order = {"share": 0, "network": 1, "connector": 2}
    firsts = prefix_tree(sorted((w,) for w in share), "")
    return NavLexicon(
        home=frozenset(found.get("home", ())),
        menu=frozenset(found.get("menu", ())),
        share={w: tuple(sorted(ps, key=lambda p: (-len(p[0]), order[p[1]]))) for w, ps in share.items()},
        suffixes=tuple(sorted(found.get("suffix", ()), key=len, reverse=True)),
        share_head=re.compile(rf"\n[^\w\n]*(?:(?:{firsts})(?!\w)|[^\W_a-z])"),
    )


def _lex(ctx: Context) -> NavLexicon:
    return nav_lexicon(lookup_order(lexicon_lang(ctx, "navigation")))


# --- headline ticker ---------------------------------------------------------


def ticker_features(text: str, min_words: int, words_per_end: int, max_ends: int = 3) -> list[str] | None:
    """The headline-ticker features of a line, or None when it cannot be a ticker.

    A candidate is long, has no terminal punctuation and few sentence ends for
    its length; the features are what it has of: a leading bullet, headlines
    joined by ".." or "|", few commas, mostly capitalised words.

    >>> ticker_features("A short line", 30, 25) is None
    True
    """
    if (len(text) + 1) // 2 < min_words:  # no room for min_words words and the spaces between them
        return None
    if text.rstrip()[-1:] in _TERMINAL:
        return None
    words = text.split()
    if len(words) < min_words:
        return None
    ends = len(_SENTENCE_END.findall(text))
    if ends > max_ends or len(words) < words_per_end * (ends + 1):
        return None
    features = []
    if _BULLET.match(text):
        features.append("bullet start")
    joints = len(_JOINT.findall(text))
    if joints:
        features.append(f'{joints} ".." or "|" joints')
    commas = text.count(",")
    if commas * 100 < 3 * len(words):
        features.append(f"{commas} comma{'s' * (commas != 1)}")
    capitals = sum(w[0].isupper() for w in words)
    if capitals * 10 >= 3 * len(words):
        features.append(f"{capitals} of {len(words)} words capitalised")
    return [f"{len(words)} words, {ends} sentence ends, no final punctuation", *features]


@rule(
    kind="filter",
    options={"min_words": 40, "max_words": 300, "max_ends": 3, "words_per_end": 25, "min_features": 2},
)
def drop_headline_ticker(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Remove a ticker: one long line of headlines run together without sentence ends.

    The line has ``min_words`` to ``max_words`` words, at most ``max_ends``
    sentence ends and one per ``words_per_end`` words, no terminal punctuation,
    and at least ``min_features`` of (one of the first two required): a
    bullet start, ".."/"|" joints, few commas, mostly capitalised words.
    Real paragraphs end with punctuation and have commas.
    Deliberately left alone: a whole page glued into one line (many sentence
    ends, thousands of words) is unsegmented input, not a ticker.

    >>> drop_headline_ticker("- Floods.. Two dead in storm Mayor Opens New Bridge Over River Council "
    ...     "Approves Budget For Next Year Police Arrest Three After Raid On Farm Schools Close As "
    ...     "Snow Hits North Talks Resume On Port Deal Fans Welcome Return Of Local Team\\n"
    ...     "The storm hit on Monday.")
    'The storm hit on Monday.'
    """
    opts = ctx.options
    shortest = 2 * opts["min_words"] - 1  # min_words words and a space between each two
    for line in doc.content():
        if len(line.text) < shortest:
            continue
        n_words = line.text.count(" ") + 1
        if n_words > opts["max_words"]:
            continue
        features = ticker_features(line.text, opts["min_words"], opts["words_per_end"], opts["max_ends"])
        # A structural sign is required: few commas and many capitals alone also
        # describe a long sentence that lost its full stop.
        structural = features is not None and any(
            f == "bullet start" or f.endswith('".." or "|" joints') for f in features
        )
        if features is not None and structural and len(features) - 1 >= opts["min_features"]:
            yield Drop(line.index, line.index, "headline ticker (" + "; ".join(features) + ")")


# --- navigation menus and breadcrumbs -------------------------------------------


def menu_like(text: str, max_words: int, max_chars: int) -> bool:
    """Whether a line looks like one menu item: short, title-cased, no sentence marks.

    >>> menu_like("Trending Videos", 5, 40), menu_like("He left.", 5, 40)
    (True, False)
    """
    first = text[:1]
    if first and not first.isspace() and first not in _BULLET_CHARS:
        item = text.rstrip()  # no bullet and no space to take off the front
    else:
        item = _BULLET.sub("", text).strip()
    if not item or len(item) > max_chars or _SENTENCE_MARK.search(item):
        return False
    words = item.split()
    first_letter = item[0] if item[0].isalpha() else next(filter(str.isalpha, item), None)
    if len(words) > max_words or first_letter is None or not first_letter.isupper():
        return False
    # Digits (str.isdigit): in ASCII only 0-9, and none at all in a line of letters.
    if item.isalpha():
        digits = 0
    elif item.isascii():
        digits = len(_ASCII_DIGITS.findall(item))
    else:
        digits = sum(map(str.isdigit, item))
    if digits and digits * 3 > sum(map(str.isalpha, item)):
        return False  # mostly a number
    capitalised = 0
    for w in words:
        capitalised += w[0].isupper() or not w[0].isalpha()
    return capitalised * 2 >= len(words)


def _breadcrumb(text: str, lex: NavLexicon) -> str | None:
    """Why a line is a breadcrumb trail or an inline menu, or None."""
    if not _CRUMB_CHAR.search(text):
        return None  # one part only (drop_navigation only asks about lines with one)
    stripped = text.strip()
    if len(text) > 300 or (stripped.startswith("|") and stripped.endswith("|")):
        return None  # long, or a table row ("| Ticker | Last | Change |")
    parts = [p.strip() for p in _CRUMB_SEP.split(_BULLET.sub("", text).strip())]
    if len(parts) < 2 or any(not menu_like(p, 4, 40) and folded_words(p) not in lex.home for p in parts):
        return None
    if folded_words(parts[0]) in lex.home or (len(parts) >= 3 and _ARROW.search(text)):
        return f'breadcrumb trail ("{text.strip()}")'
    if len(parts) >= 4:
        return f'inline menu of {len(parts)} items ("{text.strip()[:60]}")'
    return None


def _menu_runs(flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """``(first, last)`` of each run of True flags."""
    start = None
    for k, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = k
        elif not flag and start is not None:
            yield start, k - 1
            start = None


@rule(kind="filter", options={"min_run": 4, "max_words": 5, "max_chars": 40, "min_menu_run": 2})
def drop_navigation(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Remove menus (runs of short menu-like lines) and breadcrumb trails.

    A run of at least ``min_run`` consecutive menu-like lines (at most
    ``max_words`` words and ``max_chars`` characters, capitalised, without
    sentence punctuation, not mostly digits) is a menu, and so is a run of
    ``min_menu_run`` lines that are all common menu items ("News", "Sport").
    Left alone: a list after a line ending in ":", shorter runs (a title, a
    subheading, a list of two or three items), and lines with punctuation.

    >>> drop_navigation("Home > News > World\\nThe vote is on Sunday.\\nNews\\nSport\\nWeather", lang="en")
    'The vote is on Sunday.\\n'
    """
    opts = ctx.options
    lex = _lex(ctx)
    lines = list(doc.content())
    max_words, max_chars = opts["max_words"], opts["max_chars"]
    # Only a line with a separator character can be a breadcrumb trail.
    crumb_lines = {line.index for line in lines_with(doc, _CRUMB_CHAR)}
    judged: dict[str, tuple[str | None, bool]] = {}  # repeated lines are judged once
    flags = []
    for line in lines:
        text = line.text
        verdict = judged.get(text)
        if verdict is None:
            why = _breadcrumb(text, lex) if line.index in crumb_lines else None
            verdict = judged[text] = (why, bool(why) or menu_like(text, max_words, max_chars))
        if verdict[0]:
            yield Drop(line.index, line.index, verdict[0])
        # A breadcrumb inside a run of menu lines is part of the menu (the pipeline
        # ignores the second drop of a line).
        flags.append(verdict[1])
    for a, b in _menu_runs(flags):
        n = b - a + 1
        if n < opts["min_run"] and n < opts["min_menu_run"]:
            continue  # too short to be a menu of any kind
        if a > 0 and lines[a - 1].text.rstrip().endswith(":"):
            continue  # a list the article introduces
        # A run long enough is a menu whatever its items; a shorter one only if all are menu items.
        short = n < opts["min_run"]
        shown_to = b + 1 if short else min(b + 1, a + 5)  # only five of a long run are quoted
        items = [_BULLET.sub("", line.text).strip() for line in lines[a:shown_to]]
        if short and not (
            all(folded_words(item) in lex.menu for item in items) and n >= opts["min_menu_run"]
        ):
            continue
        shown = ", ".join(f'"{item}"' for item in items[:5]) + (", ..." if n > 5 else "")
        what = "common menu items" if short else "short menu-like lines"
        yield Drop(lines[a].index, lines[b].index, f"navigation menu ({n} {what}: {shown})")


# --- share and follow lines ----------------------------------------------------


def share_parts(text: str, lex: NavLexicon, max_words: int) -> tuple[int, int] | None:
    """``(share phrases, networks)`` when a line is made only of share words, else None.

    >>> share_parts("Share on Facebook", nav_lexicon(("en",)), 12)
    (1, 1)
    >>> share_parts("He shared the post on Facebook.", nav_lexicon(("en",)), 12) is None
    True
    """
    if len(text) > 30 * max_words:  # too long for a row of buttons; spares tokenising a huge line
        return None
    first = WORD.search(text)
    if first is None:
        return None
    head = fold(first.group())
    if not head.isdigit() and head not in lex.share:
        return None  # the first word is neither a number nor the start of a share phrase
    words = list(folded_words(text))
    if not words or len(words) > max_words:
        return None
    for suffix in lex.suffixes:
        if len(words) > len(suffix) and tuple(words[-len(suffix) :]) == suffix:
            del words[-len(suffix) :]
            break
    shares = networks = i = 0
    while i < len(words):
        if words[i].isdigit():
            i += 1
            continue
        for phrase, category in lex.share.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                shares += category == "share"
                networks += category == "network"
                i += len(phrase)
                break
        else:
            return None
    return shares, networks


@rule(kind="filter", options={"max_words": 12})
def drop_share_lines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Remove share and follow lines: "Share on Facebook", "Facebook Twitter WhatsApp Email".

    A line goes when all its words (at most ``max_words``) are share phrases,
    network names and small connectors, with at least one share phrase or two
    networks; a line with a single network name goes only next to another such
    line. Sentences about sharing stay ("He shared the post on Facebook.").

    >>> drop_share_lines("The vote is on Sunday.\\nShare this article\\nFacebook\\nTwitter", lang="en")
    'The vote is on Sunday.\\n'
    """
    lex = _lex(ctx)
    lines = list(doc.content())
    max_words = ctx.options["max_words"]
    text = folded(doc, ctx)
    # Only a line whose first word opens a share phrase or is a number can be a share line.
    heads = None if text is None else {line.index for line in lines_matching(doc, lex.share_head, text)}
    judged: dict[str, tuple[int, int] | None] = {}  # repeated lines are judged once
    parts: list[tuple[int, int] | None] = []
    for line in lines:
        if heads is not None and line.index not in heads:
            parts.append(None)
            continue
        if line.text not in judged:
            judged[line.text] = share_parts(line.text, lex, max_words)
        parts.append(judged[line.text])
    lone = [p is not None and p[0] == 0 and p[1] == 1 for p in parts]
    for k, (line, p) in enumerate(zip(lines, parts, strict=True)):
        if p is None or p == (0, 0):
            continue
        text = line.text.strip()
        if not lone[k]:
            yield Drop(line.index, line.index, f'share/follow line ("{text}")')
        elif (k > 0 and parts[k - 1] not in (None, (0, 0))) or (
            k + 1 < len(lines) and parts[k + 1] not in (None, (0, 0))
        ):
            yield Drop(line.index, line.index, f'share button among share buttons ("{text}")')
