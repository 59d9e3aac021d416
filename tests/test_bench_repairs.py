"""The repair benchmark: each corruption and each scorer on hand-made pages, then one run end to end."""

from __future__ import annotations

import doctest
import json
import random
from pathlib import Path
from types import ModuleType

import pytest

from bench.repairs import (
    SUITES,
    apostrophes,
    base,
    duplicates,
    glued,
    main,
    mojibake,
    replaced,
    single_line,
    wraps,
)
from bench.repairs.base import Page, aligned
from bench.repairs.cli import load_outside_gold

MINIBENCH = Path(__file__).resolve().parent / "data" / "minibench"


def page(*paragraphs: str, index: int = 0) -> Page:
    return Page("p", index, paragraphs, "en")


def rngs() -> tuple[random.Random, random.Random]:
    return random.Random(7), random.Random(7)


@pytest.mark.parametrize(
    "module", [base, apostrophes, replaced, glued, wraps, single_line, mojibake, duplicates]
)
def test_doctests(module: ModuleType) -> None:
    # bench/ is outside the default test paths, so its doctests run from here
    failed, tried = doctest.testmod(module)
    assert (failed, tried > 0) == (0, True)


# --- alignment ---------------------------------------------------------------


def test_aligned_skips_changed_items_and_block_starts() -> None:
    a, b = ["x", "y", "z", "w"], ["x", "y", "NEW", "z", "w"]
    assert list(aligned(a, b)) == [(0, 0), (1, 1), (2, 3), (3, 4)]
    assert list(aligned(a, b, interior=True)) == [(1, 1), (3, 4)]


# --- apostrophes -------------------------------------------------------------

APOS = page(
    "Assad's son said: “you’re late, it’s over” — the parents' rights didn't matter.",
    "O'Neill's ’90s band played 'live' at rock 'n' roll night.",
)


def test_apostrophes_corrupt_removes_inner_and_plural_apostrophes_only() -> None:
    text, truth = apostrophes.corrupt(APOS, random.Random(0))
    assert text == (
        "Assads son said: “youre late, its over” — the parents rights didnt matter.\n\n"
        "ONeills ’90s band played 'live' at rock 'n' roll night."
    )
    words = APOS.text.split()
    assert {words[i]: form for i, form in truth.items()} == {
        "Assad's": "possessive 's",
        "“you’re": "'re",
        "it’s": "contraction 's",
        "parents'": "plural s'",
        "didn't": "n't",
        "O'Neill's": "possessive 's",
    }
    assert len(text.split()) == len(words)  # words keep their positions


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("Assad's", "possessive 's"),
        ("“That’s", "contraction 's"),
        ("let's", "contraction 's"),
        ("won't,", "n't"),
        ("they're", "'re"),
        ("we'll", "'ll"),
        ("I've", "'ve"),
        ("she'd", "'d"),
        ("I'm", "'m"),
        ("players’.", "plural s'"),
        ("O'Neill", "other"),
    ],
)
def test_apostrophe_forms(word: str, form: str) -> None:
    assert apostrophes.form_of(word) == form


def apostrophe_summary(output: str, text_in: str | None = None) -> dict[str, float | int | None]:
    text, truth = apostrophes.corrupt(APOS, random.Random(0))
    result = apostrophes.score(APOS, truth, text if text_in is None else text_in, output)
    return apostrophes.summarize(result.counts)


def test_apostrophe_scorer_perfect_repair() -> None:
    s = apostrophe_summary(APOS.text.replace("’", "'"))  # the apostrophe style does not matter
    assert (s["corrupted"], s["restored"], s["recall"]) == (6, 6, 1.0)
    assert (s["changed"], s["precision"], s["wrong"]) == (6, 1.0, 0)
    assert s["recall:plural s'"] == 1.0


def test_apostrophe_scorer_no_repair() -> None:
    text, _ = apostrophes.corrupt(APOS, random.Random(0))
    s = apostrophe_summary(text)
    assert (s["restored"], s["recall"], s["changed"], s["precision"], s["wrong"]) == (0, 0.0, 0, None, 0)


def test_apostrophe_scorer_false_change_and_unmapped_words() -> None:
    text, _ = apostrophes.corrupt(APOS, random.Random(0))
    # one right repair, one wrong ("parent's"), and the second paragraph dropped
    output = text.split("\n")[0].replace("Assads", "Assad's").replace("parents", "parent's")
    s = apostrophe_summary(output)
    assert (s["restored"], s["changed"], s["wrong"]) == (1, 2, 1)
    assert s["precision"] == 0.5
    assert s["unmapped"] == 1  # O'Neill's went with its paragraph: not a miss
    assert s["recall"] == pytest.approx(1 / 5)
    assert s["precision:possessive 's"] == 0.5


