"""Suite "duplicates": paragraphs captured twice, and whole bodies repeated.

Corruption: each paragraph gets, with probability 0.15, one copy: half the time
right after it (adjacent), otherwise after a random paragraph at least three
places away, before or after it (distant). On every 4th page (index 3, 7, ...
in id order) the whole original body is repeated at the end as well. The truth
is, per paragraph key, which kind of copy it got (on a page with a repeated
body every copied key counts as "whole body").

Scoring by counting: lines are compared by key, the line's ``\\w+`` tokens
(so quote style, punctuation and spacing do not matter). Per key, the input has
``copies`` more lines than the original; the copies gone are
``clamp(original + copies - output, 0, copies)``, and the originals lost are
``max(0, original - output)``: no copy of the paragraph survives. Short lines
(under 8 words and 40 characters) are counted apart, because cleanwire only
drops a short line when it repeats the line right before it.

Other rules remove some original paragraphs on purpose (credits, "Editing by"
lines, dates), so originals are also counted against clean(original text), the
uncorrupted row: *lost beyond the uncorrupted row* is, per key,
``max(0, min(original, reference) - output)``: copies of a paragraph that
clean(original) keeps and the output does not. That column measures the
duplicate removal alone.
"""

from __future__ import annotations

import random
from collections import Counter

from ..metric import tokens
from .base import Column, Page, Score, Suite, Summary, add_example, ratio

SHARE = 0.15
BODY_EVERY = 4
_KINDS = ("adjacent", "distant", "whole body")


def key(line: str) -> str:
    return " ".join(tokens(line))


def _short(line: str) -> bool:
    return len(tokens(line)) < 8 and len(line.strip()) < 40


def corrupt(page: Page, rng: random.Random) -> tuple[str, dict[str, str]]:
    """Insert copies; truth: paragraph key -> kind of copy.

    >>> page = Page("p", 0, tuple(f"Paragraph {n}." for n in range(6)), "en")
    >>> text, truth = corrupt(page, random.Random(22))
    >>> " | ".join(n[-2] for n in text.split("\\n\\n")), truth
    ('0 | 1 | 2 | 3 | 3 | 4 | 5 | 1', {'Paragraph 1': 'distant', 'Paragraph 3': 'adjacent'})
    """
    paragraphs = page.paragraphs
    after: list[list[str]] = [[] for _ in paragraphs]
    truth: dict[str, str] = {}
    for i, paragraph in enumerate(paragraphs):
        if rng.random() >= SHARE:
            continue
        far = [t for t in range(len(paragraphs)) if abs(t - i) >= 3]
        if far and rng.random() < 0.5:
            after[rng.choice(far)].append(paragraph)
            truth[key(paragraph)] = "distant"
        else:
            after[i].append(paragraph)
            truth[key(paragraph)] = "adjacent"
    lines = []
    for paragraph, copies in zip(paragraphs, after, strict=True):
        lines.append(paragraph)
        lines.extend(copies)
    if page.index % BODY_EVERY == BODY_EVERY - 1:
        lines.extend(paragraphs)
        truth = {key(p): "whole body" for p in paragraphs}
    return "\n\n".join(lines), truth


def _keys(text: str) -> Counter[str]:
    return Counter(k for k in map(key, text.split("\n")) if k)


def score(page: Page, truth: dict[str, str], text_in: str, output: str, reference: str = "") -> Score:
    """Count copies gone and originals lost, per kind of copy, and originals lost beyond ``reference``."""
    original, given, left = _keys(page.text), _keys(text_in), _keys(output)
    kept = _keys(reference)
    result = Score()
    counts = result.counts
    for k, n in given.items():
        copies = n - original[k]
        if copies <= 0:
            continue
        kind = truth.get(k, "other")
        size = "short" if _short(k) else "long"
        gone = min(copies, max(0, n - left[k]))
        for label in ("all", kind, size):
            counts[f"copies:{label}"] += copies
            counts[f"gone:{label}"] += gone
    for k, n in original.items():
        counts["originals"] += n
        lost = max(0, n - left[k])
        counts["lost"] += lost
        counts["lost_beyond_reference"] += max(0, min(n, kept[k]) - left[k])
        if lost:
            add_example(result, f"{page.id}: lost: {k[:70]}")
    return result


def summarize(counts: Counter[str]) -> Summary:
    out: Summary = {}
    for label in ("all", *_KINDS, "long", "short"):
        out[f"copies:{label}"] = counts[f"copies:{label}"]
        out[f"gone:{label}"] = ratio(counts[f"gone:{label}"], counts[f"copies:{label}"])
    out["originals"] = counts["originals"]
    out["lost"] = counts["lost"]
    out["lost_share"] = ratio(counts["lost"], counts["originals"])
    out["lost_beyond_reference"] = counts["lost_beyond_reference"]
    return out


SUITE: Suite[dict[str, str]] = Suite(
    name="duplicates",
    description=(
        f"{SHARE:.0%} of paragraphs copied (adjacent or distant), "
        f"every {BODY_EVERY}th page's body repeated at the end"
    ),
    corrupt=corrupt,
    score=score,
    summarize=summarize,
    columns=(
        Column("inserted copies", "copies:all", "count"),
        Column("removed", "gone:all"),
        Column("adjacent", "gone:adjacent"),
        Column("distant", "gone:distant"),
        Column("whole body", "gone:whole body"),
        Column("short lines", "gone:short"),
        Column("original paragraphs", "originals", "count"),
        Column("lost", "lost", "count"),
        Column("lost beyond uncorrupted", "lost_beyond_reference", "count"),
    ),
)
