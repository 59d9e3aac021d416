"""Markdown and HTML residue that converters and scrapers leave in text.

Text pulled from pages through HTML-to-markdown converters or naive scrapers
keeps ``<p>`` tags, ``&amp;`` entities, ``[links](https://...)``, ``# headings``
and ``**bold**`` markers. These rules turn that residue into the plain text a
reader saw, keeping every word of it. They only act on unambiguous syntax:
known HTML element names, well-formed entities, links whose target looks like a
URL, emphasis markers paired on one line. Prose that merely uses the same
characters ("x < y", "AT&T", "[sic]", "#1 seed", "snake_case", "2 * 3") is left
alone.
"""

from __future__ import annotations

import html
import html.entities
import itertools
import re
import warnings
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ..context import Context
from ..rule import Edit, rule
from .unicode import invisible_reason, is_invisible

# fmt: off
# HTML element names (current and common obsolete ones, plus MS Office's o:p).
_ELEMENTS = frozenset((
    "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo",
    "big", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
    "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em",
    "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2",
    "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins",
    "kbd", "label", "legend", "li", "link", "main", "map", "mark", "marquee", "menu", "meta", "meter",
    "nav", "nobr", "noscript", "o:p", "object", "ol", "optgroup", "option", "output", "p", "param",
    "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section",
    "select", "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg",
    "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track",
    "tt", "u", "ul", "var", "video", "wbr"
))
# Elements that start a new line when rendered: their tags between two words become a line break.
_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "br", "center", "dd", "details", "dialog", "dir", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul"
))
# Elements without content: a lone "<br>" between words is still residue.
_VOID = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr"
))
# fmt: on
# Elements whose content html.parser does not return as text.
_RAW = frozenset(("script", "style", "template"))
# Characters of fragment lines per document handed to html.parser (~0.1 MB/s
# on pure tags); past it, the regex path does the same job.
_FRAGMENT_BUDGET = 20_000
# A comment opening, a doctype, or a start/end tag: name, attributes (quoted
# values may not hold "<", so a failed match never runs past the next "<"),
# optional "/" and ">".
_ITEM = re.compile(
    r"<(?:(?P<comment>!--)|(?P<doctype>!doctype[^<>]*>)"
    r"|(?P<slash>/?)(?P<name>[A-Za-z][A-Za-z0-9]*(?::[A-Za-z][A-Za-z0-9]*)?)"
    r"(?P<attrs>(?:\s+[^\s\"'<>/=]+(?:\s*=\s*(?:\"[^\"<]*\"|'[^'<]*'|[^\s\"'=<>`]+))?)*)\s*/?>)",
    re.IGNORECASE,
)
# Where anything _ITEM matches may start (to check a fragment line has no other "<").
_LT = re.compile(r"<(?:!--|!doctype\b|/?[A-Za-z])", re.IGNORECASE)
# What stands around a tag that is a word of prose rather than residue.
_WORD_BEFORE = frozenset(" \t(\"'“‘`«")
_WORD_AFTER = frozenset(" \t)\"'”’`».,;:!?")
# The end of a <script> / <style> element.
_CLOSE = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style")}


def _quote(s: str, limit: int = 50) -> str:
    """``s`` in double quotes for a reason, shortened when long."""
    return f'"{s[:limit]}…"' if len(s) > limit else f'"{s}"'


class _Item(NamedTuple):
    start: int
    end: int
    kind: str  # "tag", "bare tag" (no attributes, not void), "comment", "doctype" or "element"
    breaks: bool  # renders as a line break (a script/style element renders as nothing)
    raw: bool = False  # a script/style/template tag: html.parser would hide what follows

    def label(self, text: str) -> str:
        """How a reason names the item."""
        if self.kind.endswith("tag"):
            return f"tag {_quote(text[self.start : self.end], 60)}"
        if self.kind == "element":
            return f"{_quote(text[self.start : text.index('>', self.start) + 1])} element with its content"
        return self.kind


