"""The built-in rules. ``BUILTIN_RULES`` is the one place their order lives.

Order matters: encoding and whitespace repairs come first so that every later
rule sees clean characters; markup residue goes before line repairs so that
``**Credit / AFP**`` is plain text when the filters look at it; filters run as
one stage on one segmentation (each sees what the earlier ones dropped);
apostrophes run on the filtered text; blank lines go last.
"""

from __future__ import annotations

from ..rule import Rule
from .apostrophe_marks import restore_replaced_apostrophes
from .apostrophes import restore_apostrophes
from .appeals import drop_appeals
from .article import drop_outside_article
from .credits import drop_photo_credits
from .duplicates import drop_duplicates
from .layout import rejoin_hard_wraps
from .lines import join_split_abbreviations, split_glued_sentences
from .markup import (
    decode_html_entities,
    strip_html,
    strip_markdown_emphasis,
    strip_markdown_headings,
    unwrap_markdown_links,
)
from .metadata import drop_bylines, drop_datelines, drop_source_lines, drop_url_lines
from .navigation import drop_headline_ticker, drop_navigation, drop_share_lines
from .related import drop_related
from .run_on import split_run_on_text
from .unicode import fix_mojibake, remove_invisible_chars
from .whitespace import drop_blank_lines, normalize_newlines, normalize_spaces

BUILTIN_RULES: tuple[Rule, ...] = (
    # characters
    fix_mojibake,
    normalize_newlines,
    remove_invisible_chars,
    # markup residue
    strip_html,
    decode_html_entities,
    unwrap_markdown_links,
    strip_markdown_headings,
    strip_markdown_emphasis,
    normalize_spaces,
    restore_replaced_apostrophes,
    # lines
    rejoin_hard_wraps,
    join_split_abbreviations,
    split_glued_sentences,
    split_run_on_text,
    # filters: one stage
    drop_appeals,
    drop_headline_ticker,
    drop_navigation,
    drop_share_lines,
    drop_related,
    drop_datelines,
    drop_bylines,
    drop_photo_credits,
    drop_source_lines,
    drop_url_lines,
    drop_duplicates,
    drop_outside_article,  # last filter: judges what the others left
    # repairs on the article text
    restore_apostrophes,
    drop_blank_lines,
)

__all__ = [r.name for r in BUILTIN_RULES] + ["BUILTIN_RULES"]
