"""The ``cleanwire`` command, run in-process through ``main(argv)``.

The built-in rules change while the project grows, so these tests check what
the command does (files, encodings, flags, exit codes, JSON Lines records)
with the finished whitespace rules, or with a small registry of test rules
patched in where a flag needs a rule with options, languages or metadata.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import cleanwire
from cleanwire import Context, Document, Drop, Edit, Registry, cli, rule
from cleanwire.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
# Two article sentences with stray spaces and blank lines (the finished whitespace rules repair them).
MESSY = (
    "  The minister said on Friday that the talks would  continue next week.  \n\n\n"
    "Officials in both capitals declined to comment on the report.\n"
)
SENTENCE = "The central bank left its main interest rate unchanged on Thursday."


def cleaned(text: str, **options: object) -> str:
    """What the command writes for ``text``: the library's result and a newline."""
    out = cleanwire.clean(text, **options)
    return out + "\n" if out else ""


CLEAN = cleaned(MESSY)


def feed(monkeypatch: pytest.MonkeyPatch, data: bytes, *, tty: bool = False) -> None:
    """Make ``data`` the standard input."""

    class Stdin(io.TextIOWrapper):
        def isatty(self) -> bool:
            return tty

    monkeypatch.setattr(sys, "stdin", Stdin(io.BytesIO(data), encoding="utf-8"))


