"""Metadata lines: datelines, bylines, photo credits, source lines, URL lines.

News pages wrap the article in lines about the article: when it was published,
who wrote it, who took the photo, which agency it came from, where it lives on
the web. Scrapers keep them as lines of their own. Each filter of this family
drops one kind, and only whole lines that are nothing but that kind: a date,
name or URL inside a sentence stays, and so does a dateline prefix that opens
a paragraph ("TAMPERE (Nordic Wire) - ..."). All five do nothing when the user
keeps metadata (``metadata="keep"``). Photo credits, which also take their
caption along, are in :mod:`cleanwire.rules.credits`; recognising dates and
names is in :mod:`cleanwire.rules.dates` and :mod:`cleanwire.rules.names`, and
``drop_url_lines`` lives in :mod:`cleanwire.rules.urls` (imported here).

The words these rules look for (month names, "By", "Photo:", "Editing by")
are language data in ``cleanwire/lexicons/`` (``months.en.txt``, ...); another
language is another set of files. English is always included because English
page furniture turns up on sites in every language.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..context import Context
from ..document import Document
from ..lexicon import alternation, lexicon_lang, phrases
from ..rule import Drop, rule
from .apostrophe_words import closed_class
from .dates import DATE_CHARS, DATE_FAMILIES, DIGIT, SEGMENTS, date_patterns, is_date_line, is_reading_time
from .names import NAME_FAMILIES, NamePatterns, agencies, name_patterns
from .scan import LabelHead, label_head, lines_labelled, lines_with, merged
from .shapes import SENTENCE_BREAK, SENTENCE_END, quote, unbracket
from .urls import drop_url_lines

# -- date lines ----------------------------------------------------------------


@rule(kind="filter")
def drop_datelines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop lines that are only a publication date, time or section|date, or a reading time.

    Leaves dates inside sentences and dateline prefixes that open a paragraph
    ("TAMPERE, FINLAND (Nordic Wire) – A source said ...").

    >>> drop_datelines("Headline\\nDec. 13, 2024 10:21 AM ET\\nBody text.")
    'Headline\\nBody text.'
    """
    if ctx.keep_metadata:
        return
    lang = lexicon_lang(ctx, *DATE_FAMILIES)
    for line in lines_with(doc, DIGIT):  # every date pattern needs a digit (see dates.py)
        if len(line.text) > DATE_CHARS and len(line.text.strip()) > DATE_CHARS:
            continue  # too long for is_date_line
        if is_date_line(line.text, lang):
            yield Drop(line.index, line.index, f'date line ("{quote(line.text)}")')
        elif is_reading_time(line.text, lang):
            yield Drop(line.index, line.index, f'reading time ("{quote(line.text)}")')


# -- bylines -------------------------------------------------------------------


def _tail_ok(tail: str, names: NamePatterns, lang: str) -> bool:
    """A byline tail: a short outlet, job title or date, not the rest of a sentence."""
    for seg in SEGMENTS.split(tail.strip()):
        words = seg.split()
        if not words or len(words) > 6 or seg[-1] in "!?:;":
            return False
        if date_patterns(lang).date.fullmatch(seg.rstrip(".")):
            continue
        if seg.endswith(".") and len(words[-1]) > 4:
            return False
        if not (seg[0].isupper() or seg[0].isdigit() or names.role.search(seg)):
            return False
    return True


# A character that every byline tail separator has ("," "|" "•" or a dash).
_TAIL_MARK = re.compile(r"[,|•–—-]")


def _byline(text: str, lang: str) -> bool:
    s = text.strip()
    if len(s) > 150:
        return False
    names = name_patterns(lang)
    m = names.byline.fullmatch(s) if names.label is None or names.label.match(s) else None
    if m:
        words = m.group("names").split()
        if words[0].rstrip(",.").lower() in names.calendar:
            return False  # "By Sunday, ..."
        # One capitalised word is a name only as an agency or acronym: "By Reuters", not "By Air".
        if len(words) == 1 and not (words[0].isupper() or agencies().fullmatch(words[0])):
            return False
        tail = m.group("tail")
        return tail is None or _tail_ok(tail, names, lang)
    m = names.signed.fullmatch(s) if _TAIL_MARK.search(s) else None
    if m:
        tail = m.group("tail")
        return len(tail.split()) <= 5 and bool(names.role.search(tail)) and _tail_ok(tail, names, lang)
    return False


