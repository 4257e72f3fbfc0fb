"""What the commands tell the user on stderr: one line each, nothing in it able to forge a
line or drive the terminal."""

from __future__ import annotations

import sys
import unicodedata


def printable(s: str) -> str:
    """s with control, format (bidi) and separator characters and lone surrogates escaped,
    so that a document id or path cannot forge a line or drive a terminal."""
    return "".join(ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs") else ch for ch in s)


def error(message: str) -> None:
    print(f"claims: error: {printable(message)}", file=sys.stderr, flush=True)


def warn(message: str) -> None:
    print(f"claims: warning: {printable(message)}", file=sys.stderr, flush=True)
