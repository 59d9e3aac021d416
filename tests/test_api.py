"""The public API: clean, clean_and_explain, Cleaner, bad input, custom rules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import cleanwire
from cleanwire import Cleaner, Context, Document, Drop, Edit, Registry, Rule, rule
from cleanwire.errors import RuleError, UnknownOptionError, UnknownRuleError

from .conftest import check_trace


@rule(kind="filter", options={"word": "Advertisement"})
def drop_word_lines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop lines that are exactly the configured word."""
    for line in doc.content():
        if line.text == ctx.options["word"]:
            yield Drop(line.index, line.index, f"line is {ctx.options['word']!r}")


@rule(kind="repair")
def upper_x(text: str, ctx: Context) -> Iterator[Edit]:
    """Turn x into X (a toy repair)."""
    for i, c in enumerate(text):
        if c == "x":
            yield Edit(i, i + 1, "X", "x made upper")


# -- input types -------------------------------------------------------------
def test_empty_string_gives_empty_string() -> None:
    assert cleanwire.clean("") == ""
    assert cleanwire.clean_and_explain("").records == ()


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["text"], {"text": "x"}])
def test_non_str_raises_type_error_saying_what_to_pass(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        cleanwire.clean(bad)  # type: ignore[arg-type]


def test_bytes_error_says_decode_first() -> None:
    with pytest.raises(TypeError, match=r"decode.*utf-8"):
        cleanwire.clean(b"news")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["\n", "   ", "\x00\x01", "\ud800", "a" * 10_000, "..." * 1000, "\n" * 5000, "é\u200b\u00ad"]
)
def test_any_str_never_raises(text: str) -> None:
    result = cleanwire.clean_and_explain(text)
    check_trace(result)


# -- results and trace ----------------------------------------------------------
def test_clean_is_clean_and_explain_text() -> None:
    raw = "Title\n\n\nBody  text here.\r\n"
    assert cleanwire.clean(raw) == cleanwire.clean_and_explain(raw).text


def test_result_unpacks_to_text_and_records() -> None:
    text, records = cleanwire.clean_and_explain("a  b")
    assert text == "a b"
    assert [r.rule for r in records] == ["normalize_spaces"]
    assert records[0].to_dict()["replacement"] == " "


def test_format_trace_names_rule_and_reason() -> None:
    result = cleanwire.clean_and_explain("one\r\ntwo  three")
    shown = cleanwire.format_trace(result)
    assert "normalize_newlines" in shown
    assert "normalize_spaces" in shown
    assert "records" in shown.splitlines()[-1]


# -- Cleaner configuration ------------------------------------------------------------
def test_disable_rule_by_name() -> None:
    assert Cleaner(disable=["normalize_spaces"]).clean("a  b") == "a  b"
    assert "normalize_spaces" not in Cleaner(disable=["normalize_spaces"]).pipeline


def test_unknown_rule_lists_close_matches() -> None:
    with pytest.raises(UnknownRuleError, match="normalize_spaces"):
        Cleaner(disable=["normalise_spaces"])
    with pytest.raises(KeyError):  # also a KeyError, for dict-like use
        Cleaner(enable=["no_such_rule"])


def test_unknown_option_lists_close_matches() -> None:
    with pytest.raises(UnknownOptionError, match="'word'"):
        Cleaner(rules=[drop_word_lines], options={"drop_word_lines": {"wrod": "x"}})
    with pytest.raises(UnknownRuleError):
        Cleaner(options={"drop_nothing": {}})


def test_bad_metadata_policy_and_lang() -> None:
    with pytest.raises(ValueError, match="strip"):
        Cleaner(metadata="drop")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="language code"):
        Cleaner(lang="")


def test_rule_options_reach_the_rule() -> None:
    text = "Story.\nAdvertisement\nSponsored\nMore story."
    assert Cleaner(rules=[drop_word_lines]).clean(text) == "Story.\nSponsored\nMore story."
    tuned = Cleaner(rules=[drop_word_lines], options={"drop_word_lines": {"word": "Sponsored"}})
    assert tuned.clean(text) == "Story.\nAdvertisement\nMore story."


def test_lang_override_gates_language_rules() -> None:
    @rule(kind="repair", languages=["de"])
    def only_german(text: str, ctx: Context) -> Iterator[Edit]:
        """Mark German documents."""
        yield Edit(0, 0, "[de] ", "german")

    assert Cleaner(rules=[only_german], lang="de").clean("Hallo Welt") == "[de] Hallo Welt"
    assert Cleaner(rules=[only_german], lang="en").clean("Hallo Welt") == "Hallo Welt"


# -- custom rules and registries ------------------------------------------------------
def test_rules_in_any_order() -> None:
    cleaner = Cleaner(rules=[upper_x, drop_word_lines])
    assert cleaner.pipeline == ["upper_x", "drop_word_lines"]
    result = cleaner.explain("xylophone\nAdvertisement")
    assert result.text == "Xylophone\n"
    check_trace(result)


def test_rule_is_usable_on_its_own() -> None:
    assert upper_x("box") == "boX"
    assert drop_word_lines("a\nAdvertisement\nb") == "a\nb"
    assert drop_word_lines("a\nPromo\nb", word="Promo") == "a\nb"
    assert [(r.rule, r.start) for r in upper_x.explain("xx").records] == [("upper_x", 0), ("upper_x", 1)]


