"""What the command reads and writes, and the statuses it exits with.

Input is read as bytes and decoded with the codec the user names (a leading
byte order mark skipped); output goes to stdout as UTF-8 whatever the locale
says; stderr carries messages and a progress line that other messages clear.
"""

from __future__ import annotations

import codecs
import sys
import time
from typing import IO, Any, BinaryIO, TextIO

# Exit statuses (the --help epilog explains them).
OK, FAILED, USAGE, INTERRUPTED, BROKEN_PIPE = 0, 1, 2, 130, 141
STDIN = "-"
_STDIN_NAME = "<stdin>"
ENCODING_HINT = "pass the input's encoding with --encoding, e.g. --encoding cp1252"


class UsageError(Exception):
    """A problem with the command line: reported on one line, exit 2."""


class InputError(Exception):
    """An input that cannot be read or decoded: reported, skipped, exit 2 at the end."""


class Stderr:
    """Everything cleanwire writes to stderr, including a progress line that other messages clear.

    With ``progress`` on, :meth:`tick` shows a progress line at most every
    ``every`` seconds.
    """

    def __init__(self, stream: TextIO, progress: bool, every: float) -> None:
        self.stream = stream
        self.tty = isatty(stream)
        self.progress = progress
        self.every = every
        self._line_open = False  # a TTY progress line is on screen, without its newline
        self._start = self._last = time.monotonic()
        self._shown = False

    def write(self, text: str) -> None:
        self._close_line()
        self.stream.write(text)

    def message(self, text: str) -> None:
        self.write(f"cleanwire: {text}\n")

    def tick(self, done: int, what: str) -> None:
        """Show ``done`` and the rate if progress is on and the last line is old enough."""
        if not self.progress:
            return
        now = time.monotonic()
        if now - self._last < self.every:
            return
        self._last = now
        self._show(f"{done:,} {what} done, {done / max(now - self._start, 1e-9):,.0f}/s")

    def finish(self, done: int, what: str) -> None:
        """A final progress line, if any progress line was shown."""
        if self._shown:
            elapsed = time.monotonic() - self._start
            self._show(f"{done:,} {what} done in {elapsed:.1f} s")
        self._close_line()

    def _show(self, text: str) -> None:
        self._shown = True
        if self.tty:
            self.stream.write(f"\rcleanwire: {text}\x1b[K")
            self.stream.flush()
            self._line_open = True
        else:
            self.write(f"cleanwire: {text}\n")
            self.stream.flush()

    def end_line(self) -> None:
        """End a progress line left open on the terminal."""
        self._close_line()

    def _close_line(self) -> None:
        if self._line_open:
            self._line_open = False
            self.stream.write("\n")


class Stdout:
    """UTF-8 bytes to stdout regardless of the locale, in 64 KB writes even when Python is unbuffered."""

    _CHUNK = 1 << 16

    def __init__(self, stream: TextIO) -> None:
        self._text = stream
        self._bin: BinaryIO | None = getattr(stream, "buffer", None)
        self._pending: list[bytes] = []
        self._size = 0
        if self._bin is not None:
            stream.flush()

    def write(self, text: str) -> None:
        if self._bin is None:
            self._text.write(text)
            return
        data = text.encode("utf-8")
        self._pending.append(data)
        self._size += len(data)
        if self._size >= self._CHUNK:
            self._drain()

    def flush(self) -> None:
        if self._bin is not None:
            self._drain()
        (self._bin or self._text).flush()

    def _drain(self) -> None:
        assert self._bin is not None
        data, self._pending, self._size = b"".join(self._pending), [], 0
        self._bin.write(data)


def isatty(stream: IO[Any]) -> bool:
    """Whether ``stream`` is a terminal; False for streams that cannot tell."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def codec_for(encoding: str) -> str:
    """The codec to decode with; utf-8 becomes utf-8-sig so a leading BOM is skipped."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r} (try utf-8, cp1252, latin-1, utf-16)") from None
    return "utf-8-sig" if name == "utf-8" else name


def display_name(name: str) -> str:
    """How messages name an input: its path, or ``<stdin>`` for ``-``."""
    return _STDIN_NAME if name == STDIN else name


def open_input(name: str) -> BinaryIO:
    """The input ``name`` opened for reading bytes (stdin for ``-``)."""
    if name == STDIN:
        stdin_bin: BinaryIO = sys.stdin.buffer
        return stdin_bin
    try:
        return open(name, "rb")
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}") from None


def _decode_error(name: str, encoding: str, data: bytes, exc: UnicodeDecodeError) -> str:
    line = data.count(b"\n", 0, exc.start) + 1
    bad = data[exc.start : exc.start + 1].hex()
    return f"{name}: cannot decode as {encoding} (byte 0x{bad} on line {line}: {exc.reason}); {ENCODING_HINT}"


def read_text(name: str, encoding: str, codec: str) -> str:
    """The whole input ``name`` decoded with ``codec``, without a leading byte order mark."""
    stream = open_input(name)
    try:
        data = stream.read()
    except OSError as exc:
        raise InputError(f"cannot read {display_name(name)}: {exc.strerror or exc}") from None
    finally:
        if name != STDIN:
            stream.close()
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(_decode_error(display_name(name), encoding, data, exc)) from None
    except UnicodeError as exc:  # e.g. a codec that insists on a BOM
        raise InputError(
            f"{display_name(name)}: cannot decode as {encoding} ({exc}); {ENCODING_HINT}"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text
