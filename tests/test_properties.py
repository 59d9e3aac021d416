"""Properties of the whole default pipeline on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import cleanwire

from .conftest import check_trace

# Text built from pieces that trigger the rules: markup, dots, quotes, mojibake, menus.
PIECES = st.sampled_from(
    [
        "The minister said on Friday that talks would continue.",
        "Merkels",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "said.Officials",
        "Nov.\n28",
        "**bold**",
        "[link](https://example.org)",
        "# ",
        "<p>",
        "<b>x</b>",
        "<![",
        "<![if !supportLists]>",
        "<script>alert(1)</script>",
        "__init__",
        "&amp;",
        "donâ€™t",
        "’",
        "“quoted”",
        "Related News",
        "Source: AFP",
        "Home",
        "Subscribe to our newsletter",
        "December 13, 2024",
        "https://example.com/a/b",
        "\u00a0",
        "\u200b",
        "U.S.",
        "3.5",
        "...",
        "é",
        "Доброе утро.",
    ]
)
DOCS = st.lists(PIECES | st.text(max_size=8), max_size=40).map("".join)
# Lines dense with tags and declarations, which strip_html hands to html.parser.
TAGS = st.sampled_from(
    ["<![", "<![if !supportLists]>", "<![endif]>", "<!--", "-->", "<b>", "</b>", "<i>y</i>", "<p>", "<br/>"]
)
FRAGMENTS = st.lists(TAGS | st.sampled_from(["x", " ", "\n", "<", "&amp;"]), max_size=20).map("".join)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(DOCS)
def test_trace_invariant_and_determinism(text: str) -> None:
    first = cleanwire.clean_and_explain(text)
    check_trace(first)
    again = cleanwire.clean_and_explain(text)
    assert again.text == first.text
    assert again.records == first.records


@settings(max_examples=200, deadline=None, derandomize=True)
@given(DOCS)
def test_output_convention(text: str) -> None:
    out = cleanwire.clean(text)
    assert "\r" not in out
    assert "\n\n" not in out
    assert out == out.strip()
    for line in out.split("\n"):
        assert line == line.strip()


@settings(max_examples=200, deadline=None, derandomize=True)
@given(FRAGMENTS)
def test_tag_dense_lines_never_crash(text: str) -> None:
    result = cleanwire.clean_and_explain(text)
    check_trace(result)
    assert cleanwire.clean(result.text) == result.text