def _html_items(text: str) -> list[_Item]:
    """Tags of known elements, comments, doctypes and script/style elements, in order.

    Each unclosed comment or element kind is searched for once, so the scan stays linear.
    """
    items: list[_Item] = []
    unclosed: set[str] = set()
    pos = 0
    while (m := _ITEM.search(text, pos)) is not None:
        start, pos = m.start(), m.end()
        if m.group("comment"):
            end = -1 if "--" in unclosed else text.find("-->", start + 4)
            if end < 0:
                unclosed.add("--")
                continue
            items.append(_Item(start, end + 3, "comment", text.find("\n", start, end) >= 0))
            pos = end + 3
            continue
        if m.group("doctype"):
            items.append(_Item(start, pos, "doctype", False))
            continue
        name, attrs = m.group("name").lower(), m.group("attrs")
        if name not in _ELEMENTS or (attrs and "=" not in attrs):  # "a<b and c>d" is prose
            pos = start + 1
            continue
        if name in _CLOSE and not m.group("slash") and name not in unclosed and not _prose(text, start, pos):
            close = _CLOSE[name].search(text, pos)
            if close is not None:
                items.append(_Item(start, close.end(), "element", False))
                pos = close.end()
                continue
            unclosed.add(name)
        kind = "tag" if attrs or name in _VOID else "bare tag"
        items.append(_Item(start, pos, kind, name in _BLOCKS, name in _RAW))
    return items


def _prose(text: str, start: int, end: int) -> bool:
    """Whether the tag at ``text[start:end]`` stands as a word of prose: "a <script> tag", "“<p>”."."""
    return start > 0 and end < len(text) and text[start - 1] in _WORD_BEFORE and text[end] in _WORD_AFTER


def _fragment_text(line: str, ls: int, items: list[_Item]) -> str | None:
    """The text html.parser finds in an HTML fragment line, block elements on their own lines.

    ``items`` are the tags found in the line (which starts at ``ls``); a line
    break goes around each block tag before parsing, so the tree is not edited.
    None when the parser rejects the line (an unclosed ``<![`` declaration):
    the line is then left as it is rather than guessed at.
    """
    from bs4 import BeautifulSoup
    from bs4.exceptions import ParserRejectedMarkup

    marked: list[str] = []
    pos = 0
    for it in items:
        if it.breaks:
            marked += (line[pos : it.start - ls], "\n", line[it.start - ls : it.end - ls], "\n")
            pos = it.end - ls
    marked.append(line[pos:])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            soup = BeautifulSoup("".join(marked), "html.parser")
        except (ParserRejectedMarkup, AssertionError):  # older bs4 lets html.parser's assertion through
            return None
    # Entities the parser decoded must not bring back what earlier rules removed.
    got = "".join(c for c in soup.get_text().replace("\r\n", "\n").replace("\r", "\n") if not is_invisible(c))
    parts = (p.strip(" \t") for p in got.split("\n"))
    return "\n".join(p for p in parts if p)


def _dense_line(text: str, ls: int, le: int, items: list[_Item]) -> bool:
    """Whether line ``text[ls:le]`` is an HTML fragment: 3+ tags, a third of its text, no other "<"."""
    if len(items) < 3 or any(not it.kind.endswith("tag") or it.raw for it in items):
        return False
    line = text[ls:le]
    tag_chars = sum(it.end - it.start for it in items)
    return 3 * tag_chars >= len(line.strip()) and len(_LT.findall(line)) == len(items)


def _group_edit(text: str, group: list[_Item]) -> Edit | None:
    """Remove a run of tags; between two words a block tag becomes a line break, a space stays a space.

    A script/style element between two words leaves one space, or nothing when
    a space already stands next to it; on a line of its own it leaves nothing
    (the line's own breaks remain). A lone attribute-less tag standing as a
    word mid-line, between spaces, quotes or punctuation, is prose ("inserted
    a <script> tag"), not residue: None.
    """
    start, end = group[0].start, group[-1].end
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    j = end
    while j < len(text) and text[j] in " \t":
        j += 1
    inside = i >= 0 and text[i] != "\n" and j < len(text) and text[j] != "\n"
    if len(group) == 1 and group[0].kind == "bare tag" and _prose(text, start, end):
        return None
    spaced = any(a.end < b.start for a, b in itertools.pairwise(group))
    if not inside:
        replacement = ""
    elif any(it.breaks for it in group):
        replacement = "\n"
    elif any(it.kind == "element" for it in group):
        replacement = "" if i < start - 1 or j > end else " "
    else:
        replacement = " " if spaced else ""
    labels = [it.label(text) for it in group]
    shown = ", ".join(labels[:3]) + (f" and {len(labels) - 3} more" if len(labels) > 3 else "")
    return Edit(start, end, replacement, f"HTML {shown}")