@rule(kind="filter")
def drop_bylines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop byline lines: "By John Smith", "Author: Jane Doe", "John Smith | Staff Writer".

    The text after "By" must be names (capitalised words, joined by commas or
    "and"), optionally followed by a short outlet, title or date. Leaves prose
    that starts with "By" ("By Sunday, the rebels had taken the city.",
    "By contrast, ...").

    >>> drop_bylines("By John Smith and Jane Doe, Reuters\\nBy contrast, prices fell.")
    'By contrast, prices fell.'
    """
    if ctx.keep_metadata:
        return
    lang = lexicon_lang(ctx, *DATE_FAMILIES, *NAME_FAMILIES)
    head = name_patterns(lang).label_head
    # A byline starts with its label or has a tail after a separator.
    candidates = (
        doc.content() if head is None else merged(lines_labelled(doc, ctx, head), lines_with(doc, _TAIL_MARK))
    )
    for line in candidates:
        if _byline(line.text, lang):
            yield Drop(line.index, line.index, f'byline ("{quote(line.text)}")')


# -- sources and production credits ----------------------------------------------


@dataclass(frozen=True)
class _Sources:
    named: re.Pattern[str]  # "Source: X"
    by: regex.Pattern[str]  # "Editing by X"
    parts: re.Pattern[str]  # where "Reporting by X, editing by Y" splits into its parts
    contributed: regex.Pattern[str]  # "Jane Doe contributed reporting from Oslo."
    tag: re.Pattern[str]  # "Filed under: Politics", "Tags: climate, energy"
    head: LabelHead | None  # the start of every labelled line (None: any line may be one)
    tail: re.Pattern[str]  # what a "contributed" line has


@functools.cache
def _sources(lang: str) -> _Sources:
    labels = phrases("source_labels", lang)
    colon = alternation(x.rstrip(":") for x in labels if x.endswith(":"))
    by = alternation(x for x in labels if not x.endswith(":") and not x.startswith("* "))
    tails = alternation(x[2:] for x in labels if x.startswith("* "))
    tags = phrases("tag_labels", lang)
    starts = [x.rstrip(":") for x in labels if not x.startswith("* ")] + [x.rstrip(":") for x in tags]
    return _Sources(
        # "Source: Nordic Wire", "Sources: AP, Kyodo".
        named=re.compile(rf"(?:{colon})\s*:\s*(?P<content>\S.*)", re.IGNORECASE),
        # "Editing by Lena Marsh": the label, then a capitalised name.
        by=regex.compile(rf"(?i:{by})\s+(?P<content>\p{{Lu}}.*)"),
        # A semicolon, or a comma before the next label ("..., with reporting by X, editing by Y").
        parts=re.compile(rf";\s*|,\s+(?:and\s+)?(?:with\s+)?(?=(?:{by})\s)", re.IGNORECASE),
        # Names, the phrase, maybe "from <Place>".
        contributed=regex.compile(
            rf"(?P<names>\p{{Lu}}[^.;:!?]*?)\s+(?i:{tails})(?:\s+(?i:from|in)\s+(?P<place>\p{{Lu}}[^;:!?]*?))?\.?"
        ),
        # A tag label and a colon, or a label that needs none and a space; then the tags.
        tag=re.compile(
            rf"(?:{alternation(x.rstrip(':') for x in tags)})\s*:(?P<listed>.*)"
            rf"|(?:{alternation(x for x in tags if not x.endswith(':'))})(?:\s+(?P<bare>.*))?",
            re.IGNORECASE,
        ),
        # Any label, maybe after an opening bracket. re ignores case at least as
        # widely as regex does for ASCII letters (a test checks), not for all others.
        head=label_head(starts, before=r"(?:[(\[][^\S\n]*)?") if all(x.isascii() for x in starts) else None,
        tail=re.compile(rf"\s(?:{tails})(?!\w)", re.IGNORECASE),
    )


# A web address or bare domain: "example.com", "https://x.org/a".
_WEB = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?", re.IGNORECASE)
# Separators between the tags of a tag line.
_TAG_SEP = re.compile(r"\s*[,|•·;/]\s*")
_TAG_WORDS = 4  # one tag is at most this many words
_TAGS = 15  # a tag line has at most this many tags
_PLACE_WORDS = 6  # "contributed reporting from <Place>": a place of at most this many words
# A name list: "Jane Doe, John Roe and The Associated Press" splits into names.
_NAME_SEP = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def _source_line(text: str, lang: str) -> str | None:
    s = unbracket(text.strip())
    if not s or len(s) > 300:
        return None
    pats = _sources(lang)
    m = pats.named.fullmatch(s)
    if m:
        content = m.group("content")
        short = len(content.split()) <= 6 and SENTENCE_BREAK.search(content) is None
        shaped = not content[0].islower() or _WEB.fullmatch(content.rstrip(".")) is not None
        return "source line" if short and shaped and content[-1] not in "?!" else None
    if len(s.split()) > 40:
        return None
    m = pats.tag.fullmatch(s)
    if m:
        return "tag line" if _tags(m) else None
    m = pats.contributed.fullmatch(s)
    if m:
        return "production credit" if _named(m.group("names"), lang) and _place(m.group("place")) else None
    for seg in pats.parts.split(s):
        part = pats.by.fullmatch(seg.strip().rstrip("."))
        if not part:
            return None
        words = part.group("content").split()
        if len(words) > 12 or any(w[0].islower() and len(w) > 4 for w in words):
            return None
    return "production credit"


def _tags(m: re.Match[str]) -> bool:
    """Whether the text after a tag label is a list of tags (or nothing).

    After a colon ("Tags: climate, energy") a tag is any short phrase; after
    a label without one ("Filed under Politics") every word of every tag is
    capitalised, so that "Posted in a hurry, the note ..." stays.
    """
    colon = m.group("listed") is not None
    content = (m.group("listed") if colon else m.group("bare") or "").strip(" |,•·:")
    tags = [t for t in _TAG_SEP.split(content) if t]
    if len(tags) > _TAGS:
        return False
    closed = closed_class()
    for tag in tags:
        words = tag.split()
        if len(words) > _TAG_WORDS or SENTENCE_END.search(tag):
            return False
        if not colon and not all(w[0].isupper() or w[0].isdigit() or w.lower() in closed for w in words):
            return False
    return True


def _named(names: str, lang: str) -> bool:
    """Whether ``names`` is a list of people or outlets: "Jane Doe and The Associated Press"."""
    name = name_patterns(lang).name
    parts = _NAME_SEP.split(names.strip())
    return len(parts) <= 6 and all(name.fullmatch(p.removeprefix("The ").removeprefix("the ")) for p in parts)


def _place(place: str | None) -> bool:
    """Whether ``place`` (after "contributed reporting from") names a place or two: "Hong Kong"."""
    if place is None:
        return True
    words = place.replace(",", " ").split()
    return len(words) <= _PLACE_WORDS and all(w[0].isupper() or w in ("and", "of", "the") for w in words)


@rule(kind="filter")
def drop_source_lines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop short source, production-credit and tag lines: "Source: Nordic Wire", "Editing by X".

    "Reporting by X; Editing by Y" (or "..., editing by Y") counts when every
    part is a label plus names, and so does "Jane Doe contributed reporting
    from Oslo." A "Source:" line counts only with six words or fewer after
    the label; "Source: the ministry said the figures were wrong." is a
    sentence and stays, as does "Reporting by the BBC showed ...". A tag line
    is a label and a list of short tags: "Filed under: Politics | Energy".

    >>> drop_source_lines("Body.\\nSource: Kyodo\\n(Reporting by Jane Doe; Editing by John Roe)\\nMore.")
    'Body.\\nMore.'
    """
    if ctx.keep_metadata:
        return
    lang = lexicon_lang(ctx, "source_labels", "tag_labels")
    pats = _sources(lang)
    labelled = list(doc.content()) if pats.head is None else lines_labelled(doc, ctx, pats.head)
    for line in merged(labelled, lines_with(doc, pats.tail)):
        kind = _source_line(line.text, lang)
        if kind:
            yield Drop(line.index, line.index, f'{kind} ("{quote(line.text)}")')


__all__ = ["drop_bylines", "drop_datelines", "drop_source_lines", "drop_url_lines"]
