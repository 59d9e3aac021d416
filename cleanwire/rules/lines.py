"""Line repairs: put sentence and paragraph boundaries back where scrapers moved them.

Scrapers break lines in two characteristic wrong ways. Some break right after
an abbreviation's period, as if it ended the sentence ("on Oct.\\n14, the
council said."); :func:`join_split_abbreviations` joins such lines. Others
concatenate paragraphs and lose the separator ("the council said.Officials
were told"); :func:`split_glued_sentences` puts each glued sentence on its
own line, following the output convention of one paragraph per line.

Both rules run on the whole text after the markup and whitespace repairs, the
join first. Deliberately not here: rejoining hard-wrapped lines in general
(a line that ends mid-sentence without an abbreviation), and splitting text
that has no sentence punctuation at the seam ("next monthThank you").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..context import Context
from ..lexicon import entries
from ..rule import Edit, rule

# --- join_split_abbreviations -----------------------------------------------

# Characters that may stand right before a token (whitespace aside): opening
# brackets and quotes, so "(Nov.\n28)" still finds "Nov.".
_OPEN = "(\\[{\"“‘«„'"
# A short token ending in "." at the end of a line, then the line break (with
# any spaces or tabs around it) and a non-blank next line. The token may not
# start with an opening bracket or quote, so it starts after them. Found in two
# steps so that the engine can search for the literal ".": the full stop and
# the line break, then the token, searched back from the full stop.
_DOT_BREAK = re.compile(r"\.([ \t]*\n[ \t]*)(?=\S)")
_TOKEN_TO_DOT = re.compile(rf"(?<![^\s{_OPEN}])[^\s{_OPEN}]{{0,15}}\.\Z")


@dataclass(frozen=True)
class _Abbreviations:
    """The abbreviation lexicon: every entry, and when each may precede a name."""

    all: frozenset[str]
    # abbreviation -> languages in which a capitalised word may follow it;
    # None means in every language.
    names: dict[str, frozenset[str] | None]


@functools.cache
def _abbreviations() -> _Abbreviations:
    """Load ``lexicons/abbreviations.txt`` once."""
    abbreviations: set[str] = set()
    names: dict[str, frozenset[str] | None] = {}
    for entry in entries("abbreviations"):
        parts = entry.split()
        abbreviations.add(parts[0])
        if len(parts) > 1 and parts[1] == "name":
            names[parts[0]] = None
        elif len(parts) > 1 and parts[1].startswith("name="):
            names[parts[0]] = frozenset(parts[1][5:].split(","))
    return _Abbreviations(frozenset(abbreviations), names)


@rule(kind="repair")
def join_split_abbreviations(text: str, ctx: Context) -> Iterator[Edit]:
    """Join a line that ends with an abbreviation to the line that continues it.

    The abbreviation must be one that rarely ends a sentence (months such as
    "Nov.", "Nr.", "vol.", "z.B.", titles such as "Mr.", "Dr.", "Mme.", "Dott.";
    see ``lexicons/abbreviations.txt``), and the next line must plainly continue
    the sentence: it starts with a digit or a lowercase letter, or, after a
    title that stands before a name, with a capital. The line break and any
    spaces around it become one space.

    Leaves alone: abbreviations that often end a sentence ("etc.", "Inc.",
    "U.S."), lines ending in an ordinary word and a period, a next line that
    starts with anything else, and paragraphs separated by a blank line.

    >>> join_split_abbreviations("her visit to Tampere on Oct.\\n14, the council said.")
    'her visit to Tampere on Oct. 14, the council said.'
    >>> join_split_abbreviations("Sales rose in the U.S.\\nThe dollar fell.")
    'Sales rose in the U.S.\\nThe dollar fell.'
    """
    if "." not in text:
        return
    lex = _abbreviations()
    for m in _DOT_BREAK.finditer(text):
        dot = m.start()
        token = _TOKEN_TO_DOT.search(text, max(dot - 15, 0), dot + 1)
        if token is None:
            continue  # the word before the full stop is too long
        abbr = token.group()
        if abbr not in lex.all:
            continue
        first = text[m.end()]
        if not (first.isdigit() or first.islower()):
            if not first.isupper() or abbr not in lex.names:
                continue
            langs = lex.names[abbr]
            if langs is not None and ctx.lang not in langs:
                continue
        yield Edit(m.start(1), m.end(1), " ", f'line broken after the abbreviation "{abbr}"')


# --- split_glued_sentences --------------------------------------------------

# The seam of two glued sentences: the end of a word of two or more lowercase
# letters (or a closing bracket or quote), one full stop or up to three "!"/"?"
# (never an ellipsis), an optional closing quote or bracket (group c), an
# optional opening quote (group o), then the next sentence's first word: a
# capital followed by a lowercase letter, a space ("A", "I") or an apostrophe
# ("I’m", "L’Oréal"); after an opening quote any capital will do. Every part
# looks at most a few characters around the stop, so the scan stays linear.
_GLUED = regex.compile(
    r"(?<=\p{Ll}\p{Ll}|[)\]”\"’'])(?P<p>\.|[!?]{1,3})(?![.!?])"
    r"(?P<c>[”’')\]\"])?(?P<o>[“‘«„\"])?"
    r"(?=(?(o)\p{Lu}|\p{Lu}(?:\p{Ll}|[ \t]|['’]\p{L})))"
)
# The letters of the word that ends right before the seam (searched in a short
# window that ends at the seam).
_WORD_BEFORE = regex.compile(r"\p{L}+\Z")
# The letters of the word that starts right after the seam, and what follows it.
_WORD_AFTER = regex.compile(r"(?P<word>\p{L}+)(?P<chain>\.\w)?")
# The last whitespace character before a position (reverse search).
_LAST_SPACE = regex.compile(r"(?r)\s")
# The first whitespace character after a position.
_NEXT_SPACE = re.compile(r"\s")
# Inside a token (a run of non-space characters) holding any of these, a
# "word.Word" seam is part of a URL, path, e-mail address or query, not prose.
_NOT_PROSE = re.compile(r"://|@|www\.|[/\\=]")
# Top-level domains that are not everyday sentence-initial words ("example.Com").
# (Space-separated words: a set literal would take one line per entry.)
_TLDS = frozenset(
    "com org net edu gov mil int info biz io ru ua uk cn jp fr eu nz ch pl br tv cc ly xyz".split()  # noqa: SIM905
)
# File-name extensions ("Report.Pdf", "setup.Py").
_EXTENSIONS = frozenset(
    """pdf doc docx xls xlsx ppt pptx odt ods rtf txt csv tsv json xml yaml yml html htm xhtml
    php asp aspx jsp cgi py js ts css java rb sh exe dll apk zip rar gz tgz bz2 jpg jpeg png
    gif bmp svg webp tif tiff mp3 mp4 wav avi mov mkv flv wmv md ini cfg epub""".split()  # noqa: SIM905
)
_OPENING_QUOTES = '“‘«„"'
_QUOTE_CONTEXT = 30  # letters of each glued word quoted in the reason, at most


@rule(kind="repair")
def split_glued_sentences(text: str, ctx: Context) -> Iterator[Edit]:
    """Put a newline between two sentences glued without a space ("said.Officials").

    A seam is a word of two or more lowercase letters (any cased script) or a
    closing bracket or quote, then ".", "!" or "?" (and maybe a closing quote),
    then the next sentence's first word, capitalised or after an opening
    quote. The newline goes after the punctuation and closing quote, so each
    glued sentence becomes its own paragraph.

    Leaves alone: URLs, domains, e-mail addresses and paths (any token with
    "://", "@", "www.", "/", "\\\\" or "="; "example.Com"; dotted chains such as
    "news.Google.com"), file names ("Report.Pdf"), decimals and version
    numbers ("3.5", "v2.0.1"), initials and abbreviations ("U.S.", "J.R.R.",
    "Dr.Smith", "St.Petersburg", "e.g.Something", "No.One", and titles from
    the abbreviation lexicon such as "Mrs.Smith"), ellipses ("wait...What",
    "Markets..Oil": often a deliberate separator in tickers and headlines),
    and seams without punctuation ("next monthThank you"). "Yahoo!Japan" is
    split: "!" glued to a capital is far more often "Thank you!Your".

    >>> split_glued_sentences("The harbour board said.Officials were told to wait.")
    'The harbour board said.\\nOfficials were told to wait.'
    >>> split_glued_sentences("See www.Example.com or Dr.Smith, version 2.0.1.")
    'See www.Example.com or Dr.Smith, version 2.0.1.'
    """
    if "." not in text and "!" not in text and "?" not in text:
        return
    names = _abbreviations().names
    tok_end = 0  # end of the token examined last, and whether it is prose
    tok_prose = True
    quote_pos = 0  # straight double quotes counted on the current line up to quote_pos
    quotes = 0
    for m in _GLUED.finditer(text):
        p, q = m.start(), m.end()
        if p >= tok_end:
            space = _LAST_SPACE.search(text, tok_end, p)
            tok_start = space.end() if space else tok_end
            after = _NEXT_SPACE.search(text, q)
            tok_end = after.start() if after else len(text)
            tok_prose = _NOT_PROSE.search(text, tok_start, tok_end) is None
        if not tok_prose:
            continue
        # Split before an opening quote, after a closing one. A straight double
        # quote right after the punctuation closes a quote when an odd number
        # of them precede it on the line, else it opens the next sentence.
        stop, close, opener = m.group("p", "c", "o")
        cut = q - 1 if opener else q
        if close == '"':
            c = p + len(stop)
            newline = text.rfind("\n", quote_pos, c)
            if newline >= 0:
                quotes, quote_pos = 0, newline + 1
            quotes += text.count('"', quote_pos, c)
            quote_pos = c
            if quotes % 2 == 0:
                if opener:
                    continue  # two quotes after the stop: unclear, keep
                cut = c
        opened = text[cut] in _OPENING_QUOTES
        left = _WORD_BEFORE.search(text, max(p - _QUOTE_CONTEXT, 0), p)
        right = _WORD_AFTER.match(text, cut + 1 if opened else cut)
        if stop == "." and not _sentence_seam(text, left, right, opened, names):
            continue
        if left is None:  # a closing bracket or quote: quote the word inside it too
            left = _WORD_BEFORE.search(text, max(p - 1 - _QUOTE_CONTEXT, 0), p - 1)
        lo = left.start() if left else p - 1
        hi = right.start() + min(len(right.group("word")), _QUOTE_CONTEXT) if right else cut + 1
        yield Edit(cut, cut, "\n", f'glued sentences: "{text[lo:hi]}"')


def _sentence_seam(
    text: str,
    left: regex.Match[str] | None,
    right: regex.Match[str] | None,
    opened: bool,
    names: dict[str, frozenset[str] | None],
) -> bool:
    """Whether "left.Right" at a full stop ends a sentence rather than a title, domain or file name."""
    if left is None:
        return True  # a closing bracket or quote before the stop: "(AFP).The"
    if left.group() + "." in names:
        return False  # "Mrs.Smith", "Prof.Jones", "vs.Arsenal"
    if left.start() > 0 and text[left.start() - 1] == ".":
        return False  # dotted chain before: "mail.example.Com"
    if right is None or opened:
        return True
    if right.group("chain"):
        return False  # dotted chain after: "news.Google.com"
    word = right.group("word").lower()
    return word not in _TLDS and word not in _EXTENSIONS
