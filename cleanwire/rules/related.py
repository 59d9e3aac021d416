"""Related-links blocks: "Related News", "Read more:", "You may also like".

News pages put lists of links to other stories under the article or between
its paragraphs. Scraped, they become a heading followed by headlines, dates
and teasers that have nothing to do with the article. The headings are
language data (``cleanwire/lexicons/related.en.txt``).

A heading alone on its line starts a block; the block goes on while the lines
look like list items (dates, headlines, a teaser right after an item's date)
and stops at the first line of real prose. A line that carries a label and its
own content ("Related article: Exclusive: ...") goes alone. Sentences that
merely start with the same words ("Read more about the study in Nature, the
authors said.") stay: a heading is the label and nothing else, and an inline
label needs a colon.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..context import Context
from ..document import Document
from ..lexicon import alternation, lexicon_lang, phrases
from ..rule import Drop, rule
from .dates import DATE_FAMILIES, is_date_line
from .scan import LabelHead, label_head, lines_labelled
from .shapes import SENTENCE_END, quote

# Decoration after a heading: "Related News:", "Read more »", "See also →".
_HEADING_TAIL = re.compile(r"[\s:»›>→▸…]+$")
# An ellipsis at the end of a truncated headline or teaser: not a sentence end.
_ELLIPSIS_END = re.compile(r"(?:\.\.+|…)[\"'”’»)\]]*$")
# A question or exclamation at the end of a line.
_QUESTION_END = re.compile(r"[?!][\"'”’»)\]]*$")

_HEADING_CHARS = 60  # a heading is never longer than this
_HEADLINE_WORDS = 20  # nor a headline longer than this
_TEASER_WORDS = 60  # a teaser under an item's date is at most this long
_INLINE_WORDS = 30  # the content after "Related article:" is at most this long


@dataclass(frozen=True)
class _Labels:
    heading: re.Pattern[str]  # a whole-line heading
    prefix: re.Pattern[str]  # "More from <Name>" headings
    inline: re.Pattern[str]  # "Read more: <headline>"
    head: LabelHead  # the start of every line the three can match


@functools.cache
def _labels(lang: str) -> _Labels:
    labels = phrases("related", lang)
    exact = alternation(x for x in labels if not x.endswith(" *"))
    open_labels = [x[:-2] for x in labels if x.endswith(" *")]
    open_ended = alternation(open_labels)
    return _Labels(
        heading=re.compile(rf"(?:{exact})", re.IGNORECASE),
        # The open-ended label, then one to four words naming an outlet, section or topic.
        prefix=re.compile(rf"(?i:{open_ended})(?P<rest>(?:\s+\S+){{1,4}})"),
        # A label, a colon, then the linked headline.
        inline=re.compile(rf"(?:{exact})\s*:\s*(?P<content>\S.*)", re.IGNORECASE),
        head=label_head([*(x for x in labels if not x.endswith(" *")), *open_labels]),
    )


def _heading(text: str, labels: _Labels) -> str | None:
    """``"exact"`` or ``"open"`` when the line is a related-links heading."""
    s = text.strip()
    if len(s) > _HEADING_CHARS:
        return None
    core = _HEADING_TAIL.sub("", s)
    if labels.heading.fullmatch(core):
        return "exact"
    m = labels.prefix.fullmatch(core)
    if m is None or s[-1] in ".!?,;":
        return None
    rest = m.group("rest").split()
    # "More from Reuters", "More from the BBC", not "More from the interview".
    if any(w[:1].isupper() for w in rest) and not any(w[:1].islower() and len(w) > 3 for w in rest):
        return "open"
    return None


def _item(text: str, after_date: bool, lang: str) -> str | None:
    """What a line in a related block is: date, teaser, headline, weak (a question) or None (prose)."""
    s = text.strip()
    if is_date_line(s, lang):
        return "date"
    n = len(s.split())
    if after_date and n <= _TEASER_WORDS and len(s) <= 400:
        return "teaser"
    if n > _HEADLINE_WORDS or len(s) > 160:
        return None
    if _QUESTION_END.search(s):
        return "weak"
    if SENTENCE_END.search(s) and not _ELLIPSIS_END.search(s):
        return None
    return "headline"


def _block_end(doc: Document, start: int, lang: str) -> tuple[int, int]:
    """Last line and item count of the block under the heading at ``start``.

    Items separated by blank lines may not be followed by items that are not,
    and the reverse: a change of layout ends the list. A question-like
    headline only counts when more items follow it.
    """
    lines = doc.lines
    last, count, seen = start, 0, 0
    blank_layout: bool | None = None
    gap = False
    prev = "heading"
    for i in range(start + 1, len(lines)):
        if i in doc.dropped:
            continue
        if lines[i].blank:
            gap = True
            continue
        if blank_layout is None:
            blank_layout = gap
        elif gap and not blank_layout:
            break
        gap = False
        kind = _item(lines[i].text, prev == "date", lang)
        if kind is None:
            break
        seen += 1
        if kind != "weak":
            last, count = i, seen
        prev = kind
    return last, count


@rule(kind="filter")
def drop_related(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop related-links blocks and "Related article: ..." lines.

    A heading ("Related News", "Read more", "More from <X>") alone on its
    line is dropped with the dates, headlines and teasers under it, up to the
    first line of prose. Leaves sentences that start with the same words
    ("The charges are related to ...", "More from the interview will air on
    Sunday.").

    >>> drop_related("Body.\\nRelated News\\nWorld | 7 Jan, 2025\\nTalks resume in Doha\\n\\nMore body.")
    'Body.\\n\\nMore body.'
    >>> drop_related("More from the interview will air on Sunday.")
    'More from the interview will air on Sunday.'
    """
    lang = lexicon_lang(ctx, "related", *DATE_FAMILIES)
    labels = _labels(lang)
    after = 0  # lines before this one are in a block already dropped
    # Only a line that starts with a label can be a heading or a related link.
    for line in lines_labelled(doc, ctx, labels.head):
        i = line.index
        if i < after:
            continue
        kind = _heading(line.text, labels)
        if kind is not None:
            last, count = _block_end(doc, i, lang)
            if count or kind == "exact":
                items = f"{count} item" + ("s" if count > 1 else "")
                what = f'related-links block under "{quote(line.text, 32)}" ({items})'
                yield Drop(i, last, what if count else f'related-links heading ("{quote(line.text)}")')
                after = last + 1
        elif len(line.text) <= 400:
            m = labels.inline.fullmatch(line.text.strip())
            # The linked headline starts like a title, not like the rest of a sentence.
            if m and not m.group("content")[0].islower() and len(m.group("content").split()) <= _INLINE_WORDS:
                yield Drop(i, i, f'related link ("{quote(line.text)}")')
