"""Lining up repeated lines with earlier copies, for :mod:`cleanwire.rules.duplicates`.

A block captured twice comes back as lines that repeat earlier lines in
order; a structure an article repeats on purpose (a meal plan per day, a form
per contestant) comes back as short pieces of copy with other lines between
them, each piece in step with its neighbours. :func:`align` finds the pieces,
:func:`in_step` and :func:`standalone` tell the two apart. Every function looks
at a fixed number of lines around each line: linear in the number of lines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

SKIP = 3  # a copy may leave out this many lines of what it copies and still run on
NEAR = 3  # pieces of copy this close together and in step are one repeated structure
_LOOKAHEAD = 8  # earlier copies tried, latest first, when a piece of copy starts


def align(keys: Sequence[str], counts: Counter[str] | None = None) -> tuple[list[int], list[tuple[int, int]]]:
    """Line up each repeated line with an earlier copy, and cut the copies into pieces.

    Returns, per line, the position of the earlier line it copies (-1 for a
    line seen first), and the pieces of copy as (first, last) positions: runs
    of consecutive copies whose originals follow one another, allowing
    ``SKIP`` lines left out of the copy (a line the original gained, such as a
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
    for q in range(s + 1, min(s + 2 + SKIP, start)):
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


def near(rep: Sequence[bool], a: int, b: int) -> bool:
    """Whether another repeat lies within ``NEAR`` lines before or after the lines ``a``..``b``."""
    return any(rep[max(0, a - 1 - NEAR) : a]) or any(rep[b + 1 : b + 2 + NEAR])


def standalone(rep: list[bool]) -> list[bool]:
    """For each line, whether it lies in a run of repeats with no other repeat near it.

    A run is a stretch of consecutive lines that each repeat an earlier line,
    in any order (a list of links shuffled in its second copy). A block
    captured twice comes back as one such run, alone; a structure the article
    repeats interleaves repeats with lines that differ, so another run starts
    within ``NEAR`` lines before or after.
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
        if not near(rep, i, j):
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
    original about as far on: a piece within ``NEAR`` lines before or after
    that is in step with this one, within ``NEAR`` lines, makes it part of one.

    >>> source, pieces = align(["day", "eggs", "tea", "lunch", "soup", "day", "eggs", "tea", "lunch", "rice"])
    >>> pieces, in_step(source, 5, 8)
    ([(5, 8)], False)
    >>> source, pieces = align(["eggs", "tea", "x", "soup", "eggs", "tea", "y", "soup"])
    >>> pieces, in_step(source, 4, 5)
    ([(4, 5), (7, 7)], True)
    """
    for q in range(max(0, a - 1 - NEAR), a):
        shift = source[a] - source[q]
        if source[q] >= 0 and shift > 0 and abs(shift - (a - q)) <= NEAR:
            return True
    for q in range(b + 1, min(len(source), b + 2 + NEAR)):
        shift = source[q] - source[b]
        if source[q] >= 0 and shift > 0 and abs(shift - (q - b)) <= NEAR:
            return True
    return False
