"""Menu items: what kind of navigation item one short line can be, judged on its own.

A menu is a run of items (:func:`cleanwire.rules.navigation.drop_navigation`
decides on runs); an item is a short line without sentence punctuation, and
its kind says how much it tells: a page control or a common menu word
(lexicon data, any case), a link drawn with an arrow, a title-cased line, or a
lower-case line that only a menu around it makes an item. A table cell is
never one.

>>> from cleanwire.rules.nav_words import nav_lexicon
>>> [item_kind(t, nav_lexicon(("en",)), 5, 40) for t in ("News", "the upshot", "He left.")]
['lexicon', 'lower', None]
"""

from __future__ import annotations

import re

from ..lexicon import fold, folded_words
from .furniture import link_like, table_cell
from .nav_words import NavLexicon

__all__ = ["CONTROL", "LEXICON", "LINK", "LOWER", "TITLE", "item_kind", "menu_like", "unbullet"]

# A bullet at the start of a line: "- ", "• ", "▪ ", "► ", or the "o " text
# renderers (inscriptis, lynx) put before the items of a nested list.
BULLET_CHARS = "-–—•*·▪►◦»>|+"
BULLET = re.compile(rf"^\s*(?:[{re.escape(BULLET_CHARS)}]+|o(?=[ \t]))\s*")
# Punctuation that makes a short line a sentence or a quote rather than a menu item.
_SENTENCE_MARK = re.compile(r"[.!?,;:\"“”„«»…]")
# Initials with full stops ("U.S.", "N.Y.C."): not sentence marks in a menu item.
_INITIALS = re.compile(r"(?<!\w)(?:[^\W\d_]\.){2,}")
# A character every link-like line has (furniture.link_like), searched for before its patterns.
_LINK_CHARS = re.compile(r"[»›«‹→←⟶⟵➔➜▸▶►◂◀◄<>]")
# An arrow or guillemet a link-like item ends or starts with, taken off to read its words.
_LINK_MARKS = re.compile(r"^[\s«‹←⟵◂◀◄<]+|[\s»›→⟶➔➜▸▶►>]+$")
_ASCII_DIGITS = re.compile("[0-9]")
_LETTER = re.compile(r"[^\W\d_]")
#: The kinds of menu item a line can be (see item_kind).
TITLE, LEXICON, CONTROL, LINK, LOWER = "title", "lexicon", "control", "link", "lower"
LONGEST_CONTROL = 60  # characters; a page control is a short line


def unbullet(text: str) -> str:
    """A line without its bullet and the spaces around it."""
    first = text[:1]
    if first and not first.isspace() and first not in BULLET_CHARS and text[:2] != "o ":
        return text.rstrip()  # no bullet and no space to take off the front
    return BULLET.sub("", text).strip()


def _item_shaped(item: str, max_words: int, max_chars: int) -> bool:
    """Short, with a letter, no sentence marks (initials allowed), not mostly a number."""
    if not item or len(item) > max_chars or _marked(item):
        return False
    return len(item.split()) <= max_words and _wordy(item)


def _marked(item: str) -> bool:
    """Whether an item has sentence punctuation, initials with full stops ("U.S.") aside."""
    return (
        _SENTENCE_MARK.search(item) is not None
        and _SENTENCE_MARK.search(_INITIALS.sub("A", item)) is not None
    )


def _wordy(item: str) -> bool:
    """Whether an item has a letter and no more digits than letters."""
    # Digits (str.isdigit): in ASCII only 0-9, and most items have none.
    if item.isascii():
        if not _ASCII_DIGITS.search(item):
            return _LETTER.search(item) is not None
        digits = len(_ASCII_DIGITS.findall(item))
    else:
        digits = sum(map(str.isdigit, item))
    letters = sum(map(str.isalpha, item))
    return letters > 0 and digits <= letters


def _title_cased(item: str) -> bool:
    """The first letter is a capital, and so is the first letter of half the words or more."""
    if item.istitle():
        return True  # every word capitalised: most menu items
    first_letter = item[0] if item[0].isalpha() else next(filter(str.isalpha, item), "")
    if not first_letter.isupper():
        return False
    words = item.split()
    capitalised = 0
    for w in words:
        capitalised += w[0].isupper() or not w[0].isalpha()
    return capitalised * 2 >= len(words)


def menu_like(text: str, max_words: int, max_chars: int) -> bool:
    """Whether a line looks like one menu item: short, title-cased, no sentence marks.

    >>> menu_like("Trending Videos", 5, 40), menu_like("He left.", 5, 40)
    (True, False)
    """
    item = unbullet(text)
    return _item_shaped(item, max_words, max_chars) and _title_cased(item)


def item_kind(
    text: str, lex: NavLexicon, max_words: int, max_chars: int, words: tuple[str, ...] | None = None
) -> str | None:
    """What kind of menu item a line can be, or None: one of the module's kind names.

    ``control`` (a page control: "Skip to content"), ``lexicon`` (a common
    menu word, any case: "sport"), ``link`` (drawn with an arrow: "Next ›"),
    ``title`` (short and title-cased: "Trending Videos"), ``lower`` (short,
    in lower case, no menu word: "the upshot"). A table cell is never an item.
    ``words``, when given, are the line's folded words if it is a menu item or
    page control of the lexicon and ``()`` if it is not (a caller that found
    those lines with one search spares the look-up).

    >>> from cleanwire.rules.nav_words import nav_lexicon
    >>> lex = nav_lexicon(("en",))
    >>> [item_kind(t, lex, 5, 40) for t in ("* politics", "Next ›", "Player |", "He left.")]
    ['lexicon', 'link', None, None]
    """
    if len(text) > LONGEST_CONTROL + 8:
        return None
    item = unbullet(text)
    if not item or len(item) > LONGEST_CONTROL or item[-1] == "|" or ("|" in text and table_cell(text)):
        return None
    if len(item) > max_chars + 10:  # too long for any item but a page control
        if words is None:
            words = lex.plain.get(fold(item), ())
        return CONTROL if words in lex.controls else None
    if _LINK_CHARS.search(item) and link_like(item):
        bare = _LINK_MARKS.sub("", item)
        return LINK if not bare or _item_shaped(bare, max_words + 2, max_chars + 10) else None
    mark = _SENTENCE_MARK.search(item)
    if mark is not None and (
        mark.group() != "."
        or _INITIALS.search(item) is None
        or _SENTENCE_MARK.search(_INITIALS.sub("A", item))
    ):
        return None  # punctuation, other than the full stops of initials ("U.S.")
    spaces = item.count(" ")
    if words is None:
        # Most items are plain words: look them up folded, as they are, before splitting words out.
        key = fold(item)
        if key in lex.plain:
            words = lex.plain[key]
        elif key.replace(" ", "").isalpha():
            words = ()  # not a lexicon entry as written, and nothing to split off
        else:
            words = folded_words(item)
    if words in lex.controls:
        return CONTROL  # a page control may be longer than a menu item
    if len(item) > max_chars or (spaces >= max_words and len(item.split()) > max_words):
        return None
    if not _wordy(item):
        return None
    if words in lex.menu:
        return LEXICON
    return TITLE if _title_cased(item) else LOWER
