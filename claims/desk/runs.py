"""Reading a run's records back, and the filters every desk command shares.

A run is one or more JSONL files that ``claims extract`` wrote. Records are streamed; a line
that is not a JSON object is reported (file and line) and skipped, never fatal.
"""

from __future__ import annotations

import argparse
from typing import Any, Callable, Iterable, Iterator

import attrs

from ..io.reader import printable_id
from ..records import FACET_KINDS, KINDS, TYPES
from .. import arguments
from ..scope import keeps_record, parse as parse_scope

Record = dict[str, Any]


@attrs.frozen
class Problem:
    """A line of a run (or a whole file, line None) that could not be used."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}" if self.line is not None else f"{self.path}: {self.reason}"


def read_run(paths: Iterable[str], problems: list[Problem]) -> Iterator[Record]:
    """Every valid record in the JSONL files, in order. A line that is not JSON, or not a record
    the schema accepts (a hand-edited "confidence": "high", a speaker that is a string), goes to
    ``problems`` with its number and is skipped; the lines after it are still read."""
    from ..schema import schema_errors

    return read_records(paths, problems, schema_errors, "claims record")


def read_records(paths: Iterable[str], problems: list[Problem], errors_of: Callable[[Any], list[str]], what: str) -> Iterator[Record]:
    """read_run for any kind of record: ``errors_of`` says what is wrong with one (empty when
    nothing is), ``what`` names the kind in a problem ("not a match record: ...")."""
    from ..io import jsonl

    for path in paths:
        name = printable_id(path)
        try:
            fh = open(path, "rb")
        except OSError as exc:
            problems.append(Problem(name, None, f"cannot read: {exc.strerror or exc}"))
            continue
        with fh:
            try:
                for line in jsonl.read(fh):
                    if line.error is not None:
                        problems.append(Problem(name, line.number, line.error))
                        continue
                    errors = errors_of(line.value)
                    if errors:
                        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
                        problems.append(Problem(name, line.number, f"not a {what}: {errors[0]}{more}"))
                        continue
                    yield line.value
            except OSError as exc:  # a directory given as a run, an I/O error mid-file
                problems.append(Problem(name, None, f"cannot read: {exc.strerror or exc}"))


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--min-confidence", type=arguments.fraction, default=0.0, metavar="X", help="only claims with confidence >= X (0-1)")
    parser.add_argument("--type", action="append", choices=TYPES, help="only claims of this type (repeatable)")
    parser.add_argument("--speaker", action="append", metavar="NAME", help="only claims whose speaker name or mention contains NAME, any case (repeatable)")
    parser.add_argument("--kind", action="append", choices=KINDS, help="only claims whose speaker is of this kind (repeatable)")
    parser.add_argument("--facet", action="append", choices=FACET_KINDS, help="only claims holding a facet of this kind (repeatable)")
    parser.add_argument("--scope", type=arguments.scope, default=None, metavar="SCOPE",
                        help="only claims in this scope: 'all', 'speech' (said or written, and every direct or mixed quote) or classes "
                             "such as 'speech,finding'")


def record_filter(args: argparse.Namespace) -> Callable[[Record], bool]:
    """The filter the command-line options describe: all given options must hold."""
    speakers = [s.casefold() for s in args.speaker or []]
    scope = parse_scope(getattr(args, "scope", None))

    def keep(r: Record) -> bool:
        if not keeps_record(scope, r):
            return False
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


DATE_KEYS = ("datePublished", "date_published", "published", "date")


def document_fields(meta: dict[str, Any]) -> dict[str, str]:
    """What a desk shows of a document from the input's meta: ``url`` (http and https only),
    ``headline`` (``headline``, else ``title``) and ``date`` (the first of DATE_KEYS); each
    present only when the meta has it as a string."""
    fields: dict[str, str] = {}
    url = meta.get("url")
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        fields["url"] = url
    headline = meta.get("headline") or meta.get("title")
    if isinstance(headline, str):
        fields["headline"] = headline
    date = next((v for v in (meta.get(k) for k in DATE_KEYS) if isinstance(v, str) and v), None)
    if date:
        fields["date"] = date
    return fields


def sentence_text(record: Record, text: str | None) -> str:
    """The sentence a record stands in, sliced from its document's text ("" without the text or
    with offsets outside it)."""
    s = record.get("sentence") or {}
    a, b = s.get("start"), s.get("end")
    ok = text is not None and isinstance(a, int) and isinstance(b, int) and 0 <= a <= b <= len(text)
    return text[a:b] if ok else ""