def test_apostrophe_scorer_false_change_on_clean_text() -> None:
    # the uncorrupted row: clean text in, one apostrophe wrongly added
    p = page("The committee published its findings and the players went home.")
    text, truth = apostrophes.corrupt(p, random.Random(0))
    assert (text, truth) == (p.text, {})
    result = apostrophes.score(p, truth, p.text, p.text.replace("its", "it's").replace("players", "players'"))
    s = apostrophes.summarize(result.counts)
    assert (s["corrupted"], s["changed"], s["wrong"], s["precision"]) == (0, 2, 2, 0.0)
    assert s["wrong_per_10k_words"] == pytest.approx(10000 * 2 / 10)
    assert result.examples == ["p: its -> it's (was its)", "p: players -> players' (was players)"]


# --- glued sentences ----------------------------------------------------------

GLUED = page(
    "It rained. The U.S. team met Mr. Lee. It cost $5.5 million. Visit example.com. Then go. "
    "Or stay. We left. J. Smith came. Fine. Good."
)


def test_glued_corrupt_removes_spaces_at_sentence_boundaries_only() -> None:
    text, truth = glued.corrupt(GLUED, random.Random(8))
    # not boundaries: after "U.S." and "example.com" (a period inside), "Mr." (a title), "J." (an initial)
    assert text == (
        "It rained.The U.S. team met Mr. Lee. It cost $5.5 million.Visit example.com. Then go. Or stay.We "
        "left.J. Smith came. Fine.Good."
    )
    atoms = glued.atoms(GLUED.text)
    assert sorted(atoms.atoms[i] for i in truth) == ["Good", "J", "The", "Visit", "We"]
    assert glued.atoms(text).atoms == atoms.atoms
    # deterministic: the same seed glues the same boundaries
    a, b = rngs()
    assert glued.corrupt(GLUED, a) == glued.corrupt(GLUED, b)


def glued_summary(output: str) -> dict[str, float | int | None]:
    _, truth = glued.corrupt(GLUED, random.Random(8))
    return glued.summarize(glued.score(GLUED, truth, "", output).counts)


def test_glued_scorer_perfect_repair() -> None:
    s = glued_summary(GLUED.text)
    assert (s["glued"], s["repaired"], s["recall"], s["false_splits"]) == (5, 5, 1.0, 0)
    s = glued_summary(GLUED.text.replace("rained. The", "rained.\nThe"))
    assert (s["repaired"], s["as_newline"]) == (5, 1)


def test_glued_scorer_no_repair() -> None:
    text, _ = glued.corrupt(GLUED, random.Random(8))
    s = glued_summary(text)
    assert (s["repaired"], s["recall"], s["false_splits"]) == (0, 0.0, 0)


def test_glued_scorer_false_splits_by_kind() -> None:
    output = (
        GLUED.text.replace("U.S.", "U.\nS.").replace("$5.5", "$5. 5").replace("example.com", "example. com")
    )
    s = glued_summary(output)
    assert s["repaired"] == 5
    assert s["false_splits"] == 3
    assert (s["false:initials"], s["false:decimal"], s["false:lowercase after period"]) == (1, 1, 1)
    gaps = s["gaps"]
    assert isinstance(gaps, int)
    assert s["false_splits_per_10k_gaps"] == pytest.approx(10000 * 3 / gaps)


def test_glued_scorer_false_splits_beyond_the_uncorrupted_row() -> None:
    """A split clean(original) makes as well (a glued sentence in the gold itself) is not beyond it."""
    _, truth = glued.corrupt(GLUED, random.Random(8))
    output = GLUED.text.replace("U.S.", "U.\nS.").replace("$5.5", "$5. 5")
    reference = GLUED.text.replace("U.S.", "U. S.")
    s = glued.summarize(glued.score(GLUED, truth, "", output, reference).counts)
    assert (s["false_splits"], s["false_beyond_reference"]) == (2, 1)


# --- hard wraps -------------------------------------------------------------------

LONG = "The council voted on Tuesday to extend the ferry service for another year, " * 3 + "officials said."
WRAPS = page("Short title", LONG, "Another short line.")


def test_wraps_corrupt_wraps_long_paragraphs_like_html2text() -> None:
    a, b = rngs()
    text, truth = wraps.corrupt(WRAPS, a)
    assert (text, truth) == wraps.corrupt(WRAPS, b)
    assert truth == (False, True, False)
    blocks = text.split("\n\n")
    assert (blocks[0], blocks[2]) == ("Short title", "Another short line.")
    lines = blocks[1].split("\n")
    assert len(lines) >= 3
    assert all(len(line) <= wraps.MAX_WIDTH for line in lines)
    assert " ".join(lines) == LONG


