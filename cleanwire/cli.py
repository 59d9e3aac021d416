"""STUB: the command-line interface."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    """STUB."""
    return 0


def console_main() -> None:
    """STUB."""
    raise SystemExit(main())
