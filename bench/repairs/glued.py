"""Suite "glued": sentences glued together when a scraper lost the space after the period.

Corruption: a sentence boundary is a period, one space and a word that starts
with an upper-case letter ("said. The"), inside a paragraph. Periods that end an
abbreviation or an initial are not boundaries: the word before the period
contains another period ("U.S."), is a single letter ("J.") or is a title or
month abbreviation from the short list below. Each boundary loses its space with
probability 0.3 ("said.The"). Periods that the original already has without a
space (U.S., 5.5, example.com) stay as they are: a cleaner must not split them.

Scoring: both texts are cut into atoms, runs of word characters or single other
characters (``\\w+|[^\\w\\s]``), so "said.The" and "said. The" give the same
atoms; each atom remembers the whitespace before it. The atoms of the original
and of the output are aligned with ``difflib.SequenceMatcher`` (no autojunk);
the gap before an atom is judged only when the atom and the one before it are
both matched, in the same block. Then:

* repaired: a glued boundary whose gap has whitespace again in the output
  (a space or a newline; newlines are counted apart);
* false splits: a gap without whitespace in the original that has whitespace in
  the output, by kind: decimal ("5.5"), initials ("U.S."), lower case after a
  period ("example.com"), other after a period, elsewhere; reported per 10,000
  matched gaps too.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass

from .base import Column, Page, Score, Suite, Summary, add_example, aligned, per_10k, ratio, snippet

SHARE = 0.3

# Atoms: a run of word characters, or one other non-space character.
_ATOM = re.compile(r"\w+|[^\w\s]")
# A candidate boundary: a period, exactly one space, then a word character.
_BOUNDARY = re.compile(r"(\S+)\. (?=\w)")
# Opening brackets and quotes that may stand before the word ending in the period.
_OPENERS = "([{\"'“‘«"
# Abbreviations a capitalised word often follows (titles, months, company words).
_ABBREVIATIONS = frozenset(
    (
        *("Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Jr", "Sr", "Gen", "Gov", "Sen", "Rep", "Lt", "Col"),
        *("Sgt", "Capt", "Cmdr", "Adm", "Maj", "Prof", "Rev", "Hon", "Pres", "Inc", "Co", "Corp", "Ltd"),
        *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
        *("No", "Nos", "vs", "Vol", "Ave", "Blvd"),
    )
)
_KINDS = ("decimal", "initials", "lowercase after period", "other after period", "elsewhere")


@dataclass(frozen=True)
class Atoms:
    """A text's atoms, the whitespace before each, and where each starts."""

    text: str
    atoms: list[str]
    gaps: list[str]
    starts: list[int]


def atoms(text: str) -> Atoms:
    """Cut ``text`` into atoms.

    >>> atoms("said.The end").atoms == atoms("said. The end").atoms == ["said", ".", "The", "end"]
    True
    """
    out, gaps, starts = [], [], []
    end = 0
    for m in _ATOM.finditer(text):
        out.append(m.group(0))
        gaps.append(text[end : m.start()])
        starts.append(m.start())
        end = m.end()
    return Atoms(text, out, gaps, starts)


def _is_boundary(word: str, next_char: str) -> bool:
    word = word.lstrip(_OPENERS)
    return next_char.isupper() and len(word) > 1 and "." not in word and word not in _ABBREVIATIONS


def corrupt(page: Page, rng: random.Random) -> tuple[str, frozenset[int]]:
    """Glue 30% of the sentence boundaries; truth: the original atoms whose space went.

    >>> page = Page("p", 0, ("It rained. The U.S. team met Mr. Lee. It cost $5.5 million.",), "en")
    >>> text, truth = corrupt(page, random.Random(4))
    >>> text
    'It rained.The U.S. team met Mr. Lee.It cost $5.5 million.'
    >>> sorted(atoms(page.text).atoms[i] for i in truth)
    ['It', 'The']
    """
    text = page.text
    first_atom = {start: i for i, start in enumerate(atoms(text).starts)}
    cut: list[int] = []  # offsets of the spaces to remove
    truth = set()
    for m in _BOUNDARY.finditer(text):
        if _is_boundary(m.group(1), text[m.end()]) and rng.random() < SHARE:
            cut.append(m.end() - 1)
            truth.add(first_atom[m.end()])
    pieces, prev = [], 0
    for offset in cut:
        pieces.append(text[prev:offset])
        prev = offset + 1
    pieces.append(text[prev:])
    return "".join(pieces), frozenset(truth)


