"""What a rule knows besides its input: options, config, the document language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .lang import detect_language

if TYPE_CHECKING:
    from .config import Config


class Context:
    """Per-document state handed to every rule.

    ``options`` holds the options of the rule being run (defaults merged with
    the user's); ``lang`` is detected on first use, once per document, unless
    the config fixes it; ``cache`` is scratch space rules of one document share.
    ``text`` is the text as the current rule gets it; ``source`` the input the
    pipeline started from (a rule that needs the original layout reads it).
    """

    def __init__(self, config: Config, text: str) -> None:
        self.config = config
        self.options: Mapping[str, Any] = {}
        self.text = text
        self.source = text
        self.cache: dict[str, Any] = {}
        self._lang = config.lang

    @property
    def lang(self) -> str:
        """The document language (ISO 639-1, or ``"und"``)."""
        if self._lang is None:
            self._lang = detect_language(self.text)
        return self._lang

    @property
    def keep_metadata(self) -> bool:
        """True when the metadata policy is ``"keep"``."""
        return self.config.metadata == "keep"