@rule(kind="repair")
def strip_html(text: str, ctx: Context) -> Iterator[Edit]:
    """Remove stray HTML tags, comments and script/style elements, keeping the text between tags.

    Only tags of known HTML element names count; a line that is mostly tags (an
    HTML fragment) is read with BeautifulSoup's html.parser instead. Between two
    words a block tag (``<p>``, ``<br>``, ``<li>``...) becomes a line break.
    Leaves alone "x < y", "<3", "a<b", autolinks such as ``<https://x.org>``
    and anything in angle brackets that is not a known element name.

    >>> strip_html('<p>Talks <b>resumed</b> on Friday.</p><!-- ad -->')
    'Talks resumed on Friday.'
    >>> strip_html("if x < y and z > w, <3 <https://example.org>")
    'if x < y and z > w, <3 <https://example.org>'
    """
    if "<" not in text:
        return
    items = _html_items(text)
    # The items by line. An item spanning lines ends its line; the line it ends
    # in starts inside it, so that line is never read as a fragment.
    lines: list[tuple[int, bool, list[_Item]]] = []
    prev_end = 0
    for it in items:
        nl = text.rfind("\n", prev_end, it.start)
        if nl >= 0 or not lines:
            lines.append((nl + 1, True, []))
        lines[-1][2].append(it)
        inner = text.rfind("\n", it.start, it.end)
        if inner >= 0:
            lines.append((inner + 1, False, []))
        prev_end = it.end
    budget = _FRAGMENT_BUDGET
    for ls, whole, line_items in lines:
        if not line_items:
            continue
        le = text.find("\n", line_items[-1].end)
        le = len(text) if le < 0 else le
        if whole and le - ls <= budget and _dense_line(text, ls, le, line_items):
            budget -= le - ls
            line = text[ls:le]
            new = _fragment_text(line, ls, line_items)
            if new is not None and new != line:
                yield Edit(ls, le, new, f"HTML fragment: {len(line_items)} tags reduced to their text")
            continue
        group = [line_items[0]]
        for it in line_items[1:]:
            if text[group[-1].end : it.start].strip(" \t") == "":
                group.append(it)
            else:
                if edit := _group_edit(text, group):
                    yield edit
                group = [it]
        if edit := _group_edit(text, group):
            yield edit


