"""What a line looks like, on its own and among its neighbours: features for the article model.

A scraped page is a sequence of lines; the article is one long run of dense,
sentence-shaped lines, and boilerplate (menus, teasers, footers) comes in runs
of short, capitalised, unpunctuated ones around it. This module turns the
content lines of a :class:`~cleanwire.document.Document` into numbers that say
so, in any language that separates words with spaces:

* **local** features describe one line (length, share of function words,
  sentence punctuation, capitalised words, digits, URL-like tokens,
  separators such as ``|`` or ``»``, bullets);
* **context** features describe where it sits: what earlier filters dropped
  around it, how article-like its neighbours are, whether it lies inside the
  densest article-like span of the document and how far outside, and how much
  of the whole document is prose (a clean extractor output versus a raw page
  dump).

Function words come from the document itself (the most frequent short words
of its long lines), joined with the known list of the document language when
there is one, so the share works for languages cleanwire has no list for.

The features are plain floats in a fixed order (:data:`LOCAL`, :data:`CONTEXT`)
so a small linear model (``cleanwire/models/article_lines.json``, trained by
``tools/train_article_model.py``) can weigh them and the rule can say which
ones decided.

>>> from cleanwire.document import segment
>>> doc = segment("Home\\nNews\\nThe minister said on Friday that the talks would go on.")
>>> rows = local_features(doc, [doc.lines[0], doc.lines[2]], frozenset({"the", "on", "that"}))
>>> [round(v, 2) for v in rows[1][:3]]
[2.48, 0.45, 1.0]
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence

from ..document import Document, Line
from ..lang import function_words

#: Local features, in vector order.
LOCAL: tuple[str, ...] = (
    "words",  # log(1 + number of words)
    "function_share",  # share of words that are function words
    "terminal",  # ends like a sentence (. ! ? … or a closing quote after one)
    "colon_end",  # ends with ":"
    "caps_share",  # share of words that start with a capital letter
    "digit_share",  # share of characters that are digits
    "url_like",  # holds a URL, a domain or an @handle
    "separators",  # log(1 + count of | • » › · separators)
    "commas",  # commas and semicolons per word
    "bullet",  # starts with a bullet or an arrow
    "short",  # three words or fewer
    "long",  # twenty words or more
)
#: Context features, appended after the local ones.
CONTEXT: tuple[str, ...] = (
    "local_score",  # the local model's log-odds for this line
    "prev_score",  # mean local log-odds of up to 3 content lines before
    "next_score",  # mean local log-odds of up to 3 content lines after
    "wide_score",  # mean local log-odds of the 12 content lines around
    "repeated",  # the same line occurs elsewhere in the document
    "dropped_near",  # share of the 6 nearest non-blank lines that earlier filters dropped
    "in_span",  # inside the densest article-like span
    "span_distance",  # log(1 + content lines between this line and that span)
    "doc_prose",  # share of the document's words in sentence-shaped lines
)

# Guillemets as quotation marks: then » and › are not menu separators.
_GUILLEMETS = re.compile(r"[«‹]")
# A word for counting and for function-word shares (any script, letters and digits).
_WORD = re.compile(r"\w+")
# The end of a sentence: terminal punctuation, maybe followed by closing quotes/brackets.
_TERMINAL = re.compile(r"[.!?…。！？](?:\s?[\"'”’»)\]])*\s*$")
# URL-like tokens: schemes, www., bare domains with a common shape, @handles, e-mails.
_URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|co|io|gov|edu)\b|(?<!\w)@\w|\w@\w")
# Text _URL can match holds one of these: a cheap test that spares most lines the regex.
_URL_CUES = ("://", "www.", "@", ".co", ".org", ".net", ".io", ".gov", ".edu")
# Separators menus and breadcrumbs use between items.
_SEPARATORS = re.compile(r"\s[|•»›·]\s|[|•»›·]")
# Any separator character: lines without one skip the counting.
_SEPARATOR_CHAR = re.compile(r"[|•»›·]")
# A bullet, a dash or an arrow opening a line.
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►◦>»→]|\d{1,2}[.)]\s)")
_PUNCT_INSIDE = re.compile(r"[,;、，]")

# How many short, frequent words of the document's long lines count as its function words.
_DOC_FUNCTION_WORDS = 40
_LONG_LINE_WORDS = 12


def _separators(text: str) -> int:
    if not _SEPARATOR_CHAR.search(text):
        return 0
    found = _SEPARATORS.findall(text)
    if found and _GUILLEMETS.search(text):
        found = [f for f in found if f.strip() not in "»›"]
    return len(found)


def _url_like(text: str) -> bool:
    return any(cue in text for cue in _URL_CUES) and _URL.search(text) is not None


def line_words(lines: Sequence[Line]) -> list[list[str]]:
    """The words of each line, found once for :func:`document_function_words` and :func:`local_features`."""
    return [_WORD.findall(line.text) for line in lines]


def document_function_words(
    lines: Sequence[Line], lang: str, words_of: Sequence[list[str]] | None = None
) -> frozenset[str]:
    """The document's own function words, with the known list of its language.

    ``words_of`` holds each line's words when the caller has them (:func:`line_words`).

    >>> from cleanwire.document import segment
    >>> doc = segment("Le chat est sur le toit de la maison et il dort dans le soleil du matin.")
    >>> "le" in document_function_words(doc.lines, "und")
    True
    """
    short = [
        w
        for words in (words_of if words_of is not None else line_words(lines))
        if len(words) >= _LONG_LINE_WORDS
        for w in words
        if len(w) <= 4
    ]
    counts = Counter(map(str.casefold, itertools.filterfalse(str.isdigit, short)))
    own = {w for w, n in counts.most_common(_DOC_FUNCTION_WORDS) if n >= 2}
    return frozenset(own) | function_words(lang)


def local_features(
    doc: Document, lines: Sequence[Line], stop: frozenset[str], words_of: Sequence[list[str]] | None = None
) -> list[list[float]]:
    """One vector of :data:`LOCAL` features per line (``words_of``: each line's words, if known)."""
    out = []
    is_stop = stop.__contains__
    for line, words in zip(lines, words_of if words_of is not None else line_words(lines), strict=True):
        text = line.text.strip()
        n = len(words)
        # map and filter: no Python frame per word or character
        alpha = "".join(filter(str.isalpha, [w[0] for w in words]))  # the words' capitals and other letters
        caps = sum(map(str.isupper, alpha))
        digits = sum(map(str.isdigit, text))
        out.append(
            [
                math.log1p(n),
                sum(map(is_stop, map(str.casefold, words))) / n if n else 0.0,
                1.0 if _TERMINAL.search(text) else 0.0,
                1.0 if text.endswith(":") else 0.0,
                caps / len(alpha) if alpha else 0.0,
                digits / len(text) if text else 0.0,
                1.0 if _url_like(text) else 0.0,
                math.log1p(_separators(text)),
                len(_PUNCT_INSIDE.findall(text)) / n if n else 0.0,
                1.0 if _BULLET.match(text) else 0.0,
                1.0 if n <= 3 else 0.0,
                1.0 if n >= 20 else 0.0,
            ]
        )
    return out


def densest_span(scores: Sequence[float], weights: Sequence[float]) -> tuple[int, int]:
    """The run ``[first, last]`` with the largest sum of ``score * weight`` (Kadane).

    Returns ``(0, -1)`` when no run has a positive sum.

    >>> densest_span([-1, 2, 3, -1, -4, 1], [1, 1, 1, 1, 1, 1])
    (1, 2)
    """
    best, best_span = 0.0, (0, -1)
    run, start = 0.0, 0
    for i, (s, w) in enumerate(zip(scores, weights, strict=True)):
        if run <= 0:
            run, start = 0.0, i
        run += s * w
        if run > best:
            best, best_span = run, (start, i)
    return best_span


def context_features(
    doc: Document, lines: Sequence[Line], local: Sequence[Sequence[float]], local_scores: Sequence[float]
) -> list[list[float]]:
    """One vector of :data:`CONTEXT` features per line, from the local scores."""
    n = len(lines)
    weights = [row[0] for row in local]  # log(1 + words): long lines weigh more
    first, last = densest_span(local_scores, weights)
    total_words = sum(math.expm1(w) for w in weights) or 1.0
    prose_words = sum(math.expm1(row[0]) for row in local if row[2] and row[0] >= math.log1p(8))
    doc_prose = prose_words / total_words
    # dropped_near looks at all non-blank lines, dropped ones included.
    nonblank = [ln.index for ln in doc.lines if not ln.blank]
    position = {index: k for k, index in enumerate(nonblank)}
    dropped = doc.dropped
    keys = [line.text.strip().casefold() for line in lines]
    seen = Counter(keys)
    is_dropped = dropped.__contains__
    out = []
    for i, line in enumerate(lines):
        before = local_scores[max(0, i - 3) : i]
        after = local_scores[i + 1 : i + 4]
        wide = [*local_scores[max(0, i - 6) : i], *local_scores[i + 1 : i + 7]]
        k = position[line.index]
        near = nonblank[max(0, k - 3) : k] + nonblank[k + 1 : k + 4]
        inside = first <= i <= last
        distance = 0 if inside else (first - i if i < first else i - last)
        out.append(
            [
                local_scores[i],
                sum(before) / len(before) if before else 0.0,
                sum(after) / len(after) if after else 0.0,
                sum(wide) / len(wide) if wide else 0.0,
                1.0 if seen[keys[i]] > 1 else 0.0,
                sum(map(is_dropped, near)) / len(near) if near else 0.0,
                1.0 if inside else 0.0,
                math.log1p(distance) if last >= 0 else math.log1p(n),
                doc_prose,
            ]
        )
    return out
