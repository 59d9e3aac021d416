"""Broken and invisible characters.

Scraped text often went through a wrong decode somewhere (UTF-8 bytes read as
cp1252 or Latin-1: ``donâ€™t``, ``cafÃ©``) and carries characters nobody sees
(zero-width spaces, BOMs, soft hyphens, stray control characters) that break
search, deduplication and tokenisation. These rules repair the first and
remove the second. They never normalise, fold or "prettify" correct text:
curly quotes, dashes, accents, ligatures, full-width forms and every script
stay exactly as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from ..context import Context
from ..rule import Edit, rule

# A character that a UTF-8 continuation byte (0x80-0xBF) turns into when the
# bytes are decoded as cp1252 (the € ‚ ƒ „ ... ™ š › œ ž Ÿ row) or as Latin-1
# (C1 controls U+0080-U+009F, then U+00A0-U+00BF).
_CONT = (
    "[\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026"
    "\u2030\u2039\u203a\u20ac\u2122]"
)
# The cheap gate in front of ftfy: a UTF-8 lead byte shown as a Latin-1 letter
# followed by as many continuation characters as that lead needs (Â/Ã/Ð/Ø...
# + 1, â/ä/æ... + 2, ð + 3), or a lone C1 control (a cp1252 byte read as
# Latin-1). ß (0xDF) is left out: "groß“" is ordinary German. On clean text
# this is the only work fix_mojibake does; one leading character class, then a
# lookbehind to pick the branch, keeps it ~250 MB/s.
_SUSPECT = re.compile(
    f"[\x80-\x9f\xc2-\xde\xe0-\xf4](?:(?<=[\xc2-\xde]){_CONT}|(?<=[\xe0-\xef]){_CONT}{{2}}"
    f"|(?<=[\xf0-\xf4]){_CONT}{{3}}|(?<=[\x80-\x9f]))"
)
# Maximal runs of ASCII other than the space: mojibake and its repair are
# non-ASCII (plus, at most, a space ftfy reads back as a no-break space), so two
# lines with the same runs differ only in the stretches between them.
_WORDS = re.compile(r"([\x00-\x1f\x21-\x7f]+)")


@cache
def _ftfy_fix() -> Callable[[str], str]:
    """ftfy's whole-segment fixer and a config that only repairs encodings (imported lazily)."""
    import ftfy
    import ftfy.bad_codecs  # registers the sloppy-windows-* codecs

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )

    def fix(text: str) -> str:
        return str(ftfy.fix_and_explain(text, config).text)

    return fix


def _show(s: str, limit: int = 40) -> str:
    """``s`` quoted for a reason: control characters escaped, long text shortened."""
    shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in s[:limit])
    return f'"{shown}…"' if len(s) > limit else f'"{shown}"'


_CODECS = (("cp1252", "cp1252"), ("latin-1", "Latin-1"), ("sloppy-windows-1252", "cp1252"))


def _undo(bad: str) -> tuple[str, str] | None:
    """Re-decode ``bad`` as UTF-8 (once, or twice for double mojibake): (text, how) or None."""
    for codec, label in _CODECS:
        try:
            once = bad.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if _SUSPECT.search(once) is None:
            return once, f"decoded as {label}"
        twice = _undo(once)
        return (twice[0], f"{twice[1]} twice") if twice else (once, f"decoded as {label}")
    return None


def _explained(bad: str, good: str) -> str | None:
    """The reason for ``bad`` -> ``good`` when a known wrong decode explains it."""
    undone = _undo(bad)
    if undone and undone[0] == good:
        return f"mojibake: {_show(bad)} is UTF-8 {_show(good)} {undone[1]}"
    for guess in (bad.replace(" ", "\xa0"), bad + "\xa0"):
        undone = _undo(guess)
        if undone and undone[0] == good:
            return f"mojibake: {_show(bad)} is UTF-8 {_show(good)} {undone[1]}, its no-break space byte lost"
    if (
        bad
        and all("\x80" <= c <= "\x9f" for c in bad)
        and bad.encode("latin-1").decode("cp1252", "replace") == good
    ):
        return f"C1 control character {_show(bad)} is cp1252 {_show(good)} decoded as Latin-1"
    return None


