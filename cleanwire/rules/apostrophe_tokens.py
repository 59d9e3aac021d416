"""The tokens ``restore_apostrophes`` looks at, found without tokenising the whole text.

A token is a maximal run of letters and digits. Only two kinds of token can
lose an apostrophe: a bare contraction ("youre", "DONT") and a word ending in
"s" ("Merkels"). Both are found with patterns that start with a literal
character, which the regex engine finds by fast search: tokens ending in "s"
in the reversed text, contractions by their last two letters in the reversed
lower-cased text. Everything ``restore_apostrophes`` then asks about a token's
neighbours is answered from the characters around it (:class:`TokenText`).

Lower-casing keeps every character at its offset and keeps letters and digits
letters and digits, except for "İ" (U+0130), which becomes two characters; a
text with it is tokenised in full instead. Tests check both facts against the
Unicode data of the running Python.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable

from .apostrophe_words import closed_class

# Tokens: runs of letters and digits (Unicode aware; "_" excluded).
TOKEN = re.compile(r"[^\W_]+")
# In the reversed text: a token that ends in "s" and has at least four characters.
_S_TOKEN = re.compile(r"s(?<![^\W_]s)[^\W_]{3,}")
# In the reversed text before a token: separators, a token, separators, a token, separators, one character.
_LEFT = re.compile(r"[\W_]*[^\W_]*[\W_]*[^\W_]*[\W_]*.?", re.DOTALL)
_LEFT_SPAN = 80  # characters :data:`_LEFT` looks at before falling back to a full walk
# After a token: separators, a token, separators, a token, one character.
_RIGHT = re.compile(r"[\W_]*[^\W_]*[\W_]*[^\W_]*.?", re.DOTALL)
# A line break: line starts are found once per text.
_NEWLINE = re.compile("\n")
# No occurrence (shared, never mutated).
_NONE: list[int] = []
# Lower-case content words that show a line is no headline.
_PLAIN_WORDS = 3
# The only character whose lower case is longer than itself.
_LONGER_LOWER = "\u0130"


def contraction_patterns(forms: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """Patterns over the reversed lower-cased text for tokens ending like one of ``forms``.

    One pattern per last letter: that letter, then (unless a form is that one
    letter) one of the letters that come before it in the forms, then the rest
    of the token.

    >>> [p.pattern for p in contraction_patterns(["dont", "im", "youd", "itd"])]
    ['t(?<![^\\\\W_]t)[n][^\\\\W_]*', 'm(?<![^\\\\W_]m)[i][^\\\\W_]*', 'd(?<![^\\\\W_]d)[tu][^\\\\W_]*']
    """
    before: dict[str, set[str]] = {}
    for form in forms:
        before.setdefault(form[-1], set()).add(form[-2:-1])
    out = []
    for last, chars in before.items():
        tail = re.escape(last)
        second = "" if "" in chars else "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
        out.append(re.compile(rf"{tail}(?<![^\W_]{tail}){second}[^\W_]*"))
    return tuple(out)


@functools.cache
def _after(word: str) -> re.Pattern[str]:
    """The token ``word``, a space, and (looked ahead at, group 1) a token of four or more ending in "s"."""
    w = re.escape(word)
    return re.compile(rf"{w}(?<![^\W_]{w}) (?=([^\W_]{{3,}}s)(?![^\W_]))")


_SCANS = 24  # words looked up by scanning the text before every token is indexed


def _where(text: str, word: str) -> list[int]:
    """Starts of the tokens of ``text`` equal to ``word``."""
    w = re.escape(word)
    # The word first, then the look back: the engine searches for the literal fast.
    return [m.start() for m in re.finditer(rf"{w}(?<![^\W_]{w})(?![^\W_])", text)]


class TokenText:
    """A text and the questions asked about its tokens, each token given by its start.

    ``prev`` and ``next`` give the neighbouring token only when a single space
    separates them, as "the token before/after" means in the checks.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._where: dict[str, list[int]] | None = None
        self._scanned: dict[str, list[int]] = {}  # answers found by a scan, before the index exists
        self._title_lines: dict[int, bool] = {}
        self._newlines: list[int] | None = None

    def candidates(
        self,
        forms: frozenset[str],
        patterns: tuple[re.Pattern[str], ...],
        keep: Callable[[str], bool],
        after: tuple[str, ...],
    ) -> list[tuple[int, str]]:
        """(start, token) in text order of the tokens that may need an apostrophe.

        Those are the tokens in ``forms`` when lower-cased (``patterns`` are
        their :func:`contraction_patterns`), and the tokens of four or more
        characters ending in "s" for which ``keep`` is true (asked once per
        distinct token) or that follow one of the lower-case words ``after``
        and a space.
        """
        text = self.text
        if _LONGER_LOWER in text:
            return [(m.start(), m.group()) for m in TOKEN.finditer(text)]
        found: dict[int, str] = {}
        for word in {rev[::-1] for rev in _S_TOKEN.findall(text[::-1])}:
            if keep(word):
                found.update((start, word) for start in self.where(word))
        low = text.lower()
        for word in after:
            for m in _after(word).finditer(low):
                found[m.start(1)] = text[m.start(1) : m.end(1)]
        low_rev = low[::-1]
        ends = {rev for p in patterns for rev in p.findall(low_rev)}
        for form in {rev[::-1] for rev in ends} & forms:
            found.update((start, text[start : start + len(form)]) for start in _where(low, form))
        return sorted(found.items())

    def where(self, word: str) -> list[int]:
        """Starts of the tokens equal to ``word`` (case-sensitive), in order.

        The first question indexes every token of the text in one pass, so that
        asking about many words costs no more than one scan.
        """
        if self._where is None:
            found = self._scanned.get(word)
            if found is not None:
                return found
            if len(self._scanned) < _SCANS:
                # A few questions: one C-speed scan for each beats indexing every token of a long text.
                found = self._scanned[word] = _where(self.text, word) or _NONE
                return found
            index: dict[str, list[int]] = {}
            for m in TOKEN.finditer(self.text):
                index.setdefault(m.group(), []).append(m.start())
            self._where = index
        return self._where.get(word, _NONE)

    def prev(self, start: int) -> str:
        """The token before the token at ``start`` if only a space separates them."""
        text = self.text
        if start < 2 or text[start - 1] != " " or not text[start - 2].isalnum():
            return ""
        j = start - 2
        while j > 0 and text[j - 1].isalnum():
            j -= 1
        return text[j : start - 1]

    def next(self, end: int) -> str:
        """The token after the token ending at ``end`` if only a space separates them."""
        text = self.text
        if text[end : end + 1] != " ":
            return ""
        m = TOKEN.match(text, end + 1)
        return m.group() if m else ""

    def left_context(self, start: int) -> str:
        """The text before ``start`` back to two tokens before it, and one character more.

        Everything the checks read to the left of a token (the token before it,
        the one before that, and what separates them) lies in it, so two tokens
        with equal left contexts, equal words after them and equal lines get
        equal decisions. The text start is marked with a NUL.
        """
        lo = max(0, start - _LEFT_SPAN)
        back = _LEFT.match(self.text[lo:start][::-1])
        assert back is not None  # the pattern matches the empty string
        if back.end() < start - lo or lo == 0:
            return ("" if back.end() < start - lo else "\0") + back.group()[::-1]
        j = start  # a long word: walk back in full
        for _ in range(2):
            while j > 0 and not self.text[j - 1].isalnum():
                j -= 1
            while j > 0 and self.text[j - 1].isalnum():
                j -= 1
        while j > 0 and not self.text[j - 1].isalnum():
            j -= 1
        return self.text[j - 1 : start] if j else "\0" + self.text[:start]

    def right_context(self, end: int) -> str | None:
        """The text after ``end`` up to two tokens after it and one character more; None when too long.

        Everything the name checks read to the right of a token lies in it; a
        context longer than :data:`_LEFT_SPAN` characters is not used as a key.
        """
        stop = min(len(self.text), end + _LEFT_SPAN)
        m = _RIGHT.match(self.text, end, stop)
        assert m is not None  # the pattern matches the empty string
        return None if m.end() == stop < len(self.text) else m.group()

    def before(self, start: int) -> tuple[str, str]:
        """The token before the token at ``start``, however far, and what lies between ("" when none)."""
        text = self.text
        j = start
        while j > 0 and not text[j - 1].isalnum():
            j -= 1
        if j == 0:
            return "", ""
        k = j
        while k > 0 and text[k - 1].isalnum():
            k -= 1
        return text[k:j], text[j:start]

    def title_line(self, start: int) -> bool:
        """Whether the token at ``start`` sits on a headline-style line (most words capitalised)."""
        text = self.text
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINE.finditer(text)]
        at = bisect.bisect_left(self._newlines, start)
        line = self._newlines[at - 1] + 1 if at else 0
        if line not in self._title_lines:
            end = self._newlines[at] if at < len(self._newlines) else -1
            tokens = TOKEN.findall(text, line, len(text) if end < 0 else end)
            words = [t for t in tokens if len(t) > 3 and t.isalpha()]
            caps = sum(1 for t in words if t[0].isupper())
            # A headline capitalises its content words; a sentence full of names still has
            # lower-case ones ("Perus Orla Varnholt and Chiles Tomas Orvane will make their debut").
            plain = sum(1 for t in words if t.islower() and t not in closed_class())
            self._title_lines[line] = len(words) >= 3 and caps >= 0.6 * len(words) and plain < _PLAIN_WORDS
        return self._title_lines[line]
