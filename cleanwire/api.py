"""The public entry points: :func:`clean`, :func:`clean_and_explain`, :class:`Cleaner`."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from .config import Config, MetadataPolicy
from .context import Context
from .document import Document, segment
from .options import checked_options
from .registry import Registry, default_registry
from .result import Result
from .rule import Drop, Edit, Rule
from .trace import RuleError, Tracker

_METADATA_POLICIES = ("strip", "keep")


class Cleaner:
    """A configured, reusable cleaning pipeline.

    By default it runs the built-in rules. ``rules=[...]`` runs exactly those
    rules in that order instead; ``registry=`` runs a registry you built.
    ``disable``/``enable`` switch rules by name, ``options`` sets rule options
    (``{"drop_navigation": {"min_run": 4}}``), ``lang`` fixes the language and
    ``metadata`` is ``"strip"`` (default) or ``"keep"``. Names are checked: a
    typo raises an error listing the close matches.

    A Cleaner does not change after it is made; make another to change settings.

    >>> Cleaner(disable=["drop_duplicates"]).clean("Same line here.\\nSame line here.")
    'Same line here.\\nSame line here.'
    """

    def __init__(
        self,
        *,
        rules: Iterable[Rule] | None = None,
        registry: Registry | None = None,
        disable: Iterable[str] = (),
        enable: Iterable[str] = (),
        options: Mapping[str, Mapping[str, Any]] | None = None,
        lang: str | None = None,
        metadata: MetadataPolicy = "strip",
    ) -> None:
        if rules is not None and registry is not None:
            raise ValueError("give rules= or registry=, not both")
        if rules is not None:
            reg = Registry()
            for r in rules:
                reg.add(r, enabled=True)
        elif registry is not None:
            reg = registry.copy()
        else:
            reg = default_registry()
        for name in _names(enable, "enable"):
            reg.enable(name)
        for name in _names(disable, "disable"):
            reg.disable(name)
        if metadata not in _METADATA_POLICIES:
            raise ValueError(f"metadata must be one of {_METADATA_POLICIES}, got {metadata!r}")
        if lang is not None:
            if not isinstance(lang, str) or not lang.strip():
                raise TypeError(f"lang must be a language code such as 'en', got {lang!r}")
            lang = lang.strip().lower().replace("_", "-").split("-")[0]  # "en-US" -> "en"
        checked = checked_options(reg, options or {})
        self._registry = reg
        self.config = Config(lang=lang, metadata=metadata, options=checked)
        self._steps = tuple(
            (r, MappingProxyType({**r.options, **checked.get(r.name, {})})) for r in reg.enabled()
        )

    @property
    def registry(self) -> Registry:
        """A copy of the registry this cleaner was built from (changing it changes nothing here)."""
        return self._registry.copy()

    @property
    def pipeline(self) -> list[str]:
        """Names of the rules this cleaner runs, in order."""
        return [r.name for r, _ in self._steps]

    def clean(self, text: str) -> str:
        """Return the clean article text of ``text``."""
        return self.explain(text).text

    def explain(self, text: str) -> Result:
        """Return the clean text and the trace of every removal and repair."""
        _check_text(text)
        tracker = Tracker(text)
        ctx = Context(self.config, text)
        steps = self._steps if text else ()
        i = 0
        while i < len(steps):
            if steps[i][0].kind == "repair":
                r, opts = steps[i]
                i += 1
                ctx.text = tracker.text
                if r.applies_to(ctx.lang if r.languages is not None else ""):
                    ctx.options = opts
                    tracker.apply((r.name, e) for e in _run(r, tracker.text, ctx, Edit))
            else:
                doc = segment(tracker.text)
                ctx.text = doc.text
                edits: list[tuple[str, Edit]] = []
                while i < len(steps) and steps[i][0].kind == "filter":
                    r, opts = steps[i]
                    i += 1
                    if r.applies_to(ctx.lang if r.languages is not None else ""):
                        ctx.options = opts
                        for drop in _run(r, doc, ctx, Drop):
                            edits.extend((r.name, e) for e in _drop_edits(doc, drop, r.name))
                tracker.apply(edits)
        lang = ctx._lang
        return Result(tracker.text, tuple(tracker.records()), text, lang)


def _run(r: Rule, arg: Any, ctx: Context, expected: type) -> list[Any]:
    try:
        out = r.func(arg, ctx)
        items = list(out) if out is not None else None
    except RuleError:
        raise
    except Exception as exc:
        raise RuleError(f"rule {r.name!r} failed: {type(exc).__name__}: {exc}") from exc
    if items is None:
        raise RuleError(f"rule {r.name!r} returned None; return a list of {expected.__name__} ([] for none)")
    for item in items:
        if not isinstance(item, expected):
            raise RuleError(
                f"rule {r.name!r} is a {r.kind} and must return {expected.__name__} values, "
                f"got {type(item).__name__}"
            )
    return items


def _drop_edits(doc: Document, drop: Drop, rule_name: str) -> list[Edit]:
    """Turn a Drop into removals of the lines not dropped yet, newline included."""
    n = len(doc.lines)
    if not (0 <= drop.first <= drop.last < n):
        raise RuleError(f"rule {rule_name!r} dropped lines {drop.first}-{drop.last} of a {n}-line document")
    out = []
    run: list[int] = []
    for li in range(drop.first, drop.last + 1):
        if li in doc.dropped:
            if run:
                out.append(_span(doc, run, drop.reason))
                run = []
            continue
        doc.dropped[li] = rule_name
        run.append(li)
    if run:
        out.append(_span(doc, run, drop.reason))
    return out


def _span(doc: Document, run: list[int], reason: str) -> Edit:
    first, last = doc.lines[run[0]], doc.lines[run[-1]]
    end = last.end + 1 if last.index < len(doc.lines) - 1 else last.end
    return Edit(first.start, end, "", reason)


def _check_text(text: object) -> None:
    if isinstance(text, str):
        return
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            "cleanwire cleans str, not bytes: decode first, e.g. data.decode('utf-8') "
            "(or data.decode('utf-8', errors='replace') when the encoding is unsure)"
        )
    raise TypeError(f"cleanwire cleans str; got {type(text).__name__}: pass the document text as a str")


def _names(names: Iterable[str], what: str) -> list[str]:
    if isinstance(names, str):
        return [names]
    out = list(names)
    for n in out:
        if not isinstance(n, str):
            raise TypeError(f"{what}= takes rule names, got {n!r}")
    return out


@functools.lru_cache(maxsize=1)
def _default_cleaner() -> Cleaner:
    return Cleaner()


def clean(text: str, **options: Any) -> str:
    """Return the clean article text of ``text``.

    ``options`` are those of :class:`Cleaner` (``disable=``, ``lang=``, ...).

    >>> clean("Breaking news in **bold**.\\n\\n\\nShare on Facebook")
    'Breaking news in bold.'
    """
    return clean_and_explain(text, **options).text


def clean_and_explain(text: str, **options: Any) -> Result:
    """Return the clean text and its trace: one record per removal or repair.

    Applying the records to the input reproduces the output exactly
    (:func:`cleanwire.apply_records`).
    """
    cleaner = Cleaner(**options) if options else _default_cleaner()
    return cleaner.explain(text)
