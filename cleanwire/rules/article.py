"""Text outside the article: what a whole page dump holds around the story.

A scraper's ``get_text()`` dump keeps the whole page: menus and teasers above
the article, sidebars, related stories, footers and legal text below. The
phrase and shape rules catch the kinds of noise they know; this rule judges
every remaining line by what it looks like *and where it sits*.

It works in two steps, both small linear models (logistic regressions) stored
in ``cleanwire/models/article_lines.json`` and trained on the development
half of a public article-extraction benchmark by
``tools/train_article_model.py``:

1. the **line model** scores each line alone (length, function words, sentence
   punctuation, capitals, digits, URL-like tokens, separators, bullets;
   :mod:`cleanwire.rules.article_features`);
2. the **context model** revises that score with the line's surroundings: the
   scores of its neighbours, what earlier filters dropped around it, whether it
   lies inside the densest article-like run of the page (the article span) and
   how far outside, and how much of the document is prose.

A line goes when the revised probability that it belongs to the article is
below ``threshold``. The reason gives both probabilities and names the
features that weighed most against the line, so a reader sees why it went.

What it leaves alone: documents that are not page dumps (an extractor's
output, a short text: :func:`is_page_dump`); the headline right above the
article span; and - the costliest mistake being a lost article sentence - any
line of ``protect_words`` words or more that ends like a sentence and lies
inside the article span.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from ..context import Context
from ..document import Document
from ..rule import Drop, rule
from .article_features import (
    CONTEXT,
    LOCAL,
    context_features,
    document_function_words,
    line_words,
    local_features,
)
from .run_on import is_run_on, opens_with_menus

_MODEL_FILE = "article_lines.json"

# How a feature that weighed against a line reads in a reason, given its value.
_SAYS: dict[str, str] = {
    "words": "{n} words",
    "function_share": "{pct} function words",
    "terminal": "no sentence end",
    "colon_end": "ends with a colon",
    "caps_share": "{pct} capitalised words",
    "digit_share": "{pct} digits",
    "url_like": "URL-like",
    "separators": "menu separators",
    "commas": "few commas",
    "bullet": "bullet",
    "short": "short",
    "long": "not long",
    "local_score": "looks like boilerplate alone",
    "prev_score": "lines before look like boilerplate",
    "next_score": "lines after look like boilerplate",
    "wide_score": "surroundings look like boilerplate",
    "repeated": "repeated on the page",
    "dropped_near": "next to removed lines",
    "in_span": "outside the article span",
    "span_distance": "{d} lines from the article span",
    "doc_prose": "page is mostly not prose",
}


@dataclass(frozen=True)
class LinearModel:
    """A logistic regression on standardised features."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    @classmethod
    def from_dict(cls, data: dict[str, object], features: Sequence[str]) -> LinearModel:
        names = tuple(str(f) for f in data["features"])  # type: ignore[attr-defined]
        if names != tuple(features):
            raise ValueError(f"model features {names} do not match the code's {tuple(features)}")
        floats = {k: tuple(float(v) for v in data[k]) for k in ("mean", "scale", "weights")}  # type: ignore[attr-defined]
        if not all(len(v) == len(names) for v in floats.values()):
            raise ValueError("model vectors and feature list differ in length")
        return cls(names, floats["mean"], floats["scale"], floats["weights"], float(data["bias"]))  # type: ignore[arg-type]

    @cached_property
    def _terms(self) -> tuple[tuple[float, float, float], ...]:
        """(weight, mean, scale) per feature, zipped once."""
        return tuple(zip(self.weights, self.mean, self.scale, strict=True))

    def contributions(self, x: Sequence[float]) -> list[float]:
        """Each feature's share of the log-odds."""
        return [w * (v - m) / s for (w, m, s), v in zip(self._terms, x, strict=True)]

    def log_odds(self, x: Sequence[float]) -> float:
        return self.bias + sum(self.contributions(x))


@dataclass(frozen=True)
class ArticleModel:
    """The line and context models; pages that arrived as one line have their own pair."""

    line: LinearModel
    context: LinearModel
    threshold: float
    source: str
    one_line: ArticleModel | None = None

    def for_layout(self, one_line: bool) -> ArticleModel:
        """The models for a page dump with ordinary lines, or for one split from a single line."""
        return self.one_line if one_line and self.one_line is not None else self


@cache
def article_model() -> ArticleModel:
    """The shipped model, loaded once."""
    path = resources.files("cleanwire") / "models" / _MODEL_FILE
    data = json.loads(path.read_text(encoding="utf-8"))

    def pair(part: dict[str, dict[str, object]], one_line: ArticleModel | None = None) -> ArticleModel:
        return ArticleModel(
            line=LinearModel.from_dict(part["line"], LOCAL),
            context=LinearModel.from_dict(part["context"], LOCAL + CONTEXT),
            threshold=float(data["threshold"]),
            source=str(data.get("source", "")),
            one_line=one_line,
        )

    return pair(data, pair(data["one_line"]) if "one_line" in data else None)