def write(tmp_path: Path, name: str, data: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def jsonl(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


# -- a registry of test rules, for flags whose effect the built-in rules cannot show yet --------


@rule(kind="repair", options={"limit": 2, "word": "X", "ratio": 0.5, "flag": False})
def mark_word(text: str, ctx: Context) -> Iterator[Edit]:
    """Replace the first ``limit`` occurrences of ``word`` with ``<word>``."""
    word, start = ctx.options["word"], 0
    for _ in range(ctx.options["limit"]):
        i = text.find(word, start)
        if i < 0:
            return
        yield Edit(i, i + len(word), f"<{word}>", f"marked {word!r}")
        start = i + len(word)


@rule(kind="repair", languages=("de",))
def german_only(text: str, ctx: Context) -> Iterator[Edit]:
    """Replace "ss" with "ß" in German documents only."""
    i = text.find("ss")
    if i >= 0:
        yield Edit(i, i + 2, "ß", "German sharp s")


@rule(kind="filter")
def drop_by_lines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop lines starting with "By " unless metadata is kept."""
    if ctx.keep_metadata:
        return
    for line in doc.lines:
        if line.text.startswith("By "):
            yield Drop(line.index, line.index, "byline")


@rule(kind="repair", default=False)
def shout(text: str, ctx: Context) -> Iterator[Edit]:
    """Replace "!" with "!!!" (off by default)."""
    for i, c in enumerate(text):
        if c == "!":
            yield Edit(i, i + 1, "!!!", "more emphasis")


@rule(kind="repair")
def explode(text: str, ctx: Context) -> Iterator[Edit]:
    """Fail on the word BOOM, interrupt on the word STOP."""
    if "BOOM" in text:
        raise ValueError("boom")
    if "STOP" in text:
        raise KeyboardInterrupt
    return iter(())


@pytest.fixture
def toy_rules(monkeypatch: pytest.MonkeyPatch) -> Registry:
    """Replace the built-in rules: text without X, ss, "By ", "!", BOOM or STOP passes unchanged."""
    reg = Registry([mark_word, german_only, drop_by_lines, shout, explode])
    monkeypatch.setattr(cli, "default_registry", reg.copy)
    return reg


# -- plain text ------------------------------------------------------------------------------------


def test_cleans_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([write(tmp_path, "a.txt", MESSY)]) == 0
    out, err = capsys.readouterr()
    assert out == CLEAN
    assert "  " not in out
    assert out.endswith(".\n")
    assert err == ""


def test_cleans_stdin_without_files_and_with_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed(monkeypatch, MESSY.encode())
    assert main([]) == 0
    assert capsys.readouterr().out == CLEAN
    feed(monkeypatch, MESSY.encode())
    assert main(["-"]) == 0
    assert capsys.readouterr().out == CLEAN


def test_terminal_stdin_gets_a_hint(
    toy_rules: Registry, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed(monkeypatch, b"Typed text.", tty=True)
    assert main([]) == 0
    out, err = capsys.readouterr()
    assert out == "Typed text.\n"
    assert "reading from the terminal; end the input with Ctrl-D" in err


def test_several_files_in_order_and_empty_result_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write(tmp_path, "a.txt", MESSY)
    blank = write(tmp_path, "blank.txt", " \n\n \t\n")
    b = write(tmp_path, "b.txt", SENTENCE)
    feed(monkeypatch, f"  {SENTENCE}\n".encode())
    assert cleaned(" \n\n \t\n") == ""
    assert main([a, blank, "-", b]) == 0
    assert capsys.readouterr().out == CLEAN + cleaned(SENTENCE) * 2


def test_output_is_utf8_whatever_the_locale(
    toy_rules: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii"))
    assert main([write(tmp_path, "a.txt", "Café “quoted” — Ωmega")]) == 0
    assert raw.getvalue().decode("utf-8") == "Café “quoted” — Ωmega\n"


def test_stdout_without_a_byte_buffer(
    toy_rules: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text_only = io.StringIO()
    monkeypatch.setattr(sys, "stdout", text_only)
    assert main([write(tmp_path, "a.txt", "Grüße")]) == 0
    assert text_only.getvalue() == "Grüße\n"


def test_leading_bom_is_skipped(
    toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "bom.txt", "\ufeffText after a BOM.".encode())
    assert main([path]) == 0
    assert capsys.readouterr().out == "Text after a BOM.\n"
    for encoding in ("UTF8", "utf-16", "utf-32"):
        other = write(tmp_path, "other.txt", "Zwölf Boxkämpfer.".encode(encoding))
        assert main(["--encoding", encoding, other]) == 0
        assert capsys.readouterr().out == "Zwölf Boxkämpfer.\n"


def test_other_encoding(toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "cp.txt", "Café “quoted”".encode("cp1252"))
    assert main(["--encoding", "cp1252", path]) == 0
    assert capsys.readouterr().out == "Café “quoted”\n"


def test_undecodable_file_names_file_and_encoding_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "latin.txt", b"Fine line.\ncaf\xe9\n")
    assert main([path]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"cleanwire: error: {path}: cannot decode as utf-8 (byte 0xe9 on line 2: invalid continuation byte); "
        "pass the input's encoding with --encoding, e.g. --encoding cp1252\n"
    )


def test_missing_file_is_reported_and_the_others_still_cleaned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, "good.txt", SENTENCE)
    missing = str(tmp_path / "missing.txt")
    assert main([missing, good, str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == cleaned(SENTENCE)
    assert f"cleanwire: error: cannot read {missing}: No such file or directory\n" in err
    assert f"cleanwire: error: cannot read {tmp_path}: " in err
    assert "Traceback" not in err


def test_unknown_encoding_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--encoding", "klingon", write(tmp_path, "a.txt", "x")]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "unknown encoding 'klingon'" in err


# -- explain ---------------------------------------------------------------------------------------


def test_explain_prints_the_trace_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", write(tmp_path, "a.txt", MESSY)]) == 0
    out, err = capsys.readouterr()
    assert out == CLEAN
    assert err == cleanwire.format_trace(cleanwire.clean_and_explain(MESSY))
    assert "normalize_spaces" in err
    assert "blank lines between paragraphs" in err


def test_explain_with_several_files_has_a_header_per_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write(tmp_path, "a.txt", MESSY)
    b = write(tmp_path, "b.txt", "Already clean.")
    assert main(["--explain", a, b]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"==> {a} <==\n")
    assert f"==> {b} <==\nno changes\n" in err


def test_explain_json_prints_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.txt", MESSY)
    assert main(["--explain-json", path]) == 0
    out, err = capsys.readouterr()
    assert out == CLEAN
    expected = [r.to_dict() for r in cleanwire.clean_and_explain(MESSY).records]
    assert jsonl(err) == [{"file": path, **r} for r in expected]


def test_explain_and_explain_json_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", "--explain-json", "x.txt"]) == 2
    assert "not allowed with argument" in capsys.readouterr().err


# -- rule selection --------------------------------------------------------------------------------


def test_list_rules_matches_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["RULE", "KIND", "STATE", "LANG", "OPTIONS", "SUMMARY"]
    infos = cleanwire.default_registry().describe()
    assert len(lines) == len(infos) + 1
    for line, info in zip(lines[1:], infos, strict=True):
        name, kind, state = line.split()[:3]
        assert (name, kind, state) == (info.name, info.kind, "on" if info.default else "off")
        assert line.endswith(info.summary.replace("``", ""))
    # aligned: every row's summary starts in the same column
    column = lines[0].index("SUMMARY")
    assert all(line[column - 2 : column] == "  " for line in lines)


def test_list_rules_shows_the_effective_state(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-rules", "--disable", "normalize_spaces,drop_blank_lines"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines()[1:-1]}
    assert rows["normalize_spaces"][2] == "off*"
    assert rows["drop_blank_lines"][2] == "off*"
    assert rows["normalize_newlines"][2] == "on"
    assert out.endswith("* differs from the default (--enable/--disable)\n")


def test_list_rules_shows_languages_options_and_enable(
    toy_rules: Registry, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--list-rules", "--enable", "shout", "--option", "mark_word.limit=5"]) == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert 'limit=5 word="X" ratio=0.5 flag=false' in rows["mark_word"]
    assert rows["german_only"].split()[:4] == ["german_only", "repair", "on", "de"]
    assert rows["shout"].split()[:5] == ["shout", "repair", "on*", "all", "-"]
    assert rows["drop_by_lines"].split()[:3] == ["drop_by_lines", "filter", "on"]


def test_disable_and_enable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.txt", MESSY)
    no_spaces = cleaned(MESSY, disable=["normalize_spaces"])
    neither = cleaned(MESSY, disable=["normalize_spaces", "drop_blank_lines"])
    assert len({CLEAN, no_spaces, neither}) == 3
    assert "would  continue" in no_spaces
    assert "\n\n\n" in neither
    assert main(["--disable", "normalize_spaces", path]) == 0
    assert capsys.readouterr().out == no_spaces
    assert main(["--disable", "normalize_spaces, drop_blank_lines", path]) == 0
    assert capsys.readouterr().out == neither
    assert main(["--disable", "normalize_spaces", "--disable", "drop_blank_lines", path]) == 0
    assert capsys.readouterr().out == neither
    assert main(["--disable", "normalize_spaces", "--enable", "normalize_spaces", path]) == 0
    assert capsys.readouterr().out == no_spaces  # --disable wins


def test_enable_a_rule_that_is_off_by_default(
    toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.txt", "Wow!")
    assert main([path]) == 0
    assert capsys.readouterr().out == "Wow!\n"
    assert main(["--enable", "shout", path]) == 0
    assert capsys.readouterr().out == "Wow!!!\n"


def test_unknown_rule_lists_close_matches(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for flag in ("--disable", "--enable"):
        assert main([flag, "drop_blank_line", write(tmp_path, "a.txt", "x")]) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err.startswith(
            "cleanwire: error: unknown rule 'drop_blank_line'; did you mean 'drop_blank_lines'"
        )
        assert "--list-rules" in err
        assert "Traceback" not in err
    assert main(["--list-rules", "--disable", "normalise_spaces"]) == 2
    assert "did you mean 'normalize_spaces'" in capsys.readouterr().err


def test_lang_gates_rules(toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.txt", "Strasse")
    assert main(["--lang", "en", path]) == 0
    assert capsys.readouterr().out == "Strasse\n"
    assert main(["--lang", "de", path]) == 0
    assert capsys.readouterr().out == "Straße\n"
    assert main(["--lang", "", path]) == 2
    assert "lang must be a language code" in capsys.readouterr().err


def test_keep_metadata(toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.txt", "By Jane Doe\nThe story.")
    assert main([path]) == 0
    assert capsys.readouterr().out == "The story.\n"
    assert main(["--keep-metadata", path]) == 0
    assert capsys.readouterr().out == "By Jane Doe\nThe story.\n"


def test_option_values_are_json_or_strings(
    toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.txt", "X X X ab ab ab")
    assert main([path]) == 0
    assert capsys.readouterr().out == "<X> <X> X ab ab ab\n"
    assert main(["--option", "mark_word.limit=3", path]) == 0
    assert capsys.readouterr().out == "<X> <X> <X> ab ab ab\n"
    assert main(["--option", "mark_word.word=ab", "--option", "mark_word.limit=1", path]) == 0
    assert capsys.readouterr().out == "X X X <ab> ab ab\n"
    assert main(["--option", 'mark_word.word="ab"', path]) == 0  # a JSON string works too
    assert capsys.readouterr().out == "X X X <ab> <ab> ab\n"
    assert main(["--option", "mark_word.ratio=1", "--option", "mark_word.flag=true", path]) == 0
    assert capsys.readouterr().out == "<X> <X> X ab ab ab\n"


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("mark_word.limt=3", "unknown option of rule 'mark_word': 'limt'; did you mean 'limit'?"),
        ("mark_wrd.limit=3", "unknown rule 'mark_wrd'; did you mean 'mark_word'?"),
        ("mark_word.limit=three", 'option mark_word.limit takes an integer (default 2), got "three"'),
        ("mark_word.limit=2.5", "option mark_word.limit takes an integer (default 2), got 2.5"),
        ("mark_word.flag=1", "option mark_word.flag takes true or false (default false), got 1"),
        ("mark_word.word=7", 'option mark_word.word takes a string (default "X"), got 7'),
        ("mark_word.limit", "--option takes RULE.NAME=VALUE, got 'mark_word.limit'"),
        ("limit=3", "--option takes RULE.NAME=VALUE, got 'limit=3'"),
    ],
)
def test_bad_options_are_usage_errors(
    toy_rules: Registry, option: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--option", option, "--list-rules"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("cleanwire: error: ")
    assert message in err
    assert "Traceback" not in err


def test_a_failing_rule_is_reported(
    toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path, "bad.txt", "BOOM")
    good = write(tmp_path, "good.txt", "fine")
    assert main([bad, good]) == 1
    out, err = capsys.readouterr()
    assert out == "fine\n"
    assert f"{bad}: rule 'explode' failed: ValueError: boom" in err


# -- command basics --------------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"cleanwire {cleanwire.__version__}\n"


def test_help_documents_exit_codes_and_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: cleanwire ")
    for text in ("exit status:", "130", "--jsonl", "cleanwire_error", "cleanwire_trace", "--list-rules"):
        assert text in out


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-such-flag"]) == 2
    assert "unrecognized arguments: --no-such-flag" in capsys.readouterr().err
    assert main(["--field", "body", "x.txt"]) == 2
    assert "--field only applies to --jsonl" in capsys.readouterr().err


def test_keyboard_interrupt_exits_130_quietly(
    toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([write(tmp_path, "a.txt", "STOP")]) == 130
    assert capsys.readouterr() == ("", "")


def test_broken_pipe_exits_quietly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class ClosedPipe(io.BytesIO):
        def write(self, data: object) -> int:
            raise BrokenPipeError

    err = io.StringIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(ClosedPipe()))
    monkeypatch.setattr(sys, "stderr", err)
    assert main([write(tmp_path, "a.txt", "text")]) == 141
    assert err.getvalue() == ""


def test_console_main_exits_with_mains_status(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["cleanwire", "--disable", "nonexistent_rule", "x.txt"])
    with pytest.raises(SystemExit) as exc:
        cli.console_main()
    assert exc.value.code == 2


# -- JSON Lines ------------------------------------------------------------------------------------


def test_jsonl_cleans_the_field_and_keeps_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"id": 1, "text": MESSY, "title": "Ünïcode “kept”"},
        {"z": None, "text": SENTENCE, "a": [1, 2]},
    ]
    path = write(tmp_path, "in.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    assert main(["--jsonl", path]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    records = jsonl(out)
    assert records == [
        {"id": 1, "text": CLEAN.rstrip("\n"), "title": "Ünïcode “kept”"},
        {"z": None, "text": cleanwire.clean(SENTENCE), "a": [1, 2]},
    ]
    assert [list(r) for r in records] == [["id", "text", "title"], ["z", "text", "a"]]
    assert "Ünïcode “kept”" in out  # not \\u-escaped


def test_jsonl_field_stdin_blank_lines_and_crlf(
    toy_rules: Registry, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed(monkeypatch, b'\xef\xbb\xbf{"body": "X  b "}\r\n\r\n   \n{"body": "c", "text": "X"}')
    assert main(["--jsonl", "--field", "body"]) == 0
    assert jsonl(capsys.readouterr().out) == [{"body": "<X>  b "}, {"body": "c", "text": "X"}]


def test_jsonl_malformed_lines_become_error_records(
    toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        '{"text": "ok one"}',
        "",
        "not json",
        "[1, 2]",
        '"just a string"',
        '{"id": 6}',
        '{"id": 7, "text": 42}',
        '{"id": 8, "text": null}',
        '{"id": 9, "text": {"nested": "x"}}',
        '{"text": "ok ten"',
        "[" * 100_000,
        '{"text": "ok", "n": ' + "1" * 5000 + "}",
        '{"text": "ok thirteen"}',
    ]
    path = write(tmp_path, "in.jsonl", "\n".join(lines) + "\n")
    assert main(["--jsonl", path]) == 1
    out, err = capsys.readouterr()
    records = jsonl(out)
    assert len(records) == 12  # the blank line is skipped, nothing else is dropped
    assert records[0] == {"text": "ok one"}
    assert records[1] == {
        "cleanwire_error": "line 3: expected a JSON object, got invalid JSON (Expecting value at column 1)",
        "line": 3,
        "raw": "not json",
    }
    assert records[2] == {
        "cleanwire_error": "line 4: expected a JSON object, got an array",
        "line": 4,
        "raw": "[1, 2]",
    }
    assert records[3]["cleanwire_error"] == "line 5: expected a JSON object, got a string"
    assert records[4] == {"id": 6, "cleanwire_error": 'line 6: no "text" field'}
    assert records[5] == {
        "id": 7,
        "text": 42,
        "cleanwire_error": 'line 7: field "text" is a number, expected a string',
    }
    assert records[6]["cleanwire_error"] == 'line 8: field "text" is null, expected a string'
    assert records[7]["cleanwire_error"] == 'line 9: field "text" is an object, expected a string'
    assert str(records[8]["cleanwire_error"]).startswith("line 10: expected a JSON object, got invalid JSON")
    assert records[8]["raw"] == '{"text": "ok ten"'
    assert records[9]["cleanwire_error"] == "line 11: expected a JSON object, got JSON nested too deeply"
    assert str(records[10]["cleanwire_error"]).startswith("line 12: expected a JSON object, got invalid JSON")
    assert records[11] == {"text": "ok thirteen"}
    for n in range(3, 13):
        assert f"cleanwire: {path}:{n}: " in err
    assert err.endswith("cleanwire: 10 of 12 records failed and were written as error records\n")


def test_jsonl_undecodable_line(
    toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "in.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    assert main(["--jsonl", path]) == 1
    out, err = capsys.readouterr()
    first, second = jsonl(out)
    assert first == {"text": "ok"}
    assert second == {
        "cleanwire_error": "line 2: cannot decode as utf-8 (column 14); pass its encoding with --encoding",
        "line": 2,
        "raw": '{"text": "caf\ufffd"}',
    }
    assert f"{path}:2: cannot decode as utf-8" in err
    assert main(["--jsonl", "--encoding", "latin-1", path]) == 0
    assert jsonl(capsys.readouterr().out)[1] == {"text": "café"}


def test_jsonl_in_utf16(toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "in.jsonl", '{"text": "X Grüße"}\n{"text": "b"}\n'.encode("utf-16"))
    assert main(["--jsonl", "--encoding", "utf-16", path]) == 0
    assert jsonl(capsys.readouterr().out) == [{"text": "<X> Grüße"}, {"text": "b"}]


def test_jsonl_input_the_codec_cannot_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    no_bom = write(tmp_path, "no_bom.jsonl", '{"text": "a"}\n'.encode("utf-16-le"))
    assert main(["--jsonl", "--encoding", "utf-16", no_bom]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"cleanwire: error: {no_bom}: cannot decode line 1 as utf-16 "
        "(UTF-16 stream does not start with BOM); "
        "pass the input's encoding with --encoding, e.g. --encoding cp1252\n"
    )
    truncated = write(tmp_path, "cut.jsonl", '{"text": "a"}\n'.encode("utf-16") + b"\x00")
    assert main(["--jsonl", "--encoding", "utf-16", truncated]) == 2
    out, err = capsys.readouterr()
    assert out == '{"text": "a"}\n'  # the records before the damage are written
    assert "cannot decode line 2 as utf-16 (truncated data)" in err


def test_jsonl_lone_surrogates_stay_escaped(
    toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "in.jsonl", '{"text": "ok", "other": "a\\ud800b", "t": "é"}\n')
    assert main(["--jsonl", path]) == 0
    out = capsys.readouterr().out
    assert out == '{"text": "ok", "other": "a\\ud800b", "t": "\\u00e9"}\n'


def test_jsonl_line_numbers_restart_per_file(
    toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write(tmp_path, "a.jsonl", '{"text": "a"}\n')
    b = write(tmp_path, "b.jsonl", "{}\n")
    missing = str(tmp_path / "none.jsonl")
    assert main(["--jsonl", a, missing, b]) == 2  # unreadable input outranks failed records
    out, err = capsys.readouterr()
    assert jsonl(out) == [{"text": "a"}, {"cleanwire_error": 'line 1: no "text" field'}]
    assert f'{b}:1: no "text" field' in err
    assert f"cannot read {missing}" in err


def test_jsonl_explain_adds_the_trace_to_each_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "in.jsonl", json.dumps({"text": MESSY}) + "\n" + json.dumps({"text": SENTENCE}))
    first, second = cleanwire.clean_and_explain(MESSY), cleanwire.clean_and_explain(SENTENCE)
    for flag in ("--explain", "--explain-json"):
        assert main(["--jsonl", flag, path]) == 0
        out, err = capsys.readouterr()
        assert err == ""
        assert jsonl(out) == [
            {"text": first.text, "cleanwire_trace": [r.to_dict() for r in first.records]},
            {"text": second.text, "cleanwire_trace": [r.to_dict() for r in second.records]},
        ]


def test_jsonl_failing_rule_gives_an_error_record(
    toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "in.jsonl", '{"text": "BOOM"}\n{"text": "X"}\n')
    assert main(["--jsonl", path]) == 1
    out, err = capsys.readouterr()
    assert jsonl(out) == [
        {"text": "BOOM", "cleanwire_error": "line 1: rule 'explode' failed: ValueError: boom"},
        {"text": "<X>"},
    ]
    assert f"{path}:1: rule 'explode' failed" in err


def test_jsonl_reports_only_the_first_errors_one_by_one(
    toy_rules: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "in.jsonl", "{}\n" * 60)
    assert main(["--jsonl", path]) == 1
    out, err = capsys.readouterr()
    assert len(jsonl(out)) == 60
    assert err.count('no "text" field') == 50
    assert err.endswith("60 of 60 records failed and were written as error records; 10 not shown above\n")


def test_progress(
    toy_rules: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "in.jsonl", '{"text": "x"}\n' * 3)
    monkeypatch.setattr(cli, "_PROGRESS_EVERY", 0.0)
    assert main(["--jsonl", path]) == 0  # stderr is not a terminal: no progress by default
    assert capsys.readouterr().err == ""
    assert main(["--jsonl", "--progress", path]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line.split("/s")[0].split(",")[0] for line in err[:3]] == [
        f"cleanwire: {n} records done" for n in (1, 2, 3)
    ]
    assert err[3].startswith("cleanwire: 3 records done in ")
    assert main(["--progress", path, path]) == 0
    assert "cleanwire: 2 files done" in capsys.readouterr().err


def test_progress_on_a_terminal_rewrites_one_line(
    toy_rules: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term = Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    monkeypatch.setattr(cli, "_PROGRESS_EVERY", 0.0)
    path = write(tmp_path, "in.jsonl", '{"text": "x"}\n{}\n')
    assert main(["--jsonl", path]) == 1
    err = term.getvalue()
    assert err.startswith("\rcleanwire: 1 records done")
    assert "\ncleanwire: " in err  # the error message starts on a fresh line
    assert err.endswith("cleanwire: 1 of 2 records failed and were written as error records\n")
    assert main(["--jsonl", "--no-progress", path]) == 1
    assert "\r" not in term.getvalue()[len(err) :]


# -- the installed command -------------------------------------------------------------------------


def test_python_m_cleanwire_on_a_seed(tmp_path: Path) -> None:
    seed = sorted(SEEDS.glob("*.input.txt"))[0]
    done = subprocess.run(
        [sys.executable, "-m", "cleanwire", "--explain", str(seed)],
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("ascii", "replace")
    result = cleanwire.clean_and_explain(seed.read_text(encoding="utf-8"))
    assert done.stdout.decode("utf-8") == result.text + "\n"  # UTF-8 although the locale says ASCII
    assert done.stderr == cleanwire.format_trace(result).encode("ascii", "backslashreplace")
