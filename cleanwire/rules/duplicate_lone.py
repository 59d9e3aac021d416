"""Lines a page shows twice by accident, once the copied blocks are gone.

:func:`~cleanwire.rules.duplicates.drop_duplicates` first drops copied
blocks, runs and doubled lines; a line then left exactly twice is a copy when
nothing around its two copies repeats in step: a pull quote far from its
paragraph, a sentence of a part of the page captured twice, a subheading
repeated between paragraphs. A structure the article repeats on purpose (a
form per contestant, a recipe per day, a button under each product) repeats
its neighbours too, and those lines stay. Every check looks at a fixed number
of lines around the two copies: linear in the number of lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Sequence

from ..document import Line
from .duplicate_runs import NEAR
from .shapes import SENTENCE_END, running_text

# A web address, to leave out when a line is measured.
_URL = re.compile(r"(?:https?://|www\.)\S*")
# A token that is only a separator: "|", "—", "-", "/", "•", "%".
_SEPARATORS = re.compile(r"(?:^| )[|—–\-/•·%*>]+(?= |$)")
LONG_WORDS = 8  # a line this many words long repeats anywhere
LONG_CHARS = 40  # ... or this many characters long
# A line left twice, its copies in no structure (see lone_copies), goes from this many words
# (or LONG_CHARS characters): part of a page captured twice, or a pull quote. A shorter
# line may be a refrain, a button or a subheading the article really repeats.
_SENTENCE_WORDS = 6
_SHORT_KEYS = 1  # a short line goes only when no other short line repeats in the text
# A digit: an item of a family holds a quantity ("Portions: 1 Red", "Portions: 2 Green").
_DIGIT = re.compile(r"\d")
_FAMILY = 2  # an item starting as this many other lines do is one of a family ("Portions: …")
_STRUCTURE = 3  # a line left this many times marks a structure the article repeats ...
_BUSY = 6  # ... when it stands within this many lines of a copy (a form asks it once per form)
# A line that starts as a list item or an attribution: "- ", "* ", "• ", "— ", "> ".
_ITEM = re.compile(r"\s*[-–—•*+>]")
# A social handle in brackets, as in an embed's attribution line "— Name (@name) May 1, 2019".
_HANDLE = re.compile(r"\(@\w+\)")
_GOES_ON = frozenset(",.;:)]")  # a line that starts so goes on with the sentence of the line before
# A question at the end of a line ("What next?", "“Why?”"): a recurring interview question.
QUESTION = re.compile(r"\?[\W_]*$")


def lone_copies(
    lines: Sequence[Line], keys: Sequence[str], counts: Counter[str], copies: dict[int, int]
) -> dict[int, int]:
    """Lines left twice once ``copies`` are gone, that a page repeats by accident: later copy -> first.

    A sentence captured twice in part of a page, or shown again as a pull
    quote far from its paragraph, keeps no company: the lines around its copy
    are not the lines around the first. A structure the article repeats (a
    form per contestant, a recipe per day, a button under each product)
    repeats its lines, so a line stays when its two copies share a neighbour
    (:func:`_parallel`), have neighbours of one make (:func:`_alike`), or
    stand near a line left three times or more (:func:`_busy`).

    A line of 6+ words (or 40+ characters, links aside) goes unless it is a
    question (an interview may ask it twice), a
    pull quote set within three lines of its sentence with prose between, or,
    when it is no sentence, a list item, an embed's attribution ("Name
    (@name) May 1, 2019"), an item of a family ("Portions: 1 Red", "Portions:
    2 Green") or a title whose first copy stands outside prose (a list of
    links). A shorter line goes only as a subheading: no sentence (a refrain),
    between paragraphs of prose at both copies, not a link torn out of a
    sentence, and no other short line repeating in the text.

    >>> texts = ["A line the page shows twice.", "One", "Two", "Three", "A line the page shows twice."]
    >>> keys = [text.casefold().rstrip(".") for text in texts]
    >>> lone_copies([Line(i, 0, 0, text) for i, text in enumerate(texts)], keys, Counter(keys), {})
    {4: 0}
    """
    left = counts.copy()
    for p in copies:
        left[keys[p]] -= 1
    twice: dict[str, list[int]] = {}
    for p, key in enumerate(keys):
        if left[key] == 2 and p not in copies:
            twice.setdefault(key, []).append(p)
    if not twice:
        return {}
    short = {key for key, n in left.items() if n > 1 and not _sentence(key)}
    starts = Counter(_start(key) for key, n in left.items() if n > 0)  # distinct lines per first two words
    found: dict[int, int] = {}
    for key, (j, p) in twice.items():
        text = lines[p].text
        if key in short:
            if len(short) > _SHORT_KEYS or SENTENCE_END.search(text.rstrip()) is not None:
                continue  # short lines repeat in this text, or a short sentence: a refrain
            if not (amid(lines, keys, j) and amid(lines, keys, p)) or _inline(lines, j) or _inline(lines, p):
                continue
        elif (
            QUESTION.search(text) is not None
            or _beside(lines, j, p)
            or (
                not running_text(text)
                and (
                    _ITEM.match(text) is not None
                    or _HANDLE.search(text) is not None
                    or (_start(key) and starts[_start(key)] > _FAMILY and _DIGIT.search(key) is not None)
                    or not amid(lines, keys, j)
                )
            )
        ):
            continue
        if not (_parallel(keys, j, p, copies) or _alike(keys, j, p, copies) or _busy(keys, left, j, p)):
            found[p] = j
    return found


def _sentence(key: str) -> bool:
    """Whether a line key is long enough for a sentence that a page shows twice only by accident.

    A link target makes a line long, not a sentence: "[Source (https://example.org/a/long/path)]".
    """
    if words(key) >= _SENTENCE_WORDS:
        return True
    return len(key) >= LONG_CHARS and len(_URL.sub("", key)) >= LONG_CHARS


def _start(key: str) -> str:
    """The first two words of a line key, up to a number ("portions:" of "portions: 1 red").

    >>> _start("portion fix containers: 1 red"), _start("portions: 1 red"), _start("7 kyle busch")
    ('portion fix', 'portions:', '')
    """
    words = key.split(" ", 2)[:2]
    for n, word in enumerate(words):
        if _DIGIT.search(word) is not None:
            return " ".join(words[:n])
    return " ".join(words)


def _beside(lines: Sequence[Line], j: int, p: int) -> bool:
    """Whether line ``p`` follows line ``j`` within ``NEAR`` lines with prose between: a pull quote
    set beside its paragraph, which an article body may keep."""
    return p - j <= NEAR and any(running_text(lines[q].text) for q in range(j + 1, p))


def _inline(lines: Sequence[Line], p: int) -> bool:
    """Whether the line after line ``p`` goes on with its sentence (", said …", ". A …"): line ``p``
    is a link torn out of a sentence, not a subheading."""
    after = lines[p + 1].text.lstrip() if p + 1 < len(lines) else ""
    return after[:1] in _GOES_ON or after[:1].islower()


def amid(lines: Sequence[Line], keys: Sequence[str], a: int, b: int | None = None) -> bool:
    """Whether lines ``a``..``b`` stand between two paragraphs of prose (or one and the edge of the text).

    A subheading does; a cell of a table, a button or a label stands among short
    lines, and a headline in a list of links among other headlines.
    """
    b = a if b is None else b
    around = [q for q in (a - 1, b + 1) if 0 <= q < len(lines)]
    return bool(around) and all(
        long_line(lines[q].text, keys[q]) and running_text(lines[q].text) for q in around
    )


def _busy(keys: Sequence[str], left: Counter[str], j: int, p: int) -> bool:
    """Whether a line within ``_BUSY`` lines of line ``j`` or ``p`` is left three times or more.

    Such a line marks a structure the article repeats (a question asked in every form), even
    where the lines around it were run together and match nothing else.
    """
    n = len(keys)
    return any(
        left[keys[q]] >= _STRUCTURE
        for at in (j, p)
        for q in range(max(0, at - _BUSY), min(n, at + _BUSY + 1))
    )


def _alike(keys: Sequence[str], j: int, p: int, copies: Container[int]) -> bool:
    """Whether lines as far before or after lines ``j`` and ``p`` start with the same two words.

    A button or label repeated under each item of a list has item titles of
    one make around it ("New Price Drop: Watch …", "New Price Drop: Earphones …").

    >>> _alike(["new deal: watch", "also at shop", "text", "new deal: phone", "also at shop"], 1, 4, ())
    True
    """
    n = len(keys)
    for d in (*range(1, NEAR + 1), *range(-1, -NEAR - 1, -1)):
        a, b = j + d, p + d
        if 0 <= a < n and 0 <= b < n and a != p and b != j and a not in copies and b not in copies:
            first = _start(keys[a])
            if " " in first and first == _start(keys[b]):
                return True
    return False


def _parallel(keys: Sequence[str], j: int, p: int, copies: Container[int] = ()) -> bool:
    """Whether the equal lines ``j`` and ``p`` share a neighbour, as lines of a repeated structure do.

    A shared neighbour is a pair of other lines, equal to each other and not
    to line ``j``, within ``NEAR`` lines on the same side of each (a line near
    both counts for neither). Lines in ``copies`` are no neighbours: a copy
    next to a copy is a piece of the page captured twice, not a structure.

    >>> _parallel(["day", "eggs", "tea", "x", "day", "soup", "tea"], 2, 6)
    True
    >>> _parallel(["day", "eggs", "tea", "x", "night", "soup", "tea"], 2, 6)
    False
    """
    n, key = len(keys), keys[j]
    for side in (-1, 1):
        near_j = [
            q
            for q in range(j + side, j + side * (NEAR + 1), side)
            if 0 <= q < n and q != p and q not in copies
        ]
        for q in range(p + side, p + side * (NEAR + 1), side):
            if (
                0 <= q < n
                and q != j
                and q not in copies
                and keys[q] != key
                and any(r != q and keys[r] == keys[q] for r in near_j)
            ):
                return True
    return False


def words(key: str) -> int:
    """Words in a line key, less the separators that are no words ("Pos | Player", "— Name").

    A key has single spaces only (casefold makes no whitespace): words = spaces + 1.
    """
    return key.count(" ") + 1 - len(_SEPARATORS.findall(key))


def long_line(text: str, key: str) -> bool:
    """Whether a line is long enough to be a paragraph: 8+ words or 40+ characters."""
    return len(text.strip()) >= LONG_CHARS or words(key) >= LONG_WORDS