def _sigmoid(z: float) -> float:
    if z < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def _against(model: LinearModel, x: Sequence[float], limit: int = 3) -> str:
    """The features that weighed most against the line, in words."""
    parts = sorted(
        part for part in zip(model.contributions(x), model.features, x, strict=True) if part[0] < -0.25
    )
    said = []
    for _, name, value in parts[:limit]:
        said.append(
            _SAYS[name].format(n=round(math.expm1(value)), pct=f"{value:.0%}", d=round(math.expm1(value)))
        )
    return ", ".join(said) or "no single strong feature"


def score_lines(
    doc: Document, ctx: Context, model: ArticleModel | None = None
) -> list[tuple[int, list[float], float, float]]:
    """``(line index, features, line-model p, context-model p)`` for every content line."""
    model = model or article_model()
    lines = list(doc.content())
    words_of = line_words(lines)
    stop = document_function_words(lines, ctx.lang, words_of)
    local = local_features(doc, lines, stop, words_of)
    local_scores = [model.line.log_odds(x) for x in local]
    around = context_features(doc, lines, local, local_scores)
    out = []
    for line, x, z, c in zip(lines, local, local_scores, around, strict=True):
        full = x + c
        out.append((line.index, full, _sigmoid(z), _sigmoid(model.context.log_odds(full))))
    return out


# Filters whose removals are evidence of a whole page: menus, share rows, appeals,
# tickers, related-story blocks. (Duplicates, URL, date and credit lines occur in
# extracted articles too.)
PAGE_FURNITURE = frozenset(
    {"drop_navigation", "drop_share_lines", "drop_appeals", "drop_headline_ticker", "drop_related"}
)


def furniture_share(doc: Document) -> float:
    """The share of the non-blank lines that page-furniture filters dropped.

    >>> from cleanwire.document import segment
    >>> doc = segment("Home\\n\\nNews\\nText")
    >>> doc.dropped.update({0: "drop_navigation", 1: "drop_navigation"})
    >>> round(furniture_share(doc), 2)
    0.33
    """
    nonblank = [line for line in doc.lines if not line.blank]
    if not nonblank:
        return 0.0
    dropped = doc.dropped
    return sum(dropped.get(line.index) in PAGE_FURNITURE for line in nonblank) / len(nonblank)


def is_page_dump(doc: Document, min_lines: int, dump_share: float, one_line: bool = False) -> bool:
    """Whether the document is a whole page rather than an extracted article.

    The evidence is independent of the model: the phrase and shape filters
    that ran before already removed at least ``dump_share`` of its lines as
    page furniture (:data:`PAGE_FURNITURE`: menus, share rows, appeals). An
    extractor's clean output, a table-heavy article or a list of products does
    not qualify, so the model never judges structured article text on its own.
    A page that arrived as one huge line and opens with menu runs
    (``one_line``, see :func:`cleanwire.rules.run_on.opens_with_menus`)
    qualifies as well: its menus come as a few long lines, so their share of
    lines says nothing.
    """
    content = sum(1 for _ in doc.content())
    return content >= min_lines and (one_line or furniture_share(doc) >= dump_share)