def _kind(orig: Atoms, i: int) -> str:
    left, right = orig.atoms[i - 1], orig.atoms[i]
    if left != ".":
        return "elsewhere"
    before = orig.atoms[i - 2] if i >= 2 and not orig.gaps[i - 1] else ""
    if before.isdigit() and right[0].isdigit():
        return "decimal"
    if len(before) == 1 and before.isalpha():
        return "initials"
    if right[0].islower():
        return "lowercase after period"
    return "other after period"


def _splits(orig: Atoms, output: str) -> set[int]:
    """The original's gaps without whitespace that ``output`` spaces out (matched gaps only)."""
    out = atoms(output)
    return {i for i, j in aligned(orig.atoms, out.atoms, interior=True) if out.gaps[j] and not orig.gaps[i]}


def score(page: Page, truth: frozenset[int], text_in: str, output: str, reference: str = "") -> Score:
    """Judge every matched gap of the output against the original (see the module docstring)."""
    orig, out = atoms(page.text), atoms(output)
    also_in_reference = _splits(orig, reference) if reference else set()
    result = Score()
    counts = result.counts
    counts["glued"] = len(truth)
    for i, j in aligned(orig.atoms, out.atoms, interior=True):
        counts["gaps"] += 1
        spaced = bool(out.gaps[j])
        if i in truth:
            counts["mapped"] += 1
            counts["repaired"] += spaced
            counts["as_newline"] += "\n" in out.gaps[j]
        elif spaced and not orig.gaps[i]:
            kind = _kind(orig, i)
            counts["false_splits"] += 1
            counts["false_beyond_reference"] += i not in also_in_reference
            counts[f"false:{kind}"] += 1
            start = orig.starts[i - 1]
            add_example(result, f"{page.id} ({kind}): {snippet(orig.text, start, start + 2)}")
    counts["unmapped"] = counts["glued"] - counts["mapped"]
    return result


def summarize(counts: Counter[str]) -> Summary:
    out: Summary = {
        "glued": counts["glued"],
        "unmapped": counts["unmapped"],
        "repaired": counts["repaired"],
        "recall": ratio(counts["repaired"], counts["mapped"]),
        "as_newline": counts["as_newline"],
        "false_splits": counts["false_splits"],
        "gaps": counts["gaps"],
        "false_splits_per_10k_gaps": per_10k(counts["false_splits"], counts["gaps"]),
        "false_beyond_reference": counts["false_beyond_reference"],
    }
    for kind in _KINDS:
        out[f"false:{kind}"] = counts[f"false:{kind}"]
    return out


def details(counts: Counter[str]) -> list[str]:
    s = summarize(counts)
    return ["False splits by kind (cleanwire row): " + ", ".join(f"{k} {s[f'false:{k}']}" for k in _KINDS)]


SUITE: Suite[frozenset[int]] = Suite(
    name="glued",
    description=f"the space after {SHARE:.0%} of sentence-final periods removed",
    corrupt=corrupt,
    score=score,
    summarize=summarize,
    columns=(
        Column("glued boundaries", "glued", "count"),
        Column("unmapped", "unmapped", "count"),
        Column("repaired", "repaired", "count"),
        Column("recall", "recall"),
        Column("as newline", "as_newline", "count"),
        Column("false splits", "false_splits", "count"),
        Column("false splits / 10k gaps", "false_splits_per_10k_gaps", "rate"),
        Column("false splits beyond uncorrupted", "false_beyond_reference", "count"),
    ),
    details=details,
)
