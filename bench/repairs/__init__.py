"""Repair quality: corrupt real article text in known ways and see what ``clean`` puts back.

    python -m bench.repairs --data ../shared/bench/zyte-dev [--suites a,b] [--seed N] [--json out.json]

The gold article bodies of a benchmark folder (``ground-truth.json``) are the
real text. Each suite builds a corrupted copy of every page with a seeded RNG
(``random.Random(f"{seed}:{suite}:{page id}")``, so a page's corruption does not
depend on which suites or pages run), runs ``cleanwire.clean`` on it and scores
the output against the original. A page is its gold body's non-blank lines,
stripped, joined by blank lines.

Every suite reports three rows, scored the same way against the same truth:

* identity: the corrupted text itself, no cleaning. It shows the scorer works:
  nothing is restored, nothing is falsely changed;
* cleanwire: ``clean`` of the corrupted text;
* uncorrupted: ``clean`` of the original text. It is the reference for false
  changes (what clean does to clean text) and the ceiling for restorations
  (what clean's other rules leave intact anyway).

Suites, one module each (its docstring says what is measured and how):

* apostrophes: possessives and contractions that lost their apostrophe (English pages);
* replaced: curly apostrophes a conversion turned into "?" or "�" (English pages);
* glued: sentences whose separating space was lost;
* wraps: paragraphs hard-wrapped at 72-80 columns;
* single-line: a whole page on one line;
* mojibake: paragraphs whose UTF-8 bytes were read as cp1252;
* duplicates: repeated paragraphs and repeated bodies.
"""

from __future__ import annotations

from .cli import SUITES, main, markdown, run

__all__ = ["SUITES", "main", "markdown", "run"]