def wraps_summary(output: str) -> dict[str, float | int | None]:
    _, truth = wraps.corrupt(WRAPS, random.Random(0))
    return wraps.summarize(wraps.score(WRAPS, truth, "", output).counts)


def test_wraps_scorer() -> None:
    text, _ = wraps.corrupt(WRAPS, random.Random(0))
    assert wraps_summary(WRAPS.text)["rejoined_share"] == 1.0  # perfect
    s = wraps_summary(text)  # no repair
    assert (s["rejoined"], s["kept"], s["kept_share"]) == (0, 2, 1.0)
    s = wraps_summary(WRAPS.text.replace("officials said", "officials said it"))  # rejoined but changed
    assert s["rejoined"] == 0
    s = wraps_summary(WRAPS.text.replace("Short title", "Short   title \n"))  # spacing does not count
    assert (s["rejoined"], s["kept"]) == (1, 2)


# --- single line -------------------------------------------------------------------


def test_single_line_corrupt_and_score() -> None:
    p = page("Title here", "First paragraph text.", "Second one.")
    text, truth = single_line.corrupt(p, random.Random(0))
    assert (text, truth) == ("Title here First paragraph text. Second one.", None)
    chars = len("Titlehere") + len("Firstparagraphtext.") + len("Secondone.")

    def kept(output: str) -> float | int | None:
        return single_line.summarize(single_line.score(p, None, text, output).counts)["kept_share"]

    assert kept(text) == 1.0  # no repair needed to keep everything
    assert kept("Title here\nFirst paragraph text.\nSecond one.") == 1.0
    assert kept("First paragraph text. Second one.") == pytest.approx(1 - 9 / chars)
    assert kept("Title here First paragraph text. Second two.") == pytest.approx(1 - 4 / chars)
    assert single_line.score(p, None, text, "").counts["low_pages"] == 1


# --- mojibake ---------------------------------------------------------------------


def test_mojibake_keeps_bytes_cp1252_lacks() -> None:
    assert mojibake.mojibake("don’t — café") == "donâ€™t â€” cafÃ©"
    assert mojibake.mojibake("Á") == "Ã\x81"  # 0x81 is undefined in cp1252: kept as U+0081
    assert mojibake.mojibake("plain") == "plain"


MOJI = page("Plain ASCII.", "Café one.", "Café two.", "Café three.", "Café four.", "Café four.", "Café five.")


def test_mojibake_corrupt_picks_unique_non_ascii_paragraphs() -> None:
    a, b = rngs()
    text, truth = mojibake.corrupt(MOJI, a)
    assert (text, truth) == mojibake.corrupt(MOJI, b)
    picked: set[int] = set()
    for seed in range(50):
        _, truth = mojibake.corrupt(MOJI, random.Random(seed))
        picked |= truth
    assert picked == {1, 2, 3, 6}  # never the ASCII one, never the repeated one
    text, truth = mojibake.corrupt(MOJI, random.Random(1))
    for i, block in enumerate(text.split("\n\n")):
        assert block == (mojibake.mojibake(MOJI.paragraphs[i]) if i in truth else MOJI.paragraphs[i])


def test_mojibake_scorer() -> None:
    text, truth = mojibake.corrupt(MOJI, random.Random(1))
    assert truth

    def summary(output: str) -> dict[str, float | int | None]:
        return mojibake.summarize(mojibake.score(MOJI, truth, text, output).counts)

    s = summary(MOJI.text)
    assert (s["restored_share"], s["changed"]) == (1.0, 0)
    s = summary(text)
    assert (s["restored"], s["changed"]) == (0, 0)
    s = summary(MOJI.text.replace("Plain ASCII.", "Plain ASCII"))
    assert (s["restored_share"], s["changed"]) == (1.0, 1)


def test_mojibake_scorer_against_the_uncorrupted_row() -> None:
    """A paragraph clean(original) drops too counts neither as unrestored nor as changed beyond it."""
    text, truth = mojibake.corrupt(MOJI, random.Random(2))
    assert len(truth) == 2
    first = MOJI.paragraphs[min(truth)]
    reference = MOJI.text.replace(first, "").replace("Plain ASCII.", "")  # clean drops both on purpose
    output = reference  # the other corrupted paragraph restored
    s = mojibake.summarize(mojibake.score(MOJI, truth, text, output, reference).counts)
    assert s["restored"] == len(truth) - 1 and s["changed"] == 1  # the raw columns see both
    assert (s["restorable"], s["restorable_share"], s["changed_beyond_reference"]) == (1, 1.0, 0)
    s = mojibake.summarize(mojibake.score(MOJI, truth, text, text, reference).counts)
    assert (s["restorable_share"], s["changed_beyond_reference"]) == (0.0, 0)
    changed = MOJI.text.replace("Plain", "Plane")
    s = mojibake.summarize(mojibake.score(MOJI, truth, text, changed, MOJI.text).counts)
    assert s["changed_beyond_reference"] == 1