# A well-formed entity ending in ";", possibly escaped again ("&amp;quot;"):
# decimal, hex or a name.
_ENTITY = re.compile(r"&((?:amp;)*)(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# An encoded line feed right after an encoded carriage return.
_LF_NEXT = re.compile(r"\n|&#0*10;|&#[xX]0*[aA];")


@rule(kind="repair")
def decode_html_entities(text: str, ctx: Context) -> Iterator[Edit]:
    """Decode HTML entities such as ``&amp;``, ``&quot;``, ``&#8217;`` and ``&nbsp;``.

    Only well-formed entities ending in ";" that :func:`html.unescape` changes;
    double-escaped ones (``&amp;quot;``) are decoded fully. An entity for an
    invisible character (``&shy;``, ``&#8203;``) is removed, ``&#13;`` becomes a
    line end. Leaves "AT&T", "Q&A", "&c" and unknown names alone.

    >>> decode_html_entities("Q&A: AT&amp;T says &#8220;yes&#8221; &c")
    'Q&A: AT&T says “yes” &c'
    """
    if "&" not in text:
        return
    run: list[Edit] = []  # adjacent entities become one edit
    for m in _ENTITY.finditer(text):
        edit = _entity_edit(text, m)
        if edit is None:
            continue
        if run and run[-1].end != edit.start:
            yield _merged(run)
            run = []
        run.append(edit)
    if run:
        yield _merged(run)


def _entity_edit(text: str, m: re.Match[str]) -> Edit | None:
    """The edit for one match of ``_ENTITY``, or None when it is not a known entity."""
    escaped, body = m.group(1), m.group(2)
    value = _unescape(body)
    if value == f"&{body};" and not escaped:
        return None  # not an entity: "&Reuters;"
    if value == "\ufffd" and body.lower() not in ("#65533", "#xfffd"):
        return None  # "&#0;", "&#xD800;": no character to put there
    twice = " (escaped twice)" if escaped else ""
    if value == "\r":
        value = "" if _LF_NEXT.match(text, m.end()) else "\n"
        return Edit(m.start(), m.end(), value, f'HTML entity "{m.group()}" (carriage return){twice}')
    if value and all(is_invisible(c) for c in value):
        return Edit(m.start(), m.end(), "", f'HTML entity "{m.group()}" for an {invisible_reason(value)}')
    return Edit(m.start(), m.end(), value, f'HTML entity "{m.group()}"{twice}')


@lru_cache(maxsize=4096)
def _unescape(body: str) -> str:
    """The text of entity ``&body;``; itself when ``body`` is not a whole entity name ("&notit;")."""
    if body[0] == "#":
        return html.unescape(f"&{body};")
    return html.entities.html5.get(f"{body};", f"&{body};")


def _merged(run: list[Edit]) -> Edit:
    """One edit for a run of adjacent entity edits."""
    if len(run) == 1:
        return run[0]
    shown = ", ".join(r.reason.split('"')[1].join('""') for r in run[:3])
    more = f" and {len(run) - 3} more" if len(run) > 3 else ""
    return Edit(
        run[0].start, run[-1].end, "".join(r.replacement for r in run), f"HTML entities {shown}{more}"
    )


# A link destination: <...> or a run without spaces, allowing balanced (...) inside.
_DEST = r"(?:<[^<>\n]*>|[^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*)"
# An optional link title: "...", '...' or (...).
_TITLE = r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?"
# Inline markdown, by its first character (one character class, then a
# lookbehind picks the branch: ~5x faster than a plain alternation). After "[":
# an image inside a link, a link, a reference link; after "!": an image; after
# "<": an autolink.
_INLINE = re.compile(
    r"[\[!<](?:(?<=\[)(?:"
    rf"(?P<imglink>!\[[^\[\]\n]*\]\([ \t]*(?P<d1>{_DEST}){_TITLE}[ \t]*\)"
    rf"\]\([ \t]*(?P<d2>{_DEST}){_TITLE}[ \t]*\))"
    rf"|(?P<text>[^\[\]\n]*)\]\([ \t]*(?P<dest>{_DEST}){_TITLE}[ \t]*\)"
    r"|(?P<reftext>[^\[\]\n]+)\]\[(?P<ref>[^\[\]\n]*)\])"
    rf"|(?<=!)\[[^\[\]\n]*\]\([ \t]*(?P<img>{_DEST}){_TITLE}[ \t]*\)"
    r"|(?<=<)(?P<auto>(?:https?|ftps?|mailto|tel|file|news|irc):[^\s<>]*|www\.[^\s<>]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>)"
)
# What a link destination must look like: a fragment, a path, a scheme, www. or a domain.
_URLISH = re.compile(
    r"<|[#/?]|\.{1,2}/|[A-Za-z][A-Za-z0-9+.-]*:|www\.|[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?:[/?#:]|\Z)"
)
# A reference definition line: [label]: destination "optional title".
_REFDEF = re.compile(
    rf"^[ \t]{{0,3}}\[(?P<label>[^\[\]\n]+)\]:[ \t]*(?P<dest><[^<>\n]*>|\S+){_TITLE}[ \t]*$", re.MULTILINE
)


def _label(s: str) -> str:
    return " ".join(s.split()).casefold()


@rule(kind="repair")
def unwrap_markdown_links(text: str, ctx: Context) -> Iterator[Edit]:
    """Keep the text of markdown links, drop images and reference definitions, unwrap autolinks.

    ``[text](url "title")`` and ``[text][ref]`` (when ``[ref]: url`` is defined)
    become ``text``; ``![alt](url)`` goes; ``<https://x.org>`` becomes the bare
    URL; ``[1]: https://...`` definition lines go. The target must look like a
    URL, so "[1]" footnote markers, "[sic]", "[Reuters]" and "(see above)" stay.

    >>> unwrap_markdown_links("The agency [said](#) it [sic]. ![photo](/a.jpg)")
    'The agency said it [sic]. '
    """
    if "[" not in text and "<" not in text:
        return
    defs: list[Edit] = []
    labels: set[str] = set()
    for d in _REFDEF.finditer(text):
        if _URLISH.match(d.group("dest")):
            labels.add(_label(d.group("label")))
            end = d.end() + 1 if d.end() < len(text) else d.end()  # with its newline
            defs.append(
                Edit(d.start(), end, "", f"markdown reference definition {_quote(d.group().strip())}")
            )
    di = 0
    pos = 0
    while (m := _INLINE.search(text, pos)) is not None:
        while di < len(defs) and defs[di].end <= m.start():
            yield defs[di]
            di += 1
        if di < len(defs) and defs[di].start < m.end():  # inside a definition line
            pos = defs[di].end
            continue
        edit = _link_edit(m, labels)
        if edit is None:
            pos = m.start() + 1
            continue
        yield edit
        pos = m.end()
    yield from defs[di:]


def _link_edit(m: re.Match[str], labels: set[str]) -> Edit | None:
    """The edit for one match of ``_INLINE``, or None when it is not a link."""
    whole = _quote(m.group())
    if m.group("imglink") is not None:
        if _URLISH.match(m.group("d1")) and _URLISH.match(m.group("d2")):
            return Edit(m.start(), m.end(), "", f"markdown image link {whole}")
        return None
    if m.group("dest") is not None:
        if not _URLISH.match(m.group("dest")):
            return None
        return Edit(m.start(), m.end(), m.group("text").strip(), f"markdown link {whole}")
    if m.group("img") is not None:
        return (
            Edit(m.start(), m.end(), "", f"markdown image {whole}") if _URLISH.match(m.group("img")) else None
        )
    if m.group("reftext") is not None:
        if _label(m.group("ref") or m.group("reftext")) not in labels:
            return None  # "[1][2]" footnote markers
        return Edit(m.start(), m.end(), m.group("reftext"), f"markdown reference link {whole}")
    return Edit(m.start(), m.end(), m.group("auto"), f"markdown autolink {whole}")


# An ATX heading's opening: up to 3 spaces, 1-6 "#", a space, then text.
_ATX = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=[^ \t\n])", re.MULTILINE)
# A setext underline: a line of 3+ "=" or 3+ "-".
_SETEXT = re.compile(r"^[ \t]{0,3}(?:={3,}|-{3,})[ \t]*$", re.MULTILINE)
# A line that cannot be a setext heading's text: blank, a heading, a list item, another underline.
_NOT_TITLE = re.compile(r"[ \t]*(?:$|#|[-*+][ \t]|\d{1,9}[.)][ \t]|=+[ \t]*$|-+[ \t]*$)")


