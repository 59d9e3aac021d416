"""Document language, detected once per document and deterministically.

langdetect is accurate but costs milliseconds per call and is random unless
seeded, so detection looks at a sample of prose-like lines (navigation and
menus mislead it) and a cheap stop-word check settles clear English first.
"""

from __future__ import annotations

import threading

import regex

#: The label used when there is too little text to tell.
UNKNOWN = "und"

_WORD = regex.compile(r"\p{L}+")
# The most frequent English function words: a text where they are a large share
# of the words is English without asking langdetect.
_EN_STOP_TEXT = """
the of and to a in is that for it was on with as he be by at are his from this have an not but
had they which or were has been their its said who will would she her we you i after more than
about there also when one two into
"""
_EN_STOP = frozenset(_EN_STOP_TEXT.split())
_SAMPLE_CHARS = 3000
_lock = threading.Lock()


def prose_sample(text: str, limit: int = _SAMPLE_CHARS) -> str:
    """Up to ``limit`` characters of the text's longest-lined prose, in order."""
    lines = [ln for ln in text.split("\n") if len(ln) >= 60]
    if not lines:
        lines = text.split("\n")
    out = []
    total = 0
    for ln in lines:
        out.append(ln)
        total += len(ln)
        if total >= limit:
            break
    return "\n".join(out)[:limit]


def english_share(text: str) -> float:
    """Share of words that are common English function words."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    return sum(w in _EN_STOP for w in words) / len(words)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language, or ``"und"``.

    >>> detect_language("The minister said on Friday that the talks would go on.")
    'en'
    """
    sample = prose_sample(text)
    words = _WORD.findall(sample)
    if len(words) < 3:
        return UNKNOWN
    if english_share(sample) >= 0.25:
        return "en"
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:  # the seed is process-global
        DetectorFactory.seed = 0
        try:
            code = detect(sample)
        except LangDetectException:
            return UNKNOWN
    return str(code).split("-")[0]