# --- duplicates -------------------------------------------------------------------

DUPS = tuple(f"Paragraph number {n} of the article, long enough to repeat anywhere." for n in range(8))


def test_duplicates_corrupt_inserts_adjacent_and_distant_copies() -> None:
    a, b = rngs()
    assert duplicates.corrupt(page(*DUPS), a) == duplicates.corrupt(page(*DUPS), b)
    kinds: set[str] = set()
    for seed in range(30):
        text, truth = duplicates.corrupt(page(*DUPS), random.Random(seed))
        lines = text.split("\n\n")
        rest = iter(lines)
        assert all(p in rest for p in DUPS)  # the original order is still there ...
        assert len(lines) - len(DUPS) == len(truth)  # ... plus one copy per picked paragraph
        for k, kind in truth.items():
            at = [i for i, line in enumerate(lines) if duplicates.key(line) == k]
            gap = abs(at[1] - at[0])
            assert gap == 1 if kind == "adjacent" else gap >= 3
        kinds |= set(truth.values())
    assert kinds == {"adjacent", "distant"}


def test_duplicates_corrupt_repeats_the_body_on_every_fourth_page() -> None:
    text, truth = duplicates.corrupt(page(*DUPS, index=3), random.Random(0))
    lines = text.split("\n\n")
    assert lines[-len(DUPS) :] == list(DUPS)
    assert truth == {duplicates.key(p): "whole body" for p in DUPS}
    for index in (0, 1, 2, 4):
        _, truth = duplicates.corrupt(page(*DUPS, index=index), random.Random(0))
        assert "whole body" not in truth.values()


def test_duplicates_scorer() -> None:
    p = page(*DUPS, index=3)
    text, truth = duplicates.corrupt(p, random.Random(0))

    def summary(output: str) -> dict[str, float | int | None]:
        return duplicates.summarize(duplicates.score(p, truth, text, output).counts)

    s = summary(p.text)  # perfect
    copies = len(text.split("\n\n")) - len(DUPS)
    assert (s["copies:all"], s["gone:all"], s["gone:whole body"], s["lost"]) == (copies, 1.0, 1.0, 0)
    s = summary(text)  # no repair
    assert (s["gone:all"], s["lost"]) == (0.0, 0)
    s = summary("\n".join(DUPS[1:]))  # every copy gone, and one original with them
    assert (s["gone:all"], s["lost"], s["originals"]) == (1.0, 1, 8)


def test_duplicates_scorer_against_the_uncorrupted_row() -> None:
    """An original clean(original) drops too (a credit line, say) is not lost by the duplicate removal."""
    p = page(*DUPS, index=3)
    text, truth = duplicates.corrupt(p, random.Random(0))
    reference = "\n".join(DUPS[1:])
    s = duplicates.summarize(duplicates.score(p, truth, text, "\n".join(DUPS[1:]), reference).counts)
    assert (s["lost"], s["lost_beyond_reference"]) == (1, 0)
    s = duplicates.summarize(duplicates.score(p, truth, text, "\n".join(DUPS[2:]), reference).counts)
    assert (s["lost"], s["lost_beyond_reference"]) == (2, 1)


def test_duplicates_scorer_per_kind_and_short_lines() -> None:
    p = page(*DUPS, "Read more", "Read more")  # a short line the original repeats itself
    text, truth = duplicates.corrupt(p, random.Random(1))
    assert sorted(truth.values()) == ["adjacent", "distant"]
    lines = text.split("\n\n")
    adjacent_gone = [line for i, line in enumerate(lines) if i == 0 or line != lines[i - 1]]
    s = duplicates.summarize(duplicates.score(p, truth, text, "\n".join(adjacent_gone)).counts)
    assert (s["copies:all"], s["gone:adjacent"], s["gone:distant"], s["gone:whole body"]) == (
        2,
        1.0,
        0.0,
        None,
    )
    assert (s["copies:short"], s["originals"], s["lost"]) == (0, 10, 1)  # one "Read more" went too


# --- end to end -------------------------------------------------------------------


