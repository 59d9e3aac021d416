"""The machinery behind :func:`~cleanwire.rules.unicode.fix_mojibake`.

The cheap gate (:data:`SUSPECT`), ftfy set to repair encodings only, the
per-line choice between the whole-document repair and a repair of the line on
its own (:func:`repair_line`), and edits narrowed to the changed characters,
each with the wrong decode that explains it (:func:`line_edits`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

import regex

from ..rule import Edit

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
SUSPECT = re.compile(
    f"[\x80-\x9f\xc2-\xde\xe0-\xf4](?:(?<=[\xc2-\xde]){_CONT}|(?<=[\xe0-\xef]){_CONT}{{2}}"
    f"|(?<=[\xf0-\xf4]){_CONT}{{3}}|(?<=[\x80-\x9f]))"
)
# Maximal runs of ASCII other than the space: mojibake and its repair are
# non-ASCII (plus, at most, a space ftfy reads back as a no-break space), so two
# lines with the same runs differ only in the stretches between them.
_WORDS = re.compile(r"([\x00-\x1f\x21-\x7f]+)")


@cache
def ftfy_fix() -> Callable[[str], str]:
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
        if SUSPECT.search(once) is None:
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


def line_edits(offset: int, old: str, new: str) -> Iterator[Edit]:
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


# A letter of a script other than Latin with no letter or mark of such a script
# next to it ("perch锅", "“Д”"): what a coincidental re-decode of correct
# Latin text produces, one stray character at a time.
_LONE_FOREIGN = regex.compile(r"(?<!\p{M}|[^\P{L}\p{Latin}])[^\P{L}\p{Latin}](?!\p{M}|[^\P{L}\p{Latin}])")
# Any letter of a script other than Latin, and any Latin letter.
_FOREIGN = regex.compile(r"[^\P{L}\p{Latin}]")
_LATIN = regex.compile(r"\p{Latin}")


def signs(text: str) -> int:
    """How many mojibake sequences the gate sees in ``text``.

    >>> signs("donâ€™t cafÃ©"), signs("don’t café")
    (2, 0)
    """
    return sum(1 for _ in SUSPECT.finditer(text))


@lru_cache(maxsize=256)
def _fix_alone(line: str) -> str:
    """ftfy's repair of one line on its own (mojibake lines repeat: remembered)."""
    return ftfy_fix()(line)


def _count(pattern: regex.Pattern[str], text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def _plausible(old: str, new: str) -> bool:
    """Whether repairing ``old`` to ``new`` does not scatter stray letters of another script in Latin text.

    Correct text can happen to re-decode: "perché”…" is valid UTF-8 for
    "perch锅", Icelandic "“ÞAÐ”" for "“ÞAД". Real mojibake of Cyrillic,
    Hangul or Han text repairs to words of that script, or to lines where that
    script holds at least as many letters as Latin does ("Apple은" in Korean).

    >>> _plausible("Ma perché”…", "Ma perch锅"), _plausible("x", "LG전자"), _plausible("x", "Tokyo (東京)")
    (False, True, True)
    """
    if _count(_LONE_FOREIGN, new) <= _count(_LONE_FOREIGN, old):
        return True
    return _count(_FOREIGN, new) >= _count(_LATIN, new)


@lru_cache(maxsize=1024)
def repair_line(old: str, whole: str, *, alone: bool = True) -> str:
    """The best repair of line ``old``, which shows mojibake; ``whole`` is its whole-document repair.

    Candidates, in order, each taken only when it leaves fewer mojibake
    sequences and is plausible: the whole-document repair; a strict re-decode
    of the whole line (every character must take part: "40,000â‚©" ->
    "40,000₩", which ftfy finds too short to judge; on a page that mixes
    scripts ftfy cannot re-decode the whole page and repairs only some
    sequences); and, when that re-decode is impossible, ftfy on the line alone
    (skipped when ``alone`` is false: the document is this one line). A single
    sequence is never re-decoded on its own. Lines repeat: results are
    remembered.

    >>> repair_line("Ð’ Ð¼Ð¾ÐµÐ¹", "Ð’ моей"), repair_line("Ma perché”…", "Ma perch锅")
    ('В моей', 'Ma perché”…')
    """
    best, left = old, signs(old)

    def take(candidate: str) -> None:  # keep a candidate that repairs more
        nonlocal best, left
        if candidate == best:
            return
        n = signs(candidate)
        if n < left and _plausible(old, candidate):
            best, left = candidate, n

    take(whole)
    if left:
        undone = _undo(old)
        if undone:
            take(undone[0])
        elif alone:
            take(_fix_alone(old))
    return best
