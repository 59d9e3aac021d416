"""Glued sentences: put back the break a scraper lost between two sentences.

Scrapers that concatenate paragraphs drop the separator: "the council
said.Officials were told". :func:`split_glued_sentences` puts each glued
sentence on its own line, following the output convention of one paragraph
per line. (It is re-exported by :mod:`cleanwire.rules.lines`, the line-repair
family it belongs to.)

A compiled pattern finds the candidates: sentence punctuation between the end
of a word and the start of a capitalised one. A few cheap checks on the word
before and the word after then throw out everything that only looks like a
seam: URLs, domains, e-mail addresses, file names, decimals and version
numbers, list numbers, initials, abbreviations and ellipses. Each check looks
at a few characters around the seam, so the rule stays linear in its input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..context import Context
from ..rule import Edit, rule
from .abbreviations import abbreviations

# A seam. Right before the stop: a letter, a combining mark, a digit, a
# closing bracket or quote, or "!"/"?" after a letter or digit ("Yahoo!.Cutting";
# not "said. ??Home? is", where "?" stands for lost quotes); before a full stop
# not a one-letter word (an initial: "J.Smith", "U.S.Army"). Group p: one full stop or up to three "!"/"?"
# (never part of an ellipsis); c: a closing quote or bracket; o: an opening
# quote or bracket ("«" maybe with a space after it, Spanish "¿" and "¡").
# Then the next word: after an opener a capital; else a capital followed by a
# letter, a space ("A", "I") or an apostrophe ("I’m", "L’Oréal"), or one
# lowercase letter, a capital and a lowercase letter ("iPhone", "eBay"). One
# character class before the stop and a few characters after it: linear.
_GLUED = regex.compile(
    r"(?<=[\p{L}\p{M}\d)\]”\"’'»]|[\p{L}\p{M}\d][!?])(?P<p>(?<!(?<![\p{L}\p{M}\d'’])\p{L})\.|[!?]{1,3})(?![.!?…])"
    r"(?P<c>[”’')\]\"])?(?P<o>«[ \u00a0\u202f]?|[“‘„\"(\[¿¡])?"
    r"(?=(?(o)\p{Lu}|(?:\p{Lu}(?:\p{L}|[ \t]|['’]\p{L})|\p{Ll}\p{Lu}\p{Ll})))"
)
# The word (letters, marks, digits, apostrophes) that ends right before the
# stop: matched backwards from the stop, in a short window that ends there.
_WORD_BEFORE = regex.compile(r"(?r)[\p{L}\p{M}\d'’]+")
# The word that starts right after the seam.
_WORD_AFTER = regex.compile(r"[\p{L}\p{M}]+")
# One letter (maybe with combining marks): an initial.
_INITIAL = regex.compile(r"\p{L}\p{M}*")
# The last whitespace character before a position (reverse search).
_LAST_SPACE = regex.compile(r"(?r)\s")
# The first whitespace character after a position.
_NEXT_SPACE = re.compile(r"\s")
# Inside a token (a run of non-space characters) holding any of these, a
# "word.Word" seam is part of a URL, path, e-mail address or query, not prose.
_NOT_PROSE = re.compile(r"://|@|www\.|[/\\=]")
# Top-level domains that are not everyday sentence-initial words ("example.Com",
# "example.COM"); country codes count only when not all capitals ("said.UK
# officials", "said.EU leaders"). "io", "eu" and "mil" are left out: "Io", "Eu"
# and "Mil" start Italian, Portuguese and Spanish sentences. (Space-separated
# words: a set literal would take one line per entry.)
_GENERIC_TLDS = frozenset("com org net edu gov int info biz xyz".split())  # noqa: SIM905
_COUNTRY_TLDS = frozenset("ru ua uk cn jp fr nz ch pl br tv cc ly".split())  # noqa: SIM905
# File-name extensions ("Report.Pdf", "setup.Py"); not "ini" or "java", which
# are also words ("Ini" starts Indonesian sentences).
_EXTENSIONS = frozenset(
    """pdf doc docx xls xlsx ppt pptx odt ods rtf txt csv tsv json xml yaml yml html htm xhtml
    php asp aspx jsp cgi py js ts css rb sh exe dll apk zip rar gz tgz bz2 jpg jpeg png
    gif bmp svg webp tif tiff mp3 mp4 wav avi mov mkv flv wmv md cfg epub""".split()  # noqa: SIM905
)
# Languages that write ordinal numbers with a full stop ("am 3. Oktober", "1. FC",
# "18. století"): there a short number before the stop is an ordinal, not a sentence end.
_ORDINAL_LANGS = frozenset("de da no nb nn fi cs sk pl hu hr sl sr bs et lv lt is tr eu fo".split())  # noqa: SIM905
# Opening quotes that close a quotation in German typesetting („so.“ / ‚so.‘),
# mapped to the low quote that opens it there.
_LOW_OPENERS = {"“": "„", "‘": "‚"}
_QUOTE_WINDOW = 200  # characters looked back for the quote that opened a quotation
_QUOTE_CONTEXT = 30  # letters of each glued word quoted in the reason, at most


@rule(kind="repair")
def split_glued_sentences(text: str, ctx: Context) -> Iterator[Edit]:
    """Put a newline between two sentences glued without a space ("said.Officials").

    A seam is ".", "!" or "?" (maybe with a closing quote or bracket) between
    a word, number or closing bracket and the next sentence's first word:
    capitalised ("said.Officials", "CEO.There", "2016.Apple", "sources.VW")
    or after an opening quote or bracket. The newline goes after the
    punctuation and closing quote, before an opening one.

    Leaves alone: URLs, domains, e-mail addresses and paths (any token with
    "://", "@", "www.", "/", "\\\\" or "="; "example.Com", "mail.example.Com"),
    file names ("Report.Pdf"), decimals, version and list numbers ("3.5",
    "v2.0.1", "1.Introduction" at a line start), a number before a single
    letter ("Article 3.A"), ordinals in languages that write them with a stop
    ("am 3.Oktober"), initials ("U.S.Army", "J.Smith"), abbreviations from
    the lexicon ("Dr.Smith", "St.Petersburg", "No.One", "bzw.Die"), capitals
    on both sides ("IQ.LIGHT") and "Co.KG", ellipses ("wait...What",
    "Markets..Oil"), and seams without punctuation ("next monthThank you").
    Split on purpose: "said.Booking.com reported" (a sentence may start with
    a domain) and "Yahoo!Japan" ("!" glued to a capital is far more often
    "Thank you!Your").

    >>> split_glued_sentences("The harbour board said.Officials were told to wait.")
    'The harbour board said.\\nOfficials were told to wait.'
    >>> split_glued_sentences("See www.Example.com or Dr.Smith, version 2.0.1.")
    'See www.Example.com or Dr.Smith, version 2.0.1.'
    """
    if "." not in text and "!" not in text and "?" not in text:
        return
    tok_end = 0  # end of the token examined last, and whether it is prose
    tok_prose = True
    quote_pos = 0  # straight double quotes counted on the current line up to quote_pos
    quotes = 0
    for m in _GLUED.finditer(text):
        p, q = m.start(), m.end()
        if p >= tok_end:
            space = _LAST_SPACE.search(text, tok_end, p)
            tok_start = space.end() if space else tok_end
            next_space = _NEXT_SPACE.search(text, q)
            tok_end = next_space.start() if next_space else len(text)
            tok_prose = _NOT_PROSE.search(text, tok_start, tok_end) is None
        if not tok_prose:
            continue
        # Split before an opening quote, after a closing one. A straight double
        # quote right after the punctuation closes a quote when an odd number
        # of them precede it on the line, else it opens the next sentence.
        stop, close, opener = m.group("p", "c", "o")
        cut = m.start("o") if opener else q
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
        if opener and _closes_quotation(text, p, opener):
            opener, cut = "", q  # „Ja.“Das: the quote closes, split after it
        right = _WORD_AFTER.match(text, q)
        after = right.group() if right else ""
        if opener in ("(", "[") and not _capitalised(after):
            continue  # "rose.[1]", "said.(AFP)": a reference or credit, not a sentence
        left = _WORD_BEFORE.match(text, max(p - _QUOTE_CONTEXT, 0), p)
        if stop == "." and left is not None:
            word = left.group().lstrip("'’")
            start = left.end() - len(word)
            if word and not _sentence_seam(text, start, word, after, bool(opener), ctx):
                continue
        if left is None:  # a closing bracket or quote: quote the word inside it too
            left = _WORD_BEFORE.match(text, max(p - 1 - _QUOTE_CONTEXT, 0), p - 1)
        lo = left.start() if left else p - 1
        yield Edit(cut, cut, "\n", f'glued sentences: "{text[lo:q]}{after[:_QUOTE_CONTEXT]}"')


def _capitalised(word: str) -> bool:
    """Whether ``word`` is a capital followed by a lowercase letter ("The", "Über")."""
    return len(word) > 1 and word[0].isupper() and word[1].islower()


def _closes_quotation(text: str, p: int, opener: str) -> bool:
    """Whether the quote after the stop at ``p`` closes a German-style quotation ("„Ja.“Das", "»Ja.«Das")."""
    lo = max(p - _QUOTE_WINDOW, 0)
    newline = text.rfind("\n", lo, p)
    lo = newline + 1 if newline >= 0 else lo
    if opener in _LOW_OPENERS:
        return text.rfind(_LOW_OPENERS[opener], lo, p) > text.rfind(opener, lo, p)
    if opener == "«":  # »Ja.«: "»" opened the quotation when a letter follows it directly
        last = text.rfind("»", lo, p)
        return last > text.rfind("«", lo, p) and text[last + 1].isalpha()
    return False


def _sentence_seam(text: str, start: int, word: str, after: str, opened: bool, ctx: Context) -> bool:
    """Whether a full stop between ``word`` (at ``start``) and ``after`` ends a sentence."""
    if word.isdigit():
        return _number_seam(text, start, word, after, ctx)
    if len(word) <= 3 and _INITIAL.fullmatch(word):
        return False  # an initial: "J.Smith", "U.S.Army", "e.g.Something"
    if word + "." in abbreviations().all:
        return False  # "Mrs.Smith", "St.Petersburg", "No.One", "bzw.Die"
    if start > 0 and text[start - 1] == "." and not word[0].isupper():
        return False  # dotted chain before: "mail.example.Com", "v2.0b.Beta"
    if len(after) > 1 and after.isupper():
        if word.isupper():
            return False  # capitals on both sides: a model or product name ("IQ.LIGHT", "ID.BUZZ")
        if len(word) <= 3 and word[0].isupper():
            return False  # a short capitalised abbreviation before capitals: "Co.KG", "Jr.MD"
    return opened or not _name_part(after)


def _number_seam(text: str, start: int, digits: str, after: str, ctx: Context) -> bool:
    """Whether a number and a full stop end a sentence ("in 2016.Apple", "May 18.Neighbours")."""
    if start > 0 and text[start - 1] == ".":
        return False  # a decimal, version or date: "2.3.The", "18.11.2019.The"
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] == "\n":
        return False  # a list or section number at the start of a line: "1.Introduction"
    if not _capitalised(after):
        return False  # "1.FC", "Python 3.X", "Article 3.A": a name, version or section
    if len(digits) < 4 and ctx.lang in _ORDINAL_LANGS:
        return False  # an ordinal: "am 3.Oktober", "2.Bundesliga"
    return not _name_part(after)


def _name_part(word: str) -> bool:
    """Whether ``word`` is a top-level domain or file-name extension ("Com", "PDF"; not "UK").

    A domain after the stop is otherwise split off: a sentence may start with
    one ("said.Booking.com reported"), while a capitalised label after a
    lowercase one inside a host name ("news.Google.com") is rare in writing.
    """
    lower = word.lower()
    if lower in _EXTENSIONS or lower in _GENERIC_TLDS:
        return True
    return lower in _COUNTRY_TLDS and not word.isupper()