def test_main_on_minibench(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.json"
    assert main(["--data", str(MINIBENCH), "--json", str(out), "--no-progress"]) == 0
    text = capsys.readouterr().out
    report = json.loads(out.read_text(encoding="utf-8"))
    assert list(report["suites"]) == list(SUITES)
    sections = text.split("\n## ")[1:]
    assert [s.split("\n", 1)[0] for s in sections] == list(SUITES)
    for section in sections:
        for row in ("identity", "cleanwire", "uncorrupted"):
            assert f"\n| {row} |" in section
    rows = {name: suite["rows"] for name, suite in report["suites"].items()}
    # the identity row is the scorer's zero: nothing restored, nothing falsely changed
    assert rows["apostrophes"]["identity"]["restored"] == 0
    assert rows["apostrophes"]["identity"]["wrong"] == 0
    assert rows["apostrophes"]["identity"]["corrupted"] > 0
    assert rows["glued"]["identity"]["repaired"] == 0
    assert rows["wraps"]["identity"]["rejoined"] == 0
    assert rows["mojibake"]["identity"]["restored"] == 0
    assert rows["duplicates"]["identity"]["gone:all"] in (0.0, None)
    assert rows["single-line"]["identity"]["kept_share"] == 1.0
    assert (report["seed"], report["pages"]) == (0, 3)


def test_main_is_deterministic_and_filters_suites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reports = []
    for name in ("a.json", "b.json"):
        args = ["--data", str(MINIBENCH), "--suites", "glued,duplicates", "--seed", "3", "--no-progress"]
        assert main([*args, "--json", str(tmp_path / name)]) == 0
        report = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        report.pop("runtime_s")
        reports.append(report)
    assert reports[0] == reports[1]
    assert list(reports[0]["suites"]) == ["glued", "duplicates"]
    capsys.readouterr()


def test_main_outside_gold_corrupts_the_page_text_the_gold_does_not_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = json.loads((MINIBENCH / "ground-truth.json").read_text(encoding="utf-8"))
    pages = load_outside_gold(MINIBENCH, "raw-text")
    assert pages
    for p in pages:
        body = gold[p.id]["articleBody"]
        assert all(line not in body for line in p.paragraphs)
        assert all(len(line.split()) >= 8 for line in p.paragraphs)
    out = tmp_path / "outside.json"
    args = ["--data", str(MINIBENCH), "--text", "outside-gold", "--raw-output", "raw-text", "--no-progress"]
    assert main([*args, "--suites", "glued", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert (report["text"], report["pages"]) == ("outside-gold", len(pages))
    assert "outside-gold text" in capsys.readouterr().out


def test_main_rejects_unknown_suites_and_bad_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--data", str(MINIBENCH), "--suites", "apostrophes,nope"])
    assert exc.value.code == 2
    assert "nope" in capsys.readouterr().err
    assert main(["--data", str(tmp_path), "--no-progress"]) == 2
    assert "ground-truth.json" in capsys.readouterr().err


# --- replaced apostrophes -----------------------------------------------------------

REPLACED = page("The mayor’s plan, it’s “late” – café owners’ view.", "Plain text, nothing to lose.")


def test_replaced_corrupt_turns_non_ascii_into_one_mark_per_character() -> None:
    seen = set()
    for seed in range(20):
        text, truth = replaced.corrupt(REPLACED, random.Random(seed))
        assert len(text) == len(REPLACED.text) and text.isascii() != ("\ufffd" in text)
        seen.add("\ufffd" in text)
        assert sorted(truth.values()) == ["contraction 's", "plural s'"] or sorted(truth.values()) == [
            "contraction 's",
            "possessive 's",
        ]
    assert seen == {True, False}  # both conversions occur


def test_replaced_scorer_expects_only_the_apostrophes_back() -> None:
    text, truth = replaced.corrupt(REPLACED, random.Random(0))
    mark = "?" if text.isascii() else "\ufffd"

    def summary(output: str) -> dict[str, float | int | None]:
        return replaced.summarize(replaced.score(REPLACED, truth, text, output).counts)

    repaired = text.replace(f"mayor{mark}s", "mayor’s").replace(f"it{mark}s", "it’s")
    s = summary(repaired)  # the quotes, the dash and the é stay lost: still perfect
    assert (s["corrupted"], s["restored"], s["recall"], s["precision"]) == (2, 2, 1.0, 1.0)
    s = summary(text)
    assert (s["restored"], s["changed"]) == (0, 0)
    s = summary(repaired.replace(f"caf{mark}", "caf’"))  # a lost letter made an apostrophe: wrong
    assert (s["restored"], s["wrong"], s["precision"]) == (2, 1, 2 / 3)
