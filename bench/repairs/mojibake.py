"""Suite "mojibake": paragraphs whose UTF-8 bytes were decoded as Windows-1252.

Corruption: each paragraph that contains a non-ASCII character and occurs only
once on the page (a repeated one would be found through its untouched copy) is,
with probability 0.2, encoded as UTF-8 and decoded as cp1252 the way real mojibake
arises: Python's strict cp1252 codec rejects the five bytes cp1252 leaves
undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) and ``errors="replace"`` would turn them
into U+FFFD, losing the byte; Windows' decoder (and browsers) keep them as the
C1 control with the same number, so that is done here: decode as Latin-1 (every
byte to U+00XX), then map 0x80-0x9F to cp1252's characters where it has one.
"it’s" becomes "itâ€™s", "ï" (C3 AF) "Ã¯", "Á" (C3 81) "Ã" + U+0081.

Scoring: a corrupted paragraph is restored when some output line equals the
original paragraph; an untouched paragraph (not corrupted, ASCII or not) is
changed when no output line equals it (runs of whitespace collapsed on both
sides). clean changes a few paragraphs for other reasons (it removes credit,
date and copyright lines, soft hyphens, markdown): the uncorrupted row shows how
many. So the suite also scores against that row, clean(original text): a
corrupted paragraph is *restorable* when clean(original) keeps it exactly, and
an untouched paragraph is *changed beyond the uncorrupted row* when
clean(original) keeps it exactly and the output does not. These two columns
measure the mojibake repair alone.
"""

from __future__ import annotations

import random
from collections import Counter

from .base import Column, Page, Score, Suite, Summary, add_example, norm_line, output_lines, ratio

SHARE = 0.2


def _cp1252_row() -> dict[int, str]:
    """Latin-1 character U+0080-U+009F -> the cp1252 character for that byte, where there is one."""
    out = {}
    for byte in range(0x80, 0xA0):
        try:
            out[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue  # undefined in cp1252: keep the C1 control
    return out


_AS_CP1252 = _cp1252_row()


def mojibake(text: str) -> str:
    """``text``'s UTF-8 bytes read as cp1252, undefined bytes kept.

    >>> mojibake("it’s a café in Zürich"), mojibake("Á") == "Ã\\x81"
    ('itâ€™s a cafÃ© in ZÃ¼rich', True)
    """
    return text.encode("utf-8").decode("latin-1").translate(_AS_CP1252)


def corrupt(page: Page, rng: random.Random) -> tuple[str, frozenset[int]]:
    """Garble 20% of the non-ASCII paragraphs; truth: their indices.

    >>> page = Page("p", 0, ("Plain ASCII.", "Café one.", "Café two.", "Café three."), "en")
    >>> corrupt(page, random.Random(1))
    ('Plain ASCII.\\n\\nCafÃ© one.\\n\\nCafé two.\\n\\nCafé three.', frozenset({1}))
    """
    seen = Counter(page.paragraphs)
    chosen = frozenset(
        i for i, p in enumerate(page.paragraphs) if not p.isascii() and seen[p] == 1 and rng.random() < SHARE
    )
    paragraphs = (mojibake(p) if i in chosen else p for i, p in enumerate(page.paragraphs))
    return "\n\n".join(paragraphs), chosen


def score(page: Page, truth: frozenset[int], text_in: str, output: str, reference: str = "") -> Score:
    """Count restored corrupted paragraphs and changed untouched ones, also against ``reference``."""
    lines, kept = output_lines(output), output_lines(reference)
    result = Score()
    counts = result.counts
    for i, paragraph in enumerate(page.paragraphs):
        whole = norm_line(paragraph) in lines
        in_reference = norm_line(paragraph) in kept
        if i in truth:
            counts["corrupted"] += 1
            counts["restored"] += whole
            counts["restorable"] += in_reference
            counts["restored_of_restorable"] += whole and in_reference
            if not whole:
                add_example(result, f"{page.id}: not restored: {paragraph[:70]}")
        else:
            counts["untouched"] += 1
            counts["changed"] += not whole
            counts["changed_beyond_reference"] += in_reference and not whole
    return result


def summarize(counts: Counter[str]) -> Summary:
    return {
        "corrupted": counts["corrupted"],
        "restored": counts["restored"],
        "restored_share": ratio(counts["restored"], counts["corrupted"]),
        "untouched": counts["untouched"],
        "changed": counts["changed"],
        "changed_share": ratio(counts["changed"], counts["untouched"]),
        "restorable": counts["restorable"],
        "restorable_share": ratio(counts["restored_of_restorable"], counts["restorable"]),
        "changed_beyond_reference": counts["changed_beyond_reference"],
    }


SUITE: Suite[frozenset[int]] = Suite(
    name="mojibake",
    description=f"{SHARE:.0%} of the non-ASCII paragraphs as UTF-8 bytes read as cp1252",
    corrupt=corrupt,
    score=score,
    summarize=summarize,
    columns=(
        Column("corrupted paragraphs", "corrupted", "count"),
        Column("restored exactly", "restored", "count"),
        Column("share", "restored_share"),
        Column("untouched paragraphs", "untouched", "count"),
        Column("changed", "changed", "count"),
        Column("share", "changed_share"),
        Column("restorable", "restorable", "count"),
        Column("restored of restorable", "restorable_share"),
        Column("changed beyond uncorrupted", "changed_beyond_reference", "count"),
    ),
)
