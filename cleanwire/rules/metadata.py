"""STUB: to be written."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Document
from ..rule import Drop, rule


@rule(kind="filter")
def drop_datelines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """STUB drop_datelines."""
    return iter(())


@rule(kind="filter")
def drop_bylines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """STUB drop_bylines."""
    return iter(())


@rule(kind="filter")
def drop_photo_credits(doc: Document, ctx: Context) -> Iterator[Drop]:
    """STUB drop_photo_credits."""
    return iter(())


@rule(kind="filter")
def drop_source_lines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """STUB drop_source_lines."""
    return iter(())


@rule(kind="filter")
def drop_url_lines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """STUB drop_url_lines."""
    return iter(())