@rule(kind="repair")
def strip_markdown_headings(text: str, ctx: Context) -> Iterator[Edit]:
    """Remove markdown heading markers: ``# Title`` (and closing ``#``s), setext underlines.

    An ``===`` or ``---`` line under a line of text goes with its newline.
    Leaves "#hashtag", "#1 seed", "C# code" and a lone "---" between blank lines.

    >>> strip_markdown_headings("## Talks resume ##\\nText.\\nTitle\\n=====\\nMore.")
    'Talks resume\\nText.\\nTitle\\nMore.'
    """
    edits: list[Edit] = []
    if "#" in text:
        for m in _ATX.finditer(text):
            edits.append(Edit(m.start(), m.end(), "", f"markdown heading marker {_quote(m.group().strip())}"))
            end = text.find("\n", m.end())
            line = text[m.end() : len(text) if end < 0 else end]
            body = line.rstrip(" \t")
            hashes = len(body) - len(body.rstrip("#"))
            if 0 < hashes < len(body) and body[-hashes - 1] in " \t":
                cut = m.end() + len(body[:-hashes].rstrip(" \t"))
                edits.append(Edit(cut, m.end() + len(line), "", "markdown closing heading marker"))
    if "==" in text or "--" in text:
        for m in _SETEXT.finditer(text):
            if m.start() == 0:
                continue
            prev = text[text.rfind("\n", 0, m.start() - 1) + 1 : m.start() - 1]
            if _NOT_TITLE.match(prev):
                continue
            start, end = (m.start(), m.end() + 1) if m.end() < len(text) else (m.start() - 1, m.end())
            edits.append(Edit(start, end, "", f"markdown heading underline {_quote(m.group().strip())}"))
    edits.sort(key=lambda e: e.start)
    yield from edits