@rule(
    kind="filter",
    options={"threshold": 0.0, "min_lines": 8, "dump_share": 0.3, "protect_words": 15},
)
def drop_outside_article(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Remove lines of a whole-page dump that the article model places outside the article.

    Runs only on page dumps (see :func:`is_page_dump`); ``threshold`` 0 means
    the model's own threshold, a higher one removes more. Alone, with no
    earlier filter to supply the page-furniture evidence, give ``dump_share=0``:

    >>> page = "\\n".join(["Home", "World", "Business", "Sport", "Sign in"] + [
    ...     "The council voted on Tuesday to extend the night bus service to the outer districts.",
    ...     "Officials said the change would cost less than expected and start in the spring.",
    ...     "Residents had asked for later buses for years, the mayor told reporters after the vote.",
    ...     "The service will run every thirty minutes between midnight and five in the morning.",
    ... ] + ["About us", "Contact", "Privacy policy", "Terms of use"])
    >>> print(drop_outside_article(page, dump_share=0).strip())
    The council voted on Tuesday to extend the night bus service to the outer districts.
    Officials said the change would cost less than expected and start in the spring.
    Residents had asked for later buses for years, the mayor told reporters after the vote.
    The service will run every thirty minutes between midnight and five in the morning.
    """
    one_line = is_run_on(ctx.source) and opens_with_menus(ctx.source)
    if not is_page_dump(doc, ctx.options["min_lines"], ctx.options["dump_share"], one_line):
        return
    model = article_model().for_layout(one_line)
    threshold = ctx.options["threshold"] or model.threshold
    protect = ctx.options["protect_words"]
    scored = score_lines(doc, ctx, model)
    for index, x, p_line, p in removals(doc, scored, threshold, protect):
        local_x = x[: len(LOCAL)]
        reason = (
            f"outside the article (p={p:.2f}: {_against(model.context, x)}); "
            f"line alone p={p_line:.2f} ({_against(model.line, local_x)})"
        )
        yield Drop(index, index, reason)


Scored = Sequence[tuple[int, list[float], float, float]]


def removals(doc: Document, scored: Scored, threshold: float, protect: int) -> Scored:
    """The scored lines the rule removes: below ``threshold`` and not protected.

    One decision for the rule and for the training script's evaluation, so the
    cross-validated figures are the rule's own.
    """
    kept = _protected(doc, scored, protect) | _inserts(doc, scored, threshold)
    return [row for row in scored if row[3] < threshold and row[0] not in kept]


_WORDS, _TERMINAL_AT, _URL_AT, _SEPARATORS_AT, _DIGITS_AT = (
    LOCAL.index(name) for name in ("words", "terminal", "url_like", "separators", "digit_share")
)
_HEADLINE_DIGITS = 0.15  # a date or time line is not a headline
_INSERT_LINES = 6  # a subheading or a short list between two paragraphs has at most this many lines
_ANCHOR_WORDS = 8  # ... and the paragraphs around it end like sentences and have this many words
_ANCHOR_P = 0.5  # ... and the line model alone takes them for article text
_IN_SPAN = len(LOCAL) + CONTEXT.index("in_span")
_HEADLINE_WORDS = (3, 30)  # a headline has this many words
_HEADLINE_REACH = 3  # ... and sits at most this many content lines above the article span


def _protected(doc: Document, scored: Scored, protect: int) -> set[int]:
    """Lines kept whatever their score: long sentences inside the span, and the headline.

    The headline is the nearest title-shaped line (3-30 words, no full stop,
    few digits, no URL or menu separators) among the few content lines above the span.
    """
    kept = set()
    first = None
    for k, (index, x, _, _) in enumerate(scored):
        if x[_IN_SPAN]:
            if first is None:
                first = k
            if x[_TERMINAL_AT] and math.expm1(x[_WORDS]) >= protect:
                kept.add(index)
    if first is not None:
        for index, x, _, _ in reversed(scored[max(0, first - _HEADLINE_REACH) : first]):
            words = round(math.expm1(x[_WORDS]))
            text = doc.lines[index].text.rstrip()
            if (
                _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]
                and not text.endswith(".")
                and not x[_URL_AT]
                and not x[_SEPARATORS_AT]
                and x[_DIGITS_AT] < _HEADLINE_DIGITS
            ):
                kept.add(index)
                break
    return kept


def _inserts(doc: Document, scored: Scored, threshold: float) -> set[int]:
    """Short runs between two article paragraphs, and the paragraphs they connect to the span.

    An anchor is a line that the line model alone takes for article text and
    that ends like a sentence of some length. Two anchors at most
    ``_INSERT_LINES`` lines apart, one of them inside the article span or
    connected to it this way, hold article text between them (a subheading, a
    short list) - unless something between them was removed as page furniture
    (an ad or a related block breaks the article there) or a line between is
    URL-like or separated like a menu. A subheading or a list can push the
    paragraphs after it out of the span; this brings them back.
    """
    anchors = [
        k
        for k, (_, x, p_line, _) in enumerate(scored)
        if x[_TERMINAL_AT] and p_line >= _ANCHOR_P and math.expm1(x[_WORDS]) >= _ANCHOR_WORDS
    ]
    dropped = doc.dropped

    def joined(a: int, b: int) -> bool:
        between = scored[a + 1 : b]
        return (
            len(between) <= _INSERT_LINES
            and not any(r[1][_URL_AT] or r[1][_SEPARATORS_AT] for r in between)
            and not any(j in dropped for j in range(scored[a][0] + 1, scored[b][0]))
        )

    connected = {k for k in anchors if scored[k][1][_IN_SPAN]}
    links = [(a, b) for a, b in itertools.pairwise(anchors) if joined(a, b)]
    for a, b in links:  # forward: the span reaches down through inserts
        if a in connected:
            connected.add(b)
    for a, b in reversed(links):  # backward: and up
        if b in connected:
            connected.add(a)
    kept: set[int] = set()
    for a, b in links:
        if a in connected and b in connected:
            kept.update(r[0] for r in scored[a : b + 1] if r[3] < threshold)
    return kept
