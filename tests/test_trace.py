"""The tracker keeps the trace exact when rules edit the same text one after another."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanwire import Edit, Record, apply_records
from cleanwire.trace import RuleError, Tracker


def records_ok(t: Tracker) -> list[Record]:
    recs = t.records()
    assert apply_records(t.input, recs) == t.text
    pos = 0
    for r in recs:
        assert r.start >= pos
        assert r.text == t.input[r.start : r.end]
        pos = r.end
    return recs


def test_single_replacement() -> None:
    t = Tracker("hello world")
    t.apply([("r", Edit(0, 5, "HELLO", "caps"))])
    assert t.text == "HELLO world"
    (rec,) = records_ok(t)
    assert (rec.rule, rec.kind, rec.start, rec.end, rec.replacement) == ("r", "repaired", 0, 5, "HELLO")


def test_removal_absorbs_earlier_repair() -> None:
    t = Tracker("ab\ncd\nef")
    t.apply([("fix", Edit(4, 5, "D", "fix d"))])
    assert t.text == "ab\ncD\nef"
    t.apply([("drop", Edit(3, 6, "", "drop line"))])
    assert t.text == "ab\nef"
    (rec,) = records_ok(t)
    assert (rec.rule, rec.kind, rec.start, rec.end) == ("drop", "removed", 3, 6)


def test_insertion_then_edit_inside_it() -> None:
    t = Tracker("sources.Lavrov")
    t.apply([("split", Edit(8, 8, "\n", "glued"))])
    assert t.text == "sources.\nLavrov"
    t.apply([("sp", Edit(8, 9, " ", "newline to space"))])
    assert t.text == "sources. Lavrov"
    (rec,) = records_ok(t)
    assert rec.rule == "sp"
    assert "glued" in rec.reason


def test_two_edits_in_one_earlier_change() -> None:
    t = Tracker("xx abc yy")
    t.apply([("a", Edit(3, 6, "ABCDEF", "grow"))])
    t.apply(
        [
            (
                "b",
                Edit(3, 4, "", "cut"),
            ),
            ("b", Edit(5, 6, "!", "bang")),
        ]
    )
    assert t.text == "xx B!DEF yy"
    (rec,) = records_ok(t)
    assert rec.start == 3
    assert rec.end == 6


def test_noop_edit_is_skipped() -> None:
    t = Tracker("same")
    assert t.apply([("r", Edit(0, 4, "same", "nothing"))]) == 0
    assert t.records() == []


def test_overlapping_edits_are_an_error() -> None:
    t = Tracker("abcdef")
    with pytest.raises(RuleError, match="overlapping"):
        t.apply([("r", Edit(0, 3, "", "x")), ("s", Edit(2, 4, "", "y"))])


def test_edit_outside_text_is_an_error() -> None:
    with pytest.raises(RuleError, match="outside the text"):
        Tracker("abc").apply([("r", Edit(2, 9, "", "x"))])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.data())
def test_any_sequence_of_batches_keeps_the_invariant(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet="ab\n ", max_size=30))
    t = Tracker(text)
    expected = text
    for n in range(data.draw(st.integers(1, 4))):
        cuts = sorted(data.draw(st.lists(st.integers(0, len(expected)), max_size=6)))
        batch, seen = [], set()
        for i in range(0, len(cuts) - 1, 2):
            a, b = cuts[i], cuts[i + 1]
            r = data.draw(st.sampled_from(["", "X", "YY", "\n"]))
            if a == b and (not r or a in seen):
                continue
            seen.add(a)
            batch.append((a, b, r))
        t.apply([(f"r{n}", Edit(a, b, r, "x")) for a, b, r in batch])
        out, pos = [], 0
        for a, b, r in batch:
            out += [expected[pos:a], r]
            pos = b
        out.append(expected[pos:])
        expected = "".join(out)
        assert t.text == expected
        records_ok(t)


def test_insertion_removed_again_leaves_no_record() -> None:
    t = Tracker("one.Two")
    t.apply([("split", Edit(4, 4, "\n", "glued"))])
    t.apply([("drop", Edit(4, 5, "", "drop newline"))])
    assert t.text == "one.Two"
    assert records_ok(t) == []


def test_edit_undone_by_a_later_one_leaves_no_record() -> None:
    t = Tracker("colour")
    t.apply([("a", Edit(0, 6, "color", "us"))])
    t.apply([("b", Edit(0, 5, "colour", "uk"))])
    assert t.text == "colour"
    assert records_ok(t) == []


def test_removal_around_an_earlier_removal_keeps_both_records() -> None:
    t = Tracker("A\nB\n\n")
    t.apply([("drop_line", Edit(2, 4, "", "line B"))])
    assert t.text == "A\n\n"
    t.apply([("trailing", Edit(1, 3, "", "trailing newlines"))])
    assert t.text == "A"
    recs = records_ok(t)
    assert [(r.rule, r.text) for r in recs] == [("trailing", "\n"), ("drop_line", "B\n"), ("trailing", "\n")]


def test_whitespace_collapse_around_an_earlier_removal_keeps_both_records() -> None:
    # "A\n\nB\n\nC": a filter drops "B\n", then blank lines collapse "\n\n\n" → "\n".
    t = Tracker("A\n\nB\n\nC")
    t.apply([("drop_line", Edit(3, 5, "", "line B"))])
    assert t.text == "A\n\n\nC"
    t.apply([("blank", Edit(1, 4, "\n", "blank lines"))])
    assert t.text == "A\nC"
    recs = records_ok(t)
    assert [(r.rule, r.kind, r.text) for r in recs] == [
        ("blank", "repaired", "\n\n"),
        ("drop_line", "removed", "B\n"),
        ("blank", "removed", "\n"),
    ]


def test_non_whitespace_edit_around_an_earlier_removal_is_one_record() -> None:
    t = Tracker("ab X cd")
    t.apply([("drop", Edit(2, 4, "", "X"))])
    assert t.text == "ab cd"
    t.apply([("fix", Edit(1, 4, "B C", "letters"))])
    recs = records_ok(t)
    assert len(recs) == 1 and recs[0].rule == "fix" and "after drop: X" in recs[0].reason
