"""STUB: to be written."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..rule import Edit, rule


@rule(kind="repair")
def strip_html(text: str, ctx: Context) -> Iterator[Edit]:
    """STUB strip_html."""
    return iter(())


@rule(kind="repair")
def decode_html_entities(text: str, ctx: Context) -> Iterator[Edit]:
    """STUB decode_html_entities."""
    return iter(())


@rule(kind="repair")
def strip_markdown_headings(text: str, ctx: Context) -> Iterator[Edit]:
    """STUB strip_markdown_headings."""
    return iter(())


@rule(kind="repair")
def strip_markdown_emphasis(text: str, ctx: Context) -> Iterator[Edit]:
    """STUB strip_markdown_emphasis."""
    return iter(())


@rule(kind="repair")
def unwrap_markdown_links(text: str, ctx: Context) -> Iterator[Edit]:
    """STUB unwrap_markdown_links."""
    return iter(())
