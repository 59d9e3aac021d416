"""fix_mojibake and remove_invisible_chars: what they repair, what they must leave alone."""

from __future__ import annotations

import time

import pytest

import cleanwire
from cleanwire.rules.unicode import fix_mojibake, invisible_reason, is_invisible, remove_invisible_chars

from .conftest import check_trace

# ---------------------------------------------------------------- fix_mojibake


def mojibake(text: str) -> str:
    """``text``'s UTF-8 bytes read as cp1252, the five undefined bytes kept as C1 controls."""
    raw = text.encode("utf-8").decode("latin-1")
    return "".join(c.encode("latin-1").decode("cp1252", "ignore") or c for c in raw)


# Correct lines in scripts other than Latin, and lines a reader would write in them.
KOREAN = "그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 비난으로 이어졌다. 그는 할 말이 없었다."
RUSSIAN = "— В детстве я наблюдала, как готовила мама. В моей семье это традиционное блюдо."


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("donâ€™t", "don’t"),
        ("cafÃ©", "café"),
        ("â€œQuoted,â€\x9d she said â€“ twice â€” and leftâ€¦", "“Quoted,” she said – twice — and left…"),
        ("naÃ¯ve Ã©tÃ© in ZÃ¼rich", "naïve été in Zürich"),
        ("Â£100 and 20Â°C", "£100 and 20°C"),
        ("ÐœÐ¾Ñ\x81ÐºÐ²Ð°", "Москва"),
        ("Î‘Î¸Î®Î½Î±", "Αθήνα"),
        ("Ø§Ù„Ù‚Ø§Ù‡Ø±Ø©", "القاهرة"),
        ("æ\x9d±äº¬", "東京"),
        ("ðŸ˜€ great", "😀 great"),
        ("Ã\x83Â©", "é"),  # decoded wrongly twice
        ("don\x92t", "don’t"),  # a cp1252 byte read as Latin-1
    ],
)
def test_repairs_mojibake(raw: str, fixed: str) -> None:
    result = fix_mojibake.explain(raw)
    assert result.text == fixed
    check_trace(result)
    assert all(r.rule == "fix_mojibake" for r in result.records)


def test_edits_are_narrow_and_reasons_name_the_sequence() -> None:
    result = fix_mojibake.explain("I donâ€™t know, said the cafÃ© owner.")
    assert [(r.text, r.replacement) for r in result.records] == [("â€™", "’"), ("Ã©", "é")]
    assert result.records[0].reason == 'mojibake: "â€™" is UTF-8 "’" decoded as cp1252'
    assert result.records[1].reason == 'mojibake: "Ã©" is UTF-8 "é" decoded as cp1252'


def test_shared_suffix_is_kept_in_the_explained_sequence() -> None:
    # "Â£" -> "£" shares the "£"; the record still shows the whole sequence.
    [record] = fix_mojibake.explain("It cost Â£5.").records
    assert (record.text, record.replacement) == ("Â£", "£")
    assert record.reason == 'mojibake: "Â£" is UTF-8 "£" decoded as cp1252'


def test_c1_control_reason() -> None:
    [record] = fix_mojibake.explain("It\x92s here.").records
    assert record.reason == 'C1 control character "\\x92" is cp1252 "’" decoded as Latin-1'


def test_whole_document_evidence_repairs_a_lost_no_break_space() -> None:
    # "Ã " alone is too weak to trigger the gate, but in a flagged document it is repaired.
    assert fix_mojibake("voilÃ le cafÃ©") == "voilà le café"
    records = fix_mojibake.explain("voilÃ le cafÃ©").records
    assert records[0].reason == 'mojibake: "Ã" is UTF-8 "à" decoded as cp1252, its no-break space byte lost'


def test_windows_line_ends_are_kept_and_lines_edited_separately() -> None:
    result = fix_mojibake.explain("First cafÃ©\r\nSecond donâ€™t\r\n")
    assert result.text == "First café\r\nSecond don’t\r\n"
    assert len(result.records) == 2
    check_trace(result)


