"""Metadata lines: datelines, bylines, photo credits, source lines, URL lines.

News pages wrap the article in lines about the article: when it was published,
who wrote it, who took the photo, which agency it came from, where it lives on
the web. Scrapers keep them as lines of their own. Each filter of this family
drops one kind, and only whole lines that are nothing but that kind: a date,
name or URL inside a sentence stays, and so does a dateline prefix that opens
a paragraph ("TAMPERE (Nordic Wire) - ..."). All five do nothing when the user
keeps metadata (``metadata="keep"``). Photo credits, which also take their
caption along, are in :mod:`cleanwire.rules.credits`; recognising dates and
names is in :mod:`cleanwire.rules.dates` and :mod:`cleanwire.rules.names`.

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
from ..lexicon import alternation, lexicon_lang, phrase_tree, phrases
from ..rule import Drop, rule
from .dates import DATE_CHARS, DATE_FAMILIES, DIGIT, SEGMENTS, date_patterns, is_date_line
from .names import NAME_FAMILIES, NamePatterns, agencies, name_patterns
from .scan import LabelHead, label_head, line_head, lines_labelled, lines_starting, lines_with, merged
from .shapes import SENTENCE_BREAK, quote, unbracket

# -- date lines ----------------------------------------------------------------


@rule(kind="filter")
def drop_datelines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop lines that are only a publication date, time or section|date.

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
    head: LabelHead | None  # the start of every line either can match (None: any line may)


@functools.cache
def _sources(lang: str) -> _Sources:
    labels = phrases("source_labels", lang)
    colon = alternation(x.rstrip(":") for x in labels if x.endswith(":"))
    by = alternation(x for x in labels if not x.endswith(":"))
    return _Sources(
        # "Source: Nordic Wire", "Sources: AP, Kyodo".
        named=re.compile(rf"(?:{colon})\s*:\s*(?P<content>\S.*)", re.IGNORECASE),
        # "Editing by Lena Marsh": the label, then a capitalised name.
        by=regex.compile(rf"(?i:{by})\s+(?P<content>\p{{Lu}}.*)"),
        # Either label, maybe after an opening bracket. re ignores case at least as
        # widely as regex does for ASCII letters (a test checks), not for all others.
        head=label_head([x.rstrip(":") for x in labels], before=r"(?:[(\[][^\S\n]*)?")
        if all(x.isascii() for x in labels)
        else None,
    )


# A web address or bare domain: "example.com", "https://x.org/a".
_WEB = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?", re.IGNORECASE)


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
    for seg in s.split(";"):
        part = pats.by.fullmatch(seg.strip().rstrip("."))
        if not part:
            return None
        words = part.group("content").split()
        if len(words) > 12 or any(w[0].islower() and len(w) > 4 for w in words):
            return None
    return "production credit"


@rule(kind="filter")
def drop_source_lines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop short source and production-credit lines: "Source: Nordic Wire", "Editing by X".

    "Reporting by X; Editing by Y" counts when every part is a label plus
    names. A "Source:" line counts only with six words or fewer after the
    label; "Source: the ministry said the figures were wrong." is a sentence
    and stays, as does "Reporting by the BBC showed ...".

    >>> drop_source_lines("Body.\\nSource: Kyodo\\n(Reporting by Jane Doe; Editing by John Roe)\\nMore.")
    'Body.\\nMore.'
    """
    if ctx.keep_metadata:
        return
    lang = lexicon_lang(ctx, "source_labels")
    head = _sources(lang).head
    for line in doc.content() if head is None else lines_labelled(doc, ctx, head):
        kind = _source_line(line.text, lang)
        if kind:
            yield Drop(line.index, line.index, f'{kind} ("{quote(line.text)}")')


# -- URL lines ---------------------------------------------------------------------

# A whole line that is one URL, maybe in <>, () or []: "https://x.org/a", "www.x.org/a".
_BARE_URL = re.compile(r"[<(\[]?(?:(?:https?://|www\.)\S+?|[\w-]+(?:\.[\w-]+)+/\S*?)[>)\]]?[.,;]?")


@functools.cache
def _url_label(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    labels = alternation(phrases("url_labels", lang))
    tree = phrase_tree(phrases("url_labels", lang))
    return (
        # A URL label, an optional ":" and an optional URL after it.
        re.compile(rf"(?:{labels})\s*:?(?:\s*(?P<url>\S+))?", re.IGNORECASE),
        # The start of a line that either pattern can match (what _BARE_URL needs, loosened).
        line_head(rf"(?:[<(\[]?(?:https?://|www\.|[\w-]+\.[\w.-]*/)|{tree})", re.IGNORECASE),
    )


@rule(kind="filter")
def drop_url_lines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop bare URL lines and "Original url:" label lines.

    Leaves URLs inside sentences ("Visit https://example.org for details.").

    >>> drop_url_lines("Body.\\nOriginal url:\\nhttps://www.example.com/2024/12/13/story-a87327\\nMore.")
    'Body.\\nMore.'
    """
    if ctx.keep_metadata:
        return
    label, head = _url_label(lexicon_lang(ctx, "url_labels"))
    for line in lines_starting(doc, head):
        s = line.text.strip()
        if len(s) > 2000 or (" " in s and len(s.split()) > 3):
            continue
        if _BARE_URL.fullmatch(s):
            yield Drop(line.index, line.index, f'bare URL line ("{quote(s)}")')
            continue
        m = label.fullmatch(s)
        if m and (m.group("url") is None or _BARE_URL.fullmatch(m.group("url"))):
            yield Drop(line.index, line.index, f'URL label ("{quote(s)}")')
