"""JSON Lines mode (``--jsonl``): clean one field of every record, one output record per input line.

Records are written in input order with the field cleaned and every other key
kept. A malformed line (invalid JSON, not an object, the field missing or not
a string, bytes that do not decode) never stops the run: it is reported on
stderr as FILE:LINE and written in its place as an error record, so output
record N belongs to input record N. Blank lines are not records: they are
skipped.
"""

from __future__ import annotations

import argparse
import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..api import Cleaner
from ..errors import RuleError
from .streams import (
    ENCODING_HINT,
    FAILED,
    OK,
    STDIN,
    USAGE,
    InputError,
    Stderr,
    Stdout,
    codec_for,
    display_name,
    open_input,
)

# Malformed JSONL lines reported one by one on stderr before the rest are only counted.
_MAX_REPORTED = 50
# Characters that surrogateescape leaves in place of undecodable bytes.
_UNDECODED = re.compile("[\udc80-\udcff]")


def _lines(stream: BinaryIO, codec: str) -> Iterator[str]:
    """Decoded lines without their ``\\n``; undecodable bytes become lone surrogates."""
    decoder = codecs.getincrementaldecoder(codec)(errors="surrogateescape")
    parts: list[str] = []
    first = True
    while True:
        chunk = stream.read(1 << 16)
        text = decoder.decode(chunk, final=not chunk)
        if first and text:
            first = False
            text = text[1:] if text.startswith("\ufeff") else text
        start = 0
        while (nl := text.find("\n", start)) >= 0:
            parts.append(text[start:nl])
            yield "".join(parts)
            parts = []
            start = nl + 1
        if start < len(text):
            parts.append(text[start:])
        if not chunk:
            break
    if parts:
        yield "".join(parts)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    names = {bool: "a boolean", int: "a number", float: "a number", list: "an array", dict: "an object"}
    return names.get(type(value), "a string")


def _not_an_object(lineno: int, msg: str, raw: str) -> tuple[dict[str, Any], str]:
    return {"cleanwire_error": f"line {lineno}: {msg}", "line": lineno, "raw": raw}, msg


def _clean_record(
    line: str, lineno: int, field: str, cleaner: Cleaner, trace: bool, encoding: str
) -> tuple[dict[str, Any], str | None]:
    """The output record for one input line, and the error message if it failed."""
    bad = _UNDECODED.search(line)
    if bad:
        msg = f"cannot decode as {encoding} (column {bad.start() + 1}); pass its encoding with --encoding"
        return _not_an_object(lineno, msg, _UNDECODED.sub("\ufffd", line))
    try:
        obj = json.loads(line)
    except RecursionError:
        return _not_an_object(lineno, "expected a JSON object, got JSON nested too deeply", line)
    except json.JSONDecodeError as exc:
        msg = f"expected a JSON object, got invalid JSON ({exc.msg} at column {exc.colno})"
        return _not_an_object(lineno, msg, line)
    except ValueError as exc:  # e.g. an integer with too many digits
        return _not_an_object(lineno, f"expected a JSON object, got invalid JSON ({exc})", line)
    if not isinstance(obj, dict):
        return _not_an_object(lineno, f"expected a JSON object, got {_kind(obj)}", line)
    value = obj.get(field)
    if field not in obj:
        msg = f"no {json.dumps(field)} field"
    elif not isinstance(value, str):
        msg = f"field {json.dumps(field)} is {_kind(value)}, expected a string"
    else:
        try:
            result = cleaner.explain(value)
        except RuleError as exc:
            msg = str(exc)
        else:
            obj[field] = result.text
            if trace:
                obj["cleanwire_trace"] = [r.to_dict() for r in result.records]
            return obj, None
    obj["cleanwire_error"] = f"line {lineno}: {msg}"
    return obj, msg


def _dump(obj: dict[str, Any]) -> str:
    line = json.dumps(obj, ensure_ascii=False) + "\n"
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from \\ud800-style escapes: keep them escaped
        line = json.dumps(obj) + "\n"
    return line


def run_jsonl(args: argparse.Namespace, cleaner: Cleaner, out: Stdout, err: Stderr) -> int:
    codec, field = codec_for(args.encoding), args.field or "text"
    trace = args.explain or args.explain_json
    status, done, failed = OK, 0, 0
    for name in args.files or [STDIN]:
        try:
            stream = open_input(name)
        except InputError as exc:
            err.message(f"error: {exc}")
            status = USAGE
            continue
        lineno = 0
        try:
            for lineno, line in enumerate(_lines(stream, codec), 1):
                if not line.strip():
                    continue
                record, msg = _clean_record(line.rstrip("\r"), lineno, field, cleaner, trace, args.encoding)
                out.write(_dump(record))
                done += 1
                if msg is not None:
                    failed += 1
                    if failed <= _MAX_REPORTED:
                        err.message(f"{display_name(name)}:{lineno}: {msg}")
                err.tick(done, "records")
        except UnicodeError as exc:  # only codecs whose errors surrogateescape cannot stand in for
            reason = exc.reason if isinstance(exc, UnicodeDecodeError) else str(exc)
            err.message(
                f"error: {display_name(name)}: cannot decode line {lineno + 1} as {args.encoding} "
                f"({reason}); {ENCODING_HINT}"
            )
            status = USAGE
        finally:
            if name != STDIN:
                stream.close()
    err.finish(done, "records")
    if failed:
        more = f"; {failed - _MAX_REPORTED} not shown above" if failed > _MAX_REPORTED else ""
        err.message(f"{failed} of {done} records failed and were written as error records{more}")
        status = max(status, FAILED)
    return status