# A run of one emphasis or code delimiter character.
_DELIMS = re.compile(r"([*_~`])\1*")
# URLs, whose "_" and "*" are not emphasis.
_URL = re.compile(r"(?:https?://|www\.)\S+")
# A name between "__" pairs that is an identifier, not bold: "__init__", "__name__".
_DUNDER_NAME = re.compile(r"\w+")
# Whitespace, to find where a word containing "@" ends.
_SPACE = re.compile(r"\s")
_KINDS = {
    "*": "emphasis",
    "**": "bold",
    "***": "bold emphasis",
    "_": "emphasis",
    "__": "bold",
    "___": "bold emphasis",
    "~~": "strikethrough",
}


def _protected(text: str) -> list[tuple[int, int]]:
    """Sorted, disjoint spans of URLs and of words holding "@" (e-mail addresses, handles)."""
    spans = [(m.start(), m.end()) for m in _URL.finditer(text)]
    last = 0
    at = text.find("@")
    while at >= 0:
        start = max(last, *(text.rfind(c, last, at) + 1 for c in " \t\n"))
        space = _SPACE.search(text, at)
        last = space.start() if space else len(text)
        spans.append((start, last))
        at = text.find("@", last)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _wordish(c: str) -> bool:
    """A character that makes a neighbouring delimiter part of a word (snake_case, 2*3, @_user)."""
    return c.isalnum() or c in "@/\\"


@rule(kind="repair")
def strip_markdown_emphasis(text: str, ctx: Context) -> Iterator[Edit]:
    """Remove markdown emphasis and code markers paired on one line, keeping the text inside.

    ``**x**``, ``__x__``, ``*x*``, ``_x_``, ``~~x~~`` and ```x``` become ``x``. An
    opening marker must be followed by a non-space and not stand after a letter
    or digit; a closing one the reverse. Leaves snake_case_names, dunder names
    (``__init__``: "__" around one identifier without spaces), "2 * 3 * 4",
    "2*3", "* " and "- " bullets, lone asterisks ("Ed*") and markers inside URLs.

    >>> strip_markdown_emphasis("**Related:** a *new* my_var_name, 2 * 3 and `x`")
    'Related: a new my_var_name, 2 * 3 and x'
    >>> strip_markdown_emphasis("__init__ and __name__ stay, __bold words__ do not")
    '__init__ and __name__ stay, bold words do not'
    """
    if not any(c in text for c in "*_~`"):
        return
    skip = _protected(text)
    si = 0
    pairs: list[tuple[re.Match[str], re.Match[str], str]] = []
    pending: dict[str, re.Match[str]] = {}
    code: re.Match[str] | None = None
    prev_end = 0
    for m in _DELIMS.finditer(text):
        if text.find("\n", prev_end, m.start()) >= 0:
            pending.clear()  # pairs do not cross lines
            code = None
        prev_end = m.end()
        while si < len(skip) and skip[si][1] <= m.start():
            si += 1
        if si < len(skip) and skip[si][0] <= m.start():
            continue
        key = m.group()
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        opens = not after.isspace() and not _wordish(before)
        closes = not before.isspace() and not _wordish(after)
        if code is not None:  # inside a code span only its closing run counts
            if key == code.group() and closes:
                pairs.append((code, m, "code"))
                code = None
            continue
        if key[0] == "`":
            code = m if opens else None
        elif key in _KINDS:
            if closes and key in pending:
                a = pending.pop(key)
                if key == "__" and _DUNDER_NAME.fullmatch(text, a.end(), m.start()):
                    continue  # a Python-style dunder name stays as written
                pairs.append((a, m, _KINDS[key]))
            elif opens:
                pending[key] = m
    edits: list[Edit] = []
    for a, b, kind in pairs:
        inner = text[a.end() : b.start()]
        reason = f"markdown {kind} {_quote(a.group())} around {_quote(inner)}"
        edits.append(Edit(a.start(), a.end(), "", reason))
        edits.append(Edit(b.start(), b.end(), "", reason))
    edits.sort(key=lambda e: e.start)
    yield from edits