@pytest.mark.parametrize(
    "text",
    [
        "She said “don’t” – then left — quickly… ‘fine’.",
        "Café, naïve, Zürich, São Paulo, Ærøskøbing, Łódź, Việt Nam, ROMÂNIA, SÃO PAULO, AÇÃO.",
        "Ein „großes“ Fest und ein Fuß“ am Ende.",
        "« Le café » est fermé, dit-il : « ÉTÉ ».",
        "The crowd chanted “OLÉ” as he scored; JOSÉ’S goal stood.",
        "Москва, Αθήνα, القاهرة, ירושלים, 東京, 서울, दिल्ली.",
        "Emoji 😀👍🏽 and a family 👩\u200d👩\u200d👧 and flags 🇺🇦.",
        "Prices: £5, €10, ¥300, 20°C, ±3%, ½ cup, © 2024, ™ and ®.",
        "The letter Ã is used in Portuguese, as in Ã and ã.",
        "ﬁne ligatures and ＦＵＬＬ width stay as they are, as does e\u0301 (decomposed).",
        "ﬂight ﬀ ﬃ ﬄ ligatures, “curly” and ‘single’ quotes, „German“ and «French» ones.",
        "Perché”… disse. Così è, à€ 5, ò”.",  # sign-like sequences in correct Italian
        "Ðð are Icelandic: “Ðað er gott.” Þórður’s “Ð” stays.",
        "Ελληνικά, Українська мова, עברית, العربية, हिन्दी, ไทย, 日本語, 한국어.",
        KOREAN + "\n" + RUSSIAN + "\nLG전자, Apple은 and iPhone을.",
    ],
)
def test_correct_text_is_unchanged(text: str) -> None:
    assert fix_mojibake(text) == text


@pytest.mark.parametrize("clean", [KOREAN, RUSSIAN])
def test_mixed_script_page_repairs_each_garbled_line(clean: str) -> None:
    # The page mixes correct lines with mojibake of the same script: ftfy cannot
    # re-decode the page as a whole, so each garbled line is repaired on its own.
    page = "\n\n".join([clean, mojibake(clean), clean + " 2", mojibake(clean + " 3")])
    result = fix_mojibake.explain(page)
    assert result.text == "\n\n".join([clean, clean, clean + " 2", clean + " 3"])
    assert result.records
    assert all(r.reason.startswith("mojibake: ") for r in result.records)
    assert all(r.start > len(clean) for r in result.records)  # the correct first line is untouched
    check_trace(result)


def test_short_line_too_weak_for_ftfy_is_re_decoded_whole() -> None:
    result = fix_mojibake.explain("Price\n\nS : 40,000â‚©\n\nМосква")
    assert result.text == "Price\n\nS : 40,000₩\n\nМосква"
    [record] = result.records
    assert record.reason == 'mojibake: "â‚©" is UTF-8 "₩" decoded as cp1252'


@pytest.mark.parametrize(
    "text",
    [
        "Ma perché”…",  # valid UTF-8 for "perch锅" when re-encoded: a coincidence
        "Ma perché”…\nShe didnâ€™t go.",  # the whole-document repair would make it "perch锅"
        "Le café\u00a0» était fermé.\nIl nâ€™a rien dit.",
        "Aquí”… nada.\nEl cafÃ© cerró.",
    ],
)
def test_coincidental_sequences_in_correct_lines_are_kept(text: str) -> None:
    result = fix_mojibake.explain(text)
    first = text.split("\n")[0]
    assert result.text.split("\n")[0] == first
    assert all(r.end <= len(first) or r.start > len(first) for r in result.records)
    assert all(r.start > len(first) for r in result.records)
    check_trace(result)


def test_lines_without_mojibake_are_never_touched() -> None:
    # A flagged document: only the line that shows mojibake is edited, even
    # where a whole-document decode would also reinterpret the others.
    text = "“Quoted” – ﬁne ＡＢＣ café.\nDonâ€™t stop.\nNaïve “quotes” stay — always…"
    result = fix_mojibake.explain(text)
    assert result.text == "“Quoted” – ﬁne ＡＢＣ café.\nDon’t stop.\nNaïve “quotes” stay — always…"
    assert [(r.text, r.replacement) for r in result.records] == [("â€™", "’")]


def test_seeds_have_no_mojibake() -> None:
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
    for path in sorted(seeds.glob("*.input.txt")):
        text = path.read_text(encoding="utf-8")
        assert fix_mojibake.explain(text).records == ()