def _narrow(offset: int, old: str, new: str) -> Edit | None:
    """One edit turning ``old`` (at ``offset``) into ``new``, or None when they are equal."""
    if old == new:
        return None
    start, end, good, reason = _short_diff(old, new) if len(old) <= 64 else _diff(old, new)
    return Edit(offset + start, offset + end, good, reason)


def _diff(old: str, new: str) -> tuple[int, int, str, str]:
    """The span of ``old`` to replace, its replacement and the reason; common prefix and suffix trimmed.

    Trimming can cut into a mojibake sequence ("Â£" -> "£" shares the "£"), so
    the span grows back by up to three characters a side until a known wrong
    decode explains it.
    """
    n = min(len(old), len(new))
    p = 0
    while p < n and old[p] == new[p]:
        p += 1
    s = 0
    while s < n - p and old[-1 - s] == new[-1 - s]:
        s += 1
    for grow in range(7):
        for left in range(min(grow, 3, p), -1, -1):
            right = grow - left
            if right > min(3, s):
                continue
            a, b = p - left, s - right
            bad, good = old[a : len(old) - b], new[a : len(new) - b]
            reason = _explained(bad, good)
            if reason:
                return a, len(old) - b, good, reason
    bad, good = old[p : len(old) - s], new[p : len(new) - s]
    return p, len(old) - s, good, f"mojibake: {_show(bad)} repaired to {_show(good)}"


# Mojibake repeats (the same few sequences all over a document): remember short ones.
_short_diff = lru_cache(maxsize=1024)(_diff)


def _line_edits(offset: int, old: str, new: str) -> Iterator[Edit]:
    """Edits turning line ``old`` into ``new``: one per changed stretch between ASCII words."""
    old_parts, new_parts = _WORDS.split(old), _WORDS.split(new)
    if len(old_parts) != len(new_parts) or old_parts[1::2] != new_parts[1::2]:
        edit = _narrow(offset, old, new)  # ASCII letters changed (a lossy '?'): one edit
        if edit:
            yield edit
        return
    pos = offset
    for a, b in zip(old_parts, new_parts, strict=True):
        edit = _narrow(pos, a, b)
        if edit:
            yield edit
        pos += len(a)


@rule(kind="repair")
def fix_mojibake(text: str, ctx: Context) -> Iterator[Edit]:
    """Repair mojibake: UTF-8 text that was decoded as cp1252 or Latin-1.

    A compiled pattern looks for a UTF-8 lead byte shown as Â/Ã/â/Ð/Ø... followed
    by cp1252/Latin-1 continuation characters, or a C1 control; only a document
    where it finds one goes to ftfy, and then as a whole (a whole document
    carries more evidence than a short line). ftfy is set to repair encodings
    only: no quote uncurling, width or ligature folding, Unicode normalisation,
    HTML unescaping or control-character removal. Edits are per changed line,
    narrowed to the changed characters. Correct text in any script, curly
    quotes, dashes and emoji are left alone; "Â£" is treated as mojibake of "£".

    >>> fix_mojibake("Donâ€™t go to the cafÃ©.")
    'Don’t go to the café.'
    >>> fix_mojibake("Don’t go to the café.")
    'Don’t go to the café.'
    """
    if _SUSPECT.search(text) is None:
        return
    fixed = _ftfy_fix()(text)
    if fixed == text:
        return
    old_lines, new_lines = text.split("\n"), fixed.split("\n")
    if len(old_lines) != len(new_lines):  # never seen: a fix that joins or splits lines
        edit = _narrow(0, text, fixed)
        if edit:
            yield edit
        return
    pos = 0
    for old, new in zip(old_lines, new_lines, strict=True):
        if old != new:
            yield from _line_edits(pos, old, new)
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
