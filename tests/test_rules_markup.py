"""The markup family: HTML and markdown residue out, look-alike prose untouched."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import cleanwire
from cleanwire.rules.markup import (
    decode_html_entities,
    strip_html,
    strip_markdown_emphasis,
    strip_markdown_headings,
    unwrap_markdown_links,
)

from .conftest import check_trace

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
MARKUP = (
    strip_html,
    decode_html_entities,
    unwrap_markdown_links,
    strip_markdown_headings,
    strip_markdown_emphasis,
)


def changes(rule: cleanwire.Rule, text: str) -> list[tuple[str, str, str]]:
    """(text, replacement, reason) of each record, after checking the trace."""
    result = rule.explain(text)
    check_trace(result)
    return [(r.text, r.replacement, r.reason) for r in result.records]


# ------------------------------------------------------------------ strip_html


def test_strip_html_removes_tags_and_keeps_their_text() -> None:
    result = strip_html.explain(
        '<p>The council said talks <b>resumed</b> on <a href="/x">Friday</a> in the capital.'
    )
    assert result.text == "The council said talks resumed on Friday in the capital."
    assert [r.reason for r in result.records][:3] == ['HTML tag "<p>"', 'HTML tag "<b>"', 'HTML tag "</b>"']
    check_trace(result)


def test_strip_html_block_tags_between_words_become_line_breaks() -> None:
    assert changes(strip_html, "First.</p><p>Second.") == [("</p><p>", "\n", 'HTML tag "</p>", tag "<p>"')]
    assert strip_html("One line<br/>two lines<br>") == "One line\ntwo lines"
    # Inline tags with a space between them leave one space, never glue words.
    assert strip_html("the</b> <i>vote") == "the vote"


def test_strip_html_comments_doctype_script_and_style() -> None:
    assert changes(strip_html, "Text<!-- ad slot -->more") == [("<!-- ad slot -->", "", "HTML comment")]
    assert strip_html('Before <script type="x">var a = "<p>";</script>after') == "Before after"
    [(_, _, reason)] = changes(strip_html, "a<style>p { color: red }</style>b")
    assert reason == 'HTML "<style>" element with its content'
    assert strip_html("<!DOCTYPE html><p>Body") == "Body"
    assert strip_html("x <!-- multi\nline --> y") == "x \n y"


def test_strip_html_script_inside_a_sentence_leaves_a_space_not_a_break() -> None:
    # Glued to both words: one space keeps them apart.
    assert changes(strip_html, "He typed<script>alert(1)</script>into the form.") == [
        ("<script>alert(1)</script>", " ", 'HTML "<script>" element with its content')
    ]
    # A space already beside it: nothing more (normalize_spaces joins the two spaces).
    assert strip_html("He typed <script>alert(1)</script> into the form.") == "He typed  into the form."
    assert cleanwire.clean("He typed <script>alert(1)</script> into the form.") == "He typed into the form."
    assert strip_html("A <style>p {}</style>rule and <script>\nx = 1;\n</script> more") == "A rule and  more"
    # Block tags around it still make the break.
    assert strip_html("One.</p><script>x</script><p>Two.") == "One.\nTwo."


def test_strip_html_script_on_its_own_lines_leaves_only_the_line_breaks() -> None:
    text = "Intro.\n<script>\nvar a = 1;\n</script>\nOutro."
    assert changes(strip_html, text) == [
        ("<script>\nvar a = 1;\n</script>", "", 'HTML "<script>" element with its content')
    ]
    assert cleanwire.clean(text) == "Intro.\nOutro."
    assert cleanwire.clean("Intro.\n<style>p {}</style>\nOutro.") == "Intro.\nOutro."


def test_strip_html_unparsable_fragment_line_is_left_alone() -> None:
    # html.parser rejects an unclosed "<![" declaration: the line keeps its text, no crash.
    text = "<![ <b>x</b><i>y</i><p>"
    assert changes(strip_html, text) == []
    assert cleanwire.clean(text) == text
    assert cleanwire.clean(f"Talks resumed.\n{text}\nThey ended.") == f"Talks resumed.\n{text}\nThey ended."
    # A well-formed declaration in a fragment line is still parsed.
    assert strip_html("<![if !supportLists]><b>x</b><i>y</i><p>z") == "xy\nz"
    # A parsable fragment line next to the rejected one is still reduced.
    assert strip_html(f"{text}\n<p><b>Hello</b> <i>world</i></p>") == f"{text}\nHello world"


def test_strip_html_parses_tag_dense_lines_with_html_parser() -> None:
    line = '<div class="story"><p>Hello <a href="/x">world</a></p><p>Next &amp; last</p></div>'
    [(_, replacement, reason)] = changes(strip_html, f"Intro\n{line}\nOutro")
    assert replacement == "Hello world\nNext & last"
    assert reason == "HTML fragment: 8 tags reduced to their text"


@pytest.mark.parametrize(
    "text",
    [
        "if x < y and z > w, then",
        "I <3 this and a<b but c>d",
        "if a<b and c>d holds",  # looks like <b ...> but its "attributes" have no values
        "Read <https://example.org/page> or mail <desk@example.org>.",
        "The <Reuters> tag and <foo bar> are not HTML elements.",
        "The attackers inserted a <script> tag into the page.",
        "Use the <p> element for paragraphs, said the <b/> author.",
        "An unclosed <!-- comment stays",
        "Sites with <100 employees and scores of >90%.",
    ],
)
def test_strip_html_leaves_prose_alone(text: str) -> None:
    assert strip_html(text) == text


def test_strip_html_script_mentioned_in_prose_does_not_eat_text() -> None:
    text = "It loaded a <script> tag. Later, the </script> end tag closed it."
    assert strip_html(text) == text


# -------------------------------------------------------- decode_html_entities


def test_decode_html_entities() -> None:
    result = decode_html_entities.explain("AT&amp;T said &quot;yes&quot; &#8211; it&#39;s &#x2019;ok&#x2019;")
    assert result.text == 'AT&T said "yes" – it\'s ’ok’'
    assert result.records[0].reason == 'HTML entity "&amp;"'
    check_trace(result)


def test_decode_html_entities_special_cases() -> None:
    assert decode_html_entities("a&nbsp;b") == "a\u00a0b"  # normalize_spaces makes it a space
    assert cleanwire.clean("a&nbsp;b") == "a b"
    assert changes(decode_html_entities, "x &amp;quot;y") == [
        ("&amp;quot;", '"', 'HTML entity "&amp;quot;" (escaped twice)')
    ]
    assert changes(decode_html_entities, "Bundes&shy;tag") == [
        ("&shy;", "", 'HTML entity "&shy;" for an invisible character: soft hyphen U+00AD')
    ]
    assert decode_html_entities("one&#13;&#10;two&#13;three") == "one\ntwo\nthree"
    assert changes(decode_html_entities, "&lt;&gt;") == [("&lt;&gt;", "<>", 'HTML entities "&lt;", "&gt;"')]


@pytest.mark.parametrize(
    "text",
    ["AT&T and Q&A", "Smith &c", "R&D; M&A;", "&Reuters; &notanentity;", "&#0; and &#xD800;", "&copy 2024"],
)
def test_decode_html_entities_leaves_non_entities(text: str) -> None:
    assert decode_html_entities(text) == text


# ------------------------------------------------------- unwrap_markdown_links


def test_unwrap_links_keeps_text() -> None:
    assert changes(unwrap_markdown_links, "Reuters [reported](#) Friday") == [
        ("[reported](#)", "reported", 'markdown link "[reported](#)"')
    ]
    assert unwrap_markdown_links('[the report](https://x.org/a "Title") said') == "the report said"
    assert unwrap_markdown_links("[Wiki](https://en.wikipedia.org/wiki/Foo_(bar)) ok") == "Wiki ok"
    assert unwrap_markdown_links("[site](example.com/page) and [up](../index.html)") == "site and up"


def test_unwrap_images_are_removed() -> None:
    assert changes(unwrap_markdown_links, "![A ferry in the harbour](https://x.org/a.jpg)") == [
        (
            "![A ferry in the harbour](https://x.org/a.jpg)",
            "",
            'markdown image "![A ferry in the harbour](https://x.org/a.jpg)"',
        )
    ]
    assert unwrap_markdown_links("[![logo](/l.png)](https://x.org) News") == " News"


def test_unwrap_autolinks_and_reference_links() -> None:
    assert changes(unwrap_markdown_links, "<https://www.example.org/a-b>") == [
        (
            "<https://www.example.org/a-b>",
            "https://www.example.org/a-b",
            'markdown autolink "<https://www.example.org/a-b>"',
        )
    ]
    assert unwrap_markdown_links("Mail <desk@example.org>.") == "Mail desk@example.org."
    text = 'See [the data][1] and [Reuters][].\n\n[1]: https://x.org/d\n[Reuters]: <https://r.com> "R"\n'
    result = unwrap_markdown_links.explain(text)
    assert result.text == "See the data and Reuters.\n\n"
    reasons = [r.reason for r in result.records]
    assert reasons[-1] == 'markdown reference definition "[Reuters]: <https://r.com> "R""'
    check_trace(result)


@pytest.mark.parametrize(
    "text",
    [
        "As noted[1], the figure [sic] came from [Reuters] (see above).",
        "Footnotes [1][2] without definitions stay.",
        "[Reuters](AP) and [x](e.g.) and [1](ibid.) are not links.",
        "Brackets [like this] (and this) stay.",
        "A list [a, b](c d) stays.",
    ],
)
def test_unwrap_leaves_brackets_in_prose(text: str) -> None:
    assert unwrap_markdown_links(text) == text


# ----------------------------------------------------- strip_markdown_headings


def test_atx_headings() -> None:
    assert changes(strip_markdown_headings, "# Russia's Minister – Reuters") == [
        ("# ", "", 'markdown heading marker "#"')
    ]
    result = strip_markdown_headings.explain("### Talks resume ###\nText")
    assert result.text == "Talks resume\nText"
    assert [r.reason for r in result.records] == [
        'markdown heading marker "###"',
        "markdown closing heading marker",
    ]


def test_setext_underlines() -> None:
    assert changes(strip_markdown_headings, "Title\n=====\nText") == [
        ("=====\n", "", 'markdown heading underline "====="')
    ]
    assert strip_markdown_headings("Subtitle\n---") == "Subtitle"


@pytest.mark.parametrize(
    "text",
    [
        "#hashtag and #1 seed",
        "C# code and F# too",
        "Ranked #1 in the poll",
        "Paragraph.\n\n---\n\nNext section.",  # a thematic break, not under text
        "- item\n---",  # under a list item
        "#",
        "####### seven is not a heading",
    ],
)
def test_headings_leave_lookalikes(text: str) -> None:
    assert strip_markdown_headings(text) == text


# ----------------------------------------------------- strip_markdown_emphasis


def test_emphasis_pairs_are_removed() -> None:
    assert changes(strip_markdown_emphasis, "**Jana Novak / Example Agency**") == [
        ("**", "", 'markdown bold "**" around "Jana Novak / Example Agency"'),
        ("**", "", 'markdown bold "**" around "Jana Novak / Example Agency"'),
    ]
    assert strip_markdown_emphasis("a *new* _rule_ __right here__ ~~gone~~ `code` ***both***") == (
        "a new rule right here gone code both"
    )
    assert changes(strip_markdown_emphasis, "Call __init__ after __first draft__.") == [
        ("__", "", 'markdown bold "__" around "first draft"'),
        ("__", "", 'markdown bold "__" around "first draft"'),
    ]
    assert strip_markdown_emphasis("**bold with _inner_ part**") == "bold with inner part"
    assert strip_markdown_emphasis("(*aside*) “*quoted*”") == "(aside) “quoted”"


@pytest.mark.parametrize(
    "text",
    [
        "snake_case_names and my_var_name",
        "2 * 3 * 4 = 24 and 2*3*4 too",
        "* bullet one\n* bullet two\n- dash bullet",
        "Ed* is a footnote, as is * alone",
        "“F*** the bypass” read the sign",
        "bypass_final_v3_APPROVED.pdf",
        "https://example.org/_private_/page and mail first_last_@example.org",
        "*spans\nlines*",
        "don`t and isn`t",
        "a ~5 km walk, ~10 km back",
        "The bug was in __init__ and in obj.__dict__, not in __name__.",
        'if __name__ == "__main__": main()',
        "__all__, __version__ and __init__(self) are Python names",
    ],
)
def test_emphasis_leaves_lookalikes(text: str) -> None:
    assert strip_markdown_emphasis(text) == text


def test_code_span_content_is_literal() -> None:
    assert strip_markdown_emphasis("run `a *b* c` now") == "run a *b* c now"


# -------------------------------------------------------------------- seeds


def test_seed_002_markup() -> None:
    [path] = SEEDS.glob("002_*.input.txt")
    text = path.read_text(encoding="utf-8")
    result = cleanwire.Cleaner(rules=MARKUP).explain(text)
    check_trace(result)
    out = result.text
    assert (
        "\nRussia's Foreign Minister Lavrov Spearheaded Efforts to Help Assad Flee Syria – Reuters\n" in out
    )
    assert "\nMohammed Al-Rifai / AFP\n" in out
    assert "Reuters reported Friday" in out
    assert "\nRelated article: Exclusive: Russia, Reeling from Syrian Regime's Collapse" in out
    assert "\nhttps://www.themoscowtimes.com/2024/12/13/" in out
    assert not any(c in out for c in "*[]<>#")


def test_other_seeds_untouched() -> None:
    for path in sorted(SEEDS.glob("*.input.txt")):
        if path.name.startswith("002_"):
            continue
        text = path.read_text(encoding="utf-8")
        assert cleanwire.Cleaner(rules=MARKUP).explain(text).records == (), path.name


# --------------------------------------------------------------- performance


PATHOLOGICAL = {
    "long-line": "The minister said talks would continue. " * 5_000,
    "empty-lines": "\n" * 45_000,
    "dots": "." * 100_000,
    "repeated-line": "Share on Facebook\n" * 10_000,
    "one-word": "word" * 50_000,
    "lt": "<" * 200_000,
    "open-tags": "<a " * 60_000,
    "open-quotes": '<a b="' * 40_000,
    "tags": "<p>x</p>" * 20_000,
    "comments": "<!--" * 50_000,
    "scripts": "<script>x" * 20_000,
    "entities": "&amp;" * 40_000,
    "ampersands": "&" * 200_000,
    "links": "[a](" * 50_000,
    "brackets": "[" * 200_000,
    "reflinks": "[a][b]" * 30_000,
    "hashes": "# " * 100_000,
    "setext": "a\n---\n" * 30_000,
    "stars": "*a " * 60_000,
    "star-run": "**" * 100_000,
    "underscores": "_a " * 60_000,
    "backticks": "`a " * 60_000,
    "url": "https://x.org/" + "a_b_" * 50_000,
    "heading-spaces": "# " + " " * 200_000 + "a",
    "closing-hashes": "# a" + " #" * 80_000,
    "dotted-dest": "[a](b" + ".b" * 100_000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_finishes_fast(name: str) -> None:
    text = PATHOLOGICAL[name]
    for rule in MARKUP:
        start = time.perf_counter()
        rule(text)
        assert time.perf_counter() - start < 5, rule.name
