"""What every suite shares: the page, the suite record, word alignment, formatting."""

from __future__ import annotations

import difflib
import random
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: A suite's summary: metric name -> value (None when there was nothing to measure).
Summary = dict[str, float | int | None]


@dataclass(frozen=True)
class Page:
    """One gold article body, as paragraphs (its non-blank lines, stripped)."""

    id: str
    index: int  # position among all pages, sorted by id
    paragraphs: tuple[str, ...]
    lang: str

    @property
    def text(self) -> str:
        """The uncorrupted page: paragraphs separated by a blank line, as in the gold."""
        return "\n\n".join(self.paragraphs)


def page_from_gold(page_id: str, index: int, body: str, lang: str) -> Page:
    paragraphs = tuple(line.strip() for line in body.split("\n") if line.strip())
    return Page(page_id, index, paragraphs, lang)


@dataclass
class Score:
    """One page's result: additive counts, and a few examples of failures to look at."""

    counts: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Column:
    """A column of a suite's markdown table: header, summary key, how to show the value."""

    header: str
    key: str
    kind: str = "share"  # "share" (a percentage), "count", or "rate" (one decimal)


@dataclass(frozen=True)
class Suite(Generic[T]):
    """A corruption, its scorer and how to report it."""

    name: str
    description: str
    corrupt: Callable[[Page, random.Random], tuple[str, T]]
    # score(page, truth, text_in, output, reference): reference is clean(original text), the
    # uncorrupted row's output; suites that report "beyond the uncorrupted row" use it.
    score: Callable[[Page, T, str, str, str], Score]
    summarize: Callable[[Counter[str]], Summary]
    columns: tuple[Column, ...]
    english_only: bool = False
    details: Callable[[Counter[str]], list[str]] | None = None  # extra markdown under the table


def ratio(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide."""
    return part / whole if whole else None


def per_10k(part: int, whole: int) -> float | None:
    """``part`` per 10,000 of ``whole``, or None when there is nothing to divide."""
    return 10000 * part / whole if whole else None


def norm_line(line: str) -> str:
    """A line with runs of whitespace collapsed, for "is this paragraph an output line?"."""
    return " ".join(line.split())


def output_lines(text: str) -> set[str]:
    """The normalised non-blank lines of a text."""
    return {norm_line(line) for line in text.split("\n") if line.strip()}


def aligned(a: Sequence[str], b: Sequence[str], *, interior: bool = False) -> Iterator[tuple[int, int]]:
    """Index pairs (i, j) with ``a[i] == b[j]`` inside the equal blocks of a diff of ``a`` and ``b``.

    Only items the diff matches have a position that can be trusted; items that
    were inserted, deleted or replaced are left out. With ``interior=True`` the
    first item of every block is left out too, so the item before each yielded
    one is aligned as well (needed to judge the gap between the two).

    >>> list(aligned(["a", "b", "c"], ["a", "x", "c"]))
    [(0, 0), (2, 2)]
    >>> list(aligned(["a", "b", "c"], ["a", "b", "c"], interior=True))
    [(1, 1), (2, 2)]
    """
    start = 1 if interior else 0
    if list(a) == list(b):
        yield from ((i, i) for i in range(start, len(a)))
        return
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for i, j, size in matcher.get_matching_blocks():
        for k in range(start, size):
            yield i + k, j + k


def fmt(value: Any, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "share":
        return f"{value:.1%}"
    if kind == "rate":
        return f"{value:.1f}"
    return str(value)


def add_example(score: Score, example: str, limit: int = 20) -> None:
    if len(score.examples) < limit:
        score.examples.append(example)


def snippet(text: str, start: int, end: int, width: int = 30) -> str:
    """``text[start:end]`` in its context, marked with ⟦ ⟧, on one line."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return f"{left}⟦{text[start:end]}⟧{right}".replace("\n", "⏎")
