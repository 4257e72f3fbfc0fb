"""The command line's value types, one definition each for every command: a bad value is a
usage error naming the option, never a traceback and never silently accepted."""

from __future__ import annotations

import argparse
import math
import re


def whole(value: str) -> int:
    """A whole number of 1 or more (--workers, --top)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n}: give 1 or more")
    return n


def fraction(value: str) -> float:
    """A number from 0 to 1 (--min-confidence)."""
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= x <= 1.0:  # NaN fails this too
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return x


def seconds(value: str) -> float:
    """--doc-timeout: seconds >= 0; 0, inf or anything past a year means no limit."""
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if math.isnan(x) or x < 0:
        raise argparse.ArgumentTypeError(f"{value} is not a number of seconds (0 or more; 0 means no limit)")
    return 0.0 if x > 365 * 86400 else x


def dask_address(value: str) -> str:
    """--dask: 'local', or a scheduler address such as tcp://host:8786."""
    if value == "local" or re.fullmatch(r"[a-z][a-z0-9+.-]*://[^\s/]+(:\d+)?/?", value):
        return value
    raise argparse.ArgumentTypeError(f"{value!r} is not 'local' nor a scheduler address such as tcp://host:8786")


def scope(value: str) -> str:
    """--scope: 'all', 'speech' or a comma list of claim classes."""
    from .scope import ScopeError, parse

    try:
        parse(value)
    except ScopeError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value
