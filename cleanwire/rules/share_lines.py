"""Share and follow lines: "Share on Facebook", "Facebook Twitter WhatsApp Email".

A row of share buttons comes out of a scraper as a line of share phrases and
network names. A line goes only when all its words are share phrases, network
names and small connectors (language data in
``cleanwire/lexicons/navigation.<lang>.txt``); sentences about sharing stay
("He shared the post on Facebook."). A follow line names what to follow
between its share word and its networks ("Follow the Opinion section on
Facebook, Twitter (@handle) and Instagram."): it goes when it opens with a
one-word share phrase, names at most eight words, and ends in nothing but
networks, connectors and @handles.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Document
from ..lexicon import WORD, fold, folded_words
from ..rule import Drop, rule
from .nav_words import NavLexicon, navigation_lexicon
from .scan import folded, lines_matching

__all__ = ["drop_share_lines", "follow_line", "share_parts"]

_FOLLOW_NAME = 8  # words naming what to follow, at most
_TOKEN_PUNCT = "()[],.;:!?\"'“”‘’"


def share_parts(text: str, lex: NavLexicon, max_words: int) -> tuple[int, int] | None:
    """``(share phrases, networks)`` when a line is made only of share words, else None.

    >>> from cleanwire.rules.nav_words import nav_lexicon
    >>> share_parts("Share on Facebook", nav_lexicon(("en",)), 12)
    (1, 1)
    >>> share_parts("He shared the post on Facebook.", nav_lexicon(("en",)), 12) is None
    True
    """
    if len(text) > 30 * max_words:  # too long for a row of buttons; spares tokenising a huge line
        return None
    first = WORD.search(text)
    if first is None:
        return None
    head = fold(first.group())
    if not head.isdigit() and head not in lex.share:
        return None  # the first word is neither a number nor the start of a share phrase
    words = list(folded_words(text))
    if not words or len(words) > max_words:
        return None
    for suffix in lex.suffixes:
        if len(words) > len(suffix) and tuple(words[-len(suffix) :]) == suffix:
            del words[-len(suffix) :]
            break
    shares = networks = i = 0
    while i < len(words):
        if words[i].isdigit():
            i += 1
            continue
        for phrase, category in lex.share.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                shares += category == "share"
                networks += category == "network"
                i += len(phrase)
                break
        else:
            return None
    return shares, networks


def follow_line(text: str, lex: NavLexicon) -> bool:
    """Whether a line is "<share word> <what> on <networks>": a follow prompt naming an account.

    >>> from cleanwire.rules.nav_words import nav_lexicon
    >>> lex = nav_lexicon(("en",))
    >>> follow_line("Follow the Opinion section on Facebook, Twitter (@opinion) and Instagram.", lex)
    True
    >>> follow_line("Follow her on Twitter @janedoe or on Facebook.", lex)
    True
    >>> follow_line("Follow the money on Facebook, critics said.", lex)
    False
    """
    tokens = [t.strip(_TOKEN_PUNCT) for t in text.split()]
    tokens = [t for t in tokens if t]
    if len(tokens) < 3 or len(tokens) > _FOLLOW_NAME + 12:
        return False
    if ((fold(tokens[0]),), "share") not in lex.share.get(fold(tokens[0]), ()):
        return False  # not opened by a one-word share phrase ("Follow", "Share")
    tail = len(tokens)
    networks = 0
    while tail > 1:  # the longest end made of networks, connectors and handles
        token = tokens[tail - 1]
        kinds = {category for phrase, category in lex.share.get(fold(token), ()) if len(phrase) == 1}
        if token.startswith("@") or "connector" in kinds:
            tail -= 1
        elif "network" in kinds:
            networks += 1
            tail -= 1
        else:
            break
    return networks > 0 and 1 < tail <= 1 + _FOLLOW_NAME


@rule(kind="filter", options={"max_words": 12})
def drop_share_lines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Remove share and follow lines: "Share on Facebook", "Facebook Twitter WhatsApp Email".

    A line goes when all its words (at most ``max_words``) are share phrases,
    network names and small connectors, with at least one share phrase or two
    networks; a line with a single network name goes only next to another such
    line. Sentences about sharing stay ("He shared the post on Facebook.").

    >>> drop_share_lines("The vote is on Sunday.\\nShare this article\\nFacebook\\nTwitter", lang="en")
    'The vote is on Sunday.\\n'
    """
    lex = navigation_lexicon(ctx)
    lines = list(doc.content())
    max_words = ctx.options["max_words"]
    text = folded(doc, ctx)
    # Only a line whose first word opens a share phrase or is a number can be a share line.
    heads = None if text is None else {line.index for line in lines_matching(doc, lex.share_head, text)}
    judged: dict[str, tuple[int, int] | None] = {}  # repeated lines are judged once
    parts: list[tuple[int, int] | None] = []
    for line in lines:
        if heads is not None and line.index not in heads:
            parts.append(None)
            continue
        if line.text not in judged:
            found = share_parts(line.text, lex, max_words)
            if found is None and follow_line(line.text, lex):
                found = (1, 1)
            judged[line.text] = found
        parts.append(judged[line.text])
    lone = [p is not None and p[0] == 0 and p[1] == 1 for p in parts]
    for k, (line, p) in enumerate(zip(lines, parts, strict=True)):
        if p is None or p == (0, 0):
            continue
        text = line.text.strip()
        if not lone[k]:
            yield Drop(line.index, line.index, f'share/follow line ("{text}")')
        elif (k > 0 and parts[k - 1] not in (None, (0, 0))) or (
            k + 1 < len(lines) and parts[k + 1] not in (None, (0, 0))
        ):
            yield Drop(line.index, line.index, f'share button among share buttons ("{text}")')
