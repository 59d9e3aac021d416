"""Related-links blocks: "Related News", "Read more:", "You may also like".

News pages put lists of links to other stories under the article or between
its paragraphs. Scraped, they become a heading followed by headlines, dates
and teasers that have nothing to do with the article. The headings are
language data (``cleanwire/lexicons/related.en.txt``).

A heading alone on its line starts a block; the block goes on while the lines
look like list items (dates, headlines, a teaser right after an item's date)
in one style (bulleted or not, blank lines between them or not, each after a
date or not) and stops at the first line of real prose. Hard-wrapped article
text also has short lines without a full stop, so a line that starts in lower
case or ends on a comma or a word such as "the" is prose, and so are the lines
above it that its sentence began on. A line that carries a label and its
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
from typing import NamedTuple

from ..context import Context
from ..document import Document
from ..lexicon import alternation, lexicon_lang, phrases
from ..rule import Drop, rule
from .dates import DATE_FAMILIES, is_date_line
from .scan import LabelHead, label_head, lines_labelled
from .shapes import SENTENCE_END, quote, unbracket

# Decoration after a heading: "Related News:", "Read more »", "See also →".
_HEADING_TAIL = re.compile(r"[\s:.»›>→▸…]+$")
# An ellipsis at the end of a truncated headline or teaser: not a sentence end.
_ELLIPSIS_END = re.compile(r"(?:\.\.+|…)[\"'”’»)\]]*$")
# A full stop at the end of a line (not an ellipsis): a sentence, not a linked headline.
_FULL_STOP_END = re.compile(r"(?<![.…])\.[\"'”’»)\]]*$")
# A question or exclamation at the end of a line.
_QUESTION_END = re.compile(r"[?!][\"'”’»)\]]*$")
# A list item's bullet: "* ", "- ", "• ", "1. ", "2) ".
_BULLET = re.compile(r"\s*(?:[-*+•·▪‣◦–—>]|\d{1,3}[.)])\s+")
# The word a line ends with, nothing after it.
_LAST_WORD = re.compile(r"(?<!\S)([^\W\d_]+)$")
# Quotes and brackets that may open a line before its first word.
_OPENERS = "\"'“‘«([¿¡"
# Items that may be the start of a wrapped sentence.
_HEADLINES = ("headline", "weak")

_HEADING_CHARS = 60  # a heading is never longer than this
_HEADLINE_WORDS = 20  # nor a headline longer than this
_TEASER_WORDS = 60  # a teaser under an item's date is at most this long
_INLINE_WORDS = 30  # the content after "Related article:" is at most this long
_WRAP_WIDTH = 50  # prose wrapped at a fixed width has lines at least this long
_WRAP_LINES = 3  # lines above the first non-item line, for the wrapped shape alone to make them prose


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
        head=label_head([*(x for x in labels if not x.endswith(" *")), *open_labels], before=r"[(\[]?"),
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
    if _runs_on(s, lang) or _continues(s):
        return None  # a piece of a wrapped sentence
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


@functools.cache
def _dangling(lang: str) -> frozenset[str]:
    """Words no headline ends with ("the", "and", "of"): the ``dangling_words`` lexicon."""
    return frozenset(phrases("dangling_words", lang))


def _runs_on(s: str, lang: str) -> bool:
    """Whether stripped line ``s`` stops mid-sentence: on a comma, a semicolon or a word like "the".

    The word must be lower case as written, so "Plan A" still ends a headline.
    """
    if s.endswith((",", ";")):
        return True
    m = _LAST_WORD.search(s)
    return m is not None and m.group(1) in _dangling(lang)


def _continues(s: str) -> bool:
    """Whether stripped line ``s`` starts in lower case, as the rest of a sentence does.

    A first word with a capital inside ("iPhone", "eBay") is a name, not a continuation.
    """
    bullet = _BULLET.match(s)
    words = s[bullet.end() if bullet else 0 :].lstrip(_OPENERS).split(maxsplit=1)
    return bool(words) and words[0][0].islower() and not any(c.isupper() for c in words[0])


def _wrapped_from(texts: list[str]) -> int:
    """Where the paragraph wrapped at a fixed width that ``texts`` (stripped lines) end with starts.

    The width is the longest of those lines (50+ characters); each line but
    the last is so long that the next line's first word would not have fitted
    after it. Headlines of a list are ragged, and a paragraph kept on one line
    is wider than any of them.
    """
    start = len(texts) - 1
    width = len(texts[start])
    # The shortest "line + space + next line's first word" so far; starts above any width.
    tightest = max(len(t) for t in texts) + 1
    while start:
        line = texts[start - 1]
        tightest = min(tightest, len(line) + 1 + len(texts[start].split(maxsplit=1)[0]))
        if tightest <= max(width, len(line)):  # width only grows and tightest only shrinks further up
            break
        width = max(width, len(line))
        start -= 1
    return start if width >= _WRAP_WIDTH else len(texts) - 1


class _Found(NamedTuple):
    line: int  # line index
    kind: str  # what _item called it
    packed: bool  # no blank line between it and the content line before it


def _items_kept(doc: Document, found: list[_Found], stop: int, packed: bool) -> int:
    """How many of ``found`` are items, given that line ``stop`` (``packed`` under them) is not.

    Headline-like lines that open the sentence ``stop`` goes on with are
    prose: each line packed right above a line that starts in lower case, and
    a packed run of unbulleted ones that, with the lines under it, is a
    paragraph wrapped at a fixed width.
    """
    keep = len(found)
    text = doc.lines[stop].text.strip()
    while keep and packed and found[keep - 1].kind in _HEADLINES and _continues(text):
        keep -= 1
        text, packed = doc.lines[found[keep].line].text.strip(), found[keep].packed
    run = keep
    while run and packed and found[run - 1].kind in _HEADLINES:
        if _BULLET.match(doc.lines[found[run - 1].line].text):
            break  # a bullet marks an item, not a wrapped line
        run -= 1
        packed = found[run].packed
    texts = [doc.lines[f.line].text.strip() for f in found[run:]] + [doc.lines[stop].text.strip()]
    start = run + _wrapped_from(texts)
    if start < keep and len(found) - start >= _WRAP_LINES:
        keep = start
    return keep


def _block_end(doc: Document, start: int, lang: str) -> tuple[int, int, int]:
    """Last line, item count and first line after the lines read, of the block under ``start``.

    The items keep one style: separated by blank lines or not, bulleted or
    not, each after a date line or not; a change of style ends the list. A
    question-like headline only counts when more items follow it. Lines that
    start the sentence the first non-item line continues are not items.
    """
    lines = doc.lines
    found: list[_Found] = []
    blank_layout: bool | None = None  # items separated by blank lines
    bulleted: bool | None = None  # items start with a bullet
    dated = False  # each item follows a date line
    gap = False
    stop: int | None = None
    for i in range(start + 1, len(lines)):
        if i in doc.dropped:
            continue
        if lines[i].blank:
            gap = True
            continue
        prev = found[-1].kind if found else "heading"
        kind = _item(lines[i].text, prev == "date", lang)
        if blank_layout is None:
            blank_layout = gap
        if kind is None or (gap and not blank_layout):
            stop = i
            break
        if kind == "date":
            dated = dated or len(found) < 2
        elif kind != "teaser":
            bullet = _BULLET.match(lines[i].text) is not None
            if bulleted is None:
                bulleted = bullet
            if bullet != bulleted or (dated and prev != "date"):
                stop = i
                break
        found.append(_Found(i, kind, not gap))
        gap = False
    if stop is not None and found:
        del found[_items_kept(doc, found, stop, not gap) :]
    read = len(lines) if stop is None else stop
    counted = [k for k, f in enumerate(found) if f.kind != "weak"]
    if not counted:
        return start, 0, read
    return found[counted[-1]].line, counted[-1] + 1, read


@rule(kind="filter")
def drop_related(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop related-links blocks and "Related article: ..." lines.

    A heading ("Related News", "Read more", "More from <X>") alone on its
    line is dropped with the dates, headlines and teasers under it, up to the
    first line of prose or change of list style. Leaves sentences that start
    with the same words ("The charges are related to ...", "More from the
    interview will air on Sunday."), and a wrapped paragraph right under a
    list, including its first lines ("... told reporters that the" / "next
    round would begin ...").

    >>> drop_related("Body.\\nRelated News\\nWorld | 7 Jan, 2025\\nTalks resume in Oslo\\n\\nMore body.")
    'Body.\\n\\nMore body.'
    >>> drop_related("More from the interview will air on Sunday.")
    'More from the interview will air on Sunday.'
    """
    lang = lexicon_lang(ctx, "related", "dangling_words", *DATE_FAMILIES)
    labels = _labels(lang)
    after = 0  # lines before this one are in a block already dropped
    # Lines before prose_until were read as the end of a block and found to be
    # prose: a heading among them is not read again (which keeps the scan linear).
    prose_until = 0
    # Only a line that starts with a label can be a heading or a related link.
    for line in lines_labelled(doc, ctx, labels.head):
        i = line.index
        if i < after:
            continue
        kind = _heading(line.text, labels)
        if kind is not None:
            last, count = i, 0
            if i >= prose_until:
                last, count, prose_until = _block_end(doc, i, lang)
            if count or kind == "exact":
                items = f"{count} item" + ("s" if count > 1 else "")
                what = f'related-links block under "{quote(line.text, 32)}" ({items})'
                yield Drop(i, last, what if count else f'related-links heading ("{quote(line.text)}")')
                after = last + 1
        elif len(line.text) <= 400:
            m = labels.inline.fullmatch(unbracket(line.text.strip()))
            if m and _linked_headline(m.group("content")):
                yield Drop(i, i, f'related link ("{quote(line.text)}")')


def _linked_headline(content: str) -> bool:
    """Whether the text after "Related article:" reads as a linked headline.

    It starts like a title, not like the rest of a sentence, is short, and
    does not end on a full stop: a line that does is a sentence, or a
    headline run together with the paragraph after it, and stays.
    """
    return (
        not content[0].islower()
        and len(content.split()) <= _INLINE_WORDS
        and _FULL_STOP_END.search(content) is None
    )
