"""Suite "wraps": paragraphs hard-wrapped the way html2text wraps them.

Corruption: one width per page, drawn from 72-80 columns (html2text wraps a
whole document at one ``body_width``); every paragraph is filled with
``textwrap`` at that width without breaking long words or hyphenated words, and
paragraphs are separated by a blank line. The truth is, per paragraph, whether
it came out on more than one line.

Scoring: a paragraph is rejoined when some output line equals it (runs of
whitespace collapsed on both sides). The headline figure is over the wrapped
paragraphs; paragraphs that fit on one line are reported apart (kept).
cleanwire rejoins them with ``rejoin_hard_wraps``; the few it misses are
paragraphs whose filters drop a line anyway, a short line before a long web
address, and lines that whitespace repairs shortened (the "uncorrupted" row
is the ceiling).
"""

from __future__ import annotations

import random
import textwrap
from collections import Counter

from .base import Column, Page, Score, Suite, Summary, add_example, norm_line, output_lines, ratio

MIN_WIDTH, MAX_WIDTH = 72, 80


def corrupt(page: Page, rng: random.Random) -> tuple[str, tuple[bool, ...]]:
    """Wrap every paragraph; truth: which paragraphs span several lines.

    >>> page = Page("p", 0, ("Short title", "word " * 20 + "end."), "en")
    >>> text, truth = corrupt(page, random.Random(0))
    >>> truth, [len(line) <= 80 for line in text.split("\\n")]
    ((False, True), [True, True, True, True])
    """
    width = rng.randint(MIN_WIDTH, MAX_WIDTH)
    filled = [
        textwrap.fill(p, width=width, break_long_words=False, break_on_hyphens=False) for p in page.paragraphs
    ]
    return "\n\n".join(filled), tuple("\n" in f for f in filled)


def score(page: Page, truth: tuple[bool, ...], text_in: str, output: str, reference: str = "") -> Score:
    """Count the paragraphs that are an output line."""
    lines = output_lines(output)
    result = Score()
    counts = result.counts
    for paragraph, wrapped in zip(page.paragraphs, truth, strict=True):
        whole = norm_line(paragraph) in lines
        if wrapped:
            counts["wrapped"] += 1
            counts["rejoined"] += whole
            if not whole:
                add_example(result, f"{page.id}: not rejoined: {paragraph[:70]}")
        else:
            counts["short"] += 1
            counts["kept"] += whole
    return result


def summarize(counts: Counter[str]) -> Summary:
    return {
        "wrapped": counts["wrapped"],
        "rejoined": counts["rejoined"],
        "rejoined_share": ratio(counts["rejoined"], counts["wrapped"]),
        "short": counts["short"],
        "kept": counts["kept"],
        "kept_share": ratio(counts["kept"], counts["short"]),
    }


SUITE: Suite[tuple[bool, ...]] = Suite(
    name="wraps",
    description=f"paragraphs hard-wrapped at {MIN_WIDTH}-{MAX_WIDTH} columns, html2text style",
    corrupt=corrupt,
    score=score,
    summarize=summarize,
    columns=(
        Column("wrapped paragraphs", "wrapped", "count"),
        Column("rejoined exactly", "rejoined", "count"),
        Column("share", "rejoined_share"),
        Column("one-line paragraphs", "short", "count"),
        Column("kept exactly", "kept", "count"),
        Column("share", "kept_share"),
    ),
)
