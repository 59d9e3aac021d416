"""Broken and invisible characters.

Scraped text often went through a wrong decode somewhere (UTF-8 bytes read as
cp1252 or Latin-1: ``donâ€™t``, ``cafÃ©``) and carries characters nobody sees
(zero-width spaces, BOMs, soft hyphens, stray control characters) that break
search, deduplication and tokenisation. These rules repair the first and
remove the second. They never normalise, fold or "prettify" correct text:
curly quotes, dashes, accents, ligatures, full-width forms and every script
stay exactly as they are. The mojibake machinery (gate, ftfy set-up, the
per-line choice of repair, narrow edits) lives in :mod:`cleanwire.rules.mojibake`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from ..context import Context
from ..rule import Edit, rule
from .mojibake import SUSPECT, ftfy_fix, line_edits, repair_line


@rule(kind="repair")
def fix_mojibake(text: str, ctx: Context) -> Iterator[Edit]:
    """Repair mojibake: UTF-8 text that was decoded as cp1252 or Latin-1.

    A compiled pattern looks for a UTF-8 lead byte shown as Â/Ã/â/Ð/Ø...
    followed by cp1252/Latin-1 continuation characters, or a C1 control; only
    a document where it finds one goes to ftfy, first as a whole (a whole
    document carries more evidence than a short line). Only lines where the
    pattern finds a sequence are edited. A line that still shows one after
    the whole-document repair is re-decoded whole, or else repaired by ftfy on
    its own (see :func:`~cleanwire.rules.mojibake.repair_line`): on a page
    that mixes scripts, Cyrillic or Hangul text next to mojibake of it, the
    whole page cannot be re-decoded at once. A repair that would glue a
    stray letter of another script to a Latin word is refused ("perché”…" is
    correct, not "perch锅"). ftfy is set to repair encodings only: no quote
    uncurling, width or ligature folding, Unicode normalisation, HTML
    unescaping or control-character removal. Edits are narrowed to the
    changed characters, each with the wrong decode that explains it.

    Leaves alone: lines without a mojibake sequence, correct text in any
    script, curly quotes, dashes, ligatures, full-width forms and emoji. "Â£"
    is treated as mojibake of "£".

    >>> fix_mojibake("Donâ€™t go to the cafÃ©.")
    'Don’t go to the café.'
    >>> fix_mojibake("Don’t go to the café.")
    'Don’t go to the café.'
    >>> fix_mojibake("Ð’ Ð¼Ð¾ÐµÐ¹ Ñ\\x81ÐµÐ¼ÑŒÐµ.\\nВ моей семье.")
    'В моей семье.\\nВ моей семье.'
    """
    if SUSPECT.search(text) is None:
        return
    fixed = ftfy_fix()(text)
    old_lines = text.split("\n")
    new_lines = fixed.split("\n")
    if len(old_lines) != len(new_lines):  # never seen: a fix that joins or splits lines
        new_lines = old_lines  # repair line by line instead
    several = len(old_lines) > 1
    pos = 0
    for old, whole in zip(old_lines, new_lines, strict=True):
        if SUSPECT.search(old) is not None:  # a line without mojibake signs is never touched
            new = repair_line(old, whole, alone=several)
            if new != old:
                yield from line_edits(pos, old, new)
        pos += len(old) + 1


# Invisible characters removed, by name. Deliberately absent: ZWJ U+200D and
# ZWNJ U+200C (they build emoji sequences and change how Persian, Arabic and
# Indic words are shaped), bidi marks and isolates U+200E/F, U+202A-E,
# U+2066-9, U+061C (they fix the display order of numbers and Latin words in
# Arabic and Hebrew text), variation selectors and tag characters (emoji),
# U+180E (Mongolian), and \t \n \r \v \f (whitespace: the space rules turn
# \v and \f into a space; deleting them would glue words together).
_NAMES = {
    "\u00ad": "soft hyphen U+00AD",
    "\u200b": "zero-width space U+200B",
    "\u2060": "word joiner U+2060",
    "\ufeff": "byte order mark / zero-width no-break space U+FEFF",
    "\ufffc": "object replacement character U+FFFC",
}
# Runs of characters to remove: C0 controls except \t \n \v \f \r, DEL, C1
# controls, soft hyphen, zero-width space, word joiner and the invisible math
# operators U+2061-4, the deprecated format characters U+206A-F, BOM, and the
# object replacement character (a placeholder for an embedded image).
_INVISIBLE_CHAR = "[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\u2060-\u2064\u206a-\u206f\ufeff\ufffc]"
# One character, then the rest of the run: written so rather than as "[...]+" because a
# pattern that starts with a plain character class lets the engine skip ahead fast.
_INVISIBLE = re.compile(f"{_INVISIBLE_CHAR}{_INVISIBLE_CHAR}*")


def _name(c: str) -> str:
    """A readable name for an invisible character."""
    if c in _NAMES:
        return _NAMES[c]
    code = f"U+{ord(c):04X}"
    if c < "\xa0":
        return f"control character {code}"
    return f"{unicodedata.name(c, 'format character').lower()} {code}"


def is_invisible(c: str) -> bool:
    """Whether :func:`remove_invisible_chars` removes the character ``c``.

    >>> is_invisible("\\u200b"), is_invisible("\\u200d")
    (True, False)
    """
    return _INVISIBLE.fullmatch(c) is not None


def invisible_reason(chars: str) -> str:
    """The reason given for removing the run ``chars`` of invisible characters."""
    counts = Counter(chars)
    listed = ", ".join(_name(c) if n == 1 else f"{_name(c)} ×{n}" for c, n in counts.items())
    return f"invisible character: {listed}"


@rule(kind="repair")
def remove_invisible_chars(text: str, ctx: Context) -> Iterator[Edit]:
    """Remove zero-width spaces, BOMs, soft hyphens, word joiners and control characters.

    Control characters are C0 (except tab, newlines, vertical tab and form feed,
    which the space rules handle), DEL and C1. Keeps ZWJ and ZWNJ (emoji
    sequences, Persian and Indic spelling) and bidi marks (display order in
    right-to-left text).

    >>> remove_invisible_chars("zero\\u200bwidth\\u00adspace\\ufeff")
    'zerowidthspace'
    >>> remove_invisible_chars("👩\\u200d💻 می\\u200cخواهم")
    '👩\\u200d💻 می\\u200cخواهم'
    """
    for m in _INVISIBLE.finditer(text):
        yield Edit(m.start(), m.end(), "", invisible_reason(m.group()))
