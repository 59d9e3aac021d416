"""Suite "single-line": a whole page on one line (some extractors join paragraphs with spaces).

Corruption: the page's paragraphs joined with single spaces. There is no truth
beyond the original.

Scoring at token level: tokens are whitespace-separated words. The characters
kept are the characters of the tokens the output shares with the original
(multiset intersection, so a repeated word counts as often as it occurs in
both), divided by the non-space characters of the original. A token that clean
repaired (an apostrophe put back, a glued sentence split) counts as lost, so
the figure is a lower bound. Pages that keep less than 95% are counted too: one
line is where a line filter that fires drops the whole article.
"""

from __future__ import annotations

import random
from collections import Counter

from .base import Column, Page, Score, Suite, Summary, add_example, ratio

KEEP = 0.95


def corrupt(page: Page, rng: random.Random) -> tuple[str, None]:
    """Join the paragraphs with spaces.

    >>> corrupt(Page("p", 0, ("Title", "First para.", "Second."), "en"), random.Random(0))
    ('Title First para. Second.', None)
    """
    return " ".join(page.paragraphs), None


def _chars(tokens: Counter[str]) -> int:
    return sum(len(token) * n for token, n in tokens.items())


def score(page: Page, truth: None, text_in: str, output: str, reference: str = "") -> Score:
    """Non-space characters of the original's tokens that survive."""
    original = Counter(page.text.split())
    total, kept = _chars(original), _chars(original & Counter(output.split()))
    result = Score(Counter({"pages": 1, "chars": total, "kept": kept}))
    if total and kept / total < KEEP:
        result.counts["low_pages"] += 1
        add_example(result, f"{page.id}: kept {kept / total:.1%} of {total} characters")
    return result


def summarize(counts: Counter[str]) -> Summary:
    return {
        "pages": counts["pages"],
        "chars": counts["chars"],
        "kept": counts["kept"],
        "kept_share": ratio(counts["kept"], counts["chars"]),
        "low_pages": counts["low_pages"],
    }


SUITE: Suite[None] = Suite(
    name="single-line",
    description="all paragraphs of a page joined into one line with spaces",
    corrupt=corrupt,
    score=score,
    summarize=summarize,
    columns=(
        Column("pages", "pages", "count"),
        Column("article characters", "chars", "count"),
        Column("kept", "kept_share"),
        Column(f"pages keeping < {KEEP:.0%}", "low_pages", "count"),
    ),
)
