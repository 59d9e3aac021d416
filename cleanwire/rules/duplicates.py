"""Repeated paragraphs and titles.

Scrapers often capture a page twice over (the article body under a "print" or
AMP copy, the title as both ``<title>`` and ``<h1>``, a menu in the header and
the footer), so whole paragraphs and blocks come back verbatim. The first copy
is kept and later copies go, with a reason that names the line of the first
copy.

Lines are compared after normalising whitespace, case and quote style
(’ and ', “” and ") and ignoring trailing punctuation; a hash of that key
makes the rule linear. Short lines repeat legitimately ("Buy Now", list
bullets, "Q:"), so a short line only goes when it repeats the line right
before it, as a doubled title does. Articles also repeat a structure on
purpose: a meal plan per day, a recipe per variant, a form per contestant,
where the same item lines come back under each heading with other lines
between them. So a repeated item, heading or table line (anything that is
not running text) goes only as part of a copied block that stands alone, or
when it carries a link target (a menu of links); repeated prose goes inside
any run of repeats, and a prose paragraph of 20+ words anywhere.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from ..context import Context
from ..document import Document
from ..rule import Drop, rule
from .shapes import quote, running_text

# Quote styles folded together: curly, low, prime and angle quotes.
_QUOTES = {
    "’": "'",
    "‘": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    "`": "'",
    "´": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',
    "«": '"',
    "»": '"',
}
# Whitespace (what str.split splits on) other than the space and the newline, listed
# rather than written as [^\S \n], which is slower to search for (a test checks the list).
ODD_SPACE = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
# A link target left in a line: a web address, a site path in brackets ("News (/news/)"),
# a percent-escape or a URL slug of five or more parts ("the-agency-signs-new-deal").
_LINK = re.compile(r"https?://|www\.|[(<\[]/[^\s)>\]]*[)>\]]|%[0-9A-Fa-f]{2}|\w+(?:[-/]\w+){4}")
# A token that is only a separator: "|", "—", "-", "/", "•", "%".
_SEPARATORS = re.compile(r"(?:^| )[|—–\-/•·%*>]+(?= |$)")
_TRAILING = " .!?…:;,"  # punctuation ignored at the end of a line

_LONG_WORDS = 8  # a line this many words long repeats anywhere
_LONG_CHARS = 40  # ... or this many characters long
_TITLE_WORDS = 3  # a short line repeated right after itself needs this many words
# A distant repeat of a line shorter than this goes only inside a run of repeats
# (a page captured twice); alone it may be a refrain, a recurring interview
# question or an embed's attribution line that the article really repeats.
_PARAGRAPH_WORDS = 20
_NEAR_RUN = 3  # a run of repeats this close to another one is part of a repeated structure
_QUOTED_CHARS = 40  # the first copy is quoted in the reason up to this many characters


def line_key(text: str) -> str:
    """The comparison key of a line: spaces, case, quotes and end punctuation folded.

    >>> line_key("  He said: “Enough.” ") == line_key('he said: "enough."')
    True
    """
    return line_keys([" ".join(text.split())])[0]


def line_keys(texts: Sequence[str]) -> list[str]:
    """The :func:`line_key` of each of ``texts`` (lines without newlines), computed in one go.

    Every step works character by character, so it runs once on the lines
    joined by newlines instead of once per line.

    >>> line_keys(["Big News  Today!", "“Quoted”"])
    ['big news today', '"quoted"']
    """
    if not texts:
        return []
    joined = "\n".join(texts)
    if (
        "  " in joined
        or "\n " in joined
        or " \n" in joined
        or joined[:1] == " "
        or joined[-1:] == " "
        or ODD_SPACE.search(joined)
    ):  # some line has whitespace to collapse
        joined = "\n".join(" ".join(text.split()) for text in texts)
    # One replace() per quote present: far faster than str.translate on non-ASCII text.
    for quote_char, plain in _QUOTES.items():
        if quote_char in joined:
            joined = joined.replace(quote_char, plain)
    return [key.rstrip(_TRAILING) for key in joined.casefold().split("\n")]


@rule(kind="filter")
def drop_duplicates(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop repeated paragraphs and a title repeated on the next line, keeping the first copy.

    A line of 8+ words or 40+ characters goes when it repeats the line right
    before it; when it is running text (see
    :func:`~cleanwire.rules.shapes.running_text`) and has 20+ words or
    repeats an earlier line inside a run of repeats (a body captured twice);
    and, if it is not running text, when its run of repeats is a copied block
    with no other repeat within three lines of it, or when it carries a link
    target. A shorter line goes only when it repeats the line right before it
    and has at least three words. Left alone: a lone distant repeat of a short
    paragraph (a refrain, a recurring interview question) and the items of a
    structure the article repeats (a meal plan's "Portions: 1 Green, 1 Red"
    under each day). Lines dropped by earlier filters are never the first
    copy. Line numbers in reasons count from 1 in the text the filters see.

    >>> drop_duplicates("Big News Today\\nBig News Today\\nBuy Now\\nItem\\nBuy Now")
    'Big News Today\\nBuy Now\\nItem\\nBuy Now'
    """
    lines = list(doc.content())
    keys = line_keys([line.text for line in lines])
    # A line whose key occurs once neither repeats a line nor is repeated (and is kept):
    # only the lines with repeated keys are walked, in order.
    repeated = {key for key, n in Counter(keys).items() if n > 1 and key}
    if not repeated:
        return
    # Where each key occurs first (built in C: later pairs overwrite, and the pairs run
    # backwards); a line repeats an earlier one when its key occurs first before it.
    first_at = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))
    copied = _copied_runs(keys, first_at)
    first: dict[str, int] = {}
    after: dict[int, tuple[str | None, int]] = {}  # position -> the last kept (key, line) once it is done
    for pos in [pos for pos, key in enumerate(keys) if key in repeated]:
        line, key = lines[pos], keys[pos]
        before = pos - 1  # the line before with a key: the last kept one is it, or as after it
        while before >= 0 and not keys[before]:
            before -= 1
        if before < 0:
            prev_key, prev_index = None, -1
        else:
            prev_key, prev_index = after.get(before, (keys[before], lines[before].index))
        # A key has single spaces only (casefold makes no whitespace): words = spaces + 1,
        # less the separators that are no words ("Pos | Player | Stats", "— Name").
        words = key.count(" ") + 1 - len(_SEPARATORS.findall(key))
        long = len(line.text.strip()) >= _LONG_CHARS or words >= _LONG_WORDS
        in_run = (pos > 0 and first_at[keys[pos - 1]] < pos - 1) or (
            pos + 1 < len(keys) and first_at[keys[pos + 1]] < pos + 1
        )
        if (
            long
            and key in first
            and (
                key == prev_key
                or (in_run and (copied[pos] or _LINK.search(line.text) is not None))
                or ((words >= _PARAGRAPH_WORDS or in_run) and running_text(line.text))
            )
        ):
            j = first[key]
        elif not long and key == prev_key and words >= _TITLE_WORDS:
            j = prev_index
        else:
            first.setdefault(key, line.index)
            after[pos] = (key, line.index)
            continue
        after[pos] = (prev_key, prev_index)
        yield Drop(
            line.index, line.index, f'repeats line {j + 1} ("{quote(doc.lines[j].text, _QUOTED_CHARS)}")'
        )


def _copied_runs(keys: list[str], first_at: dict[str, int]) -> list[bool]:
    """For each line, whether it lies in a run of repeats that stands alone: a copied block.

    A run is a stretch of consecutive lines that each repeat an earlier line.
    A block captured twice (a menu in the header and the footer, a body and
    its print copy) comes back as one such run. A structure the article
    repeats on purpose (a meal plan per day, a recipe per variant, a form per
    contestant) interleaves repeats with lines that differ, so another run
    starts within a few lines before or after: such runs are not copies.
    """
    n = len(keys)
    rep = [bool(key) and first_at[key] < i for i, key in enumerate(keys)]
    out = [False] * n
    i = 0
    while i < n:
        if not rep[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and rep[j + 1]:
            j += 1
        near = any(rep[max(0, i - 1 - _NEAR_RUN) : max(0, i - 1)]) or any(rep[j + 2 : j + 2 + _NEAR_RUN])
        if not near:
            out[i : j + 1] = [True] * (j + 1 - i)
        i = j + 1
    return out
