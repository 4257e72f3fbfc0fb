"""JSON Lines as every command reads them: lines split at \\n only, each decoded and parsed on
its own, so that one bad line (a bad byte, a 5,000-digit number, an array nested 100,000 deep,
NaN) is a reason for that line and never stops the file.

One reader for input documents (reader.py), runs (desk/runs.py) and ``claims validate``.
"""

from __future__ import annotations

import json
import math
import sys
from typing import IO, Any, Iterator

import attrs

BOM = "\ufeff"
CHUNK = 1 << 16
MAX_DEPTH = 200  # arrays and objects nested deeper than this are refused, not recursed into


@attrs.frozen
class Line:
    """One non-blank line of a JSONL file: its number (from 1) and its value, or why not."""

    number: int
    value: Any = None
    error: str | None = None


def raw_lines(fh: IO[bytes]) -> Iterator[bytes]:
    """The lines of a binary stream, split at \\n only (a \\r, U+2028 or form feed inside a
    string is text), without the \\n; pieces of a long line are joined once, when it ends."""
    pending: list[bytes] = []
    while True:
        chunk = fh.read(CHUNK)
        if not chunk:
            break
        parts = chunk.split(b"\n")
        if len(parts) > 1:
            yield b"".join(pending) + parts[0]
            yield from parts[1:-1]
            pending = []
        pending.append(parts[-1])
    rest = b"".join(pending)
    if rest:
        yield rest


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _depth_ok(line: str) -> bool:
    """Whether brackets outside strings nest no deeper than MAX_DEPTH (checked before parsing,
    so that Python's parser never recurses into a hostile line)."""
    if line.count("[") + line.count("{") <= MAX_DEPTH:
        return True
    depth = 0
    in_string = escaped = False
    for ch in line:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def _finite(value: float) -> float:
    x = float(value)
    if not math.isfinite(x):
        raise ValueError(f"the number {value[:20]} is too large for a 64-bit float")
    return x


def parse(line: str) -> tuple[Any, str | None]:
    """(value, None) for a line of strict JSON (RFC 8259: no NaN or Infinity); else (None, reason)."""
    if not _depth_ok(line):
        return None, f"not JSON we read: arrays or objects nested more than {MAX_DEPTH} deep"
    try:
        return json.loads(line, parse_constant=_no_constant, parse_float=_finite), None
    except json.JSONDecodeError as exc:
        return None, f"not JSON: {exc.msg} (column {exc.colno})"
    except ValueError as exc:  # NaN, a number past int's 4300-digit limit or a float's range
        reason = str(exc)
        if "digits" in reason:
            reason = f"a number has more than {sys.get_int_max_str_digits()} digits"
        return None, f"not JSON we read: {reason}"
    except RecursionError:
        return None, "not JSON we read: nested too deep"


def decode_line(raw: bytes, first: bool = False) -> tuple[str | None, str | None]:
    """(text, None) for a line of UTF-8 (a byte order mark on the first line is dropped), else
    (None, reason)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8: invalid byte 0x{raw[exc.start]:02x} at byte {exc.start} of the line"
    if first:
        text = text.removeprefix(BOM)
    return text, None


def read(fh: IO[bytes]) -> Iterator[Line]:
    """Every non-blank line of a binary JSONL stream, parsed, with its number."""
    for number, raw in enumerate(raw_lines(fh), 1):
        text, error = decode_line(raw, first=number == 1)
        if text is None:
            yield Line(number, error=error)
            continue
        if not text.strip():
            continue
        value, error = parse(text)
        yield Line(number, value, error)


def read_text(text: str) -> Iterator[Line]:
    """The same for JSONL already decoded (stdin)."""
    for number, line in enumerate(text.removeprefix(BOM).split("\n"), 1):
        if line.strip():
            value, error = parse(line)
            yield Line(number, value, error)
