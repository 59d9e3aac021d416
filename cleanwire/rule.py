"""Rule objects and the values rules return.

A *repair* looks at the current text and returns :class:`Edit` values (replace
``text[start:end]`` with ``replacement``). A *filter* looks at the current
:class:`~cleanwire.document.Document` and returns :class:`Drop` values (remove a
run of lines). Both carry a human-readable reason. The pipeline turns them into
:class:`Record` values whose spans point into the *original* input.

Rules are plain functions wrapped by :func:`rule`; the wrapper is callable on its
own (``unwrap_markdown_links("see [docs](https://x.org)") == "see docs"``), so
every built-in rule can be used outside a pipeline.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .context import Context
    from .document import Document
    from .result import Result

Kind = Literal["repair", "filter"]
KINDS: tuple[Kind, ...] = ("repair", "filter")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` of the text a repair was given.

    ``start == end`` inserts. Offsets are into the text the rule received, not
    the original input; the pipeline maps them back.
    """

    start: int
    end: int
    replacement: str
    reason: str


@dataclass(frozen=True, slots=True)
class Drop:
    """Remove lines ``first`` to ``last`` (inclusive) of a document, with their newlines."""

    first: int
    last: int
    reason: str


@dataclass(frozen=True, slots=True)
class Record:
    """One change in the explain trace, in terms of the original input.

    ``input[start:end]`` (also given as ``text``) became ``replacement``.
    ``kind`` is ``"removed"`` when the replacement is empty, else ``"repaired"``.
    """

    rule: str
    kind: Literal["removed", "repaired"]
    start: int
    end: int
    text: str
    replacement: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of this record."""
        return {
            "rule": self.rule,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "replacement": self.replacement,
            "reason": self.reason,
        }


RepairFunc = Callable[[str, "Context"], Iterable[Edit]]
FilterFunc = Callable[["Document", "Context"], Iterable[Drop]]
RuleFunc = RepairFunc | FilterFunc


@dataclass(frozen=True)
class Rule:
    """A named repair or filter with its metadata and default options.

    Create rules with the :func:`rule` decorator. Calling a rule runs it alone
    on a text and returns the result; :meth:`explain` also returns the trace.
    """

    name: str
    kind: Kind
    func: RuleFunc = field(repr=False)
    summary: str
    default: bool = True
    languages: frozenset[str] | None = None
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def applies_to(self, lang: str) -> bool:
        """Whether this rule runs on a document in language ``lang``."""
        return self.languages is None or lang in self.languages

    def explain(self, text: str, /, *, lang: str | None = None, **options: Any) -> Result:
        """Run this rule alone on ``text``; return the text and the trace."""
        from .api import Cleaner

        cleaner = Cleaner(rules=[self], options={self.name: options} if options else None, lang=lang)
        return cleaner.explain(text)

    def __call__(self, text: str, /, *, lang: str | None = None, **options: Any) -> str:
        """Run this rule alone on ``text`` and return the result."""
        return self.explain(text, lang=lang, **options).text


def rule(
    name: str | None = None,
    *,
    kind: Kind,
    default: bool = True,
    languages: Iterable[str] | None = None,
    options: Mapping[str, Any] | None = None,
    summary: str | None = None,
) -> Callable[[RuleFunc], Rule]:
    """Turn a function into a :class:`Rule`.

    A repair has the signature ``(text: str, ctx: Context) -> Iterable[Edit]``;
    a filter ``(doc: Document, ctx: Context) -> Iterable[Drop]``. The summary
    defaults to the first line of the docstring; ``options`` are the defaults of
    the rule's tunable options, read inside the rule as ``ctx.options[...]``.

    >>> from cleanwire import Edit, rule
    >>> @rule(kind="repair")
    ... def shout_fix(text, ctx):
    ...     '''Replace "!!!" with "!".'''
    ...     i = text.find("!!!")
    ...     return [Edit(i, i + 3, "!", "triple bang")] if i >= 0 else []
    >>> shout_fix("Wow!!!")
    'Wow!'
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    if options and "lang" in options:
        raise ValueError("'lang' is reserved and cannot be a rule option name")

    def wrap(func: RuleFunc) -> Rule:
        rule_name = name or func.__name__
        text = summary or (inspect.getdoc(func) or "").strip().split("\n\n")[0].replace("\n", " ")
        if not text:
            raise ValueError(f"rule {rule_name!r} needs a summary or a docstring")
        return Rule(
            name=rule_name,
            kind=kind,
            func=func,
            summary=text,
            default=default,
            languages=frozenset(languages) if languages is not None else None,
            options=MappingProxyType(dict(options or {})),
        )

    return wrap