def test_mojibake_in_the_default_pipeline() -> None:
    result = cleanwire.clean_and_explain("The minister didnâ€™t attend the meeting in ZÃ¼rich.")
    assert result.text == "The minister didn’t attend the meeting in Zürich."
    assert {r.rule for r in result.records} == {"fix_mojibake"}
    check_trace(result)


# ------------------------------------------------------ remove_invisible_chars


@pytest.mark.parametrize(
    ("raw", "clean", "reason"),
    [
        ("zero\u200bwidth", "zerowidth", "invisible character: zero-width space U+200B"),
        ("\ufeffTitle", "Title", "invisible character: byte order mark / zero-width no-break space U+FEFF"),
        ("Bundes\u00adregierung", "Bundesregierung", "invisible character: soft hyphen U+00AD"),
        ("a\u2060b", "ab", "invisible character: word joiner U+2060"),
        ("f\u2061x", "fx", "invisible character: function application U+2061"),
        ("nul\x00l", "null", "invisible character: control character U+0000"),
        ("bell\x07", "bell", "invisible character: control character U+0007"),
        ("del\x7f", "del", "invisible character: control character U+007F"),
        ("c1\x9d", "c1", "invisible character: control character U+009D"),
        ("photo\ufffc caption", "photo caption", "invisible character: object replacement character U+FFFC"),
        ("x\u200b\u200b\u00ady", "xy", "invisible character: zero-width space U+200B ×2, soft hyphen U+00AD"),
    ],
)
def test_removes_invisible_characters(raw: str, clean: str, reason: str) -> None:
    result = remove_invisible_chars.explain(raw)
    assert result.text == clean
    [record] = result.records
    assert record.reason == reason
    assert record.kind == "removed"
    check_trace(result)


@pytest.mark.parametrize(
    "text",
    [
        "👩\u200d💻 and 👨\u200d👩\u200d👧",  # ZWJ builds emoji sequences
        "می\u200cخواهم",  # ZWNJ in Persian spelling
        "क्\u200dष",  # ZWJ in Devanagari
        "Price \u200e100\u200f شيكل \u202bRTL\u202c \u2067iso\u2069 \u061c",  # bidi marks keep display order
        "tab\there\nnew line\r\nand \x0b vertical \x0c form feed",  # whitespace: the space rules own it
        "emoji variation ❤\ufe0f and ☺\ufe0e",
    ],
)
def test_keeps_meaningful_formatting_characters(text: str) -> None:
    assert remove_invisible_chars(text) == text


def test_is_invisible_and_reason_helpers() -> None:
    assert all(is_invisible(c) for c in "\u00ad\x01\x85\u200b\ufeff")
    assert not any(is_invisible(c) for c in "\u200d\u200c\u200e\t\n")
    assert invisible_reason("\u200b\u200b") == "invisible character: zero-width space U+200B ×2"


# ----------------------------------------------------------------- performance


@pytest.mark.parametrize(
    "text",
    [
        "word " * 40_000,
        "\n" * 45_000,
        "." * 100_000,
        "Share on Facebook\n" * 10_000,
        "donâ€™t " * 20_000,
        "cafÃ©\n" * 20_000,
        "\x00\u200b" * 100_000,
        "Ã©" * 100_000,
        "â€" * 100_000,
        "word " * 200_000 + "cafÃ©",  # 1 MB on one line, flagged
        "".join(f"Ma perché”… {i}\n" for i in range(45_000)),
        (mojibake(RUSSIAN) + "\n" + RUSSIAN + "\n") * 2_000,
        "Ã" * 1_000_000,
    ],
    ids=[
        "words",
        "empty-lines",
        "dots",
        "repeated-line",
        "mojibake",
        "mojibake-lines",
        "controls",
        "Ã©",
        "â€",
        "flagged-1MB-line",
        "unique-sign-lines",
        "mixed-script-page",
        "one-1MB-word",
    ],
)
def test_pathological_input_finishes_fast(text: str) -> None:
    for rule in (fix_mojibake, remove_invisible_chars):
        start = time.perf_counter()
        rule(text)
        assert time.perf_counter() - start < 5, rule.name
