"""Suite "replaced": apostrophes an encoding conversion replaced with "?" or "�" (English pages).

Corruption, one of two real conversions per page (chosen by the seeded RNG):

* "?": the text is encoded as ASCII with ``errors="replace"``, so every
  non-ASCII character (curly apostrophes and quotes, dashes, accented letters)
  becomes "?";
* "�": the text is encoded as Windows-1252 (``errors="replace"`` for the few
  characters it lacks) and the bytes are read as UTF-8 with
  ``errors="replace"``, so every non-ASCII character becomes U+FFFD.

A plain ' is ASCII and survives both, so only ’ between two letters is lost:
"it’s" becomes "it?s" or "it�s". The truth, per word index, is the apostrophe
form of each word that held a ’ between letters (pages without one have nothing
to restore, but still count for false changes).

Scoring is per word, as in the apostrophes suite: a word's key is the word
without ’ ' ? and �; the keys of input and output are aligned with
``difflib.SequenceMatcher`` and only matched words are scored. The expected word
is the corrupted word with ’ back where the original had it: the other replaced
characters (quotes, dashes, letters) are gone for good and not expected back.
Restored: the output word equals the expected word. Changed: the output word
differs from the input word; wrong: changed, but not to the expected word (a "?"
or "�" that stood for a letter or a quote turned into an apostrophe).
"""

from __future__ import annotations

import random
import re
from collections import Counter

from .apostrophes import FORMS, form_of, score_words, summarize, word_columns
from .base import Page, Score, Suite

# A curly apostrophe between two letters: the one a conversion loses.
_CURLY = re.compile(r"(?<=[^\W\d_])’(?=[^\W\d_])")
_MARKS = str.maketrans("", "", "’'?\ufffd")


def as_ascii(text: str) -> str:
    """Every non-ASCII character as "?".

    >>> as_ascii("It’s “fine” – café")
    'It?s ?fine? ? caf?'
    """
    return text.encode("ascii", errors="replace").decode("ascii")


def as_replacement(text: str) -> str:
    """Windows-1252 bytes read as UTF-8: every non-ASCII character as U+FFFD.

    >>> as_replacement("It’s café") == "It\\ufffds caf\\ufffd"
    True
    """
    return text.encode("cp1252", errors="replace").decode("utf-8", errors="replace")


def corrupt(page: Page, rng: random.Random) -> tuple[str, dict[int, str]]:
    """Replace the non-ASCII characters; truth: word index -> form of each word that held a ’.

    >>> page = Page("p", 0, ("The mayor’s plan, it’s “late”.",), "en")
    >>> corrupt(page, random.Random(1))
    ('The mayor?s plan, it?s ?late?.', {1: "possessive 's", 3: "contraction 's"})
    """
    convert = as_ascii if rng.random() < 0.5 else as_replacement
    text = convert(page.text)
    if len(text) != len(page.text):  # bytes that merged into one character: keep characters aligned
        text = as_ascii(page.text)
    truth = {i: form_of(w) for i, w in enumerate(page.text.split()) if _CURLY.search(w)}
    return text, truth


def expected(original: str, corrupted: str) -> str:
    """The corrupted word with its lost apostrophes back, and nothing else.

    >>> expected("“It’s", "?It?s")
    '?It’s'
    """
    out = list(corrupted)
    for m in _CURLY.finditer(original):
        out[m.start()] = "’"
    return "".join(out)


def score(page: Page, truth: dict[int, str], text_in: str, output: str, reference: str = "") -> Score:
    """Compare ``output`` with the corrupted words whose apostrophes are back (see the module docstring)."""
    words_in = text_in.split()
    expected_words = [expected(o, c) for o, c in zip(page.text.split(), words_in, strict=True)]
    return score_words(page.id, truth, expected_words, words_in, output.split(), _key, str)


def _key(word: str) -> str:
    return word.translate(_MARKS)


def details(counts: Counter[str]) -> list[str]:
    s = summarize(counts)
    shown = [f for f in FORMS if counts[f"corrupted:{f}"]]
    return [
        "Recall per form (cleanwire row): "
        + ", ".join(f"{f} {counts[f'corrupted:{f}']}: {s[f'recall:{f}'] or 0:.1%}" for f in shown)
    ]


SUITE: Suite[dict[int, str]] = Suite(
    name="replaced",
    description='curly apostrophes (and all other non-ASCII) turned into "?" or "�" by a conversion; '
    "English pages only",
    corrupt=corrupt,
    score=score,
    summarize=summarize,
    columns=word_columns("words with ’"),
    english_only=True,
    details=details,
)
