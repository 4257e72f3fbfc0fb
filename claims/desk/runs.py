"""Reading a run's records back, and the filters every desk command shares.

A run is one or more JSONL files that ``claims extract`` wrote. Records are streamed; a line
that is not a JSON object is reported (file and line) and skipped, never fatal.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, Callable, Iterable, Iterator

import attrs

from ..records import FACET_KINDS, KINDS, TYPES

Record = dict[str, Any]


@attrs.frozen
class Problem:
    """A line of a run that could not be read."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


def read_run(paths: Iterable[str], problems: list[Problem]) -> Iterator[Record]:
    """Every record in the JSONL files, in order; unreadable lines go to ``problems``."""
    for path in paths:
        try:
            fh = open(path, encoding="utf-8", newline="")
        except OSError as exc:
            problems.append(Problem(path, 0, exc.strerror or str(exc)))
            continue
        with fh:
            try:
                for number, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as exc:
                        problems.append(Problem(path, number, f"not JSON ({exc.msg})"))
                        continue
                    if not isinstance(record, dict) or not isinstance(record.get("content"), dict):
                        problems.append(Problem(path, number, "not a claims record"))
                        continue
                    yield record
            except UnicodeDecodeError as exc:
                problems.append(Problem(path, 0, f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x})"))


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--min-confidence", type=float, default=0.0, metavar="X", help="only claims with confidence >= X")
    parser.add_argument("--type", action="append", choices=TYPES, help="only claims of this type (repeatable)")
    parser.add_argument("--speaker", action="append", metavar="NAME", help="only claims whose speaker name or mention contains NAME, any case (repeatable)")
    parser.add_argument("--kind", action="append", choices=KINDS, help="only claims whose speaker is of this kind (repeatable)")
    parser.add_argument("--facet", action="append", choices=FACET_KINDS, help="only claims holding a facet of this kind (repeatable)")


def record_filter(args: argparse.Namespace) -> Callable[[Record], bool]:
    """The filter the command-line options describe: all given options must hold."""
    speakers = [s.casefold() for s in args.speaker or []]

    def keep(r: Record) -> bool:
        speaker = r.get("speaker") or {}
        if r.get("confidence", 0) < args.min_confidence:
            return False
        if args.type and r.get("type") not in args.type:
            return False
        if args.kind and speaker.get("kind") not in args.kind:
            return False
        if speakers and not any(s in str(speaker.get("name", "")).casefold() or s in str(speaker.get("text", "")).casefold() for s in speakers):
            return False
        if args.facet and not any(f.get("kind") in args.facet for f in r.get("facets") or []):
            return False
        return True

    return keep


def chain_text(record: Record) -> str:
    """The attribution chain as a reader says it: 'Ashkenazi <- an Israeli official (citing) <- Axios (reported_by)'."""
    parts = [link["name"] if link.get("relation") == "speaker" else f"{link.get('name')} ({link.get('relation')})"
             for link in record.get("attribution") or []]
    return " <- ".join(parts) if parts else "(no source)"
