"""Headline tickers: other stories' headlines run together into one long line.

A scraper that takes all text of a page also takes the ticker of other
headlines that runs across its top: one long line with almost no sentence ends
and none at its end, often with a bullet at its start and ".." or "|" between
the headlines. Real paragraphs end with punctuation and have commas.
Deliberately left alone: a whole page glued into one line (many sentence
ends, thousands of words) and a long sentence that lost its full stop.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Document
from ..rule import Drop, rule

# A bullet at the start of a line: "- ", "• ", "▪ ", "► ".
_BULLET = re.compile(r"^\s*[-–—•*·▪►◦»>|]+\s*")
# The end of a sentence followed by the start of the next, glued or not; a
# double dot ("chaos.. Two") joins headlines and is not a sentence end.
_SENTENCE_END = re.compile(r"(?<!\.)[.!?…](?!\.)[\"”’)\]]*\s*[\"“(]?[^\W\d_]")
# The last visible character of a line that ends the way sentences, quotes and captions end.
_TERMINAL = frozenset('.!?…:;"”’»)]')
# Headlines joined by a double dot ("chaos.. Two"), a pipe or a bullet.
_JOINT = re.compile(r"\w\.\.(?!\.)|\s[|•·]\s")

__all__ = ["drop_headline_ticker", "ticker_features"]


def ticker_features(text: str, min_words: int, words_per_end: int, max_ends: int = 3) -> list[str] | None:
    """The headline-ticker features of a line, or None when it cannot be a ticker.

    A candidate is long, has no terminal punctuation and few sentence ends for
    its length; the features are what it has of: a leading bullet, headlines
    joined by ".." or "|", few commas, mostly capitalised words.

    >>> ticker_features("A short line", 30, 25) is None
    True
    """
    if (len(text) + 1) // 2 < min_words:  # no room for min_words words and the spaces between them
        return None
    if text.rstrip()[-1:] in _TERMINAL:
        return None
    words = text.split()
    if len(words) < min_words:
        return None
    ends = len(_SENTENCE_END.findall(text))
    if ends > max_ends or len(words) < words_per_end * (ends + 1):
        return None
    features = []
    if _BULLET.match(text):
        features.append("bullet start")
    joints = len(_JOINT.findall(text))
    if joints:
        features.append(f'{joints} ".." or "|" joints')
    commas = text.count(",")
    if commas * 100 < 3 * len(words):
        features.append(f"{commas} comma{'s' * (commas != 1)}")
    capitals = sum(w[0].isupper() for w in words)
    if capitals * 10 >= 3 * len(words):
        features.append(f"{capitals} of {len(words)} words capitalised")
    return [f"{len(words)} words, {ends} sentence ends, no final punctuation", *features]


@rule(
    kind="filter",
    options={"min_words": 40, "max_words": 300, "max_ends": 3, "words_per_end": 25, "min_features": 2},
)
def drop_headline_ticker(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Remove a ticker: one long line of headlines run together without sentence ends.

    The line has ``min_words`` to ``max_words`` words, at most ``max_ends``
    sentence ends and one per ``words_per_end`` words, no terminal punctuation,
    and at least ``min_features`` of (one of the first two required): a
    bullet start, ".."/"|" joints, few commas, mostly capitalised words.
    Real paragraphs end with punctuation and have commas.
    Deliberately left alone: a whole page glued into one line (many sentence
    ends, thousands of words) is unsegmented input, not a ticker.

    >>> drop_headline_ticker("- Floods.. Two dead in storm Mayor Opens New Bridge Over River Council "
    ...     "Approves Budget For Next Year Police Arrest Three After Raid On Farm Schools Close As "
    ...     "Snow Hits North Talks Resume On Port Deal Fans Welcome Return Of Local Team\\n"
    ...     "The storm hit on Monday.")
    'The storm hit on Monday.'
    """
    opts = ctx.options
    shortest = 2 * opts["min_words"] - 1  # min_words words and a space between each two
    for line in doc.content():
        if len(line.text) < shortest:
            continue
        n_words = line.text.count(" ") + 1
        if n_words > opts["max_words"]:
            continue
        features = ticker_features(line.text, opts["min_words"], opts["words_per_end"], opts["max_ends"])
        # A structural sign is required: few commas and many capitals alone also
        # describe a long sentence that lost its full stop.
        structural = features is not None and any(
            f == "bullet start" or f.endswith('".." or "|" joints') for f in features
        )
        if features is not None and structural and len(features) - 1 >= opts["min_features"]:
            yield Drop(line.index, line.index, "headline ticker (" + "; ".join(features) + ")")
