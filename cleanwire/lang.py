"""Document language, detected once per document and deterministically.

langdetect is accurate but costs milliseconds per call and is random unless
seeded, so detection looks at a sample of prose-like lines (navigation and
menus mislead it) and a cheap stop-word check settles clear English first.
"""

from __future__ import annotations

import re
import threading

import regex

#: The label used when there is too little text to tell.
UNKNOWN = "und"

_WORD = regex.compile(r"\p{L}+")
# The same words in ASCII text, where re finds them faster than regex.
_ASCII_WORD = re.compile(r"[A-Za-z]+")
# The most frequent function words of the languages cleanwire has phrase lists
# for. A prose sample where one language's words are a large share, well ahead
# of every other language, is that language without asking langdetect.
_STOP_TEXT = {
    "en": """the of and to a in is that for it was on with as he be by at are his from this have an not
        but had they which or were has been their its said who will would she her we you i after
        more than about there also when one two into""",
    "de": """der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wird
        werden bei oder nach wie aus sind noch nur über einem einer wurde durch zum zur""",
    "fr": """le la les et des est une un du que pour dans qui en pas sur au avec par il ce sont plus ont
        été aux elle cette mais nous vous leur ses""",
    "es": """el la los las y que del en un una es por con para se no al lo como más pero sus le ha este
        está fue según entre desde""",
    "it": """il la di che e un una per non sono del della nel alla con si le gli ha anche come più questo
        dei è delle degli nella""",
    "pt": """o a os as de que e do da em um uma para com não no na por se mais dos das ao foi como seu
        sua são pelo pela""",
    "nl": """de het een en van is dat op te in voor met niet zijn er aan ook als bij door worden wordt
        naar maar om hij zij""",
}
_STOP = {lang: frozenset(words.split()) for lang, words in _STOP_TEXT.items()}
# English needs this share of its function words; another language needs
# _STOP_SHARE and twice the share of the runner-up.
_EN_SHARE = 0.25
_STOP_SHARE = 0.15
_SAMPLE_CHARS = 3000
# langdetect's cost grows with its input; this much prose is plenty for it.
_DETECT_CHARS = 1500
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


def function_words(lang: str) -> frozenset[str]:
    """The frequent function words of ``lang`` cleanwire knows (empty for other languages).

    >>> "der" in function_words("de"), function_words("fi")
    (True, frozenset())
    """
    return _STOP.get(lang, frozenset())


def _words(text: str) -> list[str]:
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)


def stopword_shares(text: str) -> dict[str, float]:
    """Share of the words of ``text`` that are function words of each language.

    >>> shares = stopword_shares("Der Bericht ist nicht fertig, sagt die Ministerin.")
    >>> max(shares, key=shares.__getitem__)
    'de'
    """
    words = _words(text.lower())
    if not words:
        return dict.fromkeys(_STOP, 0.0)
    return {lang: sum(map(stop.__contains__, words)) / len(words) for lang, stop in _STOP.items()}


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language, or ``"und"``.

    >>> detect_language("The minister said on Friday that the talks would go on.")
    'en'
    >>> detect_language("Die Ministerin sagte am Freitag, dass die Gespräche weitergehen.")
    'de'
    """
    sample = prose_sample(text)
    if len(_words(sample)) < 3:
        return UNKNOWN
    shares = stopword_shares(sample)
    ranked = sorted(shares, key=shares.__getitem__, reverse=True)
    best, second = ranked[0], ranked[1]
    if shares["en"] >= _EN_SHARE:
        return "en"
    if shares[best] >= _STOP_SHARE and shares[best] >= 2 * shares[second]:
        return best
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:  # the seed is process-global
        DetectorFactory.seed = 0
        try:
            code = detect(sample[:_DETECT_CHARS])
        except LangDetectException:
            return UNKNOWN
    return str(code).split("-")[0]