def test_add_rule_before_and_after_a_named_rule() -> None:
    reg = cleanwire.default_registry()
    reg.add(drop_word_lines, after="drop_duplicates")
    reg.add(upper_x, before="normalize_spaces")
    names = reg.names()
    assert names.index("drop_word_lines") == names.index("drop_duplicates") + 1
    assert names.index("upper_x") == names.index("normalize_spaces") - 1
    # "Sponsor" is no built-in rule's business (unlike "Advertisement", which drop_appeals removes)
    result = Cleaner(registry=reg, options={"drop_word_lines": {"word": "Sponsor"}}).explain(
        "Box story.\nSponsor"
    )
    assert result.text == "BoX story."
    # the dropped last line leaves its newline, which drop_blank_lines removes
    assert {r.rule for r in result.records} == {"upper_x", "drop_word_lines", "drop_blank_lines"}


def test_register_decorator() -> None:
    reg = Registry()

    @reg.register(kind="repair")
    def drop_bangs(text: str, ctx: Context) -> Iterator[Edit]:
        """Remove exclamation marks."""
        for i, c in enumerate(text):
            if c == "!":
                yield Edit(i, i + 1, "", "bang")

    assert isinstance(drop_bangs, Rule)
    assert Cleaner(registry=reg).clean("Hi!!") == "Hi"


def test_registries_are_independent() -> None:
    a = cleanwire.default_registry()
    a.disable("normalize_spaces")
    a.add(upper_x)
    b = cleanwire.default_registry()
    assert b.is_enabled("normalize_spaces")
    assert "upper_x" not in b
    cleaner = Cleaner(registry=a)
    a.enable("normalize_spaces")  # later changes do not reach a built cleaner
    assert "normalize_spaces" not in cleaner.pipeline


def test_registry_errors() -> None:
    reg = cleanwire.default_registry()
    with pytest.raises(ValueError, match="already registered"):
        reg.add(reg.get("normalize_spaces"))
    with pytest.raises(TypeError, match=r"@cleanwire\.rule"):
        reg.add(lambda t, c: [])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not both"):
        reg.add(upper_x, before="normalize_spaces", after="normalize_spaces")
    with pytest.raises(UnknownRuleError, match="drop_duplicates"):
        reg.add(upper_x, after="drop_duplicate")


def test_describe_lists_every_rule() -> None:
    infos = cleanwire.default_registry().describe()
    assert [i.name for i in infos if i.enabled] == Cleaner().pipeline
    for info in infos:
        assert info.kind in ("repair", "filter")
        assert info.summary and not info.summary.startswith("STUB"), info.name


# -- misbehaving custom rules get clear errors ------------------------------------------
def test_rule_returning_none_is_a_clear_error() -> None:
    @rule(kind="repair")
    def forgets_return(text: str, ctx: Context) -> None:
        """Forgets to return."""

    with pytest.raises(RuleError, match="returned None"):
        Cleaner(rules=[forgets_return]).clean("x")  # type: ignore[list-item]


def test_filter_returning_edits_is_a_clear_error() -> None:
    @rule(kind="filter")
    def wrong_kind(doc: Document, ctx: Context) -> list[Edit]:
        """Returns the wrong type."""
        return [Edit(0, 1, "", "x")]

    with pytest.raises(RuleError, match="must return Drop"):
        Cleaner(rules=[wrong_kind]).clean("x")  # type: ignore[list-item]


def test_rule_crash_names_the_rule() -> None:
    @rule(kind="repair")
    def crashes(text: str, ctx: Context) -> list[Edit]:
        """Crashes."""
        raise ZeroDivisionError("boom")

    with pytest.raises(RuleError, match="'crashes' failed: ZeroDivisionError"):
        Cleaner(rules=[crashes]).clean("x")


def test_drop_outside_document_is_a_clear_error() -> None:
    @rule(kind="filter")
    def bad_drop(doc: Document, ctx: Context) -> list[Drop]:
        """Drops a line that does not exist."""
        return [Drop(5, 9, "x")]

    with pytest.raises(RuleError, match="dropped lines 5-9"):
        Cleaner(rules=[bad_drop]).clean("one line")


def test_rule_decorator_checks() -> None:
    with pytest.raises(ValueError, match="kind"):
        rule(kind="fixer")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="reserved"):
        rule(kind="repair", options={"lang": "en"})
    with pytest.raises(ValueError, match="docstring"):
        rule(kind="repair")(lambda t, c: [])


def test_option_of_the_wrong_type_fails_when_the_cleaner_is_made() -> None:
    with pytest.raises(
        TypeError, match=r'drop_word_lines\.word takes a string \(default "Advertisement"\), got 4'
    ):
        Cleaner(rules=[drop_word_lines], options={"drop_word_lines": {"word": 4}})


def test_lang_codes_are_normalised() -> None:
    assert Cleaner(lang="EN").config.lang == "en"
    assert Cleaner(lang="en-US").config.lang == "en"
    assert Cleaner(lang="pt_BR").config.lang == "pt"


def test_cleaner_registry_is_a_copy() -> None:
    cleaner = Cleaner()
    cleaner.registry.disable("normalize_spaces")
    assert "normalize_spaces" in cleaner.pipeline
    assert cleaner.registry.is_enabled("normalize_spaces")


def test_unicode_line_separators_become_newlines() -> None:
    assert cleanwire.clean("First paragraph.\u2028Second paragraph.") == "First paragraph.\nSecond paragraph."
